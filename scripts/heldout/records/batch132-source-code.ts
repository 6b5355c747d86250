/**
 * Held-out batch 132: pasted source code from the six teams (admissions, land lease, collections,
 * subtitling, sterile processing, juicer ops), comments in several languages; no secrets. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH132_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Admissions wants to know which grade a child falls into for August entry. Is my cut-off logic right for children born on 31 August?

\`\`\`python
${code(f`from datetime import date

CUTOFF_MONTH, CUTOFF_DAY = 8, 31

def grade_for(birth: date, entry_year: int) -> int:
    """Grade at entry in August of entry_year (Kindergarten = 0)."""
    age = entry_year - birth.year
    if (birth.month, birth.day) > (CUTOFF_MONTH, CUTOFF_DAY):
        age -= 1
    return max(0, age - 5)`)}
\`\`\``),

  rec('code_sql', f`Zimmerverteilung im Internat: Die Abfrage soll Geschwister nie ins gleiche Zimmer legen, tut es aber. Wo liegt der Fehler?

${code(f`SELECT s.student_id, s.house, r.room_no
FROM   students s
JOIN   room_assignments r ON r.student_id = s.student_id
WHERE  s.term = '2025-SPRING'
  AND  NOT EXISTS (
        SELECT 1
        FROM   room_assignments r2
        JOIN   siblings sb ON sb.sibling_id = r2.student_id
        WHERE  sb.student_id = s.student_id
          AND  r2.room_no = r.room_no
       )
ORDER  BY s.house, r.room_no;`)}`),

  rec('code_php', f`${code(f`<?php
// application/store — nur Pflichtfelder prüfen, Rest kommt später
public function store(Request $request)
{
    $data = $request->validate([
        'first_name'   => 'required|string|max:80',
        'last_name'    => 'required|string|max:80',
        'birth_date'   => 'required|date|before:-4 years',
        'grade'        => 'required|integer|between:0,12',
        'boarding'     => 'boolean',
        'guardian_email' => 'required|email',
    ]);

    $application = Application::create($data + ['status' => 'submitted']);
    Mail::to($data['guardian_email'])->queue(new ApplicationReceived($application));

    return redirect()->route('apply.thanks', $application);
}`)}

How can I make the "before:-4 years" rule depend on the grade?`),

  rec('code_ts', f`Pachtzins-Berechnung mit Indexanpassung — bitte prüfen, ob die Rundung stimmt (Vertrag sagt: kaufmännisch auf Cent, Index VPI 2020=100).

${code(f`export interface Lease {
  baseRentEur: number;      // Jahrespacht bei Vertragsbeginn
  baseIndex: number;        // VPI im Basismonat
  turbines: number;
  revenueSharePct: number;  // Anteil am Stromerlös
}

export function annualRent(l: Lease, currentIndex: number, revenueEur: number): number {
  const indexed = l.baseRentEur * (currentIndex / l.baseIndex);
  const share = revenueEur * (l.revenueSharePct / 100);
  const rent = Math.max(indexed * l.turbines, share);
  return Math.round(rent * 100) / 100;
}`)}`),

  rec('code_sql', f`PostGIS: welche Flurstücke liegen im 1000-m-Abstand zu Wohnbebauung? Query ist extrem langsam (40 s):

${code(f`SELECT p.parcel_id, p.owner_ref, ST_Area(p.geom) / 10000 AS ha
FROM   parcels p
WHERE  EXISTS (
         SELECT 1 FROM residential_buildings b
         WHERE ST_Distance(p.geom, b.geom) < 1000
       )
  AND  p.project = 'WP-HUNSRUECK-III';`)}

Beide Tabellen sind in EPSG:25832.`),

  rec('code_python', f`Script que calcula la distancia de cada aerogenerador al límite de la parcela. Me sale negativo a veces, ¿por qué?

${code(f`import geopandas as gpd

parcelas = gpd.read_file("parcelas_chinchilla.gpkg").to_crs(25830)
turbinas = gpd.read_file("layout_v7.gpkg").to_crs(25830)

def distancia_al_limite(turbina, parcela):
    # distancia negativa = fuera de la parcela
    d = parcela.geometry.boundary.distance(turbina.geometry)
    return d if parcela.geometry.contains(turbina.geometry) else -d

res = []
for _, t in turbinas.iterrows():
    p = parcelas[parcelas.intersects(t.geometry.buffer(1))].iloc[0]
    res.append((t["id"], round(distancia_al_limite(t, p), 1)))
print(res)`)}`),

  rec('code_java', f`${code(f`public final class PaymentPlan {
    private static final MathContext MC = new MathContext(10, RoundingMode.HALF_EVEN);

    /** Equal instalments for a hardship arrangement; interest frozen when apr == 0. */
    public static List<BigDecimal> instalments(BigDecimal balance, BigDecimal apr, int months) {
        if (apr.signum() == 0) {
            BigDecimal each = balance.divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
            BigDecimal last = balance.subtract(each.multiply(BigDecimal.valueOf(months - 1)));
            List<BigDecimal> out = new ArrayList<>(Collections.nCopies(months - 1, each));
            out.add(last);
            return out;
        }
        BigDecimal r = apr.divide(BigDecimal.valueOf(1200), MC);
        BigDecimal pmt = balance.multiply(r).divide(BigDecimal.ONE.subtract(BigDecimal.ONE.add(r).pow(-months, MC)), 2, RoundingMode.HALF_UP);
        return Collections.nCopies(months, pmt);
    }
}`)}

pow(-months, MC) throws ArithmeticException for some inputs — why?`),

  rec('code_kotlin', f`Regulation says no collection calls before 8am or after 9pm in the *customer's* time zone. Does this handle DST?

${code(f`fun canCall(now: Instant, customerZone: ZoneId): Boolean {
    val local = now.atZone(customerZone).toLocalTime()
    return !local.isBefore(LocalTime.of(8, 0)) && local.isBefore(LocalTime.of(21, 0))
}

fun nextAllowed(now: Instant, customerZone: ZoneId): Instant {
    val zdt = now.atZone(customerZone)
    val eight = zdt.toLocalDate().atTime(8, 0).atZone(customerZone)
    return if (zdt.toLocalTime().isBefore(LocalTime.of(8, 0))) eight.toInstant()
           else eight.plusDays(1).toInstant()
}`)}`),

  rec('code_csharp', f`${code(f`public decimal DisposableIncome(IncomeExpenditure ie)
{
    var income = ie.NetSalary + ie.Benefits + ie.OtherIncome;
    var essentials = ie.Rent + ie.CouncilTax + ie.Utilities + ie.Food + ie.Travel;
    // SFS trigger figures: cap food at the trigger unless notes justify more
    var food = Math.Min(ie.Food, _sfs.FoodTrigger(ie.Adults, ie.Children));
    essentials = essentials - ie.Food + food;
    return Math.Round(income - essentials - ie.PriorityDebts, 2, MidpointRounding.AwayFromZero);
}`)}

Hardship team says the result is sometimes 0.01 off the spreadsheet. Which rounding does Excel use?`),

  rec('code_python', f`Retiming script for the French subs: the offset works but cues overlap afterwards.

${code(f`import re
from datetime import timedelta

TC = re.compile(r"(\\d{2}):(\\d{2}):(\\d{2}),(\\d{3})")

def parse(tc: str) -> timedelta:
    h, m, s, ms = map(int, TC.match(tc).groups())
    return timedelta(hours=h, minutes=m, seconds=s, milliseconds=ms)

def fmt(td: timedelta) -> str:
    ms = int(td.total_seconds() * 1000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02}:{m:02}:{s:02},{ms:03}"

def shift(cues, offset_ms: int, fps_ratio: float = 25 / 23.976):
    for c in cues:
        c.start = parse(c.start) * fps_ratio + timedelta(milliseconds=offset_ms)
        c.end = parse(c.end) * fps_ratio + timedelta(milliseconds=offset_ms)
    return cues`)}`),

  rec('code_go', f`字幕の読み速度チェック（CPS）です。日本語は全角なので基準を変えたいのですが、どう直せばいいですか？

${code(f`package qc

import (
	"time"
	"unicode/utf8"
)

type Cue struct {
	Start, End time.Duration
	Text       string
}

// MaxCPS: Netflix style guide, 17 for most Latin languages
const MaxCPS = 17.0

func TooFast(c Cue) bool {
	secs := (c.End - c.Start).Seconds()
	if secs <= 0 {
		return true
	}
	return float64(utf8.RuneCountInString(c.Text))/secs > MaxCPS
}`)}`),

  rec('code_rust', f`${code(f`/// Integrated loudness gate check for dubbed stems (EBU R128, −23 LUFS ±0.5).
pub fn within_spec(lufs: f64, true_peak_dbtp: f64) -> Result<(), String> {
    const TARGET: f64 = -23.0;
    const TOL: f64 = 0.5;
    if (lufs - TARGET).abs() > TOL {
        return Err(format!("integrated {lufs:.1} LUFS outside {TARGET}±{TOL}"));
    }
    if true_peak_dbtp > -1.0 {
        return Err(format!("true peak {true_peak_dbtp:.1} dBTP above -1"));
    }
    Ok(())
}`)}

Estúdio quer um relatório por stem (diálogo, M&E). Como eu faço o Result acumular vários erros em vez de parar no primeiro?`),

  rec('code_js', f`WebVTT: los subtítulos en árabe salen alineados a la izquierda en Safari.

${code(f`const track = video.addTextTrack('subtitles', 'العربية', 'ar');
track.mode = 'showing';
for (const c of cues) {
  const cue = new VTTCue(c.start, c.end, c.text);
  cue.align = 'start';
  cue.line = -2;
  track.addCue(cue);
}`)}`),

  rec('code_python', f`Autoklav-Protokolle: F0-Wert aus den Temperaturpunkten berechnen. Stimmt die Formel (z = 10 K, Referenz 121,1 °C)?

${code(f`import csv

T_REF = 121.1
Z = 10.0

def f0(path: str, interval_s: float = 2.0) -> float:
    total = 0.0
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            t = float(row["Temp_C"].replace(",", "."))
            if t >= 100.0:
                total += 10 ** ((t - T_REF) / Z) * interval_s / 60.0
    return round(total, 1)`)}`),

  rec('code_c', f`${code(f`/* A0 value for washer-disinfector thermal disinfection (ISO 15883), sample every 1 s */
#include <math.h>

#define A0_TARGET 3000.0

static double a0_acc = 0.0;

void a0_sample(double temp_c)
{
    if (temp_c >= 65.0) {
        a0_acc += pow(10.0, (temp_c - 80.0) / 10.0);
    }
}

int a0_passed(void)
{
    return a0_acc >= A0_TARGET;
}`)}

The PLC vendor says we must reset a0_acc per chamber. How do I make this reentrant for 4 chambers?`),

  rec('code_sql', f`${code(f`-- Welche Siebe wurden mehr als 3x im Monat nachgepackt? (Qualitätsbericht ZSVA)
SELECT t.tray_code,
       t.tray_name,
       COUNT(*) AS repacks
FROM   tray_events e
JOIN   trays t ON t.tray_id = e.tray_id
WHERE  e.event_type = 'REPACK'
  AND  e.event_ts >= date_trunc('month', now()) - interval '1 month'
  AND  e.event_ts <  date_trunc('month', now())
GROUP  BY t.tray_code, t.tray_name
HAVING COUNT(*) > 3
ORDER  BY repacks DESC;`)}

Kannst du daraus noch eine Spalte "häufigster Grund" machen? Gründe stehen in e.reason.`),

  rec('code_swift', f`${code(f`func handleScan(_ payload: String) {
    // QR on the scooter stem: "ZP-" + 8 alnum
    guard payload.hasPrefix("ZP-"), payload.count == 11 else {
        showToast(NSLocalizedString("invalid_qr", comment: ""))
        return
    }
    Task {
        do {
            let task = try await api.claimTask(scooterId: payload)
            await MainActor.run { self.currentTask = task }
        } catch APIError.alreadyClaimed {
            showToast("Ce trottinette est déjà réservée par un autre juicer")
        } catch {
            Logger.juicer.error("claim failed: \\(error.localizedDescription)")
        }
    }
}`)}

The French toast has a gender mistake, right? And is MainActor.run needed here?`),

  rec('code_go', f`${code(f`// assign low-battery scooters to the nearest juicer with free capacity
func assign(scooters []Scooter, juicers []Juicer) map[string]string {
	out := make(map[string]string)
	sort.Slice(scooters, func(i, j int) bool { return scooters[i].Battery < scooters[j].Battery })
	for _, s := range scooters {
		best, bestD := -1, math.MaxFloat64
		for i, j := range juicers {
			if j.Capacity == 0 {
				continue
			}
			if d := haversine(s.Lat, s.Lon, j.Lat, j.Lon); d < bestD {
				best, bestD = i, d
			}
		}
		if best >= 0 {
			out[s.ID] = juicers[best].ID
			juicers[best].Capacity--
		}
	}
	return out
}`)}

Warum bekommt ein Juicer manchmal Roller am anderen Ende der Stadt? Capacity ist pro Juicer 20.`),

  rec('code_kotlin', f`Android juicer app: batterij-percentage wordt niet ververst na het scannen. Zie:

${code(f`class TaskViewModel(private val repo: TaskRepository) : ViewModel() {
    private val _battery = MutableLiveData<Int>()
    val battery: LiveData<Int> = _battery

    fun onScanned(scooterId: String) {
        viewModelScope.launch {
            val status = repo.status(scooterId)
            _battery.value = status.batteryPct
        }
    }
}`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# nightly: export yesterday's juicer charge sessions and push to the finance share
set -euo pipefail
DAY=$(date -d yesterday +%F)
OUT="/data/exports/charge_sessions_$DAY.csv"

psql "$OPS_DB_URL" -v day="$DAY" -At -F',' <<'SQL' > "$OUT"
select session_id, juicer_id, scooter_id, kwh, started_at, ended_at
from charge_sessions where started_at::date = :'day';
SQL

rclone copy "$OUT" finance-share:juicer/charge_sessions/ --log-level INFO
find /data/exports -name 'charge_sessions_*.csv' -mtime +14 -delete`)}

psql complains "syntax error at or near :" — the variable isn't substituted inside the heredoc?`),

  rec('code_ruby', f`${code(f`class PayoutBatch
  MIN_PAYOUT_CENTS = 1_000

  def self.build(week)
    sessions = ChargeSession.where(week: week, status: :verified)
    sessions.group_by(&:juicer_id).filter_map do |juicer_id, list|
      cents = list.sum { |s| s.rate_cents * s.units }
      next if cents < MIN_PAYOUT_CENTS
      { juicer_id: juicer_id, amount_cents: cents, sessions: list.map(&:id) }
    end
  end
end`)}

Juicers under 10 € never get paid, even after several weeks. How do I carry the remainder forward?`),
];
