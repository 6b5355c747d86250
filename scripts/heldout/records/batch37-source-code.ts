/**
 * Held-out batch 37: source code pasted by the same six employers (dispatch, roasting, fundraising,
 * field engineering, bereavement services, equipment leasing), fenced or not, with prompts in
 * several languages. Hand-written, not measured yet.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH37_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`The rate-of-rise line in our roast viewer is super jumpy. Is this smoothing wrong?

\`\`\`python
${code(f`import numpy as np

def rate_of_rise(times_s: np.ndarray, bean_temp_c: np.ndarray, window: int = 15) -> np.ndarray:
    """RoR in °C/min, centred moving average over \`window\` samples."""
    dt = np.diff(times_s) / 60.0
    dT = np.diff(bean_temp_c)
    ror = np.divide(dT, dt, out=np.zeros_like(dT), where=dt > 0)
    kernel = np.ones(window) / window
    smooth = np.convolve(ror, kernel, mode="same")
    return np.concatenate([[np.nan], smooth])

def first_crack_index(ror: np.ndarray, drop: float = 2.5) -> int | None:
    for i in range(30, len(ror)):
        if ror[i - 30] - ror[i] > drop:
            return i
    return None`)}
\`\`\``),

  rec('code_ts', f`${code(f`// pick the nearest available rescue team for a casualty position
interface Team { id: string; base: [number, number]; available: boolean; winterKit: boolean }

const R = 6371;
const rad = (d: number) => (d * Math.PI) / 180;

export function haversineKm([lat1, lon1]: [number, number], [lat2, lon2]: [number, number]): number {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(a));
}

export function nearestTeam(teams: Team[], casualty: [number, number], winter: boolean): Team | undefined {
  return teams
    .filter((t) => t.available && (!winter || t.winterKit))
    .sort((a, b) => haversineKm(a.base, casualty) - haversineKm(b.base, casualty))[0];
}`)}

Straight-line distance is useless in the Highlands. What would you use instead, road + walk-in time?`),

  rec('code_go', f`Link budget endpoint for the installers' app. Is the rain fade part right?

${code(f`package linkbudget

import "math"

type Input struct {
	EIRPdBW     float64 // satellite EIRP at the site
	DishM       float64
	Efficiency  float64
	FreqGHz     float64
	RainFadeDB  float64
	SysTempK    float64
	SymbolRateM float64
}

func GainDBi(dishM, eff, freqGHz float64) float64 {
	lambda := 0.299792458 / freqGHz
	return 10 * math.Log10(eff*math.Pow(math.Pi*dishM/lambda, 2))
}

func EsN0(in Input) float64 {
	fspl := 92.45 + 20*math.Log10(in.FreqGHz) + 20*math.Log10(38000)
	gt := GainDBi(in.DishM, in.Efficiency, in.FreqGHz) - 10*math.Log10(in.SysTempK)
	cn0 := in.EIRPdBW - fspl - in.RainFadeDB + gt + 228.6
	return cn0 - 10*math.Log10(in.SymbolRateM*1e6)
}`)}`),

  rec('code_rust', f`\`\`\`rust
${code(f`/// Parse a $GPGGA sentence from the team radios into (lat, lon) in decimal degrees.
pub fn parse_gga(line: &str) -> Option<(f64, f64)> {
    let body = line.strip_prefix('$')?.split('*').next()?;
    let fields: Vec<&str> = body.split(',').collect();
    if fields.first()? != &"GPGGA" || fields.len() < 6 || fields[2].is_empty() {
        return None;
    }
    let lat = dm_to_deg(fields[2], 2)? * if fields[3] == "S" { -1.0 } else { 1.0 };
    let lon = dm_to_deg(fields[4], 3)? * if fields[5] == "W" { -1.0 } else { 1.0 };
    Some((lat, lon))
}

fn dm_to_deg(s: &str, deg_len: usize) -> Option<f64> {
    let deg: f64 = s.get(..deg_len)?.parse().ok()?;
    let min: f64 = s.get(deg_len..)?.parse().ok()?;
    Some(deg + min / 60.0)
}`)}
\`\`\`
checksum is not verified, can you add that? it's XOR of the bytes between $ and *`),

  rec('code_sql', f`LYBUNT report (gave Last Year But Unfortunately Not This year) for the appeal team. It counts people twice when they gave in two currencies:

${code(f`SELECT d.donor_id,
       d.first_name,
       d.last_name,
       SUM(CASE WHEN g.gift_date BETWEEN '2023-04-01' AND '2024-03-31' THEN g.amount_gbp END) AS fy23_total,
       MAX(g.gift_date) AS last_gift
FROM donors d
JOIN gifts g ON g.donor_id = d.donor_id
WHERE d.do_not_contact = FALSE
GROUP BY d.donor_id, d.first_name, d.last_name, g.currency
HAVING SUM(CASE WHEN g.gift_date >= '2024-04-01' THEN 1 ELSE 0 END) = 0
   AND SUM(CASE WHEN g.gift_date BETWEEN '2023-04-01' AND '2024-03-31' THEN 1 ELSE 0 END) > 0
ORDER BY fy23_total DESC;`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# push CPE firmware to every modem in a region list, 5 at a time
set -euo pipefail
REGION="\${1:?region file}"
FW=/srv/fw/orb-cpe-4.3.1.bin
SHA=$(sha256sum "$FW" | cut -d' ' -f1)

upgrade() {
  local host=$1
  scp -q -o ConnectTimeout=8 "$FW" "admin@$host:/tmp/fw.bin" || { echo "$host unreachable"; return; }
  ssh -o ConnectTimeout=8 "admin@$host" "echo $SHA /tmp/fw.bin | sha256sum -c - && sysupgrade -n /tmp/fw.bin" \\
    && echo "$host ok" || echo "$host FAILED"
}
export -f upgrade
export FW SHA
xargs -a "$REGION" -P 5 -I{} bash -c 'upgrade {}'`)}

Kapag may modem na nag-hang during sysupgrade, hindi na bumabalik. How to add a timeout per host?`),

  rec('code_kotlin', f`${code(f`@Entity(tableName = "pending_job_updates")
data class PendingUpdate(
    @PrimaryKey(autoGenerate = true) val id: Long = 0,
    val jobId: String,
    val status: String,
    val photoPath: String?,
    val createdAt: Long = System.currentTimeMillis(),
)

class SyncWorker(ctx: Context, params: WorkerParameters) : CoroutineWorker(ctx, params) {
    override suspend fun doWork(): Result {
        val dao = AppDb.get(applicationContext).pendingDao()
        for (u in dao.oldestFirst(limit = 20)) {
            val ok = runCatching { api.updateJob(u.jobId, u.status, u.photoPath?.let(::File)) }.isSuccess
            if (!ok) return Result.retry()
            dao.delete(u)
        }
        return Result.success()
    }
}`)}

Техникүүд хөдөө сүлжээгүй газар ажилладаг. Retry хэт олон удаа давтагдаад батарей дуусгаад байна, яаж backoff тохируулах вэ?`),

  rec('code_swift', f`\`\`\`swift
${code(f`import CoreLocation

final class CasualtyLocator: NSObject, CLLocationManagerDelegate {
    private let manager = CLLocationManager()
    var onFix: ((CLLocation) -> Void)?

    func start() {
        manager.delegate = self
        manager.desiredAccuracy = kCLLocationAccuracyBest
        manager.requestWhenInUseAuthorization()
        manager.startUpdatingLocation()
    }

    func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        guard let loc = locations.last, loc.horizontalAccuracy > 0, loc.horizontalAccuracy < 50 else { return }
        manager.stopUpdatingLocation()
        onFix?(loc)
    }
}`)}
\`\`\`
On some iPhones it never gets below 50 m on a mountain, should we send the first fix anyway and refine?`),

  rec('code_php', f`Laravel controller for reserving a lair. Two families booked the same lair last week:

${code(f`public function reserve(Request $request, Lair $lair)
{
    $data = $request->validate([
        'applicant_id' => 'required|exists:applicants,id',
        'interment_date' => 'required|date|after:today',
    ]);

    if ($lair->status !== 'available') {
        return back()->withErrors(['lair' => 'This lair is no longer available.']);
    }

    $lair->update(['status' => 'reserved', 'applicant_id' => $data['applicant_id']]);
    Interment::create($data + ['lair_id' => $lair->id]);

    return redirect()->route('lairs.show', $lair)->with('status', 'Reserved');
}`)}`),

  rec('code_csharp', f`${code(f`public static IEnumerable<Installment> Schedule(decimal principal, decimal annualRate, int months, decimal residual)
{
    var r = annualRate / 12m;
    var pvResidual = residual / (decimal)Math.Pow((double)(1 + r), months);
    var payment = (principal - pvResidual) * r / (1 - (decimal)Math.Pow((double)(1 + r), -months));
    var balance = principal;
    for (var m = 1; m <= months; m++)
    {
        var interest = Math.Round(balance * r, 2);
        var amort = Math.Round(payment - interest, 2);
        balance -= amort;
        yield return new Installment(m, Math.Round(payment, 2), interest, amort, balance);
    }
}`)}

Die letzte Rate stimmt nicht mit dem Restwert überein, es fehlen ein paar Rappen. Rundungsproblem wegen double?`),

  rec('code_r', f`Cupping scores by origin, I want a boxplot per origin and a test whether Kenya is really higher:

${code(f`library(dplyr)
library(ggplot2)

cup <- read.csv("cupping_2024.csv") %>%
  filter(!is.na(total)) %>%
  mutate(origin = factor(origin, levels = c("Kenya", "Ethiopia", "Sumatra", "Nepal", "Tonga")))

ggplot(cup, aes(origin, total)) +
  geom_boxplot(outlier.shape = 21) +
  geom_hline(yintercept = 84, linetype = "dashed") +
  labs(y = "SCA total", x = NULL)

kruskal.test(total ~ origin, data = cup)`)}`),

  rec('code_lua', f`${code(f`-- /usr/lib/lua/orb/diag.lua : collect line stats for the support page
local uci = require "luci.model.uci".cursor()
local sys = require "luci.sys"

local M = {}

function M.snr()
  local out = sys.exec("cat /sys/class/net/sat0/device/snr 2>/dev/null")
  return tonumber(out) and tonumber(out) / 10 or nil
end

function M.summary()
  return {
    snr_db = M.snr(),
    beam = uci:get("orb", "modem", "beam") or "unknown",
    fw = sys.exec("cat /etc/orb_version"):gsub("%s+$", ""),
  }
end

return M`)}

LuCI shows snr_db as null even when the file exists. What's wrong with the tonumber part?`),

  rec('code_java', f`Scheduling cremations: each cremator needs 90 min + 30 min cool-down, max 5 per day. This puts two in the same slot sometimes:

${code(f`public Optional<LocalTime> firstFreeSlot(Cremator c, LocalDate day, List<Booking> existing) {
    LocalTime t = LocalTime.of(9, 0);
    LocalTime last = LocalTime.of(15, 30);
    while (!t.isAfter(last)) {
        final LocalTime start = t;
        boolean clash = existing.stream()
            .filter(b -> b.cremator().equals(c) && b.day().equals(day))
            .anyMatch(b -> Math.abs(Duration.between(b.start(), start).toMinutes()) < 90);
        if (!clash) return Optional.of(start);
        t = t.plusMinutes(30);
    }
    return Optional.empty();
}`)}`),

  rec('code_vba', f`Mi serve aiuto con questa macro, va in errore "Tipo non corrispondente" sulla riga del valore residuo:

${code(f`Sub CalcolaResiduo()
    Dim ws As Worksheet, r As Long, anni As Double
    Set ws = ThisWorkbook.Sheets("Portafoglio")
    For r = 2 To ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
        anni = DateDiff("m", ws.Cells(r, "D").Value, Date) / 12
        ' svalutazione 18% annuo per litografia, 12% per il resto
        If ws.Cells(r, "C").Value = "LITO" Then
            ws.Cells(r, "H").Value = ws.Cells(r, "E").Value * (1 - 0.18) ^ anni
        Else
            ws.Cells(r, "H").Value = ws.Cells(r, "E").Value * (1 - 0.12) ^ anni
        End If
    Next r
End Sub`)}`),

  rec('code_powershell', f`${code(f`# list fundraising-office users whose password never expires
Import-Module ActiveDirectory
Get-ADUser -SearchBase "OU=Fundraising,OU=Charity,DC=skcf,DC=local" -Filter * \`
    -Properties PasswordNeverExpires, LastLogonDate, Department |
  Where-Object { $_.PasswordNeverExpires -and $_.Enabled } |
  Select-Object SamAccountName, Department, LastLogonDate |
  Sort-Object LastLogonDate |
  Export-Csv -NoTypeInformation -Encoding UTF8 .\\never_expire.csv`)}

Auditor wants this monthly. Scheduled task or something better?`),

  rec('code_c', f`Thermocouple on the sample roaster reads 0 every few seconds. Arduino-ish C:

${code(f`#include <stdint.h>
#include "spi.h"

#define CS_PIN 10

float max31855_read_c(void) {
    uint32_t raw = 0;
    gpio_write(CS_PIN, 0);
    for (int i = 0; i < 4; i++) {
        raw = (raw << 8) | spi_transfer(0x00);
    }
    gpio_write(CS_PIN, 1);
    if (raw & 0x7) {
        return 0.0f; /* fault: open, short to GND or VCC */
    }
    int16_t t = (int16_t)(raw >> 18);
    if (t & 0x2000) t |= 0xC000; /* sign extend 14 bit */
    return t * 0.25f;
}`)}`),

  rec('code_dart', f`Flutter donation amount picker, the custom amount field accepts "12,50" in Slovak locale but then parse fails:

${code(f`class AmountPicker extends StatefulWidget {
  const AmountPicker({super.key, required this.onChanged});
  final ValueChanged<double> onChanged;
  @override
  State<AmountPicker> createState() => _AmountPickerState();
}

class _AmountPickerState extends State<AmountPicker> {
  final presets = const [10.0, 25.0, 50.0];
  final ctrl = TextEditingController();

  @override
  Widget build(BuildContext context) => Column(children: [
        Wrap(spacing: 8, children: [
          for (final p in presets)
            ChoiceChip(label: Text('€\${p.toStringAsFixed(0)}'), selected: false, onSelected: (_) => widget.onChanged(p)),
        ]),
        TextField(
          controller: ctrl,
          keyboardType: const TextInputType.numberWithOptions(decimal: true),
          onChanged: (s) => widget.onChanged(double.tryParse(s) ?? 0),
        ),
      ]);
}`)}`),

  rec('diff', f`Review please, fix for the geofence bug (incidents just over the county line went to the wrong team):

${code(f`--- a/dispatch/geofence.py
+++ b/dispatch/geofence.py
@@ -41,11 +41,15 @@ def owning_team(point: Point, areas: list[Area]) -> str | None:
-    for area in areas:
-        if area.polygon.contains(point):
-            return area.team_id
-    return None
+    hits = [a for a in areas if a.polygon.buffer(0).intersects(point)]
+    if not hits:
+        # fall back to the nearest boundary within 2 km
+        near = min(areas, key=lambda a: a.polygon.exterior.distance(point))
+        return near.team_id if near.polygon.exterior.distance(point) < 2000 else None
+    # several teams overlap on shared hills: lowest priority number wins
+    return min(hits, key=lambda a: a.priority).team_id`)}`),

  rec('code_sql', f`Bantu saya optimasi query ini, lambat sekali di tabel stok green bean (4 juta baris):

${code(f`SELECT l.lot_code,
       l.origin,
       l.process,
       SUM(m.qty_kg) AS stok_kg,
       MAX(m.moved_at) AS terakhir_bergerak
FROM lots l
LEFT JOIN stock_moves m ON m.lot_id = l.id
WHERE l.harvest_year >= 2023
  AND LOWER(l.origin) LIKE '%gayo%'
GROUP BY l.lot_code, l.origin, l.process
HAVING SUM(m.qty_kg) > 0
ORDER BY terakhir_bergerak DESC;`)}`),

  rec('code_apps_script', f`${code(f`// Google Apps Script: mark green-coffee samples older than 30 days as expired
function expireOldSamples() {
  const sh = SpreadsheetApp.getActive().getSheetByName('Samples');
  const rows = sh.getDataRange().getValues();
  const today = new Date();
  for (let i = 1; i < rows.length; i++) {
    const received = rows[i][3];
    if (!(received instanceof Date)) continue;
    const days = (today - received) / 86400000;
    if (days > 30 && rows[i][6] !== 'cupped') {
      sh.getRange(i + 1, 7).setValue('expired');
    }
  }
}`)}

How do I run this every morning at 7 Nairobi time when the sheet owner is in Tennessee?`),
];
