/**
 * Held-out batch 139: longer texts mixing categories — postmortems, stack traces, chat exports,
 * booking mails, fixtures and reports from the six organisations. Hand-written.
 */
import { deSteuerIdCheckDigit, ibanWithCheck as iban, luhnWithCheck as card, spacedFours as g4 } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, b64, fill, jwt, tok } from '../tokens';


const TELEGRAM = tok('6912048375', ':AA', fill('b139m-tg', B64URL, 33));
const JWT_PASS = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'kiosk-14', shop: 'tickets.pizarvet.ch', iat: 1736899200 }, 'b139m-jwt');
const SENTRY = tok('https://', fill('b139m-sentry', HEX, 32), '@o4506', '928173', '.ingest.sentry.io/4506', '938271');
const GROQ = tok('gsk_', fill('b139m-groq', B62, 52));
const IBAN_DE = iban('DE', '500105175402918374');
const IBAN_CH = iban('CH', '09000000918273645');
const IBAN_PT = iban('PT', '003500120009182736451');
const IBAN_NL = iban('NL', 'INGB0007382916');
const IBAN_IT = iban('IT', 'B0200801600000104827391');
const IBAN_TR = iban('TR', '0001200938000010048271');
const VISA = card('471629385017264');
const STEUER = `5728391405${deSteuerIdCheckDigit('5728391405')}`;
const K8S_PW = b64('Wx7-Reefer!Alarm');

export const BATCH139_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Postmortem – ILS outage, 18 Feb (member libraries offline 5 h)

**Summary:** phishing e-mail to ${v('pii.email', 'circ.west@tvlc.org')} led to the Koha staff password being captured; attacker logged in from ${amb('pii.ip_address', '45.137.21.88')} and ran a bulk patron export.

**Timeline**
- 07:42 staff login from unknown IP (${amb('pii.ip_address', '45.137.21.88')})
- 07:55 export of 38,114 patron records (names, e-mail addresses, phone numbers)
- 09:10 account locked by ${v('pii.email', 'sysadmin@tvlc.org')}
- 12:30 all staff passwords reset; the old shared one (\`${v('credential.password_in_prose', 'Westbrook2024!')}\`) is banned

**Actions:** MFA for staff, export rate limits.

Rewrite this for the consortium newsletter without technical detail.`),

  rec('stacktrace', f`Webshop Saisonkarten crasht beim Checkout, Stacktrace:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/ticketshop/app/checkout.py", line 88, in pay
    intent = stripe.PaymentIntent.create(amount=total, currency="chf", customer=cust.id)
  File "/srv/ticketshop/venv/lib/python3.11/site-packages/stripe/_api_requestor.py", line 197, in request
    raise error.CardError(...)
stripe._error.CardError: Request req_8xKq2: Your card was declined.
  context: customer=${v('pii.email', 'f.bachmann@bluewin.ch')} ip=${amb('pii.ip_address', '178.197.228.14')} card=${v('financial.payment_card', VISA)}
  db=postgresql://shop:${v('credential.database_url_password', 'Gondel!Arvet_2024')}@db-ticket.internal:5432/tickets`)}

Wieso steht die volle Kartennummer im Log?`),

  rec('whatsapp_pt_pt', f`Exportei a conversa do grupo da cooperativa, podes resumir as decisões?

[12/03/25, 08:14] Carlos Mendes: Bom dia. O comprador alemão já pagou para ${v('financial.iban', g4(IBAN_PT))}?
[12/03/25, 08:20] Ana Ribeiro: Ainda não. Liguem-lhe: ${phone('+49 151 28473960')}
[12/03/25, 08:22] Carlos Mendes: A palavra-passe do portal da DGAV é ${v('credential.password_in_prose', 'Mel-Serra2025')} se alguém precisar de submeter o certificado
[12/03/25, 09:05] Ana Ribeiro: Certificado submetido ✅. Contacto da transportadora: ${phone('912 384 756', 'PT')}`),

  rec('booking_email', f`Subject: Booking confirmation OMCL-SIN-2502-0417 / 1x20DG

Dear Ms Tan,

Your booking for 1x20' containing UN1263 PAINT, class 3, PG II, Singapore → Rotterdam, vessel OMCL CORALINE V.25W is confirmed.
24h emergency contact (shipper): ${phone('+65 9384 2715')}
DG desk: ${v('pii.email', 'dgdesk.sin@omcl-shipping.com')}
Freight to be paid to ${v('financial.iban', g4(IBAN_NL))} (OMCL Europe B.V.) before ETD.

Kind regards,
Arjun Nair, Booking Desk

Can you check this against the DG declaration and list anything that doesn't match?`),

  rec('csv_forensic', f`Matching exercise: which employees share a bank account with a vendor? Payroll extract:

${amb('source_code.snippet', f`emp_id,name,email,iban
E1042,Stefan Koller,${v('pii.email', 's.koller@vogelsang-gmbh.de')},${v('financial.iban', IBAN_DE)}
E1077,Maria Huber,${v('pii.email', 'm.huber@vogelsang-gmbh.de')},${v('financial.iban', IBAN_CH)}
E1101,Luca Moretti,${v('pii.email', 'l.moretti@vogelsang-gmbh.de')},${v('financial.iban', IBAN_IT)}`)}

Vendor master has ${v('financial.iban', IBAN_DE)} under "KS Beratung".`),

  rec('slack_thread', f`#skischule-ops
Lena: der Telegram-Bot für die Gruppeneinteilung ist wieder down
Matías: el token es ${v('credential.telegram_bot_token', TELEGRAM)}, lo regeneré ayer
Lena: danke! Eltern der Gruppe Bär 3 bitte anrufen, Mama von Noah: ${phone('+41 79 412 58 36')}
Matías: dale, y el papá de Sofía ${phone('+54 9 11 4387-2215')} (está en Buenos Aires)

Fasst mir das bitte als To-do-Liste zusammen.`),

  rec('jira', f`ASAP-2291 Kiosk 14 (Talstation) kann keine Tageskarten drucken

Log:
${amb('source_code.snippet', f`2025-01-15 08:01:12 ERROR kiosk14 POST https://tickets.pizarvet.ch/api/print 401
  Authorization: Bearer ${v('credential.jwt', JWT_PASS)}
  from ${amb('pii.ip_address', '10.40.14.14')}`)}

Reporter: Daniela Ruch (${v('pii.email', 'd.ruch@pizarvet.ch')}, intern 4471)
Bitte schreib eine kurze Analyse, warum der Token abgelehnt wird.`),

  rec('fixture', f`Test data for the dialysis scheduling service — is it OK to commit this?

${v('source_code.snippet', f`PATIENTS = [
    Patient(name="Hildegard Brandt", birth_date=${amb('pii.date_of_birth', 'date(1946, 3, 14)')}, phone="${phone('+49 171 3847291')}", shift="MWF-AM"),
    Patient(name="Yusuf Demir", birth_date=${amb('pii.date_of_birth', 'date(1958, 11, 2)')}, phone="${phone('0532 384 27 15', 'TR')}", shift="TTS-PM"),
]
SENTRY_DSN = "${v('credential.sentry_dsn', SENTRY)}"`)}`),

  rec('k8s_secret', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: reefer-alarm
  namespace: dg-desk
type: Opaque
data:
  SMTP_PASSWORD: ${v('credential.base64_encoded_token', K8S_PW)}
stringData:
  ALARM_TO: ${v('pii.email', 'reefer-alarm@omcl-shipping.com')}
  GROQ_API_KEY: ${v('credential.groq_api_key', GROQ)}`)}

Ce secret ne se monte pas dans le pod, le pod reste en CreateContainerConfigError.`),

  rec('meeting_ko', f`회의록 정리 부탁드립니다 (영어로):

${v('confidential.marking', '대외비')}
- 참석: 김민지, 이준호, 박서연
- 위험물 신고 누락 재발 방지: DG 체크리스트 의무화
- 화주 긴급연락처 업데이트: 한빛케미칼 ${phone('010-3842-7159', 'KR')}
- 다음 회의: 3월 5일`),

  rec('report_de', f`${v('confidential.marking', 'VERTRAULICH')} – Entwurf Gutachten Vogelsang GmbH

Die Zahlungen an "KS Beratung" (Konto ${v('financial.iban', g4(IBAN_DE))}) wurden von Herrn Stefan Koller (Steuer-ID ${v('pii.de_steuer_id', STEUER)}) freigegeben, der laut Personalakte am ${v('pii.date_of_birth', '03.06.1978')} geboren ist und Mitinhaber der KS Beratung ist.

Bitte sprachlich glätten, Inhalt nicht ändern.`),

  rec('json_export', f`Patron export from the old discovery layer, we need to map the fields to the new one:

${amb('source_code.snippet', f`[
  {"id": 88120, "name": "Aiyana Redcloud", "email": "${v('pii.email', 'aiyana.redcloud@gmail.com')}", "phone": "${phone('(970) 754-3318', 'US')}", "last_ip": "${amb('pii.ip_address', '73.14.208.61')}", "dob": "${v('pii.date_of_birth', '1994-05-09')}"},
  {"id": 88121, "name": "Trần Thị Mai", "email": "${v('pii.email', 'tranthimai.lib@yahoo.com')}", "phone": null, "last_ip": "${amb('pii.ip_address', '2600:1702:4a90:1e0::3c')}", "dob": "${v('pii.date_of_birth', '2001-12-17')}"}
]`)}`),

  rec('chat_tr', f`Alman alıcıya bal faturası gönderiyorum, kontrol eder misin? Banka: ${v('financial.iban', g4(IBAN_TR))}, irtibat: Ayşe Yılmaz ${phone('0532 384 27 15', 'TR')}, ${v('pii.email', 'ayse.yilmaz@anzerbal.com.tr')}. Ayrıca e-fatura portalına giriş şifresi ${v('credential.password_in_prose', 'Anzer#Bal2025')} — bunu faturaya yazmamam lazım değil mi?`),

  rec('nurse_email_vi', f`Chị ơi, em gửi IT yêu cầu reset máy chạy thận số 3, nhờ chị dịch sang tiếng Anh:
"Bệnh nhân Lê Văn Thành (ngày sinh ${v('pii.date_of_birth', '12/08/1955')}) đang chạy thì máy báo lỗi. Số điện thoại người nhà ${phone('0912 384 275', 'VN')}. Mật khẩu kỹ thuật trên máy là ${v('credential.password_in_prose', 'Service#Than3')}, có cần đổi không?"`),

  rec('chat_es_ar', f`Armame un mail para el comprador de Hamburgo con estos datos del envío de miel de la cooperativa de Entre Ríos:
- Contenedor: OMCU4827193, 20' dry, 19.200 kg de miel en tambores
- Booking: OMCL-BUE-2503-1188
- Contacto: Federico Giménez, ${phone('+54 9 11 4387-2215')}, ${v('pii.email', 'fgimenez@coopmielentrerios.com.ar')}
- Pago: transferencia a ${v('financial.iban', g4(IBAN_DE))}`),
];
