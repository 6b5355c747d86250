/**
 * Held-out batch 112: classification markings in investment memos, ethics-committee minutes,
 * fraud reports, transplant audit notes, housing-office circulars and WMS project documents, in
 * many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH112_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL – INVESTMENT COMMITTEE ONLY')}

Project Fjord – secondary purchase of LP interests (EUR 180m NAV, 12 funds, 2014–2019 vintages)
Seller: a Nordic insurer rebalancing; price indication 91 % of Q3 NAV.
Recommendation: proceed to binding bid subject to GP consents.

Condense this into a one-page IC summary. Keep the marking on top.`),

  rec('email_de', f`Betreff: ${mark('VERTRAULICH')} – Votum Ethikkommission zu Studie NTX-07

Liebe Kolleginnen und Kollegen,

anbei der Entwurf des Votums. Die Kommission hat Bedenken bezüglich der Rekrutierung von Lebendspendern über soziale Medien. Bitte nicht an den Sponsor weiterleiten, bevor die Sitzung am 18.03. abgeschlossen ist.

Dieses Dokument ist ${mark('streng vertraulich')} und nur für Mitglieder der Kommission bestimmt.

Bitte die Kernpunkte in fünf Sätzen zusammenfassen.`),

  rec('report_fr', f`${mark('DIFFUSION RESTREINTE')}
Rapport d'enquête fraude – programme de fidélité, février 2025

Synthèse : un réseau d'environ 40 comptes créés avec des adresses jetables a transféré 2,1 millions de miles vers trois comptes « collecteurs », puis converti les miles en billets primes revendus sur un forum.

Pied de page : ${mark('Confidentiel – usage interne')}

Peux-tu en faire une version en anglais pour le comité des risques ?`),

  rec('slide_notes', f`Speaker notes for the board deck on the AutoStore expansion (footer on each slide: "Kargo Logistics · ${mark('Confidential')} · Draft v4"):
- Capex EUR 14.2m, payback 3.8 years at current wage inflation
- 2 sites (Duisburg, Łódź), go-live Q2 2026
- Union consultation starts after board approval
Make these notes punchier.`),

  rec('minutes_nl', f`${mark('VERTROUWELIJK')}
Notulen toewijzingscommissie sociale huur, 6 maart 2025

Aanwezig: voorzitter, twee consulenten, jurist.
1. Urgentieaanvraag dossier 2025-U-118: toegekend (medische indicatie).
2. Bezwaar dossier 2024-B-077: afgewezen.
3. Evaluatie nieuw puntensysteem: uitstel tot april.

Maak hier een korte publieksversie van zonder dossierinformatie.`),

  rec('chat_es', f`Tengo que enviar el acta del comité de ética a los investigadores. El encabezado dice "${mark('CONFIDENCIAL – NO DIFUNDIR')}" y el pie "${mark('Documento de uso restringido')}". ¿Puedo quitar esas marcas en la versión que va a los investigadores o deben mantenerse?`),

  rec('audit_it', f`${mark('RISERVATO')} – Audit interno Centro Trapianti, processo allocazione reni 2024

Rilievo 3: in due casi l'ordine della lista d'attesa è stato modificato manualmente senza motivazione documentata.
Rilievo 5: i verbali del turno di reperibilità non riportano l'orario di accettazione dell'offerta.

Aiutami a scrivere le azioni correttive.`),

  rec('chat_pl', f`Dokument z zarządu ma w nagłówku „${mark('ŚCIŚLE TAJNE')}", a w stopce „${mark('Poufne – tylko do użytku wewnętrznego')}". To plan zamknięcia starego magazynu w Strykowie. Napisz mi z tego komunikat dla pracowników, ale bez szczegółów finansowych.`),

  rec('email_ru', f`Тема: ${mark('Для служебного пользования')}: отчёт по мошенничеству с бонусными милями, Q1

Коллеги, направляю сводку. Основная схема — покупка миль украденными картами с последующим оформлением премиальных билетов на третьих лиц. Документ ${mark('конфиденциальный')}, прошу не пересылать за пределы отдела.

Сделай, пожалуйста, краткое резюме на английском.`),

  rec('chat_ja', f`社内資料の表紙に「${mark('社外秘')}」とあり、各ページのフッターには「${mark('取扱注意')}」と書かれています。この倉庫ロボット導入計画の要点を3行でまとめてください。`),

  rec('memo_sv', f`${mark('KONFIDENTIELLT')}
PM till investeringskommittén – Infrastruktur Co-invest "Projekt Älv"

Vi föreslår ett åtagande om 45 MSEK i fiberutbyggnaden tillsammans med huvudfonden. Due diligence klar, juridisk granskning pågår.

Skriv om PM:et som ett kort e-postmeddelande till styrelsen.`),

  rec('tlp_advisory', f`${mark('TLP:AMBER+STRICT')}
Airline ISAC bulletin 2025-03: credential-stuffing wave against frequent-flyer portals, residential proxy pool, ~4k login attempts/min peak. Recommended: step-up auth before award redemption, block reused device fingerprints.

Turn this into an internal action list for our loyalty fraud team.`),

  rec('chat_ar', f`في رأس التقرير مكتوب "${mark('سري للغاية')}" وهو عن تقييم صندوق الاستثمار الخاص قبل الاستحواذ. أريد ملخصاً من ثلاث نقاط لرئيس اللجنة فقط.`),

  rec('chat_tr', f`Belgenin üstünde "${mark('GİZLİDİR')}" yazıyor; sosyal konut tahsis puanlama kriterlerinde yapılacak değişiklikleri anlatıyor. Bunu vatandaşlara duyuru metni olarak sadeleştirebilir misin? Puan eşikleri henüz açıklanmayacak.`),

  rec('email_en', f`Subject: Draft LPA side letter – Fund VIII

Hi Marta,

attached is our mark-up of the side letter (MFN, ESG reporting, co-invest rights). Please treat as ${mark('privileged and confidential')} until the GP's counsel has responded.

Best,
Oliver

${amb('confidential.marking', 'This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.')}

Can you list the three most important open points?`),

  rec('chat_ko', f`문서 상단에 "${mark('대외비')}"라고 표시된 장기이식 코디네이터 업무 매뉴얼 개정안입니다. 변경된 야간 연락 절차만 요약해 주세요.`),
];
