/**
 * Held-out batch 103: classification markings in memos, mails and reports of the airline, pharmacy
 * chain, crypto-tax firm, theatre festival, glass factory and legal aid centre. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH103_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en', f`${mark('STRICTLY CONFIDENTIAL')} — Maintenance Control

Subject: Recurring hydraulic leak, ATR 72-600 (3 tails), possible fleet-wide SB
Two events in August, one AOG at Davao. Engineering suspects the new seal batch from the supplier. Do not discuss with the supplier until QA has finished the investigation.

Please summarise this memo in 5 bullet points for the accountable manager.`),

  rec('mail_de', f`Betreff: ${mark('VERTRAULICH')} – Sozialplan Glaswerk Linie 2

Liebe Kolleginnen und Kollegen der Geschäftsleitung,
die Schließung der Linie 2 (Braunglas) ist für Q2 geplant; betroffen sind 38 Stellen, davon 6 im Qualitätslabor. Bitte bis zur Betriebsversammlung nicht weitergeben.

Kannst du daraus eine sachliche Mitteilung für den Betriebsrat machen?`),

  rec('report_fr', f`${mark('CONFIDENTIEL')} — Rapport d'audit interne, chaîne de pharmacies vétérinaires

Constat n° 4 : registre des stupéfiants (kétamine, butorphanol) non rapproché depuis 6 semaines dans 2 officines. Écart de 3 flacons.

Peux-tu reformuler ce constat pour le comité de direction, sans nommer les officines ?`),

  rec('tlp', f`${mark('TLP:AMBER')}
Incident note — box office phishing wave
Since Monday, festival ticket buyers receive SMS with a fake refund link. We saw 212 clicks in our logs. Share only with our payment provider and the city police cyber unit.

Help me write a short customer warning for the website (that one will be public).`),

  rec('legal_es', f`${mark('CONFIDENCIAL')} – ${mark('Privilegio abogado-cliente')}
Expediente: CAL-2024-0931 (trabajadora del hogar, Madrid)
La clienta declara que la empleadora retiene su pasaporte y que trabaja 70 horas semanales. Pendiente: denuncia ante Inspección de Trabajo.

Redacta un resumen del caso de 150 palabras para la reunión del equipo.`),

  rec('it_mail', f`Oggetto: ${mark('RISERVATO')} — Trattativa rinnovo contratto sponsor festival

La proposta dello sponsor principale è di 140.000 € (-20% rispetto al 2024). Il documento è ${mark('riservato')} ai membri del consiglio.
Prepara una bozza di risposta che chieda un incontro entro fine mese.`),

  rec('crypto_ru', f`${mark('Строго конфиденциально')}
Клиент: семейный офис «С.», криптоактивы ~ 4,2 млн EUR. Налоговая проверка 2021–2022, вопрос о стейкинге и аирдропах.
${mark('Для служебного пользования')}

Составь, пожалуйста, план ответа налоговой по пунктам.`, 'two markings, both labelled'),

  rec('ja_memo', f`【${mark('社外秘')}】乗務員配置計画 2025年冬ダイヤ
成田—マニラ線の増便に伴い、客室乗務員を12名増員予定。組合への説明前のため${mark('取り扱い注意')}。
この内容を部長向けに3行で要約してください。`),

  rec('footer_en_us', f`Can you tighten the wording of this quality-lab summary?

Batch LOT-24-0917 failed the internal pressure test at 12 bar (3 of 40 bottles). Root cause likely uneven annealing on lehr 2. Customer (a brewery) not yet informed.

—
${mark('Internal Use Only')} · Glassworks QA · Do not forward outside the company`),

  rec('nl_memo', f`Dit memo is ${mark('strikt vertrouwelijk')}. Onderwerp: fraudeonderzoek kassa theaterfestival, avond van 16 augustus. Er ontbreekt € 1.340 uit kassa 3.
Kun je een neutraal gespreksverslag maken voor het gesprek met de betrokken medewerker?`),

  rec('pl_mail', f`Temat: ${mark('POUFNE')} – wyniki kontroli GIF w aptece weterynaryjnej (Kraków)
Inspektor stwierdził braki w dokumentacji temperatury lodówek. Proszę nie przekazywać dalej.
Przygotuj plan naprawczy w 5 krokach.`),

  rec('tr_memo', f`${mark('GİZLİDİR')}
Konu: Kabin ekibi toplu sözleşme müzakeresi — yönetim pozisyonu
Maaş artışı teklifi: %18; sendika talebi: %35.
Bu notu yönetim kurulu için İngilizce özetler misin?`),

  rec('disclaimer_mixed', f`Subject: ${mark('CONFIDENTIAL')}: crew fatigue report FRMS-2024-17

Please anonymise this before it goes to the safety review board: FO reported 3 consecutive early starts after a late finish on the Cebu–Davao rotation.

Regards,
Alma Reyes, FRMS Officer
${phone('+63 32 234 5601')}
${amb('confidential.marking', 'This message and any attachments are confidential and intended solely for the addressee. If you received it in error, notify the sender and delete it.')}`),

  rec('he_memo', f`${mark('סודי')} — מרכז הסיוע המשפטי לעובדים מהגרים
נושא: תביעה ייצוגית נגד חברת כוח אדם בענף החקלאות. 42 עובדים מתאילנד.
אנא נסח סיכום קצר לישיבת הצוות.`),

  rec('inline_en_gb', f`Board pack, item 6: the crypto-tax practice acquisition. This paper is ${mark('confidential')} and must not be shared outside the partners' meeting. The target's 2023 revenue was £1.9m with 740 active clients. ${mark('Commercial in confidence')}.
Please draft three questions for due diligence.`, 'inline statement marking the paper and the closing marking: both labelled'),

  rec('sv_mail', f`Ämne: ${mark('SEKRETESS')} – personalärende kabinpersonal
Medarbetaren har lämnat in läkarintyg; vi planerar omplacering till markpersonal. Hjälp mig formulera ett respektfullt brev.`),
];
