/** Held-out batch 49: pasted source code from the six organisations' internal tools. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH49_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Functionality rate per upazila comes out above 100% for some rows. What's wrong?

\`\`\`python
${code(f`import pandas as pd

wp = pd.read_csv("water_points_round3.csv")
visits = pd.read_csv("visits_round3.csv")

merged = wp.merge(visits, on="wp_id", how="left")
summary = (
    merged.groupby("upazila")
    .agg(total=("wp_id", "count"), functional=("status", lambda s: (s == "functional").sum()))
    .reset_index()
)
summary["rate"] = summary["functional"] / wp.groupby("upazila")["wp_id"].nunique().values * 100
print(summary.sort_values("rate", ascending=False).head(20))`)}
\`\`\``),

  rec('code_r', f`${code(f`library(dplyr)
library(ggplot2)

survey <- read.csv("kurigram_hh_survey.csv", stringsAsFactors = FALSE)

survey %>%
  filter(!is.na(distance_to_source_m)) %>%
  mutate(band = cut(distance_to_source_m, breaks = c(0, 100, 250, 500, Inf))) %>%
  count(union, band) %>%
  ggplot(aes(x = union, y = n, fill = band)) +
  geom_col(position = "fill") +
  coord_flip()`)}

can you make this a donor-friendly chart: percentages on the bars and nicer colours?`),

  rec('code_ts', f`Client portal: the blade damage table re-renders on every keystroke in the filter box. Fix?

\`\`\`tsx
${code(f`export function DamageTable({ findings }: { findings: Finding[] }) {
  const [query, setQuery] = useState('');
  const rows = findings
    .filter((f) => f.turbine.includes(query) || f.category.includes(query))
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));

  return (
    <>
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="WTG / category" />
      <table>
        <tbody>
          {rows.map((r) => (
            <DamageRow key={r.id} finding={r} onOpen={() => openPhotos(r.id)} />
          ))}
        </tbody>
      </table>
    </>
  );
}`)}
\`\`\``),

  rec('code_kotlin', f`${code(f`data class RopeCheck(val ropeId: String, val inspectedAt: Instant, val passed: Boolean)

fun dueForInspection(checks: List<RopeCheck>, now: Instant): List<String> =
    checks.groupBy { it.ropeId }
        .mapValues { (_, v) -> v.maxByOrNull { it.inspectedAt }!! }
        .filter { (_, last) -> !last.passed || Duration.between(last.inspectedAt, now).toDays() > 90 }
        .keys
        .sorted()`)}

our rope-access app uses this to block a tech from starting a job. the !! crashes when a rope has no checks — how do I write it safely?`),

  rec('code_go', f`Ticket scan queue at the venue gates: under load some scans are processed twice.

\`\`\`go
${code(f`func (s *Scanner) worker(ctx context.Context, in <-chan Scan) {
	for {
		select {
		case <-ctx.Done():
			return
		case sc := <-in:
			if s.seen[sc.Barcode] {
				s.reject(sc, "duplicate")
				continue
			}
			s.seen[sc.Barcode] = true
			go s.admit(sc)
		}
	}
}`)}
\`\`\`
we run 8 workers on the same Scanner.`),

  rec('code_sql', f`${code(f`SELECT p.promoter_id,
       p.legal_name,
       SUM(o.gross_cents) - SUM(o.fee_cents) - COALESCE(SUM(r.amount_cents), 0) AS net_cents
FROM orders o
JOIN events e ON e.id = o.event_id
JOIN promoters p ON p.promoter_id = e.promoter_id
LEFT JOIN refunds r ON r.order_id = o.id
WHERE e.ends_at < now() - interval '3 days'
  AND o.status = 'paid'
GROUP BY p.promoter_id, p.legal_name;`)}

payouts are too low when an order has two partial refunds. is it the join?`),

  rec('code_php', f`Laravel: interpreters get two reminder emails for the same hearing. Job:

\`\`\`php
${code(f`class SendHearingReminders implements ShouldQueue
{
    public function handle(): void
    {
        Assignment::with('interpreter', 'hearing')
            ->whereHas('hearing', fn ($q) => $q->whereDate('starts_at', now()->addDay()))
            ->chunk(100, function ($assignments) {
                foreach ($assignments as $a) {
                    Mail::to($a->interpreter->email)->queue(new HearingReminder($a));
                    $a->update(['reminded_at' => now()]);
                }
            });
    }
}`)}
\`\`\``),

  rec('code_swift', f`${code(f`struct ClientCard: View {
    let client: Client
    @State private var showNotes = false

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(client.displayName).font(.headline)
            Text(client.preferredCollection ?? "—").font(.subheadline).foregroundStyle(.secondary)
            if showNotes {
                Text(client.notes).font(.footnote)
            }
        }
        .onTapGesture { withAnimation { showNotes.toggle() } }
    }
}`)}

SwiftUI card in our clienteling iPad app. how do I add a small badge when the client's birthday is this week?`),

  rec('code_csharp', f`POS bridge for the kitchens: totals are off by a cent sometimes.

\`\`\`csharp
${code(f`public decimal OrderTotal(IEnumerable<OrderLine> lines, decimal vatRate)
{
    double net = 0;
    foreach (var l in lines)
        net += (double)l.UnitPrice * l.Quantity;
    var gross = net * (1 + (double)vatRate);
    return Math.Round((decimal)gross, 2);
}`)}
\`\`\``),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
set -euo pipefail
# nightly: compress drone photos older than 30 days and push to cold storage
SRC=/data/inspections
find "$SRC" -type f -name '*.JPG' -mtime +30 -print0 |
  while IFS= read -r -d '' img; do
    out="\${img%.JPG}.webp"
    cwebp -q 82 "$img" -o "$out" && rm "$img"
  done
rclone sync "$SRC" cold:skyrope-inspections-archive --min-age 30d`)}

is rm after cwebp safe if cwebp fails half way?`),

  rec('code_java', f`${code(f`public Optional<Interpreter> pick(Hearing h, List<Interpreter> pool) {
    return pool.stream()
        .filter(i -> i.languages().contains(h.language()))
        .filter(i -> i.isSworn() || !h.requiresSworn())
        .filter(i -> !calendar.isBusy(i.id(), h.start(), h.end()))
        .min(Comparator.comparingInt(i -> distanceKm(i.base(), h.courthouse())));
}`)}

we want to prefer interpreters who already know the case (same case number in the last 6 months). where do I add that?`),

  rec('code_js', f`Google Apps Script for the suppliers sheet: want an email when stock drops below par.

${code(f`function checkPar() {
  const sh = SpreadsheetApp.getActive().getSheetByName('Stock');
  const rows = sh.getRange(2, 1, sh.getLastRow() - 1, 5).getValues();
  const low = rows.filter(([item, unit, onHand, par]) => onHand < par);
  if (!low.length) return;
  const body = low.map(([item, unit, onHand, par]) => item + ': ' + onHand + '/' + par + ' ' + unit).join('\\n');
  MailApp.sendEmail(Session.getActiveUser().getEmail(), 'Low stock – Kitchen Mitte', body);
}`)}`),

  rec('code_python', f`\`\`\`python
${code(f`def blade_repair_window(forecast, min_hours=6, max_wind=12.0, max_humidity=80):
    """Return the first window where resin can cure: wind and humidity below limits for min_hours."""
    run = []
    for slot in forecast:
        if slot.wind_ms <= max_wind and slot.rh <= max_humidity and slot.temp_c >= 10:
            run.append(slot)
            if len(run) >= min_hours:
                return run[0].start, run[-1].end
        else:
            run = []
    return None`)}
\`\`\`
add a test with pytest for a forecast with a gap in the middle`),

  rec('code_rust', f`${code(f`fn parse_barcode(raw: &str) -> Result<Ticket, ScanError> {
    let parts: Vec<&str> = raw.split('|').collect();
    if parts.len() != 4 {
        return Err(ScanError::Malformed);
    }
    let event = parts[0].parse::<u32>().map_err(|_| ScanError::Malformed)?;
    let seat = parts[1].to_string();
    let issued = parts[2].parse::<i64>().map_err(|_| ScanError::Malformed)?;
    let sig = hex::decode(parts[3]).map_err(|_| ScanError::BadSignature)?;
    Ok(Ticket { event, seat, issued, sig })
}`)}

handheld scanner firmware. how should I verify sig against an ed25519 public key here?`),

  rec('diff', f`Review this patch please (fraud rule for presales):

${code(f`--- a/rules/presale.py
+++ b/rules/presale.py
@@ -12,9 +12,14 @@ def score(order, history):
     s = 0
     if order.cards_last_hour > 3:
         s += 40
-    if order.ip_country != order.billing_country:
+    if order.ip_country != order.billing_country and not order.is_vpn_whitelisted:
         s += 15
+    if history.accounts_same_device > 2:
+        s += 30
+    if order.quantity == order.event.max_per_order and order.account_age_days < 2:
+        s += 20
     return min(s, 100)`)}`),

  rec('code_vba', f`Excel macro our kitchen manager uses for supplier orders, it crashes on empty rows:

${code(f`Sub BuildOrder()
    Dim ws As Worksheet, r As Long, outRow As Long
    Set ws = Sheets("Par")
    outRow = 2
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        If ws.Cells(r, 3).Value < ws.Cells(r, 4).Value Then
            Sheets("Order").Cells(outRow, 1).Value = ws.Cells(r, 1).Value
            Sheets("Order").Cells(outRow, 2).Value = ws.Cells(r, 4).Value - ws.Cells(r, 3).Value
            outRow = outRow + 1
        End If
    Next r
End Sub`)}`),

  rec('code_dart', f`${code(f`class WaterPointForm extends StatefulWidget {
  const WaterPointForm({super.key});
  @override
  State<WaterPointForm> createState() => _WaterPointFormState();
}

class _WaterPointFormState extends State<WaterPointForm> {
  final _key = GlobalKey<FormState>();
  String? _status;

  @override
  Widget build(BuildContext context) => Form(
        key: _key,
        child: DropdownButtonFormField<String>(
          value: _status,
          items: const ['functional', 'partly', 'broken'].map((s) => DropdownMenuItem(value: s, child: Text(s))).toList(),
          onChanged: (v) => setState(() => _status = v),
        ),
      );
}`)}

Flutter offline form for the field app. the const list + map doesn't compile, why?`),

  rec('terraform', f`${amb('source_code.snippet', f`resource "azurerm_storage_account" "inspections" {
  name                     = "skyropeinspect"
  resource_group_name      = azurerm_resource_group.ops.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = "TLS1_2"

  blob_properties {
    delete_retention_policy { days = 30 }
  }
}`)}

how do I add a lifecycle rule moving blobs to Archive after 180 days?`),

  rec('code_ruby', f`${code(f`class PayoutStatement
  def initialize(promoter, period)
    @promoter = promoter
    @period = period
  end

  def lines
    @promoter.events.where(ends_at: @period).flat_map do |event|
      event.orders.paid.map { |o| [event.name, o.id, o.gross - o.fee] }
    end
  end

  def total = lines.sum { |(_, _, net)| net }
end`)}

the statement PDF for a big promoter takes 40 s. N+1?`),

  rec('code_python', f`I'm a sous-chef not a dev — this is the script that prints labels with allergen info, it prints "None" for some dishes:

${code(f`ALLERGENS = {"smash_burger": ["gluten", "milk", "sesame"], "pad_kra_pao": ["soy", "fish"]}

def label(dish, made_at):
    allergens = ALLERGENS.get(dish)
    text = f"{dish.replace('_', ' ').title()}\\nMade: {made_at:%H:%M}\\nContains: {', '.join(allergens)}"
    return print(text)`)}`),
];
