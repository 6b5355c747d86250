/**
 * Held-out batch 138: pasted source code from the sleep lab, pet-insurance claims, the marshalling
 * yard, solar O&M, lottery prize claims and the translation agency, with comments and questions in
 * the writers' own languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH138_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Warum bekomme ich bei manchen EDF-Dateien aus dem Schlaflabor einen Versatz von genau einer Epoche?

\`\`\`python
${code(f`import mne
import numpy as np

EPOCH_S = 30  # Schlafstadien werden in 30-s-Epochen gescort

def load_hypnogram(edf_path: str, annot_path: str) -> np.ndarray:
    raw = mne.io.read_raw_edf(edf_path, preload=False, verbose="error")
    annots = mne.read_annotations(annot_path)
    raw.set_annotations(annots, emit_warning=False)
    # Beginn der Aufzeichnung = Lights off? Nicht immer!
    events, ev_id = mne.events_from_annotations(raw, chunk_duration=EPOCH_S)
    stages = np.full(int(raw.times[-1] // EPOCH_S), -1)
    for onset, _, code in events:
        stages[onset // int(raw.info["sfreq"] * EPOCH_S)] = code
    return stages`)}
\`\`\``),

  rec('code_r', f`Alguém consegue ver porque o IAH dá diferente do relatório do software da polissonografia?

${code(f`# calcula o índice de apneia-hipopneia por hora de sono
iah <- function(eventos, tempo_sono_min) {
  n <- sum(eventos$tipo %in% c("apneia_obstrutiva", "apneia_central", "hipopneia") &
           eventos$dessat >= 3)
  round(n / (tempo_sono_min / 60), 1)
}

resumo <- psg |>
  dplyr::group_by(id_paciente) |>
  dplyr::summarise(iah = iah(dplyr::cur_data(), first(tts_min)))`)}`),

  rec('code_sql', f`Necesito que esta consulta de siniestros también saque las mascotas con más de dos reclamaciones al año:

\`\`\`sql
${code(f`-- siniestros pagados por especie y raza, último año
SELECT p.especie,
       p.raza,
       COUNT(*)              AS num_siniestros,
       SUM(s.importe_pagado) AS total_pagado
FROM siniestro s
JOIN poliza   po ON po.id = s.poliza_id
JOIN mascota  p  ON p.id  = po.mascota_id
WHERE s.estado = 'PAGADO'
  AND s.fecha_pago >= CURRENT_DATE - INTERVAL '1 year'
GROUP BY p.especie, p.raza
ORDER BY total_pagado DESC;`)}
\`\`\``),

  rec('code_ts', f`${code(f`// Validation du formulaire de déclaration de sinistre (frais vétérinaires)
export interface Declaration {
  numeroContrat: string;
  dateSoins: string; // AAAA-MM-JJ
  montantTTC: number;
  justificatifs: File[];
}

export function valider(d: Declaration): string[] {
  const erreurs: string[] = [];
  if (!/^FEL-FR-\\d{7}$/.test(d.numeroContrat)) erreurs.push('Numéro de contrat invalide');
  if (new Date(d.dateSoins) > new Date()) erreurs.push('La date des soins est dans le futur');
  if (d.montantTTC <= 0) erreurs.push('Montant incorrect');
  if (d.justificatifs.length === 0) erreurs.push('Ajoutez au moins une facture');
  return erreurs;
}`)}

Est-ce que la regex accepte « FEL-FR-0012345 » ? Le client dit que non.`),

  rec('code_java', f`Kontrolní číslice u čísla vozu (UIC) nám vychází špatně u vozů řady Sgns. Co je tu blbě?

${code(f`public final class UicWagonNumber {
    /** Ověří 12místné číslo vozu: 11 číslic + kontrolní číslice. */
    public static boolean isValid(String number) {
        String d = number.replaceAll("[\\\\s-]", "");
        if (!d.matches("\\\\d{12}")) return false;
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            int x = (d.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += x > 9 ? x - 9 : x;
        }
        int check = (10 - sum % 10) % 10;
        return check == d.charAt(11) - '0';
    }
}`)}`),

  rec('code_csharp', f`${code(f`// Sterowanie hamulcem torowym na górce rozrządowej – obliczenie prędkości docelowej
public double PredkoscDocelowa(Odprzeg o)
{
    // masa w tonach, dlugosc drogi do punktu zatrzymania w metrach
    var opor = o.MasaT * WspolczynnikOporu(o.TypWagonu);
    var v2 = 2 * Przyspieszenie(o.Spadek, opor) * o.DrogaM;
    return Math.Clamp(Math.Sqrt(Math.Max(v2, 0)), 1.0, MaxPredkoscWjazdu);
}`)}

Dlaczego przy mokrej szynie wagony i tak uderzają za mocno? Gdzie uwzględnić pogodę?`),

  rec('code_go', f`インバーターのテレメトリをMQTTで受けてInfluxDBに入れていますが、たまにメッセージが重複します。QoSの問題でしょうか？

${code(f`func onMessage(c mqtt.Client, m mqtt.Message) {
	var t Telemetry
	if err := json.Unmarshal(m.Payload(), &t); err != nil {
		log.Printf("不正なペイロード: %v", err)
		return
	}
	// 発電量(kW)とストリング電流をポイントに変換
	p := influxdb2.NewPoint("inverter",
		map[string]string{"site": t.Site, "inv": t.Inverter},
		map[string]interface{}{"p_ac_kw": t.PAC, "i_dc_a": t.IDC},
		t.Timestamp)
	writeAPI.WritePoint(p)
}`)}`),

  rec('code_rust', f`스트링 전류 이상 탐지 코드인데, 구름 낀 날에는 오탐이 너무 많아요. 조도 보정을 어디에 넣어야 할까요?

${code(f`/// 같은 인버터의 스트링들 중 중앙값 대비 편차가 큰 스트링을 찾는다
fn outliers(currents: &[(u16, f32)], threshold: f32) -> Vec<u16> {
    let mut vals: Vec<f32> = currents.iter().map(|(_, a)| *a).collect();
    vals.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = vals[vals.len() / 2];
    currents
        .iter()
        .filter(|(_, a)| median > 0.5 && (median - a) / median > threshold)
        .map(|(id, _)| *id)
        .collect()
}`)}`),

  rec('code_kotlin', f`${code(f`// Проверка билета перед выплатой выигрыша: штрихкод, тираж, статус
suspend fun verifyTicket(barcode: String): VerificationResult {
    val ticket = repo.findByBarcode(barcode) ?: return VerificationResult.NotFound
    if (ticket.status == Status.PAID) return VerificationResult.AlreadyPaid(ticket.paidAt)
    val draw = draws.get(ticket.drawId)
    // выигрыши свыше лимита — только в центральном офисе
    return if (ticket.prizeAmount > OFFICE_LIMIT) VerificationResult.CentralOfficeOnly
    else VerificationResult.Ok(ticket.prizeAmount, draw.date)
}`)}

Как лучше протестировать ветку AlreadyPaid, если paidAt приходит из базы в UTC?`),

  rec('code_php', f`Ödül talep formunda dosya yükleme bazen boş geliyor, sebebi ne olabilir?

${code(f`<?php
// Ödül talep formu: kimlik fotokopisi ve bilet görüntüsü yükleme
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $izinli = ['image/jpeg', 'image/png', 'application/pdf'];
    foreach (['kimlik', 'bilet'] as $alan) {
        if (!in_array($_FILES[$alan]['type'], $izinli, true)) {
            http_response_code(415);
            exit("Geçersiz dosya türü: $alan");
        }
        move_uploaded_file($_FILES[$alan]['tmp_name'], UPLOAD_DIR . '/' . uniqid($alan . '_') );
    }
}`)}`),

  rec('code_ruby', f`Questo metodo dovrebbe trovare i segmenti della memoria di traduzione con fuzzy match ≥ 75%, ma restituisce anche roba al 60%. Dove sbaglio?

${code(f`def fuzzy_matches(segmento, memoria, soglia: 0.75)
  memoria.filter_map do |tu|
    punteggio = 1.0 - Levenshtein.distance(segmento, tu.source).to_f / [segmento.size, tu.source.size].max
    [tu, punteggio.round(2)] if punteggio >= soglia
  end.sort_by { |_, p| -p }
end`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# Nattlig kopiering av PSG-inspelningar till forskningsservern
set -euo pipefail
SRC=/data/psg/export
DST=/mnt/forskning/psg_raw
find "$SRC" -name '*.edf' -mtime -1 -print0 |
  while IFS= read -r -d '' fil; do
    rsync -a --checksum "$fil" "$DST/$(date +%Y)/"
    sha256sum "$fil" >> "$DST/checksums.txt"
  done
logger -t psg-sync "klar: $(ls "$SRC" | wc -l) filer"`)}

Varför kopieras filer ibland två gånger när jobbet går över midnatt?`),

  rec('code_c', f`Waarom krijg ik negatieve vermogens uit deze functie bij de SMA-omvormers?

${code(f`/* Lees actief vermogen (W) uit Modbus-register 30775, 2 registers, S32 */
int32_t lees_vermogen(modbus_t *ctx, int unit)
{
    uint16_t reg[2];
    modbus_set_slave(ctx, unit);
    if (modbus_read_input_registers(ctx, 30775, 2, reg) != 2)
        return INT32_MIN;
    return (int32_t)((reg[0] << 16) | reg[1]);
}`)}`),

  rec('code_swift', f`睡眠日记App里，入睡时间跨午夜的时候总睡眠时长算错了，帮我看看：

${code(f`struct SleepEntry {
    let bedTime: Date     // 上床时间
    let wakeTime: Date    // 起床时间
    let latencyMin: Int   // 入睡潜伏期（分钟）

    var totalSleepMinutes: Int {
        let minutes = Calendar.current.dateComponents([.minute], from: bedTime, to: wakeTime).minute ?? 0
        return max(0, minutes - latencyMin)
    }
}`)}`),

  rec('code_js', f`${code(f`// מיזוג קבצי XLIFF מהמתרגמים לפי מזהה יחידה
function mergeXliff(base, translated) {
  const units = new Map(translated.units.map((u) => [u.id, u]));
  return base.units.map((u) => {
    const t = units.get(u.id);
    // אם אין תרגום – משאירים את המקור ומסמנים needs-translation
    return t ? { ...u, target: t.target, state: 'translated' } : { ...u, state: 'needs-translation' };
  });
}`)}

למה תגיות <g> בתוך המקטעים נעלמות אחרי המיזוג?`),

  rec('code_python', f`Tolong cek kenapa total klaim hadiah per provinsi di laporan beda dengan angka di dashboard:

${code(f`import pandas as pd

klaim = pd.read_parquet("klaim_hadiah_2024.parquet")
# hanya klaim yang sudah diverifikasi dan dibayar
dibayar = klaim[(klaim.status == "DIBAYAR") & klaim.tgl_bayar.notna()]
ringkasan = (
    dibayar.groupby("provinsi", as_index=False)
    .agg(jumlah=("id_klaim", "count"), total=("nilai_hadiah", "sum"))
    .sort_values("total", ascending=False)
)
print(ringkasan.head(10))`)}`),

  rec('code_vba', f`Kan du forklare hvorfor makroen regner forkert med fuzzy-matches i ordtællingen?

${code(f`' Beregn honorar for oversætter ud fra Trados-analyse
Function Honorar(nyeOrd As Long, fuzzy As Long, gentagelser As Long, sats As Double) As Double
    ' nye ord 100 %, fuzzy 60 %, gentagelser 30 %
    Honorar = (nyeOrd + fuzzy * 0.6 + gentagelser * 0.3) * sats
End Function`)}`),

  rec('code_tsql', f`Poți să-mi optimizezi interogarea asta? Durează 40 de secunde pe tabelul cu mișcările vagoanelor.

${code(f`-- timpul de staționare al vagoanelor în triaj, pe linii
SELECT m.linie,
       AVG(DATEDIFF(minute, m.intrare, m.iesire)) AS stationare_medie_min
FROM dbo.MiscariVagoane m
WHERE m.intrare >= DATEADD(day, -30, SYSUTCDATETIME())
  AND m.iesire IS NOT NULL
GROUP BY m.linie
ORDER BY stationare_medie_min DESC;`)}`),

  rec('code_python', f`Fixture for the pet-insurance premium calculator tests — pytest complains the policyholder is "too young" for one case:

${code(f`@pytest.fixture
def policy():
    return Policy(
        holder=Holder(name="Test Holder", birth_date=date(${amb('pii.date_of_birth', '2007, 3, 9')}), postcode="BS7 9LE"),
        pet=Pet(species="dog", breed="French Bulldog", age_years=2),
        excess=100,
    )`)}`, 'birth date as constructor arguments in a fixture: ambiguous per the conventions'),

  rec('diff', f`Revisa este diff del conector del CAT, por favor, ¿rompe algo para los proveedores que aún usan la API v1?

${code(f`--- a/connector/jobs.py
+++ b/connector/jobs.py
@@ -41,9 +41,12 @@ def fetch_jobs(client, project_uid):
-    resp = client.get(f"/api2/v1/projects/{project_uid}/jobs")
-    return resp.json()["content"]
+    jobs, page = [], 0
+    while True:
+        resp = client.get(f"/api2/v2/projects/{project_uid}/jobs", params={"pageNumber": page})
+        data = resp.json()
+        jobs.extend(data["content"])
+        if page >= data["totalPages"] - 1:
+            break
+        page += 1
+    return jobs`)}`),

  rec('code_python', f`Script d'envoi des SMS de rappel aux patients du labo du sommeil, le numéro de test du labo est en dur, c'est grave ?

${code(f`NUMERO_TEST = "${phone('+33 6 48 27 19 53')}"

def rappel(patient, date_examen):
    texte = f"Rappel : enregistrement du sommeil le {date_examen:%d/%m} à 19h30. Apportez votre pyjama."
    envoyer_sms(patient.mobile or NUMERO_TEST, texte)`)}`),

  rec('code_matlab', f`${code(f`% Détection des fuseaux du sommeil (11-16 Hz) sur C3-M2
[b, a] = butter(4, [11 16] / (fs/2), 'bandpass');
sig = filtfilt(b, a, eeg_c3);
env = abs(hilbert(sig));
seuil = mean(env) + 2.5 * std(env);
fuseaux = find_segments(env > seuil, round(0.5*fs), round(2*fs));`)}

How do I restrict this to N2 epochs only? I have the hypnogram as a vector of stages per 30 s.`),
];
