/**
 * Held-out batch 71: pasted source code from radiology IT, scrap-yard weighbridges, a newsroom,
 * an alumni office, a drilling contractor and a mobile operator's care systems, with questions and
 * comments in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH71_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_nb', f`Vi skal sende anonymiserte CT-serier til et forskningsprosjekt. Er dette nok, eller lekker det fortsatt personopplysninger?

\`\`\`python
${code(f`import pydicom
from pathlib import Path

FJERN = ["PatientName", "PatientID", "PatientBirthDate", "PatientAddress",
         "ReferringPhysicianName", "InstitutionName", "OtherPatientIDs"]

def anonymiser(inn: Path, ut: Path, pseudo_id: str) -> None:
    for fil in inn.rglob("*.dcm"):
        ds = pydicom.dcmread(fil)
        for tag in FJERN:
            if tag in ds:
                delattr(ds, tag)
        ds.PatientID = pseudo_id
        ds.remove_private_tags()
        mål = ut / fil.relative_to(inn)
        mål.parent.mkdir(parents=True, exist_ok=True)
        ds.save_as(mål)`)}
\`\`\`

Burned-in tekst i bildene (ultralyd) håndterer vi separat.`),

  rec('code_js_nl_be', f`De nieuwsticker onderaan onze website springt soms terug naar het begin halverwege een bericht. Zie jij waarom?

${code(f`const ticker = document.querySelector('#ticker-track');
let berichten = [];
let pos = 0;

async function laad() {
  const res = await fetch('/api/ticker?regio=antwerpen');
  berichten = (await res.json()).map((b) => b.titel);
  ticker.textContent = berichten.join('  •  ');
}

function stap() {
  pos -= 1;
  if (-pos > ticker.scrollWidth) pos = ticker.parentElement.clientWidth;
  ticker.style.transform = \`translateX(\${pos}px)\`;
  requestAnimationFrame(stap);
}

laad().then(stap);
setInterval(laad, 60_000);`)}`),

  rec('code_csharp_ru', f`Пишу сервис, который читает параметры бурения (нагрузка на долото, обороты ротора, давление) с контроллера по Modbus TCP. Иногда значения скачут в 65535. Что не так?

${code(f`using NModbus;
using System.Net.Sockets;

public sealed class DrillFloorReader : IDisposable
{
    private readonly TcpClient _tcp;
    private readonly IModbusMaster _master;

    public DrillFloorReader(string host, int port = 502)
    {
        _tcp = new TcpClient(host, port);
        _master = new ModbusFactory().CreateMaster(_tcp);
    }

    public (double Wob, double Rpm, double Spp) Read()
    {
        ushort[] r = _master.ReadHoldingRegisters(1, 100, 6);
        double wob = (short)r[0] / 10.0;   // т
        double rpm = r[2];
        double spp = ((r[4] << 16) | r[5]) / 100.0; // бар
        return (wob, rpm, spp);
    }

    public void Dispose() => _tcp.Dispose();
}`)}`),

  rec('code_go_sw', f`Huu ni mfumo wetu wa USSD (*544#) kwa wateja. Menyu ya pili haionekani kwa baadhi ya simu. Tafadhali angalia:

${code(f`package ussd

import (
	"fmt"
	"net/http"
	"strings"
)

func Handler(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	text := r.FormValue("text")
	hatua := strings.Split(text, "*")

	var jibu string
	switch {
	case text == "":
		jibu = "CON Karibu Mawimbi\\n1. Salio\\n2. Nunua bando\\n3. Huduma kwa wateja"
	case hatua[0] == "1":
		jibu = fmt.Sprintf("END Salio lako ni KSh %.2f", salio(r.FormValue("phoneNumber")))
	case hatua[0] == "2" && len(hatua) == 1:
		jibu = "CON Chagua bando\\n1. 1GB siku 1 - 99\\n2. 5GB wiki - 500"
	default:
		jibu = "END Chaguo si sahihi"
	}
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprint(w, jibu)
}`)}`),

  rec('code_java_hu', f`A RIS-ből érkező HL7 ORM üzenetekből kellene kiszedni a vizsgálat kódját. Ez a parser néha üres stringet ad vissza, pedig az OBR szegmens ott van:

${code(f`public final class OrmParser {

    public static String vizsgalatKod(String uzenet) {
        for (String szegmens : uzenet.split("\\r")) {
            if (szegmens.startsWith("OBR")) {
                String[] mezok = szegmens.split("\\\\|");
                String[] kod = mezok[4].split("\\\\^");
                return kod[0];
            }
        }
        return "";
    }
}`)}

Lehet, hogy \\n-nel jönnek a szegmensek és nem \\r-rel?`),

  rec('code_swift_ko', f`동문 앱에서 기부 버튼을 누르면 가끔 화면이 멈춰요. 메인 스레드 문제일까요?

${code(f`struct DonateView: View {
    @State private var amount: Int = 50_000
    @State private var isProcessing = false
    let client: GivingClient

    var body: some View {
        VStack(spacing: 16) {
            Stepper("기부 금액: \\(amount)원", value: $amount, in: 10_000...1_000_000, step: 10_000)
            Button(isProcessing ? "처리 중…" : "기부하기") {
                isProcessing = true
                let result = try? client.donateSync(amount: amount, fund: "scholarship")
                isProcessing = false
                print(result ?? "실패")
            }
            .disabled(isProcessing)
        }
        .padding()
    }
}`)}`),

  rec('code_php_pt_br', f`Formulário de doação dos ex-alunos: o valor chega zerado quando a pessoa digita "1.500,00". Onde está o erro?

${code(f`<?php
function valorEmCentavos(string $entrada): int {
    $limpo = str_replace(['R$', ' '], '', $entrada);
    $limpo = str_replace(',', '.', $limpo);
    return (int) round(((float) $limpo) * 100);
}

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $centavos = valorEmCentavos($_POST['valor'] ?? '0');
    if ($centavos < 1000) {
        http_response_code(422);
        exit('Valor mínimo: R$ 10,00');
    }
    registrarDoacao($_POST['fundo'], $centavos);
}`)}`),

  rec('code_bash_el', f`Το script που μετατρέπει τα βίντεο των ανταποκριτών σε XDCAM για το playout κολλάει σε κάποια αρχεία από κινητά. Τι φταίει;

${code(f`#!/bin/bash
IN=/mnt/ingest/anaptokrites
OUT=/mnt/playout/xdcam
for f in "$IN"/*.{mp4,mov,MOV}; do
  [ -e "$f" ] || continue
  base=$(basename "\${f%.*}")
  ffmpeg -hide_banner -y -i "$f" \\
    -vf "scale=1920:1080:force_original_aspect_ratio=decrease,pad=1920:1080:(ow-iw)/2:(oh-ih)/2,fps=25" \\
    -c:v mpeg2video -b:v 50M -pix_fmt yuv422p -c:a pcm_s24le -ar 48000 \\
    "$OUT/\${base}.mxf" && mv "$f" "$IN/done/"
done`)}

Τα αρχεία από iPhone είναι HEVC με μεταβλητό frame rate.`),

  rec('code_powershell_ja', f`新しいオペレーターのADアカウントを一括作成するスクリプトです。部署名に日本語が入るとエラーになります。

${code(f`$users = Import-Csv -Path .\\new_operators.csv -Encoding UTF8
foreach ($u in $users) {
    $sam = ($u.Romaji -replace '\\s', '.').ToLower()
    New-ADUser -Name $u.Name -SamAccountName $sam \`
        -Department $u.Department \`
        -Path "OU=Operators,OU=CallCenter,DC=corp,DC=sakura-mobile,DC=local" \`
        -AccountPassword (Read-Host -AsSecureString "初期パスワード") \`
        -ChangePasswordAtLogon $true -Enabled $true
    Add-ADGroupMember -Identity "CC-Operators-Tokyo" -Members $sam
}`)}

CSVはExcelから「CSV UTF-8」で保存しています。`),

  rec('code_vba_es_cl', f`Tengo esta macro en la planilla de precios del patio. Debería actualizar el precio de compra del cobre según el dólar del día, pero se cae con "Error 13: no coinciden los tipos":

${code(f`Sub ActualizarPrecios()
    Dim ws As Worksheet
    Set ws = ThisWorkbook.Sheets("Precios")
    Dim dolar As Double, fila As Long
    dolar = ws.Range("B1").Value
    For fila = 4 To ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
        If ws.Cells(fila, "A").Value Like "Cobre*" Then
            ws.Cells(fila, "D").Value = ws.Cells(fila, "C").Value * dolar * 0.82
        End If
    Next fila
    MsgBox "Precios actualizados al " & Format(Date, "dd-mm-yyyy")
End Sub`)}

En B1 pego el dólar desde la página del Banco Central, ej. "943,12".`),

  rec('code_python_kk', f`Бұрғылау бағанасының үйкеліс күшін (torque & drag) есептейтін қарапайым модель жаздым. Көлбеу ұңғыда нәтиже тым аз шығады, қайда қате?

${code(f`import numpy as np

def drag(md, inc_deg, w_buoyed, mu=0.25):
    """Soft-string model, tripping out. md in m, inc in deg, w in kN/m."""
    inc = np.radians(inc_deg)
    tension = np.zeros_like(md)
    for i in range(len(md) - 2, -1, -1):
        dl = md[i + 1] - md[i]
        normal = w_buoyed * dl * np.sin(inc[i])
        tension[i] = tension[i + 1] + w_buoyed * dl * np.cos(inc[i]) + mu * normal
    return tension

md = np.arange(0, 3200, 30.0)
inc = np.clip((md - 800) / 20, 0, 65)
print(drag(md, inc, 0.29)[0])`)}`),

  rec('code_rust_cs', f`Parser RSS pro naši regionální zpravodajskou stránku. Překladač hlásí "borrowed value does not live long enough":

${code(f`use quick_xml::events::Event;
use quick_xml::Reader;

pub fn titulky(xml: &str) -> Vec<&str> {
    let mut reader = Reader::from_str(xml);
    let mut vysledek = Vec::new();
    let mut v_titulku = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.name().as_ref() == b"title" => v_titulku = true,
            Ok(Event::Text(t)) if v_titulku => {
                let text = t.unescape().unwrap();
                vysledek.push(text.as_ref());
                v_titulku = false;
            }
            Ok(Event::Eof) => break,
            _ => {}
        }
    }
    vysledek
}`)}`),

  rec('code_ts_he', f`רשימת העבודה של הרדיולוגים לא מתעדכנת אחרי שמישהו מסמן בדיקה כ"פוענחה". הקומפוננטה:

${code(f`import { useEffect, useState } from 'react';

type Study = { accession: string; modality: 'CT' | 'MR' | 'US'; priority: 'STAT' | 'ROUTINE'; status: string };

export function Worklist({ radiologistId }: { radiologistId: string }) {
  const [studies, setStudies] = useState<Study[]>([]);

  useEffect(() => {
    fetch(\`/api/worklist?reader=\${radiologistId}\`)
      .then((r) => r.json())
      .then(setStudies);
  }, []);

  const markRead = async (acc: string) => {
    await fetch(\`/api/studies/\${acc}/read\`, { method: 'POST' });
    studies.find((s) => s.accession === acc)!.status = 'READ';
    setStudies(studies);
  };

  return (
    <ul>
      {studies.filter((s) => s.status !== 'READ').map((s) => (
        <li key={s.accession} onClick={() => markRead(s.accession)}>{s.priority} · {s.modality} · {s.accession}</li>
      ))}
    </ul>
  );
}`)}`),

  rec('code_ruby_is', f`Skráningarkerfið fyrir útskriftarafmælin sendir tvöfaldan staðfestingarpóst. Hér er controllerinn:

${code(f`class SkraningarController < ApplicationController
  def create
    @skraning = Skraning.new(skraning_params)
    if @skraning.save
      StadfestingMailer.with(skraning: @skraning).stadfesting.deliver_later
      redirect_to vidburdur_path(@skraning.vidburdur), notice: "Takk fyrir skráninguna!"
    else
      render :new, status: :unprocessable_entity
    end
  end

  private

  def skraning_params
    params.require(:skraning).permit(:nafn, :netfang, :utskriftarar, :fjoldi_gesta)
  end
end

class Skraning < ApplicationRecord
  after_commit { StadfestingMailer.with(skraning: self).stadfesting.deliver_later }
end`)}`),

  rec('code_lua_vi', f`Cổng tự phục vụ của khách hàng bị bot spam OTP. Em viết giới hạn tốc độ bằng OpenResty nhưng hình như không có tác dụng:

${code(f`local limit_req = require "resty.limit.req"

local lim, err = limit_req.new("otp_limit", 1, 3)
if not lim then
    ngx.log(ngx.ERR, "khong tao duoc limiter: ", err)
    return ngx.exit(500)
end

local key = ngx.var.arg_msisdn or ngx.var.remote_addr
local delay, err = lim:incoming(key, true)
if not delay then
    if err == "rejected" then
        return ngx.exit(429)
    end
    return ngx.exit(500)
end`)}

Bot đổi số điện thoại liên tục trong tham số msisdn.`),

  rec('code_dart_id', f`Aplikasi pembeli rongsokan kami: total harga tidak berubah waktu berat diganti. Kenapa ya?

${code(f`class TimbanganPage extends StatefulWidget {
  const TimbanganPage({super.key});
  @override
  State<TimbanganPage> createState() => _TimbanganPageState();
}

class _TimbanganPageState extends State<TimbanganPage> {
  double berat = 0;
  final hargaPerKg = {'besi': 4200, 'tembaga': 98000, 'aluminium': 21000};
  String jenis = 'besi';

  @override
  Widget build(BuildContext context) {
    final total = berat * hargaPerKg[jenis]!;
    return Column(children: [
      TextField(keyboardType: TextInputType.number, onChanged: (v) => berat = double.tryParse(v) ?? 0),
      Text('Total: Rp \${total.toStringAsFixed(0)}'),
    ]);
  }
}`)}`),

  rec('code_sql_ar_iq', f`هذا الاستعلام يطلع المشتركين اللي عدهم أكثر من 3 شكاوى بالشهر، بس ياخذ وقت طويل على قاعدة البيانات. شلون أسرّعه؟

${code(f`SELECT s.subscriber_id,
       s.plan_code,
       COUNT(c.complaint_id) AS complaints
FROM   crm.subscribers s
JOIN   crm.complaints c
       ON c.subscriber_id = s.subscriber_id
WHERE  TO_CHAR(c.created_at, 'YYYY-MM') = '2024-11'
  AND  s.region IN ('BAGHDAD', 'BASRA', 'NINAWA')
GROUP  BY s.subscriber_id, s.plan_code
HAVING COUNT(c.complaint_id) > 3
ORDER  BY complaints DESC;`)}`),

  rec('code_c_sk', f`Firmvér pre riadenie podávača drviča šrotu. Pri preťažení motora sa podávač nezastaví včas. Je problém v prerušení?

${code(f`#include <stdint.h>
#include <stdbool.h>

#define PRUD_LIMIT_A   420u
#define VZORKY         8u

static volatile uint16_t prud[VZORKY];
static volatile uint8_t idx;
bool podavac_bezi = true;

void ADC_IRQHandler(void) {
    prud[idx++ % VZORKY] = adc_citaj_prud();
}

void hlavna_slucka(void) {
    uint32_t sucet = 0;
    for (uint8_t i = 0; i < VZORKY; i++) sucet += prud[i];
    if (sucet / VZORKY > PRUD_LIMIT_A) {
        podavac_bezi = false;
        rele_vypni(RELE_PODAVAC);
    }
}`)}`),

  rec('code_python_en_gb', f`I'm loading LAS well logs from the rig into pandas for the morning geology call. Depth comes out as the index but the gamma ray curve is all NaN below 2,400 m. Any idea?

\`\`\`python
${code(f`import lasio
import pandas as pd

las = lasio.read("NB-SENTINEL_9-14_GR_RES.las")
df = las.df()
df = df.replace(-999.25, pd.NA)
df = df[["GR", "RDEP", "RMED"]].dropna(how="all")
print(df.loc[2300:2500].describe())`)}
\`\`\``),

  rec('diff_en_us', f`Can you review this patch to our newsroom CMS before I merge it? It's supposed to stop embargoed stories from going into the RSS feed.

\`\`\`diff
${code(f`--- a/app/feeds/rss.py
+++ b/app/feeds/rss.py
@@ -18,9 +18,12 @@ def build_feed(section: str) -> str:
     stories = (
         Story.objects.filter(section=section, status="published")
+        .exclude(embargo_until__gt=timezone.now())
         .order_by("-published_at")[:50]
     )
     items = [
-        rss_item(s.headline, s.url, s.published_at)
+        rss_item(s.headline, s.url, s.published_at, s.byline)
         for s in stories
+        if not s.is_syndication_only
     ]
     return render_feed(section, items)`)}
\`\`\``),
];
