/**
 * Held-out batch 110: longer texts mixing categories — incident notes, stack traces, exports, meeting
 * notes and e-mail threads from the six workplaces of this batch. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, fill, pem, tok } from '../tokens';

const SG = tok('SG.', fill('b110m-sg1', B64URL, 22), '.', fill('b110m-sg2', B64URL, 43));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b110m-sklive', B62, 97));
const DEPLOY_KEY = pem('OPENSSH PRIVATE KEY', 'b110m-deploy', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const AZ_SAS = `${fill('b110m-sas1', B62, 16)}%2B${fill('b110m-sas2', B62, 14)}%2F${fill('b110m-sas3', B62, 11)}%3D`;
const GITLAB_RUNNER = tok('glrt-', fill('b110m-glrt', B62 + '-_', 20));

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH110_MIXED: DraftRecord[] = [
  rec('incident_en', f`# Night audit incident — Harborline Denver, 11 March

**What happened:** the 02:00 auto-roll failed and the business date stayed on 10 March until 04:35. Rooms charges were posted twice for 37 rooms.

**Timeline**
- 02:04 roll fails with "deadlock detected" (PMS DB on ${amb('pii.ip_address', '10.40.2.15')})
- 02:20 night auditor Kim Reyes calls on-call IT, ${phone('+1 303 482 7193', 'US')}
- 03:10 IT restarts the interface service; the config still had the old DB password \`pms_ro / ${v('credential.password_in_prose', 'Summit!Denver2024')}\`
- 04:35 roll completes, duplicate postings reversed by hand

**Guest impact:** one guest (${v('pii.email', 'd.harrington@protonmail.com')}) saw a double authorisation on card ending 4417 and called the front desk.

Please turn this into a short summary for the GM, no technical details.`),

  rec('stacktrace', f`Booking engine throws this when a guest pays with a saved card. Our logging is too chatty, isn't it?

${cfg(f`2025-03-10 21:47:13,902 ERROR [payment-worker-3] c.h.booking.PaymentService - charge failed for resv HBL-DEN-884213
com.stripe.exception.CardException: Your card was declined.; code: card_declined; request-id: req_Nq4Lx8Tw2Zr7Vb
    at com.stripe.net.LiveStripeResponseGetter.handleApiError(LiveStripeResponseGetter.java:213)
    at com.harborline.booking.PaymentService.charge(PaymentService.java:88)
Caused by context: guest=${v('pii.email', 'mfrancois.voyages@gmail.com')} phone=${phone('+33 1 48 72 39 14', 'FR')} apiKey=${v('credential.stripe_secret_key', STRIPE_LIVE)}`)}`),

  rec('meeting_notes_nl', f`Notulen weekoverleg werkplaats orthopedische techniek, 10 maart

Aanwezig: Sanne, Bram, Fatima, Joost
1. Nieuwe scanner: werkt, maar uploads naar de cloud falen nog. Bram heeft het SAS-token vernieuwd: ?sv=2024-11-04&ss=b&srt=co&sp=rwl&se=2025-06-30T22:00:00Z&sig=${v('credential.azure_sas_token', AZ_SAS)}
2. Klacht mevr. Hendriks (geb. ${v('pii.date_of_birth', '12-04-1956')}, tel. ${phone('06 41 82 71 93', 'NL')}): koker drukt bij de kuit. Afspraak voor aanpassing 14 maart.
3. Leverancier carbon: prijsverhoging 7%, betalen op ${v('financial.iban', 'NL34 INGB 0455 4248 84')} tot nieuwe factuur.

Maak hier een korte actielijst van met eigenaar per punt.`),

  rec('email_thread_de', f`Bitte Antwort an Herrn Lenz vorbereiten, höflich aber bestimmt:

---
Von: Thomas Lenz <${v('pii.email', 't.lenz@kessler-metallbau.de')}>
Betreff: Auszahlung Vorschuss KW 11

Hallo Frau Winter,
die Auszahlung für die Rechnungen 2025-0211 bis -0219 ist immer noch nicht da. Bitte auf unser neues Konto ${v('financial.iban', 'DE05 2003 0192 3084 5656 95')} überweisen, das alte ist gekündigt. Erreichbar bin ich unter ${phone('0171 4829305', 'DE')}.
Gruß, Lenz
---

Hinweis intern: Kontoänderung nur nach Rückruf auf der im Vertrag hinterlegten Nummer!`),

  rec('ticket_en', f`Ticket #LIB-2291 — e-resource access broken for Eastfield branch

Reporter: Marisol Alvarez (${v('pii.email', 'm.alvarez@eastfield-library.org')}, ext. 214)
Symptom: all EBSCO links give "You are not authorized". Branch public IP changed from ${amb('pii.ip_address', '203.0.113.48')} to ${amb('pii.ip_address', '198.51.100.77')} after the ISP switch; IP auth at the vendor still has the old range.
Workaround: staff log in via EZproxy with the branch account (eastfield_staff / ${v('credential.user_password_pair', 'Lantern-Books22')}) — to be removed once the vendor updates.

Write an email to EBSCO support asking them to update our IP range.`),

  rec('ci_yaml', f`Pipeline for the diagnostics dashboards fails on the deploy step — can you see why?

${cfg(f`stages: [build, deploy]

variables:
  RUNNER_TOKEN: "${v('credential.gitlab_token', GITLAB_RUNNER)}"
  TARGET_HOST: "${amb('pii.ip_address', '10.112.20.5')}"

deploy:
  stage: deploy
  script:
    - echo "$DEPLOY_KEY" > /tmp/id && chmod 600 /tmp/id
    - rsync -e "ssh -i /tmp/id" -r dist/ diag@$TARGET_HOST:/srv/dashboards/`)}

DEPLOY_KEY variable is set to:
${v('credential.openssh_private_key', DEPLOY_KEY)}`),

  rec('csv_pl', f`Scal proszę te dwie listy wpłat na konta osadzonych i zaznacz różnice:

${cfg(f`data;osadzony_nr;wplacajacy;telefon_wplacajacego;kwota;konto_nadawcy
2025-03-03;OS-7731;Halina Nowak;${phone('+48 604 482 719', 'PL')};200,00;${v('financial.iban', 'PL64 1050 4829 0269 9708 6784 9050')}
2025-03-04;OS-8102;Krzysztof Lis;${phone('+48 22 584 71 93', 'PL')};150,00;brak (wpłata gotówkowa)`)}

Druga lista z banku ma tylko kwoty i tytuły przelewów.`),

  rec('chat_es', f`Oye, me pasas en limpio esta nota de la revisión remota del aerogenerador? La escribí a toda prisa:

"WTG-22 Tarifa: alarma 3120 (temp. rodamiento generador) 3 veces esta semana. Conexión remota al controlador ${amb('pii.ip_address', '10.88.4.122')} con usuario service / ${v('credential.password_in_prose', 'Levante#Tarifa25')} (el de siempre, hay que cambiarlo). Técnico de guardia: Álvaro Ruiz ${phone('+34 612 39 84 71', 'ES')}. Pedir termografía al cliente, contacto ${v('pii.email', 'mantenimiento@eolica-estrecho.es')}."`),

  rec('email_en_gb', f`Can you help me reply to this? I think it's a scam but I'm not sure.

---
From: Accounts <${v('pii.email', 'accounts@ossur-supplies-uk.co')}>
Subject: URGENT updated bank details

Dear customer, due to an audit our bank details have changed. Please pay outstanding invoice INV-88213 (£4,212.00) to:
Sort code ${ambCat('financial', '20-28-21')}, IBAN ${v('financial.iban', 'GB40 BARC 2028 2135 5995 49')}
Call us on ${phone('+44 161 496 3827', 'GB')} to confirm.
---

Our real supplier is on a different domain. Draft a reply to our actual supplier to verify.`),

  rec('json_payload', f`This is the webhook the library's payment provider sends when a patron pays fines online. Our handler crashes on it — what field is missing?

${cfg(f`{
  "event": "payment.succeeded",
  "patron": {
    "barcode": "21187004123395",
    "name": "Howard Chen",
    "email": "${v('pii.email', 'hchen.reads@yahoo.com')}",
    "phone": "${phone('+1 857 482 7103', 'US')}"
  },
  "amount": 12.50,
  "card": { "brand": "visa", "last4": "6531" },
  "client_ip": "${amb('pii.ip_address', '73.219.48.201')}"
}`)}`),

  rec('handover_tr', f`Gece denetimi devir notunu düzeltir misin?

- 402 numaralı odada misafir Ayşe Demir, doğum tarihi ${v('pii.date_of_birth', '14.02.1988')}, pasaport ${v('pii.passport', 'U48271936')}: KBS bildirimi yapıldı.
- Sabah resepsiyonu ${phone('+90 532 481 73 96', 'TR')} numaralı misafiri arayacak (geç çıkış talebi).
- Kasa farkı 120 TL, müdüre bildirildi.
- Kanal yöneticisi şifresi değişti: ${v('credential.password_in_prose', 'Bogaz2025!Kanal')} (IT'den Murat'a sor).`),

  rec('code_with_fixture', f`Tests for the visitor-approval service fail on CI — fixtures below:

${code(f`VISITORS = [
    {"name": "Tonya Merriweather", "dob": "${v('pii.date_of_birth', '1986-03-22')}", "ssn": "${v('pii.us_ssn', '512-48-7391')}", "phone": "${phone('617-482-7193', 'US')}"},
    {"name": "Test Visitor", "dob": "2000-01-01", "ssn": "${amb('pii.us_ssn', '123-45-6789')}", "phone": "${amb('pii.phone', '555-0142')}"},
]

def test_rejects_recent_felony(client):
    r = client.post("/api/visitors/check", json=VISITORS[0])
    assert r.json()["decision"] == "deny"`)}

Is it bad that the first fixture is a real applicant from last month?`),

  rec('chat_sv', f`Kan du skriva om det här till ett kort mejl till kunden?

"Hej Annika! Turbin 4 i Markbygden har fått nytt styrkort. Fjärranslutningen går nu via ${amb('pii.ip_address', '10.77.14.4')} port 8443. Vårt nya SendGrid-konto för larmmejl använder nyckeln ${v('credential.sendgrid_api_key', SG)} – ta bort den gamla från er brandvägg-whitelist. Fakturan för kortet (18 400 kr) betalas till ${v('financial.iban', 'SE46 5000 3286 5360 8761 1033')}. Ring mig på ${phone('+46 8 517 948 23', 'SE')} om något är oklart. /Erik"`),

  rec('form_ru', f`Проверь, пожалуйста, анкету клиента на факторинг, всё ли заполнено:

Компания: ООО «ВолгаПласт»
Генеральный директор: Сорокина Ирина Павловна, д.р. ${v('pii.date_of_birth', '03.05.1977')}
Паспорт: ${v('pii.passport', '36 14 582937')}
Телефон: ${phone('+7 495 728-41-93', 'RU')}
E-mail: ${v('pii.email', 'sorokina@volgaplast.ru')}
Расчётный счёт: ${ambCat('financial', '40702810938000048217')}, БИК ${ambCat('financial', '044525718')}
Лимит на дебиторов: 35 млн руб.`),

  rec('email_en_au', f`Could you make this email to the prosthetics supplier a bit more formal?

"Hi Greg, the two pylons for the Bunbury patient (Mr Leon Pratt, DOB ${v('pii.date_of_birth', '19/11/1971')}) haven't arrived. Pls courier ASAP. Charge the express fee to our Visa ${v('financial.payment_card', '4038 5124 6757 6114')}. Our workshop number's changed to ${phone('(08) 9482 7193', 'AU')}. Cheers, Nadia"`),
];
