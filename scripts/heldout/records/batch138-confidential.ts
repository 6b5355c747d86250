/**
 * Held-out batch 138: classification and handling markings in memos, e-mails, protocols and slides
 * from the six organisations, in their own languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH138_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} – WINNER PROTECTION

To: Prize Claims Office, Press Office
Re: Jackpot claim JC-2024-0117 (£14.2m, draw of 20 November)

The winner has opted for no publicity. Do not confirm the town, the retailer or the ticket type to any caller, including local press. All media requests go to the Head of Communications.

${mark('STRICTLY CONFIDENTIAL')} – page 1 of 1

Can you turn this into a short briefing script for the call-centre team, without any details of the claim?`),

  rec('protocol_de', f`Bitte den folgenden Abschnitt aus dem Studienprotokoll ins Englische übersetzen:

${mark('VERTRAULICH')} – Studienprotokoll SL-2024-07, Version 1.3
„Wirksamkeit von Orexin-Rezeptor-Antagonisten bei Schichtarbeitern mit Insomnie"
Die Randomisierungsliste wird ausschließlich von der Studienapotheke verwaltet und darf dem Schlaflabor nicht zugänglich gemacht werden.`),

  rec('email_fr', f`Objet : ${mark('CONFIDENTIEL')} – traduction fiche produit lancement T2

Bonjour Élise,

Ci-joint les fiches du nouveau collier GPS pour chiens à traduire en allemand, italien et néerlandais. ${mark('Ce document est strictement confidentiel')} jusqu'au lancement du 3 mars : merci de ne pas le déposer sur les plateformes de TAO en ligne.

Bien à vous,
Claire – gestion de projets

→ reformule ce mail pour nos traducteurs freelances, plus court`),

  rec('note_es', f`Resume esta nota interna en tres líneas para el comité:

${mark('CONFIDENCIAL – USO INTERNO')}
Investigación de posible fraude en reclamaciones veterinarias – Clínica Veterinaria Los Almendros
Se han detectado 37 facturas con el mismo importe (284,50 €) y tratamientos idénticos para animales distintos en seis semanas. Se propone suspender el pago directo a la clínica mientras dure la revisión.`),

  rec('doc_ja', f`以下の文書の冒頭を英訳してください。

【${mark('社外秘')}】
高額当せん者対応マニュアル（第4版）
1. 当せん者の氏名・住所は、いかなる場合も売場および報道機関に開示しない。
2. 受取手続きは本店の個室で行う。`),

  rec('doc_zh', f`请把这份通知翻译成英文：

${mark('内部资料 严禁外传')}
关于编组站驼峰调车作业调整的通知
自12月9日起，夜班驼峰解编作业时间调整为22:00至次日06:00，各班组请提前做好人员安排。`),

  rec('slide_ko', f`발표 자료 노트를 영어로 번역해 주세요. 슬라이드 하단에는 "헬리오테라 O&M · ${mark('대외비')}"라고 적혀 있어요.

내용: 영암 태양광 발전소 인버터 교체 일정 및 예산(12억 원). 협력사 선정은 다음 달 확정.`),

  rec('doc_ru', f`Переведи на английский шапку и первый абзац:

${mark('Для служебного пользования')}
Регламент осмотра вагонов на сортировочной станции, ред. 2024
Осмотрщики вагонов обязаны фиксировать все неисправности тормозного оборудования в электронном журнале до роспуска состава с горки.`),

  rec('email_it', f`Oggetto: ${mark('RISERVATO')} – offerta manutenzione parco FV Foggia

Buongiorno,
in allegato la nostra offerta per il contratto O&M triennale. Il prezzo è valido 60 giorni.

Traduci in inglese e rendilo più formale, per favore.`),

  rec('memo_nl', f`${mark('STRIKT VERTROUWELIJK')}

Aan: directie Prijzenbureau
Betreft: verificatie winnaar Jackpot 3 november

De winnaar heeft gevraagd om volledige anonimiteit. Het bedrag wordt pas uitbetaald na afronding van het identiteitsonderzoek.

Maak hier een korte samenvatting van in het Engels.`),

  rec('doc_pl', f`Przetłumacz proszę nagłówek i stopkę umowy na angielski:

${mark('POUFNE')} – Umowa ramowa o świadczenie usług tłumaczeniowych
…
Stopka: Lingwave Localisation Sp. z o.o. · ${mark('Dokument poufny')} · str. 1/12`),

  rec('email_ar', f`ترجم هذه الرسالة إلى الإنجليزية من فضلك:

الموضوع: ${mark('سري للغاية')} – التحقق من هوية الفائز بالجائزة الكبرى

السادة فريق المطالبات،
يرجى عدم مشاركة أي معلومات عن الفائز مع أي جهة خارجية قبل اكتمال إجراءات التحقق. للاستفسار: ${phone('+971 4 318 2746')}`),

  rec('advisory', f`${mark('TLP:AMBER')}

Advisory to O&M contractors: exploitation attempts against the web interface of string inverters (firmware < 3.2.18) observed on internet-exposed plants. Restrict management interfaces to the VPN and rotate default installer passwords.

Write me a checklist for our field technicians based on this, in plain English.`),

  rec('doc_tr', f`Şu belgenin başlığını İngilizceye çevirir misin?

${mark('HİZMETE ÖZEL')}
Büyük İkramiye Kazananları İçin Ödeme ve Doğrulama Prosedürü – Revizyon 5`),

  rec('email_da', f`Emne: ${mark('FORTROLIGT')}: klagesag om afvist skadeanmeldelse

Hej Mette, vedhæftet dyrlægens udtalelse. Sagen må ikke deles uden for skadeafdelingen.

Kan du oversætte emnelinjen og første sætning til engelsk?`),

  rec('doc_he', f`תרגם לאנגלית את הכותרת והפסקה הראשונה:

${mark('סודי')} – לשימוש פנימי בלבד
תוצאות מחקר השינה בקרב נהגי קטרים: 41% מהמשתתפים הציגו AHI מעל 15.`),

  rec('email_pt_br', f`Assunto: ${mark('CONFIDENCIAL')} – relatório de perdas da usina de Janaúba

Pessoal, segue o relatório de geração de novembro. Perda de 4,1% por sujidade nos módulos. Não repassar para o cliente ainda.

→ pode resumir em inglês em 3 bullets?`),

  rec('doc_ja', f`この注意書きを英語にしてください。「本資料の社外への持ち出しを禁止します」の部分は文書の冒頭にあります。

${amb('confidential.marking', '本資料の社外への持ち出しを禁止します。')}
太陽光発電所O&M 年間点検計画 2025`, 'handling ban without a marking word: ambiguous per the conventions'),

  rec('email', f`Thanks, I'll get the signed vendor agreement back to you by Friday.

Kind regards,
Priya Raman | Vendor Manager | Lingwave Localisation

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee.')} If you are not the intended recipient, please delete it and notify the sender.

→ can you make my first line sound less stiff?`),
];
