/**
 * Held-out batch 129: pasted source code — surveillance analytics, PLC logic for a geothermal plant,
 * laundromat kiosks, gamete-bank LIMS, ringing-data analysis and tutor payouts. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH129_SOURCE_CODE: DraftRecord[] = [
  rec('code_q', f`Can you explain what this kdb+/q query does? Inherited it from the previous surveillance analyst.

${code(f`/ layering candidates: many small orders on one side, cancelled within 2s of an opposite-side fill
cand: select n:count i, qty:sum size, cxl:sum status=\`CXL by sym, acct, side, 1000 xbar time from orders where date=.z.d-1
fills: select ftime:time, fside:side by sym, acct from trades where date=.z.d-1
flag: select from (cand lj fills) where n>20, cxl>=0.9*n, side<>fside`)}`),

  rec('code_python', f`${code(f`import pandas as pd

def spoofing_score(orders: pd.DataFrame, window: str = "2s") -> pd.DataFrame:
    """Ratio of cancelled volume to executed volume per account and instrument."""
    o = orders.set_index("ts").sort_index()
    grp = o.groupby(["account", "isin"])
    cancelled = grp["qty"].apply(lambda s: s[o.loc[s.index, "status"] == "CANCELLED"].rolling(window).sum())
    executed = grp["qty"].apply(lambda s: s[o.loc[s.index, "status"] == "FILLED"].rolling(window).sum())
    out = (cancelled / executed.replace(0, pd.NA)).rename("cxl_ratio").reset_index()
    return out[out["cxl_ratio"] > 10]`)}

Es ist sehr langsam bei 40 Mio. Orders pro Tag. Wie kann ich das vektorisieren?`),

  rec('code_sql', f`Este query de vigilancia de mercado tarda 9 minutos, ¿qué índice le falta?

\`\`\`sql
${code(f`SELECT t.isin,
       t.buyer_member,
       t.seller_member,
       COUNT(*)        AS n_trades,
       SUM(t.quantity) AS volume
FROM   trades t
JOIN   member_accounts b ON b.account_id = t.buyer_account
JOIN   member_accounts s ON s.account_id = t.seller_account
WHERE  t.trade_date BETWEEN DATE '2025-01-01' AND DATE '2025-01-31'
  AND  b.beneficial_owner_id = s.beneficial_owner_id
GROUP  BY t.isin, t.buyer_member, t.seller_member
HAVING COUNT(*) > 5
ORDER  BY volume DESC;`)}
\`\`\``),

  rec('code_st', f`PLC-Baustein für die Reinjektionspumpe, der Alarm kommt zu spät. Siehst du den Fehler?

${code(f`FUNCTION_BLOCK FB_ReinjPump
VAR_INPUT
    rPressure_bar   : REAL;
    rSetpoint_bar   : REAL;
    bEnable         : BOOL;
END_VAR
VAR_OUTPUT
    bRun            : BOOL;
    bAlarmHigh      : BOOL;
END_VAR
VAR
    tonHigh         : TON;
END_VAR

bRun := bEnable AND (rPressure_bar < rSetpoint_bar + 2.0);
tonHigh(IN := rPressure_bar > rSetpoint_bar + 5.0, PT := T#30S);
bAlarmHigh := tonHigh.Q;
END_FUNCTION_BLOCK`)}`),

  rec('code_python', f`Kod ini membaca register Modbus dari kepala sumur, tapi nilainya kadang negatif. Kenapa?

\`\`\`python
${code(f`from pymodbus.client import ModbusTcpClient
import struct

client = ModbusTcpClient("${amb('pii.ip_address', '192.168.50.14')}", port=502)
client.connect()
rr = client.read_holding_registers(address=40010, count=2, slave=3)
raw = struct.pack(">HH", rr.registers[0], rr.registers[1])
whp_bar = struct.unpack(">f", raw)[0]
print(f"Wellhead pressure: {whp_bar:.2f} bar")
client.close()`)}
\`\`\``),

  rec('code_rust', f`${code(f`use std::time::Duration;

#[derive(Debug, Clone, Copy)]
pub struct SteamSample { pub flow_kg_s: f64, pub enthalpy_kj_kg: f64 }

pub fn thermal_power_mw(samples: &[SteamSample]) -> f64 {
    samples.iter().map(|s| s.flow_kg_s * s.enthalpy_kj_kg / 1000.0).sum::<f64>() / samples.len().max(1) as f64
}

pub async fn poll(interval: Duration) {
    let mut tick = tokio::time::interval(interval);
    loop {
        tick.tick().await;
        // read from historian, push to control-room display
    }
}`)}

Is dividing by len().max(1) the idiomatic way to avoid divide by zero?`),

  rec('code_csharp', f`Kiosk-Software der Waschsalons: Das Restguthaben wird manchmal doppelt gutgeschrieben.

${code(f`public async Task<decimal> RefundRemainingAsync(string machineId, Guid sessionId)
{
    var session = await _db.Sessions.FindAsync(sessionId);
    if (session is null || session.Closed) return 0m;

    var remaining = session.PaidAmount - session.UsedAmount;
    if (remaining > 0)
    {
        await _wallet.CreditAsync(session.CustomerId, remaining);
    }
    session.Closed = true;
    await _db.SaveChangesAsync();
    return remaining;
}`)}`),

  rec('code_kotlin', f`${code(f`// Android app: "Wäsche fertig" notification when machine cycle ends
class CycleWorker(ctx: Context, params: WorkerParameters) : CoroutineWorker(ctx, params) {
    override suspend fun doWork(): Result {
        val machineId = inputData.getString("machine") ?: return Result.failure()
        val status = api.machineStatus(machineId)
        if (status.remainingMinutes == 0) {
            NotificationManagerCompat.from(applicationContext)
                .notify(machineId.hashCode(), buildReadyNotification(machineId))
            return Result.success()
        }
        return Result.retry()
    }
}`)}

WorkManager führt das nur alle 15 Minuten aus, ich will es genauer.`),

  rec('code_swift', f`${code(f`struct DryCleaningOrder: Codable, Identifiable {
    let id: UUID
    let ticketNumber: String
    var items: [Garment]
    var readyAt: Date?

    var isReady: Bool { readyAt.map { $0 <= Date() } ?? false }
}

func loadOrders() async throws -> [DryCleaningOrder] {
    let (data, _) = try await URLSession.shared.data(from: URL(string: "https://api.bluespin-laundry.com/v1/orders")!)
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode([DryCleaningOrder].self, from: data)
}`)}

dateDecodingStrategy .iso8601 fails for "2025-02-11T10:15:00.123Z". Fix?`),

  rec('code_java', f`Straw-location lookup in the gamete-bank LIMS returns the wrong canister sometimes:

${code(f`public Optional<StrawLocation> locate(String donorCode, int strawNo) {
    return jdbc.query(
        "SELECT tank, canister, goblet, position FROM straw_inventory WHERE donor_code = ? AND straw_no = ?",
        (rs, i) -> new StrawLocation(rs.getString("tank"), rs.getInt("canister"), rs.getInt("goblet"), rs.getInt("position")),
        donorCode, strawNo
    ).stream().findFirst();
}`)}

Could there be duplicates after the tank migration? How would I detect them?`),

  rec('code_python', f`${code(f`# Sperm bank: limit offspring per donor (max 15 families per donor across clinics)
from collections import Counter

def over_limit(releases: list[dict], limit: int = 15) -> list[str]:
    families = Counter()
    seen = set()
    for r in releases:
        key = (r["donor_code"], r["family_id"])
        if key not in seen:
            seen.add(key)
            families[r["donor_code"]] += 1
    return [d for d, n in families.items() if n >= limit]`)}

Should the check be >= or >? We must block the 16th family, not the 15th.`),

  rec('code_r', f`R-Skript für die Wiederfundanalyse der Rauchschwalben, ggplot zeigt die Zugwege falsch herum:

${code(f`library(dplyr)
library(ggplot2)

recov <- read.csv("euring_recoveries_hirundo.csv") |>
  filter(species == "Hirundo rustica", dist_km > 500) |>
  mutate(season = ifelse(month(found_date) %in% 3:5, "spring", "autumn"))

ggplot(recov) +
  geom_segment(aes(x = ring_lon, y = ring_lat, xend = found_lon, yend = found_lat, colour = season),
               arrow = arrow(length = unit(2, "mm")), alpha = 0.4) +
  coord_quickmap()`)}`),

  rec('code_python', f`${code(f`def parse_euring2000(line: str) -> dict:
    """Parse a fixed-width EURING 2000 record (first fields only)."""
    return {
        "scheme": line[0:3],
        "id_method": line[3:5],
        "ring": line[5:15].replace(".", "").strip(),
        "verification": line[15],
        "metal_ring_info": line[16],
        "species": line[19:24],
        "manipulated": line[26],
        "age": line[30],
        "date": line[54:62],
    }`)}

Kun je dit ombouwen naar EURING 2020 (die is gescheiden door |)?`),

  rec('code_js', f`${code(f`// Leaflet map of ringing stations, clustered
const map = L.map('map').setView([52.1, 5.3], 7);
L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 18 }).addTo(map);

fetch('/api/stations')
  .then((r) => r.json())
  .then((stations) => {
    const cluster = L.markerClusterGroup();
    stations.forEach((s) => cluster.addLayer(L.marker([s.lat, s.lon]).bindPopup(\`<b>\${s.name}</b><br>\${s.captures} vangsten\`)));
    map.addLayer(cluster);
  });`)}

Clusters verdwijnen bij zoom 12, waarom?`),

  rec('code_php', f`${code(f`<?php
// Tutor payout: platform fee 18 %, min payout 20 EUR
function computePayout(array $sessions, float $feeRate = 0.18): array {
    $gross = array_sum(array_map(fn($s) => $s['minutes'] / 60 * $s['hourly_rate'], $sessions));
    $fee = round($gross * $feeRate, 2);
    $net = $gross - $fee;
    return ['gross' => $gross, 'fee' => $fee, 'net' => $net >= 20 ? $net : 0, 'carry_over' => $net < 20 ? $net : 0];
}`)}

Hay errores de redondeo de 1 céntimo, ¿debería usar bcmath?`),

  rec('code_ts', f`家教平台的审核队列，这个函数偶尔会把同一个导师分配给两个审核员：

${code(f`export async function claimNextVerification(reviewerId: string) {
  const next = await db.verification.findFirst({
    where: { status: 'PENDING' },
    orderBy: { submittedAt: 'asc' },
  });
  if (!next) return null;
  return db.verification.update({
    where: { id: next.id },
    data: { status: 'IN_REVIEW', reviewerId },
  });
}`)}`),

  rec('code_go', f`${code(f`package payouts

import (
	"context"
	"time"
)

type Batch struct {
	ID        string
	Currency  string
	Items     []Item
	CreatedAt time.Time
}

func (s *Service) Run(ctx context.Context, b Batch) error {
	for _, it := range b.Items {
		if err := s.provider.Send(ctx, it); err != nil {
			s.log.Warn("payout failed", "tutor", it.TutorID, "err", err)
			continue
		}
		s.metrics.Sent.Inc()
	}
	return nil
}`)}

Wie mache ich das idempotent, falls der Job nach einem Crash neu startet?`),

  rec('code_ruby', f`${code(f`class TutorDocument < ApplicationRecord
  belongs_to :tutor
  has_one_attached :file

  enum :kind, { id_card: 0, passport: 1, degree: 2, background_check: 3 }
  validates :expires_on, presence: true, if: -> { id_card? || passport? }

  scope :expiring_soon, -> { where(expires_on: Date.current..30.days.from_now) }
end`)}

Cron job should email tutors whose ID expires in 30 days, write the job please.`),

  rec('code_bash', f`このスクリプトで毎晩ヒストリアンのバックアップを取っていますが、ディスクがいっぱいになります。

${code(f`#!/usr/bin/env bash
set -euo pipefail
DEST=/mnt/backup/historian
STAMP=$(date +%Y%m%d)
pg_dump -Fc historian > "$DEST/historian-$STAMP.dump"
find "$DEST" -name 'historian-*.dump' -mtime +30 -exec rm {} \\;
du -sh "$DEST"`)}`),

  rec('code_vba', f`${code(f`Sub MarkLateReturns()
    ' Wäscherei: Aufträge, die länger als 30 Tage nicht abgeholt wurden, rot markieren
    Dim ws As Worksheet, r As Long
    Set ws = ThisWorkbook.Sheets("Aufträge")
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        If ws.Cells(r, 5).Value = "" And Date - ws.Cells(r, 3).Value > 30 Then
            ws.Rows(r).Interior.Color = RGB(255, 199, 206)
        End If
    Next r
End Sub`)}

Makro ist sehr langsam bei 20.000 Zeilen.`),
];
