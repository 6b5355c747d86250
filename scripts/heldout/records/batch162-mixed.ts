/**
 * Held-out batch 162: records mixing categories — bounty reports with leaked rows, incident mails
 * with signatures, visitor exports, export paperwork, bursary payloads and stack traces. Hand-written.
 */
import { ibanWithCheck, luhnWithCheck, spacedFours, ukNhsSpaced } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);
const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);

const BCRYPT1 = tok('$2b$10$', fill('b162m-bc1', B62 + './', 53));
const BCRYPT2 = tok('$2b$10$', fill('b162m-bc2', B62 + './', 53));
const KR_IBAN = ibanWithCheck('IE', 'BOFI90138427561938');
const CH_IBAN = ibanWithCheck('CH', '04835019284710365');
const PL_IBAN = ibanWithCheck('PL', '611090101400000712198274');
const GB_IBAN = ibanWithCheck('GB', 'NWBK60731948203715');
const RO_IBAN = ibanWithCheck('RO', 'RNCB0082043981270001');
const MIR = luhnWithCheck('220038172649051');
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b162m-stripe', B62, 97));
const TW_SK = tok('SK', fill('b162m-twsk', HEX, 32));
const TW_SK_SECRET = fill('b162m-twsksec', B62, 32);
const NHS = ukNhsSpaced('401839275');

export const BATCH162_MIXED: DraftRecord[] = [
  rec('bounty_report_en', f`Report BB-21102 — SQL injection in the visit-booking search, data exposure proof

Payload: ' OR 1=1 -- in the "surname" field of /api/visits/search
Sample of returned rows (3 of 4,812, truncated by me):

${cfg(f`id   | email                          | phone           | password_hash                                                | last_login_ip
1041 | ${mail('j.mcallister@gmail.com')}         | ${phone('07712 482913', 'GB')}    | ${amb('credential.password_assignment', BCRYPT1)} | ${ip('81.174.22.193')}
1042 | ${mail('parveen.akhtar77@hotmail.co.uk')} | ${phone('07939 218 604', 'GB')}   | ${amb('credential.password_assignment', BCRYPT2)} | ${ip('92.40.188.7')}`)}

I stopped after the first page. Please help me write the impact section.`, 'bcrypt hashes ambiguous per the conventions'),

  rec('email_en_nz', f`Hi team, can you turn this into a proper incident report for CAA?

From: Sarah Whitcombe <${mail('sarah.whitcombe@southernalps-heli.example')}>
Subject: Passenger medical event – flight QT-0214

Passenger: Margaret Ellison, DOB ${dob('17/10/1949')}, felt faint after landing on the Tasman Glacier. Oxygen given, recovered within 10 min. Husband's mobile ${phone('027 482 9136', 'NZ')}. Paid with Visa ending 4471.

Sarah Whitcombe | Safety & Compliance Officer
M ${phone('+64 21 739 4820')} | T ${phone('03 441 2736', 'NZ')}

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')}`),

  rec('csv_visits', f`Which of these online visit bookings look like the same person using different names?

${cfg(f`booking_id,visitor_name,dob,email,booked_from_ip
VB-77120,Kayleigh Morris,${dob('1992-04-11')},${mail('kayleighm92@icloud.com')},${ip('86.151.44.210')}
VB-77131,Kayla Morris,${dob('1992-04-11')},${mail('k.morris.1992@gmail.com')},${ip('86.151.44.210')}
VB-77152,Dean Hughes,${dob('1988-12-30')},${mail('deanhughes88@yahoo.co.uk')},${ip('31.94.17.128')}`)}`),

  rec('export_ko_en', f`Please fill in the importer section of the health certificate application from this email:

"안녕하세요, 수입자 정보 보내드립니다.
회사명: 해담식품 주식회사 (Haedam Foods Co., Ltd.)
담당자: 박서연 과장
전화: ${phone('051-742-8391', 'KR')} / 휴대폰 ${phone('010-3928-4716', 'KR')}
이메일: ${mail('sy.park@haedamfoods.co.kr')}
송금 계좌는 귀사 인보이스의 ${v('financial.iban', spacedFours(KR_IBAN))} 로 진행하겠습니다."`),

  rec('json_bursary', f`The bursary portal rejects this payload with 422. Which field is wrong?

${cfg(f`{
  "applicant": { "name": "Noah Ashworth", "dob": "${dob('2013-06-27')}", "nhs_number": "${v('pii.uk_nhs_number', NHS)}" },
  "parent": {
    "name": "Helen Ashworth",
    "email": "${mail('helen.ashworth@gmail.com')}",
    "phone": "${phone('+44 7845 219630')}",
    "ni_number": "${v('pii.uk_nino', 'SK730951A')}"
  },
  "refund_account": { "iban": "${v('financial.iban', GB_IBAN)}" },
  "household_income": 41250
}`)}`),

  rec('stacktrace', f`The meter-reading sync crashed overnight, what does this mean?

${cfg(f`2025-02-18T02:14:07Z ERROR sync.worker: failed to push reading batch 4471
psycopg2.OperationalError: connection to server at "${ip('10.42.8.17')}", port 5432 failed: FATAL: password authentication failed for user "meter_sync"
  DSN: postgresql://meter_sync:${v('credential.database_url_password', 'Ablesung!Nord-73')}@${ip('10.42.8.17')}:5432/readings
  last customer in batch: MPRN 7483920165, contact ${phone('0160 4829173', 'DE')}
  File "/app/sync/worker.py", line 88, in push_batch`)}`),

  rec('slack_vi_en', f`[#bounty-triage] Linh: ê mọi người, report BB-21110 có live Stripe key nè: ${v('credential.stripe_secret_key', STRIPE_LIVE)}
Linh: researcher là ${mail('minhquan.sec@proton.me')}, bạn ấy đòi bounty High.
Linh: mình tag ${v('confidential.marking', 'TLP:GREEN')} rồi, ${amb('confidential.marking', 'đừng share ra ngoài kênh')} nha
Can someone help me draft the customer notification in English?`),

  rec('export_de_ch', f`Chasch mer das Buchigsexport für d'Buechhaltig schön formatiere?

${cfg(f`Buchig;Gascht;Pass;Natel;Betrag;Rückzahlig uf
HB-4471;Ursula Kälin;${v('pii.passport', 'S4829173')};${phone('078 214 93 57', 'CH')};CHF 1'280.00;${v('financial.iban', spacedFours(CH_IBAN))}
HB-4472;Marco Tschanz;;${phone('076 381 20 94', 'CH')};CHF 640.00;`)}`),

  rec('email_pl', f`Dzień dobry,

piszę w sprawie widzenia z synem (Tomasz Nowak) oraz wpłaty na jego konto depozytowe.
Moje dane: Barbara Nowak, ur. ${dob('03.05.1961')}, paszport ${v('pii.passport', 'ER4829173')}, tel. ${phone('+48 601 482 917')}.
Przelew wysłałam z konta ${v('financial.iban', spacedFours(PL_IBAN))} — czy dotarł?

Z poważaniem,
Barbara Nowak
${mail('b.nowak61@wp.pl')}

Proszę przetłumacz to na angielski dla działu odwiedzin.`),

  rec('email_ru', f`Помоги составить ответ школе. Вот моё письмо им:

«Здравствуйте! Высылаю данные для зачисления дочери:
Ученица: Полина Соколова, дата рождения ${dob('14.03.2013')}
Паспорт матери: ${v('pii.passport', '75 4829173')}
Телефон: ${phone('+7 916 482-37-15')}
Оплата взноса картой ${v('financial.payment_card', spacedFours(MIR))} не прошла.»`),

  rec('email_ro', f`Poți să corectezi acest e-mail către distribuitorul de gaze?

"Bună ziua, vă trimit factura pentru citirile de contoare din februarie (echipa Cluj). Plata în contul ${v('financial.iban', spacedFours(RO_IBAN))}. Pentru întrebări: Mihai Pop, ${phone('0744 382 917', 'RO')}, ${mail('mihai.pop@citirigaz.ro')}."`),

  rec('runbook_no', f`Kan du gjøre denne driftsinstruksen penere? Den gjelder backup av bookingdatabasen på basen i Flåm:

1. Logg inn på ops-serveren (${ip('192.168.40.12')}).
2. Kjør: mysqldump -u heli_backup -p${v('credential.mysql_cli_password', 'Fjordfly#8831')} bookings > /backup/bookings_$(date +%F).sql
3. Kontroller at fila er større enn 50 MB.
4. Ring vakthavende på ${phone('412 38 675', 'NO')} hvis noe feiler.`),

  rec('chat_hi', f`कृपया इस संदेश को साफ़-सुथरा बना दीजिए, ठेकेदार टीम को भेजना है: "नए हैंडहेल्ड डिवाइस का पासवर्ड ${v('credential.password_in_prose', 'MeterRead@4471')} है। इसे किसी ग्राहक के सामने न बोलें। समस्या हो तो सुपरवाइज़र को ${phone('98450 31726', 'IN')} पर कॉल करें।"`),

  rec('config_et', f`Meie SMS-meeldetuletuste teenus (külastuste broneeringud) annab viga 20003. Konfiguratsioon:

${cfg(f`sms:
  provider: twilio
  api_key_sid: ${v('credential.twilio_api_key', TW_SK)}
  api_key_secret: ${v('credential.generic_secret_assignment', TW_SK_SECRET)}
  from: "${phone('+372 5341 8275')}"
  admin_contact: ${mail('kylastused@vangla.example.ee')}`)}

Mis võib valesti olla?`),

  rec('lims_log_is', f`Hvað þýðir þessi villa í LIMS-annálnum?

${cfg(f`2025-02-19 07:41:22 WARN  auth: login failed user=${mail('rannsokn@thari.example.is')} from ${ip('10.8.3.41')}
2025-02-19 07:41:30 INFO  auth: retry with config password="${v('credential.password_assignment', 'Thari-Lab!2025')}"
2025-02-19 07:41:31 ERROR sync: sample 25-044 iodine result missing, notify ${phone('862 4719', 'IS')}`)}`),

  rec('bounty_chat_en', f`Researcher ${mail('0xkestrel@protonmail.com')} says the bearer token in the meter app's crash logs (${v('credential.bearer_token', fill('b162m-bearer', B64URL, 64))}) still works after logout. Customer contact for the fix is Anneli Virtanen, ${phone('040 123 4587', 'FI')}. Write the ticket for the customer in English, severity Medium.`),
];
