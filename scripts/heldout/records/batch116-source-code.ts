/**
 * Held-out batch 116: pasted source code (booking widgets, ED registration interfaces, covenant
 * calculators, moderation pipelines, weighbridge and dispatch tools, census CAPI validation), with
 * comments and identifiers in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const DD_APP = fill('b116s-ddapp', HEX, 40);
const SG_KEY = tok('SG.', fill('b116s-sg1', B62, 22), '.', fill('b116s-sg2', B62, 43));

export const BATCH116_SOURCE_CODE: DraftRecord[] = [
  rec('code_ts_en_gb', f`Slot picker shows 09:00 twice on the day the clocks change. Why?

\`\`\`ts
${code(f`export function buildSlots(day: Date, open = '09:00', close = '17:30', minutes = 20): Date[] {
  const [oh, om] = open.split(':').map(Number);
  const [ch, cm] = close.split(':').map(Number);
  const start = new Date(day);
  start.setHours(oh, om, 0, 0);
  const end = new Date(day);
  end.setHours(ch, cm, 0, 0);
  const slots: Date[] = [];
  for (let t = start.getTime(); t + minutes * 60_000 <= end.getTime(); t += minutes * 60_000) {
    slots.push(new Date(t));
  }
  return slots;
}`)}
\`\`\``),

  rec('code_python_de', f`${code(f`# Hörtest-Termine: Doppelbuchungen pro Akustiker verhindern
from datetime import timedelta

def hat_konflikt(termine, neu, puffer=timedelta(minutes=10)):
    """True, wenn sich der neue Termin mit einem bestehenden des gleichen Akustikers überschneidet."""
    for t in termine:
        if t.akustiker_id != neu.akustiker_id:
            continue
        if neu.beginn < t.ende + puffer and t.beginn < neu.ende + puffer:
            return True
    return False`)}

Die Funktion ist bei 400 Terminen pro Filiale zu langsam. Wie mache ich das mit Sortierung schneller?`),

  rec('code_java_en_us', f`Our HL7 listener for ED registration throws on some PID segments:

${code(f`public final class PidParser {
    private static final char FIELD = '|';
    private static final char COMPONENT = '^';

    public Patient parse(String segment) {
        String[] f = segment.split("\\\\" + FIELD, -1);
        if (!"PID".equals(f[0])) {
            throw new IllegalArgumentException("not a PID segment: " + f[0]);
        }
        String[] name = f[5].split("\\\\" + COMPONENT, -1);
        LocalDate dob = LocalDate.parse(f[7], DateTimeFormatter.BASIC_ISO_DATE);
        return new Patient(f[3].split("\\\\^")[0], name[0], name.length > 1 ? name[1] : "", dob, f[8]);
    }
}`)}

ArrayIndexOutOfBoundsException: Index 8 out of bounds for length 8 — for John Doe trauma registrations we send PID with only 7 fields.`),

  rec('code_sql_en_us', f`${code(f`-- ED boarding time per arrival hour, last 30 days
SELECT date_part('hour', arrived_at) AS arrival_hour,
       count(*) AS visits,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (admitted_at - decision_at)) / 60) AS median_boarding_min
FROM ed_visits
WHERE arrived_at >= now() - interval '30 days'
  AND disposition = 'ADMIT'
GROUP BY 1
ORDER BY 1;`)}

Median looks too low, I think patients still boarding (admitted_at is null) are dropped. How do I count them as "still waiting"?`),

  rec('code_csharp_pl', f`${code(f`// Rejestracja SOR: nadawanie numeru tymczasowego dla pacjenta NN
public static string NadajNumerNN(DateTime przyjecie, int kolejny)
{
    // format: NN-RRRRMMDD-KKK, np. NN-20241214-007
    return $"NN-{przyjecie:yyyyMMdd}-{kolejny:D3}";
}

public async Task<string> ZarejestrujNieznanegoAsync(SqlConnection db, DateTime przyjecie)
{
    var licznik = await db.ExecuteScalarAsync<int>(
        "SELECT COUNT(*) FROM Pacjenci WHERE NumerNN LIKE @p",
        new { p = $"NN-{przyjecie:yyyyMMdd}-%" });
    return NadajNumerNN(przyjecie, licznik + 1);
}`)}

Dwóch rejestratorów naraz dostaje ten sam numer. Jak to poprawić?`),

  rec('code_python_en_us', f`Covenant test is flagging breaches that aren't real:

\`\`\`python
${code(f`def min_liquidity_breach(cash_balances: list[float], covenant_floor: float, cure_days: int = 5) -> bool:
    """Breach if cash stays below the floor for more than cure_days consecutive days."""
    streak = 0
    for bal in cash_balances:
        if bal < covenant_floor:
            streak += 1
        if streak > cure_days:
            return True
    return False`)}
\`\`\``),

  rec('code_r_en_gb', f`${code(f`# warrant coverage by vintage
library(dplyr)
library(ggplot2)

loans <- read.csv("loans_2019_2024.csv")
loans %>%
  mutate(vintage = substr(close_date, 1, 4),
         coverage = warrant_value / commitment) %>%
  group_by(vintage) %>%
  summarise(median_cov = median(coverage, na.rm = TRUE), n = n()) %>%
  ggplot(aes(vintage, median_cov)) + geom_col() + labs(y = "median warrant coverage")`)}

How do I add error bars (IQR) to this?`),

  rec('code_go_en_us', f`${code(f`package moderation

import (
	"context"
	"time"
)

type Report struct {
	ID        string
	ContentID string
	Reason    string
	CreatedAt time.Time
}

// Dedupe collapses reports about the same content within a window into one queue item.
func Dedupe(ctx context.Context, in <-chan Report, window time.Duration) <-chan []Report {
	out := make(chan []Report)
	go func() {
		defer close(out)
		pending := map[string][]Report{}
		ticker := time.NewTicker(window)
		defer ticker.Stop()
		for {
			select {
			case r, ok := <-in:
				if !ok {
					return
				}
				pending[r.ContentID] = append(pending[r.ContentID], r)
			case <-ticker.C:
				for k, v := range pending {
					out <- v
					delete(pending, k)
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}`)}

When the input channel closes, the reports still pending are lost. Fix?`),

  rec('code_python_ja', f`${code(f`# 通報キューの優先度スコア（児童安全・自傷は最優先）
PRIORITY = {"child_safety": 100, "self_harm": 90, "violent_threat": 80, "harassment": 50, "spam": 10}

def score(report: dict) -> int:
    base = PRIORITY.get(report["category"], 20)
    views = report.get("views_last_hour", 0)
    boost = min(views // 1000, 30)
    return base + boost`)}

再生数が多い動画のスパムが自傷より上に来てしまうことはありますか？上限の付け方を相談したいです。`),

  rec('code_kotlin_ko', f`${code(f`// 모더레이터 앱: 신고 상세 화면에서 사용자 정보 마스킹
fun maskEmail(email: String): String {
    val at = email.indexOf('@')
    if (at <= 1) return "***"
    return email.first() + "*".repeat(at - 1) + email.substring(at)
}

fun maskIp(ip: String): String =
    if (ip.contains(':')) ip.substringBeforeLast(':') + ":****"
    else ip.substringBeforeLast('.') + ".***"`)}

IPv6 주소는 이렇게 마스킹하면 충분한가요?`),

  rec('code_vba_es_ar', f`Che, esta macro de Excel de la balanza de la cantera calcula mal el neto cuando el camión entra cargado:

${code(f`Sub CalcularNeto()
    Dim fila As Long
    For fila = 2 To Cells(Rows.Count, "A").End(xlUp).Row
        ' B = peso entrada, C = peso salida
        If Cells(fila, "D").Value = "DESPACHO" Then
            Cells(fila, "E").Value = Cells(fila, "C").Value - Cells(fila, "B").Value
        Else
            Cells(fila, "E").Value = Cells(fila, "C").Value - Cells(fila, "B").Value
        End If
    Next fila
End Sub`)}`),

  rec('code_python_fi', f`${code(f`# Louhoksen kuljetukset: laske kuorma-autojen kierrosajat punnitustapahtumista
import pandas as pd

punnitukset = pd.read_csv("punnitukset_joulukuu.csv", parse_dates=["aika"])
punnitukset = punnitukset.sort_values(["rekisteri", "aika"])
punnitukset["edellinen"] = punnitukset.groupby("rekisteri")["aika"].shift()
punnitukset["kierros_min"] = (punnitukset["aika"] - punnitukset["edellinen"]).dt.total_seconds() / 60
print(punnitukset.groupby("rekisteri")["kierros_min"].median().round(1))`)}

Miten suodatan pois yön yli kestävät tauot (yli 8 h)?`),

  rec('code_js_uk', f`Скрипт для диспетчерів кар'єру, надсилає звіт по відвантаженнях. Чому лист іде двічі?

${code(f`const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('${v('credential.sendgrid_api_key', SG_KEY)}');

async function надіслатиЗвіт(рядки, отримувачі) {
  const html = рядки.map((r) => \`<tr><td>\${r.авто}</td><td>\${r.тонни}</td></tr>\`).join('');
  for (const to of отримувачі) {
    await sgMail.send({ to: отримувачі, from: '${v('pii.email', 'dispatch@kamin-granit.ua')}', subject: 'Відвантаження за добу', html: \`<table>\${html}</table>\` });
  }
}`)}`),

  rec('code_php_tr', f`${code(f`<?php
// Kantar fişi: net ağırlık ve sevkiyat bedeli
function sevkiyatBedeli(float $brutKg, float $daraKg, float $tonFiyat): float
{
    $netTon = max(0, $brutKg - $daraKg) / 1000;
    return round($netTon * $tonFiyat, 2);
}

echo sevkiyatBedeli(41280, 14950, 385.0); // 0-5 mm kırma kum`)}

KDV'yi de eklemek istiyorum, %20 ama nakliye dahil değilse. Nasıl yazarım?`),

  rec('code_python_sw', f`${code(f`# Ukaguzi wa dodoso la sensa: umri wa mtoto ukilinganishwa na mama
def angalia_umri(kaya):
    makosa = []
    mama = {m["id"]: m for m in kaya["wanakaya"] if m["uhusiano"] in ("mkuu", "mke")}
    for m in kaya["wanakaya"]:
        if m["uhusiano"] == "mtoto" and m.get("mama_id") in mama:
            tofauti = mama[m["mama_id"]]["umri"] - m["umri"]
            if tofauti < 12 or tofauti > 55:
                makosa.append((m["id"], tofauti))
    return makosa`)}

Naomba kuongeza ukaguzi kwa baba pia.`),

  rec('code_stata_en_za', f`${code(f`* post-enumeration survey: match rate by enumeration area
use "pes_matched.dta", clear
gen byte matched = (match_status == 1)
collapse (mean) match_rate = matched (count) n = hh_id, by(province ea_code)
gsort province -match_rate
list province ea_code match_rate n if n >= 20, sepby(province)`)}

Can you explain how to get a confidence interval per province instead of per EA?`),

  rec('code_xlsform_fr', f`Bonjour, notre questionnaire ODK pour le recensement refuse de se compiler. Voici les lignes en cause (feuille survey) :

${amb('source_code.snippet', f`type\tname\tlabel::Français\tconstraint\trelevance
integer\tage\tÂge révolu\t. >= 0 and . <= 120\t
select_one lien\tlien_cm\tLien avec le chef de ménage\t\t
integer\tnb_enfants_nes\tNombre d'enfants nés vivants\t. <= 20\t\${sexe} = 'F' and \${age} >= 12
date\tdate_naiss\tDate de naissance\t. < today()\t\${age_connu} = 'non'`)}

Erreur : "Unknown variable: age_connu".`),

  rec('code_swift_en_us', f`${code(f`// Census tablet app: keep the GPS fix only if accuracy is good enough for the dwelling pin
import CoreLocation

final class DwellingLocator: NSObject, CLLocationManagerDelegate {
    private let manager = CLLocationManager()
    private(set) var best: CLLocation?
    var onFix: ((CLLocation) -> Void)?

    func start() {
        manager.delegate = self
        manager.desiredAccuracy = kCLLocationAccuracyBest
        manager.requestWhenInUseAuthorization()
        manager.startUpdatingLocation()
    }

    func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        guard let loc = locations.last, loc.horizontalAccuracy > 0, loc.horizontalAccuracy <= 15 else { return }
        best = loc
        onFix?(loc)
        manager.stopUpdatingLocation()
    }
}`)}

In dense areas we never get under 15 m. Should I fall back after 60 seconds?`),

  rec('code_bash_id', f`Skrip backup database aplikasi sensus lapangan, tapi cron tidak jalan:

${code(f`#!/usr/bin/env bash
set -euo pipefail
TANGGAL=$(date +%Y%m%d)
DD_APP_KEY="${v('credential.datadog_app_key', DD_APP)}"
pg_dump -Fc sensus_lapangan > /backup/sensus_\${TANGGAL}.dump
curl -s -X POST "https://api.datadoghq.com/api/v1/events" \\
  -H "DD-APPLICATION-KEY: \${DD_APP_KEY}" -H "DD-API-KEY: \${DD_API_KEY}" \\
  -d "{\\"title\\": \\"backup sensus \${TANGGAL} selesai\\"}"
find /backup -name 'sensus_*.dump' -mtime +14 -delete`)}`),

  rec('code_rust_en_us', f`${code(f`/// Fixed-point interest accrual for venture loans (actual/360), amounts in cents.
pub fn accrue_interest(principal_cents: i64, annual_rate_bps: i64, days: i64) -> i64 {
    // principal * rate * days / 360 / 10_000, rounded half up
    let num = principal_cents as i128 * annual_rate_bps as i128 * days as i128;
    let den: i128 = 360 * 10_000;
    ((num + den / 2) / den) as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn one_month_on_five_million() {
        assert_eq!(accrue_interest(500_000_000, 1150, 30), 4_791_667);
    }
}`)}

Is rounding half up right for negative adjustments?`),

  rec('diff_en_gb', f`Review this diff for the booking reminder job, please:

${code(f`--- a/reminders/send.py
+++ b/reminders/send.py
@@ -12,9 +12,12 @@ def due_reminders(now):
-    return Appointment.objects.filter(start__lte=now + timedelta(hours=24), reminded=False)
+    window_start = now + timedelta(hours=23)
+    window_end = now + timedelta(hours=25)
+    return Appointment.objects.filter(start__range=(window_start, window_end), reminded=False, cancelled=False)

 def send(appt):
-    sms.send(appt.patient.mobile, render("reminder.txt", appt=appt))
+    if not appt.patient.sms_opt_in:
+        return
+    sms.send(appt.patient.mobile, render("reminder.txt", appt=appt))
     appt.reminded = True
     appt.save(update_fields=["reminded"])`)}`),

  rec('config_zh', f`我们的审核服务 Kafka 消费者总是重复消费，下面是配置，帮我看看：

${amb('source_code.snippet', f`spring:
  kafka:
    bootstrap-servers: kafka-1.tns.internal:9092,kafka-2.tns.internal:9092
    consumer:
      group-id: report-triage
      enable-auto-commit: false
      auto-offset-reset: earliest
      max-poll-records: 500
    listener:
      ack-mode: manual_immediate`)}`),
];
