/**
 * Held-out batch 164: longer texts mixing categories — incident notes, e-mail threads, exports,
 * handovers and stack traces from a stadium, a rare-disease registry, a rail freight operator, a
 * tenant helpdesk, a kombucha distributor desk and an archive reading room. Hand-written.
 */
import { ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);
const mark = (s: string) => v('confidential.marking', s);

const SLACK_BOT = tok('xoxb-', '4718203956', '1-', '8291736450128-', fill('b164m-xoxb', B62, 24));
const GHP = gh('ghp', 'Tq3Wn8Lx5Zr1Kv7Md2Hc9Bf4Yp6Gs0');
const SENTRY_KEY = fill('b164m-sentry', HEX, 32);
const AT_IBAN = ibanWithCheck('AT', '1904300234573201');
const DK_IBAN = ibanWithCheck('DK', '30000004827193');
const NO_IBAN = ibanWithCheck('NO', '86010483726');
const MC = luhnWithCheck('531947208361547');
const SESSION_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'tenant-48213', unit: '4B', iat: 1731916800, exp: 1731920400 }, 'b164m-jwt');
const OPENAI = tok('sk-', 'proj-', fill('b164m-oa1', B64URL, 74), 'T3BlbkFJ', fill('b164m-oa2', B64URL, 74));

export const BATCH164_MIXED: DraftRecord[] = [
  rec('incident', f`# Incident note – turnstile whitelist outage, Saturday

**Impact:** Gates A–C rejected valid season cards for 22 minutes (14:18–14:40). Approx. 3,100 fans queued; two crowd-pressure reports at Gate B.

**Timeline**
- 14:18 sync job fails: \`401 from ${ip('172.20.8.41')}\` (turnstile controller)
- 14:21 on-call (${mail('matchday-it@harbourside-stadium.co.uk')}, ${phone('07912 483 605', 'GB')}) paged
- 14:33 found the controller password had been rotated by the vendor; new one put in the job config: \`TURNSTILE_PASSWORD=${v('credential.password_assignment', 'Gate-Sync!Winter24')}\`
- 14:40 whitelist re-synced, gates back to normal

Rewrite this for the safety advisory group, no technical credentials.`),

  rec('email_thread_de', f`Kannst du mir helfen, Herrn Gruber zu antworten? Kurz und freundlich.

Von: Stefan Gruber <${mail('s.gruber@getraenke-gruber.at')}>
Gesendet: Montag, 18. November 2024 08:52
Betreff: Re: Rechnung KB-AT-2024-118

Grüß Gott,

die Gutschrift für die beschädigten Kisten (12 × Kombucha Holunder) ist noch nicht eingegangen. Unsere Bankverbindung, falls sie Ihnen fehlt:
IBAN ${v('financial.iban', spacedFours(AT_IBAN))}
Rückfragen gerne unter ${phone('0664 482 7193', 'AT')}.

> Am 11.11.2024 schrieb Lena Fischer:
> Die Gutschrift über € 142,80 wird diese Woche überwiesen.`),

  rec('handover_es', f`Nota de relevo – mostrador del registro de enfermedades raras, turno de tarde

- Llamó la madre de Lucas Ferrer (nacido el ${dob('03/07/2016')}): cambia de teléfono, nuevo ${phone('+34 654 827 193')}, y de correo, ${mail('nuria.ferrer.pons@gmail.com')}.
- El escáner de la sala 2 no funciona, ticket abierto con informática (IP del equipo ${ip('10.12.6.58')}).
- Documentación del estudio Orfagen: ${mark('CONFIDENCIAL')}, guardada en el armario B, no enviar por correo.

Redáctalo en formato de lista para el turno de mañana, por favor.`),

  rec('stacktrace', f`The wagon defect sync to the keeper's system started crashing after the SDK upgrade. Trace + the config the job uses:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/planner/sync_defects.py", line 88, in <module>
    main()
  File "/opt/planner/sync_defects.py", line 71, in main
    client.post_message(channel="#defects-a", text=summary)
  File "/usr/lib/python3.11/site-packages/slack_sdk/web/client.py", line 2310, in post_message
    raise SlackApiError("channel_not_found")
slack_sdk.errors.SlackApiError: channel_not_found`)}

${amb('source_code.snippet', f`slack:
  token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: "#defects-a"
keeper_api:
  base_url: https://keeper-portal.corvia.eu/api
  host: ${ip('10.44.2.19')}`)}`),

  rec('csv_it', f`Unisci questi due elenchi di distributori e segnala i doppioni:

${amb('source_code.snippet', f`ragione_sociale;referente;email;telefono;iban
Bevande Nord Srl;Giulia Conti;${mail('g.conti@bevandenord.it')};${phone('+39 02 4827 1936')};${v('financial.iban', ibanWithCheck('IT', 'X0538701600000004827193'))}
Distribuzioni Adriatico;Marco Ferri;${mail('m.ferri@distriadriatico.it')};${phone('+39 071 284 7391')};
Bevande Nord S.r.l.;G. Conti;${mail('g.conti@bevandenord.it')};${phone('+39 02 4827 1936')};${v('financial.iban', ibanWithCheck('IT', 'X0538701600000004827193'))}`)}`),

  rec('chat_da', f`Hej, kan du hjælpe mig med at svare en lejer? Han skrev til helpdesken:

"Hej, jeg er flyttet ud af lejlighed 3. tv. på Nørrebrogade. Depositum bedes overført til ${v('financial.iban', DK_IBAN)}. Min nye adresse er Jagtvej 84, 2200 København N, og I kan ringe på ${phone('20 48 27 19', 'DK')}. Mvh Mads Jørgensen (${mail('mads.jorgensen@mail.dk')})"

Svaret skal sige, at vi først udbetaler efter flyttesynet den 28.`),

  rec('chat_no', f`Hei! Kan du skrive et kort svar til denne forhandleren? Hun sendte:

"Hei, vi har betalt faktura 2024-311 to ganger ved en feil. Kan dere tilbakebetale til ${v('financial.iban', NO_IBAN)}? Ring meg gjerne på ${phone('912 48 273', 'NO')} hvis noe er uklart. Hilsen Ingrid Solberg, Kombucha-kiosken Bergen"`),

  rec('email_fr_ca', f`Peux-tu résumer ce fil pour mon gestionnaire?

De : Geneviève Lapointe <${mail('genevieve.lapointe@videotron.ca')}>
À : ${mail('soutien-locataires@hearthgate.ca')}
Objet : Fuite au plafond – app. 304

Bonjour, la fuite est revenue. J'ai pris des photos. Vous pouvez me joindre au ${phone('438 827 1946', 'CA')} en tout temps. Pour le remboursement du plombier que j'ai payé moi-même (325 $), ma carte de crédit c'est la même que pour le loyer : ${v('financial.payment_card', spacedFours(MC))}.

Merci,
Geneviève`),

  rec('log_json', f`Help me figure out why some tenants get logged out after 5 minutes. Sample from the API gateway:

${amb('source_code.snippet', f`{"ts":"2024-11-18T09:14:02Z","level":"warn","msg":"token expired","user":"${mail('kemal.ozturk@gmail.com')}","client_ip":"${ip('78.180.42.113')}","authorization":"Bearer ${v('credential.jwt', SESSION_JWT)}"}
{"ts":"2024-11-18T09:14:03Z","level":"info","msg":"refresh ok","user":"${mail('kemal.ozturk@gmail.com')}","client_ip":"${ip('78.180.42.113')}"}`)}`),

  rec('meeting_pt_br', f`Ata da reunião com distribuidores – 19/11

Presentes: Carla (Wild Scoby), Thiago Menezes (Distribuidora Sul), Priscila Andrade (Empório Verde)
- Thiago pediu prazo de 45 dias. Contato dele: ${phone('(51) 98473-2916', 'BR')}, ${mail('thiago@distsul.com.br')}
- Priscila vai mandar o novo CNPJ e o contrato assinado
- Acesso ao portal de pedidos para a Priscila: usuário emporio.verde, senha provisória ${v('credential.password_in_prose', 'Verde#Pedido24')}

Transforma em lista de tarefas com responsável e prazo.`),

  rec('chat_ru_archive', f`Коллега оставила записку по регистрации читателей, помоги оформить её как письмо руководителю:

"Новая читательница Ирина Волкова (д.р. ${dob('02.02.1972')}, тел. ${phone('+7 921 483-92-17')}, ${mail('i.volkova@spbu.ru')}) просит доступ к фонду 1278. Фонд ${mark('ДСП')}, нужна резолюция директора. Сканер в зале опять падает, IP ${ip('192.168.12.40')}."`),

  rec('git_ja', f`CIのログに変なURLが出ています。これは大丈夫ですか？

${amb('source_code.snippet', f`$ git clone https://${v('credential.github_pat', GHP)}@github.com/kombucha-wildscoby/distributor-portal.git
Cloning into 'distributor-portal'...
fatal: unable to access 'https://github.com/kombucha-wildscoby/distributor-portal.git/': The requested URL returned error: 403`)}

担当者：佐藤（${mail('k.sato@wildscoby.jp')}、${phone('080-4827-1936', 'JP')}）`),

  rec('email_ko', f`아래 메일을 영어로 번역해 주세요.

제목: [${mark('대외비')}] 희귀질환 레지스트리 데이터 요청 관련

안녕하세요, 박서연입니다. 요청하신 환자 집계표는 개인식별정보를 제외하고 보내드리겠습니다. 문의는 ${phone('02-3482-7196', 'KR')} 또는 ${mail('seoyeon.park@rarereg.kr')}로 주세요.`),

  rec('python_sentry', f`Our stadium app's crash reports stopped arriving in Sentry. Init code and last error:

\`\`\`python
${v('source_code.snippet', f`import sentry_sdk

sentry_sdk.init(
    dsn="${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o391827.ingest.de.sentry.io/4507219384756`)}",
    traces_sample_rate=0.2,
    environment="matchday",
)`)}
\`\`\`

Error on startup: "Failed to send event: 403". The same DSN works on my laptop at home (${ip('81.2.69.160')}).`),

  rec('notes_tr', f`Toplantı notu – kiracı şikâyetleri, Kadıköy bloğu

- Daire 9: asansör arızası, kiracı Hakan Demir (${phone('0533 482 71 95', 'TR')}) ikinci kez aradı
- Daire 14: su kaçağı, sigorta dosyası açıldı
- Yönetim portalı için yeni şifre: ${v('credential.password_in_prose', 'Kadikoy-Blok#9')} (Ayşe'ye sözlü iletildi)

Bunu haftalık rapor formatına çevirir misin?`),

  rec('chat_hinglish_ai', f`Yaar mera script reading room registrations ko categorise karta hai OpenAI se. Key yeh hai ${v('credential.openai_api_key', OPENAI)}. Har request pe ek researcher ka naam, email jaise ${mail('r.mehta@jnu.ac.in')} aur phone ${phone('+91 98104 72836')} bhi jaata hai. Kya yeh DPDP Act ke hisaab se theek hai?`),
];
