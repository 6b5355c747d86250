/** Held-out batch 4: personal data in HR, payroll, school, clinic-admin and support text, forms, exports and logs. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);

export const BATCH4_PII: DraftRecord[] = [
  rec('hr_us', f`I need to correct a W-2 for a former employee. Name: Dwayne Castellano, SSN ${v('pii.us_ssn', '457-29-8316')}, box 1 was overstated by $1,200. Which form do I file, W-2c only or also W-3c?`),

  rec('chat', f`My daughter's school enrollment form asks for her SSN (${v('pii.us_ssn', '231-70-4598')}) and mine. Is a public school in Ohio allowed to require that? What can I write instead?`),

  rec('letter_uk', f`Please rewrite this in plain English for the employee:

"Further to your request, we confirm that deductions for Class 1 NICs have been made under National Insurance number ${v('pii.uk_nino', 'PW 47 19 30 B')} for the tax years 2022/23 and 2023/24. Any shortfall in your record should be raised with HMRC directly."`),

  rec('clinic_admin', f`Appointment letter draft — Physiotherapy, Vireo Clinics (Leeds)

Patient: Mrs Aileen Rourke
NHS No: ${v('pii.uk_nhs_number', '738 204 9159')}
Date of birth: ${v('pii.date_of_birth', '02/11/1949')}
Appointment: Tue 17 Dec, 10:40, Room 3

Make it shorter and add a line about bringing a list of medications.`),

  rec('payroll_de', f`Kannst du prüfen, ob in dieser Meldung etwas fehlt?

Arbeitnehmerin: Svenja Köhler
Steuerliche Identifikationsnummer: ${v('pii.de_steuer_id', '57209384153')}
Geburtsdatum: ${v('pii.date_of_birth', '14.06.1995')}
Eintritt: 01.01.2025, Teilzeit 30 Std.`),

  rec('mutuelle_fr', f`Bonjour, je dois envoyer à la mutuelle mon numéro de sécurité sociale : ${v('pii.fr_nir', '1 84 07 69 123 047 46')}. Est-ce qu'un e-mail suffit ou faut-il passer par l'espace adhérent ? Rédige-moi un message court.`),

  rec('form_es', f`Solicitud de beca comedor – curso 2024/25
Alumno: Hugo Martín Serrano
Padre/tutor: Javier Martín Gil, DNI ${v('pii.es_dni', '71830294Y')}
Madre/tutora: Oksana Kovalenko, NIE ${v('pii.es_nie', 'Y3817042E')}
Teléfono: ${phone('+34 612 847 390')}

¿Falta algún documento para la solicitud?`),

  rec('chat_it', f`Mi serve una mail per l'ufficio del personale: ho cambiato residenza e il mio codice fiscale è ${v('pii.it_codice_fiscale', 'FRRLCU79E14F205M')}. Luca Ferrari, matricola 40912. Scrivila breve e formale.`),

  rec('chat_nl', f`Ik moet voor de kinderopvangtoeslag het BSN van mijn partner invullen: ${v('pii.nl_bsn', '273184969')}. Waar vind ik dat op de Mijn Toeslagen-site? En moet het inkomen van 2023 of 2024?`),

  rec('chat_hi_en', f`Mera PAN-Aadhaar link status "pending" dikha raha hai. Aadhaar ${v('pii.in_aadhaar', '7381 9205 4612')} hai aur PAN ${ambCat('pii', 'BQXPK4821L')}. Kya late fee dobara bharni padegi? Simple Hinglish mein samjhao.`, 'Indian PAN: sensitive, no rule claims it — ambiguous without a rule id (batch 3 convention)'),

  rec('chat_pt_br', f`Preciso atualizar o cadastro do meu pai no plano de saúde. CPF ${v('pii.br_cpf', '384.019.275-79')}, data de nascimento ${v('pii.date_of_birth', '22/02/1951')}. Pode escrever a mensagem para a operadora?`),

  rec('form_ca', f`Payroll setup – Halvard Ship Supply (Halifax office)
Employee: Marc-André Thibodeau
SIN: ${v('pii.ca_sin', '639 208 172')}
Home phone: ${phone('(902) 481-2736', 'CA')}
Start date: 2025-01-06

Which TD1 forms does a Nova Scotia employee need?`),

  rec('chat_zh_en', f`帮我写一封英文邮件给签证中心。My passport number is ${v('pii.passport', 'EK8217364')}, I applied on 28 Nov and the status still says "received". 请用礼貌的语气。`),

  rec('chat_de', f`Für die Hotelbuchung in Dubai wird die Reisepassnummer verlangt: ${v('pii.passport', 'C4TX82LJ9')}. Ist es normal, dass Hotels die vorab per E-Mail wollen? Geburtsdatum habe ich nicht angegeben.`, 'German passport (9-character, letters and digits)'),

  rec('signature_cs', f`Díky za rychlou odpověď, zítra to pošlu.

S pozdravem
Tomáš Novotný
vedoucí skladu | Ashgrove Robotics s.r.o.
tel.: ${phone('+420 731 482 905')}
${email('tomas.novotny@ashgrove-robotics.cz')}`),

  rec('signature_tr', f`Saygılarımla,
Elif Yılmaz
İnsan Kaynakları Uzmanı
Anadolu Deri Tekstil A.Ş.
Cep: ${phone('+90 532 418 27 96')} · ${email('elif.yilmaz@anadoluderi.com.tr')}

— can you translate this signature block to English so I can use it on the international mails?`),

  rec('csv', f`${amb('source_code.snippet', f`student_id;first_name;last_name;guardian_email;guardian_phone;year
GR-20931;Maisie;Kerr;${email('fiona.kerr73@btinternet.com')};${phone('+44 7700 183 946')};S3
GR-20932;Rohan;Bhatt;${email('bhatt.family@gmail.com')};${phone('+44 161 738 2094')};S3
GR-20933;Zofia;Wójcik;${email('z.wojcik.home@wp.pl')};;S4`)}

Glenrock Academy export — merge the guardian columns into one "contact" column please.`),

  rec('log_java', f`${amb('source_code.snippet', f`2024-12-04 08:41:17.902  WARN 1 --- [nio-8080-exec-7] c.v.portal.auth.LoginController : failed login user=${email('p.achterberg@ziggo.nl')} ip=${amb('pii.ip_address', '84.241.19.207')} attempts=5
2024-12-04 08:41:18.011  INFO 1 --- [nio-8080-exec-7] c.v.portal.auth.LockoutService  : account locked for 15 min`)}

is it OK to log the username like that under GDPR?`),

  rec('reference_sv', f`Kan du översätta detta intyg till engelska?

"Härmed intygas att Linnea Holmqvist, född ${v('pii.date_of_birth', '3 april 1990')}, har varit anställd hos Halvard Ship Supply AB som logistikkoordinator sedan 2019."`),

  rec('chat_pl', f`Piszę wniosek o urlop rodzicielski. Dane dziecka: Antoni Nowak, urodzony ${v('pii.date_of_birth', '12 października 2024')}. Czy mogę złożyć wniosek po 21 dniach od porodu?`),

  rec('ticket', f`Zendesk #58213 – Refund request
Requester: Connor Mahlaba <${email('connor.mahlaba@icloud.com')}>
Phone: ${phone('(312) 684-2907', 'US')}
Order: TL-2024-77810, 2 × Braised Short Rib kit

"Box arrived warm, ice packs melted. I'd like a refund, not a replacement."

Draft a reply offering a refund plus 15% off next order.`),

  rec('chat_fi', f`Voisitko kääntää tämän englanniksi? "Hakija: Aino Virtanen, syntynyt ${v('pii.date_of_birth', '07.03.1998')}, puh. ${phone('+358 40 728 3916')}."`, 'Finnish birth word "syntynyt" + numeric date: labelled (a user expects a birth date flagged; FI is not in the engine\'s list)'),

  rec('chat_da', f`Skal jeg oplyse mit CPR-nummer ${ambCat('pii', '140392-2817')} til udlejer, når jeg søger lejlighed? Han beder om det i første e-mail. Hvad svarer jeg høfligt?`, 'Danish CPR number: sensitive, no rule claims it — ambiguous without a rule id'),

  rec('interview_notes', f`Notes from phone screen (delete after 30 days):
Candidate: Ifeoma Adebayo — ${email('ifeoma.adebayo@proton.me')} — ${phone('+49 172 4830915')}
Current: Senior Data Engineer, Berlin; notice 3 months
Salary expectation: 92k
Strong on dbt/Snowflake, weaker on streaming.

Summarise for the hiring manager in 4 bullets.`),

  rec('school_letter', f`Dear parents,
please return the trip consent form by Friday. If your child has allergies, contact the school nurse on ${phone('020 7946 1832', 'GB')} or ${email('nurse@stbrelades-primary.sch.uk')}.

Can you make this friendlier and add that the trip is to the Science Museum?`, 'a role address of a school nurse is still an e-mail address (batch 1 convention)'),

  rec('json', f`${amb('source_code.snippet', f`{
  "member_id": "SP-004182",
  "name": "Kaito Yamamoto",
  "email": "${email('kaito.yamamoto@outlook.jp')}",
  "mobile": "${phone('+81 90-4829-3716')}",
  "date_of_birth": "${v('pii.date_of_birth', '1987-09-14')}",
  "tier": "gold"
}`)}

what's the cleanest way to mask these fields before sending the profile to the analytics vendor?`),
];
