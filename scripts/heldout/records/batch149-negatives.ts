/**
 * Held-out batch 149: hard negatives — text from a mountain-rescue service, audiology clinics, a
 * container terminal, a film festival, crop-insurance adjusters and a cemetery administration that
 * looks sensitive and is not (tests/corpus/README.md, "Decisions on negatives"), in many languages.
 * Unlabelled apart from pasted code and ambiguous spans. Hand-written.
 */
import { ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, b64Bytes, fill, pem, tok } from '../tokens';

/** A card-shaped number whose Luhn check fails: the valid check digit shifted by `by` (1–9). */
const luhnFailing = (payload: string, by: number): string => {
  const ok = luhnWithCheck(payload);
  return ok.slice(0, -1) + String((Number(ok.slice(-1)) + by) % 10);
};
/** An IBAN with two BBAN digits swapped after the check digits were computed (a typo). */
const ibanTypo = (country: string, bban: string, i: number): string => {
  const ok = ibanWithCheck(country, bban);
  const a = ok.split('');
  [a[i], a[i + 1]] = [a[i + 1] as string, a[i] as string];
  return a.join('');
};

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b149n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b149n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const CERT = pem('CERTIFICATE', 'b149n-cert', 912);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAACAAAAAg${b64Bytes('b149n-png', 240)}`;
const BCRYPT = tok('$2y$10$', fill('b149n-bcrypt', B62 + './', 53));
const LOYALTY_RU = spacedFours(luhnFailing('220039174826051', 4));
const GIFT_PT = spacedFours(luhnFailing('603842719305816', 7));
const IBAN_TYPO_NL = spacedFours(ibanTypo('NL', 'RABO' + '0317492856', 9));


export const BATCH149_NEGATIVES: DraftRecord[] = [
  rec('bulletin_de-CH', f`Chasch mer s'Lawinebulletin für d'Tourengruppe vereifache?

Lawinenbulletin Nr. 2024/117, gültig bis 15.02. 17:00
Gefahrenstufe 3 (erheblich) oberhalb 2200 m, Expositionen NW–N–E
Altschnee: schwache Schichten in Bodennähe, Neuschnee 40–60 cm seit Montag
Windverfrachtungen in Kamm- und Passlagen, v. a. Gipfel Piz Varuna (3204 m)`),

  rec('truck_confirm', f`Can you translate this slot confirmation into Polish for the driver?

EQCT Truck Appointment – CONFIRMED
Appointment ID: TA-20241113-04817
Window: 13 Nov 2024, 06:00–07:00, Lane 3
Container: TGHU 482739 1 (40'HC), pick-up import
Booking/BL: MEDUQ4829173
Seal no.: 4829173
Truck plate: PL WGM 48KX
Bring the printed PIN slip from the haulier portal; gate staff will not accept screenshots.`),

  rec('chat_fr-CA', f`Le film d'ouverture du festival, c'est encore le secret le mieux gardé en ville! Peux-tu m'écrire un petit texte teaser pour Instagram, genre « on peut rien dire mais... », avec un ton enjoué?`),

  rec('serials_ja', f`補聴器の修理受付表をExcel用に整えてください。
型番: AUD-RIC-5 / シリアル: 2318A04719 / 保証期限: 2026-03-31
型番: AUD-BTE-3 / シリアル: 2207B11832 / 保証期限: 2025-08-15
型番: AUD-ITC-2 / シリアル: 2401C00953 / 保証期限: 2027-01-10
ファームウェア: 3.4.2 → 3.5.0 に更新済み`),

  rec('log_ko', f`게이트 트랜잭션 로그인데 레인 7만 처리 시간이 길어요. 원인이 뭘까요?

${amb('source_code.snippet', `2024-11-13T06:02:11.412+09:00 INFO gate txn=0f3c9a8e-41d7-4b2a-9e65-7d18c4a02b93 lane=5 container=TCLU8273914 dur_ms=2310
2024-11-13T06:02:19.877+09:00 INFO gate txn=9b21e4d0-6c8f-4a13-b7e2-3f5a09d8c641 lane=7 container=MSKU4028179 dur_ms=11840
2024-11-13T06:02:24.003+09:00 INFO gate txn=c47a1f3e-2d95-4b80-8e16-a0b93d5f7e28 lane=6 container=CMAU7192046 dur_ms=2475`)}`),

  rec('cemetery_it', f`Mi scrivi un cartello per l'ingresso del cimitero con queste informazioni?
Orari: 7:30–17:00 (ottobre–marzo), 7:30–19:00 (aprile–settembre)
Campo 12, fila 4, loculi 31–48: lavori di manutenzione fino al 20/12
Ossario comune: settore B, accesso dal cancello 3
Per informazioni: ufficio cimiteriale, lun–ven 9–12`),

  rec('sigpac_es', f`¿Me ayudas a ordenar las parcelas del siniestro por superficie afectada?
Recinto SIGPAC 45:089:0:0:12:345:1 — 4,82 ha — cebada — 70 %
Recinto SIGPAC 45:089:0:0:12:346:2 — 2,15 ha — cebada — 40 %
Recinto SIGPAC 45:089:0:0:14:012:1 — 7,30 ha — trigo — 55 %
Póliza 2024/CR/0048172, declaración de siniestro de 3 de junio (pedrisco).`),

  rec('gift_pt-BR', f`Um cliente quer pagar a vistoria com o cartão-presente da cooperativa, número ${GIFT_PT}, mas o sistema diz "cartão inválido". Isso é problema do cartão ou do nosso sistema? Ele disse que ganhou numa feira agropecuária.`, 'Luhn-failing gift-card number'),

  rec('chat_de', f`Ich habe mein Passwort für das Friedhofsverwaltungsportal vergessen und der „Passwort vergessen"-Link schickt keine Mail. An wen wende ich mich bei der Stadt, und was schreibe ich da am besten?`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example – Festival-Akkreditierung (nach .env kopieren)
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/accred
STRIPE_SECRET_KEY=sk_live_<your-key>
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
ADMIN_PASSWORD=changeme
SESSION_SECRET=\${SESSION_SECRET}`)}

Schreib mir bitte eine README-Sektion, die jede Variable erklärt.`),

  rec('code_stripe_test', f`Ticket test purchase works locally but the webhook never fires:

${v('source_code.snippet', f`const stripe = require('stripe')('${STRIPE_TEST}');

async function pressPass(req, res) {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: 'price_press_pass_2025', quantity: 1 }],
    success_url: 'https://accred.lumenfest.org/ok',
    cancel_url: 'https://accred.lumenfest.org/cancel',
  });
  res.redirect(303, session.url);
}`)}

Publishable key on the page is ${PK_LIVE} — does it matter that it's live while the secret is test?`),

  rec('docs_aws', f`Für die Drohnenbilder-Upload-Doku: Ist es ok, im Beispiel die AWS-Beispielschlüssel aus der offiziellen Doku zu verwenden?

${amb('source_code.snippet', `aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE
aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`)}`),

  rec('loyalty_ru', f`Клиент салона слуховых аппаратов просит привязать скидочную карту ${LOYALTY_RU}, но касса пишет «неверный номер». Может, он опечатался? Как вежливо попросить его проверить номер?`, 'Luhn-failing loyalty-card number'),

  rec('iban_typo_nl', f`Een transporteur gaf dit rekeningnummer door voor een terugbetaling: ${IBAN_TYPO_NL}. Ons boekhoudpakket zegt "ongeldig IBAN". Ik denk dat hij twee cijfers heeft omgedraaid. Hoe vraag ik hem netjes om het te controleren?`, 'IBAN with two digits transposed: fails mod 97'),

  rec('receipt_tr', f`Bu makbuzu İngilizceye çevirir misin?

İŞİTME MERKEZİ – SATIŞ FİŞİ
Tarih: 12.11.2024 14:37
Ürün: Pil 312 (6'lı) x 4
Tutar: 360,00 TL
Kart: **** **** **** 7316
Onay kodu: 482719
Teşekkür ederiz.`),

  rec('screenplay_en-US', f`Festival short film script, scene 12 — can you punch up the dialogue?

INT. DINER – NIGHT
MAGGIE slides a napkin across the counter.
MAGGIE: If you change your mind, call me. ${amb('pii.phone', '555-0147')}.
TOM: (folding it) You know I won't.`),

  rec('screenplay_en-GB', f`Subtitle file for our opening short, check the line breaks please:

14
00:03:12,400 --> 00:03:15,100
Ring me on ${amb('pii.phone', '07700 900482')} when you land.

15
00:03:15,600 --> 00:03:17,900
And don't tell Mum.`),

  rec('dcp_checksums', f`The projectionist says one DCP reel fails verification. These are the hashes from the PKL vs what we computed:

reel1.mxf  sha256 ${SHA('b149n-dcp1')}
reel2.mxf  sha256 ${SHA('b149n-dcp2')}
reel2.mxf  (ours) ${SHA('b149n-dcp3')}

Is the reel corrupt or did the lab send the wrong PKL?`),

  rec('git_nb', f`Skredvarsel-appen bygges ikke etter siste merge. git log --oneline:

a41f9c2 fix: timezone i observasjonsskjema
7d03e8b feat: vis snødybde fra målestasjoner
2c98b1f chore: bump react-native 0.74.3
e5b7a40 Merge branch 'release/2.8'

Hvordan finner jeg hvilken commit som brakk bygget?`),

  rec('firmware_sv', f`Vilken av de här firmwareversionerna för hörapparaterna ska vi rulla ut först? 3.4.2 har problem med Bluetooth LE Audio, 3.5.0 är beta, 3.4.7 är senaste stabila. Skriv en kort rekommendation till klinikerna.`),

  rec('book_fi', f`Tee lyhyt lukulista lumivyörykurssille: Werner Munter: "3x3 Lawinen", ISBN 978-3-00-010520-4; Bruce Tremper: "Staying Alive in Avalanche Terrain", ISBN 978-1-59485-934-8. Salasanoja tai muuta ei tarvita, materiaali jaetaan paperilla.`),

  rec('audiogram_da', f`Kan du forklare dette audiogram på almindeligt dansk til patienten?
Højre øre: 250 Hz 20 dB, 500 Hz 25 dB, 1 kHz 35 dB, 2 kHz 50 dB, 4 kHz 65 dB, 8 kHz 70 dB
Venstre øre: 250 Hz 15 dB, 500 Hz 20 dB, 1 kHz 30 dB, 2 kHz 45 dB, 4 kHz 60 dB, 8 kHz 65 dB
Taleforståelse: 84 % ved 65 dB.`),

  rec('crematorium_de', f`Bitte eine Tabelle für den Wochenplan machen:
Einäscherung Nr. 2024-0871, Ofen 1, Mo 07:30
Einäscherung Nr. 2024-0872, Ofen 2, Mo 08:15
Einäscherung Nr. 2024-0873, Ofen 1, Mo 10:00
Sterbefall-Register 7/2024-11-0418, Urnenversand an Friedhof Ost am Mittwoch.`),

  rec('nda_template', f`We need a confidentiality agreement template for festival jury members (they see films before release). Can you draft one, UK English, max 1 page?`),

  rec('confidential_computing', f`Our crop-damage image model vendor says they run inference in "confidential computing" enclaves. What does that actually protect against, compared to normal encryption at rest?`),

  rec('recipe_es', f`Para la cena de voluntarios del festival: ¿cuál es el secreto de una buena tortilla de patatas? Mi abuela decía que el secreto es la cebolla pochada lenta, pero mi suegro dice que es confidencial 😄.`),

  rec('cert', f`Is this the right certificate for the festival site, or the intermediate? The hosting panel wants "the certificate only":

${CERT}`),

  rec('css_datauri', f`The festival logo is blurry in the header, why?

${amb('source_code.snippet', f`.site-header .logo {
  width: 160px;
  height: 48px;
  background: url("data:image/png;base64,${PNG_B64}") no-repeat left center / contain;
}`)}`),

  rec('coords_sl', f`Pomagaj mi urediti poročilo o akciji za spletno stran (brez imen):
Lokacija: 46.3791 N, 13.8364 E, nadmorska višina 2.410 m, severna stena
Udeleženih reševalcev: 14, helikopter Slovenske vojske
Trajanje akcije: 6 ur 40 min`),

  rec('batteries_ee', f`Palun tee sellest kuulmisaparaatide patareide tellimus tabeliks:
Patarei 10 (kollane), EAN 4044548101029, 60 tk
Patarei 312 (pruun), EAN 4044548313082, 120 tk
Patarei 13 (oranž), EAN 4044548102040, 40 tk`),

  rec('wmo_nb', f`Lag en tabell over målestasjonene vi bruker i skredvarslingen:
Stasjon 1: Fokstugu, WMO 01238, 973 moh
Stasjon 2: Finsevatn, WMO 01352, 1210 moh
Stasjon 3: Tyin, WMO 01361, 1082 moh`),

  rec('pmfby_hi', f`इन आवेदन संख्याओं को ज़िलेवार छाँट दीजिए:
आवेदन सं. PMFBY/MP/2024/KH/0048172 — विदिशा
आवेदन सं. PMFBY/MP/2024/KH/0051936 — सागर
आवेदन सं. PMFBY/MP/2024/KH/0049027 — विदिशा
सर्वे की तारीख़: 14 अक्टूबर`),

  rec('invoice_th', f`ช่วยแปลใบแจ้งหนี้นี้เป็นภาษาอังกฤษหน่อย
เลขที่ใบแจ้งหนี้ INV-LCB-2411-00482
ค่าฝากตู้เกินกำหนด 3 วัน ตู้ MSKU 402817 9
ยอดรวม 12,600 บาท ครบกำหนดชำระ 30 พ.ย. 2567`),

  rec('bl_ar', f`رتّب لي هذه البيانات في جدول:
رقم الحاوية: CMAU 719204 6، الوزن الإجمالي 27,480 كغ
رقم بوليصة الشحن: MEDUJ7729103
رقم الحجز: 4829173051
موعد الاستلام: ١٣ نوفمبر، البوابة ٢`),

  rec('screenings_he', f`תסדר לי את הלו"ז בטבלה:
אולם 1 — 18:00 "שביל המלח" (92 דק'), 20:30 "קול מתחת לשלג" (104 דק')
אולם 2 — 19:15 תוכנית סרטים קצרים 3 (85 דק')
אולם 3 — 21:00 סרט הנעילה, כניסה בהזמנה בלבד`),

  rec('route_ka', f`ინგლისურად თარგმნე ტურისტებისთვის:
მარშრუტი: სტეფანწმინდა — გერგეტის სამება — გერგეტის მყინვარი
სიმაღლე: 1740 მ → 3000 მ, ხანგრძლივობა 7–8 საათი
საშიშროება: ნაპრალები მყინვარზე, აუცილებელია თოკი და კრამპონები.`),

  rec('hours_hy', f`Թարգմանիր անգլերեն՝ գերեզմանատան ցուցանակի համար.
Այցելության ժամեր՝ 09:00–18:00, երկուշաբթի–կիրակի
Տոնական օրերին՝ 08:00–20:00
Մեքենաներով մուտքը՝ միայն հատուկ թույլտվությամբ։`),

  rec('rain_am', f`ይህን የዝናብ መረጃ በሰንጠረዥ አዘጋጅልኝ፡
ሐምሌ፡ 312 ሚ.ሜ፣ ነሐሴ፡ 287 ሚ.ሜ፣ መስከረም፡ 95 ሚ.ሜ
የጤፍ ምርት ከዓምናው 18% ቀንሷል።`),

  rec('flood_bn', f`বন্যায় ক্ষতিগ্রস্ত জমির হিসাবটা টেবিলে সাজিয়ে দাও:
সুনামগঞ্জ সদর — ৪,২৮০ হেক্টর বোরো
তাহিরপুর — ২,৯১৫ হেক্টর বোরো
জামালগঞ্জ — ১,৭৪০ হেক্টর বোরো`),

  rec('masked_pl', f`Rodzina pyta, czy opłata za grób wpłynęła. W historii rachunku widzę tylko: "Przelew przych. z rach. PL** **** **** **** **** **** 4821, tytuł: kwatera 14/3/7, 450,00 zł". Jak im to potwierdzić mailem, nie podając numeru konta?`),

  rec('warranty_cs', f`Přepiš to do přehledné tabulky pro servis:
Reklamace RK-2024-1187, sluchadlo AUD-RIC-5, v. č. 2318A04719, závada: pískání
Reklamace RK-2024-1192, sluchadlo AUD-BTE-3, v. č. 2207B11832, závada: nenabíjí
Reklamace RK-2024-1203, nabíječka CH-2, v. č. 2309D00417, závada: LED nesvítí`),

  rec('accred_sv', f`Kan du skriva ackrediteringsvillkoren för pressen lite tydligare?
– Ansökan senast 1 september, med intyg från redaktionen
– Pressbricka hämtas på plats mot legitimation
– Inloggningsuppgifter till pressvisningsplattformen skickas separat per sms, lösenordet delas aldrig i mejl.`),

  rec('vgm_vi', f`Giúp mình kiểm tra VGM của các container này có vượt tải không (max 30.480 kg):
TGHU 827391 0 — 28.940 kg
OOLU 174029 3 — 30.720 kg
HLXU 530192 7 — 24.115 kg`),

  rec('policy_id', f`Tolong buatkan kebijakan kata sandi singkat untuk staf penilai klaim: minimal 12 karakter, tidak boleh dipakai ulang, wajib MFA untuk akses dari luar kantor. Jangan pernah tulis kata sandi di grup WhatsApp.`),

  rec('masked_phone_zh', f`系统导出的司机名单手机号都被打码了，比如 138****5138、139****2716，这样我们没法通知他们改时段。有没有办法在不泄露号码的情况下发短信？`),

  rec('invalid_phone_de-CH', f`Im Rettigsformular het öpper als Natelnummer „079 48 27 3" iitreit, da fehlt doch e Ziffere? Wie söll mer so Fehler im Formular abfange?`, 'too short to be a Swiss mobile number'),

  rec('hash_es', f`Migrando el portal de reservas del cementerio: la tabla usuarios guarda contraseñas así: ${ambCat('credential', BCRYPT)}. ¿Puedo seguir usando esos hashes en Laravel 11 o hay que forzar cambio de contraseña?`, 'a bcrypt hash: sensitive, but no rule claims it (ambiguous, no rule id)'),

  rec('tims_ne', f`ट्रेकिङ अनुमति विवरण तालिकामा मिलाइदिनुस्:
TIMS कार्ड नं.: T-2024-KHB-048172
सगरमाथा राष्ट्रिय निकुञ्ज प्रवेश अनुमति नं.: SNP/81/0042917
मिति: २०८१ कार्तिक १५`),

  rec('chat_hu', f`A fesztivál stábjának írnál egy vicces üzenetet? Az a „titkos" terv, hogy a zárógála után meglepetés-koncert lesz, de psszt, senkinek egy szót se!`),

  rec('chat_ca', f`Pots fer-me una llista de coses per portar a la sessió de matinada del festival? Manta, termo de cafè i el passi de premsa. La contrasenya del wifi ja la donaran allà mateix.`),

  rec('chat_sw', f`Tafadhali nisaidie kuandika tangazo kwa wakulima: msimu huu wa mvua fupi, madai ya bima ya ukame yanapokelewa hadi tarehe 30 Novemba katika ofisi za kaunti. Usiweke nambari za simu za watu binafsi.`),

  rec('uk_ambiguous_ban', f`Перепиши, будь ласка, простішою мовою оголошення для відвідувачів кладовища:
«З 1 листопада в'їзд автомобілів на територію дозволено лише з 8:00 до 10:00. Матеріали щодо реконструкції алеї ${amb('confidential.marking', 'не для розповсюдження')} до затвердження проєкту.»`, 'a handling ban with no marking word: ambiguous (tests/corpus/README.md)'),
];
