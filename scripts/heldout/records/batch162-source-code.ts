/**
 * Held-out batch 162: pasted source code (weight and balance, visit booking, lab analysis, bounty
 * tooling, admissions, meter-reading apps and firmware), asked about in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH162_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Is my CG calculation right? The AS350 envelope is 3.10–3.45 m aft of datum.

\`\`\`python
${code(f`SEAT_ARMS = {"pilot": 1.70, "front_pax": 1.70, "rear_left": 2.55, "rear_mid": 2.55, "rear_right": 2.55}
EMPTY = (1295.0, 3.52)  # kg, arm (m)
FUEL_ARM = 3.40

def centre_of_gravity(loads: dict[str, float], fuel_kg: float) -> tuple[float, float]:
    mass, moment = EMPTY[0], EMPTY[0] * EMPTY[1]
    for seat, kg in loads.items():
        mass += kg
        moment += kg * SEAT_ARMS[seat]
    mass += fuel_kg
    moment += fuel_kg * FUEL_ARM
    return mass, moment / mass

m, cg = centre_of_gravity({"pilot": 82, "front_pax": 95, "rear_left": 61, "rear_mid": 70}, 280)
assert 3.10 <= cg <= 3.45, f"CG out of envelope: {cg:.3f}"`)}
\`\`\``),

  rec('code_ts', f`${code(f`export async function holdSeats(flightId: string, pax: Passenger[]): Promise<Hold> {
  const flight = await db.flights.findUnique({ where: { id: flightId } });
  if (!flight) throw new NotFound(flightId);
  const load = pax.reduce((kg, p) => kg + p.weightKg, flight.bookedKg);
  if (load > flight.maxPayloadKg) {
    return { ok: false, reason: 'PAYLOAD', overKg: load - flight.maxPayloadKg };
  }
  return db.holds.create({ data: { flightId, seats: pax.length, expiresAt: addMinutes(new Date(), 15) } });
}`)}

why does this double-book when two people hold the last seats at the same time? Postgres, Prisma.`),

  rec('code_sql_nl', f`Deze query moet de vrije bezoekslots per afdeling geven, maar hij telt geannuleerde boekingen mee. Wat gaat er mis?

${code(f`SELECT s.slot_id, s.wing, s.starts_at, s.capacity - COUNT(b.booking_id) AS vrij
FROM visit_slots s
LEFT JOIN bookings b ON b.slot_id = s.slot_id
WHERE s.starts_at BETWEEN now() AND now() + interval '14 days'
  AND s.wing IN ('A', 'B', 'C')
GROUP BY s.slot_id, s.wing, s.starts_at, s.capacity
HAVING s.capacity - COUNT(b.booking_id) > 0
ORDER BY s.starts_at;`)}`),

  rec('code_csharp_de', f`Die Validierung für Besuchsanträge lässt Besucher unter 18 ohne Begleitperson durch. Wo ist der Fehler?

\`\`\`csharp
${code(f`public ValidationResult Validate(VisitRequest req)
{
    var errors = new List<string>();
    foreach (var visitor in req.Visitors)
    {
        var age = DateTime.Today.Year - visitor.BirthDate.Year;
        if (visitor.BirthDate > DateTime.Today.AddYears(-age)) age--;
        if (age < 18 && req.Visitors.Any(v => v.IsAdult)) continue;
        if (age < 18) errors.Add($"{visitor.Name}: minderjährig ohne Begleitung");
    }
    if (req.Visitors.Count > 3) errors.Add("max. 3 Besucher pro Termin");
    return errors.Count == 0 ? ValidationResult.Ok : ValidationResult.Fail(errors);
}`)}
\`\`\``),

  rec('code_r_nb', f`Kan du forklare hvorfor jodverdiene blir NA etter join? R-koden fra laben:

${code(f`library(dplyr)
res <- read.csv("icp_ms_feb.csv") |>
  mutate(batch = toupper(trimws(batch_id))) |>
  left_join(read.csv("harvest_log.csv"), by = c("batch" = "lot")) |>
  mutate(iodine_mg_kg = iodine_ug_g * 1.0, over_limit = iodine_mg_kg > 2000) |>
  group_by(species, site) |>
  summarise(n = n(), median_i = median(iodine_mg_kg, na.rm = TRUE), pct_over = mean(over_limit))
print(res)`)}`),

  rec('code_python_ko', f`수출 서류(패킹리스트) 만드는 스크립트인데 로트별 중량 합계가 안 맞아요. 봐 주세요.

\`\`\`python
${code(f`import pandas as pd

lots = pd.read_excel("harvest_2025_02.xlsx", sheet_name="lots")
lots["net_kg"] = lots["gross_kg"] - lots["bags"] * 0.35
packing = (lots.groupby(["container", "hs_code"], as_index=False)
               .agg(bags=("bags", "sum"), net_kg=("net_kg", "sum"), gross_kg=("gross_kg", "sum")))
packing.to_excel("packing_list_PI-2025-031.xlsx", index=False)`)}
\`\`\``),

  rec('code_go_ru', f`Сервис дедупликации отчётов баг-баунти иногда помечает разные отчёты как дубли. Вот функция:

${code(f`func fingerprint(r Report) string {
	h := sha256.New()
	u, _ := url.Parse(r.TargetURL)
	h.Write([]byte(strings.ToLower(u.Host)))
	h.Write([]byte(u.Path))
	h.Write([]byte(r.VulnClass))
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func (s *Store) IsDuplicate(r Report) (bool, string) {
	fp := fingerprint(r)
	if id, ok := s.byFP[fp]; ok {
		return true, id
	}
	s.byFP[fp] = r.ID
	return false, ""
}`)}

Query-параметры же тоже важны?`),

  rec('code_rust_ja', f`このRustのパーサーで、CVSSベクター文字列の解析がAV:Aのときにpanicします。なぜですか？

\`\`\`rust
${code(f`fn parse_av(v: &str) -> f32 {
    match v {
        "N" => 0.85,
        "L" => 0.55,
        "P" => 0.2,
        other => panic!("unknown AV {other}"),
    }
}

pub fn base_metrics(vector: &str) -> HashMap<&str, &str> {
    vector.trim_start_matches("CVSS:3.1/")
        .split('/')
        .filter_map(|kv| kv.split_once(':'))
        .collect()
}`)}
\`\`\``),

  rec('code_kotlin_pl', f`Aplikacja odczytowa na Androidzie gubi zdjęcia licznika, gdy nie ma zasięgu. Kod kolejki:

\`\`\`kotlin
${code(f`class ReadingUploader(private val api: MeterApi, private val dao: PendingDao) {
    suspend fun submit(reading: Reading, photo: File) {
        try {
            api.upload(reading.meterSerial, reading.value, photo.asRequestBody("image/jpeg".toMediaType()))
            photo.delete()
        } catch (e: IOException) {
            dao.insert(PendingReading(reading, photo.path))
        } finally {
            photo.delete()
        }
    }
}`)}
\`\`\``),

  rec('code_swift_cs', f`Proč se v iOS verzi aplikace pro odečty plynu ukládá stav o jednu číslici kratší?

${code(f`func normalise(_ raw: String, digits: Int = 8) -> String? {
    let cleaned = raw.filter(\\.isNumber)
    guard !cleaned.isEmpty else { return nil }
    let value = String(cleaned.prefix(digits - 1))
    return String(repeating: "0", count: max(0, digits - value.count)) + value
}`)}`),

  rec('code_dart_hu', f`A Flutter appban a mérőóra-leolvasás űrlap nem engedi a tizedesvesszőt. Mit rontottam el?

\`\`\`dart
${code(f`TextFormField(
  keyboardType: const TextInputType.numberWithOptions(decimal: true),
  inputFormatters: [FilteringTextInputFormatter.allow(RegExp(r'[0-9.]'))],
  validator: (v) {
    final x = double.tryParse(v ?? '');
    if (x == null) return 'Érvénytelen állás';
    if (x < lastReading) return 'Kisebb, mint az előző leolvasás';
    return null;
  },
)`)}
\`\`\``),

  rec('code_cpp_fi', f`Kaasumittarin pulssilaskuri hyppää joskus tuplasti. Tässä keskeytyskäsittelijä:

${code(f`volatile uint32_t pulses = 0;
volatile uint32_t lastUs = 0;

void IRAM_ATTR onPulse() {
  uint32_t now = micros();
  if (now - lastUs < 50) return;  // debounce
  lastUs = now;
  pulses++;
}

void setup() {
  pinMode(PULSE_PIN, INPUT_PULLUP);
  attachInterrupt(digitalPinToInterrupt(PULSE_PIN), onPulse, CHANGE);
}`)}

Pitäisikö debounce olla millisekunteja?`),

  rec('code_vba', f`The bursary spreadsheet macro gives every family the same percentage. What's wrong?

${code(f`Function BursaryPct(income As Double, children As Integer) As Double
    Dim adj As Double
    adj = income / (1 + 0.25 * (children - 1))
    Select Case adj
        Case Is < 30000: BursaryPct = 1
        Case Is < 45000: BursaryPct = 0.75
        Case Is < 60000: BursaryPct = 0.5
        Case Else: BursaryPct = 0
    End Select
    BursaryPct = 0.5
End Function`)}`),

  rec('code_php_fr', f`Le test unitaire du formulaire d'admission échoue depuis la mise à jour de PHPUnit :

\`\`\`php
${code(f`public function testApplicantIsStored(): void
{
    $form = new AdmissionForm([
        'child_name'  => 'Inès Morel',
        'birth_date'  => '${v('pii.date_of_birth', '2014-09-02')}',
        'parent_mail' => '${v('pii.email', 'sophie.morel@orange.fr')}',
        'parent_tel'  => '${phone('06 71 48 29 35', 'FR')}',
    ]);
    $this->assertTrue($form->isValid());
    $this->assertSame('${v('pii.email', 'sophie.morel@orange.fr')}', $this->repo->last()->parentMail);
}`)}
\`\`\``),

  rec('code_ruby_es', f`¿Por qué este scope de Rails me devuelve visitas de otros centros penitenciarios?

${code(f`class Visit < ApplicationRecord
  belongs_to :visitor
  belongs_to :slot

  scope :upcoming_for, ->(prison_id) {
    joins(:slot).where("slots.starts_at > ?", Time.current).or(where(prison_id: prison_id))
  }

  validates :visitor, uniqueness: { scope: :slot_id, message: "ya tiene una visita en este horario" }
end`)}`),

  rec('code_bash', f`Backup script for the lab's results folder, runs from cron on the Connemara office NAS. It copies everything every night even if nothing changed:

${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/srv/lab/results
DST=/mnt/offsite/lab-results
STAMP=$(date +%Y%m%d)
mkdir -p "$DST/$STAMP"
cp -r "$SRC"/* "$DST/$STAMP"/
find "$DST" -maxdepth 1 -type d -mtime +30 -exec rm -rf {} +
echo "backup $STAMP done" | logger -t lab-backup`)}`),

  rec('code_java_zh', f`这段追溯码生成的 Java 代码在并发时会生成重复的批号，怎么改？

\`\`\`java
${code(f`public class LotNumberService {
    private int counter = 0;
    private LocalDate day = LocalDate.now();

    public String next(String site) {
        if (!LocalDate.now().equals(day)) {
            day = LocalDate.now();
            counter = 0;
        }
        counter++;
        return String.format("%s-%s-%04d", site, day.format(DateTimeFormatter.BASIC_ISO_DATE), counter);
    }
}`)}
\`\`\``),

  rec('code_python_he', f`למה הפונקציה הזו מחזירה 10.0 גם כשהציון צריך להיות 9.8?

${code(f`import math

def roundup(x: float) -> float:
    return math.ceil(x * 10) / 10

def base_score(impact: float, exploitability: float, scope_changed: bool) -> float:
    if impact <= 0:
        return 0.0
    if scope_changed:
        return roundup(min(1.08 * (impact + exploitability), 10))
    return roundup(min(impact + exploitability, 10))`)}`),

  rec('diff_tr', f`Bu yamayı inceleyebilir misin? Araştırmacının bulduğu IDOR açığını kapatmak için yazdım:

${code(f`--- a/app/controllers/visits_controller.rb
+++ b/app/controllers/visits_controller.rb
@@ -12,7 +12,8 @@ class VisitsController < ApplicationController
   def show
-    @visit = Visit.find(params[:id])
+    @visit = current_visitor.visits.find_by(id: params[:id])
+    return head :not_found unless @visit
     render json: VisitSerializer.new(@visit)
   end`)}`),

  rec('dockerfile_ar', f`لماذا حجم الصورة كبير جداً (1.8 جيجا)؟ هذا ملف Dockerfile لخدمة فرز التقارير:

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y chromium
EXPOSE 8080
CMD ["gunicorn", "-w", "4", "-b", "${amb('pii.ip_address', '0.0.0.0')}:8080", "triage.app:app"]`)}`),

  rec('code_sql_el', f`Θέλω τη λίστα αναμονής ανά τάξη, ταξινομημένη με βάση την ημερομηνία αίτησης και τα αδέρφια. Είναι σωστό;

${code(f`SELECT a.year_group, a.applicant_id, a.applied_on,
       (s.applicant_id IS NOT NULL) AS has_sibling,
       ROW_NUMBER() OVER (PARTITION BY a.year_group ORDER BY (s.applicant_id IS NOT NULL) DESC, a.applied_on) AS position
FROM applications a
LEFT JOIN siblings s ON s.applicant_id = a.applicant_id
WHERE a.status = 'waitlist' AND a.entry_year = 2026;`)}`),

  rec('code_test_vi', f`Test này fail vì định dạng số điện thoại, mình nên chuẩn hoá ở đâu?

\`\`\`ts
${code(f`describe('formatContact', () => {
  it('normalises Vietnamese mobiles to E.164', () => {
    expect(formatContact({ name: 'Trần Văn Nam', phone: '${phone('0903 482 917', 'VN')}' }).phone).toBe('${phone('+84903482917')}');
  });
});`)}
\`\`\``),
];
