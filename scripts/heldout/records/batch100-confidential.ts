/**
 * Held-out batch 100: documents with classification markings (headers, footers, inline statements)
 * from the six settings, in several languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH100_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} – AFTER-SALES LEADERSHIP ONLY

Subject: Chassis cracking on the 12 m articulated range (build weeks 14–22)

Field reports from Dublin, Cork and Johannesburg show hairline cracks at the rear axle mounting on 41 vehicles. Engineering believes a welding parameter change at the Pretoria plant is the root cause. We are NOT announcing a recall yet; the warranty reserve will be raised by €3.8 m in Q4.

Please turn this into five bullet points for the board pack, same tone.`),

  rec('email', f`Betreff: ${mark('VERTRAULICH')} – Kulanzregelung Getriebeschäden Wien

Liebe Kolleginnen und Kollegen,
für die Wiener Linien gewähren wir bei den Getriebeschäden der Baureihe 2019 eine Kulanz von 70 % über die Garantiezeit hinaus. Diese Information ist ${mark('streng vertraulich')} und darf nicht an andere Betreiber weitergegeben werden.

Kannst du das in eine kurze interne Mitteilung umformulieren?`),

  rec('report', f`${mark('TLP:AMBER')}
Incident summary — ransomware attempt on the admissions network (psychiatric hospital)

At 03:12 an EDR alert fired on the admissions desk PC. The attacker used a phished VPN account. No patient records were exfiltrated according to current evidence. Share only with the regional health CERT.

Rewrite this for the hospital's executive committee in plain English.`),

  rec('memo', f`Nota interna — ${mark('CONFIDENCIAL')}
Casa de cambios, región Andina

La gerencia ha decidido ampliar el margen del par USD/COP de 1,8 % a 2,4 % en los aeropuertos a partir del 1 de diciembre. No comunicar a los cajeros hasta el día anterior.

¿Puedes resumirlo en tres líneas para el comité?`),

  rec('email', f`Objet : Renégociation du contrat de distribution numérique — ${mark('CONFIDENTIEL')}

Bonjour à tous,
La plateforme propose de passer de 70 % à 64 % de reversement sur les écoutes gratuites. Nous pensons contre-proposer 67 % avec un minimum garanti. Ce courriel est ${mark('strictement confidentiel')}.

Peux-tu préparer un argumentaire en cinq points ?`),

  rec('minutes', f`Terminal management meeting — ${mark('COMMERCIAL IN CONFIDENCE')}

1. Shipping line A threatens to move two weekly services to the competing terminal unless berth productivity exceeds 32 moves/hour.
2. Proposed discount: 6 % on THC for 2025.
3. Crane 7 overhaul moved to February.

Turn these minutes into an action list with owners.`),

  rec('email', f`Emne: ${mark('FORTROLIGT')} – fratrædelse i royalty-afdelingen

Hej HR,
Vi har aftalt en fratrædelsesordning med vores royalty-controller. Beløbet og vilkårene må ikke deles uden for ledelsen.
Kan du skrive et neutralt internt opslag om, at hun stopper?`),

  rec('notice', f`${mark('INTERNAL USE ONLY')}
Obituary desk — handling of paid notices for public figures

When a notice concerns a public figure, the desk editor must verify the death with two independent sources before publication. Do not publish cause of death unless the family states it.

Please make this into a one-page checklist.`),

  rec('memo', f`Ψυχιατρικό Νοσοκομείο — ${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}

Θέμα: Έλλειψη κλινών στην κλειστή πτέρυγα. Από τη Δευτέρα οι ακούσιες νοσηλείες θα κατευθύνονται προσωρινά στο Γενικό Νοσοκομείο. Μην κοινοποιηθεί στον Τύπο.

Γράψε το ως σύντομη ανακοίνωση προς το προσωπικό.`),

  rec('report', f`Classification: ${mark('Company Confidential')}

 Q3 FX bureau fraud review: 14 counterfeit EUR 200 notes detected at the airport branches, two employees under internal investigation. Summarise for the audit committee.`),

  rec('email', f`Tárgy: ${mark('BIZALMAS')} – garanciális költségek 2024

Kérlek, a mellékelt táblázat alapján írj egy rövid összefoglalót. Az adatok ${mark('bizalmasak')}, kizárólag a vezetőségnek szólnak.`),

  rec('memo', f`${mark('HIGHLY CONFIDENTIAL')} — Label catalogue sale

We are in exclusive talks to sell the 1970s highlife back catalogue (212 masters) to a US publisher for an undisclosed sum. Staff must not discuss this with artists or managers.

Draft an internal FAQ for the A&R team.`),

  rec('email', f`Тема: ${mark('КОНФИДЕНЦИАЛЬНО')}: изменение тарифов на хранение контейнеров

Коллеги, с 1 января плата за хранение порожних контейнеров повышается на 25 %. Информация ${mark('конфиденциальна')} до официального уведомления линий.

Сделай, пожалуйста, краткую версию на английском.`),

  rec('email', f`Subject: Re: coach body supplier audit

Hi Ruth, attached are the audit notes. Marked ${mark('Confidential – Supplier Sensitive')} as usual.

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.')}`),

  rec('memo', f`${mark('機密')} — ${mark('社外秘')}
件名：為替両替店舗の統廃合計画（2025年度）

空港店2店舗と駅前店1店舗を3月末で閉鎖予定。従業員への通知は2月1日。

この内容を役員向けに3行で要約してください。`),
];
