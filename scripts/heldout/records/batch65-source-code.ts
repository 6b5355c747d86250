/**
 * Held-out batch 65: pasted source code from a summer-camp organiser, a hospital laundry, a satellite-TV
 * installer network, a notary office, a bike-sharing operator and a biobank (Python, PLC Structured Text,
 * Kotlin, Go, SQL, PHP, TypeScript, Rust, R, Swift, C#, Java, Ruby, JavaScript, Bash, C++, Dart, C,
 * Nextflow, a diff), with the question in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH65_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Our eligibility check lets some 13-year-olds into the Juniors session (8–12). What's wrong?

\`\`\`python
${code(f`from datetime import date

SESSION_RULES = {
    "juniors": (8, 12),
    "teens": (13, 16),
}

def age_on(birthdate: date, on: date) -> int:
    return on.year - birthdate.year

def eligible(birthdate: date, session: str, session_start: date) -> bool:
    lo, hi = SESSION_RULES[session]
    age = age_on(birthdate, session_start)
    return lo <= age <= hi`)}
\`\`\``),

  rec('code_st_de', f`Die Dosierung für Programm 60 °C Krankenhauswäsche stimmt nicht, es wird doppelt Desinfektionsmittel gegeben. Hier der Baustein aus TwinCAT:

${code(f`FUNCTION_BLOCK FB_Dosierung
VAR_INPUT
    xStart       : BOOL;
    rBeladungKg  : REAL;
    rMlProKg     : REAL;
END_VAR
VAR_OUTPUT
    xPumpe       : BOOL;
    xFertig      : BOOL;
END_VAR
VAR
    rSollMl      : REAL;
    rIstMl       : REAL;
    fbFlanke     : R_TRIG;
END_VAR

fbFlanke(CLK := xStart);
IF fbFlanke.Q THEN
    rSollMl := rBeladungKg * rMlProKg;
    rIstMl  := 0.0;
    xFertig := FALSE;
END_IF

IF xStart AND NOT xFertig THEN
    xPumpe := TRUE;
    rIstMl := rIstMl + 12.5;   (* 12,5 ml pro Zyklus, 100 ms *)
    IF rIstMl >= rSollMl THEN
        xPumpe  := FALSE;
        xFertig := TRUE;
    END_IF
END_IF
END_FUNCTION_BLOCK`)}

Könnte das an der Flankenerkennung liegen, wenn xStart zweimal kommt?`),

  rec('code_kotlin_pt_br', f`O medidor de sinal do app do instalador trava a tela quando o receptor demora pra responder. Alguém sabe por quê?

\`\`\`kotlin
${code(f`class SignalMeterViewModel(private val stb: StbClient) : ViewModel() {
    private val _quality = MutableLiveData<Int>()
    val quality: LiveData<Int> = _quality

    fun startPolling(transponderMhz: Int) {
        while (true) {
            val q = runBlocking { stb.readQuality(transponderMhz) }
            _quality.postValue(q)
            Thread.sleep(500)
        }
    }
}`)}
\`\`\``),

  rec('code_go_es_mx', f`Este servicio calcula cuántas bicis mover entre estaciones en la madrugada. Cuando hay más de 300 estaciones se tarda muchísimo, ¿cómo lo optimizo?

${code(f`type Station struct {
	ID       string
	Capacity int
	Bikes    int
	Target   int
}

type Move struct {
	From, To string
	N        int
}

func PlanMoves(stations []Station) []Move {
	var moves []Move
	for i := range stations {
		for j := range stations {
			if i == j {
				continue
			}
			surplus := stations[i].Bikes - stations[i].Target
			deficit := stations[j].Target - stations[j].Bikes
			if surplus > 0 && deficit > 0 {
				n := min(surplus, deficit)
				moves = append(moves, Move{stations[i].ID, stations[j].ID, n})
				stations[i].Bikes -= n
				stations[j].Bikes += n
			}
		}
	}
	return moves
}`)}`),

  rec('code_sql_fr', f`Cette requête sur le répertoire des actes devient très lente depuis qu'on a importé les archives 1998–2010. Une idée d'index ?

\`\`\`sql
${code(f`SELECT a.numero_repertoire,
       a.date_acte,
       a.nature,
       string_agg(p.nom || ' ' || p.prenom, ', ' ORDER BY p.role) AS parties
FROM actes a
JOIN parties_acte pa ON pa.acte_id = a.id
JOIN personnes p     ON p.id = pa.personne_id
WHERE a.date_acte BETWEEN DATE '2024-01-01' AND DATE '2024-06-30'
  AND lower(a.nature) LIKE '%vente%'
GROUP BY a.numero_repertoire, a.date_acte, a.nature
ORDER BY a.date_acte DESC;`)}
\`\`\``),

  rec('code_php_it', f`Nel gestionale dello studio, il controller che genera la bozza dell'atto ogni tanto restituisce 500. Mi aiuti a capire?

${code(f`<?php

namespace App\\Http\\Controllers;

use App\\Models\\Pratica;
use App\\Services\\BozzaAttoService;
use Illuminate\\Http\\Request;

class BozzaAttoController extends Controller
{
    public function __construct(private BozzaAttoService $service) {}

    public function genera(Request $request, int $id)
    {
        $pratica = Pratica::with(['parti', 'immobili'])->find($id);
        $modello = $request->input('modello', 'compravendita');

        $docx = $this->service->render($modello, [
            'parti'    => $pratica->parti,
            'immobili' => $pratica->immobili,
            'data'     => now()->format('d/m/Y'),
        ]);

        return response()->download($docx)->deleteFileAfterSend();
    }
}`)}`),

  rec('code_tsx_nl', f`Dit component flikkert elke 10 seconden als de stationsdata ververst wordt. Hoe voorkom ik dat?

\`\`\`tsx
${code(f`export function StationList({ regio }: { regio: string }) {
  const [stations, setStations] = useState<Station[]>([]);

  useEffect(() => {
    const id = setInterval(async () => {
      setStations([]);
      const res = await fetch(\`/api/stations?regio=\${regio}\`);
      setStations(await res.json());
    }, 10_000);
    return () => clearInterval(id);
  }, [regio]);

  return (
    <ul>
      {stations.map((s) => (
        <li key={s.id} className={s.fietsen < 3 ? 'bijna-leeg' : ''}>
          {s.naam}: {s.fietsen}/{s.capaciteit}
        </li>
      ))}
    </ul>
  );
}`)}
\`\`\``),

  rec('code_rust_ja', f`スマートロックのファームウェアの状態遷移です。Unlocking 中に電池低下イベントが来るとパニックします。どう直せばいいですか？

\`\`\`rust
${code(f`#[derive(Debug, Clone, Copy, PartialEq)]
enum LockState { Locked, Unlocking, Unlocked, Fault }

#[derive(Debug)]
enum Event { UnlockCmd, MotorDone, LowBattery, DockDetected }

fn step(state: LockState, ev: Event) -> LockState {
    match (state, ev) {
        (LockState::Locked, Event::UnlockCmd) => LockState::Unlocking,
        (LockState::Unlocking, Event::MotorDone) => LockState::Unlocked,
        (LockState::Unlocked, Event::DockDetected) => LockState::Locked,
        (_, Event::LowBattery) if state != LockState::Unlocking => LockState::Fault,
        (s, e) => panic!("invalid transition {:?} on {:?}", s, e),
    }
}`)}
\`\`\``),

  rec('code_r_zh', f`这段生存分析的代码画出来的 KM 曲线分组颜色不对，帮我看一下：

${code(f`library(survival)
library(survminer)

df <- read.csv("cohort_followup.csv")
df$group <- factor(df$stage, levels = c("I", "II", "III"))

fit <- survfit(Surv(time_months, event) ~ group, data = df)
ggsurvplot(fit,
           data = df,
           pval = TRUE,
           risk.table = TRUE,
           palette = c("#2E9FDF", "#E7B800"),
           xlab = "随访时间（月）")`)}`),

  rec('code_swift_ko', f`안테나 방향 맞추는 화면에서 나침반 값이 튀어요. 스무딩을 넣고 싶은데 어디에 넣어야 할까요?

\`\`\`swift
${code(f`final class DishAlignViewModel: NSObject, ObservableObject, CLLocationManagerDelegate {
    @Published var heading: Double = 0
    @Published var targetAzimuth: Double = 0
    private let manager = CLLocationManager()

    override init() {
        super.init()
        manager.delegate = self
        manager.startUpdatingHeading()
    }

    func locationManager(_ manager: CLLocationManager, didUpdateHeading newHeading: CLHeading) {
        heading = newHeading.trueHeading
    }

    var delta: Double {
        var d = targetAzimuth - heading
        if d > 180 { d -= 360 }
        return d
    }
}`)}
\`\`\``),

  rec('code_python_ru', f`Скрипт контроля качества образцов считает, что все пробы с пустым RIN прошли проверку. Где ошибка?

${code(f`import pandas as pd

qc = pd.read_csv("rna_qc_batch_0917.tsv", sep="\\t")

def passed(row) -> bool:
    if row["rin"] < 7.0:
        return False
    if row["conc_ng_ul"] < 20:
        return False
    return True

qc["pass"] = qc.apply(passed, axis=1)
print(qc.groupby("freezer")["pass"].mean().round(3))`)}`),

  rec('code_csharp_tr', f`RFID okuyucudan gelen çamaşır etiketleri bazen iki kez sayılıyor. Bu C# sınıfında bir hata görüyor musun?

\`\`\`csharp
${code(f`public class TunnelReader
{
    private readonly List<string> _seen = new();
    private readonly IRfidReader _reader;

    public event Action<string>? TagCounted;

    public TunnelReader(IRfidReader reader)
    {
        _reader = reader;
        _reader.TagRead += OnTagRead;
    }

    private void OnTagRead(object? sender, TagEventArgs e)
    {
        if (_seen.Contains(e.Epc)) return;
        _seen.Add(e.Epc);
        TagCounted?.Invoke(e.Epc);
    }

    public void ResetBatch() => _seen.Clear();
}`)}
\`\`\`

Okuyucu olayları farklı thread'lerden geliyor.`),

  rec('code_java_pl', f`Endpoint do rezerwacji roweru czasem zwraca dwa razy ten sam rower dwóm użytkownikom. Jak to zabezpieczyć?

${code(f`@RestController
@RequestMapping("/api/rezerwacje")
public class RezerwacjaController {

    private final RowerRepository rowery;
    private final RezerwacjaRepository rezerwacje;

    public RezerwacjaController(RowerRepository rowery, RezerwacjaRepository rezerwacje) {
        this.rowery = rowery;
        this.rezerwacje = rezerwacje;
    }

    @PostMapping
    public ResponseEntity<Rezerwacja> zarezerwuj(@RequestBody ZadanieRezerwacji req) {
        Rower rower = rowery.findFirstByStacjaIdAndStatus(req.stacjaId(), Status.WOLNY)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT));
        rower.setStatus(Status.ZAREZERWOWANY);
        rowery.save(rower);
        return ResponseEntity.ok(rezerwacje.save(new Rezerwacja(rower, req.uzytkownikId())));
    }
}`)}`),

  rec('code_ruby_sv', f`Varför räknas syskonrabatten två gånger när föräldern lägger till ett tredje barn?

\`\`\`ruby
${code(f`class Booking < ApplicationRecord
  belongs_to :family
  has_many :campers

  SIBLING_DISCOUNT = 0.15

  def total
    base = campers.sum { |c| c.session.price }
    siblings = campers.count - 1
    discount = siblings.positive? ? base * SIBLING_DISCOUNT * siblings : 0
    (base - discount).round(2)
  end
end`)}
\`\`\``),

  rec('code_js_vi', f`Webhook nhận lịch hẹn lắp đặt từ tổng đài bị gọi trùng, khách nhận 2 tin nhắn. Mình nên thêm idempotency ở đâu?

${code(f`app.post('/webhooks/lich-hen', express.json(), async (req, res) => {
  const { maLichHen, khachHang, thoiGian, kyThuatVien } = req.body;

  await db.lichHen.insert({ maLichHen, khachHang, thoiGian, kyThuatVien });
  await sms.gui(khachHang.soDienThoai, \`Kỹ thuật viên \${kyThuatVien} sẽ đến lúc \${thoiGian}.\`);

  res.sendStatus(200);
});`)}`),

  rec('code_bash_hi', f`ये बैकअप रोटेशन स्क्रिप्ट पुराने बैकअप डिलीट नहीं कर रही, डिस्क फुल हो गई है। क्या गलत है?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -e
BACKUP_DIR=/backup/laundry-erp
KEEP_DAYS=14

pg_dump -Fc laundry_erp > "$BACKUP_DIR/erp_$(date +%Y%m%d).dump"

find $BACKUP_DIR -name "erp_*.dump" -mtime +KEEP_DAYS -delete
echo "backup done: $(ls $BACKUP_DIR | wc -l) files"`)}
\`\`\``),

  rec('code_cpp_ar_ma', f`السلام، هاد الكود ديال Arduino كيقرا الحرارة ديال الفريزر ديال البيوبنك وكيصيفط تنبيه. المشكل أنه كيعطي -127 مرة مرة. علاش؟

${code(f`#include <OneWire.h>
#include <DallasTemperature.h>

OneWire bus(4);
DallasTemperature sensors(&bus);
const float ALARM_C = -70.0;

void setup() {
  Serial.begin(115200);
  sensors.begin();
  pinMode(LED_BUILTIN, OUTPUT);
}

void loop() {
  sensors.requestTemperatures();
  float t = sensors.getTempCByIndex(0);
  Serial.println(t);
  digitalWrite(LED_BUILTIN, t > ALARM_C ? HIGH : LOW);
  delay(2000);
}`)}`),

  rec('code_dart_id', f`Halaman absensi peserta kemah tidak update waktu pembina mencentang nama. Kenapa ya?

\`\`\`dart
${code(f`class AbsensiPage extends StatelessWidget {
  final List<Peserta> peserta;
  const AbsensiPage({super.key, required this.peserta});

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: peserta
          .map((p) => CheckboxListTile(
                title: Text(p.nama),
                value: p.hadir,
                onChanged: (v) => p.hadir = v ?? false,
              ))
          .toList(),
    );
  }
}`)}
\`\`\``),

  rec('diff_cs', f`Můžeš zkontrolovat tenhle patch? Měl opravit zaokrouhlování objemu alikvot.

${code(f`--- a/lims/aliquots.py
+++ b/lims/aliquots.py
@@ -18,9 +18,11 @@ def split_sample(volume_ul: float, n: int, dead_volume_ul: float = 20.0) -> list[float]:
     usable = volume_ul - dead_volume_ul
     if usable <= 0:
         raise ValueError("not enough volume")
-    each = usable / n
-    return [each] * n
+    each = math.floor(usable / n * 10) / 10
+    rest = round(usable - each * n, 1)
+    out = [each] * n
+    out[-1] += rest
+    return out`)}`),

  rec('code_c_el', f`Ο κώδικας για την εντολή DiSEqC 1.0 δεν αλλάζει θέση στον switch, πάντα μένει στο LNB 1. Βλέπεις κάτι;

\`\`\`c
${code(f`#include <stdint.h>
#include "tuner.h"

int diseqc_switch(int fd, uint8_t port, int pol_v, int band_hi)
{
    uint8_t cmd[4] = { 0xE0, 0x10, 0x38, 0xF0 };
    cmd[3] |= ((port & 0x03) << 2) | (pol_v ? 0 : 2) | (band_hi ? 1 : 0);

    tuner_set_tone(fd, 0);
    tuner_set_voltage(fd, pol_v ? 13 : 18);
    usleep(15000);
    tuner_send_diseqc(fd, cmd, sizeof(cmd));
    usleep(15000);
    tuner_set_tone(fd, band_hi);
    return 0;
}`)}
\`\`\``),

  rec('code_sql_fi', f`Tämä PostGIS-kysely hakee asemat, joilla on alle 2 pyörää 500 metrin säteellä huoltoautosta, mutta se palauttaa tyhjää. Mikä on vialla?

${code(f`SELECT s.id, s.nimi, s.pyoria
FROM asemat s
WHERE s.pyoria < 2
  AND ST_DWithin(
        s.sijainti,
        ST_SetSRID(ST_MakePoint(60.1699, 24.9384), 4326),
        500
      );`)}`),

  rec('code_nextflow_en_gb', f`This Nextflow process for the biobank's WGS QC keeps re-running every sample even with -resume. Why?

\`\`\`groovy
${code(f`process FASTQC {
    tag "\${sample_id}"
    publishDir "\${params.outdir}/fastqc", mode: 'copy'

    input:
    tuple val(sample_id), path(reads)

    output:
    path "*_fastqc.{zip,html}"

    script:
    """
    fastqc -t \${task.cpus} \${reads} --outdir . > run_\$(date +%s).log
    """
}`)}
\`\`\``),
];
