/**
 * Held-out batch 57: pasted source code: motor-controller firmware, ROS 2 nodes, SAP ABAP warranty
 * reports, customs-declaration builders, Excel macros, waste-collection apps and festival tools,
 * fenced or not, with questions in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH57_SOURCE_CODE: DraftRecord[] = [
  rec('code_c', f`The wheel motor controller sometimes reports a stall when the robot starts on a ramp. Is the current-limit logic wrong?

\`\`\`c
${code(f`#define STALL_CURRENT_MA   4200
#define STALL_TICKS_MIN    3
#define STALL_WINDOW_MS    250

static uint32_t stall_started_ms;

bool motor_check_stall(const motor_t *m, uint32_t now_ms)
{
    int32_t ticks = m->enc_ticks - m->enc_ticks_prev;
    if (m->current_ma > STALL_CURRENT_MA && abs(ticks) < STALL_TICKS_MIN) {
        if (stall_started_ms == 0) {
            stall_started_ms = now_ms;
        }
        return (now_ms - stall_started_ms) > STALL_WINDOW_MS;
    }
    stall_started_ms = 0;
    return false;
}`)}
\`\`\`

It's called from the 1 kHz control loop on an STM32G4.`),

  rec('code_cpp_ja', f`ROS 2 のノードで、障害物が近いときに速度を落とす処理です。たまに /cmd_vel が 0 にならずに止まりきれません。どこが悪いでしょうか？

${code(f`void SafetyLimiter::onScan(const sensor_msgs::msg::LaserScan::SharedPtr scan)
{
  // 前方 ±30° の最小距離を求める
  float min_front = std::numeric_limits<float>::infinity();
  const int center = scan->ranges.size() / 2;
  const int half = static_cast<int>((30.0 * M_PI / 180.0) / scan->angle_increment);
  for (int i = center - half; i <= center + half; ++i) {
    const float r = scan->ranges[i];
    if (std::isfinite(r) && r < min_front) min_front = r;
  }
  std::lock_guard<std::mutex> lk(mtx_);
  scale_ = std::clamp((min_front - stop_dist_) / (slow_dist_ - stop_dist_), 0.0f, 1.0f);
}

void SafetyLimiter::onCmd(const geometry_msgs::msg::Twist::SharedPtr cmd)
{
  geometry_msgs::msg::Twist out = *cmd;
  out.linear.x *= scale_;
  pub_->publish(out);
}`)}`),

  rec('code_rust_ko', f`임베디드 Rust(no_std)로 배터리 전압을 ADC로 읽는 코드인데, 값이 가끔 0으로 튀어요. 인터럽트 때문일까요?

\`\`\`rust
${code(f`use core::sync::atomic::{AtomicU16, Ordering};

static LAST_MV: AtomicU16 = AtomicU16::new(0);

#[interrupt]
fn ADC1_2() {
    let adc = unsafe { &*pac::ADC1::ptr() };
    if adc.isr.read().eoc().bit_is_set() {
        let raw = adc.dr.read().rdata().bits() as u32;
        // 분압비 11:1, Vref 3300 mV, 12비트
        let mv = raw * 3300 * 11 / 4095;
        LAST_MV.store(mv as u16, Ordering::Relaxed);
    }
}

pub fn battery_mv() -> u16 {
    LAST_MV.load(Ordering::Relaxed)
}`)}
\`\`\``),

  rec('code_python_zh_tw', f`這支程式把機器人回傳的電量跟位置寫進 InfluxDB，但量一大就開始掉資料。要怎麼改成批次寫入？

${code(f`import json
import paho.mqtt.client as mqtt
from influxdb_client import InfluxDBClient, Point

influx = InfluxDBClient(url="http://influx.fleet.local:8086", token=os.environ["INFLUX_TOKEN"], org="kinetiq")
write_api = influx.write_api()

def on_message(client, userdata, msg):
    data = json.loads(msg.payload)
    p = (Point("robot_state")
         .tag("robot", data["id"])
         .field("battery", float(data["battery"]))
         .field("x", data["pose"]["x"])
         .field("y", data["pose"]["y"]))
    write_api.write(bucket="fleet", record=p)

c = mqtt.Client()
c.on_message = on_message
c.connect("mqtt.fleet.local", 1883)
c.subscribe("robots/+/state")
c.loop_forever()`)}`),

  rec('code_go_kn', f`ಈ Go handler ನಲ್ಲಿ mission create ಮಾಡುವಾಗ ಒಂದೇ robot ಗೆ ಎರಡು mission assign ಆಗ್ತಿದೆ. race condition ಇದೆಯಾ?

${code(f`func (s *Server) CreateMission(w http.ResponseWriter, r *http.Request) {
	var req MissionRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	robot, err := s.store.FindIdleRobot(r.Context(), req.Zone)
	if err != nil {
		http.Error(w, "no idle robot", http.StatusConflict)
		return
	}
	m := Mission{RobotID: robot.ID, From: req.From, To: req.To, Created: time.Now()}
	if err := s.store.InsertMission(r.Context(), &m); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_ = s.store.SetRobotState(r.Context(), robot.ID, "busy")
	json.NewEncoder(w).Encode(m)
}`)}`),

  rec('code_tsx_es_co', f`El formulario de acreditación no muestra el error cuando el archivo de la foto pesa más de 2 MB. ¿Qué está mal?

\`\`\`tsx
${code(f`export function FotoAcreditacion({ onChange }: { onChange: (f: File | null) => void }) {
  const [error, setError] = useState<string | null>(null);

  function manejar(e: React.ChangeEvent<HTMLInputElement>) {
    const archivo = e.target.files?.[0] ?? null;
    if (archivo && archivo.size > 2 * 1024 * 1024) {
      setError("La foto no puede superar 2 MB");
      onChange(null);
    }
    setError(null);
    onChange(archivo);
  }

  return (
    <label className="campo">
      Foto tipo documento
      <input type="file" accept="image/jpeg,image/png" onChange={manejar} />
      {error && <span className="error">{error}</span>}
    </label>
  );
}`)}
\`\`\``),

  rec('code_sql_lt', f`Ši užklausa turi grąžinti konteinerius, kurie nebuvo ištuštinti daugiau nei 14 dienų, bet grąžina ir tuos, kurie niekada neturėjo įrašo. Kaip pataisyti?

${code(f`SELECT k.id,
       k.adresas,
       k.tipas,
       MAX(i.istustinta) AS paskutinis
FROM konteineriai k
LEFT JOIN istustinimai i ON i.konteinerio_id = k.id
WHERE k.aktyvus
GROUP BY k.id, k.adresas, k.tipas
HAVING MAX(i.istustinta) < now() - interval '14 days'
    OR MAX(i.istustinta) IS NULL
ORDER BY paskutinis NULLS FIRST;`)}`),

  rec('code_abap_de_at', f`Der Report für offene Garantieanträge ist extrem langsam (über 10 Minuten). Hast du eine Idee?

${code(f`REPORT zgw_offene_antraege.

DATA: lt_antraege TYPE TABLE OF zgw_antrag,
      ls_antrag   TYPE zgw_antrag,
      lv_teile    TYPE i.

SELECT * FROM zgw_antrag INTO TABLE lt_antraege WHERE status = 'OFFEN'.

LOOP AT lt_antraege INTO ls_antrag.
  SELECT COUNT(*) FROM zgw_teil INTO lv_teile
    WHERE antrag_nr = ls_antrag-antrag_nr.
  WRITE: / ls_antrag-antrag_nr, ls_antrag-fahrgestell, ls_antrag-haendler, lv_teile.
ENDLOOP.`)}`),

  rec('code_java_de_ch', f`Wir berechnen die Garantiefrist je nach Bauteil, aber bei Bussen mit Auslieferung am 29. Februar kommt ein falsches Datum raus. Warum?

\`\`\`java
${code(f`public LocalDate garantieEnde(Fahrzeug fz, Bauteil teil) {
    LocalDate start = fz.getAuslieferung();
    int monate = switch (teil.getGruppe()) {
        case ANTRIEB -> 24;
        case KAROSSERIE -> 36;
        case KORROSION -> 120;
        default -> 12;
    };
    LocalDate ende = LocalDate.of(start.getYear() + monate / 12,
                                  start.getMonthValue() + monate % 12,
                                  start.getDayOfMonth());
    return ende.minusDays(1);
}`)}
\`\`\``),

  rec('code_csharp_hu', f`Ez a kód állítja elő a vámárú-nyilatkozat XML-jét, de a NAV rendszere elutasítja, mert a tételszám nem 1-től kezdődik. Hol a hiba?

${code(f`public XElement TetelekXml(IEnumerable<Tetel> tetelek)
{
    var root = new XElement("GoodsItems");
    int sorszam = 0;
    foreach (var t in tetelek.OrderBy(x => x.VtsSzam))
    {
        root.Add(new XElement("GoodsItem",
            new XElement("SequenceNumber", sorszam++),
            new XElement("CommodityCode", t.VtsSzam),
            new XElement("Description", t.Megnevezes),
            new XElement("GrossMass", t.BruttoKg.ToString(CultureInfo.InvariantCulture)),
            new XElement("StatisticalValue", t.Ertek.ToString("F2", CultureInfo.InvariantCulture))));
    }
    return root;
}`)}`),

  rec('code_vba_bg', f`Този макрос в Excel трябва да сумира теглото по тарифен номер за митническата декларация, но дава грешни суми, когато има празни редове. Какво да променя?

${code(f`Sub СумирайПоТарифа()
    Dim ws As Worksheet, i As Long, kod As String
    Dim d As Object: Set d = CreateObject("Scripting.Dictionary")
    Set ws = ThisWorkbook.Sheets("Стоки")
    i = 2
    Do While ws.Cells(i, 1).Value <> ""
        kod = Left(ws.Cells(i, 3).Value, 8)
        d(kod) = d(kod) + ws.Cells(i, 5).Value
        i = i + 1
    Loop
    Dim k As Variant, r As Long: r = 2
    For Each k In d.Keys
        Sheets("Обобщение").Cells(r, 1).Value = k
        Sheets("Обобщение").Cells(r, 2).Value = d(k)
        r = r + 1
    Next k
End Sub`)}`),

  rec('code_php_it', f`La pagina dei necrologi della cooperativa mostra i defunti in ordine sbagliato e a volte due volte lo stesso. Ecco il codice:

${code(f`<?php
$pdo = new PDO($dsn, $user, $pass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$pagina = max(1, (int)($_GET['p'] ?? 1));
$perPagina = 12;

$stmt = $pdo->prepare(
  "SELECT n.id, n.nome, n.cognome, n.data_decesso, n.foto, c.luogo
     FROM necrologi n
     LEFT JOIN cerimonie c ON c.necrologio_id = n.id
    WHERE n.pubblicato = 1
    LIMIT :off, :lim"
);
$stmt->bindValue(':off', ($pagina - 1) * $perPagina, PDO::PARAM_INT);
$stmt->bindValue(':lim', $perPagina, PDO::PARAM_INT);
$stmt->execute();
foreach ($stmt as $r) {
    echo render_card($r);
}`)}`),

  rec('code_kotlin_sv', f`Appen för sophämtning ska visa nästa tömningsdag, men den visar gårdagens datum när man öppnar den efter midnatt. Varför?

\`\`\`kotlin
${code(f`fun nastaTomning(schema: List<Tomning>, idag: LocalDate = LocalDate.now(ZoneOffset.UTC)): Tomning? =
    schema
        .filter { it.datum >= idag }
        .minByOrNull { it.datum }

@Composable
fun NastaKort(vm: SchemaViewModel) {
    val nasta by vm.nasta.collectAsState()
    nasta?.let {
        Card { Text("Nästa tömning: \${it.datum.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale("sv")))} – \${it.fraktion}") }
    }
}`)}
\`\`\``),

  rec('code_swift_fr_ca', f`Dans l'app du festival, la liste des projections se recharge en boucle quand on change de jour. Une idée?

${code(f`struct ProgrammeView: View {
    @StateObject private var vm = ProgrammeViewModel()
    @State private var jour = Date()

    var body: some View {
        VStack {
            DatePicker("Jour", selection: $jour, displayedComponents: .date)
                .onChange(of: jour) { _, nouveau in
                    jour = Calendar.current.startOfDay(for: nouveau)
                    Task { await vm.charger(jour: jour) }
                }
            List(vm.projections) { p in
                ProjectionRow(projection: p)
            }
        }
        .task { await vm.charger(jour: jour) }
    }
}`)}`),

  rec('code_bash_ru', f`Скрипт на роботе должен удалять старые rosbag-файлы, когда диск заполнен больше чем на 85%, но удаляет вообще всё. Где ошибка?

${code(f`#!/usr/bin/env bash
set -euo pipefail
BAG_DIR=/data/bags
LIMIT=85

usage=$(df --output=pcent "$BAG_DIR" | tail -1 | tr -dc '0-9')
while [ "$usage" -gt "$LIMIT" ]; do
  oldest=$(ls -1t "$BAG_DIR"/*.mcap | tail -1)
  echo "удаляю $oldest"
  rm -f "$BAG_DIR"/*.mcap
  usage=$(df --output=pcent "$BAG_DIR" | tail -1 | tr -dc '0-9')
done`)}`),

  rec('code_powershell_nl_be', f`Dit script drukt de badges af voor de accreditaties, maar het slaat de laatste rij van de CSV over. Wat loopt er mis?

${code(f`$rijen = Import-Csv -Path .\\accreditaties.csv -Delimiter ';' -Encoding UTF8
$printer = 'Zebra-ZC300-Onthaal'

for ($i = 0; $i -lt $rijen.Count - 1; $i++) {
    $r = $rijen[$i]
    if ($r.Status -ne 'Goedgekeurd') { continue }
    $badge = New-BadgeLayout -Naam "$($r.Voornaam) $($r.Achternaam)" -Categorie $r.Categorie -Foto $r.FotoPad
    $badge | Out-Printer -Name $printer
    Write-Host "Afgedrukt: $($r.Achternaam)"
}`)}`),

  rec('code_r_ca', f`Vull un gràfic de la taxa de reciclatge per barri, però els barris surten ordenats alfabèticament i no per taxa. Com ho arreglo?

${code(f`library(dplyr)
library(ggplot2)

recollida <- read.csv("recollida_2024.csv", sep = ";", dec = ",")

taxa <- recollida %>%
  group_by(barri) %>%
  summarise(selectiva = sum(kg_selectiva), total = sum(kg_total)) %>%
  mutate(taxa = selectiva / total)

ggplot(taxa, aes(x = barri, y = taxa)) +
  geom_col(fill = "#2e7d32") +
  coord_flip() +
  scale_y_continuous(labels = scales::percent) +
  labs(title = "Taxa de recollida selectiva 2024", x = NULL, y = NULL)`)}`),

  rec('code_dart_ms', f`Aplikasi kutipan sampah kami crash bila pengguna buka skrin jadual tanpa internet. Ini kodnya:

${code(f`class JadualScreen extends StatefulWidget {
  const JadualScreen({super.key});
  @override
  State<JadualScreen> createState() => _JadualScreenState();
}

class _JadualScreenState extends State<JadualScreen> {
  late List<Kutipan> senarai;

  @override
  void initState() {
    super.initState();
    Api.jadual(kawasan: 'Seksyen 7').then((data) => setState(() => senarai = data));
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: senarai.length,
      itemBuilder: (_, i) => ListTile(title: Text(senarai[i].jenis), subtitle: Text(senarai[i].tarikh)),
    );
  }
}`)}`),

  rec('code_micropython_is', f`Þetta keyrir á ESP32 í sorptunnunum til að mæla fyllingu með ultrasonic skynjara, en rafhlaðan endist bara í viku. Hvernig get ég sparað orku?

${code(f`from machine import Pin, time_pulse_us, deepsleep
import network, urequests, time

trig = Pin(5, Pin.OUT)
echo = Pin(18, Pin.IN)

def fjarlaegd_cm():
    trig.off(); time.sleep_us(2)
    trig.on(); time.sleep_us(10); trig.off()
    return time_pulse_us(echo, 1, 30000) / 58

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect("Sorpa-IoT", "")
while not wlan.isconnected():
    time.sleep(0.5)

urequests.post("http://gateway.local/fylling", json={"tunna": "T-0418", "cm": fjarlaegd_cm()})
time.sleep(60)`)}`),

  rec('code_ruby_sq', f`Modeli për ceremonitë e varrimit lejon dy ceremoni në të njëjtën sallë në të njëjtën orë. Si ta shtoj validimin?

${code(f`class Ceremoni < ApplicationRecord
  belongs_to :salla
  belongs_to :i_ndjeri, class_name: "Person"

  validates :fillon_me, :mbaron_me, presence: true
  validate :mbaron_pas_fillimit

  scope :sot, -> { where(fillon_me: Time.zone.today.all_day) }

  private

  def mbaron_pas_fillimit
    return if mbaron_me.blank? || fillon_me.blank?
    errors.add(:mbaron_me, "duhet të jetë pas fillimit") if mbaron_me <= fillon_me
  end
end`)}`),

  rec('diff_eu', f`Begiratu patch hau mesedez, bilketa-ibilbideen API-an ordutegia UTC-tik Europe/Madrid-era pasatzeko da:

${code(f`--- a/ibilbideak/ordutegia.py
+++ b/ibilbideak/ordutegia.py
@@ -1,14 +1,17 @@
 from datetime import datetime, timedelta
+from zoneinfo import ZoneInfo
+
+TZ = ZoneInfo("Europe/Madrid")
 
 def hurrengo_bilketa(ibilbidea, orain=None):
-    orain = orain or datetime.utcnow()
+    orain = orain or datetime.now(TZ)
     for egun in range(8):
         data = orain.date() + timedelta(days=egun)
         if data.weekday() in ibilbidea.egunak:
-            return datetime.combine(data, ibilbidea.ordua)
+            return datetime.combine(data, ibilbidea.ordua, tzinfo=TZ)
     return None`)}`),

  rec('code_typescript', f`${code(f`// customs: compute CIF value and duty for a shipment line
export interface Line { fobUsd: number; freightUsd: number; insuranceRate: number; dutyRate: number }

export function landedCost(line: Line, fxNgnPerUsd: number) {
  const insurance = (line.fobUsd + line.freightUsd) * line.insuranceRate;
  const cif = line.fobUsd + line.freightUsd + insurance;
  const duty = cif * line.dutyRate;
  const surcharge = duty * 0.07;
  const ciss = line.fobUsd * 0.01;
  const vat = (cif + duty + surcharge + ciss) * 0.075;
  return { cifNgn: Math.round(cif * fxNgnPerUsd), dutyNgn: Math.round((duty + surcharge + ciss + vat) * fxNgnPerUsd) };
}`)}

Is VAT supposed to include the CISS? The client's figure is about 1% higher than ours.`),
];
