/** Held-out batch 33: pasted source code from ticketing, mill ERP, device firmware, building systems, yard planning and research pipelines. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH33_SOURCE_CODE: DraftRecord[] = [
  rec('code_sql', f`Seat map query is slow on Saturday evenings (Postgres 15). Any index suggestions?

\`\`\`sql
${code(f`SELECT s.seat_id, s.row_label, s.seat_no, s.seat_type,
       COALESCE(h.status, 'FREE') AS status
FROM   seats s
LEFT   JOIN seat_holds h
       ON h.seat_id = s.seat_id
      AND h.showtime_id = :showtime_id
      AND h.expires_at > now()
WHERE  s.auditorium_id = (SELECT auditorium_id FROM showtimes WHERE id = :showtime_id)
ORDER  BY s.row_label, s.seat_no;`)}
\`\`\``),

  rec('code_ts', f`${code(f`export function priceFor(ticket: TicketType, show: Showtime, member?: LoyaltyMember): Money {
  let pence = BASE_PRICES[show.format][ticket];
  if (show.startsAt.getHours() < 17 && isWeekday(show.startsAt)) pence = Math.round(pence * 0.8);
  if (member?.tier === 'GOLD') pence -= 150;
  if (show.format === 'IMAX' && ticket === 'CHILD') pence = Math.max(pence, 899);
  return { amount: Math.max(pence, 0), currency: show.cinema.currency };
}`)}

Tests fail for Singapore cinemas because SGD prices are in cents not pence — how would you refactor the naming?`),

  rec('code_kotlin', f`The QR ticket screen flickers when brightness is boosted. Compose code:

${code(f`@Composable
fun TicketQr(ticket: Ticket, modifier: Modifier = Modifier) {
    val activity = LocalContext.current as Activity
    DisposableEffect(Unit) {
        val lp = activity.window.attributes
        val old = lp.screenBrightness
        lp.screenBrightness = 1f
        activity.window.attributes = lp
        onDispose { lp.screenBrightness = old; activity.window.attributes = lp }
    }
    val bitmap = remember(ticket.code) { QrEncoder.encode(ticket.code, 600) }
    Image(bitmap.asImageBitmap(), contentDescription = "Ticket QR", modifier = modifier.size(260.dp))
}`)}`),

  rec('code_vba', f`This Excel macro for the buyer packing list breaks when a carton has more than 3 sizes:

${code(f`Sub BuildPackingList()
    Dim ws As Worksheet, out As Worksheet
    Dim r As Long, o As Long
    Set ws = Sheets("Cartons")
    Set out = Sheets("PackingList")
    o = 2
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        out.Cells(o, 1).Value = ws.Cells(r, 1).Value   ' carton no
        out.Cells(o, 2).Value = ws.Cells(r, 3).Value   ' style
        out.Cells(o, 3).Value = ws.Cells(r, 4).Value & "/" & ws.Cells(r, 5).Value & "/" & ws.Cells(r, 6).Value
        out.Cells(o, 4).Value = Application.Sum(ws.Range(ws.Cells(r, 7), ws.Cells(r, 9)))
        o = o + 1
    Next r
End Sub`)}`),

  rec('code_python', f`${code(f`def efficiency(line_output: int, smv: float, operators: int, minutes: int = 480) -> float:
    """Sewing line efficiency in %, as the IE team calculates it."""
    if operators == 0:
        return 0.0
    produced_minutes = line_output * smv
    available_minutes = operators * minutes
    return round(produced_minutes / available_minutes * 100, 1)

for line, (out, smv, ops) in daily.items():
    print(f"{line}: {efficiency(out, smv, ops)} %")`)}

The IE manager says we should subtract lunch and downtime. How would you add that without breaking the old reports?`),

  rec('code_c', f`Zephyr firmware: the ADC sampling timer drifts when BLE is active. Relevant part:

\`\`\`c
${code(f`#define ECG_SAMPLE_HZ 250

static struct k_timer sample_timer;
static int16_t ring[ECG_SAMPLE_HZ * 4];
static volatile uint32_t head;

static void sample_cb(struct k_timer *t)
{
    int16_t v;
    if (adc_read_dt(&ecg_chan, &v) == 0) {
        ring[head++ % ARRAY_SIZE(ring)] = v;
    }
}

void ecg_start(void)
{
    k_timer_init(&sample_timer, sample_cb, NULL);
    k_timer_start(&sample_timer, K_USEC(4000), K_USEC(4000));
}`)}
\`\`\`

Should I use the PPI + TIMER peripheral instead of a kernel timer?`),

  rec('code_rust', f`${code(f`pub fn crc16_ccitt(data: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    crc
}

#[test]
fn known_vector() {
    assert_eq!(crc16_ccitt(b"123456789"), 0x29B1);
}`)}

The DFU tool on the PC side uses this to check the firmware packets. Is it the same as the CRC the nRF bootloader uses?`),

  rec('diff', f`Review this patch for the risk-management traceability script please:

${code(f`--- a/tools/trace/build_matrix.py
+++ b/tools/trace/build_matrix.py
@@ -41,9 +41,13 @@ def load_hazards(path):
     rows = []
     with open(path, newline="", encoding="utf-8") as fh:
         for row in csv.DictReader(fh):
-            rows.append(Hazard(row["id"], row["title"], int(row["severity"])))
+            sev = row.get("severity", "").strip()
+            if not sev:
+                log.warning("hazard %s has no severity", row["id"])
+                continue
+            rows.append(Hazard(row["id"], row["title"], int(sev)))
     return rows`)}`),

  rec('code_csharp', f`Reading BACnet present values from the AHUs into our dashboard, but the loop hangs on device 1204:

${code(f`foreach (var dev in devices)
{
    var props = new List<BacnetPropertyReference> { new((uint)BacnetPropertyIds.PROP_PRESENT_VALUE, ASN1.BACNET_ARRAY_ALL) };
    if (!client.ReadPropertyRequest(dev.Address, new BacnetObjectId(BacnetObjectTypes.OBJECT_ANALOG_INPUT, dev.SupplyTempInstance),
                                    BacnetPropertyIds.PROP_PRESENT_VALUE, out IList<BacnetValue> values))
    {
        logger.LogWarning("No answer from {Device}", dev.Id);
        continue;
    }
    dashboard.Update(dev.Id, "supply_temp", Convert.ToDouble(values[0].Value));
}`)}`),

  rec('code_sql', f`${code(f`WITH expiring AS (
  SELECT l.lease_id, l.unit_id, l.tenant_id, l.end_date, l.break_date, l.passing_rent
  FROM leases l
  WHERE l.end_date BETWEEN CURRENT_DATE AND CURRENT_DATE + INTERVAL '18 months'
     OR l.break_date BETWEEN CURRENT_DATE AND CURRENT_DATE + INTERVAL '12 months'
)
SELECT p.property_name, COUNT(*) AS leases, SUM(e.passing_rent) AS rent_at_risk
FROM expiring e JOIN units u USING (unit_id) JOIN properties p USING (property_id)
GROUP BY p.property_name
ORDER BY rent_at_risk DESC;`)}

Asset management wants this as "WAULT to break" too. Can you add that?`),

  rec('code_php', f`Old tenant portal (PHP 7.4) — the service charge PDF download sometimes gives a blank page:

${code(f`<?php
$statementId = (int)($_GET['id'] ?? 0);
$stmt = $pdo->prepare('SELECT file_path, tenant_id FROM sc_statements WHERE id = ?');
$stmt->execute([$statementId]);
$row = $stmt->fetch(PDO::FETCH_ASSOC);
if (!$row || $row['tenant_id'] !== $_SESSION['tenant_id']) {
    http_response_code(404);
    exit;
}
header('Content-Type: application/pdf');
header('Content-Disposition: inline; filename="statement-' . $statementId . '.pdf"');
readfile($row['file_path']);`)}`),

  rec('code_go', f`${code(f`// assignTrack picks the first free siding long enough for the train.
func assignTrack(t Train, tracks []Track, occ map[string]bool) (string, error) {
	sort.Slice(tracks, func(i, j int) bool { return tracks[i].UsableM < tracks[j].UsableM })
	for _, tr := range tracks {
		if occ[tr.ID] || tr.UsableM < t.LengthM {
			continue
		}
		if t.Hazmat && !tr.HazmatOK {
			continue
		}
		return tr.ID, nil
	}
	return "", fmt.Errorf("no siding for train %s (%d m)", t.Number, t.LengthM)
}`)}

Yard planners say trains with dangerous goods wait too long. Is the sort order the problem?`),

  rec('code_java', f`Parsing IFTMIN messages from the customs broker, segment groups get mixed up:

\`\`\`java
${code(f`public List<Consignment> parse(String edifact) {
    List<Consignment> out = new ArrayList<>();
    Consignment current = null;
    for (String seg : edifact.split("'")) {
        String tag = seg.length() >= 3 ? seg.substring(0, 3) : "";
        switch (tag) {
            case "CNI" -> { current = new Consignment(field(seg, 1)); out.add(current); }
            case "EQD" -> { if (current != null) current.addContainer(field(seg, 2)); }
            case "MEA" -> { if (current != null) current.setGrossKg(parseWeight(seg)); }
            default -> { }
        }
    }
    return out;
}`)}
\`\`\``),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# rotate gate-camera images older than 30 days to cold storage
set -euo pipefail
SRC=/srv/gatecam/images
DST=/mnt/cold/gatecam
find "$SRC" -type f -name '*.jpg' -mtime +30 -print0 |
  while IFS= read -r -d '' f; do
    day=$(date -r "$f" +%Y/%m/%d)
    mkdir -p "$DST/$day"
    mv "$f" "$DST/$day/"
  done
echo "done: $(date -Is)"`)}

runs for hours with 2M files. faster way?`),

  rec('code_python', f`${code(f`import pandas as pd

df = pd.read_parquet("wagon_events.parquet")
df["dwell_h"] = (df["departed_at"] - df["arrived_at"]).dt.total_seconds() / 3600
summary = (
    df[df["terminal"].isin(["DUI", "SIN", "THR"])]
    .groupby(["terminal", "wagon_type"])["dwell_h"]
    .describe(percentiles=[0.5, 0.9])
    .round(1)
)
print(summary)`)}

Περίεργο: στο Θριάσιο (THR) το p90 βγαίνει αρνητικό. Τι μπορεί να φταίει;`),

  rec('code_r', f`Statistician left, I need to understand this script from the AF registry analysis:

${code(f`library(survival)
fit <- coxph(Surv(time_to_stroke, stroke) ~ screened + age_band + sex + chadsvasc,
             data = subset(reg, consent_ok & !is.na(chadsvasc)))
summary(fit)
cox.zph(fit)
ggsurvplot(survfit(Surv(time_to_stroke, stroke) ~ screened, data = reg), risk.table = TRUE)`)}

what does cox.zph check and what do I do if it's significant?`),

  rec('code_python', f`Pseudonymisation step before the extract goes to the partner. Is HMAC with a per-project key good enough for the DSA?

${code(f`import hmac, hashlib

def pseudo_id(nhs_number: str, project_key: bytes) -> str:
    digest = hmac.new(project_key, nhs_number.replace(" ", "").encode(), hashlib.sha256).hexdigest()
    return "P" + digest[:16].upper()

def transform(df, key):
    df = df.copy()
    df["pid"] = df["nhs_number"].map(lambda n: pseudo_id(n, key))
    df["yob"] = df["dob"].dt.year
    return df.drop(columns=["nhs_number", "dob", "postcode"])`)}`),

  rec('code_sql', f`내부 연구 DB에서 동의 철회한 대상자의 검체를 찾는 쿼리예요. 이게 맞는지 봐 주세요:

${code(f`SELECT s.sample_id, s.study_code, s.freezer_pos
FROM   biobank_samples s
JOIN   consents c ON c.participant_id = s.participant_id
WHERE  c.status = 'WITHDRAWN'
  AND  c.withdrawn_at > s.collected_at
  AND  s.disposed_at IS NULL;`)}`),

  rec('code_swift', f`${code(f`struct LoyaltyCardView: View {
    let member: Member
    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(member.tier.displayName).font(.headline)
            Text("\\(member.points) points").font(.title2).bold()
            ProgressView(value: Double(member.points), total: Double(member.tier.nextThreshold))
        }
        .padding()
        .background(member.tier.color.opacity(0.15), in: RoundedRectangle(cornerRadius: 16))
    }
}`)}

how do I add a flip animation to show the member barcode on the back?`),

  rec('yaml_ansible', f`Ansible role for the loom PLC gateways, the handler never fires:

${amb('source_code.snippet', f`- name: Deploy modbus gateway config
  template:
    src: gateway.yml.j2
    dest: /etc/loomgw/gateway.yml
  notify: restart loomgw

- name: Ensure service enabled
  systemd:
    name: loomgw
    enabled: true`)}`),
];
