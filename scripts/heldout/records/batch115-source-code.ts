/** Held-out batch 115: pasted source code from loan, clinic, crew-change, paywall, SCADA and case-management work, comments in many languages. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH115_SOURCE_CODE: DraftRecord[] = [
  rec('code_st', f`Hallo, die SPS im Solarpark soll den Tracker bei Sturm in Schutzstellung fahren. Passt die Logik so?

${code(f`FUNCTION_BLOCK FB_WindStow
VAR_INPUT
    rWindSpeed : REAL;      (* m/s, 10-min-Mittel *)
    bManualStow : BOOL;
END_VAR
VAR_OUTPUT
    bStow : BOOL;
END_VAR
VAR
    tonHold : TON;
END_VAR

IF rWindSpeed > 18.0 OR bManualStow THEN
    bStow := TRUE;
    tonHold(IN := FALSE);
ELSE
    tonHold(IN := rWindSpeed < 12.0, PT := T#15M);
    IF tonHold.Q THEN
        bStow := FALSE;
    END_IF
END_IF
END_FUNCTION_BLOCK`)}`),

  rec('code_python', f`This computes the equal-instalment schedule for our crop loans, but the last instalment is off by a few paise. Why?

${code(f`from decimal import Decimal, ROUND_HALF_UP

def emi_schedule(principal: Decimal, annual_rate: Decimal, months: int):
    r = annual_rate / 12 / 100
    emi = principal * r * (1 + r) ** months / ((1 + r) ** months - 1)
    emi = emi.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    balance = principal
    for m in range(1, months + 1):
        interest = (balance * r).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        principal_part = emi - interest
        balance -= principal_part
        yield m, emi, interest, principal_part, balance`)}`),

  rec('code_sql', f`Consulta para listar créditos agrícolas con más de 90 días de mora por sucursal. ¿Se puede optimizar?

${code(f`SELECT s.nombre AS sucursal,
       c.numero_credito,
       c.socio_id,
       MIN(cu.fecha_vencimiento) AS primera_cuota_impaga,
       CURRENT_DATE - MIN(cu.fecha_vencimiento) AS dias_mora,
       SUM(cu.monto - cu.monto_pagado) AS saldo_vencido
FROM creditos c
JOIN cuotas cu ON cu.credito_id = c.id
JOIN sucursales s ON s.id = c.sucursal_id
WHERE cu.monto_pagado < cu.monto
  AND cu.fecha_vencimiento < CURRENT_DATE
GROUP BY s.nombre, c.numero_credito, c.socio_id
HAVING CURRENT_DATE - MIN(cu.fecha_vencimiento) > 90
ORDER BY dias_mora DESC;`)}`),

  rec('code_kotlin', f`Приложение для полевых кредитных инспекторов падает при повороте экрана. Вот ViewModel:

${code(f`class LoanVisitViewModel(private val repo: VisitRepository) : ViewModel() {
    private val _visits = MutableStateFlow<List<Visit>>(emptyList())
    val visits: StateFlow<List<Visit>> = _visits

    fun load(officerId: Long) {
        viewModelScope.launch {
            _visits.value = repo.visitsFor(officerId)
                .filter { it.status != VisitStatus.CANCELLED }
                .sortedBy { it.plannedAt }
        }
    }
}`)}`),

  rec('code_r', f`Can you explain what this ACWR calculation does? Our sports scientist left and I inherited it.

${code(f`library(dplyr)
library(zoo)

acwr <- load_df %>%
  arrange(player_id, date) %>%
  group_by(player_id) %>%
  mutate(
    acute   = rollapplyr(total_distance, 7,  mean, fill = NA),
    chronic = rollapplyr(total_distance, 28, mean, fill = NA),
    ratio   = acute / chronic,
    flag    = ratio > 1.5
  ) %>%
  ungroup()`)}`),

  rec('code_swift', f`物理療法士用のiPadアプリで、可動域の記録がCoreDataに保存されません。

${code(f`func saveRangeOfMotion(playerID: UUID, joint: String, degrees: Double) {
    let context = persistentContainer.viewContext
    let entry = RangeOfMotion(context: context)
    entry.playerID = playerID
    entry.joint = joint
    entry.degrees = degrees
    entry.recordedAt = Date()
    do {
        try context.save()
    } catch {
        print("保存に失敗: \\(error)")
    }
}`)}`),

  rec('code_csharp', f`Bu metot mürettebatın vize bitiş tarihini kontrol ediyor ama Schengen vizelerinde yanlış sonuç veriyor. Neden?

${code(f`public static bool VizeGecerliMi(DateTime girisTarihi, DateTime vizeBitis, int kalisGun)
{
    var cikisTarihi = girisTarihi.AddDays(kalisGun);
    if (cikisTarihi > vizeBitis)
        return false;
    // 180 günlük pencerede 90 gün kuralı
    return kalisGun <= 90;
}`)}`),

  rec('code_go', f`Crew-change scheduler: the goroutine leaks when a flight lookup times out. Where?

${code(f`func fetchFlights(ctx context.Context, legs []Leg) ([]Flight, error) {
	results := make(chan Flight)
	errs := make(chan error)
	for _, l := range legs {
		go func(l Leg) {
			f, err := lookup(ctx, l)
			if err != nil {
				errs <- err
				return
			}
			results <- f
		}(l)
	}
	var out []Flight
	for range legs {
		select {
		case f := <-results:
			out = append(out, f)
		case err := <-errs:
			return nil, err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return out, nil
}`)}`),

  rec('code_ts', f`Paywall meter: Safari private mode always counts the article as the first free one. Our code:

\`\`\`ts
${code(f`const KEY = 'meter_v3';
const LIMIT = 5;

export function registerView(articleId: string): { allowed: boolean; left: number } {
  const raw = localStorage.getItem(KEY);
  const state: { month: string; ids: string[] } = raw ? JSON.parse(raw) : { month: '', ids: [] };
  const month = new Date().toISOString().slice(0, 7);
  if (state.month !== month) { state.month = month; state.ids = []; }
  if (!state.ids.includes(articleId)) state.ids.push(articleId);
  localStorage.setItem(KEY, JSON.stringify(state));
  return { allowed: state.ids.length <= LIMIT, left: Math.max(0, LIMIT - state.ids.length) };
}`)}
\`\`\``),

  rec('code_php', f`Le cron qui suspend les abonnements impayés suspend aussi ceux en période de grâce. Où est l'erreur ?

${code(f`<?php
$stmt = $pdo->prepare(
    "SELECT id FROM abonnements WHERE statut = 'impaye' AND date_echec < NOW() - INTERVAL 7 DAY"
);
$stmt->execute();
foreach ($stmt->fetchAll(PDO::FETCH_COLUMN) as $id) {
    // TODO: vérifier la période de grâce
    $pdo->prepare("UPDATE abonnements SET statut = 'suspendu' WHERE id = ?")->execute([$id]);
    envoyerMailSuspension($id);
}`)}`),

  rec('code_ruby', f`Hej, den här Rails-scopen för prenumeranter som ska få förnyelsepåminnelse tar med även de som redan förnyat.

${code(f`class Subscription < ApplicationRecord
  scope :due_for_reminder, -> {
    where(auto_renew: false)
      .where(ends_on: 14.days.from_now.to_date)
      .left_joins(:renewals)
      .where(renewals: { id: nil })
  }
end`)}`),

  rec('code_rust', f`Rust-parser för växelriktarnas Modbus-svar, men vi får fel effekt när skalfaktorn är negativ:

${code(f`fn ac_power(regs: &[u16]) -> f64 {
    let raw = regs[0] as i16 as f64;
    let sf = regs[1] as i16;
    raw * 10f64.powi(sf as i32)
}

#[test]
fn negative_scale() {
    assert_eq!(ac_power(&[12345, 0xFFFE]), 123.45);
}`)}`),

  rec('code_python', f`Скрипт по знаходженню інверторів, які недовиробляють у порівнянні з сусідами. Чи правильно рахується медіана по рядах?

${code(f`import pandas as pd

df = pd.read_parquet("inverters_15min.parquet")
df["kw_per_kwp"] = df["ac_kw"] / df["dc_kwp"]
median = df.groupby(["timestamp", "block"])["kw_per_kwp"].transform("median")
df["ratio"] = df["kw_per_kwp"] / median
under = (
    df[df["irradiance"] > 400]
    .groupby("inverter_id")["ratio"]
    .mean()
    .loc[lambda s: s < 0.92]
)
print(under.sort_values())`)}`),

  rec('code_c', f`Firmware del datalogger: a volte il buffer circolare perde campioni quando arriva l'interrupt dell'RS-485.

${code(f`#define BUF_SIZE 256
static volatile uint16_t head, tail;
static int16_t buf[BUF_SIZE];

void rs485_isr(void) {
    int16_t sample = read_sample();
    uint16_t next = (head + 1) % BUF_SIZE;
    if (next != tail) {
        buf[head] = sample;
        head = next;
    }
}

int buf_pop(int16_t *out) {
    if (tail == head) return 0;
    *out = buf[tail];
    tail = (tail + 1) % BUF_SIZE;
    return 1;
}`)}`),

  rec('code_java', f`Our case-management system calculates speedy-trial deadlines. It's off by one when the 70th day falls on a weekend. Help?

${code(f`public LocalDate speedyTrialDeadline(LocalDate arraignment, List<LocalDate> holidays) {
    LocalDate deadline = arraignment.plusDays(70);
    while (deadline.getDayOfWeek() == DayOfWeek.SATURDAY
            || deadline.getDayOfWeek() == DayOfWeek.SUNDAY
            || holidays.contains(deadline)) {
        deadline = deadline.plusDays(1);
    }
    return deadline;
}`)}`),

  rec('code_python', f`Ce script anonymise les pièces du dossier avant qu'on les envoie à l'expert, mais il laisse passer les noms avec trait d'union. Tu vois pourquoi ?

${code(f`import re

def caviarder(texte: str, noms: list[str]) -> str:
    for nom in noms:
        motif = r"\\b" + nom + r"\\b"
        texte = re.sub(motif, "[NOM]", texte, flags=re.IGNORECASE)
    return texte`)}`),

  rec('code_bash', f`Skrip ini memindahkan berkas perkara yang sudah ditutup ke arsip, tapi nama berkas dengan spasi rusak. Kenapa?

${code(f`#!/bin/bash
ARSIP=/srv/arsip/$(date +%Y)
mkdir -p $ARSIP
for f in $(find /srv/perkara -name "*.pdf" -mtime +365); do
  mv $f $ARSIP/
done`)}`),

  rec('code_dart', f`Flutter-ilova: fermer kredit arizasi formasida summa maydoni vergul bilan kiritilganda xato beradi.

${code(f`double? parseAmount(String input) {
  final cleaned = input.replaceAll(' ', '');
  return double.tryParse(cleaned);
}

String? validateAmount(String? v) {
  final a = parseAmount(v ?? '');
  if (a == null) return 'Summani kiriting';
  if (a < 1000000) return 'Minimal summa 1 000 000 soʻm';
  return null;
}`)}`),

  rec('code_lua', f`Script Lua no gateway do parque solar que envia alarmes por MQTT. Porque é que envia o mesmo alarme em loop?

${code(f`local last = {}

function on_register_change(reg, value)
  if reg == "INV_FAULT" and value ~= 0 then
    if last[reg] ~= value then
      mqtt.publish("pv/alarmes", string.format('{"inv":%d,"code":%d}', inverter_id, value))
    end
  end
  last[reg] = value
end`)}`),

  rec('code_ts', f`Tailwind + React component for the crew portal: the passport-expiry badge renders red for everyone.

${code(f`export function ExpiryBadge({ expires }: { expires: string }) {
  const days = Math.floor((Date.parse(expires) - Date.now()) / 86_400_000);
  const tone = days < 180 ? 'bg-red-100 text-red-800' : days < 365 ? 'bg-amber-100 text-amber-800' : 'bg-green-100 text-green-800';
  return <span className={\`rounded px-2 py-0.5 text-xs \${tone}\`}>{days} days</span>;
}`)}

${amb('source_code.snippet', f`{ "expires": "12/31/2026" }`)} is what the API sends.`),
];
