/** Held-out batch 86: pasted source code from the six settings, in many languages, fenced or not. Hand-written. */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH86_SOURCE_CODE: DraftRecord[] = [
  rec('code_ts', f`Some chargers send BootNotification twice within a second and we create two DB rows. How do I make this idempotent?

\`\`\`ts
${code(f`export async function onBootNotification(cpId: string, req: BootNotificationReq): Promise<BootNotificationConf> {
  const existing = await db.chargePoint.findUnique({ where: { id: cpId } });
  if (!existing) {
    await db.chargePoint.create({
      data: { id: cpId, vendor: req.chargePointVendor, model: req.chargePointModel, firmware: req.firmwareVersion ?? null },
    });
  } else {
    await db.chargePoint.update({ where: { id: cpId }, data: { firmware: req.firmwareVersion ?? existing.firmware } });
  }
  return { status: 'Accepted', currentTime: new Date().toISOString(), interval: 300 };
}`)}
\`\`\``),

  rec('code_python', f`Netting quota swaps between vessels — the totals are off by a few kilos after rounding. Ideas?

${code(f`from decimal import Decimal, ROUND_HALF_EVEN
from collections import defaultdict

def net_positions(trades):
    pos = defaultdict(Decimal)
    for t in trades:
        kg = Decimal(t["tonnes"]) * 1000
        pos[(t["seller"], t["species"])] -= kg
        pos[(t["buyer"], t["species"])] += kg
    return {k: v.quantize(Decimal("1"), rounding=ROUND_HALF_EVEN) for k, v in pos.items() if v}`)}`),

  rec('code_sql', f`Grade boundary query is slow on the full cohort (1.2M rows). Postgres 15:

\`\`\`sql
${code(f`WITH scaled AS (
  SELECT c.candidate_id, c.centre_id, SUM(m.raw_mark) AS raw
  FROM marks m
  JOIN candidates c ON c.candidate_id = m.candidate_id
  WHERE m.component_id IN ('8461/1H', '8461/2H') AND m.series = '2025-06'
  GROUP BY c.candidate_id, c.centre_id
)
SELECT s.candidate_id,
       (SELECT b.grade FROM boundaries b WHERE b.spec = '8461H' AND s.raw >= b.min_raw ORDER BY b.min_raw DESC LIMIT 1) AS grade
FROM scaled s;`)}
\`\`\``),

  rec('code_c', f`Wiegand 26-bit reader on the door controller reads the card but parity check fails every other swipe:

${code(f`static bool wiegand26_decode(uint32_t bits, uint16_t *facility, uint16_t *card) {
    uint8_t even = 0, odd = 0;
    for (int i = 1; i <= 12; i++) even ^= (bits >> (25 - i)) & 1u;
    for (int i = 13; i <= 24; i++) odd ^= (bits >> (25 - i)) & 1u;
    if (((bits >> 25) & 1u) != even || (bits & 1u) != (uint8_t)!odd) return false;
    *facility = (bits >> 17) & 0xFF;
    *card = (bits >> 1) & 0xFFFF;
    return true;
}`)}`),

  rec('code_kotlin', f`Dieser Kotlin-Code prüft die Spendeintervalle. Laut Regel sind 2 Spenden in 7 Tagen erlaubt, aber mit mindestens einem Tag Pause — stimmt die Logik?

\`\`\`kotlin
${code(f`fun isEligible(history: List<LocalDate>, today: LocalDate): Boolean {
    val last = history.maxOrNull() ?: return true
    if (ChronoUnit.DAYS.between(last, today) < 2) return false
    val windowStart = today.minusDays(6)
    val inWindow = history.count { !it.isBefore(windowStart) }
    return inWindow < 2
}`)}
\`\`\``),

  rec('code_ruby', f`Our deadline calculator for RFE responses skips federal holidays but gets Thanksgiving wrong:

${code(f`require 'date'

HOLIDAYS = ->(year) {
  [Date.new(year, 1, 1), Date.new(year, 7, 4), Date.new(year, 12, 25),
   Date.new(year, 11, 1).step(Date.new(year, 11, 30)).select(&:thursday?)[3]]
}

def response_due(issued_on, days = 87)
  d = issued_on + days
  d -= 1 while d.saturday? || d.sunday? || HOLIDAYS.(d.year).include?(d)
  d
end`)}`),

  rec('code_go', f`OCPI tariff: energy + time component, but the parking fee applies only after 4 hours. Is the step logic right?

\`\`\`go
${code(f`func sessionCost(kwh float64, dur time.Duration, t Tariff) float64 {
	cost := kwh * t.EnergyPerKWh
	if dur > 4*time.Hour {
		extra := dur - 4*time.Hour
		steps := math.Ceil(extra.Minutes() / float64(t.StepMinutes))
		cost += steps * float64(t.StepMinutes) / 60 * t.ParkingPerHour
	}
	return math.Round(cost*100) / 100
}`)}
\`\`\``),

  rec('code_java', f`HAPI parser chokes on the lab's ORU messages because they send OBX-5 with a repetition separator inside. Snippet:

${code(f`PipeParser parser = new PipeParser();
parser.getParserConfiguration().setValidating(false);
ORU_R01 msg = (ORU_R01) parser.parse(raw.replace("\\n", "\\r"));
for (ORU_R01_OBSERVATION obs : msg.getPATIENT_RESULT().getORDER_OBSERVATION().getOBSERVATIONAll()) {
    OBX obx = obs.getOBX();
    String code = obx.getObservationIdentifier().getIdentifier().getValue();
    String value = obx.getObservationValue(0).getData().encode();
    results.put(code, value);
}`)}`),

  rec('code_rust', f`Energy register from MeterValues sometimes goes backwards after a charger reboot. How to clamp it properly?

\`\`\`rust
${code(f`pub fn session_energy(samples: &[MeterSample]) -> f64 {
    let mut total = 0.0;
    let mut prev: Option<f64> = None;
    for s in samples.iter().filter(|s| s.measurand == Measurand::EnergyActiveImportRegister) {
        if let Some(p) = prev {
            let delta = s.value_wh - p;
            if delta > 0.0 { total += delta; }
        }
        prev = Some(s.value_wh);
    }
    total / 1000.0
}`)}
\`\`\``),

  rec('code_csharp', f`Retry scheduler for failed gym direct debits — Bacs says we can re-present only once. Review please:

${code(f`public DateOnly? NextAttempt(Collection c)
{
    if (c.Attempts >= 2 || c.ReturnCode is "ARUDD-1" or "ARUDD-B") return null;
    var next = c.FailedOn.AddDays(7);
    while (next.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || _bankHolidays.Contains(next))
        next = next.AddDays(1);
    return next;
}`)}`),

  rec('code_php', f`Class booking double-books the last spot when two people click at once:

\`\`\`php
${code(f`function bookClass(PDO $db, int $classId, int $memberId): bool {
    $db->beginTransaction();
    $row = $db->query("SELECT capacity, booked FROM classes WHERE id = $classId FOR UPDATE")->fetch();
    if ($row['booked'] >= $row['capacity']) { $db->rollBack(); return false; }
    $db->prepare('INSERT INTO bookings (class_id, member_id) VALUES (?, ?)')->execute([$classId, $memberId]);
    $db->exec("UPDATE classes SET booked = booked + 1 WHERE id = $classId");
    return $db->commit();
}`)}
\`\`\`
(yes I know about the interpolation, fixing that next)`),

  rec('code_swift', f`SwiftUI: the charging progress ring doesn't animate when the state of charge updates from the websocket.

${code(f`struct ChargingRing: View {
    @ObservedObject var session: ChargingSession

    var body: some View {
        ZStack {
            Circle().stroke(.gray.opacity(0.2), lineWidth: 14)
            Circle()
                .trim(from: 0, to: session.stateOfCharge / 100)
                .stroke(.green, style: StrokeStyle(lineWidth: 14, lineCap: .round))
                .rotationEffect(.degrees(-90))
            Text("\\(Int(session.stateOfCharge))%").font(.title.bold())
        }
    }
}`)}`),

  rec('code_dart', f`Flutter widget for the member QR pass. The QR should refresh every 30 s but it stays the same:

\`\`\`dart
${code(f`class MemberPass extends StatefulWidget {
  const MemberPass({super.key, required this.memberId});
  final String memberId;
  @override
  State<MemberPass> createState() => _MemberPassState();
}

class _MemberPassState extends State<MemberPass> {
  late final Timer _t;
  String _payload = '';

  @override
  void initState() {
    super.initState();
    _t = Timer.periodic(const Duration(seconds: 30), (_) => _payload = totpFor(widget.memberId));
  }

  @override
  Widget build(BuildContext context) => QrImageView(data: _payload, size: 220);
}`)}
\`\`\``),

  rec('code_bash', f`Nightly export of marker payments. It works by hand but cron produces an empty file:

${code(f`#!/usr/bin/env bash
set -euo pipefail
OUT="/srv/exports/marker_payments_$(date +%Y%m%d).csv"
psql "service=results_ro" -At -F',' -c "
  SELECT examiner_id, component, scripts_marked, amount_gbp
  FROM marker_payments WHERE period = to_char(now() - interval '1 month', 'YYYY-MM')" > "$OUT"
gzip -f "$OUT"
find /srv/exports -name 'marker_payments_*.csv.gz' -mtime +90 -delete`)}`),

  rec('code_lua', f`Firmware script on our older chargers (Lua) — StatusNotification is sent before the connector lock is confirmed:

${code(f`local function on_plug_in(connector)
  ocpp.send("StatusNotification", { connectorId = connector, status = "Preparing", errorCode = "NoError" })
  local ok = lock.engage(connector, 2000)
  if not ok then
    ocpp.send("StatusNotification", { connectorId = connector, status = "Faulted", errorCode = "ConnectorLockFailure" })
    return
  end
  relay.arm(connector)
end`)}`),

  rec('code_r', f`R-skripti kokeen pisterajojen tarkistukseen. Miksi quantile antaa eri tuloksen kuin Excel?

${code(f`library(dplyr)
marks <- read.csv("maths_p1_2025.csv")
cuts <- marks |>
  group_by(tier) |>
  summarise(p50 = quantile(raw, 0.5, type = 7),
            p85 = quantile(raw, 0.85, type = 7),
            n = n())
print(cuts)`)}`),

  rec('code_powershell', f`Skript, das jeden Morgen die Türzutritts-Logs vom Controller holt. Bitte auf Fehlerbehandlung prüfen:

${code(f`param([string]$Controller = "door-ctrl-lei.cragline.local")
$today = Get-Date -Format "yyyyMMdd"
$dest  = "D:\\AccessLogs\\$today.csv"
try {
    Invoke-WebRequest -Uri "https://$Controller/api/events?date=$today" -OutFile $dest -UseDefaultCredentials
} catch {
    Write-EventLog -LogName Application -Source "DoorSync" -EntryType Error -EventId 410 -Message $_.Exception.Message
    exit 1
}`)}`),

  rec('code_python', f`pandas: the landings report groups "Cod" and "cod " separately. Fix?

\`\`\`python
${code(f`import pandas as pd

df = pd.read_excel("landings_nov.xlsx", sheet_name="Landings")
summary = (df.groupby(["port", "species"])["live_weight_kg"]
             .sum()
             .unstack(fill_value=0)
             .sort_index())
summary.to_csv("landings_by_port.csv")`)}
\`\`\``),

  rec('diff', f`Review this patch to the candidate-import job please:

${code(f`--- a/importer/candidates.py
+++ b/importer/candidates.py
@@ -41,9 +41,12 @@ def parse_row(row):
-    dob = datetime.strptime(row["dob"], "%d/%m/%Y").date()
+    try:
+        dob = datetime.strptime(row["dob"].strip(), "%d/%m/%Y").date()
+    except ValueError:
+        raise ImportError(f"bad date of birth on line {row.line_num}")
     uci = row["uci"].upper()
-    return Candidate(uci=uci, dob=dob, centre=row["centre"])
+    return Candidate(uci=uci, dob=dob, centre=row["centre"].zfill(5))`)}`),

  rec('code_vba', f`Macro in the quota ledger workbook, it crashes when the sheet has blank rows:

${code(f`Sub TotalByVessel()
    Dim ws As Worksheet, r As Long, lastRow As Long
    Set ws = Sheets("Ledger")
    lastRow = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For r = 2 To lastRow
        ws.Cells(r, "F").Value = Application.WorksheetFunction.SumIfs( _
            ws.Range("D:D"), ws.Range("A:A"), ws.Cells(r, "A").Value, ws.Range("B:B"), ws.Cells(r, "B").Value)
    Next r
End Sub`)}`),
];
