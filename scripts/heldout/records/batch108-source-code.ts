/**
 * Held-out batch 108: pasted source code from the lottery's claims system, the hospital's
 * referral tooling, the cargo-claims desk, the satellite ISP's NOC, the museum registrar and the
 * dairy cooperative's payment and lab systems. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH108_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Milk price calculation gives a few cents difference vs. the old Excel. Why?

\`\`\`python
${code(f`from decimal import Decimal, ROUND_HALF_UP

BASE_PRICE = Decimal("0.4250")  # EUR per litre at 4.2% fat / 3.4% protein

def milk_price(litres: int, fat: float, protein: float, scc: int) -> Decimal:
    price = BASE_PRICE
    price += (Decimal(str(fat)) - Decimal("4.2")) * Decimal("0.0080") * 10
    price += (Decimal(str(protein)) - Decimal("3.4")) * Decimal("0.0120") * 10
    if scc > 400_000:
        price -= Decimal("0.0200")
    return (price * litres).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)`)}
\`\`\``),

  rec('code_sql', f`Welche Händler haben in den letzten 4 Wochen mehr als 3 Gewinne über 1.000 € ausgezahlt? Meine Abfrage ist sehr langsam:

${code(f`SELECT r.retailer_id,
       r.name,
       COUNT(*)            AS big_payouts,
       SUM(p.amount_cents) AS total_cents
FROM payouts p
JOIN retailers r ON r.retailer_id = p.retailer_id
WHERE p.paid_at >= now() - interval '28 days'
  AND p.amount_cents > 100000
GROUP BY r.retailer_id, r.name
HAVING COUNT(*) > 3
ORDER BY big_payouts DESC;`)}`),

  rec('code_ts', f`Type error on the referral form validation: "Type 'undefined' is not assignable to type 'RiskLevel'".

${code(f`type RiskLevel = 'low' | 'medium' | 'high' | 'immediate';

interface Referral {
  childAgeMonths: number;
  concerns: string[];
  risk?: RiskLevel;
}

export function triage(r: Referral): RiskLevel {
  const severe = r.concerns.some((c) => ['fracture', 'burn', 'head-injury'].includes(c));
  if (severe && r.childAgeMonths < 24) return 'immediate';
  return r.risk;
}`)}`),

  rec('code_go', f`NOC poller: goroutines pile up when a terminal doesn't answer. What's wrong?

${code(f`func pollAll(ctx context.Context, terms []Terminal) <-chan Status {
	out := make(chan Status)
	var wg sync.WaitGroup
	for _, t := range terms {
		wg.Add(1)
		go func(t Terminal) {
			defer wg.Done()
			st, err := t.Query(ctx)
			if err != nil {
				st = Status{ID: t.ID, Err: err}
			}
			out <- st
		}(t)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}`)}`),

  rec('code_rust', f`Rust: parsing modem telemetry lines, borrow checker complains about \`line\` not living long enough.

${code(f`struct Sample<'a> {
    terminal: &'a str,
    snr_db: f32,
    rx_mbps: f32,
}

fn parse_all(reader: impl BufRead) -> Vec<Sample<'static>> {
    let mut out = Vec::new();
    for line in reader.lines() {
        let line = line.unwrap();
        let mut it = line.split(';');
        let terminal = it.next().unwrap();
        let snr_db = it.next().unwrap().parse().unwrap();
        let rx_mbps = it.next().unwrap().parse().unwrap();
        out.push(Sample { terminal, snr_db, rx_mbps });
    }
    out
}`)}`),

  rec('code_csharp', f`Hasar dosyası için muafiyet hesabı yanlış çıkıyor, yüzde muafiyet ile minimum muafiyet karşılaştırmasını kontrol eder misin?

${code(f`public decimal Settlement(decimal lossAmount, Policy policy)
{
    var pctDeductible = lossAmount * policy.DeductiblePercent / 100m;
    var deductible = Math.Min(pctDeductible, policy.MinimumDeductible);
    var payable = lossAmount - deductible;
    if (payable > policy.SumInsured)
        payable = policy.SumInsured;
    return Math.Round(payable, 2, MidpointRounding.AwayFromZero);
}`)}`),

  rec('code_kotlin', f`${code(f`class TicketScanViewModel(private val repo: ClaimRepository) : ViewModel() {
    private val _state = MutableStateFlow<ScanState>(ScanState.Idle)
    val state: StateFlow<ScanState> = _state

    fun onBarcode(raw: String) {
        viewModelScope.launch {
            _state.value = ScanState.Checking
            _state.value = when (val r = repo.check(raw)) {
                is CheckResult.Winner -> ScanState.Winner(r.prizeCents, r.needsClaimForm)
                CheckResult.NoWin -> ScanState.NoWin
                is CheckResult.Error -> ScanState.Failed(r.message)
            }
        }
    }
}`)}

Kiosk: wenn man zwei Lose schnell hintereinander scannt, zeigt es manchmal das Ergebnis vom ersten. Wie verhindere ich das?`),

  rec('code_swift', f`Aplikasi iOS untuk teknisi: kompas untuk mengarahkan parabola tidak update. Kenapa?

${code(f`final class DishAligner: NSObject, CLLocationManagerDelegate {
    private let manager = CLLocationManager()
    var onHeading: ((Double) -> Void)?

    func start() {
        manager.delegate = self
        manager.headingFilter = 1
        manager.requestWhenInUseAuthorization()
    }

    func locationManager(_ manager: CLLocationManager, didUpdateHeading newHeading: CLHeading) {
        onHeading?(newHeading.trueHeading)
    }
}`)}`),

  rec('code_php', f`${code(f`<?php
// museum loans: compute insurance value in EUR from the lender's currency
function insuranceValueEur(array $object, array $rates): float {
    $value = (float) $object['agreed_value'];
    $cur = strtoupper($object['currency'] ?? 'EUR');
    if ($cur !== 'EUR') {
        if (!isset($rates[$cur])) {
            throw new RuntimeException("no rate for $cur");
        }
        $value = $value / $rates[$cur];
    }
    return round($value * 1.1, 2); // 10% nail-to-nail margin
}`)}

Le prêteur suisse dit que notre valeur d'assurance est trop basse. Le calcul du taux est-il inversé ?`),

  rec('code_r', f`R: I want a control chart of somatic cell count per farm, but ggplot draws one line for all farms.

${code(f`library(dplyr)
library(ggplot2)

scc <- read.csv("lab_scc_2024.csv") |>
  mutate(date = as.Date(sample_date)) |>
  filter(!is.na(scc))

ggplot(scc, aes(x = date, y = scc / 1000)) +
  geom_line() +
  geom_hline(yintercept = 400, linetype = "dashed", colour = "red") +
  labs(y = "SCC (x1000 cells/ml)", title = "Tank SCC per farm")`)}`),

  rec('code_vba', f`${code(f`Function ClaimReserve(cargoValue As Double, damagePct As Double, salvage As Double) As Double
    Dim gross As Double
    gross = cargoValue * damagePct / 100
    If salvage > gross Then
        ClaimReserve = 0
    Else
        ClaimReserve = gross - salvage
    End If
End Function`)}

Excel'de =ClaimReserve(A2;B2;C2) #DEĞER! veriyor, B sütunu yüzde formatında. Sorun bu mu?`),

  rec('code_bash', f`${code(f`#!/bin/bash
# nightly: pull the list of terminals with SNR below threshold and open tickets
THRESH=\${1:-6.0}
curl -s "https://noc.internal.example/api/terminals?fields=id,snr" \\
  | jq -r --arg t "$THRESH" '.[] | select(.snr < ($t|tonumber)) | .id' \\
  | while read -r id; do
      ./open-ticket.sh --terminal "$id" --reason "low SNR" --queue field-install
    done`)}

Эта штука открывает дубликаты тикетов каждую ночь. Как проверить, что тикет уже открыт?`),

  rec('code_java', f`${code(f`@Service
public class DrawResultService {
    private final Map<LocalDate, DrawResult> cache = new HashMap<>();

    public DrawResult forDate(LocalDate date) {
        return cache.computeIfAbsent(date, d -> repository.findByDrawDate(d)
            .orElseThrow(() -> new DrawNotFoundException(d)));
    }
}`)}

Under load we get ConcurrentModificationException here. Should I use ConcurrentHashMap or Caffeine?`),

  rec('code_dart', f`Flutter app cho nông dân xem kết quả xét nghiệm sữa: danh sách không tải lại khi kéo xuống.

${code(f`class SamplesPage extends StatefulWidget {
  const SamplesPage({super.key});
  @override
  State<SamplesPage> createState() => _SamplesPageState();
}

class _SamplesPageState extends State<SamplesPage> {
  late Future<List<Sample>> _future = api.fetchSamples();

  @override
  Widget build(BuildContext context) {
    return RefreshIndicator(
      onRefresh: () async { api.fetchSamples(); },
      child: FutureBuilder<List<Sample>>(
        future: _future,
        builder: (c, s) => s.hasData ? SampleList(s.data!) : const Center(child: CircularProgressIndicator()),
      ),
    );
  }
}`)}`),

  rec('code_lua', f`${code(f`-- OpenWrt on the customer router: switch to LTE backup if the satellite link drops
local function link_ok()
  local h = io.popen("ping -c 3 -W 2 -I wan ${amb('pii.ip_address', '1.1.1.1')} >/dev/null 2>&1; echo $?")
  local rc = tonumber(h:read("*a"))
  h:close()
  return rc == 0
end

if not link_ok() then
  os.execute("ifup wwan")
  os.execute("logger -t satfailover 'sat link down, LTE up'")
end`)}

Átkapcsolásnál a DNS nem vált át. Mit kell még csinálni?`),

  rec('code_elixir', f`${code(f`defmodule Coop.Payments.Batch do
  alias Coop.Payments.{Line, Sepa}

  def build(period, lines) do
    lines
    |> Enum.reject(&(&1.amount_cents <= 0))
    |> Enum.group_by(& &1.member_id)
    |> Enum.map(fn {member, ls} -> %Line{member_id: member, amount_cents: Enum.sum(Enum.map(ls, & &1.amount_cents))} end)
    |> Sepa.credit_transfer(period)
  end
end`)}

Czy to dobrze, że odrzucam ujemne korekty przed zsumowaniem? Rolnik z potrąceniem za SCC dostał za dużo.`),

  rec('code_sql_plsql', f`${code(f`CREATE OR REPLACE PROCEDURE close_expired_loans IS
BEGIN
  UPDATE loans
     SET status = 'RETURN_DUE',
         updated_at = SYSTIMESTAMP
   WHERE status = 'ON_LOAN'
     AND end_date < TRUNC(SYSDATE) - 0;
  COMMIT;
EXCEPTION
  WHEN OTHERS THEN
    ROLLBACK;
    RAISE;
END;`)}

Registrar wants loans that end TODAY included too. Is "< TRUNC(SYSDATE)" excluding them?`),

  rec('code_python_2', f`Pandas: merging the claims export with the vessel list gives duplicated rows.

\`\`\`python
${code(f`import pandas as pd

claims = pd.read_csv("claims_2024.csv", parse_dates=["loss_date"])
vessels = pd.read_csv("vessels.csv")

merged = claims.merge(vessels, how="left", left_on="vessel_name", right_on="name")
summary = (merged.groupby(["flag_state", "cargo_type"])["paid_eur"]
                 .agg(["count", "sum"])
                 .sort_values("sum", ascending=False))
print(summary.head(20))`)}
\`\`\``),

  rec('code_ruby', f`${code(f`class ConditionReport < ApplicationRecord
  belongs_to :loan
  has_many_attached :photos

  validates :checked_by, :checked_at, presence: true
  validate :photos_present_for_damage

  private

  def photos_present_for_damage
    return unless damage_noted?
    errors.add(:photos, "required when damage is noted") if photos.blank?
  end
end`)}

Rails 7: validation passes even without photos when uploading from the iPad. Why?`),

  rec('code_cpp', f`${code(f`// decode tank sensor frame: [0xAA][id][temp*10 hi][temp*10 lo][level%][crc]
bool decode(const uint8_t* buf, size_t n, Reading& out) {
    if (n < 6 || buf[0] != 0xAA) return false;
    uint8_t crc = 0;
    for (size_t i = 0; i < 5; ++i) crc ^= buf[i];
    if (crc != buf[5]) return false;
    out.tankId = buf[1];
    out.tempC = ((buf[2] << 8) | buf[3]) / 10.0f;
    out.levelPct = buf[4];
    return true;
}`)}

Negative Temperaturen im Winter kommen als 6553 Grad an. Vorzeichen vergessen?`),
];
