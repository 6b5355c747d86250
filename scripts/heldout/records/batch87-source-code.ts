/**
 * Held-out batch 87: pasted source code from milk-bank tracking, incubator firmware, CAD tooling,
 * car-sharing pricing, telematics parsers, archive ingest and cooperative payments. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH87_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_de', f`Kannst du prüfen, ob die Pasteurisierungslogik stimmt? Holder-Verfahren, 62,5 °C für 30 Minuten.

\`\`\`python
${code(f`from dataclasses import dataclass
from datetime import timedelta

HOLDER_TEMP_C = 62.5
HOLDER_HOLD = timedelta(minutes=30)

@dataclass
class Reading:
    t: float      # Sekunden seit Start
    temp_c: float

def holder_ok(readings: list[Reading], tolerance: float = 0.5) -> bool:
    """True, wenn die Charge mindestens 30 min durchgehend im Zielbereich war."""
    start = None
    for r in readings:
        in_range = abs(r.temp_c - HOLDER_TEMP_C) <= tolerance
        if in_range and start is None:
            start = r.t
        elif not in_range:
            start = None
        if start is not None and r.t - start >= HOLDER_HOLD.total_seconds():
            return True
    return False`)}
\`\`\``),

  rec('sql', f`This query for daily enteral feed totals per baby double-counts when a feed is edited. Fix?

${code(f`SELECT b.cot_no,
       f.feed_date,
       SUM(f.volume_ml) AS total_ml,
       SUM(CASE WHEN f.milk_type = 'DONOR' THEN f.volume_ml ELSE 0 END) AS donor_ml
FROM nicu_feeds f
JOIN nicu_babies b ON b.baby_id = f.baby_id
LEFT JOIN nicu_feed_edits e ON e.feed_id = f.feed_id
WHERE f.feed_date >= CURRENT_DATE - INTERVAL '7 days'
GROUP BY b.cot_no, f.feed_date
ORDER BY b.cot_no, f.feed_date;`)}`),

  rec('code_c', f`Incubator skin-temperature probe over I2C returns garbage every ~10 min. Driver code:

\`\`\`c
${code(f`#include <stdint.h>
#include "i2c.h"

#define TMP117_ADDR   0x48
#define TMP117_RESULT 0x00

int read_skin_temp_centi(int16_t *out)
{
    uint8_t buf[2];
    if (i2c_write_read(TMP117_ADDR, (uint8_t[]){TMP117_RESULT}, 1, buf, 2) != 0)
        return -1;
    int16_t raw = (int16_t)((buf[0] << 8) | buf[1]);
    /* 7.8125 m°C per LSB */
    *out = (int16_t)((raw * 78125L) / 100000L);
    return 0;
}`)}
\`\`\``),

  rec('code_java', f`Our CAD priority queue sometimes serves a P2 before an older P1. Why?

${code(f`public final class IncidentQueue {
    private final PriorityQueue<Incident> q = new PriorityQueue<>(
        Comparator.comparingInt(Incident::priority)
                  .thenComparing(Incident::receivedAt));

    public synchronized void offer(Incident i) { q.offer(i); }

    public synchronized Optional<Incident> next() {
        return Optional.ofNullable(q.poll());
    }

    public synchronized void escalate(String id) {
        q.stream().filter(i -> i.id().equals(id)).findFirst()
         .ifPresent(i -> i.setPriority(Math.max(1, i.priority() - 1)));
    }
}`)}`),

  rec('code_ts', f`Pricing function for trips, insurance tier should apply per started day not per 24h:

\`\`\`ts
${code(f`type Tier = 'basic' | 'plus' | 'premium';
const INSURANCE_PER_DAY: Record<Tier, number> = { basic: 0, plus: 9.5, premium: 17 };

export function tripPrice(startIso: string, endIso: string, dayRate: number, tier: Tier): number {
  const ms = new Date(endIso).getTime() - new Date(startIso).getTime();
  const days = Math.max(1, Math.round(ms / 86_400_000));
  const base = days * dayRate;
  const insurance = days * INSURANCE_PER_DAY[tier];
  const serviceFee = Math.min(45, base * 0.12);
  return Math.round((base + insurance + serviceFee) * 100) / 100;
}`)}
\`\`\``),

  rec('code_rust', f`J1939 parser for the haul trucks, the engine hours PGN comes out wrong:

${code(f`pub fn parse_engine_hours(data: &[u8; 8]) -> Option<f64> {
    // PGN 65253 (HOURS), SPN 247: 0.05 h/bit, bytes 1-4 little endian
    let raw = u32::from_le_bytes([data[0], data[1], data[2], data[3]]);
    if raw == u32::MAX {
        return None;
    }
    Some(raw as f64 * 0.05)
}

pub fn pgn_from_id(can_id: u32) -> u32 {
    let pf = (can_id >> 16) & 0xFF;
    let ps = (can_id >> 8) & 0xFF;
    if pf < 240 { pf << 8 } else { (pf << 8) | ps }
}`)}`),

  rec('code_csharp', f`Importer for the scanning vendor's METS files, it's very slow on big boxes (5000+ pages):

\`\`\`csharp
${code(f`public IEnumerable<PageRef> ReadPages(string metsPath)
{
    var doc = XDocument.Load(metsPath);
    XNamespace mets = "http://www.loc.gov/METS/";
    XNamespace xlink = "http://www.w3.org/1999/xlink";
    foreach (var file in doc.Descendants(mets + "file"))
    {
        var href = file.Element(mets + "FLocat")?.Attribute(xlink + "href")?.Value;
        if (href == null) continue;
        var checksum = file.Attribute("CHECKSUM")?.Value;
        yield return new PageRef(file.Attribute("ID")!.Value, href, checksum);
        doc = XDocument.Load(metsPath); // reload to be safe
    }
}`)}
\`\`\``),

  rec('code_php_fr', f`Bonjour, peux-tu vérifier le calcul de la prime Fairtrade dans notre outil de paiement des producteurs ?

${code(f`<?php
function primeProducteur(float $kgLivres, string $certif): float {
    $primeParTonne = match ($certif) {
        'FT' => 240.0,   // prime Fairtrade USD/t
        'RA' => 70.0,    // Rainforest Alliance
        default => 0.0,
    };
    $tonnes = $kgLivres / 1000;
    $part = 0.6; // 60 % reversé directement au producteur
    return round($tonnes * $primeParTonne * $part, 2);
}

echo primeProducteur(1840, 'FT');`)}`),

  rec('code_ruby', f`Rake task that expires researcher accounts after 12 months without a visit. Can you add a dry-run flag?

${code(f`namespace :readers do
  task expire: :environment do
    cutoff = 12.months.ago
    Reader.where("last_visit_at < ?", cutoff).find_each do |r|
      r.update!(status: "expired")
      ReaderMailer.expired(r).deliver_later
    end
  end
end`)}`),

  rec('code_swift', f`Liveness check screen for driver verification, the camera freezes after the second blink prompt:

\`\`\`swift
${code(f`final class LivenessViewController: UIViewController, AVCaptureVideoDataOutputSampleBufferDelegate {
    private let session = AVCaptureSession()
    private var blinks = 0

    func captureOutput(_ output: AVCaptureOutput, didOutput sampleBuffer: CMSampleBuffer, from connection: AVCaptureConnection) {
        guard let eyesClosed = detector.eyesClosed(in: sampleBuffer) else { return }
        if eyesClosed { blinks += 1 }
        if blinks >= 2 {
            session.stopRunning()
            DispatchQueue.main.sync { self.finish() }
        }
    }
}`)}
\`\`\``),

  rec('code_kotlin_pl', f`Aplikacja na tablety w karetkach: status "w drodze" czasem nie dochodzi do centrum. Kod:

${code(f`class StatusSender(private val api: CadApi, private val queue: OfflineQueue) {
    suspend fun send(unit: String, status: UnitStatus) {
        try {
            api.postStatus(unit, status.code, System.currentTimeMillis())
        } catch (e: IOException) {
            queue.enqueue(unit, status)
        }
    }

    suspend fun flush() {
        queue.drain().forEach { (unit, status) -> api.postStatus(unit, status.code, System.currentTimeMillis()) }
    }
}`)}`),

  rec('code_go', f`Radio log line parser, the talkgroup is sometimes empty:

${code(f`var lineRe = regexp.MustCompile(\`^(\\d{2}:\\d{2}:\\d{2}) TG(\\d+)? (\\S+) (.*)$\`)

type Entry struct {
	Time      string
	Talkgroup string
	Unit      string
	Text      string
}

func Parse(line string) (Entry, bool) {
	m := lineRe.FindStringSubmatch(line)
	if m == nil {
		return Entry{}, false
	}
	return Entry{Time: m[1], Talkgroup: m[2], Unit: m[3], Text: m[4]}, true
}`)}`),

  rec('code_r', f`Analyse der Erträge pro Hektar nach Region, die Grafik ist leer:

${code(f`library(dplyr)
library(ggplot2)

ertrag <- read.csv("lieferungen_2024.csv") |>
  group_by(region, farmer_id) |>
  summarise(kg = sum(kg_trocken), ha = first(farm_ha), .groups = "drop") |>
  mutate(kg_ha = kg / ha)

ggplot(ertrag, aes(x = region, y = kg_ha)) +
  geom_boxplot() +
  labs(title = "Kakao-Ertrag (kg/ha)", x = NULL)`)}`),

  rec('code_bash', f`QA script for scanned TIFFs — it should flag anything under 400 dpi but flags everything:

\`\`\`bash
${code(f`#!/usr/bin/env bash
for f in "$1"/*.tif; do
  dpi=$(identify -format "%x" "$f" | cut -d' ' -f1)
  if [ "$dpi" -lt 400 ]; then
    echo "LOW DPI: $f ($dpi)"
  fi
done`)}
\`\`\``),

  rec('code_powershell_sv', f`Skriptet ska inaktivera forskarkonton i AD som inte loggat in på 180 dagar, men det tar även personalens konton:

${code(f`$cutoff = (Get-Date).AddDays(-180)
Get-ADUser -Filter {LastLogonDate -lt $cutoff} -SearchBase "OU=Users,DC=arkiv,DC=local" -Properties LastLogonDate |
  ForEach-Object {
    Disable-ADAccount -Identity $_.SamAccountName
    Write-Output "Inaktiverad: $($_.SamAccountName)"
  }`)}`),

  rec('code_python', f`Geofence check for mine-site access — trucks in the pit should not trigger the "visitor in restricted zone" alarm:

${code(f`from shapely.geometry import Point, Polygon

PIT = Polygon([(121.4521, -30.7812), (121.4610, -30.7809), (121.4615, -30.7880), (121.4518, -30.7884)])

def should_alarm(lon: float, lat: float, badge_type: str) -> bool:
    inside = PIT.contains(Point(lon, lat))
    return inside and badge_type != "VEHICLE"`)}`),

  rec('diff', f`Review this diff to the dispute resolver, I'm not sure about the rounding:

${code(f`--- a/disputes/resolve.py
+++ b/disputes/resolve.py
@@ -41,9 +41,11 @@ def split_charge(amount_cents, host_share):
-    host = amount_cents * host_share
-    guest = amount_cents - host
+    host = round(amount_cents * host_share)
+    guest = amount_cents - host
+    if guest < 0:
+        raise ValueError("host share > 100%")
     return host, guest`)}`),

  rec('code_cpp', f`Our AVL (ambulance GPS) smoother lags on corners. Kalman or just tune alpha?

${code(f`struct Fix { double lat, lon; double t; };

class EmaSmoother {
public:
    explicit EmaSmoother(double alpha) : a_(alpha) {}
    Fix update(const Fix& f) {
        if (!init_) { s_ = f; init_ = true; return s_; }
        s_.lat = a_ * f.lat + (1 - a_) * s_.lat;
        s_.lon = a_ * f.lon + (1 - a_) * s_.lon;
        s_.t = f.t;
        return s_;
    }
private:
    double a_;
    Fix s_{};
    bool init_ = false;
};`)}`),

  rec('code_vba_es', f`Tengo esta macro en Excel para marcar lotes de café sin auditoría, pero se salta filas:

${code(f`Sub MarcarSinAuditoria()
    Dim i As Long
    For i = 2 To Cells(Rows.Count, "A").End(xlUp).Row
        If Cells(i, "F").Value = "" Then
            Rows(i).Delete
        Else
            Cells(i, "G").Value = "OK"
        End If
    Next i
End Sub`)}`),
];
