/**
 * Held-out batch 93: documents carrying classification markings (investment memos, board packs,
 * incident reports, pricing sheets), in many languages; marking phrases labelled.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH93_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} – INVESTMENT COMMITTEE MEMO

Company: Loopa Health (Series A, lead)
Proposed ticket: USD 6.5m for 18% fully diluted, pre-money USD 29.6m
Key risks: regulatory pathway in Kenya and Nigeria, founder concentration, 14-month runway post-round
Recommendation: proceed to term sheet subject to reference calls

Can you shorten this into five bullet points for the partners' WhatsApp group?`),

  rec('email', f`Subject: ${mark('CONFIDENTIAL')}: LP update draft Q3 – do not forward

Team, attached is the draft quarterly letter. Two write-downs (Kora Logistics −60%, Bibi Pay −100%) are not yet disclosed to LPs; please don't discuss outside the partnership until the 12th.

Can ChatGPT make the tone of paragraph 3 less defensive?

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.')}`),

  rec('report', f`${mark('TLP:AMBER')}
Incident report – SIM-swap fraud cluster, Lagos mainland stores
Summary: between 3 and 19 November, 41 SIM replacements were processed at two franchise stores using forged affidavits. 17 customers lost access to bank OTPs.
Actions: suspended two dealer codes, enforced biometric re-check for all SIM swaps from 25 Nov.

Please draft a customer-facing apology that doesn't reveal the store names.`),

  rec('doc', f`Preisliste Export 2026 – ${mark('Streng vertraulich')}
Händlerrabatte Skandinavien: 32 % (Volumen > 400 Stk.), Sonderkonditionen IKEA-Lieferant: nicht weitergeben.
Eichentisch "Fjord 210": EXW 418 €, FOB Constanța 446 €

Bitte ins Englische übersetzen, Tabellenformat beibehalten.`),

  rec('doc', f`${mark('STRICTEMENT CONFIDENTIEL')} — Comité de direction, réseau de boutiques Sénégal

Projet de fermeture de 6 boutiques (Thiès, Kaolack, Ziguinchor…) au T2 2026. Impact : 38 postes. Aucune communication aux équipes avant l'accord des délégués du personnel.

Peux-tu rédiger un plan de communication interne en 3 phases ?`),

  rec('note', f`Oncology ward – clinical governance review
Classification: ${mark('OFFICIAL-SENSITIVE')}
Review of a chemotherapy prescribing error on Ward 4B (wrong day of cycle, no harm). Root cause: manual transcription between the protocol PDF and the e-prescribing system.

Summarise the learning points for the ward newsletter without any identifying details.`),

  rec('email', f`Oggetto: Term sheet Serie B – ${mark('RISERVATO')}

Ciao Luca, ti giro il term sheet della Serie B di Nuvola Mobili. Il documento è ${mark('riservato')} e coperto da NDA: valutazione pre-money 84 milioni, liquidation preference 1x non partecipativa.

Mi aiuti a preparare le domande per la call con il fondatore?`),

  rec('memo', f`${mark('CONFIDENCIAL')} — Equipo de Seguridad de Conductores (Bolivia)
Asunto: investigación de denuncia de acoso, La Paz, caso SAF-2025-0912
El conductor ha sido desactivado de forma preventiva. La denunciante pidió que no se comparta su identidad.

Redacta un resumen neutro para el comité de ética.`),

  rec('doc', f`${mark('ВНУТРЕННЕЕ / КОНФИДЕНЦИАЛЬНО')}
Отчёт о проверке точек продаж SIM-карт, Казань
Выявлено 12 нарушений порядка идентификации абонентов. Штрафы дилерам согласуются.

Сделай, пожалуйста, краткое резюме на татарском для региональных менеджеров.`),

  rec('email', f`Konu: ${mark('GİZLİ')} – İhracat fiyat stratejisi 2026

Arkadaşlar, Körfez bölgesi için yeni fiyat stratejimiz ekte. Rakiplere sızmaması için sadece satış müdürleri ile paylaşın.

Bunu İngilizce özet hâline getirir misin?`),

  rec('doc', f`Kirjastokonsortion hallitus – ${mark('LUOTTAMUKSELLINEN')}
Asia: järjestelmätoimittajan vaihto 2026. Nykyisen toimittajan kanssa neuvotellaan vielä, joten tietoa ei saa jakaa kunnille ennen 15.1.

Tee tästä tiivistelmä ruotsiksi.`),

  rec('chat', f`Wiadomość od partnera zarządzającego: „Ten dokument jest ${mark('ściśle poufny')}, zawiera wyceny portfela na 30.09". Pomóż mi przetłumaczyć na angielski pierwszą stronę raportu NAV, bez liczb.`),

  rec('memo', f`${mark('機密情報')} / ${mark('CONFIDENTIAL')}
ドライバー安全チーム 四半期レビュー
重大インシデント 3件(うち1件は警察対応中)。詳細は法務確認まで共有不可。

上記を英語の1段落にまとめてください。`),

  rec('doc', f`${mark('INTERNAL – CONFIDENTIAL')}
Driver pay model change, Pakistan (Lahore, Karachi, Islamabad)
Commission from 20% to 23% on economy rides from 1 Feb. Incentive floor removed. Communication plan under legal review.

Rewrite as a neutral FAQ draft for drivers — Urdu and English.`),

  rec('doc', f`Notat til styret — ${mark('Konfidensielt')}
Fondets forpliktelser til Nordlys Seed II: NOK 40 mill. Fondet vurderer sekundærsalg av andeler i to selskaper.

Lag en kort oppsummering på engelsk.`),

  rec('email', f`Assunto: ${mark('CONFIDENCIAL')} – auditoria das lojas de Bissau

Bom dia, a auditoria às lojas de Bissau e Bafatá detetou registos de SIM sem documento de identificação válido (cerca de 9%). O relatório final é ${mark('confidencial')} até à reunião com o regulador.

Podes resumir em três frases para a direção?`),
];
