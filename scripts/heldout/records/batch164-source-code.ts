/**
 * Held-out batch 164: pasted source code (ticket barcodes, registry validation, wagon maintenance
 * planning, tenant tickets, distributor orders, reading-room cards), with prose in many languages.
 * Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

const DIST_KEY = tok('sk_', 'live_', '51', fill('b164c-sklive', B62, 97));
const MAILGUN = tok('key-', fill('b164c-mg', HEX, 32));

export const BATCH164_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Our turnstiles reject some valid tickets. This is the barcode check we run before the whitelist lookup — can you see a bug?

\`\`\`python
${code(f`def valid_ticket_code(code: str) -> bool:
    """HS-<season><match>-<seat block><seq><check> e.g. HS-2419-114F0032-7"""
    parts = code.strip().upper().split("-")
    if len(parts) != 4 or parts[0] != "HS":
        return False
    body = parts[1] + parts[2]
    total = sum((i + 1) * ord(ch) for i, ch in enumerate(body))
    return str(total % 10) == parts[3]


def gate_allowed(code: str, gate: str, blocks_by_gate: dict[str, set[str]]) -> bool:
    if not valid_ticket_code(code):
        return False
    block = code.split("-")[2][:4]
    return block in blocks_by_gate.get(gate, set())`)}
\`\`\``),

  rec('code_ts_de', f`Kannst du diese Validierung fürs Registerformular vereinfachen? Das Geburtsdatum darf nicht in der Zukunft liegen und das Kind muss bei Einschluss unter 18 sein.

\`\`\`ts
${code(f`export function validateEnrolment(form: EnrolmentForm, today = new Date()): string[] {
  const errors: string[] = [];
  const dob = new Date(form.dateOfBirth);
  if (Number.isNaN(dob.getTime())) errors.push('Geburtsdatum ungültig');
  else if (dob > today) errors.push('Geburtsdatum liegt in der Zukunft');
  else {
    const age = today.getFullYear() - dob.getFullYear() -
      (today < new Date(today.getFullYear(), dob.getMonth(), dob.getDate()) ? 1 : 0);
    if (age >= 18) errors.push('Teilnehmer ist volljährig – Erwachsenenkohorte verwenden');
  }
  if (!form.consentVersion) errors.push('Einwilligungsversion fehlt');
  return errors;
}`)}
\`\`\``),

  rec('code_sql', f`Esta consulta para planificar las revisiones de vagones tarda 40 segundos. ¿Qué índices me faltan?

\`\`\`sql
${code(f`SELECT w.wagon_number,
       w.series,
       MAX(i.inspected_at)                         AS last_inspection,
       MAX(i.inspected_at) + INTERVAL '24 months' AS next_due,
       SUM(CASE WHEN d.severity = 'A' THEN 1 ELSE 0 END) AS open_a_defects
FROM wagons w
LEFT JOIN inspections i ON i.wagon_id = w.id AND i.type = 'REV'
LEFT JOIN defects d     ON d.wagon_id = w.id AND d.closed_at IS NULL
WHERE w.depot_code IN ('HAL', 'MAN', 'NUE')
GROUP BY w.wagon_number, w.series
HAVING MAX(i.inspected_at) + INTERVAL '24 months' < CURRENT_DATE + INTERVAL '60 days'
ORDER BY next_due;`)}
\`\`\``),

  rec('code_go', f`Este handler de pedidos de distribuidores funciona, mas o revisor disse que tem um problema de segurança. Qual?

\`\`\`go
${code(f`package orders

import (
\t"net/http"

\t"github.com/stripe/stripe-go/v79"
\t"github.com/stripe/stripe-go/v79/paymentintent"
)

func init() {
\tstripe.Key = "${v('credential.stripe_secret_key', DIST_KEY)}"
}

func CreateDeposit(w http.ResponseWriter, r *http.Request) {
\tparams := &stripe.PaymentIntentParams{
\t\tAmount:   stripe.Int64(48000),
\t\tCurrency: stripe.String(string(stripe.CurrencyBRL)),
\t}
\tpi, err := paymentintent.New(params)
\tif err != nil {
\t\thttp.Error(w, err.Error(), http.StatusBadGateway)
\t\treturn
\t}
\tw.Write([]byte(pi.ClientSecret))
}`)}
\`\`\``),

  rec('code_java', f`Der Scheduler plant die Radsatzprüfungen doppelt, wenn ein Wagen zwischen zwei Werken wechselt. Warum?

\`\`\`java
${code(f`public List<MaintenanceSlot> plan(List<Wagon> wagons, LocalDate from) {
    Map<String, List<MaintenanceSlot>> byDepot = new HashMap<>();
    for (Wagon w : wagons) {
        LocalDate due = w.lastWheelsetCheck().plusMonths(w.series().wheelsetIntervalMonths());
        if (due.isBefore(from)) due = from;
        byDepot.computeIfAbsent(w.currentDepot(), d -> new ArrayList<>())
               .add(new MaintenanceSlot(w.number(), due, "RADSATZ"));
        if (w.transferTo() != null) {
            byDepot.computeIfAbsent(w.transferTo(), d -> new ArrayList<>())
                   .add(new MaintenanceSlot(w.number(), due, "RADSATZ"));
        }
    }
    return byDepot.values().stream().flatMap(List::stream).toList();
}`)}
\`\`\``),

  rec('code_csharp', f`Peux-tu réécrire cette méthode de routage des demandes de locataires pour qu'elle soit testable ?

\`\`\`csharp
${code(f`public async Task<string> RouteAsync(TenantRequest req)
{
    // Plomberie urgente → astreinte, le reste → file normale
    var isUrgent = req.Category == "plomberie" &&
                   (req.Text.Contains("fuite", StringComparison.OrdinalIgnoreCase) ||
                    req.Text.Contains("inondation", StringComparison.OrdinalIgnoreCase));
    var queue = isUrgent ? "astreinte" : $"batiment-{req.BuildingId}";
    await _bus.PublishAsync(queue, req);
    _log.LogInformation("Demande {Id} routée vers {Queue} à {Time}", req.Id, queue, DateTime.Now);
    return queue;
}`)}
\`\`\``),

  rec('code_kotlin', f`Steward-appen kraschar när man skannar en biljett utan sektion. Hur gör jag det här null-säkert?

\`\`\`kotlin
${code(f`fun handleScan(raw: String, gate: Gate): ScanResult {
    val ticket = TicketParser.parse(raw)
    val section = ticket.section!!.uppercase()
    return if (section in gate.allowedSections) {
        ScanResult.Ok(ticket.id, section)
    } else {
        ScanResult.WrongGate(expected = gate.sectionFor(section)!!)
    }
}`)}
\`\`\``),

  rec('code_rust', f`閲覧証の番号を発行する関数です。年度ごとに連番がリセットされないバグがあります。どこを直せばいいですか？

\`\`\`rust
${code(f`pub fn next_reader_card(store: &mut CardStore, today: NaiveDate) -> String {
    let year = today.year();
    let seq = store.last_seq + 1;
    store.last_seq = seq;
    store.last_year = year;
    format!("RR-{}-{:05}", year, seq)
}`)}
\`\`\``),

  rec('code_php', f`Ten skrypt logowania do portalu najemców ma jakiś problem z bezpieczeństwem? Dostałem go od poprzedniego dewelopera.

\`\`\`php
${code(f`<?php
$pdo = new PDO('mysql:host=${ip('10.11.4.20')};dbname=najemcy', 'portal', '${v('credential.password_assignment', 'Najem#Portal2023')}');
$stmt = $pdo->query("SELECT id, haslo FROM uzytkownicy WHERE email = '" . $_POST['email'] . "'");
$user = $stmt->fetch();
if ($user && md5($_POST['haslo']) === $user['haslo']) {
    $_SESSION['uid'] = $user['id'];
    header('Location: /zgloszenia');
}`)}
\`\`\``),

  rec('code_ruby', f`Can you add a late-payment reminder to this distributor invoice mailer?

\`\`\`ruby
${code(f`class DistributorInvoiceMailer < ApplicationMailer
  default from: "${v('pii.email', 'invoices@wildscoby.co.nz')}"

  def monthly(distributor, invoice)
    @distributor = distributor
    @invoice = invoice
    attachments["#{invoice.number}.pdf"] = InvoicePdf.new(invoice).render
    mail(to: distributor.billing_email,
         subject: "Wild Scoby invoice #{invoice.number} – due #{invoice.due_on.strftime('%d %b')}")
  end
end`)}
\`\`\``),

  rec('code_bash', f`Skripta za noćnu kopiju baze čitaonice radi ručno, ali iz crona ne šalje mail. Zašto?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
STAMP=$(date +%Y%m%d)
PGPASSWORD='${v('credential.password_assignment', 'Citaonica!Backup77')}' pg_dump -h ${ip('10.30.1.15')} -U arhiv citaonica | gzip > /backup/citaonica_$STAMP.sql.gz
curl -s --user "api:${v('credential.mailgun_api_key', MAILGUN)}" \\
  https://api.eu.mailgun.net/v3/arhiv.hr/messages \\
  -F from="${v('pii.email', 'backup@arhiv.hr')}" -F to="${v('pii.email', 'it@arhiv.hr')}" -F subject="Backup $STAMP OK" -F text="ok"`)}
\`\`\``),

  rec('code_swift', f`¿Por qué este contador de aforo de la grada se queda en negativo a veces?

\`\`\`swift
${code(f`final class SectorCounter {
    private var count = 0
    private let capacity: Int
    init(capacity: Int) { self.capacity = capacity }

    func entered() -> Bool {
        guard count < capacity else { return false }
        count += 1
        return true
    }

    func left() {
        count -= 1
    }
}`)}
\`\`\``),

  rec('code_c', f`Firmware of the turnstile controller: the relay sometimes stays open. Any race here?

\`\`\`c
${code(f`volatile uint8_t relay_open = 0;

void ISR_ticket_ok(void) {
    relay_open = 1;
    RELAY_PORT |= (1 << RELAY_PIN);
    timer_start(RELAY_MS);
}

void ISR_timer(void) {
    if (!sensor_passed()) return;
    relay_open = 0;
    RELAY_PORT &= ~(1 << RELAY_PIN);
}`)}
\`\`\``),

  rec('code_r', f`Mi aiuti a commentare questo script R per il report annuale del registro? Va bene il calcolo della prevalenza?

\`\`\`r
${code(f`library(dplyr)

reg <- read.csv("registro_export_2024.csv")
prev <- reg %>%
  filter(stato == "attivo") %>%
  group_by(regione, diagnosi_orpha) %>%
  summarise(n = n(), .groups = "drop") %>%
  left_join(popolazione, by = "regione") %>%
  mutate(prevalenza_100k = n / pop * 1e5)`)}
\`\`\``),

  rec('code_diff', f`Review this change to the wagon planning config loader please:

\`\`\`diff
${code(f`--- a/planner/config.py
+++ b/planner/config.py
@@ -12,9 +12,11 @@ def load(path: str) -> Config:
     with open(path) as fh:
         raw = yaml.safe_load(fh)
-    interval = raw["inspection"]["interval_months"]
+    interval = int(raw.get("inspection", {}).get("interval_months", 24))
+    if interval <= 0:
+        raise ValueError("interval_months must be positive")
     return Config(
         depots=raw["depots"],
         interval_months=interval,
-        sap_endpoint=raw["sap"]["endpoint"],
+        sap_endpoint=os.environ.get("SAP_ENDPOINT", raw["sap"]["endpoint"]),
     )`)}
\`\`\``),

  rec('code_js_es', f`Hola, en el formulario de pedidos de distribuidores quiero que se calcule el total con el descuento por volumen. ¿Está bien así?

\`\`\`js
${code(f`// descuento: 5% desde 20 cajas, 10% desde 50
function totalPedido(lineas) {
  const cajas = lineas.reduce((n, l) => n + l.cajas, 0);
  const bruto = lineas.reduce((s, l) => s + l.cajas * l.precioCaja, 0);
  const dto = cajas >= 50 ? 0.10 : cajas >= 20 ? 0.05 : 0;
  return Math.round(bruto * (1 - dto) * 100) / 100;
}`)}
\`\`\``),

  rec('code_vba', f`Makro w Excelu planistów przeglądów wagonów – koloruje na czerwono przeterminowane przeglądy, ale pomija ostatni wiersz. Co jest źle?

\`\`\`vba
${code(f`Sub OznaczPrzeterminowane()
    Dim ws As Worksheet, i As Long, ostatni As Long
    Set ws = ThisWorkbook.Sheets("Przeglady")
    ostatni = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For i = 2 To ostatni - 1
        If ws.Cells(i, "E").Value < Date Then
            ws.Rows(i).Interior.Color = RGB(255, 199, 206)
        End If
    Next i
End Sub`)}
\`\`\``),

  rec('code_ps', f`Dieses Skript setzt die Passwörter der Hausmeister-Konten zurück. Kann man das sicherer machen?

\`\`\`powershell
${code(f`$neu = ConvertTo-SecureString '${v('credential.password_assignment', 'Hauswart-Reset!2024')}' -AsPlainText -Force
Get-ADUser -Filter "Department -eq 'Hauswartung'" | ForEach-Object {
    Set-ADAccountPassword -Identity $_ -NewPassword $neu -Reset
    Set-ADUser -Identity $_ -ChangePasswordAtLogon $true
}`)}
\`\`\``),

  rec('code_python_fixture', f`Test dla eksportu kontaktów rejestru nie przechodzi po zmianie formatu telefonu. Fixture:

\`\`\`python
${code(f`def test_export_normalises_phone():
    row = {"family": "Nowak", "phone": "${phone('+48 601 482 739')}", "dob": "${v('pii.date_of_birth', '2013-05-19')}"}
    out = export_row(row)
    assert out["phone"] == "${phone('+48601482739')}"`)}
\`\`\``),

  rec('dockerfile', f`Ce Dockerfile pour l'API de la salle de lecture fait 1,2 Go. Comment le réduire ?

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y libpq-dev gcc
EXPOSE 8000
CMD ["gunicorn", "salle_lecture.wsgi:application", "-b", "${ip('0.0.0.0')}:8000", "-w", "4"]`)}`),

  rec('code_ts_ko', f`입주민 민원 앱에서 사진 업로드가 가끔 두 번 됩니다. 이 훅 좀 봐 주세요.

\`\`\`tsx
${code(f`export function usePhotoUpload(ticketId: string) {
  const [uploading, setUploading] = useState(false);
  const upload = async (file: File) => {
    setUploading(true);
    const body = new FormData();
    body.append('photo', file);
    await fetch(\`/api/tickets/\${ticketId}/photos\`, { method: 'POST', body });
    setUploading(false);
  };
  return { upload, uploading };
}`)}
\`\`\``),
];
