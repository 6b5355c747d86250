/**
 * Held-out batch 35: personal data in home-care referrals and rotas, crew lists of a fishing fleet,
 * musicians' contracts and tour paperwork, outage-desk call-backs, fund KYC files and veterinary
 * adverse-event reports. National ids without an engine rule are ambiguous, category-only spans.
 * Hand-written, not yet measured.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH35_PII: DraftRecord[] = [
  // ── home-care nursing ─────────────────────────────────────────────────────────────────────
  rec('referral', f`Can you turn this district nurse referral into a care plan summary for the carers (plain English, no jargon)?

REFERRAL – Hywel Dda community nursing → Gofal Cartref Teifi
Client: Mrs Eirlys Prosser
NHS No: ${v('pii.uk_nhs_number', '718 204 6350')}
DOB: ${v('pii.date_of_birth', '14/02/1938')}
Address: 3 Maes y Deri, Llandysul SA44 4JD
Tel: ${phone('01559 362 418', 'GB')}
NOK: daughter, Mrs Gwenllian Rees, ${phone('07823 419 506', 'GB')}
Needs: double-up for transfers, pressure area care (sacrum grade 2), insulin supervision 08:00 and 17:30.`),

  rec('hr_form', f`New starter checklist for our carer, can you tell me what's missing before she can go out on visits?

Name: Ffion Bevan
NI number: ${v('pii.uk_nino', 'JR 48 29 15 C')}
Date of birth: ${v('pii.date_of_birth', '2 September 1999')}
Email: ${v('pii.email', 'ffion.bevan99@hotmail.co.uk')}
DBS: applied 18/11, not back yet
Driving licence: seen, full
References: 1 of 2 received`),

  rec('intake_ca', f`Client intake – CareNest Home Health, Toronto East
Client: Mr. Gordon MacAulay, DOB ${v('pii.date_of_birth', '1941-07-23')}
OHIP: ${ambCat('pii', '4829 173 605 KT')}
Primary phone: ${phone('(416) 938-4172', 'CA')} (wife, Margaret)
Services: personal support 2×/day, wound care (L lower leg) 3×/week
Allergies: penicillin

Please rewrite as a handover note for the PSW team.`),

  rec('record_jm', f`Mi need a proper letter to the NHF for Miss Hyacinth's medication card renewal. Details:
Client: Hyacinth Powell
TRN: ${ambCat('pii', '104-382-917')}
Date of birth: ${v('pii.date_of_birth', '9 June 1946')}
Phone: ${phone('876-459-2716', 'JM')}
Condition: hypertension and type 2 diabetes, home visits Mon/Wed/Fri from BlueMahoe Home Nursing.
Write it formal, from our nursing supervisor.`),

  rec('chat_ms_en', f`Hi, can help me summarise this for the night nurse? Patient Encik Rahim bin Osman, IC ${ambCat('pii', '450312-10-5371')}, born ${v('pii.date_of_birth', '12 March 1945')}, stroke last year, left side weak. Son Faizal can be contacted at ${phone('012-791 4638', 'MY')}. Please put in point form, don't need to include the IC.`),

  rec('chat_am', f`ሰላም! ለአዲስ ደንበኛ የቤት ውስጥ እንክብካቤ መመዝገቢያ ማጠቃለያ በእንግሊዝኛ ጻፍልኝ።
ስም፦ ወ/ሮ አልማዝ ተስፋዬ
የትውልድ ቀን፦ ${v('pii.date_of_birth', '03/05/1950')}
ስልክ፦ ${phone('+251 91 148 3726')}
ልጃቸው ዳዊት፦ ${v('pii.email', 'dawit.tesfaye@gmail.com')}
አገልግሎት፦ የደም ግፊት ክትትል፣ በሳምንት ሦስት ጊዜ`),

  rec('email_thread', f`> From: Carys Lloyd <${v('pii.email', 'carys.lloyd@teificare.co.uk')}>
> Sent: 27 November 2024 16:12
> Mr Jenkins's wife called — please change his evening visit to 18:30 from Monday. Her mobile is ${phone('07468 201 739', 'GB')}.

Thanks Carys, done on the rota.

→ rewrite my reply so it also confirms the change to Mrs Jenkins in a text, under 160 characters.`),

  rec('log_json', f`App login failures for carers since the update. Sample from the API log:

${amb('source_code.snippet', f`{"ts":"2024-11-28T06:58:41Z","level":"warn","svc":"care-visits-api","event":"login_failed","user":"${v('pii.email', 'andre.grant@bluemahoehn.com')}","reason":"otp_expired","ip":"${amb('pii.ip_address', '72.27.118.40')}","app":"android 3.8.1"}
{"ts":"2024-11-28T07:01:09Z","level":"warn","svc":"care-visits-api","event":"login_failed","user":"${v('pii.email', 'shanice.b@bluemahoehn.com')}","reason":"otp_expired","ip":"${amb('pii.ip_address', '63.143.95.12')}","app":"android 3.8.1"}`)}

Is the OTP window too short? Both are on Digicel.`),

  rec('chat', f`Our carer Tanisha says her contact details are wrong on the rota app. Correct ones: mobile ${phone('+1 876 927 4813')}, email ${v('pii.email', 'tanisha.mcfarlane@yahoo.com')}, DOB ${v('pii.date_of_birth', '21/10/1994')}. Write a short message confirming I've updated them.`),

  rec('chat_am', f`የአዲሷ ተንከባካቢ ምዝገባ፦ ሰብለ ገብረ መድኅን፣ የተወለደችው ${v('pii.date_of_birth', '12/11/1996')}፣ ስልክ ${phone('0911 27 4836', 'ET')}። ይህን መረጃ ለሥራ ውል ቅጽ እንዲሆን በሰንጠረዥ አስቀምጥልኝ።`),

  rec('tsv', f`Holiday pay check for the bank staff carers — can you work out 12.07% of each person's November hours × £12.60?

${amb('source_code.snippet', f`carer\tni_no\tstart\thours_nov
Bethan Hopkins\t${v('pii.uk_nino', 'SH731064A')}\t2023-05-02\t64.5
Kofi Mensah\t${v('pii.uk_nino', 'WP 20 84 73 B')}\t2024-01-15\t41.0
Nia Vaughan\t${v('pii.uk_nino', 'TK610392D')}\t2022-09-19\t88.25`)}`),

  // ── orchestra / concert hall ──────────────────────────────────────────────────────────────
  rec('csv', f`Extra players for the Mahler 2 weekend — can you make a call sheet sorted by section?

${amb('source_code.snippet', f`name,section,email,mobile
Owain Griffiths,horn,${v('pii.email', 'owain.horn@btinternet.com')},${phone('+44 7946 218 305')}
Mererid Hughes,harp,${v('pii.email', 'mererid.harp@gmail.com')},${phone('07971 384 226', 'GB')}
Danielle Tremblay,trumpet (offstage),${v('pii.email', 'd.tremblay.tpt@videotron.ca')},${phone('+1 506 857 2210')}
Callum Reid,percussion,${v('pii.email', 'callumreid.perc@outlook.com')},${phone('+44 1248 382 917')}`)}`),

  rec('tour_visa', f`Draft the invitation letter for the Canadian visa office. Tour: Glanmor Sinfonia, Toronto & Montreal, 4–12 April 2025.
Musicians needing visas:
- Ananya Iyer, violin, Indian passport ${v('pii.passport', 'R4829173')}, DOB ${v('pii.date_of_birth', '17 August 1992')}
- Dawit Alemu, viola, Ethiopian passport ${v('pii.passport', 'EP4718293')}, DOB ${v('pii.date_of_birth', '4 January 1989')}
Everyone else holds UK/EU passports.`),

  rec('contract_ca', f`Can you check the T4A info block in this guest-artist contract is complete?

Artist: Marie-Claude Gagnon (piano)
SIN: ${v('pii.ca_sin', '528 391 048')}
Address: 2140 rue Wolfe, Montréal QC H2L 4V4
Fee: CAD 9,500 (two performances, 1 rehearsal)
Email for tax slips: ${v('pii.email', 'mcgagnon.piano@gmail.com')}`),

  rec('chat_gl', f`Preciso unha lista para a seguridade do auditorio cos membros do coro convidado que entran pola porta de artistas o sábado:
- Antía Louzao Castro, DNI ${v('pii.es_dni', '34871920X')}
- Breixo Pereira Vilas, DNI ${v('pii.es_dni', '72619384N')}
- Uxía Fernández Rial, DNI ${v('pii.es_dni', '15038472Z')}
Ordénaa alfabeticamente polo apelido e pon só as iniciais do nome.`),

  rec('signature', f`Cofion gorau / Best wishes,

Elen Morgan
Rheolwr Cerddorfa | Orchestra Manager
Glanmor Hall & Sinfonia
${phone('+44 29 2048 3917')} | ${phone('07584 902 317', 'GB')}
${v('pii.email', 'elen.morgan@glanmorhall.cymru')}`),

  // ── fishing fleet / fish auction ──────────────────────────────────────────────────────────
  rec('crew_list_cl', f`Hola, necesito pasar este zarpe a una tabla para la Capitanía de Puerto. Tripulación del PAM Antares:

Capitán: Rodrigo Cárcamo Oyarzún, RUT ${ambCat('pii', '14.823.917-7')}, nac. ${v('pii.date_of_birth', '03-08-1976')}, cel. ${phone('+56 9 8473 2916')}
Motorista: Luis Andrade Paredes, RUT ${ambCat('pii', '9.372.815-7')}, nac. ${v('pii.date_of_birth', '22-11-1968')}, cel. ${phone('9 6128 4037', 'CL')}
Tripulante: Bastián Vera Soto, RUT ${ambCat('pii', '17.204.638-K')}, nac. ${v('pii.date_of_birth', '15-01-1991')}`),

  rec('chat_es_pe', f`Buenas, ¿me ordenas esta lista para el seguro de la tripulación de la E/P "Don Lucho"? Nombre – DNI – celular:
Wilmer Chunga Purizaca – ${ambCat('pii', '41827365')} – ${phone('964 218 573', 'PE')}
Segundo Ayala Ramos – ${ambCat('pii', '02874193')} – ${phone('+51 987 412 356')}
Jhon Eca Querevalú – ${ambCat('pii', '46093718')} – sin celular
Ponlo en columnas y agrega la fecha de embarque 02/12.`),

  rec('email_es_uy', f`Hola Martín, te paso los datos del nuevo marinero para el alta en BPS, así lo cargás hoy:
Nombre: Facundo Olivera Píriz
CI: ${ambCat('pii', '4.382.917-6')}
Fecha de nacimiento: ${v('pii.date_of_birth', '28/06/1998')}
Correo: ${v('pii.email', 'facu.olivera98@hotmail.com')}
Cel: ${phone('094 381 726', 'UY')}
Abrazo, Florencia

→ pasalo a un formato de planilla, por favor.`),

  rec('chat_hr', f`Trebam popis članova zadruge za isplatu potpore za gorivo. Možeš li ovo složiti u tablicu?
Ante Baričević, OIB ${ambCat('pii', '48291736053')}, mob. ${phone('098 734 2916', 'HR')}, brod "Sveti Nikola"
Mate Jurić, OIB ${ambCat('pii', '73910482652')}, mob. ${phone('+385 95 318 4472')}, brod "Galeb II"`),

  rec('form_gl', f`Alta de tripulante – buque "Nova Ondiña" (Ribeira)
Nome: Mamadou Diallo
NIE: ${v('pii.es_nie', 'X4918273E')}
Data de nacemento: ${v('pii.date_of_birth', '11/04/1990')}
Teléfono: ${phone('+34 647 381 920')}
Posto: mariñeiro

Podes redactar a carta de benvida en galego e francés?`),

  rec('chat_eu', f`Kaixo, lagundu iezadazu itsasontziko tripulatzaile berriaren fitxa osatzen:
Izena: Iker Etxeberria Arrizabalaga
NAN: ${v('pii.es_dni', '44092817T')}
Jaiotze data: ${v('pii.date_of_birth', '1985-09-30')}
Telefonoa: ${phone('688 419 273', 'ES')}
Zer falta da Gizarte Segurantzaren itsas erregimenerako?`),

  // ── grid operator: outage desk ────────────────────────────────────────────────────────────
  rec('ticket_et', f`Rikkepiletti #ET-48213, helistas klient:
Nimi: Katrin Tamm
Isikukood: ${ambCat('pii', '47804120278')}
Telefon: ${phone('+372 5384 7291')}
E-post: ${v('pii.email', 'katrin.tamm@gmail.com')}
Aadress: Männi tee 4, Tõrvandi
Probleem: elekter puudub alates 06:20, naabritel on olemas.

Kirjuta kliendile SMS, et brigaad on teel (max 160 tähemärki).`),

  rec('complaint_lv', f`Lūdzu, sagatavo atbildi uz sūdzību. Klients: Jānis Ozols, personas kods ${ambCat('pii', '120489-10374')}, tālr. ${phone('2647 1938', 'LV')}. Sūdzība: 26. novembrī elektrības nebija 9 stundas, sabojājās ledusskapis, prasa kompensāciju. Atbildē jāpaskaidro kompensācijas kārtība.`),

  rec('csv', f`Medically-dependent customers on feeder 12F3 (planned outage Thursday 09:00–15:00). Make a call list for the outage desk, priority first:

${amb('source_code.snippet', f`acct,name,phone,equipment,priority
7719-204,Beatrice Doiron,${phone('+1 506 454 8127')},home oxygen concentrator,1
7719-388,Raymond LeBlanc,${phone('(506) 382-4719', 'CA')},home dialysis,1
7720-015,Sandra Cormier,${phone('506-743-9021', 'CA')},power wheelchair,2`)}`),

  rec('ticket', f`Outage desk ticket OD-2024-11873
Caller: Mr Dafydd Owen, ${phone('01792 648 213', 'GB')}, ${v('pii.email', 'dafydd.owen@talktalk.net')}
Address: 17 Heol y Nant, Clydach, Swansea
Report: sparking from the overhead line in the back lane, no supply since 19:40.
Crew: SWA-3 dispatched 19:58.

Summarise for the shift log in one sentence.`),

  rec('chat_ms_en', f`Customer complain very angry, can help me reply? Name Mr Tan Wei Ming, ${phone('+60 12-384 7291')}, email ${v('pii.email', 'weiming.tan@yahoo.com.my')}. His shop in Klang got no power 3 times this month, lost frozen stock. Reply polite and say technician will inspect the cable joint on Monday.`),

  // ── private equity portfolio ops ──────────────────────────────────────────────────────────
  rec('kyc', f`KYC pack for the Harlow Fasteners management rollover — the bank wants a summary table per individual:

1. Greg Kowalski (CEO) – SSN ${v('pii.us_ssn', '471-28-3905')}, DOB ${v('pii.date_of_birth', '05/14/1971')}, US passport ${v('pii.passport', '584219307')}
2. Dana Whitlock (CFO) – SSN ${v('pii.us_ssn', '318-64-7120')}, DOB ${v('pii.date_of_birth', '11/02/1979')}, ${v('pii.email', 'dana.whitlock@harlowfasteners.com')}

Flag what's still missing for the beneficial ownership form.`),

  rec('lp_onboarding', f`Individual LP onboarding – Fund III co-invest vehicle
Investor: Dr. Priya Raman
SIN (for T5013 slips): ${v('pii.ca_sin', '736 104 829')}
DOB: ${v('pii.date_of_birth', 'March 8, 1968')}
Phone: ${phone('+1 403 264 8817')}
Email: ${v('pii.email', 'priya.raman.md@shaw.ca')}

Draft the welcome email and list the remaining subscription documents.`),

  // ── veterinary pharma ─────────────────────────────────────────────────────────────────────
  rec('adverse_event_sl', f`Prosim, prevedi to poročilo o neželenem učinku v angleščino za farmakovigilanco:

Lastnik živali: Marko Zupančič
Telefon: ${phone('+386 41 728 394')}
E-pošta: ${v('pii.email', 'marko.zupancic@siol.net')}
Žival: pes, labradorec, 7 let, 32 kg
Zdravilo: Meloksikam 1,5 mg/ml peroralna suspenzija, serija 24K117
Opis: po 3 dneh bruhanje in črno blato, zdravljen pri veterinarju v Celju.`),

  rec('adverse_event_hr', f`Prijava nuspojave – molim sažetak na engleskom:
Veterinar: dr. med. vet. Ivana Kovačić, Veterinarska ambulanta Split
Tel: ${phone('+385 21 384 927')}
E-mail: ${v('pii.email', 'ivana.kovacic@vet-split.hr')}
Vlasnik: Petar Horvat, mob. ${phone('+385 91 482 7316')}
Životinja: mačka, 4 god.; lijek: antiparazitik spot-on, serija 23J402; reakcija: lokalna alopecija i svrbež.`),

  rec('chat_hi_en', f`Bhai HR portal mein naye chemist ka KYC atak gaya hai. Details: Rohan Deshmukh, Aadhaar ${v('pii.in_aadhaar', '7392 0418 5631')}, mobile ${phone('99101 48372', 'IN')}, joining 2 Dec Vapi plant. Error aa raha "Aadhaar already linked". Kya reason ho sakta hai? HR ko mail bhi draft kar do.`),

  rec('chat_hi', f`कृपया इस कर्मचारी का विवरण एक औपचारिक पत्र के रूप में लिखें: नाम – सुनीता वर्मा, आधार संख्या ${v('pii.in_aadhaar', '5820 3947 1621')}, जन्म तिथि ${v('pii.date_of_birth', '18-07-1990')}, मोबाइल ${phone('+91 98204 71536')}। वे 1 जनवरी से गुणवत्ता नियंत्रण विभाग में वरिष्ठ विश्लेषक होंगी।`),

  rec('contacts_km', f`សូមរៀបចំបញ្ជីទំនាក់ទំនងនេះជាតារាងសម្រាប់ក្រុមលក់ថ្នាំពេទ្យសត្វ៖
- លោក សុខ វិចិត្រ (ខេត្តកំពង់ចាម) ${phone('+855 12 483 917')}
- លោកស្រី ចាន់ សុភា (ភ្នំពេញ) ${phone('097 418 3926', 'KH')} ${v('pii.email', 'sophea.chan@vetdistro.com.kh')}
- លោក គឹម ដារ៉ា (បាត់ដំបង) ${phone('+855 96 728 3140')}`),

  rec('trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/pv-intake/app/handlers.py", line 88, in submit_report
    reporter = Reporter.objects.get(email=form.cleaned_data["email"])
  File "/opt/pv-intake/venv/lib/python3.11/site-packages/django/db/models/query.py", line 649, in get
    raise self.model.MultipleObjectsReturned(
pv_intake.models.Reporter.MultipleObjectsReturned: get() returned more than one Reporter -- it returned 2! (email='${v('pii.email', 'dr.leon.brandt@tierarzt-brandt.de')}')`)}

A vet submitted an adverse-event report twice and now the form crashes for him. How do I dedupe?`),
];
