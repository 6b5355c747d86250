/**
 * Held-out batch 79: pasted source code — CRF edit checks, AWB check digits, trust waterfall models,
 * paywall metering, cold-chain monitoring, signal-controller firmware — fenced or not, with comments
 * in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH79_SOURCE_CODE: DraftRecord[] = [
  rec('code_r_en', f`This edit check flags too many false queries on the vital signs CRF. Can you spot why?

\`\`\`r
${code(f`library(dplyr)

flag_vitals <- function(df) {
  df %>%
    mutate(
      sbp_flag = sbp < 80 | sbp > 200,
      dbp_flag = dbp < 40 | dbp > 120,
      hr_flag  = hr < 40 | hr > 150,
      any_flag = sbp_flag | dbp_flag | hr_flag
    ) %>%
    filter(any_flag) %>%
    select(subject_id, visit, sbp, dbp, hr)
}

queries <- flag_vitals(read.csv("vitals_export.csv", na.strings = c("", "ND")))`)}
\`\`\`

Missing values seem to end up as TRUE.`),

  rec('code_sas_de', f`Kannst du mir dieses SAS-Programm für die AE-Tabelle erklären? Ich komme aus R.

${code(f`proc sql;
  create table ae_summary as
  select trtp, aebodsys, aedecod,
         count(distinct usubjid) as n_subj
  from adam.adae
  where trtemfl = 'Y' and saffl = 'Y'
  group by trtp, aebodsys, aedecod
  order by trtp, calculated n_subj desc;
quit;

proc report data=ae_summary nowd;
  column trtp aebodsys aedecod n_subj;
  define trtp / group 'Behandlung';
run;`)}`),

  rec('code_python_awb', f`Our AWB validator rejects valid numbers from Emirates. What's wrong?

\`\`\`python
${code(f`def awb_is_valid(awb: str) -> bool:
    """AWB = 3-digit airline prefix + 8-digit serial; last digit = first 7 of serial mod 7."""
    digits = awb.replace("-", "").replace(" ", "")
    if len(digits) != 11 or not digits.isdigit():
        return False
    serial = digits[3:]
    return int(serial[:7]) % 7 == int(serial[7])


assert awb_is_valid("176-12345675")
assert not awb_is_valid("176-12345670")`)}
\`\`\``),

  rec('code_ts_paywall_nl', f`Onze paywall-meter telt artikelen dubbel als iemand de pagina ververst. Hoe los ik dit op?

${code(f`const METER_KEY = "dvn_meter";
const FREE_ARTICLES = 5;

export function registerView(articleId: string): { blocked: boolean; left: number } {
  const raw = localStorage.getItem(METER_KEY);
  const state: { month: string; seen: string[] } = raw ? JSON.parse(raw) : { month: currentMonth(), seen: [] };
  if (state.month !== currentMonth()) { state.month = currentMonth(); state.seen = []; }
  state.seen.push(articleId); // TODO dubbele telling?
  localStorage.setItem(METER_KEY, JSON.stringify(state));
  return { blocked: state.seen.length > FREE_ARTICLES, left: Math.max(0, FREE_ARTICLES - state.seen.length) };
}

const currentMonth = () => new Date().toISOString().slice(0, 7);`)}`),

  rec('code_java_cold_chain', f`Temperature excursion logic for the vet vaccine warehouse — does this handle the sensor dropping out?

\`\`\`java
${code(f`public final class ExcursionDetector {
    private static final double MIN_C = 2.0, MAX_C = 8.0;
    private static final Duration GRACE = Duration.ofMinutes(15);

    private Instant outOfRangeSince;

    public Optional<Alert> onReading(SensorReading r) {
        boolean out = r.celsius() < MIN_C || r.celsius() > MAX_C;
        if (!out) { outOfRangeSince = null; return Optional.empty(); }
        if (outOfRangeSince == null) outOfRangeSince = r.at();
        if (Duration.between(outOfRangeSince, r.at()).compareTo(GRACE) >= 0) {
            return Optional.of(new Alert(r.sensorId(), r.celsius(), outOfRangeSince));
        }
        return Optional.empty();
    }
}`)}
\`\`\``),

  rec('code_c_signal', f`Dit is firmware van een verkeersregelinstallatie (VRI). De wachttijd voor voetgangers loopt soms over. Waarom?

${code(f`#define MAX_WAIT_S   90
#define TICK_MS      100

static uint16_t ped_wait_ticks[8];

void ped_tick(uint8_t phase, bool request_active) {
    if (!request_active) {
        ped_wait_ticks[phase] = 0;
        return;
    }
    ped_wait_ticks[phase]++;
    if (ped_wait_ticks[phase] * TICK_MS / 1000 > MAX_WAIT_S) {
        force_phase(phase);
        ped_wait_ticks[phase] = 0;
    }
}`)}`),

  rec('code_sql_fo', f`Hetta SQL-ið skal finna allar sendingar við farligum vørum, sum ikki hava DGD. Virkar tað?

\`\`\`sql
${code(f`SELECT s.awb_no, s.origin, s.dest, d.un_number, d.class
FROM shipments s
JOIN dg_items d ON d.shipment_id = s.id
LEFT JOIN dg_declarations dgd ON dgd.shipment_id = s.id
WHERE s.flight_date >= CURRENT_DATE - INTERVAL '7 days'
  AND dgd.id IS NULL
ORDER BY s.flight_date, s.awb_no;`)}
\`\`\``),

  rec('code_vba_family_office', f`Bitte den Makro prüfen, der die Kapitalabrufe aus der Tabelle in den Cashflow-Plan überträgt – er überspringt immer die letzte Zeile.

${code(f`Sub KapitalabrufeUebertragen()
    Dim ws As Worksheet, plan As Worksheet
    Dim i As Long, lastRow As Long
    Set ws = Sheets("Abrufe")
    Set plan = Sheets("Cashflow")
    lastRow = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
    For i = 2 To lastRow - 1
        plan.Cells(i, 3).Value = ws.Cells(i, 2).Value
        plan.Cells(i, 4).Value = ws.Cells(i, 5).Value * -1
    Next i
End Sub`)}`),

  rec('code_go_parking', f`parkolóhely-foglaltság aggregálás, a goroutine-ok néha pánikolnak: "concurrent map writes"

\`\`\`go
${code(f`type Occupancy struct {
	counts map[string]int
}

func (o *Occupancy) Consume(events <-chan SensorEvent, workers int) {
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for e := range events {
				if e.Occupied {
					o.counts[e.ZoneID]++
				} else {
					o.counts[e.ZoneID]--
				}
			}
		}()
	}
	wg.Wait()
}`)}
\`\`\``),

  rec('code_rust_tr', f`Trafik sayaçlarından gelen UDP paketlerini ayrıştıran Rust kodu. Bazen panik oluyor, neden?

${code(f`fn parse_count(buf: &[u8]) -> Result<DetectorCount, ParseError> {
    let detector_id = u16::from_be_bytes([buf[0], buf[1]]);
    let vehicles = u16::from_be_bytes([buf[2], buf[3]]);
    let occupancy_pct = buf[4];
    if occupancy_pct > 100 {
        return Err(ParseError::Occupancy(occupancy_pct));
    }
    Ok(DetectorCount { detector_id, vehicles, occupancy_pct })
}`)}`),

  rec('code_csharp_pl', f`Czy ten kod do naliczania opłat parkingowych dobrze liczy strefy czasowe? Mamy skargi po zmianie czasu.

\`\`\`csharp
${code(f`public decimal CalculateFee(DateTime entryLocal, DateTime exitLocal, Tariff t)
{
    var minutes = (exitLocal - entryLocal).TotalMinutes;
    if (minutes <= t.FreeMinutes) return 0m;
    var hours = Math.Ceiling((minutes - t.FreeMinutes) / 60.0);
    return Math.Min((decimal)hours * t.HourlyRate, t.DailyCap);
}`)}
\`\`\``),

  rec('code_php_subs_it', f`Questo script invia il promemoria di rinnovo agli abbonati, ma alcuni lo ricevono due volte.

${code(f`<?php
$rows = $pdo->query("SELECT id, email, scadenza FROM abbonati WHERE scadenza BETWEEN CURDATE() AND CURDATE() + INTERVAL 7 DAY")->fetchAll();
foreach ($rows as $r) {
    if (!inviaPromemoria($r['email'], $r['scadenza'])) {
        error_log("invio fallito per abbonato " . $r['id']);
        continue;
    }
    $pdo->prepare("UPDATE abbonati SET promemoria_inviato = NOW() WHERE id = ?")->execute([$r['id']]);
}`)}`),

  rec('code_kotlin_cs', f`Android aplikace pro monitory klinické studie — offline synchronizace CRF padá při konfliktu. Kód:

${code(f`suspend fun syncCrf(local: CrfPage, remote: CrfApi): SyncResult {
    val server = remote.fetch(local.subjectId, local.visit, local.form)
    return when {
        server == null -> SyncResult.Uploaded(remote.push(local))
        server.version == local.baseVersion -> SyncResult.Uploaded(remote.push(local.copy(baseVersion = server.version)))
        else -> throw IllegalStateException("conflict on \${local.form}")
    }
}`)}

Chtěl bych místo výjimky ukázat uživateli porovnání.`),

  rec('code_swift_ja', f`駐車場アプリの残り時間表示がバックグラウンドから戻るとずれます。

\`\`\`swift
${code(f`final class MeterViewModel: ObservableObject {
    @Published var remaining: TimeInterval = 0
    private var timer: Timer?

    func start(until end: Date) {
        remaining = end.timeIntervalSinceNow
        timer = Timer.scheduledTimer(withTimeInterval: 1, repeats: true) { [weak self] _ in
            self?.remaining -= 1
        }
    }
}`)}
\`\`\``),

  rec('code_bash_script_fi', f`Tämä skripti arkistoi liikennekameroiden kuvat, mutta levy täyttyy silti. Mikä on vikana?

${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/srv/kamerat/snapshots
DST=/mnt/arkisto/$(date +%Y/%m)
mkdir -p "$DST"
find "$SRC" -name '*.jpg' -mtime +2 -exec mv {} "$DST" \\;
find /mnt/arkisto -type f -mtime +90 -delete
df -h /srv/kamerat`)}`),

  rec('code_python_ocr_ar', f`مرحبا، هذا كود لاستخراج رقم بوليصة الشحن الجوي من صور المستندات. النتيجة أحياناً فيها حروف بدل أرقام.

\`\`\`python
${code(f`import re
import pytesseract
from PIL import Image

AWB_RE = re.compile(r"\\b(\\d{3})[-\\s]?(\\d{4})\\s?(\\d{4})\\b")

def extract_awb(path: str) -> str | None:
    text = pytesseract.image_to_string(Image.open(path), config="--psm 6")
    text = text.replace("O", "0").replace("I", "1")
    m = AWB_RE.search(text)
    return f"{m.group(1)}-{m.group(2)}{m.group(3)}" if m else None`)}
\`\`\``),

  rec('code_ruby_el', f`Το Rails job που υπολογίζει τις διανομές του trust στους δικαιούχους στρογγυλοποιεί λάθος. Γιατί;

${code(f`class TrustDistributionJob < ApplicationJob
  def perform(trust_id, total_cents)
    trust = Trust.find(trust_id)
    trust.beneficiaries.each do |b|
      amount = (total_cents * b.share_pct / 100).round
      Distribution.create!(beneficiary: b, amount_cents: amount, paid_on: Date.today)
    end
  end
end`)}`),

  rec('code_powershell_sv', f`Skriptet ska exportera alla utgångna konton för externa monitorer i AD, men det hittar inga. Varför?

${code(f`$cutoff = (Get-Date).AddDays(-30)
Get-ADUser -Filter { Enabled -eq $true } -SearchBase "OU=CRA-Externa,DC=kfe,DC=region,DC=se" -Properties LastLogonDate |
    Where-Object { $_.LastLogonDate -lt $cutoff } |
    Select-Object SamAccountName, LastLogonDate |
    Export-Csv -Path .\\inaktiva_monitorer.csv -NoTypeInformation -Encoding UTF8`)}`),

  rec('code_dart_ua', f`Flutter-додаток для водіїв показує вільні місця на парковках. Список не оновлюється після pull-to-refresh:

${code(f`class ParkingList extends StatefulWidget {
  const ParkingList({super.key});
  @override
  State<ParkingList> createState() => _ParkingListState();
}

class _ParkingListState extends State<ParkingList> {
  late Future<List<Lot>> lots = api.fetchLots();

  Future<void> _refresh() async {
    lots = api.fetchLots();
  }

  @override
  Widget build(BuildContext context) => RefreshIndicator(
        onRefresh: _refresh,
        child: FutureBuilder(future: lots, builder: (c, s) => LotsView(s.data ?? const [])),
      );
}`)}`),

  rec('code_js_lb', f`Moien, dësen Node-Script rechent de Gewiicht vun enger Sendung fir d'Frachtrechnung (volumetrescht Gewiicht). Ass d'Formel richteg fir Loftfracht?

${code(f`function chargeableWeight(pieces) {
  const actual = pieces.reduce((s, p) => s + p.kg, 0);
  const volumetric = pieces.reduce((s, p) => s + (p.l * p.w * p.h) / 6000, 0);
  return Math.ceil(Math.max(actual, volumetric) * 2) / 2;
}

console.log(chargeableWeight([{ kg: 42, l: 120, w: 80, h: 95 }, { kg: 18, l: 60, w: 40, h: 40 }]));`)}`),
];
