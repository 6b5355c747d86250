/**
 * Held-out batch 35: pasted source code — seat maps, PLC interlocks, RTU firmware, reliability
 * indices, auction clocks, catch logbooks, fund returns, GMP e-signatures, serialisation parsers,
 * home-care apps — with questions in the batch's languages. Hand-written, not yet measured.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH35_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Seat allocator for subscription renewals — it sometimes splits couples across an aisle. Can you spot why?

\`\`\`python
${code(f`def allocate(block, party_size, prefer_row=None):
    rows = sorted(block.rows, key=lambda r: (r.name != prefer_row, r.index))
    for row in rows:
        run = []
        for seat in row.seats:
            if seat.free and not seat.restricted_view:
                run.append(seat)
                if len(run) == party_size:
                    return run
            else:
                run = []
    return None`)}
\`\`\`

Aisles are stored as seats with free=False I think.`),

  rec('code_sql', f`${code(f`-- subscribers who haven't renewed for 2025 but came to 3+ concerts last season
SELECT p.patron_id, p.display_name, COUNT(DISTINCT t.performance_id) AS visits
FROM patrons p
JOIN tickets t ON t.patron_id = p.patron_id
JOIN performances perf ON perf.performance_id = t.performance_id
WHERE perf.season = '2023-24'
  AND NOT EXISTS (
    SELECT 1 FROM subscriptions s
    WHERE s.patron_id = p.patron_id AND s.season = '2024-25'
  )
GROUP BY p.patron_id, p.display_name
HAVING COUNT(DISTINCT t.performance_id) >= 3
ORDER BY visits DESC;`)}

Marketing wants to add "spent over £200" — where does that go, HAVING or WHERE?`),

  rec('code_st_et', f`Tere, kas see PLC loogika on õige? Lüliti tohib sulguda ainult siis, kui maandusnuga on lahti ja kaitse pole rakendunud.

${code(f`FUNCTION_BLOCK FB_BreakerInterlock
VAR_INPUT
    xCloseCmd      : BOOL;   (* käsk dispetšerilt *)
    xEarthSwOpen   : BOOL;   (* maandusnuga lahti *)
    xProtTrip      : BOOL;   (* kaitse rakendunud *)
    xLocalMode     : BOOL;
END_VAR
VAR_OUTPUT
    xCloseCoil     : BOOL;
    xInterlockAlm  : BOOL;
END_VAR

xCloseCoil    := xCloseCmd AND xEarthSwOpen AND NOT xProtTrip AND NOT xLocalMode;
xInterlockAlm := xCloseCmd AND NOT xCloseCoil;
END_FUNCTION_BLOCK`)}`),

  rec('code_c', f`RTU firmware: Modbus RTU frames are rejected by the new meter, I think my CRC is wrong.

${code(f`uint16_t modbus_crc16(const uint8_t *buf, size_t len)
{
    uint16_t crc = 0xFFFF;
    for (size_t i = 0; i < len; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            if (crc & 0x0001)
                crc = (crc >> 1) ^ 0xA001;
            else
                crc >>= 1;
        }
    }
    return crc;
}

/* append low byte first */
frame[n++] = crc >> 8;
frame[n++] = crc & 0xFF;`)}`),

  rec('code_python', f`Regulator wants SAIDI and SAIFI per region for 2024. Does this match the IEEE 1366 definitions? Momentary interruptions (< 5 min) should be excluded.

${code(f`import pandas as pd

events = pd.read_parquet("interruptions_2024.parquet")
customers = pd.read_csv("customers_served.csv").set_index("region")["customers"]

sustained = events[events["duration_min"] >= 5]
by_region = sustained.groupby("region").agg(
    cmi=("customer_minutes", "sum"),
    ci=("customers_interrupted", "sum"),
)
by_region["SAIDI"] = by_region["cmi"] / customers
by_region["SAIFI"] = by_region["ci"] / customers
print(by_region[["SAIDI", "SAIFI"]].round(3))`)}`),

  rec('code_matlab', f`${code(f`% Newton-Raphson load flow, 5-bus test system
V = ones(nbus,1); delta = zeros(nbus,1);
for iter = 1:20
    [P, Q] = calcPQ(Ybus, V, delta);
    dP = Psch - P; dQ = Qsch - Q;
    mismatch = [dP(2:end); dQ(pq)];
    if max(abs(mismatch)) < 1e-6, break; end
    J = jacobian(Ybus, V, delta, pq);
    dx = J \\ mismatch;
    delta(2:end) = delta(2:end) + dx(1:nbus-1);
    V(pq) = V(pq) + dx(nbus:end);
end
fprintf('Converged in %d iterations\\n', iter);`)}

Lecturer's code from UTM, it doesn't converge for our Kuala Selangor feeder data. Maybe the flat start?`),

  rec('code_r', f`Hola, quiero ver si el precio playa de la merluza austral baja cuando desembarcan muchas lanchas el mismo día. ¿Está bien planteado este modelo?

${code(f`library(dplyr)
library(ggplot2)

desembarques <- read.csv("desembarques_2024.csv") |>
  mutate(fecha = as.Date(fecha)) |>
  filter(especie == "MERLUZA AUSTRAL")

diario <- desembarques |>
  group_by(fecha, caleta) |>
  summarise(toneladas = sum(toneladas), precio = weighted.mean(precio_kg, toneladas), .groups = "drop")

modelo <- lm(log(precio) ~ log(toneladas) + caleta, data = diario)
summary(modelo)`)}`),

  rec('code_java', f`Ola, o reloxo da poxa á baixa ás veces adxudica o lote a dous compradores. Que está mal?

${code(f`public class ReloxoPoxa {
    private volatile int prezoCentimos;
    private String adxudicatario;

    public void tick() {
        if (adxudicatario == null && prezoCentimos > prezoMinimo) {
            prezoCentimos -= paso;
        }
    }

    public boolean puxar(String comprador) {
        if (adxudicatario == null) {
            adxudicatario = comprador;
            return true;
        }
        return false;
    }
}`)}`),

  rec('code_go', f`VMS posizioak jasotzen dituen zerbitzu honek memoria jaten du pixkanaka. Zergatik?

${code(f`func (s *Server) handle(conn net.Conn) {
	defer conn.Close()
	r := bufio.NewScanner(conn)
	for r.Scan() {
		pos, err := parseNMEA(r.Text())
		if err != nil {
			continue
		}
		s.mu.Lock()
		s.history[pos.MMSI] = append(s.history[pos.MMSI], pos)
		s.mu.Unlock()
		go s.publish(pos)
	}
}`)}`),

  rec('code_kotlin', f`${code(f`data class Lance(
    val inicio: Instant,
    val fin: Instant,
    val lat: Double,
    val lon: Double,
    val especie: String,
    val kg: Double,
)

fun resumenMarea(lances: List<Lance>): Map<String, Double> =
    lances.groupBy { it.especie }
        .mapValues { (_, l) -> l.sumOf { it.kg } }
        .toList()
        .sortedByDescending { it.second }
        .toMap()`)}

Para la bitácora electrónica de la E/P. Necesito también las horas de arrastre por especie, ¿cómo lo agrego?`),

  rec('code_vba', f`Monthly KPI consolidation macro for the portfolio pack. It takes 10 minutes with 14 portcos — how to speed up?

${code(f`Sub ConsolidateKPIs()
    Dim wb As Workbook, ws As Worksheet, r As Long, f As String
    r = 2
    f = Dir("\\\\fs01\\portops\\kpi\\2024-11\\*.xlsx")
    Do While f <> ""
        Set wb = Workbooks.Open("\\\\fs01\\portops\\kpi\\2024-11\\" & f, ReadOnly:=True)
        Set ws = wb.Sheets("KPI")
        ThisWorkbook.Sheets("All").Cells(r, 1).Value = ws.Range("B2").Value
        ThisWorkbook.Sheets("All").Range("B" & r & ":M" & r).Value = ws.Range("C5:N5").Value
        wb.Close SaveChanges:=False
        r = r + 1
        f = Dir()
    Loop
End Sub`)}`),

  rec('code_python', f`${code(f`import numpy as np
from scipy.optimize import brentq

def irr(cashflows, dates):
    t = np.array([(d - dates[0]).days / 365.25 for d in dates])
    cf = np.array(cashflows, dtype=float)
    return brentq(lambda r: np.sum(cf / (1 + r) ** t), -0.99, 10)

def moic(cashflows):
    paid_in = -sum(c for c in cashflows if c < 0)
    distributed = sum(c for c in cashflows if c > 0)
    return distributed / paid_in`)}

For the exit memo: the IRR for the Harlow deal comes out 31% but the fund admin says 28.6%. Could it be day-count?`),

  rec('code_csharp', f`Pozdrav, ovo je provjera elektroničkog potpisa u našem sustavu za šaržne zapise (GMP, Annex 11). Auditor pita zadovoljava li to "two distinct identification components". Što misliš?

${code(f`public SignatureResult Sign(BatchRecordStep step, string userName, string password, string meaning)
{
    var user = _users.FindActive(userName);
    if (user == null || !_hasher.Verify(password, user.PasswordHash))
        return SignatureResult.Failed("Neispravni podaci za prijavu");

    if (step.RequiresSecondPerson && step.PerformedBy == user.Id)
        return SignatureResult.Failed("Verifikator ne može biti izvršitelj");

    var sig = new ElectronicSignature(user.Id, step.Id, meaning, _clock.UtcNow);
    _audit.Append(sig);
    return SignatureResult.Ok(sig);
}`)}`),

  rec('code_ts', f`Pozdravljeni, razčlenjevalnik GS1 DataMatrix za serializacijo škatlic ne prepozna serijske številke, če je na koncu. Kje je napaka?

${code(f`const FIXED: Record<string, number> = { '01': 14, '17': 6 };
const GS = '\\x1d';

export function parseGs1(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < raw.length) {
    const ai = raw.slice(i, i + 2);
    i += 2;
    const len = FIXED[ai];
    if (len) {
      out[ai] = raw.slice(i, i + len);
      i += len;
    } else {
      const end = raw.indexOf(GS, i);
      out[ai] = raw.slice(i, end);
      i = end + 1;
    }
  }
  return out;
}`)}`),

  rec('code_tsql', f`Stability study ke liye OOS results nikalne hain, par ye query duplicate rows de rahi hai. Kya galat hai?

${code(f`SELECT s.StudyCode, b.BatchNo, r.TimepointMonths, r.TestName, r.ResultValue, sp.LowerLimit, sp.UpperLimit
FROM lims.Results r
JOIN lims.Samples sm ON sm.SampleId = r.SampleId
JOIN lims.Batches b ON b.BatchId = sm.BatchId
JOIN lims.Studies s ON s.StudyId = sm.StudyId
JOIN lims.Specs sp ON sp.ProductId = b.ProductId AND sp.TestName = r.TestName
WHERE s.Condition = '30C/65RH'
  AND (r.ResultValue < sp.LowerLimit OR r.ResultValue > sp.UpperLimit)
ORDER BY b.BatchNo, r.TimepointMonths;`)}`),

  rec('code_swift', f`Nurses' check-in should only work within 150 m of the client's house. On some phones it always says "too far" even at the door:

${code(f`func canCheckIn(at visit: Visit, from location: CLLocation) -> Bool {
    let home = CLLocation(latitude: visit.lat, longitude: visit.lon)
    let distance = location.distance(from: home)
    guard location.horizontalAccuracy >= 0 else { return false }
    return distance - location.horizontalAccuracy <= 150
}

locationManager.desiredAccuracy = kCLLocationAccuracyReduced
locationManager.requestWhenInUseAuthorization()`)}`),

  rec('code_php', f`WordPress plugin for our care rota, the shortcode shows yesterday's shifts after midnight:

${code(f`add_shortcode('todays_shifts', function () {
    global $wpdb;
    $today = date('Y-m-d');
    $rows = $wpdb->get_results($wpdb->prepare(
        "SELECT carer_name, client_initials, start_time FROM {$wpdb->prefix}rota WHERE shift_date = %s ORDER BY start_time",
        $today
    ));
    $html = '<ul class="rota">';
    foreach ($rows as $r) {
        $html .= '<li>' . esc_html("$r->start_time $r->carer_name → $r->client_initials") . '</li>';
    }
    return $html . '</ul>';
});`)}

Server is in UTC, we're in Wales.`),

  rec('code_bash', f`Che, este script rota los CSV de la subasta pero borra también los del mes actual. ¿Qué le erré?

${code(f`#!/usr/bin/env bash
set -euo pipefail
DIR=/srv/subasta/export
ARCH=/srv/subasta/archivo/$(date +%Y-%m)
mkdir -p "$ARCH"
for f in "$DIR"/*.csv; do
  if [[ $(stat -c %Y "$f") -lt $(date -d '30 days ago' +%s) ]]; then
    gzip -c "$f" > "$ARCH/$(basename "$f").gz"
  fi
  rm -f "$f"
done`)}`),

  rec('code_python', f`សួស្តី! កូដនេះសម្រាប់ជ្រើសរើសឡូត៍ថ្នាំដែលផុតកំណត់មុនគេ (FEFO) នៅឃ្លាំង។ ហេតុអ្វីបានជាវាជ្រើសឡូត៍ដែលផុតកំណត់រួចហើយ?

${code(f`from datetime import date

def pick_lots(lots, qty_needed):
    picked = []
    for lot in sorted(lots, key=lambda l: l["expiry"]):
        if qty_needed <= 0:
            break
        take = min(lot["qty"], qty_needed)
        picked.append((lot["lot_no"], take))
        qty_needed -= take
    return picked`)}`),

  rec('code_js', f`ሰላም፣ ይህ Google Apps Script የነርሶቹን የሳምንት ፕሮግራም ከሉሁ ላይ ወስዶ ኢሜይል ይልካል፣ ግን ሁሉም ሰው የሌላውንም ፕሮግራም ይቀበላል። ችግሩ የት ነው?

${code(f`function sendRotas() {
  const rows = SpreadsheetApp.getActive().getSheetByName('Rota').getDataRange().getValues();
  let body = '';
  rows.slice(1).forEach(([nurse, email, day, client, time]) => {
    body += \`\${day} \${time} – \${client}\\n\`;
    MailApp.sendEmail(email, 'የዚህ ሳምንት ፕሮግራም', body);
  });
}`)}`),

  rec('diff', f`Review this patch to the outage notifier please — we were sending the same SMS 4 times when a feeder recloses:

${code(f`--- a/notifier/outage.py
+++ b/notifier/outage.py
@@ -41,9 +41,16 @@ class OutageNotifier:
     def on_feeder_open(self, feeder_id: str, ts: datetime) -> None:
-        customers = self.registry.customers_on(feeder_id)
-        for c in customers:
-            self.sms.send(c.phone, OUTAGE_TEMPLATE.format(feeder=feeder_id))
+        last = self._last_notice.get(feeder_id)
+        if last and ts - last < timedelta(minutes=10):
+            log.info("suppressing repeat notice for %s", feeder_id)
+            return
+        self._last_notice[feeder_id] = ts
+        for c in self.registry.customers_on(feeder_id):
+            self.sms.send(c.phone, OUTAGE_TEMPLATE.format(feeder=feeder_id))`)}`),
];
