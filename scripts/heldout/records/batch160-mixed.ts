/** Held-out batch 160: longer texts mixing categories (incidents, exports, threads, fixtures, notes) across the six organisations. Hand-written. */
import { groupedAs, ibanWithCheck, inAadhaarSpaced, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);

const JWT_INTERP = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'dolmetsch-app', tenant: 'klinikum-nord', roles: ['booking:read', 'booking:write'], exp: 1767139200 }, 'b160m-jwt');
const SENDGRID = tok('SG.', fill('b160m-sg1', B64URL, 22), '.', fill('b160m-sg2', B64URL, 43));
const IBAN_NO = ibanWithCheck('NO', '60112938475');
const IBAN_NL = ibanWithCheck('NL', 'ABNA0592837461');
const IBAN_DE_1 = ibanWithCheck('DE', '210700200058293746');
const IBAN_DE_2 = ibanWithCheck('DE', '500105175920384716');
const IBAN_AE = ibanWithCheck('AE', '0260001014829371650');
const IBAN_IS = ibanWithCheck('IS', '0515260029384710592837');
const VISA_LOG = luhnWithCheck('454871203948716');
const AADHAAR = inAadhaarSpaced('58203947162');
const TV_ID = '1 482 917 365';
const DD_APP = fill('b160m-ddapp', HEX, 40);
const STRIPE = tok('sk_', 'live_', '51', fill('b160m-sk', B62, 97));

export const BATCH160_MIXED: DraftRecord[] = [
  rec('postmortem_en', f`# Incident review: kiln 2 historian outage, 19 Feb

**Impact:** 7 h of missing burning-zone temperature and O2 data; the shift ran the kiln on local HMI trends only.

**Timeline**
- 02:10 historian service stops writing; no alarm (watchdog pointed at the old server ${ip('10.20.4.12')})
- 05:45 shift supervisor calls on-call automation engineer (${phone('+44 1224 384917')})
- 06:30 cause: SQL login for the collector expired; config still had \`Server=hist-sql01;User Id=collector;Password=${v('credential.connection_string_password', 'Raw-Mill#4410')}\`
- 09:05 new login, backfill from PLC buffer on ${ip('172.16.40.21')}

**Actions:** move the collector login to a managed identity; add a heartbeat alarm to the DCS.

Please rewrite this for the plant's monthly safety newsletter, no technical internals.`),

  rec('json_de', f`Der Export aus dem Dolmetscher-Buchungssystem hat kaputte Umlaute. Hier ein Datensatz und unser Aufruf:

${amb('source_code.snippet', f`{
  "buchung": "DB-2025-04418",
  "patient": { "name": "Gülşen Öztürk", "geburtsdatum": "${dob('1958-12-03')}", "telefon": "${phone('+49 40 87392614')}" },
  "sprache": "Türkisch",
  "dolmetscherin": { "name": "Ayşe Demir", "email": "${mail('a.demir@dolmetsch-pool.de')}" },
  "angelegt_von": "${mail('station3b@klinikum-nord.de')}",
  "client_ip": "${ip('10.80.3.117')}"
}`)}

${amb('source_code.snippet', f`curl -H "Authorization: Bearer ${v('credential.jwt', JWT_INTERP)}" https://dolmetschen.klinikum-nord.de/api/export?format=json`)}

Muss ich beim Export charset=utf-8 setzen?`),

  rec('email_thread_en', f`Can you help me answer this applicant without admitting anything about the screening criteria?

From: Kevin Alvarado <${mail('kalvarado.77@yahoo.com')}>
Sent: Monday, March 3, 2025 8:41 AM
Subject: Re: Application denied??

I don't understand why I was denied. My SSN is ${v('pii.us_ssn', '521-47-3089')} if you need to re-run it, and my cell is ${phone('(614) 382-7195', 'US')}. I already paid the $45 fee from my checking account (routing ${v('financial.aba_routing', '074000939')}).

> On Fri, Feb 28, 2025, Keystone Screening <${mail('decisions@keystone-screening.com')}> wrote:
> We regret to inform you that your application for 1180 Lakeshore Ave could not be approved at this time.`),

  rec('fixture_pt', f`Os testes da inscrição falham desde que mudámos o fuso horário. Fixture:

${v('source_code.snippet', f`@pytest.fixture
def inscricao_valida():
    return {
        "nome": "Beatriz Carvalho",
        "email": "${mail('beatriz.carvalho@sapo.pt')}",
        "telemovel": "${phone('+351 912 384 715')}",
        "data_nascimento": "${dob('1990-04-21')}",
        "distancia": "42K",
        "t_shirt": "M",
    }

def test_escalao(inscricao_valida):
    r = criar_inscricao(inscricao_valida, hoje=date(2025, 10, 19))
    assert r.escalao == "M35"
    assert r.email == "${mail('beatriz.carvalho@sapo.pt')}"`)}`),

  rec('email_no_en', f`Hei, kan du skrive svaret på engelsk? Kunden i Rotterdam lurer på forsinkelsen.

---------- Videresendt melding ----------
Fra: Pieter de Groot <${mail('p.degroot@northseafoods.nl')}>
Dato: 5. mars 2025 kl. 09:12
Emne: Health certificates shipment 2025-118

Hi Kari, the truck is waiting at the border since yesterday. The health certificate for lot 118 shows the wrong vet signature. Please call me: ${phone('+31 6 28374916')}.
Also, our new account for the credit note: ${v('financial.iban', spacedFours(IBAN_NL))}.

Kari Nilsen | Eksport & sertifikater | ${phone('+47 482 93 716')} | ${mail('kari.nilsen@vestfjordlaks.no')}
Vår konto for betaling: ${v('financial.iban', IBAN_NO)}`),

  rec('claim_thread_nl', f`Vat deze mailwisseling samen in het Engels voor de verzekeraar:

Onderwerp: ${v('confidential.marking', 'VERTROUWELIJK')} – schadeclaim MC-25-0422 / container MSCU 482917-6

Van: Sanne Bakker <${mail('s.bakker@rijnmond-makelaars.nl')}>
Aan: ${mail('claims@zeevracht-assuradeuren.nl')}

De ontvanger meldt natte schade aan 38 pallets cacaobonen. De expert (Jan Visser, ${phone('+31 10 284 7391')}) heeft condensvorming vastgesteld. Uitkering naar ${v('financial.iban', spacedFours(IBAN_NL))} na akkoord.`),

  rec('meeting_es_mx', f`Minuta de la junta de arranque del horno 1 – 25 de febrero

- Asistentes: Ing. Ramírez (producción), Lupita Torres (calidad), técnico de FLSmidth
- El técnico necesita acceso remoto al sistema experto del horno: usuario "fls_soporte", contraseña ${v('credential.password_in_prose', 'Tolteca#Horno1')} (válida hasta el viernes)
- Si hay paro, llamar al jefe de turno al ${phone('+52 55 4829 3716')}
- Meta: cal libre < 1.5 %, 3,200 t/d de clínker

Conviérteme esto en una lista de pendientes con responsables.`),

  rec('sql_it', f`L'import dei partecipanti della mezza maratona in Postgres fallisce. Ecco un pezzo del dump:

${amb('source_code.snippet', f`INSERT INTO partecipanti (pettorale, nome, email, cellulare, nascita) VALUES
(2041, 'Giulia Ferraro', '${mail('giulia.ferraro@libero.it')}', '${phone('+39 338 472 9163')}', '${dob('1992-08-15')}'),
(2042, 'Marco De Santis', '${mail('m.desantis@tiscali.it')}', '${phone('+39 02 8734 1920')}', '${dob('1984-01-30')}'),
(2043, 'Lorenzo Gallo', NULL, NULL, '${dob('2003-05-09')}');`)}

Errore: "invalid input syntax for type date". Perché?`),

  rec('stacktrace_en', f`${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/interp/notify.py", line 48, in send_confirmation
    sg.send(message)
  File "/usr/lib/python3.11/site-packages/sendgrid/sendgrid.py", line 88, in send
    return self.client.mail.send.post(request_body=message.get())
python_http_client.exceptions.ForbiddenError: HTTP Error 403: Forbidden
  message.to = ${mail('zainab.rahimi@gmail.com')}
  message.from = ${mail('interpreters@stmarks-hospital.org.uk')}
  SENDGRID_API_KEY = ${v('credential.sendgrid_api_key', SENDGRID)}`)}

Why 403? The key has Mail Send permission. Patient confirmation emails have been failing since yesterday.`),

  rec('tsv_de', f`Bitte prüf, ob in der Kautionsrückzahlungsliste jemand doppelt vorkommt:

${amb('source_code.snippet', f`Mieter\tE-Mail\tIBAN\tBetrag
Schulz, Hannah\t${mail('hannah.schulz@gmx.de')}\t${v('financial.iban', IBAN_DE_1)}\t1.850,00
Yilmaz, Deniz\t${mail('deniz.yilmaz@t-online.de')}\t${v('financial.iban', IBAN_DE_2)}\t2.100,00
Schulz, Hannah\t${mail('hannah.schulz@gmx.de')}\t${v('financial.iban', IBAN_DE_1)}\t1.850,00`)}`),

  rec('chat_ar_en', f`ترجم الرسالة التالية إلى العربية للعميل في دبي:

"Dear Mr. Al Mansoori, we acknowledge your marine cargo claim for the water-damaged electronics (B/L JEA-7741209). Our surveyor, Rahul Menon (${phone('+971 50 384 2917')}, ${mail('rahul.menon@gulfsurvey.ae')}), will attend Jebel Ali on Tuesday. Once liability is confirmed, settlement will be paid to ${v('financial.iban', groupedAs(IBAN_AE, [4, 4, 4, 4, 4, 3]))}."`),

  rec('notes_is', f`Fundargerð – útflutningsskrifstofa, 3. mars

- Nýr dýralæknir byrjar 10. mars, sími ${phone('+354 862 3849')}
- Aðgangur að TRACES fyrir hana: notandi "vet_vestm", lykilorð ${v('credential.password_in_prose', 'Heimaey#Trace25')}
- Greiðsla frá Frakklandi á ${v('financial.iban', spacedFours(IBAN_IS))} hefur ekki borist

Gerðu úr þessu verkefnalista á ensku.`),

  rec('log_ko', f`결제 로그에 카드번호 전체가 찍혀 있어요. 이거 어디서 나오는 건지 찾아주세요:

${amb('source_code.snippet', f`2025-03-02 09:14:07 WARN  reg-pay  PG 승인 실패 code=51 order=SM25-H-18427
  card_no=${v('financial.payment_card', VISA_LOG)} exp=0827 email=${mail('jiwoo.park@kakao.com')} ip=${ip('211.234.118.47')}
2025-03-02 09:14:09 INFO  reg-pay  재시도 안내 메일 발송 to=${mail('jiwoo.park@kakao.com')}`)}`),

  rec('email_fr_qc', f`Objet : ${v('confidential.marking', 'CONFIDENTIEL')} – plainte interprète, urgence Hôpital Saint-Luc

Bonjour Geneviève,

La famille de M. Tremblay se plaint que l'interprète en langue des signes n'est jamais arrivé vendredi. La fille veut être rappelée au ${phone('+1 514 382 7416')} ou par courriel à ${mail('isabelle.tremblay@videotron.ca')}.

Peux-tu m'aider à rédiger une réponse d'excuse ben professionnelle?`),

  rec('vendor_pl', f`Notatka z wizyty serwisu analizatora gazów na wlocie pieca:

- Serwisant łączy się zdalnie przez TeamViewer, ID ${TV_ID}, hasło ${v('credential.password_in_prose', 'Piec#Gazy2025')} (zmienić po wizycie!)
- Analizator ma IP ${ip('192.168.50.14')}, brama ${ip('192.168.50.1')}
- Kontakt do serwisanta: ${phone('+48 601 384 729')}, biuro ${phone('+48 22 384 29 17')}

Przepisz to jako oficjalny protokół po angielsku, bez hasła.`),

  rec('summary_ja', f`以下の貨物クレーム概要を英語にしてください。

${v('confidential.marking', '取扱注意')}
クレーム番号：MC-JP-25-0093（冷凍マグロ、温度逸脱）
荷主担当：山本 直樹（${phone('+81 3-5842-9173')}、${mail('n.yamamoto@marusui-trading.co.jp')}）
支払先口座：みずほ銀行 日本橋支店 普通 ${ambCat('financial', '4829173')}
損害額：JPY 12,480,000`),

  rec('chat_hi_en_mixed', f`Marathon expo mein ek runner ka registration dobara karna pada. Details:
Name: Ananya Iyer, DOB ${dob('12-09-1996')}, Aadhaar ${v('pii.in_aadhaar', AADHAAR)}, mobile ${phone('+91 80 4718 2936')}
Payment link ke liye Stripe ka live key ${v('credential.stripe_secret_key', STRIPE)} use kiya (galti se WhatsApp pe bhej diya tha 😬). Key rotate kaise karein aur runner ko kya bolein?`),

  rec('dd_config', f`${amb('source_code.snippet', f`# datadog.yaml on the fish-farm feed barge gateway
api_key: ${v('credential.datadog_api_key', fill('b160m-ddapi', HEX, 32))}
app_key: ${v('credential.datadog_app_key', DD_APP)}
site: datadoghq.eu
hostname: barge-lokalitet-7
tags:
  - site:lokalitet-7
  - contact:${mail('drift@vestfjordlaks.no')}`)}

Agenten sender ingen metrikker over 4G-linken. Er det proxy-innstillingene som mangler?`),
];
