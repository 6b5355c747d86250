/**
 * Held-out batch 97: records mixing categories — stack traces with personal data, incident notes
 * with keys, exports with e-mails and IBANs, fixtures in code. Hand-written.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, gh, tok } from '../tokens';

const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const card = (p: string): string => p + String(luhnCheckDigit(p));
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const SK = tok('sk_', 'live_', '51', fill('b97-mix-sk', B62, 97));
const GHP = gh('ghp', fill('b97-mix-ghp', B62, 30));
const SG = tok('SG.', fill('b97-mix-sg1', B62, 22), '.', fill('b97-mix-sg2', B62, 43));
const AKIA = tok('AKIA', fill('b97-mix-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AWS_S = fill('b97-mix-awss', B64, 40);
const DD = fill('b97-mix-dd', HEX, 32);

export const BATCH97_MIXED: DraftRecord[] = [
  rec('stacktrace_en_us', f`Player support tool crashes when opening this ticket. Trace:

${cfg(f`Traceback (most recent call last):
  File "/srv/support/app/views.py", line 212, in ticket_detail
    refund = stripe.Refund.create(charge=t.charge_id, api_key="${v('credential.stripe_secret_key', SK)}")
  File "/srv/support/venv/lib/python3.12/site-packages/stripe/_api_requestor.py", line 418, in request
    raise error.InvalidRequestError(msg, param)
stripe._error.InvalidRequestError: Charge ch_3QxK2 has already been refunded.
  player_email=${v('pii.email', 'tyler.brooks.gg@outlook.com')} remote_addr=${amb('pii.ip_address', '73.162.48.219')}`)}

Why does it even try to refund twice?`),

  rec('incident_no_en', f`Hendelsesrapport 2026-11-03 (hjemmetjenesten)
En vikar limte inn dette i en offentlig Teams-kanal:

${cfg(f`SMTP_USER=${v('pii.email', 'varsling@hjemmepleie-nord.no')}
SENDGRID_KEY=${v('credential.sendgrid_api_key', SG)}`)}

Samme melding inneholdt pasientliste: Kari Nordmann (f. ${v('pii.date_of_birth', '11.03.1940')}, tlf ${phone('+47 957 18 243')}) og Arne Solberg (f. ${v('pii.date_of_birth', '29.09.1936')}).
Skriv et avvik etter malen vår (sendes til ${v('pii.email', 'avvik@hjemmepleie-nord.no')}) og foreslå tiltak.`),

  rec('fixture_py_is', f`Prófið okkar fyrir uppgjörsreikninginn fellur. Fixture:

\`\`\`python
${code(f`import pytest

@pytest.fixture
def seljandi():
    return {
        "nafn": "Sigurður Ólafsson",
        "netfang": "${v('pii.email', 'siggi.olafs@internet.is')}",
        "simi": "${phone('+354 695 4821')}",
        "reikningur": "${v('financial.iban', iban('IS', '0301260048173905121189'))}",
    }

def test_uppgjor(seljandi):
    assert reikna_uppgjor(seljandi, kg=1200, verd=480) == 576000`)}
\`\`\``),

  rec('export_csv_fr_sn', f`Voici l'export des paiements aux infirmières vacataires (Dakar / Thiès). Peux-tu vérifier les totaux ?

${cfg(f`nom;email;téléphone;iban;montant_fcfa
Awa Ndiaye;${v('pii.email', 'awa.ndiaye@orange.sn')};${phone('+221 77 418 29 36')};${v('financial.iban', iban('FR', '20041010050500013M02606'))};185000
Fatou Sarr;${v('pii.email', 'fatousarr.inf@gmail.com')};${phone('+221 76 529 04 17')};${v('financial.iban', iban('BE', '539007547034'))};162500`)}`),

  rec('docker_compose_en_ie', f`Docker compose for the fish auction's price board. Grand on my laptop, falls over on the server:

${cfg(f`services:
  board:
    image: ghcr.io/killybegs-auction/priceboard:2.4
    environment:
      GITHUB_TOKEN: ${v('credential.github_pat', GHP)}
      AWS_ACCESS_KEY_ID: ${v('credential.aws_access_key_id', AKIA)}
      AWS_SECRET_ACCESS_KEY: ${v('credential.aws_secret_access_key', AWS_S)}
      ADMIN_CONTACT: ${v('pii.email', 'seamus.mcginley@killybegs-auction-demo.ie')}
    ports:
      - "8080:8080"`)}`),

  rec('mail_es_cl', f`Asunto: Reclamo pasajero — multa por evasión

Estimados, el pasajero Cristóbal Fuentes Araya (RUT 15.482.937-4, fono ${phone('+56 9 8241 7395')}, ${v('pii.email', 'cfuentes.araya@gmail.com')}) dice que pagó la multa con la tarjeta ${v('financial.payment_card', card('451766283049175'))} y sigue apareciendo como deudor. Adjunta comprobante.

${amb('confidential.marking', 'Este correo y sus adjuntos son confidenciales y para uso exclusivo del destinatario.')}`),

  rec('notes_en_gh', f`Meeting notes, live-ops weekly (Accra studio)
- Datadog key ${v('credential.datadog_api_key', DD)} was found in the public wiki page "Monitoring 101" — Ama to rotate today.
- Refund escalation: player Kofi Mensah (${phone('+233 20 814 7392')}) charged 3× for the battle pass.
- Next event: Harmattan Cup, Dec 12.
Please turn into action items with owners.`),

  rec('log_de_ch', f`Log aus dem Spitex-Tourenplaner, kannst du den Fehler erklären?

${cfg(f`2026-11-05 07:42:13 ERROR TourService - Geocoding fehlgeschlagen für Klient 1184 (Ruth Bachmann, geb. ${v('pii.date_of_birth', '02.05.1933')}), Adresse "Seestrasse 41, 8703 Erlenbach"
2026-11-05 07:42:13 WARN  Notify - SMS an ${phone('+41 79 482 17 36')} nicht zugestellt
2026-11-05 07:42:14 INFO  Request from ${amb('pii.ip_address', '10.12.4.77')} user=${v('pii.email', 'dispo@spitex-zuerisee-demo.ch')}`)}`),

  rec('ts_fixture_pl', f`Test jednostkowy dla modułu KYC w biurze maklerskim się sypie, dlaczego?

\`\`\`ts
${code(f`const klient = {
  imie: 'Agnieszka',
  nazwisko: 'Lewandowska',
  email: '${v('pii.email', 'a.lewandowska@wp.pl')}',
  telefon: '${phone('+48 501 284 739')}',
  rachunek: '${v('financial.iban', iban('PL', '611090101400000712198128'))}',
  dataUrodzenia: '${v('pii.date_of_birth', '1985-04-17')}',
};

it('waliduje klienta', () => {
  expect(walidujKyc(klient)).toEqual({ ok: true, bledy: [] });
});`)}
\`\`\``),

  rec('ticket_el', f`Αίτημα #7741 — Απολεσθέν αντικείμενο
Επιβάτης: Δημήτρης Παπαδόπουλος, τηλ. ${phone('+30 694 812 3570')}, email ${v('pii.email', 'd.papadopoulos@yahoo.gr')}
Αντικείμενο: σακίδιο με laptop, γραμμή μετρό 3, 02/11
Ο επιβάτης ρωτά αν μπορεί να πληρώσει τα έξοδα αποστολής με κάρτα ${v('financial.payment_card', card('516732890415263'))}.

Γράψε μια ευγενική απάντηση.`),

  rec('sql_dump_hu', f`Ez az SQL dump része a karbantartási rendszerből, miért nem tölthető be?

${cfg(f`INSERT INTO technikusok (id, nev, email, telefon) VALUES
 (12, 'Szabó Péter', '${v('pii.email', 'szabo.peter@dunaferr-demo.hu')}', '${phone('+36 20 418 3927')}'),
 (13, 'Tóth Anna', '${v('pii.email', 'toth.anna@dunaferr-demo.hu')}', '${phone('+36 70 281 4936')}');
INSERT INTO szolgaltatasok (nev, jelszo) VALUES ('scada_olvaso', '${v('credential.password_assignment', 'Kohó#2026!olv')}');`)}`),

  rec('chat_ro_mix', f`Salut, colegul mi-a trimis pe WhatsApp parola de la portalul brokerului: ${v('credential.password_in_prose', 'Bursa_Iasi!88')}, și contul clientului ${v('financial.iban', iban('RO', 'RNCB0082004785210001'))}. E OK să le păstrez în notițele telefonului?`),

  rec('support_mail_en_nf', f`Subject: Lost wallet on Route 10 — Metrobus St. John's

Hi there, I lost my wallet on the 10 bus Tuesday evening. Inside was my driver's licence and my MCP card. My name's Colleen Walsh, born ${v('pii.date_of_birth', 'October 2, 1979')}, you can reach me at ${phone('709-682-4157', 'CA')} or ${v('pii.email', 'colleen.walsh79@nl.rogers.com')}. Thanks b'y.

— could you write a reply telling her we found it?`),

  rec('k8s_secret_tr', f`Kubernetes secret'ını decode edince bunu görüyorum, normal mi?

${cfg(f`apiVersion: v1
kind: Secret
metadata:
  name: oyun-odeme
data:
  STRIPE_KEY: ${v('credential.base64_encoded_token', Buffer.from(tok('sk_', 'live_', '51', fill('b97-mix-sk2', B62, 97))).toString('base64'))}
stringData:
  DESTEK_EPOSTA: ${v('pii.email', 'destek@oyunstudyo-demo.com.tr')}`)}`),

  rec('notes_bn', f`আজকের মিটিং নোট গুছিয়ে দাও: ক্লায়েন্ট রহিম উদ্দিনের (জন্ম ${v('pii.date_of_birth', '১২ মার্চ ১৯৮০')}) ব্রোকারেজ অ্যাকাউন্টে সন্দেহজনক লেনদেন, ফোন ${phone('+880 1712-483961')}। কমপ্লায়েন্স টিম ইমেইল করবে ${v('pii.email', 'compliance@brokerage-demo.com.bd')} থেকে।`),
];
