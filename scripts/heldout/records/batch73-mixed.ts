/**
 * Held-out batch 73: longer texts mixing categories — case notes, incident reports, HL7 and JSON
 * payloads, CSV exports, postmortems and e-mails from the six organisations of this batch. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, fill, tok } from '../tokens';

const BCRYPT = tok('$2a$10$', fill('b73m-bcrypt', B62 + './', 53));

export const BATCH73_MIXED: DraftRecord[] = [
  rec('case_note_de', f`Bitte fasse den folgenden Ermittlungsvermerk für die Abteilungsleiterin auf eine halbe Seite zusammen.

${v('confidential.marking', 'VS – NUR FÜR DEN DIENSTGEBRAUCH')}
Az. 421 Js 18830/24 – Verdacht des gewerbsmäßigen Betruges (Pflegeabrechnung)

Beschuldigter: Rainer Kowalewski, geb. ${v('pii.date_of_birth', '09.06.1971')}, Geschäftsführer eines ambulanten Pflegedienstes in Delmenhorst.
Erreichbarkeit laut Handelsregister/Website: ${phone('+49 4221 9182740')}, ${v('pii.email', 'info@pflegedienst-kowalewski.de')}, privat ${phone('0157 82946031', 'DE')}

Die Pflegekasse hat Leistungen für 23 Versicherte beanstandet, die laut Tourenplänen im Abrechnungszeitraum nicht besucht wurden. Die Zahlungen gingen auf das Geschäftskonto ${v('financial.iban', 'DE05 1007 0024 0938 4726 15')}; von dort wurden monatlich Beträge zwischen 8.000 und 12.000 € auf ein Privatkonto weitergeleitet.

Nächste Schritte: Finanzermittlungen, Vernehmung von drei ehemaligen Pflegekräften.`),

  rec('incident_report', f`${v('confidential.marking', 'CONFIDENTIAL')}
Incident report IR-2024-0311 – Brightwell Home Care, Leeds branch

Client: Mr Albert Fairclough, DOB ${v('pii.date_of_birth', '02/07/1938')}, NHS ${v('pii.uk_nhs_number', '648 203 9170')}
Incident: found on the kitchen floor at the 07:30 call, conscious, complaining of hip pain. Ambulance called 07:34, arrived 08:50.
Carer: Joanne Pickles, mobile ${phone('07911 829417', 'GB')}
Access: key safe by back door, code ${ambCat('credential', '3091')} — to be changed today as the ambulance crew and a neighbour now know it.
Family informed: daughter Karen (${v('pii.email', 'karen.fairclough1965@btinternet.com')}).

Can you rewrite this as a formal notification to the local authority commissioning team? Leave out the key safe code.`, 'key-safe code: ambiguous, no rule'),

  rec('work_report_ja', f`下記の作業報告を元請け向けに丁寧な文章にしてください。

作業報告書\u30002024/11/21\u3000秋田港洋上風力 WTG-09
作業者：佐藤 健太（携帯 ${phone('090-4829-1736', 'JP')}）、ほか2名
内容：ヨー駆動モーター3号機の交換。交換後、ヨー動作確認OK。
備考：ナセル内の現地HMI（${amb('pii.ip_address', '192.168.100.9')}）はメーカー初期パスワードのままでした（ユーザー service、パスワード ${v('credential.password_in_prose', 'wtg09-Akita!')}）。変更を提案します。
報告先：${v('pii.email', 'k.sato@tohoku-wind-service.co.jp')}`),

  rec('indictment_ru', f`Отредактируй, пожалуйста, фрагмент проекта обвинительного заключения — нужно убрать повторы и канцелярит.

Обвиняемый: Кравцов Денис Игоревич, ${v('pii.date_of_birth', '14.02.1989')} г.р., паспорт ${v('pii.passport', '45 18 392817')}, СНИЛС ${ambCat('pii', '148-293-715 93')}, тел. ${phone('8 (912) 482-91-73', 'RU')}.
В период с марта по июнь 2024 г. Кравцов Д.И., представляясь сотрудником службы безопасности банка, по телефону убедил потерпевшую Лаптеву Н.А. сообщить ему данные банковской карты ${v('financial.payment_card', '4372 8194 6038 2158')} и коды из СМС, после чего похитил с её счёта 412 300 рублей.`),

  rec('hl7', f`The dispensing cabinet rejects this HL7 message from the HIS with "PID-7 invalid". What's wrong with the birth date field?

${amb('source_code.snippet', f`MSH|^~\\&|HIS|AIIMSND|OMNICELL|PHARM|20241126093015||RDE^O11|MSG482917|P|2.5
PID|1||UHID0048291^^^AIIMSND^MR~${v('pii.in_aadhaar', '482917356207')}^^^UIDAI^NI||VERMA^REKHA||${v('pii.date_of_birth', '19750812')}|F|||C-14 Lajpat Nagar^^New Delhi^DL^110024^IND||${phone('+91 94482 91736')}
PV1|1|I|ONCO^412^B
RXE|1^BID^^20241126|J01DH02^Meropenem 1 g inj^WHO-ATC|1||g|INJ`)}`),

  rec('csv_es_mx', f`¿Me ayudas a detectar clientes duplicados en este export del CRM? Somos distribuidora de cerveza artesanal en Jalisco.

${amb('source_code.snippet', f`id,negocio,contacto,correo,telefono,clabe
C-1041,La Chelería de Chapalita,Ana Lucía Ramos,${v('pii.email', 'compras@lacheleria.mx')},${phone('+52 33 1847 2903')},${ambCat('financial', '012320004829173650')}
C-1042,Cantina El Güero,Jorge Güereca,${v('pii.email', 'jorge.guereca@gmail.com')},${phone('33 2918 4736', 'MX')},
C-1077,La Chelería Chapalita,Ana L. Ramos,${v('pii.email', 'ana.ramos.chele@gmail.com')},${phone('+52 33 1847 2903')},${ambCat('financial', '012320004829173650')}`)}`, 'CLABE account numbers: sensitive, no rule, ambiguous'),

  rec('json_el', f`Γράψε μου μια σύνοψη στα ελληνικά για αυτή την αυτόματη αναστολή λογαριασμού, για να την επισυνάψω στην υπόθεση:

${amb('source_code.snippet', f`{
  "case_id": "TS-GR-30417",
  "action": "suspend",
  "reason": "romance_scam_pattern",
  "user": {
    "email": "${v('pii.email', 'nikos.markou.trading@outlook.com')}",
    "phone": "${phone('+30 694 829 1736')}",
    "signup_ip": "${amb('pii.ip_address', '2a02:587:4810:2c00::1f3')}",
    "last_ip": "${amb('pii.ip_address', '85.74.182.29')}"
  },
  "payment_method": { "brand": "visa", "last4": "4135", "country": "GR" },
  "signals": ["crypto_link_in_first_message", "asked_for_money", "stolen_photo_match:0.93"]
}`)}`),

  rec('report_yo', f`Ẹ jọ̀ọ́ ẹ ṣe àkópọ̀ ìròyìn yìí ní English fún ẹgbẹ́ Trust & Safety:

Ìròyìn láti ọ̀dọ̀ olùlò kan: ọkùnrin tí ó pè ara rẹ̀ ní "Engr. David" sọ pé òun wà ní oil rig, ó sì béèrè ₦450,000 fún tíkẹ́ẹ̀tì. Ó fi account rẹ̀ ránṣẹ́: GTBank ${ambCat('financial', '0482917365')}, orúkọ "Adewale Ogunleye".
Nọ́mbà fóònù rẹ̀: ${phone('0803 482 9173', 'NG')}
Email tí ó lò: ${v('pii.email', 'engr.david.rig@gmail.com')}
NIN tí ó fi hàn nínú fọ́tò ID: ${ambCat('pii', '48291736052')}`, 'Nigerian NUBAN account number and NIN: no rule, ambiguous'),

  rec('list_vi', f`${v('confidential.marking', 'TÀI LIỆU NỘI BỘ')} – KHOA DƯỢC
Danh sách bệnh nhân cần gọi nhắc tái khám và lĩnh thuốc ARV tháng 12:

1. Nguyễn Thị Hoa – sinh ${v('pii.date_of_birth', '14/02/1984')} – ĐT ${phone('0912 482 917', 'VN')} – CCCD ${ambCat('pii', '001184004829')}
2. Trần Văn Minh – sinh ${v('pii.date_of_birth', '30/11/1990')} – ĐT ${phone('+84 983 829 417')}

Nhờ bạn soạn mẫu tin nhắn SMS nhắc lịch, không ghi tên thuốc và không ghi chẩn đoán.`),

  rec('handover_sv', f`Gör om den här överlämningen till en punktlista sorterad efter prioritet för dagskiftet:

Överlämning natt → dag, driftcentralen 2024-11-14
- Markbygden Etapp 2: ingen SCADA-förbindelse sedan 02:10. VPN-tunneln till parkroutern (${amb('pii.ip_address', '194.18.77.42')}) nere, routercertifikatet har gått ut. Tillfällig PSK satt kl 09:30, lösenord ${v('credential.password_in_prose', 'Markbygden-VPN-2024!')} – nätverksgruppen byter det under dagen.
- MBY-T114: pitchlarm 3120 kvitterat två gånger, behöver inspekteras innan nästa stormvarning.
- Jourtekniker Oskar Lindahl (${phone('+46 70 482 91 73')}) var på plats 06:40, åker hem efter lunch.
- Frågor från kunden till ${v('pii.email', 'drift@nordvind-service.se')}, svara senast i eftermiddag.`),

  rec('email_it', f`Controlla per favore il tono di questa PEC prima che la mandi:

Da: ${v('pii.email', 'segreteria.penale.procura.bergamo@giustiziacert.it')}
A: ${v('pii.email', 'avv.marco.rossi@pec.ordineavvocatibergamo.it')}
Oggetto: proc. pen. 4827/2024 – restituzione cauzione

Egregio Avvocato,
si comunica che la cauzione versata dal Suo assistito, Sig. Marco Rossi (C.F. ${v('pii.it_codice_fiscale', 'RSSMRC81T12H501Q')}), sarà restituita mediante bonifico sul conto corrente ${v('financial.iban', 'IT87 Z020 0805 3640 0010 4839 271')} indicato nell'istanza del 12 novembre.
Per informazioni: cancelleria, ${phone('+39 035 482 9173')}.`),

  rec('discovery_log', f`${v('confidential.marking', 'CONFIDENTIAL – ATTORNEY WORK PRODUCT')}
People v. Okafor – discovery production log, volume 3

DISC-0301  Bank records, First Cascade, acct ending 4471 (42 pp.)
DISC-0302  Victim intake form: Gloria Mendez, DOB ${v('pii.date_of_birth', '03/22/1957')}, SSN ${v('pii.us_ssn', '412-58-3091')}, phone ${phone('(503) 829-4173', 'US')}
DISC-0303  Email export from defendant's account ${v('pii.email', 'c.okafor.investments@protonmail.com')} (1,204 messages)
DISC-0304  Body-cam footage, Officer Reyes, 2 files

Please draft the cover letter to defense counsel listing these items, but redact the SSN and DOB in the letter.`),

  rec('customer_export_at', f`Kannst du aus diesem Kundenstamm-Auszug eine Liste machen, wer noch kein Lastschriftmandat hat?

${amb('source_code.snippet', f`KdNr;Firma;UID;Ansprechpartner;E-Mail;Telefon;IBAN;Mandat
40112;Bierinsel Wien OG;ATU71829364;Markus Hofer;${v('pii.email', 'markus@bierinsel.at')};${phone('+43 1 40400 41827')};${v('financial.iban', 'AT21 3200 0000 0948 2716')};ja
40118;Gasthaus Zum Grünen Baum;ATU69204817;Eva Leitner;${v('pii.email', 'office@gruenerbaum-wachau.at')};${phone('0664 3817294', 'AT')};;nein
40131;Craft Corner Graz e.U.;ATU74829163;Tobias Maier;${v('pii.email', 't.maier@craftcorner.at')};${phone('+43 316 482917')};${v('financial.iban', 'AT89 2081 5000 4182 7359')};ja`)}`),

  rec('data_request_zh', f`用户提交了数据访问请求（DSAR），请帮我整理成给法务的摘要，注意不要把密码哈希写进去：

用户ID：u_8817204
注册手机：${phone('+86 139 8294 1736')}
邮箱：${v('pii.email', 'lin.xiaoyu.1994@163.com')}
注册IP：${amb('pii.ip_address', '36.112.48.207')}
密码哈希：${ambCat('credential', BCRYPT)}
举报记录：被举报 3 次（骚扰 2 次，虚假资料 1 次）
请求内容：导出全部聊天记录并删除账号`, 'a bcrypt hash: ambiguous, no rule'),

  rec('email_bn', f`এই ইমেইলটা একটু গুছিয়ে লিখে দাও, রোগীর মেয়েকে পাঠাব:

"প্রিয় মহাশয়া,
আপনার মা শ্রীমতী অনিমা দাস (জন্ম তারিখ: ${v('pii.date_of_birth', '05/01/1950')}) এর ক্যান্সারের ওষুধ হাসপাতালের ফার্মেসিতে এসে গেছে। আগামীকাল সকাল ১১টার মধ্যে সংগ্রহ করবেন। কোনো প্রশ্ন থাকলে ${phone('+91 33 2482 9173')} নম্বরে ফোন করুন অথবা ${v('pii.email', 'pharmacy.oncology@sskm-kolkata.org')} এ লিখুন।"

প্রাপক: ${v('pii.email', 'rupa.das.kol@gmail.com')}`),
];
