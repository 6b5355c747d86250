/**
 * Held-out batch 38: classification markings on prosecution notes, airline commercial memos, sawmill
 * and dairy board papers, museum acquisitions and mobile-money agent letters, in headers, subjects,
 * footers and inline statements, in the batch's languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH38_CONFIDENTIAL: DraftRecord[] = [
  rec('note_fr', f`${mark('DIFFUSION RESTREINTE')}

Parquet de Villefranche-sur-Saône — Note au procureur
Objet : trafic de stupéfiants, quartier de Belleroche — point sur l'enquête préliminaire

Les surveillances physiques confirment un point de deal actif de 14 h à 22 h. Trois guetteurs identifiés, le fournisseur présumé serait basé dans l'agglomération lyonnaise. Proposition : ouverture d'une information judiciaire avant la fin du mois.

Peux-tu reformuler ce paragraphe de façon plus synthétique, en trois phrases ?`),

  rec('advice_ni', f`${mark('OFFICIAL-SENSITIVE')}

Decision note — R v M (Belfast Magistrates')
The evidence of the sole eyewitness is undermined by the CCTV timeline; the Test for Prosecution is not met on the assault charge. Recommend proceeding on the criminal damage charge only and informing the injured party in person.

Can you tighten the wording? It's going to the Assistant Director.`),

  rec('memo_au', f`${mark('COMMERCIAL-IN-CONFIDENCE')}
To: Exec Leadership Team
From: Network Planning
Re: Winter 2025 schedule — exit from ADL–OOL

The route ran at 71% load factor with an average fare of $84 against a seat cost of $92. We propose exiting from 30 March and redeploying the aircraft to MEL–HBA (+4 weekly). Crew base impact: 6 FA positions in ADL.

Could you turn this into three dot points for the board pack?`),

  rec('memo_fi', f`${mark('LUOTTAMUKSELLINEN')}
Honkavaara Saha osk — hallituksen kokous 4/2024, liite 3

Esitys: Perhon sahan toinen vuoro lopetetaan 1.12.2024 alkaen heikentyneen sahatavaran kysynnän vuoksi. Vaikutus: 11 työntekijää, muutosneuvottelut aloitetaan lokakuussa.

Kirjoita tästä lyhyt englanninkielinen tiivistelmä rahoittajalle.`),

  rec('email_sv', f`Ämne: ${mark('KONFIDENTIELLT')} – förvärv av privat mineralsamling

Hej styrelsen,

Dödsboet efter K. Lindroos erbjuder museet samlingen (ca 3 200 stuffer) för 240 000 €. Värderingen från Uppsala ligger på 190–260 000 €. Vi föreslår ett bud på 205 000 € med förbehåll för proveniensutredning.

Kan du korta ner mejlet och göra det mer formellt?`),

  rec('dictamen_ar', f`${mark('RESERVADO')} — Uso exclusivo de la Fiscalía

Dictamen preliminar, legajo FRO 44218/2024: la pericia contable acredita desvío de fondos de la cooperativa por $ 86.400.000 entre 2021 y 2023. Se propone solicitar embargo preventivo sobre los inmuebles del tesorero.

Reescribilo en un lenguaje más claro para la querella, sin cambiar el contenido.`),

  rec('email_es_do', f`Asunto: Informe de auditoría de subagentes — Región Norte

Estimados:

Adjunto el informe de las visitas de supervisión de agosto. ${mark('Este documento es de carácter confidencial')} y no debe compartirse con los subagentes ni con terceros.

Resumen: 9 de 42 colmados no exhibían el tarifario; 3 operaban con dispositivos no registrados.

¿Me lo resumes en tres viñetas para el gerente?`),

  rec('report_ao', f`${mark('CONFIDENCIAL')} – USO INTERNO
Relatório de fraude — rede de agentes Kumbu, Luanda Sul
Foram identificadas 27 operações de levantamento fictícias em dois agentes do Benfica, num total de 6,2 milhões de Kz. Os terminais foram bloqueados a 19/09.

Pode transformar isto num e-mail curto para a direção?`),

  rec('doc_lt', f`${mark('KONFIDENCIALU')}
UAB „Girelės mediena“ valdybos posėdžio protokolas Nr. 9
Svarstyta: pjūklinės Joniškyje pardavimas Latvijos įmonei. Siūloma kaina – 3,4 mln. €. Sprendimas atidėtas iki auditoriaus išvados.

Išversk į anglų kalbą, prašau.`),

  rec('doc_hy', f`${mark('ԾԱՌԱՅՈՂԱԿԱՆ ՕԳՏԱԳՈՐԾՄԱՆ ՀԱՄԱՐ')}
Բնական պատմության թանգարանի տնօրենի հրաման №47
Հավաքածուի պահոցում խոնավության համակարգի վթարի պատճառով 312 նմուշ վնասվել է։ Պատասխանատուներին՝ մինչև հոկտեմբերի 15-ը ներկայացնել վերականգնման ծրագիր։

Թարգմանիր անգլերեն՝ դոնոր կազմակերպության համար։`),

  rec('memo_ka', f`${mark('კონფიდენციალური')}
საქართველოს პროკურატურა — სამსახურებრივი ბარათი
საქმე №0741024: ბრალდებულის თანამშრომლობის შეთანხმების პროექტი მომზადებულია. შეთანხმების პირობები არ უნდა გამჟღავნდეს სასამართლო სხდომამდე.

გთხოვ, ეს ტექსტი უფრო მოკლედ ჩამოაყალიბე.`),

  rec('tender_kk', f`${mark('ҚЫЗМЕТ БАБЫНДА ПАЙДАЛАНУ ҮШІН')}
«Алатау Сүт» АҚ — қаптама жеткізушісін таңдау бойынша комиссия хаттамасы
Ұсыныс: Tetra Pak емес, жергілікті жеткізушімен 3 жылға келісімшарт (үнемдеу шамамен 14%).

Осыны орыс тіліне аударып, қысқаша түйін жаз.`),

  rec('minutes_pa', f`${mark('ਗੁਪਤ')} — ਸਿਰਫ਼ ਬੋਰਡ ਮੈਂਬਰਾਂ ਲਈ
ਦੋਆਬਾ ਦੁੱਧ ਉਤਪਾਦਕ ਸਹਿਕਾਰੀ ਸਭਾ — ਬੋਰਡ ਮੀਟਿੰਗ, 9 ਸਤੰਬਰ
ਫ਼ੈਸਲਾ: ਫੈਟ ਦੇ ਰੇਟ ਵਿੱਚ 1 ਅਕਤੂਬਰ ਤੋਂ ₹ 0.40 ਪ੍ਰਤੀ ਕਿਲੋ ਫੈਟ ਦੀ ਕਟੌਤੀ, ਕਿਉਂਕਿ ਪਾਊਡਰ ਦੀਆਂ ਕੀਮਤਾਂ ਡਿੱਗ ਗਈਆਂ ਹਨ।

ਇਸ ਨੂੰ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਅਨੁਵਾਦ ਕਰੋ।`),

  rec('advisory_qc', f`${mark('TLP:AMBER')}
Avis aux institutions muséales — campagne d'hameçonnage ciblant les logiciels de gestion de collections

Des courriels imitant un éditeur de logiciel de catalogage invitent à « valider la licence » via un lien menant à une fausse page de connexion. Ne pas partager au-delà de votre organisation.

Aide-moi à écrire un message interne pour l'équipe des collections, sans reprendre les indicateurs techniques.`),

  rec('letter_ng', f`${mark('STRICTLY PRIVATE AND CONFIDENTIAL')}

Mr Babatunde Adeyemi
Adeyemi Ventures (Agent ID AGT-OYO-00771)

Re: Suspension of agency agreement
Following the review of transactions between 1 and 18 August, in which 43 cash-out transactions were processed without the customer present, your agency is suspended with effect from today pending investigation.

Please check this letter is firm but fair, and suggest what else it should say.`),

  rec('slide_in', f`Can you rewrite the speaker notes for slide 4? The footer of every slide says "AeroCrew Pro · ${mark('Internal Use Only')} · Corella Air roster optimisation review".

Notes: the new solver cut deadhead sectors by 9% in the July bid period but increased split duties at PER by 4%. Crew union feedback expected next week.`),

  rec('chat', f`For the museum's loan agreement template, the lender wants a line saying the insurance valuation is "${amb('confidential.marking', 'Confidential')}". Where in the agreement does that usually go, and do I put it in the header too?`, 'a marking quoted inside a drafting question, not marking this text: ambiguous'),
];
