/**
 * Held-out batch 82: pasted source code (no secrets) from the dental group, the wind farm, the
 * remittance app, the admissions office, the brewery and the broadcaster's archive, with comments
 * and questions in several languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH82_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`¿Por qué esta función acepta el diente 56? En dentición temporal solo existen los cuadrantes 5 a 8 con piezas 1 a 5.

\`\`\`python
${code(f`PRIMARY_QUADRANTS = range(5, 9)
PERMANENT_QUADRANTS = range(1, 5)

def es_diente_valido(fdi: int) -> bool:
    cuadrante, pieza = divmod(fdi, 10)
    if cuadrante in PRIMARY_QUADRANTS:
        return 1 <= pieza <= 6   # temporales
    if cuadrante in PERMANENT_QUADRANTS:
        return 1 <= pieza <= 8
    return False`)}
\`\`\``),

  rec('code_sql', f`Essa query de lembretes está a trazer crianças que já fizeram a consulta. Onde está o erro?

${code(f`SELECT p.id, p.nome, c.data_hora, r.telefone
FROM consultas c
JOIN pacientes p ON p.id = c.paciente_id
JOIN responsaveis r ON r.paciente_id = p.id AND r.principal = TRUE
WHERE c.data_hora::date = CURRENT_DATE + INTERVAL '1 day'
  AND c.estado <> 'cancelada'
  OR c.estado = 'remarcada'
ORDER BY c.data_hora;`)}`),

  rec('code_ts', f`${code(f`export interface Quote {
  sendAmount: number;
  sendCurrency: string;
  receiveCurrency: string;
  midRate: number;
  marginBps: number;
  fixedFee: number;
}

export function receiveAmount(q: Quote): number {
  const rate = q.midRate * (1 - q.marginBps / 10_000);
  const net = Math.max(q.sendAmount - q.fixedFee, 0);
  return Math.round(net * rate * 100) / 100;
}`)}

Finance says GBP→NGN quotes are off by a few naira on large amounts. Is rounding at the end the problem, or should we use a decimal library?`),

  rec('code_go', f`Modbus-polleren til møllerne timer ud på cirka hver tiende læsning. Kan du se hvorfor?

${code(f`func pollTurbine(ctx context.Context, addr string, unit byte) (Reading, error) {
	handler := modbus.NewTCPClientHandler(addr)
	handler.Timeout = 2 * time.Second
	handler.SlaveId = unit
	if err := handler.Connect(); err != nil {
		return Reading{}, err
	}
	// NB: handler lukkes aldrig
	client := modbus.NewClient(handler)
	regs, err := client.ReadHoldingRegisters(30001, 12)
	if err != nil {
		return Reading{}, fmt.Errorf("wtg %d: %w", unit, err)
	}
	return decode(regs), nil
}`)}`),

  rec('code_rust', f`${code(f`/// Finn første værvindu der bølgehøyden holder seg under grensen i minst \`varighet\` timer.
pub fn forste_vindu(hs: &[f32], grense: f32, varighet: usize) -> Option<usize> {
    let mut start = None;
    let mut lengde = 0;
    for (i, &h) in hs.iter().enumerate() {
        if h <= grense {
            if start.is_none() { start = Some(i); }
            lengde += 1;
            if lengde >= varighet { return start; }
        } else {
            start = None;
            lengde = 0;
        }
    }
    None
}`)}

Fungerer, men kan du skrive det mer idiomatisk med windows() eller iteratorer?`),

  rec('code_kotlin', f`Layar konfirmasi transfer kadang menampilkan kurs lama. Ini kodenya:

${code(f`@Composable
fun KonfirmasiTransfer(vm: TransferViewModel) {
    val kuotasi by vm.kuotasi.collectAsState()
    val sisaDetik by vm.sisaDetik.collectAsState()

    Column(Modifier.padding(16.dp)) {
        Text("Kurs: 1 GBP = \${kuotasi.kurs} IDR")
        Text("Penerima mendapat: \${kuotasi.jumlahTerima}")
        if (sisaDetik <= 0) {
            Button(onClick = { vm.muatUlangKuotasi() }) { Text("Perbarui kurs") }
        } else {
            Button(onClick = vm::kirim) { Text("Kirim (\$sisaDetik dtk)") }
        }
    }
}`)}`),

  rec('code_java', f`这个材料清单服务在申请人没有上传雅思成绩时会抛 NullPointerException，怎么改比较优雅？

${code(f`public List<String> missingDocuments(Application app) {
    List<String> missing = new ArrayList<>();
    if (app.getTranscript() == null) missing.add("TRANSCRIPT");
    if (app.getPassportScan() == null) missing.add("PASSPORT");
    // 英语成绩：雅思或托福二选一
    if (app.getIelts().getOverall() < 6.0 && app.getToefl() == null) {
        missing.add("ENGLISH_TEST");
    }
    if (app.isSponsored() && app.getSponsorLetter() == null) missing.add("SPONSOR_LETTER");
    return missing;
}`)}`),

  rec('code_csharp', f`${code(f`// Convertit un timecode SMPTE (25 i/s) en nombre d'images
public static long VersImages(string tc, int fps = 25)
{
    var p = tc.Split(':');
    if (p.Length != 4) throw new FormatException($"Timecode invalide : {tc}");
    int h = int.Parse(p[0]), m = int.Parse(p[1]), s = int.Parse(p[2]), i = int.Parse(p[3]);
    return ((h * 60L + m) * 60 + s) * fps + i;
}

// 29,97 drop-frame ?
public static long VersImagesDf(string tc) => throw new NotImplementedException();`)}

Tu peux m'écrire la version drop-frame pour les bandes NTSC de l'archive ?`),

  rec('code_php', f`Der Webhook vom Kassensystem schreibt jede Bestellung doppelt in die Lagerverwaltung. Idee?

${code(f`<?php
public function handle(Request $request): JsonResponse
{
    $event = $request->json()->all();
    if ($event['type'] !== 'order.completed') {
        return response()->json(['ignored' => true]);
    }
    foreach ($event['data']['lines'] as $line) {
        Lagerbewegung::create([
            'artikel' => $line['sku'],
            'menge'   => -1 * $line['qty'],
            'quelle'  => 'pos:' . $event['data']['venue'],
        ]);
    }
    return response()->json(['ok' => true]);
}`)}`),

  rec('code_ruby', f`Booking model for the taproom long tables — the overlap validation lets two groups book table 4 at the same time. Help?

${code(f`class TableBooking < ApplicationRecord
  belongs_to :venue
  validates :party_size, numericality: { in: 2..16 }
  validate :no_overlap

  private

  def no_overlap
    clash = TableBooking.where(venue_id: venue_id, table_no: table_no)
                        .where("starts_at < ? AND ends_at > ?", starts_at, ends_at)
    errors.add(:starts_at, "table already booked") if clash.exists?
  end
end`)}`),

  rec('code_bash', f`Arkiston digitoinnin tarkistusskripti — toimiiko tämä, jos tiedostonimissä on välilyöntejä?

${code(f`#!/usr/bin/env bash
# Vertaa MXF-tiedostojen MD5-summia manifestiin
set -u
manifest="$1"
virheet=0
while read -r summa tiedosto; do
  laskettu=$(md5sum "$tiedosto" | cut -d' ' -f1)
  if [[ "$laskettu" != "$summa" ]]; then
    echo "VIRHE: $tiedosto"
    virheet=$((virheet + 1))
  fi
done < "$manifest"
echo "Virheitä: $virheet"
exit $(( virheet > 0 ))`)}`),

  rec('code_powershell', f`${code(f`# Hämtar felloggar från alla turbinstyrningar och packar dem per dygn
$turbiner = Import-Csv .\\turbiner.csv
$datum = (Get-Date).AddDays(-1).ToString('yyyyMMdd')
foreach ($t in $turbiner) {
    $mal = "D:\\Loggar\\$datum\\$($t.Namn)"
    New-Item -ItemType Directory -Force -Path $mal | Out-Null
    Copy-Item "\\\\$($t.Vard)\\logs$\\alarm_$datum*.log" $mal -ErrorAction SilentlyContinue
}
Compress-Archive -Path "D:\\Loggar\\$datum" -DestinationPath "D:\\Arkiv\\loggar_$datum.zip" -Force`)}

Skriptet hoppar tyst över turbiner som är offline. Hur loggar jag vilka som saknas?`),

  rec('code_r', f`Mi spieghi perché il modello mi dà AUC 0.99 sul test? Sospetto un leakage.

${code(f`library(dplyr)
library(pROC)

dati <- read.csv("trasferimenti_2024.csv") %>%
  mutate(frode = as.integer(chargeback_date != ""),
         ora = as.integer(format(as.POSIXct(created_at), "%H")))

set.seed(42)
idx <- sample(nrow(dati), 0.8 * nrow(dati))
modello <- glm(frode ~ importo + ora + nuovo_dispositivo + giorni_da_chargeback,
               data = dati[idx, ], family = binomial)
roc(dati[-idx, "frode"], predict(modello, dati[-idx, ], type = "response"))`)}`),

  rec('code_swift', f`子ども向け歯みがきアプリで、ごほうびスタンプが2回付くことがあります。

${code(f`func completeBrushing(session: BrushingSession) {
    guard session.duration >= 120 else { return }
    Task {
        try await api.recordSession(session)
        await MainActor.run {
            stamps += 1
            showReward = true
        }
    }
    if stamps % 7 == 0 { unlockSticker() }
}`)}

unlockSticker の位置もおかしいですか？`),

  rec('code_tsql', f`Výpočet spotřební daně z piva pro měsíční přiznání — sedí ta sazba za hektolitr a stupeň?

${code(f`CREATE OR ALTER FUNCTION dbo.SpotrebniDanPivo (@Objem_hl DECIMAL(10,2), @Stupnovitost DECIMAL(4,1))
RETURNS DECIMAL(12,2)
AS
BEGIN
    DECLARE @Sazba DECIMAL(6,2) = 32.00;  -- Kč za 1 hl a 1 °P, základní sazba
    RETURN ROUND(@Objem_hl * FLOOR(@Stupnovitost) * @Sazba, 2);
END;
GO
SELECT Sarze, dbo.SpotrebniDanPivo(Objem_hl, Stupnovitost) AS Dan
FROM Vystav WHERE Mesic = '2024-11';`)}`),

  rec('code_python', f`${code(f`import pandas as pd

# 지원자 파일을 읽어서 국가별로 누락 서류를 집계
df = pd.read_excel("applicants_jan25.xlsx", dtype={"applicant_id": str})
df["missing"] = df[["transcript", "passport_scan", "english_test"]].isna().sum(axis=1)
summary = (
    df.groupby("nationality")
      .agg(applicants=("applicant_id", "count"), avg_missing=("missing", "mean"))
      .sort_values("avg_missing", ascending=False)
)
summary.to_csv("missing_by_country.csv")`)}

nationality 열에 "KR"과 "Korea, Republic of"가 섞여 있어요. 어떻게 정규화하죠?`),

  rec('code_c', f`Czy ta funkcja CRC dla ramek z czujnika drgań gondoli jest poprawna? Porównujemy z dokumentacją producenta i czasem się nie zgadza.

${code(f`uint16_t crc16_modbus(const uint8_t *buf, size_t len)
{
    uint16_t crc = 0xFFFF;
    for (size_t i = 0; i < len; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            if (crc & 1)
                crc = (crc >> 1) ^ 0xA001;
            else
                crc >>= 1;
        }
    }
    return crc;  /* młodszy bajt wysyłany jako pierwszy */
}`)}`),

  rec('code_dart', f`${code(f`class StampCard extends StatelessWidget {
  final int stamps;
  const StampCard({super.key, required this.stamps});

  @override
  Widget build(BuildContext context) {
    // 10 con dấu = 1 ly bia miễn phí
    return Wrap(
      spacing: 8,
      children: List.generate(10, (i) => Icon(
        i < stamps ? Icons.sports_bar : Icons.circle_outlined,
        color: i < stamps ? Colors.amber : Colors.grey,
      )),
    );
  }
}`)}

Khi stamps lớn hơn 10 thì hiển thị sai, mình nên reset hay hiện thêm thẻ mới?`),

  rec('code_js', f`Ο parser υποτίτλων SRT του αρχείου σπάει σε αρχεία με CRLF. Τι αλλάζω;

${code(f`function parseSrt(text) {
  return text.trim().split('\\n\\n').map((block) => {
    const [idx, times, ...lines] = block.split('\\n');
    const [start, end] = times.split(' --> ');
    return { idx: Number(idx), start, end, text: lines.join(' ') };
  });
}

module.exports = { parseSrt };`)}`),

  rec('diff', f`Bu değişikliği code review'da onaylamalı mıyım? Yeni cihaz kuralını gevşetiyor gibi.

${code(f`--- a/fraud/rules/device.py
+++ b/fraud/rules/device.py
@@ -18,9 +18,11 @@ def new_device_rule(txn, profile):
-    if txn.device_id not in profile.known_devices and txn.amount_gbp > 250:
-        return Decision.HOLD
+    if txn.device_id not in profile.known_devices:
+        if txn.amount_gbp > 500 or profile.account_age_days < 30:
+            return Decision.HOLD
+        return Decision.REVIEW
     return Decision.PASS`)}`),

  rec('dockerfile', f`Bildet for SCADA-eksportøren er 1,2 GB. Hvordan gjør jeg det mindre?

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN apt-get update && apt-get install -y build-essential libpq-dev
RUN pip install -r requirements.txt
CMD ["python", "-m", "exporter", "--interval", "60"]`)}`),
];
