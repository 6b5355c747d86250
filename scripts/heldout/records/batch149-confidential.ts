/**
 * Held-out batch 149: classification and handling markings (headers, subjects, footers, inline
 * statements) in rescue reports, clinic memos, terminal notices, festival lists, loss-adjusting files
 * and cemetery documents, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);
/** A handling ban or reader restriction with no marking word: ambiguous (tests/corpus/README.md). */
const ban = (s: string) => amb('confidential.marking', s);

export const BATCH149_CONFIDENTIAL: DraftRecord[] = [
  rec('report_de-CH', f`${mark('VERTRAULICH')} – ${ban('nur für die Einsatzleitung')}

Nachbesprechung Lawinenunfall Val Varuna, 14.02.
- Alarmierung 11:52, erste Retter vor Ort 12:31 (Wetter, Flugverbot bis 12:15)
- Suchhund erst 13:05 verfügbar, zweite Hundeführerin war nicht erreichbar
- Verbesserung: Pikett-Liste Hundeführer doppelt besetzen

Seite 1/2 · ${mark('VERTRAULICH')}

Chasch mer das als Folie für d'Kaderversammlig zämefasse?`),

  rec('memo_fr', f`${mark('CONFIDENTIEL – DIFFUSION RESTREINTE')}

Objet : suspicion de fraude – sinistre grêle n° GR-24-7713
L'exploitant a déclaré 38 ha de vignes touchées ; les relevés de l'expert et les images satellites montrent au plus 12 ha. Nous proposons une contre-expertise avant tout versement.

Peux-tu reformuler ce paragraphe en ton neutre pour le comité sinistres ?`),

  rec('doc_it', f`Traduci in inglese questo verbale:

${mark('RISERVATO')}
Ufficio Servizi Cimiteriali – richiesta di esumazione straordinaria su disposizione della Procura, salma n. 2019/0412, campo 7.
Le operazioni si svolgeranno a cimitero chiuso, martedì alle 6:30.`),

  rec('notice_en-GB', f`${mark('OFFICIAL-SENSITIVE')}

Port Facility Security Notice 24/17
From 18 November the ISPS restricted zone at Gate 3 is extended to include the empty-container stack E4–E9. Hauliers without a valid terminal pass must be escorted. Security level remains 1.

Handling: ${mark('OFFICIAL-SENSITIVE')}, ${ban('not for release to hauliers')}.

Can you turn the first paragraph into a plain-English note for the gate clerks?`),

  rec('doc_ja', f`以下を英語に訳してください。

【${mark('社外秘')}】第12回ルーメン映画祭 コンペティション部門 選出作品（未発表）
1. 『雪の下の声』監督：佐藤亮
2. 『The Salt Road』監督：Amira Haddad
正式発表は9月3日。それまで${mark('取扱注意')}でお願いします。`),

  rec('memo_ko', f`[${mark('대외비')}] 2025년 보청기 가격 조정안

- 프리미엄 라인 평균 6% 인상 (3월 1일부터)
- 기존 고객 교체 시 보상 판매 20% 유지
- ${ban('경쟁사 발표 전까지 매장 직원 공유 금지')}

이 내용으로 지점장 회의용 슬라이드 3장 만들어 줘.`),

  rec('doc_zh-CN', f`帮我把这份通知改成更正式的说法：

${mark('机密')}
关于2025年集卡预约费调整的内部说明：自1月1日起，高峰时段（06:00–10:00）预约费由30元调整为45元，非高峰时段不变。${ban('对外公告前请勿向车队透露')}。`),

  rec('doc_ru', f`Сократи этот текст для внутренней рассылки, гриф сохрани:

${mark('Для служебного пользования')}
О переносе графика кремаций в связи с ремонтом второй печи: с 10 по 24 марта принимаются не более 6 заявок в день. Информацию родственникам сообщать без указания причин.`),

  rec('doc_es', f`Necesito un resumen de dos líneas del acta:

${mark('CONFIDENCIAL')} – Acta de deliberación del jurado, Sección Oficial
El jurado acuerda por mayoría (4 a 1) otorgar el premio a la mejor dirección a «Tierra de nadie». El voto particular de la presidenta se adjunta como anexo.

${mark('Documento confidencial')}. ${ban('No difundir antes de la gala del sábado')}.`),

  rec('memo_nl', f`${mark('VERTROUWELIJK')}

Aan: directie Audiora Benelux
Betreft: overname van drie audiciensvestigingen in Limburg
De due diligence loopt tot 31 januari. Personeel wordt pas na ondertekening geïnformeerd.

Kun je hier een neutrale aankondiging voor het personeel van maken, voor ná de ondertekening?`),

  rec('advisory', f`${mark('TLP:AMBER')}

Incident summary – EQCT truck appointment system
On 9 Nov between 02:10 and 03:40 UTC the booking API received ~40k requests from a rotating set of residential proxies, attempting to reserve and cancel slots in bulk. Rate limits held; no slot data was altered.

Please write a short heads-up for the other terminals in the port community, keeping the ${mark('TLP:AMBER')} handling.`),

  rec('doc_pl', f`${mark('POUFNE')}
Raport z oględzin – szkoda przymrozkowa w sadzie jabłoniowym, gm. Grójec
Uwaga: poszkodowany jest spokrewniony z agentem, który zawarł polisę. Zalecamy ponowną weryfikację przez innego rzeczoznawcę.

Przetłumacz na angielski dla centrali.`),

  rec('doc_he', f`${mark('סודי')} – רשימת אורחי כבוד לטקס הפתיחה
שגרירה, שני שרים ושלושה במאים בינלאומיים. סידורי האבטחה יופצו בנפרד.

תנסח לי הודעה קצרה לצוות הקבלה על לבוש וזמני הגעה, בלי שמות.`),

  rec('doc_ar', f`ترجم هذا التعميم إلى الإنجليزية من فضلك:

${mark('سري للغاية')}
تعميم داخلي: تغيير رموز الدخول إلى الساحة الجمركية اعتباراً من يوم الأحد. ${ban('يُمنع تداول هذا التعميم خارج إدارة البوابات')}.`),

  rec('email_tr', f`Konu: ${mark('GİZLİDİR')} – işitme cihazı tedarikçi sözleşmesi

Merhaba,
${mark('Ekteki sözleşme taslağı gizlidir')}; şube müdürleriyle paylaşılmamalıdır. Yeni tedarikçiyle indirim oranı %18 olarak mutabık kalındı.

Bu e-postayı daha kısa ve resmi hale getirebilir misin?`),

  rec('email_pt-PT', f`Assunto: relatório de peritagem – geada nas vinhas do Douro

Bom dia,
Envio em anexo o relatório preliminar. ${mark('Este documento é confidencial')} e destina-se exclusivamente à direção de sinistros até à decisão final.

Cumprimentos,
Rui Teixeira

Podes reescrever o segundo parágrafo de forma mais formal?`),

  rec('doc_uk', f`Перекладіть англійською, будь ласка:

${mark('КОНФІДЕНЦІЙНО')}
Службова записка: перелік родин, яким відтерміновано оплату за місце на кладовищі через евакуацію. ${ban('Не для розповсюдження')}.`, 'a handling ban without a marking word beside a labelled marking: ambiguous'),
];
