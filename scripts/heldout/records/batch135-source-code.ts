/**
 * Held-out batch 135: pasted source code from crane PLCs and HMIs, clinic scheduling, brewery
 * controllers, jury-selection tools, installer apps and NGO stock tracking, asked about in many
 * languages. Hand-written.
 */
import { f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH135_SOURCE_CODE: DraftRecord[] = [
  rec('code_st_de', f`Unsere Pendeldämpfung an der Containerbrücke schwingt bei leerem Spreader über. Das ist der Baustein (TwinCAT, ST). Siehst du einen Fehler in der Begrenzung?

${code(f`FUNCTION_BLOCK FB_AntiSway
VAR_INPUT
    rRopeLength   : REAL;   (* m *)
    rTrolleyVel   : REAL;   (* m/s *)
    rSwayAngle    : REAL;   (* rad, from camera *)
    bEnable       : BOOL;
END_VAR
VAR_OUTPUT
    rVelCorr      : REAL;
END_VAR
VAR
    rOmega        : REAL;
    rKp           : REAL := 0.85;
END_VAR

IF bEnable AND rRopeLength > 1.0 THEN
    rOmega   := SQRT(9.81 / rRopeLength);
    rVelCorr := -rKp * rSwayAngle * rOmega * rRopeLength;
    rVelCorr := LIMIT(-0.4, rVelCorr, 0.4);
ELSE
    rVelCorr := 0.0;
END_IF`)}`),

  rec('code_python_nl', f`Kun je checken of deze berekening van de vermoeiingscycli voor de hijsdraad klopt? We tellen lastwisselingen per kraan.

\`\`\`python
${code(f`import pandas as pd

def cycles_per_class(df: pd.DataFrame, swl_t: float = 65.0) -> pd.Series:
    """Telt hijscycli per belastingsklasse (FEM 1.001)."""
    df = df.sort_values("ts")
    lifts = df[(df["load_t"].shift(1) < 1.0) & (df["load_t"] >= 1.0)]
    ratio = lifts["load_t"] / swl_t
    bins = [0, 0.25, 0.5, 0.75, 1.0, 2.0]
    labels = ["L1", "L2", "L3", "L4", "overload"]
    return pd.cut(ratio, bins=bins, labels=labels).value_counts().sort_index()`)}
\`\`\``),

  rec('code_csharp_zh', f`这段读取起重机PLC寄存器的代码偶尔会卡住十几秒，是不是超时设置的问题？

${code(f`using NModbus;
using System.Net.Sockets;

public sealed class CraneRegisters : IDisposable
{
    private readonly TcpClient _tcp;
    private readonly IModbusMaster _master;

    public CraneRegisters(string host)
    {
        _tcp = new TcpClient(host, 502);
        _master = new ModbusFactory().CreateMaster(_tcp);
        _master.Transport.ReadTimeout = 2000;
        _master.Transport.Retries = 5;
    }

    public ushort[] HoistStatus() => _master.ReadHoldingRegisters(1, 40100, 12);

    public void Dispose() => _tcp.Dispose();
}`)}`),

  rec('code_sql', f`This is supposed to list patients whose egg-retrieval is within 36h of the trigger shot, but it returns people from last month too:

\`\`\`sql
${code(f`SELECT p.patient_id,
       p.clinic_code,
       t.trigger_at,
       r.scheduled_at,
       r.scheduled_at - t.trigger_at AS gap
FROM cycles c
JOIN patients p      ON p.patient_id = c.patient_id
JOIN trigger_shots t ON t.cycle_id = c.cycle_id
JOIN retrievals r    ON r.cycle_id = c.cycle_id
WHERE c.status = 'stimulating'
  AND r.scheduled_at - t.trigger_at BETWEEN INTERVAL '34 hours' AND INTERVAL '37 hours'
ORDER BY r.scheduled_at;`)}
\`\`\``),

  rec('code_tsx_es_mx', f`Hola, el formulario de agendamiento de consulta de preservación de fertilidad no valida la edad. ¿Qué está mal?

${code(f`import { useForm } from 'react-hook-form';

type Consulta = { nombre: string; fechaNacimiento: string; sede: 'CDMX' | 'Monterrey' };

export function AgendarConsulta({ onSubmit }: { onSubmit: (c: Consulta) => void }) {
  const { register, handleSubmit, formState: { errors } } = useForm<Consulta>();
  const edad = (iso: string) => Math.floor((Date.now() - Date.parse(iso)) / 3.15576e10);
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <input {...register('nombre', { required: true })} />
      <input type="date" {...register('fechaNacimiento', { validate: (v) => edad(v) >= 18 || 'Debe ser mayor de edad' })} />
      {errors.fechaNacimiento && <p>{errors.fechaNacimiento.message}</p>}
      <button type="submit">Agendar</button>
    </form>
  );
}`)}`),

  rec('code_r_pt', f`Preciso de ajuda com este script em R. Quero a taxa de sobrevivência dos ovócitos após desvitrificação por faixa etária, mas os grupos saem trocados:

${code(f`library(dplyr)

sobrevivencia <- ovocitos %>%
  mutate(faixa = cut(idade_congelacao, breaks = c(0, 30, 35, 38, 41, Inf),
                     labels = c("<30", "30-34", "35-37", "38-40", "41+"), right = FALSE)) %>%
  group_by(faixa) %>%
  summarise(n = n(), sobreviventes = sum(sobreviveu), taxa = mean(sobreviveu)) %>%
  arrange(desc(taxa))`)}`),

  rec('code_python_de', f`Kannst du dir den Temperaturregler für unsere Gärtanks (Raspberry Pi) anschauen? Die Kühlung schaltet nie ab:

${code(f`import time
from w1thermsensor import W1ThermSensor
import RPi.GPIO as GPIO

RELAY = 17
TARGET_C = 18.5
HYST = 0.3

GPIO.setmode(GPIO.BCM)
GPIO.setup(RELAY, GPIO.OUT)
sensor = W1ThermSensor()

while True:
    t = sensor.get_temperature()
    if t > TARGET_C + HYST:
        GPIO.output(RELAY, GPIO.HIGH)
    elif t < TARGET_C - HYST:
        GPIO.output(RELAY, GPIO.HIGH)
    time.sleep(30)`)}`),

  rec('code_js', f`taplist screen in the bar flickers every time it refreshes. how do I only update what changed?

${code(f`async function refresh() {
  const res = await fetch('/api/taps');
  const taps = await res.json();
  const board = document.getElementById('board');
  board.innerHTML = '';
  for (const t of taps) {
    const row = document.createElement('div');
    row.className = 'tap' + (t.kegPct < 10 ? ' low' : '');
    row.innerHTML = \`<span class="n">\${t.line}</span><span>\${t.name}</span><span>\${t.abv}%</span><span>\${t.price}</span>\`;
    board.appendChild(row);
  }
}
setInterval(refresh, 15000);`)}`),

  rec('code_go_nl_be', f`Hallo, onze RFID-dienst voor de vaten registreert soms hetzelfde vat twee keer. Waar zit de fout?

${code(f`func (s *Store) RecordScan(ctx context.Context, tag string, dock int) error {
	last, err := s.lastScan(ctx, tag)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if last != nil && time.Since(last.At) < 30*time.Second && last.Dock == dock {
		return nil
	}
	_, err = s.db.ExecContext(ctx,
		"INSERT INTO keg_scans (tag, dock, at) VALUES ($1, $2, now())", tag, dock)
	return err
}`)}`),

  rec('code_java', f`Our jury-pool random draw has to be reproducible for audit. Is this approach OK or is SecureRandom with a seed a bad idea?

\`\`\`java
${code(f`public List<Juror> draw(List<Juror> pool, int n, long auditSeed) {
    SecureRandom rnd = SecureRandom.getInstance("SHA1PRNG");
    rnd.setSeed(auditSeed);
    List<Juror> copy = new ArrayList<>(pool);
    Collections.shuffle(copy, rnd);
    return copy.subList(0, Math.min(n, copy.size()));
}`)}
\`\`\``),

  rec('code_vba_es', f`Tengo esta macro para generar las citaciones de jurados en Word desde Excel, pero solo genera la primera. ¿Por qué?

${code(f`Sub GenerarCitaciones()
    Dim wd As Object, doc As Object, fila As Long
    Set wd = CreateObject("Word.Application")
    fila = 2
    Do While Cells(fila, 1).Value <> ""
        Set doc = wd.Documents.Open("C:\\Jurado\\plantilla_citacion.docx")
        doc.Content.Find.Execute FindText:="<<NOMBRE>>", ReplaceWith:=Cells(fila, 2).Value, Replace:=2
        doc.Content.Find.Execute FindText:="<<FECHA>>", ReplaceWith:=Cells(fila, 5).Value, Replace:=2
        doc.SaveAs2 "C:\\Jurado\\salida\\citacion_" & Cells(fila, 1).Value & ".docx"
        doc.Close
    Loop
    wd.Quit
End Sub`)}`),

  rec('code_php_it', f`Il modulo online per le richieste di esonero dei giudici popolari accetta file di qualsiasi tipo. Come lo sistemo?

${code(f`<?php
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $dest = __DIR__ . '/uploads/' . basename($_FILES['certificato']['name']);
    if (move_uploaded_file($_FILES['certificato']['tmp_name'], $dest)) {
        $stmt = $pdo->prepare('INSERT INTO esoneri (protocollo, file, creato_il) VALUES (?, ?, NOW())');
        $stmt->execute([$_POST['protocollo'], $dest]);
        echo 'Richiesta ricevuta';
    }
}`)}`),

  rec('code_kotlin_hi_en', f`Technician app mein offline job updates queue ho rahe hain but network aane pe sync nahi hote. Code dekh lo:

${code(f`class JobSyncWorker(ctx: Context, params: WorkerParameters) : CoroutineWorker(ctx, params) {
    override suspend fun doWork(): Result {
        val pending = db.jobUpdates().pending()
        for (u in pending) {
            val ok = api.pushUpdate(u.jobId, u.status, u.signalQuality)
            if (ok.isSuccessful) db.jobUpdates().markSent(u.id)
        }
        return Result.success()
    }
}

val req = PeriodicWorkRequestBuilder<JobSyncWorker>(15, TimeUnit.MINUTES).build()
WorkManager.getInstance(ctx).enqueue(req)`)}`),

  rec('code_bash_tr', f`Bu script montajcıların cihazından alınan sinyal loglarını özetliyor ama bazı dosyalarda "integer expression expected" hatası veriyor:

${code(f`#!/usr/bin/env bash
set -euo pipefail
for f in logs/*.csv; do
  kurulum=$(basename "$f" .csv)
  ort=$(awk -F';' 'NR>1 {s+=$4; n++} END {print int(s/n)}' "$f")
  if [ "$ort" -lt 65 ]; then
    echo "$kurulum: zayıf sinyal (ort. $ort%)"
  fi
done`)}`),

  rec('code_python_ar', f`هذه الدالة تحسب زاوية السمت والارتفاع لتوجيه الطبق نحو القمر الصناعي، لكن النتيجة خاطئة للمواقع غرب غرينتش. أين الخطأ؟

${code(f`from math import atan, atan2, cos, degrees, radians, sqrt, tan

def dish_angles(lat: float, lon: float, sat_lon: float) -> tuple[float, float]:
    g = radians(sat_lon - lon)
    l = radians(lat)
    az = 180 + degrees(atan(tan(g) / sin(l)))
    el = degrees(atan((cos(g) * cos(l) - 0.1512) / sqrt(1 - (cos(g) * cos(l)) ** 2)))
    return round(az, 1), round(el, 1)`)}`),

  rec('code_sql_uk', f`Запит має показувати залишки пального і запчастин по кожному складу на кінець тижня, але дублює рядки. Допоможи:

${code(f`SELECT w.name AS склад,
       i.sku,
       i.description,
       SUM(m.qty_in) - SUM(m.qty_out) AS залишок
FROM stock_moves m
JOIN items i      ON i.id = m.item_id
JOIN warehouses w ON w.id = m.warehouse_id
LEFT JOIN vehicles v ON v.warehouse_id = w.id
WHERE m.moved_at < date_trunc('week', now()) + interval '7 days'
GROUP BY w.name, i.sku, i.description
ORDER BY w.name, i.sku;`)}`),

  rec('code_python', f`Convoy planning: I need the straight-line distance between each clearance site and the nearest fuel depot. Is this vectorised correctly?

${code(f`import numpy as np

def haversine_km(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    dlat = lat2[None, :] - lat1[:, None]
    dlon = lon2[None, :] - lon1[:, None]
    a = np.sin(dlat / 2) ** 2 + np.cos(lat1[:, None]) * np.cos(lat2[None, :]) * np.sin(dlon / 2) ** 2
    return 6371.0 * 2 * np.arcsin(np.sqrt(a))

d = haversine_km(sites.lat.values, sites.lon.values, depots.lat.values, depots.lon.values)
sites["nearest_depot"] = depots.name.values[d.argmin(axis=1)]`)}`),

  rec('code_m_bg', f`Имам Power Query заявка за месечния отчет за разхода на гориво на автомобилите. Защо колоната с литрите излиза като текст?

${code(f`let
    Source = Excel.Workbook(File.Contents("C:\\Logistika\\gorivo_2025.xlsx"), null, true),
    Sheet = Source{[Item="Mart", Kind="Sheet"]}[Data],
    Promoted = Table.PromoteHeaders(Sheet, [PromoteAllScalars=true]),
    Typed = Table.TransformColumnTypes(Promoted, {{"Дата", type date}, {"Автомобил", type text}, {"Литри", type text}}),
    Grouped = Table.Group(Typed, {"Автомобил"}, {{"Общо литри", each List.Sum([Литри]), type number}})
in
    Grouped`)}`),

  rec('code_rust_sv', f`Jag parsar lastcellsramar från kranens seriella gränssnitt. Ibland blir vikten negativ, fel endianness?

${code(f`fn parse_frame(buf: &[u8]) -> Option<f32> {
    if buf.len() < 8 || buf[0] != 0x02 || buf[7] != 0x03 {
        return None;
    }
    let raw = i32::from_le_bytes([buf[1], buf[2], buf[3], buf[4]]);
    let scale = buf[5] as i32;
    Some(raw as f32 / 10f32.powi(scale))
}`)}`),

  rec('diff_ja', f`裁判員候補者名簿の取り込み処理の修正です。このパッチで全角スペースの問題は直りますか？

${code(f`--- a/import/meibo.py
+++ b/import/meibo.py
@@ -41,7 +41,8 @@ def normalize_name(raw: str) -> str:
-    name = raw.strip()
+    name = unicodedata.normalize("NFKC", raw)
+    name = name.replace("\\u3000", " ").strip()
     name = re.sub(r"\\s+", " ", name)
     return name`)}`),

  rec('code_swift_th', f`แอปช่างติดตั้งบน iPad ไม่ขอสิทธิ์ตำแหน่งเลยค่ะ โค้ดประมาณนี้ ผิดตรงไหน

${code(f`final class LocationService: NSObject, CLLocationManagerDelegate {
    private let manager = CLLocationManager()

    func start() {
        manager.delegate = self
        manager.desiredAccuracy = kCLLocationAccuracyBest
        manager.startUpdatingLocation()
    }

    func locationManager(_ m: CLLocationManager, didUpdateLocations locs: [CLLocation]) {
        guard let l = locs.last else { return }
        JobStore.shared.updateTechPosition(lat: l.coordinate.latitude, lon: l.coordinate.longitude)
    }
}`)}`),

  rec('code_python_fixture', f`pytest fixture for the clinic reminder service keeps failing on the phone formatting. Fixture and test:

${code(f`@pytest.fixture
def patient():
    return Patient(
        name="Laura Becker",
        email="${v('pii.email', 'laura.becker@web.de')}",
        mobile="${phone('+49 171 4827391')}",
        clinic="HAM",
    )

def test_reminder_text(patient):
    msg = build_reminder(patient, when=datetime(2025, 4, 2, 8, 0))
    assert "02.04. um 08:00" in msg.text
    assert msg.to == "${phone('+491714827391')}"`)}`),
];
