/**
 * Held-out batch 113: classification markings on fleet plans, device field notices, pricing papers,
 * touring budgets, site security reviews and enforcement files, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH113_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en_gb', f`${mark('COMMERCIAL IN CONFIDENCE')}

Board paper 14/2024 – Fleet renewal, western corridor
Recommendation: charter one ro-pax vessel for 2026–2028 and defer the newbuild decision to Q2 2025. Lane-metre demand on the Irish Sea routes is forecast to grow 4% a year; freight customers are pushing for an earlier 06:00 departure.

Please turn this into five bullet points for the staff briefing — without the charter rates.`),

  rec('doc_de', f`${mark('STRENG VERTRAULICH')}
Sicherheitsmitteilung an Servicetechniker – Blutpumpe Rev. B

Bei 14 Geräten wurde ein Riss im Rotorgehäuse gefunden. Bis zum Austausch ist die Pumpe bei jeder Wartung auf Geräusche zu prüfen. Kommunikation an Kliniken erfolgt ausschließlich durch den Hersteller.

Fußzeile: ${mark('Vertraulich – nur für den internen Gebrauch')}

Bitte kürze das auf eine WhatsApp-taugliche Nachricht an die Techniker.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – budget tournée Asie 2025

Bonjour à tous,

${mark('Ce document est strictement confidentiel')} et ne doit pas être transmis aux musiciens avant l'assemblée du 12 novembre. Le déficit prévisionnel de la tournée est de 186 000 €, ce qui impose de supprimer la date de Singapour ou de trouver un mécène supplémentaire.

Merci de me faire une version courte pour le président.`),

  rec('doc_nl', f`Classificatie: ${mark('VERTROUWELIJK')}

Field Safety Notice – waterbehandelingsunit WTU-400
Bij drie installaties in thuisdialyse is een verhoogd endotoxinegehalte gemeten na het vervangen van het RO-membraan. Monteurs moeten na elke vervanging een desinfectiecyclus van 60 minuten uitvoeren.

Maak hier een checklist van voor de monteurs.`),

  rec('doc_ja', f`【${mark('社外秘')}】アジアツアー 2025 収支見込み

東京・大阪・ソウル・台北の 4 公演で、会場費と輸送費の合計は前年比 18% 増。楽器の航空輸送をやめ、現地でティンパニとコントラバスを借りる案を検討中。

※${mark('取扱注意')}：楽団員への共有は理事会承認後とする。

この内容を英語の短いメールにしてください。`),

  rec('chat_ko', f`다음 문서 제목을 영어로 번역해 주세요. 문서 상단에 "${amb('confidential.marking', '대외비')}"라고 찍혀 있는데 그것도 같이 번역해 주세요:

${mark('대외비')} — 데이터센터 2단계 공사 현장 출입통제 개선안
1. 임시 출입증 발급 시 신분증 사본 보관 폐지
2. 야간 자재 반입은 경비 2인 입회 하에만 허용`),

  rec('doc_zh_cn', f`${mark('机密')} 数据中心项目 — 施工现场安全事故复盘（9 月 18 日）

事故经过：一名分包商工人在二层机房未系安全带作业时从脚手架坠落，腿部骨折。现场监控显示该区域门禁在 14:02 被强制打开。

请把这段改写成给总部的英文简报，语气客观。`),

  rec('doc_ru', f`${mark('КОНФИДЕНЦИАЛЬНО')}
Служебная записка отдела по защите прав потребителей

Проверка страховой компании «Нива-Гарант»: выявлено 412 случаев навязывания страхования жизни при оформлении кредитов по телефону. Предлагается направить материалы в прокуратуру.

Гриф: ${mark('Для служебного пользования')}

Сократи, пожалуйста, до одного абзаца для руководителя.`),

  rec('email_tr', f`Konu: ${mark('GİZLİ')} – Mikrosigorta fiyat revizyonu

Merhaba,

${mark('Bu belge gizlidir')}, dağıtmayınız. Sağlık paketinde hasar prim oranı %94'e çıktı; 1 Ocak'tan itibaren aylık primi 89 TL'den 109 TL'ye çıkarmayı öneriyoruz. Çağrı merkezi senaryosu buna göre güncellenecek.

Bunu yönetim kurulu için üç maddeye indirir misin?`),

  rec('doc_ar', f`${mark('سري للغاية')}

تقرير أمن الموقع — مشروع مركز البيانات (المرحلة الثانية)
تم رصد ثلاث محاولات دخول بشارات مستنسخة عبر البوابة الشمالية خلال أسبوع واحد. نوصي باستبدال القارئات بقارئات تدعم التشفير قبل نهاية الشهر.

لخّص التقرير باللغة الإنجليزية في ثلاث نقاط.`),

  rec('doc_he', f`${mark('סודי')} — ${mark('לשימוש פנימי בלבד')}

סיכום ישיבה: תלונות צרכנים נגד חברת ביטוח סלולר. נמצא דפוס של דחיית תביעות גניבה בטענה שלא הוגש אישור משטרה, גם כשהאישור צורף. מומלץ לפתוח בירור רשמי.

תתרגם לאנגלית בבקשה.`),

  rec('advisory_en_us', f`${mark('TLP:AMBER')}

Advisory for site security leads: the firmware on the turnstile controllers (v3.2.x) accepts replayed badge reads over the RS-485 bus. Do not share outside the contractor group and the client's security team.

Can you help me write a plain-English action list for the night guards (no technical detail)?`),

  rec('email_sv', f`Ämne: ${mark('KONFIDENTIELLT')}: turnéavtal Stockholm–Tallinn

Hej Erik,

Här är utkastet till avtalet med rederiet om transport av instrument och orkester. Rabatten är 35 % mot att vi nämner dem i programbladet.

Hälsningar
Lotta Ek
Orkesterkansliet
${phone('+46 70 482 91 73')}

${amb('confidential.marking', 'Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för mottagaren.')} Om du fått det av misstag, radera det.

Kan du göra en engelsk sammanfattning?`),

  rec('doc_it', f`${mark('RISERVATO – USO INTERNO')}
Verbale riunione direzione assistenza tecnica, 3 ottobre

- Carenza di tecnici in Sicilia: 2 dimissioni, 140 macchine per dialisi da coprire.
- Proposta: trasferta a rotazione dalla Campania, indennità 65 €/giorno.

Riassumi in inglese per il capo area EMEA.`),

  rec('doc_es_mx', f`${mark('CONFIDENCIAL')}
Dictamen preliminar – expediente de queja colectiva contra aseguradora de microseguros agrícolas

${mark('Información reservada')} conforme a la normativa de transparencia hasta la conclusión del procedimiento.
Se acreditan 63 casos en los que el pago de la indemnización por sequía se retrasó más de 90 días.

Dame un resumen de un párrafo para la titular de la unidad.`),

  rec('doc_en_au', f`${mark('OFFICIAL: Sensitive')}

Compliance update – phone-sold funeral and health cover
We have received 37 complaints about outbound sales calls to residents of aged-care facilities. Two providers will be asked to show cause by 15 November.

Rewrite as a short briefing for the minister's office, same classification.`),

  rec('doc_pl', f`${mark('POUFNE – wyłącznie dla zarządu')}
Analiza szkodowości ubezpieczeń upraw 2024: susza w lipcu, wskaźnik szkodowości 131%. Rekomendacja: podnieść próg indeksu opadowego z 60 do 75 mm.

Przetłumacz na angielski.`),
];
