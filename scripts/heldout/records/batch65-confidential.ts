/**
 * Held-out batch 65: classification markings (headers, subjects, footers, inline statements) in documents
 * from a summer-camp organiser, a hospital laundry, a satellite-TV installer network, a notary office, a
 * bike-sharing operator and a biobank, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH65_CONFIDENTIAL: DraftRecord[] = [
  rec('report', f`${mark('CONFIDENTIAL')} – SAFEGUARDING INCIDENT REPORT
Camp: Pine Hollow, Session 1 · Report #SG-2024-07
Filed by: Unit leader, Cabin Maple

On the evening of June 27 a camper disclosed to a counselor that an older camper had been taking her snacks and threatening her at the lake. Counselor followed the disclosure protocol; director informed at 21:10; parents of both campers called the next morning. Campers moved to separate activity groups.

Please rewrite this as a neutral summary for the board, no names, max 100 words.`),

  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – nur Geschäftsführung und Vertrieb

Kalkulation Ausschreibung Klinikverbund Nordost (Los 2, OP-Textilien)
Unser Angebotspreis: 4,62 € je Set (Vorjahr 4,90 €), Mindestmenge 38.000 Sets/Jahr.
Schmerzgrenze: 4,35 €. Wettbewerber laut Marktinfo bei ca. 4,50 €.

Formuliere daraus bitte drei Argumente für das Bietergespräch, ohne die Zahlen zu nennen.`),

  rec('letter_fr', f`${mark('CONFIDENTIEL')}
Succession de M. Gérard Lambert – note interne de l'étude

Les héritiers réservataires contestent la donation-partage de 2011. Avant tout échange avec le conseil de Mme Lambert fille, vérifier l'estimation des parts sociales de la SCI et la date de l'évaluation.

Peux-tu résumer cette note en trois points pour le notaire associé ?`),

  rec('doc_it', f`Traduci in inglese, per il collega dello studio di Londra:

${mark('RISERVATO')} – Comunicazione tra professionisti
Oggetto: pratica successoria Ferri – quote societarie
Il cliente chiede di valutare un patto di famiglia prima della donazione delle quote della Ferri Meccanica S.r.l.; i fratelli non sono ancora informati.`),

  rec('email_nl', f`Onderwerp: ${mark('VERTROUWELIJK')} – afwijking temperatuurlog vriezer B-07

Beste collega's,

Van 14 t/m 15 september heeft vriezer B-07 ongeveer 9 uur boven −60 °C gestaan door een defecte compressor. Het betreft circa 1.300 plasma-aliquots van drie cohortstudies. We beoordelen nu of de monsters bruikbaar blijven.

Met vriendelijke groet,
Kwaliteitsmanager Biobank

${amb('confidential.marking', 'Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten.')}

Kun je hier een korte melding voor de stuurgroep van maken?`),

  rec('doc_pl', f`${mark('POUFNE')} – dokument wewnętrzny
Plan obniżenia prowizji dla instalatorów od 1 stycznia: z 85 zł do 70 zł za montaż standardowy, z 140 zł do 120 zł za montaż z multiswitchem.
Komunikacja do partnerów dopiero po podpisaniu aneksu z operatorem.

Napisz z tego krótkie, uprzejme ogłoszenie dla partnerów (bez kwot na razie).`),

  rec('doc_ja', f`以下を英語に訳してください。

【${mark('社外秘')}】バイオバンク運営委員会 議事メモ（9月12日）
・海外製薬企業への試料提供（約2,000検体）について条件付きで承認
・同意書の二次利用範囲を法務と再確認すること
・次回委員会は10月10日`),

  rec('memo_zh', f`${mark('机密')} 仅限运营中心内部

下季度调度计划：早高峰在地铁口新增 40 个临时停放点，夜间调度车辆从 12 辆减到 9 辆。与区政府的协议尚未签署，请勿外传。

帮我把这段改写成给调度员的通知，不要提政府协议。`),

  rec('doc_ko', f`${mark('대외비')}
설치기사 정산 단가 조정안 (2025년 1분기)
- 기본 설치: 35,000원 → 32,000원
- 이전 설치: 50,000원 유지
협력사 공지는 본사 승인 이후 진행.

위 내용을 협력사 대표 회의용 발표 요약 3줄로 정리해 줘.`),

  rec('doc_ru', f`${mark('КОНФИДЕНЦИАЛЬНО')}
Служебная записка. Прачечный комплекс №2
Предлагаем с 1 ноября перевести обработку белья инфекционного отделения на отдельную линию и поднять тариф для больницы на 12 %. Переговоры с главврачом — после согласования с финансовым директором.

Сократи это до трёх предложений для письма директору.`),

  rec('doc_he', f`${mark('סודי')} – לשימוש ועדת ההיגוי בלבד
עדכון לגבי שיתוף הפעולה עם חברת התרופות: הבקשה לגישה לדגימות DNA של 800 משתתפים מהקוהורט הקרדיולוגי נדחתה עד לקבלת אישור ועדת הלסינקי המעודכן.
תוכל לנסח מזה עדכון קצר לחוקרים הראשיים?`),

  rec('email_en_gb', f`Subject: ${mark('OFFICIAL-SENSITIVE')} — biobank data access request DAR-2024-061

Hi both,

The access committee meets Tuesday. The request from the university spin-out asks for linked primary-care data on 12,400 participants; the committee's view is that the linkage goes beyond the original consent wording. Please don't circulate beyond the committee.

Thanks,
Access Team

Can you draft a short, polite holding reply to the applicant?`),

  rec('doc_pt_br', f`Revise o texto abaixo para mandar aos supervisores regionais:

${mark('CONFIDENCIAL')} — Diretoria de Operações
A partir de novembro, as instalações em condomínios de São Paulo passam a ser feitas só por equipes próprias; os credenciados do ABC serão descredenciados gradualmente até março. Não comentar com os credenciados antes do comunicado oficial.`),

  rec('doc_sv', f`Kan du göra en kortare version av det här till ledarmötet?

Utvärdering av sommarlägret på Ängsö, vecka 27–28. ${mark('Detta dokument är konfidentiellt.')} Två ledare avslutade sitt uppdrag i förtid efter klagomål från föräldrar; ärendena är utredda och avslutade. Vi föreslår obligatorisk utbildning i lägerregler för alla nya ledare.`),

  rec('advisory_en_au', f`${mark('TLP:AMBER')} — share within your organisation only

Fleet advisory: since 9 Sept we've seen scripted unlock requests against the Melbourne e-bike fleet from a small set of rider accounts, replaying old BLE unlock tokens. Firmware 4.2.1 fixes the nonce reuse; docks on 4.1.x remain exposed.

Can you turn this into a ticket for the firmware team with acceptance criteria?`),

  rec('letter_no', f`${mark('Taushetsbelagt')} jf. offentleglova § 13
Til: Regional komité for medisinsk og helsefaglig forskningsetikk
Sak: Melding om avvik – biobank 2014/1187

Ved en feil ble 14 prøver fra deltakere som har trukket samtykket sendt til analyse. Analyseresultatene er slettet.

Kan du hjelpe meg å skrive avviksmeldingen mer presist?`),
];
