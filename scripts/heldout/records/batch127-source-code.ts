/**
 * Held-out batch 127: pasted source code from the six settings (leak detection, PLC logic, dispatch,
 * charter booking, call scoring, alumni CRM, germplasm analysis), comments in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord, type Frag } from '../dsl';

const code = (body: Frag): Frag => v('source_code.snippet', body);

export const BATCH127_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Our mass-balance leak check fires false alarms every time the line packs after a pump start. Can you spot the issue?

\`\`\`python
${code(f`def imbalance(inlet_flow, outlet_flow, linepack_prev, linepack_now, dt_s):
    """Volume imbalance over one scan, in m3. Positive = more in than out."""
    d_pack = linepack_now - linepack_prev
    return (inlet_flow - outlet_flow) * dt_s / 3600.0 - d_pack


def check_window(samples, threshold_m3=2.5, window=60):
    acc = 0.0
    for s in samples[-window:]:
        acc += imbalance(s.q_in, s.q_out, s.pack_prev, s.pack, s.dt)
    if acc > threshold_m3:
        raise_alarm("LDS-MB-01", f"imbalance {acc:.2f} m3 over {window} scans")
    return acc`)}
\`\`\``),

  rec('code_st_de', f`Kannst du prüfen, ob die Verriegelung so passt? Das Absperrventil soll nur schließen, wenn der Druckabfall länger als 20 s anhält.

${code(f`FUNCTION_BLOCK FB_Leckabschaltung
VAR_INPUT
    rDruckEingang  : REAL;   (* bar *)
    rDruckAusgang  : REAL;   (* bar *)
    bFreigabe      : BOOL;
END_VAR
VAR_OUTPUT
    bVentilZu      : BOOL;
END_VAR
VAR
    tonAbfall      : TON;
    rGradient      : REAL;
    rLetzterDruck  : REAL;
END_VAR

rGradient := rDruckAusgang - rLetzterDruck;
rLetzterDruck := rDruckAusgang;

(* Druckabfall > 0,8 bar pro Zyklus gilt als Leckverdacht *)
tonAbfall(IN := bFreigabe AND (rGradient < -0.8), PT := T#20S);
IF tonAbfall.Q THEN
    bVentilZu := TRUE;
END_IF
END_FUNCTION_BLOCK`)}`),

  rec('code_sql_nl', f`Deze query voor de donateurssegmentatie duurt 4 minuten, kan het sneller?

${code(f`-- Segmentatie voor de eindejaarsactie: trouwe gevers die dit jaar nog niet gaven
SELECT d.donor_id,
       d.afstudeerjaar,
       COUNT(DISTINCT EXTRACT(YEAR FROM g.datum)) AS jaren_gegeven,
       SUM(g.bedrag) AS totaal
FROM donateurs d
JOIN giften g ON g.donor_id = d.donor_id
WHERE g.datum >= DATE '2019-01-01'
  AND d.donor_id NOT IN (SELECT donor_id FROM giften WHERE datum >= DATE '2024-01-01')
GROUP BY d.donor_id, d.afstudeerjaar
HAVING COUNT(DISTINCT EXTRACT(YEAR FROM g.datum)) >= 3
ORDER BY totaal DESC;`)}`),

  rec('code_r_es', f`¿Por qué me da NaN el índice de Shannon para algunas accesiones?

\`\`\`r
${code(f`# Diversidad alélica por población (marcadores SSR)
library(dplyr)

shannon <- function(frecuencias) {
  p <- frecuencias / sum(frecuencias)
  -sum(p * log(p))
}

diversidad <- alelos %>%
  group_by(poblacion, locus) %>%
  summarise(H = shannon(n), .groups = "drop") %>%
  group_by(poblacion) %>%
  summarise(H_media = mean(H), loci = n())

print(diversidad, n = 40)`)}
\`\`\``),

  rec('code_csharp_da', f`Find nærmeste ledige ambulance — metoden tager nogle gange en bil, der er på vej hjem fra hospitalet. Hvorfor?

${code(f`public Unit? NearestAvailable(GeoPoint incident, IEnumerable<Unit> units)
{
    // Kun enheder med status "Ledig" eller "På vej til station" må disponeres
    return units
        .Where(u => u.Status is UnitStatus.Available or UnitStatus.ReturningToStation)
        .OrderBy(u => Haversine(u.Position, incident))
        .FirstOrDefault();
}

private static double Haversine(GeoPoint a, GeoPoint b)
{
    const double R = 6371.0;
    var dLat = ToRad(b.Lat - a.Lat);
    var dLon = ToRad(b.Lon - a.Lon);
    var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
            Math.Cos(ToRad(a.Lat)) * Math.Cos(ToRad(b.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
    return 2 * R * Math.Asin(Math.Sqrt(h));
}`)}`),

  rec('code_kotlin_pt', f`Esse cálculo da nota de monitoria está arredondando errado quando tem item eliminatório:

\`\`\`kotlin
${code(f`data class ItemAvaliacao(val peso: Int, val atendido: Boolean, val eliminatorio: Boolean = false)

fun notaFinal(itens: List<ItemAvaliacao>): Int {
    // Se qualquer item eliminatório falhar, a nota é zero
    if (itens.any { it.eliminatorio && !it.atendido }) return 0
    val total = itens.sumOf { it.peso }
    val obtido = itens.filter { it.atendido }.sumOf { it.peso }
    return (obtido * 100 / total)
}`)}
\`\`\`

Queria que 89,5 virasse 90.`),

  rec('code_ts_el', f`Το ημερολόγιο διαθεσιμότητας δείχνει το σκάφος ελεύθερο ενώ υπάρχει option. Τι λείπει;

${code(f`type Booking = { yachtId: string; from: Date; to: Date; status: 'confirmed' | 'option' | 'cancelled' };

export function isAvailable(yachtId: string, from: Date, to: Date, bookings: Booking[]): boolean {
  return !bookings.some(
    (b) =>
      b.yachtId === yachtId &&
      b.status === 'confirmed' &&
      b.from < to &&
      from < b.to,
  );
}`)}`),

  rec('code_go_ru', f`Детектор аномалий давления иногда паникует на пустом окне. Где ошибка?

${code(f`package lds

import "math"

// ZScore возвращает отклонение последнего значения от среднего по окну.
func ZScore(window []float64) float64 {
	n := float64(len(window))
	var sum, sq float64
	for _, v := range window {
		sum += v
	}
	mean := sum / n
	for _, v := range window {
		sq += (v - mean) * (v - mean)
	}
	std := math.Sqrt(sq / n)
	return (window[len(window)-1] - mean) / std
}`)}`),

  rec('code_rust_fi', f`Tämä AVL-viestin jäsennin kaatuu, kun ambulanssin GPS ei ole saanut paikkaa. Miten käsittelen tyhjät kentät?

${code(f`#[derive(Debug)]
pub struct Sijainti { pub yksikko: String, pub lat: f64, pub lon: f64, pub nopeus: u16 }

pub fn jasenna(rivi: &str) -> Result<Sijainti, String> {
    // Muoto: YKSIKKÖ;LAT;LON;NOPEUS
    let osat: Vec<&str> = rivi.split(';').collect();
    Ok(Sijainti {
        yksikko: osat[0].to_string(),
        lat: osat[1].parse().unwrap(),
        lon: osat[2].parse().unwrap(),
        nopeus: osat[3].parse().unwrap(),
    })
}`)}`),

  rec('code_php_hr', f`Cijena najma ispada krivo kad tjedan prelazi iz predsezone u sezonu:

${code(f`<?php
// Cijena po danu ovisi o sezoni; subota-subota najam
function cijenaNajma(DateTime $od, DateTime $do, array $cjenik): float {
    $ukupno = 0.0;
    $dan = clone $od;
    while ($dan < $do) {
        $sezona = $dan->format('m') >= 6 && $dan->format('m') <= 9 ? 'visoka' : 'niska';
        $ukupno += $cjenik[$sezona] / 7;
        $dan->modify('+1 day');
    }
    return round($ukupno, 2);
}`)}`),

  rec('code_bash_fr', f`Le script de sauvegarde de la base des accessions ne supprime pas les vieux dumps, tu vois pourquoi ?

${code(f`#!/usr/bin/env bash
set -euo pipefail
# Sauvegarde quotidienne de la base GRIN-Global (banque de semences)
DEST=/srv/sauvegardes/gringlobal
JOUR=$(date +%Y-%m-%d)
pg_dump -Fc -U gg_backup gringlobal > "$DEST/gg-$JOUR.dump"
# garder 14 jours
find "$DEST" -name 'gg-*.dump' -mtime 14 -delete
echo "sauvegarde $JOUR ok"`)}`),

  rec('code_python_ja', f`卒業生の重複レコードを見つけたいのですが、旧姓で登録されている人が漏れます。改善案をください。

${code(f`import pandas as pd

def 重複候補(df: pd.DataFrame) -> pd.DataFrame:
    # 生年月日と卒業年度が同じで、名前が似ているものを候補にする
    df = df.assign(キー=df["卒業年度"].astype(str) + "_" + df["生年月日"].astype(str))
    dup = df[df.duplicated("キー", keep=False)]
    return dup.sort_values(["キー", "氏名"])`)}`),

  rec('code_vba_it', f`La macro per le schede di valutazione QA si blocca quando il foglio è vuoto:

${code(f`Sub CalcolaMedie()
    ' Calcola la media dei punteggi per operatore
    Dim ws As Worksheet, ultima As Long, i As Long
    Set ws = ThisWorkbook.Sheets("Valutazioni")
    ultima = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For i = 2 To ultima
        ws.Cells(i, "F").Value = Application.WorksheetFunction.Average(ws.Range("B" & i & ":E" & i))
    Next i
    MsgBox "Medie aggiornate: " & (ultima - 1) & " operatori"
End Sub`)}`),

  rec('code_matlab', f`Negative pressure wave leak location — result is off by ~2 km on line 3. Wave speed is measured, sensors are 41.7 km apart.

${code(f`function x = leak_position(t_up, t_down, L, a)
% LEAK_POSITION  distance of the leak from the upstream sensor (km)
%   t_up, t_down : arrival times of the pressure drop (s)
%   L            : distance between sensors (km)
%   a            : wave speed (m/s)
dt = t_up - t_down;
x = (L + a * dt) / 2;
end`)}

I think the units are mixed but I don't see where.`),

  rec('code_js_ko', f`QA 대시보드에서 상담원별 평균 점수 차트가 이름 순서가 뒤죽박죽이에요.

${code(f`// 상담원별 평균 점수 계산 후 차트 데이터로 변환
function toChartData(evaluations) {
  const byAgent = {};
  for (const e of evaluations) {
    byAgent[e.agentName] ??= { sum: 0, n: 0 };
    byAgent[e.agentName].sum += e.score;
    byAgent[e.agentName].n += 1;
  }
  return Object.entries(byAgent).map(([name, s]) => ({ label: name, value: s.sum / s.n }));
}`)}

점수 높은 순으로 정렬하고 싶어요.`),

  rec('code_swift_zh', f`校友活动签到 App 里，扫码后偶尔会重复签到，帮我看看：

${code(f`// 扫描二维码后签到
func checkIn(code: String) async {
    guard let ticket = tickets.first(where: { $0.code == code }) else {
        message = "无效的二维码"
        return
    }
    if !ticket.checkedIn {
        try? await api.checkIn(ticketID: ticket.id)
        ticket.checkedIn = true
        message = "欢迎回来，\\(ticket.name)！"
    }
}`)}`),

  rec('code_python_tr', f`Çimlenme testi için tohum canlılığı hesaplayan fonksiyon %100'ü geçebiliyor, neden?

${code(f`def canlilik_orani(cimlenen: int, ekilen: int, sert_tohum: int = 0) -> float:
    """ISTA kurallarına göre canlılık yüzdesi (sert tohumlar canlı sayılır)."""
    if ekilen == 0:
        return 0.0
    return round((cimlenen + sert_tohum) / ekilen * 100, 1)


for lot, (c, e, s) in lotlar.items():
    print(lot, canlilik_orani(c, e, s))`)}`),

  rec('code_tsql_sv', f`Kan du förklara varför medianen blir fel i den här responstidsrapporten?

${code(f`-- Responstid per prioritet och kommun, senaste 30 dagarna
SELECT DISTINCT
    prioritet,
    kommun,
    PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY DATEDIFF(SECOND, larm_tid, framme_tid))
        OVER (PARTITION BY prioritet) / 60.0 AS median_min
FROM uppdrag
WHERE larm_tid >= DATEADD(DAY, -30, GETDATE())
  AND framme_tid IS NOT NULL;`)}`),

  rec('diff_he', f`תעבור על ה-diff הזה לפני שאני ממזג? זה תיקון לחישוב עמלת הברוקר בהזמנות שכר.

${code(f`--- a/src/commission.py
+++ b/src/commission.py
@@ -12,9 +12,12 @@ def broker_commission(charter_fee: float, yacht_flag: str) -> float:
-    rate = 0.15
-    return charter_fee * rate
+    # MYBA standard: 15%, but 20% for central agency bookings
+    rate = 0.20 if yacht_flag in CENTRAL_AGENCY_FLAGS else 0.15
+    if charter_fee <= 0:
+        raise ValueError("charter fee must be positive")
+    return round(charter_fee * rate, 2)`)}`),

  rec('code_ruby_pl', f`Model darowizny w aplikacji absolwentów — walidacja kwoty nie działa dla groszy. Co poprawić?

${code(f`class Darowizna < ApplicationRecord
  belongs_to :absolwent
  # kwota w złotych, minimum 10 zł
  validates :kwota, numericality: { greater_than_or_equal_to: 10 }
  validates :fundusz, inclusion: { in: %w[stypendia biblioteka sport] }

  before_save { self.kwota = kwota.to_i }

  scope :z_roku, ->(rok) { where(created_at: Date.new(rok).all_year) }
end`)}`),

];
