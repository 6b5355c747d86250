/** Held-out batch 45: pasted source code from ground-station tooling, lens-lab integrations, customs software, trial statistics, the web shop and call-centre tools. Hand-written. */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH45_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`The pass predictor gives passes that are ~20 s late compared to the antenna log. Am I mixing UTC and TAI somewhere?

\`\`\`python
${code(f`from skyfield.api import load, wgs84, EarthSatellite

ts = load.timescale()
station = wgs84.latlon(36.997, -25.136, elevation_m=87)

def passes(tle1: str, tle2: str, start, end, min_el=5.0):
    sat = EarthSatellite(tle1, tle2, "NIMBRA-3", ts)
    t, events = sat.find_events(station, ts.from_datetime(start), ts.from_datetime(end), altitude_degrees=min_el)
    out, cur = [], {}
    for ti, ev in zip(t, events):
        key = ("aos", "culm", "los")[ev]
        cur[key] = ti.utc_datetime()
        if key == "los":
            out.append(cur)
            cur = {}
    return out`)}
\`\`\``),

  rec('code_c', f`${code(f`/* antenna controller: step the elevation axis towards target */
static int el_step(struct axis *ax, double target_deg)
{
    double err = target_deg - ax->pos_deg;
    if (fabs(err) < EL_DEADBAND_DEG)
        return 0;
    int steps = (int)(err * ax->steps_per_deg);
    if (steps > EL_MAX_STEPS_PER_TICK) steps = EL_MAX_STEPS_PER_TICK;
    if (steps < -EL_MAX_STEPS_PER_TICK) steps = -EL_MAX_STEPS_PER_TICK;
    if (ax->pos_deg + steps / ax->steps_per_deg > EL_LIMIT_HI_DEG)
        return -ERANGE;
    gpio_write(ax->dir_pin, steps > 0);
    for (int i = 0; i < abs(steps); i++)
        pulse(ax->step_pin, STEP_PULSE_US);
    ax->pos_deg += steps / ax->steps_per_deg;
    return steps;
}`)}

the axis overshoots near zenith, is the integer truncation the problem?`),

  rec('code_rust', f`Rust: my GeoTIFF tiler leaks memory on big scenes.

\`\`\`rust
${code(f`pub fn tile_scene(path: &Path, zoom: u8, out: &Path) -> anyhow::Result<usize> {
    let ds = Dataset::open(path)?;
    let (w, h) = ds.raster_size();
    let mut n = 0;
    for ty in 0..(h as u32).div_ceil(TILE) {
        for tx in 0..(w as u32).div_ceil(TILE) {
            let buf: Buffer<u16> = ds.rasterband(1)?.read_as((tx as isize * TILE as isize, ty as isize * TILE as isize), (TILE as usize, TILE as usize), (TILE as usize, TILE as usize), None)?;
            let png = encode_png(&stretch(&buf.data, 0.02, 0.98))?;
            std::fs::write(out.join(format!("{zoom}/{tx}/{ty}.png")), png)?;
            n += 1;
        }
    }
    Ok(n)
}`)}
\`\`\``),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# move finished downlinks from the station buffer to S3, keep 48h locally
set -euo pipefail
SRC=/data/downlink/complete
for f in "$SRC"/*.raw; do
  [ -e "$f" ] || continue
  sha=$(sha256sum "$f" | cut -d' ' -f1)
  aws s3 cp "$f" "s3://nimbra-raw-eu/$(basename "$f")" --metadata sha256="$sha" --only-show-errors
  touch "$f.uploaded"
done
find "$SRC" -name '*.raw' -mmin +2880 -exec sh -c 'test -e "$1.uploaded" && rm -f "$1" "$1.uploaded"' _ {} \\;`)}

is it safe if two copies of this cron overlap?`),

  rec('code_sql', f`Brauche Hilfe bei der Abfrage: Wir wollen pro Filiale sehen, wie viele Gleitsichtbrillen länger als 10 Tage im Labor waren.

${code(f`SELECT f.name AS filiale,
       COUNT(*) AS auftraege,
       SUM(CASE WHEN l.geliefert_am - a.bestellt_am > 10 THEN 1 ELSE 0 END) AS ueber_10_tage
FROM auftrag a
JOIN filiale f ON f.id = a.filiale_id
LEFT JOIN laborlieferung l ON l.auftrag_id = a.id
WHERE a.glastyp = 'GLEITSICHT'
  AND a.bestellt_am >= DATE '2024-09-01'
GROUP BY f.name
ORDER BY ueber_10_tage DESC;`)}

Aufträge ohne Lieferung fehlen komplett, warum?`),

  rec('code_csharp', f`${code(f`public static class Transposition
{
    // Convert a plus-cylinder prescription to minus-cylinder notation
    public static Rx ToMinusCyl(Rx rx)
    {
        if (rx.Cyl <= 0) return rx;
        var axis = rx.Axis > 90 ? rx.Axis - 90 : rx.Axis + 90;
        return rx with { Sph = rx.Sph + rx.Cyl, Cyl = -rx.Cyl, Axis = axis };
    }
}`)}

Der Labor-Export will immer Minus-Zylinder. Ist die Achsen-Umrechnung korrekt, auch für Achse 90 und 180?`),

  rec('code_java', f`Il servizio che manda gli ordini al laboratorio lenti va in timeout ogni tanto:

${code(f`@Service
public class LabOrderClient {
    private final RestClient rest;

    public LabOrderClient(RestClient.Builder b) {
        this.rest = b.baseUrl("https://api.labottica-mendrisio.ch/v1").build();
    }

    @Retryable(maxAttempts = 3, backoff = @Backoff(delay = 2000))
    public String submit(LensOrder o) {
        return rest.post().uri("/orders")
            .contentType(MediaType.APPLICATION_JSON)
            .body(o)
            .retrieve()
            .body(OrderAck.class)
            .labOrderId();
    }
}`)}

Con il retry rischio di mandare l'ordine due volte?`),

  rec('code_go', f`${code(f`type Item struct {
	XMLName    xml.Name \`xml:"GoodsItem"\`
	Seq        int      \`xml:"sequenceNumber"\`
	HSCode     string   \`xml:"commodityCode>harmonizedSystemSubHeadingCode"\`
	GrossKg    float64  \`xml:"grossMass"\`
	Packages   int      \`xml:"packaging>numberOfPackages"\`
}

func BuildItems(lines []InvoiceLine) ([]Item, error) {
	items := make([]Item, 0, len(lines))
	for i, l := range lines {
		if len(l.HS) < 6 {
			return nil, fmt.Errorf("line %d: HS code %q too short", i+1, l.HS)
		}
		items = append(items, Item{Seq: i + 1, HSCode: l.HS[:6], GrossKg: l.GrossKg, Packages: l.Packages})
	}
	return items, nil
}`)}

NCTS phase 5 rejects the message with "grossMass: decimal places exceeded". How do I format the float to 3 decimals in encoding/xml?`),

  rec('code_kotlin', f`Aplikacja dla kierowców — zdjęcie CMR nie wysyła się na słabym zasięgu:

${code(f`class CmrUploadWorker(ctx: Context, params: WorkerParameters) : CoroutineWorker(ctx, params) {
    override suspend fun doWork(): Result {
        val path = inputData.getString("path") ?: return Result.failure()
        val shipment = inputData.getString("shipment") ?: return Result.failure()
        return try {
            api.uploadCmr(shipment, File(path).asRequestBody("image/jpeg".toMediaType()))
            Result.success()
        } catch (e: IOException) {
            if (runAttemptCount < 5) Result.retry() else Result.failure()
        }
    }
}`)}

Jak ustawić, żeby WorkManager czekał na Wi-Fi albo LTE i nie próbował na EDGE?`),

  rec('code_ts', f`${code(f`export function customsValue(lines: InvoiceLine[], freightToBorder: number, insurance: number): number {
  const goods = lines.reduce((s, l) => s + l.qty * l.unitPrice, 0);
  // CIF value at the EU border: goods + freight up to entry + insurance
  return Math.round((goods + freightToBorder + insurance) * 100) / 100;
}

export function dutyAndVat(cif: number, dutyRate: number, vatRate: number) {
  const duty = round2(cif * dutyRate);
  const vat = round2((cif + duty) * vatRate);
  return { duty, vat, total: duty + vat };
}`)}

Greek customs added the unloading costs to the VAT base but not to the duty base. Where do I add that?`),

  rec('code_r', f`Randomisation list for the new arm — is this correct block randomisation stratified by site?

\`\`\`r
${code(f`set.seed(20241203)
sites <- c("BCN", "PUN", "MSA", "BSL")
make_blocks <- function(n_blocks, sizes = c(4, 6)) {
  unlist(lapply(seq_len(n_blocks), function(i) {
    s <- sample(sizes, 1)
    sample(rep(c("A", "B"), each = s / 2))
  }))
}
alloc <- do.call(rbind, lapply(sites, function(st) {
  arm <- make_blocks(20)
  data.frame(site = st, seq = seq_along(arm), arm = arm)
}))
table(alloc$site, alloc$arm)`)}
\`\`\``),

  rec('code_sas', f`${code(f`proc mixed data=adlb method=reml;
  where paramcd = "HBA1C" and avisitn in (4, 8, 12);
  class usubjid trt01p avisitn siteid;
  model chg = base trt01p avisitn trt01p*avisitn siteid / ddfm=kr solution;
  repeated avisitn / subject=usubjid type=un;
  lsmeans trt01p*avisitn / diff cl;
run;`)}

El modelo no converge con type=un. ¿Pruebo con ar(1) o toeplitz? Son solo 3 visitas.`),

  rec('code_python', f`${code(f`import pandas as pd

def visit_window_deviations(visits: pd.DataFrame, schedule: dict[str, tuple[int, int, int]]) -> pd.DataFrame:
    """Flag visits outside their protocol window (target day, minus, plus)."""
    base = visits[visits.visit == "V1"].set_index("subject").date
    out = []
    for _, row in visits.iterrows():
        target, minus, plus = schedule[row.visit]
        day = (row.date - base[row.subject]).days
        if not (target - minus <= day <= target + plus):
            out.append({"subject": row.subject, "visit": row.visit, "day": day, "target": target})
    return pd.DataFrame(out)`)}

works but very slow with 60k visits — can you vectorise it?`),

  rec('code_liquid', f`Der Hinweis "Nur noch X Stück" soll im Shop erst ab weniger als 3 Stück kommen, kommt aber immer:

${code(f`{% assign current = product.selected_or_first_available_variant %}
{% if current.inventory_management == 'shopify' and current.inventory_quantity < 3 %}
  <p class="stock-low">{{ 'products.only_x_left' | t: count: current.inventory_quantity }}</p>
{% endif %}
{% for v in product.variants %}
  <option value="{{ v.id }}" {% if v == current %}selected{% endif %}>{{ v.title }} – {{ v.price | money }}</option>
{% endfor %}`)}`),

  rec('code_ts', f`${code(f`// DIN setting for ski bindings (ISO 11088), simplified lookup
const SKIER_CODES = 'ABCDEFGHIJKLMNO';

export function skierCode(weightKg: number, heightCm: number, type: 1 | 2 | 3, age: number): string {
  let idx = weightIndex(weightKg);
  idx = Math.min(idx, heightIndex(heightCm));
  if (type === 2) idx += 1;
  if (type === 3) idx += 2;
  if (age >= 50 || age < 10) idx -= 1;
  return SKIER_CODES[Math.max(0, Math.min(idx, SKIER_CODES.length - 1))];
}`)}

our rental staff say the result is one letter too high for heavy short skiers. Is the min() wrong?`),

  rec('code_swift', f`${code(f`struct SizeAdvisor {
    static func mondopoint(footLengthMm: Double) -> Double {
        // boots are labelled in 0.5 steps
        (footLengthMm / 10.0 * 2).rounded(.up) / 2
    }

    static func recommend(left: Double, right: Double, fit: Fit) -> Double {
        let base = mondopoint(footLengthMm: max(left, right))
        switch fit {
        case .performance: return base - 0.5
        case .comfort: return base
        }
    }
}`)}

ショップアプリのブーツサイズ提案です。26.3cm の足で 26.5 が出ますが、これで合っていますか？`),

  rec('code_php', f`${code(f`public function tariffForConsumption(int $kwhYear, string $region): array
{
    $tiers = $this->repo->tiers($region);
    $cost = 0.0;
    $left = $kwhYear;
    foreach ($tiers as $t) {
        $band = $t->upTo === null ? $left : min($left, $t->upTo - $t->from);
        $cost += $band * $t->pricePerKwh;
        $left -= $band;
        if ($left <= 0) break;
    }
    return ['energy' => round($cost, 2), 'standing' => round(365 * $tiers[0]->dailyCharge, 2)];
}`)}

Ο υπολογισμός βγαίνει λάθος για κατανάλωση ακριβώς στο όριο της κλίμακας (2000 kWh). Πού είναι το bug;`),

  rec('diff', f`Review please, this changes how we round the estimated bill shown to call-centre agents:

${code(f`--- a/billing/estimate.py
+++ b/billing/estimate.py
@@ -41,9 +41,11 @@ def estimate_bill(readings, tariff, days):
-    kwh = readings[-1].value - readings[0].value
-    return round(kwh * tariff.price + days * tariff.daily, 2)
+    kwh = readings[-1].value - readings[0].value
+    if readings[-1].estimated:
+        kwh = max(kwh, tariff.min_monthly_kwh * days / 30)
+    amount = Decimal(kwh) * tariff.price + Decimal(days) * tariff.daily
+    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)`)}`),

  rec('code_python', f`Script pentru raportul de apeluri pierdute, vreau să adaug și media timpului de așteptare:

${code(f`import csv
from collections import Counter

lost = Counter()
with open("queue_events.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        if row["event"] == "ABANDON" and int(row["wait_s"]) > 20:
            lost[(row["queue"], row["hour"])] += 1

for (queue, hour), n in sorted(lost.items()):
    print(f"{queue};{hour};{n}")`)}`),

  rec('code_vba', f`${code(f`Sub MarkLongCalls()
    Dim ws As Worksheet, r As Long, last As Long
    Set ws = ThisWorkbook.Sheets("Gesprekken")
    last = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For r = 2 To last
        If ws.Cells(r, "E").Value > TimeSerial(0, 15, 0) Then
            ws.Rows(r).Interior.Color = RGB(255, 230, 153)
        End If
    Next r
End Sub`)}

De macro kleurt niets, terwijl er gesprekken van 20 minuten in staan. De kolom E is tekst "00:20:13" denk ik?`),
];
