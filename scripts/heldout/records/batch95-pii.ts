/**
 * Held-out batch 95: personal data in crew lists, pharmacy patient records, donor and campaigner
 * KYC cases, festival accreditation forms, bakery staff records and lottery winner claims.
 * Hand-written; identity numbers get computed check digits.
 */
import { nhsCheckDigit, luhnCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const aadhaar = (p11: string): string => {
  const d = p11 + String(verhoeffCheckDigit(p11));
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
};
const nhs = (p9: string): string => {
  const c = nhsCheckDigit(p9);
  if (c < 0) throw new Error(`no NHS check digit for ${p9}`);
  const d = p9 + String(c);
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
};
const cpf = (p9: string): string => {
  const ds = p9.split('').map(Number);
  const dig = (n: number): number => {
    let s = 0;
    for (let i = 0; i < n; i++) s += (ds[i] as number) * (n + 1 - i);
    const r = (s * 10) % 11;
    return r === 10 ? 0 : r;
  };
  ds.push(dig(9));
  ds.push(dig(10));
  const d = ds.join('');
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
};
const L = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dni = (n8: string): string => n8 + L[Number(n8) % 23];
const nie = (x: 'X' | 'Y' | 'Z', n7: string): string => `${x}${n7}${L[Number(String('XYZ'.indexOf(x)) + n7) % 23]}`;
const bsn = (p8: string): string => {
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(p8[i]) * (9 - i);
  const c = s % 11;
  if (c > 9) throw new Error(`no BSN check digit for ${p8}`);
  return p8 + String(c);
};
const sin = (p8: string): string => {
  const d = p8 + String(luhnCheckDigit(p8));
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
};
const nir = (p13: string): string => {
  const key = String(97n - (BigInt(p13.replace('2A', '19').replace('2B', '18')) % 97n)).padStart(2, '0');
  return `${p13[0]} ${p13.slice(1, 3)} ${p13.slice(3, 5)} ${p13.slice(5, 7)} ${p13.slice(7, 10)} ${p13.slice(10, 13)} ${key}`;
};
const steuer = (p10: string): string => {
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(p10[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return p10 + String(check);
};
const CF_ODD: Record<string, number> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};
const cf = (p15: string): string => {
  let s = 0;
  for (let i = 0; i < 15; i++) {
    const ch = p15[i] as string;
    s += i % 2 === 0 ? (CF_ODD[ch] as number) : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return p15 + String.fromCharCode(65 + (s % 26));
};

export const BATCH95_PII: DraftRecord[] = [
  rec('crew_list_en_au', f`Can you turn this into a neat crew roster table for the harbour master? Tug "Warrigal", week 28:
Master: Brendan O'Keefe — ${phone('0412 583 906', 'AU')} — ${v('pii.email', 'b.okeefe@warrigaltowage.com.au')}
Mate: Siosaia Fifita — ${phone('0438 271 045', 'AU')}
Engineer: Kylie Nguyen — ${phone('0401 926 318', 'AU')} — ${v('pii.email', 'kylie.nguyen@warrigaltowage.com.au')}
Deckhand: Tama Rangihuna — ${phone('0422 760 193', 'AU')}`),

  rec('patient_pt', f`Preciso de uma etiqueta para preparação manipulada. Dados do utente:
Nome: Maria do Céu Antunes Ribeiro
Data de nascimento: ${v('pii.date_of_birth', '17/03/1948')}
Telemóvel: ${phone('912 448 307', 'PT')}
Prescrição: pomada de ácido salicílico 5% em vaselina, 50 g
Médico: Dr. Nuno Calado
Formata a etiqueta com posologia "aplicar 2x/dia".`),

  rec('kyc_br', f`Análise de KYC — campanha #40721 "Tratamento do Joãozinho"
Organizador: Rodrigo Albuquerque Mendes
CPF: ${v('pii.br_cpf', cpf('418372096'))}
Nascimento: ${v('pii.date_of_birth', '02/11/1986')}
Celular: ${phone('(21) 99732-4180', 'BR')}
E-mail: ${v('pii.email', 'rodrigo.a.mendes@gmail.com')}
Beneficiário declarado: filho, 6 anos. Documentos enviados: RG frente/verso, laudo médico.
Escreve um parecer curto: aprovar ou pedir mais documentos?`),

  rec('accreditation_form_fr_be', f`Formulaire d'accréditation presse — Festival international du film
Nom : Van den Broeck, Élodie
Média : RTBF / La Première
Date de naissance : ${v('pii.date_of_birth', '08.06.1991')}
Passeport : ${v('pii.passport', 'EM684217')}
Tél. : ${phone('0476 18 42 93', 'BE')}
Courriel : ${v('pii.email', 'elodie.vdbroeck@rtbf.be')}
Peux-tu vérifier que tout est complet et me rédiger l'accusé de réception ?`),

  rec('hr_de', f`Bitte Willkommensschreiben für neue Laborantin im QS-Labor (Großbäckerei, Werk Ulm):
Name: Johanna Reisinger
Geburtsdatum: ${v('pii.date_of_birth', '23.09.1997')}
Steuer-ID: ${v('pii.de_steuer_id', steuer('4827159346'))}
Mobil: ${phone('0176 48213907', 'DE')}
Eintritt 01.08., Schicht Früh, Ansprechpartner Hr. Kowalke.`),

  rec('winner_claim_en_us', f`Prize claim over $600 — need a W-2G cover letter.
Claimant: Darnell Whitfield
SSN: ${v('pii.us_ssn', '518-62-4093')}
DOB: ${v('pii.date_of_birth', '04/19/1972')}
Phone: ${phone('(614) 382-7750', 'US')}
Address: 2231 Maple Crest Dr, Columbus OH 43224
Ticket: Mega Multiplier, draw 06/21, prize $12,500
Retailer: Quick Stop #4471`),

  rec('patient_uk', f`Compounding request from GP surgery, please draft the label and a note to the patient:
Patient: Harriet Collingwood
NHS number: ${v('pii.uk_nhs_number', nhs('485201739'))}
DOB: ${v('pii.date_of_birth', '12 February 1939')}
Preparation: omeprazole 2 mg/ml oral suspension, 100 ml (swallowing difficulties)
Contact: daughter, ${phone('07823 461905', 'GB')}`),

  rec('payroll_uk', f`Tug crew payroll query (Southampton): can you explain to Liam why his tax code changed?
Employee: Liam Prentice, NI number ${v('pii.uk_nino', 'JR 48 21 73 C')}
Email ${v('pii.email', 'liam.prentice@solentmarine.co.uk')}
Tax code 1257L → 1100L since Month 4.`),

  rec('aadhaar_in', f`कृपया इस ग्राहक के लिए दवा वितरण फॉर्म भर दो (कंपाउंडिंग फार्मेसी, पुणे):
नाम: सुनीता देशपांडे
आधार: ${v('pii.in_aadhaar', aadhaar('73819402561'))}
मोबाइल: ${phone('98220 47136', 'IN')}
जन्म तिथि: ${v('pii.date_of_birth', '05/08/1964')}
दवा: मेटफॉर्मिन सस्पेंशन (कस्टम)`),

  rec('dni_es', f`Hola, necesito redactar el acta de entrega del premio de lotería al ganador en la administración de Zaragoza:
Ganador: Alberto Casaña Ruiz, DNI ${v('pii.es_dni', dni('72914358'))}
Acompañante/testigo: Ioana Popescu, NIE ${v('pii.es_nie', nie('Y', '4827153'))}
Importe: 40.000 €. Teléfono del ganador ${phone('654 318 927', 'ES')}.`),

  rec('bsn_nl', f`Kun je een korte brief opstellen voor een nieuwe medewerker bakkerij-QA? Gegevens uit het personeelsformulier:
Naam: Sanne de Graaf-Bouwmeester
BSN: ${v('pii.nl_bsn', bsn('71830452'))}
Geboortedatum: ${v('pii.date_of_birth', '14-01-2000')}
Telefoon: ${phone('06 43821907', 'NL')}`),

  rec('sin_ca', f`Bonjour, j'ai besoin d'un modèle de lettre pour la relâche T4 d'un matelot de remorqueur (Québec) :
Nom : Mathieu Lévesque-Gagnon
NAS : ${v('pii.ca_sin', sin('46381927'))}
Né le ${v('pii.date_of_birth', '30 avril 1989')}
Cellulaire : ${phone('418 682 2719', 'CA')}`),

  rec('nir_reunion', f`Bonjour, pour le dossier de la pharmacie (La Réunion, Saint-Denis) : la patiente Mme Hoarau Josiane demande le remboursement de sa préparation magistrale.
N° sécu : ${v('pii.fr_nir', nir('2560797411052'))}
Portable : ${phone('0692 41 83 27', 'RE')}
Rédige un mail à la CGSS pour relancer le dossier.`),

  rec('cf_it', f`Buongiorno, mi scrivi una lettera di accompagnamento per la consegna della preparazione galenica?
Paziente: Rosalba Giordano
Codice fiscale: ${v('pii.it_codice_fiscale', cf('GRDRSL52H61F839'))}
Cellulare: ${phone('347 218 5096', 'IT')}
Preparazione: capsule di melatonina 1 mg, n. 60`),

  rec('signature_sv', f`Kan du korta ner min mejlsignatur? Den är för lång:

Med vänliga hälsningar
Annika Lindqvist
Lotskoordinator | Sjöfartsverket-kontrakterad lotsning, Göteborg
Mobil: ${phone('070-482 19 63', 'SE')}
E-post: ${v('pii.email', 'annika.lindqvist@lotsgbg.se')}
Växel: ${phone('031-730 41 00', 'SE')}
Besöksadress: Skeppsbron 5, 411 21 Göteborg`),

  rec('ticket_pl', f`Zgłoszenie #7731 — punkt sprzedaży loterii, Katowice
Sprzedawca: Grażyna Wróbel
Tel.: ${phone('512 847 306', 'PL')}
E-mail: ${v('pii.email', 'g.wrobel.kiosk@onet.pl')}
Problem: terminal nie drukuje kuponów od rana, błąd "E-214 drukarka".
Napisz odpowiedź po polsku z instrukcją restartu.`),

  rec('kyc_ng', f`Please help me write a polite request for extra documents. Campaigner details (Lagos):
Name: Chukwuemeka Obi-Adeyemi
Phone: ${phone('0803 417 2290', 'NG')}
Email: ${v('pii.email', 'emeka.obiadeyemi@yahoo.com')}
Date of birth: ${v('pii.date_of_birth', '21/07/1990')}
Passport: ${v('pii.passport', 'A07742918')}
Campaign: "Surgery for my mum" — hospital invoice looks edited (font mismatch).`),

  rec('crew_cz', f`Převeď mi tento seznam posádky remorkéru do CSV:
kapitán Jaroslav Novotný, nar. ${v('pii.date_of_birth', '11. 3. 1971')}, tel. ${phone('603 418 275', 'CZ')}
strojník Petr Havlíček, nar. ${v('pii.date_of_birth', '2. 12. 1983')}, tel. ${phone('731 502 864', 'CZ')}
lodník Ondřej Malý, nar. ${v('pii.date_of_birth', '19. 6. 1999')}, tel. ${phone('776 214 039', 'CZ')}`),

  rec('log_lines', f`Acreditação: o portal registou estes erros ontem à noite, podes dizer-me o que se passou?
${amb('source_code.snippet', f`2026-05-12T22:41:07Z WARN badge-svc duplicate registration email=${v('pii.email', 'joana.freitas@rtp.pt')} ip=${amb('pii.ip_address', '188.81.42.117')}
2026-05-12T22:41:09Z WARN badge-svc duplicate registration email=${v('pii.email', 'joana.freitas@rtp.pt')} ip=${amb('pii.ip_address', '188.81.42.117')}
2026-05-12T22:43:55Z ERROR photo-upload size>5MB user=${v('pii.email', 'kwame.asante@myjoyonline.com')}`)}`),

  rec('chat_ja', f`新しく入社した品質管理担当の歓迎メールを書いてください。
氏名：佐々木 美咲
生年月日：${v('pii.date_of_birth', '1995年4月18日')}
携帯：${phone('090-4827-3106', 'JP')}
メール：${v('pii.email', 'misaki.sasaki@pan-kojo.co.jp')}
配属：製パン工場 品質保証ラボ（微生物検査）`),

  rec('chat_ko', f`복권 판매점 점주에게 보낼 안내 문자를 써 주세요.
점주: 김민준 (${phone('010-4827-3915', 'KR')})
내용: 다음 주 화요일 단말기 소프트웨어 업데이트, 오전 6시~7시 판매 중지.`),

  rec('chat_zh_tw', f`幫我寫一封給影展評審的住宿確認信：
評審：陳怡君
護照號碼：${v('pii.passport', '312847065')}
手機：${phone('0912 384 716', 'TW')}
入住：11/20–11/27，台北晶華酒店`),

  rec('chat_ru', f`Составь, пожалуйста, ответ донору, который просит удалить его данные с платформы:
Имя: Алексей Воронцов
Эл. почта: ${v('pii.email', 'a.vorontsov1979@mail.ru')}
Телефон: ${phone('+7 916 482-17-39')}
Упомяни срок 30 дней по нашей политике.`),

  rec('chat_tr', f`Fırın kalite laboratuvarına yeni başlayan teknisyen için oryantasyon e-postası yaz:
Ad Soyad: Elif Karaca
Doğum tarihi: ${v('pii.date_of_birth', '03.10.1998')}
Cep: ${phone('0532 418 27 96', 'TR')}
Başlama: Pazartesi 07:00, Un ve hamur testleri bölümü.`),

  rec('chat_ar_kw', f`أبغى رسالة ترحيب لموظف جديد في صيدلية التركيبات:
الاسم: عبدالله الرشيدي
الجوال: ${phone('+965 9748 2136')}
البريد: ${v('pii.email', 'a.alrashidi@kwpharmacy.com.kw')}
يبدأ يوم الأحد.`),

  rec('chat_he', f`תכתוב לי הודעה לזוכה בלוטו שצריך להגיע עם תעודת זהות למשרדי המפעל בתל אביב:
שם: יונתן בן-דוד
טלפון: ${phone('052-748-3192', 'IL')}
מייל: ${v('pii.email', 'yonatan.bendavid@walla.co.il')}`),

  rec('csv_export', f`Export van de accreditatie-aanvragen (Vlaamse pers), kun je dubbels eruit halen?
${amb('source_code.snippet', f`naam,medium,email,gsm
Pieter Claes,VRT,${v('pii.email', 'pieter.claes@vrt.be')},${phone('0485 21 73 90', 'BE')}
Lotte Verhaegen,De Standaard,${v('pii.email', 'lotte.verhaegen@standaard.be')},${phone('0472 68 14 05', 'BE')}
Pieter Claes,VRT,${v('pii.email', 'pieter.claes@vrt.be')},${phone('0485 21 73 90', 'BE')}
Wout Peeters,Knack,${v('pii.email', 'wout.peeters@knack.be')},${phone('0496 30 58 27', 'BE')}`)}`),

  rec('chat_da', f`Skriv en venlig SMS til kunden om at hendes magistrelle præparat er klar til afhentning på Amager Apotek: Mette Holm, tlf. ${phone('28 47 19 36', 'DK')}. Husk at nævne, at hun skal medbringe sundhedskort.`),

  rec('chat_fi', f`Tee lyhyt muistio uudesta luotsista: Eero Mäkelä, syntynyt ${v('pii.date_of_birth', '9.2.1985')}, puh. ${phone('040 718 2946', 'FI')}, sähköposti ${v('pii.email', 'eero.makela@luotsi-saaristo.fi')}. Aloittaa Turun luotsiasemalla 1.9.`),

  rec('chat_hu', f`Kérlek írj egy emlékeztetőt a lottózó üzemeltetőjének: Szabó Erzsébet, ${phone('06 30 482 7193', 'HU')}, ${v('pii.email', 'szabo.erzsebet.lotto@freemail.hu')}. A heti elszámolás határideje péntek 12:00.`),

  rec('chat_id', f`Tolong buatkan surat konfirmasi akreditasi untuk jurnalis dari Jakarta:
Nama: Rizky Pratama Siregar
No. paspor: ${v('pii.passport', 'C4827163')}
HP: ${phone('0812-4827-3916', 'ID')}
Email: ${v('pii.email', 'rizky.siregar@tempo.co.id')}`),

  rec('chat_th', f`ช่วยเขียนข้อความแจ้งผู้ถูกรางวัลสลากให้มารับเงินรางวัลที่สำนักงาน:
ชื่อ: นายสมชาย วงศ์สวัสดิ์
โทร: ${phone('081 482 7319', 'TH')}
วันเกิด: ${v('pii.date_of_birth', '14/05/1966')}
รางวัล: 2,000,000 บาท`),

  rec('chat_el', f`Γράψε μου μια επιστολή αποδοχής για τον νέο ρυμουλκό πλοίαρχο:
Όνομα: Γιώργος Παπαδόπουλος
Ημερομηνία γέννησης: ${v('pii.date_of_birth', '22/08/1976')}
Κινητό: ${phone('694 718 2305', 'GR')}
Email: ${v('pii.email', 'g.papadopoulos@pireas-tugs.gr')}`),

  rec('chat_sw', f`Naomba uandike ujumbe kwa mfanyabiashara wa bahati nasibu Mombasa: Bw. Hamisi Juma, simu ${phone('0722 418 739', 'KE')}. Mwambie kuwa mashine yake mpya itafika Jumatatu.`),

  rec('chat_uk', f`Напиши лист подяки волонтерці, яка перевіряла підозрілі збори: Оксана Коваленко, ${v('pii.email', 'oksana.kovalenko@ukr.net')}, тел. ${phone('067 418 2395', 'UA')}. Згадай, що її звіт допоміг заблокувати 12 фейкових кампаній.`),

  rec('chat_es_gt', f`Buenas, necesito un mensaje para la farmacia de Quetzaltenango: la señora Rosa Elena Cux Tzoc (nacida el ${v('pii.date_of_birth', '6 de enero de 1958')}) puede recoger su jarabe preparado el jueves. Su número es ${phone('5512 4837', 'GT')}.`),
];
