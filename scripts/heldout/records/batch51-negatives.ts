/**
 * Held-out batch 51: hard negatives — job ids, public keys, checksums, vessel and turbine
 * identifiers, court and process numbers, masked cards, invalid IBANs, placeholders and casual uses
 * of "secret" or "confidential", in many languages (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const ED25519_PUB = tok('AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b51n-edpub', B64, 43));
const HOSTKEY_FP = fill('b51n-hostfp', B62 + '+/', 43);
const PGP_PUB = `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGY${fill('b51n-pgppub0', B64, 57)}\n${(b64Bytes('b51n-pgppub', 600).match(/.{1,64}/g) ?? []).join('\n')}\n=${fill('b51n-pgppubcrc', B64, 4)}\n-----END PGP PUBLIC KEY BLOCK-----`;
const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b51n-sktest', B62, 97));
const STRIPE_PK_TEST = tok('pk_', 'test_', '51', fill('b51n-pktest', B62, 97));
const SHA512_CRYPT = tok('$6$', fill('b51n-s512salt', B62 + './', 16), '$', fill('b51n-s512', B62 + './', 86));
const INTEGRITY = (seed: string) => `sha512-${fill(seed, B64, 86)}==`;

export const BATCH51_NEGATIVES: DraftRecord[] = [
  rec('sacct', f`Why did half of my array tasks end as OUT_OF_MEMORY when they all process files of the same size?

${amb('source_code.snippet', f`$ sacct -j 4817263 --format=JobID,State,Elapsed,MaxRSS,ReqMem,NodeList
JobID           State    Elapsed     MaxRSS  ReqMem        NodeList
------------ ---------- ---------- ---------- ------- ---------------
4817263_1     COMPLETED   00:41:12     14.2G     16G        cn0412
4817263_2    OUT_OF_ME+   00:12:07     16.0G     16G        cn0413
4817263_3     COMPLETED   00:39:58     13.9G     16G        cn0412
4817263_4    OUT_OF_ME+   00:11:51     16.0G     16G        cn0517`)}`),

  rec('chat_ko', f`연구실 노트북에서 새로 만든 공개키를 클러스터에 등록해 주세요. authorized_keys에 넣을 줄입니다:

ssh-ed25519 ${ED25519_PUB} jhkim@lab-thinkpad

그리고 처음 접속할 때 나온 호스트 키 지문이 SHA256:${HOSTKEY_FP} 인데, 센터 홈페이지에 공지된 값과 같은지 확인하는 방법도 알려 주세요.`),

  rec('env_example', f`${amb('source_code.snippet', f`# .env.example — copy to .env and fill in
HF_TOKEN=hf_your_token_here
WANDB_API_KEY=<your-wandb-key>
OPENAI_API_KEY=sk-...
SLURM_ACCOUNT=p2024-xxx
SCRATCH_DIR=/scratch/$USER`)}

Write a short section for our lab wiki explaining where each of these comes from.`),

  rec('chat_zh', f`下载完数据集后校验一直对不上，帮我看看是哪一个文件坏了？

官网给的：
${SHA('b51n-ds1')}  era5_2023_q1.nc
${SHA('b51n-ds2')}  era5_2023_q2.nc

我本地算的：
${SHA('b51n-ds1')}  era5_2023_q1.nc
${SHA('b51n-ds3')}  era5_2023_q2.nc

容器镜像用的是 ghcr.io/halvard-rc/wrf:4.6.0@sha256:${SHA('b51n-digest')}。`),

  rec('chat_vi', f`Trung tâm mình có hỗ trợ confidential computing không ạ? Nhóm em làm dữ liệu y tế, đối tác hỏi về AMD SEV-SNP hoặc Intel TDX trên các node GPU. Nếu không có thì em cần trả lời họ thế nào cho đúng?`),

  rec('chat_ta', f`எங்கள் கட்டுரையின் acknowledgement பகுதியை ஆங்கிலத்தில் சரி செய்யுங்கள்:
"Computations were performed on resources provided by the Halvard Research Computing Centre (allocation p2024-117). R. Krishnan (ORCID 0000-0003-1847-2930) and S. Iyer (ORCID 0000-0002-4718-3057) thank the centre staff. Data: doi:10.5281/zenodo.14827193."`),

  rec('ansible', f`${amb('source_code.snippet', f`# group_vars/compute.yml
sssd_ldap_uri: "ldaps://ldap1.rc.halvard.edu"
sssd_bind_dn: "cn=sssd-bind,ou=services,dc=rc,dc=halvard,dc=edu"
sssd_bind_password: "{{ vault_sssd_bind_password }}"
slurmdbd_storage_pass: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/slurm/dbd:password') }}"
munge_key_path: /etc/munge/munge.key`)}

Is it OK to keep the vault variable names in the public repo, or should the whole file be encrypted?`),

  rec('vessel', f`Can you format this as a vessel particulars table for the crew-transfer tender?

CTV "Northwind Tern" – IMO 9814727 – MMSI 219027384 – call sign OWPX2
Length 26.6 m, beam 10.4 m, draught 1.7 m, 2 × MTU 12V2000 M72, service speed 25 kn
Max 24 industrial personnel, transit to HR3 approx. 55 min
Built 2019, Esbjerg; flag Denmark; class DNV +1A HSLC R1 Wind farm service 1`),

  rec('workorder_da', f`Kan du oversætte arbejdsordren til engelsk til de polske teknikere?

Arbejdsordre 4100187234 – WTG A07 (serienr. V164-21093)
Opgave: Eftertilspænding af tårnbolte, sektion 2–3, M48, moment 2.950 Nm
Reservedele: 12 × bolt 29174083, lot L24-0817
Planlagt: uge 16, vindvindue < 10 m/s, bølger < 1,5 m Hs`),

  rec('chat_nl', f`Het geheim van een goede flensverbinding zit volgens onze oude voorman in het smeren van de draad, niet in het moment. Klopt dat technisch? Schrijf een korte uitleg voor de toolbox-meeting over wrijvingscoëfficiënt en voorspankracht.`),

  rec('payment_pl', f`Czy to potwierdzenie przelewu wystarczy jako dowód zapłaty dla dostawcy?

Potwierdzenie wykonania przelewu
Z rachunku: PL** **** **** **** **** **** 4906
Na rachunek: PL** **** **** **** **** **** 3622
Kwota: 41 400,00 PLN
Tytuł: ZK/2025/044 zaliczka
Data księgowania: 2025-03-18, nr transakcji 2025031800418273`),

  rec('forecast_et', f`Palun tee sellest lühike ingliskeelne kokkuvõte kaptenile:
Ilmaprognoos, Saaremaa meretuulepark, 58.12°N 21.84°E
15.04 06:00 – tuul 8 m/s SW, lainekõrgus 1,1 m, nähtavus 10 km
15.04 12:00 – tuul 11 m/s SW, lainekõrgus 1,6 m
15.04 18:00 – tuul 14 m/s W, lainekõrgus 2,2 m, vihmahood
Üleminekuaken CTV jaoks: kuni kella 13:00.`),

  rec('chat_lt', f`Parašykite trumpą slaptažodžių politiką mūsų technikams: slaptažodis turi būti ne trumpesnis nei 14 simbolių, jo negalima užrašyti ant planšetės, o bendri paskyrų slaptažodžiai draudžiami. Paminėkite, kad ekrano nuotraukose slaptažodis turi būti pakeistas žvaigždutėmis.`),

  rec('chat_lv', f`Kas nozīmē šie SCADA trauksmju kodi? Kontrolieris atjaunināts uz versiju 4.12.3-r7, bet trauksmes parādās tāpat:
- 3130 Yaw misalignment > 15°
- 1207 Converter temp high (IGBT 2)
- 5402 Pitch battery test failed, blade B
Turbīnas: B09, B11, B12. Programmatūras būvējums 2025.02.18.1.`),

  rec('form_uk', f`Зробіть цю анкету зручнішою для заповнення на телефоні:

ПІБ: ______________________
Паспорт (серія, номер): __ ______
Дата народження: ДД.ММ.РРРР
IBAN: UA00 0000 0000 0000 0000 0000 0000 0
Телефон: +380 (__) ___ __ __`),

  rec('chat', f`Can you put these into a table for the new paralegal? State v. Ellison, No. 24-CR-01187 (prelim 3/17, Dept. 12); People v. Osei, No. 24-CR-02291 (trial readiness 4/2); In re J.M., juvenile petition J-24-0183 (sealed docket, hearing 3/21). Charges cite PC 459, PC 496(a) and VC 10851.`),

  rec('chat', f`Draft a confidentiality agreement template for the law-school volunteers who help with intake at the public defender's office. Keep it to one page, plain English, and include what happens if they talk about a case on social media.`),

  rec('chat_pt', f`Pode me explicar como ler este número de processo? 0814273-06.2024.8.19.0001. Quero entender o que é o "8.19" e o "0001" para explicar aos estagiários. A petição foi assinada pela Dra. Juliana Prates, OAB/RJ 214.873.`),

  rec('chain_of_custody', f`Format this as a chain-of-custody table:

Item E-07: USB stick (store CCTV export)
Received 03/05/2025 14:20 from Det. Alvarez, sealed bag #A1147203
Image created 03/05/2025 15:02, SHA-256 ${SHA('b51n-evidence')}
Evidence ID 5c2e8f14-7a3b-4d91-b06e-2f9c81d4a730
Stored: PD investigations safe, shelf 3`),

  rec('recipe', f`Scale this recipe from 20 l to 1,000 l for the brewhouse, and tell me what happens to hop utilisation:

"Cliffside Pale" — OG 1.052, FG 1.011, ABV 5.4%, IBU 38, EBC 12
Malt: 4.2 kg Maris Otter, 0.3 kg Crystal 60
Hops: 25 g Magnum @60, 40 g Citra @10, 60 g Citra whirlpool
Yeast: US-05. Our secret ingredient is 5 g of sea salt from the bay at flameout — keep that in.`),

  rec('chat_cs', f`Zkontroluj prosím, jestli jsou EAN kódy na nových etiketách správně:
Krahulík 10° výčepní, plech 0,5 l – EAN 8594052370010
Krahulík 12° ležák, plech 0,5 l – EAN 8594052370027
Krahulík IPA, lahev 0,33 l – EAN 8594052370188
Šarže 25-031, minimální trvanlivost 30.09.2025.`),

  rec('chat_da', f`Kan du regne punktafgiften ud for marts? Vi har solgt 18.400 liter øl på 4,6 % og 2.150 liter på 7,5 %. Vores CVR er 41827364, og afgiften indberettes via TastSelv Erhverv senest den 15. Afgiftssatsen er 0,5138 kr. pr. liter pr. procent over 2,8 %.`),

  rec('receipt_hu', f`Fordítsd le angolra ezt a blokkot a brit vendégnek, aki vitatja a terhelést:

Sörház Csapszék Kft., Budapest
2025.03.14 21:47  Terminál: T-0041827
Kártya: **** **** **** 4521  (VISA, érintéses)
Engedélyezési kód: 07X41K
Összeg: 14 600 Ft (2× IPA 0,5 l, 1× sajttál)
Tranzakció azonosító: 25073214782`),

  rec('chat_it', f`Scrivimi un post per Instagram sulla nuova IPA: il segreto è il dry hopping a freddo con Nelson Sauvin e un pizzico di scorza di bergamotto. Lotto L25-041, 6,8% vol., 45 IBU. Tono allegro, massimo 80 parole, con 3 hashtag.`),

  rec('chat_nl', f`Ik ben het wachtwoord van het Untappd for Business-account vergeten en de e-mail gaat naar een oud adres van een ex-collega. Hoe krijg ik het account terug op naam van de brouwerij? Versie van de app: 5.14.2 (build 2025021801).`),

  rec('policy', f`Proofread this paragraph from our new IT policy for the nursing staff:

"Never write your password on the visit tablet. In screenshots for support tickets, passwords must appear masked, e.g. Password: ********. When the IT team sends setup instructions they will use placeholders such as <your-password> or <temporary-password>; they will never ask for your real password by phone or e-mail."`),

  rec('chat_ro', f`Fă-mi un tabel clar pentru schema de medicație a pacientei, pe ore:
- Metformin 500 mg, 1 cp la 08:00 și 1 cp la 20:00
- Bisoprolol 5 mg, 1 cp la 08:00
- Atorvastatină 20 mg, 1 cp la 21:00
- Insulină glargin 14 UI s.c. la 22:00
Glicemie: dimineața pe nemâncate și seara înainte de insulină.`),

  rec('chat_ur', f`میری امی کو شوگر ہے اور گھر پر نرس ہفتے میں دو بار آتی ہے۔ انسولین لگانے کے بعد کتنی دیر میں کھانا کھانا چاہیے؟ اور اگر شوگر 70 سے کم ہو جائے تو فوری طور پر کیا کریں؟ آسان اردو میں بتا دیں۔`),

  rec('chat_ar', f`ما هي أفضل الممارسات للحفاظ على سرية بيانات المرضى عند استخدام الممرضات لهواتفهن الشخصية أثناء الزيارات المنزلية؟ أحتاج إلى خمس نقاط قصيرة لتدريب الموظفات الجديدات.`),

  rec('chat_ko', f`결제 모듈 테스트 중인데, 문서에 나온 테스트 카드 ${amb('financial.payment_card', '4111 1111 1111 1111')}로 결제하면 승인이 되고 ${amb('financial.payment_card', '4000 0000 0000 0002')}는 거절된다고 되어 있습니다. 실제 카드 없이 환불 흐름까지 테스트하려면 어떻게 해야 하나요?`, 'well-known test card numbers: ambiguous'),

  rec('chat_hi', f`हमारे होम-नर्सिंग फ़ॉर्म में आधार नंबर मास्क करके दिखाना है, जैसे XXXX XXXX 0512। Excel में यह फ़ॉर्मूला कैसे लिखें कि सिर्फ़ आख़िरी चार अंक दिखें? कॉलम का नाम "Aadhaar_masked" है।`),

  rec('specs', f`Make this into a one-page spec sheet for the brochure:

M/Y Aurelian — 42.1 m tri-deck motor yacht, built 2016 (refit 2023)
Flag: Malta · IMO 9743186 · MMSI 248917000 · Call sign 9HB2047
Guests: 12 in 6 cabins · Crew: 9
Engines: 2 × MTU 16V 2000 M86, cruising 14 kn, max 18 kn, range 3,000 nm @ 12 kn
Tender: Williams Dieseljet 565`),

  rec('itinerary_el', f`Φτιάξε μου ένα όμορφο πρόγραμμα κρουαζιέρας στα αγγλικά από αυτές τις σημειώσεις:
Ημέρα 1: Λαύριο 15:00 → Κέα (Βουρκάρι), 37.66°N 24.32°E, άφιξη 18:30
Ημέρα 2: Κέα → Σύρος (Ερμούπολη), 4 ώρες
Ημέρα 3: Σύρος → Μύκονος, άνεμος 5–6 Μποφόρ, πιθανή αλλαγή σε Τήνο
Ημέρα 7: επιστροφή Λαύριο έως 17:00`),

  rec('chat_tr', f`Müşteri bu IBAN'a ödeme yapamadığını söylüyor: TR69 0006 7024 8939 6851 6415 60. Bankası "geçersiz IBAN" diyormuş. İki rakamın yeri karışmış olabilir mi? Müşteriye doğru IBAN'ı isteyen kibar bir mesaj yaz.`, 'IBAN with a transposition: fails mod-97, a negative'),

  rec('chat_zh_tw', f`幫我查一下這些遊艇零件的運送狀態要怎麼查：
訂單編號 PO-2025-03817
DHL 運單號 4827193065
UPS 1Z 9W4 817 03 9273 1846
零件號 VP-3841729（Volvo Penta 葉輪）、MTU X00E5047183`),

  rec('chat_id', f`Tolong terjemahkan data kapal ini ke bahasa Inggris untuk brosur:
KM Pinisi "Sinar Laut" – GT 118, No. 2451/PPm, tanda selar GT.118 No.2451/PPm
Panjang 32 m, 5 kabin, kru 10 orang
Pelabuhan pangkalan: Labuan Bajo. Izin operasi berlaku s.d. 12/2026.`),

  rec('chat_vi', f`Mã đặt chỗ của khách trên hệ thống là dạng UUID, ví dụ 9f2c7e41-3b8d-4a56-b1e0-7d4c92a8f315 và 3e81d0a6-52c9-47f4-8b3a-0f6e1d29c7b8. Mình muốn hiển thị cho khách một mã ngắn dễ đọc hơn, kiểu HLB-7K3Q. Nên làm thế nào để không bị trùng?`),

  rec('receipt_it', f`Traduci in inglese questa ricevuta per il cliente:

Ricevuta n. 0418 – Cambusa M/Y Serenella
Pagamento con carta **** 7129 (Mastercard), autorizzazione 482913
Importo: € 3.846,20 (vini, pesce fresco, frutta)
Data: 04/08/2025 – Porto Cervo`),

  rec('git', f`git bisect finished, but I don't understand which commit broke the MPI build:

4c9e2a17b83f0d65e1a9c7b2f480d3e6a15b92c8 is the first bad commit
commit 4c9e2a17b83f0d65e1a9c7b2f480d3e6a15b92c8
    build: switch to -fopenmp-simd and bump UCX to 1.17.0

 CMakeLists.txt | 6 +++---
 1 file changed, 3 insertions(+), 3 deletions(-)`),

  rec('lockfile_el', f`Γιατί το npm ci αποτυγχάνει με EINTEGRITY σε αυτό το πακέτο;

${amb('source_code.snippet', f`"node_modules/leaflet": {
  "version": "1.9.4",
  "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
  "integrity": "${INTEGRITY('b51n-int1')}",
  "license": "BSD-2-Clause"
},
"node_modules/luxon": {
  "version": "3.5.0",
  "resolved": "https://registry.npmjs.org/luxon/-/luxon-3.5.0.tgz",
  "integrity": "${INTEGRITY('b51n-int2')}"
}`)}`),

  rec('module_hi', f`मुझे समझ नहीं आ रहा कि कौन सा मॉड्यूल लोड करूँ। \`module avail gcc\` का आउटपुट:

${amb('source_code.snippet', f`---------------- /opt/modulefiles/compilers ----------------
   gcc/9.5.0    gcc/11.4.0    gcc/12.3.0 (D)    gcc/13.2.0
----------------- /opt/modulefiles/mpi ---------------------
   openmpi/4.1.6    openmpi/5.0.5-cuda12    mpich/4.2.1`)}

CUDA 12.4 के साथ कौन सा gcc सही रहेगा?`),

  rec('chat', f`The Kattegat campaign's "secret sauce" was really just the jack-up vessel schedule: we stacked three blade swaps per weather window. Can you write that up as a two-paragraph case study for our website, no client names?`),

  rec('pgp_public', f`The investigator asked for our office's public key so she can encrypt the reports she sends us. This is what's on our website — is it OK to send it by plain e-mail?

${PGP_PUB}`),

  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — taproom booking widget, test mode only
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${STRIPE_PK_TEST}
BOOKING_CURRENCY=GBP`)}

Our tests create real-looking bookings in the Stripe dashboard. Can I delete test data without touching live mode?`),

  rec('shadow', f`Found this line in /etc/shadow on an old compute-node image we're retiring. Is sha512crypt still acceptable or should the new image use yescrypt?

root:${ambCat('credential', SHA512_CRYPT)}:19724:0:99999:7:::`, 'a password hash: ambiguous (README)'),

  rec('template', f`Update our voicemail greeting script for the charter desk. The demo number in the old version was ${amb('pii.phone', '+1 (602) 555-0147')}; keep the same structure but add the Monaco office hours (9:00–18:00 CET).`, 'a fictional 555-01xx number: ambiguous'),

  rec('masked', f`Client asks why the confirmation shows "SSN ***-**-5917" and "DOB **/**/1996" — she thinks we lost her data. Write a short reassuring explanation of why we mask identifiers in letters.`),

  rec('invalid_phone_ar', f`رقم الهاتف الذي كتبه المريض في النموذج هو +971 12 345 6789 والنظام يرفضه. هل هذا رقم إماراتي صحيح؟ كيف أكتب رسالة للعائلة أطلب فيها الرقم الصحيح؟`, 'a phone-shaped number libphonenumber rejects'),

  rec('openstack', f`These instances on the research cloud have been in ERROR state for a week — can I delete them safely?

| ID                                   | Name          | Status |
| 0b7f3c92-41e8-4d6a-9c15-e2a47d8b6f30 | gpu-dev-07    | ERROR  |
| 6e1d94a8-2c73-4b05-8f9e-71a3c0d5b248 | jupyter-tmp-2 | ERROR  |
| a3f08c61-9d24-47e7-b2c8-54e19f7a0d36 | build-runner  | ERROR  |`),
];
