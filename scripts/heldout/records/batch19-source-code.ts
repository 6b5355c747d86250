/**
 * Held-out batch 19: pasted source code from trial statisticians, crew and booking developers,
 * school IT, BIM/CAD engineers, the newsroom web team and an NGO's data unit. Hand-written; not
 * measured yet.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH19_SOURCE_CODE: DraftRecord[] = [
  rec('code_r', f`The KM curves look right but the hazard ratio in the table doesn't match the SAP output (0.74 vs 0.71). What's different?

\`\`\`r
${code(f`library(survival)
library(survminer)

adtte <- haven::read_sas("adtte.sas7bdat") |>
  dplyr::filter(PARAMCD == "PFS", ITTFL == "Y") |>
  dplyr::mutate(event = 1 - CNSR, arm = relevel(factor(TRT01P), ref = "Placebo"))

fit <- survfit(Surv(AVAL, event) ~ arm, data = adtte)
cox <- coxph(Surv(AVAL, event) ~ arm + strata(STRAT1), data = adtte, ties = "breslow")
summary(cox)$conf.int
ggsurvplot(fit, risk.table = TRUE, conf.int = FALSE, xlab = "Months")`)}
\`\`\``),

  rec('code_sas', f`${code(f`proc mixed data=adlb method=reml;
  where paramcd = "ALT" and avisitn in (2 4 8 12) and saffl = "Y";
  class usubjid trt01pn avisitn;
  model chg = base trt01pn avisitn trt01pn*avisitn / ddfm=kr solution;
  repeated avisitn / subject=usubjid type=un;
  lsmeans trt01pn*avisitn / diff cl alpha=0.05;
  ods output lsmeans=lsm diffs=dif;
run;`)}

Il modello non converge con type=un (sono solo 84 soggetti). Meglio passare a type=ar(1) o toeplitz? Come lo giustifico nel SAP?`),

  rec('code_python', f`PK team wants AUC per subject from the concentration listing, is the trapezoid done right (linear-up/log-down)?

${code(f`import numpy as np
import pandas as pd

def auc_lin_up_log_down(t, c):
    auc = 0.0
    for i in range(1, len(t)):
        dt = t[i] - t[i - 1]
        if c[i] >= c[i - 1] or c[i] <= 0 or c[i - 1] <= 0:
            auc += dt * (c[i] + c[i - 1]) / 2
        else:
            auc += dt * (c[i - 1] - c[i]) / np.log(c[i - 1] / c[i])
    return auc

pc = pd.read_csv("adpc.csv")
res = (pc.sort_values(["USUBJID", "ATPTN"])
         .groupby("USUBJID")
         .apply(lambda g: auc_lin_up_log_down(g["ATPT_H"].to_numpy(), g["AVAL"].to_numpy())))
print(res.describe())`)}`),

  rec('code_sql', f`query for the crew legality report — it double counts duties that cross midnight. help?

${code(f`SELECT c.crew_id,
       c.base,
       SUM(DATEDIFF(minute, d.report_utc, d.release_utc)) / 60.0 AS duty_hours_7d
FROM   crew c
JOIN   duty d ON d.crew_id = c.crew_id
JOIN   calendar k ON k.cal_date BETWEEN CAST(d.report_utc AS date) AND CAST(d.release_utc AS date)
WHERE  k.cal_date BETWEEN DATEADD(day, -6, @asof) AND @asof
GROUP  BY c.crew_id, c.base
HAVING SUM(DATEDIFF(minute, d.report_utc, d.release_utc)) / 60.0 > 60
ORDER  BY duty_hours_7d DESC;`)}`),

  rec('code_vba', f`Macro del presupuesto: debería copiar las partidas con medición > 0 a la hoja "Resumen" pero se salta filas. ¿Qué está mal?

${code(f`Sub CopiarPartidas()
    Dim wsO As Worksheet, wsD As Worksheet
    Dim i As Long, j As Long
    Set wsO = ThisWorkbook.Sheets("Mediciones")
    Set wsD = ThisWorkbook.Sheets("Resumen")
    j = 2
    For i = 2 To wsO.Cells(wsO.Rows.Count, "A").End(xlUp).Row
        If wsO.Cells(i, "E").Value > 0 Then
            wsO.Range("A" & i & ":G" & i).Copy wsD.Range("A" & j)
            wsO.Rows(i).Delete
            j = j + 1
        End If
    Next i
    MsgBox "Partidas copiadas: " & j - 2
End Sub`)}`),

  rec('apps_script', f`${code(f`function flagChronicAbsence() {
  const sh = SpreadsheetApp.getActive().getSheetByName('Attendance');
  const rows = sh.getDataRange().getValues();
  const header = rows.shift();
  const iDays = header.indexOf('DaysAbsent');
  const iEnrolled = header.indexOf('DaysEnrolled');
  rows.forEach((r, n) => {
    const rate = r[iDays] / r[iEnrolled];
    if (rate >= 0.1) {
      sh.getRange(n + 2, 1, 1, header.length).setBackground('#f4cccc');
    }
  });
}`)}

this colours the wrong rows after I sort the sheet by grade — why?`),

  rec('autolisp', f`AutoLISP routine that should freeze all layers starting with "X-REF" in every layout viewport. It only works in the current viewport:

${code(f`(defun c:FRZXREF ( / doc lay)
  (vl-load-com)
  (setq doc (vla-get-ActiveDocument (vlax-get-acad-object)))
  (vlax-for lay (vla-get-Layers doc)
    (if (wcmatch (strcase (vla-get-Name lay)) "X-REF*")
      (command "_.VPLAYER" "_F" (vla-get-Name lay) "_C" "")
    )
  )
  (princ "\\nX-REF layers frozen.")
  (princ)
)`)}`),

  rec('code_csharp', f`Revit add-in: I want to export all rooms with area and level to CSV. Transaction error "Modification of the document is forbidden" — but I'm only reading?

${code(f`[Transaction(TransactionMode.Manual)]
public class ExportRooms : IExternalCommand
{
    public Result Execute(ExternalCommandData data, ref string message, ElementSet elements)
    {
        Document doc = data.Application.ActiveUIDocument.Document;
        var rooms = new FilteredElementCollector(doc)
            .OfCategory(BuiltInCategory.OST_Rooms)
            .WhereElementIsNotElementType()
            .Cast<Room>()
            .Where(r => r.Area > 0);

        using (var t = new Transaction(doc, "Tag rooms"))
        {
            t.Start();
            var sb = new StringBuilder("Number;Name;Level;Area_m2\\n");
            foreach (var r in rooms)
            {
                r.LookupParameter("Comments").Set("exported");
                double m2 = UnitUtils.ConvertFromInternalUnits(r.Area, UnitTypeId.SquareMeters);
                sb.AppendLine($"{r.Number};{r.Name};{r.Level?.Name};{m2:F2}");
            }
            t.Commit();
            File.WriteAllText(@"C:\\temp\\rooms.csv", sb.ToString());
        }
        return Result.Succeeded;
    }
}`)}`),

  rec('dynamo_python', f`${code(f`# Dynamo Python: renumber parking spaces along a path curve
import clr
clr.AddReference('RevitAPI')
from Autodesk.Revit.DB import *
clr.AddReference('RevitServices')
from RevitServices.Persistence import DocumentManager
from RevitServices.Transactions import TransactionManager

doc = DocumentManager.Instance.CurrentDBDocument
spaces = UnwrapElement(IN[0])
curve = IN[1]
prefix = IN[2]

ordered = sorted(spaces, key=lambda e: curve.ParameterAtPoint(e.Location.Point.ToPoint()))
TransactionManager.Instance.EnsureInTransaction(doc)
for i, e in enumerate(ordered, 1):
    e.LookupParameter("Mark").Set("{}{:03d}".format(prefix, i))
TransactionManager.Instance.TransactionTaskDone()
OUT = [e.LookupParameter("Mark").AsString() for e in ordered]`)}

Error: 'XYZ' object has no attribute 'ToPoint'`),

  rec('bash', f`Script to transcode the raw interview footage to proxies overnight. It stops after the first file, no error:

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/mnt/ingest/raw
DST=/mnt/ingest/proxy
find "$SRC" -name '*.MXF' -print0 | while IFS= read -r -d '' f; do
  out="$DST/$(basename "\${f%.*}")_proxy.mp4"
  [ -f "$out" ] && continue
  ffmpeg -hide_banner -i "$f" -vf scale=-2:720 -c:v libx264 -preset fast -crf 23 \\
         -c:a aac -b:a 128k "$out"
done
echo "done $(date)"`)}
\`\`\``),

  rec('powershell', f`${code(f`$computers = Get-ADComputer -Filter * -SearchBase "OU=Chromebox,OU=Libraries,DC=cvusd,DC=local" -Properties LastLogonDate
$stale = $computers | Where-Object { $_.LastLogonDate -lt (Get-Date).AddDays(-90) }
$stale | Select-Object Name, LastLogonDate |
    Sort-Object LastLogonDate |
    Export-Csv -Path "\\\\fs01\\it\\reports\\stale_$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
Write-Host "$($stale.Count) stale devices"`)}

before we disable them, can you add a -WhatIf style dry run switch?`),

  rec('code_js', f`Live blog auto-refresh: new posts appear twice when the tab was in background for a while.

${code(f`let lastId = document.querySelector('[data-post-id]')?.dataset.postId ?? null;

async function poll() {
  const res = await fetch(\`/api/liveblog/election-2024/posts?after=\${lastId ?? ''}\`);
  const posts = await res.json();
  for (const p of posts.reverse()) {
    const el = document.createElement('article');
    el.className = 'lb-post';
    el.dataset.postId = p.id;
    el.innerHTML = p.html;
    document.querySelector('#liveblog').prepend(el);
  }
  if (posts.length) lastId = posts[0].id;
}

setInterval(poll, 15000);`)}`),

  rec('code_tsx', f`${code(f`import { useMemo } from "react";
import { scaleThreshold } from "d3-scale";

type Result = { fips: string; demShare: number; reported: number };

export function CountyMap({ results, paths }: { results: Result[]; paths: Record<string, string> }) {
  const colour = useMemo(
    () => scaleThreshold<number, string>().domain([0.4, 0.45, 0.5, 0.55, 0.6]).range(["#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac"]),
    [],
  );
  return (
    <svg viewBox="0 0 975 610" role="img" aria-label="County results">
      {results.map((r) => (
        <path key={r.fips} d={paths[r.fips]} fill={r.reported < 0.5 ? "#ddd" : colour(r.demShare)} />
      ))}
    </svg>
  );
}`)}

Lighthouse says the map is slow on mobile (3,100 counties). Worth moving to canvas?`),

  rec('code_kotlin', f`Boarding pass screen: brightness goes to max but doesn't reset when user leaves the screen.

${code(f`class BoardingPassFragment : Fragment(R.layout.fragment_boarding_pass) {

    override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
        super.onViewCreated(view, savedInstanceState)
        val pass = requireArguments().getParcelable<BoardingPass>("pass")!!
        view.findViewById<ImageView>(R.id.barcode).setImageBitmap(Pdf417.render(pass.bcbp, 900, 300))
        requireActivity().window.attributes = requireActivity().window.attributes.apply {
            screenBrightness = WindowManager.LayoutParams.BRIGHTNESS_OVERRIDE_FULL
        }
    }
}`)}`),

  rec('code_swift', f`${code(f`struct SeatMapView: View {
    let cabin: Cabin
    @Binding var selected: Seat?

    var body: some View {
        ScrollView {
            LazyVGrid(columns: Array(repeating: GridItem(.fixed(36)), count: cabin.columns.count), spacing: 6) {
                ForEach(cabin.seats) { seat in
                    SeatCell(seat: seat, isSelected: seat.id == selected?.id)
                        .onTapGesture { if seat.isAvailable { selected = seat } }
                        .accessibilityLabel("Seat \\(seat.row)\\(seat.letter), \\(seat.isAvailable ? "available" : "taken")")
                }
            }
        }
    }
}`)}

VoiceOver reads the aisle gaps as empty buttons, how do I skip them?`),

  rec('code_go', f`fare cache: under load we see stale prices for about a minute after an update. Is the mutex usage wrong?

${code(f`type FareCache struct {
	mu    sync.RWMutex
	fares map[string]Fare
	ttl   time.Duration
}

func (c *FareCache) Get(key string) (Fare, bool) {
	c.mu.RLock()
	f, ok := c.fares[key]
	c.mu.RUnlock()
	if ok && time.Since(f.FetchedAt) < c.ttl {
		return f, true
	}
	return Fare{}, false
}

func (c *FareCache) Invalidate(route string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k := range c.fares {
		if strings.HasPrefix(k, route) {
			delete(c.fares, k)
		}
	}
}`)}`),

  rec('code_rust', f`${code(f`use std::io::{self, BufRead};

#[derive(Debug)]
struct Reading { sensor: String, ts: u64, strain_ue: f64 }

fn parse(line: &str) -> Option<Reading> {
    let mut it = line.split(',');
    Some(Reading {
        sensor: it.next()?.trim().to_string(),
        ts: it.next()?.trim().parse().ok()?,
        strain_ue: it.next()?.trim().parse().ok()?,
    })
}

fn main() {
    let stdin = io::stdin();
    for r in stdin.lock().lines().filter_map(Result::ok).filter_map(|l| parse(&l)) {
        if r.strain_ue.abs() > 850.0 { println!("ALERT {} {} {:.1}", r.sensor, r.ts, r.strain_ue); }
    }
}`)}

bridge deck strain gauges — this silently drops lines with a trailing \\r from the Windows logger. how to fix cleanly?`),

  rec('code_stata', f`Necesito revisar este do-file de la encuesta de línea de base antes de mandarlo al donante:

${code(f`use "baseline_hh_2024.dta", clear
drop if consent != 1
gen fies_score = fies_1 + fies_2 + fies_3 + fies_4 + fies_5 + fies_6 + fies_7 + fies_8
recode fies_score (0/3 = 1 "Leve") (4/6 = 2 "Moderada") (7/8 = 3 "Severa"), gen(fies_cat)
svyset cluster_id [pw = hh_weight], strata(region)
svy: tab fies_cat region, col percent
svy: mean hh_size, over(female_headed)`)}

¿está bien usar el peso así o tendría que normalizarlo?`),

  rec('code_php', f`${code(f`<?php
/**
 * Plugin Name: HL Embargo Gate
 */
add_filter('the_content', function ($content) {
    $until = get_post_meta(get_the_ID(), 'hl_embargo_until', true);
    if ($until && strtotime($until) > time() && !current_user_can('edit_posts')) {
        return '<p class="hl-embargo">This story will be available shortly.</p>';
    }
    return $content;
});`)}

the gate works but Google News still gets the full text before the embargo lifts. how?`),

  rec('diff', f`Can you review this diff? It's supposed to stop the shift swap from allowing two ramp agents without a forklift licence on the same shift.

${code(f`--- a/roster/swap.py
+++ b/roster/swap.py
@@ -41,9 +41,14 @@ def validate_swap(shift, outgoing, incoming):
     if incoming.base != shift.base:
         raise SwapError("different base")
-    if incoming.id in shift.agent_ids:
-        raise SwapError("already on shift")
+    if incoming.id in shift.agent_ids:
+        raise SwapError("already on shift")
+    licensed = [a for a in shift.agents if a.id != outgoing.id and a.has_forklift]
+    if incoming.has_forklift:
+        licensed.append(incoming)
+    if len(licensed) < 1:
+        raise SwapError("shift needs at least one forklift-licensed agent")
     return True`)}`),

  rec('code_java', f`${code(f`public Duration minRest(Duty previous, Duty next, Crew crew) {
    Duration base = Duration.ofHours(10);
    if (previous.isAwayFromBase()) {
        base = Duration.ofHours(10).max(previous.dutyLength());
    }
    if (crossesTimeZones(previous, next, 4)) {
        base = base.plusHours(2);
    }
    return crew.isTrainee() ? base.plusHours(1) : base;
}`)}

Est-ce que ça respecte l'ORO.FTL.235 pour le repos hors base ? J'ai un doute sur le max().`),
];
