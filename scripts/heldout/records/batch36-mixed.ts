/**
 * Held-out batch 36: longer texts mixing categories — postmortems, handover notes, exports, stack
 * traces, meeting notes and mail threads from the batch's six organisations. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, pem, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '5193028471', '6-', '7820461395027-', fill('b36m-xoxb', B62, 24));
const GHP = gh('ghp', 'Tm3Qx8Vb5Ln1Rc7Wk4Hz9Jd2Fy6Ps0');
const SG = tok('SG.', fill('b36m-sg1', B64URL, 22), '.', fill('b36m-sg2', B64URL, 43));
const GOOGLE = tok('AIza', 'Sy', fill('b36m-gapi', B64URL, 33));
const SENTRY = fill('b36m-sentry', HEX, 32);
const DEPLOY_KEY = pem('OPENSSH PRIVATE KEY', 'b36m-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const TELEGRAM = tok('6829104375', ':', 'AA', fill('b36m-tg', B64URL, 33));
const KIOSK_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'kiosk-KIL-GATE3', park: 'KIL', role: 'pos', iat: 1739700000 }, 'b36m-kiosk');

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH36_MIXED: DraftRecord[] = [
  rec('incident_ticket', f`INC0048213 | Priority: P2 | Assignment group: Digital Guest Services
Short description: Season-pass renewal e-mails failing (Kildare)
Caller: Niamh Kavanagh (ext. 2231)

Work notes:
16/02 07:18 (S. Murphy) SendGrid returns 401 on every send from campaign-worker-2. Worker config still has the old key hard-coded: SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)} — it was rotated on Friday.
16/02 08:02 (S. Murphy) Guest who rang it in: Mrs. Eileen Roche, ${v('pii.email', 'eileen.roche@eircom.net')}, ${phone('086 391 2750', 'IE')} — wants to know is her pass still valid.
16/02 09:15 (D. Byrne) New key in Key Vault, worker redeployed from ${amb('pii.ip_address', '10.14.2.31')}, sends resuming.

Can you write the public status-page update for this? Two sentences, nothing internal.`),

  rec('handover', f`Handover note — Gqeberha ride control, night shift 17→18 Feb

- Splash Canyon pump 2 tripped twice (22:40, 01:15). Electrician (Johan, ${phone('072 903 5518', 'ZA')}) says bearing; parts ordered.
- Kiosk at Gate 3 still logs full card numbers on timeout — saw ${v('financial.payment_card', '4478 7500 1694 1432')} in /var/log/kiosk/pay.log. Ticket raised with vendor.
- Guest complaint from Mrs. Naidoo (${v('pii.email', 'priya.naidoo@mweb.co.za')}) about the locker refund, told her the day team will call.
- New temporary code for the maintenance-store keypad is in the shift book, NOT here.

Turn this into a clean handover for the morning supervisor.`),

  rec('teams_export', f`Summarise this ops chat for the Lantau daily report — leave out anything that shouldn't be in a report:

[09:14] Winnie Lau: B2 coaster down again, sensor fault on the lift hill. If it's longer than 30 min call me ${phone('+852 6421 8857')}
[09:16] Kenneth Ho: status bot isn't posting to #lantau-ops, token expired I think
[09:21] Kenneth Ho: use this one for now ${v('credential.slack_bot_token', SLACK_BOT)} , I'll rotate it tonight
[09:22] Winnie Lau: 👍
[09:40] Winnie Lau: B2 back up 09:38, queue 45 min`),

  rec('whatsapp_fwd_pt', f`Recebi esta mensagem reencaminhada no WhatsApp. Escreve um e-mail formal ao Eng. Chissano a confirmar a receção e a dizer que o plano de voos segue até quinta.

[Reencaminhada] Eng. Alberto Chissano:
"Bom dia. O adiantamento dos voos de pulverização — Chókwè, bloco 7 — já foi pago para o vosso NIB ${ambCat('financial', '0001 0000 0018 3942 7715 2')}. Preciso da confirmação por escrito para a contabilidade. Email: ${v('pii.email', 'a.chissano@hidroagro.co.mz')}, telefone direto ${phone('+258 84 317 2290')}."`, 'Mozambican NIB: ambiguous financial span'),

  rec('script_traceback', f`Porque é que isto dá KeyError? A consola da Google diz que a chave está ativa.

${code(f`# elevacao.py — altitude média por talhão (Alentejo)
import geopandas as gpd
import requests

GMAPS_KEY = "${v('credential.google_api_key', GOOGLE)}"
talhoes = gpd.read_file("talhoes_alentejo.geojson").to_crs(4326)

def elevacao(lat, lon):
    r = requests.get("https://maps.googleapis.com/maps/api/elevation/json",
                     params={"locations": f"{lat},{lon}", "key": GMAPS_KEY}, timeout=10)
    return r.json()["results"][0]["elevation"]

talhoes["alt_m"] = [elevacao(p.y, p.x) for p in talhoes.geometry.centroid]`)}

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "elevacao.py", line 14, in <module>
    talhoes["alt_m"] = [elevacao(p.y, p.x) for p in talhoes.geometry.centroid]
  File "elevacao.py", line 12, in elevacao
    return r.json()["results"][0]["elevation"]
KeyError: 'results'`)}`),

  rec('py_traceback', f`Dlaczego walidacja odrzuca numer tego dawcy? Wygląda normalnie.

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/rckik/sms/wyslij.py", line 58, in <module>
    wyslij_przypomnienie(dawca)
  File "/opt/rckik/sms/wyslij.py", line 31, in wyslij_przypomnienie
    tel = normalizuj(dawca["telefon"])
  File "/opt/rckik/sms/tel.py", line 12, in normalizuj
    raise ValueError(f"zły numer: {numer!r}")
ValueError: zły numer: '+48 601 284 3771'
dawca = {'id': 118402, 'pesel': '${ambCat('pii', '01112556555')}', 'email': '${v('pii.email', 'bartek.szymanski01@gmail.com')}', 'telefon': '+48 601 284 3771', 'grupa': 'B Rh-'}`)}`, 'PESEL in a traceback: ambiguous pii; the rejected phone has one digit too many and is left unlabelled'),

  rec('meeting_notes', f`Notes from this morning — can you write the recap e-mail to the mall's events office from these? Polite, short.

Chaguanas mall blood drive — Sat 8 Mar, 08:00–14:00
[x] venue confirmed (events office: ${phone('+1 868 763 2291')})
[x] bus from Port of Spain booked; deposit paid on the department card ${v('financial.payment_card', '5401 5871 4249 1877')} — finance to reconcile
[ ] volunteer form live Thursday, replies to ${v('pii.email', 'drives@bloodtt.org')}
[ ] booth Wi-Fi: network "CMall-Events", password ${v('credential.password_in_prose', 'Chag-Events-2025')} — test on Friday
[ ] Dr. Maharaj to confirm two extra nurses`),

  rec('sea_trial_manifest', f`Pila ka tawo ang sakay sa sea trial ugma ug kinsa ang walay lifejacket size? Export gikan sa muster app:

${amb('source_code.snippet', f`[
  {"name": "Engr. Rolando Villanueva", "role": "Trial manager", "dob": "${v('pii.date_of_birth', '1974-08-19')}", "mobile": "${phone('+63 917 842 3310')}", "lifejacket": "L"},
  {"name": "Jessa Mae Cabahug", "role": "QC welding", "dob": "${v('pii.date_of_birth', '1995-11-21')}", "mobile": "${phone('0918 227 4416', 'PH')}", "lifejacket": "S"},
  {"name": "Hiroshi Tanaka", "role": "Owner's rep", "passport": "${v('pii.passport', 'TR4821937')}", "email": "${v('pii.email', 'h.tanaka@setouchi-ferry.co.jp')}", "lifejacket": null},
  {"name": "Class surveyor (TBC)", "role": "Class", "lifejacket": null}
]`)}`),

  rec('vendor_email', f`Help me reply to this vendor — politely tell them never to send keys by e-mail again, and that we'll generate our own.

From: Surveillance Systems Support
Subject: Jump host access for your analysts

Hi team, as requested please find below the key for the new replay jump host (user: surv-replay). If any issue call our support line or me directly on ${phone('+1 868 339 0425')}.

${v('credential.openssh_private_key', DEPLOY_KEY)}

Regards, Kavita`),

  rec('crontab', f`The nightly surveillance report didn't run on Chinese New Year, which is fine, but it also didn't run the day after. Crontab on surv-report-01:

${cfg(f`# m  h  dom mon dow  command
15 22 *   *   1-5  GH_TOKEN=${v('credential.github_pat', GHP)} SENTRY_DSN=${v('credential.sentry_dsn', `https://${SENTRY}@o4508821.ingest.us.sentry.io/4508821903371264`)} /opt/surv/nightly_report.sh --to ${v('pii.email', 'surveillance-heads@hkx-surv.com.hk')} >> /var/log/surv/nightly.log 2>&1
0  6  *   *   1-5  /opt/surv/holiday_check.sh`)}`),

  rec('email_fr_ci', f`Peux-tu corriger ce mail avant que je l'envoie au directeur régional ?

Objet : Collecte mobile Korhogo — points à régler

Monsieur le Directeur,
1. Le véhicule frigorifique est en panne ; le garage demande une avance de 450 000 FCFA, payable par la carte de service ${v('financial.payment_card', '4650 7623 8719 8302')}.
2. Le responsable de site, M. Soro, est joignable au ${phone('+225 07 48 21 93 60')}.
3. L'accès au SIGL depuis Korhogo : utilisateur korhogo_collecte, mot de passe ${v('credential.password_in_prose', 'Korhogo#Sang25')}.
Veuillez agréer mes salutations distinguées.
A. Konan`),

  rec('chat_uz', f`Avtomaktab botining log'i, nega xabarlar ketmayapti?

${cfg(f`2025-02-18 06:30:02 INFO  reminder: 14 ta o'quvchi uchun eslatma
2025-02-18 06:30:03 ERROR telegram: POST https://api.telegram.org/bot${v('credential.telegram_bot_token', TELEGRAM)}/sendMessage -> 403 Forbidden: bot was blocked by the user
2025-02-18 06:30:03 WARN  chat_id=5120398471 phone=${phone('+998 90 714 28 53')} o'quvchi: Aziz R.`)}

Foydalanuvchi botni bloklagan bo'lsa, keyingi safar o'tkazib yuborish uchun qanday qilaman?`),

  rec('chat_pl', f`Czy to wygląda na próbę wyłudzenia? Dostałem to z adresu podobnego do naszego podwykonawcy, tuż przed płatnością za sekcje B12–B15:

"Dzień dobry, informujemy o zmianie rachunku bankowego. Od dziś prosimy o wpłaty wyłącznie na rachunek ${v('financial.iban', 'PL43 1240 6417 5126 8584 8283 3599')}. Stary rachunek jest zablokowany z powodu audytu. W razie pytań proszę dzwonić do p. Marka Zielińskiego: ${phone('+48 601 284 377')}, e-mail ${v('pii.email', 'm.zielinski@spaw-kowal-sp.pl')}. Sprawa pilna, ${amb('confidential.marking', 'prosimy o zachowanie poufności')}."`, 'a phishing-style request asking the reader to keep it confidential: ambiguous marking'),

  rec('kiosk_debug', f`Kiosk at Kildare Gate 3 prints this on the debug screen after a failed payment, is any of it sensitive? Vendor wants it pasted into their portal.

${cfg(f`POS-DBG v4.2.1 terminal=KIL-GATE3-T2
auth_header=Bearer ${v('credential.jwt', KIOSK_JWT)}
last_txn: amount=89.00 EUR pan=${v('financial.payment_card', '2223 2257 8390 4683')} resp=91
operator_badge=IE-00418 host=${amb('pii.ip_address', '10.14.3.52')}`)}`),

  rec('email_az', f`Bu məktubu ingilis dilinə tərcümə et (Türkiyədəki avtomobil təchizatçısına):

"Hörmətli cənab Yılmaz, 6 ədəd təlim avtomobilinin ikinci ödənişi (18 400 AZN) aşağıdakı hesaba köçürüləcək: ${v('financial.iban', 'AZ52 PAHA 8051 1307 2354 2913 0293')}. Əlaqə üçün: Elçin Məmmədov, ${phone('+994 12 497 21 30')}, ${v('pii.email', 'e.memmedov@surucu-mekteb.az')}. Müqavilə şərtləri ${amb('confidential.marking', 'məxfidir')}."`, 'Azerbaijani "the contract terms are confidential" inside a letter: a statement about the terms rather than a marking of this text, ambiguous'),
];
