/**
 * Held-out batch 23: pasted source code from grain trading, fashion e-commerce, vet clinics, film post-production,
 * consumer lending and court IT, with comments in several languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH23_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`The shrink calculation gives different numbers than the elevator's ticket. Can you check?

\`\`\`python
${code(f`def shrink_factor(moisture_in: float, moisture_target: float = 14.0, handling: float = 0.5) -> float:
    """Water shrink + handling loss, in percent of wet weight."""
    if moisture_in <= moisture_target:
        return 0.0
    water = (moisture_in - moisture_target) / (100 - moisture_target) * 100
    return round(water + handling, 2)


def dry_weight(wet_kg: int, moisture_in: float) -> int:
    return int(wet_kg * (1 - shrink_factor(moisture_in) / 100))


print(dry_weight(28_460, 17.8))`)}
\`\`\``),

  rec('code_vba', f`Macro Excel pentru contractele de achiziție, dă eroare "Subscript out of range" la a doua foaie:

${code(f`Sub CalculeazaPreturi()
    Dim ws As Worksheet, r As Long, ultim As Long
    For Each ws In ThisWorkbook.Worksheets
        If Left(ws.Name, 3) = "CTR" Then
            ultim = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
            For r = 2 To ultim
                ' pret final = pret baza - depreciere umiditate - depreciere corpuri straine
                ws.Cells(r, 8).Value = ws.Cells(r, 5).Value _
                    - Application.Max(0, ws.Cells(r, 6).Value - 14) * 1.2 _
                    - Application.Max(0, ws.Cells(r, 7).Value - 2) * 0.8
            Next r
        End If
    Next ws
    Sheets("Rezumat").Range("B2").Value = Now
End Sub`)}`),

  rec('code_r', f`${code(f`library(dplyr)
library(ggplot2)

yields <- read.csv("randamente_2024.csv") |>
  filter(cultura %in% c("grau", "porumb", "floarea_soarelui")) |>
  group_by(judet, cultura) |>
  summarise(t_ha = weighted.mean(productie_t / suprafata_ha, suprafata_ha), .groups = "drop")

ggplot(yields, aes(judet, t_ha, fill = cultura)) +
  geom_col(position = "dodge") +
  coord_flip()`)}

How do I sort the counties by wheat yield only, keeping all three crops in the plot?`),

  rec('code_ts', f`Size chart converter, EU ↔ US ↔ UK is off for kids' shoes:

${code(f`type Region = 'EU' | 'US' | 'UK';

const SHOE_KIDS: Record<Region, number[]> = {
  EU: [28, 29, 30, 31, 32, 33, 34, 35],
  US: [11, 12, 12.5, 13, 1, 2, 2.5, 3],
  UK: [10, 11, 11.5, 12, 13, 1, 1.5, 2],
};

export function convert(size: number, from: Region, to: Region): number | undefined {
  const i = SHOE_KIDS[from].indexOf(size);
  return i === -1 ? undefined : SHOE_KIDS[to][i];
}`)}`),

  rec('code_liquid', f`Shopify theme: the "only 3 left" badge shows for products that are sold out.

${code(f`{% assign qty = product.selected_or_first_available_variant.inventory_quantity %}
{% if qty < 5 %}
  <span class="badge badge--low-stock">Only {{ qty }} left</span>
{% elsif product.available == false %}
  <span class="badge badge--sold-out">{{ 'products.product.sold_out' | t }}</span>
{% endif %}`)}`),

  rec('code_sql', f`${code(f`-- top returned SKUs by reason, last 90 days
SELECT p.sku,
       p.name,
       r.reason_code,
       COUNT(*)                                   AS returns,
       ROUND(100.0 * COUNT(*) / NULLIF(s.sold, 0), 1) AS return_rate_pct
FROM returns r
JOIN order_lines ol ON ol.id = r.order_line_id
JOIN products p     ON p.id = ol.product_id
JOIN (SELECT product_id, SUM(qty) AS sold FROM order_lines
      WHERE created_at >= now() - interval '90 days' GROUP BY product_id) s ON s.product_id = p.id
WHERE r.created_at >= now() - interval '90 days'
GROUP BY p.sku, p.name, r.reason_code, s.sold
ORDER BY returns DESC
LIMIT 50;`)}

Why is return_rate_pct above 100 for some SKUs?`),

  rec('code_kotlin', f`Dosage helper in our vet app — reviewers want a unit test. Can you write it?

${code(f`data class Drug(val name: String, val mgPerKg: Double, val maxMg: Double, val tabletMg: Double)

fun tabletsPerDose(drug: Drug, weightKg: Double): Double {
    require(weightKg > 0) { "weight must be positive" }
    val mg = minOf(drug.mgPerKg * weightKg, drug.maxMg)
    // round down to the nearest quarter tablet
    return kotlin.math.floor(mg / drug.tabletMg * 4) / 4
}`)}`),

  rec('code_swift', f`${code(f`struct Appointment: Identifiable, Codable {
    let id: UUID
    let petName: String
    let start: Date
    let clinicID: Int
}

@MainActor
final class ScheduleViewModel: ObservableObject {
    @Published var appointments: [Appointment] = []

    func load(for clinic: Int) async {
        let url = URL(string: "https://api.pawcare-vet.se/v1/clinics/\\(clinic)/appointments")!
        guard let (data, _) = try? await URLSession.shared.data(from: url) else { return }
        appointments = (try? JSONDecoder().decode([Appointment].self, from: data)) ?? []
    }
}`)}

Dates come back as strings like "2024-12-03T09:00:00+01:00" and decoding fails silently.`),

  rec('code_java', f`${code(f`public final class Rabies {
    private static final int BOOSTER_MONTHS_SE = 36;
    private static final int BOOSTER_MONTHS_EU_TRAVEL = 12;

    public static LocalDate nextDue(LocalDate lastShot, boolean travelsAbroad, boolean primaryCourse) {
        if (primaryCourse) {
            return lastShot.plusDays(21); // valid for travel 21 days after primary vaccination
        }
        return lastShot.plusMonths(travelsAbroad ? BOOSTER_MONTHS_EU_TRAVEL : BOOSTER_MONTHS_SE);
    }
}`)}

Is the 21-day rule right? A Greek client is flying to Athens with her dog.`),

  rec('code_python', f`EDL parser for the conform, handles most events but breaks on dissolves:

${code(f`import re

EVENT = re.compile(
    r"^(?P<num>\\d{3,6})\\s+(?P<reel>\\S+)\\s+(?P<track>[AVB]\\d*)\\s+(?P<trans>C|D\\s+\\d+)\\s+"
    r"(?P<src_in>\\d{2}:\\d{2}:\\d{2}[:;]\\d{2})\\s+(?P<src_out>\\S+)\\s+(?P<rec_in>\\S+)\\s+(?P<rec_out>\\S+)"
)

def parse(path):
    events = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = EVENT.match(line.strip())
            if m:
                events.append(m.groupdict())
    return events`)}`),

  rec('code_python', f`DaVinci Resolve script: batch-render all timelines, but it renders only the current one.

${code(f`import DaVinciResolveScript as dvr

resolve = dvr.scriptapp("Resolve")
project = resolve.GetProjectManager().GetCurrentProject()

for i in range(1, project.GetTimelineCount() + 1):
    tl = project.GetTimelineByIndex(i)
    project.SetCurrentTimeline(tl)
    project.SetRenderSettings({"TargetDir": "/Volumes/RENDER/vinterljus", "CustomName": tl.GetName()})
    project.AddRenderJob()

project.StartRendering()`)}`),

  rec('code_go', f`${code(f`// timecode helpers for the subtitle pipeline
func FramesToTC(frames int, fps int) string {
	h := frames / (3600 * fps)
	m := (frames / (60 * fps)) % 60
	s := (frames / fps) % 60
	f := frames % fps
	return fmt.Sprintf("%02d:%02d:%02d:%02d", h, m, s, f)
}

func TCToFrames(tc string, fps int) (int, error) {
	var h, m, s, f int
	if _, err := fmt.Sscanf(tc, "%d:%d:%d:%d", &h, &m, &s, &f); err != nil {
		return 0, err
	}
	return ((h*60+m)*60+s)*fps + f, nil
}`)}

Does this work for 29.97 drop-frame? Our US distributor wants DF.`),

  rec('code_python', f`${code(f`import numpy as np

def amortization_schedule(principal: float, apr: float, months: int):
    r = apr / 12
    payment = principal * r / (1 - (1 + r) ** -months)
    balance = principal
    rows = []
    for k in range(1, months + 1):
        interest = balance * r
        princ = payment - interest
        balance -= princ
        rows.append((k, round(payment, 2), round(interest, 2), round(princ, 2), round(max(balance, 0), 2)))
    return rows`)}

Last row balance comes out as 0.01 sometimes. How do lenders usually handle the final payment rounding?`),

  rec('code_sql', f`Collections dashboard query, vintage curves by origination month:

${code(f`WITH loans_m AS (
  SELECT loan_id, date_trunc('month', originated_at) AS vintage, principal
  FROM loans WHERE originated_at >= '2023-01-01'
), dpd AS (
  SELECT s.loan_id, s.as_of, s.days_past_due,
         (date_part('year', age(s.as_of, l.vintage)) * 12 + date_part('month', age(s.as_of, l.vintage)))::int AS mob
  FROM loan_snapshots s JOIN loans_m l USING (loan_id)
)
SELECT l.vintage, d.mob,
       SUM(CASE WHEN d.days_past_due >= 30 THEN l.principal ELSE 0 END) / SUM(l.principal) AS dpd30_rate
FROM dpd d JOIN loans_m l USING (loan_id)
GROUP BY 1, 2 ORDER BY 1, 2;`)}`),

  rec('code_rust', f`${code(f`/// Affordability check: reject if the new installment pushes DTI above the cap.
pub fn affordable(monthly_income: Decimal, existing_debt: Decimal, new_installment: Decimal, cap: Decimal) -> bool {
    if monthly_income <= Decimal::ZERO {
        return false;
    }
    let dti = (existing_debt + new_installment) / monthly_income;
    dti <= cap
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn at_cap_is_ok() {
        assert!(affordable(dec!(3000), dec!(900), dec!(300), dec!(0.40)));
    }
}`)}

Regulator wants the cap inclusive, is it?`),

  rec('code_csharp', f`Court calendar: hearings scheduled on a holiday should move to the next business day.

${code(f`public static DateOnly NextCourtDay(DateOnly date, IReadOnlySet<DateOnly> holidays)
{
    var d = date;
    while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || holidays.Contains(d))
    {
        d = d.AddDays(1);
    }
    return d;
}

// speedy trial: 70 days from arraignment, excluding tolled periods
public static DateOnly SpeedyTrialDeadline(DateOnly arraignment, int tolledDays) =>
    arraignment.AddDays(70 + tolledDays);`)}`),

  rec('code_powershell', f`${code(f`# move closed case folders older than 7 years to the archive share
$cutoff = (Get-Date).AddYears(-7)
Get-ChildItem -Path "\\\\pd-fs01\\Cases\\Closed" -Directory |
  Where-Object { $_.LastWriteTime -lt $cutoff } |
  ForEach-Object {
    $dest = Join-Path "\\\\pd-archive\\Retention" $_.Name
    Move-Item -Path $_.FullName -Destination $dest -WhatIf
    Add-Content -Path "C:\\Logs\\retention.log" -Value "$(Get-Date -Format s) moved $($_.Name)"
  }`)}

Before I remove -WhatIf: will this keep the ACLs?`),

  rec('code_js', f`Script Apps Script untuk rekap pengiriman gabah per gudang, hasilnya dobel:

${code(f`function rekapGudang() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Pengiriman');
  const data = sheet.getDataRange().getValues().slice(1);
  const total = {};
  data.forEach(([tgl, gudang, ton]) => {
    total[gudang] = (total[gudang] || 0) + Number(ton);
  });
  const out = SpreadsheetApp.getActive().getSheetByName('Rekap');
  Object.entries(total).forEach(([g, t]) => out.appendRow([g, t]));
}`)}`),

  rec('code_php', f`${code(f`// WooCommerce: hide "Cash on delivery" for orders over 5000 SEK
add_filter('woocommerce_available_payment_gateways', function ($gateways) {
    if (is_admin() || !WC()->cart) {
        return $gateways;
    }
    if (WC()->cart->get_total('edit') > 5000) {
        unset($gateways['cod']);
    }
    return $gateways;
});`)}

Στο checkout εξακολουθεί να εμφανίζεται η αντικαταβολή. Γιατί;`),

  rec('code_python', f`${code(f`# ספירת מילים בתסריט לפי דמות (פורמט Fountain)
import re
from collections import Counter

def dialogue_by_character(path: str) -> Counter:
    words = Counter()
    current = None
    for line in open(path, encoding="utf-8"):
        s = line.strip()
        if re.fullmatch(r"[A-Z][A-Z .'-]+(\\s\\(.*\\))?", s):
            current = s.split(" (")[0]
        elif not s:
            current = None
        elif current:
            words[current] += len(s.split())
    return words`)}

Hebrew character names aren't detected, only English ones. How do I fix the regex?`),

  rec('code_dart', f`${code(f`class LoanSlider extends StatefulWidget {
  const LoanSlider({super.key});
  @override
  State<LoanSlider> createState() => _LoanSliderState();
}

class _LoanSliderState extends State<LoanSlider> {
  double amount = 5000;

  @override
  Widget build(BuildContext context) {
    return Column(children: [
      Slider(min: 1000, max: 30000, divisions: 29, value: amount, onChanged: (v) => setState(() => amount = v)),
      Text('R\\$ \${amount.toStringAsFixed(0)}'),
    ]);
  }
}`)}

Como formatar com separador de milhar no padrão brasileiro (R$ 5.000)?`),
];
