/** Held-out batch 106: classification markings in memos, reports, mails and slides, in many languages. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH106_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('OFFICIAL-SENSITIVE')}

Airport Security – Screening Performance Review, Q1
1. Threat image projection detection rate at Hall C fell from 91% to 84% on night shifts.
2. Two covert test failures (liquids) at Gate 3 lanes on 14 and 19 March.
3. Proposal: mandatory refresher for the 11 screeners concerned, rota change to cap lane time at 20 min.

${mark('OFFICIAL-SENSITIVE')}

Turn this into a one-page briefing for the station manager, keep the marking.`),

  rec('email_de', f`Betreff: ${mark('VS-NUR FÜR DEN DIENSTGEBRAUCH')} – Änderung Kontrollstellenkonzept Terminal 1

Hallo Team,
anbei die Kurzfassung der neuen Personalkontrollstelle Nord. Bitte nicht an Dienstleister weitergeben. Kannst du mir daraus eine Checkliste für die Schichtleiter machen (ohne Lageplan)?
- Öffnungszeiten 03:30–23:30
- zwei Spuren, eine davon mit Sprengstoffspurendetektor
- Stichprobenquote 10 %`),

  rec('doc_fr', f`Peux-tu résumer ce compte rendu en 5 points ?

${mark('DIFFUSION RESTREINTE')}
Compte rendu – comité sûreté aéroportuaire du 6 mars
Les résultats des tests inopinés au poste d'inspection filtrage PIF 2 sont en deçà de l'objectif. Le prestataire devra présenter un plan d'action sous 15 jours.
Ce document est ${mark('confidentiel')} et ne doit pas être transmis aux compagnies.`, 'header marking plus an inline statement in lower case'),

  rec('report', f`Occupational Health Service – Aggregate Report for Client (Foundry site)
Classification: ${mark('CONFIDENTIAL – MEDICAL IN CONFIDENCE')}

Of 212 employees under health surveillance, 19 showed a significant threshold shift. No individual results are shared with the employer.

Can you write a cover note for the HR director explaining why we only give aggregate figures?`),

  rec('doc_sv', f`${mark('SEKRETESS ENLIGT OSL 25 KAP. 1 §')}
Företagshälsovården – sammanställning av arbetsskadeanmälningar, kvartal 1
Tre anmälningar avser vibrationsskador (händer), en avser lösningsmedel.

Skriv en kort sammanfattning på engelska till koncernens HSE-chef.`),

  rec('email', f`Subject: Payroll bureau – client fee review [${mark('COMMERCIAL IN CONFIDENCE')}]

Hi Aroha,
attached is the fee comparison for our 38 clients. We're proposing a 6% increase from 1 July, except the 4 charities. This is ${mark('commercial in confidence')}, please don't forward it to clients.
Can you help me draft the client letter without the internal margin figures?

Ngā mihi, Tom`),

  rec('doc_ja', f`${mark('社外秘')}
給与計算代行サービス 2025年度 料金改定案
・基本料金：月額15,000円 → 16,500円
・従業員1名あたり：800円 → 900円
この資料を英語に翻訳してください。ヘッダーの区分表示もそのまま残してください。`),

  rec('contract_es', f`Traduce al inglés esta cláusula de un contrato de la agencia de traducción:

${mark('CONFIDENCIAL')}
Cláusula 9 – El Traductor se obliga a no divulgar el contenido de los documentos recibidos del Cliente. Esta obligación subsistirá durante cinco años tras la finalización del encargo.`),

  rec('doc_ru', f`Переведи на английский, это документ для устного переводчика на переговорах:

${mark('КОНФИДЕНЦИАЛЬНО')}
Позиция покупателя по цене: не выше 4,2 млн евро. Скидка за предоплату обсуждается только при условии поставки до сентября.
${mark('Для служебного пользования')}`, 'two Russian markings, top and bottom'),

  rec('slides', f`Speaker notes for slide 4 of the export strategy deck (footer on every slide: "Weingut Sonnenhang · ${mark('Streng vertraulich')} · Entwurf 3"):
Erklär, warum wir den US-Importeur wechseln wollen und was das für die Preisliste 2026 heißt. Maximal 60 Sekunden.`),

  rec('email_it', f`Oggetto: ${mark('RISERVATO')} – listino export Asia 2026

Ciao Giulia,
ti giro il listino riservato per Hong Kong e Singapore. I prezzi franco cantina scendono del 4% per volumi sopra i 600 cartoni. Il documento è ${mark('strettamente riservato')}: non inoltrarlo agli agenti.

Puoi tradurlo in inglese per il nostro agente di Singapore senza la parte sui margini?`),

  rec('report_sar', f`${mark('RESTRICTED')} – SAR Incident Review 25/041

Summary: loss of contact with SAR helicopter R116 for 11 minutes during night search off Hook Head. Causes: VHF relay at Mine Head offline after power fault; backup channel not monitored.
Recommendation: hourly check of relay status during night ops.

Rewrite the summary for the annual safety newsletter, without the incident reference.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Coastguard cyber bulletin: phishing wave targeting maritime rescue coordination centres, lure = fake "distress relay" PDF. Share within your organisation only.

Write 3 bullet points we can post on the ops-room whiteboard.`),

  rec('doc_pl', f`${mark('ZASTRZEŻONE')}
Plan rozmieszczenia jednostek ratowniczych SAR na sezon letni 2025 – Zatoka Gdańska
Łodzie R-21 i R-24 przenoszone do Helu od 1 czerwca.

Przetłumacz pierwszy akapit na angielski, oznaczenie zostaw.`),

  rec('email', f`From: Legal – Polyglot Language Services
Subject: Interpreter NDA breach – ${mark('PRIVILEGED & CONFIDENTIAL')}

Priya, one of our Portuguese interpreters posted details of a court hearing on social media. We need to decide today whether to suspend her. Please call me on ${phone('020 7183 4452', 'GB')}.

${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please delete it.')}

Summarise the options we have under the interpreter agreement.`, 'e-mail disclaimer ambiguous'),

  rec('doc_ko', f`${mark('대외비')}
공항 보안검색 인력 운영 개선안 (2025)
- 야간 검색대 인력 2명 증원
- 보호구역 출입증 갱신 주기 2년 → 1년
이 문서를 영어로 요약해 주세요. 문서 등급 표시는 유지해 주세요.`),
];
