/** Held-out batch 115: IBANs, card and routing numbers from farm-loan, club clinic, crew-change, newspaper, solar and public-defender work. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const iban = (s: string) => v('financial.iban', s);
const card = (s: string) => v('financial.payment_card', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH115_FINANCIAL: DraftRecord[] = [
  rec('email_de_at', f`Servus Frau Huber,

die Auszahlung des Investitionskredits für den neuen Laufstall (EUR 186.000,–) erfolgt am 12. Juni auf Ihr Betriebskonto:
IBAN ${iban('AT39 1904 3256 0745 5200')}
BIC ${bic('RLNWATWWXXX')}

Bitte schreib das etwas freundlicher und kürzer, es geht an eine Landwirtin im Mostviertel.

Lg, Raiffeisen Agrarkredite`),

  rec('csv_pl', f`Sprawdź proszę, czy suma rat w tym zestawieniu zgadza się z harmonogramem (kredyt klęskowy, susza 2024):

${amb('source_code.snippet', f`rolnik;nr_umowy;rachunek;rata_pln;termin
Kowalczyk Jan;KR/2024/0412;${iban('PL22 1020 2892 9181 5525 0758 2820')};4 250,00;2025-06-30
Nowicka Halina;KR/2024/0419;${iban('PL40114020040000310273518642')};3 180,50;2025-06-30`)}`),

  rec('chat_hi', f`नमस्ते, किसान क्रेडिट कार्ड (RuPay) ${card('6522 7768 6009 8376')} से खाद खरीदते समय लेनदेन विफल हो रहा है। किसान का कहना है कि सीमा अभी बाकी है। शाखा प्रबंधक को शिकायत पत्र का मसौदा बना दीजिए।`),

  rec('chat_pt_br', f`Oi, preciso de um e-mail em inglês para o importador holandês. A cooperativa vai receber o pagamento da soja pela conta internacional IBAN ${iban('BR40 0036 0305 0000 1693 6672 266P 1')}, SWIFT ${bic('BRASBRRJBHE')}. Pode deixar formal?`),

  rec('chat', f`Reader rang the subs line furious — charged twice for the annual digital bundle. She read me her card: ${card('4253 2998 0876 5022')}, exp 09/27. I've got the Stripe charge IDs. Can you draft the apology + refund confirmation? British English please.`),

  rec('ticket', f`Ticket #SUB-88213 — refund request
Subscriber: Daniel Ruiz (print + digital, Sunday only)
Card on file: Amex ${card('3708 118762 35047')}
Reason: moved out of delivery area, wants pro-rated refund for 14 weeks.

Write a reply that explains the pro-rating and confirms the refund goes back to the Amex.`),

  rec('email_nl', f`Beste lezer,

Hartelijk dank voor uw abonnement op Dagblad Noord. Wij schrijven het bedrag van € 27,50 per maand automatisch af van rekening ${iban('NL38 RABO 0535 9979 94')} op basis van machtigingskenmerk DN-2025-044871.

Kun je deze bevestigingsmail korter maken en een zin over opzeggen toevoegen?`),

  rec('csv_it', f`Questo export degli abbonati con pagamento fallito ha una riga senza mascheramento, mi aiuti a capire da quale gateway arriva?

${amb('source_code.snippet', f`abbonato_id,piano,carta,esito
A-20417,digitale_annuale,**** **** **** 4915,insufficient_funds
A-20433,carta+digitale,${card('5373694504544915')},do_not_honor
A-20458,weekend,**** **** **** 2869,expired_card`)}`),

  rec('chat_tr', f`Merhaba, gemiden inen Türk mürettebatın ücretlerini bu hesaba göndereceğiz: ${iban('TR93 0006 1031 7946 7843 0744 54')}, hesap sahibi Kaptan Emre Yıldız. Muhasebeye kısa bir Türkçe-İngilizce talimat yazar mısın?`),

  rec('email_ar', f`السادة المحاسبة،

نرجو تحويل رسوم وكالة الميناء (تغيير الطاقم للسفينة MV Red Falcon في ميناء الملك عبدالعزيز) إلى الحساب التالي:
الآيبان: ${iban('SA79 8057 1418 2254 2350 1861')}
رمز السويفت: ${bic('RJHISARI')}
المبلغ: 14,250 ريال سعودي

مع التحية`),

  rec('chat_uk', f`Допоможіть скласти лист моряку: компенсацію за квиток Одеса–Гданськ (312 EUR) перерахуємо на його рахунок ${iban('UA74 3052 9920 8456 2567 8154 5848 8')} протягом 5 робочих днів.`),

  rec('chat_ka', f`გამარჯობა, ეკიპაჟის წევრის ხელფასი უნდა გადავრიცხოთ ამ ანგარიშზე: ${iban('GE61TB5483460925665295')}. დამიწერე მოკლე წერილი ინგლისურად ბანკისთვის.`),

  rec('invoice_es', f`FACTURA 2025/0611 — Clínica de Medicina Deportiva
Concepto: reconocimiento médico de fichaje, jugador cedido (RM, ecocardiograma, prueba de esfuerzo)
Importe: 2.450,00 € + IVA
Forma de pago: transferencia a ${iban('ES72 2100 0418 4501 5483 6385')}

¿Me redactas el correo al club de destino para enviarla?`),

  rec('chat_pt', f`Bom dia, o pai do jogador da formação quer pagar a fisioterapia extra com o cartão ${card('4623 4522 8888 5405')}, validade 03/28. Posso registar isto na ficha do atleta ou é melhor pedir por telefone? O número dele é ${phone('912 384 706', 'PT')}.`),

  rec('email_ro', f`Bună ziua,

Vă rugăm să achitați factura de mentenanță pentru parcul fotovoltaic Cernavodă (curățare panouri, mai 2025, 38.400 RON) în contul ${iban('RO77 BTRL 0522 0056 5812 6159')}.

Mulțumim,
Echipa O&M

Poți traduce asta în engleză pentru firma-mamă?`),

  rec('chat_hu', f`Szia, a napelempark inverter-javításának számláját erre a számlára kell utalni: ${iban('HU49 1177 3033 1053 7021 5528 7664')}. Le tudnád fordítani a fizetési felszólítást angolra?`),

  rec('chat_el', f`Γεια, η εταιρεία συντήρησης του φωτοβολταϊκού πάρκου στη Θεσσαλία άλλαξε τράπεζα. Νέο IBAN: ${iban('GR52 0110 1258 0145 0601 1524 892')}. Γράψε μου ένα σύντομο email επιβεβαίωσης στα αγγλικά.`),

  rec('form', f`RESTITUTION PAYMENT — client instruction (Office of the Public Defender)
Client: Marcus T. Greene, Case No. CR-2025-004418
Payee: Clerk of the Circuit Court
Bank routing (ABA): ${v('financial.aba_routing', '021072787')}
Account: ${ambCat('financial', '8830194726')}
Amount: $1,240.00, first of 12 monthly payments

Please turn this into a plain-language letter to the client explaining the schedule.`),

  rec('chat_fr', f`Bonjour, pour la consignation ordonnée par le juge, la famille de notre client doit virer 1 500 € sur le compte ${iban('FR32 3000 4008 2863 8942 5015 514')}. Peux-tu rédiger un message simple expliquant la démarche ?`),

  rec('chat_az', f`Salam, fermer kooperativinin kredit ödənişini bu hesaba köçürüb: ${iban('AZ10 IBAZ 0659 6383 5192 8896 8978')}. Bank bunu tapa bilmir. Müraciət məktubu yazmağa kömək et.`),

  rec('chat_et', f`Tere, põllumeeste laenuühistu liige maksis tagasimakse valele kontole. Õige konto on ${iban('EE32 2235 1695 8266 9860')}. Kirjuta lühike selgitus liikmele.`),

  rec('chat_ru', f`Нужно вернуть моряку оплату за медосмотр, он платил картой Мир ${card('2202 5319 3611 6876')}. Как правильно оформить возврат, если терминал уже закрыт?`),
];
