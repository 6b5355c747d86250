/**
 * Held-out batch 40: longer texts mixing categories — discrepancy e-mails, outage postmortems, SQL
 * dumps, test fixtures, incident notes, migration notes, support logs and meeting minutes from the
 * batch's six organisations, in English, Spanish, Portuguese, French, Haitian Creole, Catalan, Czech,
 * Ukrainian, Russian, Arabic and Vietnamese. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, b64, fill, gh, tok } from '../tokens';

const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T02', fill('b40m-slt', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9), '/B06', fill('b40m-slb', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/', fill('b40m-sls', B62, 24));
const GHP = gh('ghp', 'Wd7Kp2Xr5Nb9Qt1Lm4Hv8Zc3Js6Fg0');
const SENTRY_KEY = fill('b40m-sentry', HEX, 32);
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b40m-stripe', B62, 97));

export const BATCH40_MIXED: DraftRecord[] = [
  rec('email_thread', f`Can you draft a reply to Tomasz accepting the discrepancies on behalf of the applicant? Keep it formal.

From: Tomasz Wierzbicki <${v('pii.email', 't.wierzbicki@halvardbank.com')}>
Sent: 04 December 2024 16:22
Subject: LC HCB-ILC-24-03817 – discrepancies / beneficiary account

Priya,

Documents presented under the above credit show two discrepancies: (1) bill of lading dated after latest shipment date (12/11 vs 10/11), (2) insurance certificate covers 100% instead of 110% CIF value. We are holding the documents at your disposal pending the applicant's waiver.

Note the beneficiary has asked for proceeds to go to their new account at HSBC: IBAN ${v('financial.iban', 'GB34 HBUK 4012 7631 9208 47')}, BIC ${amb('financial.swift_bic', 'HBUKGB4B')}. I'd want a call-back verification before we change anything — their finance director is on ${phone('+44 161 834 9027')}.

Tomasz`),

  rec('postmortem', f`# Incident review — historian data gap, 2 Dec (concentrator)

**Impact:** 6 h 40 min of missing process data from the flotation circuit in the PI historian; morning production report estimated.

**Timeline (CAT)**
- 01:10 PI interface node PI-INT-02 (${amb('pii.ip_address', '10.31.2.15')}) stops buffering after Windows update reboot
- 05:30 shift metallurgist notices flat lines, calls on-call OT engineer (${phone('+260 966 218 734')})
- 06:05 vendor given remote access through the jump host; temporary vendor account "avev_support", password ${v('credential.password_in_prose', 'Flotation!Cell9')} (disabled 07:50)
- 07:50 interface service restarted, buffer files replayed

**Actions:** disable automatic reboots on PI interface nodes; vendor access via PAM only; e-mail summary to ${v('pii.email', 'ot-team@mwambacopper.co.zm')}.

Please turn this into a one-page summary for the plant manager, no passwords or IPs.`),

  rec('sql_dump', f`Al importar esta exportación de pólizas en el entorno de pruebas falla por el juego de caracteres. ¿Me ayudas a convertirla?

${amb('source_code.snippet', f`INSERT INTO titulares (id, nombre, dni, email, telefono, iban_domiciliacion) VALUES
(7012, 'Nerea Goikoetxea', '${v('pii.es_dni', '39174028Z')}', '${v('pii.email', 'nerea.goiko@euskaltel.net')}', '${phone('+34 644 81 27 39')}', '${v('financial.iban', 'ES30 0081 0216 7200 0392 0174')}'),
(7013, 'Álvaro Mínguez', NULL, '${v('pii.email', 'alvaro.minguez@gmail.com')}', '${phone('634 712 985', 'ES')}', '${v('financial.iban', 'ES55 2085 8127 6803 3018 6429')}'),
(7014, 'Rocío Benjumea', NULL, '${v('pii.email', 'rocio.benjumea@hotmail.es')}', NULL, NULL);`)}`),

  rec('code_python', f`Our test for the appointment reminder formatter fails on CI because of the timezone. The fixture was copied from a real chart by someone, I know, we're fixing that:

${v('source_code.snippet', f`import pytest
from reminders.format import reminder_text

@pytest.fixture
def patient():
    return {
        "mrn": "MH-00482913",
        "name": "Alicia Fernández-Cruz",
        "dob": "${v('pii.date_of_birth', '1991-07-23')}",
        "ssn": "${v('pii.us_ssn', '611-23-8049')}",
        "phone": "${phone('+1 (312) 704-8816')}",
        "email": "${v('pii.email', 'alicia.fcruz@yahoo.com')}",
        "appointment": "2024-12-12T09:30:00-06:00",
    }

def test_reminder_mentions_local_time(patient):
    assert "9:30 AM" in reminder_text(patient)`)}`),

  rec('incident_notes', f`T&S incident notes 2024-12-05 — please clean up into a proper incident ticket:

- 14:02 external researcher (${v('pii.email', 'sec.reports.kalani@gmail.com')}) reports that our public "moderation-tools" repo contains a live Slack webhook in scripts/notify.sh:
  ${v('credential.slack_webhook_url', SLACK_HOOK)}
- 14:10 confirmed — webhook posts into #ts-escalations; someone already used it to post spam from ${amb('pii.ip_address', '185.243.115.62')}
- 14:18 webhook revoked, repo history rewrite requested
- 14:40 also found a PAT in .github/workflows/sync.yml: ${v('credential.github_pat', GHP)} — revoked 14:44
- follow-up: add secret scanning to the repo, thank the researcher`),

  rec('migration_notes', f`## Koha → Evergreen migration, dry run #3 (notes)

- Source DB: \`mysql://koha_ro:${v('credential.database_url_password', 'Bookmobile#2011')}@koha-db.tvlc.org:3306/koha_tvlc\`
- 41,208 patrons exported, 112 rejected (bad dates). Sample of rejects:

${amb('source_code.snippet', f`cardnumber,surname,firstname,email,dateofbirth
29182004471,MacLeod,Fiona,${v('pii.email', 'fiona.macleod@sympatico.ca')},0000-00-00
29182005318,Tremblay,Luc,${v('pii.email', 'luc.tremblay58@videotron.ca')},${amb('pii.date_of_birth', '1958-13-02')}`)}

- Holds with pickup branch "BKMOBILE" need mapping.

Turn this into a checklist for dry run #4.`),

  rec('support_log_vi', f`Anh xem giúp em log này, khách hàng bị trừ tiền nhưng tài khoản vẫn báo hết hạn:

${amb('source_code.snippet', f`[2024-12-06 09:14:22] INFO  payment.callback order=ORB-VN-2291847 status=SUCCESS amount=180000 VND
[2024-12-06 09:14:22] DEBUG payment.callback raw card=${v('financial.payment_card', '4917 6183 0275 4133')} holder="NGUYEN VAN BINH" email=${v('pii.email', 'binh.nguyen.vn88@gmail.com')} phone=${phone('+84 983 172 604')}
[2024-12-06 09:14:23] ERROR subscription.activate user=u_771203 err="plan_id mismatch: premium_vn_m vs premium_m"`)}

Tại sao log lại in cả số thẻ vậy anh?`),

  rec('email_ar', f`الموضوع: ${v('confidential.marking', 'سري')} – تعديل رقم 2 على الاعتماد المستندي HCB-DXB-LC-2024-1192

السيد/ مدير العمليات،

بناءً على طلب العميل نرجو تعديل الاعتماد كالتالي:
1. تمديد تاريخ الصلاحية إلى 31/03/2025
2. تغيير حساب المستفيد إلى IBAN ${v('financial.iban', 'AE31 0260 0010 1573 8294 601')}
للتواصل: ${phone('+971 4 318 2746')} – ${v('pii.email', 'lc.ops@halvardbank.ae')}

ترجم لي هذا الإيميل للإنجليزية لو سمحت.`),

  rec('trace_uk', f`Сервіс експорту звітів для бібліотек падає вночі. Ось трейс:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/reports/export.py", line 88, in send_report
    smtp.sendmail(FROM, [row["email"]], msg.as_string())
  File "/usr/lib/python3.11/smtplib.py", line 887, in sendmail
    raise SMTPRecipientsRefused(senderrs)
smtplib.SMTPRecipientsRefused: {'${v('pii.email', 'o.hrytsenko@lib.kharkiv.ua')}': (550, b'5.1.1 User unknown')}
During handling: engine=create_engine("postgresql://reports:${v('credential.database_url_password', 'Kashtan-Lypa#58')}@db.lib-consortium.local/reports")`)}

Як зробити, щоб одна погана адреса не зупиняла всю розсилку?`),

  rec('meeting_notes_ht', f`Nòt reyinyon ekip klinik Jakmèl, 4 desanm — ede m fè yon rezime an franse pou direksyon an:

- Frijidè vaksen yo: tanperati a monte 2 fwa semèn sa a. Teknisyen an (Jonas, ${phone('+509 3804 1176')}) ap vini vandredi.
- Nouvo òdinatè resepsyon an: kont "resepsyon_jakmel", modpas ${v('credential.password_in_prose', 'Jakmel#Kay2024')} — fò nou chanje l apre fòmasyon an.
- Sajfanm yo mande plis tès gwosès rapid.
- Pwochen reyinyon: 18 desanm.`),

  rec('email_ca', f`Hola, em pots revisar aquest correu abans d'enviar-lo a la gestoria?

Bon dia,

Us envio les dades de la nova bibliotecària contractada per al Consorci perquè doneu d'alta la nòmina:
Nom: Sílvia Oliveras i Pujol
NIE: ${v('pii.es_nie', 'X4182937L')}
IBAN per a la nòmina: ${v('financial.iban', 'ES89 3058 0990 2127 1804 5263')}
Telèfon: ${phone('+34 93 482 17 60')}

Gràcies,
Recursos Humans`),

  rec('csv', f`Can you find which of these failed renewals should be retried and which should be cancelled?

${amb('source_code.snippet', f`subscriber,email,card,fail_code,attempts
sub_10482,${v('pii.email', 'hana.k@rogers.com')},**** **** **** 4417,insufficient_funds,2
sub_10519,${v('pii.email', 'g.bouchard@videotron.ca')},${v('financial.payment_card', '5273 8401 9263 7484')},expired_card,1
sub_10533,${v('pii.email', 'amrit.dhillon@telus.net')},**** **** **** 0981,do_not_honor,3`)}

Also, why is one card unmasked? Which system produced this?`),

  rec('code_kotlin', f`Esse teste de integração do fluxo de cadastro usa dados de uma cliente de verdade? Alguém colou do banco de produção:

${v('source_code.snippet', f`@Test
fun \`cadastro completo com pagamento recorrente\`() {
    val tutor = Tutor(
        nome = "Patrícia Lemos Andrade",
        cpf = "${v('pii.br_cpf', '618.305.472-08')}",
        email = "${v('pii.email', 'patricia.lemos.andrade@gmail.com')}",
        celular = "${phone('+55 21 98417-3306')}",
    )
    val cartao = Cartao(numero = "${v('financial.payment_card', '6505 1827 3946 0270')}", validade = "08/28", cvv = "913")
    val resultado = service.cadastrar(tutor, pet = Pet("Paçoca", Especie.CAO), cartao = cartao)
    assertEquals(Status.ATIVO, resultado.status)
}`)}`),

  rec('k8s_ru', f`Под с воркером выплат за подписки не стартует, вот Secret и лог:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: payouts-worker
  namespace: billing
type: Opaque
data:
  STRIPE_KEY: ${v('credential.base64_encoded_token', b64(STRIPE_LIVE))}
  SENTRY_DSN: ${v('credential.base64_encoded_token', b64(`https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508130211884032`))}
  LOG_LEVEL: ZGVidWc=`)}

${amb('source_code.snippet', f`2024-12-06T11:02:17Z ERROR payouts: creator payout failed creator=cr_22871 email=${v('pii.email', 'alexey.morozov.music@mail.ru')} reason="account not verified"`)}`),

  rec('meeting_notes_cs', f`${v('confidential.marking', 'DŮVĚRNÉ')} – porada vedení kliniky Brno, 3. 12.

- Nový ultrazvuk: dodavatel chce zálohu 30 % na účet ${v('financial.iban', 'CZ42 0300 0000 0027 1839 4650')}, zbytek po instalaci.
- Stížnost pacientky (paní Horáková, tel. ${phone('+420 603 418 275')}) na čekací dobu – odpoví vedoucí sestra do pátku.
- Vánoční provoz: 23.–27. 12. jen akutní případy.

Udělej z toho úkoly s termíny.`),

  rec('outreach_es_bo', f`Necesito pasar esta lista de la brigada de salud a una tabla ordenada por comunidad. Algunas anotaciones están en aymara:

- Comunidad Warisata: Doña Justina Huanca, embarazo 28 semanas, cel. ${phone('+591 71538294')} — "jichha simanaxa control lurañapawa"
- Comunidad Achacachi: Sra. Felicidad Choque, control posparto, CI ${ambCat('pii', '4829173 LP')}, sin celular, avisar por radio
- Comunidad Sorata: Rosa Mamani, cel. ${phone('73016482', 'BO')} — prefiere que llame la promotora en aymara`, 'Bolivian CI: personal, no built-in rule claims it'),
];
