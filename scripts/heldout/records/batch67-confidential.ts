/**
 * Held-out batch 67: classification markings (confidential / internal / secret / restricted) in the
 * record's own language, in headers, footers, banners and sentences that declare a document's
 * status. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH67_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_eu', f`${mark('KONFIDENTZIALA – Barne erabilerarako soilik')}

Ur Partzuergoa · Zuzendaritza Batzordea
Gaia: 2026ko ur-tarifen igoera

Proposamena: etxeko kontsumoaren tarifa % 6,5 igotzea 2026ko urtarriletik aurrera, Arratiako arazketa-plantaren inbertsioa finantzatzeko. Udalei ez zaie jakinaraziko batzarra egin arte.

Laburtu hau 5 puntutan gaztelaniaz, kontseilarientzat.`),

  rec('email_ca', f`Assumpte: ${mark('ESTRICTAMENT CONFIDENCIAL')} – Tancament de la línia Barcelona–Maó a l'hivern

Hola Jordi,

${mark('Aquest document és confidencial')} i no s'ha de reenviar fora del comitè de direcció. Proposem suspendre la línia del 10 de gener al 28 de febrer; l'ocupació mitjana va ser del 23 % l'any passat.

Em pots ajudar a redactar la nota per als treballadors afectats, sense les xifres?`),

  rec('board_cy', f`Papur Bwrdd 7/2025 – Gollyngiadau carthffosiaeth Afon Teifi
Statws: ${mark('CYFRINACHOL')}

Crynodeb: cofnodwyd 14 gollyngiad heb ganiatâd rhwng Hydref a Rhagfyr. Mae'r rheoleiddiwr wedi gofyn am adroddiad erbyn 30 Ebrill.

Footer: ${mark('CYFRINACHOL / CONFIDENTIAL – peidiwch â dosbarthu')}

Can you translate the summary paragraph into English for the non-Welsh-speaking board members?`),

  rec('contract_mt', f`${mark('KUNFIDENZJALI')}

Ftehim ta' Rappreżentanza – Bluefinch Artists u Kurt Grech
Kummissjoni tal-aġenzija: 15% fuq il-gigs lokali, 20% fuq it-tours barra minn Malta.
Terminu: sentejn mill-1 ta' Mejju 2025.

Agħmel sommarju bl-Ingliż ta' dawn il-klawżoli għall-avukat.`),

  rec('report_bs', f`${mark('STROGO POVJERLJIVO')}
Izvještaj o kvaru – implanter IMP-03, 4. mart 2025.

Uzrok: pukla izolacija na visokonaponskom dovodu, 18 sati zastoja, 212 pločica na karantinu. Dobavljač priznaje garanciju samo za dijelove.

Molim te napiši kratak rezime na engleskom za menadžment fabrike.`),

  rec('doc_hy', f`${mark('ԾԱՌԱՅՈՂԱԿԱՆ ՕԳՏԱԳՈՐԾՄԱՆ ՀԱՄԱՐ')}

Երևանի ջրամատակարարման ցանցի խոցելի հանգույցներ — 2025 թ.
1. Արաբկիր, մայր խողովակ Ø600, 1968 թ., 11 վթար վերջին տարում։
2. Նոր Նորք, պոմպակայան №4, պահեստային սնուցում չկա։

Թարգմանիր անգլերեն, պահպանիր վերնագիրը։`),

  rec('memo_kk', f`${mark('ҚҰПИЯ')}
Құрық портындағы паромдық тасымалдың 2025 жылғы тарифтік саясаты

Жүк көліктері үшін тарифті 12%-ға көтеру ұсынылады; Баку бағытындағы жолаушылар тарифі өзгеріссіз.

Осы құжатты орыс тіліне аударып, үш тармаққа қысқартып беріңіз.`),

  rec('letter_ms', f`${mark('SULIT')}

Kepada: Pengurus Klinik DermaVita Bangsar
Perkara: Aduan pesakit berkenaan kesan sampingan rawatan laser

Seorang pesakit mengalami hiperpigmentasi selepas rawatan pada 12 Februari. Pihak insurans telah dimaklumkan. ${mark('Dokumen ini adalah SULIT')} dan tidak boleh diedarkan kepada kakitangan bukan pengurusan.

Tolong ringkaskan dalam Bahasa Inggeris.`),

  rec('claim_id', f`Klasifikasi: ${mark('RAHASIA')}

Laporan Awal Klaim Siber – PT Sinar Logistik
Insiden ransomware pada server ERP, 7 Maret 2025; tebusan yang diminta 45 BTC. Tertanggung belum membayar.
${mark('Dokumen ini bersifat rahasia')} dan hanya untuk tim klaim serta penanggung.

Buatkan ringkasan eksekutif dalam bahasa Inggris, maksimal 120 kata.`),

  rec('contract_vi', f`${mark('TÀI LIỆU MẬT – LƯU HÀNH NỘI BỘ')}

Phụ lục hợp đồng quản lý nghệ sĩ – ca sĩ Hoàng Yến
Tỷ lệ chia doanh thu biểu diễn: nghệ sĩ 70%, công ty 30% (trước đây 60/40).
Hiệu lực từ 01/05/2025.

Bạn dịch phụ lục này sang tiếng Anh giúp mình nhé.`),

  rec('memo_sw', f`${mark('SIRI – Usisambaze')}

Kwa: Wakuu wa Idara, Saltwind Ferries Tanzania
Kuhusu: Mpango wa kusitisha safari za usiku Dar–Pemba kuanzia Juni 2025 kutokana na gharama za mafuta.

Tafadhali nisaidie kuandika tangazo fupi kwa abiria bila kutaja sababu za kifedha.`),

  rec('email_he', f`נושא: ${mark('חסוי')} – הערכת סיכון סייבר, לקוח: מגדלי הים בע"מ

שלום רוני,
מצורפת ההערכה לקראת החידוש. ${mark('לשימוש פנימי בלבד')}.
ממצאים עיקריים: אין MFA על ה-VPN, גיבויים לא מנותקים מהרשת, EDR רק על 60% מהתחנות.

תנסח לי בבקשה פסקה באנגלית לחתם עם המלצה להחריג כופרה עד לתיקון.`),

  rec('doc_zh', f`${mark('内部资料 严禁外传')}

二厂CVD设备异常分析报告（2025年第1季度）
主要问题：CVD-04 腔体颗粒超标，导致 3 批次（共 75 片）报废。根本原因为喷淋头清洗周期过长。

请把这段翻译成英文，发给设备厂商的工程师。`),

  rec('report_de', f`Hallo, kannst du die Zusammenfassung dieses Risikoberichts kürzen?

"${mark('Dieses Dokument ist streng vertraulich')} und ausschließlich für den Versicherer bestimmt. Die Cyber-Risikoprüfung der Müller Präzisionstechnik GmbH ergab: veraltete Firewall-Firmware, kein Offline-Backup, Admin-Konten ohne MFA. Wir empfehlen eine Deckung nur mit Ransomware-Sublimit von 250.000 EUR."`),

  rec('note_fr', f`Note technique – Renforcement de la chloration, réservoir des Hauts-de-Chambéry

Suite aux analyses du 3 mars (coliformes détectés au point P12), la dose de chlore passe de 0,3 à 0,5 mg/L pendant 15 jours.

Pied de page : Régie des Eaux · ${mark('DIFFUSION RESTREINTE')} · page 1/2

Reformule cette note pour l'affichage en mairie, sans le pied de page.`),

  rec('memo_af', f`${mark('STRENG VERTROULIK')}

Aan: Direksie, Bluefinch Artists Kaapstad
Onderwerp: Onderhandelinge met die produksiehuis oor die reeks "Karoo Nagte"

Ons kliënt vra R85 000 per episode; die produksiehuis bied R60 000. Ons stel voor om by R72 000 te skik met 'n bonus vir 'n tweede seisoen.

Skryf asseblief 'n kort opsomming in Engels.`),

  rec('advisory', f`${mark('TLP:AMBER')} — share only within your organisation and with clients who need to act

Harrowgate Cyber Desk – client advisory 2025-06
A wave of fake "policy renewal" e-mails is targeting our SME policyholders, asking them to re-enter bank details on a look-alike portal.

Can you turn this into a short, friendly e-mail to clients, keeping the TLP line at the top?`),

  rec('doc_bn', f`${mark('গোপনীয় – শুধুমাত্র অভ্যন্তরীণ ব্যবহারের জন্য')}

ডার্মাভিটা কলকাতা শাখা: ২০২৫ সালের প্রথম ত্রৈমাসিকে রোগীর অভিযোগের সারাংশ
মোট অভিযোগ ৩৮টি, এর মধ্যে ১১টি লেজার চিকিৎসার পার্শ্বপ্রতিক্রিয়া সংক্রান্ত।

ইংরেজিতে অনুবাদ করে দিন।`),

  rec('email_footer_ga', f`A Sheáin,

Seo na hathruithe ar sceideal na mbád farantóireachta don samhradh. Seol chuig an bhfoireann iad roimh Dé hAoine.

Le meas,
Aoife

--
${amb('confidential.marking', 'Tá an ríomhphost seo agus aon cheangaltáin faoi rún agus ceaptha don fhaighteoir amháin.')} Má fuair tú é trí dhearmad, scrios é le do thoil.

Translate the schedule part into English for the Holyhead team.`, 'e-mail confidentiality disclaimer in Irish: ambiguous'),
];
