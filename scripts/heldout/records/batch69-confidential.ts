/**
 * Held-out batch 69: classification markings in the record's own language — headers, footers,
 * banners and sentences declaring a document's status — in memos, reports and mails of the six
 * organisations. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH69_CONFIDENTIAL: DraftRecord[] = [
  rec('doc_ja', f`以下の資料を英語の要約（5行以内）にしてください。

【${mark('社外秘')}】2025/26 シーズン計画（理事会提出用・第3版）
・定期演奏会を年10回から8回に削減し、地方公演を4回追加
・首席指揮者の契約延長交渉は3月末までに結論
・チケット価格は平均6%値上げ（学生券は据え置き）
本資料の取扱いには十分ご注意ください。`),

  rec('slide_ko', f`발표 자료 마지막 장 푸터에 들어가는 문구인데, 영어 버전도 만들어 주세요.

"온라인 약국 2025 가격 정책 · ${mark('대외비')} · 무단 복제 및 외부 유출 금지"

그리고 본문: 일반의약품 상위 50개 품목 마진을 3%p 낮추고, 정기배송 고객에게 5% 추가 할인.`),

  rec('memo_zh_tw', f`${mark('機密')}｜${mark('限閱')}

受文者：鑑識中心資訊組
主旨：證物管理系統 (LIMS) 主機汰換時程
說明：
一、現行主機將於 114 年 6 月 30 日停止原廠支援。
二、新主機採購案已決標，預計 5 月上線，切換期間暫停證物登錄 8 小時。

請幫我把說明改寫成給各科室的公告，語氣正式一點。`),

  rec('doc_et', f`${mark('ASUTUSESISESEKS KASUTAMISEKS')}
Alus: AvTS § 35 lg 1 p 2
Kehtib kuni: 31.12.2029

Kohtuekspertiisi labori infosüsteemide varundusplaan 2025
Varukoopiad tehakse iga öö kell 02:00; igakuine koopia viiakse teise hoonesse.

Tõlgi palun pealkiri ja esimene lõik inglise keelde audiitori jaoks.`),

  rec('report_nb', f`${mark('STRENGT FORTROLIG')}
${mark('Unntatt offentlighet, jf. offl. § 13')}

Granskingsrapport – steinsprang i driftstunnel 3, 14. januar
Sammendrag: Bolting i sone 3B var ikke utført etter plan. To arbeidere fikk lettere skader.

Kan du lage en kortversjon på engelsk til morselskapet, uten navn på de involverte?`),

  rec('memo_is', f`${mark('TRÚNAÐARMÁL')} – aðeins fyrir stjórn hljómsveitarinnar

Fundargerð stjórnar 9. janúar 2025
1. Samningaviðræður við aðalstjórnanda: tilboð um 3 ára framlengingu.
2. Fjárhagsáætlun: halli upp á 42 m.kr. ef ríkisframlag hækkar ekki.

Skrifaðu stutta samantekt á ensku fyrir erlenda ráðgjafann okkar.`),

  rec('email_sl', f`Zadeva: ${mark('ZAUPNO')} – obračun plač za upravo, januar 2025

Pozdravljeni,

v prilogi je obračun za člane uprave naročnika. ${mark('Dokument je strogo zaupen')} in je namenjen samo kadrovski službi.

Prosim, preoblikuj to sporočilo v bolj vljudno obliko in dodaj prošnjo za potrditev do petka.`),

  rec('doc_de_ch', f`${mark('VERTRAULICH')} – ${mark('Nur für den internen Gebrauch')}

Geologischer Zwischenbericht Bohrkampagne Val Ferrera, Phase 2
Die Kernbohrungen VF-07 bis VF-12 bestätigen die Fortsetzung der Vererzung nach Südosten. Ressourcenschätzung folgt im Q3.

Chasch mir das bitte i es Executive Summary uf Änglisch umschriibe, max. 120 Wörter?`),

  rec('email_fr_be', f`Objet : ${mark('DIFFUSION RESTREINTE')} – migration du serveur d'analyses ADN

Bonjour à tous,

${mark('Ce document est strictement confidentiel')} et ne peut être transmis en dehors du service IT du laboratoire. La migration aura lieu le week-end du 22 février ; aucun résultat ne pourra être validé pendant 36 heures.

Pouvez-vous reformuler pour les chefs de section, de manière plus concise ?`),

  rec('doc_es_pe', f`${mark('CONFIDENCIAL')}
Propuesta comercial – Peregrinación a Tierra Santa 2025 (grupo Parroquia San Pedro, Chiclayo)
Tarifa neta negociada con la aerolínea: USD 1,180 por pasajero; margen previsto 14 %.

${mark('Documento confidencial')}: no reenviar a los coordinadores de la parroquia.

¿Me ayudas a hacer una versión para el cliente sin la tarifa neta ni el margen?`),

  rec('report_pt_mz', f`${mark('CONFIDENCIAL – USO INTERNO')}

Relatório de segurança – Mina de grafite de Balama, dezembro de 2024
Registámos 3 quase-acidentes com camiões de transporte na rampa principal. Recomenda-se limitar a velocidade a 20 km/h.

Pode resumir em cinco pontos em inglês para a reunião com o investidor?`),

  rec('memo_ar_gulf', f`${mark('سري للغاية')}

مذكرة داخلية – قسم الرواتب
الموضوع: زيادة رواتب الإدارة العليا لعام 2025
تمت الموافقة على زيادة 7% للمدراء التنفيذيين اعتباراً من 1 مارس.

${mark('هذه الوثيقة سرية')} ولا يجوز تداولها خارج قسم الموارد البشرية.

أبيك تختصرها في سطرين بالإنجليزي.`),

  rec('doc_ur', f`ہیڈر: ${mark('خفیہ')} — ${mark('صرف اندرونی استعمال کے لیے')}

آن لائن فارمیسی – سپلائر ڈسکاؤنٹ معاہدہ 2025
ہم نے تین بڑے ڈسٹری بیوٹرز سے 8 سے 11 فیصد تک رعایت طے کی ہے۔

اس کا انگریزی خلاصہ بنا دیں، رعایت کے اعداد و شمار کے بغیر۔`),

  rec('doc_vi', f`${mark('TÀI LIỆU MẬT')} – ${mark('LƯU HÀNH NỘI BỘ')}

Báo cáo quỹ lương quý I/2025 – khách hàng Công ty CP Thép Phương Nam
Tổng quỹ lương: 38,6 tỷ đồng; dự kiến tăng 6% từ tháng 4.

Bạn dịch giúp phần tiêu đề và câu đầu sang tiếng Anh nhé.`),

  rec('doc_uz', f`${mark('MAXFIY')}
${mark('Xizmat doirasida foydalanish uchun')}

Geologiya bo'limi hisoboti: Qizilqum uchastkasida oltin zaxiralarini qayta baholash, 2025-yil yanvar.
Yangi burg'ulash natijalari zaxirani 14 foizga oshiradi.

Iltimos, birinchi xatboshini ingliz tiliga tarjima qiling.`),

  rec('doc_be', f`${mark('Для службовага карыстання')}
Экз. № 2

Рэгламент рэзервовага капіравання сервераў лабараторыі крыміналістычных экспертыз.
Поўная копія — штотыдзень у нядзелю, інкрэментальная — штодня.

Перакладзі, калі ласка, на англійскую для пастаўшчыка, без грыфа.`),

  rec('report_zu', f`${mark('IMFIHLO')} — ${mark('OKWANGAPHAKATHI KUPHELA')}

Umbiko wophenyo: ukuwa kwedwala, Shaft 2, Level 7 (8 Januwari 2025)
Isizathu esiyinhloko: ama-rock bolts ayengafakwanga ngokwehlelo.

Ngicela ungibhalele isifinyezo ngesiNgisi somphathi wesifunda.`),

  rec('email', f`Subject: ${mark('OFFICIAL-SENSITIVE')} – LIMS outage post-incident review

All,

Attached is the draft PIR for the 12 January outage. ${mark('This report is restricted to the Forensic Services IT team and the Quality Manager')}; please do not forward it to the wider force.

Can you tighten the executive summary to three sentences?`),

  rec('chat_en', f`Formatting question: the client wants "${amb('confidential.marking', 'CONFIDENTIAL – PAYROLL')}" as a watermark on every payslip PDF we generate. Is that possible with wkhtmltopdf, or do I need to switch to WeasyPrint?`, 'a marking quoted in a formatting question, not marking this text: ambiguous'),
];
