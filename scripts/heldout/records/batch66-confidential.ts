/**
 * Held-out batch 66: classification markings on fixture recaps, geotechnical reports, investor
 * decks, price lists, procurement memos and advisories, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH66_CONFIDENTIAL: DraftRecord[] = [
  rec('recap_uk', f`${mark('PRIVATE AND CONFIDENTIAL')}

RECAP – m/v CAPE HALCYON / Meridian Chartering
- Cargo: 170,000 mt 10% MOLOO iron ore in bulk
- Load: Port Hedland, 1 SB; Disch: Qingdao, 1 SB
- Laycan: 14–18 April
- Freight: USD 9.85 pmt FIOT
- Demurrage/despatch: USD 28,000 pdpr / half despatch
- Commission: 3.75% address + 1.25% brokerage

Please turn this into a clean one-paragraph summary for the morning meeting.`),

  rec('list_nb', f`${mark('KONFIDENSIELT')} – kun til intern bruk

Posisjonsliste supramax, uke 12
Star Fjell – åpen Santos 20/3
Nordkapp Trader – åpen Rotterdam 24/3
Vesterhav – åpen Houston 27/3

Kan du lage en kort engelsk versjon som jeg kan lese opp i morgenmøtet? Ikke send den videre.`),

  rec('email_el', f`Θέμα: ${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')} – αντιπρόταση ναυλωτών

Γιώργο, οι ναυλωτές ζητούν έκπτωση 0,35 USD/τόνο και επέκταση του laycan κατά δύο ημέρες. Οι πλοιοκτήτες μάλλον θα δεχτούν το laycan αλλά όχι την έκπτωση.

Μπορείς να μου ετοιμάσεις μια απάντηση στα αγγλικά, ευγενική αλλά σταθερή;`),

  rec('report_de', f`${mark('VERTRAULICH')} – nur für den internen Gebrauch

Geotechnischer Zwischenbericht Los 2, Vortrieb Oströhre
Zwischen Tm 1+240 und 1+310 wurden stark wechselnde Verhältnisse angetroffen (Mergel mit Sandsteinlinsen). Die Setzungen an der Oberfläche liegen mit max. 11 mm noch unter dem Warnwert von 15 mm. Empfehlung: Stützdruck um 0,2 bar erhöhen, Messintervall auf 6 h verkürzen.

Bitte fasse das in drei Stichpunkten für die Bauherrenbesprechung zusammen.`),

  rec('informe_es_cl', f`Hola, ¿me ayudas a resumir este informe para la reunión con el mandante? Tiene que ser en lenguaje simple.

${mark('CONFIDENCIAL')}
Informe semanal de asentamientos – Túnel Línea 7, Lote 3
Los puntos de control PC-14 a PC-19 registraron asentamientos de hasta 9 mm tras el paso de la tuneladora. Se recomienda mantener la presión de inyección de mortero y reforzar el monitoreo nocturno.`),

  rec('deck_us', f`Speaker notes for slide 2 of our seed extension deck. The footer on every slide reads "${mark('Confidential – Investor Materials')}" and the intro says "${mark('This deck is confidential')} and shared under NDA".

Slide 2: 410k MAU, 62% of paying users still active after 6 months, clinic partnerships in 3 countries. Make the notes punchier, under 80 words.`),

  rec('memo_fi', f`${mark('LUOTTAMUKSELLINEN')}

Muistio – kirjastojärjestelmän kilpailutus
Tarjouksia saatiin kolme. Halvin tarjous ei täytä saavutettavuusvaatimuksia. Hankintaryhmä ehdottaa neuvottelua kahden muun tarjoajan kanssa ennen 30.4.

Voitko tiivistää tämän kolmeen virkkeeseen johtoryhmälle?`),

  rec('pricelist_nl', f`Kun je deze prijslijst omzetten naar een tabel met artikel, oude prijs en nieuwe prijs?

${mark('VERTROUWELIJK')} – niet doorsturen naar klanten
Prijsaanpassing per 1 april (groothandel, dierenartsenpraktijken):
- Amoxicilline 250 mg, 100 tabl.: € 18,40 → € 19,90
- Meloxicam orale suspensie 1,5 mg/ml, 100 ml: € 22,10 → € 23,50
- Hondenvaccin DHPPi, 10 doses: € 64,00 → € 67,20`),

  rec('report_pt', f`Relatório de cancelamentos – 1.º trimestre
${mark('CONFIDENCIAL')} | Uso exclusivo da Direção

A taxa de cancelamento das assinaturas digitais subiu de 3,1% para 4,4%, sobretudo depois do aumento de preço em fevereiro. As assinaturas em papel mantêm-se estáveis.

Consegues reescrever isto de forma mais positiva para a reunião com a redação?`),

  rec('slide_ja', f`このスライドの発表原稿を1分くらいで作ってください。フッターには「${mark('社外秘')}」と入っています。

スライド5：新しい排卵予測モデル
・予測誤差 平均2.1日 → 1.4日
・対象：過去6周期以上記録しているユーザー
・4月から段階的に配信`),

  rec('doc_zh', f`${mark('机密')}
华东区租船业务季度回顾（仅限内部）
本季度共完成 38 笔成交，其中海岬型 11 笔，超灵便型 27 笔。佣金收入同比增长 12%。

请把这段翻译成英文，语气正式一点。`),

  rec('contract_ru', f`Гриф: ${mark('КОММЕРЧЕСКАЯ ТАЙНА')}

Дополнительное соглашение № 3 к договору поставки ветеринарных препаратов
Скидка для сети клиник «Айболит-Плюс» увеличивается с 7 % до 9 % при годовом обороте свыше 18 млн руб.

Перескажи, пожалуйста, суть простыми словами для менеджера по продажам.`),

  rec('advisory_scot', f`${mark('TLP:AMBER')}

From the Scottish library network's security group: phishing e-mails pretending to be from the LMS vendor are asking staff to "re-validate" their admin accounts. Limited disclosure: share within your own library service only.

Can you help me write a short, calm staff notice about this? No vendor names, please.`),

  rec('memo_ko', f`${mark('대외비')}
2분기 제휴 클리닉 확대 계획
- 서울 4곳, 부산 2곳 추가 예정
- 클리닉 전용 대시보드 6월 베타

이 내용을 영어로 번역해 주세요. 투자자 업데이트 메일에 넣을 거예요.`),

  rec('letter_tr', f`${mark('GİZLİ')}

Konu: İstanbul hattı tünel kazısı – yüzey oturmaları
Km 4+120 civarındaki binalarda kılcal çatlaklar tespit edilmiştir. Bina sahipleriyle görüşme yapılmadan önce basına bilgi verilmemesi rica olunur.

Bunu İngilizceye çevirir misin? Yüklenici ortaklığa gönderilecek.`),

  rec('offer_fr_ch', f`Bonjour, peux-tu relire cette offre pour le réseau de cabinets vétérinaires ? ${mark('Ce document est strictement confidentiel')} et destiné uniquement à la direction du réseau. Remise annuelle : 6 % dès CHF 250'000 de chiffre d'affaires, 8 % dès CHF 400'000. Livraison en 24 h garantie en Suisse romande.`),

  rec('offer_pl', f`${mark('Tajemnica przedsiębiorstwa')}
Oferta na dostawę czytników RFID dla sieci bibliotek miejskich
Cena jednostkowa: 1 890 zł netto, 42 sztuki, montaż w cenie.

Popraw proszę styl tego akapitu, żeby brzmiał bardziej profesjonalnie.`),

  rec('email_it_footer', f`Puoi rendere più cordiale questa risposta al cliente?

Gentile dott. Ferri,
le confermo che l'ordine n. 55721 partirà domani con corriere refrigerato.
Cordiali saluti,
Ufficio Ordini ZooFarma

--
${amb('confidential.marking', 'Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario indicato.')} Se ha ricevuto questo messaggio per errore, la preghiamo di cancellarlo.`),
];
