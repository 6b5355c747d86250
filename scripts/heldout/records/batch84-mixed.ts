/**
 * Held-out batch 84: longer texts mixing categories — incident notes, e-mail threads, stack traces,
 * exports and fixtures from the eye clinics, the signalling contractor, the savings cooperative, the
 * localisation vendor, the forensic accountants and the zoo. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, gh, pem, tok } from '../tokens';

const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04LK8Q2N', '/', 'B07HZ3M9RX1', '/', fill('b84m-slackhook', B62, 24));
const GHP = gh('ghp', 'Mb3Wq7Lx1Ns5Dk9Rt2Hv6Pc0Zj4Yf8');
const SENTRY_KEY = fill('b84m-sentry', HEX, 32);
const ED_KEY = pem('OPENSSH PRIVATE KEY', 'b84m-ossh', 280, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b84m-rklive', B62, 97));
const AKIA = tok('AKIA', fill('b84m-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_SECRET = fill('b84m-awssec', B62 + '/+', 40);

export const BATCH84_MIXED: DraftRecord[] = [
  rec('incident_en', f`Please turn these notes into a post-incident summary for the clinic directors (no technical jargon):

- 07:52 Reception at Harrogate can't open the booking system; error "database unavailable".
- 08:05 IT on-call (${v('pii.email', 'it-oncall@clearsight-eyecare.co.uk')}) finds the appointment DB server at ${amb('pii.ip_address', '172.20.14.8')} out of disk.
- 08:20 Log folder had 41 GB of debug logs, including full request bodies with patient emails like ${v('pii.email', 'r.pemberton1952@aol.com')} and phone numbers like ${phone('01423 567 219', 'GB')}.
- 08:40 Logs deleted, service back. Debug logging had been left on since a vendor visit.
- 09:10 Vendor's remote session password was also in the ticket history: ${v('credential.password_in_prose', 'Optom!Remote2024')} — changed at 09:30.`),

  rec('email_thread_de', f`Kannst du mir eine Antwort an Herrn Krüger entwerfen? Freundlich, aber wir zahlen erst nach Abnahme.

Von: Thomas Krüger <${v('pii.email', 't.krueger@kabelbau-krueger.de')}>
Gesendet: Montag, 16. September 2024 07:48
Betreff: Rechnung 2024-311 Kabeltiefbau Bf. Hagen

Sehr geehrte Damen und Herren,
die Rechnung über 84.230,00 € ist seit 14 Tagen fällig. Bitte überweisen Sie auf unser Konto ${v('financial.iban', 'DE45 3508 6142 6569 3202 40')}. Für Rückfragen: ${phone('+49 171 5528 304')}.

> Am 02.09.2024 schrieb Bauleitung ESTW:
> Abnahme der Kabelkanäle ist für KW 38 geplant.`),

  rec('stacktrace_en', f`The translators' portal crashes when someone uploads an XLIFF with a BOM. Full trace:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/locportal/app/uploads.py", line 88, in ingest
    doc = parse_xliff(raw)
  File "/srv/locportal/app/xliff.py", line 31, in parse_xliff
    root = etree.fromstring(raw)
lxml.etree.XMLSyntaxError: Start tag expected, '<' not found, line 1, column 1
Request: POST /projects/SKY-2291/upload user=${v('pii.email', 'agnieszka.zielinska@tlumacze-wro.pl')} remote_addr=${amb('pii.ip_address', '89.64.17.201')}
Settings: SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507102.ingest.de.sentry.io/4507102663884800`)}`)}

How do I strip the BOM before parsing?`),

  rec('handover_sw', f`Tafadhali andika muhtasari wa makabidhiano haya kwa Kiingereza:

Makabidhiano ya zamu — Tawi la Arusha, 20/09/2024
1. Mwanachama Baraka Mollel (${phone('+255 754 219 873')}) analalamika kuwa TSh 450,000 alizotuma kwa M-Pesa hazijaonekana. Kumbukumbu ya muamala: SIK7QX2B4P.
2. Mfumo wa upatanisho ulikwama saa 3 asubuhi; nenosiri la seva ya upatanisho ni ${v('credential.password_in_prose', 'Kilimanjaro#5895')} (tulilibadilisha jana).
3. Barua pepe ya malalamiko itumwe kwa ${v('pii.email', 'malalamiko@ushirika-arusha.co.tz')}.`),

  rec('csv_pt_br', f`Preciso que você gere os e-mails de pagamento para estes tradutores, um por pessoa:

${amb('source_code.snippet', f`nome;email;cpf;idioma;palavras;valor
Carla Nunes;${v('pii.email', 'carla.nunes.trad@gmail.com')};${v('pii.br_cpf', '046.277.341-82')};PT-BR;21400;R$ 4.708,00
Diego Souza;${v('pii.email', 'diego.souza@loc-sul.com.br')};${v('pii.br_cpf', '876.106.710-53')};PT-BR;9800;R$ 2.156,00`)}

Os pagamentos vão por PIX.`),

  rec('test_fixture', f`Our Jest test for the donor-receipt generator fails on the Irish address. Fixture + test:

${v('source_code.snippet', f`export const donor = {
  id: 'D-20931',
  name: 'Siobhán Ní Bhriain',
  email: '${v('pii.email', 'siobhan.nibhriain@eircom.net')}',
  phone: '${phone('+353 87 418 3926')}',
  iban: '${v('financial.iban', 'IE30 AIBK 9311 5248 7163 92')}',
  address: ['12 Bóthar na Trá', 'Salthill', 'Galway H91 X2R4'],
  giftAidEligible: false,
};

test('receipt has the address on three lines', () => {
  const pdf = renderReceipt(donor, { year: 2024 });
  expect(pdf.addressLines).toHaveLength(3);
});`)}`),

  rec('chat_it', f`Ciao, devo mandare al fornitore dei laser il file di configurazione del gateway per il supporto remoto, ma prima vorrei togliere le cose sensibili. Puoi dirmi cosa oscurare?

${amb('source_code.snippet', f`[gateway]
clinic = Milano-Brera
device_serial = EX500-118273
upstream = ${amb('pii.ip_address', '10.8.0.21')}
notify_email = ${v('pii.email', 'tecnico.brera@oculistica-lombarda.it')}
notify_slack = ${v('credential.slack_webhook_url', SLACK_HOOK)}

[remote]
user = service_laser
password = ${v('credential.password_assignment', 'Cornea#Brera2024')}`)}`),

  rec('postmortem_pl', f`Przetłumacz to podsumowanie incydentu na angielski:

Incydent: wyciek tokena w repozytorium narzędzia do planowania zamknięć torowych
W pliku deploy/README.md przez 3 dni był publicznie widoczny token GitHub: ${v('credential.github_pat', GHP)}. Token miał uprawnienia repo i został unieważniony 12.09 o 14:20. W logach audytu widać dwa klonowania z adresu ${amb('pii.ip_address', '185.220.101.34')}. Kontakt w sprawie incydentu: ${v('pii.email', 'bezpieczenstwo@sygnal-projekt.pl')}.`),

  rec('ticket_fr_mg', f`Peux-tu rédiger une réponse au membre ?

Ticket #4471 — Coopérative d'épargne Fitahiana, Antsirabe
Membre : Rakotomalala Hery
Téléphone : ${phone('+261 34 12 384 56')}
Date de naissance : ${v('pii.date_of_birth', '23/06/1984')}
Message : « J'ai envoyé 120 000 Ar par MVola pour mon épargne le 14 septembre, mais mon carnet ne le montre pas. »
Note interne : la référence MVola n'apparaît pas dans le relevé — vérifier avec l'agent de Antsirabe I.`),

  rec('deploy_notes_vi', f`Hãy viết lại ghi chú triển khai này cho gọn, bỏ hết thông tin nhạy cảm:

Máy chủ build bản địa hoá mới: loc-build-04 (${amb('pii.ip_address', '10.30.5.44')})
Khóa SSH cho CI (tạm thời, sẽ đổi):
${v('credential.openssh_private_key', ED_KEY)}
Người phụ trách: Trần Minh Quân — ${v('pii.email', 'quan.tran@lokali.vn')} — ${phone('+84 912 384 756')}`),

  rec('email_thread_en_ph', f`Draft a reply to the aquarium's payment processor, asking them to rotate the key we leaked.

From: Mark Villanueva <${v('pii.email', 'mark.villanueva@manila-oceanpark.ph')}>
To: Support <${v('pii.email', 'support@payhub-asia.com')}>
Subject: Key exposed in screenshot

Hi, one of our staff posted a screenshot of the dashboard in a public Facebook group. Visible in it: the restricted key ${v('credential.stripe_restricted_key', STRIPE_RK)} and part of a customer's card, ${v('financial.payment_card', '5579 6836 0043 1681')}. Please advise urgently. You can call me on ${phone('+63 917 482 3065')}.`),

  rec('chat_id', f`Tolong bantu buat daftar periksa (checklist) untuk audit keamanan sistem rekam medis dokter hewan di kebun binatang. Contoh masalah yang kami temukan minggu lalu:
- kredensial AWS di skrip backup: ${v('credential.aws_access_key_id', AKIA)} / ${v('credential.aws_secret_access_key', AWS_SECRET)}
- alamat e-mail pribadi dokter hewan di kode: ${v('pii.email', 'drh.wulan.s@gmail.com')}
- server database terbuka di ${amb('pii.ip_address', '103.28.52.117')}:5432`),

  rec('notes_lt', f`Sutrumpink šiuos susitikimo užrašus:

Teismo ekspertizės komanda, 2024-09-17
- Klientas atsiuntė banko išrašus; viena sąskaita kartojasi trijų tiekėjų mokėjimuose: ${v('financial.iban', 'LT67 7075 9721 5399 4962')}.
- Duomenų kambario slaptažodis (laikinas): ${v('credential.password_in_prose', 'Vilnius-DR-0917!')}
- Liudytojo telefonas: ${phone('+370 612 38475')}
- Kitas susitikimas – ketvirtadienį.`),

  rec('chat_lv', f`Sveiki, lūdzu, uzraksti atbildi ziedotājam. Viņš raksta:
"Labdien, es ziedoju Rīgas zoodārzam 200 EUR no sava konta ${v('financial.iban', 'LV78 HABA 0551 0382 7461 9')}, bet nesaņēmu apliecinājumu. Mans e-pasts ir ${v('pii.email', 'andris.ozols@inbox.lv')}, tālrunis ${phone('+371 2941 8392')}."`),

  rec('form_sk', f`Prelož tento formulár o hlásení poranenia zamestnanca do angličtiny:

Meno: Peter Horváth
Dátum narodenia: ${v('pii.date_of_birth', '02.11.1987')}
Rodné číslo: ${ambCat('pii', '871102/4183')}
Telefón: ${phone('+421 903 418 396')}
Popis: pri údržbe návestidla na stanici Žilina si poranil ruku o nezabezpečený kryt.`, 'Slovak rodné číslo: no built-in rule (ambiguous, no rule id)'),

  rec('chat_bg', f`Здравей, трябва ми писмо до банката за смяна на сметката за заплатите на преводачите. Старата сметка е ${v('financial.iban', 'BG45 UNCR 7000 1528 3746 19')}, новата е ${v('financial.iban', 'BG80UTKX11983697314360')}. Лице за контакт: Мария Георгиева, ${v('pii.email', 'm.georgieva@lokalizacia.bg')}, ${phone('+359 88 418 3926')}.`),
];
