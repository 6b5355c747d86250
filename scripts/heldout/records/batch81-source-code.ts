/**
 * Held-out batch 81: pasted source code from HLA matching, container EDI parsing, water tariffs,
 * drone flight logs, hotel rate optimisation and bootcamp LMS integrations, with questions and
 * comments in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH81_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Our virtual crossmatch flags a recipient as incompatible when the antibody MFI is exactly at the cut-off. Is the comparison wrong?

\`\`\`python
${code(f`from dataclasses import dataclass

MFI_CUTOFF = 2000

@dataclass(frozen=True)
class Antibody:
    locus: str
    allele: str
    mfi: int

def unacceptable(antibodies: list[Antibody]) -> set[str]:
    return {f"{a.locus}*{a.allele}" for a in antibodies if a.mfi >= MFI_CUTOFF}

def virtual_crossmatch(donor_typing: set[str], antibodies: list[Antibody]) -> bool:
    """True when no donor antigen is listed as unacceptable."""
    return donor_typing.isdisjoint(unacceptable(antibodies))`)}
\`\`\``),

  rec('code_r_de', f`Kann man das schneller machen? Die Funktion berechnet Mismatches auf HLA-A, -B und -DR für alle Spender-Empfänger-Paare, bei 4000 Empfängern dauert das ewig.

${code(f`mismatch_count <- function(donor, recipient) {
  loci <- c("A", "B", "DRB1")
  sum(sapply(loci, function(l) {
    d <- donor[[l]]; r <- recipient[[l]]
    length(setdiff(unique(d), r))
  }))
}

scores <- outer(seq_len(nrow(donors)), seq_len(nrow(recipients)), Vectorize(function(i, j) {
  mismatch_count(donors[i, ], recipients[j, ])
}))`)}`),

  rec('code_go_tr', f`CODECO mesajlarını parse eden fonksiyon, bazı depolardan gelen dosyalarda EQD segmenti boş dönüyor. Neden olabilir?

\`\`\`go
${code(f`func parseEQD(seg string) (Container, error) {
	// EQD+CN+MRDU4421873:6346:5+45G1:6346:5++2+5'
	parts := strings.Split(strings.TrimSuffix(seg, "'"), "+")
	if len(parts) < 4 || parts[0] != "EQD" {
		return Container{}, fmt.Errorf("not an EQD segment: %q", seg)
	}
	id := strings.SplitN(parts[2], ":", 2)[0]
	iso := strings.SplitN(parts[3], ":", 2)[0]
	return Container{Number: id, ISOType: iso, Full: len(parts) > 6 && parts[6] == "5"}, nil
}`)}
\`\`\``),

  rec('code_ts', f`${code(f`// ISO 6346 check digit for container numbers
const LETTERS: Record<string, number> = {};
'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').reduce((n, ch) => {
  if (n % 11 === 0) n++;
  LETTERS[ch] = n;
  return n + 1;
}, 10);

export function checkDigit(owner4: string, serial6: string): number {
  const chars = (owner4 + serial6).toUpperCase().split('');
  const sum = chars.reduce((acc, ch, i) => acc + (LETTERS[ch] ?? Number(ch)) * 2 ** i, 0);
  return (sum % 11) % 10;
}`)}

is this right? for MRDU442187 I expect 3`),

  rec('code_csharp_ro', f`Avem o metodă care calculează penalitatea de întârziere la returnarea containerelor. Poți scrie teste unitare pentru ea?

\`\`\`csharp
${code(f`public static decimal LateReturnFee(DateOnly due, DateOnly returned, string isoType)
{
    var days = returned.DayNumber - due.DayNumber;
    if (days <= 0) return 0m;
    var daily = isoType switch
    {
        "22G1" => 12.50m,
        "45G1" => 21.00m,
        "45R1" => 48.00m, // reefer
        _ => 15.00m,
    };
    var graceDays = Math.Min(days, 3);
    return (days - graceDays) * daily;
}`)}
\`\`\``),

  rec('code_sql_cs', f`Tento dotaz na výpočet vodného podle pásem vrací u některých odběratelů dvojnásobnou částku. Kde je chyba?

\`\`\`sql
${code(f`SELECT o.odberatel_id,
       SUM(CASE WHEN s.spotreba_m3 <= p.horni_mez THEN s.spotreba_m3 * p.cena
                ELSE p.horni_mez * p.cena END) AS vodne_kc
FROM spotreba s
JOIN odberatel o ON o.odberne_misto = s.odberne_misto
JOIN tarif_pasma p ON p.tarif = o.tarif AND p.platnost_od <= s.obdobi
WHERE s.obdobi = DATE '2024-10-01'
GROUP BY o.odberatel_id;`)}
\`\`\``),

  rec('code_java_pl', f`${code(f`public final class TariffCalculator {
    private static final BigDecimal STALA_OPLATA = new BigDecimal("14.85");

    public BigDecimal rachunek(BigDecimal zuzycieM3, BigDecimal cenaWody, BigDecimal cenaSciekow) {
        BigDecimal woda = zuzycieM3.multiply(cenaWody);
        BigDecimal scieki = zuzycieM3.multiply(cenaSciekow);
        return woda.add(scieki).add(STALA_OPLATA).setScale(2, RoundingMode.HALF_EVEN);
    }
}`)}

Księgowość mówi, że zaokrąglenie ma być "do grosza w górę". HALF_EVEN to błąd?`),

  rec('code_python_nb', f`Jeg parser flylogger fra dronene (CSV eksportert fra Airdata) og vil finne alle segmenter der batterispenningen faller under 3,5 V per celle. Koden gir ingen treff selv om jeg vet det skjedde:

\`\`\`python
${code(f`import pandas as pd

def low_voltage_segments(path: str, cells: int = 6, limit: float = 3.5) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["datetime(utc)"])
    df["v_cell"] = df["voltage(v)"] / cells
    low = df["v_cell"] < limit
    groups = (low != low.shift()).cumsum()
    return (df[low].groupby(groups)
              .agg(start=("datetime(utc)", "first"), end=("datetime(utc)", "last"), min_v=("v_cell", "min")))`)}
\`\`\``),

  rec('code_rust', f`Porting our GSD (ground sampling distance) helper to Rust for the flight planner. Does this match the formula?

\`\`\`rust
${code(f`/// Ground sampling distance in cm/pixel.
pub fn gsd_cm(altitude_m: f64, sensor_width_mm: f64, focal_mm: f64, image_width_px: u32) -> f64 {
    (sensor_width_mm * altitude_m * 100.0) / (focal_mm * f64::from(image_width_px))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn mavic3e_at_100m() {
        let g = gsd_cm(100.0, 17.3, 12.29, 5280);
        assert!((g - 2.67).abs() < 0.05, "got {g}");
    }
}`)}
\`\`\``),

  rec('code_swift_ja', f`ドローン操縦アプリで飛行禁止区域（ポリゴン）内かどうか判定しています。境界線上だと結果が不安定です。

\`\`\`swift
${code(f`func contains(_ p: CLLocationCoordinate2D, in polygon: [CLLocationCoordinate2D]) -> Bool {
    var inside = false
    var j = polygon.count - 1
    for i in 0..<polygon.count {
        let a = polygon[i], b = polygon[j]
        if (a.latitude > p.latitude) != (b.latitude > p.latitude),
           p.longitude < (b.longitude - a.longitude) * (p.latitude - a.latitude) / (b.latitude - a.latitude) + a.longitude {
            inside.toggle()
        }
        j = i
    }
    return inside
}`)}
\`\`\``),

  rec('code_sql_fr', f`Requête PostGIS pour les dalles d'orthophoto qui intersectent l'emprise du client, elle met 40 s. Un index manquant ?

${code(f`SELECT t.tile_id, t.path, ST_Area(ST_Intersection(t.geom, c.geom)) / ST_Area(t.geom) AS couverture
FROM ortho_tiles t
JOIN client_emprises c ON ST_Intersects(t.geom, ST_Transform(c.geom, 2154))
WHERE c.client_code = 'LIEGE-EAU-2024'
  AND t.acquired_on >= DATE '2024-09-01'
ORDER BY couverture DESC;`)}`),

  rec('code_python_es', f`Esta función calcula la tarifa dinámica para el hotel según la ocupación prevista. ¿Por qué con ocupación 100% devuelve menos que con 95%?

\`\`\`python
${code(f`def tarifa_dinamica(bar: float, ocupacion: float, dias_antelacion: int) -> float:
    if ocupacion > 0.95:
        factor = 1.35
    elif ocupacion > 0.85:
        factor = 1.20
    elif ocupacion > 0.60:
        factor = 1.0
    else:
        factor = 0.88
    if dias_antelacion < 3:
        factor *= 0.9 if ocupacion < 0.7 else 1.1
    return round(bar * factor, -1)`)}
\`\`\``),

  rec('code_kotlin_it', f`${code(f`fun pickup(bookings: List<Booking>, stayDate: LocalDate, asOf: LocalDate, window: Long = 7): Int =
    bookings.count { b ->
        b.stayDates.contains(stayDate) &&
            !b.createdAt.toLocalDate().isBefore(asOf.minusDays(window)) &&
            b.status != Status.CANCELLED
    }`)}

Il revenue manager vuole il pickup degli ultimi 7 giorni. Con window = 7 include anche l'ottavo giorno?`),

  rec('code_php_el', f`Το plugin του WordPress για το πρόγραμμα επιβράβευσης του ξενοδοχείου δεν υπολογίζει σωστά τους πόντους σε κρατήσεις με έκπτωση:

\`\`\`php
${code(f`function hs_loyalty_points(WC_Order $order): int {
    $tier = get_user_meta($order->get_customer_id(), 'hs_tier', true) ?: 'silver';
    $mult = ['silver' => 1.0, 'gold' => 1.5, 'platinum' => 2.0][$tier];
    $net = $order->get_subtotal();
    return (int) floor($net * 10 * $mult);
}
add_action('woocommerce_order_status_completed', function ($order_id) {
    $order = wc_get_order($order_id);
    hs_add_points($order->get_customer_id(), hs_loyalty_points($order));
});`)}
\`\`\``),

  rec('code_ts_vi', f`Hàm đồng bộ điểm số từ LMS sang bảng điểm của bootcamp bị trùng bản ghi khi chạy lại. Sửa giúp mình cho idempotent nhé:

\`\`\`ts
${code(f`export async function syncGrades(courseId: string, since: Date): Promise<number> {
  const submissions = await lms.listSubmissions(courseId, { gradedSince: since.toISOString() });
  let n = 0;
  for (const s of submissions) {
    await db.insert(grades).values({
      studentId: s.userId,
      assignmentId: s.assignmentId,
      score: s.score,
      gradedAt: new Date(s.gradedAt),
    });
    n++;
  }
  return n;
}`)}
\`\`\``),

  rec('code_ruby_en_ie', f`${code(f`class InstalmentPlan
  def initialize(total_cents:, deposit_cents:, months:)
    @total, @deposit, @months = total_cents, deposit_cents, months
  end

  def schedule(start_on)
    remaining = @total - @deposit
    base = remaining / @months
    (0...@months).map do |i|
      amount = i == @months - 1 ? remaining - base * (@months - 1) : base
      { due_on: start_on >> i, amount_cents: amount }
    end
  end
end`)}

for the bootcamp finance page — is the last instalment rounding right?`),

  rec('code_elixir_sw', f`Msimbo huu unatuma ujumbe kwa wanafunzi wa bootcamp wanaokaribia tarehe ya malipo. Unakwama wakati wa kutuma kwa wengi — nifanyeje uwe na concurrency?

\`\`\`elixir
${code(f`defmodule Bootcamp.Reminders do
  alias Bootcamp.{Repo, Student, Sms}
  import Ecto.Query

  def due_in(days) do
    date = Date.add(Date.utc_today(), days)
    from(s in Student, where: s.next_payment_on == ^date and s.status == :active) |> Repo.all()
  end

  def run do
    for s <- due_in(3), do: Sms.send(s.phone, "Kumbusho: malipo yako yanatakiwa tarehe #{s.next_payment_on}")
  end
end`)}
\`\`\``),

  rec('bash_script_da', f`Backup-scriptet til HLA-laboratoriets instrument-eksporter. Kan du tilføje at det sletter filer ældre end 90 dage?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/mnt/luminex/export
DST=/srv/backup/hla/$(date +%Y/%m)
mkdir -p "$DST"
find "$SRC" -name '*.csv' -newer /var/lib/hla-backup/last_run -print0 |
  xargs -0 -r cp --preserve=timestamps -t "$DST"
touch /var/lib/hla-backup/last_run
logger -t hla-backup "copied to $DST"`)}
\`\`\``),

  rec('code_dart_ko', f`호텔 앱(Flutter)에서 포인트 잔액이 가끔 0으로 표시돼요. FutureBuilder 쓰는 방식이 잘못된 걸까요?

\`\`\`dart
${code(f`class PointsBadge extends StatelessWidget {
  const PointsBadge({super.key, required this.memberId});
  final String memberId;

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<int>(
      future: LoyaltyApi.instance.balance(memberId),
      builder: (context, snap) {
        final pts = snap.data ?? 0;
        return Chip(label: Text('$pts P'));
      },
    );
  }
}`)}
\`\`\``),

  rec('diff_hu', f`Átnéznéd ezt a diffet? A vízóra-leolvasások importjánál a negatív fogyasztást (óracsere után) eddig hibának vettük.

\`\`\`diff
${code(f`--- a/import/leolvasas.py
+++ b/import/leolvasas.py
@@ -41,9 +41,14 @@ def fogyasztas(elozo: Leolvasas, aktualis: Leolvasas) -> Decimal:
-    delta = aktualis.allas - elozo.allas
-    if delta < 0:
-        raise ImportHiba(f"negatív fogyasztás: {aktualis.ora_sorszam}")
-    return delta
+    if aktualis.ora_sorszam != elozo.ora_sorszam:
+        # órcsere: az új óra kezdőállásától számolunk
+        return aktualis.allas - aktualis.kezdo_allas
+    delta = aktualis.allas - elozo.allas
+    if delta < 0:
+        raise ImportHiba(f"negatív fogyasztás: {aktualis.ora_sorszam}")
+    return delta`)}
\`\`\``),

  rec('code_cpp_fa', f`این کد روی برد کنترل پرواز پهپاد زمان باقی‌ماندهٔ باتری را تخمین می‌زند. گاهی عدد منفی برمی‌گرداند، چرا؟

${code(f`float remaining_minutes(const BatteryState& b, float avg_current_a) {
    if (avg_current_a <= 0.1f) return 99.0f;
    const float usable_mah = b.capacity_mah * (b.percent / 100.0f) - b.reserve_mah;
    return usable_mah / (avg_current_a * 1000.0f) * 60.0f;
}`)}`),
];
