/**
 * Held-out batch 158: pasted source code from the six settings (benefit calculations, galley load
 * planning, export classification, discharge scheduling, auction bidding, scooter fines), with
 * comments and questions in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH158_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Die Berechnung des Regelbedarfs stimmt bei Kindern zwischen 14 und 17 nicht. Siehst du den Fehler?

\`\`\`python
${code(f`REGELBEDARF_2025 = {1: 563, 2: 506, 3: 451, 4: 471, 5: 390, 6: 357}

def regelbedarfsstufe(alter: int, partner: bool, erwachsen: bool) -> int:
    if erwachsen:
        return 2 if partner else 1
    if alter < 6:
        return 6
    if alter < 14:
        return 5
    if alter < 17:   # TODO: 14 bis einschließlich 17
        return 4
    return 3

def bedarf(haushalt):
    return sum(REGELBEDARF_2025[regelbedarfsstufe(p.alter, p.partner, p.erwachsen)] for p in haushalt)`)}
\`\`\``),

  rec('code_cobol', f`Legacy benefits mainframe — what does this paragraph do? We need to port it to Java.

       ${code(f`CALC-MONTHLY-SUPPLEMENT.
           MOVE ZERO TO WS-SUPPLEMENT.
           IF CLM-HOUSEHOLD-SIZE > 1
              COMPUTE WS-SUPPLEMENT =
                 (CLM-HOUSEHOLD-SIZE - 1) * WS-RATE-PER-DEPENDENT
           END-IF.
           IF CLM-DISABILITY-FLAG = 'Y'
              ADD WS-DISABILITY-TOPUP TO WS-SUPPLEMENT
           END-IF.
           IF WS-SUPPLEMENT > WS-SUPPLEMENT-CAP
              MOVE WS-SUPPLEMENT-CAP TO WS-SUPPLEMENT
           END-IF.`)}`),

  rec('code_vba', f`Makro für den Beladungsplan in Excel, es läuft bei 400 Flügen ewig. Wie mache ich das schneller?

${code(f`Sub TrolleysProFlug()
    Dim ws As Worksheet, r As Long, lastRow As Long
    Set ws = Worksheets("Ladeplan")
    lastRow = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For r = 2 To lastRow
        ' Spalte D = Passagiere C-Klasse, E = Y-Klasse
        ws.Cells(r, "G").Value = Application.WorksheetFunction.RoundUp(ws.Cells(r, "D").Value / 12, 0) _
                               + Application.WorksheetFunction.RoundUp(ws.Cells(r, "E").Value / 28, 0)
        ws.Cells(r, "G").Interior.Color = IIf(ws.Cells(r, "G").Value > ws.Cells(r, "F").Value, vbRed, xlNone)
    Next r
End Sub`)}`),

  rec('code_abap', f`SAP GTS 연동 ABAP 코드인데, 수출 통제 번호(ECCN)가 비어 있으면 덤프가 납니다. 어디를 고쳐야 하나요?

${code(f`SELECT matnr, eccn, licreq
  FROM zexp_classif
  INTO TABLE @DATA(lt_class)
  WHERE werks = @p_werks.

LOOP AT lt_class INTO DATA(ls_class).
  IF ls_class-licreq = abap_true.
    APPEND VALUE #( matnr = ls_class-matnr
                    text  = |Lizenz erforderlich: { ls_class-eccn }| ) TO gt_alv.
  ENDIF.
ENDLOOP.
cl_salv_table=>factory( IMPORTING r_salv_table = DATA(lo_alv) CHANGING t_table = gt_alv ).
lo_alv->display( ).`)}`),

  rec('code_sql', f`出荷前に輸出許可が必要な受注を抽出するクエリです。重複行が出るのはなぜでしょうか？

${code(f`SELECT o.order_no,
       o.customer_id,
       c.country_iso,
       p.part_no,
       p.eccn,
       l.licence_no
FROM   sales_order o
JOIN   customer c      ON c.customer_id = o.customer_id
JOIN   order_line ol   ON ol.order_no = o.order_no
JOIN   part p          ON p.part_no = ol.part_no
LEFT JOIN export_licence l ON l.country_iso = c.country_iso AND l.eccn = p.eccn
WHERE  p.eccn <> 'EAR99'
  AND  o.ship_date BETWEEN CURRENT_DATE AND CURRENT_DATE + 14;`)}`),

  rec('code_go', f`${code(f`package fines

import (
	"math"
	"time"
)

// Tarif laut Bußgeldkatalog der Stadt (E-Scooter, Abstellverstöße)
var baseFine = map[string]float64{
	"GEHWEG":      25,
	"ZONE_VERBOT": 35,
	"BEHINDERUNG": 55,
}

func Amount(code string, reported, paid time.Time) float64 {
	f := baseFine[code]
	days := paid.Sub(reported).Hours() / 24
	if days > 14 {
		f = f + math.Min(f*0.5, 30) // Mahngebühr
	}
	return math.Round(f*100) / 100
}`)}

Wenn der Code unbekannt ist, kommt 0 raus statt eines Fehlers. Wie baue ich das idiomatisch um?`),

  rec('code_rust', f`Rust로 경매 입찰 증분 규칙을 짰는데, 1,000,000 근처에서 증분이 이상하게 나와요.

${code(f`fn next_bid(current: u64) -> u64 {
    let step = match current {
        0..=9_999 => 250,
        10_000..=49_999 => 500,
        50_000..=99_999 => 1_000,
        100_000..=499_999 => 5_000,
        500_000..=999_999 => 10_000,
        _ => 25_000,
    };
    (current / step + 1) * step
}

#[test]
fn steps() {
    assert_eq!(next_bid(9_900), 10_000);
    assert_eq!(next_bid(999_000), 1_000_000);
}`)}`),

  rec('code_kotlin', f`${code(f`// Entlassplanung Wochenstation: frühestmöglicher Entlasstermin
fun earliestDischarge(birth: LocalDateTime, mode: DeliveryMode, u2Done: Boolean): LocalDate {
    val minHours = when (mode) {
        DeliveryMode.SPONTAN -> 48L
        DeliveryMode.VAKUUM -> 48L
        DeliveryMode.SECTIO -> 72L
    }
    val earliest = birth.plusHours(minHours).toLocalDate()
    return if (u2Done) earliest else maxOf(earliest, birth.toLocalDate().plusDays(3))
}`)}

Ist die Logik für ambulante Geburten so richtig? Die wollen wir eigentlich gar nicht über diese Funktion laufen lassen.`),

  rec('code_swift', f`${code(f`struct ScooterParkingCheck {
    let zones: [MKPolygon]

    func isAllowed(_ location: CLLocationCoordinate2D) -> Bool {
        let point = MKMapPoint(location)
        return zones.contains { zone in
            let renderer = MKPolygonRenderer(polygon: zone)
            let p = renderer.point(for: point)
            return renderer.path?.contains(p) ?? false
        }
    }
}`)}

¿Por qué devuelve siempre false si la zona está bien cargada? La app de inspectores de multas la usa en Valencia.`),

  rec('code_csharp', f`${code(f`public sealed class SpecialMealAllocator
{
    // SPML codes that need a separate cold-chain trolley
    private static readonly HashSet<string> ColdChain = new() { "BBML", "DBML", "GFML", "NLML" };

    public IEnumerable<TrolleyAssignment> Allocate(FlightLoad load)
    {
        foreach (var group in load.SpecialMeals.GroupBy(m => ColdChain.Contains(m.Code)))
        {
            var capacity = group.Key ? 18 : 32;
            foreach (var chunk in group.Chunk(capacity))
                yield return new TrolleyAssignment(load.FlightNo, group.Key, chunk.ToList());
        }
    }
}`)}

Question from the night shift: why do we get an extra half-empty trolley on every A350 flight?`),

  rec('code_ts', f`${code(f`// export-screening.ts — blocks shipments to embargoed destinations
const EMBARGOED = new Set(['CU', 'IR', 'KP', 'SY']);
const LICENCE_REQUIRED_ECCN = /^(3A001|3A090|4A090|5A002|3B001)/;

export function screen(order: Order): ScreeningResult {
  if (EMBARGOED.has(order.destinationIso)) return { status: 'BLOCK', reason: 'embargo' };
  const needsLicence = order.lines.some((l) => LICENCE_REQUIRED_ECCN.test(l.eccn ?? ''));
  if (needsLicence && !order.licenceNo) return { status: 'HOLD', reason: 'licence missing' };
  return { status: 'RELEASE' };
}`)}

Our compliance officer wants RU and BY added with a different reason code. Cleanest way?`),

  rec('code_java', f`${code(f`@Service
public class BidIncrementValidator {

    private final AuctionRepository auctions;

    public BidIncrementValidator(AuctionRepository auctions) {
        this.auctions = auctions;
    }

    @Transactional(isolation = Isolation.SERIALIZABLE)
    public Bid place(long lotId, long paddle, BigDecimal amount) {
        Lot lot = auctions.lockLot(lotId);
        if (amount.compareTo(lot.nextMinimumBid()) < 0) {
            throw new BidTooLowException(lot.nextMinimumBid());
        }
        return auctions.save(new Bid(lotId, paddle, amount, Instant.now()));
    }
}`)}

Przy licytacji online i telefonicznej naraz dostajemy deadlocki. Czy SERIALIZABLE to przesada?`),

  rec('code_r', f`${code(f`library(dplyr)
library(lubridate)

entlassungen <- read.csv2("wochenbett_2024.csv") |>
  mutate(geburt = dmy_hm(geburt), entlassung = dmy_hm(entlassung),
         liegedauer_h = as.numeric(difftime(entlassung, geburt, units = "hours")))

entlassungen |>
  group_by(geburtsmodus) |>
  summarise(median_h = median(liegedauer_h), p90 = quantile(liegedauer_h, 0.9), n = n())`)}

Kannst du mir erklären, warum der Median bei Sectio kleiner ist als bei Spontangeburt? Das kann eigentlich nicht stimmen.`),

  rec('code_powershell', f`${code(f`# Import der Bußgeldbescheide aus dem Fachverfahren in die E-Akte
$quelle = "\\\\fs02\\ordnungsamt\\escooter\\export"
Get-ChildItem $quelle -Filter *.pdf | ForEach-Object {
    $az = ($_.BaseName -split "_")[0]
    $ziel = Join-Path "\\\\fs02\\eakte\\vg" $az
    if (-not (Test-Path $ziel)) { New-Item -ItemType Directory -Path $ziel | Out-Null }
    Move-Item $_.FullName $ziel -Force
}`)}

Problem: Dateien mit Umlauten im Namen werden übersprungen.`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# Archive yesterday's load sheets per station, keep 90 days
set -euo pipefail
DAY=$(date -d yesterday +%F)
for st in FRA MUC ZRH VIE; do
  src="/data/loadsheets/$st/$DAY"
  [ -d "$src" ] || continue
  tar -czf "/archive/loadsheets/$st-$DAY.tgz" -C "$src" .
done
find /archive/loadsheets -name '*.tgz' -mtime +90 -delete`)}

tar complains "file changed as we read it" for ZRH. Can I ignore it?`),

  rec('code_php', f`${code(f`<?php
// calcul de l'aide au logement communale (barème 2025)
function aideLogement(float $loyer, float $revenus, int $personnes): float {
    $plafond = [1 => 420, 2 => 510, 3 => 590, 4 => 660][$personnes] ?? 720;
    $loyerRetenu = min($loyer, $plafond);
    $participation = max(0, ($revenus - 900) * 0.28);
    return round(max(0, $loyerRetenu - $participation), 2);
}`)}

Pour un foyer de 5 personnes le plafond est faux, il devrait être 760 €. Tu peux corriger et ajouter des tests PHPUnit ?`),

  rec('code_ruby', f`${code(f`class Lot < ApplicationRecord
  belongs_to :sale
  has_many :bids, -> { order(amount: :desc) }

  scope :unsold, -> { where(hammer_price: nil) }

  def reserve_met?
    highest = bids.first
    highest.present? && highest.amount >= reserve_price
  end

  def buyers_premium
    return 0 unless hammer_price
    hammer_price <= 500_000 ? hammer_price * 0.15 : 75_000 + (hammer_price - 500_000) * 0.12
  end
end`)}

Lo scaglione del premio è giusto? Il contratto dice 15% fino a 500.000 € e 12% sulla parte eccedente.`),

  rec('code_dart', f`${code(f`class FineCard extends StatelessWidget {
  const FineCard({super.key, required this.fine});
  final Fine fine;

  @override
  Widget build(BuildContext context) {
    final overdue = fine.dueDate.isBefore(DateTime.now());
    return Card(
      color: overdue ? Colors.red.shade50 : null,
      child: ListTile(
        title: Text('\${fine.reference} · \${fine.amount.toStringAsFixed(2)} €'),
        subtitle: Text(fine.reasonText),
        trailing: overdue ? const Icon(Icons.warning_amber) : null,
      ),
    );
  }
}`)}

Türkçe: Vadesi geçmiş cezalar kırmızı görünmüyor, sebebi ne olabilir?`),

  rec('code_elixir', f`${code(f`defmodule Permits.Quota do
  @moduledoc "Max. Fahrzeuge je Betreiber und Zone"
  def allowed?(operator, zone, fleet_count) do
    case Permits.Repo.get_by(Permits.ZoneQuota, operator_id: operator, zone_id: zone) do
      nil -> {:error, :no_permit}
      %{max_vehicles: max} when fleet_count <= max -> :ok
      %{max_vehicles: max} -> {:error, {:over_quota, fleet_count - max}}
    end
  end
end`)}

Сделай, пожалуйста, ревью: нормально ли возвращать разные формы ошибок?`),

  rec('code_python', f`${code(f`# מחשב מועד ביקור בית של אחות טיפת חלב לאחר שחרור
from datetime import date, timedelta

def home_visit(discharge: date, first_baby: bool, weekend_service: bool) -> date:
    d = discharge + timedelta(days=2 if first_baby else 4)
    while d.weekday() == 5 or (d.weekday() == 4 and not weekend_service):
        d += timedelta(days=1)
    return d`)}

תוכל להסביר מה הלולאה עושה בשישי ובשבת, ולהוסיף בדיקות pytest?`),
];
