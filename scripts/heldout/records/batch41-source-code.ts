/**
 * Held-out batch 41: pasted source code from met-service scientists, ticketing developers, the web
 * shop, the dispensary app and catering back office, with comments in the staff's languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH41_SOURCE_CODE: DraftRecord[] = [
  rec('code_fortran', f`This subroutine in our old post-processing gives NaN for dew point below -40. Can you see why?

      ${code(f`SUBROUTINE DEWPT(T, RH, TD, N)
      INTEGER N, I
      REAL T(N), RH(N), TD(N)
      REAL A, B, GAM
      PARAMETER (A = 17.27, B = 237.7)
      DO 10 I = 1, N
         GAM = (A * T(I)) / (B + T(I)) + LOG(RH(I) / 100.0)
         TD(I) = (B * GAM) / (A - GAM)
   10 CONTINUE
      RETURN
      END`)}`),

  rec('code_python', f`\`\`\`python
${code(f`import xarray as xr
import numpy as np

# Leiðrétting á hitaspá fyrir hæð stöðvar (lapse rate 6.5 K/km)
def hæðarleiðrétting(ds: xr.Dataset, stöðvarhæð: np.ndarray) -> xr.Dataset:
    dz = stöðvarhæð - ds["orography"]
    ds["t2m_corr"] = ds["t2m"] - 0.0065 * dz
    return ds

spá = xr.open_dataset("harmonie_2024110800.grib2", engine="cfgrib")
spá = hæðarleiðrétting(spá, np.load("station_heights.npy"))`)}
\`\`\`
Af hverju fæ ég "conflicting sizes for dimension" villu?`),

  rec('code_sql', f`Queremos el top 10 de rutas con más validaciones por hora punta, pero la consulta tarda 40 s:

${code(f`SELECT r.codigo_ruta,
       date_trunc('hour', v.validado_en) AS hora,
       count(*) AS validaciones
FROM validaciones v
JOIN viajes vi ON vi.id = v.viaje_id
JOIN rutas r ON r.id = vi.ruta_id
WHERE v.validado_en >= now() - interval '30 days'
  AND extract(hour FROM v.validado_en) IN (7, 8, 17, 18)
GROUP BY r.codigo_ruta, hora
ORDER BY validaciones DESC
LIMIT 10;`)}

¿Qué índice me recomiendas?`),

  rec('code_kotlin', f`${code(f`class TicketValidator(private val clock: Clock, private val store: TicketStore) {

    fun validate(qr: String): Result<Ticket> = runCatching {
        val ticket = store.byRef(QrCodec.decode(qr).ref) ?: error("ukjend billett")
        check(ticket.validUntil.isAfter(clock.instant())) { "billetten har gått ut" }
        check(ticket.zones.contains(currentZone())) { "feil sone" }
        ticket
    }
}`)}

Kan du skrive einingstestar for dette med ein fast Clock?`),

  rec('code_go', f`${code(f`func fetchObservations(ctx context.Context, stationID string) ([]Observation, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"/obs/"+stationID, nil)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("station %s: %w", stationID, err)
	}
	defer resp.Body.Close()
	var out []Observation
	return out, json.NewDecoder(resp.Body).Decode(&out)
}`)}

ana timeout kwenye vituo vya mbali. Nawezaje kuongeza retry na backoff bila kuvunja context?`),

  rec('code_rust', f`Borrow checker says "cannot borrow \`self.pieces\` as mutable more than once" in our move generator:

\`\`\`rust
${code(f`impl Board {
    pub fn apply(&mut self, mv: Move) {
        let piece = self.pieces.get_mut(&mv.from).unwrap();
        if let Some(captured) = self.pieces.get_mut(&mv.to) {
            captured.alive = false;
        }
        piece.square = mv.to;
    }
}`)}
\`\`\``),

  rec('code_php', f`${code(f`add_filter('woocommerce_package_rates', function ($rates, $package) {
    $gewicht = WC()->cart->get_cart_contents_weight();
    foreach ($rates as $id => $rate) {
        // schaakborden boven 8 kg alleen via pakketdienst, geen brievenbus
        if ($gewicht > 8 && str_contains($id, 'bpost_mailbox')) {
            unset($rates[$id]);
        }
    }
    return $rates;
}, 10, 2);`)}

Werkt niet meer na de update naar WooCommerce 9, wat is er veranderd?`),

  rec('code_dart', f`${code(f`class DoseTracker extends ChangeNotifier {
  final List<DoseEntry> _entries = [];

  void log(double mg, String product) {
    _entries.add(DoseEntry(mg: mg, product: product, at: DateTime.now()));
    notifyListeners();
  }

  double totalLast24h() => _entries
      .where((e) => e.at.isAfter(DateTime.now().subtract(const Duration(hours: 24))))
      .fold(0.0, (sum, e) => sum + e.mg);
}`)}

Flutter app for patients, how do I persist this with Hive so it survives restarts?`),

  rec('code_vba', f`This macro builds the weekly galley order from the menu plan but it's super slow on 3000 rows:

${code(f`Sub BuildOrder()
    Dim ws As Worksheet, r As Long, item As String
    Set ws = Sheets("MenuPlan")
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        item = ws.Cells(r, 3).Value
        Sheets("Order").Range("A:A").Find(item).Offset(0, 2).Value = _
            Sheets("Order").Range("A:A").Find(item).Offset(0, 2).Value + ws.Cells(r, 5).Value * ws.Cells(r, 6).Value
    Next r
End Sub`)}`),

  rec('code_ts', f`${code(f`export function parseFen(fen: string): Position {
  const [placement, side, castling, ep, half, full] = fen.trim().split(/\\s+/);
  const board: (Piece | null)[] = [];
  for (const ch of placement) {
    if (ch === '/') continue;
    if (/\\d/.test(ch)) board.push(...Array(Number(ch)).fill(null));
    else board.push(pieceFromChar(ch));
  }
  if (board.length !== 64) throw new Error(\`bad FEN: \${board.length} squares\`);
  return { board, side: side as 'w' | 'b', castling, ep, half: +half, full: +full };
}`)}

Δέχεται λάθος FEN χωρίς να πετάει σφάλμα σε κάποιες περιπτώσεις, π.χ. 9 κομμάτια σε μια γραμμή. Πώς το διορθώνω;`),

  rec('code_r', f`${code(f`library(dplyr)
library(lubridate)

# Tamil: மாதாந்திர மழை அளவு — monthly rainfall per district
mazhai <- obs %>%
  filter(parameter == "RR24", !is.na(value)) %>%
  mutate(month = floor_date(date, "month")) %>%
  group_by(district, month) %>%
  summarise(total_mm = sum(value), days = n(), .groups = "drop") %>%
  filter(days >= 25)`)}

Northeast monsoon months are missing for Nagapattinam, why would the filter drop them?`),

  rec('code_java', f`${code(f`@Scheduled(cron = "0 */5 * * * *")
public void syncFareTables() {
    List<FareTable> remote = fareClient.fetchAll();
    for (FareTable t : remote) {
        fareRepository.findByZoneAndValidFrom(t.getZone(), t.getValidFrom())
            .ifPresentOrElse(existing -> existing.update(t), () -> fareRepository.save(t));
    }
    log.info("Synced {} fare tables", remote.size());
}`)}

Bu metodu iki pod aynı anda çalıştırınca duplicate key hatası alıyoruz. ShedLock mu kullanmalıyım?`),

  rec('code_swift', f`${code(f`struct StockView: View {
    @StateObject var vm = StockViewModel()
    var body: some View {
        List(vm.items) { item in
            HStack {
                Text(item.name)
                Spacer()
                Text("\\(item.qty) \\(item.unit)")
                    .foregroundColor(item.qty < item.reorderLevel ? .red : .primary)
            }
        }
        .task { await vm.load(rig: "CLAIR-RIDGE") }
    }
}`)}

the list flickers every time the rig wifi drops and reconnects, how do I keep the last data?`),

  rec('code_bash', f`${code(f`#!/bin/bash
# hent siste GRIB-filer frå ECMWF-spegelen og pakk ut
set -euo pipefail
DATO=$(date -u +%Y%m%d)
for t in 00 06 12 18; do
  wget -q "https://mirror.nms.internal/ecmwf/\${DATO}\${t}/ens_\${DATO}\${t}.grib2" -O "/data/ens/\${DATO}\${t}.grib2" || echo "manglar \${t}"
done
find /data/ens -name '*.grib2' -mtime +7 -delete`)}

Skriptet stoppar ved første manglande fil sjølv om eg har || echo. Kvifor?`),

  rec('code_csharp', f`${code(f`public async Task<IActionResult> Upload(IFormFile transcript, int applicantId)
{
    if (transcript.Length > 10 * 1024 * 1024) return BadRequest("Fișierul depășește 10 MB");
    var path = Path.Combine(_root, applicantId.ToString(), transcript.FileName);
    await using var fs = System.IO.File.Create(path);
    await transcript.CopyToAsync(fs);
    return Ok();
}`)}

Colegul spune că e o vulnerabilitate de path traversal aici. Are dreptate? Cum repar?`),

  rec('code_js', f`${code(f`document.querySelectorAll('.eta').forEach(async (el) => {
  const stop = el.dataset.stop;
  const res = await fetch(\`/api/sanntid/\${stop}\`);
  const { departures } = await res.json();
  el.textContent = departures.slice(0, 3).map(d => \`\${d.line} \${d.minutes} min\`).join(' · ');
});`)}

Sanntidsskjermen på Festplassen viser "undefined min" innimellom. Korleis handterer eg når minutes manglar?`),

  rec('code_python', f`Napisałem generator turniejów szwajcarskich, ale czasem paruje tych samych graczy dwa razy:

${code(f`def pair_round(players, history):
    players = sorted(players, key=lambda p: (-p.score, -p.rating))
    pairs, used = [], set()
    for i, a in enumerate(players):
        if a.id in used:
            continue
        for b in players[i + 1:]:
            if b.id not in used and (a.id, b.id) not in history:
                pairs.append((a, b))
                used |= {a.id, b.id}
                break
    return pairs`)}`),

  rec('code_sql', f`${code(f`CREATE OR REPLACE VIEW v_stock_rotacao AS
SELECT p.sku,
       p.nome,
       SUM(CASE WHEN m.tipo = 'SAIDA' THEN m.quantidade ELSE 0 END) AS saidas_30d,
       MAX(l.validade) AS validade_lote
FROM produtos p
LEFT JOIN movimentos m ON m.sku = p.sku AND m.data >= CURRENT_DATE - 30
LEFT JOIN lotes l ON l.sku = p.sku
GROUP BY p.sku, p.nome;`)}

A validade_lote está errada quando há mais de um lote, queremos o lote mais antigo ainda em stock.`),
];
