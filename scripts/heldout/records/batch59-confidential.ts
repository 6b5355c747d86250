/**
 * Held-out batch 59: classification markings (headers, subjects, footers, inline statements) on
 * documents from a blood bank, a cinema chain, a shipyard, a tutoring platform, a housing
 * contractor and a payments start-up, in their own languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH59_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_es', f`${mark('CONFIDENCIAL')} — USO INTERNO DE LA DIRECCIÓN

Asunto: Cierre del punto fijo de donación de Aranda de Duero

Proponemos trasladar la actividad a la unidad móvil a partir del 1 de abril. Impacto: 3 enfermeras y 1 administrativa, reubicables en Burgos. Ahorro estimado: 148.000 € anuales.

¿Me lo conviertes en un guion de 5 minutos para la reunión con el comité de empresa?`),

  rec('email_de', f`Betreff: ${mark('VERTRAULICH')}: Verhandlungsstand Verleihkonditionen Q2

Hallo zusammen,

zur Info vor dem Termin am Donnerstag: Der Verleih besteht für den Blockbuster im April weiterhin auf 60 % Verleihmiete in den ersten zwei Wochen. Unsere Schmerzgrenze liegt bei 55 %. Bitte nicht an die Theaterleitungen weitergeben.

Gruß
Petra

→ Kannst du daraus drei Verhandlungsargumente formulieren?`),

  rec('doc_pl', f`Przetłumacz na angielski, zachowaj oznaczenie:

${mark('ŚCIŚLE POUFNE')} — wyłącznie dla zarządu
Analiza ofert na dostawę silników głównych dla kadłuba 1402. Oferta A jest o 11% tańsza, ale termin dostawy przekracza harmonogram o 14 tygodni. Rekomendujemy ofertę B z klauzulą kar umownych.`),

  rec('slide_fr', f`Notes pour la diapositive 4 (pied de page sur toutes les slides : « Aurora Cinémas · ${mark('Diffusion restreinte')} · v2 ») :
On présente la fermeture des salles 9 et 10 du multiplexe de Villeneuve pendant les travaux. Reformule en 60 secondes de discours, ton rassurant.`),

  rec('advisory', f`${mark('TLP:AMBER')} – limited disclosure, recipients may share within their organisation only

A card-testing campaign is targeting small merchants via guest checkout. Attempts come in bursts of 40–60 auths from rotating residential proxies; BIN ranges are mostly prepaid.

Can you help me turn this into a one-paragraph alert for our merchant success managers, without the proxy details?`),

  rec('doc_it', f`${mark('RISERVATO')} — Comitato buon uso del sangue

Verbale della riunione del 9 gennaio: nel 2024 sono state eliminate per scadenza 412 unità di emazie (2,8% del totale), concentrate nei presidi di Cremona e Lodi.

Mi fai un riassunto in tre punti per i primari?`),

  rec('email_nl', f`Onderwerp: Offerte-evaluatie onderhoudscontract 2025–2028

Hoi Marloes,

In de bijlage de scoringsmatrix. ${mark('Dit document is vertrouwelijk')} en alleen bedoeld voor de beoordelingscommissie tot de gunning is gepubliceerd.

Groet, Ruud

→ Maak de begeleidende tekst iets formeler, het gaat ook naar de woningcorporatie.`),

  rec('doc_ja', f`以下の文書の要点を英語で3行にまとめてください。

【${mark('社外秘')}】
講師報酬体系の改定案（2025年4月適用）
・時給制から成果連動制へ段階的に移行
・上位20%の講師は基本給を8%引き上げ`),

  rec('doc_ko', f`${mark('대외비')}
2025년 상반기 신규 투자 유치 현황
- 시리즈 B 리드 투자자와 텀싯 협의 중 (프리머니 450억 원)
- 3월 말 클로징 목표

위 내용을 이사회 보고용 슬라이드 한 장으로 정리해 줘.`),

  rec('report_zh', f`密级：${mark('内部资料 注意保密')}
船用钢板供应商年度评估（2024）
三家供应商中，两家交付准时率低于 85%，建议在新合同中加入延期违约金条款。

请把这段改写得更正式一些，用于采购委员会。`),

  rec('doc_tr', f`${mark('GİZLİDİR')} — Yalnızca Yönetim Kurulu için

Ödeme kuruluşu lisans başvurusu: BDDK ön görüşmesinde sermaye yeterliliği ve dolandırıcılık izleme süreçleri hakkında ek belge istendi. Teslim tarihi 28 Şubat.

Bunu İngilizce kısa bir yönetici özetine çevirir misin?`),

  rec('doc_sv', f`Sammanfatta på engelska, behåll klassningen överst:

${mark('KONFIDENTIELLT')}
Förhandlingsunderlag – ramavtal VVS-underhåll Rosengård
Vårt bud: 612 kr/tim inkl. jour. Motparten väntas lägga sig runt 650 kr.`),

  rec('email_uk', f`Тема: ${mark('КОНФІДЕНЦІЙНО')} — результати внутрішньої перевірки

Колеги, за результатами перевірки виявлено, що двоє репетиторів проводили заняття поза платформою з учнями, залученими через неї. Рішення щодо співпраці буде ухвалено до 31.01.

Допоможи скоротити цей лист до трьох речень для керівників напрямів.`),

  rec('email_footer', f`Hi Ama, thanks for the updated merchant list, I'll run the risk scores tonight.

--
Kojo Mensah | Fraud Operations
${amb('confidential.marking', 'This message and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please delete it and notify the sender.')}

→ Could you make my signature shorter? It's twice the length of my e-mails.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Αξιολόγηση προσφορών για ανταλλακτικά κύριας μηχανής – δεξαμενόπλοιο Ν/Κ 517
Προτεινόμενος προμηθευτής: Β (χαμηλότερο συνολικό κόστος κύκλου ζωής).

Μπορείς να το μεταφράσεις στα αγγλικά για τον πλοιοκτήτη;`),

  rec('doc_hu', f`Kérlek, fordítsd le angolra a fejlécet és az első bekezdést:

${mark('BIZALMAS')} – belső használatra
A plazmaközpontok 2025-ös bővítési terve: két új gyűjtőpont (Nyíregyháza, Kecskemét), összesen 38 új munkahely.`),
];
