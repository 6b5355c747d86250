/**
 * Held-out batch 121: pasted source code from prepress, shelter, fire-fleet, diamond-inventory,
 * tannery and student-housing work, with questions and comments in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH121_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Das Preflight-Skript soll melden, wenn eine Seite keinen Beschnitt hat, meldet aber jede Seite. Wo ist der Denkfehler?

\`\`\`python
${code(f`import fitz  # PyMuPDF

MM = 72 / 25.4
BESCHNITT_MM = 3

def pruefe_beschnitt(pfad: str) -> list[int]:
    fehler = []
    with fitz.open(pfad) as doc:
        for nr, seite in enumerate(doc, start=1):
            trim = seite.trimbox
            bleed = seite.bleedbox
            if (trim.x0 - bleed.x0) < BESCHNITT_MM * MM or (bleed.x1 - trim.x1) < BESCHNITT_MM * MM:
                fehler.append(nr)
    return fehler

print(pruefe_beschnitt("faltschachtel_HP-25-04471.pdf"))`)}
\`\`\``),

  rec('code_bash', f`Dit script zet RGB-PDF's om naar CMYK met ons FOGRA51-profiel, maar de zwarte tekst wordt vierkleurenzwart. Hoe houd ik 100K?

${code(f`#!/usr/bin/env bash
set -euo pipefail
PROFIEL=/opt/icc/PSOcoated_v3.icc
for pdf in inbox/*.pdf; do
  naam=$(basename "$pdf" .pdf)
  gs -dSAFER -dBATCH -dNOPAUSE -sDEVICE=pdfwrite \\
     -sColorConversionStrategy=CMYK -sOutputICCProfile="$PROFIEL" \\
     -dPDFSETTINGS=/prepress \\
     -o "cmyk/\${naam}_cmyk.pdf" "$pdf"
done`)}`),

  rec('code_sql', f`Quiero saber cuántos días pasan de media los animales en el refugio antes de ser adoptados, por especie y por año. ¿Está bien esta consulta?

${code(f`SELECT a.especie,
       EXTRACT(YEAR FROM ad.fecha_adopcion) AS anio,
       ROUND(AVG(ad.fecha_adopcion - a.fecha_ingreso), 1) AS dias_medios,
       COUNT(*) AS adopciones
FROM animales a
JOIN adopciones ad ON ad.animal_id = a.id
WHERE ad.estado = 'finalizada'
GROUP BY a.especie, anio
ORDER BY anio DESC, dias_medios;`)}`),

  rec('code_kotlin', f`Aplikacja do codziennej kontroli wozów strażackich – lista nie zapisuje się po obrocie ekranu:

${code(f`data class PunktKontroli(val nazwa: String, var ok: Boolean = false, var uwagi: String = "")

class KontrolaViewModel : ViewModel() {
    val punkty = mutableStateListOf(
        PunktKontroli("Poziom oleju"),
        PunktKontroli("Ciśnienie w oponach"),
        PunktKontroli("Sygnały świetlne i dźwiękowe"),
        PunktKontroli("Aparaty powietrzne – ciśnienie butli"),
    )
    fun zaznacz(i: Int, ok: Boolean) { punkty[i] = punkty[i].copy(ok = ok) }
}`)}`),

  rec('code_swift', f`Oi, no app do abrigo a lista de bichinhos pisca toda vez que eu marco um favorito. Por quê?

${code(f`struct ListaAnimaisView: View {
    @StateObject var vm = AnimaisViewModel()

    var body: some View {
        List(vm.animais, id: \\.id) { animal in
            HStack {
                AsyncImage(url: animal.fotoURL) { $0.resizable() } placeholder: { ProgressView() }
                    .frame(width: 56, height: 56).clipShape(Circle())
                Text(animal.nome)
                Spacer()
                Button { vm.alternarFavorito(animal) } label: {
                    Image(systemName: animal.favorito ? "heart.fill" : "heart")
                }
            }
        }
        .task { await vm.carregar() }
    }
}`)}`),

  rec('code_csharp', f`Le calcul du prix par carat pour les lots de diamants arrondit mal, on perd des centimes sur les gros lots. Tu vois pourquoi ?

${code(f`public decimal PrixLot(IEnumerable<Pierre> pierres, decimal remisePct)
{
    decimal total = 0;
    foreach (var p in pierres)
    {
        double prixCarat = (double)p.PrixListeParCarat * (1 - (double)remisePct / 100);
        total += (decimal)Math.Round(prixCarat * (double)p.Carats, 2);
    }
    return total;
}`)}`),

  rec('code_java', f`Questa funzione converte la superficie delle pelli da piedi quadrati a metri quadrati per le bolle export, ma il totale non torna con quello della macchina misuratrice:

${code(f`public static BigDecimal piediQuadratiAMetri(List<BigDecimal> pelliFt2) {
    final BigDecimal FATTORE = new BigDecimal("0.092903");
    BigDecimal totale = BigDecimal.ZERO;
    for (BigDecimal ft2 : pelliFt2) {
        totale = totale.add(ft2.multiply(FATTORE).setScale(2, RoundingMode.HALF_UP));
    }
    return totale;
}`)}`),

  rec('code_go', f`기숙사 방 배정 코드인데 같은 방에 세 명이 배정되는 경우가 가끔 있어요. 어디가 문제일까요?

${code(f`func assign(rooms []Room, students []Student) map[string][]string {
	out := make(map[string][]string)
	var wg sync.WaitGroup
	for _, s := range students {
		wg.Add(1)
		go func(s Student) {
			defer wg.Done()
			for _, r := range rooms {
				if len(out[r.ID]) < r.Capacity && r.Gender == s.Gender {
					out[r.ID] = append(out[r.ID], s.ID)
					return
				}
			}
		}(s)
	}
	wg.Wait()
	return out
}`)}`),

  rec('code_ts', f`这个函数把国外成绩换算成 4.0 GPA，但印度的百分制成绩总是算高了，帮我看看：

${code(f`type Scale = 'percent' | 'ten' | 'letter';

export function toGpa(value: number | string, scale: Scale): number {
  switch (scale) {
    case 'percent':
      return Math.min(4, (Number(value) / 100) * 4 + 0.3);
    case 'ten':
      return Math.round((Number(value) / 10) * 4 * 100) / 100;
    case 'letter':
      return ({ A: 4, B: 3, C: 2, D: 1, F: 0 } as Record<string, number>)[String(value)] ?? 0;
  }
}`)}`),

  rec('code_rust', f`Считаю часы занятий по каждому пожарному за квартал, но компилятор ругается на заимствование. Как исправить?

${code(f`use std::collections::HashMap;

struct Zanyatie { tabelny: u32, chasy: f32 }

fn itogi(zanyatiya: &Vec<Zanyatie>) -> HashMap<u32, f32> {
    let mut m = HashMap::new();
    for z in zanyatiya {
        let e = m.entry(z.tabelny).or_insert(0.0);
        *e += z.chasy;
    }
    let max = m.values().cloned().fold(0.0, f32::max);
    m.retain(|_, v| *v > max * 0.1);
    m
}`)}`),

  rec('code_r', f`Monthly adoption rate plot looks wrong — December shows 0 but we had 14 adoptions:

${code(f`library(dplyr)
library(ggplot2)

adoptions <- read.csv("adoptions_2024.csv") |>
  mutate(month = format(as.Date(adopted_on, "%m/%d/%Y"), "%b"))

adoptions |>
  count(month) |>
  ggplot(aes(x = factor(month, levels = month.abb), y = n)) +
  geom_col(fill = "#e07a5f") +
  labs(x = NULL, y = "Adoptions", title = "Pawbridge adoptions per month, 2024")`)}`),

  rec('code_vba', f`Makro na výpočet ceny tisku krabiček počítá špatně přípravu, když je náklad pod 1000 kusů:

${code(f`Function CenaZakazky(naklad As Long, barvy As Integer, lakovani As Boolean) As Currency
    Dim priprava As Currency, kus As Currency
    priprava = 1200 + barvy * 450
    If naklad < 1000 Then kus = 4.8 Else kus = 3.2
    If lakovani Then kus = kus + 0.6
    CenaZakazky = priprava + naklad * kus
    If naklad < 1000 Then CenaZakazky = CenaZakazky + priprava
End Function`)}`),

  rec('code_php', f`Ayakkabı sipariş formunda numara aralığı 36–46 dışına çıkınca hata vermesi lazım ama kabul ediyor:

${code(f`<?php
function siparisDogrula(array $satirlar): array {
    $hatalar = [];
    foreach ($satirlar as $i => $s) {
        $numara = $s['numara'];
        if ($numara < 36 && $numara > 46) {
            $hatalar[] = "Satır " . ($i + 1) . ": geçersiz numara $numara";
        }
        if ((int)$s['adet'] <= 0) {
            $hatalar[] = "Satır " . ($i + 1) . ": adet sıfır olamaz";
        }
    }
    return $hatalar;
}`)}`),

  rec('code_ruby', f`寮のキャンセル待ちリストで、優先度が同じ学生の順番が毎回変わってしまいます。安定ソートにするには？

${code(f`class Waitlist
  def initialize(applicants)
    @applicants = applicants
  end

  def ordered
    @applicants.sort_by { |a| -a.priority }
  end

  def offer_next!(room)
    nxt = ordered.find { |a| a.preferences.include?(room.building) }
    nxt&.offer!(room)
  end
end`)}`),

  rec('code_powershell', f`Vi byter namn på utbildningsintygen för brandmännen så att de hamnar rätt i personalakten. Skriptet hoppar över filer med å, ä, ö:

${code(f`Get-ChildItem -Path 'S:\\Utbildning\\Intyg\\2025' -Filter *.pdf | ForEach-Object {
    if ($_.BaseName -match '^(?<namn>[A-Za-z]+)_(?<kurs>[A-Za-z0-9]+)_(?<datum>\\d{8})$') {
        $ny = "{0}_{1}_{2}.pdf" -f $Matches.datum, $Matches.kurs, $Matches.namn
        Rename-Item -Path $_.FullName -NewName $ny
    }
}`)}`),

  rec('code_sql', f`השאילתה אמורה להחזיר לקוחות שתוקף מסמך הזיהוי שלהם פג, אבל היא מחזירה גם לקוחות בלי מסמך בכלל. מה לא בסדר?

${code(f`SELECT c.customer_id, c.legal_name, d.doc_type, d.expires_on
FROM kyc_customers c
LEFT JOIN kyc_documents d ON d.customer_id = c.customer_id AND d.doc_type IN ('PASSPORT', 'NATIONAL_ID')
WHERE d.expires_on < CURRENT_DATE OR d.expires_on IS NULL
ORDER BY d.expires_on NULLS FIRST;`)}`),

  rec('code_js', f`Φτιάχνω το ανάπτυγμα (dieline) για κουτί τύπου FEFCO 0201 σε SVG, αλλά τα πτερύγια βγαίνουν ανάποδα. Μπορείς να το δεις;

${code(f`function dieline(L, W, H, flap = W / 2) {
  const pts = [];
  let x = 0;
  for (const panel of [L, W, L, W]) {
    pts.push(\`M\${x},0 h\${panel} v\${-flap} h\${-panel} z\`);
    pts.push(\`M\${x},\${H} h\${panel} v\${flap} h\${-panel} z\`);
    x += panel;
  }
  return \`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 \${-flap} \${x} \${H + 2 * flap}"><path d="\${pts.join(' ')}" fill="none" stroke="red"/></svg>\`;
}`)}`),

  rec('code_python', f`इस pandas कोड से हर लॉट का yield (%) निकालना है — कच्ची खाल का वज़न बनाम तैयार चमड़े का क्षेत्रफल। लेकिन groupby के बाद कुछ लॉट गायब हो जाते हैं:

${code(f`import pandas as pd

df = pd.read_excel("lots_feb.xlsx")
df["yield_pct"] = df["finished_sqft"] / (df["raw_kg"] * 2.2) * 100
summary = (
    df.dropna()
      .groupby(["lot_no", "article"])
      .agg(raw_kg=("raw_kg", "sum"), finished_sqft=("finished_sqft", "sum"), yield_pct=("yield_pct", "mean"))
      .reset_index()
)
print(summary.sort_values("yield_pct"))`)}`),

  rec('code_diff', f`Kan du se over denne endringen i beregningen av husleie for studentboligene før jeg merger?

${code(f`--- a/husleie/beregning.py
+++ b/husleie/beregning.py
@@ -12,9 +12,12 @@ def manedsleie(rom, kontrakt):
-    grunnleie = rom.kvm * SATS_PER_KVM
+    grunnleie = rom.kvm * sats_for(rom.bygg, kontrakt.start)
     if rom.eget_bad:
         grunnleie += TILLEGG_BAD
-    return round(grunnleie, 0)
+    if kontrakt.semester_kun:
+        grunnleie *= Decimal("1.05")
+    return grunnleie.quantize(Decimal("1"), rounding=ROUND_HALF_UP)`)}`),

  rec('code_dart', f`Aplikasi relawan shelter: jadwal jalan-jalan anjing tidak ter-update setelah relawan menekan tombol "Ambil":

${code(f`class JadwalPage extends StatefulWidget {
  const JadwalPage({super.key});
  @override
  State<JadwalPage> createState() => _JadwalPageState();
}

class _JadwalPageState extends State<JadwalPage> {
  final List<Slot> slot = [];

  void ambil(Slot s) {
    s.relawan = 'saya';
  }

  @override
  Widget build(BuildContext context) => ListView(
        children: slot.map((s) => ListTile(title: Text(s.jam), trailing: TextButton(onPressed: () => ambil(s), child: const Text('Ambil')))).toList(),
      );
}`)}`),
];
