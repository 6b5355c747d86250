/** Held-out batch 80: classification markings in memos, mails, board papers and advisories, in many languages, and look-alikes. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH80_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} — Board of Directors only

Subject: Proposed sale of the Yorkshire hearing-care branches

Audiolux has received a non-binding offer of £14.2m for its 11 Yorkshire branches. Management recommends entering exclusivity for 6 weeks. Staff must not be informed before the consultation plan is approved.

Can you turn this into a one-page briefing for the chair?`),

  rec('memo_de_ch', f`${mark('STRENG VERTRAULICH')}
Verteiler: Geschäftsleitung, Head of Compliance

Betreff: Vorfall Cold Storage Vault 2 – Schlüsselzeremonie vom 19.11.

Bei der Zeremonie war nur ein statt zwei Key Custodians physisch anwesend; der zweite wurde per Video zugeschaltet. Das widerspricht Richtlinie CS-07. Die FINMA-Meldepflicht wird geprüft.

Bitte formuliere daraus eine sachliche Zusammenfassung für den Verwaltungsrat.`),

  rec('advisory', f`${mark('TLP:AMBER+STRICT')}

Phishing campaign targeting custody operations staff: fake "travel rule compliance update" mails with a link to a cloned portal. Three employees at peer firms entered credentials.

Help me draft an internal awareness note based on this — no indicators from the advisory, just behaviour.`),

  rec('doc_fr', f`${mark('CONFIDENTIEL')} – Diffusion restreinte au comité de direction

Projet de réorganisation du réseau de cars interurbains : suppression de 4 lignes à faible fréquentation (L12, L17, L31, L40) au 1er septembre, redéploiement de 9 conducteurs.

Peux-tu en faire un résumé de 5 lignes en anglais pour l'autorité régionale ?`),

  rec('doc_is', f`${mark('TRÚNAÐARMÁL')}
Minnisblað til forstjóra Veðurstofunnar
Efni: Samningaviðræður um sölu veðurgagna til orkufyrirtækja

Lagt er til að hækka gjaldskrá fyrir rauntímagögn um 18% frá 1. mars.

Getur þú þýtt þetta á ensku fyrir norræna samstarfsfundinn?`),

  rec('doc_nn', f`${mark('STRENGT FORTRULEG')}

Notat til styret – anbod på ferjesambandet Lavik–Oppedal 2026–2036
Vårt tilbod ligg 6 % under kalkylen til konkurrenten. Styret må godkjenne risikopåslaget før 10. desember.

Lag ein kort samandrag på bokmål.`),

  rec('email_pl', f`Temat: ${mark('POUFNE')} – wyniki audytu apteki szpitala więziennego

Dzień dobry,
w załączniku raport z audytu. Stwierdzono 3 niezgodności w ewidencji leków psychotropowych (pawilon C). Proszę nie przesyłać raportu poza zespół kontroli wewnętrznej.

Pomóż mi napisać krótkie podsumowanie dla zarządu.`),

  rec('doc_hu', f`${mark('SZIGORÚAN BIZALMAS')}

Vezetői összefoglaló – a balatoni rendezvényhelyszín felvásárlása
Irányár: 1,9 milliárd Ft. Az átvilágítás januárban kezdődik.

Írd át angolra, maradjon tömör.`),

  rec('doc_el', f`${mark('ΑΠΟΡΡΗΤΟ')}
Προς: Διοικητικό Συμβούλιο
Θέμα: Διαπραγμάτευση με το σωματείο οδηγών λεωφορείων για τις βάρδιες Σαββατοκύριακου

Προτείνεται αύξηση επιδόματος κατά 7% με αντάλλαγμα ευέλικτες βάρδιες.

Κάνε μια σύντομη περίληψη στα αγγλικά.`),

  rec('doc_ja', f`${mark('社外秘')}
2025年度 気象データ配信サービス 料金改定案

主要顧客（電力・航空）向けに API 配信料金を平均 12% 引き上げる。発表は 2 月予定。

これを英語の役員向けサマリーにしてください。`),

  rec('doc_ko', f`${mark('대외비')}
웨딩홀 2025년 가격 정책 (내부 검토용)
주말 대관료 8% 인상, 비수기 평일 패키지 신설.

영어로 요약해 주세요.`),

  rec('doc_zh', f`${mark('机密')}——仅限管理层阅读
关于冷钱包多签方案调整的说明：签名门槛由 3/5 调整为 4/7，新增两名海外保管人。

请帮我把这段翻译成英文，语气正式。`),

  rec('email_es_mx', f`Asunto: Renovación del contrato de servicios médicos penitenciarios

Equipo,

${mark('Este documento es confidencial')} y se comparte únicamente con el comité de licitación. La propuesta económica queda en 4.1% por debajo del contrato actual.

Saludos,
Dirección Comercial

→ ¿Puedes hacer la redacción más formal?`),

  rec('slide_tr', f`Her slaytın altbilgisinde "Kıyı Ulaşım A.Ş. · ${mark('GİZLİ')} · Yönetim Kurulu" yazıyor. 7. slayt için konuşma notu hazırlar mısın: yeni feribot hattının fizibilitesi, geri ödeme süresi 9 yıl.`),

  rec('email_footer_he', f`תודה רבה, נחזור אליך עם הצעת מחיר לאירוע עד יום חמישי.

--
${amb('confidential.marking', 'הודעה זו והמסמכים המצורפים אליה חסויים ומיועדים לנמען בלבד.')} אם קיבלת הודעה זו בטעות, אנא הודע לשולח ומחק אותה.`, 'an e-mail confidentiality disclaimer: ambiguous'),

  rec('chat', f`For our tender response the prison authority wants every page headed "${amb('confidential.marking', 'OFFICIAL-SENSITIVE')}". In Google Docs, how do I put that in the header of every page but not on the cover page?`, 'a marking quoted in a formatting question: ambiguous'),

  rec('doc_ru', f`${mark('Для служебного пользования')}
Регламент доступа сотрудников к хранилищу холодных кошельков, ред. 4
Доступ в помещение — только вдвоём, журнал посещений ведёт служба безопасности.

Сделай из этого короткую памятку для новых сотрудников на английском.`),
];
