/**
 * Held-out batch 81: records mixing categories — stack traces with credentials and e-mails,
 * incident notes, exports with personal and payment data, marked documents with contacts — from
 * the six settings of this batch, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';

const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);
const mark = (s: string) => v('confidential.marking', s);

const GHO = gh('gho', 'Mb3Nc7Xd1Ve5Wf9Rg2Th6Yj4Uk8Il0');
const SG = tok('SG.', fill('b81m-sg1', B64URL, 22), '.', fill('b81m-sg2', B64URL, 43));
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b81m-rk', B62, 97));
const DD = fill('b81m-dd', HEX.toLowerCase(), 32);

export const BATCH81_MIXED: DraftRecord[] = [
  rec('stacktrace_en', f`The offer-notification worker crashed overnight, can you tell me what went wrong?

${cfg(f`Traceback (most recent call last):
  File "/srv/offer-notify/worker.py", line 88, in notify_coordinator
    smtp.login("${v('pii.email', 'offers-noreply@northgate-tcc.org.uk')}", "${v('credential.password_assignment', 'Gr4ft!Offer-Relay')}")
  File "/usr/lib/python3.11/smtplib.py", line 750, in login
    raise last_exception
smtplib.SMTPAuthenticationError: (535, b'5.7.3 Authentication unsuccessful')
During handling: recipient=${v('pii.email', 'duty.coordinator@northgate-tcc.org.uk')} mobile=${phone('+44 7911 284 603')}`)}`),

  rec('incident_nl_be', f`Incidentverslag – verkeerd verzonden HLA-resultaten (${mark('INTERN – VERTROUWELIJK')})

Op 21/11 werd het typeringsverslag van patiënt Lotte Peeters (°${v('pii.date_of_birth', '02/03/1984')}) per vergissing gemaild naar ${v('pii.email', 'l.peeters@telenet.be')} in plaats van naar de behandelende arts. De ontvanger is gecontacteerd via ${phone('+32 475 21 88 40')} en bevestigde verwijdering.

Kun je hier een meldingstekst voor de GBA (datalek) van maken?`),

  rec('csv_en_jm', f`Please reconcile this bootcamp payments export against the bank statement and list who still owes money:

${cfg(f`student,email,phone,method,card_or_iban,amount_jmd,status
Shanice Campbell,${v('pii.email', 'shanice.campbell@gmail.com')},${phone('+1 876 529 4417')},card,${v('financial.payment_card', '4472 3965 1259 2059')},85000,paid
Dwayne Reid,${v('pii.email', 'dreid.codes@yahoo.com')},${phone('+1 876 334 9021')},card,**** **** **** 2059,85000,failed
Kemar Thompson,${v('pii.email', 'kemar.t@hotmail.com')},,bank,${ambCat('financial', 'NCB 354-0198-22')},42500,partial`)}`),

  rec('ticket_de_at', f`Ticket #WA-30871 – Kunde kann Wasserrechnung nicht online bezahlen

Kunde: Ing. Herbert Pichler, ${v('pii.email', 'h.pichler@aon.at')}, ${phone('+43 664 3812 447')}
IBAN für Abbuchungsauftrag: ${v('financial.iban', 'AT55 8249 5450 5523 9952')}
Fehler im Portal: "SEPA-Mandat konnte nicht angelegt werden (Code 409)".

Log vom Portal:
${cfg(f`2024-11-26 10:41:07 ERROR mandate-svc  create failed kunde=WA-118204 iban=${v('financial.iban', 'AT558249545055239952')} reason=duplicate_mandate
2024-11-26 10:41:07 DEBUG mandate-svc  db=postgres://mandate:${v('credential.database_url_password', 'Sepa_Wien2024!')}@db-zahl-01:5432/mandate`)}

Bitte eine Antwort an den Kunden formulieren.`),

  rec('config_sl', f`Aplikacija za terenske odčitke vodomerov ne pošilja e-pošte. Tu je config in en primer odčitka:

${cfg(f`mail:
  host: smtp.sendgrid.net
  user: apikey
  pass: ${v('credential.sendgrid_api_key', SG)}
  from: ${v('pii.email', 'odcitki@vodovod-kranj.si')}
test_recipient: ${v('pii.email', 'marjeta.zupan@gmail.com')}`)}

Testni odčitek: odjemalec Marjeta Zupan, tel. ${phone('+386 40 912 447')}, vodomer 33-118402, stanje 1284 m³.`),

  rec('email_fr_cm', f`Objet : Réservation séminaire – Hôtel Wouri Plaza, Douala (${mark('CONFIDENTIEL')})

Bonjour,
Merci de bloquer 12 chambres du 9 au 12 février pour l'équipe de formation en développement web. Contact sur place : M. Emmanuel Ngono, ${phone('+237 6 77 42 18 95')}, ${v('pii.email', 'e.ngono@codecamer.cm')}.
Garantie par carte société Visa ${v('financial.payment_card', '4013 9877 5371 7672')}, exp. 08/26.

Reformule pour que ce soit plus professionnel.`),

  rec('chat_tr_en', f`Leasing portalının hata kaydını ve ilgili müşteri bilgilerini yapıştırıyorum, hatayı açıklar mısın?

${cfg(f`[2024-11-25 14:22:10] ERROR CreditCheckClient: 401 Unauthorized
  url=https://api.kredibureau.com.tr/v1/score?vkn=4810293746
  headers={"X-Api-Key": "${v('credential.generic_secret_assignment', fill('b81m-kredi', B62, 40))}"}
  lessee="Anadolu Soğuk Zincir A.Ş." contact=${v('pii.email', 'finans@anadolusogukzincir.com.tr')} tel=${phone('+90 216 504 37 82')}`)}`),

  rec('notes_ar_ma', f`ملاحظات الاجتماع مع شركة التصوير الجوي (الدار البيضاء) — ${mark('سري')}
- الزبون: المكتب الوطني للماء، المسؤول: السيد يوسف العلمي ${phone('+212 661 48 21 90')}
- الدفع: التحويل إلى الحساب المعتاد، والبريد ${v('pii.email', 'y.alami@onee-survey.ma')} لاستلام الفواتير
- الخادم: geo.casa-aero.ma / المستخدم gisadmin / كلمة المرور ${v('credential.user_password_pair', 'Anfa#Drone2025')}
حوّل هذه الملاحظات إلى بريد إلكتروني رسمي بالفرنسية، وبدون كلمة المرور.`),

  rec('yaml_ko', f`호텔 로열티 API 배포가 실패했어요. Helm values랑 에러 로그 같이 붙입니다:

${cfg(f`env:
  STRIPE_KEY: ${v('credential.stripe_restricted_key', STRIPE_RK)}
  DD_API_KEY: ${v('credential.datadog_api_key', DD)}
  ADMIN_CONTACT: ${v('pii.email', 'minji.kang@harbourstay.co.kr')}
  DB_HOST: ${amb('pii.ip_address', '10.42.7.18')}`)}

Error: INSTALLATION FAILED: Secret "loyalty-env" is invalid: data[STRIPE_KEY]: Invalid value`),

  rec('chat_vi_en', f`Bot chấm bài bootcamp bị lỗi OAuth, mình dán log:

${cfg(f`2024-11-24T08:11:02Z github-oauth callback user=${v('pii.email', 'thanh.nguyen.dev@gmail.com')} ip=${amb('pii.ip_address', '113.161.72.44')}
2024-11-24T08:11:02Z token exchange ok access_token=${v('credential.github_oauth_token', GHO)} scope=repo,read:org
2024-11-24T08:11:03Z ERROR grading-bot: 404 Not Found on /repos/fullstack-k12/week3-thanhng/pulls`)}

Sao token có scope repo mà vẫn 404?`),

  rec('form_fi', f`Tarkista tämä korvaushakemus ennen kuin lähetän sen vakuutusyhtiölle:

Hakija: Juha Mäkelä (drone-kuvaaja, alihankkija)
Henkilötunnus: ${ambCat('pii', '140382-137F')}
Puhelin: ${phone('+358 44 730 2815')}
Sähköposti: ${v('pii.email', 'juha.makela@ilmakuvaus.fi')}
Tilinumero: ${v('financial.iban', 'FI67 8728 2766 2962 16')}
Vahinko: DJI Matrice 350 putosi Lahden vedenottamolla 12.11.2024, korjausarvio 8 940 €.`, 'Finnish henkilötunnus: no engine rule claims it, ambiguous PII span'),

  rec('handover_en_gb', f`${mark('OFFICIAL-SENSITIVE')} — on-call handover, Sat 30 Nov

Donor (ICU Royal Eastgate): female, 54, DBD. Next of kin: husband, Mr Alan Whitley ${phone('07824 331 907', 'GB')}.
Recipient 1: Mr Tomasz Kowalczyk, NHS ${v('pii.uk_nhs_number', '114 874 4142')}, DOB ${v('pii.date_of_birth', '30/06/1972')}, ${phone('+44 7946 218 503')}
Lab on-call: Dr Adaeze Nwosu, ${v('pii.email', 'adaeze.nwosu@northgate-tcc.org.uk')}

Turn this into the SBAR format.`),

  rec('export_sv', f`Kan du hitta dubbletter i den här exporten från hotellkedjans lojalitetsprogram?

${cfg(f`medlem;namn;fodd;epost;telefon;personnummer
NS-44120;Elin Berg;${v('pii.date_of_birth', '1988-07-14')};${v('pii.email', 'elin.berg@telia.com')};${phone('+46 70 315 82 44')};${ambCat('pii', '880714-2381')}
NS-44377;Elin Berg;${v('pii.date_of_birth', '1988-07-14')};${v('pii.email', 'elin.berg88@gmail.com')};${phone('+46 70 315 82 44')};${ambCat('pii', '880714-2381')}
NS-45012;Johan Lind;${v('pii.date_of_birth', '1979-02-03')};${v('pii.email', 'johan.lind@bredband.net')};;`)}`),

  rec('email_it_cf', f`Oggetto: Pratica rimborso danni drone – ${mark('RISERVATO')}

Gentile avvocato,
il pilota coinvolto è il sig. Stefano Marino, C.F. ${v('pii.it_codice_fiscale', 'MRNLSN92H17F839P')}, tel. ${phone('+39 347 281 6604')}. Il risarcimento va accreditato sull'IBAN ${v('financial.iban', 'IT15 X370 1238 8573 5265 0021 481')}.

Puoi tradurlo in inglese per il broker assicurativo?`),

  rec('chat_en_us_aba', f`Bootcamp refund batch failed. NACHA line for one student and the API error:

${cfg(f`622${v('financial.aba_routing', '121019006')}${ambCat('financial', '88104726315')}      0000185000STU-11820      CHLOE BRENNAN           0
{"error":"ach_return","code":"R03","student_email":"${v('pii.email', 'chloe.brennan@icloud.com')}"}`)}

What does R03 mean and what should I tell Chloe?`),

  rec('chat_km_en', f`សូមជួយសរសេរអ៊ីមែលទៅភ្ញៀវសណ្ឋាគារនៅសៀមរាប ដែលកាតរបស់គាត់ ${v('financial.payment_card', '4330 7191 6324 6604')} ត្រូវបានកាត់ប្រាក់ពីរដង។ ទំនាក់ទំនង: ${phone('+855 12 418 227')}, ${v('pii.email', 'sophea.chan@gmail.com')}។`),
];
