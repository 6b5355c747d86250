/**
 * Held-out batch 52: pasted source code from signalling tools, drilling-rig PLCs, payout and moderation
 * services, vet-clinic apps, paywall code and admissions scripts, with questions in many languages.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH52_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`This is supposed to flag track sections whose axle counter needed more than 3 resets in a week, but it reports every section. What's wrong?

\`\`\`python
${code(f`import csv
from collections import defaultdict
from datetime import datetime, timedelta

def noisy_sections(path, threshold=3, days=7):
    resets = defaultdict(list)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            if row["event"] in ("RESET_PREP", "RESET_DIRECT"):
                resets[row["section"]].append(datetime.fromisoformat(row["ts"]))
    cutoff = datetime.now() - timedelta(days=days)
    return {s: len(ts) for s, ts in resets.items() if len([t for t in ts if t > cutoff]) > threshold or ts}`)}
\`\`\``),

  rec('code_st_de_at', f`Servus, das ist der Baustein für die Spülpumpen-Verriegelung auf der Bohranlage. Die Pumpe 2 geht manchmal nicht aus, obwohl der Druck über dem Grenzwert ist. Siehst du einen Fehler?

${code(f`FUNCTION_BLOCK FB_MudPumpInterlock
VAR_INPUT
    rStandpipePressure : REAL;   (* bar *)
    rMaxPressure       : REAL := 345.0;
    bPumpRunCmd        : BOOL;
    bEStop             : BOOL;
END_VAR
VAR_OUTPUT
    bPumpEnable : BOOL;
    bAlarm      : BOOL;
END_VAR
VAR
    tonOverPressure : TON;
END_VAR

tonOverPressure(IN := rStandpipePressure > rMaxPressure, PT := T#2S);
bAlarm := tonOverPressure.Q;
IF bEStop OR bAlarm THEN
    bPumpEnable := FALSE;
ELSIF bPumpRunCmd THEN
    bPumpEnable := TRUE;
END_IF;
END_FUNCTION_BLOCK`)}

Die Pumpe hängt an bPumpEnable über ein Relais.`),

  rec('code_sql', f`Query to find seller accounts that share a payout account — it takes 40 s on prod. Any index ideas?

${code(f`SELECT p.iban_hash,
       COUNT(DISTINCT p.seller_id)          AS sellers,
       ARRAY_AGG(DISTINCT s.country)        AS countries,
       MIN(s.created_at)                    AS first_seen,
       SUM(o.amount_eur) FILTER (WHERE o.created_at > now() - interval '30 days') AS gmv_30d
FROM payout_methods p
JOIN sellers s ON s.id = p.seller_id
LEFT JOIN orders o ON o.seller_id = p.seller_id AND o.status = 'completed'
WHERE p.active
GROUP BY p.iban_hash
HAVING COUNT(DISTINCT p.seller_id) > 1
ORDER BY sellers DESC, gmv_30d DESC NULLS LAST;`)}`),

  rec('code_go', f`Payout totals are off by a cent on about 1 in 500 batches. I suspect the float, but where exactly?

${code(f`type Payout struct {
	SellerID string
	Currency string
	Amount   float64
}

func BuildBatch(sales []Sale, feeRate float64) map[string]*Payout {
	out := make(map[string]*Payout)
	for _, s := range sales {
		p, ok := out[s.SellerID]
		if !ok {
			p = &Payout{SellerID: s.SellerID, Currency: s.Currency}
			out[s.SellerID] = p
		}
		net := s.Price - s.Price*feeRate
		p.Amount += math.Round(net*100) / 100
	}
	return out
}`)}`),

  rec('code_ts_de_ch', f`Grüezi, unser Artikelzähler für die Paywall zählt manchmal doppelt, wenn jemand den Artikel in zwei Tabs öffnet. Wie würden Sie das lösen?

${code(f`const FREE_ARTICLES = 3;
const KEY = 'rb_meter';

interface Meter { month: string; ids: string[] }

export function shouldShowPaywall(articleId: string, isSubscriber: boolean): boolean {
  if (isSubscriber) return false;
  const month = new Date().toISOString().slice(0, 7);
  const raw = localStorage.getItem(KEY);
  let meter: Meter = raw ? JSON.parse(raw) : { month, ids: [] };
  if (meter.month !== month) meter = { month, ids: [] };
  if (!meter.ids.includes(articleId)) meter.ids.push(articleId);
  localStorage.setItem(KEY, JSON.stringify(meter));
  return meter.ids.length > FREE_ARTICLES;
}`)}`),

  rec('code_php_fr_be', f`Bonjour, sur la prise de rendez-vous en ligne des cliniques belges, deux clients arrivent parfois à réserver le même créneau. Le contrôleur Laravel :

${code(f`public function store(Request $request, Clinic $clinic)
{
    $data = $request->validate([
        'slot_id' => 'required|exists:slots,id',
        'animal_id' => 'required|exists:animals,id',
    ]);

    $slot = Slot::findOrFail($data['slot_id']);
    if ($slot->booked) {
        return back()->withErrors(['slot_id' => 'Ce créneau n’est plus disponible.']);
    }

    $slot->update(['booked' => true]);
    Appointment::create([...$data, 'clinic_id' => $clinic->id, 'user_id' => $request->user()->id]);

    return redirect()->route('rdv.confirmation');
}`)}

Comment éviter la double réservation proprement ?`),

  rec('code_js', f`Apps Script for the bursary committee sheet. It should compute a need score per family, but rows with an empty "other income" cell get NaN:

${code(f`function scoreBursaryRows() {
  const sh = SpreadsheetApp.getActive().getSheetByName('Applications 2025');
  const rows = sh.getDataRange().getValues();
  const header = rows.shift();
  const col = (name) => header.indexOf(name);
  const out = rows.map((r) => {
    const income = r[col('Household income EUR')] + r[col('Other income EUR')];
    const perChild = income / Math.max(1, r[col('Children in fee-paying schools')]);
    const score = Math.round(100 - Math.min(100, perChild / 1500));
    return [score];
  });
  sh.getRange(2, col('Need score') + 1, out.length, 1).setValues(out);
}`)}`),

  rec('code_r_is', f`Hæ, ég er að reikna hitastigul fyrir holu HE-58 en línan passar ekki við gögnin fyrir neðan 1500 m. Hvað er að?

${code(f`library(dplyr)
library(ggplot2)

logg <- read.csv("HE58_hitamaeling_2025-01.csv") |>
  filter(dypi_m > 200, !is.na(hiti_C))

fit <- lm(hiti_C ~ dypi_m, data = logg)
summary(fit)

ggplot(logg, aes(x = hiti_C, y = dypi_m)) +
  geom_point(size = 0.6) +
  geom_smooth(method = "lm", se = FALSE, colour = "firebrick") +
  scale_y_reverse() +
  labs(x = "Hiti (°C)", y = "Dýpi (m)", title = "HE-58 hitastigull")`)}`),

  rec('code_c_sv', f`Hej! Den här funktionen ska plocka ut fält ur ett balistelegram (bitfält, MSB först), men NID_C blir fel när fältet korsar en bytegräns. Ser du felet?

${code(f`static uint32_t get_bits(const uint8_t *buf, size_t bitpos, unsigned nbits)
{
    uint32_t v = 0;
    for (unsigned i = 0; i < nbits; i++) {
        size_t byte = (bitpos + i) / 8;
        unsigned bit = (bitpos + i) % 8;
        v = (v << 1) | ((buf[byte] >> bit) & 1u);
    }
    return v;
}

void parse_header(const uint8_t *tg, struct balise_hdr *h)
{
    h->q_updown = get_bits(tg, 0, 1);
    h->m_version = get_bits(tg, 1, 7);
    h->q_media = get_bits(tg, 8, 1);
    h->n_pig = get_bits(tg, 9, 3);
    h->n_total = get_bits(tg, 12, 3);
    h->m_dup = get_bits(tg, 15, 2);
    h->m_mcount = get_bits(tg, 17, 8);
    h->nid_c = get_bits(tg, 25, 10);
}`)}`),

  rec('code_kotlin_ko', f`안드로이드 앱에서 상품 사진 업로드할 때 큰 사진은 OOM으로 죽어요. 어디를 고쳐야 할까요?

${code(f`suspend fun uploadListingPhoto(uri: Uri, listingId: String): Result<String> = withContext(Dispatchers.IO) {
    runCatching {
        val bytes = context.contentResolver.openInputStream(uri)!!.use { it.readBytes() }
        val bitmap = BitmapFactory.decodeByteArray(bytes, 0, bytes.size)
        val scaled = Bitmap.createScaledBitmap(bitmap, 1600, 1600 * bitmap.height / bitmap.width, true)
        val out = ByteArrayOutputStream()
        scaled.compress(Bitmap.CompressFormat.JPEG, 85, out)
        api.uploadPhoto(listingId, out.toByteArray().toRequestBody("image/jpeg".toMediaType())).url
    }
}`)}`),

  rec('code_swift_ja', f`予約一覧の画面で、予約をキャンセルしてもリストが更新されません。SwiftUIのコードです。

${code(f`struct AppointmentListView: View {
    @State var appointments: [Appointment]
    let api: ClinicAPI

    var body: some View {
        List {
            ForEach(appointments) { appt in
                AppointmentRow(appt: appt)
                    .swipeActions {
                        Button("キャンセル", role: .destructive) {
                            Task { try? await api.cancel(appt.id) }
                        }
                    }
            }
        }
        .task { appointments = (try? await api.upcoming()) ?? [] }
    }
}`)}`),

  rec('code_csharp_nl', f`De herinneringsmails voor vaccinaties gaan soms twee keer de deur uit als de service herstart. Hoe maak ik dit idempotent?

${code(f`public class ReminderWorker : BackgroundService
{
    private readonly IReminderRepository _repo;
    private readonly IMailSender _mail;

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var due = await _repo.GetDueRemindersAsync(DateTime.UtcNow.AddDays(14), ct);
            foreach (var r in due)
            {
                await _mail.SendAsync(r.OwnerEmail, $"Vaccinatieherinnering voor {r.PetName}", Render(r), ct);
                await _repo.MarkSentAsync(r.Id, ct);
            }
            await Task.Delay(TimeSpan.FromMinutes(30), ct);
        }
    }
}`)}`),

  rec('code_rust_no', f`Hei, jeg skriver en parser for ETCS-pakker fra loggfilene, men får "attempt to shift left with overflow" på pakke 5. Hva gjør jeg feil?

${code(f`pub struct BitReader<'a> { data: &'a [u8], pos: usize }

impl<'a> BitReader<'a> {
    pub fn read(&mut self, n: u8) -> u32 {
        let mut v: u32 = 0;
        for _ in 0..n {
            let byte = self.data[self.pos / 8];
            let bit = (byte >> (7 - (self.pos % 8))) & 1;
            v = (v << 1) | bit as u32;
            self.pos += 1;
        }
        v
    }
}

fn parse_packet_5(r: &mut BitReader) -> Packet5 {
    let q_dir = r.read(2);
    let l_packet = r.read(13);
    let q_scale = r.read(2);
    let n_iter = r.read(5);
    let links = (0..=n_iter).map(|_| r.read(40)).collect();
    Packet5 { q_dir, l_packet, q_scale, links }
}`)}`),

  rec('code_bash_pl', f`Skrypt archiwizuje logi rejestratora zdarzeń z nastawni, ale po nocy dysk i tak jest pełny. Co jest nie tak?

${code(f`#!/bin/bash
SRC=/data/rejestrator
DST=/mnt/archiwum/$(hostname)
mkdir -p "$DST"

find "$SRC" -name "*.log" -mtime +1 | while read f; do
    gzip -c "$f" > "$DST/$(basename "$f").gz"
done

find "$DST" -name "*.gz" -mtime +90 -delete
df -h "$SRC" | tail -1`)}`),

  rec('code_powershell', f`Creating AD accounts for the new Grade 6 intake from the admissions CSV. It creates the users but they all land in the default Users container:

${code(f`$students = Import-Csv -Path .\\intake_2025.csv -Delimiter ';'
foreach ($s in $students) {
    $sam = ($s.FirstName.Substring(0,1) + $s.LastName).ToLower() -replace '[^a-z]', ''
    New-ADUser -Name "$($s.FirstName) $($s.LastName)" \`
        -SamAccountName $sam \`
        -UserPrincipalName "$($sam)@students.alpenrand-school.at" \`
        -Path "OU=Grade$($s.Grade),OU=Students,DC=ais,DC=local" \`
        -AccountPassword (ConvertTo-SecureString (New-Guid).Guid -AsPlainText -Force) \`
        -Enabled $true -ChangePasswordAtLogon $true
}`)}`),

  rec('code_ruby_pt', f`Olá, este job de repetição de pagamentos falhados às vezes paga duas vezes ao mesmo vendedor. Consegues ver porquê?

${code(f`class RetryFailedPayoutJob
  include Sidekiq::Job
  sidekiq_options retry: 5, queue: :payouts

  def perform(payout_id)
    payout = Payout.find(payout_id)
    return if payout.paid?

    transfer = PaymentProvider.transfer(
      amount_cents: payout.amount_cents,
      currency: payout.currency,
      destination: payout.seller.payout_account_ref
    )
    payout.update!(status: :paid, provider_ref: transfer.id)
  end
end`)}`),

  rec('code_matlab_tr', f`Merhaba, kuyu testinde Horner grafiği çiziyorum ama eğim beklenenden çok düşük çıkıyor. Kod:

${code(f`data = readtable('KD34_kapama_testi.csv');
tp = 72;                       % uretim suresi, saat
dt = data.sure_saat;
pws = data.basinc_bar;
horner = (tp + dt) ./ dt;

idx = horner < 10;
p = polyfit(log10(horner(idx)), pws(idx), 1);
m = abs(p(1));
fprintf('Egim m = %.2f bar/cycle\\n', m);

semilogx(horner, pws, 'o'); set(gca, 'XDir', 'reverse'); grid on
xlabel('(t_p + \\Delta t) / \\Delta t'); ylabel('p_{ws} (bar)')`)}`),

  rec('code_java_it', f`Ciao, la coda delle autenticazioni (borse e orologi da verificare a mano) a volte assegna lo stesso articolo a due autenticatori. Ecco il servizio Spring:

${code(f`@Service
public class AuthQueueService {
    private final AuthItemRepository repo;

    public AuthQueueService(AuthItemRepository repo) { this.repo = repo; }

    @Transactional
    public Optional<AuthItem> claimNext(String authenticatorId) {
        return repo.findFirstByStatusOrderByPriorityDescCreatedAtAsc(Status.PENDING)
            .map(item -> {
                item.setStatus(Status.IN_REVIEW);
                item.setAssignee(authenticatorId);
                return repo.save(item);
            });
    }
}`)}

Serve un lock? Usiamo PostgreSQL 15.`),

  rec('code_python_fi', f`Moi, teen tilaajapoistuman analyysia. Miksi tämä antaa poistumaksi yli 100 % joillekin kuukausille?

${code(f`import pandas as pd

df = pd.read_csv("tilaukset.csv", parse_dates=["alku", "loppu"])
df["kk"] = df["alku"].dt.to_period("M")

aktiiviset = df.groupby("kk")["tilaus_id"].nunique()
lopetetut = df.dropna(subset=["loppu"]).groupby(df["loppu"].dt.to_period("M"))["tilaus_id"].nunique()

poistuma = (lopetetut / aktiiviset * 100).round(1)
print(poistuma.tail(12))`)}`),

  rec('code_vba_es_cl', f`Hola, esta macro marca en rojo las vacunas que vencen en menos de 30 días en el inventario de la clínica, pero se pone lentísima con 5.000 filas. ¿Cómo la optimizo?

${code(f`Sub MarcarVencimientos()
    Dim ws As Worksheet, i As Long
    Set ws = Sheets("Inventario")
    For i = 2 To ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
        If ws.Cells(i, "E").Value - Date < 30 Then
            ws.Range("A" & i & ":H" & i).Interior.Color = RGB(255, 180, 180)
        Else
            ws.Range("A" & i & ":H" & i).Interior.ColorIndex = xlNone
        End If
    Next i
End Sub`)}`),

  rec('code_fortran_el', f`Γεια! Παλιός κώδικας για αγωγή θερμότητας γύρω από τη γεώτρηση. Μετά από 2000 βήματα οι θερμοκρασίες εκρήγνυνται. Γιατί;

${code(f`program radial_heat
  implicit none
  integer, parameter :: n = 200, nsteps = 5000
  real(8) :: T(n), Tnew(n), r(n), dr, dt, alpha
  integer :: i, k
  dr = 0.5d0; dt = 600d0; alpha = 1.2d-6
  do i = 1, n
     r(i) = 0.1d0 + (i-1)*dr
     T(i) = 25d0 + 0.03d0*2100d0
  end do
  do k = 1, nsteps
     T(1) = 60d0
     do i = 2, n-1
        Tnew(i) = T(i) + alpha*dt/dr**2 * (T(i+1) - 2*T(i) + T(i-1) + dr/(2*r(i))*(T(i+1) - T(i-1)))
     end do
     T(2:n-1) = Tnew(2:n-1)
  end do
  print '(5F10.3)', T(1:n:40)
end program radial_heat`)}`),

  rec('code_sql_hr', f`Bok, upit za popis signala kojima ističe periodički pregled. Vraća duplikate kad signal ima više pregleda. Kako to popraviti?

${code(f`SELECT s.oznaka, s.kolodvor, s.km_polozaj, p.datum_pregleda,
       p.datum_pregleda + INTERVAL '12 months' AS sljedeci_pregled
FROM signali s
JOIN pregledi p ON p.signal_id = s.id
WHERE s.pruga = 'M202'
  AND p.datum_pregleda + INTERVAL '12 months' < CURRENT_DATE + INTERVAL '60 days'
ORDER BY s.km_polozaj;`)}`),

  rec('chat_es_mx', f`Una duda rápida: para sacar solo la columna de profundidad del archivo del registro de lodos uso ${amb('source_code.snippet', "awk -F';' 'NR>1 {print $3}' registro_lodos.csv | sort -n | tail -1")} y me regresa un número raro con coma. ¿Es por el separador decimal?`, 'one-line shell command in prose: ambiguous'),

  rec('code_js_ru', f`Привет! Этот обработчик в Node.js должен отдавать PDF с суточным рапортом по бурению, но иногда клиент получает пустой файл. В чём может быть дело?

${code(f`app.get('/reports/:well/:date.pdf', async (req, res) => {
  const { well, date } = req.params;
  const doc = new PDFDocument({ size: 'A4', margin: 40 });
  res.setHeader('Content-Type', 'application/pdf');
  doc.pipe(res);
  const rows = await db.query('SELECT * FROM daily_drilling WHERE well = $1 AND day = $2', [well, date]);
  doc.fontSize(14).text(\`Суточный рапорт: \${well}, \${date}\`);
  rows.forEach((r) => doc.fontSize(10).text(\`\${r.depth_m} м — \${r.operation}\`));
  doc.end();
  res.end();
});`)}`),
];
