/**
 * Held-out batch 132: longer texts mixing categories — incident notes, lease exports, call notes,
 * onboarding mails, stack traces and fixtures from the six teams, in several languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const SENTRY_DSN_KEY = fill('b132m-sentry', HEX, 32);
const RK_LIVE = tok('rk_', 'live_', '51', fill('b132m-rklive', B62, 97));

export const BATCH132_MIXED: DraftRecord[] = [
  rec('incident', f`${v('confidential.marking', 'CONFIDENTIAL')} — Boarding house incident record

Student: Lara Meier (Grade 9), DOB ${v('pii.date_of_birth', '30.05.2011')}, Swiss passport ${v('pii.passport', 'X4829173')}
Incident: left campus without sign-out on Sat 8 March, 21:40; found at Zurich HB at 23:15 by house parent.
Parents informed: mother ${phone('+41 79 528 30 14')}, father ${v('pii.email', 'r.meier@meier-treuhand.ch')}.
Follow-up: meeting Monday with Head of Boarding.

Please turn this into a neutral, factual letter to the parents (English).`),

  rec('csv_de', f`Kannst du mir aus dieser Liste die Eigentümer raussuchen, bei denen die Pacht 2025 noch nicht bezahlt ist?

${amb('source_code.snippet', f`Eigentuemer;Flurstueck;IBAN;Telefon;Bezahlt_2025
Wendt, Heinrich;Kirchberg 7/118/2;${v('financial.iban', 'DE72 7605 0101 2938 4756 10')};${phone('06763 9284-17', 'DE')};nein
Bauer, Gertrud;Kirchberg 7/121;${v('financial.iban', 'DE88 1203 0000 0017 3849 26')};${phone('+49 151 2837 4016')};ja
Schäfer GbR;Dill 3/44;${v('financial.iban', 'DE49 5001 0517 0648 2193 70')};${phone('0711 48293715', 'DE')};nein`)}`),

  rec('call_notes_es', f`Resúmeme esta llamada para el expediente de dificultades económicas:

Cliente: Javier Morales Ruiz — ${v('pii.email', 'javier.morales.r@gmail.com')} — ${phone('+34 622 48 19 37')}
DNI ${v('pii.es_dni', '73920418M')}. Tarjeta afectada: ${v('financial.payment_card', '4921 7480 6352 9178')}.
Situación: ERTE desde enero, cobra el 70 %. Pide aplazar 3 cuotas. Le ofrecí plan de 12 meses al 0 %. Acepta. Domiciliación en ${v('financial.iban', 'ES11 2085 7392 1103 0041 8276')}.`),

  rec('email_fr_be', f`Bonjour Élise,

Bienvenue dans l'équipe de doublage de Bruxelles ! Quelques infos pratiques :
- Accès au portail des textes : identifiant e.dumont, mot de passe ${v('credential.password_in_prose', 'Ixelles-Voix!24')} (à changer à la première connexion)
- Tes cachets seront versés sur le compte ${v('financial.iban', 'BE55 0634 1827 3965')} que tu nous as communiqué
- En cas de souci le jour de l'enregistrement, appelle la régie au ${phone('+32 478 29 18 36')}

À lundi !
Nathalie

→ tu peux relire et rendre ça plus sympa ?`),

  rec('incident_spd', f`Please turn these notes into a formal incident report for the infection-control committee:

- 11/03 06:20: wet packs found on 3 trays from sterilizer ST-03, cycle 4471
- Sterilizer controller at ${amb('pii.ip_address', '10.40.8.23')} showed a drying-phase fault, no alarm forwarded
- Vendor remote session opened by on-call tech (${v('pii.email', 'marek.zielinski@klinikum-westpark.de')}), vendor account "belimed-svc" with password ${v('credential.password_in_prose', 'Dampf-Trocken#11')} — to be rotated today
- All 3 trays reprocessed; no patient use`),

  rec('stack_trace', f`Juicer app crashes when a payout is confirmed. From Sentry:

${amb('source_code.snippet', f`stripe.error.PermissionError: Request req_Q8v2Lm4: The provided key 'rk_live_...${RK_LIVE.slice(-4)}' does not have the required permissions for this endpoint.
  File "payouts/tasks.py", line 88, in pay_juicer
    stripe.Transfer.create(amount=cents, currency="eur", destination=acct, api_key="${v('credential.stripe_restricted_key', RK_LIVE)}")
  File "payouts/tasks.py", line 41, in run_batch
    pay_juicer(j.email, j.stripe_account, total)
Context: juicer=${v('pii.email', 'ana.lopes.juicer@gmail.com')} remote_addr=${amb('pii.ip_address', '188.81.47.202')}`)}

Which permission is missing? And how do I stop the key from appearing in tracebacks?`),

  rec('chat_ja', f`学校の事務室に送るメールを英語にしてください。
「娘（田中さくら、生年月日 ${v('pii.date_of_birth', '2010年9月3日')}）の寮費を以下のカードでお支払いします。カード番号 ${v('financial.payment_card', '3530-1842-7396-5181')}、有効期限 04/29。連絡先は ${phone('+81 90-3827-1946')}、メールは ${v('pii.email', 'tanaka.yumiko@docomo.ne.jp')} です。」`),

  rec('email_sv', f`Hej! Kan du skriva om det här mejlet till markägaren så att det blir tydligare?

"Hej Lars, arrendet för vindkraftverk 3 och 4 betalas ut den 31 mars till ditt konto ${v('financial.iban', 'SE80 8000 0821 4951 3847 2901')}. För avtalet behöver vi ditt personnummer (${ambCat('pii', '19580412-3871')}) och ett telefonnummer — är ${phone('+46 70 382 51 94')} fortfarande rätt? Mvh Anna, Aeolis"`, 'Swedish personnummer: no built-in rule (ambiguous)'),

  rec('chat_fi', f`Voitko kääntää tämän englanniksi saksalaiselle kollegalle? "Maanomistaja Pekka Virtanen (hetu ${ambCat('pii', '120361-437B')}) haluaa vuokranmaksut uudelle tilille ${v('financial.iban', 'FI98 4005 5010 2847 19')}. Hänet tavoittaa numerosta ${phone('+358 40 738 2914')} arkisin."`, 'Finnish henkilötunnus: no built-in rule (ambiguous)'),

  rec('chat_da', f`Kan du hjælpe mig med en velkomstmail til vores nye dubbingskuespiller i København? Hun har sendt: CPR-nr. ${ambCat('pii', '070392-1846')}, konto ${v('financial.iban', 'DK25 3000 4021 8473 91')}, mobil ${phone('+45 28 39 17 46')}. Første indspilning er tirsdag kl. 9 i studie B.`, 'Danish CPR number: no built-in rule (ambiguous)'),

  rec('chat_no', f`Skriv et kort svar til en juicer i Oslo som lurer på utbetalingen sin. Han oppga fødselsnummer ${ambCat('pii', '14079248315')} og kontonummer ${v('financial.iban', 'NO25 1503 7284 619')}, og ber om at vi ringer ham på ${phone('+47 482 71 936')}. Utbetalingen for uke 9 ble sendt 4. mars.`, 'Norwegian fødselsnummer: no built-in rule (ambiguous)'),

  rec('chat_cs', f`Přelož do angličtiny, prosím, pro podporu juicerů: "Dobrý den, jmenuji se Tomáš Dvořák, nabíjím koloběžky v Praze 7. Výplata za únor mi nepřišla na účet ${v('financial.iban', 'CZ60 2700 0000 0047 1928 3746')}. Moje rodné číslo je ${ambCat('pii', '930817/4821')}, telefon ${phone('+420 604 218 937')}."`, 'Czech rodné číslo: no built-in rule (ambiguous)'),

  rec('chat_baltic', f`Sveiki! Mums rašė trys juiceriai iš Baltijos šalių, reikia trumpų atsakymų jų kalbomis:
1) (lt) Vilnius: išmoka į ${v('financial.iban', 'LT31 7300 0101 3847 2915')}, tel. ${phone('+370 612 38274')} — „pinigai neatėjo".
2) (lv) Rīga: konts ${v('financial.iban', 'LV71 HABA 0551 0384 7291 6')}, tālr. ${phone('+371 2948 3716')} — „lūdzu mainīt kontu".
3) (et) Tallinn: arvelduskonto ${v('financial.iban', 'EE46 1010 2202 7184 9362')}, e-post ${v('pii.email', 'kristjan.tamm.juicer@gmail.com')} — „tasu on vale".`),

  rec('chat_zh_hk', f`幫我將以下內容寫成一封正式嘅英文電郵俾瑞士學校：
「我個仔陳浩然（出世日期 ${v('pii.date_of_birth', '2011年1月15日')}）下學期會入寄宿。香港身份證號碼 ${ambCat('pii', 'Y482917(3)')}，我嘅手機 ${phone('+852 6482 7193')}。學費我會用信用卡 ${v('financial.payment_card', '5150 9372 8461 0391')} 俾，唔該確認收到。」`, 'Hong Kong identity card: no built-in rule (ambiguous)'),

  rec('test_fixture', f`This test for the juicer payout mapper fails only on CI — timezone?

${v('source_code.snippet', f`def test_weekly_payout_mapping(db):
    juicer = JuicerFactory(
        email="${v('pii.email', 'joao.pinto.juicer@gmail.com')}",
        phone="${phone('+351 912 483 726')}",
        iban="${v('financial.iban', 'PT60 0033 0000 4529 1837 4610 5')}",
    )
    ChargeSessionFactory.create_batch(12, juicer=juicer, rate_cents=450, week="2025-W10")
    payout = build_payout(juicer, week="2025-W10")
    assert payout.amount_cents == 5400
    assert payout.iban.endswith("4610 5")`)}`),

  rec('frontend_config', f`Sentry for the admissions portal shows nothing from Safari users. Our init:

${v('source_code.snippet', f`Sentry.init({
  dsn: "${v('credential.sentry_dsn', `https://${SENTRY_DSN_KEY}@o4508127.ingest.de.sentry.io/4508127390212096`)}",
  environment: "production",
  tracesSampleRate: 0.1,
  beforeSend(event) {
    if (event.user) delete event.user.email;
    return event;
  },
});`)}

Test user that reported it: ${v('pii.email', 'admissions.test@hohenfels-is.ch')}, IP ${amb('pii.ip_address', '178.197.228.41')}.`),
];
