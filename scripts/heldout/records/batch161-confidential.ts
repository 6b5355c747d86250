/**
 * Held-out batch 161: classification and handling markings (headers, subjects, footers, inline
 * statements) in the six settings' memos and mails, in many languages, plus a few ambiguous ones.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH161_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('STRENG VERTRAULICH')}

An: Geschäftsleitung Archiv & Lizenzen
Betreff: Verhandlungsstand Rahmenlizenz Streamingplattform

Der Anbieter bietet 2,4 Mio. EUR für fünf Jahre Zugriff auf das Fernseharchiv 1955–1990. Unsere Untergrenze liegt bei 3,1 Mio. EUR. Exklusivität nur für Sport bis 1972.

Bitte fasse das in drei Stichpunkten für die Vorstandssitzung zusammen.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – Appel d'offres transport dialyse 2025

Bonjour à tous,

Nos tarifs pour le lot 3 (transports assis, secteur Lyon Est) : 38,50 € par trajet jusqu'à 15 km, majoration de nuit 20 %. ${amb('confidential.marking', 'Merci de ne pas transférer ce message en dehors du comité de direction.')}

→ peux-tu reformuler pour que ce soit plus court ?`),

  rec('doc_ja', f`以下の資料の要点を英語で3行にまとめてください。

【${mark('社外秘')}】
フランチャイズ店舗 給与改定案（2025年4月）
・パン製造スタッフの深夜手当を25%→30%に引き上げ
・店長手当を月額2万円増額
・対象：国内87店舗`),

  rec('doc_zh', f`${mark('机密')} · ${mark('仅限内部使用')}

堆场修箱报价策略（2025年）
对主要船公司的工时单价下调5%，换取年度修箱量承诺不低于12,000箱。

帮我把这段翻译成英文，给总部的邮件用。`),

  rec('doc_ko', f`${mark('대외비')}

선거관리위원회 투표사무원 모집 계획(안)
- 모집 인원: 투표소당 6명, 총 14,200명
- 수당: 일 13만원 (사전교육 포함)

이 내용을 보도자료용으로 쉽게 바꿔 줄 수 있을까요? 숫자는 빼고요.`),

  rec('doc_ru', f`${mark('Для служебного пользования')}

Справка о потребности в членах участковых избирательных комиссий
Дефицит кадров: 312 человек по трём районам. Предлагается привлечь студентов педагогического колледжа.

Сократи, пожалуйста, до одного абзаца.`),

  rec('email_en_gb', f`Subject: Repair tariff proposal – ${mark('COMMERCIAL IN CONFIDENCE')}

Hi Graham,

Attached is our revised M&R tariff for your reefer fleet at the Felixstowe depot: labour GBP 41/h, PTI GBP 68 flat. ${mark('This proposal is commercial in confidence')} and valid until 31 January.

Regards,
Depot Estimates Office

Can you make this sound less stiff?`),

  rec('advisory_en', f`${mark('TLP:AMBER')}

Election commission – security advisory 2024-17
Phishing mails posing as the polling-staff recruitment portal ask applicants to "re-verify their bank details". ${amb('confidential.marking', 'Do not share beyond commission staff and contracted IT providers.')}

Draft a plain-language warning for applicants based on this (no technical indicators).`),

  rec('doc_es_mx', f`${mark('CONFIDENCIAL – USO INTERNO')}

Propuesta de ajuste de tabuladores para choferes de traslado a hemodiálisis: +7 % turno matutino, bono por puntualidad de $850 MXN mensuales.

¿Me lo pasas a un correo para los supervisores, más informal?`),

  rec('doc_it', f`Correggi la grammatica, senza cambiare il senso:

${mark('RISERVATO')} – Ufficio Licenze Teche
Trattativa con l'emittente svizzera per i filmati del Giro d'Italia 1960–1975: la nostra richiesta minima è di € 420.000 per tre anni.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}

Σημείωμα προς τη Διεύθυνση Εκλογών: εκκρεμούν 84 θέσεις δικαστικών αντιπροσώπων στην Περιφέρεια Αττικής.

Μετάφρασέ το στα αγγλικά, σύντομα.`),

  rec('doc_ar', f`${mark('سري')}

مذكرة داخلية: خطة إعادة توزيع أدوية التجارب السريرية المعمّاة بين صيدليتي المستشفى بسبب أعمال الصيانة في غرفة التبريد.

لخّص هذه المذكرة في سطرين بالإنجليزية.`),

  rec('doc_hi', f`${mark('गोपनीय')}

ज़िला निर्वाचन कार्यालय – मतदान कर्मियों का रैंडमाइज़ेशन, द्वितीय चरण
${amb('confidential.marking', 'रिज़र्व कर्मियों की सूची केवल नोडल अधिकारी को भेजी जाए।')}

इसे अंग्रेज़ी में अनुवाद करो।`),

  rec('doc_en_pharm', f`Header on every page of the pharmacy file: "${mark('UNBLINDED – CONFIDENTIAL')} – ${amb('confidential.marking', 'Trial pharmacy staff only')}"

Kit reconciliation ONC-2231, site 017: 3 kits of arm B returned unused, 1 temperature excursion (fridge 2, 41 min at 9.1 °C), quarantined pending sponsor decision.

Write this up as a neutral note for the blinded study team — nothing that reveals the arm.`),

  rec('email_fi', f`Aihe: ${mark('LUOTTAMUKSELLINEN')}: leipomoketjun palkkaratkaisut 2025

Hei,
Liitteenä ehdotus franchise-leipomoiden palkantarkistuksesta. Yövuorolisä nousee 1,45 €/h.

Voitko tiivistää viestin kolmeen virkkeeseen?`),

  rec('email_pt_br', f`Revisa esse e-mail antes de eu mandar?

Prezados franqueados,
Segue em anexo a nova tabela de comissões dos padeiros. ${amb('confidential.marking', 'Pedimos que não compartilhem.')}

--
${amb('confidential.marking', 'Esta mensagem pode conter informação confidencial e é destinada exclusivamente ao destinatário.')} Se você a recebeu por engano, apague-a.`, 'e-mail confidentiality disclaimer: ambiguous'),

  rec('doc_sv', f`${mark('KONFIDENTIELLT')} (${amb('confidential.marking', 'endast ledningsgruppen')})

Förslag: sammanslagning av arkivets licensavdelning med programförsäljning från 1 mars. Två tjänster berörs.

Översätt till engelska.`),
];
