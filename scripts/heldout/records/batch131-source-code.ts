/**
 * Held-out batch 131: pasted source code from the six organisations (flight-log parsing, clinic
 * booking, customs tariff lookups, costume inventory, route optimisation, volunteer rota), comments
 * and questions in several languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH131_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Der Parser für die DJI-Flugprotokolle rundet die Höhe falsch, siehst du warum?

\`\`\`python
${code(f`from dataclasses import dataclass

@dataclass
class Sample:
    t: float
    lat: float
    lon: float
    alt_m: float

def parse_line(line: str) -> Sample:
    t, lat, lon, alt = line.strip().split(",")
    # Höhe kommt in Dezimetern
    return Sample(float(t), float(lat), float(lon), round(int(alt) / 10))

def clearance(samples: list[Sample], conductor_alt: float) -> float:
    return min(s.alt_m - conductor_alt for s in samples)`)}
\`\`\``),

  rec('code_rust', f`${code(f`/// Distance from drone position to a conductor segment (metres, local ENU)
pub fn dist_to_segment(p: [f64; 3], a: [f64; 3], b: [f64; 3]) -> f64 {
    let ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    let ap = [p[0] - a[0], p[1] - a[1], p[2] - a[2]];
    let len2 = ab.iter().map(|x| x * x).sum::<f64>();
    let t = (ap.iter().zip(ab.iter()).map(|(x, y)| x * y).sum::<f64>() / len2).clamp(0.0, 1.0);
    let proj = [a[0] + t * ab[0], a[1] + t * ab[1], a[2] + t * ab[2]];
    ((p[0] - proj[0]).powi(2) + (p[1] - proj[1]).powi(2) + (p[2] - proj[2]).powi(2)).sqrt()
}`)}

Est-ce que ça gère la caténaire ou il faut modéliser la flèche du câble séparément ?`),

  rec('code_sql', f`Query for the pediatric clinics: kids due for their 6-month recall who haven't booked. It's slow on 400k rows.

${code(f`SELECT p.patient_id, p.first_name, g.phone, MAX(a.visit_date) AS last_visit
FROM patients p
JOIN guardians g ON g.patient_id = p.patient_id AND g.is_primary
LEFT JOIN appointments a ON a.patient_id = p.patient_id AND a.status = 'done'
WHERE p.birth_date > CURRENT_DATE - INTERVAL '18 years'
GROUP BY p.patient_id, p.first_name, g.phone
HAVING MAX(a.visit_date) < CURRENT_DATE - INTERVAL '6 months'
   AND NOT EXISTS (SELECT 1 FROM appointments f WHERE f.patient_id = p.patient_id AND f.visit_date >= CURRENT_DATE);`)}`),

  rec('code_ts', f`${code(f`// Terminbuchung: Kinder unter 3 nur vormittags
export function allowedSlots(birthDate: Date, slots: Slot[], today = new Date()): Slot[] {
  const ageMonths = (today.getFullYear() - birthDate.getFullYear()) * 12 + today.getMonth() - birthDate.getMonth();
  return ageMonths < 36 ? slots.filter((s) => s.start.getHours() < 12) : slots;
}`)}

Kannst du dazu Vitest-Tests schreiben, inkl. Grenzfall genau 36 Monate?`),

  rec('code_java', f`${code(f`public final class HsCode {
    private static final Pattern P = Pattern.compile("^\\\\d{6}(\\\\d{2}(\\\\d{2})?)?$");

    public static String normalise(String raw) {
        String d = raw.replaceAll("[.\\\\s]", "");
        if (!P.matcher(d).matches()) throw new IllegalArgumentException("bad HS/CN/TARIC: " + raw);
        return d;
    }

    public static String chapter(String code) { return normalise(code).substring(0, 2); }
}`)}

The customs team pastes "8471.30.00" and "8471 30 00 00" — why does the second one fail?`),

  rec('code_kotlin', f`Android-appen för tullombudets chaufförer kraschar när deklarationsnumret är tomt:

${code(f`fun DeclarationCard(decl: Declaration?) = Column {
    Text(text = decl!!.mrn, style = MaterialTheme.typography.titleMedium)
    Text(text = "Status: " + decl.status.name.lowercase())
    if (decl.inspectionRequired) Badge { Text("Kontroll") }
}`)}`),

  rec('code_python', f`Opera costume inventory: I want to find costumes that are due back from hire and not yet cleaned.

${code(f`import pandas as pd

inv = pd.read_csv("costumi.csv", parse_dates=["rientro_previsto", "ultimo_lavaggio"])
oggi = pd.Timestamp.today().normalize()
da_lavare = inv[(inv["rientro_previsto"] <= oggi) & (inv["ultimo_lavaggio"] < inv["rientro_previsto"])]
print(da_lavare.groupby("produzione")["codice"].count().sort_values(ascending=False))`)}

Why does it say "Invalid comparison between dtype=datetime64 and str"?`),

  rec('code_swift', f`${code(f`struct Measurement: Codable {
    let performer: String
    let chestCm: Double
    let waistCm: Double
    let inseamCm: Double?
}

func alterationNeeded(_ m: Measurement, costume: Costume) -> Bool {
    abs(m.chestCm - costume.chestCm) > 2 || abs(m.waistCm - costume.waistCm) > 2
}`)}

衣装部のiPadアプリです。inseamがnilのときに股下の直しも判定したいのですが、どう書けばいいですか？`),

  rec('code_go', f`${code(f`// Route optimiser: split collection points into truck loads by weight
func SplitLoads(points []Point, capacityKg float64) [][]Point {
	var loads [][]Point
	var cur []Point
	var w float64
	for _, p := range points {
		if w+p.EstKg > capacityKg && len(cur) > 0 {
			loads = append(loads, cur)
			cur, w = nil, 0
		}
		cur = append(cur, p)
		w += p.EstKg
	}
	return append(loads, cur)
}`)}

¿Cómo lo cambio para que también respete el volumen del contenedor, no solo el peso?`),

  rec('code_cpp', f`${code(f`// fill-level sensor firmware (ultrasonic), ESP32
float readFillPercent(int trigPin, int echoPin, float binDepthCm) {
  digitalWrite(trigPin, LOW); delayMicroseconds(2);
  digitalWrite(trigPin, HIGH); delayMicroseconds(10);
  digitalWrite(trigPin, LOW);
  long us = pulseIn(echoPin, HIGH, 30000);
  float distCm = us * 0.0343f / 2.0f;
  return constrain(100.0f * (1.0f - distCm / binDepthCm), 0.0f, 100.0f);
}`)}

Датчики на контейнерах для стекла показват 100% когато са празни през зимата. Защо?`),

  rec('code_python', f`Rota script for the helpline: flag volunteers who did more than 3 night shifts this month (burnout policy).

${code(f`from collections import Counter
from datetime import time

def night(shift):
    return shift.start.time() >= time(22) or shift.start.time() < time(6)

def over_limit(shifts, limit=3):
    c = Counter(s.volunteer_id for s in shifts if night(s))
    return sorted(v for v, n in c.items() if n > limit)`)}`),

  rec('code_ruby', f`${code(f`class ShiftReminder
  def self.call(volunteer, shift)
    return if volunteer.opted_out_sms?

    body = I18n.t("reminder.sms", name: volunteer.first_name, at: shift.starts_at.strftime("%H:%M"), locale: volunteer.locale)
    SmsGateway.deliver(to: volunteer.mobile, body: body)
  end
end`)}

Hoe voeg ik een fallback naar e-mail toe als de sms faalt?`),

  rec('code_php', f`${code(f`function formatPhoneForSms(string $raw, string $country = 'MX'): string {
    $util = \\libphonenumber\\PhoneNumberUtil::getInstance();
    $num = $util->parse($raw, $country);
    return $util->format($num, \\libphonenumber\\PhoneNumberFormat::E164);
}

// prueba
echo formatPhoneForSms('${phone('33 1482 9173', 'MX')}');`)}

¿Por qué me sale un número distinto cuando el celular es de Guadalajara?`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# nightly: copy new thermal images from the field NAS to the processing box
set -euo pipefail
SRC=/mnt/fieldnas/thermal
DST=processing:/data/incoming/$(date +%F)
rsync -av --partial --remove-source-files --include='*/' --include='*.rjpg' --exclude='*' "$SRC/" "$DST/"
find "$SRC" -type d -empty -delete`)}

rsync kopiert die .RJPG mit Großbuchstaben nicht. Fix?`),

  rec('code_csharp', f`${code(f`public decimal DutyFor(Line l, TariffRate r)
{
    var customsValue = l.InvoiceValue + l.Freight + l.Insurance;
    var duty = Math.Round(customsValue * r.AdValorem, 2, MidpointRounding.AwayFromZero);
    var vat = Math.Round((customsValue + duty) * r.Vat, 2, MidpointRounding.AwayFromZero);
    return duty + vat;
}`)}

Il broker dice che l'IVA all'importazione è calcolata sul valore sbagliato. Dove sbaglio?`),

  rec('code_js', f`${code(f`// costume barcode scanner (web), zxing
const reader = new BrowserMultiFormatReader();
reader.decodeFromVideoDevice(undefined, 'cam', (result, err) => {
  if (result) {
    const code = result.getText();
    if (/^OA-\\d{5}$/.test(code)) checkout(code, currentProduction);
    else toast('Codice non valido: ' + code);
  }
});`)}

喺 iPad 開到鏡頭，但係乜都掃唔到，Android 就冇問題，點解？`),

  rec('code_python', f`${code(f`import geopandas as gpd

lines = gpd.read_file("lines_110kv.gpkg").to_crs(25832)
veg = gpd.read_file("vegetation_lidar.gpkg").to_crs(25832)
# trees within 5 m of the conductor corridor
corridor = lines.buffer(5)
hits = gpd.sjoin(veg, gpd.GeoDataFrame(geometry=corridor), predicate="intersects")
hits[["tree_id", "height_m", "geometry"]].to_file("vegetation_alerts.geojson", driver="GeoJSON")`)}

Kan du förklara vad sjoin gör här och varför det tar 20 minuter?`),

  rec('code_sql', f`Poročilo o tonaži odpadkov po okrožjih, potrebujem spremembo glede na prejšnji mesec:

\`\`\`sql
${code(f`SELECT district,
       date_trunc('month', weighed_at) AS month,
       SUM(net_kg) / 1000.0 AS tonnes,
       SUM(net_kg) / 1000.0 - LAG(SUM(net_kg) / 1000.0) OVER (PARTITION BY district ORDER BY date_trunc('month', weighed_at)) AS delta
FROM weighbridge_tickets
WHERE fraction = 'residual'
GROUP BY district, month
ORDER BY district, month;`)}
\`\`\``),

  rec('code_python', f`Unit test for the clinic SMS reminder, uses a fixture guardian:

${code(f`def test_reminder_text():
    g = Guardian(name="Test Parent", phone="${amb('pii.phone', '+1 202-555-0143')}", locale="en")
    msg = build_reminder(g, slot=datetime(2025, 1, 16, 15, 30))
    assert "16 Jan" in msg and "3:30" in msg`)}

Should the fixture phone be in E.164?`, 'fictional 555-01xx number in a test fixture: ambiguous'),

  rec('code_dart', f`${code(f`// helpline volunteer app: hide caller notes after the shift ends
bool canSeeNotes(Shift s, DateTime now) =>
    now.isAfter(s.start) && now.isBefore(s.end.add(const Duration(minutes: 30)));`)}

Flutter: שלום, איך אני בודק את זה עם אזורי זמן שונים? המתנדבים בישראל ובקפריסין.`),

  rec('code_lua', f`${code(f`-- drone payload gimbal script: point camera at insulator string
local function aim(yaw_deg, pitch_deg)
  gimbal:set_angle(0, math.max(-90, math.min(30, pitch_deg)), yaw_deg)
end

for i, tower in ipairs(mission.towers) do
  aim(tower.bearing, -35)
  camera:take_picture()
end`)}

ArduPilot Lua — af hverju hunsar gimbalinn yaw í follow mode?`),

  rec('diff', f`Review please:

${code(f`--- a/rota/assign.py
+++ b/rota/assign.py
@@ -41,7 +41,9 @@ def assign(volunteers, slots):
     for slot in slots:
-        pick = next(v for v in volunteers if v.available(slot))
+        pick = next((v for v in volunteers if v.available(slot) and not v.on_break), None)
+        if pick is None:
+            unfilled.append(slot); continue
         slot.assign(pick)`)}`),
];
