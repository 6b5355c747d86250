/** Held-out batch 56: longer texts mixing categories — incident notes, exports, threads, fixtures and logs. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const ZENDESK = fill('b56m-zd', B62, 40);
const STRIPE_PERMITS = tok('sk_', 'live_', '51', fill('b56m-skpermits', B62, 97));
const SELLER_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'seller:S-1182044', shop: 'lanhua-home', roles: ['seller_admin'], iat: 1730851200, exp: 1730937600 }, 'b56m-jwt');
const SESSION_COOKIE = fill('b56m-cookie', B64URL, 48);
const SLACK_BOT = tok('xoxb-', '5518203947', '61-', '8029374615502-', fill('b56m-xoxb', B62, 24));
const DD_KEY = fill('b56m-dd', HEX, 32);

export const BATCH56_MIXED: DraftRecord[] = [
  rec('incident', f`Can you rewrite this as a formal incident report for the clinical governance meeting? Keep the facts, drop the chat tone.

Missed session – Bristol unit, Tue 5 Nov
Pt: Mr Alan Pearce, NHS ${v('pii.uk_nhs_number', '674 551 1290')}, DOB ${v('pii.date_of_birth', '30/04/1949')}
Didn't turn up for 07:00 slot. Transport said he wasn't at home. Rang his mobile ${phone('07911 284563', 'GB')} x3, no answer. Son (NOK) reached at ${phone('0117 914 3827', 'GB')} at 09:40, pt had been admitted to BRI overnight with chest pain.
Also: agency nurse couldn't log into the dialysis machine portal so charge nurse told her the shared login on the phone (user renal.bristol / pw ${v('credential.password_in_prose', 'Avon-Fistula-22')}) — needs changing today, and we need named accounts for agency staff.`),

  rec('postmortem', f`# Postmortem: stale L2 book data in research, 31 Oct

**Impact:** research notebooks read order-book snapshots up to 47 min stale between 14:10 and 15:02 UTC. No production trading impact.

**Root cause:** the consumer group for \`md.l2.eu\` lost its SASL credentials after the broker cert rotation; it kept serving the last cached partition. Config at the time:

${amb('source_code.snippet', f`bootstrap.servers=kafka-01.hsq.internal:9093,kafka-02.hsq.internal:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="md-research-consumer" password="${v('credential.password_assignment', 'L2book!snapshots-2024')}";
group.id=research-l2-eu`)}

**Detection:** ${v('pii.email', 'priya.raman@haldensq.com')} noticed spreads that didn't move; alert from ${amb('pii.ip_address', '10.18.4.27')} (lag exporter) was muted.

**Actions:** move JAAS config to Vault; unmute lag alerts; add a staleness column to the snapshot table.

Please make this readable for the portfolio managers' weekly update, without the config.`),

  rec('csv_de', f`Kannst du aus dieser Spenderliste alle raussuchen, deren Lastschrift im Oktober zurückgegangen ist, und eine höfliche Mail an sie entwerfen?

${amb('source_code.snippet', f`spender_nr;name;email;telefon;iban;status_okt
D-220417;Heike Brandt;${v('pii.email', 'heike.brandt@web.de')};${phone('030 28471936', 'DE')};${v('financial.iban', 'DE11500105171063353767')};OK
D-220488;Murat Yılmaz;${v('pii.email', 'murat.yilmaz77@gmx.de')};${phone('+49 171 4829306')};${v('financial.iban', 'DE74701500002233847145')};RUECKLASTSCHRIFT
D-220512;Sabine Kühn;${v('pii.email', 's.kuehn@t-online.de')};${phone('089 21948317', 'DE')};${v('financial.iban', 'AT022011169285742904')};OK`)}`),

  rec('email_es', f`¿Me ayudas a contestar a este correo? Queremos decirle que el permiso está aprobado pero que NUNCA nos mande la tarjeta por correo.

De: Jorge Albarracín <${v('pii.email', 'jorge.albarracin@montanerosaragon.es')}>
Asunto: Permiso de acampada grupo 12 personas – Ordesa

Buenos días:
Somos un club de montaña de Huesca y queremos acampar en la zona autorizada de Góriz del 14 al 16 de agosto. Seremos 12 personas, yo soy el responsable (móvil ${phone('690 418 273', 'ES')}). Para pagar la tasa os dejo mi tarjeta: ${v('financial.payment_card', '4026 3657 8837 8874')}, caduca 10/27.
Un saludo,
Jorge`),

  rec('email_fr', f`Peux-tu résumer ce fil pour le responsable de production ?

De : Karim Belkacem <${v('pii.email', 'k.belkacem@skyhaven-technics.com')}>
Objet : AOG F-HRAQ – vanne de prélèvement d'air

Le fournisseur à Madrid a la vanne P/N 3214552-4 en stock mais exige un prépaiement. Coordonnées bancaires reçues :
IBAN ${v('financial.iban', 'ES38 1659 0412 1571 1186 2182')}
Montant : 38 400 € HT. Je suis joignable au ${phone('+33 6 71 29 48 06')} toute la nuit.

> Le 5 nov. à 22:14, Sophie Lemaire <${v('pii.email', 's.lemaire@air-atlantique-regional.fr')}> a écrit :
> Merci de nous confirmer l'heure de remise en service estimée, nous devons annuler la rotation de 06:40.`),

  rec('json_ja', f`購入者からの問い合わせチケットのJSONです。配送状況を確認して、購入者への返信文を日本語で作ってください。

${amb('source_code.snippet', f`{
  "ticket_id": "T-20241106-0412",
  "buyer": {
    "name": "山本 さくら",
    "email": "${v('pii.email', 'sakura.yamamoto@docomo.ne.jp')}",
    "phone": "${phone('+81 3-4827-3916')}",
    "address": "東京都世田谷区太子堂 2-14-7"
  },
  "order": { "id": "BZ-7718204", "seller": "lanhua-home", "origin": "CN", "payment": "VISA **** 5520" },
  "message": "注文から3週間経っても届きません。追跡番号も更新されていません。"
}`)}`),

  rec('slack_export', f`Can you summarise this thread for the handover doc? Leave out anything that looks like a secret.

[09:12] Rhea Santos: seller ${v('pii.email', 'ops@manilacraftco.ph')} says the Zendesk macro keeps sending the wrong language
[09:14] Jomar Cruz: the macro integration uses our service account, config is still the old one:
${amb('source_code.snippet', f`ZENDESK_SUBDOMAIN=bazaarly-sellers
ZENDESK_EMAIL=${v('pii.email', 'integrations@bazaarly.com')}/token
ZENDESK_API_TOKEN=${v('credential.generic_secret_assignment', ZENDESK)}
SLACK_BOT_TOKEN=${v('credential.slack_bot_token', SLACK_BOT)}`)}
[09:15] Rhea Santos: 😬 pls don't paste that here
[09:20] Jomar Cruz: rotating now. also the seller wants a callback: ${phone('+63 917 824 3361')}`),

  rec('notes_it', f`${v('confidential.marking', 'RISERVATO')} – verbale riunione raccolta fondi, 31 ottobre

Presenti: Giulia, Matteo, Francesca
1. Grande donatore: il sig. Alberto Ferri è disposto a finanziare la nuova scuola a Thiès (45.000 €). Contatto diretto: ${phone('+39 338 174 2290')}, ${v('pii.email', 'alberto.ferri@studioferri.it')}. Vuole restare anonimo nel report annuale.
2. Lascito testamentario della sig.ra Bianchi: in attesa della documentazione dal notaio.
3. Cena di gala: 23 novembre, 180 invitati.

Mi fai un elenco di azioni con responsabili e scadenze?`),

  rec('code_python_pl', f`Testy przechodzą lokalnie, a na CI sypie się walidacja PESEL. To fixture, którego używamy:

${v('source_code.snippet', f`import pytest

@pytest.fixture
def sprzedawca():
    return {
        "imie": "Agnieszka",
        "nazwisko": "Zielińska",
        "pesel": "${ambCat('pii', '90022817366')}",
        "email": "${v('pii.email', 'agnieszka.zielinska@interia.pl')}",
        "telefon": "${phone('+48 512 740 318')}",
        "iban": "${v('financial.iban', 'PL23102055615240255007438734')}",
    }

def test_weryfikacja(sprzedawca, klient_api):
    r = klient_api.post("/v1/sellers/verify", json=sprzedawca)
    assert r.status_code == 200`)}

To są dane prawdziwej sprzedawczyni z ticketu, czy muszę je zamienić na fikcyjne?`, 'a PESEL-shaped value without a built-in rule: ambiguous, no rule id'),

  rec('whatsapp', f`Summarise this WhatsApp group export from the Kisumu field team into action points for the sponsor relations team:

[04/11/2024, 08:02] Brian Otieno: Morning team, visits today in Nyalenda. Achieng's grandmother asked if the sponsor letter arrived
[04/11/2024, 08:05] Faith Wanjiru: yes I have it, will bring. Kevin, new child for registration: Brian Ouma, born ${v('pii.date_of_birth', '02/09/2017')}, mum's number ${phone('+254 711 503 627')}
[04/11/2024, 08:11] Kevin Mutua: ok noted. Also the Kisumu East school head changed number, new one ${phone('+254 733 290 184')}
[04/11/2024, 08:30] Brian Otieno: reminder everyone – no photos of children in this group, use the app only`),

  rec('trace_he', f`היי, השירות שמסנכרן תורים לדיאליזה נופל כל בוקר. זה ה-stack trace:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/sync/tor_sync.py", line 88, in sync_patient
    db.execute(UPSERT_SQL, row)
psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "patients_email_key"
DETAIL:  Key (email)=(${v('pii.email', 'rachel.cohen62@walla.co.il')}) already exists.

During handling of the above exception, another exception occurred:
  File "/opt/sync/tor_sync.py", line 31, in connect
    conn = psycopg2.connect("postgresql://tor_sync:${v('credential.database_url_password', 'Dialysis#Ashdod9')}@db-ashdod.renalis.local:5432/torim")
psycopg2.OperationalError: server closed the connection unexpectedly`)}

למה יש שני מטופלים עם אותו אימייל? זה מישהי שעברה מאשקלון.`),

  rec('sql_dump_nl', f`${amb('source_code.snippet', f`-- export monteurs hangar 1
INSERT INTO monteurs (id, naam, email, mobiel, bsn, licentie) VALUES
(301, 'Ruben Verstappen', '${v('pii.email', 'r.verstappen@skyhaven-technics.com')}', '${phone('+31 6 21 84 73 90')}', '${v('pii.nl_bsn', '945284111')}', 'B2'),
(302, 'Fatima el Amrani', '${v('pii.email', 'f.elamrani@skyhaven-technics.com')}', '${phone('+31 6 48271935')}', '${v('pii.nl_bsn', '702122701')}', 'B1.1');`)}

Kun je hier een Postgres-migratie van maken die de BSN-kolom versleuteld opslaat?`),

  rec('email_uk', f`Тема: ${v('confidential.marking', 'КОНФІДЕНЦІЙНО')} – транш для партнера у Харкові

Привіт, Ірино!

Нагадую реквізити партнерської організації для листопадового траншу (480 000 грн):
IBAN: ${v('financial.iban', 'UA19 3052 9900 0001 4127 4013 4024 0')}
Контактна особа: Олена Бондар, ${phone('+380 50 318 4726')}, ${v('pii.email', 'o.bondar@dobrodiya-kh.org.ua')}

Допоможи, будь ласка, перекласти цей лист англійською для фінансового відділу в Лондоні.`),

  rec('k8s_log', f`Permit checkout is returning 500 for some visitors since the deploy. Here's the config map and the error log — what's going on?

${amb('source_code.snippet', f`apiVersion: v1
kind: ConfigMap
metadata:
  name: permits-checkout
data:
  STRIPE_SECRET_KEY: "${v('credential.stripe_secret_key', STRIPE_PERMITS)}"
  DATADOG_API_KEY: "${v('credential.datadog_api_key', DD_KEY)}"
  PERMIT_FEE_USD: "35"`)}

${amb('source_code.snippet', f`2024-11-06T15:21:08Z ERROR checkout failed permit=WP-24-31877 email=${v('pii.email', 'tom.hadley@comcast.net')} err="No such price: price_1Q8xWilderness"
2024-11-06T15:24:51Z ERROR checkout failed permit=WP-24-31881 email=${v('pii.email', 'mariela.ortiz@gmail.com')} err="No such price: price_1Q8xWilderness"`)}`),

  rec('http_zh', f`卖家后台调用订单接口一直返回 403，这是浏览器里复制出来的请求，帮我看看是哪里的问题：

${amb('source_code.snippet', f`POST /seller/api/v3/orders/export HTTP/2
Host: seller.bazaarly.com
Authorization: Bearer ${v('credential.jwt', SELLER_JWT)}
Cookie: bz_sess=${ambCat('credential', SESSION_COOKIE)}; lang=zh-CN
Content-Type: application/json

{"from":"2024-10-01","to":"2024-10-31","notify_email":"${v('pii.email', 'lanhua.home@163.com')}"}`)}`, 'a session cookie value: a bearer secret in effect, but no rule claims cookies (ambiguous, no rule id)'),

  rec('csv_id', f`Tolong cek data penjual baru ini, mana yang belum lengkap untuk pencairan dana:

${amb('source_code.snippet', f`id_penjual,nama_toko,email,no_hp,bank,no_rekening
S-8802141,Sinar Jaya Batik,${v('pii.email', 'sinarjaya.batik@gmail.com')},${phone('+62 811-3482-7190')},BCA,${ambCat('financial', '4371092856')}
S-8802159,Kopi Gayo Asli,${v('pii.email', 'kopigayo.asli@yahoo.com')},${phone('+62 812-4827-3916')},Mandiri,
S-8802163,Rotan Cirebon,${v('pii.email', 'rotancirebon.official@gmail.com')},${phone('+62 21 5482 7193')},BNI,${ambCat('financial', '0829374615')}`)}`),
];
