/**
 * Held-out batch 64: longer texts mixing categories (incident notes, e-mail threads, meeting notes,
 * stack traces, exports, fixtures) from the six workplaces of this batch. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, HEX, LOWER, UPPER, fill, gh, tok } from '../tokens';

const mark = (s: string) => v('confidential.marking', s);

const AWS_ID = tok('AKIA', fill('b64m-akia', B32, 16));
const AWS_SECRET = fill('b64m-akias', B64, 40);
const GHP = gh('ghp', fill('b64m-ghp', B62, 30));
const SLACK_BOT = tok('xoxb-', '5839104726', '3-', '8120473916258-', fill('b64m-xoxb', B62, 24));
const LINEAR = tok('lin_api_', fill('b64m-linear', B62, 40));
const SENTRY_DSN = `https://${fill('b64m-sentry', HEX, 32)}@o4506619.ingest.us.sentry.io/4506619283746108`;
const HF = tok('hf_', fill('b64m-hf', UPPER + LOWER, 34));
const BEARER = fill('b64m-bearer', B64URL, 48);

export const BATCH64_MIXED: DraftRecord[] = [
  rec('incident_en_ph', f`Incident summary for the compliance team, can you make it sound more professional?

What happened: On Mar 6 one of our collectors (agent ID C-114) sent a borrower's details to the wrong Viber group. Details shared: name Jocelyn Bautista, mobile ${phone('0917 482 7193', 'PH')}, email ${v('pii.email', 'jocelyn.bautista88@yahoo.com')}, outstanding PHP 8,450.
In the same message he also pasted his CRM login: "user: c114.ramos pass: ${v('credential.user_password_pair', 'Sampaguita#114')}".
The group had 23 members from a partner agency. Access logs show one login to his account from ${amb('pii.ip_address', '112.198.77.40')} the same evening.
Actions: password reset, agent suspended pending review, borrower informed by phone.`),

  rec('minutes_de', f`Kannst du aus meinen Notizen ein ordentliches Protokoll machen?

Teambesprechung Physio-Zentrum Nord, 10.03.
- ${mark('Vertraulich')}: Kündigung des Mietvertrags für Standort Eppendorf wird geprüft, bitte noch nicht mit Patienten besprechen.
- Neues WLAN für die Trainingsfläche: SSID "PhysioNord-Training", Passwort ${v('credential.password_in_prose', 'Kniebeuge-2025!')}
- Patientin Frau Albrecht (Rückruf wegen Terminverschiebung): ${phone('0176 38294017', 'DE')}
- Fortbildung Manuelle Therapie: Anmeldung bis 31.03.`),

  rec('trace_es_ar', f`Che, el job que concilia los pagos de los préstamos se cae con esta traza. ¿Qué puede ser?

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/conciliacion/job.py", line 88, in run
    conn = psycopg2.connect(os.environ["DB_URL"])
psycopg2.OperationalError: connection to server at "db-cobranzas.internal" (${amb('pii.ip_address', '10.12.0.31')}), port 5432 failed: FATAL:  password authentication failed for user "conciliador"
DB_URL=postgresql://conciliador:${v('credential.database_url_password', 'Mate-Amargo-2024')}@db-cobranzas.internal:5432/cobranzas
Notificación enviada a ${v('pii.email', 'guardia-datos@prestamate.com.ar')}`)}

La contraseña la cambiamos el viernes, ¿hay que reiniciar algo más?`),

  rec('postmortem_ja', f`以下のポストモーテムを経営陣向けに短くまとめてください。

## 事象：飛行ログ用S3バケットの公開設定
- 3/4 14:10 パートナーから「圃場の撮影画像がブラウザで見られる」と連絡（連絡者：${v('pii.email', 'tanaka.k@noukyou-partner.jp')}）
- 3/4 14:40 原因特定：CIのTerraformでACLがpublic-readに変更されていた。CI変数に残っていた旧キー ${v('credential.aws_access_key_id', AWS_ID)} / ${v('credential.aws_secret_access_key', AWS_SECRET)} も同じリポジトリのログに出力されていた
- 3/4 15:05 バケットを非公開化、キーを無効化
- アクセスログ上の外部IP：${amb('pii.ip_address', '203.0.113.88')}（1件）

再発防止：OIDC連携に移行、ログのマスキング。`),

  rec('email_thread_it', f`Puoi riassumere questo scambio in 5 righe per la direttrice?

Da: Registrar <${v('pii.email', 'registrar@museo-civico-esempio.it')}>
A: Studio Trasporti d'Arte
Oggetto: ${v('confidential.marking', 'RISERVATO')} – prestito Madrid, corriere e pagamento

Buongiorno,
il corriere sarà la dott.ssa Elena Fabbri (passaporto ${v('pii.passport', 'YA4829163')}, cell. ${phone('+39 333 918 2746')}). Vi preghiamo di emettere fattura per l'imballaggio climatizzato; provvederemo al bonifico sul vostro conto ${v('financial.iban', 'IT90 X521 9563 6284 2158 6053 799')}.

> Risposta: confermiamo ritiro casse il 12/04 alle 7:00, accesso dal cortile.`),

  rec('onboarding_nl', f`Kun je dit inhuurformulier omzetten in een korte checklist voor de poortwachter en de loonadministratie?

Naam: Sander Vermeulen (steigerbouwer, inhuur via uitzendbureau)
BSN: ${v('pii.nl_bsn', '106131023')}
IBAN voor onkosten: ${v('financial.iban', 'NL34 INGB 6684 8914 69')}
Mobiel: ${phone('+31 6 41928370')}
E-mail: ${v('pii.email', 's.vermeulen.steigers@outlook.com')}
Toegang: terrein + voorwarmtoren, VCA-VOL, start 24 maart`),

  rec('kyc_json_pt_br', f`Esse payload do onboarding tá voltando 422 do parceiro de antifraude. Consegue ver qual campo tá errado?

${amb('source_code.snippet', f`{
  "cliente": {
    "nome": "Edson Ribeiro da Costa",
    "cpf": "${v('pii.br_cpf', '889.802.699-43')}",
    "nascimento": "${amb('pii.date_of_birth', '1987-13-02')}",
    "celular": "${phone('+55 11 97418-2305')}",
    "email": "${v('pii.email', 'edson.rcosta@uol.com.br')}"
  },
  "cartao_cobranca": { "numero": "${v('financial.payment_card', '6363682773714772')}", "bandeira": "elo" },
  "renda_mensal": 2800
}`)}`, 'the birth date has an impossible month (13) but sits under a birth-date key: the author labelled it a date of birth; as no valid date it is ambiguous (label fix: invalid values are negatives under the conventions, but this one may be a transposed real birth date)'),

  rec('referral_en_uk', f`Please rewrite this as a friendly letter to the patient.

${v('confidential.marking', 'PRIVATE & CONFIDENTIAL')}
Re: Mr Daniel Okafor, DOB ${v('pii.date_of_birth', '11/12/1996')}, NHS No. ${v('pii.uk_nhs_number', '4587222585')}
Following his ACL reconstruction, Daniel has completed 12 weeks of rehabilitation at our Leeds clinic. He may return to non-contact training. Any questions to ${v('pii.email', 'leeds.physio@sportsrehab-example.co.uk')} or ${phone('0113 496 2871', 'GB')}.`),

  rec('script_ar_eg', f`ده سكريبت المكالمات الجديد لفريق التحصيل، محتاج أراجع صياغته وأتأكد إن مفيش بيانات حساسة فيه:

"صباح الخير أستاذة منى، معاكي شركة سلفني. بنكلمك بخصوص القسط المتأخر على رقم الموبايل ${phone('010 0482 7193', 'EG')} والرقم القومي ${ambCat('pii', '28506121402178')}. المبلغ المطلوب 1,250 جنيه. ممكن تدفعي بالكارت المسجل ${v('financial.payment_card', '5341 7786 6023 2032')} أو من خلال فوري."

المفروض الموظف ميقولش رقم الكارت كامل صح؟`, 'Egyptian national ID: no built-in rule claims it (ambiguous, no rule id)'),

  rec('config_zh_tw', f`我們的錄音檔轉檔服務在新機器上連不到 NAS，設定檔如下，另外請幫我寫一封信通知管理員：

${amb('source_code.snippet', f`nas:
  host: ${amb('pii.ip_address', '192.168.40.12')}
  share: archive_raw
  username: transcode_svc
  password: ${v('credential.password_assignment', 'Taipei-Reel-1968')}
notify:
  to: ${v('pii.email', 'nas-admin@tw-broadcast-archive.example.tw')}
  slack_bot: ${v('credential.slack_bot_token', SLACK_BOT)}`)}`),

  rec('slack_export_sv', f`Kan du sammanfatta den här tråden från vår #dev-kanal och lista vad som måste åtgärdas?

[09:12] Elin: deployen av sprutplaneraren failar, jag la in min token i workflowen tillfälligt: ${v('credential.github_pat', GHP)}
[09:14] Oskar: rotera den efteråt! Sentry skriker också, DSN:en i appen är fortfarande ${v('credential.sentry_dsn', SENTRY_DSN)}
[09:20] Elin: ok. Lantbrukaren i Skara ringde om flygningen, han nås på ${phone('070-482 91 35', 'SE')}
[09:31] Oskar: linear-ärendet skapat med skriptet, nyckeln ${v('credential.linear_api_key', LINEAR)} ligger i .env nu`),

  rec('contractor_hi', f`इस कॉन्ट्रैक्टर के डिटेल्स से एक गेट पास रिक्वेस्ट ईमेल बना दो:

नाम: राजेश कुमार यादव (रिफ्रैक्टरी लाइनिंग ठेकेदार)
आधार: ${v('pii.in_aadhaar', '4052 5210 3671')}
मोबाइल: ${phone('+91 98765 43012')}
UPI से एडवांस: ${ambCat('financial', 'rajeshrefractory@okhdfcbank')}
जन्म तिथि: ${v('pii.date_of_birth', '08/04/1982')}
काम: किल्न 2 की बर्नर पाइप के पास की ईंटें बदलना, 12 दिन`, 'UPI ID: a payment address with no built-in rule (ambiguous, financial, no rule id)'),

  rec('loan_fr', f`Pouvez-vous relire ce projet de courrier au prêteur, et me dire s'il manque quelque chose ?

${v('confidential.marking', 'CONFIDENTIEL')}
Madame la Conservatrice,
Nous confirmons le prêt de la tapisserie (inv. 1984.3.12) du 2 juin au 28 septembre. Le convoiement sera assuré par M. Hugo Marchand, joignable au ${phone('06 48 27 19 30', 'FR')} ou à ${v('pii.email', 'h.marchand@musee-tapisserie-exemple.fr')}. Les frais de restauration préalable seront réglés sur votre compte ${v('financial.iban', 'FR74 1967 9898 08A5 2558 1576 687')}.`),

  rec('fixture_ko', f`테스트가 CI에서만 실패합니다. 픽스처에 실제 환자 데이터를 넣은 것 같은데 괜찮은지도 봐 주세요:

${v('source_code.snippet', f`import pytest

@pytest.fixture
def sample_patient():
    return {
        "name": "이수민",
        "phone": "${phone('010-3928-4716', 'KR')}",
        "email": "${v('pii.email', 'sumin.lee.run@gmail.com')}",
        "birth": "${v('pii.date_of_birth', '1994-07-21')}",
        "diagnosis": "족저근막염",
    }

def test_reminder_text(sample_patient):
    text = build_reminder(sample_patient)
    assert "내일" in text`)}`),

  rec('runbook_uk', f`Перепиши, будь ласка, цю інструкцію для нових чергових архіву більш зрозуміло:

1. Увійти на сервер оцифрування ${amb('pii.ip_address', '10.8.14.20')} під обліковим записом digit_ops.
2. Модель розпізнавання мовлення тягнеться з Hugging Face, токен зараз у /etc/asr.env: HF_TOKEN=${v('credential.huggingface_token', HF)}
3. Якщо черга зависла — перезапустити asr-worker. Запити до API: заголовок Authorization: Bearer ${v('credential.bearer_token', BEARER)}
4. Проблеми — черговому інженеру ${phone('+380 67 215 48 93')}.`),
];
