/**
 * Held-out batch 36: classification markings in surveillance reports, board papers, tenders,
 * memos and slides (English, Japanese, Polish, Bulgarian, Portuguese, French, Albanian,
 * Azerbaijani, Uzbek, Dutch, Filipino), plus look-alikes. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH36_CONFIDENTIAL: DraftRecord[] = [
  rec('email', f`From: Head of Market Surveillance
To: Listing Committee secretariat
Subject: [${mark('STRICTLY CONFIDENTIAL')}] Case MS-2025-014 — draft referral

Three linked accounts accumulated 4.1% of the free float over six sessions; the price rose 11% before the profit warning was withdrawn. We are considering a referral to the SFC and would like the Committee's view on Thursday.

→ can you turn this into a two-paragraph note in the same tone, and suggest a better subject line?`),

  rec('memo_ja', f`【${mark('極秘')}】売買審査部 内部資料

件名：2月14日の株価急騰に関する一次調査結果
・特定の3口座が引け前10分間に集中的に買い注文
・同一IPアドレスからの発注を確認（証券会社経由で照会中）

上記を役員向けに3行で要約してください。`),

  rec('board_pl', f`${mark('POUFNE')} — Materiały na posiedzenie Zarządu, 26.02.2025

Punkt 4: Reorganizacja regionalnych centrów krwiodawstwa
Proponujemy połączenie dwóch oddziałów terenowych i przeniesienie pracowni serologii do centrum wojewódzkiego od 1 lipca. Skutek: 14 etatów do przesunięcia.

Zredaguj to jako krótką notatkę dla kierowników oddziałów, bez liczby etatów.`),

  rec('contract_bg', f`${mark('СТРОГО ПОВЕРИТЕЛНО')}
Проект на анекс №3 към договора за строителство на ферибот F-42
Неустойка за забава: 0,05% на ден, максимум 7% от цената.
Нова дата на доставка: 30.09.2025.

Преведи на английски за корабособственика, но без ред "максимум 7%".`),

  rec('email_pt', f`Assunto: ${mark('CONFIDENCIAL')} — lista de espera renal, revisão de critérios

Caros membros da comissão,

Em anexo a proposta de revisão da pontuação por tempo em diálise. ${mark('Este documento é confidencial')} e destina-se exclusivamente à comissão técnica até à sua aprovação.

Cumprimentos,
Coordenação Nacional de Transplantação

→ reescreve o segundo parágrafo de forma mais clara`),

  rec('memo_fr_be', f`${mark('CONFIDENTIEL')} — NE PAS DIFFUSER

Note à la direction — Projet « Lagune »
Extension du parc de Wavre : acquisition des 6 ha de terrain agricole voisins, prix négocié 2,1 M€. Annonce prévue après signature chez le notaire le 20 mars.

Peux-tu en faire un résumé de trois phrases pour le conseil d'administration ?`),

  rec('report_fr_ma', f`Classification : ${mark('DIFFUSION RESTREINTE')}
Direction de la Surveillance des Marchés

Rapport trimestriel — T4 2024 : 37 alertes traitées, 4 dossiers transmis à l'autorité, dont 2 pour manipulation de cours présumée sur des valeurs peu liquides.

Merci de reformuler ce paragraphe de façon plus synthétique.`),

  rec('memo_sq', f`${mark('KONFIDENCIALE')}
Për: Drejtorët e degëve të autoshkollës
Lënda: Rishikimi i tarifave nga 1 prilli

Tarifa për kategorinë B rritet nga 38 000 në 42 000 lekë. Mos e ndani me kandidatët para njoftimit zyrtar.

Përkthe në anglisht, të lutem.`),

  rec('memo_az', f`${mark('MƏXFİ')} — yalnız filial rəhbərləri üçün

Sürücülük kursu şəbəkəsinin 2025-ci il planı: Sumqayıt filialının bağlanması və tələbələrin Bakı-Nərimanov filialına köçürülməsi. Elan aprelin 1-dək edilməməlidir.

Bunu ingilis dilinə tərcümə et və qısalt.`),

  rec('doc_uz', f`${mark('MAXFIY')}
Agrovoo O'zbekiston — 2025-yil investitsiya rejasi
Qashqadaryo va Buxoro viloyatlarida 18 ta yangi purkagich dron, jami 410 ming AQSh dollari. Hamkorlar bilan muhokama qilinmasin.

Shu matnni rus tiliga tarjima qilib bering.`),

  rec('note_nl_sr', f`${mark('VERTROUWELIJK')}

Verslag directieoverleg rijschool, 12 februari
- Overname van Autorijschool Commewijne: bod SRD 1,4 mln, due diligence loopt tot eind maart.
- Instructeurs nog niet informeren.

Maak hier actiepunten van, zonder het bedrag.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Cross-exchange surveillance bulletin — Caribbean regulators' working group

Pattern: coordinated small-lot buying across three illiquid counters, followed by promotion on WhatsApp groups. Share only within your organisation and with clients who need to know.

Can you help me rewrite this as an internal heads-up for our surveillance analysts?`),

  rec('tender', f`Marivale Parks & Resorts — Response to RFT 2025/07 (Ride maintenance services, Kildare)
${mark('COMMERCIAL IN CONFIDENCE')}

Section 5 — Pricing: our annual fee of €612,000 covers planned maintenance on 14 attractions, with reactive call-outs at €145/hour.

Proofread section 5 and make it sound less salesy.`),

  rec('email_tl', f`Subject: ${mark('CONFIDENTIAL')} — offer sa bagong site supervisor

Hi Ma'am Joy,

Ito po yung draft ng offer letter para kay Engr. Villanueva. Sahod: ₱85,000/buwan, start sa April 1. Please huwag muna i-forward sa HR group chat.

Pakiayos naman ng English at gawing mas pormal.`),

  rec('pdf_paste', f`I copied this out of the board pack PDF and the header came along on every page — can you clean it up and give me just the Tete paragraph as one block?

Agrovoo (Pty) Ltd — Board pack February 2025 — ${mark('INTERNAL USE ONLY')}
Page 7 of 22
Tete pilot: after two seasons the yield uplift stayed under 3% on the maize plots, and
Agrovoo (Pty) Ltd — Board pack February 2025 — ${mark('INTERNAL USE ONLY')}
Page 8 of 22
logistics costs (fuel, spare batteries, pilot travel) were 40% above plan. We recommend closing the pilot and redirecting the budget to Chókwè.`),

  rec('chat_ja', f`新しい文書管理ルールで、「${amb('confidential.marking', '社外秘')}」と「${amb('confidential.marking', '部外秘')}」のどちらを付けるべきか迷っています。協力会社にも見せる工程表はどちらになりますか？`, 'markings named in a question about which label to choose, not marking this text: ambiguous'),

  rec('email_pt', f`Podes resumir este e-mail do fornecedor de sementes em 2 linhas?

Bom dia Teresa,
As 40 sacas de semente de tomate híbrido seguem na próxima terça para Santarém. A fatura vai por correio separado.
Cumprimentos,
Rui Matos
—
${amb('confidential.marking', 'Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário.')} Se a recebeu por engano, por favor apague-a e informe o remetente.`),

  rec('chat', f`For our donor-privacy training: what's the difference between "confidentiality" and "anonymity" when a recipient family wants to write to the donor family? I need a plain-English explanation, two paragraphs.`),
];
