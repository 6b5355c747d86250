/**
 * Held-out batch 163: pasted source code from the six organisations (parking tariffs, incident
 * parsers, magazine stock ledgers, visa-letter generators, export calculators), comments in many
 * languages; configs and Dockerfiles ambiguous. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const cfg = (body: ReturnType<typeof f>) => amb('source_code.snippet', body);

export const BATCH163_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`The long-stay tariff gives the wrong price when someone parks over midnight on the last day. What's wrong?

\`\`\`python
${code(f`from datetime import datetime, timedelta
from math import ceil

DAILY_RATE = {"P1": 18.00, "P2": 11.50, "LONG": 7.90}
FIRST_HOUR_FREE = {"P1": False, "P2": True, "LONG": False}

def tariff(zone: str, entry: datetime, exit: datetime) -> float:
    minutes = (exit - entry).total_seconds() / 60
    if FIRST_HOUR_FREE[zone] and minutes <= 60:
        return 0.0
    days = ceil(minutes / (24 * 60))
    return round(days * DAILY_RATE[zone], 2)`)}
\`\`\``),

  rec('code_sql_de', f`Die Abfrage soll alle Fundsachen liefern, die länger als 90 Tage nicht abgeholt wurden, damit wir sie an die Versteigerung geben können. Warum kommen auch abgeholte Sachen mit?

${code(f`SELECT f.fund_nr, f.beschreibung, f.fundort, f.fund_datum
FROM fundsachen f
LEFT JOIN abholungen a ON a.fund_nr = f.fund_nr
WHERE f.fund_datum < CURRENT_DATE - INTERVAL '90 days'
   OR a.abgeholt_am IS NULL
ORDER BY f.fund_datum;`)}`),

  rec('code_ts_ja', f`ビザ用の在籍証明書PDFを作る関数です。日付の書式がイギリス式にならないのはなぜでしょう？

\`\`\`ts
${code(f`import PDFDocument from 'pdfkit';

// 在籍証明書（ビザ申請用）
export function enrolmentLetter(doc: PDFDocument, s: { name: string; course: string; start: Date; end: Date }) {
  const fmt = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric' });
  doc.fontSize(12).text(\`This is to confirm that \${s.name} is enrolled on \${s.course}\`);
  doc.text(\`from \${fmt.format(s.start)} to \${fmt.format(s.end)}, 15 hours per week.\`);
}`)}
\`\`\``),

  rec('code_go', f`Parser for the AIS position reports we attach to incident log entries. It panics on some messages:

${code(f`func parsePosition(payload []byte) (lat, lon float64, err error) {
	bits := sixBit(payload)
	rawLon := int32(bits.Uint(61, 28)<<4) >> 4
	rawLat := int32(bits.Uint(89, 27)<<5) >> 5
	if rawLon == 0x6791AC0 || rawLat == 0x3412140 {
		return 0, 0, errNotAvailable
	}
	return float64(rawLat) / 600000.0, float64(rawLon) / 600000.0, nil
}`)}

panic: runtime error: slice bounds out of range [:116] with capacity 96`),

  rec('code_csharp_pl', f`Metoda do uzgadniania stanu magazynu materiałów wybuchowych. Czasem wychodzi ujemny stan — gdzie błąd?

\`\`\`csharp
${code(f`public decimal StanKoncowy(IEnumerable<Ruch> ruchy, string kodMaterialu)
{
    // przychód (+) i rozchód (-) w kg, zwroty z odpalania liczone jako przychód
    return ruchy
        .Where(r => r.KodMaterialu == kodMaterialu)
        .Sum(r => r.Typ switch
        {
            TypRuchu.Przyjecie => r.IloscKg,
            TypRuchu.Wydanie => -r.IloscKg,
            TypRuchu.Zwrot => -r.IloscKg,
            _ => 0m
        });
}`)}
\`\`\``),

  rec('code_kotlin_ko', f`투석 용품 배송 앱에서 배송 시간대를 고르는 화면인데, 오전 슬롯이 안 보여요.

${code(f`fun availableSlots(date: LocalDate, now: LocalDateTime): List<Slot> {
    val slots = listOf(Slot("08:00", "12:00"), Slot("12:00", "16:00"), Slot("16:00", "20:00"))
    // 당일 배송은 출발 2시간 전까지만 가능
    return slots.filter { slot ->
        val start = LocalDateTime.of(date, LocalTime.parse(slot.from))
        start.isAfter(now.plusHours(2)) || date.isAfter(now.toLocalDate())
    }
}`)}`),

  rec('code_rust', f`${code(f`/// MMSI sanity check before we attach a vessel to an incident.
pub fn mmsi_kind(mmsi: u32) -> Option<&'static str> {
    let s = format!("{:09}", mmsi);
    match &s[..3] {
        "111" => Some("SAR aircraft"),
        "970" => Some("AIS-SART"),
        "972" => Some("MOB device"),
        "974" => Some("EPIRB-AIS"),
        p if p.starts_with("00") => Some("coast station"),
        _ if (201..=775).contains(&s[..3].parse::<u32>().ok()?) => Some("ship"),
        _ => None,
    }
}`)}

Clippy says the last arm is unreachable sometimes, why?`),

  rec('code_bash_fr', f`Mon script de sauvegarde du journal des incidents ne supprime jamais les vieilles archives :

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
DEST=/srv/sauvegardes/journal
STAMP=$(date +%F)
pg_dump -Fc journal_incidents > "$DEST/journal-$STAMP.dump"
# garder 30 jours
find "$DEST" -name 'journal-*.dump' -mtime +30 -exec rm {} \\;
echo "sauvegarde OK $STAMP"`)}
\`\`\``),

  rec('code_php_es', f`El formulario de pedidos de sidra para distribuidores suma mal el IVA cuando hay cajas mixtas. ¿Lo ves?

${code(f`<?php
function totalPedido(array $lineas): float {
    $total = 0;
    foreach ($lineas as $l) {
        $base = $l['cajas'] * $l['precio_caja'];
        // sidra con alcohol: IVA 21 %, zumo de manzana: 10 %
        $iva = $l['tipo'] === 'sidra' ? 0.21 : 0.10;
        $total += $base * $iva;
    }
    return round($total, 2);
}`)}`),

  rec('code_ruby_ptbr', f`Esse mailer de carta de visto manda o anexo vazio às vezes. Alguma ideia?

${code(f`class CartaVistoMailer < ApplicationMailer
  def enviar(matricula)
    @aluno = matricula.aluno
    pdf = CartaVistoPdf.new(matricula).render
    attachments["carta_visto_#{matricula.id}.pdf"] = pdf if pdf.present?
    mail(to: @aluno.email, subject: "Sua carta para o visto de estudante")
  end
end`)}`),

  rec('code_java_it', f`Questo metodo deve segnalare quando le sacche di dialisato di un paziente scendono sotto la scorta di 5 giorni, ma non scatta mai:

\`\`\`java
${code(f`public boolean sottoScorta(Paziente p, int sacchePerGiorno) {
    int giorniRimasti = p.getSaccheInCasa() / sacchePerGiorno;
    // soglia di sicurezza: 5 giorni
    return giorniRimasti < 5 && p.getProssimaConsegna().isAfter(LocalDate.now().plusDays(giorniRimasti));
}`)}
\`\`\``),

  rec('code_swift_zh_tw', f`失物招領 App 的列表在搜尋時會閃一下，怎麼改比較好？

${code(f`struct LostItemsView: View {
    @State private var query = ""
    let items: [LostItem]

    var filtered: [LostItem] {
        query.isEmpty ? items : items.filter { $0.title.localizedCaseInsensitiveContains(query) }
    }

    var body: some View {
        List(filtered) { item in
            LostItemRow(item: item)   // 物品名稱、拾獲地點、日期
        }
        .searchable(text: $query)
        .animation(.default, value: query)
    }
}`)}`),

  rec('code_vba_nl', f`Deze macro berekent het aantal pallets voor de cider-export, maar bij 0 flessen krijg ik een fout. Help?

${code(f`Function AantalPallets(flessen As Long, flessenPerDoos As Integer, dozenPerPallet As Integer) As Long
    Dim dozen As Long
    dozen = -Int(-flessen / flessenPerDoos)   ' naar boven afronden
    AantalPallets = -Int(-dozen / dozenPerPallet)
    If dozen Mod dozenPerPallet = 0 Then AantalPallets = dozen / dozenPerPallet
End Function`)}`),

  rec('code_r_sv', f`Jag vill plotta antal incidenter per månad och typ för stationens årsrapport. Staplarna hamnar i fel ordning:

${code(f`library(dplyr)
library(ggplot2)

incidenter %>%
  mutate(manad = format(as.Date(datum), "%b")) %>%
  count(manad, typ) %>%
  ggplot(aes(x = manad, y = n, fill = typ)) +
  geom_col() +
  labs(x = "Månad", y = "Antal", title = "Incidenter 2024")`)}`),

  rec('code_sql_ru', f`Нужен отчёт о расходе ВМ по взрывам за месяц для Ростехнадзора. Запрос считает дважды, почему?

${code(f`SELECT v.nomer_vzryva, v.data, m.naimenovanie, SUM(r.kolichestvo_kg) AS rashod_kg
FROM vzryvy v
JOIN rashod r ON r.vzryv_id = v.id
JOIN materialy m ON m.id = r.material_id
JOIN naryady n ON n.vzryv_id = v.id
WHERE v.data BETWEEN '2025-05-01' AND '2025-05-31'
GROUP BY v.nomer_vzryva, v.data, m.naimenovanie;`)}`),

  rec('code_python_hi', f`यह pandas कोड हर मरीज़ की महीने की डायलिसिस सप्लाई का हिसाब लगाता है, लेकिन NaN आ रहा है:

\`\`\`python
${code(f`import pandas as pd

orders = pd.read_csv("orders_june.csv", parse_dates=["delivery_date"])
# हर मरीज़ के कुल बैग
monthly = (orders.groupby(["patient_id", orders.delivery_date.dt.month])["bags"]
                 .sum()
                 .unstack())
monthly["avg_per_day"] = monthly[6] / 30`)}
\`\`\``),

  rec('code_js_he', f`הטיימר בדף התשלום של החניה לא מתאפס כשמשתמש חוזר לטאב. מה לא בסדר?

${code(f`let remaining = 15 * 60;
const el = document.getElementById('timer');
const t = setInterval(() => {
  remaining -= 1;
  el.textContent = \`\${Math.floor(remaining / 60)}:\${String(remaining % 60).padStart(2, '0')}\`;
  if (remaining <= 0) { clearInterval(t); location.href = '/parking/expired'; }
}, 1000);`)}`),

  rec('code_c', f`Firmware for the magazine door contact on an STM32. The alarm sometimes fires when the door is closed:

${code(f`#define DEBOUNCE_MS 50

void door_poll(void) {
    static uint32_t last_change = 0;
    static uint8_t last_state = DOOR_CLOSED;
    uint8_t s = HAL_GPIO_ReadPin(DOOR_GPIO_Port, DOOR_Pin);
    if (s != last_state && HAL_GetTick() - last_change > DEBOUNCE_MS) {
        last_state = s;
        last_change = HAL_GetTick();
        if (s == DOOR_OPEN && !access_granted()) raise_alarm(ALARM_MAGAZINE_DOOR);
    }
}`)}`),

  rec('dockerfile', f`Is this Dockerfile for the cider export price-list site OK for production?

${cfg(f`FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80`)}`),

  rec('code_python_test', f`My pytest for the lost-property notification fails on the phone formatting, expected vs actual below:

${code(f`def test_claim_notification_formats_phone():
    claim = Claim(
        ref="LP-2025-06-3391",
        name="Gareth Pryce-Jones",
        email="${v('pii.email', 'gareth.pryce.jones@btinternet.com')}",
        phone="${phone('07823416905', 'GB')}",
    )
    msg = build_sms(claim)
    assert msg.to == "${phone('+447823416905')}"
    assert "LP-2025-06-3391" in msg.body`)}

E   AssertionError: assert '07823416905' == '${amb('pii.phone', '+447823416905')}'`),

  rec('diff', f`Review this change to the visa-letter template selector please:

${code(f`--- a/letters/select.py
+++ b/letters/select.py
@@ -12,9 +12,12 @@ def template_for(student):
-    if student.course_weeks >= 25:
-        return "long_term_visa.docx"
-    return "short_term_study.docx"
+    if student.nationality in VISA_REQUIRED and student.course_weeks >= 25:
+        return "long_term_visa.docx"
+    if student.nationality in VISA_REQUIRED:
+        return "short_term_study_visa.docx"
+    return "enrolment_confirmation.docx"`)}`),

  rec('code_ps1', f`Script that archives scanned parking-fine appeals to the file server; it copies but doesn't delete originals:

\`\`\`powershell
${code(f`$src = "D:\\Scans\\Einsprueche"
$dst = "\\\\fs01\\parking\\archiv\\$(Get-Date -Format yyyy-MM)"
New-Item -ItemType Directory -Force -Path $dst | Out-Null
Get-ChildItem $src -Filter *.pdf | ForEach-Object {
    Copy-Item $_.FullName $dst
    if (Test-Path (Join-Path $dst $_.Name)) { Remove-Item $_.FullName -WhatIf }
}`)}
\`\`\``),
];
