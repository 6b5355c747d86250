/** Held-out batch 86: longer texts mixing personal data, credentials, account numbers and markings. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const mail = (s: string) => v('pii.email', s);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b86m-sklive', B62, 97));
const SG = tok('SG.', fill('b86m-sg1', B64URL, 22), '.', fill('b86m-sg2', B64URL, 43));
const AWS_ID = tok('AKIA', fill('b86m-awsid', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_SECRET = fill('b86m-awssec', B62 + '+/', 40);
const DD = fill('b86m-dd', HEX, 32);

export const BATCH86_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Postmortem: chargers offline in the Randstad, 2 Dec

**Impact:** 1,318 charge points disconnected for 47 minutes; 212 sessions could not start.

**Timeline (CET)**
- 07:12 websocket gateway ${amb('pii.ip_address', '10.40.8.21')} hits file-descriptor limit
- 07:15 on-call paged (${mail('oncall-csms@voltlane.eu')})
- 07:31 failover to ${amb('pii.ip_address', '10.40.8.22')}; gateway config still pointed at the old Redis with \`redis://:${v('credential.url_password', 'Watt-Hour-5523')}@redis-old.voltlane.internal:6379/0\`
- 07:59 all chargers reconnected

**Actions:** raise ulimit, remove Redis password from the config file, alert on connection count.

Rewrite this for the customer status page — no internal details.`),

  rec('stack_trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/donor/reminders.py", line 88, in send_reminder
    smtp.sendmail(FROM, donor.email, msg.as_string())
  File "/usr/lib/python3.11/smtplib.py", line 887, in sendmail
    raise SMTPRecipientsRefused(senderrs)
smtplib.SMTPRecipientsRefused: {'${mail('kwame.mensah.donor@gmial.com')}': (550, b'5.1.1 User unknown')}
During handling: sqlalchemy engine url=postgresql://reminders:${v('credential.database_url_password', 'Cryo-Plasma#88')}@pg-donor:5432/donor`)}

Can you tell me why the typo'd addresses aren't filtered before sending? And yes I'll rotate that password.`),

  rec('email_thread', f`Please draft a reply confirming we'll refund the unused retainer.

From: Farid Rahimi <${mail('farid.rahimi@gmail.com')}>
Date: 3 December 2024 18:41
Subject: Re: refund – case closed

Dear Ms Lindqvist, since the visa was refused and I am not appealing, please return the remaining balance to my account:
IBAN ${v('financial.iban', 'AE31 6245 6508 2264 7479 811')}
Name: Farid Rahimi. My WhatsApp is ${phone('+971 50 418 2937')}.
Passport ${v('pii.passport', 'P91827364')} (Afghan) in case you need it for the receipt.`),

  rec('csv', f`Which members should get the "payment failed" e-mail today? Export from the billing tool:

${amb('source_code.snippet', f`member,email,iban,status,attempts
Lucía Fernández,${mail('lucia.fdez@gmail.com')},${v('financial.iban', 'ES3136236112750512233461')},returned,1
Bram De Smet,${mail('bram.desmet@telenet.be')},${v('financial.iban', 'BE80756644518070')},paid,1
Chiara Bianchi,${mail('chiara.b@libero.it')},${v('financial.iban', 'IT2196681413882653349661395')},returned,2
Sean Murphy,${mail('sean.murphy@eircom.net')},${v('financial.iban', 'IE55AIBK58986357198098')},returned,1`)}`),

  rec('slack_export', f`Found this in #results-ops while cleaning up. Is it bad?

[09:14] Gareth P: can someone give me the S3 keys for the results archive, mine expired
[09:16] Aaliyah K: here — access key ${v('credential.aws_access_key_id', AWS_ID)} secret ${v('credential.aws_secret_access_key', AWS_SECRET)}
[09:16] Aaliyah K: delete after use pls
[09:21] Gareth P: thx, also the SendGrid one for the reminder mail? ${v('credential.sendgrid_api_key', SG)} doesn't work anymore
[09:40] Exams Officer (${mail('exams.officer@kestrel-exams.org.uk')}): please don't paste keys in here 🙃`),

  rec('trade_confirmation', f`${v('confidential.marking', 'CONFIDENTIAL')} – TRADE CONFIRMATION KH-2024-0412

Seller: Hafgull Fishing AS, Ålesund — contact Ola Strand, ${phone('+47 412 83 972')}, ${mail('ola.strand@hafgull.no')}
Buyer: P/F Kongshavn, Tórshavn
Species / area: Saithe, NS-IV · 180 t · NOK 3,15 /kg
Settlement to: ${v('financial.iban', 'NO8927171583536')}

Please check the confirmation against our standard wording and point out anything missing.`),

  rec('hl7', f`The lab's ORU message for this donor was rejected by our parser. Which segment is malformed?

${amb('source_code.snippet', f`MSH|^~\\&|LABSYS|REGLAB|DONORDB|PLASMALUX|20241204083012||ORU^R01|MSG00418|P|2.5.1
PID|1||DNR-004417^^^PLX||MENDOZA^ROSA^E||${amb('pii.date_of_birth', '19880309')}|F|||1204 Alameda Ave^^El Paso^TX^79901||${phone('(915) 482-1937', 'US')}
OBR|1||S-88213|NAT^Nucleic acid testing|||20241203141500
OBX|1|ST|HIV-NAT||Non-reactive||||||F
OBX|2|ST|HCV-NAT||Non-reactive||||||F`)}`, 'birth date in HL7 PID-7 with no visible label: ambiguous'),

  rec('test_fixture', f`Our test fixtures use real-looking data, is that a problem for GDPR? Someone copied them from a production export.

\`\`\`python
${v('source_code.snippet', f`@pytest.fixture
def member():
    return Member(
        name="Kasia Nowak",
        email="${mail('kasia.nowak84@onet.pl')}",
        phone="${phone('+48 604 281 937')}",
        birth_date=date(${v('pii.date_of_birth', '1984, 2, 29')}),
        plan="CLIMB_UNLIMITED",
    )

def test_freeze_membership(member):
    member.freeze(days=30)
    assert member.status == "FROZEN"`)}
\`\`\``),

  rec('support_chat', f`Summarise this chat transcript for the ticket:

Driver: hi, the app charged me but the charger never started. session 77412 at Eindhoven
Agent: Sorry about that! Can you confirm the account e-mail?
Driver: ${mail('l.peeters.ev@gmail.com')} and my number is ${phone('+31 6 41829375')}
Agent: Thanks. I see a pre-authorisation of €25 on the card ending 4417, it will be released within 5 days.
Driver: my IP showed as blocked when I tried the app earlier: ${amb('pii.ip_address', '84.105.22.197')}`),

  rec('notes_fa', f`این یادداشت جلسه را به انگلیسی خلاصه کن:
موکل: آقای داوود کریمی، شماره تماس ${phone('+98 912 418 2937')}، ایمیل ${mail('davood.karimi@yahoo.com')}
همسر: خانم زهرا کریمی، تاریخ تولد ${v('pii.date_of_birth', '1370/06/15')} (شمسی)
برادر در کابل: ${phone('+93 70 418 2937')}
موضوع: درخواست ویزای همسر، مدارک ازدواج ترجمه شده است.`, 'a Solar Hijri birth date, labelled as a date of birth'),

  rec('k8s_incident', f`During the incident someone ran this and pasted the output in the ticket:

${amb('source_code.snippet', f`$ kubectl -n gyms exec deploy/billing -- env | grep -i -E "stripe|dd_|admin"
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
DD_API_KEY=${v('credential.datadog_api_key', DD)}
ADMIN_NOTIFY=${mail('billing-alerts@cragline.co.uk')}`)}

How should I redact the ticket, and which keys do I rotate first?`),

  rec('email_results', f`Subject: ${v('confidential.marking', 'CONFIDENTIAL')}: enquiry about results – candidate 0412

Dear Ms Ahmed,

Following your review request for Zara Ahmed (date of birth ${v('pii.date_of_birth', '14/03/2008')}, centre 64219), the script has been re-marked. The grade is unchanged. You can reach the reviewer on ${phone('+44 20 7946 1183')} or at ${mail('reviews@kestrel-exams.org.uk')}.

→ please make this sound less cold`),

  rec('chat_my_km', f`Please translate these two staff messages into English for the HR file:

မြန်မာ: "ကျွန်တော့်ဖုန်းနံပါတ် ${phone('+95 9 421 832 947')} ပါ။ ဆေးရုံ portal စကားဝှက်က ${v('credential.password_in_prose', 'Yangon#Plasma7')} ပါ။"
ខ្មែរ: "លេខទូរស័ព្ទរបស់ខ្ញុំគឺ ${phone('+855 12 418 293')}។ អ៊ីមែល ${mail('sokha.chea@plasmalux.kh')}។"

The first one should NOT have shared his password, right?`),

  rec('complaint_pa_gu', f`ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਸ਼ਿਕਾਇਤ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਲਿਖੋ: ਮੇਰਾ ਦਾਨ ਦਾ ਭੁਗਤਾਨ ਕਾਰਡ ${v('financial.payment_card', '4757 0851 4979 6219')} ਤੇ ਨਹੀਂ ਆਇਆ। ਮੇਰਾ ਫ਼ੋਨ ${phone('+91 98201 47365')}।
ગુજરાતીમાં પણ: મારો ઈમેલ ${mail('hardik.patel.donor@gmail.com')} છે, કૃપા કરીને મને જવાબ આપો.`),

  rec('handover_ps', f`د دې یادښت انګلیسي ژباړه وکړئ او یو چک لیست جوړ کړئ:
پیرودونکی: احمد ولي، د زیږون نیټه ${v('pii.date_of_birth', '1992-04-01')}، پاسپورټ ${v('pii.passport', 'P01837264')}
تلیفون: ${phone('+93 70 418 2937')}
د ویزې غوښتنلیک: د کار ویزه، د محکمې نیټه ۱۲ جنوري.
Internal: client portal user a.wali — temp password ${v('credential.password_in_prose', 'Kabul-Start-2025')} (ask him to change).`),
];
