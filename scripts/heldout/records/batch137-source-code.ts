/**
 * Held-out batch 137: pasted source code from the six settings (ferry fares, fab tool scripts,
 * portfolio maths, visit scheduling, permit queries, animal-records tooling), with the question in
 * many languages. Hand-written.
 */
import { f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH137_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_nb', f`Billettprisene blir feil for bobiler over 6 meter. Hva er galt her?

\`\`\`python
${code(f`def pris(kjoretoy: str, lengde_m: float, voksne: int, barn: int) -> int:
    grunn = {"personbil": 310, "bobil": 520, "mc": 140}[kjoretoy]
    if kjoretoy == "bobil" and lengde_m > 6:
        grunn += int((lengde_m - 6) * 95)
    passasjerer = voksne * 72 + barn * 36
    return grunn + passasjerer if lengde_m < 6 else grunn`)}
\`\`\``),

  rec('code_sql_de', f`Die Abfrage soll alle Anwohnerparkausweise finden, die im Januar ablaufen und noch keine Verlängerung haben. Sie liefert aber doppelte Zeilen:

${code(f`SELECT a.ausweis_nr, a.zone, a.gueltig_bis, h.nachname
FROM anwohnerausweis a
JOIN halter h ON h.id = a.halter_id
LEFT JOIN verlaengerung v ON v.ausweis_nr = a.ausweis_nr
WHERE a.gueltig_bis BETWEEN '2025-01-01' AND '2025-01-31'
  AND v.status <> 'bezahlt'
ORDER BY a.zone, h.nachname;`)}`),

  rec('code_cpp_ja', f`装置コントローラのこのループで、チャンバー圧力が閾値を超えてもインターロックがかからないことがあります。原因わかりますか？

\`\`\`cpp
${code(f`void PressureWatch::tick() {
    float p = gauge_->readTorr();
    if (p > limit_ && !tripped_) {
        tripped_ = true;
        interlock_->engage(Reason::kOverPressure);
        log_.warn("chamber {} over pressure: {:.3f} Torr", chamberId_, p);
    }
    if (p < limit_ * 0.9f) tripped_ = false;
}`)}
\`\`\`

tick() は 50ms ごとに別スレッドから呼ばれています。`),

  rec('code_vba_fr', f`Cette macro Excel calcule la performance annualisée des portefeuilles clients mais donne #VALEUR! pour certains. Pourquoi ?

${code(f`Function PerfAnnualisee(vDebut As Double, vFin As Double, dDebut As Date, dFin As Date) As Double
    Dim annees As Double
    annees = (dFin - dDebut) / 365.25
    If annees <= 0 Then
        PerfAnnualisee = 0
        Exit Function
    End If
    PerfAnnualisee = (vFin / vDebut) ^ (1 / annees) - 1
End Function`)}`),

  rec('code_ts_es', f`El planificador de visitas asigna dos enfermeras al mismo paciente a la misma hora. ¿Dónde está el fallo?

\`\`\`ts
${code(f`export function asignar(visitas: Visita[], enfermeras: Enfermera[]): Map<string, Visita[]> {
  const plan = new Map<string, Visita[]>();
  for (const v of visitas.sort((a, b) => a.inicio.getTime() - b.inicio.getTime())) {
    const libre = enfermeras.find((e) => !(plan.get(e.id) ?? []).some((x) => solapa(x, v)));
    if (!libre) continue;
    plan.set(libre.id, [...(plan.get(libre.id) ?? []), v]);
  }
  return plan;
}`)}
\`\`\``),

  rec('code_r_it', f`Sto analizzando i pesi dei pinguini del Capo per il report veterinario. Il modello dà un warning, è grave?

${code(f`library(lme4)
pesi <- read.csv("pesi_pinguini_2024.csv")
pesi$data <- as.Date(pesi$data, "%d/%m/%Y")
m <- lmer(peso_g ~ mese + sesso + (1 | id_animale), data = pesi)
summary(m)
# boundary (singular) fit: see help('isSingular')`)}`),

  rec('code_go_ko', f`장비 로그 파서인데 SECS 메시지가 여러 줄일 때 잘려요.

${code(f`func parse(r io.Reader) ([]Msg, error) {
	var out []Msg
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "S") && strings.Contains(line, "F") {
			out = append(out, Msg{Header: line})
			continue
		}
		if len(out) > 0 {
			out[len(out)-1].Body += line
		}
	}
	return out, sc.Err()
}`)}

Scanner 버퍼 크기 문제인가요?`),

  rec('code_swift_pt_pt', f`A app dos fiscais de estacionamento fecha quando se tira a fotografia da matrícula. Código:

${code(f`func imagePickerController(_ picker: UIImagePickerController,
                           didFinishPickingMediaWithInfo info: [UIImagePickerController.InfoKey: Any]) {
    let foto = info[.originalImage] as! UIImage
    auto.fotoMatricula = foto.jpegData(compressionQuality: 0.6)!
    picker.dismiss(animated: true)
    guardarAuto()
}`)}

Acontece só nos iPhones mais antigos.`),

  rec('code_rust_en', f`Rust service that computes crew rest hours (MLC 2006) for the roster — the borrow checker hates me:

\`\`\`rust
${code(f`pub fn rest_violations(shifts: &mut Vec<Shift>) -> Vec<&Shift> {
    shifts.sort_by_key(|s| s.start);
    let mut bad = Vec::new();
    for w in shifts.windows(2) {
        let rest = w[1].start - w[0].end;
        if rest < Duration::hours(10) {
            bad.push(&w[1]);
        }
    }
    bad
}`)}
\`\`\`

error[E0502]: cannot borrow \`*shifts\` as immutable because it is also borrowed as mutable`),

  rec('code_java_pl', f`Mamy wyciek pamięci w serwisie do mandatów parkingowych. Podejrzewam ten cache:

${code(f`public class MandatCache {
    private static final Map<String, Mandat> CACHE = new HashMap<>();

    public Mandat pobierz(String numer) {
        return CACHE.computeIfAbsent(numer, n -> repo.findByNumer(n).orElseThrow());
    }
}`)}

Jak to przerobić na coś z limitem?`),

  rec('code_python_zh_cn', f`这段代码用来计算晶圆厂设备的 MTBF，但是结果比客户报表的小很多，帮我看看：

\`\`\`python
${code(f`import pandas as pd

df = pd.read_csv("tool_events.csv", parse_dates=["ts"])
df = df.sort_values(["tool_id", "ts"])
fail = df[df.event == "DOWN_UNSCHED"]
uptime = df.groupby("tool_id").ts.agg(lambda s: (s.max() - s.min()).total_seconds() / 3600)
mtbf = uptime / fail.groupby("tool_id").size()
print(mtbf.round(1))`)}
\`\`\``),

  rec('code_kotlin_tr', f`Vardiya değişim ekranında tarih seçici yanlış günü gösteriyor (bir gün geri). Kod şu:

${code(f`val secici = MaterialDatePicker.Builder.datePicker()
    .setTitleText("Vardiya tarihi")
    .build()
secici.addOnPositiveButtonClickListener { millis ->
    val tarih = Instant.ofEpochMilli(millis).atZone(ZoneId.systemDefault()).toLocalDate()
    viewModel.vardiyaTarihi(tarih)
}`)}`),

  rec('code_bash_sv', f`Skriptet som roterar loggarna från biljettautomaterna raderar ibland dagens fil. Varför?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
LOGG=/var/log/biljett
find "$LOGG" -name '*.log' -mtime +0 -exec gzip {} \\;
find "$LOGG" -name '*.gz' -mtime +30 -delete
systemctl kill -s HUP biljett-agent`)}
\`\`\``),

  rec('code_php_nl', f`Het formulier voor een bezoekersvergunning slaat de datum verkeerd op (maand en dag omgedraaid):

${code(f`$datum = DateTime::createFromFormat('m/d/Y', $_POST['datum']);
$stmt = $pdo->prepare('INSERT INTO bezoekersvergunning (kenteken, datum, zone) VALUES (?, ?, ?)');
$stmt->execute([strtoupper($_POST['kenteken']), $datum->format('Y-m-d'), (int) $_POST['zone']]);`)}

Wij gebruiken dd-mm-jjjj in het formulier.`),

  rec('code_csharp_he', f`הקוד הזה מחשב עמלת ניהול חודשית ללקוחות, אבל יש הפרשי אגורות מול הדוח של הבנק. למה?

${code(f`public static double MonthlyFee(double aum, double annualRate)
{
    var monthly = aum * annualRate / 12;
    return Math.Round(monthly, 2);
}`)}`),

  rec('code_scala_ar', f`هذا الكود يجمع حيازات العملاء حسب فئة الأصول، لكنه بطيء جداً مع ٤٠ ألف عميل. كيف أحسّنه؟

${code(f`val exposure = holdings
  .groupBy(h => (h.clientId, h.assetClass))
  .map { case ((c, a), hs) => (c, a, hs.map(_.marketValue).sum) }
  .toSeq
  .sortBy(-_._3)`)}`),

  rec('code_python_vi', f`Em viết script đọc dữ liệu cảm biến nhiệt độ bể cá mập, nhưng đôi khi giá trị bị nhảy lên 85°C. Có phải lỗi cảm biến không ạ?

${code(f`import glob, time

def doc_nhiet_do():
    f = glob.glob("/sys/bus/w1/devices/28-*/w1_slave")[0]
    lines = open(f).read().splitlines()
    if not lines[0].endswith("YES"):
        return None
    return int(lines[1].split("t=")[1]) / 1000

while True:
    print(doc_nhiet_do())
    time.sleep(10)`)}`),

  rec('code_lua_id', f`Script Lua di mesin tiket pelabuhan, kadang struk tercetak dua kali:

${code(f`function cetak_tiket(t)
  if t.sudah_cetak then return end
  printer.write(format_tiket(t))
  t.sudah_cetak = printer.ok()
  db.simpan(t)
end`)}`),

  rec('code_python_test_en', f`pytest keeps failing on the visit-reminder formatter, expected output looks identical to me:

\`\`\`python
${code(f`def test_reminder_text():
    client = Client(name="Edith Brennan", phone="${phone('+353 87 482 9173')}", lang="en")
    visit = Visit(start=datetime(2024, 12, 3, 9, 30), nurse="Siobhan")
    assert reminder_text(client, visit) == (
        "Hi Edith, Siobhan will visit you on Tue 3 Dec at 09:30. "
        "Reply STOP to opt out."
    )`)}
\`\`\``),

  rec('code_matlab_cs', f`Počítám uniformitu tloušťky vrstvy z 49bodového měření na waferu. Vychází mi záporná hodnota, kde je chyba?

${code(f`d = readmatrix('tloustka_49b.csv');
prumer = mean(d(:,3));
unif = (max(d(:,3)) - min(d(:,3))) / 2 * prumer * 100;
fprintf('Uniformita: %.2f %%\\n', unif);`)}`),

  rec('code_dart_hi', f`Flutter app में विज़िट नोट सेव करने के बाद लिस्ट अपडेट नहीं होती। कोड:

${code(f`Future<void> saveNote(VisitNote note) async {
  await repo.insert(note);
  notes.add(note);
}

@override
Widget build(BuildContext context) {
  return ListView(children: notes.map((n) => NoteTile(n)).toList());
}`)}

setState लगाना ज़रूरी है क्या?`),

  rec('diff_en', f`Reviewing this change to the animal-records sync before I merge it — anything risky?

${code(f`--- a/sync/zims_import.py
+++ b/sync/zims_import.py
@@ -41,9 +41,12 @@ def import_batch(rows):
     for row in rows:
-        animal = Animal.objects.get(gan=row["GAN"])
+        animal, created = Animal.objects.get_or_create(gan=row["GAN"], defaults={"taxon": row["Taxon"]})
+        if created:
+            log.info("new animal %s from ZIMS", row["GAN"])
         animal.weight_kg = Decimal(row["Weight"])
         animal.last_exam = parse_date(row["ExamDate"])
         animal.save()`)}`),
];
