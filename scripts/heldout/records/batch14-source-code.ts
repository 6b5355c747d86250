/** Held-out batch 14: pasted source code in mainstream languages, no secrets. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH14_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`why does the merge give me more rows than the orders table has??

\`\`\`python
${code(f`import pandas as pd

orders = pd.read_csv("orders_2024.csv", parse_dates=["order_date"])
customers = pd.read_csv("customers.csv")

df = orders.merge(customers, on="customer_id", how="left")
df["month"] = df["order_date"].dt.to_period("M")

summary = (
    df.groupby(["month", "region"])
      .agg(revenue=("net_amount", "sum"), orders=("order_id", "nunique"))
      .reset_index()
)
print(len(orders), len(df))
summary.to_excel("monthly_by_region.xlsx", index=False)`)}
\`\`\``),

  rec('code_js', f`${code(f`async function syncAll(ids) {
  const results = [];
  ids.forEach(async (id) => {
    const res = await fetch(\`/api/products/\${id}/sync\`, { method: 'POST' });
    results.push(await res.json());
  });
  return results;
}

syncAll(selectedIds).then((r) => console.log('synced', r.length));`)}

this always logs "synced 0" even though the requests go out. what's wrong`),

  rec('code_ts', f`TS complains "Property 'amount' does not exist on type 'Payment'" on the last line, but I checked the kind?

${code(f`type CardPayment = { kind: 'card'; amount: number; last4: string };
type BankPayment = { kind: 'bank'; amount: number; iban: string };
type Voucher = { kind: 'voucher'; code: string };
type Payment = CardPayment | BankPayment | Voucher;

function total(payments: Payment[]): number {
  return payments
    .filter((p) => p.kind !== 'voucher')
    .reduce((sum, p) => sum + p.amount, 0);
}`)}`),

  rec('code_java', f`Validation annotations are ignored, the controller accepts an empty name:

${code(f`@RestController
@RequestMapping("/api/suppliers")
public class SupplierController {

    private final SupplierService service;

    public SupplierController(SupplierService service) {
        this.service = service;
    }

    @PostMapping
    public ResponseEntity<SupplierDto> create(@RequestBody SupplierRequest request) {
        SupplierDto created = service.create(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }
}

public record SupplierRequest(
    @NotBlank String name,
    @Email String contactEmail,
    @Size(max = 2) String countryCode
) {}`)}`),

  rec('code_sql', f`Can you add a column with the growth vs previous month in %? Postgres 15.

${code(f`SELECT
    date_trunc('month', o.created_at) AS month,
    s.name                            AS store,
    SUM(o.total_net)                  AS revenue,
    COUNT(DISTINCT o.customer_id)     AS customers
FROM orders o
JOIN stores s ON s.id = o.store_id
WHERE o.created_at >= DATE '2024-01-01'
  AND o.status = 'completed'
GROUP BY 1, 2
ORDER BY 2, 1;`)}`),

  rec('code_go', f`${code(f`func (h *Handler) GetShipment(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()

	s, err := h.repo.FindShipment(ctx, id)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(s)
}`)}

is it bad practice to return err.Error() to the client? what should I return instead`),

  rec('code_csharp', f`This endpoint takes 9 seconds for 500 orders. I think it's N+1 but not sure where:

${code(f`public async Task<List<OrderSummary>> GetOpenOrders()
{
    var orders = await _db.Orders
        .Where(o => o.Status == OrderStatus.Open)
        .ToListAsync();

    return orders.Select(o => new OrderSummary
    {
        Id = o.Id,
        Customer = _db.Customers.First(c => c.Id == o.CustomerId).Name,
        Lines = o.Lines.Count,
        Total = o.Lines.Sum(l => l.Quantity * l.UnitPrice)
    }).ToList();
}`)}`),

  rec('code_php', f`${code(f`class InvoiceController extends Controller
{
    public function index(Request $request)
    {
        $invoices = Invoice::with('customer')
            ->when($request->status, fn ($q, $s) => $q->where('status', $s))
            ->orderByDesc('issued_at')
            ->paginate(25);

        return view('invoices.index', compact('invoices'));
    }

    public function markPaid(Invoice $invoice)
    {
        $invoice->update(['status' => 'paid', 'paid_at' => now()]);
        return back()->with('success', 'Invoice marked as paid');
    }
}`)}

Laravel 11: how do I add a filter for the customer name too?`),

  rec('code_ruby', f`Rails: the callback runs twice when I update the record from the admin page

${code(f`class Subscription < ApplicationRecord
  belongs_to :account
  scope :active, -> { where(status: "active").where("ends_at > ?", Time.current) }

  after_save :notify_billing, if: :saved_change_to_plan_id?

  def upgrade!(new_plan)
    update!(plan_id: new_plan.id)
    account.touch
  end

  private

  def notify_billing
    BillingSyncJob.perform_later(id)
  end
end`)}`),

  rec('code_bash', f`Make this keep only the last 14 backups instead of deleting by age:

${code(f`#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR=/srv/backups/wiki
STAMP=$(date +%Y%m%d-%H%M)

tar -czf "$BACKUP_DIR/wiki-$STAMP.tar.gz" -C /var/www wiki
find "$BACKUP_DIR" -name 'wiki-*.tar.gz' -mtime +14 -delete
echo "backup done: wiki-$STAMP.tar.gz"`)}`),

  rec('code_powershell', f`${code(f`Import-Module ActiveDirectory
$cutoff = (Get-Date).AddDays(-90)
Get-ADUser -Filter { Enabled -eq $true -and LastLogonTimestamp -lt $cutoff } -Properties LastLogonTimestamp, Department |
    Select-Object Name, SamAccountName, Department,
        @{ Name = 'LastLogon'; Expression = { [DateTime]::FromFileTime($_.LastLogonTimestamp) } } |
    Sort-Object LastLogon |
    Export-Csv -Path C:\\Reports\\stale-users.csv -NoTypeInformation -Encoding UTF8`)}

the filter throws "The search filter cannot be recognized". how do I compare the date?`),

  rec('code_kotlin', f`Android: the list flashes empty for a second on every screen rotation

${code(f`class OrdersViewModel(private val repo: OrdersRepository) : ViewModel() {
    private val _orders = MutableStateFlow<List<Order>>(emptyList())
    val orders: StateFlow<List<Order>> = _orders

    fun load() {
        viewModelScope.launch {
            _orders.value = emptyList()
            _orders.value = repo.fetchOpenOrders()
        }
    }
}

// in the Fragment
override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
    viewModel.load()
}`)}`),

  rec('code_python', f`${code(f`from datetime import date
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

class LeaveRequest(BaseModel):
    employee_id: int
    start: date
    end: date
    reason: str = Field(max_length=200)

@app.post("/leave")
def create_leave(req: LeaveRequest):
    if req.end < req.start:
        raise HTTPException(status_code=422, detail="end before start")
    days = (req.end - req.start).days + 1
    return {"status": "pending", "days": days}`)}

how do I exclude weekends and public holidays from days?`),

  rec('code_tsx_de', f`Kannst du mir erklären, warum das Formular bei jedem Tastendruck den Fokus verliert?

${code(f`export function AddressForm({ onSave }: { onSave: (a: Address) => void }) {
  const [address, setAddress] = useState<Address>({ street: '', zip: '', city: '' });

  const Field = ({ name }: { name: keyof Address }) => (
    <input
      value={address[name]}
      onChange={(e) => setAddress({ ...address, [name]: e.target.value })}
    />
  );

  return (
    <form onSubmit={(e) => { e.preventDefault(); onSave(address); }}>
      <Field name="street" />
      <Field name="zip" />
      <Field name="city" />
      <button type="submit">Speichern</button>
    </form>
  );
}`)}`),

  rec('code_tsql_fr', f`Cette procédure est très lente sur la table des mouvements (12 millions de lignes). Tu vois une amélioration ?

${code(f`CREATE PROCEDURE dbo.StockParDepot @DateFin DATE
AS
BEGIN
    SELECT d.Code, a.Reference, SUM(m.Quantite) AS Stock
    FROM dbo.Mouvements m
    JOIN dbo.Articles a ON a.Id = m.ArticleId
    JOIN dbo.Depots d ON d.Id = m.DepotId
    WHERE CONVERT(DATE, m.DateMouvement) <= @DateFin
    GROUP BY d.Code, a.Reference
    HAVING SUM(m.Quantite) <> 0;
END`)}`),

  rec('code_java_es', f`¿Cómo agrupo esto por mes en vez de por categoría? Estoy con Java 17.

${code(f`Map<String, BigDecimal> totalPorCategoria = gastos.stream()
    .filter(g -> g.getFecha().getYear() == 2024)
    .collect(Collectors.groupingBy(
        Gasto::getCategoria,
        TreeMap::new,
        Collectors.reducing(BigDecimal.ZERO, Gasto::getImporte, BigDecimal::add)
    ));

totalPorCategoria.forEach((cat, total) ->
    System.out.printf("%-20s %10.2f%n", cat, total));`)}`),

  rec('code_python_pt', f`O teste passa sozinho mas falha quando rodo a suíte inteira. Pode ser a fixture?

${code(f`import pytest
from app.cart import Cart

DEFAULT_ITEMS = []

@pytest.fixture
def cart():
    return Cart(items=DEFAULT_ITEMS)

def test_add_item(cart):
    cart.add("SKU-1001", qty=2)
    assert cart.count() == 2

def test_empty_cart_total(cart):
    assert cart.total() == 0`)}`),

  rec('code_gas_it', f`Questo script di Google Sheets dovrebbe mandare un promemoria per le fatture scadute, ma manda la mail anche per quelle pagate. Dov'è l'errore?

${code(f`function promemoriaScadute() {
  const foglio = SpreadsheetApp.getActive().getSheetByName('Fatture');
  const righe = foglio.getDataRange().getValues().slice(1);
  const oggi = new Date();
  righe.forEach(([numero, cliente, email, importo, scadenza, stato]) => {
    if (scadenza < oggi || stato !== 'Pagata') {
      MailApp.sendEmail(email, \`Promemoria fattura \${numero}\`,
        \`Gentile \${cliente}, la fattura \${numero} di € \${importo} risulta scaduta.\`);
    }
  });
}`)}`),

  rec('code_go_nl', f`Waarom krijg ik lege velden na json.Unmarshal? De JSON komt van onze leverancier.

${code(f`type Levering struct {
	orderNummer string    \`json:"order_number"\`
	Status      string    \`json:"status"\`
	Gepland     time.Time \`json:"planned_at"\`
	aantal      int       \`json:"quantity"\`
}

var l Levering
if err := json.Unmarshal(body, &l); err != nil {
	return err
}
fmt.Println(l.orderNummer, l.aantal)`)}`),

  rec('dockerfile', f`Image is 1.4 GB for a small Node API, how do I make it smaller?

${amb('source_code.snippet', f`FROM node:20
WORKDIR /app
COPY . .
RUN npm install
RUN npm run build
EXPOSE 3000
CMD ["node", "dist/server.js"]`)}`),

  rec('code_python_hi_en', f`Bhai ye Django query bahut slow hai, 2000 orders pe 40 sec lag rahe hain. kya fix karun?

${code(f`def export_orders(request):
    rows = []
    for order in Order.objects.filter(created_at__year=2024):
        rows.append([
            order.id,
            order.customer.name,
            order.items.count(),
            sum(i.price * i.qty for i in order.items.all()),
        ])
    return render_csv(rows, filename="orders_2024.csv")`)}`),
];
