/**
 * Held-out batch 73: pasted source code with comments, identifiers and questions in the staff's
 * languages — SCADA parsing, pharmacy stock queries, moderation workers, rostering, PLC code,
 * shell and PowerShell scripts, a diff. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH73_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Die Verfügbarkeit pro Anlage kommt bei mir höher raus als im Bericht des Herstellers. Siehst du den Fehler?

\`\`\`python
${code(f`import pandas as pd

STATUS_VERFUEGBAR = {1, 2, 5}   # Betrieb, Bereit, Windmangel

def verfuegbarkeit(pfad: str) -> pd.Series:
    df = pd.read_csv(pfad, sep=";", decimal=",", parse_dates=["Zeitstempel"])
    df = df[df["Zeitstempel"].dt.year == 2024]
    # 10-Minuten-Werte: jede Zeile zählt gleich
    df["verfuegbar"] = df["Statuscode"].isin(STATUS_VERFUEGBAR)
    return df.groupby("Anlage")["verfuegbar"].mean().mul(100).round(2)

print(verfuegbarkeit("hohe_geest_10min.csv"))`)}
\`\`\`

Im Herstellerbericht werden Wartungsstunden anders behandelt, glaube ich.`),

  rec('code_sql', f`Deze query moet alle partijen tonen die binnen 60 dagen vervallen, maar hij geeft ook al vervallen partijen terug. Wat klopt er niet?

${code(f`SELECT a.artikelnummer,
       a.omschrijving,
       p.partijnummer,
       p.vervaldatum,
       SUM(v.aantal) AS voorraad
FROM   apotheek.partij p
JOIN   apotheek.artikel a ON a.id = p.artikel_id
JOIN   apotheek.voorraad v ON v.partij_id = p.id
WHERE  p.vervaldatum <= CURRENT_DATE + INTERVAL '60 days'
GROUP  BY a.artikelnummer, a.omschrijving, p.partijnummer, p.vervaldatum
ORDER  BY p.vervaldatum;`)}`),

  rec('code_kotlin', f`신고 버튼을 두 번 누르면 신고가 중복으로 들어가요. 어떻게 막을 수 있을까요?

\`\`\`kotlin
${code(f`class ReportViewModel(private val repo: ReportRepository) : ViewModel() {
    private val _state = MutableStateFlow<ReportState>(ReportState.Idle)
    val state: StateFlow<ReportState> = _state

    fun submit(targetUserId: String, reason: ReportReason, comment: String?) {
        viewModelScope.launch {
            _state.value = ReportState.Sending
            val result = repo.sendReport(targetUserId, reason, comment)
            _state.value = if (result.isSuccess) ReportState.Done else ReportState.Error
        }
    }
}`)}
\`\`\``),

  rec('code_ts', f`Essa função deveria detectar quando uma cuidadora tem duas visitas sobrepostas, mas não pega o caso em que uma visita termina exatamente quando a outra começa (isso deveria ser permitido). Pode revisar?

${code(f`interface Visita {
  cuidadoraId: string;
  inicio: Date;
  fim: Date;
}

export function conflitos(visitas: Visita[]): [Visita, Visita][] {
  const out: [Visita, Visita][] = [];
  const porCuidadora = Map.groupBy(visitas, (v) => v.cuidadoraId);
  for (const lista of porCuidadora.values()) {
    lista.sort((a, b) => a.inicio.getTime() - b.inicio.getTime());
    for (let i = 1; i < lista.length; i++) {
      if (lista[i].inicio <= lista[i - 1].fim) out.push([lista[i - 1], lista[i]]);
    }
  }
  return out;
}`)}`),

  rec('code_csharp', f`Bonjour, cette méthode valide le numéro de parquet saisi par les greffiers (format AAAA/NNNNN), mais elle accepte « 2024/123 ». Comment corriger la regex ?

\`\`\`csharp
${code(f`public static bool NumeroParquetValide(string saisie)
{
    if (string.IsNullOrWhiteSpace(saisie)) return false;
    var m = Regex.Match(saisie.Trim(), @"^(\\d{4})/(\\d{1,5})$");
    if (!m.Success) return false;
    var annee = int.Parse(m.Groups[1].Value);
    return annee >= 2000 && annee <= DateTime.Now.Year;
}`)}
\`\`\``),

  rec('code_vba', f`La macro que genera los albaranes en PDF para cada bar sobrescribe los archivos: al final solo queda uno. ¿Qué está mal?

${code(f`Sub ExportarAlbaranes()
    Dim pedidos As Worksheet, plantilla As Worksheet
    Dim fila As Long, ruta As String
    Set pedidos = Sheets("Pedidos")
    Set plantilla = Sheets("Albaran")
    For fila = 2 To pedidos.Cells(pedidos.Rows.Count, 1).End(xlUp).Row
        plantilla.Range("B3").Value = pedidos.Cells(fila, 2).Value   ' cliente
        plantilla.Range("B4").Value = pedidos.Cells(fila, 3).Value   ' fecha
        plantilla.Range("B8").Value = pedidos.Cells(fila, 4).Value   ' barriles
        ruta = ThisWorkbook.Path & "\\Albaranes\\Albaran_" & Format(Date, "yyyymmdd") & ".pdf"
        plantilla.ExportAsFixedFormat Type:=xlTypePDF, Filename:=ruta
    Next fila
End Sub`)}`),

  rec('code_r', f`Ciao, questo script calcola le DDD di antibiotici per 100 giornate di degenza per reparto. Il risultato per la Medicina 2 è il doppio dell'anno scorso, sospetto un errore nel join:

${code(f`library(dplyr)

consumi <- read.csv2("erogazioni_2024.csv")
ddd_rif <- read.csv2("ddd_atc_who.csv")
degenze <- read.csv2("giornate_degenza.csv")

risultato <- consumi %>%
  filter(substr(atc, 1, 3) == "J01") %>%
  left_join(ddd_rif, by = "atc") %>%
  mutate(ddd = quantita_g / ddd_g) %>%
  group_by(reparto) %>%
  summarise(ddd_tot = sum(ddd, na.rm = TRUE)) %>%
  left_join(degenze, by = "reparto") %>%
  mutate(ddd_100gg = ddd_tot / giornate * 100)`)}`),

  rec('code_matlab', f`Hej, jeg prøver at finde gearets tandindgrebsfrekvens i vibrationsdata fra møllen, men toppen ligger forkert. Er min frekvensakse forkert?

${code(f`fs = 25600;                      % samplingsfrekvens [Hz]
x = load('wtg07_gear_hs.txt');
N = length(x);
X = abs(fft(x .* hann(N))) / N;
f = (0:N-1) * fs / N;
plot(f(1:N/2), 20*log10(X(1:N/2)));
xlabel('Frekvens [Hz]'); ylabel('Amplitude [dB]');
rpm_hs = 1512;
gmf = rpm_hs / 60 * 31;          % 31 tænder på pinion
xline(gmf, '--r', 'GMF');`)}`),

  rec('code_go', f`通報キューのワーカーです。たまに同じ通報を2回処理してしまいます。原因はどこでしょうか？

${code(f`func (w *Worker) Run(ctx context.Context) error {
	for {
		msgs, err := w.queue.Receive(ctx, 10)
		if err != nil {
			return err
		}
		for _, m := range msgs {
			go func(m Message) {
				if err := w.handle(ctx, m); err != nil {
					log.Printf("通報 %s の処理に失敗: %v", m.ID, err)
					return
				}
				w.queue.Ack(ctx, m.ReceiptHandle)
			}(m)
		}
	}
}`)}`),

  rec('code_rust', f`Vi läser effektvärden från turbinernas Modbus-register, men ibland får vi orimligt stora tal. Är det byte-ordningen?

\`\`\`rust
${code(f`fn las_effekt(regs: &[u16]) -> f32 {
    // register 40100–40101: aktiv effekt i kW, float32
    let bytes = [
        (regs[0] >> 8) as u8, regs[0] as u8,
        (regs[1] >> 8) as u8, regs[1] as u8,
    ];
    f32::from_be_bytes(bytes)
}

fn main() {
    let regs = [0x4496u16, 0x8000u16];
    println!("{} kW", las_effekt(&regs));
}`)}
\`\`\``),

  rec('code_php', f`ÖTV hesaplaması bazı ürünlerde 1 kuruş farklı çıkıyor. Yuvarlamayı nerede yanlış yapıyorum?

${code(f`<?php
function otvTutari(float $litre, float $alkolOrani, float $birimOtv): float {
    // ÖTV = saf alkol litresi x birim vergi
    $safAlkol = $litre * $alkolOrani / 100;
    return round($safAlkol * $birimOtv, 2);
}

$satirlar = [[0.5, 5.0, 1064.12], [0.7, 45.0, 1064.12]];
foreach ($satirlar as [$l, $oran, $otv]) {
    echo number_format(otvTutari($l, $oran, $otv), 2, ',', '.'), PHP_EOL;
}`)}`),

  rec('code_java', f`Metoda liczy termin na wniesienie apelacji (14 dni od doręczenia), ale nie uwzględnia, że jeśli koniec terminu wypada w sobotę albo w święto, przesuwa się na następny dzień roboczy. Jak to poprawić?

${code(f`public LocalDate terminApelacji(LocalDate dataDoreczenia) {
    LocalDate koniec = dataDoreczenia.plusDays(14);
    if (koniec.getDayOfWeek() == DayOfWeek.SUNDAY) {
        koniec = koniec.plusDays(1);
    }
    return koniec;
}`)}`),

  rec('code_bash', f`Tämä varmuuskopioskripti ajetaan joka yö kotihoidon palvelimella, mutta vanhoja varmuuskopioita ei poisteta. Mikä on vialla?

\`\`\`bash
${code(f`#!/bin/bash
set -euo pipefail

KOHDE=/varmuus/kotihoito
PVM=$(date +%Y-%m-%d)

pg_dump -Fc kotihoito > "$KOHDE/kotihoito_$PVM.dump"
gpg --batch --yes -r varmuus@kotihoito -e "$KOHDE/kotihoito_$PVM.dump"
rm "$KOHDE/kotihoito_$PVM.dump"

# poista yli 30 päivää vanhat
find $KOHDE -name "*.dump" -mtime +30 -delete`)}
\`\`\``),

  rec('code_powershell', f`Skriptet skal deaktivere kontoer for ansatte som har sluttet ved statsadvokatembetet, men det deaktiverer også noen som bare har permisjon. Hva er feil?

${code(f`Import-Module ActiveDirectory
$sluttet = Import-Csv .\\sluttet_nov.csv -Delimiter ';'

foreach ($ansatt in $sluttet) {
    $bruker = Get-ADUser -Filter "Surname -like '$($ansatt.Etternavn)*'" -SearchBase "OU=Ansatte,DC=statsadv,DC=local"
    if ($bruker) {
        Disable-ADAccount -Identity $bruker
        Write-Host "Deaktivert: $($bruker.SamAccountName)"
    }
}`)}`),

  rec('code_swift', f`כפתור החסימה במסך הצ'אט לא מתעדכן אחרי שחוסמים משתמש. מה חסר?

${code(f`struct ChatHeader: View {
    let match: Match
    @State private var isBlocked = false
    @EnvironmentObject var safety: SafetyService

    var body: some View {
        HStack {
            Text(match.displayName).font(.headline)
            Spacer()
            Button(isBlocked ? "בוטל" : "חסימה") {
                Task { try? await safety.block(userId: match.userId) }
            }
            .tint(.red)
        }
    }
}`)}`),

  rec('code_gas', f`Mình viết Apps Script để gom đơn đặt bia từ Google Form vào sheet tổng, nhưng đơn nào có ghi chú dài thì bị lệch cột. Sửa giúp mình với:

${code(f`function gomDonHang() {
  const ss = SpreadsheetApp.getActive();
  const nguon = ss.getSheetByName('Form Responses 1');
  const dich = ss.getSheetByName('Tong hop');
  const dong = nguon.getDataRange().getValues().slice(1);
  dong.forEach((d) => {
    const [thoiGian, quan, loaiBia, soThung, ghiChu] = d;
    dich.appendRow([thoiGian, quan, loaiBia, Number(soThung), ghiChu.split(',')]);
  });
}`)}`),

  rec('code_c', f`变桨控制器里的这段限幅代码，在角度接近90度时偶尔会抖动。帮我看看问题在哪？

${code(f`#define PITCH_MAX_DEG   90.0f
#define PITCH_RATE_MAX  7.5f   /* 度/秒 */

float pitch_limit(float target, float current, float dt)
{
    float delta = target - current;
    float max_step = PITCH_RATE_MAX * dt;

    if (delta > max_step)  delta = max_step;
    if (delta < -max_step) delta = -max_step;

    float next = current + delta;
    if (next > PITCH_MAX_DEG) next = PITCH_MAX_DEG;
    return next;
}`)}`),

  rec('code_dart', f`แอปเช็กลิสต์สำหรับผู้ดูแลผู้สูงอายุ: ติ๊กช่องแล้วไม่บันทึก พอเปิดหน้าใหม่หายหมดเลย ช่วยดูโค้ดหน่อยครับ

${code(f`class ChecklistPage extends StatefulWidget {
  const ChecklistPage({super.key});
  @override
  State<ChecklistPage> createState() => _ChecklistPageState();
}

class _ChecklistPageState extends State<ChecklistPage> {
  final Map<String, bool> _items = {'ให้ยาเช้า': false, 'วัดความดัน': false, 'พาเดิน 10 นาที': false};

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: _items.keys.map((k) => CheckboxListTile(
        title: Text(k),
        value: _items[k],
        onChanged: (v) => setState(() => _items[k] = v ?? false),
      )).toList(),
    );
  }
}`)}`),

  rec('code_st', f`Grüß Gott, die Windnachführung in unserer Steuerung (Structured Text) pendelt bei böigem Wind hin und her. Ist die Hysterese falsch?

${code(f`IF ABS(rWindRichtung - rGondelPosition) > rToleranz THEN
    IF tVerzoegerung.Q THEN
        IF rWindRichtung > rGondelPosition THEN
            xYawRechts := TRUE;
            xYawLinks  := FALSE;
        ELSE
            xYawLinks  := TRUE;
            xYawRechts := FALSE;
        END_IF;
    END_IF;
ELSE
    xYawRechts := FALSE;
    xYawLinks  := FALSE;
END_IF;
tVerzoegerung(IN := ABS(rWindRichtung - rGondelPosition) > rToleranz, PT := T#30S);`)}`),

  rec('diff', f`Can you review this diff before I merge it? It's for the discovery-tracking tool at the DA's office — we want to stop deleting exhibit records and soft-delete them instead.

${code(f`--- a/discovery/models.py
+++ b/discovery/models.py
@@ -41,9 +41,15 @@ class Exhibit(models.Model):
     case = models.ForeignKey(Case, on_delete=models.PROTECT)
     label = models.CharField(max_length=32)
     received_at = models.DateTimeField()
+    deleted_at = models.DateTimeField(null=True, blank=True)
+
+    objects = ActiveExhibitManager()
+    all_objects = models.Manager()

-    def remove(self):
-        self.delete()
+    def remove(self, user):
+        self.deleted_at = timezone.now()
+        self.save(update_fields=["deleted_at"])
+        AuditLog.objects.create(actor=user, action="exhibit.soft_delete", target=self.pk)`)}`),

  rec('code_python', f`عايز أتأكد من الدالة دي اللي بتحسب جرعة الباراسيتامول للأطفال في صيدلية المستشفى، الحد الأقصى المفروض 60 مجم/كجم في اليوم:

${code(f`def jur3a_paracetamol(wazn_kg: float, marrat_fil_yom: int = 4) -> float:
    """جرعة واحدة بالمجم"""
    jur3a = 15 * wazn_kg
    if jur3a * marrat_fil_yom > 60 * wazn_kg:
        jur3a = 60 * wazn_kg / marrat_fil_yom
    return min(jur3a, 1000)`)}

هل فيه حالة الدالة بتطلع فيها جرعة غلط؟`),

  rec('chat_hi', f`एक छोटा सवाल: ${amb('source_code.snippet', 'df.groupby("dawa_code")["matra"].sum().sort_values(ascending=False).head(10)')} से टॉप 10 दवाइयाँ तो मिल रही हैं, लेकिन नाम नहीं आ रहे। नाम वाला कॉलम कैसे जोड़ूँ?`, 'a one-line expression inside prose: ambiguous'),
];
