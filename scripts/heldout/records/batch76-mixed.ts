/**
 * Held-out batch 76: longer texts mixing categories — incident notes, e-mail threads, stack traces,
 * fixtures and exports from the six organisations of this batch. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const SG = tok('SG.', fill('b76m-sg1', B64URL, 22), '.', fill('b76m-sg2', B64URL, 43));
const GHP = gh('ghp', fill('b76m-ghp', B62, 30));
const TWILIO_SID = tok('AC', fill('b76m-twsid', HEX, 32));
const TWILIO_AUTH = fill('b76m-twauth', HEX, 32);
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b76m-slt', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/B08', fill('b76m-slb', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/', fill('b76m-slh', B62, 24));
const OPENAI = tok('sk-proj-', fill('b76m-oai1', B64URL, 74), 'T3BlbkFJ', fill('b76m-oai2', B64URL, 74));

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH76_MIXED: DraftRecord[] = [
  rec('incident_en', f`# Incident note — cold room 3 excursion, 18 Feb

- 02:14 probe CR3-A reads 6.4 °C, alert to on-call ${v('pii.email', 'coldchain-oncall@sanguis-rbb.org')}
- 02:31 no acknowledgement; escalation SMS to duty manager ${phone('+44 7700 183 492')}
- 02:58 engineer on site, compressor relay replaced
- 03:05 back in range; 212 RBC units quarantined
- Root cause of the silent first alert: the SMS gateway creds in the alerting config had been rotated — TWILIO_ACCOUNT_SID=${v('credential.twilio_account_sid', TWILIO_SID)} / TWILIO_AUTH_TOKEN=${v('credential.twilio_auth_token', TWILIO_AUTH)} were the old pair, gateway host ${amb('pii.ip_address', '10.12.4.31')}

Rewrite for the quality committee, without the technical details.`),

  rec('email_thread_es', f`Ayúdame a responder a este correo, quiero confirmar la cuenta antes de pagar:

De: Rocío Benítez <${v('pii.email', 'rocio.benitez@semillasdelsur.es')}>
Enviado: lunes, 3 de marzo de 2025 10:42
Asunto: RE: Factura ensayo de girasol SUR-25-07

Buenos días, les recuerdo que el pago del ensayo debe hacerse a la nueva cuenta:
${v('financial.iban', 'ES25 7219 6393 8554 5712 4753')}
Para cualquier duda, mi móvil es el ${phone('+34 612 845 903')}.

> El 28 feb 2025, Agrovela Contratos escribió:
> Adjuntamos el acta de cosecha de las parcelas 12 a 18.`, 'the same IBAN as a grower payment in the financial file: a reused account, also a plausible fraud pattern'),

  rec('stacktrace_de', f`Der Export der Spielerverträge an die Liga schlägt fehl:

${cfg(f`Traceback (most recent call last):
  File "/srv/contracts/export.py", line 88, in push
    resp = mailer.send(to=player.email, template="contract_signed")
  File "/srv/contracts/mailer.py", line 31, in send
    raise MailError(f"SendGrid rejected {to}: {r.status_code}")
contracts.mailer.MailError: SendGrid rejected ${v('pii.email', 'lukas.brandt.gg@web.de')}: 401
  [config] SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG)}`)}

Wieso 401, der Key funktioniert doch im Staging?`),

  rec('fixture_py', f`${code(f`# tests/fixtures/importers.py
IMPORTERS = [
    {
        "eori": "NL812736495",
        "name": "Van Dijk Agrifood B.V.",
        "contact": "Femke van Dijk",
        "email": "${v('pii.email', 'femke@vandijk-agrifood.nl')}",
        "phone": "${phone('+31 6 41827365')}",
        "iban": "${v('financial.iban', 'NL71RABO1709908375')}",
    },
    {
        "eori": "DE4729183650000",
        "name": "Brandl Handels GmbH",
        "contact": "Stefan Brandl",
        "email": "${v('pii.email', 's.brandl@brandl-handel.de')}",
        "phone": "${phone('+49 171 4182736')}",
        "iban": "${v('financial.iban', 'DE09706768968751547009')}",
    },
]`)}

Should these fixtures use obviously fake data? They're copied from production.`),

  rec('ticket_fr', f`Ticket #4471 — Accès portail prêteurs

Le prêteur M. Hervé Castaing (${v('pii.email', 'herve.castaing@orange.fr')}, ${phone('+33 6 72 18 49 35')}) n'arrive plus à se connecter pour signer le constat d'état. Le support a réinitialisé son compte avec le mot de passe temporaire ${v('credential.password_in_prose', 'Constat-2025!')} qu'il doit changer.

Peux-tu rédiger une réponse polie au prêteur, sans remettre le mot de passe dans le mail ?`),

  rec('ci_log', f`${cfg(f`[build 1842] Cloning https://github.com/nightjar-gg/overlay-server.git
[build 1842] remote: Invalid username or token. Password authentication is not supported.
[build 1842] env: GITHUB_TOKEN=${v('credential.github_pat', GHP)}
[build 1842] env: OVERLAY_ALERT_HOOK=${v('credential.slack_webhook_url', SLACK_HOOK)}
[build 1842] runner ${amb('pii.ip_address', '172.31.40.17')} exiting with code 128`)}

Почему токен не работает, если в браузере под этим аккаунтом всё открывается?`),

  rec('minutes_nl', f`Notulen overleg restauratie & registratie, 4 maart

1. Bruikleen "Stilleven met haring": bruikleengever mevr. Van Tongeren (${phone('06 41827365', 'NL')}) akkoord met koerier. Verzekeringswaarde volgt per post.
2. Klimaatlogger B.12 valt uit; leverancier ${v('pii.email', 'service@klimatech-benelux.nl')} belt terug.
3. Nieuwe stagiair start 2 juni.

Maak er een actielijst van met eigenaar en deadline.`),

  rec('audit_email_en', f`Can you rewrite this so it doesn't sound like an accusation?

Hi Marek,

During our testing of supplier master data we found that the bank details for "AgroChem Trading" were changed on 14 Nov from ${v('financial.iban', 'CZ89 9587 3816 6622 1160 9702')} to ${v('financial.iban', 'PL86425303953459969916438051')}. The change was requested by e-mail from ${v('pii.email', 'accounts@agrochem-trading.co')} and approved by the same user. Please send the call-back record.

Regards,
Laura (PA Audit)`),

  rec('chat_hi_en', f`Bhai ye field officer ka WhatsApp message hai, isko formal English email bana do:
"Sir kal Nashik plot pe germination 62% hi aaya, farmer Sunil Patil (${phone('+91 94221 83746')}) bol raha hai seed batch AV-HB-2291 kharab hai. Unka Aadhaar ${v('pii.in_aadhaar', '5949 8512 8230')} compensation form me daal diya hai. Aur LIMS ka password ${v('credential.password_in_prose', 'Nashik@Kharif24')} ab kaam nahi kar raha."`),

  rec('notebook_ko', f`${cfg(f`import openai, pandas as pd
client = openai.OpenAI(api_key="${v('credential.openai_api_key', OPENAI)}")

df = pd.read_csv("sponsor_leads.csv")
# columns: company, contact, email, phone
print(df.head(2))
#          company      contact                     email            phone
# 0  Hanbit Gear     Park Seo-yeon   ${v('pii.email', 'seoyeon.park@hanbitgear.kr')}   ${phone('+82 10-4182-7365')}`)}

스폰서 리드마다 맞춤 제안 메일 초안을 생성하고 싶어요. 프롬프트를 어떻게 짜면 될까요?`),

  rec('customs_email_tr', f`Konu: Antrepo çıkışı – beyanname 25TR340100IM0012874

Merhaba Kerem Bey,

Müşterimiz Ege Tohum A.Ş.'nin gümrük vergisi ödemesi kurumsal kartla yapıldı (${v('financial.payment_card', '5557 9458 0658 8648')}), dekont ektedir. İthalatçının yetkilisine ${v('pii.email', 'kerem.ozturk@egetohum.com.tr')} veya ${phone('+90 532 418 27 36')} numarasından ulaşabilirsiniz.

Bu e-postayı daha kısa ve resmi hale getirir misin?`),

  rec('sheet_pl', f`Arkusz wyjątków z badania – proszę o podsumowanie:

${cfg(f`Nr\tKontrahent\tRachunek\tKwota\tUwagi
1\tAgroMix Sp. z o.o.\t${v('financial.iban', 'PL86 4253 0395 3459 9699 1643 8051')}\t48 220,00\tzmiana rachunku bez potwierdzenia
2\tPolNasiona S.A.\tPL17 1140 2004 0000 3802 7731 9946\t12 900,00\tstary rachunek, poprawny
3\tJan Kowalczyk (rolnik)\t—\t3 400,00\tbrak umowy`)}`, 'second PL number fails mod-97: a negative'),

  rec('museum_mail_it', f`Ciao! Puoi tradurre in inglese questa mail per il prestatore?

"Gentile Dott. Bellini, le confermo che il corriere ritirerà l'opera il 10 marzo. Per il sopralluogo il nostro restauratore la contatterà al ${phone('+39 347 418 2736')}. Le ricordo che il codice fiscale (${v('pii.it_codice_fiscale', 'GRCPLA77B12G273H')}) ci serve per il contratto di assicurazione. ${v('confidential.marking', 'Questa comunicazione è riservata')}: la prego di non inoltrarla."`),

  rec('slack_export_vi', f`${cfg(f`[09:12] Minh Anh: bạn nào reset giúp tài khoản stream của anh Khoa với, email ${v('pii.email', 'khoa.nguyen.nj@gmail.com')}
[09:13] Tuấn: ok, mật khẩu tạm là ${v('credential.password_in_prose', 'Phoenix#0907')} nhé, đổi ngay sau khi login
[09:15] Minh Anh: cảm ơn, số của anh ấy ${phone('+84 912 384 756')} nếu cần gọi`)}

Tóm tắt cuộc trò chuyện này và chỉ ra điều gì không nên làm về bảo mật.`),

  rec('donor_letter_ro', f`Te rog să simplifici scrisoarea către donator:

Stimate domn Ionescu,
Vă mulțumim pentru donația din 12.02.2025. Analizele au arătat o valoare crescută a ALT; vă rugăm să contactați medicul de familie. Pentru programări: ${phone('+40 722 418 273')} sau ${v('pii.email', 'programari@sanguis-rbb.org')}.
Data nașterii înregistrată: ${v('pii.date_of_birth', '09.07.1984')} — dacă este greșită, anunțați-ne.

Ton mai cald, te rog.`),
];
