/** Held-out batch 86: classification markings in memos, exam papers, legal mail and board packs, in many languages. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH86_CONFIDENTIAL: DraftRecord[] = [
  rec('exam_paper', f`${mark('CONFIDENTIAL')} – EXAMINATION MATERIAL
Not to be opened before 09:00 on 14 May 2025

GCSE Chemistry Paper 1 (Higher) – draft mark scheme v3, question 6 revisions attached.

Can you rewrite the instructions to centres so they're clearer about secure storage?`),

  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} — Board only

Proposal: close the Gary, IN and Rockford, IL plasma centres by end of Q2 2025 and consolidate donors into Chicago South. Expected donor attrition 18%. Severance estimate $1.1M.

Turn this into three bullet points for the CEO's briefing.`),

  rec('email_legal', f`Subject: ${mark('PRIVILEGED & CONFIDENTIAL — ATTORNEY WORK PRODUCT')}

Team,

For the Okonkwo asylum appeal, we should not rely on the 2019 country report alone; the expert declaration needs to address the changed circumstances after 2023. Please don't forward this outside the firm.

R. Haddad

→ summarise the strategy in plain language for the paralegals`),

  rec('doc_no', f`${mark('FORTROLIG')}
Styrenotat – Nordhav Quota Brokers AS
Forslag om oppkjøp av kvotemegleren Vestkyst Kvote AS. Indikativ verdi 42–48 MNOK.

Oversett overskriften og første avsnitt til engelsk.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Roaming-partner security notice: a batch of OCPI tokens was exposed in a partner's log aggregation service between 28 Nov and 2 Dec. Rotate Token C for all connections created before 1 December.

Help me write the message to our partners without the partner's name.`),

  rec('doc_de', f`${mark('STRENG VERTRAULICH')} – nur für die Geschäftsleitung

Preisanpassung Ladetarife 2025: AC +3 ct/kWh, DC +5 ct/kWh, Blockiergebühr ab 240 Minuten.

Fasse das in zwei Sätzen für eine interne Präsentation zusammen.`),

  rec('doc_fi', f`${mark('SALAINEN')}
Koetehtävät – Matematiikka, lyhyt oppimäärä, kevät 2025. Ei saa julkaista ennen koetilaisuuden alkua.

Voitko tarkistaa tehtävän 7 suomen kielen? Se on kömpelö.`),

  rec('doc_hu', f`${mark('BIZALMAS')}
Vezetői összefoglaló – plazmagyűjtő központok 2024 Q4 teljesítménye. A debreceni központ donorszáma 12%-kal csökkent.

Fordítsd le angolra a címet és az első mondatot.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Υπόμνημα προς τη διοίκηση: συγχώνευση των γυμναστηρίων Γλυφάδας και Βούλας από τον Μάρτιο.

Μετάφρασε τον τίτλο και την πρώτη πρόταση στα αγγλικά.`),

  rec('doc_ja', f`【${mark('社外秘')}】
2025年度 会員料金改定案：月会費を 8,800円 から 9,350円 へ。ボルダリング単独プランは据え置き。

この内容を店長向けの説明メールにしてください。`),

  rec('doc_ru', f`${mark('Конфиденциально')}
Служебная записка: план сокращения смен в центрах сбора плазмы в Алматы и Бишкеке с января 2025.

Переведи заголовок и первый абзац на английский.`),

  rec('email', f`Hi all,

Attached is the provisional results data for centre 64219. ${mark('This information is strictly confidential')} until results day (21 August) and must not be shared with candidates or parents.

Thanks,
Exams Office

Can you make this shorter for a Teams post?`),

  rec('slide', f`Footer on every slide: "VoltLane · ${mark('Internal Use Only')} · Draft 2"
Speaker notes for slide 4: explain why we are prioritising motorway DC hubs over urban AC in 2025. Keep it under one minute.`),

  rec('doc_tr', f`${mark('GİZLİ')} – Yalnızca ortaklar için
Göç hukuku biriminin 2025 bütçe taslağı: iki yeni avukat, bir tercüman. Toplam ek maliyet 3,4 milyon TL.

Bunu İngilizceye çevirip kısa bir özet yapar mısın?`),

  rec('question', f`Our exam board wants every page of the draft papers headed "${amb('confidential.marking', 'CONFIDENTIAL UNTIL AFTER THE EXAMINATION')}". How do I add a different first-page header in LibreOffice?`, 'a marking quoted in a formatting question, not marking this text: ambiguous'),

  rec('email_footer', f`Danke für die schnelle Rückmeldung, ich schicke die unterschriebene Vollmacht morgen.

--
${amb('confidential.marking', 'Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen.')} Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.`, 'e-mail confidentiality disclaimer: ambiguous'),
];
