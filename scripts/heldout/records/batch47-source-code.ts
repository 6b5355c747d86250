/** Held-out batch 47: pasted source code from hut bookings, cold-chain loggers, podcast tooling, housing, pilotage and e-bike locks. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH47_SOURCE_CODE: DraftRecord[] = [
  rec('code_c', f`Lock firmware: the bolt motor sometimes keeps running after the lock closes. This is the ISR, can you see a race?

\`\`\`c
${code(f`volatile uint8_t bolt_state = BOLT_OPEN;
volatile uint32_t motor_ms = 0;

void EXTI4_IRQHandler(void) {
    if (EXTI->PR & EXTI_PR_PR4) {
        EXTI->PR = EXTI_PR_PR4;          /* clear pending */
        if (GPIOB->IDR & HALL_CLOSED_PIN) {
            bolt_state = BOLT_CLOSED;
            motor_stop();
        }
    }
}

void lock_close(void) {
    motor_ms = 0;
    motor_run(DIR_CLOSE);
    while (bolt_state != BOLT_CLOSED && motor_ms < 1500) {
        __WFI();
    }
    if (motor_ms >= 1500) fault_set(FAULT_E31);
}`)}
\`\`\``),

  rec('code_kotlin', f`${code(f`class TemperatureAlarmWorker(
    ctx: Context,
    params: WorkerParameters,
    private val repo: LoggerRepository,
) : CoroutineWorker(ctx, params) {

    override suspend fun doWork(): Result {
        val readings = repo.latest(minutes = 15)
        val excursions = readings.filter { it.tempC !in 2.0..8.0 }
        if (excursions.isEmpty()) return Result.success()
        excursions.groupBy { it.shipmentId }.forEach { (shipment, list) ->
            NotificationHelper.showExcursion(applicationContext, shipment, list.maxOf { it.tempC })
        }
        return Result.success()
    }
}`)}

Drivers say the alarm comes 30 min late on Samsung phones. Is it doze mode?`),

  rec('code_python', f`Dieses Skript verteilt die Schlafplätze auf die Hüttenzimmer, aber bei Gruppen > 8 kommt Quatsch raus:

${code(f`def assign_rooms(groups, rooms):
    # rooms: dict name -> freie Plätze
    result = {}
    for g in sorted(groups, key=lambda g: g["size"], reverse=True):
        for name, free in rooms.items():
            if free >= g["size"]:
                result[g["id"]] = name
                rooms[name] -= g["size"]
                break
        else:
            # Gruppe aufteilen
            result[g["id"]] = [n for n, fr in rooms.items() if fr > 0]
    return result`)}`),

  rec('code_sql', f`Need this query faster, it runs on the arrears dashboard every 5 min (Postgres 15, ~40k contracts):

${code(f`SELECT c.contract_nr,
       t.last_name,
       SUM(i.amount_due - COALESCE(p.amount_paid, 0)) AS arrears,
       MAX(CURRENT_DATE - i.due_date) AS days_overdue
FROM contracts c
JOIN tenants t ON t.id = c.tenant_id
JOIN invoices i ON i.contract_id = c.id
LEFT JOIN (
    SELECT invoice_id, SUM(amount) AS amount_paid FROM payments GROUP BY invoice_id
) p ON p.invoice_id = i.id
WHERE c.status = 'active'
GROUP BY c.contract_nr, t.last_name
HAVING SUM(i.amount_due - COALESCE(p.amount_paid, 0)) > 0
ORDER BY days_overdue DESC;`)}`),

  rec('code_swift', f`\`\`\`swift
${code(f`func unlock(bike: Bike) async throws {
    guard let peripheral = central.retrievePeripherals(withIdentifiers: [bike.bleId]).first else {
        throw LockError.notInRange
    }
    central.connect(peripheral)
    let challenge = try await lockService.readChallenge(peripheral)
    let response = try await api.signChallenge(bikeId: bike.id, challenge: challenge)
    try await lockService.writeUnlock(peripheral, response: response)
}`)}
\`\`\`
iOS 18: "API MISUSE: can only accept this command while in the powered on state". How do I wait for poweredOn?`),

  rec('code_rust', f`Rust parser for the logger's binary dump, clippy complains about the unwrap and I'm not sure the temperature conversion is right (sensor gives 1/16 °C, signed):

${code(f`pub struct Reading { pub ts: u32, pub temp_c: f32 }

pub fn parse(buf: &[u8]) -> Vec<Reading> {
    buf.chunks_exact(6)
        .map(|c| {
            let ts = u32::from_le_bytes(c[0..4].try_into().unwrap());
            let raw = i16::from_le_bytes([c[4], c[5]]);
            Reading { ts, temp_c: raw as f32 / 16.0 }
        })
        .collect()
}`)}`),

  rec('code_ts', f`React component for the podcast ad-slot calendar re-renders like crazy:

\`\`\`tsx
${code(f`export function SlotCalendar({ showId }: { showId: string }) {
  const [slots, setSlots] = useState<Slot[]>([]);
  const filters = { showId, status: ["open", "held"] };

  useEffect(() => {
    fetchSlots(filters).then(setSlots);
  }, [filters]);

  return (
    <Grid>
      {slots.map((s) => (
        <SlotCell key={s.id} slot={s} onBook={() => book(s.id)} />
      ))}
    </Grid>
  );
}`)}
\`\`\``),

  rec('code_go', f`${code(f`// Pilot ETA service: compute boarding time from AIS position
func boardingETA(v Vessel, station Station) time.Time {
	distNm := haversineNm(v.Lat, v.Lon, station.Lat, station.Lon)
	speed := v.SOG
	if speed < 3 {
		speed = 3 // assume minimum when drifting
	}
	hours := distNm / speed
	return v.LastSeen.Add(time.Duration(hours * float64(time.Hour)))
}`)}

Kas see on mõistlik, kui laev on ankrus? Eta tuleb siis täiesti vale.`),

  rec('code_csharp', f`Customs declaration export (C#, .NET 8) — the XML fails schema validation at the NCTS gateway. What's wrong with the namespace?

${code(f`var doc = new XDocument(
    new XElement(XName.Get("CC015C", "http://ncts.dgtaxud.ec"),
        new XElement("messageSender", "NL000123456"),
        new XElement("preparationDateAndTime", DateTime.UtcNow.ToString("s")),
        new XElement("TransitOperation",
            new XElement("declarationType", "T1"),
            new XElement("security", 0)),
        shipments.Select(s => new XElement("HouseConsignment",
            new XElement("grossMass", s.GrossKg),
            new XElement("referenceNumberUCR", s.Ucr)))));
doc.Save(path);`)}`),

  rec('code_bash', f`Script to normalise episode loudness before upload. It works but takes forever for a 2h episode:

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
for f in raw/*.wav; do
  out="mastered/$(basename "\${f%.wav}").mp3"
  ffmpeg -hide_banner -y -i "$f" \\
    -af loudnorm=I=-16:TP=-1.5:LRA=11:print_format=summary \\
    -ar 44100 -b:a 128k "$out"
done`)}
\`\`\``),

  rec('code_java', f`${code(f`@Scheduled(cron = "0 0 6 * * MON-FRI")
public void sendArrearsReminders() {
    List<Contract> overdue = contractRepo.findByArrearsGreaterThanAndDaysOverdueGreaterThan(
            BigDecimal.ZERO, 14);
    for (Contract c : overdue) {
        Letter letter = letterService.render("herinnering_1", c);
        if (c.getTenant().prefersPost()) {
            printQueue.enqueue(letter);
        } else {
            mailService.send(c.getTenant().getEmail(), letter);
        }
        auditLog.record(c.getId(), "REMINDER_1");
    }
}`)}

Waarom krijgen huurders met een betalingsregeling ook een herinnering?`),

  rec('code_python', f`Pandas: compute mean kinetic temperature (MKT) per shipment from logger CSV. Is the formula right? ΔH/R = 10000 K.

${code(f`import numpy as np
import pandas as pd

DH_R = 10000.0

def mkt(temps_c: pd.Series) -> float:
    tk = temps_c + 273.15
    return DH_R / -np.log(np.mean(np.exp(-DH_R / tk))) - 273.15

df = pd.read_csv("loggers_wk45.csv", parse_dates=["ts"])
print(df.groupby("shipment")["temp_c"].apply(mkt).round(2))`)}`),

  rec('diff', f`Review this PR for the rider app (price per minute by city):

${code(f`--- a/src/pricing.ts
+++ b/src/pricing.ts
@@ -12,9 +12,14 @@ const CITY_RATES: Record<City, Rate> = {
   BCN: { unlock: 1.0, perMin: 0.25, currency: "EUR" },
   LIS: { unlock: 1.0, perMin: 0.22, currency: "EUR" },
-  KUL: { unlock: 1.5, perMin: 0.3, currency: "MYR" },
+  KUL: { unlock: 2.0, perMin: 0.35, currency: "MYR" },
+  BKK: { unlock: 15, perMin: 3, currency: "THB" },
 };
 
 export function price(city: City, minutes: number): number {
-  const r = CITY_RATES[city];
-  return r.unlock + r.perMin * minutes;
+  const r = CITY_RATES[city] ?? CITY_RATES.BCN;
+  const billable = Math.max(1, Math.ceil(minutes));
+  return Math.round((r.unlock + r.perMin * billable) * 100) / 100;
 }`)}`),

  rec('code_lua', f`Script de Lua no gateway IoT que agrega as mensagens dos cadeados antes de mandar para a nuvem. Às vezes perde mensagens, porquê?

${code(f`local buffer = {}
local MAX = 50

function on_message(topic, payload)
  table.insert(buffer, { t = os.time(), topic = topic, p = payload })
  if #buffer >= MAX then flush() end
end

function flush()
  local batch = buffer
  buffer = {}
  local ok, err = http_post("/ingest/batch", json.encode(batch))
  if not ok then log("flush failed: " .. err) end
end`)}`),

  rec('code_r', f`${code(f`library(dplyr)
library(ggplot2)

downloads <- read.csv("downloads_2024.csv") |>
  mutate(week = lubridate::floor_date(as.Date(date), "week")) |>
  group_by(show, week) |>
  summarise(dl = sum(downloads), .groups = "drop")

ggplot(downloads, aes(week, dl, colour = show)) +
  geom_line() +
  scale_y_log10() +
  labs(title = "Weekly downloads per show", y = "downloads (log)")`)}

la escala log hace que los programas pequeños parezcan iguales, ¿alguna alternativa?`),

  rec('code_powershell', f`PowerShell script that copies the pilot roster Excel to the SharePoint folder every morning, fails with "file is locked":

${code(f`$src = "\\\\fs01\\roster\\Lootsigraafik_2024.xlsx"
$dst = "C:\\Sync\\Roster\\Lootsigraafik_2024.xlsx"
$today = Get-Date -Format "yyyy-MM-dd"

try {
    Copy-Item -Path $src -Destination $dst -Force -ErrorAction Stop
    Write-Output "$today copied"
} catch {
    Write-Output "$today FAILED: $($_.Exception.Message)"
    Send-MailMessage -To "${v('pii.email', 'ops@nordbalt-pilots.ee')}" -Subject "Roster sync failed" -SmtpServer "smtp.internal"
}`)}`),

  rec('code_dart', f`Flutter: the hut availability calendar shows the wrong month after I switch language to Slovenian.

${code(f`TableCalendar(
  locale: context.locale.toLanguageTag(),
  firstDay: DateTime.utc(2025, 6, 1),
  lastDay: DateTime.utc(2025, 9, 30),
  focusedDay: _focused,
  availableCalendarFormats: const {CalendarFormat.month: 'Mesec'},
  onPageChanged: (d) => setState(() => _focused = d),
  calendarBuilders: CalendarBuilders(
    defaultBuilder: (ctx, day, _) => AvailabilityCell(day: day, beds: beds[day] ?? 0),
  ),
)`)}`),

  rec('code_ruby', f`${code(f`class EpisodeImporter
  def initialize(feed_url)
    @feed = RSS::Parser.parse(URI.open(feed_url).read, false)
  end

  def call
    @feed.items.each do |item|
      Episode.find_or_create_by!(guid: item.guid.content) do |e|
        e.title = item.title
        e.published_at = item.pubDate
        e.duration = item.itunes_duration&.value.to_i
      end
    end
  end
end`)}

ActiveRecord::RecordInvalid when two imports run at the same time — how to make it idempotent?`),

  rec('code_elixir', f`Phoenix channel for live bike positions, memory grows every hour:

${code(f`defmodule ZipaWeb.FleetChannel do
  use Phoenix.Channel

  def join("fleet:" <> city, _params, socket) do
    :timer.send_interval(2_000, :push_positions)
    {:ok, assign(socket, :city, city)}
  end

  def handle_info(:push_positions, socket) do
    positions = Fleet.positions(socket.assigns.city)
    push(socket, "positions", %{bikes: positions})
    {:noreply, socket}
  end
end`)}`),

  rec('code_vba', f`Excel macro the customs team uses to split the monthly declarations sheet per country. Can you make it faster?

${code(f`Sub SplitPerCountry()
    Dim ws As Worksheet, r As Long, land As String
    Set ws = Sheets("Aangiften")
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        land = ws.Cells(r, 4).Value
        If Not SheetExists(land) Then Sheets.Add(After:=Sheets(Sheets.Count)).Name = land
        ws.Rows(r).Copy Sheets(land).Cells(Sheets(land).Rows.Count, 1).End(xlUp).Offset(1, 0)
    Next r
End Sub`)}`),

  rec('code_python', f`Fastapi endpoint for booking guides, two bookings for the same guide on the same day sometimes both succeed:

\`\`\`python
${code(f`@app.post("/guides/{guide_id}/bookings")
async def book_guide(guide_id: int, req: BookingIn, db: AsyncSession = Depends(get_db)):
    existing = await db.scalar(
        select(Booking).where(Booking.guide_id == guide_id, Booking.day == req.day)
    )
    if existing:
        raise HTTPException(409, "Guide already booked")
    b = Booking(guide_id=guide_id, day=req.day, party=req.party)
    db.add(b)
    await db.commit()
    return {"id": b.id}`)}
\`\`\``),

  rec('json_config', f`Is this ESLint flat config equivalent to the old .eslintrc we had in the podcast CMS?

${amb('source_code.snippet', f`{
  "extends": ["next/core-web-vitals", "prettier"],
  "rules": {
    "react-hooks/exhaustive-deps": "warn",
    "no-console": ["error", { "allow": ["warn", "error"] }]
  },
  "ignorePatterns": ["public/embed/*.js"]
}`)}`),
];
