/**
 * Held-out batch 46: hard negatives — identifiers, placeholders, test values and casual wording that
 * look sensitive in a rail, clinic, game-studio, fish-farm, library and tax setting, and are not
 * (tests/corpus/README.md, "Decisions on negatives"). Unlabelled apart from ambiguous spans and pasted code.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b46n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b46n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const CERT = pem('CERTIFICATE', 'b46n-cert', 780);
const PUB_PEM = pem('PUBLIC KEY', 'b46n-pub', 294);
const SSH_PUB = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b46n-sshpub', B64, 43)}`;
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA${b64Bytes('b46n-png', 240)}`;
const BCRYPT = tok('$2y$10$', fill('b46n-bcrypt', B62 + './', 53));
const INTEGRITY = `sha512-${b64Bytes('b46n-integrity', 64)}`;

export const BATCH46_NEGATIVES: DraftRecord[] = [
  // ——— rail freight ———
  rec('chat_de', f`Welche Wagen aus dieser Liste sind überfällig für die Revision (Fristablauf vor Januar)?
- 31 80 6658 123-4, Fristablauf 11/2024
- 33 80 4955 017-2, Fristablauf 03/2025
- 37 84 4906 552-8, Fristablauf 12/2024
- 31 51 6652 409-1, Fristablauf 01/2025
Bitte nach Datum sortieren.`, 'UIC wagon numbers with their self-check digit: asset ids, not cards'),

  rec('chat', f`Can you explain what the fields in an ETCS balise telegram mean? Our contractor sent: NID_C=532, NID_BG=14872, N_PIG=1, M_MCOUNT=255, Q_LINK=1. Is NID_C the country code?`),

  rec('chat_pl', f`Numery przesyłek do terminalu w Małaszewiczach: KRF-PL-2024-118734, KRF-PL-2024-118735, KRF-PL-2024-118791. Kontenery: MSKU 482917 3, TGHU 771042 8. Zrób z tego tabelkę do raportu dziennego.`),

  rec('chat_cs', f`Potřebuji vysvětlit rozdíl mezi číslem vlaku a číslem trasy. Příklad: vlak Nex 47312, trasa 2024-118-04312-7, odjezd Ostrava-Bartovice 22:41. Proč máme v systému dvě čísla?`),

  rec('chat_nl', f`Hoe bereken ik de gemiddelde doorlooptijd per wagen in de haven? Ik heb een export met kolommen aankomst, vertrek en UIC-nummer (bv. 33 88 4951 204-6). Excel-formule graag, geen macro.`),

  rec('chat', f`Our driver roster policy says every password must be at least 14 characters and rotated every 90 days. Drivers hate it. Can you draft a friendlier explanation of why we need it, and suggest passphrases instead?`),

  rec('git', f`Why does the CI say my branch is behind? Output:

${amb('source_code.snippet', `$ git log --oneline -3
${GITSHA('b46n-g1').slice(0, 7)} (HEAD -> feature/roster-export) export shifts to CSV
${GITSHA('b46n-g2').slice(0, 7)} fix timezone for CET/CEST switch
${GITSHA('b46n-g3').slice(0, 7)} (origin/main) bump deps
$ git rev-parse origin/main
${GITSHA('b46n-g3')}`)}`),

  // ——— IVF clinic network ———
  rec('chat_es_cl', f`¿Cómo explico a una paciente qué significa la clasificación de sus embriones? El informe dice: E-24-11873-01 blastocisto 4AA, E-24-11873-02 blastocisto 3BB, E-24-11873-03 mórula. Necesito un lenguaje cálido y sencillo.`, 'embryo lab ids and grades, no patient'),

  rec('chat_pt_br', f`Qual a diferença entre sigilo médico e confidencialidade de dados na LGPD? Preciso preparar um treinamento de 30 minutos para as recepcionistas da clínica.`),

  rec('chat_tr', f`Hastalarımıza tedavi takvimini anlatan bir broşür hazırlıyorum: 2. gün ultrason, 6. gün kan tahlili, 10-12. gün yumurta toplama, 5 gün sonra transfer. Bunu sade bir dille yazar mısın?`),

  rec('receipt', f`Recibo — Aurelia Fertility Bogotá
Fecha: 28/11/2024
Concepto: Monitoreo folicular (3 ecografías)
Valor: COP 1.250.000
Pagado con: Visa **** **** **** 4417 (aprobación 082914)
Factura electrónica: SETP-990000218

¿Puedes traducirlo al inglés para el seguro internacional de la paciente?`, 'masked PAN, approval code and invoice number'),

  rec('chat_it', f`Sono sicura che il protocollo antagonista sia il più adatto, ma come lo spiego ai pazienti senza usare termini tecnici? Il medico mi ha chiesto un foglio informativo di una pagina.`, '"sicura" = confident, no marking'),

  rec('chat_ar_eg', f`محتاج أكتب سياسة الخصوصية لموقع العيادة. إيه الفرق بين "بيانات سرية" و"بيانات شخصية حساسة" في قانون حماية البيانات المصري رقم ١٥١ لسنة ٢٠٢٠؟`),

  rec('lab_report', f`Explain these semen analysis reference values to a patient in plain English:
Volume ≥ 1.4 mL, concentration ≥ 16 million/mL, total motility ≥ 42%, normal forms ≥ 4% (WHO 2021, 6th edition).
Sample ID: SA-2024-0031877, received 09:12, analysed 09:47.`),

  rec('chat_fa', f`برای آموزش کارکنان پذیرش، یک متن کوتاه درباره‌ی اهمیت محرمانگی اطلاعات بیماران بنویس. نیازی به مثال واقعی نیست.`),

  // ——— game studio ———
  rec('env_example', f`Is this .env.example OK to commit to the public modding SDK repo?

${amb('source_code.snippet', `# copy to .env and fill in
STEAM_WEB_API_KEY=YOUR_STEAM_KEY_HERE
PLAYFAB_TITLE_ID=7F3A2
PLAYFAB_SECRET_KEY=<your-playfab-secret>
SENTRY_DSN=https://<key>@o0.ingest.sentry.io/0
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/mods
GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`)}`),

  rec('store_config', f`${amb('source_code.snippet', `# store/config.staging.yaml — test mode only
stripe:
  secret_key: ${STRIPE_TEST}
  publishable_key: ${PK_LIVE}
  webhook_secret: \${STRIPE_WEBHOOK_SECRET}
currency_default: EUR`)}

QA says in-game purchases on staging show the real card form. Is that because of the live publishable key?`, 'Stripe test secret key and a publishable key: not credentials'),

  rec('build_log', f`Steam upload finished but the depot isn't showing in the beta branch. Log:

${amb('source_code.snippet', `[2024-11-28 23:14:02] Building depot 2457811...
[2024-11-28 23:16:40] Depot manifest 7284619305518274631 (2.81 GB, 18 422 files)
[2024-11-28 23:16:41] Building depot 2457812...
[2024-11-28 23:17:09] Depot manifest 4410938275016623986 (312 MB, 911 files)
[2024-11-28 23:17:12] App build 16038447 committed, set live on branch: (none)`)}`, 'Steam depot manifest ids: 19-digit build identifiers'),

  rec('chat_fi', f`Voitko selittää, mitä nämä versionumerot tarkoittavat? Pelin build 1.0.17.2291, Unreal Engine 5.4.4, Steamworks SDK 1.60, Switch SDK 18.3.0. Julkaisija kysyy, mikä on "gold master" -versio.`),

  rec('chat_ja', f`バグ報告のテンプレートを作ってください。項目：ビルド番号（例：1.2.0-rc3+8821）、プラットフォーム、再現手順、発生頻度、クラッシュID（例：c1f0a7e2-5b94-4d3e-9a61-7e2b48d0f315）。`),

  rec('game_dialogue', f`Proofread this quest dialogue, the tone should be grumpy:

GATEKEEPER: Halt. None pass the Rusted Gate without the word.
PLAYER: [Persuade] The smith said the password is "ember-tide".
GATEKEEPER: Hmph. The smith talks too much. Go on, then.`, 'a password in game fiction: not a credential (debatable)'),

  rec('checksums', f`Publisher wants checksums for the gold master submission. Are these in the right format?

Ashfall_GM_PS5.pkg  SHA-256  ${SHA('b46n-s1')}
Ashfall_GM_XSX.xvc  SHA-256  ${SHA('b46n-s2')}
Ashfall_GM_NSW.nsp  SHA-256  ${SHA('b46n-s3')}`),

  rec('dockerfile', f`${amb('source_code.snippet', `FROM mcr.microsoft.com/dotnet/runtime:8.0@sha256:${SHA('b46n-d1')}
WORKDIR /srv/matchmaker
COPY publish/ .
ENV ASPNETCORE_URLS=http://+:8080
ENTRYPOINT ["dotnet", "Matchmaker.dll"]`)}

image pulls fine locally but the build server says digest mismatch`),

  rec('chat_vi', f`Em cần viết thông báo cho người chơi về đợt bảo trì: máy chủ Đông Nam Á tắt từ 02:00 đến 06:00 ngày 5/12 (giờ Việt Nam), phiên bản mới 2.3.1 sẽ có sự kiện Tết. Viết giúp em cho thân thiện nhé.`),

  rec('chat_id', f`Bagaimana cara menjelaskan ke pemain bahwa kode voucher HPG-7Q2X-9KLM-44RT sudah kedaluwarsa? Kodenya dari event bulan Agustus.`),

  rec('package_lock', f`npm ci fails with EINTEGRITY on the build agent:

${amb('source_code.snippet', `"node_modules/@hollowpine/ui-kit": {
  "version": "4.2.1",
  "resolved": "https://npm.pkg.github.com/download/@hollowpine/ui-kit/4.2.1/${GITSHA('b46n-pkg')}",
  "integrity": "${INTEGRITY}"
}`)}`),

  // ——— fish farming ———
  rec('chat_no', f`Kan du lage en tabell over PIT-merkene fra stamfisk-utvalget? 578 0000 1248 9305, 578 0000 1248 9311, 578 0000 1248 9343. Kolonner: merke, vekt (kg), kjønn. Vektene er 7,4 – 8,1 – 6,9.`, 'ISO 11784 fish tag codes (country 578): animal ids'),

  rec('chat_is', f`Hvernig útskýri ég fyrir starfsfólki muninn á lúsatalningu og lúsameðhöndlun? Við erum með kvíar nr. 1–8 í Dýrafirði, staðsetning 65°53'N 23°29'W.`),

  rec('chat_es_cl', f`Ayúdame a completar el certificado sanitario de exportación: partida arancelaria 0304.81, 24.000 kg de filete de salmón congelado, contenedor reefer CAIU 554102 7, nave "Maersk Kensington", conocimiento de embarque MAEU 246813579. No tiene datos personales, es solo para revisar el formato.`),

  rec('chat', f`Our wellboat "Ronja Fjord" (IMO 9834127, MMSI 257118400) needs a new entry in the vessel register. Can you format it like the others: name, IMO, MMSI, flag, gross tonnage (3 120)?`),

  rec('sensor_csv', f`Oxygen dipped on buoy B-07 last night, is it a sensor fault?

${amb('source_code.snippet', `ts,buoy,depth_m,o2_mg_l,temp_c
2024-11-27T23:00:00Z,B-07,5,8.41,7.9
2024-11-27T23:10:00Z,B-07,5,8.37,7.9
2024-11-28T00:20:00Z,B-07,5,3.12,7.8
2024-11-28T00:30:00Z,B-07,5,8.29,7.8`)}`),

  rec('chat_no', f`Noen kunder spør om vi har "konfidensielle" fôrresepter. Kan du skrive et svar som forklarer at resepten er leverandørens forretningshemmelighet, men at vi deler næringsinnholdet?`),

  // ——— library consortium ———
  rec('acquisitions', f`Nieuwe aanwinsten, graag in APA-stijl zetten:
- Sapiens, ISBN 978-90-468-2154-3
- De avonden, ISBN 978-90-214-5903-7
- Het smelt, ISBN 978-90-257-0431-7
Plaatsingscodes: 900 HARA, R REVE, R BAEL.`, 'ISBNs and call numbers'),

  rec('chat_fi', f`Kirjaston nidetunnisteet ovat muotoa 3 4019 00871 2256 ja 3 4019 00871 2264. Miksi lainausautomaatti ei tunnista jälkimmäistä? Viivakoodi on Codabar.`, 'item barcodes identify books, not people'),

  rec('marc', f`What's wrong with this MARC record? The OPAC shows no author.

${amb('source_code.snippet', `=LDR  00734nam a2200229 a 4500
=001  991004877210805596
=020  \\\\$a9789510498315
=100  1\\$aLönnrot, Elias,$d1802-1884.
=245  10$aKalevala /$cElias Lönnrot.
=260  \\\\$aHelsinki :$bSKS,$c2023.`)}`),

  rec('chat_hr', f`Treba mi pravilnik o povjerljivosti podataka o korisnicima knjižnice za web stranicu, otprilike jedna stranica. Samo opći tekst, bez stvarnih primjera.`),

  rec('chat', f`Is it OK under GDPR to keep loan history for 5 years? Our consortium's privacy notice says "confidential", but I'm not sure what that legally commits us to.`),

  rec('sql', f`${amb('source_code.snippet', f`UPDATE patrons SET pin_hash = '${amb('credential.password_assignment', BCRYPT)}' WHERE card_no = 'K-204817';`)}

Is bcrypt cost 10 still enough for library PINs or should we bump it?`, 'bcrypt hash, not the PIN itself; the statement is a one-liner, left as ambiguous code'),

  // ——— tax advisory ———
  rec('chat_de', f`Wie unterscheidet sich die Steuernummer einer GmbH (z. B. 134/5729/4816) von der Umsatzsteuer-Identifikationsnummer? Ein Mandant verwechselt das ständig auf seinen Rechnungen.`, 'company tax number, not a personal Steuer-ID'),

  rec('chat_it', f`Un cliente mi chiede perché sulla fattura elettronica c'è il codice destinatario M5UXCR1 e non la sua PEC. Gli spiego la differenza? Numero fattura 2024/FE/00418.`),

  rec('invoice_template', f`Vorlage für Mandanten-Rechnungen, bitte optisch verbessern:

Bankverbindung: IBAN DE00 0000 0000 0000 0000 00 · BIC XXXXDEXXXXX
Zahlbar innerhalb von 14 Tagen ohne Abzug.
Steuerberatungskanzlei Stein & Partner · USt-IdNr. auf Anfrage`, 'placeholder IBAN with zero check digits'),

  rec('chat_tr', f`Vergi levhasında yazan vergi kimlik numarası (şirket için 10 hane, örneğin 4720193856) ile TC kimlik numarası arasındaki fark nedir? Müşteri şahıs şirketi mi limited mi anlamadım.`, 'a company VKN, written as an example'),

  rec('chat_id', f`Bisa jelaskan beda PPN 11% dan 12% yang berlaku mulai 2025? Klien UMKM kami bertanya apakah faktur pajak nomor 010.000-24.00012345 harus dibetulkan.`),

  rec('chat_es_co', f`En la DIAN me aparece la factura electrónica con CUFE ${fill('b46n-cufe', HEX, 96)}. ¿Para qué sirve ese código y tengo que guardarlo?`, 'CUFE is a SHA-384 hash of the invoice'),

  rec('chat', f`A client asked whether "confidential computing" in their accounting SaaS means the provider can't see their ledgers. How would you explain it in two sentences?`),

  rec('email_template', f`Make this client e-mail footer shorter:

Taxwise Partners · Steuerberatung · Consulenza fiscale
${amb('confidential.marking', 'This e-mail and any attachments are confidential and may be legally privileged.')} If you received it in error, please delete it and notify the sender.
<img src="data:image/png;base64,${PNG_B64}" alt="Taxwise logo">`),

  rec('tls', f`Client portal cert renewal — is this the full chain or just the leaf? And the public key matches?

${CERT}

${PUB_PEM}`),

  rec('authorized_keys', f`Which of these keys belongs to the old contractor? We want to remove him from the signalling test bench:

${SSH_PUB} ext-signaltech-2023
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${fill('b46n-rsapub', B64, 120)} build-agent-07`, 'public SSH keys'),

  rec('code_test', f`${v('source_code.snippet', f`def test_rejects_bad_iban():
    assert not is_valid_iban("NO54 4860 4547 803")
    assert not is_valid_iban("DE62 0773 5841 1769 9164 38")
    assert not is_valid_iban("")`)}

Passes locally, fails in CI with ImportError — is it the test or the module path?`, 'IBANs with broken check digits in a unit test'),
];
