/**
 * Held-out batch 152: longer texts mixing categories (postmortems, exports, tickets, fixtures, notes)
 * from the six organisations, in many languages. Hand-written.
 */
import { brCpfFormatted, ibanWithCheck, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, b64, fill, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const NO_IBAN = ibanWithCheck('NO', '60110482937');
const DE_SEPA1 = ibanWithCheck('DE', '370400440532013000');
const DE_SEPA2 = ibanWithCheck('DE', '120300001018273645');
const AT_SEPA = ibanWithCheck('AT', '1200010018273645');
const BE_PERMIT = ibanWithCheck('BE', '310182736408');
const HR_IBAN = ibanWithCheck('HR', '24840081101827364');
const CPF = brCpfFormatted('615283947');
const CF_FIXTURE = itCodiceFiscale('RSSLCU82M41H501');
const AADHAAR = inAadhaarSpaced('73920184651');
const VISA_AE = luhnWithCheck('441284019273648');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T02', fill('b152m-slt', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 7), '/B08', fill('b152m-slb', 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '/', fill('b152m-slh', B62, 24));
const BEARER = fill('b152m-bearer', B62, 48);
const SG = tok('SG.', fill('b152m-sg1', B64URL, 22), '.', fill('b152m-sg2', B64URL, 43));
const ROUTE_KEY = fill('b152m-pd', HEX, 32);

export const BATCH152_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Postmortem: retailer terminals unable to validate winning tickets, Sat 15 Feb

**Impact:** 1,870 terminals (≈38% of network) could sell but not pay out prizes between 19:42 and 21:10. Draw-night peak.

**Timeline**
- 19:42 validation service starts returning 503; first retailer call to the desk (${phone('+44 161 832 4719')})
- 19:55 on-call (${v('pii.email', 'terminal-oncall@novalotto.net')}) finds the validation pool on ${amb('pii.ip_address', '10.20.4.15')} exhausted
- 20:30 failover to ${amb('pii.ip_address', '10.20.5.15')} — fails: the standby still had the old DB password ${v('credential.password_in_prose', 'Draw$Night-0315')} in its env file
- 21:10 service restored after password corrected

**Action items:** secrets to Vault; quarterly failover test.

Rewrite this as a short notice for retailers: apologetic, no internal details.`),

  rec('email_no', f`Hei! Kan du oversette denne til engelsk før jeg sender den til den nye maskinisten?

"Velkommen om bord på «Havørn II»! Vi har registrert følgende:
Fødselsdato: ${v('pii.date_of_birth', '11.07.1989')}
Lønnskonto: ${v('financial.iban', spacedFours(NO_IBAN))}
Mobil: ${phone('+47 412 83 976')}
Kontakt oss på ${v('pii.email', 'mannskap@havorn-fisk.no')} hvis noe er feil. Wi-Fi om bord: HAVORN-CREW, passord ${v('credential.password_in_prose', 'Makrell-Nord44')}."`),

  rec('csv_de', f`Kannst du prüfen, welche dieser SEPA-Lastschriftmandate doppelt sind, bevor wir den Einzug für die Fördermitglieder starten?

${amb('source_code.snippet', f`mandat_id;name;email;telefon;iban;betrag
STL-00412;Ursula Brenner;${v('pii.email', 'u.brenner@gmx.de')};${phone('0351 48273916', 'DE')};${v('financial.iban', DE_SEPA1)};15,00
STL-00413;Jürgen Wiesinger;${v('pii.email', 'j.wiesinger@aon.at')};${phone('0664 1834729', 'AT')};${v('financial.iban', AT_SEPA)};25,00
STL-00419;Ursula Brenner;${v('pii.email', 'u.brenner@gmx.de')};${phone('0351 48273916', 'DE')};${v('financial.iban', DE_SEPA1)};15,00
STL-00420;Katrin Lehmann;${v('pii.email', 'katrin.lehmann@web.de')};;${v('financial.iban', DE_SEPA2)};10,00`)}`),

  rec('ticket_ja', f`入構手続きのチケットを英語でまとめてください。

件名：協力会社 新規入構者 登録依頼
担当：${v('pii.email', 'y.tanaka@kestrel-fab.co.jp')}（内線 4412）
作業員：Marco Ferretti（イタリア国籍）、旅券番号 ${v('pii.passport', 'YA4829173')}、携帯 ${phone('+39 333 481 2967')}
ゲスト Wi-Fi：KMM-GUEST / パスワード ${v('credential.password_in_prose', 'Aso-Guest-0225')}
入室区域：Fab3 サブファブのみ（CR 立入不可）`),

  rec('incident_ko', f`보안팀 공유용으로 아래 사고 메모를 정리해 주세요.

- 02:14 출입통제 서버(${amb('pii.ip_address', '172.18.30.11')})에 비정상 API 호출 다수
- 호출에 사용된 토큰: Bearer ${v('credential.bearer_token', BEARER)} (협력업체 연동용, 즉시 폐기 필요)
- 요청 출발지: ${amb('pii.ip_address', '211.234.118.52')}
- 담당자: 김민수 ${phone('010-4827-3916', 'KR')}, ${v('pii.email', 'minsu.kim@kestrel-fab.co.kr')}`),

  rec('ticket_pt_br', f`Chamado #88213 – terminal não imprime comprovante

Lotérica: Sorte Grande Vila Mariana – responsável: Cláudia Menezes, CPF ${v('pii.br_cpf', CPF)}
Celular: ${phone('(21) 99184-2736', 'BR')}
IP do terminal: ${amb('pii.ip_address', '10.88.14.203')}
Obs.: técnico de campo pediu a senha de manutenção, informei ${v('credential.password_in_prose', 'Manut#4412')} por telefone (não devia, né?).

Me ajuda a escrever a resposta pro cliente e uma nota interna sobre a senha?`),

  rec('email_fr_be', f`Objet : ${v('confidential.marking', 'CONFIDENTIEL')} – recours permis d'urbanisme 2024/0871

Bonjour Madame Lambert,

Suite à l'annulation de votre permis, la redevance de 250 € vous sera remboursée sur le compte ${v('financial.iban', spacedFours(BE_PERMIT))}.
Pour toute question, contactez l'inspecteur M. Dubois au ${phone('+32 2 384 27 19')} ou par mail : ${v('pii.email', 'p.dubois@urbanisme-ixelles.be')}.

Tu peux raccourcir ce mail et le rendre plus chaleureux ?`),

  rec('code_python_it', f`Il test della verifica ricetta fallisce in CI ma non in locale:

${code(f`def test_ricetta_paziente_minorenne(client):
    paziente = {
        "nome": "Lucia Rossi",
        "codice_fiscale": "${v('pii.it_codice_fiscale', CF_FIXTURE)}",
        "email": "${v('pii.email', 'lucia.rossi.test@farmaclick.it')}",
        "cellulare": "${phone('+39 333 481 2967')}",
    }
    r = client.post("/api/ricette/verifica", json={"paziente": paziente, "farmaco": "A03FA07"})
    assert r.status_code == 422
    assert r.json()["errore"] == "paziente_minorenne"`)}`),

  rec('trace_es_mx', f`Ayuda, el servicio de validación de recetas truena al arrancar:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/app/validador/db.py", line 12, in <module>
    engine = create_engine("postgresql://validador:${v('credential.database_url_password', 'Farmacia#Polanco25')}@rx-db.interno:5432/recetas")
  File "/usr/local/lib/python3.12/site-packages/sqlalchemy/engine/create.py", line 550, in create_engine
sqlalchemy.exc.OperationalError: FATAL: password authentication failed for user "validador"
Notify: ${v('pii.email', 'guardia.ti@farmaclick.mx')}`)}

¿La contraseña tiene un carácter que hay que escapar?`),

  rec('notes_el', f`Σημειώσεις σύσκεψης helpdesk τερματικών – 3/3

- Ο Γιώργος (${phone('694 128 3746', 'GR')}) αναλαμβάνει τα πρακτορεία της Κρήτης
- Νέο κανάλι ειδοποιήσεων στο Slack, webhook: ${v('credential.slack_webhook_url', SLACK_HOOK)}
- Παράπονα πρακτόρων στο ${v('pii.email', 'helpdesk@novalotto.gr')}

Κάνε τις σημειώσεις λίστα ενεργειών με υπεύθυνο.`),

  rec('json_hinglish', f`Ye permit portal ka API response hai, applicant ka data mask karke dikhana hai frontend pe. Kaunse fields mask karun?

${amb('source_code.snippet', f`{
  "application_no": "BBMP/BP/2025/04817",
  "applicant": {
    "name": "Suresh Gowda",
    "aadhaar": "${v('pii.in_aadhaar', AADHAAR)}",
    "mobile": "${phone('+91 98452 71836')}",
    "email": "${v('pii.email', 'suresh.gowda.blr@gmail.com')}",
    "dob": "${v('pii.date_of_birth', '1976-10-09')}"
  },
  "site": { "survey_no": "48/2", "ward": 12 },
  "status": "INSPECTION_SCHEDULED"
}`)}`),

  rec('rota_uk', f`Lantern Walk volunteer rota – ${v('confidential.marking', 'Internal')} (${amb('confidential.marking', "please don't share outside the events team")})

Marshals: Priya ${phone('07893 214650', 'GB')}, Callum ${phone('+44 7412 839406')}
First aid: St John Ambulance, coordinator ${v('pii.email', 'events.northwest@sja-volunteers.org.uk')}
Card reader for the bucket collection: SumUp account ${v('pii.email', 'fundraising@littlelanterns.org.uk')}, PIN for the admin app ${v('credential.password_in_prose', '84-Lantern-19')}

Make this into a one-page briefing for the marshals.`, '"Internal" in the title marks the rota; the bracketed sharing ban beside it is ambiguous'),

  rec('k8s_sv', f`Kan du förklara varför podden inte får läsa hemligheten? Vi skickar fångstrapporter via SendGrid:

${amb('source_code.snippet', f`apiVersion: v1
kind: Secret
metadata:
  name: fangstrapport-mail
  namespace: kvot
type: Opaque
data:
  SENDGRID_API_KEY: ${v('credential.base64_encoded_token', b64(SG))}
stringData:
  FROM_ADDRESS: ${v('pii.email', 'rapporter@havorn-fisk.se')}`)}`),

  rec('ticket_ar_ae', f`ساعدني أرد على هذه الشكوى:
العميل: خالد المنصوري، جوال ${phone('+971 50 418 2937')}، بريد ${v('pii.email', 'khaled.almansoori@outlook.com')}
دفع ثمن الطلب RX-77102 بالبطاقة ${v('financial.payment_card', spacedFours(VISA_AE))} لكن الوصفة رُفضت لأن الطبيب غير مسجل في الإمارات.
يريد استرداد المبلغ فوراً.`),

  rec('csv_vi_en', f`Check giúp mình file crew list này trước khi gửi cho agent ở Busan nhé, mấy cái passport có đúng format không?

${amb('source_code.snippet', f`name,rank,passport,dob,phone
Tran Van Long,Bosun,${v('pii.passport', 'C4918273')},${v('pii.date_of_birth', '1988-03-14')},${phone('+84 912 384 761')}
Le Minh Tuan,AB,${v('pii.passport', 'C7291846')},${v('pii.date_of_birth', '1995-11-02')},${phone('+84 28 3847 2916')}
Reza Pratama,OS,${v('pii.passport', 'C3827419')},${v('pii.date_of_birth', '1999-07-21')},${phone('0812-3847-2916', 'ID')}`)}`),

  rec('email_hr', f`Možeš li ovo prevesti na engleski za kolegu iz Beča?

"Poštovani, u prilogu je ugovor za novo prodajno mjesto lutrije. Podaci vlasnika: Ante Marić, OIB ${ambCat('pii', '48291736503')}, mobitel ${phone('091 384 2719', 'HR')}, e-mail ${v('pii.email', 'ante.maric.trafika@gmail.com')}. Provizija će se isplaćivati na račun ${v('financial.iban', HR_IBAN)}."`, 'Croatian OIB: no built-in rule (ambiguous, no rule id)'),

  rec('ssh_he', f`ניסיתי להתחבר לשרת התגים ונתקעתי. מה הבעיה?

${amb('source_code.snippet', f`$ ssh badgeadmin@${amb('pii.ip_address', '10.28.4.17')}
badgeadmin@${amb('pii.ip_address', '10.28.4.17')}'s password:
Permission denied, please try again.
$ curl -s -X POST https://pagerduty.kestrel-fab.local/v2/enqueue -d '{"routing_key":"${v('credential.generic_secret_assignment', ROUTE_KEY)}","event_action":"trigger","payload":{"summary":"badge server ssh failing","severity":"warning","source":"kgt-badge01"}}'`)}

הסיסמה שניסיתי היא ${v('credential.password_in_prose', 'KiryatGat#Badge7')}, היא עבדה אתמול.`),
];
