/** Held-out batch 89: pasted source code from vet scheduling, outage tooling, loan servicing, subtitle pipelines, chemical compliance and registry systems. Hand-written. */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH89_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`¿Por qué esta función calcula mal la dosis para reptiles de menos de 100 g?

\`\`\`python
${code(f`def dosis_mg(peso_g: float, mg_por_kg: float) -> float:
    peso_kg = peso_g // 1000
    if peso_kg <= 0:
        raise ValueError("peso inválido")
    return round(peso_kg * mg_por_kg, 2)`)}
\`\`\``),

  rec('code_sql', f`Optimise this query, it takes 40 s on the outage table:

${code(f`SELECT o.feeder_id, COUNT(*) AS interruptions, SUM(o.customers_affected * o.duration_min) AS cust_min
FROM outages o
JOIN feeders f ON f.id = o.feeder_id
WHERE o.started_at >= now() - interval '365 days'
  AND o.cause <> 'planned'
GROUP BY o.feeder_id
ORDER BY cust_min DESC;`)}`),

  rec('code_java', f`Ten kod liczy odsetki od pożyczki studenckiej dziennie, ale wyniki różnią się o grosze od arkusza. Dlaczego?

\`\`\`java
${code(f`public BigDecimal dailyInterest(BigDecimal principal, BigDecimal annualRate) {
    BigDecimal daily = annualRate.divide(BigDecimal.valueOf(365));
    return principal.multiply(daily).setScale(2, RoundingMode.HALF_UP);
}`)}
\`\`\``),

  rec('code_ts', f`字幕ファイルのタイムコードを変換する関数です。フレームレート 23.976 でずれます。

\`\`\`ts
${code(f`export function tcToMs(tc: string, fps = 24): number {
  const [h, m, s, fr] = tc.split(':').map(Number);
  return ((h * 3600 + m * 60 + s) * 1000) + Math.round((fr / fps) * 1000);
}`)}
\`\`\``),

  rec('code_go', f`Dieser Go-Code soll SDS-PDFs nach UN-Nummer sortieren, aber die Reihenfolge ist falsch:

${code(f`sort.Slice(docs, func(i, j int) bool {
	return docs[i].UN < docs[j].UN
})
for _, d := range docs {
	fmt.Printf("%s\\t%s\\n", d.UN, d.Name)
}`)}

UN ist ein string wie "UN1993".`),

  rec('code_csharp', f`Bu C# kodu evlilik başvurusunda yaşı kontrol ediyor ama 29 Şubat doğumlularda hata veriyor:

\`\`\`csharp
${code(f`public static bool IsAdult(DateTime birth, DateTime today)
{
    var eighteenth = new DateTime(birth.Year + 18, birth.Month, birth.Day);
    return today >= eighteenth;
}`)}
\`\`\``),

  rec('code_kotlin', f`Android app for the vet ward: the RecyclerView shows duplicated animals after refresh.

\`\`\`kotlin
${code(f`fun refresh(newItems: List<Patient>) {
    items.addAll(newItems)
    notifyDataSetChanged()
}`)}
\`\`\``),

  rec('code_bash', f`Skripti ei siirrä kaikkia tiedostoja, välilyönnit nimissä rikkovat sen:

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -e
for f in $(ls /mnt/rushes/*.mov); do
  ffmpeg -i $f -c:v prores_ks -profile:v 3 /mnt/proxy/$(basename $f .mov).mov
done`)}
\`\`\``),

  rec('code_rust', f`Rust borrow checker complains in our SCADA event parser:

${code(f`fn parse(events: &mut Vec<Event>) {
    for e in events.iter() {
        if e.kind == Kind::Trip {
            events.push(Event::ack(e.id));
        }
    }
}`)}`),

  rec('code_php', f`Ce cod PHP din portalul stării civile nu escapează numele cu diacritice:

\`\`\`php
${code(f`<?php
$nume = $_GET['nume'];
echo "<h2>Certificat pentru " . $nume . "</h2>";
$stmt = $pdo->query("SELECT * FROM acte WHERE nume = '$nume'");`)}
\`\`\`
E vulnerabil la SQL injection?`),

  rec('code_python', f`Pandas: quiero agrupar los cortes de luz por provincia y hora, pero el resample me da NaN.

${code(f`df = pd.read_csv("cortes.csv", parse_dates=["inicio"])
df = df.set_index("inicio")
por_hora = df.groupby("provincia").resample("1H")["clientes"].sum()
print(por_hora.head())`)}`),

  rec('code_swift', f`iOS拍摄日程App，这段代码在后台线程更新UI崩溃了：

\`\`\`swift
${code(f`URLSession.shared.dataTask(with: url) { data, _, _ in
    self.shoots = try! JSONDecoder().decode([Shoot].self, from: data!)
    self.tableView.reloadData()
}.resume()`)}
\`\`\``),

  rec('code_js', f`Este validador de número de folio de acta rechaza folios válidos con ceros a la izquierda:

\`\`\`js
${code(f`function validarFolio(folio) {
  const n = parseInt(folio);
  return String(n).length === 10 && n > 0;
}`)}
\`\`\``),

  rec('code_sql', f`Koji je problem s ovim okidačem? Zaliha kemikalija ode u minus:

${code(f`CREATE TRIGGER trg_izdavanje AFTER INSERT ON izdavanja
FOR EACH ROW
UPDATE zalihe SET kolicina = kolicina - NEW.kolicina
WHERE artikl_id = NEW.artikl_id;`)}`),

  rec('code_cpp', f`Embedded code on the feeder relay: the counter overflows after ~49 days. Why?

\`\`\`cpp
${code(f`uint32_t last = millis();
void loop() {
  if (millis() > last + 1000) {
    last = millis();
    sampleCurrent();
  }
}`)}
\`\`\``),

  rec('code_ruby', f`Rails model for loan disbursements — validation passes with negative amounts:

${code(f`class Disbursement < ApplicationRecord
  belongs_to :loan
  validates :amount, presence: true
  validates :amount, numericality: true
end`)}`),

  rec('code_python', f`Αυτό το script υπολογίζει την ηλικία των ζώων από την ημερομηνία γέννησης αλλά βγάζει λάθος για χελώνες >100 ετών:

${code(f`from datetime import date
def age_years(born: date) -> int:
    return (date.today() - born).days // 365`)}`),

  rec('diff', f`Review this diff please, it changes how outage ETAs are rounded:

\`\`\`diff
${code(f`--- a/eta.py
+++ b/eta.py
@@ -12,7 +12,7 @@ def estimate_restore(outage):
     base = CREW_TRAVEL_MIN[outage.zone]
-    return base + outage.repair_min
+    return math.ceil((base + outage.repair_min) / 15) * 15`)}
\`\`\``),

  rec('code_ts', f`Hindi ko maintindihan bakit undefined ang \`status\` dito (React component ng loan dashboard):

${code(f`export function LoanBadge({ loan }: { loan?: Loan }) {
  const { status } = loan;
  return <span className={\`badge badge-\${status}\`}>{status}</span>;
}`)}`),

  rec('code_vba', f`Excel macro for the chemical inventory sheet errors with "Type mismatch" on blank rows:

${code(f`Sub FlagExpired()
    Dim r As Long
    For r = 2 To Cells(Rows.Count, 1).End(xlUp).Row
        If Cells(r, 5).Value < Date Then Cells(r, 5).Interior.Color = vbRed
    Next r
End Sub`)}`),
];
