/**
 * Held-out batch 58: classification markings on tenders, acquisition memos, fraud files, incident
 * reviews and sponsor deals, in many languages, plus the disclaimers that travel with them. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH58_CONFIDENTIAL: DraftRecord[] = [
  rec('tender', f`${mark('COMMERCIAL-IN-CONFIDENCE')}

Response to RFT 2024/117 – Aeromedical and Search & Rescue Helicopter Services, Southern Region
Section 6: Pricing schedule
Base availability fee: AUD 9.8 m p.a. (2 × AW139, 24/7 at Bankstown and Wollongong)
Flight hour rate: AUD 6,150 per hour above 1,400 h

Rewrite section 6's introduction so it reads more confidently, don't touch the numbers.`),

  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – nur für die Geschäftsleitung

Projekt Edelweiss: Übernahme des Grand Hotel Seeblick (Zell am See)
Kaufpreisindikation: 38–42 Mio. EUR, Due Diligence bis 31.01.2025
Betreiberwechsel zum 01.05.2025, Übernahme aller 118 Mitarbeitenden geplant

Fasse das in drei Sätzen für das Board-Deck zusammen.`),

  rec('doc_ja', f`以下の資料の要点を英語で3行にまとめてください。

【${mark('社外秘')}】2025年度 客室単価戦略（京都・箱根）
・繁忙期（桜・紅葉）のスイート単価を前年比+18%
・OTA経由の販売比率を35%→25%へ引き下げ、自社サイト会員向けに限定プランを新設`),

  rec('doc_zh', f`请把这份文件的标题和第一段翻译成英文：

${mark('机密')} — 仅限管理层传阅
关于绍兴印染厂环保整改及部分产线停产的方案
根据环保督察要求，三号染色车间将于2025年3月起停产改造，预计影响产能约30%，涉及员工86人。`),

  rec('memo_tr', f`Bu notu İngilizceye çevirir misin? Genel müdür yabancı ortaklara iletecek.

${mark('GİZLİDİR')}
Konu: Denizli fabrikası dokuma hattı küçülmesi
2025 ilk çeyreğinde 2 numaralı dokuma salonu kapatılacak; 64 çalışanın 40'ı diğer hatlara kaydırılacak. Sendikaya bildirim 6 Ocak'ta yapılacak.`),

  rec('email_nl', f`Onderwerp: ${mark('VERTROUWELIJK')} – vermoeden van fraude schadedossier SCH-2024-90417

Collega's,

Bij bovenstaand dossier (autodiefstal, claim € 48.000) zijn meerdere aanwijzingen voor fraude: de auto werd twee dagen vóór de melding op een Duits kentekenregister aangeboden. Dossier gaat naar de afdeling Speciale Onderzoeken. Niet met de klant bespreken.

Maak hier een neutrale interne notitie van voor het dossier.`),

  rec('letter_no', f`${mark('Unntatt offentlighet')}, jf. offl. § 13 jf. fvl. § 13 første ledd nr. 2

Til: Helse Nord RHF, innkjøpsavdelingen
Vedr.: Tilbud ambulansehelikoptertjeneste, base Tromsø – prisjustering 2025

Vi viser til møtet 12. november og bekrefter at timeprisen justeres med 4,2 % fra 1. april.

Kan du oversette brevet til engelsk for våre eiere i Sveits?`),

  rec('doc_pl', f`${mark('POUFNE')} – tajemnica przedsiębiorstwa

Umowa sponsorska: Polska Liga Esportowa × NordBank, sezon 2025
Wartość: 1,8 mln zł netto + premie za oglądalność (powyżej 150 tys. widzów jednocześnie)
Ekskluzywność w kategorii bankowość i płatności.

Napisz krótkie ogłoszenie dla społeczności, bez kwot i bez warunków umowy.`),

  rec('email_he', f`${mark('סודי')} – לא להעברה

לצוות מעבדת הריצוף,
עקב ממצאי הביקורת הפנימית, כל פרויקטי הריצוף של שותף התעשייה "ג'נומיקס פלוס" מוקפאים עד להודעה חדשה. אין למסור נתונים או דוחות QC ללקוח.

תכתוב את זה כהודעה מנומסת באנגלית לראש הקבוצה מהאוניברסיטה השותפה.`),

  rec('memo_ar', f`${mark('سري للغاية')}
إلى: مجلس إدارة مجموعة فنادق الخليج
الموضوع: عرض الاستحواذ على منتجع جزيرة السعديات
القيمة المبدئية: ٦٢٠ مليون درهم، والتوقيع المتوقع في الربع الثاني من ٢٠٢٥.

لخّص هذه المذكرة في ثلاث نقاط بالإنجليزية.`),

  rec('report_el', f`${mark('ΑΥΣΤΗΡΩΣ ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Έκθεση αποθεματοποίησης ζημιών – Γ' τρίμηνο 2024
Η πρόβλεψη για τις πλημμύρες της Θεσσαλίας αυξάνεται κατά 14 εκ. €. Προτείνεται ενεργοποίηση της αντασφάλισης υπερβάλλοντος ζημιάς.

Κάνε μου μια σύντομη περίληψη στα αγγλικά.`),

  rec('report_fr_ch', f`Peux-tu corriger les fautes de ce rapport avant envoi au SESE ?

${mark('CONFIDENTIEL')} – Rapport interne d'incident n° 2024-07
Le 21 octobre, lors d'un treuillage au Grand Combin, le crochet s'est ouvert à 4 m du sol. Aucun blessé. Le treuil a été immobilisé et envoyé au fabricant. Les causes restent à déterminer.`),

  rec('deck_pt_br', f`Notas do slide 4 (rodapé em todos os slides: "Liga Brasileira de Esports · ${mark('CONFIDENCIAL')} · v2"):
Apresentar a nova divisão de receita de mídia com os times: 55% liga, 45% times, com piso garantido de R$ 180 mil por time. Fala de no máximo 1 minuto.`),

  rec('advisory', f`${mark('TLP:AMBER')}

To: university core facilities IT contacts
A phishing campaign is targeting sequencing facility staff with fake "run completed" notifications that link to a credential-harvesting page imitating the instrument vendor's cloud portal. Two institutions have reported compromised accounts.

Help me write a short, friendly warning for our lab users based on this. Don't copy the advisory text.`),

  rec('email_ro', f`Subiect: Plan de restructurare secția țesătorie

Acest document este ${mark('strict confidențial')} și este destinat exclusiv membrilor Consiliului de Administrație.

Propunem închiderea secției de țesătorie de la Cisnădie până în iunie 2025 și mutarea producției la Sibiu.

Poți să-l rescrii mai concis?`),

  rec('doc_vi', f`Dịch giúp mình đoạn này sang tiếng Anh:

${mark('TÀI LIỆU MẬT')}
Kế hoạch định giá phòng dịp Tết Ất Tỵ 2025 – khu nghỉ dưỡng Phú Quốc
Giá villa hướng biển tăng 35% từ 25/1 đến 2/2, chỉ mở bán cho khách thân thiết trong 10 ngày đầu.`),

  rec('memo_fi', f`${mark('LUOTTAMUKSELLINEN')}
Korvauspalvelut / johtoryhmä 19.11.2024
Myrsky "Jari": arvioidut korvaukset 22–26 M€. Lisähenkilöstöä tarvitaan 15 käsittelijää joulukuun loppuun.

Tee tästä lyhyt tiedote koko henkilöstölle ilman euromääriä.`),

  rec('email', f`Hi team,

Quick reminder that the prize pool split for the Dublin finals is not public until the 12th. The breakdown is attached.

Cheers,
Niamh

--
${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.')}

Can you make my two lines sound a bit more professional?`),
];
