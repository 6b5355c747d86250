/** Held-out batch 15: confidentiality markings in documents, mails, slides and chat. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH15_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')} – INTERNAL USE ONLY

To: Leadership Team
From: Finance
Subject: FY2025 budget – headcount freeze

We recommend freezing all non-critical hiring until end of Q2. Current plan is 14 open roles; we propose keeping 5 (engineering and customer support) and pausing the rest.

Please summarise this in three bullet points for the all-managers call.`),

  rec('email', f`Subject: ${mark('Confidential')}: planned restructuring of the customer service team

Hi Mark,

as discussed, the new structure will go live on 1 March. Please don't share this with the team leads before the official announcement on 10 February.

Thanks,
Sandra

-> can you rewrite this so it sounds more supportive?`),

  rec('doc_de', f`${mark('Vertraulich')} – nur für den internen Gebrauch

Protokoll Geschäftsleitung, 14.11.2024
1. Standortkonsolidierung Hamburg/Bremen: Entscheidung bis Ende Januar.
2. Preisanpassung 2025: +4,5 % für Bestandskunden.

Fass das bitte in zwei Sätzen auf Englisch zusammen.`),

  rec('doc_fr', f`${mark('CONFIDENTIEL')} – Ne pas diffuser

Projet Aurore – acquisition de la société Verlaine Emballages
Valorisation indicative : 18 à 22 M€
Calendrier : lettre d'intention mi-décembre

Peux-tu traduire ce paragraphe en anglais ?`),

  rec('slide', f`Write speaker notes for this slide. Footer reads "Pinecrest Insurance – ${mark('Internal Only')} – Do not forward".

Slide 4: Claims backlog
- 2,340 open claims (target < 1,500)
- Avg. handling time 11.2 days
- Plan: overflow team from Cardiff, new triage rules`),

  rec('report', f`${mark('COMPANY CONFIDENTIAL')}
Pen test summary – customer portal (Oct 2024)

Two high findings: IDOR on /api/documents/{id} and missing rate limiting on the login endpoint. Both fixed in release 4.8.1, retest scheduled.

Can you make this readable for non-technical board members?`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} - Propuesta salarial

Hola Lucía,

Te adjunto la propuesta de revisión salarial para tu equipo. Por favor, no la compartas hasta que RRHH la apruebe.

Un saludo,
Javier

¿Puedes hacer este correo un poco más formal?`),

  rec('chat', f`my boss put "${amb('confidential.marking', 'Strictly Private & Confidential')}" at the top of the severance letter draft. should the marking also go on every page footer? here is the first paragraph: "Dear Mr. Harlan, following our meeting on 12 November we confirm the terms of your departure..."`, 'a marking quoted in a formatting question about the pasted letter: ambiguous'),

  rec('doc_it', f`${mark('RISERVATO')}
Verbale del consiglio di amministrazione del 21/11/2024
Il consiglio approva il piano di investimenti 2025 per un totale di 3,2 milioni di euro.

Riassumi in inglese in una frase.`),

  rec('doc_nl', f`${mark('Vertrouwelijk')} – alleen voor MT

Evaluatie leverancier schoonmaak: drie klachten in oktober, contract loopt af op 31 maart. Voorstel: nieuwe aanbesteding starten.

Kun je dit omzetten naar een korte e-mail aan de facilitair manager?`),

  rec('email', f`Hi all,

Attached is the draft Q3 board pack. ${mark('This document is confidential and intended only for members of the board')}. Comments by Friday please.

Rob

-> shorten this`),

  rec('doc_pl', f`${mark('POUFNE')}
Plan redukcji kosztów 2025 – dział logistyki
Zakładamy oszczędności na poziomie 1,8 mln zł, głównie przez renegocjację umów transportowych.

Przetłumacz na angielski.`),

  rec('email_footer', f`Thanks for the quick turnaround, see you Thursday.

Best,
Anna Lindqvist
Legal Counsel, Brixwell Packaging

${amb('confidential.marking', 'This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this message.')}

--- can you translate the first two lines into Swedish?`, 'generic e-mail disclaimer under an ordinary mail: ambiguous'),

  rec('doc_pt', f`${mark('CONFIDENCIAL')} – uso interno

Relatório de desempenho de vendas – Q3 2024
Receita: 4,1 M€ (+7% vs Q2). Região Norte abaixo do objetivo em 12%.

Faz um resumo em inglês em 3 pontos.`),

  rec('teams', f`[11:02] Sandra Obi: ${amb('confidential.marking', 'pls keep this confidential')} until the all-hands — we are moving the Leeds team to the Manchester office from April
[11:03] Mark Doyle: ok, who else knows?
[11:03] Sandra Obi: just ELT and HR

turn this chat into a short briefing note for HR`, 'informal inline request to keep the chat content confidential: ambiguous'),
];
