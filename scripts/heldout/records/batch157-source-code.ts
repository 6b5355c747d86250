/**
 * Held-out batch 157: pasted source code (sample-request tooling, dock scheduling, laundry machine
 * controllers, expat payroll calculations, rental booking apps, subscription and obituary systems). Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, fill, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const MAPBOX_PK = tok('pk.', 'eyJ1IjoiYWxwc3BpbiIsImEiOiJjbHg', fill('b157-mbxpk', B62, 20), '.', fill('b157-mbxpk2', B62, 22));

export const BATCH157_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_de', f`Kannst du mir erklären, warum diese Funktion bei Proben ohne Einwilligungsdatum abstürzt und wie ich das sauber abfange?

\`\`\`python
${code(f`from dataclasses import dataclass
from datetime import date, timedelta

@dataclass
class Probe:
    proben_id: str
    material: str          # z. B. "EDTA-Plasma", "Serum", "DNA"
    volumen_ul: int
    einwilligung_am: date | None
    widerruf: bool = False

def freigabefaehig(p: Probe, antrag_datum: date) -> bool:
    # Einwilligung gilt 10 Jahre, danach Re-Consent nötig
    ablauf = p.einwilligung_am + timedelta(days=3652)
    return not p.widerruf and p.volumen_ul >= 250 and antrag_datum <= ablauf

def filtere(proben: list[Probe], antrag_datum: date) -> list[Probe]:
    return [p for p in proben if freigabefaehig(p, antrag_datum)]`)}
\`\`\``),

  rec('sql_nl', f`Deze query voor de verlengingsherinneringen is traag (40 s). Hoe kan ik hem sneller maken?

${code(f`-- abonnementen die binnen 30 dagen aflopen, zonder automatische verlenging
SELECT a.abonnement_id,
       k.klantnummer,
       a.product,
       a.einddatum
FROM   abonnementen a
JOIN   klanten k ON k.klant_id = a.klant_id
WHERE  a.automatisch_verlengen = FALSE
  AND  a.einddatum BETWEEN CURRENT_DATE AND CURRENT_DATE + INTERVAL '30 days'
  AND  NOT EXISTS (SELECT 1 FROM herinneringen h
                   WHERE h.abonnement_id = a.abonnement_id
                     AND h.verstuurd_op > CURRENT_DATE - INTERVAL '14 days')
ORDER  BY a.einddatum;`)}`),

  rec('code_ts_ja', f`レンタル料金の計算ロジックです。連泊割引が二重にかかっている気がします。どこがおかしいですか？

\`\`\`ts
${code(f`type Item = 'ski' | 'board' | 'boots' | 'ebike' | 'mtb';

const DAY_RATE: Record<Item, number> = { ski: 4200, board: 4500, boots: 1800, ebike: 6500, mtb: 4800 };

// 3日以上で10%引き、5日以上で15%引き
function discount(days: number): number {
  if (days >= 5) return 0.15;
  if (days >= 3) return 0.1;
  return 0;
}

export function quote(items: Item[], days: number): number {
  let total = 0;
  for (const it of items) {
    const base = DAY_RATE[it] * days;
    total += base * (1 - discount(days));
  }
  return Math.round(total * (1 - discount(days)));
}`)}
\`\`\``),

  rec('code_java_pl', f`Mam błąd w sprawdzaniu kolizji rezerwacji doku. Dwa statki mogą dostać ten sam termin:

${code(f`public boolean czyWolny(Dok dok, LocalDate od, LocalDate doDnia) {
    // rezerwacje nakładają się, jeśli początek jednej jest przed końcem drugiej
    for (Rezerwacja r : repo.znajdzDlaDoku(dok.getId())) {
        if (od.isBefore(r.getKoniec()) && doDnia.isAfter(r.getPoczatek())) {
            return false;
        }
    }
    return dok.getMaksDlugoscM() >= 0;
}

public Rezerwacja zarezerwuj(Dok dok, Statek s, LocalDate od, LocalDate doDnia) {
    if (s.getDlugoscM() > dok.getMaksDlugoscM()) throw new IllegalArgumentException("Statek za długi");
    if (!czyWolny(dok, od, doDnia)) throw new IllegalStateException("Termin zajęty");
    return repo.zapisz(new Rezerwacja(dok.getId(), s.getImo(), od, doDnia));
}`)}

Dodatkowo: czy muszę tu dodać blokadę transakcyjną?`),

  rec('code_csharp_fr', f`Notre calcul de salaire brut « gross-up » pour les impatriés ne converge pas toujours. Tu vois pourquoi ?

\`\`\`csharp
${code(f`public static decimal BrutDepuisNet(decimal netCible, Func<decimal, decimal> impot, int maxIter = 50)
{
    // on part du net et on ajoute l'impôt estimé jusqu'à convergence
    decimal brut = netCible;
    for (int i = 0; i < maxIter; i++)
    {
        decimal net = brut - impot(brut);
        decimal ecart = netCible - net;
        if (Math.Abs(ecart) < 0.01m) return Math.Round(brut, 2);
        brut += ecart * 2;
    }
    throw new InvalidOperationException("Pas de convergence");
}`)}
\`\`\``),

  rec('code_go', f`RFID reader for the linen carts drops reads when two carts pass the gate at once. Relevant code:

${code(f`func (g *Gate) Run(ctx context.Context) error {
	seen := make(map[string]time.Time)
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case r := <-g.reads:
			if t, ok := seen[r.EPC]; ok && time.Since(t) < 5*time.Second {
				continue // debounce
			}
			seen[r.EPC] = time.Now()
			if err := g.store.RecordPass(r.EPC, g.ID, r.RSSI); err != nil {
				log.Printf("gate %s: %v", g.ID, err)
			}
		}
	}
}`)}`),

  rec('code_rust', f`${code(f`/// Wash programmes for hotel linen; thermal disinfection needs >= 70 °C for 10 min.
#[derive(Debug, Clone, Copy)]
pub struct Programme { pub temp_c: u8, pub hold_min: u8, pub chemistry: Chem }

pub fn validate(p: &Programme, category: LinenCategory) -> Result<(), String> {
    match category {
        LinenCategory::Kitchen | LinenCategory::Spa if p.temp_c < 70 || p.hold_min < 10 => {
            Err(format!("{:?}: thermal disinfection not reached ({} °C / {} min)", category, p.temp_c, p.hold_min))
        }
        LinenCategory::Duvet if p.temp_c > 60 => Err("duvets max 60 °C".into()),
        _ => Ok(()),
    }
}`)}

Clippy complains about the match guard applying to both arms. Is the logic still right?`),

  rec('code_kotlin_de_ch', f`D App für d Velo-Reservatione stürzt ab, wänn mer s Datum zrugg setzt. Was isch falsch?

${code(f`class BuchungViewModel(private val repo: BuchungRepo) : ViewModel() {
    private val _von = MutableStateFlow<LocalDate?>(null)
    private val _bis = MutableStateFlow<LocalDate?>(null)

    val tage: StateFlow<Int> = combine(_von, _bis) { von, bis ->
        ChronoUnit.DAYS.between(von!!, bis!!).toInt() + 1
    }.stateIn(viewModelScope, SharingStarted.Eagerly, 0)

    fun reset() { _von.value = null; _bis.value = null }
}`)}`),

  rec('code_swift_es', f`En la app de alquiler de bicis, el mapa de estaciones no carga en iOS 17. Este es el código:

${code(f`import MapboxMaps

final class EstacionesViewController: UIViewController {
    private var mapView: MapView!

    override func viewDidLoad() {
        super.viewDidLoad()
        MapboxOptions.accessToken = "${MAPBOX_PK}"
        mapView = MapView(frame: view.bounds)
        mapView.mapboxMap.setCamera(to: CameraOptions(center: CLLocationCoordinate2D(latitude: 41.3874, longitude: 2.1686), zoom: 13))
        view.addSubview(mapView)
    }
}`)}

¿Falta algo en el Info.plist?`, 'Mapbox public pk. token: public by design, unlabelled'),

  rec('code_php', f`Our obituary plugin throws "Access denied for user" after the hosting migration:

\`\`\`php
${code(f`<?php
// wp-content/plugins/obit-import/db.php
define('OBIT_DB_HOST', 'mysql-02.wealdherald.internal');
define('OBIT_DB_USER', 'obit_import');
define('OBIT_DB_PASS', '${v('credential.password_assignment', 'Pembury!Notices42')}');

function obit_db(): mysqli {
    $db = new mysqli(OBIT_DB_HOST, OBIT_DB_USER, OBIT_DB_PASS, 'obituaries');
    $db->set_charset('utf8mb4');
    return $db;
}`)}
\`\`\``),

  rec('code_ruby', f`RSpec for subscription renewals fails on the grace-period case, can you spot it?

${code(f`RSpec.describe Renewal do
  let(:subscriber) do
    Subscriber.create!(name: "Alan Whitcombe", email: "${v('pii.email', 'alan.whitcombe@talktalk.net')}", plan: :weekend_print)
  end

  it "keeps delivery during a 7-day grace period" do
    sub = subscriber.subscriptions.create!(ends_on: Date.new(2025, 1, 10))
    travel_to Date.new(2025, 1, 15) do
      expect(Renewal.deliver?(sub)).to be true
    end
  end
end`)}`),

  rec('bash_script', f`Skript zum Sichern der Tiefkühlschrank-Temperaturlogs. Läuft per cron, aber die Dateien auf dem NAS sind leer:

${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/var/log/freezer
DEST=/mnt/nas/biobank/freezer-logs/$(date +%Y/%m)
mkdir -p "$DEST"
for f in "$SRC"/ult-*.csv; do
  gzip -c "$f" > "$DEST/$(basename "$f").gz"
  : > "$f"   # Log leeren nach Sicherung
done
rsync -a "$DEST" backup@${amb('pii.ip_address', '10.20.4.15')}:/srv/biobank/`)}`),

  rec('code_c', f`${code(f`/* ballast pump interlock, dock 2 – do not start pumps while gate is open */
#include <stdbool.h>
#include "io.h"

#define PUMP_COUNT 4

bool pumps_allowed(void) {
    return io_read(DI_GATE_CLOSED) && !io_read(DI_ESTOP) && io_read_level_cm(AI_DOCK_LEVEL) > 80;
}

void pumps_tick(void) {
    for (int i = 0; i < PUMP_COUNT; i++) {
        io_write(DO_PUMP_BASE + i, pumps_allowed() && pump_requested[i]);
    }
}`)}

Código do PLC do dique 2. O engenheiro quer saber se um sinal "gate closed" a piscar pode ligar/desligar as bombas em ciclo. Explica em português, por favor.`),

  rec('code_cpp_tr', f`Kurutucu kontrol yazılımında nem sensörü bazen 0 okuyor ve program hemen bitiyor. Nasıl filtrelerim?

${code(f`bool Dryer::isDone() {
    float rh = humidity_.read();      // %RH
    float t  = exhaustTemp_.read();   // °C
    history_.push_back(rh);
    if (history_.size() > 10) history_.pop_front();
    float avg = std::accumulate(history_.begin(), history_.end(), 0.0f) / history_.size();
    return avg < targetRh_ && t > 55.0f;
}`)}`),

  rec('code_r_es', f`¿Por qué este análisis de la tasa de consentimiento por centro me da NA en Sevilla?

${code(f`library(dplyr)
muestras <- read.csv("solicitudes_2024.csv", stringsAsFactors = FALSE)
resumen <- muestras %>%
  group_by(centro) %>%
  summarise(n = n(),
            consentimiento_amplio = mean(tipo_consentimiento == "amplio"),
            volumen_medio = mean(volumen_ul))
print(resumen)`)}`),

  rec('vba_it', f`La macro che calcola i giorni di presenza in Italia dei dipendenti distaccati conta anche i weekend. Come la correggo?

${code(f`Function GiorniPresenza(dataInizio As Date, dataFine As Date) As Long
    Dim d As Date, n As Long
    For d = dataInizio To dataFine
        ' conta tutti i giorni tra arrivo e partenza
        n = n + 1
    Next d
    GiorniPresenza = n
End Function`)}`),

  rec('code_python_pt', f`Preciso contar os dias de permanência em Portugal para a regra dos 183 dias. Este código está certo?

${code(f`import pandas as pd

viagens = pd.read_csv("viagens_expatriados.csv", parse_dates=["entrada", "saida"])
viagens["dias"] = (viagens["saida"] - viagens["entrada"]).dt.days + 1
# janela móvel de 12 meses, não ano civil
por_pessoa = viagens.groupby("colaborador").apply(
    lambda g: g.set_index("entrada")["dias"].rolling("365D").sum().max()
)
print(por_pessoa[por_pessoa >= 183])`)}`),

  rec('code_js', f`The metered paywall counts the same article twice when the reader comes back from the app. Code:

${code(f`const LIMIT = 5;
export function shouldBlock(articleId) {
  const read = JSON.parse(localStorage.getItem('metered') || '[]');
  const month = new Date().toISOString().slice(0, 7);
  const thisMonth = read.filter((r) => r.m === month);
  if (!thisMonth.some((r) => r.id === articleId)) {
    read.push({ id: articleId, m: month });
  }
  read.push({ id: articleId, m: month });
  localStorage.setItem('metered', JSON.stringify(read));
  return thisMonth.length >= LIMIT;
}`)}`),

  rec('diff', f`Reviewing a colleague's PR for the booking service, does this diff fully remove the hard-coded credentials?

${code(f`--- a/booking/config.py
+++ b/booking/config.py
@@ -8,9 +8,9 @@ class Settings(BaseSettings):
     store_code: str = "WHI"
-    pos_user: str = "whistler-pos"
-    pos_password: str = "${v('credential.password_assignment', 'Blackcomb#Lift77')}"
+    pos_user: str = Field(..., env="POS_USER")
+    pos_password: SecretStr = Field(..., env="POS_PASSWORD")
     deposit_cad: int = 300`)}

The old value is still in git history, right?`),

  rec('sql_fixture', f`Seed script for the sample-request test database. The insert fails on the second row, why?

${code(f`INSERT INTO researchers (id, full_name, email, phone, institution) VALUES
  (1, 'Dr. Amara Okafor', '${v('pii.email', 'a.okafor@kcl-research.ac.uk')}', '${phone('+44 20 7848 3926')}', 'KCL'),
  (2, 'Prof. Lars Nyström', '${v('pii.email', 'lars.nystrom@ki-research.se')}', '${phone('+46 8 524 837 21')}', 'KI);
INSERT INTO requests (id, researcher_id, material, n_samples) VALUES (101, 1, 'serum', 240);`)}`),

  rec('dart_tr', f`Flutter'da bisiklet kiralama formu, telefon alanı hep "geçersiz" diyor:

${code(f`String? telefonDogrula(String? deger) {
  if (deger == null || deger.isEmpty) return 'Telefon zorunlu';
  final temiz = deger.replaceAll(RegExp(r'[\\s()-]'), '');
  // Türkiye cep: 05xx xxx xx xx
  if (!RegExp(r'^05\\d{9}$').hasMatch(temiz)) return 'Geçersiz numara';
  return null;
}`)}`),

  rec('powershell_script', f`${code(f`# Export-DockSchedule.ps1 — weekly dock plan to PDF for the shipowners
param([int]$Week = (Get-Date -UFormat %V))
$plan = Invoke-Sqlcmd -ServerInstance "sql-dock01" -Database "DryDock" -Query "EXEC dbo.WeekPlan @week=$Week"
$html = $plan | ConvertTo-Html -Property Dock, Vessel, IMO, FloodIn, FloodOut -Title "Dock plan week $Week"
$html | Out-File "$env:TEMP\\dockplan-$Week.html" -Encoding utf8
& "C:\\Tools\\wkhtmltopdf.exe" "$env:TEMP\\dockplan-$Week.html" "\\\\fs01\\planning\\dockplan-$Week.pdf"`)}

Script works in ISE but the scheduled task produces an empty PDF.`),
];
