/**
 * Held-out batch 139: pasted source code from the six organisations (lift queue models, dialysis
 * quality queries, VGM and IMDG checks, library ILS scripts, beehive sensors, Benford tests), with
 * prompts in many languages. Hand-written.
 */
import { f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH139_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Warum liefert die Wartezeit-Schätzung für die Gondel immer 0 Minuten, sobald die Anlage auf Revisionsgeschwindigkeit läuft?

\`\`\`python
${code(f`def estimated_wait(queue_len: int, carriers_per_min: float, seats: int = 8, load_factor: float = 0.85) -> int:
    """Minutes a guest joining the queue now will wait."""
    throughput = carriers_per_min * seats * load_factor
    if throughput <= 0:
        return 0
    return round(queue_len / throughput)

for lift in lifts:
    lift.wait = estimated_wait(lift.sensor.queue, lift.speed_cpm)`)}
\`\`\``),

  rec('code_kotlin', f`La app de pases de temporada crashea al escanear el QR en Android 14, ¿ves algo raro?

${code(f`class PassScanner(private val api: PassApi) : ImageAnalysis.Analyzer {
    override fun analyze(image: ImageProxy) {
        val buffer = image.planes[0].buffer
        val data = ByteArray(buffer.remaining()).also { buffer.get(it) }
        val result = decoder.decode(data, image.width, image.height) ?: return image.close()
        lifecycleScope.launch {
            val pass = api.validate(result.text)
            _state.value = if (pass.valid) ScanState.Ok(pass.holder) else ScanState.Denied(pass.reason)
        }
    }
}`)}`),

  rec('code_sql', f`Query für den Qualitätsbericht (Kt/V unter Zielwert), läuft ewig auf der Replika:

${code(f`SELECT p.patient_id,
       AVG(s.ktv) AS avg_ktv,
       COUNT(*) FILTER (WHERE s.ktv < 1.2) AS sessions_below_target
FROM dialysis_sessions s
JOIN patients p ON p.patient_id = s.patient_id
WHERE s.session_date >= date_trunc('month', now()) - interval '3 months'
  AND p.unit_code IN ('DZ-NORD', 'DZ-SUED')
GROUP BY p.patient_id
HAVING AVG(s.ktv) < 1.2
ORDER BY avg_ktv;`)}`),

  rec('code_go', f`VGM 校验函数，总重超过最大值的时候没有报错，帮我看看：

${code(f`func ValidateVGM(c Container) error {
	if c.VGMKg <= 0 {
		return fmt.Errorf("container %s: VGM missing", c.Number)
	}
	if c.VGMKg > c.MaxGrossKg {
		fmt.Errorf("container %s: VGM %d kg exceeds max gross %d kg", c.Number, c.VGMKg, c.MaxGrossKg)
	}
	if c.Method != "SM1" && c.Method != "SM2" {
		return errors.New("unknown weighing method")
	}
	return nil
}`)}`),

  rec('code_ts', f`IMDG segregation check for the stowage planner — is the matrix lookup right? Class 3 next to 5.1 should be "separated from".

${code(f`type ImdgClass = '1' | '2.1' | '2.2' | '3' | '4.1' | '5.1' | '6.1' | '8' | '9';
const SEG: Record<ImdgClass, Partial<Record<ImdgClass, 0 | 1 | 2 | 3 | 4>>> = {
  '3': { '2.1': 2, '5.1': 2, '8': 0, '4.1': 0 },
  '5.1': { '3': 2, '4.1': 1, '8': 2 },
  // …
} as Record<ImdgClass, Partial<Record<ImdgClass, 0 | 1 | 2 | 3 | 4>>>;

export function segregation(a: ImdgClass, b: ImdgClass): number {
  return SEG[a]?.[b] ?? SEG[b]?.[a] ?? 0;
}`)}`),

  rec('code_java', f`${code(f`@Service
public class BookingAmendmentService {
    private final BookingRepository repo;

    @Transactional
    public Booking changeEquipment(String bookingNo, String isoType, int qty) {
        Booking b = repo.findByNumber(bookingNo).orElseThrow(() -> new NotFoundException(bookingNo));
        if (b.getStatus() == Status.GATED_IN) {
            throw new IllegalStateException("cannot amend after gate-in: " + bookingNo);
        }
        b.getEquipment().removeIf(e -> e.getIsoType().equals(isoType));
        b.getEquipment().add(new Equipment(isoType, qty));
        return repo.save(b);
    }
}`)}

Ce service perd parfois les autres lignes d'équipement quand deux agents modifient le même booking. Optimistic locking ?`),

  rec('code_ruby', f`${code(f`# lib/tasks/overdue.rake
namespace :circ do
  desc "Send overdue reminders (3, 10 and 21 days)"
  task overdue: :environment do
    [3, 10, 21].each do |days|
      Checkout.overdue_by(days).includes(:patron).find_each do |co|
        next if co.patron.opted_out_of_email?
        OverdueMailer.with(checkout: co, days: days).reminder.deliver_later
      end
    end
  end
end`)}

Ska jag köra det här som ett cron-jobb eller med Sidekiq scheduler? Vi är ett bibliotekskonsortium med 14 filialer.`),

  rec('code_swift', f`${code(f`struct LibraryCardView: View {
    @State private var showBarcode = false
    let card: LibraryCard

    var body: some View {
        VStack(spacing: 12) {
            Text(card.homeLibrary).font(.headline)
            if showBarcode {
                Image(uiImage: Codabar.image(for: card.barcode, width: 280))
                    .interpolation(.none)
            }
            Button(showBarcode ? "Hide" : "Show card") { showBarcode.toggle() }
        }
        .onAppear { UIScreen.main.brightness = 1.0 }
    }
}`)}

Die Helligkeit bleibt auf 100 %, auch wenn man die Ansicht verlässt. Wie setze ich sie zurück?`),

  rec('code_rust', f`Beehive scale firmware: the weight jumps by ~2 kg when the temperature drops below 0 °C. Is my compensation wrong?

${code(f`fn compensated_weight(raw: i32, temp_c: f32, cal: &Calibration) -> f32 {
    let grams = (raw - cal.offset) as f32 / cal.scale;
    let drift = cal.temp_coeff * (temp_c - cal.ref_temp_c);
    grams - drift
}

#[test]
fn zero_at_reference() {
    let cal = Calibration { offset: 8_421_337, scale: 21.7, temp_coeff: 4.2, ref_temp_c: 20.0 };
    assert!((compensated_weight(8_421_337, 20.0, &cal)).abs() < 0.01);
}`)}`),

  rec('code_php', f`${code(f`add_filter('woocommerce_package_rates', function ($rates, $package) {
    $weight = WC()->cart->get_cart_contents_weight();
    foreach ($rates as $id => $rate) {
        if ($rate->method_id === 'flat_rate' && $weight > 20) {
            unset($rates[$id]); // honey pallets ship freight only
        }
    }
    return $rates;
}, 10, 2);`)}

Na loja da cooperativa, os clientes de Portugal continuam a ver a taxa fixa mesmo com 30 kg de mel no carrinho. Porquê?`),

  rec('code_r', f`Benford test on the vendor invoices for the Meridian file — the chi-square looks too good to be true, am I doing something wrong?

${code(f`library(dplyr)
inv <- read.csv("ap_invoices_2023.csv")
first_digit <- as.integer(substr(gsub("[^0-9]", "", format(inv$amount, scientific = FALSE)), 1, 1))
obs <- table(factor(first_digit, levels = 1:9))
exp <- log10(1 + 1 / (1:9)) * sum(obs)
chisq.test(obs, p = exp / sum(exp))`)}`),

  rec('code_python', f`Ce script de détection de factures en double rate les doublons quand le fournisseur ajoute un tiret dans le numéro. Idées ?

${code(f`import pandas as pd

df = pd.read_excel("grand_livre_vertbois.xlsx", sheet_name="AP")
df["inv_norm"] = df["invoice_no"].astype(str).str.upper().str.strip()
dups = df[df.duplicated(subset=["vendor_id", "inv_norm", "amount"], keep=False)]
dups.sort_values(["vendor_id", "inv_norm"]).to_excel("doublons.xlsx", index=False)`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# nightly MARC export for the union catalogue
set -euo pipefail
OUT=/var/exports/marc/$(date +%F)
mkdir -p "$OUT"
for lib in WEST EAST NORTH LAKE; do
  koha-shell tvlc -c "perl misc/export_records.pl --format=xml --filename=$OUT/$lib.xml --where \\"homebranch='$lib'\\""
done
find /var/exports/marc -type d -mtime +14 -exec rm -rf {} +`)}

Το find στο τέλος σβήνει μερικές φορές και τον σημερινό φάκελο. Γιατί;`),

  rec('code_powershell', f`${code(f`$units = Import-Csv .\\dialyse_einheiten.csv
foreach ($u in $units) {
    $free = (Get-CimInstance Win32_LogicalDisk -ComputerName $u.Host -Filter "DeviceID='D:'").FreeSpace / 1GB
    if ($free -lt 20) {
        Send-MailMessage -To "${v('pii.email', 'it-dialyse@nefrolink.net')}" -Subject "Speicher knapp auf $($u.Host)" -Body "$([math]::Round($free,1)) GB frei" -SmtpServer smtp.nefrolink.net
    }
}`)}

Send-MailMessage ist deprecated — womit ersetze ich das am einfachsten?`),

  rec('code_dart', f`${code(f`class HiveInspectionForm extends StatefulWidget {
  const HiveInspectionForm({super.key, required this.hiveId});
  final String hiveId;

  @override
  State<HiveInspectionForm> createState() => _HiveInspectionFormState();
}

class _HiveInspectionFormState extends State<HiveInspectionForm> {
  bool queenSeen = false;
  int framesOfBrood = 0;
  String varroaCount = '';

  @override
  Widget build(BuildContext context) => Column(children: [
        SwitchListTile(title: const Text('Reina vista'), value: queenSeen, onChanged: (v) => setState(() => queenSeen = v)),
        Slider(value: framesOfBrood.toDouble(), max: 10, divisions: 10, onChanged: (v) => setState(() => framesOfBrood = v.round())),
      ]);
}`)}

¿Cómo guardo esto offline? En los apiarios de Córdoba no hay señal.`),

  rec('code_python_test', f`Pytest fixture for the patron-import job, the test fails on the phone normalisation:

${code(f`@pytest.fixture
def patron_row():
    return {
        "barcode": "21982004718362",
        "name": "Okonkwo, Chidinma",
        "email": "${v('pii.email', 'chidinma.okonkwo@gmail.com')}",
        "phone": "${phone('+1 (970) 754-3318')}",
        "home_branch": "WEST",
    }

def test_normalises_phone(patron_row):
    assert import_patron(patron_row).phone == "${phone('+19707543318')}"`)}`),

  rec('code_scala', f`${code(f`val arrivals = spark.read.parquet("s3://omcl-lake/ais/2025/")
  .filter($"port_locode".isin("SGSIN", "CNSHA", "KRPUS"))
  .withColumn("dwell_h", (unix_timestamp($"departed") - unix_timestamp($"berthed")) / 3600)
  .groupBy($"port_locode", window($"berthed", "7 days"))
  .agg(percentile_approx($"dwell_h", 0.9).as("p90_dwell_h"))`)}

p90 dwell time per port per week — 왜 window 컬럼이 struct로 나오죠? 엑셀로 내보내야 해요.`),

  rec('code_csharp', f`${code(f`public static decimal LiftTicketPrice(DateOnly day, AgeGroup age, int days)
{
    var basePrice = Season.IsPeak(day) ? 79m : 64m;
    var factor = age switch
    {
        AgeGroup.Child => 0.5m,
        AgeGroup.Youth => 0.75m,
        AgeGroup.Senior => 0.85m,
        _ => 1m,
    };
    return Math.Round(basePrice * factor * days * (days >= 6 ? 0.9m : 1m), 0, MidpointRounding.AwayFromZero);
}`)}

Il prezzo per i bambini di 6 giorni in alta stagione esce 213, il listino dice 214. Dove sbaglio l'arrotondamento?`),

  rec('diff', f`Review please, this changes how we round dialysate flow in the prescription screen:

${code(f`--- a/src/prescription/flow.ts
+++ b/src/prescription/flow.ts
@@ -12,7 +12,9 @@ export function dialysateFlow(qb: number, factor = 1.5): number {
-  return Math.round(qb * factor / 50) * 50;
+  const qd = qb * factor;
+  // pumps only accept 100 mL/min steps above 500
+  return qd > 500 ? Math.round(qd / 100) * 100 : Math.round(qd / 50) * 50;
 }`)}`),

  rec('code_elixir', f`${code(f`defmodule Honey.Lots do
  def blend(lots) when is_list(lots) do
    total = Enum.reduce(lots, 0, fn %{kg: kg}, acc -> acc + kg end)
    moisture = Enum.reduce(lots, 0.0, fn %{kg: kg, moisture: m}, acc -> acc + kg * m end) / total
    %{kg: total, moisture: Float.round(moisture, 1), origin: lots |> Enum.map(& &1.origin) |> Enum.uniq()}
  end
end`)}

Ist das richtig, dass die Feuchte gewichtet gemittelt wird? EU-Grenze für Honig ist 20 %.`),

  rec('code_sql_ils', f`${code(f`SELECT b.branchcode, COUNT(DISTINCT i.issue_id) AS loans, COUNT(DISTINCT r.reserve_id) AS holds
FROM branches b
LEFT JOIN issues i ON i.branchcode = b.branchcode AND i.issuedate >= '2025-01-01'
LEFT JOIN reserves r ON r.branchcode = b.branchcode AND r.reservedate >= '2025-01-01'
GROUP BY b.branchcode;`)}
Les chiffres de prêts sont trop hauts pour les bibliothèques qui ont beaucoup de réservations. C'est le double LEFT JOIN ?`),

  rec('code_lua', f`${code(f`-- snowmaking valve sequence, runs on the pump station controller
local function open_valves(line, wet_bulb)
  if wet_bulb > -2.5 then return false, "too warm" end
  for i, v in ipairs(line.valves) do
    v:set(100)
    sleep(line.ramp_s)
  end
  return true
end`)}

Est-ce qu'on peut faire une rampe progressive au lieu de tout ouvrir à 100 % ?`),
];
