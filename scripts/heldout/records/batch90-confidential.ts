/** Held-out batch 90: classification markings in memos, board notes and e-mails of the six organisations. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH90_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en_gb', f`${v('confidential.marking', 'STRICTLY CONFIDENTIAL')} — Board paper 7/2024
Proposed acquisition of two sports-medicine clinics in Leeds and York. Please summarise the risks in five bullets for the partners.`),

  rec('email_en_au', f`Subject: [${v('confidential.marking', 'COMMERCIAL-IN-CONFIDENCE')}] Imagery pricing for the Department of Agriculture tender
Can you make this pricing rationale sound less defensive? We're offering 30 cm archive imagery at AUD 18/km².`),

  rec('memo_es', f`${v('confidential.marking', 'CONFIDENCIAL')} – USO INTERNO
Informe trimestral de contracargos: la tasa de fraude amigable subió al 0,41 %. Resume las causas principales en un párrafo para el comité.`),

  rec('memo_fr_ca', f`Note de service — ${v('confidential.marking', 'DIFFUSION RESTREINTE')}
La tournée 2025 est réduite de 14 à 9 villes. Peux-tu reformuler l'annonce pour les artistes sans alarmer personne ?`),

  rec('memo_de', f`${v('confidential.marking', 'VERTRAULICH')} – nur für die Geschäftsleitung
Preiserhöhung Harnstoff ab 1. Jänner um 7 %. Formuliere bitte eine Info an die Außendienstmitarbeiter, die erst am 15.12. verschickt wird.`),

  rec('email_nl', f`Onderwerp: Herstructurering helpdesk
Dit document is ${v('confidential.marking', 'strikt vertrouwelijk')} en alleen bestemd voor teamleiders. Kun je de planning hieronder omzetten naar een tijdlijn?`),

  rec('report_tlp', f`${v('confidential.marking', 'TLP:AMBER')}
Incident summary — phishing wave targeting cardholders with fake "dispute resolution" SMS. Draft a customer-facing warning that does not reveal our detection rules.`),

  rec('memo_it', f`${v('confidential.marking', 'RISERVATO')} — Consiglio di amministrazione
Valutazione della fusione con la compagnia d'opera di Verona. Riassumi i punti in tre slide.`),

  rec('memo_sv', f`${v('confidential.marking', 'KONFIDENTIELLT')}
Förhandlingsunderlag: nytt ramavtal med regionens idrottsmedicin. Skriv om det som en kort sammanfattning för styrelsen.`),

  rec('memo_ja', f`【${v('confidential.marking', '社外秘')}】衛星画像サービス価格改定案
来期から解像度50cmの新規撮像を20%値上げします。営業向けの説明文を作成してください。`),

  rec('memo_ko', f`[${v('confidential.marking', '대외비')}] 세무 상담센터 인력 재배치 계획
다음 분기 콜 수요 예측을 바탕으로 발표 자료 초안을 만들어 주세요.`),

  rec('memo_zh', f`${v('confidential.marking', '机密')}：种子业务部2025年渠道返利方案
请帮我把以下要点整理成给区域经理的通知。`),

  rec('email_pt', f`Assunto: Proposta de patrocínio — ${v('confidential.marking', 'CONFIDENCIAL')}
Podes rever o tom deste email para o banco patrocinador da temporada lírica?

--
${amb('confidential.marking', 'Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário.')}`),

  rec('doc_ru', f`${v('confidential.marking', 'Для служебного пользования')}
Регламент работы с обращениями налогоплательщиков. Сократи раздел 3 до одной страницы.`),

  rec('footer_en_in', f`Please convert this into a one-page brief for the clinic managers:
Q3 patient NPS fell from 71 to 64, mostly due to waiting times at the Pune and Kochi branches.

${v('confidential.marking', 'INTERNAL – CONFIDENTIAL')} | Do not forward outside the organisation`),
];
