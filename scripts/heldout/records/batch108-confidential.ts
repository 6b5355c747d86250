/**
 * Held-out batch 108: classification markings in lottery audit notes, safeguarding minutes,
 * cargo-claim reports, NOC incident mails, museum loan agreements and cooperative board papers.
 * Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH108_CONFIDENTIAL: DraftRecord[] = [
  rec('minutes_en_gb', f`${mark('OFFICIAL-SENSITIVE')}

Strategy meeting (s47) – child A, age 3
Attendees: hospital SW, CSC team manager, police CAIT, named nurse
Outcome: threshold met for s47 enquiry; child to remain on ward pending skeletal survey results; supervised contact only.

${mark('OFFICIAL-SENSITIVE')}

Please turn these minutes into a one-paragraph summary for the named doctor.`, 'same marking in header and footer: two labels'),

  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – Revision Lotterieannahmestellen

Bei der Prüfung von 412 Annahmestellen fielen 9 Stellen mit auffällig hohen Gewinnquoten bei Rubbellosen auf. Verdacht: Mitarbeitende prüfen Lose vor dem Verkauf ("Pre-Scratching"). Vorschlag: Testkäufe in KW 3, danach Gespräch mit den Betreibern.

Formuliere daraus bitte eine Vorlage für den Vorstand, maximal eine Seite.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – rapport d'expertise MSC Aurelia

Bonjour,
Ci-joint le pré-rapport de l'expert. Conclusions : la rupture de la chaîne du froid est due à une panne du groupe frigorifique du conteneur, non signalée par l'armateur. Recours envisageable contre le transporteur.
Ce document est ${mark('strictement confidentiel')} et ne doit pas être transmis à l'assuré avant validation.

Peux-tu en faire un résumé en anglais pour le réassureur ?`, 'subject marking and inline statement: two labels'),

  rec('advisory', f`${mark('TLP:AMBER')}

NOC advisory 2024-12-09: a phishing campaign targets our field installers with fake "firmware update" SMS pointing to a look-alike portal. Two installer accounts were compromised; sessions revoked.

Help me write a short plain-language warning for installers (without the indicators).`),

  rec('doc_it', f`Traduci in inglese per il museo prestatore:

${mark('RISERVATO')}
Accordo di prestito n. 2025/014 – condizioni assicurative
Valore concordato dell'opera: 4.200.000 €. Copertura chiodo-a-chiodo, franchigia zero. Il valore non deve essere comunicato ai trasportatori.`),

  rec('chat_ru', f`Сократи, пожалуйста, до 5 пунктов. Шапка документа: «${mark('Конфиденциально')}». Дальше: «Правление кооператива рассматривает снижение закупочной цены на молоко на 2 цента с 1 февраля из-за падения цен на сухое молоко. Решение не разглашать до собрания членов».`),

  rec('doc_ja', f`${mark('社外秘')}
貸出作品の輸送計画（第2版）
輸送日：2025年2月3日、美術品専用車2台、警備員同乗。ルートと時刻は関係者以外に開示しないこと。

この計画を英語に翻訳してください。`),

  rec('doc_ko', f`다음 문서를 영어 요약으로 바꿔 주세요.

[${mark('대외비')}] 위성 인터넷 지역별 장애 분석 (11월)
- 강우 감쇠로 인한 장애 시간 38% 증가
- 설치 불량(안테나 정렬) 12건 재방문`),

  rec('email_pl', f`Temat: ${mark('POUFNE')} – wyniki kontroli laboratorium spółdzielni

Dzień dobry,
w trzech próbkach z gospodarstw członkowskich wykryto pozostałości antybiotyków. Do czasu ponownego badania proszę nie informować odbiorców mleka.

Przepisz to bardziej formalnie.`),

  rec('board_paper_en_au', f`Can you tighten this up for the board pack?

${mark('COMMERCIAL-IN-CONFIDENCE')}
Proposal: acquire the regional satellite reseller's 2,300 subscribers for AUD 1.9m. Due diligence found 14% of terminals past warranty. Recommendation: proceed subject to price adjustment.`),

  rec('chat_he', f`תתרגם לאנגלית בבקשה: "${mark('סודי')} – דוח הונאה: שלושה קמעונאים של מפעל הפיס מדווחים על זכיות חוזרות של אותו לקוח. יש להעביר לצוות הציות בלבד."`),

  rec('chat_ar', f`ترجم هذه الفقرة إلى الإنجليزية: "${mark('سري للغاية')} — تقرير المعاين: تلف الشحنة ناتج عن سوء التستيف في ميناء جدة، وليس عن الطقس. يُحال إلى الإدارة القانونية."`),

  rec('memo_nl', f`${mark('VERTROUWELIJK')}

Casusoverleg kinderbescherming – afdeling kindergeneeskunde
Twee meldingen bij Veilig Thuis in november, beide na overleg met de aandachtsfunctionaris. In één casus is een zorgmelding omgezet naar een onderzoek.

Dit overzicht is ${mark('vertrouwelijk')} en alleen bestemd voor het MDO-team.

Maak er een korte notitie van voor de teamleider.`),

  rec('chat_tr', f`Şu notu İngilizceye çevir: "${mark('GİZLİDİR')} – Kooperatif yönetim kurulu: süt alım fiyatı Ocak'ta litre başına 0,60 TL düşürülecek; üyelere genel kuruldan önce bilgi verilmeyecek."`),

  rec('slide_en', f`Make speaker notes for this slide:

Title: Q4 prize-claim fraud review — ${mark('Confidential')}
• 41 suspicious claims flagged, 6 referred to police
• Average flagged claim: 3,900
• Footer: ${mark('CONFIDENTIAL – DO NOT FORWARD')}`, 'title marking and footer marking: two labels'),

  rec('chat_cs', f`Přelož do angličtiny: "${mark('DŮVĚRNÉ')} – zápis z jednání o zapůjčení sbírky: zapůjčitel požaduje klimatizovanou vitrínu a zákaz fotografování. Dokument je ${mark('důvěrný')}, neposílat dopravci."`, 'marking and inline statement: two labels'),
];

