/**
 * Held-out batch 158: classification and handling markings in memos, e-mails, minutes and slides
 * from the six settings, in many languages (headers, subjects, footers, inline). Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH158_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('VS – NUR FÜR DEN DIENSTGEBRAUCH')}

Stadt Kesselbrunn – Sozialamt
Vermerk: Prüfung möglicher Doppelbezüge Wohngeld/Bürgergeld, Stichprobe Q4/2024

Bei 37 von 1.200 geprüften Fällen liegen Überschneidungen vor; in 9 Fällen besteht Verdacht auf vorsätzliche Falschangaben. Die Fälle werden an die Innenrevision abgegeben.

Bitte fasse den Vermerk für die Amtsleitung in fünf Stichpunkten zusammen, ohne Fallzahlen zu runden.`),

  rec('email_en', f`Subject: ${mark('CONFIDENTIAL')} – voluntary self-disclosure draft (BIS)

Team,

attached is the draft VSD regarding the three shipments of 3A001.a.2 parts that left Rotterdam without the required licence in January. Please do not forward. Outside counsel will review on Thursday.

Footer: Arvenic Components GmbH · ${mark('Company Confidential')}

→ Can you tighten the wording of the first paragraph so it sounds less like an admission?`),

  rec('doc_ja', f`【${mark('社外秘')}】輸出管理委員会 議事録（2025年2月27日）

1. 台湾向けFPGA案件：該非判定は3A001.a.7に該当、個別許可申請を3月中に提出。
2. 仲介貿易の取扱い：新規取引先はすべてエンドユーザー確認書を必須とする。

この議事録を英語に翻訳してください。見出しの区分表示もそのまま残してください。`),

  rec('doc_ko', f`${mark('대외비')} — 수출관리팀 내부 검토

중국 고객사 3곳에 대한 최종사용자 확인 결과, 1곳은 군 관련 기관과의 연관 가능성이 있어 출하를 보류함. 법무팀 검토 후 재판단 예정.

위 내용을 영어 이메일로 정리해 주세요. 상단 표시는 영어로 바꿔서 유지해 주세요.`),

  rec('doc_zh', f`${mark('机密')} ${amb('confidential.marking', '严禁外传')}
上海分公司 出口许可月报（2025年2月）

本月共提交 14 份许可申请，获批 11 份，3 份因最终用户信息不全被退回。

请把这段翻译成英文，保留标题格式。`, 'a handling ban with no marking word beside the marking: ambiguous by the conventions'),

  rec('doc_fr', f`${mark('CONFIDENTIEL')} – ${mark('DIFFUSION RESTREINTE')}
Direction de la mobilité – Ville de Saint-Aubrac
Objet : renouvellement des autorisations d'occupation temporaire pour les trottinettes en libre-service

Les deux opérateurs actuels ont dépassé de 18 % le quota de véhicules en centre-ville. Nous proposons de ne renouveler qu'une seule autorisation.

Peux-tu résumer cette note en trois points pour le cabinet du maire ?`),

  rec('minutes_it', f`${mark('RISERVATO')} – uso interno
Verbale comitato vendite – asta di Villa Erba, 24 maggio

Il mandante del lotto 31 (Alfa Romeo 8C 2300, 1933) accetta una riserva di 9,5 milioni di euro; comunicazione agli offerenti solo a voce.

Mi riscrivi il verbale in inglese per la sede di Londra?`),

  rec('email_es_mx', f`Asunto: ${mark('CONFIDENCIAL')} — resultado auditoría de multas

Equipo:
La auditoría encontró 212 multas a usuarios de monopatines emitidas con coordenadas GPS fuera de la zona regulada. Se anularán de oficio. No comentar con los operadores hasta el comunicado oficial.

¿Me ayudas a redactar el comunicado oficial para la prensa?`),

  rec('doc_en_gb', f`${mark('OFFICIAL-SENSITIVE: PERSONAL')}
St Mary's Maternity Unit — serious incident review, discharge pathway

Summary: a baby was discharged before the newborn blood-spot result for a high-risk family was reviewed. Root cause: handover checklist item 7 was optional in the e-form.

Please rewrite the recommendations as SMART actions.`),

  rec('advisory', f`${mark('TLP:AMBER')}

Voltaride security notice to city partners: between 2 and 4 March an exposed staging API allowed listing of ride histories for 1,420 accounts. Access is closed; affected users will be notified on 10 March.

Help me draft a short internal summary for our permit team (no technical details).`),

  rec('doc_ru', f`${mark('Коммерческая тайна')}
ООО «Арвеник Компонентс» — записка о санкционных рисках

Три дистрибьютора в Казахстане запросили партии микроконтроллеров, объёмы которых в 6 раз превышают прошлогодние. Рекомендуется приостановить отгрузки до проверки конечных пользователей.

Переведи, пожалуйста, на английский для головного офиса, сохранив гриф.`),

  rec('email_ar', f`الموضوع: ${mark('سري للغاية')} – تقييم المزايدين

الزملاء الكرام،
يرجى عدم مشاركة قائمة المزايدين المؤهلين لمزاد دبي للسيارات الكلاسيكية خارج لجنة البيع. ثلاثة مزايدين لم يكملوا إجراءات اعرف عميلك بعد.

ترجم هذه الرسالة إلى الإنجليزية من فضلك.`),

  rec('doc_tr', f`${mark('HİZMETE ÖZEL')}
İkram Mutfağı – Yük Planlama Birimi
Konu: THY ve Pegasus sözleşme yenileme fiyat teklifleri

Pegasus için tepsi başına fiyatı %7 düşürmeyi, THY için mevcut fiyatı korumayı öneriyoruz.

Bunu İngilizce bir yönetim özeti olarak yazar mısın?`),

  rec('slide_de_ch', f`Sprechernotizen für Folie 4 (Fusszeile auf allen Folien: "SkyGalley Zürich AG · ${mark('VERTRAULICH')} · Entwurf v2"):
Erkläre, warum wir die Nachtschicht im Heissbereich von 6 auf 5 Personen reduzieren und wie wir die Spitzen bei den Langstreckenflügen abfangen. Maximal 90 Sekunden.`),

  rec('memo_en', f`Sale committee — estimates for the Amelia Island catalogue

${mark('This memo is confidential')} and intended only for members of the sale committee. Estimates for lots 1–40 are attached; the consignor of lot 17 has asked that the low estimate not be shown before the catalogue goes to print.

Please turn this into a one-paragraph brief for the specialists.`),

  rec('doc_hi', f`${mark('गोपनीय')}
नगर निगम समाज कल्याण विभाग – वृद्धावस्था पेंशन सत्यापन रिपोर्ट
जाँच में 312 लाभार्थी मृत पाए गए जिनकी पेंशन अब भी जारी थी।

कृपया इसका अंग्रेज़ी सारांश तैयार करें।`),
];
