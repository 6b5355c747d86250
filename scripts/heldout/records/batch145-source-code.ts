/**
 * Held-out batch 145: pasted source code — cold-chain excursion checks, greenhouse controllers,
 * lesson-booking back ends, referee assignment tools, subscriber billing jobs and station
 * inventory scripts, with comments in many languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH145_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Die Funktion soll Temperaturabweichungen über 30 Minuten erkennen, meldet aber jede einzelne Messung. Was ist falsch?

\`\`\`python
${code(f`from datetime import timedelta

def find_excursions(readings, low=2.0, high=8.0, min_duration=timedelta(minutes=30)):
    """readings: Liste von (timestamp, temp_c), sortiert."""
    excursions = []
    start = None
    for ts, temp in readings:
        out = temp < low or temp > high
        if out and start is None:
            start = ts
        elif not out and start is not None:
            excursions.append((start, ts))
            start = None
    return excursions`)}
\`\`\``),

  rec('code_ts', f`Sou dev da autoescola. Esse hook de agendamento deixa marcar duas aulas no mesmo horário pro mesmo instrutor. Como corrijo?

\`\`\`ts
${code(f`export async function bookLesson(db: Db, req: BookingRequest): Promise<Booking> {
  const clash = await db.bookings.findFirst({
    where: { instructorId: req.instructorId, start: req.start },
  });
  if (clash) throw new ConflictError('horário ocupado');
  return db.bookings.create({
    data: { ...req, end: addMinutes(req.start, req.durationMin), status: 'CONFIRMADA' },
  });
}`)}
\`\`\``),

  rec('code_java', f`Questo metodo calcola il compenso degli arbitri per trasferta; per le partite oltre 300 km il rimborso risulta doppio. Dov'è il bug?

${code(f`public BigDecimal rimborso(Designazione d) {
    BigDecimal base = tariffe.get(d.getCategoria());
    BigDecimal km = BigDecimal.valueOf(d.getKmAndataRitorno());
    BigDecimal rimborsoKm = km.multiply(EURO_PER_KM);
    if (d.getKmAndataRitorno() > 300) {
        rimborsoKm = rimborsoKm.add(km.multiply(EURO_PER_KM));
        base = base.add(DIARIA_PERNOTTAMENTO);
    }
    return base.add(rimborsoKm).setScale(2, RoundingMode.HALF_UP);
}`)}`),

  rec('code_go', f`This Go handler for the station's fuel-drum inventory returns 500 when the depot name has a space. Any idea?

\`\`\`go
${code(f`func drumsHandler(w http.ResponseWriter, r *http.Request) {
	depot := r.URL.Query().Get("depot")
	rows, err := db.Query("SELECT drum_id, fuel, litres FROM drums WHERE depot = '" + depot + "'")
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	defer rows.Close()
	var out []Drum
	for rows.Next() {
		var d Drum
		rows.Scan(&d.ID, &d.Fuel, &d.Litres)
		out = append(out, d)
	}
	json.NewEncoder(w).Encode(out)
}`)}
\`\`\``),

  rec('code_rust', f`温室の養液制御です。ECが目標値を超えたときに希釈ポンプを回すロジックですが、ポンプが止まりません。

\`\`\`rust
${code(f`fn control_step(ec_ms: f32, target: f32, pump: &mut Pump) {
    let hysteresis = 0.2;
    if ec_ms > target + hysteresis {
        pump.on();
    } else if ec_ms < target - hysteresis {
        pump.on(); // 希釈停止のつもり
    }
}`)}
\`\`\``),

  rec('code_sql', f`Помоги оптимизировать запрос: отчёт по подписчикам, у которых истекает подписка в следующем месяце, выполняется 40 секунд.

${code(f`SELECT s.subscriber_id, s.full_name, s.email, p.plan_name, s.expires_at
FROM subscribers s
JOIN plans p ON p.id = s.plan_id
WHERE date_trunc('month', s.expires_at) = date_trunc('month', now() + interval '1 month')
  AND s.status = 'active'
ORDER BY s.expires_at;`)}`),

  rec('code_bash', f`Script for the medical office that copies the daily drug-fridge log to the NAS. It runs but the NAS folder stays empty — what's wrong?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/var/log/fridge-monitor
DST=/mnt/nas/medical/fridge-logs
TODAY=$(date +%F)
if [ -f "$SRC/fridge-$TODAY.csv" ]; then
  cp "$SRC/fridge-$TODAY.csv" "$DST/"
fi
find "$DST" -name '*.csv' -mtime +365 -delete`)}
\`\`\``),

  rec('code_php', f`Bonjour, ce code de notre site de petites annonces envoie l'annonce deux fois quand l'utilisateur double-clique. Comment éviter ça ?

${code(f`<?php
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $stmt = $pdo->prepare('INSERT INTO annonces (titre, texte, categorie, prix) VALUES (?, ?, ?, ?)');
    $stmt->execute([$_POST['titre'], $_POST['texte'], $_POST['categorie'], $_POST['prix']]);
    header('Location: /merci.php');
}
?>`)}`),

  rec('code_kotlin', f`Ο κώδικας της εφαρμογής για τους διαιτητές δείχνει λάθος ώρα αγώνα όταν αλλάζει η θερινή ώρα. Τι κάνω λάθος;

\`\`\`kotlin
${code(f`fun kickoffLocal(kickoffUtc: String): String {
    val instant = Instant.parse(kickoffUtc)
    val offset = ZoneOffset.ofHours(2)
    val local = LocalDateTime.ofInstant(instant, offset)
    return local.format(DateTimeFormatter.ofPattern("dd/MM HH:mm"))
}`)}
\`\`\``),

  rec('code_swift', f`저희 운전학원 앱에서 예약 취소 버튼을 누르면 가끔 앱이 멈춥니다. 이유가 뭘까요?

\`\`\`swift
${code(f`func cancelBooking(_ id: String) {
    let sem = DispatchSemaphore(value: 0)
    api.cancel(bookingId: id) { result in
        DispatchQueue.main.async {
            self.reload()
            sem.signal()
        }
    }
    sem.wait()
}`)}
\`\`\``),

  rec('code_csharp', f`Hej, vår C#-tjänst som läser temperaturloggrar via Modbus tappar anslutningen efter ett par timmar. Ser du något?

\`\`\`csharp
${code(f`public async Task<double> ReadTempAsync(string host)
{
    var client = new TcpClient();
    await client.ConnectAsync(host, 502);
    var master = factory.CreateMaster(client);
    ushort[] regs = await master.ReadHoldingRegistersAsync(1, 100, 2);
    return regs[0] / 10.0;
}`)}
\`\`\``),

  rec('code_ruby', f`Our billing job for print subscriptions charges people twice at month end. Ruby on Rails:

${code(f`class MonthlyRenewalJob < ApplicationJob
  def perform
    Subscription.where(status: 'active').where('renews_on <= ?', Date.today).find_each do |sub|
      charge = Billing.charge!(sub.customer, sub.plan.price_cents)
      sub.update!(renews_on: sub.renews_on + 1.month) if charge.succeeded?
    end
  end
end`)}

It's scheduled hourly on the 1st. Is that the problem?`),

  rec('code_powershell', f`Hallo, dit PowerShell-script moet de leerlingenlijst van de rijschool exporteren, maar de speciale tekens (é, ë) worden vraagtekens:

${code(f`$leerlingen = Invoke-Sqlcmd -ServerInstance "RIJSCHOOL-SQL" -Database "Planning" -Query "SELECT naam, lesuren, examendatum FROM leerlingen"
$leerlingen | Export-Csv -Path "C:\\Export\\leerlingen.csv" -NoTypeInformation
Write-Host "Klaar: $($leerlingen.Count) rijen"`)}`),

  rec('code_vba', f`Mi macro de Excel para el parte de temperaturas de las cámaras frías se cuelga con más de 5.000 filas. ¿Cómo la acelero?

${code(f`Sub MarcarExcursiones()
    Dim i As Long
    For i = 2 To Cells(Rows.Count, 1).End(xlUp).Row
        If Cells(i, 3).Value < 2 Or Cells(i, 3).Value > 8 Then
            Rows(i).Interior.Color = RGB(255, 199, 206)
        End If
    Next i
End Sub`)}`),

  rec('code_gas', f`Google Apps Script pro newsletter předplatitelům — posílá e-maily i lidem, kteří se odhlásili:

\`\`\`js
${code(f`function posliNewsletter() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Predplatitele');
  const data = sheet.getDataRange().getValues();
  for (let i = 1; i < data.length; i++) {
    const [jmeno, email, odhlasen] = data[i];
    if (odhlasen === 'ANO') continue;
    MailApp.sendEmail(email, 'Týdeník – nové vydání', 'Dobrý den, ' + jmeno + ' …');
  }
}`)}
\`\`\`
Ve sloupci je "ano" malými písmeny.`),

  rec('code_c', f`Arduino-koodi kasvihuoneen kosteusanturille. Lukema hyppii 0 ja 1023 välillä — onko vika koodissa vai johdotuksessa?

\`\`\`c
${code(f`#define SENSOR_PIN A0
#define PUMP_PIN 7

void setup() {
  pinMode(PUMP_PIN, OUTPUT);
  Serial.begin(9600);
}

void loop() {
  int moisture = analogRead(SENSOR_PIN);
  Serial.println(moisture);
  digitalWrite(PUMP_PIN, moisture < 400 ? HIGH : LOW);
  delay(1000);
}`)}
\`\`\``),

  rec('code_python_secret', f`Ce script sincronizează comenzile de export cu portalul vamal; după refactorizare primim 401. Poți să-l revizuiești?

\`\`\`python
${code(f`import requests

PORTAL = "https://portal-vamal.example-customs.ro/api"
API_SECRET = "${v('credential.generic_secret_assignment', fill('b145-vamal', B62, 40))}"

def trimite_comanda(cmd):
    r = requests.post(f"{PORTAL}/declaratii", json=cmd,
                      headers={"X-Api-Secret": API_SECRET}, timeout=20)
    r.raise_for_status()
    return r.json()["numar_declaratie"]`)}
\`\`\``),

  rec('code_go_secret', f`Referee app backend (Go). Is it OK to keep the signing key in code like this for now?

${code(f`package auth

var jwtSigningKey = []byte("${v('credential.generic_secret_assignment', fill('b145-refsign', B62, 48))}")

func Sign(claims jwt.MapClaims) (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return t.SignedString(jwtSigningKey)
}`)}`),

  rec('code_python_pii', f`Unit test for our SMS reminder formatter (driving lessons) fails on the Swiss number. Why?

\`\`\`python
${code(f`def test_format_ch_number():
    assert format_msisdn("${phone('079 418 27 63', 'CH')}", "CH") == "${amb('pii.phone', '+41794182763')}"

def test_format_de_number():
    assert format_msisdn("${phone('0171 4829375', 'DE')}", "DE") == "${amb('pii.phone', '+491714829375')}"`)}
\`\`\``),

  rec('code_ts_token', f`Next.js route that fetches classified ads from our internal API. Reviewer said not to hard-code the token:

\`\`\`ts
${code(f`const API_TOKEN = '${v('credential.generic_secret_assignment', tok('cls_', fill('b145-clsapi', HEX, 40)))}';

export async function GET() {
  const res = await fetch('https://ads-internal.courier.local/v1/ads?status=live', {
    headers: { 'X-Api-Token': API_TOKEN },
  });
  return Response.json(await res.json());
}`)}
\`\`\``),

  rec('dockerfile', f`Dockerfile do serviço de etiquetas de exportação. Porque é que a imagem tem 1,2 GB?

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["gunicorn", "etiquetas.wsgi:application", "-b", "${amb('pii.ip_address', '0.0.0.0')}:8000"]`)}`),
];
