/**
 * Held-out batch 155: source code pasted by the six organisations (LIMS scripts, revenue-management
 * models, DG checks, payout risk rules, records tooling, intake apps), with prose in many languages.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH155_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Das Skript soll Messwerte über dem Grenzwert der Trinkwasserverordnung markieren, aber Nitrit wird nie markiert. Warum?

\`\`\`python
${code(f`GRENZWERTE = {"nitrat": 50.0, "nitrit": 0.50, "blei": 0.010, "e_coli": 0}

def pruefe(probe: dict) -> list[str]:
    verstoesse = []
    for parameter, wert in probe["werte"].items():
        grenze = GRENZWERTE.get(parameter.lower())
        if grenze and wert > grenze:
            verstoesse.append(f"{parameter}: {wert} > {grenze}")
    return verstoesse

print(pruefe({"id": "WQ-24-11873", "werte": {"Nitrit": 0.62, "Nitrat": 31.4}}))`)}
\`\`\``),

  rec('code_sql', f`Revenue team wants ADR and RevPAR per property for last month. My query gives RevPAR higher than ADR, which can't be right:

${code(f`SELECT p.property_code,
       SUM(r.room_revenue) / NULLIF(SUM(r.rooms_sold), 0)      AS adr,
       SUM(r.room_revenue) / NULLIF(SUM(r.rooms_sold), 0)
         * SUM(r.rooms_sold) / NULLIF(COUNT(DISTINCT r.stay_date), 0) AS revpar
FROM daily_revenue r
JOIN properties p ON p.id = r.property_id
WHERE r.stay_date >= date_trunc('month', now()) - interval '1 month'
  AND r.stay_date <  date_trunc('month', now())
GROUP BY p.property_code
ORDER BY revpar DESC;`)}`),

  rec('code_ts', f`Nuestro validador de mercancías peligrosas deja pasar UN3090 en avión de pasajeros con más de 5 kg. ¿Dónde está el fallo?

${code(f`type Dg = { un: string; packingInstruction: number; netKg: number; cao: boolean };

const PAX_LIMITS: Record<string, number> = { UN3480: 0, UN3090: 2.5, UN3481: 5, UN3091: 5 };

export function checkPaxAllowed(item: Dg): string | null {
  if (item.cao) return null;
  const limit = PAX_LIMITS[item.un];
  if (limit === undefined) return \`no limit configured for \${item.un}\`;
  if (limit === 0) return \`\${item.un} forbidden on passenger aircraft\`;
  if (item.netKg >= limit) return \`\${item.un}: \${item.netKg} kg exceeds \${limit} kg\`;
  return null;
}`)}`),

  rec('code_kotlin', f`Android-sovellus, jolla vapaaehtoiset kirjaavat löytöeläimet. Kuva katoaa, kun puhelinta käännetään:

${code(f`class IntakeFragment : Fragment() {
    private var photoUri: Uri? = null

    private val takePhoto = registerForActivityResult(ActivityResultContracts.TakePicture()) { ok ->
        if (ok) binding.preview.setImageURI(photoUri)
    }

    override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
        binding.btnPhoto.setOnClickListener {
            photoUri = FileProvider.getUriForFile(requireContext(), "\${BuildConfig.APPLICATION_ID}.files", newImageFile())
            takePhoto.launch(photoUri)
        }
    }
}`)}`),

  rec('code_python', f`Risk rule for the payouts queue — it flags almost every campaign on Mondays. Can you see the bug?

${code(f`from datetime import timedelta

def velocity_flag(campaign, donations):
    window = [d for d in donations if d.created_at >= campaign.now - timedelta(hours=24)]
    total = sum(d.amount for d in window)
    unique_cards = len({d.card_fingerprint for d in window})
    baseline = campaign.avg_daily_amount or 1
    if total > 8 * baseline and unique_cards < 5:
        return "HOLD_VELOCITY"
    if campaign.created_at.weekday() == 0 and total > 500:
        return "HOLD_NEW_MONDAY"
    return None`)}`),

  rec('code_r', f`Бесконечно ругается на даты при построении графика мутности по точкам отбора:

${code(f`library(dplyr)
library(ggplot2)

turb <- read.csv("mutnost_2024.csv", sep = ";", dec = ",") %>%
  mutate(datum = as.Date(datum, format = "%d.%m.%Y")) %>%
  filter(!is.na(ntu))

ggplot(turb, aes(datum, ntu, colour = tocka)) +
  geom_line() +
  geom_hline(yintercept = 1, linetype = "dashed") +
  labs(x = NULL, y = "Мутность, NTU")`)}

Ошибка: "character string is not in a standard unambiguous format".`),

  rec('code_csharp', f`Records team: this job should anonymise discharge summaries older than 8 years, but it crashes on null dates.

${code(f`public async Task AnonymiseOldSummariesAsync(CancellationToken ct)
{
    var cutoff = DateTime.UtcNow.AddYears(-8);
    var old = await _db.DischargeSummaries
        .Where(s => s.DischargedAt.Value < cutoff && !s.Anonymised)
        .ToListAsync(ct);

    foreach (var s in old)
    {
        s.PatientName = "REDACTED";
        s.FreeText = _redactor.Redact(s.FreeText);
        s.Anonymised = true;
    }
    await _db.SaveChangesAsync(ct);
}`)}`),

  rec('code_go', f`この Go のコードでチャネルマネージャーからの在庫更新を受け取っていますが、たまに同じ更新が二重に反映されます。

${code(f`func (h *Handler) OnAvailability(w http.ResponseWriter, r *http.Request) {
	var msg AvailabilityMsg
	if err := json.NewDecoder(r.Body).Decode(&msg); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	go func() {
		for _, d := range msg.Days {
			h.store.Apply(msg.HotelCode, msg.RoomType, d.Date, d.Delta)
		}
	}()
	w.WriteHeader(http.StatusAccepted)
}`)}`),

  rec('code_js', f`Le formulaire de don affiche « 0,00 € » quand on tape 25 avec une virgule. Une idée ?

${code(f`const input = document.querySelector('#amount');
const preview = document.querySelector('#preview');

input.addEventListener('input', () => {
  const value = parseFloat(input.value) || 0;
  const fee = Math.round(value * 0.029 * 100) / 100 + 0.25;
  preview.textContent = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
    .format(value - fee);
});`)}`),

  rec('code_vba', f`Makro w Excelu do etykiet próbek wody drukuje puste etykiety co drugą stronę:

${code(f`Sub DrukujEtykiety()
    Dim ws As Worksheet, i As Long
    Set ws = Sheets("Probki")
    For i = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        With Sheets("Etykieta")
            .Range("B2").Value = ws.Cells(i, 1).Value
            .Range("B3").Value = ws.Cells(i, 3).Value
            .Range("B4").Value = Format(ws.Cells(i, 4).Value, "dd.mm.yyyy hh:mm")
            .PrintOut Copies:=2
        End With
    Next i
End Sub`)}`),

  rec('code_python', f`pandas question from the revenue desk: the pickup report double counts cancelled bookings.

${code(f`import pandas as pd

bk = pd.read_csv("bookings_export.csv", parse_dates=["created", "arrival"])
snap = bk[bk["created"] <= "2024-12-01"]
pickup = (
    snap.groupby(["property", "arrival"])["room_nights"].sum()
    - bk[bk["status"] == "cancelled"].groupby(["property", "arrival"])["room_nights"].sum()
)
print(pickup.unstack(0).fillna(0).tail(14))`)}`),

  rec('code_swift', f`iOS 앱에서 기부 영수증 PDF가 한글이 깨져서 나옵니다. 폰트 문제일까요?

${code(f`func makeReceipt(donor: String, amount: Decimal) -> Data {
    let renderer = UIGraphicsPDFRenderer(bounds: CGRect(x: 0, y: 0, width: 595, height: 842))
    return renderer.pdfData { ctx in
        ctx.beginPage()
        let attrs: [NSAttributedString.Key: Any] = [.font: UIFont(name: "Helvetica", size: 14)!]
        "기부 영수증".draw(at: CGPoint(x: 40, y: 40), withAttributes: attrs)
        "\\(donor) — ₩\\(amount)".draw(at: CGPoint(x: 40, y: 80), withAttributes: attrs)
    }
}`)}`),

  rec('code_php', f`Stará WordPress stránka záchranné stanice, formulář pro nalezená zvířata posílá prázdné e-maily:

${code(f`<?php
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $druh = sanitize_text_field($_POST['druh'] ?? '');
    $misto = sanitize_text_field($_POST['misto'] ?? '');
    $telefon = sanitize_text_field($_POST['telefon'] ?? '');
    $zprava = "Druh: $druh\\nMísto: $misto\\nTelefon: $telefon";
    wp_mail(get_option('admin_email'), 'Nový nález', $zpráva);
    wp_redirect(home_url('/dekujeme'));
    exit;
}`)}`),

  rec('code_rust', f`Our water-lab sensor gateway parses Modbus registers into NTU; values jump to 6553 sometimes:

${code(f`fn parse_turbidity(regs: &[u16]) -> Option<f32> {
    let raw = *regs.get(4)?;
    if raw == 0xFFFF {
        return None;
    }
    Some(raw as f32 / 10.0)
}

fn main() {
    let regs = [0u16, 12, 0, 0, 65531, 0];
    println!("{:?}", parse_turbidity(&regs));
}`)}`),

  rec('code_bash', f`Script che unisce i PDF delle cartelle cliniche scansionate per paziente; con i nomi con spazi si rompe:

${code(f`#!/bin/bash
for dir in $(ls /srv/scansioni/in_attesa); do
  files=$(ls /srv/scansioni/in_attesa/$dir/*.pdf | sort)
  pdfunite $files /srv/scansioni/unite/$dir.pdf
  mv /srv/scansioni/in_attesa/$dir /srv/scansioni/archiviate/
done`)}`),

  rec('code_java', f`Auszahlungs-Batch: BigDecimal-Rundung ergibt manchmal 1 Cent Differenz zur Bank. Wo runde ich falsch?

${code(f`public BigDecimal netPayout(BigDecimal gross, BigDecimal feeRate, BigDecimal fixedFee) {
    BigDecimal fee = gross.multiply(feeRate).add(fixedFee);
    BigDecimal net = gross.subtract(fee);
    return net.setScale(2, RoundingMode.HALF_UP);
}`)}`),

  rec('code_python', f`أريد اختبار وحدة لهذه الدالة التي تتحقق من رقم بوليصة الشحن الجوي (آخر رقم = باقي القسمة على 7):

${code(f`def awb_valid(awb: str) -> bool:
    digits = awb.replace("-", "").replace(" ", "")
    if len(digits) != 11 or not digits.isdigit():
        return False
    serial = digits[3:10]
    return int(serial) % 7 == int(digits[10])

assert awb_valid("020-12345675")
assert not awb_valid("020-12345670")`)}`),

  rec('code_ts', f`Fixture for the intake-app tests — is it OK to keep real-looking finder contacts in here?

${code(f`export const finderFixture = {
  name: 'Test Finder',
  phone: '${amb('pii.phone', '07700 900412')}',
  species: 'Erinaceus europaeus',
  foundAt: { lat: 51.7520, lng: -1.2577 },
  notes: 'found in garden, lethargic, 420 g',
};`)}`, 'an Ofcom drama-range mobile (07700 900xxx) in a test fixture: ambiguous'),

  rec('code_python', f`Hotel rate shopper scraper — BeautifulSoup finds nothing since last week:

${code(f`import httpx
from bs4 import BeautifulSoup

def lowest_rate(url: str) -> float | None:
    html = httpx.get(url, headers={"User-Agent": "Mozilla/5.0"}, timeout=20).text
    soup = BeautifulSoup(html, "html.parser")
    prices = [p.get_text(strip=True) for p in soup.select("div.price span.amount")]
    values = [float(p.replace("€", "").replace(",", ".")) for p in prices if p]
    return min(values) if values else None`)}`),

  rec('code_sql', f`${code(f`CREATE TABLE sample_results (
    sample_id      varchar(16) NOT NULL,
    parameter_code varchar(12) NOT NULL,
    value          numeric(12,4),
    unit           varchar(12) NOT NULL,
    below_lod      boolean NOT NULL DEFAULT false,
    analysed_at    timestamptz NOT NULL,
    analyst        varchar(40),
    PRIMARY KEY (sample_id, parameter_code)
);
CREATE INDEX ON sample_results (parameter_code, analysed_at);`)}

Für die Auswertung "alle Überschreitungen pro Quartal": reicht der Index?`),

  rec('code_lua', f`Skrip kecil di router hotel (OpenWrt) untuk membatasi bandwidth tamu, tapi tidak jalan setelah reboot:

${code(f`local uci = require("luci.model.uci").cursor()
local limit = tonumber(uci:get("guestqos", "main", "kbps")) or 4096
os.execute(string.format("tc qdisc replace dev br-guest root tbf rate %dkbit burst 32kbit latency 400ms", limit))
print("guest limit set to " .. limit .. " kbit/s")`)}`),
];
