/** Held-out batch 74: longer texts mixing categories: incident notes, exports, threads, fixtures and logs, in many languages. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, fill, tok } from '../tokens';

const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b74m-sk', B62, 97));
const SLACK_BOT = tok('xoxb-', '4417203958', '1-', '6620918374512-', fill('b74m-xoxb', B62, 24));
const SENDGRID = tok('SG.', fill('b74m-sg1', B64URL, 22), '.', fill('b74m-sg2', B64URL, 43));
const GOOGLE = tok('AIza', 'Sy', fill('b74m-gapi', B64URL, 33));

export const BATCH74_MIXED: DraftRecord[] = [
  rec('incident_de', f`Bitte formuliere aus meinen Notizen einen sachlichen Vorfallsbericht für die Pflegedienstleitung:

- Nacht 14./15.03., Zimmer 3 (Leon, geb. ${v('pii.date_of_birth', '09.12.2017')}): Absaugpumpe ausgefallen um 02:40, Ersatzgerät aus Zimmer 5 geholt
- Mutter (Frau Kessler, ${phone('+49 151 28374619')}) um 03:10 informiert, kam um 04:00
- Medizintechnik-Hotline nicht erreicht, Mail an ${v('pii.email', 'service@medtech-nord.de')} geschickt
- Tablet im Stationszimmer war wieder nicht gesperrt, Zugang zur Doku-Software: Benutzer nachtdienst, Passwort ${v('credential.password_in_prose', 'Sternenhaus#03')} klebt am Rand (!!)`),

  rec('postmortem', f`# Postmortem: seller payout job leaked a key into logs (10 Mar)

**What happened:** the payout worker logged its full config on startup after a debug flag was left on. Log excerpt:

${amb('source_code.snippet', f`2025-03-10T06:00:02Z INFO payout-worker starting config={"stripe_key":"${v('credential.stripe_secret_key', STRIPE_LIVE)}","batch_size":200,"notify":"${v('pii.email', 'payouts-oncall@partlix.com')}"}
2025-03-10T06:00:03Z INFO payout-worker connected to ledger at ${amb('pii.ip_address', '10.42.7.19')}:5432
2025-03-10T06:00:09Z WARN payout-worker seller S-88213 (${v('pii.email', 'brakeworks.tx@gmail.com')}) missing tax form, skipped`)}

**Actions:** key rolled at 09:14, log index purged, debug flag removed from the helm chart.

Rewrite this for the non-technical leadership update.`),

  rec('csv_nl', f`Kun je van deze export een nette tabel maken en de klanten zonder e-mailadres markeren?

${amb('source_code.snippet', f`klantnr;naam;email;telefoon;iban;entrepot
K-2041;Van Dijck Import BV;${v('pii.email', 'administratie@vandijckimport.nl')};${phone('020 748 2913', 'NL')};${v('financial.iban', 'NL44 INGB 9621 2858 62')};Waalhaven
K-2057;Maes Logistics NV;${v('pii.email', 'finance@maeslogistics.be')};${phone('+32 478 29 17 46')};${v('financial.iban', 'BE27 8699 7383 0473')};Antwerpen-Noord
K-2063;Jansen Dranken;;${phone('+31 6 2847 3915')};${v('financial.iban', 'NL30RABO9118349976')};Waalhaven`)}`),

  rec('email_fr_be', f`Objet : ${v('confidential.marking', 'STRICTEMENT CONFIDENTIEL')} – dossier succession Vandenbroucke

Maître,

Comme convenu, voici les éléments pour la déclaration de succession :
Héritière : Mme Sophie Vandenbroucke, numéro national ${ambCat('pii', '79.09.23-118.41')}, GSM ${phone('+32 478 29 17 46')}
Compte de la succession : ${v('financial.iban', 'BE24 9730 6338 0238')}
La valeur du portefeuille-titres au jour du décès est de 2.418.300 €.

Bien à vous,
Aurelis – bureau de Bruxelles

→ peux-tu corriger la mise en forme et vérifier que rien ne manque pour le notaire ?`),

  rec('log_is', f`Getur þú skrifað atvikaskýrslu úr þessu? Stjórnkerfið í stöðvarhúsinu datt út í nótt.

${amb('source_code.snippet', f`03:12:44 scada-gw01 WARN  modbus timeout unit=3 host=${amb('pii.ip_address', '192.168.40.21')}
03:12:49 scada-gw01 ERROR lost connection to turbine controller T2
03:15:02 jump01 sshd[2291]: Accepted password for vakt from ${amb('pii.ip_address', '172.16.8.44')} port 51822 ssh2`)}

Vaktmaðurinn (Ari, ${phone('+354 551 2847')}) skráði sig inn á jump01 með lykilorðinu ${v('credential.password_in_prose', 'Hvita-Vakt!2291')} sem er enn skrifað á töfluna í stjórnstöðinni. Það þarf að koma fram í skýrslunni.`),

  rec('notes_sv', f`Anteckningar från lärarmötet 12/3 – gör om till en punktlista med ansvariga:

- Ny elev i grupp C2: Mulugeta Haile, personnummer ${ambCat('pii', '910203-4833')}, tel ${phone('+46 70 284 17 39')}, behöver studiehandledning på tigrinska
- Lärplattformen: gemensamt konto för vikarier, användare vikarie, lösenordet är ${v('credential.password_in_prose', 'Tavla-Krita-58')} (Anna byter efter påsk)
- Föräldramöte 3/4, Sara bokar tolk via ${v('pii.email', 'tolkformedling@kommunen.se')}`),

  rec('json_payload', f`Este JSON es lo que manda nuestro portal al CRM cuando un cliente nuevo firma el encargo del Impuesto sobre el Patrimonio. ¿Qué campos no deberíamos mandar?

${amb('source_code.snippet', f`{
  "cliente": {
    "nombre": "Carmen Lasarte Ibáñez",
    "dni": "${v('pii.es_dni', '05827391L')}",
    "fecha_nacimiento": "${v('pii.date_of_birth', '1956-10-04')}",
    "email": "${v('pii.email', 'clasarte@telefonica.net')}",
    "telefono": "${phone('+34 943 27 18 45')}"
  },
  "domiciliacion": { "iban": "${v('financial.iban', 'ES86 0182 6272 7294 9660 8709')}" },
  "servicio": "IP-2024",
  "origen_ip": "${amb('pii.ip_address', '88.12.174.203')}"
}`)}`),

  rec('chat_pt_ao', f`Mano, ajuda-me a organizar isto numa mensagem para o despachante:

O cliente Sr. Domingos Kiala (${phone('+244 923 418 765')}) quer levantar as 12 caixas de peças que estão no armazém alfandegado. Pagou as taxas por transferência da conta ${ambCat('financial', '0040 0000 4718 2931 1012 3')} (BAI). O BI dele é ${ambCat('pii', '004718293LA042')}. Falta o DU carimbado pela AGT.`, 'Angolan account number and BI: no built-in rule'),

  rec('stacktrace', f`Ödeme servisi bu hatayı veriyor, kart numarası neden loga düşüyor? Hemen düzeltmemiz lazım.

${amb('source_code.snippet', f`2025-03-11 14:22:07.118 ERROR [odeme-svc] c.p.odeme.KartServisi - Provizyon reddedildi
  siparis=PX-TR-7718203 tutar=3249.90 TRY
  kart=${v('financial.payment_card', '4836 9836 2571 5676')} skt=08/27 musteri=${v('pii.email', 'oguzhan.celik@hotmail.com')}
  istemci_ip=${amb('pii.ip_address', '85.105.44.201')}
    at com.partlix.odeme.KartServisi.provizyon(KartServisi.java:187)
    at com.partlix.odeme.OdemeController.ode(OdemeController.java:64)`)}`),

  rec('sql_dump', f`이 덤프를 스테이징 DB에 넣기 전에 개인정보를 가명 처리하는 SQL을 써 주세요.

${amb('source_code.snippet', f`INSERT INTO sellers (id, name, email, phone, created_at) VALUES
(3012, '정민수', '${v('pii.email', 'minsu.jung@naver.com')}', '${phone('+82 10-4827-3916')}', '2024-11-02 09:14:00'),
(3013, '오세영', '${v('pii.email', 'seyoung.parts@daum.net')}', '${phone('010-2847-3915', 'KR')}', '2024-11-03 16:40:21'),
(3014, '한빛모터스', '${v('pii.email', 'admin@hanbitmotors.co.kr')}', '${phone('+82 2-718-4392')}', '2024-11-05 11:02:47');`)}`),

  rec('email_en_my', f`Subject: ${v('confidential.marking', 'SULIT')} – stock discrepancy, Bay 14

Hi Encik Faizal,

During the cycle count we found 6 pallets of tyres recorded in the bonded register but not on the floor. Please call me on ${phone('+60 12-718 4392')} before you file anything with the customs station. Our bank details for any penalty payment remain the same (SWIFT ${amb('financial.swift_bic', 'MBBEMYKL')}).

Regards,
Lim Wei Jie
${v('pii.email', 'weijie.lim@bondhaven.my')}

→ make this more diplomatic, he is the customs liaison`),

  rec('csv', f`این لیست ثبت‌نام صنف دری را مرتب کن و کسانی را که شماره تماس ندارند جدا کن:

${amb('source_code.snippet', f`name,dob,phone,email,level
Zahra Ahmadi,${v('pii.date_of_birth', '2001-07-19')},${phone('+46 70 284 17 39')},${v('pii.email', 'zahra.ahmadi01@gmail.com')},A1
Mohammad Rahimi,${v('pii.date_of_birth', '1995-03-02')},,${v('pii.email', 'm.rahimi95@yahoo.com')},A2
Farida Karimi,${v('pii.date_of_birth', '1988-12-24')},${phone('+93 79 418 2736')},,A1`)}`),

  rec('slack_sk', f`Sumarizuj prosím toto vlákno zo Slacku pre vedúceho zmeny:

[08:12] Marek: faktúra od dodávateľa tesnení prišla s novým účtom ${v('financial.iban', 'SK89 0900 0000 0058 8261 2095')}, overil niekto telefonicky?
[08:15] Zuzana: volala som na ${phone('+421 905 284 731')}, potvrdili
[08:21] Marek: ok, a ešte — reportovací skript má v sebe pripojenie postgresql://report:${v('credential.database_url_password', 'Vah-Hradza!44')}@${amb('pii.ip_address', '10.12.0.7')}:5432/merania, presuňte to do vaultu prosím`),

  rec('email_et', f`Teema: tolliladu – kliendi andmete parandus

Tere, Kristjan!
Klient OÜ Põhjala Varuosad palus muuta arveldusandmeid. Uus konto: ${v('financial.iban', 'EE53 2238 6861 4693 9685')}. Kontaktisik on Kadri Tamm (isikukood ${ambCat('pii', '61109140395')}), e-post ${v('pii.email', 'kadri.tamm@pohjalavaruosad.ee')}.
Palun kontrolli enne muutmist telefoni teel.

Parandamiseks: kas saad selle kirja lühemaks teha?`, 'Estonian isikukood: no built-in rule'),

  rec('doc_sl', f`${v('confidential.marking', 'ZAUPNO')} – samo za vodstvo šole

Povračilo šolnine tečajnici, ki je prekinila tečaj zaradi bolezni:
Ime: Lejla Mujanović, tel. ${phone('+386 1 428 37 19')}
TRR: ${v('financial.iban', 'SI73 0201 0491 7751 444')}
Znesek: 340,00 EUR

Prosim, pripravi kratko obvestilo računovodstvu.`),

  rec('code_python', f`Our test fixtures for the T1135 foreign-property checker still use a real-looking client. Can you replace the data with obviously fake values?

${v('source_code.snippet', f`import pytest
from wealth.t1135 import needs_t1135

@pytest.fixture
def client():
    return {
        "name": "Harold Baptiste",
        "sin": "${v('pii.ca_sin', '601 553 407')}",
        "email": "${v('pii.email', 'h.baptiste58@rogers.com')}",
        "foreign_property_cad": 248_000,
    }

def test_over_threshold(client):
    assert needs_t1135(client) is True`)}`),

  rec('config', f`Bu konfiqurasiyanı yoxla, su anbarı səviyyəsi xəbərdarlıq servisi SMS və e-poçt göndərmir:

${amb('source_code.snippet', f`alerts:
  email:
    provider: sendgrid
    api_key: ${v('credential.sendgrid_api_key', SENDGRID)}
    to: [${v('pii.email', 'novbetci@mingachevir-hes.az')}]
  sms:
    numbers: ["${phone('+994 50 284 73 91')}"]
  map:
    google_key: ${v('credential.google_api_key', GOOGLE)}
  slack:
    token: ${v('credential.slack_bot_token', SLACK_BOT)}
  timezone: Asia/Baku`)}`),
];
