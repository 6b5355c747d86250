/**
 * Held-out batch 149: pasted source code (comments and questions in many languages) from a
 * mountain-rescue service, audiology clinics, a container terminal, a film festival, crop-insurance
 * adjusters and a cemetery administration; config files as ambiguous code. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH149_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_de', f`Warum liefert die Funktion für Exposition "NW" immer die falsche Gefahrenstufe?

\`\`\`python
${code(f`GEFAHR_ZUSCHLAG = {"N": 1, "NE": 1, "NW": 1, "E": 0, "W": 0, "S": 0}

def gefahrenstufe(basis: int, exposition: str, hoehe_m: int) -> int:
    """Berechnet die lokale Lawinengefahrenstufe (1–5) aus dem Bulletin."""
    stufe = basis
    if hoehe_m >= 2200:
        stufe += GEFAHR_ZUSCHLAG.get(exposition.upper().strip(), 0)
    return max(1, min(stufe, 5))

print(gefahrenstufe(3, "nw ", 2400))`)}
\`\`\``),

  rec('code_ts', f`Slot allocation for truck appointments overbooks the 06:00 window. What's wrong?

${code(f`interface Slot { start: Date; capacity: number; booked: number }

export function allocate(slots: Slot[], requested: Date): Slot | undefined {
  const candidates = slots
    .filter((s) => s.start.getTime() >= requested.getTime())
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  for (const s of candidates) {
    if (s.booked <= s.capacity) {
      s.booked++;
      return s;
    }
  }
  return undefined;
}`)}`),

  rec('code_sql_es', f`Esta consulta tendría que sacar los nichos con concesión vencida, pero me devuelve también los renovados:

${code(f`-- nichos con concesión vencida a fecha de hoy
SELECT n.id_nicho, n.patio, n.fila, c.titular, c.fecha_fin
FROM nichos n
LEFT JOIN concesiones c ON c.id_nicho = n.id_nicho
WHERE c.fecha_fin < CURRENT_DATE
ORDER BY n.patio, n.fila;`)}`),

  rec('code_java_fr', f`Le calcul de l'indemnité donne des centimes faux sur certaines parcelles :

\`\`\`java
${code(f`public final class CalculIndemnite {
    // taux de perte en pourcentage, surface en hectares
    public static double indemnite(double rendementAssure, double tauxPerte, double surface, double prixQuintal) {
        double franchise = 0.20;
        double perteIndemnisable = Math.max(0, tauxPerte / 100.0 - franchise);
        return rendementAssure * perteIndemnisable * surface * prixQuintal;
    }
}`)}
\`\`\`
Je devrais passer en BigDecimal ?`),

  rec('code_kotlin_ko', f`보청기 BLE 연결이 안드로이드 14에서만 끊겨요. 코드 봐 주세요.

${code(f`class HearingAidConnector(private val context: Context) {
    private var gatt: BluetoothGatt? = null

    // 보청기와 연결 (autoConnect=false 로 빠르게)
    fun connect(device: BluetoothDevice) {
        gatt = device.connectGatt(context, false, object : BluetoothGattCallback() {
            override fun onConnectionStateChange(g: BluetoothGatt, status: Int, newState: Int) {
                if (newState == BluetoothProfile.STATE_CONNECTED) g.discoverServices()
            }
        })
    }
}`)}`),

  rec('code_go_zh', f`闸口 OCR 识别结果偶尔丢失，是不是 channel 写法有问题？

${code(f`// 处理每条车道的识别结果
func consume(results <-chan OcrResult, store Store) {
	for r := range results {
		go func() {
			if err := store.Save(r.Lane, r.ContainerNo, r.Plate); err != nil {
				log.Printf("保存失败: %v", err)
			}
		}()
	}
}`)}`),

  rec('code_rust_it', f`Il parser dei dati delle stazioni nivometriche va in panic su alcune righe:

${code(f`// riga tipo: "VAR01;2024-02-14T06:00;-8.4;185;12"
fn parse_riga(riga: &str) -> Misura {
    let campi: Vec<&str> = riga.split(';').collect();
    Misura {
        stazione: campi[0].to_string(),
        temperatura: campi[2].parse().unwrap(),
        neve_cm: campi[3].parse().unwrap(),
        neve_fresca_cm: campi[4].parse().unwrap(),
    }
}`)}

Come gestisco meglio gli errori?`),

  rec('code_csharp_nl', f`De badgeprinter drukt de foto van de vorige gast af. Zie jij het?

${code(f`public class BadgePrinter
{
    private static Bitmap _foto;

    // laadt de pasfoto van de gast en drukt de accreditatiebadge
    public void Print(Gast gast)
    {
        if (_foto == null) _foto = LaadFoto(gast.FotoPad);
        using var doc = new PrintDocument();
        doc.PrintPage += (s, e) => e.Graphics.DrawImage(_foto, 20, 20, 240, 300);
        doc.Print();
    }
}`)}`),

  rec('code_php_pl', f`Formularz rezerwacji miejsca na cmentarzu przepuszcza puste pole nazwiska:

${code(f`<?php
// walidacja formularza rezerwacji kwatery
$nazwisko = trim($_POST['nazwisko'] ?? '');
$kwatera = (int)($_POST['kwatera'] ?? 0);
if (!$nazwisko === '' || $kwatera <= 0) {
    http_response_code(422);
    exit('Uzupełnij wszystkie pola');
}
$stmt = $pdo->prepare('INSERT INTO rezerwacje (nazwisko, kwatera) VALUES (?, ?)');
$stmt->execute([$nazwisko, $kwatera]);`)}`),

  rec('code_ruby_pt-BR', f`${code(f`# agenda de sessões do festival: agrupa por sala
sessoes = Sessao.where(dia: Date.new(2025, 10, 9)).includes(:filme)
por_sala = sessoes.group_by(&:sala).transform_values do |lista|
  lista.sort_by(&:inicio).map { |s| "#{s.inicio.strftime('%H:%M')} #{s.filme.titulo}" }
end
por_sala.each { |sala, linhas| puts "== Sala #{sala} ==", linhas }`)}

Isso faz N+1 query? O log mostra um SELECT por filme.`),

  rec('code_swift_ja', f`オージオグラムの描画で、125Hzの点がグラフの外に出てしまいます。

${code(f`// 周波数を対数スケールでX座標に変換
func xPosition(for frequency: Double, in width: CGFloat) -> CGFloat {
    let minF = log2(250.0), maxF = log2(8000.0)
    let ratio = (log2(frequency) - minF) / (maxF - minF)
    return CGFloat(ratio) * width
}`)}`),

  rec('code_r_es-AR', f`Che, este script de R para estimar la pérdida por granizo me tira NA en la mitad de los lotes:

${code(f`lotes <- read.csv("lotes_granizo.csv")
# pérdida = 1 - rinde observado / rinde esperado
lotes$perdida <- 1 - lotes$rinde_obs / lotes$rinde_esp
resumen <- aggregate(perdida ~ partido, data = lotes, FUN = mean)
print(resumen[order(-resumen$perdida), ])`)}`),

  rec('code_bash_el', f`Το script αντιγράφει το μητρώο αποτεφρώσεων κάθε βράδυ, αλλά σβήνει και τα σημερινά αρχεία. Γιατί;

${code(f`#!/usr/bin/env bash
set -euo pipefail
# αντίγραφο ασφαλείας μητρώου αποτεφρώσεων
SRC=/srv/krematorio/mitroo
DST=/mnt/archive/mitroo/$(date +%Y-%m)
mkdir -p "$DST"
rsync -a "$SRC/" "$DST/"
find "$SRC" -name '*.pdf' -mtime -1 -delete`)}`),

  rec('code_js_he', f`הטופס של בקשת הסמכת עיתונאים שולח פעמיים כשלוחצים מהר. איך מונעים את זה?

${code(f`document.querySelector('#accred-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const data = new FormData(e.target);
  const res = await fetch('/api/accreditation', { method: 'POST', body: data });
  document.querySelector('#status').textContent = res.ok ? 'הבקשה נשלחה' : 'שגיאה, נסו שוב';
});`)}`),

  rec('code_tsql_tr', f`Konteyner bekleme süresi raporunda ortalama yanlış çıkıyor, saat farkı mı?

${code(f`-- terminalde ortalama bekleme süresi (saat)
SELECT gate_lane,
       AVG(DATEDIFF(HOUR, gate_in_ts, gate_out_ts)) AS ort_bekleme_saat
FROM gate_transactions
WHERE gate_in_ts >= '2024-11-01'
GROUP BY gate_lane;`)}`),

  rec('code_python_ru', f`Пандас ругается SettingWithCopyWarning, как переписать правильно?

${code(f`import pandas as pd

полисы = pd.read_excel("убытки_2024.xlsx")
засуха = полисы[полисы["причина"] == "засуха"]
засуха["выплата"] = засуха["площадь_га"] * засуха["ставка"] * засуха["доля_потерь"]
print(засуха.groupby("район")["выплата"].sum())`)}`),

  rec('code_c_sv', f`Filtret i hörapparatens DSP-loop ger klickljud vid volymändring. Någon idé?

${code(f`/* enkel förstärkning per band, anropas per block om 64 sampel */
void apply_gain(int16_t *buf, size_t n, float gain_db) {
    float g = powf(10.0f, gain_db / 20.0f);
    for (size_t i = 0; i < n; i++) {
        int32_t s = (int32_t)(buf[i] * g);
        buf[i] = (int16_t)s;
    }
}`)}`),

  rec('dockerfile', f`Image for the gate OCR worker is 2.3 GB, how do I slim it?

${amb('source_code.snippet', f`FROM python:3.11
WORKDIR /app
COPY . .
RUN apt-get update && apt-get install -y tesseract-ocr libgl1
RUN pip install -r requirements.txt
CMD ["python", "worker.py", "--lanes", "1-8"]`)}`),

  rec('yaml_fr-CH', f`Est-ce que cette config de la station nivométrique est valide ? Le collecteur ignore le capteur de vent.

${amb('source_code.snippet', f`station:
  id: VAR-03
  altitude_m: 2740
capteurs:
  - type: hauteur_neige
    intervalle_s: 600
  - type: vent
    intervalle_s: 60
    unite: m/s
envoi:
  protocole: mqtt
  topic: nivo/var03`)}`),

  rec('diff_cs', f`Kolega poslal tenhle patch na výpočet poplatku za hrobové místo, je to správně?

${code(f`--- a/poplatky.py
+++ b/poplatky.py
@@ -12,7 +12,9 @@ def poplatek_za_hrob(typ: str, roky: int) -> int:
-    sazba = SAZBY[typ]
-    return sazba * roky
+    sazba = SAZBY.get(typ)
+    if sazba is None:
+        raise ValueError(f"neznámý typ hrobu: {typ}")
+    return sazba * roky`)}`),

  rec('vba_de', f`Das Makro für die Gebührenbescheide stürzt ab, wenn ein Feld leer ist:

${code(f`Sub BescheideErstellen()
    Dim ws As Worksheet, z As Long
    Set ws = Worksheets("Grabstellen")
    For z = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        ' Gebühr = Laufzeit * Jahressatz
        ws.Cells(z, 6).Value = ws.Cells(z, 4).Value * ws.Cells(z, 5).Value
    Next z
End Sub`)}`),

  rec('matlab_th', f`สคริปต์คำนวณค่าเฉลี่ยการได้ยิน (PTA) ให้ค่าผิด ช่วยดูหน่อยค่ะ

${code(f`% ความถี่ 500, 1000, 2000, 4000 Hz
freqs = [500 1000 2000 4000];
thr = [35 40 55 70];
pta = mean(thr(1:3));
fprintf('PTA = %.1f dB HL\\n', pta);`)}`),
];
