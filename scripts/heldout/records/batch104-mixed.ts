/**
 * Held-out batch 104: records mixing categories — stack traces with customer data, incident notes
 * with credentials, exports with e-mails and IBANs, marked memos with personal data. Hand-written.
 */
import { luhnCheckDigit, ibanCheckDigits } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

function card(payload: string, sep = ''): string {
  const d = payload + String(luhnCheckDigit(payload));
  return sep ? (d.match(/.{1,4}/g) ?? []).join(sep) : d;
}
function iban(country: string, bban: string, spaced = true): string {
  const s = country + ibanCheckDigits(country, bban) + bban;
  return spaced ? (s.match(/.{1,4}/g) ?? []).join(' ') : s;
}

export const BATCH104_MIXED: DraftRecord[] = [
  rec('stacktrace', f`The refund service crashed overnight, can you tell me what's going on?

${amb('source_code.snippet', f`2026-12-05 02:14:07,318 ERROR [refund-worker-3] c.r.t.refund.RefundProcessor - Refund failed for booking BK-7730192
com.railco.ticketing.refund.GatewayException: card_declined (do_not_honor) pan=${v('financial.payment_card', card('402400718236451'))} email=${v('pii.email', 'marek.dvorak@seznam.cz')}
	at com.railco.ticketing.refund.StripeGateway.refund(StripeGateway.java:142)
	at com.railco.ticketing.refund.RefundProcessor.process(RefundProcessor.java:88)
	at com.railco.ticketing.refund.RefundWorker.run(RefundWorker.java:51)
Caused by: com.stripe.exception.CardException: Your card was declined.
	at com.stripe.net.LiveStripeResponseGetter.handleApiError(LiveStripeResponseGetter.java:213)`)}

Also: why is the full PAN in the log at all?`),

  rec('incident_notes_en_nz', f`Post-incident notes — patient portal outage, Wed 3 Dec (Auckland + Wellington clinics). Please tidy into a proper PIR.

- 09:05 portal 502s, nginx upstream timed out (${amb('pii.ip_address', '10.60.2.14')}:8443)
- 09:20 Hemi restarted app pods; DB connection pool exhausted
- 09:40 found the app was using the old DB password after rotation; hot-fixed DB_PASSWORD=${v('credential.password_assignment', 'Kowhai!Derm2026')} in the deployment (yes, in plain text, to be fixed)
- 10:15 service restored; 214 appointment reminders delayed
- Affected patient who complained: Mere Parata, ${phone('021 483 902', 'NZ')}, ${v('pii.email', 'mere.parata@gmail.com')}`),

  rec('export_csv_royalty', f`Can you total the payments per country from this royalty export and flag anything odd?

payee,email,country,iban,amount_eur
Lena Vogel,${v('pii.email', 'lena.vogel@posteo.de')},DE,${v('financial.iban', iban('DE', '500105175407324931', false))},2140.55
Matteo Ricci,${v('pii.email', 'm.ricci.illustra@gmail.com')},IT,${v('financial.iban', iban('IT', 'R0306909606100000063218', false))},980.00
Sofie Janssens,${v('pii.email', 'sofie.janssens@telenet.be')},BE,${v('financial.iban', iban('BE', '539007547034', false))},1575.20
Ana Kovač,${v('pii.email', 'ana.kovac.pise@gmail.com')},SI,${v('financial.iban', iban('SI', '263300012039086', false))},-45.00`),

  rec('mail_housing_de', f`Betreff: Wohnungszusage Familie Alhassan – ${v('confidential.marking', 'vertraulich')}

Sehr geehrte Frau Pichler,

wir bestätigen die Wohnung in der Kaiserstraße 12, 1070 Wien, für Familie Alhassan (5 Personen). Ansprechpartner ist Herr Omar Alhassan, geb. ${v('pii.date_of_birth', '02.02.1981')}, Tel. ${phone('0660 4821937', 'AT')}.
Die Kaution von 2.400 € überweisen wir auf Ihr Konto ${v('financial.iban', iban('AT', '6120111829123456'))}.

Können Sie das bitte für die Akte auf Englisch zusammenfassen?`),

  rec('trade_ticket_en_in', f`Ticket TS-44821 — P1 — Drop copy from broker not arriving

Reporter: Arjun Mehta (${v('pii.email', 'arjun.mehta@blackwater-cap.com')}, ${phone('+91 98201 47352')})
Notes: FIX drop copy session DC_PBX2 disconnects every 30 min. Broker says our logon uses the old password. Current one from the runbook: Password=${v('credential.password_assignment', 'Dr0pC0py!Dec26')}
Broker gateway: ${amb('pii.ip_address', '198.51.100.23')}:9443

Can you write the email to the broker's onboarding team asking them to confirm credentials?`),

  rec('chat_es_mixed', f`Hola, tengo que mandar al proveedor de análisis de muestras de la mina la configuración y unas credenciales. ¿Está bien así o quito algo?

${amb('source_code.snippet', f`LIMS_URL=https://lims.salinas-andinas.cl/api
LIMS_USER=seguridad_mina
LIMS_PASSWORD=${v('credential.password_assignment', 'Sal!Gema2026#')}
CONTACTO=${v('pii.email', 'rodrigo.fuentes@salinas-andinas.cl')}`)}

Contacto técnico: Rodrigo Fuentes, ${phone('+56 9 6284 1937')}.`),

  rec('chat_ar_iq', f`مرحباً، عندي عائلة لاجئة من الموصل نسكنها في ستوكهولم. رب الأسرة: سالم عبد الله، تاريخ الميلاد ${v('pii.date_of_birth', '15/06/1977')}، الهاتف ${phone('+46 73 482 19 06')}، البريد ${v('pii.email', 'salem.abdullah77@gmail.com')}. وحساب المالك لدفع التأمين: ${v('financial.iban', iban('SE', '50000000058398257466'))}. اكتب لي رسالة للمالك بالسويدية من فضلك.`),

  rec('support_mail_ko', f`제목: 분실물 택배 배송비 결제 오류

안녕하세요, KTX에서 잃어버린 지갑을 택배로 받으려고 결제했는데 두 번 결제되었습니다.
이름: 박서연
연락처: ${phone('010-4829-1736', 'KR')}
이메일: ${v('pii.email', 'seoyeon.park@naver.com')}
카드번호: ${v('financial.payment_card', card('549012376401828', '-'))}
환불 부탁드립니다.

이 메일에 대한 답장 초안을 써 주세요.`),

  rec('confidential_hr_fr', f`${v('confidential.marking', 'CONFIDENTIEL – RH')}

Objet : rupture conventionnelle – agent de sécurité, mine de sel de Varangéville
Salarié : Julien Marchal, né le ${v('pii.date_of_birth', '30/09/1984')}
N° SS : ${v('pii.fr_nir', '1 84 09 54 547 018 ' + String(97n - (BigInt('1840954547018') % 97n)).padStart(2, '0'))}
Indemnité proposée : 14 200 €

Peux-tu relire la lettre et vérifier le ton ?`),

  rec('webhook_error_en_us', f`Our arrival-alert integration throws this — any idea?

${amb('source_code.snippet', f`POST /hooks/arrivals HTTP/1.1
Host: housing-api.resettle.org
Authorization: Bearer ${v('credential.jwt', jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'caseworker-112', org: 'resettle-pdx', iat: 1796544000 }, 'b104-mx-jwt'))}
Content-Type: application/json

{"case":"RA-26-1044","family":"Habimana","arrival":"2026-12-11T16:40:00-08:00","contact":"${v('pii.email', 'jp.habimana@gmail.com')}","phone":"${v('pii.phone', '+1 503 482 7719')}"}`)}

Response: 422 {"error":"arrival must be in UTC"}`),

  rec('chat_sl', f`Živjo, v skupnem dokumentu za pravice smo pozabili odstraniti osebne podatke. Preveri, kaj moram zbrisati:
Prevajalka: Maja Kranjc, ${v('pii.email', 'maja.kranjc@siol.net')}, ${phone('041 482 193', 'SI')}
Račun: ${v('financial.iban', iban('SI', '561910000012345'))}
Dostop do portala: maja.kranjc / ${v('credential.user_password_pair', 'Prevod2026!')}`),

  rec('mixed_log_tg', f`May kakaibang error sa clinic booking system, pakitingnan:

${amb('source_code.snippet', f`[2026-12-06 14:22:19] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '${v('pii.email', 'maricel.delacruz@yahoo.com')}' for key 'patients_email_unique' (SQL: insert into patients (name, email, mobile, birthdate) values (Maricel Dela Cruz, ${v('pii.email', 'maricel.delacruz@yahoo.com')}, ${v('pii.phone', '+63 917 482 3916')}, ${v('pii.date_of_birth', '1993-05-08')}))`)}`),

  rec('slack_export', f`Summarise this Slack thread for the trade support handover:

[07:02] Oluwaseun: morning, 12 breaks vs PB overnight, mostly the new ISIN mapping
[07:05] Oluwaseun: fyi the recon bot token is ${v('credential.slack_bot_token', tok('xoxb-', '5820394716', '3-', '8830192746512-', fill('b104-mx-xoxb', B62, 24)))} if you need to restart it
[07:09] Ciara: thanks. PB contact today is Dan — ${phone('+44 20 3318 4472')}
[07:15] Ciara: escalated TRD-88219 to middle office`),

  rec('api_key_with_pii_pt', f`Bom dia, o nosso sistema de perdidos e achados da CP envia emails com esta configuração. Podes verificar se está tudo bem?

${amb('source_code.snippet', f`mail:
  provider: sendgrid
  api_key: ${v('credential.sendgrid_api_key', tok('SG.', fill('b104-mx-sg1', B64URL, 22), '.', fill('b104-mx-sg2', B64URL, 43)))}
  from: ${v('pii.email', 'achados@cp-ops.pt')}
  reply_to: ${v('pii.email', 'ines.carvalho@cp-ops.pt')}
  smtp_fallback: ${amb('pii.ip_address', '10.12.4.30')}`)}`),

  rec('mixed_ro', f`Bună, te rog să rezumi această notă pentru dosar:
Pacient: Andreea Popescu, născută la ${v('pii.date_of_birth', '12.11.1990')}, tel. ${phone('0722 483 196', 'RO')}
Diagnostic: dermatită atopică, tratament cu dupilumab
Plata: card ${v('financial.payment_card', card('552341098271634', ' '))}, 850 lei
Cheia de acces la portalul de rezultate trimisă pacientei: ${v('credential.generic_secret_assignment', fill('b104-mx-portal', HEX, 16))}`),
];
