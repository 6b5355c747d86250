/** Held-out batch 46: classification markings in memos, contracts, board papers and mails, in the setting's languages. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH46_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – nur für die Geschäftsführung

Betreff: Übernahme der Wagenflotte von Rheinkalk Logistik
Kaufpreisrahmen: 14–17 Mio. EUR für 412 Schüttgutwagen (Fal/Tads), Übergang zum 1. April.
Nächster Schritt: Due Diligence der Instandhaltungsakten bis KW 3.

Bitte fasse das in drei Stichpunkten für den Aufsichtsrat zusammen.`),

  rec('contract', f`Can you list the milestones and payment triggers from this publisher term sheet?

${mark('CONFIDENTIAL')} — SUBJECT TO NDA
Term sheet: "Ashfall" (working title) — Hollowpine Games Oy / Meridian Interactive Ltd.
Advance: USD 3.2M in four milestones (vertical slice, alpha, beta, gold master)
Revenue share: 70/30 after recoup, 80/20 above USD 12M net.`),

  rec('email_no', f`Emne: ${mark('STRENGT FORTROLIG')}: ILA-mistanke lokalitet Hjartøy

Hei alle,
Mattilsynet er varslet om mistanke om ILA i merd 4 og 6. Ikke informer eksterne før prøvesvar foreligger (ventes fredag).

Kan du skrive et kort internt notat på engelsk basert på dette?`),

  rec('board_paper_es', f`${mark('CONFIDENCIAL')} — Directorio Aurelia Fertility Chile

Propuesta: apertura de un segundo laboratorio de embriología en Viña del Mar durante 2025. Inversión estimada: USD 2,1 millones. Riesgo principal: disponibilidad de embriólogos certificados.

¿Me ayudas a convertirlo en una presentación de cinco diapositivas?`),

  rec('slide_fi', f`Käännä englanniksi:

${mark('LUOTTAMUKSELLINEN')}
Hollowpine Games – henkilöstösuunnitelma 2025
Helsingin studio: 6 uutta rekrytointia, Krakova: 4 vähennystä (QA ulkoistetaan).`),

  rec('report_pl', f`${mark('POUFNE')} – wyłącznie do użytku wewnętrznego

Raport z audytu bezpieczeństwa bocznicy Gdynia Port: 3 niezgodności krytyczne (oświetlenie, stan rozjazdu nr 7, brak szkolenia z nowego systemu SRK).

Przetłumacz na angielski dla centrali w Duisburgu.`),

  rec('memo_tr', f`${mark('GİZLİDİR')}

İstanbul kliniği – 2025 fiyat listesi taslağı
ICSI paketi: 185.000 TL → 214.000 TL, yumurta dondurma: 92.000 TL → 108.000 TL.
Rakip analizi ekte.

Bunu hastalara değil, sadece yönetime gidecek şekilde özetler misin?`),

  rec('email', f`Subject: Audit findings – Stein & Partner client files (${mark('TLP:AMBER')})

Team,
The penetration test of the client document portal found that expired share links still resolve for 24 hours. Fix is scheduled for the 12 December release. Share only with people who need to act on this.

Can you turn this into a short Jira ticket?`),

  rec('doc_it', f`Riassumi in inglese per il socio di Berlino:

${mark('RISERVATO')}
Studio Bellandi & Associati – parere sulla riorganizzazione del gruppo Ferri (holding + 3 società operative). Risparmio fiscale stimato 240.000 € annui con il consolidato nazionale.`),

  rec('doc_nl', f`${mark('VERTROUWELIJK')} — niet verspreiden buiten de raad van bestuur

Voorstel: fusie van de bibliotheeknetwerken Kempen en Limburg-Noord per 1 januari 2026. Impact: 11 voltijdse functies, waarvan 7 via natuurlijk verloop.

Kun je hiervan een persbericht-skelet maken dat pas na goedkeuring gebruikt wordt?`),

  rec('chat_ja', f`以下の文書の要約をお願いします。

【${mark('社外秘')}】
東京スタジオ 2025年度 開発計画
・新規IP「Tidebound」プリプロダクション開始（4月）
・パブリッシャー候補3社と交渉中`),

  rec('chat_cs', f`Přelož do angličtiny hlavičku a první odstavec:

${mark('DŮVĚRNÉ')}
Smlouva o dílo – výměna zabezpečovacího zařízení v žst. Ostrava-Kunčice
Zhotovitel: SignalTech s.r.o., cena díla 86,4 mil. Kč bez DPH.`),

  rec('email_is', f`Efni: ${mark('TRÚNAÐARMÁL')} – niðurstöður dýralæknisskoðunar

Sæl öll,
Laxalús yfir viðmiðunarmörkum í þremur kvíum í Dýrafirði. Meðhöndlun hefst í næstu viku.

Getur þú þýtt þetta yfir á ensku og norsku?`),

  rec('memo', f`Please tidy up the wording of this memo, keep the meaning:

"This document is ${mark('strictly confidential')} and intended for the partners of Taxwise Partners only. It sets out the fee increase for small-business retainers (from EUR 95 to EUR 110 per month) effective 1 March."`),

  rec('email_ar_eg', f`الموضوع: ${mark('سري للغاية')} – نتائج التفتيش على معمل الأجنة بفرع القاهرة

السادة أعضاء مجلس الإدارة،
التقرير المبدئي فيه ملاحظتين على سجلات الحضانات. الرد مطلوب خلال ١٤ يوم.

ممكن تلخصلي ده بالإنجليزي؟`),

  rec('email_hr', f`Predmet: Ponuda za održavanje signalno-sigurnosnih uređaja, kolodvor Rijeka Brajdica

Poštovani,
u privitku je naša revidirana ponuda (1,92 mil. EUR, rok izvedbe 14 mjeseci).

${mark('POVJERLJIVO')} – samo za naručitelja

${amb('confidential.marking', 'Ova poruka i privici mogu sadržavati povjerljive informacije namijenjene isključivo primatelju.')} Ako ste je primili greškom, obavijestite pošiljatelja.

Sažmi mi ponudu u tri rečenice na engleskom.`),
];
