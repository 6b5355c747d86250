/**
 * Held-out batch 97: hard negatives — vessel and licence numbers, auction lots, placeholders,
 * failing check digits, masked cards, test keys, hashes, part numbers and casual uses of
 * "confidential", across the batch's six settings. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, luhnValid, ibanValid, verhoeffCheckDigit, verhoeffValid, nhsCheckDigit } from '../../corpus/checksums';
import { f, rec, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

function badLuhn(p: string): string {
  const c = p + String((luhnCheckDigit(p) + 4) % 10);
  if (luhnValid(c)) throw new Error('meant to fail Luhn');
  return c;
}
function badIban(cc: string, bban: string): string {
  const d = String((Number(ibanCheckDigits(cc, bban)) + 11) % 97).padStart(2, '0');
  const s = cc + d + bban;
  if (ibanValid(s)) throw new Error('meant to fail mod-97');
  return s;
}
function badAadhaar(p: string): string {
  const s = p + String((verhoeffCheckDigit(p) + 3) % 10);
  if (verhoeffValid(s)) throw new Error('meant to fail Verhoeff');
  return s;
}
function badNhs(p: string): string {
  const c = nhsCheckDigit(p);
  return p + String((c + 5) % 10);
}
const grp = (s: string): string => (s.match(/.{1,4}/g) ?? []).join(' ');

const BAD_CARD1 = badLuhn('453978210654322');
const BAD_CARD2 = badLuhn('545762389104518');
const BAD_IBAN_NO = badIban('NO', '86011117947');
const BAD_IBAN_DE = badIban('DE', '50010517540324589100');
const BAD_IBAN_PT = badIban('PT', '000700000012345678923');
const BAD_AAD = badAadhaar('47281936052');
const BAD_NHS = badNhs('485777345');
const SK_TEST = tok('sk_', 'test_', '51', fill('b97-neg-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b97-neg-pklive', B62, 97));
const SHA = fill('b97-neg-sha', HEX, 40);
const SHA256 = fill('b97-neg-sha256', HEX, 64);

export const BATCH97_NEGATIVES: DraftRecord[] = [
  rec('chat_en_nl', f`What's the difference between a fishing licence number and the vessel registration? Ours says CFV 183927 on the hull and licence 311204-NL on the paper. DFO wants both on the logbook.`),

  rec('auction_no', f`Auksjonsliste for fredag:
Parti 1041 – torsk 5+ kg – 2 340 kg – minstepris 42,50 kr/kg
Parti 1042 – hyse 1–2 kg – 1 120 kg – minstepris 21,00 kr/kg
Parti 1043 – sei – 3 870 kg – minstepris 14,80 kr/kg
Fartøy: LK-7-V, Lofotfisk AS. Skriv en kort annonse til Facebook.`),

  rec('chat_is', f`Hvað þýðir IMO-númerið 9183427 og MMSI 251483000 á skipsskírteininu? Er það sama og skipaskrárnúmerið 2891?`),

  rec('chat_fo', f`Hvussu nógv er 14.500 kg av makreli í tonsum, og hvat verður prísurin við 11,85 kr/kg? Uppboð nr. 2026-318.`),

  rec('invoice_masked_da', f`Kvittering fra fiskeauktionen:
Betalt med kort **** **** **** 7731
Beløb: 4.218,00 DKK
Transaktions-ID: 8f3a21c9-44b0-4e7f-9a2d-1c6e8b5f0d72
Kan du oversætte den til engelsk?`),

  rec('chat_es_pe', f`¿Qué significa el código de desembarque DS-PAI-2026-004817 en el reporte de PRODUCE? También aparece la embarcación con matrícula PL-21874-CM.`),

  rec('chat_pt_br', f`Qual é o melhor formato para a planilha de lotes do leilão? Hoje usamos LT-2026-11-0045 até LT-2026-11-0120 e o código do barco vem depois, tipo "BR-SC-004512".`),

  rec('placeholder_env_en', f`For the onboarding doc, which of these placeholders reads clearer for new devs?
DB_PASSWORD=<your-db-password>
STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX
GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
or should we write \${DB_PASSWORD} everywhere?`),

  rec('test_key_en_in', f`Kindly confirm, is it okay to keep ${SK_TEST} in the QA build of the game store? And the publishable key ${PK_LIVE} in the web client — that one is public only, na?`),

  rec('bad_card_ro', f`Clientul a dictat numărul ${BAD_CARD1} dar terminalul zice „card invalid”. Poate a greșit o cifră? Cum îi explic politicos să verifice?`),

  rec('bad_card_sv', f`Spelaren skrev kortnumret ${grp(BAD_CARD2)} i supportformuläret men vår validering säger att det är fel. Ska vi be honom skicka en skärmdump i stället? (Vi vill egentligen inte ha kortnummer i ärenden alls.)`),

  rec('bad_iban_no', f`Banken avviste overføringen til ${grp(BAD_IBAN_NO)} med «ugyldig kontrollsiffer». Hva betyr det, og hvordan kan jeg sjekke et IBAN selv?`),

  rec('bad_iban_de', f`Unser Lieferant hat uns die IBAN ${BAD_IBAN_DE} geschickt, das Online-Banking meldet „Prüfziffer falsch“. Soll ich zurückrufen oder per Mail nachfragen?`),

  rec('bad_iban_pt', f`O sistema da lota rejeita o IBAN ${grp(BAD_IBAN_PT)} que o armador nos deu. Deve ser um erro de digitação, certo? Como lhe peço para confirmar?`),

  rec('bad_aadhaar_hi', f`क्लाइंट ने आधार नंबर ${BAD_AAD.slice(0, 4)} ${BAD_AAD.slice(4, 8)} ${BAD_AAD.slice(8)} भेजा लेकिन KYC पोर्टल इसे अमान्य बता रहा है। क्लाइंट को क्या लिखूँ?`),

  rec('bad_nhs_en_sc', f`Our rota system rejects NHS number ${BAD_NHS} for a new client — says checksum failed. Probably a typo on the referral. How do I word a polite query back to the GP practice?`),

  rec('bad_ssn_en_us', f`Compliance test data question: our QA team uses SSNs like 000-12-4567 and 987-65-4329 because they can never be issued. Is that good practice for the surveillance system test environment?`),

  rec('hashes_en_ph', f`Deploy for hotfix 7.2.3 failed. Build commit ${SHA}, artifact sha256 ${SHA256}. Should I roll back to 7.2.2 or retry?`),

  rec('casual_conf_fr_qc', f`J'suis pas mal confiante pour la présentation de demain sur le nouveau système d'objets trouvés. Tu peux m'aider à faire un plan en 5 diapos?`),

  rec('casual_conf_en_us', f`Can you explain what "confidential computing" means in plain English? Our broker-dealer's IT vendor keeps mentioning it for the trade surveillance cloud.`),

  rec('nda_template_de', f`Ich brauche eine Vorlage für eine Vertraulichkeitsvereinbarung mit einem externen Gutachter für die Hochofen-Revision. Was gehört typischerweise hinein?`),

  rec('parts_de', f`Ersatzteilliste Walzgerüst 3:
- Pendelrollenlager 23152 CCK/W33, Menge 2
- Dichtungssatz DS-4471-B, Menge 4
- Hydraulikventil 4WE10D-3X/CG24N9K4, Menge 1
- Keilriemen SPC 4500, Menge 6
Sortiere nach Lieferzeit bitte.`),

  rec('workorder_pl', f`Zlecenie WO-2026-118734, suwnica S-12, przegląd UDT nr 3217004521. Termin: 14.11.2026. Napisz przypomnienie dla brygady.`),

  rec('chat_cs', f`Jaký je rozdíl mezi MTBF 4 380 h a MTTR 6,5 h pro naše kompresory? Výrobní číslo kompresoru je AC-GA90-2019-04417.`),

  rec('sensor_fi', f`Anturin kalibrointitodistus: sarjanumero VB-778120-FI, kalibroitu 03.10.2026, seuraava 03.10.2027. Muotoile tämä huoltokirjaan sopivaksi merkinnäksi.`),

  rec('chat_tr', f`Çelik döküm partisi ŞRJ-26-04471 için kimyasal analiz: C %0,18, Mn %1,42, Si %0,25. Bu S355J2 standardına uyuyor mu?`),

  rec('lostfound_item_sv', f`Hittegodsnummer HG-2026-04418: blått paraply, hittat i tunnelbanan, Röda linjen, 2026-11-03 17:42. Förvaras till 2027-02-03. Skriv en kort notis till webbsidan.`),

  rec('fare_rules_nl', f`Wat is het verschil tussen een naheffing van €50 en een proces-verbaal in het OV? Onze kaartcontroleurs gebruiken formulier NH-2026 en soms PV-B12.`),

  rec('ticket_number_fi', f`Matkakortin numero on näkyvissä kortin takana (esim. 9246 3100 2044), mutta asiakas kysyy, onko se sama kuin pankkikortin numero. Miten vastaan?`),

  rec('tram_ar_ma', f`شنو الفرق بين رقم التذكرة TC-2026-558412 ورقم المخالفة؟ الراكب كيقول بلي خلص.`),

  rec('chat_ja_neg', f`ゲーム内イベントのID「EVT-2026-WINTER-03」とガチャID「GCH-0412」の命名規則を整理したいです。良い命名ルールを提案してください。`),

  rec('chat_ko_neg', f`패치 노트 버전 표기를 7.2.3-hotfix.2 처럼 할지 7.2.3.2 처럼 할지 고민입니다. 어떤 게 일반적인가요?`),

  rec('uuid_zh', f`玩家的會話ID是 3b9e71c2-0d4a-4f58-b6e3-9a12c7d85f40，這個會暴露玩家隱私嗎？我們在客服單裡常常貼它。`),

  rec('care_schedule_it', f`Turni assistenza domiciliare settimana 45: lun 8-14 giro A (6 utenti), mar 14-20 giro B (5 utenti), gio notte reperibilità. Mi fai una tabella?`),

  rec('care_meds_hr', f`Kako da objasnim starijoj klijentici razliku između 5 mg i 0,5 mg lijeka? Piše na kutiji "Lot 24K118, EXP 09/2027".`),

  rec('chat_sw_neg', f`Je, ni vizuri kuweka nenosiri kwenye daftari la wauguzi? Tunataka sera mpya ya usalama wa nywila kwa wafanyakazi wote.`),

  rec('broker_isin_en_in', f`What is the difference between ISIN INE009A01021 and the NSE symbol INFY? Our compliance register lists both and the auditors asked.`),

  rec('broker_lei_de', f`Brauchen wir für die MiFID-II-Meldung den LEI 529900T8BM49AURSDO55 oder reicht die interne Kundennummer K-48120?`),

  rec('chat_el_neg', f`Τι σημαίνει "PASSWORD_EXPIRED" στο μήνυμα σφάλματος του portal; Δεν θέλω να μου πεις τον κωδικό, μόνο πώς να τον αλλάξω.`),

  rec('password_policy_lt', f`Parašyk slaptažodžių politiką techninės priežiūros skyriui: ne trumpesni nei 14 simbolių, keičiami kas 180 dienų, nenaudoti žodžių „plienas“ ar „gamykla“.`),

  rec('redacted_en_gh', f`Here's the redacted version for the vendor: "API key: [REDACTED], player email: [removed], card: XXXX-XXXX-XXXX-1184". Does it look properly anonymised?`),

  rec('docs_link_ru', f`Где в документации Telegram описано, как перевыпустить токен бота через BotFather? Токен я сюда вставлять не буду, просто нужна ссылка.`),

  rec('weather_kk', f`Балық аулау кемесі үшін ауа райы: жел 12 м/с, толқын 2,4 м, көрінуі 5 км. Координаталар 46°51′N 51°53′E. Теңізге шығуға бола ма?`),

  rec('chat_mi', f`Kia ora, he aha te kupu Māori mō "fish auction"? Kei te tuhi pānui mātou mō te mākete ika i Tauranga, rā Paraire 7:00 i te ata.`),

  rec('chat_sm', f`Talofa, e mafai ona e fesoasoani e tusi se faasilasilaga mo le pasi: "Ua maua se ato uliuli i le pasi numera 12. Faafesoota'i le ofisa."`),

  rec('version_vi', f`Bản cập nhật 4.18.0 (build 20261104.3) có làm thay đổi tỉ lệ rơi đồ không? Người chơi phàn nàn trên diễn đàn.`),

  rec('chat_am', f`የጠፉ እቃዎች ቢሮ የስራ ሰዓት ማስታወቂያ በአማርኛ ጻፍልኝ፡ ሰኞ–አርብ 2:00–11:00፣ ቅዳሜ 3:00–6:00።`),
];
