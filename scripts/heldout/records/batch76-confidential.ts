/**
 * Held-out batch 76: classification markings on breeding memos, audit workpapers, sponsorship
 * term sheets, customs advisories, blood-bank incident reports and loan files. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH76_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en', f`${mark('STRICTLY CONFIDENTIAL')} — Breeding Programme Steering Group

Hybrid AV-7734 (drought-tolerant maize) outperformed the commercial check by 11% across 14 locations in 2024. We propose fast-tracking it for registration in 2026 and cutting the AV-71 line.

Please turn this into three bullet points for the board pack.`),

  rec('workpaper_de', f`Arbeitspapier B-4.2 – Vorratsbewertung
Mandant: Hallmark Logistics GmbH · Geschäftsjahr 2024
Klassifizierung: ${mark('VERTRAULICH')}

Feststellung: Abwertung für Ersatzteile mit Reichweite > 24 Monate nicht gebildet (geschätzt 182 TEUR).

Formuliere daraus bitte einen Management-Letter-Punkt in höflichem Ton.`),

  rec('termsheet_en', f`Subject: Sponsorship term sheet — peripherals partner (${mark('CONFIDENTIAL')})

Headline terms: 2 seasons, EUR 420k/yr base + performance bonuses (top-4 finish at majors), logo on jersey sleeve, 6 sponsored streams per month.

Make this into a short Slack message for the players, no money figures.`),

  rec('advisory_en', f`${mark('TLP:AMBER')}
Customs brokerage sector alert — phishing campaign impersonating the national single window, asking brokers to "re-validate" EORI registrations via a look-alike portal.

Help me write a one-paragraph warning for our importers (without the TLP details).`),

  rec('incident_es', f`${mark('CONFIDENCIAL')} – Informe de incidente de cadena de frío
Centro de Transfusión Regional, 18/02/2025

La cámara 3 superó los 6 °C durante 47 minutos por fallo del compresor. 212 unidades de hematíes en cuarentena pendientes de evaluación.

Resume el informe para la dirección médica en cinco líneas.`),

  rec('loan_it', f`${mark('RISERVATO')} – Dossier prestito in uscita
Opera: tempera su tavola, "Madonna con Bambino", inv. OM-1654-003
Valore assicurativo concordato con il prestatore: in allegato separato.

Scrivimi una mail al museo ricevente per chiedere il facility report aggiornato.`),

  rec('board_ja', f`${mark('社外秘')}
2025年度 種子事業 事業計画（案）
・野菜種子の海外売上を前年比15%増
・インド拠点の育種ステーション拡張

この内容を英語の箇条書きにしてください。`),

  rec('audit_ko', f`${mark('대외비')}
감사 계획서 – 한빛농산(주) 2024 회계연도
중요성 금액: 3억 2천만 원
주요 위험: 매출 인식 시점, 재고 평가

영어로 요약해 주세요.`),

  rec('memo_ru', f`${mark('КОНФИДЕНЦИАЛЬНО')}
Служебная записка: пересмотр тарифов на услуги таможенного представителя с 1 апреля.
Базовая ставка за декларацию: +8%; для импортёров с объёмом свыше 200 деклараций в месяц — без изменений.

Переведи на английский для партнёров в Риге.`),

  rec('memo_tr', f`${mark('GİZLİDİR')} — Yönetim Kurulu Bilgi Notu
Antrepo genişletme projesi: 2. faz ihalesi Nisan ayında. Tahmini bütçe 38 milyon TL.

Bunu İngilizce kısa bir özet haline getir.`),

  rec('email_pl', f`Temat: Wyniki testów kontroli – Klient Zielona Dolina Sp. z o.o.

${mark('Niniejsza wiadomość jest poufna')} i przeznaczona wyłącznie dla zespołu badającego. Wykryliśmy 3 faktury zatwierdzone przez tę samą osobę, która je zaksięgowała.

Przeredaguj to na krótki komunikat dla partnera audytu.`),

  rec('slide_fr', f`Notes de l'orateur, diapo 4 (pied de page : « Agrovela · ${mark('Diffusion restreinte')} · v2 ») :
Présenter le calendrier des essais variétaux 2025 et la nouvelle station de Montélimar. Moins de 2 minutes.`),

  rec('doc_he', f`${mark('סודי')} – דו"ח שימור
פריט: כתב יד עברי מאויר, המאה ה-15, השאלה מאוסף פרטי
מצב: פיגמנט ירוק מתקלף בדף 12; מומלץ לא להציג פתוח יותר מ-3 חודשים.

תתרגם לאנגלית בשביל המשאיל.`),

  rec('doc_hu', f`${mark('BIZALMAS')} – Játékosátigazolási megállapodás tervezete
Átigazolási díj: megállapodás szerint, részletek a mellékletben.

Fordítsd le angolra az első bekezdést a partnerklubnak.`),

  rec('doc_ar_ambig', f`سؤال عن التنسيق: الجهة الحكومية تطلب أن تحمل كل صفحة من تقرير التخليص الجمركي عبارة "${amb('confidential.marking', 'سري للغاية')}" في الترويسة. كيف أضيفها في Word على كل الصفحات ما عدا الغلاف؟`, 'a marking quoted in a formatting question, not marking this text: ambiguous'),

  rec('email_footer_nl', f`Dank je Sanne, de scans volgen morgen.

--
Oosterhaven Museum · Restauratieatelier
${amb('confidential.marking', 'Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde.')} Bent u niet de geadresseerde, verwijder het dan.`, 'e-mail confidentiality disclaimer: ambiguous'),
];
