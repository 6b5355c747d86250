/** Held-out batch 62: classification markings in memos, e-mails, minutes and slides, in many languages. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH62_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('STRICTLY CONFIDENTIAL')} — TRADING DESK ONLY

Re: Q2 hedge ratio for the retail book
We propose lifting the hedge ratio for Q2 baseload from 70% to 85% ahead of the capacity auction. Expected cost of carry ~EUR 1.9m. Risk committee to sign off on 12 March.

Turn this into three bullet points for the CFO.`),

  rec('doc_de', f`Übersetze bitte den folgenden Abschnitt ins Englische:

${mark('VERTRAULICH')} – nur für den Aufsichtsrat
Standortkonzept Glasrecycling 2026: Die Aufbereitungslinie in Bernsdorf wird stillgelegt, das Volumen (ca. 120.000 t/a) geht nach Torgau. Verhandlungen mit dem Betriebsrat beginnen im April.`),

  rec('email_es', f`Asunto: ${mark('CONFIDENCIAL')} – Auditoría interna de pagos de premios

Hola equipo,

Adjunto el borrador del informe. Hemos detectado 14 pagos superiores a 2.500 € sin la verificación reforzada. No lo reenviéis fuera de Cumplimiento hasta que lo revise la dirección.

Saludos,
Marta

¿Puedes resumir el correo en dos frases?`),

  rec('minutes_fr', f`Procès-verbal – Comité de direction du 4 février
Classification : ${mark('CONFIDENTIEL')}

1. Réseau de centres auditifs : fermeture envisagée de 3 centres (Angers, Niort, Vannes).
2. Renégociation du contrat fournisseur d'aides auditives : objectif -6 % sur les prix d'achat.

Rédige un résumé pour les responsables régionaux, sans les noms des centres.`),

  rec('doc_it', f`${mark('RISERVATO')} – uso interno

Graduatoria provvisoria borse di studio 2025/26: 312 domande idonee, 140 borse finanziate. Non comunicare gli esiti ai candidati prima della delibera del Senato Accademico.

Riscrivi il paragrafo in tono più neutro.`),

  rec('email_nl', f`Onderwerp: Overname jachtservice Zeeland

Hoi Pieter,

${mark('Deze informatie is strikt vertrouwelijk')} en alleen bedoeld voor het MT. De due diligence bij Marine Motoren Vlissingen loopt tot eind maart; indicatieve prijs 3,2–3,6 mln.

Groet, Ingrid

Kun je dit korter maken?`),

  rec('slide_ja', f`スライド 4 の発表メモを作ってください（フッター：「${mark('社外秘')}」 北陸ガラス資源株式会社）。
内容：カレット品質の改善計画、異物混入率を 0.8% から 0.3% に下げる。`),

  rec('doc_ko', f`${mark('대외비')}
2025년 전력 거래 전략 – 트레이딩팀 내부 자료
LNG 연계 발전량 확대에 따라 하루전시장 입찰 물량을 15% 늘린다.

이 문단을 영어로 번역해 주세요.`),

  rec('doc_zh', f`请把下面这段翻译成英文：

【${mark('机密')}】仅限合规部内部传阅
关于可疑大额兑奖的内部核查：2024年第四季度共发现 23 笔疑似代领奖金的情况，已移交反洗钱监测中心。`),

  rec('email_tr', f`Konu: ${mark('GİZLİDİR')} – Fiyat teklifi

Merhaba Murat Bey,

Ekteki MTU 16V2000 revizyon teklifi yalnızca şirketiniz içindir, üçüncü kişilerle paylaşılmamalıdır.

Bu e-postayı daha kibar bir dille yeniden yazar mısın?`),

  rec('doc_ru', f`Гриф: ${mark('Коммерческая тайна')}
Стратегия хеджирования газового портфеля на 2025–2026 гг.
Предлагается увеличить долю форвардных контрактов до 80 % объёма.

Сократи этот текст до одного абзаца.`),

  rec('advisory', f`${mark('TLP:AMBER')}
Sector alert for lottery and gaming operators: a phishing kit impersonating our payout portal is circulating, targeting winners of high-tier prizes. Share within your organisation only.

Help me write an internal notice to the call-centre staff based on this.`),

  rec('footer_sv', f`Kan du förkorta den här texten till ett internt nyhetsbrev?

Vi inför nya rutiner för hantering av glaskross från kommunerna från 1 april, med digital vågsedel och fotodokumentation vid avvikelser.

Dokumentklass: ${mark('KONFIDENTIELLT')} · Nordisk Glasåtervinning AB`),

  rec('email_pt', f`Assunto: Resultados provisórios das candidaturas – ${mark('CONFIDENCIAL')}

Caros colegas,

Partilho em anexo a lista provisória de colocados da 1.ª fase. Por favor não divulguem antes da publicação oficial a 10 de setembro.

Podes reformular isto em inglês?`),

  rec('doc_pl', f`Przetłumacz na angielski:

${mark('ŚCIŚLE POUFNE')}
Raport z kontroli wewnętrznej punktów sprzedaży – województwo śląskie. W 9 z 40 kolektur stwierdzono sprzedaż kuponów osobom niepełnoletnim.`),

  rec('email_footer', f`Thanks, I'll send the signed service agreement for the Cummins overhaul tomorrow.

Best regards,
Tom Hargreaves
Solent Marine Diesel Ltd

${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender immediately.')}

→ shorten my reply, keep the disclaimer`),
];
