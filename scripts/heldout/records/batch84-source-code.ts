/**
 * Held-out batch 84: pasted source code from imaging integrations, interlocking tools, mobile-money
 * reconciliation, game localisation pipelines, forensic analytics and zoo systems, with comments
 * and questions in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH84_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`This walks the OCT export folder and should skip scans without laterality, but it still imports some with an empty tag. What am I missing?

\`\`\`python
${code(f`import pydicom
from pathlib import Path

def iter_scans(root: Path):
    for p in root.rglob("*.dcm"):
        ds = pydicom.dcmread(p, stop_before_pixels=True)
        lat = getattr(ds, "ImageLaterality", None) or getattr(ds, "Laterality", None)
        if lat is None:
            continue
        yield p, ds.StudyInstanceUID, lat.strip().upper()

for path, study, eye in iter_scans(Path(r"D:\\Export\\OCT")):
    print(study, eye, path.name)`)}
\`\`\``),

  rec('code_ada', f`Kannst du mir diese SPARK-Prozedur aus unserem Projektierungswerkzeug erklären? Ich verstehe die Postcondition nicht.

${code(f`procedure Lock_Route (R : in Route_Id; Ok : out Boolean)
  with Pre  => Route_Table (R).State = Idle,
       Post => (if Ok then Route_Table (R).State = Locked
                else Route_Table (R).State = Idle)
is
begin
   Ok := True;
   for S of Route_Table (R).Sections loop
      if Section_Occupied (S) or else Section_Locked (S) then
         Ok := False;
         return;
      end if;
   end loop;
   for S of Route_Table (R).Sections loop
      Lock_Section (S, R);
   end loop;
   Route_Table (R).State := Locked;
end Lock_Route;`)}`),

  rec('code_c', f`Ovaj C kod čita telegram s brojača osovina, ali ponekad dobijem krivi CRC. Je li problem u redoslijedu bajtova?

\`\`\`c
${code(f`uint16_t crc16_ccitt(const uint8_t *buf, size_t len) {
    uint16_t crc = 0xFFFF;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)buf[i] << 8;
        for (int b = 0; b < 8; b++)
            crc = (crc & 0x8000) ? (crc << 1) ^ 0x1021 : crc << 1;
    }
    return crc;
}

int parse_axle_telegram(const uint8_t *t, size_t n, axle_count_t *out) {
    if (n < 8 || t[0] != 0x7E) return -1;
    uint16_t rx = (uint16_t)(t[n - 2] | (t[n - 1] << 8));
    if (crc16_ccitt(t + 1, n - 3) != rx) return -2;
    out->section = t[1];
    out->count_in = (uint16_t)(t[2] << 8 | t[3]);
    out->count_out = (uint16_t)(t[4] << 8 | t[5]);
    return 0;
}`)}
\`\`\``),

  rec('code_kotlin', f`Habari, programu yetu ya Android ya wakala inaonyesha salio tofauti na la seva. Hii ndiyo sehemu inayolinganisha miamala:

${code(f`data class MobileTxn(val ref: String, val amount: Long, val msisdnHash: String, val at: Instant)

fun reconcile(local: List<MobileTxn>, remote: List<MobileTxn>): ReconResult {
    val remoteByRef = remote.associateBy { it.ref }
    val missing = local.filter { it.ref !in remoteByRef }
    val mismatched = local.mapNotNull { l ->
        remoteByRef[l.ref]?.takeIf { it.amount != l.amount }?.let { l to it }
    }
    val extra = remote.filter { r -> local.none { it.ref == r.ref } }
    return ReconResult(missing, mismatched, extra)
}`)}

Kwa miamala 40,000 inachukua dakika nzima. Kwa nini?`),

  rec('code_go', f`The M-Pesa C2B confirmation handler sometimes double-credits a member. I think it's a race. Review?

${code(f`func (h *Handler) Confirm(w http.ResponseWriter, r *http.Request) {
	var cb C2BCallback
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	exists, _ := h.store.TxnExists(r.Context(), cb.TransID)
	if !exists {
		if err := h.store.CreditMember(r.Context(), cb.BillRefNumber, cb.TransAmount, cb.TransID); err != nil {
			log.Printf("credit failed: %v", err)
		}
	}
	json.NewEncoder(w).Encode(map[string]any{"ResultCode": 0, "ResultDesc": "Accepted"})
}`)}`),

  rec('code_ts', f`Polish plurals break in our game's inventory screen ("5 mikstura" instead of "5 mikstur"). Our helper:

\`\`\`ts
${code(f`const rules = new Map<string, Intl.PluralRules>();

export function plural(locale: string, n: number, forms: Record<string, string>): string {
  let pr = rules.get(locale);
  if (!pr) {
    pr = new Intl.PluralRules(locale);
    rules.set(locale, pr);
  }
  const cat = n === 1 ? 'one' : 'other';
  return (forms[cat] ?? forms.other).replace('{n}', String(n));
}`)}
\`\`\`

the pl.json has one/few/many/other forms.`),

  rec('code_csharp', f`Unity projemizde yerelleştirme tablosu yüklenirken Türkçe "i" büyük harfe yanlış çevriliyor (İ yerine I). Kod:

${code(f`public static class LocLoader
{
    public static Dictionary<string, string> Load(string lang)
    {
        var asset = Resources.Load<TextAsset>($"Loc/{lang}");
        var dict = new Dictionary<string, string>();
        foreach (var line in asset.text.Split('\\n'))
        {
            var parts = line.Split('\\t');
            if (parts.Length < 2) continue;
            dict[parts[0].ToUpper()] = parts[1].TrimEnd('\\r');
        }
        return dict;
    }
}`)}

Anahtarları büyük harfe çevirmemiz mi sorun?`),

  rec('code_lua', f`${code(f`local strings = require("loc.strings_" .. settings.language)

local function fmt(key, ...)
  local s = strings[key]
  if not s then
    return "[[" .. key .. "]]"
  end
  return (s:gsub("{(%d)}", function(i)
    return tostring(select(tonumber(i) + 1, ...))
  end))
end

print(fmt("quest_reward", 120, "Gold"))`)}

this prints "[[quest_reward]]" for the Brazilian build only, the key is in strings_pt_BR.lua. the file name is strings_pt-BR.lua, is that it?`),

  rec('code_sql', f`Write me a short explanation of this Benford query for the non-technical partner, in plain English:

\`\`\`sql
${code(f`WITH first_digits AS (
  SELECT CAST(LEFT(REPLACE(CAST(ABS(amount) AS VARCHAR(30)), '.', ''), 1) AS INT) AS d
  FROM gl_entries
  WHERE entity_id = @entity AND amount <> 0 AND posting_date BETWEEN @from AND @to
)
SELECT d,
       COUNT(*) * 1.0 / SUM(COUNT(*)) OVER () AS observed,
       LOG10(1 + 1.0 / d) AS expected
FROM first_digits
WHERE d BETWEEN 1 AND 9
GROUP BY d
ORDER BY d;`)}
\`\`\``),

  rec('code_r', f`Ce script R calcule le MAD de Nigrini sur les montants des factures, mais mes résultats ne correspondent pas à ceux d'IDEA. Tu vois une erreur ?

${code(f`library(dplyr)

benford_mad <- function(x) {
  x <- abs(x[x != 0])
  d <- as.integer(substr(formatC(x, format = "e"), 1, 1))
  obs <- tabulate(d, nbins = 9) / length(d)
  exp <- log10(1 + 1 / (1:9))
  mean(abs(obs - exp))
}

factures %>%
  group_by(fournisseur) %>%
  summarise(n = n(), mad = benford_mad(montant)) %>%
  filter(n >= 300) %>%
  arrange(desc(mad))`)}`),

  rec('code_vba', f`Tengo esta macro de Excel para marcar asientos contables registrados en fin de semana. Va lentísima con 200.000 filas:

${code(f`Sub MarcarFinDeSemana()
    Dim ws As Worksheet, i As Long, ultima As Long
    Set ws = ThisWorkbook.Sheets("Diario")
    ultima = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For i = 2 To ultima
        If Weekday(ws.Cells(i, "B").Value, vbMonday) > 5 Then
            ws.Cells(i, "H").Value = "FIN DE SEMANA"
            ws.Rows(i).Interior.Color = RGB(255, 230, 153)
        End If
    Next i
End Sub`)}

¿Cómo la hago más rápida?`),

  rec('code_rust', f`Akvaariumin vedenlaatusensorin lukija: lämpötila hyppää välillä 85 asteeseen. Onko tässä bugi?

\`\`\`rust
${code(f`fn read_temp(bus: &mut OneWire, rom: &Rom) -> Result<f32, SensorError> {
    bus.reset()?;
    bus.select(rom)?;
    bus.write_byte(0x44)?; // convert T
    std::thread::sleep(Duration::from_millis(100));
    bus.reset()?;
    bus.select(rom)?;
    bus.write_byte(0xBE)?; // read scratchpad
    let mut buf = [0u8; 9];
    bus.read_bytes(&mut buf)?;
    let raw = i16::from_le_bytes([buf[0], buf[1]]);
    Ok(raw as f32 / 16.0)
}`)}
\`\`\``),

  rec('code_php', f`${code(f`<?php
function ticketPrice(string $category, DateTimeImmutable $visit): int
{
    $base = ['adult' => 1800, 'child' => 900, 'senior' => 1200, 'family' => 5200];
    if (!isset($base[$category])) {
        throw new InvalidArgumentException("unknown category $category");
    }
    $price = $base[$category];
    if (in_array((int)$visit->format('N'), [6, 7], true)) {
        $price = (int) round($price * 1.15);
    }
    return $price;
}`)}

De zoo wil op feestdagen ook het weekendtarief. Hoe voeg ik een lijst met feestdagen toe zonder alles te herschrijven?`),

  rec('code_swift', f`動物園アプリで、餌やりの時間の15分前に通知を出したいのですが、通知が来ません。

${code(f`func scheduleFeedingReminder(for session: FeedingSession) {
    let content = UNMutableNotificationContent()
    content.title = session.animalName
    content.body = "\\(session.location)で餌やりが始まります"
    let fire = Calendar.current.date(byAdding: .minute, value: -15, to: session.start)!
    let comps = Calendar.current.dateComponents([.hour, .minute], from: fire)
    let trigger = UNCalendarNotificationTrigger(dateMatching: comps, repeats: false)
    let req = UNNotificationRequest(identifier: session.id, content: content, trigger: trigger)
    UNUserNotificationCenter.current().add(req)
}`)}`),

  rec('code_java', f`Our HL7 listener for the biometry device drops messages with the Ä in patient names. Here's the decoder:

\`\`\`java
${code(f`public final class MllpDecoder extends ByteToMessageDecoder {
    private static final byte START = 0x0b, END1 = 0x1c, END2 = 0x0d;

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        int start = in.indexOf(in.readerIndex(), in.writerIndex(), START);
        int end = in.indexOf(start + 1, in.writerIndex(), END1);
        if (start < 0 || end < 0 || in.getByte(end + 1) != END2) return;
        byte[] body = new byte[end - start - 1];
        in.getBytes(start + 1, body);
        in.readerIndex(end + 2);
        out.add(new String(body, StandardCharsets.US_ASCII));
    }
}`)}
\`\`\``),

  rec('code_bash', f`Скрипт ночной сборки локализаций иногда заливает на сервер пустой архив. Где ошибка?

${code(f`#!/usr/bin/env bash
set -uo pipefail

BUILD_DIR=/srv/loc-builds/$(date +%F)
mkdir -p "$BUILD_DIR"

for lang in ru uk kk uz; do
  ./tools/export_strings --lang "$lang" --out "$BUILD_DIR/$lang.json"
done

tar -czf "/tmp/loc-$(date +%F).tgz" -C "$BUILD_DIR" .
rsync -a "/tmp/loc-$(date +%F).tgz" buildsrv:/data/incoming/`)}`),

  rec('code_powershell', f`${code(f`$cutoff = (Get-Date).AddDays(-30)
Get-ChildItem -Path "\\\\fs01\\DataRoom\\Case-2291" -Recurse -File |
    Where-Object { $_.LastWriteTime -gt $cutoff } |
    Select-Object FullName, Length, LastWriteTime,
        @{ Name = 'SHA256'; Expression = { (Get-FileHash $_.FullName -Algorithm SHA256).Hash } } |
    Export-Csv -Path "C:\\Temp\\case2291_manifest.csv" -NoTypeInformation -Encoding UTF8`)}

Den här tar flera timmar på 80 000 filer. Kan man parallellisera hashningen i PowerShell 7?`),

  rec('code_matlab', f`Could you check my SRK/T implementation against the published formula? The lens power comes out about 0.5 D too high for long eyes.

${code(f`function P = srkt(AL, K, A, Rx)
    na = 1.336; V = 12;
    r = 337.5 / K;
    LCOR = AL;
    if AL > 24.2
        LCOR = -3.446 + 1.716 * AL - 0.0237 * AL^2;
    end
    Cw = -5.41 + 0.58412 * LCOR + 0.098 * K;
    H = r - sqrt(r^2 - (Cw^2) / 4);
    ACDconst = 0.62467 * A - 68.747;
    offset = ACDconst - 3.336;
    ACDest = H + offset;
    RETHICK = 0.65696 - 0.02029 * AL;
    LOPT = AL + RETHICK;
    P = (1000 * na * (na * r - 0.333 * LOPT)) / ((LOPT - ACDest) * (na * r - 0.333 * ACDest));
end`)}`),

  rec('code_plsql', f`Ez a PL/SQL eljárás számolja a havi kamatot a megtakarítási számlákra, de néha egy fillérrel eltér a kézi számítástól:

${code(f`CREATE OR REPLACE PROCEDURE post_monthly_interest(p_month IN DATE) AS
BEGIN
  FOR acc IN (SELECT account_id, balance, annual_rate FROM savings_accounts WHERE status = 'ACTIVE') LOOP
    INSERT INTO interest_postings (account_id, posting_month, amount)
    VALUES (acc.account_id, TRUNC(p_month, 'MM'),
            TRUNC(acc.balance * acc.annual_rate / 12, 2));
  END LOOP;
  COMMIT;
END;`)}`),

  rec('code_dart', f`${code(f`class RepaymentTile extends StatelessWidget {
  const RepaymentTile({super.key, required this.due});
  final Repayment due;

  @override
  Widget build(BuildContext context) {
    final overdue = due.date.isBefore(DateTime.now());
    return ListTile(
      leading: Icon(overdue ? Icons.warning_amber : Icons.event, color: overdue ? Colors.red : null),
      title: Text(NumberFormat.currency(locale: 'sw_KE', symbol: 'KSh ').format(due.amount)),
      subtitle: Text(DateFormat.yMMMd('sw').format(due.date)),
    );
  }
}`)}

DateFormat('sw') inatupa "LocaleDataException". Nimesahau nini?`),

  rec('diff', f`Review this diff to the possession-planning tool before I merge? It changes how overlapping possessions are detected.

${code(f`--- a/planner/overlap.py
+++ b/planner/overlap.py
@@ -12,9 +12,12 @@ def overlaps(a: Possession, b: Possession) -> bool:
-    if a.line_code != b.line_code:
-        return False
-    return a.start < b.end and b.start < a.end
+    if a.line_code != b.line_code:
+        return False
+    same_track = bool(set(a.tracks) & set(b.tracks))
+    km_overlap = a.km_from <= b.km_to and b.km_from <= a.km_to
+    time_overlap = a.start < b.end and b.start < a.end
+    return same_track and km_overlap and time_overlap`)}`),

  rec('code_python_ur', f`یہ فنکشن ممبران کی قسطوں کا شیڈول بناتا ہے لیکن آخری قسط میں چند پیسے زیادہ آ جاتے ہیں۔ کیا اسے ٹھیک کر سکتے ہیں؟

${code(f`from decimal import Decimal, ROUND_HALF_UP

def schedule(principal: Decimal, monthly_rate: Decimal, n: int):
    pmt = principal * monthly_rate / (1 - (1 + monthly_rate) ** -n)
    pmt = pmt.quantize(Decimal("0.01"), ROUND_HALF_UP)
    bal = principal
    for i in range(1, n + 1):
        interest = (bal * monthly_rate).quantize(Decimal("0.01"), ROUND_HALF_UP)
        princ = pmt - interest if i < n else bal
        bal -= princ
        yield i, princ + interest, interest, bal`)}`),

  rec('dockerfile', f`La imagen del servicio de sincronización de traducciones pesa 2,1 GB. ¿Cómo la reduzco?

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y gettext
CMD ["python", "-m", "locsync.worker"]`)}`),
];
