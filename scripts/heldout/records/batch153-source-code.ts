/**
 * Held-out batch 153: pasted source code (duty-time limits, weighbridge SQL, loyalty tiers, pawn
 * interest, OpenSCAD, variant filtering, blast vibration …) with comments and questions in many
 * languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH153_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_de', f`Unsere FTL-Prüfung erlaubt Dienste, die laut EASA zu lang sind, wenn der Dienst vor 06:00 beginnt. Wo ist der Fehler?

\`\`\`python
${code(f`from datetime import datetime, timedelta

# Maximale tägliche Dienstzeit (FDP) nach ORO.FTL.205, akklimatisiert, 2 Sektoren
FDP_TABELLE = [
    ("06:00", "13:29", timedelta(hours=13)),
    ("13:30", "13:59", timedelta(hours=12, minutes=45)),
    ("14:00", "14:29", timedelta(hours=12, minutes=30)),
    ("17:00", "04:59", timedelta(hours=11)),
    ("05:00", "05:59", timedelta(hours=12)),
]

def max_fdp(beginn: datetime) -> timedelta:
    hhmm = beginn.strftime("%H:%M")
    for von, bis, dauer in FDP_TABELLE:
        if von <= hhmm <= bis:
            return dauer
    return timedelta(hours=13)  # Fallback`)}
\`\`\``),

  rec('code_sql_pt', f`Preciso que esta query devolva também os camiões que não pesaram nada no dia (com zero). Alguém ajuda?

${code(f`-- toneladas por camião e por dia na báscula da pedreira
SELECT t.matricula,
       CAST(p.data_saida AS DATE) AS dia,
       SUM(p.peso_bruto - p.tara) / 1000.0 AS toneladas
FROM pesagens p
JOIN camioes t ON t.id = p.camiao_id
WHERE p.data_saida >= DATEADD(day, -7, GETDATE())
  AND p.produto IN ('BGE 0/31,5', 'Brita 6/14', 'AC 14 surf')
GROUP BY t.matricula, CAST(p.data_saida AS DATE)
ORDER BY dia, toneladas DESC;`)}`),

  rec('code_kotlin_ko', f`등급 계산이 연말에 한 번씩 틀어져요. 12월 31일에 적립된 마일이 다음 해 등급에 들어갑니다. 뭐가 문제일까요?

\`\`\`kotlin
${code(f`enum class Tier(val minMiles: Int) { BASIC(0), SILVER(25_000), GOLD(50_000), PLATINUM(100_000) }

// 지난 12개월 적립 마일로 등급 산정
fun tierFor(accruals: List<Accrual>, today: LocalDate): Tier {
    val from = today.minusYears(1)
    val miles = accruals
        .filter { it.date.isAfter(from) && !it.date.isAfter(today) }
        .sumOf { it.tierMiles }
    return Tier.entries.last { miles >= it.minMiles }
}`)}
\`\`\``),

  rec('code_go_en_au', f`Roster validator lets a guard be booked on two sites at once if the second shift starts exactly when the first ends plus travel. Reckon the overlap check is off?

${code(f`type Shift struct {
	GuardID string
	Site    string
	Start   time.Time
	End     time.Time
}

// overlaps reports whether b starts before a ends, allowing travel time between sites.
func overlaps(a, b Shift, travel time.Duration) bool {
	if a.GuardID != b.GuardID {
		return false
	}
	gap := travel
	if a.Site == b.Site {
		gap = 0
	}
	return b.Start.Before(a.End.Add(gap)) && a.Start.Before(b.End)
}`)}`),

  rec('code_php_es', f`Hola, la casa de empeño cobra intereses por día pero este cálculo redondea mal los meses de 31 días:

\`\`\`php
${code(f`<?php
// Interés del préstamo prendario: tasa mensual sobre 30 días
function interesAcumulado(float $capital, float $tasaMensual, DateTime $desde, DateTime $hasta): float {
    $dias = $desde->diff($hasta)->days;
    $meses = intdiv($dias, 30);
    $resto = $dias % 30;
    $interes = $capital * $tasaMensual * $meses;
    if ($resto > 0) {
        $interes += $capital * $tasaMensual; // mes iniciado = mes completo
    }
    return round($interes, 2);
}`)}
\`\`\``),

  rec('code_openscad_fr', f`Bonjour, je prépare un support mural pour les cartes Arduino du FabLab de la médiathèque. Les trous de vis sortent décalés, tu vois pourquoi ?

${code(f`// Support mural pour carte Arduino Uno
largeur = 68.6;
profondeur = 53.4;
epaisseur = 3;
trous = [[14, 2.5], [15.3, 50.7], [66.1, 7.6], [66.1, 35.5]];

difference() {
    cube([largeur + 10, profondeur + 10, epaisseur]);
    for (t = trous)
        translate([t[0], t[1], -1])
            cylinder(d = 3.2, h = epaisseur + 2, $fn = 32);
}`)}`),

  rec('code_r_it', f`Ciao, in consulenza genetica filtriamo le varianti del pannello con questo script, ma le varianti in omozigosi spariscono. Perché?

${code(f`library(dplyr)

# Filtra varianti rare e potenzialmente patogenetiche (ACMG PVS1/PM2)
varianti_filtrate <- varianti %>%
  filter(gnomad_af < 0.001 | is.na(gnomad_af)) %>%
  filter(consequence %in% c("stop_gained", "frameshift_variant", "splice_donor_variant")) %>%
  filter(genotype == "0/1") %>%
  arrange(gene, pos)

write.csv(varianti_filtrate, "varianti_da_rivedere.csv", row.names = FALSE)`)}`),

  rec('code_vba_pl', f`Makro w Excelu do raportu z wagi samochodowej liczy tylko pierwszy dzień. Co jest nie tak?

${code(f`Sub RaportDzienny()
    Dim ws As Worksheet, i As Long, suma As Double
    Set ws = Worksheets("Wazenia")
    suma = 0
    For i = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        If ws.Cells(i, 2).Value = Date Then
            suma = suma + (ws.Cells(i, 4).Value - ws.Cells(i, 5).Value)
        End If
    Next i
    Worksheets("Raport").Range("B2").Value = suma / 1000
End Sub`)}`),

  rec('code_csharp_nl', f`Deze methode moet panden markeren die na de vervaltermijn van 3 maanden + 1 maand respijt naar de veiling gaan. Klopt dit?

\`\`\`csharp
${code(f`public static bool IsVeilbaar(Pandlening lening, DateOnly vandaag)
{
    // 3 maanden looptijd, daarna 1 maand respijt
    var verval = lening.Ingangsdatum.AddMonths(3);
    var einde = verval.AddMonths(1);
    return !lening.Afgelost && !lening.Verlengd && vandaag > einde;
}`)}
\`\`\``),

  rec('code_swift_ja', f`乗務員アプリで、時差のあるステイ先でも休息時間が正しく表示されるようにしたいです。このコードで合っていますか？

${code(f`struct RestPeriod {
    let onBlock: Date
    let reportTime: Date

    // 休息時間（分）
    var minutes: Int {
        Int(reportTime.timeIntervalSince(onBlock) / 60)
    }

    // 最低休息: 12時間 または 直前の勤務時間のどちらか長い方
    func isSufficient(previousDutyMinutes: Int) -> Bool {
        minutes >= max(12 * 60, previousDutyMinutes)
    }
}`)}`),

  rec('code_rust_cs', f`Počítáme seizmický účinek odstřelu v lomu (redukovaná vzdálenost). Vychází mi nesmysl, když je nálož v kg a vzdálenost v metrech:

${code(f`/// Maximální rychlost kmitání (mm/s) podle empirického vztahu PPV = K * (R / sqrt(Q))^(-b)
fn ppv(vzdalenost_m: f64, naloz_kg: f64, k: f64, b: f64) -> f64 {
    let redukovana = vzdalenost_m / naloz_kg.sqrt();
    k * redukovana.powf(b)
}

fn main() {
    let v = ppv(350.0, 125.0, 1140.0, 1.6);
    println!("PPV = {:.2} mm/s", v);
}`)}`),

  rec('code_ts_he', f`הפונקציה שמאשרת החלפת משמרות בין מאבטחים מאשרת גם כשלאחד מהם אין הסמכה לנשק. מה חסר?

\`\`\`ts
${code(f`interface Guard { id: string; armedCert: boolean; site: string }
interface Shift { id: string; site: string; requiresArmed: boolean; guardId: string }

// בדיקה אם אפשר להחליף משמרות בין שני מאבטחים
export function canSwap(a: Shift, b: Shift, guards: Map<string, Guard>): boolean {
  const ga = guards.get(a.guardId);
  const gb = guards.get(b.guardId);
  if (!ga || !gb) return false;
  if (b.requiresArmed && !ga.armedCert) return false;
  return a.site === b.site || (ga.site === b.site && gb.site === a.site);
}`)}
\`\`\``),

  rec('code_bash_ru', f`Скрипт архивации логов 3D-принтеров в мейкерспейсе библиотеки удаляет и свежие файлы. Почему?

${code(f`#!/usr/bin/env bash
set -euo pipefail
# архивируем логи OctoPrint старше 14 дней
LOGDIR=/home/pi/.octoprint/logs
ARCHIVE=/mnt/nas/makerspace/logs/$(hostname)
mkdir -p "$ARCHIVE"
find "$LOGDIR" -name '*.log*' -mtime +14 -exec cp {} "$ARCHIVE"/ \\;
find "$LOGDIR" -name '*.log*' -mtime -14 -delete`)}`),

  rec('code_ruby_sv', f`Vår bokningsregel för laserskäraren i bibliotekets makerspace tillåter dubbelbokningar över midnatt. Varför?

${code(f`class Bokning < ApplicationRecord
  validate :ingen_overlappning

  private

  # Kolla att ingen annan bokning krockar på samma maskin
  def ingen_overlappning
    krock = Bokning.where(maskin_id: maskin_id)
                   .where(datum: start.to_date)
                   .where("start < ? AND slut > ?", slut, start)
                   .where.not(id: id)
    errors.add(:start, "krockar med en annan bokning") if krock.exists?
  end
end`)}`),

  rec('code_js_ar', f`هذه الدالة تحسب قيمة القرض المسموح بها على الذهب حسب العيار، لكن عيار 21 يعطي رقمًا أعلى من 24. أين الخطأ؟

${code(f`// نسبة القرض إلى القيمة حسب العيار
const LTV = { 24: 0.75, 22: 0.72, 21: 0.78, 18: 0.65 };

function maxLoan(weightGrams, karat, pricePerGram24k) {
  const purity = karat / 24;
  const value = weightGrams * purity * pricePerGram24k;
  return Math.floor(value * (LTV[karat] ?? 0.6));
}`)}`),

  rec('code_java_tr', f`Güvenlik görevlileri için 4'lü vardiya rotasyonu (2 gündüz, 2 gece, 4 izin) yazdım ama ayın 31'inde kayıyor. Nerede hata var?

\`\`\`java
${code(f`public enum Vardiya { GUNDUZ, GECE, IZIN }

public static Vardiya vardiyaBul(LocalDate baslangic, LocalDate gun, int ekip) {
    // 8 günlük döngü: G G N N I I I I
    long fark = ChronoUnit.DAYS.between(baslangic, gun) + ekip * 2;
    int indeks = (int) (fark % 8);
    if (indeks < 2) return Vardiya.GUNDUZ;
    if (indeks < 4) return Vardiya.GECE;
    return Vardiya.IZIN;
}`)}
\`\`\``),

  rec('code_dart_id', f`Kartu member digital di aplikasi maskapai kami tidak menampilkan sisa mil kalau nilainya di atas 1 juta. Ini widget-nya:

${code(f`class KartuMember extends StatelessWidget {
  final String nama;
  final int sisaMil;
  const KartuMember({super.key, required this.nama, required this.sisaMil});

  @override
  Widget build(BuildContext context) {
    final format = NumberFormat.compact(locale: 'id_ID');
    return Card(
      child: ListTile(
        title: Text(nama),
        subtitle: Text('\${format.format(sisaMil)} mil'),
      ),
    );
  }
}`)}`),

  rec('gcode_sl', f`Zakaj Prusa v knjižnici ob začetku tiskanja najprej zapelje šobo v kot in praska po podlagi? To je začetni G-code iz PrusaSlicerja:

${amb('source_code.snippet', f`M862.3 P "MK4"
G90 ; absolutne koordinate
M83 ; relativni ekstruder
M140 S60 ; segrej podlago
M104 S170 ; predgrej šobo
G28 ; domov vse osi
G29 P1 ; meritev mreže
G1 X0 Y-4 Z0.3 F3000
M109 S215`)}`, 'G-code: machine instructions rather than source, code to some readers (ambiguous)'),

  rec('code_powershell_de_at', f`Servus, das Skript soll jeden Freitag den Dienstplan der Securitys als CSV an die Lohnverrechnung schicken, aber die Umlaute sind kaputt:

${code(f`$plan = Import-Excel -Path "\\\\fs01\\Dienstplan\\KW$((Get-Date).DayOfYear / 7).xlsx"
$plan |
  Select-Object Mitarbeiter, Datum, Beginn, Ende, Objekt |
  Export-Csv -Path "C:\\Export\\dienstplan.csv" -NoTypeInformation -Delimiter ';'
Send-MailMessage -To "${v('pii.email', 'lohn@bastion-sicherheit.at')}" -From "${v('pii.email', 'dienstplan@bastion-sicherheit.at')}" \`
  -Subject "Dienstplan KW" -Attachments "C:\\Export\\dienstplan.csv" -SmtpServer "mail.bastion-sicherheit.at"`)}`),

  rec('code_sql_th', f`ช่วยแก้ query นี้หน่อยครับ อยากได้สมาชิกที่ไมล์จะหมดอายุภายใน 30 วัน แต่ผลออกมาซ้ำกันหลายแถว

${code(f`-- สมาชิกที่มีไมล์ใกล้หมดอายุ
SELECT m.member_no, m.tier, a.miles, a.expires_on
FROM members m
JOIN mile_accruals a ON a.member_id = m.id
LEFT JOIN redemptions r ON r.member_id = m.id
WHERE a.expires_on BETWEEN CURRENT_DATE AND CURRENT_DATE + INTERVAL '30 days'
ORDER BY a.expires_on;`)}`),

  rec('diff_el', f`Μπορείς να ελέγξεις αυτό το patch στο εργαλείο σχεδίασης γενεαλογικών δέντρων της γενετικής συμβουλευτικής;

${code(f`--- a/pedigree/render.py
+++ b/pedigree/render.py
@@ -41,9 +41,12 @@ def draw_individual(ax, person, x, y):
-    shape = "square" if person.sex == "M" else "circle"
+    if person.sex == "M":
+        shape = "square"
+    elif person.sex == "F":
+        shape = "circle"
+    else:
+        shape = "diamond"  # άγνωστο φύλο
     fill = "black" if person.affected else "white"
-    if person.deceased:
+    if person.deceased is True:
         ax.plot([x - 0.4, x + 0.4], [y - 0.4, y + 0.4], color="black")`)}`),

  rec('code_python_hi', f`जेनेटिक काउंसलिंग में हम Bayes से कैरियर रिस्क निकालते हैं। ये फ़ंक्शन सही है क्या? नेगेटिव टेस्ट के बाद रिस्क कम नहीं हो रहा।

${code(f`def carrier_risk(prior: float, detection_rate: float, test_negative: bool) -> float:
    """पोस्टीरियर कैरियर रिस्क (Bayes)"""
    if not test_negative:
        return 1.0
    # कैरियर होने पर भी टेस्ट नेगेटिव आने की संभावना
    p_neg_if_carrier = 1 - detection_rate
    numerator = prior * p_neg_if_carrier
    denominator = numerator + (1 - prior)
    return prior / denominator`)}`),
];
