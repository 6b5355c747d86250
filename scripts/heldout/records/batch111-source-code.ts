/**
 * Held-out batch 111: pasted source code from cat-modelling analysts, credit controllers with
 * spreadsheets, app-agency developers, parking and towing back-office developers, clinic and
 * fostering-agency IT. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH111_SOURCE_CODE: DraftRecord[] = [
  rec('code_r', f`Why is my OEP curve not monotonic? Using the year loss table from the windstorm run.

\`\`\`r
${code(f`library(data.table)

ylt <- fread("ylt_eu_ws_v23.csv")          # year, event_id, loss
ylt_max <- ylt[, .(max_loss = max(loss)), by = year]
n_years <- 10000L

oep <- ylt_max[order(-max_loss)][, rank := .I]
oep[, exceed_prob := rank / n_years]
oep[, return_period := 1 / exceed_prob]

rp_points <- c(10, 25, 50, 100, 200, 250, 500)
approx(oep$return_period, oep$max_loss, xout = rp_points)$y`)}
\`\`\``),

  rec('code_python_de', f`Kannst du den Code schneller machen? Bei 50.000 Simulationsjahren dauert das 20 Minuten.

${code(f`import numpy as np
import pandas as pd

def layer_loss(loss, attachment, limit):
    return np.minimum(np.maximum(loss - attachment, 0.0), limit)

def aal_per_layer(elt: pd.DataFrame, layers: list[tuple[float, float]], years: int) -> dict:
    result = {}
    for att, lim in layers:
        total = 0.0
        for _, row in elt.iterrows():          # langsam!
            total += row["rate"] * layer_loss(row["mean_loss"], att, lim)
        result[f"{lim/1e6:.0f}xs{att/1e6:.0f}"] = total
    return result`)}`),

  rec('code_sql', f`-- Aged debt report for credit control. Buckets look off for invoices with part-payments, help?
${code(f`SELECT c.account_code,
       c.customer_name,
       SUM(CASE WHEN DATEDIFF(day, i.due_date, GETDATE()) BETWEEN 1 AND 30 THEN i.amount - ISNULL(p.paid, 0) ELSE 0 END) AS d1_30,
       SUM(CASE WHEN DATEDIFF(day, i.due_date, GETDATE()) BETWEEN 31 AND 60 THEN i.amount - ISNULL(p.paid, 0) ELSE 0 END) AS d31_60,
       SUM(CASE WHEN DATEDIFF(day, i.due_date, GETDATE()) > 60 THEN i.amount - ISNULL(p.paid, 0) ELSE 0 END) AS d60_plus
FROM   ar_invoice i
JOIN   customer c ON c.id = i.customer_id
LEFT JOIN (SELECT invoice_id, SUM(amount) AS paid FROM ar_payment GROUP BY invoice_id) p ON p.invoice_id = i.id
WHERE  i.status <> 'CANCELLED'
GROUP BY c.account_code, c.customer_name
HAVING SUM(i.amount - ISNULL(p.paid, 0)) > 0
ORDER BY d60_plus DESC;`)}`),

  rec('code_vba_es', f`Esta macro de Excel genera las cartas de reclamación de pago pero se cuelga con más de 200 clientes:

${code(f`Sub GenerarCartas()
    Dim ws As Worksheet, fila As Long, doc As Object, wd As Object
    Set ws = ThisWorkbook.Sheets("Vencidos")
    Set wd = CreateObject("Word.Application")
    For fila = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        Set doc = wd.Documents.Open("C:\\Plantillas\\carta_reclamacion.docx")
        doc.Content.Find.Execute FindText:="<<CLIENTE>>", ReplaceWith:=ws.Cells(fila, 2).Value, Replace:=2
        doc.Content.Find.Execute FindText:="<<IMPORTE>>", ReplaceWith:=Format(ws.Cells(fila, 5).Value, "#,##0.00 €"), Replace:=2
        doc.SaveAs2 "C:\\Cartas\\" & ws.Cells(fila, 1).Value & ".pdf", 17
        doc.Close False
    Next fila
    wd.Quit
End Sub`)}`),

  rec('code_kotlin', f`\`\`\`kotlin
${code(f`@HiltViewModel
class CheckoutViewModel @Inject constructor(
    private val repo: CartRepository,
    private val analytics: Analytics,
) : ViewModel() {

    private val _state = MutableStateFlow<CheckoutState>(CheckoutState.Idle)
    val state: StateFlow<CheckoutState> = _state.asStateFlow()

    fun placeOrder() = viewModelScope.launch {
        _state.value = CheckoutState.Loading
        runCatching { repo.submit() }
            .onSuccess { _state.value = CheckoutState.Done(it.orderId); analytics.log("order_placed") }
            .onFailure { _state.value = CheckoutState.Error(it.message ?: "unknown") }
    }
}`)}
\`\`\`
The Done state fires twice after rotation. Why?`),

  rec('code_swift_ja', f`SwiftUIで予約一覧を表示していますが、スクロールするとカクつきます。

${code(f`struct AppointmentListView: View {
    @StateObject private var vm = AppointmentListViewModel()

    var body: some View {
        List(vm.appointments) { appt in
            HStack {
                AsyncImage(url: appt.therapistPhotoURL) { img in img.resizable() } placeholder: { ProgressView() }
                    .frame(width: 44, height: 44)
                    .clipShape(Circle())
                VStack(alignment: .leading) {
                    Text(appt.title).font(.headline)
                    Text(appt.start.formatted(date: .abbreviated, time: .shortened)).font(.subheadline)
                }
            }
        }
        .task { await vm.load() }
    }
}`)}`),

  rec('code_dart', f`${code(f`class HearingTestScreen extends StatefulWidget {
  const HearingTestScreen({super.key});
  @override
  State<HearingTestScreen> createState() => _HearingTestScreenState();
}

class _HearingTestScreenState extends State<HearingTestScreen> {
  final _player = AudioPlayer();
  final frequencies = const [250, 500, 1000, 2000, 4000, 8000];
  int _index = 0;
  double _db = 40;

  Future<void> _playTone() async {
    await _player.setAsset('assets/tones/\${frequencies[_index]}hz.wav');
    await _player.setVolume(_db / 100);
    await _player.play();
  }
}`)}

Flutter: the tone plays at the same loudness whatever _db is. Is setVolume linear?`),

  rec('code_ruby', f`Fastfile lane for the white-label builds. How do I loop over the client flavours without duplicating the lane?

\`\`\`ruby
${code(f`platform :ios do
  lane :beta_client do |options|
    client = options[:client] || UI.user_error!("client missing")
    match(type: "appstore", app_identifier: "io.pixelfjord.#{client}", readonly: true)
    increment_build_number(xcodeproj: "WhiteLabel.xcodeproj", build_number: latest_testflight_build_number + 1)
    build_app(scheme: "WhiteLabel-#{client}", export_method: "app-store")
    upload_to_testflight(skip_waiting_for_build_processing: true)
  end
end`)}
\`\`\``),

  rec('code_groovy_pl', f`Jenkinsfile – etap podpisywania trwa wieki, czy da się to zrównoleglić?

${code(f`pipeline {
  agent { label 'mac-mini-02' }
  stages {
    stage('Build') {
      steps { sh './gradlew assembleRelease' }
    }
    stage('Sign') {
      steps {
        withCredentials([file(credentialsId: 'upload-keystore', variable: 'KS')]) {
          sh 'apksigner sign --ks "$KS" --ks-pass env:KS_PASS app/build/outputs/apk/release/*.apk'
        }
      }
    }
    stage('Distribute') {
      steps { sh 'firebase appdistribution:distribute app-release.apk --groups qa' }
    }
  }
}`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# bump-version.sh – bumps marketing version in all white-label targets
set -euo pipefail

NEW_VERSION="\${1:?usage: bump-version.sh 3.4.0}"
for plist in $(find . -name "Info.plist" -path "*WhiteLabel*"); do
  /usr/libexec/PlistBuddy -c "Set :CFBundleShortVersionString $NEW_VERSION" "$plist"
  echo "updated $plist"
done
sed -i '' -E "s/versionName \\"[0-9.]+\\"/versionName \\"$NEW_VERSION\\"/" android/app/build.gradle
git commit -am "chore: bump version to $NEW_VERSION"`)}

it fails on Linux runners with "sed: can't read". fix?`),

  rec('code_go', f`Towing job dispatcher: sometimes two trucks get the same job. Race?

${code(f`func (d *Dispatcher) Assign(ctx context.Context, jobID string) (string, error) {
	trucks, err := d.store.AvailableTrucks(ctx)
	if err != nil {
		return "", err
	}
	best := nearest(trucks, d.jobs[jobID].Location)
	if best == nil {
		return "", ErrNoTruck
	}
	d.jobs[jobID].TruckID = best.ID
	if err := d.store.MarkBusy(ctx, best.ID); err != nil {
		return "", err
	}
	return best.ID, nil
}`)}`),

  rec('code_ts_pt', f`O cálculo da tarifa de reboque está a arredondar mal os minutos de parqueamento no depósito:

\`\`\`ts
${code(f`export function calcularTarifa(entrada: Date, saida: Date, classe: 'ligeiro' | 'pesado'): number {
  const base = classe === 'ligeiro' ? 120 : 310;
  const horas = (saida.getTime() - entrada.getTime()) / 36e5;
  const dias = Math.floor(horas / 24);
  const diaria = classe === 'ligeiro' ? 15 : 40;
  return Math.round((base + dias * diaria) * 100) / 100;
}`)}
\`\`\`
Se o carro sai às 23h59 do segundo dia conta 1 dia só. Deveria contar 2.`),

  rec('code_csharp', f`Parsing audiograms exported from the audiometer (XML, NOAH format). The right ear always comes back empty:

${code(f`public static Audiogram Parse(XDocument doc)
{
    XNamespace ns = "http://www.himsa.com/Measurement/PatientExamination/Audiogram";
    var result = new Audiogram();
    foreach (var curve in doc.Descendants(ns + "ToneThresholdAudiogram"))
    {
        var ear = (string)curve.Element(ns + "AudMeasurementConditions")?.Element(ns + "StimulusSignalOutput");
        var points = curve.Elements(ns + "TonePoints")
            .Select(p => new Point((int)p.Element(ns + "StimulusFrequency"), (double)p.Element(ns + "StimulusLevel")));
        if (ear == "AirConductorLeft") result.Left.AddRange(points);
        else if (ear == "AirConductorRIght") result.Right.AddRange(points);
    }
    return result;
}`)}`),

  rec('code_java_fr', f`Bonjour, la méthode qui planifie les visites à domicile des familles d'accueil renvoie parfois des dates un dimanche :

${code(f`public LocalDate prochaineVisite(LocalDate derniere, int frequenceJours) {
    LocalDate candidate = derniere.plusDays(frequenceJours);
    if (candidate.getDayOfWeek() == DayOfWeek.SATURDAY) {
        candidate = candidate.plusDays(2);
    }
    while (joursFeries.contains(candidate)) {
        candidate = candidate.plusDays(1);
    }
    return candidate;
}`)}`),

  rec('code_php', f`${code(f`<?php
// enquiry.php – "interested in fostering?" form handler
$name  = trim($_POST['name'] ?? '');
$area  = $_POST['area'] ?? '';
$msg   = $_POST['message'] ?? '';

$stmt = $pdo->prepare("INSERT INTO enquiries (name, area, message, created_at) VALUES (?, ?, ?, NOW())");
$stmt->execute([$name, $area, $msg]);

echo "<p>Thank you, " . $name . "! A member of our team will be in touch.</p>";`)}

is this safe? someone on the team said XSS`),

  rec('code_rust_uk', f`Пишу утиліту, що читає CSV з камер фіксації паркування і групує за номером авто. Компілятор лається на borrow:

${code(f`use std::collections::HashMap;

fn group_by_plate(rows: &[Reading]) -> HashMap<&str, Vec<&Reading>> {
    let mut map: HashMap<&str, Vec<&Reading>> = HashMap::new();
    for r in rows {
        let plate = r.plate.trim().to_uppercase();
        map.entry(&plate).or_default().push(r);
    }
    map
}`)}`),

  rec('code_fortran', f`Inherited this from the old cat model. What does the loop compute? Comments are missing.

      ${code(f`SUBROUTINE VULN(NEV, WS, MDR, NB)
      INTEGER NEV, NB, I, J
      REAL WS(NEV), MDR(NEV), V0, V1
      PARAMETER (V0 = 25.0, V1 = 90.0)
      DO 10 I = 1, NEV
         IF (WS(I) .LE. V0) THEN
            MDR(I) = 0.0
         ELSE
            MDR(I) = MIN(1.0, ((WS(I) - V0) / (V1 - V0))**3)
         END IF
   10 CONTINUE
      RETURN
      END`)}`),

  rec('code_julia_it', f`Ciao, posso vettorizzare questa funzione per la curva di pericolosità sismica?

\`\`\`julia
${code(f`function hazard_curve(pga_levels, rates, medians, sigmas)
    out = zeros(length(pga_levels))
    for (k, a) in enumerate(pga_levels)
        s = 0.0
        for i in eachindex(rates)
            z = (log(a) - log(medians[i])) / sigmas[i]
            s += rates[i] * (1 - cdf(Normal(), z))
        end
        out[k] = s
    end
    return out
end`)}
\`\`\``),

  rec('code_python_ko', f`견인 차량 보관료 청구서를 PDF로 만드는 코드인데 한글이 깨져요.

${code(f`from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

def make_invoice(path, plate, days, fee):
    c = canvas.Canvas(path, pagesize=A4)
    c.setFont("Helvetica", 12)
    c.drawString(72, 800, f"차량번호: {plate}")
    c.drawString(72, 780, f"보관일수: {days}일")
    c.drawString(72, 760, f"보관료: {fee:,}원")
    c.save()`)}`),

  rec('code_elixir', f`Credit-limit check before we confirm a fertiliser order. Is the with-chain OK?

${code(f`def confirm_order(order) do
  with {:ok, customer} <- Customers.fetch(order.customer_id),
       :ok <- check_blocked(customer),
       {:ok, exposure} <- Ledger.open_exposure(customer.id),
       true <- Decimal.compare(Decimal.add(exposure, order.total), customer.credit_limit) != :gt do
    Orders.mark_confirmed(order)
  else
    false -> {:error, :over_credit_limit}
    {:error, reason} -> {:error, reason}
  end
end`)}`),

  rec('code_typescript_ar', f`هذا كود لحساب موعد الجلسة القادمة لعلاج النطق، لماذا يتجاهل العطل الرسمية؟

${code(f`const HOLIDAYS = new Set(['2024-12-02', '2024-12-03']);

export function nextSession(from: Date, everyDays = 7): Date {
  const d = new Date(from);
  d.setDate(d.getDate() + everyDays);
  while (HOLIDAYS.has(d.toISOString().slice(0, 10)) || d.getDay() === 5) {
    d.setDate(d.getDate() + 1);
  }
  return d;
}`)}`),
];
