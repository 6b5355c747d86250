/**
 * Held-out batch 124: pasted source code (solar layout and permit tools, design-studio scripts, a prayer-times
 * plugin, union dues queries, bus fare and lost-property apps), with comments in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH124_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Panels overlap the roof edge on hip roofs. What's wrong with my setback logic?

\`\`\`python
${code(f`from dataclasses import dataclass
from shapely.geometry import Polygon, box

@dataclass
class Panel:
    width_m: float = 1.134
    height_m: float = 1.762

def layout(roof: Polygon, setback_m: float = 0.45, gap_m: float = 0.02) -> list[Polygon]:
    usable = roof.buffer(-setback_m)
    minx, miny, maxx, maxy = usable.bounds
    p = Panel()
    placed = []
    y = miny
    while y + p.height_m <= maxy:
        x = minx
        while x + p.width_m <= maxx:
            cell = box(x, y, x + p.width_m, y + p.height_m)
            if usable.contains(cell):
                placed.append(cell)
            x += p.width_m + gap_m
        y += p.height_m + gap_m
    return placed`)}
\`\`\``),

  rec('code_ts', f`Kannst du mir helfen, die Statuslogik für Bauanträge typsicherer zu machen? Aktuell:

${code(f`type Status = 'entwurf' | 'eingereicht' | 'nachforderung' | 'genehmigt' | 'abgelehnt';

interface Antrag {
  id: string;
  gemeinde: string;
  status: Status;
  eingereichtAm?: Date;
}

// Erlaubte Übergänge – TODO: nachforderung -> eingereicht fehlt noch
const uebergaenge: Record<Status, Status[]> = {
  entwurf: ['eingereicht'],
  eingereicht: ['nachforderung', 'genehmigt', 'abgelehnt'],
  nachforderung: [],
  genehmigt: [],
  abgelehnt: [],
};

export function wechsle(a: Antrag, neu: Status): Antrag {
  if (!uebergaenge[a.status].includes(neu)) {
    throw new Error(\`Ungültiger Übergang \${a.status} -> \${neu}\`);
  }
  return { ...a, status: neu, eingereichtAm: neu === 'eingereicht' ? new Date() : a.eingereichtAm };
}`)}`),

  rec('code_rust', f`Modbus-Abfrage vom Wechselrichter liefert manchmal negative Leistung. Ist das ein Vorzeichenproblem?

\`\`\`rust
${code(f`use tokio_modbus::prelude::*;

/// Liest die AC-Leistung (Register 40083, SunSpec, int16 mit Skalierungsfaktor)
pub async fn ac_leistung(ctx: &mut client::Context) -> Result<f64, Box<dyn std::error::Error>> {
    let regs = ctx.read_holding_registers(40083, 2).await??;
    let raw = regs[0] as i16;
    let sf = regs[1] as i16;
    Ok(raw as f64 * 10f64.powi(sf as i32))
}`)}
\`\`\``),

  rec('code_js', f`Sur notre outil de planches d'ambiance, les images se chevauchent quand on redimensionne. Une idée ?

${code(f`// moodboard.js — grille en maçonnerie
function placer(images, largeurColonne, nbColonnes) {
  const hauteurs = new Array(nbColonnes).fill(0);
  return images.map((img) => {
    const col = hauteurs.indexOf(Math.min(...hauteurs));
    const h = img.hauteur * (largeurColonne / img.largeur);
    const pos = { x: col * largeurColonne, y: hauteurs[col] };
    hauteurs[col] += h;
    return { ...img, ...pos, h };
  });
}

window.addEventListener('resize', () => rendu(placer(images, 240, 4)));`)}`),

  rec('code_vba', f`Il mio macro per i preventivi somma due volte la posa in opera. Dove sbaglio?

${code(f`Sub CalcolaPreventivo()
    Dim ws As Worksheet
    Dim r As Long, totale As Double
    Set ws = ThisWorkbook.Sheets("Preventivo")
    totale = 0
    For r = 5 To ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
        totale = totale + ws.Cells(r, "D").Value * ws.Cells(r, "E").Value
        If ws.Cells(r, "B").Value = "Posa" Then
            totale = totale + ws.Cells(r, "F").Value
        End If
    Next r
    ws.Range("F40").Value = totale * 1.22 ' IVA 22%
End Sub`)}`),

  rec('code_php', f`السلام عليكم، إضافة ووردبريس لمواقيت الصلاة تعرض وقت العصر خطأ بعد تغيير التوقيت الصيفي:

${code(f`<?php
// مواقيت الصلاة - عرض جدول اليوم
function annur_prayer_table() {
    $tz = new DateTimeZone('Europe/London');
    $today = new DateTime('now', $tz);
    $times = get_option('annur_times_' . $today->format('Y-m-d'));
    if (!$times) {
        return '<p>لا توجد مواقيت لهذا اليوم</p>';
    }
    $out = '<table class="prayer-times">';
    foreach (['fajr' => 'الفجر', 'dhuhr' => 'الظهر', 'asr' => 'العصر', 'maghrib' => 'المغرب', 'isha' => 'العشاء'] as $k => $label) {
        $t = DateTime::createFromFormat('H:i', $times[$k], new DateTimeZone('UTC'));
        $out .= '<tr><td>' . $label . '</td><td>' . $t->format('H:i') . '</td></tr>';
    }
    return $out . '</table>';
}
add_shortcode('prayer_times', 'annur_prayer_table');`)}`),

  rec('code_sql', f`Which members are more than 3 months behind on dues? This query returns people who already paid:

${code(f`SELECT m.member_no, m.branch, MAX(p.paid_for_month) AS last_paid
FROM members m
LEFT JOIN dues_payments p ON p.member_no = m.member_no
WHERE m.status = 'active'
GROUP BY m.member_no, m.branch
HAVING MAX(p.paid_for_month) < date_trunc('month', now()) - interval '3 months'
ORDER BY m.branch, last_paid;`)}

Members with no payment at all are missing too.`),

  rec('code_go', f`GTFS-Realtime parser drops vehicle positions for routes with letters (X4, N12). Why?

${code(f`package feed

import (
	"strconv"

	"github.com/MobilityData/gtfs-realtime-bindings/golang/gtfs"
)

type Position struct {
	Route   int
	Vehicle string
	Lat     float32
	Lon     float32
}

func Positions(msg *gtfs.FeedMessage) []Position {
	var out []Position
	for _, e := range msg.Entity {
		vp := e.GetVehicle()
		if vp == nil {
			continue
		}
		route, err := strconv.Atoi(vp.GetTrip().GetRouteId())
		if err != nil {
			continue
		}
		out = append(out, Position{route, vp.GetVehicle().GetId(), vp.GetPosition().GetLatitude(), vp.GetPosition().GetLongitude()})
	}
	return out
}`)}`),

  rec('code_kotlin', f`Ceny biletów strefowych liczą się źle dla przejazdu z przesiadką. Kod z aplikacji:

${code(f`enum class Strefa { A, B, C }

data class Odcinek(val z: Strefa, val doStrefy: Strefa)

// cena w groszach
fun cena(odcinki: List<Odcinek>, ulgowy: Boolean): Int {
    val strefy = odcinki.flatMap { listOf(it.z, it.doStrefy) }.toSet()
    val bazowa = when (strefy.size) {
        1 -> 440
        2 -> 620
        else -> 800
    }
    return if (ulgowy) bazowa / 2 else bazowa
}`)}`),

  rec('code_swift', f`ロストアンドファウンドのiOSアプリで、写真を添付すると送信ボタンが押せなくなります。

${code(f`struct FundFormView: View {
    @State private var beschreibung = ""
    @State private var linie = ""
    @State private var foto: UIImage?

    var gueltig: Bool { !beschreibung.isEmpty && !linie.isEmpty && foto == nil }

    var body: some View {
        Form {
            TextField("Was haben Sie verloren?", text: $beschreibung)
            TextField("Linie", text: $linie)
            FotoPicker(bild: $foto)
            Button("Senden") { senden() }.disabled(!gueltig)
        }
    }
}`)}`),

  rec('code_csharp', f`Validator accepts expired day tickets after midnight. Can you spot it?

${code(f`public bool IsValid(Ticket t, DateTimeOffset now)
{
    if (t.Type == TicketType.Day)
    {
        // valid until 04:00 the next morning (night buses)
        var end = t.ActivatedAt.Date.AddDays(1).AddHours(4);
        return now.LocalDateTime <= end;
    }
    return now <= t.ActivatedAt.Add(t.Duration);
}`)}`),

  rec('code_ruby', f`Scraper for the lobbying transparency register: it stops after the first page.

${code(f`require "nokogiri"
require "open-uri"

BASE = "https://transparency-register.example.eu/search?sector=energy&page="

def entries(page = 1)
  doc = Nokogiri::HTML(URI.open(BASE + page.to_s))
  rows = doc.css("table.results tr.entry").map do |tr|
    { name: tr.at_css(".org").text.strip, id: tr.at_css(".reg-id").text.strip }
  end
  return rows if doc.at_css("a.next").nil?
  rows
end`)}`),

  rec('code_r', f`Can you tweak this so the chart shows support by region with error bars? Polling data for the client briefing.

${code(f`library(dplyr)
library(ggplot2)

poll <- read.csv("poll_feb25.csv")
poll %>%
  group_by(region) %>%
  summarise(support = mean(supports_bus_levy), n = n()) %>%
  ggplot(aes(x = reorder(region, support), y = support)) +
  geom_col() +
  coord_flip() +
  labs(x = NULL, y = "Share supporting the levy")`)}`),

  rec('code_bash', f`Hej, backup-skriptet för juridiska ärenden raderar för mycket. Kan du kolla?

${code(f`#!/usr/bin/env bash
set -euo pipefail
# Säkerhetskopiera ärendemappar och behåll 30 dagar
SRC=/srv/juridik/arenden
DST=/mnt/backup/juridik
STAMP=$(date +%Y%m%d)

tar -czf "$DST/arenden-$STAMP.tar.gz" -C "$SRC" .
find "$DST" -name '*.tar.gz' -mtime +3 -delete
echo "klar: $STAMP"`)}`),

  rec('code_java', f`Tarifzonen: warum kommt für Fahrten innerhalb der Kernzone trotzdem Zone 2 raus?

${code(f`public final class Zonenrechner {
    private final Map<String, Integer> haltestelleZuZone;

    public Zonenrechner(Map<String, Integer> mapping) {
        this.haltestelleZuZone = mapping;
    }

    public int zonen(String von, String nach) {
        int a = haltestelleZuZone.getOrDefault(von, 1);
        int b = haltestelleZuZone.getOrDefault(nach, 1);
        return Math.abs(a - b) + 2;
    }
}`)}`),

  rec('code_c', f`Ticket printer firmware: the last line of the receipt is cut off. Buffer issue?

${code(f`#define LINE_LEN 32

void print_receipt(const char *lines[], int n) {
    char buf[LINE_LEN];
    for (int i = 0; i < n; i++) {
        strncpy(buf, lines[i], LINE_LEN);
        printer_write(buf, strlen(buf));
        printer_feed(1);
    }
    printer_cut();
}`)}`),

  rec('code_python', f`Mjini tunatumia script hii kutuma SMS za vikao vya chama, lakini namba za Kenya zinakataliwa. Tatizo ni nini?

${code(f`import re

def safisha_namba(namba: str) -> str:
    # ondoa nafasi na alama
    n = re.sub(r"[^0-9+]", "", namba)
    if n.startswith("0"):
        n = "+255" + n[1:]
    return n

wanachama = [("Asha", "${phone('0712 482917', 'KE')}"), ("Baraka", "${phone('+255 754 482 917')}")]
for jina, namba in wanachama:
    print(jina, safisha_namba(namba))`)}`, 'a Kenyan and a Tanzanian member number in a code fixture: labelled as phones'),

  rec('code_powershell', f`Das Skript soll jeden Morgen die Fundsachen-Exporte aus dem Ticketsystem ins Archiv verschieben, aber es verschiebt auch heutige Dateien:

${code(f`$quelle = "\\\\fs-depot\\fundsachen\\export"
$ziel   = "\\\\fs-depot\\fundsachen\\archiv"
Get-ChildItem $quelle -Filter *.csv |
  Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(0) } |
  Move-Item -Destination $ziel -Force`)}`),

  rec('diff', f`Review please — I changed the tilt factor table for the yield estimate:

${code(f`--- a/estimate/tilt.py
+++ b/estimate/tilt.py
@@ -8,9 +8,10 @@ TILT_FACTOR = {
     0: 0.87,
     15: 0.95,
     30: 1.00,
-    45: 0.98,
-    60: 0.91,
+    45: 0.97,
+    60: 0.89,
+    90: 0.70,
 }

 def factor(tilt_deg: int) -> float:
-    return TILT_FACTOR[round(tilt_deg / 15) * 15]
+    return TILT_FACTOR.get(round(tilt_deg / 15) * 15, 0.7)`)}`),

  rec('code_sql', f`Скрипт миграции для журнала находок, проверь, пожалуйста, индексы:

${code(f`-- журнал находок: одна запись на предмет
CREATE TABLE nakhodki (
    id            BIGSERIAL PRIMARY KEY,
    nomer         TEXT NOT NULL UNIQUE,      -- 2025-0219
    marshrut      TEXT NOT NULL,             -- номер маршрута
    opisanie      TEXT NOT NULL,
    naideno_v     TIMESTAMPTZ NOT NULL,
    vydano_v      TIMESTAMPTZ,
    sklad         TEXT DEFAULT 'центральный'
);
CREATE INDEX ON nakhodki (marshrut);
CREATE INDEX ON nakhodki (naideno_v) WHERE vydano_v IS NULL;`)}`),

  rec('code_python', f`Ο κώδικας για τη σύνοψη των ερωτήσεων βουλευτών βγάζει διπλές εγγραφές. Τι φταίει;

${code(f`import csv
from collections import defaultdict

def ομαδοποίηση(αρχείο):
    ανά_θέμα = defaultdict(list)
    with open(αρχείο, encoding="utf-8") as fh:
        for γραμμή in csv.DictReader(fh):
            ανά_θέμα[γραμμή["θέμα"]].append(γραμμή["βουλευτής"])
            ανά_θέμα[γραμμή["θέμα"].lower()].append(γραμμή["βουλευτής"])
    return ανά_θέμα`)}`),

  rec('code_ts', f`ช่วยดูโค้ดนี้หน่อยค่ะ ฟังก์ชันคำนวณพื้นที่ผ้าม่านให้ค่าผิดเวลาหน้าต่างกว้างเกิน 3 เมตร

${code(f`// คำนวณจำนวนผ้า (เมตร) สำหรับม่านจีบ
export function fabricMeters(windowWidthCm: number, dropCm: number, fullness = 2.5): number {
  const widths = Math.ceil((windowWidthCm * fullness) / 140); // ผ้าหน้ากว้าง 140 ซม.
  const perWidth = dropCm + 30; // เผื่อชายบน-ล่าง
  return (widths * perWidth) / 100;
}`)}`),

  rec('config', f`Is this nginx config for the permit portal OK? Uploads over 10 MB fail.

${amb('source_code.snippet', f`server {
    listen 443 ssl http2;
    server_name permits.sonnfirst.com;
    client_max_body_size 10m;

    location /api/ {
        proxy_pass http://${amb('pii.ip_address', '10.20.4.17')}:8080;
        proxy_set_header Host $host;
        proxy_read_timeout 120s;
    }
}`)}`),
];
