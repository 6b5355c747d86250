/**
 * Held-out batch 10: personal data, second representative sample (HR, payroll, travel, CRM,
 * support, logs). Measured once on the frozen engine (README, "Tenth batch").
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);

export const BATCH10_PII: DraftRecord[] = [
  rec('hr_ticket', f`HR ticket #5521: employee Marcus Delaney, SSN ${v('pii.us_ssn', '328-83-1460')}, DOB ${dob('04/11/1986')}, wants his W-2 reissued to his new address. Draft a reply confirming we'll mail it within 10 business days.`),

  rec('benefits', f`Please summarise this enrolment form for the benefits vendor: dependent Emma Delgado, date of birth ${dob('2019-06-23')}, SSN ${v('pii.us_ssn', '560-96-5079')}, relationship: daughter. Coverage starts January 1.`),

  rec('uk_starter', f`New starter checklist – Oliver Hughes, NI number ${v('pii.uk_nino', 'JT 48 21 97 C')}, start date 5 January 2027, mobile ${phone('+44 161 496 0725')}. What's still missing for payroll?`),

  rec('nhs_referral', f`Occupational health referral: Sarah Whitcombe, NHS number ${v('pii.uk_nhs_number', '566 947 0540')}, back injury after lifting incident on 12 November. Please rewrite in a neutral tone.`),

  rec('de_personal', f`Personalfragebogen für die Lohnabrechnung: Jonas Bergmann, geboren am ${dob('17.08.1991')}, Steuer-ID ${v('pii.de_steuer_id', '73602547898')}, Steuerklasse 1. Welche Angaben fehlen noch für den ersten Abrechnungsmonat?`),

  rec('fr_mutuelle', f`Formulaire mutuelle à compléter pour Camille Laurent, né le ${dob('12/09/1985')}, n° de sécurité sociale ${v('pii.fr_nir', '1 85 07 75 112 045 70')}. Peux-tu m'aider à rédiger le mail d'envoi ?`),

  rec('es_alta', f`Alta en la Seguridad Social: Javier Morales Ruiz, DNI ${v('pii.es_dni', '83571696T')}, fecha de nacimiento ${dob('21/11/1979')}. Y su compañera extranjera, NIE ${v('pii.es_nie', 'Y0199468A')}. ¿Qué documentos faltan?`),

  rec('it_cf', f`Per il contratto di Giulia Ferrari serve il codice fiscale: ${v('pii.it_codice_fiscale', 'FRRGLI88M52F205E')}. Puoi preparare una bozza di lettera di assunzione?`),

  rec('nl_bsn', f`Nieuwe medewerker Sanne de Vries, BSN ${v('pii.nl_bsn', '517218008')}, geboortedatum ${dob('03-02-1994')}. Welke gegevens moet ik nog doorgeven aan de salarisadministratie?`),

  rec('in_aadhaar', f`Rahul ka Aadhaar ${v('pii.in_aadhaar', '3459 4414 9056')} hai aur mobile ${phone('+91 98765 43210')}, PF form ke liye kya aur chahiye? Ek checklist bana do.`),

  rec('br_cpf', f`Preciso cadastrar o fornecedor pessoa física Ricardo Almeida, CPF ${v('pii.br_cpf', '324.307.426-67')}, telefone ${phone('+55 11 98765-4321')}. Quais campos são obrigatórios no SAP?`),

  rec('ca_sin', f`Onboarding for our Toronto hire: Daniel Tremblay, SIN ${v('pii.ca_sin', '490 286 911')}. Does the TD1 form go to payroll or to the employee?`),

  rec('travel', f`Book a flight LHR→BOM for Ananya Iyer, passport ${v('pii.passport', 'Z4829173')} (India), date of birth ${dob('29 January 1990')}, travelling 14 January. Can you draft the request to our travel agency?`),

  rec('us_passport', f`Visa invitation letter please: visitor Kevin Walsh, US passport ${v('pii.passport', '548203917')}, attending our Munich supplier summit in March.`),

  rec('crm_export', f`Clean up this HubSpot export, split first/last name:

name,email,phone,company
Laura Beckett,${email('laura.beckett@greystone-partners.com')},${phone('+1 646 209 4471')},Greystone Partners
Tomás Ribeiro,${email('t.ribeiro@vantamar.pt')},${phone('+351 912 345 678')},Vantamar
Ines Keller,${email('ines.keller@brunnwald.de')},${phone('+49 89 2180 3344')},Brunnwald AG`),

  rec('signature', f`Make my e-mail signature look more professional:

Nadia Petrov | Senior Buyer, Procurement
Tallis Energy Ltd
${email('nadia.petrov@tallis-energy.com')} | ${phone('+44 20 7946 0321')}`),

  rec('access_log', f`Why do we see so many 401s from these clients?

${amb('pii.ip_address', '203.0.113.54')} - - [05/Dec/2026:09:12:44 +0000] "POST /api/login HTTP/1.1" 401 112
${amb('pii.ip_address', '198.51.100.23')} - - [05/Dec/2026:09:12:45 +0000] "POST /api/login HTTP/1.1" 401 112
${amb('pii.ip_address', '81.2.69.160')} - - [05/Dec/2026:09:12:47 +0000] "POST /api/login HTTP/1.1" 200 845`),

  rec('meeting_notes', f`Summarise: call with Brandon Ortiz (${email('b.ortiz@pinecrest-health.org')}, ${phone('+1 214 730 1842')}) about renewing the 3-year support contract; he wants a 7% discount and quarterly reviews.`),

  rec('pl_complaint', f`Przetłumacz na angielski: "Pani Katarzyna Nowak (${email('k.nowak@poczta-firmowa.pl')}, tel. ${phone('+48 22 512 34 56')}) zgłasza reklamację dostawy z 28 listopada."`),

  rec('cv', f`Improve the summary section of this CV:

Arjun Mehta — Data Analyst
${email('arjun.mehta.data@gmail.com')} · ${phone('+91 99201 18834')} · Pune
Born ${dob('2 May 1996')}
5 years of SQL, Power BI and Python experience in retail analytics.`),

  rec('claims_note', f`Claim CLM-40917: policyholder Hannah Cole, DOB ${dob('1978-03-15')}, SSN ${v('pii.us_ssn', '134-65-5202')}, reported water damage on 30 November. Draft the acknowledgement letter.`),

  rec('app_log', f`{"ts":"2026-12-04T22:18:09Z","level":"warn","msg":"password reset requested","user":"${email('george.hart@outlook.com')}","ip":"${amb('pii.ip_address', '92.40.18.211')}"}

Is logging the e-mail like this a GDPR problem?`),
  rec('contact_list', f`Format this as a table for the event team: San Francisco office ${phone('+1 415 867 2309')} (reception), Seattle site lead Grace Kim ${phone('+1 206 555 7713')}, Amsterdam facilities ${phone('+31 20 555 1234')}, Milan reception ${phone('+39 02 8721 4455')}.`),
];
