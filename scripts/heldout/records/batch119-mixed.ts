/**
 * Held-out batch 119: several kinds of sensitive data in one paste — incident notes, stack traces,
 * exports, fixtures and mails from the six organisations. Hand-written; check digits computed.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { abaCheckDigit, ibanCheckDigits, luhnCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { B62, B64URL, HEX, fill, jwt, tok } from '../tokens';

const ibanC = (cc: string, bban: string): string => `${cc}${ibanCheckDigits(cc, bban)}${bban}`;
const iban = (cc: string, bban: string): string => ibanC(cc, bban).replace(/(.{4})(?=.)/g, '$1 ');
const card = (p: string): string => `${p}${luhnCheckDigit(p)}`;
const L23 = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dni = (n8: string): string => `${n8}${L23[Number(n8) % 23]}`;
const aadhaar = (n11: string): string => {
  const x = `${n11}${verhoeffCheckDigit(n11)}`;
  return `${x.slice(0, 4)} ${x.slice(4, 8)} ${x.slice(8)}`;
};

const SENDGRID = tok('SG.', fill('b119m-sg1', B64URL, 22), '.', fill('b119m-sg2', B64URL, 43));
const TG = tok('6829174035', ':AA', fill('b119m-tg', B64URL, 33));
const JWT_EPRO = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'crc-0427-02', site: '0427', role: 'coordinator', iat: 1739836800, exp: 1739923200 }, 'b119m-jwt');
const STRIPE = tok('sk_', 'live_', '51', fill('b119m-sk', B62, 97));
const DD = fill('b119m-dd', HEX, 32);

export const BATCH119_MIXED: DraftRecord[] = [
  rec('incident', f`Incident note – customer-service mailbox, 17 Feb

09:12 Agent pasted the full notify-service config into the public status-page ticket by mistake:
  SENDGRID_API_KEY=${v('credential.sendgrid_api_key', SENDGRID)}
09:20 Ticket also contained the complaining customer's details: Fiona Darby, ${v('pii.email', 'fiona.darby@btinternet.com')}, ${phone('07911 284736', 'GB')}
09:31 Ticket made private. Access log shows two views from ${amb('pii.ip_address', '185.44.79.21')} and ${amb('pii.ip_address', '81.2.69.160')}.
09:45 Key rotated.

Write the summary for the DPO, plain English, 6 lines max.`),

  rec('email_de', f`Betreff: ${v('confidential.marking', 'VERTRAULICH')} – Unterlagen Finanzierung Olbrich

Hallo Frau Olbrich,

wir haben Ihre Gehaltsabrechnungen erhalten. Für die Auszahlung brauchen wir noch die Bestätigung des Kontos ${v('financial.iban', iban('DE', '500502010389217465'))} und Ihre Mobilnummer für die Legitimation per Video-Ident: aktuell hinterlegt ist ${phone('0160 93847261', 'DE')}.

Viele Grüße
Keystone Baufinanzierung

Kannst du das freundlicher und kürzer formulieren?`),

  rec('chat_fr_be', f`Un client belge veut louer le voilier pour une semaine en août. Il a tout envoyé par mail d'un coup (je sais…) :
- passeport : ${v('pii.passport', 'EH482917')}
- GSM : ${phone('0475 28 39 61', 'BE')}
- carte pour la caution : ${v('financial.payment_card', card('451276309184726'))} exp 04/28
- e-mail : ${v('pii.email', 'jm.vandenbossche@skynet.be')}
Rédige-moi une réponse qui confirme la réservation et lui demande de ne plus envoyer sa carte par e-mail.`),

  rec('chat_es', f`Un participante del ensayo no puede entrar en el portal de reembolsos. Te paso lo que nos ha mandado para que me redactes la respuesta:
"Soy Andrés Molina, DNI ${v('pii.es_dni', dni('50817294'))}. Mi cuenta para el reembolso es ${v('financial.iban', iban('ES', '00491500082910482736'))}. He probado con la contraseña ${v('credential.password_in_prose', 'Molina1961!')} y no entra."
Quiero decirle que le reseteamos la contraseña y que no vuelva a enviarla por correo.`),

  rec('doc_it', f`${v('confidential.marking', 'RISERVATO')} – Contratto artista (estratto)
Artista: Giulia Ferraresi in arte "Ferra"
Telefono management: ${phone('+39 347 218 4936')}
Compenso: € 18.000 + IVA, bonifico su ${v('financial.iban', iban('IT', 'Y0200801633000104829173'))}
Referente: ${v('pii.email', 'booking@ferramusic.it')}

Traduci in inglese per l'agenzia olandese.`),

  rec('email_pt_pt', f`Bom dia Sr. Gonçalves,

Para avançarmos com o pedido de crédito habitação precisamos ainda do comprovativo de IBAN (${v('financial.iban', iban('PT', '003507460004829173655'))}) e da declaração de IRS de 2023. Pode contactar-nos pelo ${phone('912 483 726', 'PT')} ou responder para ${v('pii.email', 'processos@lar-certo.pt')}.

Melhora-me este e-mail, está muito seco.`),

  rec('config_ja', f`お客様宅のルーター設定をバックアップしました。設定の意味を日本語で説明してください。

${amb('source_code.snippet', f`[WAN]
mode=PPPoE
pppoe_user=${amb('pii.email', 'fl4829173@lumen-hikari.jp')}
pppoe_pass=${v('credential.user_password_pair', 'Kx7mQ2vR')}
wan_ip=${amb('pii.ip_address', '121.84.203.17')}
[LAN]
lan_ip=${amb('pii.ip_address', '192.168.10.1')}
dhcp_range=${amb('pii.ip_address', '192.168.10.100')}-${amb('pii.ip_address', '192.168.10.199')}
[NOTE]
contact=${phone('090-4823-9176', 'JP')}`)}`, 'the PPPoE user is an ISP login in e-mail form (an account id, not a person): ambiguous e-mail; only the password is the credential'),

  rec('stack_trace', f`Getting this in the mortgage CRM after the migration, what's wrong?

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/crm/app/sync.py", line 88, in push_case
    conn = psycopg2.connect("postgresql://crm_sync:${v('credential.database_url_password', 'Hearth&Home2024')}@pg-crm.internal:5432/crm")
  File "/usr/lib/python3/dist-packages/psycopg2/__init__.py", line 122, in connect
psycopg2.OperationalError: connection to server at "pg-crm.internal" (${amb('pii.ip_address', '10.12.4.20')}), port 5432 failed: FATAL:  password authentication failed for user "crm_sync"
  case_id=NG-88217 applicant_email=${v('pii.email', 'priyanka.sharma@outlook.com')}`)}`),

  rec('csv_nl', f`Kun je checken welke zakelijke klanten van de koeriersdienst geen geldige incasso-machtiging hebben?

${amb('source_code.snippet', f`klantnr;bedrijf;contact;email;telefoon;iban;machtiging
K-1041;Bakkerij Smit;Anouk Smit;${v('pii.email', 'anouk@bakkerijsmit.nl')};${phone('06 48273916', 'NL')};${v('financial.iban', ibanC('NL', 'RABO0183746529'))};ja
K-1042;Fietsenmakerij De Spaak;Rik de Wit;${v('pii.email', 'rik@despaak.nl')};${phone('020 4829173', 'NL')};${v('financial.iban', ibanC('NL', 'INGB0004827391'))};nee
K-1043;Atelier Noorderlicht;Sanne Vos;${v('pii.email', 'sanne.vos@noorderlicht-atelier.nl')};${phone('06 39172840', 'NL')};${v('financial.iban', ibanC('NL', 'ABNA0529174836'))};ja`)}`),

  rec('code_pl', f`Testy jednostkowe dla walidatora wniosku kredytowego — dlaczego drugi test przechodzi, skoro PESEL jest zły?

${v('source_code.snippet', f`def test_wniosek_poprawny():
    w = Wniosek(imie="Katarzyna", nazwisko="Wróbel", pesel="${ambCat('pii', '84071204585')}",
                email="${v('pii.email', 'k.wrobel@onet.pl')}", telefon="${phone('+48 512 483 927')}")
    assert waliduj(w).ok

def test_wniosek_zly_pesel():
    w = Wniosek(imie="Jan", nazwisko="Nowak", pesel="84071204583", email="", telefon="")
    assert not waliduj(w).ok`)}`, 'PESEL: no engine rule claims it, category-only ambiguous span; the second (wrong check digit) is left plain'),

  rec('chat_en_in', f`New FTTH activation is stuck at KYC. Customer details from the field tech:
Name: Rakesh Iyer
Aadhaar: ${v('pii.in_aadhaar', aadhaar('48291736502'))}
Mobile: ${phone('+91 98450 17263')}
Wi-Fi set up as IyerHome_5G, password ${v('credential.password_in_prose', 'Rakesh@Banerghatta9')}
ONT WAN IP ${amb('pii.ip_address', '106.51.72.18')}
Can you draft the escalation to the KYC team?`),

  rec('chat_ar', f`عميل يريد حجز يخت لنهاية الأسبوع وأرسل كل بياناته في رسالة واحدة:
جواز السفر: ${v('pii.passport', 'N48291736')}
الجوال: ${phone('+971 50 482 3917')}
البطاقة: ${v('financial.payment_card', card('524817390284716'))}
اكتب له ردّاً يؤكد الحجز ويطلب منه عدم إرسال بيانات البطاقة عبر الرسائل.`),

  rec('chat_ko', f`ePRO 앱이 참여자 데이터를 못 보내요. 오류 로그랑 같이 보내드려요.
참여자: 김민지, 생년월일 ${v('pii.date_of_birth', '1968.03.21')}, 연락처 ${phone('010-5937-2841', 'KR')}
요청 헤더: Authorization: Bearer ${v('credential.jwt', JWT_EPRO)}
응답: 403 site mismatch
어떤 문제인지 설명해 주세요.`),

  rec('email_de_ch', f`Grüezi Frau Brunner

Für die Akkreditierung am Open Air bruuched mir no Ihre Passnummer (${v('pii.passport', 'X4829173')} isch abgloffe) und d'Kontoverbindig für d'Gage: ${v('financial.iban', iban('CH', '04835004829173001'))}.
Bi Frage: ${phone('079 412 58 36', 'CH')}

Chasch das i schöns Hochdütsch umschriibe?`),

  rec('chat_ru', f`Бот для курьеров шлёт уведомления не тем людям. Вот конфиг и пример лога:

${amb('source_code.snippet', f`TELEGRAM_TOKEN=${v('credential.telegram_bot_token', TG)}
ADMIN_CHAT=-1002193847561
2025-02-14 18:02:11 sent to ${phone('+7 916 482-39-17')} (chat 482917365) order ZR-MSK-77120
2025-02-14 18:02:12 webhook from ${amb('pii.ip_address', '91.108.56.130')} ok`)}`),

  rec('email_us', f`Subject: ${v('confidential.marking', 'CONFIDENTIAL')} – Whitfield closing package

Team,
Final numbers for the Whitfield file. Borrower SSN ${v('pii.us_ssn', '418-72-9305')} (title needs it for the payoff request). Wire to title: routing ${v('financial.aba_routing', `07190375${abaCheckDigit('07190375')}`)}, account ${ambCat('financial', '4418029375')}. Borrower contact: ${v('pii.email', 'm.whitfield@comcast.net')}.

Can you turn this into a closing checklist?`),

  rec('chat_en', f`Our courier web shop is charging customers twice. Payment config and one failing order from the log:

${amb('source_code.snippet', f`STRIPE_SECRET_KEY=${v('credential.stripe_secret_key', STRIPE)}
DD_API_KEY=${v('credential.datadog_api_key', DD)}
[2025-02-12 11:02:44] charge ok order=ZR-44810 card=${v('financial.payment_card', card('414720938174620'))} email=${v('pii.email', 'tom.ridley@gmail.com')}
[2025-02-12 11:02:45] charge ok order=ZR-44810 card=${v('financial.payment_card', card('414720938174620'))} email=${v('pii.email', 'tom.ridley@gmail.com')}`)}`),
];
