/**
 * Held-out batch 36: pasted source code — NDVI rasters and ArduPilot scripts, kdb+/q and SQL
 * surveillance queries, FIX parsing, blood-stock forecasting, ride and ticketing code, a ballast PLC,
 * hull stability, driving-school apps — with questions in the batch's languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH36_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_pt', f`Olá! O NDVI que sai deste script dá valores acima de 1 em algumas parcelas de tomate, o que não faz sentido. Onde está o erro?

\`\`\`python
${code(f`import numpy as np
import rasterio

def ndvi(path_red: str, path_nir: str, out_path: str) -> None:
    with rasterio.open(path_red) as r, rasterio.open(path_nir) as n:
        red = r.read(1)
        nir = n.read(1)
        perfil = r.profile
    # reflectância: o sensor grava em uint16 com fator 10000
    ndvi = (nir - red) / (nir + red)
    perfil.update(dtype="float32", count=1, nodata=-9999)
    with rasterio.open(out_path, "w", **perfil) as dst:
        dst.write(ndvi.astype("float32"), 1)`)}
\`\`\``),

  rec('code_lua_uz', f`ArduPilot uchun Lua skript: purkagich nasosini tezlikka qarab boshqarish kerak. Dron 2 m/s dan sekin uchganda nasos to'xtab qolyapti. Nima noto'g'ri?

${code(f`local PUMP_SERVO = 94        -- SERVOx_FUNCTION = 94 (Script1)
local MIN_SPEED = 2.0        -- m/s
local MAX_PWM, MIN_PWM = 1900, 1100

function update()
  if not arming:is_armed() then
    SRV_Channels:set_output_pwm(PUMP_SERVO, MIN_PWM)
    return update, 200
  end
  local vel = ahrs:get_velocity_NED()
  local speed = vel and vel:xy():length() or 0
  local pwm = MIN_PWM
  if speed > MIN_SPEED then
    pwm = math.floor(MIN_PWM + (MAX_PWM - MIN_PWM) * math.min(speed / 6.0, 1.0))
  end
  SRV_Channels:set_output_pwm(PUMP_SERVO, pwm)
  return update, 100
end

return update()`)}`),

  rec('code_cpp', f`Our PX4 module for the spray boom publishes at the wrong rate, it's meant to be 10 Hz. Can you spot it?

\`\`\`cpp
${code(f`void SprayBoom::Run()
{
	if (should_exit()) {
		ScheduleClear();
		exit_and_cleanup();
		return;
	}

	vehicle_local_position_s pos{};
	if (_local_pos_sub.update(&pos)) {
		const float ground_speed = sqrtf(pos.vx * pos.vx + pos.vy * pos.vy);
		_flow_setpoint = math::constrain(_param_rate_per_ha.get() * ground_speed * _param_boom_width.get() / 10000.f,
						 0.f, _param_max_flow.get());
	}

	spray_status_s status{};
	status.timestamp = hrt_absolute_time();
	status.flow_lpm = _flow_setpoint;
	_spray_status_pub.publish(status);

	ScheduleDelayed(10_ms);
}`)}
\`\`\``),

  rec('code_q', f`Can someone sanity-check this q for our spoofing screen? It's flagging way too many orders on the HK board lots.

${code(f`/ large orders cancelled within 2s while opposite side trades
cxl:select from orders where event=\`cancel, (cancelTime-entryTime)<00:00:02.000
big:select from cxl where qty>5*avgQty
fills:select sym, side, fillTime:time, fqty:qty from trades
screen:{[b;f]
  j:aj[\`sym\`time; update time:cancelTime from b; update time:fillTime from f];
  select from j where side<>side1, fqty>0
  }
r:screen[big; update side1:side from fills]
r:select count i, sum qty by acct, sym from r`)}`),

  rec('code_sql_pl', f`Zapytanie do wykrywania transakcji wash trade działa 40 minut na tabeli z jednego dnia. Jak je przyspieszyć (PostgreSQL 15)?

${code(f`SELECT t1.instrument_id,
       t1.buyer_account,
       t1.seller_account,
       COUNT(*)            AS n_pairs,
       SUM(t1.quantity)    AS volume
FROM   trades t1
JOIN   trades t2
  ON   t2.instrument_id = t1.instrument_id
 AND   t2.buyer_account = t1.seller_account
 AND   t2.seller_account = t1.buyer_account
 AND   t2.trade_ts BETWEEN t1.trade_ts AND t1.trade_ts + INTERVAL '5 minutes'
 AND   abs(t2.price - t1.price) / t1.price < 0.001
WHERE  t1.trade_date = DATE '2025-02-14'
GROUP  BY 1, 2, 3
HAVING COUNT(*) >= 3
ORDER  BY volume DESC;`)}`),

  rec('code_java', f`Our FIX drop-copy parser throws NumberFormatException on some execution reports from one broker. Stack trace points at parseQty. Ideas?

${code(f`public final class ExecReportParser {
    private static final char SOH = '\\u0001';

    public static ExecReport parse(String msg) {
        Map<Integer, String> tags = new HashMap<>();
        for (String field : msg.split(String.valueOf(SOH))) {
            int eq = field.indexOf('=');
            if (eq > 0) tags.put(Integer.parseInt(field.substring(0, eq)), field.substring(eq + 1));
        }
        return new ExecReport(
            tags.get(37),                 // OrderID
            tags.get(55),                 // Symbol
            tags.get(54).charAt(0),       // Side
            parseQty(tags.get(32)),       // LastQty
            new BigDecimal(tags.get(31))  // LastPx
        );
    }

    private static long parseQty(String s) {
        return Long.parseLong(s);
    }
}`)}`),

  rec('code_python_ja', f`見せ玉検知の前処理です。板の更新データから「発注後すぐ取消された大口注文」を抽出したいのですが、結果が空になります。

\`\`\`python
${code(f`import pandas as pd

def quick_cancels(events: pd.DataFrame, threshold_ms: int = 2000) -> pd.DataFrame:
    new = events[events["type"] == "NEW"].set_index("order_id")
    cxl = events[events["type"] == "CANCEL"].set_index("order_id")
    merged = new.join(cxl, rsuffix="_cxl", how="inner")
    merged["life_ms"] = (merged["ts_cxl"] - merged["ts"]).dt.total_seconds() * 1000
    # 大口 = 直近20営業日の平均注文数量の5倍以上
    merged = merged[merged["qty"] >= 5 * merged["avg_qty_20d"]]
    return merged[merged["life_ms"] < threshold_ms]`)}
\`\`\``),

  rec('code_r', f`Forecasting O-neg red cell stock for the next 14 days — the prediction intervals look far too narrow. Is it the model or how I'm calling forecast()?

${code(f`library(forecast)
library(dplyr)

stock <- read.csv("oneg_daily.csv") %>%
  mutate(date = as.Date(date)) %>%
  arrange(date)

y <- ts(stock$units_on_hand, frequency = 7)
fit <- auto.arima(y, seasonal = TRUE, lambda = 0)
fc <- forecast(fit, h = 14, level = c(80, 95), biasadj = FALSE)

plot(fc, main = "O neg RCC — units on hand")
abline(h = 120, col = "red", lty = 2)  # minimum safe stock`)}`),

  rec('code_ts_bg', f`Функцията трябва да връща свободните часове за кръводаряване в мобилния пункт, но понякога дава часове, които вече са заети. Къде е грешката?

${code(f`export function freeSlots(day: Date, booked: Booking[], cfg: ClinicConfig): string[] {
  const slots: string[] = [];
  const start = cfg.openHour * 60;
  const end = cfg.closeHour * 60;
  for (let m = start; m + cfg.slotMinutes <= end; m += cfg.slotMinutes) {
    const hh = String(Math.floor(m / 60)).padStart(2, '0');
    const mm = String(m % 60).padStart(2, '0');
    const label = \`\${hh}:\${mm}\`;
    const taken = booked.filter((b) => b.time === label).length;
    if (taken <= cfg.chairs) slots.push(label);
  }
  return slots;
}`)}`),

  rec('code_csharp', f`Ride-queue sim for the new coaster at Gqeberha. Average wait comes out way lower than what we see on the day. Have I messed up the dispatch logic?

\`\`\`csharp
${code(f`public class QueueSim
{
    private readonly Random _rng = new(42);
    public double TrainCapacity = 24, DispatchIntervalSec = 90, ArrivalsPerHour = 850;

    public double AverageWaitMinutes(int hours)
    {
        var queue = new Queue<double>();
        double t = 0, nextDispatch = 0, totalWait = 0; int served = 0;
        while (t < hours * 3600)
        {
            t += -Math.Log(1 - _rng.NextDouble()) * 3600 / ArrivalsPerHour;
            queue.Enqueue(t);
            if (t >= nextDispatch)
            {
                for (int i = 0; i < TrainCapacity && queue.Count > 0; i++) { totalWait += t - queue.Dequeue(); served++; }
                nextDispatch += DispatchIntervalSec;
            }
        }
        return totalWait / served / 60;
    }
}`)}
\`\`\``),

  rec('code_swift', f`The wait-times widget for the HK park app shows stale numbers until you open the app. Timeline policy issue?

${code(f`struct WaitTimesProvider: TimelineProvider {
    func placeholder(in context: Context) -> WaitEntry { .sample }

    func getSnapshot(in context: Context, completion: @escaping (WaitEntry) -> Void) {
        completion(.sample)
    }

    func getTimeline(in context: Context, completion: @escaping (Timeline<WaitEntry>) -> Void) {
        Task {
            let rides = (try? await WaitAPI.shared.fetch(park: .lantau)) ?? []
            let entry = WaitEntry(date: .now, rides: Array(rides.prefix(4)))
            completion(Timeline(entries: [entry], policy: .never))
        }
    }
}`)}`),

  rec('code_kotlin_az', f`Android tətbiqində dərs sifarişi düyməsinə iki dəfə basanda iki dərs yaranır. Bunu necə əngəlləyim?

${code(f`class BookingViewModel(private val repo: LessonRepository) : ViewModel() {
    private val _state = MutableStateFlow<BookingState>(BookingState.Idle)
    val state: StateFlow<BookingState> = _state

    fun book(instructorId: Long, slot: LocalDateTime) {
        viewModelScope.launch {
            _state.value = BookingState.Loading
            _state.value = try {
                val lesson = repo.createLesson(instructorId, slot)
                BookingState.Success(lesson)
            } catch (e: HttpException) {
                BookingState.Error(e.code())
            }
        }
    }
}`)}`),

  rec('code_php_sq', f`Plugin-i ynë WordPress për rezervimin e orëve të autoshkollës shfaq orët në UTC në vend të orës së Tiranës:

${code(f`<?php
add_shortcode('oret_e_lira', function ($atts) {
    global $wpdb;
    $instruktori = intval($atts['instruktori'] ?? 0);
    $rreshtat = $wpdb->get_results($wpdb->prepare(
        "SELECT fillimi FROM {$wpdb->prefix}oret WHERE instruktori_id = %d AND e_rezervuar = 0 AND fillimi > NOW() ORDER BY fillimi LIMIT 10",
        $instruktori
    ));
    $html = '<ul class="oret">';
    foreach ($rreshtat as $r) {
        $html .= '<li>' . date('d.m.Y H:i', strtotime($r->fillimi)) . '</li>';
    }
    return $html . '</ul>';
});`)}`),

  rec('code_dart_fr', f`Le prix des forfaits de conduite affiché dans l'app (Dart, côté serveur) est faux pour les remises : 20 h à 10 % de remise donne 0 DH de remise. Pourquoi ?

${code(f`class Forfait {
  final int heures;
  final int prixHeureCentimes;
  final int remisePourcent;

  const Forfait(this.heures, this.prixHeureCentimes, this.remisePourcent);

  int get totalCentimes {
    final brut = heures * prixHeureCentimes;
    final remise = brut * (remisePourcent ~/ 100);
    return brut - remise;
  }
}

void main() {
  const f = Forfait(20, 15000, 10);
  print('Total : \${f.totalCentimes / 100} DH');
}`)}`),

  rec('code_st_pl', f`Program w ST (Codesys) do pomp balastowych promu. Pompa nr 2 czasem startuje, zanim zawór się otworzy. Co poprawić?

${code(f`PROGRAM BallastControl
VAR
    cmdFill       : BOOL;
    valveOpenFb   : BOOL;
    pump2Run      : BOOL;
    tValveDelay   : TON;
    levelAft      : REAL;
    levelTarget   : REAL := 3.20;
END_VAR

tValveDelay(IN := cmdFill, PT := T#5S);
IF cmdFill AND levelAft < levelTarget THEN
    pump2Run := tValveDelay.Q OR valveOpenFb;
ELSE
    pump2Run := FALSE;
END_IF;`)}`),

  rec('code_matlab', f`GZ curve for the 120 m ro-pax from our hydrostatics table — the area under the curve up to 30° looks too small versus the stability booklet. Mali ba akong integration? (sorry, mixing Bisaya)

${code(f`heel = 0:5:60;                        % deg
GZ   = [0 0.21 0.44 0.69 0.93 1.12 1.21 1.18 1.05 0.86 0.63 0.38 0.11];  % m

idx30 = heel <= 30;
A30 = trapz(heel(idx30), GZ(idx30));   % m*deg
A30_mrad = A30 * pi/180;

fprintf('Area 0-30 deg: %.3f m-rad (IMO min 0.055)\\n', A30_mrad);
[gzMax, k] = max(GZ);
fprintf('GZmax %.2f m at %d deg\\n', gzMax, heel(k));`)}`),

  rec('code_vba_bg', f`Макрос за списъка за рязане на стоманени листове — брои листовете два пъти, когато има празен ред. Помогни:

${code(f`Sub CuttingList()
    Dim ws As Worksheet, r As Long, lastRow As Long
    Dim total As Double
    Set ws = ThisWorkbook.Sheets("Листове")
    lastRow = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For r = 2 To lastRow
        If ws.Cells(r, 3).Value = "S355" Then
            total = total + ws.Cells(r, 4).Value * ws.Cells(r, 5).Value * ws.Cells(r, 6).Value * 7.85 / 1000000
        End If
        ws.Cells(r, 8).Value = ws.Cells(r - 1, 8).Value + 1
    Next r
    MsgBox "Общо тегло S355: " & Format(total, "0.00") & " t"
End Sub`)}`),

  rec('code_go_fr', f`Bonjour, notre service d'ingestion des capteurs des attractions (parc de Wavre) perd des messages quand le broker redémarre. Voici la boucle :

${code(f`func consume(ctx context.Context, c mqtt.Client, out chan<- Reading) error {
	tok := c.Subscribe("rides/+/telemetry", 0, func(_ mqtt.Client, m mqtt.Message) {
		var r Reading
		if err := json.Unmarshal(m.Payload(), &r); err != nil {
			log.Printf("bad payload on %s: %v", m.Topic(), err)
			return
		}
		out <- r
	})
	if tok.Wait() && tok.Error() != nil {
		return tok.Error()
	}
	<-ctx.Done()
	return nil
}`)}

QoS 0 suffit-il ou faut-il une session persistante ?`),

  rec('code_rust_pt', f`Monitor de temperatura das arcas de plasma (tem de estar abaixo de -25 °C). O alarme dispara com cada leitura ruidosa. Como faço uma histerese decente?

${code(f`#[derive(Debug, Clone, Copy, PartialEq)]
enum Estado { Normal, Alarme }

struct Monitor { limite: f32, estado: Estado }

impl Monitor {
    fn atualizar(&mut self, temp_c: f32) -> Option<Estado> {
        let novo = if temp_c > self.limite { Estado::Alarme } else { Estado::Normal };
        if novo != self.estado {
            self.estado = novo;
            return Some(novo);
        }
        None
    }
}

fn main() {
    let mut m = Monitor { limite: -25.0, estado: Estado::Normal };
    for t in [-27.1, -24.9, -25.1, -24.8, -26.0] {
        if let Some(e) = m.atualizar(t) { println!("{t:.1} °C -> {e:?}"); }
    }
}`)}`),

  rec('code_bash_tl', f`Pa-review naman ng script ko para i-backup ang flight logs ng mga drone pag-uwi galing field. Minsan nadodoble yung files.

${code(f`#!/usr/bin/env bash
set -u
SRC="/media/$USER/DRONE_SD/APM/LOGS"
DEST="/srv/flightlogs/$(date +%Y/%m)"
mkdir -p "$DEST"

for f in "$SRC"/*.BIN; do
  base=$(basename "$f" .BIN)
  ts=$(stat -c %Y "$f")
  cp "$f" "$DEST/\${base}_\${ts}.BIN"
done
rsync -a "$DEST/" ${amb('pii.email', 'backup@nas.local')}:/volume1/flightlogs/
echo "Tapos na: $(ls "$DEST" | wc -l) files"`)}`),

  rec('code_python_fr', f`Bonjour, pour la liste d'attente de greffe rénale on calcule le nombre d'incompatibilités HLA (A, B, DR). Le résultat est faux quand le donneur est homozygote. Vous voyez pourquoi ?

${code(f`def hla_mismatches(donor: dict[str, list[str]], recipient: dict[str, list[str]]) -> int:
    """Nombre d'antigènes du donneur absents chez le receveur (0 à 6)."""
    total = 0
    for locus in ("A", "B", "DR"):
        for antigen in donor[locus]:
            if antigen not in recipient[locus]:
                total += 1
    return total

print(hla_mismatches({"A": ["2", "2"], "B": ["44", "8"], "DR": ["4", "15"]},
                     {"A": ["1", "3"], "B": ["44", "7"], "DR": ["4", "13"]}))`)}`),

  rec('diff_ja', f`このプルリクエストのレビューをお願いします。待ち時間表示の丸め方を変えました。

${code(f`--- a/src/waittime/format.ts
+++ b/src/waittime/format.ts
@@ -8,9 +8,12 @@ export function formatWait(minutes: number, locale: string): string {
   if (minutes < 0) return locale === 'ja' ? '休止中' : 'Closed';
-  const rounded = Math.round(minutes / 5) * 5;
+  // 5分未満は「すぐ」と表示、それ以外は5分単位で切り上げ
+  if (minutes < 5) return locale === 'ja' ? 'すぐ' : 'Now';
+  const rounded = Math.ceil(minutes / 5) * 5;
   return locale === 'ja' ? \`\${rounded}分\` : \`\${rounded} min\`;
 }`)}`),
];
