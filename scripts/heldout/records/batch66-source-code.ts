/**
 * Held-out batch 66: pasted source code — legacy billing, churn analysis, cycle prediction, PLC logic
 * for a tunnel-boring machine, GS1 parsing, MARC cleanup, laytime macros, AIS parsing — with the
 * questions around it in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH66_SOURCE_CODE: DraftRecord[] = [
  rec('code_cobol', f`We're finally replacing the subscription billing system. Can you explain what this paragraph does, step by step? Nobody here reads COBOL anymore.

       ${code(f`2100-CALC-RENEWAL.
           MOVE SUB-BASE-RATE TO WS-AMOUNT
           IF SUB-TYPE = 'S'
              COMPUTE WS-AMOUNT = WS-AMOUNT * 0.80
           END-IF
           IF SUB-MONTHS-ACTIVE > 60
              SUBTRACT 2.00 FROM WS-AMOUNT
           END-IF
           IF SUB-DELIVERY-ZONE = 'R2' OR 'R3'
              ADD WS-RURAL-SURCHARGE TO WS-AMOUNT
           END-IF
           MOVE WS-AMOUNT TO INV-AMOUNT
           PERFORM 2200-WRITE-INVOICE.`)}`),

  rec('code_python_de', f`Ich will die Kündigungsquote pro Zustellbezirk berechnen, aber das Ergebnis ist immer 0. Was ist falsch?

\`\`\`python
${code(f`import pandas as pd

abos = pd.read_csv("abos_2024.csv", parse_dates=["start", "ende"], sep=";")
abos["gekuendigt"] = abos["ende"].notna() & (abos["ende"] < "2025-01-01")

quote = (
    abos.groupby("bezirk")["gekuendigt"]
    .agg(lambda s: s.sum() // len(s))
    .sort_values(ascending=False)
)
print(quote.head(10))`)}
\`\`\``),

  rec('code_sql_cl', f`Necesito que esta consulta me traiga solo las suscripciones que vencen en los próximos 30 días y que no tengan renovación automática. Ahora me trae todo:

${code(f`SELECT s.id, s.plan, s.fecha_fin, c.region
FROM suscripciones s
JOIN clientes c ON c.id = s.cliente_id
WHERE s.estado = 'activa'
   OR s.renovacion_auto = false
  AND s.fecha_fin BETWEEN now() AND now() + interval '30 days'
ORDER BY s.fecha_fin;`)}`),

  rec('code_ts', f`Our cycle prediction is off by a day for users in NZ. Something with time zones?

${code(f`export function predictNextPeriod(cycles: { start: string }[], avgLength = 28): Date {
  const last = cycles.at(-1);
  if (!last) throw new Error('no cycles');
  const lengths = cycles.slice(1).map((c, i) =>
    Math.round((new Date(c.start).getTime() - new Date(cycles[i]!.start).getTime()) / 86_400_000),
  );
  const mean = lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : avgLength;
  const next = new Date(last.start);
  next.setDate(next.getDate() + Math.round(mean));
  return next;
}`)}`),

  rec('code_swift_ja', f`HealthKitから月経の記録を取得するコードですが、iOS 18で結果が空になります。何が足りないでしょうか？

${code(f`let type = HKCategoryType(.menstrualFlow)
let predicate = HKQuery.predicateForSamples(withStart: start, end: Date(), options: .strictStartDate)
let query = HKSampleQuery(sampleType: type, predicate: predicate, limit: HKObjectQueryNoLimit,
                          sortDescriptors: [NSSortDescriptor(key: HKSampleSortIdentifierStartDate, ascending: true)]) { _, samples, error in
    guard let samples = samples as? [HKCategorySample], error == nil else { return }
    DispatchQueue.main.async { self.flowDays = samples.map { $0.startDate } }
}
healthStore.execute(query)`)}`),

  rec('code_kotlin_ko', f`배란 예정일 알림을 WorkManager로 예약하는데, 앱을 강제 종료하면 알림이 안 와요. 코드 좀 봐주세요.

${code(f`fun scheduleOvulationReminder(context: Context, daysUntil: Long) {
    val request = OneTimeWorkRequestBuilder<ReminderWorker>()
        .setInitialDelay(daysUntil, TimeUnit.DAYS)
        .setInputData(workDataOf("kind" to "ovulation"))
        .addTag("ovulation")
        .build()
    WorkManager.getInstance(context)
        .enqueueUniqueWork("ovulation", ExistingWorkPolicy.REPLACE, request)
}`)}`),

  rec('code_st_de_at', f`Servus, unser Programmierer ist auf Urlaub. Der Baustein soll Alarm geben, wenn ein Vortriebszylinder mehr als 15 % vom Mittelwert abweicht, aber er löst ständig aus. Siehst du den Fehler?

${code(f`FUNCTION_BLOCK FB_ZylinderUeberwachung
VAR_INPUT
    rDruck : ARRAY[1..16] OF REAL;   (* bar *)
    bVortriebAktiv : BOOL;
END_VAR
VAR_OUTPUT
    bAlarm : BOOL;
    iZylinder : INT;
END_VAR
VAR
    i : INT;
    rSumme, rMittel : REAL;
END_VAR

rSumme := 0;
FOR i := 1 TO 16 DO
    rSumme := rSumme + rDruck[i];
END_FOR;
rMittel := rSumme / 16;
bAlarm := FALSE;
FOR i := 1 TO 16 DO
    IF bVortriebAktiv AND ABS(rDruck[i] - rMittel) > rMittel * 15 THEN
        bAlarm := TRUE;
        iZylinder := i;
    END_IF;
END_FOR;
END_FUNCTION_BLOCK`)}`),

  rec('code_python_it', f`Ciao, questo script calcola lo scostamento dell'anello dal tracciato teorico usando i dati della stazione totale. Per gli anelli in curva i valori sono sballati, perché?

${code(f`import math

def scostamento(anello, asse):
    """anello: (x, y, z) centro misurato; asse: funzione progressiva -> (x, y, z, azimut)"""
    prog = anello_progressiva(anello)
    x0, y0, z0, az = asse(prog)
    dx, dy = anello[0] - x0, anello[1] - y0
    orizzontale = dx * math.cos(az) - dy * math.sin(az)
    verticale = anello[2] - z0
    return round(orizzontale * 1000), round(verticale * 1000)  # mm`)}`),

  rec('code_matlab_pt', f`Olá, estou a ajustar a curva de assentamentos à superfície (curva de Gauss, Peck) com os dados dos marcos topográficos da Avenida da Boavista. O ajuste dá um i negativo. Está errado?

${code(f`x = [-30 -20 -12 -6 0 6 12 20 30];          % distância ao eixo (m)
s = [1.2 3.8 8.9 14.1 16.3 13.7 9.4 4.1 1.0]; % assentamento (mm)

peck = @(p, x) p(1) * exp(-x.^2 ./ (2 * p(2)));
p0 = [15 10];
p = lsqcurvefit(peck, p0, x, s);
fprintf('Smax = %.1f mm, i = %.2f m\\n', p(1), p(2));
plot(x, s, 'o', x, peck(p, x), '-'); grid on`)}`),

  rec('code_csharp_nl', f`Voor het orderpicken moeten we FEFO toepassen (first expired, first out), maar deze methode kiest soms een partij die al over de datum is. Kun je helpen?

${code(f`public IReadOnlyList<Pick> PlanPicks(string artikel, int aantal, DateOnly leverdatum)
{
    var partijen = _voorraad.Where(p => p.Artikel == artikel && p.Beschikbaar > 0)
                            .OrderBy(p => p.Vervaldatum)
                            .ToList();
    var picks = new List<Pick>();
    foreach (var p in partijen)
    {
        if (aantal <= 0) break;
        var n = Math.Min(aantal, p.Beschikbaar);
        picks.Add(new Pick(p.Partijnummer, p.Locatie, n));
        aantal -= n;
    }
    return picks;
}`)}`),

  rec('code_java_fr', f`On parse les codes GS1 DataMatrix scannés sur les boîtes de médicaments vétérinaires. Le lot est parfois coupé quand il est suivi de la date de péremption. Une idée ?

${code(f`public static Map<String, String> parseGs1(String raw) {
    Map<String, String> out = new HashMap<>();
    int i = 0;
    while (i < raw.length()) {
        String ai = raw.substring(i, i + 2);
        switch (ai) {
            case "01" -> { out.put("gtin", raw.substring(i + 2, i + 16)); i += 16; }
            case "17" -> { out.put("expiry", raw.substring(i + 2, i + 8)); i += 8; }
            case "10" -> {
                int end = raw.indexOf('\\u001D', i);
                out.put("lot", raw.substring(i + 2, end < 0 ? raw.length() : end));
                i = end < 0 ? raw.length() : end + 1;
            }
            default -> throw new IllegalArgumentException("AI inconnu: " + ai);
        }
    }
    return out;
}`)}`),

  rec('code_go_sv', f`Tjänsten ska skicka larm när kylrummet varit över 8 grader i mer än 15 minuter, men den larmar direkt vid första mätvärdet. Vad har jag missat?

${code(f`func (m *Monitor) Observe(r Reading) {
	if r.Celsius > m.Limit {
		if m.overSince.IsZero() {
			m.overSince = r.At
		}
		if r.At.Sub(m.overSince) >= 15*time.Minute || !m.alerted {
			m.alert(r)
			m.alerted = true
		}
		return
	}
	m.overSince = time.Time{}
	m.alerted = false
}`)}`),

  rec('code_perl_fi', f`Moi! Tämä vanha skripti siivoaa MARC-tietueista ylimääräiset 856-kentät ennen tuontia. Miten saisin sen toimimaan myös MARCXML-tiedostoille?

${code(f`use MARC::Batch;
my $batch = MARC::Batch->new('USMARC', $ARGV[0]);
$batch->strict_off();
while (my $rec = $batch->next) {
    for my $f ($rec->field('856')) {
        my $url = $f->subfield('u') // '';
        $rec->delete_field($f) if $url =~ m{ebookcentral|proxy\\.vanha}i;
    }
    print $rec->as_usmarc();
}`)}`),

  rec('code_xslt_hu', f`Sziasztok, a MARCXML → Dublin Core átalakításnál a szerzők dupláznak, ha 100-as és 700-as mező is van. Mit rontok el?

${code(f`<xsl:template match="marc:record">
  <oai_dc:dc>
    <xsl:for-each select="marc:datafield[@tag='100' or @tag='700']">
      <dc:creator><xsl:value-of select="marc:subfield[@code='a']"/></dc:creator>
    </xsl:for-each>
    <xsl:for-each select="marc:datafield[@tag='700']">
      <dc:contributor><xsl:value-of select="marc:subfield[@code='a']"/></dc:contributor>
    </xsl:for-each>
    <dc:title><xsl:value-of select="marc:datafield[@tag='245']/marc:subfield[@code='a']"/></dc:title>
  </oai_dc:dc>
</xsl:template>`)}`),

  rec('code_r_sl', f`Rada bi naredila graf izposoj po mesecih za vse knjižnice v konzorciju, ampak meseci so razvrščeni po abecedi. Kako to popravim?

${code(f`library(dplyr)
library(ggplot2)

izposoje <- read.csv("izposoje_2024.csv", encoding = "UTF-8")
po_mesecih <- izposoje %>%
  mutate(mesec = format(as.Date(datum), "%B")) %>%
  group_by(knjiznica, mesec) %>%
  summarise(n = n(), .groups = "drop")

ggplot(po_mesecih, aes(x = mesec, y = n, fill = knjiznica)) +
  geom_col(position = "dodge") +
  labs(x = "Mesec", y = "Število izposoj")`)}`),

  rec('code_vba_el', f`Καλησπέρα, αυτή η μακροεντολή υπολογίζει το demurrage, αλλά δεν αφαιρεί τις Κυριακές όταν το CP λέει SHINC. Ή το αντίστροφο; Μπερδεύτηκα.

${code(f`Function Demurrage(arrivalNor As Date, completed As Date, allowedHours As Double, rate As Double, shex As Boolean) As Double
    Dim t As Date, used As Double
    t = arrivalNor + TimeSerial(6, 0, 0)   ' 6 hours notice time
    Do While t < completed
        If Not (shex And Weekday(t) = vbSunday) Then used = used + 1
        t = t + TimeSerial(1, 0, 0)
    Loop
    If used > allowedHours Then
        Demurrage = (used - allowedHours) / 24 * rate
    Else
        Demurrage = 0
    End If
End Function`)}`),

  rec('code_python_nb', f`Kan du sjekke TCE-beregningen min? Jeg får et høyere tall enn meglerkollegaen, og vi bruker samme forutsetninger.

${code(f`def tce(frakt_usd, mengde_t, avstand_nm, fart_kn, forbruk_t_dag, bunkerspris, havnekost, havnedager):
    seilingsdager = avstand_nm / (fart_kn * 24)
    bunkers = seilingsdager * forbruk_t_dag * bunkerspris
    inntekt = frakt_usd * mengde_t
    netto = inntekt - bunkers - havnekost
    return netto / seilingsdager + havnedager`)}`),

  rec('code_rust_zh', f`这个解析 AIS NMEA 报文的函数在多段报文（!AIVDM,2,1 和 2,2）时会丢数据，应该怎么改？

${code(f`pub fn parse_line(line: &str) -> Option<(u8, u8, String)> {
    let parts: Vec<&str> = line.split(',').collect();
    if parts.len() < 7 || !parts[0].ends_with("VDM") {
        return None;
    }
    let total: u8 = parts[1].parse().ok()?;
    let index: u8 = parts[2].parse().ok()?;
    let payload = parts[5].to_string();
    if total > 1 {
        return None; // TODO multipart
    }
    Some((total, index, payload))
}`)}`),

  rec('code_tsql_tr', f`Merhaba, bu sorgu gemi bazında toplam bekleme süresini (demuraj saatleri) getirmesi gerekiyor ama aynı gemi birden fazla satırda çıkıyor. Nasıl düzeltirim?

${code(f`SELECT v.VesselName, p.PortName, SUM(DATEDIFF(MINUTE, e.NorTendered, e.BerthedAt)) / 60.0 AS WaitingHours
FROM dbo.PortEvents e
JOIN dbo.Vessels v ON v.Imo = e.Imo
JOIN dbo.Ports p ON p.UnLocode = e.UnLocode
WHERE e.NorTendered >= '2025-01-01'
GROUP BY v.VesselName, p.PortName, e.CharterPartyId
ORDER BY WaitingHours DESC;`)}`),

  rec('code_dart_vi', f`Mình làm lịch chu kỳ bằng Flutter, nhưng ngày hành kinh dự đoán không được tô màu khi chuyển sang tháng sau. Bạn xem giúp:

${code(f`Widget build(BuildContext context) {
  return TableCalendar(
    firstDay: DateTime.utc(2024, 1, 1),
    lastDay: DateTime.utc(2026, 12, 31),
    focusedDay: _focused,
    calendarBuilders: CalendarBuilders(
      defaultBuilder: (ctx, day, focused) {
        final predicted = _predictedDays.contains(DateTime(day.year, day.month, day.day));
        return predicted ? _PeriodCell(day: day) : null;
      },
    ),
    onPageChanged: (f) => _focused = f,
  );
}`)}`),

  rec('code_bash_ru', f`Скрипт ночной переиндексации каталога. Иногда запускаются две копии одновременно и Zebra падает. Как добавить блокировку?

${code(f`#!/bin/bash
set -euo pipefail
LOG=/var/log/koha/reindex-$(date +%F).log
echo "start $(date)" >> "$LOG"
koha-rebuild-zebra -v -f biblioteki >> "$LOG" 2>&1
koha-rebuild-zebra -v -a biblioteki >> "$LOG" 2>&1
echo "done $(date)" >> "$LOG"`)}`),

  rec('code_python_plc', f`Reading the TBM's PLC over Modbus for our dashboard. Values come back as garbage for the float registers, endianness?

${code(f`from pymodbus.client import ModbusTcpClient
import struct

client = ModbusTcpClient("${amb('pii.ip_address', '192.168.40.11')}", port=502)
client.connect()
rr = client.read_holding_registers(address=1200, count=8, slave=1)
vals = []
for i in range(0, 8, 2):
    raw = struct.pack(">HH", rr.registers[i], rr.registers[i + 1])
    vals.append(struct.unpack(">f", raw)[0])
print(dict(zip(["thrust_kN", "torque_kNm", "advance_mm_min", "face_bar"], vals)))`)}`),
];
