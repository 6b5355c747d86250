/** Held-out batch 148: classification and handling markings in memos, mails, reports and slides, in many languages. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH148_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_fr', f`${mark('CONFIDENTIEL')} — ${mark('Diffusion restreinte')} ${amb('confidential.marking', 'au comité de direction')}

Objet : assemblage du millésime 2024, cuvée « Les Terrasses »
Suite à la grêle du 14 juillet, le rendement sur les parcelles du haut est de 22 hl/ha. Nous proposons d'intégrer 15 % de merlot acheté en vrac (négoce Maison Bertin) sans le mentionner sur l'étiquette de la cuvée principale.

${mark('CONFIDENTIEL')} — ${amb('confidential.marking', 'ne pas transférer')}

Peux-tu résumer ce mémo en trois points pour le conseil ?`),

  rec('report_de', f`Kannst du diesen Abschnitt aus dem Gutachten sprachlich glätten? Kopf- und Fußzeile lasse ich drin, damit du den Kontext hast.

${mark('VERTRAULICH')} – ${amb('confidential.marking', 'nur für Ermittlungsbehörde und Staatsanwaltschaft')}
Abstammungsgutachten Az. 402 Js 11837/25

An der Spur 03 (Zigarettenstummel) wurde ein männliches DNA-Einzelprofil festgestellt, das in allen 16 untersuchten STR-Systemen mit dem Vergleichsprofil der Person B übereinstimmt. Die Wahrscheinlichkeit für eine zufällige Übereinstimmung liegt unter 1 : 10 Milliarden.

Seite 2 von 4 — ${mark('VERTRAULICH')}`),

  rec('email_no', f`Emne: ${mark('KONFIDENSIELT')}: hendelse under varmt arbeid, modul M14

Hei alle,
Under sveising på M14 i går ble gassdetektoren ved siden av arbeidsstedet funnet koblet ut. Arbeidstillatelsen var signert av områdeansvarlig uten ny gassmåling. Saken er meldt til Havtil.

Dokumentet er ${mark('fortrolig')} og ${amb('confidential.marking', 'skal ikke deles utenfor granskingsgruppen')}.

Kan du lage en kort oppsummering på engelsk?`),

  rec('report', f`${mark('COMMERCIAL IN CONFIDENCE')}

Subject: SIMOPS risk review — drilling and pipeline tie-in, Q2 campaign
Prepared for: Installation Manager and Duty Holder

The review identified four overlaps where hot-work permits on the lower deck coincide with well intervention at the wellhead area. We recommend a simultaneous-operations matrix signed off at the daily permit meeting.

${mark('COMMERCIAL IN CONFIDENCE')} – page 1 of 6

Turn this into 5 bullet points for the morning brief.`),

  rec('contract_ja', f`次の契約書の要点を箇条書きにしてください。

【${mark('社外秘')}】
電子ジャーナル・パッケージ利用契約（2025–2027年度）
契約価格は前年度比3.2%増とし、他機関への価格開示を禁止する。コンソーシアム外の大学には本条件を適用しない。

${mark('取扱注意')}`),

  rec('memo_ko', f`${mark('대외비')}

제목: 2025년 전자자원 구독 해지 검토안
학술지 패키지 A사 가격 인상(8.5%)에 따라 해지를 검토함. 해지 시 이용자 불편이 예상되므로 ${amb('confidential.marking', '학내 공지 전까지 외부 유출을 금함')}.

이 문서를 영어로 요약해 주세요.`),

  rec('notice_zh', f`请把下面的通知改得更正式一些：

【${mark('机密')}】关于第三季度信用报告异议处理积压情况的说明
截至 9 月 30 日，超过法定 20 日处理时限的异议共 1,284 件，主要集中在小额贷款机构报送的数据。请各组长本周内提交整改计划。`),

  rec('memo_ru', f`${mark('Для служебного пользования')}

Служебная записка
О выявленных нарушениях при оформлении нарядов-допусков на огневые работы на платформе «Приразломная» за I квартал.

Прошу подготовить краткое изложение на английском языке для иностранного подрядчика — без грифа и без фамилий.`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – resultados de la auditoría de multas y daños, oficinas de Canarias

Hola equipo:
Adjunto el informe. En resumen: en el 18 % de los expedientes de daños faltaban las fotos de entrega y se cobró igualmente la franquicia al cliente. Este correo es ${mark('confidencial')} y ${amb('confidential.marking', 'no debe reenviarse a las franquicias')}.

¿Puedes convertirlo en un plan de acción de 5 pasos?`),

  rec('memo_it', f`${mark('RISERVATO – uso interno')}

Verbale riunione del 18 marzo – cantina
Punto 3: la partita di Chianti Classico 2022 (lotto 22-CC-07) presenta un livello di acidità volatile al limite. Si decide di non commercializzarla come Riserva.

Riassumi il verbale in inglese per l'enologo consulente.`),

  rec('letter_he', f`${mark('סודי')}

לכבוד: יחידת החקירות
הנדון: תוצאות השוואת פרופיל DNA — תיק 11872/25

נמצאה התאמה מלאה בין הפרופיל שהופק מהמוצג לבין פרופיל ההשוואה. ${amb('confidential.marking', 'יש לשמור את המסמך בתיק החקירה בלבד')}.

תתרגם לאנגלית בבקשה.`),

  rec('memo_ar', f`${mark('سري للغاية')}

مذكرة داخلية — فرع مطار دبي
الموضوع: مراجعة رسوم الأضرار المحصلة من العملاء خلال فبراير
تبين أن بعض الموظفين قاموا بتحصيل رسوم إصلاح دون تقرير فحص. يُطلب إيقاف التحصيل اليدوي حتى إشعار آخر.

لخص المذكرة بالإنجليزية.`),

  rec('letter', f`${mark('CONFIDENTIAL – CONSUMER REPORT INFORMATION')}
${amb('confidential.marking', 'Furnish only to the consumer named below or as permitted under the FCRA.')}

Re: Results of reinvestigation, file no. CR-2025-0418392
Dear Ms. Jenkins,
We have completed our reinvestigation of the item you disputed. The collection account reported by Meridian Recovery has been deleted from your file.

Please check the letter for tone and add a sentence about how to request a free copy of the updated report.`),

  rec('email_nl', f`Onderwerp: ${mark('VERTROUWELIJK')} – kwaliteitsafwijking extractierobot lab 2

Beste collega's,
Bij de interne audit is gebleken dat de extractierobot in week 9 met een verlopen kalibratie heeft gedraaid. 37 zaken zijn mogelijk geraakt. Tot het onderzoek is afgerond is deze informatie ${mark('strikt vertrouwelijk')}.

Bel bij vragen de kwaliteitsmanager: ${phone('+31 6 4182 7390')}.

Kun je dit herschrijven als melding voor de Raad voor Accreditatie?`),

  rec('slide_pl', f`Popraw proszę treść slajdu:

${mark('POUFNE')} — ${amb('confidential.marking', 'tylko dla zarządu')}
Reklamacje konsumenckie 2024: 14 820 (+23% r/r). Najwięcej dotyczy wpisów od firm windykacyjnych. Proponujemy automatyczne zawieszanie wpisu na czas rozpatrywania reklamacji.`),

  rec('advisory', f`${mark('TLP:AMBER')}

Phishing campaign targeting offshore permit coordinators: mails pretending to come from the "e-Permit Helpdesk" ask recipients to re-enter their credentials on a look-alike page hosted at ${amb('pii.ip_address', '185.143.223.71')}. ${amb('confidential.marking', 'Share only within your organisation and with contractors who need to know.')}

Please make this into a short poster text for the platform mess room — keep the TLP marking.`),

  rec('memo_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}

Προς: Διευθυντές καταστημάτων
Θέμα: Νέα πολιτική χρεώσεων για ζημιές — εφαρμογή από 1 Μαΐου
Οι χρεώσεις κάτω των 150 € θα εγκρίνονται μόνο από τον περιφερειακό διευθυντή.

Μετάφρασε στα αγγλικά.`),
];
