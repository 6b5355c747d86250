/**
 * Held-out batch 128: pasted source code (BSA dosing, pass prediction, antenna limits, refund rules,
 * bus check-ins, withdrawal risk scoring …) with questions in many languages. Hand-written.
 */
import { f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH128_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_de', f`Kannst du prüfen, ob die Dosisdeckelung richtig ist? Carboplatin soll nach Calvert gerechnet werden, der Rest nach KOF.

\`\`\`python
${code(f`import math

def kof_mosteller(groesse_cm: float, gewicht_kg: float) -> float:
    """Körperoberfläche in m² nach Mosteller."""
    return round(math.sqrt(groesse_cm * gewicht_kg / 3600), 2)

def dosis(wirkstoff: str, mg_pro_m2: float, kof: float, max_kof: float = 2.0) -> float:
    # Deckelung der KOF laut Hausstandard
    kof_eff = min(kof, max_kof)
    return round(mg_pro_m2 * kof_eff, 1)

def calvert(auc: float, gfr: float) -> float:
    gfr = min(gfr, 125)  # GFR-Deckel
    return round(auc * (gfr + 25), 0)`)}
\`\`\``),

  rec('code_sql_es', f`Necesito que esta consulta también saque los retiros que llevan más de 24 h en revisión manual:

${code(f`SELECT w.id, w.user_id, w.asset, w.amount, w.created_at, r.reviewer, r.status
FROM withdrawals w
LEFT JOIN withdrawal_reviews r ON r.withdrawal_id = w.id
WHERE w.amount_usd >= 10000
  AND r.status IN ('PENDING', 'ESCALATED')
ORDER BY w.created_at ASC;`)}`),

  rec('code_tsx_ko', f`키오스크 환급 폼에서 여권 스캔 후 입력칸이 자동으로 안 채워져요. 뭐가 문제일까요?

${code(f`export function RefundForm({ scan }: { scan: PassportScan | null }) {
  const [form, setForm] = useState<RefundDraft>({ name: '', passportNo: '', nationality: '' });

  useEffect(() => {
    if (!scan) return;
    setForm((prev) => ({ ...prev, name: scan.surname + ' ' + scan.givenNames, passportNo: scan.documentNumber }));
  }, []);

  return (
    <form onSubmit={submit}>
      <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      <input value={form.passportNo} onChange={(e) => setForm({ ...form, passportNo: e.target.value })} />
    </form>
  );
}`)}`),

  rec('code_c_no', f`Antennestyringen skal stoppe før den når mekanisk endestopp. Er grensene riktige her?

\`\`\`c
${code(f`#define AZ_MIN_DEG   (-270.0)
#define AZ_MAX_DEG   ( 270.0)
#define EL_MIN_DEG   (   2.0)
#define EL_MAX_DEG   (  90.0)
#define SLEW_MAX_DPS (   6.0)

static double clamp(double v, double lo, double hi) { return v < lo ? lo : (v > hi ? hi : v); }

int acu_command(acu_t *acu, double az, double el) {
    az = clamp(az, AZ_MIN_DEG, AZ_MAX_DEG);
    el = clamp(el, EL_MIN_DEG, EL_MAX_DEG);
    if (fabs(az - acu->az) / acu->dt > SLEW_MAX_DPS) return -EAGAIN;
    return acu_write(acu, az, el);
}`)}
\`\`\``),

  rec('code_python_fi', f`Miksi tämä skripti näyttää ylilentoja, joiden maksimikorkeus on alle 10 astetta, vaikka suodatan ne pois?

${code(f`from skyfield.api import load, wgs84

ts = load.timescale()
sats = load.tle_file("active.tle")
asema = wgs84.latlon(67.3670, 26.6290, elevation_m=180)

for sat in sats[:20]:
    t, ev = sat.find_events(asema, ts.utc(2025, 4, 1), ts.utc(2025, 4, 2), altitude_degrees=10.0)
    for ti, e in zip(t, ev):
        if e == 1:
            alt, az, _ = (sat - asema).at(ti).altaz()
            print(sat.name, ti.utc_strftime("%H:%M"), round(alt.degrees, 1))`)}`),

  rec('code_go_uk', f`Поясни, будь ласка, чому правило "нова адреса + велика сума" ніколи не спрацьовує:

${code(f`func Score(w Withdrawal, h History) (int, []string) {
	score := 0
	var reasons []string
	if w.AmountUSD > 5000 && h.AddressFirstSeen.After(time.Now().Add(-24*time.Hour)) {
		score += 40
		reasons = append(reasons, "new_address_large_amount")
	}
	if h.LoginCountryChanged {
		score += 25
		reasons = append(reasons, "geo_change")
	}
	if w.Asset == "XMR" {
		score += 15
	}
	return score, reasons
}`)}`),

  rec('code_java_it', f`La soglia minima per il tax free in Italia è 70,01 € dal 2025. Questo metodo è ancora giusto?

${code(f`public BigDecimal rimborso(Scontrino s) {
    BigDecimal soglia = new BigDecimal("154.94");
    if (s.getTotaleIvato().compareTo(soglia) <= 0) {
        throw new SottoSogliaException(s.getNumero());
    }
    BigDecimal iva = s.getTotaleIvato().multiply(s.getAliquota())
        .divide(BigDecimal.ONE.add(s.getAliquota()), 2, RoundingMode.HALF_UP);
    return iva.subtract(commissione(iva)).max(BigDecimal.ZERO);
}`)}`),

  rec('code_kotlin_pl', f`Aplikacja kierowcy zapisuje odbiór dziecka dwa razy, gdy kierowca kliknie szybko. Jak to naprawić?

${code(f`fun onCheckIn(stopId: String, pupilId: String) {
    viewModelScope.launch {
        val event = CheckInEvent(stopId, pupilId, Instant.now())
        repository.save(event)
        _state.update { it.copy(checkedIn = it.checkedIn + pupilId) }
    }
}`)}`),

  rec('code_rust_ja', f`テレメトリフレームのCRC検証がたまに失敗します。バイト順の問題でしょうか？

${code(f`pub fn verify_frame(buf: &[u8]) -> Result<Frame, FrameError> {
    if buf.len() < 8 {
        return Err(FrameError::TooShort);
    }
    let (body, crc_bytes) = buf.split_at(buf.len() - 2);
    let expected = u16::from_le_bytes([crc_bytes[0], crc_bytes[1]]);
    let actual = crc16_ccitt(body, 0xFFFF);
    if actual != expected {
        return Err(FrameError::Crc { expected, actual });
    }
    Ok(Frame::parse(body)?)
}`)}`),

  rec('code_csharp_nl', f`Het etiket voor de cytostatica-zak moet de vervaldatum in uren tonen. Klopt deze ZPL-opbouw?

${code(f`public string BouwEtiket(Bereiding b)
{
    var houdbaar = b.BereidOp.AddHours(b.Stabiliteit.Uren);
    var sb = new StringBuilder();
    sb.AppendLine("^XA^CF0,28");
    sb.AppendLine($"^FO40,40^FD{b.Middel} {b.DosisMg} mg^FS");
    sb.AppendLine($"^FO40,80^FD{b.Volume} ml {b.Oplosmiddel}^FS");
    sb.AppendLine($"^FO40,120^FDTHT: {houdbaar:dd-MM-yyyy HH:mm}^FS");
    sb.AppendLine("^FO40,170^FDCYTOSTATICUM - VOORZICHTIG^FS^XZ");
    return sb.ToString();
}`)}`),

  rec('code_php_pt_br', f`O mapa de assentos do circo mostra lugares livres que já foram vendidos. O que tá errado aqui?

${code(f`<?php
function lugaresLivres(PDO $db, int $sessaoId): array {
    $vendidos = $db->prepare("SELECT assento FROM ingressos WHERE sessao_id = ? AND status = 'pago'");
    $vendidos->execute([$sessaoId]);
    $ocupados = array_column($vendidos->fetchAll(), 'assento');
    $todos = mapaDoChapiteu($sessaoId);
    return array_values(array_diff($todos, $ocupados));
}`)}

(os reservados com status 'pendente' também deveriam contar como ocupados)`),

  rec('code_ruby_en', f`Our tour planner inserts a rest day after 6 show days, but it's off by one:

${code(f`def build_schedule(cities, start_date)
  day = start_date
  streak = 0
  cities.flat_map do |city|
    city.show_days.times.map do
      if streak == 6
        day += 1
        streak = 0
      end
      entry = { date: day, city: city.name, shows: city.weekend?(day) ? 2 : 1 }
      day += 1
      streak += 1
      entry
    end
  end
end`)}`),

  rec('code_bash_sv', f`Skriptet ska radera IQ-inspelningar äldre än 14 dagar men bara om de redan är uppladdade. Ser det rimligt ut?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
REC_DIR=/data/iq
find "$REC_DIR" -name '*.sigmf-data' -mtime +14 | while read -r f; do
  meta="\${f%.sigmf-data}.sigmf-meta"
  if jq -e '.annotations[] | select(.uploaded == true)' "$meta" >/dev/null; then
    rm -f -- "$f" "$meta"
  fi
done`)}
\`\`\``),

  rec('code_swift_ar', f`تطبيق أولياء الأمور يعرض وقت وصول الحافلة بشكل خاطئ عندما يكون الهاتف على توقيت مختلف. هذا الكود:

${code(f`func etaText(arrival: Date) -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "HH:mm"
    let minutes = Int(arrival.timeIntervalSinceNow / 60)
    return minutes <= 1 ? "الحافلة وصلت" : "تصل الساعة \\(formatter.string(from: arrival)) (بعد \\(minutes) دقيقة)"
}`)}`),

  rec('code_python_zh', f`这个检测重复退税单的脚本太慢了，六十万行要跑半小时，能优化吗？

${code(f`import pandas as pd

df = pd.read_csv("refunds_2025q1.csv", dtype={"passport_hash": str})
dups = []
for i, row in df.iterrows():
    same = df[(df.passport_hash == row.passport_hash) & (df.store_id == row.store_id)
              & (abs(df.amount - row.amount) < 0.01) & (df.index != i)]
    if len(same):
        dups.append(row.form_no)
print(len(set(dups)))`)}`),

  rec('code_vba_cs', f`Makro na výpočet diet pro artisty na turné počítá špatně poslední den. Poradíš?

${code(f`Sub SpocitejDiety()
    Dim r As Long, dni As Long
    For r = 2 To Cells(Rows.Count, 1).End(xlUp).Row
        dni = Cells(r, 4).Value - Cells(r, 3).Value
        Cells(r, 6).Value = dni * Cells(r, 5).Value
        If Cells(r, 7).Value = "zahraničí" Then Cells(r, 6).Value = Cells(r, 6).Value * 1.25
    Next r
End Sub`)}`),

  rec('code_cpp_es', f`Tenemos una célula de carga en el punto de anclaje del trapecio. Quiero que avise si pasa del 80 % del límite de trabajo. ¿Está bien el filtro?

${code(f`const float WLL_KG = 500.0;
float filtrada = 0;

void loop() {
  float kg = escala.get_units(5);
  filtrada = 0.8 * filtrada + 0.2 * kg;
  if (filtrada > 0.8 * WLL_KG) {
    digitalWrite(PIN_ALARMA, HIGH);
  } else {
    digitalWrite(PIN_ALARMA, LOW);
  }
  delay(50);
}`)}`),

  rec('code_matlab_el', f`Μπορείς να ελέγξεις τον υπολογισμό του link budget για το X-band downlink; Το περιθώριο βγαίνει πολύ μεγάλο.

${code(f`f = 8.2e9; c = 3e8; d = 1200e3;
FSPL = 20*log10(d) + 20*log10(f) + 20*log10(4*pi/c);
EIRP = 18;            % dBW
GT = 32.5;            % dB/K
k = -228.6;           % dBW/K/Hz
Rb = 150e6;
EbN0 = EIRP - FSPL + GT - k - 10*log10(Rb) - 2.5;
fprintf('Eb/N0 = %.1f dB, margin = %.1f dB\\n', EbN0, EbN0 - 9.6);`)}`),

  rec('code_python_id', f`Test ini gagal di CI karena fixture-nya. Bisa bantu rapikan?

${code(f`import pytest

@pytest.fixture
def nasabah_kyc():
    return {
        "nama": "Dewi Lestari",
        "email": "${v('pii.email', 'dewi.lestari92@gmail.com')}",
        "tanggal_lahir": "${v('pii.date_of_birth', '1992-04-18')}",
        "telepon": "${phone('+62 812-4827-3916')}",
        "status": "VERIFIED",
    }

def test_limit_penarikan(nasabah_kyc):
    assert hitung_limit(nasabah_kyc, tier=2) == 50_000_000`)}`),

  rec('diff_tr', f`Bu PR'ı inceler misin? Günlük çekim limitini tier'a göre ayırdık.

\`\`\`diff
${code(f`--- a/limits/daily.py
+++ b/limits/daily.py
@@ -8,9 +8,14 @@ from decimal import Decimal
-DAILY_LIMIT_USD = Decimal("20000")
+DAILY_LIMIT_USD = {
+    1: Decimal("2000"),
+    2: Decimal("20000"),
+    3: Decimal("250000"),
+}

 def kalan_limit(kullanici, bugun_cekilen):
-    return max(Decimal(0), DAILY_LIMIT_USD - bugun_cekilen)
+    limit = DAILY_LIMIT_USD.get(kullanici.kyc_tier, Decimal(0))
+    return max(Decimal(0), limit - bugun_cekilen)`)}
\`\`\``),

  rec('code_r_fr', f`Je compare les taux de réactions d'hypersensibilité entre deux protocoles de prémédication. Le test est-il adapté ?

${code(f`d <- read.csv("reactions_paclitaxel.csv")
tab <- table(d$protocole, d$reaction_grade >= 2)
print(tab)
fisher.test(tab)
d %>% group_by(protocole) %>% summarise(n = n(), taux = mean(reaction_grade >= 2))`)}`),

  rec('code_java_ro', f`Serviciul de rute pentru autobuzele școlare nu pornește pe staging. Poți să-mi spui de ce?

${code(f`@Configuration
public class DataSourceConfig {
    @Bean
    public DataSource rute() {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:postgresql://pg-staging.yellowline.local:5432/rute");
        c.setUsername("rute_app");
        c.setPassword("${v('credential.password_assignment', 'Autobuz-Galben!24')}");
        c.setMaximumPoolSize(10);
        return new HikariDataSource(c);
    }
}`)}

Eroarea: "Connection to pg-staging.yellowline.local:5432 refused".`),

  rec('code_sql_he', f`השאילתה צריכה להחזיר ילדים שעדיין לא שובצו לקו הסעה, אבל היא מחזירה גם כאלה ששובצו:

${code(f`SELECT p.id, p.first_name, p.school_id
FROM pupils p
LEFT JOIN route_assignments a ON a.pupil_id = p.id
WHERE a.route_id = NULL
  AND p.needs_transport = TRUE;`)}`),


];
