/**
 * Held-out batch 39: longer texts mixing categories — incident notes, commissioning reports,
 * runbooks, e-mail threads, dumps and exports from the batch's six workplaces. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const card = (body: string): string => body + String(luhnCheckDigit(body.replace(/\D/g, '')));
const iban = (cc: string, bban: string, compact = false): string => {
  const s = cc + ibanCheckDigits(cc, bban) + bban;
  return compact ? s : s.replace(/(.{4})/g, '$1 ').trim();
};

const DISCORD_HOOK = tok('https://discord.com/api/webhooks/', '1251093847261938475', '/', fill('b39m-dhook', B64URL, 68));
const SENDGRID = tok('SG.', fill('b39m-sg1', B64URL, 22), '.', fill('b39m-sg2', B64URL, 43));
const GHP = gh('ghp', 'Tn4Kq8Wz2Lm6Rx1Vb9Hc3Pd7Fj5Gs0');
const SLACK_BOT = tok('xoxb-', '5829104736', '2-', '7918203746152-', fill('b39m-xoxb', B62, 24));
const SENTRY_KEY = fill('b39m-sentry', HEX, 32);

export const BATCH39_MIXED: DraftRecord[] = [
  rec('incident_en_nz', f`Kia ora, can you help me write the privacy breach report for the Commissioner from my notes below? Formal tone, no client names in the summary.

${v('confidential.marking', 'IN CONFIDENCE')} – internal incident note, 4 Dec

- 09:42 Volunteer emailed the intake summary for client Zahra Ahmadi to the wrong address (${v('pii.email', 'z.ahmadi.design@gmail.com')} instead of ${v('pii.email', 'zahra.ahmadi92@yahoo.com')})
- Summary included DOB ${v('pii.date_of_birth', '11/03/1992')}, passport no. ${v('pii.passport', 'P04829173')} and her mobile ${phone('+64 21 483 7265')}
- 10:15 Recipient replied that they deleted it; we asked for written confirmation
- 11:00 Client informed by phone via Dari interpreter
- Cause: autocomplete in Outlook. Action: disable autocomplete for the intake mailbox`),

  rec('report_de', f`Inbetriebnahmebericht Elektrolyseur EL-20, Chemiepark Brunsbüttel – bitte in einen kurzen Statusbericht für den Kunden umschreiben (ohne interne Zugangsdaten!):

Datum: 03.12.2024
Ansprechpartner Kunde: Herr Thomas Krüger, Schichtleitung, ${phone('+49 162 7394821')}, ${v('pii.email', 't.krueger@chemiepark-bb.de')}
Stand: Stacks 1–4 in Betrieb, Stack 5 wartet auf Ersatz-Dichtung (Lieferung KW 50)
Leitsystem: HMI unter ${amb('pii.ip_address', '10.12.8.40')}, Benutzer "service", Passwort ist ${v('credential.password_in_prose', 'BrunsH2-Service!24')} – bitte nach Übergabe ändern
Historian: ${amb('pii.ip_address', '10.12.8.41')}:8086, nur lesend
Offene Punkte: Gasanalysator O2 zeigt sporadisch 0 ppm, Firmware-Update geplant.`),

  rec('runbook', f`# LAN finals – day-of runbook (Singapore, Suntec Hall 403)

**Contacts**
- Venue ops: Mr Rajesh Kumar, ${phone('+65 6291 4837')}, ${v('pii.email', 'rajesh.k@suntec-events.sg')}
- Head referee: Hanna Lund, ${phone('+45 42 71 83 59')}
- Stream producer: ${v('pii.email', 'prod@arenaclash.gg')}

**Servers**
- Match servers: ${amb('pii.ip_address', '10.50.1.11')}–19 (rack B), admin panel http://${amb('pii.ip_address', '10.50.1.2')}
- Results bot posts to Discord via ${v('credential.discord_webhook_url', DISCORD_HOOK)}

**Schedule**
- 09:00 doors, 10:00 quarter-finals, 15:00 semis, 19:30 grand final

Can you turn this into a one-page checklist for the volunteers? Leave out the server and webhook stuff, they don't need it.`),

  rec('email_thread_en_bb', f`Can you help me reply to this? She wants the notice in Thursday's paper but also the online guestbook.

From: Marcia Greaves <${v('pii.email', 'marciagreaves@caribsurf.com')}>
Sent: Monday, 2 December 2024 08:51
Subject: Notice for my mother

Good morning, please run the notice below for my mother Ellen Greaves, who passed on 28 November at the Queen Elizabeth Hospital. Funeral at St. Michael's Cathedral on Saturday 7th at 2pm. You can charge the same card as last time, Visa ${v('financial.payment_card', card('4485 2710 9936 418'))} exp 07/26. If you need me call ${phone('246-826-4713', 'BB')}.

Thank you and God bless.`),

  rec('email_af', f`Hallo Karin,

Die houer met die Duitse bestelling (2 x 20ft, 21 600 bottels) vertrek Dinsdag uit Kaapstad. Hier is die besonderhede vir die invoerder, stuur dit asseblief aan in Engels:

Invoerder: Weinhaus Kessler GmbH, Mainz
Kontak: Frau Bettina Kessler, ${phone('+49 30 48273951')}, ${v('pii.email', 'b.kessler@weinhaus-kessler.de')}
Betaling: 50% by aflaai, na ${v('financial.iban', iban('DE', '550501200384729165'))} (hul rekening vir die kredietnota), ons faktuur UX-2024-092 na ons Nedbank-rekening soos altyd.
Ons kontak by die hawe: Sipho, ${phone('082 419 3576', 'ZA')}

Baie dankie!
Marelize`),

  rec('minutes_da', f`Mødereferat – driftsmøde vaskeriet Køge, 5. december

Deltagere: Lone, Mikkel, Bjarne, Kasper (IT)
1. Tunnel 2 står stille pga. defekt presse; reservedel fra Jensen leveres mandag.
2. Ny SFTP-adgang til Region Sjællands linnedsystem: bruger vaskeri_koege, adgangskode ${v('credential.password_in_prose', 'Linned-Koege-2024!')} (Kasper skifter den efter test).
3. Kontaktperson på Holbæk: Lone Kjær, ${phone('42 71 83 59', 'DK')}, ${v('pii.email', 'lokj@regionsjaelland.dk')}
4. Kreditnota til Roskilde: betales til ${v('financial.iban', iban('DK', '30004718293651'))}

Lav en liste med handlingspunkter og ansvarlige.`),

  rec('trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/classifieds/app/payments.py", line 88, in charge_ad
    resp = gateway.charge(amount=quote.total, token=card_token, email=customer.email)
  File "/srv/classifieds/venv/lib/python3.11/site-packages/fac_gateway/client.py", line 214, in charge
    raise GatewayError(f"declined: {data['ReasonCodeDescription']} for {email}")
fac_gateway.errors.GatewayError: declined: Insufficient Funds for ${v('pii.email', 'kareem.bynoe@gmail.com')}`)}

Customer is angry because he got charged twice after the decline. Where should the retry check go?`),

  rec('sql_dump', f`${amb('source_code.snippet', f`INSERT INTO wine_club_members (member_no, name, email, phone, dob, card_last4, tier) VALUES
('WC-2301', 'Hine Tawhiri', '${v('pii.email', 'hine.tawhiri@xtra.co.nz')}', '${phone('+64 21 483 7265')}', '${v('pii.date_of_birth', '1975-04-30')}', '5527', 'Cellar'),
('WC-2302', 'Graham Baxter', '${v('pii.email', 'g.baxter@slingshot.co.nz')}', '${phone('09 378 4512', 'NZ')}', '${v('pii.date_of_birth', '1961-12-08')}', '0318', 'Reserve'),
('WC-2303', 'Mei Lin Tan', '${v('pii.email', 'meilin.tan@gmail.com')}', '${phone('+65 9137 4826')}', NULL, NULL, 'Cellar');`)}

Importing into the new club system fails on the NULL dob. Can the new system accept unknown birth dates if we verify age another way?`),

  rec('hr_tr', f`Bordro için yeni personel kaydı, bu bilgileri muhasebeye gidecek e-postaya dönüştürür müsün?

Ad Soyad: Mehmet Demir (kuru temizleme hattı, İzmir)
TC Kimlik No: ${ambCat('pii', '52718493650')}
Cep: ${phone('0505 283 41 67', 'TR')}
E-posta: ${v('pii.email', 'mehmet.demir.izm@gmail.com')}
Maaş hesabı IBAN: ${v('financial.iban', iban('TR', '0006400000141829375106'))}
Başlama: 09.12.2024`, 'Turkish TC Kimlik number: personal, no built-in rule'),

  rec('email_mt', f`Ittraduċi din l-email għall-Ingliż, jekk jogħġbok:

Għażiża Sinjura Vella,

Niskużaw ruħna għal-lożor li waslu mċarrta fil-15 ta' Novembru. Se noħorġu nota ta' kreditu ta' EUR 340 u nħallsuha fil-kont tagħkom ${v('financial.iban', iban('MT', 'VALL22013000000040027193846'))}. Jekk għandek xi mistoqsija, ċempel lil Rita fuq ${phone('+356 2134 8917')} jew ikteb lil ${v('pii.email', 'rita.borg@linenworks.com.mt')}.

Tislijiet,
Marvic Grech`),

  rec('handover_en_wales', f`Handover notes for whoever covers the web desk while I'm off (back 6 Jan):

- Obituaries import runs at 06:00, config in /srv/obits/.env. DB is postgres://obits_app:${v('credential.database_url_password', 'Teifi-Bridge-3310')}@db01.cardigancourier.local:5432/obits
- If the funeral directors' feed breaks, ring Emyr at Jones & Daughters on ${phone('01970 624 318', 'GB')}
- Classifieds queries go to ${v('pii.email', 'classifieds@cardigancourier.co.uk')}
- Slack alerts bot token (in case it needs re-adding): ${v('credential.slack_bot_token', SLACK_BOT)}

Diolch! Tidy this up into a proper handover doc please.`),

  rec('json', f`Registreringerne til Nordic Clash kommer ind som JSON fra formularen, og vores bot crasher på nogle af dem. Eksempel + bot-config:

${amb('source_code.snippet', f`{"team":"Fjord Wolves","captain":{"name":"Tróndur Joensen","email":"${v('pii.email', 'trondur.joensen@olivant.fo')}","phone":"${phone('+298 31 72 84')}"},"players":["TrondurJ","hallur_fo","jonnsvein","bardur.k","eli_fo"],"sub":null}`)}

${amb('source_code.snippet', f`# bot.yml
github:
  repo: arenaclash/registrations
  token: ${v('credential.github_pat', GHP)}
validation:
  max_players: 5
  allow_null_sub: false`)}`),

  rec('chat_ku', f`Ji kerema xwe vê nîşeyê bi îngilîzî binivîse ji bo pelê muwekîl:
"Muwekîl: Dilan Hesen, roja bûyînê ${v('pii.date_of_birth', '03.04.1990')}, telefon ${phone('+964 750 482 3917')}. Birayê wê li Almanyayê ye: ${v('pii.email', 'rezan.hesen@web.de')}. Min belge li sîstema dosyayan bar kirin (bikarhêner: dilan.case, şîfre: ${v('credential.password_in_prose', 'Zaxo-Dosya-7719')})."
Ez ê şîfreyê paşê biguherînim.`),

  rec('config_de_na', f`Hallo, die Kleinanzeigen-Exporte für die Druckerei kommen nicht an. Hier der Export (Auszug) und die Mail-Konfiguration:

${amb('source_code.snippet', f`anzeige_nr;rubrik;text;kontakt_tel;kontakt_mail
K-24-3318;Fahrzeuge;"Toyota Hilux 2.8 GD-6, 2019, 112 000 km, N$ 385 000";${phone('081 392 4817', 'NA')};${v('pii.email', 'pieter.vdm@iway.na')}
K-24-3319;Immobilien;"Swakopmund, 3 Zi., Vineta, N$ 14 500 p.m.";${phone('+264 81 274 3918')};
K-24-3320;Tiermarkt;"Jack-Russell-Welpen, geimpft";${phone('+264 61 238 472')};${v('pii.email', 'hundefreunde.whk@gmail.com')}`)}

${amb('source_code.snippet', f`[mail]
provider = sendgrid
api_key = ${v('credential.sendgrid_api_key', SENDGRID)}
to = druckerei`)}`),

  rec('tsv', f`Interpreter bookings for December — can you total hours per interpreter and draft the payment run?

${amb('source_code.snippet', f`interpreter\tlanguage\thours\temail\tphone\tiban
Selam Haile\tTigrinya\t11.5\t${v('pii.email', 'selam.haile.interp@gmail.com')}\t${phone('07938 204 516', 'GB')}\t${v('financial.iban', iban('GB', 'LOYD30963417428519', true))}
Nasir Wardak\tPashto/Dari\t18\t${v('pii.email', 'n.wardak@interpreters.wales')}\t${phone('+44 7812 493 650')}\t${v('financial.iban', iban('GB', 'NWBK60171249385017', true))}
Thiri Aung\tBurmese\t6\t${v('pii.email', 'thiri.aung.mm@outlook.com')}\t${phone('029 2048 3716', 'GB')}\t(pending)`)}

Also the Sentry for the booking app keeps alerting on this, no idea why: dsn ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507918.ingest.de.sentry.io/4507918273645568`)}`),
];
