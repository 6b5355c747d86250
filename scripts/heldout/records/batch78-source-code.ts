/**
 * Held-out batch 78: pasted source code from dialysis scheduling, onboard folios, ad mediation,
 * plant telemetry, union dues and trading systems — fenced or not, with questions in many
 * languages. Hand-written.
 */
import { f, phone, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH78_SOURCE_CODE: DraftRecord[] = [
  rec('code_python', f`Deze functie moet dialysestoelen verdelen over de shifts, maar soms krijgt een patiënt twee stoelen tegelijk. Zie jij de fout?

\`\`\`python
${code(f`from collections import defaultdict

SHIFTS = ("ochtend", "middag", "avond")

def verdeel_stoelen(patienten, stoelen_per_shift):
    bezetting = defaultdict(list)
    for p in sorted(patienten, key=lambda p: p.prioriteit, reverse=True):
        for shift in p.voorkeur or SHIFTS:
            vrij = [s for s in range(1, stoelen_per_shift + 1) if s not in bezetting[shift]]
            if vrij:
                bezetting[shift].append(vrij[0])
                p.toegewezen = (shift, vrij[0])
        # TODO: stoppen na eerste toewijzing?
    return bezetting`)}
\`\`\``),

  rec('code_sql', f`Questa query dovrebbe restituire i conti cabina aperti con saldo superiore al limite di credito, ma tira fuori anche quelli già chiusi. Perché?

${code(f`SELECT f.folio_no,
       f.cabin,
       g.last_name,
       SUM(p.amount) AS saldo,
       g.credit_limit
FROM folios f
JOIN guests g ON g.guest_id = f.guest_id
LEFT JOIN postings p ON p.folio_no = f.folio_no
WHERE f.ship_code = 'AUST'
   OR f.status = 'OPEN'
GROUP BY f.folio_no, f.cabin, g.last_name, g.credit_limit
HAVING SUM(p.amount) > g.credit_limit
ORDER BY saldo DESC;`)}`),

  rec('code_kotlin', f`Quảng cáo rewarded trong game không hiện lần thứ hai, lần đầu thì được. Code Kotlin:

${code(f`class ReviveAdController(private val activity: Activity) : MaxRewardedAdListener {
    private val ad = MaxRewardedAd.getInstance("a1b2c3d4e5f60718", activity)
    private var retry = 0

    init {
        ad.setListener(this)
        ad.loadAd()
    }

    fun show(onReward: () -> Unit) {
        pendingReward = onReward
        if (ad.isReady) ad.showAd("revive") else Log.w("ads", "not ready")
    }

    override fun onAdLoaded(maxAd: MaxAd) { retry = 0 }
    override fun onAdLoadFailed(unit: String, error: MaxError) {
        retry++
        Handler(Looper.getMainLooper()).postDelayed({ ad.loadAd() }, (1L shl minOf(6, retry)) * 1000)
    }
    override fun onAdHidden(maxAd: MaxAd) { /* quên loadAd ở đây? */ }
    override fun onUserRewarded(maxAd: MaxAd, reward: MaxReward) { pendingReward?.invoke() }
    private var pendingReward: (() -> Unit)? = null
    override fun onAdDisplayed(maxAd: MaxAd) {}
    override fun onAdClicked(maxAd: MaxAd) {}
    override fun onAdDisplayFailed(maxAd: MaxAd, error: MaxError) { ad.loadAd() }
}`)}`),

  rec('code_csharp', f`イベントをまとめて送信するクラスですが、アプリがバックグラウンドに行くと最後のバッチが失われます。どう直せばいいですか？

\`\`\`csharp
${code(f`public class EventBatcher : MonoBehaviour
{
    private readonly List<AnalyticsEvent> _buffer = new();
    private const int MaxBatch = 50;
    private float _lastFlush;

    public void Track(string name, Dictionary<string, object> props)
    {
        _buffer.Add(new AnalyticsEvent(name, props, DateTime.UtcNow));
        if (_buffer.Count >= MaxBatch || Time.realtimeSinceStartup - _lastFlush > 30f)
            StartCoroutine(Flush());
    }

    private IEnumerator Flush()
    {
        var batch = _buffer.ToArray();
        _buffer.Clear();
        _lastFlush = Time.realtimeSinceStartup;
        using var req = UnityWebRequest.Put(Endpoint, JsonConvert.SerializeObject(batch));
        req.method = "POST";
        yield return req.SendWebRequest();
        if (req.result != UnityWebRequest.Result.Success) _buffer.InsertRange(0, batch);
    }
}`)}
\`\`\``),

  rec('code_go', f`Þessi Go-kóði sækir gildi úr sögugagnagrunninum á 10 sek. fresti en minnið vex stöðugt. Hvar lekur?

${code(f`func pollWellhead(ctx context.Context, c *pi.Client, tags []string, out chan<- Sample) {
	ticker := time.NewTicker(10 * time.Second)
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			for _, t := range tags {
				resp, err := c.HTTP.Get(c.Base + "/streams/" + url.PathEscape(t) + "/value")
				if err != nil {
					log.Printf("poll %s: %v", t, err)
					continue
				}
				var v struct {
					Timestamp time.Time \`json:"Timestamp"\`
					Value     float64   \`json:"Value"\`
				}
				_ = json.NewDecoder(resp.Body).Decode(&v)
				out <- Sample{Tag: t, At: v.Timestamp, Val: v.Value}
			}
		}
	}
}`)}`),

  rec('code_rust', f`Hii ni code ya kusoma shinikizo la kichwa cha kisima (wellhead pressure) kupitia Modbus TCP. Inafanya kazi lakini thamani zinatoka kubwa mara 10. Shida iko wapi?

\`\`\`rust
${code(f`use tokio_modbus::prelude::*;

const WHP_REGISTER: u16 = 40_101 - 40_001;

pub async fn read_whp(addr: std::net::SocketAddr, unit: u8) -> anyhow::Result<f32> {
    let mut ctx = tcp::connect_slave(addr, Slave(unit)).await?;
    let regs = ctx.read_holding_registers(WHP_REGISTER, 2).await??;
    let raw = ((regs[0] as u32) << 16) | regs[1] as u32;
    let bar_g = f32::from_bits(raw);
    Ok(bar_g * 10.0) // scale from device manual
}`)}
\`\`\``),

  rec('code_ts', f`Liczymy składkę członkowską jako 1% pensji zasadniczej, ale nie więcej niż 60 zł i nie mniej niż 15 zł dla emerytów. Czy ten kod jest poprawny?

${code(f`type Member = { basePay: number; retired: boolean; joinedAt: Date };

export function monthlyDues(m: Member): number {
  const raw = Math.round(m.basePay * 0.01 * 100) / 100;
  if (m.retired) return Math.max(15, raw);
  return Math.min(60, raw);
}

export function arrears(m: Member, paidMonths: number, now = new Date()): number {
  const months = (now.getFullYear() - m.joinedAt.getFullYear()) * 12 + now.getMonth() - m.joinedAt.getMonth();
  return Math.max(0, months - paidMonths) * monthlyDues(m);
}`)}`),

  rec('code_php', f`Olá, este hook do CiviCRM deveria criar uma atividade "Queixa" sempre que um membro submete o formulário de reclamação, mas não cria nada. Consegue ver porquê?

${code(f`<?php
function aptwu_civicrm_post($op, $objectName, $objectId, &$objectRef) {
  if ($op !== 'create' || $objectName !== 'Participant') {
    return;
  }
  civicrm_api3('Activity', 'create', [
    'activity_type_id' => 'Grievance',
    'source_contact_id' => $objectRef->contact_id,
    'subject' => 'Queixa submetida via formulário',
    'status_id' => 'Scheduled',
  ]);
}`)}`),

  rec('code_java', f`Our FIX parser chokes on repeating groups for the soybean spread orders. Here's the parsing bit:

\`\`\`java
${code(f`public Map<Integer, String> parse(String raw) {
    Map<Integer, String> fields = new HashMap<>();
    for (String pair : raw.split("\\u0001")) {
        if (pair.isEmpty()) continue;
        int eq = pair.indexOf('=');
        int tag = Integer.parseInt(pair.substring(0, eq));
        fields.put(tag, pair.substring(eq + 1));
    }
    return fields;
}

public List<Leg> legs(Map<Integer, String> f) {
    int n = Integer.parseInt(f.getOrDefault(555, "0"));   // NoLegs
    List<Leg> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
        out.add(new Leg(f.get(600), f.get(624), new BigDecimal(f.get(623))));
    }
    return out;
}`)}
\`\`\`
Every leg comes out identical.`),

  rec('code_python', f`Sveiki, parašiau Kt/V skaičiavimą pagal Daugirdo formulę, bet rezultatai atrodo per dideli. Gal matai klaidą?

${code(f`import math

def kt_v(pre_bun: float, post_bun: float, hours: float, uf_litres: float, post_weight_kg: float) -> float:
    r = post_bun / pre_bun
    return -math.log(r - 0.008 * hours) + (4 - 3.5 * r) * uf_litres / post_weight_kg

def urr(pre_bun: float, post_bun: float) -> float:
    return 100 * (pre_bun - post_bun) / post_bun

print(round(kt_v(68, 21, 4, 2.5, 72), 2), round(urr(68, 21), 1))`)}`),

  rec('code_bash', f`Skriptet under skal rotere loggene fra mannskapsplanleggeren om bord, men det sletter også dagens logg. Hva er galt?

${code(f`#!/bin/bash
LOGDIR=/var/log/crew-roster
KEEP_DAYS=14

cd "$LOGDIR" || exit 1
for f in roster-*.log; do
  gzip -9 "$f"
done
find "$LOGDIR" -name 'roster-*.log.gz' -mtime +$KEEP_DAYS -exec rm {} \\;
systemctl kill -s HUP crew-roster.service`)}`),

  rec('code_sql', f`Jag behöver en lista över medlemmar som ligger efter med avgiften mer än tre månader, men frågan tar 40 sekunder. Hur kan den snabbas upp?

${code(f`SELECT m.medlemsnr, m.efternamn, m.fornamn, m.avdelning,
       COUNT(*) AS obetalda_manader
FROM medlem m
CROSS JOIN generate_series(date_trunc('month', now()) - interval '11 months',
                           date_trunc('month', now()), interval '1 month') AS mån(period)
WHERE NOT EXISTS (
    SELECT 1 FROM betalning b
    WHERE b.medlemsnr = m.medlemsnr
      AND date_trunc('month', b.betald_datum) = mån.period
)
  AND m.status = 'AKTIV'
GROUP BY m.medlemsnr, m.efternamn, m.fornamn, m.avdelning
HAVING COUNT(*) > 3;`)}`),

  rec('code_swift', f`iOS 17 上 ATT 弹窗有时候不出现，是不是调用时机不对？

\`\`\`swift
${code(f`import AppTrackingTransparency
import AdSupport

final class ConsentManager {
    static let shared = ConsentManager()

    func requestIfNeeded(completion: @escaping (Bool) -> Void) {
        guard ATTrackingManager.trackingAuthorizationStatus == .notDetermined else {
            completion(ATTrackingManager.trackingAuthorizationStatus == .authorized)
            return
        }
        ATTrackingManager.requestTrackingAuthorization { status in
            DispatchQueue.main.async { completion(status == .authorized) }
        }
    }
}

// AppDelegate
func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
    ConsentManager.shared.requestIfNeeded { granted in AdsBootstrap.start(personalised: granted) }
    return true
}`)}
\`\`\``),

  rec('code_c', f`Die Prüfsumme der Telemetrie-Telegramme vom Bohrlochkopf stimmt nicht mit dem überein, was der Hersteller angibt (CRC-16/MODBUS). Was ist falsch?

${code(f`#include <stdint.h>
#include <stddef.h>

uint16_t crc16_modbus(const uint8_t *buf, size_t len)
{
    uint16_t crc = 0x0000;
    for (size_t i = 0; i < len; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            if (crc & 0x0001)
                crc = (crc >> 1) ^ 0xA001;
            else
                crc >>= 1;
        }
    }
    return crc;
}`)}`),

  rec('code_ruby', f`Liman acentelerinden gelen fatura CSV'lerini okuyan bu Ruby kodu Türkçe ondalık virgülü yanlış okuyor. Nasıl düzeltirim?

${code(f`require 'csv'
require 'bigdecimal'

def parse_agent_invoice(path)
  CSV.foreach(path, headers: true, col_sep: ';', encoding: 'bom|utf-8').map do |row|
    {
      port: row['Liman'],
      service: row['Hizmet'],
      amount: BigDecimal(row['Tutar']),
      currency: row['Para Birimi'] || 'EUR'
    }
  end
end`)}`),

  rec('diff', f`Code review please — I removed the hard-coded DB password from the transport scheduler, is this diff enough?

${code(f`--- a/transport/scheduler/db.py
+++ b/transport/scheduler/db.py
@@ -1,12 +1,14 @@
 import os
 import psycopg2
 
-DB_HOST = "transport-db.ravelarenal.in"
-DB_USER = "sched_app"
-DB_PASSWORD = "${v('credential.password_assignment', 'Hyd3rabad#Van42')}"
+DB_HOST = os.environ["TRANSPORT_DB_HOST"]
+DB_USER = os.environ.get("TRANSPORT_DB_USER", "sched_app")
+DB_PASSWORD = os.environ["TRANSPORT_DB_PASSWORD"]
 
 def connect():
-    return psycopg2.connect(host=DB_HOST, user=DB_USER, password=DB_PASSWORD, dbname="transport")
+    return psycopg2.connect(host=DB_HOST, user=DB_USER, password=DB_PASSWORD,
+                            dbname="transport", connect_timeout=5)`)}

(the old password is still in git history, I know)`, 'a removed password in a diff is still the password'),

  rec('code_python', f`Bonjour, le script d'import des résultats du labo plante à la ligne 14 avec "UnicodeDecodeError". Le fichier vient du labo de Liège en ISO-8859-1, je crois.

${code(f`import csv
import pymssql

conn = pymssql.connect(server="sql-dialyse.ravela.be", user="labimport", password="${v('credential.password_assignment', 'Meuse!Labo2024')}", database="dialyse")
cur = conn.cursor()

with open("resultats_liege.csv", newline="") as fh:
    reader = csv.DictReader(fh, delimiter=";")
    for row in reader:
        cur.execute(
            "INSERT INTO resultats (patient_ref, analyse, valeur, unite, date_prelevement) VALUES (%s, %s, %s, %s, %s)",
            (row["ref"], row["analyse"], row["valeur"].replace(",", "."), row["unite"], row["date"]),
        )
conn.commit()`)}`),

  rec('code_js', f`Bună, ruta asta ar trebui să permită fiecărui membru să voteze o singură dată la referendumul de grevă, dar am văzut voturi duble în test. Unde e problema?

${code(f`router.post('/ballot/:ballotId/vote', requireMember, async (req, res) => {
  const { ballotId } = req.params;
  const { choice } = req.body;
  const already = await db.votes.findOne({ ballotId, memberId: req.member.id });
  if (already) return res.status(409).json({ error: 'deja_votat' });
  await new Promise((r) => setTimeout(r, 50)); // audit log
  await db.votes.insertOne({ ballotId, memberId: req.member.id, choice, at: new Date() });
  res.status(201).json({ ok: true });
});`)}`),

  rec('code_java', f`مرحبا، هاد اختبار JUnit لخدمة حجز مواعيد غسيل الكلى عم يفشل بس على الـ CI. شو السبب؟

${code(f`@Test
void bookingSendsConfirmationSms() {
    Patient p = new Patient("PT-2231", "Samir Haddad", "${phone('+961 3 482 719')}");
    p.setEmail("${v('pii.email', 'samir.haddad.test@ravelarenal.com')}");
    Slot slot = new Slot(LocalDate.of(2024, 11, 4), LocalTime.of(7, 0), "BEY-01", 12);

    service.book(p, slot);

    verify(sms).send(eq("${phone('+9613482719')}"), contains("07:00"));
    assertEquals(1, repo.countBookings(LocalDate.now()));
}`)}`),

  rec('code_sql', f`השאילתה צריכה לחשב רווח/הפסד יומי על גידורי הנחושת לפי ספר, אבל ה-P&L יוצא כפול לחוזים שגולגלו. מה לא בסדר?

${code(f`WITH fills AS (
  SELECT book, contract, side, qty_t, price_usd, trade_date
  FROM trades
  WHERE commodity = 'CU' AND trade_date <= :as_of
), marks AS (
  SELECT contract, settle_usd FROM lme_settlements WHERE settle_date = :as_of
)
SELECT f.book,
       SUM(CASE WHEN f.side = 'B' THEN 1 ELSE -1 END * f.qty_t * (m.settle_usd - f.price_usd)) AS pnl_usd
FROM fills f
JOIN marks m ON m.contract = f.contract
LEFT JOIN rolls r ON r.from_contract = f.contract
GROUP BY f.book;`)}`),

  rec('code_lua', f`ฟังก์ชันนี้ใช้คำนวณรางวัลรายวันในเกม แต่ผู้เล่นบางคนได้รางวัลวันที่ 7 สองครั้ง ช่วยดูหน่อย

${code(f`local M = {}

local REWARDS = { 50, 75, 100, 150, 200, 300, 1000 }

function M.claim(profile, now)
  local last = profile.last_claim or 0
  local days = math.floor((now - last) / 86400)
  if days < 1 then return nil, "already_claimed" end
  if days > 1 then profile.streak = 0 end
  profile.streak = (profile.streak % #REWARDS) + 1
  profile.last_claim = now
  return REWARDS[profile.streak]
end

return M`)}`),
];
