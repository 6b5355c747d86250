/**
 * Held-out batch 11: source code, third representative sample (everyday code questions in
 * mainstream languages; no secrets). Hand-written; not measured yet (README).
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH11_SOURCE_CODE: DraftRecord[] = [
  rec('python', f`${code(f`import pandas as pd

sales = pd.read_csv("store_sales_2026.csv", parse_dates=["date"])
sales["month"] = sales["date"].dt.to_period("M")
monthly = (
    sales.groupby(["store", "month"])["net_amount"]
    .sum()
    .unstack(fill_value=0)
)
monthly.to_excel("monthly_by_store.xlsx")`)}

The Excel file has the months as columns but they show up as "2026-01" text. How do I get real dates?`),

  rec('typescript', f`Is this custom hook leaking? React warns "Can't perform a React state update on an unmounted component".

${code(f`export function useOrders(customerId: string) {
  const [orders, setOrders] = useState<Order[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    setLoading(true);
    api.get<Order[]>(\`/customers/\${customerId}/orders\`).then((res) => {
      setOrders(res.data);
      setLoading(false);
    });
  }, [customerId]);

  return { orders, loading };
}`)}`),

  rec('java', f`${code(f`@RestController
@RequestMapping("/api/shipments")
public class ShipmentController {

    private final ShipmentService service;

    public ShipmentController(ShipmentService service) {
        this.service = service;
    }

    @GetMapping("/{id}")
    public ResponseEntity<ShipmentDto> get(@PathVariable Long id) {
        return service.findById(id)
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }
}`)}

How do I return a proper problem+json body instead of an empty 404?`),

  rec('sql', f`I need each customer's most recent order only. This works but is slow on 12M rows — better way?

${code(f`SELECT *
FROM (
    SELECT o.*,
           ROW_NUMBER() OVER (PARTITION BY o.customer_id ORDER BY o.order_date DESC) AS rn
    FROM sales.orders o
    WHERE o.order_date >= '2025-01-01'
) t
WHERE t.rn = 1;`)}`),

  rec('go', f`${code(f`func LoadConfig(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	var cfg Config
	if err := yaml.Unmarshal(b, &cfg); err != nil {
		return nil, fmt.Errorf("parse config: %w", err)
	}
	if cfg.Port == 0 {
		cfg.Port = 8080
	}
	return &cfg, nil
}`)}

Should the default port be set here or in a separate Validate() method?`),

  rec('csharp', f`Waarom geeft deze LINQ-query dubbele klanten terug?

${code(f`public async Task<List<TopCustomerDto>> GetTopCustomersAsync()
{
    var result = await _db.Customers
        .Include(c => c.Orders)
        .Where(c => c.Orders.Any(o => o.Total > 500))
        .SelectMany(c => c.Orders, (c, o) => new TopCustomerDto(c.Id, c.Name, o.Total))
        .OrderByDescending(x => x.Total)
        .ToListAsync();
    return result;
}`)}`),

  rec('bash', f`${code(f`#!/bin/bash
APP_DIR=/opt/quayside/storefront
RELEASE=$(date +%Y%m%d%H%M)

cd "$APP_DIR" || exit 1
git fetch --all
git checkout "$1"
npm ci --omit=dev
npm run build
ln -sfn "$APP_DIR" /opt/quayside/current
sudo systemctl restart storefront`)}

Deploys sometimes leave the site down for a minute. How can I make this zero-downtime?`),

  rec('powershell', f`Das Skript soll alle Benutzer deaktivieren, die seit 90 Tagen nicht angemeldet waren, aber es findet niemanden. Was ist falsch?

${code(f`$cutoff = (Get-Date).AddDays(-90)
$users = Get-ADUser -Filter {Enabled -eq $true} -Properties LastLogonDate |
    Where-Object { $_.LastLogonDate -lt $cutoff }

foreach ($u in $users) {
    Disable-ADAccount -Identity $u.SamAccountName -WhatIf
    Write-Output "Deaktiviert: $($u.SamAccountName)"
}`)}`),

  rec('python_fastapi', f`Comment ajouter une pagination propre à cet endpoint ?

${code(f`from fastapi import FastAPI, Depends
from sqlalchemy.orm import Session

app = FastAPI()

@app.get("/factures")
def lister_factures(statut: str = "ouverte", db: Session = Depends(get_db)):
    factures = db.query(Facture).filter(Facture.statut == statut).all()
    return [f.to_dict() for f in factures]`)}`),

  rec('php', f`${code(f`public function store(Request $request)
{
    $validated = $request->validate([
        'name' => 'required|string|max:120',
        'email' => 'required|email|unique:subscribers,email',
    ]);

    $subscriber = Subscriber::create($validated);
    Mail::to($subscriber->email)->queue(new WelcomeMail($subscriber));

    return redirect()->route('newsletter.thanks');
}`)}

The welcome mail is sent twice when users double-click the button. How do I prevent that in Laravel?`),

  rec('node_express', f`¿Cómo hago que este middleware no bloquee las rutas públicas como /health?

${code(f`function requireAuth(req, res, next) {
  const header = req.headers.authorization || '';
  const token = header.replace('Bearer ', '');
  if (!token) {
    return res.status(401).json({ error: 'missing token' });
  }
  try {
    req.user = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });
    next();
  } catch (e) {
    res.status(401).json({ error: 'invalid token' });
  }
}

app.use(requireAuth);`)}`),

  rec('pytest', f`${code(f`import pytest
from pricing import apply_discount

@pytest.mark.parametrize("amount,tier,expected", [
    (100, "gold", 90),
    (100, "silver", 95),
    (100, "none", 100),
])
def test_apply_discount(amount, tier, expected):
    assert apply_discount(amount, tier) == expected

def test_negative_amount_raises():
    with pytest.raises(ValueError):
        apply_discount(-5, "gold")`)}

How do I add a test for floating point amounts like 19.99 without rounding problems?`),

  rec('tsql', f`Essa procedure está dando deadlock quando duas filiais fecham o caixa ao mesmo tempo. Alguma ideia?

${code(f`CREATE PROCEDURE dbo.FecharCaixa @FilialId INT, @Data DATE
AS
BEGIN
    SET NOCOUNT ON;
    BEGIN TRAN;
    UPDATE dbo.Estoque
       SET Quantidade = Quantidade - v.Qtd
      FROM dbo.Estoque e
      JOIN dbo.VendasDia v ON v.ProdutoId = e.ProdutoId
     WHERE v.FilialId = @FilialId AND v.Data = @Data;
    INSERT INTO dbo.FechamentoCaixa (FilialId, Data, Total)
    SELECT @FilialId, @Data, SUM(Valor) FROM dbo.VendasDia WHERE FilialId = @FilialId AND Data = @Data;
    COMMIT;
END`)}`),

  rec('k8s_yaml', f`${cfg(f`apiVersion: apps/v1
kind: Deployment
metadata:
  name: rate-engine
spec:
  replicas: 3
  selector:
    matchLabels:
      app: rate-engine
  template:
    metadata:
      labels:
        app: rate-engine
    spec:
      containers:
        - name: rate-engine
          image: registry.arkwright-freight.com/rate-engine:2.8.1
          resources:
            limits:
              memory: "512Mi"
              cpu: "500m"`)}

Pods get OOMKilled during the morning peak. Should I raise the limit or add an HPA?`, 'a Kubernetes manifest: configuration, ambiguous source code'),

  rec('terraform', f`${cfg(f`resource "azurerm_storage_account" "reports" {
  name                     = "fernleareports"
  resource_group_name      = azurerm_resource_group.data.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = "TLS1_2"
}`)}

Our policy requires private endpoints. What do I add to this resource?`, 'HCL configuration: ambiguous source code'),

  rec('vba', f`Questa macro è lentissima su 50.000 righe, come posso velocizzarla?

${code(f`Sub EvidenziaScaduti()
    Dim i As Long
    For i = 2 To Cells(Rows.Count, "A").End(xlUp).Row
        If Cells(i, "E").Value < Date Then
            Rows(i).Interior.Color = RGB(255, 199, 206)
        End If
    Next i
End Sub`)}`),

  rec('git_question', f`I ran \`git pull\` on the release branch and now there's a merge commit I don't want. Is \`git reset --hard ORIG_HEAD\` safe if I haven't pushed?`, 'one-line commands in a question: unlabelled'),

  rec('vue', f`${code(f`<template>
  <ul>
    <li v-for="item in filtered" :key="item.id">{{ item.name }} – {{ item.stock }}</li>
  </ul>
</template>

<script setup>
import { computed } from 'vue';
const props = defineProps({ items: Array, query: String });
const filtered = computed(() =>
  props.items.filter((i) => i.name.toLowerCase().includes(props.query.toLowerCase()))
);
</script>`)}

Dlaczego lista się nie odświeża, kiedy zmieniam query w komponencie nadrzędnym?`),

  rec('python_env', f`${code(f`import os
import smtplib
from email.message import EmailMessage

def send_report(path: str, to: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Weekly stock report"
    msg["From"] = os.environ["REPORT_SENDER"]
    msg["To"] = to
    with open(path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="application", subtype="pdf", filename="stock.pdf")
    with smtplib.SMTP(os.environ["SMTP_HOST"], 587) as s:
        s.starttls()
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg)`)}

Works locally, but from the server Office 365 says "5.7.3 Authentication unsuccessful". Any idea?`, 'a program reading its credentials from the environment: labelled code, no secret'),
];
