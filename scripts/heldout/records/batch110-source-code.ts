/**
 * Held-out batch 110: pasted source code (no secrets) from revenue management, orthotics CAD, factoring,
 * library systems, turbine diagnostics and a prison's inmate-accounts office. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH110_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`This pickup report double-counts reservations that were modified after midnight. What's wrong?

\`\`\`python
${code(f`import pandas as pd

def pickup(snap_today: pd.DataFrame, snap_yday: pd.DataFrame) -> pd.DataFrame:
    key = ["property", "stay_date", "segment"]
    t = snap_today.groupby(key, as_index=False)["rooms"].sum()
    y = snap_yday.groupby(key, as_index=False)["rooms"].sum()
    m = t.merge(y, on=key, how="outer", suffixes=("_t", "_y")).fillna(0)
    m["pickup"] = m["rooms_t"] - m["rooms_y"]
    return m.sort_values(["property", "stay_date"])`)}
\`\`\``),

  rec('code_sql', f`Kannst du diese RevPAR-Abfrage für PostgreSQL optimieren? Sie läuft 40 Sekunden.

${code(f`SELECT h.hotel_code,
       d.stay_date,
       SUM(r.room_revenue) / NULLIF(MAX(i.rooms_available), 0) AS revpar,
       SUM(r.room_revenue) / NULLIF(COUNT(r.reservation_id), 0) AS adr
FROM   stay_dates d
JOIN   hotels h        ON TRUE
LEFT JOIN reservation_nights r ON r.hotel_code = h.hotel_code AND r.stay_date = d.stay_date AND r.status IN ('IN', 'OUT', 'RES')
JOIN   inventory i     ON i.hotel_code = h.hotel_code AND i.stay_date = d.stay_date
WHERE  d.stay_date BETWEEN DATE '2025-03-01' AND DATE '2025-03-31'
GROUP  BY h.hotel_code, d.stay_date
ORDER  BY h.hotel_code, d.stay_date;`)}`),

  rec('code_ts', f`Rate-parity checker: sometimes flags a disparity when the OTA price includes breakfast. Ideas?

${code(f`type Offer = { channel: string; rate: number; currency: string; mealPlan: 'RO' | 'BB' | 'HB' };

export function disparities(direct: Offer, others: Offer[], tolerance = 0.01): Offer[] {
  return others.filter((o) => {
    if (o.currency !== direct.currency) return false;
    const diff = (direct.rate - o.rate) / direct.rate;
    return diff > tolerance;
  });
}`)}`),

  rec('code_java', f`Ich brauche Unit-Tests für diese Vorschussberechnung im Factoring-Modul (JUnit 5):

\`\`\`java
${code(f`public final class AdvanceCalculator {
    private final BigDecimal advanceRate;   // e.g. 0.90
    private final BigDecimal feePerMonth;   // e.g. 0.012

    public AdvanceCalculator(BigDecimal advanceRate, BigDecimal feePerMonth) {
        this.advanceRate = advanceRate;
        this.feePerMonth = feePerMonth;
    }

    public BigDecimal advance(BigDecimal invoiceAmount) {
        return invoiceAmount.multiply(advanceRate).setScale(2, RoundingMode.HALF_EVEN);
    }

    public BigDecimal fee(BigDecimal invoiceAmount, long daysOutstanding) {
        BigDecimal months = BigDecimal.valueOf(daysOutstanding).divide(BigDecimal.valueOf(30), 4, RoundingMode.UP);
        return invoiceAmount.multiply(feePerMonth).multiply(months).setScale(2, RoundingMode.HALF_EVEN);
    }
}`)}
\`\`\``),

  rec('code_csharp', f`Peux-tu m'expliquer pourquoi la vérification de doublons de factures laisse passer des factures avec un espace en fin de numéro ?

${code(f`public bool IsDuplicate(Invoice inv, IEnumerable<Invoice> purchased)
{
    return purchased.Any(p =>
        p.DebtorId == inv.DebtorId &&
        p.Number.Equals(inv.Number, StringComparison.OrdinalIgnoreCase) &&
        Math.Abs(p.Amount - inv.Amount) < 0.01m);
}`)}`),

  rec('code_go', f`Modbus poller for the turbine controllers, the goroutines leak when a turbine is offline. Can you fix it?

${code(f`func pollAll(ctx context.Context, turbines []Turbine, out chan<- Sample) {
	for _, t := range turbines {
		go func(t Turbine) {
			h := modbus.NewTCPClientHandler(t.Addr)
			h.Timeout = 2 * time.Second
			c := modbus.NewClient(h)
			for {
				regs, err := c.ReadHoldingRegisters(30001, 12)
				if err != nil {
					continue
				}
				out <- decode(t.ID, regs)
				time.Sleep(time.Second)
			}
		}(t)
	}
}`)}`),

  rec('code_rust', f`Hej, kan du förklara varför FFT:n ger en topp vid exakt halva samplingsfrekvensen för lagervibrationerna?

${code(f`use rustfft::{FftPlanner, num_complex::Complex};

pub fn spectrum(samples: &[f32], fs: f32) -> Vec<(f32, f32)> {
    let n = samples.len();
    let mut buf: Vec<Complex<f32>> = samples.iter().map(|&x| Complex::new(x, 0.0)).collect();
    FftPlanner::new().plan_fft_forward(n).process(&mut buf);
    buf.iter()
        .enumerate()
        .take(n / 2 + 1)
        .map(|(k, c)| (k as f32 * fs / n as f32, c.norm() / n as f32))
        .collect()
}`)}`),

  rec('code_c', f`Pitch controller firmware: the integrator winds up when the blade hits the end stop. How do I add anti-windup here?

${code(f`float pitch_pi(float setpoint, float measured, float dt) {
    static float integ = 0.0f;
    float err = setpoint - measured;
    integ += KI * err * dt;
    float out = KP * err + integ;
    if (out > PITCH_RATE_MAX) out = PITCH_RATE_MAX;
    if (out < -PITCH_RATE_MAX) out = -PITCH_RATE_MAX;
    return out;
}`)}`),

  rec('code_kotlin', f`Tere! Raamatukogu äpi vöötkoodi skanner loeb vahel ISBN-i asemel hinna lisakoodi. Kuidas seda filtreerida?

${code(f`val options = BarcodeScannerOptions.Builder()
    .setBarcodeFormats(Barcode.FORMAT_EAN_13, Barcode.FORMAT_CODABAR)
    .build()

scanner.process(image)
    .addOnSuccessListener { codes ->
        codes.firstOrNull()?.rawValue?.let { value ->
            if (value.startsWith("978") || value.startsWith("979")) onIsbn(value) else onPatronCard(value)
        }
    }`)}`),

  rec('code_php', f`Koha plugin: the report shows overdue items twice when a patron has two holds on the same title.

${code(f`<?php
$sql = "SELECT b.cardnumber, i.barcode, bi.title, iss.date_due
        FROM issues iss
        JOIN borrowers b ON b.borrowernumber = iss.borrowernumber
        JOIN items i ON i.itemnumber = iss.itemnumber
        JOIN biblio bi ON bi.biblionumber = i.biblionumber
        LEFT JOIN reserves r ON r.biblionumber = bi.biblionumber
        WHERE iss.date_due < NOW()";
$rows = $dbh->query($sql)->fetchAll(PDO::FETCH_ASSOC);`)}`),

  rec('code_ruby', f`Can you make this fine-capping logic clearer? Consortium rule: max fine per item is the replacement cost, children's cards never fined.

${code(f`def fine_for(item, patron, days_late)
  return 0 if patron.category == 'JUV'
  daily = item.material == 'DVD' ? 1.00 : 0.25
  fine = daily * [days_late - item.grace_days, 0].max
  [fine, item.replacement_cost].min.round(2)
end`)}`),

  rec('code_swift', f`Our gait-analysis iPad app records the IMU on the prosthetic pylon. The step counter counts double on stairs:

${code(f`func detectSteps(_ accel: [Double], threshold: Double = 1.15) -> Int {
    var steps = 0
    var above = false
    for a in accel {
        if a > threshold && !above {
            steps += 1
            above = true
        } else if a < threshold {
            above = false
        }
    }
    return steps
}`)}`),

  rec('code_python', f`Ich will aus dem Scan des Stumpfes die Umfänge alle 2 cm berechnen (für den Schaftbau). Stimmt der Ansatz?

${code(f`import numpy as np
import trimesh

mesh = trimesh.load("stumpf_scan.stl")
z_min, z_max = mesh.bounds[:, 2]
for z in np.arange(z_min + 10, z_max, 20):
    section = mesh.section(plane_origin=[0, 0, z], plane_normal=[0, 0, 1])
    if section is None:
        continue
    path, _ = section.to_planar()
    print(f"{z - z_min:6.1f} mm  Umfang {path.length:7.1f} mm")`)}`),

  rec('code_bash', f`Backup-Skript für die Besuchsdatenbank der JVA, läuft per Cron. Es löscht manchmal das Backup vom selben Tag, warum?

${code(f`#!/bin/bash
set -e
TARGET=/srv/backup/besuche
STAMP=$(date +%Y-%m-%d)
pg_dump -Fc besuche > "$TARGET/besuche_$STAMP.dump"
find "$TARGET" -name 'besuche_*.dump' -mtime +14 -exec rm {} \\;
ls -1t "$TARGET" | tail -n +15 | xargs -r -I{} rm "$TARGET/{}"`)}`),

  rec('code_powershell', f`Reconciliation of inmate trust accounts against the bank deposit file — the totals never match by a few cents. PowerShell:

${code(f`$ledger = Import-Csv .\\trust_ledger.csv
$bank = Import-Csv .\\bank_deposits.csv
$ledgerTotal = ($ledger | Measure-Object -Property Amount -Sum).Sum
$bankTotal = ($bank | ForEach-Object { [double]$_.Amount }) | Measure-Object -Sum
"Ledger: {0:N2}  Bank: {1:N2}  Diff: {2:N2}" -f $ledgerTotal, $bankTotal.Sum, ($ledgerTotal - $bankTotal.Sum)`)}`),

  rec('code_r', f`Hola, ¿me ayudas a ajustar la curva de potencia por bins según IEC 61400-12? Este código en R no normaliza la densidad del aire:

${code(f`library(dplyr)
scada <- read.csv("wtg07_10min.csv")
curve <- scada %>%
  filter(status == "OK", wind_ms > 0) %>%
  mutate(bin = cut(wind_ms, breaks = seq(0, 25, by = 0.5))) %>%
  group_by(bin) %>%
  summarise(n = n(), p_kw = mean(power_kw), ws = mean(wind_ms))
plot(curve$ws, curve$p_kw, type = "b")`)}`),

  rec('code_vba', f`Excel macro for the night-audit pack, it stops at "Run-time error 9". Help?

${code(f`Sub BuildFlash()
    Dim ws As Worksheet, src As Worksheet
    Set src = Workbooks("PMS_Export.xlsx").Sheets("Manager Report")
    Set ws = ThisWorkbook.Sheets("Flash")
    ws.Range("B3").Value = src.Range("D12").Value   ' Rooms sold
    ws.Range("B4").Value = src.Range("D14").Value   ' Room revenue
    ws.Range("B5").Value = ws.Range("B4").Value / ws.Range("B3").Value
End Sub`)}`),

  rec('code_tsql', f`Процедура пересчёта остатка на лицевом счёте осуждённого иногда даёт отрицательный остаток. Где ошибка?

${code(f`CREATE PROCEDURE dbo.RecalcBalance @InmateId INT AS
BEGIN
    UPDATE a
    SET a.Balance = x.Credits - x.Debits
    FROM dbo.Accounts a
    CROSS APPLY (
        SELECT SUM(CASE WHEN t.Kind = 'C' THEN t.Amount ELSE 0 END) AS Credits,
               SUM(CASE WHEN t.Kind = 'D' THEN t.Amount ELSE 0 END) AS Debits
        FROM dbo.Transactions t WHERE t.InmateId = a.InmateId AND t.Status <> 'VOID'
    ) x
    WHERE a.InmateId = @InmateId;
END`)}`),

  rec('code_perl', f`MARC-Konvertierung: Die 856-Links für die E-Journals sollen durch den Proxy-Präfix ergänzt werden. Funktioniert für Unterfeld u nur beim ersten Feld:

${code(f`use MARC::Batch;
my $batch = MARC::Batch->new('USMARC', 'ejournals.mrc');
while (my $rec = $batch->next) {
    my $f = $rec->field('856');
    next unless $f;
    my $u = $f->subfield('u');
    $f->update(u => "https://proxy.libcons.org/login?url=$u");
    print $rec->as_usmarc;
}`)}`),

  rec('diff', f`Review bitte, ob die Änderung an der Limitprüfung (Debitorenlimit im Factoring) so passt:

${code(f`--- a/limits/check.py
+++ b/limits/check.py
@@ -18,9 +18,12 @@ def within_limit(debtor, new_invoice, open_items):
-    exposure = sum(i.amount for i in open_items)
-    return exposure + new_invoice.amount <= debtor.limit
+    exposure = sum(i.amount for i in open_items if not i.paid)
+    if debtor.limit_expires and debtor.limit_expires < date.today():
+        return False
+    return exposure + new_invoice.amount <= debtor.limit * debtor.insured_share`)}`),

  rec('code_js', f`Visiting-slot picker for the prison's booking page — two families can book the same table. Race condition?

${code(f`app.post('/book', async (req, res) => {
  const { slotId, visitorId } = req.body;
  const slot = await db.slots.findOne({ id: slotId });
  if (slot.booked >= slot.capacity) return res.status(409).send('full');
  await db.slots.update({ id: slotId }, { booked: slot.booked + 1 });
  await db.bookings.insert({ slotId, visitorId, createdAt: new Date() });
  res.sendStatus(201);
});`)}`),
];
