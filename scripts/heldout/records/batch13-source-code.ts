/** Held-out batch 13: pasted source code in mainstream languages, no secrets. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH13_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`why is this so slow on a 2 GB csv? takes like 20 min

\`\`\`python
${code(f`import pandas as pd

df = pd.read_csv("shipments_2024.csv")
result = []
for i, row in df.iterrows():
    if row["status"] == "DELIVERED" and row["days_in_transit"] > 5:
        result.append({
            "tracking": row["tracking_no"],
            "carrier": row["carrier"],
            "late_by": row["days_in_transit"] - 5,
        })
late = pd.DataFrame(result)
late.to_excel("late_shipments.xlsx", index=False)`)}
\`\`\``),

  rec('code_ts', f`${code(f`export function useDebounce<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value);

  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(id);
  }, [value, delay]);

  return debounced;
}`)}

can you write a jest test for this hook?`),

  rec('code_java', f`Spring Boot returns 415 Unsupported Media Type on this endpoint, the frontend sends JSON:

${code(f`@RestController
@RequestMapping("/api/claims")
public class ClaimController {

    private final ClaimService claimService;

    public ClaimController(ClaimService claimService) {
        this.claimService = claimService;
    }

    @PostMapping
    public ResponseEntity<ClaimDto> create(@RequestParam ClaimRequest request) {
        ClaimDto created = claimService.create(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }
}`)}`),

  rec('code_sql', f`Can you optimise this query? It runs every morning for the sales dashboard and takes 3 minutes.

${code(f`SELECT c.region,
       DATE_TRUNC('month', o.created_at) AS month,
       COUNT(DISTINCT o.id) AS orders,
       SUM(oi.quantity * oi.unit_price) AS revenue
FROM orders o
JOIN order_items oi ON oi.order_id = o.id
JOIN customers c ON c.id = o.customer_id
WHERE o.created_at >= NOW() - INTERVAL '13 months'
  AND o.status NOT IN ('cancelled', 'refunded')
GROUP BY 1, 2
ORDER BY 1, 2;`)}`),

  rec('code_go', f`${code(f`func (h *Handler) GetShipment(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	s, err := h.store.Shipment(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err != nil {
		h.log.Error("get shipment", "id", id, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(s)
}`)}

golangci-lint complains "Error return value of json.NewEncoder(w).Encode is not checked" — what should I do with the error at that point?`),

  rec('code_csharp', f`LINQ question — I want the latest invoice per customer, this gives me all of them:

${code(f`var latest = await _db.Invoices
    .Where(i => i.Status != InvoiceStatus.Draft)
    .OrderByDescending(i => i.IssuedAt)
    .Select(i => new { i.CustomerId, i.Number, i.Total, i.IssuedAt })
    .ToListAsync();`)}`),

  rec('code_php', f`${code(f`public function store(Request $request)
{
    $validated = $request->validate([
        'title' => 'required|max:255',
        'body' => 'required',
        'category_id' => 'exists:categories,id',
    ]);

    $post = Post::create($validated + ['user_id' => auth()->id()]);

    return redirect()->route('posts.show', $post)->with('status', 'Post created!');
}`)}
Laravel: how do I also upload an optional cover image here?`),

  rec('code_ruby', f`Rails: N+1 warning from bullet on the orders index, how do I fix it?

${code(f`class OrdersController < ApplicationController
  def index
    @orders = current_account.orders.order(created_at: :desc).page(params[:page])
  end
end

# app/views/orders/index.html.erb
<% @orders.each do |order| %>
  <tr>
    <td><%= order.number %></td>
    <td><%= order.customer.name %></td>
    <td><%= order.line_items.sum(:quantity) %></td>
  </tr>
<% end %>`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
set -euo pipefail

LOG_DIR=/var/log/tracking
find "$LOG_DIR" -name '*.log' -mtime +14 -print0 | while IFS= read -r -d '' f; do
  gzip "$f"
done
find "$LOG_DIR" -name '*.log.gz' -mtime +90 -delete
echo "$(date -Is) rotation done" >> /var/log/rotate-tracking.log`)}

is there a reason to not just use logrotate for this?`),

  rec('code_powershell', f`Need to export all AD users from the Sales OU who haven't logged in for 90 days. This returns nothing:

${code(f`$cutoff = (Get-Date).AddDays(-90)
Get-ADUser -Filter * -SearchBase "OU=Sales,DC=tidewell,DC=local" -Properties LastLogonDate |
    Where-Object { $_.LastLogonDate -lt $cutoff } |
    Select-Object Name, SamAccountName, LastLogonDate |
    Export-Csv -Path C:\\Temp\\inactive_sales.csv -NoTypeInformation`)}`),

  rec('code_kotlin', f`${code(f`class InvoiceViewModel(private val repo: InvoiceRepository) : ViewModel() {
    private val _state = MutableStateFlow<UiState>(UiState.Loading)
    val state: StateFlow<UiState> = _state

    fun load(customerId: String) {
        viewModelScope.launch {
            _state.value = try {
                UiState.Success(repo.invoicesFor(customerId))
            } catch (e: IOException) {
                UiState.Error(e.message ?: "network error")
            }
        }
    }
}`)}
the screen flickers when I rotate the phone, does load() get called again?`),

  rec('code_js', f`Express middleware — errors thrown in async routes crash the server instead of hitting my error handler:

${code(f`app.get('/api/reports/:id', async (req, res) => {
  const report = await Report.findById(req.params.id);
  if (!report) throw new NotFoundError('report');
  res.json(report);
});

app.use((err, req, res, next) => {
  const status = err.status || 500;
  res.status(status).json({ error: err.message });
});`)}`),

  rec('code_python', f`Kannst du mir erklären, warum der Test manchmal fehlschlägt?

${code(f`def test_rabatt_berechnung():
    # Rabatt gilt nur bis Monatsende
    heute = date.today()
    bestellung = Bestellung(summe=Decimal("120.00"), datum=heute)
    rabatt = berechne_rabatt(bestellung)
    assert rabatt == Decimal("12.00")`)}

Die Funktion berechne_rabatt gibt am letzten Tag des Monats 0 zurück.`),

  rec('code_sql', f`${code(f`CREATE TABLE IF NOT EXISTS support_tickets (
    id            BIGSERIAL PRIMARY KEY,
    customer_id   BIGINT NOT NULL REFERENCES customers(id),
    subject       VARCHAR(200) NOT NULL,
    priority      SMALLINT NOT NULL DEFAULT 3,
    status        VARCHAR(20) NOT NULL DEFAULT 'open',
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    closed_at     TIMESTAMPTZ
);
CREATE INDEX idx_tickets_status ON support_tickets(status) WHERE status <> 'closed';`)}

Is a partial index the right choice here or should I index (status, created_at)?`),

  rec('dockerfile', f`Image is 1.4 GB, how do I make it smaller?

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y build-essential libpq-dev
EXPOSE 8000
CMD ["gunicorn", "app.wsgi:application", "-b", "0.0.0.0:8000", "-w", "4"]`)}`),

  rec('k8s', f`${amb('source_code.snippet', f`apiVersion: apps/v1
kind: Deployment
metadata:
  name: tracking-api
spec:
  replicas: 3
  selector:
    matchLabels: { app: tracking-api }
  template:
    metadata:
      labels: { app: tracking-api }
    spec:
      containers:
        - name: api
          image: registry.hollowbrook-logistics.com/tracking-api:3.4.1
          ports: [{ containerPort: 8080 }]
          readinessProbe:
            httpGet: { path: /healthz, port: 8080 }
          resources:
            limits: { cpu: "1", memory: 512Mi }`)}

pods restart every few hours with OOMKilled, is 512Mi too low for a Spring app?`),

  rec('code_ts', f`Angular — the table doesn't update after I call the service:

${code(f`@Component({ selector: 'app-orders', templateUrl: './orders.component.html' })
export class OrdersComponent implements OnInit {
  orders: Order[] = [];

  constructor(private orderService: OrderService) {}

  ngOnInit(): void {
    this.orderService.getOrders().subscribe((data) => (this.orders = data));
  }

  archive(order: Order): void {
    this.orderService.archive(order.id).subscribe();
    this.orders.splice(this.orders.indexOf(order), 1);
  }
}`)}`),

  rec('code_python', f`mera airflow DAG schedule pe run nahi ho raha, manually trigger karo to chal jata hai:

${code(f`with DAG(
    dag_id="daily_sales_sync",
    start_date=datetime(2025, 3, 20),
    schedule_interval="0 6 * * *",
    catchup=False,
) as dag:
    extract = PythonOperator(task_id="extract", python_callable=extract_sales)
    load = PythonOperator(task_id="load", python_callable=load_to_bq)
    extract >> load`)}`),

  rec('vba', f`${code(f`Sub MergeSheets()
    Dim ws As Worksheet, target As Worksheet
    Dim nextRow As Long
    Set target = ThisWorkbook.Sheets("Summary")
    For Each ws In ThisWorkbook.Worksheets
        If ws.Name <> "Summary" Then
            nextRow = target.Cells(target.Rows.Count, 1).End(xlUp).Row + 1
            ws.UsedRange.Offset(1).Copy target.Cells(nextRow, 1)
        End If
    Next ws
End Sub`)}

The header row from each sheet gets copied too, except the first one. Why?`),

  rec('code_js', f`quick one: why does ${amb('source_code.snippet', "[10, 1, 5].sort()")} give [1, 10, 5]?`, 'a one-line expression in prose: ambiguous'),

  rec('code_python_es', f`Hola, tengo este script para renombrar facturas y no sé por qué salta FileNotFoundError:

${code(f`import os

carpeta = "C:/Facturas/2025"
for nombre in os.listdir(carpeta):
    if nombre.endswith(".pdf"):
        nuevo = nombre.replace(" ", "_").lower()
        os.rename(nombre, os.path.join(carpeta, nuevo))`)}`),
];
