/** Held-out batch 45: classification markings in defence tasking docs, trial reports, board papers and tenders, and look-alikes. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH45_CONFIDENTIAL: DraftRecord[] = [
  rec('tasking_memo', f`${mark('COMMERCIAL IN CONFIDENCE')}

Tasking plan – customer "Harbour" (MoD), December
- 3 SAR collects per week over the agreed AOI, 0.5 m spotlight mode
- Delivery within 90 min of downlink via the dedicated bucket
- Cloud-free optical fallback only on request

Summarise this for the ops rota in 4 bullets, no customer name.`),

  rec('email', f`Subject: ${mark('EXPORT CONTROLLED – ITAR')} – antenna feed drawings rev C

Team, please keep the attached drawings on the controlled share only. No copies to the Azores contractor until their TAA amendment is approved.

Rewrite this as a short reminder for the engineering channel.`),

  rec('doc_de', f`${mark('VS – NUR FÜR DEN DIENSTGEBRAUCH')}

Leistungsbeschreibung Bildlieferung Bundeswehr – Los 2
Auflösung ≤ 0,5 m, Revisit ≥ 2/Tag über Interessensgebiet, Lieferung binnen 4 h.

Kannst du mir die Gliederung für unser Angebot daraus ableiten (ohne die Zahlen zu übernehmen)?`),

  rec('doc_fr_be', f`${mark('DIFFUSION RESTREINTE')}

Note au comité de pilotage – partenariat imagerie satellitaire avec la Défense belge
Le calendrier de lancement de NIMBRA-5 glisse au T3 2025. Impact sur le lot 1 : deux mois sans revisite nocturne.

Traduis en anglais pour le board, en gardant le marquage en tête.`),

  rec('advisory', f`${mark('TLP:AMBER')}

Phishing wave targeting ground-station operators: fake "antenna firmware update" mails with a signed MSI. Share within your organisation only.

Help me write a 3-line warning for our station staff in Portuguese and English.`),

  rec('csr_report_es', f`${mark('CONFIDENCIAL')} – Informe intermedio para el DSMB, ensayo HUM-ONC-2207
Datos no cegados por brazo. No distribuir al equipo del estudio.

Resume las conclusiones de la tabla de seguridad en un párrafo neutro (sin revelar qué brazo es cuál).`),

  rec('email_it', f`Oggetto: ${mark('RISERVATO')} – offerta per il laboratorio lenti di Mendrisio

Ciao Marco, ti giro la nostra proposta d'acquisto del laboratorio. Valutazione indicativa 2,4–2,8 mln CHF. ${mark('Questo documento è strettamente riservato')} e destinato solo al CdA.

Mi aiuti a renderla più concisa?`),

  rec('board_de_ch', f`${mark('STRENG VERTRAULICH')} – Verwaltungsrat Weitblick Optik AG

Traktandum 4: Schliessung der Filialen Olten und Aarau per 30.06.2025, Überführung des Personals nach Zürich-Oerlikon.

Formuliere daraus eine neutrale Einladung zur Mitarbeiterinformation (ohne Filialnamen).`),

  rec('email_pl', f`Temat: ${mark('POUFNE')} – negocjacje stawek z przewoźnikiem TransDunărea

Proponujemy obniżkę stawki na trasie Kutno–Constanța o 6% w zamian za gwarancję 40 kursów miesięcznie. Proszę nie przekazywać dalej.

Przetłumacz na angielski dla zarządu.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')} – Μόνο για εσωτερική χρήση
Σχέδιο αναπροσαρμογής τιμολογίων Ιανουαρίου: +4,8% στο οικιακό τιμολόγιο, σταθερό το επαγγελματικό.

Φτιάξε μου 3 σημεία ομιλίας για τους χειριστές, χωρίς το ποσοστό μέχρι την ανακοίνωση.`),

  rec('doc_ja', f`${mark('社外秘')}
2025年冬季 ニセコ店 仕入計画（ブーツ・ビンディング）
前年比 +12%、在庫回転日数 45日以内を目標。

この内容を英語で本社向けに3行でまとめてください。`),

  rec('slide_notes', f`Speaker notes for slide 3. Footer on each slide: "Alpenkante Sport GmbH · ${mark('Internal – Confidential')} · Season review 24/25". Explain why online returns rose to 18% and what the new size advisor should change.`),

  rec('chat_he', f`${mark('סודי')} – מסמך תכנון משימות ללקוח הביטחוני, אל תעביר הלאה.
תסכם לי את לוח הזמנים של ההשקה בשלוש שורות באנגלית.`),

  rec('email_footer', f`Thanks Lukas, the revised tender schedule looks fine to me.

--
Helion Energeia S.A. · Customer Operations
${amb('confidential.marking', 'This message and any attachments are confidential and intended solely for the addressee.')} If you received it in error, please delete it and inform the sender.`),

  rec('chat', f`Our sponsor template says every page of the trial master file index must show "${amb('confidential.marking', 'CONFIDENTIAL')}" in the header. How do I set that in Word so it doesn't appear on the cover page?`, 'marking quoted in a formatting question: ambiguous'),

  rec('doc_tr', f`${mark('GİZLİ')} – Yönetim Kurulu Notu
İstanbul deposunun kapatılması ve gümrük işlemlerinin Kapıkule'ye taşınması önerilmektedir.

Bunu İngilizceye çevirip 5 maddelik bir özet yapar mısın?`),
];
