/**
 * Held-out batch 159: pasted source code (many languages, comments in many human languages) from
 * the six settings; a few blocks carry credentials or personal data. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, fill, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH159_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_de', f`Kannst du den Code so umbauen, dass auch Halbtax-Abos erkannt werden?

\`\`\`python
${code(f`from datetime import date

def billett_gueltig(billett, heute: date | None = None) -> bool:
    """Prüft, ob ein Billett am Drehkreuz der Talstation gültig ist."""
    heute = heute or date.today()
    if billett.typ == "saisonabo":
        return billett.gueltig_von <= heute <= billett.gueltig_bis
    if billett.typ == "tageskarte":
        return billett.datum == heute and billett.fahrten_uebrig > 0
    return False`)}
\`\`\``),

  rec('code_sql_es', f`Esta consulta para sacar donantes elegibles tarda 40 segundos, ¿cómo la optimizo?

${code(f`SELECT d.id_donante, d.nombre, d.apellidos, MAX(v.fecha) AS ultima_visita
FROM donantes d
JOIN visitas v ON v.id_donante = d.id_donante
WHERE d.activo = 1
  AND d.id_donante NOT IN (SELECT id_donante FROM diferimientos WHERE hasta >= CURRENT_DATE)
GROUP BY d.id_donante, d.nombre, d.apellidos
HAVING MAX(v.fecha) <= CURRENT_DATE - INTERVAL '2 days'
ORDER BY ultima_visita;`)}`),

  rec('code_java_pt_br', f`Tá dando diferença de centavos no cálculo da parcela do financiamento estudantil, o que tá errado?

${code(f`public BigDecimal parcela(BigDecimal saldo, BigDecimal taxaMensal, int meses) {
    // Tabela Price
    BigDecimal um = BigDecimal.ONE;
    BigDecimal fator = um.add(taxaMensal).pow(meses);
    BigDecimal numerador = saldo.multiply(taxaMensal).multiply(fator);
    BigDecimal denominador = fator.subtract(um);
    return numerador.divide(denominador, 2, RoundingMode.HALF_UP);
}`)}`),

  rec('code_go', f`Review this weight-and-balance check for the ULD build-up station:

${code(f`func CheckULD(u ULD, limits map[string]float64) error {
	max, ok := limits[u.Contour]
	if !ok {
		return fmt.Errorf("unknown contour %q for %s", u.Contour, u.ID)
	}
	gross := u.TareKg
	for _, p := range u.Pieces {
		gross += p.WeightKg
	}
	if gross > max {
		return fmt.Errorf("%s over max gross: %.1f > %.1f kg", u.ID, gross, max)
	}
	return nil
}`)}`),

  rec('code_rust_ja', f`荷重モーメントの計算で、作業半径が定格表の間にあるときの補間が合っているか見てください。

${code(f`/// 定格総荷重表を線形補間する（半径 m → 荷重 t）
pub fn rated_load(table: &[(f64, f64)], radius: f64) -> Option<f64> {
    table.windows(2).find_map(|w| {
        let ((r0, l0), (r1, l1)) = (w[0], w[1]);
        if radius >= r0 && radius <= r1 {
            Some(l0 + (l1 - l0) * (radius - r0) / (r1 - r0))
        } else {
            None
        }
    })
}`)}`),

  rec('code_cs_fr', f`Le renouvellement automatique des adhésions se déclenche deux fois certains jours. Une idée ?

${code(f`public async Task RenouvelerAdhesionsAsync(DateOnly jour)
{
    var aRenouveler = await _db.Adhesions
        .Where(a => a.Echeance == jour && a.RenouvellementAuto)
        .ToListAsync();

    foreach (var a in aRenouveler)
    {
        await _paiement.DebiterAsync(a.MembreId, a.Tarif);
        a.Echeance = a.Echeance.AddYears(1);
    }
    await _db.SaveChangesAsync();
}`)}`),

  rec('code_kotlin_ru', f`Нужно, чтобы функция возвращала список крановщиков, у которых допуск истекает в ближайшие 30 дней. Проверь, пожалуйста:

${code(f`fun expiringSoon(operators: List<Operator>, today: LocalDate = LocalDate.now()): List<Operator> =
    operators
        .filter { it.certificateExpiry != null }
        // допуск истекает в течение 30 дней
        .filter { ChronoUnit.DAYS.between(today, it.certificateExpiry) in 0..30 }
        .sortedBy { it.certificateExpiry }`)}`),

  rec('code_swift_ko', f`앱에서 입장권 QR 코드가 흐릿하게 나와요. 뭐가 문제일까요?

${code(f`func makeQRCode(from ticketID: String) -> UIImage? {
    let data = Data(ticketID.utf8)
    let filter = CIFilter.qrCodeGenerator()
    filter.message = data
    guard let output = filter.outputImage else { return nil }
    // 확대하지 않아서 흐릿함?
    return UIImage(ciImage: output)
}`)}`),

  rec('code_ts_zh', f`地勤排班的这段代码在跨午夜的班次上算错工时，帮我改一下：

${code(f`export function shiftHours(start: string, end: string): number {
  const [sh, sm] = start.split(":").map(Number);
  const [eh, em] = end.split(":").map(Number);
  // 夜班 22:00 - 06:00 会得到负数
  return (eh * 60 + em - (sh * 60 + sm)) / 60;
}`)}`),

  rec('code_php_it', f`Il form di prenotazione per "Una notte allo zoo" salva due volte la stessa iscrizione. Ecco il codice:

${code(f`<?php
$pdo = new PDO('mysql:host=localhost;dbname=zoo_eventi;charset=utf8mb4', 'eventi_web', '${v('credential.password_assignment', 'Giraffa!Notte2024')}');

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $stmt = $pdo->prepare('INSERT INTO iscrizioni (evento_id, nome, email, posti) VALUES (?, ?, ?, ?)');
    $stmt->execute([$_POST['evento'], $_POST['nome'], $_POST['email'], (int) $_POST['posti']]);
    header('Location: /grazie');
}`)}`),

  rec('code_ruby_nl', f`Deze job stuurt herinneringen naar plasmadonoren, maar ook naar mensen die zich hebben afgemeld. Wat mis ik?

${code(f`class DonorReminderJob < ApplicationJob
  queue_as :default

  def perform
    Donor.where(next_eligible_on: Date.tomorrow).find_each do |donor|
      # alleen donoren met toestemming voor sms
      DonorMailer.reminder(donor).deliver_later
      SmsClient.send(donor.mobile, I18n.t("reminders.tomorrow", locale: donor.locale))
    end
  end
end`)}`),

  rec('code_bash_pl', f`Skrypt do archiwizacji logów z konserwacji kolejki nie kasuje starych plików. Dlaczego?

${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/var/log/kolejka/konserwacja
DEST=backup@${amb('pii.ip_address', '10.12.8.40')}:/srv/archiwum/kolejka
DATA=$(date +%Y-%m-%d)

tar czf "/tmp/konserwacja-$DATA.tgz" -C "$SRC" .
rsync -a "/tmp/konserwacja-$DATA.tgz" "$DEST/"
find "$SRC" -name '*.log' -mtime +30 -exec rm {} \\;`)}`),

  rec('code_c_de_ch', f`Für die Türsteuerung der Standseilbahn: Isch die Logik so sicher? Die Türen dürfen nur bei Stillstand öffnen.

${code(f`#define V_STILLSTAND_MMS 20

bool tuer_freigabe(const wagen_status_t *s)
{
    /* Türen nur bei Stillstand in Station freigeben */
    if (s->geschwindigkeit_mms > V_STILLSTAND_MMS)
        return false;
    if (!s->in_station || s->notbremse_aktiv)
        return false;
    return s->bremse_geschlossen;
}`)}`),

  rec('code_cpp_cs', f`Potřebuji zkontrolovat funkci pro výpočet využití jeřábu v procentech – občas vrací přes 100 %.

${code(f`double vyuziti(const std::vector<Zaznam>& zaznamy, double hodinSmena) {
    double provoz = 0.0;
    for (const auto& z : zaznamy) {
        provoz += std::chrono::duration<double, std::ratio<3600>>(z.konec - z.zacatek).count();
    }
    return provoz / hodinSmena * 100.0;
}`)}`),

  rec('code_r_sv', f`Jag vill göra ett diagram över antal plasmadonationer per vecka per center. Varför blir veckorna fel runt nyår?

${code(f`library(dplyr)
library(ggplot2)

donationer %>%
  mutate(vecka = format(datum, "%Y-%W")) %>%
  count(center, vecka) %>%
  ggplot(aes(vecka, n, colour = center, group = center)) +
  geom_line()`)}`),

  rec('code_plpgsql_hu', f`Ez a függvény számolja a kamatot a halasztott hónapokra, de a türelmi időre is számol. Hol a hiba?

${code(f`CREATE OR REPLACE FUNCTION halasztott_kamat(p_hitel_id int, p_honapok int)
RETURNS numeric AS $$
DECLARE
  v_toke numeric;
  v_kamatlab numeric;
BEGIN
  SELECT toke, kamatlab INTO v_toke, v_kamatlab FROM hitelek WHERE id = p_hitel_id;
  -- türelmi idő alatt nincs kamat
  RETURN round(v_toke * v_kamatlab / 12 * p_honapok, 2);
END;
$$ LANGUAGE plpgsql;`)}`),

  rec('code_dart_tr', f`Hayvanat bahçesi uygulamasında etkinlik listesi boş geliyor ama API veri dönüyor:

${code(f`Future<List<Etkinlik>> etkinlikleriGetir() async {
  final yanit = await http.get(Uri.parse('https://api.izmirzoo.example/etkinlikler'));
  if (yanit.statusCode != 200) return [];
  final liste = jsonDecode(yanit.body)['veri'] as List;
  return liste.map((e) => Etkinlik.fromJson(e)).toList();
}`)}`),

  rec('code_powershell_en', f`This is meant to disable AD accounts of crane operators whose certification lapsed. It disables everyone in the OU instead, why?

${code(f`$lapsed = Import-Csv .\\lapsed.csv
Get-ADUser -Filter * -SearchBase "OU=Operators,DC=hoistline,DC=local" | ForEach-Object {
    if ($lapsed.EmployeeId -contains $_.EmployeeID) { }
    Disable-ADAccount -Identity $_
}`)}`),

  rec('diff_en', f`Reviewer flagged this test change, is it a problem?

${code(f`--- a/tests/test_forbearance.py
+++ b/tests/test_forbearance.py
@@ -12,7 +12,12 @@ def test_forbearance_request_is_queued(client):
-    borrower = make_borrower()
+    borrower = make_borrower(
+        name="Derrick Olsen",
+        ssn="${v('pii.us_ssn', '347-21-8806')}",
+        email="${v('pii.email', 'derrick.olsen@protonmail.com')}",
+        phone="${phone('(720) 418-6614', 'US')}",
+    )
     resp = client.post("/hardship", json={"borrower_id": borrower.id, "months": 3})
     assert resp.status_code == 202`)}

I copied a real borrower from the support queue because the factory kept failing.`),

  rec('code_vba_es', f`La macro que genera el calendario de pagos tras la reestructuración deja la última cuota con un saldo negativo:

${code(f`Sub GenerarCalendario()
    Dim saldo As Double, cuota As Double, i As Integer
    saldo = Range("B2").Value
    cuota = Range("B4").Value
    For i = 1 To Range("B3").Value
        Cells(6 + i, 1).Value = i
        Cells(6 + i, 2).Value = cuota
        saldo = saldo * (1 + Range("B5").Value / 12) - cuota
        Cells(6 + i, 3).Value = saldo
    Next i
End Sub`)}`),

  rec('code_scala_he', f`הפונקציה הזו אמורה לקבץ משלוחים לפי טיסה לפני ההעמסה, אבל ה-map יוצא לא ממוין. איך אני שומר על הסדר?

${code(f`def groupByFlight(shipments: Seq[Shipment]): Map[String, Seq[Shipment]] =
  shipments
    .filter(_.status == Status.ReadyForCarriage)
    .groupBy(_.flightNo)
    .view.mapValues(_.sortBy(_.priority))
    .toMap`)}`),

  rec('code_python_en_secret', f`Our SMS sender for zoo event reminders works locally but not on the server. Any idea?

${code(f`import requests

API_URL = "https://rest.messagebird.com/messages"
API_TOKEN = "${v('credential.generic_secret_assignment', tok('live_', fill('b159-mbird', B62, 25)))}"

def send_reminder(number: str, event: str) -> None:
    requests.post(
        API_URL,
        headers={"Authorization": f"AccessKey {API_TOKEN}"},
        data={"originator": "CityZoo", "recipients": number, "body": f"Reminder: {event} starts at 6pm. See you!"},
        timeout=10,
    )`)}`),
];
