/** Held-out batch 115: longer texts mixing categories — incident notes, exports, threads and configs from the six teams. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);
const mail = (s: string) => v('pii.email', s);
const mark = (s: string) => v('confidential.marking', s);

const SLACK_BOT = tok('xoxb-', '7391028465', '2-', '7410293856612-', fill('b115m-xoxb', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b115m-stripe', B62, 97));
const GOOGLE = tok('AIza', 'Sy', fill('b115m-gapi', B64URL, 33));
const SENTRY_KEY = fill('b115m-sentry', HEX, 32);

export const BATCH115_MIXED: DraftRecord[] = [
  rec('incident', f`## Incident 2025-06-03 — SCADA historian unreachable (Solar park Évora II)

- 05:40 operator notices no data from blocks B3–B5
- 05:55 field tech Rui Matos (${phone('+351 912 384 706')}) on site, switch SW-B3 powered off by the tracker motor fault
- 06:20 historian at ${ip('10.12.3.20')} back, backfill from loggers ${ip('10.12.3.41')}–${ip('10.12.3.45')}
- 07:10 temporary login given to vendor: user \`vendor_inv\`, password ${v('credential.password_in_prose', 'Alentejo-Sol-77')} (expires Friday)

Write this up as a short incident report in English for the asset owner, leave out the login.`),

  rec('email_thread', f`Please draft my reply — polite but firm, we can't change the sign-on date.

From: Capt. Ioannis Papadakis <${mail('i.papadakis@aegeanbulk.gr')}>
Sent: 04 June 2025 08:12
Subject: Crew change MV Aegean Star — Singapore

Dear agent, the relieving 2nd Officer Mr. Rodel Santos (passport ${v('pii.passport', 'P7391846A')}, DOB ${v('pii.date_of_birth', '11/03/1989')}) cannot make the 10 June flight. Please rebook for 13 June. My mobile on board: ${phone('+30 694 482 7193')}.

Agency payment for the rebooking to our account ${v('financial.iban', 'GR5201101258014506011524892')}.`),

  rec('csv_export', f`Necesito deduplicar este export de suscriptores antes de migrarlo al nuevo CRM. También dime qué columnas no deberíamos migrar.

${amb('source_code.snippet', f`id,nombre,email,telefono,iban,ultima_ip
9012,Lucía Navarro,${mail('lucia.navarro@gmail.com')},${phone('+34 622 48 19 37')},${v('financial.iban', 'ES0200817011190001384729')},${ip('88.12.47.201')}
9013,Jorge Méndez,${mail('jmendez@telefonica.net')},,${v('financial.iban', 'ES7221000418450154836385')},${ip('2a02:9130:84a1::17')}
9014,Lucía Navarro,${mail('lucia.navarro@gmail.com')},${phone('+34 622 48 19 37')},,${ip('88.12.47.201')}`)}`),

  rec('slack_thread', f`Can you summarise this thread for the paywall post-mortem?

[09:02] @dev-amy: checkout 500s since 08:40, Stripe says "Invalid API Key provided"
[09:05] @dev-ben: someone rotated prod. New one in 1Password but here for speed: ${v('credential.stripe_secret_key', STRIPE_LIVE)}
[09:07] @dev-amy: 🙈 please don't paste keys in Slack
[09:15] @subs-lead: 214 readers hit the error, e.g. ${mail('margaret.oneill@eircom.net')} rang twice
[09:40] @dev-ben: deployed, checkout green`),

  rec('config_yaml', f`Olá, revê este config do bot de alertas da clínica do clube? Quero saber se está tudo bem antes de subir.

${amb('source_code.snippet', f`slack:
  token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: "#departamento-medico"
notify:
  medico_chefe: ${mail('dr.tavares@fcporto-formacao.pt')}
  fisioterapia: ${phone('+351 912 384 706')}
sentry:
  dsn: ${v('credential.sentry_dsn', tok('https://', SENTRY_KEY, '@o381920.ingest.sentry.io/4819203'))}`)}`),

  rec('meeting_notes', f`Notulen kredietcomité landbouw — 2 juni

Aanwezig: J. de Boer, M. Hendriks, S. Yilmaz
1. Aanvraag melkveebedrijf Van Dijk (Friesland): €420.000 voor mestverwerking. Akkoord onder voorwaarde van extra hypotheek.
2. Betaling naar verkeerde rekening teruggedraaid; juiste rekening ${v('financial.iban', 'NL14INGB0006357148')}.
3. Contact voor terugbelverzoek: mevr. Van Dijk ${phone('+31 6 2847 1953')}.

${mark('VERTROUWELIJK')} — niet doorsturen.

Maak hier actiepunten van.`),

  rec('stack_trace', f`Nosso serviço de visto caiu de madrugada. Stack trace:

${amb('source_code.snippet', f`ERROR 2025-06-04 03:12:44 crew-visa-svc  Failed to submit e-visa application
java.lang.IllegalStateException: duplicate passport in batch: ${v('pii.passport', 'FT482719')}
	at com.harbourline.visa.BatchSubmitter.validate(BatchSubmitter.java:88)
	at com.harbourline.visa.BatchSubmitter.submit(BatchSubmitter.java:41)
Caused by: org.postgresql.util.PSQLException: connection to ${ip('10.9.4.12')}:5432 refused`)}

O que aconteceu primeiro: o duplicado ou a queda do banco?`),

  rec('intake_email', f`Hi, can you turn this voicemail transcript into a structured intake record?

"Hi, this is Denise Carter, I'm calling about my son Malik Carter, he was arrested last night, born ${v('pii.date_of_birth', 'April 2nd, 2004')}. They said he'd be arraigned Thursday. You can reach me at ${phone('+1 (646) 482-7195')} or email ${mail('denise.carter77@yahoo.com')}. His social is ${v('pii.us_ssn', '512-48-7193')} if you need it."

${mark('Privileged & Confidential')} — intake, not for release.`),

  rec('ticket_hr', f`Pomozi mi napisati odgovor čitatelju. Ticket #PRET-2219:
Ime: Ivana Kovač, ${mail('ivana.kovac@t-com.hr')}, ${phone('+385 91 482 7193')}
"Naplaćena mi je godišnja pretplata (kartica ${v('financial.payment_card', '5185 1349 9240 9642')}), a nemam pristup člancima."
Log: login from ${ip('89.164.22.118')} ok, entitlement missing.`),

  rec('field_report', f`Bu sahada bakım raporunu İngilizceye çevirir misin?

Santral: GES Konya-3
Teknisyen: Mehmet Aydın (${phone('+90 532 482 71 93')})
Bulgular: INV-12 izolasyon hatası, dizi 4'te MC4 konnektör erimiş. Veri kaydedici ${ip('192.168.10.50')} yeniden başlatıldı.
Taşeron hakedişi: ${v('financial.iban', 'TR930006103179467843074454')}`),

  rec('kyc_ml', f`ഈ കർഷകന്റെ വായ്പാ ഫയൽ ഇംഗ്ലീഷിൽ സംഗ്രഹിക്കുക:
പേര്: ജോസഫ് വർഗീസ്
ആധാർ: ${v('pii.in_aadhaar', '3045 9376 1350')}
ഫോൺ: ${phone('+91 94441 28376')}
കിസാൻ ക്രെഡിറ്റ് കാർഡ്: ${v('financial.payment_card', '6522776860098376')}`),

  rec('js_snippet', f`Dev pasted this into the paywall staging widget, is the Maps key OK to be public?

${v('source_code.snippet', f`<script>
  window.PAYWALL_CONFIG = {
    mapsKey: '${v('credential.google_api_key', GOOGLE)}',
    supportEmail: '${mail('abo-service@tagesblatt.ch')}',
    supportPhone: '${phone('+41 44 482 71 93')}'
  };
</script>`)}`),

  rec('chat_kk', f`Сәлем! Фермерге несие шартын жіберу керек. Деректер: Нұрлан Сейітов, ЖСН ${ambCat('pii', '780415301284')}, телефон ${phone('+7 701 482 7193')}, шот ${v('financial.iban', 'KZ06125KZT2536491477')}. Қысқа хат жазып бер.`, 'Kazakh IIN: personal, no built-in rule'),

  rec('chat_bg', f`Моля, обобщи случая за адвоката: клиент Георги Иванов, ЕГН ${ambCat('pii', '8507124391')}, тел. ${phone('+359 88 482 7193')}, имейл ${mail('g.ivanov85@abv.bg')}. Задържан на 1 юни, мярка „задържане под стража“.`, 'Bulgarian EGN: personal, no built-in rule'),

  rec('env_mixed', f`Tämä on kentän datankeruupalvelun .env, tarkista onko jotain turvatonta:

${amb('source_code.snippet', f`LOGGER_HOST=${ip('10.44.2.8')}
LOGGER_USER=fieldsvc
LOGGER_PASS=${v('credential.password_assignment', 'Revontuli-Paneeli-9')}
ALERT_EMAIL=${mail('valvomo@aurinkovoima.fi')}
ALERT_SMS=${phone('+358 40 482 7193')}`)}`),

  rec('chat_lv', f`Sveiki, sagatavo vēstuli jūrniekam: Jānis Bērziņš, pase ${v('pii.passport', 'LV4827193')}, tālrunis ${phone('+371 2648 2719')}, kompensācija tiks pārskaitīta uz ${v('financial.iban', 'LV73HABA0551029384756')}.`),
];
