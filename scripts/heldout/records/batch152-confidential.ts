/**
 * Held-out batch 152: classification markings in many languages (board papers, quota memos, fab
 * incident reports, lottery audits, permit files, pharmacy reviews), with every occurrence labelled. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH152_CONFIDENTIAL: DraftRecord[] = [
  rec('board_paper', f`${mark('CONFIDENTIAL')} – ${amb('confidential.marking', 'Trustees only')}

Little Lanterns Children's Hospice – Board paper 7/2025
Major donor pipeline and the proposed naming rights for the new family suite

The Halvorsen family trust has indicated a gift of £1.2m, conditional on naming the suite. Officers recommend accepting, subject to the gift acceptance policy review in April.

Page 1 of 3 · ${mark('Confidential')}

Can you turn this into three bullet points for the chair's briefing?`, 'a reader restriction beside the marking: ambiguous, as the conventions make "(management only)"'),

  rec('memo_no', f`${mark('STRENGT FORTROLIG')}

Notat til styret i Havørn Fiskarlag
Sak: Kvotebytte med færøysk rederi for sesongen 2026

Vi foreslår å bytte 800 tonn makrell mot 1 100 tonn kolmule. Forhandlingene er ikke avsluttet, og ${amb('confidential.marking', 'innholdet må ikke deles med medlemmene')} før styret har vedtatt mandatet.

${mark('STRENGT FORTROLIG')} – side 1 av 2

Kan du lage en engelsk oppsummering på fem linjer?`, 'the handling ban without a marking word in the body: ambiguous'),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – propuesta de intercambio de cuota de jurel

Hola Iria,

${mark('Este documento es confidencial')} y solo debe circular entre la junta rectora. La propuesta es ceder 300 t de jurel a la cooperativa de Burela a cambio de 120 t de merluza del Sur.

¿Puedes resumirlo en inglés para la reunión con los noruegos?`),

  rec('report_ja', f`【${mark('社外秘')}】
第3工場 クリーンルーム入室違反に関する報告書（2025年2月）

協力会社作業員2名が、ガウニング研修未修了のままベイ6へ入室。入退室ログと監視カメラ映像で確認済み。再発防止策として、研修記録と入室権限の自動連携を3月末までに実施する。

この報告書を英語の要約（5行程度）にしてください。`),

  rec('report_ko', f`${mark('대외비')}
P3 팹 협력업체 출입증 부정 사용 건 경위서

2월 11일 야간, 퇴사한 협력업체 직원의 출입증으로 CR-B2 구역 출입 기록이 3회 확인됨. 출입증 회수 절차 누락이 원인.

이 경위서를 임원 보고용으로 더 간결하게 다듬어 주세요. 문서 하단에도 "${mark('대외비')}" 표기는 유지해 주세요.`, 'the request to keep the marking on the rewritten document names the marking of this document: labelled'),

  rec('doc_zh_tw', f`機密等級：${mark('機密')}
七廠無塵室門禁系統更換計畫（草案）

預計於第二季將現有讀卡機更換為雙因素認證（卡片＋臉部辨識），外包人員需於 5 月底前完成重新註冊。

請幫我把這份草案改寫成給外包廠商的公告，不要提到預算。`),

  rec('audit_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}

Έκθεση εσωτερικού ελέγχου – ασφάλεια τερματικών πρακτορείων
Σε 14 από τα 212 πρακτορεία που ελέγχθηκαν, ο κωδικός συντήρησης του τερματικού ήταν γραμμένος σε χαρτί δίπλα στο ταμείο.

Μπορείς να το μεταφράσεις στα αγγλικά για το διοικητικό συμβούλιο;`),

  rec('memo_tr', f`${mark('HİZMETE ÖZEL')}

Konu: Bayi terminallerinde yazılım güncellemesi sonrası oluşan mükerrer kupon kayıtları
Etkilenen bayi sayısı: 38. Toplam mükerrer kupon: 1.204. Ödemeler durduruldu.

Bu notu bayilere gönderilecek, teknik olmayan bir bilgilendirmeye çevirir misin? Bilgilendirme ${amb('confidential.marking', 'hizmete özel')} olmayacak, o ibareyi çıkar.`, 'the marking named again in an instruction to leave it off the new notice: ambiguous'),

  rec('doc_pt_br', f`${mark('CONFIDENCIAL')} – Diretoria de Rede Lotérica

Plano de descredenciamento de lotéricas com baixo faturamento (2025)
Critério proposto: menos de R$ 40 mil de arrecadação mensal por 6 meses consecutivos. 212 pontos afetados.

Resume em tópicos pra apresentação de segunda.`),

  rec('doc_pl', f`Przetłumacz na angielski, zachowując oznaczenie:

${mark('Tajemnica przedsiębiorstwa')}
Warunki prowizyjne dla kolektur – aneks nr 4
Prowizja od sprzedaży zakładów wzrasta z 5,5% do 6% dla punktów powyżej 200 tys. zł obrotu kwartalnie.`),

  rec('note_fr', f`${mark('CONFIDENTIEL')}

Direction de l'urbanisme – Ville de Lyon
Note au maire-adjoint : contentieux sur le permis de construire PC 069 383 24 00187 (surélévation rue Garibaldi). Le recours des voisins a de bonnes chances d'aboutir sur le motif de hauteur.

Peux-tu reformuler cette note en langage plus simple pour l'élu ?`),

  rec('note_th', f`${mark('ลับมาก')}
บันทึกข้อความ ฝ่ายควบคุมอาคาร
เรื่อง ผลการตรวจสอบอาคารสูงที่ก่อสร้างผิดแบบ ย่านห้วยขวาง จำนวน 3 แห่ง

ช่วยสรุปเป็นภาษาอังกฤษสั้น ๆ สำหรับผู้บริหาร`),

  rec('review_de', f`Betreff: ${mark('Streng vertraulich')}: Fehlabgabe Methotrexat, Fallbesprechung

Hallo zusammen,

${mark('dieses Dokument ist vertraulich')} und nur für das Team Rezeptprüfung bestimmt. Am 18.02. wurde Methotrexat 10 mg täglich statt wöchentlich freigegeben; der Fehler wurde vor Versand im Packtisch bemerkt.

Kannst du daraus eine anonymisierte Lessons-learned-Folie machen?`),

  rec('doc_ru', f`${mark('Для служебного пользования')}

Порядок проверки рецептов на препараты списка II в интернет-аптеке (редакция 3)
1. Проверка подписи и печати медицинской организации.
2. Звонок в медорганизацию при любых сомнениях.

Сократи это до памятки на одну страницу для новых фармацевтов.`),

  rec('advisory', f`${mark('TLP:AMBER')}

Subject: Badge cloning attempts at semiconductor sites – sector advisory
Two fabs in the region reported cloned 125 kHz proximity badges used at turnstiles to subfab areas. Sites still using legacy proximity readers should prioritise migration.

Help me write an internal note for our contractor badging office based on this, without forwarding the advisory itself.`),

  rec('email_he', f`נושא: ${mark('סודי')} – חריגה בנוהל כניסה לחדר הנקי

שלום רב,
בבדיקה שבועית נמצא כי קבלן משנה נכנס לאזור Fab 28 עם תג של עובד אחר. ${amb('confidential.marking', 'נא לא להעביר את המייל מחוץ לצוות האבטחה')}.

תוכל לנסח תשובה קצרה ומנומסת למנהל הקבלן?`, 'the handling ban without a marking word (do not forward outside the security team): ambiguous'),

  rec('doc_ar', f`${mark('سري للغاية')}
تقرير مراجعة الوصفات الطبية المرفوضة – الربع الأول
تم رصد 27 وصفة مزورة لأدوية خاضعة للرقابة، جميعها مرفوعة من نفس الحساب.

لخص التقرير في ثلاث نقاط باللغة الإنجليزية.`),

  rec('doc_hi', f`${mark('गोपनीय')}
भवन निर्माण अनुमति विभाग – आंतरिक जांच रिपोर्ट
वार्ड 12 में बिना अनुमति बनी तीन मंज़िलों के मामले में निरीक्षक की भूमिका की जांच।

इस रिपोर्ट का अंग्रेज़ी में सार बना दो।`),

  rec('chat', f`Our pharmacy's SOP template has "${amb('confidential.marking', 'INTERNAL USE ONLY')}" in the footer. How do I make Word put it on every page of the exported PDF, including landscape pages?`, 'a marking quoted in a formatting question, not marking this text: ambiguous'),
];
