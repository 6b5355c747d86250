/** Held-out batch 8: personal data in tax forms, OCR'd cards, payroll, health, school, travel, CRM and support text. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH8_PII: DraftRecord[] = [
  rec('ocr_1099', f`OCR from a 1099-NEC my client photographed. Which box is the nonemployee compensation?

PAYER'S TIN 84-2917365   RECIPIENT'S TIN ${v('pii.us_ssn', '417-58-2093')}
RECIPIENT'S name  Rosalind Achterberg
Street address  1184 Larkin Ave Apt 3
1 Nonemployee compensation  $ 18,420.00
4 Federal income tax withheld  $ 0.00`, 'SSN as the recipient TIN; the payer EIN is not personal (unlabelled)'),

  rec('itin_question', f`My wife doesn't have an SSN, she has an ITIN: ${ambCat('pii', '912-78-4031')}. Mine is ${v('pii.us_ssn', '283-40-9175')}. Can we file jointly and claim the child tax credit? Explain simply.`, 'an ITIN (9xx, not an SSN; sensitive, no rule claims it: ambiguous pii without a rule id) and an SSN'),

  rec('ocr_p60', f`Transcribed my P60 for the mortgage broker, is this all they need?

P60 End of Year Certificate — Tax year to 5 April 2026
Employee's National Insurance number: ${v('pii.uk_nino', 'PX714902B')}
Employee: Mr Callum J. Ferris
Employer PAYE reference: 120/KB48291
Pay in this employment £41,872.16   Tax deducted £6,118.40`, 'NINO without spaces on a P60'),

  rec('rx_note', f`Repeat prescription request — Amberley Grange Surgery
Patient: Nkechi Obi   NHS No: ${v('pii.uk_nhs_number', '401 823 2195')}   D.O.B: ${dob('09-11-1978')}
Items: Levothyroxine 75mcg x 56, Ramipril 5mg x 28
Collect from: Ironbridge Pharmacy

Reword this so the receptionist can paste it into the system note.`),

  rec('elster', f`In ELSTER steht bei "Identifikationsnummer der steuerpflichtigen Person" schon ${v('pii.de_steuer_id', '57192803540')}, bei meiner Frau muss ich ${v('pii.de_steuer_id', '80429173588')} eintragen. Wo kommt bei der Zusammenveranlagung die zweite Nummer hin? Bitte kurz auf Deutsch.`, 'two Steuer-IDs without spaces'),

  rec('ocr_vitale', f`Texte extrait (OCR) de ma carte Vitale, pour remplir le formulaire de la mutuelle :
CARTE VITALE
LEMAÎTRE
CAMILLE
${v('pii.fr_nir', '2 91 06 75 056 123 51')}
Est-ce que je dois aussi donner le numéro de l'organisme ?`, 'NIR as printed on a carte Vitale (OCR)'),

  rec('alquiler', f`Contrato de arrendamiento — partes:
ARRENDADOR: D. Tomás Echeverría Goñi, con DNI ${v('pii.es_dni', '73920481E')}
ARRENDATARIA: Dña. Oksana Melnyk, con NIE ${v('pii.es_nie', 'X2839104F')}, nacida el ${dob('17 de agosto de 1993')}

¿Puedes resumir esta cláusula en inglés para la inquilina?`),

  rec('ocr_tessera', f`OCR della tessera sanitaria (retro), me la controlli?
TESSERA EUROPEA DI ASSICURAZIONE MALATTIA
3 Cognome FERRARI  4 Nome LUCIA
5 Data di nascita ${dob('22/06/1990')}
6 Numero di identificazione personale ${v('pii.it_codice_fiscale', 'FRRLCU90H62F205Q')}
9 Data di scadenza 14/03/2030`, 'codice fiscale and birth date on an EHIC (field 5 is the birth date)'),

  rec('loonstrook', f`Mijn loonstrook van november, kun je uitleggen wat "loonheffingskorting" betekent?

Werknemer: J. (Jeroen) Dijkstra
BSN: ${v('pii.nl_bsn', '3184.72.053')}
Geboortedatum: ${dob('02-05-1986')}
Loon in geld: € 3.412,00`, 'BSN in the 4-2-3 dotted grouping'),

  rec('chat_mr_en', f`Bhau, ration card la Aadhaar link karaycha aahe. Majha Aadhaar ${v('pii.in_aadhaar', '5827 1940 3611')}, aaicha ${v('pii.in_aadhaar', '3649 0281 7554')}. Portal var "mismatch" yetay — English madhe steps sang na.`, 'Marathi-English chat, two Aadhaar numbers'),

  rec('pix', f`Vou receber um Pix do cliente de Portugal pela Wise, a chave Pix que passei é meu CPF: ${v('pii.br_cpf', '731.940.285-88')}. Ele pode mandar direto ou precisa de outro dado? Responda em português.`, 'a CPF used as a Pix key'),

  rec('t4a', f`T4A slip from the university, box 12 is "Social insurance number": ${v('pii.ca_sin', '139-284-715')}. Box 105 is scholarship $6,500. Do I have to report box 105 as income in Ontario?`, 'SIN with dashes'),

  rec('visa_ne', f`नेपाली नागरिक, जापान भिसाको लागि फारम भर्दैछु। पासपोर्ट नम्बर ${v('pii.passport', '10482917')}, जन्म मिति ${dob('1995-04-12')}। Can you translate these two lines into English and Japanese for the form?`, 'Nepali: passport number and "जन्म मिति" (date of birth)'),

  rec('hr_is', f`Starfsmannaskrá — nýr starfsmaður:
Nafn: Guðrún Hallgrímsdóttir, fædd ${dob('3. mars 1989')} í Reykjavík
Sími: ${phone('+354 862 4917')}
Netfang: ${email('gudrun.h@lindqvistferries.is')}

Þýddu yfir á ensku fyrir starfsmannadeildina í Svíþjóð.`, 'Icelandic "fædd" + Icelandic written month, phone, e-mail'),

  rec('hr_he', f`תרגם לאנגלית לטופס הקליטה: "נועה ברק, נולדה ב-${dob('14.02.1992')}, טלפון ${phone('052-483-9172', 'IL')}, דוא\"ל ${email('noa.barak@pembertonhale.co.il')}."`, 'Hebrew "נולדה ב-" (born on), Israeli phone, e-mail'),

  rec('form_ar', f`ساعدني في ترجمة بيانات المريض إلى الإنجليزية:
الاسم: يوسف الحداد
تاريخ الميلاد: ${dob('1984/09/23')}
الهاتف: ${phone('+971 50 482 9173')}`, 'Arabic "تاريخ الميلاد" (date of birth), UAE phone'),

  rec('form_th', f`ใบสมัครสมาชิกฟิตเนส: นางสาวพิมพ์ชนก ศรีสุข เกิดวันที่ ${dob('8 ตุลาคม 2538')} โทร ${phone('081 482 9173', 'TH')} — please translate this to English and convert the Buddhist-era year.`, 'Thai "เกิดวันที่" with a Buddhist-era year (2538 = 1995)'),

  rec('form_vi', f`Dịch sang tiếng Anh giúp mình: "Họ tên: Trần Thị Mai Anh, sinh ngày ${dob('19/07/1997')} tại Đà Nẵng, số điện thoại ${phone('0912 483 917', 'VN')}."`, 'Vietnamese "sinh ngày" (born on)'),

  rec('rirekisho', f`履歴書の英訳をお願いします。
氏名：佐藤 健太
生年月日：${dob('1990年11月3日')}
電話：${phone('090-4829-1735', 'JP')}
メール：${email('kenta.sato@tarnwood.jp')}`, 'Japanese CV header: 生年月日 (date of birth), mobile, e-mail'),

  rec('form_zh', f`帮我把这段翻成英文：申请人：陈晓雯，出生日期：${dob('1988年5月27日')}，手机：${phone('138 2947 3816', 'CN')}，邮箱：${email('xiaowen.chen@corvidcycles.cn')}。`, 'Chinese "出生日期", CN mobile, e-mail'),

  rec('letter_af', f`Kan jy dié brief in Engels vertaal? "Hiermee bevestig ons dat mnr. Johan Pretorius, gebore op ${dob('11 Januarie 1979')}, sedert 2015 by ons in diens is. Navrae: ${phone('021 483 9172', 'ZA')}."`, 'Afrikaans "gebore op" + Afrikaans month, ZA phone'),

  rec('form_sk', f`Prihláška do kurzu — prelož do angličtiny:
Meno: Zuzana Hrušková, narodená ${dob('4. 9. 2001')} v Žiline
Telefón: ${phone('+421 905 482 917')}
E-mail: ${email('zuzka.hruskova@centrum.sk')}`, 'Slovak "narodená" (born, feminine)'),

  rec('crm_csv', f`CRM export for the spring tasting mailing, please dedupe by e-mail and tell me how many are left:

${amb('source_code.snippet', f`first_name,last_name,email,mobile,postcode
Aroha,Ngata,${email('aroha.ngata@xtra.co.nz')},${phone('021 483 917', 'NZ')},6011
Liam,Fitzgerald,${email('liamfitz@eircom.net')},${phone('087 482 9173', 'IE')},D08
Aroha,Ngata,${email('aroha.ngata@xtra.co.nz')},${phone('021 483 917', 'NZ')},6011
Sofia,Almeida,${email('sofia.almeida@sapo.pt')},${phone('912 483 917', 'PT')},1200-195`)}`, 'a CSV export (ambiguous source code) with e-mails and phones'),

  rec('api_profile', f`GET /v1/members/8812 returns this — is it GDPR-OK to return all of it to the mobile app?

${amb('source_code.snippet', f`{
  "id": 8812,
  "name": "Chiamaka Eze",
  "email": "${email('chiamaka.eze@gmail.com')}",
  "phone": "${phone('+234 803 482 9173')}",
  "birthday": "${dob('1996-01-30')}",
  "last_login_ip": "${ip('102.89.34.217')}",
  "tier": "gold"
}`)}`, 'a JSON profile (ambiguous source code): "birthday" field, NG phone, IP ambiguous'),

  rec('nginx_log', f`Someone is hammering our login page. Lines from access.log, which IPs should I block?

${amb('source_code.snippet', f`${ip('185.220.101.47')} - - [05/Dec/2026:23:14:02 +0000] "POST /wp-login.php HTTP/1.1" 200 4521 "-" "Mozilla/5.0"
${ip('185.220.101.47')} - - [05/Dec/2026:23:14:03 +0000] "POST /wp-login.php HTTP/1.1" 200 4521 "-" "Mozilla/5.0"
${ip('2a02:c207:2094:8173::1')} - - [05/Dec/2026:23:14:05 +0000] "GET /?author=1 HTTP/1.1" 301 0 "-" "python-requests/2.32.3"`)}`, 'an access log (ambiguous source code), IPv4 and IPv6 (ambiguous)'),

  rec('zendesk', f`Ticket #48213 — customer writes: "Hi, I moved, please update my delivery address and note my new number ${phone('0412 483 917', 'AU')}. You can also reach me at ${email('m.okafor-reid@bigpond.com')}. My date of birth for verification is ${dob('21/03/1969')}." Draft a reply confirming the change.`, 'AU mobile, e-mail, DOB for verification'),

  rec('hr_hu', f`Fordítsd le angolra: "Kovács Eszter (született: ${dob('1991. június 8.')}, Budapest) 2024 óta dolgozik cégünknél. Telefon: ${phone('+36 30 482 9173')}."`, 'Hungarian "született" + Hungarian long date'),

  rec('hr_hr', f`Prevedi na engleski za novu kolegicu u HR-u: "Ivana Perić, rođena ${dob('23. 10. 1994.')} u Splitu, mobitel ${phone('091 482 9173', 'HR')}, e-pošta ${email('ivana.peric@kras-vino.hr')}."`, 'Croatian "rođena" (born, feminine)'),
];
