/**
 * Held-out batch 94: personal data — applicant and bursary files, ranger and permit records,
 * dental-lab patient case sheets, technician HR records and seller KYC, in many languages.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { verhoeffCheckDigit, nhsCheckDigit } from '../../corpus/checksums';
import { bsnValid, codiceFiscaleValid, cpfValid, dniValid, nieValid, nirValid, sinValid } from '../checks';

const solve = (ok: (s: string) => boolean, prefix: string, alphabet: string, suffix = ''): string => {
  for (const c of alphabet) if (ok(prefix + c + suffix)) return prefix + c + suffix;
  throw new Error(`no check character for ${prefix}`);
};
const D = '0123456789';
const AZ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const aadhaar = (p11: string): string => p11 + String(verhoeffCheckDigit(p11));
const AADHAAR1 = aadhaar('48213905726');
const AADHAAR2 = aadhaar('73920418553');
const NHS = ((p) => p + String(nhsCheckDigit(p)))('943817206');
const cpf = (p9: string): string => {
  for (const a of D) for (const b of D) if (cpfValid(p9 + a + b)) return p9 + a + b;
  throw new Error('cpf');
};
const CPF = cpf('418372905');
const CPF2 = cpf('207593184');
const DNI = solve(dniValid, '48291537', AZ);
const NIE = solve(nieValid, 'Y4827193', AZ);
const bsn = (p8: string): string => solve(bsnValid, p8, D);
const BSN = bsn('18273645');
const SIN = solve(sinValid, '47392810', D);
const nir = (p13: string): string => {
  for (let k = 1; k <= 97; k++) { const s = `${p13}${String(k).padStart(2, '0')}`; if (nirValid(s)) return s; }
  throw new Error('nir');
};
const NIR = nir('2860375114238');
const CF = solve(codiceFiscaleValid, 'PRSGNN88E52B354', AZ);
const fmtCpf = (c: string): string => `${c.slice(0, 3)}.${c.slice(3, 6)}.${c.slice(6, 9)}-${c.slice(9)}`;
const fmtAadhaar = (a: string): string => `${a.slice(0, 4)} ${a.slice(4, 8)} ${a.slice(8)}`;
const fmtNir = (n: string): string => `${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7, 10)} ${n.slice(10, 13)} ${n.slice(13)}`;

export const BATCH94_PII: DraftRecord[] = [
  rec('email', f`Subject: Bursary application — supporting documents

Dear Admissions Office,

I am applying for a 50% bursary for my daughter Wanjiru (Grade 7 entry, Nairobi campus). Her date of birth is ${v('pii.date_of_birth', '14/09/2013')}. You can reach me on ${phone('+254 722 418 903')} or ${v('pii.email', 'grace.mwangi.home@gmail.com')}.

Attached: payslips (3 months), KRA PIN certificate, and the school report.

Regards,
Grace Mwangi`),

  rec('chat', f`Help me write a polite rejection for a bursary applicant in Pune. Details from the form: Applicant father Rakesh Kulkarni, Aadhaar ${v('pii.in_aadhaar', fmtAadhaar(AADHAAR1))}, mobile ${phone('+91 98450 12763')}. Reason: household income above threshold. Keep it kind, in Marathi and English.`),

  rec('csv', f`Seasonal ranger hires 2025 (export from HR, for the uniform order):

${amb('source_code.snippet', f`name,email,phone,dob,station
Sione Taufa,${v('pii.email', 'sione.taufa@parkcrew.co.nz')},${phone('+64 21 418 2297')},${v('pii.date_of_birth', '1996-02-11')},Tongariro North
Aroha Ngata,${v('pii.email', 'aroha.ngata@parkcrew.co.nz')},${phone('+64 21 733 5120')},${v('pii.date_of_birth', '1999-07-30')},Whakapapa
Liam Hart,${v('pii.email', 'liam.hart@parkcrew.co.nz')},${phone('+64 27 504 6618')},${v('pii.date_of_birth', '1988-12-03')},Ohakune`)}

Need sizes per station, not personal data — how do I strip the columns in Excel?`),

  rec('ticket', f`Ticket #SS-20931 — Seller KYC (Brasil)

Vendedora: Luana Ribeiro Campos
CPF: ${v('pii.br_cpf', fmtCpf(CPF))}
Data de nascimento: ${v('pii.date_of_birth', '22/04/1990')}
Telefone: ${phone('+55 21 99634-1187')}
E-mail: ${v('pii.email', 'luana.campos.artesanato@outlook.com')}

Situação: documento com foto ilegível. Pedir reenvio.`),

  rec('chat', f`NHS patient for our dental lab (denture case from a practice in Leeds). The lab sheet came with NHS number ${v('pii.uk_nhs_number', `${NHS.slice(0, 3)} ${NHS.slice(3, 6)} ${NHS.slice(6)}`)} and the patient's name. Do we actually need the NHS number to make a denture? Draft a note to the practice asking them to stop sending it.`),

  rec('hr_record', f`Personalakte – Flugzeugmechaniker (B1)

Name: Jonas Reiter
Geburtsdatum: ${v('pii.date_of_birth', '03.06.1987')}
Privatadresse: Lindenstraße 14, 85356 Freising
Mobil: ${phone('+49 1512 3846271')}
E-Mail privat: ${v('pii.email', 'jonas.reiter87@web.de')}
Lizenz: EASA Part-66 B1.1, gültig bis 2027

Bitte für das Audit zusammenfassen (ohne private Daten).`),

  rec('chat', f`Pasaporte del técnico de palas que viene de Ecuador para la formación en la fábrica: ${v('pii.passport', 'A4829175')} (pasaporte ecuatoriano), nacido el ${v('pii.date_of_birth', '17 de marzo de 1992')}. Necesito una carta de invitación para la visa. ¿Me ayudas a redactarla?`),

  rec('email', f`Objet : Dossier d'inscription – pièces manquantes

Madame, Monsieur,

Je vous transmets le numéro de sécurité sociale demandé pour l'assurance scolaire : ${v('pii.fr_nir', fmtNir(NIR))}. Mon fils est né le ${v('pii.date_of_birth', '12 mars 2012')}.

Mon téléphone : ${phone('+33 6 48 21 90 37')}

Bien cordialement,
Claire Dubois`),

  rec('chat', f`Ho ricevuto questo modulo per l'iscrizione alla scuola (sede di Sassari). Codice fiscale della studentessa: ${v('pii.it_codice_fiscale', CF)}, telefono della mamma ${phone('+39 347 418 2297')}. Mi aiuti a scrivere la mail di conferma del colloquio? Scrivi in italiano, e se riesci una riga di saluto in sardo.`),

  rec('chat', f`Kandidaat voor de tandtechniek-stage in Antwerpen stuurde haar gegevens: BSN ${v('pii.nl_bsn', BSN)} (ze woont in Breda), tel ${phone('+32 470 41 82 29')}, geboren ${v('pii.date_of_birth', '5 november 2001')}. Moet ik een BSN eigenlijk bewaren voor een Belgische stage?`),

  rec('chat', f`Need to fill the tax form for a Canadian blade inspector contractor: SIN ${v('pii.ca_sin', `${SIN.slice(0, 3)} ${SIN.slice(3, 6)} ${SIN.slice(6)}`)}. Is a T4A needed or does he invoice? He's based in Sarnia.`),

  rec('chat', f`Solicitud de beca (Madrid): padre con DNI ${v('pii.es_dni', DNI)} y madre con NIE ${v('pii.es_nie', NIE)}. Ingresos familiares 31.000 €. ¿Cumplen el baremo del 40 %? El baremo es ingresos por miembro < 9.000 € y son 4 miembros.`),

  rec('log', f`Permit kiosk log, Þingvellir visitor centre:

${amb('source_code.snippet', f`2025-06-14T09:12:44Z INFO permit.issue id=TV-55120 holder="Guðrún Sigurðardóttir" email=${v('pii.email', 'gudrun.sig@simnet.is')} phone=${phone('+354 661 2387')} from=${amb('pii.ip_address', '185.112.84.17')}
2025-06-14T09:13:02Z INFO payment.ok id=TV-55120 amount=3000ISK
2025-06-14T09:15:31Z WARN permit.dup holder_email=${v('pii.email', 'gudrun.sig@simnet.is')} previous=TV-55098`)}

Why is a duplicate being flagged?`),

  rec('chat', f`Sumali po ang bagong seller mula sa Cebu. Pangalan: Maria Liza Villanueva, telepono ${phone('+63 917 482 3306')}, email ${v('pii.email', 'mlvillanueva.crafts@yahoo.com')}. Pakisulat ng welcome message sa Cebuano ug Tagalog.`),

  rec('chat', f`Kumbukumbu ya mgeni aliyepotea kwenye njia ya Marangu (hifadhi): Jina Baraka Mushi, simu ${phone('+255 754 418 229')}, mawasiliano ya dharura mama yake ${phone('+255 713 206 448')}. Niandikie ripoti fupi ya tukio kwa Kiingereza.`),

  rec('json', f`Applicant profile from the admissions API (the parents complained it's visible to other parents!):

${amb('source_code.snippet', f`{
  "applicant_id": "APP-2025-00812",
  "child": { "first": "Ayaan", "last": "Siddiqui", "dob": "${v('pii.date_of_birth', '2014-01-19')}" },
  "guardian": {
    "name": "Farah Siddiqui",
    "email": "${v('pii.email', 'farah.siddiqui@hotmail.co.uk')}",
    "mobile": "${phone('+44 7824 418229')}",
    "nino": "${v('pii.uk_nino', 'PK 48 21 93 C')}"
  },
  "bursary_requested": true
}`)}

Which fields should never go to the browser?`),

  rec('chat', f`Zubní laboratoř: pacientka Jana Nováková, nar. ${v('pii.date_of_birth', '8. 4. 1958')}, tel. ${phone('+420 603 418 229')}. Zubař chce, abychom jí volali kvůli barvě korunky. Je v pořádku, že laboratoř volá pacientovi přímo? Napiš mi odpověď pro zubaře.`),

  rec('chat', f`ช่วยเขียนอีเมลยืนยันใบอนุญาตตั้งแคมป์ในอุทยานแห่งชาติเขาใหญ่ ให้คุณสมชาย ใจดี เบอร์ ${phone('+66 81 437 2219')} อีเมล ${v('pii.email', 'somchai.jaidee@gmail.com')} วันที่ 20–22 ธันวาคม`),

  rec('chat', f`Nhân viên mới ở xưởng cánh quạt: Nguyễn Thị Hồng, sinh ngày ${v('pii.date_of_birth', '21/08/1998')}, SĐT ${phone('+84 912 384 706')}. Soạn giúp tôi email chào mừng và lịch đào tạo an toàn hóa chất (nhựa epoxy).`),

  rec('chat', f`Seller from Lagos disputes the account suspension. Contact: Chinedu Okeke, ${phone('+234 803 418 2297')}, ${v('pii.email', 'chinedu.okeke.gadgets@gmail.com')}. Write an escalation note for the trust & safety team in English, include what we need from him (utility bill, ID).`),

  rec('email', f`Subject: Aircraft technician reference check

Hi,

We're checking references for Kwame Asante (applied for B2 avionics). He lists you as his former supervisor in Accra. Could you call me at ${phone('+233 24 418 2297')} or reply here? His passport no. for the airside pass application is ${v('pii.passport', 'G2847193')}.

Thanks,
HR, Line Maintenance`),

  rec('chat', f`Tagesbericht Ranger, Nationalpark Hohe Tauern: verletzte Wanderin, Frau Elif Yıldız, geb. ${v('pii.date_of_birth', '02.11.1979')}, Handy ${phone('+43 664 4182297')}. Bitte einen neutralen Einsatzbericht formulieren.`),

  rec('chat', f`Ученик подал документы на стипендию. Мама: Айгерим Сейткали, тел. ${phone('+7 701 418 2297')}, почта ${v('pii.email', 'aigerim.seitkali@mail.kz')}. Напиши на казахском и русском письмо-приглашение на собеседование.`),

  rec('tsv', f`Dental lab — cases awaiting shade confirmation (Jakarta branch):

${amb('source_code.snippet', f`case	pasien	tgl_lahir	telp	dokter
JK-7712	Siti Rahmawati	${v('pii.date_of_birth', '1971-05-09')}	${phone('+62 812-4182-2976')}	drg. Hendra
JK-7718	Budi Santoso	${v('pii.date_of_birth', '1965-10-28')}	${phone('+62 813-2207-5541')}	drg. Lestari`)}

Tolong buatkan pesan WhatsApp untuk dokter gigi.`),

  rec('chat', f`US student transferring to our boarding school, mom sent SSN on the financial aid form: ${v('pii.us_ssn', '412-83-9057')}. We're not a US institution — should we even accept it? Draft a reply asking her to redact it.`),

  rec('chat', f`학부모 상담 예약: 김지훈 학생 어머니 박서연 님, 연락처 ${phone('010-4821-3377', 'KR')}, 이메일 ${v('pii.email', 'seoyeon.park82@naver.com')}. 장학금 면접 안내 문자를 정중하게 써 주세요.`),

  rec('chat', f`保護者から奨学金の書類。父：田中健一、電話 ${phone('090-4821-3377', 'JP')}、生年月日 ${v('pii.date_of_birth', '1980年7月14日')}。面談日程の案内メールを作成してください。`),

  rec('chat', f`Kundeservice for markedsplassen: selger Ingrid Haugen (${v('pii.email', 'ingrid.haugen@strikkestua.no')}, ${phone('+47 412 38 907')}) klager på at pakker fra Kina blir stoppet i tollen. Skriv et svar på bokmål.`),

  rec('chat', f`Mwanafunzi mpya kutoka Kigali: Umutoni Aline, ababyeyi: ${phone('+250 788 418 229')}. Andika ubutumwa bwo kwakira mu Kinyarwanda n'Icyongereza bumenyesha itariki yo kwiyandikisha.`),

  rec('chat', f`Brazilian dental technician joining our Porto lab. Her CPF ${v('pii.br_cpf', CPF2)} and Portuguese NIF will be on the contract. Does GDPR allow us to keep the CPF after onboarding?`),

  rec('email', f`נושא: בקשה למלגה – מסמכים

שלום רב,
מצורפים תלושי השכר. ניתן ליצור איתי קשר בטלפון ${phone('+972 52-418-2297')} או במייל ${v('pii.email', 'noa.levi.family@gmail.com')}.
תאריך הלידה של בני: ${v('pii.date_of_birth', '03/02/2012')}.

בברכה,
נועה לוי`),

  rec('chat', f`Second Indian applicant, guardian Aadhaar ${v('pii.in_aadhaar', AADHAAR2)}, email ${v('pii.email', 'priya.nair.tvm@rediffmail.com')}. Can you make a table of both Indian applicants with masked Aadhaar (last 4 only)?`),

  rec('chat', f`Ranger incident in Bwindi: tourist from Poland, Tomasz Wójcik, phone ${phone('+48 512 384 906')}, passport ${v('pii.passport', 'EK4829175')}, DOB ${v('pii.date_of_birth', '19.01.1984')}. Gorilla permit GP-8841 was transferred to him from a friend. Is that allowed under UWA rules? Draft a note.`),

  rec('chat', f`Δες αυτό το μήνυμα από γονέα: «Το κινητό μου είναι ${phone('+30 694 418 2297')}, η ημερομηνία γέννησης της κόρης μου ${v('pii.date_of_birth', '27/06/2011')}». Γράψε απάντηση για τη συνέντευξη υποτροφίας.`),
];
