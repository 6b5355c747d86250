/**
 * Held-out batch 95: pasted source code from the pilotage, pharmacy, crowdfunding, festival,
 * bakery-QA and lottery settings, with questions in several languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const SG_KEY = tok('SG.', fill('b95-src-sg1', B62, 22), '.', fill('b95-src-sg2', B62, 43));
const LIMS_SECRET = fill('b95-src-lims', HEX, 40);

export const BATCH95_SOURCE_CODE: DraftRecord[] = [
  rec('python', f`This function computes the tug requirement for a ship arrival, but it returns 1 tug for a 300 m container ship. Bug?

\`\`\`python
${v('source_code.snippet', `def tugs_required(loa_m: float, beam_m: float, wind_kn: float, has_bow_thruster: bool) -> int:
    """Port rules: >200 m LOA needs 2 tugs, >280 m needs 3; wind above 25 kn adds one."""
    tugs = 1
    if loa_m > 200:
        tugs = 2
    elif loa_m > 280:
        tugs = 3
    if wind_kn > 25:
        tugs += 1
    if has_bow_thruster and tugs > 1:
        tugs -= 1
    return tugs`)}
\`\`\``),

  rec('typescript', f`Dit is onze Angular-service voor de accreditatiebadges. Waarom wordt de foto twee keer geüpload?

${v('source_code.snippet', `@Injectable({ providedIn: 'root' })
export class BadgeService {
  constructor(private http: HttpClient) {}

  uploadPhoto(accreditationId: string, file: File): Observable<BadgePhoto> {
    const form = new FormData();
    form.append('photo', file, file.name);
    const req$ = this.http.post<BadgePhoto>(\`/api/accreditations/\${accreditationId}/photo\`, form);
    req$.subscribe(); // log progress
    return req$;
  }
}`)}`),

  rec('sql', f`¿Puedes optimizar esta consulta? Tarda 40 s en el informe de liquidación de agencias de lotería.

${v('source_code.snippet', `SELECT r.retailer_id,
       r.nombre,
       SUM(v.importe) AS ventas,
       SUM(p.importe) AS premios_pagados,
       SUM(v.importe) * 0.06 AS comision
FROM retailers r
LEFT JOIN ventas v ON v.retailer_id = r.retailer_id
LEFT JOIN premios p ON p.retailer_id = r.retailer_id
WHERE v.fecha BETWEEN '2026-06-01' AND '2026-06-30'
GROUP BY r.retailer_id, r.nombre
ORDER BY comision DESC;`)}`),

  rec('java', f`Der Code berechnet die Wasseraktivität aus den Laborwerten, aber JUnit schlägt fehl bei 0,85. Was ist falsch?

${v('source_code.snippet', `public final class Wasseraktivitaet {
    private static final double GRENZWERT_SCHIMMEL = 0.85;

    public static boolean schimmelRisiko(double aw, int lagerTage) {
        if (aw > GRENZWERT_SCHIMMEL) {
            return true;
        }
        return lagerTage > 10 && aw > GRENZWERT_SCHIMMEL - 0.05;
    }

    public static double mittelwert(List<Double> messungen) {
        return messungen.stream().mapToDouble(Double::doubleValue).sum() / messungen.size() - 1;
    }
}`)}`),

  rec('go', f`Go service that ingests AIS positions for our tugs. Memory grows until OOM after ~6 hours:

\`\`\`go
${v('source_code.snippet', `package ais

type Tracker struct {
	mu        sync.Mutex
	positions map[string][]Position
}

func (t *Tracker) Add(mmsi string, p Position) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.positions[mmsi] = append(t.positions[mmsi], p)
}

func (t *Tracker) Latest(mmsi string) (Position, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	ps := t.positions[mmsi]
	if len(ps) == 0 {
		return Position{}, false
	}
	return ps[len(ps)-1], true
}`)}
\`\`\``),

  rec('kotlin', f`Kotlin-koodi apteekin annostelulaskuriin. Pyöristys menee väärin lasten annoksissa — korjaa?

${v('source_code.snippet', `fun annosMg(painoKg: Double, mgPerKg: Double, maxMg: Double): Int {
    val annos = painoKg * mgPerKg
    return minOf(annos, maxMg).toInt()
}

fun tilavuusMl(annosMg: Int, pitoisuusMgPerMl: Double): Double =
    Math.round(annosMg / pitoisuusMgPerMl * 10) / 10.0`)}`),

  rec('javascript_with_key', f`Czy ten kod do wysyłania maili z potwierdzeniem darowizny jest bezpieczny?

${v('source_code.snippet', f`const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('${v('credential.sendgrid_api_key', SG_KEY)}');

async function wyslijPotwierdzenie(darczynca, kwota, kampania) {
  await sgMail.send({
    to: darczynca.email,
    from: '${v('pii.email', 'no-reply@zbiorka.example')}',
    subject: \`Dziękujemy za wsparcie: \${kampania.tytul}\`,
    text: \`Otrzymaliśmy \${kwota} zł. Dziękujemy!\`,
  });
}
module.exports = { wyslijPotwierdzenie };`)}`),

  rec('csharp', f`C# from the lottery terminal app — the prize tier lookup throws KeyNotFoundException for 5+1:

${v('source_code.snippet', `public static class PrizeTiers
{
    private static readonly Dictionary<(int main, int bonus), string> Tiers = new()
    {
        [(6, 0)] = "JACKPOT",
        [(5, 1)] = "TIER2",
        [(5, 0)] = "TIER3",
        [(4, 0)] = "TIER4",
        [(3, 0)] = "TIER5",
    };

    public static string Lookup(int main, int bonus) => Tiers[(main, bonus > 0 ? 1 : 0)];
}`)}`),

  rec('rust', f`Rust parser for NMEA sentences from the pilot boat GPS; it panics on empty fields:

\`\`\`rust
${v('source_code.snippet', `pub fn parse_gprmc(line: &str) -> Option<(f64, f64, f64)> {
    let parts: Vec<&str> = line.split(',').collect();
    if parts[0] != "$GPRMC" || parts[2] != "A" {
        return None;
    }
    let lat = to_deg(parts[3].parse::<f64>().unwrap(), parts[4]);
    let lon = to_deg(parts[5].parse::<f64>().unwrap(), parts[6]);
    let sog = parts[7].parse::<f64>().unwrap();
    Some((lat, lon, sog))
}

fn to_deg(v: f64, hemi: &str) -> f64 {
    let d = (v / 100.0).floor();
    let m = v - d * 100.0;
    let s = d + m / 60.0;
    if hemi == "S" || hemi == "W" { -s } else { s }
}`)}
\`\`\``),

  rec('php', f`Código PHP da página de consulta de prémios (lotaria, site dos mediadores). Há SQL injection aqui?

${v('source_code.snippet', `<?php
$serie = $_GET['serie'];
$pdo = new PDO($dsn, $user, $pass);
$stmt = $pdo->query("SELECT premio, estado FROM bilhetes WHERE serie = '$serie'");
$row = $stmt->fetch(PDO::FETCH_ASSOC);
echo json_encode($row ?: ['erro' => 'não encontrado']);`)}`),

  rec('python_pandas', f`Kan du forklare hvad dette script gør? Vi fik det af en tidligere kollega i bageriets kvalitetslab.

${v('source_code.snippet', `import pandas as pd

df = pd.read_excel("fugt_maalinger_uge27.xlsx", sheet_name="Linje 3")
df["afvigelse"] = df["fugt_pct"] - df["spec_fugt"]
ude_af_spec = df[df["afvigelse"].abs() > 1.5]
rapport = ude_af_spec.groupby("produkt").agg(antal=("afvigelse", "size"), max_afv=("afvigelse", "max"))
rapport.to_csv("ude_af_spec.csv", sep=";", decimal=",")
print(rapport)`)}`),

  rec('bash_script', f`This cron script archives the festival screening files, but it deletes the current day too. Fix it:

${v('source_code.snippet', `#!/usr/bin/env bash
set -euo pipefail
SRC=/srv/dcp/incoming
DST=/mnt/archive/dcp
for d in "$SRC"/*; do
  day=$(basename "$d")
  if [[ "$day" < "$(date +%F)" || "$day" == "$(date +%F)" ]]; then
    rsync -a "$d" "$DST/" && rm -rf "$d"
  fi
done`)}`),

  rec('swift', f`SwiftUI view for the donor app. The "Report campaign" button doesn't open the sheet on iOS 17:

${v('source_code.snippet', `struct CampaignDetailView: View {
    let campaign: Campaign
    @State private var showReport = false

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            Text(campaign.title).font(.title2).bold()
            ProgressView(value: campaign.raised, total: campaign.goal)
            Button("Report campaign") { showReport.toggle() }
                .foregroundStyle(.red)
        }
        .sheet(isPresented: $showReport) {
            ReportSheet(campaignId: campaign.id)
        }
        .sheet(isPresented: .constant(false)) { EmptyView() }
    }
}`)}`),

  rec('r_script', f`R-skript för mjölanalyser (falltal). Varför får jag NA i medelvärdet?

${v('source_code.snippet', `library(dplyr)
falltal <- read.csv2("falltal_2026.csv")
falltal %>%
  group_by(leverantor, sort) %>%
  summarise(medel = mean(falltal_s), n = n()) %>%
  filter(n >= 3) %>%
  arrange(desc(medel))`)}`),

  rec('vba', f`Макрос в Excel для журнала буксировок перестал работать после обновления Office. Что не так?

${v('source_code.snippet', `Sub ПеренестиБуксировки()
    Dim ws As Worksheet, arch As Worksheet
    Dim i As Long, last As Long
    Set ws = ThisWorkbook.Sheets("Журнал")
    Set arch = ThisWorkbook.Sheets("Архив")
    last = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
    For i = last To 2 Step -1
        If ws.Cells(i, 5).Value = "Закрыто" Then
            ws.Rows(i).Copy arch.Rows(arch.Cells(arch.Rows.Count, 1).End(xlUp).Row + 1)
            ws.Rows(i).Delete
        End If
    Next i
End Sub`)}`),

  rec('python_with_secret', f`Our LIMS export job, runs nightly. Reviewer says there's a secret in it — where?

${v('source_code.snippet', f`import hmac, hashlib, json, time
import urllib.request

LIMS_HMAC_SECRET = "${v('credential.generic_secret_assignment', LIMS_SECRET)}"

def signed(payload: dict) -> urllib.request.Request:
    body = json.dumps(payload).encode()
    ts = str(int(time.time()))
    sig = hmac.new(LIMS_HMAC_SECRET.encode(), ts.encode() + body, hashlib.sha256).hexdigest()
    return urllib.request.Request("https://lims.example-bakery.nl/export", data=body,
                                  headers={"X-Ts": ts, "X-Sig": sig, "Content-Type": "application/json"})`)}`),

  rec('ruby', f`Ruby job that auto-flags campaigns with too many refunds. It flags everything on Mondays, why?

${v('source_code.snippet', `class RefundRatioFlagger
  THRESHOLD = 0.15

  def call(campaign)
    window = 7.days.ago.beginning_of_week..Time.current
    donations = campaign.donations.where(created_at: window)
    refunds = donations.where.not(refunded_at: nil)
    return if donations.count.zero?

    ratio = refunds.count / donations.count
    campaign.flag!(:refund_ratio) if ratio >= THRESHOLD
  end
end`)}`),

  rec('diff', f`Review this diff to the compounding-lab label template please:

${v('source_code.snippet', `--- a/labels/template.py
+++ b/labels/template.py
@@ -12,9 +12,12 @@ def render_label(prep, patient_initials):
     lines = [
         f"{prep.name} {prep.strength}",
-        f"Lot {prep.lot}  Exp {prep.expiry:%d/%m/%Y}",
+        f"Lot {prep.lot}  BUD {prep.beyond_use:%d/%m/%Y}",
         f"Patient: {patient_initials}",
+        "Store 2-8 °C" if prep.refrigerate else "Store below 25 °C",
     ]
-    return "\\n".join(lines)
+    if prep.shake_well:
+        lines.append("SHAKE WELL")
+    return "\\n".join(lines)`)}`),

  rec('cpp', f`C++ firmware snippet from the proofer cabinet (bakery). Temperature jumps to 6553.5 °C sometimes:

${v('source_code.snippet', `float readTemperature() {
    uint16_t raw = (i2cRead(0x48, 0x00) << 8) | i2cRead(0x48, 0x01);
    raw >>= 4;
    if (raw & 0x800) {
        raw |= 0xF000;
    }
    return raw * 0.0625f * 100.0f / 100.0f;
}`)}`),

  rec('js_unfenced', f`js — this validates lottery ticket serials in the retailer portal, but "07-1234-56789" fails:
${v('source_code.snippet', `function isValidSerial(s) {
  const m = /^(\\d{2})-(\\d{4})-(\\d{5})$/.exec(s.trim());
  if (!m) return false;
  const [, game, draw, seq] = m;
  return Number(game) > 0 && Number(game) < 70 && parseInt(draw) > 0 && parseInt(seq) !== 0;
}`)}
any idea?`),
];
