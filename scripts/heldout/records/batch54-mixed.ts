/**
 * Held-out batch 54: longer texts mixing categories (incident notes, e-mail threads, handovers,
 * exports and traces) from the six workplaces of this batch. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const WHSEC = tok('whsec_', fill('b54m-whsec', B62, 32));
const SQUARE = tok('EAAA', fill('b54m-square', B64URL, 60));
const SENTRY_KEY = fill('b54m-sentry', HEX, 32);
const OPENAI = tok('sk-proj-', fill('b54m-oai1', B64URL, 74), 'T3BlbkFJ', fill('b54m-oai2', B64URL, 74));

export const BATCH54_MIXED: DraftRecord[] = [
  rec('incident_email', f`Can you rewrite this as a formal Datix-style incident summary? Remove anything that isn't needed.

From: Sister Helen Crabtree <${v('pii.email', 'helen.crabtree@stcolmcillehospice.org.uk')}>
To: Clinical Governance

Last night the agency nurse couldn't access the syringe-driver chart on the shared drive, so the HCA gave her my login (hcrabtree / ${v('credential.password_in_prose', 'Snowdrop!Ward2')}) over the phone. The patient, Mrs Irene Wainwright, NHS ${v('pii.uk_nhs_number', '862 540 4715')}, was not harmed — the 02:00 dose was given on time. I have changed my password this morning. Her daughter (${phone('07392 618 405', 'GB')}) has been informed.`),

  rec('email_en_ng', f`Please help me reply this customer, he is very angry:

"Good day. My name is Emeka Nwosu of Nwosu & Sons Trading, Lagos. Our 2 x 40ft containers (B/L NVLAPP2409881) were discharged at Apapa 19 days ago and we are being charged demurrage because your office did not release the D/O on time. We paid ₦4,850,000 twice because your system failed. Refund the duplicate to our account in the UK: ${v('financial.iban', 'GB16 LOYD 3098 9449 0821 21')}. Call me on ${phone('+234 806 217 4930')} or ${v('pii.email', 'emeka@nwosuandsons.com.ng')}. I am escalating to your MD."

Keep it calm, apologise for the delay, and say finance will confirm the refund within 5 working days.`),

  rec('onboarding_pl', f`Przygotuj z tego listę kontrolną po angielsku dla kapitana — nowy oficer wchodzi na statek w Gdyni:

- Marcin Zieliński, 3rd Officer, tel. ${phone('+48 604 281 937')}, e-mail ${v('pii.email', 'm.zielinski.sea@gmail.com')}
- Data urodzenia: ${v('pii.date_of_birth', '22.04.1995')}
- Paszport: ${v('pii.passport', 'EK4827193')}
- Konto do wypłaty: ${v('financial.iban', 'PL76 2490 1044 5477 3653 5473 0095')}
- Login do crew portal: mzielinski, hasło tymczasowe: ${v('credential.password_in_prose', 'Gdynia#Molo2024')}
- Szkolenie ECDIS ważne do 2026, medical do 08/2025`),

  rec('case_note_ur', f`یہ کیس نوٹ انگریزی میں فائل کے لیے صاف کر دیں:

کلائنٹ: عائشہ بی بی، پاسپورٹ ${v('pii.passport', 'BK7391846')}، تاریخ پیدائش ${v('pii.date_of_birth', '02-11-1998')}
فون: ${phone('+92 300 4827391')}، ای میل: ${v('pii.email', 'ayesha.bibi98@gmail.com')}
فیس £1,200 ان کے بھائی نے کارڈ ${v('financial.payment_card', '4809 6760 2436 1315')} سے فون پر ادا کی۔ رسید بھیجنی ہے۔
اپیل کی آخری تاریخ: 6 دسمبر۔`),

  rec('postmortem', f`# Postmortem: duplicate gem grants after the Black Friday bundle

**Impact:** 3,118 players received the 12,000-gem bundle twice between 18:04 and 18:51 UTC.

**Root cause:** the payments webhook handler was redeployed with the signing secret from staging, so every Stripe event failed verification, was retried, and our fallback "grant on retry" path kicked in. Staging secret was \`${v('credential.stripe_webhook_secret', WHSEC)}\` — it is now rotated.

**Affected players (sample for support):**
- pl_8Fk21Q / ${v('pii.email', 'gabriel.souza.br@outlook.com')} / ${amb('pii.ip_address', '177.92.14.230')}
- pl_3Mx77T / ${v('pii.email', 'hanna.kowalczyk@o2.pl')} / ${amb('pii.ip_address', '83.27.140.9')}

**Actions:** idempotency key on grants; alert on >1% webhook verification failures.

Turn this into a short player-facing notice. Do not mention the secret or any player.`),

  rec('csv_vi', f`Xuất dữ liệu từ hệ thống hỗ trợ, nhờ bạn lọc ra các yêu cầu hoàn tiền chưa xử lý và tóm tắt bằng tiếng Việt:

${amb('source_code.snippet', f`ticket,email,so_dien_thoai,the,so_tien,trang_thai
VN-30411,${v('pii.email', 'ngocanh.le@gmail.com')},${phone('+84 912 384 726')},**** **** **** 4417,199000,da_xu_ly
VN-30415,${v('pii.email', 'quanghuy.tran97@yahoo.com.vn')},${phone('+84 24 3825 4916')},${v('financial.payment_card', '4668 9848 0017 8634')},499000,cho_xu_ly
VN-30422,${v('pii.email', 'minhthu.pham@fpt.vn')},${phone('+84 903 571 248')},**** **** **** 0963,99000,cho_xu_ly`)}`, 'one row pasted with a full card number, the others masked'),

  rec('email_it', f`Ciao, puoi riassumere questo thread per la riunione del laboratorio?

Da: Luca Rinaldi <${v('pii.email', 'l.rinaldi@caseificio-valpadana.it')}>
Oggetto: LIMS – esportazione verso il consorzio

Il consorzio chiede i risultati di carica batterica e cellule somatiche ogni lunedì. Ho messo lo script su lab-pc03, si collega così:
${amb('source_code.snippet', f`Server=${amb('pii.ip_address', '10.30.2.11')};Database=LIMS;User Id=export_consorzio;Password=${v('credential.connection_string_password', 'Grana!Padano24')};`)}
Per problemi col conferente Cascina Bianchi chiamate Giulia al ${phone('+39 338 471 2956')}.
Il file va inviato a ${v('pii.email', 'qualita@consorzio-latte-po.it')}.`),

  rec('minutes_da', f`${v('confidential.marking', 'FORTROLIGT')} – referat, kvalitetsmøde laboratoriet 20/11

Deltagere: Mette (laboratorieleder), Søren, Ida, Jonas (vikar)
1. Reklamation fra kunde i Hamborg: skyldes forkert holdbarhedsmærkning, ikke mikrobiologi.
2. Ny MilkoScan installeres uge 50. Leverandørens tekniker: ${phone('+45 86 12 47 39')}.
3. Gæste-wifi i laboratoriet: netværk "Lab-Gaest", kode ${v('credential.password_in_prose', 'Skummetmælk-2024')} — skiftes efter audit.
4. Jonas' løn: ny konto ${v('financial.iban', 'DK52 5301 0131 2342 94')} fra december.

Lav en kort opsummering til resten af afdelingen uden punkt 3 og 4.`),

  rec('incident_es', f`${v('confidential.marking', 'CONFIDENCIAL')} – Informe de incidencia, Biblioteca Central

Fecha: 16/11/2024, 18:20
Un usuario se negó a abandonar la sala de estudio al cierre y amenazó al personal. Datos del carné: Sergio Vidal Ortega, DNI ${v('pii.es_dni', '30702809V')}, tel. ${phone('+34 971 48 27 36')}, correo ${v('pii.email', 'sergiovidal.o@gmail.com')}. Se avisó a la Policía Local.

Ayúdame a redactar la carta de suspensión temporal del carné (1 mes), con tono firme pero respetuoso.`),

  rec('handover_fr', f`Passation – numérisation des registres paroissiaux (je pars en congé demain)

- Le prestataire dépose les TIFF sur notre SFTP : sftp://numerisation:${v('credential.url_password', 'Registres-1792!')}@depot.archives-ville.fr:22/entrant
- Contact chez eux : Julien Masson, ${phone('+33 1 42 76 84 19')}, ${v('pii.email', 'j.masson@scanpatrimoine.fr')}
- Facture n°2024-118 à payer sur ${v('financial.iban', 'FR52 2004 1071 1805 7107 5962 490')} (validée par la direction)
- Lots 14 à 17 : contrôle qualité pas encore fait

Peux-tu mettre ça au propre pour ma collègue ?`),

  rec('handover_ja', f`引き継ぎメモを英語に翻訳してください（海外のライブオプスチーム向け）：

・年末イベントのサーバー設定は live-ops リポジトリの config/xmas2024.yaml
・サポート問い合わせの自動分類に使っている OpenAI のキー：${v('credential.openai_api_key', OPENAI)}（来月ローテーション予定）
・決済トラブル時の連絡先：佐藤（${phone('+81 90-4827-3195')}、${v('pii.email', 'k.sato@tidepool-games.jp')}）
・アプリ内のお知らせは 12/20 10:00 JST に公開`),

  rec('ticket_ko', f`환불 처리 티켓 정리 부탁해요. 영문 보고서로 바꿔 주세요.

티켓 #KR-90611
유저: 김서연 / ${v('pii.email', 'seoyeon.kim@kakao.com')} / ${phone('010-4827-3916', 'KR')}
결제 카드: ${v('financial.payment_card', '5221 4090 8592 0937')} (유저가 채팅에 직접 입력함)
금액: 59,000원 × 2 (중복 결제)
처리: 1건 환불 승인, 카드번호는 채팅 로그에서 마스킹 요청 필요`),

  rec('chat_ta', f`இந்த வாடிக்கையாளர் செய்தியை ஆங்கிலத்தில் சுருக்கமாக எழுதவும்:

"வணக்கம், என் பெயர் கார்த்திக் சுப்பிரமணியம். கன்டெய்னர் NVLU 739184 4 தூத்துக்குடியில் தாமதமாகியுள்ளது. detention கட்டணத்தை கார்டு ${v('financial.payment_card', '6521 5701 2311 0404')} மூலம் செலுத்த விரும்புகிறேன். KYC க்கு ஆதார் ${v('pii.in_aadhaar', '6147 6082 9842')}. தொடர்புக்கு ${phone('+91 98403 17265')}, ${v('pii.email', 'karthik.s.exports@gmail.com')}."`),

  rec('trace', f`Die Fernleihe-Schnittstelle wirft seit dem Update diesen Fehler. Woran liegt das?

${amb('source_code.snippet', f`2024-11-22 09:41:07,812 ERROR [fernleihe-sync] org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection
  url=jdbc:postgresql://db-bib.stadt.intern:5432/fernleihe?user=fl_sync&password=${v('credential.database_url_password', 'Lesesaal!2023')}
Caused by: org.postgresql.util.PSQLException: FATAL: remaining connection slots are reserved for non-replication superuser connections
  at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
2024-11-22 09:41:07,815 WARN  [fernleihe-sync] Bestellung FL-2024-08813 für ${v('pii.email', 'k.brandt@web.de')} nicht übertragen`)}`),

  rec('chat_en_ie', f`Charity shop in Ennis: the Square POS on the till keeps logging out and the area manager rang the developer, who said to paste the token in the settings again. He sent it by WhatsApp: ${v('credential.square_access_token', SQUARE)}. Before I do that — is it OK that he sent it like that? My manager's number is ${phone('087 314 2296', 'IE')} if you need to mention who to call, and the shop e-mail is ${v('pii.email', 'ennis.shop@stcolmcillehospice.ie')}. Write me a short message to him asking to rotate it.`),

  rec('code_test', f`Our contract test for the booking API fails on CI only. Fixture file:

${v('source_code.snippet', f`import { test, expect } from '@playwright/test';

const customer = {
  name: 'Adaeze Okafor',
  email: '${v('pii.email', 'adaeze.okafor@lagosfreightline.com')}',
  phone: '${phone('+234 803 418 2751')}',
};

test('creates a booking', async ({ request }) => {
  const res = await request.post('/api/bookings', {
    data: { customer, pol: 'BEANR', pod: 'NGAPP', equipment: '40HC', qty: 2 },
    headers: { 'X-Sentry-DSN': '${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508122.ingest.de.sentry.io/4508122817364032`)}' },
  });
  expect(res.status()).toBe(201);
});`)}`, 'test fixture with real-looking customer data and a DSN: pasted code with values inside'),

  rec('chat_hy', f`Խնդրում եմ թարգմանել անգլերեն և ուղարկել հաշվապահությանը.

«Բարև Ձեզ, ես՝ Արամ Պետրոսյանս, վճարել եմ խորհրդատվության վճարը քարտով ${v('financial.payment_card', '4098 2013 0022 1685')}, բայց գումարը երկու անգամ է գանձվել։ Անձնագրիս համարն է ${v('pii.passport', 'AU0391827')}։ Իմ հեռախոսը՝ ${phone('+374 91 482736')}, էլ. փոստ՝ ${v('pii.email', 'aram.petrosyan@mail.am')}։»`),
];
