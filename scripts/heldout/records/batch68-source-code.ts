/**
 * Held-out batch 68: pasted source code from the six organisations (cold-chain telemetry, ramp
 * apps, live-ops tooling, rental pricing, portfolio maths, clinic scheduling), with comments and
 * questions in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH68_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_fi', f`Laskeeko tämä funktio retkahduksen (excursion) keston oikein, jos loggeri lähettää mittauksia epäsäännöllisesti? Epäilen, että viimeinen jakso jää laskematta.

\`\`\`python
${code(f`from datetime import timedelta

RAJA_MIN, RAJA_MAX = 2.0, 8.0

def retkahdukset(mittaukset):
    """Palauttaa listan (alku, loppu, kesto) jaksoista, joissa lämpötila oli rajojen ulkopuolella."""
    jaksot, alku = [], None
    for aika, temp in sorted(mittaukset):
        ulkona = temp < RAJA_MIN or temp > RAJA_MAX
        if ulkona and alku is None:
            alku = aika
        elif not ulkona and alku is not None:
            jaksot.append((alku, aika, aika - alku))
            alku = None
    return [j for j in jaksot if j[2] >= timedelta(minutes=15)]`)}
\`\`\``),

  rec('code_sql_es', f`Esta consulta para la ocupación de flota por sucursal tarda 40 segundos. ¿Qué índice me falta?

${code(f`SELECT s.codigo AS sucursal,
       date_trunc('week', r.fecha_recogida) AS semana,
       count(DISTINCT r.vehiculo_id) AS vehiculos_usados,
       round(100.0 * sum(r.dias) / (count(DISTINCT v.id) * 7), 1) AS ocupacion_pct
FROM reservas r
JOIN vehiculos v ON v.sucursal_id = r.sucursal_id
JOIN sucursales s ON s.id = r.sucursal_id
WHERE r.estado IN ('cerrada', 'en_curso')
  AND r.fecha_recogida >= now() - interval '12 weeks'
GROUP BY 1, 2
ORDER BY 1, 2;`)}`),

  rec('code_kotlin_pl', f`Timer turnaroundu w aplikacji na tablety rampowe resetuje się po obrocie ekranu. Jak to naprawić?

\`\`\`kotlin
${code(f`class TurnaroundViewModel : ViewModel() {
    private val _elapsed = MutableStateFlow(Duration.ZERO)
    val elapsed: StateFlow<Duration> = _elapsed

    private var job: Job? = null

    fun start(onBlocks: Instant) {
        job?.cancel()
        job = viewModelScope.launch {
            while (isActive) {
                _elapsed.value = Duration.between(onBlocks, Instant.now())
                delay(1_000)
            }
        }
    }
}

@Composable
fun TurnaroundScreen() {
    val vm = TurnaroundViewModel() // TODO: dlaczego to się tworzy od nowa?
    val t by vm.elapsed.collectAsState()
    Text("Czas od on-blocks: \${t.toMinutes()} min")
}`)}
\`\`\``),

  rec('code_csharp_ro', f`${code(f`// Planificator evenimente live – pornește evenimentul la ora serverului, nu a clientului
public sealed class LiveEventScheduler
{
    private readonly IClock _clock;
    private readonly IEventRepository _events;

    public LiveEventScheduler(IClock clock, IEventRepository events)
    {
        _clock = clock;
        _events = events;
    }

    public IReadOnlyList<LiveEvent> ActiveNow(string region)
    {
        var now = _clock.UtcNow;
        return _events.ForRegion(region)
            .Where(e => e.StartUtc <= now && now < e.EndUtc)
            .OrderBy(e => e.Priority)
            .ToList();
    }
}`)}

De ce evenimentul de iarnă apare cu o oră mai devreme în Brazilia? Serverul e pe UTC.`),

  rec('code_go_uk', f`Сервіс приймає телеметрію з рефрижераторів по MQTT. Під навантаженням губляться повідомлення. Де проблема?

${code(f`func (s *Ingest) onMessage(_ mqtt.Client, m mqtt.Message) {
	var r Reading
	if err := json.Unmarshal(m.Payload(), &r); err != nil {
		s.log.Warn("поганий payload", "topic", m.Topic(), "err", err)
		return
	}
	select {
	case s.buf <- r:
	default:
		s.dropped.Add(1) // буфер переповнений
	}
}

func (s *Ingest) writer(ctx context.Context) {
	batch := make([]Reading, 0, 500)
	tick := time.NewTicker(2 * time.Second)
	for {
		select {
		case r := <-s.buf:
			batch = append(batch, r)
		case <-tick.C:
			if len(batch) > 0 {
				_ = s.db.InsertReadings(ctx, batch)
				batch = batch[:0]
			}
		case <-ctx.Done():
			return
		}
	}
}`)}`),

  rec('code_rust_cs', f`Máme rate limiter pro chat v lobby. Borrow checker si stěžuje na \`entry\`, nevím proč.

\`\`\`rust
${code(f`use std::collections::HashMap;
use std::time::{Duration, Instant};

pub struct ChatLimiter {
    okno: Duration,
    max_zprav: usize,
    historie: HashMap<u64, Vec<Instant>>,
}

impl ChatLimiter {
    pub fn povol(&mut self, hrac: u64) -> bool {
        let ted = Instant::now();
        let entry = self.historie.entry(hrac).or_default();
        entry.retain(|t| ted.duration_since(*t) < self.okno);
        if entry.len() >= self.max_zprav {
            return false;
        }
        entry.push(ted);
        true
    }
}`)}
\`\`\``),

  rec('code_r_da', f`Kan du forklare, hvorfor modellen giver en advarsel om "boundary (singular) fit"? Det er anonymiserede PHQ-9-scorer fra vores ambulatorier.

${code(f`library(lme4)
library(dplyr)

d <- read.csv("phq9_anonym.csv") |>
  mutate(uge = as.numeric(difftime(dato, startdato, units = "weeks")))

m <- lmer(phq9 ~ uge * behandling + (1 + uge | klinik/patient_id), data = d)
summary(m)

# forventet fald pr. uge i hver behandlingsarm
emmeans::emtrends(m, ~ behandling, var = "uge")`)}`),

  rec('code_ts_nl', f`Prijsberekening voor huurauto's: bij een huur van precies 7 dagen krijgt de klant geen weekkorting. Waarom niet?

\`\`\`ts
${code(f`type Tarief = { dag: number; week: number };

export function huurprijs(tarief: Tarief, ophalen: Date, inleveren: Date): number {
  const ms = inleveren.getTime() - ophalen.getTime();
  const dagen = Math.ceil(ms / 86_400_000);
  if (dagen > 7) {
    const weken = Math.floor(dagen / 7);
    return weken * tarief.week + (dagen % 7) * tarief.dag;
  }
  return dagen * tarief.dag;
}`)}
\`\`\``),

  rec('code_java_it', f`${code(f`/**
 * Ribilanciamento: calcola gli ordini per riportare il portafoglio ai pesi target.
 */
public List<Ordine> ribilancia(Portafoglio p, Map<String, BigDecimal> pesiTarget) {
    BigDecimal totale = p.valoreTotale();
    List<Ordine> ordini = new ArrayList<>();
    for (var e : pesiTarget.entrySet()) {
        BigDecimal attuale = p.valorePosizione(e.getKey());
        BigDecimal target = totale.multiply(e.getValue());
        BigDecimal delta = target.subtract(attuale);
        if (delta.abs().compareTo(SOGLIA_MINIMA) > 0) {
            ordini.add(new Ordine(e.getKey(), delta.signum() > 0 ? Lato.ACQUISTO : Lato.VENDITA, delta.abs()));
        }
    }
    return ordini;
}`)}

Il cliente ha 0,3% di liquidità residua dopo ogni ribilanciamento. È un problema di arrotondamento di BigDecimal?`),

  rec('code_bash_hu', f`Ez a script éjszakánként archiválja a rendelő dokumentumszerverének naplóit. Miért nem törli a 90 napnál régebbieket?

${code(f`#!/usr/bin/env bash
set -euo pipefail

FORRAS="/var/log/docsrv"
CEL="/mnt/archiv/docsrv/$(date +%Y/%m)"
mkdir -p "$CEL"

find "$FORRAS" -name '*.log' -mtime +1 -print0 | while IFS= read -r -d '' f; do
  gzip -c "$f" > "$CEL/$(basename "$f").gz" && rm -- "$f"
done

# 90 napnál régebbi archívumok törlése
find /mnt/archiv/docsrv -name '*.gz' -mtime 90 -delete`)}`),

  rec('code_php_tr', f`Şube sitesinde müsait araç listesi bazen aynı aracı iki kez gösteriyor:

\`\`\`php
${code(f`<?php
function musaitAraclar(PDO $db, int $subeId, string $baslangic, string $bitis): array {
    $sql = "SELECT a.id, a.plaka, a.model, k.baslangic
            FROM araclar a
            LEFT JOIN kiralamalar k ON k.arac_id = a.id
            WHERE a.sube_id = :sube
              AND (k.id IS NULL OR k.bitis < :bas OR k.baslangic > :bit)";
    $st = $db->prepare($sql);
    $st->execute(['sube' => $subeId, 'bas' => $baslangic, 'bit' => $bitis]);
    return $st->fetchAll(PDO::FETCH_ASSOC);
}`)}
\`\`\``),

  rec('code_swift_sv', f`Streckkodsläsaren i bagageappen läser samma bagagetagg flera gånger. Hur debouncar jag den?

${code(f`func metadataOutput(_ output: AVCaptureMetadataOutput,
                    didOutput objects: [AVMetadataObject],
                    from connection: AVCaptureConnection) {
    guard let kod = objects.first as? AVMetadataMachineReadableCodeObject,
          let varde = kod.stringValue else { return }
    // Bagagetaggen är 10 siffror (IATA licence plate)
    guard varde.count == 10, varde.allSatisfy(\\.isNumber) else { return }
    DispatchQueue.main.async {
        self.delegate?.didScan(tag: varde)
        AudioServicesPlaySystemSound(1057)
    }
}`)}`),

  rec('code_lua_ru', f`Скрипт ивента: награды должны выдаваться один раз за день, но игроки получают их при каждом перезаходе.

\`\`\`lua
${code(f`local Rewards = {}

function Rewards.onLogin(player)
  local today = os.date("!%Y-%m-%d")
  local last = player:getData("winterfest_last_claim")
  if last ~= today then
    player:giveItem("snowflake_token", 3)
    player:setData("winterfest_last_claim", today)
  end
end

function Rewards.onLogout(player)
  player:save() -- сохраняем только при выходе
end

return Rewards`)}
\`\`\``),

  rec('code_vba_el', f`Η μακροεντολή για το μηνιαίο report χαρτοφυλακίων κολλάει όταν ένα φύλλο είναι κενό:

${code(f`Sub ΕνημέρωσηΑποδόσεων()
    Dim ws As Worksheet
    Dim lastRow As Long
    For Each ws In ThisWorkbook.Worksheets
        If ws.Name Like "PF_*" Then
            lastRow = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
            ws.Range("F2:F" & lastRow).Formula = "=IFERROR(E2/D2-1,"""")"
            ws.Range("F2:F" & lastRow).NumberFormat = "0.00%"
        End If
    Next ws
End Sub`)}`),

  rec('code_powershell_bg', f`Този скрипт създава акаунти в AD за сезонните работници на рампата от CSV. Защо не ги слага в групата?

${code(f`Import-Csv .\\sezonni_2025.csv -Encoding UTF8 | ForEach-Object {
    $sam = ($_.Ime.Substring(0,1) + "." + $_.Familia).ToLower()
    New-ADUser -Name "$($_.Ime) $($_.Familia)" -SamAccountName $sam \`
        -Path "OU=Seasonal,OU=SOF,DC=aeroswift,DC=local" \`
        -AccountExpirationDate ([datetime]"2025-10-31") -Enabled $true \`
        -AccountPassword (Read-Host -AsSecureString "Начална парола за $sam")
    Add-ADGroupMember -Identity "SOF-Ramp-Tablets" -Members $sam
}`)}`),

  rec('code_cpp_hi', f`डेटा लॉगर फर्मवेयर में यह फ़ंक्शन हर 5 मिनट पर तापमान सेव करता है, लेकिन बिजली जाने के बाद आखिरी रीडिंग गायब हो जाती है। क्या flash write गलत है?

${code(f`void saveReading(float tempC) {
  Reading r{rtc.now().unixtime(), static_cast<int16_t>(tempC * 100)};
  ringBuf[head] = r;
  head = (head + 1) % RING_SIZE;
  if (head % 12 == 0) {            // हर घंटे flash में लिखो
    flash.eraseSector(SECTOR_LOG);
    flash.write(SECTOR_LOG, ringBuf, sizeof(ringBuf));
  }
}`)}`),

  rec('code_js_sr', f`Leaderboard za sezonski event se ne osvežava dok igrač ne refrešuje stranicu. Šta radim pogrešno?

\`\`\`js
${code(f`const lista = document.querySelector('#rang-lista');
let podaci = [];

async function ucitaj() {
  const res = await fetch('/api/events/winterfest/leaderboard?top=50');
  podaci = await res.json();
}

function prikazi() {
  lista.innerHTML = podaci
    .map((r, i) => \`<li>\${i + 1}. \${r.nadimak} — \${r.poeni}</li>\`)
    .join('');
}

setInterval(ucitaj, 15000);
ucitaj().then(prikazi);`)}
\`\`\``),

  rec('code_dart_th', f`หน้าจอเลือกรถในแอปเช่ารถ กด "จอง" สองครั้งเร็วๆ แล้วได้การจองซ้ำ ควรแก้ยังไงดีครับ

${code(f`class BookButton extends StatelessWidget {
  const BookButton({super.key, required this.car, required this.api});
  final Car car;
  final BookingApi api;

  @override
  Widget build(BuildContext context) {
    return ElevatedButton(
      onPressed: () async {
        final booking = await api.createBooking(car.id);
        if (context.mounted) {
          Navigator.of(context).pushNamed('/confirm', arguments: booking);
        }
      },
      child: const Text('จอง'),
    );
  }
}`)}`),

  rec('code_python_ta', f`வாராந்திர no-show கணிப்புக்கு இந்த pandas code சரியா? Recall ரொம்ப குறைவா வருது.

\`\`\`python
${code(f`import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split

df = pd.read_parquet("appointments_deidentified.parquet")
X = df[["lead_days", "weekday", "hour", "prev_no_shows", "telehealth"]]
y = df["no_show"]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=7)
clf = GradientBoostingClassifier().fit(X_tr, y_tr)
print("recall:", (clf.predict(X_te)[y_te == 1] == 1).mean())`)}
\`\`\``),

  rec('code_gdscript', f`Godot 4: the loot chest in the event map opens twice when two players touch it in the same frame. How do I make this authoritative on the server?

${code(f`extends Area3D

@export var loot_table: LootTable
var opened := false

func _on_body_entered(body: Node3D) -> void:
	if opened or not body.is_in_group("players"):
		return
	opened = true
	var drop := loot_table.roll(body.get_luck())
	body.inventory.add(drop)
	$AnimationPlayer.play("open")
	rpc("sync_opened")

@rpc("any_peer", "call_local")
func sync_opened() -> void:
	opened = true`)}`),

  rec('code_ruby_mk', f`Оваа Rails задача генерира месечни извештаи за клиентите на wealth desk-от. Зошто трае 2 часа?

${code(f`namespace :izvestai do
  desc "Месечни извештаи за портфолија"
  task mesecni: :environment do
    Klient.where(aktiven: true).find_each do |k|
      pozicii = k.portfolio.pozicii.includes(:instrument)
      prinos = pozicii.sum { |p| p.prinos_za(Date.current.prev_month) }
      IzvestajMailer.with(klient: k, prinos: prinos).mesecen.deliver_now
    end
  end
end`)}`),

  rec('code_scala', f`Matchmaking: this groups players into lobbies by MMR bucket but high-MMR players wait forever at night. Ideas?

${code(f`def formLobbies(queue: Seq[QueuedPlayer], now: Instant): Seq[Lobby] =
  queue
    .groupBy(p => widenedBucket(p.mmr, Duration.between(p.queuedAt, now)))
    .values
    .flatMap(_.sortBy(_.queuedAt).grouped(LobbySize).filter(_.size == LobbySize))
    .map(ps => Lobby(ps.map(_.id)))
    .toSeq

private def widenedBucket(mmr: Int, waited: Duration): Int =
  val width = 100 + 50 * (waited.getSeconds / 30).toInt
  mmr / width`)}`),
];
