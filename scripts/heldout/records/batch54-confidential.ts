/**
 * Held-out batch 54: classification markings in board papers, legal advice, incident notes and
 * audit reports in many languages, plus look-alikes that mark nothing. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH54_CONFIDENTIAL: DraftRecord[] = [
  rec('board_paper', f`${mark('STRICTLY PRIVATE AND CONFIDENTIAL')}
Board of Trustees – Part B (closed session)
Item 7: Serious incident review, in-patient unit, September

Summary: a controlled-drug discrepancy (diamorphine 10 mg ampoules, 3 unaccounted) was identified at the weekly CD check. The police and the CQC have been notified. One registered nurse is suspended pending investigation.

Please rewrite the summary in plain language for the trustees who are not clinicians. Keep it neutral.`),

  rec('doc_ga', f`${mark('RÚNDA')} – don Bhord amháin
Athbhreithniú ar mhaoiniú 2025: tá easnamh €340,000 tuartha mura n-athnuafar an deontas ón bhFeidhmeannacht Seirbhíse Sláinte. Moltar dhá leaba a dhúnadh go sealadach ó Eanáir.

Aistrigh an dá abairt seo go Béarla, le do thoil, don chruinniú.`),

  rec('email', f`Subject: ${mark('COMMERCIAL IN CONFIDENCE')} – FAK rates Q1 2025, North Europe–West Africa

Hi Tunde,

Ahead of Thursday: our proposal is USD 2,150/20' and 3,400/40' HC all-in from Antwerp to Lagos/Apapa, valid 1 Jan – 31 Mar, minimum 120 TEU per quarter. Free time 14 days combined at destination.

Can you make this email sound less pushy but keep the figures?`),

  rec('memo_da', f`${mark('FORTROLIGT')}
Til: Direktionen
Vedr.: Salg af M/V Norvale Tundra (bygget 2006, 4.250 TEU)

Mæglerens vurdering ligger på USD 17–19 mio. To købere har vist interesse. Vi foreslår at acceptere det højeste bud inden årsskiftet af hensyn til CII-ratingen.

Oversæt venligst til engelsk til bestyrelsesmødet.`),

  rec('report_ru', f`${mark('Конфиденциально')}
Рапорт капитана т/х «Norvale Aurora» о дисциплинарном нарушении
Дата: 14.11.2024, порт Антверпен

Матрос 1 кл. прибыл на борт в состоянии алкогольного опьянения за 2 часа до отхода, отказался от теста. Отстранён от вахты, направлен на repatriation за счёт компании согласно CBA.

Переведи на английский для отдела кадров, нейтральным тоном.`),

  rec('email', f`Subject: ${mark('PRIVILEGED & CONFIDENTIAL – LEGAL ADVICE')}

Dear Amira,

Counsel's view is that the refusal under paragraph 9.8.1 is open to challenge: the previous overstay was 27 days and arose from a COVID flight cancellation, which the caseworker did not address. We recommend a pre-action letter before issuing a judicial review claim.

${mark('This email is legally privileged and confidential.')} Please do not forward it.

Can you draft a summary of the options for the client in plain English?`, 'header marking and inline statement both labelled'),

  rec('memo_tr', f`${mark('GİZLİDİR')}
Konu: İstanbul ofisi – vize başvuru danışmanlığı ortaklığı

Ortaklık teklifinde komisyon oranı %18 olarak belirlenmiştir. Rakip büroya aynı oran önerilmemelidir.

Bu notu İngilizceye çevirir misin? Ortaklara gidecek.`),

  rec('doc_ko', f`${mark('대외비')} – 2025 라이브옵스 로드맵 (초안 v0.3)

1분기: 시즌 패스 개편, 길드전 베타
2분기: 중국 퍼블리셔 출시 (ISBN 승인 대기)
가격: 월정액 9,900원 → 12,900원 인상 검토

이 내용을 영어 슬라이드 3장 분량으로 요약해 줘. 가격 인상은 "검토 중"으로만 표현해 줘.`),

  rec('doc_ja', f`【${mark('社外秘')}】ガチャ排出率変更の社内告知（案）

12月のアップデートで、SSR の排出率を 3.0% から 2.5% に変更し、天井を 200 連から 150 連に引き下げます。景品表示法上の表示は法務確認済み。

この告知文をもっと分かりやすく書き直してください。`),

  rec('advisory', f`${mark('TLP:AMBER')}
Credential-stuffing campaign against mobile game accounts – shared by a peer studio

Since 10 Nov, bursts of ~40k login attempts per hour from residential proxies, targeting accounts with high gem balances. Successful takeovers are followed by gifting items to mule accounts within minutes.

Help me write a short internal summary for our support team and a list of generic mitigations. Don't include anything identifying the peer studio.`),

  rec('report_fi', f`${mark('LUOTTAMUKSELLINEN')}
Tutkintaraportti: Listeria-löydös, tuotantolinja 2 (tuorejuusto)
Näytteenottopäivä 12.11.2024, tulos positiivinen 14.11. Erä 2411-118 vedetty markkinoilta. Juurisyynä epäillään viemärikaivoa pakkauskoneen alla.

Käännä englanniksi konsernin laatujohtajalle.`),

  rec('audit_de', f`${mark('VERTRAULICH – NUR FÜR DEN INTERNEN GEBRAUCH')}
Interne Auditierung Qualitätslabor, 05.11.2024
Abweichung 3 (schwer): Kalibrierung der Pipetten seit 14 Monaten überfällig. Ergebnisse der Fettbestimmung daher nur eingeschränkt belastbar.

Formuliere daraus bitte einen Maßnahmenplan mit Verantwortlichen und Fristen.`),

  rec('email_no', f`Emne: ${mark('KONFIDENSIELT')}: Forhandlinger med melkeprodusentene

Hei alle,
Vi går inn med et tilbud på 6,40 kr/liter for 2025, men har mandat opp til 6,55. Ikke del tallene utenfor ledergruppen.

Kan du gjøre e-posten kortere?`),

  rec('doc_ca', f`${mark('CONFIDENCIAL')} – Recursos Humans, Biblioteques de la Ciutat
Expedient disciplinari obert a un tècnic auxiliar per absències reiterades sense justificar (12 dies des de setembre). Audiència prevista el 4 de desembre.

Redacta'm una convocatòria formal a la reunió, sense entrar en els detalls de l'expedient.`),

  rec('agreement_pt', f`Acordo de doação – Espólio fotográfico de Armando Reis
Cláusula 6.ª: Os negativos relativos a 1974–1976 ficam com acesso restrito durante 25 anos. ${mark('O presente acordo é confidencial')} e não pode ser divulgado sem o consentimento de ambas as partes.

Resume as cláusulas principais em inglês para o diretor do arquivo.`),

  rec('doc_uk', f`${mark('Для службового користування')}
Перелік суден, що заходитимуть до порту Одеса у грудні, та склад екіпажів.

Склади, будь ласка, короткий супровідний лист англійською до нашого агента, без переліку суден.`),

  rec('email_footer', f`Thanks for the scans, we'll upload them to the catalogue next week.

Best,
Lorna
City Archives – Digitisation Team

${amb('confidential.marking', 'This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.')} If you have received this e-mail in error please notify the system manager.`),

  rec('chat', f`Our hospice volunteers keep asking what "patient confidentiality" means for them when they chat with families in the café. Can you write a one-page guide in friendly language?`),

  rec('chat', f`Ich bin mir nicht sicher, ob die Prüfberichte unseres Labors als "vertraulich" gelten, wenn ein Kunde sie anfordert. Gibt es eine Regel in der ISO 17025 dazu?`),

  rec('chat_lt', f`Ar galėtum paaiškinti, kuo skiriasi „konfidenciali informacija“ ir „komercinė paslaptis“ Lietuvos teisėje? Klientas klausia apie mūsų frachto tarifus.`),
];
