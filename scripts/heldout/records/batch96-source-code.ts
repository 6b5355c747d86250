/**
 * Held-out batch 96: pasted source code from SCADA, billing, clinic scheduling, fund operations,
 * content licensing, equipment rental and student housing — with the question around it. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH96_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Hei, dette skriptet les trykket frå pumpestasjonane over Modbus, men det heng av og til i fleire minutt. Kvifor?

${code(f`from pymodbus.client import ModbusTcpClient
import time, logging

STATIONS = {"Fana": ("pst-fana.local", 502), "Åsane": ("pst-asane.local", 502)}
PRESSURE_REG = 30010

def read_pressure(host: str, port: int) -> float | None:
    client = ModbusTcpClient(host, port=port)
    if not client.connect():
        logging.warning("no connection to %s", host)
        return None
    rr = client.read_input_registers(PRESSURE_REG - 30001, count=2, slave=1)
    client.close()
    if rr.isError():
        return None
    raw = (rr.registers[0] << 16) | rr.registers[1]
    return raw / 1000.0

while True:
    for name, (h, p) in STATIONS.items():
        print(name, read_pressure(h, p))
    time.sleep(10)`)}`),

  rec('code_sql', f`Hola, esta consulta de morosidad tarda 4 minutos en la base de Sedapal. ¿Qué índice me recomiendas?

${code(f`SELECT c.cod_suministro,
       c.distrito,
       SUM(f.importe - COALESCE(p.pagado, 0)) AS deuda,
       MIN(f.fecha_vencimiento)               AS primera_vencida
FROM facturas f
JOIN clientes c ON c.id = f.cliente_id
LEFT JOIN (
    SELECT factura_id, SUM(monto) AS pagado FROM pagos GROUP BY factura_id
) p ON p.factura_id = f.id
WHERE f.fecha_vencimiento < CURRENT_DATE - INTERVAL '60 days'
  AND c.estado = 'ACTIVO'
GROUP BY c.cod_suministro, c.distrito
HAVING SUM(f.importe - COALESCE(p.pagado, 0)) > 150
ORDER BY deuda DESC;`)}`),

  rec('code_tsx', f`Hai, komponen tempahan bilik asrama ini render dua kali dan hantar dua permintaan. Boleh tolong betulkan?

${code(f`import { useEffect, useState } from 'react';

type Room = { id: string; block: string; beds: number; free: number };

export function RoomPicker({ semester }: { semester: string }) {
  const [rooms, setRooms] = useState<Room[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);

  useEffect(() => {
    fetch(\`/api/rooms?semester=\${semester}\`)
      .then((r) => r.json())
      .then(setRooms);
  });

  return (
    <ul>
      {rooms.filter((r) => r.free > 0).map((r) => (
        <li key={r.id} onClick={() => setChosen(r.id)} className={chosen === r.id ? 'on' : ''}>
          Blok {r.block} — {r.free}/{r.beds} kosong
        </li>
      ))}
    </ul>
  );
}`)}`),

  rec('code_java', f`Ciao, questo metodo dovrebbe dire se due finestre di licenza si sovrappongono per lo stesso territorio, ma sbaglia quando una finisce il giorno in cui l'altra inizia.

${code(f`public final class WindowOverlap {
    public record Window(String titleId, String territory, LocalDate start, LocalDate end, boolean exclusive) {}

    public static boolean conflicts(Window a, Window b) {
        if (!a.titleId().equals(b.titleId()) || !a.territory().equals(b.territory())) {
            return false;
        }
        if (!a.exclusive() && !b.exclusive()) {
            return false;
        }
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }
}`)}

Le date di fine sono esclusive nei contratti.`),

  rec('code_go', f`Zdravo, servis za dostupnost mašina vraća pogrešan broj slobodnih bagera kad se rezervacije preklapaju. Evo funkcije:

${code(f`func Available(units []Unit, bookings []Booking, from, to time.Time) int {
	busy := map[string]bool{}
	for _, b := range bookings {
		if b.Start.Before(to) && b.End.After(from) {
			busy[b.UnitID] = true
		}
	}
	n := 0
	for _, u := range units {
		if u.Category == "excavator" && !busy[u.ID] && u.Status != "maintenance" {
			n++
		}
	}
	return n
}`)}

Da li treba uzeti u obzir i dan za transport?`),

  rec('code_csharp', f`Dobrý den, plánovač odběrů v naší klinice asistované reprodukce posouvá termíny přes víkend špatně. Kde je chyba?

${code(f`public static DateOnly NextRetrievalSlot(DateOnly triggerDay, IReadOnlySet<DateOnly> closedDays)
{
    // odběr 36 h po triggeru => obvykle druhý den ráno
    var day = triggerDay.AddDays(2);
    while (day.DayOfWeek == DayOfWeek.Sunday || closedDays.Contains(day))
    {
        day = day.AddDays(1);
    }
    return day;
}`)}`),

  rec('code_rust', f`Tere, see Rusti funktsioon parsib veearvestite näite CSV-st, aga tühja rea korral paanitseb. Kuidas seda ilusamini teha?

${code(f`#[derive(Debug)]
struct Reading { meter: String, ts: i64, m3: f64 }

fn parse_line(line: &str) -> Reading {
    let cols: Vec<&str> = line.split(';').collect();
    Reading {
        meter: cols[0].to_string(),
        ts: cols[1].parse().unwrap(),
        m3: cols[2].replace(',', ".").parse().unwrap(),
    }
}

fn main() {
    let data = std::fs::read_to_string("naidud.csv").unwrap();
    let total: f64 = data.lines().skip(1).map(parse_line).map(|r| r.m3).sum();
    println!("kokku {total:.3} m3");
}`)}`),

  rec('code_kotlin', f`Halo, aplikasi pemindai alat berat di gudang crash saat kamera ditutup sebelum barcode terbaca:

${code(f`class ScanViewModel(private val repo: FleetRepository) : ViewModel() {
    private val _unit = MutableLiveData<Unit?>()
    val unit: LiveData<Unit?> = _unit

    fun onBarcode(code: String) {
        viewModelScope.launch {
            val u = repo.findByAssetTag(code)!!
            _unit.value = u
            repo.markCheckedOut(u.id, yard = "SBY-01")
        }
    }
}`)}

Kenapa NullPointerException padahal sudah di dalam coroutine?`),

  rec('code_swift', f`学生寮アプリで、退去日の選択が過去の日付も選べてしまいます。SwiftUI でどう制限しますか？

${code(f`struct MoveOutView: View {
    @State private var moveOut = Date()
    let contractEnd: Date

    var body: some View {
        Form {
            DatePicker("退去日", selection: $moveOut, displayedComponents: .date)
            Text("契約終了: \\(contractEnd.formatted(date: .long, time: .omitted))")
            Button("申請する") { submit() }
        }
    }

    func submit() {
        Task { try await HousingAPI.shared.requestMoveOut(on: moveOut) }
    }
}`)}`),

  rec('code_php', f`Përshëndetje, faturat e ujit dalin me TVSH të dyfishtë për disa klientë. Ky është kodi:

${code(f`function llogaritFaturen(array $lexime, float $cmimi, float $tvsh = 0.20): array {
    $konsumi = max(0, $lexime['aktual'] - $lexime['meparshem']);
    $neto = round($konsumi * $cmimi, 2);
    $tatim = round($neto * $tvsh, 2);
    $totali = $neto + $tatim;
    if ($lexime['kategoria'] === 'biznes') {
        $totali += $totali * $tvsh;
    }
    return ['konsumi' => $konsumi, 'neto' => $neto, 'tvsh' => $tatim, 'totali' => $totali];
}`)}`),

  rec('code_ruby', f`Hoi, deze Ruby-methode berekent de royalty per land, maar de afronding klopt niet met wat de licentiegever rapporteert:

${code(f`def royalty_for(views_by_country, rate_card)
  views_by_country.sum do |country, views|
    rate = rate_card.fetch(country) { rate_card.fetch("DEFAULT") }
    (views * rate / 1000.0).round(2)
  end
end

puts royalty_for({ "NL" => 182_400, "BE" => 44_910, "LU" => 2_310 },
                 { "NL" => 3.2, "BE" => 2.9, "DEFAULT" => 2.5 })`)}

Moeten we per land afronden of pas aan het eind?`),

  rec('code_bash', f`សួស្តី ស្គ្រីបនេះធ្វើ backup ទិន្នន័យ SCADA រៀងរាល់យប់ ប៉ុន្តែវាលុបឯកសារចាស់ខុស។ សូមជួយពិនិត្យ៖

${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/var/lib/scada/hist
DST=/mnt/nas/scada-backup
STAMP=$(date +%Y%m%d)

tar -czf "$DST/hist_$STAMP.tar.gz" -C "$SRC" .
find "$DST" -name 'hist_*.tar.gz' -mtime +30 -exec rm {} \\;
echo "backup ok: $DST/hist_$STAMP.tar.gz"`)}`),

  rec('code_python', f`مرحباً، هذا الكود يطابق صافي قيمة الأصول بين أمين الحفظ ونظامنا، لكنه يعرض فروقات وهمية بسبب التقريب. كيف أصلحه؟

${code(f`import pandas as pd

custodian = pd.read_csv("custodian_nav.csv", parse_dates=["date"])
internal = pd.read_csv("internal_nav.csv", parse_dates=["date"])

m = custodian.merge(internal, on=["date", "fund_code"], suffixes=("_cust", "_int"))
m["diff"] = m["nav_cust"] - m["nav_int"]
breaks = m[m["diff"] != 0]
print(breaks[["date", "fund_code", "nav_cust", "nav_int", "diff"]].to_string(index=False))`)}`),

  rec('code_st', f`Hallo, in der SPS des Hochbehälters schaltet Pumpe 2 ständig ein und aus (Takten). Hier der ST-Baustein:

${code(f`FUNCTION_BLOCK FB_Pumpensteuerung
VAR_INPUT
    rPegel_m      : REAL;
    rEin_m        : REAL := 2.40;
    rAus_m        : REAL := 3.80;
END_VAR
VAR_OUTPUT
    xPumpe1, xPumpe2 : BOOL;
END_VAR

IF rPegel_m < rEin_m THEN
    xPumpe1 := TRUE;
    xPumpe2 := rPegel_m < (rEin_m - 0.5);
ELSIF rPegel_m > rAus_m THEN
    xPumpe1 := FALSE;
    xPumpe2 := FALSE;
END_IF;
END_FUNCTION_BLOCK`)}

Brauche ich eine eigene Hysterese für Pumpe 2?`),

  rec('diff', f`Moi, voisitko tarkistaa tämän muutoksen ennen kuin yhdistän sen? Se korjaa vuokra-ajan laskennan karkausvuonna.

${code(f`--- a/billing/rental_days.py
+++ b/billing/rental_days.py
@@ -12,9 +12,9 @@ def rental_days(start: date, end: date, calendar: str = "7d") -> int:
-    days = (end - start).days
+    days = (end - start).days + 1
     if calendar == "5d":
-        days = sum(1 for i in range(days) if (start + timedelta(i)).weekday() < 5)
+        days = sum(1 for i in range(days) if (start + timedelta(days=i)).weekday() < 5)
     return max(days, 1)`)}`),

  rec('code_r', f`Chào bạn, mình tính tỷ lệ có thai lâm sàng theo nhóm tuổi cho phòng khám hỗ trợ sinh sản. Biểu đồ ra sai thứ tự nhóm tuổi:

${code(f`library(dplyr)
library(ggplot2)

cycles <- read.csv("chu_ky_2024.csv")
rates <- cycles %>%
  mutate(nhom_tuoi = cut(tuoi, breaks = c(0, 35, 38, 40, 42, 50),
                         labels = c("<35", "35-37", "38-39", "40-41", ">=42"), right = FALSE)) %>%
  group_by(nhom_tuoi) %>%
  summarise(n = n(), ty_le = mean(co_thai_lam_sang))

ggplot(rates, aes(x = reorder(nhom_tuoi, ty_le), y = ty_le)) + geom_col()`)}`),

  rec('code_js', f`Selam, öğrenci yurdu başvuru formunun backend'i aynı öğrencinin iki kez başvurmasını engellemiyor:

${code(f`app.post('/api/basvuru', async (req, res) => {
  const { ogrenciNo, donem, tercih } = req.body;
  const mevcut = await db.basvuru.findFirst({ where: { ogrenciNo, donem } });
  if (mevcut) return res.status(409).json({ hata: 'Zaten başvuru var' });
  const yeni = await db.basvuru.create({ data: { ogrenciNo, donem, tercih, durum: 'BEKLEMEDE' } });
  res.status(201).json(yeni);
});`)}

Aynı anda iki istek gelince ikisi de kaydediliyor.`),

  rec('code_vba', f`Olá, esta macro do Excel calcula o aluguer de equipamentos por semana, mas dá erro 13 quando a data de devolução está vazia:

${code(f`Function ValorAluguer(dataInicio As Date, dataFim As Variant, diaria As Double) As Double
    Dim dias As Long
    dias = DateDiff("d", dataInicio, dataFim) + 1
    If dias >= 7 Then
        ValorAluguer = (dias \\ 7) * diaria * 5 + (dias Mod 7) * diaria
    Else
        ValorAluguer = dias * diaria
    End If
End Function`)}

É para a filial da Beira.`),
];
