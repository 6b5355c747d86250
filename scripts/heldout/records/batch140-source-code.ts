/**
 * Held-out batch 140: pasted source code (C#, Lua, Swift, Go, Rust, SQL, PHP, Ruby, Java, TS,
 * Python, VBA, Dart, C++, Kotlin, R, PowerShell, GDScript, Elixir) from the six organisations,
 * with comments and questions in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord, type Frag } from '../dsl';
import { B62, B64URL, HEX, fill, tok } from '../tokens';

const code = (b: Frag) => v('source_code.snippet', b);
const ip = (s: string) => amb('pii.ip_address', s);

const UNITY_SECRET = fill('b140-iapsecret', B62, 32);
const GAME_HMAC = fill('b140-hmac', HEX, 48);
const BREVO = tok('xkeysib-', fill('b140-brevo1', HEX, 64), '-', fill('b140-brevo2', B62, 16));
const SCADA_PW = 'Pumpe!Nord#44';
const RUST_TOKEN = tok('hvs.', 'CAESI', fill('b140-hvs-rs', B64URL, 86));

export const BATCH140_SOURCE_CODE: DraftRecord[] = [
  rec('code_csharp', f`Unity IAP: 영수증 검증이 iOS에서만 실패해요. 코드 좀 봐주세요.

\`\`\`csharp
${code(f`using UnityEngine;
using UnityEngine.Purchasing;
using UnityEngine.Purchasing.Security;

public class ReceiptGuard : MonoBehaviour
{
    // 앱스토어 공유 비밀 (TODO: 서버로 옮기기)
    private const string AppleSharedSecret = "${v('credential.generic_secret_assignment', UNITY_SECRET)}";

    public bool IsValid(Product p)
    {
        var validator = new CrossPlatformValidator(GooglePlayTangle.Data(), AppleTangle.Data(), Application.identifier);
        try { validator.Validate(p.receipt); return true; }
        catch (IAPSecurityException e) { Debug.LogWarning($"invalid receipt {p.definition.id}: {e.Message}"); return false; }
    }
}`)}
\`\`\``),

  rec('code_lua', f`ライブイベントの報酬テーブル、倍率の計算が合っているか確認してください。

${code(f`-- events/winter_festival.lua
local Event = {}

Event.start_at = "2024-12-20T03:00:00Z"
Event.end_at   = "2025-01-06T03:00:00Z"

local rewards = {
  { rank = 1,   gems = 3000, frame = "snow_king" },
  { rank = 10,  gems = 1500 },
  { rank = 100, gems = 500 },
}

function Event.reward_for(rank, multiplier)
  for _, r in ipairs(rewards) do
    if rank <= r.rank then
      return math.floor(r.gems * (multiplier or 1.0)), r.frame
    end
  end
  return 100, nil
end

return Event`)}`),

  rec('code_swift', f`La app de la óptica se cuelga al abrir la ficha de graduación. ¿Dónde está el fallo?

${code(f`struct Graduacion: Codable {
    let esfera: Double
    let cilindro: Double?
    let eje: Int?
}

final class FichaViewModel: ObservableObject {
    @Published var od: Graduacion?
    @Published var oi: Graduacion?

    func cargar(cliente id: String) async throws {
        let url = URL(string: "https://api.opticaclara.es/v1/clientes/\\(id)/graduacion")!
        let (data, _) = try await URLSession.shared.data(from: url)
        let dict = try JSONDecoder().decode([String: Graduacion].self, from: data)
        od = dict["od"]!
        oi = dict["oi"]!
    }
}`)}`),

  rec('code_go', f`Telemetrie van de sleephopper komt met vertraging binnen, soms 40 seconden. Zit het in deze loop?

${code(f`package telemetry

import (
	"encoding/json"
	"net"
	"time"
)

type Sample struct {
	Vessel     string    \`json:"vessel"\`
	DraftAft   float64   \`json:"draft_aft"\`
	DragheadZ  float64   \`json:"draghead_z"\`
	Density    float64   \`json:"mixture_density"\`
	Timestamp  time.Time \`json:"ts"\`
}

func Pump(conn net.Conn, out chan<- Sample) error {
	dec := json.NewDecoder(conn)
	for {
		var s Sample
		if err := dec.Decode(&s); err != nil {
			return err
		}
		out <- s
		time.Sleep(500 * time.Millisecond)
	}
}`)}`),

  rec('code_rust', f`Dieser Dienst liest die Pegelsensoren am Deich aus und schreibt in Vault-geschützte Influx. Warum bekomme ich "borrowed value does not live long enough"?

${code(f`use std::collections::HashMap;

const VAULT_TOKEN: &str = "${v('credential.vault_token', RUST_TOKEN)}";

fn latest<'a>(readings: &'a [(String, f32)]) -> HashMap<&'a str, f32> {
    let mut m = HashMap::new();
    for (sensor, level) in readings {
        let key = sensor.trim().to_lowercase();
        m.insert(key.as_str(), *level);
    }
    m
}`)}`),

  rec('code_sql', f`This query for the co-op's high-usage report is timing out (billing DB, ~2M rows in readings). Can you rewrite it?

${code(f`SELECT m.member_no,
       m.last_name,
       s.service_address,
       SUM(r.kwh) AS kwh_90d
FROM members m
JOIN services s ON s.member_id = m.id
JOIN meter_readings r ON r.service_id = s.id
WHERE r.read_at >= NOW() - INTERVAL '90 days'
  AND s.rate_class IN ('RES', 'FARM')
GROUP BY m.member_no, m.last_name, s.service_address
HAVING SUM(r.kwh) > 9000
ORDER BY kwh_90d DESC;`)}`),

  rec('code_php', f`Le formulaire de prise de rendez-vous pour l'examen de vue envoie deux fois le mail. Une idée ?

${code(f`<?php
require 'vendor/autoload.php';

$config = Brevo\\Client\\Configuration::getDefaultConfiguration()
    ->setApiKey('api-key', '${v('credential.brevo_api_key', BREVO)}');
$api = new Brevo\\Client\\Api\\TransactionalEmailsApi(null, $config);

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $rdv = new \\Brevo\\Client\\Model\\SendSmtpEmail([
        'to' => [['email' => $_POST['email'], 'name' => $_POST['nom']]],
        'templateId' => 12,
        'params' => ['date' => $_POST['date'], 'magasin' => $_POST['magasin']],
    ]);
    $api->sendTransacEmail($rdv);
}
$api->sendTransacEmail($rdv);`)}`),

  rec('code_ruby', f`Our scrim scheduler posts the wrong times for the NA players. Rails code:

${code(f`class ScrimNotifier
  TZ = {
    'eu' => 'Europe/Berlin',
    'na' => 'America/New_York',
  }.freeze

  def initialize(scrim)
    @scrim = scrim
  end

  def message_for(player)
    local = @scrim.starts_at.in_time_zone(TZ.fetch(player.region, 'UTC'))
    "Scrim vs #{@scrim.opponent} at #{local.strftime('%H:%M %Z')}"
  end
end`)}`),

  rec('code_java', f`Ο έλεγχος εγκυρότητας ημερομηνιών στο σύστημα θεωρήσεων αφήνει να περάσουν αιτήσεις με ημερομηνία αναχώρησης πριν την άφιξη. Μπορείς να το διορθώσεις;

${code(f`public final class StayValidator {
    private static final int MAX_SCHENGEN_DAYS = 90;

    public List<String> validate(VisaApplication app) {
        List<String> errors = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(app.getArrival(), app.getDeparture());
        if (days > MAX_SCHENGEN_DAYS) {
            errors.add("stay.too_long");
        }
        if (app.getPassportExpiry().isBefore(app.getDeparture().plusMonths(3))) {
            errors.add("passport.expiry");
        }
        return errors;
    }
}`)}`),

  rec('code_ts', f`玩家的体力恢复有时会多给一点，是浮点数的问题吗？

${code(f`const STAMINA_MAX = 120;
const REGEN_MS = 6 * 60 * 1000;
const HMAC_SECRET = '${v('credential.generic_secret_assignment', GAME_HMAC)}';

export function currentStamina(last: number, lastAt: number, now = Date.now()): number {
  const gained = (now - lastAt) / REGEN_MS;
  return Math.min(STAMINA_MAX, last + Math.round(gained));
}

export function sign(payload: string): string {
  return createHmac('sha256', HMAC_SECRET).update(payload).digest('hex');
}`)}`),

  rec('code_python', f`Skrypt do naliczania opłat za przyłącze w spółdzielni liczy VAT dwa razy. Gdzie?

${code(f`from decimal import Decimal, ROUND_HALF_UP

VAT = Decimal("0.23")

def oplata_przylacze(dlugosc_m: int, stawka_m: Decimal, oplata_stala: Decimal) -> Decimal:
    netto = dlugosc_m * stawka_m + oplata_stala
    brutto = netto * (1 + VAT)
    return (brutto * (1 + VAT)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)`)}`),

  rec('code_vba', f`Macro in our billing workbook that builds the disconnect notice list. It skips the last member every time:

${code(f`Sub BuildDisconnectList()
    Dim ws As Worksheet, outWs As Worksheet
    Dim i As Long, lastRow As Long, n As Long
    Set ws = Sheets("Arrears")
    Set outWs = Sheets("Notices")
    lastRow = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
    n = 2
    For i = 2 To lastRow - 1
        If ws.Cells(i, 5).Value > 60 And ws.Cells(i, 6).Value <> "MEDICAL" Then
            outWs.Cells(n, 1).Value = ws.Cells(i, 1).Value
            outWs.Cells(n, 2).Value = ws.Cells(i, 3).Value
            n = n + 1
        End If
    Next i
End Sub`)}`),

  rec('code_dart', f`Aplikasi Flutter untuk tim jaringan listrik desa tidak bisa kirim laporan gangguan saat sinyal lemah. Bisa dibuat antrean offline?

${code(f`class LaporanGangguan {
  final String tiang;
  final String keterangan;
  final DateTime waktu;
  LaporanGangguan(this.tiang, this.keterangan, this.waktu);

  Map<String, dynamic> toJson() => {
        'tiang': tiang,
        'keterangan': keterangan,
        'waktu': waktu.toIso8601String(),
      };
}

Future<void> kirim(LaporanGangguan l) async {
  final res = await http.post(Uri.parse('https://api.koperasi-listrik.id/gangguan'),
      headers: {'Content-Type': 'application/json'}, body: jsonEncode(l.toJson()));
  if (res.statusCode != 201) throw Exception('gagal: \${res.statusCode}');
}`)}`),

  rec('code_cpp', f`PLC-Gateway auf dem Schöpfwerk: die Verbindung zum SCADA-Server bricht jede Nacht ab. Hier der Verbindungsaufbau:

${code(f`#include <modbus/modbus.h>
#include <cstdio>

static const char* SCADA_HOST = "${ip('10.40.12.30')}";
static const char* SCADA_USER = "gw_nord";
static const char* SCADA_PASS = "${v('credential.password_assignment', SCADA_PW)}";

int main() {
    modbus_t* ctx = modbus_new_tcp(SCADA_HOST, 502);
    if (modbus_connect(ctx) == -1) {
        std::fprintf(stderr, "connect failed: %s\\n", modbus_strerror(errno));
        return 1;
    }
    uint16_t regs[8];
    modbus_read_registers(ctx, 40001, 8, regs);
    modbus_close(ctx);
    modbus_free(ctx);
}`)}`),

  rec('code_kotlin', f`Android-приложение для записи на подачу документов в консульство. Почему список слотов не обновляется после выбора даты?

${code(f`class SlotsViewModel(private val repo: SlotsRepository) : ViewModel() {
    private val _slots = MutableLiveData<List<Slot>>()
    val slots: LiveData<List<Slot>> = _slots

    fun onDateSelected(date: LocalDate) {
        viewModelScope.launch {
            val fresh = repo.load(date)
            _slots.value?.toMutableList()?.apply {
                clear()
                addAll(fresh)
            }
        }
    }
}`)}`),

  rec('code_r', f`Can you vectorise this? It's the return-period calc for the river gauge data on the flood scheme, takes forever on 60 years of daily max.

${code(f`annual_max <- aggregate(level ~ year, data = gauge, FUN = max)
rp <- numeric(nrow(annual_max))
for (i in seq_len(nrow(annual_max))) {
  rank_i <- sum(annual_max$level >= annual_max$level[i])
  rp[i] <- (nrow(annual_max) + 1) / rank_i
}
annual_max$return_period <- rp
plot(annual_max$return_period, annual_max$level, log = "x", xlab = "Return period (yr)", ylab = "Stage (m)")`)}`),

  rec('code_powershell', f`Dieses Skript soll jeden Morgen die Terminliste der Visastelle an die Schalterkräfte schicken. Bitte so umbauen, dass es bei leerer Liste nichts verschickt.

${code(f`$heute = Get-Date -Format 'yyyy-MM-dd'
$termine = Import-Csv "\\\\fs-konsulat\\visa\\termine_$heute.csv" -Delimiter ';'
$html = $termine | Select-Object Uhrzeit, Antragsart, Schalter | ConvertTo-Html -Fragment
Send-MailMessage -SmtpServer ${ip('10.20.1.25')} -From ${v('pii.email', 'visastelle-noreply@konsulat.example.org')} -To ${v('pii.email', 'schalter-team@konsulat.example.org')} \`
  -Subject "Termine $heute" -Body ($html | Out-String) -BodyAsHtml -Encoding UTF8`)}`),

  rec('code_gdscript', f`Godot에서 가챠 확률 표시가 실제 확률이랑 달라요. 검토 부탁:

${code(f`extends Node

const RATES = {"SSR": 0.03, "SR": 0.17, "R": 0.80}

func roll() -> String:
    var r := randf()
    var acc := 0.0
    for tier in RATES.keys():
        acc += RATES[tier]
        if r < acc:
            return tier
    return "R"

func display_rates() -> String:
    return "SSR %d%% / SR %d%% / R %d%%" % [RATES.SSR * 100, RATES.SR * 100, RATES.R * 100]`)}`),

  rec('code_elixir', f`Our esports match-result ingest (Phoenix) crashes when a map is forfeited. Fix?

${code(f`defmodule Results.Ingest do
  alias Results.{Match, Repo}

  def handle(%{"match_id" => id, "maps" => maps}) do
    score =
      Enum.reduce(maps, {0, 0}, fn %{"home" => h, "away" => a}, {hs, as} ->
        if h > a, do: {hs + 1, as}, else: {hs, as + 1}
      end)

    Repo.get!(Match, id)
    |> Match.changeset(%{score_home: elem(score, 0), score_away: elem(score, 1)})
    |> Repo.update!()
  end
end`)}`),

  rec('code_python', f`Тестовые данные для сервиса уведомлений кооператива — можно сделать фикстуру покороче?

${code(f`import pytest

@pytest.fixture
def member():
    return {
        "member_no": "07-22831",
        "name": "Галина Петровна Соколова",
        "phone": "${phone('+7 495 481-73-92')}",
        "email": "${v('pii.email', 'g.sokolova@mail.ru')}",
        "tariff": "сельский",
    }

def test_outage_sms(member, sms_gateway):
    notify_outage(member, "Линия 10 кВ Ф-4, 09:00–13:00")
    assert sms_gateway.sent[0].to == member["phone"]`)}`),
];
