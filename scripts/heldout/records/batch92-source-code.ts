/**
 * Held-out batch 92: pasted source code (Python, TS, SQL, Go, C#, PHP, Kotlin, Bash, Rust, Ruby…)
 * from the batch's six organisations, with questions in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH92_SOURCE_CODE: DraftRecord[] = [
  rec('python_es', f`¿Por qué esta función marca como excursión térmica lecturas que están dentro del rango?

\`\`\`python
${code(f`def excursiones(lecturas, minimo=2.0, maximo=8.0, tolerancia_min=15):
    fuera = []
    inicio = None
    for ts, temp in lecturas:
        if temp < minimo or temp > maximo:
            inicio = inicio or ts
        else:
            if inicio and (ts - inicio).total_seconds() / 60 >= tolerancia_min:
                fuera.append((inicio, ts))
            inicio = None
    return fuera`)}
\`\`\``),

  rec('ts_de', f`Warum liefert diese Funktion für Gleitsichtgläser manchmal NaN?

${code(f`export function nahZusatz(alter: number, arbeitsabstandCm: number): number {
  const amplitude = 15 - 0.25 * alter;
  const bedarf = 100 / arbeitsabstandCm;
  const reserve = amplitude / 2;
  return Math.round(((bedarf - reserve) / 0.25)) * 0.25;
}`)}`),

  rec('sql_en_gb', f`This query for lease expiries double-counts units with two tenants. Fix it?

${code(f`SELECT b.name AS building, COUNT(l.unit_id) AS expiring
FROM leases l
JOIN units u ON u.id = l.unit_id
JOIN buildings b ON b.id = u.building_id
LEFT JOIN lease_parties lp ON lp.lease_id = l.id
WHERE l.end_date BETWEEN CURRENT_DATE AND CURRENT_DATE + INTERVAL '180 days'
GROUP BY b.name
ORDER BY expiring DESC;`)}`),

  rec('go_nl', f`Deze Go-handler voor advertentie-uploads lekt geheugen bij grote foto's. Waarom?

\`\`\`go
${code(f`func uploadFoto(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "lezen mislukt", http.StatusBadRequest)
		return
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		http.Error(w, "geen afbeelding", http.StatusUnsupportedMediaType)
		return
	}
	thumb := resize.Thumbnail(800, 800, img, resize.Lanczos3)
	opslaan(r.Context(), thumb)
	w.WriteHeader(http.StatusCreated)
}`)}
\`\`\``),

  rec('csharp_pl', f`Czy ten kod do naliczania kar za opóźnioną płatność czynszu jest poprawny dla lat przestępnych?

${code(f`public decimal Odsetki(decimal kwota, DateTime termin, DateTime zaplata, decimal stopaRoczna)
{
    var dni = (zaplata.Date - termin.Date).Days;
    if (dni <= 0) return 0m;
    return Math.Round(kwota * stopaRoczna / 365m * dni, 2, MidpointRounding.AwayFromZero);
}`)}`),

  rec('php_fr', f`Le formulaire de petites annonces accepte des prix négatifs. Où est le bug ?

<?php
${code(f`function validerAnnonce(array $a): array {
    $erreurs = [];
    if (empty($a['titre']) || mb_strlen($a['titre']) > 80) $erreurs[] = 'titre';
    if (!is_numeric($a['prix'])) $erreurs[] = 'prix';
    if (!in_array($a['rubrique'], ['immobilier', 'auto', 'emploi', 'divers'], true)) $erreurs[] = 'rubrique';
    return $erreurs;
}`)}`),

  rec('kotlin_it', f`L'app per gli arbitri crasha quando la partita ha tempi supplementari. Questo è il ViewModel:

${code(f`class CronometroViewModel : ViewModel() {
    private val tempi = listOf(40, 40)
    var tempoCorrente = 0
    fun prossimoTempo(): Int {
        tempoCorrente++
        return tempi[tempoCorrente]
    }
}`)}`),

  rec('bash_sv', f`Skriptet ska arkivera gamla temperaturloggar men tar ibland bort dagens fil. Varför?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
LOGG=/var/log/kyl
ARKIV=/srv/arkiv/kyl
find "$LOGG" -name '*.csv' -mtime +0 -print0 | while IFS= read -r -d '' fil; do
  gzip -c "$fil" > "$ARKIV/$(basename "$fil").gz" && rm "$fil"
done`)}
\`\`\``),

  rec('rust_en_us', f`Rewriting our IOC matcher in Rust. Is this the idiomatic way to load the hash list?

${code(f`use std::collections::HashSet;
use std::fs::File;
use std::io::{BufRead, BufReader};

pub fn load_iocs(path: &str) -> std::io::Result<HashSet<String>> {
    let reader = BufReader::new(File::open(path)?);
    let mut set = HashSet::new();
    for line in reader.lines() {
        let l = line?.trim().to_lowercase();
        if !l.is_empty() && !l.starts_with('#') {
            set.insert(l);
        }
    }
    Ok(set)
}`)}`),

  rec('ruby_pt_br', f`Esse job do Sidekiq manda lembrete de renovação da assinatura duas vezes. Por quê?

${code(f`class LembreteRenovacaoJob
  include Sidekiq::Job
  sidekiq_options retry: 5

  def perform(assinatura_id)
    a = Assinatura.find(assinatura_id)
    AssinaturaMailer.lembrete(a).deliver_now
    a.update!(lembrete_enviado_em: Time.current)
  end
end`)}`),

  rec('python_yara_en_za', f`Can you review this YARA rule generator before we ship it to the client's EDR?

${code(f`import hashlib, pathlib

def yara_for(sample: pathlib.Path, name: str) -> str:
    data = sample.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    strings = [s for s in data.split(b"\\x00") if 8 <= len(s) <= 64][:10]
    body = "\\n".join(f'    $s{i} = "{s.decode(errors="ignore")}"' for i, s in enumerate(strings))
    return f"rule {name} {{\\n  meta:\\n    sha256 = \\"{sha}\\"\\n  strings:\\n{body}\\n  condition:\\n    3 of them\\n}}"`)}`),

  rec('js_tr', f`Maç fikstürü oluşturan bu fonksiyon tek sayıda takımda bir takımı iki kez oynatıyor:

${code(f`function fikstur(takimlar) {
  const t = [...takimlar];
  if (t.length % 2) t.push(null);
  const turlar = [];
  for (let r = 0; r < t.length - 1; r++) {
    const tur = [];
    for (let i = 0; i < t.length / 2; i++) tur.push([t[i], t[t.length - 1 - i]]);
    turlar.push(tur);
    t.splice(1, 0, t.pop());
  }
  return turlar;
}`)}`),

  rec('java_ru', f`Почему этот метод расчёта стоимости подписки даёт копейки с ошибкой?

${code(f`public double стоимость(int месяцев, double ценаМесяца, double скидкаПроцент) {
    double итого = месяцев * ценаМесяца;
    итого = итого - итого * скидкаПроцент / 100;
    return Math.round(итого * 100) / 100;
}`)}`),

  rec('sql_vi', f`Câu SQL này lấy danh sách khách hẹn đo thị lực tuần tới bị chậm quá, tối ưu giúp mình:

${code(f`SELECT k.ho_ten, k.so_dien_thoai, l.thoi_gian, c.ten_chi_nhanh
FROM lich_hen l
JOIN khach_hang k ON k.id = l.khach_hang_id
JOIN chi_nhanh c ON c.id = l.chi_nhanh_id
WHERE DATE(l.thoi_gian) BETWEEN CURDATE() AND CURDATE() + INTERVAL 7 DAY
ORDER BY l.thoi_gian;`)}`),

  rec('powershell_de', f`Unser IR-Triage-Skript findet keine geplanten Tasks unter \\Microsoft\\. Was fehlt?

${code(f`Get-ScheduledTask | Where-Object { $_.TaskPath -notlike '\\Microsoft\\*' } |
  ForEach-Object {
    [pscustomobject]@{
      Name    = $_.TaskName
      Pfad    = $_.TaskPath
      Aktion  = ($_.Actions | ForEach-Object { $_.Execute + ' ' + $_.Arguments }) -join '; '
      Autor   = $_.Author
    }
  } | Export-Csv -NoTypeInformation -Encoding UTF8 .\\tasks.csv`)}`),

  rec('swift_ja', f`補聴器アプリの電池残量表示が更新されません。どこが悪いでしょうか？

${code(f`final class BatteryViewModel: ObservableObject {
    @Published var level: Int = 0
    private var cancellable: AnyCancellable?

    func start(device: HearingDevice) {
        cancellable = device.batteryPublisher
            .receive(on: DispatchQueue.global())
            .sink { [weak self] v in self?.level = v }
    }
}`)}`),

  rec('diff_en_nz', f`Review this diff to the rent-indexation job please:

${code(f`--- a/jobs/indexation.py
+++ b/jobs/indexation.py
@@ -41,7 +41,9 @@ def apply_cpi(lease, cpi_old, cpi_new):
-    factor = cpi_new / cpi_old
+    factor = max(cpi_new / cpi_old, 1.0)
+    if lease.cap_pct is not None:
+        factor = min(factor, 1 + lease.cap_pct / 100)
     lease.rent = round(lease.rent * factor, 2)
     lease.last_indexed = date.today()`)}`),

  rec('c_ko', f`냉장 트럭 온도 센서 펌웨어인데 음수 온도가 이상하게 나와요:

${code(f`float read_temp(uint8_t hi, uint8_t lo) {
    uint16_t raw = (hi << 8) | lo;
    return raw * 0.0625f;
}`)}`),

  rec('python_ar', f`هذه الدالة لحساب عمر اللاعب في بداية الموسم تعطي نتيجة خاطئة لمن وُلد في 29 فبراير:

${code(f`from datetime import date

def age_at_season_start(dob: date, season_year: int) -> int:
    start = date(season_year, 9, 1)
    return start.year - dob.year - ((start.month, start.day) < (dob.month, dob.day))`)}`),

  rec('typescript_id', f`Komponen React ini render ulang terus waktu daftar iklan baris panjang:

${code(f`export function DaftarIklan({ iklan }: { iklan: Iklan[] }) {
  const [filter, setFilter] = useState('');
  const hasil = iklan.filter((i) => i.judul.toLowerCase().includes(filter.toLowerCase()));
  useEffect(() => { setFilter(filter.trim()); });
  return <ul>{hasil.map((i) => <li key={i.id}>{i.judul} — {i.harga}</li>)}</ul>;
}`)}`),
];
