/**
 * Source-code snippets in many languages. `§S§` marks where a hard-coded secret may be inserted
 * (as a quoted string literal); without a secret the snippet's `benign` expression is used.
 */
import type { Rng } from './prng';
import type { Kind } from './doc';
import { WORDS } from './values';

export interface Snippet {
  lang: string;
  /** Expression used at §S§ when no secret is inserted. */
  benign?: string;
  /** Which secret kinds fit at §S§. */
  secrets?: Kind[];
  quote?: string;
  body: (rng: Rng) => string;
}

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
const ident = (rng: Rng): string => rng.pick(WORDS);

export const SNIPPETS: Snippet[] = [
  {
    lang: 'python',
    benign: 'os.environ["OPENAI_API_KEY"]',
    secrets: ['openai_api_key'],
    body: (rng) => {
      const w = ident(rng);
      return `import os
from openai import OpenAI

client = OpenAI(api_key=§S§)

def summarize_${w}(rows: list[dict], model: str = "gpt-4o-mini") -> str:
    """Ask the model for a short summary of the ${w} rows."""
    lines = "\\n".join(f"{r['id']}: {r['status']}" for r in rows[:${rng.int(20, 200)}])
    resp = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": f"Summarize:\\n{lines}"}],
        temperature=${rng.pick(['0', '0.2', '0.7'])},
    )
    return resp.choices[0].message.content.strip()
`;
    },
  },
  {
    lang: 'python',
    body: (rng) => {
      const w = ident(rng);
      return `import pandas as pd

def load_${w}(path):
    df = pd.read_csv(path, parse_dates=["created_at"])
    df = df[df["amount"] > ${rng.int(0, 100)}]
    df["month"] = df["created_at"].dt.to_period("M")
    summary = (
        df.groupby(["month", "region"])["amount"]
        .agg(["count", "sum", "mean"])
        .reset_index()
    )
    return summary.sort_values("sum", ascending=False)

if __name__ == "__main__":
    print(load_${w}("data/${w}.csv").head(${rng.int(5, 20)}))
`;
    },
  },
  {
    lang: 'python',
    benign: 'settings.AWS_SECRET',
    secrets: ['aws_secret_access_key'],
    body: (rng) => `import boto3

session = boto3.Session(
    aws_access_key_id=settings.AWS_KEY_ID,
    aws_secret_access_key=§S§,
    region_name="${rng.pick(['us-east-1', 'eu-west-1', 'ap-south-1'])}",
)
s3 = session.client("s3")

def upload_report(local_path: str, key: str) -> None:
    with open(local_path, "rb") as fh:
        s3.put_object(Bucket="${ident(rng)}-reports", Key=key, Body=fh)
    print(f"uploaded {key}")
`,
  },
  {
    lang: 'javascript',
    benign: 'process.env.STRIPE_SECRET_KEY',
    secrets: ['stripe_secret_key'],
    body: (rng) => `const express = require('express');
const Stripe = require('stripe');
const stripe = Stripe(§S§);
const app = express();

app.post('/api/${ident(rng)}/checkout', async (req, res) => {
  try {
    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: req.body.items.map((i) => ({ price: i.priceId, quantity: i.qty })),
      success_url: \`\${process.env.APP_URL}/done\`,
    });
    res.json({ id: session.id });
  } catch (err) {
    console.error(err);
    res.status(${rng.pick([400, 500])}).json({ error: err.message });
  }
});

app.listen(${rng.pick([3000, 8080, 4000])});
`,
  },
  {
    lang: 'javascript',
    body: (rng) => {
      const w = ident(rng);
      return `export function debounce(fn, wait = ${rng.int(50, 500)}) {
  let timer;
  return function debounced(...args) {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

export async function fetch${cap(w)}(page = 1) {
  const res = await fetch(\`/api/${w}?page=\${page}&limit=${rng.pick([25, 50, 100])}\`);
  if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
  const { items, total } = await res.json();
  return { items, hasMore: page * ${rng.pick([25, 50, 100])} < total };
}
`;
    },
  },
  {
    lang: 'typescript',
    benign: 'import.meta.env.VITE_ANTHROPIC_KEY',
    secrets: ['anthropic_api_key'],
    body: (rng) => `import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: §S§ });

export interface ${cap(ident(rng))}Review {
  id: string;
  verdict: 'approve' | 'reject';
  reasons: string[];
}

export async function review(diff: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: ${rng.pick([512, 1024, 2048])},
    messages: [{ role: 'user', content: \`Review this diff:\\n\${diff}\` }],
  });
  return msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
}
`,
  },
  {
    lang: 'typescript',
    body: (rng) => {
      const w = ident(rng);
      const W = cap(w);
      return `type ${W}State = { items: ${W}[]; loading: boolean; error?: string };

interface ${W} {
  id: number;
  name: string;
  updatedAt: Date;
}

export function reducer(state: ${W}State, action: { type: string; payload?: unknown }): ${W}State {
  switch (action.type) {
    case 'load':
      return { ...state, loading: true };
    case 'loaded':
      return { items: action.payload as ${W}[], loading: false };
    case 'failed':
      return { ...state, loading: false, error: String(action.payload) };
    default:
      return state;
  }
}

export const byName = (a: ${W}, b: ${W}) => a.name.localeCompare(b.name);
`;
    },
  },
  {
    lang: 'typescript',
    body: (rng) => `import { useEffect, useState } from 'react';

export function use${cap(ident(rng))}(id: string) {
  const [data, setData] = useState<Record<string, unknown> | null>(null);
  const [error, setError] = useState<Error | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    fetch(\`/api/items/\${id}\`, { signal: ctrl.signal })
      .then((r) => r.json())
      .then(setData)
      .catch((e) => { if (e.name !== 'AbortError') setError(e); });
    return () => ctrl.abort();
  }, [id]);

  return { data, error, loading: !data && !error };
}
`,
  },
  {
    lang: 'java',
    benign: 'System.getenv("DB_PASSWORD")',
    secrets: ['password_assignment'],
    body: (rng) => {
      const W = cap(ident(rng));
      return `package com.${ident(rng)}.repo;

import java.sql.*;
import java.util.ArrayList;
import java.util.List;

public class ${W}Repository {
    private static final String URL = "jdbc:postgresql://db.internal:5432/${ident(rng)}";
    private static final String USER = "app";
    private static final String PASSWORD = §S§;

    public List<${W}> findRecent(int limit) throws SQLException {
        List<${W}> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
             PreparedStatement ps = c.prepareStatement("SELECT id, name FROM ${ident(rng)} ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            ResultSet rs = ps.executeQuery();
            while (rs.next()) out.add(new ${W}(rs.getLong(1), rs.getString(2)));
        }
        return out;
    }
}
`;
    },
  },
  {
    lang: 'java',
    body: (rng) => {
      const W = cap(ident(rng));
      return `@RestController
@RequestMapping("/api/${ident(rng)}")
public class ${W}Controller {
    private final ${W}Service service;

    public ${W}Controller(${W}Service service) {
        this.service = service;
    }

    @GetMapping("/{id}")
    public ResponseEntity<${W}Dto> get(@PathVariable Long id) {
        return service.find(id)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping
    public ResponseEntity<${W}Dto> create(@Valid @RequestBody ${W}Dto body) {
        ${W}Dto saved = service.save(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(saved);
    }
}
`;
    },
  },
  {
    lang: 'go',
    benign: 'os.Getenv("GITHUB_TOKEN")',
    secrets: ['github_pat'],
    body: (rng) => `package main

import (
	"context"
	"fmt"
	"log"

	"github.com/google/go-github/v62/github"
)

func main() {
	token := §S§
	client := github.NewClient(nil).WithAuthToken(token)
	repos, _, err := client.Repositories.ListByOrg(context.Background(), "${ident(rng)}-org", nil)
	if err != nil {
		log.Fatalf("list repos: %v", err)
	}
	for _, r := range repos {
		fmt.Printf("%-40s %d stars\\n", r.GetFullName(), r.GetStargazersCount())
	}
}
`,
  },
  {
    lang: 'go',
    body: (rng) => {
      const W = cap(ident(rng));
      return `type ${W}Cache struct {
	mu    sync.RWMutex
	items map[string]${W}Entry
	ttl   time.Duration
}

func New${W}Cache(ttl time.Duration) *${W}Cache {
	return &${W}Cache{items: make(map[string]${W}Entry), ttl: ttl}
}

func (c *${W}Cache) Get(key string) (${W}Entry, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.items[key]
	if !ok || time.Since(e.storedAt) > c.ttl {
		return ${W}Entry{}, false
	}
	return e, true
}
`;
    },
  },
  {
    lang: 'rust',
    body: (rng) => {
      const w = ident(rng);
      return `use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct ${cap(w)} {
    pub id: u64,
    pub tags: Vec<String>,
}

pub fn index_by_tag(items: &[${cap(w)}]) -> HashMap<&str, Vec<u64>> {
    let mut map: HashMap<&str, Vec<u64>> = HashMap::with_capacity(${rng.int(8, 256)});
    for item in items {
        for tag in &item.tags {
            map.entry(tag.as_str()).or_default().push(item.id);
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn empty() {
        assert!(index_by_tag(&[]).is_empty());
    }
}
`;
    },
  },
  {
    lang: 'rust',
    benign: 'std::env::var("HF_TOKEN").unwrap()',
    secrets: ['huggingface_token'],
    body: () => `async fn download_model(name: &str) -> anyhow::Result<Vec<u8>> {
    let token = §S§;
    let url = format!("https://huggingface.co/{name}/resolve/main/model.safetensors");
    let resp = reqwest::Client::new()
        .get(url)
        .bearer_auth(token)
        .send()
        .await?
        .error_for_status()?;
    Ok(resp.bytes().await?.to_vec())
}
`,
  },
  {
    lang: 'csharp',
    benign: 'Environment.GetEnvironmentVariable("SENDGRID_KEY")',
    secrets: ['sendgrid_api_key'],
    body: (rng) => `using SendGrid;
using SendGrid.Helpers.Mail;

public class ${cap(ident(rng))}Notifier
{
    private readonly SendGridClient _client = new SendGridClient(§S§);

    public async Task NotifyAsync(string to, string subject, string body)
    {
        var msg = MailHelper.CreateSingleEmail(
            new EmailAddress(_fromAddress), new EmailAddress(to), subject, body, null);
        var response = await _client.SendEmailAsync(msg);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"SendGrid returned {response.StatusCode}");
    }
}
`,
  },
  {
    lang: 'cpp',
    body: (rng) => `#include <vector>
#include <algorithm>
#include <numeric>

template <typename T>
double median(std::vector<T> v) {
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

int main() {
    std::vector<int> samples(${rng.int(10, 1000)});
    std::iota(samples.begin(), samples.end(), ${rng.int(0, 9)});
    printf("median=%f\\n", median(samples));
    return 0;
}
`,
  },
  {
    lang: 'c',
    body: (rng) => `#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b) {
    return (*(const int *)a - *(const int *)b);
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : ${rng.int(10, 99)};
    int *buf = malloc(sizeof(int) * n);
    if (!buf) { perror("malloc"); return 1; }
    for (int i = 0; i < n; i++) buf[i] = rand() % 1000;
    qsort(buf, n, sizeof(int), cmp);
    for (int i = 0; i < n; i++) printf("%d%c", buf[i], i + 1 == n ? '\\n' : ' ');
    free(buf);
    return 0;
}
`,
  },
  {
    lang: 'ruby',
    body: (rng) => `class ${cap(ident(rng))}Importer
  BATCH_SIZE = ${rng.pick([100, 500, 1000])}

  def initialize(io, logger: Rails.logger)
    @io = io
    @logger = logger
  end

  def call
    CSV.new(@io, headers: true).each_slice(BATCH_SIZE) do |rows|
      records = rows.map { |r| { sku: r["sku"], qty: r["qty"].to_i } }
      Inventory.upsert_all(records, unique_by: :sku)
      @logger.info("imported #{records.size} rows")
    end
  end
end
`,
  },
  {
    lang: 'php',
    benign: "getenv('DB_PASS')",
    secrets: ['password_assignment'],
    quote: "'",
    body: (rng) => `<?php
$host = 'localhost';
$db   = '${ident(rng)}';
$user = 'www';
$pass = §S§;
$dsn  = "mysql:host=$host;dbname=$db;charset=utf8mb4";

try {
    $pdo = new PDO($dsn, $user, $pass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    $stmt = $pdo->prepare('SELECT id, title FROM posts WHERE author_id = ? LIMIT 20');
    $stmt->execute([$_GET['author'] ?? 0]);
    echo json_encode($stmt->fetchAll(PDO::FETCH_ASSOC));
} catch (PDOException $e) {
    http_response_code(500);
}
`,
  },
  {
    lang: 'kotlin',
    body: (rng) => `data class ${cap(ident(rng))}(val id: Long, val title: String, val done: Boolean = false)

class TodoViewModel(private val repo: TodoRepository) : ViewModel() {
    private val _items = MutableStateFlow<List<Todo>>(emptyList())
    val items: StateFlow<List<Todo>> = _items

    fun refresh() = viewModelScope.launch {
        _items.value = repo.fetchAll().sortedBy { it.title }
    }

    fun toggle(id: Long) {
        _items.update { list -> list.map { if (it.id == id) it.copy(done = !it.done) else it } }
    }
}
`,
  },
  {
    lang: 'swift',
    body: (rng) => `struct ${cap(ident(rng))}View: View {
    @StateObject private var model = ListModel()

    var body: some View {
        NavigationStack {
            List(model.items) { item in
                HStack {
                    Text(item.title).font(.headline)
                    Spacer()
                    Text(item.date, style: .date).foregroundStyle(.secondary)
                }
            }
            .navigationTitle("Items")
            .task { await model.load() }
        }
    }
}
`,
  },
  {
    lang: 'sql',
    body: (rng) => `WITH monthly AS (
    SELECT date_trunc('month', o.created_at) AS month,
           c.segment,
           SUM(o.total_cents) / 100.0 AS revenue,
           COUNT(DISTINCT o.customer_id) AS buyers
    FROM orders o
    JOIN customers c ON c.id = o.customer_id
    WHERE o.status = 'paid'
      AND o.created_at >= now() - interval '${rng.int(3, 24)} months'
    GROUP BY 1, 2
)
SELECT month, segment, revenue,
       revenue / NULLIF(buyers, 0) AS arpu,
       LAG(revenue) OVER (PARTITION BY segment ORDER BY month) AS prev
FROM monthly
ORDER BY month DESC, revenue DESC;
`,
  },
  {
    lang: 'sql',
    body: (rng) => `CREATE TABLE ${ident(rng)}_events (
    id           BIGSERIAL PRIMARY KEY,
    tenant_id    UUID        NOT NULL,
    kind         TEXT        NOT NULL CHECK (kind IN ('created', 'updated', 'deleted')),
    payload      JSONB       NOT NULL DEFAULT '{}'::jsonb,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX ON ${ident(rng)}_events (tenant_id, created_at DESC);
ALTER TABLE ${ident(rng)}_events ENABLE ROW LEVEL SECURITY;
`,
  },
  {
    lang: 'bash',
    benign: '"$SLACK_WEBHOOK_URL"',
    secrets: ['slack_webhook'],
    body: (rng) => `#!/usr/bin/env bash
set -euo pipefail

WEBHOOK=§S§
BACKUP_DIR=/var/backups/${ident(rng)}
STAMP=$(date +%Y%m%d-%H%M)

pg_dump --format=custom --file="$BACKUP_DIR/db-$STAMP.dump" "$DATABASE_NAME"
find "$BACKUP_DIR" -name 'db-*.dump' -mtime +${rng.int(3, 30)} -delete

curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"backup $STAMP done\\"}" "$WEBHOOK"
`,
  },
  {
    lang: 'bash',
    body: (rng) => `for f in logs/*.gz; do
  zcat "$f" | awk -F'\\t' '$${rng.int(3, 9)} >= 500 { print $1, $${rng.int(3, 9)} }' >> errors.tsv
done
sort errors.tsv | uniq -c | sort -rn | head -n ${rng.int(10, 50)}
`,
  },
  {
    lang: 'python',
    benign: 'os.getenv("SLACK_BOT_TOKEN")',
    secrets: ['slack_token'],
    body: (rng) => `from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

client = WebClient(token=§S§)

def post_alert(channel: str, text: str, retries: int = ${rng.int(1, 5)}) -> None:
    for attempt in range(retries):
        try:
            client.chat_postMessage(channel=channel, text=text)
            return
        except SlackApiError as e:
            if e.response["error"] != "ratelimited":
                raise
            time.sleep(int(e.response.headers.get("Retry-After", 1)))
`,
  },
  {
    lang: 'javascript',
    benign: 'process.env.GOOGLE_MAPS_KEY',
    secrets: ['google_api_key'],
    body: () => `const loader = new Loader({
  apiKey: §S§,
  version: 'weekly',
  libraries: ['places'],
});

loader.load().then(async () => {
  const { Map } = await google.maps.importLibrary('maps');
  const map = new Map(document.getElementById('map'), {
    center: { lat: 51.5072, lng: -0.1276 },
    zoom: 12,
  });
  map.addListener('click', (e) => console.log(e.latLng.toJSON()));
});
`,
  },
];
