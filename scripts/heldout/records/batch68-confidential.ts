/**
 * Held-out batch 68: classification markings in the record's own language — headers, footers,
 * banners and sentences declaring a document's status — in memos, minutes, contracts and slides.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH68_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_fi', f`${mark('LUOTTAMUKSELLINEN')}

Muistio – Lumen Psykiatrian poliklinikka, Tampere
Aihe: Henkilöstövaje tammi–maaliskuu 2025

Kaksi psykiatria jää vanhempainvapaalle, ja ostopalvelusopimus päättyy 31.12. Esitämme, että uusien potilaiden jonoa rajataan kiireellisiin lähetteisiin kuuden viikon ajan.

Tee tästä lyhyt tiedote henkilökunnalle ilman lukuja.`),

  rec('pricing_sk', f`Potrebujem z tohto urobiť tri odrážky pre franšízantov:

Cenník 2025 – letiskové pobočky
Zvýšenie dennej sadzby kategórie C o 9 % od 1. 3., zľava pre firemných klientov zostáva 12 %.
Nové poplatky: detská sedačka 6 €/deň, druhý vodič 8 €/deň.

—
DriveLoop Slovakia s.r.o. · ${mark('DÔVERNÉ – len pre franšízových partnerov')} · str. 1/3`),

  rec('contract_mk', f`${mark('СТРОГО ДОВЕРЛИВО')}

Нацрт-анекс кон Договорот за услуги на земја – Аеродром Скопје
Член 4: Цената по обработка на ATR 72 се намалува од 640 € на 590 €, условено со минимум 1.100 обработки годишно.

Преведи го членот на англиски за авиокомпанијата, но без насловот.`),

  rec('notice_ml', f`ഈ അറിയിപ്പ് ഇംഗ്ലീഷിലേക്ക് മാറ്റാമോ?

${mark('രഹസ്യം – ആന്തരിക ഉപയോഗത്തിന് മാത്രം')}
വിഷയം: ലൂമെൻ ക്ലിനിക്, കൊച്ചി – പുതിയ ടെലിസൈക്യാട്രി സേവനം ജനുവരി 15 മുതൽ. ഫീസ് ഘടന അന്തിമമായിട്ടില്ല; രോഗികളോട് ഇപ്പോൾ പറയരുത്.`),

  rec('report_hu', f`Összefoglalót kérek belőle a befektetési bizottságnak, max. 5 mondat:

${mark('SZIGORÚAN BIZALMAS')} – Halvorsen & Rietmann Privatbank, Budapesti fiók
Ügyfélportfólió-felülvizsgálat, 2024. Q3
A 20 legnagyobb ügyfélből 6 túlsúlyos technológiai részvényekben (>35%). Javasolt a kockázati profil újraegyeztetése januárig.`),

  rec('roadmap_ro', f`Salut, poți să scurtezi introducerea asta pentru prezentarea internă?

„${mark('Acest document este strict confidențial')} și este destinat exclusiv echipei de live-ops Emberfall. Roadmap-ul pentru sezonul 7 include un nou mod PvE, reducerea prețului Battle Pass-ului la 7,99 € și o colaborare cu un artist de muzică electronică, încă neanunțată.”`),

  rec('sop_bg', f`Преведи на английски раздел 3 от тази процедура:

${mark('ЗА ВЪТРЕШНО ПОЛЗВАНЕ')}
СОП-07 „Приемане на ваксини в склад Пловдив“, версия 4
3. При отклонение на температурата над 8 °C за повече от 15 минути партидата се поставя под карантина и се уведомява отговорното лице по качеството.`),

  rec('email_hr', f`Predmet: ${mark('POVJERLJIVO')} – promjena upravitelja portfelja

Poštovani,

od 1. siječnja Vašim portfeljem upravljat će gđa Marija Kovač. Uvjeti upravljanja ostaju nepromijenjeni.

Možeš li ovo napisati toplije, ali i dalje službeno?`),

  rec('security_tr', f`${mark('HİZMETE ÖZEL')}

AeroSwift Yer Hizmetleri – İstanbul İstasyonu
Konu: Apron araç geçiş kartlarının yenilenmesi
Eski kartlar 15 Aralık 00:00 itibarıyla geçersiz olacaktır. Yeni kartlar vardiya amirlerinden imza karşılığı alınacaktır.

Bu duyuruyu İngilizceye çevirir misin? Başlık da kalsın.`),

  rec('memo_fa', f`این متن رو خلاصه کن و به انگلیسی بنویس:

طبقه‌بندی: ${mark('محرمانه')}
موضوع: قرارداد جدید حمل واکسن با شرکت هواپیمایی
نرخ پیشنهادی برای هر پالت یخچالی ۱۸٪ کمتر از قرارداد فعلی است، به شرط تعهد حداقل ۴۰۰ پالت در سال.`),

  rec('circular_hi', f`इस सर्कुलर को फ्रैंचाइज़ी मालिकों के लिए सरल भाषा में लिख दो:

${mark('गोपनीय')} – केवल फ्रैंचाइज़ी भागीदारों के लिए
विषय: 1 जनवरी से रॉयल्टी 6% से बढ़कर 7.5% होगी; एयरपोर्ट शाखाओं पर अतिरिक्त 1% मार्केटिंग शुल्क।`),

  rec('slide_th', f`ช่วยเขียน speaker notes สำหรับสไลด์นี้หน่อย (ท้ายสไลด์ทุกหน้ามีข้อความ "AeroSwift BKK · ${mark('ใช้ภายในเท่านั้น')} · v2")

หัวข้อ: แผนเพิ่มรถลาก (tug) 6 คัน ก่อนช่วงไฮซีซั่น และการปรับกะพนักงานลานจอด`),

  rec('doc_it', f`${mark('RISERVATO – USO INTERNO')}
Halvorsen & Rietmann Privatbank – Sede di Lugano, desk Italia

Nota per il comitato: tre clienti hanno chiesto il trasferimento del patrimonio verso un concorrente dopo l'aumento delle commissioni di gestione. Proponiamo una deroga per i portafogli oltre 5 milioni.

Traduci in inglese mantenendo l'intestazione.`),

  rec('minutes_nl', f`Maak hier een korte samenvatting van voor de teamleiders:

Notulen MT Lumen Ambulante GGZ, 19 november — ${mark('STRIKT VERTROUWELIJK')}
1. Fusiegesprekken met GGZ-aanbieder in Utrecht lopen; besluit in februari.
2. Wachtlijst volwassenen: 11 weken; doel 6 weken eind Q2.`),

  rec('brief_ru', f`Сократи этот бриф до одного абзаца для подрядчика по музыке:

${mark('КОММЕРЧЕСКАЯ ТАЙНА')}
Nightjar Interactive · Emberfall, сезон 8
Тема сезона — «Затонувший город». Анонс запланирован на 14 февраля, до этого любые упоминания в соцсетях запрещены.`),

  rec('doc_el', f`Θέλω μια σύντομη περίληψη στα αγγλικά:

${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
DriveLoop Ελλάς – Σχέδιο επέκτασης 2025
Νέα καταστήματα σε Χανιά και Κέρκυρα από Απρίλιο. Προϋπολογισμός στόλου: 2,4 εκ. €.`),

  rec('memo_mn', f`Энэ тэмдэглэлийг англи хэл рүү орчуулаад өгөөч:

${mark('НУУЦ')}
Хөрөнгө удирдлагын хэлтэс, Улаанбаатар
Сэдэв: Томоохон харилцагчдын хөрөнгийн хуваарилалтыг 2025 оны 1-р улиралд шинэчлэх`),

  rec('email', f`Subject: Q1 live-ops calendar — ${mark('INTERNAL ONLY')}

Team,

attached is the Q1 calendar. Two events (the Lunar New Year bundle and the creator cup) are not announced yet. ${mark('This document is confidential')} until the 20 January store update.

Thanks, Priya

→ can you turn this into a Slack message, shorter?`),

  rec('email_footer_da', f`Hej Lars, tak for mødet i går — jeg sender den reviderede tidsplan for kølebilerne i morgen.

Venlig hilsen
Mette Holm, Polaris ColdChain Danmark

${amb('confidential.marking', 'Denne e-mail og eventuelle vedhæftede filer er fortrolige og kun beregnet til modtageren.')} Har du modtaget den ved en fejl, bedes du slette den.`, 'e-mail confidentiality disclaimer: ambiguous'),
];
