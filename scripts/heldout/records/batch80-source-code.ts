/**
 * Held-out batch 80: pasted source code — station ingest, fare settlement, custody signing, venue
 * booking, fitting software and prison pharmacy queries — with comments and questions in many
 * languages, fenced or not. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH80_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Skriptið les SYNOP-skeyti frá stöðvunum en sleppir línum með vindhviðum. Hvað er að?

\`\`\`python
${code(f`import re
from dataclasses import dataclass

SYNOP_RE = re.compile(r"^(?P<station>\\d{5})\\s+(?P<iihvv>\\d{5})\\s+(?P<nddff>\\d{5})")

@dataclass
class Obs:
    station: str
    wind_dir: int
    wind_speed_kt: int

def parse_line(line: str) -> Obs | None:
    m = SYNOP_RE.match(line.strip())
    if not m:
        return None
    nddff = m.group("nddff")
    return Obs(m.group("station"), int(nddff[1:3]) * 10, int(nddff[3:5]))`)}
\`\`\`

Hviðurnar eru í hópi 911ff.`),

  rec('code_sql', f`Zapytanie do raportu wydanych leków w zakładzie karnym działa 40 sekund. Jak je przyspieszyć?

${code(f`SELECT o.cell_block,
       d.atc_code,
       d.name AS drug_name,
       COUNT(*) AS doses,
       SUM(a.quantity) AS units
FROM med_administration a
JOIN inmates o ON o.id = a.inmate_id
JOIN drugs d ON d.id = a.drug_id
WHERE a.administered_at >= date_trunc('month', now()) - interval '1 month'
  AND a.administered_at < date_trunc('month', now())
  AND a.status = 'GIVEN'
GROUP BY o.cell_block, d.atc_code, d.name
ORDER BY o.cell_block, units DESC;`)}

Indeksy mamy tylko na kluczach głównych.`),

  rec('code_java', f`Die Tagesabrechnung der Fahrscheinautomaten rundet falsch. Wo ist der Fehler?

\`\`\`java
${code(f`public final class SettlementCalculator {

    private static final BigDecimal VAT_RATE = new BigDecimal("0.07");

    public Settlement settle(List<FareTransaction> txs, LocalDate day) {
        BigDecimal gross = txs.stream()
            .filter(t -> t.timestamp().toLocalDate().equals(day))
            .map(FareTransaction::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal net = gross.divide(BigDecimal.ONE.add(VAT_RATE), 2, RoundingMode.HALF_UP);
        BigDecimal vat = gross.subtract(net);
        return new Settlement(day, gross, net, vat, txs.size());
    }
}`)}
\`\`\``),

  rec('code_go', f`Signing service for withdrawals — reviewer says the nonce handling is racy. Is he right?

${code(f`type Signer struct {
	mu     sync.Mutex
	nonces map[string]uint64
	hsm    HSMClient
}

func (s *Signer) SignWithdrawal(ctx context.Context, w Withdrawal) ([]byte, error) {
	s.mu.Lock()
	n := s.nonces[w.FromAddress]
	s.mu.Unlock()

	tx := BuildTx(w, n)
	sig, err := s.hsm.Sign(ctx, w.KeyLabel, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("hsm sign: %w", err)
	}

	s.mu.Lock()
	s.nonces[w.FromAddress] = n + 1
	s.mu.Unlock()
	return tx.WithSignature(sig).Encode(), nil
}`)}`),

  rec('code_ts', f`Hi! Our venue availability calendar double-books the Orangery when two planners save at the same time. Component + API call:

\`\`\`ts
${code(f`export async function holdDate(venueId: string, date: string, plannerId: string): Promise<Hold> {
  const existing = await db.hold.findFirst({ where: { venueId, date, status: { in: ['HELD', 'CONFIRMED'] } } });
  if (existing) throw new ConflictError(\`\${date} is already held for \${venueId}\`);
  return db.hold.create({
    data: { venueId, date, plannerId, status: 'HELD', expiresAt: addDays(new Date(), 7) },
  });
}`)}
\`\`\`

Should I use a unique index or a transaction?`),

  rec('code_csharp', f`Hejsa, vores tilpasningssoftware beregner forstærkning forkert over 4 kHz. Kan du kigge?

${code(f`public static double[] PrescribeGain(IReadOnlyList<double> thresholdsDbHl, double[] freqsHz)
{
    var gains = new double[freqsHz.Length];
    for (int i = 0; i < freqsHz.Length; i++)
    {
        double h = thresholdsDbHl[i];
        double k = freqsHz[i] >= 4000 ? 0.31 : 0.46;
        gains[i] = Math.Max(0, k * h - (freqsHz[i] < 500 ? 5 : 0));
    }
    return gains;
}`)}

Det skal være en forenklet halv-gain-regel, ikke NAL.`),

  rec('code_kotlin', f`Приложение для билетов на паром падает при смене часового пояса. Вот код:

${code(f`fun departuresFor(day: LocalDate, route: Route): List<Departure> =
    route.timetable
        .filter { it.validOn(day) }
        .map { entry ->
            val zoned = ZonedDateTime.of(day, entry.time, ZoneId.systemDefault())
            Departure(route.id, zoned.toInstant(), entry.vessel)
        }
        .sortedBy { it.at }`)}

Пассажир в другом часовом поясе видит неправильное время.`),

  rec('code_rust', f`GRIB2-lukija kaatuu isoilla tiedostoilla. Vinkkejä?

\`\`\`rust
${code(f`pub fn read_sections(buf: &[u8]) -> Result<Vec<Section>, GribError> {
    let mut out = Vec::new();
    let mut pos = 16; // skip indicator section
    while pos + 5 <= buf.len() {
        if &buf[pos..pos + 4] == b"7777" {
            break;
        }
        let len = u32::from_be_bytes(buf[pos..pos + 4].try_into().unwrap()) as usize;
        let number = buf[pos + 4];
        out.push(Section { number, data: buf[pos..pos + len].to_vec() });
        pos += len;
    }
    Ok(out)
}`)}
\`\`\``),

  rec('code_php', f`Ciao, il modulo di contatto del sito della villa per matrimoni manda mail vuote:

${code(f`<?php
$nome = trim($_POST['nome'] ?? '');
$data = $_POST['data_evento'] ?? '';
$ospiti = (int) ($_POST['ospiti'] ?? 0);
if ($nome === '' || !preg_match('/^\\d{4}-\\d{2}-\\d{2}$/', $data)) {
    http_response_code(422);
    exit('Dati mancanti');
}
$body = sprintf("Richiesta da %s per il %s (%d ospiti)", $nome, $data, $ospiti);
mail('${v('pii.email', 'eventi@villa.local')}', 'Nuova richiesta', $body);`)}

Perché il corpo arriva vuoto su Aruba?`),

  rec('code_bash', f`Nattskriptet som hämtar stationsdata ska hoppa över stationer som inte svarar, men det stannar helt:

${code(f`#!/usr/bin/env bash
set -euo pipefail
OUT=/data/obs/$(date -u +%Y%m%d)
mkdir -p "$OUT"
while read -r id host; do
  echo "fetching $id"
  curl -fsS --max-time 20 "http://$host/latest.csv" -o "$OUT/$id.csv"
done < /etc/obs/stations.txt`)}

Vad är felet?`),

  rec('code_swift', f`Our hearing-aid companion app shows the battery level wrong on iOS 18:

${code(f`func peripheral(_ peripheral: CBPeripheral, didUpdateValueFor characteristic: CBCharacteristic, error: Error?) {
    guard characteristic.uuid == CBUUID(string: "2A19"), let data = characteristic.value else { return }
    let level = Int(data.first ?? 0)
    DispatchQueue.main.async {
        self.batteryLabel.text = "\\(level)%"
        self.batteryView.progress = Float(level) / 255.0
    }
}`)}`),

  rec('code_c', f`Firmware del datalogger della stazione meteo: il pluviometro conta doppio. Il debounce è sbagliato?

${code(f`volatile uint32_t tips = 0;
static uint32_t last_ms = 0;

void rain_isr(void) {
    uint32_t now = millis();
    if (now - last_ms > 5) {
        tips++;
    }
    last_ms = now;
}

float rain_mm(void) {
    return tips * 0.2f;
}`)}`),

  rec('code_fortran', f`Old post-processing routine from the NWP suite, the dew point comes out above temperature sometimes:

      ${code(f`SUBROUTINE DEWPT(T, RH, TD, N)
      INTEGER N, I
      REAL T(N), RH(N), TD(N), A, B, G
      PARAMETER (A = 17.27, B = 237.7)
      DO 10 I = 1, N
         G = A * T(I) / (B + T(I)) + LOG(RH(I))
         TD(I) = B * G / (A - G)
   10 CONTINUE
      RETURN
      END`)}

RH is stored in percent in the new input files.`),

  rec('code_r', f`Je veux une moyenne glissante sur 30 ans pour les normales climatiques, mais ce code R donne des NA partout :

${code(f`library(dplyr)
normales <- obs %>%
  group_by(station, mois) %>%
  arrange(annee) %>%
  mutate(normale_30 = zoo::rollmean(tmoy, k = 30, fill = NA, align = "right")) %>%
  ungroup()`)}`),

  rec('code_ruby', f`Rails app for venue bookings: the deposit reminder job sends twice. Sidekiq job:

${code(f`class DepositReminderJob
  include Sidekiq::Job
  sidekiq_options retry: 3

  def perform(booking_id)
    booking = Booking.find(booking_id)
    return if booking.deposit_paid?

    BookingMailer.deposit_reminder(booking).deliver_now
    booking.update!(last_reminder_at: Time.current)
  end
end`)}`),

  rec('diff', f`Review this change to the roster export please — is the overtime rule right for drivers on split shifts?

${code(f`--- a/roster/export.py
+++ b/roster/export.py
@@ -41,9 +41,14 @@ def overtime_minutes(shift: Shift) -> int:
-    worked = (shift.end - shift.start).total_seconds() // 60
-    return max(0, worked - 480)
+    worked = sum((p.end - p.start).total_seconds() // 60 for p in shift.parts)
+    spread = (shift.parts[-1].end - shift.parts[0].start).total_seconds() // 60
+    ot = max(0, worked - 480)
+    if spread > 720:
+        ot += spread - 720
+    return int(ot)`)}`),

  rec('code_python', f`Este script calcula los límites de retiro diarios por cliente pero deja pasar retiros por encima del límite cuando hay varias solicitudes al mismo tiempo:

${code(f`def can_withdraw(client_id: str, amount: Decimal) -> bool:
    today = date.today()
    used = (
        Withdrawal.objects.filter(client_id=client_id, created_at__date=today, status__in=["PENDING", "SENT"])
        .aggregate(total=Sum("amount"))["total"]
        or Decimal("0")
    )
    limit = ClientLimit.objects.get(client_id=client_id).daily_limit
    return used + amount <= limit`)}`),

  rec('code_ts', f`ニュースフィードの気象警報を地図に重ねるコンポーネントです。警報が消えても地図から消えません。

${code(f`useEffect(() => {
  const layer = L.geoJSON(warnings, {
    style: (f) => ({ color: levelColor(f?.properties.level), weight: 1, fillOpacity: 0.35 }),
  });
  layer.addTo(map);
}, [warnings, map]);`)}

cleanup が必要ですか？`),

  rec('powershell', f`Skript na export zoznamu používateľov s prístupom k zdravotnej dokumentácii väzňov, potrebujem pridať dátum posledného prihlásenia:

${code(f`Get-ADGroupMember -Identity "GG-Health-Records-Read" -Recursive |
  Get-ADUser -Properties Department, Title |
  Select-Object SamAccountName, Name, Department, Title |
  Export-Csv -Path "C:\\Reports\\health_records_access.csv" -NoTypeInformation -Encoding UTF8`)}`),

  rec('code_sql', f`Sorgu iskele bazında günlük yolcu sayısını veriyor ama aktarmalı biletleri iki kere sayıyor:

\`\`\`sql
${code(f`SELECT p.name AS iskele,
       t.trip_date,
       COUNT(DISTINCT v.ticket_id) AS yolcu
FROM validations v
JOIN piers p ON p.id = v.pier_id
JOIN trips t ON t.id = v.trip_id
WHERE t.trip_date BETWEEN '2024-11-01' AND '2024-11-30'
GROUP BY p.name, t.trip_date;`)}
\`\`\``),

  rec('code_lua', f`A Lua filter in our log pipeline should drop SYNOP test messages from station 99999 but it drops everything:

${code(f`function filter_test(tag, ts, record)
  if record["station"] == 99999 or string.find(record["msg"], "TEST") then
    return -1, ts, record
  end
  return 0, ts, record
end`)}`),
];
