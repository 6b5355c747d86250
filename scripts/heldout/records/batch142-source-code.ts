/**
 * Held-out batch 142: pasted source code from the six organisations (registry tooling, vet billing,
 * engine-shop planning, tour logistics, loan-collection apps, data-centre automation), with the
 * question around it written in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);
const ip = (s: string) => amb('pii.ip_address', s);

export const BATCH142_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`The retirement endpoint sometimes lets a buyer retire more credits than the block holds. Race condition?

\`\`\`python
${code(f`def retire_credits(session, block_id: int, qty: int, beneficiary: str) -> Retirement:
    block = session.get(CreditBlock, block_id)
    if block.status != "ISSUED":
        raise RegistryError(f"block {block_id} is {block.status}")
    if qty > block.remaining:
        raise RegistryError("insufficient credits in block")
    start = block.serial_start + (block.quantity - block.remaining)
    block.remaining -= qty
    r = Retirement(block_id=block_id, serial_from=start, serial_to=start + qty - 1,
                   beneficiary=beneficiary, retired_at=utcnow())
    session.add(r)
    session.commit()
    return r`)}
\`\`\``),

  rec('code_r_fr', f`Bonjour, mon calcul du PAR30 par agence donne des valeurs supérieures à 100 % pour Thiès. Qu'est-ce qui cloche ?

${code(f`library(dplyr)

par30 <- prets %>%
  filter(statut == "actif") %>%
  group_by(agence) %>%
  summarise(
    encours_total = sum(encours),
    encours_risque = sum(encours[jours_retard > 30]),
    par30 = encours_risque / sum(montant_decaisse) * 100
  ) %>%
  arrange(desc(par30))`)}`),

  rec('code_kotlin_id', f`Aplikasi penagihan di tablet petugas lapangan kadang mengirim setoran dua kali waktu sinyal jelek. Ini kode sinkronisasinya:

${code(f`suspend fun syncPendingRepayments(dao: RepaymentDao, api: LoanApi) {
    val pending = dao.findByStatus(SyncStatus.PENDING)
    for (r in pending) {
        try {
            api.postRepayment(r.toDto())
            dao.updateStatus(r.localId, SyncStatus.SENT)
        } catch (e: IOException) {
            Log.w("Sync", "gagal kirim \${r.localId}, coba lagi nanti", e)
        }
    }
}`)}

Gimana cara bikin idempotent?`),

  rec('code_csharp_de', f`Die Restlaufzeit der Life-Limited Parts wird falsch berechnet, wenn ein Teil in mehreren Triebwerken verbaut war. Hier der Code:

${code(f`public int RemainingCycles(LlpRecord part, IEnumerable<Installation> history)
{
    // Zyklen seit Neu über alle Einbauten summieren
    var csn = history
        .Where(h => h.PartSerial == part.Serial)
        .Sum(h => h.CyclesAtRemoval - h.CyclesAtInstall);

    // Grenzwert laut Handbuch, Kapitel 05
    var limit = part.ThrustRating switch
    {
        "B1" => part.LifeLimitB1,
        "B2" => part.LifeLimitB2,
        _ => part.LifeLimit
    };
    return limit - csn;
}`)}

Wo liegt der Fehler? Einbauten ohne Ausbaudatum haben CyclesAtRemoval = 0.`),

  rec('code_vba_pl', f`Makro w Excelu do planu wizyt silników w warsztacie wywala się na pustych wierszach:

${code(f`Sub PlanujWizyty()
    Dim ws As Worksheet, i As Long, ostatni As Long
    Set ws = ThisWorkbook.Sheets("Plan")
    ostatni = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    For i = 2 To ostatni
        If ws.Cells(i, 5).Value - ws.Cells(i, 4).Value < 500 Then
            ws.Cells(i, 7).Value = "ZAPLANUJ"
            ws.Rows(i).Interior.Color = RGB(255, 199, 206)
        End If
    Next i
End Sub`)}

Błąd 13: niezgodność typów. Jak to poprawić?`),

  rec('code_java_pt', f`Olá, este gerador de fichas de trabalho devolve as tarefas por ordem errada. Deviam vir por capítulo ATA:

${code(f`public List<TaskCard> buildCards(WorkScope scope) {
    List<TaskCard> cards = new ArrayList<>();
    for (Task t : scope.getTasks()) {
        TaskCard c = new TaskCard(t.getAtaChapter(), t.getDescription(), t.getManHours());
        if (t.isRii()) c.addStamp("INSPEÇÃO OBRIGATÓRIA");
        cards.add(c);
    }
    cards.sort(Comparator.comparing(TaskCard::getAtaChapter));
    return cards;
}`)}

O getAtaChapter() devolve String, tipo "72-00-00".`),

  rec('code_go_ja', f`ケージごとの電力使用量を集計するGoのコードです。月末になると数値が倍になることがあります。原因わかりますか？

${code(f`func aggregate(readings []Reading) map[string]float64 {
	totals := make(map[string]float64)
	var prev = make(map[string]Reading)
	for _, r := range readings {
		if p, ok := prev[r.PDU]; ok {
			kwh := r.EnergyKWh - p.EnergyKWh
			totals[r.Cage] += kwh
		}
		prev[r.PDU] = r
	}
	return totals
}`)}`),

  rec('code_bash_nl', f`Dit script moet elke nacht de config van alle ToR-switches in hal 3 ophalen, maar hij stopt na de eerste switch. Waarom?

${code(f`#!/usr/bin/env bash
set -euo pipefail
OUT=/srv/backups/switches/$(date +%F)
mkdir -p "$OUT"
while read -r host; do
  ssh -o BatchMode=yes "backup@$host" 'show running-config' > "$OUT/$host.cfg"
done < /etc/backup/hal3-switches.txt
tar czf "$OUT.tgz" -C "$(dirname "$OUT")" "$(basename "$OUT")"`)}`),

  rec('code_ps_sv', f`PowerShell-skriptet som ska ge nya medarbetare i remote hands rätt AD-grupper för passersystemet lägger inte till någon. Vad är fel?

${code(f`$nya = Import-Csv .\\nyanstallda.csv -Delimiter ';'
foreach ($n in $nya) {
    $user = Get-ADUser -Filter "SamAccountName -eq '$($n.Anvandare)'"
    if ($n.Roll -eq 'RemoteHands') {
        Add-ADGroupMember -Identity 'ACS-Sal-A-B' -Members $user
        Add-ADGroupMember -Identity 'ACS-Lastkaj' -Members $user
    }
}`)}

CSV:n har kolumnerna Anvandare;Roll;Startdatum.`),

  rec('hcl', f`Terraform for the new customer VLAN on the edge firewall, does the ordering of the rules look right?

${amb('source_code.snippet', f`resource "panos_security_rule_group" "cust_4471" {
  position_keyword = "top"
  rule {
    name                  = "cust-4471-mgmt-in"
    source_zones          = ["untrust"]
    source_addresses      = ["${ip('81.2.69.160')}"]
    destination_zones     = ["cust-4471"]
    destination_addresses = ["${ip('10.47.71.10')}"]
    applications          = ["ssh", "ssl"]
    services              = ["application-default"]
    action                = "allow"
  }
}`)}`),

  rec('code_ts_es_ar', f`Che, armé la cola de triage de la guardia y los casos rojos no quedan primero. ¿Qué está mal?

${code(f`type Triage = 'rojo' | 'naranja' | 'amarillo' | 'verde';
const prioridad: Record<Triage, number> = { rojo: 0, naranja: 1, amarillo: 2, verde: 3 };

export function ordenarCola(pacientes: Paciente[]): Paciente[] {
  return pacientes.sort((a, b) =>
    prioridad[a.triage] - prioridad[b.triage] || a.llegada.getTime() - b.llegada.getTime(),
  ).reverse();
}`)}`),

  rec('code_php_it', f`Il calcolo dell'IVA sulla fattura veterinaria sbaglia di un centesimo su alcune righe. Come arrotondo correttamente?

${code(f`function totaleFattura(array $righe): array {
    $imponibile = 0;
    $iva = 0;
    foreach ($righe as $r) {
        $netto = $r['quantita'] * $r['prezzo'];
        $imponibile += $netto;
        $iva += $netto * 0.22;
    }
    return ['imponibile' => round($imponibile, 2), 'iva' => round($iva, 2), 'totale' => round($imponibile + $iva, 2)];
}`)}`),

  rec('code_swift_ko', f`투어 앱에서 공연 순서 목록을 드래그로 바꾸면 가끔 앱이 죽어요. 코드 좀 봐주세요:

${code(f`struct SetlistView: View {
    @State private var pieces: [Piece]

    var body: some View {
        List {
            ForEach(pieces) { piece in
                Text("\\(piece.composer) – \\(piece.title)")
            }
            .onMove { from, to in
                pieces.move(fromOffsets: from, toOffset: to)
            }
            .onDelete { pieces.remove(atOffsets: $0) }
        }
        .toolbar { EditButton() }
    }
}`)}`),

  rec('code_js_he', f`הפונקציה שממירה את שעות החזרות לאזור הזמן של כל עיר בסיבוב ההופעות מחזירה שעה לא נכונה בטוקיו. למה?

${code(f`function localRehearsalTime(isoUtc, city) {
  const offsets = { Vienna: 1, Tokyo: 9, Seoul: 9, Taipei: 8 };
  const d = new Date(isoUtc);
  d.setHours(d.getHours() + offsets[city]);
  return d.toLocaleTimeString('he-IL', { hour: '2-digit', minute: '2-digit' });
}`)}`),

  rec('code_rust_fi', f`Tämä lämpötila-anturien jäsennin kaatuu, kun anturi lähettää tyhjän rivin. Miten korjaan?

${code(f`fn parse_line(line: &str) -> (String, f32) {
    let mut parts = line.split(';');
    let sensor = parts.next().unwrap().to_string();
    let temp: f32 = parts.next().unwrap().trim().parse().unwrap();
    (sensor, temp)
}

fn main() {
    for line in std::io::stdin().lines() {
        let (s, t) = parse_line(&line.unwrap());
        if t > 27.0 { println!("HÄLYTYS {s}: {t} °C"); }
    }
}`)}`),

  rec('code_python_fixture', f`pytest fails on the reminder-SMS formatter for one case only, the one with the French number:

${code(f`import pytest
from reminders import format_sms

@pytest.mark.parametrize("owner,expected_prefix", [
    ({"name": "Ana Ribeiro", "mobile": "${phone('+351 912 483 706')}", "pet": "Nico"}, "Olá Ana"),
    ({"name": "Hugo Masson", "mobile": "${phone('+33 1 48 72 39 15')}", "pet": "Filou"}, "Bonjour Hugo"),
])
def test_format_sms(owner, expected_prefix):
    assert format_sms(owner, "vaccin", "2025-01-14").startswith(expected_prefix)`)}`),

  rec('code_sql_tr', f`Bu sorgu her şubenin gece acil gelir raporunu çıkarıyor ama Bostancı şubesi hiç gelmiyor. Neden?

${code(f`SELECT s.sube_adi,
       COUNT(z.id)          AS ziyaret_sayisi,
       SUM(f.toplam_tutar)  AS ciro
FROM subeler s
LEFT JOIN ziyaretler z ON z.sube_id = s.id
JOIN faturalar f ON f.ziyaret_id = z.id
WHERE z.giris_saati::time >= '20:00' OR z.giris_saati::time < '08:00'
GROUP BY s.sube_adi;`)}`),

  rec('code_dart_vi', f`Màn hình lịch trả nợ trong app của cán bộ tín dụng hiển thị sai số tiền kỳ cuối. Nhờ xem giúp:

${code(f`List<double> lichTraNo(double goc, double laiSuatThang, int soKy) {
  final r = laiSuatThang;
  final kyTra = goc * r / (1 - pow(1 + r, -soKy));
  final ds = <double>[];
  var conLai = goc;
  for (var i = 0; i < soKy; i++) {
    final lai = conLai * r;
    conLai -= (kyTra - lai);
    ds.add(double.parse(kyTra.toStringAsFixed(0)));
  }
  return ds;
}`)}`),

  rec('diff_el', f`Μπορείς να κάνεις review σε αυτό το diff; Αλλάζει τον τρόπο που στρογγυλοποιούνται οι τόνοι CO₂ στις εκδόσεις πιστοποιητικών.

${code(f`--- a/registry/issuance.py
+++ b/registry/issuance.py
@@ -41,7 +41,9 @@ def credits_to_issue(verified_tco2e: Decimal, buffer_pct: Decimal) -> int:
-    gross = int(verified_tco2e)
-    buffer = int(gross * buffer_pct)
-    return gross - buffer
+    gross = verified_tco2e.to_integral_value(rounding=ROUND_FLOOR)
+    buffer = (gross * buffer_pct).to_integral_value(rounding=ROUND_CEILING)
+    # ο λογαριασμός buffer στρογγυλοποιείται προς τα πάνω (μεθοδολογία §8.2)
+    return int(gross - buffer)`)}`),

  rec('code_ruby_da', f`Vores prøveplan-generator lægger to prøver i samme sal på samme tid. Kan du finde fejlen?

${code(f`def planlaeg(proever, sale)
  plan = Hash.new { |h, k| h[k] = [] }
  proever.sort_by(&:start).each do |p|
    sal = sale.find { |s| plan[s].none? { |q| overlap?(p, q) } }
    raise "ingen ledig sal til #{p.navn}" unless sal
    plan[sal] << p
  end
  plan
end

def overlap?(a, b) = a.start < b.slut && b.start < a.slut`)}`),

  rec('dockerfile_ru', f`Почему образ сервиса учёта карбоновых единиц весит 2,3 ГБ? Dockerfile:

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y gdal-bin libgdal-dev
EXPOSE 8080
CMD ["gunicorn", "registry.wsgi:app", "-b", "${ip('0.0.0.0')}:8080", "-w", "4"]`)}

Как уменьшить?`),
];
