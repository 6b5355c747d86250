/** Held-out batch 119: pasted source code from the six organisations, with comments and questions in many languages. Hand-written. */
import { f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH119_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_de', f`Die Tragbarkeitsrechnung liefert bei Paaren zu hohe Werte. Findest du den Fehler?

\`\`\`python
${code(f`KALK_ZINS = 0.05          # kalkulatorischer Zinssatz
NEBENKOSTEN = 0.01        # 1 % vom Objektwert
AMORTISATION_JAHRE = 15

def tragbarkeit(einkommen: list[float], objektwert: float, hypothek: float) -> float:
    """Anteil der Wohnkosten am Bruttoeinkommen."""
    zweite_hypothek = max(0.0, hypothek - objektwert * 0.65)
    kosten = hypothek * KALK_ZINS + objektwert * NEBENKOSTEN
    kosten += zweite_hypothek / AMORTISATION_JAHRE
    return kosten / einkommen[0]   # TODO: Partner-Einkommen?`)}
\`\`\``),

  rec('code_sql_es', f`Necesito saber qué repartidores llegan tarde más a menudo. ¿Está bien esta consulta?

${code(f`SELECT r.nombre,
       COUNT(*) AS entregas,
       SUM(CASE WHEN e.entregado_en > e.compromiso_hasta THEN 1 ELSE 0 END) AS tarde,
       ROUND(100.0 * SUM(CASE WHEN e.entregado_en > e.compromiso_hasta THEN 1 ELSE 0 END) / COUNT(*), 1) AS pct_tarde
FROM entregas e
JOIN repartidores r ON r.id = e.repartidor_id
WHERE e.fecha >= CURRENT_DATE - INTERVAL '30 days'
GROUP BY r.nombre
HAVING COUNT(*) > 20
ORDER BY pct_tarde DESC;`)}`),

  rec('code_ts', f`Badge QR codes for the artist accreditation — the scanners at gate B reject about 1 in 20. Any idea?

\`\`\`ts
${code(f`import QRCode from 'qrcode';
import { createHmac } from 'node:crypto';

export interface Badge { id: string; zone: 'AAA' | 'BACKSTAGE' | 'STAGE' | 'GUEST'; validFrom: string; validTo: string }

export async function badgeQr(b: Badge, secret: string): Promise<string> {
  const payload = [b.id, b.zone, b.validFrom, b.validTo].join('|');
  const sig = createHmac('sha256', secret).update(payload).digest('base64').slice(0, 10);
  return QRCode.toDataURL(\`\${payload}|\${sig}\`, { errorCorrectionLevel: 'L', margin: 1 });
}`)}
\`\`\``),

  rec('code_java_pt', f`Essa lógica de atribuição de motoboy tá mandando tudo pro mesmo cara. Por quê?

${code(f`public Entregador escolher(List<Entregador> disponiveis, Pedido pedido) {
    Entregador melhor = null;
    double menorDist = Double.MAX_VALUE;
    for (Entregador e : disponiveis) {
        double d = Geo.distanciaKm(e.getPosicao(), pedido.getColeta());
        if (d < menorDist || e.getCarga() < 3) {
            melhor = e;
            menorDist = d;
        }
    }
    return melhor;
}`)}`),

  rec('code_go_ja', f`工事枠の割り当てで、同じ時間帯に2人の作業員が入ってしまうことがあります。競合状態でしょうか？

\`\`\`go
${code(f`func (s *Scheduler) Assign(job Job) (*Slot, error) {
	for _, slot := range s.freeSlots(job.Area, job.Date) {
		if slot.Tech.HasSkill(job.Kind) {
			slot.Job = &job        // 枠を確保
			s.store.Save(slot)
			return slot, nil
		}
	}
	return nil, ErrNoSlot
}`)}
\`\`\``),

  rec('code_csharp_fr', f`L'attribution des places au port met parfois un catamaran sur une place monocoque. Tu vois pourquoi ?

\`\`\`csharp
${code(f`public Place? Attribuer(Bateau b, IEnumerable<Place> libres)
{
    return libres
        .Where(p => p.LongueurMax >= b.Longueur && p.TirantEauMax >= b.TirantEau)
        .OrderBy(p => p.LongueurMax - b.Longueur)
        .FirstOrDefault(p => p.Type == TypePlace.Multicoque || b.Type != TypeBateau.Catamaran);
}`)}
\`\`\``),

  rec('code_r', f`Can you check my AE summary table code before the DSMB pack goes out? Counts look doubled for arm B.

${code(f`library(dplyr)

ae_summary <- ae %>%
  left_join(randomisation, by = "subject_id") %>%
  left_join(visits, by = "subject_id") %>%
  group_by(arm, soc, pt) %>%
  summarise(n_subjects = n_distinct(subject_id),
            n_events = n(), .groups = "drop") %>%
  arrange(arm, desc(n_subjects))`)}`),

  rec('code_sas', f`${code(f`proc sql;
  create table work.visit_windows as
  select v.usubjid, v.visitnum, v.svstdtc,
         intck('day', r.randdt, input(v.svstdtc, yymmdd10.)) as study_day,
         case when calculated study_day between v.target - 3 and v.target + 3 then 'IN'
              else 'OUT' end as window_flag
  from sdtm.sv as v inner join adam.adsl as r on v.usubjid = r.usubjid;
quit;`)}

why does "calculated" throw an error here? SAS 9.4`),

  rec('code_kotlin_ko', f`배송 완료 사진 업로드가 가끔 두 번 돼요. 코루틴 쪽 문제일까요?

${code(f`fun onDeliveredClicked(orderId: String, photo: Uri) {
    viewModelScope.launch {
        _state.value = UiState.Uploading
        val url = repo.uploadProof(orderId, photo)
        repo.markDelivered(orderId, url)
        _state.value = UiState.Done
    }
}`)}`),

  rec('code_swift_it', f`L'app del porto turistico crasha quando il diportista apre la mappa dei pontili senza connessione:

${code(f`func caricaPontili() {
    URLSession.shared.dataTask(with: urlPontili) { data, _, _ in
        let pontili = try! JSONDecoder().decode([Pontile].self, from: data!)
        DispatchQueue.main.async {
            self.mappa.addAnnotations(pontili.map(PontileAnnotation.init))
        }
    }.resume()
}`)}`),

  rec('code_php_tr', f`Kargo takip sayfası bazen "Array to string conversion" hatası veriyor:

\`\`\`php
${code(f`<?php
function durumMetni(array $gonderi): string {
    $durumlar = ['alindi' => 'Kurye teslim aldı', 'yolda' => 'Yolda', 'teslim' => 'Teslim edildi'];
    $son = end($gonderi['hareketler']);
    return $durumlar[$son['durum']] ?? $son;
}

echo '<p>' . durumMetni($gonderi) . '</p>';`)}
\`\`\``),

  rec('code_rust_pl', f`Parser telemetrii z ONT-ów gubi próbki, kiedy RX power jest ujemne. Co jest nie tak?

${code(f`fn parse_rx(line: &str) -> Option<f32> {
    // format: "rx_power=-21.4dBm tx_power=2.1dBm"
    let start = line.find("rx_power=")? + 9;
    let end = line[start..].find("dBm")? + start;
    line[start..end].parse::<u32>().ok().map(|v| v as f32)
}`)}`),

  rec('code_bash_nl', f`Dit script zou alle aangeleverde stukken per hypotheekdossier moeten zippen, maar dossiers met een spatie in de naam gaan fout:

${code(f`#!/usr/bin/env bash
set -euo pipefail
BRON=/data/aanlevering
DOEL=/data/dossiers-zip

for dossier in $(ls $BRON); do
  zip -rq "$DOEL/$dossier.zip" $BRON/$dossier
  echo "klaar: $dossier"
done`)}`),

  rec('code_powershell_sv', f`${code(f`# Skapar ackrediteringsmappar för varje artist från bokningslistan
$artister = Import-Csv -Path "C:\\Festival\\bokningar.csv" -Delimiter ';'
foreach ($a in $artister) {
    $mapp = Join-Path "\\\\filserver\\ackreditering" $a.Artistnamn
    if (-not (Test-Path $mapp)) { New-Item -ItemType Directory -Path $mapp | Out-Null }
    Copy-Item "C:\\Festival\\mallar\\rider-mall.docx" (Join-Path $mapp "rider.docx")
}`)}

Varför blir det konstiga mappnamn när artisten heter något med å/ä/ö?`),

  rec('code_vba_de_at', f`Servus, das Makro soll die Haushaltsrechnung aus dem Antragsblatt füllen, bricht aber bei leeren Zeilen ab:

${code(f`Sub HaushaltsrechnungFuellen()
    Dim ws As Worksheet, i As Long
    Set ws = ThisWorkbook.Sheets("Antrag")
    For i = 12 To 40
        If ws.Cells(i, 2).Value = "" Then Exit For
        Sheets("Haushalt").Cells(i - 10, 3).Value = ws.Cells(i, 4).Value * 12
    Next i
End Sub`)}`),

  rec('diff', f`Review this please — fix for courier ETA showing negative minutes:

${code(f`--- a/src/eta.ts
+++ b/src/eta.ts
@@ -14,7 +14,9 @@ export function etaMinutes(now: Date, promisedBy: Date): number {
-  return Math.round((promisedBy.getTime() - now.getTime()) / 60000);
+  const diff = Math.round((promisedBy.getTime() - now.getTime()) / 60000);
+  // late deliveries: show 0 and let the banner say "running late"
+  return Math.max(0, diff);
 }`)}`),

  rec('code_python_el', f`Τα tests για την αποστολή SMS επιβεβαίωσης κράτησης αποτυγχάνουν μετά την αλλαγή μορφοποίησης. Γιατί;

\`\`\`python
${code(f`def test_sms_confirmation(sms_gateway):
    booking = Booking(
        guest="Eleni Markou",
        email="${v('pii.email', 'eleni.markou@otenet.gr')}",
        phone="${phone('+30 694 823 9176')}",
        berth="A-12",
    )
    send_confirmation(booking)
    assert sms_gateway.sent[0].to == "${phone('+306948239176')}"`)}
\`\`\``),

  rec('code_js_zh', f`这个函数用来检查演出时间表有没有冲突，但是跨午夜的演出检测不出来：

${code(f`function hasConflict(shows) {
  const sorted = [...shows].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].stage === sorted[i - 1].stage && sorted[i].start < sorted[i - 1].end) {
      return true;
    }
  }
  return false;
}`)}`),

  rec('code_dart_id', f`Halaman daftar paket di aplikasi kurir tidak ter-update setelah status berubah:

${code(f`class DaftarPaket extends StatefulWidget {
  @override
  State<DaftarPaket> createState() => _DaftarPaketState();
}

class _DaftarPaketState extends State<DaftarPaket> {
  List<Paket> paket = [];

  void ubahStatus(int i, String status) {
    paket[i].status = status;   // kenapa UI tidak berubah?
  }

  @override
  Widget build(BuildContext context) => ListView(children: paket.map((p) => Text(p.status)).toList());
}`)}`),

  rec('code_gas_ar', f`Che, este script de Google Sheets debería mandar un mail a cada manager cuando cambia el horario, pero no dispara:

${code(f`function onEdit(e) {
  const hoja = e.range.getSheet();
  if (hoja.getName() !== 'Horarios') return;
  const fila = e.range.getRow();
  const mail = hoja.getRange(fila, 6).getValue();
  MailApp.sendEmail(mail, 'Cambio de horario', 'Tu nuevo horario de prueba de sonido es ' + hoja.getRange(fila, 4).getValue());
}`)}`),

  rec('code_sql_ru', f`Запрос должен показывать участников, у которых визит вышел за окно ±3 дня, но выдаёт пустоту:

${code(f`SELECT s.subject_id, v.visit_no, v.visit_date, s.rand_date + v.target_day AS plan_date
FROM visits v
JOIN subjects s USING (subject_id)
WHERE ABS(v.visit_date - (s.rand_date + v.target_day)) > 3
  AND v.status = 'завершён'
ORDER BY s.subject_id, v.visit_no;`)}`),
];
