/** Held-out batch 2: pasted source code in languages and shapes batch 1 did not use. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH2_SOURCE_CODE: DraftRecord[] = [
  rec('code_scala', f`Why does this Spark job shuffle twice?

\`\`\`scala
${code(f`val orders = spark.read.parquet("s3://lrk-lake/orders/")
  .filter($"status" === "shipped")
  .repartition($"customer_id")

val totals = orders
  .groupBy($"customer_id")
  .agg(sum($"amount").as("total"), countDistinct($"order_id").as("n"))
  .join(customers, Seq("customer_id"), "left")

totals.write.mode("overwrite").parquet("s3://lrk-lake/marts/customer_totals/")`)}
\`\`\``),

  rec('code_elixir', f`${code(f`defmodule Inventory.Reservation do
  use GenServer

  def start_link(sku), do: GenServer.start_link(__MODULE__, sku, name: via(sku))

  def reserve(sku, qty) when qty > 0 do
    GenServer.call(via(sku), {:reserve, qty})
  end

  @impl true
  def handle_call({:reserve, qty}, _from, %{available: a} = state) when a >= qty do
    {:reply, :ok, %{state | available: a - qty}}
  end

  def handle_call({:reserve, _qty}, _from, state), do: {:reply, {:error, :insufficient}, state}

  defp via(sku), do: {:via, Registry, {Inventory.Registry, sku}}
end`)}

is a GenServer per SKU a bad idea with 200k SKUs?`),

  rec('code_haskell', f`Can you explain this line by line? I'm new to Haskell.

${code(f`import qualified Data.Map.Strict as M

wordFreq :: String -> M.Map String Int
wordFreq = foldr bump M.empty . words
  where
    bump w = M.insertWith (+) w 1

main :: IO ()
main = do
  txt <- readFile "input.txt"
  mapM_ print . take 10 . M.toList $ wordFreq txt`)}`),

  rec('code_dart', f`Flutter: the list doesn't refresh after I add an item

${code(f`class _CartPageState extends State<CartPage> {
  final List<CartItem> items = [];

  void _add(CartItem item) {
    items.add(item);
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: items.length,
      itemBuilder: (ctx, i) => ListTile(title: Text(items[i].name)),
    );
  }
}`)}`),

  rec('code_lua', f`${code(f`-- nginx/openresty: rate limit per API key
local limit_req = require "resty.limit.req"
local lim, err = limit_req.new("rate_limit_store", 10, 5)
if not lim then
    ngx.log(ngx.ERR, "failed to instantiate: ", err)
    return ngx.exit(500)
end

local key = ngx.var.http_x_api_key or ngx.var.binary_remote_addr
local delay, err = lim:incoming(key, true)
if not delay then
    if err == "rejected" then return ngx.exit(429) end
    return ngx.exit(500)
end`)}

does this count the burst correctly?`),

  rec('code_perl', f`Old script from 2009, what does it do? We want to rewrite it in Python.

${code(f`#!/usr/bin/perl
use strict;
use warnings;

my %seen;
while (my $line = <STDIN>) {
    chomp $line;
    my ($date, $host, $status) = (split /\\s+/, $line)[0, 2, 8];
    next unless defined $status && $status =~ /^5\\d\\d$/;
    $seen{"$date $host"}++;
}
printf "%-30s %d\\n", $_, $seen{$_} for sort { $seen{$b} <=> $seen{$a} } keys %seen;`)}`),

  rec('code_tsql', f`${code(f`CREATE OR ALTER PROCEDURE dbo.usp_CloseMonth
    @Year INT,
    @Month INT
AS
BEGIN
    SET NOCOUNT ON;
    BEGIN TRAN;
    UPDATE fin.Ledger SET Locked = 1
    WHERE YEAR(PostingDate) = @Year AND MONTH(PostingDate) = @Month;

    INSERT INTO fin.PeriodClose (Year, Month, ClosedAt, ClosedBy)
    VALUES (@Year, @Month, SYSUTCDATETIME(), SUSER_SNAME());
    COMMIT;
END`)}

The UPDATE takes 4 minutes and blocks everyone. Index suggestion?`),

  rec('code_c', f`Embedded C, the UART ISR sometimes loses bytes at 115200:

${code(f`#define RX_BUF_SIZE 64
static volatile uint8_t rx_buf[RX_BUF_SIZE];
static volatile uint8_t rx_head, rx_tail;

void USART2_IRQHandler(void) {
    if (USART2->SR & USART_SR_RXNE) {
        uint8_t next = (rx_head + 1) % RX_BUF_SIZE;
        if (next != rx_tail) {
            rx_buf[rx_head] = USART2->DR;
            rx_head = next;
        }
    }
}`)}`),

  rec('code_solidity', f`Audit quickly please, is there a reentrancy issue?

${code(f`function withdraw(uint256 amount) external {
    require(balances[msg.sender] >= amount, "insufficient");
    (bool ok, ) = msg.sender.call{value: amount}("");
    require(ok, "transfer failed");
    balances[msg.sender] -= amount;
    emit Withdrawn(msg.sender, amount);
}`)}`),

  rec('code_groovy', f`${code(f`pipeline {
    agent { label 'linux' }
    options { timeout(time: 30, unit: 'MINUTES') }
    stages {
        stage('Test') {
            steps {
                sh './gradlew test --no-daemon'
                junit 'build/test-results/**/*.xml'
            }
        }
        stage('Publish') {
            when { branch 'main' }
            steps { sh './gradlew publish' }
        }
    }
}`)}

How do I run Test in parallel for the three modules?`),

  rec('code_vba', f`Excel macro gets slower every month, why?

${code(f`Sub ColourOverdue()
    Dim r As Long
    For r = 2 To Sheets("Invoices").Cells(Rows.Count, 1).End(xlUp).Row
        If Sheets("Invoices").Cells(r, 6).Value < Date And Sheets("Invoices").Cells(r, 7).Value = "" Then
            Sheets("Invoices").Rows(r).Interior.Color = RGB(255, 199, 206)
        End If
    Next r
End Sub`)}`),

  rec('code_python', f`${code(f`@app.post("/webhooks/carrier")
async def carrier_webhook(req: Request, db: AsyncSession = Depends(get_db)):
    body = await req.json()
    for event in body.get("events", []):
        shipment = await db.get(Shipment, event["shipment_id"])
        if shipment is None:
            continue
        shipment.status = event["status"]
        shipment.updated_at = datetime.fromisoformat(event["ts"])
    await db.commit()
    return {"ok": True}`)}
we sometimes get 500 "MissingGreenlet" — what's going on?`),

  rec('chat', f`one-liner question: why does ${amb('source_code.snippet', '[x for x in range(10) if x % 2 else None]')} give a SyntaxError but the version with else before for works?`, 'a one-line expression in prose: ambiguous, as in batch 1'),

  rec('code_tsx', f`React: useEffect fires twice in dev, is that why we send two analytics events?

${code(f`export function Checkout({ cartId }: { cartId: string }) {
  const [total, setTotal] = useState<number | null>(null);

  useEffect(() => {
    track('checkout_viewed', { cartId });
    fetch(\`/api/carts/\${cartId}/total\`)
      .then((r) => r.json())
      .then((d) => setTotal(d.total));
  }, [cartId]);

  return <Summary total={total} />;
}`)}`),

  rec('terraform', f`Plan wants to destroy and recreate the bucket every time, why?

${amb('source_code.snippet', f`resource "google_storage_bucket" "exports" {
  name          = "lrk-exports-\${var.env}"
  location      = "EU"
  force_destroy = false

  lifecycle_rule {
    condition { age = 30 }
    action { type = "Delete" }
  }

  uniform_bucket_level_access = true
}`)}`),
];
