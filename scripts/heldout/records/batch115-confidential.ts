/** Held-out batch 115: classification markings on defender memos, club medical reports, loan committee papers, crew and SCADA documents, and look-alikes. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH115_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('PRIVILEGED & CONFIDENTIAL — ATTORNEY WORK PRODUCT')}

To: Felony Unit 3
From: Supervising Attorney
Re: State v. Greene — suppression strategy

The stop was extended 14 minutes beyond the traffic purpose without articulable suspicion (Rodriguez). Body-cam timestamps support this. Recommend filing the motion before the June 20 status date.

${mark('ATTORNEY WORK PRODUCT')} — do not forward outside the office.

Make this into a one-page outline for the trial team.`),

  rec('email', f`Subject: Re: Okafor file — plea offer

${mark('This email is privileged and confidential')} and intended only for the defense team.

The DA's offer is 18 months with credit for time served. Client has not decided. Please do not discuss with family members until he does.

Can you rephrase this so the intern understands what they can and can't say?`),

  rec('report_en_gb', f`${mark('MEDICAL IN CONFIDENCE')}
Return-to-play report — first team, week 23

Three players cleared for full training; one (hamstring) on modified load until Friday. Recommend no minutes for #14 on Saturday.

Footer on every page: FC Riverside Medical Department · ${mark('Medical in Confidence')}

Condense this for the manager, one paragraph.`),

  rec('doc_es', f`${mark('CONFIDENCIAL')} — Uso exclusivo del cuerpo técnico
Informe de valoración médica del jugador en prueba (fichaje invierno)
Conclusión: apto con seguimiento de tendinopatía aquilea bilateral.

Tradúcelo al inglés para el director deportivo.`),

  rec('doc_de', f`${mark('VERTRAULICH')} – nur für den Kreditausschuss
Vorlage: Sanierungskredit Milchviehbetrieb Gruber GbR
Empfehlung: Stundung der Tilgung für 12 Monate, Zinsen laufen weiter.

Fass das bitte in drei Sätzen zusammen.`),

  rec('doc_hi', f`${mark('गोपनीय')}
ऋण समिति की बैठक का कार्यवृत्त — 3 जून 2025
सूखा प्रभावित 42 किसानों के फसल ऋण का पुनर्गठन स्वीकृत।

इसे अंग्रेज़ी में संक्षेप में लिखें, पर शीर्षक में ${mark('गोपनीय')} रहने दें।`),

  rec('doc_ja', f`${mark('社外秘')}
船員交代手順書（改訂第4版）
第3章 ビザ申請書類の取り扱い

この章を英語に翻訳してください。`),

  rec('doc_ko', f`${mark('대외비')}
태양광 발전소 SCADA 네트워크 구성도 설명서 v2

이 문서의 목차만 영어로 번역해 주세요.`),

  rec('advisory', f`${mark('TLP:AMBER+STRICT')}
Advisory for PV operators: exploitation of an authentication bypass in a widely used string-inverter web interface observed since May. Restrict management interfaces to the OT VLAN.

Help me turn this into an internal checklist for our field team (no vendor names).`),

  rec('doc_ru', f`${mark('Для служебного пользования')}
Регламент доступа подрядчиков к SCADA солнечной электростанции
1. Доступ только через jump-host и только в окна обслуживания.

Переведи на английский.`),

  rec('doc_pt_br', f`Cabeçalho do documento: "${mark('CONFIDENCIAL')} – Comitê de Crédito Rural"
Pauta: renegociação de dívidas de produtores afetados pela enchente no RS.

Pode resumir em tópicos? E no rodapé também vem escrito ${mark('Documento confidencial')}, mantenha.`),

  rec('doc_sv', f`${mark('KONFIDENTIELLT')} – Prissättning digital prenumeration 2026
Förslag: höja månadspriset från 149 kr till 169 kr, behålla studentrabatten.

Skriv en kort sammanfattning för ledningsgruppen. Observera att ${mark('dokumentet är konfidentiellt')}.`),

  rec('doc_ar', f`${mark('سري للغاية')}
مذكرة داخلية: ترتيبات تغيير الطاقم للسفن الراسية في جدة خلال موسم الحج.

ترجم المذكرة إلى الإنجليزية واحتفظ بالتصنيف في الأعلى.`),

  rec('email_footer', f`Thanks, I'll confirm the crew list by 14:00.

--
Harbour Line Agencies Ltd.
${amb('confidential.marking', 'This message and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.')}`),

  rec('chat', f`For the subs team training: what's the difference between "confidential" and "internal" in our data classification policy, and which label should a reader's billing history get?`),

  rec('doc_uk', f`${mark('КОНФІДЕНЦІЙНО')}
Звіт про відмову інвертора №7, СЕС «Степова»
Причина: пробій ізоляції DC, заміна модуля IGBT.

Зроби короткий підсумок англійською. Позначку ${mark('конфіденційно')} залиш у заголовку.`),
];
