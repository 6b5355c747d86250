/**
 * Held-out batch 120: longer texts mixing categories — incident notes, fraud cases, payroll mails,
 * biobank exports, test fixtures, logs — in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, gh, tok } from '../tokens';

const mail = (s: string) => v('pii.email', s);
const ip = (s: string) => amb('pii.ip_address', s);
const dob = (s: string) => v('pii.date_of_birth', s);

const GHO = gh('gho', 'Pw4Xe8Rt2Yu6Ia1Os5Dg9Fh3Jk7Lz0');
const SLACK_BOT = tok('xoxb-', '5518290374', '6-', '8831047265193-', fill('b120m-xoxb', B62, 24));
const SESSION = fill('b120m-sess', HEX, 48);

export const BATCH120_MIXED: DraftRecord[] = [
  rec('incident_en', f`HSE/IT incident note – Skarvbakken Alpha – 09 Mar 02:40 UTC

The permit-to-work tablet in the control room lost contact with the PTW server (${ip('10.120.4.15')}). Night supervisor logged in to the backup laptop with the shared account "ptw_backup" / ${v('credential.password_in_prose', 'Alpha-PTW-2023!')} (yes, still the 2023 one) and reissued three hot-work permits manually.
Escalated to onshore IT on-call: Henrik Solberg, ${phone('+47 915 38 204')}, ${mail('henrik.solberg@nordvarg-offshore.no')}.
VSAT link status at the time: degraded, gateway ${ip('172.22.0.1')} unreachable for 11 min.

Please rewrite as a formal incident summary for the HSE committee and list the corrective actions (shared password, backup procedure).`),

  rec('email_de', f`Betreff: ${v('confidential.marking', 'VERTRAULICH')}: Lohnänderungen März – Autohaus Seidl

Hallo Frau Kraus,

anbei die Änderungen für die März-Abrechnung:
1) Neueintritt Jonas Seidl, geb. ${dob('02.05.2003')}, Steuer-ID ${v('pii.de_steuer_id', '89310654747')}, IBAN ${v('financial.iban', 'DE77 6751 8461 7460 6226 52')}
2) Austritt Petra Huber zum 31.03. – Resturlaub 4 Tage auszahlen

Bei Rückfragen erreichen Sie mich unter ${phone('08031 284739', 'DE')}.

Mit freundlichen Grüßen
Martina Seidl
Autohaus Seidl GmbH · ${mail('buchhaltung@autohaus-seidl.de')}

Kannst du mir daraus eine Checkliste für die Sachbearbeitung machen?`),

  rec('fraud_case_fr', f`Dossier fraude n° PF-2025-0219 – portabilité frauduleuse

Ligne concernée : ${phone('06 71 28 47 39', 'FR')} (client depuis 2011)
Demande de portabilité reçue le 17/02 à 23:14 depuis l'espace client, connexion depuis ${ip('185.220.101.47')}
RIO fourni correct ; e-mail de notification envoyé à ${mail('f.moreau.pro@orange.fr')} mais l'adresse avait été modifiée 2 h avant en ${mail('fmoreau.secure@tutanota.com')}
IMEI du nouveau terminal : ${amb('financial.payment_card', '351448998032508')}
Cookie de session : sid=${v('credential.generic_secret_assignment', SESSION)}

Rédige un résumé chronologique pour le service juridique.`, 'IMEI is Luhn-valid by design and starts with 35 (JCB range): a card-shaped number the text calls something else'),

  rec('booking_it', f`Ciao, mi riassumi questa prenotazione in una mail di conferma per gli sposi?

Prenotazione VILLA OLEANDRO #W-2026-044
Sposi: Francesca Bellini & Davide Russo
Data evento: sabato 13 giugno 2026 – 140 ospiti
Contatto: ${phone('+39 347 218 5930')} · ${mail('francesca.bellini88@libero.it')}
Caparra: 3.000 € con carta ${v('financial.payment_card', '4964 6156 4240 2003')} (autorizzata 02/03)
Note: menù senza glutine per 6 ospiti, allergia alla frutta secca (sposo).`),

  rec('csv_nl', f`Kun je deze export controleren voordat ik hem naar het onderzoeksteam stuur? Volgens mij mogen BSN en geboortedatum er niet in.

deelnemer_id;bsn;geboortedatum;monster;email
LH-0A7F3C21;${v('pii.nl_bsn', '229158092')};${dob('1961-04-17')};serum;${mail('j.bakker61@ziggo.nl')}
LH-8E21B904;${v('pii.nl_bsn', '394195942')};${dob('1975-11-02')};DNA;${mail('s.mulder@kpnmail.nl')}`),

  rec('code_python', f`Unit test for our candidate de-duplication. Is it OK to have these fixtures in the repo?

\`\`\`python
${v('source_code.snippet', f`CANDIDATES = [
    {"name": "Amira Haddad", "email": "${mail('amira.haddad@gmail.com')}", "phone": "${phone('+44 7700 183 442')}", "dob": "${dob('1990-06-12')}"},
    {"name": "Amira Hadad", "email": "${mail('amira.haddad@gmail.com')}", "phone": "${phone('07700 183442', 'GB')}", "dob": "${dob('1990-06-12')}"},
]

def test_same_person_merged():
    merged = dedupe(CANDIDATES)
    assert len(merged) == 1
    assert merged[0]["email"] == "${mail('amira.haddad@gmail.com')}"`)}
\`\`\``),

  rec('stacktrace_pt', f`O processamento de salários de março rebentou. Log:

${amb('source_code.snippet', f`2025-03-24 18:02:11,417 ERROR [payroll-batch] c.b.p.IrsCalculator - Falha ao calcular retenção para colaborador 00871
pt.berghammer.payroll.ValidationException: NIF inválido para ${mail('rui.carvalho@metalurgica-avelar.pt')}
	at pt.berghammer.payroll.IrsCalculator.retencao(IrsCalculator.java:144)
	at pt.berghammer.payroll.BatchRunner.run(BatchRunner.java:88)
2025-03-24 18:02:11,420 WARN  [payroll-batch] request from ${ip('10.8.14.203')} aborted after 1 error(s)`)}

Como faço para o lote continuar mesmo com um colaborador com erro?`),

  rec('json_es_mx', f`El webhook de portabilidad nos manda esto y nuestro parser truena en "numero_portado". ¿Qué tiene de raro?

${amb('source_code.snippet', f`{
  "evento": "PORTABILIDAD_CONFIRMADA",
  "folio": "MX-PT-20250311-008812",
  "numero_portado": "${phone('+52 55 2847 3916')}",
  "nip_confirmacion": "4417",
  "cliente": { "nombre": "Alejandra Ríos", "correo": "${mail('ale.rios@prodigy.net.mx')}" },
  "origen_ip": "${ip('201.141.28.73')}",
  "auth": "Bearer ${v('credential.bearer_token', fill('b120m-bearer', B62, 48))}"
}`)}`, 'porting NIP 4417 is a one-time 4-digit confirmation code: left unlabelled'),

  rec('signature_nb', f`Kan du svare på denne på engelsk og be om oppdatert sertifikat?

Hei,
Vedlagt ligger sertifikat for løfteutstyr på Skarvbakken Alpha, gyldig til 30.04.
Mvh
Kari Nordheim
Sertifiseringsleder, Havlift Inspeksjon AS
Tlf: ${phone('+47 55 28 47 39')} | Mob: ${phone('+47 986 02 417')}
${mail('kari.nordheim@havlift.no')}`),

  rec('vendor_list_sv', f`Leverantörslista bröllop Lindqvist/Ek, 16 aug – gör om till en tabell med tider:
- Florist: Blomsterhörnan, Sara, ${phone('070-284 73 91', 'SE')}, leverans 10:00
- Fotograf: Jonas Ek Foto, ${phone('073-618 20 45', 'SE')}, ${mail('jonas@ekfoto.se')}, från 13:00
- DJ: Mattias, ${phone('+46 76 391 28 47')}, riggar 17:30
- Vår kontakt: ${mail('event@tilleul-hogasen.se')}`),

  rec('slack_en_in', f`Pasted from #blr-onboarding, can you turn this into a proper onboarding ticket?

[10:12] Ankit: new joinee docs received — Sneha Reddy, Aadhaar ${v('pii.in_aadhaar', '9338 5413 4454')}, PAN ABCPR1234K, mobile ${phone('+91 99001 28473')}
[10:13] Ankit: her personal mail ${mail('sneha.reddy.blr@gmail.com')}, please create the HRMS login
[10:15] Divya: done, temp pwd ${v('credential.password_in_prose', 'Welcome@Blr2025')}, she'll be asked to reset
[10:16] bot-token for the onboarding bot is still ${v('credential.slack_bot_token', SLACK_BOT)} btw, can someone rotate it`, 'PAN ABCPR1234K has no rule: left unlabelled'),

  rec('minutes_ko', f`${v('confidential.marking', '대외비')} – 바이오뱅크 운영위원회 회의록 (3월)
참석: 김서연 교수, 이준호 연구원(${mail('junho.lee@lindenhof-hospital.kr')}), 데이터관리팀
1. 외부 연구자 데이터 반출 신청 4건 중 2건 승인
2. 냉동고 F-07 온도 이탈 알람 담당자 연락처 ${phone('010-4827-3916', 'KR')}로 변경

회의록을 영어로 번역해 주세요. 단, 표제의 보안 등급 표시는 유지해 주세요.`),

  rec('sim_swap_ar', f`ملخص حالة احتيال – تبديل شريحة
رقم العميل: ${phone('+971 50 284 7391')}
تم طلب شريحة بديلة من التطبيق عبر عنوان IP ${ip('94.200.18.61')} ثم تم تغيير البريد إلى ${mail('support.uae.help@gmail.com')}
رمز الجهاز IMEI: 862185486122944
البريد الأصلي للعميل: ${mail('s.alhashimi@eim.ae')}

اكتب تقريراً قصيراً بالإنجليزية لفريق مكافحة الاحتيال.`, 'IMEI starting 86 fails no card range: unlabelled'),

  rec('chat_ru', f`Помоги составить письмо кадровому агентству. Мы отправляем к ним работника на вахту:
ФИО: Дмитрий Олегович Кузнецов
Дата рождения: ${dob('14.03.1986')}
Загранпаспорт: ${v('pii.passport', '76 1938462')}
Телефон: ${phone('+7 916 284-73-91')}
Почта: ${mail('d.kuznetsov86@yandex.ru')}
Доступ к порталу агентства дали: логин kuznetsov_do, пароль ${v('credential.password_in_prose', 'Vahta2025!Sever')}

Письмо нужно на английском.`),

  rec('chat_ca', f`Em pots fer un resum d'aquesta reserva per enviar-lo a la cuina? Casament Puig–Serra, dissabte 27/09, 95 convidats.
Contacte nuvis: ${phone('+34 648 273 915')} / ${mail('laia.puig.serra@gmail.com')}
Paga i senyal: 2.500 € per transferència a ${v('financial.iban', 'ES9246651645391624405529')}
Al·lèrgies: 3 celíacs, 1 vegà.`),

  rec('git_ci', f`Our GitHub Action for the wedding-site deploy fails at checkout. Workflow excerpt:

${amb('source_code.snippet', f`- name: Checkout private theme
  run: git clone https://x-access-token:${v('credential.github_oauth_token', GHO)}@github.com/tilleul-weddings/theme-private.git theme
- name: Notify
  run: echo "deployed by \${{ github.actor }}" | mail -s "deploy" ${mail('webteam@tilleul-weddings.com')}`)}`),
];
