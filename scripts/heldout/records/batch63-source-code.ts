/**
 * Held-out batch 63: pasted source code from optics metrology, zoo animal records, crew rostering,
 * crowdfunding fraud checks, prison health scheduling and incident-response tooling, in many
 * programming languages, with the question around it in many spoken ones. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH63_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Die Zernike-Koeffizienten aus unserem Fit weichen deutlich von denen der Interferometer-Software ab, vor allem Z5 und Z6 (Astigmatismus). Ist die Normierung falsch?

\`\`\`python
${code(f`import numpy as np
from math import factorial

def radial(n, m, rho):
    m = abs(m)
    r = np.zeros_like(rho)
    for k in range((n - m) // 2 + 1):
        c = (-1) ** k * factorial(n - k) / (factorial(k) * factorial((n + m) // 2 - k) * factorial((n - m) // 2 - k))
        r += c * rho ** (n - 2 * k)
    return r

def zernike(n, m, rho, theta):
    if m >= 0:
        return radial(n, m, rho) * np.cos(m * theta)
    return radial(n, m, rho) * np.sin(-m * theta)

def fit(wavefront, rho, theta, modes):
    mask = (rho <= 1.0) & np.isfinite(wavefront)
    A = np.column_stack([zernike(n, m, rho[mask], theta[mask]) for n, m in modes])
    coeffs, *_ = np.linalg.lstsq(A, wavefront[mask], rcond=None)
    return coeffs`)}
\`\`\``),

  rec('code_cpp', f`レイトレースの屈折計算で、全反射のときにNaNが出てしまいます。どこを直せばいいでしょうか？

${code(f`#include <cmath>
#include <optional>

struct Vec3 { double x, y, z; };

inline double dot(const Vec3& a, const Vec3& b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
inline Vec3 operator*(double s, const Vec3& v) { return {s * v.x, s * v.y, s * v.z}; }
inline Vec3 operator+(const Vec3& a, const Vec3& b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }

// d: incident direction (unit), n: surface normal (unit), n1/n2: refractive indices
std::optional<Vec3> refract(const Vec3& d, const Vec3& n, double n1, double n2) {
    double eta = n1 / n2;
    double cosi = -dot(n, d);
    double k = 1.0 - eta * eta * (1.0 - cosi * cosi);
    double cost = std::sqrt(k);
    return eta * d + (eta * cosi - cost) * n;
}`)}`),

  rec('code_sql', f`Deze query moet per dierverblijf de voedertijden van morgen geven, maar dieren met een dieet-uitzondering komen dubbel in het resultaat. Hoe los ik dat op?

${code(f`SELECT v.naam AS verblijf,
       d.roepnaam,
       s.soort_nl,
       vs.tijdstip,
       COALESCE(u.voer, vs.voer) AS voer,
       COALESCE(u.hoeveelheid_g, vs.hoeveelheid_g) AS gram
FROM voederschema vs
JOIN dieren d      ON d.id = vs.dier_id
JOIN soorten s     ON s.id = d.soort_id
JOIN verblijven v  ON v.id = d.verblijf_id
LEFT JOIN dieet_uitzonderingen u
       ON u.dier_id = d.id
      AND CURRENT_DATE + 1 BETWEEN u.van AND u.tot
WHERE vs.weekdag = EXTRACT(ISODOW FROM CURRENT_DATE + 1)
  AND d.status = 'aanwezig'
ORDER BY v.naam, vs.tijdstip;`)}`),

  rec('code_kotlin', f`Our flight-duty-period check lets through a roster where the FDP is fine but the crew started in the WOCL. Can you spot what's missing against ORO.FTL.205?

\`\`\`kotlin
${code(f`data class Duty(val reportLocal: LocalDateTime, val offBlocksLast: LocalDateTime, val sectors: Int, val acclimatised: Boolean)

object FdpCheck {
    private val maxByStart = listOf(
        LocalTime.of(6, 0) to Duration.ofMinutes(13 * 60),
        LocalTime.of(13, 30) to Duration.ofMinutes(12 * 60 + 45),
        LocalTime.of(17, 0) to Duration.ofMinutes(11 * 60),
    )

    fun maxFdp(d: Duty): Duration {
        val start = d.reportLocal.toLocalTime()
        val base = maxByStart.lastOrNull { start >= it.first }?.second ?: Duration.ofHours(11)
        val reduction = Duration.ofMinutes(30L * maxOf(0, d.sectors - 2))
        return maxOf(base.minus(reduction), Duration.ofHours(9))
    }

    fun isLegal(d: Duty): Boolean =
        Duration.between(d.reportLocal, d.offBlocksLast.plusMinutes(30)) <= maxFdp(d)
}`)}
\`\`\``),

  rec('code_python', f`Bonjour, mon modèle OR-Tools pour les rotations des PNC tourne depuis 40 minutes sans solution. C'est la contrainte de repos qui coince ? Nonante-six vols sur la semaine, une trentaine d'équipages.

${code(f`from ortools.sat.python import cp_model

def construire(vols, equipages, repos_min=12 * 60):
    m = cp_model.CpModel()
    x = {(v.id, e.id): m.NewBoolVar(f"x_{v.id}_{e.id}") for v in vols for e in equipages}

    for v in vols:
        m.AddExactlyOne(x[v.id, e.id] for e in equipages)

    for e in equipages:
        for a in vols:
            for b in vols:
                if a.id != b.id and a.arrivee <= b.depart < a.arrivee + repos_min:
                    m.AddBoolOr([x[a.id, e.id].Not(), x[b.id, e.id].Not()])

    charge = [sum(v.duree * x[v.id, e.id] for v in vols) for e in equipages]
    pire = m.NewIntVar(0, 7 * 24 * 60, "pire")
    m.AddMaxEquality(pire, charge)
    m.Minimize(pire)
    return m, x`)}`),

  rec('code_ts', f`¿Puedes revisar esta función de puntuación de riesgo para aportaciones? Creo que la regla de velocidad cuenta mal cuando hay reintentos del mismo pago.

${code(f`interface Aportacion {
  id: string;
  campanaId: string;
  importe: number;
  binPais: string;
  ipPais: string;
  dispositivoId: string;
  creada: Date;
}

export function puntuacion(a: Aportacion, recientes: Aportacion[]): number {
  let score = 0;
  if (a.binPais !== a.ipPais) score += 25;
  if (a.importe <= 2) score += 20;

  const ventana = recientes.filter(
    (r) => r.dispositivoId === a.dispositivoId && a.creada.getTime() - r.creada.getTime() < 10 * 60_000,
  );
  if (ventana.length >= 3) score += 40;

  const campanas = new Set(ventana.map((r) => r.campanaId));
  if (campanas.size >= 3) score += 15;

  return Math.min(score, 100);
}`)}`),

  rec('code_go', f`캠페인 생성 API에 붙인 레이트 리미터인데, 부하 테스트를 하면 가끔 제한이 안 걸려요. 동시성 문제일까요?

${code(f`package ratelimit

import (
	"sync"
	"time"
)

type bucket struct {
	tokens   float64
	lastSeen time.Time
}

type Limiter struct {
	mu      sync.Mutex
	rate    float64
	burst   float64
	buckets map[string]*bucket
}

func (l *Limiter) Allow(userID string) bool {
	l.mu.Lock()
	b, ok := l.buckets[userID]
	l.mu.Unlock()
	if !ok {
		b = &bucket{tokens: l.burst, lastSeen: time.Now()}
		l.mu.Lock()
		l.buckets[userID] = b
		l.mu.Unlock()
	}
	now := time.Now()
	b.tokens = min(l.burst, b.tokens+now.Sub(b.lastSeen).Seconds()*l.rate)
	b.lastSeen = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}`)}`),

  rec('code_powershell', f`This is the triage collector we push through the client's EDR live response. It dies on hosts without PowerShell 5. Can you make it work on 4.0 and add the scheduled tasks export?

${code(f`$ErrorActionPreference = 'SilentlyContinue'
$out = "C:\\Windows\\Temp\\btc_triage_$env:COMPUTERNAME"
New-Item -ItemType Directory -Path $out -Force | Out-Null

Get-Process | Select-Object Id, ProcessName, Path, StartTime | Export-Csv "$out\\processes.csv" -NoTypeInformation
Get-NetTCPConnection -State Established | Export-Csv "$out\\netconn.csv" -NoTypeInformation
Get-CimInstance Win32_Service | Where-Object { $_.PathName -notmatch 'system32' } | Export-Csv "$out\\services.csv" -NoTypeInformation

foreach ($log in 'Security', 'System', 'Microsoft-Windows-PowerShell/Operational') {
    wevtutil epl $log "$out\\$($log -replace '/', '_').evtx"
}

Compress-Archive -Path "$out\\*" -DestinationPath "$out.zip" -Force`)}`),

  rec('code_yara', f`Правило не срабатывает на втором образце, хотя строка с мьютексом там точно есть (смотрел в hex-редакторе). Что не так?

${code(f`rule BTC_Loader_Kworkerd_2024
{
    meta:
        author = "IR team"
        description = "ELF loader seen in case BTC-IR-2291"
        date = "2024-11-29"

    strings:
        $path  = "/usr/lib/.cache/kworkerd" ascii
        $mutex = "kw_0x5f3759df" wide
        $ua    = "Mozilla/5.0 (X11; Linux x86_64)" ascii
        $tg    = "api.telegram.org/bot" ascii

    condition:
        uint32(0) == 0x464c457f and filesize < 2MB and $path and ($mutex or 2 of ($ua, $tg))
}`)}`),

  rec('code_python', f`הסקריפט אמור לספור כניסות כושלות (4625) לפי כתובת מקור מתוך קבצי EVTX שאספנו, אבל הוא מחזיר רשימה ריקה. מה הבעיה?

${code(f`from collections import Counter
from Evtx.Evtx import Evtx
import xml.etree.ElementTree as ET

NS = {"e": "http://schemas.microsoft.com/win/2004/08/events/event"}

def failed_logons(path):
    c = Counter()
    with Evtx(path) as log:
        for rec in log.records():
            root = ET.fromstring(rec.xml())
            if root.findtext("e:System/EventID", namespaces=NS) != 4625:
                continue
            data = {d.get("Name"): d.text for d in root.iterfind("e:EventData/Data", NS)}
            c[(data.get("IpAddress"), data.get("TargetUserName"))] += 1
    return c.most_common(20)`)}`),

  rec('code_csharp', f`Mate, the med round scheduler skips prisoners who are moved between units during the day — they drop off both lists. Where's the logic hole?

${code(f`public IEnumerable<MedRoundItem> BuildRound(DateOnly day, string unit, TimeOnly round)
{
    var residents = _movements
        .Where(m => m.Unit == unit && m.From.Date <= day.ToDateTime(round) && (m.To == null || m.To > day.ToDateTime(round)))
        .Select(m => m.PatientId)
        .ToHashSet();

    return _charts
        .Where(c => residents.Contains(c.PatientId))
        .SelectMany(c => c.Orders)
        .Where(o => o.Active && o.Times.Contains(round) && !o.IsHeldOn(day))
        .OrderBy(o => o.Cell)
        .Select(o => new MedRoundItem(o.PatientId, o.Cell, o.Drug, o.Dose, o.Route));
}`)}`),

  rec('code_java', f`Questo metodo decide la priorità delle visite in infermeria del carcere. I colleghi dicono che i pazienti in terapia sostitutiva finiscono sempre in fondo alla lista. Mi aiuti a capire perché?

${code(f`public int priorita(Richiesta r) {
    int p = 0;
    switch (r.getTipo()) {
        case URGENZA -> p += 100;
        case TERAPIA_SOSTITUTIVA -> p += 60;
        case CONTROLLO -> p += 20;
        default -> p += 10;
    }
    if (r.getGiorniAttesa() > 7) p += 15;
    if (r.isNuovoGiunto()) p += 30;
    if (r.getSezione().equals("isolamento")) p += 25;
    return -p;
}

public List<Richiesta> ordina(List<Richiesta> richieste) {
    return richieste.stream()
        .sorted(Comparator.comparingInt(this::priorita).reversed())
        .toList();
}`)}`),

  rec('code_r', f`Estou ajustando curvas de crescimento dos filhotes de anta com modelo de Gompertz, mas o nls não converge para dois indivíduos. Sugestões?

${code(f`library(dplyr)
library(ggplot2)

pesos <- read.csv("pesagens_antas_2024.csv") |>
  mutate(idade_dias = as.numeric(as.Date(data) - as.Date(nascimento)))

ajustes <- pesos |>
  group_by(animal) |>
  group_modify(~ {
    fit <- nls(peso_kg ~ A * exp(-b * exp(-k * idade_dias)),
               data = .x, start = list(A = 250, b = 4, k = 0.01))
    broom::tidy(fit)
  })

ggplot(pesos, aes(idade_dias, peso_kg, colour = animal)) +
  geom_point() +
  geom_smooth(method = "loess", se = FALSE)`)}`),

  rec('code_swift', f`Appen som djurvårdarna använder för att logga observationer kraschar när man sparar utan foto. Var är felet?

${code(f`struct Observation: Codable {
    let animalId: String
    let note: String
    let behaviour: Behaviour
    let photo: Data?
    let timestamp: Date
}

final class ObservationStore {
    private let url = FileManager.default.urls(for: .documentDirectory, in: .userDomainMask)[0]
        .appendingPathComponent("observationer.json")

    func save(_ obs: Observation) throws {
        var all = (try? JSONDecoder().decode([Observation].self, from: Data(contentsOf: url))) ?? []
        all.append(obs)
        let thumb = UIImage(data: obs.photo!)!.preparingThumbnail(of: CGSize(width: 200, height: 200))
        ThumbnailCache.shared.put(thumb, for: obs.animalId)
        try JSONEncoder().encode(all).write(to: url, options: .atomic)
    }
}`)}`),

  rec('code_matlab', f`这段MATLAB代码用刀口法计算MTF，但在奈奎斯特频率附近结果大于1，不太合理。是不是差分那一步有问题？

${code(f`function [f, mtf] = edge_mtf(img, pixel_um)
    esf = mean(double(img), 1);
    esf = (esf - min(esf)) / (max(esf) - min(esf));
    lsf = diff(esf);
    lsf = lsf .* hamming(numel(lsf))';
    spec = abs(fft(lsf));
    mtf = spec(1:floor(end/2)) / spec(1);
    f = (0:numel(mtf)-1) / (numel(lsf) * pixel_um * 1e-3);
end`)}`),

  rec('code_php', f`Controller này xuất báo cáo các chiến dịch bị gắn cờ ra CSV nhưng với hơn 50k dòng thì hết bộ nhớ. Làm sao để stream?

${code(f`class FlaggedCampaignExportController extends Controller
{
    public function __invoke(Request $request)
    {
        $rows = Campaign::with('owner')
            ->where('risk_score', '>=', $request->integer('min_score', 70))
            ->whereBetween('flagged_at', [$request->date('from'), $request->date('to')])
            ->get();

        $csv = "id,title,owner_id,risk_score,flagged_at\\n";
        foreach ($rows as $c) {
            $csv .= implode(',', [$c->id, '"' . str_replace('"', '""', $c->title) . '"', $c->owner_id, $c->risk_score, $c->flagged_at]) . "\\n";
        }

        return response($csv, 200, ['Content-Type' => 'text/csv']);
    }
}`)}`),

  rec('code_rust', f`SSIM dosyasındaki uçuş satırlarını ayrıştırmaya çalışıyorum ama bazı satırlarda "byte index out of range" panic'i alıyorum. Nasıl daha sağlam hale getiririm?

${code(f`#[derive(Debug)]
pub struct FlightLeg {
    pub airline: String,
    pub flight_no: u16,
    pub dep: String,
    pub arr: String,
    pub std_utc: String,
}

pub fn parse_type3(line: &str) -> Option<FlightLeg> {
    if !line.starts_with('3') {
        return None;
    }
    Some(FlightLeg {
        airline: line[2..5].trim().to_string(),
        flight_no: line[5..9].trim().parse().ok()?,
        dep: line[36..39].to_string(),
        std_utc: line[43..47].to_string(),
        arr: line[54..57].to_string(),
    })
}`)}`),

  rec('code_bash', f`Scriptul ăsta caută webshell-uri pe serverele clientului după incident. Pe un server cu 2 milioane de fișiere durează peste o oră. Cum îl pot accelera?

${code(f`#!/usr/bin/env bash
set -euo pipefail
ROOT="\${1:-/var/www}"
OUT="/tmp/webshell_hunt_$(hostname)_$(date +%Y%m%d).txt"

find "$ROOT" -type f \\( -name '*.php' -o -name '*.phtml' -o -name '*.jsp' \\) -mtime -30 -print0 |
while IFS= read -r -d '' f; do
  if grep -qE 'eval\\(base64_decode|assert\\(\\$_(POST|GET)|shell_exec\\(\\$_' "$f"; then
    printf '%s\\t%s\\t%s\\n' "$(stat -c '%y' "$f")" "$(sha256sum "$f" | cut -d' ' -f1)" "$f" >> "$OUT"
  fi
done

echo "Rezultate: $OUT"`)}`),

  rec('code_vba', f`Makro v Excelu má označit čočky mimo toleranci (PV nad 0,25 λ) červeně, ale obarví celý řádek i u hodnot, které jsou v pořádku. Kde je chyba?

${code(f`Sub OznacMimoToleranci()
    Dim ws As Worksheet, r As Long, posledni As Long
    Set ws = ThisWorkbook.Sheets("Interferometrie")
    posledni = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row

    For r = 2 To posledni
        If ws.Cells(r, "E").Value > 0.25 Or ws.Cells(r, "F").Value > 0.05 Then
            ws.Rows(r).Interior.Color = RGB(255, 199, 206)
        End If
    Next r
End Sub`)}`),

  rec('code_ruby', f`यह Sidekiq job क्रिएटर को पेआउट भेजता है। कभी-कभी एक ही पेआउट दो बार चला जाता है जब job retry होता है। इसे idempotent कैसे बनाऊं?

${code(f`class PayoutJob
  include Sidekiq::Job
  sidekiq_options queue: :payouts, retry: 5

  def perform(campaign_id)
    campaign = Campaign.find(campaign_id)
    return unless campaign.payout_ready?

    amount = campaign.pledges.settled.sum(:amount_cents) - campaign.fees_cents
    transfer = PaymentsGateway.transfer(
      destination: campaign.owner.payout_account_id,
      amount_cents: amount,
      currency: campaign.currency
    )
    campaign.update!(paid_out_at: Time.current, transfer_ref: transfer.id)
  end
end`)}`),

  rec('code_sql', f`Tämä raportti laskee vankilan terveysaseman vastaanottoajat kuukausittain, mutta peruutetut käynnit näkyvät silti luvuissa. Missä vika?

${code(f`SELECT date_trunc('month', k.aika)      AS kuukausi,
       y.nimi                            AS yksikko,
       count(*)                          AS kaynnit,
       count(*) FILTER (WHERE k.tyyppi = 'laakari') AS laakarikaynnit,
       avg(k.odotus_pv)                  AS keskim_odotus
FROM kaynnit k
JOIN yksikot y ON y.id = k.yksikko_id
LEFT JOIN peruutukset p ON p.kaynti_id = k.id
WHERE k.aika >= date '2024-01-01'
  AND (p.syy IS NULL OR p.syy <> 'vanki_siirretty')
GROUP BY 1, 2
ORDER BY 1, 2;`)}`),
];
