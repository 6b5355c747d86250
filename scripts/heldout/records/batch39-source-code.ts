/**
 * Held-out batch 39: pasted source code from the batch's six workplaces (bracket seeding, PLC
 * interlocks, cell monitors, RFID apps, classifieds plugins, vintage inventory), fenced or not,
 * with comments in several languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH39_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Kan du se hvorfor Swiss-parringen nogle gange sætter de samme to hold mod hinanden igen i runde 4?

\`\`\`python
${code(f`def par_runde(hold, tidligere):
    # sorter efter point, derefter Buchholz
    rangering = sorted(hold, key=lambda h: (-h.point, -h.buchholz, h.seed))
    parret, brugt = [], set()
    for i, a in enumerate(rangering):
        if a.id in brugt:
            continue
        for b in rangering[i + 1:]:
            if b.id in brugt or (a.id, b.id) in tidligere:
                continue
            parret.append((a, b))
            brugt.update({a.id, b.id})
            break
    return parret`)}
\`\`\``),

  rec('code_tsx', f`${code(f`export function BracketMatch({ match, onReport }: { match: Match; onReport: (id: string, w: 'a' | 'b') => void }) {
  const [open, setOpen] = useState(false);
  const done = match.status === 'completed';

  return (
    <div className={clsx('bracket-match', done && 'is-done')} onClick={() => !done && setOpen(true)}>
      <TeamRow team={match.a} score={match.scoreA} winner={match.winner === 'a'} />
      <TeamRow team={match.b} score={match.scoreB} winner={match.winner === 'b'} />
      {open && (
        <ReportDialog
          match={match}
          onClose={() => setOpen(false)}
          onSubmit={(w) => { onReport(match.id, w); setOpen(false); }}
        />
      )}
    </div>
  );
}`)}

the dialog opens twice on mobile when you tap a match, why?`),

  rec('code_sql', f`Hierdie navraag vir die kelderdeur-toewysing loop baie stadig (amper 40 s). Enige voorstelle?

${code(f`-- toewysing per wynklub-lid vir die lentevrystelling
SELECT l.lid_nr,
       l.van,
       w.wyn_kode,
       w.oesjaar,
       LEAST(t.maks_bottels, v.beskikbaar) AS toegeken
FROM   klub_lede l
JOIN   toewysing_reels t ON t.vlak = l.vlak
JOIN   wyne w            ON w.wyn_kode = t.wyn_kode
JOIN   (SELECT wyn_kode, SUM(bottels) AS beskikbaar
        FROM   voorraad
        WHERE  pakhuis IN ('KELDER', 'PROELOKAAL')
        GROUP  BY wyn_kode) v ON v.wyn_kode = w.wyn_kode
WHERE  l.status = 'aktief'
  AND  w.oesjaar >= EXTRACT(YEAR FROM CURRENT_DATE) - 3
ORDER  BY l.vlak DESC, l.aangesluit;`)}`),

  rec('code_st', f`Kannst du den Baustein reviewen? Die Druckverriegelung soll den Stack abschalten, wenn die Differenz Kathode/Anode länger als 2 s über 0,5 bar liegt.

${code(f`FUNCTION_BLOCK FB_DruckVerriegelung
VAR_INPUT
    rDruckKathode : REAL;   (* bar *)
    rDruckAnode   : REAL;   (* bar *)
    bQuittierung  : BOOL;
END_VAR
VAR_OUTPUT
    bStackFreigabe : BOOL;
    bAlarm         : BOOL;
END_VAR
VAR
    tonDifferenz : TON;
END_VAR

tonDifferenz(IN := ABS(rDruckKathode - rDruckAnode) > 0.5, PT := T#2S);

IF tonDifferenz.Q THEN
    bAlarm := TRUE;
END_IF;

IF bQuittierung AND NOT tonDifferenz.IN THEN
    bAlarm := FALSE;
END_IF;

bStackFreigabe := NOT bAlarm;
END_FUNCTION_BLOCK`)}`),

  rec('code_c', f`Hücre voltaj izleme kartında ADC okuması bazen 0 dönüyor, DMA ile mi ilgili?

\`\`\`c
${code(f`#define HUCRE_SAYISI 96
static volatile uint16_t adc_ham[HUCRE_SAYISI];
static float hucre_v[HUCRE_SAYISI];

void HAL_ADC_ConvCpltCallback(ADC_HandleTypeDef *hadc) {
    /* tüm hücreler okundu, mV'a çevir */
    for (int i = 0; i < HUCRE_SAYISI; i++) {
        hucre_v[i] = (adc_ham[i] * 3300.0f / 4095.0f) * OLCEK[i] / 1000.0f;
    }
    olcum_hazir = 1;
}

void olcum_baslat(void) {
    HAL_ADC_Start_DMA(&hadc1, (uint32_t *)adc_ham, HUCRE_SAYISI);
}`)}
\`\`\``),

  rec('code_python', f`${code(f`import pandas as pd
import numpy as np

df = pd.read_parquet("stack_07_cells.parquet")
df["hours"] = (df.ts - df.ts.min()).dt.total_seconds() / 3600

# degradation rate in µV/h per cell, only at nominal current density
nominal = df[(df.j_acm2 > 1.95) & (df.j_acm2 < 2.05)]
rates = (
    nominal.groupby("cell")
    .apply(lambda g: np.polyfit(g.hours, g.voltage_v, 1)[0] * 1e6)
    .rename("uV_per_h")
    .sort_values(ascending=False)
)
print(rates.head(10))`)}

Is a linear fit OK here or should I exclude the first 500 h of break-in?`),

  rec('code_php', f`The classifieds shortcode shows ads from every section instead of just "Property":

${code(f`add_shortcode( 'classifieds', function ( $atts ) {
    $a = shortcode_atts( array( 'section' => '', 'limit' => 20 ), $atts );
    $q = new WP_Query( array(
        'post_type'      => 'classified_ad',
        'posts_per_page' => (int) $a['limit'],
        'tax_query'      => array( array(
            'taxonomy' => 'ad_section',
            'field'    => 'slug',
            'terms'    => $a['section'],
        ) ),
    ) );
    ob_start();
    while ( $q->have_posts() ) { $q->the_post(); get_template_part( 'parts/ad', 'card' ); }
    wp_reset_postdata();
    return ob_get_clean();
} );`)}

Used as [classifieds section="Property" limit="10"].`),

  rec('code_vba', f`This Word macro formats the death notices for the page, but it stopped bolding the names after the Office update. Any idea?

${code(f`Sub FormatNotices()
    Dim p As Paragraph
    For Each p In ActiveDocument.Paragraphs
        If p.Range.Text Like "[A-Z]*, *" Then
            Dim nameEnd As Long
            nameEnd = InStr(p.Range.Text, ",")
            ActiveDocument.Range(p.Range.Start, p.Range.Start + nameEnd - 1).Font.Bold = True
            p.Range.ParagraphFormat.SpaceAfter = 4
        End If
    Next p
    Selection.HomeKey Unit:=wdStory
End Sub`)}`),

  rec('code_kotlin', f`${code(f`class ScanViewModel(private val repo: LinenRepository) : ViewModel() {
    private val _scanned = MutableStateFlow<List<Tag>>(emptyList())
    val scanned: StateFlow<List<Tag>> = _scanned

    fun onTagsRead(epcs: List<String>) {
        viewModelScope.launch {
            val known = repo.lookup(epcs.distinct())
            _scanned.update { current -> (current + known).distinctBy { it.epc } }
        }
    }

    fun submitCart(hospitalId: String) = viewModelScope.launch {
        repo.submit(hospitalId, _scanned.value.map { it.epc })
        _scanned.value = emptyList()
    }
}`)}

The handheld reads ~300 tags per cart and the list stutters. Should I debounce onTagsRead?`),

  rec('code_csharp', f`Ons tunnelwasser-batchopvolging skryf soms twee rye vir dieselfde batch. Is dit 'n race condition?

\`\`\`csharp
${code(f`public async Task RecordBatchAsync(TunnelBatch batch, CancellationToken ct)
{
    var existing = await _db.Batches
        .FirstOrDefaultAsync(b => b.TunnelId == batch.TunnelId && b.BatchNo == batch.BatchNo, ct);

    if (existing is null)
    {
        _db.Batches.Add(batch);
    }
    else
    {
        existing.ProgramCode = batch.ProgramCode;
        existing.WeightKg = batch.WeightKg;
        existing.CompletedAt = batch.CompletedAt;
    }
    await _db.SaveChangesAsync(ct);
}`)}
\`\`\``),

  rec('code_go', f`${code(f`func (s *Server) heartbeatLoop(ctx context.Context, matchID string) {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	misses := 0
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.ping(matchID); err != nil {
				misses++
				if misses >= 3 {
					s.pauseMatch(matchID, "server heartbeat lost")
					return
				}
				continue
			}
			misses = 0
		}
	}
}`)}

during the LAN finals the match paused even though the server was fine. 3 misses at 5s too strict?`),

  rec('code_rust', f`${code(f`/// Reads H2 purity (ppm O2) from the gas analyser over Modbus RTU.
pub fn read_o2_ppm(ctx: &mut Context) -> Result<f32, Error> {
    let regs = ctx.read_input_registers(0x0010, 2)?;
    let raw = ((regs[0] as u32) << 16) | regs[1] as u32;
    let ppm = f32::from_bits(raw);
    if !(0.0..=10_000.0).contains(&ppm) {
        return Err(Error::OutOfRange(ppm));
    }
    Ok(ppm)
}`)}

Sometimes I get absurd values like 1.4e-38. Word order?`),

  rec('code_bash', f`Bore da, can you add a check that the dump isn't empty before it deletes the old ones?

${code(f`#!/bin/bash
# nightly dump of the classifieds + obituaries DB
set -e
STAMP=$(date +%F)
OUT=/backup/ads/ads-$STAMP.sql.gz
mysqldump --defaults-extra-file=/etc/ads-backup.cnf --single-transaction ads | gzip > "$OUT"
find /backup/ads -name 'ads-*.sql.gz' -mtime +14 -delete
echo "$(date) done $OUT" >> /var/log/ads-backup.log`)}`),

  rec('code_r', f`${code(f`library(dplyr)
library(ggplot2)

gisting <- read.csv("tenk_temperature_2024.csv") |>
  mutate(tyd = as.POSIXct(tyd, tz = "Africa/Johannesburg")) |>
  filter(tenk %in% c("T04", "T07", "T11"))

ggplot(gisting, aes(tyd, temp_c, colour = tenk)) +
  geom_line() +
  geom_hline(yintercept = 16, linetype = "dashed") +
  labs(title = "Chenin gisting 2024", y = "°C", x = NULL)`)}

Die grafiek se x-as wys UTC in plaas van SA-tyd. Hoekom?`),

  rec('code_lua', f`Server plugin for the community cup, the !ready command counts spectators as players:

${code(f`local ready = {}

function OnChatCommand(player, cmd)
    if cmd ~= "!ready" then return end
    ready[player:GetSteamID()] = true
    local n = 0
    for _ in pairs(ready) do n = n + 1 end
    Broadcast(string.format("%s is ready (%d/10)", player:GetName(), n))
    if n >= 10 then StartMatch() end
end`)}`),

  rec('code_js', f`${code(f`document.querySelector('#tasting-form').addEventListener('submit', (e) => {
  const guests = Number(e.target.guests.value);
  const date = new Date(e.target.date.value);
  const day = date.getDay();
  if (guests > 8) {
    e.preventDefault();
    showError('Groups over 8 please phone the cellar door.');
  } else if (day === 1) {
    e.preventDefault();
    showError('We are closed on Mondays.');
  }
});`)}

Bookings for Sunday get rejected as Monday for people in NZ. Timezone thing?`),

  rec('code_swift', f`${code(f`struct ReleaseCard: View {
    let wine: Wine
    @State private var qty = 1

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(wine.name).font(.headline)
            Text("\\(wine.vintage) · \\(wine.region)").font(.subheadline).foregroundStyle(.secondary)
            Stepper("Bottles: \\(qty)", value: $qty, in: 1...wine.maxPerMember)
            Button("Add to allocation") { Cart.shared.add(wine, qty: qty) }
                .buttonStyle(.borderedProminent)
        }
        .padding()
    }
}`)}

the stepper doesn't reset when I switch wines in the list. why?`),

  rec('code_dart', f`Flutter app for booking clinic appointments: the language dropdown (Dari/Pashto/Tigrinya) flips the whole layout to RTL even for Tigrinya.

${code(f`MaterialApp(
  locale: _locale,
  supportedLocales: const [Locale('en'), Locale('fa', 'AF'), Locale('ps'), Locale('ti')],
  localizationsDelegates: GlobalMaterialLocalizations.delegates,
  builder: (context, child) => Directionality(
    textDirection: _locale.languageCode == 'en' ? TextDirection.ltr : TextDirection.rtl,
    child: child!,
  ),
  home: const BookingPage(),
);`)}`),

  rec('code_python', f`${code(f`class Matter(models.Model):
    class Kind(models.TextChoices):
        REUNIFICATION = "REU", "Family reunification"
        RESIDENCE = "RES", "Residence class visa"
        APPEAL = "APL", "Tribunal appeal"

    client = models.ForeignKey("clients.Client", on_delete=models.PROTECT, related_name="matters")
    kind = models.CharField(max_length=3, choices=Kind.choices)
    opened = models.DateField(default=date.today)
    lawyer = models.ForeignKey(User, null=True, on_delete=models.SET_NULL)
    interpreter_language = models.CharField(max_length=8, blank=True)

    class Meta:
        indexes = [models.Index(fields=["kind", "opened"])]`)}

How do I add a "closed" date that must be after "opened" at the DB level?`),

  rec('code_ruby', f`${code(f`class AdPrice
  WORD_RATE = { standard: 0.85, family: 0.60, property: 1.10 }.freeze
  MIN_WORDS = 15

  def self.quote(text, section:, insertions: 1, photo: false)
    words = [text.split.size, MIN_WORDS].max
    base = words * WORD_RATE.fetch(section)
    base += 12.0 if photo
    (base * insertions * (insertions >= 3 ? 0.9 : 1)).round(2)
  end
end`)}

Barbados dollars. For family notices is the photo surcharge supposed to be discounted too?`),

  rec('diff', f`Review this patch for the drying-time calculation please:

${code(f`--- a/src/dryer/cycle.ts
+++ b/src/dryer/cycle.ts
@@ -41,9 +41,12 @@ export function dryingMinutes(load: Load): number {
-  const base = load.kg * 1.8;
-  return Math.round(base + (load.fabric === 'cotton' ? 6 : 0));
+  const base = load.kg * RATE[load.fabric];
+  const moisture = Math.max(0, load.residualMoisture - TARGET_MOISTURE);
+  const extra = moisture * load.kg * 0.35;
+  // theatre drapes must be fully dry before folding (infection control)
+  const floor = load.category === 'theatre' ? 25 : 0;
+  return Math.max(floor, Math.round(base + extra));
 }`)}`),

  rec('dockerfile', f`${amb('source_code.snippet', f`FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY stackmon/ stackmon/
ENV PYTHONUNBUFFERED=1
CMD ["python", "-m", "stackmon", "--config", "/etc/stackmon/config.yaml"]`)}

The image is 1.1 GB because of numpy/scipy. How do I slim it down?`),
];
