/**
 * Held-out batch 130: longer texts mixing categories — incident notes, e-mail threads, fixtures,
 * stack traces and exports from the six organisations of this batch. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, nhsCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const card = (payload: string): string => payload + String(luhnCheckDigit(payload.replace(/\D/g, '')));
const iban = (cc: string, bban: string): string => (cc + ibanCheckDigits(cc, bban) + bban).replace(/(.{4})(?=.)/g, '$1 ');

const GHP = gh('ghp', fill('b130m-ghp', B62, 30));
const SG = tok('SG.', fill('b130m-sg1', B64URL, 22), '.', fill('b130m-sg2', B64URL, 43));
const XOXB = tok('xoxb-', '5810293746', '1-', '6029384751029-', fill('b130m-xoxb', B62, 24));
const TG = tok('6', fill('b130m-tgid', '0123456789', 9), ':', 'AA', fill('b130m-tg', B64URL, 33));
const JWT_SHIFT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'pfleger.kaya', site: 'JA-Linz', role: 'med_round', exp: 1733907600 }, 'b130m-jwt');
const DD = fill('b130m-dd', HEX, 32);
const NHS = ((p: string) => { const d = p + String(nhsCheckDigit(p)); return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`; })('629184730');
const AADHAAR = ((p: string) => { const d = p + String(verhoeffCheckDigit(p)); return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`; })('73920481657');
const VISA = card('4024 0071 8362 915');
const MC = card('5203 1948 2736 401');
const NL_IBAN = iban('NL', 'RABO0374829165');
const FR_IBAN = iban('FR', '30004028370001048273916');
const CH_IBAN = iban('CH', '04835017294638201');

export const BATCH130_MIXED: DraftRecord[] = [
  rec('incident_en', f`Incident notes, TBM data logger outage, Sat night. Clean this up into a proper incident report:

- 23:10 logger on ring-build PC stopped pushing to the historian (${amb('pii.ip_address', '10.72.14.50')}), shift engineer Ben Archer (${phone('07412 583 920', 'GB')}) called me
- logged in with the local admin, password on the sticky note is ${v('credential.password_in_prose', 'Ringbuild#2023!')} (yes I know)
- found disk full, 40 GB of debug logs; cleaned, restarted service
- escalated to ${v('pii.email', 'it-site@westgate-tbm-jv.com.au')} to rotate that password Monday`),

  rec('email_en_gb', f`Subject: ${v('confidential.marking', 'OFFICIAL-SENSITIVE')}: transfer of prisoner-patient to HMP Ashworth Vale

Hi Priya,

Transferring tomorrow 07:00: Mr Lee Carver, DOB ${v('pii.date_of_birth', '12/05/1983')}, NHS ${v('pii.uk_nhs_number', NHS)}. On depot antipsychotic, next due 19 Dec. MAR and last three weeks of obs attached. His solicitor asked to be kept informed: ${phone('0131 228 4917', 'GB')}.

Thanks,
Nurse Manager, Healthcare Unit
${v('pii.email', 'healthcare.northfield@custodia-health.co.uk')}

Can you shorten this to a 4-line handover for the receiving nurse?`),

  rec('json_en_us', f`Our CRM export for the end-of-drive thank-you calls; can you write a script that groups by premium level?

${amb('source_code.snippet', f`[
  {"member": "Gloria Estrada", "email": "${v('pii.email', 'gloria.estrada@icloud.com')}", "phone": "${phone('+1 (971) 384-2290')}", "premium": "tote", "gift": 120},
  {"member": "Dale Ferris", "email": "${v('pii.email', 'dferris61@aol.com')}", "phone": "${phone('(802) 431-6628', 'US')}", "premium": "mug", "gift": 60, "card_on_file": "${v('financial.payment_card', VISA)}"}
]`)}`),

  rec('trace_de', f`Der Import der Stationsdaten bricht ab. Stacktrace:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/obsimport/run.py", line 88, in <module>
    engine = create_engine("postgresql+psycopg2://import:${v('credential.database_url_password', 'Graupel!Schauer19')}@${amb('pii.ip_address', '172.20.8.14')}:5432/klima")
  File "/usr/lib/python3/dist-packages/sqlalchemy/engine/create.py", line 616, in create_engine
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "${amb('pii.ip_address', '172.20.8.14')}", port 5432 failed: timeout expired`)}

Ansprechpartner für die DB ist ${v('pii.email', 'j.albrecht@wetterdienst-nord.de')}, der ist aber im Urlaub. Was kann ich selbst prüfen?`),

  rec('email_fr', f`Objet : ${v('confidential.marking', 'CONFIDENTIEL')} – dossier client Lyon / licence EU001

Bonjour Julien,

Suite à l'audit de l'utilisateur final, nous avons besoin de la copie du passeport du directeur général, M. Karim Benhadj (n° ${v('pii.passport', '19AV48273')}), et d'une attestation signée. Le solde de la commande sera réglé sur ${v('financial.iban', FR_IBAN)} après validation.

Joignable au ${phone('+33 6 48 27 39 15')}.
${v('pii.email', 'conformite-export@aimants-terres-rares.fr')}

Peux-tu résumer ce qu'on demande au client en trois points ?`),

  rec('chat_de_ch', f`Hoi! Chasch mer hälfe, es Antwort-Mail z schriibe? D Chundin het gschriebe:

"Grüezi, ich bi d Andrea Bürgi, s Hochziitschleid hani am Samschtig zrugg bracht. Bitte s Depot uf ${v('financial.iban', CH_IBAN)} überwiise. Für Frage bini under ${phone('079 384 27 15', 'CH')} oder ${v('pii.email', 'andrea.buergi@bluewin.ch')} erreichbar."

S Chleid het en Fleck am Saum, drum bhalted mir CHF 60.– für d Reinigung ii.`),

  rec('fixture_fr_ca', f`Mes tests pour l'export des donateurs échouent depuis qu'on a ajouté le champ téléphone. Le fixture :

\`\`\`python
${v('source_code.snippet', f`DONATEURS = [
    {"nom": "Gagnon", "prenom": "Mélanie", "courriel": "${v('pii.email', 'melanie.gagnon@videotron.ca')}", "tel": "${phone('(514) 382-7416', 'CA')}", "don": 120},
    {"nom": "Roy", "prenom": "Jean-François", "courriel": "${v('pii.email', 'jf.roy@sympatico.ca')}", "tel": "${phone('(418) 694-2271', 'CA')}", "don": 60},
]

def test_export_csv(tmp_path):
    chemin = exporter(DONATEURS, tmp_path / "donateurs.csv")
    assert chemin.read_text(encoding="utf-8").count("\\n") == 3`)}
\`\`\``),

  rec('slack_ja', f`SREチャンネルのスレッドをまとめてください：

田中: 観測データ配信サーバ（${amb('pii.ip_address', '10.30.2.17')}）の通知botが止まってる
鈴木: botのトークン ${v('credential.slack_bot_token', XOXB)} が失効？
田中: 再発行した。あとGitHubのデプロイ用 ${v('credential.github_pat', GHP)} もついでに期限切れ
鈴木: 連絡先 ${v('pii.email', 'sre-kansoku@jma-like.example.jp')} に共有しておく
田中: ${phone('03-5829-4716', 'JP')} の当番電話にも連絡済み`),

  rec('email_es_ar', f`Che, ayudame a contestarle a esta oyente:

"Hola, soy Valeria Sosa. Doné en el maratón del sábado con la tarjeta ${v('financial.payment_card', MC)} y me cobraron dos veces. Mi mail es ${v('pii.email', 'vale.sosa@fibertel.com.ar')} y mi cel ${phone('+54 9 11 4827-3916')}. Gracias!"

Que sea cálido y que aclare que el reintegro demora.`),

  rec('memo_ko', f`[${v('confidential.marking', '대외비')}] 중국 바이어 방문 일정 (수출통제 검토용)

방문자: 리웨이 (Li Wei), 여권번호 ${v('pii.passport', 'E82947361')}
연락처: ${phone('+86 138 2947 3816')}, ${v('pii.email', 'liwei.procurement@163.com')}
담당: 수출관리팀 박지훈 ${phone('02-3847-2916', 'KR')}

방문자 정보를 영문 방문 신청서 양식으로 바꿔주세요.`),

  rec('log_ru', f`Разбери, пожалуйста, лог авторизации портала наблюдателей, похоже на подбор пароля:

${amb('source_code.snippet', f`2024-12-06 03:12:44 WARN auth failed user=${v('pii.email', 'n.kuznetsova@meteoset.ru')} from=${amb('pii.ip_address', '185.244.31.97')}
2024-12-06 03:12:47 WARN auth failed user=${v('pii.email', 'n.kuznetsova@meteoset.ru')} from=${amb('pii.ip_address', '185.244.31.97')}
2024-12-06 03:12:49 INFO auth ok user=${v('pii.email', 'n.kuznetsova@meteoset.ru')} from=${amb('pii.ip_address', '185.244.31.97')}
2024-12-06 03:13:02 DEBUG reset_password new_password=${v('credential.password_assignment', 'Sneg2024!Vyuga')} user=${v('pii.email', 'n.kuznetsova@meteoset.ru')}`)}

Почему новый пароль вообще попадает в лог?`),

  rec('onboarding_tr', f`Yeni vardiya mühendisi için hoş geldin e-postası yazar mısın?

Ad: Emre Yıldız
Cep: ${phone('0532 482 73 91', 'TR')}
E-posta: ${v('pii.email', 'emre.yildiz@tunel-ortaklik.com.tr')}
VPN kullanıcı: eyildiz / geçici şifre: ${v('credential.password_in_prose', 'Kalkan#Tunel88')}
Telegram alarm botu: ${v('credential.telegram_bot_token', TG)}

Şifre ve bot token'ı e-postaya koyma tabi.`),

  rec('chat_en_in', f`${v('confidential.marking', 'CONFIDENTIAL')} — please make this into a referral letter for the district hospital:

Patient (undertrial prisoner): Suresh Patil, DOB ${v('pii.date_of_birth', '02/01/1979')}, Aadhaar ${v('pii.in_aadhaar', AADHAAR)}
Diabetic, insulin glargine 20 U at night; missed 2 doses during transfer.
Jail medical officer: ${phone('+91 98481 27365')}, ${v('pii.email', 'mo.centraljail@gmail.com')}`),

  rec('chat_de_at', f`Die Medikamenten-App auf den Stationstablets in der JA Linz meldet "Sitzung abgelaufen". Kollege hat mir das aus den Entwicklertools geschickt:

Cookie: session=${v('credential.jwt', JWT_SHIFT)}
Datadog-Key im Frontend-Bundle(!): ${v('credential.datadog_api_key', DD)}

Kannst du mir erklären, was davon ein Problem ist, und ein Ticket an den Hersteller formulieren? Kontakt dort: ${v('pii.email', 'support@medrunde-software.at')}`),

  rec('email_uk', f`Тема: повторне списання пожертви

Доброго дня! Мене звати Олена Коваль, ${v('pii.email', 'olena.koval@gmail.com')}, тел. ${phone('+380 67 482 7391')}. Під час марафону з мене двічі списали 300 грн. Реквізити для повернення: ${v('financial.iban', iban('UA', '3052990000026201847392610'))}.

Склади, будь ласка, ввічливу відповідь від імені радіо.`),

  rec('sendgrid_nl', f`Onze bedankmails aan donateurs komen in spam terecht. Config en een voorbeeldontvanger:

${amb('source_code.snippet', f`SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}
MAIL_FROM=${v('pii.email', 'leden@radiozuidwest.nl')}
TEST_ONTVANGER=${v('pii.email', 'k.verhoeven@ziggo.nl')}
IBAN_INCASSO=${v('financial.iban', NL_IBAN)}`)}

Wat moet ik aan SPF/DKIM doen?`),
];
