/**
 * Held-out batch 137: mixed records (stack traces, incident notes, e-mail threads, exports,
 * fixtures) carrying several kinds of sensitive values at once, from the six settings. Hand-written.
 */
import { ibanWithCheck as iban, luhnCheckDigit, spacedFours as g4 } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, DIGITS, HEX, fill, jwt, tok } from '../tokens';

const card = (prefix: string, len: number, seed: string): string => {
  const p = prefix + fill(seed, DIGITS, len - prefix.length - 1);
  return p + String(luhnCheckDigit(p));
};
const ip = (s: string) => amb('pii.ip_address', s);
const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const pass = (s: string) => v('pii.passport', s);
const mark = (s: string) => v('confidential.marking', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const VISA_JA = card('4', 16, 'b137m-visaja');
const IBAN_GB = iban('GB', 'BARC' + '203158' + fill('b137m-ibgb', DIGITS, 8));
const IBAN_AT = iban('AT', '20111' + fill('b137m-ibat', DIGITS, 11));
const IBAN_UA = iban('UA', '305299' + fill('b137m-ibua', DIGITS, 19));
const IBAN_GB2 = iban('GB', 'HBUK' + '400515' + fill('b137m-ibgb2', DIGITS, 8));
const MC_AR = card('5', 16, 'b137m-mcar');
const MC_DA = card('52', 16, 'b137m-mcda');
const VISA_KO = card('4', 16, 'b137m-visako');
const PW_ZH = tok('Fab', fill('b137m-pwzh', B62, 8), '!');
const PW_BE = tok('Okapi', fill('b137m-pwbe', B62, 7));
const PW_RO = tok('Svc', fill('b137m-pwro', B62, 9));
const PW_LT = tok('Kelte', fill('b137m-pwlt', B62, 7));
const MAPS_IT = tok('AIza', fill('b137m-gkey', B64URL, 35));
const JWT_EN = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'nurse-2291', scope: 'visits:write', iat: 1732611000 }, 'b137m-jwt');
const BEARER_MX = fill('b137m-bearer', B62, 40);
const SG_ZOO = tok('SG.', fill('b137m-sg1', B64URL, 22), '.', fill('b137m-sg2', B64URL, 43));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04', fill('b137m-sh1', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 7), '/B07', fill('b137m-sh2', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/', fill('b137m-sh3', B62, 24));
const DD_HEX = fill('b137m-dd', HEX, 32);

export const BATCH137_MIXED: DraftRecord[] = [
  rec('stacktrace_ja', f`予約サイトで決済エラーが出ました。ログを見て原因を教えてください：

${cfg(f`2024-11-28 21:04:17,882 ERROR [booking-api] PaymentService - authorisation failed
  booking=FRY-20241128-4471 email=${mail('k.tanaka.travel@docomo.example.ne.jp')} tel=${phone('080-3917-2846', 'JP')}
  card=${v('financial.payment_card', VISA_JA)} exp=0427 amount=18600 JPY
  client_ip=${ip('126.88.214.39')}
java.lang.IllegalStateException: 3DS challenge timeout
    at jp.ferry.booking.pay.Gateway.authorise(Gateway.java:311)
    at jp.ferry.booking.pay.PaymentService.pay(PaymentService.java:87)`)}

なぜカード番号がログに出ているのかも気になります。`),

  rec('email_en_gb', f`Subject: ${mark('STRICTLY PRIVATE AND CONFIDENTIAL')} – Mr & Mrs Okonjo – account opening

Hi Priya,

Passports received: Mr Chidi Okonjo ${pass('A09482917')} (DOB ${dob('12/05/1966')}) and Mrs Ngozi Okonjo ${pass('A10387264')} (DOB ${dob('03/09/1969')}). Their sterling account for the rental income is ${v('financial.iban', g4(IBAN_GB))}. Best number to reach Mr Okonjo is ${phone('+234 803 482 9173')}.

Please check the source-of-wealth narrative before it goes to compliance.

James
${mark('STRICTLY PRIVATE AND CONFIDENTIAL')}`),

  rec('config_zh_cn', f`客户厂区的 FDC 采集服务连不上数据库了，配置在下面，帮我看一下（注意这是${mark('客户机密')}环境）：

${cfg(f`[fdc]
collector_host = ${ip('10.188.4.21')}
db_host = ${ip('10.188.4.40')}
db_user = fdc_writer
db_password = ${v('credential.password_assignment', PW_ZH)}
alarm_webhook = ${v('credential.slack_webhook_url', SLACK_HOOK)}`)}

报错：FATAL: password authentication failed。`),

  rec('csv_es_ar', f`Che, ¿me revisás este export de pagos de permisos de estacionamiento? Un operador pegó un número de tarjeta entero en la columna de notas.

${cfg(f`permiso,titular,email,telefono,tarjeta,notas
EST-88213,Lucía Ferreyra,${mail('lucia.ferreyra@correo.example.com.ar')},${phone('+54 9 11 4827-3916')},**** 4417,
EST-88214,Gonzalo Paz,${mail('gpaz@fibertel.example.com.ar')},${phone('+54 9 351 482-9173')},**** 0932,"pagó con ${v('financial.payment_card', MC_AR)} por teléfono"`)}

¿Cómo lo limpio antes de mandarlo a contaduría?`),

  rec('email_fr_be', f`Bonjour Sébastien,

Pour la base de données des dossiers vétérinaires du parc, le compte de service est "vet_sync" et le mot de passe ${v('credential.password_in_prose', PW_BE)} (à changer après la migration, stp).

Bien à toi,
Dr Nathalie Dubois
Vétérinaire en chef – Parc zoologique
${phone('+32 478 29 61 37')} · ${mail('n.dubois@parczoo.example.be')}

Peux-tu réécrire ce mail sans le mot de passe et me proposer un moyen plus sûr de le transmettre ?`),

  rec('json_it', f`Il servizio turni dell'equipaggio restituisce questo JSON, posso mostrarlo così nell'app del comandante?

${cfg(f`{
  "nave": "Moby Tirreno",
  "equipaggio": [
    { "nome": "Salvatore Esposito", "ruolo": "primo ufficiale", "nascita": "${dob('1978-11-04')}", "passaporto": "${pass('YA4829173')}", "cell": "${phone('+39 338 482 9173')}" },
    { "nome": "Giulia Romano", "ruolo": "commissario di bordo", "nascita": "${dob('1990-02-17')}", "passaporto": "${pass('YB9173826')}", "cell": "${phone('+39 349 173 8264')}" }
  ],
  "mapsKey": "${v('credential.google_api_key', MAPS_IT)}"
}`)}`),

  rec('fixture_en', f`Test fixture for the visit-notes API. Is it fine to commit this?

\`\`\`python
${v('source_code.snippet', f`PATIENT = {
    "name": "Rosemary Fitch",
    "dob": "${dob('1938-07-14')}",
    "phone": "${phone('+1 617 482 9173')}",
    "email": "${mail('rosemary.fitch38@verizon.example.net')}",
}
AUTH = {"Authorization": "Bearer ${v('credential.jwt', JWT_EN)}"}

def test_create_note(client):
    r = client.post("/visits/8812/notes", json={"text": "BP 132/80"}, headers=AUTH)
    assert r.status_code == 201`)}
\`\`\``),

  rec('email_de_at', f`Betreff: ${mark('VERTRAULICH')} – Legitimation Fam. Huber

Liebe Kollegin,

anbei die Daten für die Kontoeröffnung der Privatstiftung:
Dr. Maximilian Huber, geb. ${dob('21.01.1958')}, Reisepass ${pass('P4829173')}
Konto für die Ausschüttungen: ${v('financial.iban', g4(IBAN_AT))}
Erreichbar unter ${phone('+43 664 3829174')} oder ${mail('m.huber@huber-privatstiftung.example.at')}

Bitte das Ganze als Checkliste für die Compliance aufbereiten.`),

  rec('complaint_da', f`Hjælp mig med et svar til denne kunde, hun er meget vred:

"Jeg blev trukket to gange på mit kort ${v('financial.payment_card', MC_DA)} for overfarten Rødby–Puttgarden den 24/11. Ring til mig på ${phone('28 49 17 36', 'DK')} eller skriv til ${mail('mette.holm@privat.example.dk')}. Mette Holm"

Vi kan se den dobbelte transaktion.`),

  rec('service_report_ro', f`Raportul de service de mai jos trebuie trimis clientului, dar am impresia că am pus prea multe detalii. Ce scot?

${mark('CONFIDENȚIAL')} – Raport intervenție FSE
Echipament: implantor ionic, sursă ioni înlocuită
Acces la distanță: ${ip('172.31.40.12')}, utilizator svc_fse, parola ${v('credential.password_in_prose', PW_RO)}
Inginer: Andrei Popescu, ${phone('0722 481 936', 'RO')}, ${mail('andrei.popescu@fse-services.example.ro')}`),

  rec('appeal_uk', f`Допоможіть відповісти на скаргу щодо штрафу за паркування:

"Добрий день! Я, Оксана Ткаченко, оскаржую штраф №ПК-2024-58213. Повернення коштів прошу на рахунок ${v('financial.iban', IBAN_UA)}. Мій телефон ${phone('+380 50 482 9173')}, пошта ${mail('oksana.tkachenko@ukr.example.net')}."

Відповідь має бути офіційна, українською.`),

  rec('sponsors_ko', f`동물 후원자 명단인데, 이메일로 감사 편지를 보내려고 해요. 그런데 한 분이 카드번호를 메모에 적어 보냈네요. 어떻게 처리하죠?

후원자: 김서연 / ${mail('seoyeon.kim@naver.example.com')} / ${phone('010-3182-7456', 'KR')} / 후원 동물: 레서판다 "솔이"
메모: "정기후원 카드 바꿔주세요 ${v('financial.payment_card', VISA_KO)} 유효기간 11/27"
메일 발송 API 키: ${v('credential.sendgrid_api_key', SG_ZOO)}`),

  rec('kyc_zh_cn', f`帮我把这位客户的资料整理成开户备忘录（英文）：
客户：周文杰，出生日期 ${dob('1975年3月8日')}
护照号码：${pass('E48291736')}
手机：${phone('139 4829 1736', 'CN')}
伦敦收款账户：${v('financial.iban', IBAN_GB2)}
备注：资金来源为深圳制造业企业出售`),

  rec('log_es_mx', f`El servicio de agenda de enfermería truena cada madrugada, aquí el log:

${cfg(f`[2024-11-27 02:00:03] INFO  cron agenda_diaria iniciado desde ${ip('10.30.2.17')}
[2024-11-27 02:00:04] DEBUG POST https://api.agenda-cuidados.example.mx/v1/visitas Authorization: Bearer ${v('credential.bearer_token', BEARER_MX)}
[2024-11-27 02:00:05] ERROR paciente=Guadalupe Rentería curp=${ambCat('pii', 'RERG400612MDFNNS07')} tel=${phone('55 4182 7396', 'MX')} -> 422 "fecha_nacimiento inválida"`)}

¿Por qué marca fecha inválida?`, 'Mexican CURP: no engine rule: ambiguous pii'),

  rec('nginx_lt', f`Bilietų sistemos nginx žurnale matau keistus įrašus, ar tai ataka?

${cfg(f`${ip('91.214.65.203')} - - [26/Nov/2024:03:14:07 +0200] "GET /admin/login?user=admin&pass=${v('credential.password_assignment', PW_LT)} HTTP/1.1" 302 0 "-" "curl/8.4.0"
${ip('91.214.65.203')} - - [26/Nov/2024:03:14:09 +0200] "GET /admin/export?fmt=csv HTTP/1.1" 200 48213 "-" "curl/8.4.0"`)}

Tas slaptažodis – tikras mūsų administratoriaus slaptažodis.`),

  rec('datadog_en_in', f`Our home-care app's Datadog monitor is noisy and I also see patient data in the event text. Config + sample event:

${cfg(f`DD_API_KEY=${v('credential.datadog_api_key', DD_HEX)}
DD_SITE=datadoghq.com`)}

Event: "Visit overdue > 45 min – patient Lakshmi Iyer, ${phone('+91 94441 27836')}, nurse Anitha (Whitefield route)"

How do I mask the phone number in events?`),
];
