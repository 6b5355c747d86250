/**
 * Held-out batch 87: records mixing personal data, credentials, payment data, code and markings —
 * incident notes, stack traces, exports and e-mails. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const SENDGRID = tok('SG.', fill('b87m-sg1', B64URL, 22), '.', fill('b87m-sg2', B64URL, 43));
const STRIPE = tok('sk_', 'live_', '51', fill('b87m-stripe', B62, 97));
const JWT_HOST = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'host_88214', email_verified: true, role: 'host', iat: 1730793600, exp: 1730880000 }, 'b87m-jwthost');
const TW_SID = tok('AC', fill('b87m-twsid', HEX, 32));
const TW_TOKEN = fill('b87m-twtok', HEX, 32);

export const BATCH87_MIXED: DraftRecord[] = [
  rec('stack_trace', f`Payout job crashed, full trace below. What's the bug?

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/payouts/run.py", line 88, in <module>
    pay_host(host)
  File "/srv/payouts/run.py", line 61, in pay_host
    stripe.api_key = "${v('credential.stripe_secret_key', STRIPE)}"
  File "/srv/payouts/sepa.py", line 22, in validate
    raise InvalidIBAN(f"{host.email}: {host.iban}")
payouts.errors.InvalidIBAN: ${v('pii.email', 'joao.ferreira.host@sapo.pt')}: ${v('financial.iban', 'PT54307104597939699376836')}`)}`),

  rec('incident_note_en_gb', f`Write this up as a Datix incident report please:

Donor milk bottle DM-44-0193 (donor: Rebecca Hollis, ${phone('07912 448 370', 'GB')}, ${v('pii.email', 'beckyhollis@btinternet.com')}) found in the NICU fridge 4 days past expiry. Given to baby Singh (NHS ${v('pii.uk_nhs_number', '449 422 7021')}, DOB ${v('pii.date_of_birth', '27/10/2024')})? — no, checked the feed chart, it wasn't given. Fridge log PC was logged in as nicu_fridge with password ${v('credential.password_in_prose', 'Fridge4Cold!')} on a sticky note, which is how I got in.`),

  rec('email_es_co', f`Asunto: Pedido de repuestos urgente – pala hidráulica mina El Cerrejón

Buenos días Andrés,

Confirmo el pedido PO-2024-5518 (kit de sellos y cilindro de levante). Pagamos con la tarjeta corporativa ${v('financial.payment_card', '5533 4022 3999 8605')}, vence 10/26. Cualquier duda al ${phone('+57 310 482 7719')} o a ${v('pii.email', 'compras.mina@carbonorte.com.co')}.

Para el portal de seguimiento: usuario carbonorte_compras, clave ${v('credential.password_in_prose', 'Carbon-Norte#2024')}.

Saludos,
Natalia Ríos`),

  rec('cad_export', f`CAD export for the coroner's request — can you reformat as a timeline? Marked as required.

${v('confidential.marking', 'RESTRICTED')} – prepared for HM Coroner

${amb('source_code.snippet', f`inc_id,time,event,caller_name,caller_phone,unit,note
INC-24-88412,21:04:11,CALL_RECEIVED,Daniel Morgan,${phone('+44 7825 613 904')},,
INC-24-88412,21:05:02,DISPATCHED,,,AMB-14,
INC-24-88412,21:19:40,ON_SCENE,,,AMB-14,patient DOB ${v('pii.date_of_birth', '1948-02-09')}
INC-24-88412,21:41:15,CONVEYED,,,AMB-14,Royal Infirmary`)}`),

  rec('config_dump', f`The reading-room booking app sends mails with the wrong sender. Config + a failing log line:

${amb('source_code.snippet', f`MAIL_FROM=${v('pii.email', 'leesaal@rahvusarhiiv.ee')}
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
ADMIN_CONTACT=${v('pii.email', 'kadri.tamm@rahvusarhiiv.ee')}`)}

2024-11-05 09:12:44 ERROR mail: 403 Forbidden (sender identity not verified) to=${v('pii.email', 'mart.kask@ut.ee')}`),

  rec('chat_en_gh', f`Help me reply to this farmer's complaint. He says the premium wasn't paid:

"My name is Kofi Asare, cooperative no. F-00927, Sefwi Bekwai. Phone ${phone('0244 178 832', 'GH')}. I delivered 14 bags in October. The MoMo wallet is my wife's, Ama Asare, ${phone('+233 20 518 4410')}. I have not received the Fairtrade premium."

Also, our MoMo collection API user is coopmomo_prod and the API key is ${v('credential.generic_secret_assignment', fill('b87m-momo', HEX, 32))} if you need to write the reconciliation query.`),

  rec('support_ticket_de', f`Ticket #TS-77120 – Fahrerverifizierung fehlgeschlagen

Kunde: Jonas Becker, geb. ${v('pii.date_of_birth', '09.05.1990')}
E-Mail: ${v('pii.email', 'jonas.becker90@web.de')}
Führerschein-Nr.: ${ambCat('pii', 'J4R3K81TX52')}
Personalausweis-Nr.: ${ambCat('pii', 'T7K2M9R41')}
Zahlung: Visa ${v('financial.payment_card', '4659 7716 4341 7076')}
Session-Token aus dem Log: ${v('credential.jwt', JWT_HOST)}

Bitte fasse zusammen, warum die Prüfung fehlschlägt, und entferne die sensiblen Daten aus der Antwort.`),

  rec('meeting_notes_sw', f`Muhtasari wa mkutano – Kituo cha Dharura cha Mombasa, 4 Nov

- Mfumo wa CAD ulizimika kwa dakika 12 saa 2 usiku.
- Mpiga simu Halima Said (${phone('+254 722 418 906')}) alisubiri dakika 9.
- Nenosiri la kompyuta ya akiba: ${v('credential.password_in_prose', 'Pwani-Dharura!77')} — libadilishwe leo.
- Twilio SID ${v('credential.twilio_account_sid', TW_SID)} na token ${v('credential.twilio_auth_token', TW_TOKEN)} zitumike kwa SMS za tahadhari.

Tafadhali andika hii kwa Kiingereza.`),

  rec('csv_fr_be', f`Peux-tu fusionner ces deux exports (hôtes et paiements) par host_id ?

${amb('source_code.snippet', f`host_id;nom;email;telephone;iban
H-31002;Nathalie Dubois;${v('pii.email', 'nathalie.dubois@skynet.be')};${phone('+32 470 12 48 93')};${v('financial.iban', 'BE92432047512591')}
H-31017;Karim Benali;${v('pii.email', 'k.benali@proximus.be')};${phone('+32 485 41 82 27')};${v('financial.iban', 'FR0862521785672567247727105')}`)}`),

  rec('code_python', f`Script to send the weekly certification audit summary to buyers. Works but the attachment is empty:

${v('source_code.snippet', f`import smtplib, ssl
from email.message import EmailMessage

SMTP_USER = "${v('pii.email', 'audits@coopcacao-ci.org')}"
SMTP_PASS = "${v('credential.password_assignment', 'Soubre*Audit2024')}"
BUYERS = ["${v('pii.email', 'sourcing@chocoladefabriek-zaan.nl')}", "${v('pii.email', 'm.keller@kakaohandel.ch')}"]

def send(pdf_path):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, ", ".join(BUYERS), "Audit summary"
    with open(pdf_path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="application", subtype="pdf", filename="audit.pdf")
        fh.seek(0)
    with smtplib.SMTP_SSL("smtp.coopcacao-ci.org", 465, context=ssl.create_default_context()) as s:
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)`)}`),

  rec('chat_lo', f`ກະລຸນາແປເປັນພາສາອັງກິດ: "ຜູ້ຂັບລົດ ທ້າວ ສົມພອນ ວົງສາ, ເບີໂທ ${phone('+856 20 5541 8823')}, ອີເມວ ${v('pii.email', 'somphone.v@laotel.com')}, ບັດ Visa ${v('financial.payment_card', '4873 3980 9960 2')} ຖືກຕັດເງິນສອງເທື່ອ."`),

  rec('email_sv', f`Ämne: ${v('confidential.marking', 'KONFIDENTIELLT')} – tillgång till slutna arkivhandlingar

Hej,
Forskaren Per Lindgren (${v('pii.email', 'per.lindgren@historia.uu.se')}, ${phone('070-318 44 12', 'SE')}) har fått dispens för serie F 4:12. Konto i läsesalssystemet: plindgren, tillfälligt lösenord ${v('credential.password_in_prose', 'Gotland-Arkiv!28')}.

Kan du skriva ett standardbrev för sådana dispenser?`),

  rec('log_tail', f`Milk bank app log after the deploy, what's going on?

${amb('source_code.snippet', f`2024-11-06T07:02:11Z INFO  donor.sync start
2024-11-06T07:02:12Z WARN  donor.sync duplicate donor email=${v('pii.email', 'priya.nair.mum@gmail.com')} phone=${phone('+44 7480 418227')} dob=${v('pii.date_of_birth', '1990-01-23')}
2024-11-06T07:02:12Z ERROR db connect failed: postgresql://milkbank:${v('credential.database_url_password', 'Pasteur-Holder62')}@${amb('pii.ip_address', '10.12.4.21')}/donors (timeout)
2024-11-06T07:02:13Z INFO  retry 1/5 from ${amb('pii.ip_address', '10.12.9.3')}`)}`),

  rec('chat_hy', f`Խնդրում եմ թարգմանել անգլերեն. «Լեռնահանքային տեխնիկայի պահեստամասերի պատվեր. հաճախորդ՝ Արամ Պետրոսյան, հեռ. ${phone('+374 91 482330')}, էլ. փոստ ${v('pii.email', 'aram.petrosyan@mail.am')}։ Վճարումը՝ IBAN չէ, քարտով՝ ${v('financial.payment_card', '5245 3510 7460 9364')}։»`),

  rec('chat_cs', f`Prosím, udělej z toho stručný zápis pro vedení:

Dispečink ZZS, noční směna 5. 11.: volající Petra Dvořáková, tel. ${phone('731 482 096', 'CZ')}, hlásila dopravní nehodu na D1 km 112. Zraněný řidič, nar. ${v('pii.date_of_birth', '17. 3. 1975')}. Záznam hovoru uložen na ${amb('pii.ip_address', '172.16.8.40')}.`),
];
