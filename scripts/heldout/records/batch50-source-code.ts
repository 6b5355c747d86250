/**
 * Held-out batch 50: pasted source code from the six workplaces (gangway scans, crew rotations,
 * parking tariffs, germination statistics, aligner meshes, hazard polygons, market surveillance),
 * with the question around it in the batch's languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH50_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`The gangway reconciliation says 3 guests are still ashore but security counted everyone back. What's wrong?

\`\`\`python
${code(f`import pandas as pd

def still_ashore(scans: pd.DataFrame) -> pd.DataFrame:
    scans = scans.sort_values("scanned_at")
    last = scans.groupby("card_id").tail(1)
    return last[last["direction"] == "OUT"][["card_id", "cabin", "scanned_at"]]

scans = pd.read_csv("gangway_2025-03-14.csv", parse_dates=["scanned_at"])
print(still_ashore(scans))`)}
\`\`\`

Two gangways were open and their clocks might differ by a minute.`),

  rec('code_sql', f`${code(f`WITH contracts AS (
    SELECT crew_id, ship_code, sign_on, sign_off,
           LEAD(sign_on) OVER (PARTITION BY crew_id ORDER BY sign_on) AS next_sign_on
    FROM crew_contracts
    WHERE sign_on >= DATE '2024-01-01'
)
SELECT crew_id, ship_code, sign_off, next_sign_on,
       next_sign_on - sign_off AS vacation_days
FROM contracts
WHERE next_sign_on IS NOT NULL
  AND next_sign_on - sign_off < 42
ORDER BY vacation_days;`)}

Crew HR wants everyone whose vacation between contracts was under six weeks. Is the window function right for people who switch ships?`),

  rec('code_ts', f`Hola, la función de tarifas del parquímetro cobra de más cuando el ticket cruza las 20:00 (a partir de esa hora es gratis). ¿Ves el fallo?

${code(f`const TRAMOS = [
  { desde: 9, hasta: 14, centimosMin: 2.5 },
  { desde: 16, hasta: 20, centimosMin: 2.5 },
];

export function importe(inicio: Date, minutos: number): number {
  let total = 0;
  const t = new Date(inicio);
  for (let i = 0; i < minutos; i++) {
    const h = t.getHours();
    const tramo = TRAMOS.find((x) => h >= x.desde && h <= x.hasta);
    if (tramo) total += tramo.centimosMin;
    t.setMinutes(t.getMinutes() + 1);
  }
  return Math.round(total) / 100;
}`)}`),

  rec('code_java', f`Tow dispatch: blocked fire lanes must always go before expired meters, but sometimes an older meter job jumps ahead. Comparator:

${code(f`public final class TowJob implements Comparable<TowJob> {
    enum Reason { FIRE_LANE, BUS_STOP, DISABLED_BAY, EXPIRED_METER }

    final Reason reason;
    final Instant reportedAt;

    @Override
    public int compareTo(TowJob other) {
        int byAge = reportedAt.compareTo(other.reportedAt);
        if (byAge != 0) return byAge;
        return reason.compareTo(other.reason);
    }
}

PriorityQueue<TowJob> queue = new PriorityQueue<>();`)}`),

  rec('code_r', f`${code(f`library(drc)

germ <- read.csv("germination_lot_2024_117.csv")
# cumulative germination counts per dish, days 0-14
m <- drm(germinated ~ day, dish, data = germ, fct = LL.3(), type = "event")
summary(m)
ED(m, c(50), interval = "delta")
plot(m, log = "", xlab = "Day", ylab = "Germinated (%)")`)}

The ED50 comes out identical for all 8 dishes, is that because I pass dish as curveid wrong?`),

  rec('code_python', f`రైతు భాగస్వామ్య ట్రయల్స్ కోసం ఈ మిక్స్‌డ్ మోడల్ రాశాను. లొకేషన్‌ను రాండమ్ ఎఫెక్ట్‌గా పెట్టాలా లేక ఫిక్స్‌డ్‌గానా?

${code(f`import pandas as pd
import statsmodels.formula.api as smf

df = pd.read_csv("sorghum_pvs_2024.csv")
df["rep"] = df["rep"].astype(str)

model = smf.mixedlm("grain_yield ~ C(genotype) + C(rep)", df, groups=df["location"])
fit = model.fit(reml=True)
print(fit.summary())

blups = fit.random_effects`)}`),

  rec('code_bash', f`बीउ भण्डारको चिसो कोठाको तापक्रम लग गर्ने यो स्क्रिप्ट राति रोकिन्छ। के समस्या हुन सक्छ?

${code(f`#!/usr/bin/env bash
set -euo pipefail
LOG=/var/log/coldroom/temp_$(date +%F).csv
while true; do
  t=$(cat /sys/bus/w1/devices/28-*/temperature)
  printf '%s,%s\\n' "$(date -Iseconds)" "$(echo "scale=2; $t/1000" | bc)" >> "$LOG"
  if (( t > -15000 )); then
    echo "Cold room above -15C: $t" | mail -s "COLD ROOM ALARM" genebank-alerts
  fi
  sleep 60
done`)}`),

  rec('code_csharp', f`המתזמן של התורים במרפאה קובע לפעמים שני מטופלים לאותו כיסא. איפה הבאג?

${code(f`public Appointment? Book(int chairId, DateTime start, TimeSpan length)
{
    var end = start + length;
    var clash = _db.Appointments
        .Where(a => a.ChairId == chairId)
        .Any(a => a.Start < end && start < a.Start);
    if (clash) return null;

    var appt = new Appointment { ChairId = chairId, Start = start, End = end };
    _db.Appointments.Add(appt);
    _db.SaveChanges();
    return appt;
}`)}`),

  rec('code_kotlin', f`แอปคลินิกจัดฟันบน Android ค้างตอนโหลดรูปเอ็กซเรย์ ช่วยดูโค้ดนี้หน่อยครับ

${code(f`class XrayViewModel(private val repo: XrayRepository) : ViewModel() {
    val image = MutableLiveData<Bitmap>()

    fun load(patientId: String) {
        val bytes = repo.downloadLatest(patientId)   // network call
        image.value = BitmapFactory.decodeByteArray(bytes, 0, bytes.size)
    }
}`)}`),

  rec('code_python', f`アライナーのSTLメッシュを間引くスクリプトです。歯の咬合面が崩れてしまいます。パラメータの問題でしょうか？

${code(f`import trimesh

def decimate(path_in: str, path_out: str, target_faces: int = 60000) -> None:
    mesh = trimesh.load(path_in, force="mesh")
    mesh.remove_degenerate_faces()
    mesh.remove_duplicate_faces()
    simple = mesh.simplify_quadric_decimation(target_faces)
    if not simple.is_watertight:
        simple.fill_holes()
    simple.export(path_out)

decimate("case_4471_upper_step12.stl", "case_4471_upper_step12_lite.stl")`)}`),

  rec('code_go', f`این تابع مساحت چندضلعی منطقه خطر را از مختصات GPS حساب می‌کند ولی عدد به‌دست‌آمده خیلی کوچک است. مشکل کجاست؟

${code(f`func PolygonArea(pts []LatLon) float64 {
	var sum float64
	for i := range pts {
		j := (i + 1) % len(pts)
		sum += pts[i].Lon*pts[j].Lat - pts[j].Lon*pts[i].Lat
	}
	return math.Abs(sum) / 2
}`)}

باید به متر مربع باشد.`),

  rec('code_js', f`Harta e zonave të pastruara nuk shfaq poligonet me ngjyrë sipas statusit. Ku e kam gabim?

${code(f`const map = L.map("map").setView([42.07, 20.42], 11);
L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", { maxZoom: 18 }).addTo(map);

fetch("/api/hazards.geojson")
  .then((r) => r.json())
  .then((data) => {
    L.geoJSON(data, {
      style: (f) => ({
        color: f.status === "cleared" ? "#2e7d32" : "#c62828",
        weight: 2,
      }),
    }).addTo(map);
  });`)}`),

  rec('code_python', f`${code(f`def flag_spoofing(orders, window_ms=2000, cancel_ratio=0.9, min_orders=20):
    """Flag accounts that place and cancel many orders on one side while trading on the other."""
    alerts = []
    for acct, g in orders.groupby("account"):
        g = g.sort_values("ts")
        for side in ("B", "S"):
            same = g[g.side == side]
            if len(same) < min_orders:
                continue
            cancelled = same[same.status == "CANCELLED"]
            if len(cancelled) / len(same) < cancel_ratio:
                continue
            opp_fills = g[(g.side != side) & (g.status == "FILLED")]
            if not opp_fills.empty:
                alerts.append((acct, side, len(cancelled), len(opp_fills)))
    return alerts`)}

This is our first cut of a spoofing rule for the surveillance desk. It's too slow on a full day (40M orders). How would you vectorise it?`),

  rec('code_q', f`kdb+ question: I want the VWAP per symbol per 5-minute bucket but only for trades outside the opening auction. This returns nulls for half the buckets:

${code(f`t: select from trade where date=2025.03.14, time within 09:05:00 16:55:00
vw: select vwap: size wavg price, vol: sum size by sym, bucket: 5 xbar time.minute from t
aj[\`sym\`bucket; ([] sym: distinct t\`sym) cross ([] bucket: 09:05 + 5 * til 94); vw]`)}`),

  rec('code_rust', f`Пиша опростена книга на поръчките за обучение на служителите от надзора. Компилаторът се оплаква от borrow checker-а в match_order:

${code(f`use std::collections::BTreeMap;

struct Book {
    bids: BTreeMap<u64, Vec<Order>>,
    asks: BTreeMap<u64, Vec<Order>>,
}

impl Book {
    fn match_order(&mut self, mut o: Order) {
        while o.qty > 0 {
            let (&price, level) = match self.asks.iter_mut().next() {
                Some(x) => x,
                None => break,
            };
            if price > o.limit { break; }
            let resting = &mut level[0];
            let q = o.qty.min(resting.qty);
            o.qty -= q;
            resting.qty -= q;
            if resting.qty == 0 { level.remove(0); }
            if level.is_empty() { self.asks.remove(&price); }
        }
    }
}`)}`),

  rec('code_php', f`Ola, o formulario de solicitude de tarxeta de residente acepta matrículas baleiras. Podes revisar a validación?

${code(f`<?php
function validarSolicitude(array $d): array {
    $erros = [];
    if (!preg_match('/^[0-9]{4}[BCDFGHJKLMNPRSTVWXYZ]{3}$/', $d['matricula'] ?? '')) {
        $erros[] = 'Matrícula non válida';
    }
    if (empty($d['zona']) || !in_array($d['zona'], ['1', '2', '3'])) {
        $erros[] = 'Zona incorrecta';
    }
    if (isset($d['matricula']) && trim($d['matricula']) === '') {
        return [];
    }
    return $erros;
}`)}`),

  rec('code_swift', f`Aplikasi tetamu kapal pesiaran tak tunjuk jadual aktiviti bila offline. Kod SwiftUI ni ada masalah ke?

${code(f`struct ScheduleView: View {
    @State private var events: [ShipEvent] = []

    var body: some View {
        List(events) { e in
            VStack(alignment: .leading) {
                Text(e.title).font(.headline)
                Text(e.venue + " · " + e.start.formatted(date: .omitted, time: .shortened))
            }
        }
        .task {
            events = (try? await API.shared.todaysEvents()) ?? []
        }
    }
}`)}`),

  rec('code_vba', f`Pakitingnan po itong macro sa Excel para sa overtime ng crew. Mali ang total kapag lumampas sa hatinggabi ang shift:

${code(f`Function OvertimeHours(startT As Date, endT As Date) As Double
    Dim worked As Double
    worked = (endT - startT) * 24
    If worked > 10 Then
        OvertimeHours = worked - 10
    Else
        OvertimeHours = 0
    End If
End Function`)}`),

  rec('code_powershell', f`Mae'r sgript yma i greu cyfrifon i wardeniaid parcio newydd yn methu pan fo'r enw'n cynnwys collnod (e.e. O'Brien). Allwch chi ei drwsio?

${code(f`param([string]$CsvPath = ".\\wardeniaid_newydd.csv")
Import-Csv $CsvPath | ForEach-Object {
    $sam = ($_.Cyntaf.Substring(0,1) + $_.Olaf).ToLower()
    $filter = "SamAccountName -eq '$sam'"
    if (-not (Get-ADUser -Filter $filter)) {
        New-ADUser -Name "$($_.Cyntaf) $($_.Olaf)" -SamAccountName $sam \`
            -Path "OU=Wardeniaid,OU=Parcio,DC=cyngor,DC=local" -Enabled $false
    }
}`)}`),

  rec('code_cpp', f`Dobrý deň, post-processing OCR pre EČV z kamier zamieňa 0 a O aj v číselnej časti. Ako to opraviť podľa pozície znaku?

${code(f`std::string normalizePlate(const std::string& raw) {
    std::string out;
    for (char c : raw) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::toupper(c));
    }
    for (auto& c : out) {
        if (c == 'O') c = '0';
        if (c == 'I') c = '1';
    }
    return out;
}`)}`),

  rec('code_python', f`Hazien bideragarritasun-probaren emaitzak kalkulatzeko funtzio hau idatzi dut. Lagin txikiekin konfiantza-tartea 1etik gora ateratzen da. Zergatik?

${code(f`import math

def viability_ci(germinated: int, sown: int, z: float = 1.96):
    p = germinated / sown
    se = math.sqrt(p * (1 - p) / sown)
    return p, p - z * se, p + z * se

print(viability_ci(49, 50))`)}`),

  rec('code_sql', f`Ég þarf SQL fyrirspurn sem finnur viðskipti þar sem sami aðili er bæði kaupandi og seljandi (wash trades). Er þessi rétt?

${code(f`SELECT b.trade_id, b.symbol, b.price, b.qty, b.exec_time
FROM executions b
JOIN executions s
  ON s.trade_id = b.trade_id
 AND s.side = 'S'
WHERE b.side = 'B'
  AND b.beneficial_owner = s.beneficial_owner
  AND b.exec_time >= TIMESTAMP '2025-03-01 00:00:00'
ORDER BY b.exec_time;`)}`),

  rec('chat', f`Quick one from the imaging team: why does ${amb('source_code.snippet', 'np.mean(ceph_angles, axis=1)')} give me one value per patient instead of one per angle?`, 'a one-line expression inside prose: ambiguous'),
];
