/**
 * Held-out batch 75: classification markings in the record's own language — headers, footers,
 * banners and sentences declaring a document's status — from the six organisations, and a few
 * debatable cases. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH75_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – nur für den Gläubigerausschuss

Verfahren Müller Metallbau GmbH – Stand der Investorengespräche
Zwei Interessenten für den Geschäftsbetrieb (Asset Deal). Indikatives Gebot A: 1,9 Mio. €, Gebot B: 2,3 Mio. € mit Übernahme von 41 Arbeitnehmern.

Bitte in drei Stichpunkten zusammenfassen, ohne die Beträge.`),

  rec('report_fr', f`Rapport du mandataire judiciaire – SAS Boulangerie Vernier
${mark('CONFIDENTIEL')} – Ne pas diffuser aux créanciers

Le plan de cession proposé par la société Pains du Lyonnais prévoit la reprise de 3 points de vente sur 5.

Reformule ce paragraphe pour le juge-commissaire, ton neutre.`),

  rec('minutes_nn', f`Referat frå leiarmøtet i reiarlaget, 26. november
Gradering: ${mark('Fortruleg')}

1. Kjøp av kvoten til «Nordvåg» – forhandlingane held fram, prisantydning held vi internt.
2. Ny skipper på «Havbris» frå februar.

Kan du laga ein kortversjon til mannskapet utan punkt 1?`),

  rec('email_da', f`Emne: ${mark('FORTROLIGT')}: Kuratorens foreløbige redegørelse

Kære alle,
vedhæftet er udkastet til redegørelsen i konkursboet efter Jyllands Rør ApS. Udkastet må ikke videresendes.

Kan du forkorte indledningen?`),

  rec('banner_is', f`${mark('TRÚNAÐARMÁL')}
Samningsdrög – sala á aflaheimildum „Havbris" til Brimbergs hf.

Verð á kílóið og greiðsluskilmálar eru í viðauka 2.

Þýddu fyrsta kaflann á ensku.`),

  rec('doc_fi', f`${mark('LUOTTAMUKSELLINEN')} – vain sisäiseen käyttöön
Sodankylän maa-aseman antennin vaihtosuunnitelma 2025

Vanhan 7,3 m antennin purku alkaa toukokuussa; siirtymäaikana passit ohjataan Tromssaan.

Tiivistä tämä asiakastiedotteeksi ilman päivämääriä.`),

  rec('slide_et', f`Slaidi jalus: „Polarlys Ground Services · ${mark('ASUTUSESISESEKS KASUTAMISEKS')} · v2"
Kõnelejamärkmed: selgita uut hooldusakent ja seda, miks öised passid viiakse Tartust Tromsøsse.`),

  rec('doc_pl', f`Nagłówek na każdej stronie: ${mark('POUFNE')}

Sprawozdanie syndyka z likwidacji masy upadłości – stan na 30.11.2024.
Sprzedaż nieruchomości w Kaliszu: 2 przetargi bez rozstrzygnięcia.

Przetłumacz ostatni akapit na angielski.`),

  rec('email_hu', f`Tárgy: ${mark('BIZALMAS')} – felszámolói jelentés tervezete

Kérem, a mellékletet ne továbbítsa a hitelezői választmányon kívül.

Segíts rövidebbre fogalmazni!`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')} – Μόνο για το Διοικητικό Συμβούλιο
Προϋπολογισμός καλλιτεχνικής περιόδου 2025/26 – Λυρική Σκηνή

Οι αμοιβές των σολίστ αυξάνονται κατά 8%.

Γράψε μια περίληψη δύο γραμμών.`),

  rec('notice_tr', f`Bu belge ${mark('HİZMETE ÖZEL')} olarak sınıflandırılmıştır.

Opera binası güvenlik planı – prömiyer gecesi giriş düzeni ve personel yerleşimi.

Bunu gişe ekibi için sade bir kontrol listesine çevirir misin (güvenlik detayları olmadan)?`),

  rec('doc_ja', f`${mark('社外秘')}
2025年度 公演ラインナップ（案）
・新制作「蝶々夫人」3月
・「魔笛」再演 6月

この内容をもとに、社内向けの告知文を短く書いてください。`),

  rec('doc_ko', f`${mark('대외비')} — 지상국 운영팀 내부용
제주 지상국 안테나 교체 일정 및 고객사 영향 분석

이 문서를 고객 안내문으로 바꿔 주세요. 일정은 빼고요.`),

  rec('doc_zh', f`${mark('内部资料 注意保密')}
驾校加盟店2025年收费标准调整方案
C1科目二、科目三培训费上调8%，老学员不受影响。

帮我改写成给学员的通知，语气温和一些。`),

  rec('doc_ru', f`${mark('Коммерческая тайна')}
ООО «Полярное сияние – Наземные станции»
Условия договора на приём телеметрии с заказчиком «Арктик-Сат» на 2025 год.

Сделай краткое резюме на английском без цифр.`),

  rec('email_he', f`נושא: ${mark('חסוי')} – סיכום ישיבת צוות המרפאה

לא להעביר מחוץ לצוות. נדון במקרה של מטופל עם סיבוך לאחר ניתוח.

תנסח בבקשה תזכורת לישיבה הבאה בלי פרטים רפואיים.`),

  rec('chat_en', f`Our driving-school franchise agreement template has "${amb('confidential.marking', 'COMMERCIAL IN CONFIDENCE')}" in the footer. A franchisee asks if they can show it to their accountant. Is that allowed, generally speaking?`, 'a marking quoted in a question about the marking, not marking this text: ambiguous'),
];
