/** Held-out batch 17: classification markings in several languages, and look-alikes. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH17_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL – PATIENT INFORMATION')}
Serious incident review SI-2024-031 (Ward 7, medication error)

Summary: a 10x dose of insulin was prepared after a verbal order was misheard at handover. The patient was monitored and came to no harm. Contributing factors: noise at the nurses' station, no read-back, agency staff unfamiliar with the pump.

Please turn this into a one-page learning bulletin for all wards, no identifying details.`),

  rec('doc_de', f`${mark('VERTRAULICH')} – nur für die Geschäftsführung

Standortkonzept Logistik 2025: Zusammenlegung der Lager Kassel und Bad Hersfeld, Investitionsbedarf ca. 4,2 Mio. €, Personalüberhang 18 VZÄ.

Bitte in drei Stichpunkten auf Englisch zusammenfassen.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – projet de cession des magasins de Bordeaux

Bonjour à tous,

Comme évoqué, le repreneur potentiel souhaite une visite des deux magasins avant le 20 décembre. Merci de ne pas en parler aux équipes pour l'instant.

Peux-tu rendre ce mail plus court et plus neutre ?`),

  rec('tender', f`Our bid for the city's waste-collection routing contract must carry the marking below on every page. Can you proofread the executive summary?

${mark('COMMERCIAL IN CONFIDENCE')}
Executive summary: Meridian Civic Solutions proposes a dynamic routing platform that reduces collection mileage by 11–14% within the first year...`),

  rec('doc_ja', f`以下の文書を英語に翻訳してください。

【${mark('社外秘')}】
新作タイトル「Lantern Moss」発売スケジュール
・クローズドβ：2025年3月
・正式リリース：2025年9月（PC / Switch）`),

  rec('doc_tr', f`${mark('GİZLİDİR')}
İzmir deposu yeniden yapılanma planı – Yönetim Kurulu sunumu

Aşağıdaki metni İngilizceye çevirir misin? "Mevcut kira sözleşmesi Haziran 2025'te bitiyor; yeni depo için üç teklif alındı."`),

  rec('doc_es', f`Resume en 5 puntos este acta:

${mark('CONFIDENCIAL')} – Comité de Dirección, 28/11/2024
1. Cierre de la tienda de Zaragoza-Centro a final de marzo.
2. Renegociación del contrato con el operador logístico.
3. Plan de incentivos para jefes de tienda 2025.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Phishing campaign targeting hospital procurement teams: fake invoice reminders from a look-alike domain of a medical supplies vendor. Share within your organisation only.

Can you rewrite this as a short warning for our finance clerks, without the TLP details?`),

  rec('footer', f`Please fix the grammar of this slide text: "Our driver turnover are 34% what is highest of the region."

— footer: Meridian Freight · ${mark('Internal Use Only')} · Q4 review`),

  rec('legal', f`${mark('PRIVILEGED & CONFIDENTIAL')}
${mark('ATTORNEY WORK PRODUCT')}

Re: Slip-and-fall claim, Store #14 (Atlanta)
CCTV shows the wet-floor sign was placed 6 minutes after the spill was reported. Recommend early settlement discussions.

I'm the paralegal — make a neutral timeline from this for the case file.`),

  rec('doc_sv', f`${mark('SEKRETESS')} enligt OSL 25 kap. 1 §
Journalanteckning – överföring till rehabilitering

Kan du hjälpa mig skriva en mall för sådana överföringar (utan patientuppgifter)?`),

  rec('doc_nl', f`${mark('STRIKT VERTROUWELIJK')}
Ontwerp-ontslagbesluit – reorganisatie afdeling Vergunningen

Graag een neutrale samenvatting voor de ondernemingsraad, zonder namen.`),

  rec('email', f`Hi team,

${mark('This email is confidential and intended only for the board.')} The auditor flagged inventory write-offs at three franchise stores (Lyon, Graz, Porto) totalling €212k. We need an explanation before the 15th.

→ rewrite so it's less alarming but keeps the facts`),

  rec('chat', f`Our new NDA template has a clause "each party shall keep the other party's confidential information confidential for 5 years". Is 5 years normal for a game publishing deal, and should source code be excluded from the term?`),

  rec('gov', f`For the city contract, what's the difference between marking documents "${amb('confidential.marking', 'OFFICIAL-SENSITIVE')}" and just "OFFICIAL"? The client asked which one our progress reports need.`, 'marking quoted in a question about markings: ambiguous'),

  rec('email_footer', f`Sounds good, Thursday works for the site visit at the Tilburg warehouse.

Met vriendelijke groet / Kind regards
Bram Jacobs

${amb('confidential.marking', 'Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.')} Heeft u dit bericht onterecht ontvangen, verwijder het dan.`, 'e-mail confidentiality disclaimer: ambiguous'),
];
