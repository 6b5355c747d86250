/**
 * Held-out batch 51: pasted source code — HPC job scripts and kernels, SCADA analysis, caseload
 * queries, brewing calculators, nursing and charter apps — with questions in many languages.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH51_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Rank 0 hangs forever at the gather when I run on 4 nodes, fine on 1 node. What am I doing wrong?

\`\`\`python
${code(f`from mpi4py import MPI
import numpy as np

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()

n = 10_000_000
chunk = n // size
local = np.random.default_rng(rank).random(chunk)
local_sum = local.sum()

if rank != 0:
    comm.send(local_sum, dest=0, tag=11)
else:
    totals = [local_sum]
    for src in range(1, size):
        totals.append(comm.recv(source=MPI.ANY_SOURCE, tag=12))
    print("mean:", sum(totals) / n)`)}
\`\`\``),

  rec('slurm_zh', f`数组作业只跑了前 10 个就全部 PENDING (AssocGrpCPULimit)，脚本如下，是不是 %10 写错了？

${code(f`#!/bin/bash
#SBATCH -J gromacs-scan
#SBATCH -p cpu
#SBATCH -N 1
#SBATCH --ntasks-per-node=32
#SBATCH -t 12:00:00
#SBATCH --array=1-120%10
#SBATCH -o logs/%A_%a.out

module purge
module load gromacs/2024.2-mpi
cd $SLURM_SUBMIT_DIR/runs/$(printf "%03d" $SLURM_ARRAY_TASK_ID)
srun gmx_mpi mdrun -deffnm md -ntomp 1 -maxh 11.5`)}`),

  rec('code_cpp_ko', f`OpenMP로 병렬화했는데 스레드를 늘릴수록 더 느려집니다. 왜 그럴까요?

${code(f`#include <omp.h>
#include <vector>

double energy(const std::vector<double>& x, const std::vector<double>& y) {
    double e = 0.0;
    const size_t n = x.size();
    #pragma omp parallel for
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = i + 1; j < n; ++j) {
            double dx = x[i] - x[j], dy = y[i] - y[j];
            double r2 = dx * dx + dy * dy;
            #pragma omp critical
            e += 1.0 / r2;
        }
    }
    return e;
}`)}`),

  rec('code_fortran', f`We inherited this from a 1998 thesis. It compiles with gfortran 13 but gives different results with -O3. Any obvious problem?

      ${code(f`PROGRAM HEAT2D
      IMPLICIT NONE
      INTEGER NX, NY, IT, I, J
      PARAMETER (NX=200, NY=200)
      REAL T(NX,NY), TN(NX,NY), ALPHA
      ALPHA = 0.24
      T = 0.0
      T(NX/2,NY/2) = 1000.0
      DO IT = 1, 5000
         DO J = 2, NY-1
            DO I = 2, NX-1
               TN(I,J) = T(I,J) + ALPHA*(T(I+1,J)+T(I-1,J)
     &                 + T(I,J+1)+T(I,J-1)-4.0*T(I,J))
            END DO
         END DO
         T = TN
      END DO
      PRINT *, 'CENTRE: ', T(NX/2,NY/2)
      END`)}`),

  rec('code_julia_vi', f`Em viết hàm này bằng Julia mà chạy chậm hơn cả Python, anh chị xem giúp em với:

${code(f`function pairwise_dist(X)
    n = size(X, 1)
    D = zeros(n, n)
    for i in 1:n, j in 1:n
        D[i, j] = sqrt(sum((X[i, :] .- X[j, :]).^2))
    end
    return D
end

X = rand(2000, 3)
@time pairwise_dist(X)`)}

Kết quả: 4.8 giây, 32 triệu lần cấp phát bộ nhớ.`),

  rec('modulefile', f`New Lmod modulefile for the CUDA-aware OpenMPI build — does the conflict/prereq logic look right?

${code(f`-- /opt/modulefiles/openmpi/5.0.5-cuda12.lua
help([[OpenMPI 5.0.5 built with CUDA 12.4 and UCX 1.17]])
whatis("Name: OpenMPI")
whatis("Version: 5.0.5")

conflict("openmpi", "mpich", "intel-mpi")
depends_on("cuda/12.4", "ucx/1.17.0")

local root = "/opt/sw/openmpi/5.0.5-cuda12"
prepend_path("PATH", pathJoin(root, "bin"))
prepend_path("LD_LIBRARY_PATH", pathJoin(root, "lib"))
prepend_path("MANPATH", pathJoin(root, "share/man"))
setenv("OMPI_MCA_pml", "ucx")
setenv("MPI_HOME", root)`)}`),

  rec('code_cuda_ta', f`இந்த CUDA kernel-ல் result தவறாக வருகிறது, சில நேரம் சரியாகவும் வருகிறது. race condition-ஆ?

${code(f`__global__ void histogram(const int *data, int *bins, int n) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        int b = data[i] % 256;
        bins[b] = bins[b] + 1;
    }
}

int main() {
    // ... cudaMalloc / cudaMemcpy omitted
    histogram<<<(n + 255) / 256, 256>>>(d_data, d_bins, n);
    cudaDeviceSynchronize();
}`)}`),

  rec('nextflow_id', f`Pipeline Nextflow saya di klaster selalu submit ribuan job kecil sekaligus dan admin protes. Bagaimana membatasi jumlah job yang antre?

${code(f`process ALIGN {
    executor 'slurm'
    queue 'cpu'
    cpus 8
    memory '32 GB'
    time '4h'

    input:
    tuple val(sample), path(reads)

    output:
    tuple val(sample), path("\${sample}.bam")

    script:
    """
    bwa-mem2 mem -t \${task.cpus} ref/genome.fa \${reads} | samtools sort -@4 -o \${sample}.bam
    """
}

workflow {
    Channel.fromFilePairs(params.reads) | ALIGN
}`)}`),

  rec('code_python_da', f`Kan du forklare, hvorfor effektkurven ser forkert ud over 12 m/s? Jeg tror, filtreringen af nedreguleringer er forkert.

${code(f`import pandas as pd

df = pd.read_parquet("scada_10min_A07_2024.parquet")
df = df[(df["availability"] == 1) & (df["curtailment_flag"] == 0)]

bins = pd.interval_range(start=0, end=25, freq=0.5)
df["ws_bin"] = pd.cut(df["wind_speed_nacelle"], bins)
curve = df.groupby("ws_bin", observed=True)["active_power_kw"].agg(["mean", "count"])
curve = curve[curve["count"] > 20]
curve["mean"].plot(drawstyle="steps-mid", title="WTG A07 power curve 2024")`)}`),

  rec('sql_nl', f`Deze query voor de maandrapportage van storingen duurt 9 minuten. Welke index mist er?

${code(f`SELECT t.park_code,
       t.wtg_id,
       a.alarm_code,
       COUNT(*)                                       AS n_alarms,
       SUM(EXTRACT(EPOCH FROM (a.cleared_at - a.raised_at))) / 3600.0 AS downtime_h
FROM   scada.alarms a
JOIN   assets.turbines t ON t.id = a.turbine_id
WHERE  a.raised_at >= date_trunc('month', now()) - interval '1 month'
  AND  a.raised_at <  date_trunc('month', now())
  AND  a.severity >= 3
GROUP  BY t.park_code, t.wtg_id, a.alarm_code
ORDER  BY downtime_h DESC
LIMIT  50;`)}`),

  rec('code_rust', f`${code(f`use std::convert::TryFrom;

#[derive(Debug)]
pub struct Reading {
    pub register: u16,
    pub value: f32,
}

impl TryFrom<&[u8]> for Reading {
    type Error = &'static str;

    fn try_from(buf: &[u8]) -> Result<Self, Self::Error> {
        if buf.len() < 6 {
            return Err("frame too short");
        }
        let register = u16::from_be_bytes([buf[0], buf[1]]);
        let raw = u32::from_be_bytes([buf[4], buf[5], buf[2], buf[3]]);
        Ok(Reading { register, value: f32::from_bits(raw) })
    }
}`)}

The converter on the met mast sends word-swapped floats (CDAB). Did I swap the right bytes? Values come out as 1e-38 garbage.`),

  rec('code_csharp_pl', f`Serwis, który zapisuje odczyty z czujników drgań, po kilku dniach zjada całą pamięć. Gdzie jest wyciek?

${code(f`public class VibrationCollector : BackgroundService
{
    private readonly List<Sample> _buffer = new();
    private readonly ISensorBus _bus;

    public VibrationCollector(ISensorBus bus) => _bus = bus;

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        _bus.SampleReceived += (s, e) => _buffer.Add(e.Sample);
        while (!ct.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMinutes(10), ct);
            await File.AppendAllLinesAsync("samples.csv", _buffer.Select(x => x.ToCsv()), ct);
        }
    }
}`)}`),

  rec('sql', f`Need the average days from appointment to disposition per attorney for last year, but this counts reopened cases twice:

${code(f`SELECT a.attorney_name,
       COUNT(c.case_id) AS cases,
       AVG(c.disposition_date - c.appointed_date) AS avg_days
FROM cases c
JOIN assignments s ON s.case_id = c.case_id
JOIN attorneys a ON a.attorney_id = s.attorney_id
WHERE c.disposition_date BETWEEN DATE '2024-01-01' AND DATE '2024-12-31'
GROUP BY a.attorney_name
ORDER BY avg_days DESC;`)}`),

  rec('apps_script_pt', f`Esse script da planilha de audiências deveria mandar um e-mail para o defensor 3 dias antes, mas está mandando todo dia. O que está errado?

${code(f`function lembretesAudiencia() {
  const aba = SpreadsheetApp.getActive().getSheetByName('Audiências');
  const linhas = aba.getDataRange().getValues().slice(1);
  const hoje = new Date();
  linhas.forEach(function (l) {
    const data = new Date(l[3]);
    const dias = (data - hoje) / (1000 * 60 * 60 * 24);
    if (dias <= 3) {
      MailApp.sendEmail(l[5], 'Audiência em ' + l[3], 'Processo ' + l[1] + ' – ' + l[2]);
    }
  });
}`)}`),

  rec('code_python_cs', f`Počítám hořkost (IBU) podle Tinsetha, ale vychází mi o 10 víc než v Brewfatheru. Kde je chyba?

${code(f`import math

def tinseth_ibu(alpha_pct, grams, minutes, volume_l, og):
    bigness = 1.65 * 0.000125 ** (og - 1)
    boil_time = (1 - math.exp(-0.04 * minutes)) / 4.15
    utilisation = bigness * boil_time
    mg_per_l = alpha_pct / 100 * grams * 1000 / volume_l
    return utilisation * mg_per_l

hops = [(12.5, 40, 60), (5.5, 30, 15), (5.5, 50, 0)]
print(sum(tinseth_ibu(a, g, t, 20, 1.052) for a, g, t in hops))`)}

Objem je 20 l do kvasné kádě, ale vařím 26 l.`),

  rec('arduino_hu', f`Az erjesztőtartály hűtése be-ki kapcsolgat percenként, és a relé már kattog. Hogyan tegyek bele hiszterézist?

${code(f`#include <OneWire.h>
#include <DallasTemperature.h>

OneWire bus(4);
DallasTemperature sensors(&bus);
const int RELAY = 7;
float target = 18.5;

void setup() {
  pinMode(RELAY, OUTPUT);
  sensors.begin();
}

void loop() {
  sensors.requestTemperatures();
  float t = sensors.getTempCByIndex(0);
  digitalWrite(RELAY, t > target ? HIGH : LOW);
  delay(2000);
}`)}`),

  rec('code_php_lv', f`Vecuma pārbaude mūsu alus e-veikalā ļauj iekšā arī 17 gadus vecus. Kur ir kļūda?

${code(f`<?php
function isAdult(string $dob): bool {
    $birth = DateTime::createFromFormat('d.m.Y', $dob);
    if (!$birth) {
        return false;
    }
    $age = (int) date('Y') - (int) $birth->format('Y');
    return $age >= 18;
}

if (!isAdult($_POST['dob'] ?? '')) {
    header('Location: /nepilngadigiem');
    exit;
}`)}`),

  rec('code_kotlin_ro', f`Aplicația de check-in pentru asistente pierde locația GPS când telefonul intră în economisire baterie. Codul:

${code(f`class VisitLocationService : Service() {
    private lateinit var client: FusedLocationProviderClient

    override fun onStartCommand(intent: Intent?, flags: Int, startId: Int): Int {
        client = LocationServices.getFusedLocationProviderClient(this)
        val req = LocationRequest.Builder(Priority.PRIORITY_BALANCED_POWER_ACCURACY, 60_000L).build()
        client.requestLocationUpdates(req, callback, Looper.getMainLooper())
        return START_NOT_STICKY
    }

    private val callback = object : LocationCallback() {
        override fun onLocationResult(r: LocationResult) {
            r.lastLocation?.let { VisitRepo.update(it.latitude, it.longitude) }
        }
    }

    override fun onBind(intent: Intent?): IBinder? = null
}`)}

Trebuie să fie foreground service?`),

  rec('code_ts_ar', f`هذه الدالة توزّع زيارات التمريض على الممرضات، لكنها أحياناً تعطي ممرضة واحدة زيارتين في نفس الوقت. أين الخطأ؟

${code(f`type Visit = { id: string; start: Date; end: Date; area: string };
type Nurse = { id: string; areas: string[]; visits: Visit[] };

export function assign(visits: Visit[], nurses: Nurse[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of visits.sort((a, b) => +a.start - +b.start)) {
    const nurse = nurses.find(
      (n) => n.areas.includes(v.area) && n.visits.every((x) => x.end < v.start || x.start > v.end),
    );
    if (nurse) out.set(v.id, nurse.id);
  }
  return out;
}`)}`),

  rec('code_swift_el', f`Στην εφαρμογή κρατήσεων, όταν ο χρήστης αλλάζει ημερομηνίες, η τιμή δεν ανανεώνεται. Τι κάνω λάθος;

${code(f`struct QuoteView: View {
    let yacht: Yacht
    @State private var from = Date()
    @State private var to = Date().addingTimeInterval(7 * 86_400)
    @State private var price: Decimal = 0

    var body: some View {
        Form {
            DatePicker("Επιβίβαση", selection: $from, displayedComponents: .date)
            DatePicker("Αποβίβαση", selection: $to, displayedComponents: .date)
            Text(price, format: .currency(code: "EUR"))
        }
        .onAppear { price = yacht.quote(from: from, to: to) }
    }
}`)}`),

  rec('code_go_tr', f`Müsaitlik API'si aynı tekneyi çakışan tarihlerde iki kez rezerve etmeye izin veriyor. Kilit yanlış yerde mi?

${code(f`func (s *Store) Book(ctx context.Context, yachtID string, from, to time.Time) error {
	busy, err := s.isBusy(ctx, yachtID, from, to)
	if err != nil {
		return err
	}
	if busy {
		return ErrUnavailable
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	_, err = s.db.ExecContext(ctx,
		"INSERT INTO bookings (yacht_id, date_from, date_to) VALUES ($1, $2, $3)",
		yachtID, from, to)
	return err
}`)}`),

  rec('code_r_it', f`Mi aiuti a capire perché il grafico della stagionalità dei charter mostra agosto vuoto?

${code(f`library(dplyr)
library(ggplot2)

charter <- read.csv("prenotazioni_2019_2024.csv", sep = ";", dec = ",")
charter$mese <- format(as.Date(charter$imbarco, "%d/%m/%Y"), "%m")

charter %>%
  filter(stato == "confermato") %>%
  group_by(anno = substr(imbarco, 7, 10), mese) %>%
  summarise(ricavo = sum(importo_netto)) %>%
  ggplot(aes(mese, ricavo, fill = anno)) +
  geom_col(position = "dodge")`)}`),

  rec('code_python', f`${code(f`from docxtpl import DocxTemplate
import csv

tpl = DocxTemplate("templates/motion_to_continue.docx")
with open("continuances.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        tpl.render({
            "case_no": row["case_no"],
            "defendant": row["defendant"],
            "hearing_date": row["hearing_date"],
            "reason": row["reason"],
        })
        tpl.save(f"out/{row['case_no']}_motion.docx")`)}

Every motion after the first one still has the first defendant's name in the header. Why?`),

  rec('apptainer_def', f`Apptainer build fails at %post with "no space left on device" on the login node. Definition file:

${amb('source_code.snippet', f`Bootstrap: docker
From: nvcr.io/nvidia/pytorch:24.08-py3

%post
    pip install --no-cache-dir transformers==4.44.2 datasets accelerate
    mkdir -p /opt/project

%environment
    export HF_HOME=/scratch/hf-cache

%runscript
    exec python "$@"`)}

Can I point the build tmp dir at /scratch?`),

  rec('chat_et', f`Kas see jq käsk on õige, et saada turbiinide nimekiri, mille saadavus on alla 95%? ${amb('source_code.snippet', `jq -r '.turbines[] | select(.availability < 0.95) | .id' park_status.json`)} Tahan seda kasutada igaõhtuses raportis.`, 'a one-line jq command in prose: ambiguous'),
];
