/**
 * Held-out batch 71: longer pastes mixing categories — crew-change mails, HL7 messages, donor
 * exports, care-centre logs and stack traces, newsroom post-mortems — in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, UPPER, fill, jwt, tok } from '../tokens';

const CARE_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'agent:ph-ceb-2291', tenant: 'bayanmobile', roles: ['care_agent'], iat: 1732610041, exp: 1732653241 }, 'b71m-carejwt');
const NEWS_SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b71m-slt', UPPER + DIGITS, 8), '/B0', fill('b71m-slb', UPPER + DIGITS, 9), '/', fill('b71m-slh', B62, 24));
const SMS_API_KEY = fill('b71m-smskey', HEX, 40);
const NEWS_AWS_ID = tok('AKIA', fill('b71m-akia', B32, 16));
const NEWS_AWS_SECRET = fill('b71m-awssec', B64, 40);
const SENTRY_KEY = fill('b71m-sentry', HEX, 32);
const GRAFANA_TOKEN = tok('glsa_', fill('b71m-glsa1', B62, 32), '_', fill('b71m-glsa2', HEX, 8));
const MAPBOX = tok('sk.', 'eyJ1IjoibmJ', fill('b71m-mbx1', B64URL, 60), '.', fill('b71m-mbx2', B64URL, 22));

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH71_MIXED: DraftRecord[] = [
  rec('email_en_gb', f`Can you rewrite this for the crew WhatsApp group? Shorter, no internal stuff, but keep the phone numbers.

From: Fiona McLeod <${v('pii.email', 'fiona.mcleod@northbar-drilling.co.uk')}>
To: Rig Crew B
Subject: Crew change 05/12 – fog at Sumburgh

All,
Thursday's flight to the Sentinel is cancelled due to fog. New plan: overnight at the Sumburgh Hotel, flight 06/12 at 07:40 subject to weather.
Hotel booking portal for your own room changes: user NBD-crewB, password ${v('credential.password_in_prose', 'Puffin-Fog-2024')}.
Logistics on call: Callum Reid ${phone('07931 482 706', 'GB')}, or the Aberdeen ops desk ${phone('+44 1224 583910')}.
Anyone with an expiring BOSIET or medical this month, reply to ${v('pii.email', 'crewing@northbar-drilling.co.uk')} today.

Fiona
Northbar Drilling Ltd · ${v('confidential.marking', 'COMPANY CONFIDENTIAL')}`),

  rec('email_nb', f`Kan du skrive et høflig svar til sykehuset i Førde? Kort og saklig.

Fra: Trond Viken <${v('pii.email', 'trond.viken@helse-vestkyst.no')}>
Emne: Overføring av MR-bilder – pasient ${ambCat('pii', '070291 53684')}

Hei,
Vi får ikke hentet bildene fra dere. DICOM-noden vår er RADVK_ROUTER på ${amb('pii.ip_address', '10.118.4.20')}, port 104. Hvis det haster kan dere logge inn på bildeportalen vår med bruker forde-rad og passord ${v('credential.password_in_prose', 'Sunnfjord!Mr31')} og laste opp manuelt.
Pasienten (f. ${v('pii.date_of_birth', '07.02.1991')}) står oppsatt til kontroll 10.12. Ring meg gjerne på ${phone('+47 55 38 27 40')}.

Mvh Trond, IKT radiologi`, 'Norwegian fødselsnummer: no built-in rule'),

  rec('ticket_es_ve', f`Ayúdame a responderle a este cliente, está molesto. Te pego el ticket y lo que salió en el log:

Ticket #CAC-VLN-99127
Cliente: Andreína Carolina Mendoza
Correo: ${v('pii.email', 'andreina.mendoza@gmail.com')}
Teléfono: ${phone('+58 212 951 8374')}
Mensaje del cliente: "Pagué la recarga de 600 Bs con mi tarjeta ${v('financial.payment_card', '4271 3856 0194 8374')} y me la cobraron pero no me llegó el saldo, ya van 3 días!!!"

${cfg(f`2024-11-26 21:14:07 WARN recargas-svc txn=RC-884120 msisdn=${phone('+584142837190')} monto=600.00 estado=PENDIENTE_BANCO origen=${amb('pii.ip_address', '186.92.37.114')}
2024-11-26 21:14:37 ERROR recargas-svc txn=RC-884120 timeout esperando confirmacion del adquirente`)}

Dile que la transacción quedó pendiente del banco y que se revierte sola en 72 horas. No repitas el número de tarjeta.`),

  rec('csv_de', f`Bitte gleiche diese Spenderliste mit der Zuwendungsbestätigungs-Vorlage ab und sag mir, wo Angaben fehlen:

${cfg(f`spender_id;name;geburtsdatum;email;iban;betrag_2024
A-10442;Dr. Hannelore Brückner;${v('pii.date_of_birth', '1951-03-08')};${v('pii.email', 'h.brueckner@t-online.de')};${v('financial.iban', 'DE85 2005 0550 1806 8927 74')};2500,00
A-10517;Matthias Egli;${v('pii.date_of_birth', '1979-11-23')};${v('pii.email', 'matthias.egli@bluewin.ch')};${v('financial.iban', 'CH63 0839 0390 2053 6040 2')};800,00
A-10603;Leonie Strauß;;${v('pii.email', 'leonie.strauss@posteo.de')};;150,00`)}

Die Alumni-Stiftung braucht bis 31.1. alle Bestätigungen.`),

  rec('log_tr', f`Hurda alım kayıtlarını muhasebe için özetler misin? Kime ne kadar ödeme yapılacak, kimin IBAN'ı eksik?

${cfg(f`tarih;fis_no;satici;tc_no;telefon;malzeme;net_kg;tutar_tl;iban
26.11.2024;HF-24-3317;Hasan Yıldız;${ambCat('pii', '52810473628')};${phone('0 (533) 729 41 85', 'TR')};bakır kablo;212;61.480;${v('financial.iban', 'TR79 0001 5012 1991 5041 6877 01')}
26.11.2024;HF-24-3318;Ayşe Demir;${ambCat('pii', '38491720510')};${phone('+90 532 418 27 93')};alüminyum profil;540;48.600;${v('financial.iban', 'TR61 0006 2084 7729 8756 5878 82')}
26.11.2024;HF-24-3319;Kemal Arslan;;${phone('+90 542 318 47 26')};hurda demir;3.120;31.200;`)}`, 'Turkish TC numbers in a scrap-purchase log: no built-in rule'),

  rec('crew_list_ar_iq', f`${v('confidential.marking', 'سري')} – للاستخدام الداخلي

قائمة طاقم الحفار "الرافدين-4" لتبديل الوجبة يوم 8/12:
1. علي حسين جبار – جواز ${v('pii.passport', 'A18274930')} – ${phone('0781 936 2047', 'IQ')}
2. مصطفى كريم عباس – جواز ${v('pii.passport', 'A20493817')} – ${phone('+964 770 482 7391')}
3. المهندس أحمد ناظم – البريد ${v('pii.email', 'ahmed.nadhim@rafidain-drilling.iq')}

رتب هذي القائمة بجدول وأضف عمود لحالة شهادة السلامة (BOSIET).`),

  rec('email_ja', f`視聴者からの情報提供メールです。デスク会議用に要点を3行でまとめてください。あと、ボットの設定もついでに確認してほしいです。

差出人：山口 健太 <${v('pii.email', 'kenta.yamaguchi.77@gmail.com')}>
件名：駅前再開発の件
本文：市の説明会で配られた資料と実際の工事計画が違います。資料の写真を持っています。連絡は携帯 ${phone('+81 90-4827-3916')} までお願いします。

【${v('confidential.marking', '社外秘')}】ネタ管理ボット設定（抜粋）
${cfg(f`notify:
  slack_webhook: ${v('credential.slack_webhook_url', NEWS_SLACK_HOOK)}
  channel: "#tips-desk"
  mention: "@desk-oncall"`)}`),

  rec('stacktrace_en_ph', f`Agent dashboard crashes when opening some accounts. Here's the trace from prod, can you tell which field is null?

${cfg(f`2024-11-26T14:03:22.481+08:00 ERROR [care-ui-api] [req=6f1d2c9a] GET /api/accounts/ACC-20931877/summary
com.bayan.care.AccountSummaryException: failed to build summary for msisdn=${phone('+639178243190')}
	at com.bayan.care.summary.SummaryService.build(SummaryService.java:211)
	at com.bayan.care.web.AccountController.summary(AccountController.java:88)
Caused by: java.lang.NullPointerException: Cannot invoke "String.trim()" because "profile.altEmail" is null
	at com.bayan.care.summary.ProfileMapper.map(ProfileMapper.java:47)
request.headers: {Authorization=Bearer ${v('credential.jwt', CARE_JWT)}, X-Forwarded-For=${amb('pii.ip_address', '112.198.74.31')}}
profile: {name="Rommel A. Dizon", email="${v('pii.email', 'rommel.dizon@gmail.com')}", altEmail=null, plan="Postpaid 999"}`)}`),

  rec('export_pt_br', f`Preciso conferir a lista de inscritos do jantar de ex-alunos antes de mandar pro buffet. Vê se tem gente duplicada e quem ainda não pagou:

${cfg(f`inscricao,nome,cpf,email,pagamento,status
J-0211,Fernanda Lopes Ribeiro,${v('pii.br_cpf', '173.058.264-80')},${v('pii.email', 'fernanda.lribeiro@uol.com.br')},cartão **** 4417,pago
J-0212,Carlos Eduardo Mota,${v('pii.br_cpf', '905.318.726-02')},${v('pii.email', 'cadu.mota@gmail.com')},pix,pendente
J-0213,Fernanda L. Ribeiro,${v('pii.br_cpf', '173.058.264-80')},${v('pii.email', 'fernanda.ribeiro@alumni.ufx.br')},cartão ${v('financial.payment_card', '6363 6802 7194 5385')},pago`)}

A terceira linha veio do formulário antigo que não mascarava o cartão.`),

  rec('postmortem_ru', f`${v('confidential.marking', 'ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ')}

Разбор инцидента: потеря связи с буровой «Каспий-7», 19.11
- 03:12 пропал канал VSAT, резервный LTE-роутер не поднялся
- 03:40 дежурный инженер подключился к роутеру ${amb('pii.ip_address', '172.16.40.1')} через консоль, логин admin / пароль ${v('credential.password_in_prose', 'Volga#Rig7')} (заводской не меняли!)
- 04:25 связь восстановлена, данные телеметрии за 73 минуты потеряны
- Мониторинг: токен Grafana в скрипте проверки ${v('credential.grafana_service_account_token', GRAFANA_TOKEN)} — не имел прав на алерты
Ответственный: Смирнов Д.А., ${v('pii.email', 'd.smirnov@kaspiy-burenie.ru')}, ${phone('8 (495) 718-29-46', 'RU')}

Сделай из этого отчёт в формате 5 Whys.`),

  rec('export_ko', f`${v('confidential.marking', '대외비')} — 발전기금 고액 기부자 명단(2024 하반기)

${cfg(f`이름,졸업연도,이메일,휴대전화,약정액(만원)
박성민,1992,${v('pii.email', 'sm.park92@gmail.com')},${phone('010-4827-3916', 'KR')},5000
이은정,1998,${v('pii.email', 'ej.lee@kakao.com')},${phone('+82 10-2918-4730')},3000
최동훈,1985,${v('pii.email', 'dh.choi@hanmail.net')},,10000`)}

총장님 감사 편지 발송 대상을 약정액 3000만원 이상으로 골라 주시고, 편지 초안도 써 주세요.`),

  rec('hl7_pl', f`Ten komunikat ADT z HIS nie zakłada pacjenta w RIS. Który segment jest źle sformatowany?

${cfg(f`MSH|^~\\&|HIS|SZPITAL_WOJ|RIS|RADIOLOGIA|20241126093215||ADT^A04|MSG00418273|P|2.5
EVN|A04|20241126093215
PID|1||${ambCat('pii', '78031405820')}^^^PESEL^NI||Kaczmarek^Bożena||${v('pii.date_of_birth', '19780314')}|F|||ul. Lipowa 14^^Białystok^^15-427^PL||${phone('601382947', 'PL')}
PV1|1|O|RTG^^^SZPITAL_WOJ||||1029^Nowak^Jan`)}`, 'PESEL in an HL7 PID segment: no built-in rule'),

  rec('sms_log_sw', f`Tafadhali nisaidie kuelewa kwa nini ujumbe huu ulishindwa kufika kwa wateja, na uandike taarifa fupi kwa msimamizi:

${cfg(f`[2024-11-26 19:02:11] SEND to=${phone('+255 754 382 917')} msg="Umepokea bando la 5GB. Muamala: SKL4X9QTR2" status=DELIVERED
[2024-11-26 19:02:12] SEND to=${phone('+255 713 482 905')} msg="Umepokea bando la 1GB. Muamala: SKL4X9QTR7" status=FAILED code=34
[2024-11-26 19:02:12] gateway=smpp-dar-02 api_key=${v('credential.generic_secret_assignment', SMS_API_KEY)} throughput=48/s`)}`),

  rec('email_fr_ma', f`Peux-tu reformuler ce mail pour notre client espagnol, en français simple ?

Objet : Facture FA-2024-0931 – ferraille HMS 1&2

Bonjour M. Ortega,
Veuillez trouver ci-joint la facture pour le conteneur de 24,6 t chargé au port de Casablanca. Le règlement se fait par virement sur notre compte :
RIB : ${ambCat('financial', '011 780 0004827391065238 17')}
SWIFT : ${amb('financial.swift_bic', 'BMCEMAMC')}
Pour toute question : Karim Benjelloun, ${phone('0522 48 37 91', 'MA')}, ${v('pii.email', 'k.benjelloun@ferrometal.ma')}

Cordialement`, 'Moroccan RIB: an account number with no built-in rule'),

  rec('email_ka', f`ეს მიმოწერა თარგმნე ინგლისურად, ბუღალტერიისთვის:

From: ლევან კაპანაძე <${v('pii.email', 'levan.kapanadze@gmail.com')}>
გამარჯობა, ქუთაისის წყალდიდობის კადრებისთვის ჰონორარი (450 ლარი) გადმორიცხეთ ამ ანგარიშზე: ${v('financial.iban', 'GE09 BG02 8496 2424 7142 18')}. ტელეფონი: ${phone('+995 599 41 82 73')}.

> ახალი ამბების რედაქცია: მადლობა, ლევან. გადახდა ხუთშაბათს იქნება.`),

  rec('postmortem_en_us', f`Write this up as a blameless postmortem for the station's IT steering group, with action items.

Incident: election-night results map went blank for 22 minutes (9:41–10:03 p.m.)
- The results scraper runs on a box in the newsroom closet (${amb('pii.ip_address', '10.20.5.44')}) and uploads JSON to S3. It still used a personal IAM key: ${v('credential.aws_access_key_id', NEWS_AWS_ID)} / ${v('credential.aws_secret_access_key', NEWS_AWS_SECRET)}, which the owner rotated that afternoon.
- Map tiles use our Mapbox secret token ${v('credential.mapbox_secret_token', MAPBOX)} (that part was fine).
- Error alerts went to Sentry (${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506620.ingest.us.sentry.io/4506620188049408`)}) but nobody was watching the project.
- Fixed by the graphics producer, Jamal Price (${v('pii.email', 'jprice@kvtr9news.com')}, ${phone('(614) 582-3907', 'US')}).`),

  rec('chat_sq', f`Më ndihmo të shkruaj një email për departamentin e financës: kontraktori ynë i ri në platformën e shpimit, z. Ilir Dervishi, duhet paguar për muajin nëntor.

IBAN: ${v('financial.iban', 'AL87 2123 0973 9854 5119 2429 9664')}
Email: ${v('pii.email', 'ilir.dervishi@outlook.com')}
Tel: ${phone('+355 69 482 7316')}
Pasaporta: ${v('pii.passport', 'BA4827391')}
Shuma: 3 850 EUR, fatura nr. 11/2024`),
];
