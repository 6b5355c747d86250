/**
 * Held-out batch 50: longer texts mixing categories: incident reports, onboarding mails, towing
 * cases, lab READMEs, stack traces, insider notices, surveillance case notes and CSV exports.
 * Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, fill, jwt, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b50m-akia', B32, 16));
const AWS_SECRET = fill('b50m-awssec', B64, 40);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b50m-slt', UPPER + DIGITS, 8), '/B0', fill('b50m-slb', UPPER + DIGITS, 9), '/', fill('b50m-slh', B62, 24));
const JWT_SURV = jwt(
  { alg: 'RS256', typ: 'JWT', kid: 'surv-ops-2' },
  { sub: 'a.moreau', roles: ['surveillance.read', 'cases.write'], iss: 'https://sso.nrx-exchange.com', iat: 1742374800, exp: 1742403600 },
  'b50m-jwt',
);
const XOXB = tok('xoxb-', '3918274650', '1-', '7204918365027-', fill('b50m-xoxb', B62, 24));
const GOOGLE = tok('AIza', 'Sy', fill('b50m-gapi', B64URL, 33));
const SENDGRID = tok('SG.', fill('b50m-sg1', B64URL, 22), '.', fill('b50m-sg2', B64URL, 43));
const HF = tok('hf_', fill('b50m-hf', UPPER + LOWER, 34));
const STRIPE = tok('sk_', 'live_', '51', fill('b50m-sk', B62, 97));
const TRACE_ID = fill('b50m-trace', HEX, 32);

export const BATCH50_MIXED: DraftRecord[] = [
  rec('incident_report', f`Guest incident report – MS Coral Meridian – 13 Mar 2025

Guest: Patricia Lowell, cabin 8112, ${v('pii.email', 'patricia.lowell@comcast.net')}, ${phone('+1 305 718 4420')}
Summary: guest slipped near the aft pool at 16:20, seen by the ship's doctor, minor sprain. Guest requests the bill for the medical centre (USD 380, charged to Visa ending 0178) to be waived.
Follow-up: guest services supervisor to call on shore day. Temporary login for the claims portal given to her daughter: user plowell-claims, password ${v('credential.password_in_prose', 'Cabin8112!Aft')} (expires in 7 days).

Rewrite this as a neutral summary for the insurer, without the portal details.`),

  rec('email_tl', f`Hi Ma'am Joy,

Pasensya na po sa abala. Ito po yung mga kailangan ninyo para sa onboarding ko sa MS Northern Meridian:
- Buong pangalan: Jericho A. Manalo
- Passport: ${v('pii.passport', 'P5519273C')}
- Petsa ng kapanganakan: ${v('pii.date_of_birth', '23/11/1995')}
- Email: ${v('pii.email', 'jericho.manalo95@yahoo.com')}
- Cellphone: ${phone('+63 928 314 7720')}
- Allotment (BPI, acct ${ambCat('financial', '3149 0827 15')}) para sa nanay ko

Salamat po!
Jericho

→ paki-ayos po ang email na ito para mas pormal, English`),

  rec('case_es', f`Expediente de retirada de vehículo 2025/RG/00417

Titular: Daniel Ortega Sanz, DNI ${v('pii.es_dni', '16394728Y')}, tel. ${phone('+34 691 284 073')}, ${v('pii.email', 'dortega.sanz@gmail.com')}
Vehículo: SEAT Ibiza 4821KLM, retirado el 11/03/2025 de la calle Urzáiz (vado permanente)
El titular ha pagado la tasa de grúa (98,50 €) pero recurre y pide la devolución a la cuenta ${v('financial.iban', 'ES31 2080 9127 6403 0048 2915')}.

Redacta la resolución estimando el recurso: el vado no tenía la placa visible.`),

  rec('readme', f`# germplasm-api

Internal API for the seed bank's accession database (GRIN-style schema).

## Local setup
\`\`\`bash
${amb('source_code.snippet', f`export DATABASE_URL=postgresql://germplasm:${v('credential.database_url_password', 'Svalbard-Door#12')}@db.haldenseeds.org:5432/accessions
export HF_TOKEN=${v('credential.huggingface_token', HF)}
make dev`)}
\`\`\`

## Contacts
- Curator: Dr. Amara Nwosu (${v('pii.email', 'a.nwosu@haldenseeds.org')})
- Database admin: Pieter de Groot (${v('pii.email', 'p.degroot@haldenseeds.org')}, ${phone('+31 6 48271936')})

Can you turn this README into a proper onboarding doc and move the secrets out?`),

  rec('email_te', f`హాయ్, కింది మెయిల్‌ను సరిచేసి ఇంగ్లీష్‌లో మరింత ప్రొఫెషనల్‌గా మార్చండి:

"Dear Ravi, డ్రోన్ ఫెనోటైపింగ్ ఇమేజ్‌లు S3కి అప్‌లోడ్ చేయడానికి ఈ కీస్ వాడు: access key ${v('credential.aws_access_key_id', AKIA)}, secret ${v('credential.aws_secret_access_key', AWS_SECRET)}. ఏదైనా సమస్య ఉంటే నాకు ${phone('+91 98480 23174')} కి కాల్ చెయ్యి లేదా ${v('pii.email', 'lakshmi.prasanna@icrop-lab.org.in')} కి మెయిల్ చెయ్యి. — లక్ష్మి"`),

  rec('trace', f`The recall-reminder job crashes for one patient every night:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/recall/jobs/send_reminders.py", line 88, in run
    send(patient.email, render("recall_6m", patient))
  File "/srv/recall/mailer.py", line 41, in send
    raise MailerError(f"rejected {to}: {resp.status_code}")
recall.mailer.MailerError: rejected ${v('pii.email', 'jadeharris.mum@hotmail.co.uk')}: 550
During handling, settings dump:
  DB_CONN="Server=bb-pms-sql01;Database=Recall;User Id=recall_job;Password=${v('credential.connection_string_password', 'Retainer!Night-62')};"
  SENDGRID_KEY="${v('credential.sendgrid_api_key', SENDGRID)}"
  trace_id=${TRACE_ID}`)}

Why does one bounced address kill the whole batch?`),

  rec('email_sq', f`${v('confidential.marking', 'KONFIDENCIALE')}

I nderuar z. Krasniqi,

Ju konfirmojmë planin e trajtimit për vajzën tuaj, Elira. Kostoja totale është 240 000 lekë, e pagueshme në 12 këste. Pagesa bëhet në llogarinë ${v('financial.iban', 'AL30 2029 0111 0000 0004 8271 9365')}. Për pyetje, na telefononi në ${phone('+355 4 224 8817')} ose në ${v('pii.email', 'info@ortodonti-buzeqeshja.al')}.

Me respekt,
Klinika Ortodontike Buzëqeshja

→ a mund ta përkthesh në anglisht për babain, që jeton në Londër?`),

  rec('field_report', f`${v('confidential.marking', 'TLP:AMBER')}
Daily field report – Team BRAVO – 17 Mar 2025

Area: Rasht valley, hazard HA-0412 (suspected AP minefield)
Progress: 1,850 m² manually cleared; 2 PMN-2 found and destroyed in situ.
Medic on shift: Nodira Yusupova, ${phone('+992 93 481 2736')}
Note: the Slack alert hook for the ops room is ${v('credential.slack_webhook_url', SLACK_HOOK)}, paste it in the new reporting app too.

Turn this into the standard donor update, without the hook and the phone number.`),

  rec('email_fa', f`لطفاً این ایمیل را به انگلیسی روان ترجمه کن:

«سلام خانم احمدی، کمک مالی شما برای برنامه آموزش خطر مین دریافت شد. رسید را به ${v('pii.email', 'maryam.ahmadi.donor@gmail.com')} فرستادیم. برای بازپرداخت هزینه سفر داوطلب، لطفاً مبلغ را به کارت ${v('financial.payment_card', '6037 9918 4625 7305')} واریز کنید. شماره تماس دفتر: ${phone('+98 21 8834 2710')}»`),

  rec('notice_bg', f`${v('confidential.marking', 'ПОВЕРИТЕЛНО')}

Списък на лицата с достъп до вътрешна информация – проект „Тракия“

| Име | Длъжност | Имейл | Телефон |
|---|---|---|---|
| Иван Петков | изпълнителен директор | ${v('pii.email', 'i.petkov@agroinvest-holding.bg')} | ${phone('+359 88 912 4730')} |
| Мария Стоянова | IR мениджър | ${v('pii.email', 'm.stoyanova@agroinvest-holding.bg')} | ${phone('+359 2 937 1840')} |

Плащанията към консултанта по сделката минават през ${v('financial.iban', 'BG45 UNCR 7000 1528 3746 19')}.

Помогни ми да добавя колони за дата и час на включване в списъка.`),

  rec('case_notes', f`Case SUR-2025-0388 – notes (A. Moreau)

- Client of member firm Northgate Securities: Tomasz Wiśniewski, ${v('pii.email', 't.wisniewski@wp.pl')}, DOB ${v('pii.date_of_birth', '1982-06-14')}.
- Bought 180,000 NRDF two days before the takeover announcement; account opened 3 weeks earlier from ${amb('pii.ip_address', '83.24.117.209')}.
- To pull the full order history I used the case API with my session token: ${v('credential.jwt', JWT_SURV)}

Draft the referral summary to the regulator (facts only, no token).`),

  rec('chat_ja', f`クルーズの予約変更のメールを英語で書いてください。お客様情報：
山本 直樹 様、${v('pii.email', 'naoki.yamamoto@nifty.com')}、電話 ${phone('03-5412-8830', 'JP')}
変更内容：バルコニー客室へのアップグレード、差額 ¥86,000 をMastercard ${v('financial.payment_card', '5204 7381 9027 3456')} に請求済み。
丁寧な文面で、請求済みであることも伝えてください。`),

  rec('email_cy', f`Annwyl Mrs Price,

Rydym wedi cadarnhau bod eich cerbyd wedi'i symud trwy gamgymeriad o Stryd y Castell. Byddwn yn ad-dalu'r ffi symud (£150) i'r cyfrif a roesoch: ${v('financial.iban', 'GB10 LOYD 3096 2818 4726 30')}. Os oes gennych gwestiynau, e-bostiwch ${v('pii.email', 'symud.cerbydau@cyngor-parcio.cymru')}.

→ gwnewch y llythyr hwn yn fwy cynnes, a rhowch fersiwn Saesneg`),

  rec('code_ts', f`הבדיקה הזו נכשלת רק ב-CI. אפשר לעזור?

${v('source_code.snippet', f`import { describe, it, expect } from "vitest";
import { createPatient, sendRecall } from "../src/recall";

const STRIPE_KEY = "${v('credential.stripe_secret_key', STRIPE)}";

describe("recall reminders", () => {
  it("sends the 6-month reminder", async () => {
    const p = await createPatient({ name: "נועה לוי", email: "${v('pii.email', 'noa.levi84@gmail.com')}", phone: "${phone('+972 52-482-7316')}" });
    const res = await sendRecall(p.id, { stripeKey: STRIPE_KEY });
    expect(res.status).toBe("queued");
  });
});`)}`),

  rec('chat_ne', f`जहाजको क्रु च्यानलमा बोट राख्नुपर्‍यो। यो कन्फिग हेरिदिनुहोस्:

${amb('source_code.snippet', f`SLACK_BOT_TOKEN=${v('credential.slack_bot_token', XOXB)}
CREW_CHANNEL=#deck5-stewards
MAPS_KEY=${v('credential.google_api_key', GOOGLE)}`)}

र मेरो विवरण पनि HR लाई पठाइदिनुहोस्: पासपोर्ट ${v('pii.passport', '10927384')}, फोन ${phone('+977 980-2718364')}।`),

  rec('csv_bn', f`এই CSV থেকে জেলা অনুযায়ী কৃষকের সংখ্যা গুনে দিন। প্রথম লাইনের হেডারটা রিপোর্টেও রাখতে হবে।

${v('confidential.marking', 'গোপনীয়')} — কৃষক জরিপ ২০২৫, শুধুমাত্র প্রকল্প দলের জন্য
${amb('source_code.snippet', f`farmer,district,phone,email,variety
মোছাঃ শাহানা বেগম,রংপুর,${phone('+880 1712-384951')},,বিআর১১
মোঃ জাহাঙ্গীর আলম,দিনাজপুর,${phone('01819-274630', 'BD')},${v('pii.email', 'jahangir.alam.dnj@gmail.com')},কাটারিভোগ`)}

ডাটাবেস থেকে টানার কমান্ড: ${amb('source_code.snippet', f`psql "postgresql://seedsurvey:${v('credential.database_url_password', 'Dhan-Bij#2025')}@${amb('pii.ip_address', '10.20.1.5')}/survey" -c "\\copy farmers to farmers.csv csv header"`)}`),
];
