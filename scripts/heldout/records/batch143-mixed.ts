/**
 * Held-out batch 143: records that mix categories — incident notes, stack traces, deal jackets,
 * allocation exports, donor mails and newsroom notes with credentials, personal data, payment
 * data and markings together. Hand-written; values computed.
 */
import { deSteuerIdCheckDigit, ibanWithCheck as iban, inAadhaarSpaced, itCodiceFiscale, luhnCheckDigit, nlBsnCheckDigit, spacedFours as g4 } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, DIGITS, HEX, fill, tok } from '../tokens';

const card = (seed: string, prefix: string, len: number): string => {
  const body = prefix + fill(seed, DIGITS, len - prefix.length - 1);
  return body + String(luhnCheckDigit(body));
};
const bsn = (p8: string): string => {
  const d = nlBsnCheckDigit(p8);
  if (d < 0) throw new Error(`no BSN digit for ${p8}`);
  return p8 + String(d);
};

const SLACK_BOT = tok('xoxb-', '6620183947', '25-', '8013927465103-', fill('b143m-xoxb', B62, 24));
const DB_PW = 'Arma7em!Recibos';
const VISA = card('b143m-visa', '4024', 16);
const MC = card('b143m-mc', '5389', 16);
const BSN1 = bsn('23619470');
const BSN2 = bsn('31840257');
const NL1 = iban('NL', 'INGB' + '0007418293');
const NL2 = iban('NL', 'ABNA' + '0482917365');
const CF = itCodiceFiscale('RSSGPP71C12L219');
const IT = iban('IT', 'X' + '03069' + '09606' + '100000182736');
const STEUER = deSteuerIdCheckDigit('5931847203');
const DE = iban('DE', '50010517' + '5419283746');
const AADHAAR = inAadhaarSpaced('62918374025');
const UA = iban('UA', '322001' + '0000026007233566001');
const SG_PW = 'Kopi!Luwak#Tanjong8';
const SENDGRID_HEX = fill('b143m-hexdbg', HEX.toLowerCase(), 16);
const VISA_AR = card('b143m-visaar', '4517', 16);
const TW_PW = 'Ferrari488@Taipei';

export const BATCH143_MIXED: DraftRecord[] = [
  rec('incident_en_au', f`Incident note — roster app outage, Bankstown base, 11 Mar

07:42 pilots couldn't see today's tanker assignments. The on-call found the Slack alert bot had been posting the roster DB error to #ops-general, including this:
  psycopg2.OperationalError: connection to server at "${amb('pii.ip_address', '10.60.4.12')}", port 5432 failed: FATAL: password authentication failed for user "roster"
The bot token in the repo (${v('credential.slack_bot_token', SLACK_BOT)}) has now been rotated.
Duty pilot contacted by phone: Liam Carter ${phone('0412 847 395', 'AU')}.

Turn this into a proper post-incident review with timeline and actions.`),

  rec('email_da', f`Emne: ${v('confidential.marking', 'FORTROLIGT')} – match til modtager R-20931

Hej Mette,
Donor D-3318 (Lars, født ${v('pii.date_of_birth', '19.08.1994')}) er godkendt til udvidet profil. Hans telefon til opfølgning er ${phone('28 41 93 07', 'DK')} og e-mail ${v('pii.email', 'lars.d3318@gmail.com')}.
Modtageren har bekræftet matchen.

Kan du omskrive mailen, så donorens kontaktdata ikke står i den?`),

  rec('deal_es_mx', f`Armame la hoja de cierre del trato para el gerente:

Cliente: Alejandro Ruiz Domínguez · cel ${phone('55 4187 2936', 'MX')} · ${v('pii.email', 'aruiz.dominguez@outlook.com')}
Unidad: Mercedes-Maybach S 680, precio $6,950,000 MXN
Enganche con Visa ${v('financial.payment_card', g4(VISA))} (vence 08/28) — $700,000
Seguro: Qualitas amplia; garantía extendida 2 años
RFC: ${ambCat('pii', 'RUDA8304129K3')}`, 'Mexican RFC: personal tax id, no built-in rule'),

  rec('notes_fr', f`Notes de réunion — cellule investigation, ${v('confidential.marking', 'DIFFUSION RESTREINTE')}

Source « Hirondelle » : ancien comptable de la régie des ports. Contact uniquement via Signal au ${phone('06 73 41 82 95', 'FR')}. Ne jamais l'appeler depuis le standard.
Documents reçus : 42 factures, dont 6 avec IBAN étranger.
Prochaine étape : confronter l'adjoint au maire le 18.

Fais-moi une liste de tâches à partir de ces notes.`),

  rec('trace_pt_br', f`Deu esse erro no sistema de recibos de armazém (café, Santos) depois do deploy:

${amb('source_code.snippet', f`org.postgresql.util.PSQLException: FATAL: password authentication failed for user "recibos"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
	at br.com.sablecrane.recibos.Db.connect(Db.java:41)
Config carregada: jdbc:postgresql://${amb('pii.ip_address', '172.20.8.31')}:5432/recibos?user=recibos&password=${v('credential.url_password', DB_PW)}
Usuário da sessão: ${v('pii.email', 'joao.siqueira@sablecrane.com.br')}`)}

Por que a senha aparece no log? Como esconder?`),

  rec('csv_nl', f`Controleer deze export voor de toewijzingscommissie: zijn alle huurders met een betalingsachterstand gemarkeerd?

${amb('source_code.snippet', f`inschrijfnr;naam;bsn;iban;email;achterstand
WZ-10422;S. de Vries;${v('pii.nl_bsn', BSN1)};${v('financial.iban', NL1)};${v('pii.email', 'sanne.devries@ziggo.nl')};0
WZ-10587;M. Yilmaz;${v('pii.nl_bsn', BSN2)};${v('financial.iban', NL2)};${v('pii.email', 'm.yilmaz88@hotmail.com')};2`)}`),

  rec('form_it', f`Sistemami questa scheda cliente per la richiesta di finanziamento:
Nome: Giuseppe Rossi — CF ${v('pii.it_codice_fiscale', CF)}
Tel. ${phone('+39 335 718 2049')}
Accredito rimborsi su IBAN ${v('financial.iban', g4(IT))}
Nota interna: ${v('confidential.marking', 'RISERVATO')} – scoring bancario 712`),

  rec('hr_de', f`${v('confidential.marking', 'Vertraulich – Personalsache')}

Neueinstellung Pilot Canadair CL-415, Basis Nîmes (Entsendung)
Name: Lukas Brenner, geb. ${v('pii.date_of_birth', '30.09.1987')}
Steuer-ID: ${v('pii.de_steuer_id', '5931847203' + String(STEUER))}
Gehaltskonto: ${v('financial.iban', g4(DE))}
Mobil: ${phone('+49 160 93827461')}

Bitte eine Entsendebescheinigung-Checkliste daraus machen.`),

  rec('chat_hi', f`Yaar donor coordinator ne ye details WhatsApp pe bhej diye, inko portal me daalna hai: Priya Nair, Aadhaar ${v('pii.in_aadhaar', AADHAAR)}, phone ${phone('+91 99001 48273')}, DOB ${v('pii.date_of_birth', '14/02/1997')}. Portal login bhi bheja tha: username coord.blr3 password ${v('credential.password_in_prose', 'Donor@Blr2025')}. Kya ye sab WhatsApp pe bhejna theek hai?`),

  rec('email_uk', f`Тема: оплата фіксеру + контакти

Привіт! Для статті про схеми з гуманітарною допомогою: фіксер Андрій Ткаченко, тел. ${phone('+380 67 418 2937')}, рахунок ${v('financial.iban', g4(UA))}. Прохання: ${amb('confidential.marking', 'не для розповсюдження')}, його ім'я не має з'являтися в матеріалі.

Переклади англійською для редактора.`),

  rec('config_id', f`Tolong cek kenapa notifikasi resi gudang kopi di Tanjung Priok tidak terkirim:

${amb('source_code.snippet', f`[smtp]
host = ${amb('pii.ip_address', '103.28.14.77')}
port = 587
user = ${v('pii.email', 'notifikasi@sablecrane.co.id')}
password = ${v('credential.password_assignment', SG_PW)}
debug_id = ${SENDGRID_HEX}

[penerima]
kepala_gudang = ${v('pii.email', 'bambang.w@sablecrane.co.id')}
wa_darurat = ${phone('+62 812 9047 3816')}`)}`),

  rec('chat_es_ar', f`Che, una donante me mandó esto por mail para el reintegro de gastos: Florencia Gómez, DNI ${ambCat('pii', '35.482.917')}, tarjeta Visa ${v('financial.payment_card', VISA_AR)}, cel ${phone('+54 9 11 4827-3916')}. ¿Cómo le explico que no podemos reintegrar a tarjeta y que necesitamos CBU?`, 'Argentine DNI: no built-in rule'),

  rec('chat_zh_tw', f`同事把 F&I 報價系統的帳號密碼貼在群組裡：帳號 fi.taipei01 密碼 ${v('credential.password_in_prose', TW_PW)}，客戶的 Email ${v('pii.email', 'kevin.lin.1982@gmail.com')} 和手機 ${phone('0933-482-715', 'TW')} 也在同一則訊息。幫我寫一則提醒大家不要這樣做的公告。`),

  rec('ticket_en_us', f`Ticket #88213 — housing portal: applicant can't upload documents
Reporter: Dana Kowalczyk (${v('pii.email', 'dana.kowalczyk@cityhousing.example.org')}), ext. desk ${phone('(412) 738-2945', 'US')}
Applicant DOB ${v('pii.date_of_birth', '07/22/1968')}, SSN last 4 on file only (xxx-xx-4821)
Client IP from the upload log: ${amb('pii.ip_address', '73.154.208.19')}
Error: 413 Payload Too Large on a 14 MB PDF.

Write the reply to the applicant and a note for the dev team.`),

  rec('chat_ko', f`투자자 미팅 자료인데 ${amb('confidential.marking', '대외비')}라고 써야 할지 모르겠어요. 그리고 마지막 페이지에 담당자 연락처(김하준 ${phone('010-4827-3915', 'KR')}, ${v('pii.email', 'hajun.kim@castellan-motors.kr')})를 넣어도 될까요? 법인카드 ${v('financial.payment_card', g4(MC))}로 케이터링 결제한 영수증도 첨부돼 있어요.`, 'a marking asked about, not yet marking the document: ambiguous'),
];
