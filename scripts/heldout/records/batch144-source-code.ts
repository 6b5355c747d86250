/**
 * Held-out batch 144: pasted source code from the six settings (hydrostatics, toxicology dosing,
 * storage billing, parish registers, flight planning, payouts), questions in many languages.
 * Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH144_SOURCE_CODE: DraftRecord[] = [
  rec('code_fortran_no', f`Den gamle hydrostatikkrutinen vår gir feil deplasement når trimmen er stor. Ser du feilen?

${code(f`C     DISPLACEMENT AND LCB BY SIMPSON'S RULE
      SUBROUTINE DISPL(NST, X, AREA, RHO, DISP, LCB)
      INTEGER NST, I
      REAL X(NST), AREA(NST), RHO, DISP, LCB, H, VOL, MOM
      VOL = 0.0
      MOM = 0.0
      H = X(2) - X(1)
      DO 10 I = 1, NST - 2, 2
         VOL = VOL + H/3.0*(AREA(I) + 4.0*AREA(I+1) + AREA(I+2))
         MOM = MOM + H/3.0*(X(I)*AREA(I) + 4.0*X(I+1)*AREA(I+1)
     &         + X(I+2)*AREA(I+2))
   10 CONTINUE
      DISP = VOL*RHO
      LCB = MOM/VOL
      RETURN
      END`)}`),

  rec('code_python_ja', f`GZ曲線を計算するスクリプトですが、大傾斜角で値が飛びます。原因わかりますか？

\`\`\`python
${code(f`import numpy as np

def gz_curve(kn_table: dict[float, float], kg: float, angles_deg: list[float]) -> list[float]:
    """KN値からGZを計算（GZ = KN - KG·sinφ）"""
    out = []
    for a in angles_deg:
        kn = np.interp(a, list(kn_table.keys()), list(kn_table.values()))
        out.append(kn - kg * np.sin(a))
    return out

print(gz_curve({0: 0.0, 10: 1.21, 20: 2.38, 30: 3.42, 40: 4.20}, 6.85, [10, 20, 30, 40]))`)}
\`\`\``),

  rec('code_sql_en', f`Overdue report for the storage sites is slow (40 s). Postgres 15. Any index suggestions?

${code(f`SELECT s.site_code,
       u.unit_no,
       t.tenant_id,
       SUM(i.amount_due - i.amount_paid) AS balance,
       MIN(i.due_date) AS oldest_due
FROM invoices i
JOIN units u   ON u.unit_id = i.unit_id
JOIN sites s   ON s.site_id = u.site_id
JOIN tenants t ON t.tenant_id = i.tenant_id
WHERE i.status IN ('open', 'partial')
  AND i.due_date < CURRENT_DATE - INTERVAL '14 days'
GROUP BY s.site_code, u.unit_no, t.tenant_id
HAVING SUM(i.amount_due - i.amount_paid) > 0
ORDER BY oldest_due;`)}`),

  rec('code_ts_pt_br', f`Esse upload de documento do vendedor às vezes manda o arquivo vazio. O que tá errado?

${code(f`export async function enviarDocumento(sellerId: string, arquivo: File): Promise<string> {
  const form = new FormData();
  form.append('tipo', 'rg_frente');
  form.append('arquivo', arquivo);

  const resp = await fetch(\`/api/sellers/\${sellerId}/kyc/documentos\`, {
    method: 'POST',
    headers: { 'Content-Type': 'multipart/form-data' },
    body: form,
  });
  if (!resp.ok) throw new Error(\`falha no upload: \${resp.status}\`);
  const { documentoId } = await resp.json();
  return documentoId;
}`)}`),

  rec('code_java_de', f`Unsere Triage-Logik im Giftnotruf-Backend stuft Paracetamol bei Kindern falsch ein. Kannst du das prüfen?

${code(f`public final class ParacetamolTriage {
    private static final double TOXISCHE_DOSIS_MG_PRO_KG = 150.0;

    public static Stufe bewerte(double dosisMg, double gewichtKg, boolean kind) {
        double mgProKg = dosisMg / gewichtKg;
        if (kind && mgProKg >= TOXISCHE_DOSIS_MG_PRO_KG) {
            return Stufe.KLINIK;
        }
        if (mgProKg > 200) {
            return Stufe.KLINIK;
        }
        return mgProKg > 75 ? Stufe.BEOBACHTUNG : Stufe.ENTWARNUNG;
    }

    public enum Stufe { ENTWARNUNG, BEOBACHTUNG, KLINIK }
}`)}`),

  rec('code_rust_en', f`Payout reconciliation: rounding differences of 1 cent across ~3% of sellers. Is f64 the problem here?

\`\`\`rust
${code(f`pub fn net_payout(gross: f64, fee_pct: f64, fixed_fee: f64) -> f64 {
    let fee = (gross * fee_pct / 100.0) + fixed_fee;
    ((gross - fee) * 100.0).round() / 100.0
}

pub fn reconcile(lines: &[(f64, f64)]) -> Vec<usize> {
    lines
        .iter()
        .enumerate()
        .filter(|(_, (expected, paid))| (expected - paid).abs() > f64::EPSILON)
        .map(|(i, _)| i)
        .collect()
}`)}
\`\`\``),

  rec('code_kotlin_tr', f`Balon rezervasyon uygulamasında sepet ağırlığı hesabı yanlış çıkıyor, kontrol eder misin?

${code(f`data class Yolcu(val ad: String, val kilo: Int)

fun sepetDagit(yolcular: List<Yolcu>, bolmeSayisi: Int = 4): List<List<Yolcu>> {
    val bolmeler = List(bolmeSayisi) { mutableListOf<Yolcu>() }
    yolcular.sortedByDescending { it.kilo }.forEach { y ->
        val enHafif = bolmeler.minBy { b -> b.sumOf { it.kilo } }
        enHafif.add(y)
    }
    return bolmeler
}`)}`),

  rec('code_swift_fr', f`Dans l'app du centre antipoison, le bouton « Appeler » ne fait rien sur iPad. Une idée ?

${code(f`struct AppelUrgenceView: View {
    let numero = "${phone('+33 4 72 11 69 83')}"

    var body: some View {
        Button("Appeler le centre antipoison") {
            let propre = numero.replacingOccurrences(of: " ", with: "")
            if let url = URL(string: "tel://\\(propre)") {
                UIApplication.shared.open(url)
            }
        }
        .buttonStyle(.borderedProminent)
    }
}`)}`),

  rec('code_ruby_en_gb', f`Our parish register app exports baptisms to CSV for the diocesan archive, but the dates come out in US format. Where do I fix it?

${code(f`class BaptismExporter
  HEADERS = %w[entry_no child_name baptised_on parish officiant].freeze

  def initialize(scope)
    @scope = scope
  end

  def to_csv
    CSV.generate(headers: true) do |csv|
      csv << HEADERS
      @scope.find_each do |b|
        csv << [b.entry_no, b.child_name, b.baptised_on.strftime('%m/%d/%Y'), b.parish.name, b.officiant]
      end
    end
  end
end`)}`),

  rec('code_csharp_nl', f`De kiosk bij de ingang van de opslaglocatie hangt soms als de huurder zijn pincode invoert. Iemand een idee?

${code(f`public async Task<bool> ControleerToegangAsync(string unitNummer, string pin)
{
    var huurder = await _db.Huurders
        .Include(h => h.Units)
        .FirstOrDefaultAsync(h => h.Units.Any(u => u.Nummer == unitNummer));

    if (huurder == null || huurder.Geblokkeerd) return false;

    var geldig = BCrypt.Net.BCrypt.Verify(pin, huurder.PinHash);
    _log.LogInformation("Toegang {Unit}: {Resultaat}", unitNummer, geldig);
    Thread.Sleep(1500); // tegen brute force
    return geldig;
}`)}`),

  rec('code_r_es', f`Estoy analizando las llamadas al centro de toxicología por grupo de edad. ¿Por qué me salen NAs en la tasa?

${code(f`library(dplyr)

llamadas <- read.csv("llamadas_2024.csv")
resumen <- llamadas %>%
  mutate(grupo_edad = cut(edad, breaks = c(0, 5, 12, 18, 65, Inf), right = FALSE)) %>%
  group_by(grupo_edad, agente) %>%
  summarise(n = n(), hospitalizados = sum(ingreso == "si")) %>%
  mutate(tasa = hospitalizados / n * 100)

print(resumen, n = 30)`)}`),

  rec('code_go_pl', f`Kontroler bramy w magazynie czasem wpuszcza najemców z zaległościami. Gdzie jest błąd?

${code(f`func (g *Brama) Wpusc(ctx context.Context, kod string) error {
	najemca, err := g.repo.ZnajdzPoKodzie(ctx, kod)
	if err != nil {
		return err
	}
	zadluzenie, _ := g.billing.Saldo(ctx, najemca.ID)
	if zadluzenie > 0 && najemca.DniZwloki > 30 {
		return ErrZablokowany
	}
	return g.sterownik.Otworz(ctx, najemca.Strefa)
}`)}`),

  rec('code_php_it', f`Il modulo di richiesta certificati di battesimo sul sito della diocesi non invia la mail alla parrocchia. Cosa sbaglio?

${code(f`<?php
$parrocchia = $_POST['parrocchia'] ?? '';
$richiedente = htmlspecialchars($_POST['nome'] ?? '');
$destinatari = [
    'san-rocco' => '${v('pii.email', 'segreteria@sanrocco.diocesi.example.it')}',
    'santa-chiara' => '${v('pii.email', 'ufficio@santachiara.diocesi.example.it')}',
];
if (!isset($destinatari[$parrocchia])) {
    http_response_code(400);
    exit('Parrocchia non valida');
}
$testo = "Nuova richiesta di certificato di battesimo da: $richiedente";
mail($destinatari[$parrocchia], 'Richiesta certificato', $testo);
header('Location: /grazie');`)}`),

  rec('code_python_ko', f`판매자 정산 배치에서 같은 판매자에게 두 번 지급되는 경우가 있어요. 동시성 문제일까요?

\`\`\`python
${code(f`def run_payout_batch(session, batch_id):
    pending = session.query(Payout).filter_by(batch_id=batch_id, status="pending").all()
    for p in pending:
        resp = bank_client.transfer(p.seller_account_ref, p.amount, idempotency_key=None)
        p.status = "sent" if resp.ok else "failed"
        p.bank_ref = resp.reference
    session.commit()`)}
\`\`\``),

  rec('code_matlab_it', f`Script MATLAB per la curva di resistenza dello scafo (Holtrop semplificato). Il grafico esce piatto sopra i 14 nodi, perché?

${code(f`V_kn = 8:0.5:18;
V = V_kn * 0.5144;            % m/s
L = 118; S = 3350; rho = 1025; nu = 1.19e-6;
Rn = V * L / nu;
Cf = 0.075 ./ (log10(Rn) - 2).^2;
Rf = 0.5 * rho * S * V.^2 .* Cf;
Rw = 0.0006 * rho * 9.81 * S * (V_kn > 14);
Rt = Rf + Rw;
plot(V_kn, Rt/1000); xlabel('Velocità [kn]'); ylabel('R_T [kN]'); grid on`)}`),

  rec('code_dart_el', f`Στην εφαρμογή για τις πτήσεις αλεξίπτωτου, η ένδειξη ανέμου δεν ανανεώνεται. Τι φταίει;

${code(f`class WindCard extends StatefulWidget {
  const WindCard({super.key});
  @override
  State<WindCard> createState() => _WindCardState();
}

class _WindCardState extends State<WindCard> {
  double knots = 0;

  @override
  void initState() {
    super.initState();
    Timer.periodic(const Duration(minutes: 1), (_) async {
      knots = await WeatherApi.currentWindKnots('arachova-takeoff');
    });
  }

  @override
  Widget build(BuildContext context) => Text('Άνεμος: \${knots.toStringAsFixed(1)} kn');
}`)}`),

  rec('code_vba_es_ar', f`Che, esta macro de Excel para el libro de bautismos de la parroquia me tira error 91. ¿Qué onda?

${code(f`Sub NumerarActas()
    Dim ws As Worksheet
    Dim fila As Long, acta As Long
    Set ws = ThisWorkbook.Sheets("Bautismos")
    acta = ws.Range("H1").Value
    For fila = 3 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        If ws.Cells(fila, 8).Value = "" Then
            acta = acta + 1
            ws.Cells(fila, 8).Value = "Libro 14 - Acta " & acta
        End If
    Next fila
    rng.Value = acta
End Sub`)}`),

  rec('code_cpp_fi', f`Runkopinnan silotusfunktio tuottaa aaltoilua keulassa. Missä vika?

${code(f`std::vector<Point3> fairStation(const std::vector<Point3>& pts, int iters, double k) {
    std::vector<Point3> p = pts;
    for (int it = 0; it < iters; ++it) {
        std::vector<Point3> q = p;
        for (size_t i = 1; i + 1 < p.size(); ++i) {
            q[i].y = p[i].y + k * (p[i - 1].y + p[i + 1].y - 2.0 * p[i].y);
            q[i].z = p[i].z + k * (p[i - 1].z + p[i + 1].z - 2.0 * p[i].z);
        }
        p = q;
    }
    return p;
}`)}`),

  rec('code_bash_en_au', f`Cron script that emails the morning flight manifest to the pilots. Runs fine by hand, empty attachment from cron:

${code(f`#!/usr/bin/env bash
set -euo pipefail
DAY=$(date -d tomorrow +%F)
OUT=/tmp/manifest_$DAY.csv
psql -d bookings -At -F, -c "select slot, name, weight_kg from passengers where flight_date = '$DAY' order by slot" > "$OUT"
mail -s "Manifest $DAY" -A "$OUT" ${v('pii.email', 'pilots@sunriseballoons.example.com.au')} < /dev/null`)}`),

  rec('code_python_zh_tw', f`賣家撥款報表用 pandas 產生，但是月份排序錯亂，請幫我看：

${code(f`import pandas as pd

df = pd.read_csv("payouts_2024.csv", parse_dates=["paid_at"])
df["月份"] = df["paid_at"].dt.strftime("%b %Y")
summary = df.groupby(["月份", "seller_tier"])["amount_twd"].sum().unstack(fill_value=0)
summary.sort_index().to_excel("撥款月報.xlsx")`)}`),

  rec('code_sql_sv', f`Den här frågan ska hitta volontärer i församlingen vars utdrag ur belastningsregistret är äldre än ett år, men den returnerar alla. Varför?

${code(f`SELECT v.namn, v.roll, MAX(u.utfardat) AS senaste_utdrag
FROM volontarer v
LEFT JOIN registerutdrag u ON u.volontar_id = v.id
WHERE v.arbetar_med_barn = 1
GROUP BY v.id, v.namn, v.roll
HAVING MAX(u.utfardat) < DATEADD(year, -1, GETDATE()) OR MAX(u.utfardat) IS NOT NULL;`)}`),
  rec('dockerfile_cs', f`Docker image pro toxikologickou aplikaci má 1,4 GB. Jak ho zmenšit?

${amb('source_code.snippet', f`FROM python:3.12
WORKDIR /app
COPY . .
RUN apt-get update && apt-get install -y build-essential libpq-dev
RUN pip install -r requirements.txt
ENV TZ=Europe/Prague
EXPOSE 8000
CMD ["gunicorn", "toxinfo.wsgi:application", "-b", "${amb('pii.ip_address', '0.0.0.0')}:8000", "--workers", "4"]`)}`),
];
