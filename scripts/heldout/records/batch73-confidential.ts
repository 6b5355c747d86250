/**
 * Held-out batch 73: classification markings in the staff's own languages — headers, footers,
 * banners and sentences declaring a document's status — in memos, reports and drafts pasted for
 * rewording, translation or summary. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH73_CONFIDENTIAL: DraftRecord[] = [
  rec('doc_de', f`Kannst du den folgenden Vermerk sprachlich glätten? Inhaltlich bitte nichts ändern.

${mark('VS – NUR FÜR DEN DIENSTGEBRAUCH')}

Staatsanwaltschaft Oldenburg – Abteilung Wirtschaftsstrafsachen
Vermerk zum Sachstand, Stand 25.11.2024

Die Auswertung der sichergestellten Buchhaltungsunterlagen ist zu etwa 70 % abgeschlossen. Nach derzeitigem Stand ergeben sich Hinweise auf fingierte Rechnungen eines Subunternehmers im Zeitraum 2021 bis 2023. Eine Erweiterung des Verfahrens auf weitere Beschuldigte wird geprüft; Durchsuchungsmaßnahmen sind nicht vor Januar zu erwarten.`),

  rec('memo_fr', f`${mark('CONFIDENTIEL – DIFFUSION RESTREINTE')}
Pharmacie à usage intérieur – CHU
Note à l'attention des chefs de pôle

Objet : tension d'approvisionnement sur l'amoxicilline/acide clavulanique IV

Le fournisseur titulaire nous annonce une rupture partielle jusqu'à fin janvier. Nous mettons en place un contingentement par service et un circuit de validation pharmaceutique renforcé.

→ Peux-tu transformer cette note en 4 puces pour la réunion de demain matin ?`),

  rec('doc_ja', f`以下の価格改定案を、営業担当向けに分かりやすく箇条書きにしてください。

2025年4月出荷分 価格改定案（クラフトビール・国産ウイスキー）
・クラフトビール樽（15L）：全品 +6%
・国産ウイスキー 700ml：一部銘柄 +8〜12%
・量販店向けリベート率は据え置き

取引先への通知は2月上旬を予定。
――――――――――
${mark('社外秘')}\u3000作成：営業企画部\u30002024/11/26`),

  rec('policy_ko', f`${mark('대외비')}
[T&S 운영 정책 개정안 v2.3]

1. 미성년자 의심 신고는 24시간 이내 1차 검토, 확인 시 즉시 계정 정지
2. 금전 요구(로맨스 스캠) 패턴 탐지 시 상대방에게 경고 배너 노출
3. 반복 신고 대상자는 사진 재인증 요구

위 내용을 신규 모더레이터 교육 자료용으로 쉽게 풀어서 써 주세요.`),

  rec('report_zh', f`【${mark('机密')}】
风电场 #12 机组齿轮箱高速轴轴承失效分析报告（初稿）

${mark('本报告为公司内部技术资料')}，未经技术部批准不得向业主或第三方提供。

一、故障概况：2024年10月17日，机组振动超限报警停机，检查发现高速轴后轴承外圈剥落。
二、初步原因：润滑油颗粒度超标，滤芯更换周期过长。

请帮我把“初步原因”部分改写得更专业一些。`),

  rec('doc_ru', f`Помоги сократить этот текст до одного абзаца для доклада прокурору:

${mark('ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ')}
Экз. № 2

Справка о ходе проверки исполнения законодательства о закупках лекарственных средств в ГБУЗ «Областная клиническая больница»
По результатам проверки выявлены нарушения сроков оплаты по 14 контрактам, а также случаи закупки у единственного поставщика без достаточного обоснования. Материалы направлены для решения вопроса о возбуждении дела об административном правонарушении.`),

  rec('memo_ar', f`${mark('سري للغاية')}
إلى: مدير الصيدلية السريرية
الموضوع: فروقات في جرد الأدوية المخدرة – قسم العناية المركزة

تبيّن عند الجرد الشهري وجود نقص في عدد أمبولات المورفين 10 ملغ بمقدار 6 أمبولات مقارنة بسجل الصرف. تم إبلاغ الإدارة وسيتم تشكيل لجنة تحقيق.

ساعدني أعيد صياغة الفقرة الثانية بأسلوب رسمي أكثر.`),

  rec('doc_he', f`${mark('חסוי – לשימוש פנימי בלבד')}
סיכום ישיבת צוות רכזות – סניף חיפה

1. שלוש מטפלות עוזבות בדצמבר, צריך לגייס מחליפות לפני החגים.
2. תלונה ממשפחה על איחורים חוזרים – נבדק, ייערך שיחה עם המטפלת.
3. מעבר לאפליקציית דיווח חדשה בינואר.

תכין מזה מייל קצר למנהלת האזור.`),

  rec('doc_tr', f`${mark('GİZLİ')} – Yalnızca yönetim kurulu üyelerine

2025 Dağıtım Stratejisi – Ön Taslak
• İzmir ve Antalya'da iki yeni soğuk depo (yatırım: yaklaşık 18 milyon TL)
• Butik cin markası ile münhasır distribütörlük görüşmeleri sürüyor
• Ege bölgesinde iki bayinin sözleşmesi yenilenmeyecek

Bu taslağı İngilizce bir özet e-postaya çevirir misin? Alıcı yatırımcı ortağımız.`),

  rec('email_sv', f`Kan du översätta det här till engelska åt vår tyska underleverantör?

"Hej Matthias,

Bifogat finns skaderapporten för blad C på MBY-T087. ${mark('Detta dokument är konfidentiellt')} och får inte delas med turbintillverkaren innan försäkringsbolaget har gjort sin bedömning.

Hälsningar,
Elin Nyström, teknisk förvaltare"`),

  rec('doc_fi', f`Voitko tiivistää tämän asiakasmuistion kolmeen lauseeseen omaishoitajalle lähetettäväksi? Jätä terveystiedot pois.

${mark('SALASSA PIDETTÄVÄ')}
JulkL 24.1 § 25 k
Kotihoidon asiakasmuistio – Tampereen kotihoito, alue Hervanta
Asiakkaan muistisairaus on edennyt; yöaikainen levottomuus lisääntynyt. Suositellaan iltakäynnin siirtämistä klo 21:een ja turvarannekkeen käyttöönottoa.`),

  rec('doc_vi', f`${mark('MẬT')}
BỆNH VIỆN ĐẠI HỌC Y DƯỢC – KHOA DƯỢC
Báo cáo sự cố: nhầm lẫn nồng độ kali clorid pha tiêm tại khoa Hồi sức

Ngày 19/11/2024, một ống KCl 10% được pha thay cho KCl 7,45% theo y lệnh. Người bệnh được phát hiện kịp thời, không để lại di chứng.

Nhờ bạn viết lại phần "Nguyên nhân" cho mạch lạc, không nêu tên nhân viên.`),

  rec('doc_id', f`${mark('RAHASIA')}
Notulen Rapat Direksi – PT Hop Nusantara Distribusi
26 November 2024

${mark('Dokumen ini bersifat rahasia')} dan hanya untuk peserta rapat. Pembahasan: rencana akuisisi distributor minuman di Bali, target penutupan Q2 2025, estimasi nilai Rp 42 miliar.

Tolong ringkas jadi 3 poin untuk dikirim ke komisaris.`),

  rec('memo_sw', f`${mark('SIRI – KWA MATUMIZI YA NDANI TU')}
Kumbukumbu ya kikao cha wasimamizi wa huduma – Tunza Wazee, tawi la Mombasa

1. Malalamiko mawili kuhusu muuguzi kuchelewa; uchunguzi unaendelea.
2. Bei mpya za huduma zitaanza Januari.

Tafadhali nisaidie kuandika muhtasari mfupi wa Kiingereza kwa mkurugenzi.`),

  rec('report', f`Please shorten the executive summary below to 120 words for the client's asset manager.

Blade Inspection Campaign – Sere Wind Farm, Western Cape
Revision B, 22 November 2024
${mark('This report is confidential')} and is provided solely for the use of the wind farm owner.

Of the 138 blades inspected by rope access, 9 show category 4 leading-edge erosion and 2 show trailing-edge cracks requiring repair before the winter storm season. Lightning receptor continuity failed on 5 blades.

Footer on every page: ${mark('COMPANY CONFIDENTIAL')} · Rev B · Page 1 of 14`),

  rec('doc_it', f`${mark('ATTO COPERTO DA SEGRETO INVESTIGATIVO')}
Procura della Repubblica presso il Tribunale di Bergamo
Richiesta di proroga delle indagini preliminari – proc. pen. n. 4827/2024 R.G.N.R.

Si chiede la proroga del termine per ulteriori sei mesi, essendo ancora in corso gli accertamenti tecnici sui dispositivi sequestrati.

Puoi controllare la punteggiatura e segnalarmi eventuali ripetizioni?`),

  rec('brief', f`${mark('OFFICIAL: Sensitive')}
Regional Office of the Director of Public Prosecutions – Dubbo
Brief to Counsel: R v. T. Whitcombe (dangerous driving occasioning death)

Key issues: admissibility of the dash-cam footage obtained from a third party; the accused's blood sample was taken 3 hours after the crash.

Can you turn this into a one-page checklist for the junior solicitor?`),

  rec('email_fa', f`این ایمیل را به انگلیسی ترجمه کن، برای شریک خارجی‌مان در پروژه نگهداری توربین‌ها:

«موضوع: ${mark('محرمانه')} – نتایج بازرسی گیربکس توربین‌های منجیل
با سلام، گزارش پیوست فقط برای اطلاع شما ارسال می‌شود و نباید در اختیار کارفرما قرار گیرد.»`),

  rec('circular_te', f`${mark('గోప్యం – అంతర్గత వినియోగానికి మాత్రమే')}
ఆసుపత్రి ఫార్మసీ – సర్క్యులర్ నం. 47/2024

నార్కోటిక్ మందుల రిజిస్టర్‌లో డిసెంబర్ 1 నుండి ఇద్దరు ఫార్మసిస్టుల సంతకం తప్పనిసరి. రాత్రి షిఫ్టులో ఇన్‌చార్జ్ ఫార్మసిస్ట్ స్టాక్ తనిఖీ చేయాలి.

దీన్ని ఇంగ్లీష్‌లో చిన్న ఈమెయిల్‌గా రాయండి, నర్సింగ్ సూపర్‌వైజర్లకు పంపాలి.`),
];
