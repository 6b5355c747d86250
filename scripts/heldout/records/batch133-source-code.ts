/**
 * Held-out batch 133: pasted source code from the six settings (record linkage, booking capacity,
 * payroll, parts traceability, music-school apps, shelter bed boards), comments in many
 * languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH133_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Hvorfor gir denne Jaro–Winkler-koblingen så mange falske treff på doble etternavn?

\`\`\`python
${code(f`import jellyfish

def navnelikhet(a: str, b: str) -> float:
    # normaliser: små bokstaver, fjern bindestrek og æøå-varianter
    a = a.lower().replace("-", " ").replace("aa", "å")
    b = b.lower().replace("-", " ").replace("aa", "å")
    return jellyfish.jaro_winkler_similarity(a, b)

def er_treff(rad_a, rad_b, terskel=0.92):
    if rad_a["fodselsdato"] != rad_b["fodselsdato"]:
        return False
    return navnelikhet(rad_a["etternavn"], rad_b["etternavn"]) >= terskel`)}
\`\`\``),

  rec('code_sql', f`${code(f`-- Deterministisk kobling: hashede identifikatorer fra begge kilder
WITH patologi AS (
    SELECT pseudo_id, MIN(prove_dato) AS forste_prove, MAX(icdo3_morf) AS morf
    FROM stage.patologi_svar
    WHERE prove_dato >= DATE '2015-01-01'
    GROUP BY pseudo_id
)
SELECT k.pseudo_id, k.diagnose_dato, p.forste_prove, p.morf,
       k.diagnose_dato - p.forste_prove AS dager_diff
FROM registry.kreft_tilfeller k
JOIN patologi p USING (pseudo_id)
WHERE ABS(k.diagnose_dato - p.forste_prove) > 90;`)}

Forespørselen tar 40 minutter. Hvilken indeks mangler?`),

  rec('code_r', f`Can you check the age-standardisation? Rates look too high for the over-85s.

${code(f`library(dplyr)
esp2013 <- read.csv("esp2013_weights.csv")

asr <- incidence %>%
  inner_join(population, by = c("year", "sex", "ageband")) %>%
  inner_join(esp2013, by = "ageband") %>%
  group_by(year, sex, site) %>%
  summarise(asr = sum(cases / person_years * weight) / sum(weight) * 1e5,
            .groups = "drop")`)}`),

  rec('code_ts', f`Þetta fall á að reikna laus sæti í snjósleðaferð, en það leyfir yfirbókun þegar tveir bóka samtímis. Hvað er að?

${code(f`export async function bookSeats(tourId: string, pax: number): Promise<boolean> {
  const tour = await db.tour.findUnique({ where: { id: tourId } });
  if (!tour) throw new Error('Ferð finnst ekki');
  // sleðar eru 2 manna, leiðsögumaður telst ekki með
  const free = tour.sledCount * 2 - tour.bookedPax;
  if (pax > free) return false;
  await db.tour.update({ where: { id: tourId }, data: { bookedPax: tour.bookedPax + pax } });
  return true;
}`)}`),

  rec('code_kotlin', f`${code(f`class SledTracker(private val client: MqttClient) {
    private val lastFix = mutableMapOf<String, GpsFix>()

    fun onFix(sledId: String, fix: GpsFix) {
        val prev = lastFix[sledId]
        if (prev != null && fix.time - prev.time > 120_000 && fix.speedKmh < 1.0) {
            client.publish("alerts/stationary/$sledId", fix.toJson().toByteArray(), 1, false)
        }
        lastFix[sledId] = fix
    }
}`)}

The stationary alert fires for sleds parked at the base. How do I add a geofence around the hut?`),

  rec('code_go', f`汇率换算这里有精度问题，工资单上差了几分钱：

${code(f`func ConvertNet(netMinor int64, rate float64) int64 {
	// rate: 1 EUR = rate * local currency
	return int64(float64(netMinor) * rate)
}

func PayslipTotal(lines []Line, rate float64) int64 {
	var sum int64
	for _, l := range lines {
		sum += ConvertNet(l.AmountMinor, rate)
	}
	return sum
}`)}

应该用 decimal 还是先累加再换算？`),

  rec('code_java', f`${code(f`public BigDecimal solidarityPercent(BigDecimal incomeTax, boolean married) {
    // Solidaritätszuschlag 2025: Freigrenze 19.950 € (Splitting: 39.900 €)
    BigDecimal limit = married ? new BigDecimal("39900") : new BigDecimal("19950");
    if (incomeTax.compareTo(limit) <= 0) return BigDecimal.ZERO;
    BigDecimal full = incomeTax.multiply(new BigDecimal("0.055"));
    BigDecimal zone = incomeTax.subtract(limit).multiply(new BigDecimal("0.119"));
    return full.min(zone).setScale(2, RoundingMode.DOWN);
}`)}

Stimmt die Milderungszone so, oder muss ich auf Jahreswerte hochrechnen?`),

  rec('code_csharp', f`${code(f`public sealed record PartTrace(string PartNumber, string SerialNumber, string? Form1Ref, DateOnly? LastShopVisit);

public static IEnumerable<PartTrace> MissingBackToBirth(IEnumerable<PartTrace> parts) =>
    parts.Where(p => string.IsNullOrWhiteSpace(p.Form1Ref) || p.LastShopVisit is null)
         .OrderBy(p => p.PartNumber)
         .ThenBy(p => p.SerialNumber);`)}

We need this to also flag LLPs without full back-to-birth traceability. How would you model cycles remaining?`),

  rec('code_python', f`Parser for ATA Spec 2000 quote lines from the marketplace feed — it breaks on lines with a comma in the description:

${code(f`import csv, io

def parse_quotes(raw: str):
    out = []
    for row in csv.reader(io.StringIO(raw)):
        pn, cond, qty, price, desc = row[:5]
        out.append({
            "pn": pn.strip().upper(),
            "cond": cond if cond in {"NE", "NS", "OH", "SV", "AR"} else "UNK",
            "qty": int(qty),
            "price_usd": float(price or 0),
            "desc": desc,
        })
    return out`)}`),

  rec('code_swift', f`메트로놈 앱에서 템포를 바꾸면 박자가 한 번 밀려요. 이유가 뭘까요?

${code(f`final class Metronome {
    private var timer: DispatchSourceTimer?
    var bpm: Double = 90 { didSet { restart() } }

    func start() {
        let t = DispatchSource.makeTimerSource(queue: .main)
        t.schedule(deadline: .now(), repeating: 60.0 / bpm)
        t.setEventHandler { [weak self] in self?.tick() }
        t.resume()
        timer = t
    }

    private func restart() { timer?.cancel(); start() }
    private func tick() { ClickPlayer.shared.play() }
}`)}`),

  rec('code_php', f`${code(f`<?php
function lessonSlots(PDO $db, int $teacherId, string $date): array {
    $stmt = $db->prepare('SELECT start_time, end_time FROM lessons WHERE teacher_id = ? AND lesson_date = ?');
    $stmt->execute([$teacherId, $date]);
    $busy = $stmt->fetchAll(PDO::FETCH_ASSOC);
    $slots = [];
    for ($t = strtotime("$date 14:00"); $t < strtotime("$date 20:00"); $t += 45 * 60) {
        $free = true;
        foreach ($busy as $b) {
            if ($t < strtotime("$date {$b['end_time']}") && $t + 2700 > strtotime("$date {$b['start_time']}")) { $free = false; break; }
        }
        if ($free) $slots[] = date('H:i', $t);
    }
    return $slots;
}`)}

Ci serve anche la pausa di 15 minuti dopo due lezioni di fila, come la aggiungo?`),

  rec('code_ruby', f`${code(f`class TermInvoice
  SIBLING_DISCOUNT = 0.10

  def initialize(family)
    @family = family
  end

  def lines
    @family.students.sort_by(&:fee).reverse.each_with_index.map do |s, i|
      fee = s.fee * s.lessons_per_term
      fee *= (1 - SIBLING_DISCOUNT) if i.positive?
      { student: s.first_name, instrument: s.instrument, amount: fee.round(2) }
    end
  end
end`)}

Der Geschwisterrabatt soll nur ab dem dritten Kind gelten, nicht ab dem zweiten.`),

  rec('code_rust', f`${code(f`#[derive(Debug, Clone, Copy, PartialEq)]
enum BedState { Free, Held { until: i64 }, Occupied }

fn release_expired(beds: &mut [BedState], now: i64) -> usize {
    let mut n = 0;
    for b in beds.iter_mut() {
        if let BedState::Held { until } = *b {
            if until < now { *b = BedState::Free; n += 1; }
        }
    }
    n
}`)}

Outreach teams hold a bed for 90 min while they drive the client in. Is this safe if two workers call it at the same time?`),

  rec('code_bash', f`Skrypt do nocnego eksportu obłożenia schronisk – czasem tworzy pusty plik, czemu?

${code(f`#!/usr/bin/env bash
set -euo pipefail
OUT=/srv/exports/beds_$(date +%F).csv
psql "$BEDS_DSN" -At -F, -c "select shelter_id, beds_total, beds_free, updated_at from bed_board" > "$OUT"
if [ ! -s "$OUT" ]; then
  echo "pusty eksport" | mail -s "beds export empty" ops-alerts
fi
gzip -f "$OUT"`)}`),

  rec('code_js', f`${code(f`const map = L.map('outreach-map').setView([47.6062, -122.3321], 13);
L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 19 }).addTo(map);

encampments.forEach((e) => {
  const color = e.lastVisitDays > 7 ? 'red' : e.lastVisitDays > 3 ? 'orange' : 'green';
  L.circleMarker([e.lat, e.lng], { radius: 6 + Math.sqrt(e.people), color })
    .bindPopup(\`\${e.label}<br>last visit: \${e.lastVisitDays} days ago\`)
    .addTo(map);
});`)}

Ayúdame a agrupar los marcadores cuando hay muchos cerca (cluster).`),

  rec('code_c', f`${code(f`#include <stdint.h>

/* Telemetrie-Frame vom Schneemobil: 0xAA, len, rpm_hi, rpm_lo, temp, fuel, crc */
int parse_frame(const uint8_t *buf, size_t n, struct telemetry *out) {
    if (n < 7 || buf[0] != 0xAA) return -1;
    uint8_t len = buf[1];
    if (len + 2 > n) return -2;
    out->rpm = (uint16_t)(buf[2] << 8 | buf[3]);
    out->coolant_c = (int8_t)buf[4];
    out->fuel_pct = buf[5];
    return crc8(buf + 1, len) == buf[len + 1] ? 0 : -3;
}`)}

La température de refroidissement affiche -40 quand le moteur est froid, normal ?`),

  rec('code_sql', f`${code(f`-- HMIS: mögliche Dubletten (gleicher Nachname + Geburtsjahr, verschiedene Client-IDs)
SELECT a.client_id, b.client_id, a.last_name, a.birth_year
FROM clients a
JOIN clients b
  ON soundex(a.last_name) = soundex(b.last_name)
 AND a.birth_year = b.birth_year
 AND a.client_id < b.client_id
WHERE a.merged_into IS NULL AND b.merged_into IS NULL;`)}

soundex funktioniert schlecht für somalische und vietnamesische Namen. Alternativen?`),

  rec('diff', f`Review this fix for the rounding bug in the Polish payroll (ZUS contributions), please:

${code(f`--- a/payroll/pl/zus.py
+++ b/payroll/pl/zus.py
@@ -18,9 +18,10 @@ def zus_employee(gross: Decimal) -> dict[str, Decimal]:
-    emerytalna = gross * Decimal("0.0976")
-    rentowa = gross * Decimal("0.015")
-    chorobowa = gross * Decimal("0.0245")
+    q = Decimal("0.01")
+    emerytalna = (gross * Decimal("0.0976")).quantize(q, ROUND_HALF_UP)
+    rentowa = (gross * Decimal("0.015")).quantize(q, ROUND_HALF_UP)
+    chorobowa = (gross * Decimal("0.0245")).quantize(q, ROUND_HALF_UP)
     return {"emerytalna": emerytalna, "rentowa": rentowa, "chorobowa": chorobowa}`)}`),

  rec('code_python', f`Pseudonymisation step before data leaves the registry, is HMAC enough here?

${code(f`import hmac, hashlib, os

KEY = os.environ["LINKAGE_HMAC_KEY"].encode()

def pseudonym(nhs_number: str, dob_iso: str) -> str:
    msg = f"{nhs_number.replace(' ', '')}|{dob_iso}".encode()
    return hmac.new(KEY, msg, hashlib.sha256).hexdigest()[:32]`)}`),

  rec('code_dart', f`${code(f`class PracticeLog extends StatelessWidget {
  const PracticeLog({super.key, required this.sessions});
  final List<Session> sessions;

  @override
  Widget build(BuildContext context) {
    final total = sessions.fold<int>(0, (m, s) => m + s.minutes);
    return Column(children: [
      Text('Tuần này: $total phút'),
      for (final s in sessions) ListTile(title: Text(s.piece), trailing: Text('\${s.minutes}\\'')),
    ]);
  }
}`)}

Làm sao để nhóm theo ngày thay vì liệt kê từng buổi?`),

  rec('code_vba', f`Quote macro in our parts Excel, the currency column ends up as text:

${code(f`Sub BuildQuote()
    Dim ws As Worksheet: Set ws = Sheets("Quote")
    Dim r As Long
    For r = 2 To ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
        ws.Cells(r, "F").Value = Format(ws.Cells(r, "D").Value * ws.Cells(r, "E").Value, "#,##0.00")
    Next r
    ws.Range("H1").Value = "Contact AOG desk: " & "${phone('+1 305 418 2947')}"
End Sub`)}`),

  rec('code_python', f`Test fixture for the EOR onboarding service, our reviewer asked if it's OK to keep:

${code(f`def make_worker(**over):
    base = dict(
        full_name="Ingrid Solberg",
        email="${v('pii.email', 'ingrid.solberg@meridia-eor.com')}",
        phone="${phone('+47 412 83 947')}",
        birth_date=${amb('pii.date_of_birth', 'date(1990, 6, 15)')},
        country="NO",
    )
    base.update(over)
    return Worker(**base)`)}`),
];
