/**
 * Held-out batch 75: pasted source code — catch-quota maths, seat-map queries, satellite pass
 * prediction and telemetry parsing, growth-chart percentiles, creditor-claim ranking and lesson
 * booking — with comments and questions in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH75_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_nn', f`Kvoteutrekninga vår gjev feil restkvote når eit fartøy har overført kvote til eit anna. Kvar er feilen?

\`\`\`python
${code(f`def restkvote(fartøy, landingar, overføringar):
    """Rekn ut kor mykje torsk fartøyet har att i år (tonn)."""
    grunnkvote = fartøy.kvote_torsk
    inn = sum(o.tonn for o in overføringar if o.til == fartøy.id)
    ut = sum(o.tonn for o in overføringar if o.frå == fartøy.id)
    landa = sum(l.rund_vekt for l in landingar if l.art == "COD")
    return grunnkvote + inn + ut - landa`)}
\`\`\``),

  rec('code_sql_de', f`Die Abfrage für freie Plätze im Parkett zählt Rollstuhlplätze doppelt. Warum?

${code(f`SELECT v.vorstellung_id,
       COUNT(p.platz_id) AS frei
FROM vorstellung v
JOIN platz p ON p.saal_id = v.saal_id
LEFT JOIN buchung b ON b.platz_id = p.platz_id AND b.vorstellung_id = v.vorstellung_id
LEFT JOIN rollstuhl_kontingent r ON r.saal_id = p.saal_id
WHERE v.datum = DATE '2024-12-21'
  AND p.bereich = 'PARKETT'
  AND b.buchung_id IS NULL
GROUP BY v.vorstellung_id;`)}`),

  rec('code_go_en', f`Pass predictor for the S-band antenna returns passes with negative duration sometimes. Any idea?

\`\`\`go
${code(f`func NextPasses(sat *Satellite, gs GroundStation, from time.Time, horizon time.Duration) []Pass {
	var passes []Pass
	var cur *Pass
	for t := from; t.Before(from.Add(horizon)); t = t.Add(10 * time.Second) {
		el := sat.Elevation(gs, t)
		switch {
		case el >= gs.MinElevation && cur == nil:
			cur = &Pass{AOS: t}
		case el < gs.MinElevation && cur != nil:
			cur.LOS = t
			passes = append(passes, *cur)
			cur = nil
		}
		if cur != nil && el > cur.MaxEl {
			cur.MaxEl = el
			cur.TCA = t
		}
	}
	if cur != nil {
		passes = append(passes, *cur)
	}
	return passes
}`)}
\`\`\``),

  rec('code_rust_fi', f`CCSDS-kehysten jäsennin hylkää osan kehyksistä, vaikka CRC on oikein. Löydätkö virheen?

\`\`\`rust
${code(f`pub fn parse_frame(buf: &[u8]) -> Result<Frame, ParseError> {
    if buf.len() < 6 {
        return Err(ParseError::TooShort);
    }
    let version = buf[0] >> 6;
    let scid = (((buf[0] & 0x3f) as u16) << 4) | ((buf[1] >> 4) as u16);
    let vcid = (buf[1] >> 1) & 0x07;
    let count = buf[2];
    let data = &buf[6..buf.len() - 2];
    let crc = u16::from_be_bytes([buf[buf.len() - 2], buf[buf.len() - 1]]);
    if crc16_ccitt(&buf[..buf.len() - 2]) != crc {
        return Err(ParseError::Crc);
    }
    Ok(Frame { version, scid, vcid, count, data: data.to_vec() })
}`)}
\`\`\``),

  rec('code_c_et', f`${code(f`/* CRC-16/CCITT-FALSE maajaama telemeetria jaoks */
uint16_t crc16_ccitt(const uint8_t *data, size_t len)
{
    uint16_t crc = 0xFFFF;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)data[i] << 8;
        for (int b = 0; b < 8; b++)
            crc = (crc & 0x8000) ? (crc << 1) ^ 0x1021 : crc << 1;
    }
    return crc;
}`)}

Kas see on sama mis Rusti crc crate'i CRC_16_IBM_3740? Tulemused ei klapi.`),

  rec('code_kotlin_pl', f`Aplikacja szkoły jazdy pokazuje instruktorowi godziny w UTC zamiast czasu lokalnego. Kod:

\`\`\`kotlin
${code(f`data class Jazda(val kursant: String, val start: Instant, val minuty: Int)

fun formatujGrafik(jazdy: List<Jazda>): List<String> {
    val fmt = DateTimeFormatter.ofPattern("EEE dd.MM HH:mm")
    return jazdy.sortedBy { it.start }.map {
        val lokalnie = it.start.atOffset(ZoneOffset.UTC)
        "\${fmt.format(lokalnie)} – \${it.kursant} (\${it.minuty} min)"
    }
}`)}
\`\`\``),

  rec('code_ts_es', f`El componente del mapa de butacas no se actualiza cuando otra taquilla vende un asiento. ¿Qué me falta?

\`\`\`tsx
${code(f`export function MapaButacas({ funcionId }: { funcionId: string }) {
  const [ocupadas, setOcupadas] = useState<Set<string>>(new Set());

  useEffect(() => {
    const ws = new WebSocket(\`wss://taquilla.teatro.local/funciones/\${funcionId}\`);
    ws.onmessage = (e) => {
      const { butaca } = JSON.parse(e.data);
      ocupadas.add(butaca);
      setOcupadas(ocupadas);
    };
    return () => ws.close();
  }, [funcionId]);

  return <Plano ocupadas={ocupadas} />;
}`)}
\`\`\``),

  rec('code_java_cs', f`Pořadí pohledávek v insolvenčním rozvrhu vychází špatně – zajištěné mají jít první.

${code(f`public List<Pohledavka> seradit(List<Pohledavka> seznam) {
    return seznam.stream()
        .sorted(Comparator.comparing(Pohledavka::getTyp)
            .thenComparing(Pohledavka::getDatumPrihlaseni))
        .collect(Collectors.toList());
}

enum TypPohledavky { NEZAJISTENA, ZA_PODSTATOU, ZAJISTENA }`)}`),

  rec('code_csharp_nl', f`De percentielberekening voor lengte-naar-leeftijd wijkt af van de TNO-groeicurve. Klopt de LMS-formule?

\`\`\`csharp
${code(f`public static double ZScore(double meting, double L, double M, double S)
{
    if (Math.Abs(L) < 1e-9)
        return Math.Log(meting / M) / S;
    return (Math.Pow(meting / M, L) - 1) / (L * S);
}

public static double Percentiel(double z) => 100 * NormaleVerdeling.Cdf(z);`)}
\`\`\``),

  rec('code_php_tr', f`Sürücü kursu randevu formunda aynı saate iki öğrenci yazılabiliyor:

${code(f`<?php
function dersAyir(PDO $db, int $egitmen, string $saat, int $ogrenci): bool {
    $q = $db->prepare('SELECT COUNT(*) FROM dersler WHERE egitmen_id = ? AND saat = ?');
    $q->execute([$egitmen, $saat]);
    if ($q->fetchColumn() > 0) {
        return false;
    }
    $ekle = $db->prepare('INSERT INTO dersler (egitmen_id, saat, ogrenci_id) VALUES (?, ?, ?)');
    return $ekle->execute([$egitmen, $saat, $ogrenci]);
}`)}

Transaction mı kullanmam lazım, yoksa unique index mi?`),

  rec('code_bash_nn', f`Skriptet som startar opptak før kvar passering køyrer av og til to gonger:

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
PASS_FIL=/opt/gs/passeringar.csv
while IFS=, read -r sat aos los maxel; do
  start=$(date -d "$aos" +%s)
  no=$(date +%s)
  if (( start - no < 120 && start - no > 0 )); then
    systemctl start "opptak@\${sat}.service"
  fi
done < "$PASS_FIL"`)}
\`\`\`

Det køyrer frå cron kvart minutt.`),

  rec('code_r_fr', f`${code(f`# Suivi des scolioses : évolution de l'angle de Cobb par patient
library(dplyr)
library(ggplot2)

suivi <- read.csv2("cobb_2019_2024.csv")
suivi %>%
  group_by(id_patient) %>%
  arrange(date_consult) %>%
  mutate(delta = cobb - lag(cobb)) %>%
  ggplot(aes(age_mois, cobb, group = id_patient)) +
  geom_line(alpha = 0.3) +
  geom_hline(yintercept = 25, linetype = "dashed")`)}

Comment colorer les patients dont l'angle a progressé de plus de 5° en un an ?`),

  rec('code_vba_it', f`Macro per il curatore fallimentare: deve sommare i crediti per rango ma restituisce 0.

${code(f`Function TotalePerRango(rango As String) As Double
    Dim r As Range, tot As Double
    For Each r In Sheets("Stato passivo").Range("C2:C500")
        If r.Value = rango Then tot = tot + r.Offset(0, 2).Value
    Next r
    TotalePerRango = tot
End Function`)}

Nella colonna C c'è "Privilegiato", "Chirografario"...`),

  rec('code_swift_ko', f`공연장 앱에서 좌석 선택 후 결제 화면으로 넘어갈 때 가끔 크래시가 납니다.

\`\`\`swift
${code(f`func proceedToPayment() {
    guard let seats = selectedSeats, !seats.isEmpty else { return }
    let vc = PaymentViewController(seats: seats, performance: performance!)
    DispatchQueue.global().async {
        self.navigationController?.pushViewController(vc, animated: true)
    }
}`)}
\`\`\``),

  rec('code_python_en_sg', f`${code(f`import numpy as np

def doppler_shift(f_carrier_hz: float, range_rate_m_s: float) -> float:
    """Downlink frequency seen at the ground station for a given range rate."""
    c = 299_792_458.0
    return f_carrier_hz * (1 - range_rate_m_s / c)

def tune_table(f0, range_rates, step_s=1.0):
    return [(i * step_s, doppler_shift(f0, rr)) for i, rr in enumerate(range_rates)]`)}

For X-band at 8.2 GHz, do I need the relativistic term or is this accurate enough for the receiver's 1 kHz loop?`),

  rec('code_dart_sw', f`App ya shule ya udereva: orodha ya masomo haionekani baada ya kuingia. Msimbo:

\`\`\`dart
${code(f`class RatibaScreen extends StatelessWidget {
  final Future<List<Somo>> masomo;
  const RatibaScreen({super.key, required this.masomo});

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<List<Somo>>(
      future: masomo,
      builder: (context, snap) {
        if (!snap.hasData) return const CircularProgressIndicator();
        return ListView(children: snap.data!.map((s) => Text(s.kichwa)).toList());
      },
    );
  }
}`)}
\`\`\``),

  rec('code_sql_pt', f`Quero o total desembarcado por espécie e por porto no último trimestre, mas a consulta devolve linhas repetidas:

${code(f`SELECT p.nome AS porto, e.nome_comum AS especie, SUM(d.peso_kg) AS total_kg
FROM desembarque d
JOIN porto p ON p.id = d.porto_id
JOIN especie e ON e.codigo_fao = d.codigo_fao
JOIN embarcacao b ON b.id = d.embarcacao_id
JOIN licenca l ON l.embarcacao_id = b.id
WHERE d.data BETWEEN '2024-09-01' AND '2024-11-30'
GROUP BY p.nome, e.nome_comum;`)}`),

  rec('code_ruby_da', f`${code(f`# Beregner udlodning til kreditorer i konkursboet
class Udlodning
  def initialize(masse, fordringer)
    @masse = masse
    @fordringer = fordringer
  end

  def procent
    simple = @fordringer.select { |f| f.klasse == :simpel }
    return 0 if simple.empty?
    (@masse / simple.sum(&:beloeb) * 100).round(2)
  end
end`)}

Procenten bliver altid et heltal, selvom massen er 412.318,50 kr. Hvorfor?`),

  rec('code_lua_ja', f`劇場の照明卓のスクリプトです。フェードが途中で止まります。

\`\`\`lua
${code(f`local function fade(ch, from, to, secs)
  local steps = secs * 30
  for i = 0, steps do
    local lvl = from + (to - from) * (i / steps)
    dmx.set(ch, math.floor(lvl))
    sleep(1 / 30)
  end
end

fade(12, 0, 255, 4)`)}
\`\`\``),

  rec('code_python_ar', f`عندنا سكربت يحسب عمر الطفل بالأشهر لجدول النمو، لكنه يعطي نتيجة خاطئة في نهاية الشهر:

${code(f`from datetime import date

def age_in_months(dob: date, visit: date) -> int:
    months = (visit.year - dob.year) * 12 + (visit.month - dob.month)
    if visit.day < dob.day:
        months -= 1
    return months`)}

مثلاً طفل مولود ٣١ يناير وزيارته ٢٨ فبراير؟`),

  rec('code_elixir_en_us', f`${code(f`defmodule BoxOffice.Hold do
  @ttl :timer.minutes(8)

  def hold(performance_id, seat_ids, session) do
    Enum.reduce_while(seat_ids, {:ok, []}, fn seat, {:ok, acc} ->
      case Redix.command(:redix, ["SET", key(performance_id, seat), session, "NX", "PX", @ttl]) do
        {:ok, "OK"} -> {:cont, {:ok, [seat | acc]}}
        {:ok, nil} -> {:halt, {:error, {:taken, seat}}}
      end
    end)
  end

  defp key(p, s), do: "hold:#{p}:#{s}"
end`)}

If the third seat is taken, the first two stay held for 8 minutes. How do I release them?`),
];
