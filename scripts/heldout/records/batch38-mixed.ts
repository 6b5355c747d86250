/**
 * Held-out batch 38: longer texts mixing categories — postmortems, e-mail threads, dumps, meeting
 * notes, fixtures and exports from the batch's airline, sawmill, prosecution, mobile-money, museum
 * and dairy settings. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, jwt, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '5518290437', '2-', '7720154398612-', fill('b38m-xoxb', B62, 24));
const GHP = gh('ghp', fill('b38m-ghp', B62, 30));
const JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'CR55018342', tier: 'Gold', iat: 1724198400, exp: 1724202000 }, 'b38m-jwt');
const SG = tok('SG.', fill('b38m-sg1', B64URL, 22), '.', fill('b38m-sg2', B64URL, 43));
const TW_TOKEN = fill('b38m-twtok', HEX, 32);
const TW_SID = tok('AC', fill('b38m-twsid', HEX, 32));
const OPENAI = tok('sk-', 'proj-', fill('b38m-oai1', B64URL, 74), 'T3BlbkFJ', fill('b38m-oai2', B64URL, 74));

export const BATCH38_MIXED: DraftRecord[] = [
  rec('postmortem', f`# PIR: Crew app roster sync outage, 21 Aug

**Impact:** 1,140 crew saw stale rosters for 3 h 20 min; 2 standby call-outs missed at SYD.

**Timeline (AEST)**
- 04:55 nightly roster publish fails: DB password rotated by the DBA runbook, job config still had \`postgresql://roster_pub:${v('credential.database_url_password', 'Kookaburra-Laughs-77')}@crewdb-replica.corella.internal:5432/roster\`
- 05:10 alert to crew control on-call (${v('pii.email', 'crewcontrol-oncall@corella-air.com.au')})
- 06:40 job re-run manually from ${amb('pii.ip_address', '10.112.8.41')}
- 08:15 all devices synced

**Actions:** move the DB credential to Secrets Manager; alert on publish failure to crew control, not just IT.

Rewrite this for the crew newsletter, no technical details and no names.`),

  rec('email_thread', f`Can you help me answer this agent? Short and calm please.

From: Oluwaseun Bakare <${v('pii.email', 'seunbakare.ventures@gmail.com')}>
Sent: Tuesday, 3 September 2024 10:47
Subject: Re: Chargeback on my terminal

Good morning, the customer whose card ${v('financial.payment_card', '5187 4069 9239 4125')} I processed on 28 Aug is now saying he did not withdraw ₦60,000. I have the signed slip and CCTV. Please call me on ${phone('0803 418 2957', 'NG')} before you reverse anything from my float.

> On Mon, 2 Sep 2024, KudiLink Disputes wrote:
> A chargeback has been raised on your terminal POS-4410. Please provide evidence within 5 working days.`),

  rec('sql_dump', f`${amb('source_code.snippet', f`-- museon ystävät -jäsenrekisteri, vienti 2024-09-30
INSERT INTO jasenet (id, nimi, sahkoposti, puhelin, tilinumero, jasenlaji) VALUES
(1041, 'Aino Virtanen', '${v('pii.email', 'aino.virtanen@kolumbus.fi')}', '${phone('+358 40 218 3947')}', '${v('financial.iban', 'FI59 1570 4646 8461 17')}', 'perhe'),
(1042, 'Henrik Åberg', '${v('pii.email', 'henrik.aberg@aland.net')}', '${phone('+358 457 381 2049')}', NULL, 'yksityinen'),
(1043, 'Leena Salo', '${v('pii.email', 'leena.salo@gmail.com')}', '${phone('050 382 7714', 'FI')}', '${v('financial.iban', 'FI87 4912 7050 6492 48')}', 'ainaisjäsen');`)}

Miten tämän saa siirrettyä uuteen jäsenrekisteriin, joka ottaa vain CSV:tä?`),

  rec('meeting_notes', f`Mötesanteckningar – IT-gruppen, Österbottens Timmerandelslag, 12.9

1. Nya mätramen på sågen i Nykarleby: leverantören (Karl från MätTek) behöver fjärråtkomst. Tillfälligt konto "mattek_temp", lösenordet är ${v('credential.password_in_prose', 'Granbarr!Sågspån5')} (gäller till fredag).
2. Skogsägarportalen: 14 ägare har fel kontonummer – Maj-Britt kollar mot fakturorna.
3. Kontaktperson under Mikaels semester: Ulla Back, ${phone('+358 50 418 2273')}, ${v('pii.email', 'ulla.back@timmerandelslag.fi')}.

Gör en lista med åtgärder och ansvariga.`),

  rec('incident_fr', f`${v('confidential.marking', 'DIFFUSION RESTREINTE')}
Compte rendu d'incident — serveur de scellés numériques, parquet

Le 16/09 à 07 h 40, l'enquêteur Sébastien Morel (${phone('07 81 24 56 93', 'FR')}) a signalé l'impossibilité d'accéder aux copies de téléphones saisies dans le dossier 24/118/00392. Cause : le compte de service "scelles_ro" avait été verrouillé ; le mot de passe, ${v('credential.password_in_prose', 'Saone&Rhone-1969')}, figurait en clair dans la procédure interne affichée au bureau 214.

Peux-tu rédiger les recommandations (3 points) pour la direction ?`),

  rec('stack_trace', f`${amb('source_code.snippet', f`2024-08-21 09:02:17.441 ERROR [rewards-api] c.c.r.MemberController - failed to apply points
com.corella.rewards.PointsException: member CR55018342 has tier Gold but token says Silver
    at com.corella.rewards.PointsService.apply(PointsService.java:188)
    at com.corella.rewards.MemberController.credit(MemberController.java:74)
  request: POST /v2/members/CR55018342/points  from ${amb('pii.ip_address', '10.44.2.19')}
  authorization: Bearer ${v('credential.jwt', JWT)}
  member.email: ${v('pii.email', 'jess.nguyen92@gmail.com')}`)}

Why would the token carry the old tier? She requalified yesterday.`),

  rec('test_fixture', f`Тест құлап жатыр, неге? (сүт тапсырушылар модулі)

${v('source_code.snippet', f`import pytest
from suppliers.models import Supplier

@pytest.fixture
def farmer():
    return Supplier(
        name="Ерлан Жұмабаев",
        phone="${phone('+7 701 418 2739')}",
        email="${v('pii.email', 'erlan.zhumabaev@mail.kz')}",
        iban="${v('financial.iban', 'KZ03 6015 1890 4845 9161')}",
        litres_per_day=640,
    )

def test_payment_amount(farmer):
    assert farmer.payment_for(litres=640, price_kzt=210) == 134_400`)}

AssertionError: 134400.00000000003 != 134400`),

  rec('csv', f`Sutvarkyk šitą lentelę – reikia pašalinti dublikatus ir surūšiuoti pagal sumą:

${amb('source_code.snippet', f`savininkas;el_pastas;saskaita;kiekis_m3;suma_eur
Jonas Vaitkus;${v('pii.email', 'jonas.vaitkus@gmail.com')};${v('financial.iban', 'LT09 7300 0253 7811 6636')};118,4;5 446,40
Rūta Žukauskienė;${v('pii.email', 'ruta.zukauskiene@yahoo.com')};${v('financial.iban', 'LT287044036444133243')};42,0;1 932,00
Jonas Vaitkus;${v('pii.email', 'jonas.vaitkus@gmail.com')};${v('financial.iban', 'LT09 7300 0253 7811 6636')};118,4;5 446,40`)}`),

  rec('chat_pa_latn', f`Bhaji ik kisan da KYC atak gaya hai. Details: Sukhwinder Kaur, Aadhaar ${v('pii.in_aadhaar', '4773 2174 6413')}, mobile ${phone('+91 98722 41903')}. Ohdi dhee ne app vich login karna si, password ${v('credential.password_in_prose', 'Malsian@1998')} rakheya si par OTP nahi aa reha. Jio number hai. Ki kariye?`),

  rec('config', f`Configuração do serviço de SMS para agentes em Angola. Os SMS de teste chegam ao meu número mas não aos agentes:

${amb('source_code.snippet', f`sms:
  provider: twilio
  account_sid: ${v('credential.twilio_account_sid', TW_SID)}
  auth_token: ${v('credential.twilio_auth_token', TW_TOKEN)}
  sender: KUMBU
  test_recipient: "${phone('+244 923 418 572')}"
notifications:
  ops_email: ${v('pii.email', 'operacoes@kumbu.co.ao')}`)}`),

  rec('email_ka', f`თემა: ${v('confidential.marking', 'კონფიდენციალური')} — მოწმის დაცვის ღონისძიებები

ქალბატონო ნინო,

მოწმე ლევან კაპანაძე (ტელ. ${phone('577 20 43 18', 'GE')}) ითხოვს, რომ მისი ჩვენება ჩაიწეროს დახურულ სხდომაზე. მისი ადვოკატის ელფოსტაა ${v('pii.email', 'd.abashidze@lawoffice.ge')}.

გთხოვ, დამეხმარე პასუხის მომზადებაში.`),

  rec('slack_export', f`Our Slack-to-Jira bridge for crew rostering queries drops some messages. Event + config:

${amb('source_code.snippet', f`{"type":"message","user":"U05R2K8L1QX","text":"can someone fix the roster for ${v('pii.email', 'kirra.walsh@corella-air.com.au')}? she's showing on two pairings on the 24th, call her on ${phone('0412 738 905', 'AU')}","ts":"1724198733.104829","channel":"C03CREWROST"}`)}

${amb('source_code.snippet', f`slack:
  bot_token: ${v('credential.slack_bot_token', SLACK_BOT)}
github:
  token: ${v('credential.github_pat', GHP)}
  repo: corella-air/roster-issues`)}`),

  rec('notebook', f`In [3]:
${v('source_code.snippet', f`import pandas as pd, sqlalchemy as sa
eng = sa.create_engine("mysql+pymysql://billetterie:${v('credential.database_url_password', 'Harfang_des_Neiges_2')}@bdd-musee.local/billetterie")
df = pd.read_sql("SELECT courriel, nb_visites FROM membres ORDER BY nb_visites DESC LIMIT 3", eng)
df`)}

Out[3]:
                     courriel  nb_visites
0  ${v('pii.email', 'm.cote.quebec@videotron.ca')}          41
1       ${v('pii.email', 'sylvie.roy@gmail.com')}          37
2  ${v('pii.email', 'jf.pelletier@sympatico.ca')}          35

Comment envoyer un courriel de remerciement à ces membres avec SendGrid ? J'ai déjà la clé ${v('credential.sendgrid_api_key', SG)}.`),

  rec('chat_es_do', f`Buenas, un cliente vino al colmado y dice que le descontaron RD$ 12,000 dos veces de su tarjeta ${v('financial.payment_card', '4622 1262 2663 3579')}. Su cédula es ${ambCat('pii', '402-2418736-5')} y su número ${phone('(809) 542-7713', 'DO')}. ¿Cómo le hago el reclamo a la oficina del banco? Escríbeme los pasos.`, 'Dominican cédula: no built-in rule (ambiguous)'),

  rec('teams_chat', f`[09:14] Gráinne Kelly: morning, payroll query from the Dungannon site — new starter's bank details and NI no came in by text, can you check before I key them?
[09:15] Gráinne Kelly: Conor Hughes, NI no ${v('pii.uk_nino', 'JC 47 19 83 B')}, IBAN ${v('financial.iban', 'GB98 DABA 9505 2488 3964 07')}, mobile ${phone('07821 463509', 'GB')}
[09:17] Declan Moore: looks fine. btw the payroll portal login for the weekend cover is ${v('credential.user_password_pair', 'payroll.cover / Slemish#Mourne24')}
[09:18] Gráinne Kelly: ta

Summarise this chat for the payroll audit log without the personal details.`),

  rec('chat_hy', f`Օգնիր ինձ պատրաստել ցուցահանդեսի նախագծի բյուջեի նամակ դոնորին։ Կոնտակտային անձ՝ Անի Հակոբյան, ${phone('+374 77 20 31 84')}, ${v('pii.email', 'ani.hakobyan@nhm-yerevan.am')}։ Նամակի վերջում ավելացրու՝ "${amb('confidential.marking', 'Ներքին օգտագործման համար')}"։ Ինչպես նաև, ահա OpenAI բանալին, որը պետք է օգտագործենք թարգմանությունների համար՝ ${v('credential.openai_api_key', OPENAI)}`, 'the marking is quoted in an instruction to mark the letter, not marking this text: ambiguous'),
];
