/** Held-out batch 119: classification markings in memos, mails, protocols and plans of the six organisations, many languages. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH119_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')} – UNDERWRITING USE ONLY

Subject: Lender panel changes from 1 April

Two lenders are tightening self-employed criteria (3 years' accounts instead of 2) and one is withdrawing 95% LTV products for new-build flats. We expect ~15% of the current pipeline to need re-packaging.

Turn this into a short briefing for the advisers, keep the lender names out.

${mark('CONFIDENTIAL')}`),

  rec('doc_de', f`Kannst du das kürzen, damit es auf eine Folie passt?

${mark('VERTRAULICH')} – ${mark('nur für den internen Gebrauch')}
Ausbauplanung FTTH Landkreis Oder-Spree, Q2/2025
Cluster 4 (Beeskow Nord): 1.240 Homes passed, Tiefbau ab KW 16, Subunternehmer noch offen.
Cluster 5 (Storkow): Genehmigung Straßenbaulastträger fehlt, Verschiebung um 6 Wochen wahrscheinlich.`),

  rec('protocol_fr', f`Peux-tu résumer ce synopsis pour l'affiche de la salle d'attente (langage patient, sans détails techniques) ?

Protocole MRD-3318-02 – Synopsis, version 4.0 du 12/11/2024
Étude de phase II, randomisée, en double aveugle, évaluant l'efficacité d'un inhibiteur oral chez des patients atteints d'insuffisance rénale chronique de stade 3b–4.
Critère principal : variation du DFGe à 52 semaines.

${mark('CONFIDENTIEL')} – Ce document est la propriété du promoteur et ne doit pas être divulgué sans son accord écrit.`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – cachés cabezas de cartel 2025

Hola equipo,
os paso el resumen de cachés confirmados para la reunión del jueves. Por favor, no reenviéis este correo fuera del comité de programación.

Me ayudas a convertirlo en una tabla para la presentación? (sin las cifras, solo los rangos)`),

  rec('doc_it', f`${mark('RISERVATO')}
Elenco armatori con morosità > 90 giorni – Marina Porto Azzurro
Aggiornato al 31/01/2025 – 7 posizioni, totale insoluto € 48.320

Scrivimi una lettera di sollecito standard, cortese ma ferma, senza nominare nessuno.`),

  rec('doc_ja', f`以下の資料を英語に翻訳してください（見出しも含めて）。

【${mark('社外秘')}】
2025年度 FTTH 開通工事 外注単価の見直し案
・戸建て標準工事：18,500円 → 17,200円
・集合住宅（光配線方式）：9,800円 → 9,300円
協力会社への提示は4月以降とする。`),

  rec('doc_ko', f`${mark('대외비')} — 2025 당일배송 요금 인상안

수도권 기본요금 6,500원 → 7,200원 (3월 10일부터)
야간(20시 이후) 할증 30% 신설

고객센터 상담원용 안내 스크립트로 바꿔 주세요. 금액은 공지 전까지 말하지 않도록요.`),

  rec('doc_zh', f`帮我把下面这段改写成给艺人经纪人的邮件（先不提具体阵容）：

${mark('内部资料，请勿外传')}
2025 夏日音乐节 阵容（未公布）：主舞台周五压轴已签约，周六压轴仍在谈判，预计 3 月 15 日官宣。`),

  rec('email_pl', f`Temat: ${mark('POUFNE')}: wyniki audytu wniosków hipotecznych – II półrocze

W 12 z 140 skontrolowanych wniosków brakowało potwierdzenia źródła wkładu własnego. Proszę o uzupełnienie procedury do końca miesiąca.

Przeredaguj to jako notatkę dla doradców, bez liczb.`),

  rec('doc_ru', f`Переведи на английский для спонсора:

${mark('Конфиденциально')}
Отчёт о наборе пациентов, центр 0427, январь 2025
Скринировано: 11, рандомизировано: 6, выбыло на скрининге: 5 (основная причина — СКФ ниже порога).`),

  rec('email_nl', f`Onderwerp: ${mark('Vertrouwelijk')} – nieuwe tarieven grootzakelijke klanten koeriersdienst

Beste collega's,

Dit bericht is ${mark('strikt vertrouwelijk')}: de nieuwe staffel (vanaf 500 ritten/maand 12% korting) delen we pas na akkoord van de directie.

Kun je hier een Engelse versie van maken?`),

  rec('doc_pt_br', f`${mark('CONFIDENCIAL — USO INTERNO')}
Plano de contingência para o Carnaval – entregas expressas SP/RJ
Bloqueios previstos: Av. Paulista (sáb–ter), orla de Copacabana (dom).
Reforço de 40 motoboys terceirizados, diária R$ 280.

Resume em 5 bullets pra mandar no grupo dos supervisores.`),

  rec('protocol_en', f`Can you rewrite this inclusion criteria section in plain language for the pre-screening call script?

${mark('Sponsor Confidential')}
Protocol MRD-3318-02, Amendment 2
5.1 Inclusion: age 40–80; eGFR 15–44 mL/min/1.73m² at screening; stable ACEi/ARB dose ≥ 4 weeks.
5.2 Exclusion: kidney transplant; dialysis expected within 6 months; HbA1c > 10%.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Phishing wave impersonating same-day couriers: SMS "your parcel is held, pay 1.99 redelivery fee" linking to look-alike domains registered this week. Several of our customers reported it to the contact centre today.

Draft a short customer-facing warning for our website (no indicators, nothing from this advisory verbatim).`),

  rec('doc_sv', f`${mark('KONFIDENTIELLT')} – under embargo till 2025-03-20 kl. 09:00
Festivalens line-up 2025, dag 1–3. Ingen delning med artisternas team före releasen.

Gör om till ett pressmeddelande-utkast som vi kan skicka ut på embargodagen.`),

  rec('doc_ar', f`${mark('سري للغاية')}
قائمة العملاء المميزين (VIP) في المرسى – يخوت فوق 30 متراً
يُمنع تداول هذه القائمة خارج مكتب الإدارة.

اكتب لي رسالة ترحيب عامة بالعربية والإنجليزية لعملاء هذه الفئة بمناسبة الموسم الجديد.`),

  rec('email_he', f`נושא: ${mark('סודי')} – תוצאות ביקור ניטור ינואר

ממצאים עיקריים: 2 טפסי הסכמה ללא חתימת עד, סטייה אחת מחלון הביקור. נא לתקן עד הביקור הבא.

תנסח בבקשה תשובה למוניטור שמאשרת שהממצאים טופלו.

${amb('confidential.marking', 'הודעה זו והמידע הכלול בה מיועדים לנמען בלבד ועשויים להכיל מידע חסוי.')}`),

  rec('email_tr', f`Konu: ${mark('GİZLİDİR')} – kurye taşeron sözleşmesi yenileme

Ekteki taslakta kilometre başı ücret 7,40 TL'den 8,10 TL'ye çıkıyor. Hukuk onayı gelmeden taşeronla paylaşmayın.

Bunu İngilizce kısa bir özet haline getirir misin?`),
];
