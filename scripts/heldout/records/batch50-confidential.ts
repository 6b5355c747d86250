/**
 * Held-out batch 50: classification markings in listing memos, insider notices, donor reports,
 * crew HR letters and clinic plans, in the batch's languages, plus a quoted marking. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH50_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_is', f`${mark('TRÚNAÐARMÁL')} – EINGÖNGU TIL INNRI NOTA

Til: Skráningarnefnd
Efni: Fyrirhuguð skráning Norðurfisks hf. á Aðalmarkað

Félagið hyggst sækja um skráningu í maí. Áætlað útboð: 15–18% hlutafjár. Fjárhagsráðgjafi hefur óskað eftir forfundi 2. apríl.

Gerðu stutta samantekt á ensku fyrir forstjórann, þrjá punkta.`),

  rec('notice_bg', f`${mark('ПОВЕРИТЕЛНО')} – ВЪТРЕШНА ИНФОРМАЦИЯ

До: отдел „Надзор на пазара“
Относно: предстоящо съобщение на „Агро Инвест Холдинг“ АД за придобиване на 67% от „Тракия Семена“ ЕООД

Съобщението ще бъде публикувано на 24.03 след затваряне на търговията. До тогава лицата в списъка не могат да търгуват с акции на емитента.

Помогни ми да напиша кратко напомняне към служителите, без да споменавам сделката.`),

  rec('memo_sr_latn', f`${mark('STROGO POVERLJIVO')}

Beleška sa sastanka Odeljenja za nadzor, 14.03.2025.
Predmet: neuobičajen obim trgovanja akcijama oznake AGRB pre objave polugodišnjih rezultata.
Zaključak: pokrenuti proveru za tri člana berze; zatražiti spisak lica sa pristupom informacijama.

Skrati ovo na pet rečenica za direktora, na engleskom.`),

  rec('report_mk', f`${mark('ДОВЕРЛИВО')} – само за донаторите

Извештај за напредок, проект Кичево 2025, I квартал
Расчистени површини: 184 300 m². Пронајдени: 12 противпешадиски мини, 3 НЕУ.
Отворено прашање: безбедносниот инцидент од 2 март (види прилог Б).

Преведи го резимето на англиски, без прилогот Б.`),

  rec('circular_ms', f`${mark('SULIT')}

Kepada: Ketua Unit Penyenaraian
Perkara: Permohonan penyenaraian Kuala Agritech Berhad di Pasaran ACE

Syarikat telah mengemukakan draf prospektus pada 10 Mac. Jawatankuasa akan bersidang pada 28 Mac. Maklumat ini tidak boleh didedahkan sebelum pengumuman rasmi.

${mark('SULIT')}

Tolong ringkaskan dalam bahasa Inggeris untuk mesyuarat pengurusan.`),

  rec('memo_he', f`${mark('סודי')} – לשימוש פנימי בלבד

סיכום ישיבת צוות הטיפוח, 11.3.2025
הזן החדש של עגבניית השרי (קוד עבודה TH-27) עבר את ניסוי השדה השני עם יבול גבוה ב-14% מהזן המסחרי. רישום הזן מתוכנן לסוף השנה.

תכין ממזה תקציר באנגלית לשותף ההולנדי, בלי נתוני היבול.`),

  rec('report_fa', f`${mark('محرمانه')}

گزارش وضعیت امنیتی تیم‌های پاکسازی – استان هرات – هفته دوم فروردین
به دلیل درگیری‌های محلی، کار در دو منطقه متوقف شد. تیم‌ها به پایگاه بازگشتند.

این گزارش را به انگلیسی خلاصه کن، فقط سه جمله.`),

  rec('doc_ja', f`【${mark('社外秘')}】2025年度 日本発着クルーズ 販売戦略（案）
・横浜発着の7泊コースを4本追加
・早期予約割引を15%から12%に変更
・シニア向けの医療サポートプランを新設

この資料を英語の箇条書きにしてください。`),

  rec('doc_th', f`แผนขยายสาขาคลินิกจัดฟัน ปี 2568
- เปิดสาขาใหม่ที่ขอนแก่นและหาดใหญ่ ไตรมาส 3
- งบลงทุนรวมประมาณ 28 ล้านบาท
- เจรจาซื้อกิจการคลินิกในภูเก็ต
(${mark('ลับเฉพาะ')} – สำหรับผู้บริหารเท่านั้น)

ช่วยแปลหัวข้อเหล่านี้เป็นภาษาอังกฤษให้หน่อย`),

  rec('letter_es', f`${mark('CONFIDENCIAL')} – RECURSOS HUMANOS

Asunto: Procedimiento disciplinario – tripulante n.º 58213, MS Coral Meridian

Tras el incidente del 6 de marzo en el bar de popa, se abre expediente disciplinario. El tripulante podrá presentar alegaciones en un plazo de 48 horas ante el Staff Captain.

Reescribe este texto en un tono más neutro y en inglés.`),

  rec('advisory', f`${mark('TLP:AMBER')}

Security advisory – field teams, Khatlon region
A vehicle of a partner organisation was stopped at an unofficial checkpoint near the border road on 9 March. No injuries. Teams must travel in pairs and check in every two hours until further notice.

Write a short WhatsApp version of this for team leaders.`),

  rec('letter', f`${mark('STRICTLY PRIVATE AND CONFIDENTIAL')}
Addressee only

Dear Mr Alvarez,
Following the investigation into the guest complaint of 22 February, we have decided to issue a final written warning. You have the right to appeal within five working days.

Make this letter less harsh but keep the legal meaning.`),

  rec('memo_cy', f`Pwnc: ${mark('CYFRINACHOL')} – Adolygiad o'r contract gorfodi parcio – opsiynau ar gyfer 2026
Opsiwn 1: ymestyn y contract presennol am ddwy flynedd.
Opsiwn 2: dod â'r gwasanaeth yn fewnol; cost ychwanegol amcangyfrifedig £310,000 y flwyddyn.

Cyfieithwch i'r Saesneg ar gyfer y cabinet.`),

  rec('memo_eu', f`${mark('KONFIDENTZIALA')}

Hazi-bankuaren batzordearen bilera, 2025eko martxoa
Arto-barietate berri baten lizentzia enpresa pribatu bati saltzeko proposamena. Prezioa eta baldintzak negoziazioan daude.

Laburtu hau gaztelaniaz zuzendaritzarako.`),

  rec('memo_sk', f`Interná správa oddelenia dohľadu nad trhom
Stupeň dôvernosti: ${mark('DÔVERNÉ')}
Predmet: podozrenie na manipuláciu s kurzom akcií emitenta Podunajské osivá, a.s., v dňoch 3. – 7. marca
Návrh: postúpiť vec Národnej banke Slovenska.

Prelož prosím do angličtiny pre výbor.`),

  rec('email', f`Hi Priya,

Attached is the draft announcement for Nordhavn Shipping's results. ${mark('This announcement contains inside information and is strictly confidential')} until it is released through the regulatory news service on 27 March at 07:00.

Regards,
Listings desk

→ please check the wording of the embargo sentence, is it clear enough?`),

  rec('chat', f`Our clinic's treatment-plan template needs a footer. The insurer insists every page says "${amb('confidential.marking', 'COMMERCIAL IN CONFIDENCE')}" — how do I put that in the footer in Google Docs so it shows on every page?`, 'a marking quoted in a formatting question: ambiguous'),
];
