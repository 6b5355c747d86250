/**
 * Held-out batch 164: classification and handling markings (headers, subjects, footers, inline
 * statements) in the documents of a stadium, a rare-disease registry, a rail freight operator, a
 * property manager, a kombucha maker and a national archive, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH164_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')} – STEWARDING BRIEFING, DERBY FIXTURE

Police intelligence indicates up to 150 risk supporters travelling without tickets. Gates C and D to open 30 minutes early; search ratio raised to 1 in 3. Additional response team stationed behind block 118.

Can you turn this into a 6-bullet briefing card for supervisors?

${mark('CONFIDENTIAL')} – not for circulation beyond supervisors`),

  rec('doc_de', f`Bitte fasse das für die Geschäftsführung in drei Sätzen zusammen:

${mark('STRENG VERTRAULICH')}
Corvia Rail Cargo – Ergebnis Radsatzuntersuchung nach Entgleisung Gleis 14, Rangierbahnhof Nord
Befund: Ermüdungsriss an Radscheibe, Serie Shimmns, Baujahr 2008. Empfehlung: Sonderprüfung aller 212 Wagen der Serie bis 31.01.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – projet d'augmentation des charges, résidence Les Tilleuls

Bonjour à tous,

Ci-joint la simulation : +14 % sur les charges communes en 2025 (chauffage, ascenseurs). Merci de ne pas en parler aux locataires avant le conseil syndical du 9 décembre.

Peux-tu m'aider à préparer un plan de communication pour les locataires ?`),

  rec('doc_ja', f`以下の文書を英語に翻訳してください。

${mark('社外秘')}
希少疾患レジストリ データ提供方針（案）
製薬企業への提供は匿名加工情報に限る。提供の可否は倫理審査委員会の承認を要する。`),

  rec('doc_ru', f`${mark('ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ')}

Порядок выдачи дел из фонда 1278 (личные дела сотрудников НКВД) в читальный зал: только по письменному разрешению директора, выдача не более трёх дел в день, копирование запрещено.

Перескажи это простым языком для нового сотрудника регистрации.`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – Negociación con distribuidor Levante

Equipo,

Bebidas Levante pide un 18 % de margen y exclusividad en Valencia y Murcia. Nuestra posición: máximo 15 %, sin exclusividad en Murcia. Este correo es ${mark('confidencial')} y no debe reenviarse al distribuidor.

¿Me ayudas a preparar los argumentos para la reunión del jueves?`),

  rec('slide', f`Notes for slide 4 of the board deck (footer reads "Wild Scoby Ltd · ${mark('Commercial in Confidence')} · Draft v2"): explain why we're dropping the two smallest distributors in the South Island and what it does to margin.`),

  rec('doc_ko', f`${mark('대외비')}
경기장 관중 안전 계획 – 2025 시즌
원정 응원석 분리 구역 확대, 스튜어드 인원 20% 증원

위 내용을 바탕으로 스튜어드 교육 자료 목차를 만들어 주세요.`),

  rec('doc_ar', f`${mark('سري')}
مذكرة داخلية – إدارة المحفوظات الوطنية
يُمنع إتاحة ملفات الحدود (١٩٥٠–١٩٦٥) للباحثين في قاعة المطالعة حتى صدور قرار اللجنة.

ترجم هذه المذكرة إلى الإنجليزية.`),

  rec('doc_zh', f`请把下面的通知改写得更简洁：

${mark('内部资料 注意保密')}
关于康普茶新配方的说明：新口味“桂花乌龙”暂不对经销商公开，上市时间另行通知。`),

  rec('advisory', f`${mark('TLP:AMBER')}

Phishing wave targeting rail freight maintenance planners: mails imitate the wagon keeper portal and ask for re-login. Share within your organisation only.

Write a short internal warning for our planners based on this, in plain English.`),

  rec('doc_pl', f`${mark('POUFNE')} – wyłącznie dla zarządu wspólnoty

Wyniki audytu instalacji gazowej w budynku przy ul. Puławskiej 112: 3 mieszkania z nieszczelnością, wymagane natychmiastowe odcięcie.

Przygotuj na tej podstawie neutralną informację dla mieszkańców, bez numerów mieszkań.`),

  rec('doc_it', f`Traduci in inglese l'intestazione e il primo punto:

${mark('RISERVATO')} – Documento ad uso interno del Registro Malattie Rare
1. Richiesta di accesso ai dati da parte dell'azienda Orfagen: il comitato scientifico chiede ulteriori chiarimenti sullo scopo dello studio.`),

  rec('doc_tr', f`${mark('GİZLİDİR')}
Stadyum güvenlik toplantısı tutanağı – 14 Kasım
Deplasman seyircisinin giriş güzergâhı değiştirildi; yeni güzergâh basına açıklanmayacak.

Bu tutanaktan görev listesi çıkarır mısın?`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Αρχείο – Σχέδιο μετεγκατάστασης αναγνωστηρίου (Μάρτιος 2025)
Το αναγνωστήριο θα παραμείνει κλειστό για 6 εβδομάδες.

Γράψε μια σύντομη ανακοίνωση για τους αναγνώστες χωρίς τις εσωτερικές λεπτομέρειες.`),

  rec('email_nl', f`Onderwerp: Huurverhoging 2025 – ${mark('VERTROUWELIJK')}

Collega's,

In de bijlage de lijst met complexen waar we de maximale huurverhoging toepassen. Deze informatie is ${mark('strikt vertrouwelijk')} tot de huurders op 1 april zijn geïnformeerd.

Kun je een FAQ opstellen voor de helpdesk?`),

  rec('doc_sv', f`${mark('KONFIDENTIELLT')} (${amb('confidential.marking', 'endast ledningsgruppen')})
Underhållsplan godsvagnar 2025 – nedskärning av verkstadskapacitet i Hallsberg med 30 %.

Sammanfatta konsekvenserna för vagnplanerarna i tre punkter.`),

  rec('doc_hi', f`${mark('गोपनीय')}
दुर्लभ रोग रजिस्ट्री – डेटा साझा करने का समझौता (मसौदा)
किसी भी बाहरी संस्था को रोगियों की पहचान योग्य जानकारी नहीं दी जाएगी।

इसका अंग्रेज़ी में अनुवाद कर दो।`),
];
