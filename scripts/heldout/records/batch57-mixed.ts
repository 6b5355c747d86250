/**
 * Held-out batch 57: longer texts mixing categories: incident notes, intake forms, exports, e-mail
 * threads and meeting notes from the six workplaces of the setting. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64URL, DIGITS, HEX, UPPER, fill, jwt, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b57m-akia', B32, 16));
const AKIA_SECRET = fill('b57m-akias', B62 + '/+', 40);
const FLEET_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'ops-console', tenant: 'incheon-3pl', role: 'fleet_admin', iat: 1732060800, exp: 1732147200 }, 'b57m-jwt');
const TW_TOKEN = fill('b57m-twtok', HEX, 32);
const TW_SID = tok('AC', fill('b57m-twsid', HEX, 32));
const HK_API = fill('b57m-hkapi', B62, 40);
const BEARER = fill('b57m-bearer', B62 + '-._~', 48);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04KQ7R2M', '/B07', fill('b57m-slhk1', UPPER + DIGITS, 8), '/', fill('b57m-slhk2', B62, 24));
const SG = tok('SG.', fill('b57m-sg1', B64URL, 22), '.', fill('b57m-sg2', B64URL, 43));

export const BATCH57_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident review: weighbridge data gap, 18–19 Nov

**Impact:** ~1,100 lift weights from 9 rounds not transferred to the billing system for 31 h. Commercial customers' invoices delayed.

**What happened**
- 18 Nov 22:10 the weighbridge PC at Bramley depot (${amb('pii.ip_address', '10.72.40.15')}) lost its mapped drive after a Windows update
- the export job kept writing to C:\\temp instead; nobody got the alert because it went to a leaver's mailbox (${v('pii.email', 'd.hargreaves@leedswaste.gov.uk')})
- 19 Nov 14:30 found by Priya (${phone('+44 7923 418 560')}); drive re-mapped with the service account \`svc_weigh\` / ${v('credential.password_in_prose', 'Skip-Hire-Gr8ve')} (the password was on a sticky note on the monitor — now changed)

**Actions:** move alerts to the shared ops mailbox; store the service account in the vault; ask IT to pause updates on the weighbridge PCs.

Please tidy this up for the scrutiny committee, remove anything they shouldn't see.`),

  rec('case_de_ch', f`Kannst du mir aus diesem Fall eine Zusammenfassung für den Garantieausschuss machen?

${v('confidential.marking', 'VERTRAULICH')} – Kulanzfall KF-24-117
Kunde: Alpen-Reisen Gstaad AG, Herr Beat Steiner, ${phone('044 268 31 47', 'CH')}, ${v('pii.email', 'beat.steiner@alpenreisen-gstaad.ch')}
Fahrzeug: Reisebus 3-Achser, Auslieferung 03/2022, Getriebeschaden bei 212'000 km (Garantie abgelaufen bei 200'000 km)
Vorschlag: 60 % Kulanz auf Teile, Arbeit zu Lasten Kunde. Gutschrift CHF 14'280.– auf ${v('financial.iban', 'CH26 0070 0167 5526 2437 4')}
Unser Händler in Thun bittet um rasche Entscheidung, der Kunde droht mit Wechsel zur Konkurrenz.`),

  rec('intake_es_mx', f`Pásame esto en limpio para el expediente del servicio, y genera la lista de pendientes:

HOJA DE INGRESO – Cooperativa Funeraria San José
Finada: Guadalupe Torres Medina, ${v('pii.date_of_birth', '02/11/1939')}, CURP ${ambCat('pii', 'TOMG391102MJCRDD05')}
Contratante: Miguel Ángel Torres (hijo), ${phone('+52 55 4172 8836')}, ${v('pii.email', 'miguel.torres.m@hotmail.com')}
Paquete: velación 24 h + cremación + urna de madera
Pago: anticipo con tarjeta ${v('financial.payment_card', '4345 1713 0970 7540')} ($12,000), saldo a 15 días
Notas: la familia quiere misa en la capilla a las 10:00, traer fotos para el altar`),

  rec('csv_fr_ca', f`Peux-tu me dire qui n'a pas encore confirmé sa chambre d'hôtel? Export du système d'accréditation :

${amb('source_code.snippet', f`nom;prenom;categorie;courriel;cellulaire;passeport;hotel_confirme
Gagnon;Émilie;Jury;${v('pii.email', 'emilie.gagnon@videotron.ca')};${phone('+1 514 872 3316')};;oui
Osei;Kwame;Invité;${v('pii.email', 'kwame.osei@ghanafilm.org')};${phone('+233 24 418 2739')};${v('pii.passport', 'G4182739')};non
Lindqvist;Anna;Presse;${v('pii.email', 'anna.lindqvist@svt.se')};${phone('+46 8 612 33 70')};${v('pii.passport', '94182736')};oui
Moreau;Julien;Industrie;${v('pii.email', 'j.moreau@filmsdelest.fr')};${phone('+33 6 41 82 73 91')};;non`)}`),

  rec('slack_thread', f`can someone sanity-check what Dev pasted in #fleet-ops before I delete it?

**dev.k** 10:42
staging robots can't pull maps from S3, here's what's on the jump box:
\`\`\`
${amb('source_code.snippet', f`aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = us-east-2`)}
\`\`\`
jump box is ${amb('pii.ip_address', '34.201.118.72')}, ping me at ${v('pii.email', 'dev.kapoor@kinetiq-robotics.com')} if you need the pem

**lena.m** 10:45
😬 that's the prod key, not staging

Write a short, non-blaming message to the channel explaining what to do next (rotate, check CloudTrail).`),

  rec('email_thread_en_in', f`Draft a reply to the shipping line, short and firm.

From: Rakesh Nair <${v('pii.email', 'rakesh.nair@nhavaclear.in')}>
To: Documentation Desk
Subject: FW: Delivery order pending – MRKU 7183342-0

Team, the line is holding the DO because the consignee's KYC is incomplete. They want a copy of the proprietor's passport (${v('pii.passport', 'Z4182736')}) and the detention refund must go to ${v('financial.iban', 'DE52 2005 0550 8445 6598 92')} (their Hamburg agent). Call me on ${phone('+91 80 4127 8853')} if unclear.

${amb('confidential.marking', 'This message and its attachments are confidential and intended solely for the addressee.')}`),

  rec('incident_ko', f`관제 콘솔 세션이 탈취된 것 같다는 보고가 있어서 정리했습니다. 경영진 보고용으로 다듬어 주세요.

- 11/20 09:12 인천 3PL 센터 관리자 계정(${v('pii.email', 'sj.lee@incheon3pl.co.kr')})으로 로봇 12대 일괄 정지 명령
- 접속 IP ${amb('pii.ip_address', '175.223.18.94')}, 평소와 다른 통신사 대역
- 브라우저 로컬스토리지에 남아 있던 토큰: ${v('credential.jwt', FLEET_JWT)}
- 담당자 연락처: ${phone('010-2741-8836', 'KR')} (야간)
- 조치: 토큰 폐기, 비밀번호 초기화, MFA 강제`),

  rec('tsv_fil', f`Pakiayos itong listahan ng consignees para sa notice ng demurrage, at sabihin kung sino ang may kulang na contact info:

${amb('source_code.snippet', f`consignee\tcontact\temail\tmobile\tBL
Santos Trading\tRowena Santos\t${v('pii.email', 'rowena@santostrading.ph')}\t${phone('+63 917 418 2739')}\tMNL24110873
Luzon Agri Supply\tJoel Bautista\t\t${phone('0918 227 4410', 'PH')}\tMNL24110912
Cebu Home Depot\tAna Lim\t${v('pii.email', 'ana.lim@cebuhome.com.ph')}\t\tCEB24110441`)}`),

  rec('meeting_notes_it', f`Verbale riunione coordinatori – 21 novembre

Presenti: Lucia, Franco, Davide, Marta
1. Nuovo fornitore bare (Legnami Molise): prima fornitura il 9/12. Pagamento anticipato 30% sul loro conto ${v('financial.iban', 'IT74 R050 3416 5750 0002 3657 465')}.
2. Sito web: Davide ha cambiato l'accesso all'area riservata, utente "coordinatori", password ${v('credential.password_in_prose', 'Crisantemo#Lecce24')} — da non girare via WhatsApp.
3. Reperibilità notturna dicembre: Franco (${phone('+39 335 718 2946')}) prima metà, Marta seconda metà.
4. Formazione tanatoprassi a Bologna a gennaio: due posti.

Trasforma in una lista di azioni con responsabili e scadenze.`),

  rec('chat_sw', f`Habari, nisaidie kuandika ripoti fupi ya tatizo la SMS kwa meneja.

Jana wakazi wa Kasarani hawakupata ujumbe wa ratiba ya kukusanya taka. Nilikagua na nikaona msimbo wa mfumo bado una akaunti ya zamani ya Twilio: SID ${v('credential.twilio_account_sid', TW_SID)}, token ${v('credential.twilio_auth_token', TW_TOKEN)}. Mkazi mmoja, Bi. Wanjiru, alipiga simu ofisini kutoka ${phone('+254 712 418 273')} kulalamika. Pia barua pepe yake ni ${v('pii.email', 'wanjiru.kamau@yahoo.com')} akitaka majibu.`),

  rec('manifest_yue', f`個 API 返 400，幫我睇下個 JSON 有咩問題？客人話聽日要清關。

${amb('source_code.snippet', f`POST /v1/declarations HTTP/1.1
Host: api.tradelink-gw.hk
X-Api-Key: ${v('credential.generic_secret_assignment', HK_API)}
Content-Type: application/json

{
  "declarant": { "name": "CHAN Ka Ho", "hkid": "${ambCat('pii', 'Y720394(0)')}", "tel": "${phone('6218 3347', 'HK')}", "email": "${v('pii.email', 'chan.kaho@kowloonfreight.hk')}" },
  "items": [ { "hs": "8516.71", "desc": "Espresso machine, used", "qty": 2, "value_hkd": 3800 } ],
  "port": "HKLCH"
}`)}`, 'HKID in a JSON payload: no built-in rule (ambiguous, no rule id)'),

  rec('sql_lv', f`Importēju šos iedzīvotājus jaunajā norēķinu sistēmā, bet trūkst kolonnas "konteinera_tips". Kā pielāgot INSERT?

${amb('source_code.snippet', f`INSERT INTO klienti (id, vards, epasts, talrunis, iban, adrese) VALUES
(30112, 'Ilze Bērziņa', '${v('pii.email', 'ilze.berzina@gmail.com')}', '${phone('+371 2618 3342')}', '${v('financial.iban', 'LV41UNLA1653698878432')}', 'Lāčplēša iela 41-3, Rīga'),
(30113, 'Andris Kalniņš', '${v('pii.email', 'andris.kalnins@inbox.lv')}', '${phone('67 218 445', 'LV')}', NULL, 'Tērbatas iela 12-9, Rīga');`)}`),

  rec('chat_ar_eg', f`عاوزك ترتب الجدول ده للضيوف الأجانب بتوع المهرجان وتقولي مين لسه ما بعتش صورة الباسبور:

١- Sofia Mancini – إيطاليا – باسبور ${v('pii.passport', 'YA4182739')} – ${v('pii.email', 'sofia.mancini@raicinema.it')}
٢- Daniel Mensah – غانا – لسه – ${phone('+233 24 731 8842')}
٣- Amira Haddad – لبنان – باسبور ${v('pii.passport', 'RL2741883')} – ${phone('+961 3 418 273')}

وكمان ابعت للسواق رقم الفندق ${phone('02 2736 4419', 'EG')} عشان ينسق الاستقبال من المطار.`),

  rec('log_hu', f`A garanciaportál naplójában ezt találtam, miért van benne a token és az e-mail cím? Kérem, segíts megfogalmazni egy jegyet a fejlesztőknek.

${amb('source_code.snippet', f`2024-11-20 08:14:22.918 DEBUG [http-nio-8443-exec-7] h.b.g.ApiClient - POST https://claims.buszgyar.hu/api/claims headers={Authorization=Bearer ${v('credential.bearer_token', BEARER)}, X-User=${v('pii.email', 'toth.gabor@volanbusz-szerviz.hu')}} remote=${amb('pii.ip_address', '84.2.213.57')}
2024-11-20 08:14:23.104 INFO  [http-nio-8443-exec-7] h.b.g.ClaimService - claim GAR-3342 created, chassis TMBJ4182739, dealer 0417`)}`),

  rec('ci_en_ng', f`Our GitHub Action for the duty calculator posts to Slack and emails the client, but now it fails on both steps. Please check:

${amb('source_code.snippet', f`name: duty-report
on:
  schedule: [{ cron: "0 6 * * 1-5" }]
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: node scripts/duty-report.js > report.txt
      - name: notify slack
        run: curl -X POST -H 'Content-type: application/json' --data "{\\"text\\":\\"duty report ready\\"}" ${v('credential.slack_webhook_url', SLACK_HOOK)}
      - name: mail client
        env:
          SENDGRID_API_KEY: ${v('credential.sendgrid_api_key', SG)}
          TO: ${v('pii.email', 'imports@lekkimotors.ng')}
        run: node scripts/mail.js report.txt`)}`),
];
