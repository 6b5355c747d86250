/**
 * Held-out batch 154: classification and handling markings on dam-safety reports, recall memos,
 * chess federation investigations, camp incident reports, visa-office audits and removals tenders,
 * in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH154_CONFIDENTIAL: DraftRecord[] = [
  rec('report_nb', f`Kan du korte ned sammendraget under til fem kulepunkter for styremøtet? Behold graderingen øverst.

${mark('BEGRENSET')} — ${mark('Unntatt offentlighet')} jf. offl. § 13, jf. sikkerhetsloven
Revurdering av dambruddsbølge, Sira kraftverk, dam Svartevatn (konsekvensklasse 4)

Ny beregning viser at ankomsttid for flombølgen til Tonstad sentrum reduseres fra 38 til 31 minutter. Varslingsplanen og evakueringsrutene må oppdateres før 1. juni. Detaljerte oversvømmelseskart ligger i vedlegg C og skal ikke sendes på e-post.`),

  rec('memo_gsw', f`Chasch de Text für d'Gmeindsversammlig vereifache? Ohni d'Detail us em Aahang.

${mark('VERTRAULICH')}
Notfallplanig Talsperre Bregaglia – Überflutigsgebiet bi Totalbruch

D'Flutwälle würd Vicosoprano noch rund 12 Minute erreiche. D'Gmeind muess d'Sammelplätz bis Ändi Jahr neu markiere.`),

  rec('advisory_en', f`${mark('TLP:AMBER+STRICT')}
Sector advisory — hydropower OT

On 3 March an unauthorised remote session reached an HMI at a peer operator's run-of-river plant through a vendor support tunnel left enabled after commissioning. No gate movements were commanded. Recipients may share only within their own organisation, with staff who need it.

Help me write a short internal note to our control-room shift leads on what to check (vendor tunnels, remote-access logs) without quoting the advisory.`),

  rec('draft_fr', f`${mark('CONFIDENTIEL – NE PAS DIFFUSER')}
Projet d'avis de sécurité (FSN) — FSCA-2025-014 — défibrillateurs implantables VM-ICD série 2407

Version 0.3, en attente de validation par l'ANSM. Ne pas transmettre aux établissements avant la date de diffusion coordonnée.

Peux-tu reformuler le paragraphe « Action requise par l'utilisateur » pour qu'il soit compréhensible par une infirmière de cardiologie ?`),

  rec('memo_de', f`Betreff: ${mark('STRENG VERTRAULICH')} – Ursachenanalyse Rückruf Insulinpumpe VM-IP

Liebe Kolleginnen und Kollegen,
die Fehleranalyse hat ergeben, dass eine Firmware-Änderung in 4.2.1 den Okklusionsalarm um bis zu 40 Minuten verzögern kann. Bitte diese Information bis zur Meldung an das BfArM nicht extern kommunizieren.

→ Kannst du das als kurzes Briefing für die Vertriebsleitung zusammenfassen?`),

  rec('report_ja', f`以下の報告書の要点を英語で3行にまとめてください。

【${mark('社外秘')}】
インスリンポンプ VM-IP 自主回収 進捗報告（第4週）
対象台数 1,284台のうち回収済み 1,017台（79.2%）。未回収の医療機関には再度訪問予定。

${mark('社外秘')}\u3000品質保証部`),

  rec('doc_ko', f`${mark('대외비')}
혈당측정기 VM-GL 리콜 대응 전략 (경영진 보고용)

식약처 보고 전까지 대리점에 리콜 사실을 알리지 않는다. 교체품 재고는 3주 분량 확보.

이 문서를 영어로 번역해 주세요. 해외 본사에 보낼 거예요.`),

  rec('doc_zh', f`请把下面这段润色一下，语气更正式：

${mark('机密')}
关于VM-ICD系列召回在华经销商补偿方案的说明
补偿按退回数量每台人民币800元计算，仅限2025年6月30日前完成退回的经销商。`),

  rec('email_en', f`Subject: ${mark('Privileged & Confidential — Prepared at the Direction of Counsel')}

Team, before the FDA 806 report goes out, please route any root-cause language about the ICD battery depletion through legal. Do not forward this thread to the distributor channel.

Regards,
Hannah

Can you tighten this up a bit? It reads too abrupt.`),

  rec('report_ru', f`Перепиши, пожалуйста, вывод комиссии нейтральным языком для публикации на сайте, без имён:

${mark('КОНФИДЕНЦИАЛЬНО')}. ${mark('Для служебного пользования')}
Заключение комиссии по честной игре, турнир «Кубок федерации — 2025»
Совпадение ходов с движком у участника №17 составило 94% в партиях 5–9. Рекомендовано: дисквалификация на 2 года с аннулированием результатов.`),

  rec('decision_hy', f`${mark('Գաղտնի')}
Ֆեդերացիայի կարգապահական հանձնաժողովի որոշում թիվ 7/2025

Մրցավար Ա․-ին զրկել մրցավարական իրավունքից 6 ամսով։

Խնդրում եմ թարգմանել անգլերեն FIDE-ին ուղարկելու համար։`),

  rec('incident_pl', f`${mark('POUFNE')} — raport z wypadku na obozie, turnus II

Dnia 14.07 uczestnik (11 lat) skręcił kostkę podczas gry terenowej. Udzielono pierwszej pomocy, rodzice powiadomieni o 16:20, wizyta na SOR w Giżycku. ${mark('Raport jest poufny')} i przeznaczony wyłącznie dla kierownika wypoczynku i organizatora.

Napisz na tej podstawie krótki, spokojny mail do rodziców pozostałych dzieci z grupy (bez danych poszkodowanego).`),

  rec('summary_he', f`${mark('חסוי')} (${amb('confidential.marking', 'להנהלה בלבד')})
סיכום בדיקות רקע למדריכי המחנה, קיץ 2025
שני מועמדים טרם הציגו אישור משטרה על היעדר עבירות מין. אין לשבץ אותם בבקתות עד קבלת האישור.

תנסח לי מייל קצר ומנומס לשני המועמדים שמבקש את האישור עד יום ראשון.`, 'a bracketed readers restriction beside a labelled marking: ambiguous'),

  rec('audit_engb', f`${mark('OFFICIAL-SENSITIVE')}
UKVI sponsor compliance audit — pre-visit self-assessment, International Student Office

Attendance monitoring gaps found for 37 students in the January intake; 4 withdrawals were reported late (more than 10 working days). Action: weekly engagement check from week 3.

Footer on each page: ${mark('OFFICIAL-SENSITIVE')} — Northgate University

Can you draft the covering email to the Pro-Vice-Chancellor summarising the risks?`),

  rec('minutes_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Πρακτικά συνεδρίασης ΔΣ της Ομοσπονδίας — 12/05/2025
Θέμα 3: Διαπραγμάτευση χορηγίας για το Πανελλήνιο Πρωτάθλημα. Προσφορά χορηγού: 45.000 €.

Μπορείς να γράψεις ανακοίνωση για το site χωρίς το ποσό;`),

  rec('tender_ptbr', f`${mark('CONFIDENCIAL')} — uso interno
Proposta comercial: transferência do arquivo e mobiliário do Tribunal Regional (lote 2)
Preço por m³: R$ 118,00; desconto de volume acima de 900 m³: 7%.

Me ajuda a reescrever a seção "Metodologia de embalagem" de forma mais técnica? ${mark('Esta proposta é confidencial')} e não pode ir para o concorrente que é nosso parceiro no lote 1.`),

  rec('memo_th', f`${mark('ลับมาก')}
บันทึกข้อความ ฝ่ายความปลอดภัยเขื่อน
เรื่อง ผลการตรวจวัดรอยรั่วซึมบริเวณฐานเขื่อนด้านขวา ค่าน้ำซึมเพิ่มขึ้นจาก 3.1 เป็น 4.6 ลิตร/วินาที ภายใน 2 สัปดาห์

ช่วยสรุปเป็นภาษาอังกฤษสำหรับวิศวกรที่ปรึกษาต่างประเทศหน่อยครับ`),
];
