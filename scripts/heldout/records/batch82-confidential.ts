/**
 * Held-out batch 82: classification markings in memos, bids, threat-sharing notes, board papers and
 * slides, in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH82_CONFIDENTIAL: DraftRecord[] = [
  rec('memo', f`${mark('COMMERCIAL IN CONFIDENCE')}

Skerrow Offshore Wind — CTV charter tender 2025–2028, evaluation summary
Bidder A: 3 vessels, day rate £4,950, 92% availability guarantee
Bidder B: 2 vessels + SOV access, day rate £5,400, 95% guarantee, walk-to-work from 2026
Recommendation: Bidder B, subject to crew-change clause.

Can you turn this into a one-page note for the board, without the day rates?`),

  rec('advisory', f`${mark('TLP:AMBER')} — share with fraud teams of member firms only

Remittance mule network, Nov 2024: funds collected via newly opened accounts at two neobanks, paid out to mobile wallets in three corridors within 40 minutes. Common traits: accounts < 7 days old, same device model, selfie retakes > 3.

Write five detection rules we could express in our rules engine (no indicators needed).`),

  rec('memo_de', f`${mark('STRENG VERTRAULICH')} – nur für die Hochschulleitung

Provisionsmodell für Rekrutierungsagenturen ab WS 2025/26: Senkung von 15 % auf 12 % der Studiengebühr im ersten Jahr, Bonus bei Einschreibung > 50 Studierende.

Bitte fasse das in drei Sätzen auf Englisch zusammen.`),

  rec('memo_fr', f`${mark('CONFIDENTIEL')}

Projet Houblon — rachat de la micro-brasserie Les Trois Fûts (Lille)
Valorisation indicative : 1,8 à 2,2 M€. Due diligence en cours, closing visé fin mars.

Peux-tu rédiger une annonce interne neutre pour le personnel, à n'utiliser qu'après signature ?`),

  rec('slide', f`Speaker notes for the archive strategy deck (footer on every slide: "Valmora Broadcasting · ${mark('INTERNAL USE ONLY')} · draft 4"):
Slide 6 explains why we digitise the 1970s U-matic collection before the Betacam SP — binder hydrolysis. Make it understandable for the board in 60 seconds.`),

  rec('price_list_es', f`${mark('CONFIDENCIAL')} — Tarifa distribuidores 2025 (no compartir con hostelería)

Barril 30 l Nebelpils: 96 € · Barril 20 l Harvest Saison: 82 € · Caja 24×33 cl IPA: 31,50 €
Rappel por volumen: 3 % a partir de 200 barriles/año.

Redacta un correo para los distribuidores anunciando la subida media del 4,5 %.`),

  rec('email_ja', f`件名：【${mark('社外秘')}】2025年度 アーカイブ映像ライセンス料金改定案

各位
来年度の二次利用ライセンス料金改定案を共有します。報道映像は1分あたり一律、ドキュメンタリーは作品単位の料金体系に移行する予定です。

この内容を英語で3行にまとめてください。`),

  rec('doc_ko', f`${mark('대외비')}
2025학년도 국제학생 장학금 배분안 (초안)
- 동남아시아 지역 30%, 아프리카 지역 25%로 확대
- 성적 기준: 상위 10% → 상위 15%

이 내용을 영어 이메일 초안으로 만들어 주세요.`),

  rec('doc_zh', f`${mark('机密')}｜风控部内部资料
2024年第四季度拒付率分析：GB→NG 通道拒付率 0.82%，高于卡组织 0.65% 的警戒线。拟于12月中旬对新设备首笔交易上限下调至 £150。

请用英文写一份给合规总监的简短说明。`),

  rec('memo_ru', f`${mark('КОНФИДЕНЦИАЛЬНО')}
Служебная записка: увольнение двух сотрудников службы поддержки за передачу данных клиентов третьим лицам. Внутреннее расследование завершено 29.11.

Помоги составить нейтральное сообщение для команды без подробностей.`),

  rec('memo_fi', f`${mark('LUOTTAMUKSELLINEN')}
Skerrow Bankin vuosihuolto 2025: vaihteistovaurioiden takia 11 turbiinia vaatii jack-up-aluksen. Kustannusarvio 6,4 M€, vakuutusyhtiön kanta auki.

Tiivistä tämä englanniksi operatiiviselle johtoryhmälle.`),

  rec('report_en_sg', f`Can you tighten the opening paragraph? It goes to the regional clinical directors:

"This report is ${mark('strictly confidential')} and must not be forwarded outside the clinical governance group. It reviews three incidents in Q3 in which local anaesthetic doses for children under 20 kg exceeded the practice protocol at our Tampines and Jurong clinics."`),

  rec('board_da', f`${mark('FORTROLIGT')} – bestyrelsesmateriale
Forslag om at sælge 49 % af Skerrow Bank til en pensionskasse. Indikativ pris: 5,1–5,6 mia. kr.

Lav tre spørgsmål, bestyrelsen sandsynligvis vil stille.`),

  rec('memo_cs', f`${mark('PŘÍSNĚ DŮVĚRNÉ')}
Jednání s pražským distributorem o exkluzivitě: návrh 5 let, minimální odběr 1 800 sudů ročně.

Napiš mi k tomu krátké shrnutí pro majitele pivovaru v angličtině.`),

  rec('email_pt_br', f`Assunto: Relatório de fraude – novembro

Equipe, segue o resumo. Lembrando que este material é ${mark('confidencial')} e não deve sair da área de risco.
• 214 contas bloqueadas, 61% abertas no mesmo dia da primeira remessa
• Corredor BR→PT com aumento de 38% em golpes de "falso parente"

Pode transformar em três bullets para o comitê?`),

  rec('email_ar', f`الموضوع: ${mark('سري للغاية')} — نتائج التدقيق على وكلاء التوظيف

الزملاء الكرام، كشف التدقيق أن وكيلين في المنطقة قدّما كشوف حسابات بنكية معدّلة لثلاثة متقدمين. نوصي بتعليق التعاون معهما.

أرجو صياغة رسالة رسمية بالإنجليزية إلى الوكيلين.`),

  rec('email', f`Hi Archive team,

Attached is the draft rights clearance for the 1982 miners' strike footage. Please keep edits in tracked changes.

Best,
Ruth

${amb('confidential.marking', 'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.')}

Can you summarise what's still uncleared in the draft?`, 'an e-mail confidentiality disclaimer: ambiguous'),
];
