/**
 * Held-out batch 103: pasted source code (Python, TypeScript, SQL, Go, Java, C#, Kotlin, Rust, PHP,
 * Ruby, Bash, R, Swift, VBA) from rostering, pharmacy, crypto-tax, box-office, lab and legal-aid teams.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH103_SOURCE_CODE: DraftRecord[] = [
  rec('python', f`Rest-period check for crew rostering is off by one day on DST changes. Any idea?

\`\`\`python
${code(f`from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

MIN_REST = timedelta(hours=12)

def rest_ok(prev_duty_end: datetime, next_report: datetime, base_tz: str) -> bool:
    tz = ZoneInfo(base_tz)
    end_local = prev_duty_end.astimezone(tz)
    rep_local = next_report.astimezone(tz)
    rest = rep_local.replace(tzinfo=None) - end_local.replace(tzinfo=None)
    return rest >= MIN_REST`)}
\`\`\``),

  rec('sql', f`Ky query për farmacinë veterinare kthen dyfish disa receta. Ku është gabimi?
${code(f`SELECT r.rx_id, p.pet_name, o.owner_name, d.drug_name, r.qty
FROM prescriptions r
JOIN pets p ON p.pet_id = r.pet_id
JOIN owners o ON o.owner_id = p.owner_id
LEFT JOIN drug_batches d ON d.drug_code = r.drug_code
WHERE r.issued_at >= DATE '2024-09-01'
ORDER BY r.issued_at DESC;`)}`),

  rec('typescript', f`Seat map selection — el estado no se actualiza cuando el usuario deselecciona una butaca:

\`\`\`ts
${code(f`type Seat = { row: string; num: number; taken: boolean };

export function toggleSeat(selected: Seat[], seat: Seat): Seat[] {
  const idx = selected.findIndex((s) => s.row === seat.row && s.num === seat.num);
  if (idx >= 0) {
    selected.splice(idx, 1);
    return selected;
  }
  return [...selected, seat];
}`)}
\`\`\``),

  rec('python_fifo', f`Kripto vergi hesaplamasında FIFO maliyet yöntemi için bu fonksiyonu yazdım, kısmi satışlarda yanlış sonuç veriyor:
${code(f`from collections import deque

def fifo_gain(buys, sells):
    lots = deque(buys)  # (qty, unit_cost)
    gain = 0.0
    for qty, price in sells:
        while qty > 0:
            lot_qty, cost = lots[0]
            used = min(qty, lot_qty)
            gain += used * (price - cost)
            qty -= used
            if used == lot_qty:
                lots.popleft()
    return gain`)}`),

  rec('go', f`Nuestro servicio en Go que lee el espesor de pared de las botellas desde el calibrador se cuelga:
\`\`\`go
${code(f`func readGauge(port io.Reader, out chan<- float64) {
	scanner := bufio.NewScanner(port)
	for scanner.Scan() {
		line := strings.TrimSpace(scanner.Text())
		v, err := strconv.ParseFloat(strings.TrimPrefix(line, "WT="), 64)
		if err != nil {
			continue
		}
		out <- v
	}
}`)}
\`\`\``),

  rec('java', f`Warum wirft dieser Code in der Wartungsplanung eine ConcurrentModificationException?
${code(f`public void closeDeferredDefects(List<Defect> defects, LocalDate today) {
    for (Defect d : defects) {
        if (d.getMelCategory() == MelCategory.C && d.getDeferredUntil().isBefore(today)) {
            defects.remove(d);
            auditLog.info("MEL item expired: " + d.getId());
        }
    }
}`)}`),

  rec('csharp', f`Box office: Rabattcode wird doppelt angewendet.
\`\`\`csharp
${code(f`public decimal ApplyDiscount(Order order, string code)
{
    var promo = _db.Promos.SingleOrDefault(p => p.Code == code && p.Active);
    if (promo == null) return order.Total;
    foreach (var line in order.Lines)
        line.Price -= line.Price * promo.Percent / 100m;
    order.Total -= order.Total * promo.Percent / 100m;
    return order.Total;
}`)}
\`\`\``),

  rec('kotlin', f`Android app for cabin crew — the duty list flickers on refresh:
${code(f`class DutyViewModel(private val repo: DutyRepository) : ViewModel() {
    val duties = MutableLiveData<List<Duty>>()

    fun refresh(crewId: String) {
        duties.value = emptyList()
        viewModelScope.launch {
            duties.value = repo.fetchDuties(crewId)
        }
    }
}`)}`),

  rec('rust', f`Rust-ohjelma lasipullojen vikakuvien luokitteluun, borrow checker valittaa:
${code(f`fn classify(frames: &mut Vec<Frame>, model: &Model) -> Vec<Defect> {
    let mut out = Vec::new();
    for f in frames.iter() {
        if let Some(d) = model.predict(f) {
            frames.retain(|x| x.id != f.id);
            out.push(d);
        }
    }
    out
}`)}`),

  rec('php', f`Formulário de triagem do centro de apoio jurídico — o PHP não grava o idioma escolhido:
${code(f`<?php
$lang = $_POST['lang'] ?? 'pt';
$stmt = $pdo->prepare("INSERT INTO intake (case_ref, lang, created_at) VALUES (?, ?, NOW())");
$stmt->execute([$caseRef]);
echo json_encode(['ok' => true, 'lang' => $lang]);`)}`),

  rec('ruby', f`Rails: send vaccination reminders only once per pet per month.
${code(f`class ReminderJob < ApplicationJob
  def perform
    Pet.where("next_vaccine_on <= ?", 7.days.from_now).find_each do |pet|
      next if pet.reminders.where("created_at > ?", 1.month.ago).exists?
      ReminderMailer.vaccine(pet).deliver_later
      pet.reminders.create!(kind: "vaccine")
    end
  end
end`)}`),

  rec('bash', f`Скрипт бэкапа базы лаборатории, запускается по cron, но архивы пустые:
\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
DATE=$(date +%F)
OUT=/backup/qalab-$DATE.sql.gz
pg_dump -h localhost -U qalab_ro qalab | gzip > "$OUT"
find /backup -name 'qalab-*.sql.gz' -mtime +14 -delete
echo "backup written to $OUT"`)}
\`\`\``),

  rec('r', f`R script for the glass lab: control chart of wall thickness. The limits look too narrow.
${code(f`library(qcc)
wt <- read.csv("wall_thickness_2024w37.csv")
groups <- qcc.groups(wt$thickness_mm, wt$sample_no)
chart <- qcc(groups, type = "xbar", nsigmas = 3, title = "Wall thickness, line 3")
summary(chart)`)}`),

  rec('swift', f`iOS box-office scanner: QR tickets scanned twice count as two entries.
${code(f`func didScan(code: String) {
    guard let ticket = tickets[code] else { showError("Unknown ticket"); return }
    ticket.scans += 1
    if ticket.scans > 1 {
        showWarning("Already scanned at \\(ticket.lastScan!)")
    }
    ticket.lastScan = Date()
}`)}`),

  rec('vba', f`Excel-makro vuorolistaan, kaatuu riville 6:
${code(f`Sub MarkStandby()
    Dim r As Long
    For r = 2 To Cells(Rows.Count, 1).End(xlUp).Row
        If Cells(r, 4).Value = "SBY" Then
            Cells(r, 1).Resize(1, 8).Interior.Color = RGB(255, 230, 153)
        End If
    Next r
End Sub`)}`),

  rec('sql_window', f`Query pentru rapoarte fiscale crypto — vreau soldul cumulat pe monedă:
${code(f`SELECT asset,
       tx_time,
       qty,
       SUM(qty) OVER (PARTITION BY asset ORDER BY tx_time
                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_balance
FROM client_transactions
WHERE client_id = :client
ORDER BY asset, tx_time;`)}`),

  rec('python_pandas', f`Bu pandas kodu biletlerin satış raporunu yapıyor ama gün bazında gruplama yanlış:
${code(f`import pandas as pd

df = pd.read_csv("sales.csv", parse_dates=["sold_at"])
daily = df.groupby(df["sold_at"].dt.day)["amount"].sum()
print(daily.sort_index())`)}`),

  rec('diff', f`Review this diff for the MEL deferral reminder, please:
${code(f`--- a/mx/deferrals.py
+++ b/mx/deferrals.py
@@ -41,7 +41,9 @@ def due_items(items, now):
-    return [i for i in items if i.due < now]
+    soon = now + timedelta(days=2)
+    return [i for i in items
+            if i.category in ("B", "C") and i.due <= soon]`)}`),

  rec('typescript_zod', f`Validación del formulario de admisión (centro de asistencia legal), el zod no acepta teléfonos con espacios:
${code(f`import { z } from "zod";

export const Intake = z.object({
  fullName: z.string().min(2),
  phone: z.string().regex(/^\\+?[0-9]{8,15}$/),
  country: z.string().length(2),
  language: z.enum(["es", "en", "tl", "bn", "ne", "am"]),
});`)}`),

  rec('cpp', f`C++ on the furnace PLC gateway — average temperature is wrong after overflow?
${code(f`uint16_t avgTemp(const uint16_t* samples, size_t n) {
    uint16_t sum = 0;
    for (size_t i = 0; i < n; ++i) sum += samples[i];
    return sum / n;
}`)}`),
];
