/**
 * Held-out batch 117: hard negatives for this batch's six organisations — tyre codes, lift fault
 * codes, patent and court file numbers, parcel and escrow numbers, placeholders, test values, masked
 * or check-digit-failing numbers and casual uses of "confidential" / "secret" / "password" in many
 * languages (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous
 * spans. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, fill, pem, tok } from '../tokens';

/** A card-shaped number whose last digit is deliberately NOT the Luhn check digit. */
const badCard = (payload: string): string => payload + String((luhnCheckDigit(payload.replace(/\D/g, '')) + 3) % 10);
/** An IBAN-shaped string with deliberately wrong check digits. */
const badIban = (cc: string, bban: string): string => {
  const good = Number(ibanCheckDigits(cc, bban));
  const wrong = String(good === 97 ? 2 : good + 1).padStart(2, '0');
  return (cc + wrong + bban).replace(/(.{4})/g, '$1 ').trim();
};

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b117n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b117n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const CERT = pem('CERTIFICATE', 'b117n-cert', 720);
const PUBKEY = pem('PUBLIC KEY', 'b117n-pub', 294);
const BCRYPT = tok('$2y$10$', fill('b117n-bcrypt', B62 + './', 53));

export const BATCH117_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Fleet customer asks what the markings on the sidewall mean. Tyre: 315/80 R22.5 156/150L M+S 3PMSF, DOT 4B2X KD7R 4823. Explain the load index, the speed symbol and how to read the production week.`),

  rec('chat_de', f`Kannst du mir die Tabelle sortieren? Winterreifen-Einlagerung Filiale Augsburg:
Platz R-14-03: 205/55 R16 91H, Profil 6,5 mm, Kunde 100482
Platz R-14-04: 225/45 R17 94V XL, Profil 4,1 mm, Kunde 100517
Platz R-15-01: 235/65 R16C 115/113R, Profil 7,0 mm, Kunde 100533
Nach Profiltiefe aufsteigend bitte.`),

  rec('chat_it', f`Quali sono le differenze tra la norma EN 81-20:2020 e la EN 81-50 per i test del paracadute? Il nostro tecnico dice che l'errore E-31 della centralina (firmware 4.12.1) si presenta solo dopo la prova.`),

  rec('chat', f`Can you explain the Paris Convention priority chain here? First filing DE 10 2024 118 273.4 on 14 March 2024, then PCT/EP2025/056612, then national phase US 19/118,402 and CN 202580018273.X. When is the 30-month deadline?`),

  rec('chat_ja', f`特願2024-118273 の拒絶理由通知の応答期限を教えてください。発送日は2024年11月29日です。また、PCT/JP2024/038127 の国内移行期限も確認したいです。`),

  rec('chat_ko', f`출원번호 10-2024-0158273 의 심사청구 기한이 언제인지 알려 주세요. 우선일은 2023년 9월 4일입니다.`),

  rec('chat_es', f`¿Me explicas cómo se cuenta el plazo en el procedimiento abreviado 418/2024 del Juzgado de lo Penal n.º 3 de Valencia? La sentencia se notificó el 28 de noviembre y hay que traducirla al rumano.`),

  rec('chat', f`Escrow question: the legal description references APN 214-38-117, recording no. 2019-0482917, title order 24-08817-KL and policy number OX-51-AZ-2281973. Which of these does the county recorder actually need on the deed?`),

  rec('chat_fr', f`Est-ce que tu peux me donner un modèle d'accord de confidentialité entre notre agence de traduction et un interprète indépendant ? Quelque chose de simple, deux pages max.`),

  rec('chat_de', f`Wir brauchen eine Vorlage für eine Vertraulichkeitsvereinbarung mit Erfindern, bevor sie uns die Erfindungsmeldung schicken. Was gehört rein?`),

  rec('chat_ja', f`秘密保持契約書（NDA）のひな形を日本語で作ってください。発明者との打ち合わせ前に結ぶものです。`),

  rec('chat_es_ar', f`¿Cuál es el secreto para que los chicos de sala de 3 duerman la siesta? En el jardín probamos música suave y bajar las persianas, pero no funciona.`),

  rec('chat_ru', f`В чём секрет долгой службы грузовых шин? Хочу написать статью для блога нашего шинного центра: давление, развал-схождение, ротация.`),

  rec('chat_he', f`זה לא סוד שהגננות עמוסות בדצמבר. תעזור לי לכתוב הודעה להורים שמבקשת מתנדבים למסיבת חנוכה?`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
DISPATCH_DB_URL=postgres://USER:PASSWORD@localhost:5432/roadside
TWILIO_AUTH_TOKEN=<your-twilio-token>
GOOGLE_MAPS_KEY=YOUR_API_KEY
SLACK_WEBHOOK_URL=\${SLACK_WEBHOOK_URL}
ADMIN_PASSWORD=********`)}

Schreib mir eine README-Sektion, die jede Variable erklärt.`),

  rec('code_python', f`moto tests for the recorded-deeds uploader fail since upgrading:

${amb('source_code.snippet', f`os.environ["AWS_ACCESS_KEY_ID"] = "AKIAIOSFODNN7EXAMPLE"
os.environ["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
os.environ["AWS_DEFAULT_REGION"] = "us-west-2"`)}`),

  rec('chat_nb', f`Er det greit å ha disse i testmiljøet for nettbutikken? STRIPE_SECRET_KEY=${STRIPE_TEST} og STRIPE_PUBLISHABLE_KEY=${PK_LIVE}. Kunden ser bare publishable key uansett.`),

  rec('receipt_pl', f`Przetłumacz na angielski potwierdzenie płatności dla klienta:
Zamówienie nr 2024/12/0418, opony 4 szt.
Zapłacono kartą: Visa **** **** **** 4417
Kwota: 1 836,00 zł
Numer przesyłki: 00340434188270019364`),

  rec('chat', f`Customer read their card number to the night agent and he wrote ${badCard('4716 2039 8815 447')} — the terminal says "invalid card number". Probably a digit swapped. How should the agent confirm the number without asking them to read it all again?`, 'Luhn-failing card number (checked): not a card'),

  rec('chat_de_ch', f`D Mueter het üs e IBAN gschickt, aber s E-Banking seit "ungültig": ${badIban('CH', '00235000018273946')}. Chasch mer e churzi Antwort schriibe, dass sie d Nummere nomal prüeft?`, 'IBAN with wrong check digits (computed): a negative'),

  rec('form_template', f`Bitte barrierefrei machen (Labels, Fehlermeldungen):

Anmeldeformular Kita
Name des Kindes: ____________
Geburtsdatum: TT.MM.JJJJ
Telefon Erziehungsberechtigte/r: +49 ___ ________
IBAN: DE00 0000 0000 0000 0000 00
Steuer-ID: 00 000 000 000`),

  rec('chat', f`Our test checkout for the roadside payment link uses ${amb('financial.payment_card', '4111 1111 1111 1111')} exp 12/34 CVC 123. Sandbox returns "card_declined" — which test card gives a success in Adyen?`, 'well-known test card: ambiguous'),

  rec('script', f`Voice-over script for the kindergarten explainer video: "Questions? Call our parent line at ${amb('pii.phone', '(555) 010-0173')} — we're here weekdays 7 to 6." Make it warmer and shorter.`, 'fictional 555-01xx number: ambiguous'),

  rec('chat', f`The lift monitoring demo for the UK trade show shows a fake callback number, ${amb('pii.phone', '07700 900418')}. Is that range really safe to print on a banner?`, 'Ofcom drama range: ambiguous'),

  rec('log', f`${amb('source_code.snippet', f`2024-12-05T07:41:02.118Z INFO  liftmon event=door_cycle device=5c1e8a7b-93f2-4d07-a64e-2b8f0c913d57 car=2 floor=7 dur_ms=4210
2024-12-05T07:41:09.553Z WARN  liftmon event=door_reopen device=5c1e8a7b-93f2-4d07-a64e-2b8f0c913d57 car=2 floor=7 count=3
2024-12-05T07:41:15.004Z INFO  liftmon build=${GITSHA('b117n-build')} queue_lag_ms=38`)}

Drei Wiedereröffnungen in sechs Sekunden — ist das ein Lichtgitter-Problem?`),

  rec('changelog', f`Release notes for the docketing tool, please make them readable for paralegals:

- image: registry.whitmore-ip.com/docket:5.3.0@sha256:${SHA('b117n-dig1')}
- previous: registry.whitmore-ip.com/docket:5.2.4@sha256:${SHA('b117n-dig2')}
- fix: EPO Rule 71(3) deadlines now computed with the 10-day rule removed (since 1 Nov 2023)
- new: Korean annuity schedule`),

  rec('pr_review', f`Is it OK to commit this to the repo? It's the TLS certificate and public key of the parent-app API:

${CERT}

${PUBKEY}`),

  rec('chat', f`Old kindergarten portal stores passwords like ${ambCat('credential', BCRYPT)} — is bcrypt with cost 10 still acceptable or should we migrate to argon2id?`, 'a password hash: ambiguous, no rule id'),

  rec('chat_ar', f`اكتب لي فقرة لسياسة كلمات المرور في مكتب الترجمة: ١٢ حرفاً على الأقل، لا تُشارك كلمة السر مع أحد، تفعيل التحقق الثنائي. لا أريد أي أمثلة لكلمات مرور حقيقية.`),

  rec('chat_pt', f`Esqueci-me da palavra-passe do portal das Finanças e preciso de submeter a declaração do IMT para a escritura amanhã. Qual é o procedimento mais rápido para recuperar o acesso?`),

  rec('chat_tr', f`Lastik sıcaklık sensörlerinin (TPMS) ID'leri 8 haneli hex: 1A2B3C4D, 5E6F7A8B gibi. Bunları araç plakası ile eşleştiren bir Excel formülü yazar mısın? Plakalar 34 ABC 123 formatında.`),

  rec('chat_th', f`ช่วยสรุปตารางค่าธรรมเนียมรายปีสิทธิบัตรไทยให้หน่อย ปีที่ 5 ถึงปีที่ 20 สำหรับคำขอเลขที่ 2401008273 ยื่นเมื่อ 12 มกราคม 2567`),

  rec('chat_ka', f`თარგმნე ინგლისურად: "სასამართლო სხდომა საქმეზე №2/1187-24 გადაიდო 2025 წლის 20 იანვრამდე. თარჯიმნის მომსახურების ღირებულება 40 ლარი საათში."`),

  rec('chat_hy', f`Խնդրում եմ գրիր ծնողներին հայտարարություն․ «Դեկտեմբերի 27-ին մանկապարտեզում տեղի կունենա Ամանորյա տոնակատարություն, ժամը 11:00-ին։ Խմբեր՝ Արևիկ, Ծիծեռնակ, Աստղիկ։»`),

  rec('chat_am', f`ይህን ወደ እንግሊዝኛ ተርጉም፦ "የጎማ አገልግሎት ማዕከላችን ከሰኞ እስከ ቅዳሜ ከጠዋቱ 2 ሰዓት እስከ ምሽቱ 12 ሰዓት ክፍት ነው። የጭነት መኪና ጎማ መጠን 315/80 R22.5 በክምችት አለ።"`),

  rec('chat_kk', f`Балабақшаның қысқы кестесін қазақ және орыс тілдерінде жазып бер: дүйсенбі–жұма 8:00–18:00, ұйқы уақыты 13:00–15:00, топтар «Балапан», «Күншуақ», «Айгөлек».`),

  rec('chat_sw', f`Tafadhali andika tangazo fupi kwa wateja wa malori: "Huduma ya dharura ya matairi barabarani sasa inapatikana saa 24 kwenye barabara kuu ya Nairobi–Mombasa. Bei ya kubadilisha tairi moja ni KSh 3,500."`),

  rec('chat_mr', f`बालवाडीच्या पालकांसाठी सूचना लिहा: "शनिवारी १४ डिसेंबरला वार्षिक स्नेहसंमेलन आहे. मुलांना पांढरा गणवेश घालून सकाळी ९ वाजता आणावे."`),

  rec('chat_te', f`ట్రక్ టైర్ల గాలి ఒత్తిడి గురించి డ్రైవర్లకు ఒక చిన్న సూచన రాయండి: ముందు టైర్లు 120 psi, వెనుక టైర్లు 110 psi, ప్రతి ఉదయం తనిఖీ చేయాలి.`),

  rec('chat_ca', f`Quant costa una traducció jurada de l'anglès al català d'una sentència de 14 pàgines? El client vol el pressupost abans de divendres, i ha de ser per al Jutjat de Primera Instància núm. 7 de Barcelona.`),

  rec('chat_yue', f`幫我寫個通告俾大廈住戶：「2號升降機將於12月10日（星期二）上午9時至下午5時進行年檢，期間暫停使用，請使用1號及3號升降機。」`),

  rec('chat_hr', f`Možeš li mi pomoći napisati obavijest roditeljima? "Vrtić će 24. i 31. prosinca raditi do 13 sati. Ručak će biti u 11.30." Molim te u prijateljskijem tonu.`),

  rec('chat_sv', f`Skriv gärna ett svar till kunden: däckförvaring kostar 600 kr per säsong, däckbyte för personbil 400 kr. Man bokar på webben och ordernumret kommer med bekräftelsen.`),

  rec('chat_fi', f`Mikä on EU-patentin validointimaksu Suomessa ja milloin käännös pitää jättää? Eurooppapatentti EP 3 918 274 B1, myöntämisen julkaisupäivä 6.11.2024.`),

  rec('chat_da', f`Vi holder julefrokost for montørerne, og der er "hemmelig nisse" med gaver til max 100 kr. Skriv en sjov invitation.`),

  rec('chat', f`Our onboarding deck for new escrow assistants says "Never put SSNs in e-mail — use the portal" and shows a sample SSN 000-12-3456 and "Password: ********" on a screenshot. Is the sample number safe to show?`, 'SSN with area 000 and masked password: negatives'),

  rec('chat', f`For the German court interpreting register I need the bank's BIC only, not the account: is ${amb('financial.swift_bic', 'DEUTDEFFXXX')} the right format for the Frankfurt head office, or should it be 8 characters?`, 'SWIFT/BIC: ambiguous'),

  rec('git', f`Clone from the docketing repo fails with "Permission denied (publickey)":

$ git clone ${amb('pii.email', 'git@github.com')}:whitmore-ip/docket-rules.git
Cloning into 'docket-rules'...
${amb('pii.email', 'git@github.com')}: Permission denied (publickey).

Which key does ssh pick by default on Windows?`, 'git@github.com: ambiguous'),
];
