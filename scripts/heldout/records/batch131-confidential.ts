/**
 * Held-out batch 131: classification markings in memos, mails, slide notes and reports of the six
 * organisations, in many languages (headers, footers, subject lines and inline statements). Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH131_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – ${amb('confidential.marking', 'nur Geschäftsleitung')}

Betreff: Übernahmeangebot für die Befliegungssparte von AeroNetz GmbH
Kaufpreis-Indikation: 14–16 Mio. €, Earn-out über zwei Jahre. Die Piloten sollen vollständig übernommen werden.

${mark('STRENG VERTRAULICH')}

Fasse das in drei Stichpunkten für den Aufsichtsrat zusammen.`),

  rec('email_en', f`Subject: ${mark('CONFIDENTIAL')} – Incident at tower 212, line L-412

Team,
During yesterday's inspection flight the drone lost link and came down inside the substation fence. No injuries, minor damage to a busbar insulator. The grid operator has not yet been informed by us; legal wants to review first.

Please rewrite this as a neutral incident summary for the insurer.`),

  rec('report_fr', f`${mark('DIFFUSION RESTREINTE')}
Rapport qualité – réseau de cliniques dentaires pédiatriques, T4

Trois incidents de matériovigilance (fauteuil n° 4 à Lille, deux lampes à photopolymériser). Aucun patient blessé.

Peux-tu reformuler ce paragraphe pour le comité médical, ton plus factuel ?`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – Revisión de tarifas de agenciamiento aduanero 2025

Equipo comercial:
Proponemos subir la tarifa por declaración de 45 a 52 USD para clientes con menos de 20 operaciones al mes. ${mark('Este documento es confidencial')} y no debe reenviarse a clientes.

¿Me ayudas a hacer una tabla comparativa con la tarifa actual?`),

  rec('slide_it', f`Note relatore, slide 4 (piè di pagina su ogni slide: "Opera Aurelia · ${mark('RISERVATO')} · Bilancio sartoria 2025"):
Spiegare il taglio del 12% sul budget tessuti e l'esternalizzazione delle parrucche. Durata massima un minuto e mezzo.`),

  rec('memo_nl', f`${mark('VERTROUWELIJK')}

Notulen directieoverleg afvalinzameling, 9 december
1. Aanbesteding restafval regio Noord: ons bod ligt 4% onder de huidige tarieven.
2. Twee chauffeurs op non-actief na het incident in Zwolle.

Maak hier een korte samenvatting van voor de teamleiders, zonder punt 2.`),

  rec('handbook_en_gb', f`Header on every page: ${mark('OFFICIAL-SENSITIVE')}

Safeguarding escalation flow for listener volunteers
- If a caller discloses immediate risk, stay on the line and alert the shift supervisor via the red button.
- Supervisors call emergency services; volunteers never do so alone.

Can you turn this into a one-page flowchart description?`),

  rec('email_pl', f`Temat: ${mark('POUFNE')} – wyniki audytu stacji przeładunkowej

Dzień dobry,
w załączeniu wstępne wyniki audytu. Stwierdzono przekroczenie dopuszczalnego czasu składowania odpadów o 11 dni. ${mark('Dokument poufny')} – proszę nie przekazywać poza zarząd.

Przetłumacz na angielski, zachowując oznaczenia.`),

  rec('doc_ja', f`${mark('社外秘')}
ドローン点検事業 中期計画（2025–2027）
・送電線点検の受注を年間1,200kmから2,000kmへ拡大
・赤外線カメラ搭載機を6機追加導入

この内容を英語の3行サマリーにしてください。`),

  rec('doc_zh', f`${mark('内部资料 严禁外传')}
报关代理业务 2025 年第一季度客户流失分析
主要原因：清关时效下降（平均 2.8 天 → 3.6 天），以及 3 家大客户转向自营报关。

请把这段翻译成英文，并保留标题的保密标记。`),

  rec('memo_ko', f`${mark('대외비')}

소아치과 체인 신규 지점 개설 검토 (판교, 송도)
- 예상 투자비: 지점당 18억 원
- 원장 2명 영입 협상 중

위 내용을 이사회 보고용으로 간단히 정리해 주세요.`),

  rec('doc_ru', f`${mark('Конфиденциально')}
Служебная записка: сокращение графика вывоза ТКО в частном секторе с 3 до 2 раз в неделю с 1 марта.
Жалобы жителей ожидаются, пресс-релиз пока не готовить.

Сделай из этого короткую версию для диспетчеров, без фразы про пресс-релиз.`),

  rec('email_ar', f`الموضوع: ${mark('سري للغاية')} – نتائج التدقيق على خط الدعم النفسي

الزملاء الكرام،
أظهر التدقيق أن تسجيلات ثلاث مكالمات حُفظت خارج النظام المعتمد. يرجى عدم مشاركة هذه الرسالة.

ساعدني في صياغة خطة تصحيحية من خمس نقاط.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Phishing wave targeting customs brokers: fake "HMRC CDS account suspended" mails with a QR code. Two of our declarants clicked; passwords reset.

Write a short awareness note for the whole office (it can leave out the TLP details).`),

  rec('doc_he', f`${mark('סודי')} – ${mark('לשימוש פנימי בלבד')}
סיכום ישיבת רכזי מתנדבים: שלושה מתנדבים הושעו עד לסיום בירור תלונה. אין לשתף עם המתנדבים האחרים.

נסח הודעה כללית לצוות שלא חושפת שמות או פרטים.`),

  rec('doc_tr', f`${mark('GİZLİ')}
Opera kostüm atölyesi – 2025 tedarikçi değerlendirmesi
Kadife tedarikçisi ile sözleşme yenilenmeyecek; yeni teklif %18 daha ucuz.

Bu metni İngilizceye çevirir misin? Başlıktaki ibare aynen kalsın.`),

  rec('doc_fi', f`${mark('LUOTTAMUKSELLINEN')}
Jätehuollon kilpailutus, Pirkanmaan alue: tarjousvertailu ja suositus hallitukselle.

Tiivistä kolmeen kohtaan englanniksi.

${mark('LUOTTAMUKSELLINEN')} · sivu 1/4`),

  rec('email_pt', f`Assunto: ${mark('CONFIDENCIAL')} – avaliação de voluntários

Olá equipa,
${mark('Esta mensagem é confidencial')}. Segue a lista de voluntários cuja supervisão mensal está em atraso; falem com cada um individualmente.

Podes reescrever de forma mais empática?

--
${amb('confidential.marking', 'Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário.')} Se a recebeu por engano, elimine-a.`),
];
