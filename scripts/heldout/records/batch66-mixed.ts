/**
 * Held-out batch 66: longer texts mixing categories — incident notes, shift reports, complaint
 * threads, stack traces, test fixtures, exports and runbooks from the six organisations of this
 * batch. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, jwt, pem, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const RK_LIVE = tok('rk_', 'live_', '51', fill('b66m-rklive', B62, 97));
const APP_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'usr_8f21c0', email_verified: true, plan: 'premium', iat: 1736412300, exp: 1736415900 }, 'b66m-appjwt');
const SENTRY_KEY = fill('b66m-sentry', HEX, 32);
const DEPLOY_KEY = pem('OPENSSH PRIVATE KEY', 'b66m-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');

export const BATCH66_MIXED: DraftRecord[] = [
  rec('incident_us', f`## Incident 2025-02-11: paywall let everyone through for 47 minutes

**What happened:** after the 09:12 deploy, the entitlement check read a null plan as "premium". ~18k anonymous sessions read metered articles for free.

**How we found it:** a reader (${v('pii.email', 'dcalloway@frontier.com')}) emailed the desk asking why she was paying at all.

**Timeline**
- 09:12 deploy of paywall-svc 4.8.0
- 09:59 rollback; restricted key used for the entitlement lookup rotated as a precaution (old one: \`${v('credential.stripe_restricted_key', RK_LIVE)}\`)
- 10:05 traffic from ${amb('pii.ip_address', '203.0.113.57')} (scraper) blocked at the CDN

Rewrite this for the newsroom's Friday note: plain language, no keys, no addresses.`),

  rec('shift_de_at', f`Schichtbericht Frühschicht 14.02. – Vortrieb Weströhre
Ringe gebaut: 9 (Ring 812–820), Vortrieb 13,5 m
Störungen: 40 min Stillstand, Förderband Übergabe 2 (Lager getauscht)
Personal: Polier Huber, 6 Mineure, 1 Elektriker (Ersatz: Ivo Marić, ${phone('+43 664 2817395')})
WLAN im Nachläufer neu: SSID TBM-Nachlaeufer, Kennwort ${v('credential.password_in_prose', 'Ringbau!820Wst')}
Ortsbrust: Mergel, trocken, Stützdruck 2,1 bar

Mach mir daraus bitte eine kurze Zusammenfassung für die Bauleitung, ohne Kennwort und Telefonnummern.`),

  rec('complaint_es', f`¿Me ayudas a contestar esta queja? Quiero disculparme y ofrecer el abono.

De: Clínica Veterinaria Los Almendros <${v('pii.email', 'administracion@vetlosalmendros.es')}>
Asunto: Pedido 88217 llegó sin frío

Buenos días, el pedido de vacunas llegó ayer a las 14:30 con el indicador de temperatura en rojo. No podemos usarlo. Les pido el abono en nuestra cuenta ${v('financial.iban', 'ES24 2100 8682 1204 7948 7895')} o la reposición urgente.
Para cualquier cosa, llamen a Marta al ${phone('+34 611 204 837')}.`),

  rec('trace_fr', f`Nos utilisatrices en France reçoivent une erreur 500 à l'export PDF du calendrier. Voici la trace Sentry :

${cfg(f`TypeError: Cannot read properties of undefined (reading 'toISOString')
    at formatCycle (/app/dist/export/pdf.js:88:31)
    at Array.map (<anonymous>)
    at buildPdf (/app/dist/export/pdf.js:41:22)
  request: POST /v2/export/pdf
  headers: { authorization: "Bearer ${v('credential.jwt', APP_JWT)}" }
  user: { id: "usr_8f21c0", email: "${v('pii.email', 'lea.marchand@laposte.net')}", birthdate: "${v('pii.date_of_birth', '1993-02-11')}" }`)}

Le cycle en cours n'a pas encore de date de fin, c'est peut-être ça ?`),

  rec('minutes_it', f`Verbale riunione IT consorzio biblioteche – 6 marzo
Presenti: Rossi, Fabbri, Conti, Galli

1. Chioschi di autoprestito: installato il nuovo a Castel San Pietro. Account di servizio "kiosk-csp", password ${v('credential.password_in_prose', 'Portico-Rosso-31')} (da cambiare dopo il collaudo).
2. Wi-Fi sale studio: rete ospiti separata dalla rete interna, gateway ${amb('pii.ip_address', '10.8.0.1')}.
3. Referente per i problemi con la stampante RFID: Elena Conti, ${phone('+39 347 520 1846')}, ${v('pii.email', 'e.conti@bibliotechebo.it')}.

Trasformalo in una lista di azioni con responsabile e scadenza.`),

  rec('thread_da', f`Kan du lave et kort svar på engelsk til befragteren? Bare bekræft at pengene er sendt.

Fra: Kasper Holm <${v('pii.email', 'k.holm@nordsoe-shipping.dk')}>
Emne: ${v('confidential.marking', 'FORTROLIGT')} – betaling af overliggedage, m/v Skagen Bay

Hej, overliggepengene (USD 31.400) overføres til ${v('financial.iban', 'DK16 5051 1000 4827 19')} i morgen. Ring på ${phone('+45 28 41 93 07')} hvis noget er uklart.
Kasper`),

  rec('sql_pl', f`Cześć, muszę przenieść czytelników z jednej filii do drugiej. Czy ten dump się nada do importu do PostgreSQL?

${cfg(f`INSERT INTO czytelnicy (id, imie, nazwisko, email, telefon, filia) VALUES
(40112, 'Agnieszka', 'Zielińska', '${v('pii.email', 'a.zielinska@wp.pl')}', '${phone('+48 512 904 318')}', 'F07'),
(40113, 'Marek', 'Kaczmarek', '${v('pii.email', 'marek.kaczmarek@interia.pl')}', NULL, 'F07'),
(40118, 'Zofia', 'Lewandowska', '${v('pii.email', 'zofia.lew@gmail.com')}', '${phone('+48 601 730 294')}', 'F07');`)}`),

  rec('code_ng', f`Our CI keeps failing on this test, can you see why? We use made-up users for the fixtures, I think.

${code(f`import pytest
from app.reminders import next_reminder

@pytest.fixture
def user():
    return {
        "name": "Chiamaka Eze",
        "email": "${v('pii.email', 'chiamaka.eze@gmail.com')}",
        "phone": "${phone('+234 809 417 2835')}",
        "cycle_length": 29,
        "last_period": "2025-01-20",
    }

def test_next_reminder(user):
    r = next_reminder(user, today="2025-02-10")
    assert r.kind == "fertile_window"
    assert r.date.isoformat() == "2025-02-03"`)}`, 'fixtures that look made up but are ordinary realistic data: labelled'),

  rec('log_pt_br', f`Tá dando erro no cadastro de assinantes pelo app do jornal. O log:

${cfg(f`{"ts":"2025-02-18T13:04:22.917Z","level":"error","svc":"assinaturas","msg":"falha ao validar documento","payload":{"nome":"Rafael Teixeira","cpf":"${v('pii.br_cpf', '252.850.449-79')}","email":"${v('pii.email', 'rafa.teixeira@uol.com.br')}","celular":"${phone('+55 11 97314-2086')}"},"err":"cpf_duplicado"}`)}

Como faço pra não logar o payload inteiro?`),

  rec('whatsapp_hi', f`Bhai ye distributor ka KYC form check kar, kuch missing toh nahi?
Naam: Ramesh Patel, Anand (Gujarat)
Aadhaar: ${v('pii.in_aadhaar', '9485 7967 9144')}
Mobile: ${phone('+91 98765 20413')}
UPI: ${ambCat('financial', 'rameshpatel@okhdfcbank')}
GST: 24AAKFP4821M1Z7
Payment terms 30 din, credit limit 2 lakh.`, 'UPI id: a payment address no built-in rule claims (ambiguous); GSTIN identifies the business, unlabelled'),

  rec('email_zh_hk', f`幫我將呢封 email 改得正式啲，係寄畀船東嘅。

Hi Captain Lau,
我哋已經安排咗你嘅新船員 Mr. Chan 喺 3月20號上船，佢嘅護照號碼係 ${v('pii.passport', 'H48271935')}，電話 ${phone('+852 6128 4093')}。代理費用已經用公司卡 ${v('financial.payment_card', '5424 1830 7526 1942')} 付咗。
有問題隨時搵我。
Winnie`),

  rec('tsv_uk', f`Зроби, будь ласка, з цього таблицю для відділу кадрів і перевір, чи всі поля заповнені:

${cfg(f`ПІБ\tпаспорт\tдата народження\tтелефон\tрахунок
Бондар Сергій\t${v('pii.passport', 'FK920417')}\t${v('pii.date_of_birth', '19.12.1991')}\t\t
Коваленко Ігор\t${v('pii.passport', 'FM318274')}\t${v('pii.date_of_birth', '04.03.1987')}\t${phone('+380 50 318 2746')}\t${v('financial.iban', 'UA34 3052 9918 2103 3551 9249 6001 5')}`)}`),

  rec('chat_ar_eg', f`ساعدني أرد على العميل ده بأدب، هو زعلان عشان الجريدة ما وصلتش تلات أيام:
"أنا مشترك من سنتين ودفعت بالكارت ${v('financial.payment_card', '4895 3720 6184 5239')} ومحدش بيرد على التليفون. رقمي ${phone('+20 122 418 3097')} والإيميل ${v('pii.email', 'sherif.mansour77@yahoo.com')}."`),

  rec('runbook_nz', f`# Runbook: redeploy the cycle-insights API after a host failure

1. SSH to the spare box: \`ssh deploy@${amb('pii.ip_address', '172.31.18.44')}\`
2. Put the deploy key in place if the AMI doesn't have it. Current key (rotate after the incident):

${v('credential.openssh_private_key', DEPLOY_KEY)}

3. \`docker compose pull && docker compose up -d\`
4. Check Sentry for new errors (DSN in the compose file: \`${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508217.ingest.de.sentry.io/4508217390241792`)}\`)
5. Tell #incidents and ${v('pii.email', 'oncall@cyclora.app')}.

Can you make this clearer and add a rollback step? Cheers.`),

  rec('chat_he', f`תעזור לי לנסח הודעה ללקוחה שביקשה למחוק את החשבון: שם – נועה כהן, אימייל ${v('pii.email', 'noa.cohen.tlv@gmail.com')}, טלפון ${phone('+972 54-318-2074')}, תאריך לידה ${v('pii.date_of_birth', '14/06/1994')}. היא שילמה מנוי שנתי ורוצה החזר לחשבון ${v('financial.iban', 'IL83 0106 1200 0001 2837 465')}. תסביר לה שההחזר יחסי.`),

  rec('email_nb', f`Hei, kan du oversette denne til engelsk før jeg sender den til megleren i Singapore?

Hei Wei Ling,
Her er kontaktinfo til vår nye operatør, Henrik Aasen: ${phone('+47 482 19 305')}, ${v('pii.email', 'henrik.aasen@halvorsenquist.no')}. Kommisjonen for Fjordstjerne-fiksturen betales til ${v('financial.iban', 'NO51 8601 2468 846')} innen 30 dager.
${amb('confidential.marking', 'Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for mottakeren.')}
Mvh Solveig`),
];
