/**
 * Held-out batch 136: records mixing categories — incident notes, stack traces, exports and mails
 * with personal data, secrets, payment data and markings together. Hand-written.
 */
import { ibanWithCheck as iban, luhnWithCheck as card, spacedFours as g4 } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, DIGITS, HEX, UPPER, fill, gh, tok } from '../tokens';

const ip = (s: string) => amb('pii.ip_address', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const mail = (s: string) => v('pii.email', s);
const mark = (s: string) => v('confidential.marking', s);

const SENDGRID = tok('SG.', fill('b136m-sg1', B64URL, 22), '.', fill('b136m-sg2', B64URL, 43));
const SLACK_HOOK = tok('https://hooks.slack.com/services/', 'T05', fill('b136m-slt', UPPER + DIGITS, 8), '/B08', fill('b136m-slb', UPPER + DIGITS, 8), '/', fill('b136m-slh', B62, 24));
const GHP = gh('ghp', 'Lm3Nb7Vc1Xz5Qa9Ws2Ed6Rf4Tg8Yh0');
const STRIPE = tok('sk_', 'live_', '51', fill('b136m-stripe', B62, 97));
const DD = fill('b136m-dd', HEX, 32);
const VISA = card('418273650918273');
const MC = card('539018274635102');
const IBAN_ES = iban('ES', '01824839170200128374');
const IBAN_DE = iban('DE', '500105175402938471');
const IBAN_FR = iban('FR', '20041010050500013M02606');

export const BATCH136_MIXED: DraftRecord[] = [
  rec('incident_en', f`${mark('CONFIDENTIAL')} – incident summary for the DPO

On 6 Dec a hotline agent pasted a full case into the public translation site. It contained: insured Margaret Doyle, DOB ${dob('21/11/1949')}, passport ${v('pii.passport', '548201937')}, mobile ${phone('+353 87 482 9316')}, and the hospital's guarantee e-mail ${mail('gop@hospitalnerja.es')}. The agent's session came from ${ip('82.145.63.201')}.

Draft the breach-register entry and a short note for the agent's team lead.`),

  rec('stack_trace', f`The assistance app crashes when sending confirmation e-mails, trace below:

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/assist/notify.py", line 88, in send_confirmation
    sg.send(Mail(from_email="${mail('noreply@globalcare-assist.com')}", to_emails="${mail('k.okafor@outlook.com')}", subject=subj, html_content=body))
  File "/usr/lib/python3.11/site-packages/sendgrid/base_interface.py", line 62, in send
    raise UnauthorizedError(e)
python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized
  sg = SendGridAPIClient("${v('credential.sendgrid_api_key', SENDGRID)}")`)}`),

  rec('chat_de', f`Kannst du mir hier einen Überblick machen und sagen, was davon nicht in ein Ticket gehört?
Kundin: Weingut Schäfer, Frau Monika Schäfer, ${phone('06321 482917', 'DE')}, ${mail('m.schaefer@weingut-schaefer.de')}
Lastschrift für Frostschutzberegnung: IBAN ${v('financial.iban', g4(IBAN_DE))}
Zugang Steuerung: admin / ${v('credential.password_in_prose', 'Riesling-Haardt-9')}
Steuerung erreichbar unter ${ip('10.8.14.3')}`),

  rec('export_csv', f`Clean up this export of kitchen payouts before I send it to the accountant (drop what's not needed):

${amb('source_code.snippet', f`partner,contact_email,phone,iban,card_on_file
Bao Bros Madrid,${mail('finanzas@baobros.es')},${phone('+34 910 48 29 17')},${v('financial.iban', IBAN_ES)},${v('financial.payment_card', VISA)}
Curry Cloud Paris,${mail('compta@currycloud.fr')},${phone('+33 1 84 82 93 17')},${v('financial.iban', IBAN_FR)},${v('financial.payment_card', MC)}`)}`),

  rec('chat_es_mx', f`oye, pásame esto a un correo formal para el encargado de TI:
- el bot de Slack de las cocinas usa el webhook ${v('credential.slack_webhook_url', SLACK_HOOK)}
- la clave de Stripe en producción es ${v('credential.stripe_secret_key', STRIPE)} y está en el README 😬
- la cajera nueva, Daniela Ortiz, tel ${phone('55 4829 1736', 'MX')}, necesita acceso al dashboard`),

  rec('incident_fr', f`${mark('CONFIDENTIEL')}

Incident du 3 décembre – centre d'addictologie de Nantes
Un patient (né le ${dob('14/09/1992')}, tél. ${phone('07 82 91 73 46', 'FR')}) a reçu par erreur le compte rendu d'un autre patient par e-mail (${mail('j.lebrun92@orange.fr')}).

Rédige la notification à la CNIL et l'information au patient concerné.`),

  rec('log_ru', f`Разбери лог, почему ломается синхронизация с кадастровым порталом:

${amb('source_code.snippet', f`2024-12-05 10:14:22 INFO  sync start user=${mail('ivanova.ea@rosreestr-geo.example')} from=${ip('95.165.48.201')}
2024-12-05 10:14:23 DEBUG POST https://portal.kadastr.example/api/auth {"login":"ivanova.ea","password":"${v('credential.password_assignment', 'Kupol-Mezha-81')}"}
2024-12-05 10:14:24 ERROR 502 Bad Gateway (upstream ${ip('10.77.0.12')}:8443)`)}`),

  rec('chat_en', f`Write a handover for my replacement on the archive desk:
- GitHub token for the rights-search repo: ${v('credential.github_pat', GHP)} (please rotate)
- Pending contributor payment: Ewan MacLeod, ${phone('0131 496 2817', 'GB')}, ${mail('ewan.macleod@btinternet.com')}
- Doc "Clearance strategy 2025" is ${mark('COMMERCIAL IN CONFIDENCE')}, don't share outside Legal`),

  rec('chat_it', f`Mi aiuti a capire cosa posso lasciare in questo ticket di assistenza?
Cliente: Cantina Ferri, sig. Paolo Ferri, nato il ${dob('30/03/1961')}, tel. ${phone('0577 482917', 'IT')}
Carta per il noleggio dell'atomizzatore: ${v('financial.payment_card', card('476120938471652'))}
Accesso app irrigazione: ferri / ${v('credential.password_in_prose', 'Brunello#Ilcino4')}`),

  rec('yaml_mixed', f`Config of the clinic's lab-results relay. Can you explain what each block does?

${amb('source_code.snippet', f`relay:
  listen: ${ip('10.30.2.8')}:2575
  upstream_lab: ${ip('195.92.41.7')}:2575
alerts:
  email_to: ${mail('pharmacy.leeds@recoverypath.example')}
  datadog_api_key: ${v('credential.datadog_api_key', DD)}
smtp:
  user: relay
  password: ${v('credential.password_assignment', 'Beacon-Lane-2025')}`)}`),

  rec('chat_tr', f`Şu vakayı özetleyip Almanca'ya çevirir misin? Sigortalı Mehmet Yıldız, doğum tarihi ${dob('08.06.1970')}, pasaport no ${v('pii.passport', 'U48291736')}, telefon ${phone('+90 533 482 91 73')}. Münih'te kalp krizi geçirdi. Eşinin e-postası: ${mail('h.yildiz70@gmail.com')}.`),

  rec('chat_ko', f`아래 내용을 영어 보고서로 정리해 주세요. ${mark('대외비')}
- 배달 기사 박준호 (${phone('010-4829-3716', 'KR')}) 가 고객 카드번호 ${v('financial.payment_card', card('457391028374615'))} 를 사진으로 찍어 단체방에 올림
- 해당 주문 고객 이메일: ${mail('minseo.lee@naver.com')}`),

  rec('chat_el', f`Φτιάξε μου ένα σύντομο υπόμνημα: ${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}. Ο ιδιοκτήτης Γεώργιος Αλεξίου (γεν. ${dob('22/02/1958')}, τηλ. ${phone('697 482 9316', 'GR')}) καταγγέλλει ότι ο τοπογράφος είχε πρόσβαση στο σύστημα με τον κωδικό ${v('credential.password_in_prose', 'Meteora#Gis2021')} μετά τη λήξη της σύμβασης.`),

  rec('chat_pt', f`Resume isto para a equipa jurídica, por favor:
Reclamação de Rui Sardinha, nascido a ${dob('12/10/1975')}, contribuinte ${ambCat('pii', '248193762')}, tlm ${phone('+351 936 482 917')}, e-mail ${mail('rui.sardinha75@gmail.com')}: a RTP reutilizou uma entrevista de 1998 sem autorização. Pede compensação.`),

  rec('chat_uk', f`Підсумуй, будь ласка, для керівника: ${mark('КОНФІДЕНЦІЙНО')}. Пацієнтка Олена Коваль, дата народження ${dob('17.04.1989')}, телефон ${phone('+380 67 482 9173')}, пропустила три дози метадону; на пошту ${mail('o.koval89@ukr.net')} надіслано нагадування.`),
];
