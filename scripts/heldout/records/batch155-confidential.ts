/**
 * Held-out batch 155: classification and handling markings in many languages (hospital records,
 * hotel revenue strategy, freight rate agreements, water-quality incidents, crowdfunding fraud
 * cases, a wildlife centre's board papers). Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH155_CONFIDENTIAL: DraftRecord[] = [
  rec('report', f`${mark('OFFICIAL-SENSITIVE: PERSONAL')}

Serious Incident Review – Unauthorised access to Rowan Ward records (Nov 2024)
Summary: a bank HCA accessed 14 records outside her ward over three shifts. No evidence of onward disclosure. Smartcard access role has been corrected.

${mark('OFFICIAL-SENSITIVE: PERSONAL')}

Can you turn this into a 150-word briefing for the Caldicott Guardian?`),

  rec('letter', f`${mark('MEDICAL IN CONFIDENCE')}

Dear Dr Farooq,
Re: transfer of care, Willow Ward → community mental health team
The patient was discharged on 29/11 on a reduced dose of clozapine with weekly FBC monitoring. Care coordinator allocated.

Please make this letter shorter and clearer for a GP audience, keep the heading.`),

  rec('memo', f`Subject: ${mark('STRICTLY CONFIDENTIAL')} – 2025 pricing strategy, Lisbon & Porto

Team,
For 2025 we move the Lisbon property to dynamic BAR with a floor of €185 and stop discounting on Booking.com below 12%. Porto keeps the current model until the renovation finishes in May.

— Revenue Management
${mark('Strictly confidential')} – ${amb('confidential.marking', 'do not forward outside the RM team')}

Make this into three slides for the GM meeting.`),

  rec('doc_ja', f`【${mark('社外秘')}】2025年度 京都・大阪 客室単価戦略（案）
・繁忙期（3月下旬〜4月上旬、11月）は最低単価を前年比+15%
・OTA手数料の高いチャネルは販売枠を2割削減

この内容を英語の箇条書きにしてください。見出しの区分表示はそのまま残してください。`),

  rec('doc_ko', f`${mark('대외비')}
서울 지점 2025년 1분기 객실 판매 전략
- 주중 법인 요금 8% 인상
- 장기 투숙(7박 이상) 패키지 신설

위 내용을 영어로 요약해 주세요. 맨 위 표기는 유지해 주세요.`),

  rec('case_notes', f`${mark('CONFIDENTIAL – TRUST & SAFETY')}
Case TS-24-3318: suspected fraud ring, 6 campaigns ("medical bills" theme), shared device fingerprints, payouts to 2 bank accounts.
Action: all 6 on payout hold; law-enforcement referral pending legal sign-off.
${mark('Internal only')}

Rewrite this as an update for the Head of Trust, neutral tone, no speculation.`),

  rec('email_de', f`Betreff: ${mark('VERTRAULICH')}: Rückforderung Auszahlungen Kampagne „Hilfe für Tierheim Ost“

Hallo Frau Kessler,

wie besprochen fordern wir die Auszahlungen zurück, da die Kampagne nachweislich nicht vom genannten Tierheim stammt. Bitte behandeln Sie diese Nachricht ${mark('vertraulich')}.

Kannst du die Mail etwas formeller machen?`),

  rec('memo_fr', f`${mark('CONFIDENTIEL')} — ${amb('confidential.marking', 'Ne pas diffuser')}

Note interne : renégociation des tarifs fret DG avec la compagnie partenaire pour l'hiver 2024/25. Nous proposons un supplément DG forfaitaire de 95 € par AWB au lieu de 0,35 €/kg.

Traduis cette note en anglais pour le siège, en gardant la mention en tête.`, '"Ne pas diffuser" is a handling ban with no marking word: ambiguous'),

  rec('doc_zh', f`${mark('机密')}｜${mark('仅限内部使用')}
2025年危险品空运合作协议要点（上海—法兰克福）：
1. 锂电池（UN3480）全货机舱位每周保证 4 吨
2. 危险品附加费按票收取

请翻译成英文，保留标题上的密级标识。`),

  rec('report_ru', f`${mark('ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ')}
Акт о превышении нормативов: точка отбора №14 (водозабор «Северный»), 02.12.2024
Колиформные бактерии: обнаружены в 100 мл; повторный отбор назначен.

Помоги составить короткое сообщение для диспетчерской, без лишних деталей.`),

  rec('report_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Εσωτερική αναφορά εργαστηρίου ποιότητας νερού – αστοχία αναλυτή ICP-MS (30/11)
Τα αποτελέσματα μολύβδου της εβδομάδας 47 επαναλαμβάνονται· δεν δημοσιεύονται μέχρι την επανεξέταση.

Μπορείς να το μεταφράσεις στα αγγλικά;`),

  rec('minutes_es', f`Acta de la junta directiva – Centro de Recuperación de Fauna
${mark('CONFIDENCIAL')}

3. Legado de la Sra. Arrieta: 240.000 € condicionados a construir un aviario para rapaces. La familia pide que no se haga público hasta marzo.

Resume el punto 3 en inglés para el patronato británico.`),

  rec('memo_he', f`${mark('סודי')} – ${mark('לשימוש פנימי בלבד')}
סיכום ישיבת הנהלה: מלון תל אביב עובר למערכת ניהול הכנסות חדשה בינואר; צפויה ירידה זמנית בתפוסה.

תתרגם לאנגלית ותשאיר את הסימון בראש העמוד.`),

  rec('memo_ar', f`${mark('سري للغاية')}
مذكرة داخلية – مكتب البضائع الخطرة، دبي
تم رفض ثلاث شحنات بطاريات ليثيوم هذا الشهر بسبب أخطاء في إقرار الشاحن. يجب مراجعة كل إقرار من قبل موظفين اثنين قبل التسليم.

ترجم هذه المذكرة إلى الإنجليزية مع الإبقاء على التصنيف.`),

  rec('note_hi', f`${mark('गोपनीय')}
ट्रस्ट टीम नोट: पुणे की तीन कैंपेन एक ही बैंक खाते में पैसा भेज रही हैं। जांच पूरी होने तक भुगतान रोके गए हैं।

इसे अंग्रेज़ी में छोटा सा अपडेट बना दो।`),

  rec('advisory', f`${mark('TLP:AMBER')}
Shared with partner platforms via the fraud-intel group: a network is creating "veterinary emergency" campaigns with AI-generated photos, cashing out within 48 h via newly opened neobank accounts.

Help me turn this into internal detection rules (behavioural, no indicators).`),

  rec('email_pt_br', f`Assunto: [${mark('CONFIDENCIAL')}] Investigação campanha "Cirurgia do Theo"

Pessoal, a campanha foi pausada: as fotos do hospital são de outra criança. Não comentem publicamente até o jurídico liberar.

--
Equipe de Confiança e Segurança
${amb('confidential.marking', 'Este e-mail é confidencial e destinado apenas aos destinatários listados.')}

Pode deixar a mensagem mais clara?`, 'e-mail confidentiality disclaimer in the footer: ambiguous'),
];
