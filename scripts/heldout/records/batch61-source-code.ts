/**
 * Held-out batch 61: pasted source code — snowpack models, used-car listing services, HL7 and
 * maternity statistics, translation QA, port gate and AIS tooling, KYC front ends — with comments
 * and questions in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH61_SOURCE_CODE: DraftRecord[] = [
  rec('code_r_de', f`Warum kriege ich bei diesem Modell lauter NA bei den Koeffizienten für die Exposition?

\`\`\`r
${code(f`library(dplyr)

# Lawinenbeobachtungen 2015–2024, eine Zeile pro Tag und Sektor
lawinen <- read.csv("beobachtungen_sektoren.csv") |>
  mutate(
    exposition = factor(exposition, levels = c("N", "NE", "E", "SE", "S", "SW", "W", "NW")),
    neuschnee_3t = zoo::rollsum(neuschnee_cm, 3, fill = NA, align = "right")
  )

modell <- glm(
  lawine ~ neuschnee_3t + wind_kmh + exposition + hangneigung,
  data = lawinen,
  family = binomial()
)
summary(modell)`)}
\`\`\``),

  rec('code_fortran', f`This is from our old 1-D snowpack model. The temperature profile blows up when dt > 900 s. Is it the explicit scheme?

${code(f`subroutine heat_conduction(n, dz, dt, k_eff, rho, cp, T)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: dz(n), dt, k_eff(n), rho(n), cp(n)
  real(8), intent(inout) :: T(n)
  real(8) :: Tnew(n), flux_up, flux_dn
  integer :: i

  Tnew = T
  do i = 2, n - 1
     flux_up = k_eff(i) * (T(i+1) - T(i)) / (0.5d0 * (dz(i) + dz(i+1)))
     flux_dn = k_eff(i-1) * (T(i) - T(i-1)) / (0.5d0 * (dz(i) + dz(i-1)))
     Tnew(i) = T(i) + dt * (flux_up - flux_dn) / (rho(i) * cp(i) * dz(i))
  end do
  T = min(Tnew, 273.15d0)
end subroutine heat_conduction`)}`),

  rec('code_python_fi', f`Lumensyvyysanturin datassa on piikkejä, kun lintu istuu anturin päällä. Onko tämä suodatus järkevä?

\`\`\`python
${code(f`import pandas as pd

def siivoa_lumensyvyys(df: pd.DataFrame, max_muutos_cm: float = 8.0) -> pd.DataFrame:
    """Poistaa yksittäiset piikit ultraäänianturin mittauksista (10 min väli)."""
    df = df.sort_values("aika").copy()
    muutos = df["lumensyvyys_cm"].diff().abs()
    piikki = (muutos > max_muutos_cm) & (muutos.shift(-1) > max_muutos_cm)
    df.loc[piikki, "lumensyvyys_cm"] = pd.NA
    df["lumensyvyys_cm"] = df["lumensyvyys_cm"].interpolate(limit=3)
    return df`)}
\`\`\``),

  rec('code_julia_it', f`${code(f`# equivalente in acqua della neve (SWE) dai profili di densità
function swe_mm(spessori_cm::Vector{Float64}, densita_kgm3::Vector{Float64})
    length(spessori_cm) == length(densita_kgm3) || throw(ArgumentError("lunghezze diverse"))
    # 1 cm di neve a 1000 kg/m3 = 10 mm di acqua
    return sum(spessori_cm .* densita_kgm3 ./ 1000 .* 10)
end

profili = [([12.0, 30.0, 45.0], [110.0, 240.0, 320.0]),
           ([8.0, 52.0], [90.0, 280.0])]
for (h, ρ) in profili
    println(round(swe_mm(h, ρ); digits = 1), " mm")
end`)}

Il risultato del primo profilo mi sembra troppo alto, ho sbagliato le unità?`),

  rec('code_matlab_ja', f`積雪の熱収支を計算する MATLAB コードですが、夜間の長波放射がプラスになってしまいます。どこが間違っていますか？

${code(f`% 長波放射収支 (W/m^2)
sigma = 5.67e-8;          % ステファン・ボルツマン定数
eps_snow = 0.98;          % 雪面の射出率
T_surf = tsurf + 273.15;  % 雪面温度 [K]
T_air  = tair + 273.15;   % 気温 [K]
eps_atm = 1.24 * (ea ./ T_air).^(1/7);   % Brutsaert

L_down = eps_atm .* sigma .* T_air.^4;
L_up   = eps_snow .* sigma .* T_surf.^4;
L_net  = L_up - L_down;

plot(time, L_net); ylabel('L_{net} [W/m^2]'); datetick('x', 'HH:MM');`)}`),

  rec('code_kotlin_nl', f`Onze prijsschatter voor occasions geeft voor elektrische auto's veel te hoge prijzen. Zie jij het?

${code(f`data class Occasion(val merk: String, val bouwjaar: Int, val kmStand: Int, val brandstof: Brandstof, val nieuwprijs: Double)

enum class Brandstof { BENZINE, DIESEL, ELEKTRISCH, HYBRIDE }

fun schatPrijs(o: Occasion, huidigJaar: Int = 2025): Double {
    val leeftijd = (huidigJaar - o.bouwjaar).coerceAtLeast(0)
    // afschrijving per jaar, elektrisch sneller door batterijslijtage
    val afschrijving = when (o.brandstof) {
        Brandstof.ELEKTRISCH -> 0.18
        Brandstof.DIESEL -> 0.14
        else -> 0.12
    }
    val kmCorrectie = 1.0 - (o.kmStand / 250_000.0).coerceAtMost(0.6)
    return o.nieuwprijs * Math.pow(1 - afschrijving, leeftijd.toDouble()) * kmCorrectie
}`)}`),

  rec('code_php_lt', f`Skelbimų paieškoje filtras pagal kainą neveikia, kai kaina tuščia. Kodas:

${code(f`<?php

namespace App\\Http\\Controllers;

use App\\Models\\Skelbimas;
use Illuminate\\Http\\Request;

class SkelbimaiController extends Controller
{
    public function index(Request $request)
    {
        $uzklausa = Skelbimas::query()->where('aktyvus', true);

        if ($request->has('kaina_nuo')) {
            $uzklausa->where('kaina', '>=', (int) $request->input('kaina_nuo'));
        }
        if ($request->has('kaina_iki')) {
            $uzklausa->where('kaina', '<=', (int) $request->input('kaina_iki'));
        }

        return $uzklausa->orderByDesc('sukurta')->paginate(24);
    }
}`)}

Kai URL yra ?kaina_iki= be reikšmės, nerodo nieko.`),

  rec('code_go_et', f`Kirjutasin konteinerinumbri kontrolli sadama väravate OCR-i jaoks, aga mõni õige number tuleb vigaseks. Kas arvutus on õige?

${code(f`package varav

import "strings"

// KontrolliKonteiner kontrollib ISO 6346 kontrollnumbrit, nt "TGHU8742130".
func KontrolliKonteiner(nr string) bool {
	nr = strings.ToUpper(strings.ReplaceAll(nr, " ", ""))
	if len(nr) != 11 {
		return false
	}
	vaartus := func(c byte) int {
		if c >= '0' && c <= '9' {
			return int(c - '0')
		}
		v := int(c-'A') + 10
		return v + v/11 // jätab vahele 11, 22, 33
	}
	summa := 0
	for i := 0; i < 10; i++ {
		summa += vaartus(nr[i]) << i
	}
	return summa%11%10 == int(nr[10]-'0')
}`)}`),

  rec('code_rust_lv', f`Sveiki, AIS ziņojumu parsētājs ostas drošības dienestam neatpazīst dažus kuģus. Vai bitu nolasīšana ir pareiza?

${code(f`/// Nolasa \`len\` bitus no 6-bitu AIS kravas, sākot ar \`start\`.
fn lasit_bitus(krava: &[u8], start: usize, len: usize) -> u32 {
    let mut vertiba = 0u32;
    for i in start..start + len {
        let baits = krava[i / 6];
        let bits = (baits >> (5 - (i % 6))) & 1;
        vertiba = (vertiba << 1) | bits as u32;
    }
    vertiba
}

fn mmsi(krava: &[u8]) -> u32 {
    lasit_bitus(krava, 8, 30)
}

fn dekodet_simbolu(c: u8) -> u8 {
    let mut v = c - 48;
    if v > 40 { v -= 8; }
    v
}`)}`),

  rec('code_csharp_pt', f`O parser de mensagens HL7 da maternidade rebenta quando o segmento OBX tem componentes vazios. Podes ajudar?

${code(f`public static IEnumerable<Observacao> LerObservacoes(string mensagem)
{
    var segmentos = mensagem.Split('\\r', StringSplitOptions.RemoveEmptyEntries);
    foreach (var seg in segmentos.Where(s => s.StartsWith("OBX|")))
    {
        var campos = seg.Split('|');
        var codigo = campos[3].Split('^')[0];          // ex.: 8339-4 peso ao nascer
        var valor = decimal.Parse(campos[5], CultureInfo.InvariantCulture);
        var unidade = campos[6].Split('^')[1];
        yield return new Observacao(codigo, valor, unidade, DateTime.ParseExact(campos[14], "yyyyMMddHHmm", null));
    }
}`)}`),

  rec('code_java_es_pe', f`En el servicio de neonatología el puntaje APGAR se guarda mal cuando falta un componente. ¿Cómo lo arreglo sin romper la API?

${code(f`@Service
public class ApgarService {

    public int calcular(Map<String, Integer> componentes) {
        // frecuencia cardiaca, esfuerzo respiratorio, tono, reflejos, color (0-2 cada uno)
        int total = 0;
        for (String c : List.of("fc", "respiracion", "tono", "reflejos", "color")) {
            total += componentes.get(c);
        }
        return total;
    }

    public String clasificar(int puntaje) {
        if (puntaje >= 7) return "NORMAL";
        if (puntaje >= 4) return "DEPRESION_MODERADA";
        return "DEPRESION_SEVERA";
    }
}`)}

Cuando "reflejos" no viene en el JSON salta un NullPointerException.`),

  rec('code_sql_fr_be', f`Bonjour, cette requête pour le rapport mensuel des accouchements compte deux fois les jumeaux. Une idée ?

${code(f`-- Rapport mensuel : accouchements par mode et par mois
SELECT date_trunc('month', n.date_naissance) AS mois,
       a.mode_accouchement,
       COUNT(*) AS nb_accouchements,
       ROUND(AVG(n.poids_g)) AS poids_moyen_g
FROM accouchements a
JOIN naissances n ON n.accouchement_id = a.id
WHERE a.date_admission >= DATE '2024-01-01'
GROUP BY 1, 2
ORDER BY 1, 2;`)}`),

  rec('code_tsx_ko', f`신분증 촬영 화면에서 카메라가 두 번 켜지는 문제가 있어요. 왜 그런가요?

${code(f`export function 신분증촬영({ onCapture }: { onCapture: (blob: Blob) => void }) {
  const videoRef = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    let stream: MediaStream;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment', width: 1920 } })
      .then((s) => {
        stream = s;
        if (videoRef.current) videoRef.current.srcObject = s;
      });
    // 정리 함수가 없어서 StrictMode에서 스트림이 두 개 남는 것 같아요
  }, []);

  return <video ref={videoRef} autoPlay playsInline className="id-frame" />;
}`)}`),

  rec('code_swift_vi', f`Ứng dụng eKYC trên iOS bị crash khi người dùng từ chối quyền camera. Đoạn code đây:

${code(f`import AVFoundation

final class ChupGiayTo: NSObject {
    private let phien = AVCaptureSession()

    func batDau() {
        // kiểm tra quyền camera
        AVCaptureDevice.requestAccess(for: .video) { duocPhep in
            let thietBi = AVCaptureDevice.default(.builtInWideAngleCamera, for: .video, position: .back)!
            let dauVao = try! AVCaptureDeviceInput(device: thietBi)
            self.phien.addInput(dauVao)
            self.phien.startRunning()
        }
    }
}`)}`),

  rec('code_python_zh', f`这是我们翻译质检的脚本，检查译文里的标签有没有丢。为什么有些 <ph/> 标签明明在却报缺失？

${code(f`import re

TAG_RE = re.compile(r"<(/?)(bpt|ept|ph|g)(\\s[^>]*)?>")

def 检查标签(原文: str, 译文: str) -> list[str]:
    """返回译文中缺失的标签"""
    原文标签 = [m.group(0) for m in TAG_RE.finditer(原文)]
    译文标签 = [m.group(0) for m in TAG_RE.finditer(译文)]
    缺失 = []
    for t in 原文标签:
        if t not in 译文标签:
            缺失.append(t)
    return 缺失`)}`),

  rec('code_js_ja', f`通訳者の割り当てロジックです。同じ時間帯に同じ通訳者が二重に割り当てられてしまいます。

${code(f`// 予約ごとに空いている通訳者を探す
function assignInterpreters(bookings, interpreters) {
  const assigned = new Map();
  for (const b of bookings.sort((a, c) => a.start - c.start)) {
    const free = interpreters.find((i) =>
      i.languages.includes(b.language) &&
      !(assigned.get(i.id) ?? []).some((x) => x.end > b.start)
    );
    if (free) {
      assigned.set(free.id, [...(assigned.get(free.id) ?? []), b]);
      b.interpreterId = free.id;
    }
  }
  return bookings;
}`)}`),

  rec('code_bash_ro', f`Scriptul de rotație a înregistrărilor CCTV din port șterge uneori și fișierele din ziua curentă. De ce?

${code(f`#!/usr/bin/env bash
# rotatie_cctv.sh – păstrează 30 de zile de înregistrări
set -euo pipefail
ARHIVA=/srv/cctv/inregistrari
ZILE=30

find "$ARHIVA" -type f -name '*.mp4' -mtime +$ZILE -print -delete
# șterge directoarele goale
find "$ARHIVA" -mindepth 1 -type d -empty -delete
df -h "$ARHIVA" | tail -1 | awk '{print "Spațiu folosit: " $5}'`)}`),

  rec('code_ps_hu', f`Ez a script tiltaná le a kilépő KYC-munkatársak fiókjait, de a csoporttagságokat nem veszi el. Mit rontok el?

${code(f`# Kilépők fiókjainak letiltása – minden este 22:00-kor fut
$kilepok = Import-Csv -Path "\\\\fs01\\HR\\kilepok.csv" -Delimiter ';'
foreach ($k in $kilepok) {
    $felh = Get-ADUser -Filter "EmployeeID -eq '$($k.Torzsszam)'" -Properties MemberOf
    if ($null -eq $felh) { Write-Warning "Nincs ilyen: $($k.Torzsszam)"; continue }
    Disable-ADAccount -Identity $felh
    foreach ($csoport in $felh.MemberOf) {
        Remove-ADGroupMember -Identity $csoport -Members $felh -Confirm:$false
    }
}`)}`),

  rec('code_ruby_sr', f`Model za oglase automobila — validacija VIN broja propušta neke pogrešne brojeve:

${code(f`class Oglas < ApplicationRecord
  VIN_FORMAT = /\\A[A-HJ-NPR-Z0-9]{17}\\z/

  validates :vin, format: { with: VIN_FORMAT }, allow_blank: true
  validates :cena, numericality: { greater_than: 0 }
  validate :kilometraza_realna

  private

  # kilometraža ne sme biti veća od 60 000 km po godini starosti
  def kilometraza_realna
    starost = [Date.current.year - godiste, 1].max
    errors.add(:kilometraza, "nije realna") if kilometraza.to_i > starost * 60_000
  end
end`)}`),

  rec('code_dart_id', f`Aplikasi pemantauan kehamilan: grafik berat badan ibu tidak update setelah input baru. Tolong cek:

${code(f`class GrafikBeratBadan extends StatefulWidget {
  const GrafikBeratBadan({super.key, required this.data});
  final List<CatatanBerat> data;

  @override
  State<GrafikBeratBadan> createState() => _GrafikBeratBadanState();
}

class _GrafikBeratBadanState extends State<GrafikBeratBadan> {
  late final List<FlSpot> titik = widget.data
      .map((c) => FlSpot(c.mingguKehamilan.toDouble(), c.beratKg))
      .toList();

  @override
  Widget build(BuildContext context) {
    return LineChart(LineChartData(lineBarsData: [LineChartBarData(spots: titik)]));
  }
}`)}`),

  rec('code_scala_pt_br', f`Regra de monitoramento transacional pós-onboarding. Quero saber se o window está certo para "mais de 5 PIX recebidos de CPFs diferentes em 1 hora":

${code(f`val alertas = transacoes
  .filter($"tipo" === "PIX_RECEBIDO")
  .withWatermark("ocorrida_em", "10 minutes")
  .groupBy(window($"ocorrida_em", "1 hour", "5 minutes"), $"conta_id")
  .agg(approx_count_distinct($"cpf_pagador").as("pagadores"), sum($"valor").as("total"))
  .filter($"pagadores" > 5)

alertas.writeStream
  .format("delta")
  .option("checkpointLocation", "/chk/alertas_pix")
  .start("/delta/alertas_pix")`)}`),

  rec('chat_tl', f`Bakit po ${amb('source_code.snippet', 'df.groupby("ward")["apgar_5min"].mean().round(1)')} nagbibigay ng NaN sa isang ward kahit may laman? Ginagamit ko sa monthly report ng delivery room.`, 'a one-line expression in prose: ambiguous code'),
];
