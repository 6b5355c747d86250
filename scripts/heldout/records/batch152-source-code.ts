/**
 * Held-out batch 152: pasted source code from the six organisations (quota maths, terminal firmware,
 * badge readers, permit scheduling, prescription apps, donation forms), asked about in many languages. Hand-written.
 */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH152_SOURCE_CODE: DraftRecord[] = [
  rec('code_python_no', f`Kvoteberegningen gir feil restkvote når et fartøy har overført kvote midt i året. Ser du feilen?

\`\`\`python
${code(f`import pandas as pd

def restkvote(landinger: pd.DataFrame, kvoter: pd.DataFrame) -> pd.DataFrame:
    fanget = (landinger
              .groupby(["fartoy_id", "art"], as_index=False)["rundvekt_kg"]
              .sum())
    df = kvoter.merge(fanget, on=["fartoy_id", "art"], how="left").fillna({"rundvekt_kg": 0})
    df["rest_kg"] = df["kvote_kg"] + df.get("overfort_kg", 0) - df["rundvekt_kg"]
    return df.sort_values("rest_kg")`)}
\`\`\``),

  rec('code_sql_pt', f`Esta query das descargas por embarcação está lenta (a tabela tem 9 milhões de linhas). Que índice sugeres?

${code(f`SELECT e.matricula,
       d.especie,
       SUM(d.peso_kg) AS total_kg,
       COUNT(DISTINCT d.data_descarga) AS dias
FROM descargas d
JOIN embarcacoes e ON e.id = d.embarcacao_id
WHERE d.data_descarga >= DATE '2025-01-01'
  AND d.porto = 'PENICHE'
GROUP BY e.matricula, d.especie
ORDER BY total_kg DESC;`)}`),

  rec('code_go_el', f`Ο heartbeat handler των τερματικών κολλάει όταν πέφτει η βάση. Τι να αλλάξω;

${code(f`func (s *Server) handleHeartbeat(w http.ResponseWriter, r *http.Request) {
	var hb Heartbeat
	if err := json.NewDecoder(r.Body).Decode(&hb); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	_, err := s.db.Exec(\`UPDATE terminals SET last_seen = now(), fw = $1 WHERE terminal_id = $2\`, hb.Firmware, hb.TerminalID)
	if err != nil {
		log.Printf("heartbeat %s: %v", hb.TerminalID, err)
	}
	w.WriteHeader(http.StatusNoContent)
}`)}`),

  rec('code_java_tr', f`Bilet seri numarasının kontrol hanesini hesaplayan metod bazı biletlerde yanlış sonuç veriyor, neden?

${code(f`public static int checkDigit(String serial) {
    int sum = 0;
    for (int i = 0; i < serial.length(); i++) {
        int d = Character.getNumericValue(serial.charAt(i));
        sum += (i % 2 == 0) ? d * 3 : d;
    }
    return (10 - sum % 10);
}`)}`),

  rec('code_c_pt_br', f`O driver da impressora térmica do terminal corta o bilhete no meio às vezes. Alguém vê problema nesse loop?

${code(f`int print_ticket(int fd, const uint8_t *buf, size_t len) {
    size_t off = 0;
    while (off < len) {
        ssize_t n = write(fd, buf + off, len - off);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        off += n;
    }
    uint8_t cut[] = { 0x1D, 0x56, 0x01 };
    write(fd, cut, sizeof cut);
    return 0;
}`)}`),

  rec('code_kotlin_it', f`L'app Android carica la foto della ricetta ma a volte arriva ruotata di 90°. Come sistemo?

${code(f`suspend fun uploadRicetta(uri: Uri, ordineId: String) {
    val bytes = context.contentResolver.openInputStream(uri)!!.use { it.readBytes() }
    val bitmap = BitmapFactory.decodeByteArray(bytes, 0, bytes.size)
    val out = ByteArrayOutputStream()
    bitmap.compress(Bitmap.CompressFormat.JPEG, 85, out)
    api.caricaRicetta(ordineId, out.toByteArray().toRequestBody("image/jpeg".toMediaType()))
}`)}`),

  rec('code_ts', f`Donation form lets people submit £0.50, which Stripe then rejects. Where should the minimum go?

\`\`\`ts
${code(f`const schema = z.object({
  amount: z.coerce.number().positive(),
  frequency: z.enum(['once', 'monthly']),
  giftAid: z.boolean().default(false),
  tribute: z.string().max(120).optional(),
});

export async function POST(req: Request) {
  const body = schema.parse(await req.json());
  const intent = await stripe.paymentIntents.create({
    amount: Math.round(body.amount * 100),
    currency: 'gbp',
    metadata: { frequency: body.frequency, giftAid: String(body.giftAid) },
  });
  return Response.json({ clientSecret: intent.client_secret });
}`)}
\`\`\``),

  rec('code_rust_ko', f`출입카드 리더기에서 오는 Wiegand 26비트 데이터를 파싱하는 코드인데 패리티 체크가 항상 실패해요.

${code(f`fn parse_w26(bits: u32) -> Option<(u8, u16)> {
    let even = (bits >> 25) & 1;
    let odd = bits & 1;
    let facility = ((bits >> 17) & 0xFF) as u8;
    let card = ((bits >> 1) & 0xFFFF) as u16;
    let upper = (bits >> 13) & 0xFFF;
    let lower = (bits >> 1) & 0xFFF;
    if upper.count_ones() % 2 != even || lower.count_ones() % 2 != odd {
        return None;
    }
    Some((facility, card))
}`)}`),

  rec('code_csharp_zh_tw', f`這段門禁規則判斷，外包人員過了有效期限還是刷得進無塵室，哪裡寫錯？

${code(f`public bool CanEnter(Badge badge, Zone zone, DateTime now)
{
    if (badge.Type == BadgeType.Contractor)
    {
        if (badge.ValidTo < now.Date) return true;
        if (!badge.Trainings.Contains("CR-GOWNING")) return false;
    }
    return zone.AllowedGroups.Intersect(badge.Groups).Any();
}`)}`),

  rec('code_sql_pl', f`Potrzebuję poprawić to zapytanie, które przydziela inspektorom kontrole budów na przyszły tydzień – jeden inspektor dostaje wszystko.

${code(f`WITH wolni AS (
  SELECT i.id, COUNT(k.id) AS liczba
  FROM inspektorzy i
  LEFT JOIN kontrole k ON k.inspektor_id = i.id AND k.termin >= CURRENT_DATE
  GROUP BY i.id
)
UPDATE kontrole SET inspektor_id = (SELECT id FROM wolni ORDER BY liczba LIMIT 1)
WHERE inspektor_id IS NULL AND termin BETWEEN CURRENT_DATE + 7 AND CURRENT_DATE + 14;`)}`),

  rec('code_php_de', f`Das WordPress-Plugin für unsere Spendenquittungen erzeugt bei Beträgen über 1.000 € ein falsches PDF. Hier die Funktion:

${code(f`function sternenlicht_betrag_in_worten( $betrag ) {
    $fmt = new NumberFormatter( 'de_DE', NumberFormatter::SPELLOUT );
    $euro = floor( $betrag );
    $cent = round( ( $betrag - $euro ) * 100 );
    $text = ucfirst( $fmt->format( $euro ) ) . ' Euro';
    if ( $cent > 0 ) {
        $text .= ' und ' . $fmt->format( $cent ) . ' Cent';
    }
    return $text;
}`)}`),

  rec('code_ruby', f`${code(f`class RefillReminderJob < ApplicationJob
  queue_as :default

  def perform
    Prescription.active.where("next_refill_on <= ?", 3.days.from_now).find_each do |rx|
      next if rx.patient.opted_out_sms?
      SmsClient.deliver(to: rx.patient.mobile, body: I18n.t("refill.reminder", drug: rx.drug_name, date: rx.next_refill_on))
      rx.update!(reminded_at: Time.current)
    end
  end
end`)}

Patients are getting the reminder every night until they refill. How do I send it only once per cycle?`),

  rec('code_bash_fr', f`Ce script de sauvegarde des plans scannés (dossiers de permis) supprime parfois des fichiers récents. Pourquoi ?

${code(f`#!/usr/bin/env bash
set -euo pipefail
SRC=/srv/urbanisme/scans
DEST=/mnt/nas/archives/$(date +%Y)
mkdir -p "$DEST"
find "$SRC" -name '*.pdf' -mtime +30 -exec mv {} "$DEST"/ \\;
find "$DEST" -name '*.pdf' -mtime +3650 -delete
find "$SRC" -type d -empty -delete`)}`),

  rec('code_swift_ja', f`検査員用 iOS アプリで、写真を撮ると位置情報が nil になることがあります。

${code(f`func capturePhoto(for inspectionId: String) {
    let settings = AVCapturePhotoSettings()
    locationManager.requestLocation()
    photoOutput.capturePhoto(with: settings, delegate: self)
    pending[inspectionId] = locationManager.location
}`)}`),

  rec('code_r_sv', f`Kan du förklara varför medianen av gåvorna blir fel per kampanj i den här R-koden?

${code(f`library(dplyr)
gavor %>%
  filter(datum >= as.Date("2024-01-01")) %>%
  group_by(kampanj) %>%
  summarise(antal = n(),
            summa = sum(belopp),
            median = median(belopp, na.rm = TRUE)) %>%
  arrange(desc(summa))`)}`),

  rec('code_python_hinglish', f`Bhai ye Django model mein prescription ka status change hone pe verifier ka naam save nahi ho raha, dekh ke batao:

${code(f`class Prescription(models.Model):
    STATUS = [("pending", "Pending"), ("verified", "Verified"), ("rejected", "Rejected")]
    order = models.OneToOneField("orders.Order", on_delete=models.CASCADE)
    status = models.CharField(max_length=12, choices=STATUS, default="pending")
    verified_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL)

    def verify(self, user):
        self.status = "verified"
        self.verified_by = user
        self.save(update_fields=["status"])`)}`),

  rec('code_js_ro', f`Scriptul care aduce rezultatele extragerii pe ecranele din agenții afișează uneori rezultatele de ieri. De ce?

${code(f`async function incarcaRezultate() {
  const azi = new Date().toISOString().slice(0, 10);
  const res = await fetch(\`/api/extrageri?data=\${azi}\`, { cache: 'force-cache' });
  const date = await res.json();
  document.querySelector('#numere').textContent = date.numere.join(' – ');
}
setInterval(incarcaRezultate, 60_000);`)}`),

  rec('code_vba_es_cl', f`La macro que calcula la parte de cada tripulante se cae cuando hay un marinero sin días de marea. ¿Qué le pongo?

${code(f`Sub CalcularPartes()
    Dim fila As Long, totalDias As Double
    totalDias = Application.WorksheetFunction.Sum(Range("C2:C40"))
    For fila = 2 To 40
        Cells(fila, 5).Value = Range("H1").Value * Cells(fila, 3).Value / totalDias * Cells(fila, 4).Value
    Next fila
End Sub`)}`),

  rec('code_dart_vi', f`App Flutter cho thanh tra xây dựng: danh sách công trình không cập nhật sau khi kéo để làm mới. Mình sai ở đâu?

${code(f`Future<void> _refresh() async {
  final moi = await api.layDanhSachCongTrinh();
  congTrinh = moi;
}

@override
Widget build(BuildContext context) {
  return RefreshIndicator(
    onRefresh: _refresh,
    child: ListView(children: congTrinh.map((c) => ListTile(title: Text(c.diaChi))).toList()),
  );
}`)}`),

  rec('diff_uk', f`Перевір, будь ласка, цей патч до сервісу перевірки рецептів — чи не зламає він старі рецепти без коду ЄДРПОУ?

${code(f`--- a/rx/validate.py
+++ b/rx/validate.py
@@ -41,9 +41,12 @@ def validate(rx: Recipe) -> list[str]:
     errors = []
     if not rx.doctor_license:
         errors.append("missing_license")
-    if rx.issued_at < date.today() - timedelta(days=30):
+    max_age = 10 if rx.is_narcotic else 30
+    if rx.issued_at < date.today() - timedelta(days=max_age):
         errors.append("expired")
+    if rx.facility_code and not re.fullmatch(r"\\d{8}", rx.facility_code):
+        errors.append("bad_facility_code")
     return errors`)}`),

  rec('code_powershell_he', f`הסקריפט שמבטל תגי קבלנים שפג תוקפם לא מוצא אף משתמש. מה לא בסדר?

${code(f`$expired = Get-ADUser -Filter * -SearchBase "OU=Contractors,DC=kgt,DC=kestrel-fab,DC=local" -Properties AccountExpirationDate |
    Where-Object { $_.AccountExpirationDate -lt (Get-Date) }
foreach ($u in $expired) {
    Disable-ADAccount -Identity $u
    Remove-ADGroupMember -Identity "CR-Access" -Members $u -Confirm:$false
}`)}`),

  rec('chat_id', f`Pertanyaan singkat: kenapa ${amb('source_code.snippet', "df['berat_kg'].sum() / len(df)")} hasilnya beda dengan ${amb('source_code.snippet', "df['berat_kg'].mean()")} di laporan tangkapan kami?`, 'one-line expressions in prose: ambiguous'),
];
