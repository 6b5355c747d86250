/**
 * Held-out batch 72: longer texts mixing categories — tickets, incident reports, exports, delivery files
 * and receipts from the six organisations of the batch, in many languages. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, B64URL, DIGITS, fill, tok } from '../tokens';

const SLACK_BOT = tok('xoxb-', '4820193756', '1-', '8391047265183-', fill('b72m-xoxb', B62, 24));
const OKTA = tok('00', fill('b72m-okta', B64URL, 40));
const QS_KEY = tok('qs_live_', fill('b72m-qskey', B62, 32));
const SESSION = fill('b72m-sess', DIGITS, 6);

export const BATCH72_MIXED: DraftRecord[] = [
  rec('ticket', f`IT HELPDESK — ticket #2291 (raised by Boarding Office)

Parent can't log in to the parent portal since the term started.
Parent: Mr Oluwaseun Bakare, ${v('pii.email', 'seun.bakare@outlook.com')}, mobile ${phone('+44 7911 284 563')}
Pupil: Tobi Bakare, Year 8, Windsor House, DOB ${v('pii.date_of_birth', '02/03/2012')}, NHS ${v('pii.uk_nhs_number', '400 699 5741')} (on file for the san)
Portal log shows repeated failed logins from ${amb('pii.ip_address', '86.14.203.77')}.
Reset done 15/01 — temporary password given over the phone: ${v('credential.password_in_prose', 'Windsor-Oak-418')}

Can you write the reply to Mr Bakare? Don't repeat the password in the email, just tell him to use the one we gave by phone and change it straight away.`),

  rec('ticket_de', f`Kannst du mir helfen, dieses Support-Ticket an den CAD-Hersteller auf Englisch zu formulieren? Der Absturz passiert nur am Fräs-PC in Filiale Augsburg.

Fehlermeldung beim Export der Fräsdatei:
${amb('source_code.snippet', f`System.IO.IOException: The process cannot access the file 'C:\\CAM\\Export\\DL-2025-00417_36-37.stl' because it is being used by another process.
   at System.IO.FileStream.ValidateFileHandle(SafeFileHandle fileHandle)
   at Exocad.Export.MillingJob.WriteStl(String path)
   at Exocad.Export.MillingJob.Run()
License: LUMADENT-AUG-02  User: ${v('pii.email', 'k.obermaier@lumadent.de')}`)}

Für die Fernwartung: TeamViewer läuft, Sitzungskennwort ${v('credential.password_in_prose', `Fraese${SESSION}`)}. Ansprechpartnerin vor Ort ist Frau Obermaier, Durchwahl ${phone('+49 821 4501 2273')}.`),

  rec('incident_fr_sn', f`Peux-tu mettre ce rapport au propre pour la direction ? Style sobre.

${v('confidential.marking', 'CONFIDENTIEL')} — Rapport d'incident portail Nord, nuit du 18 au 19 janvier
02 h 10 : les caméras OCR de la voie 3 (${amb('pii.ip_address', '10.20.3.31')}) et de la voie 4 (${amb('pii.ip_address', '10.20.3.32')}) ne répondent plus, saisie manuelle des numéros de conteneurs.
02 h 35 : le technicien d'astreinte, M. Mamadou Ndiaye (${phone('+221 77 412 83 56')}), se connecte à la console d'administration avec le compte ocr_admin / ${v('credential.password_in_prose', 'Dakar#Portail22')} — le mot de passe figurait sur un post-it dans la guérite.
04 h 50 : redémarrage du switch, retour à la normale. 213 camions traités en manuel.
Contact fournisseur : ${v('pii.email', 'support.afrique@visiongate-systems.com')}
Action : changer le mot de passe et retirer le post-it.`),

  rec('email_es_ar', f`Revisame este mail de bienvenida para un cliente nuevo, quiero que suene más cálido:

Hola Martín,
¡Bienvenido a Quillstack! Ya creamos la cuenta de Transportes Patagónicos S.A. Estos son los datos para la integración:
- API key de producción: ${v('credential.generic_secret_assignment', QS_KEY)}
- Endpoint: https://api.quillstack.io/v2
Para la factura A necesitamos el CUIL/CUIT del responsable: nos pasaste ${ambCat('pii', '27-34817295-1')} (Lucía Ferreyra), confirmame si es correcto.
Tu account manager soy yo: ${v('pii.email', 'gonzalo.pereyra@quillstack.io')}, ${phone('+54 9 11 4827-3916')}.
Saludos,
Gonzalo`),

  rec('ferry_flight_pt', f`Preciso de organizar o voo de entrega (ferry) do A320 de Lisboa para Bucareste. Podes redigir o e-mail para a empresa de ferry com estes dados?

${v('confidential.marking', 'CONFIDENCIAL')} – não reencaminhar ao locatário
Comandante: Rui Miguel Tavares, passaporte ${v('pii.passport', 'CB284917')}, data de nascimento ${v('pii.date_of_birth', '30/06/1971')}, telemóvel ${phone('+351 912 483 716')}, ${v('pii.email', 'rui.tavares@ferrypilots.pt')}
Avião: MSN 41288, matrícula a atribuir (desregisto CS- em curso)
Pagamento do sinal (EUR 18 000) para Atlântico Ferry Services, IBAN ${v('financial.iban', 'PT56 0035 0651 2149 7372 0312 9')}
Partida prevista: 3 de março, 08h00 UTC`),

  rec('report_it', f`Mi aiuti a scrivere la relazione per il contributo economico straordinario? Ecco gli appunti:

Utente: Marco Rossi, nato a Torino il ${v('pii.date_of_birth', '10/12/1991')}, C.F. ${v('pii.it_codice_fiscale', 'RSSMRC91T10L219G')}
Recapito: ${phone('+39 347 829 1643')} (della sorella, lui non ha credito)
Situazione: separato, perso il lavoro a ottobre, due figli minori con la ex moglie, arretrati di mantenimento. Seguito dal SerD da novembre, buona aderenza.
Proposta: contributo di € 600 in due tranche, accredito su IBAN ${v('financial.iban', 'IT41 K020 0801 6259 2500 0342 965')} intestato all'utente.`),

  rec('csv_nl', f`Kun je uit deze export van proefaccounts (trials) een lijst maken van bedrijven die al een SEPA-machtiging hebben afgegeven, maar nog niet zijn omgezet naar een betaald abonnement?

${amb('source_code.snippet', f`company;contact;email;phone;iban;trial_end;status
Koelvers Logistiek BV;Anouk Visser;${v('pii.email', 'a.visser@koelvers.nl')};${phone('+31 6 48213957')};${v('financial.iban', 'NL68INGB0008091312')};2025-01-31;trial
Havenbedrijf Schelde NV;Pieter Claes;${v('pii.email', 'pieter.claes@havenschelde.be')};${phone('+32 478 21 56 94')};${v('financial.iban', 'BE29 3104 1523 5464')};2025-02-07;trial
Tulp Fresh Export;Daan Smit;${v('pii.email', 'daan@tulpfresh.nl')};${phone('020 528 4193', 'NL')};;2025-01-24;expired`)}`),

  rec('postmortem_ja', f`障害報告書の英語版を作ってください。社外（顧客）向けなので、内部の詳細は省いてください。

■ 概要：1月9日 14:05〜15:40、通知機能が停止
■ 原因：ログ出力に Slack ボットトークン（${v('credential.slack_bot_token', SLACK_BOT)}）が平文で含まれていたため、セキュリティチームがトークンを失効させた。再発行後の設定反映が遅れた。
■ 影響：約180社に通知が届かず。問い合わせ窓口 ${v('pii.email', 'support-jp@quillstack.io')} に42件。
■ 調査で確認したアクセス元：${amb('pii.ip_address', '203.0.113.45')}（社内VPN）
■ 対策：ログのマスキング、トークンを Secrets Manager に移行`),

  rec('lease_summary_zh_tw', f`請把下面的租約摘要翻成英文，給新加坡的投資人參考：

${v('confidential.marking', '機密文件')}
租約摘要 — A330-300 MSN 1653
承租人：東亞航空股份有限公司
租期：2025年4月1日起 96 個月，月租 USD 295,000，每季預付
保證金：USD 885,000（三個月租金），以信用狀或現金支付
付款帳戶：Aerlinq Aviation Leasing DAC，IBAN ${v('financial.iban', 'GB63BARC20321497341752')}，SWIFT ${amb('financial.swift_bic', 'BARCGB22')}
承租人聯絡窗口：機隊管理部 吳先生 ${phone('02 2718 4936', 'TW')}，${v('pii.email', 'fleet.lease@eastasia-air.com.tw')}`),

  rec('gate_log_ar_ma', f`سلام، هادو سطور من اللوگ ديال البوابة ديال البارح. بغيت نعرف علاش الكاميون الثاني تعطل 40 دقيقة، وكتب ليا ميساج للشركة ديالو بالفرنسية:

${amb('source_code.snippet', f`2025-01-16 07:41:12 GATE-IN lane=2 plate=48213-A-6 container=CMAU5031272 driver_tel=${phone('0661 28 49 37', 'MA')} ocr_conf=0.97 OK
2025-01-16 07:44:58 GATE-IN lane=3 plate=71934-B-1 container=TGHU8429133 driver_tel=${phone('+212 661-284937')} ocr_conf=0.41 MANUAL_CHECK
2025-01-16 08:25:03 GATE-IN lane=3 plate=71934-B-1 released by=${v('pii.email', 'y.elamrani@tanger-terminal.ma')} from=${amb('pii.ip_address', '172.20.4.18')}`)}

الشركة هي Trans Rif Logistique، الإيميل ديالهم ${v('pii.email', 'exploitation@transrif.ma')}.`),

  rec('receipt_hi', f`कृपया इस रसीद के आधार पर अभिभावक को एक धन्यवाद संदेश लिखें, और कार्ड नंबर संदेश में न डालें:

शुल्क रसीद — सत्र 2025-26, छात्रावास
छात्रा: अनन्या शर्मा (कक्षा 9), आधार ${v('pii.in_aadhaar', '2481 8734 0731')}
अभिभावक: श्री राजेश शर्मा, ${phone('+91 99098 41273')}, ${v('pii.email', 'rajesh.sharma72@rediffmail.com')}
भुगतान: ₹1,85,000 — Visa कार्ड ${v('financial.payment_card', '4929 6055 7741 2295')} (POS स्लिप पर पूरा नंबर छपा)
अगली किस्त: 15 जुलाई`),

  rec('sso_ko', f`고객사(한빛물류) IT 담당자가 SSO 연동 정보를 이메일로 보냈습니다. 우리 쪽에서 필요한 것만 정리해 주시고, 보안상 문제 되는 부분이 있으면 알려주세요.

- IdP: Okta, 도메인 hanbit-logistics.okta.com
- 관리 API 토큰: ${v('credential.okta_api_token', OKTA)}
- 담당자: 정수민 과장, ${v('pii.email', 'sumin.jung@hanbit-logistics.co.kr')}, ${phone('02-528-4193', 'KR')}
- 허용 IP: ${amb('pii.ip_address', '211.45.12.0')}/24
- 사용자 수: 약 240명, 3월 1일 오픈 희망`),

  rec('handover_ru', f`Передача смены — ИТ терминала, 17.01

1. Сервер отчётов по простою вагонов перезапущен, отчёт за 16.01 сформирован вручную.
2. В конфиге нового модуля тарификации осталась строка подключения с паролем, надо убрать в хранилище:
${amb('source_code.snippet', f`"TariffDb": "Server=sql-tariff.terminal.local;Database=Tariff;User Id=tariff_svc;Password=${v('credential.connection_string_password', 'Kran!Portal2024')};TrustServerCertificate=True"`)}
3. Звонил диспетчер ж/д станции Беркут, просил перезвонить: ${phone('8 (495) 284-19-37', 'RU')}, ${v('pii.email', 'dispatch@berkut-rail.ru')}.

Составь из этого аккуратный отчёт для начальника отдела.`),

  rec('order_tr', f`Bu sipariş formunu laboratuvar sistemine girmeden önce düzenler misin? Eksik bilgi varsa söyle.

Klinik: Dt. Selin Aydın, ${v('pii.email', 'selin.aydin@gulusklinik.com.tr')}, ${phone('0212 384 29 17', 'TR')}
Hasta: Ahmet Yıldız, doğum tarihi ${v('pii.date_of_birth', '14.09.1966')}, tel. ${phone('+90 532 418 29 37')}
İş: Alt çene implant üstü zirkonyum köprü (35–37), renk A3
Ödeme: hasta kendi kartıyla ön ödeme yaptı, kart ${v('financial.payment_card', '4486 3094 2412 1580')} (klinik formun üstüne yazmış)
Teslim: 29 Ocak`),

  rec('sql_dump', f`Our staging DB was seeded from a prod dump by mistake. Can you write an UPDATE script that scrambles these columns but keeps the format valid?

${amb('source_code.snippet', f`INSERT INTO billing_contacts (id, account_id, name, email, phone, card_number, card_exp) VALUES
(101, 'acc_7731', 'Jordan Whitaker', '${v('pii.email', 'jordan.whitaker@ridgelinefreight.com')}', '${phone('+1 646 829 3174')}', '${v('financial.payment_card', '5412 7724 8524 4961')}', '08/27'),
(102, 'acc_7740', 'Priya Natarajan', '${v('pii.email', 'priya.n@coastalcoldstorage.com')}', '${phone('+1 (312) 846-2091')}', '${v('financial.payment_card', '379641419829597')}', '11/26'),
(103, 'acc_7752', 'Test Account', '${v('pii.email', 'qa+billing@quillstack.io')}', '${amb('pii.phone', '(555) 014-2231')}', '${amb('financial.payment_card', '4111 1111 1111 1111')}', '12/30');`)}`),
];
