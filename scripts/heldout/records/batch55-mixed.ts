/**
 * Held-out batch 55: longer texts mixing categories — incident write-ups, exports, logs, meeting
 * notes, appeal letters and vendor threads from the batch's six workplaces. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b55m-sklive', B62, 97));
const CPF_WEBHOOK_TOKEN = fill('b55m-webhook', B64URL, 48);
const SHPAT = tok('shpat_', fill('b55m-shpat', HEX, 32));

export const BATCH55_MIXED: DraftRecord[] = [
  rec('postmortem', f`Rewrite this as a customer-facing reason-for-outage note. No internal details, no names.

# INC-2025-0207 — ASH1 Hall B cooling alarm flood
**Impact:** 3 customer cages in Hall B saw inlet temps above 30 °C for 22 minutes. No equipment shutdowns.

**Timeline (UTC)**
- 02:14 BMS raises CRAH-B3 high return temperature
- 02:16 on-call paged (${v('pii.email', 'noc-oncall@kestrel-colo.net')})
- 02:31 tech logs into the BMS web UI at ${amb('pii.ip_address', '10.20.40.12')} with the shared facilities account fac_ops, password ${v('credential.password_in_prose', 'Chiller#Hall2B')} (finding: shared account, see AI-2)
- 02:38 CRAH-B3 compressor reset, temps recover by 02:52

**Action items**
- AI-1 replace CRAH-B3 contactor (facilities, this week)
- AI-2 rotate the BMS password and move the BMS to SSO`),

  rec('csv_nl', f`Kun je controleren of de creditbedragen kloppen met het aantal geretourneerde doosjes (à € 28,09)?

${amb('source_code.snippet', f`apotheek;email;iban;rma;doosjes;credit
Apotheek De Linde;${v('pii.email', 'inkoop@apotheekdelinde.nl')};${v('financial.iban', 'NL41 INGB 0007 3918 46')};RMA-2025-00417;3;84,27
Apotheek Zuidhaven;${v('pii.email', 'retour@zuidhaven-apotheek.nl')};${v('financial.iban', 'NL30ABNA0562918374')};RMA-2025-00422;5;140,45
Service Apotheek Oost;${v('pii.email', 'j.vermeer@sa-oost.nl')};;RMA-2025-00431;2;56,18`)}`),

  rec('email_thread', f`Can you draft my reply to Jess? Confirm the balance date and ask her to stop sending card numbers by email.

From: Jess Harper <${v('pii.email', 'jess.harper.events@gmail.com')}>
Sent: Tuesday, 4 February 2025 9:41 AM
Subject: Re: Harper–Nguyen wedding — florist deposit

Hi! The florist (Wildflower & Co, ${phone('0438 902 517', 'AU')}) says the deposit didn't come through. Their bank details are BSB ${ambCat('financial', '062-914')}, account ${ambCat('financial', '1048 2736')}. Or you can just put it on my Amex ${v('financial.payment_card', '3760 192847 50367')} exp 05/28 if that's easier.

Thanks!! Jess`, 'Australian BSB and account number: bank details no built-in rule claims (ambiguous, no rule id)'),

  rec('appeal_fr_ca', f`${v('confidential.marking', 'CONFIDENTIEL')} – dossier de contestation no C-2025-00318

Objet : Contestation du constat d'infraction du 12 janvier 2025, ligne 55, station Concorde

Madame, Monsieur,
Je conteste le constat remis par l'inspecteur. Ma carte OPUS était valide, mais le valideur de l'autobus était hors service. Vous pouvez me joindre au ${phone('418 692-5174', 'CA')} ou à ${v('pii.email', 'mthibodeau.qc@gmail.com')}.
Martin Thibodeau, né le ${v('pii.date_of_birth', '1976-08-14')}

→ Résume la contestation en trois lignes pour le comité de révision.`),

  rec('stack_trace', f`Checkout broke after the deploy, this is what the worker logged. The key in the boot line looks right to me? Also: is it bad that it's in the log at all?

${amb('source_code.snippet', f`2025-02-05T18:22:39.114Z DEBUG checkout-worker boot config={"env":"production","queue":"checkout","stripeKey":"${v('credential.stripe_secret_key', STRIPE_LIVE)}","currency":"USD"}
2025-02-05T18:22:41.907Z ERROR checkout-worker order=HC-59102 customer=${v('pii.email', 'mike.dunleavy@comcast.net')}
StripeAuthenticationError: Invalid API Key provided: sk_live_${'*'.repeat(92)}${STRIPE_LIVE.slice(-4)}
    at res.toJSON.then.StripeAPIError.message (/app/node_modules/stripe/cjs/RequestSender.js:105:31)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async chargeOrder (/app/dist/checkout/charge.js:41:20)`)}`),

  rec('log', f`The rental POS writes the full card number into the debug log on every payment. How bad is that for PCI, and how do I turn it off in log4j2 without losing the other debug lines?

${amb('source_code.snippet', f`2025-01-11 09:14:02,114 DEBUG rental.pos  payment started agreement=R-TLP-20931 amount=USD 186.00
2025-01-11 09:14:02,381 DEBUG rental.pos  terminal_resp={"pan":"${v('financial.payment_card', '5312 8946 0173 8253')}","exp":"0727","brand":"MC","status":"APPROVED"}
2025-01-11 09:14:02,390 INFO  rental.mail receipt sent to ${v('pii.email', 'sandra.fuchs@comcast.net')} (cell ${phone('(970) 331-5826', 'US')})`)}`),

  rec('webhook_pt_br', f`Esse webhook do sistema de recolhimento chega com 401 no nosso ERP. O token no header está certo?

${amb('source_code.snippet', f`POST /erp/recolhimentos HTTP/1.1
Host: erp.veltrum.com.br
Authorization: Bearer ${v('credential.bearer_token', CPF_WEBHOOK_TOKEN)}
Content-Type: application/json

{
  "lote": "24B117",
  "farmacia": "Drogaria São Judas",
  "responsavel": { "nome": "Paulo Henrique Lima", "cpf": "${v('pii.br_cpf', '193.746.028-22')}", "email": "${v('pii.email', 'paulo.lima@drogariasaojudas.com.br')}" },
  "quantidade": 12
}`)}`),

  rec('ansible_et', f`Ansible ei saa TLL1 PDU-dega ühendust. Kas inventory on õigesti kirjutatud?

${amb('source_code.snippet', f`[pdu_tll1]
tll1-pdu-a07 ansible_host=${amb('pii.ip_address', '10.71.3.17')}
tll1-pdu-b07 ansible_host=${amb('pii.ip_address', '10.71.3.18')}

[pdu_tll1:vars]
ansible_user=apc
ansible_password=${v('credential.password_assignment', 'Kadakas-Meri-731')}
ansible_connection=network_cli`)}

Parool peaks olema õige, sellega saan veebiliidesesse sisse.`),

  rec('notes_hi', f`${v('confidential.marking', 'गोपनीय')} – शर्मा-मेहता शादी, वेंडर नोट्स (सिर्फ़ टीम के लिए)

- डेकोरेटर: राजेश भाई ${phone('+91 99250 18364')}, एडवांस बाकी
- दुल्हन के पिता ने होटल का एडवांस कार्ड (**** 4471) से दिया, रसीद अभी नहीं मिली
- मेहमानों की लिस्ट ${v('pii.email', 'priya.mehta.wedding@gmail.com')} से आएगी

इन नोट्स को अंग्रेज़ी में एक चेकलिस्ट बना दो।`),

  rec('note_ar_ma', f`${v('confidential.marking', 'سري')} – ملاحظة داخلية، مكتب المخالفات

المراقب الجديد حمزة غادي يبدا نهار الاثنين. الحساب ديالو فالتطبيق: hamza.g، كلمة السر المؤقتة ${v('credential.password_in_prose', 'Tram-Casa-2025')}. إلا كان شي مشكل يتاصل بالمسؤول ${phone('+212 662-718405')}.

عاونّي نكتب هاد الملاحظة بالفرنسية بطريقة رسمية.`),

  rec('code_python', f`テストが CI でだけ失敗します。フィクスチャのどこが悪いですか？

${v('source_code.snippet', f`import pytest
from shop.orders import Order, Customer

@pytest.fixture
def customer():
    return Customer(
        name="佐藤 美咲",
        email="${v('pii.email', 'misaki.sato.home@gmail.com')}",
        phone="${phone('+81 80 3192 7458')}",
        prefecture="北海道",
    )

def test_free_shipping_over_10000(customer):
    order = Order(customer=customer, items=[("malt-pils-25kg", 1, 9800), ("hop-citra-100g", 1, 1200)])
    assert order.shipping_fee == 0`)}`),

  rec('meeting_sv', f`Gör om anteckningarna till en att-göra-lista med ansvariga:

Möte inför säsongsstart, liftkassan Björnfjället, 28 nov
- Nya kassadatorerna: adminkonto "kassa-adm", lösenordet är ${v('credential.password_in_prose', 'Fjallripa-2025!')} tills IT byter
- Jour första helgen: Elin (${phone('070-218 64 39', 'SE')}) och Oskar
- Frågor om säsongskort till ${v('pii.email', 'kundtjanst@bjornfjallet.se')}
- Skyltar vid backe 4 saknas fortfarande`),

  rec('ticket_th', f`ช่วยแปลตั๋วนี้เป็นภาษาอังกฤษให้ทีมที่สิงคโปร์:

[BKK1-4471] ลูกค้าเข้าเซิร์ฟเวอร์ไม่ได้หลังรีบูต
ผู้แจ้ง: คุณวิภา ศรีสุข ${v('pii.email', 'wipa.s@siamcloud.co.th')} โทร ${phone('+66 81 427 3916')}
IP ที่มีปัญหา: ${amb('pii.ip_address', '203.154.82.19')}
ลูกค้าให้รหัสผ่าน iLO มาเพื่อให้เราตรวจสอบ: ${v('credential.password_in_prose', 'Chaophraya#88')}`),

  rec('email_he', f`תקצר לי את המייל הזה לשלוש שורות לצוות המחסן:

נושא: ${v('confidential.marking', 'סודי')} – ריקול אצווה 24B117
יש להעביר את כל המלאי של האצווה להסגר באזור 4 עד הודעה חדשה. אין לציין בפני לקוחות את סיבת ההחזרה.
לשאלות: רונית לוי, ${phone('+972 52-748-3916')}, ${v('pii.email', 'ronit.levy@veltrum.co.il')}`),

  rec('slack_export', f`Summarise this thread for the ops log, and tell me what I should delete from Slack:

[09:12] Kirra: customer Ben Talbot (${v('pii.email', 'ben.talbot@iinet.net.au')}, ${phone('0422 736 159', 'AU')}) says his grain mill arrived with a cracked hopper
[09:14] Kirra: refund or replacement?
[09:20] Lachlan: replacement. I'll push the stock fix, using the admin token for now: ${v('credential.shopify_access_token', SHPAT)}
[09:21] Kirra: 👍`),

  rec('chat_km', f`${v('confidential.marking', 'សម្ងាត់')} – សម្រាប់ក្រុមរៀបចំកម្មវិធីតែប៉ុណ្ណោះ
ភ្ញៀវពិសេស៖ លោក Richard Lam អ៊ីមែល ${v('pii.email', 'richard.lam@lamholdings.com.sg')} ទូរស័ព្ទ ${phone('097 518 2746', 'KH')}
ប្រាក់កក់សម្រាប់ក្រុមតន្ត្រីត្រូវផ្ទេរទៅគណនី ABA ${ambCat('financial', '002 418 736')}

សូមបកប្រែជាភាសាអង់គ្លេសសម្រាប់ម្ចាស់ក្រុមហ៊ុន។`, 'Cambodian bank account number: no built-in rule (ambiguous, no rule id)'),
];
