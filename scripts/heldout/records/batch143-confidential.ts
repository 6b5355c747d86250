/**
 * Held-out batch 143: classification and handling markings in memos, mails, slide footers and
 * reports of the batch's six organisations, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH143_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de_ch', f`${mark('VERTRAULICH')} – ${amb('confidential.marking', 'nur für die Geschäftsleitung')}

Betreff: Offerte Kanton Graubünden, Löschhelikopter-Bereitschaft 2025–2028
Wir bieten zwei Super Puma mit 24h-Bereitschaft in Samedan an. Preisuntergrenze: CHF 3,1 Mio. pro Saison. Der Mitbewerber liegt gemäss unseren Informationen bei 3,4 Mio.

Mach bitte eine Zusammenfassung in drei Sätzen für den VR.`),

  rec('email_fr_ca', f`Objet : ${mark('CONFIDENTIEL')} – Révision du protocole d'appariement

Bonjour l'équipe,
À partir du 1er mai, les demandes de receveuses avec antécédents familiaux de fibrose kystique seront jumelées seulement avec des donneurs testés négatifs au panel élargi. ${amb('confidential.marking', "Merci de ne pas transférer ce courriel à l'extérieur de l'équipe.")}

Peux-tu reformuler ça plus clairement pour les nouvelles coordonnatrices?`),

  rec('doc_ja', f`${mark('社外秘')}
調査報道チーム 取材計画書（港湾利権）
第1段階：登記簿と入札記録の突き合わせ（3月末まで）
第2段階：元職員への接触（4月）

この計画書を英語の要約（5行）にしてください。`),

  rec('doc_zh', f`${mark('机密')} ${amb('confidential.marking', '仅限风控部阅读')}

关于可可豆仓单重复质押风险的排查报告
截至3月10日，发现两笔仓单（天津保税库）在两家银行同时质押，涉及货值约 1,240 万美元。

请帮我把这段改写得更正式一些，用于提交给董事会。`),

  rec('email_ko', f`제목: [${mark('대외비')}] 2분기 F&I 인센티브 구조 변경안

팀장님, 첨부한 변경안은 ${mark('대외비')} 자료이니 ${amb('confidential.marking', '딜러사 외부로 공유하지 말아 주세요')}. 핵심은 보험 상품 수수료 비율을 12%에서 9%로 낮추고 연장보증 판매 인센티브를 올리는 것입니다.

이 메일을 좀 더 공손하게 다듬어 주세요.`),

  rec('memo_ru', f`${mark('КОНФИДЕНЦИАЛЬНО')}
Служебная записка редакции расследований
О привлечении внешнего юриста для проверки материалов о закупках городской администрации. Предлагаемый бюджет — 450 000 руб.

Сократи текст до одного абзаца.`),

  rec('memo_ar', f`${mark('سري للغاية')}
إلى: لجنة المخاطر
الموضوع: مخزون البن في مستودع جبل علي
تبين أن 38 حاوية مسجلة بإيصالات مستودع لم يتم فحصها منذ أكثر من 90 يوماً. نوصي بوقف إصدار إيصالات جديدة حتى انتهاء التدقيق.

لخص هذه المذكرة في ثلاث نقاط بالإنجليزية.`),

  rec('doc_he', f`${mark('סודי')} – ${amb('confidential.marking', 'לשימוש פנימי בלבד')}
פרוטוקול ועדת הקצאות דיור ציבורי, 4.3.2025
הוחלט לאשר 6 מתוך 11 בקשות לדיור חלופי בשל נגישות.

תכין תקציר קצר של ההחלטות בלי שמות.`),

  rec('email_es_mx', f`Asunto: ${mark('CONFIDENCIAL')} – Comisiones de financiamiento Q2

Equipo, les comparto la nueva tabla de comisiones con las financieras. ${mark('Este documento es confidencial')} y no debe enviarse a los asesores de piso.

¿Me ayudas a pasar esto a una presentación de 4 láminas?`),

  rec('report_pt', f`Classificação: ${mark('CONFIDENCIAL')}
Relatório de auditoria à lista de espera de habitação municipal
Foram identificadas 23 candidaturas com pontuação incorretamente calculada por erro na fórmula do agregado familiar.

Reescreve o parágrafo de forma mais clara para a vereação.`),

  rec('memo_en', f`${mark('STRICTLY PRIVATE & CONFIDENTIAL — LEGALLY PRIVILEGED')}
Prepared at the request of the Head of Legal, Meridian Investigations

Pre-publication review: the harbour-contracts story names two councillors. Right-of-reply letters went out 3 March; one response received. Risk rating: medium.

Footer: ${mark('STRICTLY PRIVATE & CONFIDENTIAL')} · page 1 of 4

Summarise the open legal risks as bullet points.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Σημείωμα προς τη Διεύθυνση Ειδήσεων
Η έρευνα για τις προμήθειες πυροσβεστικών αεροσκαφών θα δημοσιευθεί στις 22 Απριλίου.

Μετάφρασέ το στα αγγλικά.`),

  rec('slide_sv', f`Talarmanus till bild 5, sidfoten på alla bilder lyder "Nordgamete · ${mark('KONFIDENTIELLT')} · utkast 2":
Förklara den nya väntetiden för mottagare med blodgrupp AB och varför vi prioriterar ID-release-donatorer. Max 60 sekunder.`),

  rec('doc_hi', f`${mark('गोपनीय')} — ${amb('confidential.marking', 'केवल आंतरिक उपयोग हेतु')}
विषय: नासिक हेलीबेस पर अग्निशमन उड़ानों का नया रोस्टर
अप्रैल से दो पायलट हर समय स्टैंडबाय पर रहेंगे।

इसे अंग्रेज़ी में सरल भाषा में लिखो।`),

  rec('doc_tr', f`${mark('GİZLİDİR')}
Kakao depo makbuzlarında tespit edilen fark raporu – Mersin serbest bölge
Sayım farkı: 14,2 ton (makbuz RC-MER-2025-0231).

Bunu yönetim kurulu için daha resmi bir dile çevirir misin?`),

  rec('doc_th', f`${mark('ลับ')}
บันทึกภายในฝ่ายข่าวสืบสวน เรื่อง แผนการเผยแพร่รายงานการจัดซื้อเครื่องบินดับไฟป่า
กำหนดเผยแพร่ 30 เมษายน

ช่วยสรุปเป็นภาษาอังกฤษ 3 บรรทัด`),

  rec('email_pl', f`Temat: notatka z zebrania komisji mieszkaniowej

${mark('Dokument poufny')} – ${amb('confidential.marking', 'nie przekazywać wnioskodawcom')}.
Komisja zaakceptowała 9 wniosków o lokal socjalny, 4 odesłano do uzupełnienia.

--
${amb('confidential.marking', 'Wiadomość ta jest poufna i przeznaczona wyłącznie dla adresata.')} Jeśli otrzymali Państwo ją omyłkowo, prosimy o usunięcie.

Zrób z tego krótkie podsumowanie.`, 'marking in the body labelled; the e-mail disclaimer footer is ambiguous'),
];
