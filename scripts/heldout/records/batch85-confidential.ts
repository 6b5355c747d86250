/**
 * Held-out batch 85: classification markings on customer NDA material, claims memos, programme
 * reports, charter contracts and newsroom documents, plus quoted and casual look-alikes. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH85_CONFIDENTIAL: DraftRecord[] = [
  rec('report_en', f`${mark('CUSTOMER CONFIDENTIAL')} – Kairo Devices – covered by NDA KD-PL-2023-07

Lot KD24-1183 final test summary
Yield 91.4 % (target 94 %). Main loss: bin 7 (IDDQ leakage) clustered at wafer notch, lots 1183.04–.09.
Suspected: probe-card planarity after 410k touchdowns.

Rewrite this as a short, neutral status update for our weekly ops meeting (no customer name, no lot numbers).`),

  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – nur für die Geschäftsleitung

Betreff: Rückstellungen Pflegezusatzversicherung 2025
Die Schadenquote im Tarif PZ-Plus liegt bei 118 %. Wir empfehlen eine Beitragsanpassung von 14 % zum 1.1. und einen Annahmestopp für Neuverträge über 70 Jahre.

Kannst du daraus drei Folien-Stichpunkte machen?`),

  rec('report_fr', f`Traduire en anglais pour le bailleur :

${mark('DIFFUSION RESTREINTE')}
Rapport d'incident – distribution du 14 mars, Kaolack
Trois agents de terrain ont signalé des tentatives de fraude à l'identité (cartes SIM réattribuées). 212 transferts suspendus par précaution, reprise prévue après vérification biométrique.`),

  rec('email_it', f`Oggetto: Offerta charter M/Y Aurelia – ${mark('RISERVATO')}

Gentile cliente,
le trasmettiamo in via riservata la proposta per la settimana 31: 265.000 € + APA 30 %, con sconto del 7 % se confermata entro venerdì.

Puoi rendere questo testo più elegante, in italiano?`),

  rec('doc_nl', f`${mark('VERTROUWELIJK')} – intern gebruik schadeafdeling

Werkinstructie fraudesignalen langdurige zorg
1. Meerdere facturen voor dezelfde dag van verschillende aanbieders.
2. Zorguren boven de geïndiceerde uren zonder herindicatie.

Maak hier een checklist van voor nieuwe medewerkers.`),

  rec('advisory_en', f`${mark('TLP:AMBER')}
Cash-assistance consortium – security bulletin 2025-04
Observed: phishing SMS imitating the programme's mobile-wallet provider, asking beneficiaries to "confirm PIN" via a link. Do not forward outside consortium partners and their staff.

Write a plain-language warning for beneficiaries in English and Swahili, without the TLP details.`),

  rec('contract_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Σύμβαση ναύλωσης – M/Y Thalassa – Εβδομάδα 33
Ναύλος: 142.000 €, προκαταβολή 50 % με την υπογραφή.

Μπορείς να ελέγξεις αν οι όροι ακύρωσης είναι σύμφωνοι με το MYBA;`),

  rec('newsroom_no', f`${mark('KONFIDENSIELT')} – ikkje del utanfor vêrdesken

Kontraktsforhandling med programleiar for vêret: ho ber om 12 % lønnsauke og fri kvar tredje helg. Motforslag: 7 % + redusert laurdagsturnus.

Kan du skrive eit kort referat av dette til sjefen min?`),

  rec('slide_ja', f`次のスライドのスピーカーノートを作成してください（フッター：「${mark('社外秘')}｜ProbeLine 品質会議 2025Q1」）：
ハンドラーのジャム率が先月比で1.8倍。原因はトレイの反り。対策案を3つ。`),

  rec('memo_ko', f`${mark('대외비')}
고객사 B 신규 프로브카드 평가 결과 요약
- 접촉 저항 평균 0.42Ω, 규격 이내
- 30만 터치다운 후 바늘 마모 확인 필요
이 내용을 영어로 짧게 요약해 주세요.`),

  rec('email_es', f`Asunto: Informe de siniestralidad dependencia T4

${mark('Este documento es estrictamente confidencial')} y está destinado únicamente al Comité de Dirección.

La frecuencia de nuevas reclamaciones sube un 9 % interanual, concentrada en mayores de 85 años en Castilla y León.

¿Puedes resumirlo en un párrafo para el consejo?`),

  rec('doc_pl', f`${mark('POUFNE')} – Regulamin wypożyczalni rzeczy, wersja robocza do konsultacji z radą miasta
Kaucja za elektronarzędzia: 150 zł, za sprzęt biwakowy: 80 zł. Osoby do 16 lat tylko z opiekunem.

Przetłumacz na angielski, zachowaj nagłówek.`),

  rec('chat_quote', f`Our customer asked us to stamp every wafer-map PDF we send them with "${amb('confidential.marking', 'KAIRO DEVICES PROPRIETARY')}". How can I add that as a watermark in Python with pypdf?`, 'a marking quoted in a how-to question, not marking this text: ambiguous'),

  rec('email_footer_sv', f`Tack Jonas, vi kör den nya väderloopen från måndag.

--
Linnea Berg, grafikchef
${amb('confidential.marking', 'Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten.')} Om du fått det av misstag, radera det och meddela avsändaren.`),

  rec('memo_tr', f`${mark('GİZLİDİR')}
Konu: Bodrum marina tarifeleri 2026 – ön müzakere
Marina yönetimi %22 artış öneriyor; biz %12 ve uzun dönem bağlama taahhüdü teklif edeceğiz.

Bunu İngilizce kısa bir e-postaya çevirir misin?`),
];
