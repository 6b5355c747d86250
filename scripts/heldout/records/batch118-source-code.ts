/**
 * Held-out batch 118: pasted source code from the six organisations (dose calculation, ticket
 * scanning, technician routing, export paperwork, door controllers, visa queues), fenced or not,
 * sometimes with a secret or personal data inside. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const SMTP_PW = 'Imker!Versand2024';
const MQTT_PW = 'dveri-mqtt-77Kx';
const DD_KEY = fill('b118c-ddapi', HEX, 32);
const SENDGRID = tok('SG.', fill('b118c-sg1', B62, 22), '.', fill('b118c-sg2', B62, 43));

export const BATCH118_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Our monthly dose report rounds differently from the regulator's portal. Which rounding is right?

\`\`\`python
${code(f`from decimal import Decimal, ROUND_HALF_UP

RECORDING_LEVEL_MSV = Decimal("0.10")

def monthly_hp10(readings: list[Decimal]) -> Decimal:
    """Sum TLD readings; values below the recording level count as zero."""
    total = sum((r for r in readings if r >= RECORDING_LEVEL_MSV), Decimal("0"))
    return total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

def annual_projection(months: dict[int, Decimal]) -> Decimal:
    return (sum(months.values()) / len(months) * 12).quantize(Decimal("0.1"))`)}
\`\`\``),

  rec('code_ts', f`Wir scannen Tickets am Drehkreuz offline. Kann dieser Code doppelte Einlässe durchlassen, wenn zwei Geräte gleichzeitig scannen?

${code(f`export async function validateTicket(db: IDBDatabase, barcode: string, gate: string): Promise<'ok' | 'used' | 'invalid'> {
  const tx = db.transaction(['tickets', 'entries'], 'readwrite');
  const ticket = await promisify(tx.objectStore('tickets').get(barcode));
  if (!ticket) return 'invalid';
  const prior = await promisify(tx.objectStore('entries').index('barcode').get(barcode));
  if (prior) return 'used';
  tx.objectStore('entries').add({ barcode, gate, at: Date.now() });
  return 'ok';
}`)}`),

  rec('code_go', f`Este servicio asigna técnicos de control de plagas por cercanía. ¿Cómo lo hago más rápido con 300 técnicos?

\`\`\`go
${code(f`func nearestTech(job Job, techs []Tech) (Tech, float64) {
	best, bestDist := Tech{}, math.MaxFloat64
	for _, t := range techs {
		if !t.Certified(job.Pest) || t.Busy(job.Window) {
			continue
		}
		d := haversine(job.Lat, job.Lon, t.Lat, t.Lon)
		if d < bestDist {
			best, bestDist = t, d
		}
	}
	return best, bestDist
}`)}
\`\`\``),

  rec('code_java', f`Le code ci-dessous génère le certificat d'origine pour le miel exporté. Pourquoi la date s'affiche en anglais ?

${code(f`public String renderCertificate(Shipment s) {
    DateTimeFormatter fmt = DateTimeFormatter.ofPattern("d MMMM yyyy");
    StringBuilder sb = new StringBuilder();
    sb.append("Certificat d'origine n° ").append(s.getCertNo()).append('\\n');
    sb.append("Lot : ").append(s.getBatch()).append(" — ").append(s.getNetKg()).append(" kg\\n");
    sb.append("Date d'expédition : ").append(s.getShipDate().format(fmt));
    return sb.toString();
}`)}`),

  rec('code_cpp', f`Arduino-Code für den Türöffner-Testaufbau. Das Relais klackert beim Start kurz – normal?

${code(f`#include <Wiegand.h>
const int RELAY_PIN = 7;
WIEGAND wg;

void setup() {
  pinMode(RELAY_PIN, OUTPUT);
  digitalWrite(RELAY_PIN, LOW);
  wg.begin(2, 3);
}

void loop() {
  if (wg.available() && isAuthorized(wg.getCode())) {
    digitalWrite(RELAY_PIN, HIGH);
    delay(3000);
    digitalWrite(RELAY_PIN, LOW);
  }
}`)}`),

  rec('code_sql', f`Запрос для очереди на подачу документов в консульство тормозит, когда записей больше миллиона. Что добавить?

${code(f`SELECT a.id, a.slot_date, a.slot_time, a.visa_type
FROM appointments a
LEFT JOIN applicants p ON p.id = a.applicant_id
WHERE a.slot_date BETWEEN CURRENT_DATE AND CURRENT_DATE + INTERVAL '14 days'
  AND a.status = 'free'
  AND a.visa_type IN ('C', 'D')
ORDER BY a.slot_date, a.slot_time
LIMIT 50;`)}`),

  rec('code_csharp', f`Kan iemand kijken waarom deze methode de dosislimiet voor stagiairs niet toepast?

${code(f`public decimal LimitFor(Worker w)
{
    if (w.IsPregnantDeclared) return 1.0m;
    if (w.Category == Category.A) return 20.0m;
    if (w.Age < 18 && w.IsApprentice) return 6.0m;
    return 1.0m;
}`)}`),

  rec('code_rust', f`${code(f`fn parse_reading(line: &str) -> Result<(String, f64), ParseError> {
    let mut parts = line.split(';');
    let id = parts.next().ok_or(ParseError::Missing("id"))?.trim().to_string();
    let dose = parts
        .next()
        .ok_or(ParseError::Missing("dose"))?
        .replace(',', ".")
        .parse::<f64>()?;
    Ok((id, dose))
}`)}

dosimeter reader exports "TLD-5521;0,42" — this parser fails on some lines with trailing spaces, why?`),

  rec('code_php', f`Salut, scriptul ăsta trimite confirmarea comenzii de miere pe mail, dar ajunge în spam. Ce pot schimba?

${code(f`<?php
$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = 'smtp.mierea-carpatilor.ro';
$mail->SMTPAuth = true;
$mail->Username = '${v('pii.email', 'comenzi@mierea-carpatilor.ro')}';
$mail->Password = '${v('credential.password_assignment', SMTP_PW)}';
$mail->setFrom('${v('pii.email', 'comenzi@mierea-carpatilor.ro')}', 'Mierea Carpaților');
$mail->addAddress($client['email']);
$mail->Subject = 'Confirmare comandă #' . $order['id'];
$mail->send();`)}`),

  rec('code_kotlin', f`스타디움 보안요원 앱에서 사진 업로드가 가끔 두 번 됩니다. 원인이 뭘까요?

${code(f`fun uploadIncidentPhoto(uri: Uri) {
    viewModelScope.launch {
        _state.value = UiState.Uploading
        val result = repository.upload(uri)
        _state.value = if (result.isSuccess) UiState.Done else UiState.Error
    }
}

binding.sendButton.setOnClickListener { uploadIncidentPhoto(selectedUri) }`)}`),

  rec('code_swift', f`${code(f`func scheduleReminder(for visit: PestVisit) {
    let content = UNMutableNotificationContent()
    content.title = "Besuch morgen"
    content.body = "\\(visit.technician) kommt zwischen \\(visit.windowStart) und \\(visit.windowEnd)."
    let trigger = UNCalendarNotificationTrigger(dateMatching: visit.reminderComponents, repeats: false)
    UNUserNotificationCenter.current().add(UNNotificationRequest(identifier: visit.id, content: content, trigger: trigger))
}`)}

Die Erinnerung kommt bei manchen Kunden gar nicht. Fehlt eine Berechtigung?`),

  rec('code_bash', f`Skripti arkistoi annosmittaritiedostot joka yö. Toimiiko tämä oikein, jos levy on täynnä?

${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/data/dosimetria/incoming
DST=/archive/dosimetria/$(date +%Y/%m)
mkdir -p "$DST"
find "$SRC" -name '*.csv' -mtime +1 -print0 | while IFS= read -r -d '' f; do
  gzip -c "$f" > "$DST/$(basename "$f").gz" && rm -- "$f"
done`)}`),

  rec('code_python', f`Nasz skrypt wysyła odczyty z kontrolerów drzwi przez MQTT. Czasem gubi wiadomości przy słabym Wi-Fi:

\`\`\`python
${code(f`import paho.mqtt.client as mqtt

client = mqtt.Client(client_id="drzwi-gw-03")
client.username_pw_set("gw03", "${v('credential.password_assignment', MQTT_PW)}")
client.connect("${amb('pii.ip_address', '192.168.50.10')}", 1883, keepalive=30)

def on_event(ev):
    client.publish(f"zamki/{ev.door}/events", ev.to_json(), qos=0)`)}
\`\`\``),

  rec('code_ruby', f`${code(f`class HoneyLot < ApplicationRecord
  validates :lot_code, format: { with: /\\A[A-Z]{2}-\\d{2}-\\d{3}\\z/ }
  validates :moisture_pct, numericality: { less_than_or_equal_to: 18.0 }

  def exportable_to_eu?
    moisture_pct <= 18.0 && hmf_mg_kg <= 40 && residues_cleared?
  end
end`)}

¿Falta alguna validación para exportar miel a la UE?`),

  rec('code_js', f`${code(f`const StatsD = require('hot-shots');
const dogstatsd = new StatsD({ host: 'localhost', globalTags: { env: 'prod', app: 'turnstiles' } });
const axios = require('axios');

async function pushGateMetrics(gate, count) {
  dogstatsd.gauge('gate.entries', count, { gate });
  await axios.post('https://api.datadoghq.eu/api/v1/events', { title: 'Gate surge', text: gate }, {
    headers: { 'DD-API-KEY': '${v('credential.datadog_api_key', DD_KEY)}' },
  });
}`)}

Μπορείς να μου πεις αν το event στέλνεται σωστά;`),

  rec('code_python', f`Script para el recordatorio de citas del consulado. ¿Cómo evito mandar dos correos si el cron corre dos veces?

${code(f`import sendgrid
from sendgrid.helpers.mail import Mail

sg = sendgrid.SendGridAPIClient(api_key="${v('credential.sendgrid_api_key', SENDGRID)}")

def send_reminder(appt):
    msg = Mail(
        from_email="${v('pii.email', 'citas@consulado-norvalia.org')}",
        to_emails=appt.email,
        subject="Recordatorio de su cita consular",
        html_content=f"<p>Su cita es el {appt.date:%d/%m/%Y} a las {appt.time:%H:%M}.</p>",
    )
    sg.send(msg)`)}`),

  rec('code_vba', f`Excel-Makro für den Einsatzplan der Schädlingsbekämpfer, es hängt bei 500 Zeilen:

${code(f`Sub FaerbeUeberfaellige()
    Dim r As Long
    For r = 2 To Cells(Rows.Count, 1).End(xlUp).Row
        If Cells(r, 5).Value < Date And Cells(r, 6).Value <> "erledigt" Then
            Rows(r).Interior.Color = RGB(255, 199, 206)
        End If
    Next r
End Sub`)}`),

  rec('code_test_py', f`Test fixture for the key-holder import; the test fails on the phone column:

${code(f`def test_import_keyholders(tmp_path):
    csv = tmp_path / "keyholders.csv"
    csv.write_text(
        "name;phone;key\\n"
        "Regula Meier;${phone('+41 79 482 17 36')};G1-07\\n"
        "Beat Studer;${phone('+41 44 381 72 94')};G1-08\\n"
    )
    rows = import_keyholders(csv)
    assert rows[0].phone == "${amb('pii.phone', '+41794821736')}"`)}`),

  rec('code_typescript', f`${code(f`type VisaCategory = 'C' | 'D' | 'transit';

export function feeFor(category: VisaCategory, age: number, nationality: string): number {
  if (age < 6) return 0;
  if (category === 'transit') return 80;
  if (category === 'D') return 75;
  if (FACILITATION_AGREEMENT.has(nationality)) return 35;
  return age < 12 ? 40 : 80;
}`)}

Is the logic for children under 12 consistent with the fee table?`),

  rec('code_lua', f`${code(f`-- access controller script: lock door 3 outside business hours
local function is_business_hours(t)
  return t.wday >= 2 and t.wday <= 6 and t.hour >= 7 and t.hour < 19
end

function on_tick()
  local now = os.date("*t")
  if not is_business_hours(now) then
    door.lock(3)
  end
end`)}

This runs on our installer's controllers. Public holidays aren't handled — how would you add a holiday list?`),
];
