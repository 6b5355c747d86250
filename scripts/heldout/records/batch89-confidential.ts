/** Held-out batch 89: classification markings in grid incident reports, film contracts, loan audits, chemical formulations, vet research and registry memos. Hand-written. */
import { f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH89_CONFIDENTIAL: DraftRecord[] = [
  rec('report', f`${mark('CONFIDENTIAL')} — Post-incident review, feeder F-112 cascade trip (9 Nov)

Root cause: protection relay setting not updated after the 2023 reconfiguration. 41,200 customers off for up to 3 h 12 min. Regulator notification due within 30 days.

Summarise this in three bullet points for the board.`),

  rec('memo_es', f`${mark('CONFIDENCIAL')} – USO INTERNO

Asunto: auditoría de cartera de préstamos estudiantiles, tercer trimestre
Se detectaron 318 cuentas con intereses capitalizados de forma incorrecta. Propuesta: reembolso automático antes de febrero.

Redáctalo como correo para el director financiero.`),

  rec('contract_fr', f`${mark('STRICTEMENT CONFIDENTIEL')}

Accord de coproduction — documentaire « Les Derniers Glaciers »
Répartition des recettes : 60 % Marea Films, 40 % partenaire belge. Avance de 180 000 € à la signature.

Peux-tu vérifier que la clause de sortie est claire ?`),

  rec('formulation_de', f`Betreff: Rezeptur QX-440 Korrosionsinhibitor
Klassifizierung: ${mark('STRENG VERTRAULICH')}

Zusammensetzung (Gew.-%): Benzotriazol 12, Natriummolybdat 8, Rest demineralisiertes Wasser und Tensid T-7.

Bitte übersetze die Sicherheitshinweise ins Englische, ohne die Rezeptur zu verändern.`),

  rec('email', f`Subject: [${mark('TLP:AMBER')}] Phishing wave targeting outage-desk staff

Attackers are sending fake "SCADA password expiry" mails. Do not share outside the operator community.

Can you turn this into a short Teams post for our shift leads?`),

  rec('memo_it', f`${mark('RISERVATO')} – Non divulgare

Sperimentazione su nuovo protocollo anestetico per camaleonti (n=14). Due decessi nel gruppo ad alto dosaggio. Risultati non ancora sottoposti al comitato etico.

Riassumi per la riunione di reparto.`),

  rec('memo_pl', f`${mark('ŚCIŚLE TAJNE')}

Plan odbudowy sieci po awarii stacji GPZ Północ. Lista stacji priorytetowych w załączniku.

Przetłumacz na angielski dla operatora z Litwy.`),

  rec('email_nl', f`Onderwerp: Ontwerp fusieovereenkomst – ${mark('VERTROUWELIJK')}

Beste collega's,
Bijgaand de eerste versie van de overnamebrief voor de dierenkliniek in Gent. Niet doorsturen.

Kun je de toon wat formeler maken?`),

  rec('slide', f`Slide 1 — ${mark('INTERNAL ONLY')}
Q4 pricing for chlorinated solvents: +7 % on list, +4 % for key accounts.
Slide 2 — competitor response expected in January.

Write speaker notes for these two slides.`),

  rec('memo_pt', f`${mark('CONFIDENCIAL')}
Para: Direção do Registo Civil
Assunto: falha no sistema de assentos de casamento entre 2 e 4 de outubro; 27 assentos precisam ser reemitidos.

Redige uma nota de imprensa curta que não mencione números.`),

  rec('memo_cs', f`${mark('DŮVĚRNÉ')} — pouze pro vedení

Plánujeme uzavřít pobočku veterinární kliniky v Ostravě k 31. 3. Zaměstnanci zatím nejsou informováni.

Pomoz mi připravit osnovu rozhovoru s vedoucí pobočky.`),

  rec('email_ja', f`件名：【${mark('社外秘')}】ドキュメンタリー配信契約の条件

配信権料は3年間で総額2,400万円、独占期間は18か月です。

この内容を英語の要約にしてください。`),

  rec('email_en', f`From: Legal
Subject: ${mark('PRIVILEGED & CONFIDENTIAL')} – borrower class action

The plaintiffs' counsel is alleging improper forbearance steering. Please preserve all call recordings from 2021 onward.

Can you make a checklist from this for the IT team?`),

  rec('doc_ko', f`${mark('대외비')}

신규 냉매 혼합물 K-22 단가 산정표 (2025년 1분기)

이 문서를 바탕으로 영업팀용 요약을 써 주세요.`),

  rec('inline_en', f`Hi team, the attached forecast of grid reinforcement spending is ${mark('strictly confidential')} until the regulator publishes its decision. Please draft a neutral holding statement we can use if journalists ask.`),
];
