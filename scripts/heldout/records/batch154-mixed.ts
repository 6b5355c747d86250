/**
 * Held-out batch 154: longer texts mixing categories — control-room incident notes, recall stack
 * traces and meeting notes, camp and removals e-mail threads, visa-office payloads. Hand-written.
 */
import { groupedAs, ibanWithCheck, luhnWithCheck, spacedFours } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const IBAN_AR = ibanWithCheck('ES', '00491500052710482736');
const IBAN_SA = ibanWithCheck('SA', '80000004827361920583');
const IBAN_PT = ibanWithCheck('PT', '001000002837461920548');
const IBAN_NL = ibanWithCheck('NL', 'INGB0004827361');
const IBAN_TR = ibanWithCheck('TR', '0001200938400010026147');
const VISA_KR = luhnWithCheck('404825193746281');
const VISA_AU = luhnWithCheck('455701928374650');
const MC_CA = luhnWithCheck('519203847561920');
const SLACK_BOT = tok('xoxb-', '5820193746', '1-', '6192837465019-', fill('b154m-xoxb', B62, 24));
const DD_API = fill('b154m-ddapi', HEX, 32);

const conf = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH154_MIXED: DraftRecord[] = [
  rec('incident_en', f`Please turn these shift notes into a proper incident report for the dam-safety committee (keep times, drop the chit-chat):

02:14 historian stopped receiving from RTU-3 (left abutment piezometers). Ping to ${amb('pii.ip_address', '10.120.3.21')} OK, Modbus timeouts.
02:31 called on-call instrumentation tech Bjørn Haugland ${phone('+47 934 18 027')} — he's 40 min out.
02:40 remote into RTU-3 web UI as "maint" / ${v('credential.password_in_prose', 'Piezo!Sira2019')} (yes, still the commissioning password, ticket raised to change it)
03:05 RTU reboot, data back. Gap 02:14–03:05, no readings above alarm thresholds before or after.
03:20 informed dam-safety duty engineer by mail: ${v('pii.email', 'damsafety.duty@aurelion-hydro.com')}
Vendor escalation: ${v('pii.email', 'support.nordics@rtu-vendor-example.com')}, case 88213.`),

  rec('email_gsw_en', f`Hoi Seraina, chasch du dem Consultant churz antworte? He wants the inclinometer raw data. Ich han gschribe:

"Dear Mr Whitfield, the raw inclinometer files are on our exchange server, https://exchange.aurelion.ch/s/Bq7Lm2 — password ${v('credential.password_in_prose', 'Albigna-Mauer_24')}. Please call me if anything is unclear: ${phone('+41 79 512 38 46')}. Kind regards, Reto"

Isch das okay so oder söll i s'Passwort separat per SMS schicke?`),

  rec('thread_frca', f`Peux-tu m'aider à répondre à ce courriel d'un parent? Je veux être rassurante mais claire sur la politique d'annulation.

De : Mathieu Gagnon <${v('pii.email', 'mathieu.gagnon77@videotron.ca')}>
Objet : Annulation semaine 4 — Zoé Gagnon

Bonjour, Zoé (née le ${v('pii.date_of_birth', '3 octobre 2015')}) s'est cassé le poignet, elle ne pourra pas venir au camp la semaine 4. On avait payé avec ma Mastercard ${v('financial.payment_card', spacedFours(MC_CA))}. Pouvez-vous rembourser sur la même carte? Vous pouvez me joindre au ${phone('819 326-4418', 'CA')}.

Note interne à ne pas inclure : le dossier médical est ${v('confidential.marking', 'confidentiel')}, ne pas le transférer aux moniteurs.`, 'inline "dossier … confidentiel" note marking the medical file: labelled in lower case'),

  rec('csv_esar', f`Che, revisame esta planilla de inscriptos al Abierto Juvenil antes de mandarla a la FIDE. Los premios se pagan por transferencia.

${conf(f`apellido;nombre;fide_id;nacimiento;email;cbu_o_iban
Gómez;Valentina;115874932;${v('pii.date_of_birth', '2009-05-14')};${v('pii.email', 'vale.gomez.ajedrez@gmail.com')};sin datos
Fernández;Tomás;115903218;${v('pii.date_of_birth', '2008-11-02')};${v('pii.email', 'tomifernandez08@hotmail.com')};${v('financial.iban', IBAN_AR)}`)}

El segundo vive en Madrid, por eso tiene IBAN español.`),

  rec('trace_en', f`Recall notice job crashed overnight, 212 notices not sent. What's the root cause?

${conf(f`2025-03-12T01:17:44Z ERROR fsn-sender consignee=${v('pii.email', 'biomed.engineering@stmarys-example.org.uk')} lot=VM-ICD-2407B
psycopg2.OperationalError: connection to server at "pg-recall.veridianmed.local" (${amb('pii.ip_address', '10.44.8.16')}), port 5432 failed: FATAL: too many connections for role "fsn_sender"
  File "/app/sender/db.py", line 31, in connect
    return psycopg2.connect("postgresql://fsn_sender:${v('credential.database_url_password', 'Recall#Notice-2025')}@pg-recall.veridianmed.local:5432/recall")
  File "/app/sender/main.py", line 88, in run
    conn = connect()`)}`),

  rec('notes_ja_en', f`今日のリコール調整会議メモを英語の議事録に整えてください。

参加：品質保証 中村、薬事 Emily Carter、物流 王
・【${v('confidential.marking', '社外秘')}】PMDA への報告は3/18予定
・大阪の病院担当：田中様 ${phone('06-6312-4870', 'JP')}、${v('pii.email', 'tanaka.k@osaka-gh-example.jp')}
・返品倉庫のSlack通知ボットのトークンが議事録に貼られていた → ${v('credential.slack_bot_token', SLACK_BOT)}（要ローテーション）
・次回 3/14 10:00`),

  rec('email_ko', f`국제학생처에 보낼 이메일을 영어로 다듬어 주세요.

안녕하세요, 저는 9월 입학 예정인 박서연입니다. 비자 신청서에 여권번호를 잘못 적었습니다. 올바른 번호는 ${v('pii.passport', 'M48271936')}이고, 생년월일은 ${v('pii.date_of_birth', '2002년 3월 17일')}입니다. 기숙사 보증금은 비자카드 ${v('financial.payment_card', VISA_KR)}로 결제했는데 영수증을 받지 못했습니다. 연락처는 ${phone('010-4172-8390', 'KR')}입니다.`),

  rec('letter_ar', f`ساعدني في صياغة رد رسمي على الجهة الكافلة:

السادة الملحقية الثقافية،
نؤكد استلام خطاب الضمان المالي للطالبة نورة عبدالله القحطاني، جواز سفر رقم ${v('pii.passport', 'X482917')}، تاريخ الميلاد ${v('pii.date_of_birth', '1425/06/12 هـ')}. يرجى تحويل الرسوم إلى حساب الجامعة، ونود إعلامكم أن حساب الطالبة المسجّل لدينا لصرف المكافأة هو ${v('financial.iban', spacedFours(IBAN_SA))}. للتواصل: ${phone('+966 55 418 2739')}.`, 'Hijri birth date labelled like any birth date'),

  rec('whatsapp_ptpt', f`Exportei esta conversa do WhatsApp com um cliente, ajuda-me a resumir o que foi combinado para a ficha da mudança:

[10/06, 09:12] Cliente: Bom dia, sou a Teresa Lobo, ${phone('+351 936 284 107')}. A mudança é da Rua do Almada 211, Porto, para Braga.
[10/06, 09:15] Harbourline: Bom dia! Confirmamos dia 21, equipa de 3, camião de 7,5 t.
[10/06, 09:20] Cliente: Perfeito. Pagamento do sinal feito do IBAN ${v('financial.iban', IBAN_PT)}. O piano fica para outro dia.
[10/06, 09:22] Harbourline: Obrigado! A fatura vai para ${v('pii.email', 'teresa.lobo@sapo.pt')}.`),

  rec('email_nl', f`Kun je een nette reactie opstellen? Klant heeft zijn toegangscode voor de opslagbox in een mail gezet:

"Goedemiddag, mijn code voor box 214 in Rotterdam-Waalhaven werkt niet meer. De code was ${amb('credential.password_in_prose', '7734#19')}. Ik betaal wel gewoon elke maand via ${v('financial.iban', spacedFours(IBAN_NL))}. Bel me even op ${phone('06 41827396', 'NL')}. Groet, Henk Brouwer"

Graag ook vermelden dat hij codes nooit per mail moet sturen.`, 'a storage-box keypad code called a code and written as the box\'s access secret: a secret to some readers, a door code to others: ambiguous'),

  rec('chat_ru_uk', f`Переносим сайт федерации на новый хостинг, ось що маємо зараз (суміш, вибач):

старий сервер: ${amb('pii.ip_address', '185.74.112.38')}, ssh root, пароль ${v('credential.password_in_prose', 'Gambit_Korol1975')}
новий: ${amb('pii.ip_address', '95.216.41.207')}
Datadog агент на старому: DD_API_KEY=${v('credential.datadog_api_key', DD_API)}
контакт хостера: ${v('pii.email', 'support@hoster-example.ua')}, ${phone('+380 67 418 2936')}

Напиши чек-лист міграції, щоб нічого не забути.`),

  rec('json_hien', f`Bhai ye payload visa-portal API ko bhej rahe hain, response 422 aa raha hai. Kya field galat hai?

${conf(f`{
  "student_id": "NG2411873",
  "full_name": "Rohan Mehta",
  "passport_no": "${v('pii.passport', 'T8274619')}",
  "dob": "${v('pii.date_of_birth', '2000-02-29')}",
  "email": "${v('pii.email', 'rohan.mehta.uk@gmail.com')}",
  "phone": "${phone('+91 98200 47316')}",
  "client_ip": "${amb('pii.ip_address', '49.36.182.14')}",
  "course_start": "2025-09-22"
}`)}`),

  rec('log_it', f`Riassumi il diario dell'infermeria del campo per la relazione settimanale, togliendo i dati personali:

${v('confidential.marking', 'RISERVATO')} – Diario infermeria, turno 2
15/07 Matteo R. (nato il ${v('pii.date_of_birth', '22/03/2014')}) febbre 38,2 — chiamata la madre al ${phone('+39 333 918 4726')}, ritirato alle 18.
16/07 Sofia L. — puntura d'ape, antistaminico, nessuna reazione.
17/07 Lorenzo B. — mal di pancia, riposo, rientrato in attività.`),

  rec('email_tr', f`Bu e-postayı İngilizceye çevirir misin? Merkeze gidecek.

Konu: ${v('confidential.marking', 'GİZLİ')} — Ankara distribütörü geri çağırma iadesi

Merhaba, geri çağrılan 64 adet VM-IP pompası depomuza ulaştı. Distribütöre kredi notu ödemesi için IBAN: ${v('financial.iban', IBAN_TR)}. Distribütör irtibat: Mehmet Yıldız, ${phone('+90 532 418 27 36')}, ${v('pii.email', 'mehmet.yildiz@medikal-dagitim-example.com.tr')}.`),

  rec('claim_enau', f`Damage claim came in through the web form, can you draft a response offering an assessor visit?

${conf(f`[2025-06-03 14:22:07] form=damage-claim ip=${amb('pii.ip_address', '203.219.44.118')}
name=Kylie Nguyen
email=${v('pii.email', 'kylie.nguyen@outlook.com.au')}
phone=${phone('0438 917 264', 'AU')}
job=Q-MEL-25-0917
item=glass dining table, cracked on unloading
card_on_file=${v('financial.payment_card', groupedAs(VISA_AU, [4, 4, 4, 4]))}`)}

Also why is the full card on the form log?? Shouldn't that be tokenised?`),

  rec('invite_cs', f`Prosím, přelož pozvánku na mistrovství do angličtiny pro zahraniční hráče:

Šachový svaz zve na Mistrovství ČR mládeže 2025, Ostrava, 4.–10. srpna. Přihlášky do 20. července na ${v('pii.email', 'prihlasky@sachy-example.cz')}. Ředitel turnaje: Ing. Petr Kovář, ${phone('+420 731 418 273')}. Ubytování: hotel Lux, 1 050 Kč / noc.`),
];
