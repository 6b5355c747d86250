/**
 * Held-out batch 41: classification markings in memos, e-mails, board packs and briefings, in the
 * staff's languages, with the marking in headers, subjects, footers and inline. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH41_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} — BOARD ONLY

Brucefield Offshore Catering: contract renewal, Northern North Sea
The operator has asked for a 9% rate cut on the galley contract from April. We intend to accept 4% and withdraw night-shift hot meals on two normally-unmanned installations. Union not yet informed.

Can you turn this into speaking notes for the MD, 5 bullets max?`),

  rec('email_nb', f`Emne: ${mark('FORTROLIG')} – ny takstmodell 2025

Hei alle,
Vedlagt utkast til ny sonestruktur. Forslaget innebærer at enkeltbillett i sone 1 går fra 44 til 49 kroner. Dette må ikke deles med fylkeskommunen før styremøtet 12.12.

Kan du lage en kort oppsummering på nynorsk til styret?`),

  rec('doc_is', f`${mark('TRÚNAÐARMÁL')}
Minnisblað til ráðuneytis: endurnýjun veðurratsjár á Austurlandi
Kostnaðaráætlun 410 m.kr. Birgir hefur boðið 18 mánaða afhendingu.

Þýddu þetta yfir á ensku fyrir samstarfsaðila okkar hjá EUMETNET.`),

  rec('email_nl', f`Onderwerp: verkoopcijfers Q3 – ${mark('STRIKT VERTROUWELIJK')}

Hoi Lotte,
Omzet webshop Q3: €612k (+18%), marge op houten schaakspellen gedaald naar 31%. We overwegen de Poolse leverancier te vervangen.
Niet doorsturen aan het magazijn.

Maak hier drie slides van, aub.`),

  rec('doc_es', f`Resúmeme este documento en 3 líneas:

${mark('CONFIDENCIAL')} — USO EXCLUSIVO DE LA DIRECCIÓN
Plan de apertura de dispensarios 2025 (Guadalajara, Monterrey). Inversión prevista: MXN 38 M. Pendiente de licencia COFEPRIS para la segunda sede.`),

  rec('email_it', f`Oggetto: ${mark('RISERVATO')} – graduatoria borse di studio internazionali

Colleghi,
allego la graduatoria provvisoria. Non va comunicata ai candidati prima della delibera del 20 gennaio.

Riassumi in inglese per il comitato, per favore.`),

  rec('briefing_el', f`Μετάφρασε στα αγγλικά:

${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Ενημέρωση προς Γενική Διεύθυνση: σχέδιο μετεγκατάστασης του κέντρου προγνώσεων στη Λάρισα. Το προσωπικό δεν έχει ενημερωθεί.`),

  rec('doc_tr', f`${mark('HİZMETE ÖZEL')}
Konu: Şehirlerarası hatlarda bilet fiyatlarının %12 artırılması
Yönetim kurulu onayı bekleniyor; basına açıklama yapılmayacaktır.

Bunu yönetim kurulu için bir e-postaya çevirir misin?`),

  rec('email_ro', f`Subiect: Oferta pentru contractul de catering Neptun Deep

Bună,
Atașat găsești oferta noastră finală, 1.240 lei/persoană/zi. Documentul este ${mark('strict confidențial')} și nu se transmite subcontractorilor.

Poți să o rescrii mai concis?`),

  rec('doc_pl', f`${mark('POUFNE')} – tylko do użytku wewnętrznego
Analiza marży: zestawy turniejowe vs. gry planszowe. Rekomendacja: wycofanie 40 SKU o rotacji poniżej 2/rok.

Zrób z tego tabelkę.`),

  rec('doc_ms', f`Terjemahkan ke bahasa Inggeris:

${mark('SULIT')}
Kertas cadangan: penambahan 14 kakitangan katering di pelantar Kikeh bagi tempoh Januari–Jun. Kos tambahan RM 1.2 juta.`),

  rec('doc_ko', f`${mark('대외비')}
2025년 국제학생 모집 목표 및 장학금 예산안
- 한국 지원자 목표: 85명 (전년 대비 +20%)
- 장학금 총액: £410,000

이 문서를 영어 이메일로 요약해 줘.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Phishing campaign targeting ticketing staff: fake "fare table update" mails with a macro-enabled XLSM. Share only within your organisation and with the regional CSIRT.

Write me a 3-sentence heads-up for our drivers' tablets team.`),

  rec('email', f`Subject: Supplier audit — Kingston grow facility

Team,
Findings attached. Please treat this report as ${mark('commercial in confidence')}; it must not go to the licensing authority until legal has reviewed it.

Summarise the 4 main non-conformities for me.`),
  rec('email_sw', f`Kichwa: ${mark('SIRI')} – mpango wa kupunguza njia za mabasi Pwani

Habari timu,
Tunapendekeza kusitisha njia 3 za usiku kuanzia Machi. Taarifa hii isitolewe kwa madereva hadi mkutano wa bodi.

Asante,
Meneja wa Uendeshaji

${amb('confidential.marking', 'Barua pepe hii na viambatisho vyake ni vya siri na vimekusudiwa kwa mpokeaji aliyetajwa tu.')}

Nisaidie kuandika muhtasari kwa Kiingereza.`),
];
