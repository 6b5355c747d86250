/** Held-out batch 33: longer texts mixing categories — incident notes, threads, exports, stack traces, fixtures. Hand-written. */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const SG_KEY = tok('SG.', fill('b33m-sg1', B64URL, 22), '.', fill('b33m-sg2', B64URL, 43));
const GHP = gh('ghp', 'Lm3Xq8Rt1Vb6Nz4Kc9Wy2Hj7Pd5Gs0');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T02', fill('b33m-slt', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/B06', fill('b33m-slb', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/', fill('b33m-slh', B62, 24));
const DD_KEY = fill('b33m-dd', HEX, 32);
const ANTHROPIC = tok('sk-ant-', 'api03-', fill('b33m-ant', B64URL, 93), 'AA');

export const BATCH33_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident review — ticketing outage, Sat 16 Nov

**Impact:** online sales down 19:05–19:48 UK time across 31 cinemas; ~4,200 bookings lost or moved to box office.

**Timeline**
- 19:05 payment callback queue backs up; on-call paged (${v('pii.email', 'oncall-ticketing@seatspark.io')})
- 19:21 cause: the mailer had been re-deployed with an old config that still contained \`SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SG_KEY)}\` (revoked) and retried every confirmation mail synchronously
- 19:40 mailer made async again, queue drains
- 19:48 sales normal

**Customer impact example:** Mrs J. Whitfield (${phone('07912 483 106', 'GB')}) was charged but got no ticket; refunded manually.

Please rewrite the customer-facing part as a short apology for the app banner. Nothing internal.`),

  rec('email_thread', f`Can you help me answer Helga? She wants the refund but I don't want to confirm bank details by email.

From: Helga Steinbauer <${v('pii.email', 'helga.steinbauer@gmx.at')}>
Sent: Monday, 18 November 2024 08:41
Subject: Rückerstattung Kaution – Top 7, Wiedner Hauptstraße

Sehr geehrte Damen und Herren,
ich bin per 31.10. ausgezogen, die Wohnung wurde übergeben. Bitte überweisen Sie die Kaution (4.200 €) auf mein neues Konto:
IBAN ${v('financial.iban', 'AT52 1200 0100 1738 2946')}
Telefonisch erreichen Sie mich unter ${phone('+43 664 2847193')}.
Mit freundlichen Grüßen
Helga Steinbauer`),

  rec('stack_trace', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/deid/export.py", line 88, in push_extract
    client.upload(path, dest=f"sftp://dsa_partner_sg:${v('credential.url_password', 'Merlion-Bay-6621')}@sftp.partner-research.sg/incoming/{study}/")
  File "/opt/deid/lib/sftp.py", line 41, in upload
    raise TransferError(f"{host}: {e}")
deid.lib.sftp.TransferError: sftp.partner-research.sg: Authentication failed`)}

Extract for DSA-2024-061 failed overnight. Where should this password live instead of the script?`),

  rec('csv', f`Pay-run check for the logistics park contractors (Sines), can you flag rows where the IBAN country doesn't match the contractor's country?

${amb('source_code.snippet', f`contractor;country;contact;email;iban;amount
Limpezas Atlântico Lda;PT;Sónia Reis;${v('pii.email', 'sonia.reis@limpezas-atlantico.pt')};${v('financial.iban', 'PT76003500970000283746192')};4 820,00
Vandenbroucke BV;BE;Koen Vandenbroucke;${v('pii.email', 'koen@vandenbroucke-bv.be')};${v('financial.iban', 'BE60310180274619')};7 315,50
RailSecure GmbH;DE;Tobias Wendt;${v('pii.email', 't.wendt@railsecure.de')};${v('financial.iban', 'NL08ABNA0417263958')};12 040,00`)}`),

  rec('code_python', f`Test fixture for the donor-reminder service. Reviewer says "no real-looking data in tests" — how should I rewrite it?

${v('source_code.snippet', f`DONORS = [
    {"name": "Patricia Nwankwo", "nhs": "${v('pii.uk_nhs_number', '9438172653')}", "mobile": "${phone('+44 7841 293 657')}", "email": "${v('pii.email', 'p.nwankwo@btinternet.com')}"},
    {"name": "Test Donor", "nhs": "0000000000", "mobile": "${amb('pii.phone', '+44 7700 900123')}", "email": None},
]

def test_reminder_text():
    msg = render_reminder(DONORS[0], when=datetime(2024, 12, 3, 9, 30))
    assert "3 December" in msg and "09:30" in msg`)}`),

  rec('meeting_notes', f`## Yard ops weekly — Duisburg, 19 Nov

Attendees: Mehmet, Anja, Piotr, Kees (broker liaison)

- Crane 2 spreader sensor replaced; downtime 6 h
- Customs broker portal: new shared login for the night shift, user \`ferrolink_night\`, password ${v('credential.password_in_prose', 'Rheinhafen!0419')} (Kees to rotate monthly)
- Driver complaint (Piotr Kowalczyk, ${phone('+48 601 284 937')}): no toilets open at gate N after 22:00 → Anja to check with facility mgmt
- Datadog key for the new gate OCR box: ${v('credential.datadog_api_key', DD_KEY)} (goes into the vault, Anja)

Turn this into action items with owners and due dates.`),

  rec('ticket', f`INC-88213 | Loyalty app — member can't log in
Reporter: Sarah Lim (Customer Care SG)
Member: Tan Boon Huat, ${v('pii.email', 'boonhuat.tan@gmail.com')}, ${phone('+65 6738 2914')}
Device IP at last attempt: ${amb('pii.ip_address', '116.86.41.203')}
Error: "Account locked after 5 attempts". Unlocked at 10:12 SGT. Member also asked to change the card on file; he pasted ${v('financial.payment_card', '4539281746053121')} in the chat — redacted in the CRM, left in this ticket by mistake.

Please write the closing note for the ticket and remind the agent about card data in tickets.`),

  rec('email', f`Subject: ${v('confidential.marking', 'CONFIDENTIAL')}: DSA draft v3 — Singapore cardiac imaging collaboration

Hi Wei Jie,

Please find the comments from our side:
1. Clause 7.2: the recipient may not re-identify or attempt to link with other data.
2. Annex B: transfer via SFTP only; your contact for keys is Dr Lim (${phone('+65 9123 4867')}).
3. Publication clause — 60 days review.

Best, Tom Hughes
Research Data Office, ${v('pii.email', 'tom.hughes@staldric.nhs.uk')}

→ Can you make point 1 sound less hostile?`),

  rec('chat', f`Help me clean up this handover note from the night supervisor at the Gazipur mill before I forward it to the GM:

"boiler 2 pressure alarm 02:40 again, reset. Rahim (${phone('01711-594027', 'BD')}) says sensor is faulty. ERP was down 03:00-03:30, I logged in with the IT admin account (it_admin / ${v('credential.user_password_pair', 'Padma@Server#1')}) to restart the service. 3 workers sent home sick, list with HR. container for Hohenlinde stuffed, seal no. 4471902."`),

  rec('git_log', f`Reviewing a PR before release of the companion app, this commit looks wrong to me:

${amb('source_code.snippet', f`commit 8e41c7a2d93b05f16e7a4c28b91d3f0a6e52c7d4
Author: Lukas Berger <${v('pii.email', 'lukas.berger@corvane-medical.com')}>
Date:   Tue Nov 19 17:22:05 2024 +0100

    hotfix: ci release upload

diff --git a/scripts/release.sh b/scripts/release.sh
@@ -3,3 +3,4 @@
 set -e
+export GH_TOKEN=${v('credential.github_pat', GHP)}
 gh release create "v$VERSION" dist/*.apk --notes-file CHANGELOG.md`)}

What's the fastest safe way to clean this up? The repo is private.`),

  rec('json_payload', f`Webhook payload from the ticketing platform that breaks our CRM import, which field is the problem?

${amb('source_code.snippet', f`{
  "event": "order.completed",
  "order_ref": "LUM-GLA-5520917",
  "customer": { "name": "Fiona Drummond", "email": "${v('pii.email', 'fiona.drummond@sky.com')}", "phone": "${phone('+44 7912 483 106')}" },
  "payment": { "brand": "amex", "last4": "5126", "auth_code": "184920" },
  "items": [{ "type": "ADULT_PREMIUM", "qty": 2, "price_pence": 1450 }],
  "notify": "${v('credential.slack_webhook_url', SLACK_HOOK)}"
}`)}`),

  rec('chat_ko', f`다음 메모를 영어로 번역하고 개인정보는 [삭제]로 바꿔 주세요:
"시험 대상자 박서연 (연락처 ${phone('+82 10 9381 2746')}, 이메일 ${v('pii.email', 'seoyeon.park@naver.com')}) 3차 방문 시 패치 부착 부위 발적. 사진은 연구 드라이브에 업로드함. 모니터 요청으로 IP ${amb('pii.ip_address', '211.45.128.77')}에서 원격 접속 기록 확인."`),

  rec('config', f`${amb('source_code.snippet', f`# deid-assistant/settings.toml
[llm]
provider = "anthropic"
api_key = "${v('credential.anthropic_api_key', ANTHROPIC)}"
model = "claude-3-5-haiku-latest"

[notify]
owner = "${v('pii.email', 'rdo-tools@staldric.nhs.uk')}"
on_call = "${phone('+44 113 392 7416')}"`)}

Is it a problem that this goes to the LLM vendor with patient free text? Our DPO asked.`),

  rec('whatsapp', f`WhatsApp from the Greek freight forwarder, translate to English and draft a reply:

[19/11, 09:14] Κώστας Λαμπράκης: Καλημέρα, το φορτίο για Βιέννη είναι έτοιμο. Τα στοιχεία του οδηγού: Νίκος Βλάχος, διαβατήριο ${v('pii.passport', 'AK3918274')}, κινητό ${phone('697 284 1635', 'GR')}
[19/11, 09:16] Κώστας Λαμπράκης: Η πληρωμή στο ${v('financial.iban', 'GR8901720810000508102937461')} παρακαλώ, όπως πάντα.`),

  rec('email', f`Hello Ngozi,

Following up on our call about the Lagos depot pilot. Our bank confirmed receipt of ₦ 18,400,000. For the next instalment please use account ${ambCat('financial', '0123847592')} at Zenith Bank (SWIFT ${amb('financial.swift_bic', 'ZEIBNGLA')}) as agreed. My direct line is ${phone('+234 803 418 2957')}, or mail ${v('pii.email', 'c.okonkwo@ferrolink-africa.ng')}.

Regards,
Chukwuemeka Okonkwo
Business Development, Ferrolink Africa

→ Is this OK to send or should the bank details be in a signed letter instead?`),
];
