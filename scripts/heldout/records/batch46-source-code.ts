/** Held-out batch 46: pasted source code from rail telematics, clinic software, a game studio, fish-farm sensors, library systems and tax tools. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH46_SOURCE_CODE: DraftRecord[] = [
  rec('code_go', f`This handler for wagon GPS pings drops messages under load. Why?

\`\`\`go
${code(f`func (s *Server) handlePing(w http.ResponseWriter, r *http.Request) {
	var p WagonPing
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	select {
	case s.pings <- p:
		w.WriteHeader(http.StatusAccepted)
	default:
		// queue full
		w.WriteHeader(http.StatusAccepted)
	}
}`)}
\`\`\``),

  rec('code_kotlin', f`${code(f`data class Shift(val driverId: Int, val start: LocalDateTime, val end: LocalDateTime)

fun restViolations(shifts: List<Shift>, minRest: Duration = Duration.ofHours(11)): List<Pair<Shift, Shift>> =
    shifts.groupBy { it.driverId }
        .flatMap { (_, s) ->
            s.sortedBy { it.start }
                .zipWithNext()
                .filter { (a, b) -> Duration.between(a.end, b.start) < minRest }
        }`)}

Czy to dobrze sprawdza minimalny odpoczynek maszynisty między zmianami? Chodzi o 11 godzin.`),

  rec('code_sql', f`Kannst du diese Abfrage beschleunigen? Sie läuft 40 Sekunden auf der Wagenhistorie.

${code(f`SELECT w.wagon_no, w.series, MAX(p.recorded_at) AS last_seen, COUNT(*) AS pings
FROM wagons w
JOIN positions p ON p.wagon_id = w.id
WHERE p.recorded_at >= now() - interval '7 days'
  AND w.owner_code = 'KRF'
GROUP BY w.wagon_no, w.series
HAVING MAX(p.recorded_at) < now() - interval '48 hours'
ORDER BY last_seen;`)}`),

  rec('code_python', f`Our buoy ingest crashes when a sensor reports NaN for oxygen. Fix?

${code(f`def parse_frame(raw: bytes) -> dict:
    site, cage, temp, o2, sal = raw.decode().strip().split(";")
    return {
        "site": site,
        "cage": int(cage),
        "temp_c": float(temp),
        "o2_mg_l": round(float(o2), 2),
        "salinity": float(sal),
    }

def ingest(frames):
    for f in frames:
        row = parse_frame(f)
        if row["o2_mg_l"] < 6.0:
            alert(row["site"], row["cage"], row["o2_mg_l"])
        db.insert("readings", row)`)}`),

  rec('code_rust', f`\`\`\`rust
${code(f`use std::collections::VecDeque;

pub struct RollingMean {
    window: VecDeque<f32>,
    cap: usize,
    sum: f32,
}

impl RollingMean {
    pub fn new(cap: usize) -> Self {
        Self { window: VecDeque::with_capacity(cap), cap, sum: 0.0 }
    }

    pub fn push(&mut self, x: f32) -> f32 {
        if self.window.len() == self.cap {
            self.sum -= self.window.pop_front().unwrap();
        }
        self.window.push_back(x);
        self.sum += x;
        self.sum / self.window.len() as f32
    }
}`)}
\`\`\`
Runs on the buoy firmware (temperature smoothing). Drift after a few days — float error?`),

  rec('code_csharp', f`Unity: the player falls through the moving ferry platform in Ashfall level 3.

\`\`\`csharp
${code(f`public class MovingPlatform : MonoBehaviour
{
    [SerializeField] Transform[] waypoints;
    [SerializeField] float speed = 2f;
    int _i;

    void Update()
    {
        var target = waypoints[_i].position;
        transform.position = Vector3.MoveTowards(transform.position, target, speed * Time.deltaTime);
        if (Vector3.Distance(transform.position, target) < 0.01f)
            _i = (_i + 1) % waypoints.Length;
    }

    void OnCollisionEnter(Collision c) { if (c.gameObject.CompareTag("Player")) c.transform.SetParent(transform); }
    void OnCollisionExit(Collision c)  { if (c.gameObject.CompareTag("Player")) c.transform.SetParent(null); }
}`)}
\`\`\``),

  rec('code_cpp', f`${code(f`template <typename T>
class RingBuffer {
public:
    explicit RingBuffer(size_t n) : buf_(n), head_(0), size_(0) {}
    void push(const T& v) {
        buf_[(head_ + size_) % buf_.size()] = v;
        if (size_ < buf_.size()) ++size_; else head_ = (head_ + 1) % buf_.size();
    }
    const T& operator[](size_t i) const { return buf_[(head_ + i) % buf_.size()]; }
    size_t size() const { return size_; }
private:
    std::vector<T> buf_;
    size_t head_, size_;
};`)}

このリングバッファ、ネットコードのリプレイ用に使っているのですが、スレッドセーフにするにはどうすればいいですか？`),

  rec('code_lua', f`Quest script for the NPC innkeeper, the reward is given twice if the player spams E:

${code(f`function OnInteract(player)
  local q = player:GetQuest("lost_lantern")
  if q and q:IsComplete() and not q:IsRewarded() then
    Dialogue.Show(player, "innkeeper_thanks")
    Timer.After(1.5, function()
      player:AddItem("silver_coin", 25)
      q:SetRewarded(true)
    end)
  end
end`)}`),

  rec('code_hlsl', f`Shader để làm hiệu ứng nước trong level cảng cá, em bị viền răng cưa ở mép. Anh xem giúp:

${code(f`float4 PSMain(VSOut i) : SV_Target
{
    float2 uv = i.uv + float2(sin(_Time.y + i.uv.y * 8.0), cos(_Time.y + i.uv.x * 6.0)) * 0.01;
    float depth = SAMPLE_DEPTH_TEXTURE(_CameraDepthTexture, uv);
    float foam = saturate(1.0 - (LinearEyeDepth(depth) - i.screenPos.w) * _FoamScale);
    float4 col = lerp(_ShallowColor, _DeepColor, saturate(depth * _DepthFade));
    return col + foam * _FoamColor;
}`)}`),

  rec('code_bash', f`Build server cleanup script, it deleted the wrong folder last night 😬

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
BUILD_ROOT=\${BUILD_ROOT:-/srv/builds}
KEEP=\${KEEP:-10}

cd "$BUILD_ROOT/$BRANCH"
ls -1t | tail -n +$((KEEP + 1)) | while read -r d; do
  echo "removing $d"
  rm -rf "$d"
done`)}
\`\`\``),

  rec('code_typescript', f`${code(f`export function nextAppointmentSlot(cycleDay: number, protocol: 'antagonist' | 'long'): number[] {
  const monitoringDays = protocol === 'antagonist' ? [2, 6, 8, 10] : [1, 8, 11, 13];
  return monitoringDays.filter((d) => d >= cycleDay);
}

export function isTriggerWindow(leadFollicles: number[], e2: number): boolean {
  const mature = leadFollicles.filter((mm) => mm >= 17).length;
  return mature >= 3 && e2 > 1500;
}`)}

Revisa si esta lógica de agenda de monitoreo tiene sentido, la usa el portal de la clínica de Bogotá (no es para decisiones clínicas, solo para sugerir turnos).`),

  rec('code_r', f`Analisi esiti per centro, mi dà NA per Milano:

${code(f`library(dplyr)
esiti <- cicli %>%
  filter(anno == 2023, tipo %in% c("FIVET", "ICSI")) %>%
  group_by(centro) %>%
  summarise(
    cicli = n(),
    gravidanze = sum(beta_pos, na.rm = TRUE),
    tasso = gravidanze / sum(transfer_eseguito)
  ) %>%
  arrange(desc(tasso))`)}`),

  rec('code_php', f`Plugin for the library OPAC: shows "available" even when the item is on hold. Help?

${code(f`<?php
function item_status(array $item): string {
    if ($item['withdrawn']) return 'withdrawn';
    if (!empty($item['onloan'])) return 'on loan until ' . date('d/m/Y', strtotime($item['onloan']));
    if ($item['holds'] > 0) 'on hold';
    return 'available';
}`)}`),

  rec('code_java', f`${code(f`public final class IsbnUtil {
    private IsbnUtil() {}

    public static boolean isValidIsbn13(String raw) {
        String s = raw.replace("-", "").replace(" ", "");
        if (!s.matches("\\\\d{13}")) return false;
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (s.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10 == s.charAt(12) - '0';
    }
}`)}

Onko tämä oikein? Kirjaston luettelointityökalu hylkää osan suomalaisista ISBN-numeroista.`),

  rec('code_vba', f`Excel-Makro für die Umsatzsteuer-Voranmeldung, bricht bei leeren Zeilen ab:

${code(f`Sub SummiereUSt()
    Dim ws As Worksheet, r As Long, ust19 As Double, ust7 As Double
    Set ws = ThisWorkbook.Sheets("Buchungen")
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        Select Case ws.Cells(r, 5).Value
            Case 19: ust19 = ust19 + ws.Cells(r, 4).Value * 0.19
            Case 7:  ust7 = ust7 + ws.Cells(r, 4).Value * 0.07
        End Select
    Next r
    ws.Range("H2").Value = ust19
    ws.Range("H3").Value = ust7
End Sub`)}`),

  rec('code_python', f`Hitung PPh 21 dengan tarif progresif — apakah fungsi ini sudah benar untuk 2024?

\`\`\`python
${code(f`LAPISAN = [(60_000_000, 0.05), (190_000_000, 0.15), (250_000_000, 0.25), (4_500_000_000, 0.30), (float("inf"), 0.35)]

def pph21_tahunan(pkp: float) -> float:
    pajak, sisa = 0.0, pkp
    for batas, tarif in LAPISAN:
        kena = min(sisa, batas)
        pajak += kena * tarif
        sisa -= kena
        if sisa <= 0:
            break
    return pajak`)}
\`\`\``),

  rec('code_swift', f`${code(f`struct CageReading: Decodable {
    let cage: Int
    let oxygen: Double
    let temperature: Double
    let timestamp: Date
}

func loadReadings(from data: Data) throws -> [CageReading] {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode([CageReading].self, from: data)
        .sorted { $0.timestamp < $1.timestamp }
}`)}

iPad-appen til røkterne krasjer når tidsstempelet har millisekunder. Hvorfor?`),

  rec('code_gdscript', f`Godot prototype — the jump buffer doesn't work on controller:

${code(f`extends CharacterBody2D

const JUMP_VELOCITY := -420.0
var jump_buffer := 0.0

func _physics_process(delta: float) -> void:
    if Input.is_action_just_pressed("jump"):
        jump_buffer = 0.12
    jump_buffer = max(jump_buffer - delta, 0.0)
    if is_on_floor() and jump_buffer > 0.0:
        velocity.y = JUMP_VELOCITY
        jump_buffer = 0.0
    velocity.y += get_gravity().y * delta
    move_and_slide()`)}`),

  rec('code_powershell', f`${code(f`$cutoff = (Get-Date).AddDays(-30)
Get-ChildItem -Path "\\\\fs01\\mandanten\\belege" -Recurse -File |
    Where-Object { $_.LastWriteTime -lt $cutoff -and $_.Extension -eq ".pdf" } |
    ForEach-Object {
        $ziel = Join-Path "\\\\fs01\\archiv" $_.Directory.Name
        if (-not (Test-Path $ziel)) { New-Item -ItemType Directory -Path $ziel | Out-Null }
        Move-Item $_.FullName $ziel
    }`)}

Sposta i PDF dei clienti nell'archivio — funziona ma è lentissimo su 200k file. Come lo velocizzo?`),

  rec('terraform', f`Is this the right way to give the signalling contractor's VPN subnet access only to the test bench?

${amb('source_code.snippet', f`resource "aws_security_group_rule" "contractor_testbench" {
  type              = "ingress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.120.8.0/24"]
  security_group_id = aws_security_group.interlocking_testbench.id
  description       = "signalling contractor VPN"
}`)}`, 'Terraform resource block: infrastructure config, ambiguous as code'),
];
