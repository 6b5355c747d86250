/**
 * Held-out batch 92: mixed records — IR timelines with keys and victims, stack traces, tenant
 * exports with IBANs and e-mails, subscriber CSVs, test fixtures. Hand-written, many languages.
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, gh, tok } from '../tokens';

const iban = (cc: string, bban: string): string => cc + ibanCheckDigits(cc, bban) + bban;
const card = (p: string): string => p + String(luhnCheckDigit(p));
const SG = tok('SG.', fill('b92m-sg1', B62 + '-_', 22), '.', fill('b92m-sg2', B62 + '-_', 43));
const GHP = gh('ghp', fill('b92m-ghp', B62, 30));
const AKIA = tok('AKIA', fill('b92m-akia', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
const AKIA_S = fill('b92m-akias', B64, 40);
const PW = `Zomer${fill('b92m-pw', B62, 8)}!`;
const STRIPE = tok('sk_', 'live_', '51', fill('b92m-stripe', B62, 97));

export const BATCH92_MIXED: DraftRecord[] = [
  rec('ir_timeline_en_us', f`Turn this into a client-facing timeline (IR-2024-0917, Harbourline):

09-14 02:11 UTC  VPN login as ${v('pii.email', 'k.brennan@harbourline.com')} from ${amb('pii.ip_address', '185.220.101.47')}
09-14 02:19      Mailbox rule created forwarding invoices to ${v('pii.email', 'ap.harbourline@protonmail.com')}
09-14 03:02      AWS key ${v('credential.aws_access_key_id', AKIA)} used from same IP (secret was in a OneDrive file: ${v('credential.aws_secret_access_key', AKIA_S)})
09-15 08:40      Tenant Ms. L. Ortega (${phone('(312) 555-2841', 'US')}) reports fake "bank change" letter`),

  rec('stacktrace_de', f`Der Anzeigen-Import stürzt ab, was heißt das?

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/import/anzeigen.py", line 88, in <module>
    sende_bestaetigung(kunde)
  File "/srv/import/mail.py", line 21, in sende_bestaetigung
    sg = SendGridAPIClient("${v('credential.sendgrid_api_key', SG)}")
  File "/usr/lib/python3/site-packages/sendgrid/base.py", line 41, in send
python_http_client.exceptions.BadRequestsError: HTTP Error 400: {"errors":[{"message":"Invalid email: ${v('pii.email', 'renate.kuhlmann@t-online.de')}","field":"personalizations.0.to"}]}`)}`),

  rec('tenant_export_fr', f`Prépare un courrier de relance pour chacun de ces locataires commerciaux :

locataire;contact;email;iban;impayé
Boulangerie Marceau;Claire Marceau;${v('pii.email', 'claire@boulangerie-marceau.fr')};${v('financial.iban', iban('FR', '10278' + '06041' + '0002048273' + '1' + '58'))};2 340,00
Pharmacie du Parc;Dr Ahmed Benali;${v('pii.email', 'a.benali@pharmaparc.fr')};${v('financial.iban', iban('FR', '30066' + '10021' + '0001193847' + '2' + '06'))};5 910,50`),

  rec('subscriber_csv_es', f`Limpia este CSV de suscriptores (quita duplicados y normaliza teléfonos):

nombre,email,telefono,tarjeta_ultimos4
Inés Morales,${v('pii.email', 'ines.morales@gmail.com')},${phone('+34 622 481 937')},4417
Inés Morales,${v('pii.email', 'ines.morales@gmail.com')},${phone('622481937', 'ES')},4417
Jordi Puig,${v('pii.email', 'jpuig@telefonica.net')},${phone('+34 933 48 27 19')},9021`),

  rec('fixture_ts', f`Our test fixture for the booking API — is it OK to keep in the repo?

${v('source_code.snippet', f`export const cliente = {
  nombre: 'Lucía Herrera',
  email: '${v('pii.email', 'lucia.herrera.opt@gmail.com')}',
  telefono: '${phone('+52 55 4127 8836')}',
  fechaNacimiento: '${v('pii.date_of_birth', '1991-07-23')}',
  tarjeta: '${v('financial.payment_card', card('451761820394722'))}',
};`)}`),

  rec('incident_mail_it', f`Oggetto: Escursione termica spedizione FP-24-7781

Buongiorno Dott.ssa Bianchi (${v('pii.email', 'm.bianchi@farmaciacentrale.it')}, ${phone('+39 02 4827 3916')}),
il data logger ha registrato 11,4 °C per 47 minuti. Il lotto va in quarantena. Le credenziali del portale per scaricare il report sono utente farmaciacentrale / password ${v('credential.user_password_pair', PW)}.

Puoi rendere questa mail più formale?`),

  rec('webhook_log_en_za', f`Stripe webhooks for the classifieds shop keep failing, here's the relevant config + log:

STRIPE_KEY=${v('credential.stripe_secret_key', STRIPE)}
[2024-09-18 11:02:17] POST /webhooks/stripe 400 customer=${v('pii.email', 'nomsa.dlamini@gmail.com')} card=${v('financial.payment_card', card('535417820394115'))}`),

  rec('ci_leak_uk', f`Наш CI вивів це в лог публічного репозиторію ліги. Що робити в першу чергу?

Run git push https://x-access-token:${v('credential.github_pat', GHP)}@github.com/ua-youth-league/rozklad.git
remote: Permission to ua-youth-league/rozklad.git denied to ${v('pii.email', 'bohdan.melnyk@liga-molod.ua')}.`),

  rec('hr_note_sv', f`Kan du skriva ett välkomstmejl? Ny optiker i Malmö: Elin Sjöberg, född ${v('pii.date_of_birth', '1994-02-08')}, ${phone('070-482 91 36', 'SE')}, ${v('pii.email', 'elin.sjoberg@gmail.com')}. Lön till ${v('financial.iban', iban('SE', '3000' + '0000012048273916'))}.`),

  rec('json_payload_pt', f`Este payload do checkout das assinaturas dá 422. Está mal formado?

${amb('source_code.snippet', f`{
  "assinante": { "nome": "Rui Carvalho", "email": "${v('pii.email', 'rui.carvalho@netcabo.pt')}", "nif": "248193057" },
  "pagamento": { "metodo": "sepa", "iban": "${v('financial.iban', iban('PT', '0007' + '0000' + '00482917305' + '23'))}" },
  "plano": "digital-anual"
}`)}`),

  rec('ticket_pl', f`Zgłoszenie #4471 (salon optyczny Kraków)
Klientka: Agnieszka Wójcik, ${phone('512 384 927', 'PL')}, ${v('pii.email', 'a.wojcik@onet.pl')}
Płatność kartą ${v('financial.payment_card', card('445512830491637'))} została pobrana dwa razy (389 zł).
Napisz odpowiedź z przeprosinami.`),

  rec('player_export_tr', f`Bu oyuncu listesini lisans başvurusu için Excel formatına çevirir misin?

ad;doğum;veli_tel;veli_eposta
Efe Yılmaz;${v('pii.date_of_birth', '2011-05-19')};${phone('0532 481 93 74', 'TR')};${v('pii.email', 'ayse.yilmaz@hotmail.com')}
Zeynep Kaya;${v('pii.date_of_birth', '2012-01-03')};${phone('+90 533 472 81 96')};${v('pii.email', 'kaya.murat@gmail.com')}`),

  rec('nginx_log_en_gb', f`Is this brute force against the tenant portal? Access log excerpt:
${amb('pii.ip_address', '91.134.22.8')} - - [18/Sep/2024:03:11:02 +0100] "POST /login HTTP/1.1" 401 512 "-" "python-requests/2.31"
${amb('pii.ip_address', '91.134.22.8')} - - [18/Sep/2024:03:11:03 +0100] "POST /login HTTP/1.1" 401 512 "-" "python-requests/2.31"
Targeted account: ${v('pii.email', 'facilities@harbourline.co.uk')}`),

  rec('notes_ar_tn', f`ملاحظات اجتماع مع عميل شركة الأدوية (تونس):
- المسؤول: سامي الطرابلسي ${phone('+216 22 482 731')} / ${v('pii.email', 'sami.trabelsi@pharmadis.tn')}
- حساب التسوية: ${v('financial.iban', iban('TN', '08' + '904' + '0001048273916' + '12'))}
- كلمة مرور بوابة المتابعة المؤقتة: ${v('credential.password_in_prose', 'Carthage#2024tmp')}
رتّب الملاحظات في شكل محضر رسمي.`),

  rec('hex_log_hi', f`कोल्ड-चेन गेटवे का यह लॉग देखें, क्या डिवाइस हैक हुआ है?
device=TRK-0448 fw=2.3.1 sha=${fill('b92m-sha', HEX, 64)}
alert_sms_to=${phone('+91 98104 82731')}
operator=${v('pii.email', 'r.kumar@frigopharm.in')}`),
];
