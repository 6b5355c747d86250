/**
 * Held-out batch 79: classification markings — trial protocols and DSMB minutes, family-office
 * memos, a newspaper's pricing plan, a distributor's tender, a traffic centre's security advisory —
 * in headers, subjects, footers and inline, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH79_CONFIDENTIAL: DraftRecord[] = [
  rec('protocol_en', f`${mark('CONFIDENTIAL')} — Property of Cardiora Therapeutics Ltd. Do not copy or distribute without written permission.

Protocol CRD-207-03, Amendment 2 (v4.0, 18 Nov 2024)
Section 6.2 Exclusion criteria — revised: eGFR < 30 mL/min/1.73 m² (was < 45); prior SGLT2 inhibitor within 8 weeks.

Summarise what changed for the site staff in three bullet points.`),

  rec('dsmb_minutes_en_gb', f`DSMB closed session minutes — ${mark('STRICTLY CONFIDENTIAL: CLOSED SESSION')}
Trial: HEART-7 | Meeting: 28 Nov 2024 | Unblinded statistician present

The Board reviewed unblinded SAE data by arm. Imbalance in hepatic events (arm B 7 vs arm A 2) noted; recommendation to continue unchanged with an ad-hoc review in 8 weeks.

Can you turn this into the short open-session letter to the sponsor without revealing any arm-level data?`),

  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – nur für die Familienmitglieder und den Beirat

Familienbüro Reichenbach – Beiratssitzung 12/2024
TOP 3: Veräusserung der Minderheitsbeteiligung an der Brauerei (Angebot CHF 41 Mio., Frist 31.01.2025).
TOP 4: Neuordnung der Begünstigten der Stiftung nach dem Tod von Herrn R. sen.

Bitte fasse die Entscheidungsvorlage auf eine Seite zusammen.`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – Nueva tarifa de suscripción digital 2025

Equipo,

A partir del 15 de enero subiremos la suscripción digital mensual de 7,99 € a 9,99 € y eliminaremos la oferta de 1 € el primer mes. No comentéis nada con el equipo de redacción hasta el anuncio oficial.

¿Me ayudas a preparar las preguntas frecuentes para atención al cliente?`),

  rec('tlp_advisory_nl', f`${mark('TLP:AMBER')}

Beveiligingsadvies verkeersregelinstallaties – 02-12-2024
Bij VRI's van type TC-9 is de onderhoudspoort (TCP 7002) zonder authenticatie bereikbaar vanaf het beheernetwerk. Leverancier werkt aan firmware 4.11. Tijdelijk: poort blokkeren op de kastswitches.

Kun je hier een korte werkinstructie voor de storingsdienst van maken?`),

  rec('tender_it', f`${mark('RISERVATO – USO INTERNO')}

Gara ASL Veneto 2025 – fornitura farmaci veterinari e vaccini per allevamenti
Nostro sconto massimo sul listino: 18,5 % (margine minimo 6 %). Concorrente principale: VetSud, atteso al 16 %.

Riscrivi questa nota come email al direttore commerciale.`),

  rec('board_pack_fr', f`Pied de page de chaque diapositive : « ${mark('Document confidentiel – Diffusion restreinte')} »

Diapo 4 – Engagements private equity 2025 : 3 fonds, 12 M€ au total, dont 5 M€ dans un fonds de dette privée.
Diapo 5 – Liquidité : maintenir 18 mois de dépenses du family office en monétaire.

Peux-tu rédiger les notes de l'orateur pour ces deux diapositives ?`),

  rec('email_pl', f`Temat: ${mark('POUFNE')} – wyniki audytu agenta celnego

W trakcie audytu stwierdzono 14 zgłoszeń celnych z błędnym kodem taryfy dla baterii litowych (UN3481). Ryzyko korekty cła ok. 210 tys. zł. Proszę nie przekazywać dalej do czasu rozmowy z zarządem.

Przetłumacz na angielski dla centrali w Hamburgu.`),

  rec('slide_ja', f`スライドのヘッダー:「${mark('社外秘')}」

2025年度 交通管制センター更新計画
・信号制御機 420基のうち 160基を更新(予算 18億円)
・ANPRカメラの保存期間を 30日から 14日に短縮

この内容で市議会向けの説明資料の要点を 5 つにまとめてください。`),

  rec('memo_ko', f`[${mark('대외비')}] 임상시험 모니터링 결과 보고

서울 2번 기관에서 동의서 버전 오류 3건, 원자료 누락 5건 확인. 스폰서 보고 전 내부 검토 필요.

이 보고서를 영어로 번역해 주세요.`),

  rec('email_ru', f`Тема: ${mark('Коммерческая тайна')}. Условия договора с авиаперевозчиком на 2025 год

Коллеги, ставка на маршруте SVO–PVG снижена до 2,35 USD/кг при гарантированном объеме 80 т в месяц. Информация не подлежит разглашению клиентам.

Составь, пожалуйста, краткое резюме для отдела продаж.`),

  rec('report_sv_inline', f`Rapport: Prisstrategi för veterinärvacciner, Norden 2025

${mark('Detta dokument är konfidentiellt')} och får inte delas utanför ledningsgruppen.

Vi föreslår en prishöjning på 4,5 % för nötkreatursvacciner och oförändrade priser för sällskapsdjur.

Gör en kort sammanfattning på engelska.`),

  rec('email_disclaimer_en_ke', f`Please help me reply to this e-mail from the freight forwarder in Nairobi, they say our DG paperwork for the lithium batteries is incomplete:

"Dear Sir/Madam, shipment 706-55819203 (NBO–AMS) is on hold. The Shipper's Declaration is missing the UN number for item 2 and the packing instruction. Please resend before the 16:00 cut-off.
Regards, Export Desk

${amb('confidential.marking', 'This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.')}"`),

  rec('note_tr', f`${mark('HİZMETE ÖZEL')}

Belediye Trafik Yönetim Merkezi – Kavşak kameraları veri paylaşım protokolü taslağı
Emniyet Müdürlüğü ile görüntüler yalnızca yazılı talep üzerine paylaşılır; saklama süresi 15 gün.

Bu taslağı daha resmi bir dille yeniden yazar mısın?`),

  rec('memo_he', f`${mark('סודי ביותר')} – לעיני הנהלת המשרד המשפחתי בלבד

סיכום פגישה: החלטה להשקיע 4 מיליון דולר בקרן הון סיכון ישראלית בתחום הביוטק, בכפוף לבדיקת נאותות עד סוף ינואר.

תתרגם לאנגלית בבקשה.`),
];
