/**
 * Held-out batch 114: classification markings — underwriting memos, privileged review material,
 * IVF lab incident reports, cable-car investigation reports, dealer-finance board papers and
 * student-record notices, in many languages. Hand-written; every marking occurrence is labelled.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH114_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en_gb', f`${mark('STRICTLY CONFIDENTIAL')} – UNDERWRITING COMMITTEE

Re: Buyer credit facility, Ministry of Water (Country B), USD 84m

Recommendation: approve at 95% cover subject to sovereign guarantee and 12-month disbursement window. Country risk downgraded from 5 to 6 in October; premium indicated at 4.2% flat.

${mark('STRICTLY CONFIDENTIAL')}

Please turn this into three bullet points for the chair's briefing.`),

  rec('email_legal', f`Subject: ${mark('PRIVILEGED & CONFIDENTIAL – ATTORNEY WORK PRODUCT')}

Team, the hot-doc set for the Harrowfield matter now contains 214 documents. Please do not forward outside the case team. Second-level review to finish Friday.

Can you draft a short status update for the client along these lines (no document contents)?`),

  rec('report_de', f`Fasse bitte den Untersuchungsbericht in fünf Sätzen zusammen.

${mark('VERTRAULICH – nur für den internen Gebrauch')}
Ereignisbericht Pendelbahn Sektion 2, 14.11.2024
Bei der Einfahrt in die Bergstation wurde die Betriebsbremse zu spät aktiviert; Kabine 1 überfuhr die Haltemarke um 0,8 m. Keine Verletzten. Ursache: Drift des Wegmesssystems.`),

  rec('report_fr', f`${mark('CONFIDENTIEL')}

Rapport d'incident – laboratoire d'embryologie, 02/12
Une alarme de température de l'incubateur n° 4 n'a pas été transmise pendant 47 minutes. 11 boîtes de culture concernées, toutes transférées vers l'incubateur n° 6. Aucune perte embryonnaire constatée à J5.

Peux-tu rédiger la note aux patientes concernées, sans jargon ?`),

  rec('board_es', f`Resume para el consejo en un párrafo:

${mark('CONFIDENCIAL — Documento interno')}
Programa de financiación a concesionarios 2025: propuesta de ampliar la línea de floor-plan de 40 a 65 millones de euros con dos nuevos bancos. Riesgo de concentración en tres grupos de concesionarios (38 % del volumen).`),

  rec('memo_ja', f`次の文書を英語に翻訳してください。

${mark('社外秘')}
引受審査メモ：東南アジア向けプラント輸出案件
与信限度の引き上げ（80億円→110億円）を提案。買主の財務諸表は2期連続で改善。

${mark('取扱注意')}`),

  rec('doc_ko', f`${mark('대외비')}

특수교육지원센터 개별화교육계획(IEP) 운영 점검 결과
- 연간 검토 기한 초과 사례 17건
- 보호자 동의서 누락 5건

이 내용을 교육청 보고용으로 한 문단으로 요약해 주세요.`),

  rec('doc_zh', f`请把下面这段改写得更正式一些：

${mark('机密')}
关于缆车二号线钢丝绳更换的采购评估：建议选择供应商B，总价较供应商A低7%，但交期晚三周，需调整冬季停运计划。`),

  rec('doc_ru', f`${mark('Конфиденциально')}
Заключение по андеррайтингу: экспортный контракт на поставку турбин, покупатель — энергокомпания, срок кредита 7 лет. Рекомендуем покрытие 90% с обеспечением в виде гарантии банка покупателя.

Сделай, пожалуйста, краткое резюме на английском.`),

  rec('doc_pl', f`Przetłumacz na angielski:

${mark('ŚCIŚLE TAJNE')} — nie, przepraszam, nasza klauzula to ${mark('POUFNE')}.
Raport z przeglądu umów dealerskich: 12 komisów nie spełnia wymogów KYC, proponujemy wstrzymanie wypłat do czasu uzupełnienia dokumentów.`, 'the author retracts the first marking but it is still written as a marking: both labelled'),

  rec('slide_en_us', f`Speaker notes for slide 4, footer on every slide says "Lincoln USD Special Education Services · ${mark('CONFIDENTIAL – Contains Student Records (FERPA)')}":

Walk the board through the 12% rise in referrals, the 31 evaluations past the 60-day window, and the staffing request (4 school psychologists).`),

  rec('email_tr', f`Konu: ${mark('GİZLİ')} – Limit revizyonu, alıcı grubu Körfez

Merhaba, aşağıdaki revizyon önerisini yönetim kuruluna sunmadan önce dilini düzeltir misin? Bu e-posta ${mark('gizli')} olarak sınıflandırılmıştır ve yalnızca risk komitesi üyelerine yöneliktir.

Öneri: Körfez bölgesindeki üç alıcı grubu için toplam limit 45 milyon dolardan 30 milyon dolara düşürülsün.`, 'second, inline Turkish marking in lower case: labelled'),

  rec('advisory_tlp', f`${mark('TLP:AMBER')}

Phishing campaign targeting used-car dealers: fake "payout account update" mails imitating marketplaces, sender domains registered in the last 14 days. Share within your organisation only.

Write a short internal warning for our dealer support agents based on this.`),

  rec('doc_nl_inline', f`Kun je dit verslag inkorten tot vijf zinnen? Let op: dit verslag is ${mark('strikt vertrouwelijk')} en bestemd voor de medisch directeur.

Verslag verwisselingsincident IVF-lab: bij de dubbele controle (witnessing) op 28 november bleek een label op een schaaltje onleesbaar. Het schaaltje is direct geblokkeerd; de verificatie via het elektronische systeem bevestigde de juiste patiënte.`),

  rec('doc_ar', f`${mark('سري للغاية')}

مذكرة الاكتتاب: ضمان ائتمان تصدير لشركة مقاولات، قيمة العقد 120 مليون درهم. نوصي بالموافقة بشرط تقديم ضمان بنكي بنسبة 20%.

الرجاء تلخيص المذكرة في ثلاث نقاط باللغة الإنجليزية.`),

  rec('doc_he', f`תרגם לאנגלית בבקשה:

${mark('סודי — לשימוש פנימי בלבד')}
סיכום ביקורת מעבדת ההפריה: נמצאו שני פערים בתיעוד שרשרת המשמורת של דגימות זרע מתורמים.`),

  rec('doc_cs_review', f`${mark('PŘÍSNĚ DŮVĚRNÉ')}
Interní audit revizí lanovky Sněžka: u dvou pylonů chybí záznam o kontrole ložisek za 3. čtvrtletí.

Napiš prosím e-mail vedoucímu údržby, ať to doplní do pátku.`),
];
