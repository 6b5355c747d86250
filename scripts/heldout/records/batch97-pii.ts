/**
 * Held-out batch 97: personal data — crew lists, home-care client files, brokerage KYC, player
 * support tickets, steel-mill shift rosters and transit lost-and-found claims. Hand-written.
 */
import { luhnCheckDigit, nhsCheckDigit, verhoeffCheckDigit } from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const aadhaar = (p11: string): string => p11 + String(verhoeffCheckDigit(p11));
const nhs = (p9: string): string => p9 + String(nhsCheckDigit(p9));
const sin = (p8: string): string => p8 + String(luhnCheckDigit(p8));
const dni = (n: string): string => n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23];
const nie = (l: 'X' | 'Y' | 'Z', n: string): string => l + n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(String('XYZ'.indexOf(l)) + n) % 23];
const nir = (n13: string): string => n13 + String(97 - Number(BigInt(n13) % 97n)).padStart(2, '0');
function cpf(n9: string): string {
  const d = n9.split('').map(Number);
  const c1 = ((d.reduce((s, x, i) => s + x * (10 - i), 0) * 10) % 11) % 10;
  const c2 = (([...d, c1].reduce((s, x, i) => s + x * (11 - i), 0) * 10) % 11) % 10;
  return `${n9.slice(0, 3)}.${n9.slice(3, 6)}.${n9.slice(6, 9)}-${c1}${c2}`;
}
function bsn(n8: string): string {
  const d = n8.split('').map(Number);
  const s = d.reduce((a, x, i) => a + x * (9 - i), 0);
  for (let last = 0; last < 10; last++) if ((s - last) % 11 === 0) return n8 + String(last);
  return bsn(String(Number(n8) + 1).padStart(8, '0'));
}
const NHS1 = nhs('943476591');
const AAD1 = aadhaar('52831946027');
const AAD2 = aadhaar('38720519463');

export const BATCH97_PII: DraftRecord[] = [
  rec('crew_list_en_nl', f`Need this crew list tidied into a table for the DFO boarding form, please:

Vessel: "Sarah & Jacob" — skipper Wayne Pardy, cell ${phone('(709) 538-2714', 'CA')}, b. ${v('pii.date_of_birth', 'March 3, 1971')}
Deckhand: Kyle Sheppard, ${phone('709-466-3081', 'CA')}, DOB ${v('pii.date_of_birth', '1994-08-19')}
Deckhand: Jody Hiscock, no phone, DOB ${v('pii.date_of_birth', '02/11/1988')}
Emergency contact ashore: Brenda Pardy ${phone('+1 709 538 1962')}`),

  rec('mannskap_no', f`Lag en mannskapsliste for sjekk hos Fiskeridirektoratet:
- Ola Mikalsen, skipper, født ${v('pii.date_of_birth', '14.05.1968')}, mobil ${phone('+47 918 42 370')}
- Tor-Inge Hansen, maskinist, født ${v('pii.date_of_birth', '02.09.1979')}, mobil ${phone('482 19 605', 'NO')}
- Piotr Zieliński, matros, pass ${v('pii.passport', 'EK4419827')}, mobil ${phone('+48 601 283 447')}`),

  rec('chat_fo', f`Kanst tú hjálpa mær at skriva eitt bræv til Sjúkrahúsverkið? Sjómaðurin Jógvan Joensen (føddur ${v('pii.date_of_birth', '21. apríl 1983')}) varð skaddur umborð. Hann hevur telefon ${phone('+298 219 473')} og teldupost ${v('pii.email', 'jogvan.joensen83@olivant.fo')}.`),

  rec('client_file_en_sc', f`Care plan summary for the new client — could you make this into plain English for the family?

Client: Mrs Agnes McAllister
DOB: ${v('pii.date_of_birth', '17/06/1934')}
CHI / NHS no: ${v('pii.uk_nhs_number', `${NHS1.slice(0, 3)} ${NHS1.slice(3, 6)} ${NHS1.slice(6)}`)}
Address: 4 Braeside Terrace, Stirling
Next of kin: daughter, Fiona Grant, ${phone('07831 462 918', 'GB')}
Visits: 3 × daily (med prompt, personal care, tea). Lives alone, mild dementia.`),

  rec('pflege_de', f`Bitte formuliere eine Pflegeüberleitung für das Krankenhaus:
Klientin: Hildegard Wöhler, geb. ${v('pii.date_of_birth', '08.12.1931')}
Tochter: Sabine Wöhler-Kranz, Tel. ${phone('0171 4829 316', 'DE')}, ${v('pii.email', 's.woehler-kranz@gmx.de')}
Hausarzt: Dr. Mertens, Praxis ${phone('040 28741960', 'DE')}
Diagnosen: Herzinsuffizienz NYHA III, Diabetes Typ 2, Sturzgefahr`),

  rec('visite_fr_qc', f`Salut! Peux-tu reformuler ces notes de visite pour le dossier?

M. Gaston Bélanger, né le ${v('pii.date_of_birth', '3 février 1939')}, NAS ${v('pii.ca_sin', sin('54638271').replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3'))}
Fils : Marc Bélanger ${phone('418 692-4471', 'CA')}
Tension ce matin 148/88, a mangé la moitié du déjeuner, refuse la douche. À revoir jeudi.`),

  rec('expediente_es_ar', f`Che, armame un resumen para el legajo de la paciente nueva de cuidado domiciliario:
Nombre: Elba Nélida Ferreyra
Fecha de nacimiento: ${v('pii.date_of_birth', '29/07/1936')}
Hija: Mariela Ferreyra, cel ${phone('+54 9 11 5832-4097')}
Mail: ${v('pii.email', 'marielaferreyra@hotmail.com.ar')}
Medicación: enalapril 10 mg, levotiroxina 50 mcg`),

  rec('chat_es_es_nie', f`Tenemos una cuidadora nueva para Tenerife. Sus datos: Yuliana Castro Mejía, NIE ${v('pii.es_nie', nie('Y', '4827150'))}, teléfono ${phone('622 48 31 07', 'ES')}. Y el cliente es D. Ramón Hernández Báez, DNI ${v('pii.es_dni', dni('42817365'))}. Redacta el contrato de prestación de servicio.`),

  rec('cadastro_pt_br', f`Me ajuda a conferir o cadastro de cliente da corretora antes de enviar para compliance:
Nome: Rodrigo Vasconcelos Teixeira
CPF: ${v('pii.br_cpf', cpf('529184736'))}
Nascimento: ${v('pii.date_of_birth', '11/10/1982')}
Celular: ${phone('+55 21 99847-3152')}
E-mail: ${v('pii.email', 'rodrigo.vteixeira@uol.com.br')}
Perfil: arrojado, renda declarada R$ 38.000/mês`),

  rec('kyc_en_in', f`Please check if the KYC details below are complete for account opening in the equity segment:
Name: Shreya Vinod Kulkarni
PAN: BKLPK4827M
Aadhaar: ${v('pii.in_aadhaar', `${AAD1.slice(0, 4)} ${AAD1.slice(4, 8)} ${AAD1.slice(8)}`)}
DOB: ${v('pii.date_of_birth', '23-01-1990')}
Mobile: ${phone('+91 98220 41736')}
Email: ${v('pii.email', 'shreya.kulkarni90@gmail.com')}`),

  rec('kyc_mr', f`या क्लायंटची माहिती तपासा आणि सही फॉर्म तयार करा: नाव सुनील पाटील, आधार क्रमांक ${v('pii.in_aadhaar', AAD2)}, जन्मतारीख ${v('pii.date_of_birth', '14/08/1975')}, मोबाईल ${phone('+91 94221 83605')}.`),

  rec('kyc_nl', f`Een nieuwe beleggingsklant heeft zijn gegevens gemaild. Kun je een checklist maken wat nog ontbreekt?
Naam: Sjoerd de Boer
BSN: ${v('pii.nl_bsn', bsn('17284903'))}
Geboren: ${v('pii.date_of_birth', '6 juni 1979')} te Leeuwarden
Telefoon: ${phone('06 41829375', 'NL')}`),

  rec('fr_nir', f`Rédige une attestation pour la mutuelle de Mme Yvonne Le Gall, aide à domicile à Quimper. Numéro de sécu : ${v('pii.fr_nir', nir('2580729232118'))}. Elle est entrée chez nous le 04/01/2021.`),

  rec('us_ssn_en_us', f`Draft a letter to the brokerage client whose account was flagged for a W-9 mismatch. Client: Darnell Whitfield, SSN on file ${v('pii.us_ssn', '418-62-7395')}, address 2217 Maple Ridge Dr, Columbus OH. Ask him to resubmit the form.`),

  rec('uk_nino', f`Payroll query for one of our home carers in Aberdeen: Morag Stewart, NI number ${v('pii.uk_nino', 'PW 48 21 93 C')}, says her tax code changed. Can you write her a short explainer on emergency tax codes?`),

  rec('ticket_en_ph', f`Ticket #PS-40917 (account recovery)
Player: xXDragonSlayerPHXx
Real name given: Mark Anthony Dela Cruz
Email on account: ${v('pii.email', 'markanthony.dc2004@yahoo.com')}
Contact: ${phone('+63 917 582 4093')}
Birthday given for verification: ${v('pii.date_of_birth', 'May 5, 2004')}
Last login IP: ${amb('pii.ip_address', '112.198.74.203')}
He says his account got hacked and all skins are gone. Please draft a reply.`),

  rec('ticket_ko', f`계정 복구 문의 정리 부탁드립니다.
닉네임: 달빛검사
이메일: ${v('pii.email', 'moonblade.kr@naver.com')}
휴대폰: ${phone('010-4827-3196', 'KR')}
생년월일: ${v('pii.date_of_birth', '1999년 3월 14일')}
내용: 결제 후 아이템 미지급`),

  rec('ticket_ja', f`プレイヤーからの問い合わせです。返信文を作ってください。
氏名：佐藤 美咲
メール：${v('pii.email', 'misaki.sato.0712@docomo.ne.jp')}
電話：${phone('090-3841-2756', 'JP')}
内容：年齢確認のため生年月日（${v('pii.date_of_birth', '2008年7月12日')}）を入力したら課金できなくなった`),

  rec('ticket_zh_cn', f`帮我把这个玩家投诉翻译成英文：
玩家：王浩然，邮箱 ${v('pii.email', 'wanghaoran_game@163.com')}，手机 ${phone('+86 138 1729 4056')}
“我充值了648元，但是钻石没有到账，客服三天没回复。”`),

  rec('roster_pl', f`Grafik zmian utrzymania ruchu — walcownia, tydzień 45. Zrób z tego tabelkę:
Brygadzista: Krzysztof Nowak, tel. ${phone('+48 605 827 314')}
Elektryk: Marek Wiśniewski, tel. ${phone('512 904 273', 'PL')}
Mechanik: Tomasz Kaczmarek, tel. ${phone('+48 693 418 502')}, ${v('pii.email', 't.kaczmarek@onet.pl')}`),

  rec('roster_cs', f`Prosím o přepis kontaktů pohotovosti údržby vysoké pece do přehledné tabulky:
Jan Dvořák — ${phone('+420 603 481 275')}
Petr Svoboda — ${phone('724 138 596', 'CZ')}
Lukáš Procházka — ${phone('+420 777 205 841')}`),

  rec('accident_sk', f`Napíš hlásenie o pracovnom úraze: zamestnanec Milan Horváth, nar. ${v('pii.date_of_birth', '17. 9. 1986')}, tel. ${phone('+421 905 318 427')}, popálenina predlaktia pri výmene trysky na kontinuálnom odlievaní.`),

  rec('accident_hu', f`Kérlek, fogalmazd meg a munkabaleseti jegyzőkönyvet: Kovács Gábor karbantartó (szül. ${v('pii.date_of_birth', '1981. március 22.')}, tel.: ${phone('+36 30 418 2957')}) a hengersor kenőrendszerénél megcsúszott.`),

  rec('lostfound_sv', f`Hittegods — kan du skriva ett sms-svar till ägaren?
Föremål: svart plånbok, hittad i buss 4 vid Gullmarsplan
Ägare (enligt id-kort i plånboken): Elin Johansson, född ${v('pii.date_of_birth', '1997-02-08')}
Telefon: ${phone('070-482 19 36', 'SE')}
Kan hämtas på Hittegodsexpeditionen, vardagar 10–18.`),

  rec('lostfound_fi', f`Löytötavaratoimiston merkintä, muotoile kohteliaaksi viestiksi:
Esine: kannettava tietokone, raitiovaunu 7
Omistaja: Aino Virtanen, ${phone('+358 40 718 2945')}, ${v('pii.email', 'aino.virtanen@elisa.fi')}`),

  rec('lostfound_lv', f`Atrasto mantu birojs: pasažieris Jānis Bērziņš (tālr. ${phone('+371 2941 8307')}) pazaudēja pasi Nr. ${v('pii.passport', 'LV4817263')} tramvajā Nr. 11. Uzraksti paziņojumu, ka pase ir atrasta.`),

  rec('fine_lt', f`Parašyk laišką keleiviui dėl baudos už važiavimą be bilieto: Tomas Kazlauskas, gim. ${v('pii.date_of_birth', '1992-11-30')}, el. paštas ${v('pii.email', 'tomas.kazlauskas92@gmail.com')}, tel. ${phone('+370 612 48 395')}.`),

  rec('fine_uk', f`Склади лист-нагадування про несплачений штраф за безквитковий проїзд: пасажир Олександр Ткаченко, ${phone('+380 67 428 1935')}, дата народження ${v('pii.date_of_birth', '04.06.1995')}.`),

  rec('fine_ar_om', f`اكتب رسالة رسمية للراكب بخصوص المخالفة: الاسم سالم بن حمد الحارثي، الهاتف ${phone('+968 9241 7385')}، البريد ${v('pii.email', 'salim.harthi@omantel.net.om')}، رقم المخالفة FE-2026-11843.`),

  rec('fine_he', f`תנסח מכתב לנוסע שנתפס בלי כרטיס: יוסי אברהם, טלפון ${phone('052-841-2739', 'IL')}, תאריך לידה ${v('pii.date_of_birth', '12/03/1990')}. הקנס 186 ש"ח.`),

  rec('csv_fleet_fo_is', f`Raða hesum lista eftir bátum:

${amb('source_code.snippet', f`navn;bátur;telefon;teldupostur
Rógvi Hansen;Nólsoyar Páll;${phone('+298 286 104')};${v('pii.email', 'rogvi.h@post.olivant.fo')}
Gunnar Þórsson;Hafdís GK;${phone('+354 862 4179')};${v('pii.email', 'gunnar.thors@simnet.is')}
Heðin Dam;Krúnborg;${phone('+298 517 293')};${v('pii.email', 'hedin.dam@gmail.com')}`)}`),

  rec('signature_en_gh', f`Please improve my email signature:

Kwame Asante-Boateng
Live-Ops Producer, Anansi Games
${phone('+233 24 418 7362')} | ${v('pii.email', 'kwame.ab@anansigames-demo.com.gh')}
Osu, Accra`),

  rec('chat_sw', f`Nisaidie kuandika ujumbe kwa familia ya mteja wetu mzee, Bi. Zawadi Mwakyusa (alizaliwa ${v('pii.date_of_birth', '12 Januari 1940')}). Mwanawe ni Juma, simu ${phone('+255 754 381 296')}. Tunataka kubadilisha ratiba ya muuguzi.`),

  rec('chat_vi', f`Viết giúp tin nhắn xác nhận lịch chăm sóc tại nhà cho bà Nguyễn Thị Hoa, sinh ngày ${v('pii.date_of_birth', '15/04/1938')}. Con trai: anh Trần Văn Minh, số điện thoại ${phone('+84 912 847 305')}.`),

  rec('log_json_tr', f`Oyun sunucusu log'unda bu satır var, oyuncu destek ekibine ne söylemeliyim?

${amb('source_code.snippet', f`{"ts":"2026-11-02T21:14:09Z","level":"warn","event":"login_failed","user":"${v('pii.email', 'emre.yildiz1998@hotmail.com')}","ip":"${amb('pii.ip_address', '88.241.17.93')}","reason":"too_many_attempts"}`)}`),
];
