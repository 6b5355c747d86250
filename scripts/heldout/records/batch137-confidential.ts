/**
 * Held-out batch 137: classification and handling markings in memos, mails, service reports and
 * slides from the six settings, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH137_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_gsw', f`${mark('STRENG VERTRAULICH')} – ${amb('confidential.marking', 'Nur für die Geschäftsleitung')}

Familie K. plant die Übertragung der Holdinganteile an die nächste Generation per 1.7. Wir schlagen vor, die Vermögensverwaltungsmandate zusammenzulegen und eine separate Stiftungslösung zu prüfen.

Chasch mir das i drü Bulletpoints zämefasse für s Meeting am Zischtig?

${mark('STRENG VERTRAULICH')}`),

  rec('service_report_ja', f`以下のサービスレポートを英語に翻訳してください。ヘッダーはそのまま残してください。

【${mark('社外秘')}】顧客情報を含むため${amb('confidential.marking', '取扱注意')}
装置：CVD-3 チャンバーB
症状：成膜レートが規定値より 8% 低下
対応：シャワーヘッド交換、RF マッチャー再調整
結果：レート回復、パーティクル検査合格`),

  rec('email_ko', f`제목: [${mark('대외비')}] 평택 팹 장비 고장 분석 보고서

팀장님, 첨부드린 분석 보고서는 고객사 공정 조건이 포함되어 있어 ${mark('대외비')}로 분류했습니다. 요약본을 영어로 만들어 주실 수 있을까요?

- 원인: 히터 컨트롤러 펌웨어 버그
- 영향: 웨이퍼 약 1,200장 재작업`),

  rec('slide_zh_tw', f`幫我把這張投影片的內容改寫得更簡潔：

${mark('機密')} — ${amb('confidential.marking', '僅限客戶與原廠工程團隊')}
良率提升計畫 Q1
1. 蝕刻機台腔體清潔週期由 800 RF 小時調整為 650
2. 新增 OES 終點偵測
3. 預期良率提升 0.6%`),

  rec('memo_fr', f`Peux-tu transformer cette note en e-mail pour le comité d'investissement ?

${mark('CONFIDENTIEL – DIFFUSION RESTREINTE')}
Objet : succession de la famille Delacroix-Morel
Les héritiers souhaitent sortir du mandat discrétionnaire au profit d'un conseil en gestion. Risque de décollecte : 38 M€.`),

  rec('email_ru', f`Тема: ${mark('Конфиденциально')}: пересмотр условий обслуживания клиента

Коллеги, ${amb('confidential.marking', 'прошу не пересылать это письмо за пределы private banking')}. Клиент грозит перевести активы в другой банк, если мы не снизим комиссию до 0,6%.

Переведи, пожалуйста, на английский для головного офиса, гриф сохрани.`),

  rec('memo_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}

Προς: Διεύθυνση Στόλου
Θέμα: Αντικατάσταση πληρώματος στο Ε/Γ-Ο/Γ «Αιγαίο»
Ο πλοίαρχος θα απουσιάσει για ιατρικούς λόγους από 10/12. Προτείνεται μετακίνηση από το «Κυκλάδες».

Κάνε μου μια σύντομη περίληψη στα αγγλικά.`),

  rec('memo_ar', f`${mark('سري للغاية')}

مذكرة داخلية – مكتب العائلة
الموضوع: إعادة هيكلة المحفظة العقارية في دبي ولندن
${amb('confidential.marking', 'يرجى عدم تداول هذه المذكرة خارج لجنة الاستثمار')}.

اختصرها في خمس نقاط.`),

  rec('email_he', f`נושא: ${mark('חסוי')} – דוח ביקורת מערך ההשקעות

שלום לכולם,
מצורף הדוח. הדוח ${mark('חסוי')} ומיועד לחברי הוועדה בלבד.

תעזור לי לכתוב תקציר מנהלים של שלוש שורות?`),

  rec('advisory_en', f`${mark('TLP:AMBER')}

Vendor advisory to field service: a remote-access tool used on tool-side PCs at two customer fabs was found running an outdated build with a known privilege-escalation issue. Disable remote sessions until patched.

Rewrite this for our field engineers as a short checklist. Keep the TLP line.`),

  rec('report_hi', f`इस रिपोर्ट का अंग्रेज़ी में सारांश बनाइए:

${mark('गोपनीय')} — ${amb('confidential.marking', 'केवल आंतरिक उपयोग हेतु')}
विषय: नवंबर माह में छूटी हुई होम-केयर विज़िट्स
कुल 37 विज़िट छूटीं, जिनमें से 12 स्टाफ़ की कमी के कारण।`),

  rec('memo_th', f`ช่วยสรุปบันทึกนี้เป็นภาษาอังกฤษ

${mark('ลับ')}
เรื่อง: ผลการตรวจสุขภาพโลมาที่ป่วย
โลมาเพศเมีย "ฟ้า" มีค่าเม็ดเลือดขาวสูง กำลังรอผลเพาะเชื้อ ${amb('confidential.marking', 'ห้ามเผยแพร่ต่อสื่อจนกว่าจะมีแถลงการณ์')}`),

  rec('nda_report_en', f`Can you tighten the wording of this FSE summary? Keep the markings exactly.

${mark('CUSTOMER CONFIDENTIAL – NDA')}
Fab 3 litho cluster, PM on scanner stage. Found worn air bearing pad; replaced. Overlay back within spec (2.1 nm). Customer asked us not to mention their node name in any external communication.
— Page 1 of 2 — ${mark('CUSTOMER CONFIDENTIAL – NDA')}`),

  rec('memo_pt_br', f`Resume isso pra mim em três frases?

${mark('CONFIDENCIAL')} — ${amb('confidential.marking', 'uso interno')}
Assunto: proposta de reajuste das tarifas de travessia
A diretoria propõe reajuste de 9,8% a partir de março. Não divulgar antes da aprovação da agência reguladora.`),

  rec('memo_sv', f`${mark('KONFIDENTIELLT')}

Beslutsunderlag: ny leverantör för parkeringsautomater
Tre anbud inkom. Lägsta anbud (AutoPark Nordic) ligger 22 % under budget men saknar referenser i Sverige.

Gör om detta till en kort sammanfattning för nämnden.`),

  rec('email_pl', f`Temat: ${mark('POUFNE')} – skarga rodziny pacjentki

Dzień dobry,
w załączeniu skarga rodziny pani H. dotycząca opóźnionych wizyt. Proszę o przygotowanie odpowiedzi (${mark('dokument poufny')}, ${amb('confidential.marking', 'nie przesyłać dalej')}).

Możesz napisać projekt odpowiedzi do rodziny?`),

  rec('doc_tr', f`Bu belgenin başlığını ve ilk paragrafını İngilizceye çevirir misin?

${mark('GİZLİDİR')} – ${amb('confidential.marking', 'Sadece yönetim kurulu içindir')}
Konu: Hayvanat bahçesi ve akvaryum birleşme görüşmeleri
Görüşmeler Ocak ayında tamamlanacak, personele henüz duyurulmayacak.`, 'a readers restriction beside a labelled marking: ambiguous (README)'),
];
