/**
 * Held-out batch 163: longer texts mixing categories (post-mortems, handover notes, e-mail threads,
 * exports and fixtures) from the six organisations, in many languages. Hand-written.
 */
import { ibanWithCheck, itCodiceFiscale, luhnWithCheck, spacedFours, brCpfFormatted } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B32, B62, B64, B64URL, HEX, fill, jwt, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

const SG = tok('SG.', fill('b163m-sg1', B64URL, 22), '.', fill('b163m-sg2', B64URL, 43));
const SHPAT = tok('shpat_', fill('b163m-shpat', HEX, 32));
const AKIA = tok('AKIA', fill('b163m-akia', B32, 16));
const AWS_SECRET = fill('b163m-awssec', B64, 40);
const JWT_RADIO = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'vhf-gateway', scope: 'log:write', iat: 1749600000 }, 'b163m-jwt');
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T04N8K2QX', '/', 'B07R3M9WZ1L', '/', fill('b163m-slackhook', B62, 24));

const VISA = luhnWithCheck('448592037164825');
const MC = luhnWithCheck('535827109463817');
const DE_IBAN = ibanWithCheck('DE', '500105175402938461');
const FR_IBAN = ibanWithCheck('FR', '17569000307284619305281');
const IT_IBAN = ibanWithCheck('IT', 'X0538701615000042918374');
const TR_IBAN = ibanWithCheck('TR', '0001000201938475620193');
const CF = itCodiceFiscale('RSSMTT88T07L736');
const CPF = brCpfFormatted('529384716');

export const BATCH163_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Post-incident review: parking payment outage, 13 June

**Impact:** pay-on-foot machines in P1/P2 rejected cards for 2 h 10 min; barriers opened manually, ~£4,800 uncollected.

**Timeline**
- 06:12 first complaint at the info desk (passenger rang ${phone('07954 318 276', 'GB')})
- 06:30 on-call (${v('pii.email', 'parking-oncall@westmoor-airport.co.uk')}) finds the terminal gateway at ${amb('pii.ip_address', '10.44.8.21')} rejecting TLS
- 07:05 vendor engineer logs in with the shared account \`paystation-admin\` / ${v('credential.password_in_prose', 'Runway27Left!')} (to be rotated)
- 08:22 certificate renewed, machines back

One refund request came in with the full card number in the e-mail body (${v('financial.payment_card', spacedFours(VISA))}); deleted from the mailbox after processing.

Please rewrite this as a one-paragraph summary for the airport's operations director.`),

  rec('ticket_de', f`Ticket #HD-20931 – Beschwerde Heimdialyse

Patient: Herr Jürgen Lindemann, Tel. ${phone('0911 48273916', 'DE')}, Mail ${v('pii.email', 'j.lindemann@t-online.de')}
Problem: Lieferung am 10.06. kam ohne Kühlbox, zwei Beutel geplatzt.
Erstattung gewünscht auf ${v('financial.iban', spacedFours(DE_IBAN))}
Interner Vermerk (${v('confidential.marking', 'VERTRAULICH')}): Fahrer war bereits zweimal auffällig, Gespräch mit Subunternehmer läuft.

Formuliere eine Antwort an den Patienten – ohne den internen Vermerk.`),

  rec('email_es', f`Asunto: ${v('confidential.marking', 'CONFIDENCIAL')} – alta de artillero en el permiso del polvorín

Hola Marta,
Te paso los datos del nuevo artillero para incluirlo en la solicitud a la Intervención de Armas:
- Nombre: Rubén Castaño Prieto
- Fecha de nacimiento: ${v('pii.date_of_birth', '17/02/1985')}
- Pasaporte (es de nacionalidad chilena): ${v('pii.passport', 'F48291736')}
- Móvil: ${phone('+34 634 81 27 95')}
- Correo: ${v('pii.email', 'ruben.castano@carrowridge-mining.es')}
Un saludo,
Íñigo

¿Puedes convertir esto en una tabla para el expediente?`),

  rec('stacktrace', f`The nightly visa-letter batch crashed. Log below — what's the fix?

${cfg(f`2025-06-15 02:00:04 INFO  letters.batch  starting, 37 pending
2025-06-15 02:00:09 ERROR letters.send   failed for student 2025-0481 (${v('pii.email', 'chen.yuqi2003@qq.com')}, passport ${v('pii.passport', 'EJ4829173')})
Traceback (most recent call last):
  File "/srv/letters/send.py", line 58, in send_letter
    sg = SendGridAPIClient("${v('credential.sendgrid_api_key', SG)}")
  File "/usr/lib/python3.11/site-packages/python_http_client/client.py", line 174, in _make_request
    raise exc
python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized`)}`),

  rec('thread_fr_qc', f`Peux-tu résumer ce fil pour ma boss?

---
De : Sylvie Gagnon <${v('pii.email', 'sgagnon@cidrerie-lacroix.qc.ca')}>
Pour réassort du cidre de glace, on vous paye par virement comme d'habitude. Votre IBAN est encore ${v('financial.iban', spacedFours(FR_IBAN))}? Appelle-moi au ${phone('(450) 263-4817', 'CA')}.
---
De : Hannah (Orchard Vale)
Oui, même compte, BIC ${amb('financial.swift_bic', 'CMCIFRPP')}. PS j'ai mis le jeton de la boutique (${v('credential.shopify_access_token', SHPAT)}) dans le document partagé pour que ton stagiaire puisse sortir les ventes.
---`),

  rec('handover', f`Watch handover – Portmore Coastguard – 12/06 07:00

- VHF gateway (${amb('pii.ip_address', '192.168.12.5')}) rebooted at 03:40, all channels back. Web console login is watch / ${v('credential.password_in_prose', 'Fogbank-1912')}, don't change it until IT is in.
- Open: missing angler, Ballyhorn pier. Daughter calls every hour: ${phone('+353 87 492 6173')}. Garda liaison: Sgt Keane, ${phone('091 538 274', 'IE')}.
- Fishing vessel "Naomh Brid" reported minor fire, extinguished, heading to port. Skipper mobile ${phone('086 274 9183', 'IE')}.

Can you turn this into a tidy handover template we can reuse?`),

  rec('csv_ja', f`この遺失物リストを英語の表にしてください。

${cfg(f`受付番号,品名,拾得場所,申出人,連絡先,メール
LF-0612-01,財布（黒）,保安検査場,田中 美咲,${phone('080-3927-4815', 'JP')},${v('pii.email', 'misaki.tanaka@docomo.ne.jp')}
LF-0612-02,傘,到着ロビー,—,—,—
LF-0612-03,タブレット,搭乗口5,Li Wei,${phone('+86 139 2048 1735')},${v('pii.email', 'liwei.sh@126.com')}`)}`),

  rec('code_it', f`Questo test dell'anagrafica clienti dell'export fallisce sul controllo IBAN. Sai dirmi perché?

${code(f`class TestAnagrafica(unittest.TestCase):
    def setUp(self):
        self.cliente = Cliente(
            ragione_sociale="Enoteca Rossi di Matteo Rossi",
            codice_fiscale="${v('pii.it_codice_fiscale', CF)}",
            iban="${v('financial.iban', IT_IBAN)}",
            email="${v('pii.email', 'ordini@enotecarossi.it')}",
        )

    def test_iban_valido(self):
        self.assertTrue(valida_iban(self.cliente.iban))
        self.assertEqual(self.cliente.iban[:2], "IT")`)}`),

  rec('whatsapp_ptbr', f`Organiza essa conversa em tópicos pro relatório de atendimento:

[10/06 08:14] Dona Cida: bom dia, a caixa de bolsas não chegou
[10/06 08:20] Atendimento NephroLink: Bom dia! Pode confirmar o CPF do paciente?
[10/06 08:22] Dona Cida: ${v('pii.br_cpf', CPF)} é do meu marido Antônio
[10/06 08:25] Atendimento NephroLink: Obrigado. O motorista vai ligar no ${phone('(19) 99482-7316', 'BR')} antes de chegar.
[10/06 11:40] Dona Cida: chegou, obrigada 🙏`),

  rec('email_ru', f`Помоги ответить подрядчику. Он прислал это письмо:

«Добрый день! Для подключения системы видеонаблюдения склада ВМ к вашему серверу используйте адрес ${amb('pii.ip_address', '10.12.7.40')}, логин admin, пароль ${v('credential.password_in_prose', 'Sklad-VM-2025!')}. Камеры 3 и 4 пока не работают. Мой телефон ${phone('+7 914 382-71-64')}. ${v('confidential.marking', 'Для служебного пользования')}.»

Нужно вежливо объяснить, что пароли по почте присылать нельзя.`),

  rec('code_python_nl', f`Hoe kan ik deze testdata anonimiseren voordat ik de repo deel met de stagiair?

\`\`\`python
${code(f`STUDENTEN = [
    {"naam": "Sanne de Groot", "geboortedatum": "${v('pii.date_of_birth', '2001-04-17')}", "paspoort": "${v('pii.passport', 'NW8K42D91')}", "email": "${v('pii.email', 'sanne.degroot@ziggo.nl')}"},
    {"naam": "Ahmed Benali", "geboortedatum": "${v('pii.date_of_birth', '1999-12-02')}", "paspoort": "${v('pii.passport', 'NXP731R48')}", "email": "${v('pii.email', 'a.benali99@hotmail.com')}"},
]

def test_brief_bevat_paspoort():
    brief = maak_visumbrief(STUDENTEN[0])
    assert "${v('pii.passport', 'NW8K42D91')}" in brief`)}
\`\`\``),

  rec('log_zh', f`海岸警卫站的无线电网关日志里出现了很多 401，帮我看看是不是 token 问题：

${cfg(f`2025-06-12T03:41:07Z gw-vhf[212]: POST /api/log from ${amb('pii.ip_address', '10.20.1.15')} -> 401
2025-06-12T03:41:07Z gw-vhf[212]: Authorization: Bearer ${v('credential.jwt', JWT_RADIO)}
2025-06-12T03:41:08Z gw-vhf[212]: retry 1/3 to ${amb('pii.ip_address', '10.20.1.16')}:8443
2025-06-12T03:41:12Z gw-vhf[212]: giving up, queued 4 entries`)}`),

  rec('email_tr', f`Bu e-postayı İngilizceye çevirip düzeltir misin?

"Merhaba Hannah Hanım, elma şarabı siparişinin (OV-TR-0318) avans ödemesini kartla yapmak istiyoruz: ${v('financial.payment_card', spacedFours(MC))}, son kullanma 11/27. Bakiye için hesabımız ${v('financial.iban', spacedFours(TR_IBAN))}. Sorularınız için ${phone('0216 482 73 91', 'TR')} numarasından bana ulaşabilirsiniz. Saygılarımla, Kerem Aydın"`),

  rec('roster_pl', f`Zrób z tego grafik dyżurów ochotników stacji ratownictwa na lipiec w formie tabeli:

Jan Kowalczyk – PESEL ${ambCat('pii', '85031204718')}, tel. ${phone('602 481 937', 'PL')}, dyżury: 1, 8, 15
Agnieszka Nowak – PESEL ${ambCat('pii', '92071508426')}, tel. ${phone('511 274 836', 'PL')}, dyżury: 3, 10, 17
Piotr Zieliński – tel. ${phone('694 382 715', 'PL')}, dyżury: 5, 12, 19`, 'Polish PESEL: personal, but no built-in rule claims it (ambiguous, no rule id)'),

  rec('slack_thread', f`Can you summarise this Slack thread for the permits manager?

**Dale H.** the ATF e-file upload script is broken again
**Priya N.** I hardcoded the keys to test, sorry: \`AWS_ACCESS_KEY_ID=${v('credential.aws_access_key_id', AKIA)}\` \`AWS_SECRET_ACCESS_KEY=${v('credential.aws_secret_access_key', AWS_SECRET)}\`, will move them to SSM today
**Dale H.** also the form rejected Rosa's entry, DOB has to be MM/DD/YYYY: ${v('pii.date_of_birth', '09/30/1986')}
**Priya N.** alerts go to ${v('credential.slack_webhook_url', SLACK_HOOK)} now btw`),

  rec('stacktrace_ko', f`주차 정산 서버에서 이런 에러가 나는데 카드번호가 로그에 찍히는 것도 문제 같아요. 어떻게 고치죠?

${cfg(f`2025-06-14 09:12:44.381 ERROR [pay-settle] c.w.parking.PaymentService - 승인 실패 cardNo=${v('financial.payment_card', luhnWithCheck('465017392048571'))} email=${v('pii.email', 'jiwoo.kim@kakao.com')} amount=38500
java.lang.IllegalStateException: PG 응답 코드 5003
    at com.westmoor.parking.PaymentService.approve(PaymentService.java:142)
    at com.westmoor.parking.SettleController.settle(SettleController.java:61)`)}`),
];
