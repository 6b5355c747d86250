/** Held-out batch 12 (representative mix, fourth sample): pasted source code in mainstream languages, no secrets. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH12_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`why is this so slow on 2M rows? takes like 20 min

\`\`\`python
${code(f`import pandas as pd

df = pd.read_csv("orders_2024.csv", parse_dates=["created_at"])
result = []
for _, row in df.iterrows():
    if row["status"] == "shipped":
        days = (row["delivered_at"] - row["created_at"]).days if pd.notna(row["delivered_at"]) else None
        result.append({"order_id": row["order_id"], "region": row["region"], "days": days})

out = pd.DataFrame(result)
print(out.groupby("region")["days"].mean())`)}
\`\`\``),

  rec('code_js', f`${code(f`async function loadInvoices(customerId) {
  const res = await fetch(\`/api/customers/\${customerId}/invoices\`);
  const data = await res.json();
  data.forEach(async (inv) => {
    const pdf = await fetch(\`/api/invoices/\${inv.id}/pdf\`);
    inv.pdfUrl = URL.createObjectURL(await pdf.blob());
  });
  return data;
}`)}

the pdfUrl is always undefined when I render the list, but if I console.log later it's there?`),

  rec('code_tsx', f`Can you convert this class component to hooks?

${code(f`import React from 'react';

type Props = { userId: string };
type State = { orders: Order[]; loading: boolean };

export class OrderHistory extends React.Component<Props, State> {
  state: State = { orders: [], loading: true };

  async componentDidMount() {
    const orders = await api.getOrders(this.props.userId);
    this.setState({ orders, loading: false });
  }

  render() {
    if (this.state.loading) return <Spinner />;
    return (
      <ul>
        {this.state.orders.map((o) => (
          <li key={o.id}>{o.number} – {o.total.toFixed(2)} €</li>
        ))}
      </ul>
    );
  }
}`)}`),

  rec('code_java', f`${code(f`@Service
public class InvoiceService {

    private final InvoiceRepository repo;
    private final MailClient mail;

    public InvoiceService(InvoiceRepository repo, MailClient mail) {
        this.repo = repo;
        this.mail = mail;
    }

    @Transactional
    public void sendOverdueReminders() {
        List<Invoice> overdue = repo.findByDueDateBeforeAndPaidFalse(LocalDate.now());
        for (Invoice inv : overdue) {
            mail.sendReminder(inv.getCustomer().getEmail(), inv.getNumber());
            inv.setReminderCount(inv.getReminderCount() + 1);
        }
    }
}`)}

when the mail server is down the whole transaction rolls back and nobody gets reminded. how should I restructure this?`),

  rec('code_sql', f`Can you optimise this query? It runs every morning for the sales dashboard and takes 40s.

${code(f`SELECT c.region,
       DATE_TRUNC('month', o.created_at) AS month,
       COUNT(DISTINCT o.id) AS orders,
       SUM(oi.quantity * oi.unit_price) AS revenue
FROM orders o
JOIN order_items oi ON oi.order_id = o.id
JOIN customers c ON c.id = o.customer_id
WHERE o.created_at >= NOW() - INTERVAL '13 months'
  AND o.status NOT IN ('cancelled', 'test')
GROUP BY 1, 2
ORDER BY 1, 2;`)}`),

  rec('code_go', f`${code(f`func (h *Handler) GetShipment(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	s, err := h.store.Shipment(r.Context(), id)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(s)
}`)}

how do I return 404 when the shipment doesn't exist instead of 500? store returns sql.ErrNoRows`),

  rec('code_cs', f`LINQ question — this throws "could not be translated" in EF Core 8:

${code(f`var result = await _db.Orders
    .Where(o => o.CreatedAt >= from && o.CreatedAt < to)
    .GroupBy(o => o.Customer.Region)
    .Select(g => new RegionTotal
    {
        Region = g.Key,
        Total = g.Sum(o => o.Lines.Sum(l => l.Qty * l.Price)),
        TopProduct = g.SelectMany(o => o.Lines).GroupBy(l => l.ProductId).OrderByDescending(x => x.Count()).First().Key
    })
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

Laravel 11: the category_id isn't saved even though validation passes. fillable issue?`),

  rec('code_ruby', f`${code(f`class Subscription < ApplicationRecord
  belongs_to :account
  has_many :invoices, dependent: :destroy

  scope :active, -> { where(status: "active") }
  scope :renewing_soon, -> { active.where(renews_at: Time.current..7.days.from_now) }

  def cancel!
    update!(status: "cancelled", cancelled_at: Time.current)
    SubscriptionMailer.cancelled(self).deliver_later
  end
end`)}

Rails: how do I test that cancel! enqueues the mail without actually sending it?`),

  rec('code_bash', f`script to clean up old log files, it deletes nothing. what's wrong?

${code(f`#!/bin/bash
LOG_DIR="/var/log/myapp"
DAYS=14

for f in $(find $LOG_DIR -name "*.log" -mtime +$DAYS); do
  echo "removing $f"
  rm $f
done

echo "done: $(date)"`)}`),

  rec('code_powershell', f`${code(f`$cutoff = (Get-Date).AddDays(-90)
Get-ADUser -Filter {Enabled -eq $true} -Properties LastLogonDate, Department |
    Where-Object { $_.LastLogonDate -lt $cutoff } |
    Select-Object Name, SamAccountName, Department, LastLogonDate |
    Sort-Object LastLogonDate |
    Export-Csv -Path "C:\\Reports\\inactive_users.csv" -NoTypeInformation -Encoding UTF8`)}

Can you add a step that disables them and moves them to the "Disabled Users" OU, but only with a -WhatIf switch first?`),

  rec('code_python_de', f`Kannst du mir erklären, warum der Test manchmal fehlschlägt?

${code(f`def test_rabatt_berechnung():
    warenkorb = Warenkorb()
    warenkorb.hinzufuegen(Artikel("Kaffee", preis=12.99), menge=3)
    warenkorb.gutschein_anwenden("WINTER10")
    assert warenkorb.summe() == 35.07`)}

Manchmal kommt 35.070000000000001 raus.`),

  rec('code_ts', f`${code(f`import express from 'express';
import rateLimit from 'express-rate-limit';

const app = express();
app.use(express.json());

const limiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 100 });
app.use('/api/', limiter);

app.post('/api/feedback', async (req, res) => {
  const { rating, comment } = req.body;
  if (!rating || rating < 1 || rating > 5) return res.status(400).json({ error: 'rating must be 1-5' });
  await db.feedback.insert({ rating, comment, createdAt: new Date() });
  res.status(201).end();
});

app.listen(3000);`)}

behind our load balancer every user seems to share the same rate limit. why?`),

  rec('code_java_test', f`${code(f`@ExtendWith(MockitoExtension.class)
class PriceCalculatorTest {

    @Mock TaxService taxService;
    @InjectMocks PriceCalculator calculator;

    @Test
    void appliesReducedVatForBooks() {
        when(taxService.rateFor("DE", Category.BOOKS)).thenReturn(new BigDecimal("0.07"));
        BigDecimal gross = calculator.gross(new BigDecimal("20.00"), "DE", Category.BOOKS);
        assertEquals(new BigDecimal("21.40"), gross);
    }
}`)}

fails with expected 21.40 but was 21.4000 — how do I compare BigDecimals properly?`),

  rec('code_kotlin', f`${code(f`class ScanViewModel(private val repo: ParcelRepository) : ViewModel() {
    private val _state = MutableStateFlow<ScanState>(ScanState.Idle)
    val state: StateFlow<ScanState> = _state

    fun onBarcode(code: String) {
        viewModelScope.launch {
            _state.value = ScanState.Loading
            _state.value = try {
                ScanState.Found(repo.lookup(code))
            } catch (e: IOException) {
                ScanState.Error("Network error")
            }
        }
    }
}`)}

the warehouse app scans the same parcel twice when the camera stays on it. best way to debounce?`),

  rec('code_python_fr', f`Peux-tu ajouter une gestion des erreurs et des logs à cette fonction ?

${code(f`def importer_factures(chemin):
    factures = []
    with open(chemin, encoding="utf-8") as f:
        for ligne in csv.DictReader(f, delimiter=";"):
            factures.append({
                "numero": ligne["Numéro"],
                "montant": float(ligne["Montant"].replace(",", ".")),
                "date": datetime.strptime(ligne["Date"], "%d/%m/%Y"),
            })
    return factures`)}`),

  rec('code_sql_es', f`¿Por qué esta consulta me devuelve clientes duplicados?

${code(f`SELECT c.id, c.nombre, p.fecha, p.total
FROM clientes c
LEFT JOIN pedidos p ON p.cliente_id = c.id
WHERE p.fecha >= '2024-01-01'
ORDER BY c.nombre;`)}

Solo quiero el último pedido de cada cliente.`),

  rec('code_vba', f`${code(f`Sub ExportSheetsToPdf()
    Dim ws As Worksheet
    Dim folder As String
    folder = ThisWorkbook.Path & "\\Export\\"
    For Each ws In ThisWorkbook.Worksheets
        If ws.Visible = xlSheetVisible Then
            ws.ExportAsFixedFormat Type:=xlTypePDF, Filename:=folder & ws.Name & ".pdf"
        End If
    Next ws
    MsgBox "Fertig!"
End Sub`)}

error 1004 on the second sheet, the Export folder exists`),

  rec('chat', f`quick one: in python what's the difference between ${amb('source_code.snippet', 'dict.get("key", [])')} and ${amb('source_code.snippet', 'dict.setdefault("key", [])')}? which one should I use for grouping?`, 'method calls quoted in a question: ambiguous'),

  rec('code_diff', f`Review this PR diff please, anything risky?

${code(f`--- a/app/services/export.py
+++ b/app/services/export.py
@@ -41,9 +41,12 @@ def export_orders(start, end, fmt="csv"):
-    rows = session.query(Order).filter(Order.created_at.between(start, end)).all()
+    rows = (
+        session.query(Order)
+        .filter(Order.created_at >= start, Order.created_at < end)
+        .order_by(Order.created_at)
+        .yield_per(1000)
+    )
     if fmt == "csv":
-        return to_csv(rows)
+        return to_csv(rows, chunked=True)
     raise ValueError(f"unsupported format {fmt}")`)}`),
];
