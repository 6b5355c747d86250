/** Held-out batch 88: pasted code from lab automation, bookings, parking, interpreting, hospice and pawnshop systems. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH88_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Hamilton STAR export parser skips the last plate, why?

\`\`\`python
${code(f`import csv
from pathlib import Path

def read_plates(folder: Path) -> list[dict]:
    plates = []
    files = sorted(folder.glob("*.csv"))
    for i in range(len(files) - 1):
        with files[i].open(newline="") as fh:
            for row in csv.DictReader(fh, delimiter=";"):
                plates.append({"barcode": row["PlateID"], "well": row["Well"], "od": float(row["OD600"])})
    return plates`)}
\`\`\``),

  rec('code_ts', f`Bookings desk: this function should compute reefer setpoint deviation but returns NaN sometimes

${code(f`interface ReeferReading { container: string; setpointC: number; supplyC?: number; ts: string }

export function maxDeviation(readings: ReeferReading[]): number {
  return readings.reduce((max, r) => {
    const d = Math.abs(r.supplyC! - r.setpointC);
    return d > max ? d : max;
  }, 0);
}`)}`),

  rec('code_sql', f`Parkeerbeheer: deze query telt vergunningen dubbel als iemand twee kentekens heeft.

${code(f`SELECT z.zone_code, COUNT(*) AS active_permits
FROM permits p
JOIN permit_plates pp ON pp.permit_id = p.id
JOIN zones z ON z.id = p.zone_id
WHERE p.valid_until >= CURRENT_DATE
GROUP BY z.zone_code
ORDER BY active_permits DESC;`)}`),

  rec('code_go', f`ANPR ingest service, goroutine leak?

\`\`\`go
${code(f`func (s *Server) consume(ctx context.Context, reads <-chan Read) {
	for r := range reads {
		go func(r Read) {
			plate := normalize(r.Plate)
			if err := s.store.Save(ctx, plate, r.Camera, r.At); err != nil {
				s.log.Warn("save failed", "plate", plate, "err", err)
			}
		}(r)
	}
}`)}
\`\`\``),

  rec('code_csharp', f`Pawn valuation: gold price per gram by karat. Rounding looks off.

${code(f`public static decimal LoanOffer(decimal grams, int karat, decimal spotPerGram)
{
    var purity = karat / 24;
    var value = grams * purity * spotPerGram;
    return Math.Round(value * 0.65m, 2);
}`)}`),

  rec('code_java', f`Interpreting agency scheduler — double booking bug in this overlap check:

${code(f`boolean overlaps(Assignment a, Assignment b) {
    return a.getStart().isBefore(b.getEnd()) && b.getStart().isBefore(a.getStart());
}`)}`),

  rec('code_kotlin', f`Hospice nurse app (Android): the visit list doesn't refresh after sync.

\`\`\`kotlin
${code(f`class VisitListViewModel(private val repo: VisitRepository) : ViewModel() {
    val visits = MutableLiveData<List<Visit>>()

    fun refresh() {
        viewModelScope.launch {
            val fresh = repo.syncAndLoad()
            visits.value?.toMutableList()?.apply { clear(); addAll(fresh) }
        }
    }
}`)}
\`\`\``),

  rec('code_rust', f`Lab instrument serial reader (balance), panics on empty line:

${code(f`fn parse_weight(line: &str) -> f64 {
    let parts: Vec<&str> = line.split_whitespace().collect();
    parts[1].trim_end_matches('g').parse().unwrap()
}`)}`),

  rec('code_bash', f`Script that copies plate reader files to the cloud bucket, runs on the instrument PC via Git Bash. Deletes files that failed to upload?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -u
SRC="/c/Reader/Export"
for f in "$SRC"/*.xlsx; do
  gsutil cp "$f" gs://labauto-raw/reader/ 
  rm "$f"
done`)}
\`\`\``),

  rec('code_php', f`Municipal permit form — validation lets empty plates through:

${code(f`<?php
function validPlate(string $plate): bool {
    $p = strtoupper(str_replace([' ', '-'], '', $plate));
    return preg_match('/^[A-Z0-9]{0,8}$/', $p) === 1;
}`)}`),

  rec('code_python', f`Bill of lading number check digit — ported from the old COBOL, please verify:

${code(f`def iso6346_check(container: str) -> int:
    values = {c: v for v, c in enumerate("0123456789A BCDEFGHIJK LMNOPQRSTU VWXYZ") if c != " "}
    total = sum(values[ch] * (2 ** i) for i, ch in enumerate(container[:10]))
    return total % 11 % 10`)}`),

  rec('code_ruby', f`Interpreter invoice rounding (Rails):

${code(f`class InvoiceLine < ApplicationRecord
  def billable_minutes
    minimum = 60
    [(ended_at - started_at) / 60, minimum].max.ceil(15)
  end
end`)}`),

  rec('code_swift', f`iOS app for pawnshop staff, camera capture of the item doesn't rotate:

${code(f`func photoOutput(_ output: AVCapturePhotoOutput, didFinishProcessingPhoto photo: AVCapturePhoto, error: Error?) {
    guard let data = photo.fileDataRepresentation(), let img = UIImage(data: data) else { return }
    itemImageView.image = img
    viewModel.attachPhoto(img.jpegData(compressionQuality: 0.7))
}`)}`),

  rec('code_python_es', f`Script de Opentrons para dilución seriada, ¿por qué la punta se reutiliza?

${code(f`from opentrons import protocol_api

metadata = {"apiLevel": "2.15"}

def run(protocol: protocol_api.ProtocolContext):
    plate = protocol.load_labware("corning_96_wellplate_360ul_flat", 1)
    tips = protocol.load_labware("opentrons_96_tiprack_300ul", 2)
    p300 = protocol.load_instrument("p300_single_gen2", "right", tip_racks=[tips])
    p300.pick_up_tip()
    for col in range(1, 11):
        p300.transfer(100, plate[f"A{col}"], plate[f"A{col + 1}"], mix_after=(3, 50), new_tip="never")
    p300.drop_tip()`)}`),

  rec('code_ts_pl', f`Komponent React dla wyceny złota — kurs nie odświeża się:

${code(f`export function GoldQuote({ karat }: { karat: number }) {
  const [price, setPrice] = useState<number | null>(null);
  useEffect(() => {
    fetch(\`/api/gold?karat=\${karat}\`).then((r) => r.json()).then((j) => setPrice(j.pricePerGram));
  }, []);
  return <span>{price?.toFixed(2) ?? '…'} zł/g</span>;
}`)}`),

  rec('code_sql_de', f`Medikationsplan: Abfrage soll nur aktuelle Verordnungen zeigen.

${code(f`SELECT pat.nachname, med.wirkstoff, v.dosis, v.gueltig_ab
FROM verordnung v
JOIN patient pat ON pat.id = v.patient_id
JOIN medikament med ON med.id = v.medikament_id
WHERE v.gueltig_bis IS NULL OR v.gueltig_bis > now()
  AND pat.team = 'SAPV-Nord';`)}`),

  rec('code_cpp', f`Reefer controller firmware snippet, temperature alarm triggers late:

${code(f`bool checkAlarm(const float* samples, size_t n, float setpoint) {
    float sum = 0;
    for (size_t i = 0; i <= n; ++i) sum += samples[i];
    return std::fabs(sum / n - setpoint) > 2.5f;
}`)}`),

  rec('code_python_tr', f`Tercüme bürosu: kelime sayısı hesaplayan fonksiyon Japonca için 0 veriyor.

${code(f`def word_count(text: str) -> int:
    return len([w for w in text.split(" ") if w.strip()])`)}`),

  rec('diff', f`Review this diff for the parking payment terminal client:

${code(f`--- a/terminal/client.py
+++ b/terminal/client.py
@@ -41,7 +41,9 @@ class TerminalClient:
     def capture(self, amount_cents: int, ref: str) -> dict:
-        resp = self.session.post(f"{self.base}/capture", json={"amount": amount_cents})
+        resp = self.session.post(
+            f"{self.base}/capture", json={"amount": amount_cents, "reference": ref}, timeout=10
+        )
         resp.raise_for_status()
         return resp.json()`)}`),

  rec('dockerfile', f`Dockerfile of the LIMS worker, image is 2 GB, how to slim it?

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y libgl1
CMD ["python", "-m", "lims_worker"]`)}`),
];
