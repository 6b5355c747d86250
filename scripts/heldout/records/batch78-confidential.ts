/**
 * Held-out batch 78: classification markings on hotel-operations memos, clinic plans, trading
 * notes, user-acquisition budgets, strike strategy papers and OT security advisories, in many
 * languages, and look-alikes. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH78_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('COMPANY CONFIDENTIAL')}
From: Hotel Director, MS Aurelia Star
To: Fleet Hotel Operations
Subject: Winter 2025 manning — housekeeping and F&B

We propose reducing cabin stewards from 1:14 to 1:16 cabins on the Caribbean rotation and merging the two lunch venues on sea days. Net saving approx. USD 1.1m per season; 38 positions not re-hired at contract end.

Please turn this into a half-page briefing for the Fleet VP, neutral tone.`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – Tarifas de agencia 2025 (Cartagena y Santa Marta)

Equipo,

Nuestra propuesta al agente es bajar la tarifa por escala de USD 2.450 a USD 2.100 a cambio de garantizar 46 escalas. Si no aceptan, tenemos oferta de otra agencia a USD 1.980.

¿Me ayudas a redactar la respuesta al agente sin revelar la otra oferta?`),

  rec('doc_de', f`${mark('STRENG VERTRAULICH')} — nur für die Geschäftsführung

Standortplanung Dialyse Süd 2025
Das Zentrum Rosenheim wird zum 30.06.2025 geschlossen; die 64 Patientinnen und Patienten werden auf Traunstein und Bad Aibling verteilt. Gespräche mit dem Betriebsrat ab Februar.

Formuliere daraus bitte drei Kernbotschaften für die Betriebsversammlung (ohne Schließungsdatum).`),

  rec('report_fr', f`Classification : ${mark('CONFIDENTIEL – DIFFUSION RESTREINTE')}
Analyse d'événement indésirable — centre de Lille, 17/10/2024
Une erreur de réglage du bain de dialyse (sodium 145 au lieu de 138 mmol/L) a concerné 6 séances. Aucune conséquence grave constatée.

Peux-tu reformuler la section « causes » en langage moins technique pour le comité qualité ?`),

  rec('trading_note', f`${mark('STRICTLY PRIVATE AND CONFIDENTIAL')}
Kestrel Agri & Metals — Desk note, 4 Nov
We are long 42kt Black Sea wheat for Dec/Jan shipment against short Matif March. Plan: roll 50% into May if the spread widens beyond EUR 9/t; keep the Egyptian tender optionality open.

Summarise this in two bullet points for the risk committee.`),

  rec('email_nl', f`Onderwerp: ${mark('VERTROUWELIJK')} – geschil accreditief KCLC-24-0917

Beste Pieter,

De bank weigert de documenten vanwege een afwijking in het fytosanitair certificaat. Ons voorstel is een waiver van de koper te vragen in plaats van de documenten opnieuw aan te bieden.

Kun je dit in het Engels zetten voor de advocaat in Londen?`),

  rec('slide_ko', f`${mark('대외비')} — UA 예산안 2025 Q1
- 전체 예산: 42억 원 (전 분기 대비 +18%)
- 채널: Meta 45%, Google 30%, AppLovin 15%, TikTok 10%
- 목표 ROAS D30: 38%

이 슬라이드 내용을 영어로 간단히 요약해 줘.`),

  rec('doc_ja', f`【${mark('社外秘')}】新作パズルゲーム「Moth Merge 2」ソフトローンチ計画
地域：フィリピン・デンマーク（2025年2月）
KPI目標：D1継続率 42%、D7 15%、ARPDAU 0.09 USD

この資料の要点を3行でまとめてください。`),

  rec('doc_da', f`${mark('FORTROLIGT')} – kun for hovedbestyrelsen

Strategi for overenskomstforhandlinger, havneområdet 2025
Vi går efter 4,5 % over to år; smertegrænsen er 3,8 %. Strejkevarsel kan tidligst afgives 1. marts. Strejkekassen rækker til ca. 11 uger med fuld konfliktstøtte.

Lav en kort version til medlemsbladet uden tal og uden smertegrænsen.`),

  rec('email_pt', f`Assunto: ${mark('CONFIDENCIAL')} — contraproposta à operadora portuária

Companheiros da diretoria,

A empresa ofereceu 5,2% de reajuste. Nossa contraproposta será 7,5% mais PLR fixa; aceitamos fechar em 6,4% se o adicional noturno for mantido.

Podem revisar o texto antes da assembleia de sexta?`),

  rec('advisory', f`${mark('TLP:AMBER')}
OT advisory — geothermal sector peer group, 28 Oct 2024
Several plants reported brute-force attempts against vendor remote-access portals of a common DCS supplier, from rented VPS ranges. No compromise confirmed. Share only within your organisation and with your OT contractors who need to know.

Draft an internal notice for our contractor-access policy based on this, without quoting the advisory.`),

  rec('doc_is', f`${mark('TRÚNAÐARMÁL')}
Minnisblað til stjórnar — borun vinnsluholu HV-16
Kostnaðaráætlun hefur hækkað úr 1,9 í 2,6 milljarða kr. vegna hrunins fóðurrörs á 1.200 m dýpi.

Geturðu þýtt þetta á ensku fyrir erlenda fjárfestinn?`),

  rec('doc_zh', f`${mark('机密')}
地热电站汽轮机大修项目 — 承包商比价
A公司：报价 1,280 万元，工期 42 天
B公司：报价 1,105 万元，工期 55 天
建议：选择A公司，原因是停机损失每天约 9 万元。

帮我把这个比价结论改写得更正式一些。`),

  rec('email_ru', f`Тема: ${mark('КОНФИДЕНЦИАЛЬНО')} — условия по никелю на 2025 год

Коллеги, поставщик готов дать скидку 35 USD/т к LME при объёме от 6 000 т в год, но просит предоплату 20 %. Прошу не пересылать это письмо за пределы отдела.

Помоги сформулировать ответ поставщику на английском.`),

  rec('email', f`Hi all,

Attached is the draft agreement with the Lemolo drilling contractor. ${mark('this document is confidential')} and must not be forwarded to other bidders before the award on 15 November.

Thanks,
Wanjiru

→ please shorten this and make it sound less stiff`),

  rec('chat', f`How do I stop Word from putting "${amb('confidential.marking', 'HIGHLY CONFIDENTIAL')}" in the footer of every new document? Someone changed our Normal.dotm template at the union office and now even the newsletter drafts have it.`, 'a marking quoted in a formatting question: ambiguous'),
];
