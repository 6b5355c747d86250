/** Held-out batch 7: pasted source code in languages batches 1–6 did not use, with and without secrets. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH7_SOURCE_CODE: DraftRecord[] = [
  rec('haxe', f`${code(f`package arena;

import haxe.Json;
import sys.io.File;

class SeatMap {
    public var rows:Array<Array<Int>>;

    public function new(path:String) {
        var raw:Dynamic = Json.parse(File.getContent(path));
        rows = raw.rows;
    }

    public function freeSeats():Int {
        var n = 0;
        for (r in rows) for (s in r) if (s == 0) n++;
        return n;
    }
}`)}

Haxe targeting HashLink: File.getContent throws on the JS target. How do I load the JSON on both?`),

  rec('roc', f`${code(f`app [main!] { pf: platform "https://github.com/roc-lang/basic-cli/releases/download/0.19.0/basic-cli.tar.br" }

import pf.Stdout

Ticket : { id : U32, price : Dec, vip : Bool }

total : List Ticket -> Dec
total = \\tickets ->
    List.walk tickets 0 \\acc, t ->
        if t.vip then acc + t.price * 1.2 else acc + t.price

main! = \\_args ->
    Stdout.line! "Total: $(Num.toStr (total [{ id: 1, price: 25, vip: Bool.false }]))"`)}

Roc: is there a nicer way than List.walk for a sum with a condition?`),

  rec('plsql', f`ORA-20000 "Unauthorized" when the job calls DBMS_CLOUD.COPY_DATA. Package body:

${code(f`CREATE OR REPLACE PACKAGE BODY ticket_loader AS
  PROCEDURE init_credential IS
  BEGIN
    DBMS_CLOUD.CREATE_CREDENTIAL(
      credential_name => 'OBJ_STORE_CRED',
      username        => '${v('pii.email', 'loader@saltmarsh-arena.co.uk')}',
      password        => '${v('credential.password_assignment', 'Kestrel)Harbour-5190')}'
    );
  EXCEPTION
    WHEN OTHERS THEN
      IF SQLCODE != -20022 THEN RAISE; END IF;
  END init_credential;

  PROCEDURE load_day(p_day IN DATE) IS
  BEGIN
    DBMS_CLOUD.COPY_DATA(
      table_name      => 'GATE_SCANS',
      credential_name => 'OBJ_STORE_CRED',
      file_uri_list   => 'https://objectstorage.eu-frankfurt-1.oraclecloud.com/n/saltmarsh/b/scans/o/' || TO_CHAR(p_day, 'YYYY-MM-DD') || '.csv',
      format          => json_object('type' VALUE 'csv', 'skipheaders' VALUE '1')
    );
  END load_day;
END ticket_loader;`)}`, 'the Object Storage password is a literal assigned to a password parameter; the OCI user name is an e-mail address'),

  rec('common_lisp', f`${code(f`(defpackage :queue-sim
  (:use :cl))
(in-package :queue-sim)

(defstruct gate name (rate 12) (queue 0))

(defun tick (gates arrivals)
  "Advance one minute: distribute ARRIVALS over GATES, then serve."
  (loop for g in gates
        for share = (floor arrivals (length gates))
        do (incf (gate-queue g) share)
           (setf (gate-queue g) (max 0 (- (gate-queue g) (gate-rate g)))))
  gates)

(defun simulate (minutes arrivals)
  (let ((gates (list (make-gate :name "A") (make-gate :name "B") (make-gate :name "C"))))
    (dotimes (m minutes gates)
      (tick gates arrivals))))`)}

SBCL: why do I get a style warning about the unused variable M?`),

  rec('apl', f`Dyalog APL, the moving average is off by one at the start. Can you see why?

${code(f`⍝ attendance per day, 7-day moving average
days ← 31 28 44 52 61 90 120 80 45 38 50 66 71 99
ma ← {(⍺+/⍵)÷⍺}
avg7 ← 7 ma days
peak ← days⍳⌈/days
report ← ↑('day' 'visitors')(peak (⌈/days))
⎕← avg7
⎕← report`)}`),

  rec('structured_text', f`${code(f`FUNCTION_BLOCK FB_Turnstile
VAR_INPUT
    bTicketValid : BOOL;
    bPassed      : BOOL;
END_VAR
VAR_OUTPUT
    bUnlock : BOOL;
    nCount  : UDINT;
END_VAR
VAR
    tUnlock : TON;
    rtPass  : R_TRIG;
END_VAR

tUnlock(IN := bTicketValid AND NOT bPassed, PT := T#5S);
bUnlock := bTicketValid AND NOT tUnlock.Q;
rtPass(CLK := bPassed);
IF rtPass.Q THEN
    nCount := nCount + 1;
END_IF
END_FUNCTION_BLOCK`)}

TwinCAT 3: the counter sometimes increments twice when someone lingers in the turnstile. Debounce?`, 'IEC 61131-3 Structured Text (PLC)'),

  rec('wolfram', f`${code(f`sales = Import["tickets-2026.csv", "Dataset", HeaderLines -> 1];
byWeek = GroupBy[Normal[sales], DateValue[#date, "Week"] &, Total[#price & /@ #] &];
model = LinearModelFit[Transpose[{Keys[byWeek], Values[byWeek]}], x, x];
Show[
  ListPlot[Transpose[{Keys[byWeek], Values[byWeek]}], PlotStyle -> Red],
  Plot[model[x], {x, 1, 52}]
]`)}

Mathematica says "DateValue: Dataset … is not a valid date". What's the right way to group by week?`),

  rec('hlsl', f`${code(f`cbuffer Stage : register(b0)
{
    float4x4 ViewProj;
    float3   SpotPos;
    float    SpotRadius;
};

struct VSOut { float4 pos : SV_POSITION; float3 world : TEXCOORD0; };

float4 PSMain(VSOut i) : SV_TARGET
{
    float d = distance(i.world, SpotPos);
    float spot = saturate(1.0 - d / SpotRadius);
    float3 col = lerp(float3(0.05, 0.05, 0.1), float3(1.0, 0.9, 0.6), spot * spot);
    return float4(col, 1.0);
}`)}

HLSL stage-light preview: the spot has a hard edge on AMD cards only. Precision?`),

  rec('sparql', f`Wikidata query times out. Can it be made faster?

${code(f`PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
SELECT ?venue ?venueLabel ?capacity WHERE {
  ?venue wdt:P31/wdt:P279* wd:Q24354 ;
         wdt:P17 wd:Q145 ;
         wdt:P1083 ?capacity .
  FILTER(?capacity > 5000)
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
}
ORDER BY DESC(?capacity)
LIMIT 50`)}`),

  rec('rego', f`${code(f`package kubernetes.admission

import rego.v1

deny contains msg if {
    input.request.kind.kind == "Pod"
    some c in input.request.object.spec.containers
    not startswith(c.image, "harbor.saltmarsh.internal/")
    msg := sprintf("image %v is not from the internal registry", [c.image])
}

deny contains msg if {
    input.request.kind.kind == "Pod"
    some c in input.request.object.spec.containers
    c.securityContext.privileged
    msg := sprintf("privileged container %v", [c.name])
}`)}

OPA Gatekeeper ignores the second rule for initContainers. How do I cover both lists?`),

  rec('dax', f`Power BI measure returns blank for the current month. DAX:

${code(f`Sold Seats MTD =
VAR _lastDate = MAX ( 'Calendar'[Date] )
VAR _seats =
    CALCULATE (
        SUM ( Sales[Seats] ),
        DATESMTD ( 'Calendar'[Date] ),
        REMOVEFILTERS ( Venue[Zone] )
    )
RETURN
    IF ( _lastDate <= TODAY (), _seats, BLANK () )`)}`),

  rec('pine', f`${code(f`//@version=5
indicator("Ticket demand bands", overlay = true)
len   = input.int(20, "Length")
mult  = input.float(2.0, "Multiplier")
basis = ta.sma(close, len)
dev   = mult * ta.stdev(close, len)
upper = basis + dev
lower = basis - dev
plot(basis, color = color.orange)
p1 = plot(upper, color = color.teal)
p2 = plot(lower, color = color.teal)
fill(p1, p2, color = color.new(color.teal, 90))
alertcondition(ta.crossover(close, upper), "Breakout", "Demand above band")`)}

Pine Script: the alert fires on every bar of the crossover, not once. How do I make it once per bar close?`),

  rec('openscad', f`${code(f`// ticket scanner wall bracket
$fn = 64;
plate = [80, 50, 4];
hole_d = 4.5;

module bracket() {
    difference() {
        cube(plate);
        for (x = [10, 70]) translate([x, 25, -1]) cylinder(d = hole_d, h = plate[2] + 2);
    }
    translate([30, 0, 0]) rotate([90, 0, 90]) linear_extrude(20) polygon([[0,0],[50,0],[0,40]]);
}

bracket();`)}

OpenSCAD: the gusset comes out mirrored. Which rotate is wrong?`),

  rec('gml', f`${code(f`/// obj_player — Step event
var _h = keyboard_check(vk_right) - keyboard_check(vk_left);
var _jump = keyboard_check_pressed(vk_space);

hsp = _h * walk_speed;
vsp = min(vsp + grav, 12);

if (place_meeting(x, y + 1, obj_wall) && _jump) {
    vsp = -jump_speed;
    audio_play_sound(snd_jump, 1, false);
}

if (place_meeting(x + hsp, y, obj_wall)) {
    while (!place_meeting(x + sign(hsp), y, obj_wall)) x += sign(hsp);
    hsp = 0;
}
x += hsp;
y += vsp;`)}

GameMaker: the player sticks to walls when jumping against them. What's wrong with my collision?`),

  rec('purescript', f`${code(f`module Main where

import Prelude
import Data.Array (filter, length)
import Effect (Effect)
import Effect.Console (log)

type Seat = { row :: Int, number :: Int, sold :: Boolean }

available :: Array Seat -> Int
available = length <<< filter (not <<< _.sold)

main :: Effect Unit
main = do
  let seats = [ { row: 1, number: 1, sold: true }, { row: 1, number: 2, sold: false } ]
  log $ "Available: " <> show (available seats)`)}

PureScript with spago: "Could not match type Boolean with type Boolean -> Boolean". Where?`),

  rec('ballerina', f`${code(f`import ballerina/http;
import ballerina/log;

type Booking record {|
    string id;
    int seats;
    decimal total;
|};

service /bookings on new http:Listener(9090) {
    resource function post .(Booking b) returns http:Created|http:BadRequest {
        if b.seats <= 0 {
            return http:BAD_REQUEST;
        }
        log:printInfo("booking received", id = b.id, seats = b.seats);
        return http:CREATED;
    }
}`)}

Ballerina: how do I return a body with the 201?`),

  rec('cairo', f`${code(f`#[starknet::contract]
mod TicketNft {
    use starknet::ContractAddress;
    use starknet::storage::{Map, StorageMapReadAccess, StorageMapWriteAccess};

    #[storage]
    struct Storage {
        owners: Map<u256, ContractAddress>,
        next_id: u256,
    }

    #[external(v0)]
    fn mint(ref self: ContractState, to: ContractAddress) -> u256 {
        let id = self.next_id.read();
        self.owners.write(id, to);
        self.next_id.write(id + 1);
        id
    }
}`)}

Cairo 2.8: "Method read not found on type StorageBase" for next_id. Import missing?`),

  rec('fennel', f`${code(f`;; ~/.config/nvim/fnl/setlist.fnl
(local api vim.api)

(fn insert-setlist [songs]
  (let [buf (api.nvim_get_current_buf)
        lines (icollect [i s (ipairs songs)]
                (string.format "%02d. %s" i s))]
    (api.nvim_buf_set_lines buf 0 0 false lines)))

(vim.api.nvim_create_user_command :Setlist
  (fn [opts] (insert-setlist (vim.split opts.args ",")))
  {:nargs 1})`)}

Fennel via hotpot: the command exists but inserts nothing. Why?`),

  rec('awk', f`${code(f`#!/usr/bin/awk -f
# sum gate scans per hour from the turnstile log
BEGIN { FS = ";" }
$3 == "PASS" {
    split($1, t, /[ :]/)
    hour[t[2]]++
    total++
}
END {
    for (h in hour) printf "%s:00  %5d  %5.1f%%\\n", h, hour[h], 100 * hour[h] / total
}`)}

the hours come out unsorted; how do I sort inside awk without gawk?`),

  rec('dhall', f`Dhall config for our deploy tool — does the type check make sense?

${amb('source_code.snippet', f`let Service = { name : Text, replicas : Natural, port : Natural }

let mk = \\(name : Text) -> \\(port : Natural) -> { name, replicas = 2, port } : Service

in  [ mk "box-office" 8080, mk "gate-api" 8081, mk "kiosk-ws" 8090 ]`)}`, 'a Dhall configuration (config language: ambiguous, like Nix/Jsonnet in batches 4 and 6)'),

  rec('cue', f`${amb('source_code.snippet', f`package deploy

#Service: {
	name:     string & =~"^[a-z-]+$"
	replicas: int & >=1 & <=10 | *2
	port:     int & >1024
}

services: [Name=string]: #Service & {name: Name}
services: "gate-api": port: 8081
services: "kiosk-ws": {port: 8090, replicas: 4}`)}

cue vet says "services.gate-api.replicas: incomplete value". Why isn't the default applied?`, 'a CUE schema/config: ambiguous'),

  rec('excel_formula', f`In Excel, =XLOOKUP(A2,Seats!B:B,Seats!D:D,"n/a",0) returns n/a for seat numbers I can see in the Seats sheet. They look identical. Text vs number?`, 'a single spreadsheet formula in a sentence: unlabelled (batch 5/6 decision for one-liners in prose)'),
];
