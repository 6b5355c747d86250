/**
 * Held-out batch 150: classification and handling markings (headers, subjects, footers, inline
 * statements) in memos, loan agreements, tender notes and tenant files, in many languages.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH150_CONFIDENTIAL: DraftRecord[] = [
  rec('email_en', f`Subject: ${mark('CONFIDENTIAL')} – skip trace status, bond LK-24-2907 (${amb('confidential.marking', 'do not forward')})

Team,
The defendant missed his 3/4 arraignment. Bondsman's notes suggest he's staying with a cousin in Henderson. Recovery agent is on it; do not discuss with the cosigner until we've spoken to the surety company.

Can you rewrite this as a neutral status update for the surety's claims desk?`),

  rec('memo_de', f`${mark('VERTRAULICH')}

Kalkulation Entsorgungspreise Altreifen 2025 – Angebot Stadtwerke Mainz
PKW-Reifen: 165 €/t (bisher 148 €/t), LKW-Reifen: 142 €/t
Mindestmenge 1.200 t/Jahr, Laufzeit 24 Monate

${mark('Nur für den internen Gebrauch')} – ${amb('confidential.marking', 'bitte nicht an Vertrieb extern weitergeben')}.

Mach daraus bitte drei Stichpunkte für die GF-Runde.`),

  rec('doc_fr', f`Traduis en anglais l'en-tête et le premier paragraphe :

${mark('CONFIDENTIEL')} – ${mark('DIFFUSION RESTREINTE')}
Rapport trimestriel sur la qualité de l'interprétariat judiciaire – T4
Trois réclamations de magistrats ont été enregistrées (audiences des 4, 11 et 19 décembre), dont une ayant entraîné le renvoi d'une audience de comparution immédiate.`),

  rec('doc_ja', f`以下の文書のタイトルと概要を英訳してください。

【${mark('社外秘')}】
2025年度 海外貸出作品 保険評価額一覧（案）
浮世絵版画 42点、屏風 2双を含む。評価額の合計は前年度比18%増。`),

  rec('doc_ko', f`${mark('대외비')}
2025년 기숙사 임대료 인상안 ${amb('confidential.marking', '(내부 검토용)')}
- 1인실: 주 £189 → £199
- 2인실: 주 £152 → £160
위 내용을 학생들에게 보낼 공지문 초안으로 바꿔 주세요. 인상 사유만 간단히.`),

  rec('doc_zh', f`请把这份文件的要点整理成英文邮件，发给总部：

${mark('机密')}
关于华东地区学生公寓合作方的续约谈判底线
目标租金折扣不超过 6%，最低签约床位 420 张。`),

  rec('doc_ru', f`Переведи на английский шапку и первый абзац:

${mark('Для служебного пользования')}
Отчёт о нагрузке судебных переводчиков за февраль
В Тверском районном суде зафиксировано 14 случаев переноса заседаний из-за отсутствия переводчика с таджикского языка.`),

  rec('email_el', f`Θέμα: ${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')} – Όροι δανεισμού αγαλμάτων για την έκθεση της Θεσσαλονίκης

Αγαπητοί συνάδελφοι,
Η ασφαλιστική αξία των τριών έργων ορίστηκε στα 4,2 εκατ. ευρώ. ${amb('confidential.marking', 'Παρακαλώ να μην κοινοποιηθεί στους μεταφορείς.')}

Μπορείς να το συνοψίσεις στα αγγλικά;`),

  rec('doc_ar', f`${mark('سري للغاية')}
محضر اجتماع لجنة السكن الطلابي – مراجعة شكاوى التحرش في مبنى الطالبات
تم تعليق عقد أحد المشرفين مؤقتاً لحين انتهاء التحقيق.

أعد صياغة المحضر بلغة رسمية دون ذكر أي أسماء.`),

  rec('doc_he', f`${mark('סודי')} – ${amb('confidential.marking', 'לשימוש צוות ההשכרות בלבד')}
רשימת דיירים עם חובות שכר דירה מעל 3 חודשים: 11 דיירים, סה"כ 18,400 ליש"ט.
תנסח בבקשה מכתב תזכורת כללי ומנומס שאפשר לשלוח לכולם.`),

  rec('memo_hi', f`${mark('गोपनीय')}
विषय: मुंबई भर्ती एजेंसी के खिलाफ़ शिकायत – नाविकों से अवैध शुल्क वसूली
क्रू ऑफिस को तीन नाविकों ने बताया कि एजेंसी ने प्रति व्यक्ति ₹45,000 "प्रोसेसिंग फ़ीस" ली।

इसे अंग्रेज़ी में HR डायरेक्टर के लिए संक्षेप में लिखें।`),

  rec('doc_pt_br', f`${mark('CONFIDENCIAL – USO INTERNO')}
Relatório de incidentes a bordo – tripulação (fev/2025)
2 casos de recusa de visto americano (C1/D) por informações divergentes no DS-160.

Transforma isso num e-mail curto pro gerente de RH marítimo, em inglês.`),

  rec('footer_es_mx', f`Revisa la redacción del pie de página de nuestros contratos de fianza:

"Este documento es ${mark('confidencial')} y está destinado exclusivamente al fiador y al acusado nombrados. Fianzas Libertad · Ciudad Juárez · ${mark('CONFIDENCIAL')}"`),

  rec('advisory_en', f`${mark('TLP:AMBER')}

Art-crime alert shared among regional museums: two visitors photographed alarm sensor positions in the Egyptian galleries at three institutions over the past month. ${amb('confidential.marking', 'Share only within your security and registrar teams.')}

Turn this into a short briefing for our front-of-house supervisors (no mention of other museums).`),

  rec('memo_nl', f`Dit is ${mark('strikt vertrouwelijk')}: de rechtbank overweegt het raamcontract met ons tolkenbureau per 1 juli niet te verlengen vanwege de klachten over no-shows. Schrijf een intern plan van aanpak in vijf punten.`),

  rec('doc_th', f`${mark('ลับ')}
รายงานค่าเช่าค้างชำระ หอพักนักศึกษา อาคาร B ไตรมาส 1
มีผู้เช่าค้างชำระ 9 ห้อง รวม 86,400 บาท

ช่วยสรุปเป็นภาษาอังกฤษสั้น ๆ (ไม่ต้องใส่ชื่อผู้เช่า)`),

  rec('slide_en_handling', f`Speaker notes for the loans committee deck – title slide reads "Loan request: Kushan reliefs ${mark('CONFIDENTIAL')} ${amb('confidential.marking', '(Trustees only)')}". Keep it to 60 seconds: lender, dates, insurance, courier.`, 'bracketed reader restriction beside a marking: ambiguous per README'),
];
