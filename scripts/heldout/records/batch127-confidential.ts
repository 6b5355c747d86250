/** Held-out batch 127: classification markings in memos, e-mails, reports and slides, in many languages. Hand-written. */
import { f, rec, v, type DraftRecord } from '../dsl';

const mark = (s: string) => v('confidential.marking', s);

export const BATCH127_CONFIDENTIAL: DraftRecord[] = [
  rec('advisory', f`${mark('TLP:AMBER')}

Pipeline sector peer advisory, 27 Nov: a remote-access appliance used by several operators for vendor access to compressor-station HMIs has an unauthenticated path traversal. Exploitation attempts were seen against two peers. Share only within your organisation and with contractors who need to act on it.

${mark('TLP:AMBER')}

Turn this into a short action list for our control-room engineers (no vendor names).`),

  rec('memo_de', f`${mark('VERTRAULICH')} – nur für den Krisenstab

Ursachenanalyse Leckage Linie 3, km 41,2 (Stand 02.12.)
Vorläufig: Korrosion an einer Rundnaht, Baujahr 1974. Die Leckerkennung hat nach 11 Minuten ausgelöst, die Absperrung erfolgte nach 19 Minuten. Ausgetretene Menge geschätzt 38 m³.

Fasse das für die Pressemitteilung zusammen, ohne Zahlen zu Reaktionszeiten.`),

  rec('note_fr', f`Objet : ${mark('CONFIDENTIEL')} – stratégie grands donateurs 2025

Nous proposons de concentrer la campagne sur 40 anciens élèves identifiés comme prospects à six chiffres, avec des rencontres individuelles avec le président de l'université d'ici mars.

---
${mark('Document confidentiel – ne pas diffuser')}

Peux-tu transformer cette note en trois diapositives ?`),

  rec('doc_ja', f`以下の資料の要点を英語で3行にまとめてください。

【${mark('社外秘')}】大口寄付見込み者リスト作成方針（2025年度）
・過去5年間に10万円以上の寄付実績がある卒業生を優先
・ゼミ単位での同窓会を活用
・役員面談は学長室と調整`),

  rec('email_ko', f`제목: [${mark('대외비')}] 고객사 계약 갱신 관련 QA 지표 보고

팀장님, 고객사 갱신 협상 전에 공유드립니다. 지난 분기 QA 평균 점수 81.4점, 목표 85점 미달. 개선 계획서는 다음 주 화요일까지 작성 예정입니다.

이 메일을 영어로 번역해 주세요.`),

  rec('doc_zh', f`请把下面这段翻译成英文，用于跟合作基因库的会议：

${mark('机密')}｜种质交换谈判要点
我方可提供 120 份地方水稻品种，但要求对方在论文中注明来源，并不得用于商业育种。

${mark('机密文件，请勿外传')}`),

  rec('memo_ru', f`${mark('Для служебного пользования')}

Акт расследования утечки на участке 118–124 км магистрального нефтепровода. Причина — механическое повреждение при несанкционированных земляных работах. Система обнаружения утечек сработала штатно.

Сделай, пожалуйста, краткую версию для информирования местной администрации — без технических деталей.`),

  rec('report_ar', f`${mark('سري')}

تقرير الحادث رقم ٢٠٢٤/١٧: انخفاض مفاجئ في الضغط في محطة الصمامات رقم ٧. تم عزل المقطع خلال ١٤ دقيقة ولم يتم تسجيل أي إصابات.

لخّص هذا التقرير في ثلاث نقاط باللغة الإنجليزية.`),

  rec('email_he', f`נושא: ${mark('סודי')} – סקירת אירוע חריגה בזמני תגובה, משמרת לילה

צוות יקר, בלילה שבין 28 ל-29 בנובמבר זמן ההגעה הממוצע לאירועים דחופים עמד על 17 דקות. מצורף ניתוח ראשוני. ${mark('המסמך מיועד לצוות ההנהלה בלבד')}.

תנסח את זה כמייל רשמי באנגלית.`),

  rec('doc_el', f`${mark('ΕΜΠΙΣΤΕΥΤΙΚΟ')}
Σημείωμα προς τον ιδιοκτήτη του M/Y Thalassa: προτεινόμενη μείωση τιμής ναύλωσης κατά 12% για Σεπτέμβριο λόγω χαμηλής ζήτησης.

Μετάφρασέ το στα αγγλικά, κράτα την ένδειξη στην κορυφή.`),

  rec('report_es', f`${mark('CONFIDENCIAL')} – USO EXCLUSIVO DEL CLIENTE

Informe de calidad noviembre – Campaña Seguros Hogar
Cumplimiento de guion: 78 %. Detectamos 14 llamadas con promesas de cobertura no autorizadas.

Página 1 de 3 · ${mark('Confidencial')}

Resúmelo en cinco viñetas para el comité.`),

  rec('email_it', f`Oggetto: ${mark('RISERVATO')} – offerta armatore per il catamarano Lagoon 55

Ciao Luca, ti giro l'offerta: l'armatore accetta 41.000 € a settimana per agosto se confermiamo entro venerdì. ${mark('Le informazioni contenute in questa email sono riservate')}.

Riscrivila in modo più formale per il cliente.`),

  rec('report', f`${mark('OFFICIAL-SENSITIVE')}

Westmark Ambulance Control – Serious Incident Review SI-24-031 (draft v0.3)
Delay of 48 minutes to a Category 1 call on 17 November due to CAD failover not promoting the standby database.

Recommendations: monthly failover test; manual fallback drill each shift.

${mark('OFFICIAL-SENSITIVE')}

Summarise the recommendations for the board paper.`),

  rec('letter', f`${mark('STRICTLY PRIVATE & CONFIDENTIAL')}
Addressee only

Dear Dr. Whitcombe,

Further to our conversation, the University would be honoured to name the new seed-physiology laboratory in recognition of your family's pledge. The terms set out below remain subject to Council approval.

Make this letter warmer but keep the header as it is.`),

  rec('doc_hi', f`कृपया इसे अंग्रेज़ी में अनुवाद करें:

${mark('गोपनीय')}
बीज बैंक और साझेदार संस्थान के बीच सामग्री हस्तांतरण की शर्तों पर बातचीत – हम जंगली चावल की 40 प्रविष्टियाँ देने को तैयार हैं।`),

  rec('proposal_au', f`Footer on every page of the tender response: "Parlance Contact Solutions – ${mark('Commercial-in-Confidence')}". Can you rewrite the executive summary (below) to be punchier?

We propose a 24/7 QA service covering 100% of recorded interactions using speech analytics, with human calibration on 5% of calls.`),

  rec('chat_th', f`ช่วยแปลหัวเอกสารนี้เป็นภาษาอังกฤษ: "${mark('ลับ')} – รายงานผลการประเมินคุณภาพการให้บริการ ศูนย์บริการลูกค้า ไตรมาส 3" และเนื้อหาบรรทัดแรก "คะแนนเฉลี่ยลดลง 6% เมื่อเทียบกับไตรมาสก่อน"`),

];
