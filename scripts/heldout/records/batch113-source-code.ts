/**
 * Held-out batch 113: pasted source code — ferry lane allocation, dialysis telemetry, USSD insurance
 * menus, orchestra scheduling, turnstile controllers and complaint analytics. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH113_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Our lane-metre allocation puts long vehicles on the upper deck sometimes, which the loading crew hates. Where's the bug?

\`\`\`python
${code(f`from dataclasses import dataclass

@dataclass
class Vehicle:
    ref: str
    length_m: float
    height_m: float
    hazardous: bool = False

DECKS = {"main": {"lanes": 6, "lane_len": 120.0, "max_h": 4.6}, "upper": {"lanes": 4, "lane_len": 90.0, "max_h": 2.1}}

def allocate(vehicles: list[Vehicle]) -> dict[str, list[str]]:
    plan = {d: [] for d in DECKS}
    free = {d: cfg["lanes"] * cfg["lane_len"] for d, cfg in DECKS.items()}
    for v in sorted(vehicles, key=lambda v: v.length_m):
        for deck, cfg in DECKS.items():
            if v.height_m <= cfg["max_h"] and free[deck] >= v.length_m:
                plan[deck].append(v.ref)
                free[deck] -= v.length_m
                break
    return plan`)}
\`\`\``),

  rec('code_sql_de', f`Die Abfrage für die Fahrzeugauslastung pro Abfahrt ist sehr langsam (Postgres 15). Index-Vorschläge?

${code(f`SELECT s.sailing_id,
       s.departs_at,
       SUM(b.vehicle_length_cm) / 100.0 AS booked_lane_m,
       s.capacity_lane_m,
       ROUND(100.0 * SUM(b.vehicle_length_cm) / 100.0 / s.capacity_lane_m, 1) AS pct
FROM sailings s
LEFT JOIN bookings b ON b.sailing_id = s.sailing_id AND b.status IN ('CONFIRMED', 'CHECKED_IN')
WHERE s.route_code = 'KIE-GOT'
  AND s.departs_at BETWEEN now() AND now() + interval '14 days'
GROUP BY s.sailing_id, s.departs_at, s.capacity_lane_m
ORDER BY s.departs_at;`)}`),

  rec('code_ts_en_au', f`This zod schema lets through caravans without a tow vehicle, reckon you can spot why?

${code(f`import { z } from 'zod';

export const VehicleBooking = z.object({
  type: z.enum(['car', 'van', 'motorhome', 'caravan', 'motorbike']),
  lengthCm: z.number().int().min(150).max(1850),
  heightCm: z.number().int().min(80).max(420),
  towing: z.object({ lengthCm: z.number().int() }).optional(),
}).refine((b) => b.type !== 'caravan' || b.towing === undefined, {
  message: 'A caravan needs a tow vehicle',
  path: ['towing'],
});`)}`),

  rec('code_java_sv', f`Parsern för telemetri från dialysmaskinerna kraschar på vissa rader. Vad är fel?

\`\`\`java
${code(f`public final class TelemetryParser {
    private static final Pattern LINE = Pattern.compile("^(\\\\d{8})\\\\|(COND|TEMP|TMP|ART|VEN)\\\\|(-?\\\\d+(?:\\\\.\\\\d+)?)$");

    public Optional<Reading> parse(String raw) {
        Matcher m = LINE.matcher(raw.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        long serial = Long.parseLong(m.group(1));
        Channel ch = Channel.valueOf(m.group(2));
        double value = Double.parseDouble(m.group(3));
        if (ch == Channel.COND && (value < 12.0 || value > 16.0)) {
            alarms.raise(serial, "conductivity out of range: " + value);
        }
        return Optional.of(new Reading(serial, ch, value, Instant.now()));
    }
}`)}
\`\`\``),

  rec('code_c_ja', f`導電率センサーのファームウェアで、温度補正後の値がときどき負になります。原因を教えてください。

${code(f`#define K_TEMP 0.0191f

static float compensate(uint16_t raw_adc, float temp_c)
{
    float cond = (float)raw_adc * CELL_CONST / 4095.0f;
    float denom = 1.0f + K_TEMP * (temp_c - 25.0f);
    return cond / denom;
}

void sensor_task(void)
{
    uint16_t adc = adc_read(ADC_CH_COND);
    float t = ntc_to_celsius(adc_read(ADC_CH_NTC));
    g_state.cond_ms_cm = compensate(adc, t);
    if (g_state.cond_ms_cm < COND_LOW_LIMIT) {
        alarm_set(ALARM_COND_LOW);
    }
}`)}`),

  rec('code_kotlin_pl', f`Aplikacja serwisowa na Androida gubi zdjęcia filtrów, gdy technik jest bez zasięgu. Jak to poprawić?

${code(f`class PhotoUploadWorker(ctx: Context, params: WorkerParameters) : CoroutineWorker(ctx, params) {
    override suspend fun doWork(): Result {
        val path = inputData.getString("path") ?: return Result.failure()
        val file = File(path)
        return try {
            api.uploadFilterPhoto(file.asRequestBody("image/jpeg".toMediaType()))
            file.delete()
            Result.success()
        } catch (e: IOException) {
            file.delete()
            Result.failure()
        }
    }
}`)}`),

  rec('code_go_sw', f`Hii ni handler ya USSD ya bima ya afya. Mtumiaji akibonyeza 2 mara mbili, kikao kinaanza upya. Kwa nini?

${code(f`func ussdHandler(w http.ResponseWriter, r *http.Request) {
	sessionID := r.FormValue("sessionId")
	text := r.FormValue("text")
	steps := strings.Split(text, "*")

	switch {
	case text == "":
		fmt.Fprint(w, "CON Karibu ShambaCover\\n1. Bima ya mazao\\n2. Bima ya afya")
	case steps[0] == "2" && len(steps) == 1:
		fmt.Fprint(w, "CON Chagua kifurushi\\n1. Msingi KSh 150/mwezi\\n2. Familia KSh 400/mwezi")
	case steps[0] == "2" && len(steps) == 2:
		sessions.Delete(sessionID)
		fmt.Fprintf(w, "END Asante! Utapokea SMS ya uthibitisho.")
	default:
		fmt.Fprint(w, "END Chaguo si sahihi")
	}
}`)}`),

  rec('code_php_id', f`Tolong cek fungsi premi ini, hasilnya beda dengan tabel aktuaria untuk umur di atas 55:

${code(f`<?php
function hitungPremi(int $umur, string $paket, int $jumlahTanggungan): int
{
    $dasar = ['dasar' => 15000, 'keluarga' => 42000][$paket] ?? 0;
    $faktorUmur = match (true) {
        $umur < 30 => 1.0,
        $umur < 45 => 1.25,
        $umur < 55 => 1.6,
        default => 1.6,
    };
    return (int) round($dasar * $faktorUmur + 8000 * max(0, $jumlahTanggungan - 1));
}`)}`),

  rec('code_r_hi', f`बारिश सूचकांक (rainfall index) से फसल बीमा भुगतान निकालने का यह R कोड है। क्या trigger और exit सही लगाए हैं?

${code(f`payout <- function(rain_mm, trigger = 250, exit = 100, sum_insured = 20000) {
  ifelse(rain_mm >= trigger, 0,
    ifelse(rain_mm <= exit, sum_insured,
      sum_insured * (trigger - rain_mm) / (trigger - exit)))
}

stations <- read.csv("kharif_2024_rain.csv")
stations$payout <- payout(stations$cum_rain_mm)
aggregate(payout ~ district, data = stations, FUN = mean)`)}`),

  rec('code_js_fr', f`Le plan de placement de l'orchestre ne se met pas à jour quand on déplace un pupitre. Une idée ?

\`\`\`js
${code(f`const seats = new Map();

function moveDesk(section, fromRow, toRow) {
  const row = seats.get(section) ?? [];
  const desk = row.splice(fromRow, 1)[0];
  row.splice(toRow, 0, desk);
  render();
}

function render() {
  const svg = document.querySelector('#stage');
  for (const [section, row] of seats) {
    row.forEach((desk, i) => {
      const el = svg.querySelector(\`[data-desk="\${desk.id}"]\`);
      el.setAttribute('transform', \`translate(\${layout[section].x + i * 42}, \${layout[section].y})\`);
    });
  }
}`)}
\`\`\``),

  rec('code_csharp_nl', f`Repetitieplanning: dit geeft dubbele boekingen van de grote zaal als twee producties tegelijk plannen. Hoe maak ik dit veilig?

${code(f`public async Task<bool> BookHallAsync(int productionId, DateTime start, DateTime end)
{
    var overlap = await _db.HallBookings
        .AnyAsync(b => b.Hall == Hall.Grote && b.Start < end && start < b.End);
    if (overlap)
        return false;

    _db.HallBookings.Add(new HallBooking { ProductionId = productionId, Hall = Hall.Grote, Start = start, End = end });
    await _db.SaveChangesAsync();
    return true;
}`)}`),

  rec('code_swift_ko', f`투어 일정 앱에서 시간대가 바뀌면 리허설 시간이 한 시간씩 밀려요. 어디가 문제일까요?

${code(f`struct Rehearsal: Codable {
    let venue: String
    let start: Date
    let timeZoneID: String
}

func formatted(_ r: Rehearsal) -> String {
    let df = DateFormatter()
    df.dateFormat = "yyyy-MM-dd HH:mm"
    df.timeZone = TimeZone.current
    return "\\(r.venue) – \\(df.string(from: r.start))"
}`)}`),

  rec('code_rust_de', f`Der Drehkreuz-Controller auf der Baustelle lässt manchmal zwei Personen mit einem Ausweis durch. Siehst du die Race Condition?

\`\`\`rust
${code(f`pub async fn on_badge(state: Arc<Mutex<GateState>>, badge: BadgeId) -> Result<(), GateError> {
    let allowed = {
        let s = state.lock().await;
        s.inducted.contains(&badge) && !s.inside.contains(&badge)
    };
    if !allowed {
        return Err(GateError::Denied(badge));
    }
    relay::pulse(RELAY_TURNSTILE, Duration::from_millis(800)).await?;
    state.lock().await.inside.insert(badge);
    Ok(())
}`)}
\`\`\``),

  rec('code_bash_tr', f`Geçiş kontrol veritabanının yedekleme betiği, cron'da çalışmıyor ama elle çalışıyor. Neden?

${code(f`#!/bin/bash
set -euo pipefail

BACKUP_DIR=/srv/backup/access
STAMP=$(date +%Y%m%d_%H%M)
mkdir -p "$BACKUP_DIR"

pg_dump -Fc -h localhost -U access_ro accessdb > "$BACKUP_DIR/accessdb_$STAMP.dump"
find "$BACKUP_DIR" -name '*.dump' -mtime +14 -delete
rclone copy "$BACKUP_DIR" site-nas:access-backups --max-age 24h`)}`),

  rec('code_python_es_ar', f`Estoy clasificando las denuncias por rubro con pandas y me da cualquier cosa en "telefonía". ¿Qué estoy haciendo mal?

${code(f`import pandas as pd

RUBROS = {
    "telefonía": ["celular", "línea", "portabilidad", "plan"],
    "seguros": ["póliza", "siniestro", "aseguradora"],
    "bancos": ["tarjeta", "débito", "préstamo"],
}

def rubro(texto: str) -> str:
    t = texto.lower()
    for nombre, claves in RUBROS.items():
        if any(c in t for c in claves):
            return nombre
    return "otros"

df = pd.read_csv("denuncias_2024.csv")
df["rubro"] = df["descripcion"].apply(rubro)
print(df["rubro"].value_counts())`)}`),

  rec('code_vba_pt_br', f`Macro do Excel para contar reclamações por fornecedor, dá erro 1004 na linha do AutoFilter:

${code(f`Sub ContarPorFornecedor()
    Dim ws As Worksheet, ult As Long
    Set ws = ThisWorkbook.Sheets("Reclamacoes")
    ult = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    ws.Range("A1:H" & ult).AutoFilter Field:=5, Criteria1:="Seguro*"
    MsgBox "Total de seguros: " & ws.Range("A2:A" & ult).SpecialCells(xlCellTypeVisible).Count
    ws.AutoFilterMode = False
End Sub`)}`),

  rec('diff_en_us', f`Review this patch to the dynamic pricing for vehicle fares before I merge:

\`\`\`diff
${code(f`--- a/pricing/vehicle.py
+++ b/pricing/vehicle.py
@@ -41,9 +41,12 @@ def vehicle_fare(route, length_cm, height_cm, load_factor):
     base = route.base_vehicle_fare
-    if length_cm > 500:
-        base *= 1.5
+    if length_cm > 700:
+        base *= 2.1
+    elif length_cm > 500:
+        base *= 1.5
     if height_cm > 200:
         base += route.high_vehicle_supplement
-    return round(base * (1 + 0.4 * load_factor), 2)
+    surge = min(0.6, 0.4 * load_factor ** 2)
+    return round(base * (1 + surge), 2)`)}
\`\`\``),

  rec('code_ruby_uk', f`Генератор листів-відповідей на скарги падає, коли в імені є апостроф. Допоможіть:

${code(f`require 'erb'

TEMPLATE = ERB.new(File.read('templates/vidpovid.erb'))

def letter_for(complaint)
  name = complaint.fetch(:name)
  subject = "Ваша скарга № #{complaint[:id]}"
  body = TEMPLATE.result_with_hash(name: name, decision: complaint[:decision])
  system("pandoc -o out/#{name}.pdf --metadata title='#{subject}' <<< '#{body}'")
end`)}`),

  rec('code_sql_zh_cn', f`按投诉类别和月份统计，但是 12 月的数据总是少一天，帮我看看：

${code(f`SELECT category,
       DATE_FORMAT(created_at, '%Y-%m') AS ym,
       COUNT(*) AS n
FROM complaints
WHERE created_at BETWEEN '2024-01-01' AND '2024-12-31'
GROUP BY category, ym
ORDER BY ym, n DESC;`)}`),

  rec('code_st_fi', f`Nosturin tuulianturin lukitus PLC:ssä (IEC 61131-3 ST). Lukitus ei vapaudu, vaikka tuuli laantuu. Mikä on vialla?

${code(f`IF rWindSpeed > 15.0 THEN
    tonWindHigh(IN := TRUE, PT := T#10S);
ELSE
    tonWindHigh(IN := FALSE);
END_IF;

IF tonWindHigh.Q THEN
    bCraneLockout := TRUE;
END_IF;

IF rWindSpeed < 11.0 AND bResetPressed THEN
    bCraneLockout := FALSE;
END_IF;`)}`),

  rec('code_python_en_ng', f`The claims SMS sender keeps sending the same message twice to some farmers. See:

${code(f`def notify(claims, sms):
    sent = set()
    for c in claims:
        key = (c.policy_no, c.status)
        if key in sent:
            continue
        sms.send(to=c.msisdn, text=f"Policy {c.policy_no}: claim {c.status.lower()}")
        sent.add(c.policy_no)`)}`),
];
