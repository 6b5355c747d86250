/** Held-out batch 9: everyday pasted code in mainstream languages (Python, JS/TS, Java, Go, C#, SQL, shell). Representative mix; hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH9_SOURCE_CODE: DraftRecord[] = [
  rec('python', f`Why does this give "SettingWithCopyWarning" and how do I fix it properly?

${code(f`import pandas as pd

df = pd.read_excel("sales_q4.xlsx", sheet_name="EMEA")
big = df[df["amount"] > 10000]
big["region"] = big["country"].map({"DE": "DACH", "AT": "DACH", "FR": "West", "ES": "South"})
summary = big.groupby("region")["amount"].sum().sort_values(ascending=False)
print(summary)`)}`),

  rec('typescript', f`${code(f`export async function fetchOrders(customerId: string, page = 1): Promise<Order[]> {
  const res = await fetch(\`/api/customers/\${customerId}/orders?page=\${page}\`);
  if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
  const data: { items: Order[]; next?: number } = await res.json();
  if (data.next) {
    return [...data.items, ...(await fetchOrders(customerId, data.next))];
  }
  return data.items;
}`)}

Is recursion OK here or should I use a loop? Some customers have 300 pages.`),

  rec('java', f`${code(f`@Service
public class InvoiceService {
    private final InvoiceRepository repo;

    public InvoiceService(InvoiceRepository repo) {
        this.repo = repo;
    }

    @Transactional
    public BigDecimal totalOutstanding(Long customerId) {
        return repo.findByCustomerIdAndStatus(customerId, Status.OPEN)
                   .stream()
                   .map(Invoice::getAmount)
                   .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}`)}

Escríbeme un test de JUnit 5 con Mockito para totalOutstanding, por favor.`),

  rec('sql', f`Query is slow (40s) on Postgres, table has 30M rows. What index do I need?

${code(f`SELECT c.customer_id, c.name, SUM(o.total) AS revenue
FROM orders o
JOIN customers c ON c.customer_id = o.customer_id
WHERE o.created_at >= DATE '2026-01-01'
  AND o.status IN ('PAID', 'SHIPPED')
GROUP BY c.customer_id, c.name
ORDER BY revenue DESC
LIMIT 50;`)}`),

  rec('go', f`${code(f`func worker(ctx context.Context, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			results <- process(j)
		}
	}
}`)}

sometimes main hangs forever after all jobs are done. I close(jobs) at the end. What's wrong?`),

  rec('csharp', f`${code(f`public async Task<IActionResult> Upload(IFormFile file)
{
    if (file == null || file.Length == 0)
        return BadRequest("No file");

    var path = Path.Combine(_env.WebRootPath, "uploads", file.FileName);
    using (var stream = new FileStream(path, FileMode.Create))
    {
        await file.CopyToAsync(stream);
    }
    return Ok(new { path });
}`)}

Audyt bezpieczeństwa to zgłosił. Co jest nie tak z file.FileName?`),

  rec('react', f`${code(f`export default function SearchBox({ onSearch }) {
  const [q, setQ] = useState('');

  useEffect(() => {
    const t = setTimeout(() => onSearch(q), 300);
    return () => clearTimeout(t);
  }, [q]);

  return <input value={q} onChange={e => setQ(e.target.value)} placeholder="Search products" />;
}`)}

eslint says "React Hook useEffect has a missing dependency: 'onSearch'". If I add it, it fires on every render.`),

  rec('bash', f`${code(f`#!/bin/bash
set -euo pipefail

BACKUP_DIR=/mnt/backup/$(date +%F)
mkdir -p "$BACKUP_DIR"

for db in $(psql -At -c "select datname from pg_database where not datistemplate"); do
  pg_dump -Fc "$db" > "$BACKUP_DIR/$db.dump"
done

find /mnt/backup -maxdepth 1 -type d -mtime +14 -exec rm -rf {} +`)}

cron runs it but the folder stays empty. Works when I run it by hand.`),

  rec('python', f`${code(f`def parse_amount(s: str) -> float:
    s = s.strip().replace("€", "").replace(" ", "")
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".")
    elif "," in s:
        s = s.replace(",", ".")
    return float(s)

assert parse_amount("1.234,56 €") == 1234.56
assert parse_amount("1,234.56") == 1234.56`)}

Die zweite Assertion schlägt fehl. Wie behandle ich deutsche und englische Zahlenformate zuverlässig?`),

  rec('vba', f`${code(f`Sub MergeSheets()
    Dim ws As Worksheet, target As Worksheet
    Dim lastRow As Long
    Set target = ThisWorkbook.Sheets("All")
    For Each ws In ThisWorkbook.Worksheets
        If ws.Name <> "All" Then
            lastRow = target.Cells(target.Rows.Count, 1).End(xlUp).Row + 1
            ws.UsedRange.Offset(1).Copy target.Cells(lastRow, 1)
        End If
    Next ws
End Sub`)}

Excel macro copies the empty rows too. How do I skip them?`),

  rec('powershell', f`${code(f`$users = Import-Csv .\\leavers.csv
foreach ($u in $users) {
    $ad = Get-ADUser -Filter "EmployeeID -eq '$($u.EmployeeID)'" -Properties MemberOf
    if ($ad) {
        Disable-ADAccount -Identity $ad
        $ad.MemberOf | ForEach-Object { Remove-ADGroupMember -Identity $_ -Members $ad -Confirm:$false }
        Write-Output "Disabled $($ad.SamAccountName)"
    }
}`)}

Tu peux ajouter un mode -WhatIf et écrire un journal dans un fichier ?`),

  rec('python_test', f`${code(f`import pytest
from app.auth import login

@pytest.fixture
def admin_user(db):
    return db.create_user(username="qa_admin", password="${v('credential.password_assignment', 'Harbour-Mist-7714')}", role="admin")

def test_admin_can_login(client, admin_user):
    resp = login(client, "qa_admin", "Harbour-Mist-7714")
    assert resp.status_code == 200`)}

This test passes locally but fails in CI with 401. Different DB?`, 'a hard-coded password in a test fixture: labelled where it is assigned (batch 1/2 convention); the repeated literal in the call is not re-labelled'),

  rec('kotlin', f`${code(f`class CartViewModel(private val repo: CartRepository) : ViewModel() {
    private val _items = MutableStateFlow<List<CartItem>>(emptyList())
    val items: StateFlow<List<CartItem>> = _items

    fun load() = viewModelScope.launch {
        _items.value = repo.getItems()
    }

    val total: Double
        get() = _items.value.sumOf { it.price * it.qty }
}`)}

total doesn't update in Compose when items change. Why?`),

  rec('dockerfile', f`${cfg(f`FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
CMD ["gunicorn", "-w", "4", "-b", "0.0.0.0:8000", "app:app"]`)}

Image is 1.2 GB. How do I make it smaller?`, 'Dockerfile: ambiguous source code'),

  rec('inline', f`What's the difference between \`git reset --soft HEAD~1\` and \`git revert HEAD\` if I already pushed?`, 'commands in a question: unlabelled'),

  rec('excel_formula', f`In Excel, =VLOOKUP(A2, Prices!A:C, 3, FALSE) returns #N/A for some SKUs even though they exist. Some have trailing spaces maybe? Give me a formula that handles that.`, 'a spreadsheet formula in a question: unlabelled'),
];
