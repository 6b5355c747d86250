/**
 * Held-out batch 34: personal data in housing applications, fertility clinic referrals, parcel
 * complaints, boutique CRM notes, crew claims, VPN support tickets and HR forms, in English
 * (Scotland, NZ, Ghana, Pakistan), Swiss French, Luxembourgish, German, Icelandic, Greek,
 * Hungarian, Korean, Malay and Urdu. National ids without a built-in rule are ambiguous
 * (ambCat). Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH34_PII: DraftRecord[] = [
  rec('ticket', f`REPAIRS — Case RP-2024-38817
Tenant: Mr Callum Baird, 2/1, 14 Niddrie Mains Terrace
Contact: ${phone('0131 558 4721', 'GB')} / mobile ${phone('07831 274619', 'GB')}
Email: ${v('pii.email', 'callum.baird71@btinternet.com')}
NI no. (housing benefit record): ${v('pii.uk_nino', 'JK 41 72 93 C')}

Reported: black mould in back bedroom, wean's room, third time this year. Tenant says the extractor in the bathroom has never worked.

Can you write a reply that books an inspection for next week and doesn't sound like a form letter?`),

  rec('referral_nz', f`Please turn this GP referral into a short intake summary for the nurse coordinator (bullet points):

Referral to Aurora Fertility Auckland
Patient: Mereana Tapsell, DOB ${v('pii.date_of_birth', '14/02/1989')}, NHI ${ambCat('pii', 'ZKP4718')}
Partner: Daniel Tapsell, DOB ${v('pii.date_of_birth', '03/11/1986')}
Phone: ${phone('021 483 7192', 'NZ')} — email ${v('pii.email', 'mere.tapsell@xtra.co.nz')}
Hx: 26 months trying to conceive, regular cycles, AMH 8.2 pmol/L, partner semen analysis normal. Previous ectopic 2021 (L salpingectomy). Publicly funded criteria: likely eligible.`, 'NZ NHI number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('letter_is', f`Getur þú stytt þetta bréf og gert það hlýlegra?

Aurora frjósemisstofa, Reykjavík
Viðtakandi: Guðrún Hafsteinsdóttir, kt. ${ambCat('pii', '140489-2209')}
Sími: ${phone('+354 847 2913')}  Netfang: ${v('pii.email', 'gudrun.hafsteins@simnet.is')}

Efni: Niðurstöður úr rannsóknum og næsta viðtal
Blóðprufur og ómskoðun frá 19. nóvember liggja fyrir. Við viljum bóka viðtal hjá lækni til að fara yfir niðurstöðurnar og mögulega meðferðaráætlun (IUI eða glasafrjóvgun). Vinsamlegast hafðu samband við móttöku.`, 'Icelandic kennitala: no built-in rule (ambiguous, no rule id)'),

  rec('referral_el', f`Μετάφρασε στα αγγλικά αυτό το παραπεμπτικό για τον συνεργάτη μας στο Εδιμβούργο:

Ασθενής: Αικατερίνη Παπαδοπούλου
Ημ. γέννησης: ${v('pii.date_of_birth', '23/09/1979')}
ΑΜΚΑ: ${ambCat('pii', '23097904629')}
Τηλ.: ${phone('+30 697 412 8350')}
Email: ${v('pii.email', 'k.papadopoulou79@gmail.com')}
Ιστορικό: δύο αποτυχημένες εμβρυομεταφορές (2023, 2024), προτείνεται δωρεά ωαρίων. Η ασθενής επιθυμεί θεραπεία στο Ηνωμένο Βασίλειο λόγω μετακόμισης.`, 'Greek AMKA: no built-in rule (ambiguous, no rule id)'),

  rec('housing_hu', f`Kérlek, ellenőrizd, hogy hiánytalan-e ez a szociális bérlakás-igénylés, és írd meg, milyen mellékletek hiányoznak:

Igénylő neve: Balogh Krisztina
Születési idő: ${v('pii.date_of_birth', '1986.09.17')}.
Anyja neve: Kiss Mária
TAJ szám: ${ambCat('pii', '047 182 932')}
Adóazonosító jel: ${ambCat('pii', '8437232147')}
Telefon: ${phone('+36 30 418 7265')}
Jelenlegi lakcím: 1103 Budapest, Gyömrői út 41. fsz. 2.
Háztartás: 2 felnőtt, 3 kiskorú gyermek
Havi nettó jövedelem: 412 000 Ft`, 'Hungarian TAJ and tax id: no built-in rule (ambiguous, no rule id)'),

  rec('crm_ko', f`고객 메모 정리해 주세요 (영문 CRM에 입력할 거예요):

성함: 이서연 님
생년월일: ${v('pii.date_of_birth', '1983년 7월 21일')}
연락처: ${phone('010-7391-2840', 'KR')}
이메일: ${v('pii.email', 'seoyeon.lee83@naver.com')}
구매 이력: 2019년 DC-3400 스틸, 2023년 DC-7120 로즈골드
선호: 얇은 드레스 워치, 다음 달 결혼기념일 선물 고민 중 (남편분 손목 17cm)
연락 선호 시간: 평일 오후 2시 이후`),

  rec('complaint_ms', f`Tolong ringkaskan aduan ini dalam English untuk laporan mingguan:

Nama: Nurul Aisyah binti Kamarudin
No. K/P: ${ambCat('pii', '910422-10-5528')}
Telefon: ${phone('012-738 4120', 'MY')}
E-mel: ${v('pii.email', 'nurulaisyah.k@yahoo.com.my')}
Alamat: No. 27, Jalan SS 15/4C, 47500 Subang Jaya, Selangor

Aduan: Bungkusan saya (nombor penjejakan ER 441702835 MY) ditandakan "telah dihantar" pada 28/11 tetapi saya tidak menerimanya. Tiada sesiapa di rumah menerima apa-apa. CCTV rumah tidak menunjukkan posmen datang.`, 'Malaysian MyKad number: no built-in rule (ambiguous, no rule id)'),

  rec('appointment_ur', f`اس اپائنٹمنٹ کی تصدیق کا میسج انگریزی میں لکھ دیں:

مریضہ: عائشہ فاروق
شناختی کارڈ نمبر: ${ambCat('pii', '35202-4718293-6')}
تاریخ پیدائش: ${v('pii.date_of_birth', '12-03-1991')}
موبائل: ${phone('0321 8845109', 'PK')}
شوہر: محمد فاروق، موبائل ${phone('+92 300 4172 836')}
اپائنٹمنٹ: 9 دسمبر، صبح 10:30، ڈاکٹر ثمینہ، گلبرگ کلینک لاہور`, 'Pakistani CNIC: no built-in rule (ambiguous, no rule id)'),

  rec('chat_ur_roman', f`Customer ka complaint hai, reply draft kar do Urdu aur English dono mein. Naam Bilal Ahmed, CNIC ${ambCat('pii', '42101-9283746-1')}, number ${phone('0333-5129487', 'PK')}. Keh raha hai ke parcel Gulshan-e-Iqbal ke post office mein teen hafte se para hai aur koi call nahi aai. Tracking number RL 203844175 PK hai.`),

  rec('form_gh', f`Can you check this tenancy application from our Tema office and list what's missing?

Applicant: Akosua Mensah-Bonsu
Ghana Card: ${ambCat('pii', 'GHA-718293046-4')}
Date of birth: ${v('pii.date_of_birth', '2 June 1990')}
Phone: ${phone('+233 24 412 3956')} (WhatsApp same)
Email: ${v('pii.email', 'akosua.mensahbonsu@gmail.com')}
Employer: Tema Port Authority, clerk
Digital address: GT-041-2297
Household: applicant + 2 children (ages 6 and 3)`, 'Ghana Card number: no built-in rule (ambiguous, no rule id)'),

  rec('clinic_letter_scot', f`Please simplify this letter for the patient, she asked for plain English:

Re: Ms Shona Fraser, CHI ${ambCat('pii', '1207843121')}, DOB ${v('pii.date_of_birth', '12/07/1984')}
Tel: ${phone('07952 418 336', 'GB')}

Thank you for referring this 40-year-old nulliparous woman. Ovarian reserve testing shows AMH 3.1 pmol/L and AFC of 5. Given the diminished reserve, NHS-funded IVF eligibility criteria (age < 40 at referral) are not met; we have discussed self-funded options including donor oocytes.`, 'Scottish CHI number: mod-11 like an NHS number but not one; no built-in rule for it (ambiguous, no rule id)'),

  rec('csv', f`Which of these accounts look like shared logins? Same account from many countries in a day:

${amb('source_code.snippet', f`account_email,plan,country,client_ip,connected_at
${v('pii.email', 'jonny.w.hart@outlook.com')},family,GB,${amb('pii.ip_address', '86.147.203.18')},2024-12-01T07:12:44Z
${v('pii.email', 'jonny.w.hart@outlook.com')},family,BR,${amb('pii.ip_address', '177.37.148.9')},2024-12-01T09:41:02Z
${v('pii.email', 'jonny.w.hart@outlook.com')},family,VN,${amb('pii.ip_address', '113.161.72.240')},2024-12-01T10:03:19Z
${v('pii.email', 'm.horvath.anna@freemail.hu')},personal,HU,${amb('pii.ip_address', '84.236.11.74')},2024-12-01T08:55:37Z
${v('pii.email', 'kwabena.darko@yahoo.com')},personal,GH,${amb('pii.ip_address', '154.160.2.91')},2024-12-01T11:20:08Z`)}`),

  rec('log', f`${amb('source_code.snippet', f`Dec 02 22:14:07 auth-bud-02 twauth[4412]: login failed user=${v('pii.email', 'papadakis.giorgos@hotmail.gr')} reason=mfa_timeout src=${amb('pii.ip_address', '2a02:587:e41c:5b00:9d3:21ff:fe7a:41c2')}
Dec 02 22:14:51 auth-bud-02 twauth[4412]: login ok user=${v('pii.email', 'papadakis.giorgos@hotmail.gr')} mfa=totp src=${amb('pii.ip_address', '2a02:587:e41c:5b00:9d3:21ff:fe7a:41c2')}
Dec 02 22:15:03 auth-bud-02 twauth[4412]: session created user_id=2281945 device=android-14 app=7.4.1`)}

Customer says MFA codes "never work the first time". Is 44 seconds between attempts normal for a TOTP drift?`),

  rec('hr_de_lu', f`Kannst du mir aus diesen Angaben einen Arbeitsvertrag-Entwurf (Deutsch) machen? Nur die Kopfdaten ausfüllen, den Rest lasse ich vom Juristen prüfen.

Arbeitnehmerin: Sophie Kieffer
Geburtsdatum: ${v('pii.date_of_birth', '23.04.1987')}
Matricule (CCSS): ${ambCat('pii', '1987042315236')}
Adresse: 18, rue de la Gare, L-3236 Bettembourg
Tel.: ${phone('+352 621 284 735')}
E-Mail: ${v('pii.email', 'sophie.kieffer@pt.lu')}
Funktion: Claims Handler (Cargo), Eintritt 01.02.2025`, 'Luxembourg matricule: no built-in rule (ambiguous, no rule id)'),

  rec('hr_fr_ch', f`Peux-tu vérifier que cette fiche d'entrée est complète pour l'atelier de La Chaux-de-Fonds?

Nom: Jeanneret Loïc
Né le: ${v('pii.date_of_birth', '9 août 1995')}
N° AVS: ${ambCat('pii', '756.4182.7395.07')}
Natel: ${phone('079 284 61 73', 'CH')}
Courriel privé: ${v('pii.email', 'loic.jeanneret@bluewin.ch')}
Poste: horloger rhabilleur, 100%, dès le 6 janvier
Permis: suisse`, 'Swiss AHV/AVS number: no built-in rule (ambiguous, no rule id)'),

  rec('tax_free_form', f`Tax-free export form for the Geneva boutique, can you check the fields are filled correctly before I print it?

Traveller: Mr Haruto Sakamoto
Nationality: Japanese
Passport no.: ${v('pii.passport', 'TR4829173')}
Date of birth: ${v('pii.date_of_birth', '1972-05-18')}
Country of residence: Japan
E-mail for refund: ${v('pii.email', 'h.sakamoto@icloud.com')}
Item: DC-5500 Chronographe, platinum, CHF 58,900.– (VAT 8.1%)
Departure: GVA 14.12.2024`),

  rec('crew_claim', f`Crew injury claim — please draft the notification to the P&I club using these details:

Vessel: MV Argostoli Star (IMO 9481203), at Port Klang
Injured seafarer: Reynaldo Bautista Cruz, AB
Date of birth: ${v('pii.date_of_birth', '17 Jan 1988')}
Passport: ${v('pii.passport', 'P4718293B')}
Seaman's book: ${ambCat('pii', 'E0418273')}
Incident: 29/11/2024, fall from accommodation ladder during mooring, suspected fractured wrist, landed to hospital in Klang.
Crewing agent contact: ${phone('+60 3-7956 2281')}`, 'seaman\'s book number: personal, no built-in rule (ambiguous, no rule id)'),

  rec('housing_nz', f`Can you help me write up this phone interview as a case note?

Applicant: Sione Taufa, DOB ${v('pii.date_of_birth', '30/06/1978')}
IRD: ${ambCat('pii', '105-827-369')}
Ph ${phone('027 514 8830', 'NZ')}, email ${v('pii.email', 'sione.taufa78@gmail.com')}
Currently in emergency motel accommodation in Manurewa with wife and 4 kids, eldest has asthma. Works night shifts at a cold store. Needs 4-bedroom, close to school in Manurewa or Papakura.`, 'NZ IRD number: no built-in rule (ambiguous, no rule id)'),

  rec('tsv', f`Add a column with each person's pension auto-enrolment status (all over 22 and earning > £10k are eligible):

${amb('source_code.snippet', f`staff_no\tname\tni_number\tdob\tsalary
GLA-0412\tIsla Robertson\t${v('pii.uk_nino', 'NE 36 19 52 A')}\t${v('pii.date_of_birth', '1998-02-11')}\t31500
GLA-0418\tRuaridh MacKinnon\t${v('pii.uk_nino', 'SH 19 48 27 D')}\t${v('pii.date_of_birth', '2003-07-30')}\t21800
GLA-0421\tPriya Nair\t${v('pii.uk_nino', 'PC 74 10 82 B')}\t${v('pii.date_of_birth', '1991-12-04')}\t44250`)}`),

  rec('ticket', f`ID-PROTECT-77194 — Identity monitoring alert dispute

Customer: Tamara Jenkins (Premium + ID Protect, US)
Email: ${v('pii.email', 'tjenkins.home@comcast.net')}
SSN on file: ${v('pii.us_ssn', '418-62-7395')}
DOB: ${v('pii.date_of_birth', '08/19/1975')}

Customer says the alert "new credit inquiry – Coastal Auto Finance" is not hers and wants us to freeze her credit for her. We can't do that on her behalf. Draft a reply that explains how she can place the freeze herself with the three bureaus and what our restoration specialist can do.`),

  rec('signature_el', f`Με εκτίμηση,

Νικόλαος Βαρβέρης
Senior Hull & Machinery Broker
Halyard & Crane Marine — Akti Miaouli 47, 185 36 Πειραιάς
Τ: ${phone('+30 210 724 8135')} | Κ: ${phone('694 583 1207', 'GR')}
${v('pii.email', 'n.varveris@halyardcrane.com')}`),

  rec('signature_hu', f`Üdvözlettel:

Takács Bence
Senior Backend Engineer | TunnelWarden Kft.
1095 Budapest, Soroksári út 30–34.
Mobil: ${phone('06 20 573 1948', 'HU')}
${v('pii.email', 'bence.takacs@tunnelwarden.com')}`),

  rec('signature_is', f`Kær kveðja,
Sigrún Þórðardóttir
Deildarstjóri þjónustuvers | Póstlína hf.
Sími ${phone('+354 562 4180')} · GSM ${phone('661 3058', 'IS')}
${v('pii.email', 'sigrun.th@postlina.is')}`),

  rec('chat_ko', f`고객 상담 기록 영어로 요약해 주세요.

[상담 14:02] 고객: 정민호 (${phone('+82 10-4827-3916')}, ${v('pii.email', 'minho.jung.dev@gmail.com')})
- 연간 요금제 결제 후 앱에서 여전히 "무료 플랜"으로 표시됨
- 결제 영수증 번호 TW-KR-88213 확인
- 앱 로그아웃 후 재로그인 안내했으나 동일
- 계정 이메일과 결제 이메일이 다름 (결제: ${v('pii.email', 'mhjung@kakao.com')})
[상담 종료 14:19] 결제 계정 병합 요청 티켓 생성`),

  rec('leave_form_ms', f`Boleh semak borang cuti ini dan tulis emel kelulusan ringkas?

Nama Pekerja: Muhammad Hafiz bin Rahman
No. Pekerja: TW-KL-0217
No. K/P: ${ambCat('pii', '880914-14-6213')}
Jenis Cuti: Cuti Tahunan (5 hari), 23–27 Disember
Telefon semasa cuti: ${phone('+60 17 529 8841')}
E-mel peribadi: ${v('pii.email', 'hafiz.rahman88@gmail.com')}
Pengganti: Siti Zulaikha (Sokongan Pelanggan Tahap 2)`),

  rec('mail_redirect', f`Mail redirection application — please check it before I process it, the dates look odd:

Name: Alasdair and Morag Grant
Old address: Croft 4, Balnakeil, Durness, IV27 4PT
New address: 22 Ashgrove Road West, Aberdeen, AB16 5EE
Date of birth (main applicant): ${v('pii.date_of_birth', '04/03/1951')}
Contact phone: ${phone('01224 583 907', 'GB')}
Email: ${v('pii.email', 'alasdair.grant.durness@gmail.com')}
Redirect from: 16/12/2024 to: 15/12/2024 (12 months)`),

  rec('json_profile', f`${amb('source_code.snippet', f`{
  "patientId": "AF-EDI-10482",
  "name": { "given": "Kirsty", "family": "Munro" },
  "birthDate": "${v('pii.date_of_birth', '1987-10-29')}",
  "telecom": [
    { "system": "phone", "value": "${phone('+44 141 332 8150')}", "use": "home" },
    { "system": "email", "value": "${v('pii.email', 'kirsty.munro87@gmail.com')}" }
  ],
  "partner": { "name": "Stephen Munro", "birthDate": "${v('pii.date_of_birth', '1985-01-14')}" },
  "consents": { "research": false, "sms": true }
}`)}

Our FHIR validator says "birthDate" is fine but "partner" is not a valid element. Where should partner details go in a FHIR Patient resource?`),

  rec('trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/tw/accounts/merge.py", line 88, in merge_accounts
    target = Account.objects.get(email=primary)
  File "/usr/local/lib/python3.12/site-packages/django/db/models/manager.py", line 87, in manager_method
    return getattr(self.get_queryset(), name)(*args, **kwargs)
django.core.exceptions.MultipleObjectsReturned: get() returned more than one Account -- it returned 2!
  while merging ${v('pii.email', 'siti.zulaikha.work@gmail.com')} into ${v('pii.email', 'szulaikha@tunnelwarden.com')}`)}

how can the same email exist twice when the column is unique? we use citext`),

  rec('meeting_notes', f`Allocations panel — 3 Dec

1. Void at 7/3 Gilmerton Dykes: offer to Ms Jade Kerr (band A, medical priority). Contact via support worker Liam Doig, ${phone('0131 664 2093', 'GB')}, as Ms Kerr has no phone at present.
2. Mutual exchange request Hughes/Ogunleye — both tenancies in good standing, approve subject to gas safety checks.
3. Complaint from Mr R. Sutherland (${v('pii.email', 'rab.sutherland@hotmail.co.uk')}) about anti-social behaviour at Moredun: refer to ASB team, acknowledge within 5 working days.

Turn these into actions with owners and deadlines please.`),

  rec('letter_lb', f`Kanns de dëse Bréif e bësse méi frëndlech formuléieren?

Madame Maria Fernandes
geb. den ${v('pii.date_of_birth', '11.05.1969')}
Tel. ${phone('+352 691 473 028')}
${v('pii.email', 'maria.fernandes69@internet.lu')}

Betreff: Är Demande fir eng Sozialwunneng

Mir hunn Är Demande kritt. Et feelen nach folgend Dokumenter: Certificat de résidence, Akommesnoweis vun de leschten 3 Méint, Kopie vum Bail. Ouni dës Dokumenter kënne mir Äre Dossier net weiderbehandelen.`),

  rec('visa_letter', f`Write an invitation letter for a patient travelling to our Athens clinic for treatment:

Patient: Mrs Hina Tariq
Passport: ${v('pii.passport', 'BN4172839')} (Pakistan), valid until 2031
Date of birth: ${v('pii.date_of_birth', '27 August 1990')}
Accompanied by: Mr Tariq Mehmood, passport ${v('pii.passport', 'AK8302917')}
Planned stay: 6–24 February 2025, Aurora Fertility Athens, Kifisias Ave.
Contact in Pakistan: ${phone('042 3578 1264', 'PK')}`),

  rec('address_change_is', f`Viðskiptavinur hringdi og vill breyta heimilisfangi fyrir pakkasendingar. Geturðu skrifað staðfestingarpóst?

Nafn: Jón Einarsson
Kennitala: ${ambCat('pii', '030791-3399')}
Nýtt heimilisfang: Hrísmóar 6, 210 Garðabær
Sími: ${phone('+354 772 4106')}
Netfang: ${v('pii.email', 'jon.einarsson91@gmail.com')}
Gildir frá: 1. desember 2024`),

  rec('customs_ko', f`해외직구 통관 보류 안내 문자 작성해 주세요.

수취인: 최은지
개인통관고유부호: ${ambCat('pii', 'P418273950617')}
휴대폰: ${phone('010-2841-7736', 'KR')}
주소: 서울특별시 마포구 월드컵북로 396, 1204호
사유: 통관고유부호와 수취인 성명 불일치 (주문서상 "Choi Eunji" vs 등록 "최은지")
관부가세 예상액: 48,200원`, 'Korean personal customs clearance code: no built-in rule (ambiguous, no rule id)'),

  rec('travel_hu', f`Segítenél kitölteni a vízumkérelmet a szöuli konferenciához? Ezek az adataim:

Név: Szabó Dániel
Születési dátum: ${v('pii.date_of_birth', '1979. február 3')}.
Útlevélszám: ${v('pii.passport', 'BE2847193')}
Lejárat: 2029.06.14.
Telefon: ${phone('+36 70 284 3917')}
E-mail: ${v('pii.email', 'daniel.szabo@tunnelwarden.com')}
Konferencia: Korea Privacy & VPN Forum, 2025. március 11–13.`),

  rec('donor_notes', f`Rewrite these donor-coordination notes so they can go in the shared file (no names of the recipients, keep donor codes):

- Donor D-EDI-0418 (anonymous, ID-release at 18): cycle cancelled, poor response.
- Recipient couple for D-EDI-0422: Mrs Ewa Nowak (DOB ${v('pii.date_of_birth', '02/12/1983')}), prefers contact by email ${v('pii.email', 'ewa.nowak.edi@gmail.com')}, not phone.
- HFEA forms for D-EDI-0422 still missing counselling signature.`),

  rec('complaint_gh', f`Good morning, please help me reply to this customer, he is very angry:

"My name is Yaw Boateng. I sent a box to my sister in London on 2nd November from Kejetia post office, EMS. Tracking EE 228419375 GH. Till today nothing. Your call centre is not picking. My number is ${phone('055 871 2049', 'GH')}, please somebody should call me. Email ${v('pii.email', 'yawboateng.kumasi@gmail.com')}."

Keep it polite, say we've opened an inquiry with Royal Mail and will update in 5 working days.`),

  rec('chat_fr_ch', f`Un client de la boutique de Genève veut recevoir une invitation pour le lancement de la nouvelle collection. Peux-tu rédiger le carton? Voici ses coordonnées: M. Olivier Rochat, ${phone('+41 22 310 47 85')}, ${v('pii.email', 'o.rochat@rochat-avocats.ch')}, anniversaire le ${v('pii.date_of_birth', '2 mars 1966')} (on lui offre toujours une petite attention). Il préfère le vouvoiement.`),
];
