/**
 * Held-out batch 70: longer pastes mixing categories — incident mails, pentest notes, exports,
 * stack traces, chat logs and test fixtures — from the six organisations of the batch. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const ip = (s: string) => amb('pii.ip_address', s);
const mark = (s: string) => v('confidential.marking', s);
const natId = (s: string) => ambCat('pii', s);

const MAPS_KEY = tok('AIza', 'Sy', fill('b70m-gmaps', B64URL, 33));
const SLACK_BOT = tok('xoxb-', '5820417396', '2-', '7719038462051-', fill('b70m-xoxb', B62, 24));
const SENDGRID = tok('SG.', fill('b70m-sg1', B64URL, 22), '.', fill('b70m-sg2', B64URL, 43));
const NTLM = (seed: string) => `${fill(`${seed}-lm`, HEX, 32)}:${fill(`${seed}-nt`, HEX, 32)}`;

export const BATCH70_MIXED: DraftRecord[] = [
  rec('incident_email_en', f`Subject: ${mark('CONFIDENTIAL')} – possible data breach, guest list sent to wrong address

Hi Fr. Michael,

Last night one of our volunteers (Karen) emailed the weekly guest list to ${mail('karen.hollis@gmail.com')} instead of ${mail('rota@stbrigids-shelter.org.uk')}. The attachment contained, among others:

Kevin Doyle, DOB ${dob('11/02/1968')}, NI ${v('pii.uk_nino', 'NW 73 10 58 A')}, NHS ${v('pii.uk_nhs_number', '720 394 8153')}
Tracy Barnes, DOB ${dob('30/06/1990')}, mobile ${phone('07984 220317', 'GB')}

Karen has deleted it and confirmed in writing. Do we need to report this to the ICO within 72 hours? Can you help me write the internal incident note?

Thanks, Joanne (Shelter Manager) — ${phone('0117 325 8841', 'GB')}`),

  rec('ticket_de', f`Ticket #RC-4471 – Wagendisposition zeigt "Keine Daten" (Prio 2)
Gemeldet von: ${mail('s.kaltenbach@meridian-railcargo.de')}, Tel. ${phone('+49 621 4382 9170')}

Stacktrace aus dem Pod wagendispo-api-7c9f:
${amb('source_code.snippet', f`org.postgresql.util.PSQLException: FATAL: password authentication failed for user "dispo"
    at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
    at org.postgresql.Driver.connect(Driver.java:297)
Caused by: jdbc url = jdbc:postgresql://${ip('10.20.8.44')}:5432/wagendispo?user=dispo&password=${v('credential.url_password', 'Rangier!Bahnhof2025')}
    at de.meridian.dispo.db.Pool.init(Pool.java:41)`)}

Das Passwort wurde laut Changelog am Freitag rotiert. Warum steht das alte noch in der URL?`),

  rec('pentest_notes_fr', f`${mark('CONFIDENTIEL')} – Audit interne Mutuelle Rhône-Alpes – notes brutes J3

- Partage \\\\SRV-RH01\\Paie$ accessible en lecture à "Utilisateurs du domaine"
- Fichier export_paie_fevrier.xlsx : noms, NIR, IBAN des salariés, ex. :
  Martine Guérin – NIR ${v('pii.fr_nir', '2 64 11 38 185 042 22')} – IBAN ${v('financial.iban', 'FR03 3000 3024 1000 0508 1739 241')}
- Compte de service trouvé dans un script de login : svc_impression / ${v('credential.user_password_pair', 'Imprim@nte2019')}
- Contrôleur de domaine : ${ip('10.12.0.10')}, serveur de fichiers ${ip('10.12.0.25')}

Peux-tu rédiger le paragraphe "Exposition de données personnelles" pour le rapport, en évitant de recopier les données ?`),

  rec('email_thread_it', f`Ciao, mi aiuti a rispondere a questa cliente? È arrabbiata e ha ragione.

---
Da: Francesca Lombardi <${mail('francesca.lombardi77@libero.it')}>
Oggetto: RESO NON RIMBORSATO!!!

Ho restituito il cappotto il 10 febbraio (ordine VS-IT-2025-04418), ho la ricevuta BRT. Mi avevate detto che il rimborso sarebbe arrivato sulla carta ${v('financial.payment_card', '5355 0184 7726 9130')} entro 14 giorni. Oggi è il 6 marzo. Se preferite fatelo con bonifico: ${v('financial.iban', 'IT75 X030 6911 2030 0000 0482 917')}.
Mi chiami pure al ${phone('+39 338 491 7206')}.
---`),

  rec('patient_mail_es', f`Hola, necesito contestar a esta paciente. Resume su petición y propón una respuesta amable:

"Buenos días, soy Nerea Ibarra (DNI ${v('pii.es_dni', '39184527W')}, fecha de nacimiento ${dob('27/06/1984')}). Tengo embriones vitrificados en vuestra clínica de Bilbao desde 2021 y quiero renovar la conservación otro año. Pagué la última cuota con la tarjeta ${v('financial.payment_card', '4417 2390 8851 6300')}, pero prefiero domiciliarla en mi cuenta ${v('financial.iban', 'ES91 2100 0418 4502 0005 1332')}. Podéis llamarme al ${phone('+34 688 31 54 07')} o escribirme a ${mail('nerea.ibarra@euskaltel.net')}."`),

  rec('json_export_pl', f`Eksport z systemu rezerwacji pola namiotowego w parku narodowym. Czemu ten rekord ma status "PAYMENT_FAILED", skoro karta przeszła?

${amb('source_code.snippet', f`{
  "rezerwacja": "PN-BIE-2025-00731",
  "gosc": {
    "imie": "Marta",
    "nazwisko": "Kowalczyk",
    "email": "${mail('marta.kowalczyk@onet.pl')}",
    "telefon": "${phone('+48 512 730 664')}"
  },
  "platnosc": {
    "karta": "${v('financial.payment_card', '2223 4801 9365 7724')}",
    "karta_maskowana": "222348******7724",
    "kwota": 86.00,
    "status_bramki": "AUTHORIZED"
  },
  "klient_ip": "${ip('83.21.174.9')}",
  "status": "PAYMENT_FAILED"
}`)}

I dlaczego w ogóle trzymamy pełny numer karty?`),

  rec('pentest_ru', f`Помоги оформить раздел отчёта «Компрометация домена». Сырые заметки:

Сканирование сегмента ${ip('192.168.40.0')}/24:
${amb('source_code.snippet', f`Nmap scan report for srv-1c.corp.local (${ip('192.168.40.15')})
PORT     STATE SERVICE
445/tcp  open  microsoft-ds
1541/tcp open  1c-server
3389/tcp open  ms-wbt-server`)}
В конфиге 1С найдено: Srvr="srv-1c";Ref="buh";Usr="admin1c";Pwd="${v('credential.connection_string_password', 'Buh1C_2023')}";
Дамп SAM с рабочей станции бухгалтерии:
Administrator:500:${ambCat('credential', NTLM('b70m-sam1'))}:::
buh_local:1001:${ambCat('credential', NTLM('b70m-sam2'))}:::
Локальный пароль администратора одинаковый на 40 машинах.`),

  rec('memo_ja', f`以下は培養室からの申し送りです。患者さん向けの説明文を作ってください（個人情報は入れないで）。

患者ID: NT-OSK-2025-0193
氏名: 山本 彩花（${dob('1986年9月2日')}生）
連絡先: ${phone('090-4417-2963', 'JP')}
お支払い: 凍結延長料 55,000円、カード ${v('financial.payment_card', '3539 7104 8826 3516')} にて決済済み
内容: 凍結胚2個のうち1個を融解、生存確認、移植は3/12 10:00。`),

  rec('email_ar_fr', f`السلام عليكم، بغيت نترجم هاد الإيميل للعربية باش نرسلو لإدارة الحدود فوهران:

"Madame, Monsieur,
Notre conducteur, M. Karim Benali, né le ${dob('04/05/1981')}, passeport algérien n° ${v('pii.passport', '184729360')}, accompagnera le train de marchandises n° 52814 Oran – Tlemcen le 15 mars. En cas de besoin, joignable au ${phone('+213 550 61 38 27')} ou ${mail('k.benali@ferro-cargo.dz')}.
Cordialement, Service exploitation"`),

  rec('test_fixture_pt', f`Estes testes do módulo de exportação de relatórios de pentest falham desde que mudámos para pytest 8. O fixture:

${v('source_code.snippet', f`@pytest.fixture
def constatacao_exemplo():
    return {
        "cliente": "Seguradora Atlântico",
        "contacto": "${mail('rui.teixeira@seguradora-atlantico.pt')}",
        "telefone": "${phone('+351 217 903 448')}",
        "host": "${ip('172.16.9.21')}",
        "severidade": "alta",
        "titulo": "Credenciais por omissão no painel do NAS",
    }

def test_exporta_pdf(constatacao_exemplo, tmp_path):
    destino = tmp_path / "relatorio.pdf"
    exportar_pdf([constatacao_exemplo], destino)
    assert destino.stat().st_size > 1000`)}

Erro: "fixture 'tmp_path' not found". Estranho, não?`, 'a real-looking contact in a test fixture: the fixture is pasted code, the contact is personal data'),

  rec('slack_export_hu', f`Ez egy Slack-export részlete a mozdonyvezetők csatornájából. Foglald össze, mi történt, és írd meg, kinek kell szólni:

[06:12] Kovács Gábor: a 47-es mozdony Hegyeshalomnál áll, fékhiba, hívjatok: ${phone('+36 30 618 2047')}
[06:15] diszpécser-bot: Riasztás továbbítva. Bot token frissítés szükséges: ${v('credential.slack_bot_token', SLACK_BOT)}
[06:20] Tóth Anna: a mentesítő mozdony Győrből 07:40-re ér oda
[06:41] Kovács Gábor: az osztrák oldal is tud róla, ÖBB kapcsolattartó: ${mail('leitstelle.ost@rail-partner.at')}`),

  rec('roster_en', f`Can you turn this into a printable ranger roster for the Easter long weekend? Also, someone pasted our Maps key in the group chat — should I rotate it?

Ranger roster – Grampians region
Fri: Tom Nguyen ${phone('0427 318 904', 'AU')}, Bella Ross ${phone('0438 205 617', 'AU')}
Sat: Tom Nguyen, Aisha Karimi ${phone('+61 423 807 516')}
Sun: Bella Ross, Jack Pearce ${phone('0412 964 371', 'AU')}
Visitor centre map embed: https://maps.googleapis.com/maps/api/js?key=${v('credential.google_api_key', MAPS_KEY)}&callback=initMap`),

  rec('email_cs', f`${mark('DŮVĚRNÉ')} – pouze pro vedoucí kliniky

Dobrý den, paní doktorko,
pacientka Lucie Dvořáková (r. č. ${natId('896107/4826')}) požaduje vrácení zálohy 18 000 Kč za nerealizovaný cyklus. Číslo účtu uvedla ${v('financial.iban', 'CZ25 0300 0000 0027 4819 3065')}. Prosím o schválení.
Kontakt na pacientku: ${phone('+420 731 285 406')}, ${mail('lucie.dvorakova@seznam.cz')}

S pozdravem, recepce Natalis Brno`),

  rec('chat_log_id', f`Tolong rangkum percakapan CS ini dan tandai apakah ada data yang seharusnya tidak dibagikan lewat chat:

Pelanggan (08:14): kak, returan saya udah nyampe gudang tgl 28 tapi dana belum balik
CS (08:16): boleh info no. pesanan & email kak?
Pelanggan (08:17): VS-ID-250227-3391, ${mail('dewi.anggraini@yahoo.co.id')}
Pelanggan (08:18): kalau ke rekening aja kak, BCA ${ambCat('financial', '0841 927 365')} a.n. Dewi Anggraini
Pelanggan (08:18): atau ke kartu kredit yg kemarin ${v('financial.payment_card', '5182 7364 0192 8377')}
CS (08:20): baik kak, kami proses maks 3x24 jam. Nomor HP aktif? 
Pelanggan (08:21): ${phone('0812-7730-4196', 'ID')}`),

  rec('donor_csv_uk', f`Це вивантаження з бази донорів ооцитів київської клініки. Перевір, будь ласка, чи немає дублікатів і в кого прострочений паспорт:

${amb('source_code.snippet', f`id;піб;дата_народження;паспорт;паспорт_дійсний_до;email
D-0412;Ковальчук Ірина;${dob('1997-02-14')};${v('pii.passport', 'FX482913')};2026-05-30;${mail('iryna.kovalchuk97@ukr.net')}
D-0413;Мельник Оксана;${dob('1995-09-03')};${v('pii.passport', 'FT731048')};2024-11-12;${mail('oksana.melnyk@gmail.com')}
D-0417;Ковальчук Ірина;${dob('1997-02-14')};${v('pii.passport', 'FX482913')};2026-05-30;${mail('iryna.kovalchuk97@ukr.net')}`)}`),

  rec('handover_en', f`Shift handover from the Mumbai returns desk, please summarise into 5 bullets for the morning team:

- Courier pickup missed for 42 parcels in Andheri East, rebooked for 10 am.
- Customer Farah Sheikh (${mail('farah.sheikh@gmail.com')}, ${phone('+91 98200 47135')}) threatening consumer court over a ₹12,999 lehenga refund; refund issued to card ending 4417, UTR awaited.
- SendGrid key for the refund-notification service was pasted in #returns-ops by mistake: ${v('credential.sendgrid_api_key', SENDGRID)} — IT asked to rotate.
- ${mark('Internal only')}: fraud team flagged 3 accounts returning empty boxes, don't refund before inspection.`),
];
