/**
 * Held-out batch 107: pasted source code from billing, dispatch, hospital, chartering,
 * student-office, anti-cheat and delivery systems, fenced or not, with questions in many
 * languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH107_SOURCE_CODE: DraftRecord[] = [
  rec('code_cobol', f`Our water billing still runs on this. Can you explain what the paragraph does in plain English for the new analyst?

       ${code(f`CALC-TIERED-CHARGE.
           MOVE ZERO TO WS-CHARGE
           IF WS-CONSUMPTION-M3 > 0
              COMPUTE WS-TIER1 = FUNCTION MIN(WS-CONSUMPTION-M3, 15)
              COMPUTE WS-CHARGE = WS-TIER1 * WS-RATE-T1
           END-IF
           IF WS-CONSUMPTION-M3 > 15
              COMPUTE WS-TIER2 = FUNCTION MIN(WS-CONSUMPTION-M3 - 15, 25)
              COMPUTE WS-CHARGE = WS-CHARGE + WS-TIER2 * WS-RATE-T2
           END-IF
           IF WS-CONSUMPTION-M3 > 40
              COMPUTE WS-CHARGE = WS-CHARGE +
                 (WS-CONSUMPTION-M3 - 40) * WS-RATE-T3
           END-IF
           ADD WS-STANDING-CHARGE TO WS-CHARGE.`)}`),

  rec('code_python_de', f`Die Priorisierung der Rohrbruch-Meldungen ist zu grob. Kannst du das so umbauen, dass Krankenhäuser und Schulen im Umkreis höher gewichtet werden?

\`\`\`python
${code(f`from dataclasses import dataclass
from math import radians, sin, cos, asin, sqrt

@dataclass
class Meldung:
    id: str
    lat: float
    lon: float
    durchfluss_ls: float
    druckabfall_bar: float

def haversine_km(a, b):
    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    d = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * asin(sqrt(d))

def prioritaet(m: Meldung) -> int:
    if m.durchfluss_ls > 20 or m.druckabfall_bar > 1.5:
        return 1
    if m.durchfluss_ls > 5:
        return 2
    return 3`)}
\`\`\``),

  rec('code_sql_fr', f`Cette requête sur les rendez-vous de kiné post-opératoires prend 40 secondes. Comment l'optimiser ?

${code(f`SELECT p.id_patient,
       p.nom,
       COUNT(r.id_rdv) AS nb_seances,
       MIN(r.date_rdv) AS premiere_seance,
       MAX(r.date_rdv) AS derniere_seance
FROM patients p
JOIN interventions i ON i.id_patient = p.id_patient
LEFT JOIN rendez_vous r ON r.id_patient = p.id_patient
     AND r.type_rdv = 'KINE'
     AND r.date_rdv BETWEEN i.date_intervention AND i.date_intervention + INTERVAL '90 days'
WHERE i.code_acte IN ('NFMC003', 'NFMC004', 'MJEC002')
  AND i.date_intervention >= DATE '2024-01-01'
GROUP BY p.id_patient, p.nom
HAVING COUNT(r.id_rdv) < 6
ORDER BY premiere_seance NULLS FIRST;`)}`),

  rec('code_vba', f`Excel macro from the chartering desk that calculates laytime. It gives wrong results when the vessel arrives on a Friday afternoon (SHINC vs SHEX). Can you fix it?

\`\`\`vba
${code(f`Function LaytimeUsed(norTendered As Date, completed As Date, shex As Boolean) As Double
    Dim t As Date, used As Double
    t = norTendered + TimeSerial(6, 0, 0) ' 6 hours notice time
    Do While t < completed
        If shex Then
            If Weekday(t, vbMonday) < 6 Then used = used + 1 / 24
        Else
            used = used + 1 / 24
        End If
        t = t + TimeSerial(1, 0, 0)
    Loop
    LaytimeUsed = used
End Function`)}
\`\`\``),

  rec('code_cpp_ja', f`アンチチートのメモリ整合性チェックです。誤検知が多いので、どこが悪いか見てもらえますか？

\`\`\`cpp
${code(f`bool IntegrityScanner::verifyRegion(const Region& r) {
    std::vector<uint8_t> buf(r.size);
    SIZE_T read = 0;
    if (!ReadProcessMemory(hProc_, reinterpret_cast<LPCVOID>(r.base), buf.data(), r.size, &read)) {
        return false;
    }
    const uint32_t crc = crc32c(buf.data(), read);
    if (crc != r.expectedCrc) {
        report(Violation{ r.name, r.base, crc, r.expectedCrc });
        return false;
    }
    return true;
}`)}
\`\`\``),

  rec('code_kotlin_es', f`En la app de repartidores, la lista de pedidos se duplica al volver del mapa. ¿Qué falla en este ViewModel?

\`\`\`kotlin
${code(f`class PedidosViewModel(private val repo: PedidosRepository) : ViewModel() {
    private val _pedidos = MutableStateFlow<List<Pedido>>(emptyList())
    val pedidos: StateFlow<List<Pedido>> = _pedidos

    fun cargar(rutaId: String) {
        viewModelScope.launch {
            repo.pedidosDeRuta(rutaId).collect { lista ->
                _pedidos.value = _pedidos.value + lista
            }
        }
    }
}`)}
\`\`\``),

  rec('code_go', f`${code(f`func (s *DispatchService) AssignCrew(ctx context.Context, job LeakJob) (*Crew, error) {
	crews, err := s.repo.AvailableCrews(ctx, job.Zone)
	if err != nil {
		return nil, fmt.Errorf("available crews: %w", err)
	}
	sort.Slice(crews, func(i, j int) bool {
		return crews[i].DistanceTo(job.Location) < crews[j].DistanceTo(job.Location)
	})
	for _, c := range crews {
		if c.HasEquipment(job.RequiredEquipment...) {
			return &c, s.repo.Assign(ctx, c.ID, job.ID)
		}
	}
	return nil, ErrNoCrewAvailable
}`)}

Bug: two dispatchers can assign the same crew at the same moment. How would you make Assign safe?`),

  rec('code_ts_pl', f`Formularz zgłoszenia studenta z wymiany nie waliduje dat pobytu. Jak dodać walidację, że data wyjazdu jest po dacie przyjazdu?

\`\`\`ts
${code(f`import { z } from 'zod';

export const ExchangeApplication = z.object({
  fullName: z.string().min(2),
  homeUniversity: z.string(),
  programme: z.enum(['ERASMUS', 'BILATERAL', 'FREE_MOVER']),
  arrival: z.coerce.date(),
  departure: z.coerce.date(),
  needsHousing: z.boolean().default(false),
});

export type ExchangeApplication = z.infer<typeof ExchangeApplication>;`)}
\`\`\``),

  rec('code_rust_ru', f`Пишу сервис, который считает фрахт по ставке Worldscale. Borrow checker ругается на цикл, помогите:

\`\`\`rust
${code(f`pub fn total_freight(legs: &mut Vec<Leg>, flat_rate: f64) -> f64 {
    let mut total = 0.0;
    for leg in legs.iter() {
        let ws = leg.worldscale_points / 100.0;
        let freight = ws * flat_rate * leg.cargo_mt;
        legs.push(Leg::ballast_from(leg));
        total += freight;
    }
    total
}`)}
\`\`\``),

  rec('code_csharp_nl', f`${code(f`public async Task<IActionResult> Bezorgmoment(int bestellingId, [FromBody] BezorgmomentDto dto)
{
    var bestelling = await _db.Bestellingen.FindAsync(bestellingId);
    if (bestelling == null) return NotFound();
    if (dto.Van >= dto.Tot) return BadRequest("Ongeldig tijdvak");

    bestelling.TijdvakVan = dto.Van;
    bestelling.TijdvakTot = dto.Tot;
    bestelling.Status = BestelStatus.Ingepland;
    await _db.SaveChangesAsync();
    await _sms.StuurBevestigingAsync(bestelling.KlantId, dto.Van);
    return NoContent();
}`)}

Waarom krijgen klanten soms twee sms'jes als ze snel twee keer op "bevestigen" klikken?`),

  rec('code_lua_pt_br', f`Script do servidor do nosso jogo que detecta speedhack. Está banindo jogadores com lag. Como deixar mais tolerante?

\`\`\`lua
${code(f`local MAX_SPEED = 24
local strikes = {}

local function onMove(player, oldPos, newPos, dt)
  local speed = (newPos - oldPos).Magnitude / dt
  if speed > MAX_SPEED then
    strikes[player.UserId] = (strikes[player.UserId] or 0) + 1
    if strikes[player.UserId] >= 3 then
      player:Kick("Movimento anormal detectado")
    end
  end
end

return onMove`)}
\`\`\``),

  rec('code_swift_ko', f`배송 기사 앱에서 서명 이미지를 업로드할 때 메모리가 폭증합니다. 원인이 뭘까요?

\`\`\`swift
${code(f`func uploadSignature(_ image: UIImage, orderId: String) async throws {
    guard let data = image.pngData() else { throw UploadError.encoding }
    var request = URLRequest(url: api.url(for: "/orders/\\(orderId)/signature"))
    request.httpMethod = "PUT"
    request.setValue("image/png", forHTTPHeaderField: "Content-Type")
    let (_, response) = try await URLSession.shared.upload(for: request, from: data)
    guard (response as? HTTPURLResponse)?.statusCode == 204 else { throw UploadError.server }
}`)}
\`\`\``),

  rec('code_r_it', f`Ho questo script R per l'analisi delle perdite di rete per distretto. Come aggiungo un grafico con ggplot2?

${code(f`perdite <- read.csv("perdite_distretti_2024.csv", sep = ";", dec = ",")
perdite$nrw_pct <- with(perdite, (immesso_m3 - fatturato_m3) / immesso_m3 * 100)
sintesi <- aggregate(nrw_pct ~ distretto + trimestre, data = perdite, FUN = mean)
sintesi <- sintesi[order(-sintesi$nrw_pct), ]
head(sintesi, 10)`)}`),

  rec('code_php_tr', f`Öğrenci ofisinin randevu sayfasında aynı saate iki kişi randevu alabiliyor. Kod:

\`\`\`php
${code(f`<?php
function randevuAl(PDO $db, int $ogrenciId, string $slot): bool {
    $stmt = $db->prepare("SELECT COUNT(*) FROM randevular WHERE slot = ?");
    $stmt->execute([$slot]);
    if ((int) $stmt->fetchColumn() > 0) {
        return false;
    }
    $ins = $db->prepare("INSERT INTO randevular (ogrenci_id, slot) VALUES (?, ?)");
    return $ins->execute([$ogrenciId, $slot]);
}`)}
\`\`\`

Transaction mı kullanmalıyım yoksa unique index mi?`),

  rec('code_java_en_in', f`Our orthopaedic implant inventory service throws ConcurrentModificationException when a surgery is cancelled. Please check:

\`\`\`java
${code(f`public void releaseImplants(Surgery surgery) {
    List<ImplantReservation> reservations = surgery.getReservations();
    for (ImplantReservation r : reservations) {
        if (r.getStatus() == Status.RESERVED) {
            inventory.release(r.getSku(), r.getLotNumber(), r.getQuantity());
            reservations.remove(r);
        }
    }
    surgeryRepository.save(surgery);
}`)}
\`\`\``),

  rec('code_bash_sv', f`Det här skriptet ska arkivera gårdagens läckagelarm men det tar med dagens också. Vad är fel?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/var/log/leaklarm
DEST=/mnt/arkiv/leaklarm/$(date +%Y/%m)
mkdir -p "$DEST"
find "$SRC" -name '*.log' -mtime -1 -print0 | while IFS= read -r -d '' f; do
  gzip -c "$f" > "$DEST/$(basename "$f").gz" && rm "$f"
done`)}
\`\`\``),

  rec('code_dart_id', f`Aplikasi kurir apotek kami (Flutter) tidak memperbarui status pesanan setelah kembali dari background. Kodenya:

\`\`\`dart
${code(f`class OrderStatusWatcher extends StatefulWidget {
  final String orderId;
  const OrderStatusWatcher({super.key, required this.orderId});

  @override
  State<OrderStatusWatcher> createState() => _OrderStatusWatcherState();
}

class _OrderStatusWatcherState extends State<OrderStatusWatcher> {
  late final Stream<OrderStatus> _stream = api.watchStatus(widget.orderId);

  @override
  Widget build(BuildContext context) => StreamBuilder<OrderStatus>(
        stream: _stream,
        builder: (ctx, snap) => Text(snap.data?.label ?? 'Memuat...'),
      );
}`)}
\`\`\``),

  rec('code_gdscript', f`Game jam build of our community event: the report-player button sends the report twice. GDScript:

${code(f`extends Button

signal report_submitted(player_id: int, reason: String)

@export var target_player_id: int
@onready var reason_box: OptionButton = $"../ReasonBox"

func _ready() -> void:
	pressed.connect(_on_pressed)

func _on_pressed() -> void:
	report_submitted.emit(target_player_id, reason_box.get_item_text(reason_box.selected))
	disabled = true`)}

I also connected "pressed" in the editor, could that be it?`),

  rec('code_powershell_da', f`${code(f`$cutoff = (Get-Date).AddDays(-30)
Get-ChildItem -Path "\\\\fil01\\Kundeservice\\Aflæsninger" -Filter *.pdf -Recurse |
    Where-Object { $_.LastWriteTime -lt $cutoff } |
    ForEach-Object {
        $target = Join-Path "\\\\fil01\\Arkiv\\Aflæsninger" $_.Directory.Name
        New-Item -ItemType Directory -Path $target -Force | Out-Null
        Move-Item -Path $_.FullName -Destination $target
    }`)}

Kan du tilføje logning til en CSV-fil, så vi kan se hvilke filer der er flyttet?`),

  rec('code_elixir_en', f`Elixir GenServer that rate-limits ban-appeal submissions per account. It leaks memory over a few days, why?

\`\`\`elixir
${code(f`defmodule Appeals.RateLimiter do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)

  def allow?(account_id), do: GenServer.call(__MODULE__, {:allow?, account_id})

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_call({:allow?, id}, _from, state) do
    now = System.system_time(:second)
    recent = Enum.filter(Map.get(state, id, []), &(&1 > now - 86_400))
    if length(recent) < 3 do
      {:reply, true, Map.put(state, id, [now | recent])}
    else
      {:reply, false, Map.put(state, id, recent)}
    end
  end
end`)}
\`\`\``),

  rec('code_matlab_uk', f`Цей MATLAB-скрипт моделює тиск у мережі після аварійного перекриття засувки. Чому графік виходить «сходинками»?

${code(f`dt = 0.5;
t = 0:dt:600;
P = zeros(size(t));
P(1) = 4.2;
for k = 2:numel(t)
    Q = valveFlow(t(k));
    P(k) = P(k-1) - dt * (Q - demand(t(k))) / C_net;
end
plot(t, round(P, 1));
xlabel('t, c'); ylabel('P, бар');`)}`),
];
