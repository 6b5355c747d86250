/**
 * Held-out batch 130: pasted source code from forecasting, tunnel boring, medication rounds,
 * dress rental, pledge drives and export control, in many programming and human languages.
 * Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH130_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_en', f`This METAR parser chokes on "VRB03KT" and on RVR groups. How do I make it more robust?

\`\`\`python
${code(f`import re

WIND = re.compile(r"(?P<dir>\\d{3})(?P<spd>\\d{2,3})(G(?P<gust>\\d{2,3}))?KT")

def parse_metar(raw: str) -> dict:
    parts = raw.split()
    out = {"station": parts[0], "time": parts[1]}
    for p in parts[2:]:
        m = WIND.fullmatch(p)
        if m:
            out["wind_dir"] = int(m["dir"])
            out["wind_kt"] = int(m["spd"])
            out["gust_kt"] = int(m["gust"]) if m["gust"] else None
        elif p.startswith("Q"):
            out["qnh_hpa"] = int(p[1:])
    return out`)}
\`\`\``),

  rec('code_fortran_en', f`Old post-processing routine from the regional NWP suite, can you explain what the loop does and whether it's vectorisable?

      ${code(f`SUBROUTINE DEWPT(T, RH, TD, N)
      IMPLICIT NONE
      INTEGER N, I
      REAL T(N), RH(N), TD(N), GAM
      REAL, PARAMETER :: A = 17.27, B = 237.7
      DO 10 I = 1, N
         GAM = A*T(I)/(B+T(I)) + LOG(MAX(RH(I),1.0)/100.0)
         TD(I) = B*GAM/(A-GAM)
   10 CONTINUE
      RETURN
      END`)}`),

  rec('code_r_es', f`¿Por qué este script de anomalías de temperatura me da NA en diciembre?

${code(f`library(dplyr)
library(lubridate)

obs <- read.csv("temp_diaria_estacion_8221.csv")
obs$fecha <- ymd(obs$fecha)

climatologia <- obs %>%
  filter(year(fecha) >= 1991, year(fecha) <= 2020) %>%
  group_by(mes = month(fecha)) %>%
  summarise(tmed = mean(tmed, na.rm = TRUE))

anomalias <- obs %>%
  mutate(mes = month(fecha)) %>%
  left_join(climatologia, by = "mes", suffix = c("", "_clim")) %>%
  mutate(anom = tmed - tmed_clim)`)}`),

  rec('code_sql_es_mx', f`Necesito que esta consulta me diga qué vestidos están disponibles para una fecha de boda, pero me está regresando vestidos ya rentados:

\`\`\`sql
${code(f`-- disponibilidad por fecha de evento (se bloquean 3 días antes y 2 después por tintorería)
SELECT v.sku, v.modelo, v.talla
FROM vestidos v
LEFT JOIN rentas r
  ON r.sku = v.sku
 AND r.fecha_evento BETWEEN DATE_SUB(:fecha, INTERVAL 3 DAY) AND DATE_ADD(:fecha, INTERVAL 2 DAY)
WHERE v.sucursal = :sucursal
  AND r.sku IS NULL
  OR r.estado = 'cancelada'
ORDER BY v.modelo;`)}
\`\`\``),

  rec('code_ts_fr', f`La validation du formulaire de don accepte un montant de 0 $ quand on choisit « mensuel ». Où est le bogue?

${code(f`type Frequence = 'unique' | 'mensuel';

export function validerDon(montant: string, frequence: Frequence): string | null {
  const valeur = Number(montant.replace(',', '.'));
  if (Number.isNaN(valeur)) return 'Montant invalide';
  if (frequence === 'unique' && valeur < 5) return 'Le don minimum est de 5 $';
  if (frequence === 'mensuel' && valeur < 5) {
    // les dons mensuels de 3 $ sont acceptés pour les étudiants
    return valeur >= 3 ? null : 'Le don mensuel minimum est de 3 $';
  }
  return null;
}`)}`),

  rec('code_st_de', f`Kannst du mir diesen Baustein für die Vortriebspressen erklären? Ich verstehe nicht, warum die Pressen bei Gruppe 3 ungleich ausfahren.

${code(f`FUNCTION_BLOCK FB_Pressengruppe
VAR_INPUT
    rSollDruck      : REAL;     (* bar *)
    rIstHub         : ARRAY[1..4] OF REAL; (* mm *)
    bFreigabe       : BOOL;
END_VAR
VAR_OUTPUT
    rStellwert      : ARRAY[1..4] OF REAL;
END_VAR
VAR
    i               : INT;
    rMittelHub      : REAL;
END_VAR

rMittelHub := (rIstHub[1] + rIstHub[2] + rIstHub[3] + rIstHub[4]) / 4.0;
FOR i := 1 TO 4 DO
    IF bFreigabe THEN
        rStellwert[i] := rSollDruck + 0.8 * (rMittelHub - rIstHub[i]);
    ELSE
        rStellwert[i] := 0.0;
    END_IF
END_FOR`)}`),

  rec('code_go_en', f`Reviewer says this handler for recording a given dose has a race. Where?

\`\`\`go
${code(f`func (s *Server) recordDose(w http.ResponseWriter, r *http.Request) {
	var req DoseEvent
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	round := s.rounds[req.RoundID]
	if round == nil {
		http.Error(w, "unknown round", http.StatusNotFound)
		return
	}
	round.Given = append(round.Given, req)
	if req.Status == "refused" {
		go s.notifyPharmacist(req)
	}
	w.WriteHeader(http.StatusNoContent)
}`)}
\`\`\``),

  rec('code_java_zh', f`这段代码用来在发货前比对拒绝方名单，但对带空格的公司名匹配不上，怎么改？

${code(f`public boolean isDenied(String consignee) {
    // 名单来自每日同步的 BIS Entity List 与内部黑名单
    String key = consignee.trim().toUpperCase(Locale.ROOT);
    for (String entry : deniedParties) {
        if (entry.equals(key) || levenshtein(entry, key) <= 2) {
            log.warn("命中拒绝方名单: {} ~ {}", consignee, entry);
            return true;
        }
    }
    return false;
}`)}`),

  rec('code_kotlin_pt', f`A app da loja de aluguer de fatos e vestidos crasha ao rodar o ecrã na página de reserva. Código do ViewModel:

${code(f`class ReservaViewModel(private val repo: ReservasRepository) : ViewModel() {
    private val _estado = MutableStateFlow<EstadoReserva>(EstadoReserva.Carregando)
    val estado: StateFlow<EstadoReserva> = _estado

    fun carregar(idPeca: String, data: LocalDate) {
        viewModelScope.launch {
            _estado.value = try {
                val disponivel = repo.disponibilidade(idPeca, data)
                if (disponivel) EstadoReserva.Livre else EstadoReserva.Ocupado
            } catch (e: IOException) {
                EstadoReserva.Erro(e.message ?: "sem ligação")
            }
        }
    }
}`)}`),

  rec('code_csharp_nl', f`Deze ontdubbelingscode voor leden is traag bij 80.000 records. Hoe kan het sneller?

\`\`\`csharp
${code(f`public static List<Lid> Ontdubbel(List<Lid> leden)
{
    var resultaat = new List<Lid>();
    foreach (var lid in leden)
    {
        var dubbel = resultaat.FirstOrDefault(r =>
            string.Equals(r.Email, lid.Email, StringComparison.OrdinalIgnoreCase));
        if (dubbel == null)
            resultaat.Add(lid);
        else if (lid.LaatsteGift > dubbel.LaatsteGift)
            dubbel.LaatsteGift = lid.LaatsteGift;
    }
    return resultaat;
}`)}
\`\`\``),

  rec('code_rust_ja', f`気象観測ロガーのRustコードです。センサー読み取りが失敗するとループが止まってしまいます。

${code(f`use std::{thread, time::Duration};

fn main() -> anyhow::Result<()> {
    let mut sensor = Bme280::open("/dev/i2c-1")?;
    loop {
        // 10分ごとに気温・湿度・気圧を記録
        let r = sensor.read()?;
        println!("{},{:.1},{:.0},{:.1}", chrono::Utc::now().to_rfc3339(), r.temp_c, r.rh, r.hpa);
        thread::sleep(Duration::from_secs(600));
    }
}`)}`),

  rec('code_bash_ko', f`링 조립 일일 보고서를 만드는 스크립트인데 cron에서 돌리면 빈 파일이 나옵니다.

${code(f`#!/usr/bin/env bash
set -euo pipefail
오늘=$(date +%F)
cd /srv/tbm/로그
# 링 번호, 조립 시작/종료 시각만 추출
grep -h "RING_COMPLETE" tbm_*.log \\
  | awk -v d="$오늘" '$1 == d { print $3 "," $4 "," $5 }' \\
  > "/srv/tbm/보고서/ring_$오늘.csv"
echo "완료: $(wc -l < /srv/tbm/보고서/ring_$오늘.csv) 링"`)}`),

  rec('code_php_pl', f`Hook w WooCommerce ma dodawać kaucję za suknię do koszyka, ale dodaje ją dwa razy. Dlaczego?

${code(f`add_action('woocommerce_cart_calculate_fees', function (WC_Cart $koszyk) {
    foreach ($koszyk->get_cart() as $pozycja) {
        $produkt = $pozycja['data'];
        if (has_term('suknie-slubne', 'product_cat', $produkt->get_id())) {
            $koszyk->add_fee('Kaucja za suknię', 500, false);
        }
    }
});`)}`),

  rec('code_matlab_it', f`Questo script calcola il bacino di subsidenza sopra la galleria (metodo gaussiano). Mi confermi la formula di Peck?

${code(f`% parametri
Vl = 0.008;      % volume perso
D  = 9.8;        % diametro scavo [m]
z0 = 22;         % profondità asse [m]
K  = 0.5;
x  = -60:0.5:60;

i    = K * z0;
Smax = (Vl * pi * D^2 / 4) / (sqrt(2*pi) * i);
S    = Smax * exp(-x.^2 / (2*i^2));

plot(x, -S*1000); grid on
xlabel('distanza dall''asse [m]'); ylabel('cedimento [mm]')`)}`),

  rec('code_swift_es', f`En la app de la radio, el botón de "Donar ahora" no se actualiza cuando termina la meta del maratón:

${code(f`struct BarraMeta: View {
    @ObservedObject var campana: CampanaViewModel

    var body: some View {
        VStack(alignment: .leading) {
            ProgressView(value: campana.recaudado, total: campana.meta)
            Text("\\(Int(campana.recaudado)) de \\(Int(campana.meta)) pesos")
            Button("Donar ahora") { campana.abrirDonacion() }
                .disabled(campana.recaudado >= campana.meta)
        }
    }
}`)}`),

  rec('code_python_ru', f`Скрипт сопоставляет коды ТН ВЭД с ECCN для наших магнитов, но теряет строки с пустым весом. Почему?

\`\`\`python
${code(f`import pandas as pd

позиции = pd.read_excel("отгрузка_декабрь.xlsx")
справочник = pd.read_csv("eccn_map.csv", dtype={"hs": str})

позиции["hs"] = позиции["hs"].astype(str).str[:6]
итог = позиции.merge(справочник, on="hs", how="inner")
итог = итог[итог["вес_кг"] > 0]
итог.groupby("eccn")["вес_кг"].sum().to_csv("сводка_eccn.csv")`)}
\`\`\``),

  rec('code_sql_sv', f`Jag vill lista alla doser som inte dokumenterats inom 60 minuter efter planerad tid under medicinrundan. Stämmer frågan?

${code(f`SELECT p.rond_id, p.avdelning, p.planerad_tid, a.given_tid,
       DATEDIFF(minute, p.planerad_tid, a.given_tid) AS fordrojning_min
FROM planerad_dos p
LEFT JOIN administrerad_dos a ON a.planerad_id = p.id
WHERE p.planerad_tid >= DATEADD(day, -7, GETDATE())
  AND (a.given_tid IS NULL OR DATEDIFF(minute, p.planerad_tid, a.given_tid) > 60)
ORDER BY p.avdelning, p.planerad_tid;`)}`),

  rec('code_js_he', f`הסקריפט מעדכן את שם השיר בסטרים של הרדיו, אבל בעברית מופיעים סימני שאלה. מה לא בסדר?

${code(f`const http = require('http');

function updateMetadata(title) {
  const song = encodeURIComponent(title);
  const req = http.request({
    host: 'stream.local',
    port: 8000,
    path: '/admin/metadata?mount=/live&mode=updinfo&song=' + escape(title),
    auth: process.env.ICECAST_ADMIN,
  });
  req.end();
}`)}`),

  rec('code_ruby_tr', f`Kiralık gelinlik iadelerinde gecikme ücreti yanlış hesaplanıyor, hafta sonlarını da sayıyor. Düzeltir misin?

${code(f`def gecikme_ucreti(iade_tarihi, beklenen_tarih, gunluk_ucret = 150)
  return 0 if iade_tarihi <= beklenen_tarih
  gun = (iade_tarihi - beklenen_tarih).to_i
  gun * gunluk_ucret
end`)}`),

  rec('diff_el', f`Μπορείς να μου εξηγήσεις τι αλλάζει αυτό το patch στον έλεγχο ποιότητας των παρατηρήσεων;

${code(f`--- a/qc/range_check.py
+++ b/qc/range_check.py
@@ -12,7 +12,9 @@ LIMITS = {
     "t2m": (-45.0, 50.0),
-    "rh": (0.0, 100.0),
+    "rh": (1.0, 100.0),
+    "ff": (0.0, 75.0),
 }

 def check(var, value):
-    lo, hi = LIMITS[var]
+    lo, hi = LIMITS.get(var, (float("-inf"), float("inf")))
     return lo <= value <= hi`)}`),

  rec('dockerfile_en', f`Is there a way to make this image smaller? It's the export-licence PDF generator.

${amb('source_code.snippet', f`FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "-b", "${amb('pii.ip_address', '0.0.0.0')}:8080", "licencegen.wsgi:app"]`)}`),

];
