/**
 * Held-out batch 126: several kinds of sensitive data in one paste (incident notes, exports,
 * stack traces, fixtures, customer e-mails) across the six organisations. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, gh, tok } from '../tokens';

const TG = tok('6619283745', ':AA', fill('b126m-tg', B62 + '-_', 33));
const ALI_ID = tok('LTAI', '5t', fill('b126m-ltai', B62, 18));
const GHO = gh('gho', fill('b126m-gho-body', B62, 30));
const DD = fill('b126m-dd', HEX, 32);

export const BATCH126_MIXED: DraftRecord[] = [
  rec('incident_en', f`${v('confidential.marking', 'TLP:AMBER')} — notes from the call with the insured (Harwell Logistics), for the claims notification:

- 02:14 UTC: EDR alert on file server FS02 (${amb('pii.ip_address', '10.40.2.18')}), mass rename *.hwl3
- Attacker logged in via VPN from ${amb('pii.ip_address', '91.243.85.112')} using the account svc_backup; the IT manager admits the password was ${v('credential.password_in_prose', 'Harwell2019!')} and never rotated
- Insured contact: Gareth Mills, IT manager, ${phone('+44 7823 482917')}, ${v('pii.email', 'gareth.mills@harwell-logistics.co.uk')}
- Breach coach engaged 04:30; forensics ETA 10:00

Draft the first notification to the insurer in formal English.`),

  rec('email_de_ch', f`Grüezi, bitte hilf mir, auf diese Kundenmail höflich zu antworten (wir nehmen keine Kartendaten per Mail an):

Von: Beat Zürcher <${v('pii.email', 'beat.zuercher@bluewin.ch')}>
"Guten Tag, meine Uhr (Revision, Ticket AUR-ZH-8821) ist fertig. Bitte belasten Sie meine Karte ${v('financial.payment_card', '5488 1037 2946 1832')}, gültig bis 05/27, und schicken Sie die Uhr versichert an Seefeldstrasse 118, 8008 Zürich. Bei Fragen: ${phone('079 384 27 15', 'CH')}."`),

  rec('csv_fr', f`Vérifie que chaque ligne de cet export des règlements obsèques a bien un IBAN valide :

${amb('source_code.snippet', f`dossier;beneficiaire;nir_defunt;iban;email
OB-771203;Sylvie Lacombe;${v('pii.fr_nir', '178046912305491')};${v('financial.iban', 'FR8030003019280005028374618')};${v('pii.email', 'sylvie.lacombe@orange.fr')}
OB-771255;Karim Haddad;${v('pii.fr_nir', '291037505615271')};${v('financial.iban', 'FR6217512000000801129374635')};${v('pii.email', 'karim.haddad@laposte.net')}
OB-771290;Jeanne Morel;;FR76 3000 4000 0312 3456 7890 144;${v('pii.email', 'j.morel@sfr.fr')}`)}

La troisième ligne me paraît bizarre.`, 'third IBAN is a deliberately invalid look-alike (check digits do not match)'),

  rec('traceback_es_mx', f`Se cayó el servicio de recomendaciones de nutrientes, ¿qué significa esto?

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/nutrientes/app.py", line 42, in <module>
    engine = create_engine("postgresql://nutri_app:${v('credential.database_url_password', 'Cilantro#Torre9')}@${amb('pii.ip_address', '172.16.8.21')}:5432/nutrientes")
  File "/srv/nutrientes/venv/lib/python3.12/site-packages/sqlalchemy/engine/create.py", line 560, in create_engine
    ...
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "${amb('pii.ip_address', '172.16.8.21')}", port 5432 failed: timeout expired
Notificar a: ${v('pii.email', 'guardia-infra@leafstack.io')}`)}`),

  rec('mail_nl_be', f`Kunt u deze mail van een aanvrager samenvatten voor het dossier huurpremie?

"Beste, hierbij mijn gegevens opnieuw: rijksregisternummer ${ambCat('pii', '85.07.30-283.17')}, rekeningnummer ${v('financial.iban', 'BE52 0639 8201 7455')}, gsm ${phone('0478 29 38 17', 'BE')}. Mijn huurcontract loopt sinds 1 februari. Mvg, Jonas Verbruggen"`, 'Belgian national register number: no built-in rule (ambiguous, no rule id)'),

  rec('json_it', f`Il webhook delle prenotazioni bike park ci manda questo payload. Quali campi dovremmo scartare prima di salvarlo?

${amb('source_code.snippet', f`{
  "booking_id": "RB-IT-20931",
  "cliente": {
    "nome": "Matteo Rinaldi",
    "email": "${v('pii.email', 'matteo.rinaldi@libero.it')}",
    "telefono": "${phone('+39 338 291 7465')}",
    "data_nascita": "${v('pii.date_of_birth', '1993-05-18')}"
  },
  "pagamento": { "carta": "${v('financial.payment_card', '4147209385612745')}", "scadenza": "08/27" },
  "noleggio": ["e-bike L", "casco integrale M"]
}`)}`),

  rec('fixture_pt_br', f`Os testes do cadastro de produtores estão usando dados reais? Achei isso no repositório:

\`\`\`ts
${v('source_code.snippet', f`describe('cadastroProdutor', () => {
  const produtor = {
    nome: 'Jéssica Aparecida Lima',
    cpf: '${v('pii.br_cpf', '382.915.046-60')}',
    email: '${v('pii.email', 'jessica.lima.hortas@gmail.com')}',
    celular: '${phone('+55 21 99382-7416')}',
  };

  it('valida CPF', () => {
    expect(validarCpf(produtor.cpf)).toBe(true);
    expect(validarCpf('${v('pii.br_cpf', '38291504660')}')).toBe(true);
  });
});`)}
\`\`\``),

  rec('meeting_ja', f`以下の議事録からアクションアイテムを抜き出してください。

■ 大阪ファーム定例（3/12）
・環境制御PCのリモート接続：業者用アカウント vendor_osaka、パスワードは ${v('credential.password_in_prose', 'Sakura-Rack#33')}（3月末で失効）
・CO2センサー交換は来週火曜、担当 山本さん（${phone('090-3829-1746', 'JP')}）
・Datadog のキー ${v('credential.datadog_api_key', DD)} を旧エージェントから削除すること`),

  rec('log_ru', f`Почему бот оповещений фермы падает? Лог:

${amb('source_code.snippet', f`2025-03-14 06:02:11 ERROR notifier: telegram send failed token=${v('credential.telegram_bot_token', TG)} chat=-1002839174 err="Forbidden: bot was kicked from the group"
2025-03-14 06:02:11 INFO  notifier: fallback SMS to ${phone('+7 916 382-91-74')} (дежурный агроном)`)}`),

  rec('email_ar', f`ساعدني في الرد على هذا العميل بلطف، ونوضح أننا لا نقبل بيانات البطاقة عبر البريد:

"مرحباً، أنا خالد المنصوري، ساعتي في الصيانة في فرع دبي مول. رقم جوازي ${v('pii.passport', 'N3829174')} للاستلام، وجوالي ${phone('050 382 9174', 'AE')}. ادفعوا من بطاقتي ${v('financial.payment_card', '4532917048261535')} ووصلوا الساعة للفندق."`),

  rec('whatsapp_hi_en', f`isko formal English mein convert karo, claims file ke liye:

[10:42] Anjali Kulkarni: Sir papers bhej diye, Aadhaar ${v('pii.in_aadhaar', '482719350615')} hai, mobile ${phone('+91 98203 84716')}
[10:44] Anjali Kulkarni: bank account ka IFSC SBIN0004821, account ${ambCat('financial', '38291746501')}
[10:45] Claims desk: Thank you madam, processing in 7 working days.`),

  rec('email_pl', f`Popraw proszę stylistykę tej odpowiedzi do wnioskodawczyni:

"Pani Agnieszko, potwierdzamy otrzymanie wniosku o dodatek mieszkaniowy (PESEL ${ambCat('pii', '85073012348')}). Świadczenie będzie wypłacane na rachunek ${v('financial.iban', 'PL28 2490 1028 0000 0001 9483 7261')}. W razie pytań prosimy o kontakt pod numerem ${phone('+48 22 382 91 74')} lub ${v('pii.email', 'dodatki@um-lodz.pl')}."`, 'PESEL: no built-in rule (ambiguous, no rule id)'),

  rec('sql_en_us', f`${amb('source_code.snippet', f`-- waivers table dump, lower lodge kiosk
INSERT INTO waivers (id, full_name, dob, email, phone, signed_at) VALUES
(90211, 'Tyler Brennan', '${v('pii.date_of_birth', '2007-10-02')}', '${v('pii.email', 'tyler.brennan07@icloud.com')}', '${phone('+1 970-382-4716')}', '2025-06-28 09:41:00'),
(90212, 'Maya Chen', '${v('pii.date_of_birth', '1989-01-23')}', '${v('pii.email', 'maya.chen@outlook.com')}', '${phone('(303) 382-9174', 'US')}', '2025-06-28 09:44:12');`)}

Tyler is a minor — do we need a parent signature field? Suggest a schema change.`),

  rec('ops_zh', f`帮我把这段运维交接写成正式的邮件：
成都农场网关 ${amb('pii.ip_address', '10.66.1.5')} 的 OSS 上传改用新的 AccessKey ${v('credential.alibaba_access_key_id', ALI_ID)}，旧的已禁用。
现场联系人：王工 ${phone('138 2917 4653', 'CN')}
GitHub 部署用的 OAuth token ${v('credential.github_oauth_token', GHO)} 下周过期，请提前续。`),

  rec('email_da', f`Kan du oversætte denne mail til engelsk? Gæsten er tysk.

"Hej Stefan, vi har modtaget din skadesanmeldelse for cyklen (udlejning nr. RB-DK-4471). Depositum på 2.000 kr. tilbagebetales til ${v('financial.iban', 'DK86 3000 4917 2836 54')}. Ring på ${phone('+45 28 39 17 46')} hvis du har spørgsmål. Venlig hilsen, Mette, Ridgeline Bikepark Ry"`),

  rec('email_lv', f`Lūdzu, pārtulko šo vēstuli angliski:

"Labdien! Pašvaldības dzīvokļa pabalsts par martu tiks pārskaitīts uz kontu ${v('financial.iban', 'LV73 HABA 0551 0293 8475 6')}. Jautājumu gadījumā zvaniet ${phone('+371 2938 2917')} vai rakstiet ${v('pii.email', 'pabalsti@riga.lv')}."`),
];
