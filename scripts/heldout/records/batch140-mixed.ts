/**
 * Held-out batch 140: records mixing categories — stack traces, incident notes, payloads,
 * onboarding mails, exports and fixtures from the six organisations. Hand-written.
 */
import { ibanWithCheck as iban, inAadhaarSpaced, luhnCheckDigit, luhnWithCheck as card, spacedFours as spaced } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord, type Frag } from '../dsl';
import { B62, B64URL, fill, jwt, tok } from '../tokens';

const code = (b: Frag) => v('source_code.snippet', b);
const cfg = (b: Frag) => amb('source_code.snippet', b);
const ip = (s: string) => amb('pii.ip_address', s);
const em = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const pp = (s: string) => v('pii.passport', s);
const mark = (s: string) => v('confidential.marking', s);

const PAY_CARD = card('455673018294731');
const DE_IBAN = iban('DE', '200411550839271640');
const CO_CARD = card('549184720391652');
const DK_IBAN1 = iban('DK', '30000004817392');
const DK_IBAN2 = iban('DK', '52950001738294');
const PT_IBAN = iban('PT', '003300004817392615805');
const AE_IBAN = iban('AE', '0330000019481739265');
const AADHAAR = inAadhaarSpaced('84173920516');
const STRIPE_LIVE = tok('sk_', 'live_', '51', fill('b140m-sk', B62, 97));
const TH_CARD = card('400012847392051');
const SENTRY_JWT = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'player_55128', team: 'vanguard', role: 'coach', iat: 1731400000, exp: 1731486400 }, 'b140m-jwt');
const SIN_D = `52918473${luhnCheckDigit('52918473')}`;
const SIN = `${SIN_D.slice(0, 3)} ${SIN_D.slice(3, 6)} ${SIN_D.slice(6)}`;
const GAME_KEY = tok('sk-proj-', fill('b140m-oai1', B64URL, 74), 'T3BlbkFJ', fill('b140m-oai2', B64URL, 74));

export const BATCH140_MIXED: DraftRecord[] = [
  rec('stack_trace', f`Payments on-call here. This started at 02:10 UTC after the shop deploy, what's going on?

${cfg(f`2024-11-19T02:10:44.218Z ERROR payments-svc PurchaseFailed player=p_73915 email=${em('kaylee.brooks07@icloud.com')} ip=${ip('73.42.118.205')}
com.skybrawlers.payments.GatewayException: card_declined (insufficient_funds) pan=${v('financial.payment_card', PAY_CARD)} exp=09/27 sku=gems_pack_6480
    at com.skybrawlers.payments.AdyenGateway.authorise(AdyenGateway.kt:188)
    at com.skybrawlers.payments.ShopController.buy(ShopController.kt:72)`)}

Also why is the full card number in the log at all?`),

  rec('incident_fr', f`${mark('DIFFUSION RESTREINTE')}
Incident portail visas – 18/11, 09 h 40
Un export de rendez-vous a été envoyé par erreur à ${em('rdv-visas@prestataire-visa.fr')} au lieu de l'adresse interne. Lignes concernées :
- Mamadou Diallo, passeport ${pp('A01847392')}, né le ${dob('04/05/1993')}
- Fatou Ndiaye, passeport ${pp('A02739184')}, née le ${dob('22/12/1988')}
Connexion depuis ${ip('41.82.157.33')}.

Rédige la notification à la délégation à la protection des données.`),

  rec('email_de', f`Hallo Frau Albers,

für die Anmeldung unseres neuen Subunternehmers (Taucherarbeiten Spundwand Emden) brauche ich noch Ihre Freigabe:
Firma: Nordsee Tauchtechnik GmbH, Ansprechpartner Jannik Ott, ${phone('+49 40 48173920')}, ${em('j.ott@nordsee-tauchtechnik.de')}
Bankverbindung: ${v('financial.iban', spaced(DE_IBAN))}
Portalzugang für die Baustellendoku: Benutzer "ntt-ott", Passwort ${v('credential.password_in_prose', 'Spundwand#Emden24')}

Können Sie das bitte noch mal formaler formulieren?`),

  rec('complaint_es_co', f`Buenas, una clienta de la sede de Medellín está muy molesta. Me escribió esto:

"Me cobraron dos veces las gafas en la tarjeta ${v('financial.payment_card', CO_CARD)} y nadie me responde. Mi celular es ${phone('+57 310 481 7392')} y mi fecha de nacimiento es ${dob('12/08/1990')}, por si la necesitan para buscar mi historia."

¿Me ayudas a responderle con calma y pedirle que no mande la tarjeta por WhatsApp?`),

  rec('csv_da', f`Kan du finde dubletter i denne medlemsliste fra andelsselskabets faktureringssystem?

${cfg(f`medlem_nr;navn;email;mobil;iban
30418;Jens Poulsen;${em('jens.poulsen@mail.dk')};${phone('+45 24 81 73 92')};${v('financial.iban', DK_IBAN1)}
30419;Karen Nørgaard;${em('karen.norgaard@outlook.dk')};${phone('+45 40 48 17 39')};${v('financial.iban', DK_IBAN2)}
30420;Jens Poulsen;${em('jens.poulsen@mail.dk')};${phone('+45 24 81 73 92')};${v('financial.iban', DK_IBAN1)}`)}`),

  rec('email_pt', f`Assunto: ${mark('CONFIDENCIAL')} – transferência do jogador

Olá Rui,

seguem os dados do Tiago Fonseca para o contrato de transferência:
Data de nascimento: ${dob('19/04/2003')}
Passaporte: ${pp('CB481739')}
IBAN para o prémio de assinatura: ${v('financial.iban', spaced(PT_IBAN))}
Telemóvel: ${phone('+351 912 481 739')}

Podes rever o português do email antes de eu enviar ao clube?`),

  rec('code_python', f`Anh xem giúp fixture test của dịch vụ hỗ trợ người chơi, có nên tách API key ra không?

${code(f`import pytest

OPENAI_KEY = "${v('credential.openai_api_key', GAME_KEY)}"

@pytest.fixture
def ticket():
    return {
        "player_id": "SB-8812047",
        "email": "${em('minh.nguyen.sb@gmail.com')}",
        "phone": "${phone('+84 912 458 731')}",
        "message": "Tôi nạp 199k mà không nhận được kim cương",
    }

def test_auto_reply(ticket):
    reply = draft_reply(ticket, api_key=OPENAI_KEY)
    assert "kim cương" in reply`)}`),

  rec('json_payload', f`The visa portal rejects this payload with "invalid document". Which field is wrong?

${cfg(f`POST /api/applications HTTP/1.1
Host: evisa.consulate.example.net
X-Forwarded-For: ${ip('102.89.34.211')}
Content-Type: application/json

{
  "surname": "OKAFOR",
  "given_names": "CHIDINMA GRACE",
  "date_of_birth": "${dob('1996-01-27')}",
  "passport_number": "${pp('B50817392')}",
  "email": "${em('chidinma.okafor96@gmail.com')}",
  "phone": "${phone('+234 803 481 7392')}",
  "visa_type": "C-TOURIST"
}`)}`),

  rec('incident_notes', f`Storm night notes — Crew 3, Nov 12. Clean these up for the morning report:
- 22:40 feeder 4 tripped, called Dale ${phone('(605) 274-1938', 'US')}
- member at 18420 County Rd 12 on oxygen concentrator, daughter's cell ${phone('+1 (507) 482-3916')}, email ${em('jswenson.farm@gmail.com')}
- SCADA laptop login for relief crew: user "relief3", password ${v('credential.password_in_prose', 'Feeder4-Storm!')}
- SCADA laptop IP changed to ${ip('10.12.4.77')} after reboot`),

  rec('csv_cs', f`Potřebuji z tohoto exportu udělat seznam zákazníků, kterým je potřeba poslat upomínku na kontrolu zraku:

${cfg(f`jmeno;datum_narozeni;email;telefon;posledni_kontrola
Petra Nováková;${dob('14.03.1975')};${em('petra.novakova@seznam.cz')};${phone('+420 602 481 739')};2022-09-14
Jiří Dvořák;${dob('02.11.1958')};${em('jiri.dvorak58@email.cz')};${phone('+420 731 482 917')};2023-01-30`)}`),

  rec('chat_hinglish', f`Bhai Dubai port project ke liye naye engineer ka onboarding karna hai, ye details hain:
Naam: Arjun Nair, DOB ${dob('05/06/1990')}
Aadhaar: ${v('pii.in_aadhaar', AADHAAR)}
Passport: ${pp('T4817392')}
Salary account (Emirates NBD): ${v('financial.iban', AE_IBAN)}
Mobile: ${phone('+971 50 481 7392')}
Ek proper welcome mail bana do English mein.`),

  rec('chat_th', f`ทีม payments ช่วยดูหน่อย สคริปต์ refund ใช้คีย์ ${v('credential.stripe_secret_key', STRIPE_LIVE)} แล้วลูกค้าคนนี้บัตร ${v('financial.payment_card', TH_CARD)} ยังไม่ได้เงินคืน อีเมลลูกค้า ${em('nattapong.k@hotmail.co.th')} ช่วยเขียนคำตอบภาษาไทยให้หน่อย`),

  rec('sheet_ka', f`${mark('კონფიდენციალური')}
საკონსულო აღრიცხვა — ნოემბერი
სახელი: ნინო ბერიძე | დაბადების თარიღი: ${dob('03.07.1994')} | პასპორტი: ${pp('18AB48173')} | ტელ: ${phone('+995 599 21 47 83')}
სახელი: გიორგი ლომიძე | დაბადების თარიღი: ${dob('21.01.1989')} | პასპორტი: ${pp('15CD73918')}

გადათარგმნე ინგლისურად ცხრილის სახით.`),

  rec('stack_trace', f`코치 대시보드에서 로그인하면 500 에러가 나요. Sentry에 찍힌 내용이에요:

${cfg(f`Error: JsonWebTokenError: invalid signature
    at verify (/app/node_modules/jsonwebtoken/verify.js:171:19)
    at authMiddleware (/app/src/auth.ts:42:11)
Request headers:
  authorization: Bearer ${v('credential.jwt', SENTRY_JWT)}
  x-user-email: ${em('coach.lee@vanguard-gg.kr')}
  x-real-ip: ${ip('211.36.142.88')}`)}`),

  rec('email_fr_ca', f`Allô, peux-tu m'aider à répondre à ce membre de la coop d'électricité?

« Bonjour, je veux mettre le compte au nom de ma conjointe. Mon NAS c'est ${v('pii.ca_sin', SIN)}, mon numéro de cell ${phone('+1 450 682-4517')}. J'ai essayé de me connecter au portail avec mon mot de passe ${v('credential.password_in_prose', 'Chalet-Rouville88')} mais ça marche pu. »

Faut lui dire de pas envoyer son NAS par courriel.`),
];
