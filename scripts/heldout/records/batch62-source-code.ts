/**
 * Held-out batch 62: source code pasted by batch-62 staff (trading desk analysts, plant automation,
 * clinic and admissions developers, marine engine diagnostics) with questions in several languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH62_SOURCE_CODE: DraftRecord[] = [
  rec('code_vba', f`This macro on the power desk blotter is painfully slow when there are more than 2,000 trades. How can I speed it up?

\`\`\`vba
${code(f`Sub RecalcOpenPositions()
    Dim ws As Worksheet, r As Long, lastRow As Long
    Set ws = ThisWorkbook.Sheets("Blotter")
    lastRow = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For r = 2 To lastRow
        If ws.Cells(r, "H").Value = "OPEN" Then
            ws.Cells(r, "K").Value = ws.Cells(r, "E").Value * _
                (Application.WorksheetFunction.VLookup(ws.Cells(r, "C").Value, _
                 Sheets("Curves").Range("A:B"), 2, False) - ws.Cells(r, "F").Value)
        End If
    Next r
End Sub`)}
\`\`\``),

  rec('code_python_de', f`Kannst du mir erklären, warum meine Viertelstunden-Aggregation am Tag der Zeitumstellung 100 statt 96 Werte liefert?

${code(f`import pandas as pd

def viertelstunden(df: pd.DataFrame) -> pd.DataFrame:
    df = df.set_index(pd.to_datetime(df["zeit"]).dt.tz_localize("Europe/Berlin"))
    return (df["leistung_mw"]
            .resample("15min")
            .mean()
            .to_frame("mw")
            .assign(mwh=lambda x: x["mw"] / 4))

lastgang = pd.read_csv("lastgang_2024-10-27.csv", sep=";", decimal=",")
print(len(viertelstunden(lastgang)))`)}`),

  rec('code_st', f`PLC-Code für die Gemengeanlage, Structured Text. Die Waage für Scherben tariert manchmal nicht, bevor die Dosierung startet. Siehst du das Problem?

${code(f`FUNCTION_BLOCK FB_Dosierung
VAR_INPUT
    xStart      : BOOL;
    rSollKg     : REAL;
    rIstKg      : REAL;
END_VAR
VAR_OUTPUT
    xVentil     : BOOL;
    xFertig     : BOOL;
END_VAR
VAR
    iSchritt    : INT := 0;
    tonTara     : TON;
END_VAR

CASE iSchritt OF
    0: IF xStart THEN iSchritt := 10; END_IF
    10: tonTara(IN := TRUE, PT := T#2S);
        IF tonTara.Q THEN tonTara(IN := FALSE); iSchritt := 20; END_IF
    20: xVentil := rIstKg < rSollKg;
        IF NOT xVentil THEN xFertig := TRUE; iSchritt := 0; END_IF
END_CASE
END_FUNCTION_BLOCK`)}`),

  rec('code_c', f`Decoding J1939 engine speed from the CAN bus on our diagnostic dongle for marine diesels. Values look 8x too high. What's wrong?

${code(f`#include <stdint.h>

#define PGN_EEC1 0xF004

typedef struct { uint32_t id; uint8_t data[8]; } can_frame_t;

static inline uint32_t pgn_of(uint32_t id) { return (id >> 8) & 0x3FFFF; }

float engine_rpm(const can_frame_t *f) {
    if (pgn_of(f->id) != PGN_EEC1) return -1.0f;
    uint16_t raw = (uint16_t)(f->data[3] << 8) | f->data[4];
    return raw * 1.0f;   /* spec: 0.125 rpm/bit */
}`)}`),

  rec('code_sql_es', f`Necesito que esta consulta de apuestas fraccionadas sea más rápida, tarda 4 minutos sobre la tabla de 300 millones de filas:

\`\`\`sql
${code(f`SELECT j.jugador_id,
       date_trunc('day', a.creado_en) AS dia,
       count(*)                       AS n_apuestas,
       sum(a.importe)                 AS total
FROM apuestas a
JOIN jugadores j ON j.jugador_id = a.jugador_id
WHERE a.creado_en >= now() - interval '7 days'
  AND a.importe BETWEEN 900 AND 999.99
GROUP BY 1, 2
HAVING count(*) >= 5
ORDER BY total DESC;`)}
\`\`\`

Ya hay índice en creado_en.`),

  rec('code_csharp', f`Our fitting software plugin crashes when the audiogram has a missing frequency. C#:

${code(f`public record Threshold(int FrequencyHz, int? DbHl);

public static double PureToneAverage(IEnumerable<Threshold> ear)
{
    int[] pta = { 500, 1000, 2000, 4000 };
    return ear.Where(t => pta.Contains(t.FrequencyHz))
              .Select(t => t.DbHl.Value)
              .Average();
}`)}

I need it to skip nulls but still return NaN if fewer than 3 frequencies exist.`),

  rec('code_java_it', f`Il metodo che calcola il punteggio di graduatoria per le ammissioni restituisce valori diversi tra test e produzione. Mi aiuti?

${code(f`public BigDecimal punteggio(Candidato c) {
    double voto = c.getVotoDiploma() / 100.0 * 40;
    double test = c.getPunteggioTest() / 90.0 * 60;
    BigDecimal totale = new BigDecimal(voto + test);
    if (c.isFuoriSede()) {
        totale = totale.add(new BigDecimal("0.5"));
    }
    return totale.setScale(2);
}`)}`),

  rec('code_go', f`Go service that reads the weighbridge over serial and posts to our ERP. Sometimes we get duplicate tickets. Why?

${code(f`func poll(ctx context.Context, port io.Reader, out chan<- Ticket) {
	scanner := bufio.NewScanner(port)
	var last string
	for scanner.Scan() {
		line := strings.TrimSpace(scanner.Text())
		if line == "" || line == last {
			continue
		}
		w, err := parseWeight(line)
		if err != nil {
			log.Printf("bad frame %q: %v", line, err)
			continue
		}
		go func() { out <- Ticket{Gross: w, At: time.Now()} }()
		last = line
	}
}`)}`),

  rec('code_r', f`R script for the monthly VaR report on the gas book. The historical simulation gives a lower VaR than last month even though volatility went up. Can you check the logic?

${code(f`library(dplyr)

var_hist <- function(pnl, conf = 0.99) {
  -quantile(pnl, probs = 1 - conf, type = 7)
}

pnl <- prices %>%
  arrange(date) %>%
  mutate(ret = log(ttf_m1 / lag(ttf_m1))) %>%
  filter(!is.na(ret)) %>%
  mutate(pnl = position_mwh * ttf_m1 * ret)

var_99 <- var_hist(tail(pnl$pnl, 250))
cat(sprintf("1d VaR 99%%: EUR %.0f\\n", var_99))`)}`),

  rec('code_kotlin_pl', f`Aplikacja dla serwisantów jachtów — lista zleceń nie odświeża się po zmianie statusu. Kotlin + Compose:

${code(f`@Composable
fun ZleceniaScreen(vm: ZleceniaViewModel) {
    val zlecenia = vm.zlecenia
    LazyColumn {
        items(zlecenia) { z ->
            ZlecenieRow(z, onDone = { vm.zamknij(z.id) })
        }
    }
}

class ZleceniaViewModel(private val repo: Repo) : ViewModel() {
    val zlecenia = mutableListOf<Zlecenie>()
    fun zamknij(id: Long) {
        zlecenia.replaceAll { if (it.id == id) it.copy(status = "ZAMKNIETE") else it }
    }
}`)}`),

  rec('code_ts_pt', f`Esta função de validação do formulário de candidatura deixa passar datas de nascimento no futuro. Consegues corrigir?

${code(f`export function validarCandidatura(c: Candidatura): string[] {
  const erros: string[] = [];
  if (!c.nome?.trim()) erros.push('Nome obrigatório');
  const nasc = new Date(c.dataNascimento);
  if (isNaN(nasc.getTime())) erros.push('Data de nascimento inválida');
  const idade = new Date().getFullYear() - nasc.getFullYear();
  if (idade < 16) erros.push('Idade mínima: 16 anos');
  if (!/^\\d{9}$/.test(c.nif)) erros.push('NIF inválido');
  return erros;
}`)}`),

  rec('code_rust', f`${code(f`use std::collections::HashMap;

/// Net position per delivery hour from a list of fills.
pub fn net_by_hour(fills: &[Fill]) -> HashMap<u8, f64> {
    let mut m = HashMap::new();
    for f in fills {
        let sign = if f.side == Side::Buy { 1.0 } else { -1.0 };
        *m.entry(f.hour).or_insert(0.0) += sign * f.mw;
    }
    m
}`)}

Is there a way to return this sorted by hour without a second pass? Performance matters, it runs on every intraday tick.`),

  rec('code_swift_fr', f`Dans l'app de suivi des patients appareillés, le rappel de nettoyage des aides auditives ne se déclenche jamais. Swift :

${code(f`func planifierRappel(pour patient: Patient) {
    let contenu = UNMutableNotificationContent()
    contenu.title = "Entretien de vos aides auditives"
    contenu.body = "Pensez à changer les filtres pare-cérumen."
    var date = DateComponents()
    date.weekday = 1
    date.hour = 10
    let declencheur = UNCalendarNotificationTrigger(dateMatching: date, repeats: true)
    let requete = UNNotificationRequest(identifier: patient.id.uuidString, content: contenu, trigger: declencheur)
    UNUserNotificationCenter.current().add(requete)
}`)}`),

  rec('code_php_ro', f`Funcția care verifică limita zilnică de depunere a jucătorilor nu ține cont de fusul orar. Cum o repar?

${code(f`function depasesteLimita(PDO $db, int $jucatorId, float $suma): bool {
    $st = $db->prepare("SELECT COALESCE(SUM(suma),0) FROM depuneri
                        WHERE jucator_id = ? AND DATE(creat_la) = CURDATE()");
    $st->execute([$jucatorId]);
    $azi = (float)$st->fetchColumn();
    $limita = limitaZilnica($db, $jucatorId);
    return ($azi + $suma) > $limita;
}`)}`),

  rec('code_ruby', f`Rails: the admissions dashboard counts applicants twice when they applied to two programmes.

${code(f`class DashboardController < ApplicationController
  def index
    @applicants = Applicant
      .joins(:applications)
      .where(applications: { cycle: "2025" })
      .where(applications: { status: %w[submitted complete] })
    @count = @applicants.count
    @by_country = @applicants.group(:country).count
  end
end`)}`),

  rec('code_bash', f`Script that rotates the SCADA historian backups at the glass plant. It deleted last week's full backup too. Why?

${code(f`#!/usr/bin/env bash
set -euo pipefail
BACKUP_DIR=/srv/backup/historian
KEEP_DAYS=7

cd "$BACKUP_DIR"
find . -name '*.tar.zst' -mtime +$KEEP_DAYS -print -delete
ls -1t full-*.tar.zst | tail -n +3 | xargs -r rm -v`)}`),

  rec('code_powershell_nl', f`Dit script zet elke ochtend de audiometers van de vestigingen in de onderhoudsplanning, maar het slaat vestigingen met een spatie in de naam over:

${code(f`$vestigingen = Get-Content .\\vestigingen.txt
foreach ($v in $vestigingen) {
    $apparaten = Invoke-RestMethod "https://planning.hoorcentrum.local/api/apparaten?vestiging=$v"
    $teKalibreren = $apparaten | Where-Object { (Get-Date $_.laatsteKalibratie) -lt (Get-Date).AddMonths(-11) }
    foreach ($a in $teKalibreren) {
        Write-Output "$v;$($a.serienummer);$($a.laatsteKalibratie)"
    }
}`)}`),

  rec('code_python_ja', f`電力の需要予測モデルで、祝日の扱いがうまくいきません。コードを見てもらえますか？

${code(f`import jpholiday
import pandas as pd

def add_features(df: pd.DataFrame) -> pd.DataFrame:
    df["dow"] = df.index.dayofweek
    df["is_holiday"] = df.index.map(jpholiday.is_holiday)
    df["hour"] = df.index.hour
    df["temp_sq"] = df["temp"] ** 2
    return df

train = add_features(load("2023-04-01", "2024-03-31"))`)}

ゴールデンウィークの誤差がとても大きいです。`),

  rec('code_python_ko', f`유리 파쇄 라인의 진동 센서 데이터에서 이상치를 찾는 코드인데, 경보가 너무 많이 울립니다. 임계값을 어떻게 조정하면 좋을까요?

${code(f`import numpy as np

def anomalies(x: np.ndarray, window: int = 60, k: float = 3.0) -> np.ndarray:
    flags = np.zeros_like(x, dtype=bool)
    for i in range(window, len(x)):
        w = x[i - window:i]
        flags[i] = abs(x[i] - w.mean()) > k * w.std()
    return flags`)}`),

  rec('code_dart_tr', f`Tekne motoru servis randevu uygulamasında, tarih seçtikten sonra saat listesi boş geliyor. Flutter kodu:

${code(f`Future<List<String>> musaitSaatler(DateTime gun) async {
  final dolu = await api.doluSaatler(gun.toIso8601String());
  final hepsi = List.generate(9, (i) => '\${9 + i}:00');
  return hepsi.where((s) => !dolu.contains(s)).toList();
}`)}

API "2025-02-06" formatı bekliyor.`),

  rec('log_trace', f`The trading API gateway throws this after the upgrade, no code change on our side:

${amb('source_code.snippet', f`Exception in thread "quote-listener-3" java.lang.ArithmeticException: Non-terminating decimal expansion; no exact representable decimal result.
	at java.base/java.math.BigDecimal.divide(BigDecimal.java:1780)
	at com.northwind.etrm.pricing.Spread.ratio(Spread.java:88)
	at com.northwind.etrm.pricing.QuoteListener.onQuote(QuoteListener.java:142)
	at com.northwind.etrm.bus.Dispatcher.lambda$dispatch$0(Dispatcher.java:57)`)}`),
];
