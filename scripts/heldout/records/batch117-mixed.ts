/**
 * Held-out batch 117: longer texts mixing categories — incident notes, mail threads, exports, logs
 * and meeting notes from this batch's six organisations, in many languages. Hand-written.
 */
import { abaCheckDigit, ibanCheckDigits, itCodiceFiscale, luhnCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const codiceFiscale = itCodiceFiscale;

const card = (payload: string): string => payload + String(luhnCheckDigit(payload.replace(/\D/g, '')));
const iban = (cc: string, bban: string, spaced = false): string => {
  const s = cc + ibanCheckDigits(cc, bban) + bban;
  return spaced ? s.replace(/(.{4})/g, '$1 ').trim() : s;
};
const aadhaar = (p: string): string => p + String(verhoeffCheckDigit(p.replace(/\D/g, '')));

const LINEAR = tok('lin_api_', fill('b117m-linear', B62, 40));
const IOT_KEY = fill('b117m-iotkey', B64URL, 44);
const SENTRY_KEY = fill('b117m-sentry', HEX, 32);
const ABA = '26207394' + String(abaCheckDigit('26207394'));

export const BATCH117_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Incident review: delayed disbursements, branch Scottsdale, 3 Dec — ${v('confidential.marking', 'INTERNAL – CONFIDENTIAL')}

**What happened:** the disbursement batch for six closings did not run. The bank's positive-pay portal locked the service user after the password was changed on the portal but not in our job.

**Timeline (MST)**
- 08:02 batch fails; alert to ${v('pii.email', 'escrow-ops@harborline-title.com')}
- 08:40 escrow officer Dana Cruz calls the bank's treasury desk (${phone('(602) 418-3927', 'US')})
- 09:15 root cause: job still used the old portal password ${v('credential.password_in_prose', 'Closing-Day-0923')}; new one set by treasury on Friday
- 09:30 job re-run from ${amb('pii.ip_address', '10.44.8.19')}, all six wires released by 10:05

**Actions:** move the credential to the vault; alert on 401 from the bank API.

Please rewrite this for the regional manager — no credentials, no internal addresses.`),

  rec('ticket_de', f`Ticket #LW-20931 – Aufzug 3, Klinikum Nord, keine Verbindung zur Leitstelle

SIM im Notrufmodul: Rufnummer ${phone('+49 1520 4829173')}
Modem-Weboberfläche: http://${amb('pii.ip_address', '192.168.8.1')}, Benutzer admin, Passwort ${v('credential.password_in_prose', 'Notruf-Nord!3')}
IoT-Hub Device-Key: ${v('credential.generic_secret_assignment', IOT_KEY)}
Ansprechpartner Haustechnik: Herr Ömer Yıldız, ${phone('+49 30 8847 2916')}, ${v('pii.email', 'o.yildiz@klinikum-nord.de')}

Fasse das Ticket für den Außendienst zusammen, aber ohne Zugangsdaten.`),

  rec('csv', f`Limpia este CSV de conductores de la flota antes de importarlo al CRM, hay duplicados:

${amb('source_code.snippet', f`conductor;email;movil;matricula;tarjeta_flota
Jorge Medina;${v('pii.email', 'jorge.medina@transportes-levante.es')};${phone('+34 634 82 17 59')};4821 KLM;
Lucía Bravo;${v('pii.email', 'lbravo@transportes-levante.es')};${phone('+34 91 427 38 16')};1934 HTR;${v('financial.payment_card', card('5218 4720 1936 448'))}
Jorge Medina;${v('pii.email', 'jorge.medina@transportes-levante.es')};${phone('+34 634 82 17 59')};4821 KLM;`)}

La tarjeta de Lucía no debería estar aquí, ¿verdad?`),

  rec('email_nl', f`Kun je een vriendelijk antwoord schrijven op deze mail van een ouder?

Van: Thomas de Wit <${v('pii.email', 'thomas.dewit@ziggo.nl')}>
Onderwerp: incasso december mislukt

Beste kinderopvang, de incasso voor onze dochter Lotte (geb. ${v('pii.date_of_birth', '03-02-2022')}) is mislukt omdat we van bank zijn gewisseld. Ons nieuwe rekeningnummer is ${v('financial.iban', iban('NL', 'RABO0318274659', true))}. Bereikbaar op ${phone('06 48273915', 'NL')}.
Groet, Thomas`),

  rec('json', f`Our docketing export to the client portal — the client says inventor e-mails shouldn't be in there. Which fields should I drop?

${amb('source_code.snippet', f`{
  "matter": "WIP-2024-0412-EP",
  "title": "Rope slip detection by motor current analysis",
  "classification": "${v('confidential.marking', 'CONFIDENTIAL')}",
  "inventors": [
    {"name": "Dr. Lukas Brandl", "email": "${v('pii.email', 'lukas.brandl@aufzug-innovation.de')}"},
    {"name": "Maria Huber", "email": "${v('pii.email', 'm.huber@aufzug-innovation.de')}"}
  ],
  "deadlines": [{"type": "priority", "due": "2025-03-14"}],
  "sync": {"linear_api_key": "${v('credential.linear_api_key', LINEAR)}"}
}`)}`),

  rec('email_it', f`Mi aiuti a rispondere a questa interprete? Vuole sapere quando la paghiamo.

Da: Chiara Esposito <${v('pii.email', 'chiara.esposito.interprete@pec.it')}>
"Buongiorno, allego la notula per le udienze al Tribunale di Napoli (6 udienze). Codice fiscale ${v('pii.it_codice_fiscale', codiceFiscale('SPSCHR88M61F839'))}, IBAN ${v('financial.iban', iban('IT', 'K0306903496100000046392'))}. Per qualsiasi cosa: ${phone('+39 081 482 7391')}. Grazie!"`),

  rec('meeting_pl', f`Notatki z zebrania z rodzicami, grupa Biedronki — zrób z tego krótkie podsumowanie do wysłania:

- Nowe Wi-Fi dla rodziców w holu: sieć "Przedszkole-Goscie", hasło ${v('credential.password_in_prose', 'Biedronka2024!')}
- Zbiórka na Mikołajki: 30 zł, wpłaty do skarbniczki p. Ewy Zielińskiej (${phone('+48 601 482 397')})
- Brakuje zgody na zdjęcia dla dziecka z PESEL ${ambCat('pii', '21270814736')} – wyjaśnić z rodzicami
- Zebranie w styczniu: 14.01, godz. 17:30`, 'Polish PESEL: no built-in rule (ambiguous, no rule id)'),

  rec('sql_dump', f`${amb('source_code.snippet', f`INSERT INTO parties (escrow_no, role, full_name, ssn, email, phone) VALUES
('24-09132-RB', 'seller', 'Gregory T. Whitfield', '${v('pii.us_ssn', '518-42-7731')}', '${v('pii.email', 'g.whitfield@cox.net')}', '${phone('(602) 418-3927', 'US')}'),
('24-09132-RB', 'buyer', 'Priya Raman', '${v('pii.us_ssn', '602-18-4457')}', '${v('pii.email', 'priya.raman84@yahoo.com')}', '${phone('(480) 392-7716', 'US')}'),
('24-09140-KL', 'buyer', 'Luis & Carmen Ortega', NULL, '${v('pii.email', 'ortega.familia@gmail.com')}', '${phone('503-291-6684', 'US')}');`)}

We need to give this table to the new reporting vendor. Write an UPDATE that masks the SSNs to the last four digits.`),

  rec('stack_trace', f`Este erro aparece quando o cliente de frota tenta descarregar a fatura:

${amb('source_code.snippet', f`org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection
  at pt.pneusfrota.faturas.FaturaService.gerarPdf(FaturaService.java:88)
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "faturas"
  url=jdbc:postgresql://${amb('pii.ip_address', '10.2.14.30')}:5432/faturas?user=faturas&password=${v('credential.url_password', 'Pneu.Frota#55')}
  cliente=${v('pii.email', 'contabilidade@transportes-douro.pt')}`)}

A palavra-passe foi mudada ontem. Onde é que a aplicação a vai buscar?`),

  rec('incident_ja', f`${v('confidential.marking', '社外秘')} 障害報告（下書き）
12月2日 18:40、品川区オフィスビル 1号機の遠隔監視が途絶。監視装置 ${amb('pii.ip_address', '10.81.4.22')} が応答なし。
18:55 ビル管理会社 田中様（${phone('03-5482-7391', 'JP')}）に連絡、現地確認を依頼。
19:30 技術員到着、LTEルーターの電源断を確認し復旧。
この内容を英語でオーナー向けにまとめてください。`),

  rec('email_ko', f`독일 대리인에게 보낼 메일을 다듬어 주세요.

"Dear Mr. Krämer, 귀 사무소의 청구서(EP 출원 번역 및 제출 비용 EUR 3,240)는 다음 주 송금 예정입니다. 계좌 ${v('financial.iban', iban('DE', '701500000028473916', true))} 로 보내면 되는지 확인 부탁드립니다. 문의는 제 직통 ${phone('02-3482-7391', 'KR')} 또는 ${v('pii.email', 'docket@hanbit-patent.kr')} 으로 주세요."`),

  rec('chat_hinglish', f`Bhai ek witness ke liye Tamil interpreter chahiye Chennai court mein, 18 Dec ko. Client ne details bheje hain: naam Karthik Subramanian, Aadhaar ${v('pii.in_aadhaar', aadhaar('3829 1746 502'))}, mobile ${phone('+91 98452 17396')}, email ${v('pii.email', 'karthik.s1989@gmail.com')}. Interpreter ko booking confirmation bhejna hai — ek formal mail likh do, Aadhaar mat daalna.`),

  rec('email_is', f`Geturðu þýtt þetta yfir á ensku fyrir foreldrafundinn?

"Kæru foreldrar, skráning í leikskólann Sólbakka fyrir vorönn er hafin. Vinsamlegast sendið kennitölu barns (t.d. ${ambCat('pii', '120321-2390')}) og símanúmer foreldris á ${v('pii.email', 'skraning@solbakki.is')}. Fyrirspurnir í síma ${phone('+354 848 2739')}."`, 'Icelandic kennitala: no built-in rule (ambiguous, no rule id)'),

  rec('email_lt', f`Prašau parašyti atsakymą klientui lietuviškai:

„Laba diena! Sąskaita Nr. 2024/1188 už padangų keitimą 12 sunkvežimių – 6 480,00 EUR. Prašome mokėti į sąskaitą ${v('financial.iban', iban('LT', '7300010138274916', true))}. Kontaktinis asmuo: Jonas Petraitis, tel. ${phone('+370 612 48273')}."`),

  rec('email_es_us', f`Ayúdame a traducir al inglés este correo de un comprador, necesito pasarlo al oficial de escrow:

"Buenas tardes, ya hice el depósito de la seña (earnest money) por transferencia desde mi cuenta en Wells. Les paso los datos por si los necesitan: routing ${v('financial.aba_routing', ABA)}, cuenta ${ambCat('financial', '7730184925')}. Mi número de seguro social para los papeles es ${v('pii.us_ssn', '447-39-1826')}. Cualquier cosa llámenme al ${phone('(214) 738-4102', 'US')}. Saludos, Rafael Domínguez"`),

  rec('log_bg', f`Защо колекторът за асансьорите в София пише тези грешки? Логът:

${amb('source_code.snippet', f`2024-12-05 03:12:44 WARN  collector  device=SOF-LIFT-118 peer=${amb('pii.ip_address', '85.118.74.203')}:47012 heartbeat missed (3)
2024-12-05 03:12:45 ERROR collector  upload failed: 401 from https://o4508127.ingest.de.sentry.io dsn=${v('credential.sentry_dsn', `https://${SENTRY_KEY}@o4508127.ingest.de.sentry.io/4508127422716416`)}
2024-12-05 03:12:50 INFO  collector  device=SOF-LIFT-118 reconnected from ${amb('pii.ip_address', '85.118.74.203')}`)}

Обади се и поддръжката на сградата (${phone('+359 88 438 2719')}), казват че токът не е спирал.`),
];
