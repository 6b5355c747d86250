/**
 * Held-out batch 144: longer texts mixing categories — incident notes, handovers, tickets, logs,
 * test fixtures and exports from the six settings. Hand-written, many languages.
 */
import { itCodiceFiscale } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const SENDGRID = tok('SG.', fill('b144m-sg1', B64URL, 22), '.', fill('b144m-sg2', B64URL, 43));
const JWT_KYC = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'reviewer-0192', team: 'kyc-blr', iat: 1741680000 }, 'b144m-jwt');
const STRIPE = tok('sk_', 'live_', '51', fill('b144m-sk', B62, 97));
const SENTRY = fill('b144m-sentry', HEX, 32);
const CF_TEST = itCodiceFiscale('RSSMRC61A12F839');

export const BATCH144_MIXED: DraftRecord[] = [
  rec('postmortem_en', f`# Incident 2025-02-19: full card numbers in kiosk logs (storage sites)

**What happened:** the new self-service kiosk build (v4.2.0) logged the raw request body on payment errors. 37 entries across 5 sites contained full PANs, e.g.

${amb('source_code.snippet', f`2025-02-18 19:42:07 ERROR kiosk-07 pay failed: {"unit":"D-118","pan":"${v('financial.payment_card', '4916 3802 7415 9376')}","exp":"03/27","amount":"129.00"} from ${amb('pii.ip_address', '10.14.7.21')}`)}

**Who noticed:** billing desk (${v('pii.email', 'billing-desk@boxburrow.example.com')}), after a tenant called from ${phone('(503) 318-4472', 'US')}.
**Actions:** logs purged, kiosk rolled back to v4.1.3, PCI assessor notified.

Please rewrite this as a short note for the site managers, without the log excerpt.`),

  rec('handover_de', f`Übergabe Nachtdienst Giftnotruf → Frühdienst, bitte in eine saubere Tabelle bringen:

1) 22:40 Anruf Klinikum Nord, Dr. Weber (${phone('0421 49728316', 'DE')}): Patient M. Krüger, geb. ${v('pii.date_of_birth', '08.03.1957')}, Amitriptylin-Intoxikation, QRS 128 ms → Natriumbicarbonat empfohlen, Rückruf 6:00 vereinbart.
2) 01:15 Mutter, ${phone('0176 48271930', 'DE')}: Kleinkind hat an Spülmaschinentab geleckt → Entwarnung.
3) Das LIMS-Passwort für den Nachtdienst ist jetzt ${v('credential.password_in_prose', 'Nachtschicht#Tox25')}, Zettel am Monitor bitte entsorgen!`),

  rec('email_fr_ca', f`Objet : Début de saison – infos pratiques pour les pilotes

Salut la gang,

La saison de montgolfières commence samedi à Gatineau. Quelques rappels :
- Météo : la station au terrain est en ligne à http://${amb('pii.ip_address', '192.168.2.50')}/meteo (réseau du hangar seulement)
- Wifi du hangar : « Montgolfiere-Crew », mot de passe ${v('credential.password_in_prose', 'Ballon-Outaouais!7')}
- Urgences / coordination au sol : Julie au ${phone('819 556-2741', 'CA')} ou moi au ${phone('613 829-4471', 'CA')}

Bon vol!
Marc-André

(Peux-tu traduire ça en anglais pour nos deux pilotes ontariens?)`),

  rec('ticket_nl_be', f`Ticket PAY-3318 — uitbetaling mislukt
Verkoper: Chocolaterie Van Damme (BE-20914), contact ${v('pii.email', 'info@chocolaterie-vandamme.example.be')}
Rekening: ${v('financial.iban', 'BE98 0638 2917 4503')}
Foutmelding uit de payout-service:

${amb('source_code.snippet', f`PayoutRejectedException: beneficiary name mismatch (expected "VAN DAMME BV", got "CHOCOLATERIE VAN DAMME")
    at com.bazario.payouts.sepa.SepaBatchWriter.validate(SepaBatchWriter.java:188)
    at com.bazario.payouts.sepa.SepaBatchWriter.write(SepaBatchWriter.java:92)
    request from ${amb('pii.ip_address', '10.40.3.17')} trace=7c1e94b2`)}

Kan je een uitleg schrijven voor de verkoper over wat hij moet aanpassen?`),

  rec('safeguarding_es', f`${v('confidential.marking', 'CONFIDENCIAL')} – Delegación diocesana de protección de menores

Resumen de la llamada recibida el 10/03:
- Persona que llama: madre de un monaguillo, ${phone('655 41 82 73', 'ES')}, ${v('pii.email', 'r.moreno.lopez@correo.example.es')}
- Hechos: comentarios inapropiados de un voluntario durante la convivencia de Semana Santa
- Siguiente paso: entrevista con la familia el 14/03 y comunicación al obispado

Necesito redactar el acuse de recibo para la familia: cálido, sin compromisos jurídicos.`),

  rec('memo_ja', f`${v('confidential.marking', '社外秘')}
設計部内連絡：解析クラスタ移行について

来週からCFD解析結果の保存先をS3に移行します。一時的に共有アカウントを使いますが、キーは以下の通りです（移行完了後に無効化）。
アクセスキーID：${v('credential.aws_access_key_id', tok('AKIA', fill('b144m-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)))}
シークレット：${v('credential.aws_secret_access_key', fill('b144m-akias', B62 + '/+', 40))}
問い合わせ：情報システム課 ${phone('03-4182-7363', 'JP')}

この連絡文を英語に翻訳してください（キーの部分は「別途共有」に置き換えて）。`),

  rec('email_pt_pt', f`Assunto: Caução do armazém 27 – devolução

Bom dia D. Fernanda,

Confirmamos a rescisão do contrato do armazém nº 27 (Matosinhos) a 31/03. A caução de 150 € será devolvida por transferência para o IBAN ${v('financial.iban', 'PT33 0035 0041 8273 6491 5021 9')} indicado no contrato. Qualquer dúvida, contacte-nos pelo ${phone('+351 912 483 715')} ou ${v('pii.email', 'apoio.porto@guardabox.example.pt')}.

Com os melhores cumprimentos,
Serviço de Apoio ao Cliente

Consegues deixar isto mais curto e simpático?`),

  rec('log_ru', f`Ночью упала синхронизация чертежей между КБ и верфью. Вот лог, подскажи, в чём дело:

${amb('source_code.snippet', f`[03:12:44] rsync: connection to ${amb('pii.ip_address', '10.50.1.12')} port 22 failed
[03:12:44] retry with fallback smb://drawings:${v('credential.url_password', 'Chertezh_2024!')}@${amb('pii.ip_address', '10.50.1.13')}/archive
[03:12:49] mount error(13): Permission denied`)}

Пароль для smb вроде правильный, его менял Сергей (${v('pii.email', 's.kuznetsov@verf-sever.example.ru')}) на прошлой неделе.`),

  rec('kyc_notes_en_in', f`KYC reviewer notes — batch 11 March, can you turn these into a table (seller, issue, action)?

- SL-99201 Meenakshi Crafts: Aadhaar ${v('pii.in_aadhaar', '4291 8360 5740')} OK, but mobile ${phone('+91 94481 27365')} registered to a different name → call back
- SL-99214 Gupta Brass Works: login from ${amb('pii.ip_address', '103.48.197.22')} (VPN exit), owner email ${v('pii.email', 'guptabrass.works@mail.example.in')} bounced → request new email
- Tool issue: my reviewer session token keeps expiring, this is the one from the console: ${v('credential.jwt', JWT_KYC)}`),

  rec('fixture_it', f`Il test del modulo consulenze del centro antiveleni fallisce solo in CI, ti incollo il file:

${v('source_code.snippet', f`import pytest
from consulenze.modelli import Paziente

@pytest.fixture
def paziente_demo():
    return Paziente(
        nome="Marco Rossi",
        codice_fiscale="${v('pii.it_codice_fiscale', CF_TEST)}",
        telefono="${phone('+39 333 418 2736')}",
        peso_kg=78,
    )

def test_eta_calcolata(paziente_demo):
    assert paziente_demo.eta(oggi="2025-03-01") == 64`)}`),

  rec('trace_ko', f`정산 API에서 이 에러가 계속 나는데 원인 좀 알려 주세요.

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/payouts/service.py", line 142, in settle
    send_receipt(seller.email, amount)
  File "/app/payouts/mail.py", line 31, in send_receipt
    raise MailError(f"SMTP 550 for {to}")
payouts.mail.MailError: SMTP 550 for ${v('pii.email', 'jiwoo.park.shop@mail.example.kr')}
client_ip=${amb('pii.ip_address', '211.48.92.137')} seller_id=KR-33018`)}

그리고 환경변수에 SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)} 로 넣었는데 이것도 맞나요?`),

  rec('csv_tr', f`Rezervasyon dökümünü temizler misin? Bazı satırlarda kart numarası maskelenmemiş, onları da işaretle:

${amb('source_code.snippet', f`rezervasyon;ad;telefon;eposta;kart
KP-2207;Ayşe Demir;${phone('0532 418 27 63', 'TR')};${v('pii.email', 'ayse.demir@posta.example.com.tr')};**** **** **** 4471
KP-2208;John Carter;${phone('+44 7818 318274')};${v('pii.email', 'j.carter@mail.example.co.uk')};${v('financial.payment_card', '4482 0391 7654 8201')}
KP-2209;Kenji Mori;${phone('+81 90-3718-2746')};${v('pii.email', 'kenji.mori@mail.example.jp')};**** **** **** 0193`)}`),

  rec('chat_fr_darija', f`Salam, 3afak aide-moi nkteb message l-client dyal box 12 f Casablanca. Kheles loyer b la carte ${v('financial.payment_card', '5128 4739 2018 4657')} mais le paiement tla3 refusé. Numéro dyalou ${phone('06 61 48 27 39', 'MA')}, email ${v('pii.email', 'y.benali@mail.example.ma')}. Bghit message poli en français.`),

  rec('manifest_sw', f`Orodha ya abiria wa puto kesho asubuhi (Seronera), tafadhali iweke kwenye jedwali:
1. Anna Schmidt – pasipoti ${v('pii.passport', 'C4T82J719')} – tarehe ya kuzaliwa ${v('pii.date_of_birth', '12/05/1979')}
2. Peter Schmidt – pasipoti ${v('pii.passport', 'C4T82J806')} – tarehe ya kuzaliwa ${v('pii.date_of_birth', '03/11/1977')}
Mawasiliano ya dereva: ${phone('0754 418 273', 'TZ')}
Malipo ya salio yafanyike kwa kadi ${v('financial.payment_card', '5589 2710 4638 2953')} (wameidhinisha).`),

  rec('project_en_gb', f`Parish registers digitisation — notes from Tuesday's meeting (please turn into actions with owners):

${v('confidential.marking', 'CONFIDENTIAL – NOT FOR CIRCULATION')}
- Scanning of burial registers 1880–1950 done for 14 of 22 parishes.
- The archive DB connection for the volunteers' laptop is still postgres://scan_vol:${v('credential.database_url_password', 'Vellum&Ink-1881')}@${amb('pii.ip_address', '10.8.0.12')}:5432/registers — must move to individual accounts.
- Errors from the viewer now go to Sentry: https://${v('credential.sentry_dsn', SENTRY)}@o228194.ingest.sentry.io/4411827
- Contact for the archive side: Helen Price, ${v('pii.email', 'h.price@dioceseofstaldhelm.example.org.uk')}, ${phone('01584 872 416', 'GB')}`),

  rec('kyc_zh', f`卖家实名审核记录，请帮我整理成标准格式：
卖家：深圳市鹏程电子商行
法人：陈志强，护照 ${v('pii.passport', 'EJ4827193')}，出生日期 ${v('pii.date_of_birth', '1983年6月9日')}
手机：${phone('139 2418 7365', 'CN')}
邮箱：${v('pii.email', 'chen.zhiqiang@mail.example.cn')}
登录 IP：${amb('pii.ip_address', '113.88.204.17')}（深圳）
收款：结算接口用的是 ${v('credential.stripe_secret_key', STRIPE)}，这个要不要写进审核记录？`),
];
