/**
 * Held-out batch 95: hard negatives — placeholders, test and publishable keys, masked cards,
 * numbers that fail their checks, vessel / lot / ticket identifiers, hashes, and casual uses of
 * "confidential", from the batch's six settings. Hand-written; invalid values verified to fail.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, fill, tok } from '../tokens';

const SK_TEST = tok('sk_test_', '51N', fill('b95-neg-sktest', B62, 96));
const PK_LIVE = tok('pk_live_', '51N', fill('b95-neg-pklive', B62, 96));

export const BATCH95_NEGATIVES: DraftRecord[] = [
  rec('vessel_ids', f`Can you format this arrival list as a table? Vessel | IMO | MMSI | ETA
MV Cape Orchid | IMO 9734512 | 636019284 | 03/03 04:00
Maersk Kalmar | IMO 9456771 | 219018472 | 03/03 09:30
Stolt Sandpiper | IMO 9680102 | 563041937 | 03/03 14:15`),

  rec('placeholder_env', f`Here's the template .env for new pilots' tablet app, explain each variable:
${amb('source_code.snippet', `AIS_API_KEY=<your-ais-key>
DB_PASSWORD=\${DB_PASSWORD}
MAPBOX_TOKEN=YOUR_MAPBOX_TOKEN
SENTRY_DSN=
ADMIN_PASSWORD=********`)}`),

  rec('stripe_test', f`Warum schlägt der Testkauf im Festival-Shop fehl? Wir verwenden im Staging ${SK_TEST} und im Frontend ${PK_LIVE}. Die Testkarte wird abgelehnt mit "card_declined".`),

  rec('masked_card', f`Cliente pergunta porque aparece o cartão **** **** **** 4417 na fatura da farmácia duas vezes. Só vejo os últimos 4 dígitos no sistema. Como explico que o segundo é a pré-autorização?`),

  rec('luhn_fail', f`A donor typed his card as 4539 7781 2045 6613 and the form rejected it. Is our validation wrong or did he mistype? Write a friendly reply asking him to re-enter.`),

  rec('lot_numbers', f`Chargenrückverfolgung Mehl: bitte tabellarisch darstellen.
Charge M-2026-04117, Mühle Süd, Eingang 12.04., Feuchte 14,2 %
Charge M-2026-04188, Mühle Süd, Eingang 19.04., Feuchte 14,6 %
Charge M-2026-04203, Mühle Nord, Eingang 22.04., Feuchte 13,9 %
Probe-IDs: QS-7781-A, QS-7781-B, QS-7802-A`),

  rec('ticket_serials', f`Retailer asks why these scratch-card packs show "not activated": pack 0471-228193-004, pack 0471-228194-011, game 471 "Lucky Anchor". Validation code format is GGG-PPPPPP-TTT. Draft a reply.`),

  rec('casual_confidential', f`Estoy confiada en que la campaña llegará a la meta. Por cierto, ¿cómo redacto una cláusula de confidencialidad para voluntarios que revisan campañas? Solo quiero una plantilla general, nada más.`),

  rec('uuid_sha', f`Deploy of accreditation-portal failed. Build 5f3c9a2e-81b4-4d07-a6e3-2c9f71d04b58, commit 9c41e0b7d2a8f3561e0c4b9a7d2f8e31c5a06b94, image sha256:3a7f0c92e1d84b65a0c3f7e912d48b6c0a5e73f1d29b84c6e0a17f3d52b9c841. What does "manifest unknown" mean?`),

  rec('iban_bad_check', f`Der Kunde hat uns die IBAN DE45 5001 0517 5407 3249 31 gegeben, aber das Banking-Tool sagt "Prüfziffer falsch". Formuliere bitte eine höfliche Rückfrage.`),

  rec('invalid_ssn', f`Claim form has SSN 912-48-3071 — the system rejects it. Is that even a valid SSN range? Draft a note to the retailer asking the winner to bring the card.`),

  rec('aadhaar_bad', f`ग्राहक ने आधार नंबर 7381 9402 5618 बताया लेकिन पोर्टल "अमान्य" दिखा रहा है। उसे दोबारा जांचने के लिए एक विनम्र संदेश लिखो।`),

  rec('documentation_pw', f`Dans la doc du logiciel de préparatoire, ils écrivent : « connectez-vous avec l'utilisateur admin et le mot de passe indiqué sur l'étiquette de l'appareil, puis changez-le ». Comment formuler cette consigne plus clairement pour les préparateurs ?`),

  rec('version_strings', f`Which of these versions of the LIMS client are still supported? 4.2.17, 4.3.0-rc.2, 5.0.1+build.8812. Our bakery labs run 4.2.17 on Windows 10 LTSC 2021 (build 19044.4651).`),

  rec('dates_times', f`Turnuslista för lotsar vecka 41: 2026-10-05 06:00–18:00 Lindqvist, 2026-10-05 18:00–06:00 Berg, 2026-10-06 06:00–18:00 Öberg. Gör en snygg tabell.`),

  rec('tracking', f`Courier sent the festival DCP drives: UPS 1Z 4E9 82W 04 1837 2291 and FedEx 7794 2381 6620. Both show "exception". What should I ask the courier?`),

  rec('hash_passwords_doc', f`Nuestro manual dice que las contraseñas de los terminales de lotería se guardan con bcrypt y coste 12. ¿Es suficiente en 2026 o hay que migrar a Argon2id? Explícalo sin código.`),

  rec('phone_invalid', f`Retailer phone on file is 0400 000 0000 — clearly wrong. Write an SMS template asking retailers to update their contact details in the portal.`),

  rec('generic_business', f`Zrób mi plan szkolenia dla nowych pracowników laboratorium receptury: 1) BHP i odzież w strefie czystej, 2) ważenie i dokumentacja, 3) kontrola jakości maści, 4) etykietowanie. Każdy moduł 2 godziny.`),

  rec('isbn_refs', f`Bibliography for the pharmacists' compounding course: "Trissel's Stability of Compounded Formulations", ISBN 978-1-58212-315-4; "Remington", ISBN 978-0-12-820007-0. Format in APA.`),

  rec('placeholder_conn', f`Connection string template in our onboarding wiki for the tug scheduling DB: ${amb('source_code.snippet', 'postgres://USER:PASSWORD@HOST:5432/tugsched')} — is the port right for Azure Flexible Server?`),

  rec('masked_iban', f`Le donateur voit « IBAN : FR76 **** **** **** **** **** 412 » sur son reçu fiscal. Est-ce conforme au RGPD ? Réponds en deux phrases.`),

  rec('lottery_numbers', f`Draw #2841 results: 04 11 23 35 42 47, bonus 09. Draw #2842: 02 17 19 28 33 44, bonus 31. Can you write the retailer bulletin in Afrikaans and English?`),

  rec('recipe_qa', f`Spec for sourdough rye, line 4: dough temp 28–30 °C, proof 55 min at 32 °C / 80 % RH, bake 240 → 210 °C, 48 min. Water activity target ≤ 0.94, pH 4.1–4.4. Draft a one-page SOP.`),

  rec('gtin_codes', f`Uppdatera etikettlistan: Rågbröd 750 g EAN 7318690142753, Limpa 600 g EAN 7318690142760, Knäcke 250 g EAN 7318690142777. Ska vi ha GS1-128 på pallarna också?`),

  rec('confidential_word_casual', f`I'm confident the jury will finish deliberations by Friday. Also, do you know a good "confidentiality agreement template" for jury members? Just a generic one.`),

  rec('github_placeholder', f`README für das Bäckerei-Dashboard: "Setze GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx in deine lokale .env". Reicht das als Anleitung, oder sollte ich mehr erklären?`),

  rec('coordinates', f`Pilot boarding ground coordinates: 33°51.8'S 151°17.4'E, alternate 33°52.6'S 151°19.0'E. Convert to decimal degrees for the ECDIS route file.`),

  rec('ip_question', f`Какая разница между публичными и частными диапазонами IPv4 (10/8, 172.16/12, 192.168/16)? Объясни для стажёра в отделе поддержки лотерейных терминалов.`),

  rec('nino_bad', f`HMRC form came back: NI number "QQ 12 34 56 C" is rejected. I think the clerk copied the example from the form. Write a note asking the deckhand for his real number.`),

  rec('cpf_invalid', f`O sistema recusou o CPF 418.372.096-00 do organizador da campanha. Escreve-lhe uma mensagem a pedir que confirme os dígitos.`),

  rec('public_key', f`Is it safe to post this on our website for press to encrypt submissions? ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq8vRmQ2tN7kLwX4pZf1cYb6sJ9eD0aUoG3hV5iT2Kx festival-press@laptop`),

  rec('amount_table', f`Kurumsal bağış raporu: Ocak 184.200 TL, Şubat 212.750 TL, Mart 198.040 TL. Çeyrek toplamını ve aylık ortalamayı hesapla.`),

  rec('temperature_log', f`Cold-room log, compounding lab: 02:00 4.1 °C, 04:00 4.3 °C, 06:00 8.9 °C (door alarm), 06:10 5.2 °C. Does this excursion need a deviation report under our SOP-CMP-014?`),

  rec('invoice_numbers', f`Maksude jälgimine: arve nr 2026-0417-TUG, tellimus PO-88172, viitenumber 1234561. Kirjuta lühike meeldetuletus eesti keeles.`),

  rec('card_like_voucher_fail', f`Een klant heeft een cadeaubon van de bakkerijwinkel met nummer 6035 7190 4412 8806 en de kassa zegt "ongeldig". Hoe leg ik uit dat we die bonnen niet meer accepteren?`),

  rec('room_codes', f`Screening schedule: Sala 3, 14:30, film code CMP-26-017; Sala 1, 17:00, PAN-26-004; press screening code PS-0412. Can you make it into an Instagram story text in Italian?`),

  rec('regulation_ref', f`Explain the difference between USP <795> and USP <797> for a new pharmacy technician in Manila, in Tagalog, short.`),

  rec('kazakh_generic', f`Кеме сүйреуші қызметінің тарифтерін салыстыр: 2 буксир — 1 200 000 тг, 3 буксир — 1 650 000 тг. Қайсысы тиімді?`),

  rec('nhs_bad', f`The NHS number on the compounding request, 485 201 7390, fails validation in our system. Draft a message to the GP surgery asking them to re-check.`),

  rec('docker_digest', f`Image drift in the lottery draw service: prod runs registry.lotto-ops.internal/draw-rng@sha256:e1b7c04f9a2d83651c0b4e7f2a9d18c6e3f07b5a2c4d91e8f6b03a7c2e5d8f91 while staging has :1.14.2. Which one is newer?`),

  rec('swahili_generic', f`Tafadhali andika tangazo fupi kwa wauzaji wa bahati nasibu: droo ya Jumamosi itaanza saa 2:30 usiku, mauzo yatafungwa saa 2:00.`),

  rec('example_domain', f`For the festival's newsletter template, which placeholder address should I use in the sample: something like "name at domain" written out, or our real press office address? I'd rather not expose staff mailboxes.`),

  rec('hu_generic', f`Készíts ellenőrzőlistát a pékség QA laborjának reggeli nyitásához: mérlegek kalibrálása, hűtők hőmérséklete, táptalajok lejárata, mosogató ellenőrzése.`),

  rec('mn_generic', f`Эмийн сангийн шинэ ажилтанд зориулсан товч зааварчилгаа бичээч: жорын бүртгэл, хадгалалтын температур, шошголох дүрэм.`),
];
