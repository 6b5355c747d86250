/**
 * Held-out batch 29: pasted source code — raster processing, lease billing, admissions tooling,
 * brewery spreadsheets and macros, case-management apps — fenced or not, with questions around it.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH29_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`This cloud mask is too aggressive over snow in the Himalayan scenes. Any ideas?

\`\`\`python
${code(f`import numpy as np
import rasterio

def cloud_mask(scl_path: str, b02_path: str, thresh: float = 0.18) -> np.ndarray:
    with rasterio.open(scl_path) as scl_ds, rasterio.open(b02_path) as blue_ds:
        scl = scl_ds.read(1)
        blue = blue_ds.read(1).astype("float32") / 10000.0
    cloudy = np.isin(scl, [8, 9, 10])
    bright = blue > thresh
    return cloudy | bright`)}
\`\`\``),

  rec('code_sql', f`Per-diem revenue by container type for Q4, but off-hire days are being counted. Query:

${code(f`SELECT c.iso_type,
       SUM(DATE_PART('day', LEAST(l.off_hire_at, DATE '2024-12-31') - GREATEST(l.on_hire_at, DATE '2024-10-01'))) AS days_on_hire,
       SUM(l.per_diem_usd * DATE_PART('day', LEAST(l.off_hire_at, DATE '2024-12-31') - GREATEST(l.on_hire_at, DATE '2024-10-01'))) AS revenue_usd
FROM leases l
JOIN containers c ON c.unit_no = l.unit_no
WHERE l.on_hire_at < DATE '2025-01-01'
  AND (l.off_hire_at IS NULL OR l.off_hire_at >= DATE '2024-10-01')
GROUP BY c.iso_type
ORDER BY revenue_usd DESC;`)}

off_hire_at is NULL for units still on hire — is LEAST() the problem?`),

  rec('code_ts', f`Can you add a check that the child is the right age for the year group on 31 August?

\`\`\`ts
${code(f`const YEAR_GROUP_MIN_AGE: Record<string, number> = { Reception: 4, Y1: 5, Y2: 6, Y3: 7, Y4: 8, Y5: 9, Y6: 10 };

export function validateApplication(app: Application): string[] {
  const errors: string[] = [];
  if (!app.child.dateOfBirth) errors.push('Date of birth is required');
  if (!YEAR_GROUP_MIN_AGE[app.entryYearGroup]) errors.push(\`Unknown year group \${app.entryYearGroup}\`);
  if (app.guardians.length === 0) errors.push('At least one guardian is required');
  return errors;
}`)}
\`\`\``),

  rec('code_vba', f`Excel macro for the keg tracking sheet. It loops forever if column D has a blank row:

${code(f`Sub FlagOverdueKegs()
    Dim ws As Worksheet
    Dim r As Long
    Set ws = ThisWorkbook.Sheets("Kegs out")
    r = 2
    Do While ws.Cells(r, 1).Value <> ""
        If ws.Cells(r, 4).Value = "" And Date - ws.Cells(r, 3).Value > 30 Then
            ws.Rows(r).Interior.Color = RGB(255, 199, 206)
        End If
        r = r + 1
    Loop
End Sub`)}`),

  rec('code_go', f`${code(f`package ingest

import (
	"context"
	"fmt"
	"time"
)

type Scene struct {
	ID        string
	Sensor    string
	Acquired  time.Time
	CloudFrac float64
}

func (w *Worker) Process(ctx context.Context, s Scene) error {
	if s.CloudFrac > w.MaxCloud {
		return fmt.Errorf("scene %s rejected: cloud %.2f", s.ID, s.CloudFrac)
	}
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	return w.tiler.Tile(ctx, s.ID)
}`)}

context deadline exceeded on every 4th scene or so. the tiler itself takes ~40 s. What's happening?`),

  rec('code_kotlin', f`Kotlin, Android: the Arabic UI shows numbers in Latin digits in the appointment list, but dates are in Arabic-Indic. I want both consistent:

\`\`\`kotlin
${code(f`fun formatAppointment(ctx: Context, appt: Appointment): String {
    val locale = ctx.resources.configuration.locales[0]
    val date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(appt.date)
    val slot = String.format("%02d:%02d", appt.hour, appt.minute)
    return ctx.getString(R.string.appt_line, date, slot, appt.office)
}`)}
\`\`\``),

  rec('code_r', f`${code(f`library(dplyr)
library(ggplot2)

sales <- read.csv("distributor_sales_2024.csv", sep = ";", dec = ",")

monthly <- sales %>%
  mutate(month = as.Date(paste0(substr(date, 1, 7), "-01"))) %>%
  group_by(month, country, beer) %>%
  summarise(hl = sum(volume_l) / 100, .groups = "drop")

ggplot(monthly, aes(month, hl, colour = beer)) +
  geom_line() +
  facet_wrap(~country)`)}

the NL and HR facets have totally different scales, how do I free the y-axis?`),

  rec('code_apps_script', f`Google Apps Script that emails the interview schedule to families. It sends the same mail twice to siblings' parents:

${code(f`function sendInterviewInvites() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Interviews');
  const rows = sheet.getDataRange().getValues().slice(1);
  rows.forEach(([appId, child, parentEmail, slot, sent]) => {
    if (sent) return;
    GmailApp.sendEmail(parentEmail, 'Your interview at St Aldhelm\\'s',
      \`Dear parent of \${child}, your interview is on \${slot}.\`);
  });
}`)}`),

  rec('code_rust', f`\`\`\`rust
${code(f`use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum IsoType { G1_22, G1_45, R1_45 }

fn utilisation(units: &[(IsoType, bool)]) -> HashMap<IsoType, f32> {
    let mut totals: HashMap<IsoType, (u32, u32)> = HashMap::new();
    for (t, on_hire) in units {
        let e = totals.entry(*t).or_insert((0, 0));
        e.0 += 1;
        if *on_hire { e.1 += 1; }
    }
    totals.into_iter().map(|(t, (n, h))| (t, h as f32 / n as f32)).collect()
}`)}
\`\`\`
clippy complains about the enum variant names, can I silence it just for this enum?`),

  rec('code_csharp', f`${code(f`public decimal CalculateServiceCharge(Lease lease, IEnumerable<CostLine> costs)
{
    var recoverable = costs.Where(c => c.Recoverable && c.Period.Overlaps(lease.Term));
    var total = recoverable.Sum(c => c.Amount);
    var share = lease.AreaSqFt / lease.Building.NetLettableSqFt;
    return Math.Round(total * share, 2, MidpointRounding.AwayFromZero);
}`)}

Tenants with a service-charge cap are overcharged. Where should the cap go?`),

  rec('code_bash', f`Backup script for the brewery's label-design NAS. It silently skips folders with Icelandic characters (Jólabjór, Þorrabjór):

${code(f`#!/usr/bin/env bash
set -euo pipefail

SRC="/volume1/design/labels"
DEST="backup@nas-offsite:/backups/labels"
LOG="/var/log/label-backup-$(date +%F).log"

for dir in $(ls "$SRC"); do
  rsync -a --delete "$SRC/$dir/" "$DEST/$dir/" >> "$LOG" 2>&1
done`)}`),

  rec('code_swift', f`${code(f`struct ListingCard: View {
    let listing: Listing

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            Text(listing.title).font(.headline)
            Text("\\(listing.areaSqFt.formatted()) sq ft · £\\(listing.rentPsf, specifier: "%.2f") psf")
                .font(.subheadline)
                .foregroundStyle(.secondary)
        }
        .padding()
    }
}`)}
Xcode: "No exact matches in call to instance method 'appendInterpolation'". Which part?`),

  rec('code_java', f`Our EDI parser for CODECO gate messages chokes on some Chinese depots' files:

\`\`\`java
${code(f`public List<GateMove> parse(Path file) throws IOException {
    String raw = Files.readString(file, StandardCharsets.ISO_8859_1);
    List<GateMove> moves = new ArrayList<>();
    for (String seg : raw.split("'")) {
        if (seg.startsWith("EQD+CN+")) {
            String[] parts = seg.split("\\\\+");
            moves.add(new GateMove(parts[2], parts[3]));
        }
    }
    return moves;
}`)}
\`\`\`
Some segments contain a release character "?'" — how do I handle that?`),

  rec('code_dart', f`Flutter: the Farsi intake form text field jumps the cursor to the start when typing numbers.

${code(f`TextFormField(
  controller: _phoneCtrl,
  textDirection: TextDirection.rtl,
  keyboardType: TextInputType.phone,
  decoration: const InputDecoration(labelText: 'شماره تلفن'),
  onChanged: (v) => setState(() => _phoneCtrl.text = normaliseDigits(v)),
)`)}`),

  rec('diff', f`Review this please, it's for the lease-invoice rounding issue in Singapore (GST 9%):

\`\`\`diff
${code(f`--- a/billing/gst.py
+++ b/billing/gst.py
@@ -12,7 +12,9 @@ def apply_gst(amount: Decimal, rate: Decimal) -> Decimal:
-    return (amount * (1 + rate)).quantize(Decimal("0.01"))
+    gst = (amount * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
+    return amount + gst
 
 
 def invoice_total(lines: list[Line]) -> Decimal:
-    return sum(apply_gst(l.amount, GST_RATE) for l in lines)
+    net = sum(l.amount for l in lines)
+    return apply_gst(net, GST_RATE)`)}
\`\`\``),

  rec('code_cpp', f`Onboard thermal model on the cubesat computer drifts after a few orbits. Fixed-step integrator:

${code(f`void ThermalModel::step(double dt) {
    for (size_t i = 0; i < nodes_.size(); ++i) {
        double q = solarInput(i) + albedoInput(i) - radiated(i);
        for (const auto& link : links_[i]) {
            q += link.conductance * (nodes_[link.to].temp - nodes_[i].temp);
        }
        nodes_[i].temp += q * dt / nodes_[i].heatCapacity;
    }
}`)}

I update temps in place while still reading them for neighbours — is that the drift?`),

  rec('code_python', f`${code(f`# Pandas: translate case categories for the monthly donor report
CATEGORY_MAP = {
    "حماية": "Protection",
    "سكن": "Shelter",
    "تعليم": "Education",
    "صحة": "Health",
}

df["category_en"] = df["category_ar"].map(CATEGORY_MAP).fillna("Other")
report = (
    df.groupby(["governorate", "category_en"])
      .size()
      .unstack(fill_value=0)
)`)}
Almost everything ends up as "Other" even though the Arabic looks identical. Hidden characters?`),

  rec('code_ts', f`${code(f`export async function computeNdviStats(tileUrls: string[]): Promise<{ mean: number; p90: number }> {
  const values: number[] = [];
  for (const url of tileUrls) {
    const tiff = await fromUrl(url);
    const image = await tiff.getImage();
    const [red, nir] = (await image.readRasters({ samples: [0, 1] })) as Float32Array[];
    for (let i = 0; i < red.length; i++) {
      const d = nir[i] + red[i];
      if (d > 0) values.push((nir[i] - red[i]) / d);
    }
  }
  values.sort((a, b) => a - b);
  return { mean: values.reduce((s, x) => s + x, 0) / values.length, p90: values[Math.floor(values.length * 0.9)] };
}`)}

This runs out of memory on big AOIs (Java heap... no, Node heap). Streaming alternative?`),

  rec('code_python', f`Beer recipe scaler — the IBU goes wrong when I scale from 20 L to 1000 L:

\`\`\`python
${code(f`def tinseth_ibu(alpha: float, grams: float, minutes: int, volume_l: float, og: float) -> float:
    bigness = 1.65 * 0.000125 ** (og - 1)
    boil = (1 - math.exp(-0.04 * minutes)) / 4.15
    utilisation = bigness * boil
    return utilisation * (alpha / 100) * grams * 1000 / volume_l

def scale(recipe, factor):
    return [dict(h, grams=h["grams"] * factor) for h in recipe["hops"]]`)}
\`\`\``),

  rec('code_powershell', f`PowerShell to create AD accounts for new teachers from the HR CSV, -Path fails for the "Secondary" OU:

${code(f`Import-Csv .\\new_staff.csv | ForEach-Object {
    $ou = "OU=$($_.Department),OU=Staff,DC=staldhelms,DC=local"
    New-ADUser -Name "$($_.FirstName) $($_.LastName)" \`
        -SamAccountName $_.Username \`
        -Path $ou \`
        -Enabled $false
}`)}`),

  rec('dockerfile', f`Image for the tiler is 4.1 GB, how do I slim it?

${amb('source_code.snippet', f`FROM osgeo/gdal:ubuntu-full-3.6.3
RUN apt-get update && apt-get install -y python3-pip build-essential
COPY requirements.txt /app/
RUN pip3 install -r /app/requirements.txt
COPY . /app
WORKDIR /app
CMD ["python3", "-m", "tiler.worker"]`)}`),
];
