/**
 * Held-out batch 151: several kinds of sensitive values in one text — stack traces, incident notes,
 * CSV exports, test fixtures and e-mails of the batch's six organisations. Hand-written.
 */
import { ibanWithCheck, luhnWithCheck, spacedFours, ukNhsSpaced } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, fill, tok } from '../tokens';

const mail = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const iban = (s: string) => v('financial.iban', s);
const mark = (s: string) => v('confidential.marking', s);
const ip = (s: string) => amb('pii.ip_address', s);

const FR_IBAN_A = ibanWithCheck('FR', '10278060410002048273915');
const FR_IBAN_B = ibanWithCheck('FR', '18206000425837164920183');
const BE_IBAN = ibanWithCheck('BE', '063482917365');
const PT_IBAN = ibanWithCheck('PT', '003500830004829173650');
const IT_IBAN = ibanWithCheck('IT', 'R0306909606100000482917');
const NL_IBAN = ibanWithCheck('NL', 'INGB0004829173');
const JO_IBAN = ibanWithCheck('JO', 'ARAB1180000000118294730500');
const HR_IBAN = ibanWithCheck('HR', '23600004829173651');
const GR_IBAN = ibanWithCheck('GR', '01720480000048291736150');
const SE_IBAN = ibanWithCheck('SE', '60000000000482917365');
const VISA_TW = luhnWithCheck('491762830194726');
const NHS = ukNhsSpaced('738204916');
const UK_SHARE_PW = tok('Dz', fill('b151-mixpw', B62, 10), '!');

export const BATCH151_MIXED: DraftRecord[] = [
  rec('stacktrace_en', f`The CPAP sync job crashed again last night, full trace below. Why is it trying to reconnect with the old host?

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/opt/cpap-sync/sync.py", line 118, in push_usage
    cur.execute(UPSERT_SQL, row)
psycopg2.OperationalError: connection to server at "${ip('10.72.14.31')}", port 5432 failed: FATAL: password authentication failed for user "cpap_sync"

During handling of the above exception, another exception occurred:
  File "/opt/cpap-sync/sync.py", line 131, in push_usage
    log.error("failed row patient=%s nhs=%s email=%s", row["name"], row["nhs"], row["email"])
  row = {'name': 'Margaret Oyelaran', 'nhs': '${v('pii.uk_nhs_number', NHS)}', 'email': '${mail('m.oyelaran@gmail.com')}', 'usage_h': 5.2}
RuntimeError: retry budget exhausted (dsn=postgresql://cpap_sync:${v('credential.database_url_password', 'Apnoe-Ward6!old')}@${ip('10.72.14.31')}:5432/rental)`)}`),

  rec('incident_de', f`Bitte mach daraus einen sauberen Störungsbericht für die Geschäftsleitung:

${mark('VERTRAULICH')} – Störung Mautportal 28.11.
- 06:40 Login-Fehler für Kunden, Ursache: abgelaufenes Zertifikat am Loadbalancer (${ip('172.16.40.10')})
- Notzugang für die Hotline eingerichtet: Benutzer hotline-notfall, Passwort ${v('credential.password_in_prose', 'Mautstelle#2811')}
- Rückruf an Spediteur Krämer Logistik (Hr. Albers) unter ${phone('+49 30 28473916')} zugesagt
- Beschwerde per Mail von ${mail('einspruch@kraemer-logistik.de')} eingegangen`),

  rec('csv_fr', f`Peux-tu repérer les lignes où le cabinet n'a pas encore payé ?

${amb('source_code.snippet', f`n_commande;cabinet;email;travail;montant;iban_payeur;payé
C-24-4411;Cabinet Dr Morel;${mail('secretariat@cabinet-morel.fr')};2 couronnes zircone;396,00;${iban(FR_IBAN_A)};oui
C-24-4418;Centre dentaire des Halles;${mail('compta@cd-halles.fr')};aligneurs 20 étapes;1 280,00;${iban(FR_IBAN_B)};non
C-24-4420;Dr Peeters (Liège);${mail('dr.peeters@skynet.be')};bridge 3 éléments;615,00;${iban(BE_IBAN)};non`)}`),

  rec('fixture_es_mx', f`Este test de la API de casos falla con "fecha inválida", ¿qué está mal en el fixture?

\`\`\`python
${v('source_code.snippet', f`import pytest
from casos.models import Familia

@pytest.fixture
def familia_ejemplo(db):
    return Familia.objects.create(
        jefe_hogar="Yusuf Haidari",
        correo="${mail('yusuf.haidari@protonmail.com')}",
        telefono="${phone('+52 55 4182 7396')}",
        fecha_nacimiento="${dob('04/13/1987')}",  # formato de la hoja de registro
        idioma="dari",
    )

def test_familia_valida(familia_ejemplo):
    assert familia_ejemplo.full_clean() is None`)}
\`\`\``, 'a real birth date in a US-format string under a birth key (the model wants ISO): labelled'),

  rec('mail_pt', f`Pode rever este email antes de eu enviar ao armador?

Assunto: ${mark('CONFIDENCIAL')} – sobre-estadia MV Douro Harvest

Caro Sr. Albuquerque,
a descarga de milho atrasou 2 dias por avaria na balança de camiões n.º 2. A sobre-estadia (14 200 USD) será liquidada por transferência da nossa conta ${iban(spacedFours(PT_IBAN))}. Para qualquer questão contacte a Sra. Inês Valente, ${phone('+351 213 482 719')} / ${mail('i.valente@terminal-cereais.pt')}.`),

  rec('contract_it', f`Mi sistemi la formattazione di questa mail?

Oggetto: ${mark('RISERVATO')} – contratto baritono, Rigoletto maggio 2025
Dati per contratto e permesso di lavoro:
Nome: Levan Tsiklauri, nato il ${dob('19/08/1987')}
Passaporto georgiano n. ${v('pii.passport', '18AB48291')}
Cellulare: ${phone('+995 599 48 29 17')}
Cachet: 4.200 € a recita, accredito su ${iban(IT_IBAN)}`),

  rec('ticket_nl', f`Kun je een antwoord opstellen voor deze klacht?

Ticket #TOL-88127 – Dubbele tolheffing Westerscheldetunnel
Klant: S. Verbeek, ${mail('s.verbeek@ziggo.nl')}, ${phone('06 4829 1735', 'NL')}
Passages 17-11 om 08:02 en 08:04, betaald met kaart eindigend op 3318 (**** **** **** 3318)
Klant wil terugbetaling op ${iban(NL_IBAN)}`),

  rec('ticket_ja', f`このサポートチケットへの返信を作成してください。

件名：技工指示書ポータルにログインできない
差出人：山本歯科クリニック 受付 ${mail('uketsuke@yamamoto-dental.jp')}
電話：${phone('03-5482-9173', 'JP')}
本文：先週いただいた仮パスワード「${v('credential.password_in_prose', 'Kuron-Fuji#48')}」でログインすると「アカウントがロックされています」と表示されます。急ぎのクラウン（患者：佐藤様）があるので至急お願いします。`),

  rec('casenote_ar', f`اكتب لي ملخصاً بالإنكليزية لهذه الملاحظة:

${mark('سري')} – ملاحظة حالة
الاسم: سلمى يوسف العمر، تاريخ الميلاد ${dob('1992/04/11')}
الهاتف: ${phone('+962 79 482 9173')}
تم فتح حساب بنكي لها: ${iban(JO_IBAN)}
تحتاج متابعة نفسية بعد الحادثة الأخيرة.`),

  rec('memo_ru', f`Приведи в порядок служебную записку:

${mark('ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ')}
Гастроли балета, Ереван, 14–18 февраля
Руководитель группы: Орлова Марина Сергеевна, загранпаспорт ${v('pii.passport', '76 3918274')}
Телефон: ${phone('+7 916 482-39-17')}, почта ${mail('m.orlova@teatr-baleta.ru')}
Принимающая сторона: ${phone('+374 91 482917')}`),

  rec('test_ts_en', f`Jest test for the toll payment form, the second case fails with "Luhn check failed" even though it's Stripe's test card?

\`\`\`ts
${v('source_code.snippet', f`describe('PaymentForm', () => {
  const customer = { name: 'Dana Whitfield', email: '${mail('dana.whitfield@example-fleet.com')}', phone: '${phone('+1 202-482-9173')}' };

  it('accepts a valid card', async () => {
    render(<PaymentForm customer={customer} />);
    await user.type(screen.getByLabelText('Card number'), '${amb('financial.payment_card', '4242 4242 4242 4242')}');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('rejects a mistyped card', async () => {
    render(<PaymentForm customer={customer} />);
    await user.type(screen.getByLabelText('Card number'), '4242 4242 4242 4241');
    expect(screen.getByRole('alert')).toHaveTextContent(/invalid/i);
  });
});`)}
\`\`\``),

  rec('form_sv', f`Kan du skriva ett kvitto på svenska för återlämnad CPAP?

Patient: Birgitta Lindqvist
Personnummer: ${ambCat('pii', '19640822-4817')}
Telefon: ${phone('070-482 91 73', 'SE')}
E-post: ${mail('birgitta.lindqvist@telia.com')}
Deposition 800 kr återbetalas till ${iban(SE_IBAN)}`, 'a Swedish personnummer has no built-in rule: ambiguous pii'),

  rec('chat_uk', f`Допоможи написати інструкцію для нової волонтерки:
- доступ до спільної папки з анкетами: логін volonter07, пароль ${v('credential.password_in_prose', UK_SHARE_PW)}
- перша родина: Петренко Ірина, нар. ${dob('30.01.1979')}, тел. ${phone('+380 67 482 9173')}, ${mail('iryna.petrenko79@ukr.net')}
- зустріч у понеділок о 10:00`),

  rec('chat_zh_tw', f`會員打來說年度套票扣款失敗，幫我寫回覆信：
會員：陳美玲，${mail('meiling.chen@gmail.com')}，手機 ${phone('+886 912 482 917')}
使用的信用卡：${v('financial.payment_card', spacedFours(VISA_TW))}（有效期限 05/27）
套票：2025 歌劇季 A 區 2 張`),

  rec('k8s_log_tr', f`Kantar servisi pod'u sürekli yeniden başlıyor, log şöyle:

${amb('source_code.snippet', f`$ kubectl logs kantar-api-7c9f6d5b8-x2kqp -n liman
2024-12-03T05:12:44Z INFO  starting kantar-api v2.8.1
2024-12-03T05:12:44Z INFO  db=postgres://kantar:${v('credential.database_url_password', 'Tahil-Liman#55')}@${ip('10.20.3.14')}:5432/kantar
2024-12-03T05:12:45Z INFO  notify admin=${mail('kantar-admin@liman-tahil.com.tr')}
2024-12-03T05:12:47Z ERROR dial tcp ${ip('10.20.3.14')}:5432: connect: connection refused`)}`),

  rec('mail_el', f`Διόρθωσε τα ελληνικά σε αυτό το email:

${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Αγαπητέ κ. Σταυρίδη,
η ένστασή σας για τη χρέωση διοδίων στα Μάλγαρα (12/11, 19:34) έγινε δεκτή. Το ποσό των 7,20 € θα επιστραφεί στον λογαριασμό ${iban(spacedFours(GR_IBAN))}. Για απορίες: ${phone('+30 210 482 9173')} ή ${mail('enstaseis@odos-vorra.gr')}.`),

  rec('mail_hr', f`Molim te, prevedi na engleski:

"Poštovani, vaganje kamiona ZG 4829-KL ponovljeno je zbog kvara vage. Razliku u naknadi (38,40 €) vratili smo na račun ${iban(spacedFours(HR_IBAN))}. Za pitanja nazovite ${phone('+385 91 482 9173')} ili pišite na ${mail('vaga@zitni-terminal.hr')}."`),
];
