/**
 * Held-out batch 112: pasted source code — WMS/robotics integrations (ABAP, Structured Text, ROS,
 * Go, Rust), fraud rules (SQL, Python, Kotlin), pension-fund models (VBA, R) and hospital /
 * municipal back-office scripts. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, fill, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const SLACK_BOT = tok('xoxb-', '5820471936', '2-', '7730194826153-', fill('b112s-xoxb', B62, 24));

export const BATCH112_SOURCE_CODE: DraftRecord[] = [
  rec('code_sql', f`This Snowflake query for "miles bought and burned within 1 hour" is slow (12 min). Any ideas?

\`\`\`sql
${code(f`WITH buys AS (
  SELECT member_id, txn_ts, miles
  FROM loyalty.accrual
  WHERE channel = 'BUY_MILES' AND txn_ts >= DATEADD(day, -30, CURRENT_TIMESTAMP())
), burns AS (
  SELECT member_id, redeem_ts, miles, pnr
  FROM loyalty.redemption
  WHERE redeem_ts >= DATEADD(day, -30, CURRENT_TIMESTAMP())
)
SELECT b.member_id, COUNT(*) AS fast_burns, SUM(r.miles) AS miles_burned
FROM buys b
JOIN burns r
  ON r.member_id = b.member_id
 AND r.redeem_ts BETWEEN b.txn_ts AND DATEADD(hour, 1, b.txn_ts)
GROUP BY b.member_id
HAVING COUNT(*) >= 2
ORDER BY miles_burned DESC;`)}
\`\`\``),

  rec('code_python', f`Rewrite this velocity rule so it works on a pandas DataFrame grouped by device fingerprint:

${code(f`def velocity_flag(events, window_min=15, max_accounts=3):
    flagged = set()
    by_device = {}
    for e in sorted(events, key=lambda x: x["ts"]):
        q = by_device.setdefault(e["device_fp"], [])
        q.append(e)
        while q and (e["ts"] - q[0]["ts"]).total_seconds() > window_min * 60:
            q.pop(0)
        if len({x["member_id"] for x in q}) > max_accounts:
            flagged.update(x["member_id"] for x in q)
    return flagged`)}`),

  rec('code_kotlin', f`Android app of the loyalty programme — the fraud team asked for a root/emulator check before redemption. Is this enough?

\`\`\`kotlin
${code(f`object DeviceIntegrity {
    private val suPaths = listOf("/system/bin/su", "/system/xbin/su", "/sbin/su")

    fun isSuspicious(ctx: Context): Boolean {
        val emulator = Build.FINGERPRINT.startsWith("generic") ||
            Build.MODEL.contains("Emulator") ||
            Build.HARDWARE == "goldfish"
        val rooted = suPaths.any { File(it).exists() }
        val debuggable = (ctx.applicationInfo.flags and ApplicationInfo.FLAG_DEBUGGABLE) != 0
        return emulator || rooted || debuggable
    }
}`)}
\`\`\``),

  rec('code_abap', f`ABAP-Report für SAP EWM: offene Lageraufgaben pro Ressource (Roboter). Warum kommt bei SELECT ... FOR ALL ENTRIES ein Dump, wenn lt_res leer ist?

${code(f`REPORT zewm_open_wt_per_robot.

DATA: lt_res  TYPE TABLE OF /scwm/rsrc,
      lt_wt   TYPE TABLE OF /scwm/ordim_o.

SELECT * FROM /scwm/rsrc INTO TABLE lt_res
  WHERE lgnum = '1010' AND rsrc_type = 'AMR'.

SELECT * FROM /scwm/ordim_o INTO TABLE lt_wt
  FOR ALL ENTRIES IN lt_res
  WHERE lgnum = lt_res-lgnum
    AND rsrc  = lt_res-rsrc.

LOOP AT lt_wt ASSIGNING FIELD-SYMBOL(<wt>).
  WRITE: / <wt>-tanum, <wt>-rsrc, <wt>-vlpla, <wt>-nlpla.
ENDLOOP.`)}`),

  rec('code_st', f`PLC-Baustein (TwinCAT, Structured Text) für das Förderband vor der Robotzelle. Der Stau-Timer löst nie aus — siehst du den Fehler?

\`\`\`
${code(f`FUNCTION_BLOCK FB_ConveyorJam
VAR_INPUT
    bSensorOccupied : BOOL;
    bMotorRunning   : BOOL;
    tJamTime        : TIME := T#4S;
END_VAR
VAR_OUTPUT
    bJam : BOOL;
END_VAR
VAR
    tonJam : TON;
END_VAR

tonJam(IN := bSensorOccupied AND NOT bMotorRunning, PT := tJamTime);
IF tonJam.Q THEN
    bJam := TRUE;
END_IF
IF NOT bSensorOccupied THEN
    bJam := FALSE;
END_IF`)}
\`\`\``),

  rec('code_ros', f`ROS 2 node (rclpy) that forwards WMS pick missions to the AMR. Callback fires twice per message, why?

\`\`\`python
${code(f`import rclpy
from rclpy.node import Node
from std_msgs.msg import String
from amr_interfaces.msg import Mission


class MissionBridge(Node):
    def __init__(self):
        super().__init__("wms_mission_bridge")
        self.pub = self.create_publisher(Mission, "/amr/missions", 10)
        self.sub = self.create_subscription(String, "/wms/picks", self.on_pick, 10)
        self.sub2 = self.create_subscription(String, "/wms/picks", self.on_pick, 10)

    def on_pick(self, msg: String) -> None:
        station, tote = msg.data.split(";")
        self.pub.publish(Mission(station=station, tote_id=tote, priority=1))


def main():
    rclpy.init()
    rclpy.spin(MissionBridge())`)}
\`\`\``),

  rec('code_go', f`Go-Consumer für die MQTT-Statusmeldungen der Shuttles. Nach ein paar Stunden hängt er — Goroutine-Leak?

\`\`\`go
${code(f`func (c *Consumer) Run(ctx context.Context) error {
	msgs := make(chan mqtt.Message)
	c.client.Subscribe("warehouse/+/shuttle/+/status", 1, func(_ mqtt.Client, m mqtt.Message) {
		msgs <- m
	})
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case m := <-msgs:
			var st ShuttleStatus
			if err := json.Unmarshal(m.Payload(), &st); err != nil {
				c.log.Warn("bad payload", "topic", m.Topic(), "err", err)
				continue
			}
			c.store.Upsert(ctx, st)
		}
	}
}`)}
\`\`\``),

  rec('code_rust', f`${code(f`use std::collections::BinaryHeap;
use std::cmp::Reverse;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task { due: u64, station: u16, tote: u32 }

pub fn next_batch(queue: &mut BinaryHeap<Reverse<Task>>, cap: usize) -> Vec<Task> {
    let mut out = Vec::with_capacity(cap);
    while out.len() < cap {
        match queue.pop() {
            Some(Reverse(t)) => out.push(t),
            None => break,
        }
    }
    out
}`)}

^ port stations scheduling from our Python prototype; does this preserve "earliest due first, then station"?`),

  rec('code_csharp', f`Unser .NET-Service für Lagerplatzvergabe wirft InvalidOperationException "Sequence contains no elements". Zeile 14:

\`\`\`csharp
${code(f`public Slot AssignSlot(Pallet pallet, IEnumerable<Slot> slots)
{
    var candidates = slots
        .Where(s => s.Zone == pallet.TemperatureZone)
        .Where(s => s.MaxWeightKg >= pallet.WeightKg)
        .Where(s => !s.IsBlocked);

    if (pallet.IsHazmat)
    {
        candidates = candidates.Where(s => s.HazmatApproved);
    }

    return candidates
        .OrderBy(s => s.DistanceToDock)
        .ThenBy(s => s.Level)
        .First();
}`)}
\`\`\``),

  rec('code_vba', f`Excel-Makro für die J-Curve unserer Private-Equity-Fonds; bei Fonds mit Recallable Distributions stimmt die IRR nicht. Was fehlt?

${code(f`Function FundIRR(fundId As String) As Double
    Dim ws As Worksheet: Set ws = Sheets("Cashflows")
    Dim i As Long, n As Long
    Dim cfs() As Double, dts() As Date
    For i = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        If ws.Cells(i, 1).Value = fundId Then
            ReDim Preserve cfs(n): ReDim Preserve dts(n)
            cfs(n) = -ws.Cells(i, 4).Value + ws.Cells(i, 5).Value
            dts(n) = ws.Cells(i, 2).Value
            n = n + 1
        End If
    Next i
    FundIRR = Application.WorksheetFunction.XIrr(cfs, dts)
End Function`)}`),

  rec('code_r', f`R-Skript für die Vintage-Auswertung (TVPI/DPI je Jahrgang). Kannst du das auf dplyr umbauen?

\`\`\`r
${code(f`funds <- read.csv("privmkt_funds_q4.csv", stringsAsFactors = FALSE)
res <- aggregate(cbind(paid_in, distributed, nav) ~ vintage, data = funds, FUN = sum)
res$dpi  <- res$distributed / res$paid_in
res$tvpi <- (res$distributed + res$nav) / res$paid_in
res <- res[order(res$vintage), ]
print(round(res, 2))`)}
\`\`\``),

  rec('code_python', f`Pandas: the look-through exposure for our fund-of-funds double counts when a sub-fund appears in two feeders. Code:

\`\`\`python
${code(f`def look_through(holdings: pd.DataFrame, weights: pd.DataFrame) -> pd.DataFrame:
    merged = holdings.merge(weights, on="fund_id", how="left")
    merged["exposure"] = merged["market_value"] * merged["weight"]
    return (
        merged.groupby(["sector", "country"], as_index=False)["exposure"]
        .sum()
        .sort_values("exposure", ascending=False)
    )`)}
\`\`\``),

  rec('code_java', f`HL7-Parser für Laborbefunde (HLA-Antikörper) aus dem LIS. Bei OBX mit Wiederholungen ~ verlieren wir Werte:

\`\`\`java
${code(f`public List<AntibodyResult> parse(Message msg) throws HL7Exception {
    ORU_R01 oru = (ORU_R01) msg;
    List<AntibodyResult> out = new ArrayList<>();
    for (ORU_R01_OBSERVATION obs : oru.getPATIENT_RESULT().getORDER_OBSERVATION().getOBSERVATIONAll()) {
        OBX obx = obs.getOBX();
        String antigen = obx.getObservationIdentifier().getText().getValue();
        String mfi = obx.getObservationValue(0).getData().toString();
        out.add(new AntibodyResult(antigen, Double.parseDouble(mfi)));
    }
    return out;
}`)}
\`\`\``),

  rec('code_ts', f`Nuxt-Komponente für das Wartelisten-Dashboard im Transplantationszentrum. Die Sortierung nach Wartezeit ist falsch bei Patienten mit Dialysebeginn vor Listung:

\`\`\`ts
${code(f`export function waitingDays(p: Candidate, today = new Date()): number {
  const start = p.dialysisStart && p.dialysisStart < p.listedAt ? p.listedAt : p.dialysisStart ?? p.listedAt;
  return Math.floor((today.getTime() - start.getTime()) / 86_400_000);
}

export const byWaiting = (a: Candidate, b: Candidate) => waitingDays(b) - waitingDays(a);`)}
\`\`\``),

  rec('code_php', f`Le formulaire de demande de logement social (vieux PHP) accepte des revenus négatifs. Où mettre la validation ?

\`\`\`php
${code(f`<?php
function enregistrerDemande(PDO $db, array $post): int {
    $stmt = $db->prepare('INSERT INTO demandes (nom, prenom, nb_personnes, revenu_fiscal, commune) VALUES (?, ?, ?, ?, ?)');
    $stmt->execute([
        trim($post['nom']),
        trim($post['prenom']),
        (int) $post['nb_personnes'],
        (float) str_replace(',', '.', $post['revenu_fiscal']),
        $post['commune'],
    ]);
    return (int) $db->lastInsertId();
}`)}
\`\`\``),

  rec('code_sql', f`Scoring der Wohnungsvergabe: Punkte für Wartezeit, Haushaltsgröße und Dringlichkeit. Bitte prüfen, ob Gleichstand korrekt nach Antragsdatum aufgelöst wird.

\`\`\`sql
${code(f`SELECT a.antrag_id,
       LEAST(DATE_PART('year', AGE(CURRENT_DATE, a.antrag_datum)) * 10, 60) AS pkt_wartezeit,
       CASE WHEN a.personen >= 5 THEN 20 WHEN a.personen >= 3 THEN 10 ELSE 0 END AS pkt_haushalt,
       CASE a.dringlichkeit WHEN 'A' THEN 50 WHEN 'B' THEN 25 ELSE 0 END AS pkt_dringlich
FROM wohnen.antrag a
WHERE a.status = 'AKTIV'
ORDER BY (pkt_wartezeit + pkt_haushalt + pkt_dringlich) DESC, a.antrag_datum ASC;`)}
\`\`\``),

  rec('code_ruby', f`${code(f`class EthicsSubmission < ApplicationRecord
  has_many :documents, dependent: :destroy
  enum status: { draft: 0, submitted: 1, under_review: 2, approved: 3, rejected: 4 }

  validates :protocol_number, presence: true, uniqueness: true
  validate :consent_form_attached, if: :submitted?

  private

  def consent_form_attached
    return if documents.any? { |d| d.kind == "consent_form" }
    errors.add(:documents, "must include a participant consent form")
  end
end`)}

Our ethics portal lets people submit without a consent form when they upload via the API. Why does the validation not run?`),

  rec('code_bash', f`Script that archives approved protocols to the DMS every night. It posts a summary to Slack. Can you make it fail properly when curl fails?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -u
SRC=/srv/ethik/approved
DST=/mnt/dms/ethik/$(date +%Y)
SLACK_TOKEN="${v('credential.slack_bot_token', SLACK_BOT)}"

mkdir -p "$DST"
n=0
for f in "$SRC"/*.pdf; do
  cp -n "$f" "$DST"/ && n=$((n+1))
done

curl -s -X POST https://slack.com/api/chat.postMessage \\
  -H "Authorization: Bearer $SLACK_TOKEN" \\
  -d channel=C06ETHIKARCH -d text="Archiviert: $n Protokolle"`)}
\`\`\``),

  rec('code_swift', f`iOS-App för bostadskön: listan uppdateras inte när ansökan ändrar status. SwiftUI:

\`\`\`swift
${code(f`struct ApplicationListView: View {
    @State var viewModel = ApplicationListViewModel()

    var body: some View {
        List(viewModel.applications) { app in
            HStack {
                Text(app.reference)
                Spacer()
                Text(app.status.localized).foregroundStyle(app.status.color)
            }
        }
        .task { await viewModel.load() }
        .refreshable { await viewModel.load() }
    }
}`)}
\`\`\``),

  rec('code_cpp', f`C++ for the pick-to-light controller: LEDs on rack 7 flicker when more than 32 pick faces are lit.

\`\`\`cpp
${code(f`void PickToLight::render(const std::vector<PickFace>& faces) {
    uint32_t mask = 0;
    for (const auto& f : faces) {
        if (f.qty > 0) mask |= (1 << f.index);
    }
    bus_.write(kRegLedMask, mask);
    for (const auto& f : faces) {
        display_.show(f.index, f.qty);
    }
}`)}
\`\`\``),

  rec('code_yaml_ci', f`Unser GitLab-CI für den WMS-Adapter, soll nur auf main deployen:

${amb('source_code.snippet', f`stages: [test, deploy]

test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - ./deploy.sh wms-adapter
  rules:
    - if: '$CI_COMMIT_BRANCH == "main"'`)}`),
];
