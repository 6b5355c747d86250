/**
 * Held-out batch 61: longer texts mixing categories — postmortems, shift handovers, SQL dumps,
 * webhook payloads, crew and visitor lists, test fixtures, stack traces — across the six
 * organisations of the setting. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const hex = HEX.toLowerCase();
const KYC_WEBHOOK_BEARER = fill('b61m-kycwh', B62, 48);
const RAZORPAY_SECRET = fill('b61m-rzp', B62, 24);
const ERR_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'cust_48273916', role: 'customer', kyc: 'pending', iat: 1739600000, exp: 1739603600 }, 'b61m-errjwt');
const AKIA_LEAK = tok('AKIA', fill('b61m-akia', B32, 16));
const SENTRY_KEY = fill('b61m-sentry', hex, 32);
const SMTP_TOKEN = fill('b61m-smtp', B64URL, 32);

export const BATCH61_MIXED: DraftRecord[] = [
  rec('postmortem_en_us', f`# Postmortem: KYC selfie bucket briefly public (Feb 12)

**Impact:** for ~47 minutes the bucket \`onb-selfies-prod\` allowed anonymous ListBucket. Access logs show 3 anonymous list calls, all from ${amb('pii.ip_address', '54.201.83.17')} (our own pentest vendor's scanner). No GetObject calls.

**Timeline (UTC)**
- 14:02 Terraform apply by the onboarding team removes the \`block_public_acls\` setting
- 14:31 vendor reports finding to ${v('pii.email', 'security@coinwell.io')}
- 14:49 setting restored; key ${v('credential.aws_access_key_id', AKIA_LEAK)} used for the apply is rotated as a precaution
- 15:10 customer-impact review started (lead: ${v('pii.email', 'm.okafor@coinwell.io')}, ${phone('+1 (415) 483-2917')})

**Action items:** SCP that denies public ACLs on \`onb-*\`; plan review required for bucket policies.

Rewrite this as a short summary for the board's risk committee, no names.`),

  rec('notes_gsw', f`Protokoll Feldkampagne Weissfluhjoch, Sitzig vom 6. Februar

- Schneeprofil-Team: Andrea, Luca, Fabienne. Abfahrt 07:15 ab Institut.
- Notfallnummer Hüttewart Parsennhütte: ${phone('+41 81 417 62 38')}
- Andrea isch erreichbar uf ${phone('+41 76 382 19 04')}, Mail ${v('pii.email', 'andrea.casutt@firnfeld-institut.ch')}
- Neus WLAN i de Messhütte: SSID "WFJ-Mess", s Passwort isch ${v('credential.password_in_prose', 'Pulverschnee!2025')}
- Logger-Zugang via VPN, Gateway ${amb('pii.ip_address', '10.21.0.1')}

Mach mer bitte e saubere To-do-Lischte mit Verantwortliche druus.`),

  rec('sql_dump_es', f`Al importar este volcado de la tabla de vendedores particulares en Postgres falla por las comillas invertidas. ¿Cómo lo convierto?

${amb('source_code.snippet', f`-- Volcado de datos para la tabla \`vendedores\`
INSERT INTO \`vendedores\` (\`id\`, \`nombre\`, \`email\`, \`telefono\`, \`iban\`, \`alta\`) VALUES
(3101, 'Nerea Goikoetxea', '${v('pii.email', 'nerea.goiko@gmail.com')}', '${phone('+34 628 47 19 35')}', '${v('financial.iban', 'ES3801825917380201847362')}', '2024-11-03 09:12:44'),
(3102, 'Jordi Puigdomènech', '${v('pii.email', 'jpuigdomenech@telefonica.net')}', '${phone('915 83 27 46', 'ES')}', NULL, '2024-11-03 10:40:02'),
(3103, 'Ana Lucía Rentería', '${v('pii.email', 'anarenteria.mx@hotmail.com')}', '${phone('+52 55 4829 3716')}', NULL, '2024-11-04 18:27:51');`)}`),

  rec('webhook_pt_br', f`O webhook do provedor de KYC chega assim e o nosso endpoint rejeita com 400. Tem algo errado no payload?

${amb('source_code.snippet', f`POST /webhooks/kyc HTTP/1.1
Host: onboarding.pagfacil.com.br
Authorization: Bearer ${v('credential.bearer_token', KYC_WEBHOOK_BEARER)}
Content-Type: application/json

{
  "evento": "verificacao.concluida",
  "cliente": {
    "nome": "Larissa Moura Antunes",
    "cpf": "${v('pii.br_cpf', '730.591.824-50')}",
    "data_nascimento": "${v('pii.date_of_birth', '1997-12-02')}",
    "email": "${v('pii.email', 'larissa.antunes@gmail.com')}"
  },
  "resultado": "APROVADO",
  "score_facial": 0.93
}`)}`),

  rec('email_fr_sn', f`Objet : ${v('confidential.marking', 'CONFIDENTIEL')} – transfert patiente vers le CHU

Cher confrère,

Je vous adresse Mme Fatou Ndiaye, née le ${v('pii.date_of_birth', '14/07/1998')}, G3P2, 34 SA, pour pré-éclampsie sévère (TA 170/110, protéinurie 3+). Sulfate de magnésium débuté à 10h20.
Contact de l'époux : ${phone('+221 77 482 39 16')}. Sage-femme référente : ${v('pii.email', 'aminata.sow@maternite-pikine.sn')}.

Bien confraternellement,
Dr Moussa Faye

— corrige le style de cette lettre, s'il te plaît`),

  rec('incident_el', f`Φτιάξε μου μια σύντομη αναφορά συμβάντος για τη διεύθυνση από αυτές τις σημειώσεις βάρδιας:

- 02:40 επισκέπτης χωρίς συνοδεία στον προβλήτα ΙΙ. Στοιχεία: Andrei Volkov, διαβατήριο ${v('pii.passport', '75 4827391')}, ημ. γέννησης ${v('pii.date_of_birth', '12.09.1983')}
- Τον εντοπίσαμε από την κάμερα PTZ-14 (NVR ${amb('pii.ip_address', '10.40.14.2')})
- Ο τεχνικός της εταιρείας καμερών άλλαξε προσωρινά τον κωδικό του NVR σε ${v('credential.password_in_prose', 'Proviti2!Limani')} για να κατεβάσουμε το βίντεο
- Ειδοποιήθηκε ο αξιωματικός υπηρεσίας, τηλ. ${phone('+30 694 827 3916')}`),

  rec('slack_hi', f`यार ये थ्रेड देखो, कल से eKYC के पेमेंट वेरिफिकेशन फेल हो रहे हैं:

रवि: customer का Aadhaar ${v('pii.in_aadhaar', '2674 8390 1258')} है, PAN ${ambCat('pii', 'BKRPS4827L')}, मोबाइल ${phone('+91 99890 47312')}
नेहा: penny-drop API से 401 आ रहा है
रवि: config में RAZORPAY_KEY_SECRET=${v('credential.generic_secret_assignment', RAZORPAY_SECRET)} ही है, बदला तो नहीं?
नेहा: शायद live और test keys mix हो गए

इसका एक छोटा summary बना दो ताकि मैं मैनेजर को भेज सकूँ, बिना Aadhaar नंबर के।`),

  rec('handover_zh', f`帮我把这份项目交接说明整理成表格：

项目：某银行年报中译英（${v('confidential.marking', '机密')}，客户要求签保密协议）
客户联系人：刘先生，${v('pii.email', 'liu.jianguo@hxbank-ir.cn')}，${phone('+86 21 6482 7391')}
文件服务器：ftp.linguabridge.cn，账号 hxbank_2025，密码 ${v('credential.password_in_prose', 'Nianbao#2025sh')}
交稿日期：3月20日，共 86,000 字
译员：张婷（财经）、Mark Holloway（审校）`),

  rec('endorsement_tl', f`Paki-summarize po itong endorsement para sa susunod na shift sa labor room:

Bed 4 – Jocelyn Ramos, DOB ${v('pii.date_of_birth', '1996-08-19')}, G1P0, 6 cm, for IE at 2 AM.
Bed 7 – post-CS, Liza Villanueva, husband's number ${phone('+63 917 482 7391')}.
FYI: bagong password ng EMR sa nurses' station: ${v('credential.password_in_prose', 'Kalinga@Ward3')} (pinalitan ni IT kaninang 6 PM).`),

  rec('test_python_lt', f`Testas krenta tik CI aplinkoje, lokaliai praeina. Kodėl?

${v('source_code.snippet', f`import pytest
from skelbimai.mokejimai import sukurti_ismoka

@pytest.fixture
def pardavejas():
    return {
        "vardas": "Tomas Kazlauskas",
        "el_pastas": "${v('pii.email', 'tomas.kazlauskas@inbox.lt')}",
        "telefonas": "${phone('+370 612 48397')}",
        "iban": "${v('financial.iban', 'LT117300010082746193')}",
    }

def test_ismoka_sukuriama(pardavejas, db):
    ismoka = sukurti_ismoka(pardavejas, suma_eur=8450)
    assert ismoka.busena == "LAUKIA"
    assert ismoka.iban.startswith("LT")`)}`),

  rec('trace_ko', f`로그인 직후 500 에러가 나는데 스택트레이스 좀 봐주세요.

${amb('source_code.snippet', f`ERROR 2025-02-15 13:20:04.118 [http-nio-8080-exec-7] c.f.o.auth.SessionFilter - 세션 복원 실패
com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type \`java.time.LocalDate\` from String "1994.03.14"
  at [Source: (String)"{"email":"${v('pii.email', 'jieun.kim94@naver.com')}","birth":"${v('pii.date_of_birth', '1994.03.14')}"}"; line: 1, column: 52]
	at com.fasterxml.jackson.databind.DeserializationContext.reportInputMismatch(DeserializationContext.java:1752)
	at com.finwallet.onboarding.auth.SessionFilter.restore(SessionFilter.java:88)
Caused by token: ${v('credential.jwt', ERR_JWT)}`)}`),

  rec('email_so', f`Fadlan u turjun emaylkan af-Ingiriis si loogu diro wakiilka markabka:

Mudane Axmed,
Xubinta shaqaalaha ee ka degaysa Dekedda Berbera waa:
Cabdiraxmaan Maxamed Jaamac, baasaboor ${v('pii.passport', 'P01938274')}, taariikhda dhalashada ${v('pii.date_of_birth', '22/04/1989')}.
Fadlan la xiriir xafiiska amniga ${phone('+252 61 5482739')} ama ${v('pii.email', 'amniga@berberaport.so')} ka hor 48 saac.`),

  rec('compose_ro', f`Salut, containerul aplicației de control acces din port nu pornește după update. docker-compose.yml:

${amb('source_code.snippet', f`services:
  acces:
    image: registry.portconstanta.local/acces-ctrl:4.2.1
    environment:
      DB_HOST: ${amb('pii.ip_address', '172.16.30.12')}
      DB_USER: acces_app
      DB_PASSWORD: ${v('credential.password_assignment', 'Turnichet#Dana5')}
      SMTP_USER: ${v('pii.email', 'alerte-acces@portconstanta.ro')}
      SMTP_TOKEN: ${v('credential.generic_secret_assignment', SMTP_TOKEN)}
      SENTRY_DSN: ${v('credential.sentry_dsn', `https://${SENTRY_KEY}@sentry.portconstanta.local/7`)}
    ports: ["8443:8443"]`)}

Eroarea: "FATAL: password authentication failed for user acces_app".`),

  rec('hr_nl', f`Onderwerp: ${v('confidential.marking', 'VERTROUWELIJK')} – gegevens nieuwe verloskundige

Hoi Sanne,

Voor de salarisadministratie van Lotte Visser (start 1 maart, verloskamers):
BSN: ${v('pii.nl_bsn', '294018372')}
Geboortedatum: ${v('pii.date_of_birth', '19-11-1992')}
IBAN: ${v('financial.iban', 'NL41 INGB 0007 3918 46')}
Mobiel: ${phone('010 284 7391', 'NL')}

Groet, Mirjam (P&O)

→ maak hier een korte checklist van wat P&O nog nodig heeft`),

  rec('invoice_hy', f`Խնդրում եմ ստուգել այս հաշիվ-ապրանքագիրը անգլերենով թարգմանելուց առաջ․

Հաշիվ № 2025-0213
Թարգմանիչ՝ Անի Սարգսյան, ${v('pii.email', 'ani.sargsyan.translator@gmail.com')}, ${phone('+374 10 482739')}
Ծառայություն՝ բժշկական փաստաթղթերի թարգմանություն (HY>EN), 18 էջ, 162 000 դրամ
Վճարում՝ վրացական բանկային հաշվին ${v('financial.iban', 'GE56 TB73 9482 7361 0542 17')}`),

  rec('csv_en_uk', f`Export from the avalanche awareness course booking system — can you find duplicate bookings (same person, same date)?

${amb('source_code.snippet', f`booking_id,name,email,mobile,dob,course_date,paid_card
B-1041,Callum Fraser,${v('pii.email', 'callum.fraser@btinternet.com')},${phone('+44 7723 418 295')},${v('pii.date_of_birth', '1990-02-11')},2025-03-08,**** 4417
B-1042,Isla Murray,${v('pii.email', 'isla.m@icloud.com')},${phone('+44 20 3318 4927')},${v('pii.date_of_birth', '1985-07-30')},2025-03-08,${v('financial.payment_card', '5358 2291 7406 3182')}
B-1043,Callum Fraser,${v('pii.email', 'callum.fraser@btinternet.com')},${phone('+44 7723 418 295')},${v('pii.date_of_birth', '1990-02-11')},2025-03-08,**** 4417`)}

(B-1042 came from the phone booking form that doesn't mask the card)`),
];
