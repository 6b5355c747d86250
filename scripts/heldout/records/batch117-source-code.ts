/**
 * Held-out batch 117: pasted source code from the six organisations of this batch (lift telemetry,
 * roadside dispatch, escrow disbursements, kindergarten waitlists, patent deadline calculators,
 * translation pricing), comments and questions in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH117_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Der Parser für die Störmeldungen der Aufzugssteuerung verschluckt manchmal Meldungen. Siehst du warum?

\`\`\`python
${code(f`import struct

FAULT_CODES = {0x11: "Türkontakt offen", 0x23: "Fangvorrichtung ausgelöst", 0x31: "Überlast", 0x42: "Notruf aktiv"}

def parse_frame(buf: bytes) -> list[dict]:
    events = []
    i = 0
    while i + 6 < len(buf):
        car, code, ts = struct.unpack_from(">BBI", buf, i)
        events.append({"car": car, "fault": FAULT_CODES.get(code, hex(code)), "ts": ts})
        i += 6
    return events`)}
\`\`\``),

  rec('code_go', f`${code(f`package dispatch

import (
	"math"
	"sort"
)

type Van struct {
	ID       string
	Lat, Lng float64
	HasTyres map[string]int // size -> stock
}

// nearestWithStock returns vans that carry the tyre size, closest first.
func nearestWithStock(vans []Van, lat, lng float64, size string) []Van {
	out := []Van{}
	for _, v := range vans {
		if v.HasTyres[size] > 0 {
			out = append(out, v)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		return dist(out[i].Lat, out[i].Lng, lat, lng) < dist(out[j].Lat, out[j].Lng, lat, lng)
	})
	return out
}

func dist(a, b, c, d float64) float64 { return math.Hypot(a-c, b-d) }`)}

The dispatcher says vans in Scotland get picked for jobs in Wales. Is the distance wrong?`),

  rec('code_sql', f`Нужен запрос, который показывает сроки по патентам на ближайшие 90 дней. Мой вариант возвращает дубли:

${code(f`SELECT m.matter_no, m.country, d.due_date, d.action_type
FROM matters m
JOIN deadlines d ON d.matter_id = m.id
LEFT JOIN annuities a ON a.matter_id = m.id
WHERE d.due_date BETWEEN CURRENT_DATE AND CURRENT_DATE + INTERVAL '90 days'
  AND d.status = 'open'
ORDER BY d.due_date;`)}`),

  rec('code_csharp', f`Proration of county taxes at closing is off by a day for leap years. Our method:

\`\`\`csharp
${code(f`public static decimal ProrateTaxes(decimal annualTax, DateTime closingDate, bool sellerPaidInFull)
{
    var yearStart = new DateTime(closingDate.Year, 1, 1);
    var daysInYear = 365m;
    var sellerDays = (decimal)(closingDate - yearStart).TotalDays;
    var daily = annualTax / daysInYear;
    var sellerShare = Math.Round(daily * sellerDays, 2, MidpointRounding.AwayFromZero);
    return sellerPaidInFull ? annualTax - sellerShare : sellerShare;
}`)}
\`\`\``),

  rec('code_kotlin', f`Dans l'appli des parents, la liste des photos de la journée se recharge à chaque rotation de l'écran :

${code(f`class PhotosDuJourViewModel(private val repo: PhotosRepository) : ViewModel() {
    val photos = MutableLiveData<List<Photo>>()

    fun charger(groupeId: String) {
        viewModelScope.launch {
            photos.value = repo.photosDuJour(groupeId, LocalDate.now())
        }
    }
}

// Fragment
override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
    viewModel.charger(args.groupeId)
    viewModel.photos.observe(viewLifecycleOwner) { adapter.submitList(it) }
}`)}

Comment éviter de recharger ?`),

  rec('code_php', f`${code(f`<?php
// Warteliste: Geschwisterkinder zuerst, dann nach Anmeldedatum
function sortiereWarteliste(array $kinder): array {
    usort($kinder, function ($a, $b) {
        if ($a['geschwister'] !== $b['geschwister']) {
            return $a['geschwister'] ? -1 : 1;
        }
        return strcmp($a['angemeldet_am'], $b['angemeldet_am']);
    });
    return $kinder;
}`)}

Die Daten sind im Format TT.MM.JJJJ gespeichert – ist strcmp dann falsch?`),

  rec('code_ts', f`我们按字数给认证翻译报价，中文原文算出来的字数总是太少：

\`\`\`ts
${code(f`export function quote(text: string, ratePerWord: number, certified: boolean): number {
  const words = text.trim().split(/\\s+/).filter(Boolean).length;
  const base = words * ratePerWord;
  const stamp = certified ? 25 : 0;
  return Math.max(45, Math.round((base + stamp) * 100) / 100);
}`)}
\`\`\`

中文没有空格，应该怎么算？`),

  rec('code_c', f`${code(f`/* Modbus RTU CRC16 for the lift controller gateway */
uint16_t crc16_modbus(const uint8_t *buf, size_t len)
{
    uint16_t crc = 0xFFFF;
    for (size_t i = 0; i < len; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            if (crc & 1)
                crc = (crc >> 1) ^ 0xA001;
            else
                crc >>= 1;
        }
    }
    return crc;
}`)}

Il controller risponde sempre con eccezione 0x03. Il CRC è giusto o devo invertire i byte?`),

  rec('code_sh', f`Skrypt archiwizuje zdjęcia bieżnika z przeglądów floty, ale nie kasuje starych plików:

\`\`\`bash
${code(f`#!/bin/bash
SRC=/data/przeglady/zdjecia
DST=/mnt/archiwum/przeglady
find "$SRC" -type f -name '*.jpg' -mtime +30 -print0 | while IFS= read -r -d '' plik; do
  rok=$(date -r "$plik" +%Y)
  mkdir -p "$DST/$rok"
  cp "$plik" "$DST/$rok/"
done
find "$SRC" -type f -name '*.jpg' -mtime +30 -exec rm {} \\;`)}
\`\`\``),

  rec('code_vba', f`Excel macro our docketing clerk uses to flag Paris Convention deadlines. It marks weekends as due dates — can you fix it?

${code(f`Sub FlagPriorityDeadlines()
    Dim r As Long, lastRow As Long
    lastRow = Cells(Rows.Count, "A").End(xlUp).Row
    For r = 2 To lastRow
        ' priority deadline = first filing + 12 months
        Cells(r, "D").Value = DateAdd("m", 12, Cells(r, "C").Value)
        If Cells(r, "D").Value - Date <= 30 Then
            Cells(r, "D").Interior.Color = RGB(255, 199, 206)
        End If
    Next r
End Sub`)}`),

  rec('code_java', f`${code(f`@Service
public class DisbursementService {

    private final LedgerRepository ledger;

    public DisbursementService(LedgerRepository ledger) {
        this.ledger = ledger;
    }

    @Transactional
    public void disburse(String escrowNo) {
        BigDecimal balance = ledger.balance(escrowNo);
        BigDecimal scheduled = ledger.scheduledDisbursements(escrowNo);
        if (balance.compareTo(scheduled) < 0) {
            throw new IllegalStateException("Escrow " + escrowNo + " would go negative");
        }
        ledger.markDisbursed(escrowNo);
    }
}`)}

Reviewer says this has a race condition when two closers click "disburse" at once. Where?`),

  rec('code_ruby', f`Rails: el informe de intérpretes por juzgado tarda 40 segundos.

${code(f`class InformeInterpretes
  def generar(desde, hasta)
    Juzgado.all.map do |j|
      servicios = j.servicios.where(fecha: desde..hasta)
      {
        juzgado: j.nombre,
        horas: servicios.sum(&:horas),
        idiomas: servicios.map { |s| s.idioma.nombre }.uniq
      }
    end
  end
end`)}

¿Es un problema de N+1?`),

  rec('code_swift', f`${code(f`struct CheckInView: View {
    @State private var kinderAnwesend: Set<UUID> = []
    let gruppe: Gruppe

    var body: some View {
        List(gruppe.kinder) { kind in
            Toggle(kind.vorname, isOn: Binding(
                get: { kinderAnwesend.contains(kind.id) },
                set: { an in if an { kinderAnwesend.insert(kind.id) } else { kinderAnwesend.remove(kind.id) } }
            ))
        }
        .navigationTitle("Anwesenheit \\(gruppe.name)")
    }
}`)}

Wie speichere ich die Anwesenheit, wenn die App in den Hintergrund geht?`),

  rec('code_rust', f`${code(f`use std::time::Duration;

#[derive(Debug)]
enum DoorState { Open, Closing, Closed, Fault(u8) }

fn door_cycle_ok(samples: &[(Duration, DoorState)]) -> bool {
    let mut closing_started = None;
    for (t, s) in samples {
        match s {
            DoorState::Closing => closing_started = Some(*t),
            DoorState::Closed => {
                if let Some(start) = closing_started {
                    return *t - start < Duration::from_secs(6);
                }
            }
            DoorState::Fault(_) => return false,
            _ => {}
        }
    }
    false
}`)}

ドア閉時間の監視関数です。Open→Closing→Open→Closing→Closed のときに誤判定します。`),

  rec('code_python', f`ฟังก์ชันนี้คำนวณวันครบกำหนดชำระค่าธรรมเนียมรายปีของสิทธิบัตรไทย แต่ผลลัพธ์ผิดเมื่อวันยื่นคำขอเป็น 29 ก.พ.

\`\`\`python
${code(f`from datetime import date

def annuity_due(filing: date, year: int) -> date:
    # ค่าธรรมเนียมรายปีเริ่มปีที่ 5
    return date(filing.year + year - 1, filing.month, filing.day)`)}
\`\`\``),

  rec('code_dart', f`${code(f`Future<List<Tyre>> loadStock(String depot) async {
  final res = await http.get(Uri.parse('https://api.opona-flota.pl/v1/depots/$depot/stock'));
  if (res.statusCode != 200) {
    throw Exception('Błąd pobierania stanu: \${res.statusCode}');
  }
  final List data = jsonDecode(res.body);
  return data.map((e) => Tyre.fromJson(e)).toList();
}`)}

Aplikacja serwisanta zawiesza się, gdy nie ma zasięgu. Jak dodać timeout i cache?`),

  rec('code_r', f`Statistik över hisstopp per månad – varför blir december tom?

${code(f`library(dplyr)
library(lubridate)

stopp <- read.csv("hisstopp_2024.csv")
stopp |>
  mutate(manad = month(ymd_hms(tidpunkt), label = TRUE)) |>
  filter(year(tidpunkt) == 2024) |>
  count(anlaggning, manad) |>
  tidyr::pivot_wider(names_from = manad, values_from = n, values_fill = 0)`)}`),

  rec('code_ts', f`Fixture for our closing-portal tests — is it fine to keep real-looking data here?

${code(f`export const buyerFixture = {
  escrowNo: '24-00001-TEST',
  name: 'Jordan Test-Buyer',
  email: '${v('pii.email', 'jordan.testbuyer@harborline-title.com')}',
  phone: '${amb('pii.phone', '(555) 010-0142')}',
  loanAmount: 412000,
  closingDate: '2025-01-17',
};`)}`, 'fictional 555-01xx number in a fixture: ambiguous'),

  rec('code_powershell', f`${code(f`# Export overdue foreign filing instructions to CSV for the Monday meeting
$cutoff = (Get-Date).AddDays(14)
Import-Csv .\\foreign_filings.csv |
  Where-Object { [datetime]::ParseExact($_.Deadline, 'dd.MM.yyyy', $null) -le $cutoff -and $_.Instructed -eq 'no' } |
  Sort-Object Deadline |
  Export-Csv .\\overdue_$(Get-Date -Format yyyyMMdd).csv -NoTypeInformation -Encoding UTF8`)}

Sort-Object sorts the dates as text. How do I sort by the real date?`),

  rec('code_js', f`Ο μετρητής λέξεων για τις μεταφράσεις μετράει λάθος τα ελληνικά με τόνους:

${code(f`function countWords(text) {
  return (text.match(/\\b[a-zA-Z0-9']+\\b/g) || []).length;
}

document.querySelector('#upload').addEventListener('change', async (e) => {
  const txt = await e.target.files[0].text();
  document.querySelector('#words').textContent = countWords(txt);
});`)}`),

  rec('code_kotlin', f`${code(f`fun tyreWearAlert(treadMm: Double, axle: Axle): Alert? = when {
    axle == Axle.STEER && treadMm < 3.0 -> Alert.REPLACE_NOW
    treadMm < 2.0 -> Alert.REPLACE_NOW
    treadMm < 4.0 -> Alert.PLAN_REPLACEMENT
    else -> null
}`)}

Bu fonksiyon direksiyon aksı için doğru mu? Yasal sınır 1,6 mm ama biz filo için daha erken uyarıyoruz.`),
];
