/**
 * Held-out batch 161: pasted source code from the six settings (trial-pharmacy kit logic, bakery
 * payroll queries and macros, container repair estimate parsers, dialysis routing apps, archive
 * tooling, polling-staff recruitment forms), comments and questions in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH161_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_de', f`Warum bekomme ich bei der Kit-Zuteilung manchmal zweimal dieselbe Kit-Nummer?

\`\`\`python
${code(f`def naechstes_kit(studie: str, zentrum: str, arm: str) -> int:
    # Kits liegen im Apothekenkühlschrank, sortiert nach Verfall (FEFO)
    kits = (
        Kit.query.filter_by(studie=studie, zentrum=zentrum, arm=arm, status="verfuegbar")
        .order_by(Kit.verfall.asc())
        .all()
    )
    if not kits:
        raise KeineKitsMehr(f"{studie}/{zentrum}: Arm {arm} leer")
    kit = kits[0]
    kit.status = "reserviert"
    db.session.commit()
    return kit.nummer`)}
\`\`\`

Zwei Apotheker buchen oft gleichzeitig.`),

  rec('code_sql_es', f`Esta consulta de horas extra de las panaderías me da el doble de horas en diciembre, ¿qué está mal?

${code(f`-- horas extra por empleado y franquicia, mes en curso
SELECT e.id_empleado,
       e.franquicia,
       SUM(CASE WHEN f.horas > 8 THEN f.horas - 8 ELSE 0 END) AS horas_extra
FROM fichajes f
JOIN empleados e ON e.id_empleado = f.id_empleado
LEFT JOIN turnos t ON t.id_empleado = f.id_empleado
WHERE f.fecha >= date_trunc('month', CURRENT_DATE)
GROUP BY e.id_empleado, e.franquicia
ORDER BY horas_extra DESC;`)}`),

  rec('code_r_en', f`Temperature excursion summary for the trial pharmacy fridges. ggplot draws the 2–8 °C band wrong:

${code(f`library(dplyr)
library(ggplot2)

temps <- read.csv("fridge_log_2024-11.csv") |>
  mutate(ts = as.POSIXct(timestamp, tz = "Europe/Berlin"),
         excursion = temp_c < 2 | temp_c > 8)

temps |>
  group_by(fridge_id) |>
  summarise(minutes_out = sum(excursion) * 5, max_c = max(temp_c))

ggplot(temps, aes(ts, temp_c, colour = fridge_id)) +
  geom_line() +
  geom_hline(yintercept = c(2, 8), linetype = "dashed") +
  annotate("rect", ymin = 2, ymax = 8, xmin = -Inf, xmax = Inf, alpha = .1)`)}`),

  rec('code_sas_en', f`${code(f`/* unblinded pharmacy: kits dispensed per arm and site, for the DMC only */
proc sql;
  create table work.dispensed as
  select site, arm, count(distinct kit_no) as n_kits
  from pharm.dispense
  where dispense_dt between '01NOV2024'd and '30NOV2024'd
  group by site, arm;
quit;

proc freq data=work.dispensed;
  tables site*arm / nocol nopercent;
  weight n_kits;
run;`)}

Why does PROC FREQ print "weight variable has missing values"?`),

  rec('code_ts_pt_br', f`O formulário de inscrição de mesários aceita data de nascimento no futuro. Onde falta validação?

${code(f`export const inscricaoSchema = z.object({
  nome: z.string().min(3),
  cpf: z.string().regex(/^\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}$/),
  nascimento: z.coerce.date(),
  zona: z.number().int().positive(),
  secao: z.number().int().positive(),
  // mesário precisa ter 18 anos completos no dia da eleição
  aceiteTermo: z.literal(true),
});

export function idadeNaEleicao(nasc: Date, eleicao = new Date('2026-10-04')): number {
  const diff = eleicao.getTime() - nasc.getTime();
  return Math.floor(diff / (365.25 * 24 * 3600 * 1000));
}`)}`),

  rec('code_go_nl', f`Onze CEDEX-parser voor schadecodes crasht op regels zonder reparatiecode:

${code(f`// ParseRegel leest één regel uit een DESTIM-bericht: locatie, schade, reparatie, uren
func ParseRegel(r string) (Regel, error) {
	velden := strings.Split(r, ":")
	uren, err := strconv.ParseFloat(velden[3], 64)
	if err != nil {
		return Regel{}, fmt.Errorf("uren ongeldig in %q: %w", r, err)
	}
	return Regel{
		Locatie:    velden[0], // bv. DB1N
		Schade:     velden[1], // bv. DT
		Reparatie:  velden[2], // bv. RP
		Arbeidsuur: uren,
	}, nil
}`)}

Hoe maak ik dit robuust zonder overal len() te checken?`),

  rec('code_kotlin_pl', f`Aplikacja kierowców przewozów na dializy pokazuje złą kolejność odbiorów:

${code(f`// sortowanie pacjentów: najpierw ci, co mają najwcześniej fotel na stacji
fun kolejnoscOdbiorow(pacjenci: List<Pacjent>, baza: LatLng): List<Pacjent> =
    pacjenci
        .sortedWith(compareBy<Pacjent> { it.godzinaFotela }
            .thenBy { odleglosc(baza, it.adres) })
        .also { Log.d("Trasa", "kolejność: \${it.map { p -> p.id }}") }`)}

Chcę, żeby przy tej samej godzinie brał najbliższego od poprzedniego odbioru, nie od bazy.`),

  rec('code_csharp_tr', f`Tamir tahmini toplamı KDV'yi iki kez ekliyor gibi, bakar mısın?

${code(f`public decimal TahminToplami(TamirTahmini t)
{
    // işçilik saat ücreti hat sözleşmesinden geliyor
    var iscilik = t.Kalemler.Sum(k => k.Saat) * t.Hat.SaatUcreti;
    var malzeme = t.Kalemler.Sum(k => k.MalzemeTutari);
    var araToplam = iscilik + malzeme;
    var kdv = araToplam * 0.20m;
    t.Kalemler.ForEach(k => k.MalzemeTutari *= 1.20m);
    return araToplam + kdv;
}`)}`),

  rec('code_java_it', f`${code(f`// verifica la finestra dei diritti prima di concedere la licenza di un filmato d'archivio
public boolean dirittiDisponibili(Filmato f, Territorio terr, LocalDate da, LocalDate a) {
    return f.getFinestreDiritti().stream()
        .filter(w -> w.territori().contains(terr) || w.territori().contains(Territorio.MONDO))
        .anyMatch(w -> !w.inizio().isAfter(da) && !w.fine().isBefore(a) && !w.esclusiva());
}`)}

Se un filmato ha una finestra esclusiva per un altro cliente, la funzione dice comunque true. Perché?`),

  rec('code_php_fr', f`L'export de paie des franchisés sort des montants avec des virgules et le logiciel de paie refuse le fichier :

${code(f`<?php
// export des heures et primes par boulangerie franchisée
$rows = $pdo->query("SELECT matricule, nom, heures, prime_nuit FROM paie_mois WHERE mois = '2024-11'")->fetchAll();
$fh = fopen('export_paie.csv', 'w');
foreach ($rows as $r) {
    fputcsv($fh, [$r['matricule'], $r['nom'], number_format($r['heures'], 2, ',', ' '), $r['prime_nuit']], ';');
}
fclose($fh);`)}`),

  rec('code_vba_gsw', f`Das Makro für d'Schichtzuschläg rächnet am Sunntig falsch, weisch wieso?

${code(f`Sub Zuschlaege()
    Dim r As Long
    For r = 2 To Cells(Rows.Count, 1).End(xlUp).Row
        ' Nachtzuschlag 25% zwüsche 23:00 und 06:00
        If Cells(r, 3).Value >= TimeValue("23:00") Or Cells(r, 3).Value < TimeValue("06:00") Then
            Cells(r, 6).Value = Cells(r, 5).Value * 0.25
        End If
        If Weekday(Cells(r, 2).Value) = 1 Then Cells(r, 6).Value = Cells(r, 5).Value * 0.5
    Next r
End Sub`)}`),

  rec('code_bash_fi', f`Arkiston digitointiputki jättää osan ääninauhoista väliin. Missä vika?

${code(f`#!/usr/bin/env bash
set -euo pipefail
# muunna WAV-masterit arkistokopioiksi (FLAC) ja katselukopioiksi (MP3)
for f in /arkisto/saapuneet/*.wav; do
  nimi=$(basename "$f" .wav)
  ffmpeg -nostdin -i "$f" -c:a flac "/arkisto/master/\${nimi}.flac"
  ffmpeg -nostdin -i "$f" -b:a 192k "/arkisto/katselu/\${nimi}.mp3"
  sha256sum "/arkisto/master/\${nimi}.flac" >> /arkisto/master/SHA256SUMS
done`)}

Tiedostonimissä on välilyöntejä ja ääkkösiä.`),

  rec('code_swift_ja', f`透析送迎アプリで、到着通知が二重に送られることがあります。

${code(f`func notifyArrival(for trip: Trip) async {
    // 患者さんへの到着通知（5分前）
    guard trip.status == .enRoute else { return }
    let eta = await router.eta(to: trip.pickup)
    if eta <= 300 {
        try? await notifier.send(.arrivingSoon(tripID: trip.id))
        trip.status = .notified
    }
}`)}

位置更新ごとに呼ばれるので、並行実行が原因でしょうか？`),

  rec('code_rust_ko', f`컨테이너 수리 견적 금액 합계를 계산하는 함수인데 f64 반올림 오차가 나요. Decimal로 바꾸는 게 맞나요?

${code(f`/// 견적 항목 합계 (인건비 + 자재비), 원 단위 반올림
pub fn total(items: &[EstimateItem], labour_rate: f64) -> f64 {
    let sum: f64 = items
        .iter()
        .map(|i| i.hours * labour_rate + i.material)
        .sum();
    (sum * 100.0).round() / 100.0
}`)}`),

  rec('code_gas_es_ar', f`Che, este Apps Script que arma la planilla de autoridades de mesa se cuelga con más de 2000 filas:

${code(f`function armarPlanilla() {
  const hoja = SpreadsheetApp.getActive().getSheetByName('Postulantes');
  const datos = hoja.getDataRange().getValues();
  for (let i = 1; i < datos.length; i++) {
    // columna F: escuela asignada
    if (!datos[i][5]) {
      hoja.getRange(i + 1, 6).setValue(asignarEscuela(datos[i][3]));
    }
  }
}`)}`),

  rec('code_abap_de', f`${code(f`* Lohnart 1200 (Backzulage Nacht) für alle Filialen summieren
SELECT pernr, SUM( betrg ) AS summe
  FROM pa0015
  INTO TABLE @DATA(lt_zulage)
  WHERE lgart = '1200'
    AND begda BETWEEN @lv_von AND @lv_bis
  GROUP BY pernr.

LOOP AT lt_zulage INTO DATA(ls_z).
  WRITE: / ls_z-pernr, ls_z-summe.
ENDLOOP.`)}

Kannst du mir erklären, warum die Summe für Teilzeitkräfte doppelt kommt?`),

  rec('code_python_ru', f`Скрипт распределяет членов участковых комиссий по участкам, но некоторые участки остаются пустыми:

${code(f`import pandas as pd

kand = pd.read_excel("kandidaty.xlsx")
uch = pd.read_excel("uchastki.xlsx")

# на каждый участок — не меньше 5 человек, живущих в том же районе
naznach = []
for _, u in uch.iterrows():
    podhod = kand[(kand.rayon == u.rayon) & (~kand.id.isin(naznach))].head(u.nuzhno)
    naznach.extend(podhod.id.tolist())
    uch.loc[u.name, "naznacheno"] = len(podhod)

print(uch[uch.naznacheno < 5])`)}`),

  rec('code_dart_ar', f`تطبيق السائقين لخدمة نقل مرضى الغسيل الكلوي لا يحدّث القائمة بعد تأكيد الاستلام:

${code(f`class _RunsPageState extends State<RunsPage> {
  List<Run> runs = [];

  Future<void> confirmPickup(Run r) async {
    await api.confirm(r.id);
    runs.firstWhere((x) => x.id == r.id).status = RunStatus.pickedUp;
  }

  @override
  Widget build(BuildContext context) =>
      ListView(children: runs.map((r) => RunTile(run: r, onConfirm: () => confirmPickup(r))).toList());
}`)}`),

  rec('code_c_cs', f`Firmware čidla teploty v lednici lékárny klinických studií občas pošle -127 °C. Co s tím?

${code(f`float cti_teplotu(void) {
    // DS18B20 na pinu 4, rozlišení 12 bitů
    sensors.requestTemperatures();
    float t = sensors.getTempCByIndex(0);
    if (t == DEVICE_DISCONNECTED_C) {
        chyby++;
    }
    return t;
}`)}`),

  rec('diff_en', f`Review this change to the archive rights checker please:

${code(f`--- a/rights/window.py
+++ b/rights/window.py
@@ -41,9 +41,12 @@ def clearable(clip, territory, start, end):
-    for w in clip.windows:
-        if territory in w.territories and w.start <= start and w.end >= end:
-            return True
+    for w in clip.windows:
+        if w.exclusive_to and w.exclusive_to != requester.id:
+            continue
+        if (territory in w.territories or "WW" in w.territories) and w.start <= start and w.end >= end:
+            return True
     return False`)}

\`requester\` isn't a parameter — is that the bug CI is complaining about?`),

  rec('code_powershell_en_in', f`${code(f`# create AD accounts for newly recruited polling-staff trainers from the CSV
Import-Csv .\\trainers.csv | ForEach-Object {
    $sam = ($_.FirstName.Substring(0,1) + $_.LastName).ToLower()
    if (-not (Get-ADUser -Filter "SamAccountName -eq '$sam'")) {
        New-ADUser -Name "$($_.FirstName) $($_.LastName)" -SamAccountName $sam \`
            -Path "OU=Trainers,OU=Recruitment,DC=ec,DC=local" -Enabled $false
    }
}`)}

Two trainers with the same initial + surname clash. How do I add a number suffix?`),
];
