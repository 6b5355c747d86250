/**
 * Held-out batch 93: source code pasted by the six teams (SIM desk tools, ward apps, fund
 * reporting, export ERP scripts, library ILS glue, driver-onboarding services), comments and
 * questions in many languages. Whole blocks labelled as source_code.snippet.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const code = (b: ReturnType<typeof f>) => v('source_code.snippet', b);
const SENDGRID = tok('SG.', fill('b93-sc-sg1', B62, 22), '.', fill('b93-sc-sg2', B62, 43));
const TWILIO_SID = tok('AC', fill('b93-sc-twsid', HEX, 32));
const TWILIO_AUTH = fill('b93-sc-twauth', HEX, 32);

export const BATCH93_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Ce script compte les activations de SIM par boutique, mais il plante sur les dates au format belge. Tu peux corriger ?

\`\`\`python
${code(f`import csv
from collections import Counter
from datetime import datetime

def activations_par_boutique(path: str) -> Counter:
    c = Counter()
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            # date au format 27/11/2025 dans les boutiques de Bruxelles
            d = datetime.strptime(row["date_activation"], "%Y-%m-%d")
            if d.year == 2025:
                c[row["boutique"]] += 1
    return c

if __name__ == "__main__":
    for boutique, n in activations_par_boutique("activations.csv").most_common():
        print(f"{boutique:<20} {n:>5}")`)}
\`\`\``),

  rec('code_ts', f`Diese React-Komponente für die Fahrer-Dokumente rendert bei jedem Tastendruck neu. Wie optimiere ich das?

${code(f`import { useMemo, useState } from 'react';

type Doc = { id: string; kind: 'license' | 'insurance' | 'id'; status: 'pending' | 'ok' | 'rejected'; uploadedAt: string };

export function DriverDocs({ docs }: { docs: Doc[] }) {
  const [filter, setFilter] = useState('');
  const visible = docs
    .filter((d) => d.kind.includes(filter))
    .sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
  const counts = useMemo(() => ({
    pending: docs.filter((d) => d.status === 'pending').length,
    rejected: docs.filter((d) => d.status === 'rejected').length,
  }), [docs]);
  return (
    <section>
      <input value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Dokumenttyp" />
      <p>{counts.pending} offen, {counts.rejected} abgelehnt</p>
      <ul>{visible.map((d) => <li key={d.id}>{d.kind} – {d.status}</li>)}</ul>
    </section>
  );
}`)}`),

  rec('code_sql', f`Zapytanie do raportu wypożyczeń między bibliotekami działa 40 sekund. Co dodać, indeks?

\`\`\`sql
${code(f`SELECT b.branch_name,
       COUNT(*)                         AS loans,
       COUNT(DISTINCT l.patron_id)      AS patrons,
       AVG(EXTRACT(EPOCH FROM (l.returned_at - l.issued_at)) / 86400) AS avg_days
FROM   ill_loans l
JOIN   branches b ON b.id = l.lending_branch_id
WHERE  l.issued_at >= DATE '2025-01-01'
  AND  l.status IN ('returned', 'overdue')
GROUP  BY b.branch_name
ORDER  BY loans DESC;`)}
\`\`\``),

  rec('code_go', f`Go-сервис проверки водительских прав падает с nil pointer. Где ошибка?

\`\`\`go
${code(f`package verify

import (
	"context"
	"errors"
	"time"
)

type License struct {
	Number  string
	Expires *time.Time
	Class   string
}

var ErrExpired = errors.New("license expired")

func Check(ctx context.Context, l *License) error {
	if l.Expires.Before(time.Now()) {
		return ErrExpired
	}
	if l.Class != "B" && l.Class != "B1" {
		return errors.New("class not allowed for ride-hailing")
	}
	return nil
}`)}
\`\`\``),

  rec('code_kotlin', f`Android-appen för SIM-registrering i butik kraschar när kameran nekas. Kotlin-koden:

${code(f`class IdScanFragment : Fragment(R.layout.fragment_id_scan) {
    private val permissionLauncher = registerForActivityResult(
        ActivityResultContracts.RequestPermission()
    ) { granted ->
        if (granted) startCamera() else showRationale()
    }

    override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
        super.onViewCreated(view, savedInstanceState)
        permissionLauncher.launch(Manifest.permission.CAMERA)
        startCamera()
    }

    private fun startCamera() {
        val provider = ProcessCameraProvider.getInstance(requireContext()).get()
        provider.bindToLifecycle(viewLifecycleOwner, CameraSelector.DEFAULT_BACK_CAMERA)
    }

    private fun showRationale() {
        Toast.makeText(requireContext(), "Kameran behövs för att läsa ID-kortet", Toast.LENGTH_LONG).show()
    }
}`)}`),

  rec('code_java', f`Questo metodo Java calcola il volume dei colli per l'export mobili ma l'arrotondamento è sbagliato:

\`\`\`java
${code(f`public final class PackingCalc {
    private PackingCalc() {}

    /** Volume in metri cubi, arrotondato a 3 decimali. */
    public static double cbm(int lengthCm, int widthCm, int heightCm, int pieces) {
        double single = lengthCm * widthCm * heightCm / 1_000_000;
        return Math.round(single * pieces * 1000) / 1000;
    }

    public static void main(String[] args) {
        System.out.println(cbm(210, 95, 78, 12)); // tavolo rovere, atteso 18.673
    }
}`)}
\`\`\``),

  rec('code_bash', f`Skripti ya kuhifadhi nakala ya hifadhidata ya maktaba inafuta faili za zamani mapema mno. Nisaidie:

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
BACKUP_DIR=/srv/backups/koha
STAMP=$(date +%Y%m%d-%H%M)

mysqldump --single-transaction koha_library | gzip > "$BACKUP_DIR/koha-$STAMP.sql.gz"

# futa nakala zenye umri zaidi ya siku 14
find "$BACKUP_DIR" -name 'koha-*.sql.gz' -mtime +1 -delete

echo "backup ok: koha-$STAMP.sql.gz"`)}
\`\`\``),

  rec('code_python', f`This notifier for the driver safety team has the SendGrid key and Twilio creds inline, I'll move them later. Why does it send the SMS twice?

\`\`\`python
${code(f`import sendgrid
from twilio.rest import Client

SG_KEY = "${v('credential.sendgrid_api_key', SENDGRID)}"
tw = Client("${v('credential.twilio_account_sid', TWILIO_SID)}", "${v('credential.twilio_auth_token', TWILIO_AUTH)}")

def alert_safety(incident):
    body = f"Incident {incident['id']}: {incident['summary']} ({incident['city']})"
    for number in incident["on_call"]:
        tw.messages.create(to=number, from_="${amb('pii.phone', '+12025550147')}", body=body)
    for number in incident["on_call"]:
        tw.messages.create(to=number, from_="${amb('pii.phone', '+12025550147')}", body=body)
    sg = sendgrid.SendGridAPIClient(SG_KEY)
    sg.send({"personalizations": [{"to": [{"email": "${v('pii.email', 'safety-oncall@kanzu-ride.com')}"}]}],
             "from": {"email": "${v('pii.email', 'alerts@kanzu-ride.com')}"}, "subject": body,
             "content": [{"type": "text/plain", "value": body}]})`)}
\`\`\``, 'role addresses labelled as e-mail; +1 202-555-0147 is a fictional 555 number: ambiguous'),

  rec('code_swift', f`iOS 앱에서 운전자 셀카 인증 화면이 다크모드에서 글자가 안 보여요. Swift 코드입니다:

${code(f`struct SelfieCheckView: View {
    @State private var isCapturing = false
    let onDone: (UIImage) -> Void

    var body: some View {
        VStack(spacing: 16) {
            Text("얼굴을 원 안에 맞춰주세요")
                .foregroundColor(.black)
                .font(.headline)
            Circle()
                .stroke(lineWidth: 4)
                .frame(width: 240, height: 240)
            Button(isCapturing ? "촬영 중…" : "촬영") { isCapturing = true }
                .buttonStyle(.borderedProminent)
        }
        .padding()
    }
}`)}`),

  rec('code_csharp', f`C# servisimiz fon raporlarında IRR'yi yanlış hesaplıyor gibi. Bakar mısın?

\`\`\`csharp
${code(f`public static class Irr
{
    public static double Compute(IReadOnlyList<double> cashFlows, double guess = 0.1)
    {
        double rate = guess;
        for (int i = 0; i < 100; i++)
        {
            double npv = 0, d = 0;
            for (int t = 0; t < cashFlows.Count; t++)
            {
                npv += cashFlows[t] / Math.Pow(1 + rate, t);
                d -= t * cashFlows[t] / Math.Pow(1 + rate, t);
            }
            double next = rate - npv / d;
            if (Math.Abs(next - rate) < 1e-7) return next;
            rate = next;
        }
        throw new InvalidOperationException("IRR did not converge");
    }
}`)}
\`\`\``),

  rec('code_php', f`Ова PHP функција за пријаву читалаца у библиотеку не враћа грешку кад је картица истекла:

${code(f`<?php
function loginPatron(PDO $db, string $card, string $pin): ?array {
    $stmt = $db->prepare('SELECT id, name, pin_hash, expires_on FROM patrons WHERE card_no = ?');
    $stmt->execute([$card]);
    $p = $stmt->fetch(PDO::FETCH_ASSOC);
    if (!$p || !password_verify($pin, $p['pin_hash'])) {
        return null;
    }
    if ($p['expires_on'] < date('Y-m-d')) {
        error_log("картица истекла: " . $card);
    }
    return $p;
}`)}`),

  rec('code_ruby', f`Ang Rails callback na ito ay nagpapadala ng welcome SMS bago pa ma-approve ang driver. Paano ayusin?

\`\`\`ruby
${code(f`class Driver < ApplicationRecord
  after_save :send_welcome_sms

  enum status: { pending: 0, approved: 1, rejected: 2 }

  private

  def send_welcome_sms
    SmsGateway.deliver(phone, I18n.t("drivers.welcome", name: first_name))
  end
end`)}
\`\`\``),

  rec('code_rust', f`Rust-koodi, joka lukee kirjastojen MARC-tietueita, on hidas isoilla tiedostoilla. Mitä kannattaa muuttaa?

${code(f`use std::fs;

fn count_records(path: &str) -> usize {
    let data = fs::read_to_string(path).expect("read failed");
    data.split('\\x1d')
        .filter(|r| !r.trim().is_empty())
        .map(|r| r.to_string())
        .collect::<Vec<String>>()
        .len()
}

fn main() {
    let n = count_records("kokoelma_2025.mrc");
    println!("tietueita: {}", n);
}`)}`),

  rec('code_js', f`Este script de Google Apps Script passa as encomendas de mobiliário para a folha de expedição, mas duplica linhas. Consegues ver porquê?

\`\`\`js
${code(f`function syncOrders() {
  const src = SpreadsheetApp.openById('1kQ8xZ_encomendas').getSheetByName('Encomendas');
  const dst = SpreadsheetApp.getActive().getSheetByName('Expedição');
  const rows = src.getDataRange().getValues().slice(1);
  rows.forEach((r) => {
    if (r[5] === 'Pronto') {
      dst.appendRow([r[0], r[1], r[3], r[4], new Date()]);
    }
  });
}`)}
\`\`\``),

  rec('code_python', f`The ward pharmacy team wrote this to flag chemo doses above the BSA limit. Is the Mosteller formula right?

\`\`\`python
${code(f`import math

def bsa_mosteller(height_cm: float, weight_kg: float) -> float:
    return math.sqrt(height_cm * weight_kg) / 60

def dose_ok(drug_mg: float, height_cm: float, weight_kg: float, max_mg_per_m2: float) -> bool:
    bsa = bsa_mosteller(height_cm, weight_kg)
    return drug_mg <= bsa * max_mg_per_m2

# example: 118 cm, 21 kg child, vincristine cap 1.5 mg/m2 (max 2 mg)
print(dose_ok(1.2, 118, 21, 1.5))`)}
\`\`\``),

  rec('code_sql', f`ফান্ডের LP টেবিলে duplicate ইমেইল খুঁজতে চাই, কিন্তু case-insensitive হচ্ছে না:

${code(f`SELECT email, COUNT(*) AS n
FROM limited_partners
WHERE fund_id = 3
GROUP BY email
HAVING COUNT(*) > 1;`)}`),

  rec('code_ts', f`A função de normalização de telefone do balcão de registo de SIM em Bissau não aceita números com +245. Pode ajudar?

${code(f`export function normalizeMsisdn(raw: string): string | null {
  const digits = raw.replace(/\\D/g, '');
  if (digits.length === 9 && digits.startsWith('95')) return '245' + digits;
  if (digits.length === 12 && digits.startsWith('245')) return digits;
  return null;
}

// testes rápidos
console.log(normalizeMsisdn('955 123 456'));
console.log(normalizeMsisdn('+245 955 123 456'));`)}`),

  rec('code_python', f`Pytest fixture for the onboarding service — a colleague put a real-looking driver in it. Is that a problem? And why does the test fail?

\`\`\`python
${code(f`import pytest
from onboarding.models import Driver

@pytest.fixture
def driver():
    return Driver(
        name="Kwame Asante",
        email="${v('pii.email', 'kwame.asante.driver@gmail.com')}",
        phone="${phone('+233 24 418 2937')}",
        city="Kumasi",
    )

def test_driver_is_pending(driver):
    assert driver.status == "approved"`)}
\`\`\``),

  rec('code_r', f`R kod za analizu trajanja isporuke namještaja po tržištima, graf mi je prazan:

${code(f`library(dplyr)
library(ggplot2)

isporuke <- read.csv("isporuke_2025.csv", sep = ";", dec = ",")
sazetak <- isporuke %>%
  group_by(trziste) %>%
  summarise(prosjek_dana = mean(dani_tranzita, na.rm = TRUE))

ggplot(sazetak, aes(x = trziste, y = prosjek)) +
  geom_col() +
  labs(title = "Prosječno trajanje tranzita", y = "dani")`)}`),

  rec('code_yaml_gha', f`GitHub Actions workflow для бібліотечного сайту не запускається на тегах. Що не так?

\`\`\`yaml
${amb('source_code.snippet', f`name: deploy-opac
on:
  push:
    branches: [main]
    tags: ['v*']
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - run: rsync -az dist/ ${amb('pii.email', 'deploy@opac.biblio.ua')}:/var/www/opac
        if: startsWith(github.ref, 'refs/heads/main')`)}
\`\`\``),

  rec('code_dart', f`Flutter-app ya madereva inaonyesha tarehe vibaya (mwezi na siku vimebadilishana). Nisaidie:

${code(f`String formatTrip(DateTime t) {
  final d = t.day.toString().padLeft(2, '0');
  final m = t.month.toString().padLeft(2, '0');
  return '$m/$d/\${t.year} \${t.hour}:\${t.minute}';
}

void main() {
  print(formatTrip(DateTime(2025, 3, 7, 14, 5)));
}`)}`),
];
