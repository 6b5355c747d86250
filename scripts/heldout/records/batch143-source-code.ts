/**
 * Held-out batch 143: pasted source code from the six organisations of this batch (dispatch
 * tooling, donor matching, F&I calculators, newsroom data scripts, warehouse-receipt parsers,
 * housing-allocation queries), with comments and questions in many languages. Hand-written.
 */
import { f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH143_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_de', f`Die Funktion rechnet die Anflugzeit zum Brandherd falsch, sobald der Wind von hinten kommt. Wo ist der Denkfehler?

\`\`\`python
${code(f`import math

def anflugzeit_min(distanz_km: float, tas_kt: float, wind_kt: float, wind_dir_deg: float, kurs_deg: float) -> float:
    """Geschätzte Flugzeit in Minuten bis zum Einsatzort."""
    winkel = math.radians(wind_dir_deg - kurs_deg)
    gs_kt = tas_kt - wind_kt * math.cos(winkel)  # Gegenwind reduziert die Groundspeed
    gs_kmh = gs_kt * 1.852
    return distanz_km / gs_kmh * 60

print(round(anflugzeit_min(84, 180, 25, 270, 90), 1))`)}
\`\`\``),

  rec('code_ts_ptbr', f`${code(f`// calcula a parcela do financiamento (tabela Price)
export function parcelaPrice(valorFinanciado: number, taxaMensal: number, meses: number): number {
  if (taxaMensal === 0) return valorFinanciado / meses;
  const fator = Math.pow(1 + taxaMensal, meses);
  return (valorFinanciado * taxaMensal * fator) / (fator - 1);
}

// IOF + TAC entram no valor financiado
export const totalFinanciado = (preco: number, entrada: number, iof: number, tac: number) =>
  preco - entrada + iof + tac;`)}

Tá batendo diferente do simulador do banco em uns R$ 40. Será arredondamento?`),

  rec('code_sql_nl', f`Deze query moet woningzoekenden sorteren op inschrijfduur, maar urgenten moeten bovenaan. Klopt de volgorde?

\`\`\`sql
${code(f`SELECT w.inschrijfnummer,
       w.inschrijfdatum,
       COALESCE(u.urgentiecategorie, 'geen') AS urgentie,
       DATEDIFF(day, w.inschrijfdatum, GETDATE()) / 365.0 AS jaren
FROM woningzoekenden w
LEFT JOIN urgenties u ON u.inschrijfnummer = w.inschrijfnummer AND u.einddatum >= GETDATE()
WHERE w.status = 'actief'
  AND w.max_huur >= 879.66
ORDER BY CASE WHEN u.urgentiecategorie IS NULL THEN 1 ELSE 0 END,
         w.inschrijfdatum ASC;`)}
\`\`\``),

  rec('code_go_ja', f`RSSフィードの取得がタイムアウトするとゴルーチンがリークしている気がします。どこが悪いですか？

\`\`\`go
${code(f`func fetchAll(ctx context.Context, urls []string) []Item {
	out := make(chan []Item)
	for _, u := range urls {
		go func(u string) {
			items, err := fetch(ctx, u) // 各報道機関のフィード
			if err != nil {
				return
			}
			out <- items
		}(u)
	}
	var all []Item
	for range urls {
		all = append(all, <-out...)
	}
	return all
}`)}
\`\`\``),

  rec('code_kotlin_da', f`Matchningsfunktionen giver forkerte resultater for donorer med ukendt blodtype. Kan du se fejlen?

\`\`\`kotlin
${code(f`data class Donor(val id: String, val bloodType: String?, val eyeColor: String, val heightCm: Int)

fun score(d: Donor, wish: Wish): Int {
    var s = 0
    // blodtype vægter mest
    if (d.bloodType == wish.bloodType) s += 50
    if (d.eyeColor.equals(wish.eyeColor, ignoreCase = true)) s += 20
    s += (20 - kotlin.math.abs(d.heightCm - wish.heightCm)).coerceAtLeast(0)
    return s
}`)}
\`\`\``),

  rec('code_rust_cs', f`${code(f`/// Parsuje řádek skladového listu (kakaové boby) ve formátu "RCP;šarže;kg;sklad"
fn parse_radek(radek: &str) -> Result<Prijemka, String> {
    let casti: Vec<&str> = radek.split(';').collect();
    if casti.len() != 4 {
        return Err(format!("neplatný řádek: {radek}"));
    }
    Ok(Prijemka {
        cislo: casti[0].to_string(),
        sarze: casti[1].to_string(),
        hmotnost_kg: casti[2].replace(',', ".").parse().map_err(|e| format!("{e}"))?,
        sklad: casti[3].trim().to_string(),
    })
}`)}

Překladač hlásí "mismatched types" u hmotnost_kg. Co s tím?`),

  rec('code_csharp_pl', f`Czemu ten kalkulator ubezpieczenia GAP zwraca 0 dla samochodów powyżej 500 tys.?

\`\`\`csharp
${code(f`public decimal SkladkaGap(decimal cenaPojazdu, int miesiace)
{
    // stawka zależna od progu cenowego
    decimal stawka = cenaPojazdu switch
    {
        < 200_000m => 0.0045m,
        < 500_000m => 0.0038m,
    };
    return Math.Round(cenaPojazdu * stawka * miesiace / 12, 2);
}`)}
\`\`\``),

  rec('code_java_it', f`${code(f`// Calcola il premio della polizza furto/incendio in base alla provincia
public BigDecimal premioAnnuale(Veicolo v, String provincia) {
    BigDecimal base = v.getValoreCommerciale().multiply(new BigDecimal("0.012"));
    if (PROVINCE_RISCHIO_ALTO.contains(provincia)) {
        base = base.multiply(new BigDecimal("1.35"));
    }
    return base.setScale(2, RoundingMode.HALF_UP);
}`)}

Il cliente di Napoli paga più di quello di Caserta, ma dovrebbero essere uguali. Perché?`),

  rec('code_ruby_es_ar', f`Che, este job de Sidekiq manda el recordatorio de turno dos veces a algunas donantes. ¿Por qué?

\`\`\`ruby
${code(f`class RecordatorioTurnoJob
  include Sidekiq::Job
  sidekiq_options retry: 3

  def perform(turno_id)
    turno = Turno.find(turno_id)
    return if turno.cancelado?

    SmsService.enviar(turno.donante.celular, "Te esperamos mañana a las #{turno.hora.strftime('%H:%M')}")
    turno.update!(recordado_en: Time.current)
  end
end`)}
\`\`\``),

  rec('code_php_fr', f`${code(f`<?php
// calcul du taux d'effort pour l'attribution d'un logement social
function tauxEffort(float $loyer, float $charges, float $apl, float $revenusMensuels): float {
    if ($revenusMensuels <= 0) {
        return 1.0;
    }
    return ($loyer + $charges - $apl) / $revenusMensuels;
}

$dossiers = array_filter($dossiers, fn($d) => tauxEffort($d['loyer'], $d['charges'], $d['apl'], $d['revenus']) < 0.33);`)}

La commission veut un seuil à 30 % et pas 33. Tu peux adapter et ajouter un test PHPUnit ?`),

  rec('code_bash_ru', f`Скрипт бэкапа архива расследований иногда удаляет свежие файлы. Что не так?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/srv/archive/investigations
DST=/mnt/backup/investigations/$(date +%F)
mkdir -p "$DST"
rsync -a --delete "$SRC/" "$DST/"
# удаляем бэкапы старше 30 дней
find /mnt/backup/investigations -maxdepth 1 -mtime +30 -exec rm -rf {} \\;`)}
\`\`\``),

  rec('code_swift_ko', f`딜러 앱에서 리스 잔존가치 계산이 이상해요. 소수점이 잘리는 것 같은데 봐주세요.

\`\`\`swift
${code(f`func residualValue(price: Int, months: Int, rate: Double) -> Int {
    // 잔존가치 = 차량가 × 잔가율
    let r = rate - Double(months / 12) * 0.08
    return Int(Double(price) * r)
}

let rv = residualValue(price: 189_000_000, months: 36, rate: 0.62)`)}
\`\`\``),

  rec('code_r_sv', f`Kan du förklara varför ggplot ritar staplarna i fel ordning? Det är till granskningen om kommunala upphandlingar.

\`\`\`r
${code(f`library(dplyr)
library(ggplot2)

upph <- read.csv("upphandlingar_2024.csv", fileEncoding = "UTF-8")
topp <- upph |>
  group_by(leverantor) |>
  summarise(belopp = sum(kontraktsvarde_mkr)) |>
  arrange(desc(belopp)) |>
  head(10)

ggplot(topp, aes(x = leverantor, y = belopp)) + geom_col() + coord_flip()`)}
\`\`\``),

  rec('diff_tr', f`Bu değişikliği gözden geçirir misin? Depo makbuzu numarası artık yıl önekiyle başlıyor.

\`\`\`diff
${code(f`--- a/makbuz/numara.py
+++ b/makbuz/numara.py
@@ -8,7 +8,8 @@ def yeni_numara(depo_kodu: str, sira: int) -> str:
-    return f"{depo_kodu}-{sira:06d}"
+    yil = date.today().year
+    return f"{yil}-{depo_kodu}-{sira:06d}"
 
 def dogrula(numara: str) -> bool:
-    return bool(re.fullmatch(r"[A-Z]{3}-\\d{6}", numara))
+    return bool(re.fullmatch(r"\\d{4}-[A-Z]{3}-\\d{6}", numara))`)}
\`\`\``),

  rec('code_python_el', f`Γιατί το σενάριο που κατεβάζει τα δημόσια έγγραφα της Διαύγειας για την έρευνα αποτυγχάνει στη σύνδεση με τη βάση;

\`\`\`python
${code(f`import psycopg2
import requests

conn = psycopg2.connect(host="db.ereuna.local", dbname="diavgeia", user="ereuna", password="${v('credential.password_assignment', 'Dia8geia!Ereuna')}")

def fetch(ada: str) -> dict:
    r = requests.get(f"https://diavgeia.gov.gr/luminapi/opendata/decisions/{ada}.json", timeout=20)
    r.raise_for_status()
    return r.json()`)}
\`\`\``),

  rec('code_js_he', f`הטסט נופל כי מספר הטלפון לא עובר ולידציה. מה הבעיה?

\`\`\`js
${code(f`// בדיקות לטופס בקשה לדיור ציבורי
const applicant = {
  name: 'נועה לוי',
  email: '${v('pii.email', 'noa.levi.test@walla.co.il')}',
  phone: '${phone('054-728-1936', 'IL')}',
  householdSize: 4,
};

test('valid applicant passes', () => {
  expect(validateApplicant(applicant).ok).toBe(true);
});`)}
\`\`\``),

  rec('code_ps_fi', f`${code(f`# Siirtää eilisen lentolokin tiedostot arkistoon ja pakkaa ne
$eilen = (Get-Date).AddDays(-1).ToString('yyyy-MM-dd')
$lahde = "D:\\Lentolokit\\$eilen"
$kohde = "\\\\arkisto01\\lentolokit\\$eilen.zip"
if (Test-Path $lahde) {
    Compress-Archive -Path "$lahde\\*" -DestinationPath $kohde -Force
    Remove-Item $lahde -Recurse
}`)}

Toimiiko tämä jos levy on täynnä? Haluan ettei lähdekansiota poisteta silloin.`),

  rec('code_vba_es_mx', f`Esta macro de Excel para la hoja de cotización de F&I no suma bien el seguro de auto cuando hay celdas vacías:

\`\`\`vba
${code(f`Function TotalProductos(rng As Range) As Double
    Dim c As Range, total As Double
    For Each c In rng
        ' sumar seguro, garantía extendida y GAP
        total = total + c.Value
    Next c
    TotalProductos = total * 1.16  ' IVA
End Function`)}
\`\`\``),

  rec('code_dart_vi', f`Màn hình nhập phiếu kho trong app Flutter bị lỗi khi số bao để trống, sửa giúp mình:

\`\`\`dart
${code(f`int tongKhoiLuong(List<PhieuNhap> phieu) {
  // mỗi bao cà phê nhân khoảng 60 kg
  return phieu.map((p) => int.parse(p.soBao) * 60).reduce((a, b) => a + b);
}`)}
\`\`\``),

  rec('code_sql_uk', f`Чому цей запит повертає порожній результат для пілотів з днем народження в лютому?

\`\`\`sql
${code(f`-- тестові дані для графіка медоглядів пілотів
INSERT INTO pilots (id, full_name, birth_date, base) VALUES
  (101, 'Шевченко Олег', '${v('pii.date_of_birth', '1986-02-14')}', 'Житомир'),
  (102, 'Бондар Ірина', '${v('pii.date_of_birth', '1991-07-30')}', 'Херсон');

SELECT full_name FROM pilots
WHERE EXTRACT(MONTH FROM birth_date) = 2 AND EXTRACT(DAY FROM birth_date) <= 28;`)}
\`\`\``, 'birth dates in a SQL fixture under a birth_date column: labelled as DOB'),

  rec('code_lua_id', f`Script ini untuk timbangan di gudang kakao (firmware pakai Lua). Kenapa angka beratnya kadang negatif?

\`\`\`lua
${code(f`local tara = 0.0

function baca_berat()
  local mentah = adc.read(0)
  -- kalibrasi: 1 unit ADC = 0.05 kg
  return (mentah * 0.05) - tara
end

function set_tara()
  tara = baca_berat()
end`)}
\`\`\``),

  rec('code_python_en', f`\`\`\`python
${code(f`# Dispatch: pick the nearest available air tanker for a new fire
def nearest_tanker(fire, tankers):
    avail = [t for t in tankers if t.status == "AVAILABLE" and t.fuel_min > 45]
    return min(avail, key=lambda t: haversine(t.lat, t.lon, fire.lat, fire.lon), default=None)`)}
\`\`\`
can you add a tie-breaker on retardant load and write a pytest for it?`),
];
