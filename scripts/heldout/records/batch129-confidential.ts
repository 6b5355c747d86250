/**
 * Held-out batch 129: classification and handling markings in many languages — surveillance case
 * files, gamete-bank documents, plant incident reports, tutoring-marketplace board papers. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH129_CONFIDENTIAL: DraftRecord[] = [
  rec('case_file_de', f`${mark('STRENG VERTRAULICH')} – Handelsüberwachung
Fall HÜ-2025-017 – Auffälliger Handel vor Ad-hoc-Mitteilung (Emittent: Nordhafen Logistik AG)

Drei Konten haben am 06.02. zwischen 15:10 und 15:40 Uhr Call-Optionen gekauft, 40 Minuten vor Veröffentlichung der Übernahmeabsicht. Zwei Konten teilen sich eine Lieferadresse.

Bitte fasse den Sachverhalt für die BaFin-Meldung auf Englisch zusammen.

${mark('STRENG VERTRAULICH')} – Seite 1 von 3`),

  rec('email_sv', f`Ämne: ${mark('KONFIDENTIELLT')}: misstänkt marknadsmanipulation i KVRN

Hej Lena,

Vi har identifierat ett mönster av layering i KVRN under tre dagar. Underlaget skickas inte vidare utanför övervakningsenheten innan vi pratat med juristerna.

/Oskar

Kan du skriva om detta till en kort statusrapport på engelska?`),

  rec('memo_fi', f`${mark('SALASSA PIDETTÄVÄ')}
Markkinavalvonta – neljännesvuosiraportti Q4/2024
Epäilyttävät toimeksiannot: 41 ilmoitusta, joista 6 siirretty Finanssivalvonnalle.

Tiivistä tämä kolmeen kohtaan hallitukselle.`),

  rec('report_en', f`TLP classification for the sector ISAC share: ${mark('TLP:AMBER+STRICT')}

Incident summary: on 9 Feb an engineering workstation in the geothermal plant's control room connected to an unknown host over RDP. No process impact; the DCS remained in auto. Forensic image taken.

Please turn this into a 150-word summary for the ISAC bulletin, keeping the TLP line.`),

  rec('report_is', f`${mark('TRÚNAÐARMÁL')}
Atvikaskýrsla – útleysing á hverfli 2, 11. febrúar 2025
Orsök: bilun í hraðaskynjara; kerfið leysti út eins og til var ætlast.

Can you translate this report into English, keeping the marking at the top?`),

  rec('doc_it', f`Traduci in inglese per il comitato etico:

${mark('DOCUMENTO RISERVATO')} – Banca dei gameti, Policlinico Universitario
Verbale audit interno – tracciabilità delle paillettes
Due contenitori criogenici senza registro di rabbocco per 9 giorni a gennaio. Nessuna perdita di campioni.`),

  rec('email_fr', f`Objet : [${mark('CONFIDENTIEL – SECRET MÉDICAL')}] Donneur D-0417 – résultat génétique

Bonjour Docteur,

Le dépistage élargi du donneur D-0417 montre un statut de porteur hétérozygote pour la mucoviscidose. Les paillettes ont été bloquées. Merci de ne pas transférer ce message.

Dr Claire Fontaine
Biologie de la reproduction

Peux-tu m'aider à rédiger le courrier aux deux couples concernés ?`),

  rec('slide_ja', f`スライドのフッターに「${mark('社外秘')}」と入れていますが、卵子提供プログラムの年次報告の英訳をお願いします：
「2024年度の提供者数は38名、採卵件数は52件、凍結保存卵子の生存率は91%でした。」`),

  rec('doc_ko', f`${mark('대외비')}
튜터 정산 시스템 개편안 (이사회 보고용)
수수료율을 18%에서 15%로 인하하고, 정산 주기를 월 1회에서 주 1회로 변경.

이 내용을 영어로 번역하고 핵심 요점 3개로 정리해 주세요.`),

  rec('board_paper_en', f`Classification: ${mark('Confidential – Board Only')}
Paper 7: Acquisition of a competing tutoring marketplace in Poland

Indicative price PLN 38–44m; founder retention 24 months. Due diligence open points: tutor misclassification risk (employment status), VAT on cross-border lessons.

Rewrite the open points as questions for the advisers.`),

  rec('email_ru', f`Тема: ${mark('Конфиденциально')} — оценка поставщика прачечного оборудования

Коллеги, предложение второго поставщика на 14% дешевле, но сервисный договор только на 2 года. ${mark('Информация конфиденциальна')} и не подлежит пересылке за пределы закупочной комиссии.

Помогите, пожалуйста, составить сравнительную таблицу.`),

  rec('chat_zh', f`这份文件页眉写着"${mark('机密')}"，内容是我们洗衣连锁的明年开店计划（上海8家、杭州5家）。请帮我把开店计划部分翻译成英文，页眉保留。`),

  rec('memo_ar', f`${mark('سري')}
مذكرة داخلية — إدارة المراقبة على السوق
الموضوع: تداولات غير اعتيادية على سهم شركة الخليج للأسمنت قبل الإفصاح

يرجى تلخيص المذكرة باللغة الإنجليزية في فقرة واحدة.`),

  rec('template_question', f`We're rolling out a labelling policy for the ringing network's volunteer data. The draft says every export of ringer contact details must carry the header "${amb('confidential.marking', 'RESTRICTED – VOLUNTEER DATA')}". Is that header enough under GDPR or do we also need a data sharing agreement?`, 'a marking quoted in a question about the policy, not marking this text: ambiguous'),

  rec('email_footer_pt', f`Olá Joana, segue em anexo a lista das estações de anilhagem para 2025. Qualquer dúvida liga-me: ${phone('+351 912 384 716')}.

--
${amb('confidential.marking', 'Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário.')} Se a recebeu por engano, por favor apague-a e informe o remetente.`),

  rec('doc_pl', f`${mark('ŚCIŚLE POUFNE')} ${amb('confidential.marking', '(tylko dla zarządu)')}
Analiza przyczyn: awaria pompy reiniekcyjnej P-204, 27.01.2025
Koszt przestoju: ok. 1,2 mln zł.

Przetłumacz na angielski, zachowaj oznaczenie.`, 'bracketed readers restriction beside the marking: ambiguous per the conventions'),
];
