/** Held-out records: pasted source code in many languages, fenced or not. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`can you fix this? it returns None for some rows and I don't get why

\`\`\`python
${code(f`def parse_weight(raw):
    raw = raw.strip().lower()
    if raw.endswith("kg"):
        return float(raw[:-2])
    elif raw.endswith("g"):
        float(raw[:-1]) / 1000
    elif raw.endswith("lb"):
        return round(float(raw[:-2]) * 0.4536, 3)`)}
\`\`\``),

  rec('code_java', f`${code(f`@Service
public class InvoiceNumberService {
    private final AtomicLong counter = new AtomicLong();

    public synchronized String next(LocalDate date) {
        long n = counter.incrementAndGet();
        return String.format("INV-%d-%05d", date.getYear(), n);
    }
}`)}

Is the synchronized needed if I use AtomicLong? Also how do I persist the counter across restarts?`),

  rec('code_go', f`Why does this deadlock?

\`\`\`go
${code(f`func fanIn(chs ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	for _, c := range chs {
		wg.Add(1)
		go func(c <-chan int) {
			for v := range c {
				out <- v
			}
		}(c)
	}
	wg.Wait()
	close(out)
	return out
}`)}
\`\`\``),

  rec('code_rust', f`${code(f`fn load_config(path: &Path) -> Result<Config, ConfigError> {
    let raw = fs::read_to_string(path).map_err(ConfigError::Io)?;
    let cfg: Config = toml::from_str(&raw).map_err(ConfigError::Parse)?;
    if cfg.workers == 0 {
        return Err(ConfigError::Invalid("workers must be > 0".into()));
    }
    Ok(cfg)
}`)}
how do I make ConfigError implement std::error::Error without thiserror?`),

  rec('code_csharp', f`Refactor to async/await please:

${code(f`public List<Shipment> GetOpenShipments(int warehouseId)
{
    using var conn = new SqlConnection(_connString);
    conn.Open();
    var cmd = new SqlCommand("SELECT * FROM Shipments WHERE WarehouseId = @w AND Status = 'Open'", conn);
    cmd.Parameters.AddWithValue("@w", warehouseId);
    var list = new List<Shipment>();
    using var reader = cmd.ExecuteReader();
    while (reader.Read()) list.Add(Map(reader));
    return list;
}`)}`),

  rec('code_kotlin', f`\`\`\`kotlin
${code(f`class CartViewModel(private val repo: CartRepository) : ViewModel() {
    private val _items = MutableStateFlow<List<CartItem>>(emptyList())
    val items: StateFlow<List<CartItem>> = _items

    fun remove(id: String) = viewModelScope.launch {
        repo.remove(id)
        _items.value = repo.all()
    }
}`)}
\`\`\`
the list doesn't update in Compose after remove(), what am I missing?`),

  rec('code_swift', f`${code(f`struct ScanView: View {
    @State private var code: String?
    var body: some View {
        VStack {
            CameraPreview(onScan: { code = $0 })
            Text(code ?? "Point at a barcode")
                .font(.headline)
        }
    }
}`)}`),

  rec('code_php', f`WordPress plugin, the shortcode prints nothing:

<?php
${code(f`add_shortcode('fh_stock', function ($atts) {
    $a = shortcode_atts(['sku' => ''], $atts);
    $stock = get_post_meta(wc_get_product_id_by_sku($a['sku']), '_stock', true);
    echo '<span class="stock">' . intval($stock) . '</span>';
});`)}`, 'the PHP open tag line is outside the labelled block (like a fence)'),

  rec('code_sql', f`Optimise this query, it takes 40s on 20M rows:

${code(f`SELECT c.id, c.name, SUM(o.total) AS revenue
FROM customers c
JOIN orders o ON o.customer_id = c.id
WHERE o.created_at >= NOW() - INTERVAL '90 days'
  AND o.status IN ('paid', 'shipped')
GROUP BY c.id, c.name
HAVING SUM(o.total) > 1000
ORDER BY revenue DESC;`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
set -euo pipefail
for f in /var/log/fh/*.log; do
  if [[ $(stat -c %s "$f") -gt 104857600 ]]; then
    gzip -9 "$f" && mv "$f.gz" /archive/
  fi
done`)}
why does it say "No such file" when the directory is empty?`),

  rec('diff', f`Review this patch?

${code(f`--- a/src/pricing.ts
+++ b/src/pricing.ts
@@ -12,9 +12,11 @@ export function lineTotal(item: LineItem): number {
-  return item.price * item.qty;
+  const gross = item.price * item.qty;
+  const discount = item.discountPct ? gross * item.discountPct / 100 : 0;
+  return Math.round((gross - discount) * 100) / 100;
 }`)}`),

  rec('code_ts', f`${code(f`export function useDebounced<T>(value: T, ms = 300): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}`)}`),

  rec('code_cpp', f`Segfault on the second call, any idea?

${code(f`std::vector<int>& buildIndex(const std::string& s) {
    std::vector<int> idx;
    for (size_t i = 0; i < s.size(); ++i)
        if (s[i] == ';') idx.push_back(static_cast<int>(i));
    return idx;
}`)}`),

  rec('code_ruby', f`${code(f`class Order < ApplicationRecord
  has_many :line_items, dependent: :destroy
  scope :stale, -> { where(status: "pending").where("created_at < ?", 7.days.ago) }

  def total
    line_items.sum { |li| li.price * li.quantity }
  end
end`)}

how do I turn total into a SQL SUM instead of loading every line item?`),

  rec('code_python', f`Here's my pandas code, it's slow:

${code(f`df = pd.read_csv("shipments.csv")
out = []
for _, row in df.iterrows():
    if row["weight_kg"] > 30:
        out.append({"id": row["id"], "surcharge": (row["weight_kg"] - 30) * 0.8})
pd.DataFrame(out).to_csv("surcharges.csv", index=False)`)}`),

  rec('code_js', f`Node 20: ${code(f`app.get('/api/items/:id', async (req, res) => {
  const item = await db.items.findOne({ id: req.params.id });
  if (!item) return res.status(404).json({ error: 'not found' });
  res.json(item);
});`)} — how do I add input validation with zod here?`),

  rec('chat', f`quick one: in pandas, ${amb('source_code.snippet', `df.groupby("region")["net"].sum().sort_values()`)} gives me a Series, how do I get a DataFrame back?`, 'a one-line expression inline in prose: ambiguous as source_code'),

  rec('code_r', f`${code(f`library(dplyr)
sales %>%
  filter(year == 2024) %>%
  group_by(region, month) %>%
  summarise(net = sum(net_eur), .groups = "drop") %>%
  arrange(desc(net))`)}
translate this to polars please`),

  rec('code_yaml_ansible', f`${amb('source_code.snippet', f`- name: Install and start nginx
  hosts: web
  become: true
  tasks:
    - name: install
      apt:
        name: nginx
        state: present
    - name: start
      service:
        name: nginx
        state: started
        enabled: true`)}`, 'Ansible playbook: configuration as code, ambiguous like other YAML'),

  rec('trace', f`What causes this?

${amb('source_code.snippet', f`java.lang.NullPointerException: Cannot invoke "com.fernhill.wms.model.Bin.getCapacity()" because "bin" is null
	at com.fernhill.wms.putaway.PutawayPlanner.fits(PutawayPlanner.java:118)
	at com.fernhill.wms.putaway.PutawayPlanner.plan(PutawayPlanner.java:74)
	at com.fernhill.wms.api.PutawayController.suggest(PutawayController.java:41)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)`)}`),

  rec('code_python_secret', f`My test fixture is flaky, can you see why?

\`\`\`python
${code(f`@pytest.fixture
def client():
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    with app.test_client() as c:
        with app.app_context():
            db.create_all()
            db.session.add(User(email="${v('pii.email', 'qa.bot@fernhill.io')}", password="${v('credential.password_assignment', 'Fixture!Pass2024')}"))
            db.session.commit()
        yield c`)}
\`\`\``, 'a literal password in a test fixture is still a literal password'),
];
