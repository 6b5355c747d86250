/** Held-out batch 4: pasted source code in languages and shapes batches 1–3 did not use. Hand-written. */
import { amb, ambCat, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH4_SOURCE_CODE: DraftRecord[] = [
  rec('code_erlang', f`Why does this gen_server crash with badarg when the table is empty?

${code(f`-module(berth_cache).
-behaviour(gen_server).
-export([start_link/0, lookup/1, init/1, handle_call/3]).

start_link() -> gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

lookup(Vessel) -> gen_server:call(?MODULE, {lookup, Vessel}).

init([]) ->
    Tab = ets:new(berths, [set, protected]),
    {ok, Tab}.

handle_call({lookup, Vessel}, _From, Tab) ->
    [{_, Berth}] = ets:lookup(Tab, Vessel),
    {reply, {ok, Berth}, Tab}.`)}`),

  rec('code_racket', f`${code(f`#lang racket
(define (tariff weight-kg zone)
  (cond [(< weight-kg 2) (* 4.90 (zone-factor zone))]
        [(< weight-kg 10) (* 7.40 (zone-factor zone))]
        [else (+ 7.40 (* 0.65 (- weight-kg 10)))]))

(define (zone-factor z)
  (match z ['eu 1.0] ['uk 1.25] [_ 1.8]))

(for ([w '(1 5 12 30)])
  (printf "~a kg -> ~a\\n" w (tariff w 'uk)))`)}

the else branch ignores the zone, how do I fix it idiomatically?`),

  rec('code_ada', f`Student assignment, it won't compile ("missing ;"). Can you spot it?

${code(f`with Ada.Text_IO; use Ada.Text_IO;

procedure Grades is
   type Score is range 0 .. 100;
   Total : Natural := 0;
   Marks : array (1 .. 5) of Score := (72, 88, 65, 91, 79);
begin
   for I in Marks'Range loop
      Total := Total + Natural (Marks (I));
   end loop;
   Put_Line ("Average:" & Natural'Image (Total / Marks'Length));
end Grades;`)}`),

  rec('code_delphi', f`${code(f`procedure TInvoiceForm.btnExportClick(Sender: TObject);
var
  I: Integer;
  Line: string;
begin
  SaveDialog1.Filter := 'CSV|*.csv';
  if not SaveDialog1.Execute then Exit;
  with TStringList.Create do
  try
    for I := 0 to Grid.RowCount - 1 do
    begin
      Line := Grid.Cells[0, I] + ';' + Grid.Cells[1, I];
      Add(Line);
    end;
    SaveToFile(SaveDialog1.FileName, TEncoding.UTF8);
  finally
    Free;
  end;
end;`)}

Legacy Delphi 7 app ported to Delphi 12 — the exported CSV opens with weird characters in Excel.`),

  rec('code_gdscript', f`${code(f`extends CharacterBody2D

@export var speed := 180.0
@export var jump_velocity := -320.0
var gravity: float = ProjectSettings.get_setting("physics/2d/default_gravity")

func _physics_process(delta: float) -> void:
	if not is_on_floor():
		velocity.y += gravity * delta
	if Input.is_action_just_pressed("jump") and is_on_floor():
		velocity.y = jump_velocity
	velocity.x = Input.get_axis("left", "right") * speed
	move_and_slide()`)}

Godot 4: the character sticks to walls when I hold left mid-air. Why?`),

  rec('code_apex', f`Salesforce governor limit error "Too many SOQL queries: 101" — here's the trigger:

${code(f`trigger CaseEscalation on Case (after update) {
    for (Case c : Trigger.new) {
        Account a = [SELECT Id, Tier__c FROM Account WHERE Id = :c.AccountId];
        if (a.Tier__c == 'Platinum' && c.Priority == 'High') {
            insert new Task(WhatId = c.Id, Subject = 'Call customer within 1h', OwnerId = c.OwnerId);
        }
    }
}`)}`),

  rec('code_abap', f`${code(f`REPORT zopen_deliveries.

DATA: lt_likp TYPE STANDARD TABLE OF likp,
      ls_likp TYPE likp.

SELECT * FROM likp INTO TABLE lt_likp
  WHERE wadat_ist IS INITIAL
    AND vstel = 'HB01'.

LOOP AT lt_likp INTO ls_likp.
  WRITE: / ls_likp-vbeln, ls_likp-lfdat, ls_likp-kunnr.
ENDLOOP.`)}

Can you rewrite this with the new Open SQL syntax (@-escaped host variables, inline declarations)?`),

  rec('code_verilog', f`${code(f`module debounce #(parameter N = 20) (
    input  wire clk,
    input  wire btn_in,
    output reg  btn_out
);
    reg [N-1:0] cnt = 0;
    reg sync0, sync1;
    always @(posedge clk) begin
        sync0 <= btn_in;
        sync1 <= sync0;
        if (sync1 == btn_out) cnt <= 0;
        else begin
            cnt <= cnt + 1;
            if (&cnt) btn_out <= sync1;
        end
    end
endmodule`)}

Simulation is fine but on the board the LED toggles twice sometimes.`),

  rec('code_elm', f`${code(f`module Main exposing (main)

import Browser
import Html exposing (Html, button, div, text)
import Html.Events exposing (onClick)

type Msg = Increment | Reset

update : Msg -> Int -> Int
update msg count =
    case msg of
        Increment -> count + 1
        Reset -> 0

view : Int -> Html Msg
view count =
    div [] [ text (String.fromInt count), button [ onClick Increment ] [ text "+" ] ]

main = Browser.sandbox { init = 0, update = update, view = view }`)}

Add a reset button and explain how the message flows.`),

  rec('code_nim', f`${code(f`import std/[strutils, tables]

proc wordFreq(path: string): CountTable[string] =
  result = initCountTable[string]()
  for line in lines(path):
    for w in line.toLowerAscii.splitWhitespace:
      result.inc(w.strip(chars = {'.', ',', ';'}))

when isMainModule:
  var freq = wordFreq("minutes.txt")
  freq.sort()
  for w, n in freq.pairs:
    echo w, ": ", n`)}

Nim newbie: how do I only print the top 10?`),

  rec('code_svelte', f`Svelte 5 — the total doesn't update when I change the quantity:

${code(f`<script>
  let items = $state([{ name: 'Sourdough', price: 4.2, qty: 1 }, { name: 'Rye', price: 3.8, qty: 2 }]);
  let total = items.reduce((s, i) => s + i.price * i.qty, 0);
</script>

{#each items as item}
  <label>{item.name} <input type="number" bind:value={item.qty} min="0" /></label>
{/each}
<p>Total: {total.toFixed(2)} €</p>`)}`),

  rec('code_asm', f`${code(f`section .data
    msg db "Shift report ready", 10
    len equ $ - msg

section .text
    global _start
_start:
    mov rax, 1
    mov rdi, 1
    mov rsi, msg
    mov rdx, len
    syscall
    mov rax, 60
    xor rdi, rdi
    syscall`)}

Explain each line for a student who only knows Python.`),

  rec('code_prolog', f`${code(f`parent(margit, ole).
parent(ole, ingrid).
parent(ole, lars).
sibling(X, Y) :- parent(P, X), parent(P, Y), X \\= Y.
grandparent(G, C) :- parent(G, P), parent(P, C).

?- grandparent(margit, Who).`)}

why do I get every sibling twice when I query sibling(A, B)?`),

  rec('code_rust', f`${code(f`use reqwest::blocking::Client;
use serde::Deserialize;

#[derive(Deserialize)]
struct Tide { time: String, height_m: f32 }

fn fetch_tides(station: &str) -> Result<Vec<Tide>, reqwest::Error> {
    let client = Client::builder().user_agent("halvard-tides/0.4").build()?;
    let url = format!("https://tides.internal/api/stations/{station}/today");
    client.get(url).basic_auth("tides-reader", Some("${ambCat('credential', 'Moorings!Ebb-2024')}")).send()?.json()
}`)}

clippy says nothing but I feel the client should be reused. How?`, 'a literal password passed positionally to basic_auth(user, Some("…")): sensitive, but no rule claims a positional argument, so an ambiguous credential span without a rule id (batch 3 convention for a positional secret; changed after the first run, see README)'),

  rec('bicep', f`${amb('source_code.snippet', f`param location string = resourceGroup().location
param appName string = 'glenrock-timetable'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '\${appName}-plan'
  location: location
  sku: { name: 'B1', tier: 'Basic' }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  properties: { serverFarmId: plan.id, httpsOnly: true }
}`)}

az deployment fails with "The template resource ... is not valid". Which part?`, 'Bicep (infrastructure declaration): ambiguous, like Terraform in batches 1-3'),

  rec('nix', f`${amb('source_code.snippet', f`{ pkgs ? import <nixpkgs> {} }:
pkgs.mkShell {
  buildInputs = with pkgs; [ python312 poetry postgresql_16 nodejs_20 ];
  shellHook = ''
    export PGDATA=$PWD/.pg
    echo "dev shell ready"
  '';
}`)}

how do I pin nixpkgs to a specific commit here?`, 'a Nix shell definition: configuration-like, ambiguous'),

  rec('code_awk', f`This awk one-liner should sum column 5 per day but prints nothing:
awk -F';' 'NR>1 { sum[$1] += $5 } END { for (d in sum) print d, sum[d] }' sales_2024-11.csv
The file uses Windows line endings, could that matter?`, 'a single-line command in a sentence: unlabelled (too short for a code block; batch 3 did the same for a one-line query)'),
];
