/**
 * Held-out batch 24: longer texts mixing categories — incident timelines, pentest write-ups, guest
 * and patient e-mails, call transcripts, exports and fixtures — across the batch's six
 * organisations and languages. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const card = (p: string): string => p + String(luhnCheckDigit(p.replace(/\D/g, '')));
const iban = (cc: string, bban: string, sep = ' '): string => {
  const raw = cc + ibanCheckDigits(cc, bban) + bban;
  return sep ? (raw.match(/.{1,4}/g) ?? []).join(sep) : raw;
};

const GHP = gh('ghp', 'Lq8Wd3Nz6Ct1Rv9Xk4Fm2Bj7Hp5Ys0');
const SG = tok('SG.', fill('b24m-sg1', B64URL, 22), '.', fill('b24m-sg2', B64URL, 43));
const SLACK_BOT = tok('xoxb-', '2749103856', '1-', '6620193847561-', fill('b24m-xoxb', B62, 24));
const TEAMS = tok('https://voltaria.webhook.office.com/webhookb2/', '9c2e4a71-0b3d-4f58-a6e1-7d84c2b9f053@4b1e8d27-5c93-4a06-b7f2-e1a3d65c0f84/IncomingWebhook/', fill('b24m-teams1', HEX, 32), '/', 'a7d2c9e4-1f38-4b65-90ce-3b8f7e2d1a46/', 'V2', fill('b24m-teams2', B64URL, 43));
const JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'dentist:441', clinic: 'LDS-RH', iat: 1733220000, exp: 1733263200 }, 'b24m-jwt');

export const BATCH24_MIXED: DraftRecord[] = [
  rec('ir_timeline', f`## IR-24-117 — working timeline (Kestrel Security, ${v('confidential.marking', 'TLP:AMBER')})

- 27/11 22:41 phishing mail to ${v('pii.email', 'h.brennan@tallyretail.com')} from ${v('pii.email', 'invoices@tally-retaill.com')}
- 27/11 22:58 successful sign-in from ${amb('pii.ip_address', '45.153.160.2')} (MFA fatigue, 14 pushes)
- 28/11 03:12 attacker reads \\\\FS01\\IT$\\scripts\\ and finds svc_backup password (${v('credential.password_in_prose', 'Bkp-Svc#2019!')})
- 28/11 03:40 DCSync from WS-FIN-07 (${amb('pii.ip_address', '10.40.3.77')})
- 02/12 09:15 client IT notices new GPO "Update-Policy"

Turn this into a narrative paragraph for the interim report.`),

  rec('pentest_finding', f`Finding KS-118-06 — Hard-coded credentials in mobile app (High)

The Android APK (com.tallyretail.app 5.2.1) contains the following in res/values/strings.xml:

${amb('source_code.snippet', f`<string name="sendgrid_key">${v('credential.sendgrid_api_key', SG)}</string>
<string name="support_email">${v('pii.email', 'support@tallyretail.com')}</string>
<string name="api_base">https://api.tallyretail.com/v2</string>`)}

A test message was successfully sent to ${v('pii.email', 'pentest-inbox@kestrelsec.io')} using the key.

Please rewrite the recommendation section: rotate the key, move mail sending server-side.`),

  rec('guest_email', f`Can you draft a reply? Guest is upset, be apologetic and offer a $150 onboard credit.

From: Linda Haverford <${v('pii.email', 'linda.haverford@comcast.net')}>
Sent: 3 Dec 2024 19:02
Subject: Charged twice + no answer!!

I was charged twice for the Cozumel dolphin excursion ($189 each) on my card ending in 4410 and ALSO on my husband's card ${v('financial.payment_card', card('4024 0071 8820 415'))} which we never gave you for excursions! Booking AVZ3P7, cabin 7331. Call me at ${amb('pii.phone', '(813) 555-0147')}... no wait that's the old number, use ${phone('(813) 402-9917', 'US')}.`, '(813) 555-0147 is a fictional 555-01xx number: ambiguous per the conventions'),

  rec('call_transcript', f`Transcript excerpt (auto-transcribed), please write the complaint summary:

AGENT: Thanks for holding, can I take your full name and date of birth for security?
CUSTOMER: It's Sandra Mulholland, ${v('pii.date_of_birth', '2nd of June 1968')}.
AGENT: And the first line of your address?
CUSTOMER: 42 Brook Lane, Stockport.
AGENT: Thank you. I can see the direct debit bounced.
CUSTOMER: Yes because you took it from my old account! The new one is ${v('financial.iban', iban('GB', 'LOYD30962114839201'))}, I told you in October.
AGENT: I'm sorry about that. Can I confirm your email is ${v('pii.email', 's.mulholland@virginmedia.com')}?
CUSTOMER: Yes.`),

  rec('patient_export', f`Clinic migration: the new system wants this as JSON, one object per patient:

${amb('source_code.snippet', f`nr;imie;nazwisko;pesel;telefon;email;iban_zwrot
1021;Agnieszka;Wróbel;${ambCat('pii', '90031508426')};${phone('+48 512 094 731')};${v('pii.email', 'a.wrobel@gmail.com')};
1022;Tomasz;Zieliński;${ambCat('pii', '78112304915')};${phone('+48 698 271 440')};${v('pii.email', 'tomek.zielinski@onet.pl')};${v('financial.iban', iban('PL', '114020040000340281749362'))}
1023;Ewa;Szymańska;${ambCat('pii', '01262907384')};${phone('+48 723 905 118')};;`)}`),

  rec('test_fixture', f`${v('source_code.snippet', f`// tests/fixtures/patients.ts — TODO replace with synthetic data before open-sourcing
export const patients = [
  { id: 'p-1', name: 'Eileen Crowther', nhs: '${v('pii.uk_nhs_number', '943 817 2602')}', dob: '${v('pii.date_of_birth', '1957-09-22')}', email: '${v('pii.email', 'eileen.crowther@btopenworld.com')}' },
  { id: 'p-2', name: 'Thomas Reilly', nhs: '${v('pii.uk_nhs_number', '485 102 9373')}', dob: '${v('pii.date_of_birth', '1990-05-28')}', email: '${v('pii.email', 'treilly90@gmail.com')}' },
];
export const dentistSession = '${v('credential.jwt', JWT)}';`)}

Is it a problem that these look like real patients? They were copied from staging.`),

  rec('shift_handover_ms', f`Tolong ringkaskan handover syif ni dalam English:

Syif malam 03/12, Fab 2 Bay 14
- CVD-07 alarm T3 timeout 4 kali, vendor remote login guna akaun vnd-cmp03-maint (kata laluan dah ditukar kepada ${v('credential.password_in_prose', 'Hinoki-Cmp03!27')})
- Lot K24W4812 hold, ${amb('pii.ip_address', '172.20.41.17')} tak respon dari 02:10 hingga 02:50
- Hubungi En. Lim (${phone('+60 12-559 0184')}, ${v('pii.email', 'ck.lim@klm2fab.com.my')}) jika alarm berulang`),

  rec('mail_ja', f`このメールを英語にしてください。

小林様
いつもお世話になっております。
装置データ連携用の GitHub リポジトリにアクセスするためのトークンをお送りします。
${v('credential.github_pat', GHP)}
有効期限は 2025年3月31日です。
ご不明点は ${phone('096-232-4418', 'JP')}（設備技術課 佐藤）までご連絡ください。
${v('pii.email', 'sato.h@kumamoto2.fab.co.jp')}`),

  rec('donor_csv', f`Reconcile the event donations with Stripe payouts, flag anything over the $3,300 per-election limit:

${amb('source_code.snippet', f`name,email,phone,amount,method,ref
"Hollis, Grant",${v('pii.email', 'grant.hollis@fastmail.com')},${phone('(614) 771-2093', 'US')},3300.00,card,${v('financial.payment_card', card('4485 3902 1177 460'))}
"Ortega, Maribel",${v('pii.email', 'maribel.ortega@gmail.com')},${phone('(614) 209-4418', 'US')},500.00,check,#2281
"Hollis, Grant",${v('pii.email', 'grant.hollis@fastmail.com')},${phone('(614) 771-2093', 'US')},250.00,card,**** 7460`)}`),

  rec('chat_da', f`Hjælp mig med at skrive en mail til valgkampens frivillige om det nye login. Info:

Slack-bot token (til vores ringeliste-integration, må IKKE deles): ${v('credential.slack_bot_token', SLACK_BOT)}
Kontaktperson: Mette Kjær, ${phone('+45 22 81 64 09')}, ${v('pii.email', 'mette.kjaer@valgkamp-fyn.dk')}
Mødested lørdag: Flakhaven 2, Odense kl. 10.

Tokenet skal selvfølgelig ikke med i mailen.`),

  rec('runbook', f`# Runbook: outage comms for the call centre

1. Post to the Teams channel via the webhook (${v('credential.teams_webhook_url', TEAMS)}).
2. Switch the IVR to the outage message (prompt 4471).
3. Team leads on call this week: Dave Rourke ${phone('07811 390 274', 'GB')}, Nadia Pillay ${phone('+27 82 770 3319')}.

Make this runbook clearer and add a step for SMS to PSR customers.`),

  rec('incident_fr', f`Peux-tu rédiger le rapport d'incident à partir de ces notes ?

Incident 2024-12-02 — réservation AV250110MRS
- Un agent de l'agence Voyages Soleil (${v('pii.email', 'reservations@voyages-soleil.fr')}) a envoyé par courriel la liste des passagers avec numéros de passeport :
  M. Bernard Lefort, passeport ${v('pii.passport', '19FD72834')}, né le ${v('pii.date_of_birth', '11/02/1955')}
  Mme Claire Lefort, passeport ${v('pii.passport', '20AB41902')}, née le ${v('pii.date_of_birth', '27/08/1958')}
- La liste contenait aussi la carte de paiement du client : ${v('financial.payment_card', card('4970 1012 8843 671'))}
- Action : courriel supprimé, agence recontactée au ${phone('+33 4 91 52 38 07')}.`),

  rec('ticket_tr', f`Çağrı merkezi kaydı, İngilizce özet hazırla lütfen:

Müşteri: Hakan Şahin, abone 4018302215, tel ${phone('+90 533 208 41 76')}
Müşteri ödeme için IBAN verdi: ${v('financial.iban', iban('TR', '0001000201928374650011'))}
Temsilci ayrıca sistemdeki eski şifresini not etmiş: "online işlem şifresi ${v('credential.password_in_prose', 'Hakan.1984!')}" — bunu silmemiz gerekiyor mu?`),

  rec('k8s_values', f`The poll dashboard won't connect to the DB after we moved it to the new cluster. Values + the error:

${amb('source_code.snippet', f`dashboard:
  image: northfield/pollboard:3.4.0
  env:
    DATABASE_URL: postgres://pollboard:${v('credential.database_url_password', 'Crosstab#Wave14')}@pg-main.polling.svc:5432/tracker
    ADMIN_CONTACT: ${v('pii.email', 'data-team@northfieldpolling.com')}
  ingress:
    host: pollboard.northfieldpolling.com
    allowlist: ["${amb('pii.ip_address', '203.0.113.0/24')}", "${amb('pii.ip_address', '81.2.69.160')}"]`)}

FATAL: no pg_hba.conf entry for host "${amb('pii.ip_address', '10.96.4.12')}", user "pollboard", database "tracker", SSL off`),

  rec('stack_trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/billing/refunds.py", line 88, in issue_refund
    resp = bank.send_credit_transfer(iban=acct.iban, amount=amt, ref=ref)
  File "/app/billing/bankclient.py", line 41, in send_credit_transfer
    raise BankError(f"rejected: {r.json()['reason']}")
billing.bankclient.BankError: rejected: AC01 IncorrectAccountNumber (iban=${v('financial.iban', iban('DK', '30004071829366', ''))}, account=VX-DK-220931, customer=${v('pii.email', 'frederik.bach@outlook.dk')})`)}

AC01 but the IBAN passes our validation — what else can cause AC01?`),
];
