/**
 * Held-out batch 105: hard negatives — documentation keys, test keys, placeholders, masked or
 * checksum-failing numbers, ISBNs, sequences, hashes and casual uses of "confidential" from the
 * toll, clinic, pension, rescue, lab and bookshop settings (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans and pasted code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b105n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b105n-pklive', B62, 97));
const PUB_PEM = pem('PUBLIC KEY', 'b105n-pub', 294);
const CERT = pem('CERTIFICATE', 'b105n-cert', 870);
const SHA = (seed: string) => fill(seed, HEX.toLowerCase(), 64);
const GIT = (seed: string) => fill(seed, HEX.toLowerCase(), 7);
const BCRYPT = tok('$2b$12$', fill('b105n-bcrypt', B62 + './', 53));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAA${b64Bytes('b105n-png', 240)}`;
const INTEGRITY = (seed: string) => `sha512-${fill(seed, B64, 86)}==`;

export const BATCH105_NEGATIVES: DraftRecord[] = [
  rec('code_python', f`Our moto-based test for the ANPR upload worker fails after upgrading to moto 5, why?

${v('source_code.snippet', f`@pytest.fixture(autouse=True)
def aws_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

@mock_aws
def test_upload_crop(tmp_path):
    s3 = boto3.client("s3", region_name="eu-west-2")
    s3.create_bucket(Bucket="crops", CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
    assert upload_crop(tmp_path / "plate.jpg", bucket="crops")`)}`, 'AWS documentation keys in a test fixture; the fixture is pasted code'),

  rec('env_test', f`Ist es ok, dass wir diese Datei für den Antiquariats-Shop ins Repo committen? Nur Testmodus.

${amb('source_code.snippet', f`# .env.test
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/antiquariat_test
MAIL_PASSWORD=\${MAIL_PASSWORD}`)}`),

  rec('env_example', f`Écris une section README qui explique chaque variable pour l'outil de rappels de RDV du cabinet de podologie :

${amb('source_code.snippet', f`# .env.example
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=<votre-token>
OPENAI_API_KEY=sk-...votre-cle...
SMTP_PASSWORD=
GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`)}`),

  rec('helm', f`Helm values for the pension statement service; the chart ignores the existing secret:

${amb('source_code.snippet', f`db:
  host: {{ .Values.global.dbHost }}
  user: statements
  existingSecret: statements-db
  passwordKey: password
smtp:
  password: "{{ .Values.smtp.password }}"`)}`),

  rec('gha', f`${amb('source_code.snippet', f`- name: Publish avalanche bulletin
  env:
    MAPBOX_TOKEN: \${{ secrets.MAPBOX_TOKEN }}
    DISCORD_WEBHOOK: \${{ secrets.DISCORD_WEBHOOK }}
  run: python publish_bulletin.py --region "\${{ inputs.region }}"`)}

Why are the secrets empty when the workflow runs from a fork PR?`),

  rec('receipt_es', f`Tradúceme este recibo al inglés para un cliente del marketplace:

Pedido n.º 2025-118204
Fecha: 14/04/2025
Pagado con Mastercard •••• 8406
Libros: "Cien años de soledad" (1ª ed. 1967, Sudamericana), ISBN 978-84-376-0494-7
Envío: Correos Express, seguimiento PQ8L4R0912846710128015X
Total: 184,50 €`),

  rec('toll_statement_fr', f`Peux-tu expliquer ce relevé de télépéage à un client âgé ?

Relevé n° 0047-2025-03
Badge n° 250 0004 1837 2
Véhicule : AB-123-CD (classe 1)
12/03 09:14  Saint-Arnoult → Poitiers  28,90 €
14/03 18:02  Poitiers → Saint-Arnoult  28,90 €
Prélèvement le 05/04 sur le compte se terminant par ••42`),

  rec('chat_it', f`Un cliente ha scritto il numero della carta nel modulo, ma il sistema dice "numero non valido": 4032 3396 8442 6587. Gli rispondo che deve ricontrollarlo? Scrivimi una risposta gentile.`, 'Luhn-failing number the text itself calls invalid'),

  rec('chat_nl', f`Een gepensioneerde belt dat de bank zijn nieuwe rekeningnummer weigert: NL12 RNZX 0342 6477 96. Volgens mij klopt het controlegetal niet. Hoe leg ik dat vriendelijk uit?`, 'IBAN with a wrong check digit'),

  rec('isbn_list', f`Sprawdź, czy te numery ISBN z dostawy do antykwariatu są poprawne i przelicz ISBN-10 na ISBN-13:

83-07-00453-0   Lalka, Bolesław Prus (PIW 1972)
978-83-240-3175-1   Bieguni, Olga Tokarczuk
0-14-044913-X   The Brothers Karamazov (Penguin Classics)
978-0-19-953556-9   Middlemarch (Oxford World's Classics)
9788375780635   Zbrodnia i kara`),

  rec('log', f`Which requests are slow? Lab informatics API log:

${amb('source_code.snippet', f`2025-04-22T10:14:02.118Z INFO lims-api req=3f9a1c6e-7b2d-4e81-9a05-c4d8e2f1b739 GET /v1/plates/P-2025-0417/wells 200 812ms
2025-04-22T10:14:02.530Z INFO lims-api req=b41e8d27-0c93-4f6a-8d12-5e7a9c3b1f60 POST /v1/samples 201 96ms
2025-04-22T10:14:03.001Z WARN lims-api req=e6c20a49-8f17-4b3d-a5e9-1d72f0c84b2a slow query fp=${SHA('b105n-fp')} 2310ms`)}`),

  rec('release_notes', f`Summarise for the lab the changes between these pipeline images:

- ghcr.io/helixforge/ngs-qc:1.9.3@sha256:${SHA('b105n-d1')}
- ghcr.io/helixforge/ngs-qc:2.0.0@sha256:${SHA('b105n-d2')}

Commits: ${GIT('b105n-g1')} fastp 0.23 → 0.24; ${GIT('b105n-g2')} MultiQC report per run; ${GIT('b105n-g3')} drop Python 3.9.`),

  rec('package_lock', f`npm ci fails with EINTEGRITY on the bookshop frontend, fragment of package-lock.json:

${amb('source_code.snippet', f`"node_modules/isbn3": {
  "version": "1.1.52",
  "resolved": "https://registry.npmjs.org/isbn3/-/isbn3-1.1.52.tgz",
  "integrity": "${INTEGRITY('b105n-int1')}"
},
"node_modules/sharp": {
  "version": "0.33.5",
  "resolved": "https://registry.npmjs.org/sharp/-/sharp-0.33.5.tgz",
  "integrity": "${INTEGRITY('b105n-int2')}"
}`)}`),

  rec('pem_public', f`Is this the key we give the gantry vendor so they can verify our signed tariff files? Just want to be sure it's the public one:

${PUB_PEM}

and our certificate:

${CERT}`),

  rec('training', f`Write a quiz question for pension fund staff training on SSN formats: explain why 000-12-3456 and 912-78-4031 can never be valid Social Security numbers, and what an ITIN is.`, 'SSNs with area 000 / 9xx'),

  rec('test_case', f`Aadhaar validator unit test description — make it clearer:
"Given the number 5287 1930 4616, the validator must reject it because the Verhoeff check digit is wrong."`, 'Verhoeff-failing Aadhaar number'),

  rec('chat', f`For the pension onboarding form validation: National Insurance numbers can't start with D, F, I, Q, U or V, so something like DA 48 29 17 B should be rejected. Can you write that as a regex with a comment?`, 'NINO with an unissued prefix'),

  rec('chat_de_ch', f`Für s'Plakat vo de Bergrettig: im Notfall 1414 (Rega) oder 112 aalüte, Standort mit de App übermittle. Chasch mer en churze Text uf Hochdütsch und Französisch mache?`),

  rec('bulletin_sl', f`Prevedi v angleščino:

Lavinski bilten, 18. 2. 2025, 7:00
Julijske Alpe: stopnja nevarnosti 3 (znatna) nad 1800 m, 2 pod 1800 m.
Kritična ekspozicija: S, SV, V. Novi sneg 35 cm, veter J 40–60 km/h.
Naslednja izdaja: 19. 2. 2025 ob 7:00.`),

  rec('training_en_gb', f`Turn this into a navigation exercise for new team members:
Start at the car park, grid ref NY 342 151, walk to the summit cairn at NY 342 128 (950 m), then descend on a bearing of 212° for 600 m. Coordinates of the shelter: 54.5223° N, 3.0159° W.`),

  rec('chat', f`We're evaluating confidential computing (AMD SEV-SNP enclaves) for running genomic analyses on patient samples in the cloud. What are the performance overheads people report?`),

  rec('chat', f`Can you draft a confidentiality agreement template for volunteers at our second-hand bookshop who handle customer orders? UK law, one page.`),

  rec('chat_en_ie', f`I'm fairly confident the new toll tag readers will pass the EN 15509 conformance test, but what's usually in the test plan?`),

  rec('tariff_csv', f`Turn this tariff table into a clear web page table:

${amb('source_code.snippet', f`class;description;peak_eur;offpeak_eur
1;Motorcycle;1.10;0.90
2;Car / van up to 3.5 t;2.30;1.90
3;Bus, 2 axles;5.40;4.60
4;HGV, 3+ axles;8.70;7.40`)}`),

  rec('chat_sw', f`Nisaidie kuandika tangazo kwa wateja wa duka letu la vitabu vya mitumba: tumepokea vitabu 1,200 vipya, ofa ya asilimia 20 mpaka tarehe 30 Juni. Nambari ya oda huanza na BK-2025-.`),

  rec('chat_yo', f`Ẹ jọ̀ọ́, ṣe àkọsílẹ̀ ìkìlọ̀ kúkúrú fún àwọn ọmọ ẹgbẹ́ owó ìfẹ̀yìntì: ẹ má ṣe fi ọ̀rọ̀ aṣínà yín ránṣẹ́ sí ẹnikẹ́ni, kódà bí wọ́n bá sọ pé wọ́n wá láti ọ́fíìsì wa.`),

  rec('chat_es', f`Necesito un aviso corto para los pacientes: la clínica de podología cerrará el 27 de abril por el festivo. Los nuevos horarios se publicarán en la web. ¿Me lo redactas?`),

  rec('chat_af', f`Kan jy die nuusbrief vir die bergreddingsklub vertaal? "Die volgende opleidingsnaweek is 14–16 Maart by die Drakensberg. Bring jou eie slaapsak en hoofliggie. Die reddingsnommer bly dieselfde."`),

  rec('chat_sm', f`Fa'amolemole fesoasoani mai e tusi se fa'asalalauga mo le faleoloa tusi tuai: "O le a tatala le faleoloa i le Aso Toona'i mai le 9 i le 1 i le aoauli."`),

  rec('chat_en_nz', f`Kia ora, can you write a short note for our pension scheme members: the annual statements will go out in July, and nobody from the scheme will ever ring you to ask for your password.`),

  rec('chat_en_gb', f`Could you translate this into Welsh, please? "The foot clinic will be closed on Bank Holiday Monday. Please ring the usual number to rebook your appointment."`),

  rec('chat_it', f`Aiutami a scrivere un avviso per i clienti dell'autostrada: dal 1° luglio la tariffa per la classe B sarà di 2,50 euro. Il pagamento con carta è accettato a tutte le barriere.`),

  rec('chat_ru', f`Напиши, пожалуйста, короткую памятку для сотрудников лаборатории: образцы хранятся в морозильнике при -80 °C, штрихкод каждой пробирки нужно зарегистрировать в LIMS.`),

  rec('chat_ne', f`कृपया हिमाल उद्धार टोलीका लागि छोटो सूचना लेखिदिनुहोस्: "हिउँपहिरोको जोखिम स्तर ४ छ, सबै अभियानहरू भोलिसम्म स्थगित।"`),

  rec('chat_ta', f`எங்கள் பாத சிகிச்சை மருத்துவமனையின் நோயாளிகளுக்கு ஒரு சிறிய அறிவிப்பு எழுதுங்கள்: அடுத்த வாரம் முதல் சனிக்கிழமைகளிலும் மருத்துவமனை திறந்திருக்கும்.`),

  rec('chat_ar', f`من فضلك اكتب رسالة قصيرة لأعضاء صندوق التقاعد: «كشف الحساب السنوي متاح في بوابة الأعضاء اعتباراً من الأول من يوليو. لا تشارك كلمة المرور مع أي شخص.»`),

  rec('chat_hi', f`कृपया टोल प्लाज़ा के कर्मचारियों के लिए छोटा निर्देश लिख दीजिए: रात दस बजे के बाद भारी वाहनों के लिए केवल लेन नंबर 4 खुली रहेगी।`),

  rec('chat_th', f`ช่วยเขียนประกาศสั้น ๆ สำหรับลูกค้าร้านหนังสือมือสอง: ร้านจะปิดช่วงสงกรานต์ ตั้งแต่วันที่ 13 ถึง 16 เมษายน`),

  rec('chat_ru', f`Напиши короткое объявление для членов горноспасательного отряда: "Учения пройдут 22 марта на южном склоне. Не забудьте лавинные датчики и щупы."`),

  rec('dna', f`Can you check whether this primer pair will form dimers? Forward: 5'-ATGGCTAGCAAAGGAGAAGAACTTTTCACTGG-3', Reverse: 5'-TTATTTGTATAGTTCATCCATGCCATGTGTAATCCC-3'. Target: GFP in pUC19-based plasmid, Tm around 60 °C.`),

  rec('bcrypt', f`Migrating the bookshop's old user table to the new platform. Do we need to re-hash these or can the new system read bcrypt directly?

${amb('source_code.snippet', f`id,username,password_hash,created
1042,oldquarter,${amb('credential.password_assignment', BCRYPT)},2019-03-11`)}`, 'a bcrypt hash is ambiguous, not a negative'),

  rec('stripe_test_cards', f`For the marketplace checkout QA: which Stripe test card triggers 3-D Secure, ${amb('financial.payment_card', '4000 0027 6000 3184')} or ${amb('financial.payment_card', '4000 0566 5566 5556')}? The second one is the debit one I think.`, 'well-known Stripe test cards: ambiguous'),

  rec('gift_voucher', f`A customer can't redeem her bookshop gift voucher 6280 4419 3027 5516 online, the till says "unknown voucher". Write a reply telling her to bring it to any branch.`, 'voucher number fails the Luhn check: a negative'),

  rec('email_template', f`Make this HTML e-mail template for podiatry appointment reminders work in Outlook:

${amb('source_code.snippet', f`<table role="presentation" width="100%">
  <tr><td align="center"><img src="data:image/png;base64,${PNG_B64}" width="120" alt="Clinic logo"></td></tr>
  <tr><td>Dear {{ patient.first_name }}, your appointment is on {{ appt.date }} at {{ appt.time }}.</td></tr>
</table>`)}`),

  rec('firewall_doc', f`Explain these firewall rules for the toll plaza network in plain language for the auditors:

${amb('source_code.snippet', f`allow tcp from ${amb('pii.ip_address', '10.8.0.0/16')} to ${amb('pii.ip_address', '10.8.2.10')} port 443   # lane controllers -> plaza server
allow udp from ${amb('pii.ip_address', '10.8.2.10')} to ${amb('pii.ip_address', '192.0.2.53')} port 53    # DNS
deny  ip  from any to any`)}`, 'IP addresses are ambiguous everywhere'),

  rec('chat_ru', f`Мой секретный ингредиент для глинтвейна после спасательных дежурств — кардамон. Подскажи рецепт на 20 человек, без алкоголя для водителей.`),

  rec('chat_hu', f`Írj egy rövid útmutatót a nyugdíjpénztári tagoknak arról, hogyan állíthatják vissza a jelszavukat a tagi portálon. Ne kérjünk tőlük jelszót e-mailben soha.`),

  rec('chat_ko', f`API 문서 예시에 나온 키 형식이 sk-...your-key-here... 인데, 우리 연구실 위키에도 이런 식으로 적어두면 되나요? 실제 키는 Vault에 있어요.`),

  rec('phone_shaped', f`Our clinic's booking form accepted "+49 123 45" as a phone number. What validation library should we use so that obviously incomplete numbers are rejected?`, 'phone-shaped value libphonenumber rejects'),

  rec('lab_ids', f`Summarise this for the lab meeting: samples S-2025-0417-A01 to S-2025-0417-H12 were run on flow cell HWKTNDSXC, lane 2; UniProt P42212 (GFP) and PDB 1EMA used as reference; CAS 7732-18-5 for the buffer.`),
];
