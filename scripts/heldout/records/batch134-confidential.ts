/**
 * Held-out batch 134: classification and handling markings (headings, subjects, footers, inline
 * statements) in anti-doping case files, atelier collection plans, hydrogen-network board papers,
 * feed-mill recalls, HPC security notes and dispatcher contracts, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH134_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en', f`${mark('STRICTLY CONFIDENTIAL')} — RESULTS MANAGEMENT

Case ref. RM-2025-014
An adverse analytical finding (S1 anabolic agent) was reported by the laboratory for a sample collected out-of-competition on 28 January. The athlete has not yet been notified. B-sample analysis to be offered.

Draft the notification letter outline (no names), formal tone.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – Collection Haute Couture Été, croquis définitifs

Bonjour à tous,

Vous trouverez ci-joint les 42 silhouettes validées par la direction artistique. ${mark('Ce document est strictement confidentiel')} et ne doit pas quitter l'atelier avant le défilé du 7 juillet.

Peux-tu raccourcir ce mail et le rendre plus chaleureux ?`),

  rec('doc_de', f`${mark('STRENG VERTRAULICH')} – ${amb('confidential.marking', 'Nur für den Aufsichtsrat')}

Standortentscheidung H2-Tankstellen 2026: Von den 14 geprüften Standorten sollen nur 6 realisiert werden; Hamburg-Billbrook und Leipzig-Nord werden wegen fehlender Förderzusage zurückgestellt.

Fasse das bitte in drei Stichpunkten auf Englisch zusammen.`),

  rec('doc_ja', f`次の文書のタイトルと要旨を英訳してください。

【${mark('社外秘')}】2025年秋冬コレクション 生地発注計画
イタリア・コモ産シルク 1,200m、英国産ウール 800m を3月末までに発注。予算は前年比8%増。`),

  rec('doc_ko', f`${mark('대외비')}
사료 공장 제품 회수 검토 보고서 (2025-02)
- 대상: 양계용 배합사료 Lot 25-0417 ~ 25-0422
- 사유: 곰팡이 독소(아플라톡신 B1) 기준 초과 의심
영어로 3줄 요약해 주세요.`),

  rec('doc_ru', f`Переведи на английский шапку и первый абзац:

${mark('Для служебного пользования')}
Отчёт о проверке системы учёта местонахождения спортсменов сборной по лёгкой атлетике. Выявлено 11 случаев несвоевременной подачи сведений за IV квартал.`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} - condiciones del nuevo contrato con talleres de grúas

Hola equipo,

adjunto la tabla de tarifas por kilómetro negociada con los 23 talleres colaboradores de Andalucía. Por favor, no la reenviéis fuera del departamento.

¿Me ayudas a convertir esto en un resumen para la reunión del lunes?`),

  rec('notice_he', f`תרגם לאנגלית:

${mark('סודי')} – ${mark('לשימוש פנימי בלבד')}
דו"ח בדיקות פתע לרבעון הראשון: 64 בדיקות מחוץ לתחרות, 3 ניסיונות כושלים (מיקום לא נכון).`),

  rec('doc_ar', f`${mark('سري للغاية')}
تقرير مراجعة عقود خدمات السحب مع الشركاء في المنطقة الشرقية – الربع الأول
أوصت اللجنة بإنهاء التعاقد مع شريكين بسبب تجاوز أوقات الوصول.

لخّص التقرير بالإنجليزية في ثلاث نقاط.`),

  rec('advisory_en', f`${mark('TLP:AMBER')}

Research Computing security notice — compromised SSH keys
Two user accounts on the login nodes were accessed with keys stolen from a personal laptop. We have revoked all keys older than 2023 for the affected project groups. Share only within your institution's IT security team.

Rewrite as a short, calm e-mail to PIs.`),

  rec('slide_it', f`Note per la slide 4 (a piè di pagina su ogni slide: "Maison Vérange · ${mark('Riservato')} · bozza 2"): spiegare il nuovo calendario delle prove abiti per le clienti private, con 3 prove invece di 4. Massimo un minuto.`),

  rec('doc_zh', f`请把这份文件的标题和第一段翻译成英文：

${mark('机密')}  ${amb('confidential.marking', '内部资料，严禁外传')}
加氢站网络2025年扩张计划：华东地区新建12座35/70MPa加氢站，预计总投资4.8亿元。`, 'handling phrase restricting readers beside the labelled marking: ambiguous, as the README says of bracketed ones'),

  rec('email_pl', f`Temat: ${mark('POUFNE')} – wyniki audytu paszowego w zakładzie w Kutnie

Dzień dobry,
przesyłam wstępne wyniki audytu. Stwierdzono dwie niezgodności w śledzeniu partii premiksów. Proszę o nieudostępnianie dokumentu poza zarządem.

Przetłumacz na angielski, zachowując formalny ton.`),

  rec('report_nl', f`Classificatie: ${mark('Vertrouwelijk')}
Evaluatie dispatchsysteem pechhulp — Q4

Gemiddelde aanrijtijd steeg van 38 naar 47 minuten; oorzaak is vooral het tekort aan bergingswagens in Zeeland.

Herschrijf dit voor het MT, korter en zakelijker.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Πρακτικό συνεδρίασης της επιτροπής αποτελεσμάτων – υπόθεση 07/2025
Η επιτροπή αποφάσισε προσωρινή αναστολή του αθλητή μέχρι την ανάλυση του δείγματος Β.

Μετάφρασε στα αγγλικά.`),

  rec('email_tr', f`Konu: ${mark('GİZLİ')} – Yem fabrikası kapasite artırım planı

Merhaba,
Ekteki plan yalnızca yönetim kurulu üyeleri içindir. 2026'da Konya hattına ikinci pelet presi eklenmesi öneriliyor.

Bunu İngilizce kısa bir özet haline getirir misin?

--
${amb('confidential.marking', 'Bu e-posta ve ekleri gizlidir ve yalnızca alıcıya yöneliktir.')} Yanlışlıkla aldıysanız lütfen siliniz.`),

  rec('doc_en_footer', f`Can you fix the grammar in this paragraph from our HPC procurement evaluation?

"The vendor B offer have the best price per node but their support SLA are weaker then vendor A. We recommend vendor A with the negociated discount."

(Footer of the document: Page 3 of 11 — ${mark('INTERNAL USE ONLY')} — Research Computing Services)`),
];
