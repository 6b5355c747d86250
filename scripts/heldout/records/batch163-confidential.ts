/**
 * Held-out batch 163: classification and handling markings on audits, price lists, incident reviews
 * and board papers of the six organisations, in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH163_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('RESTRICTED')} – MINE SECURITY

Carrow Ridge Mining – Explosives Magazine No. 2 – quarterly audit
Findings: 1) two detonator boxes booked out on 14 May without a shotfirer countersignature; 2) intruder alarm test log missing for April; 3) key register kept in unlocked drawer.
Actions: retrain storekeepers, move key register to the safe, ask police licensing officer for a visit.

${mark('RESTRICTED')}

Turn the findings into a short action plan table for the site manager.`),

  rec('doc_de', f`${mark('VERTRAULICH')} – ${mark('Nur für den internen Gebrauch')}

NephroLink Heimdialyse – Preisverhandlung mit Krankenkassen 2026
Ziel: Pauschale je Behandlungstag von 84,20 € auf 88,00 € anheben; Untergrenze 86,50 €.
Argumente: gestiegene Transportkosten, neue Kühlkette für Bikarbonat-Beutel.

Bitte fasse das in drei Stichpunkten für den Geschäftsführer zusammen.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – grille tarifaire export 2026

Bonjour Hannah,

Voici la grille proposée pour nos distributeurs en France et au Benelux : cidre brut 75 cl à 4,10 € HT départ cave, poiré à 4,60 € HT. ${amb('confidential.marking', 'Ne pas transmettre aux agents avant la validation du comité.')}

Peux-tu me résumer les écarts par rapport à 2025 ?`),

  rec('doc_ja', f`以下の文書を英語に翻訳してください。

【${mark('取扱注意')}】
令和7年6月11日 海難事故対応の振り返り
・通報受理から巡視艇出動まで22分（目標15分）
・無線の引継ぎ記録に空白あり
・次回訓練で通信手順を再確認すること`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – revisión de precios para importadores de México

Equipo de exportación:
Adjunto la propuesta de descuentos por volumen para 2026 (8 % a partir de 500 cajas). ${amb('confidential.marking', 'No compartir fuera del departamento.')}

${mark('CONFIDENCIAL')} · Orchard Vale Cider Ltd

Hazme un resumen de 3 líneas para el director comercial.`),

  rec('doc_zh', f`请把下面这份材料改写成更简洁的会议纪要：

${mark('机密')}
机场停车场收费系统更换项目 — 供应商评估
1. A公司报价最低，但车牌识别准确率仅94%；
2. B公司可提供分期付款，维护合同五年；
3. 建议下周与B公司二次谈判。`),

  rec('doc_ko', f`${mark('대외비')}

어학원 비자 서류 발급 절차 개선안
- 초청장 발급 소요일: 평균 6일 → 목표 2일
- 여권 사본은 발급 후 30일 내 파기
- 대사관 문의 대응 담당자 지정

위 내용을 영어로 번역해 주세요.`),

  rec('doc_it', f`Traduci in inglese per il distributore irlandese:

${mark('RISERVATO')} – ${amb('confidential.marking', 'solo per i partner commerciali')}
Piano di lancio del sidro rosé in Italia: 3 catene della GDO da settembre, prezzo a scaffale consigliato 5,49 €.`),

  rec('doc_ptbr', f`${mark('CONFIDENCIAL – USO INTERNO')}

Relatório de incidentes de entrega – diálise domiciliar – maio/2025
• 4 entregas atrasadas mais de 24 h na região de Campinas
• 1 paciente recebeu concentração errada de solução (corrigido no mesmo dia)
Me ajuda a transformar isso num e-mail para a diretoria?`),

  rec('doc_ru', f`Сделай краткое изложение на английском:

${mark('Для служебного пользования')}
Акт проверки склада взрывчатых материалов №2 от 12.06.2025
Выявлено: журнал выдачи ВМ заполняется с задержкой до 2 суток; сигнализация не проверялась с апреля.`),

  rec('email_en_gb', f`Subject: ${mark('OFFICIAL-SENSITIVE')}: review of the Loch Ewe kayak incident, 11 June

All,

Draft review attached. Key points: the 999 transfer took 6 minutes because the caller was routed to the wrong centre; the CRT arrived before the ALB. ${amb('confidential.marking', 'Please do not forward outside the station.')}

Station Officer
Portmore Coastguard Station | ${phone('01445 712 364', 'GB')}

${mark('OFFICIAL-SENSITIVE')}

Can you help me make the review's "lessons identified" section clearer?`),

  rec('advisory', f`${mark('TLP:AMBER')}

Airports ISAC – phishing wave against parking-payment vendors
Actors are sending fake "tariff update" e-mails with a link to a cloned vendor portal. Recipients may share with their own organisation and its suppliers on a need-to-know basis.

Rewrite this as a short warning for our parking office staff, without the TLP details.`),

  rec('doc_pl', f`${mark('POUFNE')}

Notatka z rozmowy z Wyższym Urzędem Górniczym w sprawie rozszerzenia pozwolenia na magazyn materiałów wybuchowych. Urząd oczekuje nowej analizy odległości bezpiecznych do 30 września.

Przetłumacz proszę na angielski dla zarządu w Szkocji.`),

  rec('email_nl', f`Onderwerp: ${mark('VERTROUWELIJK')} – personeelsplanning kustwachtpost zomer 2025

Beste allemaal,
Door twee langdurig zieken draaien we in juli met één wachtofficier minder. Voorstel in de bijlage. Dit bericht is ${mark('vertrouwelijk')}; ${amb('confidential.marking', 'niet doorsturen')}.

Kun je dit herschrijven als korte, vriendelijke mail aan het team?`),

  rec('doc_ar', f`من فضلك ترجم هذا إلى الإنجليزية:

${mark('سري للغاية')}
مذكرة داخلية – مدرسة اللغات
تم رفض ثلاثة طلبات تأشيرة لطلابنا هذا الشهر بسبب أخطاء في خطابات القبول. يجب مراجعة كل خطاب من قبل مديرة الدراسات قبل إرساله.`),

  rec('email_sv', f`Ämne: ${mark('KONFIDENTIELLT')} – förhandling med Systembolaget

Hej,
Inför mötet den 24 juni: vi kan gå ned till 38 kr per flaska för cidern om volymen är minst 20 000 flaskor. Detta får inte nämnas i skriftlig korrespondens innan avtalet är klart.

Kan du skriva tre förhandlingsargument på svenska?`),

  rec('doc_en', f`This briefing is ${mark('strictly confidential')} and must not leave the dialysis distributor's management team.

Board briefing – recall of 1,200 peritoneal dialysis cassettes (lot PD-25-0417)
Supplier notified us on 2 June of a sealing defect. 318 cassettes were already delivered to patients; all patients contacted within 48 h. No adverse events reported so far.

Can you draft the patient-facing letter based on this (no internal numbers)?`),

  rec('email_he', f`נושא: ${mark('סודי')} – הערכת ספקים לשירותי חניה

שלום,
מצ"ב השוואת הצעות המחיר של שלושת הספקים. ${amb('confidential.marking', 'נא לא להעביר לגורמים חיצוניים.')}

תסכם לי את זה בשלוש שורות באנגלית?`),
];
