/**
 * Held-out batch 109: classification markings in memos, leaked documents, settlement notices,
 * donor-centre audits and NGO reports, in many languages. Hand-written.
 */
import { f, phone, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH109_CONFIDENTIAL: DraftRecord[] = [
  rec('leaked_doc_de', f`Ein Informant hat uns dieses Dokument zugespielt. Bitte fasse es neutral zusammen, ohne zu werten:

${mark('VS – NUR FÜR DEN DIENSTGEBRAUCH')}
Hafenbehörde – Referat Vergabe
Vermerk zur Ausschreibung Nassbaggerung 2021/14
Nach Rücksprache mit der Geschäftsführung wird die Leistungsbeschreibung in Abschnitt 3.2 (Mindestkapazität Hopperbagger) angepasst. Die bereits eingegangenen Angebote sind davon nicht berührt.`),

  rec('memo_en', f`${mark('STRICTLY PRIVATE & CONFIDENTIAL')}

To: Head of Sovereign Settlements
From: Operations Risk
Re: Fails on the 10Y OAT line, week 44

Three DVP fails with the same tri-party agent, total nominal EUR 215m. Root cause appears to be a mismatched place of settlement in the SSI static. Proposed: freeze SSI changes until the dual-control workflow is live.

Please make this into a one-page incident summary for the COO.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – audit hémovigilance site de Lyon

Bonjour à tous,

Le rapport d'audit interne relève deux écarts de traçabilité sur les poches de plasma (étiquetage ISBT 128 non rescanné après centrifugation). Merci de ne pas diffuser ce document en dehors du comité qualité.

Peux-tu en faire un plan d'action en 5 points ?`),

  rec('ngo_report', f`${mark('TLP:AMBER')}
Protection incident summary – cash programme, North-East region, October

Two field teams reported that armed men at a checkpoint demanded a share of cash received by beneficiaries. No staff injured. Distribution at site B suspended pending security review.

Rewrite this for the donor update without operational detail. Keep the marking.`),

  rec('memo_ru', f`Переведи на английский, сохраняя гриф:

${mark('ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ')}
Служебная записка
О переносе расчётов по ОФЗ-ПД 26238 в связи с техническим сбоем у депозитария. Расчёты по сделкам от 04.11 переносятся на 06.11.`),

  rec('slide_ja', f`このスライドの要点を英語で3行にまとめてください。

【${mark('社外秘')}】
2025年度 フリート車両テレマティクス更新計画
・全車両の車載器を4G→LTE-Mへ移行（約3,800台）
・事故時の自動通報機能を標準搭載
・予算：2.1億円`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} — reclamación de daños flota Málaga

Equipo,

Adjunto el informe del perito sobre los 14 vehículos dañados por granizo. Este documento es ${mark('confidencial')} y no debe reenviarse al taller hasta que la aseguradora confirme la cobertura.

Saludos,
Lorena Gil
Siniestros – Región Sur
Tel. ${phone('+34 612 48 27 36')}

¿Me ayudas a resumir el informe en una tabla?`, 'inline statement in the body labelled as a second marking'),

  rec('memo_ko', f`${mark('대외비')}
온실 관수 자동화 2단계 사업 계획
- 양액 EC/pH 센서 48개 추가
- 구역별 점적관수 밸브 원격 제어
- 예상 투자비 3억 2천만 원

위 내용을 투자위원회용 영어 요약으로 바꿔주세요.`),

  rec('chat_ar', f`ترجم هذا العنوان والفقرة الأولى إلى الإنجليزية:

${mark('سري للغاية')}
تقرير داخلي حول تأخر تسوية سندات الخزينة لأجل 5 سنوات بسبب عطل في نظام المقاصة المركزي يوم 3 نوفمبر.`),

  rec('doc_tr', f`${mark('GİZLİ')} — ${mark('Yalnızca kurum içi kullanım içindir')}
Nakit Transferi Programı – Hak Sahipliği Doğrulama Raporu (Ekim)
Mükerrer kayıt oranı %2,4; 118 hane yeniden doğrulamaya alındı.

Bunu bağışçıya gönderilecek kısa bir İngilizce özete çevir.`),

  rec('email_pl', f`Temat: ${mark('POUFNE')}: raport z audytu stacji krwiodawstwa

Dzień dobry,
w załączeniu raport z kontroli – proszę nie przekazywać go dalej. Najważniejsze: temperatura w chłodni nr 2 przekroczyła 6°C przez 40 minut 28.10.

Zrób z tego krótką notatkę dla dyrektora.`),

  rec('newsroom_memo', f`${mark('EMBARGOED – CONFIDENTIAL')} until 06:00 Thursday

Editor's note: the harbour-contracts story runs Thursday print and online. Legal has cleared sections 1–4; section 5 (the consultant's payments) still under review. Do not discuss with the port authority's press office before publication.

Draft the social posts for Thursday morning (no names from section 5).`),

  rec('doc_nl', f`Kun je de kern van dit memo in drie bullets zetten?

${mark('VERTROUWELIJK')}
Kwekerij De Westhoek – investeringsvoorstel recirculatie drainwater
Terugverdientijd 3,4 jaar bij huidige waterprijs. Subsidie via MIA/Vamil aangevraagd.`),

  rec('doc_uk', f`${mark('КОНФІДЕНЦІЙНО')}
Звіт про моніторинг після розподілу грошової допомоги, Харківська область
Частка домогосподарств, що витратили кошти на оренду житла: 46 %.

Переклади англійською для донора, гриф залиш.`),

  rec('email_en_in', f`Subject: Settlement calendar change – ${mark('INTERNAL ONLY')}

Hi team,
Please note the G-Sec settlement for the 7.10% GS 2034 tranche moves to T+1 from Monday. This note is ${mark('internal only')} and must not be forwarded to brokers.

Regards,
Back Office

Rephrase this more formally please.`),

  rec('doc_fi', f`${mark('SALAINEN')}
Veripalvelun toimipisteiden yhdistämissuunnitelma 2025
Tampereen ja Hämeenlinnan luovutuspaikat yhdistetään kesäkuusta alkaen.

Tee tästä lyhyt tiedote henkilöstölle (älä mainitse aikataulua).`),
];
