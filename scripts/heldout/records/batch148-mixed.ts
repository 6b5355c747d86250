/** Held-out batch 148: longer texts mixing personal data, credentials, payment data and markings. Many languages. Hand-written. */
import { brCpfFormatted, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, fill, tok } from '../tokens';

const IBAN_BE = ibanWithCheck('BE', '310182739465');
const IBAN_AT = ibanWithCheck('AT', '2011182739465012');
const IBAN_HR = ibanWithCheck('HR', '23600001102483917');
const IBAN_RO = ibanWithCheck('RO', 'BTRLRONCRT0048291736');
const IBAN_SK = ibanWithCheck('SK', '11000000002948271936');
const IBAN_BG = ibanWithCheck('BG', 'UNCR70001523482719');
const IBAN_RS = ibanWithCheck('RS', '160005080004827193');
const CPF = brCpfFormatted('729384015');
const VISA_BR = luhnWithCheck('498407218365930');
const STRIPE = tok('sk_', 'live_', '51', fill('b148m-sk', B62, 97));

export const BATCH148_MIXED: DraftRecord[] = [
  rec('incident_note', f`${v('confidential.marking', 'OFFICIAL-SENSITIVE')}

Incident note — case intake, Friday 21 March
At 14:05 a results summary for case 43250071829 was e-mailed to ${v('pii.email', 'intake@hampshire-example.police.uk')} instead of ${v('pii.email', 'intake@thamesvalley-example.police.uk')}. The attachment listed the elimination donor Kofi Mensah-Boateng (DOB ${v('pii.date_of_birth', '17/02/1979')}) and his mobile ${phone('07823 419056', 'GB')}. Recall requested at 14:20; Hampshire confirmed deletion at 15:02 (DS Amy Fraser, ${phone('023 9248 1736', 'GB')}).

Please help me draft the ICO breach self-assessment: is this reportable within 72 hours?`),

  rec('email_fr_be', f`Bonjour,

Suite à notre conversation téléphonique de ce matin, je vous confirme que je conteste les frais de 450 € pour la jante rayée (contrat BRU-250307-0412). La voiture a été rendue au parking de Zaventem à 7h du matin, sans personne pour faire l'état des lieux. Je vous demande de me rembourser sur mon compte ${v('financial.iban', spacedFours(IBAN_BE))}.

Vous pouvez me joindre au ${phone('+32 478 21 39 56')} ou par mail à ${v('pii.email', 'n.dewaele@example-mail.be')}.

Nathalie Dewaele

→ Aide-moi à lui répondre : on a des photos horodatées de la caméra du parking, septante minutes après la remise des clés.`),

  rec('postmortem_no', f`Kan du gjøre om dette til en kort hendelsesrapport på engelsk?

Tirsdag 18.03 kl. 03:40 falt e-PTW-serveren på plattformen ut. Nattskiftet gikk over til papirtillatelser. Årsak: sertifikatet på ${amb('pii.ip_address', '10.150.8.30')} hadde utløpt, og den automatiske fornyelsen feilet fordi tjenestekontoen ptw_renew hadde fått nytt passord (${v('credential.password_in_prose', 'Nordsjo-Sert-2025')}) uten at skriptet ble oppdatert. Vakthavende IT onshore (Kari Haugen, ${phone('+47 412 83 956')}) fikk ikke kontakt med plattformen før 05:10 pga. satellittlinken.`),

  rec('csv_de_at', f`Servus! Bitte aus dieser Weinclub-Liste die Mitglieder raussuchen, deren SEPA-Mandat älter als 36 Monate ist:

${amb('source_code.snippet', f`Mitglied;Geburtsdatum;Telefon;E-Mail;IBAN;Mandat_seit
Franz Huber;${v('pii.date_of_birth', '14.03.1961')};${phone('+43 664 3817294')};${v('pii.email', 'franz.huber@example-post.at')};${v('financial.iban', IBAN_AT)};2019-05-02
Theresia Gruber;${v('pii.date_of_birth', '02.10.1975')};${phone('+43 676 4182739')};${v('pii.email', 't.gruber@example-post.at')};**** **** **** 3301;2023-11-15`)}

Die zweite IBAN ist im Export maskiert, keine Ahnung warum.`),

  rec('ticket_ja', f`電子ジャーナルにアクセスできないという問い合わせです。回答案を作ってください。

問い合わせ者：山本 美咲（文学研究科）${v('pii.email', 'm.yamamoto@lit.example.ac.jp')}
EZproxyログ：
${amb('source_code.snippet', f`${amb('pii.ip_address', '133.18.204.77')} - myamamoto [24/Mar/2025:10:14:22 +0900] "GET https://www.jstor.org:443/stable/10.2307/4482719 HTTP/1.1" 403 1873`)}
学外からのアクセスで、VPN未接続でした。`),

  rec('email', f`From: Escalations <${v('pii.email', 'escalations@example-bureau.com')}>
Subject: Re: Dispute D-2025-0318842 — consumer says ID theft

Team,
Consumer: Marcus Whitfield, SSN ${v('pii.us_ssn', '604-28-1937')}, DOB ${v('pii.date_of_birth', '06/11/1990')}, phone ${phone('(312) 847-2019', 'US')}. He filed an FTC identity theft report (#184726391) and a police report. Three accounts were opened in his name in Jan 2025: two retail cards (last four 4471 and 9038) and a personal loan.
Please block the three tradelines per §605B within 4 business days.

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')}

Can you turn this into a checklist for the junior analyst?`),

  rec('chat_sr', f`Здраво, треба ми допис клијенту због казне за прекорачење брзине. Подаци: Милан Јовановић, датум рођења ${v('pii.date_of_birth', '23.05.1984')}, телефон ${phone('+381 64 418 2739')}, имејл ${v('pii.email', 'milan.jovanovic@example-posta.rs')}. Казна од 6.000 динара биће наплаћена са рачуна ${v('financial.iban', IBAN_RS)} који је оставио при преузимању возила.`),

  rec('email_hr', f`Poštovani,

u privitku je račun br. 2025-044 za 600 boca Plavca malog (berba 2021). Molimo uplatu na IBAN ${v('financial.iban', spacedFours(IBAN_HR))} u roku od 15 dana. Za dodatna pitanja nazovite me na ${phone('+385 91 418 2739')}.

Lijep pozdrav,
Ivana Marković, vinarija

Možeš li ovo prevesti na engleski za uvoznika iz Kanade?`),

  rec('chat_ro', f`Bună, ajută-mă să formulez un răspuns pentru o clientă care a cerut test de paternitate. Date: Elena Popa, data nașterii ${v('pii.date_of_birth', '19.01.1994')}, telefon ${phone('0721 483 906', 'RO')}, e-mail ${v('pii.email', 'elena.popa94@example-mail.ro')}. A plătit avansul de 900 lei din contul ${v('financial.iban', IBAN_RO)}. Vrea să știe cât durează analiza.`),

  rec('chat_sk', f`Dobrý deň, potrebujem odpoveď pre klienta, ktorý namieta záznam v registri. Klient: Peter Horváth, dátum narodenia ${v('pii.date_of_birth', '30. 4. 1977')}, rodné číslo ${ambCat('pii', '770430/4827')}, mobil ${phone('+421 905 418 273')}. Tvrdí, že úver splatil z účtu ${v('financial.iban', spacedFours(IBAN_SK))} ešte v roku 2022.`, 'Slovak rodné číslo: no rule (ambiguous)'),

  rec('chat_da', f`Hej, kan du lave en tjekliste til crew change på lørdag? Nye på holdet: Mads Kristensen, født ${v('pii.date_of_birth', '11.08.1989')}, pas nr. ${v('pii.passport', '208471936')}, mobil ${phone('+45 28 47 19 36')}. Han mangler stadig gyldig offshore-helbredsattest, og hans login til permit-systemet er mads.k / ${v('credential.password_in_prose', 'Esbjerg-Rig-55')} indtil han har skiftet det.`),

  rec('chat_sw', f`Habari, naomba uniandikie barua pepe kwa Kiingereza kwa mteja aliyeharibu gari. Mteja: Amina Wanjiru, simu ${phone('+254 712 418273')}, barua pepe ${v('pii.email', 'amina.wanjiru@example-mail.co.ke')}. Gharama ya matengenezo ni KSh 38,500. Kadi yake ya Visa ${v('financial.payment_card', luhnWithCheck('476173900010482'))} itatozwa kesho.`),

  rec('chat_fa', f`سلام، لطفاً یک ایمیل رسمی به انگلیسی بنویس برای پژوهشگری که درخواست امانت بین‌کتابخانه‌ای داده. نام: دکتر رضا احمدی، ایمیل ${v('pii.email', 'r.ahmadi@example-univ.ac.ir')}، تلفن ${phone('+98 912 418 2739')}. کتاب از کتابخانه دانشگاه هلسینکی می‌آید و حدود سه هفته طول می‌کشد.`),

  rec('chat_pt_br', f`Oi! Montei a planilha de sócios do clube do vinho aqui da vinícola na Serra Gaúcha, pode conferir se tá tudo certo antes de eu mandar pro financeiro?
Sócio: Bruno Carvalho — CPF ${v('pii.br_cpf', CPF)} — nascimento ${v('pii.date_of_birth', '21/06/1983')} — WhatsApp ${phone('(54) 99183-2740', 'BR')}
Cartão pra cobrança mensal: ${v('financial.payment_card', spacedFours(VISA_BR))}
Ah, e o dev deixou a chave do Stripe no grupo: ${v('credential.stripe_secret_key', STRIPE)} — isso é grave?`),

  rec('chat_yue', f`幫手寫封回覆俾客人，佢話信貸報告入面有張信用卡唔係佢開嘅。客人資料：陳志明，香港身份證 ${ambCat('pii', 'K482719(3)')}，出生日期 ${v('pii.date_of_birth', '1986年3月8日')}，電話 ${phone('9418 2739', 'HK')}，電郵 ${v('pii.email', 'chiming.chan@example-mail.hk')}。我哋要佢補交身份證明文件。`, 'HKID: no rule (ambiguous)'),

  rec('chat_bg', f`Здравей, помогни ми да отговоря на клиент, който оспорва такса за почистване на автомобила. Клиент: Георги Димитров, тел. ${phone('+359 88 418 2739')}, имейл ${v('pii.email', 'g.dimitrov@example-poshta.bg')}. Иска възстановяване на 120 лв. по сметка ${v('financial.iban', spacedFours(IBAN_BG))}.`),
];
