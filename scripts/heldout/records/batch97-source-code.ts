/**
 * Held-out batch 97: pasted source code from the fleet, care agency, brokerage, game studio,
 * steel mill and transit office, with prose in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH97_SOURCE_CODE: DraftRecord[] = [
  rec('python_no', f`Kan du forklare hvorfor denne funksjonen gir feil snittpris per kilo når det er null kilo i en linje?

\`\`\`python
${code(f`def snittpris(linjer):
    total_kr = sum(l["belop"] for l in linjer)
    total_kg = sum(l["kg"] for l in linjer)
    return round(total_kr / total_kg, 2)

auksjon = [
    {"art": "torsk", "kg": 1200, "belop": 58800},
    {"art": "hyse", "kg": 0, "belop": 0},
]
print(snittpris(auksjon))`)}
\`\`\``),

  rec('sql_is', f`Þessi fyrirspurn er of hæg á uppboðsgagnagrunninum, geturðu bætt hana?

${code(f`SELECT b.nafn, t.heiti, SUM(s.kg) AS kg, AVG(s.verd_kr / NULLIF(s.kg, 0)) AS medalverd
FROM solur s
JOIN batar b ON b.id = s.batur_id
JOIN tegundir t ON t.id = s.tegund_id
WHERE s.dagsetning >= CURRENT_DATE - INTERVAL '30 days'
GROUP BY b.nafn, t.heiti
ORDER BY kg DESC;`)}`),

  rec('csharp_da', f`Vores auktionsur tæller forkert ned, når to bud kommer samtidig:

\`\`\`csharp
${code(f`public class Auktionsur
{
    private decimal _pris;
    private readonly object _laas = new();

    public bool ModtagBud(string koeber, decimal pris)
    {
        if (pris >= _pris) return false;
        _pris = pris;
        BudModtaget?.Invoke(koeber, pris);
        return true;
    }

    public event Action<string, decimal>? BudModtaget;
}`)}
\`\`\`

Hvor skal låsen bruges?`),

  rec('kotlin_de', f`Die App für die Pflegekräfte stürzt ab, wenn die Besuchsliste leer ist:

\`\`\`kotlin
${code(f`fun naechsterBesuch(besuche: List<Besuch>): Besuch {
    return besuche
        .filter { it.start.isAfter(LocalDateTime.now()) }
        .minByOrNull { it.start }!!
}

data class Besuch(val klientId: Int, val start: LocalDateTime, val aufgaben: List<String>)`)}
\`\`\``),

  rec('swift_fr_qc', f`Le bouton « Visite terminée » reste gris dans l'app des préposées. Qu'est-ce qui cloche?

\`\`\`swift
${code(f`struct VisiteView: View {
    @State private var taches: [Tache] = []
    var body: some View {
        List(taches) { t in Toggle(t.nom, isOn: .constant(t.faite)) }
        Button("Visite terminée") { terminer() }
            .disabled(!taches.allSatisfy { $0.faite })
    }
    func terminer() { print("envoyé") }
}`)}
\`\`\``),

  rec('python_en_us', f`Compliance wants an alert when a rep trades the same ticker as a client within 15 minutes (front-running check). Does this logic miss anything?

\`\`\`python
${code(f`import pandas as pd

def front_running(trades: pd.DataFrame, window="15min") -> pd.DataFrame:
    trades = trades.sort_values("ts")
    emp = trades[trades.account_type == "employee"]
    cli = trades[trades.account_type == "client"]
    merged = pd.merge_asof(
        emp, cli, on="ts", by="ticker", direction="forward",
        tolerance=pd.Timedelta(window), suffixes=("_emp", "_cli"),
    )
    return merged.dropna(subset=["account_id_cli"])`)}
\`\`\``),

  rec('java_hi', f`यह ट्रेड-सर्विलांस क्लास NullPointerException देती है जब ऑर्डर में क्लाइंट कोड नहीं होता:

\`\`\`java
${code(f`public class WashTradeDetector {
    public boolean isWashTrade(Order buy, Order sell) {
        return buy.getClientCode().equals(sell.getClientCode())
            && buy.getSymbol().equals(sell.getSymbol())
            && Math.abs(buy.getTime() - sell.getTime()) < 60_000;
    }
}`)}
\`\`\``),

  rec('csharp_unity_ko', f`이벤트 보상 지급 코드인데 중복 지급이 가끔 발생합니다. 원인이 뭘까요?

\`\`\`csharp
${code(f`public async Task GrantEventReward(string playerId, string eventId)
{
    var claimed = await _db.HasClaimed(playerId, eventId);
    if (claimed) return;
    await _inventory.AddItem(playerId, "winter_chest", 1);
    await _db.MarkClaimed(playerId, eventId);
}`)}
\`\`\``),

  rec('lua_pt_br', f`Script do evento de Halloween no servidor, o drop rate tá errado:

${code(f`local DROP_TABLE = {
  { item = "abobora_lendaria", peso = 1 },
  { item = "doce_raro", peso = 10 },
  { item = "moeda", peso = 89 },
}

function sortear()
  local r = math.random(1, 100)
  local acc = 0
  for _, e in ipairs(DROP_TABLE) do
    acc = acc + e.peso
    if r < acc then return e.item end
  end
end`)}`),

  rec('go_tl', f`Paki-review po ng matchmaking code namin, minsan hindi patas ang teams:

\`\`\`go
${code(f`func balanceTeams(players []Player) ([]Player, []Player) {
	sort.Slice(players, func(i, j int) bool { return players[i].MMR > players[j].MMR })
	var a, b []Player
	for i, p := range players {
		if i%2 == 0 {
			a = append(a, p)
		} else {
			b = append(b, p)
		}
	}
	return a, b
}`)}
\`\`\``),

  rec('plc_st_de', f`SPS-Baustein für die Schmierpumpe am Walzgerüst 3 — Alarm kommt zu spät. Strukturierter Text:

${code(f`FUNCTION_BLOCK FB_Schmierung
VAR_INPUT
    Druck_bar : REAL;
    Pumpe_Ein : BOOL;
END_VAR
VAR_OUTPUT
    Alarm_Druck : BOOL;
END_VAR
VAR
    tVerz : TON;
END_VAR

tVerz(IN := Pumpe_Ein AND (Druck_bar < 2.5), PT := T#30S);
Alarm_Druck := tVerz.Q;
END_FUNCTION_BLOCK`)}

30 Sekunden sind zu lang, aber unter 5 s gibt es Fehlalarme beim Anlauf.`),

  rec('python_fi', f`Värähtelyanturin datasta pitäisi laskea RMS-arvo laakerivalvontaan:

\`\`\`python
${code(f`import numpy as np

def rms(signaali: np.ndarray, ikkuna: int = 1024) -> np.ndarray:
    n = len(signaali) // ikkuna
    lohkot = signaali[: n * ikkuna].reshape(n, ikkuna)
    return np.sqrt((lohkot ** 2).mean(axis=1))

def halytys(rms_arvot, raja=4.5):
    return np.where(rms_arvot > raja)[0]`)}
\`\`\`

Onko 4,5 mm/s järkevä raja ISO 10816 mukaan?`),

  rec('vba_pl', f`Makro w Excelu do planu przeglądów suwnic nie koloruje przeterminowanych wierszy:

${code(f`Sub KolorujPrzeglady()
    Dim i As Long
    For i = 2 To Cells(Rows.Count, 1).End(xlUp).Row
        If Cells(i, 4).Value < Date Then
            Rows(i).Interior.Color = RGB(255, 199, 206)
        End If
    Next i
End Sub`)}`),

  rec('ts_es_cl', f`Componente React para registrar objetos perdidos en el Metro, no se resetea el formulario:

\`\`\`tsx
${code(f`export function FormObjeto() {
  const [objeto, setObjeto] = useState({ tipo: '', linea: '', estacion: '' });

  async function guardar(e: React.FormEvent) {
    e.preventDefault();
    await fetch('/api/objetos', { method: 'POST', body: JSON.stringify(objeto) });
  }

  return (
    <form onSubmit={guardar}>
      <input value={objeto.tipo} onChange={(e) => setObjeto({ ...objeto, tipo: e.target.value })} />
      <button>Guardar</button>
    </form>
  );
}`)}
\`\`\``),

  rec('php_ro', f`Funcția de căutare a obiectelor pierdute returnează rezultate duplicate:

\`\`\`php
${code(f`function cautaObiecte(PDO $db, string $termen): array {
    $sql = "SELECT o.*, s.nume AS statie FROM obiecte o
            LEFT JOIN statii s ON s.linie = o.linie
            WHERE o.descriere LIKE :t";
    $st = $db->prepare($sql);
    $st->execute([':t' => "%$termen%"]);
    return $st->fetchAll(PDO::FETCH_ASSOC);
}`)}
\`\`\``),

  rec('bash_ru', f`Скрипт ротации логов валидаторов турникетов удаляет не те файлы:

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
LOG_DIR=/var/log/turnstile
find "$LOG_DIR" -name "*.log" -mtime +30 -exec gzip {} \\;
find "$LOG_DIR" -name "*.gz" -mtime +90 -delete
systemctl reload turnstile-agent`)}
\`\`\``),

  rec('rust_nl', f`Mijn Rust-parser voor VMS-posities van de kotters faalt op regels met een lege snelheid:

\`\`\`rust
${code(f`fn parse_positie(regel: &str) -> Result<Positie, ParseError> {
    let delen: Vec<&str> = regel.split(';').collect();
    Ok(Positie {
        schip: delen[0].to_string(),
        lat: delen[1].parse()?,
        lon: delen[2].parse()?,
        knopen: delen[3].parse()?,
    })
}`)}
\`\`\``),

  rec('diff_en_ie', f`Can you review this small diff on the visit-scheduler? We want to stop double-booking carers:

\`\`\`diff
${code(f`--- a/scheduler/assign.py
+++ b/scheduler/assign.py
@@ -41,7 +41,9 @@ def assign_carer(visit, carers):
     for c in carers:
-        if c.is_available(visit.start):
+        if c.is_available(visit.start, visit.end) and not c.overlaps(visit):
             c.book(visit)
             return c
+    log.warning("no carer for visit %s", visit.id)
     return None`)}
\`\`\``),

  rec('sql_tr', f`Kaçak yolcu cezalarının aylık özetini çıkaran sorgu yanlış toplam veriyor:

${code(f`SELECT DATE_TRUNC('month', kesim_tarihi) AS ay,
       hat_kodu,
       COUNT(*) AS ceza_adedi,
       SUM(tutar) AS toplam_tl
FROM cezalar
LEFT JOIN odemeler ON odemeler.ceza_id = cezalar.id
GROUP BY 1, 2
ORDER BY 1 DESC;`)}`),

  rec('js_ka', f`ეს ფუნქცია აბრუნებს თამაშის ლიდერბორდს, მაგრამ ერთნაირი ქულების შემთხვევაში რიგი იცვლება:

\`\`\`js
${code(f`function leaderboard(players) {
  return players
    .sort((a, b) => b.score - a.score)
    .slice(0, 100)
    .map((p, i) => ({ rank: i + 1, name: p.name, score: p.score }));
}`)}
\`\`\``),
];
