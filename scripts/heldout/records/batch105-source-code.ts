/**
 * Held-out batch 105: pasted source code from toll billing, clinic scheduling, pension
 * calculations, rescue dispatch, lab informatics and bookshop marketplace code bases. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH105_SOURCE_CODE: DraftRecord[] = [
  rec('code_sql', f`This query for unpaid toll trips is slow on the 400M-row table, how do I index it?

\`\`\`sql
${code(f`SELECT t.plate_hash,
       COUNT(*)              AS trips,
       SUM(t.fare_pence)     AS owed,
       MIN(t.passed_at)      AS first_trip
FROM   toll_trip t
LEFT JOIN payment p ON p.trip_id = t.id
WHERE  p.id IS NULL
  AND  t.passed_at < now() - interval '14 days'
  AND  t.account_id IS NULL
GROUP  BY t.plate_hash
HAVING SUM(t.fare_pence) > 5000
ORDER  BY owed DESC;`)}
\`\`\``),

  rec('code_python', f`Kannst du diese Funktion zur Rentenberechnung vereinfachen? Die verschachtelten ifs gefallen mir nicht.

${code(f`def monatsrente(beitragsjahre: int, endgehalt: float, vorzeitig_monate: int = 0) -> float:
    if beitragsjahre <= 0:
        return 0.0
    satz = 0.015 * min(beitragsjahre, 40)
    rente = endgehalt * satz / 12
    if vorzeitig_monate > 0:
        if vorzeitig_monate > 60:
            vorzeitig_monate = 60
        rente = rente * (1 - 0.003 * vorzeitig_monate)
    return round(rente, 2)`)}`),

  rec('code_kotlin', f`Android-appen för fjällräddningen kraschar när GPS-positionen är null. Var ska jag lägga null-kontrollen?

${code(f`class LarmViewModel(private val repo: LarmRepository) : ViewModel() {
    val position = MutableLiveData<Location?>()

    fun skickaLarm(beskrivning: String) {
        val pos = position.value!!
        viewModelScope.launch {
            repo.skicka(Larm(lat = pos.latitude, lon = pos.longitude, text = beskrivning, tid = Instant.now()))
        }
    }
}`)}`),

  rec('code_ts', f`Cette fonction calcule le prochain créneau libre pour une consultation de podologie. Elle saute parfois le créneau de 8h. Tu vois pourquoi ?

\`\`\`ts
${code(f`export function prochainCreneau(agenda: Creneau[], depuis: Date, dureeMin = 30): Date | null {
  const tries = [...agenda].sort((a, b) => a.debut.getTime() - b.debut.getTime());
  let curseur = new Date(depuis);
  for (const c of tries) {
    if (c.debut.getTime() - curseur.getTime() >= dureeMin * 60_000) return curseur;
    if (c.fin > curseur) curseur = new Date(c.fin);
  }
  return curseur.getHours() < 19 ? curseur : null;
}`)}
\`\`\``),

  rec('code_r', f`ELISA standard curve fitting in R, the 4PL fit fails to converge for some plates:

${code(f`library(drc)

fit_plate <- function(df) {
  std <- subset(df, type == "standard")
  m <- drm(od450 ~ conc, data = std, fct = LL.4(names = c("slope", "lower", "upper", "ec50")))
  unk <- subset(df, type == "sample")
  unk$conc_est <- ED(m, unk$od450, type = "absolute", display = FALSE)[, 1]
  unk
}

results <- lapply(split(plates, plates$plate_id), fit_plate)`)}`),

  rec('code_go', f`Our ISBN normaliser for the marketplace import is returning wrong check digits for ISBN-10 with an X. Go code:

${code(f`func isbn10to13(isbn10 string) (string, error) {
	s := strings.ReplaceAll(isbn10, "-", "")
	if len(s) != 10 {
		return "", fmt.Errorf("bad length %d", len(s))
	}
	core := "978" + s[:9]
	sum := 0
	for i, r := range core {
		d := int(r - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	check := (10 - sum%10) % 10
	return core + strconv.Itoa(check), nil
}`)}`),

  rec('code_java', f`Spring Batch job that generates annual pension statements: chunk size 500 takes 6 hours. Any obvious problems?

${code(f`@Bean
public Step statementStep(JobRepository repo, PlatformTransactionManager tx) {
    return new StepBuilder("statementStep", repo)
        .<Member, Statement>chunk(500, tx)
        .reader(memberReader())
        .processor(member -> {
            List<Contribution> c = contributionRepo.findByMemberId(member.getId());
            BigDecimal balance = c.stream().map(Contribution::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Statement(member, balance, projection.project(member, balance));
        })
        .writer(pdfWriter())
        .build();
}`)}`),

  rec('code_csharp', f`Lane controller at the toll plaza: sometimes the barrier opens twice for one tag read. C#:

${code(f`private readonly HashSet<string> _recent = new();

public async Task OnTagRead(TagReadEvent e)
{
    if (_recent.Contains(e.TagId)) return;
    _recent.Add(e.TagId);
    await _barrier.OpenAsync(e.LaneId);
    _ = Task.Delay(TimeSpan.FromSeconds(5)).ContinueWith(_ => _recent.Remove(e.TagId));
}`)}`),

  rec('code_python', f`Napisałem skrypt do ostrzeżeń lawinowych dla GOPR, ale pandas rzuca SettingWithCopyWarning. Jak to poprawić?

${code(f`import pandas as pd

df = pd.read_csv("pomiary_pokrywy.csv", parse_dates=["czas"])
wysokie = df[df["wysokosc_m"] > 1500]
wysokie["przyrost_24h"] = wysokie.groupby("stacja")["snieg_cm"].diff(24)
alarm = wysokie[(wysokie["przyrost_24h"] > 40) & (wysokie["wiatr_ms"] > 12)]
print(alarm[["stacja", "czas", "przyrost_24h"]])`)}`),

  rec('code_rust', f`Rust parser for the plate reader's CSV output, the borrow checker complains in the loop:

${code(f`fn parse_plate(text: &str) -> Result<Vec<Well>, ParseError> {
    let mut wells = Vec::with_capacity(96);
    for (row_idx, line) in text.lines().skip(1).enumerate() {
        let cols: Vec<&str> = line.split(',').collect();
        for (col_idx, v) in cols.iter().skip(1).enumerate() {
            let od: f64 = v.trim().parse().map_err(|_| ParseError::BadValue(row_idx, col_idx))?;
            wells.push(Well { row: (b'A' + row_idx as u8) as char, col: col_idx + 1, od });
        }
    }
    Ok(wells)
}`)}`),

  rec('code_php', f`WooCommerce hook for our used-book shop: we want to add a "condition" field (Fine, Very Good, Good, Fair) to each product. Does this work?

${code(f`add_action('woocommerce_product_options_general_product_data', function () {
    woocommerce_wp_select([
        'id'      => '_book_condition',
        'label'   => __('Condition', 'usedbooks'),
        'options' => ['fine' => 'Fine', 'vg' => 'Very Good', 'good' => 'Good', 'fair' => 'Fair'],
    ]);
});

add_action('woocommerce_process_product_meta', function ($post_id) {
    if (isset($_POST['_book_condition'])) {
        update_post_meta($post_id, '_book_condition', sanitize_text_field($_POST['_book_condition']));
    }
});`)}`),

  rec('code_python', f`Benchling webhook handler in our lab informatics service, Flask. Is the signature check right?

${code(f`@app.post("/hooks/benchling")
def benchling_hook():
    body = request.get_data()
    sig = request.headers.get("X-Benchling-Signature", "")
    expected = hmac.new(current_app.config["BENCHLING_HOOK_SECRET"].encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        abort(401)
    event = request.get_json()
    if event["eventType"] == "v2.entity.registered":
        queue.enqueue(sync_entity, event["entity"]["id"])
    return "", 204`)}`),

  rec('code_bash', f`Script que corre cada noche para subir las fotos de infracciones de peaje al archivo. ¿Por qué a veces sube archivos vacíos?

${code(f`#!/usr/bin/env bash
set -u
SRC=/var/anpr/out
DST=s3://peaje-infracciones-archivo/$(date +%Y/%m/%d)

for f in "$SRC"/*.jpg; do
  aws s3 cp "$f" "$DST/" --only-show-errors && rm "$f"
done`)}`),

  rec('code_swift', f`iOS-appen för fotvårdskliniken: bokningsbekräftelsen visas två gånger. Swift:

${code(f`func bekrafta(bokning: Bokning) {
    api.skicka(bokning) { result in
        switch result {
        case .success:
            DispatchQueue.main.async { self.visaBekraftelse(bokning) }
        case .failure(let err):
            self.visaFel(err)
        }
        self.visaBekraftelse(bokning)
    }
}`)}`),

  rec('code_sql', f`Запрос для отчёта по пенсионным взносам за квартал. Почему дублируются строки?

${code(f`SELECT m.member_no, m.full_name, SUM(c.amount) AS total
FROM members m
JOIN contributions c ON c.member_id = m.id
JOIN employers e ON e.id = c.employer_id
JOIN employer_contacts ec ON ec.employer_id = e.id
WHERE c.period BETWEEN '2025-01-01' AND '2025-03-31'
GROUP BY m.member_no, m.full_name, ec.id;`)}`),

  rec('code_ruby', f`Rails model for the bookshop's consignment sellers. The commission is off by one cent on some orders:

${code(f`class Consignment < ApplicationRecord
  COMMISSION = 0.175

  def seller_payout
    (sale_price * (1 - COMMISSION)).round(2)
  end

  def shop_commission
    (sale_price * COMMISSION).round(2)
  end
end`)}`),

  rec('code_python', f`Biopython: I want to translate all ORFs longer than 300 nt from our plasmid FASTA, but it misses those on the reverse strand.

\`\`\`python
${code(f`from Bio import SeqIO

for rec in SeqIO.parse("plasmids.fasta", "fasta"):
    seq = rec.seq
    for frame in range(3):
        prot = seq[frame:].translate(to_stop=False)
        for orf in str(prot).split("*"):
            if len(orf) * 3 >= 300:
                print(rec.id, frame, orf[:20])`)}
\`\`\``),

  rec('code_js', f`Hajautettu avalanche-beacon simulaattori harjoituksiin, Node.js. Miksi setInterval vuotaa muistia?

${code(f`const beacons = [];
function startBeacon(id, pos) {
  const b = { id, pos, history: [] };
  b.timer = setInterval(() => {
    b.history.push({ t: Date.now(), rssi: -40 - Math.random() * 50 });
    broadcast(b);
  }, 1000);
  beacons.push(b);
}
function stopBeacon(id) {
  const i = beacons.findIndex((b) => b.id === id);
  if (i >= 0) beacons.splice(i, 1);
}`)}`),

  rec('diff', f`Review this change to the toll discount rule please:

${code(f`--- a/billing/discounts.py
+++ b/billing/discounts.py
@@ -41,9 +41,12 @@ def apply_discounts(trip, account):
     fare = trip.base_fare
-    if account.is_frequent and trip.vehicle_class == 2:
-        fare *= Decimal("0.85")
+    if account.is_frequent:
+        rate = FREQUENT_RATES.get(trip.vehicle_class, Decimal("1"))
+        fare *= rate
     if trip.is_night and trip.vehicle_class >= 4:
         fare *= Decimal("0.90")
     return fare.quantize(Decimal("0.01"))`)}`),

  rec('code_vba', f`Macro Excel che usiamo in ambulatorio per contare le visite podologiche per medico. Va lentissima con 20.000 righe:

${code(f`Sub ContaVisite()
    Dim i As Long, ultimo As Long
    ultimo = Cells(Rows.Count, 1).End(xlUp).Row
    For i = 2 To ultimo
        Sheets("Riepilogo").Range("B2:B20").Find(Cells(i, 3).Value).Offset(0, 1).Value = _
            Sheets("Riepilogo").Range("B2:B20").Find(Cells(i, 3).Value).Offset(0, 1).Value + 1
    Next i
End Sub`)}`),

  rec('dockerfile', f`Dockerfile for the lab's LIMS export service; image is 2.3 GB, how do I slim it?

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN apt-get update && apt-get install -y build-essential libpq-dev
RUN pip install -r requirements.txt
CMD ["gunicorn", "lims_export.wsgi:app", "-b", "${amb('pii.ip_address', '0.0.0.0')}:8000", "-w", "4"]`)}`, 'a Dockerfile is ambiguous code; the bind-all address is an IP literal, ambiguous like every IP'),
];
