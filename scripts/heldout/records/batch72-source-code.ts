/**
 * Held-out batch 72: pasted source code — lease-schedule macros, gate and yard tooling, dental-lab CAD
 * order parsers, school scripts and SaaS back-end code — with questions in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH72_SOURCE_CODE: DraftRecord[] = [
  rec('code_vba', f`This macro builds the rent schedule for a new lease, but when the lease starts mid-month the first period comes out as a full month. How do I pro-rate the first and last period by days?

${code(f`Sub BuildRentSchedule()
    Dim ws As Worksheet: Set ws = Sheets("Schedule")
    Dim startDate As Date, termMonths As Integer, monthlyRent As Double
    startDate = Sheets("Inputs").Range("C4").Value
    termMonths = Sheets("Inputs").Range("C5").Value
    monthlyRent = Sheets("Inputs").Range("C6").Value

    Dim i As Integer, r As Long: r = 2
    ws.Range("A2:D500").ClearContents
    For i = 0 To termMonths - 1
        ws.Cells(r, 1).Value = i + 1
        ws.Cells(r, 2).Value = DateAdd("m", i, startDate)
        ws.Cells(r, 3).Value = DateAdd("d", -1, DateAdd("m", i + 1, startDate))
        ws.Cells(r, 4).Value = monthlyRent
        r = r + 1
    Next i
    ws.Range("D2:D" & r - 1).NumberFormat = "#,##0.00"
End Sub`)}`),

  rec('code_python_de', f`Ich möchte aus den exocad-Auftragsdateien (XML) eine Übersicht machen, welche Praxis wie viele Kronen pro Material bestellt hat. Das Skript liest aber bei manchen Dateien gar nichts. Woran liegt das?

\`\`\`python
${code(f`import glob
import xml.etree.ElementTree as ET
from collections import Counter

zaehler = Counter()
for pfad in glob.glob(r"D:\\exocad\\Auftraege\\**\\*.dentalProject", recursive=True):
    baum = ET.parse(pfad)
    wurzel = baum.getroot()
    praxis = wurzel.findtext("Customer/Name", default="unbekannt")
    for zahn in wurzel.iter("Tooth"):
        material = zahn.findtext("Material", default="?")
        if zahn.get("type") == "crown":
            zaehler[(praxis, material)] += 1

for (praxis, material), anzahl in sorted(zaehler.items()):
    print(f"{praxis:<40} {material:<20} {anzahl:>4}")`)}
\`\`\`

Bei den neueren Dateien steht im Root-Element ein xmlns-Attribut, falls das hilft.`),

  rec('code_sql_fr', f`Cette requête sur la base du TOS doit donner le temps moyen de passage au portail par créneau horaire, mais les camions qui font un double mouvement (dépose + retrait) sont comptés deux fois. Comment corriger ?

${code(f`SELECT
    date_trunc('hour', g.gate_in_ts)                         AS creneau,
    COUNT(*)                                                 AS nb_camions,
    AVG(EXTRACT(EPOCH FROM (g.gate_out_ts - g.gate_in_ts)) / 60)::numeric(6,1) AS minutes_moyennes
FROM gate_transactions g
JOIN truck_visits v ON v.visit_id = g.visit_id
WHERE g.gate_in_ts >= DATE '2025-01-06'
  AND g.gate_in_ts <  DATE '2025-01-13'
  AND g.status = 'COMPLETED'
GROUP BY 1
ORDER BY 1;`)}`),

  rec('code_gas_es', f`Hola, en el internado pasamos lista por la noche con un Google Form y este script marca en rojo a los alumnos que no han fichado antes de las 22:15. El problema es que también marca a los que tienen permiso de fin de semana. ¿Cómo lo arreglo?

${code(f`function marcarAusentes() {
  const hoja = SpreadsheetApp.getActive().getSheetByName('Lista');
  const permisos = SpreadsheetApp.getActive().getSheetByName('Permisos').getDataRange().getValues();
  const datos = hoja.getDataRange().getValues();
  const limite = new Date();
  limite.setHours(22, 15, 0, 0);

  for (let i = 1; i < datos.length; i++) {
    const [alumno, residencia, horaFichaje] = datos[i];
    const fila = hoja.getRange(i + 1, 1, 1, 3);
    if (!horaFichaje || new Date(horaFichaje) > limite) {
      fila.setBackground('#f4cccc');
    } else {
      fila.setBackground(null);
    }
  }
}`)}`),

  rec('code_tsx_pt_br', f`Esse componente de lista de contas do CRM re-renderiza inteiro toda vez que eu digito no filtro, e com 3 mil contas fica travando. Como otimizo?

\`\`\`tsx
${code(f`import { useState } from 'react';
import type { Account } from '../types';

export function AccountList({ accounts }: { accounts: Account[] }) {
  const [filtro, setFiltro] = useState('');
  const visiveis = accounts
    .filter((a) => a.name.toLowerCase().includes(filtro.toLowerCase()))
    .sort((a, b) => b.arr - a.arr);

  return (
    <div>
      <input value={filtro} onChange={(e) => setFiltro(e.target.value)} placeholder="Filtrar contas" />
      <ul>
        {visiveis.map((a) => (
          <li key={a.id}>
            {a.name} — {a.plan} — {a.arr.toLocaleString('pt-BR', { style: 'currency', currency: 'BRL' })}
          </li>
        ))}
      </ul>
    </div>
  );
}`)}
\`\`\``),

  rec('code_java_it', f`Ciao, il controller che riceve gli ordini dagli studi dentistici restituisce 500 quando il campo "colore" manca. Vorrei che restituisse 400 con un messaggio chiaro. Come faccio?

${code(f`@RestController
@RequestMapping("/api/ordini")
public class OrdineController {

    private final OrdineService service;

    public OrdineController(OrdineService service) {
        this.service = service;
    }

    @PostMapping
    public ResponseEntity<OrdineDto> crea(@RequestBody NuovoOrdine richiesta) {
        if (richiesta.getColore().isBlank()) {
            throw new IllegalArgumentException("colore obbligatorio");
        }
        OrdineDto creato = service.crea(richiesta);
        return ResponseEntity.status(HttpStatus.CREATED).body(creato);
    }
}`)}`),

  rec('code_csharp_nl', f`Deze methode berekent of een aanvraag voor bijzondere bijstand binnen de draagkrachtnorm valt. Een collega zegt dat er een afrondingsfout in zit bij bedragen met centen. Zie jij het?

${code(f`public static bool BinnenDraagkracht(decimal netInkomen, decimal bijstandsnorm, decimal vermogen)
{
    const decimal vermogensgrens = 7_605m;
    if (vermogen > vermogensgrens)
        return false;

    var draagkracht = (netInkomen - bijstandsnorm * 1.1m) * 0.35m;
    draagkracht = Math.Round(draagkracht, 0);
    return draagkracht <= 0;
}`)}`),

  rec('code_go_ja', f`トラック予約のスロット割り当てをGoで書きました。同じ時間帯に上限を超えて予約が入ってしまうことがあります。並行処理の問題でしょうか？

${code(f`package slots

import "time"

type Allocator struct {
	capacity map[time.Time]int
	booked   map[time.Time]int
}

func (a *Allocator) Book(slot time.Time, truckID string) bool {
	if a.booked[slot] >= a.capacity[slot] {
		return false
	}
	a.booked[slot]++
	go notifyGate(truckID, slot)
	return true
}`)}

HTTPハンドラから同時に呼ばれています。`),

  rec('code_kotlin_ko', f`야드 검수원용 안드로이드 앱에서 컨테이너 번호를 스캔한 뒤 체크디지트를 검증하는 함수인데, 가끔 올바른 번호도 틀렸다고 나옵니다. 어디가 잘못됐을까요?

${code(f`fun isValidContainerNumber(raw: String): Boolean {
    val s = raw.replace(" ", "").uppercase()
    if (!Regex("^[A-Z]{4}\\\\d{7}$").matches(s)) return false
    var sum = 0
    for (i in 0 until 10) {
        val c = s[i]
        val value = if (c.isDigit()) c.digitToInt() else (c - 'A') + 10
        sum += value * (1 shl i)
    }
    return (sum % 11) % 10 == s[10].digitToInt()
}`)}`),

  rec('code_python_zh', f`这个脚本统计堆场各个箱区的占用率，但是 RTG 作业高峰的时候跑得很慢，大概要 4 分钟。有没有办法用 pandas 向量化？

${code(f`import pandas as pd

moves = pd.read_parquet("yard_positions_20250115.parquet")
capacity = pd.read_csv("block_capacity.csv").set_index("block")

result = []
for block in moves["block"].unique():
    subset = moves[moves["block"] == block]
    occupied = 0
    for _, row in subset.iterrows():
        if row["status"] in ("IN_YARD", "RESERVED"):
            occupied += 2 if row["size_ft"] == 40 else 1
    result.append({"block": block, "teu": occupied, "util": occupied / capacity.loc[block, "teu"]})

print(pd.DataFrame(result).sort_values("util", ascending=False))`)}`),

  rec('code_plpgsql_ru', f`Функция должна закрывать визит грузовика, если он выехал, но иногда визиты остаются открытыми. Что не так?

${code(f`CREATE OR REPLACE FUNCTION close_truck_visit() RETURNS trigger AS $$
BEGIN
    IF NEW.direction = 'OUT' THEN
        UPDATE truck_visits
           SET closed_at = NEW.event_ts,
               status    = 'CLOSED'
         WHERE plate = NEW.plate
           AND status = 'OPEN'
           AND opened_at > NEW.event_ts;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trg_close_visit
AFTER INSERT ON gate_events
FOR EACH ROW EXECUTE FUNCTION close_truck_visit();`)}`),

  rec('code_php_pl', f`Mamy w portalu rodzica stronę z saldem opłat za internat. Rodzice widzą czasem saldo innego dziecka. Co tu jest nie tak?

${code(f`<?php
session_start();
require 'db.php';

$uczenId = $_GET['uczen'] ?? $_SESSION['domyslny_uczen'];
$stmt = $pdo->prepare('SELECT okres, kwota, zaplacono FROM oplaty WHERE uczen_id = ? ORDER BY okres DESC');
$stmt->execute([$uczenId]);
$oplaty = $stmt->fetchAll(PDO::FETCH_ASSOC);

foreach ($oplaty as $o) {
    $saldo = $o['kwota'] - $o['zaplacono'];
    echo "<tr><td>{$o['okres']}</td><td>" . number_format($saldo, 2, ',', ' ') . " zł</td></tr>";
}`)}`),

  rec('code_swift_tr', f`Laboratuvar kuryelerinin kullandığı iOS uygulamasında teslimat listesi bazen boş geliyor, uygulamayı kapatıp açınca düzeliyor. Kodu inceler misin?

${code(f`final class DeliveryStore: ObservableObject {
    @Published var deliveries: [Delivery] = []

    func refresh() {
        URLSession.shared.dataTask(with: URL(string: "https://kurye.lumadent.com.tr/api/bugun")!) { data, _, _ in
            guard let data = data,
                  let list = try? JSONDecoder().decode([Delivery].self, from: data) else { return }
            self.deliveries = list
        }.resume()
    }
}`)}`),

  rec('code_dart_vi', f`App Flutter cho nhân viên kiểm đếm ở bãi bị đơ khi danh sách container dài hơn 2.000 dòng. Mình nên sửa thế nào?

${code(f`class ContainerListPage extends StatelessWidget {
  final List<YardContainer> items;
  const ContainerListPage({super.key, required this.items});

  @override
  Widget build(BuildContext context) {
    return SingleChildScrollView(
      child: Column(
        children: items
            .map((c) => ListTile(
                  title: Text(c.number),
                  subtitle: Text('\${c.block}-\${c.bay}-\${c.row}-\${c.tier}'),
                  trailing: c.isReefer ? const Icon(Icons.ac_unit) : null,
                ))
            .toList(),
      ),
    );
  }
}`)}`),

  rec('code_r_th', f`ช่วยดูสคริปต์ R นี้หน่อยครับ อยากสรุปคะแนนเฉลี่ยของนักเรียนประจำแยกตามหอพัก แต่ผลออกมาเป็น NA หมดเลย

${code(f`library(dplyr)

scores <- read.csv("term2_scores.csv", fileEncoding = "UTF-8")

summary_by_house <- scores %>%
  group_by(house, subject) %>%
  summarise(mean_score = mean(score), n = n()) %>%
  arrange(house, desc(mean_score))

print(summary_by_house)`)}`),

  rec('code_bash_ar_ma', f`سلام، هاد السكريبت كيدير backup ديال تصاور الكاميرات ديال البوابة كل ليلة، ولكن الديسك عامر حيت ما كيمسحش القدام. فين المشكل؟

${code(f`#!/usr/bin/env bash
set -euo pipefail

SRC=/data/gate-ocr/images
DST=/mnt/nas/archive/gate
DAY=$(date -d "yesterday" +%Y-%m-%d)

mkdir -p "$DST/$DAY"
find "$SRC" -type f -name "*.jpg" -newermt "$DAY" ! -newermt "$(date +%Y-%m-%d)" -exec mv {} "$DST/$DAY/" \\;
tar -czf "$DST/$DAY.tar.gz" -C "$DST" "$DAY" && rm -rf "$DST/$DAY"

find "$DST" -name "*.tar.gz" -mtime +90 -print`)}`),

  rec('code_rust_uk', f`Пишу парсер для EDIFACT-повідомлень COPRAR від ліній, щоб завантажувати списки на завантаження. На деяких файлах падає з "index out of bounds". Де помилка?

${code(f`pub fn parse_segments(raw: &str) -> Vec<Vec<&str>> {
    raw.split('\\'')
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|s| s.split('+').collect())
        .collect()
}

pub fn container_numbers(raw: &str) -> Vec<String> {
    parse_segments(raw)
        .into_iter()
        .filter(|seg| seg[0] == "EQD")
        .map(|seg| seg[2].split(':').next().unwrap().to_string())
        .collect()
}`)}`),

  rec('code_python_he', f`אני מחשב את התשואה (IRR) של עסקת sale-and-leaseback למטוס, אבל התוצאה יוצאת שלילית למרות שברור שהעסקה רווחית. מה לא בסדר בקוד?

${code(f`import numpy_financial as npf

purchase_price = 48_500_000
monthly_rent = 395_000
term_months = 144
residual_value = 17_000_000

cash_flows = [purchase_price] + [monthly_rent] * term_months
cash_flows[-1] += residual_value

irr_monthly = npf.irr(cash_flows)
print(f"IRR annual: {(1 + irr_monthly) ** 12 - 1:.2%}")`)}`),

  rec('code_ruby_sv', f`Vi har en Rails-modell för provperiod (trial) och vill skicka en påminnelse tre dagar innan den går ut, men vissa kunder får två mejl. Varför?

${code(f`class Trial < ApplicationRecord
  belongs_to :account

  scope :ending_soon, -> { where(ends_at: 3.days.from_now.all_day) }

  def self.send_reminders!
    ending_soon.find_each do |trial|
      TrialMailer.ending_soon(trial.account).deliver_later
      trial.update!(reminder_sent_at: Time.current)
    end
  end
end`)}

Jobbet körs via cron varje timme.`),

  rec('code_js_hi', f`यह Node.js webhook हैंडलर हमारे CRM में नए लीड बनाता है, लेकिन कभी-कभी एक ही लीड दो बार बन जाता है। कैसे ठीक करें?

${code(f`app.post('/webhooks/form', async (req, res) => {
  const { email, company, source } = req.body;
  const existing = await db.leads.findOne({ where: { email } });
  if (!existing) {
    await db.leads.create({ email, company, source, stage: 'new' });
    await notifySalesChannel(company);
  }
  res.sendStatus(200);
});`)}

फॉर्म प्रोवाइडर timeout पर webhook दोबारा भेजता है।`),
];
