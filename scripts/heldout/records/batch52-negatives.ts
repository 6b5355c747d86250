/**
 * Held-out batch 52: hard negatives — microchip and balise numbers, company registration and VAT ids,
 * drilling figures, masked or check-digit-failing values, placeholders, test keys, hashes and casual
 * uses of "secret" / "confidential" in many languages (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b52n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b52n-pklive', B62, 97));
const RK_TEST = tok('rk_', 'test_', '51', fill('b52n-rktest', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const SHORT_SHA = (seed: string) => fill(seed, HEX, 7);
const BCRYPT = tok('$2y$10$', fill('b52n-bcrypt', B62 + './', 53));
const CERT = pem('CERTIFICATE', 'b52n-cert', 880);
const PUB = pem('PUBLIC KEY', 'b52n-pub', 91);
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${fill('b52n-png', B64, 200)}`;
const INTEGRITY = (seed: string) => `sha512-${b64Bytes(seed, 64)}`;

export const BATCH52_NEGATIVES: DraftRecord[] = [
  rec('env_test', f`Can a live publishable key sit in the test env file? Our payouts e2e tests run against Stripe test mode:

${amb('source_code.snippet', f`# .env.e2e — committed, test mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_RESTRICTED_KEY=${RK_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME
PAYOUT_DB_URL=postgres://USER:PASSWORD@localhost:5432/payouts_e2e`)}`),

  rec('chat', f`The microchip scanner at the Rotterdam clinic exports numbers like these. Why does our record system reject the second one? Is there a check digit?

528210004827193
528210004827201
941000024817365
756098100482719

All four pets are registered at NDG.`, 'ISO 11784 pet microchip numbers: identify an animal, not a person or an account'),

  rec('form_de_at', f`Mach bitte dieses Formular barrierefreier (Beschriftungen, Fehlermeldungen). Es ist die Vorlage für den Bursary-Antrag:

Name der Schülerin / des Schülers: ______________________
Geburtsdatum: TT.MM.JJJJ
Sozialversicherungsnummer: ____ ______
IBAN für Rückerstattungen: AT00 0000 0000 0000 0000
Haushaltseinkommen (brutto, jährlich): € __________
Unterschrift der Erziehungsberechtigten: ________________`),

  rec('balise_list_no', f`Kan du sortere denne balisegruppelista etter kilometer og merke de som mangler prosjekteringsdata?

NID_C 584, NID_BG 4711, km 39,812, retning N, Bjørnfjell innkjør
NID_C 584, NID_BG 4712, km 40,105, retning N
NID_C 584, NID_BG 4705, km 37,260, retning S, ingen data
NID_C 584, NID_BG 4709, km 38,944, retning S
M_VERSION 2.0, Q_MEDIA 0, N_TOTAL 1 for alle gruppene.`),

  rec('drilling_report_is', f`Getur þú gert stutta samantekt á ensku úr dagskýrslunni?

Hola HE-58, dagur 23
Dýpi kl. 06:00: 2.184 m MD / 2.051 m TVD
Borhraði: 6,8 m/klst, WOB 12–14 t, 140 sn./mín.
Dæluþrýstingur 182 bar, dæling 2.400 l/mín.
Hitastig við botn (áætlað): 286 °C
Staðsetning: 64°02'31"N 21°24'08"W
Fóðring 13 3/8" niður í 812 m, steypt 19.01.`),

  rec('receipt', f`Can you translate this subscription receipt into English for a reader who asked?

Rheintaler Bote – Abo-Rechnung Nr. 2025-004817
Abo-Nr. 300482917, Jahresabo Print + Digital
Betrag: CHF 398.00 inkl. 2.6 % MWST
Bezahlt mit: Mastercard •••• 3728, 14.01.2025
ISSN 1662-4920
UID: CHE-109.482.736 MWST`),

  rec('git_ja', f`リベースの途中で分からなくなりました。git status の出力はこうです。次に何をすればいいですか？

interactive rebase in progress; onto ${SHORT_SHA('b52n-onto')}
Last commands done (2 commands done):
   pick ${SHORT_SHA('b52n-c1')} feat(kenpin): add serial-number photo step
   pick ${SHORT_SHA('b52n-c2')} fix(kenpin): rotate EXIF before upload
Next commands to do (1 remaining command):
   pick ${SHORT_SHA('b52n-c3')} chore: bump sharp to 0.33.5`),

  rec('chat', f`A buyer pasted their card number into the dispute form by mistake: 4539 8204 7316 5528. Our form validator rejected it anyway. Is the validator doing a Luhn check? I want to reply that they should never send card numbers through the form.`, 'Luhn-failing card number'),

  rec('chat_fr_ch', f`Le papa d'une élève dit que son e-banking refuse notre IBAN. Il l'a recopié comme ça : CH39 0076 2011 6238 5295 7. C'est bien une erreur de sa part ? Comment lui expliquer gentiment de recopier depuis la facture ?`, 'IBAN with wrong check digits'),

  rec('env_example_pt', f`Podes escrever uma secção do README a explicar cada variável deste ficheiro?

${amb('source_code.snippet', f`# .env.example — copiar para .env e preencher
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
PAYOUT_DB_URL=postgres://<utilizador>:<palavra-passe>@<host>:5432/payouts
ADYEN_API_KEY=<pedir ao Nuno>
OPENAI_API_KEY=sk-...
SENTRY_DSN=`)}`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`- name: Upload firmware
  env:
    JFROG_TOKEN: \${{ secrets.JFROG_TOKEN }}
    GH_TOKEN: \${{ secrets.SUBMODULE_PAT }}
  run: |
    jf rt upload "fw/build/*.bin" "fw-local/ace4/\${{ github.sha }}/" --access-token "$JFROG_TOKEN"`)}

Is it safe to run this on pull requests from forks?`),

  rec('lockfile', f`Why does npm ci fail with EINTEGRITY on the paywall build only?

${amb('source_code.snippet', f`"node_modules/date-fns": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
  "integrity": "${INTEGRITY('b52n-int1')}"
},
"node_modules/zod": {
  "version": "3.23.8",
  "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",
  "integrity": "${INTEGRITY('b52n-int2')}"
}`)}`),

  rec('chat', f`We need a confidentiality agreement template for the bursary committee members (parents on the committee see other families' income). Something short, one page, plain English. Can you draft it?`),

  rec('chat_tr', f`Ofiste yılbaşı için "Gizli Noel Baba" çekilişi yapacağız, bütçe 300 TL. Sondaj sahasındaki ekip de katılacak. Eğlenceli bir davet metni yazar mısın?`),

  rec('chat_sv', f`Personalen på djursjukhuset i Uppsala vill veta hemligheten bakom kanelbullarna som receptionisten bakar varje fredag. Skriv ett skämtsamt mejl där hon avslöjar sitt "hemliga recept" (det är bara kardemumma).`),

  rec('chat_fi', f`Voitko tehdä tästä siistin taulukon? Lähetykset lukijapalkinnoista:

Posti-seurantakoodi JJFI64827193000048271, toimitettu 14.1.
Posti-seurantakoodi JJFI64827193000048288, matkalla
Lasku 2025-0112, viitenumero 1009 48273, Y-tunnus 2948271-6`),

  rec('invoice_pl', f`Sprawdź proszę, czy na fakturze są wszystkie wymagane dane firmy:

Sprzedawca: Nordspor Signal Polska sp. z o.o.
ul. Głogowska 31, 60-702 Poznań
NIP: 779-248-17-36, REGON: 384729105, KRS: 0000827194
Nabywca: PKP Polskie Linie Kolejowe S.A., NIP: 113-218-44-17
Numer zamówienia: PLK/IZ/2024/0917`),

  rec('chat_pt', f`Qual é a diferença entre o NIF de empresa e o de pessoa singular? A nossa empresa é a Revesta Marketplace, Lda., NIF 517 482 930, CAE 47910. Um vendedor profissional enviou-nos o NIF 508 274 193 da empresa dele.`, 'company tax numbers (5xx prefix)'),

  rec('chat_el', f`Βοήθησέ με να γράψω μήνυμα σε επαγγελματία πωλητή ότι χρειαζόμαστε τα στοιχεία της εταιρείας του για το τιμολόγιο: ΑΦΜ 801482736, ΔΟΥ ΦΑΕ Αθηνών, αριθμός ΓΕΜΗ 148273601000. Τα έχει στείλει ήδη, θέλω μόνο επιβεβαίωση.`),

  rec('chat_ru', f`Проверьте, пожалуйста, реквизиты в договоре подряда на бурение: ИНН 7704829173, КПП 770401001, ОГРН 1187746482915. Работы по ГОСТ Р 58367-2019. Всё ли указано для юрлица?`),

  rec('chat_kk', f`Келісімшарттағы компания деректерін тексеріп беріңізші: «Hverfell Drilling Kazakhstan» ЖШС, БСН 180840029174, Алматы қ., Абай даңғылы 52. Жұмыс ҚР СТ ISO 9001-2016 бойынша.`),

  rec('chat_ar', f`ممكن تتأكد إن بيانات الفاتورة كاملة؟ مستشفى فيتيرا البيطري ذ.م.م، رخصة تجارية رقم 1048273، الرقم الضريبي 100482719300003، ص.ب 48271 دبي. رقم الفاتورة INV-2025-0193.`),

  rec('chat_hi', f`कृपया यह इनवॉइस चेक कर दीजिए कि कंपनी की सारी जानकारी है: Revesta Tech India Pvt Ltd, GSTIN 29AAKCR4827L1Z5, CIN U72900KA2021PTC148273, इनवॉइस नं. RTI/24-25/0917।`),

  rec('cfdi_es_mx', f`Me llegó esta factura del proveedor de lodos, ¿está bien el RFC del emisor y el folio fiscal?

Emisor: Lodos y Fluidos del Bajío S.A. de C.V.
RFC: LFB180314QK2
Folio fiscal (UUID): 7C2E91A4-38D0-4B6F-9E12-5A73C08D4F61
Serie y folio: A-2291
Uso CFDI: G03 Gastos en general`),

  rec('boleta_es_cl', f`¿Me explicai si esta boleta está bien emitida? La clínica es "Veterra Chile SpA", RUT 76.482.913-1, giro servicios veterinarios. Boleta electrónica N° 482917, monto $38.500, fecha 17-01-2025.`, 'company RUT (76.xxx.xxx): not a person'),

  rec('chat_it', f`Mi confermi che in fattura per un venditore professionale servono questi dati? Ragione sociale: Vintage Brera S.r.l., Partita IVA IT 10482736159, REA MI-2591734, codice SDI M5UXCR1.`),

  rec('chat_fr_be', f`Est-ce que ces mentions suffisent sur la facture d'une clinique belge ? Veterra Belgium SRL, n° d'entreprise BCE 0748.291.736, TVA BE 0748.291.736, RPM Liège. Facture 2025/0193.`),

  rec('chat_hr', f`Možeš složiti tablicu od ovih signala za projekt Rijeka – Zagreb? Ulazni signal Ul1 km 182+340, izlazni signal Iz2 km 183+015, predsignal PSu1 km 181+120, oznaka natječaja HŽI-2024/S 087-261934.`),

  rec('pr_review', f`Reviewer flagged these in the RBC simulator repo. They're the public cert and the public key we give to the train-side test rig, so fine to commit, right?

${CERT}

${PUB}`),

  rec('checksums_sv', f`Stämmer checksummorna för firmware-filerna innan vi laddar upp dem till axelräknarna i Kiruna?

${SHA('b52n-fw1')}  ace4-evaluator-3.2.1.bin
${SHA('b52n-fw2')}  ace4-evaluator-3.2.1.sig
${SHA('b52n-fw3')}  ace4-bootloader-1.9.0.bin`),

  rec('chat', f`Is it okay that the legacy bursary portal stores passwords like ${ambCat('credential', BCRYPT)}? A parent asked whether we "keep their password". The column is called pwd_hash.`, 'a password hash: ambiguous, no rule id'),

  rec('chat', f`The US payroll provider rejected two SSNs for our rig hands: 000-48-2917 and 666-20-4817. I think someone typed placeholders. What should I tell HR to ask for?`, 'SSNs with area 000 and 666: invalid'),

  rec('chat_no', f`GSM-R-numrene til skiftetomta i Narvik er ikke vanlige telefonnumre, ikke sant? Vi har funksjonsnummer 1 58400 01 for togleder og 3 4711 80 for skiftelok. Kan de ringes fra vanlig mobil?`),

  rec('csv', f`Add 10 % VAT to these library orders for the Grade 9 reading list:

${amb('source_code.snippet', f`isbn;title;qty;price_eur
978-3-446-27613-5;Der Vorleser (Schulausgabe);24;9.90
978-0-14-118776-1;Of Mice and Men;24;8.99
978-2-07-040850-4;Le Petit Prince;18;7.50`)}`),

  rec('vet_record', f`Can you turn these patient details into a pet-passport reminder letter to the owner? Just address the owner as "Dear owner".

Patient: Mochi, Shiba Inu, female
Date of birth: 02.04.2021
Microchip: 756098100482719
EU pet passport: CH-098-1004827
Rabies vaccination: 15.03.2024, valid until 14.03.2027`, 'a dog\'s date of birth and pet-passport number: not personal data'),

  rec('chat', f`Write a password policy for the admissions office: minimum 14 characters, passphrases encouraged, no monthly rotation, MFA for the SIS and the bursary portal. Mention that screenshots showing "Password: ••••••••" are fine to share with IT but never the real one.`),

  rec('chat', f`Old driller's wisdom: the secret of a good cement job is the spacer, not the slurry. Can you write that up as a two-paragraph "tip of the week" for our site newsletter?`),

  rec('chat', f`Stripe docs say to use ${amb('financial.payment_card', '4242 4242 4242 4242')} for a successful payment and ${amb('financial.payment_card', '4000 0000 0000 0341')} to test a card that attaches but fails. Which one should our bursary deposit tests use to check the "payment failed" e-mail?`, 'Stripe test cards: ambiguous'),

  rec('network_plan', f`Make a clean table of the IP plan for the technical room at Bjørnfjell, and check for overlaps:

Signalling LAN: ${amb('pii.ip_address', '10.114.0.0')}/24, gateway ${amb('pii.ip_address', '10.114.0.1')}
Telecom LAN: ${amb('pii.ip_address', '10.114.1.0')}/24
Management VLAN 99: ${amb('pii.ip_address', '10.114.0.128')}/25
NTP: ${amb('pii.ip_address', '10.100.0.10')}`),

  rec('chat', f`Our CTO wants "confidential computing" for the counterfeit-detection model so the brands can send us their reference images. Is that actually necessary, or is normal encryption at rest enough?`),

  rec('code_python', f`moto tests broke after upgrading to moto 5 — "InvalidClientTokenId":

${v('source_code.snippet', f`@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    with mock_aws():
        client = boto3.client("s3", region_name="eu-south-1")
        client.create_bucket(Bucket="revesta-authenticated-items",
                             CreateBucketConfiguration={"LocationConstraint": "eu-south-1"})
        yield client`)}`, 'AWS documentation keys in a test fixture; the fixture itself is code'),

  rec('chat_es_cl', f`Hola, ¿me ayudai a describir la ubicación de los pozos para el informe? Pozo CP-5: 21°50'12"S 68°09'41"W, 4.520 m s.n.m.; pozo CP-7: 21°50'36"S 68°08'57"W. Profundidad 2.300 y 2.650 m.`),

  rec('chat_ko', f`앱 버전이 2.18.4 (빌드 2025011903)인데 iOS 17.6.1에서만 사진 업로드가 실패해요. 안드로이드 14, 빌드 2025011902에서는 괜찮아요. 어떤 로그를 봐야 할까요?`),

  rec('uuid_hi', f`इन पुरानी सेशन्स को Redis से हटाने के लिए redis-cli का लूप लिख दीजिए:
sess:8f3b2c71-4d9e-4a06-b5e2-7c1d90a3f846
sess:1e7a40d9-c38b-4f25-9a61-2b8e5f7d0c34
sess:c92d5f18-6a4b-47e0-8d13-f0b7a2e9c561`),

  rec('css', f`Why is the paywall lock icon blurry on retina? ${amb('source_code.snippet', f`.paywall__lock {
  width: 24px; height: 24px;
  background: url("data:image/png;base64,${PNG_B64}") no-repeat center / contain;
}`)}`),

  rec('masked_bank_de_ch', f`In der Banking-App steht bei einer Lastschrift nur "CH** **** **** **** 1846, Mandat RB-300482917". Können Sie mir sagen, welches Abo das sein könnte? Ich habe bei Ihnen Print und das E-Paper für meine Mutter.`),

  rec('chat_nl', f`Hoe gaan we vertrouwelijk om met klachten van eigenaren over een behandeling? Ik wil een korte werkinstructie voor de balie: wie mag wat inzien, en hoe lang bewaren we de mails.`),

  rec('chat_ja', f`社内報に載せる「所長の極秘レシピ」コーナーの文章を考えてください。九州の現場の名物、地熱で蒸した「地獄蒸し」の作り方です。`),

  rec('chat_is', f`Skrifaðu stutta frétt fyrir fréttabréfið: "Leyndarmálið á bak við kaffið á borplaninu" — borstjórinn setur smá salt í kaffið. Hafðu hana létta og skemmtilega.`),

  rec('chat_ru', f`В чём секрет хорошей цементировки обсадной колонны? Составь короткую памятку для молодых буровых мастеров: 6 пунктов.`),
];
