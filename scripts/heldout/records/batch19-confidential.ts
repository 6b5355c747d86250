/**
 * Held-out batch 19: classification markings, embargo notes and confidentiality statements in
 * protocols, press releases, tenders, memos and advisories, in several languages. Hand-written;
 * not measured yet.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH19_CONFIDENTIAL: DraftRecord[] = [
  rec('protocol', f`Please simplify the synopsis below into a lay summary for the patient information leaflet (reading age 12):

${mark('CONFIDENTIAL')}
Clinical Study Protocol VRD-207 — Version 3.0, 18 Oct 2024
A Phase 2b, randomised, double-blind, placebo-controlled study of veradinib in adults with moderate-to-severe plaque psoriasis

${mark('The information contained in this document is confidential and the property of Veradis Therapeutics.')} It may not be disclosed to third parties without prior written authorisation, except to the extent necessary to obtain informed consent.

Synopsis: 240 participants randomised 1:1:1 to veradinib 20 mg, 40 mg or placebo once daily for 16 weeks. Primary endpoint: PASI-75 at week 16.`),

  rec('press_release', f`${mark('EMBARGOED UNTIL 00:01 GMT, THURSDAY 12 DECEMBER 2024')}

Halvorsen Bio reports positive topline results from Phase 3 HELIOS trial of HB-114 in generalised myasthenia gravis

OSLO — Halvorsen Bio today announced that the HELIOS trial met its primary endpoint, with a 4.6-point mean improvement in MG-ADL score versus 2.3 for placebo at week 12...

Can you write three alternative headlines and a 40-word standfirst for our health page? We'll publish when the embargo lifts.`),

  rec('tender', f`Help me tighten the executive summary of our bid, it's 380 words and the limit is 250.

Kestrel Build Ltd — Response to ITT ref. NHT-2024-117, Northgate Health Campus Phase 2
${mark('COMMERCIAL IN CONFIDENCE')}

1. Executive summary
Kestrel proposes a two-stage design-and-build approach, with early contractor involvement from RIBA Stage 3, modular plant rooms fabricated off site, and a guaranteed maximum price to be agreed at Stage 4...`),

  rec('incident_fr', f`${mark('CONFIDENTIEL – NE PAS DIFFUSER')}
Rapport d'incident sécurité – Base de Kolda, 28/11/2024
Vers 21h30, deux individus armés ont arrêté le véhicule de l'équipe mobile sur la route de Médina Yoro Foulah et ont pris les téléphones et 180 000 FCFA. Aucun blessé. Mouvements suspendus 72 h sur cet axe.

Peux-tu en faire un résumé de 5 lignes en anglais pour le comité de sécurité régional ?`),

  rec('memo_de', f`Übersetze bitte ins Englische für die Holding:

${mark('VERTRAULICH – NUR FÜR DEN INTERNEN GEBRAUCH')}
Vorstandsvorlage Nr. 14/2024
Betreff: Rückzug aus dem Bieterverfahren Brückenertüchtigung A45 Los 3
Die aktualisierte Kalkulation weist ein Risiko von 2,1 Mio. € aus (Stahlpreise, Vertragsstrafe). Empfehlung: Angebot nicht abgeben.`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – reestructuración de rutas temporada verano 2025

Equipo,
Os adelanto que a partir de abril se cancelan las rutas MAD–BOD y BCN–NTE y se pasa a 4 frecuencias semanales en MAD–OPO. No comentéis nada con handling ni con las tripulaciones hasta el anuncio del día 16.

Pásame esto a un tono más neutro para enviarlo a los jefes de base.`),

  rec('doc_ja', f`以下の文書の要点を英語で3行にまとめてください。

【${mark('社外秘')}】
2025年度 客室乗務員訓練計画（案）
・新機材A321neo導入に伴い、差異訓練を2月より開始
・緊急脱出訓練の実機モックアップを羽田訓練センターに新設
・外部委託費は前年比12%増を見込む`),

  rec('doc_zh', f`请把下面的内容翻译成英文，保留格式：

${mark('内部资料 严禁外传')}
项目名称：深圳湾综合体二期 机电安装工程
成本测算说明：暖通专业较原预算超支约 860 万元，主要原因为冷水机组设备变更。建议与业主就变更签证进行谈判。`),

  rec('doc_ko', f`${mark('대외비')}
2025 학년도 교직원 인사 이동 계획 (초안)
- 중학교 과학 교사 2명 전보 예정
- 행정실 인력 1명 감축
이 내용을 학교 운영위원회 보고용으로 요약해 줘. 이름은 빼고.`),

  rec('regulatory_it', f`Puoi tradurre in inglese questa lettera per l'affiliata UK?

${mark('RISERVATO')} — Documento ad uso esclusivo dell'Autorità competente
Oggetto: Risposta alla richiesta di integrazioni AIFA prot. n. 118472 — variazione di tipo II, modifica del sito di produzione del principio attivo
Si trasmettono in allegato i dati di stabilità a 12 mesi dei tre lotti di validazione.`),

  rec('doc_pt_br', f`Resume isso em tópicos pra eu apresentar na reunião de sexta:

${mark('CONFIDENCIAL – USO INTERNO')}
Plano de redução de custos 2025 – Redação e Vídeo
Proposta: unificar as editorias de Economia e Negócios, encerrar o caderno impresso de domingo e migrar 3 programas para produção remota.`),

  rec('report_nl', f`${mark('Strikt vertrouwelijk')} – alleen voor de leden van de Raad van Toezicht

Integriteitsmelding 2024-07: vermoedelijke fraude met brandstofbonnen bij het veldkantoor in Gulu. Intern onderzoek loopt, bedrag geschat op € 14.000.

Herschrijf dit als korte update voor de financiële commissie van de donor, zonder namen.`),

  rec('doc_ru', f`Переведи на английский для донора, сохранив пометку:

${mark('Для служебного пользования')}
Отчёт о мониторинге проекта «Чистая вода» в Хатлонской области, IV квартал
Из 32 скважин 5 не работают из-за поломки насосов. Рекомендуется пересмотреть договор с подрядчиком.`),

  rec('doc_tr', f`Bunu İngilizceye çevir, başlığı da koru:

${mark('HİZMETE ÖZEL')}
Konu: İstanbul Havalimanı apron güvenlik denetimi bulguları (Kasım 2024)
Denetimde 3 adet yetkisiz araç girişi ve 1 adet kimlik kartı ihlali tespit edilmiştir. Düzeltici faaliyet planı 15 gün içinde sunulacaktır.`),

  rec('student_record', f`${mark('CONFIDENTIAL STUDENT RECORD – FERPA PROTECTED')}
Section 504 Plan – Annual Review
Accommodations: preferential seating, extended time (1.5x) on tests, breaks as needed, copies of class notes.

Rewrite the accommodations as a short note for substitute teachers — plain language, no diagnosis.`),

  rec('advisory', f`${mark('TLP:AMBER')}
K-12 Regional ISAC advisory 2024-041 — phishing campaign impersonating a student information system vendor, targeting district payroll staff with fake direct-deposit change forms.

Please turn this into an all-staff email for our district (don't include the indicators list).`),

  rec('ssi', f`Our ground ops training slide has this footer. Is the wording right, and can we shorten it without breaking the rules?

"${mark('WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520.')} No part of this record may be disclosed to persons without a need to know..."`),

  rec('email_ar', f`الموضوع: ${mark('سري للغاية')} – نتائج التدقيق المالي لمكتب عمّان

الزملاء الكرام،
تشير مسودة تقرير التدقيق إلى نقص في المستندات الداعمة لمصروفات بقيمة 23,400 دينار. يرجى عدم تداول التقرير قبل اجتماع مجلس الإدارة.

ترجم هذه الرسالة إلى الإنجليزية من فضلك.`),

  rec('memo', f`Privileged notes from the site meeting, make them into action items:

${mark('PRIVILEGED & CONFIDENTIAL – PREPARED AT THE REQUEST OF COUNSEL')}
Re: crane collapse, Block C, 19 Nov
- Preserve all lift plans, crane logs and CCTV from 15–19 Nov
- No statements to press or insurers without legal sign-off
- Independent engineer to inspect the base on 5 Dec

(btw the "confidential" folder on the shared drive is open to everyone, can you remind people to use the legal one instead?)`, 'the marking is labelled; the casual mention of a folder name at the end is not'),
];
