/**
 * Held-out batch 77: classification markings on survey findings, clinic governance papers, credit
 * committee minutes, film deliverables, library HR and plant reports, in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH77_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} – CLASS COMMITTEE ONLY

Subject: Suspension of class – bulk carrier "Aurora Spirit"
Findings at the annual survey in Piraeus: wastage of side shell frames in holds 3 and 5 beyond allowable limits, overdue condition of class from 2023 not dealt with. Recommendation: suspension from 1 March unless repairs are completed and verified.

Please turn this into a one-page briefing for the technical director.`),

  rec('email_de_ch', f`Betreff: ${mark('VERTRAULICH')} – Ofenstillstand Q2 und Personalplanung

Liebe Kolleginnen und Kollegen

Der geplante Stillstand von Ofenlinie 1 wird um sechs Wochen verlängert; in dieser Zeit prüfen wir die Umstellung auf 60 % Ersatzbrennstoffe. Die Gespräche mit der Personalkommission beginnen am 12. März.

Bitte kürz das auf drei Sätze.`),

  rec('minutes_fr', f`${mark('CONFIDENTIEL')} — Comité de crédit du 18/02/2025

Dossiers examinés : 14 prêts de groupe (Dakar Plateau, Thiès). 11 approuvés, 2 ajournés (garantie solidaire incomplète), 1 refusé (surendettement constaté via le bureau de crédit).
Portefeuille à risque > 30 jours : 6,8 % (objectif 5 %).

Rédige un résumé en anglais pour le bailleur.`),

  rec('slides_ja', f`表紙の表示はそのままで、このスライドの英訳をお願いします。

【${mark('社外秘')}】睡眠医療センター 2025年度 事業計画
・在宅PSGの件数を年間1,200件に拡大
・CPAP遠隔モニタリング契約を2社に集約
・検査技師2名の増員`),

  rec('email', f`Subject: Picture lock – "The Salt Road" – ${mark('CONFIDENTIAL – DO NOT FORWARD')}

Hi all,
Picture is locked as of today. Please don't share stills or the cut outside the grading and VFX teams; the distributor's embargo runs until the festival announcement on 4 April.
Conform starts Monday, reel 1–3 first.

Can you make this sound friendlier but keep the warning?`),

  rec('report_ko', f`이 보고서 요약해 주세요. 표지는 그대로 두고요.

${mark('대외비')} | 시멘트 공장 배출가스 자체점검 결과 (2025년 1월)
- 질소산화물 월평균 412 mg/Sm³, 기준 500 이내
- 1월 14일 SNCR 암모니아 펌프 고장으로 2시간 초과 기록
- 환경부 보고 여부 법무팀 검토 중`),

  rec('memo_es', f`${mark('RESERVADO')} – Uso exclusivo de la Dirección de Bibliotecas

Propuesta de cierre temporal de las sucursales de Usera y Villaverde Bajo por reforma (septiembre–diciembre). Personal afectado: 9 personas, reubicación en la Biblioteca Central.

¿Puedes redactar un comunicado interno a partir de esto?`),

  rec('letter_nl', f`Kun je dit wat zakelijker maken?

${mark('VERTROUWELIJK')}
Aan: Raad van Bestuur Slaapcentrum Oost
Onderwerp: Uitkomst interne audit telemonitoring

De audit toont dat 4 van de 7 leveranciers geen verwerkersovereenkomst hebben die voldoet aan de AVG. Advies: contracten voor 1 juli heronderhandelen.`),

  rec('email_pl', f`Temat: ${mark('POUFNE')} – wyniki audytu emisji pyłu

Zespole,
audyt zewnętrzny wykazał przekroczenie dobowego limitu pyłu na emitorze E-3 w dniach 7–9 stycznia. Prosimy nie komentować sprawy poza zespołem do czasu stanowiska zarządu.

Przetłumacz proszę na angielski.`),

  rec('email_ru', f`Тема: ${mark('Для служебного пользования')} — итоги освидетельствования танкера «Северная звезда»

Коллеги, по результатам освидетельствования выявлены трещины в районе второй палубы, требуется ремонт до продления класса. Просьба не пересылать письмо судовладельцу до согласования с главным инспектором.

Переведи на английский, пожалуйста.`),

  rec('doc', f`TLP marking question: our CERT shared this with the plant IT team, can I paste the IOCs in our ticket?

${mark('TLP:AMBER')}
Campaign targeting cement and lime producers via fake emissions-reporting portals. Observed since January; initial access through phishing pages imitating the national registry login.`),

  rec('minutes_sv', f`Skriv om det här protokollet till en kort sammanfattning, men behåll märkningen.

${mark('KONFIDENTIELLT')}
Styrelsemöte Stadsbiblioteket 2025-02-11
§4 Förhandling om ny e-boksleverantör: avtal med nuvarande leverantör sägs upp per 2025-06-30. Budgetram 2,4 MSEK.`),

  rec('email_pt', f`Assunto: Orçamento de pós-produção – ${mark('CONFIDENCIAL')}

Segue a proposta final para a série "Maré Alta": 8 episódios, grading HDR, 140 planos de VFX, entrega Netflix IMF. Valor global: 612.000 €.

Este documento é ${mark('confidencial')} e destina-se apenas à produtora.

Podes traduzir para inglês?`),

  rec('note_da', f`Oversæt til engelsk:

${mark('FORTROLIGT')} – Klasseselskabets interne vurdering
Skibsværftet i Frederikshavn har tre åbne afvigelser vedr. svejseprocedurer. Vi anbefaler, at certifikatet for nybygning 471 først udstedes efter ny audit.`),

  rec('memo_ar_eg', f`ممكن تلخص المذكرة دي في نقطتين بالإنجليزي؟

${mark('سري للغاية')}
إلى: رئيس مجلس الإدارة
الموضوع: خطة خفض محفظة القروض المتعثرة في فروع الصعيد — تجميد صرف قروض جديدة في 4 فروع لمدة 3 شهور.`),

  rec('email_fi', f`Aihe: ${mark('LUOTTAMUKSELLINEN')}: unipoliklinikan henkilöstömuutokset

Hei,
unihoitajien määrä vähenee kahdella 1.5. alkaen. Tieto on ${mark('luottamuksellinen')}, kunnes yt-neuvottelut on käyty.

Voitko kirjoittaa tästä englanninkielisen version?`),
];
