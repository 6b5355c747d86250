/**
 * Held-out batch 42: classification markings in memos, e-mails, board papers and formula sheets of
 * the six settings, in several languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH42_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_hr', f`${mark('STROGO POVJERLJIVO')} — samo za Upravu

Predmet: Prodaja linije Zadar–Ancona
Ponuda talijanskog operatera: 14,5 mil. EUR za brod MV Ugljan i koncesiju. Sindikat još nije obaviješten. Odluka na sjednici 18. prosinca.

Sažmi ovo u tri točke na engleskom za predsjednika nadzornog odbora.`),

  rec('board_email', f`Subject: ${mark('CONFIDENTIAL')} — fleet renewal, board pre-read

All,

Attached is the pre-read for Thursday. Short version: we recommend ordering two battery-hybrid ferries (delivery 2027/2028) and retiring MV Cres and MV Rab. Financing through the green-shipping facility, subject to the Ministry's co-funding decision, which is not public yet.

Please turn this into a one-page summary for the works council — without the financing part.`),

  rec('doc_et', f`${mark('KONFIDENTSIAALNE')}
Tallinna–Helsingi liini 2025. aasta hinnastrateegia
Tipphooaja piletihinnad +9%, sõidukid +12%. Konkurendi hinnamuudatused oodatakse jaanuaris.

Tõlgi inglise keelde, palun.`),

  rec('lab_de', f`Kannst du das in eine kurze Rundmail an die Teamleiter umschreiben?

${mark('VERTRAULICH')} – nur für Geschäftsleitung und Teamleiter
Übernahme des Dentallabors Weber (Landshut) zum 1.4.2025 geplant. Kaufpreis und Personalübernahme werden noch verhandelt. Bitte bis zur Unterzeichnung keine Gespräche mit Weber-Mitarbeitern.`),

  rec('lab_sl', f`${mark('ZAUPNO')}
Zapisnik sestanka vodstva laboratorija Maribor, 21. 11. 2024
1. Prehod na novi sistem za naročila do marca.
2. Zmanjšanje izmene v sobotah – pogovor s sindikatom v decembru.

Naredi povzetek v angleščini za upravo v Münchnu.`),

  rec('studio_fr', f`Traduis en anglais l'en-tête et le premier paragraphe, c'est pour le client américain :

${mark('CONFIDENTIEL')} — NE PAS DIFFUSER
Planning de doublage VF — "Les Marées", saison 2
Les épisodes 7 à 10 contiennent la révélation finale ; les comédiens ne reçoivent que leurs répliques, jamais le script complet. Aucun extrait sur les réseaux avant la diffusion du 14 février.`),

  rec('studio_ja', f`次の社内文書を英語に翻訳してください。

【${mark('社外秘')}】
吹替版キャスティング案（第2シーズン）
主人公の声優変更について、制作委員会の承認前のため、出演者・事務所への連絡は控えてください。`),

  rec('studio_email', f`Can you make this email to the freelance translators friendlier? Keep the marking.

Subject: ${mark('TLP:AMBER')} — leaked screener, please read

Hi all, a screener of episode 3 appeared on a torrent site yesterday. The watermark points to a review copy, not to you. Still, please delete local copies of episodes 1–4 after delivery and use only the secure portal from now on.`),

  rec('hydro_memo', f`${mark('INTERNAL – RESTRICTED')}
Dam safety inspection — Unit 2 intake, November
Seepage at the right abutment increased from 1.8 to 3.1 l/s since the monsoon. Not yet reported to the Department of Electricity Development; legal is reviewing the licence obligations.

Rewrite as a neutral briefing for the board, keep the numbers.`),

  rec('hydro_ne', f`यो कागजातको शीर्षक र पहिलो अनुच्छेद अंग्रेजीमा अनुवाद गर्नुहोस्:

${mark('गोप्य')} — सञ्चालक समितिका लागि मात्र
विद्युत खरिद सम्झौता (PPA) को दर पुनरावलोकन: प्राधिकरणसँग भएको वार्ता अनुसार सुक्खा याममा प्रति युनिट दर घटाउने प्रस्ताव।`),

  rec('mfi_email', f`Please shorten this email for the branch managers:

This message is ${mark('strictly confidential')}. Following the external audit, two loan officers in the Tarlac branch are under investigation for ghost borrowers. Do not discuss with staff or clients until HR has completed the interviews next week. Portfolio figures for Tarlac will be restated in the Q4 report.`),

  rec('perfume_formula', f`Tu peux reformuler cette note pour le service marketing, sans aucun pourcentage ?

${mark('CONFIDENTIEL – SECRET DE FABRICATION')}
Formule N° OR-2291 "Néroli Blanc" v7
Tête : néroli, bergamote sans furocoumarines
Cœur : fleur d'oranger absolue, jasmin sambac
Fond : muscs blancs, ambroxan
Changement v6→v7 : remplacement de l'Iso E Super par un captif maison.`),

  rec('perfume_it', f`${mark('RISERVATO')} – Solo per uso interno
Listino distributori Italia 2025: aumento medio 7%, linea "Oud Nocturne" +12%. Comunicazione ai distributori prevista il 15 gennaio.

Scrivi una bozza della lettera ai distributori senza le percentuali.`),

  rec('perfume_ar', f`ترجم هذا إلى الإنجليزية من فضلك:

${mark('سري للغاية')}
خطة إطلاق مجموعة العود في السعودية والإمارات — الربع الثاني 2025
الشريك الحصري المقترح في الرياض لم يوقع بعد، ولا يجوز ذكر اسمه في أي مراسلات خارجية.`),

  rec('ferry_tr', f`Bu notu İngilizce'ye çevirir misin?

${mark('GİZLİ')} — Yönetim Kurulu
Tuzla tersanesinde MV Krk'ın havuzlama maliyeti teklifin %40 üzerine çıktı. Sigorta şirketiyle görüşme sürüyor; konu basına yansımamalı.`),

  rec('email_nl', f`Kun je deze mail korter maken? Hij gaat naar de tandartsen die klant zijn bij onze vestiging in Utrecht.

Onderwerp: ${mark('VERTROUWELIJK')}: prijsaanpassing 2025

Beste relatie,

Per 1 februari 2025 passen wij onze tarieven aan voor zirkonia- en implantaatwerk. De nieuwe prijslijst ontvangt u uitsluitend via het bestelportaal; wij vragen u deze niet te delen met andere laboratoria.

Met vriendelijke groet,
Dentaform Labor Nederland

${amb('confidential.marking', 'Deze e-mail en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde.')} Indien u dit bericht per vergissing heeft ontvangen, verzoeken wij u de afzender te informeren en het bericht te verwijderen.`),
];
