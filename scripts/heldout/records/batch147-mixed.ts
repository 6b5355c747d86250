/**
 * Held-out batch 147: records mixing categories — stack traces with personal data and tokens,
 * incident notes with markings, exports with passports and IBANs, test fixtures — from the six
 * organisations of the batch, in many languages. Hand-written.
 */
import { brCpfFormatted, ibanWithCheck, itCodiceFiscale, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, fill, jwt, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);
const mark = (s: string) => v('confidential.marking', s);

const JWT_PARENT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'parent_40517', fam: 'fam_9921', iat: 1742203311, exp: 1742289711 }, 'b147m-jwt');
const FR_IBAN = ibanWithCheck('FR', '17569000708394827160542');
const NO_IBAN = ibanWithCheck('NO', '15030392847');
const UA_IBAN = ibanWithCheck('UA', '3220478000002600912837465');
const CF = itCodiceFiscale('BNCLRA88C52H501');
const CPF = brCpfFormatted('617204839');
const CARD_AR = luhnWithCheck('544718293640571');
const CARD_MX = luhnWithCheck('415231869204735');
const SG = tok('SG.', fill('b147m-sg1', B64URL, 22), '.', fill('b147m-sg2', B64URL, 43));
const HUT_API = fill('b147m-hutapi', B62, 40);

export const BATCH147_MIXED: DraftRecord[] = [
  rec('stack_trace', f`Parents on Android get logged out randomly. Sentry gave us this, what's going on?

${cfg(f`com.owlettutor.api.AuthException: token rejected for ${mail('jlindqvist.parent@gmail.com')}
    at com.owlettutor.api.SessionGuard.verify(SessionGuard.kt:88)
    at com.owlettutor.api.SessionGuard.intercept(SessionGuard.kt:41)
Request headers:
    Authorization: Bearer ${v('credential.jwt', JWT_PARENT)}
    X-Forwarded-For: ${ip('83.248.117.40')}
    User-Agent: OwletParents/5.2.1 (Android 14; Pixel 7)`)}`),

  rec('incident_de', f`${mark('VERTRAULICH')} – Datenschutzvorfall Spendertelefonie

Am 12.03. hat eine Mitarbeiterin versehentlich die Rückrufliste an einen externen Verteiler geschickt. Betroffen u. a.:
- Herr Matthias Krüger, geb. ${dob('17.08.1969')}, Tel. ${phone('0152 38847160', 'DE')}
- Frau Selin Aydın, geb. ${dob('02.02.1990')}, Tel. ${phone('0176 29384751', 'DE')}
Meldung an die Aufsichtsbehörde innerhalb von 72 Stunden prüfen.

Formuliere bitte den Entwurf der Meldung nach Art. 33 DSGVO.`),

  rec('email_fr', f`Objet : Litige vente #RQ-60412 – ${mark('Confidentiel')}

Bonjour,
Le vendeur conteste le refus d'authentification de sa montre. Ses coordonnées : M. Julien Marchand, ${mail('julien.marchand.montres@orange.fr')}, ${phone('06 71 38 29 45', 'FR')}. Le remboursement de l'acheteuse a déjà été fait ; le paiement du vendeur (IBAN ${v('financial.iban', spacedFours(FR_IBAN))}) est bloqué.

Ce message est ${mark('confidentiel')}.

Aide-moi à répondre au vendeur de façon ferme mais polie.`),

  rec('vendor_mail_ja', f`この業者からのメールに返信を書いてください。ポータルのパスワードが書いてあるのですが大丈夫でしょうか。

中央材料室 ご担当者様
洗浄装置の点検報告書をポータルにアップしました。
URL: https://portal.medwash-service.jp/ 
ID: staldric-cssd / パスワード: ${v('credential.password_in_prose', 'Senjo#2025kensa')}
ご不明点は下記までご連絡ください。
株式会社メドウォッシュ 技術部 山田 太郎
TEL ${phone('03-4827-3915', 'JP')} / ${mail('t.yamada@medwash-service.jp')}`),

  rec('chat_nb', f`Kan du hjelpe meg med et svar til rederiet? De mener losfakturaen er feil. Losen som var om bord var Ole Brekke (${phone('412 58 093', 'NO')}, ${mail('ole.brekke@kestrelpilots.no')}). Beløpet skal betales til ${v('financial.iban', NO_IBAN)}. Skriv på engelsk, saklig.`),

  rec('code_test', f`Oye, ¿por qué este test de cobro falla solo en CI?

${code(f`describe('cobroMensualidad', () => {
  const padre = {
    nombre: 'Rosa Elena Villanueva',
    correo: '${mail('rosaelena.villanueva@hotmail.com')}',
    celular: '${phone('+52 55 1847 2936')}',
    tarjeta: '${v('financial.payment_card', CARD_MX)}',
  };

  it('cobra 349 MXN el día 1', async () => {
    const r = await cobroMensualidad(padre, new Date('2025-04-01'));
    expect(r.monto).toBe(349);
  });
});`)}`, 'a real-looking card in a test fixture: labelled, it passes Luhn and is not a known test number'),

  rec('csv_ko', f`산장 예약 내역 CSV인데, 같은 여권번호로 중복 예약된 건 찾아 주세요.

${cfg(f`예약번호,이름,여권번호,연락처,이메일
H-2291,이민호,${v('pii.passport', 'M73918246')},${phone('010-3948-2716', 'KR')},${mail('minho.lee@kakao.com')}
H-2294,정다은,${v('pii.passport', 'M48201937')},${phone('010-5827-1934', 'KR')},${mail('daeun.j@naver.com')}
H-2302,이민호,${v('pii.passport', 'M73918246')},${phone('010-3948-2716', 'KR')},${mail('minho.lee@kakao.com')}`)}`),

  rec('agent_ru', f`Переведи на английский сообщение от судового агента:

Добрый день! Для лоцманской проводки т/х «Северная Звезда» направляю данные:
капитан Игорь Смирнов, паспорт ${v('pii.passport', '76 3948271')}, д.р. ${dob('23.01.1975')}.
Доступ в наш портал для заявок: логин kestrel_port, пароль ${v('credential.password_in_prose', 'Locman2025!')}.
Мой мобильный: ${phone('+7 921 394-82-71')}.`),

  rec('ticket_ar', f`اكتب رداً على هذه الشكوى من فضلك:

من: ${mail('hala.mansour87@gmail.com')}
الهاتف: ${phone('+966 55 482 7139')}
"تم خصم 199 ريال مرتين من بطاقتي ${v('financial.payment_card', spacedFours(CARD_AR))} مع أن الاشتراك واحد. البطاقة القديمة **** 4471 لم تعد مستخدمة."`),

  rec('log_it', f`Il job notturno che sincronizza i donatori con l'anagrafe regionale fallisce. Ecco il log:

${cfg(f`2025-03-19 02:00:14 ERROR sync-donatori  record rifiutato: cf=${v('pii.it_codice_fiscale', CF)} email=${mail('laura.bianchi88@libero.it')} motivo=DATA_NASCITA_NON_CONGRUENTE
2025-03-19 02:00:15 ERROR sync-donatori  connessione persa: jdbc:postgresql://${ip('172.18.40.9')}:5432/donatori user=sync password=${v('credential.password_assignment', 'Emo_Sync#77')}
2025-03-19 02:00:15 INFO  sync-donatori  retry 1/3 tra 60s`)}`),

  rec('slack_pt_br', f`Pessoal, a vendedora pediu pra receber via Pix na chave CPF ${v('pii.br_cpf', CPF)} em vez de transferência. O e-mail dela é ${mail('camila.reis.brecho@gmail.com')} e o telefone ${phone('(11) 97482-3916', 'BR')}. Alguém sabe se o financeiro já libera Pix pra PF?`),

  rec('config_tr', f`Kılavuz kaptan uygulamasının bu ayar dosyasında güvenlik sorunu var mı?

${cfg(f`database:
  host: ${ip('10.40.2.17')}
  user: pilot_app
  password: ${v('credential.password_assignment', 'Romorkor!Izmit42')}
mail:
  sendgrid_key: ${v('credential.sendgrid_api_key', SG)}
  from: ${mail('kilavuzluk@kestrelport.com.tr')}
  duty_phone: "${phone('+90 532 418 27 63')}"`)}`),

  rec('incident_en_gb', f`${mark('OFFICIAL-SENSITIVE')}

CSSD incident 2025-07 — tray returned to theatre 6 with a retained swab
Reported by: Gemma Hollis, Band 6 (${mail('gemma.hollis@staldric.nhs.uk')}, ext. 4471, mobile ${phone('07384 558291', 'GB')})
Patient: no harm; procedure paused 10 min.

Please draft the Datix summary.`),

  rec('kyc_uk', f`Допоможи скласти лист продавчині, в якої не пройшла верифікація:
Ім'я: Олена Коваленко
Паспорт: ${v('pii.passport', 'FT482739')}
Дата народження: ${dob('14.06.1992')}
Телефон: ${phone('+380 67 482 3916')}
IBAN для виплат: ${v('financial.iban', UA_IBAN)}
Причина: фото паспорта розмите.`),

  rec('log_zh', f`订山屋床位的系统又挂了，帮我看看日志：

${cfg(f`[2025-08-02 06:31:55] ERROR booking.confirm hut=排云山庄 user=${mail('wang.hikes@qq.com')} phone=${phone('138 0248 3916', 'CN')} client_ip=${ip('121.33.207.84')}
[2025-08-02 06:31:55] ERROR upstream timeout: https://permits.example-park.gov.tw/api/v2/apply?key=${v('credential.generic_secret_assignment', HUT_API)}
[2025-08-02 06:31:56] WARN  retry scheduled in 30s`)}`, 'the API key sits in a URL query parameter named key'),

  rec('export_he', f`תסכם לי את רשימת התורמים האלה לפי סוג דם:

${mark('חסוי')} — ${amb('confidential.marking', 'לשימוש מוקד התורמים בלבד')}
שם | טלפון | אימייל | סוג דם
יעל כהן | ${phone('052-648-2915', 'IL')} | ${mail('yael.cohen@walla.co.il')} | O-
אבי לוי | ${phone('054-739-1824', 'IL')} | ${mail('avi.levi77@gmail.com')} | A+`),
];
