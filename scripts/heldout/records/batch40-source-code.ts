/**
 * Held-out batch 40: pasted source code — VBA, ABAP, IEC 61131-3 Structured Text, Perl, SQL,
 * Python, Kotlin, Swift, Go, Rust, C#, TypeScript, R, Bash, PHP, Java, Ruby, MATLAB, PowerShell and
 * a diff — from a trade-finance desk, a library consortium, a pet insurer, a copper mine, a clinic
 * network and a trust-and-safety team, with questions in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH40_SOURCE_CODE: DraftRecord[] = [
  rec('code_vba', f`This macro in the LC expiry tracker is supposed to colour rows that expire within 15 days, but it colours everything red. Excel 365, sheet "Open LCs":

${code(f`Sub FlagExpiringLCs()
    Dim ws As Worksheet
    Dim lastRow As Long, r As Long
    Dim expiry As Date

    Set ws = ThisWorkbook.Worksheets("Open LCs")
    lastRow = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row

    For r = 2 To lastRow
        expiry = ws.Cells(r, "F").Value
        If expiry - Date <= 15 Then
            ws.Range("A" & r & ":K" & r).Interior.Color = RGB(255, 199, 206)
        Else
            ws.Range("A" & r & ":K" & r).Interior.ColorIndex = xlNone
        End If
    Next r
End Sub`)}

Column F is formatted as dd/mm/yyyy text from the core system export, if that matters.`),

  rec('code_abap', f`Can someone explain why this report only returns orders from the first maintenance plant? We plan for ZM01 and ZM02.

${code(f`REPORT zpm_open_orders.

TABLES: aufk.
SELECT-OPTIONS: s_werks FOR aufk-werks OBLIGATORY,
                s_auart FOR aufk-auart DEFAULT 'PM02'.

DATA: lt_orders TYPE STANDARD TABLE OF aufk,
      ls_order  TYPE aufk.

START-OF-SELECTION.
  SELECT * FROM aufk INTO TABLE lt_orders
    WHERE werks IN s_werks
      AND auart IN s_auart
      AND phas1 = 'X'.

  READ TABLE lt_orders INTO ls_order INDEX 1.
  LOOP AT lt_orders INTO ls_order WHERE werks = ls_order-werks.
    WRITE: / ls_order-aufnr, ls_order-ktext, ls_order-werks.
  ENDLOOP.`)}`),

  rec('code_st', f`Hola, soy del contratista de automatización. Este bloque del PLC de la correa CV-07 no detiene la correa cuando se activa el pull-cord del lado norte. ¿Qué está mal?

${code(f`FUNCTION_BLOCK FB_CV07_Interlock
VAR_INPUT
    xPullCordSouth : BOOL;   (* tirador lado sur, NC *)
    xPullCordNorth : BOOL;   (* tirador lado norte, NC *)
    xBeltSway      : BOOL;
    xZeroSpeed     : BOOL;
    xResetPB       : BOOL;
END_VAR
VAR_OUTPUT
    xRunPermit     : BOOL;
    xTripLatched   : BOOL;
END_VAR

IF NOT xPullCordSouth OR xPullCordNorth OR xBeltSway OR xZeroSpeed THEN
    xTripLatched := TRUE;
END_IF;

IF xResetPB AND xPullCordSouth AND xPullCordNorth AND NOT xBeltSway THEN
    xTripLatched := FALSE;
END_IF;

xRunPermit := NOT xTripLatched;
END_FUNCTION_BLOCK`)}`),

  rec('code_perl', f`Koha plugin we wrote for the holds-shelf report dies with "Can't call method "firstname" on an undefined value". Which patron is missing?

${code(f`sub report_step2 {
    my ( $self, $args ) = @_;
    my $cgi    = $self->{'cgi'};
    my $branch = $cgi->param('branch') || C4::Context->userenv->{'branch'};

    my $holds = Koha::Holds->search(
        { branchcode => $branch, found => 'W' },
        { order_by   => { -asc => 'waitingdate' } }
    );

    my @rows;
    while ( my $hold = $holds->next ) {
        push @rows, {
            title   => $hold->biblio->title,
            patron  => $hold->patron->firstname . ' ' . $hold->patron->surname,
            waiting => $hold->waitingdate,
            expires => $hold->expirationdate,
        };
    }

    my $template = $self->get_template( { file => 'report-step2.tt' } );
    $template->param( rows => \\@rows, branch => $branch );
    print $cgi->header( -charset => 'utf-8' );
    print $template->output();
}`)}`),

  rec('code_sql', f`Evergreen: I need circulation counts per branch per month for the board report, but this query double counts renewals. How do I exclude them?

\`\`\`sql
${code(f`SELECT ou.shortname                        AS branch,
       date_trunc('month', c.xact_start)   AS month,
       count(*)                            AS circs
FROM action.circulation c
JOIN actor.org_unit ou ON ou.id = c.circ_lib
WHERE c.xact_start >= '2024-01-01'
  AND c.xact_start <  '2025-01-01'
GROUP BY 1, 2
ORDER BY 1, 2;`)}
\`\`\``),

  rec('code_python', f`Esse score de fraude de sinistro marca quase tudo como suspeito quando o pet é novo na apólice. Pode revisar a lógica?

${code(f`from datetime import date

def score_sinistro(sinistro: dict, apolice: dict) -> float:
    score = 0.0
    dias_desde_inicio = (sinistro["data_atendimento"] - apolice["inicio"]).days

    # carência de 30 dias para doença
    if sinistro["tipo"] == "doenca" and dias_desde_inicio < 30:
        score += 0.6

    # valor acima do percentil 95 da raça
    if sinistro["valor"] > apolice["p95_raca"]:
        score += 0.3

    # mesma clínica com muitos sinistros no mês
    if sinistro["clinica_sinistros_mes"] > 25:
        score += 0.2

    if dias_desde_inicio < 90:
        score += 0.4

    return min(score, 1.0)`)}`),

  rec('code_kotlin', f`En la app de Android, la foto de la factura del veterinario sale girada 90° en algunos Samsung. ¿Cómo lo corrijo?

${code(f`fun loadInvoiceBitmap(context: Context, uri: Uri): Bitmap {
    val input = context.contentResolver.openInputStream(uri)
        ?: throw IOException("No se pudo abrir \$uri")
    val bitmap = BitmapFactory.decodeStream(input)
    input.close()
    return Bitmap.createScaledBitmap(bitmap, 1600, (1600f / bitmap.width * bitmap.height).toInt(), true)
}

class ClaimPhotoViewModel(private val repo: ClaimRepository) : ViewModel() {
    val upload = MutableLiveData<Result<String>>()

    fun submit(context: Context, uri: Uri, claimId: String) = viewModelScope.launch {
        val bmp = loadInvoiceBitmap(context, uri)
        upload.value = runCatching { repo.uploadInvoice(claimId, bmp) }
    }
}`)}`),

  rec('code_swift', f`${code(f`struct CycleEntry: Identifiable, Codable {
    let id: UUID
    let startDate: Date
    var lengthDays: Int?
}

func averageCycleLength(_ entries: [CycleEntry]) -> Double? {
    let sorted = entries.sorted { $0.startDate < $1.startDate }
    guard sorted.count > 1 else { return nil }
    var gaps: [Int] = []
    for (a, b) in zip(sorted, sorted.dropFirst()) {
        let d = Calendar.current.dateComponents([.day], from: a.startDate, to: b.startDate).day ?? 0
        gaps.append(d)
    }
    return Double(gaps.reduce(0, +)) / Double(gaps.count)
}`)}

Our cycle tracker shows a 60-day average for users who skip logging one month. Should I drop outliers above 45 days, and how would I do that cleanly?`),

  rec('code_go', f`Hash-match worker for uploads — it looks like some goroutines never finish and memory climbs. What am I missing?

${code(f`func (w *Worker) Run(ctx context.Context, jobs <-chan Upload) error {
	results := make(chan MatchResult)
	var wg sync.WaitGroup

	for i := 0; i < w.parallel; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range jobs {
				h, err := w.hasher.PerceptualHash(ctx, u.FramesPath)
				if err != nil {
					w.log.Warn("hash failed", "upload", u.ID, "err", err)
					continue
				}
				results <- MatchResult{UploadID: u.ID, Matches: w.index.Lookup(h, 8)}
			}
		}()
	}

	go func() { wg.Wait(); close(results) }()

	for r := range results {
		if len(r.Matches) > 0 {
			if err := w.queue.Escalate(ctx, r); err != nil {
				return err
			}
		}
	}
	return nil
}`)}`),

  rec('code_rust', f`Підкажіть, чому цей код нарізки відео на сегменти для перевірки модераторами падає з "index out of bounds", коли відео коротше за 10 секунд?

${code(f`pub fn review_segments(duration_ms: u64, segment_ms: u64) -> Vec<(u64, u64)> {
    let n = (duration_ms / segment_ms) as usize;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let start = i as u64 * segment_ms;
        out.push((start, start + segment_ms));
    }
    // останній сегмент дотягуємо до кінця відео
    let last = out.len() - 1;
    out[last].1 = duration_ms;
    out
}`)}`),

  rec('code_csharp', f`Bonjour, ce service qui envoie les avis de travaux (notifications PM) vers SAP échoue par intermittence avec un timeout. Vous voyez pourquoi ?

${code(f`public async Task<string> CreateNotificationAsync(PmNotification n, CancellationToken ct)
{
    using var client = new HttpClient();
    client.BaseAddress = new Uri(_settings.SapGatewayUrl);
    client.DefaultRequestHeaders.Add("X-CSRF-Token", await FetchCsrfAsync(client, ct));

    var body = JsonSerializer.Serialize(new
    {
        NotificationType = "M2",
        FunctionalLocation = n.FunctionalLocation,
        Equipment = n.EquipmentId,
        ShortText = n.Description.Length > 40 ? n.Description[..40] : n.Description,
        Priority = n.Priority
    });

    var resp = await client.PostAsync("/sap/opu/odata/sap/API_MAINTNOTIFICATION/MaintenanceNotification",
        new StringContent(body, Encoding.UTF8, "application/json"), ct);
    resp.EnsureSuccessStatusCode();
    return await resp.Content.ReadAsStringAsync(ct);
}`)}`),

  rec('code_tsx', f`הקומפוננטה של תור הדיווחים מתרנדרת מחדש כל שנייה ומאטה את הדפדפן של המודרטורים. איך מתקנים?

${code(f`export function ReportQueue({ teamId }: { teamId: string }) {
  const [reports, setReports] = useState<Report[]>([]);
  const [filter, setFilter] = useState({ severity: 'all', lang: 'he' });

  useEffect(() => {
    const id = setInterval(async () => {
      const res = await fetch(\`/api/ts/queue?team=\${teamId}&sev=\${filter.severity}&lang=\${filter.lang}\`);
      setReports(await res.json());
    }, 1000);
    return () => clearInterval(id);
  }, [teamId, filter]);

  const sorted = reports.sort((a, b) => b.score - a.score);

  return (
    <ul>
      {sorted.map((r) => <ReportRow key={r.id} report={r} onFilter={(f) => setFilter({ ...filter, ...f })} />)}
    </ul>
  );
}`)}`),

  rec('code_r', f`Quick one — why does the loss ratio by breed come out as NaN for about a third of the breeds?

${code(f`library(dplyr)

loss_by_breed <- claims %>%
  left_join(policies, by = "policy_id") %>%
  group_by(breed) %>%
  summarise(
    earned_premium = sum(premium_earned),
    paid_claims    = sum(amount_paid),
    n_policies     = n_distinct(policy_id)
  ) %>%
  mutate(loss_ratio = paid_claims / earned_premium) %>%
  arrange(desc(loss_ratio))`)}`),

  rec('code_bash', f`Aquest script de còpia de seguretat del catàleg s'executa cada nit però els fitxers antics no s'esborren mai. Què hi falla?

${code(f`#!/bin/bash
DATA=$(date +%Y%m%d)
DESTI=/backups/koha
mkdir -p $DESTI

koha-dump consorci > /dev/null 2>&1
mv /var/spool/koha/consorci/consorci-$DATA*.sql.gz $DESTI/

# esborrar còpies de més de 14 dies
find $DESTI -name "*.sql.gz" -mtime 14 -exec rm {} \\;

echo "Còpia feta: $DATA" >> /var/log/backup-koha.log`)}`),

  rec('code_php', f`Anh chị ơi, form đặt lịch khám của phòng khám bị đặt trùng giờ khi hai người bấm cùng lúc. Code như sau:

${code(f`<?php
function datLich(PDO $db, int $bacSiId, string $gio, int $benhNhanId): bool {
    $stmt = $db->prepare('SELECT COUNT(*) FROM lich_hen WHERE bac_si_id = ? AND gio_hen = ?');
    $stmt->execute([$bacSiId, $gio]);
    if ((int)$stmt->fetchColumn() > 0) {
        return false; // đã có người đặt
    }
    $ins = $db->prepare('INSERT INTO lich_hen (bac_si_id, gio_hen, benh_nhan_id) VALUES (?, ?, ?)');
    return $ins->execute([$bacSiId, $gio, $benhNhanId]);
}`)}

Em nên dùng transaction hay unique index ạ?`),

  rec('code_java', f`أحتاج شرح لهذا الكود اللي يقرأ حقول رسالة MT700، ليش الحقل 45A يطلع ناقص إذا كان فيه أكثر من سطر؟

${code(f`public Map<String, String> parseFields(String block4) {
    Map<String, String> fields = new LinkedHashMap<>();
    Pattern p = Pattern.compile(":(\\\\d{2}[A-Z]?):(.*)");
    for (String line : block4.split("\\r?\\n")) {
        Matcher m = p.matcher(line);
        if (m.matches()) {
            fields.put(m.group(1), m.group(2));
        }
    }
    return fields;
}`)}`),

  rec('code_ruby', f`Ahoj, tahle metoda pro rezervace v naší knihovní aplikaci vrací čtenáři špatné pořadí ve frontě. Kde je chyba?

${code(f`class HoldQueue
  def initialize(holds)
    @holds = holds
  end

  def position_for(patron_id, item_id)
    queue = @holds.select { |h| h.item_id == item_id && h.active? }
                  .sort_by(&:created_at)
                  .reverse
    idx = queue.index { |h| h.patron_id == patron_id }
    idx.nil? ? nil : idx + 1
  end
end`)}`),

  rec('code_matlab', f`I'm analysing vibration data from the ball mill motor bearings (sampled at 25.6 kHz). The envelope spectrum doesn't show the BPFO peak I expect at ~87 Hz. Is my processing wrong?

${code(f`fs = 25600;
x = readmatrix('BM2_DE_bearing_2024-11-28.csv');
x = x(:,2) - mean(x(:,2));

[b,a] = butter(4, [2000 8000]/(fs/2), 'bandpass');
xf = filter(b, a, x);
env = abs(hilbert(xf));

N = length(env);
E = abs(fft(env))/N;
f = (0:N-1)*fs/N;
plot(f(1:N/2), E(1:N/2));
xlim([0 500]); xlabel('Hz'); title('Envelope spectrum BM2 DE');`)}`),

  rec('code_powershell', f`Bonjour, script pou kreye kont yo pou nouvo enfimyè yo nan Active Directory. Li pa mete yo nan bon gwoup la. Ou ka gade l?

${code(f`$nouvo = Import-Csv -Path "C:\\RH\\nouvo_enfimye.csv" -Encoding UTF8
foreach ($n in $nouvo) {
    $sam = ($n.Prenom.Substring(0,1) + $n.Nom).ToLower()
    New-ADUser -Name "$($n.Prenom) $($n.Nom)" -SamAccountName $sam \`
        -Path "OU=Enfimye,OU=Klinik,DC=marigold,DC=local" \`
        -AccountPassword (Read-Host -AsSecureString "Modpas pou $sam") -Enabled $true
    Add-ADGroupMember -Identity "GRP-DME-Enfimye" -Members $n.Nom
}`)}`),

  rec('diff', f`Коллеги, посмотрите ревью: правильно ли я поправил порог автоблокировки для спама в комментариях?

${code(f`--- a/ts/rules/comment_spam.py
+++ b/ts/rules/comment_spam.py
@@ -18,11 +18,14 @@ class CommentSpamRule(Rule):
     def evaluate(self, comment: Comment, ctx: Context) -> Verdict:
         score = self.model.predict(comment.text)
-        if score > 0.8:
+        links = len(URL_RE.findall(comment.text))
+        if score > 0.92 or (score > 0.75 and links >= 2):
             return Verdict.BLOCK
-        if score > 0.5:
+        if score > 0.6 and ctx.account_age_days < 7:
             return Verdict.HOLD_FOR_REVIEW
+        if score > 0.6:
+            return Verdict.LIMIT_VISIBILITY
         return Verdict.ALLOW`)}`),

  rec('code_dart', f`O app Flutter mostra o valor do reembolso com ponto em vez de vírgula (R$ 1,480.00). Como formato para pt_BR?

${code(f`class ResumoSinistro extends StatelessWidget {
  final Sinistro s;
  const ResumoSinistro({super.key, required this.s});

  @override
  Widget build(BuildContext context) {
    return Card(
      child: ListTile(
        title: Text(s.petNome),
        subtitle: Text('Reembolso: R\\$ \${s.valorReembolso.toStringAsFixed(2)}'),
        trailing: Icon(s.aprovado ? Icons.check_circle : Icons.hourglass_top),
      ),
    );
  }
}`)}`),
];
