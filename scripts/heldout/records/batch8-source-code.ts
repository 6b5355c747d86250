/** Held-out batch 8: pasted source code in languages batches 1–7 did not use, with and without secrets. Hand-written. */
import { amb, f, rec, v, type DraftRecord } from '../dsl';

const code = (body: ReturnType<typeof f>) => v('source_code.snippet', body);

export const BATCH8_SOURCE_CODE: DraftRecord[] = [
  rec('power_query', f`${code(f`let
    Source = Excel.Workbook(File.Contents("C:\\Finance\\Bookings2026.xlsx"), null, true),
    Bookings = Source{[Item="Bookings",Kind="Table"]}[Data],
    Typed = Table.TransformColumnTypes(Bookings, {{"Arrival", type date}, {"Nights", Int64.Type}, {"Rate", type number}}),
    AddRevenue = Table.AddColumn(Typed, "Revenue", each [Nights] * [Rate], type number),
    Grouped = Table.Group(AddRevenue, {"Property"}, {{"Total", each List.Sum([Revenue]), type number}})
in
    Grouped`)}

Power Query M: refresh fails with "Expression.Error: The column 'Rate' of the table wasn't found". It's there in the sheet!`, 'Power Query M (a formula language: code by the batch 1 convention)'),

  rec('splunk_spl', f`${code(f`index=web sourcetype=nginx:access status>=500
| eval endpoint=replace(uri_path, "/\\d+", "/:id")
| stats count AS errors, avg(request_time) AS avg_rt BY endpoint
| where errors > 20
| sort - errors
| head 10`)}

SPL: avg_rt is always empty. request_time is extracted at search time.`, 'Splunk SPL (query language: code)'),

  rec('sml', f`${code(f`datatype tree = Leaf | Node of tree * int * tree

fun insert (Leaf, x) = Node (Leaf, x, Leaf)
  | insert (t as Node (l, v, r), x) =
      if x < v then Node (insert (l, x), v, r)
      else if x > v then Node (l, v, insert (r, x))
      else t

fun toList Leaf = []
  | toList (Node (l, v, r)) = toList l @ [v] @ toList r

val sorted = toList (foldl (fn (x, t) => insert (t, x)) Leaf [5, 2, 8, 1, 9])`)}

Standard ML (SML/NJ) — why does the compiler warn "match nonexhaustive" nowhere but my teacher says insert is not tail recursive? Explain.`),

  rec('guile', f`${code(f`(use-modules (ice-9 rdelim) (srfi srfi-1))

(define (read-lines port)
  (let loop ((line (read-line port)) (acc '()))
    (if (eof-object? line)
        (reverse acc)
        (loop (read-line port) (cons line acc)))))

(define (count-errors path)
  (call-with-input-file path
    (lambda (port)
      (count (lambda (l) (string-contains l "ERROR")) (read-lines port)))))

(display (count-errors "/var/log/dome-controller.log"))
(newline)`)}

Guile 3: how do I make this stream instead of reading the whole file into a list?`),

  rec('idris', f`${code(f`module Vect3

import Data.Vect

total
dot : Num a => Vect n a -> Vect n a -> a
dot [] [] = 0
dot (x :: xs) (y :: ys) = x * y + dot xs ys

total
transposeM : {n : Nat} -> Vect m (Vect n a) -> Vect n (Vect m a)
transposeM [] = replicate n []
transposeM (r :: rs) = zipWith (::) r (transposeM rs)`)}

Idris 2 says "Can't solve constraint between: ?n and n" in transposeM. What's the implicit issue?`),

  rec('chapel', f`${code(f`use Time, Random;

config const n = 10_000_000;

proc main() {
  var A: [1..n] real;
  fillRandom(A, seed=42);
  var sw: stopwatch;
  sw.start();
  const total = + reduce [a in A] a * a;
  sw.stop();
  writeln("sum of squares = ", total, " in ", sw.elapsed(), " s");
}`)}

Chapel 2.2: how do I run this across 4 locales? It only uses one node of the cluster.`),

  rec('pony', f`${code(f`actor Counter
  var _count: U64 = 0

  be increment() =>
    _count = _count + 1

  be report(out: OutStream) =>
    out.print("count: " + _count.string())

actor Main
  new create(env: Env) =>
    let c = Counter
    for i in Range[U64](0, 1000) do
      c.increment()
    end
    c.report(env.out)`)}

Pony: sometimes prints less than 1000? I thought behaviours are processed in order per sender.`),

  rec('vlang', f`${code(f`module main

import net.http
import json

struct Station {
	id   string
	temp f64
}

fn main() {
	resp := http.get('https://api.tarnwood-observatory.org/weather/now') or { panic(err) }
	s := json.decode(Station, resp.body) or { panic(err) }
	println('\${s.id}: \${s.temp:.1f} °C')
}`)}

V: json.decode ignores the "temp" field when the API sends it as a string. Custom decoder?`),

  rec('hare', f`${code(f`use fmt;
use os;
use bufio;
use strings;

export fn main() void = {
	const scan = bufio::newscanner(os::stdin);
	defer bufio::finish(&scan);
	let n = 0z;
	for (let line => bufio::scan_line(&scan)!) {
		if (strings::hasprefix(line, "#")) continue;
		n += 1;
	};
	fmt::printfln("{} non-comment lines", n)!;
};`)}

Hare: is "for (let line => …)" the current iterator syntax or was that changed in 0.25?`),

  rec('janet', f`${code(f`(import spork/json)

(defn load-bookings [path]
  (-> (slurp path) (json/decode true true)))

(defn nights-by-room [bookings]
  (reduce (fn [acc b]
            (update acc (b :room) |(+ (or $ 0) (b :nights))))
          @{}
          bookings))

(pp (nights-by-room (load-bookings "bookings.json")))`)}

Janet: the short-fn |( … ) with $ inside update — is that valid or do I need (fn [x] …)?`),

  rec('freepascal', f`${code(f`program TideTable;

{$mode objfpc}{$H+}

uses SysUtils, Math;

const
  Period = 12.42;

var
  h: Integer;
  level: Double;
begin
  for h := 0 to 24 do
  begin
    level := 1.8 * Sin(2 * Pi * h / Period) + 2.1;
    WriteLn(Format('%2d:00  %5.2f m', [h, level]));
  end;
end.`)}

Free Pascal: Format prints "5,21" with a comma on the harbour PC. DefaultFormatSettings?`),

  rec('qbasic', f`${code(f`DECLARE SUB DrawBar (value AS INTEGER, row AS INTEGER)
CLS
DIM sales(1 TO 6) AS INTEGER
FOR i = 1 TO 6
    READ sales(i)
    CALL DrawBar(sales(i), i + 2)
NEXT i
DATA 12, 30, 22, 45, 18, 38
END

SUB DrawBar (value AS INTEGER, row AS INTEGER)
    LOCATE row, 1
    PRINT USING "###"; value;
    PRINT " "; STRING$(value \\ 2, 219)
END SUB`)}

Found this on my dad's old floppy, QBasic 1.1. What does STRING$(value \\ 2, 219) draw?`),

  rec('logo', f`${code(f`to spiral :size :angle
  if :size > 200 [stop]
  forward :size
  right :angle
  spiral :size + 2 :angle
end

to flower
  repeat 36 [repeat 4 [forward 60 right 90] right 10]
end

clearscreen
spiral 5 91
penup home pendown
flower`)}

My kid wrote this in UCBLogo at school. Why does "spiral 5 91" look different from "spiral 5 90"?`, 'Logo (a program, labelled)'),

  rec('kotlin_test_secret', f`${code(f`class PayoutClientTest {
    private val client = PayoutClient(
        baseUrl = "https://sandbox.payouts.ironbridge-cu.org",
        username = "qa-payouts",
        password = "${v('credential.password_assignment', 'Ledger-Otter-5126')}",
    )

    @Test
    fun \`rejects payouts above daily limit\`() = runTest {
        val result = client.submit(Payout(amountMinor = 500_001, currency = "USD"))
        assertIs<PayoutResult.Rejected>(result)
    }
}`)}

the test passes locally but fails in CI with a timeout. runTest virtual time?`, 'a Kotlin test with a hard-coded sandbox password: labelled (a literal assigned to a password parameter)'),

  rec('graphql_sdl', f`${amb('source_code.snippet', f`type Booking {
  id: ID!
  guest: Guest!
  arrival: Date!
  nights: Int!
  room: Room
}

type Query {
  bookings(from: Date!, to: Date!, first: Int = 50, after: String): BookingConnection!
}`)}

Is it better to expose nights or departure in the schema? Opinions?`, 'a GraphQL schema (SDL, a type definition rather than a program): ambiguous, like configs'),

  rec('protobuf', f`${amb('source_code.snippet', f`syntax = "proto3";

package ferries.v1;

message Sailing {
  string id = 1;
  string route = 2;
  google.protobuf.Timestamp departs_at = 3;
  int32 free_car_spaces = 4;
}

service Timetable {
  rpc ListSailings(ListSailingsRequest) returns (stream Sailing);
}`)}

buf lint complains that google.protobuf.Timestamp is not imported. Where does the import go?`, 'a .proto file (an interface definition): ambiguous'),

  rec('jinja', f`${amb('source_code.snippet', f`{% for room in rooms if room.status == "dirty" %}
  <li class="room {{ 'urgent' if room.checkin_today }}">
    {{ room.number }} — {{ room.type | title }}
  </li>
{% else %}
  <li>All rooms clean 🎉</li>
{% endfor %}`)}

Jinja2: the inline if without else renders "None" in the class attribute. How to avoid?`, 'a Jinja template (markup): ambiguous'),

  rec('nushell', f`${code(f`def stale-branches [days: int = 30] {
  git branch --format='%(refname:short)|%(committerdate:iso8601)'
  | lines
  | split column '|' name date
  | update date { |r| $r.date | into datetime }
  | where date < ((date now) - ($days * 1day))
  | sort-by date
}

stale-branches 60 | each { |b| git branch -d $b.name }`)}

Nushell 0.99: "($days * 1day)" errors with "type mismatch". How do I multiply a duration?`, 'a Nushell script with a custom command (a program, labelled — unlike a bare shell session)'),

  rec('oneliner_jq', f`quick one: is \`git log --since=2.weeks --pretty=%an | sort | uniq -c | sort -rn\` the right way to see who committed most in the last two weeks, or does it miss merge commits?`, 'a one-line shell pipeline in a sentence: unlabelled'),
];
