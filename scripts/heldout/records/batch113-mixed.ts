/**
 * Held-out batch 113: several kinds of sensitive data in one paste — incident notes, stack traces,
 * service tickets, exports and test fixtures from the six workplaces of this batch. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const email = (s: string) => v('pii.email', s);
const ip = (s: string) => amb('pii.ip_address', s);
const mark = (s: string) => v('confidential.marking', s);

const XOXB = tok('xoxb-', '3928174650', '2-', '6019283746510-', fill('b113m-xoxb', B62, 24));
const SENDGRID = tok('SG.', fill('b113m-sg1', B64URL, 22), '.', fill('b113m-sg2', B64URL, 43));
const PARTNER_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'partner-healthcover', scope: 'enrol:write', iat: 1727260800 }, 'b113m-jwt');
const DD_KEY = fill('b113m-dd', HEX, 32);

export const BATCH113_MIXED: DraftRecord[] = [
  rec('incident_en_gb', f`${mark('INTERNAL ONLY')} — incident note, booking outage 21 Sept

09:12 booking site returns 502; on-call (Gareth Lloyd, ${phone('07723 918462', 'GB')}) paged
09:20 db primary ${ip('10.20.4.17')} refuses connections, replica ${ip('10.20.4.18')} healthy
09:31 someone restarted the app with the connection string in the command line:
      ${amb('source_code.snippet', f`DATABASE_URL=postgres://ferrybook:${v('credential.database_url_password', 'Skagerrak-Tide-4471')}@${ip('10.20.4.18')}:5432/ferrybook node server.js`)}
09:44 service restored; 212 vehicle bookings queued, customers e-mailed from ${email('bookings@havnelinjen.co.uk')}

Please write the customer-facing summary (no internals) and a list of follow-ups for us.`),

  rec('stacktrace_de', f`Was bedeutet dieser Fehler in unserem Servicetechniker-Portal?

${amb('source_code.snippet', f`org.postgresql.util.PSQLException: FATAL: password authentication failed for user "svcportal"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
	at com.renaltech.portal.db.Pool.init(Pool.java:48)
Caused by: configured url=jdbc:postgresql://${ip('10.31.2.9')}:5432/portal?user=svcportal&password=${v('credential.connection_string_password', 'Nephro!Wartung2024')}
	reported by: ${email('thomas.kranz@renaltech-service.de')}`)}

Der Kollege Kranz (${phone('+49 40 3928 4710')}) sagt, das Passwort wurde gestern geändert.`),

  rec('email_fr', f`De : Sylvie Garnier <${email('sylvie.garnier@wanadoo.fr')}>
Objet : Remboursement traversée annulée Calais–Douvres

Bonjour,

Ma traversée du 3 août avec mon camping-car a été annulée. J'ai payé avec la carte ${v('financial.payment_card', '4147 2093 8461 0278')} et je n'ai toujours rien reçu. Vous pouvez me joindre au ${phone('01 42 87 39 16', 'FR')}.

Cordialement,
Sylvie Garnier

→ Rédige une réponse polie qui confirme le remboursement sous 10 jours.`),

  rec('code_python', f`Pytest fixtures for the enrolment service — is it OK to keep these in the repo?

${v('source_code.snippet', f`import pytest

@pytest.fixture
def farmer():
    return {
        "name": "Wanjiru Kamau",
        "msisdn": "${phone('+254 712 482739')}",
        "email": "${email('wanjiru.kamau@gmail.com')}",
        "payout_iban": "${v('financial.iban', 'GE56TB7483920164728305')}",
        "dob": "${v('pii.date_of_birth', '1987-04-09')}",
    }

def test_enrol_sends_sms(farmer, sms_stub):
    enrol(farmer, product="maize-drought")
    assert sms_stub.last_to == farmer["msisdn"]`)}

They're copied from a real support ticket, I think.`),

  rec('csv_sw', f`Tafadhali hesabu jumla ya malipo kwa kila kaunti:

${amb('source_code.snippet', f`policy,jina,simu,tarehe_ya_kuzaliwa,kaunti,malipo_ksh
SC-10482,Achieng Otieno,${phone('+254 712 482739')},${v('pii.date_of_birth', '1982-11-03')},Kisumu,4800
SC-10483,Baraka Mwangi,${phone('+255 754 482 739')},${v('pii.date_of_birth', '1990-02-17')},Arusha,0
SC-10484,Amina Hassan,${phone('+250 788 482 739')},${v('pii.date_of_birth', '1975-06-28')},Musanze,2600`)}`),

  rec('ticket_es_es', f`Ticket SAT-2024-3318 – Monitor de diálisis reinicia en bucle

Centro: Hospital Comarcal del Bierzo, sala 2
Contacto: Enf. María José Llamas, ${phone('+34 612 849 372')}, ${email('mjllamas@hcbierzo.es')}
Equipo: nº serie 40219384, IP de servicio ${ip('192.168.12.44')}
Acceso remoto: usuario "svc", contraseña ${v('credential.password_in_prose', 'Riñon2024!Sat')}

¿Me ayudas a redactar el informe técnico para el fabricante?`),

  rec('email_it', f`Da: Ufficio tournée <${email('tournee@orchestraregionale.it')}>
A: Amministrazione

Per il contratto del primo oboe aggiunto:
Laura Castelli, C.F. ${v('pii.it_codice_fiscale', 'CSTLRA91R47H501X')}
passaporto ${v('pii.passport', 'YB4829173')} (serve per la data di Zurigo)
cell. ${phone('+39 06 4829 3716')}
IBAN ${v('financial.iban', 'IT08Y0306909606100000048291')}

Grazie — mi scrivi una mail in inglese per l'agenzia svizzera con solo i dati che servono?`),

  rec('incident_en_us', f`${mark('CONFIDENTIAL')} – Site incident report DC-PHX-2, 18 Sept

Injured worker: Luis Ortega (subcontractor, Desert Steel), DOB ${v('pii.date_of_birth', '02/14/1991')}, cell ${phone('(646) 823-4179', 'US')}
Emergency contact: ${phone('+1 312 748 2916')}
What happened: fell 2 m from a mobile scaffold in data hall B. Camera NVR at ${ip('10.44.8.12')} has the footage 14:31–14:40.
Reported to: ${email('ehs-lead@dcbuild-phx.com')}

Please write the OSHA 301-style narrative, factual, past tense.`),

  rec('complaint_hr', f`Pritužba br. 2024/1477

Potrošač: Ivana Babić, ${phone('+385 91 482 7391')}, ${email('ivana.babic@net.hr')}
Iznos za povrat: 1.240,00 EUR na račun ${v('financial.iban', 'HR2223600001102847391')}
Opis: osiguravatelj je naplatio godišnju premiju zdravstvenog osiguranja iako je polica otkazana u roku od 14 dana.

Napiši službeni dopis osiguravatelju.`),

  rec('slack_export_lt', f`Iš Slack eksporto — kodėl botas nebeatsako? Ar čia kas nors jautraus?

${amb('source_code.snippet', f`{
  "channel": "skundai-bot",
  "messages": [
    {"user": "U04K2M9", "text": "bot token rotated? old one: ${v('credential.slack_bot_token', XOXB)}"},
    {"user": "U05P8R1", "text": "skundą pateikė ${email('ruta.petraitiene@gmail.com')}, tel. ${phone('+370 612 83947')}"}
  ]
}`)}`),

  rec('ticket_uk', f`Звернення №58213 — подвійне списання за квиток на пором Одеса–Стамбул

Клієнт: Олег Ткаченко, ${phone('+380 67 482 9173')}, ${email('oleh.tkachenko@ukr.net')}
Картка (зі скріншота клієнта): ${v('financial.payment_card', '5109 2384 7610 2939')}
У системі: **** 2939, два платежі по 3 840 грн, 14.09

Напиши відповідь клієнту українською і внутрішню нотатку для бухгалтерії.`),

  rec('chat_az', f`Salam, Bakı–Türkmənbaşı bərəsi üçün sərnişin siyahısını ingiliscəyə çevir:
1. Rəşad Məmmədov, pasport ${v('pii.passport', 'C04829173')}, tel. ${phone('+994 50 482 73 91')}
2. Leyla Məmmədova, doğum tarixi ${v('pii.date_of_birth', '17.08.1994')}
Yük maşını: 16 m, nömrə 10-RT-482`),

  rec('email_hy', f`Թեմա՝ Երևանյան համերգի հյուր մենակատար

Բարև, Անի,
Ուղարկում եմ ջութակահար Արամ Սարգսյանի տվյալները ավիատոմսերի համար. անձնագիր ${v('pii.passport', 'AM4829173')}, հեռ. ${phone('+374 91 482736')}, էլ. փոստ ${email('aram.sargsyan@mail.am')}.

Խնդրում եմ թարգմանիր անգլերեն։`),

  rec('hr_note_da', f`${mark('FORTROLIGT')} – personalesag

Servicetekniker Mads Kjær (${phone('+45 28 47 39 16')}, ${email('mads.kjaer@nefroservice.dk')}) har bedt om at få løn udbetalt til ny konto ${v('financial.iban', 'DK6430004071938265')} fra december. Han er sygemeldt fra 4. november.

Skriv en kort bekræftelse til ham uden at nævne sygemeldingen.`),

  rec('api_log_en_in', f`Partner API log from the health cover enrolment — why does it say duplicate?

${amb('source_code.snippet', f`POST /v1/enrol HTTP/1.1
Host: api.bimasetu-partner.in
Authorization: Bearer ${v('credential.jwt', PARTNER_JWT)}
Content-Type: application/json

{"name":"Lakshmi Narayanan","aadhaar":"${v('pii.in_aadhaar', '739201846526')}","mobile":"${phone('+91 44 2839 4716')}","plan":"family-basic"}

HTTP/1.1 409 Conflict
{"error":"DUPLICATE_ENROLMENT","existing_policy":"HC-2024-0048291"}`)}`),

  rec('complaint_zh_tw', f`消費者申訴案件 #TW-2024-0913

申訴人：黃美玲，電話 ${phone('+886 912 483 726')}，電郵 ${email('meiling.huang@gmail.com')}
申訴內容：電話行銷的手機保險在未同意下自動續約，信用卡 ${v('financial.payment_card', '3568 2017 4839 2562')} 被扣款 NT$1,290。

請幫我寫一封給保險公司的正式函件，要求 14 日內退款並說明。`),

  rec('config_ka', f`გამარჯობა, ჩვენი მონიტორინგის კონფიგურაცია დატა-ცენტრის სამშენებლო მოედანზე. რატომ არ იგზავნება ალერტები?

${amb('source_code.snippet', f`datadog:
  api_key: ${v('credential.datadog_api_key', DD_KEY)}
  site: datadoghq.eu
alerts:
  email_provider: sendgrid
  sendgrid_key: ${v('credential.sendgrid_api_key', SENDGRID)}
  recipients:
    - ${email('giorgi.beridze@dcbuild-tbilisi.ge')}
  sms_fallback: "${phone('+995 599 48 27 31')}"
sensors:
  - name: crane-anemometer-1
    host: ${ip('10.60.1.21')}`)}`),

  rec('chat_bn_en', f`Crop cover claim from Rangpur — Abdul Karim, NID ${ambCat('pii', '1987482917365')}, mobile ${phone('+880 1712-483927')}, payout to bKash. Also his son emailed from ${email('karim.rangpur.farm@gmail.com')}. Can you write the claim summary in English and a short SMS in Bangla?`),
];
