/**
 * Held-out batch 60: classification markings (headers, footers, inline statements) in memos, letters,
 * reports and slides of the six organisations of this batch, in many languages, plus look-alikes.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH60_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_es', f`${mark('CONFIDENCIAL')} — USO EXCLUSIVO DEL COMITÉ DE EXPORTACIONES

Asunto: propuesta de precio para el contrato anual con Groene Markt B.V.
Proponemos cerrar a USD 4,35/lb FOB Cartagena para café orgánico excelso, con un piso de USD 3,90 si el diferencial cae. No comunicar esta cifra a los demás compradores hasta la firma.

Resúmelo en tres viñetas para la asamblea de delegados, sin las cifras.`),

  rec('letter', f`${mark('PRIVILEGED AND CONFIDENTIAL')}
${mark('LEGAL PROFESSIONAL PRIVILEGE')}

Dear Ms Adeyemi,

Thank you for meeting us on 26 November. Having reviewed the tenancy agreement and the section 21 notice, our view is that the notice is invalid because the deposit was not protected within 30 days. We recommend that you do not leave the property on the date stated.

Can you rewrite this in plain English at a reading age of about 11? The client has told us she finds our letters hard to follow.`),

  rec('doc_de', f`Bitte übersetze die Überschrift und den ersten Absatz ins Englische:

${mark('VERTRAULICH – NUR FÜR DEN INTERNEN GEBRAUCH')}
Kalkulation Herbstsortiment 2025 – Korkenzieher Weinimport GmbH
Die Rohertragsmarge im Gastronomiekanal soll von 31 % auf 34 % steigen; dafür entfallen die Staffelrabatte ab 60 Flaschen.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – projet de rachat du cabinet de pédodontie de Villeurbanne

Bonjour à tous,

Comme évoqué en comité, nous entrons en négociation exclusive avec les deux associées. Valorisation indicative : 1,2 à 1,4 M€. Merci de ne pas en parler aux équipes avant l'annonce officielle.

Peux-tu transformer ça en ordre du jour pour la réunion de jeudi ?`),

  rec('report_ja', f`以下の障害報告書の要約を英語で作ってください。

${mark('社外秘')}
件名：12月1日 東西線 信号設備障害（連動装置 再起動）について
発生時刻 05:42、早朝点検後の連動装置の再起動に失敗し、始発から約25分間、手信号による運転となった。原因は設定ファイルの版数不一致と推定される。`),

  rec('quote_ko', f`${mark('대외비')}
데이터센터 냉각 설비 유지보수 견적 (2025년)
- 항온항습기 24대 정기 점검: 연 4회
- 칠러 3대 오버홀: 2025년 3분기
할인율은 경쟁사 견적 대비 8% 낮게 책정함.

위 내용을 바탕으로 고객에게 보낼 정중한 이메일 초안을 써 주세요. 할인율 근거는 빼 주세요.`),

  rec('doc_zh_tw', f`${mark('機密文件')}\u3000請勿外流
2025 年度進口葡萄酒採購計畫
一、法國布根地：縮減 15%，轉向智利與南非。
二、日本通路代理權談判預計於三月完成。

請幫我把這段改寫成給董事會的簡報大綱。`),

  rec('doc_pl', f`Przetłumacz na angielski, zostaw oznaczenie na górze:

${mark('Dokument poufny – wyłącznie do użytku wewnętrznego')}
Analiza awarii napędów zwrotnicowych na stacji Kabaty, listopad 2024. Trzy przypadki przekroczenia czasu przełożenia powyżej 6 s; przyczyna: zużycie sprzęgła ciernego w napędach z partii dostawy 2019.`),

  rec('memo_ru', f`${mark('КОНФИДЕНЦИАЛЬНО')}. ${mark('Коммерческая тайна')}
Служебная записка
О переносе замены аппаратуры МПЦ на станции «Северная» с апреля на сентябрь 2025 года в связи с задержкой поставки от производителя.

Сделай, пожалуйста, из этого краткое сообщение для начальников смен, без упоминания поставщика.`),

  rec('advisory', f`${mark('TLP:AMBER')}

Vendor notice received 29 Nov: a vulnerability in the web maintenance interface of the axle-counter evaluator (firmware < 4.2.7) allows unauthenticated read of the configuration. Mitigation: restrict the maintenance VLAN, disable the web interface where not needed. Recipients may share with their own organisation's signalling staff only.

Help me write a short internal work instruction for the night shift based on this, without naming the vendor.`),

  rec('email_it', f`Puoi rendere più scorrevole questa mail al nostro agente in Germania?

"Caro Stefan, ti allego il listino 2025 per i clienti Ho.Re.Ca. ${mark('Il documento è riservato e confidenziale')}: ti chiedo di non inoltrarlo ai distributori. I prezzi entrano in vigore dal 1° febbraio."`),

  rec('doc_ar', f`${mark('سري للغاية')}
محضر اجتماع لجنة التسعير – بولارويند لأنظمة التبريد
تقرر تخفيض سعر عقد الصيانة الشامل لعميل مركز البيانات في الدمام بنسبة ١٢٪ للفوز بالمناقصة.

لخّص المحضر في ثلاث نقاط باللغة الإنجليزية.`),

  rec('note_he', f`${mark('חסוי – חיסיון עורך דין-לקוח')}
סיכום פגישה עם הלקוח, 28.11: הלקוח מסר שחתם על הסכם הפשרה בלחץ ולא הבין את התנאים. יש לבדוק אפשרות לביטול ההסכם בשל כפייה.

תנסח לי את זה בצורה מסודרת לתיק, בלי לשנות את המהות.`),

  rec('doc_tr', f`Bu yazının girişini İngilizceye çevirir misin?

${mark('GİZLİDİR')}
Hukuk Kliniği Yönetim Kurulu'na
Konu: 2025 yılı bağış gelirlerindeki düşüş ve gönüllü avukat sayısının azaltılması önerisi.`),

  rec('email_nl', f`Hoi, kun je deze mail korter maken?

"Beste collega's, bijgaand het conceptrapport over de storing in de koelinstallatie bij het datacenter in Amsterdam-Zuidoost. ${mark('Dit document is vertrouwelijk')} en mag niet met de klant gedeeld worden voordat de oorzaak is bevestigd door de fabrikant."`),

  rec('slide_sv', f`Talarmanus till bild 4. Sidfoten på alla bilder lyder "Vinkällaren Import AB · ${mark('KONFIDENTIELLT')} · utkast 3". Förklara den nya prismodellen för restaurangkunder på under en minut.`),

  rec('email_footer', f`Thanks Priya, we'll confirm the extraction appointment for Tuesday.

Kind regards,
Front Desk, Little Molars Petone

${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the addressee.')} If you have received it in error, please delete it and let us know.`),

  rec('chat_bg', f`Клиентът иска на всяка страница от офертата да пише "${amb('confidential.marking', 'ПОВЕРИТЕЛНО')}" в горния колонтитул. Как да го направя в Word така, че да не излиза на заглавната страница?`, 'a marking quoted in a formatting question, not marking this text: ambiguous'),
];
