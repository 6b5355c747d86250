/**
 * Held-out batch 44: pasted source code from crane PLCs, gate systems, royalty processing, forest
 * GIS, credit-union back office, paediatric research and co-working billing. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH44_SOURCE_CODE: DraftRecord[] = [
  rec('code_st', f`Structured Text from the RTG hoist PLC — the overload interlock trips too late. Can you review the logic?

${code(f`FUNCTION_BLOCK FB_HoistOverload
VAR_INPUT
    rLoadCell_t   : REAL;   (* measured load, tonnes *)
    rSWL_t        : REAL;   (* safe working load *)
    bHoistUpCmd   : BOOL;
END_VAR
VAR_OUTPUT
    bBlockHoistUp : BOOL;
    bWarn90       : BOOL;
END_VAR
VAR
    tonDelay : TON;
END_VAR

bWarn90 := rLoadCell_t > 0.9 * rSWL_t;
tonDelay(IN := rLoadCell_t > 1.1 * rSWL_t, PT := T#2S);
IF tonDelay.Q AND bHoistUpCmd THEN
    bBlockHoistUp := TRUE;
ELSIF rLoadCell_t < rSWL_t THEN
    bBlockHoistUp := FALSE;
END_IF;
END_FUNCTION_BLOCK`)}`),

  rec('code_python', f`${code(f`import snap7
from snap7.util import get_real, get_bool

plc = snap7.client.Client()
plc.connect("sts07-plc.crane.local", 0, 1)

def read_spreader_state():
    data = plc.db_read(41, 0, 12)
    return {
        "twistlocks_locked": get_bool(data, 0, 0),
        "landed": get_bool(data, 0, 1),
        "telescope_ft": 40 if get_bool(data, 0, 2) else 20,
        "load_t": round(get_real(data, 4), 1),
    }`)}

snap7 sometimes returns "ISO : An error occurred during recv TCP : Connection timed out" every ~10 minutes. Is it the PLC dropping idle connections?`),

  rec('code_csharp', f`Gate OCR: plate matching is too strict, "KL 4821" vs "KL4821" fails. Here's the comparer:

\`\`\`csharp
${code(f`public static class PlateMatcher
{
    private static readonly Regex Noise = new(@"[\\s\\-·]", RegexOptions.Compiled);

    public static bool Matches(string ocr, string preAdvice)
    {
        if (ocr is null || preAdvice is null) return false;
        var a = Noise.Replace(ocr.ToUpperInvariant(), "");
        var b = Noise.Replace(preAdvice.ToUpperInvariant(), "");
        return a == b || Levenshtein(a, b) <= (a.Length > 6 ? 1 : 0);
    }

    private static int Levenshtein(string s, string t) { /* ... */ return 0; }
}`)}
\`\`\``),

  rec('code_js', f`Our EDIFACT CODECO parser loses the last container when the message has no trailing newline:

${code(f`function parseCodeco(raw) {
  const segments = raw.split("'").map((s) => s.trim()).filter(Boolean);
  const moves = [];
  let current = null;
  for (const seg of segments) {
    const [tag, ...els] = seg.split('+');
    if (tag === 'EQD') {
      if (current) moves.push(current);
      current = { container: els[1], sizeType: els[2]?.split(':')[0] };
    } else if (tag === 'DTM' && current) {
      current.time = els[0].split(':')[1];
    }
  }
  return moves;
}`)}`),

  rec('code_sql', f`Royalty calculation per writer for Q3 — totals are 2–3% too high compared to the distributor report:

${code(f`SELECT w.writer_id,
       w.full_name,
       SUM(s.net_receipts * ws.share_pct / 100.0) AS writer_royalty
FROM   streams s
JOIN   work_splits ws ON ws.isrc = s.isrc
JOIN   writers w      ON w.writer_id = ws.writer_id
WHERE  s.period BETWEEN '2024-07-01' AND '2024-09-30'
GROUP  BY w.writer_id, w.full_name
ORDER  BY writer_royalty DESC;`)}

Could the join double-count tracks that have two ISRCs (radio edit)?`),

  rec('code_python', f`${code(f`import pandas as pd

df = pd.read_csv("statement_q3.csv", sep=";", decimal=",")
df["territory"] = df["territory"].str.upper().str.strip()
pivot = (
    df.groupby(["release_title", "territory"], as_index=False)["net_eur"].sum()
      .pivot(index="release_title", columns="territory", values="net_eur")
      .fillna(0)
)
pivot["TOTAL"] = pivot.sum(axis=1)
pivot.sort_values("TOTAL", ascending=False).to_excel("royalties_by_territory.xlsx")`)}

How do I keep the release order from the original statement instead of sorting by total?`),

  rec('code_vba', f`Macro in the royalty workbook crashes on the Argentina sheet ("Type mismatch"):

${code(f`Sub ConvertARS()
    Dim ws As Worksheet, r As Long, rate As Double
    Set ws = ThisWorkbook.Sheets("AR")
    rate = ThisWorkbook.Sheets("Rates").Range("B4").Value
    For r = 2 To ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
        ws.Cells(r, "F").Value = ws.Cells(r, "E").Value / rate
    Next r
End Sub`)}`),

  rec('code_tsx', f`Parents' portal: the appointment list flickers when the child switcher changes.

${code(f`export function Appointments({ childId }: { childId: string }) {
  const [items, setItems] = useState<Appointment[]>([]);

  useEffect(() => {
    setItems([]);
    fetch(\`/api/children/\${childId}/appointments\`)
      .then((r) => r.json())
      .then(setItems);
  }, [childId]);

  if (!items.length) return <Spinner label="Loading appointments" />;
  return (
    <ul className="appt-list">
      {items.map((a) => <AppointmentCard key={a.id} appt={a} />)}
    </ul>
  );
}`)}`),

  rec('code_r', f`Growth-chart script for the research team. I want weight-for-age z-scores per visit, but the result is NA for everyone under 2:

${code(f`library(dplyr)
library(anthro)

visits <- read.csv("visits_pseudonymised.csv")
z <- visits %>%
  mutate(age_days = as.numeric(as.Date(visit_date) - as.Date(dob_shifted))) %>%
  rowwise() %>%
  mutate(waz = anthro_zscores(sex = sex, age = age_days, weight = weight_kg)$zwei) %>%
  ungroup()
summary(z$waz)`)}`),

  rec('code_kotlin', f`${code(f`@Entity(tableName = "visit_forms")
data class VisitForm(
    @PrimaryKey val id: String,
    val studyId: String,
    val visitNo: Int,
    val peakFlow: Int?,
    val symptomsScore: Int,
    val syncedAt: Long? = null,
)

@Dao
interface VisitFormDao {
    @Query("SELECT * FROM visit_forms WHERE syncedAt IS NULL")
    suspend fun pending(): List<VisitForm>

    @Update
    suspend fun markSynced(vararg forms: VisitForm)
}`)}

Research nurses' tablet app: after sync the forms still show as pending. What's wrong with the update?`),

  rec('code_python', f`NDVI from Sentinel-2 for the harvest check, result looks inverted:

\`\`\`python
${code(f`import rasterio
import numpy as np

with rasterio.open("T32VNM_20240818_B04.jp2") as red_src, rasterio.open("T32VNM_20240818_B08.jp2") as nir_src:
    red = red_src.read(1).astype("float32")
    nir = nir_src.read(1).astype("float32")
    profile = red_src.profile

ndvi = (red - nir) / (red + nir + 1e-6)
profile.update(dtype="float32", driver="GTiff")
with rasterio.open("ndvi.tif", "w", **profile) as dst:
    dst.write(ndvi, 1)`)}
\`\`\``),

  rec('code_sql', f`${code(f`SELECT s.stand_id,
       s.species,
       ST_Area(s.geom) / 10000.0 AS area_ha,
       c.cert_scheme
FROM   forest.stands s
LEFT JOIN forest.certifications c
       ON ST_Intersects(s.geom, c.geom)
WHERE  s.municipality = 'Trysil'
  AND  s.planned_harvest_year = 2025;`)}

Some stands appear twice — they overlap both an FSC and a PEFC polygon. I want one row with both schemes listed.`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/srv/gis/fieldsync
DEST=/mnt/nas/gis-backup/$(date +%Y%m%d)
mkdir -p "$DEST"
rsync -a --delete --exclude '*.lock' "$SRC/" "$DEST/"
find /mnt/nas/gis-backup -maxdepth 1 -type d -mtime +30 -exec rm -rf {} +
echo "backup ok $(du -sh "$DEST" | cut -f1)"`)}

Cron emails me "backup ok" but the NAS folder is empty some days. What could go wrong?`),

  rec('code_java', f`Interest on the term deposits is one cent off for some members:

${code(f`public BigDecimal monthlyInterest(BigDecimal balance, BigDecimal annualRatePct) {
    BigDecimal monthly = annualRatePct
        .divide(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_UP);
    return balance.multiply(monthly).setScale(2, RoundingMode.HALF_EVEN);
}`)}

Auditor says we must use banker's rounding only at the end, which I think we do?`),

  rec('code_cobol', f`Old core-banking batch, can you explain what this paragraph does? Nobody here reads COBOL anymore.

       ${code(f`2100-APPLY-DORMANCY.
           IF WS-LAST-TXN-DATE < WS-DORMANCY-CUTOFF
              AND ACCT-STATUS = 'A'
               MOVE 'D' TO ACCT-STATUS
               ADD 1 TO WS-DORMANT-COUNT
               PERFORM 2150-WRITE-DORMANCY-LETTER
           END-IF.
           IF ACCT-BALANCE < ZERO
               PERFORM 2900-FLAG-OVERDRAWN
           END-IF.`)}`),

  rec('code_go', f`Door-controller bridge: the unlock events sometimes arrive twice in the member app.

${code(f`func (b *Bridge) Run(ctx context.Context) error {
	sub := b.mqtt.Subscribe("doors/+/events", 1, nil)
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case msg := <-sub:
			var ev DoorEvent
			if err := json.Unmarshal(msg.Payload(), &ev); err != nil {
				log.Printf("bad event: %v", err)
				continue
			}
			go b.push(ev)
		}
	}
}`)}`),

  rec('code_php', f`${code(f`<?php
function hive_prorate(float $monthly, DateTime $start): float {
    $daysInMonth = (int) $start->format('t');
    $remaining = $daysInMonth - (int) $start->format('j') + 1;
    return round($monthly * $remaining / $daysInMonth, 2);
}

add_action('hive_member_created', function ($member) {
    $first = hive_prorate($member->plan_price, new DateTime($member->start_date));
    hive_create_invoice($member->id, $first, 'Prorated first month');
});`)}

Members who start on the 31st get charged for a full day of the next month too. Why?`),

  rec('code_ruby', f`${code(f`class Booking < ApplicationRecord
  belongs_to :room
  belongs_to :member

  validate :no_overlap

  private

  def no_overlap
    clash = Booking.where(room_id: room_id)
                   .where.not(id: id)
                   .where("starts_at < ? AND ends_at > ?", ends_at, starts_at)
    errors.add(:base, "Room already booked") if clash.exists?
  end
end`)}

Two members booked the same meeting room at the same second. Validation didn't catch it — race condition?`),

  rec('code_swift', f`Check-in app for the Taipei site, the QR scanner keeps scanning the same code:

${code(f`func metadataOutput(_ output: AVCaptureMetadataOutput,
                    didOutput objects: [AVMetadataObject],
                    from connection: AVCaptureConnection) {
    guard let obj = objects.first as? AVMetadataMachineReadableCodeObject,
          let value = obj.stringValue else { return }
    AudioServicesPlaySystemSound(SystemSoundID(kSystemSoundID_Vibrate))
    delegate?.didScan(memberCode: value)
}`)}`),

  rec('diff', f`Review this patch for the terminal's VGM check please:

${code(f`--- a/src/vgm/check.ts
+++ b/src/vgm/check.ts
@@ -12,9 +12,12 @@ export function checkVgm(declaredKg: number, weighedKg: number): VgmResult {
-  const diff = Math.abs(declaredKg - weighedKg);
-  if (diff > 500) return { ok: false, reason: 'VGM_DEVIATION' };
+  const diff = Math.abs(declaredKg - weighedKg);
+  const tolerance = Math.max(500, weighedKg * 0.05);
+  if (diff > tolerance) {
+    return { ok: false, reason: 'VGM_DEVIATION', diff, tolerance };
+  }
   return { ok: true };
 }`)}`),

  rec('code_rust', f`${code(f`fn iso6346_check_digit(prefix: &str) -> Option<u32> {
    let mut sum = 0u32;
    for (i, c) in prefix.chars().take(10).enumerate() {
        let v = match c {
            '0'..='9' => c.to_digit(10)?,
            'A' => 10,
            'B'..='K' => c as u32 - 'B' as u32 + 12,
            'L'..='U' => c as u32 - 'L' as u32 + 23,
            'V'..='Z' => c as u32 - 'V' as u32 + 34,
            _ => return None,
        };
        sum += v << i;
    }
    Some(sum % 11 % 10)
}`)}

Is my letter mapping right? ISO 6346 skips multiples of 11.`),
];
