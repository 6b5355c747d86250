/**
 * Held-out batch 56: pasted source code from a quant fund's data engineers, an MRO hangar's
 * tooling and planning scripts, marketplace and permits apps, dialysis analytics and a
 * sponsorship charity's back office. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH56_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Is join_asof the right tool here? I want each trade matched to the last quote at or before it, per symbol, but no older than 500ms. Results look shifted by one row for some symbols.

\`\`\`python
${code(f`import polars as pl

def attach_quotes(trades: pl.LazyFrame, quotes: pl.LazyFrame) -> pl.LazyFrame:
    q = quotes.select("sym", "ts", "bid", "ask").sort("ts")
    t = trades.sort("ts")
    out = t.join_asof(
        q,
        on="ts",
        by="sym",
        strategy="backward",
        tolerance="500ms",
    )
    return out.with_columns(
        mid=(pl.col("bid") + pl.col("ask")) / 2,
        side=pl.when(pl.col("px") >= pl.col("ask")).then(1)
            .when(pl.col("px") <= pl.col("bid")).then(-1)
            .otherwise(0),
    )`)}
\`\`\``),

  rec('code_cpp', f`Code review please — single-producer/single-consumer ring for the feed handler. Under load the consumer occasionally reads a half-written message. Memory ordering issue?

${code(f`template <typename T, size_t N>
class SpscRing {
  static_assert((N & (N - 1)) == 0, "N must be a power of two");
  alignas(64) std::atomic<size_t> head_{0};
  alignas(64) std::atomic<size_t> tail_{0};
  T buf_[N];

 public:
  bool push(const T& v) {
    const size_t h = head_.load(std::memory_order_relaxed);
    if (h - tail_.load(std::memory_order_acquire) == N) return false;
    buf_[h & (N - 1)] = v;
    head_.store(h + 1, std::memory_order_relaxed);
    return true;
  }

  bool pop(T& out) {
    const size_t t = tail_.load(std::memory_order_relaxed);
    if (t == head_.load(std::memory_order_acquire)) return false;
    out = buf_[t & (N - 1)];
    tail_.store(t + 1, std::memory_order_release);
    return true;
  }
};`)}`),

  rec('code_rust_de', f`Kannst du mir erklären, warum der Borrow-Checker hier meckert? Ich parse Add-Order-Nachrichten aus einem ITCH-Feed.

${code(f`#[derive(Debug)]
pub struct AddOrder<'a> {
    pub ref_num: u64,
    pub side: u8,
    pub shares: u32,
    pub stock: &'a str,
    pub price: u32,
}

pub fn parse_add_order(buf: &[u8]) -> Option<AddOrder> {
    if buf.len() < 36 || buf[0] != b'A' {
        return None;
    }
    let stock = std::str::from_utf8(&buf[24..32]).ok()?.trim_end();
    Some(AddOrder {
        ref_num: u64::from_be_bytes(buf[11..19].try_into().ok()?),
        side: buf[19],
        shares: u32::from_be_bytes(buf[20..24].try_into().ok()?),
        stock,
        price: u32::from_be_bytes(buf[32..36].try_into().ok()?),
    })
}

fn main() {
    let mut frames = Vec::new();
    let raw = read_frame();
    frames.push(parse_add_order(&raw).unwrap());
    drop(raw);
    println!("{:?}", frames);
}`)}`),

  rec('code_sql', f`This split-adjustment view is slow in Snowflake (6 min on XS). Any way to avoid the correlated subquery?

${code(f`CREATE OR REPLACE VIEW research.px_adjusted AS
SELECT p.sym,
       p.trade_date,
       p.close * COALESCE((
           SELECT EXP(SUM(LN(ca.ratio)))
           FROM refdata.corp_actions ca
           WHERE ca.sym = p.sym
             AND ca.action_type IN ('SPLIT', 'RSPLIT')
             AND ca.ex_date > p.trade_date
       ), 1) AS close_adj,
       p.volume
FROM marketdata.daily_px p
WHERE p.trade_date >= '2010-01-01';`)}`),

  rec('code_python', f`Our planning team wants a script that flags inspections coming due. The logic should be "whichever comes first" of flight hours, cycles or calendar days. Does this do that correctly?

${code(f`from dataclasses import dataclass
from datetime import date, timedelta

@dataclass
class Task:
    ata: str
    desc: str
    fh_interval: int | None
    fc_interval: int | None
    days_interval: int | None
    last_fh: float
    last_fc: int
    last_date: date

def remaining(task: Task, fh_now: float, fc_now: int, today: date, fh_per_day: float, fc_per_day: float) -> timedelta:
    options = []
    if task.fh_interval:
        options.append((task.last_fh + task.fh_interval - fh_now) / fh_per_day)
    if task.fc_interval:
        options.append((task.last_fc + task.fc_interval - fc_now) / fc_per_day)
    if task.days_interval:
        options.append((task.last_date + timedelta(days=task.days_interval) - today).days)
    return timedelta(days=min(options))`)}`),

  rec('code_csharp_fr', f`Bonjour, ce petit outil lit l'export CSV du labo d'étalonnage et doit signaler les clés dynamométriques dont l'étalonnage expire dans moins de 30 jours. Il plante sur certaines lignes avec FormatException :

${code(f`public record Outil(string Numero, string Designation, DateTime ProchainEtalonnage);

public static IEnumerable<Outil> Lire(string chemin)
{
    foreach (var ligne in File.ReadLines(chemin).Skip(1))
    {
        var c = ligne.Split(';');
        yield return new Outil(c[0], c[1], DateTime.Parse(c[4]));
    }
}

var bientot = Lire(@"\\\\tls-fs02\\outillage\\etalonnage.csv")
    .Where(o => o.ProchainEtalonnage <= DateTime.Today.AddDays(30))
    .OrderBy(o => o.ProchainEtalonnage);

foreach (var o in bientot)
    Console.WriteLine($"{o.Numero,-12} {o.Designation,-40} {o.ProchainEtalonnage:dd/MM/yyyy}");`)}

Les dates sont au format 05/11/2024.`),

  rec('code_java_nl', f`Deze service moet bij elke onderdeel-inbouw controleren of er een geldig vrijgavecertificaat (EASA Form 1) is. Kun je een unit test schrijven voor het geval dat het serienummer niet overeenkomt?

${code(f`@Service
@RequiredArgsConstructor
public class PartInstallValidator {

    private final CertificateRepository certificates;

    public ValidationResult validate(PartInstallRequest req) {
        Optional<ReleaseCertificate> cert = certificates.findByTrackingNumber(req.certificateRef());
        if (cert.isEmpty()) {
            return ValidationResult.reject("Geen certificaat gevonden: " + req.certificateRef());
        }
        ReleaseCertificate c = cert.get();
        if (!c.partNumber().equals(req.partNumber())) {
            return ValidationResult.reject("P/N komt niet overeen");
        }
        if (!c.serialNumber().equalsIgnoreCase(req.serialNumber())) {
            return ValidationResult.reject("S/N komt niet overeen");
        }
        if (c.status() != CertificateStatus.SERVICEABLE) {
            return ValidationResult.reject("Status is " + c.status());
        }
        return ValidationResult.ok();
    }
}`)}`),

  rec('code_ts_ja', f`越境販売の価格表示で、円換算したときに端数処理がおかしくなります。例えば 19.99 USD が 2,999 円ではなく 2,998 円になることがあります。どこが悪いでしょうか？

${code(f`type Currency = 'USD' | 'EUR' | 'JPY' | 'KRW';

const DECIMALS: Record<Currency, number> = { USD: 2, EUR: 2, JPY: 0, KRW: 0 };

export function convert(amount: number, from: Currency, to: Currency, rates: Record<Currency, number>): number {
  const usd = amount / rates[from];
  const raw = usd * rates[to];
  const factor = 10 ** DECIMALS[to];
  return Math.floor(raw * factor) / factor;
}

export function formatPrice(amount: number, currency: Currency, locale = 'ja-JP'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}`)}`),

  rec('code_kotlin_ko', f`판매자 앱에서 주문 목록을 새로고침하면 가끔 같은 주문이 두 번 보입니다. 코드 좀 봐 주세요.

${code(f`class OrdersViewModel(private val repo: OrdersRepository) : ViewModel() {
    private val _orders = MutableStateFlow<List<Order>>(emptyList())
    val orders: StateFlow<List<Order>> = _orders

    private var page = 0

    fun refresh() {
        page = 0
        loadMore()
    }

    fun loadMore() {
        viewModelScope.launch {
            val next = repo.fetchOrders(page = page, size = 20)
            _orders.value = _orders.value + next
            page++
        }
    }
}`)}`),

  rec('code_go_vi', f`Chào, handler tạo nhãn vận chuyển này thỉnh thoảng trả về 502 khi đơn vị vận chuyển phản hồi chậm. Mình nên thêm timeout và retry ở đâu?

${code(f`func (h *Handler) CreateLabel(w http.ResponseWriter, r *http.Request) {
	var req LabelRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	resp, err := h.carrier.Post("/v2/labels", req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var label Label
	if err := json.NewDecoder(resp.Body).Decode(&label); err != nil {
		http.Error(w, "carrier response", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(label)
}`)}`),

  rec('code_r_es', f`Hola, estoy calculando el Kt/V de Daugirdas para todas las sesiones del trimestre y me salen algunos valores negativos. ¿Qué estoy haciendo mal?

${code(f`library(dplyr)

ktv_daugirdas <- function(urea_pre, urea_post, horas, uf_litros, peso_post) {
  r <- urea_post / urea_pre
  -log(r - 0.008 * horas) + (4 - 3.5 * r) * uf_litros / peso_post
}

sesiones <- read.csv("sesiones_t3.csv", sep = ";", dec = ",") %>%
  mutate(ktv = ktv_daugirdas(urea_pre, urea_post, duracion_min / 60, uf_ml, peso_post))

sesiones %>%
  group_by(centro) %>%
  summarise(ktv_medio = mean(ktv, na.rm = TRUE), pct_bajo = mean(ktv < 1.2, na.rm = TRUE))`)}`),

  rec('code_sql_it', f`Ciao, questa query dovrebbe contare le sedute di dialisi saltate per paziente nell'ultimo mese, ma mi restituisce anche i pazienti trasferiti. Come li escludo?

${code(f`SELECT p.id_paziente,
       p.centro,
       COUNT(*) FILTER (WHERE s.stato = 'ASSENTE') AS sedute_saltate,
       COUNT(*) AS sedute_previste
FROM sedute s
JOIN pazienti p ON p.id_paziente = s.id_paziente
WHERE s.data_prevista >= CURRENT_DATE - INTERVAL '30 days'
GROUP BY p.id_paziente, p.centro
HAVING COUNT(*) FILTER (WHERE s.stato = 'ASSENTE') >= 2
ORDER BY sedute_saltate DESC;`)}`),

  rec('code_python_pt', f`Olá, estou a ler os resultados de análises que vêm do laboratório em FHIR e preciso de extrair só a hemoglobina e o potássio. Isto funciona, mas é muito lento com 20 mil observações. Alguma sugestão?

${code(f`import json

CODIGOS = {"718-7": "hemoglobina", "2823-3": "potassio"}

def extrair(bundle_path: str) -> list[dict]:
    with open(bundle_path) as fh:
        bundle = json.load(fh)
    linhas = []
    for entry in bundle["entry"]:
        obs = entry["resource"]
        for coding in obs["code"]["coding"]:
            if coding["code"] in CODIGOS:
                linhas.append({
                    "doente": obs["subject"]["reference"],
                    "analise": CODIGOS[coding["code"]],
                    "valor": obs["valueQuantity"]["value"],
                    "data": obs["effectiveDateTime"],
                })
                linhas = sorted(linhas, key=lambda l: l["data"])
    return linhas`)}`),

  rec('code_tsx_no', f`Kalenderen for hyttebestilling viser feil dag når man er i en annen tidssone enn Norge. Hva er feil her?

${code(f`export function Ledighet({ hytteId }: { hytteId: string }) {
  const [dager, setDager] = useState<{ dato: string; ledige: number }[]>([]);

  useEffect(() => {
    fetch(\`/api/hytter/\${hytteId}/ledighet?fra=\${new Date().toISOString()}\`)
      .then((r) => r.json())
      .then(setDager);
  }, [hytteId]);

  return (
    <ul className="kalender">
      {dager.map((d) => (
        <li key={d.dato} className={d.ledige === 0 ? 'fullt' : ''}>
          {new Date(d.dato).getDate()}. – {d.ledige} sengeplasser
        </li>
      ))}
    </ul>
  );
}`)}`),

  rec('code_sql_fi', f`Moi, tarvitsisin apua PostGIS-kyselyyn. Haluan listata kaikki retkeilyreitit, jotka kulkevat kansallispuiston rajan sisällä vähintään 80 % pituudestaan.

${code(f`SELECT r.reitti_id,
       r.nimi,
       ST_Length(r.geom::geography) / 1000 AS pituus_km,
       ST_Length(ST_Intersection(r.geom, p.geom)::geography)
         / NULLIF(ST_Length(r.geom::geography), 0) AS osuus_puistossa
FROM reitit r
JOIN kansallispuistot p ON ST_Intersects(r.geom, p.geom)
WHERE p.nimi = 'Nuuksio'
  AND ST_Length(ST_Intersection(r.geom, p.geom)::geography)
      / NULLIF(ST_Length(r.geom::geography), 0) >= 0.8
ORDER BY pituus_km DESC;`)}

Se on tosi hidas. Auttaisiko jokin indeksi?`),

  rec('code_swift_et', f`Tere, rakenduses peaks kaardiruudud offline-režiimis vahemälust tulema, aga pärast rakenduse taaskäivitamist on vahemälu tühi. Mis siin valesti on?

${code(f`final class TileCache {
    private let cache = NSCache<NSString, NSData>()
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiles")

    func tile(z: Int, x: Int, y: Int) async throws -> Data {
        let key = "\\(z)/\\(x)/\\(y)" as NSString
        if let hit = cache.object(forKey: key) { return hit as Data }
        let url = URL(string: "https://tiles.example-loodus.ee/\\(z)/\\(x)/\\(y).png")!
        let (data, _) = try await URLSession.shared.data(from: url)
        cache.setObject(data as NSData, forKey: key)
        try? data.write(to: folder.appendingPathComponent("\\(z)-\\(x)-\\(y).png"))
        return data
    }
}`)}`),

  rec('code_php_pl', f`Cześć, ta metoda ma dobierać dziecko do nowego sponsora (ten sam kraj co preferencja, najdłużej czekające na sponsora). Czasem przypisuje to samo dziecko dwóm sponsorom naraz. Jak to naprawić w Laravelu?

${code(f`public function dopasuj(Sponsor $sponsor): ?Dziecko
{
    $dziecko = Dziecko::query()
        ->where('kraj', $sponsor->preferowany_kraj)
        ->whereNull('sponsor_id')
        ->orderBy('oczekuje_od')
        ->first();

    if ($dziecko) {
        $dziecko->sponsor_id = $sponsor->id;
        $dziecko->save();
        event(new DzieckoPrzypisane($dziecko, $sponsor));
    }

    return $dziecko;
}`)}`),

  rec('code_js_hi', f`यह Apps Script हर महीने दानदाताओं को रसीद ईमेल करती है, लेकिन 100 ईमेल के बाद रुक जाती है। क्या कोई बेहतर तरीका है?

${code(f`function sendReceipts() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('November');
  const rows = sheet.getDataRange().getValues().slice(1);
  rows.forEach((r, i) => {
    const [name, email, amount, sent] = r;
    if (sent) return;
    const pdf = DriveApp.getFileById(makeReceipt(name, amount)).getAs('application/pdf');
    GmailApp.sendEmail(email, 'आपके दान की रसीद', \`प्रिय \${name}, आपके ₹\${amount} के दान के लिए धन्यवाद।\`, { attachments: [pdf] });
    sheet.getRange(i + 2, 4).setValue(new Date());
  });
}`)}`),

  rec('code_bash_cs', f`Ahoj, tenhle skript má každou noc kopírovat videa z boroskopu na NAS, ale občas zkopíruje soubor, který se zrovna ještě nahrává. Jak to ošetřit?

${code(f`#!/bin/bash
SRC=/data/boroskop/export
DST=/mnt/nas/boroskopie/$(date +%Y)
mkdir -p "$DST"

for f in "$SRC"/*.mp4; do
  [ -e "$f" ] || continue
  rsync -a --remove-source-files "$f" "$DST/"
  echo "$(date '+%F %T') presunuto $(basename "$f")" >> /var/log/boroskop-sync.log
done`)}`),

  rec('code_sql_zh', f`这个 ClickHouse 查询是按卖家所在国家统计每周 GMV 的，但是退款没有扣掉，帮我改一下：

${code(f`SELECT
    toStartOfWeek(o.created_at) AS week,
    s.country,
    sum(o.amount_usd) AS gmv,
    uniqExact(o.buyer_id) AS buyers
FROM orders AS o
INNER JOIN sellers AS s ON s.seller_id = o.seller_id
WHERE o.created_at >= now() - INTERVAL 12 WEEK
  AND o.status IN ('paid', 'shipped', 'delivered')
GROUP BY week, s.country
ORDER BY week, gmv DESC`)}`),

  rec('code_dart_tr', f`Merhaba, Flutter satıcı uygulamasında sipariş bildirimi gelince liste yenilenmiyor. Kod şu:

${code(f`class SiparisListesi extends StatefulWidget {
  const SiparisListesi({super.key});
  @override
  State<SiparisListesi> createState() => _SiparisListesiState();
}

class _SiparisListesiState extends State<SiparisListesi> {
  List<Siparis> siparisler = [];

  @override
  void initState() {
    super.initState();
    FirebaseMessaging.onMessage.listen((mesaj) {
      siparisler.insert(0, Siparis.fromJson(mesaj.data));
    });
  }

  @override
  Widget build(BuildContext context) => ListView(
        children: siparisler.map((s) => ListTile(title: Text(s.urunAdi), subtitle: Text(s.durum))).toList(),
      );
}`)}`),

  rec('chat', f`quick kdb question: why does ${amb('source_code.snippet', 'select last price by 5 xbar time.minute from trade where sym=`AAPL')} give me 5-minute bars but the times are bucketed to the start of the bar instead of the end? is there an idiomatic way to label by close?`, 'a one-line q query in prose: ambiguous, as in batch 2'),
];
