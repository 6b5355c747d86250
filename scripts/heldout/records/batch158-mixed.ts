/**
 * Held-out batch 158: longer texts mixing categories — postmortems, e-mail threads, handovers,
 * dumps, fixtures and stack traces from the six settings, in several languages. Hand-written.
 */
import { ibanWithCheck, luhnWithCheck, spacedFours, ukNhsSpaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, gh, tok } from '../tokens';

const mail = (s: string) => v('pii.email', s);
const mark = (s: string) => v('confidential.marking', s);

const MDS_KEY = tok('vr_live_', fill('b158m-mds', B62, 40));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T03M', fill('b158m-slt', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6), '/B08A', fill('b158m-slb', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 7), '/', fill('b158m-slh', B62, 24));
const GHP = gh('ghp', 'Wd3Nr8Kx1Qt6Lm9Vb4Hs7Pc2Fy5Zj0');
const SENTRY_KEY = fill('b158m-sentry', HEX, 32);
const IBAN_BE = ibanWithCheck('BE', '063482917356');
const IBAN_DE = ibanWithCheck('DE', '430609670012837465');
const IBAN_EE = ibanWithCheck('EE', '2200221048293716');
const IBAN_SI = ibanWithCheck('SI', '561910000483927');
const IBAN_FI = ibanWithCheck('FI', '40060010482917');
const IBAN_CH = ibanWithCheck('CH', '0900000304829173A');
const VISA = luhnWithCheck('414720938175603');
const NHS = ukNhsSpaced('612938475');

export const BATCH158_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Postmortem: fines portal outage, 3 March

**Impact:** citizens could not pay e-scooter fines for 5 h; 312 payment attempts failed.

**Timeline (CET)**
- 07:02 first 502s from the payment callback (${amb('pii.ip_address', '10.44.8.21')} → ${amb('pii.ip_address', '10.44.8.30')})
- 07:40 on-call (${mail('oncall-buergerportal@kesselbrunn.de')}) finds the operator API key rotated overnight; the old one was still hard-coded: \`MDS_API_KEY=${v('credential.generic_secret_assignment', MDS_KEY)}\`
- 09:15 complaint from a citizen (${mail('renate.vogt@t-online.de')}, ${phone('0171 2938471', 'DE')}) forwarded by the mayor's office
- 12:05 new key deployed from Vault, backlog replayed

**Action items:** move the key to Vault, alert on 401 rate.

Rewrite this for the city council's digital committee, without internal details.`),

  rec('email_thread_de', f`Kannst du eine Antwort an Herrn Baumgartner entwerfen? Kurz und verbindlich.

Von: Florian Baumgartner <${mail('f.baumgartner@bluewin.ch')}>
Gesendet: Dienstag, 4. März 2025 18:22
Betreff: AW: Los 64 – Lancia Aurelia B24 Spider, Restzahlung

Grüezi Frau Brack,
die Restzahlung von CHF 412'000 geht morgen raus, von meinem Konto ${v('financial.iban', spacedFours(IBAN_CH))}. Für die Abholung erreichen Sie meinen Fahrer unter ${phone('+41 79 482 91 73')}.

> Am 03.03.2025 schrieb Halvorsen & Brack:
> Bitte überweisen Sie auf ${v('financial.iban', spacedFours(IBAN_DE))} (Commerzbank), Verwendungszweck "HB-0325-L64".
> ${amb('confidential.marking', 'Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte sofort den Absender.')}`),

  rec('casenote_nl_be', f`Kan je deze dossiernota herschrijven voor de sociale raad (zonder persoonsgegevens)?

Dossier LL-2025-0417 — cliënt mevrouw Nadia Benhaddou
Rijksregisternummer: ${ambCat('pii', '91.04.12-284.63')}
Leefloon toegekend vanaf 01/02/2025, uitbetaling op ${v('financial.iban', spacedFours(IBAN_BE))}
Gsm: ${phone('0478 29 17 36', 'BE')} — e-mail: ${mail('nadia.benhaddou@hotmail.be')}
Huisbezoek 26/02: woning vochtig, doorverwezen naar woonbegeleiding.`, 'Belgian national register number: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('handover_pl', f`Przekazanie dyżuru – oddział położniczy, 5.03, zmiana nocna

- Sala 4: pacjentka Katarzyna Zielińska (ur. ${v('pii.date_of_birth', '11.07.1995')}), cc w 39 tc., wypis planowany jutro, mąż prosi o telefon przed wypisem: ${phone('+48 601 482 937')}
- Sala 6: noworodek do fototerapii, kontrola bilirubiny o 6:00
- Komputer w dyżurce: konto wspólne "polozne", hasło ${v('credential.password_in_prose', 'Bocian!Porod2025')} (zmieni IT w poniedziałek)

Zrób z tego listę zadań dla zmiany dziennej.`),

  rec('slack_export', f`Our load-control alert bot posts the duty manager's number to the whole channel. Config + sample message:

${amb('source_code.snippet', f`alerts:
  webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}
  duty_manager:
    name: "Jörg Ebersbach"
    phone: "${phone('+49 69 69832417')}"
    email: "${mail('j.ebersbach@skygalley.aero')}"`)}

> :rotating_light: LH400 JFK — 14 special meals missing (VGML ×9, KSML ×5). Call ${phone('+49 69 69832417')} now.

How do I keep the number out of the message but still in the alert?`),

  rec('euc_zh_tw', f`請幫我把這份最終用戶聲明書整理成英文版，格式保持一致：

${mark('機密')}
最終用戶聲明書（End-User Statement）
進口商：宏晶電子股份有限公司，新竹科學園區
聯絡人：林怡君，${mail('yichun.lin@hongjing-elec.com.tw')}，電話 ${phone('+886 3 578 2914')}
產品：FPGA XC7K325T（ECCN 3A991.d），數量 400 pcs
用途：工業用機器視覺設備，不轉售、不用於軍事用途。`),

  rec('sql_dump', f`${amb('source_code.snippet', f`-- bidders table, sale HB-2025-03
INSERT INTO bidders (paddle, name, email, phone, deposit_card, payout_iban) VALUES
(3101, 'Kadri Tamm', '${mail('kadri.tamm@neti.ee')}', '${phone('+372 5182 9374')}', '**** 4471', '${v('financial.iban', IBAN_EE)}'),
(3102, 'Matej Novak', '${mail('matej.novak@siol.net')}', '${phone('+386 41 482 917')}', '${v('financial.payment_card', VISA)}', '${v('financial.iban', IBAN_SI)}'),
(3103, 'Eero Laine', '${mail('eero.laine@elisanet.fi')}', '${phone('+358 40 482 9173')}', '**** 0392', '${v('financial.iban', IBAN_FI)}');`)}

Why does only row 3102 still have an unmasked card? Write me an UPDATE that masks it.`),

  rec('code_python', f`Test fails on the new CI runner — the fixture looks fine to me:

${v('source_code.snippet', f`import pytest
from housing_benefit.claims import Claim, eligible

@pytest.fixture
def claim():
    return Claim(
        name="Olivia Barnes",
        nino="${v('pii.uk_nino', 'TH 73 82 91 A')}",
        email="${mail('olivia.barnes@btinternet.com')}",
        phone="${phone('07825 491736', 'GB')}",
        weekly_rent=185.00,
        household=3,
    )

def test_eligible(claim):
    assert eligible(claim)`)}`),

  rec('stack_trace', f`${amb('source_code.snippet', f`2025-03-05 11:02:44.913 ERROR 1 --- [nio-8080-exec-7] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() threw exception
org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [fines_citizen_email_key]
  Detail: Key (citizen_email)=(${mail('a.petrovic@gmail.com')}) already exists.
	at de.kesselbrunn.fines.AppealService.submit(AppealService.java:88)
Caused by: org.postgresql.util.PSQLException: connection to jdbc:postgresql://finesdb:5432/fines?user=fines_app&password=${v('credential.url_password', 'Tret-Roller#2025')} from ${amb('pii.ip_address', '10.44.9.17')} refused`)}

Two problems: the duplicate appeal and the password in the log. Which first?`),

  rec('notes_ja', f`以下の打ち合わせメモを英語にして、アクションアイテムを抽出してください。

【${mark('取扱注意')}】ケータリング 成田ステーション 定例（3/4）
- JL005 のビジネスクラス特別食が2便連続で不足。担当：中村（${phone('080-4829-1736', 'JP')}）
- 新しい積載計画システムの共有アカウント：ユーザー narita_plan、パスワード ${v('credential.password_in_prose', 'Sakura-Galley#44')}（来週変更予定）
- 航空会社側窓口：${mail('catering-desk@jal-example.co.jp')}`),

  rec('email_hy', f`Թարգմանիր անգլերեն, խնդրում եմ, և պահպանիր վերնագրի նշումը։

${mark('ԳԱՂՏՆԻ')}
Թեմա՝ Միկրոսխեմաների պատվեր, Երևան

Հաճախորդը խնդրում է 2000 միկրոկոնտրոլեր, վերջնական օգտագործողը նշված չէ։ Կոնտակտ՝ Արամ Պետրոսյան, ${mail('a.petrosyan@armtech-trade.am')}, հեռ. ${phone('+374 91 482917')}։`),

  rec('chat_am', f`ይህን ኢሜይል ወደ እንግሊዝኛ ተርጉምልኝ፦

ሰላም ዮናስ፣ ለET500 በረራ የምግብ ጭነት እቅድ ተልኳል። ለጥያቄ በ ${phone('+251 91 148 2937')} ደውልልኝ ወይም በ ${mail('selam.tadesse@bole-catering.et')} ጻፍልኝ። የሲስተሙ የይለፍ ቃል ${v('credential.password_in_prose', 'Buna#Bole2025')} ነው፣ ለሌላ ሰው አታጋራ።`),

  rec('chat_bn', f`এই নোটটা ইংরেজিতে গুছিয়ে দাও:

সামাজিক ভাতা কেস নং ২০২৫/০৩১৭ — আবেদনকারী রহিমা খাতুন, মোবাইল ${phone('+880 1712-483917')}, ইমেইল ${mail('rahima.khatun82@gmail.com')}। পোর্টালে লগইনের জন্য অস্থায়ী পাসওয়ার্ড ${v('credential.password_in_prose', 'Nodi#Bhata71')} দেওয়া হয়েছে।`),

  rec('chat_fi', f`Voitko kirjoittaa tästä selkeän päätöskirjeen suomeksi?

Asiakas: Jari Virtanen, henkilötunnus ${ambCat('pii', '140585-317K')}
Toimeentulotuki maaliskuu: 612,40 €, maksetaan tilille ${v('financial.iban', spacedFours(IBAN_FI))}
Yhteydenotot: ${phone('040 482 9173', 'FI')}`, 'Finnish henkilötunnus: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('discharge_en_gb', f`${mark('OFFICIAL-SENSITIVE')}
Maternity discharge — safeguarding flag

Mother: Jade Whitfield, NHS ${v('pii.uk_nhs_number', NHS)}, DOB ${v('pii.date_of_birth', '03/10/2006')}
Health visitor: ${mail('hv.team.north@nhs-example.net')}, ${phone('0113 243 8190', 'GB')}
Social worker informed by phone 04/03; discharge only with family support plan in place.

Can you draft the handover to the health visiting team (keep the flag wording)?`),

  rec('ci_log', f`GitHub Actions for the auction catalogue site prints this, is that bad?

${amb('source_code.snippet', f`Run ./scripts/deploy.sh
+ git remote set-url origin https://x-access-token:${v('credential.github_pat', GHP)}@github.com/hb-classics/catalogue-site.git
+ SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508219.ingest.de.sentry.io/4508219927306240`)}
+ echo "deploying as ${mail('webteam@halvorsen-brack.com')}"
deploying as ${mail('webteam@halvorsen-brack.com')}`)}`),
];
