/**
 * Held-out batch 146: longer texts mixing categories — postmortems, exports, HL7 messages, stack
 * traces, test fixtures and e-mail threads from the six organisations of this batch. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit, nhsCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, b64, fill, gh, tok } from '../tokens';

const iban = (cc: string, bban: string, spaced = false): string => {
  const s = cc + ibanCheckDigits(cc, bban) + bban;
  return spaced ? s.replace(/(.{4})/g, '$1 ').trim() : s;
};
const nhs = (p9: string): string => p9 + String(nhsCheckDigit(p9));

const SLACK_BOT = tok('xoxb-', '5820394716', '2-', '8012746391027-', fill('b146m-xoxb', B62, 24));
const GHP = gh('ghp', 'Qm4Zt8Lx2Wc6Nb1Rv9Hk3Jd7Fp5Sy0');
const SG = tok('SG.', fill('b146m-sg1', B64URL, 22), '.', fill('b146m-sg2', B64URL, 43));
const WA_TOKEN = tok('EAA', 'Gm0PX4', fill('b146m-wa', B62, 160));
const K8S_PW = b64('Entrepot!Tilbury-2024');
const K8S_GH = b64(GHP);
const SENTRY_KEY = fill('b146m-sentry', HEX, 32);
const NHS_MIXED = nhs('601482937');
const MC_IT = ((p: string) => { const d = p + String(luhnCheckDigit(p)); return d.replace(/(.{4})/g, '$1 ').trim(); })('535582014829173');

export const BATCH146_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Post-incident review — loss of dive telemetry, DSV Northern Tern, 29 Sep

**Impact:** topside lost live depth/gas telemetry for bell and 2 divers for 6 min. Dive supervisor recovered divers to the bell on backup comms. No injuries.

**Timeline (UTC)**
- 14:02 telemetry server ${amb('pii.ip_address', '10.12.4.31')} stops publishing; dive control screens freeze
- 14:04 supervisor calls ROV/IT tech on ${phone('+47 918 42 637')}
- 14:05 tech finds the server rebooted after an auto-update; the service account password had been typed into the unit file (\`Environment=TELEM_DB_PASS=${v('credential.password_assignment', 'Fulmar#Bell-7731')}\`) and the DB had rotated it
- 14:08 telemetry restored
- 14:30 incident reported to ${v('pii.email', 'hse.offshore@northsea-diving.no')}

**Actions:** disable auto-updates on dive-control machines; move DB credentials out of unit files.

Please rewrite this as a one-paragraph summary for the client, leaving out internal details.`),

  rec('csv', f`Which of these creators are missing a tax form? Flag rows where tax_form is empty.

${amb('source_code.snippet', f`creator_id,channel,email,country,iban,tax_form
c_10482,Cocina con Lupe,${v('pii.email', 'lupe.cocina.mx@gmail.com')},ES,${v('financial.iban', iban('ES', '01822370410201547382'))},W-8BEN
c_10517,Gaming mit Tobi,${v('pii.email', 'tobi.zockt@gmx.de')},DE,${v('financial.iban', iban('DE', '500105174829173602'))},
c_10533,Viagens da Bia,${v('pii.email', 'bia.viaja@sapo.pt')},PT,${v('financial.iban', iban('PT', '003300004829173650105'))},W-8BEN
c_10561,Fix It Fergus,${v('pii.email', 'fergus.fixes@outlook.ie')},IE,${v('financial.iban', iban('IE', 'AIBK93115248291736'))},`)}`),

  rec('json', f`Ce profil de fidélité fait planter l'export vers le CRM. Tu vois pourquoi ?

${amb('source_code.snippet', f`{
  "carte": "FID-0048-2917-36",
  "titulaire": { "nom": "Moreau", "prenom": "Sylvie", "date_naissance": "${v('pii.date_of_birth', '1957-04-19')}" },
  "contact": { "email": "${v('pii.email', 'sylvie.moreau57@orange.fr')}", "mobile": "${phone('+33 6 48 29 17 53')}" },
  "points": "1 240",
  "derniere_visite": "2024-10-02",
  "moyen_paiement": "CB **** 4417"
}`)}

Le champ "points" est une chaîne avec une espace, c'est ça ?`),

  rec('email', f`Subject: ${v('confidential.marking', 'CONFIDENTIAL')} – on-call handover, renal transplant coordination, w/e 19–20 Oct

Hi Sam,

Active offer pending: recipient Mrs Gloria Pennington, NHS ${v('pii.uk_nhs_number', NHS_MIXED)}, DOB ${v('pii.date_of_birth', '30/06/1961')}. Tissue typing lab expects crossmatch result by 02:00. If positive, call the regional coordinator on ${phone('+44 20 7183 4926')} to release the kidney.
Patient contact: ${phone('07943 281 657', 'GB')} (husband answers at night).

Ruth

Could you turn this into a bullet checklist for the night?`),

  rec('incident', f`Antrepo EDI hatası — özet çıkarır mısın? Müdüre gidecek.

- 03:10 gümrük beyannamesi gönderimi durdu, kuyrukta 48 beyanname
- 03:25 nöbetçi (${phone('+90 532 418 27 93')}) sunucuya bağlandı: ${amb('pii.ip_address', '172.20.14.8')}
- Hata logu:
${amb('source_code.snippet', f`Caused by: java.sql.SQLException: Login failed. URL=jdbc:sqlserver://${amb('pii.ip_address', '172.20.14.9')}:1433;databaseName=antrepo;user=edi_svc;password=${v('credential.connection_string_password', 'Gumruk!Mersin#58')}`)}
- 04:00 şifre yenilendi, ${v('pii.email', 'it-destek@mersin-antrepo.com.tr')} adresine bildirim gitti`),

  rec('sql_dump', f`${amb('source_code.snippet', f`INSERT INTO abonentes (id, nombre, email, telefono, iban_domiciliacion, contador) VALUES
(20481, 'Marta Ferrer Soler', '${v('pii.email', 'marta.ferrer@telefonica.net')}', '${phone('+34 934 829 173')}', '${v('financial.iban', iban('ES', '21000418450200048291'))}', 'C-17-0048291'),
(20482, 'Jordi Puig i Vila', '${v('pii.email', 'jpuigvila@gmail.com')}', '${phone('+34 622 48 19 37')}', NULL, 'C-17-0048292');`)}

Al importar en PostgreSQL dice que la columna "contador" no existe. ¿Cómo lo adapto?`),

  rec('trace', f`Creator payouts worker crashed last night. Trace:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/payouts/worker.py", line 212, in run_batch
    psp.transfer(creator.iban, amount, ref)
  File "/app/payouts/psp.py", line 88, in transfer
    raise PSPError(resp.json())
payouts.psp.PSPError: {'error': 'beneficiary_rejected', 'creator': '${v('pii.email', 'kwame.mensah.vlogs@gmail.com')}', 'iban': '${v('financial.iban', iban('GB', 'MONZ04003348291736'))}', 'client_ip': '${amb('pii.ip_address', '41.66.201.18')}'}`)}

What does beneficiary_rejected usually mean with this PSP?`),

  rec('code_python', f`Testy onboardingu nurków padają po zmianie formatu daty. Fixture:

${v('source_code.snippet', f`@pytest.fixture
def nurek():
    return Nurek(
        imie="Paweł",
        nazwisko="Kaczmarek",
        data_urodzenia="${v('pii.date_of_birth', '1989-05-23')}",
        telefon="${phone('+48 601 482 937')}",
        email="${v('pii.email', 'p.kaczmarek@nurkowanie-baltyk.pl')}",
        badanie_lekarskie_do=date(2025, 3, 31),
    )

def test_wiek(nurek):
    assert nurek.wiek(na_dzien=date(2024, 10, 1)) == 35`)}`),

  rec('meeting_es_ar', f`Armame las tareas con responsables a partir de estas notas, porfa:

Reunión lectura de medidores — 8/10
- Nueva app de lectura: prueba piloto en Barrio Norte con 4 lectores. Usuario de prueba: lector_piloto, contraseña ${v('credential.password_in_prose', 'Medidor#Tucuman24')} (Mariano la cambia el lunes).
- Reclamos por facturación estimada: 312 en septiembre. Gabriela arma el informe.
- Cuadrilla de reemplazo de medidores: contacto del capataz ${phone('+54 9 11 4829-1736')}.`),

  rec('email_it', f`Puoi rispondere a questa cliente in modo gentile? Ha scritto alla farmacia online:

Da: Giulia Romano <${v('pii.email', 'giulia.romano.74@libero.it')}>
Oggetto: Ordine 88123 non arrivato

Buongiorno, ho pagato con la carta ${v('financial.payment_card', MC_IT)} il 28/09 ma l'ordine non è ancora arrivato. Potete richiamarmi al ${phone('+39 348 291 7364')}?
Grazie`),

  rec('hl7', f`The HL7 ADT feed from the transplant lab is rejected by our system with "invalid PID-7". Message:

${amb('source_code.snippet', f`MSH|^~\\&|HLA_LAB|RENAL_TX|EPR|HOSP|20241015083207||ADT^A08|MSG004829|P|2.4
PID|1||${v('pii.uk_nhs_number', NHS_MIXED)}^^^NHS^NH||PENNINGTON^GLORIA||${v('pii.date_of_birth', '19610630')}|F|||14 Wyvern Close^^Reading^^RG4 7QT||${phone('07943281657', 'GB')}
OBX|1|ST|HLA-A||A*02:01,A*24:02||||||F`)}`),

  rec('slack_export', f`Our T&S Slack bot crashed on this event. Event + config below:

${amb('source_code.snippet', f`{
  "type": "message",
  "user": "U07TNS4821",
  "text": "uploader of v_9Xk2 again — same person as ${v('pii.email', 'darkmirror.clips@proton.me')}, logged in from ${amb('pii.ip_address', '95.217.48.29')}. escalating.",
  "ts": "1728394021.004812"
}`)}

${amb('source_code.snippet', f`bot:
  token: ${v('credential.slack_bot_token', SLACK_BOT)}
  escalation_channel: C07ESC0042`)}`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: bonded-inventory
  namespace: warehouse
type: Opaque
data:
  DB_PASSWORD: ${v('credential.base64_encoded_token', K8S_PW)}
  GITHUB_TOKEN: ${v('credential.base64_encoded_token', K8S_GH)}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: bonded-inventory-alerts
data:
  ALERT_TO: "${v('pii.email', 'customs.team@tilbury-bonded.co.uk')}"
  SENTRY_DSN: "${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4506281.ingest.sentry.io/4506281937`)}"`)}

Pods still read the old DB password after I changed the secret. Do I need to restart them?`),

  rec('ticket_sv', f`Kan du sammanfatta ärendet och föreslå ett svar?

Ärende #48291 — Vattenmätare, fel avläsning
Kund: Lars Nyström, personnummer ${ambCat('pii', '570412-4829')}
E-post: ${v('pii.email', 'lars.nystrom@telia.com')}
Telefon: ${phone('+46 70 482 91 73')}
Autogiro till konto ${v('financial.iban', iban('SE', '50000000058398257466', true))}
Kunden säger att mätaren visar 1 482 m³ men fakturan bygger på 1 842 m³.`, 'Swedish personnummer: personal, no built-in rule'),

  rec('email_pt', f`Assunto: ${v('confidential.marking', 'CONFIDENCIAL')} — pagamento à equipa de mergulho (Sines)

Olá Rita,
Segue o IBAN do subcontratado para a inspeção dos pilares do terminal: ${v('financial.iban', iban('PT', '001800034829173602015', true))}. O responsável é o Eng. Nuno Pires, ${phone('+351 912 483 719')}, ${v('pii.email', 'nuno.pires@mergulho-atlantico.pt')}.
${amb('confidential.marking', 'Por favor não reencaminhar.')}

→ reescreve isto de forma mais formal`),

  rec('config_hi_en', f`Pharmacy ka WhatsApp refill-reminder bot deploy karna hai. Config sahi hai?

${amb('source_code.snippet', f`whatsapp:
  phone_number_id: "109482917365021"
  access_token: "${v('credential.facebook_access_token', WA_TOKEN)}"
  support_number: "${phone('+91 94440 18375')}"
mail:
  sendgrid_key: "${v('credential.sendgrid_api_key', SG)}"
  reply_to: "${v('pii.email', 'refill@sanjeevani-pharmacy.in')}"`)}

Template approve ho gaya hai, bas messages deliver nahi ho rahe.`),
];
