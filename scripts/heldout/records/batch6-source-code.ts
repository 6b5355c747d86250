/** Held-out batch 6: pasted source code in less common languages, with and without secrets. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH6_SOURCE_CODE: DraftRecord[] = [
  rec('odin', f`${code(f`package tides

import "core:fmt"
import "core:math"

Reading :: struct {
    station: string,
    height:  f32,
}

highest :: proc(rs: []Reading) -> (best: Reading, ok: bool) {
    if len(rs) == 0 do return {}, false
    best = rs[0]
    for r in rs[1:] {
        if r.height > best.height do best = r
    }
    return best, true
}`)}

Odin: is there a built-in slice max with a key function, or is a loop the idiomatic way?`),

  rec('vyper', f`${code(f`# @version ^0.3.10
owner: public(address)
deposits: public(HashMap[address, uint256])

@external
def __init__():
    self.owner = msg.sender

@external
@payable
def deposit():
    assert msg.value > 0, "empty"
    self.deposits[msg.sender] += msg.value`)}

Auditor says deposit should emit an event. How do I declare one in Vyper?`),

  rec('move', f`${code(f`module harbour::ticket {
    use sui::object::{Self, UID};
    use sui::tx_context::{Self, TxContext};
    use sui::transfer;

    struct Ticket has key, store {
        id: UID,
        berth: u64,
    }

    public entry fun issue(berth: u64, ctx: &mut TxContext) {
        let t = Ticket { id: object::new(ctx), berth };
        transfer::transfer(t, tx_context::sender(ctx));
    }
}`)}

Sui Move — compiler says "unbound module sui::object" on the new edition. Renamed?`),

  rec('q_kdb', f`${code(f`trades:([] sym:\`AAPL\`MSFT\`AAPL\`GOOG; px:189.2 411.5 189.9 141.3; qty:100 50 200 75)
vwap:{[t] select vwap:qty wavg px by sym from t}
vwap trades
/ last price per symbol
select last px by sym from trades
update notional:px*qty from \`trades`)}

q/kdb+: how do I do the same vwap but in 5-minute buckets with xbar?`),

  rec('cuda', f`${code(f`__global__ void saxpy(int n, float a, const float *x, float *y)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) y[i] = a * x[i] + y[i];
}

int main() {
    int N = 1 << 20;
    float *x, *y;
    cudaMallocManaged(&x, N * sizeof(float));
    cudaMallocManaged(&y, N * sizeof(float));
    saxpy<<<(N + 255) / 256, 256>>>(N, 2.0f, x, y);
    cudaDeviceSynchronize();
    cudaFree(x); cudaFree(y);
}`)}

nvprof says the kernel takes 0.3 ms but the program takes 400 ms. Where does the time go?`),

  rec('wgsl', f`${code(f`@group(0) @binding(0) var<storage, read> input: array<f32>;
@group(0) @binding(1) var<storage, read_write> output: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let i = gid.x;
    if (i >= arrayLength(&input)) { return; }
    output[i] = clamp(input[i] * 0.5 + 0.25, 0.0, 1.0);
}`)}

WebGPU: dispatchWorkgroups(n) — do I pass the element count or count/64?`),

  rec('autohotkey', f`${code(f`#Requires AutoHotkey v2.0
#SingleInstance Force

^!m:: {
    static muted := false
    muted := !muted
    SoundSetMute(muted, , "Microphone")
    ToolTip(muted ? "Mic OFF" : "Mic ON")
    SetTimer(() => ToolTip(), -1200)
}`)}

the hotkey toggles but Teams doesn't notice the mute. Different device name?`),

  rec('batch_file', f`${code(f`@echo off
setlocal enabledelayedexpansion
set SRC=D:\\Scans\\Inbound
set DST=\\\\fs01\\archive\\%DATE:~-4%
if not exist "%DST%" mkdir "%DST%"
for %%F in ("%SRC%\\*.pdf") do (
    set NAME=%%~nF
    move "%%F" "%DST%\\!NAME!_%COMPUTERNAME%.pdf" >nul
)
echo Done: %DATE% %TIME% >> "%SRC%\\move.log"`)}

the %DATE% substring breaks on PCs with German regional settings. Locale-proof way?`),

  rec('cfml', f`${code(f`<cfcomponent output="false">
  <cffunction name="overdueInvoices" access="public" returntype="query">
    <cfargument name="days" type="numeric" default="30">
    <cfquery name="q" datasource="ledger">
      SELECT invoice_no, customer, total
      FROM invoices
      WHERE paid = 0 AND due_date < <cfqueryparam value="#dateAdd('d', -arguments.days, now())#" cfsqltype="cf_sql_date">
    </cfquery>
    <cfreturn q>
  </cffunction>
</cfcomponent>`)}

legacy ColdFusion app — how do I call this component from a Lucee REST endpoint?`),

  rec('eiffel', f`${code(f`class
    ACCOUNT
create
    make
feature
    balance: INTEGER
    make
        do
            balance := 0
        end
    withdraw (amount: INTEGER)
        require
            positive: amount > 0
            enough: amount <= balance
        do
            balance := balance - amount
        ensure
            decreased: balance = old balance - amount
        end
end`)}

university exercise: what happens at runtime when the precondition fails?`),

  rec('rescript', f`${code(f`type berth = {id: int, name: string, occupied: bool}

let freeBerths = (berths: array<berth>) =>
  berths->Array.filter(b => !b.occupied)->Array.map(b => b.name)

@react.component
let make = (~berths) => {
  let free = freeBerths(berths)
  <ul> {free->Array.map(n => <li key=n> {React.string(n)} </li>)->React.array} </ul>
}`)}

ReScript 11: the compiler complains about Array.filter — Js.Array2 or Belt?`),

  rec('hack', f`${code(f`<?hh
namespace Harbour\\Manifest;

final class ManifestLoader {
  public function __construct(private string $path) {}

  public async function loadAsync(): Awaitable<vec<string>> {
    $lines = await \\HH\\Lib\\File\\open_read_only($this->path)->readAllAsync();
    return \\HH\\Lib\\Str\\split($lines, "\\n") |> \\HH\\Lib\\Vec\\filter($$, $l ==> $l !== '');
  }
}`)}

HHVM 4.172 says open_read_only is not async-safe in this context — why?`),

  rec('mojo', f`${code(f`from python import Python

fn mean(values: List[Float64]) -> Float64:
    var total: Float64 = 0
    for v in values:
        total += v[]
    return total / len(values)

fn main() raises:
    var np = Python.import_module("numpy")
    var xs = List[Float64](1.5, 2.5, 4.0)
    print(mean(xs), np.mean(np.array([1.5, 2.5, 4.0])))`)}

Mojo: why do I need v[] inside the loop? Looks odd coming from Python.`),

  rec('mumps', f`${code(f`WARDCNT(FROM,TO) ; count admissions per ward for a date range
 NEW D,W,CNT
 SET D=FROM-1
 FOR  SET D=$ORDER(^ADM(D)) QUIT:D=""!(D>TO)  DO
 . SET W=""
 . FOR  SET W=$ORDER(^ADM(D,W)) QUIT:W=""  SET CNT(W)=$GET(CNT(W))+1
 SET W="" FOR  SET W=$ORDER(CNT(W)) QUIT:W=""  WRITE W,": ",CNT(W),!
 QUIT`)}

inherited a VistA-style routine. Can you explain the dot lines and what ^ADM looks like?`),

  rec('arduino', f`${code(f`#include <WiFi.h>
#include <HTTPClient.h>

const char* ssid = "Harbourline-IoT";
const char* password = "${v('credential.password_assignment', 'Barnacle-Drift-339')}";

void setup() {
  Serial.begin(115200);
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) { delay(500); Serial.print("."); }
  Serial.println(WiFi.localIP());
}

void loop() {
  HTTPClient http;
  http.begin("http://tide-gauge.local/api/reading");
  http.POST(String(analogRead(34)));
  http.end();
  delay(60000);
}`)}

ESP32 reboots every few hours with a brownout message. Power supply or code?`),

  rec('puppet', f`${amb('source_code.snippet', f`class profile::ntp (
  Array[String] $servers = ['0.de.pool.ntp.org', '1.de.pool.ntp.org'],
) {
  package { 'chrony': ensure => installed }
  file { '/etc/chrony/chrony.conf':
    content => epp('profile/chrony.conf.epp', { 'servers' => $servers }),
    notify  => Service['chrony'],
  }
  service { 'chrony': ensure => running, enable => true }
}`)}

Puppet 8 — epp template can't see $servers. Scope?`, 'a Puppet manifest: configuration management, ambiguous source code like Terraform/Nix (batch 4)'),

  rec('jsonnet', f`${amb('source_code.snippet', f`local base = import 'base.libsonnet';
local env = std.extVar('env');

base {
  replicas: if env == 'prod' then 3 else 1,
  image: 'ghcr.io/harbourline/manifest-api:' + std.extVar('tag'),
  resources+: { limits+: { memory: '512Mi' } },
}`)}

jsonnet complains "Field does not exist: limits" — how do I merge into a nested field that may not exist?`, 'a Jsonnet config: ambiguous source code (configuration)'),

  rec('sed_sentence', f`quick one: to replace every tab with a comma in place I use sed -i 's/\\t/,/g' refunds.tsv — does that work on macOS's BSD sed too, or do I need the empty '' after -i?`, 'a one-line shell command in a sentence: not a pasted block (unlabelled, as batch 4/5 one-liners)'),
];
