/**
 * Held-out batch 24: classification markings in fab process documents, cruise and dental
 * management papers, call-centre plans, internal polls and pentest / incident reports, in English,
 * Japanese, French, Polish, Turkish, Malay, Danish and Afrikaans. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH24_CONFIDENTIAL: DraftRecord[] = [
  rec('doc_ja', f`次の文書の要旨を英語で3行にまとめてください。

【${mark('社外秘')}】
熊本第二工場 28nm ロジック 歩留まり改善計画（2025年上期）
1. CMP後のマイクロスクラッチ起因の不良を 0.8% → 0.3% に低減
2. CVD-07 のチャンバー洗浄周期を 1,500 枚 → 1,200 枚に短縮
3. 顧客A向けロットの優先投入ルールを見直す`),

  rec('process_spec', f`Process spec header, please help me rewrite the revision history table in clearer English:

Kulim Fab 2 — Document KLM2-PS-ETCH-0147 Rev F
${mark('CONFIDENTIAL – PROPRIETARY PROCESS INFORMATION')}
Title: Poly gate etch, 28HPC
Rev E → F: endpoint window changed, O2 flow step 3 reduced, added post-etch inspection sampling 2/25.`),

  rec('memo_ms', f`${mark('SULIT')}

Memo kepada: Pengurus Syif, Fab 2
Perkara: Pelan pengurangan tenaga kerja kontrak Q1 2025
Sebanyak 46 jawatan kontrak tidak akan disambung apabila tamat tempoh. Makluman kepada kakitangan hanya selepas mesyuarat JKKP pada 15 Januari.

Tolong terjemahkan memo ini ke English.`),

  rec('email', f`Subject: ${mark('CONFIDENTIAL')} — itinerary change for AV250110MRS

Team,
We will drop the Tunis call from the 10 January sailing because of the security assessment. Guests are NOT to be informed before the official notice goes out on 16 December.

Can you draft the official guest notice (friendly, offer onboard credit of €100 per cabin)?`),

  rec('board_paper_da', f`${mark('FORTROLIGT')} — kun til bestyrelsen

Forslag: opkøb af to tandklinikker i Odense og Vejle. Samlet købspris 38 mio. kr., finansieret via kreditfacilitet. Due diligence afsluttes 31. januar.

Kan du lave et kort resumé på engelsk til vores investorer?`),

  rec('doc_pl', f`Przetłumacz na angielski:

${mark('Tajemnica przedsiębiorstwa')} — Smileline Polska Sp. z o.o.
Cennik zakupowy implantów na 2025 r. po negocjacjach z dostawcą: rabat 18% przy wolumenie powyżej 900 szt. rocznie.`),

  rec('slide_notes', f`Speaker notes for the call-centre transformation deck (every slide has "Voltaria Energy | ${mark('Internal Use Only')} | Draft v2" in the footer): explain why we're moving 40% of billing calls to the chatbot by Q3 and what happens to the night shift. Keep it to 2 minutes.`),

  rec('poll_memo', f`${mark('CONFIDENTIAL — NOT FOR PUBLICATION')}
Internal tracker, wave 14 (n=1,018, fieldwork 28 Nov–2 Dec)
Our candidate trails by 6 among women 35–54; the healthcare message tested best (+9 net favourable).

Rewrite as three bullet points for the campaign manager, no numbers in the first bullet.`),

  rec('email_fr_qc', f`Objet : ${mark('CONFIDENTIEL')} — sondage interne circonscription Louis-Hébert

Bonjour à tous,
Les résultats du sondage interne sont en pièce jointe. Merci de ne pas les partager avec les bénévoles ni les médias.

Peux-tu reformuler ce courriel pour qu'il sonne moins sec?`),

  rec('pentest_report', f`Cover page text for the report — can you fix the wording of the scope paragraph?

KESTREL SECURITY — PENETRATION TEST REPORT
Client: Tally Retail Ltd · Engagement KS-2024-118
Classification: ${mark('TLP:AMBER+STRICT')}

Scope: external infrastructure (14 hosts), the customer web portal and the mobile API, tested between 18 and 29 November 2024 from our test range.`),

  rec('ir_advisory', f`${mark('TLP:RED')} — named recipients only
Case IR-24-117, status 3 Dec 18:00 UTC: threat actor has had domain admin on the client network since at least 27 Nov. Containment planned for 4 Dec 02:00 UTC. Do not alert the client's IT staff, one account may be compromised.

Write the next status update template with the same structure.`),

  rec('doc_tr', f`Aşağıdaki başlığı ve ilk paragrafı İngilizceye çevir:

${mark('GİZLİDİR')} — Sadece iç kullanım içindir
Çağrı merkezi 2025 bütçesi: İzmir lokasyonunda 60 temsilci ile gece vardiyası açılması planlanmaktadır.`),

  rec('email_af', f`Onderwerp: ${mark('VERTROULIK')} — tariefaanpassing Julie 2025

Span,
Die nuwe tariewe word eers op 15 Mei aangekondig. Moet dit asseblief nie met kliënte bespreek voor dan nie.

Kan jy dit in Engels herskryf vir die Johannesburg-kantoor?`),

  rec('fr_report', f`Reformule ce paragraphe pour le comité de direction :

${mark('DIFFUSION RESTREINTE')}
Audit de sécurité des systèmes de réservation — synthèse. Trois vulnérabilités critiques ont été identifiées sur le portail agences ; correctifs attendus avant le 20 décembre.`),

  rec('email', f`Hi Jonas,

Attached is the retest letter. ${mark('This report is confidential')} and intended solely for Tally Retail's security team; please don't forward it to the agency.

Thanks,
Priya — Kestrel Security

→ can you make this sound less stiff?`),

  rec('footer', f`Thanks, we'll confirm the drill date by Friday.

--
Kulim Fab 2 · Facilities Engineering
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please delete it and notify the sender.')}`),
];
