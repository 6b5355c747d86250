/**
 * Held-out batch 157: longer texts mixing credentials, personal data, payment data and markings
 * (incident notes, e-mail threads, exports, stack traces, fixtures). Hand-written.
 */
import { esDni, ibanWithCheck, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit, spacedFours, ukNhsSpaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const mail = (s: string) => v('pii.email', s);
const ip = (s: string) => amb('pii.ip_address', s);
const mark = (s: string) => v('confidential.marking', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const iban = (s: string) => v('financial.iban', s);

const PORTAL_TOKEN = fill('b157m-portal', HEX, 40);
const DE_IBAN = ibanWithCheck('DE', '250501800910238476');
const STRIPE_RK = tok('rk_', 'live_', '51', fill('b157m-rk', B62, 97));
const JA_CARD = luhnWithCheck('455628193047261');
const AADHAAR1 = inAadhaarSpaced('62940185731');
const AADHAAR2 = inAadhaarSpaced('35817204968');
const IN_IBAN = ibanWithCheck('AE', '0260001015738294610');
const CF = itCodiceFiscale('RSSMRC80A14H501');
const IT_IBAN = ibanWithCheck('IT', 'K0503401633000000012745');
const BSN = `19283746${nlBsnCheckDigit('19283746')}`;
const XOXB = tok('xoxb-', '7719203846', '2-', '7729381045563-', fill('b157m-xoxb', B62, 24));
const TR_IBAN = ibanWithCheck('TR', '0001000201000048293715');
const NHS = ukNhsSpaced('485021937');
const DNI = esDni('29481735');
const MAILGUN = tok('key-', fill('b157m-mg', HEX, 32));
const SAS = `${fill('b157m-sas1', B62, 16)}%2B${fill('b157m-sas2', B62, 14)}%2F${fill('b157m-sas3', B62, 11)}%3D`;
const GLPAT = tok('glpat-', fill('b157m-glpat', B62 + '-_', 20));
const OA = tok('sk-proj-', fill('b157m-oa1', B64URL, 74), 'T3BlbkFJ', fill('b157m-oa2', B64URL, 74));

export const BATCH157_MIXED: DraftRecord[] = [
  rec('incident_note', f`${mark('INTERNAL – RESTRICTED')}
Incident BB-INC-0117 — sample-request portal, 14 Jan

Summary: a researcher account (${mail('j.lindqvist@biobank-north.ac.uk')}) was used to download 3 approved request packs from ${ip('185.220.101.33')} (Tor exit) at 03:14 UTC. The researcher confirms she was asleep. The portal API token in her profile was also used:
  X-Portal-Token: ${v('credential.generic_secret_assignment', PORTAL_TOKEN)}
Actions: token revoked, password reset forced, MFA enrolment mandatory from 20 Jan. Data protection officer informed (${phone('+44 161 306 4827')}).

Please turn this into a plain-English notice for all portal users, without the token or the researcher's name.`),

  rec('email_thread_de', f`Bitte antworte dem Hotel höflich, dass wir die Bankverbindung nicht per Mail ändern:

Von: Buchhaltung Hotel Seeblick <${mail('buchhaltung@hotel-seeblick-konstanz.de')}>
Betreff: AW: Rechnung WL-2025-00412

Guten Tag,
bitte überweisen Sie ab sofort Gutschriften auf unser neues Konto ${iban(spacedFours(DE_IBAN))}. Rückfragen gern an Frau Kessler, ${phone('07531 918 2736', 'DE')}.

${amb('confidential.marking', 'Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.')}`, 'e-mail confidentiality disclaimer: ambiguous per the conventions'),

  rec('onboarding_fr_be', f`Peux-tu mettre en forme cette fiche pour l'accueil sécurité du chantier naval (cale sèche n° 1) ?

Sous-traitant : Soudures Meuse SPRL
Ouvrier : Karim Haddad, passeport ${v('pii.passport', 'EN4827193')}, né le ${dob('17/09/1988')}
GSM : ${phone('0475 48 27 19', 'BE')} — mail ${mail('k.haddad@soudures-meuse.be')}
Accès badge : portail 3, 06h–22h
Wi-Fi chantier : SSID "CALE-SECHE", le mot de passe est ${v('credential.password_in_prose', 'Escaut!Dock2025')}`),

  rec('log_es', f`Los pagos de fianza de la tienda de Sierra Nevada fallan desde anoche. Log del servicio de reservas:

${amb('source_code.snippet', f`2025-01-13 22:41:07 ERROR payments: stripe.error.PermissionError: The provided key '${v('credential.stripe_restricted_key', STRIPE_RK)}' does not have the required permissions for this endpoint
2025-01-13 22:41:07 INFO  reserva=SN-88213 cliente=${mail('lucia.martin.ortega@gmail.com')} tel=${phone('+34 655 918 273')} dni=${v('pii.es_dni', DNI)} fianza=150.00 EUR tarjeta=**** 4417
2025-01-13 22:41:08 WARN  retry 1/3 from ${ip('10.12.8.41')}`)}

¿Qué permiso le falta a la clave restringida?`),

  rec('obit_ja', f`お悔やみ欄の掲載依頼の電話メモです。掲載文を整えて、ご遺族への確認メールも作ってください。

故人：山田 正雄 様（享年87）
通夜：1月17日 18時 告別式：1月18日 11時 会場：市民斎場
喪主：山田 洋子 様 電話 ${phone('0263-48-2719', 'JP')} メール ${mail('yoko.yamada1961@docomo.ne.jp')}
掲載料 8,800円：クレジットカード ${v('financial.payment_card', spacedFours(JA_CARD))}（有効期限 04/27）で電話決済済み`),

  rec('csv_en_in', f`Please check this expat payroll upload for the Dubai assignees before I submit, looking for missing fields:

${amb('source_code.snippet', f`emp_id,name,email,aadhaar,uae_iban,mobile
EX-1042,Anil Kumar Reddy,${mail('anil.reddy@taxbridge-clients.in')},${v('pii.in_aadhaar', AADHAAR1)},${iban(IN_IBAN)},${phone('+971 50 418 2736')}
EX-1043,Sneha Iyer,${mail('sneha.iyer@taxbridge-clients.in')},${v('pii.in_aadhaar', AADHAAR2)},,${phone('+971 55 927 4183')}`)}`),

  rec('stacktrace_pt_br', f`Deu esse erro no módulo de reservas de bike depois do deploy, alguém sabe?

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/reservas/tasks.py", line 88, in enviar_confirmacao
    conn = psycopg2.connect("postgresql://reservas:${v('credential.database_url_password', 'Floripa#Bike2025')}@db-reservas.internal:5432/reservas")
psycopg2.OperationalError: connection to server at "db-reservas.internal" (${ip('10.40.2.17')}), port 5432 failed: FATAL:  too many connections for role "reservas"
  during handling of reserva 55120 (cliente ${mail('rafael.souza@uol.com.br')})`)}`),

  rec('file_note_it', f`${mark('RISERVATO')} – fascicolo dipendente distaccato

Nome: Marco Rossi — CF ${v('pii.it_codice_fiscale', CF)}
Nato il ${dob('14/01/1980')} a Roma
Destinazione: Singapore, dal 1/4/2025
Accredito stipendio: ${iban(IT_IBAN)}
Contatto: ${mail('marco.rossi.sg@outlook.it')}

Scrivimi una mail di benvenuto in inglese per il team di Singapore, solo con le informazioni utili a loro (niente CF né IBAN).`),

  rec('email_nl', f`Onderwerp: ${mark('VERTROUWELIJK')} – terugtrekking toestemming deelnemer

Beste collega's,
Deelnemer mw. S. de Vries (BSN ${v('pii.nl_bsn', BSN)}, geb. ${dob('04-11-1967')}) heeft schriftelijk haar toestemming ingetrokken. Alle resterende monsters (14 buizen, vriezer F-07) moeten vóór 1 februari vernietigd worden. Vragen: ${phone('030 250 4827', 'NL')}.

Kun je hier een korte taak-checklist voor het lab van maken?`),

  rec('chat_ru', f`Помогите разобраться: бот, который шлёт в Slack статус дока, падает с invalid_auth. Конфиг и кусок лога:

${amb('source_code.snippet', f`SLACK_BOT_TOKEN=${v('credential.slack_bot_token', XOXB)}
DOCK_API=http://${ip('10.14.3.22')}:8080/api/docks`)}

${amb('source_code.snippet', f`[2025-01-14 06:00:01] ERROR slack: invalid_auth
[2025-01-14 06:00:01] INFO  notify fallback sms -> ${phone('+7 911 482-73-19')} (дежурный мастер)`)}`),

  rec('code_python_fixture', f`Can you add a test for the under-16 helmet rule? Here's the current fixture file:

${v('source_code.snippet', f`import pytest
from datetime import date
from rentals.models import Customer

@pytest.fixture
def adult():
    return Customer(name="Kyle Brennan", email="${mail('kyle.brennan@comcast.net')}", phone="${phone('+1 435 649 2817')}", birth_date=${amb('pii.date_of_birth', 'date(1989, 3, 14)')})

@pytest.fixture
def teen():
    return Customer(name="Maddie Brennan", email="${mail('maddie.brennan07@gmail.com')}", phone=None, birth_date=${amb('pii.date_of_birth', 'date(2010, 8, 2)')})`)}`, 'birth dates as date() constructor arguments in a fixture: ambiguous per the conventions'),

  rec('list_zh_tw', f`幫我把這份飯店窗口名單整理成表格，要給新來的業務：

晶華酒店 房務部 陳小姐 ${phone('0912-483-726', 'TW')} ${mail('housekeeping.chen@regent-tpe.com.tw')}
福容飯店 林先生 ${phone('02-2718-3946', 'TW')}
老爺酒店 王經理 ${mail('wang.linen@royal-hotel-tw.com')}
內部用：寄帳單的 Mailgun 金鑰 ${v('credential.mailgun_api_key', MAILGUN)}（不要給業務）`),

  rec('email_tr', f`Konu: ${mark('GİZLİ')} – MV Karadeniz havuz avansı

Sayın Yetkili,
Havuz rezervasyonunun teyidi için %30 avansın (72.000 EUR) aşağıdaki hesaba yatırılmasını rica ederiz:
IBAN: ${iban(spacedFours(TR_IBAN))}
Sorularınız için planlama ofisi: ${phone('0216 395 48 27', 'TR')} / ${mail('planlama@tuzla-tersane.com.tr')}

Bu e-postayı İngilizceye çevirir misin? Armatör Yunan.`),

  rec('chat_ar_eg', f`عايز أكتب رسالة للمشرف الجديد في المغسلة. بياناته: محمود السيد، موبايل ${phone('0100 482 7319', 'EG')}، إيميل ${mail('mahmoud.elsayed@nile-laundry.com.eg')}. وقوله إن الباسورد بتاع نظام تتبع الغسيل هو ${v('credential.password_in_prose', 'Nile#Wash2025')} ويغيره أول ما يدخل.`),

  rec('export_sv', f`Kan du hitta dubbletter i den här exporten av dödsannonsbeställare?

${amb('source_code.snippet', f`namn;personnummer;telefon;epost
Lena Åberg;${ambCat('pii', '19620817-4821')};${phone('070-482 19 36', 'SE')};${mail('lena.aberg@telia.com')}
Lena Aberg;${ambCat('pii', '19620817-4821')};${phone('+46 70 482 19 36')};${mail('lena.aberg@telia.com')}
Sven Holm;${ambCat('pii', '19480305-2917')};${phone('0380-194 27', 'SE')};`)}`, 'Swedish personnummer: no built-in rule, ambiguous'),

  rec('meeting_notes', f`${mark('OFFICIAL-SENSITIVE')}
Biobank access committee — action log, 15 Jan

- Request SR-2025-011: approved. Note that donor NHS ${v('pii.uk_nhs_number', NHS)} (DOB ${dob('22/02/1951')}) withdrew on 2 Jan; exclude from the pack.
- Azure export link sent to the KCL team by mistake still worked this morning: https://bbexports.blob.core.windows.net/packs/SR-2025-009.zip?sv=2022-11-02&sr=b&sp=r&se=2025-02-01T00:00:00Z&sig=${v('credential.azure_sas_token', SAS)} — revoke.
- GitLab deploy token for the pack builder (${v('credential.gitlab_pat', GLPAT)}) to be moved into the vault.

Can you turn this into a short status update for the committee chair, leaving out identifiers and secrets?`),

  rec('chat_en_au', f`The summariser we built for the rental damage reports is leaking stuff into its prompts. Here's an example of what got logged:

${amb('source_code.snippet', f`{"model":"gpt-4o-mini","api_key":"${v('credential.openai_api_key', OA)}","messages":[{"role":"user","content":"Damage report: e-bike #FS-221 returned with bent derailleur. Customer: Chloe Nguyen, ${mail('chloe.nguyen@bigpond.com')}, ${phone('0423 918 274', 'AU')}, client IP ${ip('203.45.118.92')}"}]}`)}

How do I stop the request body from being logged?`),
];
