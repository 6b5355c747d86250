/**
 * Held-out batch 10: source code, second representative sample (everyday code questions).
 * Measured once on the frozen engine (README, "Tenth batch").
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH10_SOURCE_CODE: DraftRecord[] = [
  rec('python', f`Why does this return None for some rows?

${code(f`def normalise_country(code):
    mapping = {"UK": "GB", "EL": "GR"}
    if code in mapping:
        return mapping[code]
    elif len(code) == 2:
        code.upper()

df["country"] = df["country"].apply(normalise_country)`)}`),

  rec('typescript', f`${code(f`export async function fetchInvoices(customerId: string): Promise<Invoice[]> {
  const res = await fetch(\`/api/customers/\${customerId}/invoices\`);
  if (!res.ok) {
    throw new Error(\`Failed: \${res.status}\`);
  }
  const data = await res.json();
  return data.items.map((i: RawInvoice) => ({ ...i, dueDate: new Date(i.dueDate) }));
}`)}

How can I type \`data\` properly instead of relying on the cast?`),

  rec('java', f`Can you add unit tests for this?

${code(f`public class DiscountCalculator {
    public BigDecimal apply(BigDecimal amount, CustomerTier tier) {
        switch (tier) {
            case GOLD: return amount.multiply(new BigDecimal("0.90"));
            case SILVER: return amount.multiply(new BigDecimal("0.95"));
            default: return amount;
        }
    }
}`)}`),

  rec('sql', f`Query is slow on 20M rows, how to speed up?

${code(f`SELECT c.region, SUM(o.total_amount) AS revenue
FROM orders o
JOIN customers c ON c.id = o.customer_id
WHERE o.created_at >= DATE '2026-01-01'
  AND o.status NOT IN ('cancelled', 'refunded')
GROUP BY c.region
ORDER BY revenue DESC;`)}`),

  rec('go', f`${code(f`func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.db.PingContext(ctx); err != nil {
		http.Error(w, "db unavailable", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}`)}

Should the health check really ping the DB?`),

  rec('csharp', f`Warum wirft das eine NullReferenceException?

${code(f`public decimal GetTotal(Order order)
{
    var lines = order.Lines.Where(l => l.Quantity > 0);
    return lines.Sum(l => l.UnitPrice * l.Quantity) + order.Shipping.Cost;
}`)}`),

  rec('bash', f`${code(f`#!/usr/bin/env bash
set -euo pipefail
for f in /var/log/app/*.log; do
  if [[ $(find "$f" -mtime +14) ]]; then
    gzip "$f"
    mv "$f.gz" /mnt/archive/
  fi
done`)}

Le script échoue quand il n'y a aucun fichier .log, pourquoi ?`),

  rec('react', f`${code(f`function SearchBox({ onSearch }) {
  const [q, setQ] = useState('');
  useEffect(() => {
    const t = setTimeout(() => onSearch(q), 300);
    return () => clearTimeout(t);
  }, [q]);
  return <input value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search…" />;
}`)}

ESLint warns about missing dependency onSearch. Is it safe to add?`),

  rec('dockerfile', f`Image is 1.4 GB, how do I shrink it?

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]`)}`, 'Dockerfile: ambiguous as in batch 9'),

  rec('git_question', f`I committed to main by mistake. Is \`git reset --soft HEAD~1\` then \`git switch -c fix/report-totals\` the right way to move it to a branch?`, 'one-line commands in a question: unlabelled'),

  rec('excel', f`Fórmula de Excel: =SI.ERROR(BUSCARV(A2;Clientes!A:D;4;FALSO);"sin dato") me devuelve siempre "sin dato". ¿Qué hago mal?`, 'a formula in a question: unlabelled'),
];
