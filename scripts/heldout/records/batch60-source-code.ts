/**
 * Held-out batch 60: pasted source code from the six organisations of this batch (export desk,
 * dental chain, metro signalling, wine importer, legal-aid clinic, cooling field service), in many
 * programming languages, with questions in many natural languages. No secrets inside.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH60_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`This is supposed to warn us when a reefer container of avocados drifts above 7 °C for more than 30 minutes, but it fires on every single spike. What's wrong with the window logic?

\`\`\`python
${code(f`import pandas as pd

def excursions(df: pd.DataFrame, limit: float = 7.0, minutes: int = 30) -> pd.DataFrame:
    df = df.sort_values("ts").set_index("ts")
    above = df["supply_air_c"] > limit
    # rolling count of readings above the limit in the last N minutes
    hits = above.rolling(f"{minutes}min").sum()
    df["alert"] = hits > 0
    return df[df["alert"]].reset_index()[["ts", "container", "supply_air_c"]]

log = pd.read_csv("reefer_MSKU7391042.csv", parse_dates=["ts"])
print(excursions(log).head(20))`)}
\`\`\``),

  rec('code_sql', f`Hallo, ich brauche eine Auswertung der Nichterscheinen-Quote pro Praxis und Wochentag für die Kinderzahnarztpraxen. Stimmt diese Abfrage so? Die Zahlen für Montag wirken zu hoch.

${code(f`SELECT p.name                                  AS praxis,
       EXTRACT(ISODOW FROM t.beginn)           AS wochentag,
       COUNT(*)                                AS termine,
       COUNT(*) FILTER (WHERE t.status = 'no_show') AS nicht_erschienen,
       ROUND(100.0 * COUNT(*) FILTER (WHERE t.status = 'no_show') / COUNT(*), 1) AS quote_pct
FROM termine t
JOIN praxen p ON p.id = t.praxis_id
LEFT JOIN termin_absagen a ON a.termin_id = t.id
WHERE t.beginn >= date_trunc('quarter', now()) - interval '3 months'
GROUP BY p.name, wochentag
ORDER BY p.name, wochentag;`)}`),

  rec('code_st', f`Hoi, dit is de regeling voor de vrije koeling op onze koelmachines (Structured Text, Codesys). Bij een buitentemperatuur rond de 12 °C schakelt hij steeds aan en uit. Hoe bouw ik een fatsoenlijke hysterese in?

${code(f`PROGRAM FreeCoolingCtrl
VAR
    rOutdoorTemp   : REAL;   (* °C *)
    rReturnWater   : REAL;   (* °C *)
    rApproach      : REAL := 3.0;
    bFreeCooling   : BOOL;
    tonMinRun      : TON;
END_VAR

IF rOutdoorTemp < (rReturnWater - rApproach) THEN
    bFreeCooling := TRUE;
ELSE
    bFreeCooling := FALSE;
END_IF;

tonMinRun(IN := bFreeCooling, PT := T#10M);
Valve_FC_Open := bFreeCooling;
Compressor_Enable := NOT bFreeCooling;
END_PROGRAM`)}`),

  rec('code_go', f`Cześć, ten serwis odpytuje po SNMP sterowniki napędów zwrotnicowych i zapisuje czasy przełożenia. Czasem się zawiesza na jednym urządzeniu i blokuje całą pętlę. Jak dodać timeout per urządzenie?

\`\`\`go
${code(f`package main

import (
	"log"
	"time"

	"github.com/gosnmp/gosnmp"
)

const oidThrowTime = ".1.3.6.1.4.1.53864.2.1.4.0"

func pollAll(targets []string) map[string]time.Duration {
	out := make(map[string]time.Duration)
	for _, t := range targets {
		g := &gosnmp.GoSNMP{Target: t, Port: 161, Community: "public", Version: gosnmp.Version2c}
		if err := g.Connect(); err != nil {
			log.Printf("%s: %v", t, err)
			continue
		}
		res, err := g.Get([]string{oidThrowTime})
		g.Conn.Close()
		if err != nil || len(res.Variables) == 0 {
			continue
		}
		out[t] = time.Duration(gosnmp.ToBigInt(res.Variables[0].Value).Int64()) * time.Millisecond
	}
	return out
}`)}
\`\`\``),

  rec('code_java', f`Ciao, nel gestionale della distribuzione vini lo scarico delle bottiglie dovrebbe seguire il FIFO per lotto, ma a volte prende il lotto più recente. Riesci a trovare il bug?

${code(f`public List<Prelievo> scarica(String codiceArticolo, int bottiglie) {
    List<Lotto> lotti = lottoRepo.findByArticolo(codiceArticolo);
    lotti.sort(Comparator.comparing(Lotto::getDataImbottigliamento).reversed());

    List<Prelievo> prelievi = new ArrayList<>();
    int restanti = bottiglie;
    for (Lotto l : lotti) {
        if (restanti == 0) break;
        int presi = Math.min(l.getGiacenza(), restanti);
        if (presi > 0) {
            l.setGiacenza(l.getGiacenza() - presi);
            prelievi.add(new Prelievo(l.getCodice(), presi));
            restanti -= presi;
        }
    }
    if (restanti > 0) throw new GiacenzaInsufficienteException(codiceArticolo, restanti);
    return prelievi;
}`)}`),

  rec('code_tsx', f`Oi, estou fazendo o formulário de triagem da clínica jurídica em React. Quando a pessoa marca "tem filhos menores", o campo de quantidade não aparece até eu clicar de novo. Por quê?

\`\`\`tsx
${code(f`import { useState } from 'react';

export function Triagem({ onSubmit }: { onSubmit: (d: Dados) => void }) {
  const [dados, setDados] = useState<Dados>({ nome: '', temFilhos: false, qtdFilhos: 0, assunto: 'moradia' });
  const mostrarQtd = useState(dados.temFilhos)[0];

  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(dados); }}>
      <label>Nome <input value={dados.nome} onChange={(e) => setDados({ ...dados, nome: e.target.value })} /></label>
      <label>
        <input type="checkbox" checked={dados.temFilhos}
          onChange={(e) => setDados({ ...dados, temFilhos: e.target.checked })} />
        Tem filhos menores?
      </label>
      {mostrarQtd && (
        <label>Quantos? <input type="number" min={1} value={dados.qtdFilhos}
          onChange={(e) => setDados({ ...dados, qtdFilhos: Number(e.target.value) })} /></label>
      )}
      <button type="submit">Enviar</button>
    </form>
  );
}`)}
\`\`\``),

  rec('code_bash', f`Bonjour, ce script archive les journaux des armoires de climatisation qu'on récupère chez les clients, mais il remplit le disque quand même. Qu'est-ce qui cloche ?

${code(f`#!/bin/bash
# archive_logs.sh — lancé par cron tous les jours à 02:00
SRC=/data/crah-logs
DST=/data/archives
KEEP_DAYS=30

for site in "$SRC"/*; do
  name=$(basename "$site")
  tar -czf "$DST/\${name}_$(date +%Y%m%d).tar.gz" -C "$site" .
done

find $DST -name "*.tar.gz" -mtime +KEEP_DAYS -exec rm {} \\;`)}`),

  rec('code_rust', f`CBTC の無線テレグラムをパースする関数です。長さフィールドが実際のペイロードより大きいときにパニックします。安全に書き直すにはどうすればいいですか？

${code(f`pub struct Telegram<'a> {
    pub train_id: u16,
    pub kind: u8,
    pub payload: &'a [u8],
}

pub fn parse(buf: &[u8]) -> Telegram<'_> {
    let train_id = u16::from_be_bytes([buf[0], buf[1]]);
    let kind = buf[2];
    let len = buf[3] as usize;
    let payload = &buf[4..4 + len];
    Telegram { train_id, kind, payload }
}`)}`),

  rec('code_csharp', f`안녕하세요, 소아치과 예약 알림을 보내는 코드인데 서머타임이 없는 한국에서도 가끔 알림이 한 시간 늦게 나갑니다. 서버는 유럽에 있어요. 어디를 고쳐야 할까요?

${code(f`public IEnumerable<Reminder> DueReminders(DateTime now)
{
    var tomorrow = now.Date.AddDays(1);
    return _db.Appointments
        .Where(a => a.Start.Date == tomorrow && !a.ReminderSent)
        .Select(a => new Reminder
        {
            AppointmentId = a.Id,
            SendAt = a.Start.AddHours(-24),
            Message = $"{a.ChildName} 어린이의 치과 예약이 내일 {a.Start:HH:mm}에 있습니다."
        })
        .ToList();
}`)}`),

  rec('code_kotlin', f`Hej! I vår serviceapp för kyltekniker kraschar listan med arbetsordrar när en order saknar kundens adress. Hur gör jag det null-säkert?

\`\`\`kotlin
${code(f`data class Arbetsorder(
    val id: String,
    val kund: String,
    val adress: Adress?,
    val prioritet: Int,
)

class OrderAdapter(private val ordrar: List<Arbetsorder>) : RecyclerView.Adapter<OrderAdapter.VH>() {
    class VH(val binding: ItemOrderBinding) : RecyclerView.ViewHolder(binding.root)

    override fun onBindViewHolder(holder: VH, position: Int) {
        val o = ordrar[position]
        holder.binding.kund.text = o.kund
        holder.binding.adress.text = o.adress!!.gata + ", " + o.adress.ort
        holder.binding.prio.text = "P" + o.prioritet
    }

    override fun getItemCount() = ordrar.size
    override fun onCreateViewHolder(p: ViewGroup, t: Int) =
        VH(ItemOrderBinding.inflate(LayoutInflater.from(p.context), p, false))
}`)}
\`\`\``),

  rec('code_php', f`Hola, en la tienda online de vinos tenemos una verificación de edad y un cliente nacido el 29 de febrero no puede comprar. ¿Dónde está el fallo?

${code(f`<?php
function esMayorDeEdad(string $fechaNacimiento, int $edadMinima = 18): bool
{
    $nac = DateTime::createFromFormat('d/m/Y', $fechaNacimiento);
    if ($nac === false) {
        return false;
    }
    $cumple = DateTime::createFromFormat('d/m/Y', $nac->format('d/m/') . date('Y'));
    $edad = (int) date('Y') - (int) $nac->format('Y');
    if ($cumple > new DateTime()) {
        $edad--;
    }
    return $edad >= $edadMinima;
}`)}`),

  rec('code_r', f`Hola, quiero comparar el rendimiento por hectárea de café entre las veredas de la cooperativa, pero el gráfico me sale con las veredas en desorden. ¿Cómo las ordeno por la mediana?

${code(f`library(dplyr)
library(ggplot2)

cosecha <- read.csv("cosecha_2024.csv", encoding = "UTF-8")

cosecha %>%
  mutate(kg_ha = kg_pergamino / hectareas) %>%
  filter(kg_ha < 4000) %>%
  ggplot(aes(x = vereda, y = kg_ha)) +
  geom_boxplot(fill = "#7a9a3a") +
  coord_flip() +
  labs(x = NULL, y = "kg de café pergamino por hectárea",
       title = "Rendimiento 2024 por vereda")`)}`),

  rec('code_vba', f`Hej, denne makro skal opdatere vores prisliste over vine med den nye kurs for euro, men den springer nogle rækker over. Hvorfor?

${code(f`Sub OpdaterPriser()
    Dim ws As Worksheet, r As Long, kurs As Double
    Set ws = ThisWorkbook.Sheets("Prisliste")
    kurs = ThisWorkbook.Sheets("Valuta").Range("B2").Value

    For r = 2 To ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
        If ws.Cells(r, "D").Value = "" Then
            ws.Rows(r).Delete
        Else
            ws.Cells(r, "F").Value = Round(ws.Cells(r, "D").Value * kurs * 1.25, 0)
        End If
    Next r
End Sub`)}`),

  rec('code_powershell', f`Hei, skriptet under skal kopiere nye hendelseslogger fra akseltellerne til fellesområdet hver natt, men det kopierer alt på nytt hver gang. Kan du fikse det?

${code(f`$kilde = "D:\\Akselteller\\Logg"
$mal   = "\\\\drift-fs01\\Signal\\Akselteller"
$sist  = Get-Content "$mal\\sist_kjort.txt" -ErrorAction SilentlyContinue

Get-ChildItem $kilde -Filter *.log | Where-Object { $_.LastWriteTime -gt $sist } | ForEach-Object {
    Copy-Item $_.FullName -Destination $mal -Force
}

Get-Date | Out-File "$mal\\sist_kjort.txt"`)}`),

  rec('code_ruby', f`Merhaba, hukuk kliniğinde dava sürelerini hesaplayan bu metot adli tatili hesaba katmıyor. 20 Temmuz–31 Ağustos arasına denk gelen süreler 1 Eylül'den itibaren bir hafta uzamalı. Nasıl eklerim?

${code(f`require "date"

module Sureler
  RESMI_TATILLER = [Date.new(2025, 1, 1), Date.new(2025, 4, 23), Date.new(2025, 5, 1)].freeze

  def self.son_gun(teblig_tarihi, gun_sayisi)
    son = teblig_tarihi + gun_sayisi
    son += 1 while son.saturday? || son.sunday? || RESMI_TATILLER.include?(son)
    son
  end
end

puts Sureler.son_gun(Date.new(2025, 7, 10), 14)`)}`),

  rec('code_swift', f`你好，我們兒童牙科的 App 有一個刷牙計時器，但是切到背景再回來，時間就不準了。要怎麼改？

${code(f`import SwiftUI

struct BrushTimerView: View {
    @State private var remaining = 120
    @State private var timer: Timer?

    var body: some View {
        VStack(spacing: 24) {
            Text("\\(remaining / 60):\\(String(format: "%02d", remaining % 60))")
                .font(.system(size: 64, weight: .bold, design: .rounded))
            Button(timer == nil ? "開始刷牙" : "暫停") { toggle() }
        }
    }

    private func toggle() {
        if let t = timer { t.invalidate(); timer = nil; return }
        timer = Timer.scheduledTimer(withTimeInterval: 1, repeats: true) { _ in
            if remaining > 0 { remaining -= 1 } else { timer?.invalidate(); timer = nil }
        }
    }
}`)}`),

  rec('code_js', f`היי, זו פונקציה ב-Node-RED שמקבלת קריאות Modbus מהצ'ילרים ושולחת התראה אם לחץ היניקה נמוך. היא שולחת התראה כפולה כל פעם. מה הבעיה?

${code(f`const LOW_SUCTION_BAR = 2.8;
const last = context.get('lastAlarm') || {};

const unit = msg.topic;               // e.g. "chiller-03"
const suction = msg.payload.suction_bar;

if (suction < LOW_SUCTION_BAR) {
    if (!last[unit] || Date.now() - last[unit] > 15 * 60 * 1000) {
        last[unit] = Date.now();
        node.send({ topic: unit, payload: \`Low suction pressure: \${suction} bar\` });
    }
    context.set('lastAlarm', last);
    return msg;
}
return null;`)}`),

  rec('code_diff', f`Посмотри, пожалуйста, этот патч к нашей утилите разбора журналов счётчиков осей. Правильно ли я поменял обработку переполнения счётчика?

${code(f`--- a/axlecount/parser.py
+++ b/axlecount/parser.py
@@ -41,11 +41,15 @@ def parse_record(line: str) -> Record:
     section, direction, count_in, count_out = fields[1:5]
-    delta = int(count_in) - int(count_out)
+    cin, cout = int(count_in), int(count_out)
+    # counters are 16-bit and wrap around
+    delta = (cin - cout) % 65536
+    if delta > 32767:
+        delta -= 65536
     return Record(
         ts=parse_ts(fields[0]),
         section=section,
         direction=Direction(direction),
-        occupied=delta != 0,
+        occupied=delta > 0,
     )`)}`),

  rec('code_cpp', f`Здравей, имам Arduino с датчици DS18B20 в студения коридор на сървърното помещение. Показанията понякога са -127 °C. Как да ги филтрирам?

${code(f`#include <OneWire.h>
#include <DallasTemperature.h>

OneWire bus(4);
DallasTemperature sensors(&bus);

void setup() {
  Serial.begin(115200);
  sensors.begin();
}

void loop() {
  sensors.requestTemperatures();
  for (uint8_t i = 0; i < sensors.getDeviceCount(); i++) {
    float t = sensors.getTempCByIndex(i);
    Serial.print("sensor ");
    Serial.print(i);
    Serial.print(": ");
    Serial.println(t);
  }
  delay(5000);
}`)}`),

  rec('code_gas', f`Hai, saya guna Google Apps Script untuk hantar senarai stok wain yang hampir habis kepada pasukan jualan setiap pagi Isnin. Kenapa ia hantar e-mel kosong bila semua stok cukup?

${code(f`function laporanStokRendah() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Stok');
  const data = sheet.getDataRange().getValues().slice(1);
  const rendah = data.filter(r => r[3] < r[4]);          // baki < paras minimum
  const baris = rendah.map(r => \`\${r[0]} – \${r[1]}: \${r[3]} botol (min \${r[4]})\`);

  MailApp.sendEmail({
    to: PropertiesService.getScriptProperties().getProperty('SENARAI_JUALAN'),
    subject: 'Stok wain rendah – ' + Utilities.formatDate(new Date(), 'Asia/Kuala_Lumpur', 'dd/MM/yyyy'),
    body: baris.join('\\n'),
  });
}`)}`),
];
