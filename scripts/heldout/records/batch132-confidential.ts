/**
 * Held-out batch 132: classification and handling markings in many languages — safeguarding
 * reports, land-acquisition strategy, collections policy, embargoed dubbing scripts, hospital
 * audits and scooter-ops memos. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH132_CONFIDENTIAL: DraftRecord[] = [
  rec('report', f`${mark('CONFIDENTIAL')} — SAFEGUARDING

Boarding house: Edelweiss House   Date: 9 March 2025
Summary: a Grade 10 boarder disclosed to a house parent that she has been skipping meals for several weeks. DSL informed same evening; parents contacted; referral to the school counsellor. No immediate risk identified.

Help me rewrite the summary paragraph more clearly for the safeguarding log, don't add any names.`),

  rec('memo_de_ch', f`${mark('VERTRAULICH')} – ${amb('confidential.marking', 'nur Internatsleitung')}

Betreff: Disziplinarfall Zimmer E-09
Zwei Schüler sind am Samstag nach der Ausgangszeit über den Notausgang zurückgekehrt. Vorschlag: zwei Wochen Ausgangssperre, Gespräch mit den Eltern per Video.

Chönntsch das chli neutraler formuliere? Es gaht a d'Schuelleitig.`),

  rec('doc_de', f`${mark('STRENG VERTRAULICH')}
Flächensicherungsstrategie Windpark Hunsrück III – Stand 03/2025

Ziel: Sicherung von 62 ha bis Q3. Wir bieten den Eigentümern in Zone A 8 % mehr als der Wettbewerber, in Zone B bleiben wir beim Standardsatz. Gemeinde Kirchberg nicht vor dem Gemeinderatsbeschluss informieren.

Fass das bitte in drei Stichpunkten für den Vorstand zusammen.`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – propuesta a propietarios, parque eólico La Mancha Sur

Equipo:
Os adjunto la horquilla que podemos ofrecer: entre 1.450 y 1.800 € por aerogenerador y año. No compartir con los propietarios ni con el ayuntamiento hasta la firma de las opciones.

¿Me lo reescribes en un tono más ejecutivo?`),

  rec('doc_pl', f`Przetłumacz na angielski tylko nagłówek i pierwszy akapit:

${mark('ŚCIŚLE POUFNE')}
Negocjacje z właścicielami gruntów – farma wiatrowa Zelów II
Maksymalna stawka czynszu dzierżawnego: 11 500 zł za turbinę rocznie. Nie ujawniać rolnikom stawki maksymalnej.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Στρατηγική διαπραγμάτευσης με ιδιοκτήτες γης – Αιολικό Πάρκο Καρύστου
Ανώτατο μίσθωμα: 2.100 € ανά ανεμογεννήτρια ετησίως.

Μετάφρασε στα αγγλικά τον τίτλο και την πρώτη πρόταση.`),

  rec('policy', f`Turn this into a one-page FAQ for new collections agents:

Meridian Card Services — Hardship & Forbearance Procedure v4.2
${mark('Confidential – Internal Use Only')}

1. Offer breathing space (30 days) on first disclosure of financial difficulty.
2. Never discuss the maximum settlement discount (currently 40%) unless the supervisor approves.
3. Vulnerable customers: flag in CRM, no outbound calls after 6 pm.

Page 1 of 6 — ${mark('Confidential – Internal Use Only')}`),

  rec('script_fr', f`En-tête du script de doublage, à mettre en forme pour l'imprimante de la salle :

${mark('CONFIDENTIEL')} — ${amb('confidential.marking', "SOUS EMBARGO JUSQU'AU 18/04/2025")}
Série : « Les Marées » — Épisode 106 — Version française
Chaque page est tatouée au nom du comédien. Toute fuite entraînera des poursuites.

Peux-tu me faire un en-tête de page propre (titre centré, mention à droite) ?`),

  rec('script_ko', f`더빙 대본 표지 문구를 영어로 번역해 주세요:

${mark('대외비')}
드라마 「파도의 끝」 8화 한국어 더빙 대본
본 대본은 공개일(4월 18일) 전까지 외부 유출을 금합니다. 페이지마다 성우 이름이 워터마크로 들어가 있습니다.`),

  rec('doc_ja', f`次の文書の冒頭を英語に訳してください。

${mark('社外秘')}
アニメ「星の航路」第12話 日本語吹替 収録台本（最終稿）
${mark('取扱注意')}：収録スタジオ外への持ち出し禁止`),

  rec('doc_zh', f`请把下面这段翻译成英文，发给海外配音团队：

${mark('内部资料 严禁外传')}
电影《长河》中文配音台本（第三稿）
正式上映前不得以任何形式对外公开。`),

  rec('audit_de', f`Bitte fasse den Auditbericht der ZSVA für die Stationsleitungen zusammen (max. 5 Punkte):

Klinikum Westpark – Zentrale Sterilgutversorgung
Interner Auditbericht 02/2025 — ${mark('Nur für den Dienstgebrauch')}

Feststellungen: 3 Siebe mit fehlender Packliste, 1 Chargenfreigabe ohne Bowie-Dick-Test, Temperaturprotokoll Lager 2 lückenhaft (12.–14.02.).`),

  rec('email_he', f`נושא: ${mark('סודי')} – שינוי תעריפי טעינה לג'וסרים באפריל

צוות,
מ-1 באפריל התעריף לטעינה בתל אביב יורד מ-18 ל-15 ש"ח לקורקינט. אין לשתף את הג'וסרים לפני ההודעה הרשמית ב-25 במרץ.

תעזור לי לנסח את ההודעה לג'וסרים בצורה רגישה?`),

  rec('doc_pt_br', f`${mark('CONFIDENCIAL')} — ${mark('uso interno')}

Mudança no modelo de pagamento dos juicers em São Paulo a partir de maio: fim do bônus noturno, valor por patinete sobe de R$ 9 para R$ 10,50.

Me ajuda a escrever o comunicado para os juicers sem parecer que estamos cortando o bônus?`),

  rec('doc_ru', f`Переведи на английский шапку и первый абзац:

${mark('КОНФИДЕНЦИАЛЬНО')}
Стратегия переговоров с землевладельцами — ветропарк «Степной», Акмолинская область
Максимальная арендная ставка: 4,2 млн тенге за турбину в год. Не раскрывать собственникам.`),

  rec('doc_ar', f`ترجم العنوان والفقرة الأولى إلى الإنجليزية:

${mark('سري للغاية')}
خطة إعادة هيكلة فريق التحصيل في دبي — الربع الثاني 2025
سيتم دمج فريقي المتأخرات المبكرة والمتأخرة، وتقليص عدد الوكلاء من 48 إلى 36.`),

  rec('email_tr', f`Konu: ${mark('HİZMETE ÖZEL')} — İstanbul stüdyosu dublaj takvimi

Merhaba,
Sezon 3 bölüm listesi ve çıkış tarihleri ektedir. Bu bilgiler platform duyurusu yapılana kadar paylaşılmamalıdır.

Bu e-postayı İngilizce'ye çevirir misin? Konu satırını da çevir.`),

  rec('note', f`For the juicer town-hall slides, can you make this paragraph friendlier? Footer of the deck says "Zipp Mobility · ${mark('Internal – Do Not Forward')} · v2" and the board wants it kept.

"From April, the per-scooter rate in Lisbon drops by €0.50 but the night bonus doubles. Juicers with a rating above 4.8 get priority access to the warehouse."`),

  rec('chat', f`Our school's staff handbook says documents about pupils should be labelled "${amb('confidential.marking', 'Confidential – Staff Only')}". Should I put that on the boarding house weekend sign-out sheet too, or is that overkill?`, 'a marking quoted in a question about labelling, not marking this text: ambiguous'),
];
