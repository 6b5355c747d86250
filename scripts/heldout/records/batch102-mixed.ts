/**
 * Held-out batch 102: records mixing several kinds of sensitive data (incident notes, stack traces,
 * exports, fixtures) from the batch's six workplaces. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, fill, gh, tok } from '../tokens';

const card = (p: string): string => p + String(luhnCheckDigit(p));
const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const SG = tok('SG.', fill('b102-mx-sg1', B62, 22), '.', fill('b102-mx-sg2', B62, 43));
const GHP = gh('ghp', fill('b102-mx-ghp', B62, 30));
const XOXB = tok('xoxb-', '5829301746', '2-', '5830192847561-', fill('b102-mx-xoxb', B62, 24));
const STRIPE = tok('sk_live_', '51Pz', fill('b102-mx-sk', B62, 95));

export const BATCH102_MIXED: DraftRecord[] = [
  rec('stacktrace_java', f`Booking confirmation mails fail for some passengers, trace below:

${amb('source_code.snippet', f`2024-12-02 18:04:51,337 ERROR [mail-worker-3] c.s.booking.mail.ConfirmationSender - send failed for booking KRK-88213
javax.mail.SendFailedException: Invalid Addresses;
  nested exception is: com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <${v('pii.email', 'ingrid.solheim@online.no')}>: Recipient address rejected
	at com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)
	at com.skerrylink.booking.mail.ConfirmationSender.send(ConfirmationSender.java:88)
	at com.skerrylink.booking.mail.MailWorker.run(MailWorker.java:41)`)}

Passenger's mobile from the booking is ${phone('+47 412 83 906')}, should we SMS her instead?`),

  rec('incident_en', f`Incident note (draft) — please make it readable for management:

14:02 community mod reported that a GitHub token was posted in #modding-help by a contractor: ${v('credential.github_pat', GHP)}
14:09 token revoked by Ola (DevOps). Audit log shows clone of lanternfish/tidepool-assets from ${amb('pii.ip_address', '185.244.31.77')} at 13:58.
14:20 contractor contacted at ${v('pii.email', 'tomas.hruby.dev@seznam.cz')} / ${phone('+420 602 483 716')}
Open: check whether assets were redistributed.`),

  rec('csv_tax_clients', f`Convert to a mail-merge list, one line per client, and drop the IBAN column:

client_id,name,email,phone,country,refund_iban
EX-3012,Ana Vuković,${v('pii.email', 'ana.vukovic@gmail.com')},${phone('+385 91 482 7193')},HR,${v('financial.iban', iban('HR', '24840081105938271'))}
EX-3017,Kofi Mensah,${v('pii.email', 'kofi.mensah.uk@outlook.com')},${phone('+44 7834 219584')},GB,${v('financial.iban', iban('GB', 'NWBK60161331926819'))}
EX-3021,Lea Bauer,${v('pii.email', 'lea.bauer@web.de')},${phone('+49 171 4827193')},DE,${v('financial.iban', iban('DE', '500105175407324931'))}`),

  rec('fixture_py', f`Is it OK to keep this test fixture in the repo? It's from a real member I think.

${v('source_code.snippet', f`MEMBER_FIXTURE = {
    "member_id": "ZOO-LJ-20981",
    "name": "Matej Zupančič",
    "email": "${v('pii.email', 'matej.zupancic@siol.net')}",
    "phone": "${phone('+386 41 482 719')}",
    "card": "${v('financial.payment_card', card('453917284061573'))}",
    "plan": "family",
}

def test_renewal_price(member=MEMBER_FIXTURE):
    assert renewal_price(member, year=2025) == Decimal("119.00")`)}`),

  rec('support_mail_es_pe', f`Asunto: Cobro duplicado membresía zoológico

Estimados,
Me cobraron dos veces la membresía familiar (S/ 240) en mi tarjeta ${v('financial.payment_card', card('455788102936481').replace(/(\d{4})(?=\d)/g, '$1 '))}. Mi número de socio es PQ-7712. Pueden llamarme al ${phone('987 412 365', 'PE')} o escribirme a ${v('pii.email', 'lucia.quispe.h@gmail.com')}.
Atentamente, Lucía Quispe Huamán

— Ayúdame a responder en español formal, por favor.`),

  rec('ops_config_da', f`Vores booking-worker sender ikke mails efter flytningen. Her er docker-compose (jeg ved godt, at der står hemmeligheder i):

${amb('source_code.snippet', f`services:
  booking-worker:
    image: registry.faergelinjen.dk/booking-worker:2.8.1
    environment:
      SENDGRID_API_KEY: "${v('credential.sendgrid_api_key', SG)}"
      SLACK_BOT_TOKEN: "${v('credential.slack_bot_token', XOXB)}"
      OPS_CONTACT: "${v('pii.email', 'drift@faergelinjen.dk')}"
      DB_HOST: ${amb('pii.ip_address', '172.18.0.5')}`)}`),

  rec('call_notes_ml', f`രോഗിയുമായുള്ള ഫോൺ കോളിന്റെ കുറിപ്പുകൾ ഇംഗ്ലീഷിലേക്ക് വിവർത്തനം ചെയ്യാമോ?
പേര്: ജോസഫ് വർഗീസ്, ജനനത്തീയതി ${v('pii.date_of_birth', '15/03/1964')}
ഫോൺ: ${phone('+91 94470 18263')}
CPAP മാസ്ക് ചോർച്ച, രാത്രി 3 തവണ ഉണരുന്നു. ഇൻഷുറൻസ് ഇമെയിൽ: ${v('pii.email', 'joseph.varghese64@gmail.com')}`),

  rec('payment_json_hu', f`Miért utasítja el a fizetési szolgáltató ezt a kérést? Tagsági díj, állatkert:

${amb('source_code.snippet', f`POST /v1/payments HTTP/1.1
Host: api.payment-gw.example
Authorization: Bearer ${v('credential.stripe_secret_key', STRIPE)}
Content-Type: application/json

{"amount": 2490000, "currency": "HUF", "card": {"number": "${v('financial.payment_card', card('516840293817265'))}", "exp": "03/27"}, "customer_email": "${v('pii.email', 'kovacs.eszter@freemail.hu')}"}`)}`),

  rec('handover_bn', f`অনুগ্রহ করে এই হ্যান্ডওভার নোটটি ইংরেজিতে লিখে দিন:
ফেরি টিকিট অফিস, রাতের শিফট। যাত্রী রফিকুল ইসলাম (${phone('01712-482719', 'BD')}) তার ব্যাগ হারিয়েছেন, ইমেইল ${v('pii.email', 'rafiqul.islam.bd@gmail.com')}। বুকিং রেফ DHK-BRS-4471। সকালে ফোন করতে হবে।`),

  rec('vendor_mail_cs', f`Předmět: Změna bankovního spojení — dodavatel krmiva

Dobrý den,
od 1. 1. 2025 prosím hraďte faktury za krmivo pro zoo na nový účet ${v('financial.iban', iban('CZ', '08000000192000145399'))}. Kontakt pro fakturaci: ${v('pii.email', 'fakturace@krmiva-morava.cz')}, tel. ${phone('+420 731 482 719')}.
S pozdravem, Jana Dvořáková

— Není to podvodný e-mail? Jak to ověřit?`),

  rec('expat_intake_tg', f`Лутфан ин маълумотро ба забони англисӣ тарҷума кунед:
Мизоҷ: Фарҳод Раҳимов, таваллуд ${v('pii.date_of_birth', '02.09.1986')}
Телефон: ${phone('+992 93 482 7193')}
Почта: ${v('pii.email', 'farhod.rahimov86@mail.ru')}
Дар Русия кор мекунад, мехоҳад андози даромадро дар Тоҷикистон баргардонад.`),

  rec('kiosk_log_sk', f`Prečo kiosk v prístave padá? Log:

${amb('source_code.snippet', f`[2024-12-04 06:12:03] INFO  kiosk-07 boot ok ip=${amb('pii.ip_address', '192.168.40.17')}
[2024-12-04 06:15:41] ERROR payment terminal timeout, card=****6615 booking=KMR-2291
[2024-12-04 06:15:42] WARN  fallback to manual, operator=${v('pii.email', 'peter.balaz@lodna-doprava.sk')}`)}`),

  rec('mixed_yo', f`Ẹ jọ̀ọ́, ẹ bá mi kọ lẹ́tà sí ọmọ ẹgbẹ́ zoo yìí ní èdè Gẹ̀ẹ́sì:
Orúkọ: Adébáyọ̀ Ọlátúnjí
Fóònù: ${phone('0803 918 2736', 'NG')}
Ímeèlì: ${v('pii.email', 'adebayo.olatunji@yahoo.com')}
Ó sanwó ọmọ ẹgbẹ́ pẹ̀lú káàdì ${v('financial.payment_card', card('539983104726518'))} ṣùgbọ́n kò rí káàdì ọmọ ẹgbẹ́ gbà.`),

  rec('sheet_ka_ru', f`Помоги составить письмо-напоминание клиентам по списку (Тбилиси, налоговая консультация):
Гиорги Беридзе — ${v('pii.email', 'g.beridze@gmail.com')} — ${phone('+995 599 48 27 19')}
Нино Капанадзе — ${v('pii.email', 'nino.kapanadze@yahoo.com')} — ${phone('+995 577 18 29 36')}
Оплата на счёт: ${v('financial.iban', iban('GE', 'TB7482910384756102'))}`),

  rec('welcome_zu', f`Ngicela ungibhalele incwadi yokwamukela ilungu elisha le-zoo:
Igama: Thandiwe Dlamini
Ucingo: ${phone('082 482 7193', 'ZA')}
I-imeyili: ${v('pii.email', 'thandiwe.dlamini@webmail.co.za')}
Usuku lokuzalwa: ${v('pii.date_of_birth', '18/04/1996')}`),
];
