/**
 * Held-out batch 76: pasted source code from trial statistics, cold-chain monitoring, audit
 * sampling macros, esports tooling, tariff classification and collection management. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH76_SOURCE_CODE: DraftRecord[] = [
  rec('code_r', f`Warum bekomme ich bei lmer eine "singular fit"-Warnung? Versuch mit 4 Wiederholungen pro Standort:

\`\`\`r
${code(f`library(lme4)
library(emmeans)

trials <- read.csv("sortenversuch_2024.csv", sep = ";", dec = ",")
trials$hybrid <- factor(trials$hybrid)
trials$site <- factor(trials$site)

m <- lmer(yield_t_ha ~ hybrid + (1 | site) + (1 | site:block), data = trials)
summary(m)
emmeans(m, pairwise ~ hybrid, adjust = "tukey")`)}
\`\`\``),

  rec('code_python', f`¿Cómo vectorizo esto? Tarda 20 minutos con 2 millones de lecturas de sondas de temperatura.

${code(f`def excursions(readings, low=2.0, high=6.0, min_minutes=30):
    out = []
    start = None
    for ts, fridge, temp in readings:
        bad = temp < low or temp > high
        if bad and start is None:
            start = ts
        elif not bad and start is not None:
            if (ts - start).total_seconds() / 60 >= min_minutes:
                out.append((fridge, start, ts))
            start = None
    return out`)}`),

  rec('code_sql', f`Esta consulta para os hemocomponentes a vencer está lenta no PostgreSQL, o que falta de índice?

\`\`\`sql
${code(f`SELECT u.unit_code, u.component, u.abo, u.rh, u.expires_at, s.name AS storage
FROM blood_units u
JOIN storage_locations s ON s.id = u.storage_id
WHERE u.status = 'AVAILABLE'
  AND u.expires_at < now() + interval '72 hours'
  AND u.component IN ('PLT', 'RBC')
ORDER BY u.expires_at, u.abo;`)}
\`\`\``),

  rec('code_vba', f`Makro do losowania próby faktur do badania — czy losowanie jest naprawdę losowe?

${code(f`Sub DobierzProbe()
    Dim ws As Worksheet, n As Long, i As Long, r As Long
    Set ws = Worksheets("Rejestr")
    n = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
    Randomize 2024
    For i = 1 To 25
        r = Int((n - 1) * Rnd) + 2
        ws.Rows(r).Copy Destination:=Worksheets("Proba").Rows(i + 1)
    Next i
End Sub`)}`),

  rec('code_ts', f`Tournament bracket seeding, the byes go to the wrong teams when there are 12 entrants:

\`\`\`ts
${code(f`export function seedBracket(teams: Team[]): Match[] {
  const size = 1 << Math.ceil(Math.log2(teams.length));
  const sorted = [...teams].sort((a, b) => b.elo - a.elo);
  const slots: (Team | null)[] = Array(size).fill(null);
  sorted.forEach((t, i) => (slots[i] = t));
  const matches: Match[] = [];
  for (let i = 0; i < size / 2; i++) {
    matches.push({ home: slots[i], away: slots[size - 1 - i], round: 1 });
  }
  return matches;
}`)}
\`\`\``),

  rec('code_go', f`Gümrük tarife kodu doğrulayıcı — 12 haneli GTİP için kontrol eksik mi?

${code(f`package tariff

import (
	"errors"
	"regexp"
)

var gtipRe = regexp.MustCompile(\`^\\d{4}\\.\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{2}$\`)

func Validate(code string) error {
	if !gtipRe.MatchString(code) {
		return errors.New("GTİP formatı geçersiz")
	}
	if code[:2] == "00" {
		return errors.New("fasıl 00 yok")
	}
	return nil
}`)}`),

  rec('code_rust', f`${code(f`use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct ClimateReading {
    room: String,
    rh: f32,
    temp_c: f32,
    ts: chrono::DateTime<chrono::Utc>,
}

fn out_of_band(r: &ClimateReading) -> bool {
    !(45.0..=55.0).contains(&r.rh) || r.temp_c > 21.0
}

fn main() -> anyhow::Result<()> {
    let data = std::fs::read_to_string("depot_b12.json")?;
    let readings: Vec<ClimateReading> = serde_json::from_str(&data)?;
    for r in readings.iter().filter(|r| out_of_band(r)) {
        println!("{} {} RH={:.1} T={:.1}", r.ts, r.room, r.rh, r.temp_c);
    }
    Ok(())
}`)}

Depotul de restaurare are 3 camere; cum grupez alertele pe oră?`),

  rec('code_java', f`Der Import der Leihverträge wirft NumberFormatException bei Versicherungswerten wie "1.250.000,00":

\`\`\`java
${code(f`public BigDecimal parseInsuredValue(String raw) {
    String cleaned = raw.replace("EUR", "").trim();
    return new BigDecimal(cleaned);
}

public Loan toLoan(CSVRecord r) {
    Loan l = new Loan();
    l.setObjectNumber(r.get("inventarnr"));
    l.setLender(r.get("leihgeber"));
    l.setInsuredValue(parseInsuredValue(r.get("versicherungswert")));
    l.setStart(LocalDate.parse(r.get("beginn"), DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    return l;
}`)}
\`\`\``),

  rec('code_csharp', f`${code(f`public static decimal Materiality(decimal revenue, decimal profitBeforeTax)
{
    // benchmark: 5% of PBT, floor 0.5% of revenue
    var byPbt = Math.Abs(profitBeforeTax) * 0.05m;
    var floor = revenue * 0.005m;
    var overall = Math.Max(byPbt, floor);
    return Math.Round(overall * 0.75m, -3); // performance materiality
}`)}

Ma jeigħtix l-istess riżultat bħall-Excel tal-partner. Fejn hi l-iżball? (il-kumment bl-Ingliż, il-mistoqsija bil-Malti)`),

  rec('code_kotlin', f`Запис на донацію в додатку: коли користувач обирає слот, кнопка не активується.

${code(f`@Composable
fun SlotPicker(slots: List<Slot>, onPick: (Slot) -> Unit) {
    var selected by remember { mutableStateOf<Slot?>(null) }
    LazyColumn {
        items(slots) { slot ->
            Row(Modifier.clickable { selected = slot }.padding(12.dp)) {
                Text(slot.time.format(DateTimeFormatter.ofPattern("HH:mm")))
                if (slot == selected) Icon(Icons.Default.Check, contentDescription = null)
            }
        }
    }
    Button(onClick = { selected?.let(onPick) }, enabled = selected != null) { Text("Записатися") }
}`)}`),

  rec('code_swift', f`${code(f`struct ScanResult: Codable {
    let declarationNo: String
    let hsCode: String
    let grossKg: Double
}

func parse(_ text: String) -> ScanResult? {
    let lines = text.split(separator: "\\n").map { $0.trimmingCharacters(in: .whitespaces) }
    guard let no = lines.first(where: { $0.hasPrefix("MRN") })?.dropFirst(4),
          let hs = lines.first(where: { $0.hasPrefix("HS") })?.dropFirst(3) else { return nil }
    let kg = Double(lines.first(where: { $0.hasPrefix("KG") })?.dropFirst(3) ?? "0") ?? 0
    return ScanResult(declarationNo: String(no), hsCode: String(hs), grossKg: kg)
}`)}

通関書類のOCR結果をパースしていますが、MRNの前に空白があると nil になります。`),

  rec('code_bash', f`ეს სკრიპტი ყოველ ღამე ინახავს ლაბორატორიის ფოტოებს, მაგრამ ძველ ფაილებს არ შლის:

${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/srv/lab/photos
DST=/mnt/nas/backup/photos/$(date +%F)
mkdir -p "$DST"
rsync -a --delete "$SRC/" "$DST/"
find /mnt/nas/backup/photos -maxdepth 1 -type d -mtime +30 -exec rm -rf {} \\;`)}`),

  rec('code_lua', f`${code(f`-- overlay: show kill feed only for our team
local TEAM_TAG = "NJ"

local function on_kill(event)
  if not event.killer or not event.killer.name:find("^" .. TEAM_TAG) then
    return
  end
  overlay.push({
    text = event.killer.name .. " ▸ " .. event.victim.name,
    ttl = 4.0,
  })
end

events.subscribe("kill", on_kill)`)}

Pattern "^NJ" also matches "NJX" players from another team — how do I require a space or dot after the tag?`),

  rec('code_php', f`${code(f`<?php
function tariffDuty(float $customsValue, float $rate, float $freight, float $insurance): float
{
    $cif = $customsValue + $freight + $insurance;
    $duty = round($cif * $rate / 100, 2);
    $vat = round(($cif + $duty) * 0.20, 2);
    return $duty + $vat;
}

echo tariffDuty(12500.00, 6.5, 840.00, 35.50);`)}

Bu hesap Bulgar gümrüğü için doğru mu? Доставката е CIF Варна.`),

  rec('code_python2', f`この関数で発芽率の信頼区間を出していますが、サンプルが少ないと0を下回ります。

\`\`\`python
${code(f`import math

def germination_ci(germinated: int, sown: int, z: float = 1.96):
    p = germinated / sown
    se = math.sqrt(p * (1 - p) / sown)
    return p - z * se, p + z * se

print(germination_ci(3, 20))`)}
\`\`\``),

  rec('code_ruby', f`${code(f`class LoanAgreement < ApplicationRecord
  belongs_to :lender
  has_many :objects, class_name: "CollectionObject"

  validates :insured_value_cents, numericality: { greater_than: 0 }
  validate :courier_required_for_high_value

  private

  def courier_required_for_high_value
    return unless insured_value_cents > 500_000_00 && !courier_required?
    errors.add(:courier_required, "must be set above 500k")
  end
end`)}

Wakopeshaji wengine hawahitaji courier; nifanyeje ili validation iwe kwa kila mkopeshaji?`),

  rec('code_cpp', f`${code(f`#include <chrono>
#include <vector>

struct Sample { double t; float x, y; };

float apm(const std::vector<Sample>& clicks, double windowSec) {
    if (clicks.empty()) return 0.f;
    double end = clicks.back().t;
    size_t n = 0;
    for (auto it = clicks.rbegin(); it != clicks.rend() && end - it->t <= windowSec; ++it) ++n;
    return static_cast<float>(n * 60.0 / windowSec);
}`)}

Analisis APM pemain kami: kalau jendelanya 10 detik hasilnya aneh di awal pertandingan. Kenapa?`),

  rec('code_dart', f`${code(f`Future<List<Plot>> loadPlots(String trialId) async {
  final res = await http.get(Uri.parse('\$apiBase/trials/\$trialId/plots'));
  if (res.statusCode != 200) {
    throw Exception('Failed: \${res.statusCode}');
  }
  final data = jsonDecode(res.body) as List<dynamic>;
  return data.map((e) => Plot.fromJson(e as Map<String, dynamic>)).toList();
}`)}

Ang app ng field team ay nagfe-freeze kapag walang signal. Paano mag-cache offline?`),

  rec('code_sql2', f`Audit analytics: find journal entries posted on weekends or by users who also approved them.

${code(f`SELECT je.entry_id, je.posted_by, je.approved_by, je.posted_at, SUM(jl.amount) AS total
FROM journal_entries je
JOIN journal_lines jl ON jl.entry_id = je.entry_id
WHERE EXTRACT(ISODOW FROM je.posted_at) IN (6, 7)
   OR je.posted_by = je.approved_by
GROUP BY je.entry_id, je.posted_by, je.approved_by, je.posted_at
HAVING SUM(jl.amount) > 10000
ORDER BY total DESC;`)}

Hii inafanya kazi lakini mteja anatumia SQL Server. Unaweza kuibadilisha?`),

  rec('code_powershell', f`${code(f`$threshold = (Get-Date).AddDays(-14)
Get-ChildItem -Path "\\\\fs01\\Declarations\\Archive" -Filter *.pdf -Recurse |
  Where-Object { $_.LastWriteTime -lt $threshold } |
  ForEach-Object {
    $year = $_.LastWriteTime.Year
    $dest = Join-Path "\\\\fs01\\Declarations\\Cold\\$year" $_.Name
    Move-Item -Path $_.FullName -Destination $dest -WhatIf
  }`)}

Qualquer ficheiro com acentos no nome falha no Move-Item. É encoding?`),
];
