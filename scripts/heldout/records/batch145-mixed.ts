/**
 * Held-out batch 145: records mixing categories — incident notes with credentials and personal
 * data, marked documents with IBANs, stack traces with e-mails and addresses, fixtures with
 * identity numbers. Hand-written, many languages.
 */
import { brCpfFormatted, esDni, ibanWithCheck as iban, itCodiceFiscale, luhnWithCheck as card, spacedFours as spaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, fill, jwt, tok } from '../tokens';

const mark = (s: string) => v('confidential.marking', s);
const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);

const SENDGRID = tok('SG.', fill('b145m-sg1', B64URL, 22), '.', fill('b145m-sg2', B64URL, 43));
const STRIPE = tok('rk_', 'live_', '51', fill('b145m-rk', B62, 97));
const JWT_SUB = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'sub-88213', email_verified: true, plan: 'digital', exp: 1726000000 }, 'b145m-jwt');

export const BATCH145_MIXED: DraftRecord[] = [
  rec('incident_en', f`${mark('CONFIDENTIAL')} – incident note, medical office

At 02:40 the pharmacy fridge alarm sent an SMS to the wrong on-call number (${phone('0412 538 907', 'AU')} — a former doctor's phone). The alarm box config still had the old contact. I logged in to the box at ${ip('172.20.4.15')} with admin / ${v('credential.password_in_prose', 'Fridge!Alarm2023')} and updated it to the current doctor, Dr Imogen Hale (${phone('0423 917 406', 'AU')}).

Clean this up into a proper incident report, and tell me what else I should change.`),

  rec('stacktrace_de', f`Der Export der Fahrschüler an die Prüforganisation bricht ab:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/fahrschule/export_tuev.py", line 88, in <module>
    send_batch(students)
  File "/srv/fahrschule/export_tuev.py", line 61, in send_batch
    raise ExportError(f"Ungültiges Geburtsdatum für {s['email']}: {s['geburtsdatum']}")
ExportError: Ungültiges Geburtsdatum für ${mail('jonas.keller2006@gmx.de')}: 31.02.2006`)}

Wie fange ich solche Fehler vorher ab?`, 'the impossible date 31.02.2006 is left unlabelled (not a real birth date)'),

  rec('email_es_mx', f`Asunto: Alta de árbitro para la Liga de Ascenso

Buen día, les comparto los datos del nuevo árbitro para el registro:
Nombre: Diego Armando Salazar
Fecha de nacimiento: ${dob('18/10/1992')}
Celular: ${phone('+52 55 4182 7390')}
Correo: ${mail('diego.salazar.arbitro@gmail.com')}
Cuenta para pago de honorarios (CLABE): ${ambCat('financial', '012180015829374611')}

Y la contraseña temporal del portal es ${v('credential.password_in_prose', 'Silbato#2024mx')}, por favor que la cambie al entrar.

¿Me ayudas a convertir esto en un correo formal?`),

  rec('json_pt_br', f`O webhook de pagamento de assinatura do jornal está retornando 500. Payload que recebemos:

${amb('source_code.snippet', f`{
  "event": "charge.failed",
  "customer": {
    "name": "Renata Carvalho",
    "email": "${mail('renata.carvalho@uol.com.br')}",
    "cpf": "${v('pii.br_cpf', brCpfFormatted('904718263'))}",
    "phone": "${phone('+55 21 98841-2073')}"
  },
  "card": { "last4": "7731", "brand": "visa" },
  "ip": "${ip('177.92.14.208')}"
}`)}`),

  rec('chat_it', f`Ciao, ho trovato questo nel ticket di un cliente del servizio export (serra di Pachino). Posso inoltrarlo al commercialista così com'è?

"Buongiorno, per la fattura vi lascio i miei dati: Salvatore Greco, CF ${v('pii.it_codice_fiscale', itCodiceFiscale('GRCSVT75P22G273'))}, IBAN ${v('financial.iban', spaced(iban('IT', 'Z0200843630000104827361')))}, cell. ${phone('+39 333 184 2709')}."`),

  rec('env_en', f`${amb('source_code.snippet', f`# courier-billing/.env.production
DATABASE_URL=postgres://billing:${v('credential.database_url_password', 'Newsprint-88!ink')}@${ip('10.12.0.41')}:5432/billing
SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
STRIPE_RESTRICTED_KEY=${v('credential.stripe_restricted_key', STRIPE)}
SUPPORT_INBOX=${mail('billing-support@wexmoorcourier.co.uk')}`)}

We're moving this to AWS Parameter Store — which of these should be SecureString?`),

  rec('chat_fr_be', f`Bonjour, un client belge de nos salades hydroponiques a envoyé ceci par mail, je dois l'encoder dans le système :
Société : Frais & Vert SPRL
Contact : Mme Delphine Wauters, ${phone('+32 475 28 41 97')}, ${mail('d.wauters@fraisetvert.be')}
IBAN : ${v('financial.iban', spaced(iban('BE', '310002487365')))}
BIC : ${amb('financial.swift_bic', 'GEBABEBB')}
Peux-tu vérifier que rien ne manque pour un premier client à l'export ?`),

  rec('log_ru', f`Помоги понять лог — похоже, кто-то перебирает пароли на портале судей:

${amb('source_code.snippet', f`2024-08-11 23:14:02 WARN login failed user=${mail('s.morozov@rfs-sudi.ru')} from ${ip('95.165.28.201')}
2024-08-11 23:14:05 WARN login failed user=${mail('s.morozov@rfs-sudi.ru')} from ${ip('95.165.28.201')}
2024-08-11 23:14:09 WARN login failed user=${mail('a.volkova@rfs-sudi.ru')} from ${ip('95.165.28.201')}
2024-08-11 23:14:30 INFO login ok user=${mail('a.volkova@rfs-sudi.ru')} from ${ip('95.165.28.201')}`)}

Что делать в первую очередь?`),

  rec('fixture_py', f`Unit test for the referee registration form — it fails on the Spanish DNI. What's wrong?

\`\`\`python
${v('source_code.snippet', f`REFEREE = {
    "name": "Lucía Moreno",
    "dni": "${v('pii.es_dni', esDni('53820174'))}",
    "birth_date": "${dob('1996-03-27')}",
    "email": "${mail('lucia.moreno@arbitros-test.es')}",
}

def test_valid_dni():
    assert validate_dni(REFEREE["dni"].lower())`)}
\`\`\``),

  rec('chat_ja', f`${mark('取扱注意')}
物流部からの依頼です。下記の輸送業者アカウントでログインし、南極向け貨物の通関書類をダウンロードしてほしいとのことです。
ID: polar-cargo01 / パスワード：${v('credential.password_in_prose', 'Syowa-Kaiyo2024')}
担当：中村（${phone('090-3184-2756', 'JP')}）
この依頼文をもっと丁寧なメールにしてください。`),

  rec('chat_ko', f`고객센터 티켓인데 구독자가 카드번호를 그대로 보냈어요. 어떻게 답장해야 할까요?
"안녕하세요, 신문 구독 결제가 안 돼요. 카드는 ${v('financial.payment_card', card('541003847291036'))}이고, 연락처는 ${phone('010-8472-3916', 'KR')}입니다."`),

  rec('http_en', f`Why does our subscriber API return 403 for this request?

${amb('source_code.snippet', f`GET /api/v1/subscribers/sub-88213/invoices HTTP/1.1
Host: api.wexmoorcourier.co.uk
Authorization: Bearer ${v('credential.jwt', JWT_SUB)}
X-Forwarded-For: ${ip('86.143.27.190')}`)}`),

  rec('csv_nl', f`Check deze exportlijst van onze Duitse afnemers, welke IBAN's zijn niet in Duitsland?

${amb('source_code.snippet', f`klant;contact;email;iban
Frischmarkt GmbH;Herr Böhm;${mail('einkauf@frischmarkt-hh.de')};${v('financial.iban', iban('DE', '200400600482719305'))}
Grünkorb KG;Frau Lenz;${mail('lenz@gruenkorb.de')};${v('financial.iban', iban('AT', '1420020010847362'))}
BioHof Zentrale;Herr Yilmaz;${mail('m.yilmaz@biohof-zentrale.de')};${v('financial.iban', iban('DE', '500105175407324931'))}`)}`),

  rec('chat_uk', f`Зробіть, будь ласка, коротку довідку для медичного офісу станції «Академік Вернадський»:
Полярник: Андрій Ткаченко, дата народження ${dob('22.01.1985')}, паспорт ${v('pii.passport', 'FX284719')}
Контакт родини: ${phone('+380 50 184 7263')}
${mark('Для службового користування')}`),

  rec('email_en_gb', f`Subject: ${mark('COMMERCIAL IN CONFIDENCE')} – cold-chain tender response

Hi Sam,

Attached is our pricing for the NHS Trust tender. Key contact on their side is Rachel Okoye (${mail('rachel.okoye@nhs.net')}, ${phone('0113 496 0817', 'GB')}). The portal login for uploading is frostline-tenders / ${v('credential.password_in_prose', 'Tender2024!Leeds')}.

Can you proofread the e-mail above before I send it?`),

  rec('k8s_secret', f`${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: thermo-alerts
  namespace: coldchain-qa
type: Opaque
stringData:
  SMTP_PASSWORD: "${v('credential.password_assignment', 'Kette-Kalt_2024')}"
  ALERT_RECIPIENT: "${mail('qa-oncall@frostline-pharma.eu')}"
  MODBUS_GATEWAY: "${ip('10.60.2.14')}"`)}

Is stringData fine or should I base64 it myself?`),
];
