/** Held-out batch 20: classification markings in memos, e-mails, minutes and slides, in several languages, next to casual uses of the words. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH20_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – nur für Geschäftsführung und Betriebsratsvorsitz

Projekt "Kolben 2026": Verlagerung der Kolbenfertigung von Werk Heilbronn nach Győr ab Q2/2026. Betroffen: 212 Arbeitsplätze, davon ca. 60 mit Versetzungsangebot. Interessenausgleich und Sozialplan sollen bis 30.06.2025 verhandelt sein.

Mach daraus bitte eine Gliederung für die Präsentation im Wirtschaftsausschuss.`),

  rec('email_en', f`Subject: ${mark('CONFIDENTIAL')} – Q4 churn drivers (do not forward)

Team,
Attached are the preliminary churn numbers for the prepaid base: 2.9% monthly, up from 2.1%, mostly in the 18–25 segment after the competitor's unlimited-data launch. We'll present options to the board on 9 Dec.

Please rewrite this as a short Slack message for the pricing squad.`),

  rec('slide_fr', f`Diapo 1 – ${mark('CONFIDENTIEL – DIFFUSION RESTREINTE')}
Plan de rénovation 2025 – Hôtels Côte d'Azur
• Nice Promenade : fermeture partielle janv.–mars, 84 chambres
• Cannes Croisette : budget 3,2 M€, choix du maître d'œuvre en cours
• Négociation avec l'investisseur pour un refinancement

Reformule les puces pour une audience plus large (sans les montants).`),

  rec('minutes_es', f`${mark('CONFIDENCIAL')}
Acta del comité de fraude – 21/11/2024
1. Aumento del fraude con tarjetas en la categoría de electrónica (+38 % intermensual).
2. Propuesta: retener pagos a vendedores nuevos 14 días en vez de 7.
3. Pendiente: decisión legal sobre el bloqueo de cuentas vinculadas.

¿Me ayudas a redactar los puntos de acción con responsables?`),

  rec('doc_it', f`Traduci in inglese, mantieni la formattazione:

${mark('RISERVATO – USO INTERNO')}
Valutazione fornitori 2024 – Stabilimento di Brescia
Il fornitore di getti in alluminio ha superato il limite di 350 ppm per tre mesi consecutivi; si propone il phase-out entro fine 2025.`),

  rec('email_nl', f`Onderwerp: Overname klantportefeuille Van Leeuwen – ${mark('VERTROUWELIJK')}

Beste collega's,

Zoals besproken nemen wij per 1 april de fiscale klanten van kantoor Van Leeuwen over (ca. 140 ondernemers). Tot de ondertekening mag hier buiten de maatschap niet over gesproken worden.

Kun je hier een korte, neutrale aankondiging voor het personeel van maken die pas na ondertekening verstuurd wordt?`),

  rec('doc_pl', f`Przetłumacz na angielski, to dla klienta z Niemiec:

${mark('ŚCIŚLE TAJNE')} – dokument przedsiębiorstwa
Analiza kosztów narzędzi do tłoczenia, linia L2, wersja 3.
Wniosek: koszt jednostkowy spada o 11 % przy przejściu na matryce progresywne.`, 'a Polish "top secret" company marking'),

  rec('email_sv', f`Ämne: Löneöversyn 2025 (${mark('KONFIDENTIELLT')})

Hej chefer,
Här är ramen för löneöversynen: 3,4 % totalt, varav 0,5 % som individuell pott för kvalitetsavdelningen. Listan per medarbetare kommer i separat fil.

Kan du sammanfatta detta på engelska till vår tyska moderbolags HR?`),

  rec('advisory', f`${mark('TLP:AMBER+STRICT')}
Sector alert from the national CERT: a wave of SIM-swap fraud using insiders recruited on Telegram; several operators affected. Indicators shared separately with the security teams of named organisations.

Help me draft internal awareness guidance for our retail-store staff based on this (no indicators, no other operators named).`),

  rec('doc_ja', f`次の文書の要約を英語で作成してください。

${mark('社外秘')}
2025年度 新規取引先評価結果（購買部）
ブレーキ部品のサプライヤー3社のうち、1社は品質監査で重大な不適合が見つかったため、取引開始を延期する。`),

  rec('doc_zh', f`请把下面这段翻译成英文，用于给总部的周报：

${mark('机密')}
关于华南区物流中心合并的初步方案：计划2025年第三季度将广州仓与佛山仓合并，预计节省租金18%。`),

  rec('email_tr', f`Konu: ${mark('GİZLİDİR')} – Bayi komisyon oranları 2025

Merhaba,
2025 bayi komisyonları ektedir. Bu bilgi yalnızca bölge müdürleri içindir.

Bunu İngilizceye çevirebilir misin? Genel merkezdeki finans ekibi Türkçe bilmiyor.`),

  rec('doc_cs', f`${mark('DŮVĚRNÉ')}
Zápis z jednání s odbory – závod Mladá Boleslav, 14. 11. 2024
Vedení navrhuje zkrácení pracovní doby na 4 dny v týdnu od února, odbory požadují kompenzaci 80 % mzdy.

Můžeš z toho udělat shrnutí v angličtině pro centrálu?`),

  rec('chat', f`Our auditor keeps writing "${amb('confidential.marking', 'Privileged & Confidential')}" on top of every draft management letter, even the ones we share with the client's whole finance team. Is that correct usage, and what's the difference from "For discussion purposes only"? I'm writing the firm's guideline on document labels.`, 'a marking quoted in a question about labels, not marking this text: ambiguous'),

  rec('doc_pt_br', f`${mark('CONFIDENCIAL – USO RESTRITO')}
Estratégia de expansão do marketplace para o Nordeste – 2025
Meta: 1.200 novos vendedores em Recife, Fortaleza e Salvador; investimento de R$ 4,5 milhões em frete subsidiado no 1º semestre.
Este documento é ${mark('confidencial')} e não deve ser encaminhado a parceiros.

Pode transformar isso em um e-mail curto para o time de aquisição de vendedores, sem os valores?`, 'the header marking and the inline statement are both labelled'),
];
