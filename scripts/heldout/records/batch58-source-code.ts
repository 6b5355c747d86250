/**
 * Held-out batch 58: pasted source code — sequencing pipelines, claims queries and macros, hotel
 * integrations, dye-house PLC and dosing code, rescue apps and esports services. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH58_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Our demux sanity check flags lanes where one index eats more than 20% of reads. It's slow on NovaSeq X runs (~3 billion reads). Any ideas?

\`\`\`python
${code(f`import gzip
from collections import Counter
from pathlib import Path

def index_counts(fastq: Path, limit: int | None = None) -> Counter:
    counts: Counter = Counter()
    with gzip.open(fastq, "rt") as fh:
        for i, line in enumerate(fh):
            if i % 4 == 0:
                idx = line.rstrip().rsplit(":", 1)[-1]
                counts[idx] += 1
                if limit and i // 4 >= limit:
                    break
    return counts

def dominant(counts: Counter, share: float = 0.2) -> list[tuple[str, float]]:
    total = sum(counts.values())
    return [(k, n / total) for k, n in counts.most_common(10) if n / total > share]

if __name__ == "__main__":
    for lane in sorted(Path("Undetermined").glob("*_L00?_R1_001.fastq.gz")):
        print(lane.name, dominant(index_counts(lane, limit=5_000_000)))`)}
\`\`\``),

  rec('snakemake_de', f`Warum läuft die Regel für jede Probe zweimal? Ich verstehe die Wildcards nicht ganz.

${code(f`SAMPLES = [l.split(",")[0] for l in open("samples.csv").read().splitlines()[1:]]

rule all:
    input:
        expand("results/counts/{sample}.tsv", sample=SAMPLES),
        "results/multiqc/multiqc_report.html"

rule trim:
    input:
        r1="raw/{sample}_R1.fastq.gz",
        r2="raw/{sample}_R2.fastq.gz"
    output:
        r1="trimmed/{sample}_R1.fastq.gz",
        r2="trimmed/{sample}_R2.fastq.gz",
        json="qc/fastp/{sample}.json"
    threads: 8
    shell:
        "fastp -i {input.r1} -I {input.r2} -o {output.r1} -O {output.r2} -j {output.json} -w {threads}"

rule quant:
    input:
        r1=rules.trim.output.r1,
        r2=rules.trim.output.r2
    output:
        "results/counts/{sample}.tsv"
    shell:
        "salmon quant -i ref/salmon_idx -l A -1 {input.r1} -2 {input.r2} -o results/salmon/{wildcards.sample} && "
        "cp results/salmon/{wildcards.sample}/quant.sf {output}"`)}`),

  rec('nextflow_ja', f`Nextflow DSL2 で書いたこのワークフロー、-resume してもアラインメントが毎回やり直しになります。キャッシュが効かない原因は何でしょうか？

\`\`\`groovy
${code(f`nextflow.enable.dsl = 2

params.reads  = "data/*_R{1,2}.fastq.gz"
params.genome = "ref/GRCh38.fa"

process ALIGN {
    tag "$sample"
    cpus 16
    input:
    tuple val(sample), path(reads)
    path genome
    output:
    tuple val(sample), path("\${sample}.bam")
    script:
    """
    bwa-mem2 mem -t $task.cpus $genome \${reads[0]} \${reads[1]} \\
      | samtools sort -@ 4 -o \${sample}.bam
    echo "done \$(date)" >> /tmp/align.log
    """
}

workflow {
    Channel.fromFilePairs(params.reads) | set { pairs }
    ALIGN(pairs, file(params.genome))
}`)}
\`\`\``),

  rec('code_r_es_pe', f`Hola, en este análisis con DESeq2 me salen casi todos los genes con padj = NA. ¿Qué estoy haciendo mal?

${code(f`library(DESeq2)

cuentas <- read.delim("counts_matrix.tsv", row.names = 1, check.names = FALSE)
muestras <- read.csv("metadatos.csv", row.names = 1)
muestras$condicion <- factor(muestras$condicion, levels = c("control", "tratado"))

dds <- DESeqDataSetFromMatrix(countData = round(cuentas),
                              colData = muestras,
                              design = ~ lote + condicion)
dds <- dds[rowSums(counts(dds) >= 10) >= 3, ]
dds <- DESeq(dds)
res <- results(dds, contrast = c("condicion", "tratado", "control"), alpha = 0.05)
summary(res)
write.csv(as.data.frame(res[order(res$padj), ]), "resultados_deseq2.csv")`)}`),

  rec('slurm_fi', f`Klusterin ylläpito sanoo, että tämä SLURM-skripti varaa liikaa muistia ja jää jonoon päiviksi. Miten sen voisi jakaa array-jobiksi?

${code(f`#!/bin/bash
#SBATCH --job-name=wgs-variant
#SBATCH --account=project_2008417
#SBATCH --partition=hugemem
#SBATCH --time=72:00:00
#SBATCH --cpus-per-task=40
#SBATCH --mem=1400G

module load gatk/4.5.0.0

for cram in /scratch/project_2008417/cram/*.cram; do
  s=$(basename "$cram" .cram)
  gatk --java-options "-Xmx32g" HaplotypeCaller \\
    -R /scratch/project_2008417/ref/GRCh38.fa \\
    -I "$cram" -O "gvcf/\${s}.g.vcf.gz" -ERC GVCF
done`)}`),

  rec('sql_nl', f`Deze query voor de IBNR-rapportage duurt 40 minuten op de schadedatabase. Kun je hem herschrijven?

\`\`\`sql
${code(f`SELECT p.productlijn,
       DATE_TRUNC('quarter', s.schadedatum) AS kwartaal,
       COUNT(*) AS aantal_schades,
       SUM(b.bedrag) FILTER (WHERE b.soort = 'UITKERING') AS uitgekeerd,
       SUM(r.reserve_bedrag) AS open_reserve
FROM schade s
JOIN polis p ON p.polis_id = s.polis_id
LEFT JOIN betaling b ON b.schade_id = s.schade_id
LEFT JOIN LATERAL (
    SELECT reserve_bedrag FROM reserve r2
    WHERE r2.schade_id = s.schade_id
    ORDER BY r2.geldig_vanaf DESC LIMIT 1
) r ON TRUE
WHERE s.schadedatum >= DATE '2021-01-01'
GROUP BY 1, 2
ORDER BY 1, 2;`)}
\`\`\``),

  rec('vba_el', f`Αυτή η μακροεντολή στο Excel για τις αναφορές ζημιών κολλάει όταν οι γραμμές είναι πάνω από 20.000. Πώς την κάνω πιο γρήγορη;

${code(f`Sub EnimerosiApothematon()
    Dim ws As Worksheet, i As Long, lastRow As Long
    Set ws = ThisWorkbook.Sheets("Zimies")
    lastRow = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For i = 2 To lastRow
        If ws.Cells(i, "F").Value = "ΑΝΟΙΧΤΗ" Then
            ws.Cells(i, "H").Value = ws.Cells(i, "G").Value * 1.08
            ws.Cells(i, "H").Interior.Color = RGB(255, 235, 156)
        Else
            ws.Cells(i, "H").Value = 0
        End If
    Next i
    MsgBox "Ενημερώθηκαν " & lastRow - 1 & " γραμμές"
End Sub`)}`),

  rec('code_csharp_ar', f`عندي خدمة تسحب حالة الغرف من نظام إدارة الفندق وترسلها لتطبيق التدبير المنزلي، بس أحياناً تتكرر الرسائل. وين المشكلة؟

\`\`\`csharp
${code(f`public class RoomStatusPoller : BackgroundService
{
    private readonly IPmsClient _pms;
    private readonly IHousekeepingBus _bus;
    private readonly Dictionary<string, RoomStatus> _last = new();

    public RoomStatusPoller(IPmsClient pms, IHousekeepingBus bus) => (_pms, _bus) = (pms, bus);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var rooms = await _pms.GetRoomStatusesAsync("DXBMR", ct);
            Parallel.ForEach(rooms, async room =>
            {
                if (!_last.TryGetValue(room.Number, out var prev) || prev != room.Status)
                {
                    _last[room.Number] = room.Status;
                    await _bus.PublishAsync(new RoomChanged(room.Number, room.Status));
                }
            });
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
        }
    }
}`)}
\`\`\``),

  rec('code_php_fr_ma', f`Le widget de disponibilité du riad affiche parfois des chambres déjà réservées. Voici la fonction, je pense que c'est un problème de dates :

${code(f`function chambresDisponibles(PDO $db, string $arrivee, string $depart): array {
    $sql = "SELECT c.id, c.nom, c.prix_nuit
            FROM chambres c
            WHERE c.id NOT IN (
                SELECT r.chambre_id FROM reservations r
                WHERE r.statut <> 'annulee'
                  AND r.arrivee < :depart
                  AND r.depart > :arrivee
            )
            ORDER BY c.prix_nuit";
    $stmt = $db->prepare($sql);
    $stmt->execute(['arrivee' => $arrivee, 'depart' => $depart]);
    return $stmt->fetchAll(PDO::FETCH_ASSOC);
}

$dispo = chambresDisponibles($db, $_GET['du'], $_GET['au']);`)}`),

  rec('code_ts_pt_br', f`Tô montando a chave de eliminação dupla do campeonato. Quando o número de times não é potência de 2 os byes ficam errados. Me ajuda?

\`\`\`ts
${code(f`type Team = { id: string; seed: number };
type Match = { round: number; a?: Team; b?: Team; bye: boolean };

export function firstRound(teams: Team[]): Match[] {
  const size = 2 ** Math.ceil(Math.log2(teams.length));
  const seeded = [...teams].sort((x, y) => x.seed - y.seed);
  const matches: Match[] = [];
  for (let i = 0; i < size / 2; i++) {
    const a = seeded[i];
    const b = seeded[size - 1 - i];
    matches.push({ round: 1, a, b, bye: !b });
  }
  return matches;
}`)}
\`\`\``),

  rec('code_go_tr', f`Eşleştirme servisimiz yoğun saatlerde aynı oyuncuyu iki maça atıyor. Race condition mı var?

${code(f`type Queue struct {
	mu      sync.Mutex
	players []Player
}

func (q *Queue) Add(p Player) {
	q.mu.Lock()
	q.players = append(q.players, p)
	q.mu.Unlock()
}

func (q *Queue) TryMatch(size int) ([]Player, bool) {
	if len(q.players) < size {
		return nil, false
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	sort.Slice(q.players, func(i, j int) bool { return q.players[i].MMR < q.players[j].MMR })
	team := q.players[:size]
	q.players = q.players[size:]
	return team, true
}`)}`),

  rec('code_lua_vi', f`Plugin Lua cho server giải đấu, mình muốn tự động kick người chơi AFK quá 90 giây nhưng nó kick cả người đang xem (spectator). Sửa thế nào?

${code(f`local AFK_LIMIT = 90
local lastMove = {}

hook.Add("PlayerTick", "afk_track", function(ply, mv)
  if mv:GetVelocity():Length() > 0 then
    lastMove[ply:SteamID()] = CurTime()
  end
end)

timer.Create("afk_check", 5, 0, function()
  for _, ply in ipairs(player.GetAll()) do
    local t = lastMove[ply:SteamID()] or CurTime()
    if CurTime() - t > AFK_LIMIT then
      ply:Kick("AFK qua " .. AFK_LIMIT .. " giay")
    end
  end
end)`)}`),

  rec('st_gu', f`આ PLC પ્રોગ્રામ (Structured Text) ડાઈંગ મશીનમાં તાપમાન વધારવા માટે છે, પણ 80°C પછી તાપમાન ઓવરશૂટ થાય છે. શું ખોટું છે?

${code(f`PROGRAM RampControl
VAR
    ActualTemp    : REAL;
    TargetTemp    : REAL := 130.0;
    RampRate      : REAL := 2.0;   (* deg C per minute *)
    Setpoint      : REAL := 30.0;
    SteamValve    : REAL;
    RampTimer     : TON;
    Kp            : REAL := 4.5;
END_VAR

RampTimer(IN := NOT RampTimer.Q, PT := T#60S);
IF RampTimer.Q AND Setpoint < TargetTemp THEN
    Setpoint := Setpoint + RampRate;
END_IF;

SteamValve := Kp * (Setpoint - ActualTemp);
IF SteamValve > 100.0 THEN SteamValve := 100.0; END_IF;
IF SteamValve < 0.0 THEN SteamValve := 0.0; END_IF;
END_PROGRAM`)}`),

  rec('code_python_bn', f`রং রেসিপির এই স্ক্রিপ্ট ব্যাচের ওজন অনুযায়ী ডাই আর কেমিক্যালের পরিমাণ হিসাব করে। লিকার রেশিও ১:৮ হলে লবণের হিসাব ভুল আসছে। দেখবে?

${code(f`import pandas as pd

def recipe_for_batch(recipe: pd.DataFrame, fabric_kg: float, liquor_ratio: float) -> pd.DataFrame:
    liters = fabric_kg * liquor_ratio
    out = recipe.copy()
    is_dye = out["type"] == "dye"
    out.loc[is_dye, "amount"] = out.loc[is_dye, "percent_owf"] / 100 * fabric_kg
    out.loc[~is_dye, "amount"] = out.loc[~is_dye, "g_per_l"] * fabric_kg / 1000
    return out[["item", "type", "amount"]]

recipe = pd.read_csv("recipes/navy_reactive.csv")
print(recipe_for_batch(recipe, fabric_kg=450, liquor_ratio=8))`)}`),

  rec('code_kotlin_no', f`Appen vår for frivillige redningsmannskaper skal sende posisjonen hvert 30. sekund under en aksjon, men på noen Samsung-telefoner stopper det etter skjermlås. Hva mangler?

${code(f`class PositionService : LifecycleService() {
    private lateinit var client: FusedLocationProviderClient

    override fun onCreate() {
        super.onCreate()
        client = LocationServices.getFusedLocationProviderClient(this)
    }

    override fun onStartCommand(intent: Intent?, flags: Int, startId: Int): Int {
        val request = LocationRequest.Builder(Priority.PRIORITY_HIGH_ACCURACY, 30_000L).build()
        client.requestLocationUpdates(request, callback, Looper.getMainLooper())
        return START_STICKY
    }

    private val callback = object : LocationCallback() {
        override fun onLocationResult(result: LocationResult) {
            result.lastLocation?.let { lifecycleScope.launch { Api.sendPosition(it.latitude, it.longitude) } }
        }
    }
}`)}`),

  rec('code_swift_fr_ch', f`Dans notre app iOS de signalement d'avalanches, la photo est parfois envoyée sans la position GPS. Tu vois pourquoi ?

\`\`\`swift
${code(f`final class ReportViewModel: NSObject, ObservableObject, CLLocationManagerDelegate {
    private let manager = CLLocationManager()
    @Published var lastLocation: CLLocation?

    override init() {
        super.init()
        manager.delegate = self
        manager.requestWhenInUseAuthorization()
        manager.startUpdatingLocation()
    }

    func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        lastLocation = locations.last
    }

    func send(photo: UIImage) async throws {
        let body = Report(image: photo.jpegData(compressionQuality: 0.6)!,
                          lat: lastLocation?.coordinate.latitude,
                          lon: lastLocation?.coordinate.longitude)
        try await API.shared.post("/reports", body)
    }
}`)}
\`\`\``),

  rec('code_rust_sl', f`Ta parser za HUMS zapise iz helikopterja včasih pade s "index out of bounds". Kje je napaka?

${code(f`#[derive(Debug)]
struct Sample {
    t_ms: u32,
    channel: u8,
    value: i16,
}

fn parse_frame(buf: &[u8]) -> Vec<Sample> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < buf.len() {
        let t_ms = u32::from_le_bytes([buf[i], buf[i + 1], buf[i + 2], buf[i + 3]]);
        let channel = buf[i + 4];
        let value = i16::from_le_bytes([buf[i + 5], buf[i + 6]]);
        out.push(Sample { t_ms, channel, value });
        i += 7;
    }
    out
}`)}`),

  rec('code_cpp_ro', f`Firmware-ul pompei de dozare pentru vopsitorie pierde pași la debit mare. Codul de întrerupere arată așa:

${code(f`volatile uint32_t stepsRemaining = 0;
volatile bool running = false;

ISR(TIMER1_COMPA_vect) {
    if (!running) return;
    digitalWrite(STEP_PIN, HIGH);
    delayMicroseconds(5);
    digitalWrite(STEP_PIN, LOW);
    if (--stepsRemaining == 0) {
        running = false;
    }
}

void dose(float ml, float mlPerMin) {
    stepsRemaining = (uint32_t)(ml * STEPS_PER_ML);
    OCR1A = (uint16_t)(F_CPU / 8 / (mlPerMin * STEPS_PER_ML / 60.0)) - 1;
    running = true;
}`)}

Ar trebui să folosesc altă abordare decât digitalWrite în ISR?`),

  rec('code_java_ka', f`ზარალის წესების ძრავაში ეს მეთოდი ზოგჯერ NullPointerException-ს აგდებს. რა შეიძლება იყოს?

${code(f`public BigDecimal calculatePayout(Claim claim, Policy policy) {
    BigDecimal deductible = policy.getCoverages().stream()
        .filter(c -> c.getType() == claim.getCoverageType())
        .findFirst()
        .map(Coverage::getDeductible)
        .orElse(null);

    BigDecimal assessed = claim.getAssessedAmount();
    BigDecimal payout = assessed.subtract(deductible);
    if (payout.compareTo(policy.getSumInsured()) > 0) {
        payout = policy.getSumInsured();
    }
    return payout.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
}`)}`),

  rec('diff_zh', f`帮我 review 一下这个补丁，主要是修复会员积分在退房时重复累计的问题：

\`\`\`diff
${code(f`--- a/loyalty/views.py
+++ b/loyalty/views.py
@@ -41,12 +41,16 @@ def checkout(request, folio_id):
     folio = get_object_or_404(Folio, pk=folio_id)
-    points = int(folio.total_room_revenue // 10)
-    LoyaltyLedger.objects.create(member=folio.member, folio=folio, points=points)
+    with transaction.atomic():
+        folio = Folio.objects.select_for_update().get(pk=folio_id)
+        if folio.points_awarded:
+            return JsonResponse({"status": "already_awarded"})
+        points = int(folio.total_room_revenue // 10)
+        LoyaltyLedger.objects.create(member=folio.member, folio=folio, points=points)
+        folio.points_awarded = True
+        folio.save(update_fields=["points_awarded"])
     return JsonResponse({"status": "ok", "points": points})`)}
\`\`\``),

  rec('powershell_he', f`הסקריפט הזה אמור להעביר תיקי תביעות סגורים לארכיון אחרי 90 יום, אבל הוא מוחק גם תיקים פתוחים. איפה הבאג?

${code(f`$source  = "D:\\Claims\\Active"
$archive = "E:\\Archive\\Claims"
$cutoff  = (Get-Date).AddDays(-90)

Get-ChildItem $source -Directory | ForEach-Object {
    $status = Get-Content (Join-Path $_.FullName "status.txt") -ErrorAction SilentlyContinue
    if ($_.LastWriteTime -lt $cutoff -or $status -eq "CLOSED") {
        Move-Item $_.FullName -Destination $archive -Force
        Write-Output "archived $($_.Name)"
    }
}`)}`),

  rec('dart_id', f`Di aplikasi Flutter untuk jadwal turnamen, daftar pertandingan tidak update walaupun data dari API sudah berubah. Kenapa ya?

${code(f`class JadwalPage extends StatefulWidget {
  const JadwalPage({super.key});
  @override
  State<JadwalPage> createState() => _JadwalPageState();
}

class _JadwalPageState extends State<JadwalPage> {
  List<Pertandingan> data = [];

  Future<void> muat() async {
    final res = await http.get(Uri.parse('https://api.nusantaracup.id/v1/jadwal'));
    final list = (jsonDecode(res.body) as List).map((e) => Pertandingan.fromJson(e)).toList();
    data = list;
  }

  @override
  void initState() {
    super.initState();
    Timer.periodic(const Duration(seconds: 30), (_) => muat());
  }

  @override
  Widget build(BuildContext context) =>
      ListView(children: data.map((p) => ListTile(title: Text('\${p.timA} vs \${p.timB}'))).toList());
}`)}`),
];
