/**
 * Held-out batch 85: pasted source code from the test house, the claims unit, the cash-assistance
 * programme, the charter broker, the weather graphics team and the maker space. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH85_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_zh', f`这个函数把晶圆图转成分bin统计，但边缘的die总是被算两次，帮我看看：

\`\`\`python
${code(f`from collections import Counter

def bin_summary(wafer_map: list[list[str]], edge_excl: int = 2) -> dict[str, int]:
    """统计每个bin的数量，排除边缘 edge_excl 圈"""
    rows, cols = len(wafer_map), len(wafer_map[0])
    counts: Counter[str] = Counter()
    for y in range(rows):
        for x in range(cols):
            b = wafer_map[y][x]
            if b == ".":
                continue
            on_edge = min(x, y, cols - 1 - x, rows - 1 - y) < edge_excl
            if on_edge:
                counts["EDGE"] += 1
            counts[b] += 1
    return dict(counts)`)}
\`\`\``),

  rec('code_cpp_ko', f`리밋 체크가 음수 측정값에서 틀리게 나옵니다. 어디가 문제일까요?

${code(f`// 측정값이 [lo, hi] 범위에 있는지 확인
enum class Verdict { Pass, FailLow, FailHigh };

Verdict checkLimit(double meas, double lo, double hi, double guardband = 0.02) {
    const double span = hi - lo;
    const double glo = lo + span * guardband;
    const double ghi = hi - span * guardband;
    if (std::abs(meas) < glo) return Verdict::FailLow;   // TODO: abs 맞나?
    if (meas > ghi) return Verdict::FailHigh;
    return Verdict::Pass;
}

int main() {
    std::printf("%d\\n", static_cast<int>(checkLimit(-0.45, -0.6, -0.3)));
}`)}`),

  rec('code_sql_de', f`Die Abfrage soll alle Leistungsfälle mit Pflegegrad ≥ 3 liefern, deren Begutachtung älter als 24 Monate ist. Sie ist aber extrem langsam:

\`\`\`sql
${code(f`SELECT l.fall_id,
       l.versicherten_nr,
       g.pflegegrad,
       g.begutachtet_am
FROM   leistungsfall l
JOIN   begutachtung g ON g.fall_id = l.fall_id
WHERE  g.pflegegrad >= 3
  AND  g.begutachtet_am = (SELECT MAX(g2.begutachtet_am)
                           FROM begutachtung g2
                           WHERE g2.fall_id = l.fall_id)
  AND  g.begutachtet_am < CURRENT_DATE - INTERVAL '24 months'
  AND  l.status <> 'ABGESCHLOSSEN'
ORDER  BY g.begutachtet_am;`)}
\`\`\`

Gibt es eine bessere Variante mit Window-Funktion?`),

  rec('code_kotlin_uk', f`Офлайн-синхронізація анкет домогосподарств дублює записи, якщо зв'язок обривається посередині. Ось воркер:

${code(f`class SyncWorker(ctx: Context, params: WorkerParameters) : CoroutineWorker(ctx, params) {
    private val dao = AppDb.get(ctx).householdDao()
    private val api = RegistrationApi.create()

    override suspend fun doWork(): Result {
        val pending = dao.pending(limit = 50)
        for (h in pending) {
            // надсилаємо по одній анкеті
            val resp = api.submit(h.toDto())
            if (resp.isSuccessful) dao.markSynced(h.localId, resp.body()!!.serverId)
            else return Result.retry()
        }
        return Result.success()
    }
}`)}

Як зробити відправку ідемпотентною?`),

  rec('code_js_nn', f`Animasjonen av nedbørsradaren hakkar på studioskjermen. Kan du sjå om det er noko gale med løkka?

${code(f`const frames = [];
let idx = 0;

async function lastRammer(urls) {
  for (const u of urls) {
    const img = new Image();
    img.src = u;
    await img.decode();
    frames.push(img);
  }
}

function teikn(ctx) {
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.globalAlpha = 0.75;
  ctx.drawImage(frames[idx], 0, 0);
  idx = (idx + 1) % frames.length;
  setTimeout(() => requestAnimationFrame(() => teikn(ctx)), 120);
}`)}`),

  rec('code_go', f`Render queue worker: jobs sometimes run twice when two workers poll at the same moment.

\`\`\`go
${code(f`func (w *Worker) poll(ctx context.Context) error {
	rows, err := w.db.QueryContext(ctx,
		\`SELECT id, template, params FROM render_jobs WHERE status = 'queued' ORDER BY priority DESC, created_at LIMIT 1\`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var j Job
		if err := rows.Scan(&j.ID, &j.Template, &j.Params); err != nil {
			return err
		}
		if _, err := w.db.ExecContext(ctx, \`UPDATE render_jobs SET status = 'running', worker = $1 WHERE id = $2\`, w.name, j.ID); err != nil {
			return err
		}
		go w.render(ctx, j)
	}
	return rows.Err()
}`)}
\`\`\``),

  rec('code_rust_et', f`Ukse kontroller peaks lubama töökotta ainult neid, kellel on kehtiv koolitus. Kas see loogika on õige?

${code(f`#[derive(Debug)]
struct Liige {
    kaart: [u8; 4],
    koolitused: Vec<String>,
    aktiivne_kuni: chrono::NaiveDate,
}

fn luba(liige: &Liige, uks: &str, tana: chrono::NaiveDate) -> bool {
    if tana > liige.aktiivne_kuni {
        return false;
    }
    match uks {
        "laser" => liige.koolitused.iter().any(|k| k == "laser-ohutus"),
        "puit" => liige.koolitused.iter().any(|k| k == "puidutookoda"),
        _ => true, // peauks
    }
}`)}`),

  rec('code_php_it', f`Il calendario disponibilità mostra lo yacht libero anche quando c'è un'opzione in corso. Dove sbaglio?

${code(f`<?php
function isDisponibile(PDO $db, int $yachtId, string $dal, string $al): bool
{
    $sql = "SELECT COUNT(*) FROM prenotazioni
            WHERE yacht_id = :y
              AND stato = 'confermata'
              AND data_inizio < :al
              AND data_fine > :dal";
    $st = $db->prepare($sql);
    $st->execute([':y' => $yachtId, ':dal' => $dal, ':al' => $al]);
    return (int) $st->fetchColumn() === 0;
}`)}`),

  rec('code_bash_sv', f`Städskriptet för renderservrarna tar bort för mycket ibland, ser du varför?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
# Ta bort renderade väderloopar äldre än 3 dagar, behåll arkiv
RENDER_DIR=\${1:-/srv/render/out}
find "$RENDER_DIR" -type f -name '*.mov' -mtime +3 -print0 |
  while IFS= read -r -d '' fil; do
    case "$fil" in
      */arkiv/*) continue ;;
    esac
    rm -f "$fil"
  done
df -h "$RENDER_DIR"`)}
\`\`\``),

  rec('code_csharp_ja', f`テスターのGPIBドライバのラッパーです。タイムアウト時にリソースが解放されない気がします。

${code(f`public sealed class TesterSession : IDisposable
{
    private readonly MessageBasedSession _session;

    public TesterSession(string resource)
    {
        // VISAリソースを開く（例: GPIB0::14::INSTR）
        _session = (MessageBasedSession)GlobalResourceManager.Open(resource);
        _session.TimeoutMilliseconds = 5000;
    }

    public string Query(string cmd)
    {
        _session.RawIO.Write(cmd + "\\n");
        return _session.RawIO.ReadString().TrimEnd();
    }

    public void Dispose() => _session?.Dispose();
}`)}`),

  rec('code_lua', f`Ticker script for the lower-third weather crawl — it skips the last city every cycle:

${code(f`local cities = { "Bergen", "Førde", "Ålesund", "Molde", "Kristiansund" }
local i = 1

function next_item(forecast)
  local c = cities[i]
  local f = forecast[c] or { t = "?", sym = "na" }
  i = i + 1
  if i >= #cities then i = 1 end
  return string.format("%s  %s°  %s", c, f.t, f.sym)
end`)}`),

  rec('code_r_nl', f`Ik wil de mediane duur van zorgclaims per indicatiecategorie plotten, maar de volgorde van de categorieën klopt niet:

${code(f`library(dplyr)
library(ggplot2)

claims |>
  filter(!is.na(einddatum)) |>
  mutate(duur_mnd = as.numeric(einddatum - startdatum) / 30.44) |>
  group_by(indicatie) |>
  summarise(mediaan = median(duur_mnd), n = n()) |>
  ggplot(aes(x = indicatie, y = mediaan)) +
  geom_col() +
  coord_flip() +
  labs(x = NULL, y = "Mediane duur (maanden)")`)}`),

  rec('code_ruby_da', f`Jobbet der sender rykkere for udlånte ting sender to gange til nogle medlemmer:

${code(f`class RykkerJob < ApplicationJob
  queue_as :default

  def perform
    Udlaan.forfaldne.includes(:medlem, :genstand).find_each do |u|
      next if u.rykket_at && u.rykket_at > 2.days.ago
      RykkerMailer.med(udlaan: u).rykker.deliver_later
      u.update!(rykket_at: Time.current)
    end
  end
end`)}`),

  rec('code_swift_el', f`Η οθόνη κρατήσεων στην εφαρμογή επισκεπτών δεν ανανεώνεται όταν αλλάζει η ημερομηνία. Τι φταίει;

${code(f`struct CharterView: View {
    @State private var date = Date()
    @StateObject private var vm = CharterViewModel()

    var body: some View {
        VStack {
            DatePicker("Ημερομηνία", selection: $date, displayedComponents: .date)
            List(vm.slots) { slot in
                Text("\\(slot.yacht) – \\(slot.berth)")
            }
        }
        .task { await vm.load(for: date) }
    }
}`)}`),

  rec('code_vba_fr', f`Cette macro doit signaler les factures de prestataires dont le montant dépasse le plafond du plan d'aide, mais elle s'arrête à la ligne 2 :

${code(f`Sub VerifierPlafonds()
    Dim ws As Worksheet, i As Long, derniere As Long
    Set ws = ThisWorkbook.Sheets("Factures")
    derniere = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For i = 2 To derniere
        If ws.Cells(i, "E").Value > ws.Cells(i, "F").Value Then
            ws.Cells(i, "G").Value = "DÉPASSEMENT"
            ws.Rows(i).Interior.Color = RGB(255, 220, 220)
        Else
            Exit For
        End If
    Next i
End Sub`)}`),

  rec('code_ps_pl', f`Skrypt ma zebrać podpisane umowy prezenterów z SharePointa do jednego folderu, ale kopiuje też szkice:

${code(f`$zrodlo = "\\\\fs-tv01\\umowy\\2025"
$cel = "D:\\Archiwum\\Umowy_podpisane"
Get-ChildItem -Path $zrodlo -Recurse -Filter *.pdf |
    Where-Object { $_.Name -like "*podpis*" -or $_.LastWriteTime -gt (Get-Date).AddDays(-30) } |
    ForEach-Object {
        Copy-Item $_.FullName -Destination $cel -Force
        Write-Host "Skopiowano: $($_.Name)"
    }`)}`),

  rec('code_tsx_ar', f`المكوّن هذا يعرض قائمة المستفيدين، بس أرقام الجوال لازم تنعرض مخفية إلا آخر رقمين. ممكن تصلحه؟

${code(f`type Beneficiary = { id: string; name: string; phone: string; amount: number };

export function BeneficiaryTable({ rows }: { rows: Beneficiary[] }) {
  return (
    <table dir="rtl">
      <thead>
        <tr><th>الاسم</th><th>الجوال</th><th>المبلغ</th></tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.name}</td>
            <td>{r.phone}</td>
            <td>{r.amount.toLocaleString('ar')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}`)}`),

  rec('code_java_tr', f`Ödeme dosyasını oluştururken tutarlar bazen 0,01 eksik çıkıyor. Neden?

${code(f`public BigDecimal toplamHesapla(List<Odeme> odemeler) {
    double toplam = 0;
    for (Odeme o : odemeler) {
        // kur çevrimi: USD -> TRY
        toplam += o.getTutarUsd() * o.getKur();
    }
    return new BigDecimal(toplam).setScale(2, RoundingMode.DOWN);
}`)}`),

  rec('code_python_vi', f`Em vẽ wafer map bằng matplotlib nhưng màu các bin bị đảo. Anh xem giúp:

${code(f`import numpy as np
import matplotlib.pyplot as plt
from matplotlib.colors import ListedColormap

def ve_wafer(bins: np.ndarray, ten_lot: str) -> None:
    # bin 1 = pass (xanh), 2..8 = fail
    cmap = ListedColormap(["#2e7d32", "#f9a825", "#ef6c00", "#c62828", "#6a1b9a", "#283593", "#00838f", "#4e342e"])
    plt.imshow(np.ma.masked_equal(bins, 0), cmap=cmap, vmin=1, vmax=8)
    plt.title(f"Lot {ten_lot}")
    plt.axis("off")
    plt.savefig(f"{ten_lot}.png", dpi=200)`)}`),

  rec('diff_hu', f`Átnéznéd ezt a változtatást a kölcsönzési határidő számításában? Ünnepnapokat is ki kellene hagyni.

\`\`\`diff
${code(f`--- a/kolcsonzes/hatarido.py
+++ b/kolcsonzes/hatarido.py
@@ -12,9 +12,14 @@ def visszahozasi_hatarido(kezdet: date, napok: int) -> date:
-    return kezdet + timedelta(days=napok)
+    nap = kezdet
+    hatra = napok
+    while hatra > 0:
+        nap += timedelta(days=1)
+        if nap.weekday() < 6 and nap not in UNNEPNAPOK:
+            hatra -= 1
+    return nap`)}
\`\`\``),
];
