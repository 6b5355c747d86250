/**
 * Held-out batch 26: pasted source code from an education platform, a food-delivery app, a fitness
 * chain, an asset manager, a music label / streaming service and a car dealer network, with
 * questions and comments in the batch's languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH26_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Royalty split is off by a cent on some tracks, why?

\`\`\`python
${code(f`from decimal import Decimal, ROUND_HALF_UP

def split_royalties(net: Decimal, shares: dict[str, Decimal]) -> dict[str, Decimal]:
    """Split a track's net revenue between rights holders (shares sum to 1)."""
    out = {}
    for holder, share in shares.items():
        out[holder] = (net * share).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return out

print(split_royalties(Decimal("10.00"), {"artist": Decimal("0.3333"), "label": Decimal("0.3333"), "publisher": Decimal("0.3334")}))`)}
\`\`\``),

  rec('code_ts', f`Die ETA für Lieferungen springt in der App ständig hin und her. Wie glätte ich das?

${code(f`export function estimateEta(rider: RiderPosition, dropoff: LatLng, now = Date.now()): number {
  const distKm = haversine(rider.position, dropoff);
  const speedKmh = rider.vehicle === 'bike' ? 14 : 24;
  const prepLeftMin = Math.max(0, (rider.order.readyAt - now) / 60_000);
  return Math.round(Math.max(prepLeftMin, 0) + (distKm / speedKmh) * 60);
}`)}`),

  rec('code_kotlin', f`${code(f`class ShiftViewModel(private val repo: ShiftRepository) : ViewModel() {
    private val _state = MutableStateFlow<ShiftState>(ShiftState.Loading)
    val state: StateFlow<ShiftState> = _state

    fun startShift(zoneId: String) = viewModelScope.launch {
        _state.value = ShiftState.Loading
        _state.value = try {
            ShiftState.Active(repo.start(zoneId))
        } catch (e: HttpException) {
            ShiftState.Error(e.code())
        }
    }
}`)}

A app dos estafetas fica presa em Loading quando não há rede. Como trato o timeout?`),

  rec('code_swift', f`Der Intervall-Timer in der PulseHall-App läuft im Hintergrund nicht weiter:

${code(f`final class IntervalTimer: ObservableObject {
    @Published var remaining: Int = 0
    private var timer: Timer?

    func start(seconds: Int) {
        remaining = seconds
        timer?.invalidate()
        timer = Timer.scheduledTimer(withTimeInterval: 1, repeats: true) { [weak self] t in
            guard let self else { return }
            self.remaining -= 1
            if self.remaining <= 0 { t.invalidate() }
        }
    }
}`)}`),

  rec('code_sql', f`NAV-Berechnung pro Anteilsklasse, läuft 12 Minuten. Index-Vorschläge?

${code(f`SELECT p.fund_id,
       sc.share_class,
       SUM(p.quantity * px.close_price * fx.rate) AS gross_assets,
       SUM(p.quantity * px.close_price * fx.rate) - COALESCE(MAX(l.liabilities), 0) AS nav
FROM   positions p
JOIN   prices px ON px.instrument_id = p.instrument_id AND px.price_date = :asof
JOIN   fx_rates fx ON fx.ccy = px.ccy AND fx.rate_date = :asof
JOIN   share_classes sc ON sc.fund_id = p.fund_id
LEFT JOIN liabilities l ON l.fund_id = p.fund_id AND l.asof = :asof
WHERE  p.asof = :asof
GROUP  BY p.fund_id, sc.share_class;`)}`),

  rec('code_r', f`${code(f`library(PerformanceAnalytics)
library(xts)

rets <- Return.calculate(prices, method = "log")
rets <- na.omit(rets)

var_hist <- VaR(rets, p = 0.99, method = "historical")
es_hist  <- ES(rets, p = 0.99, method = "historical")

rolling_vol <- rollapply(rets, width = 63, FUN = sd, by.column = TRUE, align = "right") * sqrt(252)
chart.TimeSeries(rolling_vol, legend.loc = "topleft")`)}

Hvorfor gir ES en høyere verdi enn VaR for alle porteføljer? Er det forventet?`),

  rec('code_go', f`${code(f`func (d *Dispatcher) Assign(ctx context.Context, o Order) (RiderID, error) {
	riders, err := d.store.NearbyIdle(ctx, o.Pickup, 3*km)
	if err != nil {
		return "", fmt.Errorf("nearby: %w", err)
	}
	sort.Slice(riders, func(i, j int) bool {
		return riders[i].DistanceTo(o.Pickup) < riders[j].DistanceTo(o.Pickup)
	})
	for _, r := range riders {
		if ok, _ := d.store.TryLock(ctx, r.ID, 30*time.Second); ok {
			return r.ID, nil
		}
	}
	return "", ErrNoRider
}`)}

ช่วยดูว่าถ้ามีสองออเดอร์เข้ามาพร้อมกัน ไรเดอร์คนเดียวจะโดนจับคู่ซ้ำได้ไหมครับ`),

  rec('code_java', f`Pri prepočte ceny ojazdeného auta dostávame zlé zaokrúhlenie DPH:

${code(f`public BigDecimal grossPrice(Vehicle v) {
    BigDecimal net = v.getNetPrice();
    BigDecimal vat = net.multiply(new BigDecimal("0.20"));
    if (v.isMarginTaxed()) {
        vat = v.getMargin().multiply(new BigDecimal("0.20")).divide(new BigDecimal("1.20"), RoundingMode.HALF_UP);
    }
    return net.add(vat).setScale(2, RoundingMode.HALF_UP);
}`)}`),

  rec('code_csharp', f`${code(f`public async Task<IActionResult> BookClass(int classId, CancellationToken ct)
{
    var memberId = User.GetMemberId();
    var session = await _db.ClassSessions.Include(s => s.Bookings)
        .FirstOrDefaultAsync(s => s.Id == classId, ct);
    if (session is null) return NotFound();
    if (session.Bookings.Count >= session.Capacity) return Conflict("Kurs ausgebucht");

    session.Bookings.Add(new Booking { MemberId = memberId, CreatedAt = DateTime.UtcNow });
    await _db.SaveChangesAsync(ct);
    return Ok();
}`)}

Beim Spinning-Kurs um 18:00 sind 24 statt 22 Leute gebucht. Race Condition?`),

  rec('code_php', f`${code(f`function local_kursio_extend_navigation(global_navigation $nav) {
    global $USER, $PAGE;
    if (!isloggedin() || isguestuser()) {
        return;
    }
    $url = new moodle_url('/local/kursio/progress.php', ['userid' => $USER->id]);
    $node = navigation_node::create(get_string('myprogress', 'local_kursio'), $url,
        navigation_node::TYPE_CUSTOM, null, 'kursioprogress', new pix_icon('i/report', ''));
    $nav->add_node($node);
}`)}

請問為什麼這個選單項目在 Moodle 4.3 的 Boost 主題不會顯示？`),

  rec('code_rust', f`${code(f`pub fn loudness_lufs(samples: &[f32], sample_rate: u32) -> f64 {
    let block = (sample_rate as f64 * 0.4) as usize;
    let hop = block / 4;
    let mut energies = Vec::new();
    let mut i = 0;
    while i + block <= samples.len() {
        let e: f64 = samples[i..i + block].iter().map(|s| (*s as f64).powi(2)).sum::<f64>() / block as f64;
        energies.push(e);
        i += hop;
    }
    let gated: Vec<f64> = energies.into_iter().filter(|e| -0.691 + 10.0 * e.log10() > -70.0).collect();
    -0.691 + 10.0 * (gated.iter().sum::<f64>() / gated.len() as f64).log10()
}`)}

Our masters come out ~1 LU louder than what the streaming platform reports. Missing K-weighting?`),

  rec('code_bash', f`Script für das nächtliche Backup der Werkstatt-Fotos, löscht manchmal zu viel:

${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/srv/werkstatt/fotos
DST=/mnt/nas/backup/fotos
KEEP_DAYS=90

rsync -a --delete "$SRC/" "$DST/$(date +%F)/"
find "$DST" -maxdepth 1 -type d -mtime +$KEEP_DAYS -exec rm -rf {} \\;
echo "backup ok $(date)" >> /var/log/fotobackup.log`)}`),

  rec('code_dart', f`${code(f`class MenuList extends StatelessWidget {
  const MenuList({super.key, required this.items});
  final List<MenuItem> items;

  @override
  Widget build(BuildContext context) {
    return ListView.separated(
      itemCount: items.length,
      separatorBuilder: (_, __) => const Divider(height: 1),
      itemBuilder: (_, i) => ListTile(
        title: Text(items[i].name),
        subtitle: Text('KSh \${items[i].price.toStringAsFixed(0)}'),
        trailing: AddButton(item: items[i]),
      ),
    );
  }
}`)}

Naomba msaada: orodha inakwama ikiwa na vyakula zaidi ya 300. Nifanye nini?`),

  rec('code_tsx', f`${code(f`export function ProgressRing({ done, total }: { done: number; total: number }) {
  const pct = total === 0 ? 0 : Math.round((done / total) * 100);
  const r = 36;
  const c = 2 * Math.PI * r;
  return (
    <svg width={88} height={88} aria-label={\`\${pct}% abgeschlossen\`}>
      <circle cx={44} cy={44} r={r} strokeWidth={8} className="ring-bg" />
      <circle cx={44} cy={44} r={r} strokeWidth={8} className="ring-fg"
        strokeDasharray={c} strokeDashoffset={c * (1 - pct / 100)} />
    </svg>
  );
}`)}

Der Ring startet bei 3 Uhr statt bei 12 Uhr. Wie dreh ich den?`),

  rec('code_sql', f`dbt-modell for daglige strømmer per artist – kan du forklare hvorfor inkrementell last dupliserer rader?

${code(f`{{ config(materialized='incremental', unique_key='stream_day_id') }}

select
    md5(artist_id || '-' || cast(stream_date as varchar)) as stream_day_id,
    artist_id,
    stream_date,
    count(*)                      as streams,
    count(distinct listener_id)   as listeners
from {{ ref('stg_stream_events') }}
{% if is_incremental() %}
where stream_date >= (select max(stream_date) from {{ this }})
{% endif %}
group by 1, 2, 3`)}`),

  rec('code_vba', f`${code(f`Sub MarkLimitBreaches()
    Dim ws As Worksheet, r As Long
    Set ws = ThisWorkbook.Sheets("Exposure")
    For r = 2 To ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
        If Abs(ws.Cells(r, "F").Value) > ws.Cells(r, "G").Value Then
            ws.Range("A" & r & ":H" & r).Interior.Color = RGB(255, 199, 206)
            ws.Cells(r, "I").Value = "BREACH"
        End If
    Next r
End Sub`)}

The macro marks short positions as breaches even when they're inside the limit. Abs() problem?`),

  rec('diff', f`Review this patch for the class waitlist please:

${code(f`--- a/src/booking/waitlist.py
+++ b/src/booking/waitlist.py
@@ -41,9 +41,14 @@ def promote_from_waitlist(session_id: int) -> None:
     session = Session.get(session_id)
-    if session.free_spots() > 0:
-        nxt = session.waitlist.pop(0)
-        book(nxt, session)
+    with db.transaction():
+        session = Session.get_for_update(session_id)
+        while session.free_spots() > 0 and session.waitlist:
+            nxt = session.waitlist.pop(0)
+            book(nxt, session)
+            notify(nxt, "Du hast einen Platz im Kurs bekommen!")`)}`),

  rec('code_python', f`${code(f`import pandas as pd

def churn_flags(df: pd.DataFrame) -> pd.DataFrame:
    """Members with no check-in for 21+ days and a contract ending within 60 days."""
    df = df.copy()
    df["days_since_checkin"] = (pd.Timestamp.today() - df["last_checkin"]).dt.days
    df["days_to_end"] = (df["contract_end"] - pd.Timestamp.today()).dt.days
    df["churn_risk"] = (df["days_since_checkin"] >= 21) & df["days_to_end"].between(0, 60)
    return df.sort_values("days_since_checkin", ascending=False)`)}

Szeretném heti e-mailben kiküldeni a klubvezetőknek. Hogyan csoportosítsam klubonként?`),

  rec('terraform', f`${amb('source_code.snippet', f`resource "aws_s3_bucket_lifecycle_configuration" "masters" {
  bucket = aws_s3_bucket.masters.id

  rule {
    id     = "archive-old-masters"
    status = "Enabled"
    transition {
      days          = 180
      storage_class = "GLACIER_IR"
    }
  }
}`)}

Brauche ich für die WAV-Masters Deep Archive oder reicht Glacier IR?`),

  rec('chat', f`quick one: in pandas, is ${amb('source_code.snippet', "df.groupby('fund')['pnl'].transform('sum')")} faster than a merge after groupby().sum()? Our P&L frame has 40M rows.`, 'one-line expression in prose: ambiguous'),

  rec('code_js', f`${code(f`// Google Apps Script: Probefahrt-Termine aus dem Sheet in den Kalender
function syncTestDrives() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Probefahrten');
  const cal = CalendarApp.getCalendarById(PropertiesService.getScriptProperties().getProperty('CAL_GRAZ'));
  const rows = sheet.getDataRange().getValues().slice(1);
  rows.filter(r => r[5] !== 'eingetragen').forEach((r, i) => {
    cal.createEvent(\`Probefahrt \${r[1]} – \${r[2]}\`, new Date(r[3]), new Date(r[4]));
    sheet.getRange(i + 2, 6).setValue('eingetragen');
  });
}`)}

Warum stimmen die Zeilen nach dem Filter nicht mehr mit den Zeilennummern überein?`),
];
