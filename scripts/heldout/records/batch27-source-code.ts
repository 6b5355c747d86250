/**
 * Held-out batch 27: pasted source code from a statistics office (R, SAS, Python), a hotel group,
 * a wind-farm operator (PLC structured text, Go, MATLAB), a police records unit, a toy maker and a
 * student-housing company, with comments and questions in the batch's languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH27_SOURCE_CODE: DraftRecord[] = [
  rec('code_r', f`Kodėl survey paketas grąžina kitokias standartines paklaidas nei SAS? Mano kodas:

\`\`\`r
${code(f`library(survey)

# NUB 2024: stratifikuota dviejų pakopų imtis
dizainas <- svydesign(
  ids = ~psu + namu_ukis,
  strata = ~sluoksnis,
  weights = ~svoris_galutinis,
  data = nub2024,
  nest = TRUE
)

vid_islaidos <- svyby(~islaidos_maistui, ~apskritis, dizainas, svymean, na.rm = TRUE)
print(round(vid_islaidos, 2))`)}
\`\`\``),

  rec('code_sas', f`Porting this seasonal adjustment step from SAS to R (seasonal package). What does the outlier spec translate to?

${code(f`proc x13 data=work.cpi_monthly date=period;
   var idx_food;
   transform function=log;
   regression predefined=td;
   outlier type=(ao ls) critical=4.0;
   arima model=((0,1,1)(0,1,1));
   x11;
   output out=work.sa a1 d11 d12;
run;`)}`),

  rec('code_python', f`${code(f`import pandas as pd

def suppress_small_cells(df: pd.DataFrame, count_col: str = "n", threshold: int = 5) -> pd.DataFrame:
    """Primary suppression for the county x age tables before publication."""
    out = df.copy()
    mask = out[count_col].between(1, threshold - 1)
    out.loc[mask, count_col] = pd.NA
    out["flag"] = mask.map({True: "c", False: ""})
    return out

tbl = pd.read_csv("cop_2022_age_county.csv")
print(suppress_small_cells(tbl).head())`)}

Grand so far, but how do I add secondary suppression so nobody can back out the hidden cells from the row totals?`),

  rec('code_sql', f`Zašto ovaj upit traje 40 sekundi? Tabela ima 30 miliona redova.

${code(f`SELECT o.opstina_sifra,
       date_trunc('month', a.datum_ankete) AS mesec,
       count(*) FILTER (WHERE a.status = 'zavrsena') AS zavrsene,
       count(*) AS ukupno
FROM ankete a
JOIN opstine o ON o.id = a.opstina_id
WHERE a.datum_ankete >= DATE '2024-01-01'
GROUP BY 1, 2
ORDER BY 1, 2;`)}`),

  rec('code_vba', f`Reservations macro from 2016, it now crashes on the Seoul sheet with "Type mismatch":

${code(f`Sub BuildOccupancy()
    Dim ws As Worksheet, r As Long, lastRow As Long
    Set ws = ThisWorkbook.Sheets("Seoul")
    lastRow = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For r = 2 To lastRow
        If ws.Cells(r, 5).Value > 0 Then
            ws.Cells(r, 7).Value = ws.Cells(r, 5).Value / ws.Cells(r, 6).Value
        End If
    Next r
End Sub`)}`),

  rec('code_swift', f`${code(f`struct SpaSlot: Identifiable, Decodable {
    let id: UUID
    let treatment: String
    let start: Date
    let therapist: String
}

@MainActor
final class SlotsViewModel: ObservableObject {
    @Published var slots: [SpaSlot] = []

    func load(property: String, day: Date) async {
        let url = URL(string: "https://api.aurelian-hotels.example/spa/\\(property)/slots?day=\\(day.ISO8601Format())")!
        let (data, _) = try! await URLSession.shared.data(from: url)
        slots = try! JSONDecoder().decode([SpaSlot].self, from: data)
    }
}`)}

L'app de consergeria es penja quan no hi ha xarxa. Com trec els try! sense trencar-ho tot?`),

  rec('code_kotlin', f`${code(f`// 객실 키 발급 화면 — 회전 시 상태가 초기화됨
class KeyIssueViewModel(private val repo: KeyRepository) : ViewModel() {
    private val _state = MutableStateFlow<KeyState>(KeyState.Idle)
    val state: StateFlow<KeyState> = _state

    fun issue(roomNo: String, nights: Int) = viewModelScope.launch {
        _state.value = KeyState.Loading
        _state.value = runCatching { repo.issueMobileKey(roomNo, nights) }
            .fold({ KeyState.Issued(it) }, { KeyState.Error(it.message ?: "unknown") })
    }
}`)}

화면을 돌리면 발급이 두 번 되는 것 같아요. 원인이 뭘까요?`),

  rec('code_st', f`Wee question on this PLC logic for the yaw brake — the brake sometimes releases before the hydraulic pressure is up:

${code(f`FUNCTION_BLOCK FB_YawBrake
VAR_INPUT
    bYawRequest   : BOOL;
    rHydPressure  : REAL;   (* bar *)
END_VAR
VAR_OUTPUT
    bBrakeRelease : BOOL;
END_VAR
VAR
    tonDelay : TON;
END_VAR

tonDelay(IN := bYawRequest, PT := T#500MS);
IF tonDelay.Q AND rHydPressure > 140.0 THEN
    bBrakeRelease := TRUE;
ELSIF NOT bYawRequest THEN
    bBrakeRelease := FALSE;
END_IF
END_FUNCTION_BLOCK`)}`),

  rec('code_go', f`${code(f`func powerCurveBins(samples []Sample, binWidth float64) map[float64]stats {
	bins := make(map[float64]stats)
	for _, s := range samples {
		if s.Curtailed || s.WindSpeed < 3 {
			continue
		}
		key := math.Floor(s.WindSpeed/binWidth) * binWidth
		st := bins[key]
		st.n++
		st.sum += s.PowerKW
		bins[key] = st
	}
	return bins
}`)}

IEC 61400-12 says bins centred on integer multiples of 0.5 m/s — mine are left-aligned, right?`),

  rec('code_matlab', f`${code(f`% Vėjo greičio Weibull pritaikymas, Šilutės stiebas, 100 m aukštis
v = readmatrix('mast_100m_2023.csv', 'Range', 'C2:C52561');
v = v(~isnan(v) & v > 0);
pd = fitdist(v, 'Weibull');
fprintf('A = %.2f m/s, k = %.2f\\n', pd.A, pd.B);
histogram(v, 'Normalization', 'pdf'); hold on
x = linspace(0, 30, 300);
plot(x, pdf(pd, x), 'LineWidth', 1.5)`)}

k išeina 2.9 — ar tai realu pajūriui?`),

  rec('code_csharp', f`${code(f`public async Task<IReadOnlyList<RecordRequest>> OverdueAsync(DateOnly today, CancellationToken ct)
{
    // statutory deadline: 30 calendar days, extendable once by 30
    return await _db.RecordRequests
        .Where(r => r.ClosedOn == null)
        .Where(r => r.ReceivedOn.AddDays(r.Extended ? 60 : 30) < today)
        .OrderBy(r => r.ReceivedOn)
        .AsNoTracking()
        .ToListAsync(ct);
}`)}

EF Core throws "could not be translated" on the AddDays line. Workaround?`),

  rec('code_java', f`On a un bug dans le module de caviardage (redaction) des rapports — les dates de naissance passent parfois à travers :

${code(f`public final class Redactor {
    private static final Pattern DOB = Pattern.compile("\\\\b(\\\\d{4})-(\\\\d{2})-(\\\\d{2})\\\\b");

    public String redact(String text) {
        Matcher m = DOB.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "[DATE CAVIARDÉE]");
        }
        m.appendTail(sb);
        return sb.toString();
    }
}`)}

Les rapports de la Sûreté écrivent « 17 avril 1982 » en toutes lettres. Comment gérer ça?`),

  rec('code_powershell', f`${code(f`param([int]$RetentionYears = 7)

$cutoff = (Get-Date).AddYears(-$RetentionYears)
Get-ChildItem -Path '\\\\fs02\\Records\\Scanned' -Recurse -Filter *.pdf |
    Where-Object { $_.LastWriteTime -lt $cutoff } |
    ForEach-Object {
        Write-Output "purge candidate: $($_.FullName)"
        # Remove-Item $_.FullName -WhatIf
    }`)}

Before we turn on the Remove-Item: LastWriteTime changes when someone re-saves a scan. What date should we use instead?`),

  rec('code_python', f`${code(f`# 検品データ集計（工場別・不良率）
import pandas as pd

df = pd.read_excel("inspection_2024Q4.xlsx", sheet_name="lots")
df["不良率"] = df["不良数"] / df["検品数"]
summary = (
    df.groupby(["工場", "品番"], as_index=False)
      .agg(検品数=("検品数", "sum"), 不良数=("不良数", "sum"))
)
summary["不良率"] = summary["不良数"] / summary["検品数"]
print(summary.sort_values("不良率", ascending=False).head(10))`)}

AQL 2.5 を超えたロットだけ赤くしたいです。Excelに出力する方法を教えてください。`),

  rec('code_ts', f`${code(f`export function landedCost(line: PoLine, fx: Record<string, number>): number {
  const fob = line.unitPrice * line.qty * (fx[line.currency] ?? 1);
  const freight = line.cbm * FREIGHT_PER_CBM;
  const duty = (fob + freight) * dutyRate(line.hsCode);
  return Math.round((fob + freight + duty) * 100) / 100;
}`)}

Duty for 9503.00 toys into the UK is 0% but the function still adds something. dutyRate looks up by the first 6 digits — is that wrong?`),

  rec('code_rust', f`${code(f`#[derive(Debug, Deserialize)]
struct Carton { sku: String, qty: u32, gross_kg: f32 }

fn load_plan(cartons: &[Carton], max_kg: f32) -> Vec<Vec<&Carton>> {
    let mut pallets: Vec<Vec<&Carton>> = vec![vec![]];
    let mut w = 0.0;
    for c in cartons {
        if w + c.gross_kg > max_kg {
            pallets.push(vec![]);
            w = 0.0;
        }
        pallets.last_mut().unwrap().push(c);
        w += c.gross_kg;
    }
    pallets
}`)}

Borrow checker is happy but a carton heavier than max_kg ends up alone on an "empty" pallet first. Fix?`),

  rec('code_php', f`${code(f`public function store(Request $request, Room $room)
{
    $data = $request->validate([
        'category' => 'required|in:plumbing,heating,electrical,furniture,other',
        'description' => 'required|string|max:2000',
        'photo' => 'nullable|image|max:5120',
    ]);

    $ticket = $room->maintenanceTickets()->create($data + ['status' => 'open']);
    if ($request->hasFile('photo')) {
        $ticket->photo_path = $request->file('photo')->store('tickets');
        $ticket->save();
    }
    return redirect()->route('tickets.show', $ticket);
}`)}

Residents complain photos from iPhones fail — HEIC isn't an "image" for Laravel?`),

  rec('code_sql', f`${code(f`WITH nights AS (
  SELECT b.residence_id,
         generate_series(b.start_date, b.end_date - 1, interval '1 day')::date AS night
  FROM bookings b
  WHERE b.status = 'confirmed'
)
SELECT r.name,
       date_trunc('week', n.night) AS week,
       count(*)::numeric / (r.beds * 7) AS occupancy
FROM nights n
JOIN residences r ON r.id = n.residence_id
GROUP BY r.name, r.beds, week
ORDER BY r.name, week;`)}

Occupancy shows 1.14 for Grangegorman in September. Double bookings or my maths?`),

  rec('code_bash', f`Script de còpia de seguretat de les fotos d'inspecció de les residències. Per què no esborra les còpies antigues?

${code(f`#!/usr/bin/env bash
set -euo pipefail

SRC=/srv/inspeccions
DST=/mnt/nas/backups/inspeccions
avui=$(date +%Y-%m-%d)

rsync -a --delete "$SRC/" "$DST/$avui/"
find "$DST" -maxdepth 1 -type d -mtime +30 -name '20*' -exec rm -rf {} \\;
echo "còpia $avui feta"`)}`),

  rec('code_diff', f`Review this change to the rent proration please:

${code(f`--- a/app/Services/RentCalculator.php
+++ b/app/Services/RentCalculator.php
@@ -41,7 +41,9 @@ class RentCalculator
     public function prorate(Tenancy $t, Carbon $moveIn): float
     {
-        $days = $moveIn->diffInDays($t->termEnd);
-        return round($t->weeklyRent / 7 * $days, 2);
+        // include the move-in day itself
+        $days = $moveIn->diffInDays($t->termEnd) + 1;
+        $daily = $t->weeklyRent / 7;
+        return round($daily * $days, 2);
     }`)}`),
];
