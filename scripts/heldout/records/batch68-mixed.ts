/**
 * Held-out batch 68: longer texts mixing categories — postmortems, shift handovers, exports,
 * stack traces, test fixtures and e-mail threads with a few sensitive values among benign text,
 * in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, pem, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const email = (s: string) => v('pii.email', s);
const iban = (s: string) => v('financial.iban', s);

const GHP_LEAK = gh('ghp', fill('b68m-ghp', B62, 30));
const ATLASSIAN = tok('ATATT', '3xFfGF0', fill('b68m-atl', B64URL, 171), '=', fill('b68m-atl2', HEX.toUpperCase(), 8));
const EC_KEY = pem('EC PRIVATE KEY', 'b68m-ec', 121);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T0', fill('b68m-slT', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9), '/B0', fill('b68m-slB', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9), '/', fill('b68m-slw', B62, 24));
const BEARER_TR = fill('b68m-bearer', B62 + '-._~', 64);

export const BATCH68_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Postmortem: Winter Fest reward duplication (21–22 Nov)

**Impact:** ~14,200 players received the "Frostbound" bundle twice; ~310 sold the duplicates on the market before the fix.

**Timeline (UTC)**
- 21 Nov 18:00 event starts; reward service v2.8.1 live
- 21 Nov 19:40 first report in #player-support from a mod (${email('mod.karina@nightjar.games')})
- 21 Nov 23:10 root cause: retry on 504 re-sent the grant without the idempotency key
- 22 Nov 01:05 hotfix 2.8.2 deployed; a bot account hammering the claim endpoint from ${amb('pii.ip_address', '45.137.21.88')} blocked
- 22 Nov 09:30 during the review we also found a personal token committed in \`tools/grant_fix.py\`: \`GITHUB_TOKEN = "${v('credential.github_pat', GHP_LEAK)}"\` — revoked at 09:41

**Action items:** idempotency key on every grant; secret scanning on the tools repo; market rollback script.

Rewrite this as a short player-facing update, without internal details.`),

  rec('csv_pl', f`Zrób z tego listę mailingową na spotkanie franczyzobiorców w Krakowie i policz, ilu jest z południa:

${cfg(f`oddzial;wlasciciel;email;telefon;iban_prowizje
KRK-Balice;Marek Wójcik;${email('m.wojcik@driveloop-krakow.pl')};${phone('+48 604 271 938')};${iban('PL98 1050 1461 1000 0090 3847 2615')}
KTW-Pyrzowice;Agnieszka Lis;${email('a.lis@driveloop-katowice.pl')};${phone('+48 512 938 471')};${iban('PL44249000050000460018374926')}
GDN-Rębiechowo;Paweł Nowicki;${email('biuro@driveloop-gdansk.pl')};${phone('+48 58 318 27 46')};${iban('PL19 1600 1042 0000 0482 1739 5066')}`)}`),

  rec('stacktrace_es', f`¿Por qué falla el alta de un centro de vacunación nuevo? Esto sale en el log:

${cfg(f`2024-11-18 11:02:44,913 ERROR [http-nio-8080-exec-7] c.p.coldchain.sites.SiteService - Alta fallida para centro SEV-014
org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_contacto_email]
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)
	at com.polaris.coldchain.sites.SiteService.alta(SiteService.java:88)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_contacto_email"
  Detail: Key (email)=(${email('farmacia.triana@sas.junta-andalucia.es')}) already exists.
2024-11-18 11:02:44,915 DEBUG [http-nio-8080-exec-7] c.p.coldchain.config.Db - url=jdbc:postgresql://pg-sites:5432/sites?user=sites_app&password=${v('credential.database_url_password', 'Guadalquivir-2024')}`)}

El mismo correo lo usan dos centros de salud. ¿Cómo lo modelamos?`),

  rec('email_it', f`Mi aiuti a rispondere a questo cliente? Tono gentile, e digli che non deve mandarci il numero della carta.

Da: Lorenzo Galli <${email('lorenzo.galli77@gmail.com')}>
Oggetto: Doppio addebito noleggio Bari

Buongiorno, mi avete addebitato due volte 389,00 € sulla carta ${v('financial.payment_card', '5204 7381 9204 6371')} per il noleggio DL-BRI-44120. Potete richiamarmi al ${phone('+39 348 271 9036')}? Sono raggiungibile dopo le 18.

Grazie, Lorenzo Galli`),

  rec('incident_sv', f`${v('confidential.marking', 'INTERNT')} – incidentrapport kylrum 2, Jönköping

02:14 larm: temperatur 9,6 °C i kylrum 2 (vacciner, 2–8 °C). Jourhavande: Oskar Berg, ${phone('+46 73 918 24 06')}.
02:31 kompressorn omstartad på plats. Koden till larmpanelen byttes efter besöket, den nya koden är ${v('credential.password_in_prose', 'Vattern#0412')} (gäller tills vidare).
03:05 temperatur 7,1 °C. Tid utanför intervall: 51 min. Partierna HB2231 och HB2240 spärrade i väntan på QA-beslut.

Skriv om det här till en avvikelserapport på engelska för kunden, utan koden och utan namn.`),

  rec('minutes_uk', f`Зроби, будь ласка, короткий протокол англійською з цих нотаток:

${v('confidential.marking', 'КОНФІДЕНЦІЙНО')} · нарада станції KBP, 20.11
— Новий тягач для A321 прибуде 5.12, відповідальний Андрій Мельник (${phone('+380 67 284 1937')}, ${email('a.melnyk@aeroswift-gh.com')}).
— Тренінг з de-icing переноситься на 12.12 через погоду.
— Скарги авіакомпанії на затримки розвантаження: 7 випадків за листопад.`),

  rec('code_python_nl', f`Onze tests voor de intake-export falen sinds de nieuwe BSN-validatie. Fixture:

\`\`\`python
${v('source_code.snippet', f`import pytest

@pytest.fixture
def client_record():
    # echte testcliënt uit acceptatie, later vervangen
    return {
        "naam": "Sanne de Boer",
        "bsn": "${v('pii.nl_bsn', '273649188')}",
        "geboortedatum": "${v('pii.date_of_birth', '1994-03-27')}",
        "email": "${email('sanne.deboer94@ziggo.nl')}",
        "telefoon": "${phone('+31 6 28471930')}",
    }

def test_export_bevat_geen_bsn(client_record):
    regels = exporteer_intake([client_record])
    assert client_record["bsn"] not in regels[0]`)}
\`\`\``),

  rec('json_tr', f`Rezervasyon servisinden gelen bu payload'da sorun ne? Mobil uygulama "geçersiz müşteri" diyor.

${cfg(f`POST /v2/reservations HTTP/1.1
Host: api.driveloop-rent.com
Authorization: Bearer ${v('credential.bearer_token', BEARER_TR)}
Content-Type: application/json

{
  "branch": "IST-SAW",
  "customer": {
    "name": "Burak Aydın",
    "email": "${email('burak.aydin@outlook.com.tr')}",
    "phone": "${phone('+90 544 318 27 49')}",
    "tckn": "${ambCat('pii', '52174839054')}"
  },
  "payment": { "card_last4": "4417", "brand": "troy" },
  "pickup": "2024-12-20T09:00:00+03:00",
  "return": "2024-12-23T09:00:00+03:00"
}`)}`),

  rec('email_hu', f`Kérlek, írd át ezt a levelet udvariasabbra, de a tartalom maradjon:

Tárgy: ${v('confidential.marking', 'BIZALMAS')} – számlaváltozás

Tisztelt Nagy Úr!

A kért módosítást rögzítettük: a havi kifizetések december 1-től az alábbi számlára érkeznek:
${iban('HU33 1177 3016 0049 3817 2940 0000')}
Ha kérdése van, hívjon a ${phone('+36 1 418 2937')} számon, vagy írjon a ${email('wm.budapest@hr-privatbank.ch')} címre.

Üdvözlettel: Szalai Réka, private banker`),

  rec('onboarding_ro', f`Fă-mi din asta un checklist de onboarding pentru noul designer de level-uri:

Nume: Ioana Dumitrescu
CNP: ${ambCat('pii', '2971125400276')}
E-mail personal: ${email('ioana.dumitrescu97@gmail.com')}
Telefon: ${phone('+40 741 928 304')}
Cont salariu: ${iban('RO19 BACX 0000 0018 4729 3001')}
Start: 6 ianuarie, echipa Emberfall, laptop + tabletă Wacom
Acces: Perforce, Jira, Confluence, canalul #leveldesign`),

  rec('runbook', f`# Runbook: rotate the signing key for the BHS (baggage handling) gateway

1. Generate a new key on the jump host: \`openssl ecparam -name prime256v1 -genkey -noout -out bhs-gw.key\`
2. Upload the public part to the gateway admin UI (Settings → Trust).
3. Replace the old key in the vault path \`ops/bhs-gw\`. Old key, revoke after the switch:

${v('credential.private_key', EC_KEY)}

4. Post in #bhs-ops via the webhook (${v('credential.slack_webhook_url', SLACK_HOOK)}) that the rotation is done.
5. Call the duty manager on ${phone('+358 40 918 2746')} if the sorter drops to manual mode.

Make this clearer and add a rollback step.`),

  rec('ticket_cs', f`Ticket #88213 – prosím o návrh odpovědi hráči, česky:

Od: ${email('petra.svobodova@centrum.cz')}
Platforma: PC, Steam
Popis: Koupila jsem balíček „Zimní lucerna“ za 249 Kč kartou •••• 5126, peníze odešly, ale předměty nemám.
Interní poznámka: platba v Xsolla potvrzena, grant selhal (timeout), IP ${amb('pii.ip_address', '78.80.144.19')}, účet P-61720493.`),

  rec('handover_fi', f`Vuoronvaihtoraportti, HEL ramppi, yövuoro 23.11.

${v('confidential.marking', 'SISÄINEN')} – ei jakoon asiakkaille
- AY1532 myöhässä 47 min, syynä jäänpoisto; lisähenkilö tilattu.
- Tug #7 rikki (hydrauliikka), huolto soitettu: Mikko Lahtinen ${phone('+358 50 418 2736')}.
- Uuden tabletin PIN-koodin sijaan käytetään väliaikaista tunnusta ramppi.yo ja salasanaa ${v('credential.password_in_prose', 'Lumisade-2311')} kunnes IT korjaa MDM:n.

Tiivistä tästä kolme pointtia aamuvuorolle.`),

  rec('email_ru', f`Помоги ответить клиенту вежливо и по делу:

${v('confidential.marking', 'КОНФИДЕНЦИАЛЬНО')}
От: Виктор Орлов <${email('v.orlov.family@mail.ru')}>
«Прошу перевести 400 000 CHF с моего инвестиционного счёта на ${iban('CH52 0839 2018 4736 2519 3')} до пятницы. Паспорт ${v('pii.passport', '72 1847396')} вы уже видели. Звоните на ${phone('+7 921 384-27-16')}.»

Нужно объяснить, что для перевода третьему лицу нужна подписанная форма и видеозвонок.`),

  rec('referral_el', f`Παραπεμπτικό για ψυχιατρική αξιολόγηση — μετέτρεψέ το σε σύντομο email προς την ομάδα υποδοχής (χωρίς το ιστορικό):

${v('confidential.marking', 'ΑΠΟΡΡΗΤΟ ΙΑΤΡΙΚΟ ΕΓΓΡΑΦΟ')}
Ασθενής: Ελένη Κωνσταντίνου, ΑΜΚΑ ${ambCat('pii', '14058827198')}
Ημ. γέννησης: ${v('pii.date_of_birth', '14/05/1988')}
Τηλ.: ${phone('+30 210 728 4916')}
Λόγος: επίμονη κατάθλιψη, αίτημα για ψυχοθεραπεία, προτιμά απογευματινά ραντεβού.`),

  rec('whatsapp_hi', f`ये WhatsApp ग्रुप का एक्सपोर्ट है, इससे कल की शिफ्ट का शेड्यूल टेबल में बना दो:

[23/11/24, 21:04] Ramesh Supervisor: कल BOM T2 पर 4 A320 टर्न हैं, सुबह 5 बजे रिपोर्टिंग
[23/11/24, 21:06] Ramesh Supervisor: जो नहीं आ सकता वो मुझे ${phone('+91 98112 47306')} पर कॉल करे
[23/11/24, 21:10] Sunita: ठीक है सर। loader tablet का नया पासवर्ड ${v('credential.password_in_prose', 'Sahar#Ramp55')} है, कल से यही चलेगा
[23/11/24, 21:12] Imran: मैं 6 बजे तक आऊँगा, ट्रेन लेट है
[23/11/24, 21:15] Ramesh Supervisor: ठीक है, इमरान बेल्ट-लोडर पर`),

  rec('curl', f`Jira automation for the cold-chain deviation tickets: this works in Postman but curl gives 401:

${cfg(f`curl -u ${email('qa.automation@polaris-coldchain.eu')}:${v('credential.atlassian_api_token', ATLASSIAN)} \\
  -H "Content-Type: application/json" \\
  -X POST https://polaris-coldchain.atlassian.net/rest/api/3/issue \\
  -d @deviation.json`)}`),

  rec('chat_pa', f`ਭਾਜੀ, ਨਵੇਂ ਡਰਾਈਵਰ ਲਈ ਇੱਕ ਛੋਟਾ ਸੁਨੇਹਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਲਿਖ ਦਿਓ: ਕਾਊਂਟਰ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਯੂਜ਼ਰ ludhiana.counter ਹੈ ਅਤੇ ਪਾਸਵਰਡ ${v('credential.password_in_prose', 'Sutlej@Gaddi24')} ਹੈ, ਪਹਿਲੀ ਵਾਰ ਲੌਗਇਨ ਕਰਨ ਤੋਂ ਬਾਅਦ ਬਦਲਣਾ ਹੈ। ਫ਼ੋਨ ਨੰਬਰ ${phone('+91 98140 27391')} ਤੇ ਮੈਨੂੰ ਕਾਲ ਕਰ ਲਵੇ।`),
];
