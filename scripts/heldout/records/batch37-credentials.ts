/**
 * Held-out batch 37: credentials pasted by staff of a mountain-rescue and dispatch service, a
 * coffee importer and roaster, a children's hospital fundraising office, satellite-TV / broadband
 * field engineers, a cemetery and crematorium authority and a semiconductor-equipment lessor.
 * Hand-written, not measured yet.
 */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, fill, gh, jwt, pem, tok } from '../tokens';

const TW_SID = tok('AC', fill('b37-twsid', HEX, 32));
const TW_AUTH = fill('b37-twauth', HEX, 32);
const SHPAT = tok('shpat_', fill('b37-shpat', HEX, 32));
const TG_BOT = tok('6839204715', ':AA', fill('b37-tgbot', B64URL, 33));
const GHP = gh('ghp', fill('b37-ghp', B62, 30));
const GH_FINE = tok('github_pat_', '11', fill('b37-ghfine1', UPPER + DIGITS, 20), '_', fill('b37-ghfine2', B62, 59));
const GLPAT = tok('glpat-', fill('b37-glpat', B62 + '-_', 20));
const AKIA = tok('AKIA', fill('b37-akia', B32, 16));
const AWS_SECRET = fill('b37-awssec', B64, 40);
const AZ_STORAGE = tok(fill('b37-azst', B64, 86), '==');
const AZ_CLIENT = tok(fill('b37-azcs1', B62, 3), '8Q~', fill('b37-azcs2', B62 + '_~.-', 34));
const SENDGRID = tok('SG.', fill('b37-sg1', B64URL, 22), '.', fill('b37-sg2', B64URL, 43));
const MAILCHIMP = tok(fill('b37-mc', HEX, 32), '-us14');
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b37-sklive', B62, 97));
const STRIPE_OLD = tok('sk_', 'live_', fill('b37-skold', B62, 24));
const WHSEC = tok('whsec_', fill('b37-whsec', B62, 32));
const RK_LIVE = tok('rk_', 'live_', '51', fill('b37-rklive', B62, 97));
const OPENAI = tok('sk-', 'proj-', fill('b37-oai1', B64URL, 74), 'T3BlbkFJ', fill('b37-oai2', B64URL, 74));
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b37-ant', B64URL, 93), 'AA');
const GAPI = tok('AIza', 'Sy', fill('b37-gapi', B64URL, 33));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b37-slt', UPPER + DIGITS, 9), '/B0', fill('b37-slb', UPPER + DIGITS, 9), '/', fill('b37-slh', B62, 24));
const XOXB = tok('xoxb-', '7219384056', '1-', '7284019376502-', fill('b37-xoxb', B62, 24));
const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1248391027465918304', '/', fill('b37-dchook', B64URL, 68));
const TEAMS_HOOK = tok(
  'https://lithotrade.webhook.office.com/webhookb2/',
  '7c1e3f90-2a4b-4d86-b5e2-19f07a3c6d58@e4a91b2c-6d7f-4038-9c15-a2b8f06d3e71/IncomingWebhook/',
  fill('b37-teams1', HEX, 32),
  '/',
  '0b9d2e64-3c81-4f5a-a7e6-5d1c8b2f9a03/',
  'V2',
  fill('b37-teams2', B64URL, 43),
);
const FIELD_JWT = jwt(
  { alg: 'RS256', typ: 'JWT', kid: 'fe-2024-11' },
  { sub: 'tech-PH-0417', name: 'R. Villanueva', role: 'field_engineer', region: 'CEB', iat: 1732412800, exp: 1732456000 },
  'b37-fejwt',
);
const PORTAL_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { uid: 88214, scope: 'donations:write', org: 'skcf', iat: 1733130000, exp: 1735722000 }, 'b37-portaljwt');
const BASIC = b64('roastops:Probat-Kessel-58');
const BEARER = fill('b37-bearer', B62 + '-._~', 56);
const RSA = pem('RSA PRIVATE KEY', 'b37-rsa', 1190);
const OSSH = pem('OPENSSH PRIVATE KEY', 'b37-ossh', 400, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GCP_PEM = `${pem('PRIVATE KEY', 'b37-gcp', 1216, '\\n')}\\n`;
const VAULT = tok('hvs.', 'CAESI', fill('b37-vault', B64URL, 90));
const DD_API = fill('b37-ddapi', HEX, 32);
const SENTRY_KEY = fill('b37-sentry', HEX, 32);
const HF = tok('hf_', fill('b37-hf', UPPER + LOWER, 34));
const GROQ = tok('gsk_', fill('b37-groq', B62, 52));
const CF_TOKEN = fill('b37-cftok', B64URL, 40);
const DOP = tok('dop_v1_', fill('b37-dop', HEX, 64));
const MAILGUN = tok('key-', fill('b37-mailgun', HEX, 32));
const NPM = gh('npm', fill('b37-npm', B62, 30));
const DOCKER_AUTH = b64(`orbicomci:${tok('dckr_', 'pat_', fill('b37-dckr', B64URL, 27))}`);
const PMAK = tok('PMAK-', fill('b37-pmak1', HEX, 24), '-', fill('b37-pmak2', HEX, 34));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b37-atl', B64URL, 171), '=', fill('b37-atl2', HEX.toUpperCase(), 8));
const AIRTABLE = tok('pat', fill('b37-at1', B62, 14), '.', fill('b37-at2', HEX, 64));
const MAPBOX = tok('sk.', b64(JSON.stringify({ u: 'orbicom-field', a: fill('b37-mbxa', LOWER + DIGITS, 25) })).replace(/=+$/, ''), '.', fill('b37-mbx', B64URL, 22));
const DAPI = tok('dapi', fill('b37-dapi', HEX, 32));
const OKTA = tok('00', fill('b37-okta', B64URL, 40));
const LINEAR = tok('lin_api_', fill('b37-linear', B62, 40));
const DARAJA_KEY = fill('b37-darajak', B62, 48);
const DARAJA_SECRET = fill('b37-darajas', B62, 64);
const DARAJA_PASSKEY = fill('b37-darajap', HEX, 64);
const CISCO9 = tok('$9$', fill('b37-c9a', B62 + './', 14), '$', fill('b37-c9b', B62 + './', 43));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH37_CREDENTIALS: DraftRecord[] = [
  rec('env_file', f`Callout SMS to the team pagers stopped going out last night during the Aonach Mor shout. This is the .env on the dispatch box, anything obviously wrong?

${amb('source_code.snippet', f`# /opt/callout-relay/.env
RELAY_MODE=live
TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TW_SID)}
TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TW_AUTH)}
TWILIO_MESSAGING_SERVICE=MG${fill('b37-twmg', HEX, 32)}
TEAM_LIST=/opt/callout-relay/teams/lochaber.csv
RETRY_SECONDS=45`)}

Twilio console says "20003 Authenticate" on every request since 23:10.`),

  rec('chat', f`hey y'all, quick one. our Shopify inventory sync for the roastery (Chattanooga store) quit pulling green coffee stock around noon. admin API token is ${v('credential.shopify_access_token', SHPAT)} and it still shows as active in the app settings. is there a rate limit thing with the new 2024-10 API version I'm missing?`),

  rec('chat_de_ch', f`Grüezi, chasch mir hälfe? Eusi Alarmierig über de Telegram-Bot vo de Rettigsstation Davos gaht sit em Update nüm. Im Script staht:

${amb('source_code.snippet', f`BOT_TOKEN = "${v('credential.telegram_bot_token', TG_BOT)}"
CHAT_ID = -1002184739120`)}

Fehler isch "409 Conflict: terminated by other getUpdates request". Was heisst das?`),

  rec('chat_it', f`Ciao, il software di profilazione delle tostature non riesce più a scrivere sul database dopo il trasloco del server. La stringa che uso è:

${amb('source_code.snippet', f`DATABASE_URL=postgresql://tostatura:${v('credential.database_url_password', 'Moka-Bialetti-1933')}@${amb('pii.ip_address', '10.20.4.17')}:5432/roastlog`)}

L'errore è "password authentication failed for user tostatura". Ho cambiato solo l'IP, da dove parto?`),

  rec('chat_rm', f`Allegra! Pudessas ti translatar quest messadi en tudestg per la nova collavuratura a la staziun da salvament a Scuol?

"La rait WLAN da la staziun ha num SALVAMENT-SCUOL, la pled-clav è ${v('credential.password_in_prose', 'Piz-Lischana-3105')}. Per plaschair betg scriver ella sin la tavla."

Grazia fitg!`),

  rec('email_sk', f`Dobrý deň, Marek,

posielam prístup do VPN pre nový notebook na oddelení fundraisingu (Nadácia detskej nemocnice):
používateľ: z.kovacova
heslo je ${v('credential.password_in_prose', 'Lienka7Bocian!')} – pri prvom prihlásení ho systém vyzve na zmenu.

Vďaka,
IT podpora

Môžeš prosím túto správu preložiť do angličtiny pre externého dodávateľa?`),

  rec('chat_sr', f`Здраво, можеш ли да ми помогнеш да напишем кратак мејл новом волонтеру фондације? Треба да му кажем да је налог на порталу донатора отворен, корисничко име је m.petrovic, а лозинка је ${v('credential.password_in_prose', 'Sunce-Tirsova-42')}. Нека буде љубазно и кратко.`),

  rec('chat_mk', f`Може ли да ми помогнеш да ја средам поракава до корисникот во Битола? "Почитуван, техничарот го замени рутерот. Новата Wi-Fi мрежа е ORBICOM-7731, лозинката е ${v('credential.password_in_prose', 'Prespa2024Ezero')}. Ве молиме сменете ја по инсталацијата." Сакам да звучи поформално.`),

  rec('chat_mn', f`Сайн байна уу. Энэ мессежийг англи хэл рүү орчуулаад өгөөч, гадаад инженерт явуулах гэсэн юм:

"Сансрын хүлээн авагчийн (ресивер) админ цэсний нууц үг нь ${v('credential.password_in_prose', 'Tuul-Gol-8814')} байгаа. Тохиргоог өөрчилсний дараа заавал шинэчилнэ үү."`),

  rec('chat_ne', f`कृपया यो सन्देश अंग्रेजीमा अनुवाद गरिदिनुहोस्, नयाँ स्वयंसेवकलाई पठाउनु छ:

"फेरिचे उद्धार केन्द्रको रेडियो कोठाको कम्प्युटरमा लगइन गर्दा प्रयोगकर्ता dispatch र पासवर्ड ${v('credential.password_in_prose', 'Ama-Dablam-6812')} प्रयोग गर्नुहोस्। कसैलाई पनि नदिनुहोस्।"`),

  rec('chat_si', f`කරුණාකර මෙය ඉංග්‍රීසියට පරිවර්තනය කරන්න. සුසාන භූමි කාර්යාලයේ නව සේවකයාට යැවීමට:

"ලියාපදිංචි පද්ධතියට ඇතුළු වීමට පරිශීලක නාමය registrar02 වන අතර මුරපදය ${v('credential.password_in_prose', 'Kanatte#5521')} වේ. කිසිවෙකුට නොදෙන්න."`),

  rec('chat_ta', f`தயவுசெய்து இதை ஆங்கிலத்தில் மொழிபெயர்க்கவும், யாழ்ப்பாணம் தகனசாலை அலுவலகத்திற்கு அனுப்ப வேண்டும்:

"பதிவேட்டு கணினியின் பயனர் பெயர் jaffna.crem, கடவுச்சொல் ${v('credential.password_in_prose', 'Nallur-Thiru-907')}. முதல் உள்நுழைவுக்குப் பிறகு மாற்றவும்."`),

  rec('chat_id', f`Tolong rapikan email ini biar lebih sopan ya, mau dikirim ke staf gudang baru di Medan:

"Akun sistem stok green bean sudah aktif. Username: gudang.medan2, kata sandinya ${v('credential.password_in_prose', 'Gayo-Arabika-2291')}. Jangan dibagikan ke siapa pun dan ganti setelah login pertama."`),

  rec('chat_to_en', f`Mālō e lelei! Can you help me write a short note for our new clerk at the Nuku'alofa cemetery office? Something like: "Ko e password ki he komipiuta 'o e 'ōfisi ko e ${v('credential.password_in_prose', 'Heilala-Vava4u')}, pea ko e username ko clerk.tbu. Fakamolemole 'oua 'e tohi 'i ha pepa." Keep the Tongan, add English below it.`),

  rec('code_python', f`The M-Pesa STK push for our Nyeri buying station keeps returning "Invalid Access Token". Kenya office wrote this, can you check it?

\`\`\`python
${code(f`import base64, datetime, requests

CONSUMER_KEY = "${v('credential.generic_secret_assignment', DARAJA_KEY)}"
CONSUMER_SECRET = "${v('credential.generic_secret_assignment', DARAJA_SECRET)}"
SHORTCODE = "174379"
PASSKEY = "${v('credential.generic_secret_assignment', DARAJA_PASSKEY)}"

def token():
    r = requests.get(
        "https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials",
        auth=(CONSUMER_KEY, CONSUMER_SECRET),
        timeout=10,
    )
    return r.json()["access_token"]

def stk_push(msisdn: str, amount: int):
    ts = datetime.datetime.now().strftime("%Y%m%d%H%M%S")
    pwd = base64.b64encode(f"{SHORTCODE}{PASSKEY}{ts}".encode()).decode()
    body = {"BusinessShortCode": SHORTCODE, "Password": pwd, "Timestamp": ts,
            "TransactionType": "CustomerPayBillOnline", "Amount": amount,
            "PartyA": msisdn, "PartyB": SHORTCODE, "PhoneNumber": msisdn,
            "CallBackURL": "https://pay.ridgelinecoffee.co.ke/mpesa/cb", "AccountReference": "CHERRY"}
    return requests.post("https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest",
                         json=body, headers={"Authorization": f"Bearer {token()}"}, timeout=15)`)}
\`\`\``),

  rec('router_config', f`Ticket CEB-44871, customer in Talisay lost the backup LTE link after power outage. Show run from the CPE, I masked nothing yet sorry:

${amb('source_code.snippet', f`hostname ORB-CPE-TLS-0417
!
enable secret 9 ${ambCat('credential', CISCO9)}
!
username fieldeng privilege 15 password 0 ${v('credential.network_device_secret', 'Sinulog!Cebu88')}
username noc-ro privilege 1 password 0 ${v('credential.network_device_secret', 'Lechon-Talisay-19')}
!
interface Cellular0/2/0
 ip address negotiated
 dialer in-band
 dialer-group 1
 pulse-time 1
!
ip route ${amb('pii.ip_address', '0.0.0.0')} ${amb('pii.ip_address', '0.0.0.0')} Dialer1 250 track 10`)}

why does the dialer never come up after reload?`),

  rec('mikrotik', f`${amb('source_code.snippet', f`/ppp secret
add name=sub-ulb-20931 password=${v('credential.password_assignment', 'Khongor77Tal')} profile=fiber-100M service=pppoe
add name=sub-ulb-20932 password=${v('credential.password_assignment', 'Selenge-Moron5')} profile=fiber-50M service=pppoe
/ip pool
add name=pppoe-pool ranges=${amb('pii.ip_address', '100.72.16.2')}-${amb('pii.ip_address', '100.72.31.254')}`)}

Энэ MikroTik тохиргоог хар даа, хоёр дахь хэрэглэгч холбогдохгүй байна. Profile буруу юу?`),

  rec('ticket', f`FIELD TICKET #PH-MNL-118204
Tech: A. Bautista
Site: Brgy. San Isidro, Antipolo
Issue: subscriber can't browse, PPPoE auth fail on ONT

Notes: re-provisioned ONT, PPPoE login ${v('credential.user_password_pair', 'antipolo_18204:Sampaguita2024')} pushed from ACS, still "authentication failure" on the BRAS side. Pls check RADIUS.

--> can you turn this into a clean escalation to NOC, Tagalog-English ok`),

  rec('chat', f`getting "remote: Invalid username or password" when the build box pulls the dispatch map repo. remote is set like this:

${amb('source_code.snippet', f`git remote set-url origin https://${v('credential.github_pat', GHP)}@github.com/summit-relay/dispatch-map.git`)}

token was made last week, classic, repo scope. expired already??`),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# .gitlab-ci.yml (roast-planner)
variables:
  PLANNER_ENV: production
  GITLAB_API_TOKEN: ${v('credential.gitlab_pat', GLPAT)}

release:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache curl
    - 'curl --header "PRIVATE-TOKEN: $GITLAB_API_TOKEN" --data name="$CI_COMMIT_TAG" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"'
  rules:
    - if: $CI_COMMIT_TAG`)}

Release job says 401. Should the token be a project token instead?`),

  rec('aws_credentials', f`Our lease-portfolio export to S3 fails from the new analyst laptop in Zug. ~/.aws/credentials:

${amb('source_code.snippet', f`[lithotrade-dwh]
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AWS_SECRET)}
region = eu-central-2`)}

aws s3 ls works, but the boto3 script says NoCredentialsError. Profile name problem?`),

  rec('appsettings', f`Scanned burial registers are uploaded to blob storage by this little service. Since Monday: "Server failed to authenticate the request".

${amb('source_code.snippet', f`{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=kirkbraeregisters;AccountKey=${v('credential.azure_storage_key', AZ_STORAGE)};EndpointSuffix=core.windows.net",
    "Container": "lair-registers-1890-1950"
  },
  "Ocr": { "Language": "en-GB", "Dpi": 300 }
}`)}`),

  rec('chat', f`Donor CRM sync to Dynamics is failing with AADSTS7000215 "Invalid client secret provided". Tenant is the hospital charity one, app "skcf-crm-sync", client id 4e2a91d7-0c3b-4f58-9a16-b7e3c25d8f04, secret value ${v('credential.azure_client_secret', AZ_CLIENT)}. I copied the value not the secret ID, I think. Anything else it could be?`),

  rec('code_js', f`Donation receipts aren't sending. This is the function, node 20:

${code(f`import sgMail from '@sendgrid/mail';

sgMail.setApiKey('${v('credential.sendgrid_api_key', SENDGRID)}');

export async function sendReceipt(donation) {
  const msg = {
    to: donation.email,
    from: { email: '${v('pii.email', 'receipts@stkessogs-charity.org.uk')}', name: "St Kessog's Children's Hospital Charity" },
    templateId: 'd-7f3c1a9e52b84d06a1e4c8f2b0d93e57',
    dynamicTemplateData: { name: donation.firstName, amount: donation.amount.toFixed(2), giftAid: donation.giftAid },
  };
  await sgMail.send(msg);
}`)}

Error: "The from address does not match a verified Sender Identity".`),

  rec('chat', f`Our Christmas appeal newsletter export script needs the Mailchimp audience id, where do I find it? I already have the key ${v('credential.mailchimp_api_key', MAILCHIMP)} and the server prefix is us14.`),

  rec('env_file', f`${amb('source_code.snippet', f`# donate.stkessogs-charity.org.uk — .env.production
NEXT_PUBLIC_STRIPE_PK=pk_live_51Nf${fill('b37-pklive', B62, 96)}
STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE_LIVE)}
STRIPE_WEBHOOK_SECRET=${v('credential.stripe_webhook_secret', WHSEC)}
GIFT_AID_ENABLED=true
APPEAL_CODE=XMAS24`)}

Webhook signature verification fails only for the monthly-giving events. Why would one-off payments verify but subscriptions not?`),

  rec('chat', f`For the gala auction tablets the vendor wants a Stripe key that can only create PaymentIntents. I made a restricted key: ${v('credential.stripe_restricted_key', RK_LIVE)} — is "PaymentIntents: write" enough or do they need Customers too?`),

  rec('code_php', f`${code(f`<?php
// old donation form, still used by the shop in the hospital foyer
\\Stripe\\Stripe::setApiKey('${v('credential.stripe_secret_key', STRIPE_OLD)}');

$charge = \\Stripe\\Charge::create([
    'amount' => (int) round($_POST['amount'] * 100),
    'currency' => 'gbp',
    'source' => $_POST['stripeToken'],
    'description' => 'Foyer shop donation',
]);
echo json_encode(['ok' => $charge->paid]);`)}

Stripe emailed that the Charges API is "legacy". How would this look with PaymentIntents?`),

  rec('code_python', f`Script for summarising incident reports overnight. Works but gets slow with 200 reports:

${code(f`from openai import OpenAI

client = OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

def summarise(report_text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Summarise this mountain rescue incident report in 3 bullet points. No names."},
            {"role": "user", "content": report_text},
        ],
        temperature=0.2,
    )
    return resp.choices[0].message.content

for path in sorted(REPORT_DIR.glob("2024-*.txt")):
    print(path.name, summarise(path.read_text()))`)}`),

  rec('code_ts', f`${code(f`// translate donor thank-you letters (sk, sr) before the trustee meeting
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: '${v('credential.anthropic_api_key', ANTHROPIC)}' });

export async function translate(letter: string, target: 'en' | 'sk' | 'sr-Cyrl'): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 1500,
    messages: [{ role: 'user', content: \`Translate into \${target}, keep the tone warm:\\n\\n\${letter}\` }],
  });
  return msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
}`)}

Serbian comes back in Latin script sometimes, how do I force Cyrillic?`),

  rec('html', f`The dispatch wall map shows "For development purposes only" watermark:

${amb('source_code.snippet', f`<script async
  src="https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', GAPI)}&callback=initMap&libraries=marker&v=weekly">
</script>`)}

Billing is enabled on the project, I checked.`),

  rec('yaml', f`${amb('source_code.snippet', f`# roaster-alerts.yml
probes:
  - name: drum-temp-probat-p25
    source: modbus://${amb('pii.ip_address', '192.168.40.21')}:502/unit/1/hr/4
    warn_above_c: 235
    crit_above_c: 248
notify:
  slack_webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}
  channel: "#roastery-floor"`)}

can you add a second rule that alerts if the exhaust fan current drops below 2A for more than 30s?`),

  rec('chat', f`Our Slack app for the fundraising team posts the daily totals but can't read the #appeals channel history. Bot token ${v('credential.slack_bot_token', XOXB)}. Which scopes am I missing, channels:history?`),

  rec('chat', f`Volunteer team uses Discord for the winter rota. I want the CAD to post "TEAM CALLOUT" into #callouts. Is a webhook fine for that? This is the one I made: ${v('credential.discord_webhook_url', DISCORD_HOOK)}`),

  rec('powershell', f`${amb('source_code.snippet', f`# notify lease desk when a tool ships back from the fab
$uri = '${v('credential.teams_webhook_url', TEAMS_HOOK)}'
$card = @{ title = "Return shipment: ASML PAS 5500/1100 SN 4471"; text = "Crates left Agrate 14:20, ETA Zug Monday." } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $uri -Body $card -ContentType 'application/json'`)}

Works from my laptop, fails from the scheduled task with "Unable to connect to the remote server". Proxy?`),

  rec('log', f`Field app keeps logging people out in Cebu after 12 hours even though we set 24. Log from a tech's phone:

${amb('source_code.snippet', f`2024-11-24 08:14:02.118 D/ApiClient: --> GET https://field.orbicom.ph/api/v3/jobs?assigned=me
2024-11-24 08:14:02.119 D/ApiClient: Authorization: Bearer ${v('credential.jwt', FIELD_JWT)}
2024-11-24 08:14:02.640 D/ApiClient: <-- 401 Unauthorized (521ms)
2024-11-24 08:14:02.641 W/SessionManager: token expired, forcing logout`)}`),

  rec('curl', f`The roaster's web panel (Loring S35) only accepts basic auth. Is this safe to put in our cron?

${amb('source_code.snippet', f`curl -s -H "Authorization: Basic ${v('credential.basic_auth_header', BASIC)}" http://${amb('pii.ip_address', '192.168.40.35')}/api/batches?since=today -o /srv/roastlogs/today.json`)}`),

  rec('log', f`${amb('source_code.snippet', f`[2024-12-02 06:41:19,004] INFO  lease-sync: pulling contracts from partner API
[2024-12-02 06:41:19,006] DEBUG lease-sync: GET /v1/contracts?status=active headers={'Authorization': 'Bearer ${v('credential.bearer_token', BEARER)}', 'X-Client': 'lithotrade-sync/2.3'}
[2024-12-02 06:41:21,880] INFO  lease-sync: 214 contracts, 3 changed`)}

Someone on the audit team asked why the header is in the log. Where does urllib print that from?`),

  rec('chat', f`Bank SFTP for the crematorium fee reconciliation changed to key auth. They gave us this key to install on the server, is it in the right format for OpenSSH 9 or do I need to convert?

${v('credential.private_key', RSA)}`),

  rec('runbook', f`NOC jump host access for the Ulaanbaatar teleport site (temp until the new PKI is up). Paste into ~/.ssh/orbicom_noc and chmod 600:

${v('credential.openssh_private_key', OSSH)}

${amb('source_code.snippet', f`Host noc-ulb
  HostName noc-jump.ulb.orbicom.mn
  User fieldeng
  IdentityFile ~/.ssh/orbicom_noc`)}

Please rewrite this runbook step in Mongolian for the night shift.`),

  rec('json_config', f`BigQuery job for the donor-retention dashboard fails with "invalid_grant". Key file:

${amb('source_code.snippet', v('credential.gcp_service_account_key', f`{
  "type": "service_account",
  "project_id": "skcf-donor-analytics",
  "private_key_id": "${fill('b37-gcpkid', HEX, 40)}",
  "private_key": "${v('credential.private_key', GCP_PEM)}",
  "client_email": "${v('pii.email', 'looker-reader@skcf-donor-analytics.iam.gserviceaccount.com')}",
  "client_id": "108273649105837264019",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`))}

Server clock is correct. What else causes invalid_grant?`),

  rec('shell', f`${amb('source_code.snippet', f`$ export VAULT_ADDR=https://vault.lithotrade.internal:8200
$ export VAULT_TOKEN=${v('credential.vault_token', VAULT)}
$ vault kv get secret/erp/abacus
Error making API request.
Code: 403. Errors:
* permission denied`)}

Token was created by the ops lead yesterday with policy erp-read. Why 403?`),

  rec('docker_compose', f`${amb('source_code.snippet', f`services:
  roast-planner:
    image: registry.ridgelinecoffee.com/roast-planner:1.8.2
    restart: unless-stopped
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      - DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
      - DD_SITE=us5.datadoghq.com
      - DD_LOGS_ENABLED=true
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro`)}

No logs show up in Datadog from the roast-planner container, metrics do.`),

  rec('code_kotlin', f`${code(f`class FieldApp : Application() {
    override fun onCreate() {
        super.onCreate()
        SentryAndroid.init(this) { options ->
            options.dsn = "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506218.ingest.us.sentry.io/4506218377461760`)}"
            options.tracesSampleRate = 0.1
            options.environment = if (BuildConfig.DEBUG) "dev" else "prod-mn"
        }
        MapboxOptions.accessToken = getString(R.string.mapbox_public_token)
    }
}`)}

Crashes from the Mongolian build don't appear in Sentry, the Philippine ones do. Same DSN.`),

  rec('code_python', f`Testing Nepali speech-to-text for the radio room recordings:

${code(f`from huggingface_hub import login
from transformers import pipeline

login(token="${v('credential.huggingface_token', HF)}")
asr = pipeline("automatic-speech-recognition", model="summit-relay/whisper-small-ne-radio", device=0)
print(asr("recordings/2024-11-19_pheriche_0712.wav")["text"])`)}

The model is private in our org. Login succeeds but pipeline says 401.`),

  rec('chat', f`Is Groq fast enough to classify 999 call transcripts live? I tried with ${v('credential.groq_api_key', GROQ)} and llama-3.1-8b, ~300ms per call. Would you trust that for triage hints or too risky?`),

  rec('shell', f`cert renewal for the crematorium booking site broke after we moved DNS. certbot hook:

${code(f`#!/usr/bin/env bash
set -euo pipefail
export CF_API_TOKEN="${v('credential.cloudflare_api_token', CF_TOKEN)}"
certbot certonly --dns-cloudflare \\
  --dns-cloudflare-credentials <(printf 'dns_cloudflare_api_token = %s\\n' "$CF_API_TOKEN") \\
  -d bookings.kirkbrae-bereavement.scot -d www.bookings.kirkbrae-bereavement.scot \\
  --non-interactive --agree-tos -m ${v('pii.email', 'it-ops@kirkbrae-bereavement.scot')}`)}

"Unable to determine zone_id". Token has Zone:DNS:Edit.`),

  rec('chat', f`Terraform for the coffee traceability droplets: provider "digitalocean" { token = "${v('credential.digitalocean_token', DOP)}" } — I know, I know, it should be a variable. Just tell me why plan says 401 first.`),

  rec('code_ruby', f`${code(f`# cemetery bookings: confirmation mails through Mailgun EU
RestClient.post(
  "https://api:${v('credential.mailgun_api_key', MAILGUN)}@api.eu.mailgun.net/v3/mg.kirkbrae-bereavement.scot/messages",
  from: "Kirkbrae Bereavement Services <${v('pii.email', 'bookings@mg.kirkbrae-bereavement.scot')}>",
  to: booking.applicant_email,
  subject: "Your booking at Kirkbrae Crematorium, #{booking.date.strftime('%-d %B %Y')}",
  text: render_template(booking)
)`)}

Mailgun returns 401 Forbidden, the domain is verified.`),

  rec('npmrc', f`CI can't install our private @summit-relay/cad-ui package:

${amb('source_code.snippet', f`registry=https://registry.npmjs.org/
@summit-relay:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${v('credential.npmrc_auth_token', v('credential.npm_token', NPM))}`)}

403 on the tarball download. Token type is "automation".`),

  rec('json_config', f`Jenkins agent on the NOC box can't push images since I ran docker login as root:

${amb('source_code.snippet', f`{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${v('credential.docker_config_auth', DOCKER_AUTH)}"
    }
  },
  "credsStore": ""
}`)}

Should I copy /root/.docker/config.json to the jenkins user?`),

  rec('chat', f`Postman monitor for the dispatch API stopped running. It uses the API key ${v('credential.postman_api_key', PMAK)} from my personal workspace — if I leave the company will it die? How do I move it to a team key?`),

  rec('curl', f`Trying to create Jira issues from the lease-return checklist:

${amb('source_code.snippet', f`curl -u ${v('pii.email', 'd.kellenberger@lithotrade.ch')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -X POST -H "Content-Type: application/json" \\
  https://lithotrade.atlassian.net/rest/api/3/issue \\
  -d '{"fields":{"project":{"key":"RET"},"summary":"Return inspection KLA 2139 SN 88213","issuetype":{"name":"Task"}}}'`)}

returns 400 "Field 'summary' cannot be set". Screen issue?`),

  rec('env_file', f`${amb('source_code.snippet', f`# lot-tracker/.env
AIRTABLE_TOKEN=${v('credential.airtable_pat', AIRTABLE)}
AIRTABLE_BASE=appR7kM2vQ9xT4nB1
AIRTABLE_TABLE=Green Lots 2024
LINEAR_API_KEY=${v('credential.linear_api_key', LINEAR)}
LINEAR_TEAM=QC`)}

When a lot is marked "cupping < 84" in Airtable I want a Linear issue for QC. Write me the Node script.`),

  rec('gradle', f`${amb('source_code.snippet', f`# ~/.gradle/gradle.properties (field app build machine)
MAPBOX_DOWNLOADS_TOKEN=${v('credential.mapbox_secret_token', MAPBOX)}
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true`)}

Gradle says "401 Unauthorized" downloading the Mapbox SDK 11. Scope is DOWNLOADS:READ.`),

  rec('code_python', f`${code(f`# lease portfolio residual-value model, runs nightly
from databricks import sql

conn = sql.connect(
    server_hostname="adb-6183920475612834.14.azuredatabricks.net",
    http_path="/sql/1.0/warehouses/9c2e41f7a03b58d6",
    access_token="${v('credential.databricks_token', DAPI)}",
)
cur = conn.cursor()
cur.execute("SELECT tool_class, avg(residual_pct) FROM leasing.residuals WHERE vintage >= 2019 GROUP BY 1")
print(cur.fetchall())`)}

can you rewrite this with pandas read_sql and a context manager?`),

  rec('chat_de_ch', f`Kannst du mir sagen, warum der Okta-Export der Benutzer bei 200 aufhört? Ich rufe /api/v1/users?limit=200 mit "Authorization: SSWS ${v('credential.okta_api_token', OKTA)}" auf und bekomme nie mehr als 200 zurück. Wir sind 240 Mitarbeitende bei der Lithotrade.`),

  rec('chat_de_it', f`Servus! Für die Mitgliederverwaltung der Bergrettung im Pustertal brauch ich einen GitHub Token, der nur das eine Repo lesen darf. Ich hab jetzt diesen fine-grained Token gemacht: ${v('credential.github_fine_grained_pat', GH_FINE)} — reicht "Contents: read-only" für git clone?`),

  rec('shell', f`nightly backup of the dispatch incident DB to the other valley, cron mails me "Enter password" every night:

${code(f`#!/bin/sh
DATE=$(date +%Y%m%d)
mysqldump -h 127.0.0.1 -u cad_backup -p${v('credential.mysql_cli_password', 'Sgurr-nan-Gillean7')} --single-transaction cad_incidents | gzip > /backup/cad_$DATE.sql.gz
rsync -a /backup/cad_$DATE.sql.gz backup@glencoe-dr:/srv/cad/`)}`),

  rec('config', f`${amb('source_code.snippet', f`<connectionStrings>
  <add name="LeaseERP"
       connectionString="Data Source=sql-zug-01.lithotrade.local;Initial Catalog=LeaseERP;User ID=erp_report;Password=${v('credential.connection_string_password', 'Zugersee#Kirsch71')};Encrypt=True;TrustServerCertificate=True"
       providerName="System.Data.SqlClient" />
</connectionStrings>`)}

SSRS report times out after 30s for the amortisation schedule of the big Agrate contract.`),

  rec('yaml', f`${amb('source_code.snippet', f`# cemetery-booking/src/main/resources/application-prod.yml
spring:
  datasource:
    url: jdbc:postgresql://pg-bereave.kirkbrae.local:5432/bookings
    username: bookings_app
    password: ${v('credential.password_assignment', 'Lair-Register-1887')}
  jpa:
    hibernate:
      ddl-auto: validate`)}

Flyway migration V14 fails with "relation lair_plots already exists" on prod only.`),

  rec('email', f`Subject: Re: Can't log into the donor portal API

Hi Ewan,

The partner integration keeps failing with "token invalid". The token the portal gave us this morning is:
${v('credential.jwt', PORTAL_JWT)}

Could you check whether it's tied to the old org id?

Thanks,
Morag
St Kessog's Children's Hospital Charity — Digital Fundraising

--> please write a shorter version of this for the vendor's support form`),
];
