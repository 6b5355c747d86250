/**
 * Held-out batch 153: longer texts mixing categories — incident notes, e-mail threads, stack traces,
 * exports and test fixtures from the six organisations, in many languages. Hand-written.
 */
import { brCpfFormatted, esDni, ibanWithCheck, itCodiceFiscale, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const mail = (s: string) => v('pii.email', s);
const ip = (s: string) => amb('pii.ip_address', s);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const IBAN_CH = ibanWithCheck('CH', '0070011048293716A');
const IBAN_IT = ibanWithCheck('IT', 'K0200811770000104829371');
const CF = itCodiceFiscale('RSSMRC79C14L219');
const CARD_JP = luhnWithCheck('491826037481529');
const CARD_UA = luhnWithCheck('516874930218475');
const CPF = brCpfFormatted('731048296');
const DNI = esDni('52814739');
const GHP = gh('ghp', 'Vn3Kq8Zt1Wb6Rm4Yx9Lc2Hp7Jd5Fs0');
const SG = tok('SG.', fill('b153m-sg1', B64URL, 22), '.', fill('b153m-sg2', B64URL, 43));
const TW_SID = tok('AC', fill('b153m-twsid', HEX, 32));
const TW_AUTH = fill('b153m-twauth', HEX, 32);
const WB_TOKEN = fill('b153m-wbtok', B62, 40);

export const BATCH153_MIXED: DraftRecord[] = [
  rec('postmortem_en_us', f`# Postmortem: crew pairing import failed, 2025-05-18

**Impact:** 212 pairings for June not published on time; 9 reserve call-outs made by phone.

**Timeline (CDT)**
- 02:10 nightly import from the pairing optimizer fails (SFTP auth)
- 02:15 page to on-call (${mail('crewsys-oncall@corvidair.com')})
- 04:05 cause: service account password rotated, job still used \`sftp://pairing_in:${v('credential.url_password', 'Nimbus#Layover-2024')}@${ip('172.20.14.9')}/inbound\`
- 04:30 new secret set, import re-run from ${ip('10.8.2.41')}
- 06:00 pairings published

**Follow-up:** move the SFTP secret to the vault, alert 14 days before rotation.

Rewrite this for the crew newsletter without the technical details.`),

  rec('email_thread_de_ch', f`Chasch mer e churzi Antwort uf das Mail schriibe?

Von: Beat Zürcher <${mail('b.zuercher@zuercher-tiefbau.ch')}>
Betreff: Re: Rechnig Belag AC 11 – Baustell Oberdorf

Grüezi Frau Keller, mir händ d'Rechnig 25-0477 übercho, aber d'Tonnage stimmt nöd mit eusne Wiegschii überii (eus fehled 2 Lieferige vom 6. Mai). Bitte mached Sie d'Korrektur. Zahlig gaht nacher uf Ihres Konto ${v('financial.iban', spacedFours(IBAN_CH))}.
Fraage gern unter ${phone('079 482 17 36', 'CH')}.

> Am 12.05.2025 schrieb Kieswerk Hartstein AG:
> Anbei d'Rechnig für d'Belagslieferige im April.`),

  rec('trace_es', f`Al guardar el contrato de empeño la app revienta. ¿Qué significa?

${amb('source_code.snippet', f`org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_cliente_documento]
Caused by: org.postgresql.util.PSQLException: ERROR: llave duplicada viola restricción de unicidad «uk_cliente_documento»
  Detalle: Ya existe la llave (documento)=(${v('pii.es_dni', DNI)}).
	at com.montepio.prestamos.ClienteService.alta(ClienteService.java:88)
	at com.montepio.prestamos.ContratoController.crear(ContratoController.java:41)
Request: POST /contratos cliente.email=${mail('lmartin.ortega@gmail.com')} cliente.telefono=${phone('+34 917 48 22 63')}`)}`),

  rec('email_fr', f`Objet : ${v('confidential.marking', 'CONFIDENTIEL')} – résultats de l'analyse du gène MLH1

Bonjour Madame Girard,

Suite à votre consultation du 2 mai, vos résultats sont disponibles. Merci de rappeler le secrétariat de génétique au ${phone('+33 4 72 81 93 06')} pour fixer le rendez-vous de rendu. Pour rappel, votre dossier est enregistré sous votre date de naissance (${v('pii.date_of_birth', '14/01/1979')}) et votre adresse ${mail('sophie.girard79@orange.fr')}.

Équipe de conseil génétique, HCL

Tu peux rendre ce courrier moins froid ?`),

  rec('test_python', f`Our roster notification tests fail since we switched to E.164 formatting. Fixture + test:

\`\`\`python
${code(f`import pytest
from roster.notify import normalise_phone, build_sms

@pytest.fixture
def guard():
    return {
        "name": "Shane O'Brien",
        "email": "${mail('shane.obrien@bastionguard.com.au')}",
        "mobile": "${phone('0412 738 905', 'AU')}",
        "site": "Crown Casino loading dock",
    }

def test_normalise(guard):
    assert normalise_phone(guard["mobile"]) == "${phone('+61412738905')}"

def test_sms(guard):
    assert "loading dock" in build_sms(guard, shift="22:00")`)}
\`\`\``),

  rec('csv_ja', f`会員からの問い合わせ対応用に、このエクスポートから不要な列を削ってください。

${amb('source_code.snippet', f`会員番号,氏名,メール,電話,支払カード,ステータス
CV10482291,中村 翔太,${mail('shota.nakamura@docomo.ne.jp')},${phone('090-4827-1936', 'JP')},**** **** **** 4417,GOLD
CV10482307,小林 由美,${mail('yumi.k_0803@gmail.com')},${phone('03-4827-1936', 'JP')},${v('financial.payment_card', CARD_JP)},SILVER`)}

2行目のカード番号がマスクされていないのは問題ですよね？`),

  rec('incident_pl', f`Raport ze zdarzenia – obiekt magazynowy Łódź, noc 14/15.05

Pracownik ochrony (Adam Wróbel, tel. ${phone('+48 22 482 71 93')}) zgłosił brak obrazu z kamer sektora C od 01:40. Rejestrator NVR pod adresem ${ip('192.168.50.20')} był dostępny, ale kanały 9–16 offline. Technik zalogował się na admin / ${v('credential.password_in_prose', 'Ochrona!NVR2023')} (hasło domyślne od instalatora!) i zrestartował switch PoE.

Popraw styl raportu i dodaj rekomendację zmiany hasła.`),

  rec('email_ar', f`من: خالد منصور <${mail('k.mansour.makes@gmail.com')}>
الموضوع: طلب استخدام الطابعة ثلاثية الأبعاد

السلام عليكم، أرغب في حجز الطابعة يوم السبت لطباعة نموذج هندسي لمشروع التخرج. رقمي ${phone('+966 55 482 7193')}.
وهل كلمة مرور شبكة الواي فاي في المختبر ما زالت ${v('credential.password_in_prose', 'Makers@Riyadh24')}؟

اكتب لي ردًا مهذبًا يؤكد الحجز ولا يكرر كلمة المرور.`),

  rec('whatsapp_pt_br', f`Resume essa conversa do WhatsApp da loja de penhores pra eu colocar no sistema:

[10:02] Cliente: bom dia, quero renovar meu contrato 2025/07716
[10:03] Atendente: bom dia! me confirma o CPF por favor
[10:04] Cliente: ${v('pii.br_cpf', CPF)}
[10:05] Atendente: ok, os juros são R$ 186,40. pode pagar no pix ${mail('financeiro@penhorfacil.com.br')}
[10:07] Cliente: feito. qualquer coisa meu número novo é ${phone('(11) 98472-3190', 'BR')}`),

  rec('notes_ko', f`회의록 정리 부탁드립니다.

[${v('confidential.marking', '대외비')}] 유전상담클리닉 주간회의 (5/21)
1. 신규 의뢰 9건, 그 중 BRCA 4건
2. 환자 이수진(생년월일 ${v('pii.date_of_birth', '1987.09.14')}) — 결과 설명 일정 재조정 필요, 연락처 ${phone('010-3948-2716', 'KR')}
3. 검사실 TAT 평균 21일 → 28일 증가, 원인 확인 중`),

  rec('log_en_in', f`${amb('source_code.snippet', f`2025-05-19 11:42:07 INFO  kyc-svc  verify aadhaar=XXXX XXXX 4591 status=OK loan=GL-88213
2025-05-19 11:42:08 INFO  kyc-svc  otp sms sent to=${phone('+91 98452 71306')} loan=GL-88213
2025-05-19 11:42:09 ERROR kyc-svc  sanction letter mail failed to=${mail('r.venkatesh1984@rediffmail.com')} provider=sendgrid key=${v('credential.sendgrid_api_key', SG)}
2025-05-19 11:42:09 WARN  kyc-svc  retry from ${ip('10.42.7.15')}`)}

Why would the KYC service log the SendGrid key? And is the masked Aadhaar line fine?`),

  rec('json_tr', f`Kantar API'sinden gelen bu cevapta neden şoför telefonu da var? KVKK açısından sorun olur mu?

${amb('source_code.snippet', f`{
  "fis_no": "KNT-2025-118402",
  "plaka": "34 KBR 417",
  "sofor": { "ad": "Hakan Çelik", "tel": "${phone('+90 532 847 29 13')}" },
  "brut_kg": 41280, "dara_kg": 14120,
  "istemci_ip": "${ip('10.30.1.44')}",
  "api_token": "${v('credential.generic_secret_assignment', WB_TOKEN)}"
}`)}`),

  rec('email_it', f`Oggetto: ${v('confidential.marking', 'RISERVATO')} – dati per assunzione guardia giurata

Ciao Francesca,
ti giro i dati del nuovo GPG per il contratto:
Marco Rossi, codice fiscale ${v('pii.it_codice_fiscale', CF)}, cell. ${phone('+39 347 218 4093')}
IBAN per lo stipendio: ${v('financial.iban', IBAN_IT)}
Decreto prefettizio in arrivo.

Mi sistemi la mail in modo più formale?`),

  rec('email_uk', f`Допоможіть скласти лист готелю в Мюнхені щодо бронювання для екіпажу:
Бортпровідниця: Ірина Шевчук, паспорт ${v('pii.passport', 'FE739184')}, тел. ${phone('+380 67 482 9173')}, ${mail('i.shevchuk@corvidair.ua')}
Оплата корпоративною карткою ${v('financial.payment_card', spacedFours(CARD_UA))}, 2 ночі (22–24.06).
Прохання: пізній заїзд після 23:30.`),

  rec('slack_nl', f`Kun je deze Slack-draad samenvatten voor het overleg van het Makerlab?

Joris: de website-deploy faalt weer, iemand heeft het token in de workflow gezet: ${v('credential.github_pat', GHP)}
Fleur: 😬 ik trek hem in. wie beheert de repo nu?
Joris: Pieter, ${mail('p.dekker@bibliotheekmakerlab.nl')}, ${phone('06 2847 3910', 'NL')}
Fleur: ok, ik bel hem morgen`),

  rec('trace_zh', f`排班系统保存夜班时报错，帮我看看：

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/paiban/app/shifts.py", line 142, in save_shift
    db.execute(sql, params)
sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1045, "Access denied for user 'paiban'@'${ip('10.12.3.77')}' (using password: YES)")
[SQL: INSERT INTO shifts (guard_id, site, start_at, phone) VALUES (%s, %s, %s, %s)]
[parameters: (8812, '科技园东门', '2025-05-20 22:00', '${phone('139 1048 2736', 'CN')}')]
config: mysql+pymysql://paiban:${v('credential.database_url_password', 'Baoan#Ye2025')}@${ip('10.12.3.5')}:3306/paiban`)}`),

  rec('sms_en_au', f`We text neighbours before every blast at the quarry. Can you tidy the script and the list?

${code(f`from twilio.rest import Client

client = Client("${v('credential.twilio_account_sid', TW_SID)}", "${v('credential.twilio_auth_token', TW_AUTH)}")
NEIGHBOURS = ["${phone('+61 3 9482 7193')}", "${phone('0438 291 774', 'AU')}", "${phone('0407 184 392', 'AU')}"]

def warn(blast_time: str) -> None:
    for n in NEIGHBOURS:
        client.messages.create(to=n, from_="HartsteinQ", body=f"Blasting today at {blast_time}. Sirens 5 min before.")`)}`),
];
