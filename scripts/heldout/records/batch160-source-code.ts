/**
 * Held-out batch 160: pasted source code from kiln automation, interpreter scheduling, tenant
 * screening, marathon registration, fish-health reporting and cargo-claims tools, with the
 * question around it in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH160_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_de', f`Der Regler für die Brennzonentemperatur schwingt sich auf, sobald die Kohlezufuhr über 12 t/h geht. Siehst du den Fehler?

\`\`\`python
${code(f`class KilnPID:
    def __init__(self, kp: float, ki: float, kd: float, out_min: float, out_max: float):
        self.kp, self.ki, self.kd = kp, ki, kd
        self.out_min, self.out_max = out_min, out_max
        self.integral = 0.0
        self.prev_err = None

    def step(self, setpoint: float, measured: float, dt: float) -> float:
        err = setpoint - measured
        self.integral += err * dt
        deriv = 0.0 if self.prev_err is None else (err - self.prev_err) / dt
        self.prev_err = err
        out = self.kp * err + self.ki * self.integral + self.kd * deriv
        return max(self.out_min, min(self.out_max, out))`)}
\`\`\`

Anti-Windup fehlt, oder?`),

  rec('code_st_tr', f`Brülör kilitleme mantığını PLC'de şöyle yazdık, ID fanı durduğunda brülör neden hemen kapanmıyor?

${code(f`(* Kiln 1 burner interlock *)
IF NOT ID_Fan_Running OR Kiln_Inlet_O2 < 1.5 OR Flame_Scanner_Fault THEN
    Burner_Permit := FALSE;
    Trip_Timer(IN := TRUE, PT := T#3S);
ELSE
    Trip_Timer(IN := FALSE);
    Burner_Permit := TRUE;
END_IF;

IF Trip_Timer.Q THEN
    Fuel_Valve_Open := FALSE;
    Alarm_Burner_Trip := TRUE;
END_IF;`)}`),

  rec('code_sql_es_mx', f`Esta consulta del laboratorio de calidad tarda 40 segundos, ¿qué índice le pongo?

${code(f`SELECT m.fecha_muestra,
       m.horno,
       AVG(a.cal_libre) AS cal_libre_prom,
       AVG(a.lsf) AS lsf_prom
FROM muestras_clinker m
JOIN analisis_xrf a ON a.muestra_id = m.id
WHERE m.fecha_muestra >= DATEADD(day, -30, GETDATE())
  AND m.horno IN ('H1', 'H2')
GROUP BY m.fecha_muestra, m.horno
ORDER BY m.fecha_muestra DESC;`)}`),

  rec('code_js_fr', f`Le calcul d'allure sur notre page d'inscription donne 4:60/km au lieu de 5:00. Où est l'erreur ?

\`\`\`js
${code(f`function allure(tempsSecondes, distanceKm) {
  const parKm = tempsSecondes / distanceKm;
  const min = Math.floor(parKm / 60);
  const sec = Math.round(parKm % 60);
  return \`\${min}:\${String(sec).padStart(2, '0')}/km\`;
}

document.querySelector('#objectif').addEventListener('change', (e) => {
  const [h, m] = e.target.value.split(':').map(Number);
  document.querySelector('#allure').textContent = allure(h * 3600 + m * 60, 42.195);
});`)}
\`\`\``),

  rec('code_sql_ko', f`배번 자동 배정 쿼리인데 동시에 두 명이 신청하면 같은 번호가 나가요. 어떻게 고치나요?

${code(f`WITH next_bib AS (
  SELECT COALESCE(MAX(bib_no), 10000) + 1 AS bib
  FROM registrations
  WHERE race_id = $1 AND category = $2
)
UPDATE registrations r
SET bib_no = next_bib.bib, status = 'CONFIRMED'
FROM next_bib
WHERE r.id = $3
RETURNING r.bib_no;`)}`),

  rec('code_python_en', f`Our tenant risk score treats a missing credit file as zero, which kills thin-file applicants. How would you refactor?

${code(f`def risk_score(app: Application) -> int:
    score = 600
    if app.credit_score is not None:
        score = app.credit_score
    rent_ratio = app.monthly_rent / max(app.monthly_income, 1)
    if rent_ratio > 0.4:
        score -= 80
    elif rent_ratio > 0.3:
        score -= 30
    score -= 120 * len([e for e in app.evictions if e.years_ago < 7])
    if app.credit_score is None:
        score = 0
    return max(300, min(850, score))`)}`),

  rec('code_go', f`${code(f`func matchEviction(applicant Applicant, rec EvictionRecord) float64 {
	score := 0.0
	if strings.EqualFold(applicant.LastName, rec.DefendantLast) {
		score += 0.4
	}
	if jaroWinkler(applicant.FirstName, rec.DefendantFirst) > 0.9 {
		score += 0.3
	}
	if applicant.BirthYear != 0 && applicant.BirthYear == rec.BirthYear {
		score += 0.3
	}
	return score
}`)}

Compliance says matching on name + birth year alone produces false positives (FCRA). What else should we require before reporting a match?`),

  rec('code_kotlin_pl', f`Aplikacja dla tłumaczy na oddziale – lista zleceń nie odświeża się po przyjęciu zlecenia. Dlaczego?

${code(f`class ZleceniaViewModel(private val repo: ZleceniaRepo) : ViewModel() {
    private val _zlecenia = MutableLiveData<List<Zlecenie>>()
    val zlecenia: LiveData<List<Zlecenie>> = _zlecenia

    fun przyjmij(id: Long) {
        viewModelScope.launch {
            repo.przyjmij(id)
            _zlecenia.value?.find { it.id == id }?.status = Status.PRZYJETE
        }
    }
}`)}`),

  rec('code_swift_ja', f`遠隔通訳のビデオ通話画面で、通話終了後もカメラのランプが消えません。

${code(f`final class VRISessionController: UIViewController {
    private let session = AVCaptureSession()

    override func viewDidLoad() {
        super.viewDidLoad()
        guard let cam = AVCaptureDevice.default(.builtInWideAngleCamera, for: .video, position: .front),
              let input = try? AVCaptureDeviceInput(device: cam) else { return }
        session.addInput(input)
        DispatchQueue.global(qos: .userInitiated).async { self.session.startRunning() }
    }

    @IBAction func endCall(_ sender: Any) {
        dismiss(animated: true)
    }
}`)}`),

  rec('code_csharp_nl', f`Deze planner wijst tolken dubbel in als twee afspraken om exact hetzelfde tijdstip beginnen en eindigen. Kun je het fixen?

${code(f`public bool IsBeschikbaar(Tolk tolk, DateTime start, DateTime eind)
{
    return !tolk.Afspraken.Any(a =>
        (start > a.Start && start < a.Eind) ||
        (eind > a.Start && eind < a.Eind));
}`)}`),

  rec('code_r_no', f`Lusetellingene per merd blir feil når en uke mangler. Hva gjør jeg galt?

${code(f`library(dplyr)
library(tidyr)

lus <- read.csv("lusetelling_2025.csv") |>
  mutate(uke = lubridate::isoweek(dato)) |>
  group_by(lokalitet, merd, uke) |>
  summarise(voksne_hunnlus = mean(voksne_hunnlus), .groups = "drop") |>
  pivot_wider(names_from = uke, values_from = voksne_hunnlus)

over_grense <- lus |> filter(if_any(-c(lokalitet, merd), ~ .x > 0.5))`)}`),

  rec('code_python_pandas', f`Monthly mortality report for the export certificates — the percentages don't add up to the numbers in Fiskeridirektoratet's format:

${code(f`df = pd.read_excel("dodelighet_feb.xlsx")
df["mortality_pct"] = df["dead"] / df["stocked"] * 100
summary = (
    df.groupby(["site", "cause"])
      .agg(dead=("dead", "sum"), pct=("mortality_pct", "mean"))
      .reset_index()
)
summary.to_csv("mortality_summary.csv", index=False)`)}

should I be averaging percentages there?`),

  rec('code_vba_el', f`Η μακροεντολή για τον υπολογισμό της συνεισφοράς γενικής αβαρίας βγάζει λάθος σύνολο. Μπορείς να τη δεις;

${code(f`Function GAContribution(cargoValue As Double, totalValue As Double, gaLoss As Double) As Double
    If totalValue = 0 Then
        GAContribution = 0
        Exit Function
    End If
    GAContribution = Round(gaLoss * cargoValue / totalValue, 0)
End Function

Sub FillContributions()
    Dim r As Long
    For r = 2 To Cells(Rows.Count, 1).End(xlUp).Row
        Cells(r, 5).Value = GAContribution(Cells(r, 3).Value, Range("C1").Value, Range("E1").Value)
    Next r
End Sub`)}`),

  rec('code_rust', f`Parsing reefer temperature logs from the data loggers for a claim. Why does this panic on some files?

${code(f`fn parse_line(line: &str) -> (NaiveDateTime, f32) {
    let mut parts = line.split(';');
    let ts = NaiveDateTime::parse_from_str(parts.next().unwrap(), "%d.%m.%Y %H:%M").unwrap();
    let temp: f32 = parts.next().unwrap().trim().replace(',', ".").parse().unwrap();
    (ts, temp)
}

fn excursions(lines: &[&str], limit: f32) -> Vec<(NaiveDateTime, f32)> {
    lines.iter().skip(1).map(|l| parse_line(l)).filter(|(_, t)| *t > limit).collect()
}`)}`),

  rec('code_ts_he', f`טופס תביעת המטען לא מאפשר לשלוח כשמספר המכולה באותיות קטנות. מה לשנות?

${code(f`const CONTAINER_RE = /^[A-Z]{3}[UJZ]\\d{7}$/;

export function validateClaim(form: ClaimForm): string[] {
  const errors: string[] = [];
  if (!CONTAINER_RE.test(form.containerNo)) errors.push('מספר מכולה לא תקין');
  if (form.lossDate > new Date()) errors.push('תאריך אירוע בעתיד');
  if (form.claimedAmount <= 0) errors.push('סכום תביעה חייב להיות חיובי');
  return errors;
}`)}`),

  rec('code_bash_vi', f`Script xoay vòng log của historian lò nung chạy xong thì dịch vụ ghi log mất luôn. Tại sao vậy?

${code(f`#!/bin/bash
LOG_DIR=/var/log/kiln-historian
for f in "$LOG_DIR"/*.log; do
  mv "$f" "$f.$(date +%F)"
done
gzip "$LOG_DIR"/*.log.*
find "$LOG_DIR" -name "*.gz" -mtime +30 -delete`)}`),

  rec('code_php_pt_br', f`O formulário de inscrição da corrida aceita idade negativa quando a data de nascimento é no futuro. Como valido isso?

${code(f`<?php
$nascimento = DateTime::createFromFormat('d/m/Y', $_POST['nascimento']);
$hoje = new DateTime('2025-06-01');
$idade = $hoje->diff($nascimento)->y;

if ($_POST['distancia'] === '42k' && $idade < 18) {
    $erros[] = 'Maratona apenas para maiores de 18 anos.';
}
$categoria = $idade >= 40 ? 'MASTER' : 'GERAL';`)}`),

  rec('chat_it', f`Domanda veloce: perché ${amb('source_code.snippet', "re.findall(r'\\d{2}:\\d{2}:\\d{2}', riga)")} mi restituisce anche i tempi parziali oltre al tempo finale del concorrente? Voglio solo l'ultimo.`, 'one-line expression in prose: ambiguous'),

  rec('terraform_da', f`Kan du forklare, hvorfor plan vil genskabe bucket'en til eksportcertifikaterne hver gang?

${amb('source_code.snippet', f`resource "aws_s3_bucket" "certifikater" {
  bucket = "fiskeopdraet-eksportcert-\${var.miljo}"
}

resource "aws_s3_bucket_versioning" "certifikater" {
  bucket = aws_s3_bucket.certifikater.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_bucket_lifecycle_configuration" "certifikater" {
  bucket = aws_s3_bucket.certifikater.id
  rule {
    id     = "arkiv-10-aar"
    status = "Enabled"
    transition { days = 365, storage_class = "GLACIER" }
  }
}`)}`),

  rec('dockerfile_cs', f`Image pro systém registrací běžců má 1,4 GB. Jak ho zmenšit?

${amb('source_code.snippet', f`FROM node:20
WORKDIR /app
COPY . .
RUN npm install
RUN npm run build
EXPOSE 3000
CMD ["node", "dist/server.js"]`)}`),

  rec('code_java_zh', f`这个计算货损理赔免赔额的方法在金额很大的时候结果不对，是精度问题吗？

${code(f`public double netClaim(double insuredValue, double lossPct, double deductiblePct) {
    double gross = insuredValue * lossPct / 100;
    double deductible = insuredValue * deductiblePct / 100;
    double net = gross - deductible;
    return net < 0 ? 0 : Math.round(net * 100) / 100;
}`)}`),
];
