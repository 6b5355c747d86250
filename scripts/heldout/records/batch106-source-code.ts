/** Held-out batch 106: pasted source code from the six workplaces, with and without embedded values. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, fill } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH106_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`This is supposed to flag badges that expire within 30 days, but it also flags ones that expired last year. Why?

\`\`\`python
${code(f`from datetime import date, timedelta

def expiring(badges, today=None, window=30):
    today = today or date.today()
    limit = today + timedelta(days=window)
    return [b for b in badges if b.expires_on <= limit]

def by_employer(badges):
    out = {}
    for b in badges:
        out.setdefault(b.employer, []).append(b)
    return out`)}
\`\`\``),

  rec('code_powershell', f`Skript synchronisiert Ausweisinhaber aus der AD-Gruppe in die Zutrittskontrolle. Es läuft, aber sehr langsam (40 min für 9000 Konten):

${code(f`$members = Get-ADGroupMember -Identity "GG-Airside-Badge" -Recursive
foreach ($m in $members) {
    $u = Get-ADUser $m -Properties employeeID, department, mail
    $body = @{ id = $u.employeeID; dept = $u.department; mail = $u.mail } | ConvertTo-Json
    Invoke-RestMethod -Uri "https://pacs.intern/api/holders/$($u.employeeID)" -Method Put -Body $body -ContentType 'application/json' -UseDefaultCredentials
}`)}`),

  rec('code_sql', f`${code(f`-- zones a badge may open, per shift
SELECT b.badge_no,
       h.surname,
       z.zone_code,
       s.shift_start,
       s.shift_end
FROM badge b
JOIN holder h      ON h.id = b.holder_id
JOIN badge_zone bz ON bz.badge_id = b.id
JOIN zone z        ON z.id = bz.zone_id
LEFT JOIN shift s  ON s.holder_id = h.id AND s.day = CURRENT_DATE
WHERE b.status = 'ACTIVE'
  AND z.restricted = TRUE
ORDER BY z.zone_code, h.surname;`)}

Warum bekomme ich Zeilen doppelt, wenn jemand zwei Schichten am Tag hat?`),

  rec('code_r', f`Hoe kan ik dit sneller maken? Het classificeert audiogrammen volgens de HSE-categorieën.

\`\`\`r
${code(f`classify_hse <- function(df) {
  df$sum_low  <- df$f1k + df$f2k + df$f3k
  df$sum_high <- df$f3k + df$f4k + df$f6k
  df$cat <- NA
  for (i in seq_len(nrow(df))) {
    lim <- hse_limits[hse_limits$age_band == df$age_band[i] & hse_limits$sex == df$sex[i], ]
    if (df$sum_low[i] > lim$warn_low || df$sum_high[i] > lim$warn_high) df$cat[i] <- 2
    else df$cat[i] <- 1
  }
  df
}`)}
\`\`\``),

  rec('code_ts', f`${code(f`// Fitness-for-work letter generator (occupational health portal)
export type Outcome = 'fit' | 'fit_with_restrictions' | 'temporarily_unfit' | 'unfit';

export function letterBody(outcome: Outcome, restrictions: string[] = []): string {
  switch (outcome) {
    case 'fit':
      return 'Following assessment, the employee is fit for the role as described.';
    case 'fit_with_restrictions':
      return \`The employee is fit for the role with the following adjustments: \${restrictions.join('; ')}.\`;
    case 'temporarily_unfit':
      return 'The employee is temporarily unfit; a review is planned.';
    default:
      return 'The employee is not fit for the role as currently designed.';
  }
}`)}

eslint complains "switch is not exhaustive" — how do I add a never check?`),

  rec('code_java', f`Kod liczy składki ZUS pracownika, ale wynik różni się o grosze od Płatnika:

\`\`\`java
${code(f`public BigDecimal employeeContributions(BigDecimal gross) {
    BigDecimal emerytalna = gross.multiply(new BigDecimal("0.0976"));
    BigDecimal rentowa = gross.multiply(new BigDecimal("0.015"));
    BigDecimal chorobowa = gross.multiply(new BigDecimal("0.0245"));
    return emerytalna.add(rentowa).add(chorobowa).setScale(2, RoundingMode.HALF_UP);
}`)}
\`\`\`
Czy zaokrąglać każdą składkę osobno?`),

  rec('code_cobol', f`We still run this on the bureau's old payroll box. Can you explain what the PERFORM loop does? New hire here, I've never seen COBOL.

       ${code(f`PROCEDURE DIVISION.
       MAIN-PARA.
           OPEN INPUT EMP-FILE OUTPUT PAY-FILE
           PERFORM UNTIL EOF-FLAG = 'Y'
               READ EMP-FILE
                   AT END MOVE 'Y' TO EOF-FLAG
                   NOT AT END PERFORM CALC-PAY
               END-READ
           END-PERFORM
           CLOSE EMP-FILE PAY-FILE
           STOP RUN.
       CALC-PAY.
           COMPUTE WS-GROSS = EMP-HOURS * EMP-RATE
           IF EMP-HOURS > 40
               COMPUTE WS-GROSS = WS-GROSS + (EMP-HOURS - 40) * EMP-RATE * 0.5
           END-IF
           MOVE WS-GROSS TO PAY-GROSS
           WRITE PAY-REC.`)}`),

  rec('code_vba', f`Macro in the payroll summary workbook — it crashes with "Subscript out of range" when a client has no employees that month:

${code(f`Sub BuildSummary()
    Dim ws As Worksheet, r As Long, client As String
    For Each ws In ThisWorkbook.Worksheets
        If ws.Name <> "Summary" Then
            client = ws.Range("B1").Value
            r = Sheets("Summary").Cells(Rows.Count, 1).End(xlUp).Row + 1
            Sheets("Summary").Cells(r, 1).Value = client
            Sheets("Summary").Cells(r, 2).Value = Application.Sum(ws.Range("F5:F" & ws.Cells(Rows.Count, 6).End(xlUp).Row))
        End If
    Next ws
End Sub`)}`),

  rec('code_csharp', f`${code(f`// Payroll bureau: UK holiday pay accrual (12.07% for irregular-hours workers)
public static decimal HolidayAccrual(decimal hoursWorked, bool irregular)
{
    if (!irregular) return 0m;
    const decimal rate = 0.1207m;
    return Math.Round(hoursWorked * rate, 2, MidpointRounding.AwayFromZero);
}`)}

Is the rounding mode right for HMRC? the old system used banker's rounding`),

  rec('code_js', f`CAT tool plugin: segments split after "z. B." and "Nr." which is wrong. How to fix the regex?

\`\`\`js
${code(f`const ABBREV = ['z. B.', 'd. h.', 'u. a.', 'Nr.', 'ca.', 'bzw.'];

function segment(text) {
  const parts = text.split(/(?<=[.!?])\\s+(?=[A-ZÄÖÜ])/);
  return parts.filter((p) => p.trim().length > 0);
}

module.exports = { segment, ABBREV };`)}
\`\`\``),

  rec('code_python', f`Translation memory dedup — is there a faster way than O(n²)? (comments in Spanish, sorry)

${code(f`import difflib

def duplicados(segmentos, umbral=0.92):
    # compara cada segmento con todos los demás
    pares = []
    for i, a in enumerate(segmentos):
        for b in segmentos[i + 1:]:
            r = difflib.SequenceMatcher(None, a.origen, b.origen).ratio()
            if r >= umbral:
                pares.append((a.id, b.id, round(r, 3)))
    return pares`)}`),

  rec('code_kotlin', f`${code(f`// Interpreter app: pick the nearest available interpreter for a language
fun nearest(list: List<Interpreter>, lang: String, at: LatLng): Interpreter? =
    list.asSequence()
        .filter { lang in it.languages && it.available }
        .minByOrNull { haversineKm(it.location, at) }

fun haversineKm(a: LatLng, b: LatLng): Double {
    val r = 6371.0
    val dLat = Math.toRadians(b.lat - a.lat)
    val dLon = Math.toRadians(b.lon - a.lon)
    val h = sin(dLat / 2).pow(2) + cos(Math.toRadians(a.lat)) * cos(Math.toRadians(b.lat)) * sin(dLon / 2).pow(2)
    return 2 * r * asin(sqrt(h))
}`)}

Ez jól működik, de a tolmácsok listája 4000 elem, kell-e térbeli index?`),

  rec('code_sql', f`Voorraad per kelder en jaargang, maar de totalen kloppen niet met de telling:

${code(f`SELECT c.cellar_name,
       w.cuvee,
       w.vintage,
       SUM(CASE WHEN m.kind = 'IN' THEN m.bottles ELSE -m.bottles END) AS on_hand
FROM stock_move m
JOIN wine w   ON w.id = m.wine_id
JOIN cellar c ON c.id = m.cellar_id
WHERE m.moved_at < DATE '2025-03-31'
GROUP BY c.cellar_name, w.cuvee
ORDER BY c.cellar_name;`)}`),

  rec('code_php', f`${code(f`<?php
// cellar door tasting booking – max 12 guests per slot
function canBook(PDO $db, string $slot, int $guests): bool {
    $stmt = $db->prepare('SELECT COALESCE(SUM(guests),0) FROM booking WHERE slot = ? AND status <> "cancelled"');
    $stmt->execute([$slot]);
    $taken = (int) $stmt->fetchColumn();
    return $taken + $guests <= 12;
}`)}

Two people booked the last seats at the same time and we had 14 guests. How do I lock this?`),

  rec('code_swift', f`${code(f`struct TastingNote: Codable, Identifiable {
    let id: UUID
    var wine: String
    var vintage: Int
    var score: Int   // 0–100
    var notes: String
}

func averageScore(_ notes: [TastingNote], vintage: Int) -> Double {
    let filtered = notes.filter { $0.vintage == vintage }
    guard !filtered.isEmpty else { return 0 }
    return Double(filtered.map(\\.score).reduce(0, +)) / Double(filtered.count)
}`)}

ワインの試飲アプリです。ヴィンテージごとの平均を出したいのですが、これで合っていますか？`),

  rec('code_go', f`NMEA parser for the AIS receiver drops messages with two fragments. Can you spot it?

\`\`\`go
${code(f`func (p *Parser) Feed(line string) (*Message, error) {
	f := strings.Split(line, ",")
	if len(f) < 7 || !strings.HasPrefix(f[0], "!AIVDM") {
		return nil, ErrNotAIS
	}
	total, _ := strconv.Atoi(f[1])
	num, _ := strconv.Atoi(f[2])
	p.buf = append(p.buf, f[5])
	if num < total {
		return nil, nil
	}
	payload := strings.Join(p.buf, "")
	p.buf = nil
	return decode(payload)
}`)}
\`\`\``),

  rec('code_c', f`${code(f`/* NMEA 0183 checksum: XOR of all chars between '$' and '*' */
uint8_t nmea_checksum(const char *s)
{
    uint8_t c = 0;
    if (*s == '$' || *s == '!')
        s++;
    while (*s && *s != '*')
        c ^= (uint8_t)*s++;
    return c;
}`)}

Does this handle the '!' sentences from the AIS transponder correctly?`),

  rec('code_rust', f`Leeway drift estimate for a person in water, can you check the units?

${code(f`pub fn leeway_drift(wind_ms: f64, hours: f64, bearing_deg: f64) -> (f64, f64) {
    // PIW leeway: 1.1% of wind speed + 0.04 m/s offset (downwind component only)
    let speed = 0.011 * wind_ms + 0.04;
    let dist_m = speed * hours * 3600.0;
    let rad = (bearing_deg + 180.0).to_radians();
    (dist_m * rad.sin(), dist_m * rad.cos())
}`)}`),

  rec('code_bash', f`Bu yedekleme betiği arama-kurtarma olay veritabanı için, neden bazen boş dosya oluşturuyor?

${code(f`#!/usr/bin/env bash
set -uo pipefail
OUT=/srv/backup/incidents-$(date +%F).sql.gz
pg_dump -h ${ip('10.80.4.10')} -U backup incidents | gzip > "$OUT"
find /srv/backup -name 'incidents-*.sql.gz' -mtime +14 -delete
rsync -a /srv/backup/ backup@${ip('10.80.9.3')}:/vol/rcc/`)}`, 'backup@<IP> is a user at an IP, not an e-mail address'),

  rec('code_ruby', f`${code(f`# lifeboat station roster: who is on call this weekend
class Roster
  def initialize(crew)
    @crew = crew
  end

  def on_call(date)
    @crew.select { |c| c.pager? && c.available_on?(date) }
         .sort_by { |c| [-c.seniority, c.surname] }
         .first(6)
  end
end`)}

Wie kann ich sicherstellen, dass immer mindestens ein Steuermann dabei ist?`),

  rec('code_python', f`Webhook receiver for the radio-log — I added a shared secret check, is the comparison safe?

${code(f`import hmac, hashlib
from flask import Flask, request, abort

app = Flask(__name__)
SECRET = b"${v('credential.generic_secret_assignment', fill('b106-sc-hook', B62, 32))}"

@app.post("/radio-log")
def radio_log():
    sig = request.headers.get("X-Signature", "")
    mac = hmac.new(SECRET, request.data, hashlib.sha256).hexdigest()
    if sig != mac:
        abort(401)
    store(request.json)
    return "", 204`)}`),
];
