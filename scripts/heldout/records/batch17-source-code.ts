/** Held-out batch 17: pasted code from game devs, analysts, helpdesk, SAP and legacy city systems. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH17_SOURCE_CODE: DraftRecord[] = [
  rec('code_csharp', f`player slides down slopes even when standing still, Unity 2022.3:

\`\`\`csharp
${code(f`[RequireComponent(typeof(CharacterController))]
public class PlayerMotor : MonoBehaviour
{
    [SerializeField] float speed = 4.5f;
    [SerializeField] float gravity = -19.6f;
    CharacterController cc;
    Vector3 velocity;

    void Awake() => cc = GetComponent<CharacterController>();

    void Update()
    {
        var input = new Vector3(Input.GetAxisRaw("Horizontal"), 0f, Input.GetAxisRaw("Vertical")).normalized;
        cc.Move(transform.TransformDirection(input) * speed * Time.deltaTime);

        if (cc.isGrounded && velocity.y < 0f) velocity.y = -2f;
        velocity.y += gravity * Time.deltaTime;
        cc.Move(velocity * Time.deltaTime);
    }
}`)}
\`\`\``),

  rec('code_gdscript', f`Godot 4 — the lantern flickers only the first time, why?

${code(f`extends OmniLight3D

@export var base_energy := 1.6
@export var flicker_amount := 0.35
var _t := 0.0

func _ready() -> void:
	randomize()

func _process(delta: float) -> void:
	_t += delta * 8.0
	light_energy = base_energy + sin(_t) * flicker_amount * randf()
	if _t > TAU:
		set_process(false)`)}`),

  rec('code_lua', f`${code(f`-- mods/moss_spawner/init.lua
local Spawner = {}
Spawner.__index = Spawner

function Spawner.new(zone, max_count)
  return setmetatable({ zone = zone, max = max_count, alive = {} }, Spawner)
end

function Spawner:tick(dt)
  if #self.alive < self.max and math.random() < 0.02 then
    local pos = self.zone:random_point()
    table.insert(self.alive, World.spawn("moss_sprite", pos))
  end
end

return Spawner`)}
modders say sprites never despawn, where would I remove them from alive?`),

  rec('code_sql', f`Need this inventory-aging report to also show the warehouse name, and it's slow (3 min):

${code(f`SELECT  i.sku,
        i.lot_no,
        i.qty_on_hand,
        DATEDIFF(day, i.received_at, GETDATE()) AS age_days,
        CASE WHEN DATEDIFF(day, i.received_at, GETDATE()) > 180 THEN 'SLOW'
             WHEN DATEDIFF(day, i.received_at, GETDATE()) > 90  THEN 'WATCH'
             ELSE 'OK' END AS bucket
FROM    dbo.inventory i
WHERE   i.qty_on_hand > 0
  AND   YEAR(i.received_at) >= 2023
ORDER BY age_days DESC;`)}`),

  rec('vba', f`Makro für die Zollanmeldungen bricht bei leeren Zeilen ab, kannst du das fixen?

${code(f`Sub ExportAtlasPositionen()
    Dim ws As Worksheet, r As Long, last As Long
    Set ws = ThisWorkbook.Sheets("Positionen")
    last = ws.Cells(ws.Rows.Count, "A").End(xlUp).Row
    Open ThisWorkbook.Path & "\\atlas_export.csv" For Output As #1
    For r = 2 To last
        Print #1, ws.Cells(r, 1).Value & ";" & Format(ws.Cells(r, 2).Value, "00000000") & ";" & _
                  Replace(ws.Cells(r, 4).Value, ",", ".") & ";" & ws.Cells(r, 5).Value
    Next r
    Close #1
    MsgBox last - 1 & " Positionen exportiert"
End Sub`)}`),

  rec('powershell', f`Helpdesk script to unlock users and reset the "must change password" flag. Works on DC01 but not from my laptop:

${code(f`param([Parameter(Mandatory)][string]$Sam)

Import-Module ActiveDirectory
$u = Get-ADUser -Identity $Sam -Properties LockedOut, LastLogonDate
if ($u.LockedOut) {
    Unlock-ADAccount -Identity $Sam
    Write-Host "Unlocked $Sam (last logon $($u.LastLogonDate))" -ForegroundColor Green
}
Set-ADUser -Identity $Sam -ChangePasswordAtLogon $true`)}`),

  rec('shell', f`${code(f`#!/bin/sh
# nightly PACS export cleanup — keep 14 days
set -eu
EXPORT_DIR=/data/pacs/export
find "$EXPORT_DIR" -type f -name '*.dcm' -mtime +14 -print -delete >> /var/log/pacs_cleanup.log
du -sh "$EXPORT_DIR" | logger -t pacs-cleanup`)}

is -print -delete safe if the dir is an NFS mount?`),

  rec('notebook', f`Analyse der Wartezeiten in der Notaufnahme, der Plot sieht komisch aus:

${code(f`import pandas as pd
import matplotlib.pyplot as plt

df = pd.read_csv("ed_visits_2024.csv", parse_dates=["arrival", "seen_by_doctor"])
df["wait_min"] = (df["seen_by_doctor"] - df["arrival"]).dt.total_seconds() / 60
df = df[df["wait_min"].between(0, 24 * 60)]

hourly = df.groupby(df["arrival"].dt.hour)["wait_min"].median()
hourly.plot(kind="bar", figsize=(10, 4), title="Median wait by arrival hour")
plt.axhline(240, color="red", linestyle="--")
plt.show()`)}

Warum ist Stunde 0 so hoch?`),

  rec('code_r', f`${code(f`library(dplyr)
library(lubridate)

flu <- read.csv("ili_weekly.csv") |>
  mutate(week = ymd(week_start), rate = ili_cases / visits * 1000) |>
  group_by(clinic) |>
  arrange(week, .by_group = TRUE) |>
  mutate(ma3 = (rate + lag(rate) + lag(rate, 2)) / 3)

ggplot2::ggplot(flu, ggplot2::aes(week, ma3, colour = clinic)) + ggplot2::geom_line()`)}
lag() gives NA for the first 2 weeks of each clinic, how to avoid the gap in the plot?`),

  rec('apps_script', f`Script für unseren Schichtplan im Google Sheet, schickt aber jedem alle Schichten statt nur seine:

${code(f`function sendeSchichten() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Dezember');
  const rows = sheet.getDataRange().getValues();
  const perPerson = {};
  rows.slice(1).forEach(([datum, name, mail, schicht]) => {
    perPerson[mail] = perPerson[mail] || [];
    perPerson[mail].push(Utilities.formatDate(datum, 'Europe/Berlin', 'dd.MM.') + ' ' + schicht);
  });
  Object.keys(perPerson).forEach(m =>
    MailApp.sendEmail(m, 'Deine Schichten im Dezember', Object.values(perPerson).join('\\n')));
}`)}`),

  rec('terraform', f`${code(f`resource "azurerm_storage_account" "uploads" {
  name                     = "stmuniuploads\${var.env}"
  resource_group_name      = azurerm_resource_group.permits.name
  location                 = var.location
  account_tier             = "Standard"
  account_replication_type = var.env == "prod" ? "GRS" : "LRS"
  min_tls_version          = "TLS1_2"

  blob_properties {
    delete_retention_policy { days = 30 }
  }
}`)}

city's security review says we need private endpoints, how do I add one here?`, 'Terraform HCL with logic (conditional, references): labelled as code, not as config'),

  rec('code_kotlin', f`Driver app crashes when the delivery has no signature image:

${code(f`fun DeliveryProof.toPayload(): JSONObject = JSONObject().apply {
    put("stopId", stopId)
    put("deliveredAt", deliveredAt.toString())
    put("receiverName", receiverName.trim())
    put("signature", Base64.encodeToString(signature!!.toByteArray(), Base64.NO_WRAP))
    photos.forEachIndexed { i, p -> put("photo_$i", p.uri.toString()) }
}`)}`),

  rec('code_swift', f`${code(f`struct StoreHoursView: View {
    let store: Store
    @State private var now = Date()

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(store.name).font(.headline)
            Text(store.isOpen(at: now) ? "Open now" : "Closed")
                .foregroundStyle(store.isOpen(at: now) ? .green : .secondary)
        }
        .onReceive(Timer.publish(every: 60, on: .main, in: .common).autoconnect()) { now = $0 }
    }
}`)}
la vista no se actualiza cuando cambio de tienda en la lista, ¿por qué?`),

  rec('abap', f`Our SAP consultant left, can you explain what this report does in plain English?

${code(f`REPORT zlg_open_deliveries.

TABLES: likp.
SELECT-OPTIONS: s_vstel FOR likp-vstel,
                s_wadat FOR likp-wadat.

SELECT vbeln, vstel, wadat, kunnr
  FROM likp
  INTO TABLE @DATA(lt_dlv)
  WHERE vstel IN @s_vstel
    AND wadat IN @s_wadat
    AND wbstk <> 'C'.

LOOP AT lt_dlv INTO DATA(ls_dlv).
  WRITE: / ls_dlv-vbeln, ls_dlv-vstel, ls_dlv-wadat, ls_dlv-kunnr.
ENDLOOP.`)}`),

  rec('code_cpp', f`${code(f`void ALanternActor::Tick(float DeltaTime)
{
    Super::Tick(DeltaTime);
    Elapsed += DeltaTime;
    const float Pulse = FMath::Sin(Elapsed * PulseSpeed) * 0.5f + 0.5f;
    if (LightComp)
    {
        LightComp->SetIntensity(FMath::Lerp(MinIntensity, MaxIntensity, Pulse));
    }
}`)}

Unreal: should this be a timeline instead of Tick for 300 lanterns?`),

  rec('hlsl', f`シェーダーのコメントを英語から日本語に訳してください（コードはそのまま）:

${code(f`// Moss surface: blend two albedo maps by world-space up vector
float4 frag(v2f i) : SV_Target
{
    float3 n = normalize(i.worldNormal);
    float mossMask = saturate((n.y - _MossThreshold) * _MossSharpness);
    float4 rock = tex2D(_RockTex, i.uv);
    float4 moss = tex2D(_MossTex, i.uv * _MossTiling);
    return lerp(rock, moss, mossMask);
}`)}`),

  rec('power_query', f`Power BI refresh fails on this step with "Expression.Error: The column 'Filiale' of the table wasn't found":

${code(f`let
    Source = Excel.Workbook(File.Contents("\\\\fs01\\retail\\umsatz_2024.xlsx"), null, true),
    Umsatz = Source{[Item="Umsatz",Kind="Sheet"]}[Data],
    Headers = Table.PromoteHeaders(Umsatz, [PromoteAllScalars=true]),
    Typed = Table.TransformColumnTypes(Headers, {{"Datum", type date}, {"Filiale", type text}, {"Netto", type number}}),
    Grouped = Table.Group(Typed, {"Filiale"}, {{"Summe", each List.Sum([Netto]), type number}})
in
    Grouped`)}`),

  rec('code_java', f`${code(f`@Service
public class ShiftSwapService {
    private final ShiftRepository shifts;

    public ShiftSwapService(ShiftRepository shifts) { this.shifts = shifts; }

    @Transactional
    public void swap(long shiftA, long shiftB) {
        Shift a = shifts.findById(shiftA).orElseThrow();
        Shift b = shifts.findById(shiftB).orElseThrow();
        if (!a.getWard().equals(b.getWard())) throw new IllegalArgumentException("different wards");
        Long nurseA = a.getNurseId();
        a.setNurseId(b.getNurseId());
        b.setNurseId(nurseA);
    }
}`)}
do I need to call save() or is the @Transactional enough?`),

  rec('liquid', f`Shopify theme: the "low stock" badge shows on every product. Snippet:

${code(f`{% assign qty = product.selected_or_first_available_variant.inventory_quantity %}
{% if qty < 5 or product.tags contains 'limited' %}
  <span class="badge badge--low">{{ 'products.low_stock' | t: count: qty }}</span>
{% endif %}`)}`),

  rec('cobol', f`Legacy property-tax batch at the city. Can you explain this paragraph to a Java developer?

       ${code(f`2100-CALC-PENALTY.
           IF WS-DAYS-LATE > 30
               COMPUTE WS-PENALTY ROUNDED =
                   WS-TAX-DUE * WS-PENALTY-RATE * (WS-DAYS-LATE / 30)
           ELSE
               MOVE ZERO TO WS-PENALTY
           END-IF
           ADD WS-PENALTY TO WS-TOTAL-DUE.`)}`),

  rec('ansible', f`${amb('source_code.snippet', f`- hosts: store_pos
  become: true
  tasks:
    - name: Push receipt printer config
      template:
        src: printer.conf.j2
        dest: /etc/pos/printer.conf
      notify: restart pos-agent
  handlers:
    - name: restart pos-agent
      service: { name: pos-agent, state: restarted }`)}

how do I run this only on the Dutch stores?`),

  rec('code_go', f`tracking webhook handler drops events when the carrier retries, help:

${code(f`func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var ev TrackingEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if h.seen.Contains(ev.ShipmentID) {
		w.WriteHeader(http.StatusOK)
		return
	}
	h.seen.Add(ev.ShipmentID)
	go h.store.Save(context.Background(), ev)
	w.WriteHeader(http.StatusAccepted)
}`)}`),
];
