/**
 * Held-out batch 34: pasted source code from a postal service, a VPN vendor, a watchmaker, a
 * fertility clinic network, a marine insurance broker and a social-housing authority — fenced or
 * not, with questions and comments in the staff's own languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH34_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_is', f`Þetta fall á að reikna vartölu (check digit) fyrir sendingarnúmer samkvæmt UPU S10, en sum númer eru hafnað af tollinum. Sérðu villuna?

\`\`\`python
${code(f`WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)

def s10_check_digit(serial: str) -> int:
    """serial: 8 digits, e.g. '47312482'"""
    if len(serial) != 8 or not serial.isdigit():
        raise ValueError(f"bad serial {serial!r}")
    total = sum(int(d) * w for d, w in zip(serial, WEIGHTS))
    check = 11 - (total % 11)
    if check == 10:
        return 0
    if check == 11:
        return 5
    return check

def s10(prefix: str, serial: str, country: str = "IS") -> str:
    return f"{prefix}{serial}{s10_check_digit(serial)}{country}"`)}
\`\`\``),

  rec('code_sql', f`Waiting list query for the allocations panel. It's slow (40s) and I think the ranking is wrong when two applicants have the same band and date. Can you fix both?

${code(f`WITH eligible AS (
    SELECT a.application_id,
           a.band,
           a.band_date,
           a.bedrooms_needed,
           a.area_preference,
           row_number() OVER (PARTITION BY a.bedrooms_needed ORDER BY a.band, a.band_date) AS queue_pos
    FROM housing.applications a
    JOIN housing.application_status s ON s.application_id = a.application_id
    WHERE s.status = 'ACTIVE'
      AND s.valid_from <= current_date
      AND (s.valid_to IS NULL OR s.valid_to > current_date)
)
SELECT e.*, p.property_ref, p.address_line1
FROM eligible e
JOIN housing.voids p
  ON p.bedrooms = e.bedrooms_needed
 AND p.area_code = ANY (e.area_preference)
WHERE p.ready_to_let_date <= current_date + interval '14 days'
ORDER BY p.property_ref, e.queue_pos;`)}`),

  rec('code_go', f`${code(f`package provision

import (
	"fmt"
	"net"

	"golang.zx2c4.com/wireguard/wgctrl"
	"golang.zx2c4.com/wireguard/wgctrl/wgtypes"
)

// AddPeer registers a customer device on an exit node interface.
func AddPeer(iface string, pub wgtypes.Key, addr net.IP) error {
	c, err := wgctrl.New()
	if err != nil {
		return fmt.Errorf("wgctrl: %w", err)
	}
	defer c.Close()

	peer := wgtypes.PeerConfig{
		PublicKey:         pub,
		ReplaceAllowedIPs: true,
		AllowedIPs:        []net.IPNet{{IP: addr, Mask: net.CIDRMask(32, 32)}},
	}
	return c.ConfigureDevice(iface, wgtypes.Config{Peers: []wgtypes.PeerConfig{peer}})
}`)}

Under load we see "file exists" errors from ConfigureDevice. Is it racing with the cleanup goroutine?`),

  rec('code_rust_hu', f`A kill switch néha nem engedi vissza a forgalmat, ha a tunnel újraindul. Ezt a részt gyanúsítom:

\`\`\`rust
${code(f`pub fn apply_killswitch(fw: &mut Firewall, tunnel: &TunnelState) -> Result<(), FwError> {
    fw.flush_chain(CHAIN)?;
    fw.append(CHAIN, Rule::allow_loopback())?;
    match tunnel {
        TunnelState::Up { iface, endpoint } => {
            fw.append(CHAIN, Rule::allow_out(iface))?;
            fw.append(CHAIN, Rule::allow_to(*endpoint, Proto::Udp))?;
        }
        TunnelState::Connecting { endpoint } => {
            fw.append(CHAIN, Rule::allow_to(*endpoint, Proto::Udp))?;
        }
        TunnelState::Down => {}
    }
    fw.append(CHAIN, Rule::drop_all())?;
    Ok(())
}`)}
\`\`\`
A Connecting állapotban a DNS-t is engedni kellene? Mert a végpont hostname-mel van megadva.`),

  rec('code_swift_ko', f`SwiftUI로 부티크 방문 예약 화면 만드는 중인데, 날짜 바꾸면 시간 슬롯이 갱신이 안 돼요.

${code(f`struct AppointmentView: View {
    @StateObject var vm = AppointmentViewModel()
    @State private var date = Date()

    var body: some View {
        Form {
            DatePicker("방문 날짜", selection: $date, in: Date()..., displayedComponents: .date)
            Section("가능한 시간") {
                ForEach(vm.slots, id: \\.self) { slot in
                    Button(slot.formatted(date: .omitted, time: .shortened)) { vm.select(slot) }
                }
            }
        }
        .task { await vm.loadSlots(for: date, boutique: .cheongdam) }
    }
}`)}`),

  rec('code_csharp_el', f`Ο υπολογισμός του reserve για τις αξιώσεις φορτίου βγάζει λάθος σύνολα όταν υπάρχουν μερικές πληρωμές. Μπορείς να δεις τι φταίει;

\`\`\`csharp
${code(f`public decimal OutstandingReserve(Claim claim)
{
    var paid = claim.Payments
        .Where(p => p.Status == PaymentStatus.Settled)
        .Sum(p => p.AmountUsd);

    var reserve = claim.ReserveHistory
        .OrderByDescending(r => r.SetOn)
        .Select(r => r.AmountUsd)
        .FirstOrDefault();

    var deductible = claim.Policy.DeductibleUsd;
    return Math.Max(0, reserve - paid - deductible);
}`)}
\`\`\`
Η εκπτωτέα αφαιρείται μόνο μία φορά ανά συμβάν, όχι ανά αξίωση.`),

  rec('code_java_gh', f`Please I need help, our routing service sends some Kumasi parcels to the Takoradi hub. This is the code:

${code(f`@Service
public class HubRouter {
    private final Map<String, String> regionToHub = Map.of(
        "AS", "KSI-HUB", "GA", "ACC-HUB", "WR", "TKD-HUB", "CR", "TKD-HUB", "NR", "TML-HUB");

    public String hubFor(String digitalAddress) {
        // GhanaPostGPS: region letter(s) + district letter + "-" + digits
        String region = digitalAddress.substring(0, 2).toUpperCase();
        return regionToHub.getOrDefault(region, "ACC-HUB");
    }
}`)}

Addresses look like AK-039-5028 for Kumasi.`),

  rec('code_tsx', f`${code(f`export function RepairRequestForm({ tenancyId }: { tenancyId: string }) {
  const [category, setCategory] = useState<RepairCategory>('plumbing');
  const [urgent, setUrgent] = useState(false);
  const [photos, setPhotos] = useState<File[]>([]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const body = new FormData();
    body.append('tenancyId', tenancyId);
    body.append('category', category);
    body.append('urgent', String(urgent));
    photos.forEach((p) => body.append('photos', p));
    await fetch('/api/repairs', { method: 'POST', body, headers: { 'Content-Type': 'multipart/form-data' } });
  }

  return (
    <form onSubmit={submit}>
      <CategorySelect value={category} onChange={setCategory} />
      <label><input type="checkbox" checked={urgent} onChange={(e) => setUrgent(e.target.checked)} /> Urgent (no heating, no water, unsafe)</label>
      <input type="file" multiple accept="image/*" onChange={(e) => setPhotos([...(e.target.files ?? [])])} />
      <button type="submit">Send</button>
    </form>
  );
}`)}

The API gets the request but says "multipart: boundary not found". Sweet as locally with Postman though.`),

  rec('code_php_ur', f`Bhai yeh Laravel controller rent ledger dikhata hai lekin balance kabhi kabhi negative aa jata hai jab adjustment hota hai. Dekh lo:

\`\`\`php
${code(f`public function ledger(Tenancy $tenancy)
{
    $entries = $tenancy->transactions()
        ->orderBy('posted_at')
        ->get();

    $balance = 0;
    foreach ($entries as $e) {
        if ($e->type === 'charge') {
            $balance += $e->amount;
        } elseif ($e->type === 'payment') {
            $balance -= $e->amount;
        }
        $e->running_balance = $balance;
    }

    return view('rent.ledger', compact('tenancy', 'entries', 'balance'));
}`)}
\`\`\``),

  rec('code_r', f`Can you check my analysis for the annual report? I want cumulative live birth rate per started cycle by age band, but the 40+ numbers look too good.

${code(f`library(dplyr)
library(ggplot2)

cycles <- read.csv("cycles_2023.csv") |>
  mutate(age_band = cut(age_at_start, breaks = c(0, 35, 38, 40, 43, Inf),
                        labels = c("<35", "35-37", "38-39", "40-42", "43+"), right = FALSE))

clbr <- cycles |>
  filter(!is.na(outcome)) |>
  group_by(age_band) |>
  summarise(started = n(), live_births = sum(outcome == "live_birth"), rate = live_births / started)

ggplot(clbr, aes(age_band, rate)) + geom_col() + scale_y_continuous(labels = scales::percent)`)}`),

  rec('code_cobol', f`Found this in the old postage rating batch, nobody left who wrote it. What does it do, in plain words?

       ${code(f`PROCEDURE DIVISION.
       0000-MAIN.
           PERFORM 1000-READ-ITEM
           PERFORM UNTIL WS-EOF = 'Y'
               EVALUATE TRUE
                   WHEN ITEM-WEIGHT-G <= 100
                       MOVE RATE-LETTER TO WS-RATE
                   WHEN ITEM-WEIGHT-G <= 750
                       MOVE RATE-LARGE-LETTER TO WS-RATE
                   WHEN OTHER
                       COMPUTE WS-RATE = RATE-PARCEL-BASE
                           + (ITEM-WEIGHT-G - 750) / 250 * RATE-PARCEL-STEP
               END-EVALUATE
               IF ITEM-ZONE = 'HI'
                   COMPUTE WS-RATE = WS-RATE * 1.35
               END-IF
               ADD WS-RATE TO WS-TOTAL
               PERFORM 1000-READ-ITEM
           END-PERFORM
           STOP RUN.`)}

"HI" is Highlands & Islands I think.`),

  rec('code_vba', f`Premium calculator macro for hull renewals. It gives a different total to the underwriter's sheet by a few hundred dollars.

${code(f`Function HullPremium(sumInsured As Double, baseRate As Double, ageYears As Integer, claimsRatio As Double) As Double
    Dim loading As Double
    loading = 1
    If ageYears > 15 Then loading = loading + 0.1
    If ageYears > 20 Then loading = loading + 0.15
    If claimsRatio > 0.6 Then loading = loading + 0.2
    HullPremium = Round(sumInsured * baseRate / 100 * loading, 0)
End Function`)}

Underwriter says the age loadings should not stack.`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
set -euo pipefail
# rotate and ship connection logs from exit nodes; keep nothing older than 24h (no-logs policy)
for node in $(cat /etc/tw/exit-nodes.txt); do
  ssh -o BatchMode=yes "ops@$node" 'sudo journalctl --vacuum-time=24h >/dev/null'
  ssh -o BatchMode=yes "ops@$node" 'sudo find /var/log/tw -name "*.log" -mmin +1440 -delete'
done
echo "$(date -Is) vacuum done on $(wc -l < /etc/tw/exit-nodes.txt) nodes" >> /var/log/tw-ops/rotate.log`)}

Auditor asked whether this really guarantees nothing older than 24h exists. Does it?`),

  rec('code_powershell_lb', f`Kanns de mir soen firwat dëst Skript d'Benotzer net an déi richteg OU setzt?

${code(f`Import-Csv .\\nei-mataarbechter.csv | ForEach-Object {
    $ou = switch ($_.Service) {
        'Logement'   { 'OU=Logement,OU=Services,DC=ville,DC=local' }
        'Technique'  { 'OU=Technique,OU=Services,DC=ville,DC=local' }
        default      { 'OU=Divers,DC=ville,DC=local' }
    }
    New-ADUser -Name "$($_.Prenom) $($_.Nom)" -SamAccountName $_.Login -Path $ou -Enabled $false
}`)}

An der CSV steet "Logement " mat engem Espace um Enn, kéint dat et sinn?`),

  rec('code_c_fr', f`Pour le banc de contrôle de l'atelier: ce code calcule la marche (s/j) à partir des battements mesurés, mais les résultats sautent de ±2 s/j entre deux mesures identiques. Une idée?

\`\`\`c
${code(f`#define BPH 28800
#define SAMPLES 256

double rate_s_per_day(const uint32_t *ticks_us, size_t n)
{
    double expected = 3600.0 * 1e6 / BPH;   /* us per beat */
    double sum = 0;
    for (size_t i = 1; i < n; i++)
        sum += (ticks_us[i] - ticks_us[i - 1]);
    double mean = sum / (n - 1);
    return (expected - mean) / expected * 86400.0;
}`)}
\`\`\`
Les ticks viennent d'un compteur 32 bits à 1 MHz.`),

  rec('code_dart_ms', f`Skrin penjejakan dalam app Flutter tak refresh bila status bungkusan berubah. Kod:

${code(f`class TrackingScreen extends StatefulWidget {
  final String trackingNo;
  const TrackingScreen({super.key, required this.trackingNo});
  @override
  State<TrackingScreen> createState() => _TrackingScreenState();
}

class _TrackingScreenState extends State<TrackingScreen> {
  late Future<List<TrackingEvent>> events;

  @override
  void initState() {
    super.initState();
    events = api.fetchEvents(widget.trackingNo);
  }

  @override
  Widget build(BuildContext context) => RefreshIndicator(
        onRefresh: () async => api.fetchEvents(widget.trackingNo),
        child: FutureBuilder(future: events, builder: (c, s) => EventList(s.data ?? [])),
      );
}`)}`),

  rec('code_python', f`Embryology lab KPI script. The fertilisation rate for ICSI looks higher than the Vienna consensus benchmark by a lot, is my denominator wrong?

\`\`\`python
${code(f`import pandas as pd

df = pd.read_parquet("lab/oocytes_2024.parquet")
icsi = df[df.method == "ICSI"]

kpi = (
    icsi.groupby("embryologist")
        .agg(injected=("oocyte_id", "count"), fertilised=("pn_status", lambda s: (s == "2PN").sum()))
        .assign(rate=lambda d: d.fertilised / d.injected)
)
print(kpi.sort_values("rate", ascending=False).round(3))`)}
\`\`\`
The file has all retrieved oocytes, including the immature ones that were never injected.`),

  rec('diff', f`Code review please, this is my fix for the DNS leak on Windows when the adapter changes:

${code(f`--- a/client/win/dns.cpp
+++ b/client/win/dns.cpp
@@ -112,9 +112,17 @@ HRESULT DnsGuard::OnAdapterChange(const AdapterEvent& ev)
 {
-    if (ev.kind != AdapterEvent::Added)
-        return S_OK;
-    return ApplyNrptRules(tunnel_->DnsServers());
+    switch (ev.kind) {
+    case AdapterEvent::Added:
+    case AdapterEvent::AddressChanged:
+        RETURN_IF_FAILED(BlockNonTunnelDns());
+        return ApplyNrptRules(tunnel_->DnsServers());
+    case AdapterEvent::Removed:
+        return S_OK;
+    }
+    return E_UNEXPECTED;
 }`)}`),

  rec('terraform', f`${amb('source_code.snippet', f`module "exit_node" {
  source   = "./modules/exit-node"
  for_each = var.regions

  region        = each.key
  instance_type = each.value.size
  wg_port       = 51820
  tags = {
    service = "vpn-exit"
    logging = "none"
  }
}

variable "regions" {
  type = map(object({ size = string }))
  default = {
    "ap-southeast-1" = { size = "c6gn.large" }
    "ap-northeast-2" = { size = "c6gn.large" }
    "eu-central-1"   = { size = "c6gn.xlarge" }
  }
}`)}

Adding a new region recreates all the others. Why? I thought for_each fixed that.`),

  rec('code_ruby', f`${code(f`class ServiceReminderJob < ApplicationJob
  queue_as :mailers

  # Mechanical watches: recommend a service every 5 years after purchase or last service
  def perform
    Watch.joins(:owner)
         .where(last_service_on: ..5.years.ago)
         .where(reminder_sent_at: nil)
         .find_each do |watch|
      ServiceMailer.with(watch: watch).reminder.deliver_later
      watch.update!(reminder_sent_at: Time.current)
    end
  end
end`)}

Watches that were never serviced (last_service_on is NULL) never get a reminder. What's the cleanest fix in ActiveRecord?`),

  rec('chat', f`Quick question, why does ${amb('source_code.snippet', `df.groupby("age_band")["live_birth"].mean()`)} give NaN for the 43+ band when there are 61 rows in it? The column is boolean.`, 'one-line expression in prose: ambiguous'),

  rec('code_kotlin_ko', f`코틀린으로 짠 택배 기사 앱 배송 순서 정렬 로직인데, 같은 건물 배송지가 따로따로 떨어져서 나와요.

${code(f`fun orderStops(stops: List<Stop>, start: LatLng): List<Stop> {
    val remaining = stops.toMutableList()
    val route = mutableListOf<Stop>()
    var current = start
    while (remaining.isNotEmpty()) {
        val next = remaining.minBy { distance(current, it.location) }
        route += next
        remaining -= next
        current = next.location
    }
    return route
}`)}

같은 건물은 주소의 건물번호가 같아요. 묶어서 처리하려면 어떻게 바꾸는 게 좋을까요?`),
];
