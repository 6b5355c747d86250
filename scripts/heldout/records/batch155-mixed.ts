/**
 * Held-out batch 155: longer texts mixing categories — incident notes, e-mail threads, exports,
 * logs and fixtures from the six organisations, in several languages. Hand-written.
 */
import { esDni, ibanWithCheck, luhnWithCheck, spacedFours, ukNhsSpaced } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const email = (s: string) => v('pii.email', s);
const ip = (s: string) => amb('pii.ip_address', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T07K2M9QX', '/', 'B08D3R7LN2', '/', fill('b155m-slhook', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b155m-sklive', B62, 97));
const GHP = gh('ghp', 'Vn8Kd3Wq6Zr1Tx5Lb9Mj2Hc4Fs7Pa0');
const SENDGRID = tok('SG.', fill('b155m-sg1', B64URL, 22), '.', fill('b155m-sg2', B64URL, 43));
const IBAN_DE = ibanWithCheck('DE', '370400440482917365');
const IBAN_FR = ibanWithCheck('FR', '20041010050500013482917');
const IBAN_PT = ibanWithCheck('PT', '001000004829173650186');
const IBAN_GB = ibanWithCheck('GB', 'LOYD30948263917450');
const VISA = luhnWithCheck('492718305648291');
const MC = luhnWithCheck('547310829463710');
const NHS1 = ukNhsSpaced('401928374');
const DD_API = fill('b155m-dd', HEX, 32);

export const BATCH155_MIXED: DraftRecord[] = [
  rec('incident', f`## Incident note – payout account takeover (ATO), 03/12

- 02:14 UTC login to campaigner account #C-448210 from ${ip('45.134.26.91')} (new device, NL); previous logins always from ${ip('81.84.212.37')} (PT)
- 02:17 payout IBAN changed from ${v('financial.iban', spacedFours(IBAN_PT))} to ${v('financial.iban', spacedFours(IBAN_DE))}
- 02:19 e-mail on account changed to ${email('ajuda.campanha.rita@proton.me')} (original: ${email('rita.sousa.lx@gmail.com')})
- 08:40 campaigner called support from ${phone('+351 912 384 756')}; account locked, payout (€6,240) cancelled before release
- Root cause: password reuse; no 2FA

Write the customer-facing summary in European Portuguese, no internal details.`),

  rec('email_thread', f`Pouvez-vous rédiger ma réponse ? Courte et aimable.

De : Hélène Marchal <${email('h.marchal@bureau-verite-cosmetiques.fr')}>
Envoyé : mardi 3 décembre 2024 16:41
Objet : RE: Expédition parfums UN1266 – AWB 057-48291736

Bonjour,
La facture de 2 180 € a été réglée hier. Pour les prochaines expéditions, merci d'utiliser notre nouveau compte : ${v('financial.iban', spacedFours(IBAN_FR))}.
Mon portable si besoin : ${phone('06 48 27 39 15', 'FR')}

> Le 2 déc. 2024, DG Desk Meridian a écrit :
> La déclaration de l'expéditeur est incomplète (quantité nette manquante).`),

  rec('log', f`Our PMS integration log shows card data — how bad is this and what do I tell the vendor?

${cfg(f`2024-12-04 22:10:03,114 INFO  ota-sync  reservation=BK-4829173 guest="Ahmed Haddad" email=${email('ahmed.haddad@outlook.com')} phone=${phone('+971 50 482 7391')}
2024-12-04 22:10:03,116 DEBUG ota-sync  vcc={"number":"${v('financial.payment_card', VISA)}","exp":"02/26","holder":"EXPEDIA VCC"}
2024-12-04 22:10:03,298 WARN  ota-sync  retry 1/3 to https://pms.maisonverveine.local/api/res from ${ip('10.32.8.14')}`)}`),

  rec('runbook_de_ch', f`Chönd er das Runbook für de Proben-Export verbessere? Es isch chli dürenand:

1. Uf de LIMS-Server (${ip('10.44.2.25')}) ilogge, User \`limsadmin\`, Passwort ${v('credential.password_in_prose', 'Rhywasser-2024!')}
2. Export starte: \`sudo systemctl start lims-export\`
3. Bi Fehler: Mail a ${email('labor-it@wasserlabor-stadt.ch')} oder Pikett aalüüte: ${phone('+41 44 268 39 17')}
4. Kontrolle im Dashboard: Datadog-Key isch i de Config (${v('credential.datadog_api_key', DD_API)}) — nöd ändere!`),

  rec('fixture', f`Our pytest fixtures for the payouts service — reviewer says there's real data in there. Is there?

${code(f`@pytest.fixture
def campaigner():
    return Campaigner(
        name="Rita Sousa",
        email="${email('rita.sousa.lx@gmail.com')}",
        phone="${phone('+351 912 384 756')}",
        iban="${v('financial.iban', IBAN_PT)}",
    )

@pytest.fixture
def stripe_client():
    return StripeClient("${v('credential.stripe_secret_key', STRIPE_LIVE)}")

def test_payout_uses_campaigner_iban(campaigner, stripe_client):
    p = build_payout(campaigner, 6240_00, client=stripe_client)
    assert p.destination_iban == "${v('financial.iban', IBAN_PT)}"`)}`),

  rec('csv_es', f`Necesito un resumen de estos voluntarios por turno (mañana/tarde) y que me digas quién no tiene el seguro firmado:

${cfg(f`nombre;dni;telefono;email;turno;seguro
Lucía Márquez;${v('pii.es_dni', esDni('53071928'))};${phone('612 48 37 91', 'ES')};${email('lucia.marquez@gmail.com')};mañana;sí
Pablo Iturria;${v('pii.es_dni', esDni('72948163'))};${phone('+34 688 29 41 73')};${email('piturria@euskalnet.net')};tarde;no
Aitana Roig;${v('pii.es_dni', esDni('47392018'))};${phone('+34 655 81 24 39')};${email('aitana.roig@gmail.com')};tarde;sí`)}`),

  rec('discharge_ops', f`Records team handover – Friday

- SAR from Mrs Ellen Pryce (NHS ${v('pii.uk_nhs_number', NHS1)}, DOB ${v('pii.date_of_birth', '22/06/1951')}) waiting for ID check; she rang again from ${phone('01223 482917', 'GB')}
- Scanner on level 2 (${ip('172.16.40.31')}) jammed again, ticket with estates
- Courier for medico-legal bundle booked Monday 10:00
- ${amb('confidential.marking', 'OFFICIAL-SENSITIVE')} bundles go in the locked cage, not the post tray

Turn this into a bullet handover for the weekend supervisor.`, 'OFFICIAL-SENSITIVE names a class of bundles here rather than marking this note: ambiguous'),

  rec('gha', f`${cfg(f`name: nightly-dg-report
on:
  schedule: [{ cron: "0 5 * * *" }]
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python dg_report.py --since yesterday > report.md
        env:
          GITHUB_TOKEN: ${v('credential.github_pat', GHP)}
      - run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\": \\"$(cat report.md)\\"}" ${v('credential.slack_webhook_url', SLACK_HOOK)}`)}

The Slack step posts an empty message. Is it the quoting?`),

  rec('chat_it', f`Ciao, un ospite ha scritto una recensione arrabbiata e vuole il rimborso. Ti incollo i dati dalla scheda:
Ospite: Francesco Gallo – ${email('francesco.gallo@tiscali.it')} – ${phone('+39 333 482 7391')}
Carta addebitata: ${v('financial.payment_card', spacedFours(MC))}
Soggiorno: 28–30/11, camera 12, Maison Verveine Firenze
Reclamo: rumore dal cantiere, nessun preavviso.

Scrivimi la risposta pubblica alla recensione (senza dati personali!) e una mail privata con l'offerta di rimborso di una notte.`),

  rec('email_thread', f`Can you help me reply? He's upset.

From: Gareth Lloyd <${email('gareth.lloyd@ntlworld.com')}>
Subject: Re: my donation to the swift tower appeal

I gave £250 by bank transfer to ${v('financial.iban', spacedFours(IBAN_GB))} on 14 Nov and never got a Gift Aid form. My number is ${phone('029 2048 2917', 'GB')} if it's easier.

> On 20 Nov, Fernhollow Supporter Care <${email('supporters@fernhollow-wildlife.org')}> wrote:
> Thank you for your generous donation!`),

  rec('config_yaml', f`${cfg(f`# intake-app/config/production.yml
mailer:
  provider: sendgrid
  api_key: ${v('credential.sendgrid_api_key', SENDGRID)}
  from: "Fernhollow Intake <${email('intake@fernhollow-wildlife.org')}>"
  on_call_vet: "${phone('+44 1865 482917')}"
database:
  url: postgres://intake:${v('credential.database_url_password', 'Badger-Sett-902')}@db.fernhollow.internal:5432/intake
storage:
  bucket: fernhollow-intake-photos`)}

Which of these should move to environment variables before we open-source the app?`),

  rec('chat_uk', f`Привіт! Допоможи скласти лист донору. Він пише, що з його картки ${v('financial.payment_card', spacedFours(luhnWithCheck('516874203915627')))} списали 500 грн двічі за збір «Дах для притулку». Його телефон ${phone('+380 67 482 7391')}, пошта ${email('o.kravchenko@ukr.net')}. Повернення вже оформили.`),

  rec('chat_tr_en', f`Hi, İstanbul otelinin Wi-Fi controller'ı reboot sonrası gelmedi. Controller IP ${ip('192.168.50.2')}, admin user "itadmin", şifre ${v('credential.password_in_prose', 'Bogaz#Kopru2024')}. Vendor'a İngilizce bir ticket yazar mısın? Support line: ${phone('+90 212 482 73 91')}.`),

  rec('sql_dump', f`${cfg(f`INSERT INTO guests (id, full_name, email, phone, passport_no, dob) VALUES
(9012, 'Sophie Laurent', '${email('sophie.laurent@free.fr')}', '${phone('+33 6 12 84 57 39')}', '${v('pii.passport', '18AV48291')}', '${v('pii.date_of_birth', '1988-03-14')}'),
(9013, 'Daniel Weiss', '${email('d.weiss@gmx.at')}', '${phone('+43 664 2837419')}', '${v('pii.passport', 'P4829173')}', '${v('pii.date_of_birth', '1972-10-05')}');`)}

Migration to the new PMS: do we even need to keep passport numbers after checkout? What's the retention rule in France and Austria?`),

  rec('ticket_vi', f`Ticket #4471 – Khách phàn nàn bị trừ tiền hai lần
Khách: Nguyễn Thị Mai, ${email('mai.nguyen88@gmail.com')}, ĐT ${phone('+84 91 482 73 91')}
Thẻ: ${v('financial.payment_card', spacedFours(luhnWithCheck('356812047392851')))} (JCB)
Đặt phòng: HN-2024-1187, 2 đêm

Viết giúp em email trả lời bằng tiếng Anh và tiếng Việt, xin lỗi và xác nhận hoàn tiền.`),

  rec('lab_export', f`Tolong rangkum hasil uji ini untuk laporan bulanan, dan beri tahu kalau ada yang melebihi baku mutu:

${cfg(f`sample_id,lokasi,parameter,hasil,satuan,analis,email_analis
WQ-24-2231,Reservoir Utara,E. coli,0,CFU/100mL,Rina S.,${email('rina.s@lab-airkota.go.id')}
WQ-24-2232,Reservoir Utara,Kekeruhan,0.8,NTU,Rina S.,${email('rina.s@lab-airkota.go.id')}
WQ-24-2233,Sumur Dalam 3,Nitrat,54.2,mg/L,Budi H.,${email('budi.h@lab-airkota.go.id')}`)}
Kalau ada pertanyaan hubungi Budi di ${phone('+62 21 4827 3915')}.`),
];
