/**
 * Held-out batch 21: pasted source code — geology notebooks, PLC logic, terminal and ticketing
 * systems, trading engines, BPO tooling — with questions in several languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH21_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Compositing to 2 m gives me more composites than samples in some holes, that can't be right?

\`\`\`python
${code(f`import pandas as pd
import numpy as np

assays = pd.read_csv("assays_YRB_2024.csv")          # hole_id, from_m, to_m, fe_pct, sio2_pct
assays = assays.sort_values(["hole_id", "from_m"])

def composite(df, length=2.0):
    out = []
    for hole, g in df.groupby("hole_id"):
        start, end = g["from_m"].min(), g["to_m"].max()
        for top in np.arange(start, end, length):
            bot = top + length
            seg = g[(g["to_m"] > top) & (g["from_m"] < bot)].copy()
            seg["w"] = seg[["to_m"]].clip(upper=bot).values.ravel() - seg[["from_m"]].clip(lower=top).values.ravel()
            if seg["w"].sum() < 0.5 * length:
                continue
            out.append({"hole_id": hole, "from_m": top, "to_m": bot,
                        "fe_pct": np.average(seg["fe_pct"], weights=seg["w"])})
    return pd.DataFrame(out)

comps = composite(assays)
print(comps.groupby("hole_id").size().describe())`)}
\`\`\``),

  rec('code_sql', f`Este query para el plan de atraques tarda 40 segundos. ¿Cómo lo optimizo? Es Postgres 15.

${code(f`SELECT v.vessel_name,
       v.imo,
       b.berth_code,
       vv.eta,
       vv.etd,
       COUNT(m.move_id) FILTER (WHERE m.move_kind = 'DSCH') AS discharge_moves,
       COUNT(m.move_id) FILTER (WHERE m.move_kind = 'LOAD') AS load_moves
FROM vessel_visit vv
JOIN vessel v   ON v.vessel_id = vv.vessel_id
JOIN berth b    ON b.berth_id = vv.berth_id
LEFT JOIN crane_move m ON m.visit_id = vv.visit_id
WHERE vv.eta BETWEEN now() AND now() + interval '7 days'
  AND upper(b.terminal) = 'SAI'
GROUP BY v.vessel_name, v.imo, b.berth_code, vv.eta, vv.etd
ORDER BY vv.eta;`)}`),

  rec('code_vba', f`This macro for the rent roll stops at "Run-time error 1004" on the arrears sheet. Any ideas?

${code(f`Sub BuildArrearsReport()
    Dim ws As Worksheet, out As Worksheet
    Dim lastRow As Long, r As Long, o As Long

    Set ws = ThisWorkbook.Sheets("RentRoll")
    Set out = ThisWorkbook.Sheets("Arrears")
    out.Range("A2:F1000").ClearContents

    lastRow = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    o = 2
    For r = 2 To lastRow
        If ws.Cells(r, "H").Value > 0 And ws.Cells(r, "I").Value > 14 Then
            out.Cells(o, 1).Resize(1, 6).Value = ws.Range(ws.Cells(r, 1), ws.Cells(r, 6)).Value
            out.Cells(o, 7).Value = ws.Cells(r, "H").Value
            o = o + 1
        End If
    Next r

    out.Range("A1:G" & o).Sort Key1:=out.Range("G2"), Order1:=xlDescending, Header:=xlYes
End Sub`)}`),

  rec('code_java', f`Tariffa a fasce: per i viaggi oltre 200 km il prezzo esce sbagliato di qualche centesimo. Dove sbaglio?

${code(f`public final class FareCalculator {
    private static final BigDecimal BASE = new BigDecimal("2.40");
    private static final BigDecimal PER_KM_LOW = new BigDecimal("0.0925");
    private static final BigDecimal PER_KM_HIGH = new BigDecimal("0.0710");

    public BigDecimal fare(int km, PassengerType type) {
        double raw;
        if (km <= 200) {
            raw = BASE.doubleValue() + km * PER_KM_LOW.doubleValue();
        } else {
            raw = BASE.doubleValue() + 200 * PER_KM_LOW.doubleValue() + (km - 200) * PER_KM_HIGH.doubleValue();
        }
        BigDecimal fare = BigDecimal.valueOf(raw).setScale(2, RoundingMode.HALF_UP);
        return type == PassengerType.RIDOTTO ? fare.multiply(new BigDecimal("0.70")) : fare;
    }
}`)}`),

  rec('code_csharp', f`adherence % comes out above 100 for agents who log in early. WFM calc:

\`\`\`csharp
${code(f`public static double Adherence(IReadOnlyList<ScheduleSegment> plan, IReadOnlyList<AgentState> actual)
{
    double inAdherence = 0, scheduled = 0;
    foreach (var seg in plan.Where(s => s.Activity == Activity.Phone))
    {
        scheduled += (seg.End - seg.Start).TotalMinutes;
        foreach (var st in actual.Where(a => a.State is "Available" or "OnCall" or "ACW"))
        {
            var from = st.Start > seg.Start ? st.Start : seg.Start;
            var to = st.End < seg.End ? st.End : seg.End;
            if (to > from) inAdherence += (to - from).TotalMinutes;
        }
    }
    return scheduled == 0 ? 0 : Math.Round(100 * inAdherence / scheduled, 1);
}`)}
\`\`\``),

  rec('code_go', f`${code(f`func (b *Book) Match(o *Order) []Fill {
	var fills []Fill
	opp := b.asks
	if o.Side == Sell {
		opp = b.bids
	}
	for o.Remaining > 0 && opp.Len() > 0 {
		best := opp.Peek()
		if (o.Side == Buy && best.Price > o.Price) || (o.Side == Sell && best.Price < o.Price) {
			break
		}
		qty := min(o.Remaining, best.Remaining)
		fills = append(fills, Fill{Maker: best.ID, Taker: o.ID, Price: best.Price, Qty: qty})
		o.Remaining -= qty
		best.Remaining -= qty
		if best.Remaining == 0 {
			heap.Pop(opp)
		}
	}
	if o.Remaining > 0 && o.Type == Limit {
		b.rest(o)
	}
	return fills
}`)}

is there a race here if two goroutines call Match? the book has a mutex but it's only taken in rest()`),

  rec('code_rust', f`このパーサーでたまにパニックが出ます。マーケットデータのバイナリフレームです。

${code(f`pub fn parse_frame(buf: &[u8]) -> Result<Trade, ParseError> {
    if buf.len() < 26 {
        return Err(ParseError::Short(buf.len()));
    }
    let seq = u64::from_le_bytes(buf[0..8].try_into().unwrap());
    let price = i64::from_le_bytes(buf[8..16].try_into().unwrap());
    let qty = u64::from_le_bytes(buf[16..24].try_into().unwrap());
    let sym_len = buf[24] as usize;
    let side = match buf[25] {
        b'B' => Side::Buy,
        b'S' => Side::Sell,
        other => return Err(ParseError::Side(other)),
    };
    let symbol = std::str::from_utf8(&buf[26..26 + sym_len])?.to_owned();
    Ok(Trade { seq, price, qty, side, symbol })
}`)}`),

  rec('code_solidity', f`Auditor flagged "cliff not enforced" on our employee token vesting contract. Where?

${code(f`// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

contract TeamVesting {
    IERC20 public immutable token;
    uint64 public immutable start;
    uint64 public immutable cliff;
    uint64 public immutable duration;
    mapping(address => uint256) public allocation;
    mapping(address => uint256) public released;

    constructor(IERC20 _token, uint64 _start, uint64 _cliff, uint64 _duration) {
        token = _token; start = _start; cliff = _cliff; duration = _duration;
    }

    function vested(address who) public view returns (uint256) {
        if (block.timestamp >= start + duration) return allocation[who];
        return allocation[who] * (block.timestamp - start) / duration;
    }

    function release() external {
        uint256 amount = vested(msg.sender) - released[msg.sender];
        released[msg.sender] += amount;
        require(token.transfer(msg.sender, amount), "transfer failed");
    }
}`)}`),

  rec('code_tsx', f`The price filter on the listings page re-renders forever. Component:

${code(f`export function ListingFilters({ onChange }: { onChange: (f: Filters) => void }) {
  const [min, setMin] = useState<number | undefined>();
  const [max, setMax] = useState<number | undefined>();
  const [beds, setBeds] = useState(0);

  const filters = { min, max, beds, suburb: useSearchParams().get('suburb') ?? undefined };

  useEffect(() => {
    onChange(filters);
  }, [filters, onChange]);

  return (
    <div className="filters">
      <PriceInput label="Min" value={min} onChange={setMin} />
      <PriceInput label="Max" value={max} onChange={setMax} />
      <BedsSelect value={beds} onChange={setBeds} />
    </div>
  );
}`)}`),

  rec('code_kotlin', f`Die Ticket-App stürzt beim Drehen des Bildschirms im Bezahlschritt ab. Das ViewModel:

${code(f`class CheckoutViewModel(
    private val repo: TicketRepository,
    private val savedState: SavedStateHandle,
) : ViewModel() {

    private val _state = MutableStateFlow<CheckoutState>(CheckoutState.Idle)
    val state: StateFlow<CheckoutState> = _state

    lateinit var offer: Offer

    fun load(offerId: String) = viewModelScope.launch {
        offer = repo.offer(offerId)
        _state.value = CheckoutState.Ready(offer)
    }

    fun pay(method: PaymentMethod) = viewModelScope.launch {
        _state.value = CheckoutState.Paying
        _state.value = when (val r = repo.book(offer, method)) {
            is BookingResult.Ok -> CheckoutState.Done(r.ticket)
            is BookingResult.Failed -> CheckoutState.Error(r.reason)
        }
    }
}`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# nightly dump of the TOS reporting replica, keep 14 days
set -euo pipefail

BACKUP_DIR=/srv/backup/tos
STAMP=$(date +%Y%m%d_%H%M)
DB=tos_reporting

mkdir -p "$BACKUP_DIR"
pg_dump -h tos-rep-01 -U backup -Fc "$DB" > "$BACKUP_DIR/\${DB}_\${STAMP}.dump"
find "$BACKUP_DIR" -name "\${DB}_*.dump" -mtime +14 -delete

if [[ $(du -sm "$BACKUP_DIR" | cut -f1) -gt 200000 ]]; then
  echo "tos backup dir over 200 GB" | mail -s "backup warning" ops
fi`)}

cron runs it but the find never deletes anything, why?`),

  rec('code_powershell', f`Script to create AD accounts for the new Pune wave, it fails on agents with an apostrophe in the surname (D'Souza). Fix?

${code(f`Import-Csv .\\wave_dec.csv | ForEach-Object {
    $sam = ($_.FirstName.Substring(0,1) + $_.LastName).ToLower() -replace '\\s',''
    $filter = "SamAccountName -eq '$sam'"
    if (Get-ADUser -Filter $filter) {
        Write-Warning "$sam exists"; return
    }
    New-ADUser -Name "$($_.FirstName) $($_.LastName)" \`
        -SamAccountName $sam \`
        -Path "OU=Agents,OU=Pune,DC=brightloop,DC=local" \`
        -AccountPassword (Read-Host -AsSecureString "Initial password for $sam") \`
        -ChangePasswordAtLogon $true -Enabled $true
    Add-ADGroupMember -Identity "LOB-UKTelco" -Members $sam
}`)}`),

  rec('code_st', f`Conveyor CV-204 interlock: the belt restarts by itself after the pull-wire is reset. Structured Text from the PLC (Codesys):

${code(f`PROGRAM CV204_Interlock
VAR
    StartPB      : BOOL;
    StopPB       : BOOL;
    PullWireOK   : BOOL;
    UnderspeedOK : BOOL;
    DownstreamRun: BOOL;
    RunCmd       : BOOL;
    StartDelay   : TON;
END_VAR

StartDelay(IN := StartPB AND PullWireOK, PT := T#5S);   (* pre-start warning siren *)

IF StartDelay.Q AND DownstreamRun AND UnderspeedOK THEN
    RunCmd := TRUE;
END_IF;

IF StopPB OR NOT PullWireOK OR NOT DownstreamRun THEN
    RunCmd := FALSE;
END_IF;
END_PROGRAM`)}`),

  rec('code_ladder_es', f`Exporté esta rutina de la bomba de relaves desde Studio 5000 en texto. ¿Por qué la bomba B no entra cuando falla la A?

${code(f`SOR XIC(Auto_Mode) XIC(PumpA_Fault) XIO(PumpB_Fault) OTL(PumpB_Start_Req) EOR
SOR XIC(PumpB_Start_Req) TON(PumpB_Delay,?,?) EOR
SOR XIC(PumpB_Delay.DN) XIO(Sump_Low_Level) OTE(PumpB_Run) EOR
SOR [XIC(PumpA_Run) ,XIC(Reset_PB) ] OTU(PumpB_Start_Req) EOR`)}`),

  rec('code_terraform', f`${code(f`resource "aws_s3_bucket" "geo_raw" {
  bucket = "kwr-geo-raw-\${var.site}"
  tags   = { owner = "geology", site = var.site }
}

resource "aws_s3_bucket_lifecycle_configuration" "geo_raw" {
  bucket = aws_s3_bucket.geo_raw.id
  rule {
    id     = "core-photos-to-glacier"
    status = "Enabled"
    filter { prefix = "core_photos/" }
    transition {
      days          = 90
      storage_class = "GLACIER_IR"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "geo_raw" {
  bucket                  = aws_s3_bucket.geo_raw.id
  block_public_acls       = true
  restrict_public_buckets = true
}`)}

plan says the lifecycle rule needs a filter OR prefix, but I have a filter?`),

  rec('code_python', f`Reading the crusher motor currents over Modbus TCP, values come out as huge numbers, I think it's the word order:

${code(f`from pymodbus.client import ModbusTcpClient
import struct

client = ModbusTcpClient("crusher-plc.local", port=502)
client.connect()

rr = client.read_holding_registers(address=4100, count=8, slave=1)
regs = rr.registers
currents = []
for i in range(0, len(regs), 2):
    raw = struct.pack(">HH", regs[i], regs[i + 1])
    currents.append(struct.unpack(">f", raw)[0])

print(dict(zip(["L1", "L2", "L3", "avg"], currents)))
client.close()`)}`),

  rec('code_abap', f`Können Sie mir erklären, was dieser Report macht? Der Kollege, der ihn geschrieben hat, ist nicht mehr da. Es geht um Instandhaltungsaufträge für die Förderanlagen.

${code(f`REPORT zpm_open_orders.

TABLES: aufk.
SELECT-OPTIONS: s_werks FOR aufk-werks DEFAULT 'CL01',
                s_auart FOR aufk-auart.

DATA: lt_orders TYPE TABLE OF aufk.

SELECT * FROM aufk INTO TABLE lt_orders
  WHERE werks IN s_werks
    AND auart IN s_auart
    AND phas1 = 'X'.

LOOP AT lt_orders INTO DATA(ls_order).
  WRITE: / ls_order-aufnr, ls_order-ktext, ls_order-erdat.
ENDLOOP.`)}`),

  rec('code_apps_script', f`sir ito po yung script sa Google Sheets for the attendance tracker, ayaw mag-highlight ng late pag lampas 5 mins. pa-check po

${code(f`function highlightLates() {
  const sh = SpreadsheetApp.getActive().getSheetByName('Attendance');
  const data = sh.getRange(2, 1, sh.getLastRow() - 1, 5).getValues();
  data.forEach((row, i) => {
    const sched = row[2];   // scheduled login
    const actual = row[3];  // actual login
    if (!actual) return;
    const diffMin = (actual - sched) / 60000;
    if (diffMin > 5) {
      sh.getRange(i + 2, 1, 1, 5).setBackground('#f4cccc');
    }
  });
}`)}`),

  rec('code_python_airflow', f`${code(f`with DAG(
    dag_id="punctuality_daily",
    schedule="15 3 * * *",
    start_date=pendulum.datetime(2024, 1, 1, tz="Europe/Helsinki"),
    catchup=False,
) as dag:

    extract = PythonOperator(task_id="extract_train_events", python_callable=extract_events,
                             op_kwargs={"day": "{{ ds }}"})

    calc = PythonOperator(task_id="calc_punctuality", python_callable=calc_punctuality)

    publish = PythonOperator(task_id="publish_dashboard", python_callable=publish)

    extract >> calc >> publish`)}

Miksi DAG ajaa eilisen päivän datalla eikä tämän päivän? Onko ds väärä makro?`),

  rec('diff', f`review this PR please, it's the fix for the double-booking of viewings:

${code(f`--- a/app/services/viewing_scheduler.rb
+++ b/app/services/viewing_scheduler.rb
@@ -18,11 +18,16 @@ class ViewingScheduler
   def book(property_id, agent_id, slot)
-    existing = Viewing.where(property_id: property_id, starts_at: slot.begin)
-    raise SlotTaken if existing.any?
-    Viewing.create!(property_id: property_id, agent_id: agent_id, starts_at: slot.begin, ends_at: slot.end)
+    Viewing.transaction do
+      Property.lock.find(property_id)
+      overlap = Viewing.where(property_id: property_id)
+                       .where("starts_at < ? AND ends_at > ?", slot.end, slot.begin)
+      raise SlotTaken if overlap.exists?
+      Viewing.create!(property_id: property_id, agent_id: agent_id, starts_at: slot.begin, ends_at: slot.end)
+    end
   end`)}`),

  rec('code_r', f`Variograma experimental de leyes de cobre — el rango me sale 3 veces más largo que con Leapfrog. ¿Está bien la parametrización?

${code(f`library(gstat)
library(sp)

cu <- read.csv("compositos_cu_2m.csv")
coordinates(cu) <- ~ este + norte

v_exp <- variogram(cu_pct ~ 1, cu, width = 25, cutoff = 600,
                   alpha = c(0, 45, 90, 135), tol.hor = 22.5)
v_fit <- fit.variogram(v_exp, vgm(psill = 0.35, model = "Sph", range = 180, nugget = 0.05))
plot(v_exp, v_fit)`)}`),

  rec('docker_run', f`Starting the TOS EDI simulator for the training session, container exits immediately:

${amb('source_code.snippet', f`docker run -d --name edi-sim \\
  -p 9400:9400 \\
  -e EDI_PARTNER=TRAINING \\
  -v /srv/edi-sim/messages:/data/in:ro \\
  tideline/edi-simulator:2.3.1 --mode replay --speed 4`)}

logs just say "no messages found in /data/in" but the folder has 200 .edi files`),
];
