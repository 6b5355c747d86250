/**
 * Held-out batch 28: classification markings in memos, board papers, tenders and mails of a travel
 * agency, a pharmaceutical wholesaler, a game studio, a newspaper, a credit union and a city council,
 * in several languages, plus look-alikes. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH28_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')} — Wandervia Leadership Team

Subject: Exit from the Argentine inbound market

Given FX controls and three consecutive quarters of negative margin, we propose winding down the Buenos Aires inbound desk by 31 March. 11 FTE affected; 4 can move to the Madrid hub.

Can you turn this into talking points for the country manager's call with staff? Avoid the numbers.`),

  rec('doc_es', f`${mark('ESTRICTAMENTE CONFIDENCIAL')}
Acuerdo de tarifas netas 2025 – Cadena Hotelera Costa Sol
Descuento sobre BAR: 22 % en temporada baja, 15 % en alta. Cupo garantizado: 40 habitaciones/noche.

Resúmemelo en tres frases para el equipo de producto, sin los porcentajes.`),

  rec('email_de', f`Betreff: Ausschreibung Krankenhausversorgung NRW – ${mark('STRENG VERTRAULICH')}

Hallo zusammen,

anbei unser Angebotsentwurf für das Los 3 (Uniklinik-Verbund). Wir liegen mit der Marge bei 4,1 % und damit knapp unter dem Wettbewerber. Bitte nichts davon an den Außendienst weitergeben.

Kannst du den Anschreiben-Text formeller machen?`),

  rec('doc_ru', f`Переведи на английский первый абзац, гриф сохрани:

${mark('КОММЕРЧЕСКАЯ ТАЙНА')}
ООО «ФармСнаб» — условия поставки на 2025 год. Отсрочка платежа 60 дней, бонус за объём 3 % при закупке свыше 50 млн руб. в квартал.`),

  rec('doc_ro', f`${mark('CONFIDENȚIAL')} – Uz intern
Raport audit depozit Cluj, noiembrie 2024
Constatări: 2 neconformități majore la lanțul de frig (camera 3), 5 minore la documentația de recepție.

Poți să faci un rezumat în engleză pentru directorul de calitate din Köln?`),

  rec('gdd', f`Game design doc header: "Project KRAKEN — ${mark('INTERNAL / DO NOT SHARE')} — v0.7". Can you write a one-paragraph pitch of the core loop from the notes below for the publisher call? Otters defend a river village against waves of crabs; tower-defence plus match-3 for upgrades; seasons of 6 weeks.`),

  rec('doc_ja', f`以下の資料の要点を英語で3行にまとめてください。

${mark('社外秘')}
新作タイトル「Otter Rush 2」ローンチ計画
ソフトローンチ：2025年2月 インドネシア・フィリピン
グローバル：2025年5月（東京ゲームショウ前）`),

  rec('slide_id', f`Footer di setiap slide: "PT Pixel Otter Indonesia · ${mark('RAHASIA')} · Q4 2024". Tolong rapikan catatan pembicara untuk slide 5 tentang target retensi D30.`),

  rec('board_paper', f`PRAIRIE STONE FEDERAL CREDIT UNION
Board of Directors — ${mark('Confidential Supervisory Information')}
Item 6: NCUA exam findings, response plan

Two findings on BSA/AML transaction monitoring thresholds; one on ALLL methodology. Management response due in 60 days.

Rewrite the item summary in plain language for the board packet cover note.`),

  rec('email', f`Subject: Merger discussions with Red River Community CU

${mark('This message is confidential and intended for the Supervisory Committee only.')} Please do not forward.

We have received a letter of intent. Due diligence would start in January; member vote no earlier than Q3.

→ shorten this for a text to the committee chair.`),

  rec('tender', f`${mark('COMMERCIAL-IN-CONFIDENCE')}
Kelston City Council — Tender RFT 2024/118 Smart Parking Sensors
Evaluation summary: Vendor B preferred (score 82/100), price $1.94M over 5 years incl. maintenance.

Can you draft the council report recommendation paragraph? Don't name the losing vendors.`),

  rec('memo_au', f`Classification: ${mark('OFFICIAL: Sensitive')}
To: Director, City Operations
Re: Enforcement officer safety incidents, Q3

Four verbal-abuse incidents and one physical assault in the CBD zone. Recommend body-worn cameras for evening shifts.

Help me write the recommendation as a formal briefing note.`),

  rec('doc_et', f`${mark('ASUTUSESISESEKS KASUTAMISEKS')}
Tallinna parkimiskorralduse eelarve eelnõu 2025
Kontrolöride arvu suurendamine 6 võrra, uued parkimisautomaadid Kesklinnas.

Palun tee sellest lühike ingliskeelne kokkuvõte.`),

  rec('email_footer', f`Thanks Aisha, I've attached the revised print distribution schedule for the Christmas edition.

Regards,
Neil

${amb('confidential.marking', 'This email and any attachments are confidential and may contain privileged information. If you are not the intended recipient, please delete it and notify the sender.')}

(Can you make my message above a bit warmer?)`),

  rec('chat', f`Our editor asked whether the subscriber churn numbers I show at the all-staff meeting are "confidential". They're not marked anything. Is there a rule of thumb for internal business metrics in a newsroom?`),

  rec('chat_ta', f`இந்த அறிக்கையின் தலைப்பில் "${mark('ரகசியம்')}" என்று உள்ளது. போக்குவரத்து சிக்னல் ஒப்பந்த விவரங்களை ஆங்கிலத்தில் சுருக்கமாக எழுதவும்: ஒப்பந்த மதிப்பு ₹4.2 கோடி, 36 மாதங்கள்.`),
];
