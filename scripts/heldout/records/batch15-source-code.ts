/** Held-out batch 15: pasted source code in mainstream languages, without secrets. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH15_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`this is slow on 2 million rows, how can I speed it up?

\`\`\`python
${code(f`import pandas as pd

df = pd.read_csv("orders.csv", parse_dates=["created_at"])

def classify(row):
    if row["amount"] > 1000:
        return "large"
    elif row["amount"] > 100:
        return "medium"
    return "small"

df["size"] = df.apply(classify, axis=1)
summary = df.groupby(["country", "size"])["amount"].sum().reset_index()
summary.to_excel("summary.xlsx", index=False)`)}
\`\`\``),

  rec('code_ts', f`why does TypeScript complain "Object is possibly undefined" here?

${code(f`interface User {
  id: string;
  profile?: { displayName: string; avatarUrl?: string };
}

export function greeting(user: User): string {
  const name = user.profile.displayName;
  return \`Hello, \${name}!\`;
}`)}`),

  rec('code_sql', f`${code(f`SELECT c.customer_id,
       c.name,
       COUNT(o.order_id) AS orders,
       SUM(o.total) AS revenue
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.customer_id
WHERE o.created_at >= '2024-01-01'
GROUP BY c.customer_id, c.name
ORDER BY revenue DESC
LIMIT 20;`)}

customers with no orders don't show up even though I used LEFT JOIN. why?`),

  rec('code_java', f`Can you write a unit test for this method with JUnit 5?

${code(f`public class DiscountCalculator {

    public BigDecimal apply(BigDecimal price, CustomerTier tier) {
        if (price == null || price.signum() < 0) {
            throw new IllegalArgumentException("price must be >= 0");
        }
        BigDecimal rate = switch (tier) {
            case GOLD -> new BigDecimal("0.15");
            case SILVER -> new BigDecimal("0.10");
            default -> BigDecimal.ZERO;
        };
        return price.subtract(price.multiply(rate)).setScale(2, RoundingMode.HALF_UP);
    }
}`)}`),

  rec('code_go', f`${code(f`func fetchAll(ctx context.Context, urls []string) []Result {
	results := make([]Result, len(urls))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = fetch(ctx, u)
		}()
	}
	wg.Wait()
	return results
}`)}

is this safe? do I need a mutex for results?`),

  rec('code_csharp', f`EF Core query returns duplicates, what's wrong?

${code(f`var orders = await _db.Orders
    .Include(o => o.Lines)
    .ThenInclude(l => l.Product)
    .Where(o => o.CreatedAt >= from && o.CreatedAt < to)
    .OrderByDescending(o => o.CreatedAt)
    .Skip(page * pageSize)
    .Take(pageSize)
    .ToListAsync(ct);`)}`),

  rec('code_js', f`${code(f`document.querySelectorAll('.faq-question').forEach((btn) => {
  btn.addEventListener('click', () => {
    const answer = btn.nextElementSibling;
    const open = answer.style.display === 'block';
    document.querySelectorAll('.faq-answer').forEach((a) => (a.style.display = 'none'));
    answer.style.display = open ? 'none' : 'block';
  });
});`)}
can you make this accessible (aria-expanded etc.)?`),

  rec('code_php', f`WordPress: my shortcode output appears at the top of the page instead of where I put it

${code(f`function kr_team_list() {
    $members = get_posts(['post_type' => 'team', 'numberposts' => -1]);
    foreach ($members as $m) {
        echo '<div class="member">' . esc_html($m->post_title) . '</div>';
    }
}
add_shortcode('team_list', 'kr_team_list');`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR=/var/backups/app
DATE=$(date +%Y-%m-%d)

mkdir -p "$BACKUP_DIR"
tar -czf "$BACKUP_DIR/app-$DATE.tar.gz" /srv/app/uploads
find "$BACKUP_DIR" -name 'app-*.tar.gz' -mtime +14 -delete
echo "backup done: $BACKUP_DIR/app-$DATE.tar.gz"`)}

cron runs it but the file is empty sometimes. any idea?`),

  rec('code_ruby', f`${code(f`class Invoice < ApplicationRecord
  belongs_to :customer
  has_many :line_items, dependent: :destroy

  scope :overdue, -> { where(paid_at: nil).where("due_on < ?", Date.current) }

  def total
    line_items.sum { |li| li.quantity * li.unit_price }
  end
end`)}

N+1 queries when I list overdue invoices with totals. how do I fix it?`),

  rec('code_powershell', f`Script to find stale AD accounts, can you add CSV export and skip service accounts (name starts with svc_)?

${code(f`$cutoff = (Get-Date).AddDays(-90)
Get-ADUser -Filter { Enabled -eq $true } -Properties LastLogonDate |
    Where-Object { $_.LastLogonDate -lt $cutoff } |
    Select-Object Name, SamAccountName, LastLogonDate |
    Sort-Object LastLogonDate`)}`),

  rec('code_python', f`${code(f`@app.route("/api/orders/<int:order_id>")
def get_order(order_id):
    order = Order.query.get(order_id)
    if order is None:
        abort(404)
    return jsonify({
        "id": order.id,
        "status": order.status,
        "items": [i.to_dict() for i in order.items],
        "total": float(order.total),
    })`)}
how do I add pagination for the items and return 403 if the order isn't the current user's?`),

  rec('code_kotlin', f`Android: RecyclerView flickers on every update

${code(f`class OrdersAdapter : RecyclerView.Adapter<OrdersAdapter.VH>() {
    var items: List<Order> = emptyList()
        set(value) {
            field = value
            notifyDataSetChanged()
        }

    override fun getItemCount() = items.size
    override fun onBindViewHolder(holder: VH, position: Int) = holder.bind(items[position])
    override fun onCreateViewHolder(parent: ViewGroup, viewType: Int) =
        VH(LayoutInflater.from(parent.context).inflate(R.layout.item_order, parent, false))

    class VH(v: View) : RecyclerView.ViewHolder(v) { fun bind(o: Order) { /* ... */ } }
}`)}`),

  rec('code_vba', f`${code(f`Sub SplitByRegion()
    Dim ws As Worksheet, r As Long, region As String
    Set ws = ThisWorkbook.Sheets("Data")
    For r = 2 To ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
        region = ws.Cells(r, 3).Value
        If Not SheetExists(region) Then
            Sheets.Add(After:=Sheets(Sheets.Count)).Name = region
        End If
        ws.Rows(r).Copy Sheets(region).Cells(Sheets(region).Rows.Count, 1).End(xlUp).Offset(1)
    Next r
End Sub`)}

macro dies with "Sub or Function not defined" on SheetExists`),

  rec('dockerfile', f`can you make this image smaller? it's 1.2 GB

${amb('source_code.snippet', f`FROM node:20
WORKDIR /app
COPY . .
RUN npm install
RUN npm run build
EXPOSE 3000
CMD ["node", "dist/server.js"]`)}`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: registry.kestrelridge.io/web:1.14.2
          ports: [{ containerPort: 8080 }]
          readinessProbe:
            httpGet: { path: /healthz, port: 8080 }`)}

pods restart every few minutes, OOMKilled. how do I set memory limits properly?`),

  rec('code_ts', f`${code(f`export async function retry<T>(fn: () => Promise<T>, attempts = 3, delayMs = 500): Promise<T> {
  let lastErr: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastErr = err;
      await new Promise((r) => setTimeout(r, delayMs * 2 ** i));
    }
  }
  throw lastErr;
}`)}
add jitter and make it not retry on 4xx responses from fetch`),

  rec('code_python', f`pytest fixture question — the db isn't rolled back between tests:

${code(f`@pytest.fixture(scope="session")
def db():
    engine = create_engine("sqlite:///:memory:")
    Base.metadata.create_all(engine)
    Session = sessionmaker(bind=engine)
    session = Session()
    yield session
    session.close()

def test_create_user(db):
    db.add(User(name="alice"))
    db.commit()
    assert db.query(User).count() == 1`)}`),

  rec('terraform', f`${amb('source_code.snippet', f`resource "aws_s3_bucket" "reports" {
  bucket = "kr-reports-\${var.environment}"
  tags = {
    Team = "analytics"
  }
}

resource "aws_s3_bucket_versioning" "reports" {
  bucket = aws_s3_bucket.reports.id
  versioning_configuration {
    status = "Enabled"
  }
}`)}

how do I add a lifecycle rule to move objects to glacier after 90 days?`),

  rec('chat', f`in excel, why does ${amb('source_code.snippet', '=VLOOKUP(A2,Prices!A:C,3,FALSE)')} return #N/A even though the value is there? the ids look identical`, 'one-line formula in prose: ambiguous'),
];
