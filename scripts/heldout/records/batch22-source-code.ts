/**
 * Held-out batch 22: source code pasted by engineers, lab IT, game developers, app teams and
 * analysts, in many languages and shapes. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH22_SOURCE_CODE: DraftRecord[] = [
  rec('code_ada', f`Reviewer says this violates our coding standard (no implicit overflow). Where?

${code(f`package body Fuel_Monitor is

   function Remaining_Minutes (Qty_Kg : Fuel_Mass; Flow_Kg_H : Flow_Rate) return Natural is
   begin
      if Flow_Kg_H <= 0.0 then
         return Natural'Last;
      end if;
      return Natural (Float (Qty_Kg) / Float (Flow_Kg_H) * 60.0);
   end Remaining_Minutes;

   procedure Update (State : in out Monitor_State; Sample : Sensor_Sample) is
   begin
      State.Total := State.Total + Sample.Qty;
      State.Count := State.Count + 1;
      State.Avg   := State.Total / Fuel_Mass (State.Count);
   end Update;

end Fuel_Monitor;`)}`),

  rec('code_c', f`\`\`\`c
${code(f`/* arinc429.c – decode label 203 (pressure altitude) */
#include <stdint.h>

#define LABEL_MASK   0x000000FFu
#define SSM_SHIFT    29u
#define DATA_SHIFT   10u

static uint8_t reverse8(uint8_t b) {
    b = (b & 0xF0u) >> 4 | (b & 0x0Fu) << 4;
    b = (b & 0xCCu) >> 2 | (b & 0x33u) << 2;
    b = (b & 0xAAu) >> 1 | (b & 0x55u) << 1;
    return b;
}

int32_t decode_alt_ft(uint32_t word, int *valid) {
    uint8_t label = reverse8((uint8_t)(word & LABEL_MASK));
    uint32_t ssm = (word >> SSM_SHIFT) & 0x3u;
    *valid = (label == 0203) && (ssm == 0x3u);
    int32_t raw = (int32_t)((word >> DATA_SHIFT) & 0x7FFFFu);
    if (word & (1u << 28)) raw -= (1 << 19);
    return raw; /* 1 ft resolution */
}`)}
\`\`\`
the sign bit handling feels wrong for negative altitudes (Dead Sea test case), can you check`),

  rec('code_matlab', f`${code(f`% step response of the actuator loop, compare PI vs PID
s = tf('s');
G = 48 / (s*(0.02*s + 1)*(0.005*s + 1));
Kp = 1.8; Ki = 6.5; Kd = 0.012;
C_pi  = Kp + Ki/s;
C_pid = Kp + Ki/s + Kd*s/(0.001*s + 1);
T1 = feedback(C_pi*G, 1);
T2 = feedback(C_pid*G, 1);
step(T1, T2, 0.5); grid on
legend('PI', 'PID')
S = stepinfo(T2);
fprintf('overshoot %.1f %%, settling %.3f s\\n', S.Overshoot, S.SettlingTime);`)}

why does the PID version oscillate more? I expected less overshoot`),

  rec('code_fortran', f`Legacy stress code from the 90s, can you explain what this loop does and port it to numpy?

      ${code(f`SUBROUTINE VMISES(SIG, NEL, SVM)
      INTEGER NEL, I
      REAL SIG(6, NEL), SVM(NEL)
      REAL SX, SY, SZ, TXY, TYZ, TZX
      DO 10 I = 1, NEL
         SX = SIG(1,I)
         SY = SIG(2,I)
         SZ = SIG(3,I)
         TXY = SIG(4,I)
         TYZ = SIG(5,I)
         TZX = SIG(6,I)
         SVM(I) = SQRT(0.5*((SX-SY)**2 + (SY-SZ)**2 + (SZ-SX)**2)
     &            + 3.0*(TXY**2 + TYZ**2 + TZX**2))
   10 CONTINUE
      RETURN
      END`)}`),

  rec('code_python', f`parser crashes on some ORU messages from the new analyser, IndexError. what am i missing

${code(f`def parse_oru(msg: str) -> list[dict]:
    results = []
    segments = msg.strip().split("\\r")
    for seg in segments:
        fields = seg.split("|")
        if fields[0] == "OBX":
            code, name = fields[3].split("^")[:2]
            results.append({
                "code": code,
                "name": name,
                "value": fields[5],
                "units": fields[6].split("^")[0],
                "ref_range": fields[7],
                "flag": fields[8] or None,
            })
    return results`)}`),

  rec('code_r', f`${code(f`# Westgard rules on daily QC for glucose, level 2
library(dplyr)
qc <- read.csv("qc_glucose_L2_nov.csv")
m <- 5.62; s <- 0.11

qc <- qc %>%
  mutate(z = (value - m) / s,
         r_1_3s = abs(z) > 3,
         r_2_2s = (z > 2 & lag(z) > 2) | (z < -2 & lag(z) < -2),
         r_R_4s = abs(z - lag(z)) > 4,
         r_10x  = zoo::rollapply(sign(z), 10, function(x) abs(sum(x)) == 10, fill = FALSE, align = "right"))

qc %>% filter(r_1_3s | r_2_2s | r_R_4s | r_10x) %>% select(run_date, analyser, value, z)`)}

is the 10x rule right? it never fires even when I can see 10 points above the mean on the chart`),

  rec('code_vba', f`Macro to recalc the export price list in EUR/USD/JPY breaks when a cell is empty, please fix:

${code(f`Sub RecalcPriceList()
    Dim ws As Worksheet, r As Long, lastRow As Long
    Dim fxUSD As Double, fxJPY As Double
    Set ws = ThisWorkbook.Sheets("Listino 2025")
    fxUSD = Sheets("Cambi").Range("B2").Value
    fxJPY = Sheets("Cambi").Range("B3").Value
    lastRow = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For r = 2 To lastRow
        ws.Cells(r, "E").Value = Round(ws.Cells(r, "D").Value * fxUSD, 2)
        ws.Cells(r, "F").Value = Round(ws.Cells(r, "D").Value * fxJPY / 10, 0) * 10
        If ws.Cells(r, "C").Value = "DOCG" Then ws.Cells(r, "G").Value = "Sì"
    Next r
End Sub`)}`),

  rec('code_abap', f`${code(f`REPORT zexp_open_deliveries.

SELECT vbeln, kunnr, lfdat, route
  FROM likp
  INTO TABLE @DATA(lt_likp)
  WHERE lfdat BETWEEN @sy-datum AND @( sy-datum + 14 )
    AND vstel = 'IT01'.

LOOP AT lt_likp INTO DATA(ls_likp).
  SELECT SUM( lfimg ) FROM lips INTO @DATA(lv_qty) WHERE vbeln = @ls_likp-vbeln.
  WRITE: / ls_likp-vbeln, ls_likp-kunnr, ls_likp-lfdat, lv_qty.
ENDLOOP.`)}
Il report è lentissimo, il SELECT nel LOOP è il problema? come lo riscrivo con un JOIN?`),

  rec('code_perl', f`Old cataloguing script, our MARC export now has broken diacritics (é → Ã©). Where does it go wrong?

${code(f`#!/usr/bin/perl
use strict;
use warnings;
use MARC::Batch;

my $batch = MARC::Batch->new('USMARC', 'export_2024.mrc');
open(my $out, '>', 'titles.tsv') or die $!;
while (my $rec = $batch->next) {
    my $title  = $rec->title_proper() // '';
    my $author = $rec->author() // '';
    my $isbn   = $rec->field('020') ? $rec->field('020')->subfield('a') : '';
    print $out join("\\t", $isbn, $title, $author), "\\n";
}
close $out;`)}`),

  rec('code_lua', f`${code(f`-- anti-spam for the in-game chat (server mod)
local lastMsg = {}
local WINDOW, LIMIT = 5, 4

AddEventHandler("chatMessage", function(source, name, message)
  local now = os.time()
  lastMsg[source] = lastMsg[source] or {}
  table.insert(lastMsg[source], now)
  while #lastMsg[source] > 0 and now - lastMsg[source][1] > WINDOW do
    table.remove(lastMsg[source], 1)
  end
  if #lastMsg[source] > LIMIT then
    CancelEvent()
    TriggerClientEvent("chat:addMessage", source, { args = { "SYSTEM", "Slow down!" } })
  end
end)`)}
players get "slow down" after reconnecting even if they didn't type, why`),

  rec('code_csharp', f`Unity: the anti-cheat speed check kicks people on high-ping connections. Can you make it tolerant?

\`\`\`csharp
${code(f`public class SpeedGuard : NetworkBehaviour
{
    [SerializeField] float maxSpeed = 7.5f;
    Vector3 lastPos;
    float lastTime;

    [ServerRpc]
    public void ReportPositionServerRpc(Vector3 pos, float clientTime)
    {
        float dt = clientTime - lastTime;
        if (dt > 0f)
        {
            float speed = Vector3.Distance(pos, lastPos) / dt;
            if (speed > maxSpeed * 1.2f)
            {
                NetworkManager.Singleton.DisconnectClient(OwnerClientId);
                return;
            }
        }
        lastPos = pos;
        lastTime = clientTime;
    }
}`)}
\`\`\``),

  rec('code_rust', f`${code(f`pub fn expected_score(r_a: f64, r_b: f64) -> f64 {
    1.0 / (1.0 + 10f64.powf((r_b - r_a) / 400.0))
}

pub fn update(r_a: &mut f64, r_b: &mut f64, a_won: bool, k: f64) {
    let e_a = expected_score(*r_a, *r_b);
    let s_a = if a_won { 1.0 } else { 0.0 };
    *r_a += k * (s_a - e_a);
    *r_b += k * ((1.0 - s_a) - (1.0 - e_a));
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn equal_players() {
        let (mut a, mut b) = (1500.0, 1500.0);
        update(&mut a, &mut b, true, 32.0);
        assert_eq!(a, 1516.0);
    }
}`)}

how would I make k depend on number of games played (provisional players)?`),

  rec('code_kotlin', f`${code(f`class DamageReportViewModel(
    private val repo: DamageRepository,
    private val savedState: SavedStateHandle,
) : ViewModel() {

    private val bookingId: String = checkNotNull(savedState["bookingId"])
    val photos = MutableStateFlow<List<Uri>>(emptyList())

    fun addPhoto(uri: Uri) {
        photos.value = photos.value + uri
    }

    fun submit() = viewModelScope.launch {
        repo.upload(bookingId, photos.value)
        photos.value = emptyList()
    }
}`)}
Photos get lost when the user rotates the phone during the return check. Why? Isn't the ViewModel supposed to survive that?`),

  rec('code_swift', f`${code(f`func compressForUpload(_ image: UIImage, maxBytes: Int = 800_000) -> Data? {
    var quality: CGFloat = 0.9
    guard var data = image.jpegData(compressionQuality: quality) else { return nil }
    while data.count > maxBytes && quality > 0.2 {
        quality -= 0.1
        data = image.jpegData(compressionQuality: quality)!
    }
    return data
}`)}
iOS damage photos still arrive at 3–4 MB on the backend. Is the loop wrong?`),

  rec('code_sql', f`Fleet utilisation per branch last month — numbers look too high (>100%). Query:

${code(f`SELECT b.branch_code,
       COUNT(DISTINCT v.vehicle_id)                            AS vehicles,
       SUM(EXTRACT(EPOCH FROM (r.return_at - r.pickup_at)))/3600 AS rented_hours,
       SUM(EXTRACT(EPOCH FROM (r.return_at - r.pickup_at)))/3600
         / (COUNT(DISTINCT v.vehicle_id) * 24 * 30.0)          AS utilisation
FROM rentals r
JOIN vehicles v ON v.vehicle_id = r.vehicle_id
JOIN branches b ON b.branch_id = v.home_branch_id
WHERE r.pickup_at >= DATE '2024-10-01' AND r.pickup_at < DATE '2024-11-01'
GROUP BY b.branch_code
ORDER BY utilisation DESC;`)}`),

  rec('code_java', f`Spring Boot — specimen status endpoint returns 500 when the barcode has a leading zero?

${code(f`@RestController
@RequestMapping("/api/specimens")
public class SpecimenController {

    private final SpecimenService service;

    public SpecimenController(SpecimenService service) { this.service = service; }

    @GetMapping("/{barcode}/status")
    public ResponseEntity<SpecimenStatus> status(@PathVariable Long barcode) {
        return service.findByBarcode(barcode)
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }
}`)}`),

  rec('code_tsx', f`Audio guide player: the track keeps playing when visitors go back to the room list. React Native:

${code(f`export function GuideTrack({ src, title }: { src: string; title: string }) {
  const [sound, setSound] = useState<Audio.Sound | null>(null);

  useEffect(() => {
    (async () => {
      const { sound } = await Audio.Sound.createAsync({ uri: src }, { shouldPlay: true });
      setSound(sound);
    })();
  }, [src]);

  return (
    <View style={styles.card}>
      <Text style={styles.title}>{title}</Text>
      <Button title="Pause" onPress={() => sound?.pauseAsync()} />
    </View>
  );
}`)}`),

  rec('code_powershell', f`${code(f`# nightly: copy scanned accession photos to the NAS and log failures
$src  = "D:\\Scans\\Inbox"
$dest = "\\\\nas-coll01\\digitisation\\$(Get-Date -Format yyyy)"
$log  = "C:\\Logs\\scan-copy-$(Get-Date -Format yyyyMMdd).log"

Get-ChildItem $src -Filter *.tif | ForEach-Object {
    try {
        Copy-Item $_.FullName -Destination $dest -ErrorAction Stop
        Remove-Item $_.FullName
    } catch {
        Add-Content $log "$($_.Exception.Message) :: $($_.TargetObject)"
    }
}`)}

Files are deleted even when the copy failed once. How?`),

  rec('code_diff', f`review this change pls, it's for the lot traceability report (wine batches → pallets)

${code(f`--- a/traceability/report.py
+++ b/traceability/report.py
@@ -41,12 +41,18 @@ def pallets_for_lot(lot_no: str) -> list[Pallet]:
-    rows = db.execute("SELECT * FROM pallets WHERE lot = '%s'" % lot_no)
-    return [Pallet(**r) for r in rows]
+    rows = db.execute(
+        "SELECT p.*, s.container_no, s.bl_number FROM pallets p "
+        "LEFT JOIN shipments s ON s.id = p.shipment_id WHERE p.lot = ?",
+        (lot_no,),
+    )
+    return [Pallet.from_row(r) for r in rows]
 
 
 def lots_for_container(container_no: str) -> set[str]:
-    return {p.lot for p in all_pallets() if p.container == container_no}
+    rows = db.execute("SELECT DISTINCT lot FROM pallets p JOIN shipments s ON s.id = p.shipment_id WHERE s.container_no = ?", (container_no,))
+    return {r["lot"] for r in rows}`)}`),

  rec('code_python', f`Script for the matchmaking queue — players with high ping end up in the same lobby as low ping ones. Trying to bucket them:

${code(f`from collections import defaultdict

PING_BUCKETS = [(0, 40), (40, 80), (80, 140), (140, 10_000)]

def bucket(ping_ms: int) -> int:
    for i, (lo, hi) in enumerate(PING_BUCKETS):
        if lo <= ping_ms < hi:
            return i
    return len(PING_BUCKETS) - 1

def form_lobbies(queue, size=10):
    by_bucket = defaultdict(list)
    for p in sorted(queue, key=lambda p: p.mmr):
        by_bucket[bucket(p.ping)].append(p)
    lobbies = []
    for players in by_bucket.values():
        for i in range(0, len(players) - size + 1, size):
            lobbies.append(players[i:i + size])
    return lobbies`)}

leftover players never get a lobby, how to merge adjacent buckets after 60s waiting?`),

  rec('dockerfile', f`Image for the LIS report renderer is 2.1 GB, how do I slim it?

${amb('source_code.snippet', f`FROM python:3.11
WORKDIR /app
COPY . .
RUN apt-get update && apt-get install -y wkhtmltopdf fonts-noto
RUN pip install -r requirements.txt
EXPOSE 8000
CMD ["gunicorn", "-w", "4", "-b", "0.0.0.0:8000", "renderer.app:app"]`)}`),
];
