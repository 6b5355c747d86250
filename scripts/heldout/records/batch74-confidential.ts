/** Held-out batch 74: classification markings in headers, footers, banners and status sentences, in many languages. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH74_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – NUR FÜR DIE PARTNERVERSAMMLUNG

Betreff: Übernahme der Mandatsbasis von Keller & Roth Vermögensberatung (Zug)

Kaufpreis-Indikation: 1,4–1,6 × Jahresumsatz, Earn-out über 3 Jahre. 212 Mandate, davon 38 mit Vermögen > CHF 10 Mio. Die beiden Seniorpartner bleiben 24 Monate.

Fasse das in fünf Stichpunkten für die Einladung zusammen, ohne die Zahlen.`),

  rec('report_fr', f`Peux-tu résumer ce compte rendu pour le conseil d'administration en 10 lignes ?

${mark('CONFIDENTIEL')} — Comité d'éthique de la maison de répit
Séance du 12 mars 2025
Point 1 : demande d'une famille de limiter les soins de confort à domicile ; avis favorable sous réserve de l'accord du médecin référent.
Point 2 : deux signalements de stagiaires concernant les photos prises dans les chambres.`),

  rec('email_es', f`Asunto: Revisión de la planificación patrimonial – familia Oyarzun

Adjunto el borrador del informe. Recuerda que ${mark('este documento es confidencial')} y no puede enviarse al cliente hasta que lo revise el socio.

Un saludo,
Marta

¿Me ayudas a hacer más cortas las conclusiones del informe? Te pego el texto abajo.`),

  rec('doc_it', f`${mark('RISERVATO E CONFIDENZIALE')}
Hospice pediatrico – Relazione sull'evento avverso del 2 marzo
Descrizione: somministrazione ritardata di morfina di circa 40 minuti durante il cambio turno. Nessun danno permanente al paziente.

Traduci in inglese solo il titolo e la descrizione, per il nostro partner britannico.`),

  rec('doc_is', f`Þýddu þessa skýrslu á ensku fyrir erlenda ráðgjafann:

${mark('TRÚNAÐARMÁL')} – eingöngu til innri nota
Ástandsskoðun stíflu og yfirfalls, mars 2025
Sprungur í steypu á yfirfallsþröskuldi hafa lengst um 14 cm frá síðustu skoðun. Mælt er með lækkun hámarksvatnshæðar um 0,5 m þar til viðgerð fer fram.`),

  rec('doc_tr', f`${mark('HİZMETE ÖZEL')}

Satıcı Dolandırıcılık Analizi – Şubat 2025
Sahte fatura ile iade talep eden 17 satıcı tespit edildi; toplam zarar 412.000 TL. 9 hesap kapatıldı, 8'i inceleniyor.

— ${mark('Bu belge gizlidir')}; yalnızca yönetim kurulu üyeleri içindir.

Bu raporu yönetim için 3 maddede özetler misin? Alt satırdaki uyarıyı da koru.`),

  rec('doc_ko', f`다음 문서의 요약을 만들어 주세요. 상단에 "${amb('confidential.marking', '대외비')}" 표시는 그대로 두고요.

[${mark('대외비')}] 2025년 2분기 판매 수수료 개편안
- 엔진·변속기 부품 카테고리 수수료 8% → 10%
- 신규 판매자 3개월 수수료 면제 폐지
- 시행일: 2025년 5월 1일 (판매자 공지는 4월 15일)`),

  rec('doc_zh_tw', f`請把以下內容翻成英文，給香港分公司看：

${mark('機密文件')}，${mark('僅限內部使用')}
保稅倉庫年度盤點差異報告（2024）
差異總額：新台幣 1,284,000 元；主要為電子零件類，疑似入庫時條碼重複。`),

  rec('doc_et', f`${mark('ASUTUSESISESEKS KASUTAMISEKS')}
Juurdepääsupiirang kehtib kuni 31.12.2027

Tolliladu, Muuga sadam – turvaintsidendi kokkuvõte
Öövahetuse ajal avati aia värav 02:14 ilma pääsukaardita. Kaamerasalvestis on olemas, politsei on teavitatud.

Palun tõlgi see inglise keelde juhtkonnale.`),

  rec('email_lv', f`Tēma: ${mark('KONFIDENCIĀLI')} – muitas audita rezultāti

Labdien, kolēģi!
Muitas pārbaudē konstatētas 3 neatbilstības starp noliktavas uzskaiti un deklarācijām. Lūdzu, nepārsūtiet šo e-pastu ārpus vadības grupas.

Vai vari šo pārrakstīt formālākā valodā?`),

  rec('doc_sl', f`Poenostavi ta zapis za učitelje, ampak ohrani oznako na vrhu:

${mark('ZAUPNO')}
Zapisnik sestanka o tečajnikih s posebnimi potrebami, 5. 3. 2025
Dva tečajnika potrebujeta tolmača za znakovni jezik; en tečajnik je zaradi travme opravičen ustnega izpita.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')} – Μόνο για τη Διοίκηση

Έκθεση απογραφής τελωνειακής αποθήκης Πειραιά, Α' τρίμηνο 2025
Ελλείμματα σε 4 θέσεις παλετών (καπνικά προϊόντα). Ενημερώθηκε η Τελωνειακή Αρχή.

Κάνε μου μια σύνοψη 3 γραμμών στα αγγλικά.`),

  rec('doc_ar', f`ترجم هذا التقرير إلى الإنجليزية من فضلك:

${mark('سري للغاية')}
تقرير فحص السد بعد الهزة الأرضية بتاريخ ٣ آذار
لوحظ تسرب خفيف في الرواق السفلي بمعدل ٢ لتر في الثانية. يوصى بخفض منسوب البحيرة ومراقبة التسرب كل ست ساعات.`),

  rec('doc_ms', f`${mark('SULIT')}
Laporan Audit Dalaman – Gudang Berlesen Pelabuhan Klang
Penemuan: rekod keluar masuk barang bercukai tidak dikemas kini selama 6 hari pada bulan Februari.

Tolong ringkaskan dalam Bahasa Inggeris untuk ibu pejabat.`),

  rec('email', f`Subject: Q1 board pack – draft 2

Hi all, attached is the draft board pack. Footer on every page reads "Lanternhouse Children's Hospice · ${mark('INTERNAL – NOT FOR CIRCULATION')} · v2".

Can you rewrite the CEO summary on page 2 so it fits on half a page?`),

  rec('doc_ca', f`${mark('DOCUMENT CONFIDENCIAL')} – Ús exclusiu del client

Informe de planificació de l'Impost sobre el Patrimoni 2025
Recomanem traslladar la titularitat de les participacions a una societat holding abans del 31 de desembre per aplicar l'exempció d'empresa familiar.

Pots revisar l'ortografia d'aquest paràgraf?`),

  rec('chat_mn', f`Энэ баримтын эхний хэсгийг англи руу орчуулаарай:

${mark('НУУЦ')}
Худалдагчдын шимтгэлийн шинэ бүтэц, 2025 оны 3-р улирал
Сэлбэгийн ангилалд шимтгэлийг 6%-иас 9% болгож нэмэгдүүлэх санал.`),

  rec('doc_sv', f`Kan du korta ner det här protokollet till fem meningar? Behåll sidfoten.

Protokoll, ledningsgruppen språkskolan, 11 mars 2025
§ 4 Två lärare har sagt upp sig inför hösten; rekrytering startar i april.
§ 5 Kommunens ersättning per elev sänks med 6 % från 1 juli.

Sidfot: Bridgelingua Sverige AB · Sekretessklass: ${mark('Intern')} · ${mark('Får ej spridas utanför ledningsgruppen')}`),

  rec('email_footer', f`Dear Mr Okoye,

Thank you for your enquiry about bonded storage of your consignment. Our rates for Q2 are attached.

Kind regards,
Bondhaven Logistics Nigeria Ltd

${amb('confidential.marking', 'CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee.')} If you are not the intended recipient, please delete it.

→ can you make the first paragraph friendlier?`),
];
