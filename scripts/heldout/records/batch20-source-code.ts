/** Held-out batch 20: pasted code from plant floors, telecom, hotels, a marketplace, an accounting firm and a startup. Hand-written. */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH20_SOURCE_CODE: DraftRecord[] = [
  rec('code_st', f`Hallo, der Baustein soll den Teilezähler an der Montagelinie zurücksetzen, wenn der Schichtwechsel kommt, aber der Zähler springt manchmal auf 0 mitten in der Schicht. Siehst du den Fehler?

${code(f`FUNCTION_BLOCK FB_TeileZaehler
VAR_INPUT
    xTeilOk      : BOOL;
    xSchichtWech : BOOL;
END_VAR
VAR_OUTPUT
    diAnzahl     : DINT;
END_VAR
VAR
    rtTeil       : R_TRIG;
    rtSchicht    : R_TRIG;
END_VAR

rtTeil(CLK := xTeilOk);
rtSchicht(CLK := xSchichtWech);

IF rtTeil.Q THEN
    diAnzahl := diAnzahl + 1;
END_IF

IF xSchichtWech THEN
    diAnzahl := 0;
END_IF
END_FUNCTION_BLOCK`)}`),

  rec('code_ladder', f`Exported these rungs from Studio 5000 (neutral text). The conveyor sometimes restarts on its own after an E-stop reset — why?

${code(f`RUNG 0: XIC(Start_PB)BST XIC(Conv_Run)NXB XIC(Auto_Restart)BND XIO(Stop_PB)XIC(EStop_OK)OTE(Conv_Run);
RUNG 1: XIC(Conv_Run)TON(Conv_Timer,5000,0);
RUNG 2: XIC(Conv_Timer.DN)XIO(Part_Present)OTL(Jam_Alarm);
RUNG 3: XIC(Reset_PB)OTU(Jam_Alarm);`)}`),

  rec('code_c', f`Firmware for the torque tool controller, CAN frames from the nutrunner sometimes arrive corrupted (wrong DLC). Here is the RX handler:

\`\`\`c
${code(f`#include "can_drv.h"

#define TORQUE_ID   0x18FF5021u
#define RING_SIZE   32u

typedef struct { uint32_t id; uint8_t dlc; uint8_t data[8]; } can_frame_t;

static can_frame_t ring[RING_SIZE];
static volatile uint8_t head;

void CAN1_RX0_IRQHandler(void)
{
    can_frame_t *f = &ring[head];
    f->id  = CAN1->sFIFOMailBox[0].RIR >> 3;
    f->dlc = CAN1->sFIFOMailBox[0].RDTR & 0x0F;
    memcpy(f->data, (const void *)&CAN1->sFIFOMailBox[0].RDLR, f->dlc);
    head = (head + 1) % RING_SIZE;
    CAN1->RF0R |= CAN_RF0R_RFOM0;
}`)}
\`\`\``),

  rec('code_cpp', f`${code(f`cv::Mat img = cv::imread(path, cv::IMREAD_GRAYSCALE);
cv::GaussianBlur(img, img, cv::Size(5, 5), 0);
cv::Mat edges;
cv::Canny(img, edges, 50, 150);

std::vector<cv::Vec3f> circles;
cv::HoughCircles(img, circles, cv::HOUGH_GRADIENT, 1, img.rows / 8, 120, 40, 80, 140);

for (const auto& c : circles) {
    double diameterMm = 2.0 * c[2] * kMmPerPixel;
    if (std::abs(diameterMm - kNominalBoreMm) > kToleranceMm) {
        results.push_back({partId, diameterMm, false});
    }
}`)}

Bohrungsprüfung mit OpenCV, die Durchmesser schwanken um 0,05 mm zwischen zwei Aufnahmen desselben Teils. Liegt das an der Hough-Transformation?`),

  rec('code_abap', f`Potrzebuję przerobić ten raport ABAP z zakupów tak, żeby pokazywał też dostawcę zastępczego. Jak to zrobić najprościej?

${code(f`REPORT zmm_open_po_overdue.

PARAMETERS: p_werks TYPE werks_d OBLIGATORY DEFAULT '1200'.

SELECT ekko~ebeln, ekko~lifnr, ekpo~ebelp, ekpo~matnr, eket~eindt, eket~menge, eket~wemng
  FROM ekko
  INNER JOIN ekpo ON ekpo~ebeln = ekko~ebeln
  INNER JOIN eket ON eket~ebeln = ekpo~ebeln AND eket~ebelp = ekpo~ebelp
  WHERE ekpo~werks = @p_werks
    AND eket~eindt < @sy-datum
    AND eket~menge > eket~wemng
  INTO TABLE @DATA(lt_overdue).

cl_demo_output=>display( lt_overdue ).`)}`),

  rec('code_r', f`${code(f`library(qcc)
bore <- read.csv("bohrung_L2_KW47.csv", sep = ";", dec = ",")
groups <- qcc.groups(bore$durchmesser, bore$stichprobe)
x <- qcc(groups, type = "xbar", nsigmas = 3, title = "Bohrung 12H7 - Linie 2")
cap <- process.capability(x, spec.limits = c(12.000, 12.018))
print(cap$indices)`)}

quality engineer here — Cpk comes out 0.91 but the customer's own calculation says 1.12 with the same data. Which one is right?`),

  rec('code_sql', f`Billing question: this query for unbilled roaming CDRs takes 9 minutes on Oracle. Any rewrite ideas?

${code(f`SELECT c.msisdn_hash,
       c.visited_plmn,
       SUM(c.volume_kb) / 1024 AS mb,
       COUNT(*) AS sessions
  FROM cdr_data c
 WHERE c.event_date BETWEEN DATE '2024-11-01' AND DATE '2024-11-30'
   AND c.roaming_flag = 'Y'
   AND NOT EXISTS (SELECT 1 FROM billed_items b
                    WHERE b.cdr_id = c.cdr_id)
 GROUP BY c.msisdn_hash, c.visited_plmn
HAVING SUM(c.volume_kb) > 512000
 ORDER BY mb DESC;`)}`),

  rec('code_go', f`${code(f`func (h *AlarmHandler) Consume(ctx context.Context, msg *kafka.Message) error {
	var ev AlarmEvent
	if err := json.Unmarshal(msg.Value, &ev); err != nil {
		return fmt.Errorf("decode alarm: %w", err)
	}
	if ev.Severity < SeverityMajor {
		return nil
	}
	key := ev.SiteID + "/" + ev.NodeID
	h.mu.Lock()
	defer h.mu.Unlock()
	if last, ok := h.seen[key]; ok && time.Since(last) < 5*time.Minute {
		return nil // flapping suppression
	}
	h.seen[key] = time.Now()
	return h.ticketer.Open(ctx, ev)
}`)}

NOC here. With 3 consumer replicas we still open duplicate tickets for the same flapping node. Why doesn't the map help?`),

  rec('code_kotlin', f`Android app for hotel guests — the digital key screen crashes on rotation:

\`\`\`kotlin
${code(f`class DigitalKeyFragment : Fragment(R.layout.fragment_digital_key) {

    private val viewModel: KeyViewModel by viewModels()
    private lateinit var bleScanner: BluetoothLeScanner

    override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
        bleScanner = requireContext().getSystemService(BluetoothManager::class.java).adapter.bluetoothLeScanner
        viewModel.keyState.observe(viewLifecycleOwner) { state ->
            when (state) {
                is KeyState.Ready -> binding.unlockButton.isEnabled = true
                is KeyState.Error -> showError(state.message)
                KeyState.Loading -> binding.progress.show()
            }
        }
        bleScanner.startScan(scanCallback)
    }
}`)}
\`\`\``),

  rec('code_python', f`${code(f`import pandas as pd

res = pd.read_csv("reservations_2024.csv", parse_dates=["arrival", "booked_at"])
res["lead_days"] = (res["arrival"] - res["booked_at"]).dt.days
res["los"] = res["nights"].clip(upper=14)

pace = (res[res["status"] != "cancelled"]
        .groupby([res["arrival"].dt.to_period("M"), pd.cut(res["lead_days"], [0, 7, 30, 90, 365])])
        ["room_nights"].sum()
        .unstack(fill_value=0))
print(pace)`)}

Revenue manager hotel Wien — ich will das gleiche für 2023 daneben haben und die Differenz in %. Wie erweitere ich das?`),

  rec('code_java', f`${code(f`@RestController
@RequestMapping("/api/v1/sellers/{sellerId}/payouts")
public class PayoutController {

    private final PayoutService payoutService;

    public PayoutController(PayoutService payoutService) {
        this.payoutService = payoutService;
    }

    @GetMapping
    public Page<PayoutDto> list(@PathVariable long sellerId,
                                @RequestParam(defaultValue = "0") int page) {
        return payoutService.findBySeller(sellerId, PageRequest.of(page, 50, Sort.by("createdAt").descending()))
                .map(PayoutDto::from);
    }

    @PostMapping("/{payoutId}/retry")
    @PreAuthorize("hasRole('PAYMENTS_OPS')")
    public ResponseEntity<Void> retry(@PathVariable long sellerId, @PathVariable long payoutId) {
        payoutService.retry(sellerId, payoutId);
        return ResponseEntity.accepted().build();
    }
}`)}

Sellers can see each other's payouts if they change the id in the URL. How do I fix this properly in Spring Security?`),

  rec('code_tsx', f`React question, the seller dashboard re-renders the whole table on every keystroke in the filter:

${code(f`export function OrdersTable({ orders }: { orders: Order[] }) {
  const [query, setQuery] = useState('');
  const filtered = orders.filter((o) =>
    o.buyerName.toLowerCase().includes(query.toLowerCase()) || o.id.includes(query),
  );

  return (
    <>
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search orders" />
      <table>
        <tbody>
          {filtered.map((o) => (
            <OrderRow key={o.id} order={o} onRefund={() => refund(o.id)} />
          ))}
        </tbody>
      </table>
    </>
  );
}`)}`),

  rec('code_swift', f`${code(f`func fetchBookings() async throws -> [Booking] {
    var request = URLRequest(url: baseURL.appendingPathComponent("bookings"))
    request.setValue("Bearer \\(session.token)", forHTTPHeaderField: "Authorization")
    let (data, response) = try await URLSession.shared.data(for: request)
    guard let http = response as? HTTPURLResponse, http.statusCode == 200 else {
        throw APIError.badStatus
    }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode([Booking].self, from: data)
}`)}

La app de reservas en iOS falla al decodificar fechas tipo "2025-03-14T15:00:00.000+01:00". ¿Cómo lo soluciono?`),

  rec('code_csharp', f`${code(f`public decimal BerechneZuschlag(Schicht schicht, decimal stundenlohn)
{
    decimal zuschlag = 0m;
    if (schicht.IstNacht)
        zuschlag += stundenlohn * 0.25m * schicht.Nachtstunden;
    if (schicht.Datum.DayOfWeek == DayOfWeek.Sunday)
        zuschlag += stundenlohn * 0.50m * schicht.Stunden;
    if (Feiertage.Contains(schicht.Datum))
        zuschlag += stundenlohn * 1.25m * schicht.Stunden;
    return Math.Round(zuschlag, 2, MidpointRounding.AwayFromZero);
}`)}

Lohnbüro: Sonntag + Feiertag gleichzeitig ergibt 175 %, laut Tarifvertrag gilt aber nur der höhere Zuschlag. Kannst du das korrigieren?`),

  rec('code_rust', f`\`\`\`rust
${code(f`use std::collections::HashMap;

#[derive(Debug)]
struct Cdr { msisdn: u64, seconds: u32, cell: u32 }

fn top_talkers(cdrs: &[Cdr], n: usize) -> Vec<(u64, u64)> {
    let mut totals: HashMap<u64, u64> = HashMap::new();
    for c in cdrs {
        *totals.entry(c.msisdn).or_default() += c.seconds as u64;
    }
    let mut v: Vec<_> = totals.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1));
    v.truncate(n);
    v
}`)}
\`\`\`
the fraud guys want this over 200M rows, will it fit in memory or should I go streaming?`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR=/srv/backup/plc
DATE=$(date +%F)

for host in $(cat /etc/plc-hosts.txt); do
  mkdir -p "$BACKUP_DIR/$host"
  if ! timeout 60 scp -q "backup@$host:/var/plc/project.zip" "$BACKUP_DIR/$host/project-$DATE.zip"; then
    echo "$(date -Is) FAIL $host" >> /var/log/plc-backup.log
  fi
done

find "$BACKUP_DIR" -name 'project-*.zip' -mtime +90 -delete`)}

Je veux que le script envoie un mail récapitulatif à la fin avec la liste des échecs. Tu peux l'ajouter ?`),

  rec('code_powershell', f`${code(f`Import-Module ActiveDirectory
$neu = Import-Csv -Path "\\\\fs01\\HR\\Eintritte_Jan.csv" -Delimiter ";"
foreach ($m in $neu) {
    $sam = ($m.Vorname.Substring(0,1) + $m.Nachname).ToLower() -replace '[^a-z]', ''
    New-ADUser -Name "$($m.Vorname) $($m.Nachname)" -SamAccountName $sam \`
        -Path "OU=Hotel-$($m.Standort),OU=Mitarbeiter,DC=hotelgruppe,DC=local" \`
        -Department $m.Abteilung -Enabled $true \`
        -AccountPassword (Read-Host -AsSecureString "Startpasswort für $sam")
}`)}

Umlaute wie ü und ß verschwinden aus dem Benutzernamen, ich hätte lieber ue und ss. Wie geht das?`),

  rec('code_terraform', f`${code(f`resource "aws_s3_bucket" "invoices" {
  bucket = "kb-invoices-\${var.env}"
}

resource "aws_s3_bucket_lifecycle_configuration" "invoices" {
  bucket = aws_s3_bucket.invoices.id
  rule {
    id     = "archive"
    status = "Enabled"
    transition {
      days          = 90
      storage_class = "GLACIER_IR"
    }
    expiration { days = 3650 }
  }
}

resource "aws_s3_bucket_public_access_block" "invoices" {
  bucket                  = aws_s3_bucket.invoices.id
  block_public_acls       = true
  restrict_public_buckets = true
}`)}

plan wants to recreate the bucket after I renamed the module, how do I avoid losing the invoices? moved block?`, 'Terraform HCL labelled as code (resources with logic), not as config'),

  rec('code_php', f`Magento 2 plugin van een verkoper, de prijs met BTW klopt niet voor Belgische klanten:

${code(f`public function afterGetFinalPrice(\\Magento\\Catalog\\Model\\Product $subject, $result)
{
    $country = $this->customerSession->getCustomer()->getDefaultShippingAddress()?->getCountryId();
    $rate = match ($country) {
        'NL' => 0.21,
        'BE' => 0.21,
        'DE' => 0.19,
        default => 0.0,
    };
    return round($result * (1 + $rate), 2);
}`)}`),

  rec('code_python_tax', f`Nieuw script voor het kantoor: BTW-aangifte controle per klant. Klopt de afronding?

${code(f`from decimal import Decimal, ROUND_HALF_UP

def btw_bedrag(netto: Decimal, tarief: str) -> Decimal:
    percentages = {"hoog": Decimal("0.21"), "laag": Decimal("0.09"), "nul": Decimal("0")}
    return (netto * percentages[tarief]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

def controleer(regels):
    verschil = []
    for r in regels:
        berekend = btw_bedrag(r["netto"], r["tarief"])
        if abs(berekend - r["btw_opgegeven"]) > Decimal("0.02"):
            verschil.append((r["factuur"], berekend, r["btw_opgegeven"]))
    return verschil`)}`),
];
