/**
 * Held-out batch 136: pasted source code (dispatch rules, irrigation controllers, archive rights
 * queries, dosing calculators, kitchen routing, cadastral geometry), with comments in many
 * languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH136_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Can you make this triage scoring for the assistance hotline more readable?

\`\`\`python
${code(f`SEVERITY = {"chest_pain": 5, "stroke_signs": 5, "fracture": 3, "fever": 2, "lost_meds": 2}

def triage(case: dict) -> str:
    score = sum(SEVERITY.get(s, 1) for s in case["symptoms"])
    if case.get("age", 0) >= 75:
        score += 2
    if case["country_risk"] == "high" and score >= 4:
        return "MEDEVAC_REVIEW"
    return "ROUTINE" if score < 4 else "DOCTOR_CALLBACK"`)}
\`\`\``),

  rec('code_c', f`Firmware del controlador de riego (STM32). El valor de la válvula a veces se queda abierto, ¿ves la condición de carrera?

\`\`\`c
${code(f`volatile uint8_t valve_open = 0;

void EXTI0_IRQHandler(void) {
    if (soil_moisture_pct() < THRESHOLD_DRY) {
        valve_open = 1;          /* abrir sector */
        HAL_GPIO_WritePin(VALVE_GPIO_Port, VALVE_Pin, GPIO_PIN_SET);
    }
    __HAL_GPIO_EXTI_CLEAR_IT(GPIO_PIN_0);
}

void main_loop(void) {
    if (valve_open && elapsed_ms() > MAX_RUN_MS) {
        HAL_GPIO_WritePin(VALVE_GPIO_Port, VALVE_Pin, GPIO_PIN_RESET);
        valve_open = 0;
    }
}`)}
\`\`\``),

  rec('code_sql', f`Abfrage für Ablaufende Senderechte — warum kommen doppelte Zeilen raus?

\`\`\`sql
${code(f`SELECT a.asset_id, a.titel, r.territorium, r.gueltig_bis
FROM archiv_assets a
JOIN rechte r ON r.asset_id = a.asset_id
LEFT JOIN rechte_inhaber ri ON ri.rechte_id = r.id
WHERE r.gueltig_bis BETWEEN CURRENT_DATE AND CURRENT_DATE + INTERVAL '90 days'
  AND r.medium IN ('TV', 'VOD')
ORDER BY r.gueltig_bis;`)}
\`\`\``),

  rec('code_ts', f`Methadone taper calculator in our clinic app — please check the rounding, pharmacists complain about 0.5 ml steps:

\`\`\`ts
${code(f`export function taperSchedule(startMg: number, weeklyStepMg: number, floorMg = 0): number[] {
  const doses: number[] = [];
  for (let mg = startMg; mg > floorMg; mg -= weeklyStepMg) {
    doses.push(Math.round(mg / 0.5) * 0.5);
  }
  doses.push(floorMg);
  return doses;
}

// 1 mg/ml oral solution: mg == ml
export const mgToMl = (mg: number) => mg;`)}
\`\`\``),

  rec('code_kotlin', f`厨房出单路由（Kotlin），高峰期同一订单被打印两次，帮我看看：

\`\`\`kotlin
${code(f`class TicketRouter(private val printers: Map<Station, Printer>) {
    private val printed = ConcurrentHashMap.newKeySet<String>()

    fun route(order: Order) {
        order.items.groupBy { it.station }.forEach { (station, items) ->
            val key = "\${order.id}:\${station}"
            if (printed.add(key)) printers[station]?.print(Ticket(order.id, items))
        }
    }
}`)}
\`\`\``),

  rec('code_python', f`Script que calcula a área das parcelas a partir do levantamento (coordenadas ETRS89 / PT-TM06). A área dá negativa às vezes:

\`\`\`python
${code(f`from shapely.geometry import Polygon

def area_parcela(vertices):
    """vertices: lista de (E, N) em metros"""
    poly = Polygon(vertices)
    if not poly.is_valid:
        poly = poly.buffer(0)
    return round(poly.area, 2)

def shoelace(vs):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(vs, vs[1:] + vs[:1]):
        s += x1 * y2 - x2 * y1
    return s / 2`)}
\`\`\``),

  rec('code_rust', f`Rust-tjänst som läser LoRa-markgivarna i vingården. Clippy klagar på unwrap, hur strukturerar jag om?

\`\`\`rust
${code(f`fn parse_uplink(payload: &[u8]) -> Reading {
    let moisture = u16::from_be_bytes([payload[0], payload[1]]) as f32 / 10.0;
    let temp = i16::from_be_bytes([payload[2], payload[3]]) as f32 / 100.0;
    let battery = payload.get(4).copied().unwrap();
    Reading { moisture, temp, battery }
}`)}
\`\`\``),

  rec('code_php', f`Ce script WordPress pour le formulaire de demande d'extrait cadastral envoie des mails vides, pourquoi ?

\`\`\`php
${code(f`add_action('wpcf7_before_send_mail', function ($form) {
    $sub = WPCF7_Submission::get_instance();
    $data = $sub ? $sub->get_posted_data() : [];
    $body = sprintf("Parcelle : %s\\nCommune : %s", $data['parcelle'] ?? '', $data['commune'] ?? '');
    $mail = $form->prop('mail');
    $mail['body'] = $body;
    $form->set_properties(['mail' => $mail]);
});`)}
\`\`\``),

  rec('code_bash', f`Nightly script that archives the broadcast ingest folder; it deletes files before rsync finishes sometimes:

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/mnt/ingest/daily
DST=archive@${ip('10.50.1.20')}:/lto-stage/
rsync -a --remove-source-files "$SRC/" "$DST" &
find "$SRC" -type f -mtime +2 -delete
wait`)}
\`\`\``),

  rec('code_java', f`Hotline callback scheduler — testet mal ob die Zeitzonenlogik stimmt:

\`\`\`java
${code(f`public ZonedDateTime nextCallback(Case c) {
    ZoneId patientZone = ZoneId.of(c.getCountryTimezone());
    ZonedDateTime local = ZonedDateTime.now(patientZone).plusHours(c.getFollowUpHours());
    if (local.getHour() < 8) local = local.withHour(8).withMinute(0);
    if (local.getHour() >= 22) local = local.plusDays(1).withHour(8).withMinute(0);
    return local.withZoneSameInstant(ZoneId.of("Europe/Berlin"));
}`)}
\`\`\``),

  rec('code_ts_fixture', f`Jest fixture for the kitchen-courier matching tests; is it OK to use realistic data here?

\`\`\`ts
${code(f`export const couriers = [
  { id: 'c-101', name: 'Tiago Mendes', phone: '${phone('+351 913 482 716')}', vehicle: 'scooter' },
  { id: 'c-102', name: 'Inês Carvalho', phone: '${phone('+351 962 918 374')}', vehicle: 'bike' },
];

test('assigns nearest free courier', () => {
  expect(match(order({ zone: 'LIS-02' }), couriers).id).toBe('c-101');
});`)}
\`\`\``),

  rec('code_go', f`Go-handler for prisoverslag på arkivklipp; jeg vil legge til en faktor per territorium:

\`\`\`go
${code(f`func quote(w http.ResponseWriter, r *http.Request) {
	var req QuoteRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	base := ratePerSecond[req.Medium] * float64(req.DurationSec)
	if req.Exclusive {
		base *= 2.5
	}
	json.NewEncoder(w).Encode(QuoteResponse{AmountEUR: math.Round(base*100) / 100})
}`)}
\`\`\``),

  rec('code_swift', f`iOS 앱에서 배달 기사 위치를 30초마다 보내는데 배터리가 너무 빨리 닳아요:

\`\`\`swift
${code(f`final class CourierTracker: NSObject, CLLocationManagerDelegate {
    private let manager = CLLocationManager()
    func start() {
        manager.delegate = self
        manager.desiredAccuracy = kCLLocationAccuracyBest
        manager.allowsBackgroundLocationUpdates = true
        manager.startUpdatingLocation()
    }
    func locationManager(_ m: CLLocationManager, didUpdateLocations locs: [CLLocation]) {
        guard let last = locs.last else { return }
        Api.shared.sendPosition(last.coordinate)
    }
}`)}
\`\`\``),

  rec('code_csharp', f`Kod z naszej aplikacji do ksiąg wieczystych — generowanie numeru KW. Czy da się to uprościć?

\`\`\`csharp
${code(f`public static char CheckDigit(string court, string number)
{
    const string map = "0123456789X ABCDEFGHIJKLMNOPRSTUWYZ";
    int[] w = { 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7 };
    var s = (court + number).ToUpperInvariant();
    int sum = 0;
    for (int i = 0; i < s.Length; i++) sum += map.IndexOf(s[i]) * w[i];
    return (char)('0' + sum % 10);
}`)}
\`\`\``),

  rec('code_r', f`R script for the clinic network's retention analysis — the survival curve looks wrong after 180 days:

\`\`\`r
${code(f`library(survival)
df <- read.csv("retention_2024.csv")
df$event <- ifelse(df$discharge_reason == "dropout", 1, 0)
fit <- survfit(Surv(days_in_treatment, event) ~ medication, data = df)
plot(fit, col = c("steelblue", "darkorange"), xlab = "Days", ylab = "Retention")
legend("bottomleft", legend = c("Buprenorphine", "Methadone"), col = c("steelblue", "darkorange"), lty = 1)`)}
\`\`\``),

  rec('diff', f`Review this diff for the vineyard frost-alert service please:

\`\`\`diff
${code(f`--- a/alerts/frost.py
+++ b/alerts/frost.py
@@ -12,7 +12,9 @@ def check_station(station):
-    if station.temp_c < 0:
+    # bud-break period: alert earlier
+    threshold = 1.5 if in_budbreak(station.date) else 0.0
+    if station.temp_c < threshold:
         notify(station.owner, f"Frost risk at {station.name}: {station.temp_c} °C")
-    return False
+    return station.temp_c < threshold`)}
\`\`\``),

  rec('code_js_min', f`This minified snippet is injected into our archive player page, no one knows where it comes from:

${amb('source_code.snippet', f`!function(e,t){var n=t.createElement("script");n.async=!0,n.src="https://cdn.playstats.example/p.js?sid="+e,t.head.appendChild(n)}("arch-4821",document);window.__ps=window.__ps||[];__ps.push(["track","play",{clip:document.querySelector("[data-clip]").dataset.clip}]);`)}`),

  rec('dockerfile', f`Dockerfile for the parcel-tile renderer, image is 2.3 GB, how to slim it?

${amb('source_code.snippet', f`FROM osgeo/gdal:ubuntu-full-3.6.3
RUN apt-get update && apt-get install -y python3-pip git build-essential
COPY requirements.txt /app/
RUN pip3 install -r /app/requirements.txt
COPY . /app
WORKDIR /app
CMD ["gunicorn", "-w", "4", "-b", "0.0.0.0:8080", "tiles:app"]`)}`),

  rec('code_python_es', f`oye, este script para exportar los pedidos de las cocinas fantasma a Excel me da KeyError: 'propina'

\`\`\`python
${code(f`import pandas as pd

def exportar(pedidos, ruta):
    filas = []
    for p in pedidos:
        filas.append({
            "marca": p["brand"],
            "total": p["total"],
            "propina": p["propina"],
            "plataforma": p["source"],
        })
    pd.DataFrame(filas).to_excel(ruta, index=False)`)}
\`\`\``),

  rec('code_lua', f`Script Lua no controlador da adega (PLC com Lua) para o arrefecimento das cubas. A temperatura oscila muito:

\`\`\`lua
${code(f`local alvo = 16.0
local histerese = 0.3
function ciclo(cuba)
  local t = ler_temperatura(cuba)
  if t > alvo + histerese then
    abrir_valvula(cuba)
  elseif t < alvo - histerese then
    fechar_valvula(cuba)
  end
end`)}
\`\`\``),
];
