/**
 * Held-out batch 159: classification markings (headers, subjects, footers, inline statements) in
 * many languages across the six settings. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH159_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de_ch', f`${mark('VERTRAULICH – nur für den internen Gebrauch')}

Steinalp-Bahn AG · Geschäftsleitung
Betreff: Tariferhöhung Wintersaison 2025/26

Vorschlag: Tageskarte Erwachsene von CHF 68.– auf 74.–, Halbtax unverändert 50 %. Kommunikation an Hotels erst nach VR-Beschluss am 12. Februar.

${mark('Vertraulich')} · Seite 1 von 2

Fass das bitte in drei Sätzen für die Kassenleitung zusammen – ohne die Beträge.`),

  rec('doc_ja', f`【${mark('社外秘')}】成田貨物上屋 作業手順改定（案）

1. 危険物（DG）の受託確認は二名体制とする。
2. 冷蔵医薬品の搬入は温度記録の確認後に限る。

この文書を英語に翻訳してください。見出しの「${mark('社外秘')}」もそのまま残してください。`),

  rec('email_ko', f`제목: [${mark('대외비')}] 2025년 동물원 연간회원 요금 인상안

팀장님, 첨부된 요금 인상안 검토 부탁드립니다. 가족회원권은 15만 원에서 17만 원으로 조정하는 안입니다.

이 메일을 좀 더 공손하게 다듬어 주세요.`),

  rec('report_ru', f`${mark('Для служебного пользования')}

Акт расследования инцидента: падение груза с автокрана КС-55729 на объекте «Северная промзона», 06.11.2024.
Причина: превышение грузоподъёмности на вылете 14 м, ограничитель нагрузки был отключён.

Сделай, пожалуйста, краткое резюме на английском для головного офиса.`),

  rec('doc_zh', f`${mark('内部资料 注意保密')}

关于2025年第一季度助学贷款困难延期申请的统计：申请总数 3,482 件，批准率 71%。

请帮我把这段改写成给管理层的周报摘要，保留开头的密级标注。`),

  rec('audit_en', f`${mark('STRICTLY CONFIDENTIAL')}
Lumeo Plasma — Internal Audit, Donor Center #14 (Aurora, CO)

Findings: 3 donors exceeded the frequency limit in October due to a manual override at the front desk; SOP-DR-07 retraining scheduled. No product released from the affected units.

${mark('STRICTLY CONFIDENTIAL')} — do not forward outside Quality Assurance

Please rewrite the findings paragraph in plain language for the center manager.`),

  rec('bulletin_en', f`${mark('TLP:AMBER')}
Aerokarga Security Bulletin 24-19

Phishing wave impersonating a handling agent at LEJ: fake invoices with altered bank details. Share within your station only.

Can you turn this into a 3-line warning for the ramp office whiteboard? Keep the TLP line at the top.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – projet de nouvel enclos des grands singes

Bonjour à tous,

Ce message est ${mark('confidentiel')} : le financement du mécène n'est pas encore signé, merci de ne rien communiquer aux membres avant l'annonce du 15 janvier.

Peux-tu résumer ce courriel en deux phrases pour l'équipe événements ?`),

  rec('doc_it', f`Traduci in inglese questa nota:

${mark('RISERVATO')}
Hoistline Noleggio Gru – Nota interna
Dopo l'ispezione INAIL, la gru mobile GMK 4100 targa CR-771 resta ferma fino alla sostituzione del cavo di sollevamento.`),

  rec('letter_es', f`${mark('CONFIDENCIAL')}

Informe trimestral del equipo de dificultades de pago – T3 2024
El 18 % de los prestatarios en aplazamiento no ha reanudado los pagos a los 90 días.

${mark('Este documento es confidencial')} y está destinado exclusivamente a la dirección.

Resúmelo en tres puntos.`),

  rec('doc_he', f`${mark('סודי')} – דו"ח ביקורת פנימית, מרכז איסוף פלזמה חיפה
נמצאו שני מקרים שבהם לא תועד זמן ההמתנה בין תרומות.

תתרגם לאנגלית ותשאיר את הסימון "${mark('סודי')}" בראש המסמך.`),

  rec('doc_ar', f`${mark('سري للغاية')}
تقرير حادثة: سقوط حاوية شحن (ULD) أثناء التحميل على الرحلة AK 512 في مطار الملك خالد الدولي.
لا إصابات، وتضرر باب الحاوية فقط.

أرجو تلخيص التقرير باللغة الإنجليزية في فقرة واحدة.`),

  rec('doc_hi', f`${mark('गोपनीय')}
विषय: पुणे साइट पर टावर क्रेन ऑपरेटरों के प्रमाणपत्रों की आंतरिक समीक्षा
चार ऑपरेटरों के रिफ्रेशर प्रशिक्षण की तारीख निकल चुकी है।

इसका अंग्रेज़ी सारांश बना दो।`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Εσωτερικό σημείωμα – Τμήμα Συντήρησης Οδοντωτού
Η αντικατάσταση του οδοντωτού κανόνα στο τμήμα 3 μετατίθεται για τον Απρίλιο λόγω καθυστέρησης του προμηθευτή.

Μετάφρασέ το στα αγγλικά.`),

  rec('email_tr', f`Konu: ${mark('HİZMETE ÖZEL')} – İstanbul kargo terminali yer hizmetleri sözleşme yenilemesi

Merhaba, ekteki fiyat teklifi ${mark('gizlidir')}, lütfen forwarder'larla paylaşmayın.

Bu e-postayı İngilizceye çevirir misin?`),

  rec('doc_pl', f`${mark('POUFNE')}
Plan wydarzeń zoo na 2025 r. – wersja robocza
${amb('confidential.marking', 'Nie do dalszego rozpowszechniania.')}
Nowy program nocnego zwiedzania ruszy w maju, bilety dla członków klubu w przedsprzedaży od marca.

Skróć to do jednego akapitu dla zarządu.`, 'a handling ban with no marking word is ambiguous (README); the POUFNE heading is labelled'),

  rec('doc_pt_br', f`${mark('CONFIDENCIAL')} ${amb('confidential.marking', '(uso restrito à diretoria)')}
Relatório mensal – Centro de Plasma Moema
Taxa de retorno de doadores de primeira vez: 42%, abaixo da meta de 55%.

Reescreve pra apresentação de amanhã, tom otimista.`),

  rec('doc_nl', f`Kun je dit intern verslag inkorten tot vijf bullets?

${mark('VERTROUWELIJK')} — Team Betalingsregelingen
Pilot met verlaagde maandtermijnen voor studenten met een uitkering: 212 deelnemers, 9% uitval na drie maanden.`),

  rec('doc_uk', f`${mark('КОНФІДЕНЦІЙНО')}
Службова записка: перевірка посвідчень кранівників на об'єкті «Лівобережний»
Два оператори працювали з простроченими посвідченнями у жовтні.

Перепиши це англійською для страхової компанії, але без прізвищ.`),
];
