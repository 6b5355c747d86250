/**
 * Held-out batch 102: classification markings on memos, board notes, lab reports and mails from a
 * ferry line, a sleep clinic chain, an expat tax firm, a game publisher, a cement plant and a zoo. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH102_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en_uk', f`${v('confidential.marking', 'STRICTLY CONFIDENTIAL')} — NOT FOR CIRCULATION BEYOND THE BOARD

Subject: Proposed withdrawal of the winter timetable on the Colonsay route

The operating loss on the route for Nov–Feb was £412k. We propose reducing to two sailings a week from January, subject to the council's subsidy decision on 18 December. Staff will be told after the council vote.

Please turn this into five bullet points for the CEO's briefing pack.`),

  rec('lab_report_de', f`Kannst du die Zusammenfassung dieses Laborberichts auf Englisch übersetzen?

${v('confidential.marking', 'VERTRAULICH')} – Nur für den internen Gebrauch
Prüfbericht QS-2024-118, Werk Kirchdorf
Chloridgehalt CEM II/B-M (S-LL) 42,5 N in 3 von 12 Proben über 0,10 M.-%. Ursache vermutlich Ersatzbrennstoff-Charge vom 04.11. Kundenmitteilung erst nach Nachprüfung.`),

  rec('mail_fr_lb', f`Objet : ${v('confidential.marking', 'CONFIDENTIEL')} – dossier fiscal famille Khoury

Bonjour Rania,
Ci-joint la synthèse de la situation fiscale de la famille Khoury (résidence Beyrouth / Paris). Ne pas transférer au cabinet partenaire avant accord de M. Khoury.
Peux-tu reformuler le paragraphe sur la convention franco-libanaise pour qu'il soit plus clair ?`),

  rec('tlp_en', f`${v('confidential.marking', 'TLP:AMBER')}
Incident summary — credential-stuffing attack on Tidepool player accounts, 29–30 Nov
~4,100 login attempts from residential proxies, 212 accounts locked, 37 confirmed takeovers. Steam Guard enabled accounts unaffected.
Share with platform partners only. Can you help me write the player-facing notice (without the numbers)?`),

  rec('game_nda_ko', f`다음 공지 초안을 자연스럽게 다듬어 주세요.

[${v('confidential.marking', '대외비')}] 차기작 'Lanternfish: Abyss' 공개 일정
- 트레일러 공개: 2025년 2월 게임 쇼케이스
- 스팀 위시리스트 오픈: 트레일러 공개 직후
커뮤니티 매니저 외 공유 금지.`),

  rec('zoo_ja', f`この文書を英語に翻訳してください。

【${v('confidential.marking', '社外秘')}】
ホッキョクグマ「ユキ」の繁殖計画について
提携動物園（ロッテルダム）への移送は2025年春を予定。報道発表までは関係者以外に口外しないこと。`),

  rec('sleep_nl', f`Kun je dit verslag samenvatten in drie zinnen?

${v('confidential.marking', 'Vertrouwelijk')} — MT Slaapcentrum Noord
Het contract met de leverancier van de thuismeetapparatuur wordt per 1 april opgezegd vanwege 14 % defecte sensoren. ${v('confidential.marking', 'Dit document is strikt vertrouwelijk')} en niet bestemd voor de teams.`),

  rec('tax_memo_pl', f`${v('confidential.marking', 'ŚCIŚLE POUFNE')}
Notatka: klient VIP (przeprowadzka z Warszawy do Lizbony, status NHR)
Proponujemy sprzedaż udziałów przed zmianą rezydencji. Ryzyko: exit tax. Prosimy o niekopiowanie notatki do CRM.

Przetłumacz proszę na angielski dla partnera w Lizbonie.`),

  rec('board_it', f`Riassumi questo verbale in tono formale:

${v('confidential.marking', 'RISERVATO')} – Consiglio di amministrazione, Navigazione Isole Eolie S.p.A.
Punto 3: valutazione offerta di acquisizione da parte di operatore greco. Prezzo indicativo 48 M€. Non divulgare al personale di bordo fino alla firma della lettera d'intenti.`),

  rec('lab_sv', f`Skriv om det här till ett kort mejl till kvalitetschefen:

${v('confidential.marking', 'KONFIDENTIELLT')}
Avvikelse: 28-dygnshållfastheten för CEM I 52,5 R, parti 2411-07, låg på 49,8 MPa (krav ≥ 52,5). Partiet är levererat till två kunder. Ingen extern kommunikation innan laboratoriet gjort omprov.`),

  rec('mail_footer_es', f`Asunto: Propuesta tarifas 2025 — línea Algeciras–Ceuta

Hola equipo,
Adjunto la propuesta de tarifas para el próximo año. Necesito que me ayudéis a resumirla en una tabla.

Saludos,
Marta Ruiz
Dpto. Comercial

${amb('confidential.marking', 'Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, notifíquelo y bórrelo.')}`),

  rec('tr_memo', f`${v('confidential.marking', 'GİZLİDİR')} — Yönetim Kurulu Notu
Hayvanat bahçesi veteriner kliniğinde kuş gribi şüphesi: iki flamingo karantinada. Basına açıklama yapılmadan önce Tarım Bakanlığı ile görüşülecek.
Bunu İngilizce kısa bir brifinge çevirir misin?`),

  rec('ru_cement', f`Переведи на английский:

${v('confidential.marking', 'КОНФИДЕНЦИАЛЬНО')}. ${amb('confidential.marking', 'Для служебного пользования')}.
Результаты внеплановой проверки лаборатории: калибровка пресса просрочена на 47 дней, результаты испытаний за октябрь подлежат перепроверке.`),

  rec('ar_tax', f`أرجو ترجمة هذه المذكرة إلى الإنجليزية:

${v('confidential.marking', 'سري للغاية')}
مذكرة داخلية: خطة إعادة هيكلة رسوم العملاء المغتربين في دبي والرياض اعتباراً من الربع الأول 2025. لا يجوز مشاركتها مع العملاء قبل الإعلان الرسمي.`),

  rec('inline_en_ng', f`Please polish this email:

"Dear colleagues, kindly note that the attached sleep-study audit is ${v('confidential.marking', 'strictly confidential')} and must not be forwarded outside the clinical governance committee. The findings on scoring inter-rater agreement will be discussed on Thursday."`),
];
