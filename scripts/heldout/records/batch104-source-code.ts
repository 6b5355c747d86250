/**
 * Held-out batch 104: pasted source code — fare calculation, lost-property matching, lesion photo
 * handling, trade break reconciliation, royalty splits, gas-sensor alarms and housing matching —
 * with questions in several languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

export const BATCH104_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Why does this give the wrong off-peak fare on Saturdays?

${v('source_code.snippet', `from datetime import datetime, time

PEAK_WINDOWS = [(time(6, 30), time(9, 30)), (time(16, 0), time(19, 0))]

def is_peak(ts: datetime) -> bool:
    if ts.weekday() > 5:
        return False
    t = ts.time()
    return any(start <= t < end for start, end in PEAK_WINDOWS)

def fare(base_cents: int, ts: datetime, railcard: bool = False) -> int:
    price = base_cents if is_peak(ts) else int(base_cents * 0.72)
    if railcard and not is_peak(ts):
        price = int(price * 2 / 3)
    return price`)}`),

  rec('code_ts', f`Kan du forklare hvorfor matchingen af hittegods aldrig finder noget når beskrivelsen har store bogstaver?

\`\`\`ts
${v('source_code.snippet', `interface FoundItem { id: string; category: string; description: string; station: string }
interface LostReport { id: string; category: string; keywords: string[]; station?: string }

export function match(report: LostReport, items: FoundItem[]): FoundItem[] {
  return items
    .filter((i) => i.category === report.category)
    .filter((i) => !report.station || i.station === report.station)
    .filter((i) => report.keywords.every((k) => i.description.includes(k.toLowerCase())))
    .slice(0, 20);
}`)}
\`\`\``),

  rec('code_java', f`Este job de reconciliação de trades está duplicando quebras quando há partial fills. Alguém vê o erro?

${v('source_code.snippet', `public List<Break> reconcile(List<Trade> internal, List<Trade> broker) {
    Map<String, Trade> byId = new HashMap<>();
    for (Trade t : broker) {
        byId.put(t.getExecId(), t);
    }
    List<Break> breaks = new ArrayList<>();
    for (Trade t : internal) {
        Trade b = byId.get(t.getExecId());
        if (b == null) {
            breaks.add(new Break(t, null, "MISSING_AT_BROKER"));
        } else if (t.getQty().compareTo(b.getQty()) != 0) {
            breaks.add(new Break(t, b, "QTY_MISMATCH"));
        }
    }
    return breaks;
}`)}`),

  rec('code_sql', f`Hola, esta consulta para el informe de regalías por país tarda 40 segundos. ¿Cómo la optimizo?

${v('source_code.snippet', `SELECT c.contract_id,
       t.territory_code,
       SUM(s.units) AS units,
       SUM(s.net_receipts * c.royalty_rate) AS royalty
FROM sales s
JOIN contracts c ON c.isbn = s.isbn
JOIN territories t ON t.territory_code = s.territory_code
WHERE s.sale_date BETWEEN '2026-07-01' AND '2026-12-31'
  AND c.status = 'ACTIVE'
GROUP BY c.contract_id, t.territory_code
ORDER BY royalty DESC;`)}`),

  rec('code_go', f`Der Alarm für CO-Werte im Stollen 4 feuert doppelt. Hier der Handler:

${v('source_code.snippet', `func (h *AlarmHandler) OnReading(r Reading) {
	h.mu.Lock()
	defer h.mu.Unlock()
	limit, ok := h.limits[r.Gas]
	if !ok {
		return
	}
	if r.PPM >= limit.Alarm && !h.active[r.SensorID] {
		h.active[r.SensorID] = true
		go h.notify(r)
	}
	if r.PPM < limit.Clear {
		delete(h.active, r.SensorID)
	}
	go h.notify(r)
}`)}`),

  rec('code_kotlin', f`Ово је Kotlin код за апликацију за смештај избеглица. Зашто сортирање по величини породице не ради?

${v('source_code.snippet', `data class Flat(val id: String, val rooms: Int, val accessible: Boolean, val rentEur: Int)
data class Family(val caseId: String, val size: Int, val needsAccessible: Boolean)

fun candidates(family: Family, flats: List<Flat>): List<Flat> =
    flats.filter { it.rooms >= (family.size + 1) / 2 }
        .filter { !family.needsAccessible || it.accessible }
        .sortedBy { it.rooms }
        .sortedBy { it.rentEur }`)}`),

  rec('code_csharp', f`Can you add unit tests for this? It calculates the royalty split between author and illustrator.

${v('source_code.snippet', `public static (decimal Author, decimal Illustrator) Split(decimal netReceipts, decimal rate, decimal authorShare)
{
    if (authorShare < 0m || authorShare > 1m)
        throw new ArgumentOutOfRangeException(nameof(authorShare));
    var royalty = Math.Round(netReceipts * rate, 2, MidpointRounding.ToEven);
    var author = Math.Round(royalty * authorShare, 2);
    return (author, royalty - author);
}`)}`),

  rec('code_python_hardcoded', f`Refactor this please, the housing team wrote it quickly and I don't like the hard-coded stuff:

${v('source_code.snippet', f`import psycopg2

conn = psycopg2.connect(
    host="housing-db.internal",
    dbname="placements",
    user="housing_rw",
    password="${v('credential.password_assignment', 'Welcome-Home#2026')}",
)

def free_flats(city):
    with conn.cursor() as cur:
        cur.execute("SELECT id, rooms, rent FROM flats WHERE city = %s AND status = 'FREE'", (city,))
        return cur.fetchall()`)}`),

  rec('code_rust', f`Tämä Rust-funktio lukee suolakaivoksen kaasuanturien CSV:n. Miksi se kaatuu tyhjään riviin?

${v('source_code.snippet', `fn parse_line(line: &str) -> Result<Reading, ParseError> {
    let mut parts = line.split(';');
    let sensor = parts.next().ok_or(ParseError::Missing("sensor"))?.to_string();
    let ppm: f32 = parts.next().unwrap().trim().parse()?;
    let ts = parts.next().ok_or(ParseError::Missing("ts"))?;
    Ok(Reading { sensor, ppm, ts: ts.parse()? })
}`)}`),

  rec('code_bash_script', f`This is our nightly backup script for the dermatology photo archive. Is the find/delete line safe?

\`\`\`bash
${v('source_code.snippet', `#!/usr/bin/env bash
set -euo pipefail
SRC=/srv/dermphotos
DEST=/mnt/backup/dermphotos/$(date +%F)
mkdir -p "$DEST"
rsync -a --delete "$SRC/" "$DEST/"
find /mnt/backup/dermphotos -maxdepth 1 -type d -mtime +30 -exec rm -rf {} +
echo "backup ok $(date)" >> /var/log/dermbackup.log`)}
\`\`\``),

  rec('code_php', f`Witam, stary kod PHP do wyszukiwarki rzeczy znalezionych. Czy jest tu SQL injection?

${v('source_code.snippet', `<?php
$station = $_GET['station'];
$q = "SELECT * FROM found_items WHERE station = '" . $station . "' ORDER BY found_at DESC LIMIT 50";
$res = mysqli_query($db, $q);
while ($row = mysqli_fetch_assoc($res)) {
    echo "<li>" . htmlspecialchars($row['description']) . "</li>";
}`)}`),

  rec('code_js_fixture', f`Jest test for the appointment reminder — it fails on DST change. Fixture and test:

${v('source_code.snippet', f`const patient = {
  id: 'P-30412',
  name: 'Ngaio Te Rangi',
  email: '${v('pii.email', 'ngaio.terangi@xtra.co.nz')}',
  mobile: '${v('pii.phone', '+64 21 483 9027')}',
};

test('reminder is sent 24h before', () => {
  const appt = new Date('2027-04-04T09:00:00+12:00');
  const r = reminderTime(appt);
  expect(r.toISOString()).toBe('2027-04-03T09:00:00.000Z');
});`)}`),

  rec('code_vba', f`Excel macro from trade support — it's supposed to flag fails older than T+2. Can you convert it to Python/pandas?

${v('source_code.snippet', `Sub FlagFails()
    Dim ws As Worksheet, r As Long
    Set ws = Sheets("Fails")
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        If ws.Cells(r, 5).Value = "UNSETTLED" And DateDiff("d", ws.Cells(r, 3).Value, Date) > 2 Then
            ws.Cells(r, 8).Value = "ESCALATE"
            ws.Rows(r).Interior.Color = RGB(255, 199, 206)
        End If
    Next r
End Sub`)}`),

  rec('code_swift', f`iOS-appen för biljettkontroll kraschar när QR-koden är tom. Kod:

${v('source_code.snippet', `func decodeTicket(_ payload: String) -> Ticket {
    let data = Data(base64Encoded: payload)!
    let ticket = try! JSONDecoder().decode(Ticket.self, from: data)
    return ticket
}`)}`),

  rec('code_diff', f`Review this diff please? It moves the Slack token out of the code.

${v('source_code.snippet', f`--- a/notifier/slack.py
+++ b/notifier/slack.py
@@ -1,8 +1,9 @@
+import os
 from slack_sdk import WebClient
 
-client = WebClient(token="${v('credential.slack_bot_token', tok('xoxb-', '4410293857', '1-', '6629384710582-', fill('b104-sc-xoxb', B62, 24)))}")
+client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])
 
 def post_break(msg: str) -> None:
     client.chat_postMessage(channel="#trade-breaks", text=msg)`)}`),

  rec('code_r', f`Salut, ce script R calcule l'incidence des mélanomes par clinique mais les taux sont trop élevés. Tu vois pourquoi ?

${v('source_code.snippet', `library(dplyr)
inc <- visits %>%
  filter(diagnosis_code %in% c("C43.5", "C43.6", "C43.7")) %>%
  group_by(clinic) %>%
  summarise(cases = n(), patients = n_distinct(patient_id)) %>%
  mutate(rate_per_1000 = cases / patients * 1000)`)}`),

  rec('code_cpp', f`Embedded C++ for the salt mine's portable gas detector. Is the averaging window buggy?

${v('source_code.snippet', `constexpr size_t WINDOW = 8;
float samples[WINDOW];
size_t idx = 0;

float addSample(float ppm) {
    samples[idx++ % WINDOW] = ppm;
    float sum = 0;
    for (size_t i = 0; i < idx; ++i) sum += samples[i];
    return sum / WINDOW;
}`)}`),

  rec('code_python_api', f`Ten kod wysyła raport do API wydawnictwa. Dlaczego dostaję 400?

${v('source_code.snippet', f`import requests

API = "https://rights.mossbramble.io/api/licences"
HEADERS = {"X-Api-Key": "${v('credential.generic_secret_assignment', fill('b104-sc-api', HEX, 40))}"}

payload = {"isbn": "978-1-910283-44-7", "territory": "PL", "language": "pl", "advance": 2500}
r = requests.post(API, headers=HEADERS, data=payload)
print(r.status_code, r.text)`)}`),

  rec('code_ts_react', f`Component for the lost-property claim form — the date picker accepts future dates. How do I block them?

${v('source_code.snippet', `export function LostDate({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <label>
      Date you lost the item
      <input type="date" value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}`)}`),

  rec('code_ruby', f`Ruby job that emails landlords when a family's move-in date changes. Can it be made idempotent?

${v('source_code.snippet', `class MoveInChangedJob < ApplicationJob
  queue_as :mailers

  def perform(placement_id)
    placement = Placement.find(placement_id)
    LandlordMailer.move_in_changed(placement).deliver_now
    placement.update!(landlord_notified_at: Time.current)
  end
end`)}`),

  rec('code_yaml_ansible', f`Ansible tasks for the ticket machines, posting in case someone sees why the handler never runs:

${amb('source_code.snippet', f`- name: Push kiosk config
  template:
    src: kiosk.conf.j2
    dest: /etc/kiosk/kiosk.conf
  notify: restart kiosk

- name: Ensure printer route
  command: ip route add ${amb('pii.ip_address', '10.42.17.0/24')} via ${amb('pii.ip_address', '10.42.0.1')}`)}`),
];
