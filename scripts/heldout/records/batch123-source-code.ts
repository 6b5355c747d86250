/**
 * Held-out batch 123: pasted source code from dispatch, care-home, field-service, club, gas-metering
 * and grants tooling, with prompts and comments in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH123_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_de', f`Die ETA-Berechnung für die Taxi-Zentrale liefert bei Stau viel zu optimistische Zeiten. Hier die Funktion:

\`\`\`python
${code(f`from datetime import datetime, timedelta

STAU_FAKTOR = {"morgens": 1.6, "mittags": 1.2, "abends": 1.8, "nachts": 1.0}

def tageszeit(ts: datetime) -> str:
    h = ts.hour
    if 6 <= h < 10:
        return "morgens"
    if 10 <= h < 16:
        return "mittags"
    if 16 <= h < 20:
        return "abends"
    return "nachts"

def eta(distanz_km: float, start: datetime, kmh: float = 32.0) -> datetime:
    minuten = distanz_km / kmh * 60
    minuten *= STAU_FAKTOR[tageszeit(start)]
    return start + timedelta(minutes=round(minuten))`)}
\`\`\`

Wie könnte ich echte Verkehrsdaten einbauen, ohne Google zu bezahlen?`),

  rec('code_sql_nl', f`Deze query moet alle bewoners geven die deze maand jarig zijn, maar ik krijg ook mensen uit andere jaren dubbel:

${code(f`SELECT b.bewoner_id, b.voornaam, b.achternaam, b.geboortedatum, a.naam AS afdeling
FROM bewoners b
JOIN opnames o ON o.bewoner_id = b.bewoner_id
JOIN afdelingen a ON a.afdeling_id = o.afdeling_id
WHERE EXTRACT(MONTH FROM b.geboortedatum) = EXTRACT(MONTH FROM CURRENT_DATE)
ORDER BY EXTRACT(DAY FROM b.geboortedatum);`)}

Volgens mij komt het door de join met opnames, iemand kan twee keer opgenomen zijn.`),

  rec('code_js_en', f`${code(f`// tee-time booking widget: block slots already taken
async function loadSlots(date) {
  const res = await fetch(\`/api/teetimes?date=\${date}\`);
  const taken = new Set((await res.json()).map((s) => s.time));
  const grid = document.querySelector('#slots');
  grid.innerHTML = '';
  for (let m = 7 * 60; m <= 17 * 60; m += 10) {
    const t = \`\${String(Math.floor(m / 60)).padStart(2, '0')}:\${String(m % 60).padStart(2, '0')}\`;
    const btn = document.createElement('button');
    btn.textContent = t;
    btn.disabled = taken.has(t);
    btn.onclick = () => book(date, t);
    grid.appendChild(btn);
  }
}`)}

the 10-minute interval should be 8 minutes on weekends, cleanest way?`),

  rec('code_kotlin_es', f`La app de conductores se cuelga cuando pierde el GPS en túneles:

\`\`\`kotlin
${code(f`class TrackingService : LifecycleService() {
    private val fused by lazy { LocationServices.getFusedLocationProviderClient(this) }

    private val callback = object : LocationCallback() {
        override fun onLocationResult(result: LocationResult) {
            val loc = result.lastLocation!!
            lifecycleScope.launch { api.enviarPosicion(loc.latitude, loc.longitude, loc.speed) }
        }
    }

    @SuppressLint("MissingPermission")
    override fun onCreate() {
        super.onCreate()
        val req = LocationRequest.Builder(Priority.PRIORITY_HIGH_ACCURACY, 5_000).build()
        fused.requestLocationUpdates(req, callback, Looper.getMainLooper())
    }
}`)}
\`\`\`

Creo que es el \`!!\`, ¿no?`),

  rec('code_go_uk', f`${code(f`// Парсер рядка показів лічильника з head-end (формат: ID;дата;м3;статус)
package meter

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

type Reading struct {
	MeterID string
	At      time.Time
	Volume  float64
	Status  string
}

func Parse(line string) (Reading, error) {
	p := strings.Split(strings.TrimSpace(line), ";")
	if len(p) != 4 {
		return Reading{}, fmt.Errorf("очікувалось 4 поля, отримано %d", len(p))
	}
	at, err := time.Parse("2006-01-02T15:04", p[1])
	if err != nil {
		return Reading{}, err
	}
	vol, err := strconv.ParseFloat(strings.Replace(p[2], ",", ".", 1), 64)
	if err != nil {
		return Reading{}, err
	}
	return Reading{MeterID: p[0], At: at, Volume: vol, Status: p[3]}, nil
}`)}

Як краще обробити рядки зі статусом "ERR" — пропускати чи повертати помилку?`),

  rec('code_csharp_pl', f`Powiadomienia o planowanych wyłączeniach gazu idą podwójnie. Serwis:

${code(f`public class OutageNotifier : BackgroundService
{
    private readonly IOutageRepository _repo;
    private readonly ISmsSender _sms;

    public OutageNotifier(IOutageRepository repo, ISmsSender sms) { _repo = repo; _sms = sms; }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            foreach (var o in await _repo.GetPlannedAsync(DateTime.UtcNow.AddHours(48), ct))
            {
                foreach (var c in o.AffectedCustomers)
                    await _sms.SendAsync(c.Phone, $"Planowane wyłączenie gazu {o.Start:dd.MM HH:mm}-{o.End:HH:mm}.", ct);
                await _repo.MarkNotifiedAsync(o.Id, ct);
            }
            await Task.Delay(TimeSpan.FromMinutes(5), ct);
        }
    }
}`)}

Czy to przez to, że dwie instancje działają w Kubernetesie?`),

  rec('code_r_en', f`Grants budget check — why does this drop rows with NA in indirect costs?

\`\`\`r
${code(f`library(dplyr)

budgets <- read.csv("grant_budgets_2025.csv")

summary <- budgets %>%
  filter(indirect_rate <= 0.15) %>%
  group_by(program) %>%
  summarise(
    n = n(),
    total = sum(direct + direct * indirect_rate),
    median_award = median(award)
  ) %>%
  arrange(desc(total))`)}
\`\`\``),

  rec('code_vba_it', f`Macro Excel per stampare il tabellone delle partenze della gara sociale, va in errore 1004:

${code(f`Sub CreaTabellone()
    Dim ws As Worksheet, r As Long, ora As Date
    Set ws = Sheets("Iscritti")
    ora = TimeValue("08:00")
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row Step 3
        Sheets("Tabellone").Cells(r, 1).Value = Format(ora, "hh:mm")
        Sheets("Tabellone").Range("B" & r & ":D" & r).Value = _
            Application.Transpose(ws.Range("A" & r & ":A" & r + 2).Value)
        ora = ora + TimeSerial(0, 9, 0)
    Next r
End Sub`)}`),

  rec('code_php_ca', f`${code(f`<?php
// Quota de soci segons categoria i antiguitat
function calcularQuota(string $categoria, int $anysSoci): float {
    $base = match ($categoria) {
        'golf' => 1850.0,
        'tennis' => 720.0,
        'familiar' => 2400.0,
        'junior' => 180.0,
        default => throw new InvalidArgumentException("Categoria desconeguda: $categoria"),
    };
    $descompte = min($anysSoci, 25) * 0.01;
    return round($base * (1 - $descompte), 2);
}`)}

Vull afegir un recàrrec del 10% si paguen en quatre terminis. On ho poso?`),

  rec('code_rust_en', f`${code(f`use std::collections::HashMap;

/// Aggregate hourly gas flow per district regulator station.
pub fn hourly_totals(samples: &[(String, u32, f64)]) -> HashMap<(String, u32), f64> {
    let mut out = HashMap::new();
    for (station, epoch_min, m3) in samples {
        let hour = epoch_min / 60;
        *out.entry((station.clone(), hour)).or_insert(0.0) += m3;
    }
    out
}`)}

Borrow checker is fine but clippy complains about the clone. Better way?`),

  rec('code_swift_ja', f`施設の面会予約アプリで、予約一覧が更新されません。

\`\`\`swift
${code(f`struct VisitListView: View {
    @StateObject private var vm = VisitViewModel()

    var body: some View {
        List(vm.visits) { visit in
            VStack(alignment: .leading) {
                Text(visit.residentName).font(.headline)
                Text(visit.start, style: .time)
            }
        }
        .task { await vm.load() }
        .refreshable { await vm.load() }
    }
}

@MainActor
final class VisitViewModel: ObservableObject {
    @Published var visits: [Visit] = []
    func load() async {
        visits = (try? await API.shared.visits(for: .now)) ?? visits
    }
}`)}
\`\`\``),

  rec('code_java_pt', f`${code(f`// Calcula a comissão do motorista: 80% da corrida menos taxa fixa da cooperativa
public final class Comissao {
    private static final BigDecimal PERCENTUAL = new BigDecimal("0.80");
    private static final BigDecimal TAXA_FIXA = new BigDecimal("1.50");

    public static BigDecimal doMotorista(BigDecimal valorCorrida) {
        if (valorCorrida.signum() <= 0) {
            throw new IllegalArgumentException("valor inválido");
        }
        return valorCorrida.multiply(PERCENTUAL).subtract(TAXA_FIXA).setScale(2, RoundingMode.HALF_EVEN);
    }
}`)}

Está certo usar HALF_EVEN para dinheiro ou devia ser HALF_UP?`),

  rec('code_ts_tr', f`Tesisat arıza formunda telefon doğrulaması fazla katı, bazı müşteriler numarayı boşluklu yazıyor:

\`\`\`ts
${code(f`export function telefonGecerliMi(giris: string): boolean {
  const temiz = giris.replace(/[\\s()-]/g, '');
  return /^(\\+90|0)?5\\d{9}$/.test(temiz);
}

export function arizaFormuDogrula(form: ArizaFormu): string[] {
  const hatalar: string[] = [];
  if (!form.adSoyad.trim()) hatalar.push('Ad soyad zorunlu');
  if (!telefonGecerliMi(form.telefon)) hatalar.push('Telefon geçersiz');
  if (form.aciklama.length < 10) hatalar.push('Açıklama çok kısa');
  return hatalar;
}`)}
\`\`\`

Sabit hatları da (0212 ...) kabul etmesini istiyorum.`),

  rec('code_bash_fr', f`${code(f`#!/usr/bin/env bash
# Archive les relevés de compteurs de plus de 90 jours et compresse par mois
set -euo pipefail
SRC=/data/releves
DST=/archive/releves
find "$SRC" -name '*.csv' -mtime +90 -print0 |
while IFS= read -r -d '' f; do
  mois=$(basename "$f" | cut -c1-7)
  mkdir -p "$DST/$mois"
  mv "$f" "$DST/$mois/"
done
for d in "$DST"/*/; do
  tar -czf "\${d%/}.tar.gz" -C "$DST" "$(basename "$d")" && rm -rf "$d"
done`)}

Est-ce que le \`rm -rf\` est dangereux si tar échoue à moitié ?`),

  rec('code_python_fixture_ko', f`테스트 픽스처에 실제 보호자 연락처가 들어가 있는데 괜찮은지 모르겠어요:

${code(f`import pytest

@pytest.fixture
def 보호자():
    return {
        "이름": "박지훈",
        "관계": "아들",
        "전화": "${phone('010-3817-2946', 'KR')}",
        "이메일": "${v('pii.email', 'jihoon.park82@naver.com')}",
    }

def test_입소안내_문자(보호자):
    msg = 입소안내(보호자, 입소일="2025-03-04")
    assert 보호자["전화"] in msg.수신자
    assert "3월 4일" in msg.본문`)}`),

  rec('code_ruby_en', f`${code(f`# app/models/grant_application.rb
class GrantApplication < ApplicationRecord
  belongs_to :program
  has_many :reviews, dependent: :destroy

  validates :title, :requested_amount, presence: true
  validate :within_program_cap

  scope :awaiting_review, -> { where(status: 'submitted').where.missing(:reviews) }

  def average_score
    reviews.average(:score)&.round(1)
  end

  private

  def within_program_cap
    return unless requested_amount && program
    errors.add(:requested_amount, 'exceeds program cap') if requested_amount > program.cap
  end
end`)}

Why does awaiting_review return applications that already have one review?`),

  rec('code_dart_hi', f`ड्राइवर ऐप में ट्रिप खत्म होने पर किराया दिखाने वाला विजेट बार-बार रीबिल्ड हो रहा है:

${code(f`class KirayaCard extends StatelessWidget {
  const KirayaCard({super.key, required this.trip});
  final Trip trip;

  @override
  Widget build(BuildContext context) {
    final kiraya = context.watch<FareModel>().calculate(trip);
    return Card(
      child: ListTile(
        title: Text('₹\${kiraya.toStringAsFixed(0)}'),
        subtitle: Text('\${trip.km.toStringAsFixed(1)} km · \${trip.minutes} मिनट'),
      ),
    );
  }
}`)}`),

  rec('code_sql_el', f`Το ερώτημα για τις βλάβες ανά περιοχή είναι πολύ αργό (40 δευτερόλεπτα):

${code(f`SELECT p.onoma AS perioxi, COUNT(*) AS blabes, AVG(EXTRACT(EPOCH FROM (b.apokatastasi - b.anafora)) / 60) AS mesos_xronos_lepta
FROM blabes b
JOIN diktyo_tmimata t ON ST_Intersects(t.geom, b.thesi)
JOIN perioxes p ON p.id = t.perioxi_id
WHERE b.anafora >= now() - interval '30 days'
GROUP BY p.onoma
ORDER BY blabes DESC;`)}

Βοηθάει ένα GiST index στο b.thesi;`),

  rec('code_python_sv', f`${code(f`# Skickar påminnelse till medlemmar som inte betalat årsavgiften
import csv, smtplib
from email.message import EmailMessage

def paminnelser(fil: str, smtp: smtplib.SMTP) -> int:
    antal = 0
    with open(fil, newline="", encoding="utf-8") as f:
        for rad in csv.DictReader(f, delimiter=";"):
            if rad["betald"] == "nej":
                msg = EmailMessage()
                msg["To"] = rad["epost"]
                msg["Subject"] = "Påminnelse: årsavgift 2025"
                msg.set_content(f"Hej {rad['fornamn']}! Vi saknar din årsavgift.")
                smtp.send_message(msg)
                antal += 1
    return antal`)}

Hur gör jag så att den inte skickar två gånger om skriptet körs om?`),

  rec('code_lua_zh', f`球会的会员卡门禁用 OpenResty，下面的 Lua 校验在高峰期偶尔超时：

${code(f`local redis = require "resty.redis"

local function check_member(card_id)
    local red = redis:new()
    red:set_timeouts(100, 100, 100)
    local ok, err = red:connect("${amb('pii.ip_address', '127.0.0.1')}", 6379)
    if not ok then
        ngx.log(ngx.ERR, "redis 连接失败: ", err)
        return ngx.exit(503)
    end
    local status = red:hget("member:" .. card_id, "status")
    red:set_keepalive(10000, 100)
    return status == "active"
end

if not check_member(ngx.var.arg_card) then
    return ngx.exit(403)
end`)}`),

  rec('log_trace_en', f`Getting this from the HVAC quote generator after the last deploy, any idea?

${amb('source_code.snippet', f`Traceback (most recent call last):
  File "/srv/quotes/app/pdf.py", line 88, in render_quote
    total = sum(line.qty * line.unit_price for line in quote.lines)
  File "/srv/quotes/app/pdf.py", line 88, in <genexpr>
    total = sum(line.qty * line.unit_price for line in quote.lines)
TypeError: unsupported operand type(s) for *: 'decimal.Decimal' and 'float'`)}`),
];
