/**
 * Held-out batch 53: pasted source code from the six workplaces — flight planning, RTL and
 * verification, benefit calculations, booking systems, removals quoting, commodity analytics.
 * No secrets; the code blocks are labelled. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH53_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Our flight-time estimate for the H145 is always 5–8 minutes optimistic. Can you spot why?

\`\`\`python
${code(f`from math import radians, sin, cos, asin, sqrt

CRUISE_KT = 130
STARTUP_MIN = 6

def haversine_nm(lat1, lon1, lat2, lon2):
    r_nm = 3440.065
    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 2 * r_nm * asin(sqrt(a))

def flight_minutes(base, scene, wind_kt=0):
    dist = haversine_nm(*base, *scene)
    gs = CRUISE_KT - wind_kt
    return STARTUP_MIN + dist / gs * 60`)}
\`\`\``),

  rec('code_systemverilog', f`${code(f`module async_fifo #(
  parameter int DW = 32,
  parameter int AW = 4
) (
  input  logic          wclk, wrst_n, winc,
  input  logic [DW-1:0] wdata,
  output logic          wfull,
  input  logic          rclk, rrst_n, rinc,
  output logic [DW-1:0] rdata,
  output logic          rempty
);
  logic [AW:0] wptr_bin, wptr_gray, rptr_bin, rptr_gray;
  logic [AW:0] wq1_rptr, wq2_rptr, rq1_wptr, rq2_wptr;
  logic [DW-1:0] mem [0:(1<<AW)-1];

  always_ff @(posedge wclk) if (winc && !wfull) mem[wptr_bin[AW-1:0]] <= wdata;
  assign rdata = mem[rptr_bin[AW-1:0]];

  always_ff @(posedge wclk or negedge wrst_n)
    if (!wrst_n) {wq2_rptr, wq1_rptr} <= '0;
    else         {wq2_rptr, wq1_rptr} <= {wq1_rptr, rptr_gray};

  assign wfull = (wptr_gray == {~wq2_rptr[AW:AW-1], wq2_rptr[AW-2:0]});
endmodule`)}

Lint says wfull is combinational from a synchronizer output. Is that actually a problem or can I waive it?`),

  rec('code_tcl', f`Synthesis runtime doubled after I added these constraints. Anything wrong?

${code(f`create_clock -name core_clk -period 1.25 [get_ports clk_core]
create_generated_clock -name div2_clk -source [get_ports clk_core] -divide_by 2 [get_pins u_clkdiv/q_reg/Q]
set_clock_uncertainty -setup 0.05 [all_clocks]
set_input_delay 0.4 -clock core_clk [remove_from_collection [all_inputs] [get_ports clk_core]]
set_output_delay 0.3 -clock core_clk [all_outputs]
foreach_in_collection p [get_pins -hier */serdes_*/rx_data*] {
  set_false_path -through $p
}
set_multicycle_path 2 -setup -from [get_clocks div2_clk] -to [get_clocks core_clk]`)}`),

  rec('code_python', f`Kannst du mir erklären, warum die Hedge-Quote bei Rohkaffee-Kontrakten negativ wird, wenn wir mehr physische Ware verkaufen als einkaufen?

${code(f`import pandas as pd

def hedge_ratio(physisch: pd.DataFrame, futures: pd.DataFrame) -> pd.Series:
    # physisch: Spalten monat, menge_t (positiv = Einkauf, negativ = Verkauf)
    # futures:  Spalten monat, lots (1 Lot KC = 37.500 lb)
    LB_PRO_T = 2204.62
    netto = physisch.groupby("monat")["menge_t"].sum() * LB_PRO_T
    gehedgt = futures.groupby("monat")["lots"].sum() * 37_500
    return (gehedgt / netto).round(3)`)}`),

  rec('code_sql', f`Je voudrais vérifier cette requête qui calcule le montant de l'aide au logement par foyer, les totaux ne correspondent pas à l'état mensuel :

${code(f`-- montant mensuel par foyer, avril 2025
SELECT f.id_foyer,
       f.commune,
       SUM(CASE WHEN d.type = 'APL' THEN d.montant ELSE 0 END) AS apl,
       SUM(CASE WHEN d.type = 'ALS' THEN d.montant ELSE 0 END) AS als,
       COUNT(DISTINCT m.id_membre)                                AS nb_membres
FROM foyer f
JOIN droit d   ON d.id_foyer = f.id_foyer AND d.mois = DATE '2025-04-01'
LEFT JOIN membre m ON m.id_foyer = f.id_foyer
GROUP BY f.id_foyer, f.commune
HAVING SUM(d.montant) > 0;`)}`),

  rec('code_c', f`ブリングアップ中の PLL ロック待ちがたまにタイムアウトします。レジスタアクセスのコードに問題ありますか？

${code(f`#define PLL_BASE      0x40021000u
#define PLL_CTRL      (*(volatile uint32_t *)(PLL_BASE + 0x00))
#define PLL_STATUS    (*(volatile uint32_t *)(PLL_BASE + 0x04))
#define PLL_LOCK_BIT  (1u << 0)

int pll_enable(uint32_t mult, uint32_t div)
{
    PLL_CTRL = (mult << 8) | (div << 2);
    PLL_CTRL |= 1u;                    /* enable */
    for (uint32_t i = 0; i < 10000; i++) {
        if (PLL_STATUS & PLL_LOCK_BIT)
            return 0;
    }
    return -1;                          /* timeout */
}`)}`),

  rec('code_python', f`這是我們 SerDes 接收端的 cocotb 測試，模擬偶爾會卡住不結束，可以幫我看哪裡寫錯了嗎？

${code(f`import cocotb
from cocotb.clock import Clock
from cocotb.triggers import RisingEdge, Timer

@cocotb.test()
async def rx_lock_test(dut):
    cocotb.start_soon(Clock(dut.clk, 1, units="ns").start())
    dut.rst_n.value = 0
    await Timer(20, units="ns")
    dut.rst_n.value = 1
    # 等待 CDR 鎖定
    while dut.cdr_lock.value != 1:
        await RisingEdge(dut.clk)
    for _ in range(1000):
        await RisingEdge(dut.clk)
        assert dut.rx_err.value == 0, "接收錯誤"`)}`),

  rec('code_js', f`¿Por qué este código me deja reservar dos exámenes prácticos en la misma franja para el mismo examinador?

${code(f`async function reservarFranja(db, examinadorId, alumnoId, inicio) {
  const ocupada = await db.query(
    'SELECT 1 FROM reservas WHERE examinador_id = $1 AND inicio = $2',
    [examinadorId, inicio]
  );
  if (ocupada.rowCount > 0) throw new Error('Franja ocupada');
  await db.query(
    'INSERT INTO reservas (examinador_id, alumno_id, inicio) VALUES ($1, $2, $3)',
    [examinadorId, alumnoId, inicio]
  );
}`)}`),

  rec('code_kotlin', f`O app de inventário da mudança trava quando a lista passa de uns 300 itens. Alguma ideia?

${code(f`@Composable
fun InventarioScreen(itens: List<ItemMudanca>, onExcluir: (ItemMudanca) -> Unit) {
    Column(Modifier.verticalScroll(rememberScrollState())) {
        itens.forEach { item ->
            Row(Modifier.fillMaxWidth().padding(8.dp)) {
                Text("\${item.comodo} – \${item.descricao}", Modifier.weight(1f))
                Text("\${item.volumeM3} m³")
                IconButton(onClick = { onExcluir(item) }) { Icon(Icons.Default.Delete, null) }
            }
        }
    }
}`)}`),

  rec('code_go', f`${code(f`package inspection

import (
	"errors"
	"time"
)

type Result struct {
	Plate      string
	Station    string
	Defects    []Defect
	InspectedAt time.Time
}

var ErrMajorDefect = errors.New("major defect: retest required")

func (r Result) Verdict() (string, error) {
	for _, d := range r.Defects {
		if d.Severity >= SeverityMajor {
			return "FAIL", ErrMajorDefect
		}
	}
	if len(r.Defects) > 0 {
		return "PASS_WITH_ADVISORIES", nil
	}
	return "PASS", nil
}`)}

gofmt complains about the struct alignment, and I'm not sure the error should be returned with FAIL. Thoughts?`),

  rec('code_csharp', f`Kan je deze berekening van de huurtoelage nakijken? De afronding klopt niet met wat de Vlaamse simulator geeft.

${code(f`public decimal BerekenHuurtoelage(decimal huurprijs, decimal inkomen, int personenTenLaste)
{
    const decimal maxToelage = 208.43m;
    decimal verhoging = personenTenLaste * 41.69m;
    decimal plafond = 1_000m + personenTenLaste * 100m;
    if (huurprijs > plafond) return 0m;
    decimal toelage = Math.Min(maxToelage + verhoging, huurprijs * 0.35m);
    if (inkomen > 30_000m) toelage *= 0.5m;
    return Math.Round(toelage, 2);
}`)}`),

  rec('code_ts', f`Kan du förbättra den här funktionen som räknar ut flyttpriset? Den ska ta hänsyn till våningsplan utan hiss.

${code(f`type Offert = { volymM3: number; avstandKm: number; vaningUtanHiss: number; packning: boolean };

export function beraknaPris(o: Offert): number {
  const grund = 1800;
  const perM3 = 420;
  const perKm = 14;
  let pris = grund + o.volymM3 * perM3 + o.avstandKm * perKm;
  if (o.vaningUtanHiss > 1) pris += (o.vaningUtanHiss - 1) * 350;
  if (o.packning) pris *= 1.25;
  return Math.round(pris / 10) * 10;
}`)}`),

  rec('code_java', f`${code(f`@RestController
@RequestMapping("/api/randevu")
public class RandevuController {

    private final RandevuService service;

    public RandevuController(RandevuService service) {
        this.service = service;
    }

    @PostMapping
    public ResponseEntity<RandevuDto> olustur(@Valid @RequestBody RandevuIstek istek) {
        if (istek.tarih().isBefore(LocalDate.now())) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(service.olustur(istek));
    }
}`)}

İstasyon kapasitesi dolunca 409 dönmek istiyorum, bunu nereye koymalıyım?`),

  rec('code_python', f`אני רוצה לשלוף את ה-WNS הכי גרוע מכל דוח timing ולהציג בטבלה. הסקריפט מפספס דוחות שיש בהם כמה corners:

${code(f`import re
from pathlib import Path

WNS_RE = re.compile(r"^\\s*WNS\\s*:\\s*(-?\\d+\\.\\d+)", re.M)

def worst_wns(report_dir: str) -> dict[str, float]:
    out = {}
    for rpt in Path(report_dir).glob("*/timing.rpt"):
        m = WNS_RE.search(rpt.read_text())
        if m:
            out[rpt.parent.name] = float(m.group(1))
    return dict(sorted(out.items(), key=lambda kv: kv[1]))`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# run_regress.sh — nightly block-level regression
set -euo pipefail
BLOCKS=(ddr_ctrl pcie_ep serdes_rx axi_xbar)
OUT=/proj/nimbic/regress/$(date +%Y%m%d)
mkdir -p "$OUT"
for b in "\${BLOCKS[@]}"; do
  ( cd "verif/$b" && make sim SEEDS=50 LSF_QUEUE=regress > "$OUT/$b.log" 2>&1 ) &
done
wait
grep -l "UVM_FATAL\\|UVM_ERROR :    [1-9]" "$OUT"/*.log | xargs -r -n1 basename`)}

The grep never finds the failing logs even though some have errors. What's wrong with the pattern?`),

  rec('code_php', f`Ahoj, tenhle kód počítá příspěvek na bydlení, ale u domácností s více než 4 členy vychází moc vysoko:

${code(f`<?php
function prispevekNaBydleni(float $naklady, float $prijem, int $clenove): float
{
    $normativy = [1 => 9720, 2 => 13896, 3 => 18810, 4 => 23171];
    $normativ = $normativy[min($clenove, 4)] + max(0, $clenove - 4) * 4361;
    $koeficient = 0.30; // Praha 0.35
    $prispevek = $normativ - $prijem * $koeficient;
    return max(0, round(min($prispevek, $naklady - $prijem * $koeficient)));
}`)}`),

  rec('code_r', f`${code(f`library(dplyr)
library(ggplot2)

arak <- read.csv("kave_arak_2024.csv") |>
  mutate(datum = as.Date(datum)) |>
  group_by(honap = format(datum, "%Y-%m")) |>
  summarise(atlag = mean(arabica_usd_lb), szoras = sd(arabica_usd_lb))

ggplot(arak, aes(honap, atlag, group = 1)) +
  geom_line() +
  geom_ribbon(aes(ymin = atlag - szoras, ymax = atlag + szoras), alpha = 0.2)`)}

Miért nem jelennek meg a hónapok rendesen az x tengelyen?`),

  rec('code_vba', f`This macro fills the cocoa contract confirmation template but it overwrites the previous contract when two traders run it at once.

${code(f`Sub GenerateConfirmation()
    Dim ws As Worksheet, tpl As Worksheet
    Set ws = ThisWorkbook.Sheets("Contracts")
    Set tpl = ThisWorkbook.Sheets("Template")
    Dim r As Long: r = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
    tpl.Range("C4").Value = ws.Cells(r, 1).Value   ' contract no
    tpl.Range("C6").Value = ws.Cells(r, 3).Value   ' counterparty
    tpl.Range("C8").Value = ws.Cells(r, 5).Value   ' tonnes
    tpl.Range("C9").Value = ws.Cells(r, 6).Value   ' price GBP/t
    tpl.ExportAsFixedFormat xlTypePDF, ThisWorkbook.Path & "\\conf_" & ws.Cells(r, 1).Value & ".pdf"
End Sub`)}`),

  rec('code_sql', f`Βοήθησέ με να βελτιώσω αυτό το query — θέλω τον μέσο χρόνο από την κλήση μέχρι την απογείωση ανά βάση, για τον τελευταίο μήνα:

${code(f`SELECT b.name AS base,
       AVG(EXTRACT(EPOCH FROM (m.takeoff_at - m.call_at)) / 60) AS avg_min,
       COUNT(*) AS missions
FROM missions m
JOIN bases b ON b.id = m.base_id
WHERE m.call_at >= now() - interval '30 days'
  AND m.status <> 'cancelled'
GROUP BY b.name
ORDER BY avg_min;`)}`),

  rec('code_python', f`Bhai ye Flask app RTO driving test slots dikhata hai, lekin timezone ki wajah se slots ek din aage dikh rahe hain:

${code(f`from datetime import datetime, timedelta
from flask import Flask, jsonify

app = Flask(__name__)

@app.get("/slots/<centre>")
def slots(centre):
    today = datetime.utcnow().date()
    rows = db.execute(
        "SELECT start_time FROM slots WHERE centre = ? AND date(start_time) BETWEEN ? AND ?",
        (centre, today, today + timedelta(days=14)),
    ).fetchall()
    return jsonify([r[0] for r in rows])`)}`),

  rec('code_dart', f`แอปจองคิวตรวจสภาพรถของเรา หน้าเลือกวันไม่อัปเดตเมื่อกดเปลี่ยนสาขา ช่วยดูหน่อยครับ

${code(f`class BookingPage extends StatefulWidget {
  const BookingPage({super.key});
  @override
  State<BookingPage> createState() => _BookingPageState();
}

class _BookingPageState extends State<BookingPage> {
  String branch = 'บางนา';
  late Future<List<DateTime>> slots = api.fetchSlots(branch);

  void onBranchChanged(String b) {
    branch = b;
  }

  @override
  Widget build(BuildContext context) => FutureBuilder(
        future: slots,
        builder: (c, s) => s.hasData ? SlotList(s.data!) : const CircularProgressIndicator(),
      );
}`)}`),

  rec('dockerfile', f`Can you shrink this image? It's 2.1 GB for a small Python service that parses ICE settlement files.

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN apt-get update && apt-get install -y build-essential libpq-dev
RUN pip install -r requirements.txt
CMD ["python", "-m", "settle_parser"]`)}`),
];
