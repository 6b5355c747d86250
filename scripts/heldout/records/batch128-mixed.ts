/**
 * Held-out batch 128: longer texts mixing categories (postmortems, HL7 messages, KYC escalations,
 * tour advance e-mails, bus incident reports, kiosk logs), mostly benign with a few sensitive values. Hand-written.
 */
import { ibanWithCheck as iban, luhnWithCheck as card, spacedFours as grp } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const bsn = (p8: string): string => {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(p8[i]) * (9 - i);
  for (let d = 0; d <= 9; d++) if ((sum - d) % 11 === 0) return p8 + String(d);
  throw new Error(`no BSN check digit for ${p8}`);
};

const RK_LIVE = tok('rk_', 'live_', '51', fill('b128m-rk', B62, 97));
const DD_APP = fill('b128m-ddapp', HEX, 40);
const IBAN_FR = iban('FR', '1027800001' + '0002063510' + '155');
const IBAN_PT = iban('PT', '003300004538219476105');
const IBAN_PT2 = iban('PT', '003501270004829173680');
const IBAN_HR = iban('HR', '2360000' + '1102948271');
const IBAN_SI = iban('SI', '191001234836729');
const VISA_CH = card('401288743920516');
const VISA_IN = card('460133820571946');

export const BATCH128_MIXED: DraftRecord[] = [
  rec('postmortem_en', f`# Postmortem: missed passes at Sodankylä, 2 April

**Impact:** 7 customer passes lost (3 EO, 4 AIS). SLA credit likely for two customers.

**Timeline (UTC)**
- 02:10 scheduler pushes new contact plan to the ACU at ${amb('pii.ip_address', '10.72.3.14')}
- 02:14 ACU rejects plan: auth failure. The scheduler still used the old service password \`${v('credential.password_in_prose', 'Aurora-Tracking#22')}\` after the vendor reset it
- 02:40 on-call (${v('pii.email', 'noc-oncall@borealgroundlink.net')}, ${phone('+358 40 827 3916')}) paged, VPN from ${amb('pii.ip_address', '193.166.4.77')}
- 05:02 credential updated, passes resume

**Action items:** move ACU credentials to Vault, add alert on plan rejection.

Rewrite this for the customer-facing incident notice, no internal details.`),

  rec('advance_email_fr_en', f`Salut Claire, can you help me clean up this advance email before I send it to the venue in Bordeaux? Moitié français moitié anglais, désolé.

---
Bonjour Marc,

Petit récap pour l'arrivée du convoi le 18 :
- Contact régie Vélarium: Jonas Weber, ${phone('+49 151 28473960')}, ${v('pii.email', 'j.weber@velarium-live.com')}
- Our riggers need the wifi on site – merci de me confirmer le réseau. Ours will be VLR-CREW with password ${v('credential.password_in_prose', 'Chapiteau-Bordeaux25')}
- Caution de 4 000 € à rembourser sur : ${v('financial.iban', grp(IBAN_FR))}
- Groupe électrogène : 2 × 250 kVA, arrivée 06 h 00

Merci, à très vite !
---`),

  rec('kyc_escalation_ru', f`Нужно составить эскалацию в комплаенс по этому кейсу, вот выгрузка:

${amb('source_code.snippet', f`{
  "case_id": "CV-AML-2025-00918",
  "user": {
    "full_name": "Дмитрий Соколов",
    "dob": "${v('pii.date_of_birth', '1986-12-04')}",
    "passport": "${v('pii.passport', '758291736')}",
    "email": "${v('pii.email', 'd.sokolov86@mail.ru')}",
    "phone": "${phone('+7 916 482-73-91')}"
  },
  "withdrawal": { "asset": "USDT", "network": "TRC20", "amount": 48200 },
  "last_login_ip": "${amb('pii.ip_address', '185.46.87.121')}",
  "flags": ["pep_match_fuzzy", "new_device"]
}`)}

Совпадение с PEP нечёткое, отчество другое.`),

  rec('incident_report_en_us', f`Incident report – Route 14 PM, bus #0871 — ${v('confidential.marking', 'CONFIDENTIAL – CONTAINS STUDENT INFORMATION')}

At 3:42 pm the bus was rear-ended at the light on Salem Ave & Catalpa Dr. No injuries reported on scene. Driver Denise Walker (${phone('(937) 482-6105', 'US')}) followed protocol and called dispatch.
Students on board (11). Parents notified by phone:
- Liam Carter (grade 3) – mother reached at ${phone('(704) 829-1746', 'US')}
- Emma Nguyen (grade 1) – father reached at ${phone('(972) 481-3906', 'US')}
Police report #25-031877.

Please turn this into the district's standard incident form language.`),

  rec('kiosk_ticket_de_ch', f`Ticket #ZRH-4471 – Kiosk 03 Terminal E
De Kund het gseit, d'Rückerstattig uf sini Charte sig abglehnt worde. Us em Kiosk-Log:

${amb('source_code.snippet', f`2025-03-11 14:22:07 INFO  kiosk=ZRH-E-03 host=${amb('pii.ip_address', '10.210.4.33')} form=KTF-CH-25-0048193 passport=${v('pii.passport', 'X48291736')} nat=GBR
2025-03-11 14:22:09 INFO  refund method=CARD pan=${v('financial.payment_card', VISA_CH)} amount=CHF 61.40
2025-03-11 14:22:11 ERROR acquirer response=05 (do not honour) gw=${amb('pii.ip_address', '194.124.88.12')}:443`)}

Wieso isch die volli Chartennummer im Log?? Und was heisst Code 05?`),

  rec('hl7_nl', f`Onze bereidingssoftware weigert dit HL7-bericht. Zie jij wat er mis is?

${amb('source_code.snippet', f`MSH|^~\\&|EPD|HELIXUH|ZYTO|APOTHEEK|20250314081522||RDE^O11|MSG04471|P|2.5
PID|1||7402918^^^HELIXUH^PI~${v('pii.nl_bsn', bsn('31729480'))}^^^NLMINBIZA^NNNLD||Visser^Anke^^^^^L||${v('pii.date_of_birth', '19640722')}|F|||Kerkstraat 14^^Utrecht^^3512 KD^NL||${phone('+31 6 48273916')}
ORC|NW|ORD-88213|||||^^^20250314^^R
RXE|^^^20250314|DOCETAXEL^docetaxel|142||mg|||||||||||||||||||||||75^mg/m2`)}

De BSA staat er niet in, is dat verplicht?`),

  rec('sql_dump_pt_pt', f`Preciso de converter isto para CSV para a auditoria dos levantamentos de fevereiro:

${amb('source_code.snippet', f`INSERT INTO levantamentos (id, cliente, email, iban, valor_eur, estado) VALUES
(20931, 'Ana Sofia Mendes', '${v('pii.email', 'anasofia.mendes@sapo.pt')}', '${v('financial.iban', IBAN_PT)}', 12500.00, 'APROVADO'),
(20944, 'Tiago Lopes', '${v('pii.email', 'tiago.lopes@gmail.com')}', '${v('financial.iban', IBAN_PT2)}', 48000.00, 'EM_REVISAO'),
(20951, 'Inês Costa', '${v('pii.email', 'ines.costa.1990@outlook.pt')}', NULL, 300.00, 'REJEITADO');`)}`),

  rec('meeting_notes_fi_en', f`Viikkopalaveri – asema-operaatiot 9.4.

- Uusi S-band syöte asennetaan vk 17, vendor access: käyttäjä \`vendor_ant\`, salasana ${v('credential.password_in_prose', 'Revontuli!Syote17')} (vaihdetaan asennuksen jälkeen)
- Datadog app key for the dashboard export: ${v('credential.datadog_app_key', DD_APP)}
- Päivystys: Antti Korhonen ${phone('+358 50 482 7391')}, varalla ${v('pii.email', 'm.laine@borealgroundlink.net')}
- TLE-päivitys Space-Trackista klo 05 ja 17 UTC

Tee tästä toimenpidelista vastuuhenkilöineen, englanniksi.`),

  rec('slack_export_es', f`Nos pasaron este hilo de Slack del equipo de taquilla, ¿me ayudas a ver qué hay que rotar?

${amb('source_code.snippet', f`[10:14] lucia.m: para el informe de ventas usad la clave restringida ${v('credential.stripe_restricted_key', RK_LIVE)}
[10:15] pablo.r: ok, y los reembolsos de Zaragoza se mandan a ${v('pii.email', 'taquilla.zaragoza@velarium-live.com')}?
[10:16] lucia.m: sí, y si algo falla llamad a Marta al ${phone('+34 622 48 19 37')}`)}`),

  rec('chat_hi_en', f`Bhai ek customer ka refund case dekh lo please. Traveller from Pune, Mr. Arjun Deshpande, passport ${v('pii.passport', 'Z4829173')}, mobile ${phone('+91 98204 73916')}. Refund card pe karna tha – Visa ${v('financial.payment_card', VISA_IN)} – lekin form pe customs stamp missing hai. Usko polite mail likh do ki original form courier kare, English mein.`),

  rec('chat_tl', f`Pakisulat naman ng maayos na email sa English para sa HR: "Yung bagong driver natin sa Dubai route, si Jomar Santos, Emirates ID ${ambCat('pii', '784-1990-4827391-6')}, mobile ${phone('+971 50 482 7391')}, birthday ${v('pii.date_of_birth', 'July 9, 1990')}. Pa-setup na rin ng account niya sa GPS portal, temporary password ${v('credential.password_in_prose', 'SchoolBus@Dxb90')}." Salamat!`, 'Emirates ID: no built-in rule (ambiguous, no rule id)'),

  rec('stacktrace_de', f`${amb('source_code.snippet', f`org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection
	at org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)
	at de.helixuh.zyto.auftrag.AuftragRepository.findOffene(AuftragRepository.java:57)
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "zyto"
	datasource.url=postgresql://zyto:${v('credential.database_url_password', 'Methotrexat_2025!')}@${amb('pii.ip_address', '10.44.8.12')}:5432/zyto
	notify=${v('pii.email', 'apotheke-it@helix-uh.de')}`)}

Warum steht das Passwort im Log und wie stelle ich das ab?`),

  rec('chat_yue', f`唔該幫我寫封英文信畀合規部：客戶陳家俊（香港身份證 ${ambCat('pii', 'K482917(3)')}，電話 ${phone('+852 9482 7391')}，電郵 ${v('pii.email', 'kachun.chan@netvigator.com')}）話佢個提幣申請俾人凍結咗，佢最後登入 IP 係 ${amb('pii.ip_address', '112.118.42.9')}。佢想知幾時可以解凍。`, 'HKID: no built-in rule (ambiguous, no rule id)'),

  rec('email_bg', f`Здравей, Иво,

Ето достъпа за изпълнителя по поддръжката на антената в Пловдив:
VPN шлюз: ${amb('pii.ip_address', '212.39.82.17')}
потребител: vendor_plovdiv
парола: ${v('credential.password_in_prose', 'Trakiya-VPN!731')}
За спешни случаи: ${phone('+359 88 482 7391')}, ${v('pii.email', 'i.georgiev@borealgroundlink.net')}

Поздрави,
Мартина

→ Можеш ли да пренапишеш имейла по-официално и без паролата?`),

  rec('contract_hr', f`Možeš li provjeriti ovaj dio ugovora s artistom prije potpisa?

Izvođač: Ivan Horvat, OIB ${ambCat('pii', '48291736052')}, datum rođenja ${v('pii.date_of_birth', '17. 3. 1991.')}
Honorar: 450 EUR po predstavi, isplata na IBAN ${v('financial.iban', IBAN_HR)}
Kontakt: ${phone('+385 91 482 7391')}
Točka: žongliranje vatrom, 8 minuta`, 'Croatian OIB: no built-in rule (ambiguous, no rule id)'),

  rec('email_sl', f`Pozdravljeni,

za vračilo DDV prosim nakazilo na račun ${v('financial.iban', grp(IBAN_SI))} (imetnik: Maja Novak). Za morebitna vprašanja sem dosegljiva na ${phone('+386 41 482 739')}.

Lep pozdrav,
Maja Novak
${amb('confidential.marking', 'To sporočilo in morebitne priloge so zaupni in namenjeni izključno naslovniku.')}

Can you translate this refund request into English for our Vienna back office?`),

  rec('chat_lt', f`Prašau padėti parašyti laišką tėvams apie naują mokyklinio autobuso maršrutą. Vairuotojas: Andrius Kazlauskas, tel. ${phone('+370 612 48273')}, el. paštas ${v('pii.email', 'andrius.kazlauskas@yellowline.lt')}. Tėvams nereikia jo asmens kodo (${ambCat('pii', '38107151234')}), jis skirtas tik personalo skyriui.`, 'Lithuanian asmens kodas: no built-in rule (ambiguous, no rule id)'),

];
