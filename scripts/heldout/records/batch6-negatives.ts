/**
 * Held-out batch 6: hard negatives — text that looks sensitive and is not (tests/corpus/README.md,
 * "Decisions on negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, fill, tok } from '../tokens';

const RK_TEST = tok('rk_', 'test_', '51', fill('b6n-rktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b6n-pklive', B62, 97));
const SHA = (seed: string, n = 64) => fill(seed, HEX, n);

export const BATCH6_NEGATIVES: DraftRecord[] = [
  rec('env_test', f`${amb('source_code.snippet', f`# .env.test — committed on purpose, CI only
STRIPE_RESTRICTED_KEY=${RK_TEST}
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
DATABASE_URL=postgres://postgres:postgres@localhost:5432/test`)}

reviewer flagged this file. It's only the test restricted key and the publishable key — fine to keep?`, 'a Stripe test key and a publishable key (negatives by convention) and the Docker image default postgres:postgres on localhost (unlabelled: debatable, not a listed placeholder; see README); .env content ambiguous as code'),

  rec('receipt_vi', f`HÓA ĐƠN — Nhà sách Phương Nam
Số HĐ: 00018274
Thanh toán: MASTERCARD ************3427
Tổng cộng: 486.000₫
Mã vận đơn GHN: GHN8N4KQ27VX

Translate this receipt into English for my expense report.`, 'a masked card and a courier waybill code'),

  rec('helm_diff', f`helm diff upgrade output, why does it show a change every time?

${amb('source_code.snippet', f`default, manifest-api, Secret (v1) has changed:
  kind: Secret
  data:
-   DATABASE_PASSWORD: '-------- # (16 bytes)'
+   DATABASE_PASSWORD: '++++++++ # (16 bytes)'`)}`, 'helm-diff masks secret values; tool output ambiguous as code'),

  rec('git_shortlog', f`$ git log --pretty=format:'%h %an %s' -n 4
${SHA('b6n-c1', 7)} Niamh Byrne fix(checkout): retry stripe on 429
${SHA('b6n-c2', 7)} Rohan Iyer chore: bump sentry-sdk to 2.20.0
${SHA('b6n-c3', 7)} Niamh Byrne feat(api): rotate keys via vault
${SHA('b6n-c4', 7)} dependabot[bot] build(deps): bump undici from 6.19.2 to 6.21.1

write release notes from these commits`),

  rec('placeholder_docs', f`From our internal wiki, is this clear enough for new starters?

1. Get an API key from the portal (it looks like \`hl_live_XXXXXXXXXXXXXXXXXXXX\`).
2. Put it in \`.env\` as \`HARBOURLINE_API_KEY=<your key here>\`.
3. Never commit \`.env\`; use \`\${{ secrets.HARBOURLINE_API_KEY }}\` in Actions.`, 'placeholders only'),

  rec('uuid_log', f`Can you group these by job and count failures?

job=ocr-batch run=7c2e91a4-5b3f-4d08-9e61-2a4f8c0b7d35 status=failed
job=ocr-batch run=e04b6d19-8a72-4c3e-b5f1-9d2c6a8e1f40 status=ok
job=tide-sync run=3a9f1c27-4e85-4b6d-a013-7f2e9c5d8b61 status=failed`),

  rec('versions_quads', f`Our fleet inventory — which hosts need the firmware update?

host        bios      bmc        nic fw
dock-01     2.19.1    6.10.30.00 22.31.6
dock-02     2.19.1    6.10.30.00 22.31.6
dock-03     2.17.0    6.00.30.00 21.80.9`, 'firmware version quads among x.y.z versions: not IP addresses'),

  rec('iban_bad_check', f`Our ERP refuses "DE19 4048 5261 2233 1998 24" — the supplier insists it's right. Can an IBAN be valid and still rejected?`, 'an IBAN with wrong check digits (mod-97 fails)'),

  rec('luhn_fail', f`Gift card balance check says "invalid number" for 4324 9330 3468 6705 — is that a typo on the card or a system problem?`, 'a Luhn-failing 16-digit number'),

  rec('ssn_invalid', f`The form validator accepts 666-12-3456 and 900-45-1234 as SSNs. What rules should the validation actually enforce?`, 'SSNs with area 666 and 9xx: never issued'),

  rec('masked_values', f`Confirmation e-mail template — do these masks look right?

Account: ****-****-****-7391
IBAN: DE** **** **** **** **37 16
NI number: ** ** ** ** C
Phone: +44 ****** 906`),

  rec('order_numbers', f`Customer says order 302-8817465-2290137 never arrived; tracking 1Z 4E9 W71 03 8124 5530 shows "label created". Write a message to the courier's business support.`, 'Amazon-style order number and a UPS tracking number'),

  rec('pw_policy', f`Rewrite our password policy to be friendlier:
- at least 12 characters
- don't reuse your last 5 passwords
- examples of BAD passwords: Password123!, Harbourline2025, your dog's name`, 'example bad passwords in a policy: not credentials'),

  rec('kubectl_secrets', f`$ kubectl get secrets -n checkout
NAME                    TYPE                             DATA   AGE
stripe-credentials      Opaque                           2      41d
registry-pull           kubernetes.io/dockerconfigjson   1      212d
manifest-api-tls        kubernetes.io/tls                2      12d

how do I see when each secret was last modified?`),

  rec('sha_sums', f`Verify the download:

SHA256 (tidekit-1.3.1-linux-amd64.tar.gz) = ${SHA('b6n-s1')}
SHA256 (tidekit-1.3.1-darwin-arm64.tar.gz) = ${SHA('b6n-s2')}

which command does that on Windows?`),

  rec('jwt_question', f`What's the difference between the header and payload of a JWT? E.g. the header is just {"alg":"RS256","typ":"JWT"} base64url-encoded, right? And is it safe to decode one on jwt.io?`, 'a JWT question with no token'),

  rec('public_key', f`Add my key to the bastion please:

ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fill('b6n-edpub', B64, 43)} niamh@harbourline-mbp`, 'an SSH public key'),

  rec('born_thing', f`Write a short "about us": Quay Market was born on 14 June 2016 as a Saturday stall at the Docklands; our sourdough starter was born the same week and still lives in the bakery fridge.`, '"born" about a business and a sourdough starter'),

  rec('historic_dob', f`For the museum caption: Isambard Kingdom Brunel (born 9 April 1806, died 15 September 1859) designed the SS Great Britain. Make it 40 words.`, 'a historical birth date older than 125 years'),

  rec('coords_phone_like', f`Tide gauge stations for the map layer:
Dún Laoghaire 53.2950 -6.1339
Howth 53.3915 -6.0676
Arklow 52.7953 -6.1413
station ids 0 21 8834 11 and 0 21 8834 12 are the new ones.`, 'coordinates and station ids that look like phone number groups'),

  rec('conf_interval', f`In our survey results the 95% confidence interval for weekly spend is €41.20–€47.90. Explain in one sentence for the newsletter what that means.`, 'confidence, not confidential'),

  rec('bcrypt_hash', f`Is this a normal bcrypt hash format? Our legacy users table has password_hash = '$2b$12$${fill('b6n-bcrypt', B62 + './', 53)}'.`, 'a password hash is not a password (batch 2/4: bcrypt unlabelled)'),

  rec('ipv6_docs', f`Our firewall docs use ${amb('pii.ip_address', '2001:db8::')}/32 in all examples and ${amb('pii.ip_address', '198.51.100.0')}/24 for the "public" side. Are those safe documentation ranges?`, 'documentation prefixes (RFC 3849 / RFC 5737): IP addresses are ambiguous by convention'),

  rec('test_card_docs', f`Stripe docs say to use ${amb('financial.payment_card', '4000 0027 6000 3184')} for 3-D Secure testing. Does it also trigger SCA on saved cards?`, 'a published Stripe test card (ambiguous by convention)'),
];
