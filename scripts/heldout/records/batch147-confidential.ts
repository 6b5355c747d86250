/**
 * Held-out batch 147: classification markings in memos, mails, incident reports and slides of the
 * six organisations, in many languages (headers, subject lines, footers, inline). Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH147_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('STRENG VERTRAULICH')}

An: Geschäftsleitung Blutspendedienst Nordost
Betreff: Schließung der Entnahmestelle Pasewalk

Wir schlagen vor, die Entnahmestelle zum 30.06. zu schließen und die Termine auf das Mobilteam zu verlagern. Betroffen sind 6 Vollzeitstellen; Gespräche mit dem Betriebsrat ab KW 15.

Bitte mach daraus eine Stichpunktliste für die Sitzung am Montag.`),

  rec('incident_en', f`Subject: ${mark('CONFIDENTIAL')} – near miss, tug Kestrel 4, berth 11

Summary: during the departure of MV "Orla Bay" on 09/03, the towline parted at 02:14. No injuries. Preliminary cause: chafing at the fairlead. Pilot and master statements attached.

${mark('CONFIDENTIAL')} – do not forward outside Marine Operations

Can you rewrite the summary for the monthly safety bulletin, without the vessel name?`),

  rec('note_fr', f`${mark('CONFIDENTIEL')} — Équipe authentification

Nous avons identifié un réseau de vendeurs (7 comptes) qui revendent des contrefaçons de sacs Chanel avec de vraies cartes d'authenticité volées. Les comptes sont gelés ; la plainte sera déposée jeudi.

Aide-moi à écrire un message interne court pour prévenir les authentificateurs, sans donner les noms des comptes.`),

  rec('doc_ja', f`以下の文書を英語に翻訳してください。

【${mark('社外秘')}】
鋼製小物リコール対応について
3月12日に納品された腹腔鏡用鉗子（ロット L-2503-118）に洗浄不良の疑いがあり、中央材料室では当該ロットの払い出しを停止しました。各手術室は在庫を確認し、本日17時までに報告してください。`),

  rec('deck_ko', f`아래 슬라이드 내용을 더 간결하게 다듬어 주세요.

[${mark('대외비')}] 2025년 하반기 요금제 개편안
- 월 구독 19,900원 → 22,900원 (신규 가입자부터)
- 형제자매 할인 30% → 20%
- 학부모 공지는 7월 1일, 그 전까지 ${amb('confidential.marking', '외부 공유 금지')}`),

  rec('email_zh', f`主题：【${mark('机密')}】引航员排班调整方案

各位：
因新码头启用，夜班引航员需增加两人。以下方案仅供管理层讨论，${amb('confidential.marking', '请勿转发')}。

请帮我把这封邮件改写得更正式一些。`),

  rec('memo_ru', f`${mark('КОНФИДЕНЦИАЛЬНО')}
Служебная записка
Кому: начальнику лоцманской службы
О проверке Ространснадзора 14–16 мая

Просим подготовить журналы лоцманских проводок за I квартал и акты осмотра буксиров. ${amb('confidential.marking', 'Информацию за пределы службы не передавать')}.

Помоги составить чек-лист по этой записке.`),

  rec('doc_es', f`Resume este documento en cinco puntos para la reunión:

${mark('CONFIDENCIAL')} – Uso interno
Política de retención de pagos a vendedores (v3)
Cuando un artículo de más de 1.500 € no supera la autenticación, el pago queda retenido hasta 45 días. Este documento es ${mark('confidencial')} y no debe compartirse con vendedores ni con la prensa.`),

  rec('memo_it', f`${mark('RISERVATO')}
Oggetto: carenza di plasma gruppo AB — piano straordinario chiamate

Dal 3 marzo il centro chiamate contatterà tutti i donatori AB attivi degli ultimi 24 mesi. Obiettivo: 300 donazioni in tre settimane.

Puoi trasformarlo in uno script telefonico per gli operatori?`),

  rec('incident_nl', f`${mark('VERTROUWELIJK')} — incidentmelding CSSD

Op 18 februari is een netje orthopedisch instrumentarium (set ORTH-12) naar OK 4 gegaan zonder geldige vrijgave; de chemische indicator was niet omgeslagen. De operatie is op tijd gestopt.

Kun je dit omzetten naar een melding voor de VIM-commissie?`),

  rec('letter_ar', f`${mark('سري للغاية')}

إلى: مدير العمليات البحرية
الموضوع: نقص عدد قاطرات الإرشاد خلال موسم الحج

نوصي باستئجار قاطرتين إضافيتين من 1 إلى 20 يونيو. التكلفة التقديرية 1.2 مليون ريال.

ترجم هذه الرسالة إلى الإنجليزية من فضلك.`),

  rec('email_pl', f`Temat: ${mark('POUFNE')}: wyniki audytu wypłat dla sprzedawców

Cześć,
audyt wykazał 41 wypłat zrealizowanych przed zakończeniem autentykacji. ${amb('confidential.marking', 'Prosimy nie przekazywać tych danych poza dział finansów')}.

Zrób z tego krótkie podsumowanie dla zarządu.`),

  rec('report_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Έκθεση: Επανεξέταση διαδικασίας κλήσεων δοτών αιμοπεταλίων
Το ποσοστό απάντησης έπεσε στο 18%. Προτείνουμε SMS πριν από κάθε κλήση.

Μετέφρασε στα αγγλικά.`),

  rec('advisory', f`${mark('TLP:AMBER')}

Security notice to the Owlet Tutor engineering team: a vulnerable version of our video-lesson SDK allowed a logged-in parent to list another family's upcoming sessions. Patched in 4.18.2. Do not discuss outside the recipients' organisations until the coordinated disclosure date.

Turn this into a short Slack update for engineers.`),

  rec('minutes_hi', f`${mark('गोपनीय')} — ${amb('confidential.marking', 'केवल प्रबंधन हेतु')}
बैठक का कार्यवृत्त: रक्तदान शिविर साझेदारी (मार्च)
एक निजी अस्पताल ने दान किए गए रक्त के बदले भुगतान का प्रस्ताव दिया है। यह प्रस्ताव नियमों के खिलाफ हो सकता है, कानूनी राय ली जाएगी।

इसे अंग्रेज़ी में सारांशित करें।`, 'readers restriction beside the marking: ambiguous'),

  rec('doc_pt_br', f`Traduz esse aviso pro inglês, por favor:

${mark('CONFIDENCIAL')}
Relatório de autenticação — lote de relógios recebidos em 12/03
Dos 18 relógios avaliados, 5 foram reprovados (peças não originais). Vendedores serão notificados individualmente.
— ${mark('CONFIDENCIAL')} · Página 1 de 2 —`),

  rec('email_sv', f`Ämne: ${mark('KONFIDENTIELLT')} – omorganisation sterilcentralen

Hej alla chefer,
sterilcentralen på Östra flyttas till nya lokaler i september. Informationen är ${mark('konfidentiell')} tills facket har informerats den 2 juni.

Kan du korta ner mejlet?`),

  rec('memo_tw', f`請幫我把這段備忘錄翻成英文：

${mark('機密')}（${amb('confidential.marking', '限主管閱覽')}）
山屋整修期間，排雲山莊床位將減少 40%，請各登山許可窗口暫停受理 9 月團體申請。`, 'bracketed readers restriction next to a marking: ambiguous per the README'),
];
