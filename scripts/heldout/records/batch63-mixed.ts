/**
 * Held-out batch 63: longer texts mixing categories — incident timelines, investigation notes,
 * crash logs, SQL dumps, meeting notes and test fixtures from a zoo, a crowdfunding platform, an
 * optics maker, a prison health service, an airline and an IR consultancy. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const SHA = (seed: string) => fill(seed, HEX, 64);
const JWT_KO = jwt(
  { alg: 'HS256', typ: 'JWT' },
  { sub: 'u_58213', email: 'minji.lee@hanbit-med.co.kr', scope: 'mail.read mail.send', iat: 1732931520, exp: 1732935120 },
  'b63m-jwt-ko',
);
const BEARER_JA = fill('b63m-bearer-ja', B62 + '-._', 72);
const PORTAL_KEY = fill('b63m-portal', B62, 40);
const GLSA = tok('glsa_', fill('b63m-glsa1', B62, 32), '_', fill('b63m-glsa2', HEX, 8));
const SENTRY_KEY = fill('b63m-sentry', HEX, 32);
const OIDC_SECRET = fill('b63m-oidc', B64URL, 48);

export const BATCH63_MIXED: DraftRecord[] = [
  rec('incident_timeline', f`${v('confidential.marking', 'TLP:AMBER')}
BTC-IR-2291 – working timeline (UTC), please turn into the client-facing version

- 11-27 01:52  VPN login as ${v('pii.email', 'j.hale@halvard-logistics.eu')} from ${amb('pii.ip_address', '185.243.115.72')} (NL VPS); MFA push approved by user
- 11-27 02:14  ~/.aws/credentials on contractor laptop modified; keys later seen in CloudTrail
- 11-27 02:40  lateral movement to FS-02 using local admin "support"; password found in a GPO script: ${v('credential.password_in_prose', 'Halvard2019!')}
- 11-27 03:05  7z archive staged, sha256 ${SHA('b63m-7z')}
- 11-27 03:31  exfil to ${amb('pii.ip_address', '45.137.21.9')}:443, ~18 GB
- 11-28 09:10  client SOC escalates; we're engaged 10:02, contact ${v('pii.email', 'soc-lead@halvard-logistics.eu')} / ${phone('+31 6 2938 4017')}

Leave out the GPO password obviously.`),

  rec('email_de', f`Hoi zäme

Kurzfristige Änderung im Umlauf ZRH–BRS–ZRH morgen (LX-Charter 4471): Captain Meier fällt aus, es fliegt Captain Regula Frei.
Für die Crewliste an den Handling Agent brauche ich ihre Daten:
Reisepass: ${v('pii.passport', 'X4827193')}
Geburtsdatum: ${v('pii.date_of_birth', '08.11.1979')}
Mobile: ${phone('+41 79 482 37 15')}
E-Mail: ${v('pii.email', 'regula.frei@skerryair.ch')}

Bitte bestätigen, dass die GenDec bis 18 Uhr raus ist.
Gruess, Crew Control

-> Kannst du das in eine saubere Mail an den Handling Agent auf Englisch umformulieren?`),

  rec('investigation_fr', f`Notes d'enquête – campagne #41230 « Aidez Léa à marcher »

- Créatrice déclarée : ${v('pii.email', 'lea.marchand.soutien@gmail.com')}, inscrite le 02/11 depuis ${amb('pii.ip_address', '91.168.42.207')}
- Compte de versement : ${v('financial.iban', 'FR84 7814 1443 35A0 1940 9139 463')} au nom de Kevin Dufour (pas de lien familial déclaré)
- Trois contributions de 500 € payées avec la même carte ${v('financial.payment_card', '5322 8928 3281 4164')} sous trois comptes différents
- Même empreinte d'appareil que la campagne #39877, suspendue en septembre
- Signalement reçu de ${v('pii.email', 'c.roussel@orange.fr')}, qui dit connaître la vraie famille

Rédige une synthèse pour le comité de revue, avec une recommandation.`),

  rec('vet_it', f`Riassumi questa email per il registro veterinario e prepara la risposta al fornitore:

"Buongiorno dott.ssa Galli, confermiamo la spedizione del vaccino per i ghepardi (lotto 24-1187, catena del freddo 2–8 °C) per giovedì. Per il pagamento anticipato: ${v('financial.iban', 'IT74 X406 8874 1431 8971 8172 075')}. Per urgenze chiamate il nostro magazzino al ${phone('+39 338 472 9105')} o scrivete a ${v('pii.email', 'ordini@zoovet-forniture.it')}."

Nota: la femmina Amani (microchip 380260001427315) va vaccinata per prima, è la più stressata dal contenimento.`),

  rec('incident', f`${v('confidential.marking', 'OFFICIAL-SENSITIVE')}
Datix-style incident summary – healthcare unit, C wing, 28/11

At 14:20 an agency nurse could not access the clinical system and was given the login of Staff Nurse Kemp by a colleague. The shared password (${v('credential.password_in_prose', 'Seagull-Harbour-12')}) was written on a sticky note on the treatment room monitor. Records entered under the wrong user include the methadone dose for the patient with NHS number ${v('pii.uk_nhs_number', '496 189 7035')}.

Rewrite as a learning summary for the governance meeting. No names, no identifiers.`),

  rec('email_sv', f`Hej, kan du göra en checklista av det här leverantörsmejlet inför registreringen i affärssystemet?

"Välkommen som leverantör till Vitrell Optics! Era uppgifter:
Bankkonto (IBAN): ${v('financial.iban', 'SE17 6651 3728 1299 0632 4588')}
BIC: ${amb('financial.swift_bic', 'HANDSESS')}
Kontaktperson: Elin Bergqvist, ${phone('+46 70 315 82 64')}, ${v('pii.email', 'elin.bergqvist@optikslip.se')}
Leverantörsportalen: https://portal.vitrell-optics.com, api_key=${v('credential.generic_secret_assignment', PORTAL_KEY)} (för EDI-integrationen)"`),

  rec('stacktrace', f`메일 동기화 서비스에서 계속 이 예외가 납니다. 토큰이 로그에 찍히는 것도 문제고요. 원인이랑 로그 마스킹 방법 알려주세요.

${amb('source_code.snippet', f`2024-11-30 10:42:13.552 ERROR [sync-worker-3] c.h.mail.SyncService - refresh failed for user=${v('pii.email', 'minji.lee@hanbit-med.co.kr')}
com.hanbit.mail.AuthException: 401 invalid_token (token=${v('credential.jwt', JWT_KO)})
	at com.hanbit.mail.ImapClient.authenticate(ImapClient.java:118)
	at com.hanbit.mail.SyncService.syncOne(SyncService.java:64)
	at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)`)}`),

  rec('notes_ar', f`عافاك صاوب لي تقرير مختصر على هاد الشبكة ديال الحملات المزورة:

- ثلاث حملات "علاج طفل مريض" بنفس الصور، كلها مسجلة بإيميلات متشابهة: ${v('pii.email', 'amal.help2024@gmail.com')}، ${v('pii.email', 'amal.help2025@gmail.com')}
- رقم الهاتف لي تعطى فالتحقق: ${phone('+212 661 48 27 93')}، وواحد آخر تونسي ${phone('+216 20 482 739')}
- الفلوس كاتمشي لحساب فتونس: ${v('financial.iban', 'TN79 3609 6966 8238 4982 3238')}
- المبلغ المجموع: 14,200 دولار فـ 9 أيام

بغيت التوصية ديال الإيقاف والإبلاغ.`),

  rec('crash_log', f`クルーアプリがiOS 18で起動直後に落ちます。ログを見てください。トークンやメールが出てしまっているのも気になります。

${amb('source_code.snippet', f`2024-11-29 06:12:44.081 CrewApp[3312:88120] [Auth] restoring session for ${v('pii.email', 'k.tanaka@skerryair.jp')}
2024-11-29 06:12:44.090 CrewApp[3312:88120] [API] GET https://crew.skerryair.jp/v2/roster Authorization=Bearer ${v('credential.bearer_token', BEARER_JA)}
2024-11-29 06:12:44.412 CrewApp[3312:88131] *** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: '-[NSNull length]: unrecognized selector sent to instance 0x1f2c8a0e8'`)}`),

  rec('sql_dump', f`Import tej tabeli z darczyńcami do nowego CRM się wysypuje na polskich znakach. Co z kodowaniem?

${amb('source_code.snippet', f`INSERT INTO darczyncy (id, imie_nazwisko, email, telefon, iban, kwota_miesieczna) VALUES
(1201, 'Małgorzata Dąbrowska', '${v('pii.email', 'm.dabrowska@interia.pl')}', '${phone('+48 604 518 237')}', '${v('financial.iban', 'PL82 4380 9109 2849 9877 1981 6579')}', 50.00),
(1202, 'Łukasz Żmuda', '${v('pii.email', 'lukasz.zmuda@gmail.com')}', '${phone('+48 22 482 73 91')}', NULL, 20.00),
(1203, 'Jadwiga Sęk', '${v('pii.email', 'jadwiga.sek@o2.pl')}', NULL, '${v('financial.iban', 'PL93 8355 0249 2385 2856 7936 5522')}', 100.00);`)}`),

  rec('meeting_tr', f`Toplantı notlarını aksiyon maddelerine çevirir misin?

Kaplama hattı haftalık toplantı – 28 Kasım
- Vakum pompası 2 arızalı, servis Pazartesi geliyor (teknisyen Murat Bey: ${phone('+90 532 615 48 20')})
- Servis firmasına uzaktan erişim için kaplama PC'si: kullanıcı servis_vk, şifre ${v('credential.password_in_prose', 'Kaplama.2024!')} – servis bitince değiştirilecek
- Yansıma testi sonuçları: 550 nm'de %0,28, hedef içinde
- Grafana panosu için servis hesabı token'ı: ${v('credential.grafana_service_account_token', GLSA)}`),

  rec('clinic_es', f`Necesito pasar esta nota a la historia clínica con formato, la escribió el enfermero a las apuradas:

"Int. Gómez, Darío Ezequiel – DNI ${ambCat('pii', '31.482.907')} – fecha de nac. ${v('pii.date_of_birth', '14/02/1985')}. Ingresó al pabellón 3 el 26/11. Refiere tos de 3 semanas, sudoración nocturna. Se pide baciloscopía. Avisar a la hermana al ${phone('011 15-4827-3915', 'AR')}, mail ${v('pii.email', 'gomez.valeria@yahoo.com.ar')}."`, 'Argentine DNI: no rule claims it'),

  rec('phish_fa', f`این هدرهای ایمیل فیشینگ را تحلیل کن و بگو از کجا ارسال شده:

${amb('source_code.snippet', f`Received: from mail.kavir-pardaz.ir (mail.kavir-pardaz.ir [${amb('pii.ip_address', '5.160.218.44')}])
From: "واحد مالی" <${v('pii.email', 'finance@kavir-pardaz.ir')}>
Reply-To: ${v('pii.email', 'kavir.finance.dept@proton.me')}
To: ${v('pii.email', 'm.ahmadi@sepahan-steel.ir')}
Subject: فاکتور معوق – فوری
X-Originating-IP: [${amb('pii.ip_address', '193.42.33.18')}]
Authentication-Results: spf=softfail dkim=none dmarc=fail`)}

کاربر روی لینک کلیک کرده ولی رمزش را وارد نکرده، می‌گوید.`),

  rec('chat_id', f`Tolong bantu cek kasus ini, saya curiga ini pencucian uang lewat kampanye:
- Pemilik kampanye: Rudi Hartono, ${v('pii.email', 'rudi.hartono77@yahoo.co.id')}, HP ${phone('+62 813 9047 2618')}
- Satu donatur menyumbang Rp 95 juta dengan kartu ${v('financial.payment_card', '4687 6201 7065 3397 324')} lalu minta refund ke rekening lain
- Kampanye dibuat 3 hari sebelum donasi masuk
Apa langkah yang sebaiknya kami ambil sesuai kebijakan AML?`),

  rec('code_ts', f`Our crew-app tests started failing after the fixtures refactor. Can you see why \`findByBase\` returns nothing?

${v('source_code.snippet', f`export const crewFixtures: CrewMember[] = [
  { id: 'C2041', name: 'Hannah Rowe', base: 'BNE', email: '${v('pii.email', 'hannah.rowe@skerryair.com.au')}', mobile: '${phone('+61 412 738 905')}' },
  { id: 'C2077', name: 'Jake Nguyen', base: 'bne', email: '${v('pii.email', 'jake.nguyen@skerryair.com.au')}', mobile: '${phone('+61 423 915 084')}' },
];

export function findByBase(crew: CrewMember[], base: string): CrewMember[] {
  return crew.filter((c) => c.base === base.toUpperCase());
}

Sentry.init({ dsn: '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4505127.ingest.sentry.io/4505127739810816`)}' });
process.env.OIDC_CLIENT_SECRET ??= '${v('credential.generic_secret_assignment', OIDC_SECRET)}';`)}`),

  rec('csv', f`Why does the refund script skip the last two rows? Export from the ticketing system after the Night Safari double-charge:

${amb('source_code.snippet', f`booking_ref,visitor_email,card,amount_sgd,charged_twice
NS-240118,${v('pii.email', 'weiling.tan@singnet.com.sg')},**** 4164,96.00,Y
NS-240121,${v('pii.email', 'arjun.menon@gmail.com')},${v('financial.payment_card', '6011 5120 9384 1664')},144.00,Y
NS-240130,${v('pii.email', 'siti.rahman@hotmail.sg')},${v('financial.payment_card', '3464 573411 78510')},48.00,Y`)}

Contact for the vendor is ${phone('+65 6734 2198')}.`),
];
