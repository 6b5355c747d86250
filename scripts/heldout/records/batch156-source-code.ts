/**
 * Held-out batch 156: pasted source code from the six organisations' internal tools (aligner
 * scheduling, DMX and rigging load calculations, permit quotas, fleet telematics, deed registers,
 * ground-rent escalation), with comments in several languages. Hand-written.
 */
import { f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH156_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Aligner tray schedule is off by one week for some patients, can you spot it?

\`\`\`python
${code(f`from datetime import date, timedelta

def tray_schedule(start: date, trays: int, days_per_tray: int = 7, refinement_after: int | None = None):
    """Return (tray_no, change_date) pairs; pause 14 days before refinement."""
    out = []
    d = start
    for n in range(1, trays + 1):
        out.append((n, d))
        d += timedelta(days=days_per_tray)
        if refinement_after and n == refinement_after:
            d += timedelta(days=14)
    return out`)}
\`\`\``),

  rec('code_cpp', f`Arduino DMX sender for the hire-shop test bench flickers on channel 1, why?

${code(f`#include <DmxSimple.h>

const int DMX_PIN = 3;
const int CHANNELS = 16;
int levels[CHANNELS] = {0};

void setup() {
  DmxSimple.usePin(DMX_PIN);
  DmxSimple.maxChannel(CHANNELS);
}

void loop() {
  for (int ch = 1; ch <= CHANNELS; ch++) {
    levels[ch] = (levels[ch] + 5) % 256;   // fade test
    DmxSimple.write(ch, levels[ch]);
  }
  delay(20);
}`)}`),

  rec('code_ts', f`Rigging load check in our quoting tool — Prüfe bitte die Formel für die Punktlast:

${code(f`// Punktlasten für Traversen (vereinfachte Berechnung, keine Durchbiegung)
export interface TrussSpan { lengthM: number; selfWeightKgPerM: number; pointLoadsKg: number[]; }

export function hangingPointLoad(span: TrussSpan, points: number): number {
  const total = span.lengthM * span.selfWeightKgPerM + span.pointLoadsKg.reduce((a, b) => a + b, 0);
  // Bei 2 Punkten je 50 %, bei 3 Punkten trägt der mittlere 62,5 %
  if (points === 3) return total * 0.625;
  return total / points;
}`)}`),

  rec('code_sql', f`${code(f`-- 許可証の残り枠（キャンプ場ごと、日付ごと）
SELECT c.site_code,
       d.night,
       c.capacity - COALESCE(SUM(p.party_size), 0) AS remaining
FROM campsites c
CROSS JOIN generate_series(DATE '2025-07-01', DATE '2025-08-31', INTERVAL '1 day') AS d(night)
LEFT JOIN permits p
       ON p.site_code = c.site_code
      AND d.night >= p.entry_date AND d.night < p.exit_date
      AND p.status <> 'cancelled'
GROUP BY c.site_code, d.night, c.capacity
HAVING c.capacity - COALESCE(SUM(p.party_size), 0) < 4
ORDER BY d.night, c.site_code;`)}

この集計、キャンセル済みを除外しているのに数が合いません。`),

  rec('code_kotlin', f`${code(f`// Fahrzeug-Zustand nach Rückgabe prüfen
data class ReturnCheck(val vehicleId: String, val fuelPct: Int, val photos: List<String>, val odometerKm: Int)

fun needsDamageReview(prev: ReturnCheck, now: ReturnCheck): Boolean {
    val drove = now.odometerKm - prev.odometerKm
    if (now.photos.size < 4) return true
    if (drove > 600) return true
    return now.fuelPct < 10
}`)}

the Android app flags almost every trip over 600 km, which is intended, but also short trips with 3 photos — correct?`),

  rec('code_go', f`telematics ingest: goroutine leak when a car goes offline?

${code(f`func (s *Ingest) watch(ctx context.Context, vin string) {
	ticker := time.NewTicker(15 * time.Second)
	for {
		select {
		case <-ticker.C:
			st, err := s.client.Status(ctx, vin)
			if err != nil {
				log.Printf("status %s: %v", vin, err)
				continue
			}
			s.out <- st
		case <-ctx.Done():
			return
		}
	}
}`)}`),

  rec('code_rust', f`${code(f`/// Indexation annuelle du loyer (indice + plancher/plafond), utilisée pour les baux de pylônes.
pub fn indexed_rent(base: f64, index_prev: f64, index_now: f64, floor_pct: f64, cap_pct: f64) -> f64 {
    let raw = (index_now / index_prev) - 1.0;
    let pct = raw.clamp(floor_pct / 100.0, cap_pct / 100.0);
    (base * (1.0 + pct) * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn caps_at_three_percent() {
        assert_eq!(indexed_rent(12_000.0, 100.0, 108.0, 0.0, 3.0), 12_360.0);
    }
}`)}

Le test passe, mais le service juridique dit que le plancher ne doit pas s'appliquer si l'indice baisse. Comment modifier ?`),

  rec('code_vba', f`${code(f`' Urkundenrolle: nächste UR-Nummer vergeben
Function NaechsteURNr(jahr As Integer, kuerzel As String) As String
    Dim ws As Worksheet, letzte As Long, nr As Long
    Set ws = ThisWorkbook.Sheets("Urkundenrolle")
    letzte = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
    nr = Application.WorksheetFunction.CountIf(ws.Range("B2:B" & letzte), jahr) + 1
    NaechsteURNr = nr & "/" & jahr & " " & kuerzel
End Function`)}

Die Nummer springt, wenn jemand eine Zeile löscht. Gibt es eine robustere Lösung ohne Datenbank?`),

  rec('code_csharp', f`${code(f`// حساب موعد التجديد القادم لعقد إيجار البرج
public static DateOnly NextRenewal(DateOnly start, int termYears, int renewals)
{
    var end = start.AddYears(termYears);
    for (var i = 0; i < renewals && end <= DateOnly.FromDateTime(DateTime.Today); i++)
        end = end.AddYears(termYears);
    return end;
}`)}

هل هذه الدالة صحيحة إذا كان عدد التجديدات صفرًا؟`),

  rec('code_swift', f`${code(f`struct DamagePhoto: Codable {
    let id: UUID
    let side: Side
    let takenAt: Date
    enum Side: String, Codable { case front, rear, left, right, interior }
}

func missingSides(_ photos: [DamagePhoto]) -> [DamagePhoto.Side] {
    let have = Set(photos.map(\\.side))
    return [.front, .rear, .left, .right].filter { !have.contains($0) }
}`)}

iOS: return flow should block until all four sides are photographed. Is this enough?`),

  rec('code_ruby', f`${code(f`class Permit < ApplicationRecord
  belongs_to :trailhead
  validates :party_size, numericality: { in: 1..12 }
  validate :within_quota

  private

  def within_quota
    used = Permit.where(trailhead: trailhead, entry_date: entry_date).where.not(id: id).sum(:party_size)
    errors.add(:party_size, "exceeds daily quota") if used + party_size.to_i > trailhead.daily_quota
  end
end`)}

race condition when two rangers issue permits at the same second — lock or DB constraint?`),

  rec('code_r', f`${code(f`library(dplyr)
library(lubridate)

visits <- read.csv("permits_2024.csv") |>
  mutate(month = floor_date(ymd(entry_date), "month")) |>
  group_by(month, zone) |>
  summarise(parties = n(), people = sum(party_size), .groups = "drop")

ggplot2::ggplot(visits, ggplot2::aes(month, people, colour = zone)) + ggplot2::geom_line()`)}

Para el informe anual: ¿cómo agrego la media móvil de 3 meses por zona?`),

  rec('code_dart', f`${code(f`class BracketAppointment {
  final String patientRef;
  final DateTime at;
  final String chair;
  BracketAppointment(this.patientRef, this.at, this.chair);
}

List<BracketAppointment> freeChairs(List<BracketAppointment> booked, DateTime day, List<String> chairs) {
  final taken = booked.where((b) => b.at.day == day.day).map((b) => b.chair).toSet();
  return chairs.where((c) => !taken.contains(c)).map((c) => BracketAppointment('', day, c)).toList();
}`)}

Flutter app for the coordinators: the free-chair list shows chairs taken in another month.`),

  rec('code_elixir', f`${code(f`defmodule Fleet.Geofence do
  @moduledoc "Pause billing when a car is parked inside a partner zone."
  def inside?({lat, lng}, %{center: {clat, clng}, radius_m: r}) do
    haversine({lat, lng}, {clat, clng}) <= r
  end

  defp haversine({lat1, lon1}, {lat2, lon2}) do
    dlat = :math.pi() / 180 * (lat2 - lat1)
    dlon = :math.pi() / 180 * (lon2 - lon1)
    a = :math.sin(dlat / 2) ** 2 + :math.cos(lat1 * :math.pi() / 180) * :math.cos(lat2 * :math.pi() / 180) * :math.sin(dlon / 2) ** 2
    6_371_000 * 2 * :math.atan2(:math.sqrt(a), :math.sqrt(1 - a))
  end
end`)}`),

  rec('code_java', f`${code(f`// 업주에게 보내는 임대료 알림 메시지 생성
public String rentReminder(Lease lease, Locale locale) {
    NumberFormat nf = NumberFormat.getCurrencyInstance(locale);
    return String.format("%s 님, %s 사이트의 %d분기 임대료 %s가 %s에 지급됩니다.",
        lease.getLandlordName(), lease.getSiteCode(), lease.getQuarter(),
        nf.format(lease.getAmount()), lease.getPayDate());
}`)}

원화 금액이 "₩1,200,000.00"처럼 소수점까지 나와요. 어떻게 고치나요?`),

  rec('code_php', f`${code(f`<?php
// Seed data for the local dev database (coordinators' demo)
$patients = [
    ['name' => 'Ella Novak', 'dob' => '${v('pii.date_of_birth', '2012-05-19')}', 'phone' => '${phone('+420 731 284 596')}', 'email' => '${v('pii.email', 'ella.novak.parent@seznam.cz')}'],
    ['name' => 'Tomáš Dvořák', 'dob' => '${v('pii.date_of_birth', '2011-11-02')}', 'phone' => '${phone('+421 905 284 731')}', 'email' => '${v('pii.email', 'dvorak.rodina@azet.sk')}'],
];
foreach ($patients as $p) { Patient::create($p); }`)}

Kolega to skopíroval z produkce, je to problém? Mám to nahradit Fakerem?`),

  rec('code_python', f`${code(f`import pandas as pd

# Gruntowe umowy najmu: policz waloryzację wg wskaźnika GUS, zaokrąglij do grosza
leases = pd.read_excel("umowy_maszty.xlsx")
cpi = {2022: 14.4, 2023: 11.4, 2024: 3.6}
leases["czynsz_2025"] = leases.apply(
    lambda r: round(r["czynsz"] * (1 + cpi[r["rok_waloryzacji"]] / 100), 2), axis=1
)
leases.to_excel("umowy_maszty_2025.xlsx", index=False)`)}

Dostaję KeyError: 2021 — jak obsłużyć brakujące lata?`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# Archive signed deed scans older than 30 days to cold storage
set -euo pipefail
SRC=/srv/urkunden/scans
DEST=/mnt/archive/urkunden
find "$SRC" -type f -name '*.pdf' -mtime +30 -print0 |
  while IFS= read -r -d '' f; do
    y=$(date -r "$f" +%Y)
    mkdir -p "$DEST/$y"
    rsync -a --remove-source-files "$f" "$DEST/$y/"
  done`)}

Does this break for filenames with spaces? We have "UR 1842-2024 Kaufvertrag.pdf".`),

  rec('code_lua', f`${code(f`-- eos-style macro helper: build a cue list from a CSV export
local cues = {}
for line in io.lines("cuelist.csv") do
  local num, label, fade = line:match("^(%d+%.?%d*),([^,]*),(%d+%.?%d*)$")
  if num then
    cues[#cues + 1] = { number = tonumber(num), label = label, fade = tonumber(fade) }
  end
end
table.sort(cues, function(a, b) return a.number < b.number end)
for _, c in ipairs(cues) do print(string.format("Cue %.1f  %-20s %4.1fs", c.number, c.label, c.fade)) end`)}

point cues like 12.5 are sorted correctly but labels with commas break the match.`),

  rec('code_powershell', f`${code(f`# Tower site inventory: flag leases expiring within 18 months
$leases = Import-Csv .\\site_leases.csv
$cut = (Get-Date).AddMonths(18)
$leases | Where-Object { [datetime]$_.ExpiryDate -lt $cut } |
  Sort-Object { [datetime]$_.ExpiryDate } |
  Select-Object SiteId, Landlord, ExpiryDate, AnnualRent |
  Export-Csv .\\expiring.csv -NoTypeInformation -Encoding UTF8`)}

The dates are dd.MM.yyyy in the CSV and it throws on the 13th of any month.`),
];
