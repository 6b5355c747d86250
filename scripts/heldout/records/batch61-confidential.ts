/**
 * Held-out batch 61: classification markings in accident reports, port security plans, KYC audit
 * memos, board decks and documents sent for translation, in the languages of the setting.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH61_CONFIDENTIAL: DraftRecord[] = [
  rec('report_de_ch', f`${mark('VERTRAULICH')} – nur für den internen Gebrauch

Entwurf Unfallbericht Lawinenereignis Pischa, 3. Februar 2025
Beteiligt: 4 Personen, 1 Ganzverschüttung (Verschüttungsdauer 18 min), Anrisshöhe 2'610 m ü. M., Exposition NO, Gefahrenstufe 3 (erheblich).
Schwachschicht: kantig aufgebaute Kristalle über der Schmelzkruste vom 12. Januar.

Chasch mer das in e churzi, neutrali Zämefassig für d Medie umschriibe, ohni Details zu de Beteiligte?`),

  rec('memo_fi', f`${mark('LUOTTAMUKSELLINEN')}
Hallitukselle – KYC-jonon tilanne 02/2025

Manuaalisen tarkistuksen jono on kasvanut 1 840 tapaukseen (tavoite < 500). Syynä uusi passikuvien laatutarkistus, joka hylkää 22 % kuvista. Ehdotamme kahta lisähenkilöä maaliskuuksi ja toimittajan mallin uudelleenkalibrointia.

Tee tästä kolmen kohdan tiivistelmä englanniksi.`),

  rec('plan_el', f`Μετάφρασε στα αγγλικά την κεφαλίδα και την πρώτη παράγραφο:

${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')} – Σχέδιο Ασφαλείας Λιμενικής Εγκατάστασης (ΣΑΛΕ), Αναθεώρηση 4
Η παρούσα αναθεώρηση αφορά την προσθήκη δύο νέων σημείων ελέγχου οχημάτων στην Πύλη Ε1 και την αναβάθμιση του συστήματος CCTV στον προβλήτα ΙΙ.`),

  rec('assessment_en_uk', f`${mark('OFFICIAL-SENSITIVE')}

Port Facility Security Assessment – Berth 7 Ro-Ro terminal (draft v0.3)
Key findings: perimeter fence line at the truck holding area has a 40 m section without CCTV coverage; access control at Gate B relies on a single guard between 02:00 and 05:00.

Can you turn the findings into a table with columns risk / current control / proposed mitigation?`),

  rec('ssi_en_us', f`Please summarize the action items from this section for the shift supervisors, without quoting it:

${mark('SENSITIVE SECURITY INFORMATION')}
${amb('confidential.marking', 'WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520.')}

4.2 TWIC verification: escorts at the container yard gate shall not exceed a 1:5 ratio. Random vehicle screening increases to 1 in 10 at MARSEC Level 2.`),

  rec('memo_nl', f`${mark('STRIKT VERTROUWELIJK')}

Aan: directie
Betreft: overname AutoScout-concurrent "RijKlaar B.V."

Indicatieve waardering: € 18–22 mln. Due diligence loopt tot 15 april. Niet bespreken buiten het dealteam.

Maak hier een korte agenda van voor het overleg van donderdag.`),

  rec('audit_pt_br', f`Pode revisar o português deste trecho do relatório?

${mark('CONFIDENCIAL – USO INTERNO')}
Relatório de Auditoria Interna nº 07/2025 – Processo de Onboarding PF
Constatou-se que 3,8% das contas abertas em janeiro não possuíam a verificação de prova de vida registrada, em desacordo com a política de PLD/FT vigente.`),

  rec('rmm_fr_be', f`Peux-tu reformuler ce compte rendu en langage plus neutre ?

${mark('CONFIDENTIEL')} – Revue morbidité-mortalité, service d'obstétrique, février 2025
Cas 2 : hémorragie du post-partum sévère (2,1 L) après césarienne en urgence, transfert en soins intensifs, évolution favorable. Retard de 25 minutes dans la mise à disposition des culots globulaires.`),

  rec('translation_ja', f`クライアントから翻訳依頼が来た文書の冒頭です。ヘッダーも含めて英訳してください。

${mark('社外秘')}
2025年度 新製品ロードマップ（第2版）
第3四半期に小型医療用ポンプ「FLX-200」の欧州向け出荷を開始する。`),

  rec('manual_zh', f`客户发来的说明书页眉写着"${mark('机密')} · 仅限内部使用"，正文要翻译成英文。第一段：本手册适用于 HX-7 型超声胎心监护仪，仅供经过培训的医护人员使用。请先翻译这一段。`),

  rec('letter_th', f`ช่วยแปลหัวเอกสารนี้เป็นภาษาอังกฤษ:

${mark('ลับมาก')}
บันทึกข้อความ ฝ่ายรักษาความปลอดภัยท่าเรือแหลมฉบัง
เรื่อง การปรับระดับการรักษาความปลอดภัยท่าเรือเป็นระดับ 2 ระหว่างวันที่ 10–14 มีนาคม`),

  rec('report_vi', f`Tóm tắt giúp mình báo cáo này thành 3 ý bằng tiếng Anh:

${mark('TÀI LIỆU MẬT')}
Báo cáo rủi ro gian lận trong quy trình mở tài khoản tháng 1/2025: phát hiện 214 hồ sơ sử dụng ảnh CCCD giả mạo bằng công cụ chỉnh sửa ảnh, tập trung ở 3 đại lý.`),

  rec('memo_id', f`Tolong rapikan bahasa memo ini:

${mark('RAHASIA')}
Kepada: Direksi
Perihal: rencana kerja sama pembiayaan mobil bekas dengan PT Multi Finansial Nusantara
Target peluncuran: Juni 2025, plafon awal Rp 50 miliar.`),

  rec('email_es_mx', f`Asunto: Resultados de la revisión de expedientes PLD

Equipo,

${mark('Este documento es confidencial')} y para uso exclusivo del Comité de Comunicación y Control. Se detectaron 37 expedientes con comprobante de domicilio vencido.

— ¿me ayudas a hacer más formal este correo?`),

  rec('advisory_en_ph', f`${mark('TLP:AMBER')}
PH port community advisory – phishing wave targeting customs brokers with fake e-payment portals. Share only within your organization and with clients who need to know.

Can you write a short internal reminder for our gate staff based on this (no technical indicators)?`),

  rec('email_cs', f`Díky, smlouvu pošlu podepsanou zítra.

--
${amb('confidential.marking', 'Tento e-mail a jeho přílohy jsou důvěrné a určené výhradně adresátovi.')} Pokud jste jej obdrželi omylem, informujte prosím odesílatele a zprávu smažte.

→ přelož mi jen první větu do angličtiny`),
];
