/**
 * Held-out batch 39: credentials pasted by the staff of a wine estate and cellar-door shop, a
 * refugee-resettlement legal clinic, a hydrogen-electrolyser manufacturer, a regional newspaper's
 * classifieds and obituaries desk, a hospital laundry and an esports tournament organiser, in
 * English (NZ, Singapore, Barbados, Wales), Afrikaans, isiXhosa, Sesotho, German, Danish, Faroese,
 * Maltese, Turkish, Kurmanji, Pashto, Dari, Tigrinya and Burmese. Hand-written.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, BECH32, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const SHPAT = tok('shpat_', fill('b39-shpat', HEX, 32));
const SQUARE = tok('EAAA', fill('b39-square', B64URL, 60));
const DISCORD_BOT = tok(b64('1241876093518274650').replace(/=+$/, ''), '.', fill('b39-disc1', B64URL, 6), '.', fill('b39-disc2', B64URL, 38));
const TEAMS_HOOK = tok(
  'https://vaskerietsyd.webhook.office.com/webhookb2/',
  '8d21f4c7-3a90-4e6b-b5d2-71c09e3a4f18@c4e97a02-6d15-4b38-9f7e-25a8d1b0c963/IncomingWebhook/',
  fill('b39-teams1', HEX, 32), '/', 'a93c5e17-40b2-4d8f-86e1-3b7f02c9d5a4/', 'V2', fill('b39-teams2', B64URL, 43),
);
const AKIA = tok('AKIA', fill('b39-akia', B32, 16));
const AKIA_SECRET = fill('b39-akias', B64, 40);
const GLSA = tok('glsa_', fill('b39-glsa1', B62, 32), '_', fill('b39-glsa2', HEX, 8));
const MSSQL_PW = 'Ħarifa#Linen2024';
const AZ_CLIENT_SECRET = tok(fill('b39-azcs1', B62, 3), '8Q~', fill('b39-azcs2', B62 + '_-.~', 34));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b39-ant', B64URL, 93), 'AA');
const TWITCH_SECRET = fill('b39-twitch', LOWER + DIGITS, 30);
const RIOT = tok('RGAPI-', fill('b39-riot1', HEX, 8), '-', fill('b39-riot2', HEX, 4), '-', fill('b39-riot3', HEX, 4), '-', fill('b39-riot4', HEX, 4), '-', fill('b39-riot5', HEX, 12));
const AZ_STORAGE = `${fill('b39-azst', B64, 86)}==`;
const SAS_SIG = `${fill('b39-sas1', B62, 16)}%2F${fill('b39-sas2', B62, 11)}%2B${fill('b39-sas3', B62, 14)}%3D`;
const TELEGRAM = tok('7184395021', ':AA', fill('b39-tg', B64URL, 33));
const INFLUX = `${fill('b39-influx', B64URL, 86)}==`;
const EC_KEY = pem('EC PRIVATE KEY', 'b39-eckey', 121);
const GLPAT = tok('glpat-', fill('b39-glpat', B62 + '-_', 20));
const VAULT = tok('hvs.', 'CAESI', fill('b39-vault', B64URL, 86));
const DAPI = tok('dapi', fill('b39-dapi', HEX, 32));
const TFC = tok(fill('b39-tfc1', B62, 14), '.atlasv1.', fill('b39-tfc2', B62, 67));
const AGE = tok('AGE-SECRET-KEY-', '1', fill('b39-age', BECH32, 58));
const PYPI = tok('pypi-', 'AgEIcHlwaS5vcmc', fill('b39-pypi', B64URL, 150));
const WP_APP_PW = `${fill('b39-wp1', B62, 4)} ${fill('b39-wp2', B62, 4)} ${fill('b39-wp3', B62, 4)} ${fill('b39-wp4', B62, 4)} ${fill('b39-wp5', B62, 4)} ${fill('b39-wp6', B62, 4)}`;
const CF_TOKEN = fill('b39-cftok', B62 + '_-', 40);
const GOOGLE = tok('AIza', 'Sy', fill('b39-gapi', B64URL, 33));
const BASIC = b64('adbook-sync:Reef-Gazette-7731');
const MAILGUN = tok('key-', fill('b39-mailgun', HEX, 32));
const DD_API = fill('b39-ddapi', HEX, 32);
const BEARER = fill('b39-bearer', B62 + '-._', 56);
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248930571629384716', '/', fill('b39-dhook', B64URL, 68));
const JWT_TOURNEY = jwt({ alg: 'RS256', typ: 'JWT', kid: 'arena-2024-11' }, { sub: 'org_admin_117', aud: 'bracket-api', scope: 'matches:write results:write', iat: 1733312400, exp: 1733398800 }, 'b39-jwt1');
const OPENAI = tok('sk-proj-', fill('b39-oai1', B64URL, 74), 'T3BlbkFJ', fill('b39-oai2', B64URL, 74));
const HF = tok('hf_', fill('b39-hf', UPPER + LOWER, 34));
const GH_FINE = tok('github_pat_', '11B', fill('b39-ghfp1', UPPER + DIGITS, 19), '_', fill('b39-ghfp2', B62, 59));
const VERCEL = fill('b39-vercel', B62, 24);
const SENTRY_KEY = fill('b39-sentry', HEX, 32);
const RK_LIVE = tok('rk_', 'live_', '51', fill('b39-rklive', B62, 97));
const TLS_KEY_B64 = b64(`${pem('PRIVATE KEY', 'b39-tlskey', 1218)}\n`);
const MAILCHIMP = tok(fill('b39-mc', HEX, 32), '-us14');
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b39-sklive', B62, 97));
const WHSEC = tok('whsec_', fill('b39-whsec', B62, 32));
const GOCSPX = tok('GOCSPX-', fill('b39-gocspx', B64URL, 28));
const DOCKER_AUTH = b64('kelder-ci:Pinotage_Rooibos_88');
const TWILIO_SID = tok('AC', fill('b39-twsid', HEX, 32));
const TWILIO_TOKEN = fill('b39-twtok', HEX, 32);
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b39-atl', B64URL, 171), '=', fill('b39-atl2', HEX.toUpperCase(), 8));
const OSSH = pem('OPENSSH PRIVATE KEY', 'b39-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const POSTMAN = tok('PMAK-', fill('b39-pmak1', HEX, 24), '-', fill('b39-pmak2', HEX, 34));
const LINEAR = tok('lin_api_', fill('b39-linear', B62, 40));
const NPM = gh('npm', 'Kv3Wp8Rz1Tn6Bq4Lx9Hd2Mc7Fs5Gy0');
const GHS = gh('ghs', 'Pq7Ln2Xw5Rb9Ht3Kz8Vd1Mf6Gc4Js0');
const STEAM = fill('b39-steam', HEX.toUpperCase(), 32);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b39-slt', UPPER + DIGITS, 8), '/B07', fill('b39-slb', UPPER + DIGITS, 8), '/', fill('b39-slk', B62, 24));
const DO_TOKEN = tok('dop_v1_', fill('b39-dop', HEX, 64));
const SENDGRID = tok('SG.', fill('b39-sg1', B64URL, 22), '.', fill('b39-sg2', B64URL, 43));
const NOTION = tok('ntn_', fill('b39-ntn1', DIGITS, 11), fill('b39-ntn2', B62, 35));
const GROQ = tok('gsk_', fill('b39-groq', B62, 52));
const CISCO7 = tok('08', fill('b39-cisco7', DIGITS + 'ABCDEF', 20));
const CISCO9 = tok('$9$', fill('b39-cisco9a', B62 + './', 14), '$', fill('b39-cisco9b', B62 + './', 43));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH39_CREDENTIALS: DraftRecord[] = [
  rec('chat_af', f`Hallo, ons webwinkel (Shopify) se voorraad sinkroniseer nie meer met die kelderdeur-POS nie sedert Maandag. Hier is die .env van die sync-diens wat Riaan opgestel het:

${cfg(f`SHOPIFY_STORE=bergrivier-landgoed.myshopify.com
SHOPIFY_ADMIN_TOKEN=${v('credential.shopify_access_token', SHPAT)}
POS_WEBHOOK_URL=https://pos.bergrivier.co.za/hooks/stock
SYNC_INTERVAL_MIN=15
LOCATION_ID=70418236529`)}

Kan jy sê of die token dalk die verkeerde scopes het? Die fout is 403 op /inventory_levels/set.json.`),

  rec('chat_en_nz', f`Kia ora team, the Square reader at the Waipara tasting room keeps dropping off. The POS fella said to re-auth the till app with the production access token, which is ${v('credential.square_access_token', SQUARE)} — can you write step-by-step instructions for Aroha so she can do it Saturday morning before we open the cellar door? Keep it simple, she's not a tech person. Ngā mihi.`),

  rec('code_js', f`can help check why our check-in bot keep disconnecting during the qualifiers or not? Error code 4014 every time someone types !checkin

\`\`\`js
${code(f`const { Client, GatewayIntentBits, Events } = require('discord.js');
const bot = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers, GatewayIntentBits.MessageContent] });

const CHECKIN_CHANNEL = '1239047718263519402';

bot.on(Events.MessageCreate, async (msg) => {
  if (msg.channelId !== CHECKIN_CHANNEL || msg.content !== '!checkin') return;
  const role = msg.guild.roles.cache.find((r) => r.name === 'Checked-in');
  await msg.member.roles.add(role);
  await msg.react('✅');
});

bot.login('${v('credential.discord_bot_token', DISCORD_BOT)}');`)}
\`\`\`
the SG Major qualifier start 7pm tonight leh`),

  rec('powershell', f`Hej, kan du forklare hvorfor den her ikke poster noget i Teams-kanalen når tunnelvaskeren stopper? Den kører som planlagt opgave hvert 5. minut på PLC-pc'en i Køge.

${code(f`$hook = "${v('credential.teams_webhook_url', TEAMS_HOOK)}"
$status = Get-Content "C:\\Jensen\\tunnel1\\status.txt" -Tail 1
if ($status -match "STOP|ALARM") {
    $body = @{ text = "Tunnel 1 (Køge): $status – ring til vagten" } | ConvertTo-Json
    Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json; charset=utf-8' -Body $body
}`)}

Jeg har testet URL'en med curl og den virker.`),

  rec('chat_de', f`Moin, unser Edge-Gateway am Prüfstand 3 (Stack-Test 5 MW) lädt seit gestern keine Telemetrie mehr nach S3 hoch. ~/.aws/credentials auf dem Gateway:

${cfg(f`[default]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
region = eu-central-1`)}

Fehlermeldung: "SignatureDoesNotMatch … Signature expired". Liegt das an der Uhrzeit? Auf dem Gateway läuft kein NTP, weil das Netz der Halle isoliert ist.`),

  rec('chat_tr', f`Merhaba, Grafana'da elektrolizör stack voltaj panosunu her sabah otomatik güncelleyen küçük bir script yazdım ama API hep 401 dönüyor. Servis hesabının token'ı ${v('credential.grafana_service_account_token', GLSA)}, rolü Editor. Klasör izinleri mi eksik, yoksa token'ı yanlış başlıkla mı gönderiyorum? Header olarak "Authorization: Bearer" kullanıyorum.`),

  rec('shell', f`Bore da, page send to the print plant failed again last night at 23:40 so Thursday's edition went late. This is the line in the cron script, nothing has changed on our side:

${cfg(f`lftp -e "set ftp:ssl-allow no; mirror -R --only-newer /srv/pages/$(date +%Y%m%d) /incoming/wtg; bye" ftp://wtg_pages:${v('credential.url_password', 'Dyfed-Press-4471')}@ftp.printhaus-newport.co.uk`)}

Error is "Login failed: 530". Could they have changed the password on their end? Draft me a polite email to their support asking.`),

  rec('chat_en_bb', f`Morning! After the server move the classifieds box numbers reset back to 1 and now two ads have the same box. I ran this to check, wunna tell me what I doing wrong cuh it just hangs:

${cfg(f`mysql -h ${amb('pii.ip_address', '10.20.1.15')} -u classifieds_rw -p'${v('credential.mysql_cli_password', 'Flyingfish!2024')}' bajan_ads -e "SELECT MAX(box_no) FROM ads WHERE section='CLASSIFIED'"`)}

Need it sorted before the Saturday paper closes at 3.`),

  rec('chat_mt', f`Bonġu, is-sistema tal-RFID tal-londri ma tistax tikkonnettja mad-database wara l-aġġornament tal-Windows tal-bieraħ. Din hi l-konnessjoni fl-appsettings.json:

${cfg(f`"ConnectionStrings": {
  "LinenTrack": "Server=sql-linen01.marsa.local;Database=LinenTrack;User Id=linen_app;Password=${v('credential.connection_string_password', MSSQL_PW)};TrustServerCertificate=True;Encrypt=True"
}`)}

L-iżball huwa "Login failed for user 'linen_app'". X'jista' jkun? L-isptar ta' Mater Dei qed jistenna l-kunsinna tal-lożor.`),

  rec('chat_ku', f`Silav, tu dikarî vê nivîsê ji bo tabelaya odeya bendewariyê wergerînî îngilîzî û erebî? "Bi xêr hatin li klînîka me. Tora Wi-Fi ya mêvanan: KlinikMevan — şîfre: ${v('credential.password_in_prose', 'Rojhilat-2024!')}. Ji kerema xwe telefonên xwe bêdeng bikin." Spas!`),

  rec('chat_ps', f`مهرباني وکړئ دا پیغام نوي ژباړونکي ته په انګلیسي وژباړئ:
"د کلینیک د ژباړونکو پورټال ته د ننوتلو لپاره ستاسو کارن نوم interp.pashto دی او لنډمهاله پټنوم مو ${v('credential.password_in_prose', 'Kabul#Spring77')} دی. لطفاً په لومړي ننوتلو کې یې بدل کړئ."`),

  rec('chat_fa_af', f`لطفاً این پیام را برای همکار جدید به انگلیسی ترجمه کنید:
«سلام، حساب شما در سیستم مدیریت پرونده‌ها ساخته شد. نام کاربری: m.sultani و رمز عبور موقت: ${v('credential.password_in_prose', 'Herat-Case-5512')} . بعد از اولین ورود حتماً رمز را عوض کنید.»`),

  rec('chat_ti', f`በጃኹም ነዚ መልእኽቲ ናብ እንግሊዝኛ ተርጉሙለይ፦
"ሰላም ሳባ፡ ናብ ስርዓት ቆጸራ ክሊኒክ ንምእታው ስም ተጠቃሚ፡ saba.t መሕለፊ ቃል፡ ${v('credential.password_in_prose', 'Asmara_Light92')} እዩ። በጃኺ ድሕሪ ቀዳማይ ምእታው ቀይርዮ።"`),

  rec('chat_my', f`ဒီစာကို အင်္ဂလိပ်လို ဘာသာပြန်ပေးပါ။ စောင့်ဆိုင်းခန်းမှာ ကပ်ထားဖို့ပါ။
"ဧည့်သည် Wi-Fi အမည် - ClinicGuest
စကားဝှက် - ${v('credential.password_in_prose', 'Shwe-Pyi-8841')}
ဖုန်းများကို အသံပိတ်ထားပေးပါ။"`),

  rec('chat_fo', f`Hey, kanst tú hjálpa mær at skriva eini boð til øll liðini fyri LAN-kappingina í Tórshavn leygardagin? Tey skulu vita, at serverin er á ${amb('pii.ip_address', '10.0.40.12')}, og at loyniorðið til admin-panelið hjá liðleiðarunum er ${v('credential.password_in_prose', 'Grindabod-Skipan-93')}. Skriva tað stutt og greitt, helst bæði á føroyskum og enskum.`),

  rec('chat_xh', f`Molo, ndicela undincede ndibhale isaziso esifutshane sebhodi yabasebenzi egumbini lokungcamla iwayini: "Iphasiwedi entsha ye-Wi-Fi yabasebenzi ngu-${v('credential.password_in_prose', 'Ndlovu-Stoep-62')}. Musani ukuyinika iindwendwe." Ndifuna ibe ngesiXhosa nangesiNgesi.`),

  rec('chat_st', f`Lumela, ke kopa o nthuse ho ngola molaetsa ho Thabo o mocha ofising ea polasi ea veine: "Komporo ea ofisi: lebitso la mosebedisi ke thabo.m, phasewete ya hao ke ${v('credential.password_in_prose', 'Maloti-Lekoa-38')} . E fetole hang ha o kena." Ngola ka Sesotho le Senyesemane.`),

  rec('config_php', f`Hallo, unsere Bestätigungsmails für Traueranzeigen gehen seit dem Umzug vom Server in Windhoek nicht mehr raus. Der Kollege hat damals alles direkt in die config.php geschrieben:

${cfg(f`<?php
define('TRAUER_MAIL_FROM', 'traueranzeigen');
define('SENDGRID_KEY', '${v('credential.sendgrid_api_key', SENDGRID)}');
define('ANZEIGEN_DB_HOST', 'localhost');
define('ANZEIGEN_DB_PASS', '${v('credential.password_assignment', 'Swakop-Anzeige!19')}');
define('PREIS_PRO_ZEILE', 42.50);`)}

Is das ein Problem mit dem Key oder mit dem Server? Der Log sagt "401 Unauthorized".`),

  rec('json_config', f`Our case-management integration stopped syncing appointments to Outlook on Friday. appsettings.Production.json from the clinic server:

${cfg(f`{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "5b1f8e42-93a7-4c06-b8d1-e2740f9a3c65",
    "ClientId": "c3a90d17-42e6-4f8b-a1d5-69b0e7f24c18",
    "ClientSecret": "${v('credential.azure_client_secret', AZ_CLIENT_SECRET)}"
  },
  "Calendar": { "Mailbox": "appointments", "TimeZone": "New Zealand Standard Time" }
}`)}

The error is AADSTS7000215. Is the secret expired or just wrong? The volunteers can't book interpreters until this is fixed.`),

  rec('chat_en_sg', f`Eh can help me check why the caster-notes bot keep returning 401 or not? I already put this inside the .env:
ANTHROPIC_API_KEY=${v('credential.anthropic_api_key', ANTHROPIC)}
Then run with docker compose up -d. Yesterday still ok one, today cannot.`),

  rec('code_python', f`${code(f`import requests

TWITCH_CLIENT_ID = "q8n2v5xk1w7c3r9tj0ly4mb6zpa2ds"
TWITCH_CLIENT_SECRET = "${v('credential.generic_secret_assignment', TWITCH_SECRET)}"
RIOT_API_KEY = "${v('credential.generic_secret_assignment', RIOT)}"

def app_token():
    r = requests.post("https://id.twitch.tv/oauth2/token", data={
        "client_id": TWITCH_CLIENT_ID,
        "client_secret": TWITCH_CLIENT_SECRET,
        "grant_type": "client_credentials",
    }, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]

def ranked_entries(summoner_id):
    url = f"https://euw1.api.riotgames.com/lol/league/v4/entries/by-summoner/{summoner_id}"
    return requests.get(url, headers={"X-Riot-Token": RIOT_API_KEY}, timeout=10).json()`)}

This is the seeding helper for the Cardiff open. Riot returns 403 but Twitch works. Why?`),

  rec('chat_en_wales', f`Morning, the linen-usage reports for the health board used to upload to blob storage overnight and now nothing since Tuesday. This is the connection string in the uploader config, can you see anything off?

DefaultEndpointsProtocol=https;AccountName=lauralinenreports;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net

Diolch, Gareth`),

  rec('chat_da', f`Kan du skrive en kort mail til indkøb på Holbæk Sygehus om at fakturaerne for november ligger klar her:
https://vaskerietdocs.blob.core.windows.net/fakturaer/2024-11/holbaek.zip?sv=2023-01-03&ss=b&srt=o&sp=r&se=2024-12-14T23:00:00Z&st=2024-12-07T07:00:00Z&spr=https&sig=${v('credential.azure_sas_token', SAS_SIG)}
Linket udløber om 7 dage. Venlig men kort, tak.`),

  rec('code_python', f`Şoför grubuna teslimat bildirimi gönderen bot bazen iki kere mesaj atıyor, neden olabilir?

${code(f`import telebot

# Çamaşırhane teslimat botu – hastane rotaları
bot = telebot.TeleBot("${v('credential.telegram_bot_token', TELEGRAM)}")
SOFOR_GRUBU = -1002183746591

def teslim_edildi(hastane: str, arac: str, adet: int) -> None:
    metin = f"✅ {hastane} – {arac}: {adet} çuval teslim edildi"
    bot.send_message(SOFOR_GRUBU, metin)

if __name__ == "__main__":
    bot.infinity_polling(timeout=20)`)}`),

  rec('toml', f`Telegraf on the stack test rig isn't writing to Influx anymore after I rotated the token. Config:

${cfg(f`[[outputs.influxdb_v2]]
  urls = ["http://influx.prueffeld.h2werk.local:8086"]
  token = "${v('credential.generic_secret_assignment', INFLUX)}"
  organization = "h2werk"
  bucket = "stack_telemetry"

[[inputs.modbus]]
  name = "pem_stack_07"
  controller = "tcp://${amb('pii.ip_address', '192.168.50.17')}:502"
  holding_registers = [
    { name = "cell_voltage_avg", byte_order = "AB", data_type = "UINT16", scale = 0.001, address = [100] },
  ]`)}

Is the token maybe scoped to the wrong bucket?`),

  rec('yaml_de', f`Node-RED auf dem Leitstand-PC verbindet sich nicht mehr mit dem MQTT-Broker, seit wir TLS eingeschaltet haben. Auszug aus der settings-Datei für den Broker-Knoten:

${cfg(f`broker:
  host: mqtt.elektrolyse.h2werk.local
  port: 8883
  tls: true
  ca: /etc/ssl/h2werk-ca.pem
  client_id: leitstand-nr-01
  username: leitstand
  password: "${v('credential.password_assignment', 'Wasserstoff_Halle3!')}"
topics:
  - anlage/stack/+/druck
  - anlage/stack/+/temperatur`)}

Fehler: "Connection refused: not authorised". Username und Passwort stimmen laut Kollegen.`),

  rec('chat', f`Our new PEM stack controllers register with AWS IoT using this key, but the TLS handshake fails with "certificate verify failed". Is the key in the wrong format? It came from the provisioning script like this:

${v('credential.private_key', EC_KEY)}

Device cert and Amazon root CA are in the same folder.`),

  rec('ticket_de', f`Ticket #H2-4418 – OPC UA Zugriff Prüfstand 2

Hallo IT, der neue Kollege aus der Inbetriebnahme braucht Zugriff auf den OPC-UA-Server der Anlage. Benutzer ist opcua_ibn, das Passwort lautet ${v('credential.password_in_prose', 'Elektrolyse#2025ibn')} (bitte nach der Schulung ändern). Endpoint: opc.tcp://${amb('pii.ip_address', '172.16.20.5')}:4840.

→ Kannst du mir das als kurze, freundliche Mail an ihn umformulieren?`),

  rec('shell', f`firmware CI can't push the tag back to the repo anymore:

${cfg(f`$ git remote -v
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.h2werk.de/firmware/stack-controller.git (fetch)
origin  https://oauth2:${v('credential.gitlab_pat', GLPAT)}@gitlab.h2werk.de/firmware/stack-controller.git (push)
$ git push origin v3.8.2
remote: HTTP Basic: Access denied.`)}

the token was created with write_repository, expires 2025-06-30.`),

  rec('shell', f`${cfg(f`$ export VAULT_ADDR=https://vault.h2werk.de:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/plc/pruefstand3
Error reading secret/data/plc/pruefstand3: Error making API request.
Code: 403. Errors:
* 1 error occurred:
	* permission denied`)}

the policy has read on secret/data/plc/*, what am I missing?`),

  rec('notebook', f`In [3]:
${code(f`from databricks import sql

conn = sql.connect(
    server_hostname="adb-4817203958612047.7.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/9c1e47b2d05a83f6",
    access_token="${v('credential.databricks_token', DAPI)}",
)
cur = conn.cursor()
cur.execute("""
    SELECT stack_id, date_trunc('week', ts) AS wk, avg(cell_v) AS v
    FROM telemetry.stack_cells WHERE ts > now() - INTERVAL 180 DAYS
    GROUP BY 1, 2 ORDER BY 1, 2
""")
df = cur.fetchall_arrow().to_pandas()`)}

Out[3]: 0 rows

Why empty? The dashboard shows degradation data for all 14 stacks.`),

  rec('hcl', f`Terraform in the build container ignores my login, I wrote the credentials by hand:

${cfg(f`# /root/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "${v('credential.terraform_cloud_token', TFC)}"
    }
  }
}`)}

terraform init still says "Required token could not be found".`),

  rec('chat', f`sops can't decrypt the plant config on the new build server. I copied the key file over:

# created: 2024-11-18T09:12:44+01:00
# public key: age1x7m2k9q4w8e3r6t1y5u0p2s7d4f9g3h6j8k1l5z0c2v7b4n9m3qrs5ln
${v('credential.age_secret_key', AGE)}

SOPS_AGE_KEY_FILE points to it and the permissions are 600.`),

  rec('pypirc', f`Publishing the customer SDK for the electrolyser REST API (h2werk-client) fails with 403. ~/.pypirc on the release box:

${cfg(f`[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${v('credential.pypi_token', PYPI)}`)}

The token is project-scoped to h2werk-client. Version is 0.9.0, not yet on PyPI.`),

  rec('shell', f`The obituaries feed from our booking system to the website stopped last night. It posts with a WordPress application password:

${cfg(f`curl -s --user "obits-feed:${v('credential.cli_password', WP_APP_PW)}" \\
  -H "Content-Type: application/json" \\
  -d @notice-20241203-0417.json \\
  https://www.cardigancourier.co.uk/wp-json/wp/v2/obituary`)}

It returns rest_cannot_create. Did the plugin update change the capability?`),

  rec('bash', f`${code(f`#!/usr/bin/env bash
# purge classifieds cache after the 16:00 ad import
set -euo pipefail
CF_ZONE="2c7e91b4a05d38f6e1c9b702d4a8f315"
CF_API_TOKEN="${v('credential.cloudflare_api_token', CF_TOKEN)}"

curl -sf -X POST "https://api.cloudflare.com/client/v4/zones/\${CF_ZONE}/purge_cache" \\
  -H "Authorization: Bearer \${CF_API_TOKEN}" \\
  -H "Content-Type: application/json" \\
  --data '{"prefixes":["www.reefgazette.com.bb/classifieds/"]}' | jq .success`)}

prints false and nothing else, how I get the real error?`),

  rec('code_js', f`The property classifieds map shows "For development purposes only" watermark. Here's how we load it:

${code(f`const loader = new Loader({
  apiKey: '${v('credential.google_api_key', GOOGLE)}',
  version: 'weekly',
  libraries: ['places'],
});

loader.load().then(() => {
  const map = new google.maps.Map(document.getElementById('ads-map'), {
    center: { lat: -22.5609, lng: 17.0658 },
    zoom: 12,
  });
  ads.forEach((ad) => new google.maps.Marker({ position: ad.pos, map, title: ad.title }));
});`)}`),

  rec('http', f`The ad-booking system rejects our sync with 401 since Monday. Raw request from the proxy log:

${cfg(f`POST /api/v2/bookings/import HTTP/1.1
Host: adbook.reefgazette.com.bb
Authorization: Basic ${v('credential.basic_auth_header', BASIC)}
Content-Type: text/csv
Content-Length: 18342`)}

Did they switch to OAuth? Their changelog says nothing.`),

  rec('env_file', f`${cfg(f`# classifieds-mailer/.env
MAILGUN_DOMAIN=mg.cardigancourier.co.uk
MAILGUN_API_KEY=${v('credential.mailgun_api_key', MAILGUN)}
MAILGUN_REGION=eu
FROM_NAME=Cardigan Courier Classifieds
DIGEST_HOUR=6`)}

Write me a cron line that runs the digest at 6 every weekday except bank holidays in Wales.`),

  rec('docker_compose', f`${cfg(f`services:
  tunnelmon:
    image: registry.linenworks.local/tunnelmon:1.4.2
    restart: unless-stopped
    environment:
      TUNNEL_IDS: "T1,T2,T3"
      PLC_HOST: ${amb('pii.ip_address', '10.44.0.21')}
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${v('credential.datadog_api_key', DD_API)}
      DD_SITE: datadoghq.eu
      DD_LOGS_ENABLED: "true"`)}

Can the agent scrape tunnelmon's /metrics without me adding labels to every container?`),

  rec('cisco', f`Auditor flagged our plant switch config. Which lines are actually a problem?

${cfg(f`hostname LAUNDRY-CORE-01
!
enable secret 9 ${ambCat('credential', CISCO9)}
username svc-backup privilege 15 password 7 ${v('credential.network_device_secret', CISCO7)}
!
snmp-server community ${v('credential.network_device_secret', 'L1nen-Monitor-RO')} RO 10
snmp-server location Marsa plant, wash hall
!
line vty 0 4
 transport input ssh`)}`, 'Cisco type-7 password is reversible: labelled; the secret 9 hash stays ambiguous'),

  rec('log', f`${cfg(f`2024-12-04 06:12:09.481 INFO  route-sync  GET https://api.linenworks.eu/v1/routes?depot=MRS&date=2024-12-04 -> 200 (312 ms)
2024-12-04 06:12:09.483 DEBUG route-sync  headers={"Authorization": "Bearer ${v('credential.bearer_token', BEARER)}", "X-Depot": "MRS"}
2024-12-04 06:12:10.002 WARN  route-sync  hospital=Gozo General cart_count mismatch expected=48 got=46`)}

Why is the debug line printing the token? It's the driver tablet app log.`),

  rec('json_config', f`The results bot posts twice to every channel after a match ends. config.json:

${cfg(f`{
  "tournament": "Nordic Clash Winter 2024",
  "webhooks": {
    "results": "${v('credential.discord_webhook_url', DISCORD_HOOK)}",
    "staff": "${v('credential.slack_webhook_url', SLACK_HOOK)}"
  },
  "post_on": ["match_completed", "match_disputed"]
}`)}`),

  rec('http', f`Bracket API gives 403 when the referee tablet reports a score. Request copied from the network tab:

${cfg(f`PATCH /v1/matches/5e2f/result HTTP/1.1
Host: api.arenaclash.gg
Authorization: Bearer ${v('credential.jwt', JWT_TOURNEY)}
Content-Type: application/json

{"winner":"team_b","score":[1,2],"map":"Ascent"}`)}

The token has results:write. Is it the audience?`),

  rec('code_python', f`${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def match_recap(events: list[dict]) -> str:
    lines = "\\n".join(f"{e['t']} {e['team']} {e['what']}" for e in events)
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You write 80-word esports match recaps."},
            {"role": "user", "content": lines},
        ],
    )
    return resp.choices[0].message.content`)}

recaps come back in the wrong language sometimes (we run the Turkish and Danish leagues). How do I force it?`),

  rec('chat', f`For the chat moderation on the stream overlay I use a toxicity model from Hugging Face. It worked in the notebook with HF_TOKEN=${v('credential.huggingface_token', HF)} but on the stream PC it says "401 Client Error: Repository Not Found". It's a gated model, do I need to accept the terms on that account too?`),

  rec('chat', f`I'm setting up the GitHub Action that deploys the tournament site. Fine-grained token is ${v('credential.github_fine_grained_pat', GH_FINE)} with Contents read/write on arenaclash/site. Should I put it in repository secrets or environment secrets if only main deploys?`),

  rec('ci_yaml', f`${cfg(f`name: deploy-site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: npx vercel deploy --prod --token ${v('credential.vercel_token', VERCEL)} --yes
        env:
          VERCEL_ORG_ID: team_4kQ8zR1mW7nY3pX5
          VERCEL_PROJECT_ID: prj_Lx2Vb9Nc4Qd7Fh1Jk6`)}

Deploy works but preview comments on PRs are missing. What did I forget?`),

  rec('code_csharp', f`Unity client doesn't send crash reports from the LAN machines:

${code(f`using Sentry.Unity;
using UnityEngine;

public class CrashReporting : MonoBehaviour
{
    void Awake()
    {
        SentryUnity.Init(o =>
        {
            o.Dsn = "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508113.ingest.de.sentry.io/4508113902716928`)}";
            o.Environment = "lan-finals";
            o.AttachScreenshot = true;
            o.TracesSampleRate = 0.1;
        });
    }
}`)}

The LAN has no internet except through the venue proxy, could that be it?`),

  rec('k8s', f`${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: ticketing-secrets
  namespace: arena
type: Opaque
data:
  STRIPE_RESTRICTED_KEY: ${v('credential.base64_encoded_token', b64(RK_LIVE))}
  tls.key: ${v('credential.base64_private_key', TLS_KEY_B64)}
  LOG_LEVEL: d2Fybg==`)}

ticket checkout for the finals still uses the old key after kubectl apply. do I need a rollout restart?`),

  rec('code_python', f`Die wynklub-nuusbrief se lys word nie opgedateer nie. Hier is die script:

${code(f`from mailchimp_marketing import Client

mc = Client()
mc.set_config({"api_key": "${v('credential.mailchimp_api_key', MAILCHIMP)}", "server": "us14"})

LYS_ID = "8e4c1b7d20"

def voeg_lid_by(epos: str, naam: str, van: str) -> None:
    mc.lists.set_list_member(LYS_ID, epos.lower(), {
        "email_address": epos,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": naam, "LNAME": van},
        "tags": ["wynklub-2025"],
    })`)}

Lede wat in die kelder aansluit verskyn nie in Mailchimp nie. Wat is fout?`),

  rec('config_php', f`Our wine club renewals via WooCommerce fail with "No such customer". wp-config.php bits:

${cfg(f`define( 'DB_NAME', 'wineclub_wp' );
define( 'DB_USER', 'wineclub' );
define( 'DB_PASSWORD', '${v('credential.password_assignment', 'Marlborough-Sav-2019')}' );
define( 'DB_HOST', 'localhost' );
define( 'WC_STRIPE_SECRET', '${v('credential.stripe_secret_key', STRIPE_LIVE)}' );`)}

Did someone switch the Stripe account? We moved from the old estate company to the new one in October.`),

  rec('code_ts', f`${code(f`import Stripe from 'stripe';
import express from 'express';

const stripe = new Stripe(process.env.STRIPE_KEY!);
const endpointSecret = '${v('credential.stripe_webhook_secret', WHSEC)}';

const app = express();
app.post('/hooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  const sig = req.headers['stripe-signature'] as string;
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  if (event.type === 'invoice.paid') markClubShipmentPaid(event.data.object);
  res.sendStatus(200);
});`)}

Signature verification fails only for club shipment invoices. Raw body problem?`),

  rec('json_config', f`Cellar-door booking page can't sync with the estate Google Calendar anymore. credentials.json from the booking plugin:

${cfg(f`{"web":{"client_id":"603918274561-k4p8r2m6v9c1x7z3b5n0q8w2e4t6y1u9.apps.googleusercontent.com","project_id":"wynkelder-bookings","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${v('credential.google_oauth_client_secret', GOCSPX)}","redirect_uris":["https://www.bergrivier.co.za/wp-admin/admin-ajax.php?action=gcal_oauth"]}}`)}

Google says "redirect_uri_mismatch". Which URI do I add in the console?`),

  rec('json_config', f`Die kiosk in die proeelokaal trek nie die nuwe image nie. /root/.docker/config.json op die kiosk:

${cfg(f`{
  "auths": {
    "registry.bergrivier.co.za": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  }
}`)}

docker pull registry.bergrivier.co.za/kiosk:2.3 sê "unauthorized". Moet ek weer login?`),

  rec('code_python', f`${code(f`from twilio.rest import Client

ACCOUNT_SID = "${v('credential.twilio_account_sid', TWILIO_SID)}"
AUTH_TOKEN = "${v('credential.twilio_auth_token', TWILIO_TOKEN)}"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

REMINDERS = {
    "prs": "یادآوری: وقت ملاقات شما با وکیل فردا ساعت {time} است.",
    "pus": "یادونه: سبا د {time} بجو ستاسو د وکیل سره لیدنه ده.",
    "tir": "መዘኻኸሪ፦ ጽባሕ ሰዓት {time} ምስ ጠበቓኹም ቆጸራ ኣለኩም።",
}

def remind(to: str, lang: str, time: str) -> None:
    client.messages.create(to=to, messaging_service_sid="MGc81f9a2d4e7b30c56a1f8d2e9b4c7a03", body=REMINDERS[lang].format(time=time))`)}

Dari and Pashto SMS arrive as question marks on some old phones. Encoding issue?`),

  rec('curl', f`Jira Service Management intake form for new clients: the automation that creates the case ticket fails. I tested manually:

${cfg(f`curl -u ${v('pii.email', 'intake-bot@kiakaha-legal.org.nz')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  -X POST https://kiakaha-legal.atlassian.net/rest/servicedeskapi/request \\
  -d '{"serviceDeskId":"3","requestTypeId":"27","requestFieldValues":{"summary":"New intake – family reunification"}}'`)}

I get 401. The bot user has the agent licence.`),

  rec('chat', f`We send the monthly case statistics to the legal aid agency over SFTP. The old laptop died and I only have the key from our password manager export. Can you tell me if this is complete and how to use it with WinSCP?

${v('credential.openssh_private_key', OSSH)}`),

  rec('email', f`Subject: access to the interpreter roster

Hi Mariam,

Welcome aboard! Your login for the interpreter roster (Deputy) is set up:
Username / password: ${v('credential.user_password_pair', 'mariam.a / Tui-Bird-2024!')}

Please change it after your first shift.

Ngā mihi,
Hemi (office coordinator)

→ rewrite this so it sounds a bit warmer and add a line about the induction on Tuesday`),

  rec('chat', f`We test the clinic's intake API with a Postman collection in CI. The newman step fails to fetch the collection: "AuthenticationError". I'm passing the Postman API key ${v('credential.postman_api_key', POSTMAN)} as --postman-api-key. Is that flag even valid?`),

  rec('code_ts', f`${code(f`import { LinearClient } from '@linear/sdk';

// sync disputes from the admin panel into Linear
const linear = new LinearClient({ apiKey: '${v('credential.linear_api_key', LINEAR)}' });

export async function fileDispute(matchId: string, reason: string) {
  const team = await linear.team('OPS');
  await linear.createIssue({
    teamId: team.id,
    title: \`Dispute: match \${matchId}\`,
    description: reason,
    priority: 2,
  });
}`)}

issues get created but without the "dispute" label. how do I attach it?`),

  rec('npmrc', f`Die kiosk-app in die proeelokaal bou nie op die nuwe CI-agent nie:

${cfg(f`@bergrivier:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}
engine-strict=true`)}

npm ERR! 403 Forbidden — permission_denied: read_package. Wat nou?`, 'npm token is both the .npmrc _authToken value and an npm_ token: two labels on one span'),

  rec('log', f`${cfg(f`2024-12-05T08:14:51Z [deploy] Fetching installation token for arenaclash-bot
2024-12-05T08:14:52Z [deploy] token=${v('credential.github_server_to_server_token', GHS)} expires_at=2024-12-05T09:14:52Z
2024-12-05T08:14:53Z [deploy] git clone https://x-access-token:***@github.com/arenaclash/overlays.git
2024-12-05T08:14:58Z [deploy] ERROR: Resource not accessible by integration`)}

why does the app token have no access to the overlays repo?`),

  rec('env_file', f`${cfg(f`# stats-service/.env (LAN finals)
STEAM_WEB_API_KEY=${v('credential.generic_secret_assignment', STEAM)}
FACEIT_SERVER_KEY=${'${FACEIT_SERVER_KEY}'}
DO_TOKEN=${v('credential.digitalocean_token', DO_TOKEN)}
GROQ_API_KEY=${v('credential.groq_api_key', GROQ)}
REGION=fra1`)}

GetPlayerSummaries works but the droplet autoscaler never spins up new nodes. Which token scope is missing?`),

  rec('chat', f`For our Burmese-language knowledge base I sync Notion pages into the intake chatbot. The integration token ${v('credential.notion_token', NOTION)} sees the "Country information – Myanmar" page but not its sub-pages. Do I need to share each one?`),
];
