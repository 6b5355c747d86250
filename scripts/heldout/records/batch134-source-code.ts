/**
 * Held-out batch 134: pasted source code from the six settings (HPC job scripts and Fortran,
 * dispenser and PLC logic, dispatch routing, atelier apps, whereabouts queries), with comments and
 * questions in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH134_SOURCE_CODE: DraftRecord[] = [
  rec('code_bash', f`Why does this array job only run the first 10 tasks at once even though I asked for 50?

\`\`\`bash
${code(f`#!/bin/bash
#SBATCH --job-name=md-scan
#SBATCH --array=1-200%50
#SBATCH --cpus-per-task=8
#SBATCH --mem=16G
#SBATCH --time=04:00:00
#SBATCH --partition=standard

module load gromacs/2024.2
CONF=$(sed -n "\${SLURM_ARRAY_TASK_ID}p" configs.txt)
srun gmx mdrun -deffnm "\${CONF}" -ntomp "\${SLURM_CPUS_PER_TASK}"`)}
\`\`\``),

  rec('code_fortran_de', f`Hallo HPC-Team, mein Fortran-Code läuft mit OpenMP langsamer als seriell. Woran liegt das?

${code(f`program heat
  use omp_lib
  implicit none
  integer, parameter :: n = 4000
  real(8) :: u(n,n), unew(n,n)
  integer :: i, j, it
  u = 0d0; u(:,1) = 100d0
  do it = 1, 500
!$omp parallel do
    do i = 2, n-1
      do j = 2, n-1
        unew(i,j) = 0.25d0*(u(i-1,j)+u(i+1,j)+u(i,j-1)+u(i,j+1))
      end do
    end do
!$omp end parallel do
    u = unew
  end do
  print *, sum(u)
end program heat`)}`),

  rec('code_rust', f`Our dispenser controller computes the pressure ramp rate. Is there an overflow risk here?

${code(f`/// Target pressure ramp (MPa/min) per SAE J2601 lookup, by ambient temperature.
pub fn ramp_rate(ambient_c: i16, tank_class: TankClass) -> Option<f32> {
    let row = match ambient_c {
        t if t < -40 || t > 50 => return None,
        t if t < -10 => 0,
        t if t < 10 => 1,
        t if t < 30 => 2,
        _ => 3,
    };
    let table: [[f32; 4]; 2] = [[28.5, 24.0, 19.7, 15.2], [21.0, 18.4, 14.9, 11.6]];
    Some(table[tank_class as usize][row])
}`)}`),

  rec('code_st_es', f`Tengo este bloque en Structured Text para la dosificación de premezcla en el molino. A veces la báscula se pasa 2 kg. ¿Ideas?

${code(f`FUNCTION_BLOCK FB_Dosificar
VAR_INPUT
    rConsigna : REAL;   (* kg *)
    rPeso     : REAL;
    xInicio   : BOOL;
END_VAR
VAR_OUTPUT
    xAlimentadorRapido : BOOL;
    xAlimentadorLento  : BOOL;
    xFin               : BOOL;
END_VAR
IF xInicio THEN
    xAlimentadorRapido := rPeso < rConsigna * 0.9;
    xAlimentadorLento  := rPeso >= rConsigna * 0.9 AND rPeso < rConsigna - 0.3;
    xFin := rPeso >= rConsigna - 0.3;
END_IF;
END_FUNCTION_BLOCK`)}`),

  rec('code_go_pt', f`Esse código escolhe o guincho mais próximo, mas às vezes manda um que está do outro lado do rio. Como melhorar?

${code(f`func maisProximo(chamado Ponto, guinchos []Guincho) *Guincho {
	var melhor *Guincho
	menor := math.MaxFloat64
	for i := range guinchos {
		g := &guinchos[i]
		if g.Status != Livre {
			continue
		}
		d := haversine(chamado, g.Posicao)
		if d < menor {
			menor, melhor = d, g
		}
	}
	return melhor
}`)}`),

  rec('code_kotlin', f`${code(f`class TowRequestViewModel(private val repo: DispatchRepository) : ViewModel() {
    private val _state = MutableStateFlow<UiState>(UiState.Idle)
    val state: StateFlow<UiState> = _state

    fun request(location: LatLng, vehicle: VehicleInfo) = viewModelScope.launch {
        _state.value = UiState.Loading
        _state.value = runCatching { repo.createRequest(location, vehicle) }
            .fold({ UiState.Success(it.etaMinutes) }, { UiState.Error(it.message ?: "unknown") })
    }
}`)}

Le bouton "Demander un dépanneur" reste en chargement si l'utilisateur tourne l'écran. Pourquoi ?`),

  rec('code_swift_ja', f`フィッティング予約アプリで、日付を選ぶと1日ずれることがあります。

${code(f`let formatter = DateFormatter()
formatter.dateFormat = "yyyy-MM-dd"
formatter.timeZone = TimeZone(identifier: "UTC")

func bookingDay(_ date: Date) -> String {
    return formatter.string(from: date)
}

let selected = datePicker.date
api.book(day: bookingDay(selected), atelier: "paris-saint-honore")`)}

東京のお客様だけ発生します。`),

  rec('code_sql_sv', f`Den här frågan ska hitta idrottare som inte har ett 60-minutersfönster registrerat nästa vecka, men den returnerar alla. Vad är fel?

${code(f`SELECT a.athlete_id, a.sport
FROM athletes a
LEFT JOIN whereabouts_slots w
  ON w.athlete_id = a.athlete_id
WHERE a.pool = 'RTP'
  AND w.slot_date BETWEEN CURRENT_DATE + 7 AND CURRENT_DATE + 13
  AND w.athlete_id IS NULL;`)}`),

  rec('code_python_hu', f`${code(f`import numpy as np
from scipy.optimize import linprog

# takarmány-receptúra: min költség, fehérje >= 18%, rost <= 6%
cost = np.array([0.21, 0.48, 0.19, 0.95])        # kukorica, szójadara, búzakorpa, premix (EUR/kg)
protein = np.array([0.085, 0.46, 0.155, 0.0])
fiber = np.array([0.022, 0.035, 0.10, 0.0])
A_ub = np.vstack([-protein, fiber])
b_ub = np.array([-0.18, 0.06])
A_eq = np.array([[1, 1, 1, 1], [0, 0, 0, 1]])
b_eq = np.array([1.0, 0.025])
res = linprog(cost, A_ub=A_ub, b_ub=b_ub, A_eq=A_eq, b_eq=b_eq, bounds=[(0, 1)] * 4)
print(res.x.round(3), res.fun)`)}

Miért "infeasible" az eredmény, ha a premixet 2,5%-ra rögzítem?`),

  rec('code_r', f`Can you vectorise this? It takes minutes on 3 years of mill throughput data.

${code(f`daily <- data.frame()
for (d in unique(prod$date)) {
  sub <- prod[prod$date == d, ]
  daily <- rbind(daily, data.frame(date = d,
                                   tonnes = sum(sub$tonnes),
                                   kwh_per_t = sum(sub$kwh) / sum(sub$tonnes)))
}
plot(as.Date(daily$date), daily$kwh_per_t, type = "l")`)}`),

  rec('code_csharp_pl', f`Dlaczego ten kod czasem zapisuje dwa razy tę samą transakcję tankowania?

${code(f`public async Task OnFuelingCompleted(FuelingEvent e)
{
    var existing = await _db.Transactions.FirstOrDefaultAsync(t => t.SessionId == e.SessionId);
    if (existing == null)
    {
        _db.Transactions.Add(new Transaction
        {
            SessionId = e.SessionId,
            StationId = e.StationId,
            Kilograms = e.MassKg,
            AmountEur = Math.Round(e.MassKg * e.PricePerKg, 2)
        });
        await _db.SaveChangesAsync();
    }
}`)}`),

  rec('code_ts_it', f`${code(f`export function taglia(misure: Misure): Taglia {
  const { busto, vita, fianchi } = misure;
  const tabella: [Taglia, number, number, number][] = [
    ['38', 80, 62, 88],
    ['40', 84, 66, 92],
    ['42', 88, 70, 96],
    ['44', 92, 74, 100],
  ];
  return tabella.find(([, b, v, f]) => busto <= b && vita <= v && fianchi <= f)?.[0] ?? 'su misura';
}`)}

Così una cliente con fianchi 97 e busto 82 finisce "su misura", è giusto?`),

  rec('code_java_ru', f`Почему этот Spring-контроллер отдаёт 415 при отправке формы протокола отбора пробы?

${code(f`@RestController
@RequestMapping("/api/missions")
public class SampleController {
    @PostMapping(value = "/{id}/samples", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SampleDto> addSample(@PathVariable long id, @RequestBody @Valid SampleDto dto) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.add(id, dto));
    }
}`)}`),

  rec('code_c', f`${code(f`/* feed mill pellet press: die temperature moving average */
#define WIN 16
static float buf[WIN];
static unsigned idx = 0, filled = 0;

float die_temp_avg(float sample)
{
    buf[idx] = sample;
    idx = (idx + 1) % WIN;
    if (filled < WIN) filled++;
    float s = 0.0f;
    for (unsigned i = 0; i < filled; i++) s += buf[i];
    return s / filled;
}`)}

Is this safe to call from the ADC interrupt?`),

  rec('code_python_ko', f`슬럼 sacct 출력을 파싱해서 연구실별 GPU 시간을 집계하는 코드인데, 결과가 너무 크게 나옵니다.

${code(f`import subprocess, collections

out = subprocess.run(["sacct", "-a", "-X", "-P", "-S", "2025-01-01", "-o", "Account,AllocTRES,ElapsedRaw"],
                     capture_output=True, text=True).stdout.splitlines()[1:]
gpu_hours = collections.Counter()
for line in out:
    account, tres, elapsed = line.split("|")
    gpus = next((int(x.split("=")[1]) for x in tres.split(",") if x.startswith("gres/gpu=")), 0)
    gpu_hours[account] += gpus * int(elapsed) / 60
print(gpu_hours.most_common(10))`)}`),

  rec('code_php_fr', f`Le formulaire de prise de rendez-vous pour les essayages affiche les créneaux déjà réservés. Vous voyez le souci ?

${code(f`<?php
$stmt = $pdo->prepare("SELECT heure FROM creneaux WHERE atelier = ? AND jour = ? AND reserve = 0");
$stmt->execute([$atelier, $jour]);
foreach ($stmt->fetchAll(PDO::FETCH_COLUMN) as $h) {
    echo "<option value=\\"$h\\">" . substr($h, 0, 5) . "</option>";
}
$pdo->prepare("UPDATE creneaux SET reserve = 1 WHERE atelier = ? AND jour = ? AND heure = ?")
    ->execute([$atelier, $jour, $_POST['heure']]);`)}`),

  rec('code_ruby_nl', f`${code(f`class WhereaboutsReminder
  def self.due(today = Date.current)
    Athlete.where(pool: %w[RTP TP])
           .where.not(id: Filing.where(quarter: Quarter.next(today)).select(:athlete_id))
           .find_each { |a| ReminderMailer.with(athlete: a).quarter_filing.deliver_later }
  end
end`)}

Hoe zorg ik dat deze herinnering maar één keer per week verstuurd wordt?`),

  rec('diff', f`Review this patch for the station controller please:

${code(f`--- a/controller/precool.py
+++ b/controller/precool.py
@@ -41,9 +41,12 @@ def precool_setpoint(ambient_c: float, fill_mode: str) -> float:
-    if fill_mode == "T40":
-        return -40.0
-    return -20.0
+    if fill_mode == "T40":
+        target = -40.0
+    elif fill_mode == "T30":
+        target = -30.0
+    else:
+        target = -20.0
+    return max(target, ambient_c - 75.0)`)}`),

  rec('code_julia', f`Julia on the cluster: this is slower with 16 threads than with 1. Help?

${code(f`using Base.Threads
function simulate!(out::Vector{Float64}, n::Int)
    acc = 0.0
    @threads for i in 1:n
        acc += sum(rand(1000) .^ 2)
        out[threadid()] = acc
    end
    return out
end
simulate!(zeros(nthreads()), 10_000)`)}`),

  rec('vba_de', f`Das Makro im Rezepturblatt der Futtermühle bricht bei leeren Zeilen ab:

${code(f`Sub RezepturSumme()
    Dim i As Long, summe As Double
    For i = 2 To Cells(Rows.Count, 1).End(xlUp).Row
        summe = summe + Cells(i, 3).Value * Cells(i, 4).Value
    Next i
    Range("F1").Value = Format(summe, "0.00") & " EUR/t"
End Sub`)}`),

  rec('code_python_en', f`Our anti-doping sample-code generator sometimes produces duplicates, see:

${code(f`import random

def new_sample_code(existing: set[str]) -> str:
    code = "".join(random.choices("0123456789", k=7))
    if code in existing:
        return new_sample_code(existing)
    return code

codes = {new_sample_code(set()) for _ in range(5000)}
print(len(codes))`)}

Also, should it use secrets instead of random?`),

  rec('dockerfile', f`Container for the feed-mill label printer service, image is 1.9 GB, how do I slim it?

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y cups libcups2-dev
EXPOSE 8080
CMD ["python", "-m", "labels.server"]`)}`),
];
