/**
 * Held-out batch 63: classification markings on advisories, memos, board papers, clinical reviews
 * and specs, in the languages of a zoo, a crowdfunding platform, an optics maker, a prison health
 * service, an airline and an IR consultancy; with disclaimers and casual uses around them. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH63_CONFIDENTIAL: DraftRecord[] = [
  rec('advisory', f`${mark('TLP:AMBER+STRICT')}
Blackthorn Cyber – Flash report BTC-IR-2291-03
Recipients: client CISO and legal counsel only

Initial access was via a contractor laptop with cached cloud credentials. The actor staged data on a rented VPS and used a Telegram bot for notifications. Containment completed 29 Nov 18:40 UTC.

Turn this into a one-paragraph executive summary for the client's board, same classification.`),

  rec('spec_de', f`${mark('STRENG VERTRAULICH')} – Kundenspezifikation, Weitergabe nur nach NDA

Projekt "Falke": Objektiv 75 mm f/1.4 für Wärmebildkameras, Germanium-Linsen mit DLC-Beschichtung, Betriebstemperatur −40 bis +70 °C.

Bitte übersetze die Anforderungstabelle unten ins Englische, die Zahlen nicht verändern.`),

  rec('memo_fr', f`${mark('CONFIDENTIEL')} – NE PAS DIFFUSER

Note à la direction des opérations aériennes
Objet : négociation avec le syndicat des pilotes sur les jours de repos

Nous proposons de passer de 8 à 9 jours OFF garantis par mois à partir d'avril, en échange d'une flexibilité accrue sur les réserves à domicile.

Peux-tu résumer cette note en cinq puces pour le comité de direction ?`),

  rec('doc_es', f`Resume este documento en tres párrafos para el equipo nuevo de moderación:

${mark('CONFIDENCIAL')} — Uso exclusivo del equipo de Confianza y Seguridad
Criterios internos para suspender campañas de recaudación médica
1. Documentación clínica sin sello o con fecha posterior a la creación de la campaña.
2. Beneficiario distinto del titular de la cuenta de cobro sin autorización notarial.
3. Imágenes reutilizadas detectadas por búsqueda inversa.`),

  rec('review', f`${mark('OFFICIAL-SENSITIVE')}
Clinical review following a death in custody – HMP Ashdown
Draft v0.3 – not for onward circulation

The patient was seen by healthcare on arrival but the second-day screening did not take place because of a regime lockdown. Medication reconciliation was completed 41 hours after reception.

Please check the timeline section for consistency with the dates in the appendix.`),

  rec('board_nl', f`${mark('VERTROUWELIJK')}
Nota voor de raad van bestuur – transfer olifantenstier "Tembo"
Op aanvraag van het Europese kweekprogramma gaat Tembo in maart naar een partnerpark. Kosten transport en quarantaine: circa € 48.000. Communicatie pas na ondertekening.

Kun je hier een korte, neutrale tekst van maken voor de nieuwsbrief, voor later?`),

  rec('report_ja', f`${mark('社外秘')}
インシデント対応報告書（中間）
顧客：株式会社ミナト精機
侵入経路：VPN装置の既知の脆弱性（パッチ未適用）
影響範囲：ファイルサーバー2台、設計図面の一部

この報告書を顧客の役員向けに、専門用語を減らして1ページにまとめてください。`),

  rec('doc_ko', f`다음 문서를 영어로 번역해 주세요. 머리글은 그대로 두세요.

${mark('대외비')}
차세대 비구면 렌즈 금형 공정 개선안
- 금형 온도 편차를 ±0.5℃ 이내로 관리
- 2025년 2분기부터 3라인에 우선 적용`),

  rec('memo_fi', f`${mark('LUOTTAMUKSELLINEN')}
Miehistösuunnittelu – talven 2025 tukikohtamuutokset
Kuopion tukikohta suljetaan 30.3.2025. Asianomaisille 14 henkilölle ilmoitetaan henkilökohtaisesti viikolla 50.

Muotoile tästä esihenkilöille puheenvuoro, jossa kerrotaan miten kysymyksiin vastataan ennen virallista tiedotetta.`),

  rec('policy_pt', f`Pode revisar a ortografia deste cabeçalho e do primeiro parágrafo?

${mark('CONFIDENCIAL')} – USO INTERNO
Manual de investigação de campanhas suspeitas, versão 4.1
Este manual descreve os sinais que a equipe de Confiança e Segurança usa para priorizar denúncias. Não compartilhe com criadores nem com parceiros de pagamento.`),

  rec('report_ru', f`${mark('КОНФИДЕНЦИАЛЬНО')}
Отчёт о проверке медицинской части исправительного учреждения № 4
Выявлено: нарушение сроков первичного осмотра у 17 % поступивших, отсутствие журнала температурного режима холодильника с вакцинами.

Сделай из этого список корректирующих мер с ответственными и сроками.`),

  rec('note_he', f`${mark('סודי')} – לשימוש פנימי בלבד
סיכום שיחה עם הלקוח בנוגע לתשלום כופר: ההנהלה שוקלת תשלום חלקי. הצוות המשפטי ממליץ להמתין לחוות הדעת של המשטרה.

תכין לי בבקשה רשימת שאלות לישיבה של מחר עם היועץ המשפטי.`),

  rec('doc_zh', f`${mark('机密')}
镀膜车间新工艺参数（第三版）
增透膜层数由7层改为9层，中心波长550 nm，反射率目标<0.3%。

请帮我把这页内容整理成英文的PPT提纲，标题页保留密级标识。`),

  rec('board_da', f`Kan du forkorte dette til en halv side?

${mark('FORTROLIGT')} – bestyrelsesmateriale
Ansøgning om udvidelse af savannen: Kommunen har signaleret, at miljøvurderingen kan tage op til 14 måneder. Vi anbefaler at udskyde byggestart til foråret 2026 og bruge 2025 på fundraising.`),

  rec('memo_pl', f`${mark('ŚCIŚLE POUFNE')}
Notatka dla zarządu: plan redukcji rezerw załogowych w bazie Katowice od sezonu letniego.
Proponujemy zmniejszenie liczby dyżurów rezerwowych o 20 % przy jednoczesnym zwiększeniu puli załóg standby na lotnisku.

Przetłumacz na angielski, zachowując nagłówek.`),

  rec('report', f`Hi, can you tighten this intro for the quarterly T&S committee pack?

"${mark('This report is confidential')} and intended for the Trust & Safety committee only. It covers the 312 campaigns suspended in Q3, of which 41 were reinstated on appeal, and the new payout hold rule for first-time creators."`),

  rec('email_sv', f`Hej Lina,

Bifogar utkastet till incidentrapporten. Den är märkt ${mark('KONFIDENTIELLT')} så skicka den inte vidare till leverantören.

Hälsningar
Oskar

${amb('confidential.marking', 'Detta e-postmeddelande och eventuella bilagor är konfidentiella och endast avsedda för mottagaren.')} Om du har fått det av misstag, vänligen meddela avsändaren.

-> kan du skriva om mitt mejl så det låter mindre stelt?`),

  rec('doc_ro', f`${mark('STRICT CONFIDENȚIAL')}
Raport intern: audit al circuitului medicamentelor în penitenciar
Constatări: lipsa dublei semnături la eliberarea opioidelor în 3 din 12 ture verificate.

Te rog să formulezi recomandările ca plan de acțiune, păstrând caracterul medical și respectând confidențialitatea pacienților.`),

  rec('memo_ar', f`${mark('سري للغاية')}
مذكرة داخلية – إدارة جدولة الطواقم
الموضوع: خطة تقليص ساعات الاحتياط لطواقم الضيافة في قاعدة الدوحة اعتباراً من مارس.

رجاءً لخّص المذكرة في ثلاث نقاط بالإنجليزي للمدير التنفيذي.`),
];
