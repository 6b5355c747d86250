/**
 * Held-out batch 150: pasted source code from the six organisations' small in-house tools, with
 * comments and questions in many languages, a few with a secret or personal data inside. Hand-written.
 */
import { f, phone, rec, v, type DraftRecord } from '../dsl';
import { B62, fill } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH150_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Is this forfeiture-deadline calculation right? Nevada gives 180 days after the notice is mailed, we want a warning at 30 and 7 days.

\`\`\`python
${code(f`from datetime import date, timedelta

FORFEITURE_WINDOW = timedelta(days=180)
WARN_AT = (30, 7)

def deadline(notice_mailed: date) -> date:
    return notice_mailed + FORFEITURE_WINDOW

def warnings_due(today: date, bonds):
    for b in bonds:
        if b.status != "FORFEITED_PENDING":
            continue
        left = (deadline(b.notice_mailed) - today).days
        if left in WARN_AT:
            yield b.bond_no, left`)}
\`\`\``),

  rec('code_ts_de', f`Der Parser für die Fahrzeugwaage liefert manchmal NaN. Woran liegt das?

${code(f`// Waage sendet: "ST,GS,+0012840kg\\r\\n" (stabil, brutto)
export function parseWaage(zeile: string): { stabil: boolean; kg: number } | null {
  const m = /^(ST|US),(GS|NT),([+-]\\d{7})kg/.exec(zeile.trim());
  if (!m) return null;
  return { stabil: m[1] === 'ST', kg: Number.parseInt(m[3], 10) };
}

// Netto = Brutto Einfahrt - Tara Ausfahrt (Altreifen-Anlieferung)
export const netto = (brutto: number, tara: number) => Math.max(0, brutto - tara);`)}`),

  rec('code_sql_es', f`¿Cómo optimizo esta consulta? Tarda 40 s con 2 millones de servicios:

${code(f`-- Intérpretes disponibles por idioma y partido judicial
SELECT i.id, i.nombre, i.idioma, COUNT(s.id) AS servicios_mes
FROM interpretes i
LEFT JOIN servicios s
  ON s.interprete_id = i.id
 AND s.fecha >= date_trunc('month', CURRENT_DATE)
WHERE i.idioma = :idioma
  AND i.partido_judicial = :partido
  AND i.activo
GROUP BY i.id, i.nombre, i.idioma
ORDER BY servicios_mes ASC
LIMIT 5;`)}`),

  rec('code_java_pt_br', f`Esse job que avisa vistos de tripulantes vencendo tá mandando alerta duplicado. Alguém vê o bug?

\`\`\`java
${code(f`@Scheduled(cron = "0 0 7 * * *", zone = "America/Sao_Paulo")
public void alertarVistosVencendo() {
    LocalDate limite = LocalDate.now().plusDays(45);
    List<Tripulante> lista = repo.findByVistoValidadeBefore(limite);
    for (Tripulante t : lista) {
        if (t.getUltimoAlerta() != null && t.getUltimoAlerta().isAfter(LocalDate.now().minusDays(7))) {
            continue;
        }
        notificador.enviar(t, "Visto vence em " + t.getVistoValidade());
        t.setUltimoAlerta(LocalDate.now());
    }
}`)}
\`\`\``),

  rec('code_csharp_nl', f`${code(f`// Berekent reiskostenvergoeding tolk (km-tarief rechtspraak 2025)
public static decimal Reiskosten(int kilometers, bool openbaarVervoer, decimal ovKosten)
{
    const decimal KmTarief = 0.23m;
    if (openbaarVervoer) return Math.Round(ovKosten, 2);
    return Math.Round(kilometers * 2 * KmTarief, 2); // heen en terug
}`)}

Klopt het dat retour standaard wordt meegerekend? De rechtbank zegt van wel.`),

  rec('code_go_ja', f`貸出作品のコンディションレポートAPIです。本番DBにつながらないので見てください。

\`\`\`go
${code(f`package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

// 貸出記録DB（本番）
const dbPassword = "${v('credential.password_assignment', 'Kashidashi-Kiroku#2025')}"

func openDB() *sql.DB {
	dsn := "host=loans-db.nmaa.internal user=loans_api dbname=loans sslmode=require password=" + dbPassword
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	return db
}`)}
\`\`\``),

  rec('code_kotlin_ko', f`월세 일할 계산 함수인데 2월에 금액이 이상해요.

${code(f`fun proratedRent(monthlyRent: Int, moveIn: LocalDate): Int {
    val daysInMonth = moveIn.lengthOfMonth()
    val daysStayed = daysInMonth - moveIn.dayOfMonth + 1
    // 입주일 포함 일할 계산
    return (monthlyRent * daysStayed) / 30
}`)}`),

  rec('code_rust_pl', f`Czemu ten kod do odczytu temperatury z młyna kriogenicznego czasem panikuje?

\`\`\`rust
${code(f`fn odczytaj_temp(bufor: &[u8]) -> f32 {
    // ramka: [0x02, hi, lo, crc, 0x03]
    let surowa = u16::from_be_bytes([bufor[1], bufor[2]]);
    (surowa as f32) / 10.0 - 200.0 // stopnie C, azot ciekły ~ -196
}

fn main() {
    let ramka = port.read_frame().unwrap();
    println!("Temp. młyna: {:.1} °C", odczytaj_temp(&ramka));
}`)}
\`\`\``),

  rec('code_php_it', f`Nel modulo di richiesta prestito opere la validazione della data lascia passare date passate:

${code(f`<?php
function validaRichiestaPrestito(array $r): array {
    $errori = [];
    if (empty($r['istituzione'])) $errori[] = 'Istituzione richiedente obbligatoria';
    $inizio = DateTime::createFromFormat('d/m/Y', $r['data_inizio'] ?? '');
    if (!$inizio) $errori[] = 'Data di inizio non valida';
    if (!filter_var($r['email_referente'] ?? '', FILTER_VALIDATE_EMAIL)) $errori[] = 'Email referente non valida';
    return $errori;
}`)}`),

  rec('code_ruby_fr', f`\`\`\`ruby
${code(f`# Calcul des honoraires d'interprète (tarif horaire + majoration nuit/week-end)
def honoraires(heures:, debut:, tarif: 42.0)
  majoration = (debut.hour >= 22 || debut.hour < 6 || debut.saturday? || debut.sunday?) ? 1.25 : 1.0
  premiere_heure = 1 # la première heure est due même si l'audience dure 10 min
  ([heures, premiere_heure].max * tarif * majoration).round(2)
end`)}
\`\`\`
La première heure est-elle bien gérée si l'audience est annulée sur place ?`),

  rec('code_bash_ru', f`Скрипт ночного бэкапа базы переводчиков. Почему cron его не запускает, а руками работает?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='${v('credential.password_assignment', 'Perevod-Sud-Backup!9')}'
STAMP=$(date +%Y%m%d)
pg_dump -h db-perevod.local -U backup perevodchiki | gzip > /backup/perevodchiki_$STAMP.sql.gz
find /backup -name 'perevodchiki_*.sql.gz' -mtime +14 -delete`)}
\`\`\``),

  rec('code_swift_zh', f`宿舍报修页面，照片上传后列表不刷新，帮我看看：

${code(f`func submitRepair(roomId: String, photo: UIImage) async {
    guard let data = photo.jpegData(compressionQuality: 0.7) else { return }
    do {
        let ticket = try await api.createRepairTicket(roomId: roomId, image: data)
        tickets.append(ticket)   // 报修单
    } catch {
        errorMessage = "上传失败，请稍后再试"
    }
}`)}`),

  rec('code_c_cs', f`Tahle funkce počítá CRC pro protokol vážního terminálu, ale výsledek nesedí s dokumentací výrobce (CRC-16/MODBUS):

\`\`\`c
${code(f`uint16_t crc16(const uint8_t *buf, size_t len) {
    uint16_t crc = 0xFFFF;
    for (size_t i = 0; i < len; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++)
            crc = (crc & 1) ? (crc >> 1) ^ 0xA001 : crc >> 1;
    }
    return crc;
}`)}
\`\`\``),

  rec('code_ps_sv', f`PowerShell-skriptet som skapar konton för tillfälliga utställningsvärdar. Fungerar men ser fult ut, kan du städa det?

${code(f`Import-Module ActiveDirectory
$lösen = ConvertTo-SecureString "${v('credential.password_assignment', 'Utstallning-Var2025')}" -AsPlainText -Force
Import-Csv .\\varder.csv | ForEach-Object {
    New-ADUser -Name $_.Namn -SamAccountName $_.Konto -AccountPassword $lösen \`
        -Path "OU=Utstallning,OU=Museum,DC=nmaa,DC=local" -Enabled $true -ChangePasswordAtLogon $true
}`)}`),

  rec('diff_en', f`Reviewing this PR that stops logging full SSNs in the bail intake service, does it cover everything?

\`\`\`diff
${code(f`--- a/intake/logging.py
+++ b/intake/logging.py
@@ -12,7 +12,9 @@ def log_intake(defendant):
-    logger.info("intake %s ssn=%s dob=%s", defendant.id, defendant.ssn, defendant.dob)
+    logger.info("intake %s ssn=***-**-%s", defendant.id, defendant.ssn[-4:])
+
+def mask_ssn(ssn: str) -> str:
+    return "***-**-" + ssn[-4:] if ssn else ""`)}
\`\`\``),

  rec('code_py_tr', f`Lastik kırma hattında saatlik kapasite hesabı yapan fonksiyon. Doğru mu?

${code(f`def saatlik_kapasite(ton_giris: float, durus_dk: int, vardiya_saat: int = 8) -> float:
    """Vardiya başına net saatlik kapasite (ton/saat)."""
    calisma_saat = vardiya_saat - durus_dk / 60
    if calisma_saat <= 0:
        return 0.0
    return round(ton_giris / calisma_saat, 2)`)}`),

  rec('code_js_he', f`הוולידציה של טופס הגשת מועמדות למעונות לא תופסת מספר טלפון ישראלי עם מקף. מה לשנות?

${code(f`const phoneRe = /^0(5\\d)\\d{7}$/;
export function validate(form) {
  const errors = {};
  if (!form.fullName?.trim()) errors.fullName = 'שדה חובה';
  if (!phoneRe.test(form.phone)) errors.phone = 'מספר טלפון לא תקין';
  if (!form.moveIn) errors.moveIn = 'יש לבחור תאריך כניסה';
  return errors;
}`)}`),

  rec('code_sql_uk', f`Перевір, будь ласка, схему таблиці для віз екіпажу, чи нічого не забув:

${code(f`CREATE TABLE crew_visa (
    id            BIGSERIAL PRIMARY KEY,
    crew_id       BIGINT NOT NULL REFERENCES crew(id),
    visa_type     VARCHAR(8) NOT NULL,      -- C1/D, Schengen C, ...
    issued_by     CHAR(2) NOT NULL,         -- ISO країни
    valid_from    DATE NOT NULL,
    valid_until   DATE NOT NULL,
    entries       SMALLINT,                 -- NULL = багаторазова
    CHECK (valid_until > valid_from)
);
CREATE INDEX ON crew_visa (valid_until);`)}`),

  rec('code_dart_vi', f`Mình viết màn hình hiển thị hóa đơn tiền phòng bằng Flutter, số tiền bị hiển thị sai định dạng:

${code(f`Text(
  NumberFormat.currency(locale: 'vi_VN', symbol: '£').format(hoaDon.tongTien),
  style: Theme.of(context).textTheme.titleLarge,
),
// hoaDon.tongTien = 612.5 (tiền phòng tháng 3)`)}`),

  rec('test_py_gb', f`Pytest for the tenant-contact sync keeps failing on the phone normalisation, expected vs got below. Fixture:

\`\`\`python
${code(f`def test_normalise_contact():
    raw = {"name": "Priya Desai", "email": "${v('pii.email', 'priya.desai@student.campusnest.co.uk')}", "phone": "${phone('07481 293 615', 'GB')}"}
    out = normalise(raw)
    assert out["phone"] == "${phone('+447481293615')}"
    assert out["email"] == "${v('pii.email', 'priya.desai@student.campusnest.co.uk')}"`)}
\`\`\`
AssertionError: '${phone('+44 7481 293615')}' != '${phone('+447481293615')}'`),

  rec('code_ts_en_webhook', f`Refactor this so the signing secret comes from env instead of being inline:

${code(f`import crypto from 'node:crypto';

const SIGNING_SECRET = '${v('credential.generic_secret_assignment', fill('b150-sc-sign', B62, 40))}';

export function verify(body: string, signature: string): boolean {
  const mac = crypto.createHmac('sha256', SIGNING_SECRET).update(body).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(signature));
}`)}`),
];
