/**
 * Held-out batch 67: longer pastes mixing categories — incident notices, complaint mails, tickets
 * with stack traces, booking exports, tour itineraries and postmortems. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64URL, fill, jwt, tok } from '../tokens';

const AWS_ID = tok('AKIA', fill('b67m-akia', B32, 16));
const AWS_SECRET = fill('b67m-akias', B62 + '+/', 40);
const GLPAT = tok('glpat-', fill('b67m-glpat', B62 + '-_', 20));
const PORTAL_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'broker-portal', uid: 88412, scope: 'claims:write', iat: 1741600000, exp: 1741686400 }, 'b67m-jwt');
const SENDGRID = tok('SG.', fill('b67m-sg1', B64URL, 22), '.', fill('b67m-sg2', B64URL, 43));
const SLACK_BOT = tok('xoxb-', '5820193746', '1-', '7719283650144-', fill('b67m-xoxb', B62, 24));

export const BATCH67_MIXED: DraftRecord[] = [
  rec('incident_notice', f`${v('confidential.marking', 'TLP:AMBER')}

From: IT Manager, Fenwick Marine Supplies <${v('pii.email', 'it@fenwickmarine.co.uk')}>
To: Harrowgate Cyber Desk
Subject: Notification of a cyber incident – policy HGR-CY-2024-1187

At 02:14 on 10 March our firewall logged repeated RDP logins from ${amb('pii.ip_address', '185.225.17.42')} and ${amb('pii.ip_address', '45.141.84.120')}. The attacker used the local account "backupadmin" (password was ${v('credential.password_in_prose', 'Fenwick!Backup2')}, now disabled) to reach the file server ${amb('pii.ip_address', '192.168.10.20')} and encrypt the shares.

Out-of-hours contact: Gareth Pryce, ${phone('+44 7842 615093')}.

Please help me turn this into the carrier's first-notice-of-loss format (what/when/how discovered/actions taken).`),

  rec('complaint_pt', f`Bom dia, preciso de ajuda para responder a esta reclamação. Texto da paciente:

"Fiz um peeling químico na clínica de Lisboa (Avenidas Novas) no dia 3 de março e fiquei com queimaduras. Paguei com o cartão ${v('financial.payment_card', '4319-4028-5716-3022')} e quero o reembolso total. Os meus dados: Inês Carvalho Mota, NIF ${ambCat('pii', '248193075')}, nascida a ${v('pii.date_of_birth', '14/02/1991')}, telemóvel ${phone('+351 912 483 726')}, email ${v('pii.email', 'ines.cmota@sapo.pt')}."

Resposta formal, a pedir uma consulta de avaliação gratuita antes de decidir o reembolso.`, 'Portuguese NIF: no engine rule (ambiguous)'),

  rec('ticket_de', f`Ticket FAB2-MNT-4471 – Upload der PM-Checklisten schlägt fehl
Melder: ${v('pii.email', 'j.hartmann@norvale-semi.com')}, Tel. ${phone('0221 48273916', 'DE')}

Fehlermeldung aus dem Uploader:
${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/pmcheck/upload.py", line 58, in <module>
    s3.upload_file(path, "norvale-pm-checklists", key)
  File "/usr/lib/python3/dist-packages/boto3/s3/inject.py", line 145, in upload_file
    return transfer.upload_file(...)
botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.`)}

Konfiguration auf dem Rechner:
${amb('source_code.snippet', f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AWS_ID)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-1`)}

Kannst du mir eine Antwort an den Melder formulieren und sagen, was zu tun ist?`),

  rec('group_booking_tl', f`Pakiayos itong group booking para sa Batangas–Calapan, 6:00 AM, Abril 12. Gusto ko ng table at email sa coordinator.

Coordinator: Ma. Teresa Villanueva, ${phone('0928 361 4827', 'PH')}, ${v('pii.email', 'tess.villanueva@gmail.com')}
Mga pasahero:
- Ramon Villanueva, ipinanganak ${v('pii.date_of_birth', '05/18/1952')} (senior)
- Teresa Villanueva
- Paolo Villanueva, ipinanganak ${v('pii.date_of_birth', '11/02/2016')} (bata)
Bayad: Visa ${v('financial.payment_card', '4917 3058 2617 3947')}, exp 08/27
Sasakyan: Toyota Innova, plate NBC 4821`),

  rec('email_fr', f`Objet : ${v('confidential.marking', 'CONFIDENTIEL')} – dossier de la chanteuse pour le festival

Bonjour Hugo,

Pour la déclaration auprès de l'organisateur, voici les éléments de Léa Fontaine :
N° de sécurité sociale : ${v('pii.fr_nir', '1 91 01 64 388 047 37')} (c'est celui de son frère, elle m'envoie le sien demain)
IBAN pour le cachet : ${v('financial.iban', 'FR73 3000 6000 0117 3829 4610 527')}
Portable : ${phone('+33 6 18 42 73 95')}

Peux-tu me faire un tableau récapitulatif pour la compta ?`, 'a NIR the text says belongs to someone else is still a valid NIR: labelled'),

  rec('outage_ka', f`წყალმომარაგების შეწყვეტის ანგარიში — ვაკე, 11 მარტი

დისპეტჩერი: გიორგი ლომიძე, ${phone('555 31 84 07', 'GE')}
ბრიგადის უფროსი: ლევან ქავთარაძე, ${phone('+995 599 48 27 13')}
SCADA: ტუმბოს სადგური №3 (${amb('pii.ip_address', '10.12.40.23')}) არ პასუხობს; HMI-ზე შესასვლელად ლოგინი operator, პაროლი ${v('credential.password_in_prose', 'Vake#Pump3')}.
დაზარალებული აბონენტები: დაახლოებით 2 400.

გთხოვ, დამიწერე მოკლე შეტყობინება მოსახლეობისთვის (პაროლისა და ტელეფონების გარეშე).`),

  rec('itinerary_ja', f`${v('confidential.marking', '社外秘')}\u3000大阪・台北ツアー行程表（最終版）

出演者：高橋 蓮（ボーカル）\u3000旅券番号 ${v('pii.passport', 'TK4827361')}
\u3000\u3000\u3000\u3000中村 葵（キーボード）旅券番号 ${v('pii.passport', 'TR1938274')}
マネージャー：山本 健太\u3000携帯 ${phone('+81 90-4182-7365')}\u3000${v('pii.email', 'k.yamamoto@bluefinch-artists.jp')}
現地コーディネーター：林 志明\u3000${phone('+886 912 483 726')}

4/18 関空 → 桃園 CI153 / 4/19 台北公演 / 4/20 移動日

これを英語の行程表に直してください。旅券番号は伏せてください。`),

  rec('freight_az', f`Salam, yük maşınları üçün bərə sifarişini təsdiqləyən məktub yaz:

Şirkət: Qafqaz Logistika MMC
Əlaqə: Rəşad Quliyev, ${phone('+994 50 418 27 36')}, ${v('pii.email', 'rashad.guliyev@qafqazlog.az')}
Marşrut: Ələt – Kuryk, 2 TIR, 22 mart
Ödəniş: ilkin ödəniş kartla (${v('financial.payment_card', '5458720193647186')}), qalığı köçürmə ilə:
IBAN ${v('financial.iban', 'AZ15IBAZ38090019441938276155')}`),

  rec('postmortem', f`# Postmortem – Hillcrest reservoir overflow alarm storm (${v('confidential.marking', 'INTERNAL USE ONLY')})

**What happened:** on 9 March the level transmitter LT-204 at Hillcrest sent values jumping between 0 and 100% for 40 minutes; 1,312 alarms hit the control room.

**Timeline**
- 21:02 first alarm, operator on shift: ${v('pii.email', 'r.okafor@riverbend-water.gov')}
- 21:15 remote session to the RTU at ${amb('pii.ip_address', '10.44.2.17')} using the shared maintenance login (maint / ${v('credential.user_password_pair', 'Hillcrest-RTU-09')})
- 21:42 transmitter isolated, backup float switch in service

**Actions:** replace LT-204; stop using the shared RTU login; add alarm shelving.

Rewrite this for the monthly report to the city council: plain language, no technical identifiers.`),

  rec('questionnaire_hy', f`Բարև, օգնիր կիբեռապահովագրության հարցաթերթի պատասխանները կոկիկ անգլերենով ձևակերպել.

1. Պատասխանատու անձ՝ Արմեն Սարգսյան, ${v('pii.email', 'a.sargsyan@aratours.am')}, ${phone('+374 10 548372')}
2. Կրկնօրինակում՝ ամեն գիշեր, rsync://backup:${v('credential.url_password', 'AraBkp_2024')}@nas01.aratours.local/daily
3. MFA՝ միայն էլ. փոստի համար
4. Վերջին միջադեպ՝ 2023, ֆիշինգ, վնաս չի եղել`),

  rec('contract_sw', f`Habari, nisaidie kurekebisha rasimu hii ya mkataba wa msanii:

MKATABA WA UWAKALA – Bluefinch Artists Afrika Mashariki
Msanii: Baraka Otieno (jina la jukwaani "Baraka O")
Simu / M-Pesa: ${phone('+254 712 483 926')}
Barua pepe: ${v('pii.email', 'barakao.music@gmail.com')}
Tarehe ya kuzaliwa: ${v('pii.date_of_birth', '03/06/1996')}
Kamisheni: 20% ya mapato ya maonyesho; malipo ndani ya siku 14 baada ya onyesho.`),

  rec('csv_lv', f`Sveiki, šajā eksportā no rezervāciju sistēmas ir dubultie klienti. Palīdzi apvienot pēc e-pasta:

${amb('source_code.snippet', f`klients,epasts,talrunis,pedeja_karte
Ozols Jānis,${v('pii.email', 'janis.ozols@inbox.lv')},${phone('+371 2941 8273')},**** 3947
Ozols J.,${v('pii.email', 'janis.ozols@inbox.lv')},${phone('29418273', 'LV')},${v('financial.payment_card', '5219 3746 0182 5933')}
Kalniņa Ilze,${v('pii.email', 'ilze.kalnina@gmail.com')},${phone('+371 2640 1937')},**** 1022`)}`),

  rec('slack_ko', f`장비팀 슬랙에서 이런 메시지가 올라왔는데, 보안팀에 보고할 내용을 정리해 주세요.

[09:12] 박민수: PM 체크리스트 업로드 안 되시는 분 이 키로 해보세요
[09:12] 박민수: ${v('credential.aws_access_key_id', tok('AKIA', fill('b67m-akia2', B32, 16)))} / ${v('credential.aws_secret_access_key', fill('b67m-akias2', B62 + '+/', 40))}
[09:14] 이서연: 봇 토큰도 여기 있어요 ${v('credential.slack_bot_token', SLACK_BOT)}
[09:20] 박민수: 문의는 ${phone('010-4182-7365', 'KR')} 또는 ${v('pii.email', 'minsu.park@norvale-semi.co.kr')}`),

  rec('export_si', f`ආයුබෝවන්, මේ appointment export එකේ duplicate records හොයලා දෙන්න:

${amb('source_code.snippet', f`[
  {"id": 4811, "name": "Dilini Jayasuriya", "dob": "${v('pii.date_of_birth', '1989-12-03')}", "phone": "${phone('+94 77 418 2736')}", "email": "${v('pii.email', 'dilini.j@gmail.com')}", "slot": "2025-04-02T10:00"},
  {"id": 4812, "name": "Dilini Jayasooriya", "dob": "${v('pii.date_of_birth', '1989-12-03')}", "phone": "${phone('0774182736', 'LK')}", "email": "${v('pii.email', 'dilini.j@gmail.com')}", "slot": "2025-04-02T10:20"}
]`)}`),

  rec('incident_log_zh', f`客户（一家物流公司）发来的入侵日志片段，帮我整理成理赔报告的时间线：

${amb('source_code.snippet', f`2025-03-08 01:47:12 WARN  auth  login ok user=${v('pii.email', 'zhang.wei@hy-logistics.cn')} src=${amb('pii.ip_address', '103.152.118.9')} mfa=none
2025-03-08 01:49:55 INFO  api   POST /export/customers rows=48210 token=${v('credential.jwt', PORTAL_JWT)}
2025-03-08 02:03:31 WARN  mail  rule created: forward all to ${v('pii.email', 'hy.logistics.backup@proton.me')}
2025-03-08 02:05:08 INFO  mail  sendgrid key used: ${v('credential.sendgrid_api_key', SENDGRID)}`)}

另外客户联系人：张伟 ${phone('+86 138 1048 2736')}。`),

  rec('hmi_users_bs', f`Zdravo, ovo je lista korisnika za SCADA HMI na crpnoj stanici Bačevo. Napravi mi pravila za lozinke i reci koje naloge treba ugasiti:

${amb('source_code.snippet', f`korisnik;uloga;lozinka;email
operater1;OPERATOR;${v('credential.password_assignment', 'Bacevo2021')};${v('pii.email', 'dispecer@vik-sarajevo.ba')}
inzenjer;ENGINEER;${v('credential.password_assignment', 'Neretva#77')};${v('pii.email', 'e.begovic@vik-sarajevo.ba')}
servis_dobavljac;ADMIN;${v('credential.password_assignment', 'admin123')};-`)}

Git repo sa HMI projektom: https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.vik-sarajevo.ba/scada/hmi-bacevo.git`),
];
