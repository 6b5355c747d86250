/**
 * Held-out batch 114: pasted source code — financing calculators, embryo-culture timers, exposure
 * and premium models, cable-car PLC logic, e-discovery dedup and review tooling, and special-education
 * timeline checks. Hand-written; the code block is labelled, fences excluded.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH114_SOURCE_CODE: DraftRecord[] = [
  rec('code_ts', f`The monthly instalment is off by a few cents compared to the bank's calculator. What am I doing wrong?

\`\`\`ts
${code(f`export function monthlyPayment(principal: number, aprPercent: number, months: number): number {
  const r = aprPercent / 100 / 12;
  if (r === 0) return principal / months;
  const factor = Math.pow(1 + r, months);
  return Math.round(((principal * r * factor) / (factor - 1)) * 100) / 100;
}

export function schedule(principal: number, apr: number, months: number) {
  const pay = monthlyPayment(principal, apr, months);
  let balance = principal;
  return Array.from({ length: months }, (_, i) => {
    const interest = Math.round(balance * (apr / 1200) * 100) / 100;
    balance = Math.round((balance - (pay - interest)) * 100) / 100;
    return { n: i + 1, pay, interest, balance };
  });
}`)}
\`\`\``),

  rec('code_python_de', f`Kannst du diesen Code so umbauen, dass er auch Fahrzeuge ohne Erstzulassung verarbeitet?

${code(f`from datetime import date

def restwert(listenpreis: float, erstzulassung: date | None, km: int) -> float:
    alter = (date.today() - erstzulassung).days / 365.25
    faktor = max(0.15, 1 - 0.18 * alter - km / 1_000_000)
    return round(listenpreis * faktor, -2)`)}`),

  rec('code_go_en', f`Is this embryo-culture timer safe to run from several incubator controllers at once?

\`\`\`go
${code(f`package culture

import (
	"sync"
	"time"
)

type Dish struct {
	ID         string
	Inseminated time.Time
	Checks     []time.Duration
}

var mu sync.Mutex
var dishes = map[string]*Dish{}

func Due(now time.Time) []string {
	mu.Lock()
	defer mu.Unlock()
	var out []string
	for id, d := range dishes {
		for _, c := range d.Checks {
			t := d.Inseminated.Add(c)
			if now.After(t) && now.Sub(t) < 15*time.Minute {
				out = append(out, id)
			}
		}
	}
	return out
}`)}
\`\`\``),

  rec('code_r_es', f`¿Por qué este modelo de tasa de blastocisto me da coeficientes NA para el grupo de edad > 40?

\`\`\`r
${code(f`library(dplyr)
ciclos <- read.csv("ciclos_2023_anon.csv")
ciclos <- ciclos %>%
  mutate(grupo_edad = cut(edad, breaks = c(0, 35, 38, 40, 45), right = FALSE))
modelo <- glm(cbind(blastos, mii - blastos) ~ grupo_edad + protocolo,
              family = binomial, data = ciclos)
summary(modelo)`)}
\`\`\``),

  rec('code_sql_fr', f`Cette requête sur l'exposition par pays est lente (3 min). Des idées d'index ?

${code(f`SELECT p.pays_acheteur,
       SUM(p.montant_garanti) AS exposition,
       COUNT(*) FILTER (WHERE s.statut = 'SINISTRE') AS nb_sinistres
FROM polices p
LEFT JOIN sinistres s ON s.police_id = p.id
WHERE p.date_effet >= DATE '2022-01-01'
  AND p.statut IN ('ACTIVE', 'PROLONGEE')
GROUP BY p.pays_acheteur
ORDER BY exposition DESC;`)}`),

  rec('code_java_en', f`Reviewer asked me to make the premium calculation testable. Any suggestions?

\`\`\`java
${code(f`public final class PremiumCalculator {
    private final CountryRiskTable risk;

    public PremiumCalculator(CountryRiskTable risk) { this.risk = risk; }

    public BigDecimal premium(Policy p) {
        BigDecimal base = p.coveredAmount().multiply(risk.rateFor(p.buyerCountry()));
        BigDecimal tenorFactor = BigDecimal.valueOf(1 + p.tenorMonths() / 120.0);
        BigDecimal result = base.multiply(tenorFactor);
        if (p.hasBankGuarantee()) result = result.multiply(new BigDecimal("0.85"));
        return result.setScale(2, RoundingMode.HALF_UP);
    }
}`)}
\`\`\``),

  rec('code_st_de_ch', f`Mir händ i de SPS vo de Gondelbahn e Logik für d'Windabschaltig. Isch die Hysterese so korrekt?

${code(f`FUNCTION_BLOCK FB_Windueberwachung
VAR_INPUT
    rWindMs      : REAL;
    bQuittierung : BOOL;
END_VAR
VAR_OUTPUT
    bLangsamfahrt : BOOL;
    bStopp        : BOOL;
END_VAR

IF rWindMs >= 22.0 THEN
    bStopp := TRUE;
ELSIF rWindMs < 18.0 AND bQuittierung THEN
    bStopp := FALSE;
END_IF;

bLangsamfahrt := (rWindMs >= 15.0) AND NOT bStopp;
END_FUNCTION_BLOCK`)}`),

  rec('code_rust_no', f`Kan du forklare hvorfor borrow checker klager her? Dette leser vibrasjonsdata fra masteløpehjulene.

\`\`\`rust
${code(f`struct Sensor { id: u16, samples: Vec<f32> }

fn rms(s: &Sensor) -> f32 {
    (s.samples.iter().map(|x| x * x).sum::<f32>() / s.samples.len() as f32).sqrt()
}

fn worst(sensors: &mut Vec<Sensor>) -> &Sensor {
    let w = sensors.iter().max_by(|a, b| rms(a).partial_cmp(&rms(b)).unwrap()).unwrap();
    sensors.retain(|s| s.samples.len() > 10);
    w
}`)}
\`\`\``),

  rec('code_python_en_gb', f`Near-duplicate detection for the review set is far too slow on 2m documents. Can it be vectorised?

\`\`\`python
${code(f`from datasketch import MinHash, MinHashLSH

def shingles(text, k=5):
    words = text.lower().split()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}

lsh = MinHashLSH(threshold=0.85, num_perm=128)
hashes = {}
for doc_id, text in iter_documents("matter-0187"):
    m = MinHash(num_perm=128)
    for s in shingles(text):
        m.update(s.encode("utf8"))
    lsh.insert(doc_id, m)
    hashes[doc_id] = m

groups = {d: lsh.query(h) for d, h in hashes.items()}`)}
\`\`\``),

  rec('code_csharp_pt', f`Este código de geração do privilege log está a duplicar entradas quando um e-mail tem anexos. Onde está o erro?

${code(f`var entries = new List<PrivLogEntry>();
foreach (var doc in reviewSet.Where(d => d.Coding.Privileged))
{
    entries.Add(new PrivLogEntry(doc.ControlNumber, doc.Date, doc.Author, doc.Recipients, doc.Coding.Basis));
    foreach (var att in doc.Attachments)
    {
        entries.Add(new PrivLogEntry(att.ControlNumber, doc.Date, doc.Author, doc.Recipients, doc.Coding.Basis));
    }
}
return entries.OrderBy(e => e.ControlNumber).ToList();`)}`),

  rec('code_ruby_ja', f`このRubyのバッチで、IEPの期限（年次見直し）が土日に当たる場合は前の金曜日にしたいです。

\`\`\`ruby
${code(f`require "date"

def review_due(last_review)
  due = last_review.next_year
  due -= 1 while due.saturday? || due.sunday?
  due
end

Student.where(status: "active").find_each do |s|
  s.update!(annual_review_due: review_due(s.last_annual_review))
end`)}
\`\`\``),

  rec('code_php_tr', f`Bayi başvuru formunda vergi numarası doğrulaması hep false dönüyor, neden?

\`\`\`php
${code(f`function vergiNoGecerli(string $vkn): bool {
    if (!preg_match('/^\\d{10}$/', $vkn)) return false;
    $toplam = 0;
    for ($i = 0; $i < 9; $i++) {
        $tmp = ((int)$vkn[$i] + (9 - $i)) % 10;
        $tmp = ($tmp * (2 ** (9 - $i))) % 9;
        if ($tmp === 0 && ((int)$vkn[$i] + (9 - $i)) % 10 !== 0) $tmp = 9;
        $toplam += $tmp;
    }
    return (10 - ($toplam % 10)) % 10 === (int)$vkn[9];
}`)}
\`\`\``),

  rec('code_kotlin_ko', f`케이블카 점검 체크리스트 앱에서 화면 회전하면 입력한 값이 사라집니다.

${code(f`class InspectionViewModel : ViewModel() {
    private val _items = MutableStateFlow(listOf<CheckItem>())
    val items: StateFlow<List<CheckItem>> = _items

    fun toggle(id: Int) {
        _items.value = _items.value.map { if (it.id == id) it.copy(done = !it.done) else it }
    }
}

@Composable
fun InspectionScreen() {
    val vm = InspectionViewModel()
    val items by vm.items.collectAsState()
    LazyColumn { items(items) { CheckRow(it, onToggle = vm::toggle) } }
}`)}`),

  rec('code_swift_zh', f`这个 Swift 函数计算胚胎的发育天数，在跨时区时结果不对：

${code(f`func embryoDay(insemination: Date, now: Date = Date()) -> Int {
    let hours = now.timeIntervalSince(insemination) / 3600
    return Int(hours / 24)
}

let fmt = DateFormatter()
fmt.dateFormat = "yyyy-MM-dd HH:mm"
let day = embryoDay(insemination: fmt.date(from: "2024-12-02 09:30")!)`)}`),

  rec('code_bash_ru', f`Скрипт ротации логов телеметрии канатной дороги удаляет не те файлы. Посмотри, пожалуйста:

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
LOG_DIR=/var/log/telemetry
KEEP_DAYS=30

find "$LOG_DIR" -name "*.log" -mtime +$KEEP_DAYS -print0 | while IFS= read -r -d '' f; do
  gzip -9 "$f"
done
find $LOG_DIR -name "*.gz" -mtime +90 -exec rm {} \\;`)}
\`\`\``),

  rec('code_vba_pl', f`Makro w Excelu do liczenia prowizji komisów się wywala przy pustych wierszach:

${code(f`Sub LiczProwizje()
    Dim ws As Worksheet, i As Long, ostatni As Long
    Set ws = Sheets("Sprzedaz")
    ostatni = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
    For i = 2 To ostatni
        ws.Cells(i, 6).Value = ws.Cells(i, 4).Value * ws.Cells(i, 5).Value / 100
    Next i
End Sub`)}`),

  rec('code_dart_id', f`Widget kalkulator cicilan mobil bekas ini rebuild terus. Gimana cara optimasinya?

${code(f`class CicilanCard extends StatelessWidget {
  final double harga;
  final int tenor;
  const CicilanCard({super.key, required this.harga, required this.tenor});

  @override
  Widget build(BuildContext context) {
    final bunga = context.watch<RateProvider>().flatRate;
    final cicilan = (harga * 0.7 * (1 + bunga * tenor / 12)) / tenor;
    return Card(child: Text('Rp \${cicilan.toStringAsFixed(0)} / bulan'));
  }
}`)}`),

  rec('code_python_fixture', f`Our pytest fixture for the parent-notification service, can you add a test for the Spanish template?

\`\`\`python
${code(f`import pytest

@pytest.fixture
def guardian():
    return {
        "name": "Rosa Delgado",
        "email": "${v('pii.email', 'rosa.delgado.tx@gmail.com')}",
        "phone": "${phone('+1 415 382 4719', 'US')}",
        "language": "es",
        "student_dob": "${v('pii.date_of_birth', '2014-03-09')}",
    }

def test_english_template(guardian, render):
    guardian["language"] = "en"
    assert "IEP meeting" in render("meeting_notice", guardian)`)}
\`\`\``, 'test fixture with a real-looking guardian e-mail, phone and student DOB'),

  rec('code_js_el', f`Χρειάζομαι βοήθεια με αυτό το script που ελέγχει αν έχει λήξει η πιστοποίηση των συρματόσχοινων:

${code(f`const certs = await db.query("SELECT rope_id, certified_on FROM rope_certs");
const today = new Date();
const expired = certs.rows.filter(r => {
  const until = new Date(r.certified_on);
  until.setFullYear(until.getFullYear() + 6);
  return until < today;
});
console.table(expired);`)}`),

  rec('code_elixir_en', f`Review queue assignment: reviewers sometimes get the same batch twice. GenServer below.

${code(f`defmodule Review.Queue do
  use GenServer

  def start_link(batches), do: GenServer.start_link(__MODULE__, batches, name: __MODULE__)
  def next(reviewer), do: GenServer.call(__MODULE__, {:next, reviewer})

  def init(batches), do: {:ok, %{pending: batches, assigned: %{}}}

  def handle_call({:next, r}, _from, %{pending: [b | rest]} = s) do
    {:reply, {:ok, b}, %{s | pending: rest, assigned: Map.put(s.assigned, b, r)}}
  end

  def handle_call({:next, _r}, _from, s), do: {:reply, :empty, s}
end`)}`),

  rec('code_sql_host', f`Query for the cable-car maintenance DB, the join returns duplicate rows when a part was replaced twice:

${code(f`SELECT w.wo_id, w.asset_code, w.opened_at, p.part_no, p.qty
FROM work_orders w
JOIN work_order_parts p ON p.wo_id = w.wo_id
WHERE w.asset_code LIKE 'GB-SEK2-%'
  AND w.opened_at >= now() - interval '180 days'
ORDER BY w.opened_at DESC;`)}

It runs against ${amb('pii.ip_address', '10.12.3.40')} (read replica).`),
];
