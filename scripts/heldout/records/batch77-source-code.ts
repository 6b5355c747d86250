/**
 * Held-out batch 77: source code pasted by engineers of a sleep clinic, a microfinance lender, a
 * post-production house, a library system, a cement plant and a classification society. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH77_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`This AHI calculation gives higher values than the scoring software. What am I missing?

\`\`\`python
${code(f`import numpy as np
import pandas as pd

def ahi(events: pd.DataFrame, hypnogram: pd.Series, epoch_s: int = 30) -> float:
    """Apnoea-hypopnoea index per hour of sleep."""
    sleep_epochs = hypnogram.isin(["N1", "N2", "N3", "REM"]).sum()
    tst_h = sleep_epochs * epoch_s / 3600
    scored = events[(events.type.isin(["OA", "CA", "MA", "H"])) & (events.duration_s >= 10)]
    return round(len(scored) / tst_h, 1) if tst_h else np.nan`)}
\`\`\``),

  rec('code_sql_de', f`Die Mahnliste für überfällige Medien ist zu langsam (40 s). Kann man das umbauen?

${code(f`SELECT b.cardnumber, b.surname, b.firstname, i.barcode, bi.title,
       DATEDIFF(CURDATE(), iss.date_due) AS tage_ueberfaellig
FROM issues iss
JOIN borrowers b ON b.borrowernumber = iss.borrowernumber
JOIN items i ON i.itemnumber = iss.itemnumber
JOIN biblio bi ON bi.biblionumber = i.biblionumber
WHERE iss.date_due < CURDATE() - INTERVAL 14 DAY
  AND b.categorycode NOT IN ('STAFF', 'ILL')
ORDER BY tage_ueberfaellig DESC;`)}`),

  rec('code_go', f`Render job scheduler: frames sometimes get assigned twice. Race?

${code(f`type Scheduler struct {
	mu      sync.Mutex
	pending []Frame
	running map[string]Frame
}

func (s *Scheduler) Next(node string) (Frame, bool) {
	s.mu.Lock()
	if len(s.pending) == 0 {
		s.mu.Unlock()
		return Frame{}, false
	}
	f := s.pending[0]
	s.mu.Unlock()

	s.mu.Lock()
	s.pending = s.pending[1:]
	s.running[node] = f
	s.mu.Unlock()
	return f, true
}`)}`),

  rec('code_ts', f`Flat-interest group loan schedule — the last instalment is off by a few shillings. Rounding?

\`\`\`ts
${code(f`export function schedule(principal: number, flatRatePct: number, weeks: number): number[] {
  const interest = principal * (flatRatePct / 100) * (weeks / 52);
  const total = principal + interest;
  const instalment = Math.round(total / weeks);
  return Array.from({ length: weeks }, (_, i) =>
    i === weeks - 1 ? total - instalment * (weeks - 1) : instalment,
  );
}`)}
\`\`\``),

  rec('code_csharp_pl', f`Odczyt temperatury strefy spiekania z serwera OPC UA — czasem dostaję BadSessionIdInvalid po nocy. Jak zrobić reconnect?

${code(f`var endpoint = CoreClientUtils.SelectEndpoint(config, "opc.tcp://kiln-opc:4840", useSecurity: true);
using var session = await Session.Create(config, new ConfiguredEndpoint(null, endpoint), false, "historian", 60000, null, null);

while (!ct.IsCancellationRequested)
{
    var value = session.ReadValue(NodeId.Parse("ns=3;s=Kiln2.BurningZone.Temp"));
    await writer.WriteAsync(new Sample(DateTime.UtcNow, Convert.ToDouble(value.Value)));
    await Task.Delay(1000, ct);
}`)}`),

  rec('code_st', f`Structured text for the kiln main burner interlock, can you review the logic? (Siemens SCL)

${code(f`IF NOT "ID_Fan".Running OR "Kiln_Inlet_O2" < 1.5 OR "Flame_Scanner".NoFlame THEN
    "Main_Burner".Enable := FALSE;
    "Coal_Dosing".Setpoint := 0.0;
    "Alarm_Burner_Trip" := TRUE;
ELSIF "Burner_Purge".Done AND "Operator_Start" THEN
    "Main_Burner".Enable := TRUE;
    "Coal_Dosing".Setpoint := LIMIT(MN := 0.0, IN := "Coal_SP_tph", MX := 14.0);
END_IF;`)}`),

  rec('code_python_fr', f`Conversion des LUT pour l'étalonnage : le résultat est trop contrasté par rapport à Resolve.

${code(f`import PyOpenColorIO as ocio

config = ocio.Config.CreateFromFile("/studio/ocio/aces_1.3/config.ocio")
proc = config.getProcessor("ACES - ACEScct", "Output - Rec.709")
cpu = proc.getDefaultCPUProcessor()

def bake_cube(path: str, size: int = 33) -> None:
    with open(path, "w") as fh:
        fh.write(f"LUT_3D_SIZE {size}\\n")
        for b in range(size):
            for g in range(size):
                for r in range(size):
                    rgb = cpu.applyRGB([r / (size - 1), g / (size - 1), b / (size - 1)])
                    fh.write("{:.6f} {:.6f} {:.6f}\\n".format(*rgb))`)}`),

  rec('code_rust', f`Half-hour averages for the CEMS report: the validity rule (≥ 20 of 30 minutes) isn't applied correctly I think.

${code(f`pub fn half_hour_avg(samples: &[(i64, f64)]) -> Vec<(i64, Option<f64>)> {
    let mut buckets: BTreeMap<i64, Vec<f64>> = BTreeMap::new();
    for &(ts, v) in samples {
        buckets.entry(ts - ts % 1800).or_default().push(v);
    }
    buckets
        .into_iter()
        .map(|(slot, vals)| {
            let valid = vals.len() >= 20;
            (slot, valid.then(|| vals.iter().sum::<f64>() / vals.len() as f64))
        })
        .collect()
}`)}`),

  rec('code_kotlin', f`Android app for field officers: repayment screen crashes when the group has no members yet.

${code(f`class RepaymentViewModel(private val repo: LoanRepository) : ViewModel() {
    val state = MutableStateFlow<RepaymentState>(RepaymentState.Loading)

    fun load(groupId: String) = viewModelScope.launch {
        val group = repo.group(groupId)
        val due = group.members.maxOf { it.nextInstalment.dueDate }
        state.value = RepaymentState.Ready(group, due, group.members.sumOf { it.nextInstalment.amount })
    }
}`)}`),

  rec('code_java', f`Our SIP2 client parses the 64 patron info response wrong when the patron has fines:

${code(f`public PatronInfo parse64(String msg) {
    PatronInfo p = new PatronInfo();
    p.status = msg.substring(2, 16);
    p.language = msg.substring(16, 19);
    p.date = msg.substring(19, 37);
    for (String field : msg.substring(61).split("\\\\|")) {
        if (field.startsWith("AE")) p.name = field.substring(2);
        else if (field.startsWith("BV")) p.feeAmount = new BigDecimal(field.substring(2));
        else if (field.startsWith("AU")) p.chargedItems.add(field.substring(2));
    }
    return p;
}`)}`),

  rec('code_perl_nb', f`Koha-plugin som skal sende SMS ved hentehylle, men den hopper over noen lånere. Ser du feilen?

${code(f`sub send_pickup_notices {
    my ($self) = @_;
    my $holds = Koha::Holds->search({ found => 'W', waitingdate => { '>=' => \\'CURDATE() - INTERVAL 1 DAY' } });
    while ( my $hold = $holds->next ) {
        my $patron = $hold->patron;
        next unless $patron->smsalertnumber;
        $self->_queue_sms( $patron, $hold->biblio->title, $hold->branchcode );
    }
}`)}`),

  rec('code_r', f`${code(f`library(survival)
psg <- read.csv("cohort_2019_2024.csv")
psg$cpap_adherent <- psg$mean_use_h >= 4
fit <- coxph(Surv(followup_years, cv_event) ~ cpap_adherent + age + bmi + ahi_baseline, data = psg)
summary(fit)
cox.zph(fit)`)}

Reviewer asks whether adherence as a fixed covariate is OK. Thoughts?`),

  rec('code_bash', f`Proxy generation for dailies — can this run in parallel on 8 cores?

${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC="$1"; DST="$2"
mkdir -p "$DST"
for clip in "$SRC"/*.mxf; do
  name=$(basename "$clip" .mxf)
  ffmpeg -nostdin -y -i "$clip" \\
    -vf "scale=1920:-2,lut3d=/luts/show_rec709.cube,drawtext=text='%{pts\\:hms}':x=20:y=h-40:fontcolor=white" \\
    -c:v prores_ks -profile:v 0 -c:a pcm_s16le "$DST/$name.mov"
done`)}`),

  rec('code_ruby_es', f`Hola, en el modelo de préstamos grupales la validación deja crear grupos con un solo miembro. ¿Por qué?

${code(f`class GroupLoan < ApplicationRecord
  has_many :memberships, dependent: :destroy
  has_many :borrowers, through: :memberships

  validates :amount, numericality: { greater_than: 0, less_than_or_equal_to: 50_000 }
  validate :minimum_members, on: :create

  def minimum_members
    errors.add(:borrowers, "mínimo 5 integrantes") if memberships.size < 5
  end
end`)}`),

  rec('code_swift', f`${code(f`func centralManager(_ central: CBCentralManager, didDiscover peripheral: CBPeripheral,
                    advertisementData: [String: Any], rssi RSSI: NSNumber) {
    guard let name = peripheral.name, name.hasPrefix("AirSense") else { return }
    cpap = peripheral
    cpap?.delegate = self
    central.stopScan()
    central.connect(peripheral, options: nil)
}`)}

The CPAP companion app never calls didConnect on iOS 18. Any idea?`),

  rec('code_vba', f`Makro für die Besichtigungsplanung: färbt Zellen falsch, wenn das Fälligkeitsdatum leer ist.

${code(f`Sub FaelligkeitenMarkieren()
    Dim r As Long
    For r = 2 To Cells(Rows.Count, "A").End(xlUp).Row
        If Cells(r, "F").Value - Date < 30 Then
            Cells(r, "F").Interior.Color = RGB(255, 120, 120)
        ElseIf Cells(r, "F").Value - Date < 90 Then
            Cells(r, "F").Interior.Color = RGB(255, 220, 120)
        End If
    Next r
End Sub`)}`),

  rec('code_python_ko', f`선급 검사 만기일 계산 코드인데 중간검사 윈도우가 틀린 것 같아요:

${code(f`from datetime import date
from dateutil.relativedelta import relativedelta

def survey_windows(delivery: date, cycle_years: int = 5):
    windows = []
    for year in range(1, cycle_years + 1):
        anniv = delivery + relativedelta(years=year)
        kind = "intermediate" if year in (2, 3) else "annual"
        windows.append((kind, anniv - relativedelta(months=3), anniv + relativedelta(months=3)))
    windows.append(("renewal", delivery + relativedelta(years=cycle_years, months=-3), delivery + relativedelta(years=cycle_years)))
    return windows`)}`),

  rec('code_jsx', f`${code(f`export function CatalogueSearch({ branch }) {
  const [q, setQ] = useState('');
  const { data, isLoading } = useQuery(['search', q, branch], () =>
    fetch(\`/api/search?q=\${encodeURIComponent(q)}&branch=\${branch}\`).then((r) => r.json()),
    { enabled: q.length > 2 },
  );
  return (
    <div className="search">
      <input value={q} onChange={(e) => setQ(e.target.value)} placeholder="Titel, forfatter, ISBN…" />
      {isLoading ? <Spinner /> : data?.hits.map((h) => <Hit key={h.id} hit={h} />)}
    </div>
  );
}`)}

Hvorfor søger den ved hvert tastetryk selv om jeg har enabled?`),

  rec('code_nuke_python', f`Nuke: this write-node callback should version up the render path but it overwrites v001 every time:

${code(f`import nuke, re

def version_up_write():
    for w in nuke.allNodes("Write"):
        path = w["file"].value()
        m = re.search(r"_v(\\d{3})", path)
        if not m:
            continue
        nxt = int(m.group(1)) + 1
        w["file"].setValue(path.replace(m.group(0), "_v%03d" % nxt))

nuke.addBeforeRender(version_up_write)`)}`),

  rec('code_matlab', f`Heat balance of the preheater tower, the specific heat consumption comes out at 2,100 kJ/kg clinker which is too low:

${code(f`m_coal = 12.4;            % t/h
ncv_coal = 26500;         % kJ/kg
m_clinker = 145;          % t/h
q_losses = [310 95 60];   % kJ/kg cl: exhaust, shell, cooler
q_fuel = m_coal * ncv_coal / m_clinker;
q_specific = q_fuel + sum(q_losses);
fprintf('Specific heat consumption: %.0f kJ/kg cl\\n', q_specific);`)}`),

  rec('diff', f`Review this change to the arrears rule please:

${code(f`--- a/rules/arrears.py
+++ b/rules/arrears.py
@@ -14,9 +14,12 @@ def classify(loan, today):
     days = (today - loan.oldest_unpaid_due).days
-    if days > 30:
+    if loan.product == "GROUP" and loan.group_guarantee_active:
+        grace = 7
+    else:
+        grace = 0
+    if days - grace > 30:
         return "PAR30"
-    if days > 0:
+    if days - grace > 0:
         return "ARREARS"
     return "CURRENT"`)}`),
];
