/**
 * Held-out batch 93: records mixing categories — stack traces with customer data, incident notes
 * with keys and phone numbers, exports with e-mails and IBANs, confidential mails with PII.
 */
import { ibanCheckDigits } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, jwt, tok } from '../tokens';

const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const code = (b: ReturnType<typeof f>) => v('source_code.snippet', b);
const cfg = (b: ReturnType<typeof f>) => amb('source_code.snippet', b);

const JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'store-agent-0417', store: 'ACC-OSU-02', scope: 'simreg:write', iat: 1764141000, exp: 1764184200 }, 'b93-mix-jwt');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T02', fill('b93-mx-sh1', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 8), '/B06', fill('b93-mx-sh2', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 8), '/', fill('b93-mx-sh3', B62, 24));
const AKIA = tok('AKIA', fill('b93-mx-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AKIA_SECRET = fill('b93-mx-akias', B64, 40);
const DD = fill('b93-mx-dd', HEX, 32);
const RO = iban('RO', 'INGB0000999904827193');
const MD = iban('MD', 'AG000225100013104168');
const BA = iban('BA', '1290079401028494');
const LT = iban('LT', '7300010172839465');
const LV = iban('LV', 'HABA0551028374619');
const EE = iban('EE', '2200221019283746');

export const BATCH93_MIXED: DraftRecord[] = [
  rec('stacktrace', f`The SIM registration API crashed for one customer, here's the trace from the Accra store. What's wrong?

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/simreg/views.py", line 212, in register
    verify_identity(payload)
  File "/app/simreg/kyc.py", line 88, in verify_identity
    raise KycError(f"DOB mismatch for {p['msisdn']}: {p['dob']} vs {rec['dob']}")
simreg.kyc.KycError: DOB mismatch for ${phone('+233 24 482 1937')}: ${v('pii.date_of_birth', '1991-04-17')} vs ${v('pii.date_of_birth', '1991-07-14')}
request_id=9f3c1a2e agent_token=${v('credential.jwt', JWT)} client_ip=${amb('pii.ip_address', '154.160.22.87')}`)}`),

  rec('incident', f`Hendelsesrapport – utlånsautomater, Bergen bibliotek
Tid: 26.11 kl 14:10–15:45
Årsak: feil i integrasjonen etter nøkkelrotasjon. Den gamle nøkkelen lå i klartekst i config:

${cfg(f`[aws]
access_key_id = ${v('credential.aws_access_key_id', AKIA)}
secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
[alerts]
slack_webhook = ${v('credential.slack_webhook_url', SLACK_HOOK)}`)}

Kontaktperson: Kari Nordmann, ${v('pii.email', 'kari.nordmann@bergen-bibliotek.no')}, ${phone('+47 924 81 937')}
Skriv en kort lærdomsoppsummering.`),

  rec('csv', f`Plăți șoferi – Chișinău / Iași / Sarajevo, export din sistem. Poți verifica formatul înainte să îl trimit la bancă?

driver_id,nume,email,iban,suma_eur
D-7781,Ion Rusu,${v('pii.email', 'ion.rusu@mail.md')},${v('financial.iban', MD)},212.40
D-7790,Elena Munteanu,${v('pii.email', 'elena.munteanu@yahoo.ro')},${v('financial.iban', RO)},340.10
D-7802,Emir Hadžić,${v('pii.email', 'emir.hadzic@gmail.com')},${v('financial.iban', BA)},198.00`),

  rec('email', f`Subject: ${v('confidential.marking', 'CONFIDENTIAL')} – safeguarding concern, Ward 4B

Dear Safeguarding Lead,

I'm raising a concern about a patient on the oncology ward, Leo P. (DOB ${v('pii.date_of_birth', '02/02/2016')}, NHS ${v('pii.uk_nhs_number', '943 476 5870')}). His father has repeatedly turned up intoxicated during visiting hours. Mum's mobile is ${phone('07823 482 913', 'GB')} and she asked us to contact her only by text.

Could you advise on the next steps?

Ward Sister, 4B`),

  rec('chat', f`Salut, je prépare le virement pour un conducteur de Dakar et son accès au portail. Voici ce qu'il m'a envoyé sur WhatsApp :
- téléphone : ${phone('+221 77 482 19 37')}
- e-mail : ${v('pii.email', 'moussa.diop.dkr@gmail.com')}
- mot de passe du portail qu'il a oublié de changer : ${v('credential.password_in_prose', 'Teranga*2025')}
Tu peux me rédiger une réponse en wolof-français pour lui dire de changer son mot de passe ?`),

  rec('log', f`Papiamento/English log from the Curaçao store kiosk, can you tell me why the activation fails?

2025-11-28 10:02:11 INFO  kiosk=CUR-WIL-01 msisdn=${phone('+599 9 682 4713')} action=activate
2025-11-28 10:02:12 DEBUG headers={"Authorization":"Bearer ${v('credential.bearer_token', fill('b93-mx-bearer', B62, 40))}","X-Store":"CUR-WIL-01"}
2025-11-28 10:02:12 ERROR upstream 502 from provisioning host ${amb('pii.ip_address', '10.44.3.12')}
Mi no ta komprondé kiko ta pasa.`),

  rec('table', f`Baltic export customers – outstanding balances (please draft payment reminders in each language)

| customer | contact | email | IBAN | due |
|---|---|---|---|---|
| UAB Medžio namai | Rūta Petrauskienė | ${v('pii.email', 'ruta@medzionamai.lt')} | ${v('financial.iban', LT)} | 4 200 € |
| SIA Koka Māja | Jānis Bērziņš | ${v('pii.email', 'janis.berzins@kokamaja.lv')} | ${v('financial.iban', LV)} | 2 950 € |
| OÜ Puitmööbel | Mari Tamm | ${v('pii.email', 'mari.tamm@puitmoobel.ee')} | ${v('financial.iban', EE)} | 1 780 € |`),

  rec('config', f`Config der Monitoring-Anbindung in der Kinderklinik (Station Onkologie), der Agent startet nicht:

${cfg(f`# /etc/datadog-agent/datadog.yaml
api_key: ${v('credential.datadog_api_key', DD)}
site: datadoghq.eu
hostname: onko-ward-gw01
tags:
  - env:prod
  - team:klinik-it
  - owner:${v('pii.email', 'markus.weber@kinderklinik-sued.de')}`)}

Fehler: "API Key invalid, dropping transaction". Der Key stammt von Markus.`),

  rec('ticket', f`Ticket SAF-30215 — Driver safety, Kampala
Rider report: driver took a detour and demanded extra cash.
Rider: Nakato Sarah, ${phone('+256 772 481 936')}, ${v('pii.email', 'sarahnakato@gmail.com')}
Driver: Ssemwogerere Joseph, ${phone('0701 482 937', 'UG')}, plate UBK 482Q
Status: driver suspended pending review.

Mwattu, nsaba onnyambe okuwandiika obubaka eri omusaabaze mu Luganda ne Lungereza.`),

  rec('code_python', f`Script that reconciles LP capital calls, it has a test LP hard-coded. Why is the total off by one LP?

\`\`\`python
${code(f`LPS = [
    {"name": "Aberg Invest AB", "email": "${v('pii.email', 'henrik.aberg@aberginvest.se')}", "commitment": 5_000_000},
    {"name": "Al-Hashimi FO", "email": "${v('pii.email', 'f.alhashimi@alhashimi-fo.ae')}", "commitment": 10_000_000},
    {"name": "Okafor Family Trust", "email": "${v('pii.email', 'trustees@okafortrust.ng')}", "commitment": 2_500_000},
]

def call_amounts(pct: float):
    return {lp["name"]: round(lp["commitment"] * pct, 2) for lp in LPS[1:]}

print(sum(call_amounts(0.0825).values()))`)}
\`\`\``),

  rec('email', f`Asunto: ${v('confidential.marking', 'Confidencial')} – reclamo de cliente y datos para reembolso

Hola equipo,

La clienta Rosa Mamani (Cochabamba) reclama un doble cobro en su plan postpago. Teléfono ${phone('+591 712 48193')}, correo ${v('pii.email', 'rosa.mamani.cbba@gmail.com')}. Pide el reembolso a su cuenta en España (vive en Madrid ahora): ${v('financial.iban', iban('ES', '01824872910201938475'))}.

¿Me ayudan a responderle en un español sencillo?`),

  rec('notes', f`Meeting notes — library consortium IT, 27 Nov
- Migrated discovery layer, SSO still broken for two branches
- Shared admin account for the e-book platform: user ${v('pii.email', 'ebooks-admin@consorcio-bibliotecas.es')}, password ${v('credential.password_in_prose', 'Lectura-Abierta-88')} (Pablo to rotate after migration)
- VPN appliance at ${amb('pii.ip_address', '185.73.214.9')} needs firmware upgrade
Action: draft mail to vendor about SSO.`),

  rec('chat', f`Здравствуйте, в Ташкенте водитель не может войти. Мы ему сбросили пароль, временный пароль ${v('credential.password_in_prose', 'Samarqand_2025!')}, телефон ${phone('+998 90 482 19 37')}. Напишите ему сообщение на узбекском, чтобы сменил пароль после входа.`),

  rec('shell', f`ክቡራን፣ በአዲስ አበባ የሲም ምዝገባ ሰርቨር ላይ ይህን ሞከርኩ፣ ግን አልሰራም:

${amb('source_code.snippet', f`$ psql "postgresql://simreg:${v('credential.database_url_password', 'Entoto#Sim2025')}@${amb('pii.ip_address', '10.12.0.5')}:5432/registrations" -c "select count(*) from subscribers where region='Addis Ababa'"
psql: error: connection to server at "${amb('pii.ip_address', '10.12.0.5')}", port 5432 failed: FATAL:  no pg_hba.conf entry`)}

ምን ላድርግ?`),

  rec('email', f`Subject: Driver document check – Glasgow
From: ${v('pii.email', 'onboarding-uk@kanzu-ride.com')}

Hi Callum,

Your PHV licence upload was unreadable. Please re-send, and confirm your date of birth (${v('pii.date_of_birth', '19/10/1989')}) and NI number (${v('pii.uk_nino', 'NH 29 48 17 B')}) match your licence. You can call us on ${phone('0141 332 4817', 'GB')}.

Cheers,
Driver Onboarding`),
];
