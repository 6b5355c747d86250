/** Held-out batch 90: code pasted by developers of the clinics, the imagery startup, the bank, the opera company, the wholesaler and the tax office. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { HEX, fill } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH90_SOURCE_CODE: DraftRecord[] = [
  rec('python_en', f`Why does this NDVI function return NaN for some tiles?

\`\`\`python
${code(f`import numpy as np

def ndvi(nir: np.ndarray, red: np.ndarray) -> np.ndarray:
    nir = nir.astype("float32")
    red = red.astype("float32")
    return (nir - red) / (nir + red)`)}
\`\`\``),

  rec('sql_es', f`¿Puedes optimizar esta consulta? Tarda 40 s en la base de contracargos.

${code(f`SELECT c.case_id, c.reason_code, t.amount, t.currency
FROM chargeback_case c
JOIN card_txn t ON t.txn_id = c.txn_id
WHERE c.status IN ('OPEN', 'PRE_ARB')
  AND c.opened_at >= NOW() - INTERVAL '45 days'
ORDER BY c.deadline_at ASC;`)}`),

  rec('ts_de', f`Der Typ-Check meckert bei diesem Hook für die Terminbuchung:

\`\`\`ts
${code(f`export function useSlots(clinicId: string, day: Date) {
  const [slots, setSlots] = useState<Slot[]>([]);
  useEffect(() => {
    fetch(\`/api/clinics/\${clinicId}/slots?day=\${day.toISOString().slice(0, 10)}\`)
      .then((r) => r.json())
      .then(setSlots);
  }, [clinicId, day]);
  return slots;
}`)}
\`\`\``),

  rec('go_fi', f`Tämä Go-koodi lukee GeoTIFF-laattoja rinnakkain, mutta välillä tulee deadlock:

${code(f`func processTiles(paths []string, workers int) error {
	ch := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range ch {
				if err := reproject(p); err != nil {
					log.Println(err)
				}
			}
		}()
	}
	for _, p := range paths {
		ch <- p
	}
	wg.Wait()
	return nil
}`)}`),

  rec('java_it', f`Perché questo metodo calcola male la scadenza della disputa?

${code(f`public LocalDate responseDeadline(LocalDate notified, String network) {
    int days = switch (network) {
        case "VISA" -> 30;
        case "MC" -> 45;
        default -> 20;
    };
    return notified.plusDays(days);
}`)}`),

  rec('csharp_nl', f`Hoe maak ik dit async?

${code(f`public List<Voorstelling> HaalTourneeOp(int seizoen)
{
    using var db = new OperaContext();
    return db.Voorstellingen
        .Where(v => v.Seizoen == seizoen)
        .OrderBy(v => v.Datum)
        .ToList();
}`)}`),

  rec('rust_sv', f`Kompilatorn klagar på livstider här:

${code(f`fn brightest<'a>(tiles: &'a [Tile]) -> Option<&'a Tile> {
    tiles.iter().max_by(|a, b| a.mean_reflectance.partial_cmp(&b.mean_reflectance).unwrap())
}`)}`),

  rec('php_pt', f`Olá, este script de cálculo de desconto para revendedores de adubo dá erro na linha 6:

${code(f`<?php
function desconto(float $total, string $escalao): float {
    $taxas = ['bronze' => 0.02, 'prata' => 0.05, 'ouro' => 0.08];
    if (!isset($taxas[$escalao])) {
        throw new InvalidArgumentException("Escalão inválido");
    }
    return round($total * (1 - $taxas[$escalao]), 2);
}`)}`),

  rec('kotlin_pl', f`Czemu ta lista ćwiczeń się nie odświeża w aplikacji fizjoterapii?

${code(f`class ExerciseViewModel(private val repo: ExerciseRepo) : ViewModel() {
    val exercises = MutableLiveData<List<Exercise>>()
    fun load(patientId: Long) = viewModelScope.launch {
        exercises.value = repo.forPatient(patientId)
    }
}`)}`),

  rec('bash_ru', f`Скрипт для ночной выгрузки снимков, иногда падает, помогите:

${code(f`#!/usr/bin/env bash
set -euo pipefail
DAY=$(date -u -d yesterday +%F)
for scene in $(aws s3 ls "s3://orbitale-raw/$DAY/" | awk '{print $2}'); do
  gdal_translate -of COG "/vsis3/orbitale-raw/$DAY/$scene/B04.tif" "/data/cog/$scene-B04.tif"
done`)}`),

  rec('python_hu', f`Miért lassú ez a pandas kód? 2 millió sor adóbevallás-jegy.

${code(f`df = pd.read_csv("jegyek.csv", sep=";")
df["valaszido"] = df.apply(lambda r: (pd.to_datetime(r["lezarva"]) - pd.to_datetime(r["nyitva"])).days, axis=1)
print(df.groupby("kategoria")["valaszido"].mean())`)}`),

  rec('swift_ko', f`예약 알림 권한 요청 코드인데 iOS 17에서 팝업이 안 떠요.

${code(f`UNUserNotificationCenter.current().requestAuthorization(options: [.alert, .sound]) { granted, error in
    if let error = error { print("권한 오류: \\(error)") }
    DispatchQueue.main.async { self.notificationsEnabled = granted }
}`)}`),

  rec('js_fr', f`Pourquoi mon calcul de places restantes dans la salle donne un nombre négatif ?

\`\`\`js
${code(f`const restantes = (salle, reservations) =>
  salle.capacite - reservations.reduce((s, r) => s + r.places, 0) - salle.placesTechniques;`)}
\`\`\``),

  rec('diff_en', f`Review this diff please (chargeback evidence uploader):

${code(f`--- a/uploader/evidence.py
+++ b/uploader/evidence.py
@@ -41,7 +41,9 @@ def upload(case_id, files):
-    for f in files:
-        s3.put_object(Bucket=BUCKET, Key=f"{case_id}/{f.name}", Body=f.read())
+    for f in files:
+        if f.size > MAX_BYTES:
+            raise EvidenceTooLarge(f.name)
+        s3.put_object(Bucket=BUCKET, Key=f"{case_id}/{f.name}", Body=f.read(), ServerSideEncryption="aws:kms")`)}`),

  rec('python_secret_id', f`Tolong refactor fungsi ini biar tidak hardcode:

${code(f`import requests

API_KEY = "${v('credential.generic_secret_assignment', fill('b90-pupuk-api', HEX, 40))}"

def harga_pupuk(kode):
    r = requests.get(f"https://api.hargatani.example/v1/harga/{kode}", headers={"X-Api-Key": API_KEY})
    return r.json()["harga_per_kg"]`)}`),

  rec('sql_tr', f`Bu tablo için indeks önerir misin?

${code(f`CREATE TABLE siparis (
  id BIGSERIAL PRIMARY KEY,
  bayi_id INT NOT NULL REFERENCES bayi(id),
  urun_kodu VARCHAR(20) NOT NULL,
  miktar_ton NUMERIC(8,2) NOT NULL,
  teslim_tarihi DATE
);`)}`),

  rec('cpp_ja', f`このC++コードでバッファオーバーフローが起きます。どこが悪いですか？

${code(f`void copyBand(const uint16_t* src, uint16_t* dst, size_t w, size_t h) {
    for (size_t y = 0; y <= h; ++y)
        std::memcpy(dst + y * w, src + y * w, w * sizeof(uint16_t));
}`)}`),

  rec('ruby_ca', f`Hola, aquest mètode de Rails per generar el programa de mà de l'òpera va lent:

${code(f`def programa(gira)
  gira.funcions.includes(:teatre, :repartiment).map do |f|
    "#{f.data.strftime('%d/%m')} — #{f.teatre.nom} (#{f.repartiment.map(&:nom).join(', ')})"
  end
end`)}`),

  rec('python_ar', f`عندي مشكلة في حساب الضريبة التصاعدية، الدالة دي بترجع رقم غلط:

${code(f`def tax(income):
    brackets = [(15000, 0.0), (30000, 0.10), (45000, 0.15), (float("inf"), 0.20)]
    total, prev = 0, 0
    for limit, rate in brackets:
        total += (min(income, limit) - prev) * rate
        prev = limit
    return total`)}`),

  rec('yaml_code_vi', f`Đoạn GitHub Actions này build mô hình phân loại mây, sao cache không hoạt động?

${amb('source_code.snippet', f`- name: Cache pip
  uses: actions/cache@v4
  with:
    path: ~/.cache/pip
    key: \${{ runner.os }}-pip-\${{ hashFiles('requirements.txt') }}
- run: pip install -r requirements.txt`)}`),
];
