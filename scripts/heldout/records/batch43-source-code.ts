/**
 * Held-out batch 43: pasted source code — climate-computer polling, PLC structured text, dispatch
 * services, paywall plugins, meter-reading apps, billing SQL and parts-catalogue scripts. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH43_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Deze poller leest de kasklimaatwaarden uit, maar na een paar uur loopt hij vast zonder foutmelding:

\`\`\`python
${code(f`from pymodbus.client import ModbusTcpClient
import time, struct

REGS = {"temp_kas": 100, "rv": 102, "co2": 104, "raam_lij": 110, "raam_wind": 112}

def read_float(client, addr, unit=3):
    rr = client.read_holding_registers(addr, count=2, slave=unit)
    if rr.isError():
        raise IOError(f"modbus error at {addr}: {rr}")
    return struct.unpack(">f", struct.pack(">HH", *rr.registers))[0]

def main():
    client = ModbusTcpClient("${amb('pii.ip_address', '192.168.40.21')}", port=502, timeout=3)
    while True:
        client.connect()
        values = {k: round(read_float(client, a), 2) for k, a in REGS.items()}
        publish(values)
        time.sleep(5)

if __name__ == "__main__":
    main()`)}
\`\`\``),

  rec('code_st', f`PLC-Programm für die Pumpenstation, Structured Text (TIA Portal). Die Pumpe 2 schaltet manchmal gleichzeitig mit Pumpe 1 ein. Siehst du den Fehler?

${code(f`FUNCTION_BLOCK FB_PumpAlternation
VAR_INPUT
    bLevelHigh   : BOOL;
    bLevelLow    : BOOL;
    bP1Fault     : BOOL;
    bP2Fault     : BOOL;
END_VAR
VAR_OUTPUT
    bP1Run       : BOOL;
    bP2Run       : BOOL;
END_VAR
VAR
    bLeadIsP1    : BOOL := TRUE;
    rTrigHigh    : R_TRIG;
END_VAR

rTrigHigh(CLK := bLevelHigh);
IF rTrigHigh.Q THEN
    bLeadIsP1 := NOT bLeadIsP1;
END_IF;

IF bLevelHigh THEN
    bP1Run := (bLeadIsP1 AND NOT bP1Fault) OR (bP2Fault AND NOT bP1Fault);
    bP2Run := (NOT bLeadIsP1 AND NOT bP2Fault) OR (bP1Fault AND NOT bP2Fault);
ELSIF bLevelLow THEN
    bP1Run := FALSE;
    bP2Run := FALSE;
END_IF;
END_FUNCTION_BLOCK`)}`),

  rec('code_sql', f`Vyúčtování vodného a stočného — dotaz vrací u některých odběratelů dvojnásobnou částku:

\`\`\`sql
${code(f`SELECT om.cislo_om,
       o.jmeno,
       SUM(od.spotreba_m3) AS spotreba,
       SUM(od.spotreba_m3) * (c.vodne + c.stocne) AS castka
FROM odberna_mista om
JOIN odberatele o ON o.id = om.odberatel_id
JOIN odecty od ON od.om_id = om.id
JOIN ceniky c ON c.platnost_od <= od.datum_odectu
WHERE od.datum_odectu BETWEEN '2024-10-01' AND '2024-12-31'
GROUP BY om.cislo_om, o.jmeno, c.vodne, c.stocne
ORDER BY castka DESC;`)}
\`\`\``),

  rec('code_csharp', f`Dispatch service: the ETA calculation sometimes returns negative minutes after midnight. C#:

${code(f`public sealed class EtaCalculator
{
    private readonly IRoutingClient _routing;
    private readonly TimeProvider _clock;

    public EtaCalculator(IRoutingClient routing, TimeProvider clock)
    {
        _routing = routing;
        _clock = clock;
    }

    public async Task<int> MinutesToSceneAsync(Unit unit, Incident incident, CancellationToken ct)
    {
        var route = await _routing.RouteAsync(unit.Position, incident.Location, ct);
        var arrival = _clock.GetLocalNow().TimeOfDay + route.Duration;
        var now = DateTime.Now.TimeOfDay;
        return (int)Math.Round((arrival - now).TotalMinutes);
    }
}`)}`),

  rec('code_php', f`Unser Paywall-Plugin für WordPress blendet den Artikel auch für Abonnenten aus, wenn der Cache aktiv ist:

\`\`\`php
${code(f`<?php
add_filter('the_content', function (string $content): string {
    if (!is_singular('post') || !has_term('plus', 'category')) {
        return $content;
    }
    $user = wp_get_current_user();
    $hasAbo = $user->exists() && ek_abo_is_active((int) $user->ID);
    if ($hasAbo) {
        return $content;
    }
    $teaser = wp_trim_words(wp_strip_all_tags($content), 60);
    return '<p>' . esc_html($teaser) . '</p>' . ek_render_paywall_box();
}, 20);`)}
\`\`\``),

  rec('code_kotlin', f`Odečtová aplikace (Android) — po naskenování QR kódu vodoměru se občas uloží stav k jinému odběrnému místu:

${code(f`class ReadingViewModel(private val repo: ReadingRepository) : ViewModel() {
    private var currentMeter: Meter? = null

    fun onQrScanned(payload: String) {
        viewModelScope.launch {
            currentMeter = repo.findMeterBySerial(payload.trim())
        }
    }

    fun saveReading(value: Double, photo: Uri?) {
        val meter = currentMeter ?: return
        viewModelScope.launch {
            repo.save(Reading(meterId = meter.id, value = value, photo = photo, takenAt = Instant.now()))
        }
    }
}`)}`),

  rec('code_go', f`Go service that aggregates meter telemetry per DMA (district metered area). Memory keeps growing:

\`\`\`go
${code(f`type Aggregator struct {
	mu    sync.Mutex
	byDMA map[string][]Reading
}

func (a *Aggregator) Add(r Reading) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.byDMA[r.DMA] = append(a.byDMA[r.DMA], r)
}

func (a *Aggregator) NightFlow(dma string, from, to time.Time) float64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	var sum float64
	var n int
	for _, r := range a.byDMA[dma] {
		if r.At.Hour() >= 2 && r.At.Hour() < 4 && r.At.After(from) && r.At.Before(to) {
			sum += r.FlowLps
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}`)}
\`\`\``),

  rec('code_rust', f`${code(f`use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Part { pn: String, qty: u32, bin: String }

fn merge_stock(kr: &[Part], vn: &[Part]) -> HashMap<String, u32> {
    let mut total: HashMap<String, u32> = HashMap::new();
    for p in kr.iter().chain(vn.iter()) {
        *total.entry(p.pn.clone()).or_insert(0) += p.qty;
    }
    total
}

fn main() {
    let kr = load_csv("stock_hwaseong.csv");
    let vn = load_csv("stock_hcmc.csv");
    for (pn, q) in merge_stock(&kr, &vn) {
        if q < 2 { println!("reorder {pn}: {q}"); }
    }
}`)}

Can I avoid cloning the part number for every entry?`),

  rec('code_vba', f`Excel-Makro für die Preisliste an Kunden in Korea, es hängt bei 5000 Zeilen:

${code(f`Sub UpdateKrwPrices()
    Dim ws As Worksheet, i As Long, lastRow As Long
    Dim rate As Double
    Set ws = ThisWorkbook.Sheets("Pricelist")
    rate = ThisWorkbook.Sheets("FX").Range("B2").Value
    lastRow = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For i = 2 To lastRow
        ws.Cells(i, 6).Value = Round(ws.Cells(i, 5).Value * rate, -2)
        ws.Cells(i, 6).NumberFormat = "#,##0"
        ws.Cells(i, 7).Value = Now
    Next i
End Sub`)}`),

  rec('code_ts', f`React hook for the subscriber self-service page, the cancellation flow renders twice and sends two requests:

\`\`\`tsx
${code(f`export function useCancelSubscription(aboId: string) {
  const [state, setState] = useState<'idle' | 'sending' | 'done' | 'error'>('idle');

  useEffect(() => {
    if (state !== 'sending') return;
    fetch(\`/api/abo/\${aboId}/cancel\`, { method: 'POST' })
      .then((r) => setState(r.ok ? 'done' : 'error'))
      .catch(() => setState('error'));
  }, [state, aboId]);

  return { state, cancel: () => setState('sending') };
}`)}
\`\`\``),

  rec('code_dart', f`App da escola (Flutter): a lista de aulas não atualiza depois de marcar presença.

${code(f`class AttendanceList extends StatefulWidget {
  const AttendanceList({super.key, required this.lessonId});
  final String lessonId;

  @override
  State<AttendanceList> createState() => _AttendanceListState();
}

class _AttendanceListState extends State<AttendanceList> {
  late Future<List<Student>> _students;

  @override
  void initState() {
    super.initState();
    _students = api.studentsFor(widget.lessonId);
  }

  Future<void> _mark(Student s) async {
    await api.markPresent(widget.lessonId, s.id);
  }

  @override
  Widget build(BuildContext context) => FutureBuilder<List<Student>>(
        future: _students,
        builder: (context, snap) => ListView(
          children: [for (final s in snap.data ?? []) CheckboxListTile(value: s.present, onChanged: (_) => _mark(s), title: Text(s.name))],
        ),
      );
}`)}`),

  rec('code_bash', f`Backup-Skript für das Redaktionssystem, läuft per Cron, aber löscht manchmal die aktuelle Sicherung:

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
DEST=/mnt/nas/backup/cms
STAMP=$(date +%F)
mkdir -p "$DEST/$STAMP"
mysqldump --defaults-extra-file=/etc/cms-backup.cnf --single-transaction ekurier_wp | gzip > "$DEST/$STAMP/db.sql.gz"
rsync -a --delete /var/www/ekurier/wp-content/uploads/ "$DEST/$STAMP/uploads/"
find "$DEST" -maxdepth 1 -type d -mtime +14 -exec rm -rf {} \\;`)}
\`\`\``),

  rec('code_powershell', f`${code(f`$stations = Import-Csv .\\stanice.csv
foreach ($s in $stations) {
    $ok = Test-Connection -ComputerName $s.ip -Count 2 -Quiet
    if (-not $ok) {
        $body = @{ text = "Stanice $($s.nazev) nedostupná" } | ConvertTo-Json
        Invoke-RestMethod -Method Post -Uri $env:TEAMS_HOOK -Body $body -ContentType 'application/json'
    }
}`)}
Tenhle skript kontroluje dostupnost čerpacích stanic. Jak ho spustit každých 5 minut přes Task Scheduler?`),

  rec('code_r', f`Analyse der Ernte pro Reihe, ich will die Sorten vergleichen, aber das Modell meckert über Kollinearität:

${code(f`library(dplyr)
library(lme4)

oogst <- read.csv("oogst_2024.csv", sep = ";", dec = ",") |>
  mutate(week = as.integer(week), ras = factor(ras), kas = factor(kas))

m <- lmer(kg_per_m2 ~ ras + licht_mol + temp_etmaal + co2_ppm + (1 | kas/rij), data = oogst)
summary(m)
car::vif(m)`)}`),

  rec('code_java', f`Java batch job that generates the quarterly water bills as PDF. It gets slower every run:

${code(f`public class BillBatch {
    private static final List<byte[]> generated = new ArrayList<>();

    public void run(List<Account> accounts) {
        for (Account a : accounts) {
            Bill bill = tariff.compute(a, quarter);
            byte[] pdf = renderer.render(bill);
            generated.add(pdf);
            archive.store(a.getId(), pdf);
        }
        log.info("generated {} bills", generated.size());
    }
}`)}`),

  rec('code_swift', f`iOS-appen för ambulanspersonalen: checklistan för fordonskontroll sparas inte när man går tillbaka.

\`\`\`swift
${code(f`struct VehicleCheckView: View {
    @State private var items: [CheckItem] = CheckItem.defaults
    let unitId: String

    var body: some View {
        List($items) { $item in
            Toggle(item.title, isOn: $item.done)
        }
        .navigationTitle("Ajoneuvotarkastus \\(unitId)")
        .onDisappear {
            Task { try? await CheckStore.shared.save(unitId: unitId, items: items) }
        }
    }
}`)}
\`\`\``),

  rec('code_js', f`Node-RED function node, berekent de gietbeurt op basis van instraling. Soms komt er NaN uit:

${code(f`const sum = flow.get('instraling_sum') || 0;
const rad = Number(msg.payload.rad_wm2);
const newSum = sum + rad * 60 / 10000; // J/cm2 per minuut
if (newSum >= 100) {
    flow.set('instraling_sum', 0);
    msg.payload = { start: true, klep: msg.topic.split('/')[2], ml_per_drupper: 120 };
    return msg;
}
flow.set('instraling_sum', newSum);
return null;`)}`),

  rec('code_python', f`Script that turns the students' placement-test answers into a CEFR level. The A2/B1 boundary looks wrong:

${code(f`THRESHOLDS = [(0, "A1"), (18, "A2"), (32, "B1"), (46, "B2")]

def level(score: int) -> str:
    result = "A1"
    for minimum, lvl in THRESHOLDS:
        if score > minimum:
            result = lvl
    return result

def grade(answers: dict[str, str], key: dict[str, str]) -> tuple[int, str]:
    score = sum(1 for q, a in answers.items() if key.get(q, "").strip().lower() == a.strip().lower())
    return score, level(score)`)}`),

  rec('code_ruby', f`${code(f`class RmaRequest < ApplicationRecord
  belongs_to :customer
  has_many :lines, class_name: "RmaLine", dependent: :destroy

  validates :serial_number, presence: true, format: { with: /\\A[A-Z0-9-]{6,20}\\z/ }
  validate :within_warranty

  private

  def within_warranty
    return if shipped_on.nil?
    errors.add(:base, "warranty expired") if shipped_on < 12.months.ago
  end
end`)}

RMA for a turbo pump shipped exactly 12 months ago gets rejected. Off by one?`),

  rec('code_lua', f`Skript na RTU (Lua), který posílá poplach při poklesu hladiny ve vodojemu, posílá ho ale každou minutu dokola:

${code(f`local LOW = 1.20
local alarm_sent = false

function on_poll(level_m)
  if level_m < LOW then
    send_sms_group("dispecink", string.format("Vodojem Kopec: hladina %.2f m", level_m))
    alarm_sent = true
  elseif level_m > LOW + 0.15 then
    alarm_sent = false
  end
end`)}`),
];
