/** Held-out batch 99: pasted source code from the six settings (Python, TS, SQL, Go, R, C#, Java, Bash, PHP, Kotlin, Rust), fenced or not. Hand-written. */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH99_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Warum gibt diese Funktion für die Gefrierschrank-Temperaturen immer None zurück?

\`\`\`python
${code(f`def letzte_temperatur(freezer_id: str, messungen: list[dict]) -> float | None:
    werte = [m for m in messungen if m["freezer"] == freezer_id]
    werte.sort(key=lambda m: m["zeit"])
    for m in werte:
        if m["temp_c"] < -70:
            continue
        return m["temp_c"]`)}
\`\`\``),

  rec('code_sql', f`Need a faster version of this query, the lesson table has 4M rows:

${code(f`SELECT i.instructor_id, i.full_name, COUNT(l.lesson_id) AS lessons, SUM(l.duration_min) / 60.0 AS hours
FROM instructors i
JOIN lessons l ON l.instructor_id = i.instructor_id
WHERE l.lesson_date >= DATE_TRUNC('month', CURRENT_DATE) - INTERVAL '3 months'
  AND l.status = 'completed'
GROUP BY i.instructor_id, i.full_name
ORDER BY hours DESC;`)}`),

  rec('code_ts', f`Esta función para calcular el bracket de doble eliminación da rondas duplicadas. ¿Dónde está el error?

\`\`\`ts
${code(f`export function buildBracket(teams: string[]): Match[][] {
  const rounds: Match[][] = [];
  let current = [...teams];
  while (current.length > 1) {
    const round: Match[] = [];
    for (let i = 0; i < current.length; i += 2) {
      round.push({ home: current[i]!, away: current[i + 1] ?? 'BYE' });
    }
    rounds.push(round);
    current = round.map((m) => m.home);
  }
  return rounds;
}`)}
\`\`\``),

  rec('code_r', f`Dobrý den, v R mi tento kód pro vážení vzorku šetření vrací NA. Proč?

${code(f`library(survey)
dsgn <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w_final, data = hh, nest = TRUE)
prumer <- svymean(~prijem_domacnosti, dsgn, na.rm = FALSE)
print(prumer)`)}`),

  rec('code_go', f`Go service for the mill's stack emission feed — the goroutine leaks, can you spot it?

\`\`\`go
${code(f`func pollAnalyzer(ctx context.Context, addr string, out chan<- Reading) {
	ticker := time.NewTicker(10 * time.Second)
	for {
		select {
		case <-ticker.C:
			r, err := readModbus(addr)
			if err != nil {
				log.Printf("analyzer %s: %v", addr, err)
				continue
			}
			out <- r
		}
	}
}`)}
\`\`\``),

  rec('code_csharp', f`Bonjour, ce code C# du module sinistres calcule mal la franchise quand la devise est NOK :

\`\`\`csharp
${code(f`public decimal NetClaim(Claim c, IFxService fx)
{
    var gross = c.Items.Sum(i => i.Amount);
    var deductibleUsd = c.Policy.DeductibleUsd;
    var deductible = c.Currency == "USD" ? deductibleUsd : fx.Convert(deductibleUsd, "USD", c.Currency, c.LossDate);
    return Math.Max(0, gross - deductible);
}`)}
\`\`\``),

  rec('code_java', f`Java: NullPointerException w tym serwisie rezerwacji egzaminów. Linia 9.

${code(f`public List<Slot> freeSlots(LocalDate day, String centreId) {
    Centre centre = centreRepo.findById(centreId).orElse(null);
    List<Slot> all = slotRepo.findByCentreAndDay(centreId, day);
    List<Slot> free = new ArrayList<>();
    for (Slot s : all) {
        if (s.getBookedBy() == null) {
            free.add(s);
        }
    }
    free.sort(Comparator.comparing(Slot::getStart).thenComparing(s -> centre.getName()));
    return free;
}`)}`),

  rec('code_bash', f`Скрипт архивации фото с планшетов интервьюеров, почему find ничего не удаляет?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/data/capi/uploads
DST=/archive/capi/$(date +%Y/%m)
mkdir -p "$DST"
find "$SRC" -name '*.jpg' -mtime +30 -print0 | xargs -0 -I{} mv {} "$DST"/
find "$SRC" -type d -empty -delete
echo "done: $(ls "$DST" | wc -l) files"`)}
\`\`\``),

  rec('code_php', f`Ciao, la pagina di prenotazione guide della scuola mostra orari sbagliati d'estate:

${code(f`<?php
function slotLabel(int $ts): string {
    $d = new DateTime('@' . $ts);
    return $d->format('d/m/Y H:i');
}
foreach ($slots as $s) {
    echo '<option value="' . $s['id'] . '">' . slotLabel($s['start_ts']) . '</option>';
}`)}`),

  rec('code_kotlin', f`Kotlin app for field enumerators — the GPS fix is stale on some tablets:

${code(f`fun currentFix(lm: LocationManager): Location? {
    val providers = lm.getProviders(true)
    var best: Location? = null
    for (p in providers) {
        val l = lm.getLastKnownLocation(p) ?: continue
        if (best == null || l.accuracy < best.accuracy) best = l
    }
    return best
}`)}`),

  rec('code_rust', f`Rust parser for replay files from our tournament, panics on old versions:

\`\`\`rust
${code(f`fn parse_header(buf: &[u8]) -> Result<Header, ParseError> {
    let magic = &buf[0..4];
    if magic != b"RPLY" {
        return Err(ParseError::BadMagic);
    }
    let version = u16::from_le_bytes([buf[4], buf[5]]);
    let players = buf[6] as usize;
    let names = (0..players).map(|i| read_name(&buf[8 + i * 32..])).collect::<Result<Vec<_>, _>>()?;
    Ok(Header { version, names })
}`)}
\`\`\``),

  rec('code_python_pandas', f`Bitte optimieren, läuft 20 Minuten für die CSB-Messwerte der Kläranlage:

${code(f`import pandas as pd

df = pd.read_csv("csb_2024.csv", sep=";", decimal=",")
out = []
for _, row in df.iterrows():
    if row["csb_mg_l"] > 90:
        out.append({"datum": row["datum"], "wert": row["csb_mg_l"], "grenzwert": 90})
pd.DataFrame(out).to_excel("ueberschreitungen.xlsx", index=False)`)}`),

  rec('code_js', f`Overlay for the stream shows the wrong kill count after a round reset:

${code(f`let kills = {};
socket.on('kill', (e) => {
  kills[e.player] = (kills[e.player] || 0) + 1;
  render(kills);
});
socket.on('round_start', () => {
  kills = {};
});
function render(k) {
  document.querySelector('#kills').textContent = Object.entries(k).map(([p, n]) => \`\${p}: \${n}\`).join(' · ');
}`)}`),

  rec('code_sql_biobank', f`Biobank: I need this to also show aliquots that were never thawed.

\`\`\`sql
${code(f`SELECT s.sample_id, s.sample_type, a.aliquot_id, COUNT(t.thaw_id) AS thaw_cycles
FROM samples s
JOIN aliquots a ON a.sample_id = s.sample_id
JOIN thaw_events t ON t.aliquot_id = a.aliquot_id
WHERE s.collected_at >= '2023-01-01'
GROUP BY s.sample_id, s.sample_type, a.aliquot_id
HAVING COUNT(t.thaw_id) < 3;`)}
\`\`\``),

  rec('code_python_stats', f`Hola, en la oficina de estadística calculamos la tasa de no respuesta así. ¿Está bien el denominador?

${code(f`def tasa_no_respuesta(visitas):
    elegibles = [v for v in visitas if v.estado not in ("vacía", "demolida")]
    no_resp = [v for v in elegibles if v.resultado in ("rechazo", "ausente")]
    return len(no_resp) / len(visitas)`)}`),

  rec('code_vba', f`Excel macro from the claims team, it crashes when a cell is empty:

${code(f`Sub TotalReserves()
    Dim ws As Worksheet, r As Long, total As Double
    Set ws = ThisWorkbook.Sheets("Reserves")
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        total = total + CDbl(ws.Cells(r, 5).Value)
    Next r
    ws.Range("H1").Value = total
End Sub`)}`),

  rec('code_diff', f`Review this diff for the driving-test booking service please:

\`\`\`diff
${code(f`--- a/booking/service.py
+++ b/booking/service.py
@@ -41,7 +41,9 @@ def book(slot_id, pupil_id):
     slot = Slot.get(slot_id)
-    if slot.booked:
+    if slot.booked or slot.start < now():
         raise SlotUnavailable(slot_id)
+    if Pupil.get(pupil_id).theory_passed_at is None:
+        raise TheoryNotPassed(pupil_id)
     slot.booked = True
     slot.pupil_id = pupil_id
     slot.save()`)}
\`\`\``),

  rec('code_swift', f`iOS app for biobank couriers, the barcode callback fires twice:

${code(f`func metadataOutput(_ output: AVCaptureMetadataOutput, didOutput objects: [AVMetadataObject], from connection: AVCaptureConnection) {
    guard let obj = objects.first as? AVMetadataMachineReadableCodeObject,
          let code = obj.stringValue else { return }
    AudioServicesPlaySystemSound(SystemSoundID(kSystemSoundID_Vibrate))
    delegate?.didScan(tubeId: code)
}`)}`),

  rec('code_cpp', f`C++ for the paper machine basis-weight controller — is this PID anti-windup correct?

${code(f`double Pid::step(double setpoint, double measured, double dt) {
    double err = setpoint - measured;
    integral_ += err * dt;
    integral_ = std::clamp(integral_, -iMax_, iMax_);
    double deriv = (err - prevErr_) / dt;
    prevErr_ = err;
    return kp_ * err + ki_ * integral_ + kd_ * deriv;
}`)}`),

  rec('code_ruby', f`Ruby script that emails match schedules to team captains, sends duplicates:

${code(f`Match.upcoming.each do |m|
  [m.home_team, m.away_team].each do |team|
    CaptainMailer.schedule(team.captain, m).deliver_later
  end
end
Match.upcoming.update_all(notified: true)`)}`),
];
