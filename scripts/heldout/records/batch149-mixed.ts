/**
 * Held-out batch 149: longer texts mixing categories (incident notes, e-mail threads, exports,
 * fixtures, logs) from a mountain-rescue service, audiology clinics, a container terminal, a film
 * festival, crop-insurance adjusters and a cemetery administration. Hand-written.
 */
import { ibanWithCheck, inAadhaarSpaced, frNirKey, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '5820417396', '2-', '8041937265108-', fill('b149m-xoxb', B62, 24));
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b149m-stripe', B62, 97));
const BEARER = fill('b149m-bearer', B62 + '-._~', 64);
const GHP = gh('ghp', 'Vr8Kc3Nw6Tq1Bz5Xm9Ld2Hj7Pf4Gs0');
const IBAN_NL = spacedFours(ibanWithCheck('NL', 'ABNA' + '0582917364'));
const IBAN_PT = spacedFours(ibanWithCheck('PT', '0035' + '0697' + '00482719364' + '52'));
const IBAN_DE = spacedFours(ibanWithCheck('DE', '70150000' + '0028374619'));
const IBAN_AE = ibanWithCheck('AE', '033' + '1048273916205748');
const IBAN_LT = ibanWithCheck('LT', '73000' + '10048273916');
const NIR_BODY = '1530774182093';
const NIR = `${NIR_BODY}${frNirKey(NIR_BODY)}`;
const VISA_FR = spacedFours(luhnWithCheck('497015382746019'));
const MIR = spacedFours(luhnWithCheck('220070381927465'));
const AADHAAR = inAadhaarSpaced('62840193758');
const SENTRY_KEY = fill('b149m-sentry', HEX, 32);
const SESSION = fill('b149m-sess', B64URL, 43);

export const BATCH149_MIXED: DraftRecord[] = [
  rec('incident_de-CH', f`Iisatzjournal, bitte i es saubers Protokoll für d'Versicherig umwandle (Hochdütsch):

11:52 Alarm via 1414, Melder Andri Schmid, ${phone('+41 79 381 46 27')}
12:05 Lawinenradar LR-Varuna (${amb('pii.ip_address', '10.24.8.17')}) zeigt Abgang 11:47, Sektor NO, 2'480 m
12:31 Rettungsteam vor Ort, 1 Person verschüttet
12:49 Person geortet: Lara Bösch, geb. ${v('pii.date_of_birth', '21.05.1994')}, bei Bewusstsein
13:20 Rega-Flug nach Chur

PS: de Zuegang für d'Radar-Webcam isch immer no admin / ${v('credential.password_in_prose', 'Radar!Varuna12')}, mir sötted das mal ändere.`),

  rec('email_thread_nl', f`Kun je mijn antwoord aan Jeroen wat vriendelijker maken?

Van: Jeroen Bakker <${v('pii.email', 'j.bakker@bakker-transport.nl')}>
Onderwerp: RE: slotboeking via API

Hoi, onze planner krijgt steeds 401 van jullie API. We gebruiken deze sleutel: Authorization: Bearer ${v('credential.bearer_token', BEARER)}
Facturen mogen voortaan naar ${v('financial.iban', IBAN_NL)}. Bellen kan ook: ${phone('+31 6 28473915')}.

> Op 12 nov. schreef Gate Office EQCT:
> Beste Jeroen, de API-sleutels zijn vorige week vernieuwd.

Mijn concept: "Stuur nooit je sleutel per mail, we trekken hem nu in en maken een nieuwe aan."`),

  rec('handover_fr', f`Transmissions de fin de journée – centre auditif Annecy, peux-tu en faire une liste de tâches ?

- M. Roger Vuillermoz (NIR ${v('pii.fr_nir', NIR)}) : réglage de l'appareil droit reporté au 21/11, le rappeler au ${phone('06 12 84 57 39', 'FR')}
- Sa fille a réglé le reste à charge par téléphone, carte ${v('financial.payment_card', VISA_FR)} notée sur un post-it (à détruire !)
- Mme Favre : attestation mutuelle à envoyer à ${v('pii.email', 'h.favre74@orange.fr')}
- Commander 3 boîtes de piles 312.`),

  rec('accred_export', f`Merge these two sources into one guest list and tell me who is missing a passport number:

${amb('source_code.snippet', f`guest_id;name;country;passport;email;mobile
G-104;Amira Haddad;TN;${v('pii.passport', 'X48273916')};${v('pii.email', 'amira.haddad.films@gmail.com')};${phone('+216 98 482 739')}
G-105;Lars Eriksen;DK;;${v('pii.email', 'lars@eriksenfilm.dk')};${phone('+45 28 48 27 39')}
G-106;Zhou Yiming;CN;${v('pii.passport', 'E48273916')};${v('pii.email', 'zhou.yiming@163.com')};${phone('+86 139 4827 3916')}`)}

And the bot config that posts the list to #guests:
${amb('source_code.snippet', f`slack:
  token: ${v('credential.slack_bot_token', SLACK_BOT)}
  channel: guests`)}`),

  rec('claim_pt-PT', f`Resumo do processo para o colega que assume amanhã (podes pôr em tópicos?):

${v('confidential.marking', 'CONFIDENCIAL')} – processo GEA-2024-0381
Segurado: António Manuel Ferreira, nascido em ${v('pii.date_of_birth', '03/02/1957')}, tlm ${phone('+351 912 482 739')}
Geada de 18/04 na vinha (Régua), 6,4 ha, perda estimada 55 %.
Pagamento da indemnização: IBAN ${v('financial.iban', IBAN_PT)}
Perito: Rui Teixeira, ${v('pii.email', 'rui.teixeira@agrisegur.pt')}`),

  rec('cemetery_de', f`Bitte aus diesen Notizen einen Bescheid-Entwurf machen:

${v('confidential.marking', 'Vertraulich')} – personenbezogene Daten
Verstorbene: Hildegard Sommer, geb. ${v('pii.date_of_birth', '02.08.1936')}, verst. 29.10.2024
Nutzungsberechtigter: Klaus Sommer, Tel. ${phone('+49 40 4827391')}, ${v('pii.email', 'k.sommer.hh@t-online.de')}
Urnenwahlgrab UG-14-07, Gebühr 1.120 €, Lastschrift von ${v('financial.iban', IBAN_DE)}
Beisetzung 15.11., 11 Uhr, Kapelle Nord.`),

  rec('stacktrace', f`Gate service crashes on startup since the config change, full trace:

${amb('source_code.snippet', f`Exception in thread "main" org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "gate_svc"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
	at com.eqct.gate.Application.main(Application.java:21)
Loaded properties: spring.datasource.url=jdbc:postgresql://${amb('pii.ip_address', '10.80.3.21')}:5432/gate, spring.datasource.username=gate_svc, spring.datasource.password=${v('credential.password_assignment', 'Straddle#Carrier7')}
Notification target: ${v('pii.email', 'gate-oncall@eqct-port.com')}`)}`),

  rec('fixture_python', f`Mein Test für den Hörtest-Import schlägt fehl, weil das Datum als String kommt:

${v('source_code.snippet', f`def test_import_patient():
    patient = {
        "name": "Ernst Hollerbach",
        "geburtsdatum": "${v('pii.date_of_birth', '1944-10-03')}",
        "telefon": "${phone('+49 30 48273916')}",
        "email": "${v('pii.email', 'ernst.hollerbach@gmx.de')}",
        "audiogramm": {"500": 30, "1000": 35, "2000": 50, "4000": 65},
    }
    result = importiere(patient)
    assert result.geburtsdatum == ${amb('pii.date_of_birth', 'date(1944, 10, 3)')}
    assert result.email == "${v('pii.email', 'ernst.hollerbach@gmx.de')}"`)}`, 'the birth date as date() arguments in the assert is ambiguous (tests/corpus/README.md)'),

  rec('notes_ja-en', f`今日のゲスト対応ミーティングのメモを英語の議事録にしてください。

- 【${v('confidential.marking', '社外秘')}】審査員の到着スケジュール確定
- Amira Haddad 監督：空港送迎、携帯 ${phone('+216 98 271 463')}、メール ${v('pii.email', 'amira.haddad.films@gmail.com')}
- プレス受付の共有PCのパスワードは ${v('credential.password_in_prose', 'Lumen#Press25')}（終了後に変更）
- 決済サイトのStripeキー ${v('credential.stripe_secret_key', STRIPE_LIVE)} がSlackに貼られていた件 → 無効化済み`),

  rec('logcat', f`Android logcat from a patient's phone, the hearing app keeps logging out:

${amb('source_code.snippet', f`11-14 09:21:03.118  4821  4907 D AuthInterceptor: POST https://api.audiora.eu/v2/session user=${v('pii.email', 'marta.kowalska77@wp.pl')}
11-14 09:21:03.402  4821  4907 D AuthInterceptor: <- 200 set-cookie: sid=${v('credential.generic_secret_assignment', SESSION)}; HttpOnly
11-14 09:21:04.015  4821  4931 W Sync: remote ${amb('pii.ip_address', '185.94.212.40')}:443 reset connection
11-14 09:21:04.016  4821  4931 E Sync: token expired, logging out`)}`),

  rec('incident_ko-en', f`게이트 장애 보고서 영어로 정리해 주세요.

- 03:12 gate-ocr-02 (${amb('pii.ip_address', '172.20.14.32')}) 응답 없음, 레인 5–8 수동 처리
- 03:40 협력업체 엔지니어 원격 접속: 계정 vendor_ocr / 비밀번호 ${v('credential.password_in_prose', 'Busan!Ocr2024')} (임시)
- 04:15 복구, 대기 차량 42대
- 담당: 김민수 과장 ${phone('+82 10-4827-3951')}`),

  rec('radio_it', f`Mi sistemi questo registro radio per il verbale?

09:14 – chiamata 118 da Marco Zanella, ${phone('+39 333 482 7391')}: escursionista bloccato sotto la cresta, 46.5372 N 12.1357 E
09:30 – squadra in partenza da Cortina
10:05 – contatto visivo, infortunato Paolo Zanella, nato il ${v('pii.date_of_birth', '11/06/2009')}, minorenne, lieve ipotermia
11:20 – rientro in rifugio; password del tablet di stazione per chi subentra: ${v('credential.password_in_prose', 'Cristallo_3221')}`),

  rec('driver_ar-en', f`حضّر لي رسالة ترحيب للسائق الجديد بالعربية والإنجليزية:

Driver: Khalid Al Mansoori
Passport: ${v('pii.passport', 'P4827391A')}
Mobile: ${phone('+971 50 482 7391')}
Salary account (for the haulier's payroll): ${v('financial.iban', IBAN_AE)}
Terminal pass starts 17 Nov, Gate 2, morning shift.`),

  rec('claim_hi-en', f`Yeh claim note English mein clean kar do for the regional office:

Kisan: Sunita Devi, Vill. Barhaj, Deoria
Aadhaar: ${v('pii.in_aadhaar', AADHAAR)}, mobile ${phone('+91 94151 82736')}
Bank: SBI Barhaj, A/c ${ambCat('financial', '38291047562')}, IFSC ${ambCat('financial', 'SBIN0003918')}
Email (beta ka): ${v('pii.email', 'rohitkumar.deoria@gmail.com')}
Loss: 1.8 acre wheat, hailstorm on 12 March, 70% nuksaan.`),

  rec('cemetery_ru-en', f`Переведи на английский для семьи за границей и убери лишнее:

${v('confidential.marking', 'Конфиденциально')}
Заявка на кремацию № КР-2024-1187
Заказчик: Ирина Волкова, ${phone('+7 921 482-73-91')}, ${v('pii.email', 'irina.volkova.spb@mail.ru')}
Оплата: карта ${v('financial.payment_card', MIR)} (оплачено 14.11, 38 400 руб.)
Прощание 16.11 в 10:30, малый зал.`),

  rec('festival_es-AR', f`Che, revisame este mensaje que le voy a mandar al nuevo del equipo de invitados:

"Bienvenido! Te paso lo básico:
- Invitada que llega el jueves: Valentina Ríos, DNI ${ambCat('pii', '32.482.917')}, cel ${phone('+54 9 11 4827-3916')}, mail ${v('pii.email', 'valentina.rios.cine@gmail.com')}
- El sistema de pagos usa esta clave: ${v('credential.stripe_secret_key', tok('sk_', 'live_', '51', fill('b149m-stripe2', B62, 97)))} (no la compartas)
- Repo del sitio: https://lumenfest-bot:${v('credential.github_pat', GHP)}@github.com/lumenfest/sitio.git
- Reintegros a invitados lituanos van a ${v('financial.iban', IBAN_LT)}"

¿Está bien pasarle todo esto por mail?`, 'Argentine DNI: personal, no built-in rule claims it'),

  rec('sentry_lt', f`Mūsų žalos vertinimo programėlė nerodo klaidų Sentry, o vartotojai skundžiasi. Konfigūracija ir vienas įvykis:

${v('source_code.snippet', f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4507312.ingest.de.sentry.io/4507312948273152`)}",
  sendDefaultPii: true,
});
Sentry.setUser({ email: "${v('pii.email', 'ruta.kazlauskiene@agrisure.lt')}" });`)}

Ar sendDefaultPii reiškia, kad siunčiame IP adresus ir el. paštą?`),
];
