/**
 * Held-out batch 100: source code pasted by the six teams (warranty claim tooling, admissions
 * forms, FX rate engines, royalty splitters, terminal yard planning, obituary CMS). Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';
import { B62, HEX, fill, tok } from '../tokens';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

const SENDGRID = tok('SG.', fill('b100c-sg1', B62, 22), '.', fill('b100c-sg2', B62, 43));
const DD_API = fill('b100c-dd', HEX, 32);

export const BATCH100_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Royalty split is off by a cent on some tracks, how do I fix rounding?

\`\`\`python
${code(f`from decimal import Decimal, ROUND_HALF_EVEN

def split_royalty(gross: Decimal, shares: dict[str, Decimal]) -> dict[str, Decimal]:
    """Split a payout between rights holders; shares must add up to 1."""
    if sum(shares.values()) != Decimal("1"):
        raise ValueError("shares must sum to 1")
    out = {k: (gross * s).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN) for k, s in shares.items()}
    diff = gross - sum(out.values())
    if diff:
        top = max(shares, key=shares.get)
        out[top] += diff
    return out`)}
\`\`\``),

  rec('code_ts', f`Wechselkurs-Marge wird im Kiosk falsch angezeigt (zeigt 1,0 statt 1,5 %):

${code(f`export interface Quote { pair: string; mid: number; marginBps: number }

export function sellRate(q: Quote): number {
  // Verkauf an Kunden: Mittelkurs plus Marge
  return +(q.mid * (1 + q.marginBps / 10_000)).toFixed(4);
}

export function formatMargin(q: Quote, locale = 'de-AT'): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(q.marginBps / 1000);
}`)}`),

  rec('code_java', f`Ovaj Java kod računa slobodne pozicije u dvorištu terminala, ali vraća duplikate:

\`\`\`java
${code(f`public List<Slot> freeSlots(Block block, int tier) {
    List<Slot> result = new ArrayList<>();
    for (Bay bay : block.getBays()) {
        for (Row row : bay.getRows()) {
            Slot s = new Slot(block.getId(), bay.getNumber(), row.getNumber(), tier);
            if (!occupancy.contains(s) && reeferOk(s)) {
                result.add(s);
            }
            result.add(s);
        }
    }
    return result;
}`)}
\`\`\``),

  rec('code_go', f`Go service that parses COPARN/CODECO EDI lines — panics on empty segment:

${code(f`func parseSegment(line string) (Segment, error) {
	parts := strings.Split(strings.TrimSuffix(line, "'"), "+")
	tag := parts[0]
	switch tag {
	case "EQD":
		return Segment{Tag: tag, Container: parts[2], SizeType: parts[3]}, nil
	case "LOC":
		return Segment{Tag: tag, Location: parts[2]}, nil
	default:
		return Segment{Tag: tag}, nil
	}
}`)}

Ինչպե՞ս ստուգեմ parts-ի երկարությունը։`),

  rec('code_sql', f`Escribe un índice para acelerar esta consulta de reclamaciones de garantía por modelo de bus:

${code(f`SELECT m.modelo, COUNT(*) AS reclamaciones, SUM(r.coste_eur) AS coste
FROM reclamaciones r
JOIN vehiculos v ON v.vin = r.vin
JOIN modelos m ON m.id = v.modelo_id
WHERE r.fecha_apertura >= DATE '2024-01-01'
  AND r.estado IN ('APROBADA', 'PAGADA')
GROUP BY m.modelo
ORDER BY coste DESC;`)}`),

  rec('code_csharp', f`C# formulier voor opname, validatie van de spoedcategorie klopt niet:

${code(f`public sealed class AdmissionValidator : AbstractValidator<AdmissionForm>
{
    public AdmissionValidator()
    {
        RuleFor(x => x.PatientName).NotEmpty();
        RuleFor(x => x.Urgency).IsInEnum();
        RuleFor(x => x.LegalBasis)
            .NotEmpty()
            .When(x => x.Urgency == Urgency.Involuntary)
            .WithMessage("Juridische grondslag verplicht bij gedwongen opname");
    }
}`)}`),

  rec('code_kotlin', f`Android app do kantoru: kurs się nie odświeża po powrocie z tła.

\`\`\`kotlin
${code(f`class RatesViewModel(private val repo: RatesRepository) : ViewModel() {
    private val _rates = MutableStateFlow<List<Rate>>(emptyList())
    val rates: StateFlow<List<Rate>> = _rates

    init {
        viewModelScope.launch {
            while (isActive) {
                _rates.value = repo.fetch("PLN")
                delay(30_000)
            }
        }
    }
}`)}
\`\`\``),

  rec('code_rust', f`Rust parser for DSP streaming reports, how can I avoid cloning every row?

${code(f`#[derive(Debug, Deserialize)]
struct StreamRow {
    isrc: String,
    territory: String,
    streams: u64,
    revenue_eur: f64,
}

fn totals(path: &Path) -> anyhow::Result<HashMap<String, f64>> {
    let mut rdr = csv::ReaderBuilder::new().delimiter(b'\\t').from_path(path)?;
    let mut out = HashMap::new();
    for row in rdr.deserialize::<StreamRow>() {
        let row = row?;
        *out.entry(row.isrc.clone()).or_insert(0.0) += row.revenue_eur;
    }
    Ok(out)
}`)}`),

  rec('code_php', f`WordPress-Plugin für Traueranzeigen, der Shortcode gibt nichts aus:

${code(f`<?php
add_shortcode('traueranzeigen', function ($atts) {
    $a = shortcode_atts(['ort' => '', 'tage' => 14], $atts);
    $q = new WP_Query([
        'post_type' => 'traueranzeige',
        'date_query' => [['after' => $a['tage'] . ' days ago']],
        'meta_query' => $a['ort'] ? [['key' => 'ort', 'value' => $a['ort']]] : [],
    ]);
    ob_start();
    while ($q->have_posts()) { $q->the_post(); get_template_part('parts/anzeige'); }
    wp_reset_postdata();
    echo ob_get_clean();
});`)}`),

  rec('code_python', f`Скрипт отправляет отчёт о гарантийных случаях, но письма уходят в спам:

\`\`\`python
${code(f`import sendgrid
from sendgrid.helpers.mail import Mail

sg = sendgrid.SendGridAPIClient(api_key="${v('credential.sendgrid_api_key', SENDGRID)}")

def send_report(to: str, html: str) -> int:
    msg = Mail(from_email="${v('pii.email', 'garantiya@avtobus-servis.ru')}", to_emails=to,
               subject="Еженедельный отчёт по гарантии", html_content=html)
    return sg.send(msg).status_code`)}
\`\`\``),

  rec('code_bash', f`Skrip backup ini kadang gagal di tengah malam:

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
STAMP=$(date +%F)
DEST=/backup/obit-cms/$STAMP
mkdir -p "$DEST"
pg_dump -Fc obituaries > "$DEST/obituaries.dump"
rsync -a /var/www/obit-cms/uploads/ "$DEST/uploads/"
find /backup/obit-cms -maxdepth 1 -type d -mtime +30 -exec rm -rf {} +`)}
\`\`\``),

  rec('code_js', f`Ce script de monitoring du kiosque envoie les métriques à Datadog, mais rien n'apparaît :

${code(f`const { client, v2 } = require('@datadog/datadog-api-client');

const configuration = client.createConfiguration({
  authMethods: { apiKeyAuth: '${v('credential.datadog_api_key', DD_API)}' },
});
configuration.setServerVariables({ site: 'datadoghq.eu' });
const api = new v2.MetricsApi(configuration);

async function pushSpread(pair, spread) {
  await api.submitMetrics({ body: { series: [{ metric: 'fx.spread', type: 3, points: [{ timestamp: Math.floor(Date.now() / 1000), value: spread }], tags: [\`pair:\${pair}\`] }] } });
}`)}`),

  rec('code_swift', f`iOS app for drivers, the booking slot picker crashes on iPad:

${code(f`struct SlotPicker: View {
    @Binding var selected: GateSlot?
    let slots: [GateSlot]

    var body: some View {
        List(slots) { slot in
            Button(slot.label) { selected = slot }
                .disabled(slot.remaining == 0)
        }
        .navigationTitle("Gate slots")
    }
}`)}`),

  rec('code_cpp', f`Firmware de diagnóstico CAN del autobús, el contador de errores se desborda:

${code(f`static uint8_t err_count = 0;

void on_can_frame(const can_frame_t *f) {
    if (f->id == 0x18FECA00) {           // DM1 active diagnostic trouble codes
        uint32_t spn = f->data[2] | (f->data[3] << 8) | ((f->data[4] & 0xE0) << 11);
        uint8_t fmi = f->data[4] & 0x1F;
        log_dtc(spn, fmi);
        err_count++;
    }
}`)}`),

  rec('code_ruby', f`Rails model for death notices, validation of publication date is too strict:

${code(f`class DeathNotice < ApplicationRecord
  belongs_to :edition
  validates :deceased_name, presence: true
  validates :publish_on, comparison: { greater_than: -> { Date.current } }
  before_save :normalise_name

  private

  def normalise_name
    self.deceased_name = deceased_name.squish
  end
end`)}`),

  rec('code_python', f`Pandas-Frage: wie gruppiere ich die Container-Verweildauer pro Reederei?

${code(f`import pandas as pd

moves = pd.read_csv("gate_moves.csv", parse_dates=["gate_in", "gate_out"])
moves["dwell_h"] = (moves["gate_out"] - moves["gate_in"]).dt.total_seconds() / 3600
summary = moves.groupby("line_operator")["dwell_h"].agg(["count", "mean", "median"]).round(1)
print(summary.sort_values("mean", ascending=False).head(10))`)}`),

  rec('code_sql', f`Mwenzangu ameandika procedure hii ya malipo ya mirabaha, inachukua dakika 20:

${code(f`CREATE OR REPLACE PROCEDURE close_period(p_period TEXT)
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO payouts (payee_id, period, amount)
  SELECT s.payee_id, p_period, SUM(r.net_revenue * s.share)
  FROM revenue r
  JOIN splits s ON s.isrc = r.isrc
  WHERE r.period = p_period
  GROUP BY s.payee_id;
  UPDATE periods SET closed = TRUE WHERE code = p_period;
END;
$$;`)}`),

  rec('code_ts', f`Formulário de admissão em React, o campo de data de nascimento aceita datas futuras:

${code(f`const schema = z.object({
  nome: z.string().min(2),
  dataNascimento: z.coerce.date(),
  contactoEmergencia: z.string().regex(/^\\+?\\d[\\d ]{7,14}$/),
  regime: z.enum(['voluntario', 'compulsivo']),
});

export function AdmissaoForm() {
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema) });
  return <form onSubmit={form.handleSubmit(enviar)}>{/* … */}</form>;
}`)}`),

  rec('code_python', f`This Airflow DAG loads terminal gate events; the connection is defined inline, is that OK?

${code(f`from airflow import DAG
from airflow.providers.postgres.hooks.postgres import PostgresHook
from datetime import datetime

DSN = "postgresql://tos_loader:${v('credential.database_url_password', 'Quay7!crane')}@${amb('pii.ip_address', '10.44.8.21')}:5432/tos"

with DAG("gate_events_daily", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False) as dag:
    def load(**ctx):
        hook = PostgresHook(postgres_conn_id=None)
        hook.get_uri = lambda: DSN
        hook.run("CALL load_gate_events(%s)", parameters=(ctx["ds"],))`)}`),

  rec('diff', f`Review this diff please (obituary CMS, adds moderation):

${code(f`--- a/app/notices/views.py
+++ b/app/notices/views.py
@@ -41,7 +41,11 @@ def submit_notice(request):
     form = NoticeForm(request.POST)
     if form.is_valid():
-        notice = form.save()
+        notice = form.save(commit=False)
+        notice.status = Notice.PENDING_REVIEW
+        notice.submitted_by = request.user
+        notice.save()
+        notify_desk(notice)
         return redirect("notice-thanks")
     return render(request, "notices/submit.html", {"form": form})`)}`),
];
