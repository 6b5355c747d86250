/**
 * Held-out batch 151: classification and handling markings in memos, e-mails, slides and minutes of
 * the batch's six organisations, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH151_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`Bitte fasse das für die Sitzung des Aufsichtsrats in fünf Stichpunkten zusammen:

${mark('STRENG VERTRAULICH')} – Intendanz / Kaufmännische Direktion
Spielzeit 2025/26 – Budgetrahmen
Die Neuproduktion „Der Ring“ wird auf zwei Spielzeiten gestreckt; das Ballett verliert eine Gastspielreise (Asien), um das Defizit von 1,4 Mio. € zu decken. Gespräche mit dem Orchestervorstand erst nach Beschluss.

${mark('Streng vertraulich')} – nicht weiterleiten`),

  rec('memo_en_gb', f`${mark('OFFICIAL-SENSITIVE')}

Sleep Service – CPAP rental contract re-tender
We intend to end the current supplier agreement early (clause 19.3) because of repeated late swaps of faulty units (average 11 days vs 48 h in the SLA). Legal have advised not to share this with the supplier before the Board meets on 16 January.

Draft a one-paragraph summary for the Clinical Director. Keep the marking.`),

  rec('tender_fr', f`Peux-tu reformuler ce paragraphe de façon plus neutre ?

${mark('CONFIDENTIEL – DIFFUSION RESTREINTE')}
Objet : appel d'offres manutention portuaire – terminal céréalier
Notre offre pour le lot 2 (chargement navires Panamax) sera de 3,85 €/t, soit 6 % sous le tarif actuel, compensé par le contrat de stockage silo 4. Ce document est ${mark('confidentiel')} et ne doit pas être transmis aux courtiers.`),

  rec('mail_es', f`Asunto: ${mark('CONFIDENCIAL')} – renegociación de la concesión AP-9

Equipo:
Adjunto los escenarios de tarifas para 2026. El escenario B (congelación + ampliación de bonificaciones a transportistas) es el que prefiere el Ministerio, pero reduce el margen un 4,2 %. ${amb('confidential.marking', 'No comentar fuera del comité hasta la reunión del 20')}.

¿Me haces una tabla comparativa de los tres escenarios a partir de este texto?`),

  rec('report_ar', f`لخّص هذا التقرير في ثلاث نقاط للمدير الإقليمي:

${mark('سري للغاية')}
تقرير حادث أمني – مكتب إعادة التوطين
في ١٢ نوفمبر حاول شخص مجهول الدخول إلى مكتب الاستقبال وطلب معلومات عن عائلة محددة. تم إبلاغ الشرطة، وتم نقل العائلة مؤقتاً إلى سكن بديل. ${amb('confidential.marking', 'يُمنع تداول هذا التقرير خارج فريق الحماية')}.`),

  rec('pricing_ja', f`以下の文書を英語に翻訳してください（見出しもそのまま）。

【${mark('社外秘')}】2025年度 歯科医院向け価格改定案
・ジルコニアクラウン：1本 18,000円 → 19,500円
・アライナー（片顎）：据え置き
・大口取引先（月50本以上）は5%割引を継続
${amb('confidential.marking', '本資料の取り扱いには十分ご注意ください')}。`),

  rec('plan_ko', f`아래 내용을 발표 슬라이드 3장으로 정리해 주세요.

${mark('대외비')}
요금소 이의신청 시스템 이전 계획
- 1단계(2월): 기존 콜센터 상담 이력 이관
- 2단계(4월): 온라인 이의신청 포털 오픈
- 위험 요소: 번호판 인식 오류 데이터 품질`),

  rec('notice_zh_cn', f`把这段通知改写得更正式一些：

${mark('机密')}
关于2025年一季度小麦出口装船计划的说明
一季度预计装船 6 艘，总量约 32 万吨；其中 2 艘的买方尚在谈判中，${amb('confidential.marking', '请勿对外透露船名和价格')}。
（${mark('内部资料，注意保密')}）`),

  rec('letter_ru', f`Помоги сократить письмо для директора балетной труппы:

${mark('Конфиденциально')}
По итогам переговоров с принимающей стороной гастроли в марте переносятся на осень; гонорар солистов сокращается на 15 %. ${amb('confidential.marking', 'Информацию до официального объявления не разглашать')}.`),

  rec('note_he', f`תסכם את זה בשתי שורות לצוות:

${mark('סודי')}
משפחה מס' 41 הועברה לדירה זמנית בעקבות איומים. הכתובת החדשה ידועה רק לרכזת התיק ולמנהלת התוכנית.`),

  rec('casting_it', f`Traduci in inglese per l'agente:

${mark('RISERVATO')} – Direzione artistica
Per la Traviata di aprile la prima scelta per Violetta ha declinato; stiamo valutando due soprano in alternativa. Non comunicare nulla ai cast fino alla firma dei contratti.`),

  rec('minutes_pl', f`Zrób z tego krótką notatkę do zarządu:

Notatka ze spotkania – ${mark('POUFNE')}
Temat: wzrost liczby reklamacji po wdrożeniu nowych bramek (+38 % r/r). Dostawca kamer przyznał błąd w oprogramowaniu rozpoznawania tablic dla motocykli. Dokument ${mark('poufny')}, ${amb('confidential.marking', 'do użytku wyłącznie zarządu')}.`),

  rec('memo_tr', f`Şu notu İngilizce'ye çevirir misin?

${mark('GİZLİ')}
Konu: 2025 kantar ücret tarifesi
Yeni tarifede ton başına ücret %9 artırılacak; büyük ihracatçılarla ayrı protokol yapılacak. ${amb('confidential.marking', 'Tarife açıklanana kadar bu bilgi paylaşılmamalıdır')}.`),

  rec('slides_el', f`Φτιάξε μου τίτλους για 4 διαφάνειες από αυτό:

${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Στρατηγική εργαστηρίου 2025: επένδυση σε δεύτερο εκτυπωτή ρητίνης για aligners, κλείσιμο του παραρτήματος Πάτρας, μεταφορά 3 τεχνιτών στη Θεσσαλονίκη.`),

  rec('mail_nb', f`Emne: ${mark('FORTROLIG')}: kornpriser og lagerkapasitet vinter 2025

Hei alle,
vi har fått forespørsel om å lagre 12 000 tonn havre for en ny kunde. Prisen vi vurderer er under det vi tilbyr faste kunder, så hold dette internt til avtalen er signert.

Kan du lage et kort sammendrag til styret?`),

  rec('advisory_en', f`${mark('TLP:AMBER')}

Toll operator sector alert – phishing wave
Since 25 November customers receive SMS messages claiming an unpaid toll with a link to a fake payment page. Sender IDs rotate hourly. ${amb('confidential.marking', 'Share with your customer-disputes staff only')}.

Please write a short internal FAQ for our disputes agents based on this, keep the TLP marking at the top.`),

  rec('note_hi', f`इस नोट को अंग्रेज़ी में अनुवाद करो:

${mark('गोपनीय')}
CPAP किराया सेवा – आपूर्तिकर्ता के साथ अनुबंध विवाद
आपूर्तिकर्ता ने 40 मशीनों के बदले बिल भेजा है जो कभी पहुँची ही नहीं। मामला क़ानूनी विभाग को भेजा गया है। ${amb('confidential.marking', 'यह जानकारी विभाग के बाहर साझा न करें')}।

Regards,
Sleep Lab Admin
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')}`, 'the Hindi marking is labelled; the English e-mail disclaimer below the signature is ambiguous per the conventions'),
];
