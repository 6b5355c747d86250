/**
 * Held-out batch 154: pasted source code from dam engineers, camp and visa-office developers,
 * recall tooling, chess rating scripts and a removals quote calculator; comments in many languages.
 * Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH154_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_nb', f`Kan du sjekke formelen for overløpet? Vi får for høy vannføring sammenlignet med målingene.

\`\`\`python
${code(f`import math

# Overløpskoeffisient for fritt overløp (Creager-profil)
C_D = 2.1   # m^0.5/s
BREDDE = 42.0  # m, total overløpslengde

def vannforing(hrv: float, overlopskote: float) -> float:
    """Vannføring over overløpet i m3/s for gitt magasinnivå (moh)."""
    h = max(0.0, hrv - overlopskote)
    return C_D * BREDDE * h ** 1.5

for niva in (482.10, 482.60, 483.25):
    print(f"{niva:.2f} moh -> {vannforing(niva, 481.50):.1f} m3/s")`)}
\`\`\``),

  rec('code_st_de', f`Verriegelung Grundablass-Schütz, Structured Text aus der S7-1500. Warum öffnet das Schütz nicht, wenn die Notstromversorgung aktiv ist?

${code(f`FUNCTION_BLOCK FB_Grundablass
VAR_INPUT
    xFreigabeLeitstand : BOOL;
    xNotstromAktiv     : BOOL;
    rPegelOW           : REAL;   // Oberwasserpegel in m ü. M.
    rPegelMax          : REAL := 1964.50;
END_VAR
VAR_OUTPUT
    xSchuetzAuf        : BOOL;
END_VAR

// Öffnen nur mit Freigabe und wenn kein Netzausfall ansteht
IF xFreigabeLeitstand AND NOT xNotstromAktiv THEN
    xSchuetzAuf := rPegelOW > rPegelMax - 0.30;
ELSE
    xSchuetzAuf := FALSE;
END_IF;
END_FUNCTION_BLOCK`)}`),

  rec('code_sql_ka', f`რეიტინგის ცვლილების გამოთვლა ასე გვაქვს, K-ფაქტორი სწორად ირჩევა 18 წლამდე მოთამაშეებისთვის?

\`\`\`sql
${code(f`-- Elo-ს ცვლილება თითოეული პარტიისთვის
WITH k AS (
  SELECT p.fide_id,
         CASE
           WHEN p.games_total < 30 THEN 40
           WHEN DATE_PART('year', AGE(p.birth_date)) < 18 AND p.rtg_std < 2300 THEN 40
           WHEN p.rtg_std >= 2400 THEN 10
           ELSE 20
         END AS k_factor
  FROM players p
)
SELECT g.game_id, g.white_id,
       k.k_factor * (g.white_score - 1.0 / (1 + POWER(10, (g.black_rtg - g.white_rtg) / 400.0))) AS delta_white
FROM games g
JOIN k ON k.fide_id = g.white_id
WHERE g.tournament_id = 2025114;`)}
\`\`\``),

  rec('code_kotlin_frca', f`L'app de présences du camp crash quand un moniteur scanne un bracelet deux fois. Voici le ViewModel :

${code(f`class PresenceViewModel(private val repo: CampeurRepository) : ViewModel() {
    private val _presents = MutableStateFlow<Set<Int>>(emptySet())
    val presents: StateFlow<Set<Int>> = _presents

    fun scanner(braceletId: Int) {
        viewModelScope.launch {
            val campeur = repo.parBracelet(braceletId) ?: return@launch
            // on ajoute le campeur au chalet du jour
            _presents.value = _presents.value + campeur.id
            repo.marquerPresent(campeur.id, LocalDate.now())
        }
    }
}`)}

Ça dit "UNIQUE constraint failed: presence.campeur_id, presence.jour".`),

  rec('code_ts_enie', f`${code(f`// volume estimate for the quoting desk, cubic metres
const ITEM_VOLUMES: Record<string, number> = {
  'sofa-3-seater': 2.0,
  'double-bed': 1.8,
  'wardrobe-double': 1.6,
  'dining-table-6': 1.2,
  'box-medium': 0.07,
};

export function estimateVolume(items: Record<string, number>): number {
  let total = 0;
  for (const [key, qty] of Object.entries(items)) {
    total += (ITEM_VOLUMES[key] ?? 0.5) * qty;
  }
  return Math.ceil(total * 1.15 * 10) / 10; // 15% packing allowance
}

export const vanFor = (m3: number) => (m3 <= 18 ? 'Luton' : m3 <= 45 ? '7.5t' : '18t');`)}

How would I unit-test estimateVolume for the unknown-item fallback?`),

  rec('code_go', f`${code(f`package notify

// FanOut sends one FSN per consignee; the test below fails intermittently.
func FanOut(ctx context.Context, lots []string, store ConsigneeStore, mailer Mailer) error {
	g, ctx := errgroup.WithContext(ctx)
	for _, lot := range lots {
		consignees, err := store.ByLot(ctx, lot)
		if err != nil {
			return err
		}
		for _, c := range consignees {
			g.Go(func() error { return mailer.Send(ctx, c.Email, lot) })
		}
	}
	return g.Wait()
}

func TestFanOut(t *testing.T) {
	store := fakeStore{"VM-ICD-2407A": {{Email: "${v('pii.email', 'biomed.leeds@nhs-example.net')}"}, {Email: "${v('pii.email', 'materiovigilance@chu-example.fr')}"}}}
	m := &recMailer{}
	require.NoError(t, FanOut(context.Background(), []string{"VM-ICD-2407A"}, store, m))
	require.Len(t, m.sent, 2)
}`)}

go 1.21, so loop variable capture might be it?`),

  rec('code_rust_sv', f`Parsern för mätpaketen från dammens portryckgivare tappar ibland sista värdet. Vad är fel?

\`\`\`rust
${code(f`/// Ett paket: [id: u16][antal: u8][värden: antal × i32 (mm vattenpelare)]
pub fn tolka(buf: &[u8]) -> Option<(u16, Vec<i32>)> {
    if buf.len() < 3 {
        return None;
    }
    let id = u16::from_be_bytes([buf[0], buf[1]]);
    let antal = buf[2] as usize;
    let mut varden = Vec::with_capacity(antal);
    for i in 0..antal - 1 {
        let s = 3 + i * 4;
        let b: [u8; 4] = buf.get(s..s + 4)?.try_into().ok()?;
        varden.push(i32::from_be_bytes(b));
    }
    Some((id, varden))
}`)}
\`\`\``),

  rec('code_java_enin', f`CAS letter generator test fails after the template change — expected string doesn't match. Can you spot why?

${code(f`@Test
void rendersStudentBlock() {
    Student s = new Student("Ananya Krishnan", "${v('pii.passport', 'V7382916')}",
            LocalDate.of(${amb('pii.date_of_birth', '2001, 12, 5')}), "MSc Data Science");
    String out = CasLetter.render(s);
    assertThat(out).contains("Passport number: ${v('pii.passport', 'V7382916')}");
    assertThat(out).contains("Date of birth: ${v('pii.date_of_birth', '05 December 2001')}");
}`)}`, 'test fixture with a passport and a birth date; the constructor arguments are ambiguous (README: date constructor in a fixture), the asserted string labelled'),

  rec('code_php_pl', f`${code(f`<?php
// walidacja formularza zapisów na obóz
function waliduj_zapis(array $d): array {
    $bledy = [];
    if (empty($d['imie_dziecka'])) $bledy[] = 'Podaj imię dziecka';
    $ur = DateTime::createFromFormat('Y-m-d', $d['data_urodzenia'] ?? '');
    if (!$ur) {
        $bledy[] = 'Nieprawidłowa data urodzenia';
    } else {
        $wiek = $ur->diff(new DateTime('2025-07-01'))->y;
        if ($wiek < 7 || $wiek > 15) $bledy[] = 'Obóz jest dla dzieci 7–15 lat';
    }
    if (!preg_match('/^\\+?\\d{9,12}$/', $d['telefon_rodzica'] ?? '')) $bledy[] = 'Zły numer telefonu';
    return $bledy;
}`)}

Dlaczego numer "${phone('+48 601 382 947')}" ze spacjami nie przechodzi walidacji?`),

  rec('code_r_ptbr', f`Oi, queria ajuda pra melhorar o gráfico de tendência dos piezômetros da barragem:

${code(f`library(tidyverse)

piezo <- read_csv("leituras_piezometros_2024.csv") |>
  mutate(data = dmy(data)) |>
  filter(instrumento %in% c("PZ-03", "PZ-07", "PZ-11"))

ggplot(piezo, aes(data, cota_piezometrica, colour = instrumento)) +
  geom_line() +
  geom_hline(yintercept = 212.4, linetype = "dashed") +  # nível de alerta
  labs(x = NULL, y = "Cota (m)", title = "Piezômetros — ombreira esquerda")`)}

Quero marcar os pontos acima do nível de alerta em vermelho.`),

  rec('code_bash_es', f`¿Por qué este script de copia del histórico SCADA no borra los ficheros antiguos?

${code(f`#!/usr/bin/env bash
set -euo pipefail
ORIGEN=/var/lib/historian/export
DESTINO=/mnt/nas-presa/historico
FECHA=$(date +%Y%m%d)

tar -czf "\${DESTINO}/historico_\${FECHA}.tar.gz" -C "\${ORIGEN}" .
# conservar solo 30 días
find "\${DESTINO}" -name 'historico_*.tar.gz' -mtime +30 -exec rm {} \\;
logger -t backup-presa "copia \${FECHA} terminada"`)}`),

  rec('code_csharp_nl', f`Deze lookup in de terugroeptool is traag bij 200k serienummers. Tips?

${code(f`public IReadOnlyList<Hulpmiddel> ZoekGetroffen(IEnumerable<string> serienummers)
{
    var resultaat = new List<Hulpmiddel>();
    foreach (var sn in serienummers)
    {
        // elk serienummer apart opvragen
        var h = _db.Hulpmiddelen.FirstOrDefault(x => x.Serienummer == sn && x.Lot.StartsWith("VM-IP-23"));
        if (h != null) resultaat.Add(h);
    }
    return resultaat;
}`)}`),

  rec('code_swift_ja', f`回収対象かどうかをシリアル番号で判定する画面です。非同期処理の書き方がおかしいでしょうか。

\`\`\`swift
${code(f`struct RecallCheckView: View {
    @State private var serial = ""
    @State private var result: String?

    var body: some View {
        VStack {
            TextField("シリアル番号", text: $serial)
            Button("確認") {
                Task {
                    // API で対象ロットか確認
                    let affected = try await RecallAPI.shared.isAffected(serial: serial)
                    result = affected ? "回収対象です" : "対象外です"
                }
            }
            if let result { Text(result) }
        }
    }
}`)}
\`\`\``),

  rec('code_ruby_it', f`${code(f`# abbinamenti svizzeri semplificati per il torneo di circolo
def abbina_turno(giocatori)
  gruppi = giocatori.group_by(&:punti).sort.reverse
  abbinamenti = []
  resto = []
  gruppi.each do |_punti, gruppo|
    gruppo = resto + gruppo.sort_by { |g| -g.elo }
    meta = gruppo.size / 2
    gruppo.first(meta).zip(gruppo.last(meta)).each { |b, n| abbinamenti << [b, n] }
    resto = gruppo.size.odd? ? [gruppo.last] : []
  end
  abbinamenti
end`)}

Così però due giocatori possono incontrarsi due volte. Come lo evito?`),

  rec('code_vba_deat', f`Servus, das Makro im Angebots-Excel rechnet bei Stockwerken ohne Lift falsch:

${code(f`Function Zuschlag(stock As Integer, lift As Boolean, volumen As Double) As Currency
    ' Tragezuschlag pro m³ und Stockwerk, wenn kein Lift vorhanden
    If lift Then
        Zuschlag = 0
    ElseIf stock > 0 Then
        Zuschlag = volumen * stock * 4.5
    End If
End Function`)}

Im Erdgeschoss ohne Lift kommt #WERT! raus.`),

  rec('code_powershell_fr', f`${code(f`# Archive les dossiers étudiants dont le visa a expiré depuis plus de 6 ans
$racine = "\\\\fs-intl\\visas\\dossiers"
$limite = (Get-Date).AddYears(-6)

Get-ChildItem $racine -Directory | ForEach-Object {
    $meta = Get-Content (Join-Path $_.FullName "meta.json") | ConvertFrom-Json
    if ([datetime]$meta.fin_visa -lt $limite) {
        Compress-Archive -Path $_.FullName -DestinationPath "\\\\fs-archive\\visas\\$($_.Name).zip"
        Remove-Item $_.FullName -Recurse -Confirm:$false
    }
}`)}

Est-ce que c'est conforme au RGPD de supprimer après archivage ou faut-il aussi purger l'archive ?`),

  rec('code_octave_tr', f`Baraj hazne hacmi–kot eğrisini interpolasyonla hesaplıyoruz, sonuçlar negatif çıkıyor:

${code(f`% kot (m) ve hacim (hm3) ölçüm tablosu
kot   = [820 830 840 850 860 870];
hacim = [  0  12  41  97 182 301];

% ara değerler için kübik spline
sorgu = 818:0.5:872;
V = interp1(kot, hacim, sorgu, 'spline');
plot(sorgu, V); grid on;
xlabel('Kot (m)'); ylabel('Hacim (hm^3)');`)}`),

  rec('code_c', f`Reading the stilling-basin level gauge over Modbus RTU, value is always off by a factor of 10:

${code(f`#include <modbus.h>
#include <stdio.h>

int main(void) {
    modbus_t *ctx = modbus_new_rtu("/dev/ttyS1", 9600, 'N', 8, 1);
    uint16_t reg[2];
    modbus_set_slave(ctx, 12);
    if (modbus_connect(ctx) == -1) return 1;
    if (modbus_read_registers(ctx, 30001 - 30001, 2, reg) == 2) {
        float level = (float)reg[0] / 100.0f;   /* metres */
        printf("stilling basin level: %.2f m\\n", level);
    }
    modbus_close(ctx);
    modbus_free(ctx);
    return 0;
}`)}`),

  rec('code_pytest_zh', f`签证到期提醒的测试用例一直失败，帮我看看：

${code(f`def test_reminder_60_days_before_expiry(freezer):
    freezer.move_to("2025-07-01")
    student = Student(
        name="李浩然",
        email="${v('pii.email', 'haoran.li@student.northgate.ac.uk')}",
        passport="${v('pii.passport', 'EH7384916')}",
        visa_end=date(2025, 8, 30),
    )
    # 到期前 60 天应该发提醒
    assert reminders.due(student) is True
    assert outbox[-1].to == "${v('pii.email', 'haoran.li@student.northgate.ac.uk')}"`)}`),

  rec('code_dart_hy', f`Էլո-ի հաշվիչ ենք գրում ֆեդերացիայի հավելվածի համար, ստուգիր խնդրեմ.

${code(f`// Սպասվող արդյունքը սպիտակի համար
double expected(int rW, int rB) => 1 / (1 + pow(10, (rB - rW) / 400));

int newRating(int r, int opp, double score, {int k = 20}) {
  final e = expected(r, opp);
  return (r + k * (score - e)).round();
}

void main() {
  print(newRating(1850, 2010, 0.5)); // պետք է 1853 լինի
}`)}

Ինչու՞ է միշտ 1850 տպում։`),

  rec('code_sql_en', f`Quoting desk report: jobs where the final invoice was more than 15% above the quote. Why does this return duplicates?

${code(f`SELECT q.quote_no, c.name, c.phone, q.quoted_eur, i.total_eur,
       ROUND(100.0 * (i.total_eur - q.quoted_eur) / q.quoted_eur, 1) AS overrun_pct
FROM quotes q
JOIN customers c ON c.id = q.customer_id
JOIN invoices i ON i.job_id = q.job_id
LEFT JOIN job_extras x ON x.job_id = q.job_id
WHERE i.total_eur > q.quoted_eur * 1.15
  AND q.created_at >= DATE '2025-01-01'
ORDER BY overrun_pct DESC;`)}

Example row that shows twice: Q-DUB-25-0412, Ciarán Byrne, ${phone('+353 86 204 7719')}.`),
];
