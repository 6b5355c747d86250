/**
 * Held-out batch 110: classification markings in revenue strategy memos, credit committee papers,
 * prison incident reports, licence negotiations, turbine advisories and workshop documents. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH110_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} — Revenue Strategy Q2

To: Area GMs (North)
From: Director of Revenue

We will close the lowest two BAR tiers on all Fridays in May and move 15% of the group allotment back to transient. The corporate account rates for the top 20 accounts will be renegotiated at +6% from 1 July; do not discuss with accounts before 15 April.

Please turn this into three short bullet points for the morning briefing, no numbers.`),

  rec('report_de', f`${mark('VERTRAULICH')} – Eigentümerbericht Februar 2025
Hotel am Stadtpark, Graz

Belegung 71,4 % (Budget 74 %), ADR 118,20 €, GOP-Marge 31 %. Die geplante Renovierung der 3. Etage verschiebt sich auf Q4.

Bitte fasse das für den Eigentümer in drei Sätzen zusammen.`),

  rec('credit_committee_de_at', f`${mark('STRENG VERTRAULICH')} – Kreditausschuss 12.03.2025
${mark('Nur für den internen Gebrauch')}

Antrag: Erhöhung Ankaufslimit Debitor Alpenbau GmbH von 1,2 Mio. auf 1,8 Mio. €. Warenkreditversicherung deckt 1,5 Mio. €. Empfehlung: Zustimmung mit Auflage monatlicher OP-Liste.

Kannst du daraus eine kurze Beschlussvorlage machen?`),

  rec('note_fr', f`${mark('CONFIDENTIEL')} — ${mark('Diffusion restreinte')}
Comité des risques affacturage, séance du 6 mars

Le cédant Boulangeries Réunies présente un taux de litiges de 9 % sur les factures cédées au T4. Proposition : passer en affacturage non confidentiel et notifier les débiteurs.

Reformule en anglais pour le groupe.`),

  rec('incident_en_gb', f`${mark('OFFICIAL-SENSITIVE')}
Incident report — Visits Hall B, 8 March 2025

During afternoon visits a visitor attempted to pass an item concealed in a baby's nappy. Item recovered by officer, visitor removed, police informed. Visits for the prisoner suspended pending review.

Can you rewrite this in a neutral tone for the visits review panel?`),

  rec('report_es', f`Documento ${mark('CONFIDENCIAL')}
Informe sobre incidencia en el área de comunicaciones — módulo 3

El 4 de marzo se detectó un teléfono móvil oculto en una caja de zapatos entregada en paquetería. Se propone reforzar el escáner de paquetes.

¿Me ayudas a resumirlo en 5 líneas para la dirección?`),

  rec('email_en_us', f`Subject: Elsevier renewal — our walk-away number

Team, before Thursday's call: our ceiling for the 2026 renewal is a 2.5% increase, and we are prepared to drop the Freedom Collection and move to title-by-title if they refuse. Footer below applies.

— Consortium E-Resources
${mark('Internal Use Only')} – do not forward to member libraries

Can you tighten this email?`),

  rec('advisory', f`${mark('TLP:AMBER')}
Advisory to wind-farm operators — remote access

A maintenance VPN appliance model used in several turbine fleets has an authentication bypass. Patch level 9.4.2 fixes it. Share only within your organisation and with service partners who need to act on it.

Write me an internal summary for our diagnostics team, keep the TLP label.`),

  rec('report_da', f`${mark('FORTROLIGT')}
Skadesrapport – gearkasse WTG-09, Horns Rev-klyngen
Rodårsag: lejeskade på højhastighedsakslen; leverandøren bestrider garantien.

Kan du oversætte konklusionen til engelsk til forsikringsselskabet?`),

  rec('doc_ja', f`以下の社内文書のタイトルと要点を英訳してください。

【${mark('社外秘')}】義肢装具製作所 2025年度 価格改定案
・大腿義足ソケットの製作単価を4月より8％引き上げ
・材料費（カーボン）の高騰が主因`),

  rec('doc_zh', f`请把这份文件的摘要翻译成英文：

${mark('机密')}
康复辅具工作室与医院合作协议草案（第二稿）
合作期三年，医院转介的假肢患者享受九折优惠。`),

  rec('doc_ko', f`다음 문서를 영어로 요약해 주세요.

[${mark('대외비')}] 2025년 2분기 객실 요금 전략
- 주말 최저 요금 폐쇄
- 기업 고객 요금 5% 인상 예정`),

  rec('memo_ru', f`Переведи на английский, пожалуйста:

${mark('Конфиденциально')}. ${mark('Для служебного пользования')}.
Служебная записка: по итогам проверки дебиторов клиента «СтройТехМаш» выявлены 4 фиктивные накладные на сумму 12,4 млн руб. Финансирование приостановлено.`),

  rec('email_pt', f`Olá Rita, segue a proposta de preço para o consórcio de bibliotecas. ${mark('Este documento é confidencial')} e destina-se apenas à equipa de aquisições; não o partilhe com o fornecedor.

Abraço,
João

→ podes reescrever isto de forma mais formal?`),

  rec('doc_he', f`תתרגם לאנגלית את הכותרת ואת הפסקה הראשונה:

${mark('סודי')}
דו"ח בדיקה — מערכת הביקורים באגף 2
נמצאו ליקויים בבדיקת תעודות המבקרים בשעות הערב.`),

  rec('doc_fi', f`${mark('LUOTTAMUKSELLINEN')}
Tuulivoimapuiston etävalvonnan häiriöraportti 03/2025
Yhteys 14 turbiiniin katkesi 6 tunniksi, syynä operaattorin reitittimen ohjelmistopäivitys.

Tiivistä tämä kolmeen lauseeseen asiakkaalle.`),

  rec('email', f`Hi Ana, attached is the reconciliation. Let me know if the numbers look off.

--
Marta Soler | Invoice Finance Operations
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you are not the intended recipient, please delete it.

Can you shorten my signature?`),
];
