/**
 * Held-out batch 81: classification markings in transplant-centre memos, leasing credit papers,
 * bootcamp board notes, water-utility tariff drafts, drone-survey client deliverables and hotel
 * revenue strategy decks, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH81_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en_gb', f`${mark('OFFICIAL-SENSITIVE')}

To: Regional Transplant Steering Group
From: Clinical Lead, Northgate Transplant Coordination Centre
Re: Serious incident review – offer 24-2870

Summary: the kidney offer was accepted by two centres within 6 minutes because the allocation portal did not lock the offer after the first acceptance. No patient harm. Root cause and actions attached.

Rewrite the summary for the quarterly board paper in plain language.`),

  rec('email_de', f`Betreff: ${mark('STRENG VERTRAULICH')} – Bonitätsprüfung Leasingnehmer Hanse Reefer Logistik GmbH

Hallo Jens,
anbei die Zusammenfassung: Eigenkapitalquote 9 %, zwei verspätete Zahlungen im Q3, Auslastung ihrer Kühlcontainer 61 %. Vorschlag: Limit auf 120 Einheiten begrenzen, Sicherheitsleistung 3 Monatsmieten.

Kannst du daraus eine Entscheidungsvorlage für das Kreditkomitee machen?`),

  rec('doc_fr', f`${mark('CONFIDENTIEL')} – DIFFUSION RESTREINTE AU COMITÉ DE DIRECTION

Projet « Atlas » : rachat de la flotte de 2 400 conteneurs dry d'un loueur concurrent à Marseille. Prix indicatif 4,1 M€, décision attendue avant le 20 décembre.

Fais-moi un résumé en 5 points pour le conseil.`),

  rec('slide_nl', f`Kun je deze dia-tekst korter maken?

[Dia 1] ${mark('VERTROUWELIJK')} – alleen voor het MT
Bootcamp Utrecht: instroom Q1 2025 daalt 22%. Voorstel: sluiting avondprogramma, docenten herplaatsen naar online cohorten.`),

  rec('minutes_sv', f`${mark('KONFIDENTIELLT')}

Protokoll styrelsemöte, Kodakademin Norden AB, 2024-11-19
§4 Studiefinansiering: avtalet med långivaren sägs upp per 31/3. Nuvarande studenter berörs inte.
§5 Ny vd-rekrytering pågår, två slutkandidater.

Skriv om §4 till en neutral intern nyhet utan att nämna långivaren.`),

  rec('email_es_pe', f`Asunto: Propuesta de tarifas 2025 – ${mark('DOCUMENTO RESERVADO')}

Estimados regidores:
Se adjunta la propuesta de ajuste tarifario de agua potable y alcantarillado para 2025 (+7,8 % en el primer rango de consumo). No distribuir antes de la sesión del concejo del 12 de diciembre.

¿Me ayudas a escribir una nota de prensa que se pueda publicar DESPUÉS de la sesión?`),

  rec('report_pl', f`Popraw stylistykę i skróć do pół strony:

${mark('POUFNE')} – WYŁĄCZNIE DLA ZLECENIODAWCY
Raport z nalotu nad składowiskiem odpadów w Łodzi dla Wojewódzkiego Inspektoratu: wykryto 3 strefy nielegalnego wysypu, zdjęcia i współrzędne w załączniku B. Wysokość lotu 90 m, GSD 2,4 cm.`),

  rec('deliverable_en_us', f`Can you turn these bullet points into a cover page for the client deliverable?

- Classification: ${mark('CONFIDENTIAL – CLIENT USE ONLY')}
- Project: Corridor 9 LiDAR survey, 118 km
- Deliverables: DTM 0.5 m, classified point cloud (LAS 1.4), orthomosaic 3 cm
- Prepared for: Midwest Transmission Cooperative`),

  rec('advisory_tlp', f`${mark('TLP:AMBER+STRICT')}

Sector alert for hotel operators: a phishing kit imitating the booking extranet "guest message" page is in use since 18 Nov. It harvests property staff credentials and then changes payout bank details.

Turn this into a short awareness note for front-desk staff, without the TLP content that cannot be shared.`),

  rec('deck_it', f`Traduci in inglese la prima slide:

${mark('RISERVATO – SOLO USO INTERNO')}
Strategia revenue 2025 – Alberghi Aurora
• Aumento ADR +6% su Milano durante la settimana della moda
• Chiusura canale wholesale per Roma ad aprile–maggio
• Test prezzo dinamico per la colazione`),

  rec('memo_hu', f`${mark('SZIGORÚAN BIZALMAS')}

Tárgy: A szennyvíztelep bővítésének költségtúllépése
A kivitelező 18%-os pótmunka-igényt jelzett. A közgyűlés előtt nem hozható nyilvánosságra.

Írj belőle rövid összefoglalót a polgármesternek.`),

  rec('email_el', f`Θέμα: ${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')} – αναθεώρηση πιστωτικού ορίου μισθωτή

Μετά την καθυστέρηση τριών μισθωμάτων, προτείνουμε μείωση του ορίου από 300 σε 150 κοντέινερ. Παρακαλώ μετάφρασε στα αγγλικά για την επιτροπή.`),

  rec('chat_en_in', f`I'm formatting the hotel revenue pack and the template footer says "${amb('confidential.marking', 'Company Confidential')}". Our new brand guideline wants the classification in the header instead. How do I move it in Google Slides for all slides at once?`, 'a marking quoted in a formatting question about a template: ambiguous'),

  rec('email_footer_pt', f`Pode resumir este email do fornecedor do sistema de faturação da água?

"Informamos que a migração para a versão 9 ficará concluída a 14/12. Durante a janela (22h–02h) o portal do munícipe estará indisponível."

--
${amb('confidential.marking', 'Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário indicado.')} Se a recebeu por engano, por favor apague-a e informe o remetente.`),

  rec('doc_tr', f`${mark('HİZMETE ÖZEL')}

Mersin ve İskenderun depolarındaki hasarlı konteyner oranı Q3'te %4,8'e çıktı. Hasar talepleri için sigortacıyla görüşme 5 Aralık'ta.

Bunu yönetim kurulu için İngilizce özetler misin?`),

  rec('note_ja', f`以下の社内文書の冒頭を英訳してください。

${mark('社外秘')}
2025年度 会員プログラム改定案
・ゴールド会員の無料朝食特典を廃止し、ポイント付与率を1.5倍に変更
・導入予定：2025年4月1日`),
];
