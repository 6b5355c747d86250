/**
 * Held-out batch 18: pasted source code from actuaries, mainframe and treasury developers, SCADA/OT
 * engineers, researchers, university IT and agency web developers. Hand-written, not measured yet.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH18_SOURCE_CODE: DraftRecord[] = [
  rec('code_r', f`Chain ladder in base R — the development factors look too high for the last origin year, is my averaging wrong?

\`\`\`r
${code(f`tri <- read.csv("paid_triangle_motor.csv", row.names = 1)
tri <- as.matrix(tri)
n <- ncol(tri)

f <- sapply(1:(n - 1), function(j) {
  rows <- which(!is.na(tri[, j + 1]))
  sum(tri[rows, j + 1]) / sum(tri[rows, j])
})

full <- tri
for (i in 2:n) {
  for (j in (n - i + 2):n) {
    full[i, j] <- full[i, j - 1] * f[j - 1]
  }
}
reserve <- full[, n] - diag(tri[, n:1])
round(reserve)`)}
\`\`\``),

  rec('code_sas', f`Unsere SAS-Auswertung zur Schadenhäufigkeit nach Tarifzone bricht mit "ERROR: Variable ZONE not found" ab — die Variable ist aber im Datensatz?!

${code(f`libname kfz "/data/aktuariat/kfz/2024";

data work.freq;
  set kfz.vertraege(keep=vnr zone jahreseinheiten)
      kfz.schaeden(keep=vnr schadenanzahl in=s);
  by vnr;
  if s then anz = schadenanzahl; else anz = 0;
run;

proc summary data=work.freq nway;
  class zone;
  var anz jahreseinheiten;
  output out=work.zone_freq sum=;
run;

data work.zone_freq;
  set work.zone_freq;
  freq = anz / jahreseinheiten;
run;`)}`),

  rec('code_python', f`${code(f`import pandas as pd
import numpy as np

claims = pd.read_parquet("claims_2020_2024.parquet")
claims["dev_year"] = claims["payment_date"].dt.year - claims["accident_date"].dt.year
tri = (
    claims.groupby(["accident_year", "dev_year"])["paid"]
    .sum()
    .unstack()
    .cumsum(axis=1)
)
ata = (tri.shift(-1, axis=1) / tri).iloc[:-1].mean()
print(ata.round(3))`)}

why does cumsum give me values in empty cells of the triangle? they should be NaN`),

  rec('code_sql', f`Für die Reservierung brauche ich alle offenen Schäden mit letzter Zahlung > 180 Tage — die Query läuft 20 Minuten, wie beschleunige ich das?

${code(f`SELECT s.schaden_nr,
       s.sparte,
       s.meldedatum,
       MAX(z.zahl_datum) AS letzte_zahlung,
       SUM(z.betrag)     AS gezahlt
FROM   schaden s
LEFT JOIN zahlung z ON z.schaden_nr = s.schaden_nr
WHERE  s.status = 'OFFEN'
GROUP BY s.schaden_nr, s.sparte, s.meldedatum
HAVING MAX(z.zahl_datum) < CURRENT_DATE - INTERVAL '180' DAY
    OR MAX(z.zahl_datum) IS NULL
ORDER BY letzte_zahlung NULLS FIRST;`)}`),

  rec('code_cobol', f`Old batch program from the core banking mainframe. It abends with S0C7 on some records — which field is probably non-numeric?

       ${code(f`IDENTIFICATION DIVISION.
       PROGRAM-ID. INTCALC.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-ACCT-REC.
           05  WS-ACCT-NO        PIC X(12).
           05  WS-BALANCE        PIC S9(11)V99 COMP-3.
           05  WS-RATE           PIC 9V9(5).
           05  WS-DAYS           PIC 9(3).
       01  WS-INTEREST           PIC S9(9)V99 COMP-3.
       PROCEDURE DIVISION.
       0000-MAIN.
           PERFORM 1000-READ-ACCT
           PERFORM UNTIL WS-EOF = 'Y'
               COMPUTE WS-INTEREST ROUNDED =
                   WS-BALANCE * WS-RATE * WS-DAYS / 365
               PERFORM 2000-WRITE-INT
               PERFORM 1000-READ-ACCT
           END-PERFORM
           STOP RUN.`)}`),

  rec('code_pli', f`PL/I Prozedur aus dem Zahlungsverkehr, kann mir jemand erklären was ON ENDFILE hier genau macht und warum die Summe am Ende manchmal doppelt ist?

${code(f`SUMZV: PROC OPTIONS(MAIN);
   DCL ZVIN  FILE RECORD INPUT;
   DCL 1 SATZ,
         2 KONTO   CHAR(10),
         2 BETRAG  FIXED DEC(13,2),
         2 WKZ     CHAR(3);
   DCL SUMME FIXED DEC(15,2) INIT(0);
   DCL EOF   BIT(1) INIT('0'B);
   ON ENDFILE(ZVIN) EOF = '1'B;
   READ FILE(ZVIN) INTO(SATZ);
   DO WHILE(^EOF);
      IF WKZ = 'EUR' THEN SUMME = SUMME + BETRAG;
      READ FILE(ZVIN) INTO(SATZ);
   END;
   PUT SKIP LIST('SUMME EUR:', SUMME);
END SUMZV;`)}`),

  rec('code_st', f`Structured Text für die Pumpensteuerung im Wasserkraftwerk (Codesys). Die Pumpe taktet, wenn der Pegel um den Sollwert schwankt — wie baue ich eine Hysterese sauber ein?

${code(f`PROGRAM PLC_PRG
VAR
    rPegel      : REAL;          (* m über Sohle *)
    rSollwert   : REAL := 2.35;
    bPumpeEin   : BOOL;
    tonVerz     : TON;
END_VAR

rPegel := AI_Pegel_Skaliert;
IF rPegel > rSollwert THEN
    bPumpeEin := TRUE;
ELSIF rPegel < rSollwert THEN
    bPumpeEin := FALSE;
END_IF;

tonVerz(IN := bPumpeEin, PT := T#5S);
DO_Pumpe1 := tonVerz.Q;`)}`),

  rec('code_python', f`Reading holding registers from the inverter at the solar farm, values come back as huge numbers instead of kW:

${code(f`from pymodbus.client import ModbusTcpClient

client = ModbusTcpClient("${amb('pii.ip_address', '192.168.50.21')}", port=502)
client.connect()
rr = client.read_holding_registers(address=40083, count=2, slave=3)
raw = (rr.registers[0] << 16) | rr.registers[1]
print("AC power:", raw / 1000, "kW")
client.close()`)}

datasheet says "AC power, int32, scale factor register 40084"`),

  rec('code_matlab', f`${code(f`% Lastfluss 3-Knoten-Netz, Gauss-Seidel
Y = [10-20i  -5+10i  -5+10i;
     -5+10i  10-20i  -5+10i;
     -5+10i  -5+10i  10-20i];
V = [1.05; 1.0; 1.0];
S = [0; -0.8-0.4i; -0.6-0.3i];
for it = 1:50
    for k = 2:3
        V(k) = (conj(S(k)/V(k)) - Y(k,[1:k-1 k+1:3])*V([1:k-1 k+1:3])) / Y(k,k);
    end
end
abs(V), angle(V)*180/pi`)}

Konvergiert das überhaupt? Ich bekomme nach 50 Iterationen andere Werte als PowerFactory.`),

  rec('code_latex', f`My thesis template: the \\theorem environment numbers continue across chapters, how do I reset per chapter?

${code(f`\\documentclass[12pt,a4paper]{report}
\\usepackage{amsmath,amsthm}
\\newtheorem{theorem}{Theorem}
\\newtheorem{lemma}[theorem]{Lemma}
\\newcommand{\\R}{\\mathbb{R}}
\\newcommand{\\norm}[1]{\\left\\lVert#1\\right\\rVert}
\\begin{document}
\\chapter{Preliminaries}
\\begin{theorem}
For all $x \\in \\R^n$, $\\norm{x} \\geq 0$.
\\end{theorem}
\\end{document}`)}`),

  rec('code_php', f`WordPress child theme for a client — the shortcode outputs the offers above the page content instead of where I put it:

${code(f`<?php
add_shortcode( 'angebote', function ( $atts ) {
    $atts = shortcode_atts( array( 'anzahl' => 3 ), $atts );
    $q = new WP_Query( array(
        'post_type'      => 'angebot',
        'posts_per_page' => intval( $atts['anzahl'] ),
    ) );
    while ( $q->have_posts() ) {
        $q->the_post();
        echo '<div class="angebot"><h3>' . esc_html( get_the_title() ) . '</h3></div>';
    }
    wp_reset_postdata();
} );`)}`),

  rec('code_js', f`el script del banner de la promo no dispara el evento en GA4 cuando el usuario cierra el popup, ¿qué falta?

${code(f`document.addEventListener("DOMContentLoaded", () => {
  const popup = document.querySelector("#promo-verano");
  if (!popup) return;
  popup.querySelector(".cerrar").addEventListener("click", () => {
    popup.classList.add("oculto");
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: "promo_cerrada", promo_id: "verano25" });
  });
  setTimeout(() => popup.classList.remove("oculto"), 4000);
});`)}`),

  rec('code_tsx', f`${code(f`export function CountdownBanner({ endsAt }: { endsAt: string }) {
  const [left, setLeft] = useState(() => Date.parse(endsAt) - Date.now());
  useEffect(() => {
    const id = setInterval(() => setLeft(Date.parse(endsAt) - Date.now()), 1000);
    return () => clearInterval(id);
  }, [endsAt]);
  if (left <= 0) return null;
  const h = Math.floor(left / 3_600_000);
  const m = Math.floor((left % 3_600_000) / 60_000);
  return <div className="banner">Nog {h}u {m}m — Black Friday deals</div>;
}`)}

de klant zegt dat de timer op iPhone een uur verkeerd staat. tijdzone probleem?`),

  rec('code_bash', f`Backup-Skript für die Kursdaten auf dem Moodle-Server, die Rotation löscht auch die neuesten Dateien. Wo ist der Fehler?

${code(f`#!/usr/bin/env bash
set -euo pipefail
DEST=/mnt/backup/moodle
STAMP=$(date +%Y%m%d_%H%M)
tar -czf "$DEST/moodledata_$STAMP.tar.gz" -C /var/www moodledata
pg_dump -Fc moodle > "$DEST/moodle_$STAMP.dump"
ls -1t "$DEST"/*.tar.gz | tail -n +7 | xargs -r rm --
find "$DEST" -name '*.dump' -mtime -14 -delete`)}`),

  rec('code_powershell', f`PowerShell to list AD accounts of staff who left but are still enabled — it returns nothing, though I know there are some:

${code(f`$cutoff = (Get-Date).AddDays(-30)
Get-ADUser -Filter {Enabled -eq $true} -SearchBase "OU=Staff,DC=kanzlei,DC=local" \`
    -Properties extensionAttribute5, LastLogonDate |
  Where-Object { $_.extensionAttribute5 -and [datetime]$_.extensionAttribute5 -lt $cutoff } |
  Select-Object SamAccountName, extensionAttribute5, LastLogonDate |
  Export-Csv .\\leavers_still_enabled.csv -NoTypeInformation -Encoding UTF8`)}

extensionAttribute5 holds the leaving date as "dd.MM.yyyy"`),

  rec('code_vba', f`Makro v Excelu pro fakturaci záloh za elektřinu, padá na "Type mismatch" na řádku s CDbl:

${code(f`Sub SpocitejZalohy()
    Dim ws As Worksheet, r As Long, spotreba As Double
    Set ws = ThisWorkbook.Sheets("Odberatele")
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        spotreba = CDbl(ws.Cells(r, 4).Value)
        ws.Cells(r, 6).Value = Round(spotreba * ws.Range("Cena_kWh").Value / 12, 0)
    Next r
    MsgBox "Hotovo: " & r - 2 & " odběratelů"
End Sub`)}`),

  rec('code_java', f`Spring Boot service for IBAN validation in the onboarding flow — the unit test passes but prod rejects valid Austrian IBANs:

${code(f`public final class IbanValidator {
    private static final Map<String, Integer> LENGTHS = Map.of("DE", 22, "AT", 21, "CH", 21);

    public static boolean isValid(String input) {
        String iban = input.replaceAll("\\\\s", "").toUpperCase(Locale.ROOT);
        Integer len = LENGTHS.get(iban.substring(0, 2));
        if (len == null || iban.length() != len) return false;
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isLetter(c) ? c - 'A' + 10 : c - '0');
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}`)}`),

  rec('code_csharp', f`${code(f`public async Task<IActionResult> UploadFnol(IFormFile photo, string claimId)
{
    if (photo.Length > 15 * 1024 * 1024) return BadRequest("Max 15 MB");
    var path = Path.Combine(_opts.PhotoRoot, claimId, photo.FileName);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    await using var fs = System.IO.File.Create(path);
    await photo.CopyToAsync(fs);
    _db.ClaimPhotos.Add(new ClaimPhoto { ClaimId = claimId, Path = path, UploadedUtc = DateTime.UtcNow });
    await _db.SaveChangesAsync();
    return Ok();
}`)}

security review flagged this as path traversal — how do I fix it properly?`),

  rec('code_go', f`${code(f`func pollMeters(ctx context.Context, ids []string, out chan<- Reading) error {
	g, ctx := errgroup.WithContext(ctx)
	for _, id := range ids {
		g.Go(func() error {
			r, err := hes.Read(ctx, id)
			if err != nil {
				return fmt.Errorf("meter %s: %w", id, err)
			}
			out <- r
			return nil
		})
	}
	return g.Wait()
}`)}

Sa Go 1.21 po, lahat ng readings galing sa iisang meter. Bakit kaya? Sa 1.22 daw okay na?`),

  rec('diff', f`Can you review this change to the premium rounding before I merge? Underwriting asked for rounding to 5 Rappen.

${code(f`--- a/pricing/premium.py
+++ b/pricing/premium.py
@@ -41,9 +41,11 @@ def gross_premium(net: Decimal, tax_rate: Decimal) -> Decimal:
-    gross = net * (1 + tax_rate)
-    return gross.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
+    gross = net * (1 + tax_rate)
+    # CHF: round to 0.05
+    return (gross / Decimal("0.05")).quantize(Decimal("1"), rounding=ROUND_HALF_UP) * Decimal("0.05")`)}`),

  rec('code_kotlin', f`${code(f`class MeterReadingViewModel(private val repo: ReadingRepository) : ViewModel() {
    private val _state = MutableStateFlow<UiState>(UiState.Idle)
    val state: StateFlow<UiState> = _state

    fun submit(meterId: String, value: String) = viewModelScope.launch {
        val kwh = value.replace(',', '.').toDoubleOrNull()
            ?: return@launch run { _state.value = UiState.Error("Ungültiger Zählerstand") }
        _state.value = UiState.Loading
        _state.value = repo.submit(meterId, kwh).fold({ UiState.Done }, { UiState.Error(it.message ?: "Fehler") })
    }
}`)}

Die Kundin-App zeigt nach dem Absenden kurz "Fertig" und dann wieder das leere Formular. Warum?`),

  rec('code_sql', f`${code(f`WITH tx AS (
  SELECT customer_id, booking_date, amount_eur,
         SUM(amount_eur) OVER (PARTITION BY customer_id ORDER BY booking_date
                               RANGE BETWEEN INTERVAL '6' DAY PRECEDING AND CURRENT ROW) AS sum_7d
  FROM   aml.cash_deposits
  WHERE  booking_date >= DATE '2025-01-01'
)
SELECT DISTINCT customer_id
FROM   tx
WHERE  sum_7d >= 10000 AND amount_eur < 10000;`)}

AML analyst here — is this a sensible structuring check, or do I miss split deposits across branches?`),
];
