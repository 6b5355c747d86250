/**
 * Held-out batch 122: pasted source code (roast profiles, VMS maps, SPC and MES code, IIIF and OCR
 * pipelines, a shelter website, a perfume shop), commented in many languages. Hand-written.
 */
import { f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH122_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Perché il grafico della curva di tostatura esce piatto dopo il first crack?

\`\`\`python
${code(f`import pandas as pd
import matplotlib.pyplot as plt

# profilo esportato dal tostatore (Artisan), una riga al secondo
df = pd.read_csv("tostatura_etiopia_0411.csv", sep=";", decimal=",")
df["ror"] = df["bt"].diff(30) * 2  # rate of rise °C/min su 30 s

fc = df.index[df["evento"] == "FC"][0]
ax = df.plot(x="tempo", y=["bt", "et"], figsize=(10, 5))
df.loc[fc:, "ror"].clip(lower=0).plot(ax=ax, secondary_y=True)
plt.axvline(df.loc[fc, "tempo"], ls="--")
plt.savefig("curva.png")`)}
\`\`\``),

  rec('code_kotlin', f`${code(f`// App de fidelidade: soma pontos por compra, mas o contador está duplicando
class PontosViewModel(private val repo: FidelidadeRepository) : ViewModel() {
    private val _pontos = MutableStateFlow(0)
    val pontos: StateFlow<Int> = _pontos

    fun registrarCompra(valorCentavos: Long) {
        viewModelScope.launch {
            val novos = (valorCentavos / 100).toInt()   // 1 ponto por real
            repo.adicionar(novos)
            _pontos.value += novos
            _pontos.value = repo.total()   // <- aqui soma de novo?
        }
    }
}`)}

Por que os pontos aparecem em dobro por um instante na tela?`),

  rec('code_sql', f`Necesito que este reporte de ventas por franquicia también muestre la semana anterior:

${code(f`-- ventas netas por tienda y semana ISO
SELECT t.codigo_tienda,
       t.ciudad,
       DATE_TRUNC('week', v.fecha) AS semana,
       SUM(v.importe_neto)         AS ventas,
       COUNT(DISTINCT v.ticket_id) AS tickets,
       SUM(v.importe_neto) / NULLIF(COUNT(DISTINCT v.ticket_id), 0) AS ticket_medio
FROM ventas v
JOIN tiendas t ON t.id = v.tienda_id
WHERE v.fecha >= CURRENT_DATE - INTERVAL '8 weeks'
  AND t.tipo = 'FRANQUICIA'
GROUP BY 1, 2, 3
ORDER BY 1, 3;`)}`),

  rec('code_swift', f`SwiftUIでモバイルオーダー画面を作っています。カスタマイズを選ぶと一覧が再描画されてスクロール位置が戻ってしまいます。

${code(f`struct DrinkCustomizeView: View {
    @State private var milk: Milk = .whole
    @State private var shots = 1
    let drink: Drink

    var body: some View {
        Form {
            Picker("ミルク", selection: $milk) {
                ForEach(Milk.allCases, id: \\.self) { Text($0.label) }
            }
            Stepper("ショット: \\(shots)", value: $shots, in: 1...4)
            Section { Text("合計 ¥\\(drink.price + shots * 60)") }
        }
        .id(UUID())   // 毎回新しいID…？
    }
}`)}`),

  rec('code_r', f`${code(f`# Fangstdata per fartøy, lengdefordeling torsk – kontroll mot minstemål
library(dplyr)
library(ggplot2)

fangst <- read.csv2("kontroll_2024_uke44.csv")
fangst |>
  filter(art == "torsk") |>
  mutate(under_min = lengde_cm < 44) |>
  group_by(fartoy) |>
  summarise(andel_under = mean(under_min), n = n()) |>
  arrange(desc(andel_under)) |>
  filter(n >= 50)`)}

Hvordan lager jeg et histogram per fartøy med en rød linje på 44 cm?`),

  rec('code_julia', f`Getur þú útskýrt af hverju þetta stofnmat er svo hægt?

${code(f`# Einfalt afla-stofnlíkan (Schaefer) fyrir þorsk
function schaefer(B0, r, K, afli)
    B = zeros(length(afli) + 1)
    B[1] = B0
    for t in eachindex(afli)
        B[t+1] = max(B[t] + r * B[t] * (1 - B[t] / K) - afli[t], 1e-3)
    end
    return B
end

afli = readdlm("afli_1990_2023.txt")[:, 2]
B = schaefer(1.2e6, 0.35, 2.0e6, afli)`)}`),

  rec('code_js', f`${code(f`// Χάρτης επιθεωρήσεων: σκάφη από το VMS με Leaflet
const map = L.map('xartis').setView([37.94, 23.64], 9);
L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 18 }).addTo(map);

async function fortoseSkafi() {
  const res = await fetch('/api/vms/theseis?teleftaies=6h');
  const skafi = await res.json();
  skafi.forEach((s) => {
    L.circleMarker([s.lat, s.lon], { radius: 5, color: s.ypoptos ? 'red' : 'blue' })
      .bindPopup(\`\${s.onoma} (\${s.kodikos})<br>\${s.taxytita} kn\`)
      .addTo(map);
  });
}
setInterval(fortoseSkafi, 60_000);`)}

Τα markers διπλασιάζονται κάθε λεπτό — πώς τα καθαρίζω;`),

  rec('code_c', f`键合拉力测试机的固件，读数偶尔跳到 65535，帮我看看：

\`\`\`c
${code(f`#define PULL_ADC_CH   3
#define GRAMS_PER_LSB 0.0125f

static uint16_t read_adc(uint8_t ch) {
    ADC1->SQR3 = ch;
    ADC1->CR2 |= ADC_CR2_SWSTART;
    while (!(ADC1->SR & ADC_SR_EOC)) { }
    return (uint16_t)ADC1->DR;
}

float pull_force_g(void) {
    uint32_t acc = 0;
    for (int i = 0; i < 16; i++) acc += read_adc(PULL_ADC_CH);
    uint16_t avg = acc >> 4;            /* 平均 16 次 */
    return (avg - g_zero_offset) * GRAMS_PER_LSB;   /* 偏移大于读数时会溢出？ */
}`)}
\`\`\``),

  rec('code_python', f`客戶要求 Cpk ≥ 1.67，這段計算對嗎？

${code(f`import numpy as np

def cpk(values: np.ndarray, lsl: float, usl: float) -> float:
    """計算製程能力指數 (使用樣本標準差)"""
    mu = values.mean()
    sigma = values.std(ddof=1)
    return min(usl - mu, mu - lsl) / (3 * sigma)

# 焊線拉力 (gf)，規格 LSL=6.0
pull = np.loadtxt("wirepull_lot_QF2291.csv", delimiter=",", skiprows=1, usecols=2)
print(f"Cpk = {cpk(pull, 6.0, np.inf):.2f}")`)}`),

  rec('code_csharp', f`${code(f`// MES에서 불량 로트를 조회해서 고객 품질 포털로 전송
public async Task<int> SyncRejectedLotsAsync(DateTime since, CancellationToken ct)
{
    var lots = await _db.Lots
        .Where(l => l.Status == LotStatus.Rejected && l.UpdatedAt >= since)
        .Select(l => new { l.LotNo, l.Customer, l.DefectCode, l.Qty })
        .ToListAsync(ct);

    foreach (var lot in lots)
    {
        var resp = await _http.PostAsJsonAsync("api/v1/rejects", lot, ct);
        resp.EnsureSuccessStatusCode(); // 실패하면 전체 동기화가 멈춤
    }
    return lots.Count;
}`)}

한 건 실패해도 나머지는 계속 보내도록 바꿔 줄 수 있나요?`),

  rec('code_vba', f`Das Makro für den 8D-Bericht kopiert die Fehlerbilder nicht mit:

${code(f`Sub Erstelle8D()
    Dim ws As Worksheet, ziel As Worksheet
    Set ws = ThisWorkbook.Sheets("Reklamation")
    Set ziel = Workbooks.Add.Sheets(1)

    ' D2 Problembeschreibung, D4 Ursache, D5 Abstellmaßnahme
    ziel.Range("A1").Value = "8D-Bericht " & ws.Range("B2").Value
    ws.Range("B4:B12").Copy ziel.Range("B3")
    Dim shp As Shape
    For Each shp In ws.Shapes
        If shp.Type = msoPicture Then shp.Copy: ziel.Paste ziel.Range("D3")
    Next shp
End Sub`)}`),

  rec('code_rust', f`${code(f`// IIIF-tegelserver voor gedigitaliseerde kaarten: geeft 404 bij zoomniveau 0
async fn tile(Path((id, region, size)): Path<(String, String, String)>) -> Result<Response, AppError> {
    let img = archief::open(&id).await.map_err(|_| AppError::NotFound)?;
    let (x, y, w, h) = parse_region(&region, img.width(), img.height())?;
    let scaled = img.crop_imm(x, y, w, h).resize(parse_size(&size)?, u32::MAX, FilterType::Lanczos3);
    let mut buf = Cursor::new(Vec::new());
    scaled.write_to(&mut buf, ImageFormat::Jpeg)?;
    Ok(([(header::CONTENT_TYPE, "image/jpeg")], buf.into_inner()).into_response())
}`)}

Bij region=full en size=max werkt het wel. Wat doe ik fout?`),

  rec('code_python', f`OCR-putki kirkonkirjojen digitoinnille kaatuu yöllä. Voitko katsoa?

${code(f`import psycopg2
import pytesseract
from PIL import Image

# TODO siirrä salasana ympäristömuuttujaan
conn = psycopg2.connect(host="digi-db", dbname="kirkonkirjat", user="ocr", password="${v('credential.password_assignment', 'Kirkonkirja-OCR#22')}")

def kasittele(sivu_id: int, polku: str) -> None:
    teksti = pytesseract.image_to_string(Image.open(polku), lang="fin+swe")
    with conn, conn.cursor() as cur:
        cur.execute("UPDATE sivut SET ocr = %s WHERE id = %s", (teksti, sivu_id))`)}`),

  rec('code_xslt', f`Transformation EAD → HTML pour la salle de lecture, les niveaux « dossier » ne s'affichent pas :

${code(f`<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:ead="urn:isbn:1-931666-22-9">
  <!-- inventaire : une ligne par composant -->
  <xsl:template match="ead:c[@level='file']">
    <tr>
      <td><xsl:value-of select="ead:did/ead:unitid"/></td>
      <td><xsl:value-of select="ead:did/ead:unittitle"/></td>
      <td><xsl:value-of select="ead:did/ead:unitdate/@normal"/></td>
    </tr>
    <xsl:apply-templates select="ead:c"/>
  </xsl:template>
</xsl:stylesheet>`)}`),

  rec('code_php', f`Botón de "salida rápida" de la web del centro de acogida: al pulsarlo debería borrar el historial y llevar a Google, pero con el botón atrás se vuelve a nuestra página.

${code(f`<?php // salida-rapida.php
header('Cache-Control: no-store, no-cache, must-revalidate');
header('Clear-Site-Data: "cache", "cookies", "storage"');
?>
<script>
  document.getElementById('salir').addEventListener('click', () => {
    window.open('https://www.google.es', '_blank');
    location.replace('https://www.eltiempo.es');
  });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') location.replace('https://www.eltiempo.es'); });
</script>`)}`),

  rec('code_ts', f`${code(f`// Redact names and phone numbers before case notes go to the funder's report
const PHONE = /(?:\\+?\\d[\\d\\s-]{7,}\\d)/g;
export function redact(note: string, names: string[]): string {
  let out = note.replace(PHONE, '[phone]');
  for (const n of names) {
    // שמות בעברית ובאנגלית — escape regex chars
    out = out.replace(new RegExp(n.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&'), 'gi'), '[name]');
  }
  return out;
}

// test
console.log(redact('Called Dana on ${phone('052-738-4192', 'IL')}', ['Dana']));`)}

The test still prints the number, why?`),

  rec('code_ruby', f`${code(f`# Вебхук Shopify: при возврате духов создаём тикет в Zendesk
post '/webhooks/refunds' do
  halt 401 unless valid_hmac?(request)
  refund = JSON.parse(request.body.read)
  order  = ShopifyAPI::Order.find(id: refund['order_id'])
  Zendesk.tickets.create(
    subject: "Возврат #{order.name}",
    comment: { body: refund['note'].to_s },
    tags: ['refund', order.tags.include?('VIP') ? 'vip' : 'standard']
  )
  status 200
end`)}

Тикеты создаются дважды — Shopify повторяет вебхук?`),

  rec('code_liquid', f`Ürün sayfasında "stokta son 3 ürün" yazısı varyant değişince güncellenmiyor:

${code(f`{% assign v = product.selected_or_first_available_variant %}
<div class="stok-uyari" data-variant="{{ v.id }}">
  {% if v.inventory_quantity <= 3 and v.inventory_quantity > 0 %}
    Stokta son {{ v.inventory_quantity }} ürün!
  {% elsif v.available == false %}
    Tükendi – gelince haber ver
  {% endif %}
</div>
<script>window.varyantStok = {{ product.variants | map: 'inventory_quantity' | json }};</script>`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# Termékfotók átméretezése a webshophoz (1200px, webp)
set -euo pipefail
forras="\${1:-./nyers}"
cel="./web"
mkdir -p "$cel"
for kep in "$forras"/*.{jpg,JPG,png}; do
  [ -e "$kep" ] || continue
  nev=$(basename "\${kep%.*}")
  magick "$kep" -resize 1200x1200\\> -quality 82 "$cel/$nev.webp"
done
echo "Kész: $(ls "$cel" | wc -l) kép"`)}

Miért hagyja ki a .jpeg kiterjesztésű fájlokat?`),

  rec('code_java', f`Punkty lojalnościowe liczą się źle przy zwrotach częściowych:

${code(f`public int punktyPoZwrocie(Zamowienie z, List<PozycjaZwrotu> zwroty) {
    BigDecimal zwrocono = zwroty.stream()
        .map(PozycjaZwrotu::kwota)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal pozostalo = z.wartoscBrutto().subtract(zwrocono);
    // 1 punkt za każde pełne 10 zł
    return pozostalo.divide(BigDecimal.TEN).intValue();
}`)}`),

  rec('diff', f`Review giúp em bản vá này (lỗi làm tròn khối lượng cá khi quy đổi từ pound):

${code(f`--- a/catch/convert.go
+++ b/catch/convert.go
@@ -12,7 +12,8 @@ func ToKg(v float64, unit string) (float64, error) {
 	switch unit {
 	case "lb":
-		return float64(int(v * 0.4536)), nil
+		kg := v * 0.45359237
+		return math.Round(kg*100) / 100, nil
 	case "kg":
 		return v, nil
 	}`)}`),

  rec('code_powershell', f`${code(f`# Obnova počítačů v badatelně po zavírací době – smaže profily návštěvníků
$hranice = (Get-Date).AddHours(-12)
Get-CimInstance Win32_UserProfile |
  Where-Object { $_.LocalPath -like 'C:\\Users\\badatel*' -and $_.LastUseTime -lt $hranice } |
  ForEach-Object {
    Write-Host "Mažu $($_.LocalPath)"
    Remove-CimInstance $_
  }
Clear-RecycleBin -Force -ErrorAction SilentlyContinue`)}

Spouští se to přes Plánovač úloh, ale profily zůstávají. Proč?`),
];
