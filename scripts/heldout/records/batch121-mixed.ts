/**
 * Held-out batch 121: longer texts mixing categories — incident notes, e-mail threads, exports,
 * fixtures and chat transcripts from the six organisations of this batch. Hand-written.
 */
import { brCpfFormatted, ibanCheckDigits, luhnCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const CPF_DIGITS = brCpfFormatted;

const iban = (cc: string, bban: string, sep = ''): string => {
  const raw = cc + ibanCheckDigits(cc, bban) + bban;
  return sep ? (raw.match(/.{1,4}/g) ?? []).join(sep) : raw;
};
const card = (s: string): string => s + String(luhnCheckDigit(s.replace(/\D/g, '')));
const aadhaar = (n11: string): string => {
  const x = n11 + String(verhoeffCheckDigit(n11));
  return `${x.slice(0, 4)} ${x.slice(4, 8)} ${x.slice(8)}`;
};

const GH_FINE = tok('github_pat_', '11B', fill('b121m-ghfg1', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 19), '_', fill('b121m-ghfg2', B62, 59));
const SENDGRID = tok('SG.', fill('b121m-sg1', B64URL, 22), '.', fill('b121m-sg2', B64URL, 43));
const ORDER_KEY = fill('b121m-orderkey', HEX, 40);
const IBAN_DE = iban('DE', '200400600628193740', ' ');
const IBAN_BE = iban('BE', '363104829173');
const IBAN_IT = iban('IT', 'M0306914000000001482917', ' ');
const IBAN_AE = iban('AE', '2600000482917365011');
const VISA_IN = card('4214 7720 1938 554');

export const BATCH121_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident note — adoption portal, 9 Feb

**What happened:** a volunteer exported the adopter list to a shared Google Sheet with "anyone with the link" access. The link was posted in the public Facebook group for ~40 minutes.

**Exposed rows (sample):**
| adopter | email | phone |
|---|---|---|
| K. Okafor | ${v('pii.email', 'k.okafor.home@outlook.com')} | ${phone('+1 512 739 2841')} |
| D. Nguyen | ${v('pii.email', 'dnguyen.atx@gmail.com')} | ${phone('+1 737 482 9163')} |

**Also in the sheet:** a tab "logins" with the shared volunteer account for the portal — user \`volunteer-desk\`, password ${v('credential.password_in_prose', 'Kibble&Leash42')} — since changed.

**Access log** shows two downloads, from ${amb('pii.ip_address', '73.162.48.19')} and ${amb('pii.ip_address', '2600:1700:5a10:3c0::2f')}.

Please turn this into a notification email to affected adopters: plain language, no blame.`),

  rec('email_thread_de', f`Kannst du die Antwort an Frau Brandl höflich formulieren? Es geht darum, dass wir ihr Passwort nicht per Mail schicken.

Von: Petra Brandl <${v('pii.email', 'p.brandl@brandl-agentur-demo.de')}>
Gesendet: Dienstag, 11. Februar 2025 08:41
Betreff: AW: Druckdaten Faltschachtel / Rechnung

Guten Morgen,
der Upload klappt nicht, ich bekomme "Login fehlgeschlagen". Ist das Passwort noch ${v('credential.password_in_prose', 'Falzbogen!4471')}? Und bitte die Rechnung an unsere neue Bankverbindung anpassen, Gutschriften gehen ab sofort auf ${v('financial.iban', IBAN_DE)}.
Rückruf gern unter ${phone('+49 89 2184 7390')}.

> Am 10.02.2025 schrieb Auftragsannahme Hollmann Print & Pack:
> Ihre Druckdaten für HP-25-04471 sind eingegangen, Andruck folgt am Donnerstag.`),

  rec('email_fr_be', f`Objet : ${v('confidential.marking', 'CONFIDENTIEL')} – ouverture de compte négociant

Bonjour Dirk,

Voici les éléments reçus pour l'onboarding du nouveau négociant (client tier 2, risque moyen) :
- Nom : Samir Haddad, né le ${v('pii.date_of_birth', '02/09/1976')} à Beyrouth
- Passeport libanais n° ${v('pii.passport', 'RL4829173')}
- Compte pour les règlements : ${v('financial.iban', IBAN_BE)}
- Tél. : ${phone('+32 3 234 87 61')}, e-mail ${v('pii.email', 's.haddad@haddad-gems-demo.com')}

Il manque encore la preuve d'adresse et l'origine des fonds. Peux-tu faire le screening PEP avant jeudi ?

Traduis ce mail en néerlandais pour Dirk, s'il te plaît.`),

  rec('email_it', f`Correggimi questa mail al cliente tedesco, per favore, e traducila in inglese:

Gentile Sig. Wagner,
confermiamo l'ordine n. 25/0412 di 1.200 m² di nappa per tomaia, colore "cuoio scuro", consegna franco fabbrica entro il 30 aprile.
Pagamento: 30% anticipato su ${v('financial.iban', IBAN_IT)} (Intesa Sanpaolo), saldo a ricevimento merce.
Per la logistica può contattare direttamente il nostro spedizioniere, Sig.ra Lucia Conti, ${phone('+39 0571 48 29 37')}, ${v('pii.email', 'l.conti@spedizioni-santacroce-demo.it')}.
P.IVA conceria: IT01482917365`),

  rec('meeting_es_ar', f`Che, armame un resumen prolijo de la reunión de voluntarios del refugio:

- Turnos de sábado: Vale y Nico (Vale: ${phone('+54 9 11 4872-3916')}, Nico: ${phone('11 5829-4173', 'AR')})
- Nuevo wifi del refugio: red "PatitasInvitados", clave ${v('credential.password_in_prose', 'Mate-y-Galletitas25')}
- Jornada de adopción en Parque Centenario el 15/3, traer correas extra
- La veterinaria pide que le manden los turnos a ${v('pii.email', 'dra.ferreyra.vet@gmail.com')}`),

  rec('csv', f`请帮我找出这份宿舍分配名单里重复的学生（有些人交了两次申请）：

${amb('source_code.snippet', f`student_id,name,email,phone,passport,room
2025I0418,Li Wei,${v('pii.email', 'liwei.2025@qq.com')},${phone('+86 139 4829 1736')},${v('pii.passport', 'EK4829173')},N-204
2025I0433,Chen Jia,${v('pii.email', 'chenjia_uk@163.com')},${phone('+86 186 2917 4830')},${v('pii.passport', 'EH2917483')},N-205
2025I0451,Li Wei,${v('pii.email', 'liwei.2025@qq.com')},${phone('+86 139 4829 1736')},${v('pii.passport', 'EK4829173')},S-112`)}`),

  rec('log_ja', f`受注連携のログにAPIキーと顧客のメールが平文で出ています。どうやってマスクすればいいですか？

${amb('source_code.snippet', f`2025-02-12 10:14:03,882 DEBUG order_sync: POST https://orders.hollmann-printpack.de/api/v3/jobs headers={'X-Api-Key': '${v('credential.generic_secret_assignment', ORDER_KEY)}'}
2025-02-12 10:14:04,117 INFO  order_sync: job HP-25-04502 created for ${v('pii.email', 'tanaka.k@matcha-foods-demo.co.jp')}
2025-02-12 10:14:04,118 INFO  order_sync: 7 colours, gravure, qty 120000`)}`),

  rec('whatsapp_pt_br', f`Me ajuda a organizar essa conversa do WhatsApp num e-mail formal pro cliente?

[10:02] Cliente Marcelo: bom dia, segue meus dados pra nota fiscal dos sapatos
[10:02] Cliente Marcelo: Marcelo Antunes, CPF ${v('pii.br_cpf', CPF_DIGITS('729183460'))}
[10:03] Cliente Marcelo: pode mandar o boleto pro ${v('pii.email', 'marcelo.antunes.calcados@uol.com.br')}
[10:05] Juliana (fábrica): certo! e o telefone pra transportadora?
[10:06] Cliente Marcelo: ${phone('(51) 99482-9173', 'BR')}`),

  rec('report_uk', f`Перепиши, будь ласка, цей рапорт офіційніше:

Рапорт про травмування під час навчань, 14.02.2025
Постраждалий: Коваленко Андрій Миколайович, дата народження ${v('pii.date_of_birth', '23.06.1990')}, тел. ${phone('+380 97 482 9173')}
Автомобіль: АЦ-40 (МАЗ), бортовий № 12, державний номер АА 4821 КТ
Обставини: під час розгортання рукавної лінії посковзнувся на драбині, забій коліна. Доставлений до лікарні швидкою.
Старший зміни: Бондар В. В., ${phone('+380 67 318 2946')}`),

  rec('email_ar', f`يرجى تلخيص هذه الرسالة بالإنجليزية لمدير الامتثال:

الموضوع: ${v('confidential.marking', 'سري')} – عميل جديد لتجارة الألماس
الاسم: خالد المنصوري، جواز سفر رقم ${v('pii.passport', 'P48291736')}، تاريخ الميلاد ${v('pii.date_of_birth', '11/07/1981')}
الحساب المصرفي: ${v('financial.iban', IBAN_AE)}
الهاتف: ${phone('+971 50 482 9173')}
ملاحظة: العميل يرغب بالدفع نقداً لجزء من الصفقة، ويجب رفع الأمر لمسؤول الإبلاغ عن غسل الأموال.`),

  rec('stack_trace', f`Sir the export invoice job is failing since morning, please check this error:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/tannery-erp/jobs/export_invoice.py", line 88, in send_invoice
    smtp.login("${v('pii.email', 'exports@ambur-leathers-demo.in')}", "${v('credential.password_assignment', 'Ambur#Leather2025')}")
  File "/usr/lib/python3.11/smtplib.py", line 750, in login
    raise last_exception
smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')
Customer: ${v('pii.email', 'purchasing@schuhhaus-demo.de')}  Invoice: AL/EXP/2025/0219`)}

Password was changed last week by IT.`),

  rec('code_python', f`이 테스트 픽스처가 CI에서만 실패해요. 그리고 실제 학생 데이터 같은데 괜찮은 건가요?

${v('source_code.snippet', f`@pytest.fixture
def applicant():
    return Applicant(
        name="Park Ji-woo",
        email="${v('pii.email', 'jiwoo.park03@naver.com')}",
        phone="${phone('+82 10-4829-1736')}",
        passport="${v('pii.passport', 'M29174836')}",
        birth_date=date(${amb('pii.date_of_birth', '2003, 4, 17')}),
    )

def test_housing_eligibility(applicant):
    assert is_eligible(applicant, term="2025-fall")`)}`, 'the date constructor\'s birth date made ambiguous in session 18 (a label fix; unlabelled before)'),

  rec('ci_yaml', f`${amb('source_code.snippet', f`# .github/workflows/rooster.yml — brandweer oefenrooster
name: rooster-publiceren
on:
  schedule: [{ cron: "0 6 * * 1" }]
jobs:
  publish:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
        with:
          token: ${v('credential.github_fine_grained_pat', GH_FINE)}
      - run: python maak_rooster.py --uit rooster.pdf
      - run: python mail.py --naar ${v('pii.email', 'ploegleiders@brandweer-demo.nl')} --bijlage rooster.pdf
        env:
          SENDGRID_API_KEY: ${v('credential.sendgrid_api_key', SENDGRID)}`)}

Het oefenrooster wordt niet meer gemaild sinds de token vernieuwd is. Wat is er mis?`),

  rec('tsv', f`Kan du lave en vagtplan ud fra den her liste over frivillige i internatet? Ingen må have mere end to vagter om ugen.

${amb('source_code.snippet', f`navn\temail\ttelefon\tkan_køre
Mette Hansen\t${v('pii.email', 'mette.h@mail-demo.dk')}\t${phone('+45 23 84 27 19')}\tja
Lars Holm\t${v('pii.email', 'larsholm77@gmail.com')}\t${phone('+45 41 82 91 73')}\tnej
Sofie Kjær\t${v('pii.email', 'sofie.kjaer@stud-demo.dk')}\t${phone('+45 29 17 48 36')}\tja`)}`),

  rec('chat_hi', f`भाई, सूरत वाले नए डीलर का KYC फ़ाइल बनाना है, ये सब जानकारी ठीक से टेबल में लगा दो:
नाम: राजेश पटेल
आधार: ${v('pii.in_aadhaar', aadhaar('83917462051'))}
मोबाइल: ${phone('+91 98250 48291')}
ईमेल: ${v('pii.email', 'rajesh.patel.diam@gmail.com')}
एडवांस पेमेंट कार्ड: ${v('financial.payment_card', VISA_IN)}
PAN अभी नहीं दिया है।`),

  rec('email_el', f`Μπορείς να κάνεις αυτό το email πιο σύντομο;

«Αγαπητή κα Παπαδοπούλου, σας ενημερώνουμε ότι ο φοιτητής Erasmus Luca Romano (διαβατήριο ${v('pii.passport', 'YB2948173')}, γεν. ${v('pii.date_of_birth', '09/12/2003')}) θα μείνει στο δωμάτιο 118 της Εστίας Α' από 1/3 έως 30/6. Τηλέφωνο επικοινωνίας του: ${phone('+39 347 482 9173')}, email ${v('pii.email', 'luca.romano03@studenti-demo.it')}. Παρακαλούμε για την παράδοση κλειδιών.»`),
];
