/**
 * Held-out batch 72: classification markings (headers, footers, banners, subject lines and sentences that
 * declare a document's status) in the languages of the batch, plus a disclaimer. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH72_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`Fasse bitte die wichtigsten Konditionen in fünf Stichpunkten für die Geschäftsführung zusammen:

${mark('STRENG VERTRAULICH')}
Absichtserklärung (LOI) – Sale-and-Leaseback 2× A321neo (MSN 11204, 11219)
Verkäufer/Leasingnehmer: Baltic Wings AS
Kaufpreis: USD 51,2 Mio. je Flugzeug, Laufzeit 12 Jahre, Miete USD 402.000 monatlich, fest
Rückgabebedingungen: Full-Life auf Triebwerke, Half-Life auf Fahrwerk und APU
Exklusivität bis 31.03.2025, Due Diligence der Records ab KW 7

Seite 1 von 2 · ${mark('Vertraulich – nur für den internen Gebrauch')}`),

  rec('note_fr', f`Peux-tu anonymiser cette synthèse (retirer les noms, garder l'âge et la situation) pour la présenter en formation des nouveaux travailleurs sociaux ?

${mark('CONFIDENTIEL — Informations couvertes par le secret professionnel')}
Synthèse de situation — commission d'attribution du 22 janvier
Famille T., deux adultes et trois enfants (2, 6 et 11 ans), hébergés chez un tiers depuis août. Le père travaille en intérim, la mère est en formation d'aide-soignante. Demande : logement d'urgence et aide au transport scolaire.
${mark('Ce document est confidentiel')} et ne doit pas être transmis en dehors de la commission.`),

  rec('pricing_es', f`¿Me traduces al inglés esta tabla de descuentos para el equipo comercial de Londres? Mantén el formato.

Política de descuentos 2025 — planes anuales
- Growth (≥ 25 usuarios): hasta 12 % sin aprobación, hasta 20 % con aprobación del Head of Sales
- Enterprise (≥ 150 usuarios): hasta 25 %, más de 25 % solo con aprobación del CEO
- Onboarding gratuito solo si el contrato es ≥ 2 años
- Nunca ofrecer precio por debajo de 6 €/usuario/mes

${mark('CONFIDENCIAL – Solo para uso interno')} · Quillstack Iberia · v3, enero 2025`),

  rec('doc_ja', f`【${mark('社外秘')}】
大口顧客向け価格改定の方針（2025年4月適用）

・既存のEnterprise契約は更新時に8%の値上げ、ただし3年契約への切り替えで据え置き可
・解約リスクが高い上位20社には、CSMから事前に個別説明を行う
・公表は3月1日、それまでは顧客に一切伝えないこと

この内容を、営業チーム向けの社内Slack告知文（300字程度）にまとめてください。`),

  rec('notice_zh', f`帮我把下面这份通知改写得简洁一点，用于码头操作部的班前会宣读：

密级：${mark('机密')}\u3000\u3000保密期限：一年
关于调整集卡预约放行规则的通知（试行）
自2月1日起，外集卡须提前2小时通过预约系统预约进港时段，迟到超过30分钟的预约自动作废。冷藏箱、危险品箱仍按原规定执行。
${mark('内部资料，严禁外传')}`),

  rec('report_ko', f`${mark('대외비')}
리스 포트폴리오 리스크 검토 — 2025년 1분기

1. 임차 항공사 A사: 최근 3개월 리스료 연체 (총 USD 1.2M), 구조조정 협의 중
2. MSN 9817 반납 검사에서 엔진 보어스코프 결과 이상 발견, 정비 적립금으로 충당 예정
3. 신규 계약 2건 LOI 단계

위 내용을 영어로 번역하고, 이사회 보고용으로 항목별 한 문장씩 요약해 주세요. ${mark('본 문서는 대외비로 분류되며 외부 반출을 금합니다.')}`),

  rec('doc_ru', f`${mark('Для служебного пользования')}
Порядок действий при срабатывании радиационного монитора на въездном КПП

1. Остановить движение по полосе, грузовик направить на площадку досмотра № 2.
2. Сообщить дежурному таможенного поста и начальнику смены.
3. До прибытия таможни водитель остаётся в кабине.

Сделай, пожалуйста, из этого короткую памятку на одну страницу для операторов КПП, крупным шрифтом.`),

  rec('email_pt_br', f`Assunto: ${mark('CONFIDENCIAL – USO INTERNO')} | Reajuste da tabela de preços para clínicas

Pessoal, a partir de 1º de março a tabela sobe em média 9%: coroa de zircônia de R$ 420 para R$ 460, protocolo sobre implante de R$ 3.900 para R$ 4.250. As clínicas parceiras com contrato anual mantêm o preço atual até o vencimento. Não comentem com clientes antes do comunicado oficial.

Pode reescrever esse e-mail deixando mais claro e organizado em tópicos?`),

  rec('email_it', f`Oggetto: ${mark('STRETTAMENTE RISERVATO')} – offerta per ATR 72-600 MSN 1412 a fine locazione

Buongiorno a tutti,
il locatario ci ha comunicato che non eserciterà l'opzione di rinnovo. Abbiamo ricevuto un'offerta d'acquisto da un operatore africano a USD 9,8 milioni, con consegna "as is, where is". Il valore di perizia è USD 10,4 milioni. Propongo di rispondere con una controfferta a 10,2.

Potresti sistemare il testo e renderlo più formale per il comitato investimenti?`),

  rec('doc_pl', f`Przetłumacz proszę na angielski, zachowując nagłówek i stopkę:

Plan sprzedaży Q2 2025 — segment logistyka
Cel: 38 nowych klientów, ARR +1,1 mln zł. Priorytet: operatorzy terminali i magazynów w Gdańsku i Gdyni. Rabaty powyżej 15% wyłącznie po zatwierdzeniu przez zarząd.

${mark('Dokument stanowi tajemnicę przedsiębiorstwa')} w rozumieniu ustawy o zwalczaniu nieuczciwej konkurencji.`),

  rec('report_nl', f`${mark('VERTROUWELIJK')}

Verslag incident internaat, nacht van 11 op 12 januari
Twee leerlingen van het meisjeshuis hebben na de avondronde het terrein verlaten en zijn om 01.40 uur door de nachtwacht teruggevonden bij het station. Ouders zijn dezelfde nacht gebeld. Gesprek met mentor en teamleider volgt.

${mark('Dit verslag is vertrouwelijk')} en uitsluitend bestemd voor de directie en de vertrouwenspersoon.

Kun je hier een korte, neutrale samenvatting van maken voor het teamoverleg, zonder namen?`),

  rec('doc_tr', f`${mark('HİZMETE ÖZEL')}
Konu: Gümrük X-ray tarama kuyruğunda yaşanan gecikmeler

Son iki haftada X-ray'e yönlendirilen konteyner sayısı %40 arttı, ortalama bekleme 19 saate çıktı. Gümrük müdürlüğü ile 27 Ocak'ta toplantı yapılacak. Bu bilgi müşterilerle paylaşılmayacaktır.

Bu metni toplantı için İngilizce bir özet haline getirebilir misin?`),

  rec('memo_ar_eg', f`${mark('سري للغاية')}
مذكرة لمجلس الأمناء — زيادة رسوم الإقامة الداخلية للعام الدراسي القادم

المقترح: زيادة ١٢٪ على رسوم السكن الداخلي، مع إعفاء جزئي لأبناء العاملين. لا يتم الإعلان لأولياء الأمور قبل اعتماد المجلس في اجتماع مارس.

محتاج نسخة إنجليزي مختصرة من المذكرة دي للعضو الأجنبي في المجلس.`),

  rec('report', f`Could you rewrite this safeguarding log entry so it's factual and free of opinion? It's going to the DSL.

${mark('CONFIDENTIAL — SAFEGUARDING')}
Log entry, Tuesday 14 January, 21:50, Nightingale House
A Year 10 boarder disclosed to the duty houseparent that she has been receiving messages from an older student at another school asking her to meet off-site. She seemed upset and asked that her parents not be told yet. Phone not taken; screenshots requested.

${mark('This record is confidential')} and must only be stored on CPOMS.`),

  rec('doc_ms', f`${mark('SULIT')}
Strategi harga untuk pelanggan sektor logistik Malaysia, 2025
Diskaun maksimum 18% untuk kontrak 2 tahun; 22% hanya dengan kelulusan CEO. Sasaran: 12 pelanggan baharu di Pelabuhan Klang sebelum Jun.

${mark('Dokumen ini SULIT dan tidak boleh diedarkan')} kepada pihak luar.

Tolong ringkaskan dalam bentuk 4 poin untuk mesyuarat jualan esok.`),

  rec('doc_uk', f`Зроби, будь ласка, короткий переклад англійською для інвестора:

${mark('Конфіденційно')}
Показники за 2024 рік: ARR 2,4 млн USD (+68 %), відтік клієнтів 7,1 %, NRR 118 %. План на 2025: вихід на ринок Польщі та Румунії, найм 6 людей у відділ продажів.

Стор. 1 · ${mark('Конфіденційна інформація — не для поширення')}`),

  rec('doc_vi', f`${mark('TÀI LIỆU NỘI BỘ – KHÔNG PHỔ BIẾN RA BÊN NGOÀI')}
Kế hoạch sắp xếp lại bãi B3 và B4 trong Tết Nguyên đán
- Dồn hàng rỗng sang B4 trước 25/01
- B3 ưu tiên hàng lạnh, bổ sung 40 ổ cắm reefer tạm
- Tăng ca RTG từ 27/01 đến 02/02

Bạn tóm tắt giúp thành 3 gạch đầu dòng bằng tiếng Anh cho đối tác hãng tàu nhé.`),

  rec('minutes_lv', f`Lūdzu, pārtulko šo izrakstu angliski valdes loceklim no Somijas, saglabājot virsrakstu:

${mark('KONFIDENCIĀLI')}
Termināļa valdes sēdes protokola izraksts, 2025. gada 14. janvāris
1. Apstiprināt investīcijas 3,2 milj. EUR divu jaunu RTG celtņu iegādei, piegāde 2025. gada oktobrī.
2. Konteineru glabāšanas tarifus no 1. aprīļa paaugstināt par 6 %.
3. Vārtu darba laiku pagarināt līdz plkst. 24.00 no februāra.
${mark('Dokuments ir konfidenciāls')} līdz oficiālam paziņojumam klientiem.`),

  rec('email_da', f`Kan du skrive et kort, venligt svar til lejeren om, at vi har modtaget deres udnyttelsesrapport for december, og at fakturaen for vedligeholdelsesreserver følger i næste uge?

Deres mail sluttede med:
--
Mette Sørensen
Fleet Technical Records, Nordic Regional Air
${amb('confidential.marking', 'Denne e-mail og eventuelle vedhæftede filer er fortrolige og kun beregnet for modtageren.')} Hvis du har modtaget den ved en fejl, bedes du give afsenderen besked og slette den.`),
];
