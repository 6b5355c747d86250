/**
 * Held-out batch 100: records mixing categories — stack traces with secrets, incident notes,
 * exports with contacts and bank details, fixtures with personal data. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const grp = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');
const card = (payload: string): string => payload + String(luhnCheckDigit(payload));

const IE = iban('IE', 'AIBK93115212345678');
const DK = iban('DK', '30000012847395');
const NO = iban('NO', '86011117947');
const LV = iban('LV', 'HABA0551028374619');
const SI = iban('SI', '191000000123438');
const KZ = iban('KZ', '125KZT5004100100');
const UA = iban('UA', '3052990000026007233566001');
const AZ = iban('AZ', 'NABZ00000000137010001944');
const IL = iban('IL', '0108000000099999999');
const CZ = iban('CZ', '08000000192000145399');
const SK = iban('SK', '09000000000123456789');
const IT = iban('IT', 'X0542811101000000123456');
const VISA = card('414720583019246');
const STRIPE = tok('sk_', 'live_', '51', fill('b100m-stripe', B62, 97));
const SLACK_BOT = tok('xoxb-', '6620418375', '2-', '8120394857102-', fill('b100m-xoxb', B62, 24));
const OPENAI = tok('sk-proj-', fill('b100m-oai', B64URL, 156));
const TWILIO_SID = tok('AC', fill('b100m-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b100m-twtok', HEX, 32);

export const BATCH100_MIXED: DraftRecord[] = [
  rec('stack_trace', f`Production error in the FX kiosk payment service, can you explain?

${amb('source_code.snippet', f`stripe.error.AuthenticationError: Invalid API Key provided: ${v('credential.stripe_secret_key', STRIPE)}
  File "/srv/kiosk/payments.py", line 88, in charge
    intent = stripe.PaymentIntent.create(amount=amount, currency="eur", customer=cust_id)
  File "/srv/kiosk/handlers.py", line 41, in post
    charge(req.json["amount"], req.json["customer"])
request_id=req_7fK2pQ customer_email=${v('pii.email', 'sean.oconnell@eircom.net')} remote_addr=${amb('pii.ip_address', '86.44.201.17')}`)}`),

  rec('email', f`Subject: Refund – exchange transaction #FX-IE-20918

Hi,
I exchanged €2,000 into USD at your Dublin Airport counter on 14 Nov, but was charged twice on my card ${v('financial.payment_card', grp(VISA))}. Please refund the duplicate to my card or to my account ${v('financial.iban', grp(IE))}.
You can reach me on ${phone('+353 86 417 2930')} or ${v('pii.email', 'cathal.breen@gmail.com')}.
Regards,
Cathal Breen`),

  rec('incident', f`Hændelsesrapport – royalty-portal, 18/11

09:40 En kunstner (Mads Kjærgaard, ${v('pii.email', 'mads@kjaergaardmusik.dk')}, tlf. ${phone('+45 28 41 73 90')}) meldte, at han kunne se en anden kunstners afregning.
10:05 Bekræftet: cachen returnerede forkert payee_id. Berørt payee havde kontonummer ${v('financial.iban', DK)} synligt i PDF'en.
10:30 Cache tømt, fejl rettet. Slack-bot token roteret (gammel: ${v('credential.slack_bot_token', SLACK_BOT)}).
Skriv en kort kundeorienteret undskyldning på dansk.`),

  rec('csv', f`Slå sammen disse to eksportfilene (royalty-utbetalinger Norden/Baltikum) og finn duplikater:

navn;epost;konto;beløp
Sigrid Nygård;${v('pii.email', 'sigrid.nygard@gmail.com')};${v('financial.iban', NO)};12 480,00
Jānis Bērziņš;${v('pii.email', 'janis.berzins@inbox.lv')};${v('financial.iban', LV)};3 210,55
Sigrid Nygård;${v('pii.email', 'sigrid.nygard@gmail.com')};${v('financial.iban', NO)};12 480,00`),

  rec('chat', f`Naročnik osmrtnice želi vračilo: Marjeta Zupan, ${phone('+386 41 728 394')}, ${v('pii.email', 'marjeta.zupan@siol.net')}, TRR ${v('financial.iban', grp(SI))}. Oglas je bil objavljen z napačnim datumom rojstva pokojnika (pravilno: ${v('pii.date_of_birth', '12. 5. 1939')}). Napiši opravičilo.`),

  rec('chat', f`Валюта айырбастау пунктының клиенті шағым жазды: Айгерім Сейтқали, тел. ${phone('+7 701 482 1937')}, шот ${v('financial.iban', KZ)}. Ақша екі рет шешілген. Жауап хат жазып бер.`),

  rec('email', f`Тема: Гарантійний випадок — автобус А092, м. Львів

Добрий день! Водій Олег Петренко (${phone('+380 50 418 2937')}) повідомив про відмову кондиціонера. Перевізник просить компенсацію на рахунок ${v('financial.iban', UA)}. Контакт диспетчера: ${v('pii.email', 'dyspetcher@lvivtrans.com.ua')}.
Будь ласка, підготуйте відповідь англійською для заводу.`),

  rec('chat', f`Terminalda konteyner yükləmə sorğusu: sürücü Elvin Məmmədov, ${phone('+994 50 418 27 93')}, ödəniş hesabı ${v('financial.iban', AZ)}. Demurrage 4 gün. İngiliscə izah məktubu yaz.`),

  rec('code_python', f`Test fixtures for the admissions API — is it OK to keep these in the repo?

${v('source_code.snippet', f`PATIENTS = [
    {"name": "Noa Levi", "dob": "${v('pii.date_of_birth', '1994-02-11')}", "phone": "${phone('+972 52-418-2937')}", "email": "${v('pii.email', 'noa.levi.test@gmail.com')}"},
    {"name": "Yosef Mizrahi", "dob": "${v('pii.date_of_birth', '1979-09-30')}", "phone": "${phone('+972 54-728-1936')}", "refund_iban": "${v('financial.iban', IL)}"},
]

def test_create_admission(client):
    for p in PATIENTS:
        r = client.post("/admissions", json=p)
        assert r.status_code == 201`)}`),

  rec('log', f`Ve logu brány terminálu jsem našel tohle, je to problém?

${amb('source_code.snippet', f`2024-11-20 06:12:44,118 ERROR [gate-ocr] POST https://tos.internal/api/gate/transactions failed 500
  payload={"truck":"4A1 7720","driver_phone":"${phone('+420 603 418 297')}","haulier_iban":"${v('financial.iban', CZ)}","operator":"${v('pii.email', 'dispecink@kontejnery-praha.cz')}"}
  client=${amb('pii.ip_address', '172.16.30.14')}`)}`),

  rec('chat', f`Môžeš mi zhrnúť túto reklamáciu? Dopravca: Slovbus s.r.o., kontakt Peter Horváth, ${phone('+421 905 418 273')}, ${v('pii.email', 'horvath@slovbus.sk')}. Náhrada za výmenu turbodúchadla na účet ${v('financial.iban', grp(SK))}. Podľa nás je poškodenie spôsobené zlou údržbou.`),

  rec('env_file', f`Config del servizio che invia SMS ai familiari dei necrologi, e il file con i dati del primo cliente (scusa, li ho incollati insieme):

${amb('source_code.snippet', f`TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_TOKEN)}
OPENAI_API_KEY=${v('credential.openai_api_key', OPENAI)}`)}

cliente: Giuseppina Russo, tel ${phone('+39 333 418 2971')}, IBAN ${v('financial.iban', IT)}, email ${v('pii.email', 'g.russo1958@libero.it')}`),

  rec('ticket', f`Ticket ADM-3321 (admissions IT)
Reporter: night nurse, ward Oak
Issue: the bed board shows the wrong patient. Patient shown: Lerato Dlamini, DOB ${v('pii.date_of_birth', '06/03/1988')}, cell ${phone('+27 73 418 2096')}. Correct patient in bed 4 is someone else.
Workstation ${amb('pii.ip_address', '10.8.2.115')}, user adm_night2, password typed on the sticky note: ${v('credential.password_in_prose', 'Oak-Ward-2024!')} (I know, I'll change it).
Please write the incident description for the DPO.`),

  rec('chat', f`Lingala/French mix, please translate to English for the label: "Mondimi Koffi Mbemba, téléphone ${phone('+243 81 418 2937')}, email ${v('pii.email', 'koffi.mbemba@gmail.com')}, azali kozela mbongo ya royalties ya sanza zomi. Compte: Rawbank, titulaire K. Mbemba."`),

  rec('chat', f`Nimepokea barua hii kutoka kwa familia ya marehemu kwa ajili ya tangazo la kifo: "Marehemu Mzee Juma Hamisi, alizaliwa ${v('pii.date_of_birth', '1 Januari 1942')}, mawasiliano ${phone('+255 754 418 293')}, ${v('pii.email', 'familia.hamisi@gmail.com')}." Iboreshe kwa Kiswahili sanifu.`),

  rec('chat', f`Müşteri şikayeti (döviz bürosu, İzmir): Zeynep Aksoy, ${phone('+90 535 418 27 93')}, ${v('pii.email', 'zeynep.aksoy@gmail.com')}, doğum tarihi ${v('pii.date_of_birth', '14.09.1991')}. Kimlik fotokopisi alınmadan 3.000 EUR bozdurulmuş. MASAK bildirimi gerekiyor mu?`),
];
