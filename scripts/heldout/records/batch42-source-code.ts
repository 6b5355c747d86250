/**
 * Held-out batch 42: pasted source code from the six settings (booking, rosters, lab CAD, subtitles,
 * SCADA / PLC, loan-officer app, formula tools), fenced or not, with diffs. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH42_SOURCE_CODE: DraftRecord[] = [
  rec('code_sql', f`This query for the car-deck capacity report double-counts vehicles with trailers. Why?

\`\`\`sql
${code(f`SELECT s.sailing_id,
       s.departure_at,
       SUM(v.length_m) AS lane_metres_used,
       COUNT(v.vehicle_id) AS vehicles
FROM sailings s
JOIN bookings b ON b.sailing_id = s.sailing_id AND b.status = 'CONFIRMED'
JOIN booking_vehicles v ON v.booking_id = b.booking_id
LEFT JOIN vehicle_trailers t ON t.vehicle_id = v.vehicle_id
WHERE s.route_code = 'ST-AN'
  AND s.departure_at >= DATE '2024-12-01'
GROUP BY s.sailing_id, s.departure_at
ORDER BY s.departure_at;`)}
\`\`\``),

  rec('code_go', f`Port gate service: boarding scans sometimes get processed twice when the turnstile retries. How do I make this idempotent?

\`\`\`go
${code(f`func (h *GateHandler) Scan(w http.ResponseWriter, r *http.Request) {
	var req ScanRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	ticket, err := h.store.TicketByBarcode(r.Context(), req.Barcode)
	if err != nil {
		http.Error(w, "unknown ticket", http.StatusNotFound)
		return
	}
	if err := h.store.MarkBoarded(r.Context(), ticket.ID, req.GateID, time.Now().UTC()); err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}`)}
\`\`\``),

  rec('code_java_hr', f`Metoda za provjeru odmora posade (STCW) vraća krive rezultate kad smjena prelazi ponoć. Možeš li pogledati?

${code(f`public boolean hasMinimumRest(List<Shift> shifts, LocalDate day) {
    int restMinutes = 24 * 60;
    for (Shift s : shifts) {
        if (s.getStart().toLocalDate().equals(day)) {
            restMinutes -= Duration.between(s.getStart(), s.getEnd()).toMinutes();
        }
    }
    return restMinutes >= 10 * 60;
}`)}`),

  rec('code_php', f`Old booking page, the promo code check lets expired codes through:

<?php
${code(f`function applyPromo(PDO $db, string $code, float $total): float {
    $stmt = $db->prepare("SELECT discount_pct, valid_until FROM promo_codes WHERE code = ?");
    $stmt->execute([$code]);
    $row = $stmt->fetch(PDO::FETCH_ASSOC);
    if (!$row) {
        return $total;
    }
    if (strtotime($row['valid_until']) < time()) {
        $total = $total;
    }
    return round($total * (1 - $row['discount_pct'] / 100), 2);
}`)}`),

  rec('code_csharp_de', f`Plugin für unsere CAD-Software: Die Wandstärke wird bei Zirkon-Gerüsten falsch geprüft. Hier der relevante Teil:

\`\`\`csharp
${code(f`public ValidationResult CheckWallThickness(Restoration r)
{
    var minMm = r.Material switch
    {
        Material.Zirconia => r.IsAnterior ? 0.4 : 0.5,
        Material.LithiumDisilicate => 1.0,
        Material.Pmma => 1.5,
        _ => 0.8
    };
    var thinSpots = r.Mesh.Vertices.Where(v => v.Thickness < minMm).ToList();
    return thinSpots.Count == 0
        ? ValidationResult.Ok()
        : ValidationResult.Warn($"{thinSpots.Count} Stellen unter {minMm} mm");
}`)}
\`\`\`

Bei Seitenzahnkronen kommt nie eine Warnung, obwohl es dünne Stellen gibt.`),

  rec('code_python_nl', f`Dit script hernoemt de STL-bestanden van de intraorale scanner naar ons ordernummer, maar slaat soms bestanden over:

\`\`\`python
${code(f`import re
from pathlib import Path

PATTERN = re.compile(r"^(?P<order>LAB-\\d{6})_(?P<jaw>upper|lower)\\.stl$", re.I)

def rename_scans(folder: Path) -> int:
    done = 0
    for p in folder.iterdir():
        m = PATTERN.match(p.name)
        if not m:
            continue
        target = folder / f"{m['order'].upper()}-{m['jaw'][0].upper()}.stl"
        if not target.exists():
            p.rename(target)
            done += 1
    return done`)}
\`\`\``),

  rec('code_ts', f`SRT parser for the subtitle QC tool chokes on files from one vendor. They use a dot instead of a comma for milliseconds sometimes.

\`\`\`ts
${code(f`export interface Cue { index: number; start: number; end: number; text: string }

const TIME = /(\\d{2}):(\\d{2}):(\\d{2}),(\\d{3})/;

function toMs(t: string): number {
  const m = TIME.exec(t);
  if (!m) throw new Error(\`bad timecode: \${t}\`);
  return ((+m[1]! * 60 + +m[2]!) * 60 + +m[3]!) * 1000 + +m[4]!;
}

export function parseSrt(src: string): Cue[] {
  return src.trim().split(/\\r?\\n\\r?\\n/).map((block) => {
    const [idx, times, ...lines] = block.split(/\\r?\\n/);
    const [a, b] = times!.split(' --> ');
    return { index: Number(idx), start: toMs(a!), end: toMs(b!), text: lines.join('\\n') };
  });
}`)}
\`\`\``),

  rec('code_python_ja', f`字幕のCPS（1秒あたりの文字数）をチェックする関数です。日本語だと基準が違うので、全角文字を正しく数える方法を教えてください。

${code(f`def chars_per_second(cue):
    duration = (cue.end - cue.start).total_seconds()
    text = cue.content.replace("\\n", "")
    if duration <= 0:
        return float("inf")
    return len(text) / duration

def flag_fast(cues, limit=17):
    return [c.index for c in cues if chars_per_second(c) > limit]`)}`),

  rec('code_bash', f`Script that burns in subtitles for the festival screener. It works, but the Arabic subtitles come out left-to-right and with boxes.

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
in="$1"; subs="$2"; out="\${in%.*}_screener.mp4"
ffmpeg -hide_banner -i "$in" \\
  -vf "subtitles=\${subs}:force_style='FontName=Arial,FontSize=22,Outline=2'" \\
  -c:v libx264 -crf 20 -preset slow -c:a aac -b:a 192k "$out"
echo "done: $out"`)}
\`\`\``),

  rec('code_rust', f`Little tool that shifts all subtitle timecodes by an offset (for a re-edited episode). Negative offsets panic:

\`\`\`rust
${code(f`fn shift(ms: u64, offset: i64) -> u64 {
    (ms as i64 + offset) as u64
}

fn fmt(ms: u64) -> String {
    let (h, rem) = (ms / 3_600_000, ms % 3_600_000);
    let (m, rem) = (rem / 60_000, rem % 60_000);
    format!("{:02}:{:02}:{:02},{:03}", h, m, rem / 1000, rem % 1000)
}`)}
\`\`\``),

  rec('code_st', f`PLC logic for the intake gate (Structured Text). The gate hunts up and down around the setpoint. Any idea how to add a deadband properly?

${code(f`IF Auto_Mode THEN
    Level_Error := Forebay_Level_SP - Forebay_Level_PV;
    IF Level_Error > 2.0 THEN
        Gate_Open_Cmd := TRUE;
        Gate_Close_Cmd := FALSE;
    ELSIF Level_Error < -2.0 THEN
        Gate_Open_Cmd := FALSE;
        Gate_Close_Cmd := TRUE;
    ELSE
        Gate_Open_Cmd := FALSE;
        Gate_Close_Cmd := FALSE;
    END_IF;
END_IF;`)}`),

  rec('code_python', f`Polling the turbine governor over Modbus — values are sometimes nonsense like 65535. Scaling or word order?

\`\`\`python
${code(f`from pymodbus.client import ModbusTcpClient
import struct

def read_float(client, addr, unit=1):
    rr = client.read_holding_registers(addr, count=2, slave=unit)
    if rr.isError():
        return None
    raw = struct.pack(">HH", rr.registers[0], rr.registers[1])
    return struct.unpack(">f", raw)[0]

with ModbusTcpClient("${amb('pii.ip_address', '10.20.1.21')}", port=502) as c:
    print("active power MW", read_float(c, 30001))
    print("guide vane %", read_float(c, 30005))`)}
\`\`\``),

  rec('code_c', f`Firmware snippet from the data logger at the river gauge. Sometimes the flow value jumps after midnight, I suspect the averaging:

\`\`\`c
${code(f`#define N_SAMPLES 60

static uint16_t samples[N_SAMPLES];
static uint8_t idx = 0;

uint16_t add_sample(uint16_t mm) {
    uint32_t sum = 0;
    samples[idx++] = mm;
    if (idx == N_SAMPLES) idx = 0;
    for (uint8_t i = 0; i < N_SAMPLES; i++) sum += samples[i];
    return (uint16_t)(sum / N_SAMPLES);
}`)}
\`\`\``),

  rec('code_kotlin', f`Offline sync in the loan officer app: repayments collected without signal get uploaded twice when the connection flaps.

\`\`\`kotlin
${code(f`class RepaymentSyncWorker(ctx: Context, params: WorkerParameters) : CoroutineWorker(ctx, params) {
    override suspend fun doWork(): Result {
        val dao = AppDb.get(applicationContext).repaymentDao()
        val pending = dao.pending()
        for (r in pending) {
            val ok = Api.service.postRepayment(r.toDto()).isSuccessful
            if (ok) dao.markSynced(r.localId)
        }
        return if (dao.pending().isEmpty()) Result.success() else Result.retry()
    }
}`)}
\`\`\``),

  rec('code_sql_tl', f`Tama ba itong query para sa Portfolio at Risk (PAR30) per branch? Parang mataas masyado ang resulta sa Tarlac.

${code(f`SELECT b.branch_name,
       SUM(CASE WHEN l.days_overdue > 30 THEN l.outstanding_principal ELSE 0 END)
         / NULLIF(SUM(l.outstanding_principal), 0) AS par30
FROM loans l
JOIN branches b ON b.id = l.branch_id
WHERE l.status IN ('ACTIVE', 'RESTRUCTURED', 'WRITTEN_OFF')
GROUP BY b.branch_name;`)}`),

  rec('code_dart', f`Flutter form for new borrowers: the Malay translation of the validation messages doesn't show, always English.

\`\`\`dart
${code(f`TextFormField(
  decoration: InputDecoration(labelText: AppLocalizations.of(context)!.businessType),
  validator: (value) {
    if (value == null || value.trim().isEmpty) {
      return 'Required';
    }
    return null;
  },
),`)}
\`\`\``),

  rec('code_vba_fr', f`Macro Excel pour calculer le pourcentage de chaque matière dans la formule. Elle plante quand une ligne est vide :

${code(f`Sub CalculerPourcentages()
    Dim ws As Worksheet, i As Long, total As Double
    Set ws = ThisWorkbook.Sheets("Formule")
    total = Application.WorksheetFunction.Sum(ws.Range("C2:C200"))
    For i = 2 To 200
        ws.Cells(i, 4).Value = ws.Cells(i, 3).Value / total * 100
    Next i
End Sub`)}`),

  rec('code_python_fr', f`Petit outil qui vérifie une formule contre les limites IFRA (catégorie 4, parfum fin). Comment gérer les matières qui contiennent plusieurs substances restreintes ?

\`\`\`python
${code(f`IFRA_CAT4 = {"citral": 0.6, "eugenol": 0.5, "isoeugenol": 0.02, "oakmoss_extract": 0.1}

def check_formula(formula: dict[str, float], dosage_pct: float) -> list[str]:
    issues = []
    for material, pct_in_concentrate in formula.items():
        limit = IFRA_CAT4.get(material)
        if limit is None:
            continue
        in_product = pct_in_concentrate * dosage_pct / 100
        if in_product > limit:
            issues.append(f"{material}: {in_product:.3f}% > {limit}%")
    return issues`)}
\`\`\``),

  rec('diff', f`Review this change to the batch-label printer before we deploy it on the filling line:

\`\`\`diff
${code(f`--- a/labels/print_batch.rb
+++ b/labels/print_batch.rb
@@ -12,9 +12,12 @@ class BatchLabel
   def render
-    lot = "L#{@date.strftime('%y%j')}#{@line}"
+    lot = "L#{@date.strftime('%y%j')}#{@line.to_s.rjust(2, '0')}"
+    expiry = (@date >> 36).strftime('%m/%Y')
     zpl = +"^XA"
     zpl << "^FO40,30^A0N,32,32^FD#{@product_name}^FS"
     zpl << "^FO40,80^A0N,28,28^FDLOT #{lot}^FS"
+    zpl << "^FO40,120^A0N,24,24^FDEXP #{expiry}^FS"
     zpl << "^XZ"
   end`)}
\`\`\``),

  rec('code_swift', f`iOS app for the fragrance boutique: the sample-request button submits twice on fast taps.

${code(f`@MainActor
final class SampleRequestViewModel: ObservableObject {
    @Published var isSending = false

    func requestSample(for product: Product) async {
        isSending = true
        defer { isSending = false }
        do {
            try await api.requestSample(productId: product.id)
        } catch {
            print("sample request failed: \\(error)")
        }
    }
}`)}`),
];
