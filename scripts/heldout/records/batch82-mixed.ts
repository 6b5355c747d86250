/**
 * Held-out batch 82: longer texts mixing categories — postmortems, fraud case notes, test fixtures,
 * stack traces, onboarding forms, Slack exports and e-mail threads from the batch's six
 * workplaces. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const CTV_KEY = fill('b82m-ctv', B62, 36);
const SENDGRID = tok('SG.', fill('b82m-sg1', B64URL, 22), '.', fill('b82m-sg2', B64URL, 43));
const SENTRY_KEY = fill('b82m-sentry', HEX, 32);

export const BATCH82_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Post-incident review: SCADA data gap, Skerrow Bank, 28 Nov

**Impact:** 6 h 40 min without 10-minute SCADA data for WTG A01–C14; no loss of turbine control (local controllers kept running). Availability reporting to the grid operator delayed by a day.

**Timeline (UTC)**
- 01:12 historian stops receiving from the OSS gateway ${amb('pii.ip_address', '10.44.2.18')}
- 01:20 alarm to on-call (${v('pii.email', 'scada-oncall@skerrowwind.com')}), phone bridge ${phone('+44 1224 587 392')}
- 05:30 root cause: the gateway's outbound FTP job used an expired account; config still had \`ftp://scada_push:${v('credential.url_password', 'Puffin-Reef-0921')}@historian.skerrowwind.local/in\`
- 07:52 password reset, backlog replayed

**Actions:** move the FTP credential into the vault; alert 14 days before expiry; replace FTP with SFTP.

Rewrite this for the monthly report to the asset owner, without internal details.`),

  rec('case_notes', f`Please turn my messy notes into a clean fraud case summary:

case KW-FR-5518 / Accra corridor
- sender: Kojo Mensah-Bonsu, ${v('pii.email', 'kojo.mensahbonsu@gmail.com')}, UK mobile ${phone('07458 302 617', 'GB')}
- funded with Visa ${v('financial.payment_card', '4921 0837 5519 2642')} (issuer says card reported stolen 30 Nov!)
- 4 transfers in 2 h to MoMo ${phone('024 381 7296', 'GH')} and ${phone('+233 20 481 7365')}
- login IP ${amb('pii.ip_address', '41.66.207.18')} (Ghana) while the customer says he's in Croydon
- wallet frozen 11:42, customer called at 12:10 very upset`),

  rec('email_gu', f`આ વાલીના ઈમેઈલનો અંગ્રેજીમાં નમ્ર જવાબ લખો:

"નમસ્તે, મારી દીકરી ધ્રુવી પટેલે MSc Finance માટે અરજી કરી છે. તેનો પાસપોર્ટ નંબર ${v('pii.passport', 'W4827193')} છે અને જન્મતારીખ ${v('pii.date_of_birth', '07/03/2003')} છે. અમે ડિપોઝિટ ભરી દીધી છે પણ CAS હજુ આવ્યું નથી. કૃપા કરીને ${phone('+91 98201 47365')} પર અથવા ${v('pii.email', 'nilesh.patel.surat@gmail.com')} પર સંપર્ક કરો."`),

  rec('code_python', f`இந்த test fixtures-ஐ பார்த்து, ஏன் வயது கணக்கீடு தவறு என்று சொல்லுங்கள்:

${v('source_code.snippet', f`import pytest
from datetime import date
from molarbee.recall import recall_interval_months

@pytest.fixture
def patients():
    return [
        {"name": "Arjun Selvaraj", "dob": date.fromisoformat("${v('pii.date_of_birth', '2019-02-28')}"), "nhs": "${v('pii.uk_nhs_number', '943 476 5919')}",
         "guardian_email": "${v('pii.email', 'kavitha.selvaraj@gmail.com')}", "caries_risk": "high"},
        {"name": "Isla McLeod", "dob": date.fromisoformat("${v('pii.date_of_birth', '2016-09-04')}"), "nhs": "${v('pii.uk_nhs_number', '601 734 2584')}",
         "guardian_email": "${v('pii.email', 'fmcleod@btinternet.com')}", "caries_risk": "low"},
    ]

def test_recall(patients):
    assert recall_interval_months(patients[0], today=date(2024, 12, 1)) == 3
    assert recall_interval_months(patients[1], today=date(2024, 12, 1)) == 12`)}`),

  rec('form_de_at', f`Stammdatenblatt Vertriebspartner — bitte auf Vollständigkeit prüfen und fehlende Felder markieren:

Firma: Bierkulturhaus Kainz KG, 8010 Graz
UID: ATU71829364
Ansprechpartner: Florian Kainz, ${phone('+43 664 4827193')}, ${v('pii.email', 'f.kainz@bierkulturhaus.at')}
Bankverbindung: ${v('financial.iban', 'AT69 8688 3731 0254 3011')}, BIC ${amb('financial.swift_bic', 'RZSTAT2G')}
Webshop-Zugang (vom Partner selbst vergeben): Benutzer kainz_b2b / Passwort ${v('credential.password_in_prose', 'Steirerhopfen!77')}
Liefertage: Di, Fr`),

  rec('sheet_nl', f`${v('confidential.marking', 'VERTROUWELIJK')} — rechtenoverzicht documentaire "Havenstad" (1978)

Bijdrager | Rol | Contact | Status
Joop van Dalen (erven) | componist | ${v('pii.email', 'm.vandalen@ziggo.nl')} | akkoord, fee € 1.200
Els Brouwer | interviewee | ${phone('+31 6 48271936')} | wacht op handtekening
Foto's Gemeentearchief | stills | via licentieportaal | akkoord

Maak hier een statusupdate van voor de eindredactie, zonder bedragen.`),

  rec('trace_lv', f`Kāpēc izmaksu serviss krīt uz šo? Lūdzu, paskaidro latviski.

${amb('source_code.snippet', f`kwesa.payouts.BeneficiaryValidationError: bank rejected beneficiary
  beneficiary_id=bn_82c1f9 name="Ilze Kalniņa" iban=${v('financial.iban', 'LV32PARX5036756596100')} email=${v('pii.email', 'ilze.kalnina@inbox.lv')}
  File "/srv/payouts/sepa.py", line 212, in submit
    resp.raise_for_status()
  File "/usr/lib/python3.12/site-packages/httpx/_models.py", line 829, in raise_for_status
    raise HTTPStatusError(message, request=request, response=self)
httpx.HTTPStatusError: Client error '422 Unprocessable Entity' for url 'https://sepa-gw.kwesa.internal/v1/credit-transfers'`)}`),

  rec('slack_export', f`Can you summarise this thread for the practice manager and say what we should do differently?

[09:02] Wei Ling: mum of Ethan Tan (DOB ${v('pii.date_of_birth', '21/08/2018')}) called, wants his x-rays emailed to ${v('pii.email', 'tan.meihua@singnet.com.sg')}
[09:04] Farhan: ok, her number in the system is ${phone('+65 9183 4276')}, matches
[09:06] Wei Ling: the imaging PC login is still imaging / ${v('credential.user_password_pair', 'Tampines#2024')} right? the sticky note fell off
[09:07] Farhan: yes. pls don't post that here lah
[09:15] Wei Ling: sent 👍`),

  rec('incident_pt_br', f`Relato de incidente para revisar e deixar mais formal:

Hoje às 14h o atendente do suporte colou no chat interno os dados completos de um cliente para pedir ajuda: nome Juliana Ferraz, CPF ${v('pii.br_cpf', '160.384.927-04')}, cartão ${v('financial.payment_card', '4147 2093 8815 6625')}, celular ${phone('+55 21 99382-4716')}. O canal tem 48 pessoas, incluindo terceirizados. A mensagem foi apagada às 14h20.`),

  rec('json_kn', f`ದಯವಿಟ್ಟು ಈ CTV ಬುಕಿಂಗ್ API ಪ್ರತಿಕ್ರಿಯೆಯನ್ನು ಓದಿ ಯಾವ ತಂತ್ರಜ್ಞರು ನಾಳೆಯ ಹಡಗಿನಲ್ಲಿ ಇಲ್ಲ ಎಂದು ಹೇಳಿ:

${amb('source_code.snippet', f`{
  "vessel": "Skerrow Tern",
  "date": "2024-12-06",
  "api_key_used": "${v('credential.generic_secret_assignment', CTV_KEY)}",
  "passengers": [
    {"name": "Ravi Kumar", "email": "${v('pii.email', 'ravi.kumar@skerrowwind.com')}", "gwo_valid": true},
    {"name": "Aoife Brennan", "email": "${v('pii.email', 'aoife.brennan@skerrowwind.com')}", "gwo_valid": false}
  ],
  "cancelled": ["C07 gearbox inspection"]
}`)}`),

  rec('visa_letter_ur', f`براہ کرم اس ویزا لیٹر کے مسودے کی انگریزی بہتر کریں:

To the Entry Clearance Officer,
This is to confirm that Mr Hamza Qureshi (date of birth ${v('pii.date_of_birth', '04 January 2002')}, passport number ${v('pii.passport', 'AB4827193')}) has an unconditional offer for MSc Civil Engineering at Northfold University starting 27 January 2025. His tuition deposit of £5,000 has been received. For verification please contact ${v('pii.email', 'visa.compliance@northfold.ac.uk')} or ${phone('0115 872 4390', 'GB')}.`),

  rec('pos_log_sv', f`Kassan i Malmö-baren kraschar när någon betalar med kort utan chip. Här är loggen, vad betyder felet?

${amb('source_code.snippet', f`2024-12-03 21:47:12.031 ERROR pos.payment  EmvFallbackException: magstripe fallback not allowed
    terminal=FT-MAL-02 amount=248.00 SEK
    track2=${v('financial.payment_card', '5462190077318425')}=2709201000000000000
    customer_receipt_email=${v('pii.email', 'erik.lindqvist@telia.com')}
2024-12-03 21:47:12.044 WARN  pos.ui  returning to idle screen`)}

Varför loggas hela kortnumret?`),

  rec('email_hr', f`Možeš li mi napisati kratak odgovor na ovaj mail?

Od: Ivana Horvat <${v('pii.email', 'ivana.horvat@digitalizacija-arhiva.hr')}>
"Poštovani, materijal s U-matic vrpci (serija 'Jadranske priče', 1974–1979) je digitaliziran. Preuzmite ga preko SFTP-a: korisnik vbc_preuzimanje, lozinka ${v('credential.password_in_prose', 'Trakica-1974!')}, poslužitelj ${amb('pii.ip_address', '185.62.73.14')}. Za pitanja sam na ${phone('+385 91 482 7365')}."`),

  rec('kyc_uk', f`Допоможи перекласти англійською для відділу комплаєнсу:

"Клієнт Андрій Мельник, дата народження ${v('pii.date_of_birth', '12.09.1987')}, надсилає гроші дружині в Україну на рахунок ${v('financial.iban', 'UA10 0144 3383 6857 3425 4086 5564 3')}. Телефон для зв'язку ${phone('+380 67 482 7319')}. Джерело коштів — зарплата в Польщі, довідку надав."`),

  rec('invoice_el', f`Μπορείς να γράψεις μια ευγενική υπενθύμιση πληρωμής στον γονέα;

Οδοντιατρείο Molarbee Θεσσαλονίκη — Τιμολόγιο 2024/0931
Ασθενής: Γιώργος Παπαδόπουλος (8 ετών)
Γονέας: Ελένη Παπαδοπούλου, ${phone('+30 694 827 3916')}, ${v('pii.email', 'eleni.papadopoulou@yahoo.gr')}
Ποσό: 180 € (ορθοδοντικός έλεγχος + πανοραμική)
Πληρωμή σε: ${v('financial.iban', 'GR30 6193 3475 3828 3458 8053 396')}`),

  rec('chat_fr_ci', f`Bonjour, j'ai trois clients qui se plaignent ce matin, aide-moi à répondre en français simple, avec une phrase en lingala et une en wolof à la fin :

1. Transfert vers Kinshasa, bénéficiaire Mbuyi Kalala ${phone('+243 81 482 7391')} — "Mbongo ekoki naino te" (l'argent n'est pas encore arrivé)
2. Transfert vers Dakar, bénéficiaire Awa Ndiaye ${phone('+221 77 482 73 91')} — "Xaalis bi agsul" 
3. Transfert vers Abidjan, Koffi Yao ${phone('+225 07 48 29 37 15')}, e-mail ${v('pii.email', 'koffi.yao.abj@gmail.com')} — montant incorrect`),

  rec('chat_te', f`ఈ కస్టమర్ మెసేజ్‌కి ఇంగ్లీష్‌లో రిప్లై రాయండి: "నేను హైదరాబాద్‌లో మా అమ్మకి డబ్బు పంపాను, ఇంకా రాలేదు. నా ఇమెయిల్ ${v('pii.email', 'srinivas.reddy.uk@gmail.com')}, ఫోన్ ${phone('07823 461 905', 'GB')}." అలాగే వెబ్‌హుక్ లాగ్‌లో ఈ లైన్ కనిపించింది: Sentry DSN ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127734960208`)} — ఇది సమస్యా?`),

  rec('email_thread', f`Reply to Wanjiru for me, short and friendly:

From: Wanjiru Kamau <${v('pii.email', 'wanjiru.kamau@strathmore-alumni.ke')}>
"Hi, the visa letter still shows my old passport number. The new one is ${v('pii.passport', 'AK1739264')}. Also, your mail server sent my reminder from a test account — the config you pasted in the applicant FAQ literally shows SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}. You may want to remove that."`),
];
