/**
 * Held-out batch 19: hard negatives — booking references, flight and ticket numbers, lot and CAS
 * numbers, protocol and NCT ids, hashes, GUIDs, placeholders, documentation keys, test and masked
 * cards, invalid checksums, non-birth dates and casual uses of "confidential" — as staff of a
 * biotech, an airline, a school district, a construction firm, a newsroom and an NGO paste them.
 * Unlabelled apart from ambiguous spans. Hand-written; not measured yet.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b19n-sktest', B62, 97));
const STRIPE_PK = tok('pk_', 'live_', '51', fill('b19n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const CERT = pem('CERTIFICATE', 'b19n-cert', 870);
const PUBKEY = pem('PUBLIC KEY', 'b19n-pub', 294);
const BCRYPT = tok('$2b$12$', fill('b19n-bcrypt', B62 + './', 53));
const INTEGRITY = tok('sha512-', fill('b19n-integ', B64, 86), '==');

export const BATCH19_NEGATIVES: DraftRecord[] = [
  rec('chat', f`Pax wants to move from the 14:20 to the evening flight. PNR K8TZQM, ticket 176-2491038573, currently on SM 412 LIS–LHR 14DEC, wants SM 418 dep 19:55. Fare class Q, rebooking fee EUR 70 + fare difference. Write the email explaining the cost.`),

  rec('regulatory', f`Which of these identifiers should go on the cover letter for the substantial modification? Protocol VRD-207, EU CT number 2023-508841-27-00, ClinicalTrials.gov NCT06183452, IND 158734, sponsor code VTX-PSO-02. The IMP batches affected are lots 24B117 and 24B118 (expiry 2026-05).`),

  rec('sop', f`Please reformat this SOP step as a numbered list and fix the English:

Prepare mobile phase A: dissolve 1.36 g potassium dihydrogen phosphate (CAS 7778-77-0) in 1000 mL water, adjust pH 3.0 with orthophosphoric acid (CAS 7664-38-2). Mobile phase B is acetonitrile HPLC grade (CAS 75-05-8), lot SHBN4729. Column: C18, 150 × 4.6 mm, 3.5 µm, serial 017393218142 05. Reference standard RS-VRD-0042, potency 99.6 %, retest 2025-08-31.`),

  rec('chat', f`Our card form test in staging rejects "4532 0187 4509 3627" with "invalid card number". Is the Luhn check in the front end wrong or is the number just invalid? It's a number I typed from memory for testing.`),

  rec('chat', f`The bank keeps bouncing the transfer to the timber supplier. IBAN on their invoice: DE20 3704 0044 0829 1736 46. I think they mistyped a digit — can you tell me how the IBAN check digits work so I can ask them the right question?`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.development — donation page, Stripe TEST mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${STRIPE_PK}
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME
DONATE_SUCCESS_URL=http://localhost:3000/thank-you`)}

Test payments work, but Apple Pay doesn't show up in dev. Is it the domain verification?`),

  rec('training', f`I'm preparing a slide for the web team's security training on leaked keys. Can you check the example makes sense?

"Never commit this: AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE and AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — these are AWS's own documentation values, but a real pair looks the same."`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
SIS_API_BASE=https://sis.example.org/api/v2
SIS_CLIENT_ID=<your-client-id>
SIS_CLIENT_SECRET=<your-client-secret>
GOOGLE_SA_KEY_FILE=./secrets/service-account.json
DB_URL=postgres://USER:PASSWORD@HOST:5432/attendance
SMTP_PASSWORD=\${SMTP_PASSWORD}
GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`)}

Write a README section explaining each variable for new district IT staff.`),

  rec('deploy_log', f`${amb('source_code.snippet', f`[deploy] cms-theme @ ${GITSHA('b19n-g1')} → production
[deploy] build id 8c1f4e2a-7d39-4b6e-a0f5-3e92c7d18b64
[deploy] invalidating CloudFront distribution E2QWRUHAPOMQZL, invalidation I3K8X0W2Z9Y4V1
[deploy] purge 1,284 paths … ok (38.2s)
[deploy] previous release ${GITSHA('b19n-g2')} kept for rollback`)}

Why does the invalidation take so long when we only changed one CSS file?`),

  rec('checksums', f`The eCTD validator complains about checksums in sequence 0007. Here's the index-md5 and a couple of the files — are these the right kind of hash?

index.xml  ${fill('b19n-md5a', HEX, 32)}
m1/us/cover.pdf  ${fill('b19n-md5b', HEX, 32)}
m3/32-body-data/32p-drug-prod/stability.pdf  ${fill('b19n-md5c', HEX, 32)}
and the dataset zip we sent to the statistician: sha256 ${SHA('b19n-sha1')}`),

  rec('references', f`Format these references in Vancouver style:
1) Smith J, Ortega L. Oral TYK2 inhibition in psoriasis. N Engl J Med. 2023;389(2):114-26. doi:10.1056/NEJMoa2301847
2) Kowalski P. Trial Design for Dermatology. 2nd ed. Cham: Springer; 2022. ISBN 978-3-030-81473-2
3) EMA. Guideline on clinical investigation of medicinal products indicated for the treatment of psoriasis. CHMP/EWP/2454/02 corr.`),

  rec('package_lock', f`${amb('source_code.snippet', f`"node_modules/d3-scale": {
  "version": "4.0.2",
  "resolved": "https://registry.npmjs.org/d3-scale/-/d3-scale-4.0.2.tgz",
  "integrity": "${INTEGRITY}",
  "dependencies": { "d3-array": "2.10.0 - 3", "d3-format": "1 - 3", "d3-interpolate": "1.2.0 - 3", "d3-time": "2.1.1 - 3" }
}`)}

npm ci fails with EINTEGRITY on this package only. Cache problem?`),

  rec('visit_schedule', f`Make a patient-friendly calendar from this visit schedule (participant 207-031-004):
Screening 04/11/2024 · Randomisation 18/11/2024 · Week 2 02/12/2024 · Week 4 16/12/2024 · Week 8 13/01/2025 · Week 12 10/02/2025 · Week 16 (EOT) 10/03/2025 · Follow-up 07/04/2025. Visit windows ±3 days.`),

  rec('chat', f`I'm confident we'll hit the 20 Dec deadline for the façade package. Could you write a short note to the client saying so, and mention that the confidentiality agreement template they sent is with our legal team?`),

  rec('checkout_test', f`Testing the district lunch-payment sandbox. Which of these test cards should trigger a decline? ${amb('financial.payment_card', '4242 4242 4242 4242')} works, ${amb('financial.payment_card', '4000 0000 0000 0002')} declines, and what about 3D Secure — is there one for that?`),

  rec('payroll', f`The payroll import rejects rows where the SSN field is 000-12-3456 or 666-40-1100 — we used those as dummies for the two contractors who haven't sent their W-9s yet. What should we put instead so the import doesn't fail, and is it OK to leave the field empty?`),

  rec('notam', f`Explain this NOTAM in plain language for the cabin crew briefing:

A2871/24 NOTAMN
Q) LPPC/QMRLC/IV/NBO/A/000/999/3846N00908W005
A) LPPT B) 2412100100 C) 2412100500
E) RWY 02/20 CLSD DUE WIP. ACFT USE RWY 17/35.`),

  rec('roster', f`Can you find the legality problem in this pairing? Crew 40817, 40822, 51130.
D1 LIS 06:05 → FNC 07:50 (SM 1603, A320 CS-TKW), FNC 08:40 → LIS 10:15 (SM 1604)
D1 LIS 11:30 → OPO 12:25 (SM 1930), OPO 13:10 → LIS 14:05 (SM 1931)
Report 05:05, release 14:35, FDP 9h30, sectors 4.`),

  rec('ifc', f`${amb('source_code.snippet', f`#1204=IFCWALLSTANDARDCASE('2O2Fr$t4X7Zf8NOew3FLOH',#41,'Basic Wall:Int - 100 Blockwork:418273',$,'Basic Wall:Int - 100 Blockwork',#1187,#1203,'418273');
#1219=IFCDOOR('0hZ9$7nQv3Jh$K1sCm8x4T',#41,'Single-Flush:0915 x 2134mm:419902',$,'0915 x 2134mm',#1207,#1217,'419902',2134.,915.);
#1230=IFCRELSPACEBOUNDARY('3vB8q1kW9Dd8u$2fGz7XhN',#41,'2ndLevel',$,#877,#1204,#1229,.PHYSICAL.,.INTERNAL.);`)}

Clash detection says the door isn't hosted in the wall. From the IFC, which wall GlobalId is the door related to?`),

  rec('cube_results', f`Summarise the 28-day cube results for the pour report:
Pour P-B2-017 (L2 slab, zone 4), mix C32/40, batch tickets 884712–884719
Cube set A: 41.5 / 42.0 / 40.8 N/mm² — mean 41.4
Cube set B: 39.2 / 38.7 / 40.1 N/mm² — mean 39.3
Lab report ref CTL-24-11873, sampled 05/11/2024, tested 03/12/2024.`),

  rec('chat', f`For the embed code, what's the difference between the video id (dQ8xK2vLm4A) and the playlist id (PLz7nR3tYw1EHs5cJ9bUq6MkQx2vLm4Ad) in YouTube URLs? Our CMS only accepts one.`),

  rec('grant', f`Draft the cover email for the interim report. Grant ref ECHO/-AF/BUD/2024/91023, partner code WSR-UG-07, project period 01/03/2024–28/02/2025, P-codes of the target sub-counties: UG030401, UG030402, UG030405.`),

  rec('chat', f`Student IDs in our SIS are 7 digits (e.g. 3048821, 3051176) and the state ID (SSID) is 10 digits like 4829173650. The new library system wants a "unique identifier" — which one should I map, and is the SSID considered sensitive?`),

  rec('statement', f`Translate this bank notification into English:

"Ihre Überweisung vom 02.12.2024 über 57.358,00 € an HOLZBAU WENDLER GMBH (IBAN DE** **** **** **** **36 45) wurde ausgeführt. Ihre Karte •••• 7731 wurde am 01.12. belastet."`),

  rec('sso', f`The IdP metadata from the district's SSO provider — which certificate do I upload to the LMS, the signing one?

${CERT}

And the public key they sent separately for the encrypted assertions:
${PUBKEY}`),

  rec('chat', f`Mobile keeps rejecting the registration because it says the Aadhaar is invalid: 4829 1736 0144. The beneficiary read it from a photocopy, could a digit be wrong? How does the checksum work?`),

  rec('form_validation', f`Our referral form flags NHS number 485 192 7364 as invalid but the GP letter has it like that. Can the check digit fail on a real number, or is it a typo?`),

  rec('chat', f`Policy question for the school board: our SIS stores password hashes like ${BCRYPT}. Is bcrypt cost 12 still OK in 2025, or should we require the vendor to move to argon2?`),

  rec('chat', f`staff keep asking "what's the password for the guest wifi" at the front desk. Write a small sign saying visitors should ask reception, passwords change every Monday and we never send them by email.`),

  rec('baggage', f`Help me write the mishandled-bag reply. Bag tag 0176482917 (SM), routing LIS–FRA–KRK, last scan FRA BSM 02DEC 21:14, ULD AKE 41872 SM. File reference KRKSM18472.`),

  rec('chat', f`Bulk-converting our drawing register: drawing numbers look like KB-RQ-B2-ZZ-DR-A-2041 rev P03 and KB-RQ-B2-03-DR-S-3107 rev C01. Write an Excel formula to split out the level (ZZ/03) and the discipline letter (A/S).`),

  rec('meddra', f`Map these verbatim terms to MedDRA PTs (give the PT code too): "skin rash all over", "headache + blurry vision", "tummy pain". Our previous coding had 10037844 (Rash) and 10019211 (Headache). WHO-DD for the con-med: ATC L04AA.`),

  rec('chat_es', f`¿Me explicas la diferencia entre el localizador (ZQ4MRT), el número de billete (045-2193847561) y el número de vuelo (LA 2047)? Un cliente me preguntó y no supe explicarlo bien.`),

  rec('chat_ja', f`予約番号 K8TZQM、便名 SM 412（12月14日 リスボン→ロンドン）の座席指定を変更したいとお客様から問い合わせがありました。変更手数料の説明文を作ってください。`),

  rec('chat_de', f`Kannst du den Text für unsere Website kürzen? "Die Kestrel Build GmbH (HRB 248173, USt-IdNr. DE 318274659) ist seit 2009 im schlüsselfertigen Hochbau tätig. Unsere Projekte reichen vom Kita-Neubau bis zum Laborgebäude mit Reinraum."`),

  rec('news_story', f`Edit this for length (keep quotes intact):

The leaked cabinet papers, marked ${amb('confidential.marking', '"SECRET – UK EYES ONLY"')}, show ministers were warned in March that the flood barrier would not be ready before 2027. A government spokesperson said it "does not comment on leaked documents", but insisted the project was "on track".`, 'a marking quoted in a news story about documents, not marking the pasted text: ambiguous'),

  rec('chat', f`What does "confidential computing" mean in the Azure offer for our trial data platform? Is it just encryption at rest with a new name?`),

  rec('chat_fr', f`Peux-tu me dire si ce numéro de TVA intracommunautaire est au bon format : FR 40 303265045 ? C'est pour la facture du transporteur, pas une personne.`),

  rec('versions', f`${amb('source_code.snippet', f`$ dotnet --info
.NET SDK:
 Version:           8.0.404
 Commit:            7b190310f2
 Workload version:  8.0.400-manifests.b6724b7a
Runtime Environment:
 OS Name:     Windows
 OS Version:  10.0.22631
 RID:         win-x64`)}

Revit 2025 add-in won't load on this machine, works on others. Does the SDK version matter?`),

  rec('chat', f`Coordinates for the distribution points please put into a KML: Lodwar 3.1191, 35.5973; Kakuma 3.7167, 34.8667; Lokichoggio 4.2042, 34.3486. Label them DP-01 to DP-03.`),

  rec('chat', f`The docker image we deploy is ghcr.io/wellspring/benreg@sha256:${SHA('b19n-digest')} — how do I check which git commit it was built from?`),

  rec('chat_pt', f`Preciso de um texto curto para o site: "A campanha nasceu em 2019 em Luanda e hoje apoia 14 escolas." Podes melhorar? E traduzir para inglês.`),

  rec('chat_ko', f`이번 학기 시간표 코드 정리 좀 도와줘: 과목코드 SCI-207, MAT-311, 교실 B-104, 담당 교번 20417. 엑셀에서 과목코드 앞 3글자만 뽑는 수식 알려줘.`),

  rec('chat', f`We got a press release with "embargo" in the subject line but the embargo time already passed yesterday. Can we publish now, and what's the usual etiquette if the PR agency forgot to lift it formally?`),

  rec('chat_ar', f`ما الفرق بين رقم الرحلة SM 2210 ورقم الحجز W4XRTD ورقم التذكرة؟ أريد شرحاً بسيطاً لموظفي مكتب الحجوزات الجدد.`),
];
