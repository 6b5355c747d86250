/**
 * Held-out batch 51: classification markings — attorney work product, charter negotiations,
 * brewery recipes, wind-farm tenders, HPC security advisories, nursing-agency HR papers — in headers,
 * footers, subjects and inline statements, many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH51_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('PRIVILEGED & CONFIDENTIAL — ATTORNEY WORK PRODUCT')}

To: File, State v. Ellison (Case No. 24-CR-01187)
From: R. Okafor, Deputy Public Defender
Re: Suppression theory — store video

The clerk's statement that he "recognized the jacket" was made only after the detective showed him a single photo. We should move to suppress the out-of-court ID and request the full, unedited store video, including the 11 minutes the DA's copy skips.

Turn this into an outline for a motion to suppress with headings.`),

  rec('doc_pt', f`Resuma este parecer em linguagem simples para o assistido:

${mark('SIGILOSO')} – Defensoria Pública do Estado – Núcleo de Execução Penal
Parecer nº 117/2025
O assistido cumpriu 2/5 da pena em regime fechado e tem bom comportamento carcerário atestado. Cabe pedido de progressão para o regime semiaberto; recomenda-se requerer exame criminológico apenas se o juízo exigir.`),

  rec('email', f`Subject: ${mark('STRICTLY PRIVATE & CONFIDENTIAL')} – M/Y Aurelian, counter-offer

James,

The seller will not go below EUR 14.5m but will include the tender, the water toys and a fresh bottom paint before delivery. He wants an answer by Friday; he has a second party viewing in Antibes on Monday.

Please keep this between us until the MOA is signed.
Sophie

→ can you make this shorter and more neutral before I forward it to the buyer's lawyer?`),

  rec('email_el', f`Θέμα: ${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')} – τιμολόγηση ναύλων 2026

Καλημέρα σε όλους,
για τη σεζόν 2026 προτείνουμε αύξηση 8% στις εβδομαδιαίες τιμές για Ιούλιο–Αύγουστο και σταθερές τιμές για Μάιο, Ιούνιο και Σεπτέμβριο. Οι ιδιοκτήτες των τριών μεγαλύτερων σκαφών έχουν ήδη συμφωνήσει.

Μετάφρασε το παραπάνω στα αγγλικά για τον συνεργάτη μας στο Λονδίνο.`),

  rec('doc_tr', f`${mark('GİZLİ')} – Yönetim Kurulu Bilgi Notu
Konu: 2026 sezonu için iki yeni gulet alımı
Tahmini yatırım tutarı 3,2 milyon EUR; finansmanın %60'ı banka kredisi ile karşılanacaktır. Bodrum ve Göcek'teki bağlama yerleri için görüşmeler sürmektedir.

Bu notu üç maddelik bir özet hâline getirir misin?`),

  rec('recipe_cs', f`Přeložte do angličtiny pro našeho partnera v Kodani, ale zachovejte formát:

${mark('DŮVĚRNÉ')} – pouze pro sládky
Krahulík 12° – receptura 2025/03
Slad: plzeňský 92 %, karamelový 4 %, Carapils 4 %
Chmel: Žatecký poloraný červeňák, 3 dávky (90/30/5 min)
Kvasnice: vlastní kmen K-7, spílání při 8 °C`),

  rec('doc_da', f`${mark('FORTROLIGT')}
Bestyrelsesmøde 12. marts – punkt 4: Opkøb af Bryghuset Vestkysten ApS
Foreløbig værdiansættelse: 18–22 mio. kr. Due diligence starter i april. Medarbejderne informeres først efter underskrift.

Lav et kort referat på engelsk til vores hollandske medejere.`),

  rec('tender_nl', f`Vat dit samen in vijf bullets voor het directieoverleg:

${mark('STRIKT VERTROUWELIJK')} – Tenderstrategie O&M-contract Hollandse Kust Noord
Onze inschrijving komt uit op € 41,7 mln over 5 jaar, 6% onder de huidige contractant. Marge 11% bij een beschikbaarheid van 97%. Risico: te weinig gecertificeerde bladtechnici in Q3.`),

  rec('doc_et', f`Palun tõlgi inglise keelde ja jäta märge alles:

${mark('ASUTUSESISESEKS KASUTAMISEKS')}
Tööohutuse intsident 14.02 – tuulik SA-17
Tehnik libises redelil platvormi kõrgusel; kukkumistõkesti rakendus, vigastusi ei olnud. Põhjus: jäätumine redeli astmetel. Meede: jäätumise kontroll enne iga tõusu talvel.`),

  rec('report_pl', f`Nagłówek każdej strony raportu: "Nordwind Serwis Sp. z o.o. · ${mark('POUFNE')} · wersja 2"

Raport kwartalny – dostępność turbin, I kw. 2025: 96,4% wobec celu 97%. Główna przyczyna: wymiana dwóch przekładni na farmie Bałtyk Środkowy.

Napisz krótki komentarz do tych wyników dla klienta, bez ujawniania kosztów.`),

  rec('advisory', f`${mark('TLP:AMBER+STRICT')}

Research Computing Security Advisory 2025-03
Between 2 and 4 March, credentials of two external collaborators were used from an unfamiliar ASN to submit cryptomining jobs to the GPU partition. Accounts are locked; SSH keys rotated. Affected PIs have been contacted.

Help me write a short, non-technical note for department heads based on this (no indicators).`),

  rec('doc_ko', f`아래 문서를 영어로 번역해 주세요. 머리글의 표시는 그대로 두세요.

${mark('대외비')}
연구컴퓨팅센터 2025년 장비 도입 계획
GPU 노드 24대 추가 (H100 기준), 예산 38억 원, 8월 발주 예정. 공급사 선정은 공개 입찰로 진행.`),

  rec('doc_zh', f`${mark('机密')}
高性能计算中心 — 2025 年度预算调整说明
由于电费上涨 27%，计划将 CPU 分区夜间降频，并对外部合作单位的机时收费提高 15%。

请把这段话改写得更委婉一些，用于发给各学院的通知。`),

  rec('hr_hu', f`Fogalmazd át udvariasabban, de a jelölést hagyd a tetején:

${mark('SZIGORÚAN BIZALMAS')}
Tárgy: Fegyelmi eljárás – házi ápolási szolgálat
Az ápoló két alkalommal dokumentált olyan látogatást, amely a GPS-adatok szerint nem történt meg. A meghallgatás március 18-án 10 órakor lesz.`),

  rec('doc_ar', f`${mark('سري')}
محضر اجتماع إدارة خدمات التمريض المنزلي – 10 مارس
تقرر إيقاف التعاقد مع شركة النقل الحالية بسبب التأخيرات المتكررة في نقل المرضى، والتفاوض مع مورّدين اثنين جدد قبل نهاية الشهر.

أرجو ترجمة المحضر إلى الإنجليزية.`),

  rec('email', f`Hi Priya,

Attached is the draft rate card for the county contract. ${mark('This document is confidential')} and should not be shared outside the bid team before submission on 28 March.

Thanks,
Tom

→ make this intro a bit warmer please`),

  rec('email_footer', f`Thanks, I'll send the updated visit schedule tonight.

--
Meadowlark Home Health · Care Coordination
${amb('confidential.marking', 'This message and any attachments are confidential and may contain protected health information. If you are not the intended recipient, please notify the sender and delete it.')}`),
];
