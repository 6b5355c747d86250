/**
 * Held-out batch 31: pasted source code from route planning, weighbridges, booking engines, POS
 * integrations, broadcast tooling and CAT-tool scripts, with requests in several languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH31_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Rutemodellen giver ruter der er længere end dagens, selvom vi har færre stop. Hvad er galt?

\`\`\`python
${code(f`from ortools.constraint_solver import pywrapcp, routing_enums_pb2

def solve(dist_matrix, demands, capacities, depot=0):
    manager = pywrapcp.RoutingIndexManager(len(dist_matrix), len(capacities), depot)
    routing = pywrapcp.RoutingModel(manager)

    def dist_cb(i, j):
        return dist_matrix[manager.IndexToNode(i)][manager.IndexToNode(j)]

    transit = routing.RegisterTransitCallback(dist_cb)
    routing.SetArcCostEvaluatorOfAllVehicles(transit)

    demand_cb = routing.RegisterUnaryTransitCallback(lambda i: demands[manager.IndexToNode(i)])
    routing.AddDimensionWithVehicleCapacity(demand_cb, 0, capacities, True, "Load")

    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    params.time_limit.seconds = 5
    return routing.SolveWithParameters(params)`)}
\`\`\``),

  rec('code_sql', f`Monthly tonnage per municipality and waste fraction from the weighbridge DB. It double-counts when a truck is weighed twice (tare re-weigh). How do I keep only the last weighing per ticket?

${code(f`SELECT  k.kommune_navn,
        f.fraktion,
        SUM(v.brutto_kg - v.tara_kg) / 1000.0 AS netto_ton
FROM    dbo.Vejninger v
JOIN    dbo.Fraktioner f ON f.fraktion_id = v.fraktion_id
JOIN    dbo.Kommuner   k ON k.kommune_id  = v.kommune_id
WHERE   v.vejet_tid >= '2024-11-01' AND v.vejet_tid < '2024-12-01'
GROUP BY k.kommune_navn, f.fraktion
ORDER BY k.kommune_navn, netto_ton DESC;`)}`),

  rec('code_ts', f`Price for a multi-day pass is wrong when the stay crosses from high to low season. Test case: 26 Dec – 2 Jan, 6 days.

${code(f`type Season = "alta" | "mitjana" | "baixa";

const DAY_PRICE: Record<Season, number> = { alta: 58, mitjana: 52, baixa: 45 };

export function seasonOf(d: Date): Season {
  const m = d.getMonth();
  if (m === 11 || m === 1) return "alta";
  if (m === 0 || m === 2) return "mitjana";
  return "baixa";
}

export function passPrice(start: Date, days: number): number {
  let total = 0;
  for (let i = 0; i < days; i++) {
    const d = new Date(start);
    d.setDate(start.getDate() + i);
    total += DAY_PRICE[seasonOf(start)];
  }
  return days >= 5 ? Math.round(total * 0.9) : total;
}`)}`),

  rec('code_kotlin', f`${code(f`class RefillReminderWorker(
    ctx: Context,
    params: WorkerParameters,
    private val repo: PrescriptionRepository,
) : CoroutineWorker(ctx, params) {

    override suspend fun doWork(): Result {
        val due = repo.dueWithin(days = 3)
        if (due.isEmpty()) return Result.success()
        due.groupBy { it.memberId }.forEach { (_, items) ->
            NotificationHelper.showRefill(applicationContext, items.map { it.drugName })
        }
        return Result.success()
    }
}`)}

Loyalty app: reminders show up twice on some Xiaomi phones. Is it WorkManager being enqueued twice?`),

  rec('code_csharp', f`POS → EDC terminal bridge. Sometimes the UI freezes for 60 s when the terminal is offline. Can you make it async with a shorter timeout?

\`\`\`csharp
${code(f`public PaymentResult Authorise(decimal amount, string billNo)
{
    using var client = new TcpClient();
    client.Connect(_terminalHost, 8088);
    using var stream = client.GetStream();
    var req = EdcMessage.Sale(amount, billNo).ToBytes();
    stream.Write(req, 0, req.Length);

    var buffer = new byte[2048];
    int read = stream.Read(buffer, 0, buffer.Length);
    return EdcMessage.Parse(buffer.AsSpan(0, read)).ToResult();
}`)}
\`\`\``),

  rec('code_go', f`${code(f`func parseLift(line string) (Lift, error) {
	// CSV from the on-board unit: vehicle;timestamp;lat;lon;rfid;weight_kg
	parts := strings.Split(strings.TrimSpace(line), ";")
	if len(parts) != 6 {
		return Lift{}, fmt.Errorf("bad field count %d", len(parts))
	}
	ts, err := time.Parse("2006-01-02T15:04:05", parts[1])
	if err != nil {
		return Lift{}, err
	}
	lat, _ := strconv.ParseFloat(parts[2], 64)
	lon, _ := strconv.ParseFloat(parts[3], 64)
	w, _ := strconv.Atoi(parts[5])
	return Lift{Vehicle: parts[0], At: ts, Lat: lat, Lon: lon, Tag: parts[4], WeightKg: w}, nil
}`)}

Timestamps from the Czech trucks are one hour off. The unit sends local time without offset. Where to fix it?`),

  rec('code_rust', f`Loudness check before a podcast goes live. Clippy complains and I don't get why:

${code(f`fn integrated_lufs(samples: &[f32], rate: u32) -> f64 {
    let block = (rate as f32 * 0.4) as usize;
    let hop = block / 4;
    let mut powers = Vec::new();
    let mut i = 0;
    while i + block <= samples.len() {
        let p: f64 = samples[i..i + block].iter().map(|s| (*s as f64).powi(2)).sum::<f64>() / block as f64;
        powers.push(p);
        i = i + hop;
    }
    let gated: Vec<f64> = powers.into_iter().filter(|p| -0.691 + 10.0 * p.log10() > -70.0).collect();
    -0.691 + 10.0 * (gated.iter().sum::<f64>() / gated.len() as f64).log10()
}`)}`),

  rec('code_php', f`WordPress plugin for the "On air now" box. It shows the wrong show after midnight.

${code(f`<?php
function nlbc_current_show() {
    $tz = new DateTimeZone('America/Edmonton');
    $now = new DateTime('now', $tz);
    $dow = strtolower($now->format('l'));
    $shows = get_option('nlbc_schedule')[$dow] ?? [];
    foreach ($shows as $s) {
        if ($now->format('H:i') >= $s['start'] && $now->format('H:i') < $s['end']) {
            return $s;
        }
    }
    return null;
}
add_shortcode('on_air_now', function () {
    $s = nlbc_current_show();
    return $s ? esc_html($s['title']) : 'NLBC Radio';
});`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
set -euo pipefail
# nightly: copy yesterday's playout logs to the archive share and compress
SRC=/var/playout/logs
DST=/mnt/archive/playout
DAY=$(date -d yesterday +%F)

mkdir -p "$DST/$DAY"
find "$SRC" -name "*\${DAY}*.log" -exec cp {} "$DST/$DAY/" \\;
tar -czf "$DST/$DAY.tar.gz" -C "$DST" "$DAY" && rm -rf "\${DST:?}/$DAY"`)}

it works but when there are no logs for a day (holidays) it fails. why?`),

  rec('code_r', f`Passenger numbers per month, I want the same chart but with last year as a dashed line:

${code(f`library(tidyverse)

pax <- read_csv("kga_pax_2023_2024.csv") |>
  mutate(month = floor_date(date, "month")) |>
  group_by(month, direction) |>
  summarise(pax = sum(passengers), .groups = "drop")

ggplot(pax, aes(month, pax, colour = direction)) +
  geom_line(linewidth = 1) +
  scale_y_continuous(labels = scales::label_comma()) +
  labs(title = "KGA monthly passengers", x = NULL, y = NULL)`)}`),

  rec('code_vba', f`Makro, joka laskee käännöstarjouksen sanamäärästä. Toistot pitäisi laskea 30 %:n hinnalla mutta se laskee täyden hinnan. Mikä vikana?

${code(f`Function TarjousHinta(uudet As Long, fuzzy As Long, toistot As Long, sanahinta As Double) As Double
    Dim summa As Double
    summa = uudet * sanahinta
    summa = summa + fuzzy * sanahinta * 0.6
    summa = summa + toistot * sanahinta * 0.3
    If summa < 45 Then summa = 45
    TarjousHinta = Round(summa, 2)
End Function

Sub LaskeKaikki()
    Dim r As Long
    For r = 2 To Cells(Rows.Count, 1).End(xlUp).Row
        Cells(r, 6).Value = TarjousHinta(Cells(r, 2), Cells(r, 3), Cells(r, 3), Cells(r, 5))
    Next r
End Sub`)}`),

  rec('code_swift', f`${code(f`struct LiftStatusView: View {
    @StateObject private var vm = LiftStatusViewModel()

    var body: some View {
        List(vm.lifts) { lift in
            HStack {
                Text(lift.name)
                Spacer()
                Image(systemName: lift.isOpen ? "checkmark.circle.fill" : "xmark.circle")
                    .foregroundStyle(lift.isOpen ? .green : .red)
            }
        }
        .refreshable { await vm.load() }
        .task { await vm.load() }
    }
}`)}

El pull-to-refresh de l'app de pistes no s'atura mai si no hi ha connexió. Com ho arreglo?`),

  rec('code_java', f`Parsing the IATA-style MVT messages from the AODB. The delay code is sometimes empty and we crash:

${code(f`public Movement parse(String msg) {
    String[] lines = msg.split("\\\\r?\\\\n");
    Movement m = new Movement();
    m.setFlight(lines[1].split("/")[0]);
    for (String l : lines) {
        if (l.startsWith("AD")) {
            m.setOffBlock(l.substring(2, 6));
            m.setAirborne(l.substring(7, 11));
        } else if (l.startsWith("DL")) {
            String[] dl = l.substring(2).split("/");
            m.setDelayCode(dl[0]);
            m.setDelayMinutes(Integer.parseInt(dl[1]));
        }
    }
    return m;
}`)}`),

  rec('code_python', f`Tôi viết script đếm từ cho file Word khách gửi để báo giá, nhưng số từ khác với Trados khoảng 8%. Có phải do cách tách từ không?

${code(f`import re
from docx import Document

def count_words(path: str) -> int:
    doc = Document(path)
    text = "\\n".join(p.text for p in doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            text += "\\n" + " ".join(c.text for c in row.cells)
    return len(re.findall(r"\\w+", text))

print(count_words("hop_dong_thue_nha.docx"))`)}`),

  rec('code_js', f`${code(f`const video = document.getElementById("live");
if (Hls.isSupported()) {
  const hls = new Hls({ lowLatencyMode: true, backBufferLength: 30 });
  hls.loadSource("https://live.nlbc.ca/radio1/master.m3u8");
  hls.attachMedia(video);
  hls.on(Hls.Events.ERROR, (_, data) => {
    if (data.fatal && data.type === Hls.ErrorTypes.NETWORK_ERROR) hls.startLoad();
  });
} else if (video.canPlayType("application/vnd.apple.mpegurl")) {
  video.src = "https://live.nlbc.ca/radio1/master.m3u8";
}`)}

After ~2h of listening the stream silently stops on Android Chrome. Any idea?`),

  rec('code_c', f`Čtení váhy z terminálu přes sériovou linku. Občas dostanu nesmyslnou hodnotu (např. 8 kg místo 8 400 kg). Je chyba v parsování?

${code(f`int read_weight(int fd, long *kg) {
    char buf[32];
    int n = read(fd, buf, sizeof(buf) - 1);
    if (n <= 0) return -1;
    buf[n] = '\\0';
    /* format: STX "ST,GS,+0008400kg" CR LF */
    char *p = strchr(buf, '+');
    if (!p) return -2;
    *kg = strtol(p + 1, NULL, 10);
    return 0;
}`)}`),

  rec('code_powershell', f`${code(f`$limit = (Get-Date).AddDays(-30)
Get-ChildItem -Path "D:\\CAT\\Projects" -Directory |
    Where-Object { $_.LastWriteTime -lt $limit -and (Test-Path "$($_.FullName)\\DELIVERED.flag") } |
    ForEach-Object {
        Compress-Archive -Path $_.FullName -DestinationPath "E:\\Archive\\$($_.Name).zip" -Force
        Remove-Item $_.FullName -Recurse -Force
    }`)}

Tää arkistoi käännösprojektit, mutta jos zip epäonnistuu (levy täynnä) se poistaa silti kansion. Miten estän sen?`),

  rec('code_dart', f`${code(f`Future<List<Apotek>> cariApotekTerdekat(Position pos) async {
  final res = await http.get(Uri.parse('$baseUrl/apotek?lat=\${pos.latitude}&lng=\${pos.longitude}&radius=5'));
  if (res.statusCode != 200) {
    throw Exception('Gagal memuat apotek: \${res.statusCode}');
  }
  final List data = jsonDecode(res.body);
  return data.map((e) => Apotek.fromJson(e)).toList()
    ..sort((a, b) => a.jarakKm.compareTo(b.jarakKm));
}`)}

Kenapa kalau GPS mati aplikasinya force close? Saya mau tampilkan pesan saja.`),

  rec('code_sql', f`Oracle, airline billing. I need pax service charge per airline per month but infants (age < 2) are exempt:

${code(f`SELECT a.iata_code,
       TO_CHAR(f.sched_date, 'YYYY-MM') AS mth,
       COUNT(*) AS pax,
       COUNT(*) * :psc_rate AS psc_zar
FROM   flight_pax p
JOIN   flights f ON f.flight_id = p.flight_id
JOIN   airlines a ON a.airline_id = f.airline_id
WHERE  f.direction = 'D'
GROUP  BY a.iata_code, TO_CHAR(f.sched_date, 'YYYY-MM')
ORDER  BY 1, 2`)}`),

  rec('diff', f`Review this change to the kiosk receipt printer please:

${code(f`--- a/kiosk/receipt.py
+++ b/kiosk/receipt.py
@@ -41,9 +41,12 @@ def print_receipt(printer, ticket):
     printer.set(align="center", bold=True)
     printer.text("KGA PARKING\\n")
     printer.set(align="left", bold=False)
-    printer.text(f"Entry: {ticket.entry:%d/%m %H:%M}\\n")
-    printer.text(f"Exit:  {ticket.exit:%d/%m %H:%M}\\n")
+    printer.text(f"Entry: {ticket.entry:%d/%m/%Y %H:%M}\\n")
+    printer.text(f"Exit:  {ticket.exit:%d/%m/%Y %H:%M}\\n")
+    if ticket.discount_code:
+        printer.text(f"Discount: {ticket.discount_code}\\n")
     printer.text(f"Amount: R {ticket.amount:,.2f}\\n".replace(",", " "))
     printer.cut()`)}`),

  rec('snippet_inline', f`quick one — in pandas, why does ${amb('source_code.snippet', `df.groupby("language_pair")["words"].sum().sort_values()`)} return ascending when I want the biggest pairs first?`, 'an inline one-liner in a question: code to some readers, prose to others'),
];
