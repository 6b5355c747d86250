/** Held-out batch 90: records mixing personal data, payment data, secrets, code and markings. Hand-written. */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const card = (payload: string): string => payload + String(luhnCheckDigit(payload));
const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;

const VISA = card('455782019364827');
const MC = card('519283746015392');
const IE = iban('IE', 'AIBK93104827193650');
const BE = iban('BE', '310482719365');
const PL = iban('PL', '109010140000071219812874');
const SENDGRID = tok('SG.', fill('b90-mx-sg1', B62, 22), '.', fill('b90-mx-sg2', B62, 43));
const DD = fill('b90-mx-dd', HEX, 32);

export const BATCH90_MIXED: DraftRecord[] = [
  rec('email_dispute', f`From: ${v('pii.email', 'declan.murphy@eircom.net')}
Subject: Disputed charge on my card

Hi, I never authorised the €289 charge from "Ballet & Opera Tours". My card is ${v('financial.payment_card', VISA)} and please refund to my account ${v('financial.iban', IE)}. Phone me on ${phone('+353 87 482 7391')}.

Declan

Can you summarise this for the dispute analyst?`),

  rec('stacktrace', f`Booking service crashed, what's wrong?

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/physio/booking/notify.py", line 88, in send_confirmation
    sg.send(msg)
  File "/usr/lib/python3.11/site-packages/sendgrid/base.py", line 41, in send
    raise UnauthorizedError("api_key=${v('credential.sendgrid_api_key', SENDGRID)} rejected")
sendgrid.UnauthorizedError: 401 for ${v('pii.email', 'lena.kowalczyk@wp.pl')}`)}`),

  rec('incident_de', f`Vorfallbericht — ${v('confidential.marking', 'VERTRAULICH')}
Am 03.11. wurde eine CSV mit Kundendaten versehentlich in den öffentlichen Kanal gepostet, u. a.:
Huber Landhandel GmbH, ${v('pii.email', 'einkauf@huber-landhandel.at')}, IBAN ${v('financial.iban', iban('AT', '3200000012748391'))}
Bitte formuliere die Meldung an die Datenschutzbehörde.`),

  rec('csv_tickets', f`Clean this help-desk export and classify each ticket:
ticket,name,email,phone,topic
HD-40911,Ewa Zielińska,${v('pii.email', 'ewa.zielinska@onet.pl')},${phone('+48 601 482 739')},zwrot podatku
HD-40912,Mehmet Yılmaz,${v('pii.email', 'mehmet.yilmaz@hotmail.com')},${phone('+90 532 482 73 91')},vergi borcu
HD-40913,Sipho Ndlovu,${v('pii.email', 'sipho.ndlovu@webmail.co.za')},${phone('+27 82 482 7391')},refund status`),

  rec('fixture_test', f`Our test fixture for the refund flow fails validation, why?

${v('source_code.snippet', f`const refundFixture = {
  customer: { name: 'Anouk Peeters', email: '${v('pii.email', 'anouk.peeters@telenet.be')}' },
  iban: '${v('financial.iban', BE)}',
  amountCents: 4650,
  reason: 'performance_cancelled',
};
expect(validateRefund(refundFixture)).toBe(true);`)}`),

  rec('chat_pl', f`Cześć, pacjentka prosi o fakturę za fizjoterapię. Dane: Katarzyna Nowak, ${v('pii.email', 'k.nowak.fizjo@gmail.com')}, tel. ${phone('+48 512 482 739')}, przelew z konta ${v('financial.iban', PL)}. Napisz odpowiedź.`),

  rec('note_sw', f`Meeting notes (Swahili/English) — wholesaler Mombasa branch
- Mkulima Bw. Omondi (${phone('+254 712 482739')}) analalamika kuhusu mbegu za mahindi.
- Alilipa kwa kadi ${v('financial.payment_card', MC)}; anataka refund.
- DD key ya monitoring ilivuja kwenye chat: ${v('credential.datadog_api_key', DD)} — rotate leo.`),

  rec('env_mixed_gd', f`Chan eil am frithealaiche a' tòiseachadh; seo am faidhle .env:
${amb('source_code.snippet', f`ADMIN_EMAIL=${v('pii.email', 'morag.macleod@opera-alba.scot')}
DB_URL=mysql://opera:${v('credential.database_url_password', 'Carmen!Glas9')}@${amb('pii.ip_address', '10.0.12.5')}:3306/tickets
SUPPORT_PHONE=${phone('+44 1463 482739')}`)}`),

  rec('ticket_ar_lv', f`تذكرة #7731 — نزاع على بطاقة
الاسم: رامي خوري
البريد: ${v('pii.email', 'rami.khoury@outlook.com')}
الهاتف: ${phone('+961 3 482 739')}
البطاقة: ${v('financial.payment_card', card('492817365048271'))}
لخّص المشكلة واقترح رد.`),

  rec('handover_en_ng', f`Handover note, Lagos tax help desk (night shift):
- Caller Mrs Ngozi Eze, ${phone('+234 803 418 2956')}, says her TIN refund went to the wrong account.
- Supervisor login for the refund console: user "ngozi.sup" password ${v('credential.password_in_prose', 'Lagos@HD2024!')} (change it, I know)
- Escalated to Abuja.`),

  rec('chat_hi_mixed', f`Bhai yeh physio patient ka data hai, discharge summary bana do: Sunita Devi, DOB ${v('pii.date_of_birth', '15-08-1964')}, Aadhaar ${v('pii.in_aadhaar', '6390 1847 5524')}, mobile ${phone('+91 98482 73916')}. Knee replacement rehab, 12 sessions done.`),

  rec('yaml_mixed', f`Help me fix the indentation:
${amb('source_code.snippet', f`alerts:
  owner: ${v('pii.email', 'kofi.mensah@orbitale.space')}
  pagerduty_phone: "${phone('+233 24 482 7391')}"
  slack_token: ${v('credential.slack_bot_token', tok('xoxb-', '5829173640', '-', '6391846205731', '-', fill('b90-mx-xoxb', B62, 24)))}`)}`),

  rec('chat_el_mixed', f`${v('confidential.marking', 'ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Ο ασθενής Γιώργος Παπαδόπουλος (${phone('+30 694 829 1736')}, ${v('pii.email', 'g.papadopoulos@otenet.gr')}) ζητά αποζημίωση. Γράψε απάντηση.`),

  rec('chat_uk_fr', f`Bonjour, le client conteste un débit de 320 € chez « Kiné Plus Lyon ». Carte ${v('financial.payment_card', card('533847192065381'))}, IBAN de remboursement ${v('financial.iban', iban('FR', '30006000014827193650172'))}, tél. ${phone('06 12 48 27 39', 'FR')}. Résume pour l'analyste.`),

  rec('log_mixed', f`Why is the webhook returning 500?
2024-10-29 13:02:11 ERROR payout.failed supplier=SeedCo iban=${v('financial.iban', iban('NL', 'INGB0004827193'))} contact=${v('pii.email', 'finance@seedco-holland.nl')} src=${amb('pii.ip_address', '185.23.44.10')}`),
];
