/**
 * Held-out batch 28: pasted source code from a travel agency, a pharmaceutical wholesaler, a game
 * studio, a newspaper, a credit union and a city parking department — fenced or not, with comments
 * and questions in several languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH28_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Fare rounding is off by a cent for some AUD→ARS conversions. What's wrong?

\`\`\`python
${code(f`from decimal import Decimal, ROUND_HALF_UP

def convert(amount: float, rate: float, currency: str) -> Decimal:
    minor = 0 if currency in {"JPY", "IDR"} else 2
    q = Decimal(1).scaleb(-minor)
    return (Decimal(amount) * Decimal(rate)).quantize(q, rounding=ROUND_HALF_UP)

def price_package(items, rate, currency):
    total = sum(convert(i.price, rate, currency) for i in items)
    return total`)}
\`\`\``),

  rec('code_ts', f`${code(f`// search/filters.ts
export type CabinClass = 'ECONOMY' | 'PREMIUM_ECONOMY' | 'BUSINESS' | 'FIRST';

export interface FlightFilter {
  maxStops?: number;
  cabins?: CabinClass[];
  departAfter?: string; // HH:mm local
}

export function applyFilters(offers: Offer[], f: FlightFilter): Offer[] {
  return offers.filter((o) =>
    (f.maxStops === undefined || o.segments.length - 1 <= f.maxStops) &&
    (!f.cabins?.length || f.cabins.includes(o.cabin)) &&
    (!f.departAfter || o.segments[0].departLocal.slice(11, 16) >= f.departAfter),
  );
}`)}

¿Por qué el filtro de hora de salida no funciona con vuelos que salen después de medianoche?`),

  rec('code_kotlin', f`Android: la lista de reservas parpadea al volver del detalle. ¿Es por el DiffUtil?

${code(f`class BookingAdapter : ListAdapter<Booking, BookingAdapter.VH>(Diff) {
    object Diff : DiffUtil.ItemCallback<Booking>() {
        override fun areItemsTheSame(a: Booking, b: Booking) = a == b
        override fun areContentsTheSame(a: Booking, b: Booking) = a.status == b.status
    }

    override fun onBindViewHolder(holder: VH, position: Int) {
        val b = getItem(position)
        holder.title.text = b.destination
        holder.dates.text = "\${b.checkIn} – \${b.checkOut}"
    }
}`)}`),

  rec('code_vba', f`Das Makro für die Chargenliste ist extrem langsam bei 30.000 Zeilen. Kann man das beschleunigen?

${code(f`Sub MarkExpiredBatches()
    Dim ws As Worksheet, r As Long
    Set ws = ThisWorkbook.Sheets("Bestand")
    For r = 2 To ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
        If ws.Cells(r, "F").Value < Date + 90 Then
            ws.Rows(r).Interior.Color = RGB(255, 199, 206)
            ws.Cells(r, "H").Value = "Verfall < 90 Tage"
        End If
    Next r
End Sub`)}`),

  rec('code_sql', f`${code(f`-- Kühlketten-Abweichungen je Tour (Temperatur außerhalb 2–8 °C)
SELECT t.tour_id,
       t.fahrer_kz,
       COUNT(*) FILTER (WHERE m.temp_c < 2 OR m.temp_c > 8) AS abweichungen,
       MAX(m.temp_c) AS max_temp
FROM touren t
JOIN messwerte m ON m.logger_id = t.logger_id
 AND m.ts BETWEEN t.start_ts AND t.ende_ts
WHERE t.datum = CURRENT_DATE - 1
GROUP BY t.tour_id, t.fahrer_kz
HAVING COUNT(*) FILTER (WHERE m.temp_c < 2 OR m.temp_c > 8) > 0;`)}

Funktioniert in Postgres, aber unser Reporting läuft auf SQL Server. Bitte umschreiben.`),

  rec('code_csharp', f`Поясни, пожалуйста, почему этот метод иногда возвращает дубликаты при параллельной сборке заказов:

\`\`\`csharp
${code(f`public async Task<IReadOnlyList<PickLine>> AllocateAsync(Order order)
{
    var lines = new List<PickLine>();
    foreach (var item in order.Items)
    {
        var lot = await _db.Lots
            .Where(l => l.Sku == item.Sku && l.Qty > 0 && l.Expiry > DateTime.Today.AddDays(30))
            .OrderBy(l => l.Expiry)
            .FirstAsync();
        lot.Qty -= item.Qty;
        lines.Add(new PickLine(lot.Id, item.Sku, item.Qty));
    }
    await _db.SaveChangesAsync();
    return lines;
}`)}
\`\`\``),

  rec('code_lua', f`${code(f`-- otter_rush/scripts/combo.lua
local Combo = {}
Combo.__index = Combo

function Combo.new(window)
  return setmetatable({ hits = 0, last = 0, window = window or 0.8 }, Combo)
end

function Combo:hit(now)
  if now - self.last > self.window then self.hits = 0 end
  self.hits = self.hits + 1
  self.last = now
  return math.min(self.hits, 10)
end

return Combo`)}

Miks combo ei lähe nulli, kui mängija pausi vajutab? (pausi ajal now jookseb edasi)`),

  rec('code_csharp', f`Unity: 物理演算のたびに GC Alloc が出ます。どこが原因ですか？

\`\`\`csharp
${code(f`void FixedUpdate()
{
    var hits = Physics.OverlapSphere(transform.position, pickupRadius, coinMask);
    foreach (var h in hits)
    {
        var coin = h.GetComponent<Coin>();
        if (coin != null && !coin.Collected)
        {
            coin.Collect();
            score += coin.Value;
            OnScoreChanged?.Invoke(score);
        }
    }
}`)}
\`\`\``),

  rec('code_gdscript', f`Godot 4 prototype, the otter jumps twice if you tap fast. Pls fix

${code(f`extends CharacterBody2D

const JUMP_VELOCITY := -420.0
var gravity: float = ProjectSettings.get_setting("physics/2d/default_gravity")

func _physics_process(delta: float) -> void:
	if not is_on_floor():
		velocity.y += gravity * delta
	if Input.is_action_just_pressed("jump"):
		velocity.y = JUMP_VELOCITY
	velocity.x = Input.get_axis("left", "right") * 260.0
	move_and_slide()`)}`),

  rec('code_go', f`Bisa tolong review handler ini? Leaderboard kadang nge-hang waktu event weekend.

${code(f`func (s *Server) topPlayers(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rows, err := s.db.QueryContext(r.Context(),
		"SELECT player_id, score FROM scores WHERE season = $1 ORDER BY score DESC LIMIT 100", s.season)
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	var out []Entry
	for rows.Next() {
		var e Entry
		rows.Scan(&e.PlayerID, &e.Score)
		out = append(out, e)
	}
	json.NewEncoder(w).Encode(out)
}`)}`),

  rec('code_php', f`${code(f`<?php
// Renewal price with loyalty discount, subs system
function renewal_price(array $sub): float {
    $base = $sub['product'] === '7day' ? 8.50 : 4.20; // weekly, AUD
    $years = (int) floor((time() - strtotime($sub['start_date'])) / 31536000);
    $discount = min($years * 0.05, 0.25);
    if ($sub['concession']) {
        $discount += 0.15;
    }
    return round($base * 52 * (1 - $discount), 2);
}`)}

Seniors with a concession and 5+ years get 40% off — finance says max should be 30%. Fix?`),

  rec('code_python', f`${code(f`import pandas as pd

subs = pd.read_csv("active_subs.csv", parse_dates=["start_date", "end_date"])
churn = (
    subs.assign(month=subs["end_date"].dt.to_period("M"))
        .groupby(["month", "product"])
        .size()
        .unstack(fill_value=0)
)
churn.plot(kind="area", figsize=(10, 4), title="Cancellations by product")`)}

add a 3-month rolling average line on top please`),

  rec('code_cobol', f`Inherited this from the old share-draft system. What does the PERFORM VARYING do and is there an off-by-one?

       ${code(f`IDENTIFICATION DIVISION.
       PROGRAM-ID. DIVCALC.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 WS-IDX          PIC 9(3) VALUE 0.
       01 WS-DIV-RATE     PIC V9(5) VALUE .00125.
       01 WS-TABLE.
          05 WS-BAL OCCURS 31 TIMES PIC S9(9)V99 COMP-3.
       01 WS-SUM          PIC S9(11)V99 COMP-3 VALUE 0.
       PROCEDURE DIVISION.
           PERFORM VARYING WS-IDX FROM 1 BY 1 UNTIL WS-IDX > 30
               ADD WS-BAL(WS-IDX) TO WS-SUM
           END-PERFORM
           COMPUTE WS-SUM ROUNDED = WS-SUM / 30 * WS-DIV-RATE
           STOP RUN.`)}`),

  rec('code_sql', f`${code(f`CREATE OR REPLACE FUNCTION loan_payment(principal numeric, apr numeric, months int)
RETURNS numeric AS $$
DECLARE
  r numeric := apr / 12 / 100;
BEGIN
  IF r = 0 THEN
    RETURN round(principal / months, 2);
  END IF;
  RETURN round(principal * r / (1 - power(1 + r, -months)), 2);
END;
$$ LANGUAGE plpgsql IMMUTABLE;`)}

Does this match the Reg Z APR calc for a 72-month auto loan or do I need the actuarial method?`),

  rec('code_java', f`\`\`\`java
${code(f`public final class NsfFeePolicy {
    private static final BigDecimal FEE = new BigDecimal("25.00");
    private static final int MAX_PER_DAY = 3;

    public List<Fee> assess(List<Item> returned, LocalDate day) {
        return returned.stream()
            .filter(i -> i.reason() == ReturnReason.NSF)
            .sorted(Comparator.comparing(Item::amount).reversed())
            .limit(MAX_PER_DAY)
            .map(i -> new Fee(i.accountId(), FEE, day))
            .toList();
    }
}`)}
\`\`\`
Compliance wants us to stop charging NSF on re-presented items. How do I detect a re-presentment?`),

  rec('code_rust', f`${code(f`// kiosk-agent/src/tariff.rs
pub fn price_cents(minutes: u32, zone: Zone) -> u32 {
    let (first_hour, after) = match zone {
        Zone::Cbd => (450, 600),
        Zone::Foreshore => (300, 350),
        Zone::Residential => (0, 200),
    };
    if minutes <= 60 {
        first_hour * minutes / 60
    } else {
        first_hour + after * (minutes - 60) / 60
    }
}`)}

Residential should be free for the first 2 hours, not 1. Also rounding — council wants rounding up to the next 10c.`),

  rec('code_python', f`${code(f`import geopandas as gpd

bays = gpd.read_file("parking_bays.geojson").to_crs(7855)
streets = gpd.read_file("road_centrelines.shp").to_crs(7855)

# snap each bay to the nearest street segment
joined = gpd.sjoin_nearest(bays, streets[["street_id", "name", "geometry"]], how="left", max_distance=25)
summary = joined.groupby("name").agg(bays=("bay_id", "count"), metered=("metered", "sum"))
summary.to_csv("bays_per_street.csv")`)}

Some bays get assigned to the cross street at intersections. How do I prefer the street the bay is parallel to?`),

  rec('code_js', f`இந்த கோட் ஏன் சிக்னல் டைமிங் தவறாக காட்டுகிறது? (traffic signal dashboard)

${code(f`function cycleProgress(signal, now = Date.now()) {
  const cycle = signal.green + signal.amber + signal.red;
  const t = ((now - signal.offsetMs) / 1000) % cycle;
  if (t < signal.green) return { phase: 'GREEN', left: signal.green - t };
  if (t < signal.green + signal.amber) return { phase: 'AMBER', left: signal.green + signal.amber - t };
  return { phase: 'RED', left: cycle - t };
}`)}`),

  rec('code_swift', f`${code(f`struct PermitView: View {
    @StateObject var vm: PermitViewModel

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            Text(vm.permit.zoneName).font(.title2.bold())
            Text("Valid until \\(vm.permit.validTo, style: .date)")
            if vm.isExpiringSoon {
                Label("Renew now", systemImage: "exclamationmark.triangle")
                    .foregroundStyle(.orange)
            }
        }
        .task { await vm.refresh() }
    }
}`)}

On iOS 16 the "Renew now" label never shows even when the permit expires tomorrow.`),

  rec('diff', f`Revizuiește te rog diff-ul ăsta înainte să-l bag în main:

${code(f`--- a/stock/reorder.py
+++ b/stock/reorder.py
@@ -12,9 +12,12 @@ def reorder_point(sku, history_days=90):
     daily = demand(sku, history_days)
-    lead = supplier_lead_time(sku)
-    return round(daily.mean() * lead)
+    lead = supplier_lead_time(sku) or 7
+    safety = 1.65 * daily.std() * (lead ** 0.5)
+    return math.ceil(daily.mean() * lead + safety)`)}`),

  rec('bash', f`${code(f`#!/usr/bin/env bash
# rotate nightly exports older than 14 days, keep one per month
set -euo pipefail
EXPORT_DIR=/srv/exports/subs
find "$EXPORT_DIR" -name 'subs_*.csv.gz' -mtime +14 | while read -r f; do
  day=$(basename "$f" | sed -E 's/subs_([0-9]{4}-[0-9]{2})-([0-9]{2}).*/\\2/')
  [[ "$day" == "01" ]] && continue
  rm -- "$f"
done`)}

shellcheck complains about the while read loop, is it a real problem?`),
];
