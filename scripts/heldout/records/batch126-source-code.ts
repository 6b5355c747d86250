/**
 * Held-out batch 126: pasted source code from grow-tower firmware, rental apps, claims and
 * housing-benefit back offices, watch-service tools and underwriting models, with comments and
 * questions in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, fill, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const OTA_TOKEN = tok('lfs_ota_', fill('b126-ota', B62, 32));

export const BATCH126_SOURCE_CODE: DraftRecord[] = [
  rec('code_cpp_de', f`Der ESP32 im Turm-Controller verliert nach ein paar Stunden das WLAN und kommt nicht wieder hoch. Was ist falsch?

\`\`\`cpp
${code(f`#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "Leafstack-Farm-B";
const char* WIFI_PASS = "${v('credential.password_assignment', 'Rucola!Turm-42')}";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) { delay(500); }
  mqtt.setServer("broker.leafstack.io", 1883);
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("tower-b07");
  float ec = readEc();            // Leitfähigkeit in mS/cm
  mqtt.publish("farm/b/07/ec", String(ec, 2).c_str());
  mqtt.loop();
  delay(10000);
}`)}
\`\`\``),

  rec('code_python_fr', f`${code(f`import pandas as pd

# Table de mortalité simplifiée pour tarifer le contrat obsèques
def prime_mensuelle(age: int, capital: float, table: pd.DataFrame, taux: float = 0.015) -> float:
    qx = table.loc[table.age >= age, "qx"].to_numpy()
    survie = (1 - qx).cumprod()
    actualisation = (1 + taux) ** -pd.Series(range(1, len(qx) + 1))
    vap_capital = capital * (qx * survie.shift(1, fill_value=1) * actualisation).sum()
    annuite = (survie * actualisation).sum() * 12
    return round(vap_capital / annuite, 2)`)}

Pourquoi la prime sort négative pour les plus de 85 ans ?`),

  rec('code_go_en', f`Our MQTT ingester drops messages when two racks publish at the same time. Race condition?

\`\`\`go
${code(f`package ingest

type Reading struct {
	Rack  string
	Metric string
	Value float64
}

var latest = map[string]Reading{}

func Handle(client mqtt.Client, msg mqtt.Message) {
	r, err := parse(msg.Topic(), msg.Payload())
	if err != nil {
		log.Printf("bad payload on %s: %v", msg.Topic(), err)
		return
	}
	latest[r.Rack+"/"+r.Metric] = r
	go flush(r)
}`)}
\`\`\``),

  rec('code_sql_nl', f`Klopt deze query om dubbele aanvragen bijzondere bijstand te vinden?

${code(f`SELECT a.aanvraag_id, a.bsn_hash, a.ingediend_op, b.aanvraag_id AS dubbel_id
FROM aanvragen a
JOIN aanvragen b
  ON a.bsn_hash = b.bsn_hash
 AND a.aanvraag_id < b.aanvraag_id
 AND b.ingediend_op BETWEEN a.ingediend_op AND a.ingediend_op + INTERVAL '30 days'
WHERE a.regeling = 'BB-WITGOED'
ORDER BY a.ingediend_op DESC;`)}`),

  rec('code_kotlin_pl', f`Aplikacja wypożyczalni rowerów crashuje przy skanowaniu kodu QR na ramie. Co tu jest nie tak?

\`\`\`kotlin
${code(f`class ScanViewModel(private val repo: RentalRepository) : ViewModel() {
    private val _state = MutableStateFlow<ScanState>(ScanState.Idle)
    val state: StateFlow<ScanState> = _state

    fun onCode(raw: String) {
        val bikeId = raw.removePrefix("RL-BIKE:").toInt()   // tu leci NumberFormatException?
        viewModelScope.launch {
            _state.value = ScanState.Loading
            _state.value = repo.checkout(bikeId).fold(
                onSuccess = { ScanState.Ready(it) },
                onFailure = { ScanState.Error(it.message ?: "błąd") }
            )
        }
    }
}`)}
\`\`\``),

  rec('code_swift_ja', f`修理受付アプリで、写真をアップロードすると UI が固まります。メインスレッドの問題でしょうか？

\`\`\`swift
${code(f`func uploadPhotos(_ images: [UIImage], ticket: String) {
    for (i, img) in images.enumerated() {
        guard let data = img.jpegData(compressionQuality: 0.8) else { continue }
        let url = URL(string: "https://service.aurele-watches.com/api/tickets/\\(ticket)/photos/\\(i)")!
        var req = URLRequest(url: url)
        req.httpMethod = "PUT"
        let (_, resp) = try! await URLSession.shared.upload(for: req, from: data)
        statusLabel.text = "アップロード \\(i + 1)/\\(images.count)"
        print(resp)
    }
}`)}
\`\`\``),

  rec('code_csharp_de', f`${code(f`public decimal BerechneWohngeld(Haushalt h, Miete m)
{
    // Vereinfachte Formel nach § 19 WoGG, Werte a, b, c aus Anlage 2
    var (a, b, c) = Koeffizienten.Fuer(h.Mitglieder);
    decimal M = Math.Min(m.Bruttokalt, Hoechstbetrag(h.Mitglieder, h.Mietstufe));
    decimal Y = h.Gesamteinkommen;
    decimal wg = 1.15m * (M - (a + b * M + c * Y) * Y);
    return wg < 10m ? 0m : Math.Round(wg, 0);
}`)}

Die Ergebnisse weichen um ein paar Euro vom Wohngeldrechner des Ministeriums ab. Liegt es an der Rundung?`),

  rec('code_ts_es', f`Tengo este hook en el portal de pólizas de decesos y el formulario se envía dos veces:

\`\`\`ts
${code(f`export function useEnviarSiniestro() {
  const [enviando, setEnviando] = useState(false);

  const enviar = async (datos: SiniestroForm) => {
    if (enviando) return;
    setEnviando(true);
    try {
      await fetch('/api/siniestros', { method: 'POST', body: JSON.stringify(datos) });
      toast.success('Declaración recibida');
    } finally {
      setEnviando(false);
    }
  };
  return { enviar, enviando };
}`)}
\`\`\``),

  rec('code_rust_en', f`${code(f`use std::collections::VecDeque;

/// Rolling median of the last N humidity readings, to filter sensor spikes.
pub struct RollingMedian { buf: VecDeque<f32>, cap: usize }

impl RollingMedian {
    pub fn new(cap: usize) -> Self { Self { buf: VecDeque::with_capacity(cap), cap } }

    pub fn push(&mut self, v: f32) -> f32 {
        if self.buf.len() == self.cap { self.buf.pop_front(); }
        self.buf.push_back(v);
        let mut s: Vec<f32> = self.buf.iter().copied().collect();
        s.sort_by(|a, b| a.partial_cmp(b).unwrap());
        s[s.len() / 2]
    }
}`)}

is sorting every push too slow at 10 Hz on a Pi Zero?`),

  rec('code_r_it', f`Qualcuno mi spiega perché il modello di frequenza sinistri cyber non converge?

\`\`\`r
${code(f`library(MASS)
dati <- read.csv("portafoglio_cyber_2020_2024.csv")
dati$log_fatturato <- log(dati$fatturato_eur)
mod <- glm.nb(n_sinistri ~ settore + log_fatturato + mfa + backup_offline + offset(log(esposizione_anni)),
              data = dati)
summary(mod)
predict(mod, newdata = data.frame(settore = "sanità", log_fatturato = log(2.5e7),
        mfa = TRUE, backup_offline = FALSE, esposizione_anni = 1), type = "response")`)}
\`\`\``),

  rec('code_java_pt_br', f`Essa classe calcula o capital do seguro funeral com carência, mas o teste de 90 dias tá falhando:

\`\`\`java
${code(f`public BigDecimal capitalDevido(Apolice a, LocalDate dataObito) {
    long dias = ChronoUnit.DAYS.between(a.getInicioVigencia(), dataObito);
    if (a.getCausa() == Causa.ACIDENTE) {
        return a.getCapital();
    }
    if (dias < 90) {
        return a.totalPremiosPagos();   // carência: devolve prêmios
    }
    return a.getCapital();
}`)}
\`\`\``),

  rec('code_bash_sv', f`Kan du förklara vad det här skriptet gör? Fick det av förra IT-killen på cykelparken.

${code(f`#!/bin/bash
# Synkar hyrkassans dagsrapport till NAS:en varje natt
DATUM=$(date -d yesterday +%F)
SRC=/var/lib/kassa/rapporter/$DATUM.csv
rsync -az --remove-source-files "$SRC" ${amb('pii.email', 'backup@nas.ridgeline.lan')}:/volume1/kassa/
if [ $? -ne 0 ]; then
  echo "Synk misslyckades $DATUM" | mail -s "Kassa-synk FEL" drift
fi`)}`),

  rec('code_php_tr', f`Servis takip sayfasında müşteri telefonunu maskelemek istiyorum, bu fonksiyon doğru mu?

\`\`\`php
${code(f`function maskeleTelefon(string $tel): string {
    $rakamlar = preg_replace('/\\D/', '', $tel);
    if (strlen($rakamlar) < 7) return $tel;
    return substr($rakamlar, 0, 3) . str_repeat('*', strlen($rakamlar) - 5) . substr($rakamlar, -2);
}

// test
echo maskeleTelefon('${phone('0532 382 91 74', 'TR')}'); // beklenen: 053*******74`)}
\`\`\``),

  rec('code_python_zh', f`这个脚本每天凌晨把各个种植架的能耗汇总到报表里，但是夏令时那天数据会重复，怎么改？

\`\`\`python
${code(f`from datetime import datetime, timedelta
import pytz

tz = pytz.timezone("Europe/Amsterdam")

def 昨日区间():
    今天 = tz.localize(datetime.now().replace(hour=0, minute=0, second=0, microsecond=0))
    昨天 = 今天 - timedelta(days=1)
    return 昨天, 今天

def 汇总(readings):
    开始, 结束 = 昨日区间()
    return sum(r.kwh for r in readings if 开始 <= r.ts < 结束)`)}
\`\`\``),

  rec('code_vba_en', f`Underwriting spreadsheet macro keeps throwing "Run-time error 13: Type mismatch" on some rows:

${code(f`Sub ScoreSubmissions()
    Dim ws As Worksheet, r As Long, score As Double
    Set ws = ThisWorkbook.Sheets("Submissions")
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        score = 0
        If ws.Cells(r, 5).Value = "Yes" Then score = score + 25   ' MFA
        If ws.Cells(r, 6).Value = "Yes" Then score = score + 20   ' EDR
        score = score + ws.Cells(r, 7).Value * 0.5                ' patch cadence (days)
        ws.Cells(r, 10).Value = score
    Next r
End Sub`)}`),

  rec('code_ruby_cs', f`Proč tahle metoda v Rails vrací pro některé žadatele o příspěvek na bydlení nil?

${code(f`class Zadost < ApplicationRecord
  belongs_to :domacnost

  def narok_na_prispevek
    naklady = domacnost.naklady_na_bydleni
    prijem = domacnost.prijmy.sum(:castka)
    return if prijem.zero?
    limit = prijem * (Rails.env.praha? ? 0.35 : 0.30)
    [naklady - limit, 0].max if naklady > limit
  end
end`)}`),

  rec('code_python_ota_ko', f`재배 타워 펌웨어 OTA 업데이트 스크립트인데, 토큰을 코드에 넣어도 되나요?

\`\`\`python
${code(f`import requests

OTA_URL = "https://ota.leafstack.io/v1/devices/{device}/firmware"
OTA_TOKEN = "${v('credential.generic_secret_assignment', OTA_TOKEN)}"

def push(device: str, path: str) -> None:
    with open(path, "rb") as fw:
        r = requests.post(OTA_URL.format(device=device), files={"fw": fw},
                          headers={"X-OTA-Token": OTA_TOKEN}, timeout=30)
    r.raise_for_status()
    print(device, "업데이트 완료")`)}
\`\`\``),

  rec('code_lua_hu', f`${code(f`-- Bringapark beléptető kapu: napijegy QR ellenőrzése
local function ervenyes(jegy, most)
  if jegy.tipus == "napi" then
    return os.date("%Y-%m-%d", most) == jegy.datum
  elseif jegy.tipus == "szezon" then
    return most >= jegy.kezdet and most <= jegy.veg
  end
  return false
end

return { ervenyes = ervenyes }`)}

A szezonbérlet tulajdonosait néha nem engedi be a kapu. Mi lehet a gond?`),

  rec('code_ps_en', f`Can you make this PowerShell run faster? It checks which housing-benefit caseworkers haven't logged in for 90 days.

${code(f`$cutoff = (Get-Date).AddDays(-90)
Get-ADUser -Filter * -SearchBase "OU=Wohngeld,OU=Sozialamt,DC=stadt,DC=local" -Properties LastLogonDate |
  Where-Object { $_.LastLogonDate -lt $cutoff -and $_.Enabled } |
  Select-Object SamAccountName, LastLogonDate |
  Export-Csv -Path .\\inaktive_konten.csv -NoTypeInformation -Encoding UTF8`)}`),

  rec('code_dart_es_mx', f`Estoy haciendo la app de Flutter para que los productores vean sus torres. ¿Por qué no se actualiza el widget cuando cambia la humedad?

\`\`\`dart
${code(f`class TorreCard extends StatelessWidget {
  final Torre torre;
  const TorreCard({super.key, required this.torre});

  @override
  Widget build(BuildContext context) {
    return Card(
      child: ListTile(
        title: Text(torre.nombre),
        subtitle: Text('Humedad: \${torre.humedad.toStringAsFixed(1)} %'),
        trailing: torre.alerta ? const Icon(Icons.warning, color: Colors.orange) : null,
      ),
    );
  }
}`)}
\`\`\``),

  rec('terraform_en', f`Review this before I apply — it's the broker's document bucket for signed proposals:

${amb('source_code.snippet', f`resource "aws_s3_bucket" "proposals" {
  bucket = "kestrel-signed-proposals-prod"
}

resource "aws_s3_bucket_public_access_block" "proposals" {
  bucket                  = aws_s3_bucket.proposals.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false
}`)}`),
];
