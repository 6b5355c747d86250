/**
 * Held-out batch 54: pasted source code from game, lab, shipping, library, law-firm and charity
 * staff, with questions in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH54_SOURCE_CODE: DraftRecord[] = [
  rec('code_kotlin', f`Some Android players get their gems twice after a purchase, others never. Is the acknowledge logic wrong?

\`\`\`kotlin
${code(f`override fun onPurchasesUpdated(result: BillingResult, purchases: MutableList<Purchase>?) {
    if (result.responseCode != BillingClient.BillingResponseCode.OK || purchases == null) return
    for (purchase in purchases) {
        if (purchase.purchaseState == Purchase.PurchaseState.PURCHASED) {
            grantGems(purchase.products.first(), purchase.quantity)
            if (!purchase.isAcknowledged) {
                val params = AcknowledgePurchaseParams.newBuilder()
                    .setPurchaseToken(purchase.purchaseToken)
                    .build()
                scope.launch { billingClient.acknowledgePurchase(params) }
            }
        }
    }
}`)}
\`\`\``),

  rec('code_swift', f`StoreKit 2 のトランザクション監視です。アプリ起動直後に購入するとアイテムが付与されないことがあります。どこが悪いでしょうか？

${code(f`@MainActor
final class StoreObserver: ObservableObject {
    private var updates: Task<Void, Never>?

    func start() {
        updates = Task.detached {
            for await result in Transaction.updates {
                guard case .verified(let transaction) = result else { continue }
                await Inventory.shared.grant(productID: transaction.productID)
                await transaction.finish()
            }
        }
    }

    deinit { updates?.cancel() }
}`)}`),

  rec('code_csharp', f`이벤트 시작 시간이 한국 유저한테만 9시간 늦게 열려요. 서버는 UTC 입니다.

\`\`\`csharp
${code(f`public bool IsEventActive(LiveEvent ev)
{
    var now = DateTime.Now;
    var start = DateTime.Parse(ev.StartsAt);   // "2024-12-20 10:00:00"
    var end = start.AddHours(ev.DurationHours);
    return now >= start && now < end;
}

public TimeSpan TimeLeft(LiveEvent ev)
{
    var end = DateTime.Parse(ev.StartsAt).AddHours(ev.DurationHours);
    return end - DateTime.UtcNow;
}`)}
\`\`\``),

  rec('code_lua', f`Script sự kiện Giáng sinh trong game, phần thưởng đăng nhập ngày thứ 7 không bao giờ được phát. Bạn xem giúp:

${code(f`local Rewards = require("rewards")

local DAILY = { 50, 50, 100, 100, 150, 200, "chest_xmas" }

function onLogin(player, now)
  local streak = player.data.xmas_streak or 0
  local last = player.data.xmas_last or 0
  if os.date("!%Y%m%d", now) == os.date("!%Y%m%d", last) then return end
  if now - last > 48 * 3600 then streak = 0 end
  streak = streak + 1
  if streak < #DAILY then
    Rewards.grant(player, DAILY[streak])
  end
  player.data.xmas_streak = streak
  player.data.xmas_last = now
end`)}`),

  rec('code_python', f`Voitko selittää, miksi tämä kontrollikortti näyttää kaikki pisteet hälytysrajan yli, vaikka somaattisten solujen määrä on normaali?

${code(f`import pandas as pd
import matplotlib.pyplot as plt

df = pd.read_csv("scc_marraskuu.csv", sep=";", decimal=",", parse_dates=["pvm"])
df = df.sort_values("pvm")
mean = df["scc"].mean()
sd = df["scc"].std()
ucl, lcl = mean + 3 * sd, max(mean - 3 * sd, 0)

ax = df.plot(x="pvm", y="scc", marker="o", legend=False)
ax.axhline(mean, color="green")
ax.axhline(ucl, color="red", linestyle="--")
ax.axhline(lcl, color="red", linestyle="--")
alarms = df[df["scc"] > ucl / 1000]
ax.scatter(alarms["pvm"], alarms["scc"], color="red", zorder=3)
plt.savefig("kontrollikortti.png", dpi=150)`)}`),

  rec('code_r', f`Vi deltager i en ringtest for fedt og protein i mælk. Kan du tjekke, om z-score-beregningen er rigtig?

${code(f`library(dplyr)

ringtest <- read.csv2("ringtest_2024_Q4.csv")

resultat <- ringtest %>%
  group_by(parameter) %>%
  mutate(
    tildelt = median(vaerdi),
    sigma_p = ifelse(parameter == "fedt", 0.02, 0.015),
    z = (vaerdi - tildelt) / sigma_p,
    vurdering = case_when(abs(z) <= 2 ~ "tilfredsstillende",
                          abs(z) < 3 ~ "tvivlsom",
                          TRUE ~ "utilfredsstillende")
  ) %>%
  filter(lab_id == "DK-047")

print(resultat)`)}`),

  rec('code_sql', f`Aquesta consulta per treure els préstecs endarrerits de més de 30 dies tarda molt i a vegades surt el mateix usuari dues vegades. Què hi ha malament?

${code(f`SELECT b.cardnumber, b.surname, b.firstname, i.barcode, bi.title,
       DATEDIFF(CURDATE(), iss.date_due) AS dies_retard
FROM issues iss
JOIN borrowers b ON b.borrowernumber = iss.borrowernumber
JOIN items i ON i.itemnumber = iss.itemnumber
JOIN biblio bi ON bi.biblionumber = i.biblionumber
LEFT JOIN accountlines a ON a.borrowernumber = b.borrowernumber
WHERE DATEDIFF(CURDATE(), iss.date_due) > 30
  AND i.homebranch IN ('GRAC', 'SANT', 'NOUB')
ORDER BY dies_retard DESC;`)}`),

  rec('code_perl', f`Heredé este script de Koha que manda avisos de reservas disponibles. Desde la actualización a 23.11 no envía nada y no da error. ¿Me lo explicas línea por línea?

${code(f`#!/usr/bin/perl
use Modern::Perl;
use C4::Context;
use Koha::Holds;
use C4::Letters;

my $dbh = C4::Context->dbh;
my $holds = Koha::Holds->search({ found => 'W', waitingdate => { '>=' => \\'CURDATE() - INTERVAL 1 DAY' } });

while ( my $hold = $holds->next ) {
    my $letter = C4::Letters::GetPreparedLetter(
        module      => 'reserves',
        letter_code => 'HOLD',
        branchcode  => $hold->branchcode,
        tables      => { borrowers => $hold->borrowernumber, biblio => $hold->biblionumber },
    ) or next;
    C4::Letters::EnqueueLetter({ letter => $letter, borrowernumber => $hold->borrowernumber, message_transport_type => 'email' });
}`)}`),

  rec('code_go', f`Our COPRAR parser drops the last container of every message. Can you spot it?

${code(f`func parseEquipment(segments []Segment) []Container {
	var out []Container
	var cur *Container
	for _, s := range segments {
		switch s.Tag {
		case "EQD":
			if cur != nil {
				out = append(out, *cur)
			}
			cur = &Container{Number: s.Elem(2), SizeType: s.Elem(3)}
		case "LOC":
			if cur != nil && s.Elem(1) == "147" {
				cur.StowPos = s.Elem(2)
			}
		case "MEA":
			if cur != nil && s.Elem(2) == "VGM" {
				cur.VGMKg, _ = strconv.Atoi(s.Elem(3))
			}
		}
	}
	return out
}`)}`),

  rec('code_java', f`Endpoint do śledzenia kontenerów dla klientów zwraca 500, kiedy kontener nie ma jeszcze żadnego zdarzenia. Jak to poprawić porządnie, bez try/catch wszędzie?

\`\`\`java
${code(f`@GetMapping("/api/tracking/{containerNo}")
public TrackingDto track(@PathVariable String containerNo) {
    Container c = containerRepo.findByNumber(containerNo.toUpperCase())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    List<Event> events = eventRepo.findByContainerIdOrderByTimestampDesc(c.getId());
    Event last = events.get(0);
    return new TrackingDto(c.getNumber(), last.getLocation(), last.getStatus(), last.getTimestamp(), events.size());
}`)}
\`\`\``),

  rec('code_abap', f`Kannst du mir diesen ABAP-Report erklären? Er soll offene Frachtrechnungen pro Kunde summieren, liefert aber bei Fremdwährung falsche Summen.

${code(f`REPORT zfrt_open_items.

TABLES: bsid.
SELECT-OPTIONS: s_kunnr FOR bsid-kunnr,
                s_budat FOR bsid-budat.

TYPES: BEGIN OF ty_sum,
         kunnr TYPE bsid-kunnr,
         waers TYPE bsid-waers,
         wrbtr TYPE bsid-wrbtr,
       END OF ty_sum.
DATA: lt_sum TYPE STANDARD TABLE OF ty_sum,
      ls_sum TYPE ty_sum.

SELECT kunnr, waers, dmbtr AS wrbtr
  FROM bsid
  WHERE kunnr IN @s_kunnr AND budat IN @s_budat AND bukrs = '1000'
  INTO TABLE @DATA(lt_items).

LOOP AT lt_items INTO DATA(ls_item).
  ls_sum = CORRESPONDING #( ls_item ).
  COLLECT ls_sum INTO lt_sum.
ENDLOOP.

cl_demo_output=>display( lt_sum ).`)}`),

  rec('code_vba', f`This macro is supposed to colour visa expiry dates in our client tracker (red < 60 days, amber < 120) but it colours everything red. What have I done wrong?

${code(f`Sub HighlightExpiries()
    Dim ws As Worksheet, c As Range, daysLeft As Long
    Set ws = ThisWorkbook.Sheets("Tracker")
    For Each c In ws.Range("H2:H" & ws.Cells(ws.Rows.Count, "H").End(xlUp).Row)
        If IsDate(c.Value) Then
            daysLeft = Date - CDate(c.Value)
            If daysLeft < 60 Then
                c.Interior.Color = RGB(255, 150, 150)
            ElseIf daysLeft < 120 Then
                c.Interior.Color = RGB(255, 210, 120)
            Else
                c.Interior.ColorIndex = xlNone
            End If
        End If
    Next c
End Sub`)}`),

  rec('code_powershell', f`Tá an script seo ceaptha na ríomhairí poiblí sa leabharlann a ghlanadh gach oíche ag 21:00, ach fanann na comhaid íoslódáilte. An bhfeiceann tú an fhadhb?

${code(f`$profiles = Get-ChildItem "C:\\Users" -Directory | Where-Object { $_.Name -like "patron*" }
foreach ($p in $profiles) {
    $targets = @("Downloads", "Desktop", "Documents", "AppData\\Local\\Temp")
    foreach ($t in $targets) {
        $path = Join-Path $p.FullName $t
        if (Test-Path $path) {
            Get-ChildItem $path -Recurse | Remove-Item -Force -ErrorAction SilentlyContinue
        }
    }
}
Restart-Computer -Force`)}`),

  rec('code_bash', f`Ce script vérifie l'intégrité (fixité) des fichiers numérisés des archives chaque semaine. Il signale des erreurs sur des fichiers qui n'ont pas bougé. Une idée ?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
ROOT=/srv/archives/numerisation
MANIFEST="$ROOT/manifest-sha256.txt"
REPORT="/var/log/fixite/$(date +%F).log"

cd "$ROOT"
while read -r sum path; do
  if [ ! -f "$path" ]; then
    echo "MANQUANT $path" >> "$REPORT"
    continue
  fi
  actual=$(sha256sum $path | cut -d' ' -f1)
  [ "$actual" = "$sum" ] || echo "DIFFERENT $path" >> "$REPORT"
done < "$MANIFEST"`)}
\`\`\``),

  rec('code_ts', f`On the new donate page the Gift Aid checkbox stays ticked even when someone switches to "donating on behalf of a company". Here's the component:

${code(f`export function GiftAidSection({ donorType }: { donorType: 'individual' | 'company' }) {
  const [giftAid, setGiftAid] = useState(false);
  const eligible = donorType === 'individual';

  useEffect(() => {
    if (!eligible) return;
    setGiftAid(localStorage.getItem('giftAid') === 'yes');
  }, []);

  return (
    <label className={eligible ? '' : 'disabled'}>
      <input type="checkbox" checked={giftAid} disabled={!eligible}
             onChange={(e) => { setGiftAid(e.target.checked); localStorage.setItem('giftAid', e.target.checked ? 'yes' : 'no'); }} />
      Yes, I am a UK taxpayer and would like to Gift Aid my donation
    </label>
  );
}`)}`),

  rec('code_php', f`${code(f`add_action('init', function () {
    register_post_type('hospice_event', [
        'label'        => 'Fundraising events',
        'public'       => true,
        'has_archive'  => true,
        'show_in_rest' => true,
        'supports'     => ['title', 'editor', 'thumbnail'],
    ]);
});

add_filter('the_content', function ($content) {
    if (get_post_type() !== 'hospice_event') return $content;
    $date = get_post_meta(get_the_ID(), 'event_date', true);
    return '<p class="event-date">' . date('j F Y', strtotime($date)) . '</p>' . $content;
});`)}

Our events plugin: the Midnight Walk shows "1 January 1970". The date field is filled in. What's wrong?`),

  rec('code_python', f`Good morning, I am building a small Django app to track immigration deadlines for our Abuja desk. The reminder query returns matters that are already closed. Kindly check:

${code(f`class Matter(models.Model):
    client_name = models.CharField(max_length=120)
    visa_type = models.CharField(max_length=40)
    deadline = models.DateField()
    closed = models.BooleanField(default=False)

def due_soon(days=14):
    today = date.today()
    return Matter.objects.filter(
        Q(deadline__lte=today + timedelta(days=days)) | Q(deadline__lt=today),
        closed=False,
    ) | Matter.objects.filter(visa_type="ILR", deadline__year=today.year)`)}`),

  rec('code_rust', f`マッチメイキングサーバーで、同じプレイヤーが2つの部屋に入ってしまうことがあります。ロックの使い方がおかしいですか？

${code(f`pub async fn try_match(queue: Arc<Mutex<VecDeque<PlayerId>>>, rooms: Arc<RoomRegistry>) {
    let pair = {
        let mut q = queue.lock().await;
        if q.len() < 2 { return; }
        (q[0], q[1])
    };
    let room = rooms.create().await;
    room.join(pair.0).await;
    room.join(pair.1).await;
    let mut q = queue.lock().await;
    q.retain(|p| *p != pair.0 && *p != pair.1);
}`)}`),

  rec('code_python', f`Il calcolo della retta di taratura per l'HPLC (aflatossina M1) mi dà un R² strano. Puoi controllare?

${code(f`import numpy as np

conc = np.array([0.0, 0.025, 0.05, 0.1, 0.25])      # µg/kg
area = np.array([12.0, 1830.5, 3702.1, 7311.8, 18420.3])

slope, intercept = np.polyfit(area, conc, 1)
pred = slope * area + intercept
r2 = 1 - np.sum((conc - pred) ** 2) / np.sum(conc - conc.mean()) ** 2

def quantify(a):
    return (a - intercept) / slope

print(f"y = {slope:.5f}x + {intercept:.4f}, R2 = {r2:.4f}")
print("campione 2411-07:", round(quantify(5120.4), 4), "µg/kg")`)}`),

  rec('code_st', f`Kan du se over denne Structured Text-koden for omledningsventilen på pasteuren? Jeg vil være sikker på at den slår om hvis temperaturmålingen faller ut.

${code(f`PROGRAM FlowDiversion
VAR
    TT101 : REAL;            (* holdeoppvarmer, degC *)
    TT101_Fault : BOOL;
    FDV_Forward : BOOL;
    HoldTimer : TON;
END_VAR

HoldTimer(IN := TT101 >= 72.0, PT := T#15S);

IF TT101_Fault THEN
    FDV_Forward := TRUE;
ELSIF HoldTimer.Q THEN
    FDV_Forward := TRUE;
ELSE
    FDV_Forward := FALSE;
END_IF;
END_PROGRAM`)}`),

  rec('code_dart', f`Na app da biblioteca, a lista de reservas não atualiza depois de cancelar uma. O que falta?

${code(f`class ReservasPage extends StatefulWidget {
  const ReservasPage({super.key});
  @override
  State<ReservasPage> createState() => _ReservasPageState();
}

class _ReservasPageState extends State<ReservasPage> {
  late Future<List<Reserva>> _reservas = api.minhasReservas();

  Future<void> _cancelar(Reserva r) async {
    await api.cancelarReserva(r.id);
    _reservas = api.minhasReservas();
  }

  @override
  Widget build(BuildContext context) => FutureBuilder<List<Reserva>>(
        future: _reservas,
        builder: (ctx, snap) => ListView(
          children: [for (final r in snap.data ?? []) ListTile(title: Text(r.titulo), trailing: IconButton(icon: const Icon(Icons.close), onPressed: () => _cancelar(r)))],
        ),
      );
}`)}`),

  rec('code_tsql', f`Запрос должен показывать моряков, у которых сертификаты истекают в ближайшие 90 дней, но выводит и тех, у кого уже продлены. Помоги исправить:

${code(f`SELECT s.SeafarerId, s.FullName, c.CertType, c.ExpiryDate
FROM dbo.Seafarers s
JOIN dbo.Certificates c ON c.SeafarerId = s.SeafarerId
WHERE c.ExpiryDate BETWEEN GETDATE() AND DATEADD(DAY, 90, GETDATE())
  AND s.Status = 'ACTIVE'
ORDER BY c.ExpiryDate;`)}`),

  rec('diff', f`Bu değişiklik maç sonu ödüllerini iki kez veriyor olabilir mi? Code review'da emin olamadım:

${code(f`--- a/server/rewards/match_end.go
+++ b/server/rewards/match_end.go
@@ -41,9 +41,12 @@ func (h *Handler) OnMatchEnd(ctx context.Context, m *Match) error {
 	for _, p := range m.Players {
-		if err := h.store.GrantOnce(ctx, m.ID, p.ID, rewardFor(p)); err != nil {
-			return err
-		}
+		go func(p Player) {
+			if err := h.store.Grant(ctx, p.ID, rewardFor(p)); err != nil {
+				h.log.Error("grant failed", "player", p.ID, "err", err)
+			}
+		}(p)
 	}
 	return nil
 }`)}`),

  rec('code_xslt', f`Our EAD finding aids render without the dates of the series. Here's the XSLT we use for the public catalogue:

${code(f`<xsl:template match="ead:c[@level='series']">
  <section class="series">
    <h3><xsl:value-of select="ead:did/ead:unittitle"/></h3>
    <p class="dates"><xsl:value-of select="ead:unitdate"/></p>
    <xsl:apply-templates select="ead:scopecontent"/>
    <xsl:apply-templates select="ead:c"/>
  </section>
</xsl:template>`)}`),
];
