/**
 * Held-out batch 98: code pasted by developers and analysts of the six settings (baggage tracing,
 * vet-pharma stock, microfinance schedules, grant budgets, NOC tooling, salon bookings). Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH98_SOURCE_CODE: DraftRecord[] = [
  rec('python', f`This is supposed to flag bags that missed their connection (MCT under 45 min) but it flags everything. What's wrong?

\`\`\`python
${code(f`from datetime import datetime, timedelta

MCT = timedelta(minutes=45)

def missed_connection(bag):
    arr = datetime.fromisoformat(bag["inbound_arr"])
    dep = datetime.fromisoformat(bag["outbound_dep"])
    if dep - arr < MCT or bag["scanned_at_transfer"] is None:
        return True
    return False

def flag_all(bags):
    return [b["tag"] for b in bags if missed_connection]`)}
\`\`\``),

  rec('sql_es', f`Esta consulta de la cartera de microcréditos tarda 40 segundos, ¿cómo la optimizo?

${code(f`SELECT o.oficial_id,
       o.nombre,
       COUNT(DISTINCT p.prestamo_id) AS prestamos_activos,
       SUM(CASE WHEN c.dias_mora > 30 THEN c.saldo ELSE 0 END) AS cartera_riesgo_30
FROM oficiales o
JOIN prestamos p ON p.oficial_id = o.oficial_id
JOIN cuotas c ON c.prestamo_id = p.prestamo_id
WHERE p.estado = 'ACTIVO'
  AND c.fecha_vencimiento <= CURRENT_DATE
GROUP BY o.oficial_id, o.nombre
ORDER BY cartera_riesgo_30 DESC;`)}

Tenemos índices en prestamo_id pero no en fecha_vencimiento.`),

  rec('typescript', f`Booking slot calculator for our salons — double-bookings happen when a colour service overlaps a cut. Review please:

\`\`\`ts
${code(f`interface Slot { start: number; end: number; stylistId: string }

export function isFree(existing: Slot[], wanted: Slot): boolean {
  return existing
    .filter((s) => s.stylistId === wanted.stylistId)
    .every((s) => wanted.end <= s.start || wanted.start > s.end);
}

export function durationFor(service: 'cut' | 'colour' | 'balayage'): number {
  switch (service) {
    case 'cut': return 45;
    case 'colour': return 90;
    case 'balayage': return 180;
  }
}`)}
\`\`\``),

  rec('bash', f`Skript pro NOC, který každou hodinu kontroluje teplotu v rozvaděčích přes SNMP. Občas vrací prázdný výstup, proč?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail

PDUS=(pdu-a01 pdu-a02 pdu-b01 pdu-b02)
OID=".1.3.6.1.4.1.318.1.1.26.10.2.2.1.8"

for h in "\${PDUS[@]}"; do
  t=$(snmpget -v2c -c "$SNMP_COMMUNITY" -Oqv "$h" "$OID.1" 2>/dev/null || true)
  if [[ -z "$t" ]]; then
    echo "$(date -Is) $h UNKNOWN" >> /var/log/pdu-temp.log
    continue
  fi
  echo "$(date -Is) $h $((t / 10))C" >> /var/log/pdu-temp.log
done`)}
\`\`\``),

  rec('r_it', f`Ciao, sto calcolando il budget di un progetto Horizon Europe in R e i costi indiretti non tornano (dovrebbero essere il 25% dei diretti esclusi i subappalti):

\`\`\`r
${code(f`costi <- data.frame(
  voce = c("personale", "viaggi", "attrezzature", "subappalto", "materiali"),
  importo = c(312000, 24000, 58000, 40000, 17500)
)

diretti <- sum(costi$importo)
indiretti <- diretti * 0.25
totale <- diretti + indiretti
cat(sprintf("Diretti: %.2f\\nIndiretti: %.2f\\nTotale: %.2f\\n", diretti, indiretti, totale))`)}
\`\`\``),

  rec('java', f`Unsere Lagerverwaltung für Tierarzneimittel soll Chargen nach FEFO (first expired, first out) ausgeben. Der Comparator sortiert aber falsch herum:

\`\`\`java
${code(f`public class ChargeComparator implements Comparator<Charge> {
    @Override
    public int compare(Charge a, Charge b) {
        if (a.isKuehlpflichtig() != b.isKuehlpflichtig()) {
            return a.isKuehlpflichtig() ? -1 : 1;
        }
        return b.getVerfallsdatum().compareTo(a.getVerfallsdatum());
    }
}

List<Charge> auswahl = lager.getChargen(artikelNr);
auswahl.sort(new ChargeComparator());
return auswahl.get(0);`)}
\`\`\``),

  rec('kotlin', f`Field officer app (Android) crashes when there's no signal while saving a repayment. Stack says NetworkOnMainThreadException. Code:

\`\`\`kotlin
${code(f`class RepaymentViewModel(private val api: LoanApi, private val dao: RepaymentDao) : ViewModel() {
    fun save(r: Repayment) {
        dao.insert(r.copy(synced = false))
        val resp = api.postRepayment(r).execute()
        if (resp.isSuccessful) {
            dao.markSynced(r.id)
        }
    }
}`)}
\`\`\``),

  rec('csharp', f`C# service for the baggage carousel displays, the flight list doesn't refresh:

${code(f`public sealed class CarouselFeed : BackgroundService
{
    private readonly IFlightSource _source;
    private readonly IHubContext<CarouselHub> _hub;

    public CarouselFeed(IFlightSource source, IHubContext<CarouselHub> hub)
        => (_source, _hub) = (source, hub);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var flights = await _source.GetArrivalsAsync(ct);
        while (!ct.IsCancellationRequested)
        {
            await _hub.Clients.All.SendAsync("update", flights, ct);
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
        }
    }
}`)}`),

  rec('php_fr', f`Bonjour, le formulaire de prise de rendez-vous du salon (WordPress) envoie deux e-mails de confirmation. Voici la fonction :

\`\`\`php
${code(f`add_action('init', 'salon_traiter_rdv');
add_action('wp_loaded', 'salon_traiter_rdv');

function salon_traiter_rdv() {
    if (empty($_POST['rdv_nonce']) || !wp_verify_nonce($_POST['rdv_nonce'], 'rdv')) {
        return;
    }
    $client = sanitize_text_field($_POST['nom']);
    $date   = sanitize_text_field($_POST['date']);
    wp_mail(get_option('admin_email'), 'Nouveau RDV', "$client le $date");
}`)}
\`\`\``),

  rec('go', f`Go-funktio, joka laskee räkkien kokonaistehon. Tulos on aina nolla:

\`\`\`go
${code(f`type Reading struct {
	Rack  string
	Watts float64
}

func totalByRack(rs []Reading) map[string]float64 {
	out := map[string]float64{}
	for _, r := range rs {
		total := out[r.Rack]
		total += r.Watts
	}
	return out
}`)}
\`\`\``),

  rec('rust', f`First time writing Rust, this parses baggage tag numbers (10 digits, leading 0 = interline). Borrow checker hates me:

\`\`\`rust
${code(f`fn parse_tags(input: &str) -> Vec<&str> {
    let mut tags = Vec::new();
    for line in input.lines() {
        let t = line.trim().to_string();
        if t.len() == 10 && t.chars().all(|c| c.is_ascii_digit()) {
            tags.push(&t);
        }
    }
    tags
}`)}
\`\`\``),

  rec('sql_pt', f`Preciso de uma view que mostre os projetos com relatório financeiro em atraso. Isto está certo?

\`\`\`sql
${code(f`CREATE OR REPLACE VIEW v_relatorios_atrasados AS
SELECT p.codigo,
       p.titulo,
       p.investigador_responsavel,
       r.data_limite,
       CURRENT_DATE - r.data_limite AS dias_atraso
FROM projetos p
JOIN relatorios r ON r.projeto_id = p.id
WHERE r.tipo = 'FINANCEIRO'
  AND r.entregue_em IS NULL
  AND r.data_limite < CURRENT_DATE;`)}
\`\`\``),

  rec('python_pl', f`Skrypt do harmonogramu spłat pożyczki (raty równe). Ostatnia rata wychodzi ujemna, dlaczego?

\`\`\`python
${code(f`def harmonogram(kwota, oprocentowanie_roczne, liczba_rat):
    r = oprocentowanie_roczne / 12
    rata = kwota * r / (1 - (1 + r) ** -liczba_rat)
    saldo = kwota
    wynik = []
    for i in range(1, liczba_rat + 1):
        odsetki = round(saldo * r, 2)
        kapital = round(rata - odsetki, 2)
        saldo = round(saldo - kapital, 2)
        wynik.append((i, round(rata, 2), odsetki, kapital, saldo))
    return wynik`)}
\`\`\``),

  rec('javascript', f`Google Apps Script for the grants office: sends a reminder 30 days before each report deadline. It sends on every run though:

${code(f`function sendReminders() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Deadlines');
  const rows = sheet.getDataRange().getValues().slice(1);
  const today = new Date();
  rows.forEach((row, i) => {
    const [project, pi, email, deadline, reminded] = row;
    const days = Math.round((deadline - today) / 86400000);
    if (days <= 30 && !reminded) {
      MailApp.sendEmail(email, 'Report due: ' + project, 'Dear ' + pi + ', your report is due in ' + days + ' days.');
    }
  });
}`)}`),

  rec('swift', f`iOS app for salon clients, the loyalty points label shows the wrong number after a visit:

\`\`\`swift
${code(f`final class LoyaltyViewModel: ObservableObject {
    @Published var points: Int = 0

    func register(visitTotal: Decimal) {
        let earned = NSDecimalNumber(decimal: visitTotal / 10).intValue
        DispatchQueue.global().async {
            self.points += earned
        }
    }
}`)}
\`\`\``),

  rec('ansible', f`Ansible-rolle for å rulle ut nye NTP-servere på alle switcher i datahallen. Den feiler på Arista-enhetene:

\`\`\`yaml
${code(f`- name: Konfigurer NTP
  hosts: switches
  gather_facts: false
  tasks:
    - name: Sett NTP-servere (Cisco)
      cisco.ios.ios_ntp_global:
        config:
          servers:
            - server: ntp1.noc.internal
            - server: ntp2.noc.internal
        state: merged
      when: ansible_network_os == "cisco.ios.ios"`)}
\`\`\``),

  rec('vba_de', f`Excel-Makro für die Kühlkettenprotokolle, es soll Temperaturen über 8 °C rot markieren, markiert aber nichts:

${code(f`Sub MarkiereAbweichungen()
    Dim zelle As Range
    For Each zelle In Range("C2:C500")
        If zelle.Value > "8" Then
            zelle.Interior.Color = RGB(255, 0, 0)
        End If
    Next zelle
End Sub`)}`),

  rec('python_ar', f`مرحبا، عندي كود بايثون يحسب نسبة الحقائب المتأخرة لكل رحلة، بس النتيجة دايمًا صفر:

\`\`\`python
${code(f`import pandas as pd

df = pd.read_csv("bags_march.csv")
summary = df.groupby("flight").agg(total=("tag", "count"), late=("late", "sum"))
summary["pct_late"] = summary["late"] // summary["total"] * 100
print(summary.sort_values("pct_late", ascending=False).head(10))`)}
\`\`\``),

  rec('diff', f`Can you review this diff for the vet-pharma order portal? It adds a prescription check for controlled substances:

\`\`\`diff
${code(f`--- a/orders/validators.py
+++ b/orders/validators.py
@@ -41,6 +41,14 @@ def validate_line(line, customer):
     if line.qty <= 0:
         raise ValidationError("Quantity must be positive")
+    if line.product.schedule in {"S2", "S3"}:
+        if not customer.vet_licence_number:
+            raise ValidationError("Controlled substance requires a veterinary licence")
+        if not line.prescription_ref:
+            raise ValidationError("Prescription reference missing")
+        if line.qty > line.product.max_qty_per_order:
+            raise ValidationError("Quantity exceeds per-order limit")
     return line`)}
\`\`\``),

  rec('powershell', f`PowerShell to rotate the logs on the baggage reconciliation server, disk still fills up:

\`\`\`powershell
${code(f`$logDir = "D:\\BRS\\logs"
$limit = (Get-Date).AddDays(-14)

Get-ChildItem -Path $logDir -Filter *.log |
    Where-Object { $_.LastWriteTime -lt $limit } |
    Compress-Archive -DestinationPath "$logDir\\archive.zip" -Update

Write-Host "Rotation done"`)}
\`\`\``),
];
