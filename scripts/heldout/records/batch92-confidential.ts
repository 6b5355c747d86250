/**
 * Held-out batch 92: classification markings in IR reports, board memos, tenant notices, editorial
 * mails and tender documents, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH92_CONFIDENTIAL: DraftRecord[] = [
  rec('ir_report_tlp', f`${v('confidential.marking', 'TLP:AMBER+STRICT')}
Kestrelguard — Interim Incident Report IR-2024-0917
Client: Harbourline Property Management

Summary: initial access via password-spraying of the Citrix gateway; lateral movement to the BMS network on day 3. No evidence of tenant data exfiltration yet.

Can you shorten the summary to five bullet points for the client's board?`),

  rec('board_memo_en_gb', f`${v('confidential.marking', 'STRICTLY PRIVATE & CONFIDENTIAL')} — BOARD ONLY

Proposed disposal of the Daventry cold store (Unit 7). Indicative bids received from two parties; the preferred bidder's offer is 11% below book value.

Please turn this into a one-page paper with pros and cons.`),

  rec('de_vertraulich', f`${v('confidential.marking', 'VERTRAULICH')} – nur für die Geschäftsleitung

Betreff: Schließung von vier Filialen (Optik & Hörakustik) zum 31.03.
Bitte hilf mir, die Mitarbeiterinformation so zu formulieren, dass sie erst nach der Betriebsratssitzung verschickt werden kann.`),

  rec('fr_confidentiel', f`Objet : [${v('confidential.marking', 'CONFIDENTIEL')}] Appel d'offres transport sous température dirigée 2025

Merci de ne pas transférer. Peux-tu comparer les trois offres ci-dessous en un tableau (prix/palette, taux d'excursion, pénalités) ?`),

  rec('es_confidencial', f`Documento ${v('confidential.marking', 'CONFIDENCIAL')} — Uso interno de la Federación
Asunto: investigación disciplinaria, categoría sub-16, partido del 12/10
Resume los hechos en un tono neutral para el comité.`),

  rec('nl_vertrouwelijk', f`Dit stuk is ${v('confidential.marking', 'strikt vertrouwelijk')}: de redactie mag niet weten dat de rubriek Zoekertjes per 1 januari wordt uitbesteed. Maak er een korte interne FAQ van voor de verkoopafdeling.`),

  rec('it_riservato', f`${v('confidential.marking', 'RISERVATO')} — DISTRIBUZIONE LIMITATA
Verbale riunione comitato rischi, 18/09
Punto 3: reclamo del cliente farmaceutico per escursione termica lotto 24B117.
Riassumi in tre frasi.`),

  rec('pl_poufne', f`Klauzula: ${v('confidential.marking', 'POUFNE')}
Notatka ze spotkania z ubezpieczycielem w sprawie incydentu ransomware. Proszę o przeredagowanie na oficjalne pismo.`),

  rec('pt_confidencial', f`${v('confidential.marking', 'CONFIDENCIAL')} - NÃO DIVULGAR
Plano de reestruturação da rede de óticas no Norte: encerramento de Braga Centro e fusão com Guimarães. Ajuda-me a escrever a mensagem para os gerentes de loja.`),

  rec('sv_konfidentiell', f`Klassning: ${v('confidential.marking', 'KONFIDENTIELL')}
Utkast — förhandlingsposition inför hyresomförhandling med ICA Fastigheter. Kan du sammanfatta våra tre reservationspunkter?`),

  rec('ja_gokuhi', f`【${v('confidential.marking', '社外秘')}】
インシデント対応報告書（速報）の英訳をお願いします。対象：店舗予約システムへの不正アクセス。`),

  rec('zh_jimi', f`${v('confidential.marking', '机密')}文件，请勿外传。
关于冷链温控失效事件的内部调查结论，请帮我润色成给客户的正式说明函。`),

  rec('ko_daeoebi', f`[${v('confidential.marking', '대외비')}] 리그 후원사 계약 조건 비교표입니다. 내년 후원 협상 전략을 세 문단으로 정리해 주세요.`),

  rec('ru_dsp', f`Гриф: «${v('confidential.marking', 'Для служебного пользования')}»
Отчёт о расследовании инцидента в редакционной сети. Сократи раздел «Выводы» до пяти пунктов.`),

  rec('footer_disclaimer_en_us', f`Hi team, see the tenant default summary below — can you turn it into a collections plan?

Suite 1450: 3 months arrears ($61,200)
Suite 1710: 1 month arrears ($18,940)

--
Dana Whitcomb | Asset Manager
${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you received it in error, please delete it.`),

  rec('tlp_red_cs', f`${v('confidential.marking', 'TLP:RED')} — pouze pro jmenované příjemce
Indikátory kompromitace z incidentu u distributora léčiv. Přelož prosím úvodní odstavec do angličtiny.`),
];
