/**
 * Held-out batch 147: pasted source code — instrument-tray tracking, tug scheduling, hut
 * availability, tutoring sessions, resale authentication and donor recall — with questions and
 * comments in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH147_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Dieses Skript soll Siebe melden, deren letzte Sterilisation länger als 180 Tage her ist. Warum kommen auch frisch sterilisierte Siebe raus?

\`\`\`python
${code(f`from datetime import datetime, timedelta

def abgelaufene_siebe(siebe, heute=None):
    heute = heute or datetime.now()
    grenze = heute - timedelta(days=180)
    treffer = []
    for sieb in siebe:
        letzte = max(z["datum"] for z in sieb["zyklen"])  # Zyklen als String "TT.MM.JJJJ"
        if letzte < grenze.strftime("%d.%m.%Y"):
            treffer.append(sieb["barcode"])
    return treffer`)}
\`\`\``),

  rec('code_ts', f`Our tug-assignment function sometimes gives the same tug to two ships in overlapping windows. What's wrong?

\`\`\`ts
${code(f`interface Job { vessel: string; start: number; end: number; tugsNeeded: number }
interface Tug { name: string; busyUntil: number }

export function assign(jobs: Job[], tugs: Tug[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const job of jobs.sort((a, b) => a.start - b.start)) {
    const free = tugs.filter((t) => t.busyUntil <= job.end).slice(0, job.tugsNeeded);
    free.forEach((t) => (t.busyUntil = job.end));
    out.set(job.vessel, free.map((t) => t.name));
  }
  return out;
}`)}
\`\`\``),

  rec('code_sql', f`Consulta para el panel de reservas del refugio: quiero las camas libres por noche, pero me salen negativas algunas noches.

${code(f`SELECT n.fecha,
       r.capacidad - COUNT(b.id) AS camas_libres
FROM noches n
JOIN refugios r ON r.id = n.refugio_id
LEFT JOIN reservas b ON b.refugio_id = r.id
                    AND n.fecha BETWEEN b.llegada AND b.salida
WHERE r.nombre = 'Refugio Góriz'
GROUP BY n.fecha, r.capacidad
ORDER BY n.fecha;`)}`),

  rec('code_kotlin', f`Kotlin: как сделать так, чтобы приложение не звонило донору дважды, если оператор быстро нажал кнопку два раза?

${code(f`class RecallViewModel(private val repo: DonorRepository) : ViewModel() {
    fun onCallClicked(donorId: Long) {
        viewModelScope.launch {
            val donor = repo.load(donorId)
            dialer.call(donor.phone)
            repo.markCalled(donorId, Instant.now())
        }
    }
}`)}`),

  rec('code_go', f`このGoのハンドラ、パイロット乗船時刻の更新で時々 data race が出ます。どう直せばいいですか？

\`\`\`go
${code(f`var boardings = map[string]time.Time{}

func updateBoarding(w http.ResponseWriter, r *http.Request) {
	var req struct {
		IMO string    \`json:"imo"\`
		At  time.Time \`json:"at"\`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	boardings[req.IMO] = req.At
	w.WriteHeader(http.StatusNoContent)
}`)}
\`\`\``),

  rec('code_swift', f`SwiftUI에서 아이의 수업 진도 퍼센트를 보여주는데, 값이 1.0을 넘으면 화면이 깨져요.

${code(f`struct ProgressRing: View {
    let lessonsDone: Int
    let lessonsTotal: Int

    var body: some View {
        let p = Double(lessonsDone) / Double(lessonsTotal)
        Circle()
            .trim(from: 0, to: p)
            .stroke(Color.orange, lineWidth: 8)
            .rotationEffect(.degrees(-90))
            .overlay(Text("\\(Int(p * 100))%"))
    }
}`)}`),

  rec('code_csharp', f`Kan du skriva om den här metoden så att den inte låser UI-tråden när vi läser in diskdesinfektorernas loggar?

\`\`\`csharp
${code(f`public List<CykelLogg> LasLoggar(string mapp)
{
    var resultat = new List<CykelLogg>();
    foreach (var fil in Directory.GetFiles(mapp, "*.csv"))
    {
        var rader = File.ReadAllLines(fil);
        resultat.AddRange(rader.Skip(1).Select(CykelLogg.Parse));
    }
    return resultat.OrderBy(l => l.Start).ToList();
}`)}
\`\`\``),

  rec('code_rust', f`Hi, Rust newbie here. I'm parsing the AIS-like feed from the pilot boats and the borrow checker hates me:

${code(f`fn latest_positions(msgs: &Vec<Msg>) -> HashMap<&str, &Msg> {
    let mut out = HashMap::new();
    for m in msgs {
        let e = out.entry(m.mmsi.as_str()).or_insert(m);
        if m.ts > e.ts {
            *e = m;
        }
    }
    out
}`)}

error[E0502]? no wait it compiles, but is returning references ok here?`),

  rec('code_php', f`Ce code calcule la commission sur les ventes authentifiées. Les vendeurs « Pro » devraient payer 12 % au lieu de 18 %, mais tout le monde paie 18 %. Pourquoi ?

${code(f`<?php
function commission(array $vente): float {
    $taux = 0.18;
    if ($vente['vendeur']['statut'] = 'pro') {
        $taux = 0.12;
    }
    if ($vente['prix'] > 2000) {
        $taux = 0.18;
    }
    return round($vente['prix'] * $taux, 2);
}`)}`),

  rec('code_ruby', f`Can you add a spec for this? It decides whether an authenticator must do a second check on a listing.

\`\`\`ruby
${code(f`class SecondCheckPolicy
  HIGH_RISK_BRANDS = %w[Hermes Chanel Rolex].freeze

  def initialize(listing)
    @listing = listing
  end

  def required?
    return true if HIGH_RISK_BRANDS.include?(@listing.brand)
    return true if @listing.price_cents > 300_000
    @listing.first_authenticator_confidence < 0.85
  end
end`)}
\`\`\``),

  rec('code_bash', f`Questo script fa il backup dei PDF dei registri di sterilizzazione, ma cancella anche quelli di oggi. Dove sbaglio?

${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/srv/cssd/registri
DST=/mnt/nas/backup/registri/$(date +%Y-%m)
mkdir -p "$DST"
rsync -a --include='*.pdf' --exclude='*' "$SRC/" "$DST/"
find "$SRC" -name '*.pdf' -mtime -30 -delete`)}`),

  rec('code_dart', f`Flutter: tombol "Pesan kamar" di aplikasi pondok gunung tetap aktif walaupun tanggal belum dipilih.

${code(f`ElevatedButton(
  onPressed: () => bloc.add(BookRoom(hutId: hut.id, nights: selectedNights)),
  child: const Text('Pesan kamar'),
),`)}

Gimana cara disable-nya kalau selectedNights kosong?`),

  rec('code_python', f`Γιατί αυτό το test περνάει ακόμα κι όταν η συνάρτηση επιστρέφει λάθος κατάσταση δίσκου;

${code(f`def donor_status(last_donation, today, sex):
    gap = (today - last_donation).days
    return "eligible" if gap >= (84 if sex == "M" else 112) else "deferred"

def test_female_deferred():
    assert donor_status(date(2025, 1, 10), date(2025, 3, 1), "F") == "deferred" or True`)}`),

  rec('code_java', f`Preciso de ajuda: este método que agenda as chamadas para dadores de sangue devolve sempre a mesma hora.

\`\`\`java
${code(f`public LocalDateTime proximaChamada(Dador d) {
    LocalDateTime base = LocalDateTime.now().withHour(9).withMinute(0);
    int tentativas = d.getTentativas();
    base.plusHours(tentativas * 2L);
    if (base.getHour() > 19) {
        base.plusDays(1).withHour(9);
    }
    return base;
}`)}
\`\`\``),

  rec('code_r', f`Mam dane z kontroli biologicznych autoklawów i chcę wykres odsetka wyników dodatnich na miesiąc. Czemu ggplot pokazuje słupki zamiast linii?

${code(f`library(dplyr)
library(ggplot2)

bi <- read.csv("wskazniki_biologiczne.csv")
bi %>%
  mutate(miesiac = format(as.Date(data), "%Y-%m")) %>%
  group_by(miesiac) %>%
  summarise(dodatnie = mean(wynik == "dodatni")) %>%
  ggplot(aes(miesiac, dodatnie)) +
  geom_col()`)}`),

  rec('code_test_fixture', f`Make this pytest fixture reusable for all the tutor tests:

\`\`\`python
${code(f`@pytest.fixture
def parent():
    return Parent(
        name="Sinéad Gallagher",
        email="${v('pii.email', 'sinead.gallagher@eircom.net')}",
        phone="${phone('+353 87 482 7391')}",
        children=[Child(name="Aoife", grade=3)],
    )`)}
\`\`\``, 'a test fixture with a realistic parent e-mail and phone: labelled as personal data'),

  rec('code_sql', f`เขียน query นี้ให้เร็วขึ้นได้ไหมคะ ตาราง reservations มีเป็นล้านแถว

${code(f`SELECT h.name, COUNT(*) AS bookings
FROM reservations r
JOIN huts h ON h.id = r.hut_id
WHERE YEAR(r.arrival) = 2025
  AND r.status <> 'cancelled'
GROUP BY h.name
HAVING COUNT(*) > 100;`)}`),

  rec('code_elixir', f`Hei, tämä GenServer hoitaa luotsivuorojen jonoa. Miksi handle_cast ei koskaan päivitä tilaa?

${code(f`def handle_cast({:enqueue, pilot}, state) do
  Map.update(state, :queue, [pilot], &(&1 ++ [pilot]))
  {:noreply, state}
end`)}`),

  rec('code_ts', f`Vue komponentti lasten tehtäville – why does the timer keep running after the child leaves the page?

${code(f`<script setup lang="ts">
import { onMounted, ref } from 'vue';

const secondsLeft = ref(600);
onMounted(() => {
  setInterval(() => {
    if (secondsLeft.value > 0) secondsLeft.value--;
  }, 1000);
});
</script>`)}`),

  rec('dockerfile', f`Գրեք, խնդրում եմ, ինչու է այս Dockerfile-ը այդքան մեծ image ստեղծում (1.8 GB)։

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y libgl1
CMD ["python", "authenticate_photos.py"]`)}`),

  rec('code_go', f`ეს ფუნქცია ქოხის ადგილების რაოდენობას ამოწმებს. როცა ორი მომხმარებელი ერთდროულად ჯავშნის, ორივე გადის. როგორ გავასწორო?

${code(f`func (s *Store) Reserve(ctx context.Context, hutID int, beds int) error {
	var free int
	if err := s.db.QueryRowContext(ctx, "SELECT free_beds FROM huts WHERE id = $1", hutID).Scan(&free); err != nil {
		return err
	}
	if free < beds {
		return ErrFull
	}
	_, err := s.db.ExecContext(ctx, "UPDATE huts SET free_beds = free_beds - $1 WHERE id = $2", beds, hutID)
	return err
}`)}`),

  rec('yaml_ci', f`Why does this workflow run the UI tests twice on every PR for the parent app?

${amb('source_code.snippet', f`on:
  push:
    branches: [main, 'release/**']
  pull_request:

jobs:
  ui-tests:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - run: xcodebuild test -scheme OwletParents -destination 'platform=iOS Simulator,name=iPhone 15'`)}`),
];
