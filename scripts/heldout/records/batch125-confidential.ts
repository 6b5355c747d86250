/**
 * Held-out batch 125: classification and handling markings in memos, e-mails, minutes and drafts
 * from the six teams, in many languages (headers, subjects, footers, inline statements). Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH125_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – nur Geschäftsleitung und Schadensteam-Leitung

Betreff: Verdacht auf organisierte Schadensmeldungen (Raum Köln)

Seit November häufen sich Meldungen über "Vorschäden", die jeweils von denselben drei Nutzerkonten gemeldet werden, kurz bevor eine Werkstatt aus Porz die Reparatur übernimmt. Wir prüfen eine Strafanzeige. Bitte keine Rückfragen an die Werkstatt.

${mark('Streng vertraulich')} · Seite 1/1

Fasse das bitte in drei Stichpunkten für den Vorstand zusammen.`),

  rec('email_sv', f`Ämne: ${mark('KONFIDENTIELLT')}: avtal med parkeringsbolaget i Göteborg

Hej,
vi har fått ett utkast där parkeringsbolaget vill att vi betalar en fast summa per månad i stället för att vidarefakturera varje avgift till kunden. Innan vi svarar vill jag ha ekonomis bedömning.

Kan du skriva om mejlet så att det blir kortare och tydligare?`),

  rec('report_en', f`${mark('CONFIDENTIAL')} — Research Ethics Committee, draft for members only

Adverse event report, Study HL-2024-07 (loudness perception in adolescents)
During session 3, a participant reported temporary tinnitus after exposure to the 85 dB(A) block. Symptoms resolved within 40 minutes. The protocol allows up to 90 dB(A) for 10 minutes.

${mark('CONFIDENTIAL')} – not for circulation outside the REC

Help me phrase the PI's response in a neutral tone.`),

  rec('grant_da', f`${mark('FORTROLIGT')}
Udkast til ansøgning – Novo Nordisk Fonden, "Lytteanstrengelse hos ældre med høreapparat"
Budgettet er endnu ikke godkendt af instituttet; tallene må ikke deles med samarbejdspartnere.

Oversæt venligst resuméet til engelsk (maks. 250 ord).`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – Alerte RASFF lot CUM-2025-031 (cumin, oxyde d'éthylène)

Bonjour à tous,
La DGCCRF nous a informés ce matin d'une non-conformité sur le lot de cumin moulu importé d'Inde. Avant toute communication aux clients, nous devons confirmer la traçabilité des 14 palettes.
Ce message est ${mark('strictement confidentiel')} et ne doit pas être transféré.

Peux-tu préparer une liste d'actions pour les 24 prochaines heures ?`),

  rec('plan_nl', f`${mark('STRIKT VERTROUWELIJK')} — Terugroepplan gerookte paprika (partij PAP-25-017)

1. Stop levering aan groothandel (vandaag 12:00)
2. NVWA informeren voor 17:00
3. Klantenlijst opvragen bij verkoop
4. Persbericht alleen na akkoord directie

Kun je hier een tijdlijn van maken?`),

  rec('doc_hi', f`${mark('गोपनीय')}
विषय: हल्दी आपूर्तिकर्ता का लेड क्रोमेट परीक्षण परिणाम
प्रयोगशाला रिपोर्ट में लॉट TUR-0425 में सीसे की मात्रा सीमा से अधिक पाई गई है। आपूर्तिकर्ता को अभी सूचित नहीं किया जाए।

इसे अंग्रेज़ी में अनुवाद करें और ग्राहकों के लिए नहीं, केवल प्रबंधन के लिए सारांश बनाएं।`),

  rec('minutes_it', f`Verbale del Consiglio Direttivo – 4 marzo 2025
Classificazione: ${mark('RISERVATO')}

Punto 2: il contributo regionale per le matinée scolastiche è ridotto del 30%. Si valuta la chiusura della sala piccola il lunedì e il martedì. Nessuna comunicazione al personale prima dell'assemblea del 20 marzo.

Me lo riassumi in 5 righe?`),

  rec('note_es_mx', f`${mark('CONFIDENCIAL')} – Solo dirección y coordinación pedagógica

Durante la función del 12 de febrero, una maestra reportó que un adulto ajeno a la escuela intentó entrar al área de camerinos con el grupo. Seguridad lo retiró. Estamos revisando el protocolo de acceso para grupos escolares.

¿Me ayudas a escribir un protocolo de acceso más claro, sin mencionar el incidente?`),

  rec('email_en_us', f`Subject: ${mark('PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION')}

Team — the state AG's office sent a civil investigative demand asking how many deletion requests we closed without verifying identity in 2024. Do not create new documents on this topic; route questions through outside counsel.

Can you turn this into a short internal FAQ (3 questions) without quoting the legal advice?`),

  rec('doc_ja', f`${mark('社外秘')}
削除リクエスト対応状況（2025年2月）
・受付 1,284 件、完了 1,102 件、本人確認待ち 143 件
・45日超過 39 件（主に提携先からの反映遅延）

この内容を英語の役員向けサマリーにしてください。`),

  rec('doc_ko', f`[${mark('대외비')}] 데이터 삭제 요청 처리 지연 원인 분석

- 제휴사 3곳이 삭제 전파 API에 응답하지 않음
- 수기 처리 건수 증가 (월 200건 → 450건)

위 내용을 바탕으로 개선안 3가지를 제안해 주세요.`),

  rec('advisory_en', f`${mark('TLP:AMBER')}
From: security@ (internal)
A credential-stuffing wave is hitting opt-out portals of several data brokers this week; attackers submit fake deletion requests to test leaked email/password pairs. Share only with your organisation's security and compliance staff.

Write me detection ideas for our opt-out form (no indicators needed).`),

  rec('tender_ru', f`${mark('КОНФИДЕНЦИАЛЬНО')}
Тендер на ремонт главного двигателя т/х «Полярная звезда»: наша сметная цена — 1,84 млн евро, допустимое снижение до 1,7 млн. Субподрядчикам эти цифры не сообщать.

Переведи на английский для директора верфи.`),

  rec('email_el', f`Θέμα: ${mark('ΑΥΣΤΗΡΩΣ ΕΜΠΙΣΤΕΥΤΙΚΟ')} – Διαφορά με υπεργολάβο αμμοβολής

Καλησπέρα,
ο υπεργολάβος απειλεί να σταματήσει τις εργασίες στη δεξαμενή 2 αν δεν εξοφληθεί το τιμολόγιο Μαρτίου. Ο νομικός σύμβουλος προτείνει να μην απαντήσουμε γραπτώς ακόμα.

Μπορείς να το μεταφράσεις στα αγγλικά;`),

  rec('memo_ar', f`${mark('سري للغاية')}
مذكرة داخلية – حوض الإصلاح الجاف
تم رصد تسرب زيت من ونش المقاول الفرعي في الرصيف رقم ٣. لم يتم إبلاغ سلطة الميناء بعد. يُمنع تداول هذه المذكرة خارج الإدارة.

${mark('سري للغاية')}

ترجم المذكرة إلى الإنجليزية.`),

  rec('report_zh_tw', f`${mark('機密')}\u3000船東報價比較（${amb('confidential.marking', '僅限管理層')}）
・船塢 A：NT$ 3,820 萬，工期 21 天
・本廠：NT$ 3,650 萬，工期 24 天
分包商報價不得外流。

請幫我整理成英文簡報重點。`, 'the bracketed 僅限管理層 (management only) made ambiguous after the measurement: a label fix'),
];
