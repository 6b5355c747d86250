/**
 * Held-out batch 109: pasted source code — PLC structured text for irrigation, telematics
 * decoders, settlement and bond analytics, donor scheduling, newsroom tooling, cash-transfer
 * deduplication. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH109_SOURCE_CODE: DraftRecord[] = [
  rec('code_st', f`Our drip valve sequencing skips zone 4 when the EC alarm is active. IEC 61131-3 structured text:

${code(f`FUNCTION_BLOCK FB_DripSequence
VAR_INPUT
    xStart      : BOOL;
    xEcAlarm    : BOOL;
    tPulse      : TIME := T#4M;
END_VAR
VAR_OUTPUT
    axValve     : ARRAY[1..8] OF BOOL;
END_VAR
VAR
    iZone       : INT := 1;
    tonPulse    : TON;
END_VAR

tonPulse(IN := xStart AND NOT xEcAlarm, PT := tPulse);
axValve[iZone] := tonPulse.IN AND NOT tonPulse.Q;
IF tonPulse.Q THEN
    axValve[iZone] := FALSE;
    iZone := iZone + 1;
    IF iZone > 8 THEN iZone := 1; END_IF
    tonPulse(IN := FALSE);
END_IF
END_FUNCTION_BLOCK`)}

Why would it skip instead of pausing?`),

  rec('code_lua', f`Dit Lua-script draait op de klimaatcomputer en moet de gietbeurt uitstellen als de straling te laag is. Klopt de logica?

${code(f`local MIN_RAD_SUM = 150   -- J/cm2 since last irrigation
local rad_sum = 0

function on_radiation_sample(w_m2, dt_s)
  rad_sum = rad_sum + (w_m2 * dt_s) / 10000
  if rad_sum >= MIN_RAD_SUM then
    start_irrigation("afdeling_3", 180)
    rad_sum = 0
  end
end

function on_midnight()
  rad_sum = 0
end`)}`),

  rec('code_go', f`${code(f`package decoder

import (
	"encoding/binary"
	"errors"
)

type Frame struct {
	VehicleID uint32
	SpeedKmh  uint16
	FuelPct   uint8
	Odometer  uint32
}

var ErrShort = errors.New("frame too short")

func Decode(b []byte) (Frame, error) {
	if len(b) < 11 {
		return Frame{}, ErrShort
	}
	return Frame{
		VehicleID: binary.BigEndian.Uint32(b[0:4]),
		SpeedKmh:  binary.BigEndian.Uint16(b[4:6]),
		FuelPct:   b[6],
		Odometer:  binary.BigEndian.Uint32(b[7:11]),
	}, nil
}`)}

The odometer comes out 256x too big for the new tracker model — endianness?`),

  rec('code_rust', f`Rust telematics ingester — clippy complains about the clone, is it needed?

\`\`\`rust
${code(f`use std::collections::HashMap;

#[derive(Clone, Debug)]
pub struct Trip { pub vin: String, pub km: f64, pub harsh_events: u32 }

pub fn damage_risk(trips: &[Trip]) -> HashMap<String, f64> {
    let mut out: HashMap<String, f64> = HashMap::new();
    for t in trips.iter() {
        let score = t.harsh_events as f64 / t.km.max(1.0) * 100.0;
        *out.entry(t.vin.clone()).or_insert(0.0) += score;
    }
    out
}`)}
\`\`\``),

  rec('code_sql', f`Ce requête sur les positions en titres d'État est trop lente (12 s). Index à ajouter ?

${code(f`SELECT p.isin,
       i.issuer_country,
       SUM(p.nominal)                     AS nominal,
       SUM(p.nominal * pr.clean_price / 100) AS market_value
FROM   positions p
JOIN   instruments i ON i.isin = p.isin
JOIN   prices pr     ON pr.isin = p.isin AND pr.price_date = p.as_of
WHERE  p.as_of = DATE '2024-11-04'
  AND  i.instrument_type = 'GOVT'
GROUP  BY p.isin, i.issuer_country
ORDER  BY market_value DESC;`)}`),

  rec('code_vba', f`Macro Excel do desk de obrigações: calcula a data de liquidação T+2 mas não salta os feriados TARGET2. Onde está o erro?

${code(f`Function SettleDate(tradeDate As Date, Optional lag As Integer = 2) As Date
    Dim d As Date, n As Integer
    d = tradeDate
    Do While n < lag
        d = d + 1
        If Weekday(d, vbMonday) <= 5 Then
            If IsError(Application.Match(CLng(d), Range("Holidays"), 0)) Then n = n + 1
        End If
    Loop
    SettleDate = d
End Function`)}`),

  rec('code_q', f`kdb+/q — sum of fails by counterparty per day, but the result has nulls:

${code(f`fails:select from settlements where status=\`FAILED, date within 2024.10.01 2024.10.31
byCpty:select nfails:count i, nominal:sum qty by date, cpty from fails
byCpty:0^byCpty
\`nominal xdesc byCpty`)}`),

  rec('code_python', f`Python: accrued interest for a bond with ACT/ACT ICMA. Result is off by a few cents against the custodian, why?

${code(f`from datetime import date

def accrued(face: float, coupon: float, last: date, nxt: date, settle: date, freq: int = 1) -> float:
    days_accrued = (settle - last).days
    days_period = (nxt - last).days
    return face * coupon / freq * days_accrued / days_period

print(round(accrued(1_000_000, 0.0275, date(2024, 10, 25), date(2025, 10, 25), date(2024, 11, 6)), 2))`)}`),

  rec('code_kotlin', f`Android app for donors: the next-eligible-date shows one day early for some people.

${code(f`fun nextEligible(lastDonation: LocalDate, type: DonationType, sex: Sex): LocalDate {
    val days = when (type) {
        DonationType.WHOLE_BLOOD -> if (sex == Sex.MALE) 84L else 112L
        DonationType.PLATELETS -> 14L
        DonationType.PLASMA -> 14L
    }
    return lastDonation.atStartOfDay(ZoneOffset.UTC).plusDays(days).toLocalDate()
}`)}

(we store last_donation as local date in Europe/Berlin)`),

  rec('code_swift', f`${code(f`struct Slot: Identifiable, Hashable {
    let id: UUID
    let start: Date
    let chair: Int
}

func freeSlots(_ all: [Slot], booked: Set<UUID>) -> [Slot] {
    all.filter { !booked.contains($0.id) }
       .sorted { $0.start < $1.start }
}`)}

iOS: the donor booking screen is slow with 3000 slots, is filter+sorted the problem?`),

  rec('code_dart', f`Flutter app for field officers registering displaced households — the form loses data when the phone rotates:

${code(f`class HouseholdForm extends StatefulWidget {
  const HouseholdForm({super.key});
  @override
  State<HouseholdForm> createState() => _HouseholdFormState();
}

class _HouseholdFormState extends State<HouseholdForm> {
  final _size = TextEditingController();
  String? _shelter;

  @override
  Widget build(BuildContext context) {
    return Column(children: [
      TextField(controller: TextEditingController(), decoration: const InputDecoration(labelText: 'Head of household')),
      TextField(controller: _size, keyboardType: TextInputType.number),
      DropdownButton<String>(value: _shelter, items: shelters, onChanged: (v) => setState(() => _shelter = v)),
    ]);
  }
}`)}`),

  rec('code_python', f`Dedup of beneficiary registrations across partners — fuzzy name + phone. Any false-merge risk?

\`\`\`python
${code(f`import pandas as pd
from rapidfuzz import fuzz

def candidates(df: pd.DataFrame, threshold: int = 92) -> list[tuple[str, str]]:
    df = df.assign(phone_norm=df["phone"].str.replace(r"\\D", "", regex=True).str[-9:])
    pairs = []
    for _, grp in df.groupby("phone_norm"):
        rows = grp.to_dict("records")
        for i in range(len(rows)):
            for j in range(i + 1, len(rows)):
                if fuzz.token_sort_ratio(rows[i]["name"], rows[j]["name"]) >= threshold:
                    pairs.append((rows[i]["hh_id"], rows[j]["hh_id"]))
    return pairs`)}
\`\`\``),

  rec('code_php', f`WordPress plugin on the newsroom site: the embargo check lets posts through early for editors in another timezone.

${code(f`add_filter('wp_insert_post_data', function ($data, $postarr) {
    $embargo = get_post_meta($postarr['ID'], '_embargo_until', true);
    if ($embargo && strtotime($embargo) > time() && $data['post_status'] === 'publish') {
        $data['post_status'] = 'future';
        $data['post_date'] = $embargo;
    }
    return $data;
}, 10, 2);`)}`),

  rec('code_ruby', f`${code(f`class LeakIndexer
  STOPWORDS = %w[der die das the and of und].freeze

  def initialize(dir)
    @dir = dir
    @index = Hash.new { |h, k| h[k] = [] }
  end

  def build
    Dir.glob(File.join(@dir, "**/*.txt")).each do |path|
      File.foreach(path).with_index do |line, n|
        line.downcase.scan(/\\p{L}{4,}/).uniq.each do |w|
          @index[w] << [path, n + 1] unless STOPWORDS.include?(w)
        end
      end
    end
    @index
  end
end`)}

Dieser Indexer für die geleakten Vergabeakten braucht 9 GB RAM bei 40.000 Seiten. Wie mache ich das streaming-fähig?`),

  rec('code_csharp', f`C# — the reconciliation between our books and the custodian statement flags every row as a break after DST change.

${code(f`public static IEnumerable<Break> Reconcile(IEnumerable<Position> ours, IEnumerable<Position> theirs)
{
    var map = theirs.ToDictionary(p => (p.Isin, p.AsOf.Date));
    foreach (var p in ours)
    {
        if (!map.TryGetValue((p.Isin, p.AsOf.Date), out var t))
            yield return new Break(p.Isin, p.Nominal, 0m, "missing at custodian");
        else if (p.Nominal != t.Nominal)
            yield return new Break(p.Isin, p.Nominal, t.Nominal, "nominal mismatch");
    }
}`)}`),

  rec('code_powershell', f`Skrypt PowerShell, który co rano kopiuje pliki MT535 z udziału do archiwum, nie przenosi plików z dzisiejszą datą. Dlaczego?

${code(f`$src = "\\\\fs-bo01\\swift\\in\\MT535"
$dst = "D:\\archive\\MT535\\$(Get-Date -Format yyyy)"
New-Item -ItemType Directory -Force -Path $dst | Out-Null
Get-ChildItem $src -Filter *.fin |
  Where-Object { $_.LastWriteTime -lt (Get-Date).Date } |
  Move-Item -Destination $dst -Force`)}`),

  rec('code_c', f`Firmware for the soil-moisture sensor node: readings jump when the pump starts. Is my averaging wrong?

\`\`\`c
${code(f`#define N_SAMPLES 16

uint16_t read_moisture_avg(void) {
    uint32_t acc = 0;
    for (uint8_t i = 0; i < N_SAMPLES; i++) {
        acc += adc_read(ADC_CH_SOIL);
        delay_us(250);
    }
    return (uint16_t)(acc / N_SAMPLES);
}`)}
\`\`\``),

  rec('code_java', f`${code(f`@Service
public class DamageEstimateService {
    private static final BigDecimal VAT = new BigDecimal("0.21");

    public BigDecimal customerShare(BigDecimal repairNet, BigDecimal excess, boolean cdwTaken) {
        BigDecimal gross = repairNet.multiply(BigDecimal.ONE.add(VAT)).setScale(2, RoundingMode.HALF_UP);
        if (cdwTaken) return gross.min(excess);
        return gross;
    }
}`)}

Spring service om het eigen risico van de huurder te berekenen. Moet de btw wel over het eigen risico?`),

  rec('code_ts', f`React table for the cash-transfer dashboard: the totals row doesn't update when a filter changes.

${code(f`export function TransfersTable({ rows }: { rows: Transfer[] }) {
  const [district, setDistrict] = useState<string | null>(null);
  const visible = useMemo(() => rows.filter((r) => !district || r.district === district), [rows, district]);
  const total = useMemo(() => rows.reduce((s, r) => s + r.amountUsd, 0), [rows]);
  return (
    <>
      <DistrictPicker value={district} onChange={setDistrict} />
      <Table data={visible} footer={<span>Total: {total.toFixed(2)} USD</span>} />
    </>
  );
}`)}`),

  rec('code_julia', f`${code(f`using Statistics

function et0_hargreaves(tmin, tmax, ra)
    tmean = (tmin + tmax) / 2
    return 0.0023 * ra * (tmean + 17.8) * sqrt(max(tmax - tmin, 0))
end

daily = [et0_hargreaves(t[1], t[2], 28.5) for t in temps]
println(mean(daily))`)}

Hargreaves-Verdunstung für die Gewächshaus-Bewässerungsplanung – ist 28.5 MJ/m² als Ra für Mai in den Niederlanden realistisch?`),
];
