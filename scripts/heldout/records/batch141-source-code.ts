/**
 * Held-out batch 141: pasted source code (Python, TypeScript, Java, Go, Rust, C#, Kotlin, Swift, SQL, Bash, PHP, Ruby,
 * C, C++, Dart, Scala, PowerShell, VBA, Fortran, R, Elixir), some with values in fixtures, comments in many languages.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH141_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`This is supposed to flag owners whose lay bets on their own horses exceed the threshold, but it flags everything. What's wrong?

\`\`\`python
${code(f`from decimal import Decimal

LAY_THRESHOLD = Decimal("500")

def suspicious_lays(bets, runners_by_owner):
    flagged = []
    for bet in bets:
        owner = runners_by_owner.get(bet.selection_id)
        if owner is None:
            continue
        if bet.side == "LAY" and bet.account_owner_id == owner:
            liability = bet.size * (bet.price - 1)
            if liability > LAY_THRESHOLD:
                flagged.append((bet.bet_id, owner, liability))
    return flagged`)}
\`\`\``),

  rec('code_ts_fr', f`Le composant de réservation affiche des créneaux déjà pris. Une idée ?

${code(f`// créneaux de 30 min, service du soir 19h–22h
export function freeSlots(bookings: Booking[], covers: number, maxCovers = 38): string[] {
  const slots: string[] = [];
  for (let m = 19 * 60; m <= 22 * 60; m += 30) {
    const taken = bookings
      .filter((b) => Math.abs(b.minutes - m) < 90)
      .reduce((sum, b) => sum + b.covers, 0);
    if (taken + covers < maxCovers) slots.push(\`\${Math.floor(m / 60)}:\${String(m % 60).padStart(2, "0")}\`);
  }
  return slots;
}`)}`),

  rec('code_java_de', f`Der Garantieprüfer lehnt Fälle ab, die eigentlich noch in der Frist sind. Siehst du den Fehler?

${code(f`public boolean isUnderWarranty(Bus bus, LocalDate failureDate) {
    // Gewährleistung: 24 Monate ab Erstzulassung oder 200.000 km, was zuerst eintritt
    LocalDate end = bus.getFirstRegistration().plusMonths(24);
    boolean withinTime = failureDate.isBefore(end);
    boolean withinKm = bus.getOdometerKm() < 200_000;
    return withinTime || withinKm;
}`)}`),

  rec('code_go', f`Our SAR drift service returns positions that are off by exactly one hour. Relevant Go:

${code(f`func propagate(lkp Position, current Vector, leeway Vector, since time.Time) Position {
	hours := time.Since(since).Hours()
	dx := (current.U + leeway.U) * hours * 3600 // metres east
	dy := (current.V + leeway.V) * hours * 3600 // metres north
	lat := lkp.Lat + dy/111320.0
	lon := lkp.Lon + dx/(111320.0*math.Cos(lkp.Lat*math.Pi/180))
	return Position{Lat: lat, Lon: lon, At: time.Now().UTC()}
}`)}`),

  rec('code_rust_ja', f`臍帯血ユニットのHLA適合数を数える関数です。テストが一つ落ちます。

${code(f`/// HLA-A, -B, -DRB1 の各2アリルを比較して一致数を返す（最大6）
pub fn hla_matches(donor: &[String; 6], patient: &[String; 6]) -> u8 {
    let mut n = 0;
    for i in (0..6).step_by(2) {
        let d = [&donor[i], &donor[i + 1]];
        let p = [&patient[i], &patient[i + 1]];
        for a in d {
            if p.contains(&a) {
                n += 1;
            }
        }
    }
    n
}`)}`),

  rec('code_csharp_pl', f`Generator listów z decyzją stypendialną wstawia złą walutę. Kod:

${code(f`public string RenderAward(Applicant a, decimal amount)
{
    // kwota zawsze w walucie uczelni (PLN), a nie kraju studenta
    var culture = CultureInfo.GetCultureInfo(a.CountryCulture);
    return $"Szanowny/a {a.FullName}, przyznano Panu/Pani stypendium w wysokości {amount.ToString("C", culture)} na semestr {a.Term}.";
}`)}`),

  rec('code_kotlin', f`Android app for drivers reporting defects — the photo upload retries forever. Kotlin:

${code(f`suspend fun uploadDefectPhoto(file: File, claimId: String): Result<Unit> {
    var attempt = 0
    while (true) {
        val res = api.upload(claimId, file.asRequestBody("image/jpeg".toMediaType()))
        if (res.isSuccessful) return Result.success(Unit)
        attempt++
        delay(1000L * attempt)
    }
}`)}`),

  rec('code_swift_ko', f`예약 앱에서 알레르기 정보가 저장이 안 돼요. Swift 코드:

${code(f`struct Reservation: Codable {
    let guestName: String
    let partySize: Int
    var allergies: [String] = []   // 알레르기 목록
    let date: Date
}

func save(_ r: Reservation) throws {
    let data = try JSONEncoder().encode(r)
    UserDefaults.standard.set(data, forKey: "lastReservation")
}`)}`),

  rec('sql_es', f`Esta consulta debería darme los proveedores con facturas vencidas de más de 60 días, pero me saca también las pagadas:

${code(f`SELECT p.nombre, f.numero, f.importe, f.fecha_vencimiento
FROM facturas f
JOIN proveedores p ON p.id = f.proveedor_id
WHERE f.fecha_vencimiento < CURRENT_DATE - INTERVAL '60 days'
   OR f.estado = 'pendiente'
ORDER BY f.fecha_vencimiento;`)}`),

  rec('code_bash', f`cron job that archives MRCC radio logs fails silently. Script:

${code(f`#!/usr/bin/env bash
set -uo pipefail
SRC=/srv/mrcc/vhf-logs
DST=/mnt/archive/vhf/$(date +%Y/%m)
mkdir -p "$DST"
find "$SRC" -name '*.wav' -mtime +2 -print0 | xargs -0 -I{} mv {} "$DST"/
gzip "$DST"/*.log 2>/dev/null
echo "archived $(ls "$DST" | wc -l) files"`)}`),

  rec('code_php_pt_br', f`O formulário de inscrição aceita datas de nascimento no futuro. Como valido?

${code(f`<?php
// valida dados do candidato estrangeiro
function validarCandidato(array $c): array {
    $erros = [];
    if (empty($c['passaporte'])) $erros[] = 'Passaporte obrigatório';
    $nasc = DateTime::createFromFormat('d/m/Y', $c['data_nascimento']);
    if (!$nasc) $erros[] = 'Data de nascimento inválida';
    if (!filter_var($c['email'], FILTER_VALIDATE_EMAIL)) $erros[] = 'E-mail inválido';
    return $erros;
}`)}`),

  rec('code_ruby', f`RSpec fixture for the cord-blood family portal — the factory fails validation on the phone. Spec:

${code(f`FactoryBot.define do
  factory :family_contact do
    mother_name { "Hannah Whitcombe" }
    email { "${v('pii.email', 'hannah.whitcombe@btinternet.com')}" }
    phone { "${phone('+44 7842 519 306')}" }
    due_date { Date.new(2025, 5, 14) }
    consent_public_bank { false }
  end
end`)}`),

  rec('code_c', f`Firmware for the bus door controller, the obstacle detection sometimes doesn't reopen the door. C:

${code(f`#define REOPEN_THRESHOLD_MA 1800

void door_tick(door_t *d) {
    uint16_t current = adc_read(d->motor_ch);
    if (d->state == DOOR_CLOSING && current > REOPEN_THRESHOLD_MA) {
        d->state = DOOR_OPENING;   /* obstacle: reopen */
        motor_reverse(d);
    }
    if (d->state == DOOR_CLOSING && limit_switch(d)) {
        d->state = DOOR_CLOSED;
        motor_stop(d);
    }
}`)}`),

  rec('code_cpp_ru', f`Почему этот код для расчёта района поиска падает на больших радиусах?

${code(f`// квадрат поиска по методу расширяющегося квадрата
std::vector<Point> expandingSquare(Point datum, double trackSpacingNm, int legs) {
    std::vector<Point> pts{datum};
    double len = trackSpacingNm;
    int dir = 0;
    for (int i = 0; i < legs; ++i) {
        datum = move(datum, dir * 90.0, len);
        pts.push_back(datum);
        dir = (dir + 1) % 4;
        if (i % 2 == 1) len += trackSpacingNm;
    }
    return pts;
}`)}`),

  rec('code_dart_id', f`Aplikasi reservasi Flutter, validasi nomor telepon menolak nomor yang benar. Kode:

${code(f`String? validatePhone(String? v) {
  if (v == null || v.isEmpty) return 'Nomor telepon wajib diisi';
  final cleaned = v.replaceAll(RegExp(r'[\\s-]'), '');
  if (!RegExp(r'^\\+?62\\d{9,12}$').hasMatch(cleaned)) {
    return 'Format nomor tidak valid';
  }
  return null;
}

void main() {
  print(validatePhone('${phone('0812-3947-2816', 'ID')}')); // seharusnya valid
}`)}`),

  rec('code_scala', f`Spark job aggregating matched volume per market — the totals are doubled. Scala:

${code(f`val matched = bets
  .filter($"status" === "MATCHED")
  .join(markets, Seq("market_id"))
  .join(runners, Seq("market_id"))
  .groupBy($"market_id", $"event_name")
  .agg(sum($"size_matched").as("volume"))`)}`),

  rec('code_powershell_nl', f`Dit script moet de exportmap voor de garantieclaims opschonen maar het verwijdert ook nieuwe bestanden:

${code(f`$pad = "D:\\Garantie\\Export"
$grens = (Get-Date).AddDays(-30)
Get-ChildItem -Path $pad -Recurse |
    Where-Object { $_.LastWriteTime -gt $grens } |
    Remove-Item -Force
Write-Host "Opgeschoond: $pad"`)}`),

  rec('code_vba_it', f`La macro per il riepilogo settimanale dei fornitori si blocca su "Errore 13". Perché?

${code(f`Sub RiepilogoFornitori()
    Dim ws As Worksheet, r As Long, totale As Double
    Set ws = Sheets("Fatture")
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        ' colonna D = importo, colonna E = stato
        If ws.Cells(r, 5).Value = "Da pagare" Then totale = totale + ws.Cells(r, 4).Value
    Next r
    MsgBox "Totale da pagare: " & Format(totale, "€ #,##0.00")
End Sub`)}`),

  rec('code_fortran', f`Old leeway model from the rescue centre, someone wants it in Python. Can you translate this subroutine?

      ${code(f`SUBROUTINE LEEWAY(W10, CAT, DWL, CWL)
C     DOWNWIND AND CROSSWIND LEEWAY (CM/S) FOR SEARCH OBJECT CATEGORY
      REAL W10, DWL, CWL
      INTEGER CAT
      IF (CAT .EQ. 1) THEN
C        PERSON IN WATER, VERTICAL
         DWL = 0.48*W10 + 0.0
         CWL = 0.00
      ELSE IF (CAT .EQ. 2) THEN
C        LIFE RAFT, 4-6 PERSON, WITH DROGUE
         DWL = 2.10*W10 + 5.0
         CWL = 0.60*W10
      ENDIF
      RETURN
      END`)}`),

  rec('code_r', f`Script for the scholarship committee, the ranking ignores the English test score. R:

${code(f`scored <- applicants |>
  mutate(
    gpa_z = scale(gpa)[, 1],
    ielts_z = scale(ielts)[, 1],
    score = 0.6 * gpa_z + 0.4 * ielts_z
  ) |>
  arrange(desc(gpa_z)) |>
  slice_head(n = 25)`)}`),

  rec('code_elixir', f`GenServer that polls AIS positions for vessels in a SAR area crashes when the feed is empty:

${code(f`def handle_info(:poll, state) do
  positions =
    AIS.fetch(state.area)
    |> Enum.filter(&(&1.sog > 0.5))
    |> Enum.map(&{&1.mmsi, {&1.lat, &1.lon}})
    |> Map.new()

  latest = Enum.max_by(Map.values(positions), fn {lat, _} -> lat end)
  Process.send_after(self(), :poll, 30_000)
  {:noreply, %{state | positions: positions, northmost: latest}}
end`)}`),

  rec('code_python_fixture', f`Seed script for the staging DB of the donor portal; the migration before it renamed phone → mobile. Fix it?

${code(f`DONORS = [
    {"name": "Isabelle Fournier", "email": "${v('pii.email', 'isabelle.fournier@orange.fr')}", "phone": "${phone('+33 6 71 48 29 35')}"},
    {"name": "Marta Kowalska", "email": "${v('pii.email', 'marta.kowalska@wp.pl')}", "phone": "${phone('+48 512 847 391')}"},
]

def seed(conn):
    for d in DONORS:
        conn.execute(
            "INSERT INTO donors (name, email, phone) VALUES (%s, %s, %s)",
            (d["name"], d["email"], d["phone"]),
        )`)}`),

  rec('diff_go', f`review this diff pls, it adds the monitoring host allowlist for the betting feed:

${code(f`--- a/feed/allow.go
+++ b/feed/allow.go
@@ -8,6 +8,8 @@ var allowed = map[string]bool{
 	"${amb('pii.ip_address', '10.20.4.11')}": true,
 	"${amb('pii.ip_address', '10.20.4.12')}": true,
+	"${amb('pii.ip_address', '10.20.4.19')}": true, // new integrity monitor
+	"${amb('pii.ip_address', '172.16.8.40')}": true, // compliance laptop VPN
 }`)}`),
];
