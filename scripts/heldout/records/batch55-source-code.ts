/**
 * Held-out batch 55: pasted source code from lift-pass, recall, NOC, wedding, fare-inspection and
 * web-shop tooling, with questions in many languages. Hand-written.
 */
import { f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH55_SOURCE_CODE: DraftRecord[] = [
  rec('code_sql', f`Recall query from our Dutch warehouse (column names are Dutch) takes 3 minutes on Postgres 15. Which indexes would you add?

${code(f`-- Alle afleveringen van de teruggeroepen charges in de laatste 90 dagen
SELECT k.klantnummer, k.naam, a.artikelcode, l.charge, SUM(r.aantal) AS aantal
FROM orderregels r
JOIN orders o     ON o.id = r.order_id
JOIN klanten k    ON k.id = o.klant_id
JOIN artikelen a  ON a.id = r.artikel_id
JOIN leveringen l ON l.orderregel_id = r.id
WHERE l.charge IN ('24B117', '24B118')
  AND o.leverdatum >= CURRENT_DATE - INTERVAL '90 days'
GROUP BY k.klantnummer, k.naam, a.artikelcode, l.charge
ORDER BY aantal DESC;`)}`),

  rec('code_go', f`${code(f`package pdu

import (
	"context"
	"sync"
	"time"
)

type Reading struct {
	Rack  string
	Phase int
	Amps  float64
	At    time.Time
}

// PollAll queries every PDU concurrently and returns the per-rack total draw.
func PollAll(ctx context.Context, pdus []Client) map[string]float64 {
	var mu sync.Mutex
	totals := make(map[string]float64)
	var wg sync.WaitGroup
	for _, p := range pdus {
		wg.Add(1)
		go func(c Client) {
			defer wg.Done()
			rs, err := c.Read(ctx)
			if err != nil {
				return
			}
			for _, r := range rs {
				mu.Lock()
				totals[r.Rack] += r.Amps
				mu.Unlock()
			}
		}(p)
	}
	wg.Wait()
	return totals
}`)}

Totals for dual-fed racks look double what the clamp meter says. Am I summing A and B feeds when I should only sum one?`),

  rec('code_bash', f`Nightly config backup for the JNB1 switches. It sometimes commits an empty file when a switch times out — how do I stop that?

\`\`\`bash
${code(f`#!/usr/bin/env bash
set -euo pipefail
cd /srv/netcfg
while read -r host; do
  timeout 60 ssh -o BatchMode=yes "backup@\${host}" 'show running-config' > "configs/\${host}.cfg" || echo "WARN: \${host} failed" >&2
done < hosts-jnb1.txt
git add -A configs
git commit -qm "nightly \$(date +%F)" || true
git push -q origin main`)}
\`\`\``),

  rec('code_ts', f`Shopify webhooks fail verification about 1 in 20 times. Here's the handler:

${code(f`import crypto from 'node:crypto';
import type { Request, Response } from 'express';

export function verifyShopify(req: Request & { rawBody: Buffer }, res: Response, next: () => void) {
  const hmac = req.get('X-Shopify-Hmac-Sha256') ?? '';
  const digest = crypto
    .createHmac('sha256', process.env.SHOPIFY_WEBHOOK_SECRET!)
    .update(req.rawBody.toString('utf8'))
    .digest('base64');
  if (digest !== hmac) {
    res.status(401).send('bad hmac');
    return;
  }
  next();
}`)}

Could the utf8 conversion be the problem for orders with "Dry-hopped Märzen" in the notes?`),

  rec('code_php', f`Ek wil op elke hop-produkbladsy 'n nota wys met die oesjaar en "beste voor"-datum uit die produkvelde. Hoekom verskyn dit nie?

${code(f`<?php
add_action('woocommerce_single_product_summary', function () {
    global $product;
    $oes  = get_post_meta($product->get_id(), 'oesjaar', true);
    $best = get_post_meta($product->get_id(), 'beste_voor', true);
    if (!$oes || !$best) {
        return;
    }
    printf(
        '<p class="hop-vars">Oes %s · Beste voor %s · Hou gevries</p>',
        esc_html($oes),
        esc_html(date_i18n('j F Y', strtotime($best)))
    );
}, 25);`)}`),

  rec('code_kotlin', f`Aplikace pro revizory někdy přijme jízdenku, která už vypršela. Kde je chyba?

${code(f`// Ověření QR jízdenky offline
fun overJizdenku(qr: QrPayload, ted: Instant, zona: String): Vysledek {
    if (!podpisPlatny(qr)) return Vysledek.NEPLATNY_PODPIS
    val platnostDo = qr.vydano.plus(Duration.ofMinutes(qr.minuty.toLong()))
    if (ted.isAfter(platnostDo.plusSeconds(TOLERANCE_S))) return Vysledek.PROSLA
    if (zona !in qr.zony) return Vysledek.SPATNA_ZONA
    return Vysledek.OK
}

private const val TOLERANCE_S = 300L // 5 minut tolerance na hodiny v telefonu`)}`),

  rec('code_csharp', f`The reduced-penalty calculation (paid within 5 days) sometimes gives the full amount, never the 30% discount. Our Italian dev wrote it, names are Italian. What's wrong?

${code(f`public static decimal CalcolaSanzione(Verbale v, DateTime dataPagamento)
{
    decimal baseImporto = v.Tipo == TipoInfrazione.SenzaBiglietto ? 100m : 50m;
    int giorni = (dataPagamento.Date - v.DataNotifica.Date).Days;
    decimal riduzione = giorni <= 5 ? 30 / 100 : 0;
    return Math.Round(baseImporto * (1 - riduzione) + v.Tariffa, 2);
}`)}`),

  rec('code_java', f`${code(f`@Service
public class RecallNotifier {
    private final PharmacyRepository pharmacies;
    private final MailSender mail;

    public RecallNotifier(PharmacyRepository pharmacies, MailSender mail) {
        this.pharmacies = pharmacies;
        this.mail = mail;
    }

    @Transactional(readOnly = true)
    public int notifyLot(String gtin, String lot) {
        List<Pharmacy> affected = pharmacies.findByDeliveredLot(gtin, lot, LocalDate.now().minusDays(90));
        affected.forEach(p -> mail.send(p.getEmail(), "Recolhimento do lote " + lot, Templates.recall(p, gtin, lot)));
        return affected.size();
    }
}`)}

Preciso que isso também registre cada envio numa tabela de auditoria (exigência da Anvisa). Como faço sem perder envios se o e-mail falhar no meio?`),

  rec('code_rust', f`Mul on PDU telemeetria parser, mis kukub paanikasse, kui rida on poolik. Kuidas seda viisakalt käsitleda?

${code(f`#[derive(Debug)]
pub struct Sample { pub outlet: u8, pub watts: f32, pub volts: f32 }

pub fn parse_line(line: &str) -> Sample {
    let mut it = line.split(';');
    let outlet = it.next().unwrap().trim_start_matches("OUT").parse().unwrap();
    let watts = it.next().unwrap().parse().unwrap();
    let volts = it.next().unwrap().parse().unwrap();
    Sample { outlet, watts, volts }
}`)}`),

  rec('code_r', f`Lūdzu, palīdzi: grafikā visas līnijas izskatās vienādas, lai gan pārbaužu skaits ir ļoti atšķirīgs.

${code(f`library(dplyr)
library(ggplot2)

parbaudes <- read.csv("parbaudes_2024.csv")
likmes <- parbaudes |>
  group_by(linija) |>
  summarise(parbauditi = sum(parbauditi), bez_biletes = sum(bez_biletes)) |>
  mutate(likme = bez_biletes / parbauditi)

ggplot(likmes, aes(x = reorder(linija, likme), y = likme)) +
  geom_col() +
  scale_y_continuous(labels = scales::percent, limits = c(0, 1)) +
  coord_flip()`)}`),

  rec('code_swift', f`Lift-ticket screen in our Hakuba app. Guests say the QR is hard to scan at the gates in bright sun — how do I push screen brightness to max while this view is open and restore it after?

${code(f`struct LiftTicketView: View {
    let ticket: Ticket
    var body: some View {
        VStack(spacing: 16) {
            Text(ticket.productName).font(.headline)
            Image(uiImage: QRCode.make(from: ticket.payload, size: 280))
                .interpolation(.none)
                .resizable()
                .frame(width: 280, height: 280)
            Text("有効期限: \\(ticket.validUntil.formatted(date: .abbreviated, time: .shortened))")
                .font(.caption)
        }
        .padding()
    }
}`)}`),

  rec('code_ruby', f`Our RSVP controller sometimes saves two responses when a guest double-clicks "Envoyer" (the site is bilingual, Montréal weddings). How do I stop that?

${code(f`class RsvpsController < ApplicationController
  def create
    guest = Guest.find_by!(invite_code: params[:code])
    rsvp = guest.rsvps.create!(
      attending: params[:attending] == "oui",
      meal: params[:meal],
      plus_one_name: params[:plus_one_name]
    )
    RsvpMailer.with(rsvp: rsvp).confirmation.deliver_later
    redirect_to merci_path
  end
end`)}`),

  rec('code_apps_script', f`Armé este script para la planilla del seating de la boda, pero cuando hay más de 10 invitados por mesa no me avisa. ¿Qué le falta?

${code(f`function controlarMesas() {
  const hoja = SpreadsheetApp.getActive().getSheetByName('Invitados');
  const filas = hoja.getRange(2, 1, hoja.getLastRow() - 1, 3).getValues();
  const porMesa = {};
  filas.forEach(([nombre, mesa, confirmado]) => {
    if (confirmado !== 'Sí') return;
    porMesa[mesa] = (porMesa[mesa] || 0) + 1;
  });
  Object.keys(porMesa).forEach((mesa) => {
    if (porMesa[mesa] > 10) SpreadsheetApp.getUi().alert('Mesa ' + mesa + ' tiene ' + porMesa[mesa]);
  });
}`)}`),

  rec('code_lua', f`${code(f`-- Wireshark dissector for the PDU vendor's UDP telemetry (port 5140)
local p = Proto("kpdu", "Kestrel PDU telemetry")
local f_rack  = ProtoField.string("kpdu.rack", "Rack")
local f_phase = ProtoField.uint8("kpdu.phase", "Phase")
local f_amps  = ProtoField.float("kpdu.amps", "Amps")
p.fields = { f_rack, f_phase, f_amps }

function p.dissector(buf, pinfo, tree)
  pinfo.cols.protocol = "KPDU"
  local t = tree:add(p, buf(), "PDU telemetry")
  t:add(f_rack, buf(0, 8))
  t:add(f_phase, buf(8, 1))
  t:add_le(f_amps, buf(9, 4))
end

DissectorTable.get("udp.port"):add(5140, p)`)}

amps come out as garbage like 4.2e-39 — little endian vs big endian?`),

  rec('code_tsql', f`This proc closes paid penalty cases every night at 02:00, but it locks the Penalties table for several minutes and the inspectors' sync times out. How would you batch it?

${code(f`CREATE OR ALTER PROCEDURE dbo.usp_ClosePaidPenalties
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE p
       SET p.Status = 'CLOSED', p.ClosedAt = SYSUTCDATETIME()
      FROM dbo.Penalties p
      JOIN dbo.Payments pay ON pay.PenaltyId = p.Id
     WHERE p.Status = 'OPEN'
       AND pay.Amount >= p.Amount;
END`)}`),

  rec('code_vba', f`Η μακροεντολή για τον προϋπολογισμό του γάμου βγάζει λάθος σύνολα όταν προσθέτω νέα γραμμή προμηθευτή. Γιατί;

${code(f`Sub SynoloProypologismou()
    Dim ws As Worksheet, r As Long, synolo As Double
    Set ws = Sheets("Budget")
    For r = 2 To 40
        If ws.Cells(r, 4).Value = "Πληρώθηκε" Then
            synolo = synolo + ws.Cells(r, 3).Value
        End If
    Next r
    ws.Range("F2").Value = synolo
End Sub`)}`),

  rec('code_dart', f`Bokningswidgeten för skiduthyrningen visar fel antal dagar när man väljer över månadsskiftet. Ser du felet?

${code(f`int antalDagar(DateTime fran, DateTime till) {
  return till.day - fran.day + 1;
}

Widget prisRad(Utrustning u, DateTime fran, DateTime till) {
  final dagar = antalDagar(fran, till);
  return ListTile(
    title: Text(u.namn),
    subtitle: Text('\$dagar dagar'),
    trailing: Text('\${(u.dagspris * dagar).toStringAsFixed(0)} kr'),
  );
}`)}`),

  rec('code_c', f`Firmware-ul logger-ului de temperatură pentru camera frigorifică de retururi raportează uneori -3276.8 °C. De unde vine?

${code(f`#define SENSOR_ERR 0x8000

float read_temp_c(void) {
    int16_t raw = (int16_t)((i2c_read(TMP117_ADDR, 0x00) << 8) | i2c_read(TMP117_ADDR, 0x01));
    return raw * 0.1f;
}

void log_sample(void) {
    float t = read_temp_c();
    if (t > 8.0f || t < 2.0f) alarm_raise(ALARM_TEMP);
    ring_push(now_s(), t);
}`)}`),

  rec('code_diff', f`Boleh semak patch ni sebelum saya merge? Ia tukar cara kira kos penghantaran untuk pesanan malt yang berat.

${code(f`--- a/shop/shipping.py
+++ b/shop/shipping.py
@@ -12,9 +12,14 @@ def shipping_cost(order):
-    weight = sum(i.weight_kg for i in order.items)
-    if weight > 30:
-        return 45.00
-    return 15.00
+    weight = sum(i.weight_kg * i.qty for i in order.items)
+    if order.country != "MY":
+        return international_rate(order.country, weight)
+    if weight > 30:
+        # malt 25 kg: caj kurier berat
+        return 45.00 + (weight - 30) * 1.20
+    return 15.00`)}`),

  rec('code_jsx', f`रिटर्न फॉर्म में "बैच नंबर" खाली छोड़ने पर भी सबमिट हो जाता है। वैलिडेशन कहाँ गलत है?

${code(f`export function ReturnForm({ onSubmit }) {
  const [items, setItems] = useState([{ sku: '', batch: '', qty: 1, reason: 'expired' }]);

  const valid = items.every((i) => i.sku && i.qty > 0);

  return (
    <form onSubmit={(e) => { e.preventDefault(); if (valid) onSubmit(items); }}>
      {items.map((it, idx) => (
        <ReturnLine key={idx} value={it} onChange={(v) => setItems(items.map((x, j) => (j === idx ? v : x)))} />
      ))}
      <button type="submit" disabled={!valid}>जमा करें</button>
    </form>
  );
}`)}`),

  rec('code_python', f`这个脚本用来检查机房各机柜的温度告警，但同一个告警会重复发很多次。怎么加一个冷却时间？

${code(f`import time

THRESHOLD_C = 27.0

def check(sensors, notify):
    for s in sensors:
        t = s.read()
        if t > THRESHOLD_C:
            notify(f"{s.rack} 进风温度 {t:.1f}°C 超过阈值")

while True:
    check(load_sensors("sha1"), send_wecom)
    time.sleep(60)`)}`),
];
