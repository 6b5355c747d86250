/** Held-out batch 101: pasted source code from the importer, NGO, fund, drone, ticketing and laundry teams. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH101_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Why does this return the wrong battery reserve when wind is above 10 m/s?

\`\`\`python
${code(f`def reserve_wh(distance_km: float, payload_kg: float, wind_ms: float) -> float:
    base = 18.5 * distance_km
    load = 4.2 * payload_kg * distance_km
    if wind_ms > 10:
        base *= 1 + (wind_ms - 10) / 10
    return round((base + load) * 0.3, 1)`)}
\`\`\``),

  rec('code_sql', f`Cette requête sur la billetterie est très lente le samedi, une idée d'index ?

${code(f`SELECT s.slot_start, COUNT(t.id) AS vendus, s.capacite
FROM creneaux s
LEFT JOIN billets t ON t.creneau_id = s.id AND t.statut = 'PAYE'
WHERE s.site = 'CRYPTE' AND s.slot_start::date = CURRENT_DATE
GROUP BY s.slot_start, s.capacite
ORDER BY s.slot_start;`)}`),

  rec('code_ts', f`Mi-a poți explica de ce hook-ul ăsta face două cereri la fiecare schimbare de dată?

${code(f`export function useSlots(date: string) {
  const [slots, setSlots] = useState<Slot[]>([]);
  useEffect(() => {
    fetch(\`/api/slots?date=\${date}\`)
      .then((r) => r.json())
      .then(setSlots);
  }, [date, slots]);
  return slots;
}`)}`),

  rec('code_go', f`Kan iemand deze Go-functie reviewen? Hij berekent het aantal wasbeurten per kar linnengoed.

${code(f`package linen

type Cart struct {
	ID        string
	Items     map[string]int
	WeightKg  float64
}

func Cycles(c Cart, capacityKg float64) int {
	if capacityKg <= 0 {
		return 0
	}
	n := int(c.WeightKg / capacityKg)
	if c.WeightKg > float64(n)*capacityKg {
		n++
	}
	return n
}`)}`),

  rec('code_rust', f`Rust beginner here — the borrow checker complains in this telemetry parser:

\`\`\`rust
${code(f`pub struct Frame<'a> { pub drone: &'a str, pub alt_m: f32, pub soc: u8 }

pub fn parse(line: &str) -> Option<Frame> {
    let mut it = line.split(';');
    let drone = it.next()?;
    let alt_m = it.next()?.parse().ok()?;
    let soc = it.next()?.parse().ok()?;
    Some(Frame { drone, alt_m, soc })
}`)}
\`\`\``),

  rec('code_csharp', f`Hej, varför kastar den här metoden NullReferenceException när en kund saknar leveransadress?

${code(f`public decimal BeräknaFrakt(Order order)
{
    var zon = order.Kund.Leveransadress.Postnummer.Substring(0, 2);
    return zon switch
    {
        "11" or "12" => 0m,
        "75" => 149m,
        _ => 249m,
    };
}`)}`),

  rec('code_java', f`Questo metodo per il calcolo dell'IRR dei portafogli non converge a volte. Suggerimenti?

${code(f`public static double irr(double[] flussi) {
    double r = 0.1;
    for (int i = 0; i < 100; i++) {
        double npv = 0, d = 0;
        for (int t = 0; t < flussi.length; t++) {
            npv += flussi[t] / Math.pow(1 + r, t);
            d -= t * flussi[t] / Math.pow(1 + r, t + 1);
        }
        r = r - npv / d;
    }
    return r;
}`)}`),

  rec('code_php', f`Hola, el formulario de donaciones de la catedral no guarda el importe con decimales:

${code(f`<?php
$importe = (int) $_POST['importe'];
$stmt = $pdo->prepare('INSERT INTO donativos (nombre, importe, fecha) VALUES (?, ?, NOW())');
$stmt->execute([$_POST['nombre'], $importe]);
header('Location: /gracias.php');`)}`),

  rec('code_kotlin', f`Android-sovellus näyttää rokotusaikataulun väärin karkausvuonna syntyneille:

${code(f`fun nextDose(birth: LocalDate, monthsAfterBirth: Long): LocalDate =
    birth.plusMonths(monthsAfterBirth).withDayOfMonth(birth.dayOfMonth)`)}`),

  rec('code_swift', f`この Swift コードでドローンの到着予定時刻を表示していますが、タイムゾーンがずれます。

${code(f`let formatter = DateFormatter()
formatter.dateFormat = "HH:mm"
let eta = Date().addingTimeInterval(TimeInterval(mission.etaSeconds))
etaLabel.text = "到着予定 " + formatter.string(from: eta)`)}`),

  rec('code_ruby', f`Can you make this Ruby cleaner? It groups coffee lots by origin for the cupping table.

${code(f`lots = Lot.where(season: 2024).to_a
by_origin = {}
lots.each do |lot|
  by_origin[lot.origin] ||= []
  by_origin[lot.origin] << lot
end
by_origin.each { |o, ls| puts "#{o}: #{ls.map(&:code).join(', ')}" }`)}`),

  rec('code_bash', f`Skriptet som roterer loggfilene på bakkestasjonen sletter for mye. Hva er feil?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
LOGDIR=/var/log/flyging
find "$LOGDIR" -name "*.log" -mtime +7 -exec gzip {} \\;
find $LOGDIR -name "*.gz" -mtime +30 -delete
rm -rf $LOGDIR/tmp/*`)}
\`\`\``),

  rec('code_python_pandas', f`Wie kann ich diesen pandas-Code für die Portfolio-KPIs beschleunigen?

${code(f`import pandas as pd

df = pd.read_parquet("kpi_2024.parquet")
result = []
for company in df["company"].unique():
    sub = df[df["company"] == company]
    result.append({
        "company": company,
        "ebitda_margin": sub["ebitda"].sum() / sub["revenue"].sum(),
        "net_debt_ebitda": sub["net_debt"].iloc[-1] / sub["ebitda"].tail(4).sum(),
    })
out = pd.DataFrame(result)`)}`),

  rec('diff', f`Review this diff please, it changes how we round wash-cycle minutes:

${code(f`--- a/billing/cycles.py
+++ b/billing/cycles.py
@@ -12,7 +12,7 @@ def billable_minutes(cycle):
-    return math.ceil(cycle.duration_s / 60)
+    return math.ceil(cycle.duration_s / 60 / 5) * 5
 
 def invoice_line(cycle, rate):
     mins = billable_minutes(cycle)`)}`),

  rec('code_js', f`Tento kód na webu katedrály má zobrazit zbývající vstupenky, ale ukazuje NaN:

${code(f`async function zbyvajici(slotId) {
  const res = await fetch('/api/slot/' + slotId);
  const data = res.json();
  document.querySelector('#zbyva').textContent = data.kapacita - data.prodano;
}`)}`),

  rec('code_python', f`Este código envia SMS de lembrete de vacinação, mas os números de Timor saem sem o indicativo. Ajuda?

${code(f`def normalizar(numero: str) -> str:
    n = numero.replace(" ", "").replace("-", "")
    if n.startswith("00"):
        n = "+" + n[2:]
    if not n.startswith("+"):
        n = "+670" + n.lstrip("0")
    return n

assert normalizar("${phone('7723 4518', 'TL')}") == "${phone('+67077234518')}"`)}`),

  rec('code_sql', f`Zapytanie do raportu prania według oddziału szpitala zwraca zdublowane wiersze:

${code(f`SELECT o.nazwa, SUM(w.waga_kg) AS kg
FROM worki w
JOIN oddzialy o ON o.id = w.oddzial_id
JOIN dostawy d ON d.oddzial_id = o.id
WHERE w.data >= DATE '2024-11-01'
GROUP BY o.nazwa;`)}`),

  rec('code_python', f`Có thể tối ưu hàm này không? Nó tính độ ẩm trung bình của các bao cà phê theo kho.

${code(f`def do_am_tb(bao_list):
    kho = {}
    for b in bao_list:
        kho.setdefault(b["kho"], []).append(b["do_am"])
    return {k: sum(v) / len(v) for k, v in kho.items()}`)}`),

  rec('code_ts', f`Test is flaky on CI only. Drone mission scheduler:

${code(f`it('schedules next slot after cooldown', async () => {
  const s = new Scheduler({ cooldownMs: 500 });
  s.book('SP-07');
  await new Promise((r) => setTimeout(r, 500));
  expect(s.canBook('SP-07')).toBe(true);
});`)}

Logs show the webhook call came from ${amb('pii.ip_address', '10.12.0.44')} each time, if that matters.`),

  rec('code_cpp', f`Firmware snippet for the winch on the delivery drone — is the debounce right?

${code(f`void loop() {
  static uint32_t last = 0;
  if (digitalRead(PIN_RELEASE) == LOW && millis() - last > 50) {
    last = millis();
    winch.release();
  }
}`)}`),
];
