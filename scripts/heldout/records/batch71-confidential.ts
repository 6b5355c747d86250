/**
 * Held-out batch 71: classification markings in the writer's own language — headers, stamps,
 * footers, banners and sentences declaring a document's status — in incident reports, donor
 * files, tender papers and newsroom memos. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH71_CONFIDENTIAL: DraftRecord[] = [
  rec('report_nb', f`${mark('STRENGT FORTROLIG')} – kun for ledergruppen

Foreløpig hendelsesrapport: brønnspark på Northbar Sentinel, brønn 7/11-B-3, 21.11.2024
Kl. 02:14 ble det registrert en gevinst på 3,2 m³ i aktive tanker under tripping ut. BOP ble stengt (annular) etter 4 minutter. Ingen personskade. Sikkerhetsmarginen på slamvekt var 0,03 sg, under prosedyrekravet.

Lag et sammendrag på 5 punkter på engelsk til operatørens morgenmøte, uten navn på mannskapet.`),

  rec('memo_de', f`${mark('VERTRAULICH')}

Besprechungsnotiz Radiologie – Befundverzögerungen Teleradiologie-Nachtdienst
Seit Oktober liegen 14 % der Nacht-CTs über der vereinbarten Befundzeit von 60 Minuten. Ursache: Vertragspartner hat zwei Radiologen abgezogen. Optionen: Vertragsstrafe geltend machen oder Ausschreibung vorziehen.

${mark('Nur für den internen Gebrauch')}

Formuliere daraus bitte eine sachliche E-Mail an die Geschäftsführung.`),

  rec('note_fr_ch', f`${mark('STRICTEMENT CONFIDENTIEL')}

Note au recteur – Don majeur de la Fondation Ruchonnet
La fondation est prête à verser CHF 12 millions pour la nouvelle chaire en sciences du climat, à condition que le bâtiment porte son nom et que l'annonce soit faite avant l'assemblée des alumni de juin. Le conseil de fondation se réunit le 16 décembre.

Peux-tu me proposer trois formulations diplomatiques pour répondre à la condition sur le nom du bâtiment ?`),

  rec('doc_es_cl', f`${mark('CONFIDENCIAL')}
Propuesta de compra – Patio Chatarrería San Bernardo

${mark('Este documento es de carácter confidencial')} y está dirigido exclusivamente al directorio de Metales del Maipo SpA.
Valor ofrecido: 1,9 veces el EBITDA 2024. Incluye báscula de 60 t, prensa cizalla y la cartera de 140 proveedores recurrentes.

Resume esto en un párrafo para el gerente general, tono neutro.`),

  rec('slide_pt_br', f`Revisa o texto desse slide da reunião de resultados do atendimento? Quero que fique mais direto.

"Churn pós-atendimento caiu de 4,1% para 3,3% no trimestre. Maior ganho: retenção de clientes pré-pagos que ligaram sobre cobrança indevida."

Rodapé do slide: Telemóvel Brasil · Diretoria de Atendimento · ${mark('USO INTERNO')} · nov/2024`),

  rec('memo_tr', f`${mark('GİZLİ')}
Konu: Çağrı merkezi iş gücü planı 2025

Ankara lokasyonundaki 120 temsilci kapasitesi Mart 2025'ten itibaren İzmir'e taşınacak. Sendika ile görüşmeler 9 Aralık'ta başlıyor.

${mark('Hizmete Özeldir')}. Dağıtımı yapılmaz.

Bunu yönetim kuruluna gidecek 4 maddelik özet haline getir.`),

  rec('report_he', f`${mark('סודי')} – לא להפצה מחוץ לוועדת איכות

סקירת אירוע: פספוס ממצא בצילום חזה, מחלקת דימות
ממצא של 14 מ"מ באונה הימנית העליונה לא דווח בצילום מ-3/10 ואובחן ב-CT ב-18/11. המטופל עודכן. נבחנת הוספת קריאה שנייה לצילומי חזה של מרפאות חוץ.

תכתוב סיכום באנגלית לדיון בוועדה, בלי פרטים מזהים.`),

  rec('letter_ar_sa', f`${mark('سري للغاية')}

مذكرة داخلية – مكتب تنمية الموارد
يرغب أحد كبار الخريجين في تمويل كرسي بحثي في الذكاء الاصطناعي بمبلغ 20 مليون ريال على خمس سنوات، ويشترط عدم الإعلان عن اسمه.
المطلوب: مسودة خطاب شكر أولي لا يتضمن أي التزام مالي من الجامعة.

اكتب المسودة بأسلوب رسمي.`),

  rec('doc_pl', f`${mark('POUFNE')}

Notatka: renegocjacja umowy z hutą na odbiór złomu stalowego (2025)
Proponujemy cenę bazową 1 180 zł/t dla klasy E3 z korektą kwartalną wg indeksu. ${mark('Dokument stanowi tajemnicę przedsiębiorstwa')} w rozumieniu ustawy o zwalczaniu nieuczciwej konkurencji.

Zrób z tego krótką wiadomość do zarządu, bez liczb.`),

  rec('memo_sv', f`${mark('KONFIDENTIELLT')} – källskydd

PM till nyhetschefen: uppgiftslämnare inom regionens räddningstjänst
Källan har lämnat internt material om försenade insatser vid två bränder i oktober. Källans identitet är känd endast av reportern och ansvarig utgivare. Inga anteckningar med namn i redaktionssystemet.

Hjälp mig formulera en rutin för hur vi hanterar materialet, i punktform.`),

  rec('report_fi', f`${mark('LUOTTAMUKSELLINEN')}

Poikkeamaraportti, kuvantaminen: väärän potilaan röntgenkuvat liitetty lähetteeseen 12.11.
Kuvat poistettiin väärältä potilaalta 40 minuutin kuluessa. Potilaille on ilmoitettu.

${mark('Salassa pidettävä')}

Kirjoita tästä lyhyt, syyllistämätön yhteenveto osastokokoukseen.`),

  rec('notice_vi', f`${mark('TÀI LIỆU MẬT')}
Kế hoạch khuyến mại Tết 2025 – khối chăm sóc khách hàng
Tặng 30% dung lượng data cho thuê bao trả sau từ 20/01 đến 05/02. Chưa công bố ra ngoài trước ngày 15/01.

Viết giúp tôi kịch bản trả lời cho điện thoại viên nếu khách hỏi trước về khuyến mại Tết.`),

  rec('memo_id', f`${mark('RAHASIA')}
Untuk: Manajer Proyek Rig Kalimantan
Perihal: hasil audit keselamatan rig Swara-2
Auditor menemukan 3 temuan mayor: tes BOP terlewat satu siklus, izin kerja panas tidak ditandatangani, dan dua detektor H2S kedaluwarsa kalibrasi.

Tolong buatkan rencana tindakan perbaikan dalam bentuk tabel.`),

  rec('memo_uk', f`${mark('КОНФІДЕНЦІЙНО')}
Службова записка редакції новин
Наш кореспондент отримав копії листування міської ради щодо тендеру на ремонт мостів. Публікацію відкладено до отримання коментаря від мерії. Файли зберігаються лише на зашифрованому диску редакції.

Склади, будь ласка, короткий план перевірки документів перед публікацією.`),

  rec('note_hi', f`${mark('गोपनीय')}
पूर्व छात्र संबंध कार्यालय – दानदाता बैठक के नोट्स
एक पूर्व छात्र नए छात्रावास के लिए ₹15 करोड़ देने को तैयार हैं, लेकिन चाहते हैं कि घोषणा दीक्षांत समारोह में ही हो।

इसे कुलपति के लिए अंग्रेज़ी में एक छोटे ईमेल में बदल दीजिए।`),

  rec('offer_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Προσφορά αγοράς σκραπ χαλκού – Μεταλλουργία Βοιωτίας Α.Ε.
Τιμή: LME cash μείον 6,5 %, παράδοση Ασπρόπυργος, πληρωμή σε 15 ημέρες.

Μετάφρασέ το στα αγγλικά για τον αγοραστή στην Ιταλία.`),

  rec('briefing_en_gb', f`${mark('OFFICIAL-SENSITIVE')}

Radiology service briefing for the Health Board executive team
Reporting backlog at 2,340 plain films and 410 CTs over 28 days. Two consultant vacancies unfilled since July. Proposal: outsource overnight CT reporting for 6 months (est. £380k).

Can you turn this into three bullet points for a 5-minute verbal update? Keep the figures.`),

  rec('email_en_us', f`Subject: ${mark('CONFIDENTIAL')} — embargoed until Thursday 6 a.m.

Team,
The state auditor's report on the county jail contract lands Thursday. We have the draft via a source; ${mark('this memo is confidential')} and stays inside the investigations unit. Do not tease it on social or in the 10 p.m. promos.

— Dana, Investigations Editor

${amb('confidential.marking', 'This message and any attachments are intended only for the named recipients and may contain confidential information.')}

Tighten this up and make it sound less bossy.`),

  rec('memo_az', f`${mark('MƏXFİ')}
Qazma qurğusu "Xəzər-3": ekipaj dəyişməsi ilə bağlı yeni qaydalar
2025-ci ildən etibarən 28/28 növbəsi 21/21-ə keçirilir. Əmək haqqı cədvəli dəyişməz qalır. Həmkarlar ittifaqına məlumat 15 dekabrda veriləcək.

Bunu ingilis dilinə tərcümə et, rəhbərlik üçün.`),

  rec('question_ka', f`ჩვენი ახალი ამბების სამსახურის დოკუმენტების შაბლონში მინდა, რომ ყველა გვერდის თავში ეწეროს "${amb('confidential.marking', 'კონფიდენციალური')}". როგორ დავამატო ეს Google Docs-ში ყველა გვერდზე, პირველის გარდა?`, 'a marking quoted in a formatting question, not marking this text: ambiguous'),
];
