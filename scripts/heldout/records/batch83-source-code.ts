/**
 * Held-out batch 83: pasted source code from the six settings (telemetry, berth planning, auction
 * settlement, irrigation firmware, allocation scoring, crew rest rules), comments in many languages.
 * Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH83_SOURCE_CODE: DraftRecord[] = [
  rec('code_cpp', f`Arduino valve controller resets every few hours. Watchdog or memory?

\`\`\`cpp
${code(f`#include <Wire.h>
#include <avr/wdt.h>

const uint8_t VALVE_PINS[4] = {5, 6, 9, 10};
const float DRY_THRESHOLD = 22.5;   // % volumetric water content

float readMoisture(uint8_t ch) {
  int raw = analogRead(A0 + ch);
  return map(raw, 880, 410, 0, 100);   // calibrated on loam, Nov 2024
}

void setup() {
  for (uint8_t p : VALVE_PINS) pinMode(p, OUTPUT);
  wdt_enable(WDTO_8S);
  Serial.begin(9600);
}

void loop() {
  for (uint8_t i = 0; i < 4; i++) {
    String msg = "zone " + String(i) + " vwc=" + String(readMoisture(i));
    Serial.println(msg);
    digitalWrite(VALVE_PINS[i], readMoisture(i) < DRY_THRESHOLD ? HIGH : LOW);
  }
  wdt_reset();
  delay(30000);
}`)}
\`\`\``),

  rec('code_python_da', f`Kan du hjælpe med at gøre den her funktion hurtigere? Den beregner kajtid pr. skib ud fra AIS-beskeder:

${code(f`import pandas as pd

def kajtid(ais: pd.DataFrame, kaj_polygon) -> pd.DataFrame:
    """Beregn tid ved kaj pr. IMO-nummer (AIS navigationsstatus 5 = fortøjet)."""
    ais = ais.sort_values(["imo", "ts"])
    ais["ved_kaj"] = ais.apply(lambda r: r.nav_status == 5 and kaj_polygon.contains(r.geometry), axis=1)
    ais["blok"] = (ais["ved_kaj"] != ais.groupby("imo")["ved_kaj"].shift()).cumsum()
    ophold = (ais[ais.ved_kaj]
              .groupby(["imo", "blok"])
              .agg(start=("ts", "min"), slut=("ts", "max")))
    ophold["timer"] = (ophold.slut - ophold.start).dt.total_seconds() / 3600
    return ophold.reset_index()`)}

Vi har ca. 4 mio. rækker pr. måned.`),

  rec('code_sql', f`Auction settlement query double-counts lots with more than one payment. Can you fix the join?

${code(f`SELECT s.sale_code,
       l.lot_no,
       l.hammer_price,
       l.hammer_price * CASE WHEN l.hammer_price <= 800000 THEN 0.26 ELSE 0.21 END AS buyers_premium,
       SUM(p.amount) AS paid
FROM   sales s
JOIN   lots l      ON l.sale_id = s.id
LEFT JOIN payments p ON p.lot_id = l.id AND p.status = 'settled'
WHERE  s.sale_date BETWEEN DATE '2024-11-01' AND DATE '2024-11-30'
GROUP  BY s.sale_code, l.lot_no, l.hammer_price
HAVING SUM(p.amount) < l.hammer_price * 1.21
ORDER  BY s.sale_code, l.lot_no;`)}`),

  rec('code_kotlin', f`${code(f`// Crew rest rule check (EASA ORO.FTL.235 simplified)
data class Duty(val start: Instant, val end: Instant, val homeBase: Boolean)

fun minRest(prev: Duty): Duration {
    val dutyLength = Duration.between(prev.start, prev.end)
    val base = if (prev.homeBase) Duration.ofHours(12) else Duration.ofHours(10)
    return maxOf(base, dutyLength)
}

fun violations(duties: List<Duty>): List<Pair<Duty, Duty>> =
    duties.sortedBy { it.start }
        .zipWithNext()
        .filter { (a, b) -> Duration.between(a.end, b.start) < minRest(a) }`)}

Does this handle the case where the rest period crosses midnight UTC but not local time?`),

  rec('code_go', f`Telemetry gateway drops messages when more than ~300 dialysis machines are online. Is the channel too small?

${code(f`package gateway

import (
	"context"
	"encoding/json"
	"log/slog"
)

type Reading struct {
	Serial      string  \`json:"serial"\`
	TMP         float64 \`json:"tmp_mmhg"\`
	Conductivity float64 \`json:"cond_ms_cm"\`
	AlarmCode   int     \`json:"alarm"\`
}

func Consume(ctx context.Context, in <-chan []byte, out chan<- Reading) {
	for {
		select {
		case <-ctx.Done():
			return
		case raw := <-in:
			var r Reading
			if err := json.Unmarshal(raw, &r); err != nil {
				slog.Warn("bad frame", "err", err)
				continue
			}
			select {
			case out <- r:
			default:
				slog.Warn("dropped", "serial", r.Serial)
			}
		}
	}
}`)}`),

  rec('code_rust', f`${code(f`/// NDVI from a 4-band multispectral tile (R, G, B, NIR as u16 reflectance ×10 000).
pub fn ndvi(red: &[u16], nir: &[u16]) -> Vec<f32> {
    red.iter()
        .zip(nir)
        .map(|(&r, &n)| {
            let (r, n) = (r as f32, n as f32);
            if r + n == 0.0 { f32::NAN } else { (n - r) / (n + r) }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn bare_soil_is_low() {
        let v = super::ndvi(&[1800], &[2300]);
        assert!(v[0] < 0.2);
    }
}`)}

clippy says nothing but the drone team says values above 1 appear sometimes. How?`),

  rec('code_ts_nl', f`Puntentelling voor de woningtoewijzing, klopt de voorrang voor urgentie?

${code(f`type Aanvraag = { inschrijfdatum: Date; urgentie: 'geen' | 'medisch' | 'sociaal'; gezinsgrootte: number; kamers: number };

export function punten(a: Aanvraag, peildatum = new Date()): number {
  const jaren = (peildatum.getTime() - a.inschrijfdatum.getTime()) / (365.25 * 24 * 3600 * 1000);
  let p = Math.floor(jaren * 12);               // 1 punt per maand inschrijving
  if (a.urgentie !== 'geen') p += 500;          // urgentie gaat voor
  if (a.gezinsgrootte > a.kamers + 1) p += 40;  // overbewoning
  return p;
}`)}`),

  rec('code_swift', f`SwiftUI list of upcoming vessel arrivals flickers on every refresh:

${code(f`struct ArrivalsView: View {
    @StateObject var model = ArrivalsModel()

    var body: some View {
        List(model.arrivals, id: \\.callSign) { a in
            HStack {
                Text(a.vesselName).bold()
                Spacer()
                Text(a.eta, style: .time)
                Text("Berth \\(a.berth)").foregroundStyle(.secondary)
            }
        }
        .task { await model.poll(every: .seconds(30)) }
    }
}`)}

Is it the id?`),

  rec('code_csharp', f`${code(f`public sealed class RentalInvoiceService
{
    private readonly IInsurerClient _insurer;
    public RentalInvoiceService(IInsurerClient insurer) => _insurer = insurer;

    public async Task<decimal> PatientShareAsync(Contract c, DateOnly month)
    {
        var days = c.DaysActiveIn(month);
        var gross = c.DailyRate * days;
        var covered = await _insurer.CoveredAmountAsync(c.PolicyId, c.HcpcsCode, gross);
        return Math.Max(0m, Math.Round(gross - covered, 2, MidpointRounding.ToEven));
    }
}`)}

Should rounding be AwayFromZero for US billing?`),

  rec('code_bash_fi', f`Tämä skripti kopioi lennokkien lokit palvelimelle, mutta jättää osan tiedostoista väliin. Miksi?

${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/media/drone_sd/logs
DEST=/srv/flightlogs/$(hostname)/$(date +%Y%m%d)
mkdir -p "$DEST"
for f in $SRC/*.ulg; do
  [ -s "$f" ] || continue
  rsync -a --remove-source-files "$f" "$DEST/"
done
echo "kopioitu $(ls "$DEST" | wc -l) tiedostoa"`)}`),

  rec('code_r', f`${code(f`library(dplyr)
library(ggplot2)

yield <- read.csv("harvest_2024.csv") |>
  mutate(irrigated = ifelse(drone_passes > 0, "drone", "manual")) |>
  group_by(field_id, irrigated) |>
  summarise(t_ha = mean(tonnes / hectares), .groups = "drop")

ggplot(yield, aes(irrigated, t_ha)) +
  geom_boxplot() +
  labs(title = "Maize yield by irrigation method", y = "t/ha")`)}

Quiero añadir un test t entre los dos grupos, ¿cómo lo hago con este data frame?`),

  rec('code_lua', f`${code(f`-- boarding gate display: rotate loyalty tiers every 8 s
local tiers = { "Polaris Gold", "Polaris Silver", "Polaris Blue" }
local idx = 1

function on_timer()
  display.set_text("priority", tiers[idx] .. " boarding")
  idx = idx % #tiers + 1
end

timer.every(8000, on_timer)`)}

O ecrã de embarque fica preso no "Gold". O módulo timer é do fabricante.`),

  rec('code_php', f`${code(f`<?php
// Bieterregistrierung: Mindestalter 18 prüfen
function istVolljaehrig(string $geburtsdatum): bool {
    $dob = DateTimeImmutable::createFromFormat('Y-m-d', $geburtsdatum);
    if ($dob === false) {
        throw new InvalidArgumentException('Ungültiges Datum');
    }
    return $dob->diff(new DateTimeImmutable('today'))->y >= 18;
}

if (!istVolljaehrig($_POST['geburtsdatum'] ?? '')) {
    http_response_code(422);
    echo json_encode(['fehler' => 'Bieter muss volljährig sein']);
    exit;
}`)}

Warum akzeptiert das auch "2006-02-30"?`),

  rec('code_ruby', f`${code(f`class BerthAllocator
  Berth = Struct.new(:code, :length_m, :draft_m)

  def initialize(berths)
    @berths = berths.sort_by(&:length_m)
  end

  def allocate(vessel)
    @berths.find { |b| b.length_m >= vessel.loa_m + 20 && b.draft_m >= vessel.draft_m + 0.5 }
  end
end`)}

Sugerencia: ¿cómo evito que se asignen dos buques al mismo muelle si las ventanas se solapan?`),

  rec('code_dart', f`${code(f`class MilesBalance extends StatelessWidget {
  const MilesBalance({super.key, required this.miles, required this.expiring});
  final int miles;
  final int expiring;

  @override
  Widget build(BuildContext context) {
    final fmt = NumberFormat.decimalPattern(Localizations.localeOf(context).toString());
    return Column(children: [
      Text(fmt.format(miles), style: Theme.of(context).textTheme.displaySmall),
      if (expiring > 0) Text('\${fmt.format(expiring)} miles expire on 31 Dec'),
    ]);
  }
}`)}

Flutter shows "1,234" even for Norwegian users; expected "1 234".`),

  rec('code_vba', f`Macro in the saleroom Excel to colour lots below the low estimate, it's very slow on 900 rows:

${code(f`Sub MarkBelowEstimate()
    Dim r As Long
    For r = 2 To Cells(Rows.Count, "A").End(xlUp).Row
        If Cells(r, "E").Value < Cells(r, "C").Value Then
            Rows(r).Interior.Color = RGB(255, 220, 220)
        Else
            Rows(r).Interior.ColorIndex = xlNone
        End If
    Next r
End Sub`)}`),

  rec('code_java', f`${code(f`@Service
public class AllocationLetterService {
    private final TemplateEngine templates;

    public AllocationLetterService(TemplateEngine templates) { this.templates = templates; }

    public byte[] render(Applicant a, Dwelling d, Locale locale) {
        Context ctx = new Context(locale);
        ctx.setVariable("applicant", a);
        ctx.setVariable("dwelling", d);
        ctx.setVariable("deadline", LocalDate.now().plusDays(7));
        String html = templates.process("offer-letter", ctx);
        return PdfRenderer.fromHtml(html);
    }
}`)}

Dutch letters print the deadline as "2024-12-09" instead of "9 december 2024".`),

  rec('code_julia', f`${code(f`using DataFrames, Statistics

function uf_clearance(df::DataFrame)
    # Kt/V estimate per session, Daugirdas second generation
    df.ktv = @. -log(df.post_bun / df.pre_bun - 0.008 * df.hours) +
               (4 - 3.5 * df.post_bun / df.pre_bun) * df.uf_litres / df.post_weight
    combine(groupby(df, :machine_serial), :ktv => mean => :mean_ktv)
end`)}

Is the formula right? Some machines show Kt/V > 3.`),

  rec('code_elixir', f`${code(f`defmodule Harbour.PilotQueue do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :queue.new(), name: __MODULE__)
  def request(vessel), do: GenServer.cast(__MODULE__, {:request, vessel})
  def next, do: GenServer.call(__MODULE__, :next)

  @impl true
  def init(q), do: {:ok, q}

  @impl true
  def handle_cast({:request, v}, q), do: {:noreply, :queue.in(v, q)}

  @impl true
  def handle_call(:next, _from, q) do
    case :queue.out(q) do
      {{:value, v}, q2} -> {:reply, {:ok, v}, q2}
      {:empty, q} -> {:reply, :none, q}
    end
  end
end`)}

Tankers should jump the queue at high tide. Where do I add priority?`),

  rec('code_python_sv', f`${code(f`def poäng_lojalitet(resor: list[dict]) -> int:
    """Räkna Polaris-poäng: 5 poäng per 100 km, dubbelt i business, max 20 000 per år."""
    total = 0
    for r in resor:
        bas = r["km"] // 100 * 5
        total += bas * 2 if r["klass"] == "C" else bas
    return min(total, 20_000)`)}

Kan du skriva pytest-tester för den här?`),
];
