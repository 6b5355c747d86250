/**
 * Held-out batch 125: pasted source code (fenced or not) from the six teams — fine matching,
 * audiometry scheduling, lot traceability, seat maps, deletion pipelines and yard timesheets —
 * with questions in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH125_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Diese Funktion ordnet Bußgeldbescheide der Miete zu, aber bei Sommerzeit-Umstellung landen einige Fälle beim falschen Kunden. Siehst du den Fehler?

\`\`\`python
${code(f`from datetime import datetime
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")

def match_rental(fine, rentals):
    # Tatzeit kommt als lokale Zeit ohne Zone aus dem PDF
    t = datetime.strptime(fine["tatzeit"], "%d.%m.%Y %H:%M")
    for r in rentals:
        if r["plate"] == fine["kennzeichen"] and r["start"] <= t <= r["end"]:
            return r["customer_id"]
    return None`)}
\`\`\``),

  rec('code_sql', f`Query for the monthly damage report. It double-counts damages that have two photos. How do I fix it without a subquery?

${code(f`SELECT v.plate,
       COUNT(d.id)            AS damages,
       SUM(d.repair_cost_eur) AS cost
FROM vehicles v
JOIN damages d       ON d.vehicle_id = v.id
LEFT JOIN damage_photos p ON p.damage_id = d.id
WHERE d.reported_at >= date_trunc('month', now()) - interval '1 month'
  AND d.reported_at <  date_trunc('month', now())
GROUP BY v.plate
ORDER BY cost DESC;`)}`),

  rec('code_kotlin', f`Android-appens skadeflöde: kameran startar två gånger på vissa Samsung-telefoner. Vad är fel?

\`\`\`kotlin
${code(f`class DamagePhotoFragment : Fragment() {
    private val takePicture = registerForActivityResult(ActivityResultContracts.TakePicture()) { ok ->
        if (ok) viewModel.onPhotoTaken(currentUri)
    }

    override fun onResume() {
        super.onResume()
        currentUri = viewModel.newPhotoUri(requireContext())
        takePicture.launch(currentUri)
    }
}`)}
\`\`\``),

  rec('code_matlab', f`Adaptive staircase for the speech reception threshold. Our SRTs look ~2 dB too high compared to the literature. Is the step rule right?

\`\`\`matlab
${code(f`function srt = run_staircase(sentences, snr0)
    snr = snr0; step = 2; reversals = []; lastDir = 0;
    for k = 1:numel(sentences)
        correct = present_sentence(sentences(k), snr);   % >= 50% words correct
        dir = -1 * correct + 1 * ~correct;
        if lastDir ~= 0 && dir ~= lastDir
            reversals(end+1) = snr; %#ok<AGROW>
        end
        snr = snr + dir * step;
        lastDir = dir;
    end
    srt = mean(reversals(end-5:end));
end`)}
\`\`\``),

  rec('code_python', f`Kan du forklare, hvad den her kalibreringsfunktion gør? Jeg har arvet koden fra en ph.d.-studerende.

${code(f`import numpy as np

REF_SPL = 94.0  # dB SPL fra kalibrator (1 kHz)

def calibrate(recording: np.ndarray, fs: int) -> float:
    rms = np.sqrt(np.mean(recording ** 2))
    return REF_SPL - 20 * np.log10(rms)

def to_spl(signal: np.ndarray, gain_db: float) -> float:
    return 20 * np.log10(np.sqrt(np.mean(signal ** 2))) + gain_db`)}`),

  rec('code_r', f`Mixed model for the hearing-aid benefit study. lme4 gives "boundary (singular) fit". Should I drop the random slope?

\`\`\`r
${code(f`library(lme4)
m <- lmer(srt_db ~ condition * age_group + (1 + condition | participant) + (1 | sentence_list),
          data = srt_long, REML = FALSE)
summary(m)`)}
\`\`\``),

  rec('code_vba', f`Excel-Makro für unsere Chargenrückverfolgung (Gewürze): es soll jede Zeile mit Aflatoxin > 5 µg/kg rot markieren, aber es markiert alles.

${code(f`Sub MarkiereGrenzwerte()
    Dim ws As Worksheet, r As Long
    Set ws = ThisWorkbook.Sheets("Laborwerte")
    For r = 2 To ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
        If ws.Cells(r, "F").Value > "5" Then
            ws.Rows(r).Interior.Color = RGB(255, 199, 206)
        End If
    Next r
End Sub`)}`),

  rec('code_java', f`HS code lookup for the customs declaration. Some paprika lots get 0904 22 instead of 0904 21. Why?

\`\`\`java
${code(f`public String hsCodeFor(Lot lot) {
    if (lot.getProduct().startsWith("paprika")) {
        return lot.isCrushedOrGround() ? "09042200" : "09042110";
    }
    if (lot.getProduct().equals("saffron")) {
        return "09102000";
    }
    return CN_TABLE.getOrDefault(lot.getProduct(), "UNKNOWN");
}`)}
\`\`\``),

  rec('code_ts', f`帮我看看这段代码，为什么有些批次的保质期算错了一个月？

\`\`\`ts
${code(f`export function bestBefore(packedAt: string, months: number): string {
  const d = new Date(packedAt);
  d.setMonth(d.getMonth() + months);
  return d.toISOString().slice(0, 10);
}

// 2025-01-31 + 1 个月 → ?
console.log(bestBefore('2025-01-31', 1));`)}
\`\`\``),

  rec('code_js', f`Seat map for the children's theatre — I want to block the first row for wheelchair companions automatically. The filter returns nothing:

\`\`\`js
${code(f`const seats = await fetch('/api/seats?show=' + showId).then(r => r.json());
const firstRow = seats.filter(s => s.row === 1 && s.type = 'companion');
firstRow.forEach(s => s.blocked = true);
render(seats);`)}
\`\`\``),

  rec('code_swift', f`iOS-ის ბილეთების აპლიკაციაში QR კოდი ზოგჯერ ცარიელია. რა არის პრობლემა?

\`\`\`swift
${code(f`func qrImage(for ticket: Ticket) -> UIImage? {
    let data = ticket.code.data(using: .ascii)
    let filter = CIFilter.qrCodeGenerator()
    filter.setValue(data, forKey: "inputMessage")
    guard let output = filter.outputImage else { return nil }
    return UIImage(ciImage: output)
}`)}
\`\`\``),

  rec('code_php', f`Gruppenbuchung für Schulen: der Rabatt (1 Begleitperson frei pro 10 Kinder) wird falsch berechnet.

\`\`\`php
${code(f`function freeCompanions(int $children, int $companions): int {
    $free = intdiv($children, 10);
    return max($free, $companions);
}

$total = ($children * 7.50) + (($companions - freeCompanions($children, $companions)) * 12.00);`)}
\`\`\``),

  rec('code_python', f`Our deletion pipeline hashes emails before matching against the suppression list. Matches are way lower than expected:

\`\`\`python
${code(f`import hashlib

def norm_hash(email: str) -> str:
    return hashlib.sha256(email.encode()).hexdigest()

def is_suppressed(email: str, suppression: set[str]) -> bool:
    return norm_hash(email) in suppression`)}
\`\`\`
The suppression list was built by a partner with lowercased, trimmed emails.`),

  rec('code_sql', f`Запрос для удаления профиля по запросу субъекта. Боюсь, что он не удаляет связанные записи из таблицы покупок данных. Проверь, пожалуйста:

${code(f`BEGIN;
DELETE FROM profile_attributes WHERE profile_id = :pid;
DELETE FROM profile_emails     WHERE profile_id = :pid;
UPDATE profiles SET deleted_at = now(), name = NULL, dob = NULL WHERE id = :pid;
INSERT INTO suppression (hash, reason, created_at) VALUES (:email_hash, 'art17', now());
COMMIT;`)}`),

  rec('code_scala_ur', f`سہ ماہی ڈیلیشن آڈٹ کے لیے Spark جاب بہت سست ہے (2 گھنٹے)۔ کوئی واضح بہتری بتائیں؟

\`\`\`scala
${code(f`val requests = spark.read.parquet("s3://veridata-dsar/requests/")
val profiles = spark.read.parquet("s3://veridata-lake/profiles/")

val stillPresent = requests
  .filter($"status" === "completed")
  .join(profiles, requests("email_sha256") === profiles("email_sha256"))
  .select(requests("request_id"), profiles("profile_id"), profiles("source"))

stillPresent.collect().foreach(println)`)}
\`\`\``),

  rec('code_bash', f`Script we run before closing a deletion ticket. Sometimes it says "0 rows" even though the person was in the export. Why?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
HASH=$(printf '%s' "$1" | tr '[:upper:]' '[:lower:]' | sha256sum | cut -d' ' -f1)
for f in exports/*.csv.gz; do
  n=$(zcat "$f" | grep -c "$HASH" || true)
  echo "$f: $n rows"
done`)}
\`\`\``),

  rec('code_csharp', f`Obliczanie nadgodzin dla podwykonawców w stoczni. Dla zmian nocnych przez północ wychodzi ujemny czas. Co poprawić?

\`\`\`csharp
${code(f`public static decimal Hours(TimeOnly start, TimeOnly end, int breakMinutes)
{
    var minutes = (end - start).TotalMinutes - breakMinutes;
    return Math.Round((decimal)minutes / 60m, 2);
}`)}
\`\`\``),

  rec('code_go_is', f`Aðgangspassaþjónustan: gildistímaathugunin hleypir útrunnum pössum í gegn á síðasta deginum. Er þetta villa?

\`\`\`go
${code(f`func (p Pass) Valid(now time.Time) bool {
	return now.After(p.From) && now.Before(p.Until)
}

// Until is stored as the date only: 2025-03-31T00:00:00Z`)}
\`\`\``),

  rec('code_rust', f`Rust-funktio, joka laskee telakan kuivatelakan vuokrapäivät aliurakoitsijan laskulle. Testit menevät läpi, mutta karkausvuosi?

\`\`\`rust
${code(f`fn dock_days(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days() + 1
}

#[test]
fn feb_2024() {
    let a = NaiveDate::from_ymd_opt(2024, 2, 27).unwrap();
    let b = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
    assert_eq!(dock_days(a, b), 4);
}`)}
\`\`\``),

  rec('code_powershell_af', f`PowerShell om die subkontrakteur se sweisinspeksieverslae na die klasvereniging se lêer te kopieer. Dit slaan lêers met spasies in die naam oor:

\`\`\`powershell
${code(f`$src = "\\\\yard-fs01\\inspections\\incoming"
$dst = "\\\\yard-fs01\\class\\DNV\\MV-Nordlys"
Get-ChildItem $src -Filter *.pdf | ForEach-Object {
    cmd /c copy $_.FullName $dst
}`)}
\`\`\``),

  rec('code_python_log', f`Our Flask endpoint for the theatre's school booking form logs too much. Here's the handler and one log line it produced — how do I stop it logging the teacher's details?

\`\`\`python
${code(f`@app.post("/api/school-booking")
def school_booking():
    payload = request.get_json()
    app.logger.info("booking %s", payload)
    booking = Booking.create(**payload)
    return {"id": booking.id}, 201`)}
\`\`\`

${amb('source_code.snippet', f`INFO booking {'school': 'Escola Básica n.º 2 de Setúbal', 'teacher': 'Inês Moura', 'email': '${v('pii.email', 'ines.moura@aeset2.pt')}', 'phone': '${phone('+351 265 482 937')}', 'seats': 48}`)}`),
];
