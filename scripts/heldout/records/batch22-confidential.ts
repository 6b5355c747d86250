/**
 * Held-out batch 22: classification markings in headers, subjects, footers and inline statements,
 * in several languages, from an aerospace supplier, an exporter, a museum network, an esports
 * platform, a car-rental company and a lab chain. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH22_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('COMPANY CONFIDENTIAL')}
${amb('confidential.marking', 'EXPORT CONTROLLED – This document contains technical data subject to the EAR (ECCN 9E991)')}

Program review – Nacelle Fairing NF-220, Gate 3
- First article inspection failed on 2 of 14 features (hole position, true position 0.25 vs 0.15 req.)
- Customer (Tier 1) requests recovery plan by 29 Nov
- Autoclave 2 downtime adds 11 days to the critical path

Please turn this into a recovery-plan outline with owners and dates.`, 'an export-control legend is a handling restriction rather than a confidentiality marking: ambiguous'),

  rec('email_de', f`Betreff: ${mark('STRENG VERTRAULICH')} – Angebot Airbus Helicopters Los 4

Hallo zusammen,

anbei die Kalkulation für Los 4 (Sitzschienen). Unser Zielpreis liegt 6 % unter dem Vorjahr, Marge dann nur noch 8,2 %. Bitte nicht an den Vertrieb Süd weiterleiten.

Gruß
Matthias

Kannst du mir die drei wichtigsten Risiken daraus zusammenfassen?`),

  rec('slide_notes', f`Speaker notes from slide 4, please shorten to 3 bullets:

"${mark('INTERNAL USE ONLY')} — Q3 esports revenue: sponsorship down 18% vs plan after the energy-drink partner pulled out; Arena Pass subscriptions +31%. We will announce the Riyadh LAN in January but nothing can be said publicly before the contract is signed."`),

  rec('email_fr', f`Objet : [${mark('CONFIDENTIEL')}] Projet de rachat du domaine Château Lestrade

Bonjour Anne,

comme évoqué, le vendeur accepte 4,2 M€ hors stock si nous reprenons les 6 salariés. Notre banque demande le rapport d'expertise avant le 15/12.

Merci de garder ces informations strictement pour le comité de direction.

Pierre

→ Peux-tu rédiger une réponse qui confirme la réception sans rien engager ?`),

  rec('document_it', f`${mark('RISERVATO')} – uso interno

Verbale riunione commerciale 07/11/2024
1. Listino Giappone: +7 % dal 1° gennaio, comunicazione agli importatori entro il 10/12.
2. Vendemmia 2024: resa Sangiovese -22 %, valutare l'allocazione del Riserva.
3. Fiera ProWein: stand condiviso con Consorzio, costo stimato 38.000 €.

Riscrivi in inglese per il socio australiano.`),

  rec('report_footer', f`Incident summary – LIS outage 11 Nov 2024
Duration 03:12–07:45 SAST. Root cause: expired certificate on the HL7 interface engine. 2,140 results delayed; 12 critical values phoned manually.
Actions: certificate monitoring, runbook update, vendor escalation.

${mark('Confidential')} – Vitalab Diagnostics – Not for distribution outside the Quality Committee

Make this suitable for the monthly board pack`),

  rec('advisory', f`${mark('TLP:AMBER+STRICT')}

Credential-stuffing wave against esports/gaming platforms since 8 Nov: ~1.2M login attempts per hour from residential proxies, targeting accounts with tradeable skins. Share only within your organisation.

Draft an internal note to our trust & safety team with recommended actions.`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – Reestructuración de sucursales Andalucía

Equipo:

Se cerrarán las oficinas de Jerez y Algeciras el 31 de marzo. El personal se reubicará en Sevilla Santa Justa y Málaga Aeropuerto. No comuniquéis nada a las sucursales hasta la reunión con el comité de empresa.

Un saludo,
Dirección de Operaciones

Resúmelo en tres frases para la presentación del lunes.`),

  rec('contract_nl', f`Kun je dit artikel uit de bruikleenovereenkomst in gewoon Nederlands uitleggen?

"Artikel 9 – Geheimhouding. De inhoud van deze overeenkomst, waaronder de verzekerde waarde van de objecten, is ${mark('vertrouwelijk')} en wordt door geen van de partijen aan derden bekendgemaakt, behoudens wettelijke verplichting."

${mark('VERTROUWELIJK')} – concept 3 – 12 november 2024`),

  rec('ja_doc', f`以下の社内文書を英語に翻訳してください。

【${mark('社外秘')}】
2025年度 レンタカー車両入替計画（関西エリア）
・EV比率を12%から25%へ引き上げ
・関西空港店の台数を40台増車
・既存ハイブリッド車120台を売却予定`),

  rec('ko_chat', f`이거 영어로 자연스럽게 바꿔줘: "[${mark('대외비')}] 다음 시즌 리그 상금 규모는 총 5억 원으로 확정되었으며, 공식 발표 전까지 외부 유출을 금지합니다."`),

  rec('email_pl', f`Temat: ${mark('POUFNE')} – wyniki audytu dostawcy odlewów

Cześć,

audyt w Mielcu wykazał 3 niezgodności główne (kalibracja, identyfikowalność materiału, szkolenia NDT). Rekomendujemy wstrzymanie nowych zamówień do czasu zamknięcia CAPA.

Marta

Przetłumacz na angielski dla centrali.`),

  rec('ar_doc', f`ترجم هذا النص إلى الإنجليزية:
"${mark('سري للغاية')} — خطة التسعير الجديدة لفروع المطارات في الإمارات تبدأ في فبراير، مع زيادة بنسبة 9٪ على الفئات الفاخرة."`),

  rec('minutes', f`Minutes – Acquisitions Committee, Lumen Museums, 6 Nov 2024
${mark('RESTRICTED')} – committee members only

1. Proposed purchase of the Okonkwo bronze (est. £310k): approved subject to provenance report.
2. Deaccession of 14 duplicate prints: deferred.
3. Insurance valuation of the touring textiles show: increase to £2.4M.

Can you draft the summary for the trustees' newsletter leaving out prices?`),

  rec('email_pt_br', f`Assunto: Proposta patrocínio Liga Nordeste – ${mark('CONFIDENCIAL')}

Oi Rafa,

segue o valor que o banco topou: R$ 1,8 milhão por duas temporadas, com naming rights da final. Este e-mail é ${mark('confidencial')}, não repassa pro time de conteúdo ainda.

Abs,
Camila

me ajuda a responder agradecendo e pedindo a minuta do contrato`),
];
