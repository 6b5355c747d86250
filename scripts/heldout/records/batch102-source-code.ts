/**
 * Held-out batch 102: pasted source code from a ferry booking system, sleep-study scoring, expat
 * tax tools, an indie game's community tooling, a cement lab's test processing and a zoo. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

export const BATCH102_SOURCE_CODE: DraftRecord[] = [
  rec('python_en', f`This function that allocates car-deck lanes gives overlapping vehicles sometimes. What's wrong?

\`\`\`python
${v('source_code.snippet', `def allocate_lanes(vehicles, lanes, lane_length_m=120.0):
    """Greedy first-fit by length, longest vehicles first."""
    used = {lane: 0.0 for lane in lanes}
    plan = {}
    for veh in sorted(vehicles, key=lambda x: x.length_m, reverse=True):
        for lane in lanes:
            if used[lane] + veh.length_m <= lane_length_m:
                plan[veh.reg] = (lane, used[lane])
                used[lane] += veh.length_m
                break
        else:
            plan[veh.reg] = None  # standby list
    return plan`)}
\`\`\`
Gap between vehicles should be 0.5 m.`),

  rec('ts_de', f`Warum liefert dieser Hook beim Wechsel der Abfahrtszeit veraltete Kapazitäten?

${v('source_code.snippet', `export function useSailingCapacity(sailingId: string) {
  const [capacity, setCapacity] = useState<Capacity | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch(\`/api/sailings/\${sailingId}/capacity\`)
      .then((r) => r.json())
      .then((c: Capacity) => setCapacity(c));
    return () => {
      cancelled = true;
    };
  }, []);
  return capacity;
}`)}`),

  rec('python_sleep_ahi', f`Peux-tu vérifier mon calcul d'IAH (index d'apnées-hypopnées) ? Les résultats semblent trop bas.

${v('source_code.snippet', `import pandas as pd

def compute_ahi(events: pd.DataFrame, total_sleep_time_min: float) -> float:
    scored = events[(events["type"].isin(["OA", "CA", "MA", "H"])) & (events["duration_s"] >= 10)]
    hypopneas = scored[(scored["type"] == "H") & (scored["desat_pct"] >= 3)]
    apneas = scored[scored["type"] != "H"]
    n = len(apneas) + len(hypopneas)
    return round(n / total_sleep_time_min, 1)`)}

Le TST est en minutes dans notre export.`),

  rec('r_cement_it', f`Ciao, questo script R calcola la resistenza a compressione media a 28 giorni per lotto, ma i risultati non tornano con il foglio Excel:

${v('source_code.snippet', `library(dplyr)
prove <- read.csv("prove_cls_2024.csv", sep = ";", dec = ",")
risultati <- prove %>%
  filter(eta_giorni == 28) %>%
  group_by(lotto, tipo_cemento) %>%
  summarise(
    n = n(),
    media_mpa = mean(carico_kn * 1000 / (40 * 40)),
    sd_mpa = sd(carico_kn * 1000 / (40 * 40))
  ) %>%
  arrange(desc(media_mpa))
print(risultati)`)}`),

  rec('sql_zoo_nl', f`Deze query voor verlopen lidmaatschappen is traag (2 min). Hoe kan ik hem versnellen?

${v('source_code.snippet', `SELECT m.lid_id, m.achternaam, m.email, a.einddatum
FROM leden m
JOIN abonnementen a ON a.lid_id = m.lid_id
WHERE YEAR(a.einddatum) = 2024
  AND MONTH(a.einddatum) = 12
  AND m.lid_id NOT IN (SELECT lid_id FROM verlengingen WHERE jaar = 2025)
ORDER BY a.einddatum;`)}`),

  rec('gdscript_en', f`Our Godot 4 game crashes when a player opens the community-events panel while offline. Here's the script:

${v('source_code.snippet', `extends Control

@onready var list: ItemList = $EventsList
var http := HTTPRequest.new()

func _ready() -> void:
	add_child(http)
	http.request_completed.connect(_on_done)
	http.request("https://events.lanternfish.example/api/v1/current")

func _on_done(result: int, code: int, _h: PackedStringArray, body: PackedByteArray) -> void:
	var data = JSON.parse_string(body.get_string_from_utf8())
	for ev in data["events"]:
		list.add_item(ev["title"])`)}`),

  rec('csharp_es', f`Hola, en Unity este script de moderación de chat bloquea palabras pero también bloquea "Scunthorpe". ¿Cómo lo arreglo?

${v('source_code.snippet', `public static class ChatFilter
{
    private static readonly string[] Banned = { "idiot", "noob", "cheat" };

    public static string Clean(string msg)
    {
        foreach (var w in Banned)
        {
            msg = msg.Replace(w, new string('*', w.Length), StringComparison.OrdinalIgnoreCase);
        }
        return msg;
    }
}`)}`),

  rec('go_ferry', f`Mình viết service Go tính giá vé phà theo mùa, nhưng giá cuối tuần không áp dụng. Lỗi ở đâu?

${v('source_code.snippet', `func Fare(base float64, d time.Time, vehicle bool) float64 {
	price := base
	if d.Month() >= time.June && d.Month() <= time.August {
		price *= 1.25
	}
	if d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		price = base * 1.10
	}
	if vehicle {
		price += 18.50
	}
	return math.Round(price*100) / 100
}`)}`),

  rec('java_tax', f`Czy ta metoda dobrze liczy liczbę dni rezydencji podatkowej (test 183 dni)?

${v('source_code.snippet', `public long daysInCountry(List<Stay> stays, String country, int year) {
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    return stays.stream()
        .filter(s -> s.country().equals(country))
        .mapToLong(s -> {
            LocalDate from = s.arrival().isBefore(start) ? start : s.arrival();
            LocalDate to = s.departure().isAfter(end) ? end : s.departure();
            return ChronoUnit.DAYS.between(from, to);
        })
        .sum();
}`)}

Klient twierdzi, że był 184 dni, a program pokazuje 181.`),

  rec('rust_lab', f`Hei, denne Rust-funksjonen skal lese vekter fra laboratorievekta via seriell port, men den henger av og til:

${v('source_code.snippet', `fn read_weight(port: &mut dyn SerialPort) -> io::Result<f64> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        port.read_exact(&mut byte)?;
        if byte[0] == b'\\n' { break; }
        buf.push(byte[0]);
    }
    let s = String::from_utf8_lossy(&buf);
    let grams: f64 = s.trim().trim_end_matches(" g").parse().map_err(|_| io::ErrorKind::InvalidData)?;
    Ok(grams)
}`)}`),

  rec('kotlin_zoo', f`Kotlin-kod för djurparkens app: biljettskanningen dubbelräknar besökare. Ser du varför?

${v('source_code.snippet', `class GateScanner(private val repo: TicketRepo) {
    private val seen = mutableSetOf<String>()

    suspend fun onScan(code: String): ScanResult {
        val ticket = repo.find(code) ?: return ScanResult.Invalid
        if (ticket.usedAt != null) return ScanResult.AlreadyUsed
        repo.markUsed(code, Instant.now())
        seen.add(code)
        return ScanResult.Ok(ticket.visitors)
    }
}`)}`),

  rec('swift_ja', f`睡眠アプリ（CPAP使用時間記録）のSwiftコードです。日付が1日ずれます。

${v('source_code.snippet', `func nightKey(for date: Date) -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.timeZone = TimeZone(identifier: "UTC")
    let shifted = Calendar.current.date(byAdding: .hour, value: -12, to: date)!
    return formatter.string(from: shifted)
}`)}`),

  rec('php_ro', f`Scriptul PHP pentru formularul de adopție virtuală a animalelor trimite e-mailul de două ori. De ce?

${v('source_code.snippet', `<?php
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $animal = htmlspecialchars($_POST['animal'] ?? '');
    $suma = (float) ($_POST['suma'] ?? 0);
    if ($suma < 50) {
        die('Suma minimă este 50 lei');
    }
    trimiteConfirmare($_POST['email'], $animal, $suma);
    header('Location: /multumim');
}
trimiteConfirmare($_POST['email'] ?? '', $animal ?? '', $suma ?? 0);`)}`),

  rec('bash_script_pt', f`Este script de backup dos ensaios do laboratório apaga ficheiros que não devia. Pode rever?

${v('source_code.snippet', `#!/usr/bin/env bash
set -u
SRC=/srv/lab/ensaios
DEST=/mnt/nas/backup_lab
DIAS=\${1:-30}

rsync -a "$SRC/" "$DEST/$(date +%F)/"
find $DEST -maxdepth 1 -type d -mtime +$DIAS -exec rm -rf {} \\;
echo "backup ok: $(du -sh $DEST | cut -f1)"`)}`),

  rec('js_discord_bot', f`Bot komunitas kami membalas dua kali untuk setiap perintah !patch. Kenapa ya?

${v('source_code.snippet', `const { Client, GatewayIntentBits } = require('discord.js');
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });

client.on('messageCreate', async (msg) => {
  if (msg.content === '!patch') {
    await msg.reply('Patch terbaru: 1.4.2 — perbaikan crash di level Reef');
  }
});
client.on('messageCreate', logMessage);
client.on('ready', () => console.log('online'));
client.login(process.env.BOT_TOKEN);`)}`),

  rec('python_secret_in_code_tr', f`Bu Flask uygulamasında oturumlar neden her yeniden başlatmada düşüyor?

${v('source_code.snippet', f`import os
from flask import Flask, session

app = Flask(__name__)
app.secret_key = os.urandom(24)
app.config["SQLALCHEMY_DATABASE_URI"] = "mysql://zoo_uyelik:${v('credential.database_url_password', 'Zurafa_Ist_42')}@${amb('pii.ip_address', '10.0.4.7')}/uyelik"

@app.route("/giris", methods=["POST"])
def giris():
    session["uye_id"] = dogrula()
    return "ok"`)}`),

  rec('cpp_lab', f`Этот код на C++ читает данные с пресса для испытаний на сжатие и иногда выдаёт отрицательную нагрузку:

${v('source_code.snippet', `double loadKN(uint16_t raw, double gain, double offset) {
    int16_t signedRaw = static_cast<int16_t>(raw);
    double volts = signedRaw * 10.0 / 32768.0;
    return (volts - offset) * gain;
}`)}

Датчик 0–10 В, АЦП 16 бит без знака.`),

  rec('diff_ferry', f`Review this diff before I merge? It changes how we round child fares.

${v('source_code.snippet', `--- a/pricing/fares.py
+++ b/pricing/fares.py
@@ -41,9 +41,10 @@ def passenger_fare(route, age, date):
     base = route.adult_fare
     if age < 5:
         return Decimal("0.00")
-    if age < 16:
-        base = base * Decimal("0.5")
+    if age < 16:
+        base = (base * Decimal("0.5")).quantize(Decimal("0.05"), rounding=ROUND_HALF_UP)
     if is_peak(date):
         base += route.peak_supplement
     return base`)}`),

  rec('lua_game', f`Tämä Lua-skripti (modien tuki) kaataa pelin, kun pelaaja lataa tyhjän tallennuksen:

${v('source_code.snippet', `local Save = {}

function Save.load(path)
  local f = io.open(path, "r")
  local data = json.decode(f:read("*a"))
  f:close()
  return data.player.inventory
end

return Save`)}`),

  rec('vba_excel_lab', f`Hola, esta macro de Excel del laboratorio calcula la finura Blaine pero da #¡VALOR! en algunas filas:

${v('source_code.snippet', `Function Blaine(K As Double, t As Double, e As Double, rho As Double) As Double
    Dim num As Double
    num = K * Sqr(e ^ 3) * Sqr(t)
    Blaine = num / (rho * (1 - e))
End Function`)}`),
];
