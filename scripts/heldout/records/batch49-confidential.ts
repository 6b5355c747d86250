/** Held-out batch 49: classification markings in memos, reports, e-mails and slides, in the batch's languages. Hand-written. */
import { f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH49_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('CONFIDENTIAL')} — CLIENT PORTAL ACCESS ONLY
Root-cause summary, blade B2, WTG 31, Horns Rev 3

Delamination at 14–16 m from root traced to a dry spot in the original layup, not to our 2023 repair. Recommend full-thickness scarf repair; client to notify OEM under warranty.

Can you make this read less defensive but keep the conclusion?`),

  rec('doc_de', f`Bitte kürz das auf eine halbe Seite:

${mark('STRENG VERTRAULICH')} – nur Geschäftsführung
Angebot Rahmenvertrag Offshore 2025–2027, Betreiber Nordsee Ost
Tagessatz Seilzugangsteam (4 Pers.): 7.850 €, Mobilisierung je Einsatz 12.400 €, Wetterstandby 60 %.
Unsere Untergrenze bei Nachverhandlung: 7.200 €.`),

  rec('email', f`Subject: ${mark('CONFIDENTIAL')}: Q4 fraud loss numbers for the board pack

Team, before Thursday's board: presale chargebacks were €184k in Q4 (up 38%), mostly bot accounts on three stadium tours. Please don't forward outside finance/fraud.

→ turn this into 3 bullet points for a slide`),

  rec('slide_es', f`Traducime esta diapositiva al inglés para el promotor:

${mark('CONFIDENCIAL')}
Propuesta de comisión — Gira Estadios 2025
Fee de servicio: 9,5% (baja a 8% sobre 120.000 entradas)
Adelanto al promotor: USD 350.000 contra liquidaciones`),

  rec('report_fr_be', f`Rapport bailleurs T3 — Programme WASH Nord-Bangladesh
${mark('Confidentiel')} — destiné au comité de la Fondation uniquement

Deux forages à Ulipur présentent un taux d'arsenic au-dessus du seuil national ; les points d'eau ont été fermés et les ménages orientés vers trois puits profonds. Coût supplémentaire estimé : 18 600 €.

Peux-tu reformuler en anglais pour le rapport consolidé ?`),

  rec('tlp', f`${mark('TLP:AMBER')}
Phishing wave targeting NGO finance staff: fake "donor bank change" PDFs sent from look-alike domains. Three partners in the sector received them this week.

Write a short internal warning for our field offices, no indicators, in English and French.`),

  rec('memo_ja', f`${mark('社外秘')}
銀座店 2025年 顧客イベント計画（案）
・新作発表会：3月、上位顧客80名を招待
・予算：1,200万円
・協力ブランドとの交渉中の内容は記載しないこと

この資料を英語に翻訳してください。本社向けです。`),

  rec('email_it', f`Oggetto: Listino riservato partner — aggiornamento gennaio

${mark('RISERVATO')} – non inoltrare ai clienti
Dal 15 gennaio i prezzi al pubblico della collezione Heritage aumentano del 6%. Le prenotazioni confermate prima del 10 gennaio mantengono il prezzo attuale.

Puoi scrivere una versione per i clienti, senza le informazioni interne?`),

  rec('doc_nl', f`${mark('VERTROUWELIJK')}
Evaluatie tolkenpool rechtbank Antwerpen — 2024
Drie tolken Arabisch (Maghreb) scoorden onvoldoende op juridische terminologie; voorstel: bijscholing in februari, tot dan niet inzetten bij assisen.

Maak hier een neutrale mail van aan de tolken zelf, zonder namen van anderen.`),

  rec('doc_pl', f`Przetłumacz na angielski:

${mark('POUFNE')} — wyłącznie do użytku zarządu
Umowa ramowa z Sądem Okręgowym w Krakowie: stawka za godzinę tłumaczenia ustnego 168 zł netto, gwarantowane minimum 120 godzin miesięcznie.`),

  rec('email_he', f`${mark('סודי')} — לא להעביר
צוות, הלקוח מהרצליה ביקש שההזמנה של השעון המיוחד לא תופיע במערכת הנאמנות עד אחרי החתונה. נא לשמור בכספת הבוטיק.

תתרגם לאנגלית בשביל המטה בז'נבה.`),

  rec('memo_cs', f`${mark('DŮVĚRNÉ')}
Interní zpráva: stížnost obhájce na tlumočení u Krajského soudu v Brně (sp. zn. 46 T 12/2024). Tlumočník opraven v protokolu, žádný dopad na rozsudek.

Shrň mi to do dvou vět v angličtině.`),

  rec('email', f`Subject: Supplier renegotiation — beef patties

Hi both,
This email is ${mark('strictly confidential')}. We're moving the Berlin and Hamburg kitchens from Fleischhof Nord to a new supplier from March; Fleischhof doesn't know yet. Unit price drops from 1.42 to 1.19 €.

^ help me write the notice to Fleischhof, polite, effective end of February.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Έκθεση επιθεώρησης πτερυγίων – Αιολικό Πάρκο Καφηρέα
Βρέθηκαν ρωγμές στη ρίζα σε 2 από τα 27 πτερύγια. Συστήνεται διακοπή λειτουργίας των Α/Γ 08 και 19 μέχρι την επισκευή.

Μετάφρασε στα αγγλικά για τον πελάτη.`),

  rec('doc_tr', f`${mark('GİZLİDİR')} — Yalnızca yönetim için
Mutfak tedarikçisi değerlendirmesi: İstanbul şubesi için tavuk tedarikçisi değişiyor, mevcut tedarikçi ile sözleşme 31 Ocak'ta bitiyor.

Bunu İngilizce kısa bir özet haline getir.`),
];
