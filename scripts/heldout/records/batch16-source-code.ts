/** Held-out batch 16: everyday code pasted for review, debugging and explanation. Hand-written. */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH16_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`this is slow on 2M rows, any idea how to speed it up?

\`\`\`python
${code(f`import pandas as pd

df = pd.read_csv("shipments.csv", parse_dates=["shipped_at"])
result = []
for _, row in df.iterrows():
    if row["status"] == "delivered":
        days = (row["delivered_at"] - row["shipped_at"]).days
        result.append({"carrier": row["carrier"], "days": days})
out = pd.DataFrame(result).groupby("carrier")["days"].mean()
print(out)`)}
\`\`\``),

  rec('code_ts', f`${code(f`export async function fetchOrders(customerId: string): Promise<Order[]> {
  const res = await fetch(\`/api/customers/\${customerId}/orders\`);
  if (!res.ok) {
    throw new Error(\`Failed to load orders: \${res.status}\`);
  }
  const data = await res.json();
  return data.items.map((o: any) => ({
    id: o.id,
    total: o.total_cents / 100,
    placedAt: new Date(o.placed_at),
  }));
}`)}

eslint complains about the any. how should I type this properly?`),

  rec('code_java', f`Can you explain why this throws ConcurrentModificationException?

${code(f`List<Shipment> pending = repository.findByStatus(Status.PENDING);
for (Shipment s : pending) {
    if (s.getWeightKg() > MAX_WEIGHT) {
        pending.remove(s);
        log.warn("Shipment {} over weight limit", s.getId());
    }
}
dispatcher.dispatchAll(pending);`)}`),

  rec('code_sql', f`${code(f`SELECT c.customer_id,
       c.name,
       COUNT(o.order_id) AS orders_2024,
       SUM(o.total) AS revenue_2024
FROM customers c
LEFT JOIN orders o
  ON o.customer_id = c.customer_id
WHERE o.order_date >= '2024-01-01'
GROUP BY c.customer_id, c.name
ORDER BY revenue_2024 DESC
LIMIT 50;`)}

customers with no orders are missing even though I used LEFT JOIN?`),

  rec('code_go', f`review pls, first time writing go

${code(f`func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()

	if err := s.db.PingContext(ctx); err != nil {
		http.Error(w, "db unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"status": "ok"})
}`)}`),

  rec('code_csharp', f`${code(f`public async Task<IActionResult> Export(int year)
{
    var rows = await _db.Invoices
        .Where(i => i.IssuedAt.Year == year)
        .Select(i => new { i.Number, i.Customer.Name, i.Total })
        .ToListAsync();

    var sb = new StringBuilder("Number;Customer;Total\\n");
    foreach (var r in rows)
        sb.AppendLine($"{r.Number};{r.Customer};{r.Total}");

    return File(Encoding.UTF8.GetBytes(sb.ToString()), "text/csv", $"invoices-{year}.csv");
}`)}

Excel shows the umlauts wrong when opening the csv. How do I add a BOM?`),

  rec('code_php', f`Laravel: the validation passes but the date is stored as 0000-00-00

${code(f`public function store(Request $request)
{
    $data = $request->validate([
        'title' => 'required|string|max:120',
        'due_date' => 'required|date_format:d/m/Y',
    ]);

    Task::create($data);
    return redirect()->route('tasks.index');
}`)}`),

  rec('code_js', f`${code(f`document.querySelectorAll('.faq-question').forEach(btn => {
  btn.addEventListener('click', () => {
    const answer = btn.nextElementSibling;
    const open = answer.style.display === 'block';
    document.querySelectorAll('.faq-answer').forEach(a => a.style.display = 'none');
    answer.style.display = open ? 'none' : 'block';
  });
});`)}

can you rewrite this so it's accessible (aria-expanded etc)?`),

  rec('code_ruby', f`${code(f`class InvoiceMailerJob < ApplicationJob
  queue_as :mailers
  retry_on Net::ReadTimeout, wait: :polynomially_longer, attempts: 5

  def perform(invoice_id)
    invoice = Invoice.find(invoice_id)
    return if invoice.sent_at.present?

    InvoiceMailer.with(invoice: invoice).send_invoice.deliver_now
    invoice.update!(sent_at: Time.current)
  end
end`)}

sometimes customers get the invoice twice. race condition?`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
set -euo pipefail

SRC=/var/www/uploads
DEST=/mnt/backup/uploads/$(date +%Y-%m-%d)

mkdir -p "$DEST"
rsync -a --delete "$SRC/" "$DEST/"
find /mnt/backup/uploads -maxdepth 1 -type d -mtime +14 -exec rm -rf {} +
echo "backup done: $(du -sh "$DEST" | cut -f1)"`)}

is the find line dangerous? I'm scared it deletes the parent folder`),

  rec('code_python', f`Warum bekomme ich hier "RuntimeError: Event loop is closed"?

${code(f`import asyncio
import aiohttp

async def fetch(session, url):
    async with session.get(url) as r:
        return await r.text()

async def main(urls):
    async with aiohttp.ClientSession() as s:
        return await asyncio.gather(*(fetch(s, u) for u in urls))

pages = asyncio.run(main(["https://example.org", "https://example.com"]))
print(len(pages))`)}`),

  rec('code_sql', f`${code(f`CREATE TABLE stock_movements (
    id           BIGSERIAL PRIMARY KEY,
    sku          VARCHAR(32) NOT NULL,
    warehouse_id INT NOT NULL REFERENCES warehouses(id),
    qty          INT NOT NULL,
    reason       VARCHAR(20) NOT NULL CHECK (reason IN ('inbound','pick','adjust','return')),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ON stock_movements (sku, created_at);`)}

will this index help for "current stock per sku per warehouse" queries or do I need a different one?`),

  rec('code_tsx', f`${code(f`export function CartBadge() {
  const [count, setCount] = useState(0);

  useEffect(() => {
    const unsub = cartStore.subscribe((cart) => setCount(cart.items.length));
  }, []);

  return <span className="badge">{count}</span>;
}`)}

React warns about a memory leak when navigating away, what's wrong?`),

  rec('code_kotlin', f`${code(f`fun parseWeight(input: String): Double? {
    val cleaned = input.trim().lowercase().removeSuffix("kg").trim()
    return cleaned.replace(',', '.').toDoubleOrNull()
}

fun main() {
    listOf("12,5 kg", "7.25kg", "abc", " 3 ").forEach {
        println("$it -> \${parseWeight(it)}")
    }
}`)}

add unit tests for this with kotest please`),

  rec('code_python', f`Escribe tests con pytest para esta función:

${code(f`def calcular_iva(importe: float, tipo: str = "general") -> float:
    tipos = {"general": 0.21, "reducido": 0.10, "superreducido": 0.04}
    if tipo not in tipos:
        raise ValueError(f"tipo de IVA desconocido: {tipo}")
    return round(importe * tipos[tipo], 2)`)}`),

  rec('vba', f`Excel macro stops at the second sheet, why?

${code(f`Sub ExportSheets()
    Dim ws As Worksheet
    For Each ws In ThisWorkbook.Worksheets
        ws.Copy
        ActiveWorkbook.SaveAs Filename:=ThisWorkbook.Path & "\\" & ws.Name & ".xlsx"
        ActiveWorkbook.Close SaveChanges:=False
    Next ws
End Sub`)}`),

  rec('code_java', f`${code(f`@RestController
@RequestMapping("/api/v1/products")
public class ProductController {
    private final ProductService service;

    public ProductController(ProductService service) { this.service = service; }

    @GetMapping("/{id}")
    public ResponseEntity<ProductDto> get(@PathVariable Long id) {
        return service.findById(id)
            .map(ResponseEntity::ok)
            .orElse(ResponseEntity.notFound().build());
    }
}`)}

how do I add pagination to a list endpoint in the same style?`),

  rec('code_powershell', f`${code(f`Get-ADUser -Filter {Enabled -eq $true} -Properties LastLogonDate, Department |
    Where-Object { $_.LastLogonDate -lt (Get-Date).AddDays(-90) } |
    Select-Object Name, SamAccountName, Department, LastLogonDate |
    Sort-Object LastLogonDate |
    Export-Csv -Path C:\\Reports\\stale-users.csv -NoTypeInformation -Encoding UTF8`)}

can I also include users that never logged on (LastLogonDate empty)?`),

  rec('code_python', f`Est-ce que ce code Django est correct ? La page met 6 secondes à charger.

${code(f`def liste_commandes(request):
    commandes = Commande.objects.filter(client__actif=True)
    lignes = []
    for c in commandes:
        lignes.append({
            "numero": c.numero,
            "client": c.client.nom,
            "nb_articles": c.lignes.count(),
        })
    return render(request, "commandes/liste.html", {"lignes": lignes})`)}`),

  rec('code_js', f`${code(f`const express = require('express');
const multer = require('multer');
const upload = multer({ dest: 'uploads/', limits: { fileSize: 5 * 1024 * 1024 } });

app.post('/avatar', upload.single('file'), (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'no file' });
  res.json({ path: req.file.path });
});`)}

how do I restrict uploads to png/jpg only?`),
];
