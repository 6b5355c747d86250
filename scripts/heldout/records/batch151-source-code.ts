/**
 * Held-out batch 151: pasted source code (weighbridge serial parsers, toll tariff logic, seat maps,
 * CPAP compliance apps, dental CAD exports, case-management tools), prompts in many languages.
 * Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH151_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_de_ch', f`Hoi, d'Waag schickt mängisch zwei Frames zäme und dänn gaht de Parser kaputt. Chasch mir hälfe?

\`\`\`python
${code(f`import re
import serial

FRAME = re.compile(rb"(ST|US),(GS|NT),([+-]\\d{7})(kg|t)\\r\\n")

def read_weights(port="/dev/ttyUSB0"):
    with serial.Serial(port, 9600, timeout=1) as s:
        buf = b""
        while True:
            buf += s.read(64)
            for m in FRAME.finditer(buf):
                stable = m.group(1) == b"ST"
                value = int(m.group(3))
                yield stable, value, m.group(4).decode()
            buf = buf[buf.rfind(b"\\r\\n") + 2:]`)}
\`\`\``),

  rec('code_sql_pt', f`Esta query para o relatório de reclamações de portagens está muito lenta (tabela com 40 milhões de passagens). Como a optimizo?

${code(f`SELECT r.id_reclamacao,
       r.matricula,
       p.data_hora,
       p.portico,
       p.valor_cobrado,
       COUNT(*) OVER (PARTITION BY r.matricula, DATE(p.data_hora)) AS passagens_no_dia
FROM reclamacoes r
JOIN passagens p
  ON p.matricula = r.matricula
 AND p.data_hora BETWEEN r.data_inicio AND r.data_fim
WHERE r.estado = 'ABERTA'
ORDER BY r.id_reclamacao, p.data_hora;`)}`),

  rec('code_ts_en', f`Seat map for the opera house: the "best available" picker sometimes splits a party across an aisle. Any ideas?

\`\`\`ts
${code(f`type Seat = { row: string; number: number; section: 'stalls' | 'dress' | 'upper'; aisleAfter: boolean; held: boolean };

export function bestAvailable(seats: Seat[], party: number): Seat[] | null {
  const byRow = new Map<string, Seat[]>();
  for (const s of seats.filter((x) => !x.held)) {
    const key = \`\${s.section}-\${s.row}\`;
    byRow.set(key, [...(byRow.get(key) ?? []), s].sort((a, b) => a.number - b.number));
  }
  for (const row of byRow.values()) {
    for (let i = 0; i + party <= row.length; i++) {
      const run = row.slice(i, i + party);
      const contiguous = run.every((s, j) => j === 0 || s.number === run[j - 1]!.number + 1);
      if (contiguous) return run;
    }
  }
  return null;
}`)}
\`\`\``),

  rec('code_kotlin_ko', f`CPAP 대여 환자용 앱에서 사용 시간 계산이 자정 넘어가면 틀려요. 코드 좀 봐주세요.

${code(f`data class Session(val start: Instant, val end: Instant)

fun nightlyUsage(sessions: List<Session>, zone: ZoneId): Map<LocalDate, Duration> =
    sessions.groupBy { it.start.atZone(zone).toLocalDate() }
        .mapValues { (_, list) -> list.fold(Duration.ZERO) { acc, s -> acc + Duration.between(s.start, s.end) } }

fun isCompliant(usage: Map<LocalDate, Duration>): Boolean {
    val nights = usage.values.count { it >= Duration.ofHours(4) }
    return nights >= 21 // 30일 중 21일 이상, 4시간 이상
}`)}`),

  rec('code_go_ja', f`料金所のANPR画像の重複排除です。同じ車両が連続で撮影されたときに1件にまとめたいのですが、境界で漏れます。

\`\`\`go
${code(f`type Capture struct {
	Plate    string
	Gantry   string
	TakenAt  time.Time
	ImageKey string
}

func Dedupe(in []Capture, window time.Duration) []Capture {
	sort.Slice(in, func(i, j int) bool { return in[i].TakenAt.Before(in[j].TakenAt) })
	last := map[string]time.Time{}
	out := make([]Capture, 0, len(in))
	for _, c := range in {
		k := c.Plate + "|" + c.Gantry
		if t, ok := last[k]; ok && c.TakenAt.Sub(t) < window {
			continue
		}
		last[k] = c.TakenAt
		out = append(out, c)
	}
	return out
}`)}
\`\`\``),

  rec('code_csharp_nl', f`Onze export van kroonontwerpen naar de freesmachine schrijft soms lege STL-bestanden. Zie jij het probleem?

${code(f`public static void WriteBinaryStl(string path, IReadOnlyList<Triangle> tris)
{
    using var fs = new FileStream(path, FileMode.Create);
    using var bw = new BinaryWriter(fs);
    bw.Write(new byte[80]);              // header
    bw.Write((uint)tris.Count);
    foreach (var t in tris)
    {
        WriteVec(bw, t.Normal);
        WriteVec(bw, t.A); WriteVec(bw, t.B); WriteVec(bw, t.C);
        bw.Write((ushort)0);
    }
}

static void WriteVec(BinaryWriter bw, Vector3 v)
{
    bw.Write(v.X); bw.Write(v.Y); bw.Write(v.Z);
}`)}`),

  rec('code_rust_sv', f`Krympberäkning för spannmål (fukthalt) – stämmer formeln? Vi får lite för låga nettovikter.

${code(f`/// Nettovikt efter torkning till målfukt (t.ex. 14 %).
pub fn shrink_weight(gross_kg: f64, moisture_pct: f64, target_pct: f64, handling_loss_pct: f64) -> f64 {
    if moisture_pct <= target_pct {
        return gross_kg * (1.0 - handling_loss_pct / 100.0);
    }
    let dry = gross_kg * (100.0 - moisture_pct) / (100.0 - target_pct);
    dry * (1.0 - handling_loss_pct / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn wheat_17_to_14() {
        let n = shrink_weight(30_000.0, 17.0, 14.0, 0.5);
        assert!((n - 28_779.07).abs() < 0.5);
    }
}`)}`),

  rec('code_php_it', f`Il plugin per le iscrizioni alla scuola di danza non salva l'età dell'allieva. Dove sbaglio?

${code(f`<?php
add_action('wpcf7_before_send_mail', function ($form) {
    $sub = WPCF7_Submission::get_instance();
    if (!$sub) return;
    $d = $sub->get_posted_data();
    $nascita = DateTime::createFromFormat('d/m/Y', $d['data-nascita'] ?? '');
    $eta = $nascita ? $nascita->diff(new DateTime('today'))->y : null;
    $corso = $eta !== null && $eta < 10 ? 'propedeutica' : 'classico-1';
    update_option('ultima_iscrizione', ['corso' => $corso, 'eta' => $eta]);
});`)}`),

  rec('code_bash_fi', f`Tämä skripti siirtää palautettujen CPAP-laitteiden lokit arkistoon, mutta se ei käsittele välilyöntejä tiedostonimissä:

${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/data/palautukset
DST=/arkisto/cpap/$(date +%Y)
mkdir -p "$DST"
for f in $(find "$SRC" -name '*.edf' -mtime +1); do
  sarja=$(basename "$f" | cut -d_ -f1)
  mkdir -p "$DST/$sarja"
  mv "$f" "$DST/$sarja/"
done`)}`),

  rec('code_c_pl', f`Firmware wskaźnika wagi samochodowej liczy sumę kontrolną ramki RS-232 inaczej niż dokumentacja (XOR od STX do ETX włącznie?). Proszę o sprawdzenie:

${code(f`#include <stdint.h>
#include <stddef.h>

#define STX 0x02
#define ETX 0x03

uint8_t frame_bcc(const uint8_t *buf, size_t len)
{
    uint8_t bcc = 0;
    int in_frame = 0;
    for (size_t i = 0; i < len; i++) {
        if (buf[i] == STX) { in_frame = 1; continue; }
        if (!in_frame) continue;
        bcc ^= buf[i];
        if (buf[i] == ETX) break;
    }
    return bcc;
}`)}`),

  rec('code_java_ru', f`Расчёт тарифа по классу ТС для платной дороги: для 4-го класса ночью скидка не применяется. Где ошибка?

\`\`\`java
${code(f`public BigDecimal tariff(VehicleClass cls, LocalDateTime passage, BigDecimal base) {
    BigDecimal k = switch (cls) {
        case CLASS_1 -> BigDecimal.ONE;
        case CLASS_2 -> new BigDecimal("1.5");
        case CLASS_3 -> new BigDecimal("2.2");
        case CLASS_4 -> new BigDecimal("3.5");
    };
    boolean night = passage.getHour() >= 0 && passage.getHour() < 6;
    if (night && cls != VehicleClass.CLASS_4) {
        k = k.multiply(new BigDecimal("0.8"));
    }
    return base.multiply(k).setScale(2, RoundingMode.HALF_UP);
}`)}
\`\`\``),

  rec('code_ruby_es_mx', f`Oye, esta tarea manda los recordatorios de citas a las familias pero a veces los manda dos veces. ¿Qué le falta?

${code(f`class RecordatorioCitasJob < ApplicationJob
  queue_as :default

  def perform
    Cita.where(fecha: Date.tomorrow, recordatorio_enviado: false).find_each do |cita|
      idioma = cita.familia.idioma_preferido || "es"
      SmsService.enviar(cita.familia.telefono_principal, I18n.t("citas.recordatorio", locale: idioma, hora: cita.hora.strftime("%H:%M")))
      cita.update(recordatorio_enviado: true)
    end
  end
end`)}`),

  rec('code_swift_fr', f`Dans l'app de suivi des aligneurs, la notification « changez de gouttière » arrive un jour trop tôt. Le code :

${code(f`func prochainChangement(debut: Date, gouttiere: Int, joursParGouttiere: Int = 14) -> Date {
    let cal = Calendar(identifier: .gregorian)
    return cal.date(byAdding: .day, value: gouttiere * joursParGouttiere, to: debut)!
}

func planifierRappel(debut: Date, gouttiere: Int) {
    let contenu = UNMutableNotificationContent()
    contenu.title = "Aligneurs"
    contenu.body = "Il est temps de passer à la gouttière n°\\(gouttiere + 1)."
    let date = prochainChangement(debut: debut, gouttiere: gouttiere)
    let comps = Calendar.current.dateComponents([.year, .month, .day, .hour], from: date)
    let trigger = UNCalendarNotificationTrigger(dateMatching: comps, repeats: false)
    UNUserNotificationCenter.current().add(UNNotificationRequest(identifier: "g\\(gouttiere)", content: contenu, trigger: trigger))
}`)}`),

  rec('code_dart_ar', f`النموذج في تطبيق تسجيل العائلات لا يعرض النص العربي من اليمين لليسار، كيف أصلحه؟

${code(f`class IntakeForm extends StatelessWidget {
  const IntakeForm({super.key});

  @override
  Widget build(BuildContext context) {
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: const [
        TextField(decoration: InputDecoration(labelText: 'الاسم الكامل')),
        TextField(decoration: InputDecoration(labelText: 'عدد أفراد الأسرة'), keyboardType: TextInputType.number),
        TextField(decoration: InputDecoration(labelText: 'اللغة المفضلة')),
      ],
    );
  }
}`)}`),

  rec('code_vba_de_at', f`Das Makro für die Abo-Verlängerungen bricht bei leeren Zeilen ab. Kannst du es robuster machen?

${code(f`Sub AboVerlaengerung()
    Dim ws As Worksheet, i As Long, letzte As Long
    Set ws = ThisWorkbook.Sheets("Abonnenten")
    letzte = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For i = 2 To letzte
        If ws.Cells(i, "F").Value < Date + 30 Then
            ws.Cells(i, "G").Value = "Erinnerung senden"
            ws.Cells(i, "G").Interior.Color = RGB(255, 235, 156)
        End If
    Next i
End Sub`)}`),

  rec('code_ps_nb', f`Lag en rapport over CPAP-maskiner som ikke er levert tilbake etter 90 dager. Fungerer dette, eller er datosammenligningen feil?

${code(f`$utlan = Import-Csv -Path 'C:\\Utleie\\utlan.csv' -Delimiter ';'
$grense = (Get-Date).AddDays(-90)
$utlan |
  Where-Object { -not $_.Returnert -and [datetime]::ParseExact($_.Utlevert, 'dd.MM.yyyy', $null) -lt $grense } |
  Select-Object Serienummer, Modell, Utlevert |
  Export-Csv -Path 'C:\\Utleie\\forsinket.csv' -NoTypeInformation -Encoding UTF8`)}`),

  rec('code_r_el', f`Θέλω να συγκρίνω τον AHI πριν και μετά το CPAP για την ετήσια αναφορά. Είναι σωστό το τεστ;

${code(f`library(dplyr)

ahi <- read.csv("ahi_ananeosi_2024.csv")
zeugi <- ahi %>%
  filter(!is.na(ahi_prin), !is.na(ahi_meta)) %>%
  mutate(diafora = ahi_prin - ahi_meta)

wilcox.test(zeugi$ahi_prin, zeugi$ahi_meta, paired = TRUE)
summary(zeugi$diafora)`)}`),

  rec('diff_en', f`Review this change to the disputes service please, I'm not sure the rounding is right:

${code(f`--- a/disputes/refund.py
+++ b/disputes/refund.py
@@ -41,9 +41,12 @@ def refund_amount(dispute, passages):
-    total = sum(p.charged for p in passages if p.id in dispute.passage_ids)
-    return round(total, 2)
+    disputed = [p for p in passages if p.id in dispute.passage_ids]
+    total = sum((Decimal(p.charged) for p in disputed), Decimal("0"))
+    if dispute.admin_fee_waived:
+        total += Decimal(dispute.admin_fee)
+    return total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)`)}`),

  rec('code_sql_tr', f`İhracat beyannamesi için gemi bazında toplam net ağırlığı çeken sorgu, aynı kamyonu iki kez sayıyor. Nasıl düzeltirim?

${code(f`SELECT g.gemi_adi,
       g.imo_no,
       SUM(t.brut_kg - t.dara_kg) AS net_kg,
       COUNT(t.fis_no)            AS kamyon_sayisi
FROM kantar_fisleri t
JOIN yuklemeler y ON y.fis_no = t.fis_no
JOIN gemiler g    ON g.id = y.gemi_id
WHERE t.tarih >= DATE '2024-11-01'
GROUP BY g.gemi_adi, g.imo_no
ORDER BY net_kg DESC;`)}`),

  rec('code_scala_cs', f`Spark job, který páruje průjezdy mýtnými branami se stížnostmi – proč mi join vrací duplicity?

${code(f`val pruj = spark.table("myto.pruj_2024").filter($"datum" >= "2024-11-01")
val stiz = spark.table("myto.stiznosti").filter($"stav" === "otevrena")

val sparovane = stiz.join(pruj,
    stiz("spz") === pruj("spz") &&
    pruj("cas").between(stiz("od"), stiz("do")), "left")
  .select(stiz("id"), pruj("brana"), pruj("cas"), pruj("castka"))

sparovane.write.mode("overwrite").saveAsTable("myto.stiznosti_pruj")`)}`),

  rec('code_lua_th', f`ตอนเปิดขายบัตรบัลเล่ต์รอบพิเศษ เว็บล่มทุกปี อยากทำ rate limit ใน OpenResty ช่วยดูโค้ดนี้หน่อย

${code(f`local limit_req = require "resty.limit.req"
local lim, err = limit_req.new("ticket_limit", 20, 40)
if not lim then
  ngx.log(ngx.ERR, "init failed: ", err)
  return ngx.exit(500)
end
local key = ngx.var.binary_remote_addr
local delay, err = lim:incoming(key, true)
if not delay then
  if err == "rejected" then return ngx.exit(429) end
  return ngx.exit(500)
end
if delay >= 0.001 then ngx.sleep(delay) end`)}`),

  rec('code_python_zh_tw', f`售票排隊系統：同一個會員開多個分頁時會被重複排進隊列，要怎麼改？

${code(f`import time
import redis

r = redis.Redis(host="queue-cache", port=6379, decode_responses=True)

def join_queue(event_id: str, member_id: str) -> int:
    key = f"queue:{event_id}"
    r.zadd(key, {member_id: time.time()})
    return r.zrank(key, member_id) + 1

def admit(event_id: str, n: int = 50) -> list[str]:
    key = f"queue:{event_id}"
    batch = r.zrange(key, 0, n - 1)
    r.zrem(key, *batch)
    return batch`)}`),
];
