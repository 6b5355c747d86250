/**
 * Held-out batch 60: longer texts mixing categories (incident notes, e-mail threads, stack traces,
 * exports, fixtures, meeting notes) from the six organisations of this batch.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, pem, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);
const mail = (s: string) => v('pii.email', s);
const SLACK_BOT = tok('xoxb-', '4827193650', '2-', '7391048265183-', fill('b60m-xoxb', B62, 24));
const DEPLOY_KEY = pem('OPENSSH PRIVATE KEY', 'b60m-ossh', 387, '\n', 'b3BlbnNzaC1rZXktdjEAAAAA');
const BEARER = fill('b60m-bearer', B62 + '-._~', 48);
const SENDGRID = tok('SG.', fill('b60m-sg1', B64URL, 22), '.', fill('b60m-sg2', B64URL, 43));
const DD_APP = fill('b60m-ddapp', HEX, 40);

export const BATCH60_MIXED: DraftRecord[] = [
  rec('incident_note', f`Turn these notes into a customer-facing incident summary for the colo operator, no internal details:

- 02:10 high-temp alarm cold aisle C3 (inlet 31 °C), CRAH-07 and CRAH-08 tripped on low airflow
- 02:25 on-call tech Ryan Castillo (${phone('(206) 718-4423', 'US')}) dispatched
- 02:40 remote login to BMS head end ${ip('10.30.8.15')} with the site account (bms-admin / ${v('credential.password_in_prose', 'ColdAisle#Sea2024')}) — both units show VFD fault F0024
- 03:35 on site, reset VFDs, filters heavily loaded, replaced
- 04:05 inlet temps back under 24 °C
Customer contact: ${mail('noc@emeraldcolo.com')}`),

  rec('email_thread', f`¿Puedes resumir este hilo y proponerme una respuesta corta para Pieter?

De: Pieter van Dam <${mail('p.vandam@groenemarkt.nl')}>
Enviado: lunes, 2 de diciembre de 2024 9:12
Asunto: RE: Contenedor MSKU 739104-2 – documentos

Hi Valentina, we still have not received the original phytosanitary certificate. Our broker needs it by Wednesday, otherwise demurrage starts. Also, please confirm the refund for the 12 wet bags goes to ${v('financial.iban', 'NL12 RZBX 0417 3928 56')}.

> De: Valentina Restrepo <${mail('v.restrepo@sierraviva.coop')}>
> Los originales salieron por DHL el jueves (guía 4829173650). Cualquier cosa me llamas al ${phone('+57 310 482 7719')}.
> ${v('confidential.marking', 'CONFIDENCIAL')}: el precio acordado para 2025 no se debe compartir con otros importadores.`),

  rec('stacktrace', f`Die Störungsdatenbank-App wirft nach dem Deployment diesen Fehler. Was bedeutet das?

${amb('source_code.snippet', f`2024-12-02 06:14:03,118 ERROR [main] o.s.boot.SpringApplication - Application run failed
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'
Caused by: org.postgresql.util.PSQLException: Connection to ${ip('10.61.2.40')}:5432 refused.
    url=jdbc:postgresql://${ip('10.61.2.40')}:5432/stoerungen?user=stoer_app&password=${v('credential.database_url_password', 'Weiche-Gleis3!')}
    at org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)
    at org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)
    at de.ubahn.sig.stoerung.config.DbConfig.dataSource(DbConfig.java:41)`)}

Der DB-Server läuft laut Kollegen.`),

  rec('csv', f`Preciso importar esses pacientes no novo sistema. Pode converter para o formato JSON que mandei antes e me avisar se algum campo está inválido?

${amb('source_code.snippet', f`nome_crianca;nascimento;responsavel;cpf_responsavel;email;celular
Helena Souza;${v('pii.date_of_birth', '14/02/2019')};Rafael Souza;${v('pii.br_cpf', '457.170.813-08')};${mail('rafael.souza@gmail.com')};${phone('(21) 98374-1026', 'BR')}
Miguel Ferreira;${v('pii.date_of_birth', '30/07/2017')};Camila Ferreira;${v('pii.br_cpf', '86759949668')};${mail('camila.ferreira.rj@hotmail.com')};${phone('(21) 3184-2790', 'BR')}`)}

Ah, e a Camila pediu pra deixar o cartão salvo para as próximas consultas: ${v('financial.payment_card', '5204 7391 8826 0349')} — onde eu guardo isso com segurança?`),

  rec('case_note_fr', f`${v('confidential.marking', 'CONFIDENTIEL')} – dossier 2024-PJ-0419

Reçu ce jour M. Karim Haddad (né le ${v('pii.date_of_birth', '04/09/1983')}, NIR ${v('pii.fr_nir', '1 86 05 68 056 031 29')}, tél. ${phone('+33 4 72 18 39 46')}). Conteste une radiation de Pôle emploi / France Travail pour absence à un rendez-vous dont il n'a pas reçu la convocation (changement d'adresse déclaré le 12/08). Courriel : ${mail('k.haddad83@laposte.net')}.

Peux-tu rédiger le recours gracieux à partir de ces notes ?`),

  rec('order_json', f`この受注データを取り込むと、カード番号のところでエラーになります。原因を教えてください。

${amb('source_code.snippet', f`{
  "order_id": "VJ-2024-118274",
  "customer": {
    "name": "山田 花子",
    "email": "${mail('hanako.yamada@example-mail.jp')}",
    "tel": "${phone('+81 3-5267-1948')}"
  },
  "items": [
    { "sku": "FR-BRG-PN-2021", "name": "ブルゴーニュ ピノ・ノワール 2021", "qty": 6, "price": 4620 }
  ],
  "payment": { "method": "card", "number": "${v('financial.payment_card', '4173 9204 8861 5297')}", "exp": "10/27" }
}`)}`),

  rec('code_test', f`Hej, våra enhetstester för serviceappen misslyckas sedan vi bytte testdata. Kan du se varför?

\`\`\`python
${v('source_code.snippet', f`import pytest
from service.tekniker import Tekniker, validera

@pytest.fixture
def tekniker():
    return Tekniker(
        namn="Johan Ek",
        personnummer="${ambCat('pii', '19880614-2396')}",
        epost="${mail('johan.ek@polarwind-service.se')}",
        mobil="${phone('+46 8 562 910 38')}",
    )

def test_validera(tekniker):
    assert validera(tekniker) is True
    assert tekniker.epost.endswith("@polarwind-service.se")`)}
\`\`\``),

  rec('email_tr', f`Bu e-postayı daha resmi hale getirir misin?

"Sayın Av. Demir, ${v('confidential.marking', 'bu yazı ve ekleri gizlidir')}. Danışanımız Ayşe Kaya (T.C. ${ambCat('pii', '41837265092')}, tel. ${phone('+90 212 735 61 08')}) adına açılan nafaka davasında bilirkişi ücreti için ${v('financial.iban', 'TR08 7182 1047 8114 8033 8573 52')} numaralı hesaba 4.500 TL yatırılması gerekiyor. Bilginize sunarım."`),

  rec('meeting_notes_nl', f`Kun je van deze aantekeningen van het werkoverleg een nette actielijst maken?

Werkoverleg servicemonteurs, 29 nov
- Nieuwe monteur Sven Bakker start 2 dec, telefoon ${phone('06 18 27 43 95', 'NL')}, mail ${mail('s.bakker@polarwind-service.nl')}
- Storingsapp: inloggen voorlopig met gedeeld account "monteurs", wachtwoord ${v('credential.password_in_prose', 'Koelwater-Zuid88')} (Mark zet vóór 15 dec persoonlijke accounts op!)
- Klant in Eindhoven klaagt over geluid droge koelers, Ingrid plant meting
- Gereedschapskist 4 mist lekzoeker`),

  rec('yaml_ar', f`مرحباً، هذا ملف إعدادات لخدمة جمع قراءات الحساسات من مواقع العملاء. الخدمة لا ترسل البيانات إلى Datadog. هل ترى خطأ؟

${amb('source_code.snippet', f`site:
  name: riyadh-dc1
  gateway: ${ip('172.20.14.3')}
  modbus_units: [1, 2, 3, 4]
datadog:
  site: datadoghq.eu
  app_key: ${v('credential.datadog_app_key', DD_APP)}
oncall:
  engineer: "عبدالرحمن الشهري"
  phone: "${phone('050 627 1954', 'SA')}"`)}`),

  rec('fixture_ko', f`이 테스트 코드를 리뷰해 주세요. 개인정보가 들어가 있는데 괜찮을까요?

${v('source_code.snippet', f`const patients = [
  { name: '박지호', birth: '${v('pii.date_of_birth', '2017-05-21')}', guardianPhone: '${phone('010-7294-3816', 'KR')}', guardianEmail: '${mail('jiho.mom@naver.com')}' },
  { name: '이수아', birth: '${v('pii.date_of_birth', '2019-11-08')}', guardianPhone: '${phone('010-3857-2149', 'KR')}', guardianEmail: '${mail('sua.lee.family@daum.net')}' },
];

describe('reminder', () => {
  it('formats the guardian message', () => {
    expect(formatReminder(patients[0])).toContain('박지호');
  });
});`)}`),

  rec('jira_ticket', f`Zgłoszenie z Jiry, chcę je przepisać po angielsku dla dostawcy systemu:

SIG-2291 Brak danych z licznika osi AC-14 w systemie diagnostycznym
Zgłaszający: Marek Zieliński (${mail('m.zielinski@metro-sygnalizacja.pl')}, ${phone('22 635 17 84', 'PL')})
Od 28.11 brak ramek z ewaluatora ${ip('10.120.14.22')}. Ping OK, port 502 zamknięty. Logowałem się kluczem wdrożeniowym z repo (poniżej), na urządzeniu nic nie zmieniałem.

${v('credential.openssh_private_key', DEPLOY_KEY)}

Priorytet: wysoki (stacja przesiadkowa).`),

  rec('slack_export', f`Can you summarise this Slack thread for the practice managers? Leave out anything personal.

[08:02] Hana Kim: Morning! Reminder the Lower Hutt clinic phones are down, patients are calling the Petone line ${phone('+64 9 374 8821')}.
[08:05] Tom Reid: I set up call forwarding. Also the booking bot token expired again, new one is ${v('credential.slack_bot_token', SLACK_BOT)} — I put it in the bot config.
[08:07] Hana Kim: Thanks. Can someone call Mrs Faleolo back about Tavita's appointment? Her mobile is ${phone('027 482 9173', 'NZ')}.
[08:11] Tom Reid: Done ✅`),

  rec('log_ru', f`Посмотрите, пожалуйста, лог нашего сервиса рассылки уведомлений клиентам юридической клиники. Почему письма не уходят?

${amb('source_code.snippet', f`2024-12-02 10:41:17 INFO  notify  queued to=${mail('ivanova.o@mail.ru')} template=hearing_reminder case=ЮК-2024-0871
2024-12-02 10:41:18 DEBUG notify  POST https://api.sendgrid.com/v3/mail/send headers={"Authorization": "Bearer ${v('credential.sendgrid_api_key', SENDGRID)}"}
2024-12-02 10:41:18 ERROR notify  403 Forbidden: The from address does not match a verified Sender Identity
2024-12-02 10:41:18 INFO  notify  client ${ip('95.165.34.208')} retry in 300s`)}`),

  rec('email_it', f`Aiutami a rispondere a questa mail del fornitore, in modo cortese ma fermo.

Da: Ufficio amministrativo Cantina Roero <${mail('amministrazione@cantinaroero.it')}>
Oggetto: sollecito pagamento fattura 1187/2024

"Gentili, risulta ancora insoluta la fattura in oggetto (€ 9.840,00). Vi ricordiamo le coordinate: ${v('financial.iban', 'IT49 B100 4538 7931 6800 0772 083')}. Per accedere al portale ordini B2B potete usare l'utente 'corkline' con password ${v('credential.password_in_prose', 'Barolo&Barbera2024')}. ${v('confidential.marking', 'Comunicazione riservata')}."

In realtà abbiamo pagato il 28/11, ho la contabile.`),

  rec('api_call_mn', f`Сайн байна уу, манай хууль зүйн туслалцааны төвийн SMS мэдэгдлийн API хариу өгөхгүй байна:

${amb('source_code.snippet', f`curl -X POST https://sms.legalaid-ub.mn/api/send \\
  -H "Authorization: Bearer ${v('credential.bearer_token', BEARER)}" \\
  -d '{"to":"${phone('+976 8816 5023')}","text":"Таны шүүх хурал 12/05-нд 10:00 цагт болно."}'`)}

Хариу нь 504 Gateway Timeout. Сервер ${ip('202.131.229.18')} дээр байгаа.`),
];
