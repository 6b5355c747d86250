/**
 * Held-out batch 43: classification markings in board papers, tenders, incident reports and memos of
 * a newspaper, a greenhouse grower, an ambulance service, a parts distributor, a language school and
 * a water utility, in their own languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH43_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – nur Geschäftsführung und Chefredaktion

Betreff: Einstellung der Printausgabe montags ab 1. Juli
Die Druckkosten pro Exemplar sind seit 2022 um 41 % gestiegen. Wir schlagen vor, die Montagsausgabe nur noch als E-Paper zu erscheinen. Betroffen sind 9 Stellen in der Zustellung.

Bitte fasse das in fünf Stichpunkten für die Betriebsratssitzung zusammen.`),

  rec('email_de', f`Betreff: Übernahme Heide-Anzeiger – ${mark('Vertraulich')}

Liebe Kolleginnen,
anbei das Bewertungsgutachten. Bitte nicht in die Redaktionskonferenz tragen, bevor der Aufsichtsrat am 18.3. entschieden hat.

Kannst du mir daraus eine kurze Zusammenfassung der Risiken schreiben?`),

  rec('embargo', f`${amb('confidential.marking', 'SPERRFRIST: Dienstag, 11. März, 06:00 Uhr')}

${mark('Nur für den internen Gebrauch der Redaktion')} – Gutachten zur Trinkwasserqualität im Landkreis, vorab vom Gesundheitsamt.

Schreib mir daraus einen Nachrichtentext, 2000 Zeichen, Veröffentlichung erst nach Ablauf der Sperrfrist.`, 'a press embargo restricts timing, not readership: ambiguous as a marking; the internal-use line marks the pasted document'),

  rec('board_nl', f`${mark('VERTROUWELIJK')} — niet verspreiden buiten DT

Investeringsvoorstel: belichting kas 7 en 8 omzetten naar LED (2,4 mln EUR), terugverdientijd 6,5 jaar bij huidige gasprijs. Alternatief: WKK vervangen en warmtepomp.

Maak hier een vergelijkingstabel van voor de bank.`),

  rec('tender_es', f`${mark('CONFIDENCIAL')} – Uso exclusivo de la dirección

Propuesta de compra del invernadero de 14 ha en Zapotlanejo. Precio ofertado: 68 millones MXN. Condición: mantener a los 120 jornaleros actuales.

¿Puedes traducir este párrafo al inglés para los socios de Holanda?`),

  rec('incident_fi', f`${mark('SALAINEN')}
Poikkeamaraportti 2025-004: lääkekaapin koodi jaettiin WhatsApp-ryhmässä, jossa oli myös entisiä työntekijöitä.

Muotoile tästä lyhyt ohje henkilöstölle, älä mainitse nimiä.`),

  rec('report_sv', f`Klassificering: ${mark('KONFIDENTIELLT')}
Avvikelserapport – försenad ambulans till Nykarleby 2 februari. Fordonet var på service utan att ersättningsbil beställts.

Skriv om det här som ett kort underlag till styrelsen, på finska.`),

  rec('price_ko', f`${mark('대외비')} — 영업팀 전용

2025년 고객별 할인율: S사 18%, H사 15%, 기타 8%. RF 제너레이터 리퍼브 단가는 본사 승인 필요.

이 내용을 영어 이메일로 정리해 주세요 (할인율은 빼고요).`),

  rec('doc_he', f`${mark('סודי')} – לשימוש פנימי בלבד

תוכנית המחסן בקריית גת לשנת 2025: הגדלת מלאי חלקי חילוף לוואקום ב-30%. לתרגם לאנגלית לישיבת ההנהלה.`),

  rec('email_vi', f`Tiêu đề: ${mark('TÀI LIỆU MẬT')} - Kế hoạch mở kho Bắc Ninh

Anh Tuấn, em gửi bản kế hoạch. Vui lòng không chuyển tiếp ra ngoài ban giám đốc.

Nhờ bạn tóm tắt email này bằng tiếng Anh giúp mình.`),

  rec('footer', f`Slide footer on every page of the customer QBR deck: "Kestrel Wafer Parts · ${mark('Confidential – Customer Restricted')} · Q1 2025". Can you make the speaker notes for slide 4 (lead times for turbo pumps went from 6 to 14 weeks)?`),

  rec('memo_pt', f`${mark('CONFIDENCIAL')}
Ata da reunião de direção — 6 de fevereiro
1. Financiamento do IEFP para 2025 ainda não confirmado; se falhar, cortar turmas de sábado.
2. Dois professores em regime de recibos verdes pediram contrato.

Resume em três pontos para os coordenadores, sem o ponto 2.`),

  rec('cs_memo', f`${mark('DŮVĚRNÉ')} – neveřejné
Návrh ceny vodného a stočného na rok 2026: 112,40 Kč/m³ vč. DPH (+6,8 %). Projednání v radě města 24. 4.

Napiš z toho tiskovou zprávu, ale až po schválení — zatím jen osnovu.`),

  rec('tlp', f`${mark('TLP:AMBER')} — shared by the national CERT with water-sector operators

Observed scanning of exposed HMIs on port 502 and 44818 from rented VPS ranges; two utilities reported default credentials on remote-access gateways.

Help me turn this into an internal checklist for our SCADA team, without quoting the advisory.`),

  rec('hu_doc', f`${mark('BIZALMAS')} – csak belső használatra
Bérmegállapodás tervezete a szezonális munkásoknak 2025-re: órabér 14,20 €, szállásdíj levonás heti 85 €.

Fordítsd le hollandra a HR-nek.`),

  rec('inline_en', f`Note to the whole SCADA team: ${mark('this document is confidential')} and must not leave the control room network. It lists the remote-access paths to all 14 pumping stations.

Can you reformat the table below into a cleaner layout? Station | Access | Owner …`),
];
