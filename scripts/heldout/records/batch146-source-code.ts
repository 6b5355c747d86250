/**
 * Held-out batch 146: pasted source code from dive-log tooling, pharmacy loyalty systems, a
 * streaming platform's moderation and payouts services, a bonded warehouse, a transplant unit and
 * a water utility's meter-reading pipeline, with comments in several languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH146_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`This should flag dives where the ascent rate exceeded 10 m/min, but it flags almost every dive. What's wrong?

\`\`\`python
${code(f`def ascent_violations(samples, max_rate=10.0):
    """samples: list of (seconds, depth_m) from the dive computer, 2 s interval"""
    out = []
    for (t0, d0), (t1, d1) in zip(samples, samples[1:]):
        rate = (d0 - d1) / (t1 - t0)  # m per second
        if rate > max_rate:
            out.append((t1, round(rate, 2)))
    return out`)}
\`\`\``),

  rec('code_sql', f`Los puntos de fidelidad salen duplicados cuando una receta tiene dos líneas. ¿Cómo lo arreglo?

${code(f`SELECT c.id_cliente,
       c.nombre,
       SUM(FLOOR(v.importe)) AS puntos_mes
FROM ventas v
JOIN clientes c ON c.id_cliente = v.id_cliente
JOIN recetas r ON r.id_venta = v.id_venta
WHERE v.fecha >= DATE_TRUNC('month', CURRENT_DATE)
  AND c.tarjeta_fidelidad IS NOT NULL
GROUP BY c.id_cliente, c.nombre
ORDER BY puntos_mes DESC;`)}`),

  rec('code_ts', f`${code(f`// creator payouts: revenue share after platform fee, rounded per creator
export interface Earnings { creatorId: string; grossCents: number; currency: 'EUR' | 'USD' | 'BRL' }

const PLATFORM_FEE = 0.3;
const MIN_PAYOUT_CENTS = 5000;

export function payoutFor(e: Earnings): number | null {
  const net = Math.floor(e.grossCents * (1 - PLATFORM_FEE));
  return net >= MIN_PAYOUT_CENTS ? net : null; // below threshold: roll over to next month
}

export function batch(list: Earnings[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of list) {
    const p = payoutFor(e);
    if (p !== null) m.set(e.creatorId, (m.get(e.creatorId) ?? 0) + p);
  }
  return m;
}`)}

Problem: a creator with two channels under 50 € each gets nothing even though the sum is above. How would you restructure this?`),

  rec('code_go', f`Inventur im Zolllager: der Abgleich meldet Differenzen, obwohl die Bestände stimmen. Vermutlich ein Problem mit den Einheiten?

${code(f`type Position struct {
	SKU        string
	Zolltarif  string // 8-stellige KN
	MengeSoll  float64
	MengeIst   float64
	Einheit    string // "KG", "STK", "L"
}

func Differenzen(pos []Position, toleranz float64) []Position {
	var out []Position
	for _, p := range pos {
		if math.Abs(p.MengeSoll-p.MengeIst) > toleranz {
			out = append(out, p)
		}
	}
	return out
}`)}`),

  rec('code_java', f`${code(f`public final class CrossmatchScore {
    /** Counts HLA-A, -B and -DR mismatches between donor and recipient (0–6). */
    public static int mismatches(HlaTyping donor, HlaTyping recipient) {
        int mm = 0;
        for (Locus locus : List.of(Locus.A, Locus.B, Locus.DR)) {
            Set<String> rec = recipient.alleles(locus);
            for (String allele : donor.alleles(locus)) {
                if (!rec.contains(allele)) mm++;
            }
        }
        return mm;
    }
}`)}

If the donor is homozygous at a locus, this counts the mismatch twice. Is that right for the 000 / 111 mismatch notation?`),

  rec('code_csharp', f`Ovaj import očitanja vodomjera puca na datotekama iz novih ručnih terminala. Zašto?

${code(f`public IEnumerable<Ocitanje> Ucitaj(string putanja)
{
    foreach (var red in File.ReadLines(putanja).Skip(1))
    {
        var p = red.Split(';');
        yield return new Ocitanje
        {
            BrojVodomjera = p[0],
            Datum = DateTime.ParseExact(p[1], "dd.MM.yyyy", CultureInfo.InvariantCulture),
            StanjeM3 = decimal.Parse(p[2], CultureInfo.GetCultureInfo("hr-HR")),
            Citac = p[3]
        };
    }
}`)}`),

  rec('code_rust', f`ROV telemetry frames come in as 24-byte packets over serial. Is this parser safe against short reads?

\`\`\`rust
${code(f`#[derive(Debug)]
pub struct Frame { pub depth_cm: u32, pub heading_cdeg: u16, pub pitch: i16, pub roll: i16, pub temp_dc: i16 }

pub fn parse(buf: &[u8]) -> Option<Frame> {
    if buf.len() < 24 || buf[0] != 0xA5 || buf[1] != 0x5A { return None; }
    let crc = u16::from_le_bytes([buf[22], buf[23]]);
    if crc16(&buf[..22]) != crc { return None; }
    Some(Frame {
        depth_cm: u32::from_le_bytes(buf[2..6].try_into().ok()?),
        heading_cdeg: u16::from_le_bytes([buf[6], buf[7]]),
        pitch: i16::from_le_bytes([buf[8], buf[9]]),
        roll: i16::from_le_bytes([buf[10], buf[11]]),
        temp_dc: i16::from_le_bytes([buf[12], buf[13]]),
    })
}`)}
\`\`\``),

  rec('code_kotlin', f`${code(f`// Treuepunkte in der Apotheken-App anzeigen
class PunkteViewModel(private val repo: KundenkarteRepository) : ViewModel() {
    private val _punkte = MutableStateFlow<Int?>(null)
    val punkte: StateFlow<Int?> = _punkte

    fun laden(kartenId: String) = viewModelScope.launch {
        _punkte.value = runCatching { repo.punktestand(kartenId) }.getOrNull()
    }
}`)}

Nach Bildschirmdrehung wird der Punktestand neu geladen. Wie verhindere ich das?`),

  rec('code_bash', f`Nightly export of meter reads for the billing run. Sometimes it exports yesterday's file twice — why?

${code(f`#!/usr/bin/env bash
set -euo pipefail
DAY=$(date -d yesterday +%F)
OUT=/srv/ami/export/reads-$DAY.csv
psql -h ami-db -U exporter -d ami -Atc "\\copy (select meter_id, read_at, value_m3 from reads where read_at::date = '$DAY') to '$OUT' csv header"
gzip -f "$OUT"
rsync -a /srv/ami/export/ billing-sftp:/incoming/ami/`)}`),

  rec('code_php', f`${code(f`<?php
// cumul points fidélité pharmacie — 1 point par euro, x2 le mercredi
function points_pour_achat(float $montant, DateTimeImmutable $date, bool $surOrdonnance): int
{
    if ($surOrdonnance) {
        return 0; // pas de points sur les médicaments remboursés
    }
    $base = (int) floor($montant);
    return $date->format('N') === '3' ? $base * 2 : $base;
}`)}

Est-ce que cette règle est conforme ? On m'a dit qu'on n'a pas le droit de donner des points sur la parapharmacie non plus.`),

  rec('code_ruby', f`The moderation queue job picks the same report twice under load. Sidekiq, 10 threads:

${code(f`class AssignReportJob
  include Sidekiq::Job

  def perform(moderator_id)
    report = Report.where(status: "open").order(:severity, :created_at).first
    return unless report

    report.update!(status: "assigned", moderator_id: moderator_id, assigned_at: Time.current)
    ModeratorMailer.new_case(moderator_id, report.id).deliver_later
  end
end`)}`),

  rec('code_r', f`Quero fazer a curva de sobrevida do enxerto por tipo de doador. Está certo?

${code(f`library(survival)
library(survminer)

tx <- read.csv("transplantes_2015_2023.csv")
tx$tipo_doador <- factor(tx$tipo_doador, levels = c("vivo", "falecido"))
fit <- survfit(Surv(meses_enxerto, perda_enxerto) ~ tipo_doador, data = tx)
ggsurvplot(fit, conf.int = TRUE, risk.table = TRUE,
           xlab = "Meses após o transplante", legend.title = "Doador")`)}`),

  rec('code_swift', f`${code(f`struct PayoutRow: View {
    let payout: Payout

    var body: some View {
        HStack {
            Text(payout.period, format: .dateTime.month().year())
            Spacer()
            Text(payout.amount, format: .currency(code: payout.currency))
                .foregroundStyle(payout.status == .failed ? .red : .primary)
        }
    }
}`)}

クリエイターアプリの支払い履歴です。失敗したときに理由も表示したいのですが、どう書けばいいですか？`),

  rec('code_c', f`Firmware del contador de pulsos del medidor de agua: a veces cuenta doble con caudales bajos. ¿Falta el antirrebote?

${code(f`volatile uint32_t pulsos = 0;

ISR(INT0_vect) {
    pulsos++;
}

void setup_contador(void) {
    EICRA |= (1 << ISC01);   // flanco de bajada
    EIMSK |= (1 << INT0);
    sei();
}

uint32_t litros(void) {
    return pulsos * 10;      // 1 pulso = 10 L
}`)}`),

  rec('code_vba', f`Makro w Excelu do inwentaryzacji magazynu celnego działa bardzo wolno przy 40 tys. wierszy. Da się to przyspieszyć?

${code(f`Sub OznaczRozbieznosci()
    Dim i As Long
    For i = 2 To Cells(Rows.Count, 1).End(xlUp).Row
        If Cells(i, 4).Value <> Cells(i, 5).Value Then
            Cells(i, 6).Value = "ROZBIEŻNOŚĆ"
            Rows(i).Interior.Color = RGB(255, 199, 206)
        End If
    Next i
End Sub`)}`),

  rec('code_powershell', f`${code(f`# Räumt alte Tauchprotokoll-PDFs auf (älter als 7 Jahre, Aufbewahrungsfrist abgelaufen)
$grenze = (Get-Date).AddYears(-7)
Get-ChildItem -Path "\\\\fs01\\Tauchprotokolle" -Recurse -Filter *.pdf |
    Where-Object { $_.LastWriteTime -lt $grenze } |
    ForEach-Object {
        Write-Output "Lösche $($_.FullName)"
        Remove-Item $_.FullName -WhatIf
    }`)}

Ist -WhatIf hier richtig gesetzt, damit ich erst mal nur sehe, was gelöscht würde?`),

  rec('code_python', f`Este script compara as leituras de contadores com a média dos últimos 6 meses para apanhar fugas. Como ignoro as casas de férias?

${code(f`import pandas as pd

leituras = pd.read_csv("leituras_2024.csv", parse_dates=["data"])
media = (leituras.groupby("contador")["consumo_m3"]
         .apply(lambda s: s.rolling(6, min_periods=3).mean().shift(1)))
leituras["media6"] = media.reset_index(level=0, drop=True)
suspeitos = leituras[leituras["consumo_m3"] > 3 * leituras["media6"]]
print(suspeitos[["contador", "data", "consumo_m3", "media6"]])`)}`),

  rec('diff', f`Review please — changing the decompression table lookup to round up to the next depth increment:

${code(f`--- a/dive/tables.py
+++ b/dive/tables.py
@@ -41,9 +41,10 @@ def lookup(depth_m: float, bottom_min: int) -> Schedule:
-    row = TABLE.get(int(depth_m))
+    step = 3
+    row = TABLE.get(math.ceil(depth_m / step) * step)
     if row is None:
         raise ValueError(f"no schedule for {depth_m} m")
-    return row.schedule_for(bottom_min)
+    return row.schedule_for(math.ceil(bottom_min / 5) * 5)`)}`),

  rec('code_scala', f`${code(f`// 視聴者の通報をチャンネルごとに集計して、しきい値を超えたら自動で審査キューへ
val flagged = reports
  .filter(r => r.createdAt.isAfter(Instant.now().minus(Duration.ofHours(1))))
  .groupBy(_.channelId)
  .view.mapValues(_.size)
  .filter { case (_, n) => n >= 25 }
  .keys
  .toSeq

flagged.foreach(reviewQueue.enqueue(_, Priority.High))`)}

Sparkじゃなくて普通のScalaです。100万件だと遅いですか？`),

  rec('code_dart', f`Tô fazendo um app em Flutter pros leituristas de hidrômetro. Esse código pra ler o número da foto tá certo? Às vezes ele pega a vírgula errada.

${code(f`Future<double?> readMeter(XFile photo) async {
  final input = InputImage.fromFilePath(photo.path);
  final result = await TextRecognizer().processImage(input);
  final match = RegExp(r'(\\d{4,6})[.,](\\d{1,3})').firstMatch(result.text);
  if (match == null) return null;
  return double.parse('\${match.group(1)}.\${match.group(2)}');
}`)}`),

  rec('dockerfile', f`Is this Dockerfile for the bonded-warehouse label printer service OK for production?

${amb('source_code.snippet', f`FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 9100
CMD ["gunicorn", "-b", "${amb('pii.ip_address', '0.0.0.0')}:9100", "labels.app:app"]`)}`, 'a Dockerfile: config rather than source (ambiguous)'),
];
