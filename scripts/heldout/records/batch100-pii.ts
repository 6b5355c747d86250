/**
 * Held-out batch 100: personal data from psychiatric admissions, death notices, currency-exchange
 * KYC, bus warranty claims, truck-driver gate registrations and artist onboarding. Hand-written;
 * identity numbers completed with the independent validators.
 */
import { aadhaarValid, bsnValid, codiceFiscaleValid, cpfValid, dniValid, nhsValid, nieValid, nirValid, sinValid, steuerIdValid } from '../checks';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

/** Appends the first suffix (from `n` characters of `alphabet`) that makes `ok` pass. */
function complete(prefix: string, alphabet: string, ok: (s: string) => boolean, n = 1): string {
  const tryAll = (p: string, left: number): string | undefined => {
    if (left === 0) return ok(p) ? p : undefined;
    for (const ch of alphabet) {
      const r = tryAll(p + ch, left - 1);
      if (r) return r;
    }
    return undefined;
  };
  const r = tryAll(prefix, n);
  if (!r) throw new Error(`no completion for ${prefix}`);
  return r;
}
const D = '0123456789';
const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const BSN = complete('27418365', D, bsnValid);
const BSN2 = complete('61930472', D, bsnValid);
const DNI = complete('48201937', L, dniValid);
const NIE = complete('Y3815204', L, nieValid);
const NIR = complete('2790631115047', D, nirValid, 2);
const CF = complete('BRNGLC81S62F205', L, codiceFiscaleValid);
const CPF_FULL = complete('418305927', D, cpfValid, 2);
const SIN = complete('52718390', D, sinValid);
const AADHAAR = complete('73914620853', D, aadhaarValid);
const NHS = complete('485219063', D, nhsValid);
const STEUER = complete('4715832694', D, steuerIdValid);
const SSN = '518-42-7703';
const NINO = 'JT 48 27 91 C';

const fmtCpf = (s: string): string => `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
const fmtAadhaar = (s: string): string => `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
const fmtNhs = (s: string): string => `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
const fmtSin = (s: string): string => `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
const fmtNir = (s: string): string => `${s[0]} ${s.slice(1, 3)} ${s.slice(3, 5)} ${s.slice(5, 7)} ${s.slice(7, 10)} ${s.slice(10, 13)} ${s.slice(13)}`;

export const BATCH100_PII: DraftRecord[] = [
  rec('form', f`Opnameformulier – gedwongen opname (RM), afdeling Ceder

Naam patiënt: Wouter Verhaegen
Geboortedatum: ${v('pii.date_of_birth', '14-02-1987')}
BSN: ${v('pii.nl_bsn', BSN)}
Contactpersoon: zus, Liesbeth Verhaegen, ${phone('06 41 87 29 53', 'NL')}
E-mail contactpersoon: ${v('pii.email', 'l.verhaegen@kpnmail.nl')}
Reden: acute psychose, gevaar voor zichzelf. Crisismaatregel burgemeester 03:40.

Kun je hier een korte, neutrale overdrachtsnotitie van maken voor de nachtdienst?`),

  rec('chat', f`Schreib mir bitte eine kurze Übergabe für die Aufnahme: Patientin Karoline Haberl, geb. ${v('pii.date_of_birth', '03.11.1992')}, kommt freiwillig, Depression mit Suizidgedanken, Angehörige Mutter (${phone('+43 664 381 2047')}). Steuer-ID liegt in der Akte: ${v('pii.de_steuer_id', STEUER)}.`),

  rec('chat', f`Ajuda-me a escrever o resumo de admissão: doente Marcos Teixeira Lobo, nascido a ${v('pii.date_of_birth', '22/07/1979')}, CPF ${v('pii.br_cpf', fmtCpf(CPF_FULL))} (cidadão brasileiro residente em Coimbra), internamento compulsivo por ordem judicial. Telemóvel do irmão: ${phone('+351 912 604 318')}.`),

  rec('email', f`Asunto: Ingreso urgente – datos para admisión

Buenas noches,
Les remito los datos del paciente derivado desde urgencias del Hospital del Mar:
Nombre: Jordi Casals Prat
DNI: ${v('pii.es_dni', DNI)}
Fecha de nacimiento: ${v('pii.date_of_birth', '9 de enero de 1995')}
Teléfono de la madre: ${phone('+34 629 418 730')}
Diagnóstico provisional: episodio maníaco.
Un saludo,
Dra. Elena Ruiz — ${v('pii.email', 'eruiz@salutmental-bcn.cat')}`),

  rec('chat', f`Patient admis ce soir, je dois compléter la fiche CPAM : Mme Nadège Fourcade, NIR ${v('pii.fr_nir', fmtNir(NIR))}, née le ${v('pii.date_of_birth', '11 juin 1979')}. Peux-tu reformuler le motif "décompensation délirante" pour la famille, sans jargon ?`),

  rec('chat', f`Mi scrivi un messaggio per la famiglia? Paziente ricoverato: Gianluca Bernardi, codice fiscale ${v('pii.it_codice_fiscale', CF)}, telefono della sorella ${phone('+39 347 218 5506')}. Ricovero in SPDC, TSO convalidato dal sindaco.`),

  rec('ticket', f`Admissions referral (NHS Trust)
Patient: Declan Moriarty
NHS No: ${v('pii.uk_nhs_number', fmtNhs(NHS))}
NI number: ${v('pii.uk_nino', NINO)}
DOB: ${v('pii.date_of_birth', '30/04/1968')}
Next of kin: Siobhan Moriarty, ${phone('07825 614 093', 'GB')}
Section 2 MHA, bed requested on Larch ward. Please summarise for the bed manager.`),

  rec('chat', f`Need a discharge letter draft. Patient: Thandeka Mahlangu, DOB ${v('pii.date_of_birth', '1990-08-17')}, cell ${phone('082 614 3790', 'ZA')}, email ${v('pii.email', 'thandeka.mahlangu@webmail.co.za')}. Admitted 2 weeks, bipolar I, stable on lithium.`),

  rec('form', f`Canadian patient transferred from Toronto:
Name: Gurpreet Sandhu
SIN: ${v('pii.ca_sin', fmtSin(SIN))}
Date of birth: ${v('pii.date_of_birth', 'March 5, 1984')}
Phone: ${phone('+1 416 739 2983')}
Please help me explain to him, in plain language, what an involuntary hold means here.`),

  rec('chat', f`Tumhari madad chahiye: mareez ka Aadhaar ${v('pii.in_aadhaar', fmtAadhaar(AADHAAR))}, naam Rakesh Choudhary, janm tithi ${v('pii.date_of_birth', '12/12/1975')}. बेटे का मोबाइल ${phone('+91 98290 41736')}. भर्ती फॉर्म हिंदी में भर दो।`),

  rec('chat', f`US tourist brought in by police, needs emergency admission. He gave SSN ${v('pii.us_ssn', SSN)} and his wife's number ${phone('+1 312 847 2094')}. Which insurer fields do I need for a foreign patient?`),

  rec('obituary', f`Hjálpaðu mér að laga þessa andlátsfregn:

Guðrún Sigurbjörnsdóttir, fædd ${v('pii.date_of_birth', '4. mars 1938')} á Siglufirði, lést á Landspítalanum 20. nóvember. Útför fer fram frá Hallgrímskirkju. Upplýsingar veitir sonur hennar, Ólafur, í síma ${phone('+354 862 4417')}.`),

  rec('obituary', f`Kan du gjere denne dødsannonsen finare? "Vår kjære mor, svigermor og bestemor Ingrid Haugland, født ${v('pii.date_of_birth', '17. mai 1941')}, sovnet stille inn. Kontakt: ${phone('+47 912 43 806')} / ${v('pii.email', 'haugland.familie@online.no')}."`),

  rec('obituary', f`Ilmoitus lehteen: Rakkaamme Aune Kaarina Heikkilä, s. ${v('pii.date_of_birth', '8.9.1935')} Kemijärvellä, k. 14.11.2024 Rovaniemellä. Siunaus 7.12. Muistotilaisuuteen ilmoittautumiset ${phone('040 718 2953', 'FI')}. Korjaa kielioppi, kiitos.`),

  rec('email', f`Tárgy: Gyászjelentés – megjelenés szombaton

Kedves Szerkesztőség!
Kérem, jelentessék meg édesapánk gyászjelentését: Kovács Ferenc (született ${v('pii.date_of_birth', '1944. február 2.')}, Debrecen). Elérhetőség: ${phone('+36 30 482 1975')}, ${v('pii.email', 'kovacs.eszter74@freemail.hu')}.
Tisztelettel: Kovács Eszter`),

  rec('obituary', f`Prośba o redakcję nekrologu: "Z głębokim żalem zawiadamiamy, że zmarł Tadeusz Wróblewski, urodzony ${v('pii.date_of_birth', '21 października 1950')} r. w Łodzi." Kontakt do rodziny: ${phone('+48 601 738 295')}.`),

  rec('chat', f`Ở bàn cáo phó: gia đình ông Nguyễn Văn Thịnh (sinh ngày ${v('pii.date_of_birth', '15/08/1946')}) muốn đăng tin buồn. Số điện thoại con trai: ${phone('+84 912 345 870')}. Viết giúp tôi một mẫu cáo phó trang trọng.`),

  rec('chat', f`Tolong rapikan berita duka: Bapak Suharto Wibisono, lahir ${v('pii.date_of_birth', '3 Juni 1952')}, wafat di Semarang. Keluarga bisa dihubungi di ${phone('+62 812-2794-6031')} atau ${v('pii.email', 'keluarga.wibisono@gmail.com')}.`),

  rec('csv', f`Export from the KYC module of the exchange bureau (transactions above threshold), please flag missing fields:

name,nationality,passport,dob,phone,email
Oluwaseun Adebayo,NG,${v('pii.passport', 'A09182736')},${v('pii.date_of_birth', '1988-05-21')},${phone('+234 803 417 2968')},${v('pii.email', 'seun.adebayo@yahoo.com')}
Farah Qureshi,PK,${v('pii.passport', 'BQ7291835')},${v('pii.date_of_birth', '1993-10-02')},${phone('+92 300 8472615')},
Mehmet Yıldız,TR,${v('pii.passport', 'U28461937')},,${phone('+90 532 417 28 90')},${v('pii.email', 'myildiz@hotmail.com.tr')}`),

  rec('chat', f`Клиент пункта обмена хочет обменять 15 000 USD. Паспорт РФ серия/номер ${v('pii.passport', '45 19 382716')}, дата рождения ${v('pii.date_of_birth', '07.04.1983')}, телефон ${phone('+7 916 482-37-91')}. Какие документы о происхождении средств запросить?`),

  rec('chat', f`Клієнт обмінника в Києві, паспорт ${v('pii.passport', 'FT 482017')}, тел. ${phone('+380 67 418 2953')}. Напиши ввічливу відмову: сума перевищує денний ліміт без декларації.`),

  rec('form', f`KYC form (Singapore branch)
Full name: Tan Wei Ling
Passport: ${v('pii.passport', 'K4829175Q')}
Date of birth: ${v('pii.date_of_birth', '19 Jan 1990')}
Mobile: ${phone('+65 9123 4867')}
Purpose of exchange: tuition fees (GBP)
Can you check this looks complete for MAS requirements?`),

  rec('chat', f`顧客の本人確認について：パスポート番号 ${v('pii.passport', 'TR8462195')}、生年月日 ${v('pii.date_of_birth', '1985年6月14日')}、電話 ${phone('090-4827-3196', 'JP')}。外貨両替で100万円を超える場合の確認書類を教えてください。`),

  rec('chat', f`환전소 고객 정보 정리 부탁해요. 이름 박지훈, 여권번호 ${v('pii.passport', 'M48271935')}, 연락처 ${phone('010-4827-1936', 'KR')}, 이메일 ${v('pii.email', 'jihoon.park84@naver.com')}.`),

  rec('email', f`Subject: Warranty claim WC-24-7781 – coach fire damage

Dear Sir/Madam,
The rear engine bay caught fire on 2 October. Driver: Imran Siddiqui, licence attached. Operator contact: Bilal Ahmed, ${phone('+92 321 4082 716')}, ${v('pii.email', 'bilal.ahmed@daewoo-express-lhr.pk')}.
Please advise next steps.
Regards`),

  rec('chat', f`Greiðslan vegna ábyrgðar … sorry, wrong language. Coach owner in Cork wants an update: Pádraig Ó Súilleabháin, ${phone('087 214 6038', 'IE')}, ${v('pii.email', 'padraig@westcorkcoaches.ie')}. Draft a short update: the gearbox replacement is approved under warranty.`),

  rec('chat', f`Jibu kwa mteja wa Nairobi kuhusu dai la dhamana ya basi: mmiliki ni Wanjiru Kamau, simu ${phone('+254 722 418 306')}, barua pepe ${v('pii.email', 'wkamau@citihoppa.co.ke')}. Mwambie vipuri vitafika wiki ijayo.`),

  rec('chat', f`Ndapota ndithandizeni kulemba kalata kwa kasitomala: Chikondi Banda, foni ${phone('+265 991 482 736')}. Basi lake lili ndi vuto la mabuleki, chitsimikizo chikugwira ntchito.`),

  rec('csv', f`Gate registration export (truck drivers, terminal Durban), dedupe by licence please:
driver,licence,phone,email
Sipho Ndlovu,DL-GP-4827193,${phone('+27 83 418 2976')},${v('pii.email', 'sipho.ndlovu@haulmax.co.za')}
Johan van der Merwe,DL-WC-3918274,${phone('+27 72 604 1839')},${v('pii.email', 'johanvdm@freightlink.co.za')}
Sipho Ndlovu,DL-GP-4827193,${phone('+27 83 418 2976')},`),

  rec('chat', f`Shoferi i kamionit u bllokua në portë, nuk ka VGM. Emri: Arben Hoxha, tel. ${phone('+355 69 482 7193')}. Shkruaj një mesazh në anglisht për agjentin e linjës.`),

  rec('form', f`Artist onboarding – royalty payee
Legal name: Naledi Mokoena
Stage name: NALEDI
Date of birth: ${v('pii.date_of_birth', '2 September 1996')}
Email: ${v('pii.email', 'bookings.naledi@gmail.com')}
Phone: ${phone('+27 61 482 9375')}
Tax residency: South Africa
Check the form and tell me what else the distributor needs.`),

  rec('chat', f`Kan du hjälpa mig skriva välkomstmejl till en ny artist? Hon heter Elin Jonsson, född ${v('pii.date_of_birth', '1998-03-27')}, mejl ${v('pii.email', 'elin.jonsson.musik@outlook.com')}, mobil ${phone('070-482 19 36', 'SE')}.`),

  rec('chat', f`Onboarding ng bagong artist sa label: Maria Clara Dizon, email ${v('pii.email', 'mcdizon.music@gmail.com')}, cellphone ${phone('0917 482 3619', 'PH')}. Gumawa ng maikling welcome email.`),

  rec('app_log', f`2024-11-19T02:14:07Z INFO admissions-api created patient record id=PT-88213 name="Aylin Demir" dob=${v('pii.date_of_birth', '1999-07-04')} phone=${phone('+90 544 218 47 93')} ward=Kiraz source_ip=${amb('pii.ip_address', '10.20.4.37')}
2024-11-19T02:14:09Z WARN admissions-api missing emergency contact for PT-88213
Why is the emergency contact validator warning if phone is present?`),

  rec('chat', f`Nieuwe patiënt, opname via crisisdienst Antwerpen: Mohamed El Amrani, geboren ${v('pii.date_of_birth', '28 augustus 2001')}, rijksregister staat in dossier, BSN (woont in Breda) ${v('pii.nl_bsn', BSN2)}, gsm ${phone('+32 478 41 82 97')}. Kun je de brief aan de huisarts opstellen?`),

  rec('chat', f`Necesito escribir a la familia de la paciente María Fernanda Quispe, NIE ${v('pii.es_nie', NIE)}, teléfono de su hermano en Lima ${phone('+51 987 412 365')}. Ingresó el martes, evolución favorable.`),
];
