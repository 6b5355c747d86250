/**
 * Held-out batch 69: pasted source code (no secrets) from the six organisations — seating charts,
 * drill-hole analysis, pharmacy apps, forensic imaging scripts, tour pricing and payroll rules —
 * with questions in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH69_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`The seating-plan generator puts the second violins behind the cellos when there are fewer than 8 desks. Can you spot it?

\`\`\`python
${code(f`SECTION_ORDER = ["vn1", "vn2", "va", "vc", "cb"]

def assign_rows(sections: dict[str, int], desks_per_row: int = 4) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {}
    row = 1
    for name in sorted(sections, key=lambda s: sections[s], reverse=True):
        desks = sections[name]
        needed = -(-desks // desks_per_row)
        rows[name] = list(range(row, row + needed))
        row += needed
    return rows

print(assign_rows({"vn1": 8, "vn2": 6, "va": 5, "vc": 7, "cb": 3}))`)}
\`\`\``),

  rec('code_ts_ja', f`座席マップで、車椅子席の隣の同伴者席だけ選択できるようにしたいのですが、条件がうまく効きません。

${code(f`type Seat = { id: string; row: string; no: number; kind: "normal" | "wheelchair" | "companion"; sold: boolean };

export function selectable(seats: Seat[], picked: Set<string>): Set<string> {
  const ok = new Set<string>();
  const wheelchairPicked = seats.some((s) => s.kind === "wheelchair" && picked.has(s.id));
  for (const s of seats) {
    if (s.sold) continue;
    if (s.kind === "companion" && !wheelchairPicked) continue;
    ok.add(s.id);
  }
  return ok;
}`)}

同じ列の隣の席だけにしたいです。`),

  rec('code_kotlin_ko', f`약국 앱에서 복약 알림이 재부팅 후에 사라져요. WorkManager 코드 봐 주실 수 있나요?

${code(f`class RefillReminderWorker(ctx: Context, params: WorkerParameters) : CoroutineWorker(ctx, params) {
    override suspend fun doWork(): Result {
        val rxId = inputData.getString("rxId") ?: return Result.failure()
        val daysLeft = RxRepository(applicationContext).daysLeft(rxId)
        if (daysLeft <= 3) {
            NotificationHelper.show(applicationContext, "약이 ${'$'}daysLeft일분 남았어요", rxId.hashCode())
        }
        return Result.success()
    }
}

fun schedule(ctx: Context, rxId: String) {
    val req = PeriodicWorkRequestBuilder<RefillReminderWorker>(1, TimeUnit.DAYS)
        .setInputData(workDataOf("rxId" to rxId))
        .build()
    WorkManager.getInstance(ctx).enqueueUniquePeriodicWork("refill-${'$'}rxId", ExistingPeriodicWorkPolicy.KEEP, req)
}`)}`),

  rec('code_go_zh_tw', f`鑑識中心要在證物影像匯入時自動算 SHA-256 並寫入保管鏈紀錄。下面這段在大檔案（>500 GB）時很慢，有沒有辦法加速？

${code(f`func hashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	buf := make([]byte, 32*1024)
	for {
		n, err := f.Read(buf)
		if n > 0 {
			h.Write(buf[:n])
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}`)}`),

  rec('code_java_vi', f`Service đặt thuốc của nhà thuốc online bị trừ tồn kho hai lần khi khách bấm "Đặt hàng" liên tục. Mình nên sửa thế nào?

${code(f`@Service
public class OrderService {
    private final StockRepository stock;
    private final OrderRepository orders;

    public OrderService(StockRepository stock, OrderRepository orders) {
        this.stock = stock;
        this.orders = orders;
    }

    @Transactional
    public Order place(Cart cart) {
        for (CartLine line : cart.lines()) {
            Stock s = stock.findBySku(line.sku()).orElseThrow();
            if (s.getQty() < line.qty()) throw new OutOfStockException(line.sku());
            s.setQty(s.getQty() - line.qty());
        }
        return orders.save(Order.from(cart));
    }
}`)}`),

  rec('code_sql_fil', f`Tama ba itong computation ng overtime para sa rest day? Dapat 169% ng hourly rate pag rest day + OT.

${code(f`SELECT e.emp_no,
       SUM(CASE WHEN d.is_rest_day = 1 THEN t.ot_hours * e.hourly_rate * 1.69
                ELSE t.ot_hours * e.hourly_rate * 1.25 END) AS ot_pay
FROM   timesheet t
JOIN   employees e ON e.emp_no = t.emp_no
JOIN   calendar d  ON d.work_date = t.work_date
WHERE  t.work_date BETWEEN '2025-01-01' AND '2025-01-15'
GROUP  BY e.emp_no;`)}`),

  rec('code_csharp_uz', f`Daromad solig'i hisobida yaxlitlash xatosi bor, oylik 12 345 678,50 so'm bo'lsa 1 so'mga farq chiqyapti:

${code(f`public static decimal IncomeTax(decimal gross)
{
    const decimal rate = 0.12m;
    var tax = gross * rate;
    return Math.Round(tax, 0);
}

public static decimal NetPay(decimal gross, decimal pensionShare)
{
    var tax = IncomeTax(gross);
    return gross - tax - Math.Round(gross * pensionShare, 2);
}`)}

MidpointRounding qanday bo'lishi kerak?`),

  rec('code_bash_et', f`Kriminalistikalabori kettakujutiste tegemise skript. Tahaksin, et see kontrolliks ka, kas kirjutusblokeerija on sees, enne kui ewfacquire käivitub:

${code(f`#!/usr/bin/env bash
set -euo pipefail
DEV="$1"
CASE="$2"
EXHIBIT="$3"
OUT="/evidence/$CASE/$EXHIBIT"

mkdir -p "$OUT"
blockdev --getro "$DEV"
ewfacquire -u -t "$OUT/$EXHIBIT" -C "$CASE" -E "$EXHIBIT" \\
  -e "IT tugi" -D "Automaatne kujutis" -f encase6 -c fast "$DEV"
sha256sum "$OUT/$EXHIBIT.E01" > "$OUT/$EXHIBIT.E01.sha256"`)}

blockdev --getro tagastab 1 kui on ainult lugemiseks.`),

  rec('code_r_is', f`Þetta R skript á að reikna vegið meðaltal gullinnihalds (g/t) eftir lengd sýna í hverri borholu, en niðurstaðan er of há:

${code(f`library(dplyr)

assays <- read.csv("bh_assays_2024.csv")
summary_tbl <- assays %>%
  filter(!is.na(au_gpt)) %>%
  group_by(hole_id) %>%
  summarise(
    metres = sum(to_m - from_m),
    au_weighted = mean(au_gpt * (to_m - from_m)),
    .groups = "drop"
  ) %>%
  arrange(desc(au_weighted))

print(head(summary_tbl, 10))`)}`),

  rec('code_python_nb', f`Kan du hjelpe meg å finne ut hvorfor denne koden gir feil dybde for skråborehull? Vi bruker azimut og fall fra survey-fila.

${code(f`import numpy as np
import pandas as pd

def desurvey(survey: pd.DataFrame) -> pd.DataFrame:
    s = survey.sort_values("depth").reset_index(drop=True)
    x, y, z = [0.0], [0.0], [0.0]
    for i in range(1, len(s)):
        md = s.depth[i] - s.depth[i - 1]
        dip = np.radians(s.dip[i])
        az = np.radians(s.azimuth[i])
        x.append(x[-1] + md * np.cos(dip) * np.sin(az))
        y.append(y[-1] + md * np.cos(dip) * np.cos(az))
        z.append(z[-1] - md * np.sin(dip))
    return s.assign(x=x, y=y, z=z)`)}`),

  rec('code_php_pt_br', f`Validação do upload de receita na farmácia online: tá aceitando PDF com extensão trocada. Como melhorar?

${code(f`<?php
function validarReceita(array $arquivo): bool {
    $permitidas = ['pdf', 'jpg', 'jpeg', 'png'];
    $ext = strtolower(pathinfo($arquivo['name'], PATHINFO_EXTENSION));
    if (!in_array($ext, $permitidas, true)) {
        return false;
    }
    if ($arquivo['size'] > 5 * 1024 * 1024) {
        return false;
    }
    return move_uploaded_file($arquivo['tmp_name'], __DIR__ . '/receitas/' . uniqid('rx_', true) . '.' . $ext);
}`)}`),

  rec('code_ruby_es_ar', f`La renovación de abonos de la orquesta manda dos mails a la misma persona si tiene dos abonos. ¿Cómo lo agrupo?

${code(f`class RenovacionAbonosJob < ApplicationJob
  queue_as :mailers

  def perform(temporada)
    Abono.where(temporada: temporada - 1, renovado: false).find_each do |abono|
      AbonoMailer.recordatorio(abono).deliver_later
      abono.update!(recordatorio_enviado_at: Time.current)
    end
  end
end`)}`),

  rec('code_powershell_fr_be', f`Script de départ pour les stagiaires du labo : il désactive le compte mais ne retire pas les groupes. Pourquoi ?

${code(f`param([Parameter(Mandatory)] [string] $Sam)

$user = Get-ADUser -Identity $Sam -Properties MemberOf
Disable-ADAccount -Identity $user
$user.MemberOf | ForEach-Object {
    Remove-ADGroupMember -Identity $_ -Members $user
}
Move-ADObject -Identity $user.DistinguishedName -TargetPath "OU=Desactives,OU=Labo,DC=labo,DC=local"
Write-Host "Compte $Sam désactivé le $(Get-Date -Format 'dd/MM/yyyy')"`)}`),

  rec('code_rust_de_ch', f`Rundig uf 5 Rappe für d'Lohnabrechnig — stimmt das für negativi Beträg (Rückforderige)?

${code(f`/// Rundet einen Betrag in Rappen auf die nächsten 5 Rappen.
pub fn round_5_rappen(amount_rp: i64) -> i64 {
    let rest = amount_rp % 5;
    if rest >= 3 {
        amount_rp + (5 - rest)
    } else {
        amount_rp - rest
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn rundet() {
        assert_eq!(round_5_rappen(1_234_567), 1_234_565);
        assert_eq!(round_5_rappen(1_234_568), 1_234_570);
    }
}`)}`),

  rec('code_js_ar_eg', f`الكود ده بيحسب سعر باكدج العمرة حسب نوع الغرفة وعدد الأفراد، بس الأطفال تحت 6 سنين المفروض ياخدوا خصم 50% ومش بيتحسب:

${code(f`function packagePrice(pkg, travellers) {
  const roomRate = { quad: 1.0, triple: 1.15, double: 1.35 }[pkg.room];
  return travellers.reduce((sum, t) => {
    let price = pkg.base * roomRate;
    if (t.age < 2) price = pkg.infantFlat;
    else if (t.age < 6) price = price * 0.5;
    return sum + price;
  }, 0);
}

console.log(packagePrice({ base: 42000, room: "double", infantFlat: 6500 }, [{ age: 40 }, { age: 38 }, { age: "5" }]));`)}`),

  rec('code_dart_ur', f`فارمیسی ایپ میں آرڈر ہسٹری کی لسٹ میں نیا آرڈر نہیں آتا جب تک ایپ دوبارہ نہ کھولیں۔ یہ کوڈ دیکھیں:

${code(f`class OrdersPage extends StatefulWidget {
  const OrdersPage({super.key});
  @override
  State<OrdersPage> createState() => _OrdersPageState();
}

class _OrdersPageState extends State<OrdersPage> {
  late Future<List<Order>> _orders;

  @override
  void initState() {
    super.initState();
    _orders = OrdersApi.fetch();
  }

  Future<void> _refresh() async {
    _orders = OrdersApi.fetch();
  }

  @override
  Widget build(BuildContext context) => RefreshIndicator(
        onRefresh: _refresh,
        child: FutureBuilder<List<Order>>(
          future: _orders,
          builder: (c, s) => ListView(children: [for (final o in s.data ?? []) OrderTile(o)]),
        ),
      );
}`)}`),

  rec('code_cpp_te', f`మా గనిలో methane sensor నుంచి Modbus ద్వారా readings తీసుకునే code ఇది. Value కొన్నిసార్లు 6553.5% అని వస్తోంది, ఎందుకు?

${code(f`float readMethanePercent(ModbusMaster &node) {
    uint8_t rc = node.readInputRegisters(0x0010, 1);
    if (rc != node.ku8MBSuccess) {
        return -1.0f;
    }
    int16_t raw = node.getResponseBuffer(0);
    return raw / 10.0f;
}

void loop() {
    float ch4 = readMethanePercent(sensor);
    if (ch4 >= 1.0f) digitalWrite(ALARM_PIN, HIGH);
    delay(1000);
}`)}`),

  rec('diff_sl', f`Lahko pregledaš ta popravek za aplikacijo orkestra? Gumb "Dodaj v koledar" je prej dodal koncert ob napačni uri (UTC namesto lokalnega časa).

${code(f`--- a/Sources/Koncerti/CalendarExport.swift
+++ b/Sources/Koncerti/CalendarExport.swift
@@ -12,9 +12,10 @@ func addToCalendar(_ concert: Concert, store: EKEventStore) throws {
     let event = EKEvent(eventStore: store)
     event.title = concert.title
-    event.startDate = concert.startUTC
-    event.endDate = concert.startUTC.addingTimeInterval(concert.duration)
+    event.timeZone = TimeZone(identifier: "Europe/Ljubljana")
+    event.startDate = concert.startUTC
+    event.endDate = concert.startUTC.addingTimeInterval(concert.duration)
     event.location = concert.venue
     event.calendar = store.defaultCalendarForNewEvents
     try store.save(event, span: .thisEvent)`)}`),

  rec('code_python_ha', f`Wannan Python ɗin yana lissafa saurin girgizar ƙasa (PPV) bayan fashewar nakiya a ramin ma'adinai. Ina so ya yi gargaɗi idan ya wuce 12.5 mm/s a wurin gidajen ƙauye:

${code(f`import math

def ppv_mm_s(charge_kg: float, distance_m: float, k: float = 1140.0, beta: float = 1.6) -> float:
    scaled = distance_m / math.sqrt(charge_kg)
    return k * scaled ** (-beta)

for d in (250, 400, 600, 900):
    v = ppv_mm_s(charge_kg=85, distance_m=d)
    print(f"{d:>4} m: {v:6.2f} mm/s", "GARGAƊI" if v > 12.5 else "")`)}`),

  rec('code_django_am', f`ይህ የDjango ሞዴል ለጉዞ ተሳታፊዎች ነው። የፓስፖርት ማብቂያ ቀን ከጉዞው ቀን ቢያንስ 6 ወር በኋላ መሆኑን እንዲያረጋግጥ እንዴት ላድርገው?

${code(f`from django.db import models
from django.core.exceptions import ValidationError


class Pilgrim(models.Model):
    full_name = models.CharField(max_length=120)
    passport_no = models.CharField(max_length=20)
    passport_expiry = models.DateField()
    tour = models.ForeignKey("tours.Tour", on_delete=models.PROTECT, related_name="pilgrims")

    def clean(self):
        if self.passport_expiry < self.tour.departure:
            raise ValidationError({"passport_expiry": "Passport expires before departure"})`)}`),

  rec('code_vba_lb', f`Dëse Makro soll d'Pai-Lëscht pro Client an eng separat Fichier späicheren, mee en iwwerschreift all Kéier dee selwechte Fichier:

${code(f`Sub ExportParClient()
    Dim ws As Worksheet, client As String, r As Long
    Set ws = ThisWorkbook.Sheets("Paie")
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        client = ws.Cells(r, 1).Value
        ws.Rows(1).Copy Workbooks.Add.Sheets(1).Rows(1)
        ws.Rows(r).Copy ActiveWorkbook.Sheets(1).Rows(2)
        ActiveWorkbook.SaveAs "C:\\Paie\\Export\\paie.xlsx"
        ActiveWorkbook.Close False
    Next r
End Sub`)}`),
];
