/**
 * Held-out batch 107: hard negatives — placeholders, test keys, masked and check-digit-failing
 * numbers, identifiers of meters, vessels, implants, medicines and matches, hashes, public keys
 * and casual uses of "confidential", from the six settings (tests/corpus/README.md, "Decisions on
 * negatives"). Unlabelled apart from ambiguous spans. Hand-written.
 */
import { amb, ambCat, f, rec, type DraftRecord } from '../dsl';
import { B62, B64, HEX, b64Bytes, fill, pem, tok } from '../tokens';

const STRIPE_TEST = tok('sk_', 'test_', '51', fill('b107n-sktest', B62, 97));
const PK_LIVE = tok('pk_', 'live_', '51', fill('b107n-pklive', B62, 97));
const SHA = (seed: string) => fill(seed, HEX, 64);
const GITSHA = (seed: string) => fill(seed, HEX, 40);
const CERT = pem('CERTIFICATE', 'b107n-cert', 870);
const PUB = pem('PUBLIC KEY', 'b107n-pub', 294);
const BCRYPT = tok('$2b$12$', fill('b107n-bcrypt', B62 + './', 53));
const SSH_PUB = tok('ssh-ed25519 ', 'AAAAC3NzaC1lZDI1NTE5AAAAI', fill('b107n-sshpub', B64, 43));
const PNG_B64 = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${b64Bytes('b107n-png', 180)}`;
const ip = (s: string) => amb('pii.ip_address', s);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH107_NEGATIVES: DraftRecord[] = [
  rec('env_example', f`Write a README section explaining each variable of the billing portal:

${cfg(f`# .env.example — copy to .env and fill in
STRIPE_SECRET_KEY=sk_live_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/customer_billing
SMTP_PASSWORD=
TWILIO_AUTH_TOKEN=<twilio-auth-token>
JWT_SECRET=\${JWT_SECRET}`)}`),

  rec('env_test', f`${cfg(f`# pharmacy-checkout/.env.test
STRIPE_SECRET_KEY=${STRIPE_TEST}
STRIPE_PUBLISHABLE_KEY=${PK_LIVE}
TEST_CARD=${amb('financial.payment_card', '4000 0566 5566 5556')}`)}

Why does the test card get declined with "card_declined" in test mode?`, 'Stripe test key and publishable key are not credentials; the well-known test card is ambiguous'),

  rec('receipt_de', f`Kannst du diesen Lieferbeleg ins Türkische übersetzen? Für eine Kundin, die kaum Deutsch spricht.

Apotheke am Markt – Lieferservice
Bestellnr.: AM-2024-118734
Zugestellt: 21.11.2024, 16:42
Bezahlt mit: Mastercard **** **** **** 7334
Betrag: 23,85 € (inkl. 7 % MwSt.)
PZN 04114918 – Ibuprofen 400 mg, 20 St.
PZN 10019621 – Pantoprazol 20 mg, 14 St.`),

  rec('chat_en', f`Customer says the payment form rejects her card "4000 1234 5678 9010". She typed it from memory and I suspect a digit is wrong. How does the form know it's invalid before even contacting the bank?`),

  rec('chat_de', f`Ein Kunde hat im Formular die IBAN DE63 3704 0044 4145 4121 87 eingetragen und bekommt "IBAN ungültig". Wie funktioniert die Prüfziffer bei der IBAN? Ich möchte ihm das am Telefon erklären.`),

  rec('log', f`Game server log — why do so many matches end with reason=timeout?

${cfg(f`2024-11-18T21:04:11.338Z INFO match_end match_id=4f8c2a91-7e3d-4b62-a915-0d7e8c3f1b24 map=harbor_night duration_s=1804 reason=timeout
2024-11-18T21:04:12.002Z INFO match_end match_id=b3e19d07-52a4-4c8e-9f61-7a2d0e5c9b83 map=quarry duration_s=1800 reason=timeout
2024-11-18T21:05:47.915Z INFO match_end match_id=0c7a5e28-91b6-4d3f-8e02-4b9f1a6d7c55 map=harbor_night duration_s=742 reason=score_limit`)}`),

  rec('git_log', f`Please write release notes from these commits of the dispatch app:

${GITSHA('b107n-c1').slice(0, 7)} fix(map): crew pins overlap at zoom 12
${GITSHA('b107n-c2').slice(0, 7)} feat(jobs): add "valve exercise" job type
${GITSHA('b107n-c3').slice(0, 7)} chore: bump leaflet to 1.9.4
${GITSHA('b107n-c4').slice(0, 7)} fix(sms): retry on 429 from provider`),

  rec('changelog', f`Was hat sich zwischen den beiden Images geändert? Für die Change-Notiz im Leitstand:

- registry.stadtwerke.local/leck-dispatch:3.8.2@sha256:${SHA('b107n-d1')}
- registry.stadtwerke.local/leck-dispatch:3.9.0@sha256:${SHA('b107n-d2')}

3.9.0: Node 20.11 → 22.11, neuer Jobtyp "Schieberprüfung", Kartenkacheln aus eigenem Tileserver.`),

  rec('meter_csv', f`Flag meters with suspicious consumption jumps:

${cfg(f`meter_serial;dma;reading_2024_09;reading_2024_10;reading_2024_11
WM-19-0048213;DMA-07;01644;01689;01734
WM-21-0117392;DMA-07;00382;00391;01288
WM-18-0093107;DMA-09;04120;04166;04211
WM-22-0204418;DMA-12;00018;00018;00018`)}`),

  rec('chat_en_gb', f`Vessel particulars for the charter party, can you put them in the standard table format?
Name: Alcyone Star, IMO 9784312, flag Malta, built 2018 Tsuneishi, 82,003 dwt, LOA 229.0 m, beam 32.26 m, draft 14.45 m
Laycan 20–25 Nov 2024, B/L no. TARR-SANTOS-0118/24, CP dated 04.11.2024`),

  rec('chat_pl', f`Potrzebuję tabeli z numerami serii implantów do raportu kwartalnego:
- endoproteza kolana, REF 5510-F-402, LOT 24C1187, UDI (01)07613252318425(17)290131(10)24C1187
- śruba interferencyjna 8×25 mm, REF AR-1380B, LOT 2410-338
- kotwica 4,5 mm, REF 71-4025, LOT K24-9921`),

  rec('chat_ja', f`「私はこのプロジェクトの成功に自信があります（I'm confident）」と英語のメールで書きたいのですが、confident と confidential の違いがよくわかりません。使い分けを教えてください。`),

  rec('chat_en_us', f`Can you give me a template for a confidentiality agreement between our sports-medicine hospital and a visiting fellow from Brazil? Plain English, one page.`),

  rec('chat_fr', f`Notre DSI parle de « confidential computing » pour héberger les images IRM dans le cloud. C'est quoi concrètement, et est-ce utile pour un hôpital de 200 lits ?`),

  rec('sshd', f`New anti-cheat analyst needs access to the log box. I added her key to authorized_keys, is this format right?

${SSH_PUB} ayse.demir@quillfire-laptop

She still gets "Permission denied (publickey)".`),

  rec('cert', f`Is this the right intermediate certificate to add to the chain for the delivery app's API?

${CERT}`),

  rec('pubkey', f`The payment provider asks us to upload our public key for webhook signature verification. Is this the public or the private one?

${PUB}`),

  rec('hash_de', f`In der alten Kunden-DB der Wasserwerke stehen Passwörter so: ${ambCat('credential', BCRYPT)} — ist das bcrypt und reicht Kostenfaktor 12 noch?`),

  rec('docs_question', f`How should the delivery app store the refresh token on Android — EncryptedSharedPreferences or the Keystore directly? No code yet, just want the trade-offs.`),

  rec('firewall_ru', f`Нужно разрешить доступ к телеметрии насосных станций только из диспетчерской. Правильно ли я составил правило?

${cfg(f`iptables -A INPUT -p tcp --dport 502 -s ${ip('10.20.0.0/24')} -j ACCEPT
iptables -A INPUT -p tcp --dport 502 -j DROP`)}

Порт 502 — Modbus TCP.`),

  rec('chat_es', f`En la app de la comunidad usamos IDs de Steam para vincular cuentas. ¿Es dato personal un SteamID64 como 76561198072841937? El equipo legal dice que sí, nosotros creemos que no.`),

  rec('pharmacy_codes', f`Translate this medication list for the Arabic-speaking customer, keep the codes:
- NDC 0069-0154-01 atorvastatin 20 mg
- NDC 0093-7180-56 metformin 500 mg
- Rx #6204718 refills left: 2
- EAN 4006381333931 cold pack`),

  rec('chat_tr', f`Hastanedeki DICOM sunucusunda çalışma UID'leri şöyle: 1.2.840.113619.2.55.3.604688119.971.1731400000.372 — bu numara hastayı tanımlar mı, anonimleştirmede silinmeli mi?`),

  rec('chat_nl', f`We willen een wachtwoordbeleid voor de medewerkers van de bezorgdienst: minimaal 14 tekens, geen hergebruik van de laatste 5, MFA verplicht. Kun je er een korte tekst voor het intranet van maken?`),

  rec('helm', f`${cfg(f`anticheat:
  image: registry.quillfire.example/ac-ingest:2.4.1
  env:
    - name: REDIS_PASSWORD
      valueFrom:
        secretKeyRef: { name: ac-redis, key: password }
    - name: STEAM_WEB_API_KEY
      value: "{{ .Values.steam.apiKey }}"`)}

helm lint says nothing but the pod can't read the secret. Why?`),

  rec('gha', f`${cfg(f`- name: Deploy student portal
  env:
    AZURE_CLIENT_SECRET: \${{ secrets.AZURE_CLIENT_SECRET }}
    SMTP_PASSWORD: \${{ secrets.SMTP_PASSWORD }}
  run: ./deploy.sh --slot staging`)}

Is there a way to see which secrets a workflow run actually used?`),

  rec('aws_docs', f`I'm following the AWS CLI tutorial for uploading leak-sensor data. It says to run aws configure with AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — do I type those literally?`),

  rec('chat_zh', f`玩家反馈登录时提示"密码错误"，但我们的日志只显示 password=******** 。怎么在不记录明文密码的情况下排查？`),

  rec('git_remote', f`${cfg(f`$ git remote add origin ${amb('pii.email', 'git@github.com')}:quillfire-games/community-site.git
$ git push -u origin main
ERROR: Repository not found.`)}

The repo exists, I can see it in the browser.`),

  rec('tracking', f`Delivery status summary please:
DHL 00340434161094042557 — in transit
UPS 1Z 4E8 79W 68 0417 2203 — delivered
PostNL 3SABCD0123456789 — at pickup point
All orders from 18/11, ref range PD-2411-0001 to PD-2411-0087.`),

  rec('chat_ko', f`"대외비"라는 단어를 영어로 어떻게 번역하는 게 자연스러울까요? 회사 문서 분류 체계를 만드는 중인데 Confidential, Internal, Public 세 단계로 하려고 합니다.`),

  rec('phone_fake', f`Write a sample SMS for the leak-repair appointment confirmation. Use a dummy number in the example, like ${amb('pii.phone', '(555) 014-3287')}, so nobody calls a real person.`),

  rec('test_card', f`For the QA checklist of the new delivery checkout, list the test cards we should try. I know ${amb('financial.payment_card', '4111 1111 1111 1111')} for Visa success; what else?`),

  rec('voucher', f`Kundin hat einen Apotheken-Geschenkgutschein mit der Nummer 6035 7123 8490 1276 und sagt, er wird online nicht angenommen. Kann man Gutscheine überhaupt im Lieferservice einlösen?`, 'voucher number checked to fail Luhn'),

  rec('css_data', f`The pharmacy logo in our delivery e-mails shows as a broken image in Outlook:

${cfg(f`<img src="data:image/png;base64,${PNG_B64}" alt="FarmaExpress" width="120">`)}`),

  rec('version_fw', f`Nach dem Update der Fernwirktechnik auf Firmware 4.12.1 (Build 2024.11.05-3) zeigen zwei Pumpwerke falsche Druckwerte. Changelog erwähnt "Modbus-Skalierung angepasst". Wie gehe ich bei der Fehlersuche vor?`),

  rec('chat_id', f`Bagaimana cara menjelaskan ke kurir baru bahwa mereka tidak boleh memotret resep pasien? Tolong buat 5 poin singkat dalam bahasa Indonesia.`),

  rec('chat_sw', f`Nisaidie kuandika tangazo kwa wateja kwamba huduma ya kusafirisha dawa itafungwa siku ya Jamhuri, 12 Desemba, na itarudi tarehe 13 saa mbili asubuhi.`),

  rec('chat_ar', f`ما الفرق بين "سري" و"سري للغاية" في تصنيف الوثائق؟ أريد شرحاً مبسطاً لموظفي مكتب الطلاب الدوليين، بدون أمثلة من وثائقنا.`),

  rec('chat_hi', f`Hamare water billing software mein "secret" naam ka ek field hai jo sirf customer ke security question ka label hai (jaise "pehle school ka naam"). Kya isko rename karna chahiye?`),

  rec('chat_uk', f`Поясни, будь ласка, різницю між номером накладної (ТТН 20450918273645) і номером замовлення в аптеці (ЗМ-118273). Клієнти плутають їх у чаті.`),

  rec('sql_question', f`SELECT COUNT(*) FROM appointments WHERE status = 'no_show' — this gives me the number but how do I get the rate per surgeon? Just explain the idea, I'll write it.`),

  rec('chat_vi', f`Sinh viên quốc tế hỏi mã số sinh viên 2024-INT-0418 có phải là thông tin mật không. Bạn giúp tôi trả lời ngắn gọn: mã này dùng nội bộ, không phải mật khẩu.`),

  rec('chat_th', f`ช่วยอธิบายให้ทีมชุมชนเกมเข้าใจว่าทำไมเราไม่ควรขอรหัสผ่านจากผู้เล่นในแชทซัพพอร์ต แม้ผู้เล่นจะเต็มใจให้ก็ตาม`),

  rec('chat_ka', f`როგორ ავუხსნა მომხმარებელს, რომ მრიცხველის ნომერი WM-21-0117392 არ არის პერსონალური ინფორმაცია და მისი ტელეფონით კარნახი უსაფრთხოა?`),

  rec('chat_en_au', f`Mate, the freight desk wants a quick explainer: what's the difference between a charter party's "confidentiality clause" and an NDA? No specifics, just general stuff for the grads.`),

  rec('netmask', f`${cfg(f`interface GigabitEthernet0/1
 description uplink-pumpwerk-sued
 ip address ${ip('192.168.40.2')} ${ip('255.255.255.252')}
 ip ospf cost 10`)}

What does the /30 mask mean here and why use it on a point-to-point link?`),

  rec('cover_letter', f`Lebenslauf-Tipp gesucht: Ich bewerbe mich als Disponentin im Frachtbereich. Im Anschreiben möchte ich erwähnen, dass ich "vertraulich mit sensiblen Kundendaten umgehe". Klingt das zu floskelhaft?`),
];
