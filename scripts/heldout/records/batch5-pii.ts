/** Held-out batch 5: personal data in tax, HR, payroll, healthcare-admin, education, public-sector and support text. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);

export const BATCH5_PII: DraftRecord[] = [
  rec('tax_us', f`Doing my taxes in FreeTaxUSA. My nephew lived with us all year — can I claim him as a qualifying child? His SSN is ${v('pii.us_ssn', '518-40-2917')}, he's 17 and had a summer job (about $6,100). His mom doesn't claim him.`),

  rec('chat_us', f`new hire is remote and HR wants me to "verify" her I-9 over video. She sent me SSN ${v('pii.us_ssn', '672194083')} in Teams chat. Is that ok or should I ask her to delete it and use the HR portal?`, 'a compact SSN right after "SSN"'),

  rec('payroll_uk', f`Wrenfield College payroll query

Staff no: WC-40917 (hourly paid lecturer)
NI number: ${v('pii.uk_nino', 'JT 48 29 17 C')}
Issue: emergency tax code 1257L W1/M1 since October

Please draft a reply explaining why the code is on a non-cumulative basis and what HMRC needs from him.`),

  rec('hospice_admin', f`Referral received — Everhollow Hospice, community team
Patient: Mr Desmond Aulak
NHS number: ${v('pii.uk_nhs_number', '483 920 1757')}
DOB: ${dob('19/08/1941')}
GP: Riverside Medical Practice
Next of kin: daughter, ${phone('+44 7984 120376')}

Turn this into a short handover note for the evening nurse; leave out anything she doesn't need.`),

  rec('minijob_de', f`Hallo, ich melde eine neue Minijobberin für unser Café an. Kannst du prüfen, ob die Angaben vollständig sind?

Name: Leonie Brandstätter
geb. ${dob('03.02.2004')}
Steuer-ID: ${v('pii.de_steuer_id', '47183629521')}
Krankenkasse: AOK Bayern
Beginn: 15.01.2025, 538 € monatlich`),

  rec('attestation_fr', f`Peux-tu vérifier cette attestation employeur avant que je l'envoie à France Travail ?

« Nous certifions que Mme Camille Roussel, n° de sécurité sociale ${v('pii.fr_nir', '2 91 04 75 123 456 04')}, a été employée du 02/05/2022 au 31/12/2024 en qualité d'assistante comptable. »`),

  rec('padron_es', f`Hola, tengo que empadronar a mi pareja en mi piso de Valencia. Mis datos: Ana Belén Soriano, DNI ${v('pii.es_dni', '48293716H')}. Él es italiano, NIE ${v('pii.es_nie', 'Y4019283R')}. ¿Qué documentos tenemos que llevar al ayuntamiento? ¿Hace falta el contrato de alquiler?`),

  rec('chat_it', f`Ho perso la tessera sanitaria. Il mio codice fiscale è ${v('pii.it_codice_fiscale', 'BRNGLI88D52L219H')} — posso stamparne una provvisoria dal sito dell'Agenzia delle Entrate o devo andare all'ASL? Rispondi in breve.`),

  rec('chat_nl', f`Mijn zorgverzekeraar vraagt per e-mail om mijn BSN ${v('pii.nl_bsn', '305718290')} om een declaratie van de fysiotherapeut te verwerken. Is dat normaal, of moet ik dat via Mijn Zilveren Kruis doen? Schrijf een kort antwoord.`),

  rec('chat_hi_en', f`Scholarship form mein Aadhaar number mangte hain — mera ${v('pii.in_aadhaar', '8392 0471 6527')} hai. Portal bol raha hai "Aadhaar not seeded with bank account". Iska matlab kya hai aur kaise fix karun? Hinglish mein batao.`),

  rec('chat_pt_br', f`Comprei um notebook e a loja esqueceu de colocar meu CPF na nota fiscal. Meu CPF: ${v('pii.br_cpf', '503.918.274-05')}, pedido 771920. Escreve uma mensagem educada pedindo a correção da nota?`),

  rec('t4_ca', f`I need to send a corrected T4 for an employee who left in November. Her SIN is ${v('pii.ca_sin', '527 319 842')} and box 14 was short by $2,300. Do I file a T4 amendment online or paper?`),

  rec('chat_ko', f`일본 비자 신청서 작성 중이에요. Passport No. ${v('pii.passport', 'M48291736')}, issued 2022-06-14. 영어로 "purpose of visit" 칸에 쓸 짧은 문장 좀 만들어 주세요 — it's a 5-day business trip to a trade fair in Osaka.`, 'Korean passport (M + 8 digits)'),

  rec('booking_json', f`The airline's API rejects our booking payload with "APIS data incomplete". What's missing?

${amb('source_code.snippet', f`{
  "pnr": "K7QZ4M",
  "passengers": [{
    "surname": "O'Driscoll", "given": "Siobhan",
    "document": { "type": "P", "number": "${v('pii.passport', 'PZ4829173')}", "country": "IRL", "expiry": "2031-03-02" },
    "dateOfBirth": "${dob('1986-11-23')}",
    "contact": { "email": "${email('siobhan.odriscoll@eircom.net')}", "phone": "${phone('+353 87 418 2936')}" }
  }]
}`)}`),

  rec('chat_tr', f`Merhaba, yeni çalışanın SGK girişini yapacağım. Bilgiler:
Ad Soyad: Burak Aydın
T.C. Kimlik No: ${ambCat('pii', '37182046922')}
Doğum tarihi: ${dob('14.09.1992')}
Cep: ${phone('+90 533 817 42 06')}

İşe giriş bildirgesi için başka ne gerekir? Kısaca yaz.`, 'Turkish identity number (T.C. Kimlik No): sensitive, no rule claims it — ambiguous without a rule id'),

  rec('signature_el', f`Ευχαριστώ πολύ για τη γρήγορη απάντηση.

Με εκτίμηση,
Νίκος Αλεξίου
Υπεύθυνος Προμηθειών | Halcyon Vet Group Hellas
Τηλ.: ${phone('+30 694 712 8305')}
${email('n.alexiou@halcyonvet.gr')}

— can you make an English version of this signature with the same layout?`),

  rec('ticket_ar', f`تذكرة دعم #44817
العميل: يوسف الحمادي
Email: ${email('y.alhammadi@emirates-mail.ae')}
Mobile: ${phone('+971 50 418 2936')}
المشكلة: لم يصل رمز التحقق عبر الرسائل القصيرة.

Summarise this ticket in English for the second-line team.`),

  rec('freshdesk', f`Freshdesk ticket #90213 (Tessellate Games launcher)
From: ${email('kacper.zielinski94@o2.pl')}
Phone: ${phone('+48 601 284 937')}
Last login IP: ${amb('pii.ip_address', '83.24.117.209')}
Subject: account locked after password reset

"I reset my password twice and now it says my account is locked for security reasons. I bought the season pass last week!"

Write a reply: we unlocked it, ask him to enable 2FA.`),

  rec('csv', f`Wrenfield College — January intake, international students. Please split into one file per programme:

${amb('source_code.snippet', f`student_ref,full_name,date_of_birth,programme,personal_email
W25-0117,Thanh Huong Pham,${dob('2006-04-30')},BSc Marine Biology,${email('huong.pham.2006@gmail.com')}
W25-0118,Emeka Chukwu,${dob('2005-12-11')},BEng Civil Engineering,${email('emeka.chukwu@yahoo.com')}
W25-0119,Sofía Paredes,${dob('2006-07-02')},BSc Marine Biology,${email('sofiparedes06@hotmail.com')}`)}`, 'a date_of_birth column: each row\'s date is labelled (batch 4 convention for a dob header)'),

  rec('vet_record', f`Halcyon Vets — client record (copy from the PMS)
Owner: Mrs Gwen Talbot, ${email('gwen.talbot@btopenworld.com')}, ${phone('+44 7452 918370')}
Patient: "Biscuit", Cocker Spaniel, male neutered, born 2019-03-04
Vaccinations: DHP 02/2024, Lepto4 02/2024, KC 05/2024

Draft a reminder letter that the booster is due.`, 'the dog\'s birth date is not a person\'s date of birth: unlabelled'),

  rec('planning_app', f`Brackenfell Borough Council — Householder planning application HH/2025/0031
Applicant: Mr Tomasz Wiśniewski
Address: 14 Larchmere Close, Brackenfell
Contact: ${email('t.wisniewski@outlook.com')} / ${phone('07984 120376', 'GB')}
Proposal: single-storey rear extension, 4.2 m deep

Write the neighbour notification letter (don't include the applicant's contact details).`),

  rec('chat_hi_en', f`Rent agreement bana rahe hain. Tenant: Rohit Malhotra, phone ${phone('+91 98204 17365')}, Aadhaar ${v('pii.in_aadhaar', '6173 8294 0151')}. Owner chahta hai police verification form bhi bharein. Kaunse documents lagenge? Short list do.`),

  rec('notes', f`Call notes — Kittiwake Mutual claims, 8 Jan
- Spoke to policyholder Mrs Adaeze Nwosu on ${phone('(617) 482-3915', 'US')} (US number, she's travelling)
- Her son will call from ${phone('+44 7984 120376')}, authorised third party
- Claim KM-CL-208831, water damage, kitchen ceiling
- Follow-up e-mail to ${email('adaeze.nwosu@gmail.com')} with the loss adjuster's name

Tidy into a claim diary entry.`),

  rec('chat_pl', f`Pracodawca prosi o PESEL dziecka ${ambCat('pii', '25210704829')} do zgłoszenia do ubezpieczenia zdrowotnego. Córka urodziła się ${dob('7 stycznia 2025')}. Czy muszę to zrobić w ciągu 7 dni? Odpowiedz krótko.`, 'Polish PESEL: sensitive, no rule claims it — ambiguous without a rule id; written-month Polish birth date labelled'),

  rec('reference_ro', f`Poți traduce în engleză? „Subsemnatul, Andrei Munteanu, născut la ${dob('21.05.1979')} în Cluj-Napoca, declar pe propria răspundere că datele de mai sus sunt corecte."`, 'Romanian "născut la" (born on): labelled, a language the engine docs do not list (batch 2 decision for birth words)'),

  rec('log', f`${amb('source_code.snippet', f`[2025-01-09 07:41:02,118] INFO  portal.auth  login ok user_id=558201 email=${email('l.ferreira@students.wrenfield.ac.uk')} ip=${amb('pii.ip_address', '2a02:c7c:5b21:9e00:41d8:7fe2:1c0a:6b3d')}
[2025-01-09 07:41:09,402] WARN  portal.grades  slow query 2380ms module=MB2041`)}

do we need to keep the email in the auth log? what do others do?`),
];
