/** Held-out batch 80: longer texts mixing credentials, personal data, payment data, code and markings. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, HEX, fill, gh, tok } from '../tokens';

const AKIA = tok('AKIA', fill('b80m-akia', B32, 16));
const AKIA_SECRET = fill('b80m-akias', B64, 40);
const SG = tok('SG.', fill('b80m-sg1', B62 + '-_', 22), '.', fill('b80m-sg2', B62 + '-_', 43));
const GHP = gh('ghp', 'Wd6Nc2Xr9Pk4Tm7Bv1Lq3Hy8Gz5Js0');
const TRAVEL_KEY = fill('b80m-trkey', HEX.toLowerCase(), 48);

export const BATCH80_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Post-incident review: contactless fare readers offline, 25 Nov

**Impact:** 212 buses and 3 ferries could not take contactless payments from 06:10 to 08:55. Paper tickets sold on board. Estimated lost revenue £18–22k.

**Timeline**
- 06:10 readers lose connection to the fare back office (${amb('pii.ip_address', '10.44.8.15')})
- 06:25 on-call paged (${v('pii.email', 'fares-oncall@scta-transit.org.uk')})
- 07:40 cause found: the cert-rotation job overwrote the gateway config; the hot-fix used \`amqps://fare_gw:${v('credential.url_password', 'Tidal-Wharf-2291')}@mq-fares.scta.local:5671/readers\`
- 08:55 readers back online after restart from depot switch ${amb('pii.ip_address', '10.44.8.1')}

**Follow-up:** move broker credentials to the secret store; add a canary reader at Ferry Terminal 2.

Please rewrite this for the passenger-facing service update, no internal details.`),

  rec('ticket_el', f`Θέμα: Πρόβλημα με την εξαγωγή βαρδιών στο νέο σύστημα — επείγον

Καλημέρα σας,
από χθες το βράδυ η εξαγωγή δεν στέλνει το αρχείο στους επόπτες. Σας στέλνω το config όπως είναι στον server (στα αγγλικά, όπως το έστησε ο προμηθευτής):

${amb('source_code.snippet', f`export:
  schedule: "0 22 * * *"
  target: sftp://roster_export@${amb('pii.ip_address', '172.20.14.9')}/outbox
  password: ${v('credential.password_assignment', 'Peiraias!Roster9')}
notify:
  to: ${v('pii.email', 'epoptes.vardion@ktel-nisia.gr')}
  sms_fallback: "${phone('+30 697 204 8815')}"`)}

Ευχαριστώ,
Δημήτρης Λαμπρόπουλος, τμήμα κίνησης`),

  rec('incident_de', f`Störungsmeldung Messnetz Nord – 27.11.

Station Helgoland (10015) liefert seit 03:00 UTC keine 10-Minuten-Werte. Der Techniker vor Ort, Herr Karsten Lüders (${phone('+49 171 5820364')}), kommt erst morgen mit der Fähre hin.

Zugriff auf den Datenlogger für die Ferndiagnose:
${amb('source_code.snippet', f`ssh wartung@${amb('pii.ip_address', '192.0.2.44')}`)}
Passwort: ${v('credential.password_in_prose', 'Hochsee#Logger77')}

Bitte schreib mir eine kurze Info an die Vorhersagezentrale (${v('pii.email', 'vhz-nord@wetterdienst-nord.de')}), dass die Station ausfällt und wann wir mit Daten rechnen.`),

  rec('trace', f`The inmate medication portal throws this on save, only for some records. Any idea?

${amb('source_code.snippet', f`org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uq_patient_contact]
	at org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)
	at com.custodiahealth.meds.PatientService.updateContact(PatientService.java:88)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uq_patient_contact"
  Detail: Key (dob, next_of_kin_phone)=(${v('pii.date_of_birth', '1979-03-22')}, ${phone('+44 7458 203917')}) already exists.`)}`),

  rec('email_thread_pt_br', f`Pode me ajudar a responder a Camila? Quero algo curto e simpático.

De: Camila Ferraz <${v('pii.email', 'camila.ferraz.noiva@gmail.com')}>
Enviado: terça-feira, 26 de novembro de 2024 18:02
Assunto: Re: Contrato – Espaço Bellhaven Itaipava

Oi! Fiz o PIX errado para a chave antiga. Podem devolver para a minha conta? ${v('financial.iban', 'BR78 7055 7962 2572 7430 7475 646P 1')} — meu celular é ${phone('(21) 98214-6630', 'BR')} se precisarem.

> Em 25/11/2024, Larissa (Bellhaven) escreveu:
> O sinal de R$ 8.000 confirma a data de 10/05/2025.`),

  rec('code_python', f`Our unit tests for the hearing-test importer started failing after the date-format change. Fixture:

${v('source_code.snippet', f`import pytest
from importer import parse_patient

@pytest.fixture
def patient_row():
    return {
        "name": "Agnes Fairbrother",
        "nhs_number": "${v('pii.uk_nhs_number', '0256988366')}",
        "dob": "${v('pii.date_of_birth', '1939-12-01')}",
        "email": "${v('pii.email', 'agnes.fairbrother@talktalk.net')}",
        "left_pta_db": 48,
        "right_pta_db": 52,
    }

def test_parse(patient_row):
    p = parse_patient(patient_row)
    assert p.dob.year == 1939
    assert p.better_ear == "left"`)}

The importer now expects DD/MM/YYYY.`),

  rec('csv_nl', f`Kun je van deze uitbetalingslijst voor onze vaste leveranciers (bloemisten, DJ's, catering) een SEPA-batch maken?

${amb('source_code.snippet', f`leverancier;contact;iban;bedrag
Bloemenhuis De Linde;${v('pii.email', 'info@bloemenhuisdelinde.nl')};${v('financial.iban', 'NL46INGB0008662747')};1.240,00
DJ Ruben Events;${v('pii.email', 'ruben@djrubenevents.nl')};${v('financial.iban', 'BE20 8983 9170 6423')};650,00
Catering Zoet & Zout;${v('pii.email', 'facturen@zoetenzout.nl')};${v('financial.iban', 'NL80YYNJ0425683285')};8.915,50`)}`),

  rec('travel_rule_es', f`Hola, este mensaje travel-rule de un VASP de Perú falla la validación en nuestro endpoint. ¿Qué campo está mal?

${amb('source_code.snippet', f`POST /travel-rule/v1/inbound HTTP/1.1
Host: tr.tessellate-custody.com
X-Api-Key: ${v('credential.generic_secret_assignment', TRAVEL_KEY)}
Content-Type: application/json

{
  "originator": { "name": "Lucía Paredes Quispe", "dob": "${v('pii.date_of_birth', '1992-07-14')}", "email": "${v('pii.email', 'lucia.paredes.q@gmail.com')}", "customerId": "PE-00381" },
  "beneficiary": { "vasp": "Tessellate Custody AG", "accountRef": "CL-88213" },
  "transfer": { "asset": "USDT", "network": "TRON", "amount": "9800" }
}`)}`),

  rec('minutes_sv', f`Minnesanteckningar – ledningsgrupp hälso- och sjukvård, anstalterna i Mellansverige
${v('confidential.marking', 'KONFIDENTIELLT')}

1. Bemanning: två sjuksköterskevakanser på anstalten i Tidaholm. Rekrytering via bemanningsbolag, kontakt Lena Holm ${phone('073-841 29 36', 'SE')}.
2. Läkemedelsrum: nytt passersystem installeras vecka 50.
3. Journal: behörighetsgranskning klar, 4 konton avslutade.

Sammanfatta punkt 1–3 på engelska för den regionala chefen.`),

  rec('chat_ja', f`昨夜、観測データのバックアップジョブが失敗しました。ジョブの設定とエラーを貼ります。

${amb('source_code.snippet', f`[backup]
s3_bucket = obs-archive-apne1
aws_access_key_id = ${v('credential.aws_access_key_id', AKIA)}
aws_secret_access_key = ${v('credential.aws_secret_access_key', AKIA_SECRET)}
notify = ${v('pii.email', 'kansoku-ops@met-agency.jp')}`)}

エラー: "The AWS Access Key Id you provided does not exist in our records."
担当者（佐藤さん ${phone('090-4182-9375', 'JP')}）に連絡する文面も作ってください。`),

  rec('chat_ro', f`Bună, un pasager ne-a scris că a fost taxat de două ori la validatorul din autobuzul 783. Mesajul lui: "Mă numesc Andrei Munteanu, telefon ${phone('0721 384 915', 'RO')}, cardul se termină în 4471, tranzacțiile sunt din 26.11 ora 08:14." Scrie-mi un răspuns politicos și un rezumat pentru echipa de taxare.`),

  rec('log_ko', f`보청기 앱 로그인 오류 로그입니다. 원인이 뭘까요?

${amb('source_code.snippet', f`2024-11-28 09:41:07 WARN  auth  login failed user=${v('pii.email', 'minji.kang@naver.com')} ip=${amb('pii.ip_address', '211.36.142.57')} reason=otp_expired
2024-11-28 09:41:52 WARN  auth  login failed user=${v('pii.email', 'minji.kang@naver.com')} ip=${amb('pii.ip_address', '211.36.142.57')} reason=otp_expired
2024-11-28 09:42:30 INFO  auth  otp resent channel=sms to=${phone('+82 10-4182-9375')}`)}`),

  rec('email_en_in', f`Hi team, please onboard the new compliance analyst in Bengaluru. Details from HR:

Name: Priyanka Nair
Aadhaar: ${v('pii.in_aadhaar', '2446 0060 3909')}
PAN: ${ambCat('pii', 'BQRPN4821K')}
Personal email: ${v('pii.email', 'priyanka.nair.92@gmail.com')}
Mobile: ${phone('+91 99871 40326')}

Her temporary password for the compliance portal is ${v('credential.password_in_prose', 'Onboard#Blr2024')}, she will change it on day one. Can you draft the welcome mail (without the Aadhaar and PAN)?`, 'Indian PAN: no built-in rule (ambiguous, no rule id)'),

  rec('docker_compose', f`Salom! Avtobus chiptalari tizimi staging serverda ishga tushmayapti. docker-compose va log:

${amb('source_code.snippet', f`services:
  tickets-api:
    image: registry.avtobus.local/tickets-api:1.9.4
    environment:
      DB_HOST: ${amb('pii.ip_address', '10.20.0.11')}
      DB_PASSWORD: ${v('credential.password_assignment', 'Chipta_2024!Tash')}
      SENDGRID_API_KEY: ${v('credential.sendgrid_api_key', SG)}
      ADMIN_EMAIL: ${v('pii.email', 'admin@avtobus-chipta.uz')}`)}

tickets-api | Error: connect ECONNREFUSED ${amb('pii.ip_address', '10.20.0.11')}:5432

Nima qilishim kerak?`),

  rec('chat_en_ng', f`Please help me write a short handover note for the night pharmacist at the correctional centre clinic:
- Inmate patient Emmanuel Okafor, DOB ${v('pii.date_of_birth', '02/05/1985')}, is on TB treatment (RHZE), next dose 06:00.
- Pharmacy system login for the locum is locum.pharm / ${v('credential.password_in_prose', 'Ikeja-Pharm#51')} until Friday.
- Call the supervising pharmacist on ${phone('+234 803 417 2290')} if stock of rifampicin drops below 20.
Keep it under 80 words.`),

  rec('ci_yaml', f`Kiitos jos jaksat katsoa: sääpalvelun dokumentaatiosivuston julkaisu GitHub Actionsilla epäonnistuu.

${amb('source_code.snippet', f`name: docs
on:
  push:
    branches: [main]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          git config user.email "${v('pii.email', 'docs-bot@ilmatiede.fi')}"
          git remote set-url origin https://x-access-token:${v('credential.github_pat', GHP)}@github.com/ilmatiede/api-docs.git
          mkdocs gh-deploy --force`)}

Virhe: "Permission to ilmatiede/api-docs.git denied".`),
];
