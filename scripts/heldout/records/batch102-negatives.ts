/**
 * Held-out batch 102: hard negatives — booking references, lab sample ids, microchip and studbook
 * numbers, placeholders, test keys, check-digit failures and casual "confidential" prose from the
 * batch's six workplaces. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, luhnValid } from '../../corpus/checksums';
import { ibanFullyValid, ninoValid, phoneValid, ssnValid } from '../checks';
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const badLuhn = (p15: string): string => p15 + String((luhnCheckDigit(p15) + 4) % 10);
const badIban = (cc: string, bban: string): string => {
  const good = ibanCheckDigits(cc, bban);
  const wrong = String((Number(good) + 11) % 97).padStart(2, '0');
  return cc + (wrong === good ? '02' : wrong) + bban;
};
const BAD_CARD_1 = badLuhn('471638290154728');
const BAD_CARD_2 = badLuhn('548203917364820');
const BAD_IBAN_1 = badIban('NO', '86011172935');
const BAD_IBAN_2 = badIban('ES', '21000418450200051332');
const BAD_PHONE = '+44 20 0123 456';
const BAD_SSN = '000-48-2719';
const BAD_NINO = 'QQ 48 27 19 C';
for (const c of [BAD_CARD_1, BAD_CARD_2]) if (luhnValid(c)) throw new Error(`negative card passes Luhn: ${c}`);
for (const i of [BAD_IBAN_1, BAD_IBAN_2]) if (ibanFullyValid(i)) throw new Error(`negative IBAN valid: ${i}`);
if (phoneValid(BAD_PHONE)) throw new Error('negative phone valid');
if (ssnValid(BAD_SSN)) throw new Error('negative SSN valid');
if (ninoValid(BAD_NINO)) throw new Error('negative NINO valid');
const STRIPE_TEST = tok('sk_test_', '51Nq', fill('b102-neg-sktest', B62, 95));
const STRIPE_PK = tok('pk_live_', '51Nq', fill('b102-neg-pk', B62, 95));
const GIT_SHA = fill('b102-neg-sha', HEX, 40);
const SHA256 = fill('b102-neg-sha256', HEX, 64);

export const BATCH102_NEGATIVES: DraftRecord[] = [
  rec('booking_refs_en', f`Can you sort these storm-cancelled bookings by sailing time? ULL-STO-20241214-0730: refs SKL-4482-1930, SKL-4482-1944, SKL-4482-2017. Vehicle deck was at 87% capacity, 312 foot passengers.`),

  rec('imo_no', f`Lag en kort presentasjon av fartøyet til nettsiden: MF «Hjørungavåg», IMO 9482719, MMSI 257483920, kallesignal LHXB, bygget 2018, 120 biler / 349 passasjerer, batteridrift 4,3 MWh.`),

  rec('timetable_es', f`Horario de invierno Los Cristianos – San Sebastián de La Gomera: salidas 08:00, 12:30, 17:45 (lunes a sábado); domingos 09:30 y 18:00. Duración 50 min. Tarifa residente canario: 75 % de descuento. ¿Me lo pones en tabla?`),

  rec('placeholder_env', f`Pon esto en la documentación del proyecto para los nuevos desarrolladores de la web de reservas:

${amb('source_code.snippet', `# .env.example
STRIPE_SECRET_KEY=sk_live_your_key_here
STRIPE_WEBHOOK_SECRET=<whsec-from-dashboard>
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/booking
SENDGRID_API_KEY=\${SENDGRID_API_KEY}`)}`),

  rec('stripe_test_en', f`Why does checkout work with our test key ${STRIPE_TEST} but the publishable key ${STRIPE_PK} in the page gives "No such payment_intent"? Both are from the same account.`),

  rec('bad_card_fr', f`Un client nous a envoyé ce numéro de carte pour son abonnement au zoo : ${BAD_CARD_1.replace(/(\d{4})(?=\d)/g, '$1 ')}. Le terminal dit "numéro invalide". Il a probablement fait une faute de frappe — comment lui demander de le renvoyer par un canal sûr ?`),

  rec('bad_iban_no', f`Betalingen til kunden ble avvist med "ugyldig kontonummer". Han oppga ${BAD_IBAN_1}. Kan du sjekke om kontrollsifrene ser feil ut, og skrive en melding der vi ber om riktig kontonummer?`),

  rec('bad_iban_es', f`El cliente expatriado nos da este IBAN para la devolución: ${BAD_IBAN_2.replace(/(.{4})(?=.)/g, '$1 ')} y el banco dice que el dígito de control no cuadra. ¿Le escribo pidiéndolo otra vez?`),

  rec('masked_pan_de', f`Zahlungsübersicht Jahreskarten Dezember: 142 Zahlungen, davon 9 Rückbuchungen (Karten **** **** **** 4471, **** 8802, •••• 1190). Bitte eine kurze Zusammenfassung für die Geschäftsführung.`),

  rec('microchip_en', f`Please format the animal transfer record for the studbook keeper: Red panda "Ember", ISO microchip 900 215 004 827 193, studbook no. 1482, sex F, born at the zoo on 14 June 2019, transfer to Dublin Zoo under EEP recommendation.`),

  rec('studbook_de', f`Für das Zuchtbuch: Schneeleopard „Tashi“, Transponder 276098106482719, ZIMS-ID GAN 24-00871, Impfung 03.10.2024 (Purevax RCP). Bitte als Tabelle.`),

  rec('lab_samples_it', f`Risultati prove di compressione, norma EN 196-1, lotto 2411-07:
campione C-2411-07-01: 2 gg 27,4 MPa; 28 gg 53,1 MPa
campione C-2411-07-02: 2 gg 26,9 MPa; 28 gg 52,7 MPa
campione C-2411-07-03: 2 gg 27,8 MPa; 28 gg 54,0 MPa
Blaine 4230 cm²/g, SO3 3,1 %, Cl 0,06 %. Scrivi un commento per il certificato.`),

  rec('cement_standard_pl', f`Wyjaśnij różnicę między CEM I 42,5 R a CEM II/A-LL 42,5 R według PN-EN 197-1:2012 i czy klasa 42,5 R wystarczy do prefabrykatów sprężonych. Certyfikat ZKP nr 1488-CPR-0712/W.`),

  rec('ahi_report_sv', f`Sammanfatta resultatet för remittenten: AHI 31,4/h, ODI 28,9/h, lägsta SpO2 78 %, T90 12 %, total sömntid 6 h 12 min, sovposition ryggläge 64 %. Rekommendation: CPAP-titrering.`),

  rec('cpap_settings_en', f`Explain these CPAP download numbers to a patient in plain English: ResMed AirSense 11, serial 23243 1482 719, mode AutoSet, pressure 6–14 cmH2O, 95th percentile 11.2, leak 95th 18 L/min, usage 27/30 nights > 4h.`),

  rec('version_game', f`Patch notes 1.4.2 (build 20241203.3, commit ${GIT_SHA.slice(0, 12)}): fixed crash in Reef level, Steam app 2481930, depot 2481931 manifest 7194820193648271935. Can you make it sound more exciting for players?`),

  rec('checksum_en', f`Players are asking if the Linux build download is legit. SHA-256 of tidepool-1.4.2-linux.tar.gz is ${SHA256}. Write a short Discord post telling them how to verify it.`),

  rec('uuid_log_nl', f`Wat betekent deze melding? "Match ${'3f8a2c71-9b4e-4d12-8a6f-0e5c7b2d9f14'} aborted: player 7a1e9c04-58d3-4b6f-a2e1-9c8d7b6f5e30 desync at tick 48213". Schrijf een uitleg voor het communityteam.`),

  rec('ssn_invalid_en', f`Our expat tax intake form accepted the SSN ${BAD_SSN} from a client — that can't be a real number, can it? Write a validation rule description (no code) for the form vendor.`),

  rec('nino_invalid_en', f`A temp at the cement lab gave ${BAD_NINO} as her NI number on the timesheet. HMRC rejected it. How should HR ask her for the correct one politely?`),

  rec('phone_invalid_en', f`The booking system shows the contact number ${BAD_PHONE} for a London group booking and our SMS gateway rejects it. What's the likely problem with the format?`),

  rec('fictional_phone', f`For the zoo's radio advert script, use a made-up number: "Call us on ${amb('pii.phone', '555-0147')} to book your keeper experience!" — rewrite it in a cheerful tone.`),

  rec('confidential_casual_en', f`I'm fairly confident the new membership tiers will sell well. Can you draft the launch post? Mention that member data is handled under our privacy policy and that we'd never share it.`),

  rec('confidential_casual_de', f`Wir suchen eine Vorlage für eine Vertraulichkeitsvereinbarung (NDA) mit einem externen Prüflabor für Zement. Worauf müssen wir achten?`),

  rec('confidential_casual_fr', f`Comment expliquer la confidentialité médicale à un patient qui demande pourquoi on ne peut pas envoyer ses résultats de polygraphie à son employeur ?`),

  rec('confidential_computing_en', f`What is "confidential computing" and would it matter for storing expat clients' tax returns in Azure? Short answer please, no sales pitch.`),

  rec('programming_q_ja', f`Pythonでフェリーの予約データ（CSV）を日付ごとに集計する一番簡単な方法は？pandasを使うべきですか、それとも標準ライブラリで十分ですか？コードは不要で、考え方だけ教えてください。`),

  rec('tax_rates_pt', f`Resume as regras do regime de residente não habitual (NHR) e do novo IFICI em Portugal para 2025: taxa fixa de 20 % sobre rendimentos de categoria A e B de atividades de elevado valor, duração de 10 anos. Sem dados de clientes, só o enquadramento.`),

  rec('tax_form_numbers_en', f`Which forms does a US citizen living in Germany typically need? I've got 1040, 2555 (FEIE), 1116 (FTC), 8938 and FinCEN 114. Deadline for expats is June 16, 2025 with automatic extension.`),

  rec('order_tracking_en_ie', f`Can you chase this supplier shipment for the zoo's vet clinic? Order PO-2024-11873, DPD tracking 15501482719302, expected 05/12. Contents: 2× anaesthesia machine service kits.`),

  rec('isbn_da', f`Vi vil anbefale bøger om søvn på klinikkens hjemmeside: "Why We Sleep", ISBN 978-0-241-26906-4, og "Søvn – den oversete superkraft", ISBN 978-87-400-6419-8. Skriv en kort tekst.`),

  rec('ip_docs_en', f`Explain to the lab manager why the press controller on ${amb('pii.ip_address', '192.168.10.40')} can't be reached from the office VLAN ${amb('pii.ip_address', '10.20.0.0')}/16 — the firewall rule only allows the QA subnet. Simple words, please.`),

  rec('swift_only_tr', f`Yurt dışındaki bağışçılar için SWIFT kodumuzu nerede paylaşmalıyız? Kod ${amb('financial.swift_bic', 'ISBKTRIS')}, banka İş Bankası. Kısa bir SSS maddesi yazar mısın?`),

  rec('docker_digest', f`Bu imaj digest'i doğru mu? booking-api@sha256:${fill('b102-neg-digest', HEX, 64)} — prod'da farklı bir digest görünüyor.`),

  rec('dates_el', f`Δρομολόγια Χριστουγέννων: 23/12 αναχώρηση 07:00 και 17:30, 24/12 μόνο 07:00, 25/12 καμία αναχώρηση, 26/12 κανονικά. Γράψε ανακοίνωση για το Facebook.`),

  rec('zoo_feeding_sw', f`Ratiba ya kulisha wanyama: simba saa 4:00 asubuhi (kg 8 nyama kila mmoja), twiga saa 5:30 (majani ya mshita), pengwini saa 3:00 mchana (samaki kg 12). Andika tangazo kwa wageni.`),

  rec('hash_bcrypt_en', f`Our old membership site stored passwords like ${amb('credential.password_assignment', '$2y$10$' + fill('b102-neg-bcrypt', B62, 53))}. Is bcrypt cost 10 still fine in 2025, or should we rehash on next login?`),

  rec('placeholder_ru', f`Напиши инструкцию для новых сотрудников лаборатории: "Для входа в LIMS используйте логин вида фамилия.и и пароль, выданный администратором (например, <ваш-пароль>). Никогда не пересылайте пароль по почте."`),

  rec('ghp_placeholder', f`In our community-modding guide we say: "create a token, it will look like ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, and paste it into mods.toml". Is there a safer way for modders to publish to our GitHub org?`),

  rec('git_remote_en', f`Which remote should modders use, https or ssh? Our docs show both: https://github.com/lanternfish/tidepool-mods.git and ${amb('pii.email', 'git@github.com')}:lanternfish/tidepool-mods.git.`),

  rec('lot_numbers_hu', f`Szállítólevél-összesítő: CEM II/B-S 42,5 N, tételszám KV-24-11-0871, 24 t; CEM I 52,5 R, tételszám KV-24-11-0893, 26 t; ömlesztett, tartálykocsi rendszám ABC-123. Kérlek, írj belőle rövid e-mailt a vevőnek.`),

  rec('voucher_bad_luhn_it', f`Un visitatore ha un buono regalo per lo zoo con codice ${BAD_CARD_2} ma la cassa non lo riconosce. È un buono cartaceo del 2023. Come rispondiamo?`),

  rec('kinyarwanda_schedule', f`Nyamuneka andika itangazo: ubwato bwa Gisenyi–Kibuye buzajya buhaguruka saa mbiri za mu gitondo na saa munani z'amanywa, buri munsi uretse ku cyumweru. Itike ni 5,000 RWF.`),

  rec('player_stats_en', f`Summarise this week's community stats: Discord members 48,219 (+1,204), daily active 6,812, reports handled 317, median response 42 min, top feature request "co-op mode" (1,482 votes).`),

  rec('amharic_vet', f`እባክዎ ይህን የእንስሳት ሕክምና ማስታወሻ ወደ እንግሊዝኛ ይተርጉሙ፦ የአንበሳው ክብደት 182 ኪ.ግ፣ የሙቀት መጠን 38.6°ሴ፣ ክትባት ተሰጥቷል፣ ቀጣይ ምርመራ በ3 ወር።`),

  rec('quechua_ferry', f`Yanapaway kay willakuyta qillqayta: Titicaca qucha wamp'u Punomanta Taquilekama sapa p'unchaw 7:30 pacha lluqsin. Chaninqa 35 soles.`),
];
