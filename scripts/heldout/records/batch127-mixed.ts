/** Held-out batch 127: longer texts mixing categories (incident notes, threads, exports, contracts). Hand-written. */
import { brCpfFormatted, ibanWithCheck as iban, luhnWithCheck as card, spacedFours as g4, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, HEX, fill, gh, tok } from '../tokens';


const FR_IBAN = iban('FR', '20041010050500013902606');
const NL_IBAN_1 = iban('NL', 'INGB0004827391');
const NL_IBAN_2 = iban('NL', 'ABNA0518392746');
const TR_IBAN = iban('TR', '0001000201483927100001');
const IT_CARD = card('455673018294731');
const US_CARD = card('542418093716284');
const BR_CARD = card('523701948273610');
const CPF = brCpfFormatted('739104826');
const AADHAAR = ((p: string) => p + String(verhoeffCheckDigit(p)))('84729103658');
const SLACK_BOT = tok('xoxb-', '3918204756', '2-', '8103947261583-', fill('b127m-xoxb', B62, 24));
const OPENAI = tok('sk-proj-', fill('b127m-oai1', B64URL, 74), 'T3BlbkFJ', fill('b127m-oai2', B64URL, 74));
const GHP = gh('ghp', 'Nw3Kd7Qp1Zx5Vb9Ht2Mr6Lf8Sc4Gy0');
const SENDGRID = tok('SG.', fill('b127m-sg1', B64URL, 22), '.', fill('b127m-sg2', B64URL, 43));
const DD_KEY = fill('b127m-dd', HEX, 32);

export const BATCH127_MIXED: DraftRecord[] = [
  rec('postmortem', f`# Post-incident review: LDS blind for 47 min, Line 2 (draft)

**Classification:** ${v('confidential.marking', 'INTERNAL – CONFIDENTIAL')}

**What happened:** at 03:12 the RTU at block valve BV-207 (${amb('pii.ip_address', '10.44.207.5')}) stopped reporting after a scheduled certificate renewal. The CPM model degraded to "uncertain" for the whole segment.
**Why:** the renewal script logged in with the shared account \`rtu_admin\` / \`${v('credential.password_in_prose', 'BlockValve!207')}\` and pushed a cert with the wrong CN.
**Who was called:** on-call SCADA engineer Liam Prescott (${phone('+1 713 482 9371')}), escalated to ${v('pii.email', 'scada-oncall@tarnvalley.com')}.

Please rewrite this for the regulator notification: no credentials, no names, keep the timeline.`),

  rec('email_thread_de_ch', f`Chasch mer hälfe, en Antwort a d'Spitalverwaltig z'schriibe? Kurz und höflich.

Von: ${v('pii.email', 'patientenadministration@spital-limmattal.ch')}
Betreff: Rechnig Rettigsdienst Iisatz 24-07718

Grüezi, mir händ für de Patient Herr Beat Honegger (geb. ${v('pii.date_of_birth', '03.03.1952')}) kei Kostegutsprach. Bitte mälde Sie sich under ${phone('044 728 39 15', 'CH')}.

> Am 28.11. schrieb die Sanitätsnotrufzentrale:
> Transport vom 26.11., Rückfragen an Dispo-Tel. ${phone('+41 44 318 27 64')}, Zugang Portal vom IP ${amb('pii.ip_address', '195.65.143.18')} isch freigschaltet.`),

  rec('contract_fr', f`Relis ce contrat de location coque nue et signale ce qui manque :

CONTRAT DE LOCATION – Voilier Oceanis 46.1 « Alizé »
Locataire : M. Antoine Fabre, passeport n° ${v('pii.passport', '18CK73924')}, né le ${v('pii.date_of_birth', '11/06/1979')}
Téléphone : ${phone('+33 6 71 38 24 95')} – Courriel : ${v('pii.email', 'antoine.fabre@orange.fr')}
Période : 12/07/2025 – 19/07/2025, base de Cannes
Prix : 5 900 € TTC, acompte 50 % à la signature par virement sur ${v('financial.iban', g4(FR_IBAN))}
Caution : 2 500 € (empreinte bancaire)`),

  rec('qa_ticket_pt_br', f`Ticket QA-8841 – falha grave de compliance

Na ligação 2024-11-27 14:08 (fila Cartões), o operador anotou no campo livre do CRM:
"cliente Juliana Prado, CPF ${v('pii.br_cpf', CPF)}, cartão ${v('financial.payment_card', BR_CARD)}, quer estorno"
Além disso, o script de exportação que ele usa tem a chave da OpenAI fixa: OPENAI_API_KEY="${v('credential.openai_api_key', OPENAI)}"
E-mail do supervisor: ${v('pii.email', 'supervisao.cartoes@parlance-cx.com.br')}

Me ajuda a escrever o plano de ação (treinamento + bloqueio do campo livre)?`),

  rec('csv_nl', f`Kun je uit deze export de donateurs halen die in 2024 nog niets gaven en een conceptmail schrijven?

${amb('source_code.snippet', f`naam;email;telefoon;geboortedatum;iban;laatste_gift
"Bakker, Sanne";${v('pii.email', 'sanne.bakker@ziggo.nl')};${phone('+31 6 41827395')};${v('pii.date_of_birth', '12-03-1985')};${v('financial.iban', NL_IBAN_1)};2023-12-18
"El Amrani, Youssef";${v('pii.email', 'y.elamrani@outlook.com')};${phone('+31 20 482 7316')};${v('pii.date_of_birth', '01-11-1979')};${v('financial.iban', NL_IBAN_2)};2024-06-02`)}`),

  rec('email', f`Subject: SMTA shipment VGI-2024-0412 – wild lentil accessions

Dear Dr. Haile,

The 24 accessions of Lens orientalis are packed and the phytosanitary certificate has been issued. Courier pickup is Tuesday. For tracking updates and the signed SMTA please use the partner portal: user ebi_exchange, temporary password ${v('credential.password_in_prose', 'Lentil-Shipment-24')}.

If customs call you, our desk number is ${phone('+41 44 318 27 64')}; my mobile is ${phone('079 482 36 15', 'CH')}.

Best regards,
Andrea Keller
Germplasm Exchange Desk
${v('pii.email', 'a.keller@verdania-germplasm.org')}

Can you check the tone? It's a bit curt.`),

  rec('scada_ar', f`${v('confidential.marking', 'سري للغاية')}

إعدادات بوابة الاتصال في محطة الضخ رقم ٣:
${amb('source_code.snippet', f`[opcua]
endpoint = opc.tcp://${amb('pii.ip_address', '10.70.3.15')}:4840
username = lds_gw3
password = ${v('credential.password_assignment', 'Sahra#Pump3!')}
security_mode = SignAndEncrypt`)}

المهندس المسؤول: خالد العتيبي، جوال ${phone('+966 55 284 7193')}.
لماذا يرفض الخادم الاتصال بعد تحديث الشهادة؟`),

  rec('transcript_ja', f`コールの品質評価コメントを書いてください。

[オペレーター] ご本人確認のため、生年月日をお願いします。
[お客様] ${v('pii.date_of_birth', '1979年11月8日')}です。
[オペレーター] ご登録の携帯番号は ${phone('080-3948-2715', 'JP')} でよろしいですか。
[オペレーター] 確認メールを ${v('pii.email', 'takeshi.mori79@gmail.com')} にお送りします。

※ 評価ツールの設定: SLACK_BOT_TOKEN=${v('credential.slack_bot_token', SLACK_BOT)}（これは消し忘れです）`),

  rec('chat_es_ar', f`Che, necesito armar el alta del nuevo agente de Córdoba en el sistema de liquidación. Te paso lo que mandó:
Nombre: Lucas Ferreyra
Celu: ${phone('+54 9 351 482-7193')}
Mail: ${v('pii.email', 'lucasferreyra.cba@gmail.com')}
CBU: ${ambCat('financial', '0110482730004827391054')}
Nacimiento: ${v('pii.date_of_birth', '14/05/2000')}
¿Me lo pasás a una tabla prolija?`, 'Argentine CBU: an account number no built-in rule claims'),

  rec('dispatch_log_ru', f`Сократи, пожалуйста, запись из журнала диспетчера для передачи смены:

22:41 вызов с ${phone('+7 916 482-73-91')}, звонит соседка. Адрес: ул. Лесная, д. 14, кв. 52.
Пациентка: Галина Петровна Соколова, дата рождения ${v('pii.date_of_birth', '09.01.1940')}.
Без сознания, дыхание есть. Бригада 12 направлена 22:43.
Примечание: планшет бригады не синхронизировался, сервер АРМ ${amb('pii.ip_address', '10.12.0.34')} не отвечал 6 минут.`),

  rec('chat_hinglish', f`Yaar urgent hai, naye agent ka onboarding email bana do. Details:
Name: Rohit Sharma
Aadhaar: ${v('pii.in_aadhaar', g4(AADHAAR))}
Mobile: ${phone('+91 98114 27365')}
QA portal login: rohit.s / ${v('credential.password_in_prose', 'Welcome@Noida1')} (first login pe change karna hai)
Team lead ka mail: ${v('pii.email', 'neha.kapoor@parlance-cx.in')}`),

  rec('email', f`Subject: Giving Day – failed gift retry

Hi team,

${v('confidential.marking', 'Confidential – donor information')}. The gift from Ms. Alicia Monroe (class of 2002, ${v('pii.email', 'alicia.monroe@icloud.com')}, ${phone('+1 (403) 482-7193')}) failed twice. She asked us to retry on the card ending ${US_CARD.slice(-4)} — the full number she read to the phonathon student is ${v('financial.payment_card', US_CARD)}, exp 10/27.

Can someone with Stripe access retry? I'll delete this email afterwards.

Thanks,
Megan`),

  rec('guest_list_it', f`Prepara la lista ospiti per il check-in in marina e la mail di benvenuto:

1. Federica Galli – nata il ${v('pii.date_of_birth', '02/02/1987')} – cell. ${phone('+39 335 718 2946')} – ${v('pii.email', 'federica.galli@libero.it')}
2. Paolo Galli – nato il ${v('pii.date_of_birth', '19/09/1985')} – passaporto ${v('pii.passport', 'YC7391824')}
Saldo pagato con carta ${v('financial.payment_card', IT_CARD)} il 15/11.`),

  rec('chat_uk', f`Привіт! Науковець з Харкова приїжджає в наш генбанк, і треба відправити йому дані для доступу до GitHub-репозиторію з аналізом SSR-маркерів. Я хотів скинути йому токен ${v('credential.github_pat', GHP)} у Viber — це нормально? Його пошта ${v('pii.email', 'd.melnyk@ipr.kharkiv.ua')}, телефон ${phone('+380 67 284 9173')}.`),

  rec('chat_tr', f`Müşteriye gönderilecek şikâyet yanıtını düzenler misin? Bilgiler: Ayşe Demir, telefon ${phone('+90 532 481 27 39')}, e-posta ${v('pii.email', 'aysedemir34@hotmail.com')}. İade IBAN'ı: ${v('financial.iban', g4(TR_IBAN))}. Not: Temsilci görüşmede müşteriye sesli olarak SendGrid anahtarımızı (${v('credential.sendgrid_api_key', SENDGRID)}) okumuş, bunu da raporlamamız gerekiyor.`),

  rec('chat_sv', f`Kan du skriva ett kort ärende till IT om det här? Datadog-agenten på lekagesystemets server ${amb('pii.ip_address', '10.50.8.21')} skickar ingenting. Nyckeln som står i config är ${v('credential.datadog_api_key', DD_KEY)}. Kontakta mig på ${phone('070-483 27 19', 'SE')} eller ${v('pii.email', 'henrik.lund@tarnvalley.se')}. Ärendet är ${v('confidential.marking', 'KONFIDENTIELLT')} enligt driftrutinen.`),
];
