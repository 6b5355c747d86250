/**
 * Held-out batch 96: documents carrying classification markings (headers, footers, inline
 * statements) in many languages — fund memos, SCADA incident reports, licensing deals, clinic board
 * papers. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH96_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`Please summarise this for the investment committee pre-read in 5 bullets.

${mark('STRICTLY CONFIDENTIAL')} — NOT FOR DISTRIBUTION OUTSIDE THE OPERATIONS DESK

MEMO
To: Chief Investment Officer
From: Head of Fund Operations
Re: Proposed change of global custodian

1. Current custodian fees rose 18% after the 2024 repricing.
2. Two shortlisted providers passed the operational due diligence; the preferred one offers T+0 NAV files.
3. Transition would take ~9 months, with parallel running for two month-ends.
4. Risk: corporate-action processing for Asian equities during cut-over.
5. Recommendation: approve RFP final stage; decision in Q3.`),

  rec('incident_report', f`Can you rewrite this incident report in plain language for the council briefing?

${mark('TLP:AMBER')}
Incident IR-2025-014 — Unauthorised remote session, Brandon reservoir PLC
Summary: On 11 March a vendor remote-access account was used outside the agreed maintenance window. The session lasted 14 minutes; setpoints were read but not changed. The account has been disabled and the vendor VPN now requires on-call approval.
Actions: review all vendor accounts (owner: OT security), enable session recording (owner: SCADA team), brief the regulator within 72 h.
${mark('TLP:AMBER')} — share only within the utility and its incident responders.`),

  rec('deal_memo', f`Peux-tu traduire ce mémo en anglais pour le partenaire américain, en gardant la mention en tête ?

${mark('CONFIDENTIEL')}
Objet : Renouvellement licence catalogue « Nuits du Sahel » (14 films)
Territoires : France, Belgique, Suisse romande, Afrique francophone
Durée : 36 mois à compter du 1er juillet 2025, exclusivité SVOD
MG proposé : 420 000 EUR, payable en trois tranches ; partage de recettes 55/45 au-delà de la récupération
Points ouverts : fenêtres TV gratuite au Mali et au Sénégal, sous-titrage en bambara et wolof à notre charge.`),

  rec('email', f`Betreff: Ergebnis Penetrationstest Leitsystem — ${mark('VERTRAULICH')}

Hallo zusammen,

anbei die Zusammenfassung des Pentests vom Februar. Bitte nicht weiterleiten.

- 3 kritische Befunde (Standardpasswörter an zwei HMI-Stationen, ungepatchter Historian)
- 7 mittlere Befunde (u. a. fehlende Segmentierung zwischen Büro- und Prozessnetz)
- Frist für die kritischen Befunde: 30.04.

Kannst du mir daraus eine Folie für die Geschäftsführung machen?

Viele Grüße
Stabsstelle Informationssicherheit`),

  rec('board_paper', f`Kun je deze notitie voor de raad van bestuur inkorten tot een halve pagina?

${mark('Vertrouwelijk')} — bestuursvergadering 24 april

Onderwerp: uitbreiding embryologielaboratorium locatie Utrecht
Het laboratorium draait op 94% capaciteit. Voorstel: tweede time-lapse incubator en een extra embryoloog (1,0 fte). Investering € 310.000, terugverdientijd 3 jaar bij 180 extra cycli per jaar. Risico: wachttijd voor vergunningwijziging bij de inspectie.`),

  rec('memo', f`أرجو تلخيص هذه المذكرة في ثلاث نقاط باللغة الإنجليزية.

${mark('سري للغاية')}
إلى: لجنة الاستثمار
من: إدارة العمليات
الموضوع: تأخر تسوية صفقة السندات السيادية

تأخرت تسوية الصفقة رقم 2291 بسبب عدم تطابق تعليمات الحفظ. تم التواصل مع الطرف المقابل، ومن المتوقع إتمام التسوية خلال يومي عمل. نوصي بمراجعة إجراءات التحقق من التعليمات الدائمة.`),

  rec('notice', f`この社内文書を英語に翻訳してください。ヘッダーはそのまま残してください。

【${mark('社外秘')}】
件名：建機レンタル料金改定（2025年7月）
対象：油圧ショベル全機種、高所作業車
改定率：平均 +6.5%（燃料費・保険料の上昇による）
顧客への通知は6月1日以降、営業部長の承認後に行うこと。`),

  rec('memo', f`다음 문서를 영어로 요약해 주세요.

${mark('대외비')}
제목: 2025년 하반기 오리지널 시리즈 라이선스 협상 현황
- 일본 배급사와의 독점 기간 협상: 24개월 제안, 상대측 36개월 요구
- 동남아 지역 동시 공개 조건: 자막 6개 언어 필요
- 최소 보장금액 조정안은 다음 주 경영회의에서 결정`),

  rec('notice', f`请把这份通知改写得更正式一些：

${mark('机密')}文件 — 仅限董事会成员阅读
关于学生公寓二期项目融资方案的说明
拟向合作银行申请贷款 1.2 亿元，期限 15 年，以租金收入作为还款来源。请各位董事于本周五前反馈意见。`),

  rec('memo', f`Помоги сократить эту записку до одного абзаца для директора.

${mark('Строго конфиденциально')}
О результатах внутренней проверки расчётов с абонентами
Выявлено 312 лицевых счетов с неверным тарифом за 2024 год. Общая сумма переплаты абонентов — 4,7 млн руб. Предлагается сделать перерасчёт в апрельских квитанциях и не проводить отдельную рассылку.`),

  rec('email', f`Asunto: Tarifas preferentes clínicas asociadas 2025

Hola Mariana,

¿me ayudas a convertir esto en una tabla comparativa?

Clínica Polanco: FIV convencional 78 000 MXN, ICSI 92 000 MXN
Clínica Monterrey: FIV 74 500 MXN, ICSI 88 000 MXN
Descuento por paquete de tres ciclos: 12 %

${mark('CONFIDENCIAL')}: no compartir con aseguradoras.

--
${amb('confidential.marking', 'Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, notifíquelo al remitente y elimínelo.')}`),

  rec('memo', f`Proszę o przetłumaczenie na angielski:

${mark('POUFNE')}
Notatka służbowa — zarząd wypożyczalni
Planowana sprzedaż 40 używanych koparek gąsienicowych w III kwartale. Cena minimalna ustalona przez rzeczoznawcę; oferty tylko od dealerów z listy zatwierdzonej przez dział finansowy.`),

  rec('memo', f`Good morning. Please proofread this memo before I send it to the tariff committee, and keep the first line as it is.

${mark('This memo is strictly confidential.')}

Subject: Proposed 2026 water tariff review (Abuja service area)
The proposed average increase is 14% for domestic users and 19% for commercial users, phased over two years. A lifeline block of 10 m³ per month remains at the current rate. We expect opposition from the traders' association; a stakeholder forum is planned for June.`),

  rec('memo', f`Bu yazıyı İngilizceye çevirir misin? Üstteki ibare kalsın.

${mark('GİZLİDİR')}
Konu: Yurt kapasitesi ve 2025-26 kontenjanları
Erkek yurdunda 420, kız yurdunda 510 yatak mevcut. Tadilat nedeniyle C blok (96 yatak) güz döneminde kullanılamayacak. Ek kontenjan için özel yurtlarla protokol görüşmeleri sürüyor.`),

  rec('memo', f`תוכל לתרגם לאנגלית את המסמך הזה? לשמור את הסיווג בראש.

${mark('סודי')}
נושא: מעבר ספק מעבדה לבדיקות הורמונליות
הספק הנוכחי מאחר בתוצאות ב-30% מהמקרים. מומלץ לחתום עם ספק חלופי החל מיוני, לאחר תקופת ניסיון של חודשיים.`),
];
