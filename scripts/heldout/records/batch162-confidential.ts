/**
 * Held-out batch 162: classification and handling markings in prison intelligence notes, bounty
 * advisories, flight-safety reports, lab results, bursary minutes and tender papers, in many
 * languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH162_CONFIDENTIAL: DraftRecord[] = [
  rec('email_en_gb', f`Subject: ${mark('OFFICIAL-SENSITIVE')}: visits hall – change to search procedure

All,

Following two finds in the visits hall last month, from Monday visitors' coats will be stored in lockers outside the hall and the second search officer will move to the children's play area. Security department to review CCTV coverage of the vending machines.

Please brief your teams but ${amb('confidential.marking', 'do not put this on the visitor notice board')}.

${mark('OFFICIAL-SENSITIVE')}

Can you rewrite this as a short briefing script for the morning muster?`),

  rec('memo_cy_en', f`${mark('SWYDDOGOL-SENSITIF')} / ${mark('OFFICIAL-SENSITIVE')}

Nodyn i staff y ganolfan ymwelwyr: bydd y drefn archebu dros y ffôn yn dod i ben ar 31 Mawrth.
Note to visitors' centre staff: telephone booking ends on 31 March.

Please produce a bilingual FAQ for families from this note.`),

  rec('advisory_en', f`${mark('TLP:AMBER')}

Bounty programme advisory – 2025-02
A researcher has shown that the password-reset flow of a customer's visitor-booking app leaks whether an e-mail address is registered (timing difference ~180 ms). Fix is in progress; customer asked us not to disclose before 14 March.

${amb('confidential.marking', "Recipients may share with their own organisation's security staff only")}.
${mark('TLP:AMBER')}

Help me write a short, non-technical summary for our account managers.`),

  rec('advisory_de', f`${mark('TLP:RED')} – ${amb('confidential.marking', 'nur für die benannten Empfänger')}

Im Rahmen des Bug-Bounty-Programms wurde eine Schwachstelle in der Zählerablese-App gemeldet, über die Routenpläne anderer Dienstleister abgerufen werden können. Patch für Version 4.2 ist in Arbeit.

Bitte formuliere daraus eine interne Ticketbeschreibung ohne technische Details.`),

  rec('report_ko', f`다음 보고서 머리말을 영어로 번역해 주세요.

[${mark('대외비')}] 버그바운티 접수 BB-21033 – ${amb('confidential.marking', '공개 금지')}(엠바고 3월 21일까지)
요약: 학교 입학 포털의 파일 업로드 기능에서 확장자 검증 우회 가능.
영향: 학부모가 올린 서류에 타인이 접근할 수 있음.`),

  rec('report_nb', f`Kan du lage et engelsk sammendrag av denne rapporten?

${mark('STRENGT FORTROLIG')} – flysikkerhetsundersøkelse
Hendelse: Hard landing, LN-OHT, Flåm, 9. februar
Foreløpige funn: Fartøysjefen fløy inn i fallende sikt; værmelding oppdatert 20 min før avgang ble ikke lest. Ingen personskader.
Tiltak: Obligatorisk værbrief før hver tur.`),

  rec('report_ja', f`この事故報告書の冒頭を英語に訳してください。

${mark('社外秘')}
遊覧飛行インシデント報告（2025年2月11日、JA-HL7）
着陸時に尾部ローターが雪面の標識に接触。乗客4名、負傷なし。
原因調査中のため、${amb('confidential.marking', '本報告書の内容は運航部内に限る')}。`),

  rec('lab_is', f`Getur þú stytt þetta niður í 3 punkta fyrir stjórnina?

${mark('TRÚNAÐARMÁL')}
Niðurstöður rannsóknarstofu, febrúar: Arsen í sýnum af beltisþara frá stöð 4 mældist yfir mörkum ESB fyrir fæðubótarefni. Útflutningur á lotum 25-041 til 25-047 stöðvaður þar til endurmæling liggur fyrir.`),

  rec('contract_zh', f`帮我把这份合同的标题和第一条翻成英文：

${mark('商业机密')}
海藻粉采购框架协议（2025—2027）
第一条：买方承诺每年采购不少于 120 吨食品级海带粉，价格按季度根据碘含量检测结果调整。`),

  rec('minutes_en', f`${mark('CONFIDENTIAL')} — Bursary Committee

Minutes of the meeting of 6 February
Present: Bursar, Head, two governors.
1. 14 new applications for September. 9 meet the income criteria, 3 require a home visit, 2 declined.
2. Hardship fund: £18,400 left for this academic year.

${mark('This document is confidential')} and must not be forwarded to parents.

Please turn this into an action list for the bursar's office.`, 'inline statement labelled too, in lower case as written'),

  rec('doc_fr_ch', f`Peux-tu corriger les fautes de ce courrier ?

${mark('CONFIDENTIEL')}
Commission des bourses – Collège du Léman
Madame, Monsieur,
Nous avons le plaisir de vous informer que la commission a accordé à votre enfant une bourse partielle de 40 % des écolages pour l'année 2025-2026.`),

  rec('tender_it', f`Riassumi questo documento in 5 punti per il direttore tecnico:

${mark('RISERVATO')} – ${amb('confidential.marking', 'Uso interno')}
Gara d'appalto per il servizio di lettura contatori gas, lotti 3 e 4 (Bergamo e Brescia)
Base d'asta: € 0,88 per lettura. Penale per letture stimate oltre il 6%: 2% del canone mensile.`),

  rec('memo_es', f`Tradúceme este aviso al inglés para el contratista nuevo:

${mark('CONFIDENCIAL')}
Plan de rutas de lectura de contadores – marzo
Zonas con perros peligrosos señalados por los lectores: Calle Mayor 12–40, urbanización Los Pinos. ${amb('confidential.marking', 'No compartir este plan fuera de las empresas contratistas')}.`),

  rec('doc_cs', f`${mark('DŮVĚRNÉ')}

Hodnocení subdodavatelů odečtů – leden 2025
Firma A: 2,1 % odhadnutých stavů, 3 stížnosti
Firma B: 7,9 % odhadnutých stavů, 11 stížností – doporučujeme nevypsat prodloužení smlouvy

Můžeš z toho udělat krátký e-mail pro vedoucího obchodu?`),

  rec('doc_ru', f`Переведи шапку и первый абзац на английский:

${mark('ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ')}
Порядок проверки посетителей в комнате краткосрочных свиданий
1. Все посетители предъявляют паспорт и проходят досмотр.
2. Передача продуктов — только через окно передач.`),

  rec('doc_ar', f`ترجم هذا الإشعار إلى الإنجليزية من فضلك:

${mark('سري للغاية')}
إلى: لجنة المنح الدراسية
بخصوص: طلبات الإعفاء من الرسوم للعام 2025/2026
تمت مراجعة 22 طلبًا، وتقترح اللجنة قبول 11 طلبًا بنسبة إعفاء تتراوح بين 25% و100%.`),

  rec('doc_he', f`תרגם בבקשה לאנגלית את הכותרת ואת הפסקה הראשונה:

${mark('חסוי')}
דו"ח ממצאים – תוכנית באג באונטי, רבעון 1
נמצאו 3 חולשות חמורות באפליקציית קריאת המונים, שתיים מהן טרם תוקנו.`),

  rec('doc_et', f`Tõlgi see teade inglise keelde:

${mark('ASUTUSESISESEKS KASUTAMISEKS')}
Külastusruumi uus ajakava: lühiajalised kokkusaamised toimuvad alates 1. aprillist teisipäeviti ja laupäeviti. ${amb('confidential.marking', 'Juurdepääs teabele on lubatud ainult vangla töötajatele')}.`),
];
