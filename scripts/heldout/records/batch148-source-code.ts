/** Held-out batch 148: pasted source code (comments and identifiers in many languages), a few with values inside. Hand-written. */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, fill, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH148_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Our wine club signup rejects people who turn 18 on the day of the shipment. Test and function:

\`\`\`python
${code(f`from datetime import date

LEGAL_AGE = 18

def is_of_age(dob: date, on: date) -> bool:
    years = on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
    return years > LEGAL_AGE

def test_turns_18_on_shipment_day():
    member = {"name": "Test Member", "birth_date": ${amb('pii.date_of_birth', 'date(2007, 4, 1)')}}
    assert is_of_age(member["birth_date"], date(2025, 4, 1))`)}
\`\`\``, 'birth date as a date constructor under a birth key in a fixture: ambiguous per the conventions'),

  rec('code_sql_pt', f`Esta query devia devolver os sócios do clube que não compram há 12 meses, mas vem vazia:

${code(f`-- sócios inativos (sem encomendas nos últimos 12 meses)
SELECT s.id_socio, s.nome, s.escalao, MAX(e.data_encomenda) AS ultima_encomenda
FROM socios s
LEFT JOIN encomendas e ON e.id_socio = s.id_socio
WHERE s.ativo = 1
GROUP BY s.id_socio, s.nome, s.escalao
HAVING MAX(e.data_encomenda) < DATEADD(month, -12, GETDATE())
ORDER BY ultima_encomenda;`)}

Os sócios que nunca compraram também deviam aparecer.`),

  rec('code_ts_es', f`¿Por qué este cálculo de franquicia me da NaN cuando el cliente tiene seguro a todo riesgo?

\`\`\`ts
${code(f`type Cobertura = 'basica' | 'media' | 'todo_riesgo';

const FRANQUICIA: Record<Exclude<Cobertura, 'todo_riesgo'>, number> = {
  basica: 1200,
  media: 600,
};

export function cargoPorDanio(importeDanio: number, cobertura: Cobertura): number {
  // el cliente paga como máximo la franquicia
  const tope = FRANQUICIA[cobertura as keyof typeof FRANQUICIA];
  return Math.min(importeDanio, tope);
}`)}
\`\`\``),

  rec('code_java_no', f`Kan noen forklare hvorfor en arbeidstillatelse kan gå fra SUSPENDED rett til CLOSED uten ny gassmåling?

${code(f`public enum PermitState { DRAFT, APPROVED, ISSUED, SUSPENDED, CLOSED }

public final class PermitWorkflow {
    // Overganger tillatt av prosedyren PTW-003 rev. 7
    private static final Map<PermitState, Set<PermitState>> ALLOWED = Map.of(
        PermitState.DRAFT, Set.of(PermitState.APPROVED),
        PermitState.APPROVED, Set.of(PermitState.ISSUED, PermitState.DRAFT),
        PermitState.ISSUED, Set.of(PermitState.SUSPENDED, PermitState.CLOSED),
        PermitState.SUSPENDED, Set.of(PermitState.ISSUED, PermitState.CLOSED)
    );

    public void transition(Permit p, PermitState next) {
        if (!ALLOWED.getOrDefault(p.getState(), Set.of()).contains(next)) {
            throw new IllegalStateException("Ugyldig overgang " + p.getState() + " -> " + next);
        }
        if (next == PermitState.ISSUED && p.gasTestAgeMinutes() > 120) {
            throw new IllegalStateException("Gassmåling eldre enn 2 timer");
        }
        p.setState(next);
    }
}`)}`),

  rec('code_csharp', f`ILL request status sync — the "Shipped" state never updates to "Received". Any idea?

${code(f`public async Task SyncStatusesAsync(CancellationToken ct)
{
    var open = await _db.IllRequests
        .Where(r => r.Status != IllStatus.Closed && r.LenderSymbol != null)
        .ToListAsync(ct);

    foreach (var req in open)
    {
        var remote = await _worldShare.GetRequestAsync(req.ExternalId, ct);
        if (remote is null) continue;

        req.Status = remote.Status switch
        {
            "SHIPPED" => IllStatus.Shipped,
            "RECEIVED" => IllStatus.Received,
            "RETURNED" => IllStatus.Returned,
            _ => req.Status
        };
    }
    await _db.SaveChangesAsync(ct);
}`)}`),

  rec('code_go', f`Dispute deadline calculation — the reinvestigation must complete within 30 days of receipt, 45 if the consumer sends more info. Is this right around weekends?

\`\`\`go
${code(f`package disputes

import "time"

const (
	baseDays     = 30
	extendedDays = 45
)

// Deadline returns the date by which the reinvestigation must be completed.
func Deadline(received time.Time, extraInfoReceived bool) time.Time {
	days := baseDays
	if extraInfoReceived {
		days = extendedDays
	}
	return received.AddDate(0, 0, days)
}`)}
\`\`\``),

  rec('code_rust_de', f`Unsere Barcode-Prüfziffer für Asservate wird manchmal als falsch erkannt, obwohl sie stimmt. Was ist falsch?

${code(f`/// Prüfziffer (mod 11) für Asservatennummern wie "FDL-25-004718"
pub fn pruefziffer(nummer: &str) -> Option<char> {
    let ziffern: Vec<u32> = nummer.chars().filter_map(|c| c.to_digit(10)).collect();
    let summe: u32 = ziffern
        .iter()
        .rev()
        .enumerate()
        .map(|(i, z)| z * (i as u32 % 6 + 2))
        .sum();
    match 11 - (summe % 11) {
        11 => Some('0'),
        10 => Some('X'),
        n => char::from_digit(n, 10),
    }
}`)}`),

  rec('code_kotlin_tr', f`Ceza bildirim servisinde plaka eşleşmesi büyük/küçük harf yüzünden kaçıyor galiba:

${code(f`data class TrafikCezasi(val plaka: String, val tarih: LocalDate, val tutar: BigDecimal)

class CezaEslestirici(private val sozlesmeRepo: SozlesmeRepository) {
    // cezanın tarihinde aracı kim kiralamıştı?
    fun kiraciBul(ceza: TrafikCezasi): Sozlesme? =
        sozlesmeRepo.findByPlaka(ceza.plaka.replace(" ", ""))
            .firstOrNull { ceza.tarih in it.teslimTarihi..it.iadeTarihi }
}`)}`),

  rec('code_swift_ja', f`図書館アプリで貸出期限の通知が1日ずれます。タイムゾーンの問題でしょうか？

${code(f`// 返却期限の前日 9:00 に通知する
func scheduleDueReminder(for loan: Loan) {
    var comps = Calendar.current.dateComponents([.year, .month, .day], from: loan.dueDate)
    comps.day! -= 1
    comps.hour = 9
    let trigger = UNCalendarNotificationTrigger(dateMatching: comps, repeats: false)
    let content = UNMutableNotificationContent()
    content.title = "返却期限のお知らせ"
    content.body = "「\\(loan.title)」の返却期限は明日です。"
    UNUserNotificationCenter.current().add(UNNotificationRequest(identifier: loan.id, content: content, trigger: trigger))
}`)}`),

  rec('code_php_it', f`La regola di spedizione gratuita per il club vini non si applica quando il carrello ha anche gadget:

${code(f`<?php
// spedizione gratuita per i soci del club sopra le 6 bottiglie
add_filter('woocommerce_package_rates', function ($rates, $package) {
    $bottiglie = 0;
    foreach ($package['contents'] as $riga) {
        if (has_term('vino', 'product_cat', $riga['product_id'])) {
            $bottiglie += $riga['quantity'];
        }
    }
    if ($bottiglie >= 6 && wc_memberships_is_user_active_member(get_current_user_id(), 'club-cantina')) {
        foreach ($rates as $id => $rate) {
            $rates[$id]->cost = 0;
        }
    }
    return $rates;
}, 10, 2);`)}`),

  rec('code_r', f`Can you check my allele frequency calculation? The sum for D21S11 comes out slightly above 1.

${code(f`library(dplyr)

freqs <- profiles %>%
  tidyr::pivot_longer(cols = starts_with("D"), names_to = "locus", values_to = "allele") %>%
  filter(!is.na(allele)) %>%
  count(locus, allele) %>%
  group_by(locus) %>%
  mutate(freq = (n + 1) / (sum(n) + n_distinct(allele))) %>%   # Laplace smoothing
  ungroup()

freqs %>% group_by(locus) %>% summarise(total = sum(freq))`)}`),

  rec('code_ruby_nl', f`Waarom krijg ik "undefined method overdue?" in de job die herinneringen stuurt voor interbibliothecair leenverkeer?

${code(f`class IblHerinneringJob < ApplicationJob
  queue_as :default

  def perform
    IblAanvraag.where(status: :uitgeleend).find_each do |aanvraag|
      next unless aanvraag.overdue?
      IblMailer.herinnering(aanvraag).deliver_later
    end
  end
end

class IblAanvraag < ApplicationRecord
  enum status: { aangevraagd: 0, uitgeleend: 1, teruggestuurd: 2 }
  def te_laat? = vervaldatum < Date.current
end`)}`),

  rec('code_tsql_pl', f`Potrzebuję statystyki reklamacji konsumenckich per miesiąc, ale kwiecień się dubluje:

${code(f`SELECT FORMAT(r.data_wplywu, 'yyyy-MM') AS miesiac,
       COUNT(*) AS liczba_reklamacji,
       SUM(CASE WHEN r.wynik = 'UWZGLEDNIONA' THEN 1 ELSE 0 END) AS uwzglednione
FROM dbo.Reklamacje r
JOIN dbo.Wpisy w ON w.id_reklamacji = r.id
WHERE r.data_wplywu >= '2025-01-01'
GROUP BY FORMAT(r.data_wplywu, 'yyyy-MM')
ORDER BY miesiac;`)}`),

  rec('code_powershell', f`Script that exports the week's closed permits to a CSV for the OIM. It keeps prompting for credentials:

${code(f`$pw = ConvertTo-SecureString '${v('credential.password_assignment', 'Forties-PTW-2025!')}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('OFFSHORE\\svc_ptwexport', $pw)
$from = (Get-Date).AddDays(-7)
Invoke-Sqlcmd -ServerInstance 'ptw-sql01' -Database 'PermitToWork' -Credential $cred -Query @"
SELECT PermitNo, WorkType, Area, ClosedAt FROM Permits WHERE Status = 'CLOSED' AND ClosedAt >= '$($from.ToString('yyyy-MM-dd'))'
"@ | Export-Csv -Path "\\\\fileserver\\oim\\closed_permits.csv" -NoTypeInformation -Encoding UTF8`)}`),

  rec('code_perl_fr', f`Ce script doit extraire les ISBN des notices MARC pour le prêt entre bibliothèques, mais il rate ceux avec tiret :

${code(f`use strict;
use warnings;
use MARC::Batch;

my $batch = MARC::Batch->new('USMARC', 'notices_peb.mrc');
while (my $notice = $batch->next) {
    for my $champ ($notice->field('020')) {
        my $isbn = $champ->subfield('a') // next;
        # garder uniquement les chiffres et le X final
        ($isbn) = $isbn =~ /^(\\d{9}[\\dX]|\\d{13})/;
        print "$isbn\\n" if $isbn;
    }
}`)}`),

  rec('code_js_test', f`Γιατί αποτυγχάνει αυτό το test για την ειδοποίηση ζημιάς;

${code(f`describe('ειδοποίηση ζημιάς', () => {
  const πελάτης = {
    όνομα: 'Μαρία Γεωργίου',
    email: '${v('pii.email', 'maria.georgiou@example-mail.gr')}',
    κινητό: '${phone('+30 697 418 2739')}',
  };

  it('στέλνει email με το ποσό', async () => {
    const res = await notifyDamage(πελάτης, { ποσό: 320, περιγραφή: 'γρατζουνιά καπό' });
    expect(res.to).toBe('${v('pii.email', 'maria.georgiou@example-mail.gr')}');
    expect(res.body).toContain('320,00 €');
  });
});`)}

Το αποτέλεσμα έχει "320.00 €".`),

  rec('code_c', f`Reading the H2S detector over Modbus on the platform's PLC gateway, values look like garbage sometimes:

${code(f`#include <modbus.h>
#include <stdio.h>

int read_h2s_ppm(modbus_t *ctx, int slave, float *ppm) {
    uint16_t regs[2];
    modbus_set_slave(ctx, slave);
    if (modbus_read_input_registers(ctx, 30001 - 30001, 2, regs) != 2) {
        fprintf(stderr, "read failed: %s\\n", modbus_strerror(errno));
        return -1;
    }
    *ppm = modbus_get_float_abcd(regs);
    return 0;
}`)}

Byte order? The vendor manual says "CDAB".`),

  rec('code_python_ko', f`COUNTER 5 보고서에서 저널별 이용량 합계를 내려는데 월별 열이 문자열로 읽혀요:

${code(f`import pandas as pd

# TR_J1 보고서: 헤더 13줄 건너뛰기
df = pd.read_csv("TR_J1_2024.tsv", sep="\\t", skiprows=13)
월별 = [c for c in df.columns if c[:3] in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")]
df["합계"] = df[월별].sum(axis=1)
print(df.sort_values("합계", ascending=False)[["Title", "합계"]].head(20))`)}`),

  rec('code_vba_da', f`Makroen i arbejdstilladelses-registeret farver ikke udløbne tilladelser røde:

${code(f`Sub MarkerUdloebne()
    Dim ws As Worksheet, r As Long
    Set ws = ThisWorkbook.Sheets("Tilladelser")
    For r = 2 To ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
        ' kolonne F = gyldig til
        If ws.Cells(r, "F").Value < Date Then
            ws.Range("A" & r & ":H" & r).Interior.Color = RGB(255, 199, 206)
        End If
    Next r
End Sub`)}`),

  rec('code_bash_hu', f`A szőlőbirtok talajnedvesség-szenzorainak adatait mentő script nem fut le a cronból:

${code(f`#!/bin/bash
# szenzoradatok mentése a NAS-ra minden éjjel
FORRAS=/var/lib/szenzor/adatok
CEL=/mnt/nas/szenzor/$(date +%Y)/$(date +%m)
mkdir -p "$CEL"
rsync -a --remove-source-files "$FORRAS"/*.csv "$CEL"/ && echo "$(date) OK" >> /var/log/szenzor_mentes.log`)}

Kézzel elindítva működik.`),

  rec('code_python_cs', f`Flask endpoint pro příjem sporů od spotřebitelů — po nasazení vrací 500:

${code(f`from flask import Flask, request, jsonify
import jwt

app = Flask(__name__)
app.config["SECRET_KEY"] = "${v('credential.generic_secret_assignment', tok('spory-', fill('b148-flask', B62, 32)))}"

@app.post("/api/spory")
def novy_spor():
    data = request.get_json()
    if not data or "rodne_cislo" in data:
        return jsonify(chyba="Rodné číslo neposílejte."), 400
    spor_id = ulozit_spor(data)
    token = jwt.encode({"spor": spor_id}, app.config["SECRET_KEY"], algorithm="HS256")
    return jsonify(id=spor_id, token=token), 201`)}`),

  rec('code_dart_id', f`Di aplikasi sewa mobil, foto kerusakan tidak muncul setelah diunggah. Kodenya:

${code(f`Future<void> unggahFotoKerusakan(String idKontrak, File foto) async {
  final ref = FirebaseStorage.instance.ref('kerusakan/$idKontrak/\${DateTime.now().millisecondsSinceEpoch}.jpg');
  await ref.putFile(foto);
  final url = await ref.getDownloadURL();
  setState(() {
    daftarFoto.add(url);
  });
}`)}

Apa harus pakai StreamBuilder?`),
];
