/**
 * Held-out batch 70: classification markings in the staff's language (headers, footers, stamps,
 * banners and sentences that declare a document's status) in pentest reports, clinic memos,
 * park investigations, freight tenders and charity board papers. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH70_CONFIDENTIAL: DraftRecord[] = [
  rec('report_de', f`${mark('STRENG VERTRAULICH')} – Penetrationstest Stadtwerke Alzenau, Abschlussbericht v1.2

Management Summary
Im Testzeitraum 10.–21.02.2025 konnten wir aus dem Gäste-WLAN heraus in das Verwaltungsnetz gelangen und innerhalb von zwei Tagen Domänen-Admin-Rechte erlangen. Ursache waren ein nicht segmentiertes Drucker-VLAN und ein Dienstkonto mit schwachem Passwort.

Seite 1 von 38 · ${mark('Vertraulich – nur für den Auftraggeber bestimmt')}

Kannst du die Management Summary kürzer und für den Aufsichtsrat verständlicher formulieren?`),

  rec('memo_fr', f`Objet : ${mark('CONFIDENTIEL – SECRET MÉDICAL')}
Réunion d'équipe clinico-biologique du 06/03

1. Incident cuve d'azote n°4 : alarme de niveau bas non transmise le week-end. Aucune paillette perdue, vérification en cours.
2. Taux de grossesse clinique T4 2024 : 38 % (objectif 40 %).
3. Nouvelle procédure de double témoin pour les transferts.

Peux-tu transformer ces notes en compte rendu structuré, sans les chiffres ?`),

  rec('analysis_ja', f`【${mark('社外秘')}】返品不正分析レポート（2025年2月）

・同一住所から3アカウントで高額バッグの「未着」申告が連続（計14件）
・返品された箱の中身が別商品だったケースが先月比2.3倍
・対策案：高額品は開封検品の動画記録、住所クラスタの自動フラグ

────────────
${mark('取扱注意')}\u3000作成：返品センター 業務改善チーム

この資料を経営会議用に5行で要約してください。`),

  rec('minutes_zh', f`${mark('内部资料 注意保密')}

慈善救助站理事会会议纪要（2025年3月3日）
一、冬季临时床位延长至3月31日；
二、与区民政局续签合作协议，资助金额待定；
三、一名志愿者涉嫌泄露受助人信息，已暂停其工作并调查。

请把第三点改写得更中性一些，适合在全体志愿者大会上通报。`),

  rec('circular_hi', f`${mark('गोपनीय')} — केवल क्लिनिक प्रबंधकों के लिए

विषय: भ्रूण प्रयोगशाला में तापमान विचलन की घटना (नोएडा शाखा, 28 फरवरी)
इनक्यूबेटर 3 का तापमान 40 मिनट तक 38.4°C रहा। प्रभावित 6 चक्रों के मरीज़ों को सूचित किया जाना है।

इस परिपत्र को और स्पष्ट और संक्षिप्त बना दीजिए।`),

  rec('report_bn', f`শ্রেণিবিভাগ: ${mark('অত্যন্ত গোপনীয়')}
গ্রাহক: একটি বেসরকারি ব্যাংক (নাম প্রকাশ নিষেধ)
বিষয়: ইন্টারনেট ব্যাংকিং অ্যাপের পেনিট্রেশন টেস্ট – প্রাথমিক ফলাফল

গুরুতর: OTP যাচাই সার্ভার-সাইডে হয় না, ক্লায়েন্ট-সাইডে পরিবর্তন করে বাইপাস করা সম্ভব।
মাঝারি: সেশন টাইমআউট ৮ ঘণ্টা।

এই অংশটা ইংরেজিতে অনুবাদ করে দিন, শ্রেণিবিভাগ লাইনটাও রাখবেন।`),

  rec('notice_ta', f`${mark('உள் பயன்பாட்டிற்கு மட்டும்')}

சரக்கு ரயில் இயக்கப் பிரிவு – சென்னை கோட்டம்
அரக்கோணம் யார்டில் 2 வேகன்கள் தடம் புரண்ட சம்பவம் (04.03.2025): உயிர்ச்சேதம் இல்லை, பாதை 6 மணி நேரம் மூடப்பட்டது. விசாரணை அறிக்கை வரும் வரை ஊடகங்களுக்கு கருத்து தெரிவிக்கக் கூடாது.

இதை ஆங்கிலத்தில் சுருக்கமாக மொழிபெயர்க்கவும்.`),

  rec('board_note_mr', f`हा दस्तऐवज ${mark('गोपनीय')} असून फक्त विश्वस्त मंडळासाठी आहे.

"सेवाधाम" निवारा केंद्र – आर्थिक स्थिती (फेब्रुवारी २०२५)
देणग्यांमध्ये २२% घट; हिवाळ्यातील अतिरिक्त खाटांचा खर्च ₹३.४ लाख. पुढील तीन महिन्यांसाठी राखीव निधी पुरेसा नाही.

यावर आधारित विश्वस्तांना पाठवण्यासाठी एक छोटे पत्र लिहा.`),

  rec('investigation_ne', f`${mark('गोप्य')}
चितवन राष्ट्रिय निकुञ्ज – चोरी शिकार अनुसन्धान प्रतिवेदन (प्रारम्भिक)

मिति २०८१/११/१८ मा पश्चिमी क्षेत्रमा गैंडाको सिङ निकालिएको शव फेला परेको। दुई संदिग्ध पक्राउ, एक फरार।

यो प्रतिवेदनको सारांश अंग्रेजीमा लेखिदिनुहोस्, तर संदिग्धहरूको नाम नराख्नुहोस्।`),

  rec('patrol_th', f`${mark('ลับมาก')}
รายงานการลาดตระเวนป้องกันการลักลอบล่าสัตว์ อุทยานแห่งชาติแก่งกระจาน ประจำเดือนกุมภาพันธ์ 2568
พบร่องรอยการตั้งแคมป์ผิดกฎหมาย 3 จุด ยึดกับดักลวดสลิง 41 ชิ้น

ช่วยเรียบเรียงรายงานนี้เป็นภาษาอังกฤษสำหรับผู้ให้ทุน โดยไม่ระบุพิกัด`),

  rec('letter_ms', f`${mark('SULIT DAN PERSENDIRIAN')}

Kepada: Semua Pengurus Klinik, Natalis Fertility Malaysia
Perkara: Semakan audit dalaman – pelabelan straw embrio

Audit mendapati 2 kes label straw tidak lengkap di cawangan Johor Bahru. Tiada kesilapan pemindahan berlaku. Prosedur saksi berganda berkuat kuasa serta-merta.

Sila ringkaskan surat ini kepada tiga perkara utama.`),

  rec('intel_sw', f`Kichwa: ${mark('SIRI')} – Taarifa ya Kiintelijensia, Hifadhi ya Taifa ya Ruaha

Taarifa zinaonyesha kundi la watu 5 linapanga kuingia kupitia upande wa kusini mwishoni mwa mwezi. Doria ya ziada imeombwa.

Tafadhali andika muhtasari mfupi kwa Kiingereza kwa ajili ya mkuu wa hifadhi.`),

  rec('tender_lt', f`Parašyk trumpą šio dokumento santrauką anglų kalba:

UAB „Baltijos krovinių bėgiai“
Konkurso „Vagonų techninė priežiūra 2025–2027“ kainų palyginimas
Tiekėjas A: 1,84 mln. EUR, Tiekėjas B: 1,62 mln. EUR (be atsarginių dalių)

${mark('KONFIDENCIALU')}. Neplatinti už pirkimų komisijos ribų.`),

  rec('findings_fa', f`${mark('محرمانه')} – فقط برای مدیران امنیت کارفرما

گزارش تست نفوذ برنامه موبایل فروشگاه آنلاین
یافته بحرانی: امکان مشاهده سفارش‌های کاربران دیگر با تغییر شناسه سفارش (IDOR)
یافته متوسط: نبود محدودیت تلاش ورود

لطفاً این یافته‌ها را به انگلیسی و با لحن رسمی بازنویسی کن.`),

  rec('memo_hy', f`${mark('Խիստ գաղտնի')}
Natalis Երևան – կլինիկական խորհրդի որոշում

Դոնորական ձվաբջիջների ծրագրում հայտնաբերվել է փաստաթղթավորման սխալ (2 դեպք)։ Ծրագիրը կասեցվում է մինչև ներքին աուդիտի ավարտը։

Խնդրում եմ կազմել կարճ հաղորդագրություն աշխատակիցների համար, առանց մանրամասների։`),

  rec('report_en', f`${mark('TLP:AMBER+STRICT')}
Blackthorn Security — Red Team Exercise, Client: Harbourline Water (redacted)
Status: ${mark('Commercial in Confidence')}

Summary: physical access to the Ringsend pumping station control room was obtained by tailgating a contractor. A rogue device planted on the OT network remained undetected for 9 days.

Can you turn this into three bullet points for the client's board, non-technical?`),

  rec('memo_es', f`Te paso la nota que enviaremos a los guardas del Parque Nacional. ¿Puedes hacerla más clara y corta?

"${mark('DOCUMENTO DE USO INTERNO')} – NO DIFUNDIR EN REDES SOCIALES
A partir del lunes se refuerza la vigilancia nocturna en la zona de cría del quebrantahuesos por la detección de cebos envenenados el 1 de marzo. Los turnos se coordinan desde el centro de Torla."`),

  rec('board_sv', f`Kan du korta ner det här underlaget till styrelsemötet i Stadsmissionens nattcafé? Behåll märkningen överst.

${mark('Konfidentiellt – endast för styrelsen')}
Förslag: avveckla en av två nattcaféplatser från 1 september på grund av förlorat kommunalt bidrag (1,2 MSEK). Personalen (4 tjänster) erbjuds omplacering.`),
];
