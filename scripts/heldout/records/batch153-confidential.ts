/**
 * Held-out batch 153: classification and handling markings (headers, subjects, footers, inline
 * statements) in memos, reports and e-mails of the six organisations, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH153_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en_us', f`${mark('CONFIDENTIAL – INTERNAL USE ONLY')}

To: Crew Scheduling Leads
From: VP Flight Operations
Re: Reserve pilot coverage, summer schedule

We will be 14 captains short on the regional fleet in July. Until the union side letter is signed we cannot publish the proposed reserve-day increase. ${amb('confidential.marking', 'Do not discuss the numbers with line crews.')}

${mark('CONFIDENTIAL – INTERNAL USE ONLY')}

Can you turn this into three talking points for the leads' call?`, 'a handling ban with no marking word beside the markings: ambiguous'),

  rec('doc_de', f`Bitte kürze diesen Absatz auf zwei Sätze:

${mark('STRENG VERTRAULICH')} – Humangenetische Beratungsstelle
Fallkonferenz 12.05.2025: Bei der Indexpatientin wurde eine pathogene Variante im BRCA2-Gen nachgewiesen. Die Information der Schwester erfolgt ausschließlich durch die Patientin selbst (Recht auf Nichtwissen).`),

  rec('report_ja', f`以下のAML報告書の要点を3行でまとめてください。

【${mark('社外秘')}】質屋事業部 コンプライアンス室
件名：高額ブランド品の連続持ち込みに関する疑わしい取引の届出検討
4月中に同一顧客が計7点（合計約 680 万円）の質入れを行い、いずれも流質期限前に請け出しなし。警察への相談を含め対応を協議中。`),

  rec('plan_ko', f`아래 경비 계획서 첫 부분을 영어로 번역해 주세요.

${mark('대외비')}
○○물류센터 야간 경비 운영계획(안)
- 순찰 주기: 2시간 → 1시간으로 단축
- CCTV 사각지대 3곳 추가 카메라 설치 예정
- 출입 통제: 21시 이후 차량 출입구 1곳만 운영`),

  rec('doc_ar', f`أرجو تلخيص هذا التقرير في فقرة واحدة:

${mark('سري للغاية')}
تقرير حادثة تفجير – المحجر الشمالي – 3 مايو 2025
حدث قذف صخري تجاوز منطقة الأمان بمسافة 40 مترًا وأصاب سقف مستودع المعدات. لا إصابات. تم إيقاف التفجير مؤقتًا حتى مراجعة تصميم الشحنات.`),

  rec('email_he', f`נושא: ${mark('חסוי')} – תוצאות בדיקה גנטית, משפחת כ.

שלום ד"ר אברהם,
מצורפות תוצאות בדיקת הנשאות של בני הזוג. נמצאה התאמה לנשאות של אותה מחלה רצסיבית. נבקש לתאם ייעוץ גנטי בהקדם.

תודה, מרפאת הייעוץ הגנטי

בבקשה תנסח מחדש בצורה רכה יותר לפני השליחה.`),

  rec('doc_ru', f`Сделай, пожалуйста, краткое резюме для директора:

${mark('КОНФИДЕНЦИАЛЬНО')}
${mark('Коммерческая тайна')} ООО «Карьер Восток»
Себестоимость щебня фр. 5–20 в I квартале выросла на 18 % из-за нового тарифа на ВВ и ремонта дробилки. Предлагаем поднять отпускную цену для дорожников с 1 июля.`),

  rec('memo_el', f`Μετάφρασε στα αγγλικά το παρακάτω σημείωμα:

${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Προς: Υπεύθυνους Προγραμματισμού Πληρωμάτων
Θέμα: Μείωση πτήσεων χειμερινής περιόδου
Από τον Νοέμβριο καταργούνται οι πτήσεις προς Κάρπαθο και Κάσο. Οι αλλαγές στα προγράμματα δεν ανακοινώνονται πριν την υπογραφή με την ένωση.`),

  rec('report_tr', f`Bu raporu daha resmi bir dille yeniden yazar mısın?

${mark('GİZLİDİR')}
Rehin Kredileri – Nisan 2025 İç Denetim Notu
Kadıköy şubesinde ekspertiz yapılmadan verilen 12 kredi tespit edilmiştir. Toplam tutar 1,9 milyon TL. Şube müdürü ile görüşme 20 Mayıs'ta yapılacaktır.`),

  rec('email_zh_tw', f`主旨：【${mark('機密')}】新竹科學園區客戶 夜間保全配置調整

各位組長好，
自 6/1 起，A 棟夜班由 3 人增加為 4 人，新增一組巡邏路線涵蓋 B1 機房。客戶要求${amb('confidential.marking', '此配置不得對外透露')}，包括其他駐點同仁。

請幫我把這封信改得簡潔一點。`, 'the no-disclosure clause has no marking word: ambiguous'),

  rec('note_fr_ca', f`Peux-tu reformuler ça plus poliment?

${mark('CONFIDENTIEL')} — Ressources humaines, Bibliothèque de Limoilou
Suite à la plainte d'une usagère, l'animateur du laboratoire de fabrication est suspendu avec solde pendant l'enquête. Ne pas en parler aux bénévoles du FabLab.`),

  rec('letter_hi', f`इस पत्र को सरल हिंदी में लिख दीजिए:

${mark('गोपनीय')}
आनुवंशिक परामर्श विभाग
श्रीमती शर्मा की भ्रूण जांच में गुणसूत्र असामान्यता (ट्राइसोमी 18) पाई गई है। परिवार को परिणाम केवल परामर्शदाता द्वारा आमने-सामने बताया जाएगा।`),

  rec('memo_th', f`ช่วยสรุปบันทึกนี้เป็นภาษาอังกฤษสั้น ๆ

${mark('ลับ')}
ฝ่ายวางแผนลูกเรือ
เรื่อง: การปรับลดเที่ยวบินเส้นทางเชียงใหม่–อุดรธานี ตั้งแต่เดือนกรกฎาคม
ลูกเรือประจำฐานเชียงใหม่ 12 คนจะถูกย้ายไปประจำกรุงเทพฯ ยังไม่ต้องแจ้งพนักงานจนกว่าจะได้รับอนุมัติ`),

  rec('report_pt_br', f`Me ajuda a revisar esse texto do relatório de compliance:

${mark('CONFIDENCIAL')} – ${amb('confidential.marking', 'Uso restrito da Diretoria')}
Comunicação ao COAF – casa de penhores, unidade Campinas
Cliente efetuou 9 operações de penhor de joias em 30 dias, todas abaixo de R$ 10 mil, totalizando R$ 84 mil. Indício de fracionamento.`, 'a restricted-readership phrase beside the marking: ambiguous'),

  rec('doc_ka', f`გთხოვ, ეს ტექსტი ინგლისურად თარგმნე:

${mark('კონფიდენციალური')}
დაცვის სამსახურის ოპერატიული გეგმა – ბანკის ცენტრალური ოფისი
ღამის ცვლაში ორი დაცვის თანამშრომელი ჩაანაცვლებს ერთ პატრულს. განრიგი არ ეცნობოს კლიენტის პერსონალს.`),

  rec('email_en_gb', f`Subject: ${mark('OFFICIAL-SENSITIVE')} – guarding schedule, Crown Court annex

Hi Priya,

Attached is the revised schedule for the annex. The client has asked that it is handled as ${mark('OFFICIAL-SENSITIVE')} and ${amb('confidential.marking', 'not forwarded outside the contract team')}. Two officers on the gatehouse from 06:00, one roaming from 19:00.

Thanks,
Gareth

Can you tighten this email up and make it sound less abrupt?`, 'the forwarding ban beside the labelled marking: ambiguous'),

  rec('doc_it', f`Traduci in inglese questa sezione del piano di tiro:

${mark('RISERVATO')} – ${amb('confidential.marking', '(solo direzione di cava)')}
Volata n. 14/2025 – Gradone 3, fronte Nord
Carica totale: 1.240 kg emulsione, 38 fori, ritardi 25 ms. Distanza minima dalle abitazioni: 410 m.`, 'a bracketed audience note beside the marking: ambiguous per the conventions'),

  rec('email_footer_nl', f`Hoi Sanne, prima, dan plannen we de intake voor volgende week dinsdag.

Met vriendelijke groet,
Poli Klinische Genetica

${amb('confidential.marking', 'Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten.')} Bent u niet de geadresseerde, verwijder het bericht dan.

Kun je mijn antwoord iets warmer maken?`, 'e-mail confidentiality disclaimer: ambiguous'),
];
