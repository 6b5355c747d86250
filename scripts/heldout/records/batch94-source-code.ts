/**
 * Held-out batch 94: pasted source code from the MRO hangar, blade factory, dental labs, seller
 * support, park service and school admissions teams, with questions in many languages.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH94_SOURCE_CODE: DraftRecord[] = [
  rec('python', f`This calculates when each torque wrench in the tool crib is due for calibration. It returns the wrong date for leap years, can you fix?

\`\`\`python
${code(f`from datetime import date, timedelta

def next_due(last_cal: date, interval_months: int) -> date:
    year = last_cal.year + (last_cal.month - 1 + interval_months) // 12
    month = (last_cal.month - 1 + interval_months) % 12 + 1
    return date(year, month, last_cal.day)

def overdue(tools, today=None):
    today = today or date.today()
    return [t for t in tools if next_due(t["last_cal"], t["interval"]) < today]`)}
\`\`\``),

  rec('sql', f`Consulta para o relatório mensal de próteses por clínica. Está lenta (40 s). Como otimizar?

${code(f`SELECT c.nome AS clinica,
       COUNT(*) FILTER (WHERE p.tipo = 'coroa') AS coroas,
       COUNT(*) FILTER (WHERE p.tipo = 'ponte') AS pontes,
       AVG(EXTRACT(EPOCH FROM (p.entregue_em - p.recebido_em)) / 86400) AS dias_medios
FROM pedidos p
JOIN clinicas c ON c.id = p.clinica_id
WHERE p.recebido_em >= date_trunc('month', now()) - interval '1 month'
  AND p.recebido_em < date_trunc('month', now())
GROUP BY c.nome
ORDER BY coroas DESC;`)}`),

  rec('typescript', f`React-Komponente für die Anzeige der Genehmigungskontingente im Nationalpark. Der Zähler aktualisiert sich nicht:

\`\`\`tsx
${code(f`export function QuotaBadge({ trailId }: { trailId: string }) {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    const id = setInterval(async () => {
      const r = await fetch(\`/api/quota/\${trailId}\`);
      const { remaining } = await r.json();
      setLeft(remaining);
    }, 30_000);
  }, []);
  return <span className={left === 0 ? 'badge full' : 'badge'}>{left ?? '…'} Plätze frei</span>;
}`)}
\`\`\``),

  rec('go', f`Go service that reads PLC temperatures from the blade moulds. Occasionally panics "index out of range":

${code(f`func parseFrame(b []byte) ([]float32, error) {
	n := int(b[0])
	out := make([]float32, n)
	for i := 0; i < n; i++ {
		off := 1 + i*4
		bits := binary.BigEndian.Uint32(b[off : off+4])
		out[i] = math.Float32frombits(bits)
	}
	return out, nil
}`)}`),

  rec('kotlin', f`Android ranger app — offline permit check. Kotlin:

${code(f`suspend fun verifyPermit(code: String): PermitStatus = withContext(Dispatchers.IO) {
    val cached = dao.findByCode(code.uppercase())
    when {
        cached == null -> PermitStatus.Unknown
        cached.validUntil.isBefore(LocalDate.now()) -> PermitStatus.Expired
        cached.revoked -> PermitStatus.Revoked
        else -> PermitStatus.Valid(cached.holderName, cached.groupSize)
    }
}`)}

Chcę dodać wsparcie dla kodów QR z małymi literami — czy uppercase() wystarczy?`),

  rec('bash', f`Backup script for the LIMS at the dental lab in Tallinn. Cron runs it but the tarball is empty:

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/srv/lims/data
DST=/mnt/nas/lims-backups
STAMP=$(date +%F)
cd "$SRC"
tar czf "$DST/lims-$STAMP.tar.gz" $(find . -mtime -1 -type f)
find "$DST" -name 'lims-*.tar.gz' -mtime +30 -delete`)}
\`\`\``),

  rec('csharp', f`C# for the parts-store reorder point. I think the safety stock formula is wrong:

${code(f`public static int ReorderPoint(PartStats s, double serviceLevelZ = 1.65)
{
    var dailyDemand = s.UsageLast90Days / 90.0;
    var leadTimeDemand = dailyDemand * s.LeadTimeDays;
    var safety = serviceLevelZ * s.DemandStdDev * Math.Sqrt(s.LeadTimeDays);
    return (int)Math.Ceiling(leadTimeDemand + safety);
}`)}

Parts are AOG-critical (landing gear seals), so 95% isn't enough.`),

  rec('python', f`Pandas: bursary means-test score. Kannada translation of the explanation please, for the parents' FAQ.

${code(f`import pandas as pd

df = pd.read_excel("applications_2025.xlsx")
df["per_capita"] = df["household_income"] / df["household_size"]
df["score"] = (
    (df["per_capita"] < 60000) * 40
    + (df["siblings_in_school"] > 0) * 10
    + df["academic_band"].map({"A": 30, "B": 20, "C": 10}).fillna(0)
)
df.sort_values("score", ascending=False).to_csv("ranked.csv", index=False)`)}`),

  rec('javascript', f`Seller-support macro in our helpdesk (JS). It should detect Turkish and Azerbaijani tickets but tags both as TR:

${code(f`function detectLang(text) {
  const t = text.toLowerCase();
  if (/[əı]/.test(t) && /\\b(salam|təşəkkür|sifariş)\\b/.test(t)) return 'az';
  if (/[ğışçöü]/.test(t)) return 'tr';
  if (/[ё]|\\b(здравствуйте|заказ)\\b/.test(t)) return 'ru';
  return 'en';
}`)}`),

  rec('rust', f`Rust parser for CMM (coordinate measuring machine) output of blade root inserts:

${code(f`fn parse_line(line: &str) -> Option<(String, f64, f64)> {
    let mut parts = line.split(';');
    let id = parts.next()?.trim().to_string();
    let nominal: f64 = parts.next()?.trim().replace(',', ".").parse().ok()?;
    let measured: f64 = parts.next()?.trim().replace(',', ".").parse().ok()?;
    Some((id, nominal, measured))
}`)}

Ο έλεγχος ανοχής (±0.05 mm) πού να μπει;`),

  rec('sql', f`T-SQL — the work-order hours report shows doubled hours for tasks with two inspectors:

${code(f`SELECT wo.WorkOrderNo, t.TaskCard, SUM(l.Hours) AS Hours
FROM WorkOrders wo
JOIN Tasks t ON t.WorkOrderId = wo.Id
JOIN LabourEntries l ON l.TaskId = t.Id
LEFT JOIN Inspections i ON i.TaskId = t.Id
WHERE wo.Tail = 'ET-AVN'
GROUP BY wo.WorkOrderNo, t.TaskCard;`)}`),

  rec('php', f`Laravel controller for the admissions enquiry form. Spam bots get through:

${code(f`public function store(Request $request)
{
    $data = $request->validate([
        'parent_name' => 'required|string|max:120',
        'email' => 'required|email',
        'grade' => 'required|in:K,1,2,3,4,5,6,7,8,9,10,11,12',
        'message' => 'nullable|string|max:2000',
    ]);
    Enquiry::create($data);
    return redirect()->route('admissions.thanks');
}`)}

Mag ek hier 'n honeypot-veld byvoeg? (Afrikaans antwoord asseblief)`),

  rec('java', f`Spring job: nightly sync of seller listings to the search index. Memory grows until OOM:

${code(f`@Scheduled(cron = "0 0 2 * * *")
public void reindex() {
    List<Listing> all = listingRepository.findAll();
    List<IndexDoc> docs = new ArrayList<>();
    for (Listing l : all) {
        docs.add(mapper.toDoc(l));
    }
    searchClient.bulk(docs);
}`)}`),

  rec('swift', f`iOS app for visitors — trail difficulty colours. Swift:

${code(f`enum Difficulty: String, Codable {
    case easy, moderate, hard, alpine

    var color: Color {
        switch self {
        case .easy: return .green
        case .moderate: return .blue
        case .hard: return .red
        case .alpine: return .black
        }
    }
}`)}

Mô-đun này có cần hỗ trợ chế độ tối không?`),

  rec('python', f`Script to nest dental crowns on the milling blank (very rough). Ruwet code, need it faster:

${code(f`def place(crowns, blank_d=98.5, margin=1.2):
    placed = []
    for c in sorted(crowns, key=lambda c: -c.diameter):
        for angle in range(0, 360, 5):
            for r in frange(0, blank_d / 2 - c.diameter / 2 - margin, 0.5):
                x, y = polar(r, angle)
                if all(dist((x, y), p.pos) > (c.diameter + p.diameter) / 2 + margin for p in placed):
                    c.pos = (x, y)
                    placed.append(c)
                    break
            else:
                continue
            break
    return placed`)}`),

  rec('diff', f`Review this diff please (fibre layup sequence validation):

\`\`\`diff
${code(f`--- a/layup/validate.py
+++ b/layup/validate.py
@@ -12,7 +12,10 @@ def validate(plies):
-    for i, p in enumerate(plies):
-        if p.angle not in (0, 45, -45, 90):
-            raise ValueError(f"ply {i}: bad angle {p.angle}")
+    allowed = {0, 45, -45, 90}
+    for i, p in enumerate(plies, start=1):
+        if p.angle not in allowed:
+            raise ValueError(f"ply {i}: bad angle {p.angle}")
+        if i > 1 and p.angle == plies[i - 2].angle == 90:
+            warnings.warn(f"ply {i}: consecutive 90° plies")`)}
\`\`\``),

  rec('vba', f`Excel VBA macro in the parts store to flag shelf-life expired sealants. Stops at row 1000:

${code(f`Sub FlagExpired()
    Dim r As Long
    For r = 2 To 1000
        If Cells(r, 6).Value < Date Then
            Rows(r).Interior.Color = RGB(255, 199, 206)
            Cells(r, 9).Value = "QUARANTINE"
        End If
    Next r
End Sub`)}`),

  rec('ruby', f`Rails scope for permits that overlap a trail closure. Returns permits from other parks too:

${code(f`scope :overlapping_closure, ->(closure) {
  where("starts_on <= ? AND ends_on >= ?", closure.ends_on, closure.starts_on)
    .joins(:trail)
    .where(trails: { id: closure.trail_ids })
}`)}

Er det fordi jeg glemmer park_id? (svar på dansk)`),
];
