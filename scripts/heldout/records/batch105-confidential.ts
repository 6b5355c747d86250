/**
 * Held-out batch 105: classification markings on pension fund board papers, toll enforcement
 * memos, clinic governance reports, rescue-service debriefs, lab IP documents and bookshop
 * acquisition plans, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH105_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')} – Investment Committee only

Pension Fund Board – paper 7b
Proposal: reduce listed equity allocation from 48% to 42% over 18 months and increase infrastructure debt to 12%. Funding level at 31 March: 104.2%.

Turn this into three bullet points for the member newsletter, leaving out the allocation figures.`),

  rec('email', f`Subject: ${mark('RESTRICTED')} - enforcement camera rollout, phase 2

Team,
Attached is the list of 14 gantries where we will switch from warning letters to penalty notices on 1 July. Please do not forward outside the enforcement back office until the press release.

Can you help me turn this into a briefing for the call-centre supervisors?`),

  rec('doc_de', f`Bitte übersetze die Überschrift und die Zusammenfassung ins Englische:

${mark('VERTRAULICH')} – nur für den Vorstand
Pensionskasse – Anpassung des technischen Zinssatzes von 1,75 % auf 1,25 % ab 2026. Auswirkung auf den Deckungsgrad: −3,8 Prozentpunkte.`),

  rec('doc_fr', f`${mark('DIFFUSION RESTREINTE')}
Comité de direction – Réseau de cliniques podologiques
Projet de rachat de deux cabinets à Annecy et Chambéry, valorisation indicative 1,4 M€.

Résume en trois points les risques pour l'équipe médicale.`),

  rec('email_es', f`Asunto: Informe del accidente en Sierra Nevada – ${mark('CONFIDENCIAL')}

Compañeros, adjunto el borrador del informe interno del rescate del 8 de febrero. Este documento es ${mark('confidencial')} y no debe compartirse fuera del equipo de guardia hasta que lo revise la dirección.

¿Me ayudas a redactar un resumen neutral para la prensa?`, 'subject marking and the inline statement both labelled'),

  rec('slide', f`Speaker notes for slide 4 (footer: "HelixForge Bio · ${mark('Company Confidential')} · Do not distribute"):
Explain the CRISPR off-target scoring pipeline at a high level, no sequences, under 90 seconds.`),

  rec('doc_pl', f`${mark('ŚCIŚLE TAJNE')}? Nie, chyba przesadziłam – zmień nagłówek na ${mark('POUFNE')} i przetłumacz na angielski:
Plan przejęcia antykwariatu w Krakowie, budżet do 600 tys. zł, negocjacje do końca maja.`, 'two markings in one record: the one rejected in the text is still a marking phrase written into the document'),

  rec('doc_ja', f`以下の文書の要約を英語で作成してください。

【${mark('社外秘')}】
有料道路料金徴収システム更改計画（第2版）
・2026年4月より ETC2.0 専用レーンを12箇所に拡大
・旧システムの保守契約は2026年3月末で終了`),

  rec('doc_ko', f`${mark('대외비')}
중고서점 체인 2025년 하반기 출점 계획
- 부산 서면점, 대구 동성로점 신규 오픈
- 온라인 마켓플레이스 수수료 12% → 14% 인상 검토

이 내용을 직원 공지용으로 바꿔 주세요. 수수료 인상 부분은 빼고요.`),

  rec('doc_ru', f`Гриф: ${mark('ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ')}
Разбор спасательной операции на Эльбрусе 23.02
Причины задержки вылета вертолёта: погодные условия и отсутствие топлива на площадке Азау.

Сократи текст до пяти предложений.`),

  rec('tlp', f`${mark('TLP:AMBER')}
Phishing campaign targeting pension fund members: fake "statement available" mails with links to lookalike domains. Share with your IT teams only.

Write a short member-facing warning text (no technical details).`),

  rec('doc_zh', f`请把下面这份文件的标题翻译成英文：

${mark('机密')}
实验室信息管理系统迁移方案（草案）
迁移窗口：2025年7月第二周`),

  rec('doc_ar', f`ترجم إلى الإنجليزية:

${mark('سري للغاية')}
خطة تعديل رسوم بوابات التحصيل المروري لعام 2026 – مسودة للنقاش في مجلس الإدارة فقط.`),

  rec('email_nl', f`Onderwerp: ${mark('STRIKT VERTROUWELIJK')} – klacht chirurgische behandeling

Collega's,
De klacht van de patiënt uit Eindhoven over de bunionectomie ligt bij de tuchtcommissie. Dit bericht is ${mark('strikt vertrouwelijk')}.

Help me een neutrale reactie aan de patiënt te formuleren.`, 'subject marking and the inline lower-case statement both labelled'),

  rec('footer', f`Can you shorten this email footer? It is too long for mobile:

--
Member Services | Public Employees Pension Fund
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify the sender and delete it.')}
Document classification: ${mark('OFFICIAL-SENSITIVE')}`),

  rec('doc_tr', f`${mark('GİZLİ')} – Yönetim Kurulu Sunumu
Otoyol geçiş ücretlerinde 2026 zammı: otomobil %28, ağır vasıta %32.

Bunu müşteri hizmetleri için sade bir bilgi notuna çevir, oranları yazma.`),
];
