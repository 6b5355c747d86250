/**
 * Held-out batch 156: longer texts mixing categories — incident notes, e-mail threads, exports,
 * meeting minutes and stack traces from the six organisations. Hand-written.
 */
import { groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '4817392650', '3-', '7719203846153-', fill('b156m-xoxb', B62, 24));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b156m-rk', B62, 97));
const DD_KEY = fill('b156m-dd', HEX, 32);
const VISA = luhnWithCheck('492918304715263');
const MC = luhnWithCheck('531284019374652');
const IBAN_FR = ibanWithCheck('FR', '30004008190001874619372');
const IBAN_DE = ibanWithCheck('DE', '500105175407324931');
const IBAN_BE = ibanWithCheck('BE', '063012847193');
const IBAN_DK = ibanWithCheck('DK', '30004718293650');
const IBAN_SE = ibanWithCheck('SE', '80000832790001238947');

export const BATCH156_MIXED: DraftRecord[] = [
  rec('postmortem_en', f`# Incident: unlock commands sent to wrong vehicles, 19 Nov

**Impact:** 7 cars unlocked remotely without a booking for up to 4 min. No thefts reported.

**Timeline (CET)**
- 07:12 deploy of telematics-bridge 3.8.0
- 07:31 customer ${v('pii.email', 'h.becker@web.de')} reports car B-RV 3308E open at Hackescher Markt
- 07:40 on-call (${phone('+49 151 28473961')}) rolls back
- 08:05 root cause: VIN cache keyed on plate; plates reused after re-registration

Slack alert bot token used in the runbook: ${v('credential.slack_bot_token', SLACK_BOT)}

Rewrite this as a customer-facing statement, no internal details.`),

  rec('email_thread_fr', f`Peux-tu m'aider à répondre à Maître Lefèvre ?

De : Claire Lefèvre <${v('pii.email', 'c.lefevre@notaires-lyon.fr')}>
Objet : ${v('confidential.marking', 'Confidentiel')} – vente Dubois / SCI Les Tilleuls

Bonjour,
Les fonds seront virés le 12/12 sur le compte de l'étude : ${v('financial.iban', spacedFours(IBAN_FR))}.
Le vendeur, M. Dubois (né le ${v('pii.date_of_birth', '02/04/1955')}), sera joignable au ${phone('+33 6 48 27 19 53')}.

> Le 28 nov. 2024, Notariat Vogel a écrit :
> Merci de nous confirmer la date de signature.`),

  rec('ticket_de', f`Ticket #77120 – Mietrückgabe Lichtequipment, Kaution nicht erstattet

Kunde: Theater am Kanal gGmbH, Ansprechpartnerin Svenja Koch (${v('pii.email', 's.koch@theater-am-kanal.de')}, ${phone('+49 30 40817253')})
Kaution per Karte: ${v('financial.payment_card', spacedFours(MC))}
Erstattung auf Wunsch per Überweisung: ${v('financial.iban', spacedFours(IBAN_DE))}
Rückgabeprotokoll: 2× MAC Aura (1 Linse gesprungen), 1× Kettenzug D8+ ok.

Bitte formuliere eine Antwort mit der Abrechnung des Linsenschadens (180 €).`),

  rec('stack_trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/permits/notify.py", line 88, in send_confirmation
    sms.send(to=permit.phone, body=render(permit))
  File "/app/permits/sms.py", line 41, in send
    raise SmsError(f"rejected {to}: {resp.text}")
permits.sms.SmsError: rejected ${phone('+61 412 847 193')}: {"code":21610,"message":"Attempt to send to unsubscribed recipient"}
permit=BC-2024-12044 holder=${v('pii.email', 'liam.obrien@outlook.com.au')} host=${amb('pii.ip_address', '10.30.4.21')}`)}

should we fall back to e-mail when SMS is rejected?`),

  rec('meeting_notes_nl', f`## Overleg schadeafhandeling – 26 nov

Aanwezig: Femke, Youssef, Daan, Lotte (extern: schade-expert)

- 14 open claims, 3 ouder dan 60 dagen
- Klant Bram Peeters (${phone('+32 470 28 41 93')}) wil borg terug op ${v('financial.iban', spacedFours(IBAN_BE))}
- Tijdelijk account voor de expert op het claimsportaal: gebruiker expert.lotte, wachtwoord ${v('credential.password_in_prose', 'Deuk-Kras-2024')} (vervalt vrijdag)
- Volgende week: nieuwe fotochecklist in de app

Maak hier actiepunten met eigenaar van.`),

  rec('csv_export', f`${amb('source_code.snippet', f`site_id,landlord,email,phone,iban,annual_rent
SPL-DK-0031,Mads Jørgensen,${v('pii.email', 'mads.jorgensen@mail.dk')},${phone('+45 28 47 19 36')},${v('financial.iban', IBAN_DK)},42000 DKK
SPL-SE-0107,Karin Lindgren,${v('pii.email', 'karin.lindgren@telia.com')},${phone('+46 70 284 71 93')},${v('financial.iban', IBAN_SE)},58000 SEK
SPL-FI-0019,Juha Virtanen,${v('pii.email', 'juha.virtanen@elisanet.fi')},${phone('+358 40 2847193')},,3900 EUR`)}

Nordic landlord list — the Finnish row has no IBAN, draft a polite request in Finnish.`),

  rec('chat_hinglish', f`Bhai urgent hai — Pune clinic ka card machine band hai, patient ki mummy ne phone pe card diya: ${v('financial.payment_card', spacedFours(VISA))}, CVV bola tha but maine nahi likha. Unka number ${phone('+91 98114 27365')} hai aur email ${v('pii.email', 'sneha.kulkarni88@rediffmail.com')}. Kya main yeh WhatsApp group pe daal sakta hoon accounts ke liye? Ya koi safe tarika batao.`),

  rec('incident_es_ar', f`Che, armame un resumen para el jefe de guardaparques:

Incidente 2024-117 – rescate en el sendero Laguna Torre
Persona: Lucía Fernández, DNI argentino ${ambCat('pii', '34.827.193')}, fecha de nacimiento ${v('pii.date_of_birth', '21/07/1989')}
Contacto: ${phone('+54 9 11 4827-1936')}
Reportó desde la radio del refugio, IP del gateway satelital ${amb('pii.ip_address', '100.64.18.7')}.
Evacuada en helicóptero, esguince de tobillo.`, 'Argentine DNI: personal, no rule claims it (the es_dni rule is the Spanish one)'),

  rec('config_and_question', f`Our lease portal's payment module config, plus the error from last night:

${amb('source_code.snippet', f`payments:
  provider: stripe
  restricted_key: ${v('credential.stripe_restricted_key', STRIPE_RK)}
  payout_currency: EUR
monitoring:
  datadog_api_key: ${v('credential.datadog_api_key', DD_KEY)}
  notify: ${v('pii.email', 'lease-ops@spirelink-towers.com')}`)}

Error: "The provided key does not have the required permissions for this endpoint on account acct_1P8…". Which scope is missing for Connect payouts to landlords?`),

  rec('email_it', f`Oggetto: ${v('confidential.marking', 'RISERVATO')} – paziente con reclamo

Buongiorno dottoressa,
la signora Bianchi (cell. ${phone('+39 338 472 1956')}, ${v('pii.email', 'laura.bianchi75@libero.it')}) contesta la fattura per l'apparecchio della figlia, nata il ${v('pii.date_of_birth', '12/03/2009')}. Chiede il rimborso di 480 € sull'IBAN che ci ha già fornito.

Mi aiuti a scrivere una risposta cortese ma ferma?`),

  rec('rigging_report_en_au', f`Load-out report, Brisbane Entertainment Centre — tidy it up for the client, mate:

- 32× chain hoists, 2 with brake slip → tagged out, back to depot
- Venue rigger Shane (${phone('+61 412 847 193')}) wants the load plan by Thu
- FOH network: grandMA3 on ${amb('pii.ip_address', '192.168.1.50')}, NPU on ${amb('pii.ip_address', '192.168.1.51')}, sACN universes 1–12
- Client's PO contact: ${v('pii.email', 'accounts@bec-events.com.au')}`),

  rec('chat_zh_hk', f`唔該幫我整理一下呢個客人嘅資料寄畀保險公司：陳大文，出生日期 ${v('pii.date_of_birth', '1985年9月3日')}，護照 ${v('pii.passport', 'K28471936')}，電話 ${phone('+852 9284 7193')}，電郵 ${v('pii.email', 'david.chan.hk@yahoo.com.hk')}。佢租車撞咗停車場柱，要賠 HK$4,800。`),

  rec('chat_ko_en', f`랜드로드 미팅 노트 정리 부탁해요. ${amb('confidential.marking', '대외비')} 아님.
- 부산 해운대 옥상 사이트, 건물주 이정훈 (${phone('+82 10-2847-1936')}, ${v('pii.email', 'jh.lee.haeundae@naver.com')})
- 임대료 연 1,800만 원 → 1,900만 원 요청
- 계약서 스캔은 SharePoint에, 접속은 landlord.busan / ${v('credential.password_in_prose', 'Haeundae#Tower24')}
Write it in English as a summary for the APAC lead.`, '"대외비 아님" (not confidential): a negated marking word, made ambiguous'),

  rec('chat_sr', f`Здраво, помози ми да напишем мејл закуподавцу за стуб у Новом Саду. Власник: Милан Јовановић, тел. ${phone('+381 64 2847319')}, имејл ${v('pii.email', 'milan.jovanovic@mts.rs')}. Картица за депозит коју је оставио техничар: ${v('financial.payment_card', groupedAs(luhnWithCheck('455690218374015'), [4, 4, 4, 4], '-'))}. Закупнина се повећава 3% од јануара.`),

  rec('notary_checklist_de_ch', f`Checkliste für die Beurkundung am 9. Dezember – bitte ins Hochdeutsche übertragen:

- Verkäufer: Hansruedi Bachmann, geb. ${v('pii.date_of_birth', '22.03.1949')}, Tel. ${phone('079 284 51 36', 'CH')}
- Käuferin: Ursula Meier, ${v('pii.email', 'ursula.meier@bluewin.ch')}
- Zahlung über Konsignationskonto, Bestätigung der Bank noch ausstehend
- ${v('confidential.marking', 'VERTRAULICH')}: Kaufpreis nicht an Makler weitergeben`),
];
