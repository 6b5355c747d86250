/**
 * Held-out batch 155: personal data — psychiatric hospital records requests, wildlife-centre
 * volunteer and finder details, hotel guest registration, crowdfunding KYC, dangerous-goods shipper
 * contacts and water-laboratory complaints, in many languages and scripts. Hand-written.
 */
import {
  brCpfFormatted, deSteuerIdCheckDigit, esDni, esNie, frNirKey, inAadhaarSpaced, itCodiceFiscale, luhnWithCheck, nlBsnCheckDigit, ukNhsSpaced,
} from '../../corpus/checksums';
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);
const dob = (s: string) => v('pii.date_of_birth', s);
const pass = (s: string) => v('pii.passport', s);
const nhs = (p9: string) => v('pii.uk_nhs_number', ukNhsSpaced(p9));

const STEUER = `4829173658${deSteuerIdCheckDigit('4829173658')}`;
const NIR_BODY = '1780969123456';
const NIR = `1 78 09 69 123 456 ${frNirKey(NIR_BODY)}`;
const BSN = `61829304${nlBsnCheckDigit('61829304')}`;
const SIN = luhnWithCheck('46291738');

export const BATCH155_PII: DraftRecord[] = [
  rec('records_request', f`Hi, can you help me word a reply to this? It came into the Health Records inbox:

"I am requesting a copy of my late father's records under the Access to Health Records Act. His name was Raymond Alcott, NHS number ${nhs('482917365')}, date of birth ${dob('14/02/1947')}. He was an inpatient on Willow Ward in 2019. I am his executor. You can reach me on ${phone('07911 284635', 'GB')} or ${email('j.alcott.family@btinternet.com')}."

We need proof of executorship first. Polite but firm please.`),

  rec('tsv', f`Which of these SARs are past the one-month deadline as of today (06/12/2024)?

${amb('source_code.snippet', f`ref\tpatient\tnhs_no\tdob\treceived\tstatus
SAR-2411-031\tK. Mensah\t${nhs('731048296')}\t${dob('1988-07-23')}\t2024-11-02\tredaction
SAR-2411-044\tP. Lindqvist\t${nhs('604829173')}\t${dob('1979-01-09')}\t2024-11-09\twaiting ID
SAR-2411-052\tD. O'Rourke\t${nhs('918273645')}\t${dob('2001-10-30')}\t2024-11-18\tclinician review`)}`),

  rec('letter_de', f`Bitte übersetze diesen Verlegungsbericht ins Englische, die Patientin kommt aus Freiburg zu uns:

Patientin: Anneliese Wohlgemuth, geb. ${dob('03.05.1962')}
Diagnose: rezidivierende depressive Störung, gegenw. schwere Episode (F33.2)
Angehörige (Tochter): ${phone('0171 4829375', 'DE')}
Steuer-ID (für Kostenübernahme Beihilfe): ${v('pii.de_steuer_id', STEUER)}
Verlegung geplant am 12.12., Begleitung durch Pflegekraft.`),

  rec('letter_fr', f`Pouvez-vous résumer ce courrier de sortie en anglais pour le dossier ?

Patient : M. Thierry Vasseur, né le ${dob('21 septembre 1978')}
N° de sécurité sociale : ${v('pii.fr_nir', NIR)}
Hospitalisé en soins psychiatriques sans consentement (SPDT) du 04/10 au 29/11/2024.
Suivi CMP de Villeurbanne, contact infirmier référent : ${phone('04 78 53 19 62', 'FR')}`),

  rec('chat_ca', f`Hola, em pots ajudar a redactar una carta en anglès per a l'hospital de Londres? La pacient és catalana: Núria Puigdomènech i Vila, DNI ${v('pii.es_dni', esDni('48291736'))}, data de naixement ${dob('7 de març de 1990')}. Necessitem l'informe d'alta de la unitat d'aguts.`),

  rec('form_it', f`Richiesta copia cartella clinica
Richiedente: Giulia Bianchi
Codice fiscale: ${v('pii.it_codice_fiscale', itCodiceFiscale('BNCGLI79M52H501'))}
Data di nascita: ${dob('12/08/1979')}
Recapito: ${phone('+39 347 482 7391')} – ${email('giulia.bianchi79@libero.it')}
Periodo del ricovero: marzo–aprile 2023, reparto SPDC

Puoi tradurla in inglese mantenendo il formato?`),

  rec('chat_nl', f`Kun je een korte brief opstellen voor de zorgverzekeraar? Patiënt: dhr. Bram Hoekstra, BSN ${v('pii.nl_bsn', BSN)}, geboren ${dob('19-06-1985')}. Hij is per 1 november overgeplaatst naar de gesloten afdeling en de machtiging loopt tot 1 mei.`),

  rec('volunteer_form', f`VOLUNTEER APPLICATION – Fernhollow Wildlife Rehabilitation Centre
Name: Chloe Harrington
Date of birth: ${dob('02/11/2006')}  (under 18? needs parental consent form)
Mobile: ${phone('07842 319406', 'GB')}
Email: ${email('chloe.harrington06@gmail.com')}
Emergency contact: Mark Harrington (father) ${phone('01865 274318', 'GB')}
Availability: Saturdays, hedgehog ward
Rabies vaccination: no (not needed for UK native species)

Is she old enough for the baby-bird feeding rota? Write the reply.`),

  rec('csv', f`Can you turn this into a phone tree for the flood evacuation of the aviaries (who calls whom)?

${amb('source_code.snippet', f`name,role,mobile,email
Sam Okafor,duty manager,${phone('07723 481950', 'GB')},${email('sam.okafor@fernhollow-wildlife.org')}
Aoife Brennan,vet nurse,${phone('+353 87 482 7391')},${email('aoife.b@fernhollow-wildlife.org')}
Grzegorz Nowak,volunteer lead,${phone('07596 827341', 'GB')},${email('g.nowak.wildlife@wp.pl')}
Hana Suzuki,volunteer,${phone('07418 920375', 'GB')},`)}`),

  rec('intake_fr', f`Fiche d'accueil – Centre de soins faune sauvage
Espèce : Chouette hulotte (adulte), trouvée au bord de la D907, aile droite pendante
Découvreur : Mme Solène Garnier
Tél. : ${phone('06 12 48 93 57', 'FR')} – courriel : ${email('solene.garnier@orange.fr')}
Souhaite être tenue informée : oui

Rédige un SMS court pour la remercier et lui dire que l'animal est stable.`),

  rec('chat_sl', f`Živjo, nova prostovoljka iz Ljubljane bi rada pomagala pri oskrbi ježkov. Podatki: Maja Kovačič, rojena ${dob('15. 4. 1998')}, telefon ${phone('+386 41 482 739')}, e-pošta ${email('maja.kovacic@gmail.com')}. Mi pomagaš napisati pozdravno sporočilo v angleščini?`),

  rec('hotel_registry_es', f`Parte de viajeros (SES.HOSPEDAJES) – Casa Verveine Sevilla
Apellidos, nombre: MÜLLER, Katharina
Documento: pasaporte ${pass('C7TX48K2M')} (DEU)
Fecha de nacimiento: ${dob('28/01/1991')}
Fecha de entrada: 05/12/2024
Teléfono: ${phone('+49 151 28473960')}

Segundo viajero: GARCÍA LÓPEZ, Andrés – NIE ${v('pii.es_nie', esNie('Y', '4829173'))}, nacido el ${dob('09/09/1987')}

¿Falta algún dato obligatorio para la comunicación a la policía?`),

  rec('chat_ka', f`გამარჯობა, თბილისის სასტუმროში სტუმრის რეგისტრაციისთვის პასპორტის მონაცემები ხელით შევიყვანე: ნინო ბერიძე, პასპორტის ნომერი ${pass('13AA48291')}, დაბადების თარიღი ${dob('11.03.1994')}, ტელეფონი ${phone('+995 577 48 29 17')}. სწორად არის ფორმატი?`),

  rec('vip_note', f`VIP arrival note – Maison Verveine Paris, Suite 501
Guest: Mr. Jonathan Whitaker (repeat guest, 9th stay)
Cell: ${phone('(415) 828-3941', 'US')}  Assistant: ${email('k.delgado@whitaker-partners.com')}
Preferences: feather-free pillows, no alcohol in minibar, late checkout 2pm
Birthday during stay: ${dob('December 8, 1969')} — arrange cake?

Rewrite this as a friendly brief for the concierge team, in French.`),

  rec('chat_ja', f`京都の宿泊者名簿について質問です。外国人のお客様はパスポート番号の記載が必要ですが、日本在住の方はいらないですよね？例：山田 花子様（住所：大阪市）、もう一人は Liam Chen 様、パスポート番号 ${pass('E48291736')}、国籍 SGP。電話 ${phone('090-4827-3915', 'JP')}。`),

  rec('group_list_ko', f`단체 손님 명단을 영어로 정리해 주세요 (리스본 지점, 12월 18일 도착):
1. 김민지 – 여권번호 ${pass('M48291736')} – 생년월일 ${dob('1993.05.14')} – ${phone('010-4827-3915', 'KR')}
2. 박서준 – 여권번호 ${pass('M73015928')} – 생년월일 ${dob('1990.11.02')}
3. 이하은 – 여권번호 ${pass('M61928374')} – 생년월일 ${dob('1996.02.27')}`),

  rec('chat_tr', f`Merhaba, İstanbul otelinde check-in sırasında misafirin pasaport numarasını yanlış girmişiz. Doğrusu ${pass('U48291736')}, doğum tarihi ${dob('17.07.1983')}. Emniyet bildirimini (KBS) nasıl düzeltiriz? Kısa bir adım listesi yazar mısın?`),

  rec('kyc_pt_br', f`Oi, preciso responder um criador de campanha que teve o saque bloqueado. Dados do KYC:
Nome: Larissa Fonseca de Almeida
CPF: ${v('pii.br_cpf', brCpfFormatted('482917365'))}
Nascimento: ${dob('23/04/1995')}
Celular: ${phone('(21) 99183-4725', 'BR')}
Motivo do bloqueio: nome no CPF difere do titular da conta bancária.

Escreve uma mensagem educada explicando o que ela precisa enviar.`),

  rec('kyc_hinglish', f`Bhai ek campaigner ka KYC atak gaya hai. Aadhaar ${v('pii.in_aadhaar', inAadhaarSpaced('48291736502'))} daala hai, DOB ${dob('05-08-1992')}, mobile ${phone('+91 98204 81736')}. Name mismatch aa raha hai — Aadhaar pe "Sneha R. Kulkarni" aur bank pe "Sneha Kulkarni". Reply draft kar do Hindi-English mix mein.`),

  rec('kyc_us', f`Payout KYC escalation (US, >$10k raised)
Campaign organiser: Marcus T. Bell
SSN: ${v('pii.us_ssn', '529-41-8736')}
DOB: ${dob('03/17/1984')}
Phone: ${phone('(503) 482-7391', 'US')}
Issue: Stripe returned "ssn_last_4 mismatch"; organiser says he typed the full number.

Summarise for the Trust lead in 3 bullets.`),

  rec('kyc_fr_ca', f`Bonjour, un organisateur de collecte à Trois-Rivières nous a envoyé son NAS par courriel (!) pour la vérification : ${v('pii.ca_sin', `${SIN.slice(0, 3)} ${SIN.slice(3, 6)} ${SIN.slice(6)}`)}. Tél. : ${phone('(819) 482-7391', 'CA')}. Peux-tu m'écrire une réponse qui lui explique qu'on n'a pas besoin du NAS et qu'il devrait supprimer ce courriel?`),

  rec('kyc_de', f`Hallo, ein Spendenempfänger aus Leipzig hat uns für die Spendenquittung seine Steuer-ID ${v('pii.de_steuer_id', STEUER)} und sein Geburtsdatum (${dob('30.09.1975')}) geschickt. Brauchen wir das überhaupt? Schreib mir bitte eine kurze Antwort auf Deutsch.`),

  rec('chat_en_gb', f`Campaigner in Leeds wants payouts to his sole-trader account. He sent National Insurance number ${v('pii.uk_nino', 'JC 48 29 17 C')} and DOB ${dob('1 June 1979')}. Do we need the NINO for HMRC reporting under the new platform rules, or can I tell him to delete it?`),

  rec('chat_es_ar', f`Che, una usuaria argentina que vive en Madrid quiere cobrar su colecta. Nos mandó el NIE ${v('pii.es_nie', esNie('X', '7391028'))} y el celular ${phone('+34 612 48 39 71')}. ¿Le pedimos además el pasaporte argentino? Armame una respuesta cortita y amable.`),

  rec('dg_declaration', f`Please check this Shipper's Declaration for Dangerous Goods before it goes to the airline:

Shipper: Halvorsen Battery Systems AS, Sandvika, Norway
Consignee: Kestrel Drone Labs Ltd, Bristol, UK
AWB: 074-48291736   Airport of departure: OSL   Destination: BRS
UN3480, Lithium ion batteries, 9, PI 965 Section IA, 2 fibreboard boxes x 18.4 kg
Passenger and cargo aircraft: CARGO AIRCRAFT ONLY
24-hour emergency contact: ${phone('+47 67 48 29 17')} (Ingrid Solberg, ${email('ingrid.solberg@halvorsen-battery.no')})

Is "Section IA" right for 18.4 kg per package?`),

  rec('chat_ar_eg', f`ممكن تساعدني أكتب إيميل للشاحن؟ الشحنة فيها UN1263 (دهانات) ولازم رقم طوارئ شغّال ٢٤ ساعة. الرقم اللي بعته ${phone('+20 10 4827 3915')} مش بيرد. المسؤول اسمه م. كريم عبد الحميد، إيميله ${email('karim.abdelhamid@nilepaints.com.eg')}.`),

  rec('chat_zh', f`帮我给发货人写封英文邮件：他们的锂电池货（UN3481，PI 967）缺少电池测试摘要（UN38.3 test summary）。联系人：王磊，电话 ${phone('+86 138 2741 9356')}，邮箱 ${email('wanglei@shenzhen-cellpower.cn')}。语气要专业但不要太生硬。`),

  rec('complaint_nl_be', f`Kunt ge een antwoord opstellen op deze klacht over bruin kraantjeswater?

"Sinds de werken in onze straat komt er bruin water uit de kraan. Ik heb twee flessen gevuld als staal. Gelieve mij te bellen op ${phone('0475 38 29 16', 'BE')} of te mailen naar ${email('wim.vanacker@telenet.be')}. Wim Van Acker, Kerkstraat, Gent."

Het labo kan de stalen morgen ophalen.`),

  rec('roster_bg', f`График за вземане на проби от чешми (следващата седмица) — преведи го на английски:
Понеделник: Благой Трайков, ${phone('+359 88 482 7391')}
Сряда: Елена Стоянова, ${phone('+359 89 293 8451')}
Петък: Георги Илиев, ${email('g.iliev@vodna-lab.bg')}`),

  rec('log_json', f`${amb('source_code.snippet', f`{"ts":"2024-12-04T06:12:44Z","svc":"results-portal","level":"warn","msg":"login throttled","user":"${email('r.castellanos@aguasdelvalle.mx')}","ip":"${amb('pii.ip_address', '187.190.44.18')}","attempts":7}
{"ts":"2024-12-04T06:13:02Z","svc":"results-portal","level":"info","msg":"password reset sent","user":"${email('r.castellanos@aguasdelvalle.mx')}","ip":"${amb('pii.ip_address', '187.190.44.18')}"}`)}

¿Esto parece un ataque o solo alguien que olvidó la contraseña?`),

  rec('signature_zh_hk', f`唔該幫我將呢封回覆改得有禮貌啲，客人話房間冷氣唔夠凍：

"多謝你嘅意見，我哋已經安排工程部跟進。"

--
陳嘉欣 Karen Chan
前台經理 · Maison Verveine Hong Kong
直線：${phone('+852 2482 7391')} · 手機：${phone('+852 9482 7391')}
${email('karen.chan@maisonverveine.com')}`),

  rec('call_note_bn', f`রোগীর আত্মীয়ের ফোন কলের নোটটা ইংরেজিতে গুছিয়ে লিখে দাও: রোগী: রহিম উদ্দিন, জন্ম তারিখ ${dob('১২/০৩/১৯৭৫')}। তাঁর ছেলে ${phone('+880 1712-482739')} নম্বর থেকে ফোন করে জানতে চেয়েছেন কবে ভিজিট করা যাবে। রোগীর সম্মতি ছাড়া তথ্য দেওয়া হয়নি।`),

  rec('interpreter_ta', f`மொழிபெயர்ப்பாளர் முன்பதிவு: நோயாளி திருமதி லட்சுமி சுப்பிரமணியம் (பிறந்த தேதி ${dob('04-10-1958')}) மனநல மதிப்பாய்வுக்கு தமிழ் மொழிபெயர்ப்பாளர் தேவை. மகள் தொலைபேசி: ${phone('07956 384712', 'GB')}. இதை ஆங்கிலத்தில் ஒரு முன்பதிவு மின்னஞ்சலாக எழுதுங்கள்.`),

  rec('chat_id', f`Halo, tolong bantu balas penggalang dana yang tanya kenapa pencairannya ditahan. Namanya Dewi Lestari, lahir ${dob('14 Agustus 1990')}, HP ${phone('+62 812-4827-3915')}, email ${email('dewi.lestari90@yahoo.co.id')}. Rekening bank atas nama suaminya, jadi perlu surat kuasa.`),

  rec('chat', f`Hi, can you help me write a message to our new volunteer? She's Annelie du Plessis, cell ${phone('082 482 7391', 'ZA')}, email ${email('annelie.duplessis@gmail.com')}. She starts Monday at the owl enclosure. Keep it friendly and short.`),

  rec('chat_sw', f`Habari, mchangishaji kutoka Kisumu anataka malipo yatumwe kwa M-Pesa badala ya benki. Namba yake ni ${phone('+254 712 482739')} na jina kwenye M-Pesa ni "Achieng Otieno". Tunaweza kufanya hivyo? Andika jibu fupi kwa Kiswahili.`),

  rec('chat_tr', f`Merhaba, Bakü'den gelen misafirin pasaport bilgilerini kontrol etmemiz lazım: Reşad Memmedov, pasaport numarası ${pass('C04829173')}, doğum tarihi ${dob('22.12.1986')}. Otel sisteminde "invalid document number" yazıyor. Sorun ne olabilir?`),

  rec('chat_hi', f`नमस्ते, स्वयंसेवकों की सूची में नया नाम जोड़ना है: प्रियंका देशमुख, जन्मतिथि ${dob('१८/०७/२०००')}, मोबाइल ${phone('+91 98765 48291')}। वह शनिवार को पक्षियों के वार्ड में काम करना चाहती है। अंग्रेज़ी में एक स्वागत संदेश लिख दीजिए।`),
];
