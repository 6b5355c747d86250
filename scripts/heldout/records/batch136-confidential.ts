/**
 * Held-out batch 136: classification and handling markings in memos, mails, minutes and slides of
 * the six organisations, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH136_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en', f`${mark('CONFIDENTIAL')} — Medical Assistance Operations

Subject: Renegotiation of air-ambulance framework with SkyMed

SkyMed proposes a 14% rate increase for long-haul repatriations from 1 April. Our volume (412 flights in 2024) gives leverage; we recommend a counter at 6% with a volume rebate.

${mark('CONFIDENTIAL')} — do not forward outside Procurement

Make this into a 1-page brief for the CFO.`),

  rec('email_de', f`Betreff: ${mark('VERTRAULICH')} – Einigung mit den Erben zur Sendereihe „Heimatfilm 1962"

Liebe Kolleginnen,

die Erbengemeinschaft akzeptiert eine Pauschale von 38.000 € für die Online-Verwertung bis 2031. Bitte bis zur Unterschrift keine Ankündigung in der Mediathek.

Kannst du das als kurze Info an die Programmdirektion umformulieren?`),

  rec('doc_fr', f`${mark('DIFFUSION RESTREINTE')}

Note au directeur du réseau de centres d'addictologie
Objet : fermeture envisagée de l'antenne de Roubaix au 30 juin

Le bail n'est pas renouvelé ; les 86 patients sous TSO seraient réorientés vers Lille-Moulins et Tourcoing.

Résume cette note en trois points pour le comité de direction.`),

  rec('doc_es', f`Traduce al inglés el encabezado y el primer párrafo:

${mark('CONFIDENCIAL – USO INTERNO')}
Plan de expansión 2025 de cocinas fantasma en Madrid y Valencia
Se prevé abrir tres naves compartidas (Tetuán, Usera, Benimaclet) con 11 marcas virtuales.`),

  rec('minutes_ja', f`以下の議事録を英語で要約してください。

【${mark('社外秘')}】土地登記システム更新プロジェクト 定例会議事録
日時：12月5日 14:00–15:30
決定事項：測量データの移行は2月末までに完了、旧システムは3月31日停止。`),

  rec('email_zh_tw', f`主旨：【${mark('機密')}】灌溉設備代理權續約條件

各位好，原廠提出明年代理權需保證最低採購量 1,200 套滴灌控制器，否則改為非獨家。請勿轉寄。

請幫我把這封信整理成英文重點。`),

  rec('slide_en', f`Slide 3 of the board deck, can you tighten the wording?

${mark('STRICTLY PRIVATE & CONFIDENTIAL')}
Project VINTAGE — acquisition of an irrigation-controller start-up
• Target valuation: €7–9 m
• 2 competing bidders (one US agritech)
• Exclusivity requested until 28 Feb`),

  rec('doc_ko', f`${mark('대외비')}

방송 아카이브 저작권 분쟁 대응 방안
- 1988년 올림픽 중계 영상 재사용 관련 외주 제작사와 합의 진행 중
- 합의 전까지 외부 공개 금지

이 문서를 영어로 번역해 주세요.`),

  rec('doc_ru', f`Переведи на английский:

${mark('ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ')}
Отчёт о проверке межевых работ подрядчика ООО «ГеоКадастр», выявлено 14 случаев наложения границ участков.`),

  rec('advisory_en', f`${mark('TLP:AMBER')} — share within the clinic network's IT only

Phishing wave impersonating the dosing-software vendor, asking pharmacists to "re-validate" their login. Three sites affected.

Write a short staff warning based on this (without the indicators).`),

  rec('doc_it', f`Riassumi in inglese:

${mark('RISERVATO')}
Verbale della commissione tecnica del catasto – revisione delle tariffe di rilievo per il 2025. Proposta: +9% per i rilievi con drone, invariati quelli GNSS tradizionali.`),

  rec('email_ar', f`الموضوع: ${mark('سري')} – مراجعة عقد خدمات الإخلاء الطبي

الزملاء الأعزاء، يرجى عدم مشاركة شروط العرض الجديد من شركة الطيران الطبي خارج فريق المشتريات حتى توقيع العقد.

أرجو صياغة ملخص قصير باللغة الإنجليزية.`),

  rec('doc_pt_br', f`${mark('CONFIDENCIAL')}

Relatório de auditoria — cozinhas de São Paulo
Duas unidades com temperatura de câmara fria fora do padrão por mais de 6h em novembro.

Me ajuda a transformar isso em um e-mail para os gerentes? Mantém a marcação ${mark('CONFIDENCIAL')} no assunto.`),

  rec('doc_pl', f`Przetłumacz proszę nagłówek i pierwszy akapit:

${mark('POUFNE – do użytku wewnętrznego')}
Analiza sporów granicznych w powiecie wielickim, 2019–2024.`),

  rec('doc_he', f`תתרגם לאנגלית בבקשה:

${mark('סודי – לשימוש פנימי בלבד')}
סיכום פגישה עם ועד העובדים של מוקד הסיוע הרפואי: הוחלט על תוספת משמרת לילה מינואר.`),

  rec('doc_nl', f`${mark('Vertrouwelijk')} — niet verspreiden

Onderhandelingspositie archiefrechten sportbeelden 1970–1990
Voorstel: eenmalige afkoop €120k, anders verlenging per seizoen.

Kun je hier drie gesprekspunten voor de directeur van maken?`),

  rec('footer_en', f`Can you shorten this email footer for the clinic's outbound mails?

"${mark('PRIVATE & CONFIDENTIAL')}: ${amb('confidential.marking', 'This message contains patient-identifiable information and is intended only for the named clinician. If you are not the intended recipient, please notify the sender and delete it.')}"`),
];
