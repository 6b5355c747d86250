/**
 * Held-out batch 30: code pasted by refinery engineers (Python, Structured Text, Rust), architects
 * (C# Revit API, Dynamo Python, AutoLISP), a cosmetics brand (Liquid, TypeScript, diffs), a football
 * club (R, Kotlin, Swift, Go), a funeral group (VBA, PHP) and a care operator (SQL, Bash,
 * PowerShell, Apps Script). Configs and one-line commands are ambiguous. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH30_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Resampling historian data to 1-min averages, but the result has gaps whenever the tag is "Bad" quality. How do I forward-fill only gaps shorter than 5 minutes?

\`\`\`python
${code(f`import pandas as pd

def load_tag(path: str, tag: str) -> pd.Series:
    df = pd.read_csv(path, parse_dates=["Timestamp"])
    df = df[(df["Tag"] == tag) & (df["Quality"] == "Good")]
    s = df.set_index("Timestamp")["Value"].astype(float)
    return s.resample("1min").mean()

fic = load_tag("cdu1_nov.csv", "FIC-2301.PV")
tic = load_tag("cdu1_nov.csv", "TIC-2304.PV")
both = pd.concat({"flow": fic, "temp": tic}, axis=1)
print(both.describe())`)}
\`\`\``),

  rec('code_st', f`Structured Text for the lube-oil pump changeover on K-2101. Ops say the standby pump sometimes doesn't start when the duty one trips. Can you spot the race?

${code(f`IF LO_P1_Trip OR (LO_Header_Press < 1.8 AND LO_P1_Running) THEN
    LO_P1_Cmd := FALSE;
    IF NOT LO_P2_Trip AND LO_P2_Auto THEN
        LO_P2_Cmd := TRUE;
        tStartDelay(IN := TRUE, PT := T#2S);
    END_IF;
END_IF;

tStartDelay(IN := LO_P2_Cmd AND NOT LO_P2_Running);
IF tStartDelay.Q THEN
    LO_P2_FailToStart := TRUE;
    Alarm_K2101_LO := TRUE;
END_IF;

IF LO_Header_Press < 1.2 THEN
    K2101_Trip := TRUE; (* low-low lube oil *)
END_IF;`)}`),

  rec('code_rust', f`${code(f`use std::time::Duration;
use tokio_modbus::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let socket = "${amb('pii.ip_address', '172.20.40.11')}:502".parse()?;
    let mut ctx = tcp::connect_slave(socket, Slave(3)).await?;
    loop {
        let regs = ctx.read_input_registers(0x0010, 8).await??;
        let h2s_ppm = regs[0] as f32 / 10.0;
        let lel_pct = regs[2] as f32 / 10.0;
        if h2s_ppm > 10.0 || lel_pct > 20.0 {
            eprintln!("GAS ALARM h2s={h2s_ppm} lel={lel_pct}");
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}`)}

Reading gas detectors over Modbus TCP from the analyser shelter. Is the double ?? right? It compiles but looks odd.`),

  rec('code_csharp', f`Revit add-in: renumber rooms left-to-right per level. It works on small models but on our hospital project it takes 10 minutes. Any idea why?

\`\`\`csharp
${code(f`[Transaction(TransactionMode.Manual)]
public class RenumberRooms : IExternalCommand
{
    public Result Execute(ExternalCommandData data, ref string message, ElementSet elements)
    {
        Document doc = data.Application.ActiveUIDocument.Document;
        var levels = new FilteredElementCollector(doc).OfClass(typeof(Level)).Cast<Level>();
        using (var t = new Transaction(doc, "Renumber rooms"))
        {
            t.Start();
            foreach (Level lvl in levels)
            {
                var rooms = new FilteredElementCollector(doc)
                    .OfCategory(BuiltInCategory.OST_Rooms)
                    .Cast<Room>()
                    .Where(r => r.LevelId == lvl.Id && r.Area > 0)
                    .OrderBy(r => ((LocationPoint)r.Location).Point.X)
                    .ToList();
                int n = 1;
                foreach (Room r in rooms)
                    r.Number = $"{lvl.Name.Substring(0, 2)}.{n++:000}";
            }
            t.Commit();
        }
        return Result.Succeeded;
    }
}`)}
\`\`\``),

  rec('code_python', f`Dynamo Python node — skal sette parameteren "Brannklasse" på alle dører i valgt vegg, men ingenting skjer. Ingen feilmelding heller.

${code(f`import clr
clr.AddReference("RevitServices")
from RevitServices.Persistence import DocumentManager
from RevitServices.Transactions import TransactionManager
clr.AddReference("RevitAPI")
from Autodesk.Revit.DB import FilteredElementCollector, BuiltInCategory

doc = DocumentManager.Instance.CurrentDBDocument
wall = UnwrapElement(IN[0])
klasse = IN[1]

doors = [d for d in FilteredElementCollector(doc).OfCategory(BuiltInCategory.OST_Doors).WhereElementIsNotElementType()
         if d.Host and d.Host.Id == wall.Id]

TransactionManager.Instance.EnsureInTransaction(doc)
for d in doors:
    p = d.LookupParameter("Brannklasse")
    if p:
        p.Set(klasse)
TransactionManager.Instance.TransactionTaskDone()

OUT = len(doors)`)}`),

  rec('code_lisp', f`Old AutoLISP routine from the Cluj office, it should put a text with the area inside every closed polyline on layer A-AREA. Can you explain it and fix the units (it writes mm² and we want m² with 2 decimals)?

${code(f`(defun c:ARIE ( / ss i ent obj area pt)
  (vl-load-com)
  (setq ss (ssget '((0 . "LWPOLYLINE") (70 . 1) (8 . "A-AREA"))))
  (if ss
    (repeat (setq i (sslength ss))
      (setq ent (ssname ss (setq i (1- i)))
            obj (vlax-ename->vla-object ent)
            area (vla-get-area obj)
            pt (vlax-curve-getPointAtParam obj 0.5))
      (entmake (list '(0 . "TEXT") (cons 10 pt) (cons 40 250.0)
                     (cons 1 (rtos area 2 0)) '(8 . "A-AREA-TXT")))
    )
  )
  (princ)
)`)}`),

  rec('code_liquid', f`Shopify theme: the "Only X left" badge shows on products that are out of stock too. Snippet from product-card.liquid:

${code(f`{%- assign inv = product.selected_or_first_available_variant.inventory_quantity -%}
{%- if product.available and inv < 5 -%}
  <span class="badge badge--low">{{ 'products.only_left' | t: count: inv }}</span>
{%- endif -%}
{%- if product.tags contains 'vegan' -%}
  <span class="badge badge--vegan">Vegan</span>
{%- endif -%}
<a href="{{ product.url }}" class="card__link">{{ product.title | escape }}</a>
<span class="price">{{ product.price | money_with_currency }}</span>`)}`),

  rec('code_ts', f`${code(f`// extensions/bundle-discount/src/run.ts — Shopify Function
import type { RunInput, FunctionRunResult } from '../generated/api';
import { DiscountApplicationStrategy } from '../generated/api';

const EMPTY: FunctionRunResult = { discountApplicationStrategy: DiscountApplicationStrategy.First, discounts: [] };

export function run(input: RunInput): FunctionRunResult {
  const serums = input.cart.lines.filter((l) => l.merchandise.__typename === 'ProductVariant' && l.merchandise.product.hasAnyTag);
  const qty = serums.reduce((n, l) => n + l.quantity, 0);
  if (qty < 3) return EMPTY;
  return {
    discountApplicationStrategy: DiscountApplicationStrategy.First,
    discounts: [{ targets: serums.map((l) => ({ cartLine: { id: l.id } })), value: { percentage: { value: '15.0' } }, message: '3+ serums: 15% off' }],
  };
}`)}

The discount applies even when one of the three is a cleanser. I thought hasAnyTag filters by the "serum" tag?`),

  rec('diff', f`Review this PR please, it's the fix for the double-charged subscriptions:

${code(f`diff --git a/app/subscriptions/renew.py b/app/subscriptions/renew.py
index 4e1a9c2..b7d03f5 100644
--- a/app/subscriptions/renew.py
+++ b/app/subscriptions/renew.py
@@ -41,11 +41,15 @@ def renew_due(session, now):
     due = session.query(Subscription).filter(
         Subscription.next_charge_at <= now,
         Subscription.status == "active",
-    ).all()
+    ).with_for_update(skip_locked=True).all()
     for sub in due:
-        charge(sub)
-        sub.next_charge_at = sub.next_charge_at + relativedelta(months=1)
+        key = f"renew-{sub.id}-{sub.next_charge_at:%Y%m%d}"
+        charge(sub, idempotency_key=key)
+        sub.next_charge_at += relativedelta(months=1)
+        session.flush()
     session.commit()`)}`),

  rec('code_sql', f`Roster coverage query for the care homes — need it to also show units where nobody with a nursing PIN is on a night shift:

${code(f`SELECT u.unit_name,
       s.shift_date,
       s.shift_code,
       COUNT(*) FILTER (WHERE st.role = 'RGN')  AS nurses,
       COUNT(*) FILTER (WHERE st.role = 'HCA')  AS hcas
FROM roster_shift s
JOIN staff st ON st.staff_id = s.staff_id
JOIN unit  u  ON u.unit_id   = s.unit_id
WHERE s.shift_date BETWEEN DATE '2024-12-02' AND DATE '2024-12-08'
GROUP BY u.unit_name, s.shift_date, s.shift_code
ORDER BY u.unit_name, s.shift_date, s.shift_code;`)}`),

  rec('code_vba', f`Macro for the funeral accounts — it's meant to add the disbursements (church, cemetery, flowers, notices) to the invoice sheet but it duplicates lines when you run it twice:

${code(f`Sub AddDisbursements()
    Dim ws As Worksheet, src As Worksheet
    Dim r As Long, nextRow As Long
    Set ws = Sheets("Invoice")
    Set src = Sheets("Disbursements")
    nextRow = ws.Cells(ws.Rows.Count, "B").End(xlUp).Row + 1
    For r = 2 To src.Cells(src.Rows.Count, "A").End(xlUp).Row
        If src.Cells(r, "A").Value = ws.Range("F3").Value Then
            ws.Cells(nextRow, "B").Value = src.Cells(r, "C").Value
            ws.Cells(nextRow, "E").Value = src.Cells(r, "D").Value
            nextRow = nextRow + 1
        End If
    Next r
End Sub`)}`),

  rec('code_php', f`${code(f`<?php
/**
 * [serenitas_notices branch="tralee" days="14"]
 */
add_shortcode('serenitas_notices', function ($atts) {
    $a = shortcode_atts(['branch' => '', 'days' => 14], $atts);
    $q = new WP_Query([
        'post_type'      => 'death_notice',
        'posts_per_page' => 50,
        'date_query'     => [['after' => $a['days'] . ' days ago']],
        'tax_query'      => $a['branch'] ? [['taxonomy' => 'branch', 'field' => 'slug', 'terms' => $a['branch']]] : [],
    ]);
    ob_start();
    while ($q->have_posts()) {
        $q->the_post();
        printf('<li><a href="%s">%s</a> <span>%s</span></li>', esc_url(get_permalink()), esc_html(get_the_title()), esc_html(get_the_date('j F Y')));
    }
    wp_reset_postdata();
    return '<ul class="notices">' . ob_get_clean() . '</ul>';
});`)}

a pagina de avisos fúnebres ficou lenta depois que passamos de 3 mil posts. O tax_query vazio atrapalha?`),

  rec('code_r', f`xG model for the recruitment dashboard — coefficients look weird (headers have higher xG than shots from the six-yard box). What's wrong?

${code(f`library(dplyr)

shots <- read.csv("shots_loi_2024.csv") |>
  mutate(dist = sqrt((120 - x)^2 + (40 - y)^2),
         angle = atan2(7.32 * (120 - x), (120 - x)^2 + (y - 40)^2 - (7.32 / 2)^2),
         header = as.integer(body_part == "Head"))

fit <- glm(goal ~ dist + angle + header, data = shots, family = binomial())
summary(fit)
shots$xg <- predict(fit, type = "response")`)}`),

  rec('code_kotlin', f`${code(f`class MatchCentreViewModel(private val repo: MatchRepository) : ViewModel() {
    private val _events = MutableStateFlow<List<MatchEvent>>(emptyList())
    val events: StateFlow<List<MatchEvent>> = _events

    fun follow(matchId: String) {
        viewModelScope.launch {
            repo.liveEvents(matchId)
                .retryWhen { cause, attempt -> cause is IOException && attempt < 5 }
                .collect { e -> _events.value = _events.value + e }
        }
    }
}`)}

in the club app, when you switch between two matches the events of both end up in the list. should I cancel the previous job?`),

  rec('code_swift', f`Apple Wallet season ticket: the pass updates don't arrive. Server side is fine (APNs 200). Is this registration code right?

${code(f`func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
    let library = PKPassLibrary()
    for pass in library.passes() where pass.passTypeIdentifier == "pass.ie.kilbarrowrovers.season" {
        NotificationCenter.default.addObserver(self, selector: #selector(passChanged(_:)),
                                               name: .PKPassLibraryDidChange, object: library)
        print("season pass", pass.serialNumber)
    }
    return true
}

@objc func passChanged(_ note: Notification) {
    DispatchQueue.main.async { self.refreshTicketsTab() }
}`)}`),

  rec('code_go', f`turnstile service drops scans when two gates validate the same barcode within a second. need it to reject the second one but not block:

${code(f`func (s *Server) Validate(ctx context.Context, req *pb.ScanRequest) (*pb.ScanReply, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.tickets[req.Barcode]
	if !ok {
		return &pb.ScanReply{Ok: false, Reason: "unknown"}, nil
	}
	if t.UsedAt != nil {
		return &pb.ScanReply{Ok: false, Reason: "already used at gate " + t.Gate}, nil
	}
	now := time.Now()
	t.UsedAt, t.Gate = &now, req.GateId
	if err := s.store.MarkUsed(ctx, req.Barcode, req.GateId); err != nil {
		return nil, status.Errorf(codes.Unavailable, "store: %v", err)
	}
	return &pb.ScanReply{Ok: true}, nil
}`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# nightly backup of the care notes DB to the NAS, keeps 14 days
set -euo pipefail
STAMP=$(date +%Y%m%d)
DEST=/mnt/nas/backups/carenotes
pg_dump --format=custom --file="$DEST/carenotes-$STAMP.dump" carenotes
find "$DEST" -name 'carenotes-*.dump' -mtime +14 -delete
logger -t carenotes-backup "done $STAMP $(du -h "$DEST/carenotes-$STAMP.dump" | cut -f1)"`)}

the cron runs it as root and pg_dump says "role root does not exist". Should I sudo -u postgres inside the script or in the crontab?`),

  rec('code_powershell', f`Creating AD accounts for new HCAs from the HR CSV. The -Path OU thing fails for the Norwegian home (the OU has "ø" in it):

${code(f`Import-Csv .\\new_starters.csv -Encoding UTF8 | ForEach-Object {
    $sam = ($_.FirstName.Substring(0,1) + $_.LastName).ToLower() -replace '[^a-z]', ''
    $ou  = "OU=$($_.Home),OU=Care Staff,DC=glenmore,DC=local"
    New-ADUser -Name "$($_.FirstName) $($_.LastName)" -SamAccountName $sam \`
        -Path $ou -Enabled $true -ChangePasswordAtLogon $true \`
        -AccountPassword (ConvertTo-SecureString $_.TempPassword -AsPlainText -Force)
    Add-ADGroupMember -Identity "GG-$($_.Home)-Rostering" -Members $sam
}`)}`),

  rec('code_gas', f`${code(f`function weeklyCoverage() {
  const ss = SpreadsheetApp.getActive();
  const rota = ss.getSheetByName('Rota').getDataRange().getValues();
  const out = {};
  rota.slice(1).forEach(([date, unit, shift, role]) => {
    const k = Utilities.formatDate(date, 'Europe/Dublin', 'yyyy-MM-dd') + '|' + unit + '|' + shift;
    out[k] = out[k] || { RGN: 0, HCA: 0 };
    out[k][role] = (out[k][role] || 0) + 1;
  });
  const rows = Object.entries(out).map(([k, v]) => [...k.split('|'), v.RGN, v.HCA]);
  ss.getSheetByName('Coverage').getRange(2, 1, rows.length, 5).setValues(rows);
}`)}

Apps Script says "The number of columns in the data does not match the number of columns in the range" — the sheet has exactly 5 columns.`),

  rec('dockerfile', f`Image for the Dynamo/IFC conversion service is 3.4 GB, how do I slim it?

${amb('source_code.snippet', f`FROM python:3.11
RUN apt-get update && apt-get install -y build-essential libgl1 libglu1-mesa wget unzip
RUN pip install ifcopenshell==0.7.0 numpy pandas shapely lxml
COPY . /app
WORKDIR /app
CMD ["python", "convert.py"]`)}`),

  rec('chat', f`Cutting the second-half clips for the analyst: ${amb('source_code.snippet', 'ffmpeg -ss 00:47:30 -i KRFC_v_Bohs_2024-11-22.mp4 -t 00:50:00 -c copy 2nd_half.mp4')} — the first few seconds are frozen. Do I need to re-encode?`),
];
