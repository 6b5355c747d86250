/**
 * Held-out batch 59: source code pasted by the six settings' staff (donor eligibility, seat maps,
 * purchase-order approval, tutoring bookings, housing work orders, chargeback rules), in many
 * languages, fenced or not, with comments in the writers' own languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH59_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Esta función calcula la próxima fecha en que un donante puede volver a donar, pero para plaquetas me da 90 días y debería ser 14. ¿Dónde está el fallo?

\`\`\`python
${code(f`from datetime import date, timedelta

INTERVALOS = {
    ("sangre", "M"): 60,
    ("sangre", "F"): 90,
    ("plasma", None): 14,
    ("plaquetas", None): 14,
}

def proxima_donacion(tipo: str, sexo: str, ultima: date) -> date:
    dias = INTERVALOS.get((tipo, sexo)) or INTERVALOS.get((tipo, None), 90)
    if tipo == "sangre" or sexo == "F":
        dias = max(dias, 90)
    return ultima + timedelta(days=dias)`)}
\`\`\``),

  rec('code_sql', f`Ik wil per zaal de gemiddelde bezettingsgraad per week, maar mijn query telt voorstellingen dubbel als er twee prijsgroepen zijn. Wat doe ik fout?

${code(f`SELECT z.naam AS zaal,
       date_trunc('week', v.aanvang) AS week,
       AVG(t.verkocht::numeric / z.capaciteit) AS bezetting
FROM voorstelling v
JOIN zaal z ON z.id = v.zaal_id
JOIN (
    SELECT voorstelling_id, prijsgroep, COUNT(*) AS verkocht
    FROM ticket
    WHERE status = 'BETAALD'
    GROUP BY voorstelling_id, prijsgroep
) t ON t.voorstelling_id = v.id
WHERE v.aanvang >= DATE '2025-01-01'
GROUP BY z.naam, week
ORDER BY week, zaal;`)}`),

  rec('code_java', f`Reguła zatwierdzania zamówień: powyżej 250 tys. zł musi zatwierdzić dyrektor, ale zamówienia w euro przechodzą bez niego. Co poprawić?

${code(f`public class ZatwierdzanieZamowien {

    private static final BigDecimal PROG_DYREKTOR_PLN = new BigDecimal("250000");

    public Poziom wymaganyPoziom(Zamowienie z) {
        BigDecimal kwota = z.getKwota();
        if ("PLN".equals(z.getWaluta()) && kwota.compareTo(PROG_DYREKTOR_PLN) > 0) {
            return Poziom.DYREKTOR;
        }
        if (z.getKategoria() == Kategoria.STAL_KADLUBOWA) {
            return Poziom.KIEROWNIK_ZAKUPOW;
        }
        return Poziom.KUPIEC;
    }
}`)}`),

  rec('code_kotlin', f`수업 예약 화면에서 같은 시간대를 두 번 누르면 예약이 두 번 생겨요. 코루틴 문제일까요?

\`\`\`kotlin
${code(f`class BookingViewModel(private val repo: LessonRepository) : ViewModel() {

    private val _state = MutableStateFlow<BookingState>(BookingState.Idle)
    val state: StateFlow<BookingState> = _state

    fun book(tutorId: String, slot: LocalDateTime) {
        viewModelScope.launch {
            _state.value = BookingState.Loading
            val result = repo.createBooking(tutorId, slot)
            _state.value = result.fold(
                onSuccess = { BookingState.Done(it) },
                onFailure = { BookingState.Error(it.message ?: "예약 실패") },
            )
        }
    }
}`)}
\`\`\``),

  rec('code_go', f`Velocity rule for card testing: flag a card if more than 5 auths in 60s or more than 3 distinct merchants in 10 min. Does this sliding window leak memory?

${code(f`type window struct {
	mu     sync.Mutex
	events map[string][]authEvent // key: card fingerprint
}

func (w *window) Add(fp string, e authEvent) (flag bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	now := e.At
	evs := append(w.events[fp], e)
	cut := 0
	for cut < len(evs) && now.Sub(evs[cut].At) > 10*time.Minute {
		cut++
	}
	evs = evs[cut:]
	w.events[fp] = evs

	recent, merchants := 0, map[string]struct{}{}
	for _, x := range evs {
		if now.Sub(x.At) <= time.Minute {
			recent++
		}
		merchants[x.MerchantID] = struct{}{}
	}
	return recent > 5 || len(merchants) > 3
}`)}`),

  rec('code_rust', f`Der Parser für die Temperaturlogger unserer Plasma-Tiefkühlschränke (-30 °C) stürzt bei manchen Zeilen ab. Kannst du ihn robuster machen?

\`\`\`rust
${code(f`#[derive(Debug)]
struct Messung {
    geraet: String,
    zeit: chrono::NaiveDateTime,
    temp_c: f32,
}

fn parse_zeile(zeile: &str) -> Messung {
    let teile: Vec<&str> = zeile.split(';').collect();
    Messung {
        geraet: teile[0].to_string(),
        zeit: chrono::NaiveDateTime::parse_from_str(teile[1], "%d.%m.%Y %H:%M").unwrap(),
        temp_c: teile[2].replace(',', ".").parse().unwrap(),
    }
}

fn alarm(m: &Messung) -> bool {
    m.temp_c > -25.0
}`)}
\`\`\``),

  rec('code_csharp', f`Vi fördelar felanmälningar till hantverkarlagen efter område, men ibland får samma lag två akuta jobb samtidigt. Hur skulle du ändra logiken?

${code(f`public Lag? TilldelaLag(Felanmalan f, IReadOnlyList<Lag> lag)
{
    var kandidater = lag
        .Where(l => l.Omraden.Contains(f.Omrade) && l.Kompetenser.Contains(f.Kategori))
        .OrderBy(l => l.OppnaArenden)
        .ToList();

    if (f.Prioritet == Prioritet.Akut)
        return kandidater.FirstOrDefault();

    return kandidater.FirstOrDefault(l => l.OppnaArenden < 6);
}`)}`),

  rec('code_tsx', f`座席選択コンポーネントで、車椅子席を選ぶと隣の同伴者席も自動で選択したいです。どう書けばいいですか？

${code(f`type Seat = { id: string; row: string; num: number; kind: 'normal' | 'wheelchair' | 'companion'; taken: boolean };

export function SeatMap({ seats, onChange }: { seats: Seat[]; onChange: (ids: string[]) => void }) {
  const [selected, setSelected] = useState<string[]>([]);

  const toggle = (s: Seat) => {
    if (s.taken) return;
    const next = selected.includes(s.id) ? selected.filter((x) => x !== s.id) : [...selected, s.id];
    setSelected(next);
    onChange(next);
  };

  return (
    <div className="seatmap">
      {seats.map((s) => (
        <button key={s.id} className={\`seat \${s.kind} \${selected.includes(s.id) ? 'on' : ''}\`} onClick={() => toggle(s)}>
          {s.row}{s.num}
        </button>
      ))}
    </div>
  );
}`)}`),

  rec('code_php', f`Le calcul des points fidélité donne des demi-points pour les séances à tarif réduit et la compta veut des entiers. Tu peux corriger ?

${code(f`function pointsFidelite(array $billets): int
{
    $points = 0;
    foreach ($billets as $b) {
        $base = $b['tarif'] === 'plein' ? 10 : 5;
        if ($b['seance_3d']) {
            $base *= 1.5;
        }
        if (in_array($b['jour'], ['mardi', 'mercredi'], true)) {
            $base += 2;
        }
        $points += $base;
    }
    return $points;
}`)}`),

  rec('code_ruby', f`Este método gera as faturas mensais dos explicadores, mas os meses com 5 semanas saem com uma sessão a menos. Podes ver?

${code(f`class FaturaMensal
  def initialize(explicador, mes)
    @explicador = explicador
    @inicio = mes.beginning_of_month
    @fim = mes.end_of_month
  end

  def sessoes
    @explicador.sessoes.where(data: @inicio...@fim, estado: "realizada")
  end

  def total
    sessoes.sum { |s| s.duracao_min / 60.0 * @explicador.valor_hora }.round(2)
  end
end`)}`),

  rec('code_swift', f`Nell'app dei donatori il conto alla rovescia per la prossima donazione mostra un giorno in più dopo le 23. Perché?

${code(f`func giorniAllaProssimaDonazione(ultima: Date, intervalloGiorni: Int) -> Int {
    let calendario = Calendar.current
    guard let prossima = calendario.date(byAdding: .day, value: intervalloGiorni, to: ultima) else { return 0 }
    let secondi = prossima.timeIntervalSince(Date())
    return Int(ceil(secondi / 86_400))
}`)}`),

  rec('code_bash', f`Tämä skripti yhdistää toimittajien hintatiedostot yöllä, mutta ääkköset menevät rikki ja jotkut rivit tuplaantuvat. Mikä vikana?

${code(f`#!/bin/bash
set -e
cd /srv/hankinta/hinnastot
rm -f yhdistetty.csv
for f in toimittaja_*.csv; do
  tail -n +2 "$f" | iconv -f latin1 -t utf-8 >> yhdistetty.csv
done
sort yhdistetty.csv | uniq > yhdistetty_uniq.csv
echo "Rivejä: $(wc -l < yhdistetty_uniq.csv)"`)}`),

  rec('code_r', f`Vi prøver at forudsige antal solgte billetter pr. weekend. Modellen rammer helt forbi i skoleferier – hvordan tilføjer jeg en feriedummy?

${code(f`library(forecast)

billetter <- read.csv("weekend_billetter.csv")
ts_billet <- ts(billetter$solgt, frequency = 52, start = c(2019, 1))

fit <- auto.arima(ts_billet, xreg = billetter$premierer)
fc <- forecast(fit, xreg = rep(2, 12), h = 12)
plot(fc, main = "Billetsalg, næste 12 weekender")`)}`),

  rec('code_scala', f`Chargeback ratio per merchant per month for the Visa monitoring programme – numbers don't match the acquirer's report. Am I dividing by the wrong month's count?

${code(f`val txn = spark.table("payments.settled").filter($"scheme" === "VISA")
val cb  = spark.table("disputes.chargebacks").filter($"scheme" === "VISA")

val ratio = cb.groupBy($"merchant_id", date_format($"received_at", "yyyy-MM").as("month")).count().withColumnRenamed("count", "cbs")
  .join(
    txn.groupBy($"merchant_id", date_format($"settled_at", "yyyy-MM").as("month")).count().withColumnRenamed("count", "txns"),
    Seq("merchant_id", "month"))
  .withColumn("ratio", $"cbs" / $"txns")
  .filter($"ratio" > 0.009)`)}`),

  rec('code_powershell', f`Skript má archivovat fotky z oprav bytů starší než 2 roky do ZIPu podle domu, ale vytváří prázdné archivy. Kde je chyba?

${code(f`$zdroj = "D:\\Opravy\\Fotky"
$cil = "E:\\Archiv"
$hranice = (Get-Date).AddYears(-2)

Get-ChildItem $zdroj -Directory | ForEach-Object {
    $dum = $_.Name
    $stare = Get-ChildItem $_.FullName -File | Where-Object { $_.LastWriteTime -lt $hranice }
    if ($stare) {
        Compress-Archive -Path $stare -DestinationPath "$cil\\$dum.zip" -Update
        $stare | Remove-Item
    }
}`)}`),

  rec('code_vba', f`Teklif karşılaştırma makrosu en düşük fiyatı işaretlemiyor, para birimi farklı olan satırları da karıştırıyor. Düzeltebilir misin?

${code(f`Sub EnUcuzTeklif()
    Dim ws As Worksheet: Set ws = Sheets("Teklifler")
    Dim r As Long, enDusuk As Double, enSatir As Long
    enDusuk = 1E+99
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        If ws.Cells(r, 4).Value < enDusuk Then
            enDusuk = ws.Cells(r, 4).Value
            enSatir = r
        End If
    Next r
    ws.Rows(enSatir).Interior.Color = RGB(198, 239, 206)
End Sub`)}`),

  rec('code_dart', f`Timer sesi les di aplikasi tutor tetap jalan walaupun halaman sudah ditutup. Gimana cara yang benar?

${code(f`class SesiTimer extends StatefulWidget {
  final Duration durasi;
  const SesiTimer({super.key, required this.durasi});
  @override
  State<SesiTimer> createState() => _SesiTimerState();
}

class _SesiTimerState extends State<SesiTimer> {
  late Duration sisa = widget.durasi;

  @override
  void initState() {
    super.initState();
    Timer.periodic(const Duration(seconds: 1), (t) {
      setState(() => sisa -= const Duration(seconds: 1));
    });
  }

  @override
  Widget build(BuildContext context) => Text('\${sisa.inMinutes}:\${(sisa.inSeconds % 60).toString().padLeft(2, '0')}');
}`)}`),

  rec('code_cpp', f`这段代码解析血袋上的 ISBT 128 献血码，但是带校验字符的条码会解析失败，能帮我看看吗？

${code(f`struct DonationId {
    std::string facility;   // 5 chars
    int year;               // 2 digits
    std::string serial;     // 6 digits
};

std::optional<DonationId> parseDin(const std::string& raw) {
    // 条码格式: =FFFFYYNNNNNNff
    if (raw.size() != 16 || raw[0] != '=') return std::nullopt;
    DonationId d;
    d.facility = raw.substr(1, 5);
    d.year = std::stoi(raw.substr(6, 2));
    d.serial = raw.substr(8, 6);
    return d;
}`)}`),

  rec('code_sql', f`Нужен запрос: все компоненты крови, у которых срок годности истекает в ближайшие 72 часа, с группировкой по группе крови. Мой вариант выдаёт и уже списанные — что добавить?

\`\`\`sql
${code(f`SELECT k.gruppa_krovi,
       k.tip_komponenta,
       COUNT(*) AS kolichestvo,
       MIN(k.srok_godnosti) AS blizhaishiy
FROM komponenty k
WHERE k.srok_godnosti BETWEEN now() AND now() + interval '72 hours'
GROUP BY k.gruppa_krovi, k.tip_komponenta
ORDER BY blizhaishiy;`)}
\`\`\``),

  rec('diff', f`אפשר לעשות code review לשינוי הזה? הוא מחשב את המועד האחרון להגשת ראיות ב-chargeback לפי הרשת.

${code(f`--- a/disputes/deadlines.py
+++ b/disputes/deadlines.py
@@ -12,9 +12,14 @@ SCHEME_DAYS = {
     "visa": 30,
     "mastercard": 45,
+    "amex": 20,
 }

-def evidence_due(opened_at: datetime, scheme: str) -> datetime:
-    return opened_at + timedelta(days=SCHEME_DAYS[scheme])
+def evidence_due(opened_at: datetime, scheme: str, buffer_days: int = 3) -> datetime:
+    days = SCHEME_DAYS.get(scheme.lower())
+    if days is None:
+        raise ValueError(f"unknown scheme {scheme}")
+    return opened_at + timedelta(days=days - buffer_days)`)}`),

  rec('chat', f`Quick one for our data warehouse: in dbt, ${amb('source_code.snippet', `{{ dbt_utils.generate_surrogate_key(['merchant_id', 'dispute_id']) }}`)} gives different keys in dev and prod for the same row. Could casing of the IDs do that?`, 'a one-line Jinja expression quoted in prose: ambiguous code'),
];
