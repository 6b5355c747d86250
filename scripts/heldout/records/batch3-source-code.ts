/** Held-out batch 3: pasted source code in languages and shapes batches 1-2 did not use. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH3_SOURCE_CODE: DraftRecord[] = [
  rec('code_kotlin', f`Why does this coroutine never cancel when the screen closes?

\`\`\`kotlin
${code(f`class MeterViewModel(private val repo: MeterRepository) : ViewModel() {
    private val _readings = MutableStateFlow<List<Reading>>(emptyList())
    val readings: StateFlow<List<Reading>> = _readings

    fun startPolling(meterId: String) {
        GlobalScope.launch(Dispatchers.IO) {
            while (true) {
                _readings.value = repo.latest(meterId, limit = 50)
                delay(5_000)
            }
        }
    }
}`)}
\`\`\``),

  rec('code_julia', f`${code(f`using DataFrames, CSV, Statistics

function load_profiles(path::AbstractString)
    df = CSV.read(path, DataFrame)
    df.hour = hour.(df.timestamp)
    return combine(groupby(df, [:meter_id, :hour]), :kwh => mean => :avg_kwh)
end

profiles = load_profiles("readings_2024_10.csv")
peak = sort(profiles, :avg_kwh, rev=true)[1:10, :]
println(peak)`)}

This takes 40 s on 12M rows. Is groupby the slow part?`),

  rec('code_clojure', f`Can you explain the threading macros here?

${code(f`(ns quill.routing.core
  (:require [clojure.string :as str]))

(defn normalise-postcode [pc]
  (-> pc str/trim str/upper-case (str/replace #"\\s+" "")))

(defn group-by-area [parcels]
  (->> parcels
       (map #(update % :postcode normalise-postcode))
       (group-by #(subs (:postcode %) 0 2))
       (into (sorted-map))))`)}`),

  rec('code_fsharp', f`${code(f`type Shipment = { Id: string; WeightKg: decimal; Zone: int }

let price (s: Shipment) =
    match s.Zone, s.WeightKg with
    | 1, w when w <= 2m -> 4.90m
    | 1, w -> 4.90m + (w - 2m) * 0.80m
    | z, w -> 7.50m + decimal z * 1.10m + w * 0.95m

let total shipments =
    shipments |> List.sumBy price`)}

Our finance team wants zone 1 over 30 kg to be a flat rate. Where do I add that without breaking the match order?`),

  rec('code_ocaml', f`${code(f`let rec merge xs ys =
  match xs, ys with
  | [], l | l, [] -> l
  | x :: xt, y :: yt ->
      if x <= y then x :: merge xt ys else y :: merge xs yt

let rec msort = function
  | ([] | [_]) as l -> l
  | l ->
      let n = List.length l / 2 in
      let left = List.filteri (fun i _ -> i < n) l in
      let right = List.filteri (fun i _ -> i >= n) l in
      merge (msort left) (msort right)`)}

stack overflow on 1M elements, why? it's OCaml 5.2`),

  rec('code_zig', f`Zig 0.13 complains "expected type '[]u8', found '[]const u8'":

${code(f`const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();

    const line: []u8 = "meter=41;kwh=3.2";
    var it = std.mem.splitScalar(u8, line, ';');
    while (it.next()) |part| {
        std.debug.print("{s}\\n", .{part});
    }
    _ = alloc;
}`)}`),

  rec('code_powershell', f`${code(f`param(
    [Parameter(Mandatory)] [string] $OuPath,
    [int] $DaysInactive = 90
)

$cutoff = (Get-Date).AddDays(-$DaysInactive)
Get-ADUser -SearchBase $OuPath -Filter { LastLogonTimeStamp -lt $cutoff -and Enabled -eq $true } -Properties LastLogonTimeStamp |
    ForEach-Object {
        Disable-ADAccount -Identity $_ -WhatIf
        [pscustomobject]@{ User = $_.SamAccountName; LastLogon = [DateTime]::FromFileTime($_.LastLogonTimeStamp) }
    } |
    Export-Csv -Path ".\\inactive-$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation`)}

Before I remove -WhatIf: will this also hit service accounts?`),

  rec('code_objc', f`Legacy app crashes on iOS 18 in this method:

${code(f`- (void)tableView:(UITableView *)tableView didSelectRowAtIndexPath:(NSIndexPath *)indexPath {
    [tableView deselectRowAtIndexPath:indexPath animated:YES];
    QFParcel *parcel = self.parcels[indexPath.row];
    QFParcelDetailViewController *vc = [[QFParcelDetailViewController alloc] initWithParcel:parcel];
    if (self.navigationController != nil) {
        [self.navigationController pushViewController:vc animated:YES];
    }
}`)}`),

  rec('code_matlab', f`${code(f`fs = 1000;
t = 0:1/fs:2-1/fs;
x = sin(2*pi*50*t) + 0.4*randn(size(t));

[b, a] = butter(4, [45 55]/(fs/2), 'bandpass');
y = filtfilt(b, a, x);

figure;
subplot(2,1,1); plot(t, x); title('raw');
subplot(2,1,2); plot(t, y); title('filtered 45-55 Hz');`)}

how do I get the same filter in scipy?`),

  rec('code_vue', f`The list doesn't update when I push to items, Vue 3:

${code(f`<script setup lang="ts">
import { ref, computed } from 'vue'

const items = ref<{ id: number; name: string; qty: number }[]>([])
const total = computed(() => items.value.reduce((n, i) => n + i.qty, 0))

function add(name: string) {
  items.value.push({ id: Date.now(), name, qty: 1 })
}
</script>

<template>
  <ul><li v-for="i in items" :key="i.id">{{ i.name }} × {{ i.qty }}</li></ul>
  <p>Total: {{ total }}</p>
</template>`)}`),

  rec('code_cobol', f`Our mainframe guy retired. What does this paragraph do?

       ${code(f`PROCESS-RECORD.
           READ CUSTOMER-FILE INTO WS-CUSTOMER
               AT END MOVE 'Y' TO WS-EOF
           END-READ.
           IF WS-EOF = 'N'
               IF CUST-BALANCE > WS-CREDIT-LIMIT
                   ADD 1 TO WS-OVER-LIMIT-COUNT
                   WRITE REPORT-LINE FROM WS-CUSTOMER
               END-IF
           END-IF.`)}`),

  rec('code_plpgsql', f`${code(f`CREATE OR REPLACE FUNCTION close_stale_orders(p_days integer DEFAULT 30)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  UPDATE orders
     SET status = 'cancelled', updated_at = now()
   WHERE status = 'pending'
     AND created_at < now() - make_interval(days => p_days);
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END;
$$;`)}

Can I call this from pg_cron every night at 02:00?`),

  rec('code_fortran', f`${code(f`program heat1d
  implicit none
  integer, parameter :: n = 100, steps = 5000
  real(8) :: u(n), un(n), alpha = 0.01d0
  integer :: i, k

  u = 0.0d0
  u(n/2) = 100.0d0
  do k = 1, steps
     un = u
     do i = 2, n - 1
        u(i) = un(i) + alpha * (un(i+1) - 2.0d0*un(i) + un(i-1))
     end do
  end do
  print '(10f8.3)', u(45:55)
end program heat1d`)}

my professor says this is unstable for alpha > 0.5, why?`),

  rec('code_csharp', f`Unit test for the password hasher — the CI says the test is flaky:

${code(f`[Fact]
public void Verify_ReturnsTrue_ForCorrectPassword()
{
    var hasher = new Pbkdf2Hasher(iterations: 210_000);
    var password = "${v('credential.password_assignment', 'Quokka!Lantern88')}";
    var hash = hasher.Hash(password);

    Assert.True(hasher.Verify(password, hash));
    Assert.False(hasher.Verify(password + "x", hash));
}`)}`, 'a literal password in a unit test is still labelled (batches 1-2 convention)'),

  rec('dockerfile', f`${amb('source_code.snippet', f`FROM python:3.12-slim AS base
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PYTHONUNBUFFERED=1
EXPOSE 8080
CMD ["gunicorn", "-w", "4", "-b", "0.0.0.0:8080", "dispatch.wsgi:app"]`)}

image is 1.1 GB, how do I slim it?`),

  rec('makefile', f`${amb('source_code.snippet', f`.PHONY: build test lint release

build:
	go build -o bin/dispatch ./cmd/dispatch

test:
	go test ./... -race -count=1

lint:
	golangci-lint run ./...

release: lint test
	goreleaser release --clean`)}

make release runs the tests twice, why?`),
];
