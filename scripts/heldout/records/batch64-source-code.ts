/**
 * Held-out batch 64: pasted source code (Python, Structured Text, SQL, Kotlin, Swift, PHP, Rust, Go, C,
 * TypeScript, R, C#, Java, Bash, PowerShell, MATLAB, Ruby, Lua, Dart, a diff, Apps Script, pandas) with
 * questions in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH64_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_es', f`Hola, el NDVI me sale con valores mayores que 1 en algunas parcelas de banano, ¿qué estoy haciendo mal?

\`\`\`python
${code(f`import numpy as np
import rasterio

def ndvi(ruta_tif: str) -> np.ndarray:
    with rasterio.open(ruta_tif) as src:
        rojo = src.read(3)
        nir = src.read(5)
    # evitar división por cero
    return (nir - rojo) / (nir + rojo + 1e-6)

if __name__ == "__main__":
    indice = ndvi("vuelos/2025-03-04_finca_la_esperanza.tif")
    print(indice.min(), indice.max())`)}
\`\`\``),

  rec('code_st_de', f`Hallo, die Verriegelung für den Ofenantrieb lässt den Hauptmotor anlaufen, obwohl der Hilfsantrieb noch eingekuppelt ist. Siehst du den Fehler im Baustein?

${code(f`FUNCTION_BLOCK FB_OfenAntrieb
VAR_INPUT
    xFreigabeLeitstand : BOOL;
    xHilfsantriebEin   : BOOL;
    xKupplungOffen     : BOOL;
    rDrehzahlIst       : REAL;
END_VAR
VAR_OUTPUT
    xHauptmotorStart   : BOOL;
    xStoerung          : BOOL;
END_VAR
VAR
    tonAnlauf : TON;
END_VAR

tonAnlauf(IN := xFreigabeLeitstand, PT := T#5S);
IF tonAnlauf.Q AND (NOT xHilfsantriebEin OR xKupplungOffen) THEN
    xHauptmotorStart := TRUE;
END_IF;
xStoerung := xHauptmotorStart AND rDrehzahlIst < 0.1;
END_FUNCTION_BLOCK`)}`),

  rec('code_sql_pt', f`Oi! Essa query de faixas de atraso tá contando o mesmo contrato em duas faixas. Pode ajudar?

\`\`\`sql
${code(f`SELECT
  CASE
    WHEN CURRENT_DATE - p.vencimento BETWEEN 1 AND 30 THEN '01-30'
    WHEN CURRENT_DATE - p.vencimento BETWEEN 30 AND 60 THEN '30-60'
    WHEN CURRENT_DATE - p.vencimento > 60 THEN '60+'
  END AS faixa,
  COUNT(DISTINCT p.contrato_id) AS contratos,
  SUM(p.valor_aberto) AS saldo
FROM parcelas p
WHERE p.status = 'ABERTA'
GROUP BY 1
ORDER BY 1;`)}
\`\`\``),

  rec('code_kotlin_id', f`Halo, tombol "Bayar Sekarang" di aplikasi pinjaman kadang ditekan dua kali dan transaksi terkirim ganda. Bagaimana cara mencegahnya di kode ini?

${code(f`class BayarViewModel(private val repo: PembayaranRepository) : ViewModel() {
    private val _status = MutableStateFlow<StatusBayar>(StatusBayar.Idle)
    val status: StateFlow<StatusBayar> = _status

    fun bayar(cicilanId: String, jumlah: Long) {
        viewModelScope.launch {
            _status.value = StatusBayar.Loading
            val hasil = repo.kirimPembayaran(cicilanId, jumlah)
            _status.value = if (hasil.isSuccess) StatusBayar.Sukses else StatusBayar.Gagal(hasil.exceptionOrNull())
        }
    }
}`)}`),

  rec('code_swift_da', f`Hej, timeren i vores øvelsesapp til knæpatienter stopper, når skærmen låses. Hvordan holder jeg tællingen korrekt?

\`\`\`swift
${code(f`final class OevelsesTimer: ObservableObject {
    @Published var sekunderTilbage: Int
    private var timer: Timer?

    init(varighed: Int) { sekunderTilbage = varighed }

    func start() {
        timer = Timer.scheduledTimer(withTimeInterval: 1, repeats: true) { [weak self] _ in
            guard let self else { return }
            if self.sekunderTilbage > 0 { self.sekunderTilbage -= 1 } else { self.stop() }
        }
    }

    func stop() { timer?.invalidate(); timer = nil }
}`)}
\`\`\``),

  rec('code_php_it', f`La pagina dei prestiti in uscita mostra le opere due volte quando hanno più di un trasportatore. Come sistemo la query?

${code(f`<?php
$sql = "SELECT o.inventario, o.titolo, p.sede_destinazione, t.nome AS trasportatore
        FROM prestiti p
        JOIN opere o ON o.id = p.opera_id
        LEFT JOIN trasporti t ON t.prestito_id = p.id
        WHERE p.stato = 'in_uscita' AND p.data_partenza >= :da";
$stmt = $pdo->prepare($sql);
$stmt->execute([':da' => date('Y-m-d')]);
foreach ($stmt as $riga) {
    echo "<tr><td>" . htmlspecialchars($riga['inventario']) . "</td><td>" . htmlspecialchars($riga['titolo']) . "</td></tr>";
}`)}`),

  rec('code_rust_fi', f`Moi, MAVLink-viestien jäsennin kaatuu satunnaisesti "index out of bounds" -virheeseen kentällä. Mikä tässä on vialla?

${code(f`pub fn parse_frame(buf: &[u8]) -> Option<Frame> {
    if buf.is_empty() || buf[0] != 0xFD {
        return None;
    }
    let len = buf[1] as usize;
    let msg_id = u32::from_le_bytes([buf[7], buf[8], buf[9], 0]);
    let payload = &buf[10..10 + len];
    let crc = u16::from_le_bytes([buf[10 + len], buf[11 + len]]);
    Some(Frame { msg_id, payload: payload.to_vec(), crc })
}`)}`),

  rec('code_go_nl', f`Onze transcodeer-worker voor het archief verwerkt maar één bestand tegelijk, terwijl ik 4 goroutines start. Waarom?

${code(f`func main() {
	jobs := make(chan string)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for pad := range jobs {
				mu.Lock()
				cmd := exec.Command("ffmpeg", "-i", pad, "-c:v", "prores_ks", "-profile:v", "3", strings.TrimSuffix(pad, ".mxf")+".mov")
				if err := cmd.Run(); err != nil {
					log.Printf("mislukt: %s: %v", pad, err)
				}
				mu.Unlock()
			}
		}()
	}
	for _, p := range os.Args[1:] {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
}`)}`),

  rec('code_c_cs', f`Ahoj, výpočet CRC pro Modbus RTU z váhy na pásovém dopravníku mi nesedí s tím, co posílá zařízení. Kde je chyba?

${code(f`uint16_t modbus_crc(const uint8_t *data, size_t len) {
    uint16_t crc = 0xFFFF;
    for (size_t i = 0; i < len; i++) {
        crc ^= data[i];
        for (int b = 0; b < 8; b++) {
            if (crc & 0x0001)
                crc = (crc >> 1) ^ 0x8005;
            else
                crc >>= 1;
        }
    }
    return crc;
}`)}`),

  rec('code_tsx', f`The booking calendar shows physio slots in UTC instead of the clinic's local time for the Vancouver branch. What's the cleanest fix?

\`\`\`tsx
${code(f`export function SlotList({ slots, clinicTz }: { slots: Slot[]; clinicTz: string }) {
  return (
    <ul className="slots">
      {slots.map((s) => (
        <li key={s.id}>
          {new Date(s.startsAt).toLocaleTimeString('en-CA', { hour: '2-digit', minute: '2-digit' })}
          {' – '}
          {s.therapistName}
        </li>
      ))}
    </ul>
  );
}`)}
\`\`\``),

  rec('code_r_sv', f`Hej! Jag vill jämföra smärtskattning före och efter 8 veckors träning mellan två kliniker. Är det här rätt test?

${code(f`library(dplyr)
library(tidyr)

data <- read.csv("vas_uppfoljning.csv")
bred <- data %>%
  pivot_wider(names_from = tidpunkt, values_from = vas) %>%
  mutate(skillnad = vecka8 - baslinje)

t.test(skillnad ~ klinik, data = bred, paired = TRUE)`)}

Jag får felet "cannot use 'paired' in formula method".`),

  rec('code_csharp_pl', f`Cześć, integracja z systemem zbiorów muzeum gubi polskie znaki w opisach obiektów przy eksporcie do CSV. Kod:

${code(f`public static void EksportujObiekty(IEnumerable<Obiekt> obiekty, string sciezka)
{
    using var writer = new StreamWriter(sciezka, false, Encoding.ASCII);
    writer.WriteLine("nr_inw;tytul;autor;datowanie");
    foreach (var o in obiekty)
    {
        writer.WriteLine($"{o.NumerInwentarzowy};{o.Tytul};{o.Autor};{o.Datowanie}");
    }
}`)}

Excel pokazuje znaki zapytania zamiast "ą", "ł".`),

  rec('code_java_vi', f`Hàm tính điểm tín dụng này trả về kết quả khác nhau giữa môi trường test và production dù cùng input. Bạn xem giúp mình với:

${code(f`public double tinhDiem(KhachHang kh) {
    double diem = 500;
    diem += kh.getSoLanTraDungHan() * 12.5;
    diem -= kh.getSoNgayTreHanToiDa() * 3;
    if (kh.getThuNhapThang() > 15_000_000) diem += 40;
    float heSo = (float) kh.getTyLeNoTrenThuNhap();
    diem *= (1 - heSo / 2);
    return Math.round(diem * 100) / 100;
}`)}`),

  rec('code_bash_fr', f`Bonjour, ce script de sauvegarde LTO pour les fichiers numérisés s'arrête sans message quand la bande est pleine. Comment gérer le changement de bande ?

${code(f`#!/bin/bash
set -e
SOURCE=/archives/numerise/$(date +%Y-%m)
LECTEUR=/dev/nst0
mt -f "$LECTEUR" rewind
tar -cvf "$LECTEUR" -b 256 "$SOURCE" | tee /var/log/lto/$(date +%F).log
mt -f "$LECTEUR" offline
echo "Sauvegarde terminée : $SOURCE"`)}`),

  rec('code_powershell_tr', f`Merhaba, bu script fabrikadaki operatör PC'lerinde disk doluluğunu kontrol ediyor ama uzak bilgisayarlarda "Access denied" veriyor:

${code(f`$bilgisayarlar = Get-Content .\\operator_pcler.txt
foreach ($pc in $bilgisayarlar) {
    $diskler = Get-CimInstance -ClassName Win32_LogicalDisk -ComputerName $pc -Filter "DriveType=3"
    foreach ($d in $diskler) {
        $yuzde = [math]::Round(($d.Size - $d.FreeSpace) / $d.Size * 100, 1)
        if ($yuzde -gt 85) { Write-Warning "$pc $($d.DeviceID) %$yuzde dolu" }
    }
}`)}`),

  rec('code_matlab_ja', f`キルンの出口温度の移動平均を計算していますが、最初と最後が不自然に下がります。どう直せばいいですか？

${code(f`data = readtable('kiln_outlet_2025-02.csv');
t = data.timestamp;
T = data.outlet_temp_C;
win = 60;
T_ma = conv(T, ones(win,1)/win, 'same');
plot(t, T, ':', t, T_ma, '-', 'LineWidth', 1.5);
legend('raw', 'moving avg');
ylabel('°C');`)}`),

  rec('code_ruby_no', f`Hei, utlånsmodellen vår lar registrator lagre et utlån der returdato er før utsendelsesdato. Hvordan legger jeg inn en validering?

${code(f`class Utlan < ApplicationRecord
  belongs_to :gjenstand
  belongs_to :lantaker, class_name: "Institusjon"

  validates :utsendelsesdato, :returdato, presence: true
  validates :forsikringsverdi, numericality: { greater_than: 0 }

  scope :aktive, -> { where("returdato >= ?", Date.current) }
end`)}`),

  rec('code_lua_zh', f`这是我们植保无人机地面站插件里的航线生成脚本，转弯的时候喷头没有关，导致地头重喷。帮我看看逻辑：

${code(f`local function generate_route(field, spacing)
  local route = {}
  local y = field.min_y
  local dir = 1
  while y <= field.max_y do
    local x0, x1 = field.min_x, field.max_x
    if dir < 0 then x0, x1 = x1, x0 end
    table.insert(route, { x = x0, y = y, spray = true })
    table.insert(route, { x = x1, y = y, spray = true })
    y = y + spacing
    dir = -dir
  end
  return route
end`)}`),

  rec('code_dart_sw', f`Habari, kwenye app ya mikopo, skrini ya historia ya malipo inapakia data kila mara mtumiaji anaporudi. Nifanyeje ili ihifadhi data?

${code(f`class HistoriaMalipo extends StatelessWidget {
  const HistoriaMalipo({super.key});

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<List<Malipo>>(
      future: MalipoApi().pataHistoria(),
      builder: (context, snap) {
        if (!snap.hasData) return const Center(child: CircularProgressIndicator());
        return ListView(children: snap.data!.map((m) => ListTile(title: Text('KES \${m.kiasi}'), subtitle: Text(m.tarehe))).toList());
      },
    );
  }
}`)}`),

  rec('diff_he', f`אפשר לעבור על ה-diff הזה לפני שאני ממזג? זה אמור לתקן את חישוב משך הקלטה בארכיון כשיש פריימים חסרים.

${code(f`--- a/archive/timecode.py
+++ b/archive/timecode.py
@@ -14,9 +14,12 @@ def duration_frames(start_tc: str, end_tc: str, fps: int = 25) -> int:
-    return tc_to_frames(end_tc, fps) - tc_to_frames(start_tc, fps)
+    start = tc_to_frames(start_tc, fps)
+    end = tc_to_frames(end_tc, fps)
+    if end < start:
+        # midnight rollover on the original broadcast tape
+        end += 24 * 60 * 60 * fps
+    return end - start`)}`),

  rec('code_gas_es_ar', f`Che, este Apps Script que pasa los turnos de kinesio del formulario a la planilla me duplica filas cuando dos pacientes envían al mismo tiempo. ¿Cómo lo bloqueo?

${code(f`function onFormSubmit(e) {
  const hoja = SpreadsheetApp.getActive().getSheetByName('Turnos');
  const r = e.namedValues;
  const fila = hoja.getLastRow() + 1;
  hoja.getRange(fila, 1, 1, 4).setValues([[r['Paciente'][0], r['Sede'][0], r['Fecha'][0], 'pendiente']]);
  ordenarPorFecha(hoja);
}`)}`),

  rec('code_python_el', f`Καλημέρα! Θέλω να βρω ποιες κασέτες του αρχείου δεν έχουν ψηφιοποιηθεί ακόμα, αλλά το merge μου επιστρέφει λιγότερες γραμμές απ' ό,τι περιμένω:

${code(f`import pandas as pd

kasetes = pd.read_excel("katalogos_kaseton.xlsx")
psifiopoiimena = pd.read_csv("digitized_files.csv")

kasetes["kodikos"] = kasetes["kodikos"].str.strip()
merged = kasetes.merge(psifiopoiimena, left_on="kodikos", right_on="tape_id")
ekkremi = merged[merged["file_path"].isna()]
print(len(ekkremi))`)}`),
];
