/**
 * Held-out batch 32: pasted source code from the six workplaces — telemetry parsers, SCADA and
 * PLC logic, enrolment SQL, payroll-card apps, lottery payout services, cold-chain dashboards,
 * Excel macros — fenced or not, with questions in several languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH32_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`This flags temperature excursions on the -80 freezers but it counts one long excursion as dozens. How do I group consecutive readings into one event with start, end and peak?

\`\`\`python
${code(f`import csv
from datetime import datetime

LIMIT = -70.0

def excursions(path):
    events = []
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            t = float(row["temp_c"])
            if t > LIMIT:
                events.append({
                    "serial": row["serial"],
                    "at": datetime.fromisoformat(row["ts"]),
                    "temp": t,
                })
    return events

if __name__ == "__main__":
    for e in excursions("ULT-80_readings_2025-03.csv"):
        print(e["serial"], e["at"], e["temp"])`)}
\`\`\``),

  rec('code_csharp', f`Reading the clearwell level from the Modbus gateway, the value comes back as 17224 instead of ~12.5 ft. I think it's a float across two registers?

${code(f`using NModbus;
using System.Net.Sockets;

using var client = new TcpClient("${amb('pii.ip_address', '10.20.4.11')}", 502);
var factory = new ModbusFactory();
IModbusMaster master = factory.CreateMaster(client);

ushort[] regs = master.ReadHoldingRegisters(slaveAddress: 1, startAddress: 40, numberOfPoints: 2);
float level = regs[0];
Console.WriteLine($"Clearwell level: {level:F2} ft");`)}`),

  rec('code_sql', f`${code(f`SELECT c.campus_name,
       a.grade_level,
       COUNT(*) FILTER (WHERE a.status = 'offered')    AS offered,
       COUNT(*) FILTER (WHERE a.status = 'accepted')   AS accepted,
       COUNT(*) FILTER (WHERE a.status = 'waitlisted') AS waitlisted,
       MIN(a.waitlist_position) FILTER (WHERE a.status = 'waitlisted') AS next_up
FROM applications a
JOIN campuses c ON c.id = a.campus_id
WHERE a.school_year = '2025-26'
GROUP BY c.campus_name, a.grade_level
ORDER BY c.campus_name, a.grade_level;`)}

Board wants this as a pivot with grades as columns. Postgres 15. Can you rewrite it with crosstab or is a CASE pivot easier?`),

  rec('code_kotlin', f`Balance screen flickers "$0.00" before the real balance appears. Compose + ViewModel:

\`\`\`kotlin
${code(f`@HiltViewModel
class BalanceViewModel @Inject constructor(
    private val repo: CardRepository,
) : ViewModel() {
    private val _balance = MutableStateFlow(Money.ZERO)
    val balance: StateFlow<Money> = _balance

    init {
        viewModelScope.launch {
            _balance.value = repo.availableBalance()
        }
    }
}

@Composable
fun BalanceCard(vm: BalanceViewModel = hiltViewModel()) {
    val balance by vm.balance.collectAsState()
    Text(text = balance.format(Locale.US), style = MaterialTheme.typography.headlineLarge)
}`)}
\`\`\``),

  rec('code_go', f`Auditors asked how the instant-win prize pool is shuffled. Is this unbiased, and is crypto/rand enough or do we need the certified RNG library here too?

${code(f`package pool

import (
	"crypto/rand"
	"math/big"
)

// Shuffle permutes the ticket outcomes in place (Fisher–Yates).
func Shuffle(outcomes []Outcome) error {
	for i := len(outcomes) - 1; i > 0; i-- {
		jBig, err := rand.Int(rand.Reader, big.NewInt(int64(i+1)))
		if err != nil {
			return err
		}
		j := int(jBig.Int64())
		outcomes[i], outcomes[j] = outcomes[j], outcomes[i]
	}
	return nil
}`)}`),

  rec('code_java', f`La ritenuta sulle vincite è del 20% sulla parte che eccede 500 €. Questo metodo secondo me sbaglia gli arrotondamenti, puoi controllare?

${code(f`public BigDecimal nettoVincita(BigDecimal lordo) {
    BigDecimal franchigia = new BigDecimal("500.00");
    if (lordo.compareTo(franchigia) <= 0) {
        return lordo;
    }
    BigDecimal eccedenza = lordo.subtract(franchigia);
    BigDecimal ritenuta = eccedenza.multiply(new BigDecimal("0.20"));
    return lordo.subtract(ritenuta).setScale(2, RoundingMode.HALF_UP);
}`)}`),

  rec('code_tsx', f`Dashboard for the cold stores: the colour should go red when a room is above -18 for more than 15 minutes, not on every spike. Where do I put that logic?

${code(f`type Reading = { room: string; tempC: number; at: string };

export function RoomTile({ readings }: { readings: Reading[] }) {
  const last = readings[readings.length - 1];
  const alarm = last.tempC > -18;
  return (
    <div className={alarm ? 'tile tile--alarm' : 'tile'}>
      <h3>{last.room}</h3>
      <span className="temp">{last.tempC.toFixed(1)} °C</span>
      <time dateTime={last.at}>{new Date(last.at).toLocaleTimeString('es-ES')}</time>
    </div>
  );
}`)}`),

  rec('code_vba', f`Esta macro genera los certificados sanitarios de exportación pero tarda muchísimo con 400 lotes. ¿Cómo la acelero?

${code(f`Sub GenerarCertificados()
    Dim ws As Worksheet, plantilla As Worksheet
    Dim fila As Long
    Set ws = ThisWorkbook.Sheets("Lotes")
    Set plantilla = ThisWorkbook.Sheets("Plantilla")
    For fila = 2 To ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
        plantilla.Range("C5").Value = ws.Cells(fila, 1).Value   ' lote
        plantilla.Range("C6").Value = ws.Cells(fila, 2).Value   ' especie
        plantilla.Range("C7").Value = ws.Cells(fila, 3).Value   ' kg netos
        plantilla.Range("C8").Value = ws.Cells(fila, 4).Value   ' destino
        plantilla.ExportAsFixedFormat Type:=xlTypePDF, _
            Filename:=ThisWorkbook.Path & "\\certificados\\" & ws.Cells(fila, 1).Value & ".pdf"
    Next fila
End Sub`)}`),

  rec('code_php', f`${code(f`public function store(Request $request)
{
    $data = $request->validate([
        'student_first' => 'required|string|max:60',
        'student_last'  => 'required|string|max:60',
        'dob'           => 'required|date|before:today',
        'grade'         => 'required|in:K,1,2,3,4,5,6,7,8',
        'campus_id'     => 'required|exists:campuses,id',
        'sibling_id'    => 'nullable|exists:students,id',
    ]);

    $application = Application::create($data + ['school_year' => '2025-26', 'status' => 'submitted']);
    event(new ApplicationSubmitted($application));

    return redirect()->route('apply.thanks', $application);
}`)}

Laravel 10. Families apply twice by double-clicking submit. Best place to stop duplicates, DB unique index or the controller?`),

  rec('code_bash', f`Runs on the telemetry gateways from cron. On two sites the SD card filled up anyway — what's wrong?

${code(f`#!/bin/bash
# rotate-telemetry.sh — keep 7 days of raw logs on the gateway
LOG_DIR=/var/log/kestrel
MAX_DAYS=7

cd $LOG_DIR
for f in *.log; do
  if [ $(stat -c %Y "$f") -lt $(date -d "-$MAX_DAYS days" +%s) ]; then
    gzip "$f"
  fi
done
find $LOG_DIR -name "*.gz" -mtime +30 -delete`)}`),

  rec('code_rust', f`Parser for the reefer data-logger dump. Records are 12 bytes: u32 unix time, i16 temp*10, i16 setpoint*10, u8 flags, 3 padding. I get garbage after the first record.

${code(f`#[derive(Debug)]
struct Sample { ts: u32, temp: f32, setpoint: f32, door_open: bool }

fn parse(buf: &[u8]) -> Vec<Sample> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 12 <= buf.len() {
        let ts = u32::from_be_bytes(buf[i..i + 4].try_into().unwrap());
        let temp = i16::from_le_bytes(buf[i + 4..i + 6].try_into().unwrap()) as f32 / 10.0;
        let setpoint = i16::from_le_bytes(buf[i + 6..i + 8].try_into().unwrap()) as f32 / 10.0;
        let door_open = buf[i + 8] & 0x01 == 1;
        out.push(Sample { ts, temp, setpoint, door_open });
        i += 11;
    }
    out
}`)}`),

  rec('code_st', f`PLC lead/lag alternation for the two pumps at Hollis Rd lift station (Structured Text, CompactLogix). The lead pump never alternates after a power blip. Why?

${code(f`IF WetWell_Level >= Lead_Start_Ft AND NOT Lead_Running THEN
    IF Lead_Is_P1 THEN
        P1_Run := TRUE;
    ELSE
        P2_Run := TRUE;
    END_IF;
    Lead_Running := TRUE;
END_IF;

IF WetWell_Level >= Lag_Start_Ft THEN
    P1_Run := TRUE;
    P2_Run := TRUE;
END_IF;

IF WetWell_Level <= Stop_Ft THEN
    P1_Run := FALSE;
    P2_Run := FALSE;
    Lead_Running := FALSE;
    Lead_Is_P1 := NOT Lead_Is_P1;
END_IF;`)}`),

  rec('code_r', f`${code(f`library(dplyr)
library(ggplot2)

vendite <- read.csv2("vendite_gratta_2024.csv", fileEncoding = "UTF-8")

vendite %>%
  mutate(mese = as.Date(paste0(anno, "-", mese, "-01"))) %>%
  group_by(regione, mese) %>%
  summarise(incasso = sum(importo_eur), .groups = "drop") %>%
  ggplot(aes(mese, incasso, colour = regione)) +
  geom_line() +
  scale_y_continuous(labels = scales::label_number(big.mark = ".", decimal.mark = ",")) +
  labs(title = "Incasso mensile per regione", x = NULL, y = "€")`)}

Il grafico ha 20 linee e non si legge niente. Meglio small multiples? Come lo faccio con facet_wrap?`),

  rec('code_python', f`Hej, to jest nasz krok w pipeline KYC. Problem: przy timeoutach dostawcy wniosek zostaje w statusie "in_review" na zawsze. Jak to poprawić?

\`\`\`python
${code(f`async def run_identity_check(application_id: str) -> None:
    app = await repo.get(application_id)
    app.status = "in_review"
    await repo.save(app)

    # wywołanie dostawcy — bywa wolne
    result = await vendor.verify(
        first_name=app.first_name,
        last_name=app.last_name,
        dob=app.dob,
        ssn=app.ssn,
    )

    app.status = "approved" if result.score >= 0.85 else "manual_review"
    app.vendor_ref = result.reference
    await repo.save(app)`)}
\`\`\``),

  rec('code_sql', f`Dispute aging for Reg E — we have to resolve in 10 business days (45 with provisional credit). Does this count business days right?

${code(f`SELECT d.id,
       d.opened_at::date AS opened,
       (SELECT COUNT(*)
          FROM generate_series(d.opened_at::date + 1, CURRENT_DATE, interval '1 day') AS g(day)
         WHERE EXTRACT(ISODOW FROM g.day) < 6
           AND g.day NOT IN (SELECT holiday FROM fed_holidays)) AS business_days_open,
       d.provisional_credit_at IS NOT NULL AS has_pc
FROM disputes d
WHERE d.status IN ('open', 'investigating')
ORDER BY business_days_open DESC;`)}`),

  rec('code_swift', f`iOS: the freeze toggle flips back after a second when the API is slow. SwiftUI:

${code(f`struct FreezeToggle: View {
    @ObservedObject var card: CardViewModel

    var body: some View {
        Toggle("Freeze card", isOn: Binding(
            get: { card.isFrozen },
            set: { newValue in
                Task { await card.setFrozen(newValue) }
            }
        ))
        .disabled(card.isUpdating)
    }
}`)}

Should I update isFrozen optimistically?`),

  rec('code_ruby', f`${code(f`class ServiceContract < ApplicationRecord
  belongs_to :site
  has_many :pm_visits

  scope :expiring_within, ->(days) { where(ends_on: Date.current..days.days.from_now) }

  def renewal_price
    base = list_price * (1 + uplift_pct / 100.0)
    base *= 0.95 if multi_year?
    base.round(2)
  end

  def pm_visits_due
    (ends_on.year - starts_on.year) * visits_per_year - pm_visits.completed.count
  end
end`)}

pm_visits_due is negative for contracts that start mid-year. What's the right way to compute it?`),

  rec('code_js', f`Apps Script to book parent-teacher conference slots from a Form. Two parents sometimes get the same slot — race condition?

${code(f`function onFormSubmit(e) {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Slots');
  const slots = sheet.getDataRange().getValues();
  const teacher = e.namedValues['Teacher'][0];
  for (let i = 1; i < slots.length; i++) {
    if (slots[i][0] === teacher && slots[i][3] === '') {
      sheet.getRange(i + 1, 4).setValue(e.namedValues['Student name'][0]);
      sendConfirmation(e.namedValues, slots[i]);
      return;
    }
  }
  sendNoSlotsLeft(e.namedValues);
}`)}`),

  rec('code_python', f`発注メールのCSVを読み込むスクリプトです。Shift_JISのファイルで文字化けします。どう直せばいいですか？

${code(f`import pandas as pd

# 築地マリン商事からの週次発注ファイル
df = pd.read_csv("hacchu_2025w11.csv")
df = df.rename(columns={"品名": "product", "数量(kg)": "qty_kg", "希望納期": "due"})
df["due"] = pd.to_datetime(df["due"], format="%Y/%m/%d")
summary = df.groupby("product")["qty_kg"].sum().sort_values(ascending=False)
print(summary)`)}`),

  rec('diff', f`Review this fix for the payout rounding bug please, is the test enough?

${code(f`diff --git a/payouts/src/main/java/it/lottovia/payouts/Calcolo.java b/payouts/src/main/java/it/lottovia/payouts/Calcolo.java
index 4e1a2c9..8b03f7d 100644
--- a/payouts/src/main/java/it/lottovia/payouts/Calcolo.java
+++ b/payouts/src/main/java/it/lottovia/payouts/Calcolo.java
@@ -41,7 +41,8 @@ public class Calcolo {
         BigDecimal eccedenza = lordo.subtract(FRANCHIGIA);
-        BigDecimal ritenuta = eccedenza.multiply(ALIQUOTA);
-        return lordo.subtract(ritenuta).setScale(2, RoundingMode.HALF_UP);
+        BigDecimal ritenuta = eccedenza.multiply(ALIQUOTA).setScale(2, RoundingMode.HALF_EVEN);
+        return lordo.subtract(ritenuta);
     }
diff --git a/payouts/src/test/java/it/lottovia/payouts/CalcoloTest.java b/payouts/src/test/java/it/lottovia/payouts/CalcoloTest.java
@@ -18,4 +18,9 @@ class CalcoloTest {
+    @Test
+    void ritenutaArrotondataAlCentesimo() {
+        assertEquals(new BigDecimal("1000.01"), calcolo.nettoVincita(new BigDecimal("1125.01")));
+    }
 }`)}`),

  rec('code_c', f`From the manufacturer's firmware, imbalance detection on the benchtop centrifuge. Our customer says it trips at 3000 rpm with a balanced load. Does the threshold scale with speed here?

${code(f`#define IMB_SAMPLES      64
#define IMB_THRESHOLD_MG 180

static int16_t accel_buf[IMB_SAMPLES];
static uint8_t idx;

bool imbalance_check(int16_t accel_mg, uint16_t rpm)
{
    accel_buf[idx++ % IMB_SAMPLES] = accel_mg;
    int32_t peak = 0;
    for (uint8_t i = 0; i < IMB_SAMPLES; i++) {
        int32_t a = accel_buf[i] < 0 ? -accel_buf[i] : accel_buf[i];
        if (a > peak) peak = a;
    }
    (void)rpm;
    return peak > IMB_THRESHOLD_MG;
}`)}`),

  rec('code_powershell', f`Every April we create ~25 accounts for seasonal hydrant-flushing crews. This script works but leaves them in the default OU and doesn't set expiry. Fix?

${code(f`$crew = Import-Csv .\\seasonal_2025.csv
foreach ($p in $crew) {
    $sam = ($p.First.Substring(0,1) + $p.Last).ToLower()
    New-ADUser -Name "$($p.First) $($p.Last)" -SamAccountName $sam \`
        -GivenName $p.First -Surname $p.Last \`
        -AccountPassword (Read-Host -AsSecureString "Initial password for $sam") \`
        -Enabled $true -ChangePasswordAtLogon $true
    Add-ADGroupMember -Identity "GG-Seasonal-FieldMaps" -Members $sam
}`)}`),
];
