/** Held-out batch 101: classification markings in fund, NGO, importer, drone, ticketing and laundry documents. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH101_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en', f`${v('confidential.marking', 'STRICTLY CONFIDENTIAL')} — LP USE ONLY
Ardmore Growth Partners III — Q3 2024 portfolio review

Brenner Medtech: revenue −8% vs plan, covenant headroom on leverage now 0.3x. Proposed equity cure of EUR 6m in January. Nordlicht Logistik: on track, exploring dividend recap.

Please summarise in five bullet points for the investment committee.`),

  rec('memo_de', f`${v('confidential.marking', 'STRENG VERTRAULICH')}
Aufsichtsratsvorlage – Exit-Optionen Alpenkäse Holding

Zwei strategische Bieter haben indikative Angebote zwischen 9,5x und 10,2x EBITDA abgegeben. Bitte formuliere eine neutrale Zusammenfassung für den Beirat.`),

  rec('email_fr', f`Objet : [${v('confidential.marking', 'CONFIDENTIEL')}] Audit de la chaîne du froid – district de Musanze

Bonjour à tous,
Ci-joint les résultats préliminaires : 3 réfrigérateurs sur 14 hors plage (2–8 °C) pendant plus de 6 h en octobre. Merci de ne pas diffuser avant validation par le ministère.

Pouvez-vous reformuler ce mail en kinyarwanda pour les superviseurs ?`),

  rec('report_en', f`${v('confidential.marking', 'TLP:AMBER')}
Incident summary — unauthorised access attempt on flight-ops dashboard, 17 Nov 2024

Credential-stuffing from a residential proxy pool, 1,240 attempts over 40 min, no successful logins. MFA enforced for all pilot accounts since 18 Nov.

Turn this into a short note for the drone operators' Slack channel.`),

  rec('memo_es', f`Documento ${v('confidential.marking', 'ESTRICTAMENTE CONFIDENCIAL')} — Negociación de precio con la Cooperativa Chirripó

Nuestro techo para la cosecha 2025 es 3,85 USD/lb FOB para el SHB. No revelar a ningún otro proveedor. ¿Me ayudas a preparar argumentos para la reunión del martes?`),

  rec('memo_it', f`${v('confidential.marking', 'RISERVATO')} – Piano di ristrutturazione biglietteria Duomo 2025

Chiusura della cassa lato nord da marzo, spostamento di 4 addetti al bookshop. Non divulgare prima dell'incontro con i sindacati.

Riassumi in tre punti per il consiglio della Fabbriceria.`),

  rec('email_en_footer', f`Hi Tendai,

Attached is the draft pricing for the new linen contract with Parirenyatwa. Our floor is USD 0.92/kg for theatre linen; please don't share beyond the bid team.

Regards,
Farai
--
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.')}

Can you tighten the wording of the body?`),

  rec('memo_nl', f`${v('confidential.marking', 'VERTROUWELIJK')} – alleen voor directie
Voorstel: sluiting wasserijlocatie Zwolle per Q3 2025, overname volumes door Apeldoorn. Kunt u een communicatieplan voor het personeel opstellen?`),

  rec('deck_en', f`Slide 1 footer: ${v('confidential.marking', 'Confidential – Internal Use Only')}
Slide 2: Drone network expansion — 3 new hubs (Ipswich, Toowoomba, Gold Coast), CAPEX AUD 4.1m, breakeven month 26.

Rewrite slide 2 as a speaker note.`),

  rec('memo_sv', f`${v('confidential.marking', 'KONFIDENTIELLT')}
Due diligence-sammanfattning: Nordisk Linneservice AB
Kundkoncentration: 62 % av omsättningen från två regioner. Rekommendation: fortsätt till bindande bud med villkor om kundkontrakt.

Översätt till engelska för investeringskommittén.`),

  rec('memo_pl', f`${v('confidential.marking', 'ŚCIŚLE TAJNE')} — wewnętrzna analiza kosztów pralni
Planowana podwyżka cen dla szpitali o 11% od kwietnia. Prosimy nie przekazywać klientom przed ogłoszeniem.`),

  rec('memo_pt', f`Este relatório é ${v('confidential.marking', 'estritamente confidencial')} e destina-se apenas à direção da ONG.
Cobertura vacinal DTP3 no município de Ermera caiu para 61 %. Pode ajudar-me a escrever um resumo executivo de uma página?`),

  rec('memo_ja', f`【${v('confidential.marking', '社外秘')}】2025年度 茶葉仕入れ価格交渉方針
静岡・鹿児島の主要生産者との交渉上限：一番茶 kg あたり 4,200 円。本資料の社外持ち出しを禁じます。
これを英語に翻訳してください。`),

  rec('memo_en_us', f`${v('confidential.marking', 'CONFIDENTIAL')}
Valuation memo — SkyParcel Series B (fund's minority stake)
Mark-down proposed from 1.6x to 1.2x MOIC due to FAA Part 135 delay. Draft a paragraph explaining the methodology to LPs.`),

  rec('memo_ru', f`${v('confidential.marking', 'КОНФИДЕНЦИАЛЬНО')}
Служебная записка: итоги проверки прачечного комплекса больницы №3. Выявлены нарушения температурного режима дезинфекции. Подготовьте краткое резюме для главврача.`),
];
