/**
 * Held-out batch 67: pasted source code (Python, C, SQL, Go, Rust, IEC 61131-3 Structured Text,
 * JavaScript, TypeScript, Kotlin, Java, C#, VBA, R, PHP, Swift, T-SQL, Bash, MATLAB, Dart), with
 * comments and questions in the language of whoever pasted it. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH67_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`This parses S5F1 alarm reports from the etch tools' SECS log, but the ALCD bit for "set/clear" seems inverted on the Lam tools. Am I reading the byte wrong?

\`\`\`python
${code(f`from dataclasses import dataclass

@dataclass
class Alarm:
    tool: str
    alid: int
    text: str
    is_set: bool
    category: int

def parse_s5f1(tool: str, body: list) -> Alarm:
    # body = [ALCD (binary, 1 byte), ALID (U4), ALTX (ASCII)]
    alcd = body[0][0]
    return Alarm(
        tool=tool,
        alid=int(body[1]),
        text=body[2].strip(),
        is_set=bool(alcd & 0x80),
        category=alcd & 0x7F,
    )`)}
\`\`\``),

  rec('code_c_ja', f`チャンバー圧力インターロックのファームウェアです。ベント中にたまにゲートバルブが開いてしまう不具合があります。どこが怪しいですか？

${code(f`#define P_VENT_LIMIT_PA   90000.0f
#define P_XFER_MAX_PA     5.0f

typedef enum { ST_IDLE, ST_PUMP, ST_PROCESS, ST_VENT } chamber_state_t;

/* ゲートバルブ開許可：搬送室との差圧が小さい時のみ */
bool gate_open_permitted(const chamber_t *ch, float p_xfer)
{
    if (ch->state == ST_PROCESS)
        return false;
    /* ベント中は常に禁止のはず */
    if (ch->state == ST_VENT && ch->p_chamber < P_VENT_LIMIT_PA)
        return false;
    return fabsf(ch->p_chamber - p_xfer) < P_XFER_MAX_PA;
}`)}`),

  rec('code_sql_ko', f`장비별 PM 주기 준수율을 뽑는 쿼리인데, PM이 한 번도 없는 장비가 결과에서 빠집니다. 어떻게 고치나요?

${code(f`SELECT e.equipment_id,
       e.area,
       COUNT(p.pm_id)                                        AS pm_count,
       MAX(p.completed_at)                                   AS last_pm,
       SUM(CASE WHEN p.completed_at <= p.due_at THEN 1 ELSE 0 END) * 1.0
         / NULLIF(COUNT(p.pm_id), 0)                         AS on_time_ratio
FROM equipment e
JOIN pm_history p ON p.equipment_id = e.equipment_id
WHERE p.due_at >= DATE '2024-10-01'
  AND e.area IN ('ETCH', 'CVD', 'IMP')
GROUP BY e.equipment_id, e.area
ORDER BY on_time_ratio ASC;`)}`),

  rec('code_go_zh', f`这个FDC采集服务在工具数量超过40台以后内存一直涨，帮我看看是不是goroutine泄漏：

\`\`\`go
${code(f`func (c *Collector) Run(ctx context.Context, tools []string) {
	for _, t := range tools {
		ch := make(chan Sample, 1024)
		go c.poll(ctx, t, ch)
		go func(tool string) {
			for s := range ch {
				c.buf.Append(tool, s)
			}
		}(t)
	}
	<-ctx.Done()
}

func (c *Collector) poll(ctx context.Context, tool string, out chan<- Sample) {
	tick := time.NewTicker(200 * time.Millisecond)
	for {
		select {
		case <-tick.C:
			out <- c.read(tool)
		case <-ctx.Done():
			return
		}
	}
}`)}
\`\`\``),

  rec('code_rust_de', f`Ich lese Wafermaps im SINF-Format ein. Bei manchen Dateien bekomme ich "index out of bounds". Wo ist der Denkfehler?

${code(f`pub struct WaferMap {
    pub rows: usize,
    pub cols: usize,
    pub bins: Vec<Vec<u8>>,
}

pub fn parse_sinf(text: &str) -> Result<WaferMap, String> {
    let mut rows = 0;
    let mut cols = 0;
    let mut bins = Vec::new();
    for line in text.lines() {
        if let Some(v) = line.strip_prefix("ROWRDC:") { rows = v.trim().parse().map_err(|e| format!("{e}"))?; }
        else if let Some(v) = line.strip_prefix("COLCT:") { cols = v.trim().parse().map_err(|e| format!("{e}"))?; }
        else if let Some(v) = line.strip_prefix("RowData:") {
            let row: Vec<u8> = v.split_whitespace()
                .map(|b| if b == "__" { 0 } else { u8::from_str_radix(b, 16).unwrap_or(0xFF) })
                .collect();
            bins.push(row);
        }
    }
    // Spaltenzahl prüfen
    for r in 0..rows {
        if bins[r].len() != cols { return Err(format!("Zeile {r}: {} statt {cols}", bins[r].len())); }
    }
    Ok(WaferMap { rows, cols, bins })
}`)}`),

  rec('code_st', f`PLC logic for the booster pumps at the Hillcrest reservoir. Operators say pump 2 never takes over when pump 1 trips. Can you spot why?

${code(f`FUNCTION_BLOCK FB_DutyStandby
VAR_INPUT
    LevelPct      : REAL;
    P1_Fault      : BOOL;
    P2_Fault      : BOOL;
    DutyIsP1      : BOOL;
END_VAR
VAR_OUTPUT
    P1_Run        : BOOL;
    P2_Run        : BOOL;
END_VAR
VAR
    Demand        : BOOL;
END_VAR

Demand := LevelPct < 45.0 OR (Demand AND LevelPct < 80.0);

IF DutyIsP1 THEN
    P1_Run := Demand AND NOT P1_Fault;
    P2_Run := Demand AND P1_Fault AND NOT P2_Fault AND P1_Run;
ELSE
    P2_Run := Demand AND NOT P2_Fault;
    P1_Run := Demand AND P2_Fault AND NOT P1_Fault;
END_IF;
END_FUNCTION_BLOCK`)}`),

  rec('code_python_lt', f`Sveiki, šis skriptas turėtų rasti galimus nuotėkius pagal naktinį debitą (02–04 val.) kiekvienoje DMA zonoje, bet grąžina tuščią lentelę. Kur klaida?

${code(f`import pandas as pd

def naktinis_debitas(df: pd.DataFrame) -> pd.DataFrame:
    # df: stulpeliai 'laikas', 'zona', 'debitas_m3h'
    df["laikas"] = pd.to_datetime(df["laikas"])
    naktis = df[(df["laikas"].dt.hour >= 2) & (df["laikas"].dt.hour < 4)]
    mnf = naktis.groupby("zona")["debitas_m3h"].min().rename("mnf")
    vidurkis = df.groupby("zona")["debitas_m3h"].mean().rename("vidurkis")
    rez = pd.concat([mnf, vidurkis], axis=1)
    rez["santykis"] = rez["mnf"] / rez["vidurkis"]
    return rez[rez["santykis"] > 0.4].sort_values("santykis", ascending=False)`)}`),

  rec('code_js_ka', f`Node-RED function node, რომელიც რეზერვუარის დონის სენსორიდან მოსულ მნიშვნელობებს ფილტრავს. ზოგჯერ ალარმი ორჯერ ირთვება. რატომ?

${code(f`// msg.payload = { tank: "R-03", level_cm: 412 }
const last = context.get('last') || {};
const t = msg.payload.tank;
const lvl = msg.payload.level_cm;

if (lvl < 0 || lvl > 900) {
    node.warn('არასწორი მნიშვნელობა ' + t + ': ' + lvl);
    return null;
}
const alarm = lvl < 150;
if (alarm && !last[t]) {
    msg.topic = 'ALARM ' + t;
    last[t] = true;
} else if (!alarm) {
    last[t] = false;
}
context.set('last', last);
return alarm ? msg : null;`)}`),

  rec('code_ts', f`Cabin allocation for group bookings: it sometimes puts a family across two decks even when a 4-berth cabin is free. Here's the allocator:

\`\`\`ts
${code(f`interface Cabin { id: string; deck: number; berths: number; free: boolean }
interface Party { ref: string; size: number; accessible: boolean }

export function allocate(party: Party, cabins: Cabin[]): Cabin[] {
  const free = cabins.filter((c) => c.free).sort((a, b) => a.berths - b.berths);
  const exact = free.find((c) => c.berths >= party.size);
  if (exact) return [exact];
  const picked: Cabin[] = [];
  let left = party.size;
  for (const c of free.reverse()) {
    if (left <= 0) break;
    picked.push(c);
    left -= c.berths;
  }
  return left > 0 ? [] : picked;
}`)}
\`\`\``),

  rec('code_kotlin_tl', f`Bakit nagka-crash ang app ng booking kapag walang internet? Ito ang ViewModel:

${code(f`class BiyaheViewModel(private val repo: BiyaheRepository) : ViewModel() {
    private val _biyahe = MutableLiveData<List<Biyahe>>()
    val biyahe: LiveData<List<Biyahe>> = _biyahe

    fun kunin(pantalan: String, petsa: LocalDate) {
        viewModelScope.launch {
            // kunin ang mga biyahe mula sa API
            val resulta = repo.hanapin(pantalan, petsa)
            _biyahe.value = resulta.body()!!.sortedBy { it.alis }
        }
    }
}`)}`),

  rec('code_java_pt', f`Olá! Este método deveria impedir marcações sobrepostas no mesmo dermatologista, mas ontem duas consultas ficaram às 10h00 na clínica de Braga. Onde está o problema?

${code(f`public boolean podeMarcar(Medico medico, LocalDateTime inicio, Duration duracao) {
    LocalDateTime fim = inicio.plus(duracao);
    List<Consulta> doDia = repositorio.consultasDoDia(medico.getId(), inicio.toLocalDate());
    for (Consulta c : doDia) {
        // sobreposição: começa antes do fim e acaba depois do início
        if (c.getInicio().isBefore(fim) && c.getFim().isAfter(inicio)) {
            return false;
        }
    }
    return true;
}

public synchronized Consulta marcar(Medico m, Paciente p, LocalDateTime inicio) {
    if (!podeMarcar(m, inicio, Duration.ofMinutes(20))) throw new ConflitoException();
    return repositorio.guardar(new Consulta(m, p, inicio, inicio.plusMinutes(20)));
}`)}`),

  rec('diff_fr', f`Peux-tu relire ce diff ? On ajoute l'envoi du compte rendu de consultation au patient par e-mail.

${code(f`--- a/Controllers/CompteRenduController.cs
+++ b/Controllers/CompteRenduController.cs
@@ -41,9 +41,17 @@ public class CompteRenduController : ControllerBase
     [HttpPost("{id}/valider")]
     public async Task<IActionResult> Valider(Guid id)
     {
         var cr = await _db.ComptesRendus.FindAsync(id);
         if (cr is null) return NotFound();
         cr.Statut = Statut.Valide;
+        if (cr.Patient.ConsentementEmail)
+        {
+            var pdf = await _pdf.GenererAsync(cr);
+            await _mail.EnvoyerAsync(cr.Patient.Email, "Votre compte rendu", pdf);
+            cr.EnvoyeLe = DateTime.UtcNow;
+        }
         await _db.SaveChangesAsync();
         return NoContent();
     }`)}`),

  rec('code_vba_he', f`מאקרו באקסל שמחשב פרמיה לפי מחזור הכנסות ורמת אבטחה. הוא נתקע כשיש שורה ריקה באמצע. איך מתקנים?

${code(f`Sub ChashevPremia()
    Dim ws As Worksheet, r As Long, machzor As Double, ratio As Double
    Set ws = Worksheets("Lakochot")
    r = 2
    Do While ws.Cells(r, 1).Value <> ""
        machzor = ws.Cells(r, 3).Value
        Select Case ws.Cells(r, 4).Value
            Case "A": ratio = 0.0011
            Case "B": ratio = 0.0016
            Case Else: ratio = 0.0024
        End Select
        ' פרמיה מינימלית 4,500 ש"ח
        ws.Cells(r, 5).Value = Application.WorksheetFunction.Max(4500, machzor * ratio)
        r = r + 1
    Loop
End Sub`)}`),

  rec('code_r', f`Frequency-severity model for our SME cyber book. The severity fit gives a mean loss that's 10x what we see in the claims data. What's off?

${code(f`library(fitdistrplus)
claims <- read.csv("cyber_claims_2019_2024.csv")
claims <- subset(claims, paid_usd > 0)

freq_fit <- glm(n_claims ~ log(revenue_musd) + mfa + edr, family = poisson(),
                offset = log(exposure_years), data = policies)

sev_fit <- fitdist(claims$paid_usd, "lnorm")
mu <- sev_fit$estimate["meanlog"]; sigma <- sev_fit$estimate["sdlog"]
mean_sev <- exp(mu + sigma^2)

expected_loss <- predict(freq_fit, newdata = quote_df, type = "response") * mean_sev`)}`),

  rec('code_php_af', f`Die tantieme-verdeling vir ons musikante rond soms verkeerd af, sodat die totaal een sent meer is as wat die platemaatskappy betaal het. Help asseblief:

${code(f`<?php
function verdeel(float $totaal, array $aandele): array {
    // $aandele = ['kunstenaar' => 0.5, 'vervaardiger' => 0.3, 'agentskap' => 0.2]
    $uit = [];
    foreach ($aandele as $wie => $deel) {
        $uit[$wie] = round($totaal * $deel, 2);
    }
    return $uit;
}

$betaling = verdeel(1234.57, ['kunstenaar' => 0.5, 'vervaardiger' => 0.3, 'agentskap' => 0.2]);
printf("Som: %.2f\\n", array_sum($betaling));`)}`),

  rec('code_swift_ms', f`Aplikasi tempahan uji bakat untuk pelakon: senarai slot tak dikemas kini selepas tempahan berjaya. Kenapa ya?

${code(f`struct SlotView: View {
    @State private var slot: [SlotUjiBakat] = []
    let api: UjiBakatAPI

    var body: some View {
        List(slot) { s in
            Button(s.masa.formatted(date: .omitted, time: .shortened)) {
                Task {
                    try await api.tempah(s.id)
                    // muat semula senarai
                    slot = try await api.senaraiSlot()
                }
            }
            .disabled(!s.kosong)
        }
        .task { slot = (try? await api.senaraiSlot()) ?? [] }
    }
}`)}`),

  rec('code_tsql_vi', f`Stored procedure tính phí gia hạn hợp đồng bảo hiểm an ninh mạng chạy rất chậm khi có hơn 50.000 hợp đồng. Có cách nào tối ưu không?

${code(f`CREATE PROCEDURE dbo.TinhPhiGiaHan @NgayHieuLuc DATE
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @id INT;
    DECLARE cur CURSOR FOR SELECT HopDongId FROM dbo.HopDong WHERE NgayHetHan = @NgayHieuLuc;
    OPEN cur;
    FETCH NEXT FROM cur INTO @id;
    WHILE @@FETCH_STATUS = 0
    BEGIN
        UPDATE dbo.HopDong
        SET PhiMoi = PhiCu * (1 + (SELECT ISNULL(SUM(HeSo), 0) FROM dbo.SuCo WHERE HopDongId = @id))
        WHERE HopDongId = @id;
        FETCH NEXT FROM cur INTO @id;
    END
    CLOSE cur; DEALLOCATE cur;
END`)}`),

  rec('code_bash_sq', f`Përshëndetje, ky skript bën backup të bazës së të dhënave të leximeve të ujëmatësve çdo natë, por disku u mbush. Pse nuk fshihen kopjet e vjetra?

${code(f`#!/bin/bash
set -euo pipefail
DIR=/srv/backup/lexime
DATA=$(date +%Y-%m-%d)
mkdir -p "$DIR"

pg_dump -Fc lexime_db > "$DIR/lexime_$DATA.dump"

# mbaj vetëm 14 ditët e fundit
find $DIR -name "lexime_*.dump" -mtime +14 -exec rm {} \\;
echo "Backup $DATA OK" | logger -t backup-lexime`)}`),

  rec('code_python_eu', f`Kaixo! Django eredu hau erabiltzen dugu ferry erreserbetarako, baina migrazioak huts egiten du "ibilgailu_matrikula" eremuarekin. Zergatik?

${code(f`from django.db import models

class Erreserba(models.Model):
    kodea = models.CharField(max_length=12, unique=True)
    bidaia = models.ForeignKey("Bidaia", on_delete=models.PROTECT, related_name="erreserbak")
    bidaiari_kopurua = models.PositiveSmallIntegerField(default=1)
    ibilgailua = models.BooleanField(default=False)
    ibilgailu_matrikula = models.CharField(max_length=10)
    sortze_data = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sortze_data"]

    def __str__(self):
        return f"{self.kodea} ({self.bidaia})"`)}`),

  rec('code_matlab_lv', f`Sveiki, šis MATLAB kods analizē vakuumsūkņa vibrāciju, bet FFT maksimums vienmēr ir pie 0 Hz. Kāpēc?

${code(f`fs = 5120;                      % nolases frekvence, Hz
x = readmatrix('vib_pump_B12.csv');
x = x(:,2);
N = length(x);
X = abs(fft(x)) / N;
f = (0:N-1) * fs / N;
[~, idx] = max(X(1:floor(N/2)));
fprintf('Dominējošā frekvence: %.1f Hz\\n', f(idx));
plot(f(1:floor(N/2)), X(1:floor(N/2))); xlabel('Hz'); ylabel('|X|');`)}`),

  rec('code_dart_id', f`Halo, widget ini menampilkan jadwal kapal Merak–Bakauheni, tapi daftarnya kosong terus walau API mengembalikan data. Ada yang salah?

${code(f`class JadwalPage extends StatefulWidget {
  const JadwalPage({super.key});
  @override
  State<JadwalPage> createState() => _JadwalPageState();
}

class _JadwalPageState extends State<JadwalPage> {
  List<Jadwal> jadwal = [];

  @override
  void initState() {
    super.initState();
    ambilJadwal();
  }

  Future<void> ambilJadwal() async {
    final res = await http.get(Uri.parse('https://api.saltwind-ferries.com/v2/jadwal?rute=MRK-BKH'));
    jadwal = (jsonDecode(res.body) as List).map((e) => Jadwal.fromJson(e)).toList();
  }

  @override
  Widget build(BuildContext context) => ListView(
        children: jadwal.map((j) => ListTile(title: Text(j.kapal), subtitle: Text(j.berangkat))).toList(),
      );
}`)}`),
];
