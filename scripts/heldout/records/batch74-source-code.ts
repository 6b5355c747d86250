/** Held-out batch 74: pasted source code with comments and prompts in many languages (dam telemetry, parts fitment, bonded stock, tax maths). Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH74_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Af hverju fer viðvörunin ekki af stað þegar vatnshæðin fer yfir mörkin? Ég sé gildin í loggnum.

\`\`\`python
${code(f`from dataclasses import dataclass
from datetime import datetime

@dataclass
class Maeling:
    stod: str
    timi: datetime
    haed_m: float  # vatnshæð í lóninu, metrar yfir sjó

VIDVORUNARMORK = {"HVI-01": 412.5, "HVI-02": 409.0}

def athuga(maelingar: list[Maeling]) -> list[str]:
    vidvaranir = []
    for m in maelingar:
        mork = VIDVORUNARMORK.get(m.stod)
        if mork and m.haed_m > mork:
            vidvaranir.append(f"{m.stod}: {m.haed_m:.2f} m > {mork} m kl. {m.timi:%H:%M}")
        return vidvaranir
    return vidvaranir`)}
\`\`\``),

  rec('code_ts', f`부품 호환성 조회 함수인데, 연식 범위가 겹치는 차량이 있으면 결과가 중복으로 나와요. 어디를 고쳐야 할까요?

${code(f`type Fitment = { partId: string; make: string; model: string; yearFrom: number; yearTo: number };

export function findParts(fitments: Fitment[], make: string, model: string, year: number): string[] {
  const result: string[] = [];
  for (const f of fitments) {
    if (f.make !== make || f.model !== model) continue;
    // 연식 범위 안에 있으면 추가
    if (year >= f.yearFrom && year <= f.yearTo) {
      result.push(f.partId);
    }
  }
  return result.sort();
}`)}`),

  rec('code_go', f`Sveiki, šita funkcija turi suderinti sandėlio likučius su muitinės deklaracijomis, bet kartais grąžina neigiamą likutį. Kur klaida?

${code(f`package likuciai

type Judejimas struct {
	Prekes string
	Kiekis int
	Tipas  string // "IMPORTAS", "ISLEIDIMAS", "PERKELIMAS"
}

func Likutis(judejimai []Judejimas) map[string]int {
	res := make(map[string]int)
	for _, j := range judejimai {
		switch j.Tipas {
		case "IMPORTAS":
			res[j.Prekes] += j.Kiekis
		case "ISLEIDIMAS", "PERKELIMAS":
			res[j.Prekes] -= j.Kiekis
		}
	}
	return res
}`)}`),

  rec('code_sql', f`Esta consulta calcula la base gravable del impuesto al patrimonio por cliente, pero los que tienen vivienda de habitación salen con valor negativo. ¿Qué está mal?

${code(f`SELECT c.cliente_id,
       SUM(a.valor_patrimonial) - SUM(d.valor_deuda) AS patrimonio_liquido,
       GREATEST(0, SUM(a.valor_patrimonial) - SUM(d.valor_deuda)
                   - LEAST(v.valor_vivienda, 12000 * :uvt)) AS base_gravable
FROM clientes c
JOIN activos a      ON a.cliente_id = c.cliente_id AND a.corte = :corte
LEFT JOIN deudas d  ON d.cliente_id = c.cliente_id AND d.corte = :corte
LEFT JOIN vivienda v ON v.cliente_id = c.cliente_id
GROUP BY c.cliente_id, v.valor_vivienda;`)}`),

  rec('code_java', f`Im Medikamentenplan-Modul werden Gaben um Mitternacht doppelt angezeigt, wenn die Zeitumstellung dazwischen liegt. Siehst du den Fehler?

${code(f`public List<LocalDateTime> naechsteGaben(LocalDateTime start, Duration intervall, int anzahl) {
    List<LocalDateTime> gaben = new ArrayList<>();
    LocalDateTime t = start;
    for (int i = 0; i < anzahl; i++) {
        gaben.add(t);
        t = t.plus(intervall);
    }
    // Anzeige in Ortszeit (Europe/Berlin)
    return gaben.stream()
        .map(g -> g.atZone(ZoneId.of("Europe/Berlin")).toLocalDateTime())
        .collect(Collectors.toList());
}`)}`),

  rec('code_kotlin', f`Android uygulamasında sepet ekranı dönünce (rotate) ürünler kayboluyor. ViewModel kullanıyorum ama yine de oluyor:

${code(f`class SepetFragment : Fragment() {
    private val urunler = mutableListOf<SepetUrunu>()
    private lateinit var adapter: SepetAdapter

    override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
        adapter = SepetAdapter(urunler)
        view.findViewById<RecyclerView>(R.id.sepetListesi).adapter = adapter
        val vm: SepetViewModel by viewModels()
        vm.eklenen.observe(viewLifecycleOwner) { urun ->
            urunler.add(urun)
            adapter.notifyItemInserted(urunler.size - 1)
        }
    }
}`)}`),

  rec('code_php', f`Cando a aula está chea, o alumno debería ir á lista de espera, pero entra igual. Que falla?

${code(f`function matricular(PDO $db, int $alumnoId, int $cursoId): string {
    $prazas = $db->query("SELECT prazas FROM cursos WHERE id = $cursoId")->fetchColumn();
    $ocupadas = $db->query("SELECT COUNT(*) FROM matriculas WHERE curso_id = $cursoId")->fetchColumn();

    if ($ocupadas > $prazas) {
        $db->prepare("INSERT INTO lista_espera (alumno_id, curso_id) VALUES (?, ?)")->execute([$alumnoId, $cursoId]);
        return 'espera';
    }
    $db->prepare("INSERT INTO matriculas (alumno_id, curso_id) VALUES (?, ?)")->execute([$alumnoId, $cursoId]);
    return 'matriculado';
}`)}

E de paso, isto é vulnerable a SQL injection?`),

  rec('code_csharp', f`Deze mapping zet onze interne artikelregels om naar de goederenposten van een douaneaangifte. Bij meer dan 99 regels weigert de douane het bericht. Hoe splits ik het netjes op?

${code(f`public static Aangifte MaakAangifte(Zending zending)
{
    var aangifte = new Aangifte { Referentie = zending.Referentie, Regime = "71" };
    int volgnr = 1;
    foreach (var regel in zending.Regels.GroupBy(r => r.GNCode))
    {
        aangifte.Goederenposten.Add(new Goederenpost
        {
            Volgnummer = volgnr++,
            GNCode = regel.Key,
            Brutomassa = regel.Sum(r => r.BrutoKg),
            Waarde = regel.Sum(r => r.WaardeEur),
        });
    }
    return aangifte;
}`)}`),

  rec('code_rust', f`Parsern för turbinloggarna kraschar på rader med tomma fält. Hur gör jag den robust utan att tappa resten av filen?

${code(f`#[derive(Debug)]
struct Matning {
    aggregat: u8,
    effekt_mw: f32,
    varvtal: u16,
}

fn tolka_rad(rad: &str) -> Matning {
    let delar: Vec<&str> = rad.split(';').collect();
    Matning {
        aggregat: delar[0].parse().unwrap(),
        effekt_mw: delar[1].replace(',', ".").parse().unwrap(),
        varvtal: delar[2].parse().unwrap(),
    }
}`)}`),

  rec('code_ruby', f`No modelo de compatibilidades, a validação deixa gravar um intervalo de anos invertido (ano_ate < ano_de). Porquê?

${code(f`class Compatibilidade < ApplicationRecord
  belongs_to :peca
  belongs_to :modelo_veiculo

  validates :ano_de, :ano_ate, presence: true
  validate :intervalo_valido

  def intervalo_valido
    return if ano_de.blank? || ano_ate.blank?
    errors.add(:ano_ate, "tem de ser igual ou posterior a ano_de") if ano_ate < ano_de
  end

  scope :para_ano, ->(ano) { where("ano_de <= ? AND ano_ate >= ?", ano, ano) }
end`)}`),

  rec('code_swift', f`iOS app 嘅搜尋欄打字好慢，每打一個字就 call 一次 API。點樣加 debounce？

${code(f`final class SearchViewModel: ObservableObject {
    @Published var keyword = ""
    @Published var results: [Part] = []
    private let api = PartsAPI()

    func onKeywordChanged(_ text: String) {
        keyword = text
        Task {
            // 每次改字都即刻搵
            let parts = try? await api.search(text)
            await MainActor.run { self.results = parts ?? [] }
        }
    }
}`)}`),

  rec('code_bash', f`यो स्क्रिप्टले हरेक घण्टा जलाशयको सेन्सर CSV हरू एउटै फाइलमा जोड्छ, तर हेडर पटक पटक दोहोरिन्छ। कसरी सच्याउने?

${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/data/sensors/incoming
OUT=/data/sensors/merged/$(date +%Y-%m-%d).csv

for f in "$SRC"/*.csv; do
  cat "$f" >> "$OUT"
  mv "$f" /data/sensors/archive/
done
echo "merged $(wc -l < "$OUT") lines into $OUT"`)}`),

  rec('code_r', f`Vull un gràfic de la distribució del patrimoni net dels clients per trams de l'Impost sobre el Patrimoni a Catalunya. Per què el tram més alt surt buit?

${code(f`library(dplyr)
library(ggplot2)

trams <- c(0, 167129.45, 334252.88, 668499.75, 1336999.51, 2673999.01, 5347998.03, 10695996.06, Inf)

clients %>%
  mutate(tram = cut(base_liquidable, breaks = trams, right = FALSE, dig.lab = 10)) %>%
  count(tram) %>%
  ggplot(aes(x = tram, y = n)) +
  geom_col() +
  coord_flip() +
  labs(x = "Tram de base liquidable (EUR)", y = "Nombre de clients")`)}`),

  rec('code_st', f`Ky është kodi i PLC-së për portën e shkarkimit të digës. Kur niveli rritet shpejt, porta hapet e mbyllet vazhdimisht. Si ta shtoj histerezën?

${code(f`PROGRAM PortaShkarkimit
VAR
    NiveliAktual : REAL;     (* m mbi nivelin e detit *)
    NiveliMax    : REAL := 318.50;
    KomandaHap   : BOOL;
    PozicioniPct : REAL;
END_VAR

IF NiveliAktual > NiveliMax THEN
    KomandaHap := TRUE;
    PozicioniPct := MIN(100.0, (NiveliAktual - NiveliMax) * 40.0);
ELSE
    KomandaHap := FALSE;
    PozicioniPct := 0.0;
END_IF;
END_PROGRAM`)}`),

  rec('code_vba', f`La macro che colora i turni dei volontari è lentissima (4.000 righe). Come la velocizzo?

${code(f`Sub ColoraTurni()
    Dim i As Long
    For i = 2 To Sheets("Turni").Cells(Rows.Count, 1).End(xlUp).Row
        Select Case Sheets("Turni").Cells(i, 4).Value
            Case "Mattina": Sheets("Turni").Rows(i).Interior.Color = RGB(255, 242, 204)
            Case "Pomeriggio": Sheets("Turni").Rows(i).Interior.Color = RGB(221, 235, 247)
            Case "Notte": Sheets("Turni").Rows(i).Interior.Color = RGB(217, 217, 217)
        End Select
    Next i
End Sub`)}`),

  rec('code_js', f`Skrip Google Sheets ini patut pindahkan baris kontena yang sudah "DILEPASKAN" ke tab Arkib, tapi ia langkau baris yang bersebelahan. Kenapa?

${code(f`function arkibKontena() {
  const ss = SpreadsheetApp.getActive();
  const aktif = ss.getSheetByName('Aktif');
  const arkib = ss.getSheetByName('Arkib');
  const data = aktif.getDataRange().getValues();
  for (let i = 1; i < data.length; i++) {
    if (data[i][5] === 'DILEPASKAN') {
      arkib.appendRow(data[i]);
      aktif.deleteRow(i + 1);
    }
  }
}`)}`),

  rec('code_python', f`ഈ pandas കോഡ് ഓരോ നഴ്സിന്റെയും മാസത്തെ ഹോം വിസിറ്റുകളുടെ എണ്ണം കാണിക്കണം, പക്ഷേ എല്ലാവർക്കും ഒരേ സംഖ്യയാണ് വരുന്നത്. എന്താണ് തെറ്റ്?

${code(f`import pandas as pd

visits = pd.read_csv("home_visits_2025_03.csv", parse_dates=["visit_date"])
visits["month"] = visits["visit_date"].dt.to_period("M")

summary = (
    visits.groupby("month")
    .agg(visits=("visit_id", "count"), nurses=("nurse_id", "nunique"))
    .reset_index()
)
summary["per_nurse"] = summary["visits"] / summary["nurses"]
print(summary)`)}`),

  rec('code_dart', f`កម្មវិធី Flutter សម្រាប់ស្កេនកូដ pallet នៅឃ្លាំង គាំងពេលស្កេនលឿនៗ។ តើខ្ញុំគួរកែយ៉ាងដូចម្តេច?

${code(f`class ScanPage extends StatefulWidget {
  const ScanPage({super.key});
  @override
  State<ScanPage> createState() => _ScanPageState();
}

class _ScanPageState extends State<ScanPage> {
  final List<String> scanned = [];

  Future<void> onScan(String code) async {
    final ok = await api.checkPallet(code);
    setState(() {
      if (ok) scanned.add(code);
    });
  }

  @override
  Widget build(BuildContext context) => ListView(children: scanned.map((c) => Text(c)).toList());
}`)}`),

  rec('code_sql', f`Το ερώτημα για τις παλέτες που μένουν πάνω από 90 ημέρες στην τελωνειακή αποθήκη αργεί πάρα πολύ (2 εκατ. γραμμές). Τι ευρετήριο να βάλω;

${code(f`SELECT p.paleta_id, p.mrn, p.thesi, p.imerominia_eisodou,
       CURRENT_DATE - p.imerominia_eisodou AS imeres
FROM paletes p
LEFT JOIN exagoges e ON e.paleta_id = p.paleta_id
WHERE e.paleta_id IS NULL
  AND p.imerominia_eisodou < CURRENT_DATE - INTERVAL '90 days'
ORDER BY imeres DESC;`)}`),

  rec('code_c', f`Այս ֆունկցիան կարդում է ճնշման սենսորը (ջրամբարի պատնեշի մեջ), բայց երբեմն վերադարձնում է 0։ Ինչու՞։

${code(f`#define ADC_MAX   4095
#define P_MAX_KPA 1000.0f

float read_pressure_kpa(void) {
    uint16_t raw = 0;
    for (int i = 0; i < 8; i++) {
        raw += adc_read(ADC_CH_PRESSURE);
    }
    raw = raw / 8;
    return (raw / ADC_MAX) * P_MAX_KPA;
}`)}`),

  rec('code_python', f`Ikasleen mailaren azterketako emaitzak taldeetan banatzeko script hau daukagu, baina talde batzuk 25 ikasle baino gehiago dituzte. Zergatik?

${code(f`def taldeak_sortu(ikasleak, gehienez=20):
    ikasleak = sorted(ikasleak, key=lambda i: i["puntuazioa"])
    taldeak, unekoa = [], []
    for ikaslea in ikasleak:
        if len(unekoa) == gehienez:
            taldeak.append(unekoa)
        unekoa.append(ikaslea)
    if unekoa:
        taldeak.append(unekoa)
    return taldeak`)}`),

  rec('config', f`Nginx config for the marketplace image CDN — why do WebP requests still get the JPEG?

${amb('source_code.snippet', f`map $http_accept $img_suffix {
    default   "";
    "~*webp"  ".webp";
}

server {
    listen 443 ssl http2;
    server_name img.partlix.com;
    location ~* ^/p/(.+)\\.(jpe?g|png)$ {
        add_header Vary Accept;
        try_files /cache/$1$img_suffix /cache/$1.$2 =404;
    }
}`)}`),
];
