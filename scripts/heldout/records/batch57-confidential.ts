/**
 * Held-out batch 57: classification markings in memos, board papers, jury notes, tender files and
 * e-mails, in the languages of the setting, and a few look-alikes. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH57_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de_at', f`${mark('VERTRAULICH')} – nur für die Geschäftsleitung

Garantierückstellungen Q4: Die Schadensquote bei den Türantrieben der Baureihe 2022 liegt bei 7,8 % statt der kalkulierten 2 %. Wir empfehlen eine stille Rückrufaktion über die Händler ab Jänner, Kosten geschätzt 1,9 Mio. EUR. Der Zulieferer wurde noch nicht informiert.

Mach daraus bitte drei Folien für die Sitzung am Montag.`),

  rec('board_fr_be', f`${mark('CONFIDENTIEL')} – Conseil d'administration du 28 novembre

Point 4 : rapprochement avec la coopérative funéraire de Namur. Valorisation indicative entre 2,1 et 2,6 M€. Les responsables de sites ne sont pas encore informés ; aucune communication au personnel avant la décision de l'AG.

Peux-tu résumer ce point en cinq lignes pour le procès-verbal ?`),

  rec('email_nl_be', f`Onderwerp: ${mark('STRIKT VERTROUWELIJK')} – offerte crematorium Lier

Beste Koen,

In bijlage onze definitieve prijs voor het beheer van het crematorium (2025–2029). Deze cijfers mogen niet gedeeld worden met de andere inschrijvers of met de gemeentelijke adviescommissie vóór de opening van de offertes.

Kun je dit mailtje korter maken en de toon iets formeler?`),

  rec('jury_sv', f`${mark('KONFIDENTIELLT')} – juryns överläggningar, kortfilmstävlingen

Juryn har enats om vinnaren ("Tystnaden i Härnösand"). Beslutet offentliggörs på galan den 2 februari; fram till dess får ingen i personalen bekräfta något för press eller filmteam.

Skriv ett kort tackmejl till juryn på engelska, utan att nämna vinnaren.`),

  rec('doc_is', f`${mark('TRÚNAÐARMÁL')}
Dagskrá hátíðarinnar 2025 – drög 3

Opnunarmyndin verður frumsýnd í Háskólabíói 24. september. Ekki má tilkynna val á opnunarmynd fyrr en á blaðamannafundinum.

Þýddu fyrirsögnina og fyrstu málsgreinina yfir á ensku.`),

  rec('tender_lt', f`Prašau išversti į anglų kalbą:

${mark('KONFIDENCIALU')}
Atliekų surinkimo paslaugų pirkimas, Vilniaus miesto savivaldybė, 3 pirkimo dalis.
Mūsų siūloma kaina už toną: 68,40 EUR. Šis dokumentas skirtas tik pirkimo komisijai.`),

  rec('memo_hu', f`${mark('SZIGORÚAN BIZALMAS')}

Tárgy: a záhonyi vámkezelési iroda bezárása
A forgalom 2024-ben 38%-kal csökkent, ezért az irodát március 31-ével bezárjuk; a négy ügyintézőből kettőnek Budapestre tudunk helyet ajánlani. Az érintetteket a jövő héten tájékoztatjuk személyesen.

Fogalmazd át semlegesebb hangnemben a belső bejelentéshez.`),

  rec('doc_bg', f`${mark('ПОВЕРИТЕЛНО')}
Оферта за митническо представителство – Логистичен парк Пловдив
Предлагана такса: 42 лв. на декларация при обем над 400 декларации месечно.

Преведи заглавието и първия абзац на английски.`),

  rec('doc_ru', f`Гриф: ${mark('КОММЕРЧЕСКАЯ ТАЙНА')}
Экз. № 2

Тарифы для ключевого клиента (автозапчасти, Китай → Казань): оформление импортной декларации — 9 500 руб., при объёме свыше 60 деклараций в месяц — 7 800 руб.

Перепиши это как короткое коммерческое предложение, но без грифа, для отправки клиенту.`),

  rec('slide_ja', f`次のスライドのスピーカーノートを作ってください（フッターには「${mark('社外秘')}」と入っています）。
内容：次世代AMR「K-7」の量産開始を2025年7月から10月に延期。理由はモータードライバの供給遅延。顧客への発表は12月の展示会まで控える。`),

  rec('report_ko', f`${mark('대외비')}
서비스 로봇 렌탈 사업 3분기 손익 보고

렌탈 해지율이 11%로 상승했으며, 주요 원인은 충전 도크 불량입니다. 이 보고서는 경영진 회의용이며 외부 파트너와 공유하지 마십시오.

영어로 한 단락 요약해 주세요.`),

  rec('email_zh_tw', f`主旨：【${mark('機密')}】影展開幕片片單（定稿）

各位好，附件為開幕片與閉幕片的最終片單，正式公布前請勿外流，也請不要轉寄給片商。

幫我把這封信改得客氣一點，並翻成英文。`),

  rec('roadmap', f`${mark('CONFIDENTIAL – INTERNAL USE ONLY')}
Kinetiq Robotics · 2025 product roadmap (draft v4)

- H1: payload 300 kg variant, new lidar supplier (switch from current vendor, not yet announced)
- H2: fleet manager SaaS price increase of 18% for existing customers

Rewrite the bullets as a short update for the engineering all-hands, leaving out the pricing.`),

  rec('email_es_mx', f`Asunto: Propuesta de convenio con aseguradora – ${mark('CONFIDENCIAL')}

Estimados consejeros:

Les comparto la propuesta de la aseguradora para los planes de previsión. La comisión ofrecida es del 14 % y exigen exclusividad por cinco años. Esta información es de uso exclusivo del consejo de administración.

¿Me ayudas a resumirla en tres puntos y a señalar los riesgos?`),

  rec('email_it', f`Oggetto: ${mark('RISERVATO')} – esito audit HACCP camere mortuarie

Buongiorno a tutti,
l'audit ha rilevato due non conformità nella sede di Lecce (registrazione temperature incompleta). ${mark('Il presente documento è riservato')} e destinato ai soli responsabili di sede.

Mi aiuti a trasformare questo in un piano d'azione con scadenze?`),

  rec('advisory', f`${mark('TLP:AMBER')}

Heads-up from the robotics ISAC: a fleet-management vendor's update server was used to push a modified agent to AMRs at two logistics sites. Share only within your organisation and with the vendors who need to act on it.

Help me write a checklist for our cloud team to verify our OTA pipeline isn't exposed to the same thing.`),

  rec('email_sk', f`Predmet: ${mark('DÔVERNÉ')} – cenová ponuka pre prepravcu

Dobrý deň, posielam návrh zmluvy o colnom zastupovaní. Ceny v prílohe sú určené len pre vedenie spoločnosti.

Prosím, skráť tento e-mail a preveď ho do angličtiny.`),

  rec('chat', f`We're writing the accreditation terms for press. Should the screening schedule for the competition be called "embargoed" or "confidential" in the terms? And do journalists have to sign a confidentiality agreement for the press library?`),

  rec('email_footer_de_ch', f`Danke für die Unterlagen, wir melden uns bis Freitag wegen des Garantiefalls.

Freundliche Grüsse
Reto Zürcher, Kundendienst Reisebusse

${amb('confidential.marking', 'Diese E-Mail enthält vertrauliche Informationen und ist ausschliesslich für den Adressaten bestimmt.')} Falls Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.`),
];
