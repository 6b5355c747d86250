/**
 * Held-out batch 97: documents carrying classification markings — quota memos, brokerage
 * compliance reports, game-studio roadmaps, steel-mill incident reports. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH97_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_no', f`${v('confidential.marking', 'KONFIDENSIELT')} – kun for styret

Notat: Forhandlinger om kjøp av ytterligere torskekvote (strukturkvote) for M/S «Havbris»
Budramme: inntil 38 MNOK. Motpart: Lofoten Kvotebank AS. Ikke del utenfor styret før signering.

Kan du korte ned notatet til fem kulepunkter?`),

  rec('report_en_us', f`${v('confidential.marking', 'CONFIDENTIAL – ATTORNEY-CLIENT PRIVILEGED')}

Compliance Review: Possible Layering Pattern, Account Group 17
Summary: Between Sept 2 and Oct 18, three linked accounts placed and cancelled 1,240 orders in two small-cap tickers within seconds, consistent with spoofing. Escalated to CCO. FINRA notification under consideration.

Please rewrite this summary for the board in non-technical language.`),

  rec('roadmap_en_ph', f`Hi, can you turn this into a tweet-length teaser? (we'll remove the marking before posting)

${v('confidential.marking', 'INTERNAL ONLY – DO NOT SHARE OUTSIDE LIVE-OPS')}
Season 7 "Tidebreaker": new hero Maalon, guild raids, ranked rework. Launch target 2027-01-22, announcement embargoed until the Jan 15 stream.`),

  rec('incident_de', f`Bitte fasse den Bericht für die Schichtleiter zusammen:

${v('confidential.marking', 'VERTRAULICH')} — Störfallbericht Konverter 2
Am 28.10. kam es zu einem Durchbruch der Ausmauerung. Keine Personenschäden. Ursache vermutlich Überschreitung der Kampagnenlaufzeit (2 480 Chargen statt 2 200). Produktionsausfall 3 Tage.

Die Information ist ${v('confidential.marking', 'streng vertraulich')} bis zur Meldung an die Versicherung.`),

  rec('mail_sv', f`Ämne: ${v('confidential.marking', 'KONFIDENTIELLT')}: Utredning om biljettkontrollanter

Hej, jag behöver hjälp att skriva om sammanfattningen nedan så att den blir mindre anklagande. Utredningen gäller två kontrollanter som fått klagomål om bemötande vid plankningskontroller på linje 4.`),

  rec('minutes_fr_be', f`Procès-verbal — Comité de direction du 6 novembre
Classification : ${v('confidential.marking', 'CONFIDENTIEL')}

1. Réorganisation du service des objets trouvés : fusion des guichets Midi et Nord.
2. Fraude tarifaire : hausse de 14 % des constats au T3.
3. Budget 2027 : gel des embauches.

Peux-tu rédiger un résumé pour les chefs d'équipe sans les informations budgétaires ?`),

  rec('mail_it', f`Oggetto: Ispezione Consob – documentazione

Il presente documento è ${v('confidential.marking', 'riservato')} e destinato esclusivamente alla funzione Compliance. Contiene l'elenco delle operazioni sospette segnalate nel trimestre.

Mi aiuti a preparare l'indice dei documenti da consegnare agli ispettori?`),

  rec('tlp_en_in', f`${v('confidential.marking', 'TLP:AMBER')}
Incident note: credential-stuffing wave against player accounts, 42k login attempts/hour from residential proxies. Mitigation: rate limit + forced 2FA for accounts with purchases.

Please convert this into a status update for the studio head.`),

  rec('doc_nl', f`${v('confidential.marking', 'STRIKT VERTROUWELIJK')}
Overnamegesprek Visafslag Urk – indicatieve waardering 11–13 mln euro, exclusiviteit tot 31 januari.

Maak er een beknopte agenda van voor het overleg met de bank.`),

  rec('doc_es_pe', f`Resume este informe para el gerente, sin cambiar la clasificación:

${v('confidential.marking', 'DOCUMENTO CONFIDENCIAL')} — Auditoría de desembarques, Puerto de Paita
Se detectaron diferencias de 8 % entre lo declarado en muelle y lo pesado en planta en 14 faenas de pota.`),

  rec('doc_pl', f`Skróć proszę ten raport do jednego akapitu:

${v('confidential.marking', 'POUFNE')} – do użytku wewnętrznego Działu Utrzymania Ruchu
Wyniki audytu BHP w stalowni: 11 niezgodności, w tym 3 krytyczne przy suwnicach (brak blokad krańcowych, zużyte liny).`),

  rec('mail_ja', f`件名：【${v('confidential.marking', '社外秘')}】新イベントのガチャ確率変更について

運営チーム各位
次回アップデートでSSR排出率を3%から2.5%に変更します。告知前の情報のため取り扱いに注意してください。

この文章をもう少し丁寧にしてください。`),

  rec('memo_zh_hk', f`${v('confidential.marking', '機密文件')}
券商合規部：關於客戶疑似內幕交易之初步調查，涉及三個帳戶，於公告前兩日大量買入。

請幫我將這段改寫成英文。`),

  rec('mail_pt_cv', f`Assunto: Avaliação de desempenho da equipa de enfermagem domiciliária

${v('confidential.marking', 'CONFIDENCIAL')} — uso interno da Direção

Preciso de ajuda para transformar estas notas em feedback construtivo para a enfermeira-chefe na Praia.

${amb('confidential.marking', 'Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário indicado.')}`),

  rec('report_ar_sy', f`${v('confidential.marking', 'سري للغاية')}
تقرير صيانة: تشقق في عمود الدوران الرئيسي لمحرك الدرفلة رقم 2، يجب إيقاف الخط خلال 72 ساعة.

لخص هذا التقرير للمدير العام بثلاثة أسطر.`),
];
