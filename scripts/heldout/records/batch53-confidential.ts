/**
 * Held-out batch 53: classification markings on tape-out plans, trading memos, benefit-office
 * papers, medevac contracts and removals tenders, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH53_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL – SUBJECT TO NDA')}
Nimbic Silicon · Tape-out readiness review, SerDes test chip "Kestrel"

- Signoff STA: 3 of 5 corners clean; SS/0.72 V/125 °C still −18 ps on the RX deserializer path
- DRC/LVS: clean on the full chip as of build 0412; antenna fixes pending on two macros
- Shuttle slot: foundry MPW closes 14 May; missing it moves us to the August shuttle
- Risk: second customer evaluation depends on silicon by end of Q3

Turn this into a one-slide status for the board with a red/amber/green per item.`),

  rec('email', f`Subject: ${mark('STRICTLY PRIVATE AND CONFIDENTIAL')} — cocoa book, week 11

Desk,

Net physical long 4,200 t (Ghana/CI mains), hedged 78% on ICE London. Given the mid-crop outlook we are reducing the hedge to 65% by Friday. Please do not discuss the position with brokers.

M.

Rewrite this as three bullet points I can read out at the morning meeting.`),

  rec('contract_fr', f`Traduis en anglais le préambule de ce contrat, pour l'assureur :

${mark('CONFIDENTIEL')} — Ne pas diffuser hors de la direction

Contrat-cadre de transport sanitaire aérien entre Aéro Secours Atlantique SAS et la Mutuelle des Voyageurs. Le présent contrat fixe les conditions de mise à disposition d'un avion sanitaire médicalisé (Learjet 45) 24h/24 au départ de Bordeaux-Mérignac, avec un délai de décollage garanti de 3 heures.`),

  rec('vorlage_de', f`${mark('VS – NUR FÜR DEN DIENSTGEBRAUCH')}

Vorlage für den Sozialausschuss, Sitzung am 8. Mai
Thema: Rückstand bei der Bearbeitung von Wohngeldanträgen

Derzeit 1.840 offene Anträge, durchschnittliche Bearbeitungszeit 14 Wochen. Vorschlag: befristete Einstellung von 4 Sachbearbeitenden, Auslagerung der Vorprüfung an die Stadtwerke-IT.

Bitte fasse die Vorlage in drei Sätzen für die Pressestelle zusammen — ohne die Personalzahlen.`, 'German public-sector marking "VS – Nur für den Dienstgebrauch"'),

  rec('doc_ja', f`以下の文書の概要を英語で作ってください。

${mark('社外秘')}
2025年度 第2四半期 開発計画（Kestrel テストチップ）
・PCIe Gen5 PHY の評価ボードを6月末までに完成
・顧客A社向けサンプル出荷は9月を目標
・検証チームを2名増員予定`),

  rec('doc_zh_tw', f`幫我把這份文件整理成英文的重點摘要：

${mark('機密')} 僅限專案成員閱覽
新竹辦公室 2025 年晶片開發時程
1. 7 月完成 RTL freeze
2. 9 月送出 tape-out
3. 預計 12 月收到第一批工程樣品`),

  rec('memo_es_co', f`${mark('CONFIDENCIAL')}

Memorando interno — Mesa de café verde
Asunto: Estrategia de compras cosecha principal 2025/26

Proponemos fijar precio sobre el 40 % del volumen esperado de Huila y Nariño antes de julio, con diferenciales máximos de +38 c/lb sobre el contrato de septiembre.

¿Me ayudas a convertir esto en un correo corto para los compradores regionales, sin los diferenciales?`),

  rec('doc_pt', f`Pode resumir isto em inglês para o diretor regional?

${mark('CONFIDENCIAL')} – uso restrito à diretoria
Plano de expansão das unidades de vistoria veicular 2025
Abertura de 3 novas unidades (Sorocaba, Jundiaí, Piracicaba) até dezembro; investimento estimado de R$ 6,2 milhões; negociação em andamento para credenciamento junto ao Detran-SP.`),

  rec('doc_sv', f`${mark('KONFIDENTIELLT')}

Anbudsunderlag – flyttjänster för Region Västra Götalands personalomflyttning 2026–2028
Vårt pris per m³ ligger 6 % under nuvarande leverantör. Marginalen räknas till 11 % vid full volym.

Kan du skriva om sammanfattningen så att den passar som inledning i anbudet? Utan marginalsiffran.`),

  rec('doc_he', f`תתרגם לאנגלית בבקשה את הפסקה הזאת מהמצגת לדירקטוריון:

${mark('סודי')} — להפצה פנימית בלבד
החברה בוחנת פתיחת מרכז תכנון שני בחיפה, עם 12 מהנדסים בשנה הראשונה. העלות המשוערת: 4.5 מיליון דולר בשנה.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}

Έκθεση συμβάντος — αποστολή αεροδιακομιδής ΑΜ-2502-19
Κατά την προσέγγιση στο αεροδρόμιο της Σάμου σημειώθηκε προειδοποίηση TAWS. Το πλήρωμα εκτέλεσε ανοδική διαφυγή, ο ασθενής μεταφέρθηκε κανονικά με καθυστέρηση 25 λεπτών.

Γράψε μου μια σύντομη περίληψη για το ενημερωτικό δελτίο ασφάλειας πτήσεων χωρίς ονόματα.`),

  rec('doc_tr', f`Bu yazıyı İngilizce'ye çevirir misin?

${mark('GİZLİDİR')}
Konu: Kartal ve Tuzla muayene istasyonlarında personel performans değerlendirmesi
Son 3 ayda Tuzla istasyonunda ağır kusur oranı %4,1 ile bölge ortalamasının yarısı. Denetim ekibinin istasyonu ziyaret etmesi önerilir.`),

  rec('advisory', f`${mark('TLP:AMBER')}

Sector advisory — air medical operators
Several operators report phishing mails impersonating an EFB vendor, asking crews to "re-validate" tablets via a link. Two operators found malware on dispatch PCs. Share only within your organisation and with your IT providers.

Please help me write a 5-line notice for our pilots and medical crews based on this.`),

  rec('email', f`Subject: Rent officer determinations — proposed changes

All,

Please note this paper is ${mark('confidential')} and must not be shared outside the Revenues & Benefits management team until the Cabinet decision on 12 June.

The proposal is to align our local housing allowance appeals process with the new regional rent officer schedule, and to publish decisions within 10 working days.

Can you make this paragraph less stiff?`, 'inline statement marking the document, lower case'),

  rec('email', f`Subject: Re: Tender 2025/RELO-07 – revised rate card

Hi Sam,

Attached is the revised rate card for the Oslo–Singapore corridor. The 20ft door-to-door rate drops to USD 7,850 from July.

Kind regards,
Ingrid Solberg
Orbis Relocations

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.')}

Can you summarise what changed in one sentence for our procurement log?`, 'e-mail confidentiality disclaimer: ambiguous'),

  rec('doc_ar', f`ممكن تلخص الورقة دي في ٣ نقاط بالإنجليزي؟

${mark('سري للغاية')}
خطة إعادة هيكلة مراكز اختبار القيادة في القاهرة الكبرى
- دمج مركزي مدينة نصر والتجمع الخامس في مركز واحد
- تقليل مدة انتظار الاختبار من ٦ أسابيع إلى أسبوعين
- الاستغناء عن ١٤ وظيفة إدارية`),

  rec('doc_am', f`ይህን ማስታወሻ በእንግሊዝኛ በሶስት ነጥቦች አጠቃልልልኝ፦

${mark('ጥብቅ ሚስጥር')}
የ2017 የቡና ኤክስፖርት ስትራቴጂ — ለቦርድ አባላት ብቻ
ወደ ጃፓን እና ኮሪያ የሚላከውን የይርጋጨፌ ቡና መጠን በ30 በመቶ ለማሳደግ ታቅዷል። ከሁለት አዳዲስ ገዢዎች ጋር ድርድር በሂደት ላይ ነው።`, 'Amharic marking "strictly secret"'),

  rec('doc_ms', f`${mark('SULIT')}

Laporan dalaman: Prestasi pengangkutan pesakit udara Sarawak, suku pertama 2025
Purata masa bertindak 47 minit, sasaran 40 minit. Dua misi dibatalkan kerana cuaca di Mukah.

Boleh ringkaskan dalam bahasa Inggeris untuk mesyuarat pengurusan?`),
];
