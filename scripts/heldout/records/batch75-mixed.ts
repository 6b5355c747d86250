/**
 * Held-out batch 75: longer texts mixing categories — incident notes, hand-over mails, exports,
 * stack traces and tickets from the six organisations. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { B62, B64URL, HEX, fill, gh, pem, tok } from '../tokens';

const iban = (cc: string, bban: string): string => (`${cc}${ibanCheckDigits(cc, bban)}${bban}`.match(/.{1,4}/g) ?? []).join(' ');
const card = (payload: string): string => payload + luhnCheckDigit(payload.replace(/\D/g, ''));

const SLACK_BOT = tok('xoxb-', '5829104736', '2-', '8147302958164-', fill('b75m-xoxb', B62, 24));
const GHP = gh('ghp', 'Vb6Nq1Xe8Rk3Tz5Lw9Mc2Pj7Hs4Dg0');
const SENDGRID = tok('SG.', fill('b75m-sg1', B64URL, 22), '.', fill('b75m-sg2', B64URL, 43));
const STRIPE = tok('sk_', 'live_', '51', fill('b75m-stripe', B62, 97));
const DEPLOY_KEY = pem('OPENSSH PRIVATE KEY', 'b75m-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const SENTRY = tok('https://', fill('b75m-sdsn', HEX, 32), '@o4507741.ingest.sentry.io/4507742219');
const GOOGLE = tok('AIza', 'Sy', fill('b75m-gapi', B64URL, 33));

export const BATCH75_MIXED: DraftRecord[] = [
  rec('postmortem_en', f`# Incident note – ground station Punta Arenas, 28 Nov

**Impact:** three LEO passes missed for customer AuroraSat (no data loss; re-scheduled via Kiruna).

**Timeline (UTC)**
- 02:10 antenna controller stops accepting schedules
- 02:14 on-call paged (${v('pii.email', 'oncall-gs@polarlys-gs.net')}, ${phone('+56 9 4182 7365')})
- 02:40 cause: the controller's API user had been reset; the scheduler config still used \`https://sched:${v('credential.url_password', 'Magallanes-77!')}@acu-pta-01.polarlys.local/api\`
- 03:05 controller at ${amb('pii.ip_address', '172.20.8.14')} rebooted, new password set

Rewrite this for the customer, leave out internal names and anything security-related.`),

  rec('handover_de', f`Übergabe an Frau Krüger (Fahrschule Filiale Leipzig), bitte etwas ordentlicher formulieren:

- Kassenbuch liegt im Büro, Tresor-Code kennt nur Herr Alt.
- Online-Banking: Zugang über die Zentrale, Filial-IBAN ${v('financial.iban', iban('DE', '860555921234567890'))}.
- Buchungssystem: Benutzer leipzig.buero, Passwort ${v('credential.password_in_prose', 'Rueckspiegel!2024')} (bitte sofort ändern).
- Fahrlehrer Sven Otto ist unter ${phone('0171 4182736', 'DE')} erreichbar.`),

  rec('ticket_fr_ch', f`Ticket #8812 – Facturation clinique (Genève)
Patient : Noah Favre, né le ${v('pii.date_of_birth', '04.10.2018')}
Parent payeur : Mme Chloé Favre, ${v('pii.email', 'chloe.favre@bluewin.ch')}, ${phone('079 418 27 36', 'CH')}
Remboursement demandé sur ${v('financial.iban', iban('CH', '00243243918274650'))}
Motif : double facturation de l'orthèse (CHF 640.–)

Rédige une réponse courtoise qui confirme le remboursement sous 10 jours.`),

  rec('slack_es', f`Nos ha pasado esto en el canal #taquilla, ¿me ayudas a resumirlo para el jefe?

[10:02] Marta: el TPV de la taquilla 2 ha impreso el número entero de una tarjeta en el ticket: ${v('financial.payment_card', card('4548 8120 3374 615'))}
[10:04] Javi: y en el log del servidor aparece la clave de Stripe en claro: ${v('credential.stripe_secret_key', STRIPE)}
[10:05] Marta: la clienta es Ana Beltrán, ${v('pii.email', 'ana.beltran@telefonica.net')}
[10:07] Javi: rotamos la clave ya. ¿Avisamos a la clienta?`),

  rec('trace_en_us', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/booking/app/notify.py", line 88, in send_confirmation
    sg.send(message)
  File "/usr/lib/python3.12/site-packages/sendgrid/sendgrid.py", line 97, in send
    raise UnauthorizedError(response)
sendgrid.exceptions.UnauthorizedError: HTTP 401 for key ${v('credential.sendgrid_api_key', SENDGRID)}
  to=${v('pii.email', 'jake.morrison@icloud.com')} template=lesson-confirmed lesson_id=55103`)}

Our driving-school booking confirmations stopped this morning. Did the key expire or is it a sender verification issue?`),

  rec('email_fo', f`Hey Rúni,

Her er tað, tú spurdi eftir til nýggja manningarlimin:
Navn: Hallur Joensen
Føðingardagur: ${v('pii.date_of_birth', '23.05.1994')}
Telefon: ${phone('+298 218345')}
Lønarkonta: ${v('financial.iban', iban('FO', '97500001836452'))}

Kanst tú skriva hetta inn í lønarskipanina áðrenn fríggjadag?

Kvøðja, Turið`),

  rec('deploy_sk', f`Nasadenie portálu pre veriteľov zlyhalo. Toto je GitHub Actions krok a deploy kľúč, ktorý kolega vložil priamo do repozitára:

${amb('source_code.snippet', f`- name: Nasadenie
  env:
    GH_TOKEN: ${v('credential.github_pat', GHP)}
  run: ./deploy.sh veritelia-prod`)}

deploy_key:
${v('credential.openssh_private_key', DEPLOY_KEY)}

Ako to čo najrýchlejšie napraviť a čo všetko treba zrotovať?`),

  rec('export_sr', f`Izvoz iz stečajne evidencije, treba mi zbir po poveriocu:

${amb('source_code.snippet', f`poverilac	email	telefon	račun	iznos
Metalprom d.o.o.	${v('pii.email', 'finansije@metalprom.rs')}	${phone('+381 64 3182745')}	${v('financial.iban', iban('RS', '160005080123456712'))}	1.240.000,00
Ivana Jovanović	${v('pii.email', 'ivana.jovanovic@gmail.com')}	${phone('+381 63 8274615')}	${v('financial.iban', iban('RS', '205000000482736194'))}	312.500,00`)}`),

  rec('chat_ka', f`${v('confidential.marking', 'კონფიდენციალური')} — მხოლოდ ოპერის თეატრის ადმინისტრაციისთვის.
აბონემენტის მფლობელი: ნინო ბერიძე, ტელ. ${phone('+995 599 18 27 43')}, ელ-ფოსტა ${v('pii.email', 'nino.beridze@gmail.com')}.
მოითხოვს თანხის დაბრუნებას გაუქმებული სპექტაკლისთვის.

დამიწერე ზრდილობიანი პასუხი ქართულად.`),

  rec('chat_am', f`የአዲስ አበባ ቅርንጫፍ የመንጃ ትምህርት ቤት፦ ተማሪ ሰላም ተስፋዬ፣ ስልክ ${phone('+251 91 141 8273')}፣ ኢሜይል ${v('pii.email', 'selam.tesfaye@gmail.com')}። የክፍያ ካርድ ${v('financial.payment_card', card('5399 4127 3618 204'))} ሁለት ጊዜ ተቆርጧል። የይቅርታ መልእክት ጻፍልኝ።`),

  rec('chat_ig_en', f`Biko help me write a reply to this parent. Nwa ya, Chidi Okafor (DOB ${v('pii.date_of_birth', '18/07/2013')}), ga-abịa clinic maka review nke ụkwụ ya. Mama ya: ${phone('+234 803 418 2736')}, ${v('pii.email', 'ngozi.okafor@yahoo.com')}. She wants to pay by transfer — give her our account name only, not the card terminal.`),

  rec('chat_fa', f`این گزارش را برای مدیر کلینیک خلاصه کن:
در سیستم نوبت‌دهی، کلید Sentry به صورت عمومی در کد فرانت‌اند بود: ${v('credential.sentry_dsn', SENTRY)}
همچنین کلید Google Maps: ${v('credential.google_api_key', GOOGLE)}
بیمار نمونه در لاگ: ${v('pii.email', 'sara.ahmadi@yahoo.com')} با آی‌پی ${amb('pii.ip_address', '5.160.218.44')}`),

  rec('chat_uz', f`Filial rahbariga xat yozib bering: o'quvchi Dilnoza Karimova (tug'ilgan sanasi ${v('pii.date_of_birth', '14.02.2006')}, tel. ${phone('+998 90 418 27 36')}) imtihon to'lovini ikki marta qilgan. Qaytarish uchun karta: ${v('financial.payment_card', card('4278 3100 1937 462'))}.`),

  rec('slack_export_en_gh', f`Can you summarise this Slack thread for the Tema shore-office manager?

${amb('source_code.snippet', f`{"channel":"C05LANDING","messages":[
 {"user":"kofi.b","text":"bot token for the landing alerts is ${v('credential.slack_bot_token', SLACK_BOT)} if you need it"},
 {"user":"ama.s","text":"skipper Kwesi Ansah's new number is ${phone('+233 24 418 2736')}"},
 {"user":"kofi.b","text":"ok, and the fuel supplier wants payment to ${v('financial.iban', iban('GB', 'NWBK60730148273615'))}"}
]}`)}`),

  rec('note_si', f`${v('confidential.marking', 'රහස්‍යයි')} – අභ්‍යන්තර භාවිතය සඳහා පමණි
හම්බන්තොට ground station එකේ නව ඉංජිනේරු: නිමල් පෙරේරා, දුරකථන ${phone('+94 77 318 2746')}, ඊමේල් ${v('pii.email', 'nimal.perera@polarlys-gs.lk')}.
VPN මුරපදය ${v('credential.password_in_prose', 'Yala-Leopard#31')} – පළමු login එකෙන් පසු වෙනස් කරන්න.

මෙය ඉංග්‍රීසියෙන් onboarding email එකක් ලෙස ලියන්න.`),

  rec('chat_ar_sd', f`ساعدني أرتب البيانات دي في جدول لشركة التأمين البحري:
البحار: عثمان الطيب، جواز سفر ${v('pii.passport', 'P04827361')}، تاريخ الميلاد ${v('pii.date_of_birth', '03/11/1989')}، تلفون ${phone('+249 91 218 3475')}
الحساب: ${ambCat('financial', '0012-8473-6152')} بنك الخرطوم`, 'Sudanese local account number, no IBAN: ambiguous, no rule'),
];
