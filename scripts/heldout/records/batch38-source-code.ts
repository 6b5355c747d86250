/**
 * Held-out batch 38: pasted source code from crew-scheduling and loyalty systems, sawmill
 * measurement tools, a prosecutor's case system, mobile-money agent apps, museum collections
 * software and dairy plant systems, with comments and questions in the batch's languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH38_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Crew scheduling: this is supposed to flag any pattern where a cabin crew member gets less than 10 h rest between duties, but it misses the ones that cross midnight. What's wrong?

\`\`\`python
${code(f`from datetime import datetime, timedelta

MIN_REST = timedelta(hours=10)

def rest_breaches(duties: list[dict]) -> list[tuple[str, str, float]]:
    """duties: [{'crew': 'C40871', 'start': '2024-08-21 05:40', 'end': '2024-08-21 14:10'}, ...]"""
    out = []
    by_crew: dict[str, list[dict]] = {}
    for d in duties:
        by_crew.setdefault(d["crew"], []).append(d)
    for crew, ds in by_crew.items():
        ds.sort(key=lambda d: d["start"])
        for prev, nxt in zip(ds, ds[1:]):
            end = datetime.strptime(prev["end"], "%H:%M")
            start = datetime.strptime(nxt["start"], "%H:%M")
            gap = start - end
            if gap < MIN_REST:
                out.append((crew, nxt["start"], gap.total_seconds() / 3600))
    return out`)}
\`\`\``),

  rec('code_sql', f`${code(f`-- Corella Rewards: points that expire at the end of next month, per member
WITH earned AS (
    SELECT member_id,
           txn_date,
           points,
           SUM(points) OVER (PARTITION BY member_id ORDER BY txn_date
                             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_earned
    FROM loyalty.points_txn
    WHERE points > 0
),
burned AS (
    SELECT member_id, -SUM(points) AS total_burned
    FROM loyalty.points_txn
    WHERE points < 0
    GROUP BY member_id
)
SELECT e.member_id,
       SUM(e.points) FILTER (WHERE e.running_earned > COALESCE(b.total_burned, 0)) AS expiring
FROM earned e
LEFT JOIN burned b USING (member_id)
WHERE e.txn_date < date_trunc('month', now()) - INTERVAL '22 months'
GROUP BY e.member_id
HAVING SUM(e.points) FILTER (WHERE e.running_earned > COALESCE(b.total_burned, 0)) > 0;`)}

Is FIFO burning right here? A member who redeemed 5k points last year shows as expiring everything.`),

  rec('code_kotlin', f`Android crew app: the roster sync runs twice when the phone wakes from airplane mode after landing.

${code(f`class RosterSyncWorker(ctx: Context, params: WorkerParameters) : CoroutineWorker(ctx, params) {
    override suspend fun doWork(): Result {
        val since = prefs.lastSync ?: Instant.EPOCH
        return try {
            val changes = api.rosterChanges(since)
            db.withTransaction { changes.forEach { db.duties().upsert(it.toEntity()) } }
            prefs.lastSync = Instant.now()
            Result.success()
        } catch (e: IOException) {
            Result.retry()
        }
    }
}

fun scheduleRosterSync(ctx: Context) {
    val req = PeriodicWorkRequestBuilder<RosterSyncWorker>(15, TimeUnit.MINUTES)
        .setConstraints(Constraints(requiredNetworkType = NetworkType.CONNECTED))
        .build()
    WorkManager.getInstance(ctx).enqueue(req)
}`)}`),

  rec('code_swift', f`${code(f`struct Pairing: Decodable {
    let id: String
    let reportTime: Date
    let sectors: [Sector]

    enum CodingKeys: String, CodingKey {
        case id = "pairing_id"
        case reportTime = "report_local"
        case sectors
    }
}

let decoder = JSONDecoder()
decoder.dateDecodingStrategy = .iso8601
let pairings = try decoder.decode([Pairing].self, from: data)`)}

The vendor sends "report_local": "2024-08-21T05:40:00" without an offset and decoding fails. Crew are in AEST and AWST, how do I handle it?`),

  rec('code_java', f`Two agents in Abeokuta managed to cash out the same float twice within a second. Here's the service method, where's the race?

\`\`\`java
${code(f`@Service
public class FloatService {
    private final AgentFloatRepository repo;

    @Transactional
    public void debit(String agentId, BigDecimal amount, String ref) {
        AgentFloat fl = repo.findByAgentId(agentId)
            .orElseThrow(() -> new IllegalStateException("no float for " + agentId));
        if (fl.getBalance().compareTo(amount) < 0) {
            throw new InsufficientFloatException(agentId);
        }
        fl.setBalance(fl.getBalance().subtract(amount));
        fl.getEntries().add(new FloatEntry(ref, amount.negate(), Instant.now()));
        repo.save(fl);
    }
}`)}
\`\`\``),

  rec('code_go', f`${code(f`// USSD menu for agents: *7070# -> 1 Cash-in, 2 Cash-out, 3 Float balance
func handleUSSD(w http.ResponseWriter, r *http.Request) {
	sessionID := r.FormValue("sessionId")
	text := r.FormValue("text")
	parts := strings.Split(text, "*")

	var resp string
	switch {
	case text == "":
		resp = "CON Welcome\\n1. Cash-in\\n2. Cash-out\\n3. Float balance"
	case parts[0] == "3":
		bal, err := floats.Balance(r.Context(), r.FormValue("phoneNumber"))
		if err != nil {
			resp = "END Service unavailable, try again"
			break
		}
		resp = fmt.Sprintf("END Float: NGN %s", bal.StringFixed(2))
	default:
		resp = menus.Next(sessionID, parts)
	}
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprint(w, resp)
}`)}

The aggregator says some sessions end with an empty screen. Is it the break inside the switch?`),

  rec('code_dart', f`Agent app (Flutter): transactions done offline should be sent when network comes back, but some get sent twice.

${code(f`class OfflineQueue {
  final Box<PendingTxn> _box = Hive.box<PendingTxn>('pending');

  Future<void> flush(ApiClient api) async {
    for (final txn in _box.values) {
      try {
        await api.submit(txn.toJson());
        await txn.delete();
      } on SocketException {
        return;
      }
    }
  }
}

// called from main.dart
Connectivity().onConnectivityChanged.listen((_) => queue.flush(api));`)}`),

  rec('code_r', f`Museum morphometrics: I want the regression of wing length on latitude per species, but the facet plot shows one line for all.

${code(f`library(dplyr)
library(ggplot2)

wings <- read.csv("lepidoptera_wing_lengths.csv") |>
  filter(!is.na(lat), wing_mm > 0) |>
  mutate(species = factor(species))

fit <- lm(wing_mm ~ lat, data = wings)
summary(fit)

ggplot(wings, aes(lat, wing_mm)) +
  geom_point(alpha = 0.4) +
  geom_smooth(method = "lm", se = TRUE) +
  facet_wrap(~ species, scales = "free_y") +
  labs(x = "Latitude (°N)", y = "Forewing length (mm)")`)}`),

  rec('code_python', f`Darwin Core export check before we publish to GBIF — too slow on 1.2M rows, can you vectorise it?

${code(f`import pandas as pd

REQUIRED = ["occurrenceID", "basisOfRecord", "scientificName", "eventDate", "country"]

def problems(df: pd.DataFrame) -> list[str]:
    out = []
    for i, row in df.iterrows():
        for col in REQUIRED:
            if pd.isna(row[col]) or str(row[col]).strip() == "":
                out.append(f"row {i}: missing {col}")
        if not pd.isna(row["decimalLatitude"]) and not -90 <= row["decimalLatitude"] <= 90:
            out.append(f"row {i}: latitude out of range")
    return out`)}`),

  rec('code_vba', f`Voitko selittää mitä tämä makro tekee? Se laskee tukkien kuutiot mutta tulos on eri kuin mittarissa.

${code(f`' Laskee tukin tilavuuden latvaläpimitan ja pituuden perusteella
Function TukkiM3(latva_mm As Double, pituus_cm As Double) As Double
    Dim r As Double
    Dim kartio As Double
    kartio = 1.1 ' mm/dm
    r = (latva_mm + kartio * pituus_cm / 20) / 2000
    TukkiM3 = Application.WorksheetFunction.Pi() * r ^ 2 * pituus_cm / 100
End Function

Sub LaskeKaikki()
    Dim i As Long
    For i = 2 To Cells(Rows.Count, 1).End(xlUp).Row
        Cells(i, 4).Value = TukkiM3(Cells(i, 2).Value, Cells(i, 3).Value)
    Next i
End Sub`)}`),

  rec('code_csharp', f`${code(f`// Reads board grades from the optimiser over OPC UA and writes them to the co-op's production DB
public async Task PollGradesAsync(CancellationToken ct)
{
    using var session = await _factory.CreateSessionAsync(_endpoint, ct);
    while (!ct.IsCancellationRequested)
    {
        var value = session.ReadValue(new NodeId("ns=2;s=Optimizer.LastBoard.Grade"));
        if (value.StatusCode == StatusCodes.Good)
        {
            await _db.Boards.AddAsync(new Board { Grade = (string)value.Value, ReadAt = DateTime.UtcNow }, ct);
            await _db.SaveChangesAsync(ct);
        }
        await Task.Delay(200, ct);
    }
}`)}

Kan man göra det här med subscriptions i stället för polling? Vi missar brädor när linjen går fort.`),

  rec('code_abap', f`Milk receipt pricing in SAP at the dairy, the quality bonus comes out zero for some farmers:

${code(f`METHOD calc_price.
  DATA lv_base TYPE p DECIMALS 4 VALUE '0.3820'.
  DATA lv_bonus TYPE p DECIMALS 4.

  IF is_receipt-fat_pct >= '4.00' AND is_receipt-protein_pct >= '3.30'.
    lv_bonus = ( is_receipt-fat_pct - '4.00' ) * '0.0250'
             + ( is_receipt-protein_pct - '3.30' ) * '0.0400'.
  ENDIF.

  IF is_receipt-scc > 250000.
    lv_bonus = lv_bonus - '0.0100'.
  ENDIF.

  rv_price = is_receipt-litres * ( lv_base + lv_bonus ).
ENDMETHOD.`)}`),

  rec('code_plsql', f`Calcul des délais de prescription dans l'application du parquet — le résultat est faux quand un acte interruptif tombe un 29 février. Une idée ?

${code(f`CREATE OR REPLACE FUNCTION date_prescription(
    p_date_faits      IN DATE,
    p_nature          IN VARCHAR2,
    p_dernier_acte    IN DATE DEFAULT NULL
) RETURN DATE IS
    v_duree_annees NUMBER;
    v_point_depart DATE;
BEGIN
    v_duree_annees := CASE p_nature WHEN 'CRIME' THEN 20 WHEN 'DELIT' THEN 6 ELSE 1 END;
    v_point_depart := GREATEST(p_date_faits, NVL(p_dernier_acte, p_date_faits));
    RETURN ADD_MONTHS(v_point_depart, v_duree_annees * 12);
END date_prescription;`)}`),

  rec('code_tsx', f`${code(f`type Tier = 'Blue' | 'Silver' | 'Gold' | 'Platinum';

const THRESHOLDS: Record<Tier, number> = { Blue: 0, Silver: 300, Gold: 700, Platinum: 1400 };

export function TierProgress({ statusCredits, tier }: { statusCredits: number; tier: Tier }) {
  const tiers = Object.keys(THRESHOLDS) as Tier[];
  const next = tiers[tiers.indexOf(tier) + 1];
  if (!next) return <p>You're at the top tier.</p>;
  const pct = Math.min(100, (statusCredits / THRESHOLDS[next]) * 100);
  return (
    <div className="tier-progress">
      <div className="bar" style={{ width: \`\${pct}%\` }} />
      <span>{THRESHOLDS[next] - statusCredits} status credits to {next}</span>
    </div>
  );
}`)}

The bar shows 100% for Gold members who just requalified. Should progress be measured from the current tier's threshold?`),

  rec('code_rust', f`${code(f`/// Estimates log diameter (mm) from one scanner slice of (x, y) points in mm.
pub fn slice_diameter(points: &[(f32, f32)]) -> Option<f32> {
    if points.len() < 8 {
        return None;
    }
    let (sx, sy) = points.iter().fold((0.0, 0.0), |(ax, ay), (x, y)| (ax + x, ay + y));
    let n = points.len() as f32;
    let (cx, cy) = (sx / n, sy / n);
    let mut radii: Vec<f32> = points
        .iter()
        .map(|(x, y)| ((x - cx).powi(2) + (y - cy).powi(2)).sqrt())
        .collect();
    radii.sort_by(|a, b| a.partial_cmp(b).unwrap());
    Some(2.0 * radii[radii.len() / 2])
}`)}

Bark flakes make the median too big on spruce. Would a RANSAC circle fit be worth it on the Raspberry Pi?`),

  rec('code_php', f`Réservation des visites scolaires du musée (Laravel) : deux écoles arrivent à réserver le même créneau.

${code(f`public function store(Request $request)
{
    $data = $request->validate([
        'creneau_id' => 'required|exists:creneaux,id',
        'ecole'      => 'required|string|max:120',
        'eleves'     => 'required|integer|min:1|max:35',
    ]);

    $creneau = Creneau::findOrFail($data['creneau_id']);
    if ($creneau->reservations()->sum('eleves') + $data['eleves'] > $creneau->capacite) {
        return back()->withErrors(['eleves' => 'Créneau complet']);
    }

    Reservation::create($data);
    return redirect()->route('reservations.merci');
}`)}`),

  rec('code_bash', f`Nightly script on the case-file server, the tarball is sometimes 0 bytes:

${code(f`#!/usr/bin/env bash
set -u
SRC=/srv/casefiles
DEST=/mnt/backup/casefiles
STAMP=$(date +%Y%m%d)

find "$SRC" -type f -mtime -1 -print0 | tar --null -czf "$DEST/incr-$STAMP.tar.gz" -T -
sha256sum "$DEST/incr-$STAMP.tar.gz" > "$DEST/incr-$STAMP.sha256"
find "$DEST" -name 'incr-*.tar.gz' -mtime +35 -delete
logger -t casefile-backup "done $STAMP"`)}`),

  rec('code_c', f`${code(f`/* HTST pasteuriser: divert valve control, runs every 100 ms */
#define HOLD_TEMP_C_X10   720   /* 72.0 C */
#define HOLD_TIME_MS      15000

static uint32_t below_since_ms;

void divert_control(int16_t outlet_temp_x10, uint32_t now_ms)
{
    if (outlet_temp_x10 < HOLD_TEMP_C_X10) {
        if (below_since_ms == 0)
            below_since_ms = now_ms;
        set_valve(VALVE_DIVERT);
    } else {
        below_since_ms = 0;
        set_valve(VALVE_FORWARD);
    }
}`)}

Our QA manager says the valve should stay diverted until the line has been flushed for the full hold time after the temperature recovers. How would I change this?`),

  rec('code_python', f`Estoy armando un anonimizador para publicar sentencias. ¿Por qué no me reemplaza los apellidos compuestos?

${code(f`import re

PATRON_NOMBRE = re.compile(r"\\b([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\\b")

def anonimizar(texto: str, nombres: set[str]) -> str:
    def reemplazo(m: re.Match) -> str:
        completo = f"{m.group(1)} {m.group(2)}"
        return "N.N." if completo in nombres else completo
    return PATRON_NOMBRE.sub(reemplazo, texto)

print(anonimizar("El imputado Juan Pérez de la Fuente declaró...", {"Juan Pérez de la Fuente"}))`)}`),

  rec('diff', f`Review please — change to the minimum-rest rule after the EBA update:

\`\`\`diff
${code(f`--- a/scheduling/rules/rest.py
+++ b/scheduling/rules/rest.py
@@ -12,9 +12,14 @@ from .types import Duty, RuleResult

-MIN_REST_HOURS = 10
+MIN_REST_HOURS_HOME = 12
+MIN_REST_HOURS_AWAY = 10


 def check_min_rest(prev: Duty, nxt: Duty) -> RuleResult:
-    rest = (nxt.report - prev.release).total_seconds() / 3600
-    if rest < MIN_REST_HOURS:
-        return RuleResult.fail(f"rest {rest:.1f}h < {MIN_REST_HOURS}h")
+    rest = (nxt.report - prev.release).total_seconds() / 3600
+    required = MIN_REST_HOURS_HOME if prev.ends_at_base else MIN_REST_HOURS_AWAY
+    if rest < required:
+        return RuleResult.fail(f"rest {rest:.1f}h < {required}h")
     return RuleResult.ok()`)}
\`\`\``),

  rec('code_js', f`${code(f`// Vérifie la signature des notifications de paiement de l'opérateur (agents Xaalis)
const crypto = require('crypto');

function signatureValide(req, secret) {
  const recu = req.get('X-Signature') || '';
  const calcule = crypto.createHmac('sha256', secret).update(req.rawBody).digest('hex');
  return recu.length === calcule.length && crypto.timingSafeEqual(Buffer.from(recu), Buffer.from(calcule));
}

app.post('/notifications/paiement', express.raw({ type: 'application/json' }), (req, res) => {
  if (!signatureValide(req, process.env.OPERATEUR_SECRET)) return res.sendStatus(401);
  const evt = JSON.parse(req.body.toString('utf8'));
  file.publier('paiements', evt);
  res.sendStatus(204);
});`)}

req.rawBody est undefined, pourquoi ?`),
];
