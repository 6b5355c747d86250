/** Held-out batch 5: pasted source code in languages and shapes batches 1–4 did not use. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH5_SOURCE_CODE: DraftRecord[] = [
  rec('code_crystal', f`${code(f`require "http/server"
require "json"

struct Reading
  include JSON::Serializable
  getter sensor : String
  getter humidity : Float64
end

server = HTTP::Server.new do |ctx|
  reading = Reading.from_json(ctx.request.body.not_nil!)
  ctx.response.status_code = reading.humidity > 95 ? 422 : 204
end

server.bind_tcp "0.0.0.0", 8088
server.listen`)}

Crystal question: not_nil! crashes when the sensor sends an empty POST. What's the idiomatic check?`),

  rec('code_tcl', f`Old Tcl/Tk tool from our lab, the button does nothing on macOS:

${code(f`package require Tk

proc export_plate {path} {
    set fh [open $path w]
    foreach {well value} [array get ::plate] {
        puts $fh "$well,$value"
    }
    close $fh
}

button .export -text "Export CSV" -command {export_plate [tk_getSaveFile -defaultextension .csv]}
pack .export -padx 10 -pady 10`)}`),

  rec('code_smalltalk', f`${code(f`Invoice >> totalWithVat
	"Answer the invoice total including VAT, rounded to pence."
	| net |
	net := lines inject: 0 into: [:sum :each | sum + each amount].
	^ (net * (1 + self vatRate)) roundTo: 0.01

Invoice >> vatRate
	^ customer isZeroRated
		ifTrue: [0]
		ifFalse: [0.2]`)}

Pharo: roundTo: 0.01 gives 12.340000000000002 in the inspector — should I use ScaledDecimal?`),

  rec('code_glsl', f`${code(f`#version 330 core
in vec2 vUv;
out vec4 fragColor;
uniform sampler2D uTerrain;
uniform float uWaterLevel;

void main() {
    float h = texture(uTerrain, vUv).r;
    vec3 land = mix(vec3(0.35, 0.55, 0.2), vec3(0.9), smoothstep(0.6, 0.9, h));
    vec3 water = vec3(0.1, 0.3, 0.6) * (0.6 + 0.4 * h);
    fragColor = vec4(h < uWaterLevel ? water : land, 1.0);
}`)}

there's a hard edge at the shoreline, how do I blend it over a small band?`),

  rec('code_vhdl', f`Why does synthesis infer a latch here?

${code(f`library ieee;
use ieee.std_logic_1164.all;

entity valve_ctrl is
  port ( clk, rst : in std_logic;
         level_hi, level_lo : in std_logic;
         valve_open : out std_logic );
end entity;

architecture rtl of valve_ctrl is
begin
  process (level_hi, level_lo)
  begin
    if level_hi = '1' then
      valve_open <= '1';
    elsif level_lo = '1' then
      valve_open <= '0';
    end if;
  end process;
end architecture;`)}`),

  rec('code_lean', f`${code(f`theorem sum_first_n (n : Nat) : 2 * (List.range (n + 1)).sum = n * (n + 1) := by
  induction n with
  | zero => simp
  | succ k ih =>
    rw [List.range_succ, List.sum_append, List.sum_singleton, Nat.mul_add, ih]
    ring`)}

Lean 4 says "ring failed" at the last step — what's left to prove?`),

  rec('code_gleam', f`${code(f`import gleam/int
import gleam/list
import gleam/result

pub type Seat {
  Seat(row: Int, number: Int, taken: Bool)
}

pub fn first_free(seats: List(Seat), row: Int) -> Result(Seat, Nil) {
  seats
  |> list.filter(fn(s) { s.row == row && !s.taken })
  |> list.first
}

pub fn label(seat: Seat) -> String {
  int.to_string(seat.row) <> "-" <> int.to_string(seat.number)
}`)}

gleam build warns "unused import gleam/result" — fine to delete?`),

  rec('code_sas', f`${code(f`data work.claims_flag;
  set raw.claims_2024;
  length band $8;
  if paid_amount >= 10000 then band = 'HIGH';
  else if paid_amount >= 1000 then band = 'MEDIUM';
  else band = 'LOW';
  days_open = intck('day', opened_dt, closed_dt);
  format opened_dt closed_dt date9.;
run;

proc freq data=work.claims_flag;
  tables band*claim_type / nocol nopercent;
run;`)}

Can you translate this SAS step to pandas? Kittiwake is moving off SAS this year.`),

  rec('code_cypher', f`Neo4j query for the supplier graph is slow (40s):

${code(f`MATCH (s:Supplier)-[:SUPPLIES]->(p:Part)<-[:USES]-(a:Assembly)
WHERE a.programme = 'SMA-320' AND s.country IN ['DE', 'PL', 'CZ']
WITH s, count(DISTINCT p) AS parts, collect(DISTINCT a.code)[..5] AS sample
WHERE parts > 3
RETURN s.name, parts, sample
ORDER BY parts DESC
LIMIT 25;`)}

we have an index on Assembly(programme). What else?`),

  rec('code_kql', f`${code(f`SigninLogs
| where TimeGenerated > ago(7d)
| where ResultType != "0"
| summarize failures = count(), apps = make_set(AppDisplayName, 5) by UserPrincipalName, IPAddress
| where failures > 20
| join kind=leftouter (IdentityInfo | distinct AccountUPN, Department) on $left.UserPrincipalName == $right.AccountUPN
| order by failures desc`)}

Sentinel: the join returns duplicates per user — how do I take only the latest IdentityInfo row?`),

  rec('code_applescript', f`${code(f`tell application "Mail"
    set theMessages to (messages of inbox whose subject contains "Remittance" and read status is false)
    repeat with m in theMessages
        repeat with a in (mail attachments of m)
            save a in POSIX file ("/Users/finance/Remittances/" & (name of a))
        end repeat
        set read status of m to true
    end repeat
end tell`)}

it errors with -10000 on the save line on Sonoma. Sandbox thing?`),

  rec('code_raku', f`${code(f`my %totals;
for 'stock.tsv'.IO.lines.skip(1) -> $line {
    my ($branch, $sku, $qty) = $line.split("\\t");
    %totals{$branch} += $qty;
}
for %totals.sort(-*.value) -> (:key($branch), :value($qty)) {
    say sprintf("%-12s %6d", $branch, $qty);
}`)}

Raku: works, but is there a one-liner way with classify?`),

  rec('code_forth', f`Forth homework, the stack underflows on the second call:

${code(f`: SQUARE ( n -- n*n )  DUP * ;
: SUM-SQUARES ( a b -- a*a+b*b )  SQUARE SWAP SQUARE + ;
: HYPOT2 ( a b -- )  SUM-SQUARES . CR ;
3 4 HYPOT2
5 HYPOT2`)}`),

  rec('code_coffee', f`${code(f`class BasketTotals
  constructor: (@lines = []) ->

  add: (sku, qty, price) ->
    @lines.push {sku, qty, price}
    this

  total: ->
    @lines.reduce ((sum, l) -> sum + l.qty * l.price), 0

module.exports = BasketTotals`)}

migrating the shop's old CoffeeScript to TypeScript, can you convert this class?`),

  rec('code_stata', f`${code(f`use "pupil_outcomes_2024.dta", clear
keep if year_group == 11
gen fsm_flag = (fsm_ever6 == 1)
regress attainment8 fsm_flag prior_ks2 i.school_id, vce(cluster school_id)
estimates store m1
esttab m1 using "results_fsm.rtf", replace se star(* 0.10 ** 0.05 *** 0.01)`)}

Stata: esttab isn't found — do I need ssc install estout on the school's machines?`),

  rec('code_d', f`${code(f`import std.stdio;
import dpq2;

void main()
{
    auto conn = new Connection("host=db.ostara.lan dbname=trials user=fieldapp password=${v('credential.password_assignment', 'Furrow&Tilth-42')}");
    auto res = conn.exec("SELECT plot_id, yield_kg FROM harvest WHERE season = 2024");
    foreach (row; rangify(res))
        writefln("%s\\t%s", row["plot_id"].as!string, row["yield_kg"].as!double);
}`)}

D + dpq2: "as!double" throws for NULL yields. How do I skip them?`, 'a literal password in a libpq keyword/value connection string: password_assignment (a literal assigned to a password key)'),

  rec('cmake', f`CMake can't find our vendored zlib on Windows:

${amb('source_code.snippet', f`cmake_minimum_required(VERSION 3.24)
project(flowsim C CXX)
set(CMAKE_CXX_STANDARD 20)
add_subdirectory(third_party/zlib)
add_executable(flowsim src/main.cpp src/network.cpp)
target_link_libraries(flowsim PRIVATE zlibstatic)
target_include_directories(flowsim PRIVATE third_party/zlib \${CMAKE_BINARY_DIR}/third_party/zlib)`)}`, 'a build file: ambiguous (batch 3 made a Makefile ambiguous)'),

  rec('starlark', f`${amb('source_code.snippet', f`load("@rules_python//python:defs.bzl", "py_binary", "py_test")

py_binary(
    name = "rota_export",
    srcs = ["rota_export.py"],
    deps = ["//libs/rota", "@pypi//openpyxl"],
)

py_test(
    name = "rota_export_test",
    srcs = ["rota_export_test.py"],
    deps = [":rota_export"],
)`)}

Bazel says "no such package '@pypi//openpyxl'". Is my pip.parse hub name wrong?`, 'a Bazel BUILD file: ambiguous, build configuration like the Makefile of batch 3'),

  rec('chat', f`how do I get only the names of failed jobs from the API response with jq? I tried jq '.jobs[] | select(.status == "failed") | .name' but it prints them with quotes.`, 'a one-line jq filter in a sentence: not a pasted block, unlabelled'),
];
