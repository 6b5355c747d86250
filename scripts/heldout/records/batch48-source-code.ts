/** Held-out batch 48: pasted source code from a dairy lab, an engineering consultancy, a cash-transfer programme, a charter broker, a school and a SOC. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH48_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Die Zuschlagsberechnung für die Zellzahl stimmt nicht, Lieferanten mit genau 400.000 bekommen einen Abzug. Warum?

\`\`\`python
${code(f`import pandas as pd

ABZUG_CT = {1: 0.0, 2: 1.0, 3: 2.5}

def zellzahl_klasse(geo_mittel: float) -> int:
    if geo_mittel < 250_000:
        return 1
    elif geo_mittel < 400_000:
        return 2
    return 3

def abrechnung(proben: pd.DataFrame) -> pd.DataFrame:
    g = proben.groupby("lief_nr")["zellzahl"].apply(lambda s: s.prod() ** (1 / len(s)))
    df = g.rename("geo_mittel").reset_index()
    df["klasse"] = df["geo_mittel"].map(zellzahl_klasse)
    df["abzug_ct"] = df["klasse"].map(ABZUG_CT)
    return df`)}
\`\`\``),

  rec('code_sql', f`${code(f`SELECT t.route_code,
       t.collection_date,
       s.supplier_no,
       r.test_method,
       r.result
FROM   tanker_loads t
JOIN   load_samples s ON s.load_id = t.id
JOIN   lab_results r  ON r.sample_id = s.id
WHERE  r.analyte = 'BETA_LACTAM'
  AND  r.result = 'POS'
  AND  t.collection_date >= DATEADD(day, -30, GETDATE())
ORDER  BY t.collection_date DESC;`)}

Kan deze query ook de leveranciers tonen die in dezelfde tankwagen zaten als de positieve monster? Dan weten we wie meebetaalt voor de vernietiging.`),

  rec('code_csharp', f`Revit add-in: renumbering sheets throws "The sheet number is already in use" halfway. How should I do it in two passes?

${code(f`[Transaction(TransactionMode.Manual)]
public class RenumberSheets : IExternalCommand
{
    public Result Execute(ExternalCommandData data, ref string message, ElementSet elements)
    {
        Document doc = data.Application.ActiveUIDocument.Document;
        var sheets = new FilteredElementCollector(doc)
            .OfClass(typeof(ViewSheet))
            .Cast<ViewSheet>()
            .Where(s => s.SheetNumber.StartsWith("A-"))
            .OrderBy(s => s.SheetNumber)
            .ToList();

        using (var t = new Transaction(doc, "Renumber A-sheets"))
        {
            t.Start();
            int i = 100;
            foreach (var s in sheets)
            {
                s.SheetNumber = $"A-{i}";
                i += 1;
            }
            t.Commit();
        }
        return Result.Succeeded;
    }
}`)}`),

  rec('code_python', f`Dynamo Python-Node (CPython3) – die Raumflächen kommen in Quadratfuß statt m² raus:

${code(f`import clr
clr.AddReference("RevitAPI")
from Autodesk.Revit.DB import FilteredElementCollector, BuiltInCategory, UnitUtils, UnitTypeId

doc = IN[0] if IN[0] else __revit__.ActiveUIDocument.Document
rooms = FilteredElementCollector(doc).OfCategory(BuiltInCategory.OST_Rooms).WhereElementIsNotElementType()

out = []
for r in rooms:
    if r.Area > 0:
        out.append([r.Number, r.get_Parameter(BuiltInParameter.ROOM_NAME).AsString(), r.Area])
OUT = out`)}`),

  rec('code_python', f`${code(f`import ifcopenshell
import ifcopenshell.util.element as eu

model = ifcopenshell.open("2024-031_Schulcampus_ARC.ifc")
rows = []
for wall in model.by_type("IfcWall"):
    psets = eu.get_psets(wall)
    fire = psets.get("Pset_WallCommon", {}).get("FireRating")
    rows.append((wall.GlobalId, wall.Name, fire))

missing = [r for r in rows if not r[2]]
print(f"{len(missing)} of {len(rows)} walls without FireRating")`)}

De Brandschutzplaner wil een lijst van alle wanden zonder brandwerendheid. Kan ik dit als BCF-issues terugsturen?`),

  rec('code_kql', f`Can you tune this Sentinel hunting query? It returns too many service accounts.

${code(f`SigninLogs
| where TimeGenerated > ago(1d)
| where ResultType in ("50126", "50053")
| summarize FailedUsers = dcount(UserPrincipalName), Attempts = count() by IPAddress, bin(TimeGenerated, 10m)
| where FailedUsers > 10
| join kind=leftouter (
    SigninLogs
    | where ResultType == "0"
    | project SuccessTime = TimeGenerated, IPAddress, UserPrincipalName
  ) on IPAddress
| project TimeGenerated, IPAddress, FailedUsers, Attempts, UserPrincipalName, SuccessTime`)}`),

  rec('code_powershell', f`Script for the BEC playbook, it should list inbox rules that forward outside the tenant but returns nothing:

\`\`\`powershell
${code(f`Connect-ExchangeOnline -ShowBanner:$false
$accepted = (Get-AcceptedDomain).DomainName
Get-Mailbox -ResultSize Unlimited | ForEach-Object {
    $mbx = $_
    Get-InboxRule -Mailbox $mbx.UserPrincipalName | Where-Object {
        $_.ForwardTo -or $_.RedirectTo -or $_.ForwardAsAttachmentTo
    } | ForEach-Object {
        $targets = @($_.ForwardTo) + @($_.RedirectTo) + @($_.ForwardAsAttachmentTo)
        $external = $targets | Where-Object { $d = ($_ -split '@')[-1]; $accepted -notcontains $d }
        if ($external) { [pscustomobject]@{ Mailbox = $mbx.UserPrincipalName; Rule = $_.Name; Targets = $external -join ';' } }
    }
} | Export-Csv .\\forward-rules.csv -NoTypeInformation`)}
\`\`\``),

  rec('code_yara', f`${code(f`rule EvilProxy_Kit_Landing
{
    meta:
        author = "vigilcore-soc"
        description = "AiTM phishing landing page seen in INC-48213"
    strings:
        $a = "window.location.replace(atob(" ascii
        $b = /\\/[a-z0-9]{8}\\/common\\/oauth2\\/v2\\.0\\/authorize/ ascii
        $c = "ms-cookie-consent" ascii
    condition:
        filesize < 200KB and 2 of them
}`)}

yara 4.5 complains "invalid regular expression". Which escape is wrong?`),

  rec('code_python', f`Dedupe für die Registrierungsliste: dieselben Haushalte kommen mit leicht anderen Namen zweimal vor. Ist rapidfuzz hier sinnvoll?

${code(f`from rapidfuzz import fuzz, process
import pandas as pd

df = pd.read_excel("registration_round3.xlsx")
df["key"] = (df["hh_head_name"].str.lower().str.replace(r"[^a-z ]", "", regex=True)
             + "|" + df["village"].str.lower())

dupes = []
keys = df["key"].tolist()
for i, k in enumerate(keys):
    for match, score, j in process.extract(k, keys[i + 1:], scorer=fuzz.token_sort_ratio, limit=3):
        if score >= 92:
            dupes.append((df.loc[i, "hh_id"], df.loc[i + 1 + j, "hh_id"], score))
pd.DataFrame(dupes, columns=["a", "b", "score"]).to_csv("possible_dupes.csv", index=False)`)}`),

  rec('code_r', f`${code(f`library(dplyr)
library(survey)

pdm <- read.csv("pdm_round4.csv", stringsAsFactors = FALSE)
des <- svydesign(ids = ~cluster, strata = ~district, weights = ~wt, data = pdm)

svymean(~I(fcs_cat == "acceptable"), des, na.rm = TRUE)
svyby(~spent_food_share, ~district, des, svymean, na.rm = TRUE) %>%
  arrange(desc(spent_food_share))`)}

The standard errors look too small for a cluster sample. Did I set up the design right?`),

  rec('code_vba', f`Makro für die Nummerierung der Ausschreibungs-Positionen (LV) – springt bei Zwischenüberschriften durcheinander:

${code(f`Sub NummeriereLV()
    Dim ws As Worksheet, r As Long, titel As Integer, pos As Integer
    Set ws = ThisWorkbook.Sheets("LV")
    titel = 0
    For r = 5 To ws.Cells(ws.Rows.Count, 2).End(xlUp).Row
        If ws.Cells(r, 1).Value = "T" Then
            titel = titel + 1
            pos = 0
            ws.Cells(r, 3).Value = Format(titel, "00")
        ElseIf ws.Cells(r, 2).Value <> "" Then
            pos = pos + 1
            ws.Cells(r, 3).Value = Format(titel, "00") & "." & Format(pos, "0000")
        End If
    Next r
End Sub`)}`),

  rec('code_ts', f`${code(f`type Leg = { from: string; to: string; nm: number; pax: number; positioning: boolean };

const HOURLY_RATE: Record<string, number> = { light: 3900, midsize: 5200, heavy: 8400 };
const CRUISE_KTS: Record<string, number> = { light: 400, midsize: 440, heavy: 470 };

export function quote(category: keyof typeof HOURLY_RATE, legs: Leg[], taxPerPax = 38.5): number {
  let total = 0;
  for (const leg of legs) {
    const hours = leg.nm / CRUISE_KTS[category] + 0.3; // taxi + climb
    total += hours * HOURLY_RATE[category];
    if (!leg.positioning) total += leg.pax * taxPerPax;
  }
  return Math.round(total / 50) * 50;
}`)}

Our brokers say the quotes for short hops (under 150 nm) are too low compared to operators. What's missing in the formula?`),

  rec('code_kotlin', f`Offline-Registrierung in der Feld-App: nach dem Sync sind manche Haushalte doppelt in Room.

${code(f`@Dao
interface HouseholdDao {
    @Insert(onConflict = OnConflictStrategy.IGNORE)
    suspend fun insert(h: Household): Long

    @Query("SELECT * FROM household WHERE synced = 0")
    suspend fun pending(): List<Household>

    @Query("UPDATE household SET synced = 1 WHERE localId IN (:ids)")
    suspend fun markSynced(ids: List<Long>)
}

@Entity(tableName = "household")
data class Household(
    @PrimaryKey(autoGenerate = true) val localId: Long = 0,
    val serverId: String?,
    val headName: String,
    val village: String,
    val members: Int,
    val synced: Boolean = false,
)`)}`),

  rec('code_js', f`Google Apps Script to e-mail form tutors when a pupil reaches 5 late marks. Runs but sends the mail twice:

\`\`\`javascript
${code(f`function notifyLates() {
  const sh = SpreadsheetApp.getActive().getSheetByName('Lates');
  const rows = sh.getDataRange().getValues().slice(1);
  rows.forEach((r, i) => {
    const [pupil, form, tutorEmail, lates, notified] = r;
    if (lates >= 5 && !notified) {
      MailApp.sendEmail(tutorEmail, \`Lates: \${pupil} (\${form})\`, \`\${pupil} now has \${lates} late marks this half-term.\`);
      sh.getRange(i + 2, 5).setValue(true);
    }
  });
}`)}
\`\`\``),

  rec('code_python', f`Mock exam grade boundaries – is this the right way to scale raw marks to the 9–1 scale from last year's boundaries?

${code(f`import numpy as np

BOUNDARIES_2024 = {9: 214, 8: 190, 7: 166, 6: 139, 5: 112, 4: 85, 3: 61, 2: 37, 1: 13}

def grade(raw: int, paper_max: int, board_max: int = 240) -> int:
    scaled = raw * board_max / paper_max
    for g, b in sorted(BOUNDARIES_2024.items(), reverse=True):
        if scaled >= b:
            return g
    return 0

marks = np.array([88, 142, 131, 59, 170])
print([grade(m, 180) for m in marks])`)}`),

  rec('code_java', f`${code(f`@RestController
@RequestMapping("/api/attendance")
public class AttendanceController {

    private final AttendanceService service;

    public AttendanceController(AttendanceService service) {
        this.service = service;
    }

    @PostMapping("/{registerId}/marks")
    public ResponseEntity<Void> saveMarks(@PathVariable long registerId,
                                          @RequestBody List<MarkDto> marks) {
        if (marks.stream().anyMatch(m -> !Set.of("/", "\\\\", "L", "N", "M").contains(m.code()))) {
            return ResponseEntity.badRequest().build();
        }
        service.save(registerId, marks);
        return ResponseEntity.noContent().build();
    }
}`)}

Teachers on the tablets sometimes get 400 although they only use / and \\. What's going on with the backslash?`),

  rec('code_st', f`Programa PLC del tanque de enfriamiento de leche (Structured Text). El agitador no arranca cuando el nivel sube de 5 %:

${code(f`PROGRAM TankCooling
VAR
    Level_pct   : REAL;
    Temp_C      : REAL;
    Agitator    : BOOL;
    Compressor  : BOOL;
    tAgit       : TON;
END_VAR

IF Level_pct > 5.0 THEN
    tAgit(IN := TRUE, PT := T#2M);
    Agitator := tAgit.Q;
ELSE
    tAgit(IN := FALSE);
    Agitator := FALSE;
END_IF;

Compressor := (Temp_C > 4.0) AND Agitator;
END_PROGRAM`)}`),

  rec('code_bash', f`${code(f`#!/usr/bin/env bash
# archive analyser exports older than 30 days, keep the last 7 uncompressed
set -euo pipefail
SRC=/srv/labo/export
DST=/mnt/archive/labo/$(date +%Y)

mkdir -p "$DST"
find "$SRC" -name 'resultats_*.csv' -mtime +7 -mtime -30 -exec gzip -9 {} \\;
find "$SRC" -name 'resultats_*.csv.gz' -mtime +30 -exec mv {} "$DST"/ \\;
echo "$(date -Is) archived $(ls "$DST" | wc -l) files" >> /var/log/labo-archive.log`)}

Le script tourne depuis cron mais les fichiers ne sont jamais compressés. Pourquoi ?`),

  rec('code_rust', f`Parser für das serielle Protokoll der Milchmengenmessung am Tankwagen – ich bekomme bei manchen Frames einen Checksum-Fehler:

\`\`\`rust
${code(f`pub struct Frame {
    pub supplier: u32,
    pub litres: u32,
    pub temp_deci: i16,
}

pub fn parse(buf: &[u8]) -> Result<Frame, &'static str> {
    if buf.len() != 12 || buf[0] != 0x02 || buf[11] != 0x03 {
        return Err("bad framing");
    }
    let sum: u8 = buf[1..10].iter().fold(0u8, |a, b| a.wrapping_add(*b));
    if sum != buf[10] {
        return Err("checksum");
    }
    Ok(Frame {
        supplier: u32::from_be_bytes([0, buf[1], buf[2], buf[3]]),
        litres: u32::from_be_bytes([0, buf[4], buf[5], buf[6]]),
        temp_deci: i16::from_be_bytes([buf[7], buf[8]]),
    })
}`)}
\`\`\``),

  rec('diff', f`Review this change to the beneficiary import, please:

${code(f`--- a/app/Imports/BeneficiaryImport.php
+++ b/app/Imports/BeneficiaryImport.php
@@ -21,9 +21,14 @@ class BeneficiaryImport implements ToModel, WithHeadingRow, WithValidation
     public function model(array $row)
     {
-        return new Beneficiary([
-            'hh_id'   => $row['hh_id'],
-            'msisdn'  => $row['phone'],
+        $msisdn = preg_replace('/\\D+/', '', $row['phone']);
+        if (str_starts_with($msisdn, '0')) {
+            $msisdn = '252' . substr($msisdn, 1);
+        }
+        return Beneficiary::updateOrCreate(['hh_id' => $row['hh_id']], [
+            'msisdn'  => $msisdn,
             'amount'  => (int) $row['amount'],
             'round'   => $this->round,
         ]);`)}`),

  rec('sigma_yaml', f`Is this Sigma rule too broad for the customer tenants? They all use PsExec for patching.

${amb('source_code.snippet', f`title: PsExec Service Installation From Unusual Parent
id: 6f2c9a41-83d7-4b5e-9e12-0a7d4c8b3f51
status: experimental
logsource:
  product: windows
  service: system
detection:
  selection:
    EventID: 7045
    ServiceName|contains: 'PSEXESVC'
  filter_patching:
    ImagePath|contains: '\\\\patchsrv\\\\'
  condition: selection and not filter_patching
level: medium`)}`),
];
