/**
 * Held-out batch 51: longer texts mixing categories — incident reports, tracebacks, client e-mail
 * threads, nursing handovers, charter summaries, order exports, crew-change plans — mostly benign
 * with a few sensitive values. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { HEX, fill, gh, pem, tok } from '../tokens';

const SHPAT = tok('shpat_', fill('b51m-shpat', HEX, 32));
const OSSH_TICKET = pem('OPENSSH PRIVATE KEY', 'b51m-ossh', 411, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const GH_OAUTH_SECRET = fill('b51m-ghoauth', HEX, 40);
const GHP_HUB = gh('ghp', 'Qm4Tz8Rk2Wx6Bn1Lp9Vc3Hj7Ds5Fy0');

export const BATCH51_MIXED: DraftRecord[] = [
  rec('incident', f`# Incident report – loss of remote SCADA access, Borssele Beta, 9 March

**Summary:** the O&M team lost remote SCADA access for 5 h after the firewall in the onshore control room was replaced. No turbine was stopped because of it; two planned resets were delayed.

**Timeline (CET)**
- 06:10 CTV crew reports HMI login failure at WTG B04
- 06:25 on-call engineer (Henk de Boer, ${phone('+31 6 4817 2390')}) confirms the site VPN tunnel is down
- 07:40 vendor engineer reaches the new firewall at ${amb('pii.ip_address', '10.20.0.1')}; the temporary admin password ${v('credential.password_in_prose', 'Oranje!Storm24')} had been sent in plain text in the ticket
- 11:05 tunnel restored, ticket closed by ${v('pii.email', 'noc@northwind-om.nl')}

**Actions:** rotate the firewall admin password; stop sending credentials in tickets.

Rewrite this as a lessons-learned section for the client, without names, numbers or passwords.`),

  rec('traceback', f`Nightly XDMoD sync fails since we moved the DB. Full output from cron:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/xdmod-sync/sync.py", line 88, in <module>
    engine = create_engine("mysql+pymysql://xdmod:${v('credential.database_url_password', 'Polaris-Cluster!9')}@dbhost02.rc.halvard.edu/modw")
  File "/opt/xdmod-sync/venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 3285, in connect
    return self._connection_cls(self)
sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1045, "Access denied for user 'xdmod'@'${amb('pii.ip_address', '10.8.2.17')}' (using password: YES)")
[sync] failure mail sent to ${v('pii.email', 'hpc-admins@halvard.edu')}`)}

The grant on the new server is for 'xdmod'@'10.8.2.%'. Shouldn't that match?`),

  rec('email_thread', f`Help me reply to Ms Price — she's upset that the plea offer changed. Keep it kind but clear.

From: Latoya Price <${v('pii.email', 'latoyaprice94@icloud.com')}>
Sent: Monday, March 10, 2025 7:12 PM
Subject: Re: ${v('confidential.marking', 'PRIVILEGED & CONFIDENTIAL')} – your case

You told me last week it would be 6 months probation and now it's 30 days? I can't lose my job at the care home. My DOB is ${v('pii.date_of_birth', '01/30/1994')} and my SSN is ${v('pii.us_ssn', '529-47-3086')} if the probation office needs it for the employment letter. Call me at ${phone('+1 (412) 837-2691')} after 6.

> On Mar 7, R. Okafor wrote:
> The DA has revised the offer after the new lab report. Let's talk before Thursday.`),

  rec('handover_nl', f`Maak hier een nette overdracht van voor de invalkracht van zaterdag:

Route Lindehof-Noord, zaterdag vroege dienst
1. Dhr. K. Bosman (BSN ${v('pii.nl_bsn', '319472085')}), insuline 07:30 + bloedsuiker. Sleutelkluis achterdeur, code ${ambCat('credential', '4-8-2-1')}. Zoon bellen bij waarde > 20: ${phone('06-51837264', 'NL')}.
2. Mevr. A. Yılmaz, steunkousen aan, ogen druppelen. Spreekt weinig Nederlands, dochter tolkt via ${phone('+31 6 4817 2390')}.
3. Dhr. P. de Wit, wondzorg stuit. Huisarts gevraagd om nieuw recept Flaminal.

Niet vergeten: registreren in de app vóór 14:00.`, 'the key-safe code of a client\'s house: a credential-like secret, but no rule claims it'),

  rec('charter_summary', f`Turn this into a clean booking summary for the captain (no payment details in his version):

M/Y Serenella – charter 2–9 Aug 2025, Olbia → Olbia
Charterer: Mr Henrik Aalborg, Danish passport ${v('pii.passport', '213847590')}, ${v('pii.email', 'henrik.aalborg@aalborg-invest.dk')}, ${phone('+45 28 61 47 93')}
Guests: 8 (4 adults, 4 children aged 6–14), one nut allergy
Charter fee EUR 145,000 paid to ${v('financial.iban', 'IT18F0200823212000007130391')}; security deposit pre-authorised on card ${v('financial.payment_card', '5434 4211 3270 7129')}
APA 30% due 1 July. Transfers: helicopter from Olbia airport on 2 Aug at 16:00.`),

  rec('order_export', f`Shopify says these orders are unpaid, but the customers got the beer. My export script + two orders from the JSON:

${v('source_code.snippet', f`import requests
SHOP = "stonefold-brewing.myshopify.com"
TOKEN = "${v('credential.shopify_access_token', SHPAT)}"
r = requests.get(f"https://{SHOP}/admin/api/2024-10/orders.json?financial_status=pending",
                 headers={"X-Shopify-Access-Token": TOKEN}, timeout=30)
print(r.json())`)}

${amb('source_code.snippet', f`{"orders":[
 {"id":6012834719,"name":"#4471","email":"${v('pii.email', 'gavin.mcrae@btinternet.com')}","phone":"${phone('+44 7932 418 265')}","financial_status":"pending","gateway":"manual","total_price":"64.80"},
 {"id":6012839952,"name":"#4472","email":"${v('pii.email', 'aoife.brennan@eircom.net')}","phone":null,"financial_status":"pending","gateway":"manual","total_price":"32.40"}
]}`)}`),

  rec('ticket', f`Ticket RC-20931 — can you write the reply? The user pasted their PRIVATE key instead of the public one:

From: ${v('pii.email', 'f.adeyemi@halvard.edu')}
Subject: please add my key to the cluster
Logged in from ${amb('pii.ip_address', '82.44.117.203')}

Hi, here is my key for the GPU cluster, thanks!

${v('credential.openssh_private_key', OSSH_TICKET)}

Reply should: tell them we deleted the ticket content, that they must generate a new key pair, and how to send only the .pub file.`),

  rec('tsv', f`Lav en oversigt pr. fartøj over mandskabsskiftet den 18. april, og marker hvem der mangler gyldigt GWO-certifikat:

${amb('source_code.snippet', f`Navn\tFirma\tTelefon\tPas nr.\tFødselsdato\tGWO udløb\tFartøj
Anders Kirk\tNorthwind O&M\t${phone('+45 51 84 27 36')}\t${v('pii.passport', '210473958')}\t${v('pii.date_of_birth', '1984-10-09')}\t2026-02-01\tCTV Tern
Piotr Nowak\tBaltic Rope\t${phone('+48 512 748 360')}\t${v('pii.passport', 'EP7302946')}\t${v('pii.date_of_birth', '1990-03-25')}\t2025-04-02\tCTV Tern
Kristjan Mägi\tNorthwind O&M\t${phone('+372 5918 4402')}\t${v('pii.passport', 'KE0419273')}\t${v('pii.date_of_birth', '1993-01-19')}\t2027-08-15\tSOV Gannet`)}`),

  rec('email_pt', f`Revise este e-mail antes de eu enviar à vara, por favor:

Assunto: ${v('confidential.marking', 'CONFIDENCIAL')} – pedido de acesso aos autos, assistido Rafael Nogueira dos Santos

Excelentíssimo(a) Senhor(a),
a Defensoria Pública requer acesso integral aos autos do processo, incluindo as imagens das câmeras do ônibus. O assistido (CPF ${v('pii.br_cpf', '275.049.381-14')}) pode ser contatado pela Defensoria através do e-mail ${v('pii.email', 'nucleo.criminal@defensoria-rj.def.br')}.
Atenciosamente,
Dra. Juliana Prates, Defensora Pública`),

  rec('chat_it', f`Riassumi in una mail breve per la collega dell'amministrazione:
la nuova infermiera, Chiara Esposito (codice fiscale ${v('pii.it_codice_fiscale', 'SPSCHR91M52F839R')}), inizia lunedì con le visite domiciliari a Lucca. Lo stipendio va accreditato su ${v('financial.iban', 'IT54 X020 0847 8240 0001 5809 377')}. Cellulare: ${phone('+39 347 281 9364')}. Deve ancora consegnare il certificato vaccinale.`),

  rec('chat_ar', f`ساعدني في كتابة رسالة إلى إدارة المارينا في دبي بالإنجليزية: العميل السيد خالد المنصوري (جواز سفر ${v('pii.passport', 'N4827193')}) سيستلم اليخت يوم 5 أبريل، ورقم هاتفه ${phone('+971 55 284 7193')}. رسوم الرسو دُفعت من حساب الشركة ${v('financial.iban', 'AE46 2607 9744 5836 8355 475')}، والمطلوب تأكيد مكان الرسو رقم C-14.`),

  rec('jupyterhub_zh', f`JupyterHub 升级到 5.x 以后 GitHub 登录一直跳回登录页。配置和我们的通知脚本如下：

${amb('source_code.snippet', f`# jupyterhub_config.py (节选)
c.JupyterHub.authenticator_class = "github"
c.GitHubOAuthenticator.client_id = "Ov23liK7pR2mQ9xT4wN1"
c.GitHubOAuthenticator.client_secret = "${v('credential.generic_secret_assignment', GH_OAUTH_SECRET)}"
c.GitHubOAuthenticator.oauth_callback_url = "https://hub.rc.halvard.edu/hub/oauth_callback"
c.GitHubOAuthenticator.allowed_organizations = {"halvard-rc"}
c.Authenticator.admin_users = {"wliu-rc", "mokafor"}
c.Spawner.environment = {"GITHUB_TOKEN": "${v('credential.github_pat', GHP_HUB)}"}`)}

出问题时请同时通知 ${v('pii.email', 'wei.liu@halvard.edu')} 和 ${v('pii.email', 'mariam.okafor@halvard.edu')}。`),

  rec('chat_uk', f`Допоможіть оформити дані нового пивовара для бухгалтерії (польською):
Олександр Шевчук, паспорт ${v('pii.passport', 'FE571938')}, телефон ${phone('+380 67 418 2953')}, зарплатний рахунок ${v('financial.iban', 'PL29 1140 4801 0448 6274 8486 3622')}. Починає 1 квітня, зміна на розливі, 40 годин на тиждень.`),

  rec('chat_lv', f`Lūdzu, uzraksti e-pastu angliski jaunajam tehniķim: viņa konts darba pasūtījumu sistēmā ir izveidots (lietotājs e.berzins, pagaidu parole ${v('credential.password_in_prose', 'Dzintars-2025!')}), dienas nauda tiks pārskaitīta uz ${v('financial.iban', 'LV04UNLA0037613137251')}, un vadītāja telefons ir ${phone('+371 2847 1936')}. Pirmā maiņa uz SOV – 22. aprīlī.`),

  rec('chat_id', f`Tolong buatkan pesan WhatsApp yang sopan untuk keluarga pasien homecare:
Pasien: Bapak Suharto Wibowo, NIK ${ambCat('pii', '3578041207930002')}
Perawat yang datang: Ns. Rina, HP ${phone('0812 3917 4826', 'ID')}
Jadwal: Senin & Kamis pukul 09.00, perawatan luka diabetes.
Tagihan dikirim ke email ${v('pii.email', 'keluarga.wibowo@gmail.com')} setiap akhir bulan.`, 'Indonesian NIK: personal, no built-in rule'),

  rec('chat_vi', f`Viết giúp mình email xác nhận đặt du thuyền bằng tiếng Anh cho khách:
Khách: Ms. Tran Minh Anh, hộ chiếu ${v('pii.passport', 'C4827193')}, email ${v('pii.email', 'minhanh.tran@gmail.com')}, ĐT ${phone('+84 903 847 216')}
Du thuyền: Halong Pearl, 2 đêm, 12–14/4, cabin suite
Đặt cọc 30% đã thanh toán bằng thẻ ${v('financial.payment_card', '2223 0278 7734 7021')}. Phần còn lại trả khi lên tàu.`),
];
