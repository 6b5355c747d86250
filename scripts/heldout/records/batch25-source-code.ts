/**
 * Held-out batch 25: pasted source code — GTFS tooling, lab pipelines, payroll maths, odds and
 * settlement logic, parent-app UI, BIM scripting — fenced or not, with questions in several
 * languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH25_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`This GTFS check is way too slow on the full feed (4M stop_times rows). Ideas?

\`\`\`python
${code(f`import csv
from collections import defaultdict

def find_time_travel(stop_times_path: str) -> list[str]:
    trips = defaultdict(list)
    with open(stop_times_path, newline="") as fh:
        for row in csv.DictReader(fh):
            trips[row["trip_id"]].append((int(row["stop_sequence"]), row["arrival_time"]))
    bad = []
    for trip_id, stops in trips.items():
        stops.sort()
        for (_, a), (_, b) in zip(stops, stops[1:]):
            if to_seconds(b) < to_seconds(a):
                bad.append(trip_id)
                break
    return bad`)}
\`\`\``),

  rec('code_kotlin', f`Tarkastussovellus kaatuu välillä kun skannataan QR-lippuja, mikä tässä on vialla?

${code(f`fun validateTicket(payload: String, now: Instant): ValidationResult {
    val parts = payload.split("|")
    val ticketId = parts[0]
    val validUntil = Instant.ofEpochSecond(parts[2].toLong())
    val zones = parts[3].split(",").map { it.toInt() }
    return when {
        now.isAfter(validUntil) -> ValidationResult.Expired(ticketId)
        currentZone !in zones -> ValidationResult.WrongZone(ticketId, zones)
        else -> ValidationResult.Ok(ticketId)
    }
}`)}

stack says IndexOutOfBoundsException at line 4`),

  rec('code_r', f`${code(f`library(DESeq2)
counts <- read.csv("counts_run42.csv", row.names = 1)
coldata <- data.frame(condition = factor(c(rep("ctrl", 3), rep("edit", 3))))
dds <- DESeqDataSetFromMatrix(countData = counts, colData = coldata, design = ~ condition)
dds <- dds[rowSums(counts(dds)) >= 10, ]
dds <- DESeq(dds)
res <- results(dds, contrast = c("condition", "edit", "ctrl"), alpha = 0.05)
summary(res)`)}

Proč mi vychází skoro nula signifikantních genů, když na heatmapě je rozdíl jasně vidět?`),

  rec('code_python', f`Snakemake rule keeps re-running even when the BAM exists:

${code(f`rule align:
    input:
        r1="fastq/{sample}_R1.fastq.gz",
        r2="fastq/{sample}_R2.fastq.gz",
        ref=config["ref"],
    output:
        temp("bam/{sample}.unsorted.bam")
    threads: 16
    shell:
        "bwa-mem2 mem -t {threads} {input.ref} {input.r1} {input.r2} | samtools view -b -o {output} -"`)}`),

  rec('code_sql', f`Query for 13th month pay per employee — pakicheck kung tama yung logic, dapat basic pay lang at pro-rated:

${code(f`SELECT e.emp_no,
       e.full_name,
       ROUND(SUM(p.basic_pay) / 12.0, 2) AS thirteenth_month
FROM employees e
JOIN payslip_lines p ON p.emp_no = e.emp_no
WHERE p.pay_date BETWEEN '2024-01-01' AND '2024-12-31'
  AND p.line_type = 'BASIC'
  AND e.tenant_id = :tenant
GROUP BY e.emp_no, e.full_name
HAVING SUM(p.basic_pay) > 0
ORDER BY e.full_name;`)}`),

  rec('code_cobol', f`Client still runs this payroll routine on an AS/400, we need to re-implement it in Java. What does it compute?

       ${code(f`COMPUTE-OVERTIME.
           IF WS-HOURS-WORKED > 40
               COMPUTE WS-OT-HOURS = WS-HOURS-WORKED - 40
               COMPUTE WS-OT-PAY ROUNDED =
                   WS-OT-HOURS * WS-HOURLY-RATE * 1.5
           ELSE
               MOVE ZERO TO WS-OT-PAY
           END-IF.
           ADD WS-OT-PAY TO WS-GROSS-PAY.`)}`),

  rec('code_csharp', f`${code(f`public decimal SettleParlay(IReadOnlyList<Leg> legs, decimal stake)
{
    decimal odds = 1m;
    foreach (var leg in legs)
    {
        if (leg.Result == LegResult.Lost) return 0m;
        if (leg.Result == LegResult.Void) continue;
        odds *= leg.DecimalOdds;
    }
    return Math.Round(stake * odds, 2, MidpointRounding.ToEven);
}`)}

QA says a 3-leg parlay with one void paid 0.01 less than the competitor. Is ToEven the problem?`),

  rec('code_go', f`${code(f`func (s *WalletService) Debit(ctx context.Context, playerID int64, amount decimal.Decimal) error {
	bal, err := s.repo.Balance(ctx, playerID)
	if err != nil {
		return err
	}
	if bal.LessThan(amount) {
		return ErrInsufficientFunds
	}
	return s.repo.SetBalance(ctx, playerID, bal.Sub(amount))
}`)}

Under load we sometimes get negative balances. Race condition? How do I fix it with Postgres?`),

  rec('code_tsx', f`El componente de asistencia no se actualiza cuando la educadora marca a un niño:

\`\`\`tsx
${code(f`export function ListaAsistencia({ ninos }: { ninos: Nino[] }) {
  const [presentes, setPresentes] = useState<Set<string>>(new Set());

  const marcar = (id: string) => {
    presentes.add(id);
    setPresentes(presentes);
  };

  return (
    <ul>
      {ninos.map((n) => (
        <li key={n.id} onClick={() => marcar(n.id)}>
          {n.nombre} {presentes.has(n.id) ? '✅' : '⬜'}
        </li>
      ))}
    </ul>
  );
}`)}
\`\`\``),

  rec('code_python', f`Dynamo script in Revit to renumber rooms by level — it renumbers but the order is random:

${code(f`import clr
clr.AddReference("RevitServices")
from RevitServices.Persistence import DocumentManager
from RevitServices.Transactions import TransactionManager

doc = DocumentManager.Instance.CurrentDBDocument
rooms = UnwrapElement(IN[0])

TransactionManager.Instance.EnsureInTransaction(doc)
for i, room in enumerate(rooms, start=1):
    lvl = doc.GetElement(room.LevelId).Name.split(" ")[-1]
    room.Number = "{}.{:03d}".format(lvl, i)
TransactionManager.Instance.TransactionTaskDone()
OUT = [r.Number for r in rooms]`)}`),

  rec('code_matlab', f`${code(f`% verifica trave semplicemente appoggiata, carico distribuito
L = 7.2;            % m
q = 18.5;           % kN/m (SLU)
E = 210e6;          % kN/m^2
I = 8356e-8;        % m^4 (IPE 300)
M_max = q * L^2 / 8;
f_max = 5 * q * L^4 / (384 * E * I);
fprintf('M_max = %.1f kNm, freccia = %.1f mm (L/%.0f)\\n', M_max, f_max*1000, L/f_max);`)}

La freccia mi sembra troppo grande, ho sbagliato le unità di I?`),

  rec('code_rust', f`${code(f`pub fn headway_minutes(departures: &[NaiveTime]) -> Vec<i64> {
    departures
        .windows(2)
        .map(|w| (w[1] - w[0]).num_minutes())
        .collect()
}

#[test]
fn handles_midnight() {
    let d = vec![t("23:50"), t("00:05")];
    assert_eq!(headway_minutes(&d), vec![15]);
}`)}

test fails with -1425 instead of 15, how to handle service past midnight (GTFS allows 24:05:00)?`),

  rec('code_java', f`${code(f`@Scheduled(cron = "0 0 2 * * *", zone = "Asia/Manila")
public void closeDailyBets() {
    List<Bet> open = betRepository.findByStatusAndEventEndBefore(BetStatus.OPEN, Instant.now());
    for (Bet bet : open) {
        bet.setStatus(BetStatus.PENDING_SETTLEMENT);
        betRepository.save(bet);
        eventPublisher.publishEvent(new BetClosedEvent(bet.getId()));
    }
}`)}

With 200k open bets this job takes 40 minutes. Batch saves?`),

  rec('code_bash', f`Script pro zálohu výsledků ze sekvenátoru na NAS, občas smaže složku dřív než doběhne rsync:

${code(f`#!/usr/bin/env bash
set -e
SRC=/data/novaseq/runs
DST=/mnt/nas/ngs-archive
for run in "$SRC"/*/; do
  if [ -f "$run/CopyComplete.txt" ]; then
    rsync -a "$run" "$DST/" &
    rm -rf "$run"
  fi
done
wait`)}`),

  rec('code_php', f`${code(f`<?php
function calcularCuotaMensual(float $colegiatura, int $hermanos, bool $prontoPago): float {
    $descuento = 0.0;
    if ($hermanos >= 1) { $descuento += 0.10; }
    if ($prontoPago) { $descuento += 0.05; }
    return round($colegiatura * (1 - min($descuento, 0.15)), 2);
}
echo calcularCuotaMensual(4850.00, 2, true);`)}

la directora quiere que el descuento por hermanos sea 10% por cada hermano, ¿cómo lo cambio sin pasar del 25%?`),

  rec('code_swift', f`${code(f`struct DailyReportView: View {
    let report: DailyReport
    var body: some View {
        List {
            Section("Comidas") { ForEach(report.meals) { Text("\\($0.time) – \\($0.description)") } }
            Section("Siesta") { Text("\\(report.napStart, style: .time) – \\(report.napEnd, style: .time)") }
            Section("Notas") { Text(report.notes ?? "Sin notas") }
        }
    }
}`)}

iOS 16 shows the nap time in 24h even when the parent's phone is set to 12h. Why?`),

  rec('code_vba', f`Makro pro výpočet spotřeby reagencií — po přidání nových sloupců hází "Type mismatch":

${code(f`Sub SpotrebaReagencii()
    Dim ws As Worksheet, r As Long
    Set ws = Sheets("Objednavky")
    For r = 2 To ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
        ws.Cells(r, "F").Value = ws.Cells(r, "C").Value * ws.Cells(r, "D").Value / 1000
        If ws.Cells(r, "F").Value > ws.Cells(r, "E").Value Then ws.Rows(r).Interior.Color = vbYellow
    Next r
End Sub`)}`),

  rec('code_ts', f`${code(f`export function computeNetPay(gross: number, country: 'VN' | 'PH' | 'IN'): number {
  const rates: Record<typeof country, number[]> = {
    VN: [0.08, 0.015, 0.01],
    PH: [0.045, 0.025, 0.02],
    IN: [0.12],
  };
  const deductions = rates[country].reduce((sum, r) => sum + gross * r, 0);
  return Math.round((gross - deductions) * 100) / 100;
}`)}

Mình biết là VN bảo hiểm có trần lương đóng, làm sao thêm cap vào hàm này cho gọn?`),

  rec('code_python', f`Ye function pro-rata salary galat de raha hai for joiners mid-month, check karo:

${code(f`def prorated_salary(monthly_ctc: float, join_date: date, month_end: date) -> float:
    days_in_month = month_end.day
    worked = (month_end - join_date).days
    return round(monthly_ctc / 12 * worked / days_in_month, 2)`)}`),

  rec('chat', f`Kotlin quickie: is ${amb('source_code.snippet', 'stops.groupBy { it.zone }.mapValues { it.value.size }')} the same as eachCount() on a grouping?`, 'a one-line expression in prose: ambiguous'),

  rec('terraform', f`Plan wants to replace the RDS instance for the fare DB just because I changed the backup window?

${amb('source_code.snippet', f`resource "aws_db_instance" "fares" {
  identifier              = "tcrt-fares-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.r6g.large"
  backup_window           = "03:00-04:00"
  backup_retention_period = 14
  deletion_protection     = true
  username                = "fares_admin"
  manage_master_user_password = true
}`)}`),
];
