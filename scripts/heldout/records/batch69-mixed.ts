/**
 * Held-out batch 69: longer texts mixing categories — postmortems, e-mail threads, stack traces,
 * manifests, exports and tickets from the six organisations, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const mark = (s: string) => v('confidential.marking', s);

const SLACK_BOT = tok('xoxb-', '6620183947', '1-', '8039127465301-', fill('b69m-xoxb', B62, 24));
const SENDGRID = tok('SG.', fill('b69m-sg1', B64URL, 22), '.', fill('b69m-sg2', B64URL, 43));
const MONGO_PW = 'Rx-Farmacia!2025';
const GLPAT = tok('glpat-', fill('b69m-glpat', B62 + '-_', 20));
const SENTRY_KEY = fill('b69m-sentry', HEX, 32);

export const BATCH69_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Postmortem: January payroll file rejected by the bank (client: Bridgewater Pilgrim Tours)

**Impact:** 214 employees paid one day late. No overpayments.

**Timeline (UTC)**
- 06:00 scheduled upload of the BACS file fails (SFTP auth error)
- 06:12 alert to ${v('pii.email', 'payroll-oncall@quorumpay.co.uk')}
- 07:40 root cause: the bank rotated our SFTP password; the runner still had \`sftp://qp_bacs:${v('credential.url_password', 'Harrow-Lantern-8817')}@sftp.bankconnect.co.uk/inbound\`
- 08:05 new password from the bank portal, file re-sent from ${amb('pii.ip_address', '10.44.7.19')}
- 09:30 one employee's account bounced: ${v('financial.iban', 'GB75 MIDL 4005 1572 9384 61')} (closed account), re-paid by Faster Payment after HR confirmed new details

**Actions:** move bank credentials to Vault; expiry alert 14 days ahead.

Please rewrite this for the client, without internal details or bank data.`),

  rec('email_thread_ar_lev', f`ساعدني رد على هالإيميل بشكل لبق، وخليه بالعربي:

From: Rami Khoury <${v('pii.email', 'rami.khoury@holylandtours.lb')}>
Subject: Re: مجموعة الميلاد – بيت لحم

مرحبا،
وصلتني الأسماء بس ناقص رقم جواز السفر لـ السيدة نوال عيسى. وبالنسبة للدفعة، هيدي بيانات الحساب الجديد:
${v('financial.iban', 'LB43 0999 0000 0001 0019 0187 4312')}
وإذا في أي سؤال اتصلي عالرقم ${phone('+961 3 827 415')} أو مكتب عمّان ${phone('+962 6 552 8301')}.

> بتاريخ 12 كانون الثاني، كتبت ليلى:
> رقم جواز السيد جوزيف عيسى هو ${v('pii.passport', 'LR8291736')}، والسيدة نوال جوازها قيد التجديد.`),

  rec('trace_pt_br', f`Deu esse erro no checkout da farmácia online depois do deploy de ontem. O que pode ser?

${cfg(f`2025-01-16T13:42:09.118Z ERROR checkout-api  MongoServerError: bad auth : authentication failed
    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:231:26)
    at MessageStream.<anonymous> (/app/node_modules/mongodb/lib/cmap/connection.js:61:60)
  uri="mongodb+srv://checkout:${v('credential.database_url_password', MONGO_PW)}@cluster0.fx8q2.mongodb.net/farmacia?retryWrites=true"
  order={ id: "PED-884120", cliente: "${v('pii.email', 'mariana.teixeira@bol.com.br')}", total: 187.40, parcelas: 3 }`)}

E por que o log imprime a URI inteira com senha??`),

  rec('meeting_notes_ja', f`定例ミーティングのメモです。アクションアイテムを担当者ごとに整理してください。

■ 2025/01/15 ホール運営定例
・新しい照明卓の管理画面：ID は lighting-admin、初期パスワードは ${v('credential.password_in_prose', 'Tsukimi-Hall#2025')}（納品業者が月末に変更予定）
・ピアノ調律師 佐藤さんの連絡先が変更：${phone('090-4182-7395', 'JP')}
・チケット問い合わせ用の共有アドレスを ${v('pii.email', 'box-office@kestrel-hall.jp')} に一本化
・${mark('社外秘')}：来季の客演指揮者リストは理事会承認まで口外しないこと`),

  rec('ticket_ko', f`[감식연구소 IT 헬프데스크] 티켓 #HD-5521

요청자: 최은서 (${v('pii.email', 'eunseo.choi@kfsl.go.kr')}, 내선 ${phone('+82 2-3141-7825')})
내용: DNA 분석실 PC(${amb('pii.ip_address', '172.16.40.118')})에서 증거 공유 폴더 접속 불가. 임시로 로컬 관리자 계정 labadmin / ${v('credential.password_in_prose', 'Gamsik!Lab0923')} 으로 로그인해서 확인했음.
조치 요청: 도메인 재가입 및 임시 비밀번호 폐기.

이 티켓 내용을 보고서용으로 정리해 주세요. 비밀번호는 빼고요.`),

  rec('json_nb', f`Hendelsesloggen fra gassvarslingssystemet i gruva sender ikke SMS til skiftleder. Her er et eksempel på payload og konfigurasjonen:

${cfg(f`{
  "event": "CH4_HIGH",
  "level": 1.4,
  "sensor": "G-3B-07",
  "timestamp": "2025-01-13T03:17:44+01:00",
  "notify": [
    { "name": "Kari Lunde", "role": "skiftleder", "mobile": "${phone('+47 412 83 906')}" },
    { "name": "Vakt gruvekontor", "phone": "${phone('+47 22 83 41 07')}" }
  ],
  "mail": { "provider": "sendgrid", "api_key": "${v('credential.sendgrid_api_key', SENDGRID)}", "to": "${v('pii.email', 'hms-varsel@nordgruve.no')}" }
}`)}`),

  rec('csv_es_mx', f`${mark('CONFIDENCIAL')} – Nómina quincenal, cliente Hoteles del Bajío

¿Me ayudas a detectar filas con CLABE o RFC mal formados antes de mandarlo al banco?

${cfg(f`num_empleado,nombre,rfc,curp,clabe,correo
1021,Ana Lucía Ríos Méndez,${ambCat('pii', 'RIMA910314K82')},${ambCat('pii', 'RIMA910314MJCSNN06')},${ambCat('financial', '012320001234567895')},${v('pii.email', 'analucia.rios@hotelesbajio.mx')}
1022,José Armando Torres Gil,${ambCat('pii', 'TOGA870722HX1')},${ambCat('pii', 'TOGA870722HGTRLR09')},${ambCat('financial', '072180009876543210')},${v('pii.email', 'jose.torres@hotelesbajio.mx')}`)}`, 'Mexican RFC, CURP and CLABE: personal / account data with no built-in rule'),

  rec('email_fr_ca', f`Objet : ${mark('Confidentiel')} – dossier client, renouvellement d'ordonnance

Bonjour Dre Gagnon,

Une cliente de notre pharmacie en ligne, Mme Louise Tremblay (née le ${v('pii.date_of_birth', '14 février 1952')}), nous demande de renouveler son ordonnance de metformine. Elle nous a transmis son NAS ${v('pii.ca_sin', '718 263 056')} par erreur avec sa carte d'assurance maladie, nous l'avons supprimé de son dossier.
Vous pouvez la joindre au ${phone('+1 514 872 4039')}.

Merci de reformuler ce courriel pour qu'il soit plus bref.`),

  rec('manifest_so', f`Liiska kooxda Cumrada (Rajab) – waxaan u baahanahay in la hubiyo inay dhammaan baasaboorradu dhacayaan wax ka dambeeya 6 bilood:

1. Xaliimo Maxamed Warsame — baasaboor ${v('pii.passport', 'P02918374')} — dhalasho ${v('pii.date_of_birth', '1962-04-09')} — tel ${phone('+252 61 5482937')}
2. Cabdiraxmaan Yuusuf Nuur — baasaboor ${v('pii.passport', 'P03827461')} — dhalasho ${v('pii.date_of_birth', '1970-11-23')}

Lacagta waxaa loo diray akoonka hay'adda Sacuudiga: ${v('financial.iban', 'SA43 8000 0000 6080 1029 1735')}. Fadlan xaqiiji in lacagtu gaadhay.`),

  rec('slack_fil', f`Pa-summarize naman nitong thread para sa payroll ops standup, tapos sabihin mo kung ano yung dapat i-rotate:

**Jessa (9:02 AM):** hindi nagpo-post yung payslip-bot sa #payroll-alerts since kagabi
**Mark (9:05 AM):** baka yung token, ito yung nasa config: ${v('credential.slack_bot_token', SLACK_BOT)}
**Jessa (9:07 AM):** ok i-check ko. Btw nag-email si ${v('pii.email', 'rowena.santos@sahodpay.ph')} na mali yung tax ng 3 employees sa Cebu branch
**Mark (9:10 AM):** tawagan mo na lang siya sa ${phone('+63 2 8726 4193')}, local 214`),

  rec('chat_tk', f`Aşgabat – Mary – Türkmenabat zyýarat syýahaty üçin toparyň töleg maglumatlaryny we pasport sanawyny bir tablisa ýygna:
- Myhmanhana "Margiana" hasaby: ${v('financial.iban', 'BH50 NBOB 0000 1299 1234 56')} (Bahreýndäki hyzmatdaş agentlik arkaly)
- Topar ýolbaşçysy: Döwlet Annaýew, pasport ${v('pii.passport', 'A2917384')}, tel ${phone('+993 65 273918')}
- Ätiýaçlyk aragatnaşyk: ${v('pii.email', 'dovlet.annayew@mail.ru')}`),

  rec('whatsapp_gu', f`ગ્રાહક સાથેની WhatsApp ચેટ છે, આમાંથી ફરિયાદનો સાર અંગ્રેજીમાં લખો (કાર્ડ/આધાર નંબર વગર):

[10:14] ગ્રાહક: મારો ઓર્ડર #SRX-77120 હજુ નથી આવ્યો, પૈસા કપાઈ ગયા છે
[10:15] ગ્રાહક: કાર્ડ ${v('financial.payment_card', '4147 2093 8516 2741')} થી પેમેન્ટ કર્યું હતું
[10:17] સપોર્ટ: કૃપા કરીને KYC માટે આધાર આપો
[10:18] ગ્રાહક: ${v('pii.in_aadhaar', '7391 8264 0531')}
[10:19] ગ્રાહક: મારો નંબર ${phone('+91 79 2658 3174')} પર ફોન કરો`),

  rec('excel_lb', f`${mark('VERTRAULECH')} – Paie Januar, Client Restaurant Um Bock

Kanns du dës Lëscht an eng propper Tabell fir de Comptabel ëmsetzen?

${cfg(f`Matricule\tNumm\tIBAN\tE-Mail\tNetto
LU-0412\tWeber Claude\t${v('financial.iban', 'LU15 0141 8273 0491 6500')}\t${v('pii.email', 'claude.weber@pt.lu')}\t3 412,80
LU-0417\tFerreira Ana\t${v('financial.iban', 'PT95 0010 0000 4829 1637 5017 2')}\t${v('pii.email', 'ana.ferreira.lux@gmail.com')}\t2 987,15`)}`),

  rec('booking_km', f`សូមបកប្រែការកក់សណ្ឋាគារនេះជាភាសាខ្មែរ ដើម្បីផ្ញើទៅមេក្រុមទេសចរណ៍៖

Booking ref: SR-44821 · Angkor Heritage Resort, Siem Reap · 3 nights · 14 rooms
Guarantee card: Visa ${v('financial.payment_card', '4002 7183 9205 8761')}, exp 07/27
Group leader: Mr. Heng Sokha, passport ${v('pii.passport', 'N01928374')}, mobile ${phone('+855 96 218 4470')}
Billing contact: ${v('pii.email', 'accounts@angkorpilgrim.com.kh')}`),

  rec('config_be', f`${mark('Для службовага карыстання')}

Канфіг сэрвісу ўліку рэчавых доказаў. Пасля пераносу на новы сервер сэрвіс не падключаецца да базы, дапамажы знайсці памылку:

${cfg(f`[database]
host = ${amb('pii.ip_address', '10.12.0.45')}
port = 5432
name = evidence
user = evid_app
password = ${v('credential.password_assignment', 'Nyoman-Rechy-4471')}

[sentry]
dsn = ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@sentry.lab.local/7`)}

[notify]
admin_email = ${v('pii.email', 'it-lab@kryminal.by')}`)}`),

  rec('ci_zh_hk', f`我哋藥房 app 個 GitLab CI 失敗咗，順便幫手睇下個 .env 有冇搞錯，同埋個客人資料點解會喺 test fixture 度：

${cfg(f`# .gitlab-ci.yml (節錄)
variables:
  GIT_TOKEN: ${v('credential.gitlab_pat', GLPAT)}
  TEST_CUSTOMER_EMAIL: ${v('pii.email', 'wong.siuming@netvigator.com')}
  TEST_CUSTOMER_PHONE: "${phone('+852 2837 4015')}"`)}

呢個客人係真人嚟㗎，係咪要換做假資料？`),
];
