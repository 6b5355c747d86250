/**
 * Held-out batch 91: code pasted by developers at the funeral-home chain, rail dispatch, P2P lender,
 * radiology IT, ski-resort ticketing and the election office (some with a secret inside).
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill } from '../tokens';

export const BATCH91_SOURCE_CODE: DraftRecord[] = [
  rec('python_fi', f`Miksi tämä funktio palauttaa väärän vaunumäärän, kun juna jaetaan kahdelle raiteelle?

\`\`\`python
${v('source_code.snippet', `def split_consist(wagons: list[dict], max_len_m: float) -> tuple[list, list]:
    first, second, used = [], [], 0.0
    for w in wagons:
        if used + w["length_m"] <= max_len_m:
            first.append(w)
            used += w["length_m"]
        else:
            second.append(w)
    return first, second`)}
\`\`\``),

  rec('ts_ski', f`Our lift-gate scanner sometimes accepts expired day passes. Here's the validation:

${v('source_code.snippet', `export function isPassValid(pass: SkiPass, now = new Date()): boolean {
  const validFrom = new Date(pass.validFrom);
  const validTo = new Date(pass.validTo);
  validTo.setHours(23, 59, 59);
  if (pass.blocked) return false;
  return now >= validFrom && now <= validTo && pass.zone.includes(currentGateZone());
}`)}

Timezone issue maybe? Resort is in Europe/Vienna, the server runs UTC.`),

  rec('sql_es', f`Necesito optimizar esta consulta de cobranzas, tarda 40 segundos:

${v('source_code.snippet', `SELECT l.loan_id, b.full_name, SUM(i.amount_due - i.amount_paid) AS overdue
FROM loans l
JOIN borrowers b ON b.id = l.borrower_id
JOIN installments i ON i.loan_id = l.loan_id
WHERE i.due_date < CURRENT_DATE - INTERVAL '30 days'
  AND i.status <> 'PAID'
GROUP BY l.loan_id, b.full_name
HAVING SUM(i.amount_due - i.amount_paid) > 100
ORDER BY overdue DESC;`)}

¿Qué índices me recomiendas?`),

  rec('java_pacs', f`Der DICOM-Empfänger wirft eine NullPointerException bei Studien ohne SeriesDescription:

${v('source_code.snippet', `public class StudyRouter {
    private final Map<String, String> modalityTargets = Map.of("CT", "AE_CT_ARCH", "MR", "AE_MR_ARCH");

    public String route(Attributes attrs) {
        String modality = attrs.getString(Tag.Modality);
        String desc = attrs.getString(Tag.SeriesDescription);
        if (desc.toLowerCase().contains("scout")) {
            return "AE_DISCARD";
        }
        return modalityTargets.getOrDefault(modality, "AE_DEFAULT");
    }
}`)}`),

  rec('go_dispatch_secret', f`Can you refactor this so the password isn't hard-coded? It's from our dispatch board backend:

${v('source_code.snippet', f`package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

func openDB() *sql.DB {
	dsn := "host=db.dispatch.internal user=board password=${v('credential.connection_string_password', 'Semafor-Gr33n!')} dbname=trains sslmode=require"
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	return db
}`)}`),

  rec('csharp_ru', f`Почему этот код формирования протокола участковой комиссии иногда выдаёт отрицательное количество неиспользованных бюллетеней?

${v('source_code.snippet', `public int UnusedBallots(Precinct p)
{
    var issued = p.Ballots.Count(b => b.Issued);
    var spoiled = p.Ballots.Count(b => b.Spoiled);
    return p.ReceivedBallots - issued - spoiled - p.EarlyVotes;
}`)}`),

  rec('php_funeral', f`Ce formulaire de commande de fleurs pour les obsèques envoie deux fois le mail. Voilà le code :

${v('source_code.snippet', `<?php
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $order = new FlowerOrder($_POST['ceremony_id'], $_POST['wreath'], $_POST['ribbon_text']);
    $repo->save($order);
    $mailer->sendConfirmation($order);
    header('Location: /merci.php');
}
$mailer->sendConfirmation($order ?? null);`)}`),

  rec('bash_backup', f`Kas see varundusskript on korras? Käivitub igal öösel valimistulemuste serveris.

${v('source_code.snippet', f`#!/usr/bin/env bash
set -euo pipefail
STAMP=$(date +%F)
export PGPASSWORD='${v('credential.password_assignment', 'Haaletus_Oo2025')}'
pg_dump -h localhost -U tulemused valimised | gzip > /srv/backup/valimised-$STAMP.sql.gz
find /srv/backup -name '*.sql.gz' -mtime +14 -delete`)}`),

  rec('kotlin_rental', f`レンタルのブーツサイズ換算が間違っている気がします。Kotlinです：

${v('source_code.snippet', `fun mondoToEu(mondoPoint: Double): Int {
    val footLengthCm = mondoPoint
    return ((footLengthCm + 1.5) * 1.5).roundToInt()
}

fun soleLength(mondo: Double): Int = when {
    mondo < 24.0 -> 285
    mondo < 26.0 -> 305
    else -> 325
}`)}`),

  rec('rust_crc', f`Rust: checksum for the wagon number (UIC 12-digit) always fails on the last digit.

${v('source_code.snippet', `fn uic_check_digit(digits: &[u8; 11]) -> u8 {
    let mut sum = 0u32;
    for (i, d) in digits.iter().enumerate() {
        let mut x = (*d as u32) * if i % 2 == 0 { 2 } else { 1 };
        if x > 9 { x = x / 10 + x % 10; }
        sum += x;
    }
    ((10 - sum % 10) % 10) as u8
}`)}`),

  rec('python_dicom_anon', f`Hii ni script ya kuondoa majina kwenye picha za DICOM kabla ya kuzipeleka kwa watafiti. Je, inatosha?

\`\`\`python
${v('source_code.snippet', `import pydicom
from pathlib import Path

TAGS = ["PatientName", "PatientBirthDate", "PatientID", "OtherPatientIDs", "InstitutionName"]

for p in Path("in").rglob("*.dcm"):
    ds = pydicom.dcmread(p)
    for t in TAGS:
        if t in ds:
            ds.data_element(t).value = ""
    ds.remove_private_tags()
    ds.save_as(Path("out") / p.name)`)}
\`\`\``),

  rec('js_stripe_live', f`Zašto ovaj webhook handler za naplatu rata ne prepoznaje potpis?

${v('source_code.snippet', f`const stripe = require('stripe')('${v('credential.stripe_secret_key', `sk_live_51${fill('b91-code-sk', B62, 97)}`)}');
const endpointSecret = '${v('credential.stripe_webhook_secret', `whsec_${fill('b91-code-wh', B62, 32)}`)}';

app.post('/webhook', express.json(), (req, res) => {
  const sig = req.headers['stripe-signature'];
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  res.sendStatus(200);
});`)}`),

  rec('ruby_notice', f`Ruby question: our obituary slug generator breaks on names with apostrophes (O'Sullivan, D'Arcy).

${v('source_code.snippet', `def obituary_slug(first, last, died_on)
  base = "#{first}-#{last}".downcase.gsub(/[^a-z]/, '')
  "#{base}-#{died_on.strftime('%Y%m%d')}"
end`)}`),

  rec('swift_ticket', f`Trong app bán vé trượt tuyết, nút "Mua" bị bấm hai lần thì bị trừ tiền hai lần. Code Swift:

${v('source_code.snippet', `@IBAction func buyTapped(_ sender: UIButton) {
    Task {
        let order = try await api.createOrder(product: selectedPass)
        try await payments.charge(order)
        showReceipt(order)
    }
}`)}`),

  rec('cpp_signal', f`Could someone explain why this interlocking timer overflows after ~49 days on the yard controller?

${v('source_code.snippet', `uint32_t elapsed_ms(uint32_t since) {
    uint32_t now = millis();
    if (now < since) {
        return 0;
    }
    return now - since;
}`)}`),

  rec('diff_py_secret', f`Review this PR please, it adds the SMS reminder for overdue installments:

${v('source_code.snippet', f`--- a/collections/reminders.py
+++ b/collections/reminders.py
@@ -12,6 +12,12 @@ from .models import Installment
+SMS_API_KEY = "${v('credential.generic_secret_assignment', fill('b91-smskey', HEX, 40))}"
+
+def send_overdue_sms(inst: Installment) -> None:
+    if inst.days_overdue < 7:
+        return
+    sms.send(inst.borrower.phone, f"Your installment {inst.number} is {inst.days_overdue} days overdue.", key=SMS_API_KEY)`)}`),

  rec('powershell_hu', f`Ez a PowerShell szkript rögzíti a szavazókörök laptopjainak állapotát. Miért üres a CSV?

${v('source_code.snippet', `$pcs = Get-ADComputer -Filter 'Name -like "SZK-*"' -Properties LastLogonDate
$pcs | Where-Object { $_.LastLogonDate -gt (Get-Date).AddDays(-7) } |
  Select-Object Name, LastLogonDate |
  Export-Csv -Path C:\\Reports\\szavazokor.csv -NoTypeInformation
Write-Host "Kész: $($pcs.Count) gép"`)}`),

  rec('sql_pl_retention', f`Czy ta procedura usuwania starych zleceń kremacji jest bezpieczna?

${v('source_code.snippet', `CREATE OR REPLACE PROCEDURE purge_old_orders(p_years INT)
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM cremation_orders
  WHERE completed_at < now() - make_interval(years => p_years)
    AND legal_hold = false;
  COMMIT;
END;
$$;`)}`),

  rec('dockerfile_amb', f`Proč se mi tenhle image buildí 20 minut?

${amb('source_code.snippet', `FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y dcmtk
CMD ["gunicorn", "worklist.wsgi", "-b", "${amb('pii.ip_address', '0.0.0.0')}:8000"]`)}`),

  rec('py_dispatch_tg', f`Kodu şöyle, lokomotif arızası bildirimleri gitmiyor:

\`\`\`python
${v('source_code.snippet', f`import requests

TOKEN = "${v('credential.telegram_bot_token', `6648203917:AA${fill('b91-code-tg', B62 + '-_', 33)}`)}"
CHAT = -1002218834471

def notify(loco: str, fault: str) -> None:
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage",
                  json={"chat_id": CHAT, "text": f"{loco}: {fault}"}, timeout=5)`)}
\`\`\``),
];
