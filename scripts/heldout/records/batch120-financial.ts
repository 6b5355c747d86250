/**
 * Held-out batch 120: cards, IBANs and bank details from supplier invoices, payroll changes,
 * wedding deposits and telecom fraud cases, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const card = (s: string) => v('financial.payment_card', s);
const iban = (s: string) => v('financial.iban', s);
const bic = (s: string) => amb('financial.swift_bic', s);

export const BATCH120_FINANCIAL: DraftRecord[] = [
  // nb — platform: supplier invoice
  rec('email_nb', f`Emne: Ny bankforbindelse – Havbris Catering AS

Hei,

Fra og med faktura 2025-0318 ber vi om at all betaling for forpleining på Skarvbakken Alpha skjer til:
Kontonummer/IBAN: ${iban('NO44 4511 2330 314')}
BIC: ${bic('DNBANOKKXXX')}

Med vennlig hilsen
Solveig Aarnes, økonomi

Kan du lage et kort svar der vi ber om bekreftelse på brevpapir med signatur før vi endrer leverandørkortet?`),

  // de — tax payroll: employee changes salary account
  rec('chat_de', f`Bitte Antwort an die Mandantin formulieren: Herr Yilmaz (Pers.-Nr. 2207) hat sein Gehaltskonto gewechselt, neue IBAN ${iban('DE10 8040 8229 8243 9825 59')}, gültig ab der März-Abrechnung. Wir brauchen dafür noch das unterschriebene Formular, per Mail reicht nicht.`),

  // gsw — wedding deposit (Swiss German)
  rec('chat_gsw', f`Chönntsch mer es fründlichs Mail ufsetze für d Brautpaar Keller? D Azahlig vo CHF 3'500.– für s Fäscht am 21. Juni sött bis Änd März cho, uf üses Konto ${iban('CH22 0057 4494 1792 5712 2')} (UBS Züri). Bitte erwähne, dass mer bi Absag vor em 1. Mai alles zrugg zahle.`),

  // fr — wedding: card over phone for catering deposit
  rec('note_fr', f`Note d'appel – réservation traiteur mariage Lefèvre/Da Costa, 12/09
Acompte 30 % = 4 860 € réglé par téléphone, carte Visa ${card('4170 9752 4298 8565')}, exp 11/27, titulaire Mme Inès Da Costa.
Rappel client : ${phone('06 48 27 19 53', 'FR')}

→ Peux-tu reformuler cette note pour le dossier sans les infos de carte ?`),

  // es — wedding refund
  rec('email_es', f`Asunto: Devolución fianza – boda 14/06 Finca Los Tilos

Hola Marta,
Os confirmamos que no hubo desperfectos en la finca. Haremos la devolución de la fianza (1.200 €) a la cuenta que nos indicasteis: ${iban('ES92 4665 1645 3916 2440 5529')}.
Un abrazo,
Equipo de eventos

¿Me lo puedes pasar a un tono un poco más formal?`),

  // it — payroll: new IBAN for stipendio
  rec('email_it', f`Oggetto: variazione coordinate accredito stipendio

Buongiorno,
vi comunico che dal cedolino di aprile lo stipendio dovrà essere accreditato sul nuovo conto:
IBAN ${iban('IT53 X830 5190 3273 1921 2443 393')}
intestato a Giulia Marini.
Grazie, cordiali saluti

Mi scrivi la risposta standard dello studio con la richiesta del modulo firmato?`),

  // en-US — staffing: direct deposit form
  rec('form', f`DIRECT DEPOSIT AUTHORIZATION – Brightwell Staffing (weekly pay)
Associate: Marcus J. Reyes    Branch: Columbus OH
Bank: Fifth Third Bank
Routing number: ${v('financial.aba_routing', '071127093')}
Account number: ${ambCat('financial', '7302918845')}    Type: Checking
Deposit: 100% of net pay

Can you check this form is complete before I scan it into the payroll system?`),

  // ar (SA) — platform contractor invoice
  rec('invoice_ar', f`فاتورة رقم 2025/117 – خدمات فحص معدات الرفع على المنصة البحرية
المبلغ: 86,400.00 ريال سعودي
يرجى التحويل إلى الحساب التالي:
رقم الآيبان: ${iban('SA87 3286 0795 6044 5037 1861')}
رمز السويفت: ${bic('RJHISARI')}

ترجم هذه الفاتورة إلى الإنجليزية من فضلك.`),

  // he — biobank: grant payment
  rec('email_he', f`שלום,
לגבי תשלום מענק המחקר לדגימות הביובנק: העברה ל-${iban('IL67 2535 3244 5100 4599 146')} על שם המרכז הרפואי, אסמכתא BB-2025-044.
אשמח לאישור קבלה.
תודה, יעל

תוכל לתרגם לאנגלית לצורך הדוח למממן?`),

  // tr — telecom fraud: card used for SIM orders
  rec('ticket_tr', f`Dolandırıcılık kaydı #FR-88213
Aynı kartla 24 saatte 9 adet ön ödemeli hat siparişi: ${card('5209 6252 7691 9240')}
Kart sahibi aradı, kartı kendisinin kullanmadığını söyledi. Siparişler iptal edildi, hatlar kapatıldı.

Bunu banka için İngilizce kısa bir olay özetine çevirir misin?`),

  // ru — telecom: Mir card dispute
  rec('chat_ru', f`Абонент жалуется, что с его карты Мир ${card('2202 8028 6665 5559')} дважды списали 590 ₽ за пополнение баланса 03.02. Помоги написать ему ответ: второе списание вернём в течение 10 рабочих дней.`),

  // ja — wedding: JCB
  rec('chat_ja', f`ご新郎様から内金の決済について問い合わせがありました。カード番号 ${card('3545 2101 6312 4119')}（JCB）で決済したが明細に二重に表示されているとのことです。仮売上の説明を含めたお詫びメールを作ってください。`),

  // zh — staffing: UnionPay for visa fee reimbursement
  rec('chat_zh', f`候选人说签证费是用他的银联卡 ${card('6290 6990 3202 1813')} 付的，要求我们报销。帮我写一封邮件，说明报销需要提供发票原件，不需要卡号。`),

  // en — telecom: Amex on business account
  rec('chat', f`Business customer disputes the early-termination fee on their fleet contract (42 lines). They paid the last invoice with Amex ${card('3772 887613 56431')} and want it refunded to the same card. Draft a reply that explains the fee and says finance will review within 5 days.`),

  // pl — tax payroll: employee account
  rec('chat_pl', f`Pani Nowak z firmy Drewmax prosi o zmianę rachunku do wypłaty wynagrodzenia na ${iban('PL20 9279 0816 8335 5852 7852 4816')}. Napisz proszę krótką odpowiedź, że zmiana wejdzie od listy płac za kwiecień.`),

  // el — wedding venue deposit
  rec('email_el', f`Θέμα: Προκαταβολή δεξίωσης – Κτήμα Φιλύρα

Καλησπέρα σας,
για την κράτηση της 6ης Σεπτεμβρίου παρακαλούμε καταθέστε την προκαταβολή (2.000 €) στον λογαριασμό:
IBAN: ${iban('GR61 4082 4332 4827 6111 3404 235')}
Δικαιούχος: Filyra Events IKE

Μπορείς να το κάνεις πιο ζεστό και φιλικό;`),

  // ro — payroll
  rec('table_ro', f`Te rog verifică dacă lista de plată e completă înainte s-o trimit la bancă:
Nume | IBAN | Suma (RON)
Ionescu Mihai | ${iban('RO12 BTRL 1946 2669 9700 8032')} | 6.240
Stan Elena | IBAN lipsă – cere de la angajată | 5.870`),

  // hu — payroll table
  rec('csv_hu', f`név;bankszámla;nettó
Kovács Anna;${iban('HU39 3753 1066 5590 3368 8256 0985')};482 300
Szabó Gergely;${iban('HU39375310665590336882560985')};512 900

A két sor ugyanarra a számlára megy – hiba lehet az importban? Mit nézzek meg?`, 'the same IBAN twice (grouped and compact), labelled each time'),

  // ka — GE IBAN for platform crew travel agent
  rec('chat_ka', f`გამარჯობა, ბილეთების სააგენტომ გამოგვიგზავნა ანგარიში ეკიპაჟის ფრენებისთვის. IBAN: ${iban('GE38 TB35 3298 0027 4009 34')}, თანხა 7 420 ლარი. დამიწერე მოკლე წერილი ინგლისურად, რომ გადახდა 5 სამუშაო დღეში მოხდება.`),

  // nl-BE (Flemish) — wedding caterer supplier
  rec('chat_nl_be', f`Kan je een mailtje opstellen naar traiteur De Linde? Hun nieuwe rekeningnummer is ${iban('BE57 1454 0984 6109')} en we moeten de factuur van het trouwfeest Peeters nog betalen, 3.480 euro. Ze zitten er al een week achter.`),

  // uk — telecom refund to card
  rec('chat_uk', f`Клієнт просить повернути переплату 1 250 грн на картку ${card('5406 0532 6206 2100')}. Напиши, будь ласка, відповідь, що повернення можливе лише на рахунок ${iban('UA39 8127 1257 8295 6073 1273 0236 1')}, з якого надійшла оплата.`),

  // pt-BR — staffing reimbursement card
  rec('chat_pt_br', f`Oi! O candidato pagou o exame admissional no cartão dele, Mastercard ${card('2261 2223 2855 4639')}, e quer reembolso. A gente só reembolsa por transferência. Escreve uma resposta educada pedindo os dados bancários?`),
];
