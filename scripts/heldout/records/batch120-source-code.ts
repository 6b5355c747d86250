/**
 * Held-out batch 120: pasted source code (biobank pipelines, porting rules, payroll macros,
 * venue apps, HSE tooling) with comments and questions in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH120_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Kan iemand uitleggen waarom dit pseudonimiseringsscript voor de biobank soms dubbele codes geeft?

\`\`\`python
${code(f`import hashlib
import hmac

def pseudoniem(patient_id: str, sleutel: bytes, lengte: int = 8) -> str:
    """Leidt een stabiel studienummer af uit het EPD-nummer."""
    digest = hmac.new(sleutel, patient_id.encode(), hashlib.sha256).hexdigest()
    return "LH-" + digest[:lengte].upper()

def koppel(monsters, sleutel):
    gezien = {}
    for m in monsters:
        code = pseudoniem(m["patient_id"], sleutel)
        gezien.setdefault(code, []).append(m["monster_id"])
    return {c: ids for c, ids in gezien.items() if len(ids) > 1}`)}
\`\`\``),

  rec('code_sql', f`Эта выборка по заявкам на перенос номера работает 40 секунд. Как ускорить?

\`\`\`sql
${code(f`SELECT r.request_id,
       r.msisdn_hash,
       r.donor_operator,
       r.created_at,
       COUNT(s.sim_id) AS sim_swaps_30d
FROM   port_requests r
LEFT JOIN sim_events s
       ON s.msisdn_hash = r.msisdn_hash
      AND s.event_type = 'SWAP'
      AND s.created_at >= r.created_at - INTERVAL '30 days'
WHERE  r.status = 'PENDING'
GROUP  BY r.request_id, r.msisdn_hash, r.donor_operator, r.created_at
HAVING COUNT(s.sim_id) > 0
ORDER  BY sim_swaps_30d DESC;`)}
\`\`\``),

  rec('code_vba', f`Das Makro soll die Stundenzettel aller Mandanten-Mitarbeiter in ein Blatt kopieren, bricht aber bei leeren Zeilen ab. Was ist falsch?

${code(f`Sub StundenZusammenfuehren()
    Dim ws As Worksheet, ziel As Worksheet
    Dim letzteZeile As Long, zielZeile As Long
    Set ziel = ThisWorkbook.Sheets("Gesamt")
    zielZeile = 2
    For Each ws In ThisWorkbook.Worksheets
        If ws.Name <> "Gesamt" Then
            letzteZeile = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
            ws.Range("A2:F" & letzteZeile).Copy ziel.Cells(zielZeile, 1)
            zielZeile = zielZeile + letzteZeile - 1
        End If
    Next ws
End Sub`)}`),

  rec('code_kotlin', f`Estoy haciendo la app de la finca para que los novios elijan el menú. ¿Por qué el total no se actualiza al cambiar invitados?

\`\`\`kotlin
${code(f`data class Menu(val nombre: String, val precioPorPersona: Double)

class PresupuestoViewModel : ViewModel() {
    private val _invitados = MutableStateFlow(100)
    private val _menu = MutableStateFlow(Menu("Mediterráneo", 68.0))

    val total: StateFlow<Double> = combine(_invitados, _menu) { n, m ->
        n * m.precioPorPersona * 1.21
    }.stateIn(viewModelScope, SharingStarted.Lazily, 0.0)

    fun setInvitados(n: Int) { _invitados.value = n }
    fun setMenu(m: Menu) { _menu.value = m }
}`)}
\`\`\``),

  rec('code_go', f`这是我们反欺诈规则引擎里的一段，判断携号转网请求是否可疑。能帮我加单元测试吗？

\`\`\`go
${code(f`package rules

import "time"

type PortRequest struct {
	MsisdnHash   string
	RequestedAt  time.Time
	SimSwapAt    *time.Time
	NewDevice    bool
	FailedPinTry int
}

// Suspicious 返回风险分数（0-100）
func Suspicious(r PortRequest) int {
	score := 0
	if r.SimSwapAt != nil && r.RequestedAt.Sub(*r.SimSwapAt) < 72*time.Hour {
		score += 50
	}
	if r.NewDevice {
		score += 20
	}
	score += min(r.FailedPinTry*10, 30)
	return score
}`)}
\`\`\``),

  rec('code_csharp', f`Hej, kan du granska den här metoden som räknar ut semesterersättning? Jag tror avrundningen blir fel.

\`\`\`csharp
${code(f`public static decimal Semesterersattning(decimal manadslon, int sparadeDagar, decimal procentsats = 0.12m)
{
    // 12 % av årslönen fördelat på 25 dagar
    var arslon = manadslon * 12;
    var perDag = arslon * procentsats / 25;
    return Math.Round(perDag * sparadeDagar, 0, MidpointRounding.AwayFromZero);
}`)}
\`\`\``),

  rec('code_r', f`Ik wil de vriezerbezetting per stellingrij plotten. De labels overlappen, hoe los ik dat op?

${code(f`library(dplyr)
library(ggplot2)

bezetting <- monsters %>%
  filter(status == "opgeslagen") %>%
  count(vriezer, rek, name = "aantal") %>%
  mutate(pct = aantal / 81 * 100)

ggplot(bezetting, aes(x = rek, y = pct, fill = vriezer)) +
  geom_col(position = "dodge") +
  labs(title = "Bezetting -80 °C vriezers", y = "% vol") +
  theme_minimal()`)}`),

  rec('code_powershell', f`Script para criar as pastas mensais de recibos de vencimento de todos os clientes. Funciona, mas é lento na rede. Dá para melhorar?

\`\`\`powershell
${code(f`$raiz = "\\\\fs01\\payroll\\clientes"
$mes  = (Get-Date).ToString("yyyy-MM")

Get-ChildItem -Path $raiz -Directory | ForEach-Object {
    $destino = Join-Path $_.FullName "recibos\\$mes"
    if (-not (Test-Path $destino)) {
        New-Item -ItemType Directory -Path $destino | Out-Null
        Write-Host "Criada: $destino"
    }
}`)}
\`\`\``),

  rec('code_ts', f`Our HSE permit-to-work form validates on submit only. How do I validate gas-test readings as the user types?

\`\`\`ts
${code(f`interface GasTest {
  o2: number;   // % vol
  lel: number;  // % LEL
  h2s: number;  // ppm
  co: number;   // ppm
}

const LIMITS = { o2: [19.5, 23.5], lel: [0, 10], h2s: [0, 5], co: [0, 25] } as const;

export function checkGasTest(t: GasTest): string[] {
  const errors: string[] = [];
  for (const [k, [lo, hi]] of Object.entries(LIMITS) as [keyof GasTest, readonly [number, number]][]) {
    if (t[k] < lo || t[k] > hi) errors.push(\`\${k.toUpperCase()} out of range: \${t[k]}\`);
  }
  return errors;
}`)}
\`\`\``),

  rec('code_java', f`Questa classe calcola i contributi INPS per i collaboratori, ma i test falliscono con BigDecimal. Mi aiuti?

\`\`\`java
${code(f`public final class ContributiCalculator {
    private static final BigDecimal ALIQUOTA_GS = new BigDecimal("0.3372");
    private static final BigDecimal MASSIMALE = new BigDecimal("119650");

    public BigDecimal contributo(BigDecimal compensoAnnuo) {
        BigDecimal imponibile = compensoAnnuo.min(MASSIMALE);
        return imponibile.multiply(ALIQUOTA_GS).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal quotaCollaboratore(BigDecimal compensoAnnuo) {
        return contributo(compensoAnnuo).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
    }
}`)}
\`\`\``),

  rec('code_swift', f`席次表アプリで、テーブルごとのゲスト数が上限を超えたら警告したいです。このコードでいいですか？

\`\`\`swift
${code(f`struct Table {
    let number: Int
    let capacity: Int
    var guests: [String]
}

func overbooked(_ tables: [Table]) -> [Int] {
    tables.filter { $0.guests.count > $0.capacity }.map(\\.number)
}

let warn = overbooked(seating)
if !warn.isEmpty {
    print("満席超過のテーブル: \\(warn)")
}`)}
\`\`\``),

  rec('code_bash', f`Skrypt do nocnej archiwizacji raportów HSE z platformy. Czasem kasuje pliki zanim skończy się kopiowanie – dlaczego?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail

SRC=/data/hse/reports
DST=/mnt/archive/hse/$(date +%Y/%m)

mkdir -p "$DST"
find "$SRC" -name '*.pdf' -mtime +7 -print0 | while IFS= read -r -d '' f; do
  rsync -a "$f" "$DST/" &
  rm -f "$f"
done
wait`)}
\`\`\``),

  rec('code_rust', f`Pouvez-vous m'expliquer pourquoi le borrow checker refuse ça ? C'est pour le parseur de fichiers de portabilité (format CSV de l'opérateur donneur).

\`\`\`rust
${code(f`struct Demande<'a> {
    ref_portage: &'a str,
    operateur: &'a str,
}

fn parser(ligne: String) -> Demande {
    let champs: Vec<&str> = ligne.split(';').collect();
    Demande { ref_portage: champs[0], operateur: champs[1] }
}`)}
\`\`\``),

  rec('code_ruby', f`Ich hab ein kleines Rake-Task geschrieben, das Hochzeiten ohne Anzahlung nach 14 Tagen freigibt. Passt das so?

\`\`\`ruby
${code(f`namespace :buchungen do
  desc "Reservierungen ohne Anzahlung freigeben"
  task freigeben: :environment do
    Buchung.where(status: "reserviert")
           .where("created_at < ?", 14.days.ago)
           .where(anzahlung_eingegangen: false)
           .find_each do |b|
      b.update!(status: "freigegeben")
      BuchungMailer.freigabe(b).deliver_later
    end
  end
end`)}
\`\`\``),

  rec('code_abap', f`Kollega, ez az ABAP riport a bérjegyzékeket listázza, de lassú. Tudsz javasolni valamit?

${code(f`REPORT zhr_berjegyzek.

PARAMETERS: p_bukrs TYPE bukrs OBLIGATORY,
            p_abrp  TYPE pabrp.

SELECT pernr, ename, bukrs
  FROM pa0001
  INTO TABLE @DATA(lt_dolgozok)
  WHERE bukrs = @p_bukrs
    AND endda >= @sy-datum.

LOOP AT lt_dolgozok INTO DATA(ls_d).
  SELECT SINGLE betrg FROM pa0008 INTO @DATA(lv_ber)
    WHERE pernr = @ls_d-pernr AND endda >= @sy-datum.
  WRITE: / ls_d-pernr, ls_d-ename, lv_ber.
ENDLOOP.`)}`),

  rec('code_python', f`한 번에 96웰 플레이트 여러 장의 샘플 위치를 LIMS에 올리는 스크립트입니다. 위치 계산이 맞는지 봐주세요.

\`\`\`python
${code(f`ROWS = "ABCDEFGH"

def well_position(index: int) -> str:
    """0부터 시작하는 인덱스를 A1~H12 위치로 변환 (열 우선)."""
    plate, i = divmod(index, 96)
    col, row = divmod(i, 8)
    return f"P{plate + 1}-{ROWS[row]}{col + 1}"

assert well_position(0) == "P1-A1"
assert well_position(8) == "P1-A2"
assert well_position(96) == "P2-A1"`)}
\`\`\``),

  rec('code_dart', f`Flutter app ya kuweka nafasi ya ukumbi wa harusi: kalenda haionyeshi siku zilizochukuliwa. Kosa liko wapi?

\`\`\`dart
${code(f`class Kalenda extends StatelessWidget {
  final Set<DateTime> zilizochukuliwa;
  const Kalenda({super.key, required this.zilizochukuliwa});

  bool _imechukuliwa(DateTime d) =>
      zilizochukuliwa.contains(DateTime(d.year, d.month, d.day));

  @override
  Widget build(BuildContext context) {
    return TableCalendar(
      firstDay: DateTime.utc(2025, 1, 1),
      lastDay: DateTime.utc(2026, 12, 31),
      focusedDay: DateTime.now(),
      enabledDayPredicate: (d) => !_imechukuliwa(d),
    );
  }
}`)}
\`\`\``),

  rec('code_hcl', f`Terraform for the biobank's object storage. I want versioning and a 10-year retention lock. Is this right?

\`\`\`hcl
${code(f`resource "aws_s3_bucket" "biobank_archive" {
  bucket              = "lh-biobank-archive-prod"
  object_lock_enabled = true
}

resource "aws_s3_bucket_versioning" "archive" {
  bucket = aws_s3_bucket.biobank_archive.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_bucket_object_lock_configuration" "archive" {
  bucket = aws_s3_bucket.biobank_archive.id
  rule {
    default_retention {
      mode  = "COMPLIANCE"
      years = 10
    }
  }
}`)}
\`\`\``),

  rec('dockerfile', f`Dockerfile do serviço de portabilidade: a imagem ficou com 1,2 GB. Como reduzo?

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y build-essential libpq-dev
EXPOSE 8080
CMD ["gunicorn", "-w", "4", "-b", "0.0.0.0:8080", "porting.wsgi:app"]`)}`),

  rec('terminal', f`Kubernetes'te bordro servisi sürekli yeniden başlıyor. Çıktı:

${amb('source_code.snippet', f`$ kubectl -n payroll get pods
NAME                          READY   STATUS             RESTARTS   AGE
bordro-api-6d9f7c8b5-x2k4q    0/1     CrashLoopBackOff   14         52m
$ kubectl -n payroll logs bordro-api-6d9f7c8b5-x2k4q --previous | tail -3
java.lang.OutOfMemoryError: Java heap space
	at com.berghammer.bordro.RaporService.ayAraligi(RaporService.java:211)
	at com.berghammer.bordro.RaporController.indir(RaporController.java:58)`)}

Heap'i nasıl artırırım?`),
];
