/**
 * Held-out batch 40: classification markings in credit memos, board papers, clinic and library
 * documents, threat-intel shares and mine reports, in English, Spanish, French, Portuguese, Catalan,
 * Czech, Ukrainian, Russian, Hebrew, Arabic and Vietnamese — and a few quoted or disclaimer uses.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH40_CONFIDENTIAL: DraftRecord[] = [
  rec('credit_memo', f`${mark('STRICTLY PRIVATE & CONFIDENTIAL')}
CREDIT COMMITTEE – TRADE FINANCE
Obligor: Kafue Valley Milling Co Ltd (Zambia)
Request: increase import LC line from USD 4.0m to USD 6.5m, tenor 180 days, 20% cash margin

Rationale: new milling line commissioning Q2 2025; 3-year relationship with no discrepancies refused; FX availability risk in ZMW remains the key concern.

Please rewrite the rationale as three bullet points for the committee slide.`),

  rec('memo_es_co', f`${mark('CONFIDENCIAL')} – Junta Directiva

Asunto: Cierre temporal de la sede Cali Sur

Por los resultados del tercer trimestre proponemos trasladar la consulta de ginecología de Cali Sur a Cali Norte a partir de febrero. Afecta a 9 personas del equipo; 6 pueden reubicarse.

Necesito un resumen de un párrafo para el acta, sin las cifras de personal.`),

  rec('doc_fr', f`Peux-tu traduire en anglais ce paragraphe d'un document marqué ${mark('DIFFUSION RESTREINTE')} de notre partenaire ?

« Le fournisseur de signalements a constaté une hausse de 40 % des contenus de fraude au placement diffusés en direct depuis octobre. Les comptes concernés utilisent des numéros virtuels et changent de nom toutes les 48 heures. »`),

  rec('pricing_pt', f`${mark('CONFIDENCIAL – USO INTERNO')}
Reajuste de preços 2025 – Planos Pet

Plano Essencial: +7,9%
Plano Completo: +11,2% (gatos) / +13,5% (cães de raças grandes)
Vigência: renovações a partir de 1º de março

Me ajuda a escrever o comunicado para os corretores sem citar os percentuais por raça?`),

  rec('doc_cs', f`${mark('DŮVĚRNÉ')}
Zápis z jednání vedení konsorcia knihoven, 28. 11. 2024
1. Vyjednávání s vydavatelem e-knih: nabídka 1,9 mil. Kč ročně, naše maximum 1,6 mil. Kč.
2. Sloučení poboček Líšeň a Slatina od dubna.

Shrň prosím bod 2 pro oznámení zaměstnancům, bod 1 vynech.`),

  rec('doc_uk', f`Переклади, будь ласка, англійською заголовок і перший абзац:

${mark('КОНФІДЕНЦІЙНО')}
Аналітична довідка щодо мережі акаунтів, які поширюють дезінформацію під виглядом новинних каналів. Виявлено 214 каналів, пов'язаних спільними платіжними реквізитами та пристроями.`),

  rec('doc_ru', f`${mark('ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ')}
Отчёт о простоях обогатительной фабрики за ноябрь
Основная причина: отказ редуктора шаровой мельницы №2 (42 часа простоя), замена подшипников задержана поставщиком.

Сделай из этого краткую сводку на английском для главного инженера.`),

  rec('doc_he', f`${mark('חסוי – לשימוש פנימי בלבד')}
סיכום ישיבת הנהלה: הרשת שוקלת לפתוח מרפאת פוריות בחיפה ברבעון השלישי. עלות משוערת: 3.2 מיליון ש"ח.

תנסח את זה כהודעה קצרה לצוות בלי לציין את העלות.`),

  rec('email_ar', f`الموضوع: ${mark('سري للغاية')} – طلب تمديد خطاب الضمان

الأستاذ خالد،
نرجو دراسة طلب العميل تمديد خطاب الضمان النهائي لمدة ستة أشهر إضافية، مع العلم أن المشروع متأخر بسبب تأخر توريد المعدات.

ساعدني أرد عليه برسالة رسمية مختصرة.`),

  rec('doc_vi', f`${mark('TÀI LIỆU MẬT – LƯU HÀNH NỘI BỘ')}
Kế hoạch xử lý các kênh phát lậu giải bóng đá mùa 2024–2025: phối hợp với đơn vị giữ bản quyền, gỡ trong vòng 10 phút kể từ khi phát hiện.

Anh tóm tắt giúp em thành 3 ý bằng tiếng Anh để gửi cho team ở Singapore nhé.`),

  rec('threat_intel', f`${mark('TLP:AMBER')} — share within your organisation only

A coordinated network is uploading short clips with embedded QR codes that lead to a fake "claim your prize" page. Clips are re-uploaded within minutes of removal from newly created accounts.

Help me turn this into a short brief for the overnight moderation shift — no indicators, just what to look for.`),

  rec('mine_report', f`Classification: ${mark('RESTRICTED – MANAGEMENT ONLY')}
Subject: Tailings dam TSF-2 – piezometer readings above trigger level

Two piezometers on the north wall read above the amber trigger on 2 December. Engineer of record has been notified; increased inspection frequency to daily.

Please make this more concise for the weekly management pack.`),

  rec('email_ca', f`Assumpte: Negociació renovació subscripcions 2025

Hola a tots,

${mark('Aquest document és confidencial')} i només s'ha de compartir amb la comissió de compres del consorci. Adjunto la proposta de l'editorial: +6 % sobre el preu actual, amb accés perpetu als títols del 2025.

Em podeu ajudar a fer una resposta que demani un màxim del 3 %?`),

  rec('email', f`Hi team,

Attached is the draft partnership terms with the wildlife charity. ${mark('This document is confidential')} and intended for the Bramblepaw leadership team only.

Cheers,
Owen

→ make this shorter please, it's going out on Slack`),

  rec('email_fr_cm', f`Objet : ${mark('CONFIDENTIEL')} – Révision de la ligne de crédit documentaire

Bonjour Madame Ngo Mbarga,

Suite au comité de crédit du 3 décembre, la ligne de crédit documentaire de votre société sera ramenée à 1,2 milliard FCFA jusqu'à la remise des états financiers audités 2023.

Pouvez-vous reformuler ce courrier pour qu'il soit plus diplomatique ?`),

  rec('chat', f`How do I make Word print "${amb('confidential.marking', 'PRIVILEGED & CONFIDENTIAL')}" in red in the header of every page except the first? It's for the letters we send to regulators.`, 'a marking quoted in a formatting question: ambiguous'),

  rec('email_footer', f`Thanks Kasonde, I'll book the crane for Thursday.

--
Mulenga Mwape | Maintenance Planner | Mwamba Copper
${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the use of the individual to whom they are addressed.')} If you have received this in error, please notify the sender.

→ can you translate this reply to Bemba?`),
];
