/**
 * Pasted source code (`source_code.snippet`), language-agnostic.
 *
 * One pass over the lines. Each line gets a code score from cheap signals: how it ends (`;`,
 * `{`, `}`, `)`, `:` after a block keyword), how it starts (language keywords such as
 * function/def/class/import/return/#include/public static/SELECT), operators (`=>`, `==`, `&&`,
 * `::`, `->`, assignments, calls), indentation; sentences ending in `.`/`?`/`!` score against.
 * Consecutive code lines (a blank line or one non-code line may interrupt) form a block; a block
 * is reported when it has at least 3 code lines, 120 characters and a code-line density ≥ 60 %
 * (or is a short block whose first line says it is code: DEF_HEAD, IMPORT_HEAD), so a one-liner in
 * prose does not trigger. Markdown fences (```) raise the score.
 *
 * It is a `detect` rule (no regex); it is a `container`, so a secret inside the code is reported
 * separately and the code block is split around it.
 */
import type { DetectedSpan, Rule } from '../types';
import { escapeRe } from '../escape';
import { CJK_LETTERS } from '../letters';

const MIN_LINES = 3;
const MIN_CHARS = 120;
/**
 * A shorter block counts when it has at least MIN_LINES + 1 lines and every one is code: a
 * 4-line `UPDATE … SET … WHERE … AND …;` of ~100 characters is a paste, while prose rarely makes
 * four code-looking lines in a row.
 */
const MIN_CHARS_ALL_CODE = 80;
const MIN_DENSITY = 0.6;
/**
 * A short block (two lines or more, all code, MIN_CHARS_ALL_CODE characters) counts when its first
 * line says it is code, as prose never does: a definition's head ending in ":", "{", "=" or "=>"
 * (`def word_count(text: str) -> int:`, `func total(xs []int) int {`, a Go method `func (p Pass) Valid(now time.Time) bool {`, Kotlin's `fun next(d: LocalDate):
 * LocalDate =`, `const left = (room, list) =>`, a typed head in the C family and Dart: `bool canSeeNotes(Shift s,
 * DateTime now) =>`, `public static int total(List<Item> items) {`)
 * over an indented body line, or an import (`from huggingface_hub import snapshot_download`,
 * `#include <stdio.h>`, `import { x } from "y"`) over code lines. (Any two lines in a ``` fence would be too much: a
 * fenced `export KEY=…` over a curl line is a command to run.)
 */
// Sticky (tried at a line's start with stickyAt): a line is not copied to test it.
const R_ASSIGNMENT = /[A-Za-z_.][\w.]*(?:\$[\w.]+|\[[^\]\n]{0,40}\])*[ \t]*<<?-[ \t]+[\w"'(.-]/y;
const VB_DIM = /(?:Dim|ReDim|Private|Public|Static|Const)[ \t]+[A-Za-z_]\w*(?:\([^()\n]*\))?[ \t]+As[ \t]+(?:New[ \t]+)?[A-Za-z_][\w.]*(?:[ \t]*,[ \t]*[A-Za-z_]\w*(?:\([^()\n]*\))?[ \t]+As[ \t]+[A-Za-z_][\w.]*)*(?:[ \t]*=[^\n]*)?[ \t\r]*(?:\n|$)/y;
const VB_LOOP = /(?:For[ \t]+(?:Each[ \t]+[A-Za-z_]\w*[ \t]+In[ \t]+\S|[A-Za-z_]\w*[ \t]*=[ \t]*\S.*[ \t]To[ \t]+\S)|Next(?:[ \t]+[A-Za-z_]\w*)?[ \t\r]*(?:\n|$))/y;
const PY_ANNOTATED = /[a-z_][a-z0-9]*_[a-z0-9_]*[ \t]*:[ \t]*[A-Za-z_][\w.]*(?:\[[^\]\n]{0,40}\])?(?:[ \t]*\|[ \t]*[A-Za-z_][\w.]*)*[ \t]*=[ \t]*\S/y;
const DEF_HEAD = /^(?:(?:(?:export|public|private|protected|static|async|pub|override|suspend)\s+)*(?:def|function|fn|func(?:\s*\([^()]{1,60}\))?|fun)\s+[A-Za-z_$][\w$]*\s*\([^)]*\)[^:{=]{0,40}(?::[^:{=]{1,40})?[:{=]|(?:export\s+)?(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*=\s*(?:async\s+)?\([^)]*\)\s*=>\s*\{?|(?:(?:public|private|protected|internal|static|final|override|virtual|abstract|async|inline|extern)\s+)*[A-Za-z_][\w.]*(?:<[^<>()\n]{0,40}>)?(?:\[\])?\??[ \t]+[*&]?[A-Za-z_]\w*[ \t]*\([^()]*\)[ \t]*(?:const[ \t]*)?(?:=>|\{))$/;
const IMPORT_HEAD = /^(?:from\s+\.*[\w.]+\s+import\s+[\w*(]|import\s+[\w.]+(?:\s+as\s+\w+)?;?$|import\s+(?:\{[^}]*\}|\*\s+as\s+\w+|\w+)\s+from\s+["']|#include\s*[<"]|using\s+[\w.]+;$|use\s+[\w:]+(?:::\{[^}]*\})?;$|(?:const|let|var)\s+\w+\s*=\s*require\(["'])/;
/** A non-code line longer than this, without code characters, ends a block. */
const MAX_INTERRUPTION = 100;

/** Line-start keywords, grouped by first character for a cheap lookup. */
const START_KEYWORDS = [
  'function ', 'function(', 'def ', 'fun ', 'class ', 'import qualified ', 'import ', 'from ', 'return', 'const ', 'let ', 'var ', 'fn ', 'func ',
  'package ', 'using ', 'namespace ', 'public ', 'private ', 'protected ', 'static ', 'async ', 'await ', 'export ',
  'interface ', 'struct ', 'enum ', 'impl ', 'pub ', 'elif ', 'else', 'for (', 'for ', 'if (', 'if ', 'while (', 'while ',
  'switch ', 'switch(', 'try', 'catch', 'except', 'finally', 'throw ', 'raise ', 'yield ', 'lambda ', 'val ', 'module ',
  'require(', 'include ', 'echo ', 'print(', 'printf(', 'console.', 'self.', 'this.', 'System.', 'std::', '#include',
  '#define', '#ifdef', '#ifndef', '#endif', '#pragma', '#!/', '@Override', '@', '<?php', 'SELECT ', 'INSERT INTO', 'UPDATE ',
  'DELETE FROM', 'CREATE TABLE', 'ALTER TABLE', 'CREATE TRIGGER ', 'CREATE VIEW ', 'CREATE INDEX ', 'CREATE UNIQUE INDEX ',
  'CREATE OR REPLACE ', 'CREATE FUNCTION ', 'CREATE PROCEDURE ', 'DROP TABLE ', 'TRUNCATE TABLE ', 'WHERE ', 'FROM ', 'JOIN ', 'INNER JOIN ', 'LEFT JOIN ', 'RIGHT JOIN ',
  'LEFT OUTER JOIN ', 'ORDER BY ', 'GROUP BY ', 'AND ', 'OR ', 'INTO ', 'HAVING ', '@echo off', '@ECHO OFF', 'REM ', 'void ', 'int ', 'char ', 'bool ', 'double ',
  'float ', 'long ', 'string ', 'String ', 'type ', 'typedef ', 'template', 'go ', 'defer ', 'match ', 'case ', 'default:',
  'begin', 'end', 'do ', 'then', 'fi', 'done', 'local ', 'set ', 'unset ', 'with ', 'assert', 'extern ', 'override ',
  'sealed ', 'abstract ', 'final ', 'object ', 'trait ', 'mod ', 'use ', 'let(', 'readonly ', 'declare ',
  'newtype ', 'instance ', 'deriving ', 'where',
  // COBOL (upper case, as written): verbs and scope terminators.
  'PERFORM ', 'END-', 'STOP RUN', 'PIC ', 'IDENTIFICATION DIVISION', 'PROCEDURE DIVISION', 'DATA DIVISION',
  'WORKING-STORAGE', 'MOVE ', 'READ ', 'WRITE ', 'DISPLAY ', 'COMPUTE ', 'EVALUATE ', 'AT END', 'NOT AT END', 'ADD ', 'IF ',
  'ELSE', 'OPEN ', 'CLOSE ',
  // VBA, Lisp/Racket/Clojure, ABAP, assembly (NASM/GAS), Prolog.
  'Sub ', 'End Sub', 'Private Sub ', 'Public Sub ', 'Function ', 'Private Function ', 'Public Function ', 'If ', 'ElseIf ', 'Dim ', 'Set ', 'End If', 'End Function', 'End With', 'For Each ', 'MsgBox ',
  'On Error ', '#lang ', '(define', '(require', '(let', '(lambda', '(defun', '(defn', '(ns ', '(cond', '(for', '(if ', '(match',
  '(printf', '(display', '(println', 'REPORT ', 'DATA:', 'TYPES:', 'LOOP AT ', 'ENDLOOP', 'ENDIF', 'ENDFORM', 'ENDMETHOD',
  'METHOD ', 'WRITE:', 'START-OF-SELECTION', 'section .', 'global _', 'mov ', 'movq ', 'push ', 'pop ', 'lea ', 'xor ', 'syscall',
  'jmp ', 'cmp ', 'ret', '?- ',
  // KQL / Splunk-style pipelines (a line starting "| where" is not a markdown table row), Lean,
  // Crystal/Ruby requires.
  '| where ', '| summarize ', '| project ', '| extend ', '| join ', '| order by ', '| sort by ', '| top ', '| take ',
  '| stats ', '| eval ', 'theorem ', 'lemma ', 'require "',
  // MUMPS/M commands (upper case, as written); lower-case SQL and q/kdb+ queries.
  'SET ', 'NEW ', 'QUIT', 'KILL ', 'FOR ', 'select ', 'update ', 'delete from ', 'insert into ', 'exec ',
  // IEC 61131-3 Structured Text (PLC programs, upper case as written).
  'FUNCTION_BLOCK ', 'END_FUNCTION_BLOCK', 'FUNCTION ', 'END_FUNCTION', 'PROGRAM ', 'END_PROGRAM', 'VAR_', 'END_VAR', 'END_IF', 'END_FOR',
  'END_CASE', 'END_WHILE', 'ELSIF ',
  // XSLT stylesheets.
  '<xsl:', '</xsl:',
  // SDC/Tcl timing constraints (synthesis and place-and-route scripts).
  'create_clock ', 'create_generated_clock ', 'set_input_delay ', 'set_output_delay ', 'set_false_path ', 'set_multicycle_path ',
  'set_clock_uncertainty ', 'set_clock_groups ', 'set_max_delay ', 'set_load ',
  // Fortran, fixed form in upper case as written (`      IMPLICIT NONE`, `      DO I = 2, NX-1`) and free form.
  'IMPLICIT NONE', 'SUBROUTINE ', 'END DO', 'ENDDO', 'END SUBROUTINE', 'END PROGRAM', 'END MODULE', 'CALL ', 'PARAMETER (', 'INTEGER ', 'REAL ',
  'PRINT ', 'DO ', 'END', 'implicit none', 'subroutine ', 'end do', 'end subroutine', 'end program',
];

const ECHO_OFF = /^@echo off$/i;
/**
 * A line's first tag is an HTML element ("<div", "</table", "<tr>"): a template or a page someone
 * writes. XML data ("<Reel>", "<Id>" of a DCP playlist, a config) is a payload, not code, so only
 * HTML's own element names count.
 */
const MARKUP_LINE = /^<\/?(?:html|head|body|table|thead|tbody|tfoot|tr|td|th|div|span|p|a|img|ul|ol|li|h[1-6]|br|hr|form|input|button|select|option|textarea|label|section|header|footer|nav|main|article|aside|meta|link|title|script|style|font|center|b|i|u|strong|em|small|iframe|svg|path|picture|source|video|audio|canvas|template|slot|dl|dt|dd|pre|code|blockquote)(?=[\s>/]|$)/i;
const NOTEBOOK_IN = /^In \[\d{1,4}\]:$/;
/** https://www.conventionalcommits.org/: `type(scope)!: description`, maybe after a bullet or a short commit hash. */
const COMMIT_SUBJECT = /^(?:[-*] |[0-9a-f]{7,12} )?(?:feat|fix|chore|docs|refactor|perf|test|tests|build|ci|style|revert)(?:\([\w./-]{1,30}\))?!?: [A-Za-z]/;
/** A VB `If … Then`: a comparison or call before "Then", capitalised. */
const VB_THEN = /^(?:If|ElseIf) [^\n]*?(?:[<>=]|\w\()[^\n]*? Then(?: |$)/;
const BLOCK_KEYWORD = /^(?:def|class|if|elif|else|for|while|try|except|finally|with|async def|case|default)\b/;

/** Characters that can begin an OPERATORS match (other than the leading-assignment form). */
const OP_FIRST = new Uint8Array(128);
for (const ch of '=-:!&|+<>/*$2(') OP_FIRST[ch.charCodeAt(0)] = 1;

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * `OPERATORS.test(t.slice(s, e))` without the copy or the regex: one pass over the line that
 * stops only at characters an operator can start with. The regex cost a third of this detector
 * (it tries its call alternative at every word of every line).
 */
export function hasOperator(t: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128 || OP_FIRST[c] === 0) continue;
    const d = i + 1 < e ? t.charCodeAt(i + 1) : -1;
    switch (c) {
      case 61 /* = */:
        if (d === 62 || d === 61) return true;
        break;
      case 45 /* - */:
        if (d === 62 || d === 61) return true;
        break;
      case 58 /* : */:
        if (d === 58 || d === 61) return true;
        break;
      case 33 /* ! */:
        if (d === 61) return true;
        break;
      case 38 /* & */:
        if (d === 38) return true;
        break;
      case 124 /* | */: {
        if (d === 124) return true;
        let j = i + 1;
        while (j < e && t.charCodeAt(j) === 32) j++;
        // A pipe into a command ("| grep x", "| sort -u", "| where {…}"); "X | embryo 1: …" is a table cell.
        let k = j;
        while (k < e && ((t.charCodeAt(k) >= 97 && t.charCodeAt(k) <= 122) || t.charCodeAt(k) === 45 || (k > j && t.charCodeAt(k) >= 48 && t.charCodeAt(k) <= 57))) k++;
        if (k > j && PIPE_TARGETS.has(t.slice(j, k))) return true;
        break;
      }
      case 43 /* + */:
        if (d === 43 || d === 61) return true;
        break;
      case 60 /* < */:
        if (d === 60 || d === 45) return true;
        break;
      case 62 /* > */:
        if (d === 62) return true;
        break;
      case 47 /* / */:
        if (d === 47 || d === 42) return true;
        break;
      case 42 /* * */:
        if (d === 47) return true;
        break;
      case 36 /* $ */:
        if (d === 123 || d === 40 || (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 95) return true;
        break;
      case 50 /* 2 */:
        if (d === 62 && i + 3 < e && t.charCodeAt(i + 2) === 38 && t.charCodeAt(i + 3) === 49) return true;
        break;
      case 40 /* ( */: {
        // A call: [A-Za-z_] at a word boundary, then [\w.]* up to this "(".
        let j = i;
        while (j > s) {
          const b = t.charCodeAt(j - 1);
          if (!isWordChar(b) && b !== 46) break;
          j--;
          const before = j > s ? t.charCodeAt(j - 1) : -1;
          if (((b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95) && !isWordChar(before)) return true;
        }
        break;
      }
    }
  }
  return leadingAssignment(t, s, e);
}

/** `^[\w.[\]'"]+\s*=[^=]` on t[s, e). */
function leadingAssignment(t: string, s: number, e: number): boolean {
  let i = s;
  while (i < e) {
    const c = t.charCodeAt(i);
    if (isWordChar(c) || c === 46 || c === 91 || c === 93 || c === 39 || c === 34) i++;
    else break;
  }
  if (i === s) return false;
  while (i < e && isRegexSpace(t.charCodeAt(i))) i++;
  return i + 1 < e && t.charCodeAt(i) === 61 && t.charCodeAt(i + 1) !== 61;
}

/** `\s` for the characters a trimmed line can contain before "=" (ASCII and common Unicode). */
function isRegexSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** Shell block endings: `…; do`, `…; then`, `done`, `fi`, `esac`. */
const SHELL_END = /(?:;\s*(?:do|then)|^(?:do|then|done|fi|esac|else))$/;

function SPACE(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/** Natural-language words that also start code lines: weaker evidence. */
const WEAK_START = new Set([
  'for ', 'if ', 'while ', 'do ', 'end', 'try', 'else', 'then', 'done', 'fi', 'case ', 'from ', 'with ', 'use ', 'set ',
  'type ', 'go ', 'match ', 'begin', 'local ', 'object ', 'template', 'include ', 'assert', '@', 'final ', 'string ',
  'long ', 'double ', 'float ', 'char ', 'int ', 'mod ', 'declare ', 'module ', 'package ', 'trait ', 'sealed ',
  'abstract ', 'except', 'yield ', 'raise ', 'throw ', 'return', 'import ', 'export ', 'static ', 'public ', 'private ',
  'instance ', 'where', 'MOVE ', 'READ ', 'WRITE ', 'DISPLAY ', 'COMPUTE ', 'EVALUATE ', 'AT END', 'NOT AT END', 'ADD ', 'IF ',
  'ELSE', 'OPEN ', 'CLOSE ', 'Set ', 'For Each ', 'MsgBox ', 'Function ', 'If ', 'ElseIf ', 'On Error ', '(let', '(for', '(if ', '(match', 'METHOD ', 'mov ',
  'movq ', 'push ', 'pop ', 'lea ', 'xor ', 'jmp ', 'cmp ', 'ret', 'SET ', 'NEW ', 'QUIT', 'KILL ', 'FOR ', 'select ', 'update ',
  'delete from ', 'insert into ', 'exec ', 'AND ', 'OR ', 'INTO ', 'HAVING ', 'INTEGER ', 'REAL ', 'PRINT ', 'DO ', 'END',
]);

/**
 * Block keywords that stand alone on a line in Eiffel, Ada, Pascal and the like (`feature`,
 * `require`, `ensure`, `do`, `end`), optionally followed by a `--` comment.
 */
const BARE_KEYWORDS = new Set(['class', 'feature', 'require', 'ensure', 'invariant', 'inherit', 'create', 'local', 'deferred', 'rescue', 'loop', 'from', 'until', 'variant', 'check', 'begin', 'end', 'do', 'attribute', 'once', 'else', 'then']);

/**
 * Start keywords by their first two characters (all ASCII), in list order, each with its weight
 * (1 for the weak ones, else 2): an array lookup per line, then only the keywords that can match
 * ("th" → this., then, throw) instead of every keyword with the same first letter.
 * One-character keywords ("@") sit in every list of their first character.
 */
const BY_FIRST2: ({ readonly words: readonly string[]; readonly weights: readonly number[] } | undefined)[] = new Array(128 * 129);
for (const k of START_KEYWORDS) {
  if (k.charCodeAt(0) >= 128 || (k.length > 1 && k.charCodeAt(1) >= 128)) throw new Error(`source-code start keyword must start with ASCII: ${k}`);
}
for (let c0 = 0; c0 < 128; c0++) {
  // Index 128 of the second character: the line has a single character left in the text.
  for (let c1 = 0; c1 <= 128; c1++) {
    const words = START_KEYWORDS.filter((k) => k.charCodeAt(0) === c0 && (k.length === 1 || k.charCodeAt(1) === c1));
    if (words.length > 0) BY_FIRST2[c0 * 129 + c1] = { words, weights: words.map((k) => (WEAK_START.has(k) ? 1 : 2)) };
  }
}

/**
 * Cheap pre-check for SHELL_END: the line ends in do, then, done, fi, esac or else (most prose
 * lines ending in o/n/e/i/c do not), so the regex only runs on real candidates.
 */
function shellEndCandidate(t: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  const a = t.charCodeAt(e - 2);
  switch (t.charCodeAt(e - 1)) {
    case 111 /* o */:
      return a === 100 /* d */;
    case 110 /* n */:
      return a === 101 /* e */ && e - s >= 4 && t.startsWith('then', e - 4);
    case 101 /* e */:
      return (a === 110 /* n */ && e - s >= 4 && t.startsWith('done', e - 4)) || (a === 115 /* s */ && e - s >= 4 && t.startsWith('else', e - 4));
    case 105 /* i */:
      return a === 102 /* f */;
    case 99 /* c */:
      return a === 97 /* a */ && e - s >= 4 && t.startsWith('esac', e - 4);
    default:
      return false;
  }
}

/** Next '|' / '$' / '::' at or after the current line in the text being scanned (-1: none left). */
let nextBar = -1;
let nextDollar = -1;
let nextColons = -1;
let nextEquals = -1;
/** Next Prolog ":-" (same forward-only cursor: a search per line from its start would be quadratic). */
let nextNeck = -1;
let nextSpace = -1;
/** A cursor not searched yet in this scan (searched on first use: many texts never need some). */
const UNSEARCHED = -2;

/** The line t[s, e) contains "=" (forward-only cursor, as above). */
function hasEquals(t: string, s: number, e: number): boolean {
  if (nextEquals !== -1 && nextEquals < s) nextEquals = t.indexOf('=', s);
  return nextEquals !== -1 && nextEquals < e;
}

/** The line t[s, e) contains "::" (same forward-only cursor as `hasShellOp`). */
function hasDoubleColon(t: string, s: number, e: number): boolean {
  if (nextColons !== -1 && nextColons < s) nextColons = t.indexOf('::', s);
  return nextColons !== -1 && nextColons < e;
}

/** The line t[s, e) contains " | ", "$(" or "${" (shell pipeline or substitution); no copy. */
function hasShellOp(t: string, s: number, e: number): boolean {
  // Skip lines with neither character (most prose): the next positions are kept per scan and
  // only move forward, so finding them costs O(n) over the whole text.
  if (nextBar !== -1 && nextBar < s) nextBar = t.indexOf('|', s);
  if (nextDollar !== -1 && nextDollar < s) nextDollar = t.indexOf('$', s);
  const barIn = nextBar !== -1 && nextBar < e;
  const dollarIn = nextDollar !== -1 && nextDollar < e;
  if (!barIn && !dollarIn) return false;
  const from = barIn && dollarIn ? Math.min(nextBar, nextDollar) : barIn ? nextBar : nextDollar;
  for (let i = from; i < e; i++) {
    const c = t.charCodeAt(i);
    if (c === 124 /* | */) {
      if (i > s && i + 1 < e && t.charCodeAt(i - 1) === 32 && t.charCodeAt(i + 1) === 32) return true;
    } else if (c === 36 /* $ */ && i + 1 < e) {
      const d = t.charCodeAt(i + 1);
      if (d === 40 /* ( */ || d === 123 /* { */) return true;
    }
  }
  return false;
}

/** A comparison operator (=, <, >, <>, !=) with a space or an operand on each side. */
function hasComparison(t: string, s: number, e: number): boolean {
  for (let i = s + 1; i < e - 1; i++) {
    const c = t.charCodeAt(i);
    if ((c === 61 || c === 60 || c === 62) && t.charCodeAt(i - 1) !== 45 /* -> */) return true;
  }
  return false;
}

const isUpperOrDigit = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Two or more " | " on the line (cells of a pipe table), and no other code character. A cell may
 * hold a remark in brackets after a space ("2025-03-01 (CoC)", "Ward 2 (night)"): a call has no
 * space before its "(".
 */
function pipeCells(t: string, s: number, e: number): boolean {
  if (nextBar !== -1 && nextBar < s) nextBar = t.indexOf('|', s);
  if (nextBar === -1 || nextBar >= e) return false;
  let pipes = 0;
  let remark = false;
  for (let i = nextBar; i < e; i++) {
    const c = t.charCodeAt(i);
    if (c === 124 /* | */) {
      if (t.charCodeAt(i - 1) === 32 && t.charCodeAt(i + 1) === 32) pipes++;
    } else if (c === 40 /* ( */ && !remark && t.charCodeAt(i - 1) === 32) remark = true;
    else if (c === 41 /* ) */ && remark) remark = false;
    else if (c < 128 && CODE_CHARS[c] === 1) return false;
  }
  return pipes >= 2 && !remark;
}

/** Characters that prose rarely has and code nearly always has (tests check `hasCodeChar`). */
export const CODE_CHAR = /[;{}()=<>[\]|]|\$[A-Za-z_{(]/;
const CODE_CHARS = new Uint8Array(128);
for (const ch of ';{}()=<>[]|') CODE_CHARS[ch.charCodeAt(0)] = 1;

/** `CODE_CHAR.test(t.slice(s, e))` without the copy. */
export function hasCodeChar(t: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) continue;
    if (CODE_CHARS[c] === 1) return true;
    if (c === 36 /* $ */ && i + 1 < e) {
      const d = t.charCodeAt(i + 1);
      if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 95 || d === 123 || d === 40) return true;
    }
  }
  return false;
}
/** Five or more spaces in t[s, e): a sentence rather than a statement. */
function manyWords(t: string, s: number, e: number): boolean {
  // From a forward-only cursor on the next space: a fresh `indexOf(' ', s)` per line would search
  // on past a line without spaces, to the end of the text (quadratic on space-less lines).
  if (nextSpace !== -1 && nextSpace < s) nextSpace = t.indexOf(' ', s);
  // A run of spaces is one gap: columns aligned with spaces (`id            BIGSERIAL PRIMARY KEY,`
  // in a CREATE TABLE) are not more words.
  let n = 0;
  for (let i = nextSpace; i !== -1 && i < e; ) {
    if (++n >= 5) return true;
    while (i + 1 < e && t.charCodeAt(i + 1) === 32) i++;
    i = t.indexOf(' ', i + 1);
  }
  return false;
}

/**
 * Code score of one line (already trimmed, non-blank): ≥ 2 means a code line. `boost` is the
 * extra evidence the caller already has (fenced block, indentation inside a block); lines that
 * cannot reach 2 are rejected without looking at their characters, so prose costs O(1) a line.
 */
/**
 * `marshrut      TEXT NOT NULL,             -- номер маршрута`: a SQL comment aligned after the code
 * (two or more spaces, then "--") hides the line's real ending, the ",", and its words would read as
 * prose; the line is scored up to where the code ends. Looked for only inside a block (lineScore's
 * boost), in the line's last COMMENT_REACH characters, backwards, and only when the line does not
 * already end like code: a bounded cost, and none on prose outside code.
 */
const COMMENT_REACH = 80;
function codeEndBeforeComment(t: string, s: number, e: number): number {
  const last = t.charCodeAt(e - 1);
  if (e - s < 8 || last === 59 || last === 44 || last === 41 || last === 123 || last === 125) return e;
  const lim = Math.max(s + 2, e - COMMENT_REACH);
  for (let k = e - 2; k >= lim; k--) {
    if (t.charCodeAt(k) !== 45 || t.charCodeAt(k + 1) !== 45 || t.charCodeAt(k - 1) !== 32 || t.charCodeAt(k - 2) !== 32) continue;
    let c = k - 2;
    while (c > s && t.charCodeAt(c - 1) === 32) c--;
    return c > s ? c : e;
  }
  return e;
}

/**
 * "ALT 412 U/L（基準 17–78）": a line closing with a bracketed note that opens with a CJK word (NFKC has
 * made the full-width brackets ASCII) is a label's remark, not a call's arguments: code puts CJK text
 * in quotes.
 */
const CJK_NOTE = new RegExp(`\\([${CJK_LETTERS}][^()]*\\)$`);
function cjkNote(t: string, s: number, e: number): boolean {
  return e - s <= 200 && CJK_NOTE.test(t.slice(s, e));
}

function lineScore(t: string, s: number, lineEnd: number, boost: number, inDiff = false): number {
  // Inside a block only (boost > 0): the cost stays off the prose lines outside code.
  const e = boost > 0 ? codeEndBeforeComment(t, s, lineEnd) : lineEnd;
  const first = t.charCodeAt(s);
  const last = t.charCodeAt(e - 1);
  // A unified diff: file and hunk headers; a changed line is scored without its marker. A "- item"
  // bullet (one space) is not a diff line; "-    x = 1" (indentation kept) and "+import os" are.
  if (!inDiff && (first === 43 /* + */ || first === 45 /* - */ || first === 64 /* @ */)) {
    if (e - s >= 6 && (t.startsWith('--- a/', s) || t.startsWith('+++ b/', s) || t.startsWith('@@ -', s))) return 2 + boost;
    if (first !== 64 && e - s > 2) {
      const c1 = t.charCodeAt(s + 1);
      // One level only (inDiff): "+-+-+-…" must not recurse once per character.
      if (c1 !== first && c1 !== 32 && c1 !== 9) return lineScore(t, s + 1, e, boost, true);
      if ((c1 === 32 || c1 === 9) && (t.charCodeAt(s + 2) === 32 || t.charCodeAt(s + 2) === 9)) {
        let r = s + 1;
        while (r < e && (t.charCodeAt(r) === 32 || t.charCodeAt(r) === 9)) r++;
        if (r < e) return lineScore(t, r, e, boost, true);
      }
    }
  }
  // A Conventional Commits subject ("- fix(win): block DNS … (1ebe8e07aa)", "a1b2c3d feat: …") in
  // release notes or a git log: its "fix(" is not a call, its ")" not a code ending.
  if (e - s <= 200 && (first === 45 || first === 42 || (first >= 97 && first <= 122) || (first >= 48 && first <= 57)) && COMMIT_SUBJECT.test(t.slice(s, e))) return 0;
  let score = boost;
  let codeEnd = false;
  let startWeight = 0;
  // In a script or a fence, a "#" line is the script's: a comment or a scheduler directive
  // (`#SBATCH --gres=gpu:4`, `#PBS -l walltime=…`), not prose between two code blocks.
  if (boost > 0 && first === 35 /* # */) return boost + 1;
  // So is a "//" line, the C family's comment ("// staging only – test mode" over two `const` lines).
  if (boost > 0 && first === 47 /* / */ && t.charCodeAt(s + 1) === 47) return boost + 1;

  // Endings.
  if (last === 59 /* ; */ || last === 123 /* { */ || last === 125 /* } */) {
    score += 2;
    codeEnd = true;
  } else if (last === 44 /* , */ || last === 93 /* ] */ || last === 40 /* ( */ || last === 91 /* [ */ || last === 62 /* > */ || (last === 41 /* ) */ && !cjkNote(t, s, e))) score += 1;
  if (first === 125 /* } */ || first === 41 /* ) */ || first === 93 /* ] */) {
    score += 2;
    codeEnd = true;
  }
  // HTML markup: a line that opens with an HTML tag and ends with a tag ("<table width=\"600\">",
  // "<tr><td>…</td></tr>", "</table>"); an e-mail address in angle brackets is no tag.
  if (first === 60 /* < */ && last === 62 /* > */ && MARKUP_LINE.test(t.slice(s, Math.min(e, s + 40)))) {
    score += 1;
    codeEnd = true;
  }
  // Start keywords.
  if (first < 128) {
    const second = s + 1 < t.length ? t.charCodeAt(s + 1) : 128;
    const entry = second <= 128 ? BY_FIRST2[first * 129 + second] : BY_FIRST2[first * 129 + 128];
    if (entry !== undefined) {
      const words = entry.words;
      for (let i = 0; i < words.length; i++) {
        if (t.startsWith(words[i]!, s)) {
          startWeight = entry.weights[i]!;
          score += startWeight;
          break;
        }
      }
    }
  }
  // SQL continuation ("AND eket~eindt < @sy-datum"): a weak start with a comparison.
  if (startWeight === 1 && score < 2 && (first === 65 || first === 79) && hasComparison(t, s, e)) score += 1;
  // Windows batch / shell `set NAME=value` (no space before the "=").
  if (startWeight === 1 && score < 2 && (first === 115 || first === 83) && /^set [A-Za-z_][\w.]*=/i.test(t.slice(s, Math.min(e, s + 48)))) score += 1;
  // COBOL: a short statement, a verb (IF, MOVE, ADD, COMPUTE: weak on their own) with a
  // hyphenated data name (`MOVE ZERO TO WS-PENALTY`); shouted prose has more words.
  if (startWeight === 1 && score < 2 && first >= 65 && first <= 90 && cobolNames(t, s, e) && !manyWords(t, s, e)) score += 1;
  if (last === 58 /* : */ && BLOCK_KEYWORD.test(t.slice(s, Math.min(e, s + 20)))) score += 1;
  // VB/VBA: `If x > 15 Then …`, `ElseIf … Then` (capitalised, as the editor writes them).
  if (startWeight === 1 && score < 2 && (first === 73 /* I */ || first === 69) /* E */ && e - s <= 200 && VB_THEN.test(t.slice(s, e))) score += 1;
  // VB/VBA declarations (`Dim fila As Long, totalDias As Double`) are code; a loop's head and end
  // (`For fila = 2 To 40`, `For Each c In …`, `Next fila`) only inside a block ("Next week" is a heading).
  if (score < 2 && (first === 68 /* D */ || first === 80 /* P */ || first === 67 /* C */ || first === 83 /* S */ || first === 82 /* R */) && e - s <= 200 && stickyAt(VB_DIM, t, s)) score += 2;
  if (score < 2 && boost > 0 && (first === 70 /* F */ || first === 78 /* N */) && e - s <= 120 && stickyAt(VB_LOOP, t, s)) score += 1;
  // An assignment to a member or an element: `app.config["SECRET_KEY"] = …`, `self.x = …`.
  if (score < 2 && hasEquals(t, s, e) && (memberAssignment(t, s, e) || walrusAssignment(t, s, e))) score += 2;
  if (score < 2 && first >= 97 && first <= 122) score += declarationScore(t, s, e);
  // Python's annotated assignment (`pos_user: str = "whistler-pos"`, `deposit_cad: int = 300`, a
  // pydantic settings class's fields), a snake_case name: "note: this = that" has no underscore.
  if (score < 2 && (first === 95 || (first >= 97 && first <= 122)) && e - s <= 200 && stickyAt(PY_ANNOTATED, t, s)) score += 2;
  // q/kdb+: a query assigned to a name (`t: select from trade where …`, `vw: select … by sym from t`:
  // a code line, though its words and no code characters read like prose), and a function applied
  // to its arguments in brackets, separated by ";" (`aj[`sym`time; t; q]`).
  if (score < 2 && first >= 97 && first <= 122) {
    if (qAssignment(t, s, e)) {
      score += 2;
      codeEnd = true;
    } else if (last === 93 /* ] */ && Q_APPLY.test(t.slice(s, Math.min(e, s + 40)))) score += 1;
  }
  // Python's `from pkg.mod import name` (plain "from …" starts prose too).
  if (first === 102 /* f */ && t.startsWith('from ', s) && pythonFromImport(t, s, e)) score += 1;
  if (first === 105 /* i */ && e - s <= 80 && t.startsWith('import ', s) && PYTHON_IMPORT.test(t.slice(s, e))) {
    score += 1;
    // In a script or a block ("In [3]:", a fence), "import pandas as pd, sqlalchemy as sa" is not
    // a sentence, however many words it has; alone it may be ("import data as needed, please").
    if (boost > 0) codeEnd = true;
  }
  if (first >= 97 && first <= 122 && score < 2 && e - s <= 160 && stickyAt(RUBY_MACRO, t, s)) score += 1;
  // A Ruby block opened at the line's end after a call (`Match.upcoming.each do |m|`, `list.each do`).
  if (last === 124 /* | */ || last === 111 /* o */) {
    if (score < 2 && e - s <= 200 && RUBY_BLOCK.test(t.slice(Math.max(s, e - 120), e))) {
      score += 2;
      codeEnd = true;
    }
  }
  // A call chained on a call's result (`CaptainMailer.schedule(team, m).deliver_later`).
  if (score < 2 && e - s <= 200 && isLetterOrUnderscore(first) && stickyAt(CALL_CHAIN, t, s)) score += 1;
  // A Go struct field with its tag: `Name string \`json:"name"\``.
  // Evidence on its own (with an indentation it makes a code line), and not prose, which the tag's
  // few words would otherwise suggest.
  if (last === 96 /* ` */ && score < 2 && STRUCT_TAG.test(t.slice(Math.max(s, e - 120), e))) {
    score += 1;
    codeEnd = true;
  }
  if (first >= 65 && first <= 90 && score < 2 && (cmdlet(t, s, e) || constantAssignment(t, s, e))) score += 2;
  // R: `lotes <- read.csv(…)`, `lotes$perdida <- 1 - …`: a name (a `$` member, an element) assigned
  // with "<-" at the start of a line, which prose rarely opens with.
  if (score < 2 && isLetterOrUnderscore(first) && stickyAt(R_ASSIGNMENT, t, s)) score += 2;
  // `$user = "…"`, `$total = 0`: a PowerShell/PHP/Perl variable assigned at the start of a line.
  if (first === 36 /* $ */ && score < 2 && variableAssignment(t, s, e)) score += 2;
  // Haskell/PureScript: a type signature `wordFreq :: String -> Int`, a `main = do` block.
  if (first >= 97 && first <= 122 && hasDoubleColon(t, s, e) && typeSignature(t, s, e)) score += 2;
  // Prolog: a rule `head :- body.`, a fact `parent(ann, bob).`.
  if (last === 46 /* . */ && score < 2 && prologClause(t, s, e)) score += 2;
  if (last === 111 /* o */ && doBlock(t, s, e)) {
    score += 2;
    codeEnd = true;
  }
  // A line continued with " \" (shell, Dockerfile RUN, C macros): `mongoexport --host … \`,
  // `  --username x --password '…' \`. Prose does not end a line in a spaced backslash (a Markdown
  // hard break has none before it, a Windows path no space).
  if (boost > 0 && last === 92 /* \ */ && e - s >= 3 && (t.charCodeAt(e - 2) === 32 || t.charCodeAt(e - 2) === 9)) {
    score += 2;
    codeEnd = true;
  }
  if (shellEndCandidate(t, s, e) && SHELL_END.test(t.slice(Math.max(s, e - 12), e))) {
    score += 2;
    codeEnd = true;
  }
  // "Ana Reyes | 0917 482 3061 | packing": a row of a pipe table without its outer pipes (a
  // capital or a digit first, two spaced pipes), not a pipeline; its pipes are no evidence.
  // A first cell may open with ISBT 128's "=" data identifier ("=E0418 25 104829 | 0 Rh- | …").
  const cellStart = first === 61 /* = */ && s + 1 < e && isUpperOrDigit(t.charCodeAt(s + 1)) ? s + 1 : s;
  if (score < 2 && isUpperOrDigit(t.charCodeAt(cellStart)) && pipeCells(t, cellStart, e)) return score;
  // Shell pipelines and substitutions (not markdown tables, which start with |).
  if (first !== 124 /* | */ && e - s <= 300 && hasShellOp(t, s, e)) score += 1;
  if (score === 0) return 0; // operators alone (+1) cannot make a code line
  if (codeEnd) return score;
  // Prose: many words and none of ; { } ( ) = < > [ ]  → at most weak evidence.
  const many = manyWords(t, s, e);
  // A boost of 2 is a shell command in a script or a fence (`net use P: \\srv\share /user:X … /persistent:no`):
  // its many words are arguments, not prose.
  // SQL DDL ("CREATE TRIGGER trg AFTER INSERT ON t") has many words and no code characters either.
  if (many && boost < 2 && !hasCodeChar(t, s, e) && !(first >= 65 && first <= 90 && (cobolNames(t, s, e) || SQL_DDL.test(t.slice(s, Math.min(e, s + 40))))) && !lowerQuery(t, s, e)) return Math.min(score, 1);
  if (score >= 2) return score;
  if (e - s > 300) return score; // do not run the operator regex over long prose lines
  if (hasOperator(t, s, e)) score += 1;
  // A sentence ending with . ! ? is prose unless strongly coded.
  if ((last === 46 || last === 33 || last === 63) && many) score -= 2;
  return score;
}

/**
 * `a.b = …`, `a["k"] = …`, `a.b[0] += …`: the line starts with an identifier followed, without a
 * space, by a member access or an index, then an assignment operator (not `==`).
 */
function memberAssignment(t: string, s: number, e: number): boolean {
  let i = s;
  const c0 = t.charCodeAt(i);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 === 95 || c0 === 36)) return false;
  let member = false;
  while (i < e) {
    const c = t.charCodeAt(i);
    if (isWordChar(c) || c === 36) i++;
    else if (c === 46 /* . */ && i + 1 < e && isWordChar(t.charCodeAt(i + 1))) {
      member = true;
      i++;
    } else if (c === 91 /* [ */) {
      // The index, up to its "]" (bounded: no search past the line or 80 characters).
      let close = i + 1;
      const lim = Math.min(e, i + 81);
      while (close < lim && t.charCodeAt(close) !== 93) close++;
      if (close >= lim) return false;
      member = true;
      i = close + 1;
    } else break;
  }
  if (!member) return false;
  while (i < e && t.charCodeAt(i) === 32) i++;
  let op = t.charCodeAt(i);
  if (op === 43 || op === 45 || op === 42 || op === 47 || op === 124 || op === 38 || op === 63) op = t.charCodeAt(++i); // += -= *= /= |= &= ??=
  if (op === 63) op = t.charCodeAt(++i);
  return op === 61 && t.charCodeAt(i + 1) !== 61;
}

/** `x := …`, `a.b := …`: Pascal/Ada/Eiffel/Go/Smalltalk assignment at the start of the line. */
function walrusAssignment(t: string, s: number, e: number): boolean {
  let i = s;
  while (i < e && (isWordChar(t.charCodeAt(i)) || t.charCodeAt(i) === 46)) i++;
  if (i === s) return false;
  while (i < e && t.charCodeAt(i) === 32) i++;
  return i + 1 < e && t.charCodeAt(i) === 58 && t.charCodeAt(i + 1) === 61;
}

/**
 * Lines that start with a lower-case word and read as a declaration (line already known to start
 * with a-z): a bare block keyword (`feature -- Access`, `require`, `ensure`) → 2; a q/kdb+
 * assignment `name:{…}` / `name:([] …)` / `name:verb \`sym` → 2; a typed name `count: INTEGER` → 1.
 */
function declarationScore(t: string, s: number, e: number): number {
  let i = s;
  while (i < e && isWordChar(t.charCodeAt(i))) i++;
  if (i === e || (t.charCodeAt(i) === 32 && t.startsWith(' --', i))) return BARE_KEYWORDS.has(t.slice(s, i)) ? 2 : 0;
  if (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 61 /* = */) return literalAssignment(t, s, i, e) ? 2 : 0;
  if (t.charCodeAt(i) !== 58 /* : */ || i + 1 >= e) return 0;
  const d = t.charCodeAt(i + 1);
  if (d === 123 /* { */ || d === 40 /* ( */ || d === 96 /* ` */) return 2;
  // q/kdb+ `h:hopen \`:host:5010`, `t:get \`:hdb/trade`: a function applied to a symbol (prose puts a
  // space after the colon, and no backtick after the next word).
  if (d >= 97 && d <= 122) {
    let j = i + 2;
    while (j < e && isWordChar(t.charCodeAt(j))) j++;
    return j + 1 < e && t.charCodeAt(j) === 32 && t.charCodeAt(j + 1) === 96 ? 2 : 0;
  }
  if (d !== 32 || i + 2 >= e) return 0;
  // `name: TYPE` (optionally `-- comment`): an upper-case identifier to the end of the line.
  let j = i + 2;
  const from = j;
  while (j < e && ((t.charCodeAt(j) >= 65 && t.charCodeAt(j) <= 90) || t.charCodeAt(j) === 95 || (j > from && t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57))) j++;
  return j - from >= 3 && (j === e || t.startsWith(' --', j)) ? 1 : 0;
}

/** `select … from …` / `update … from` / `delete from …` in lower case: a query, not a sentence. */
/**
 * q/kdb+ assigns with a colon: `t: select from trade where date=2025.03.14`. A short lower-case
 * name, ":", a q-sql verb, and "from" a table name (or a bracketed join: `from (cand lj fills)`) that ends the line or is followed by "where",
 * "," or ";" ("note: select from the menu where …" is prose: "the" is followed by a word).
 */
const Q_ASSIGNMENT = /^[a-z][A-Za-z0-9_]{0,11}: ?(?:select|exec|update|delete) (?:[^\n]* )?from (?:[A-Za-z_`][\w`.]*|\([^()\n]{1,80}\))(?: where |[,;]|$)/;
const Q_APPLY = /^[a-z][A-Za-z0-9_.]{0,30}\[[^\]\n;]{1,30};/;
function qAssignment(t: string, s: number, e: number): boolean {
  const last = t.charCodeAt(e - 1);
  if (e - s > 300 || last === 46 || last === 33 || last === 63) return false;
  // The colon within the name's reach, looked for on this line only (an indexOf would run on through
  // every later line that has none: quadratic over a text of such lines).
  const colon = t.slice(s, Math.min(e, s + 13)).indexOf(':');
  return colon > 0 && Q_ASSIGNMENT.test(t.slice(s, e));
}

function lowerQuery(t: string, s: number, e: number): boolean {
  const c = t.charCodeAt(s);
  if (c !== 115 /* s */ && c !== 117 /* u */ && c !== 100 /* d */ && c !== 101 /* e */) return false;
  if (!(t.startsWith('select ', s) || t.startsWith('update ', s) || t.startsWith('delete from ', s) || t.startsWith('exec ', s))) return false;
  const last = t.charCodeAt(e - 1);
  if (last === 46 || last === 33 || last === 63) return false;
  // Within the line only (an indexOf could run on to the end of the text for every such line).
  for (let i = s + 6; i + 6 <= e; i++) if (t.charCodeAt(i) === 32 && t.startsWith(' from ', i)) return true;
  return false;
}

/**
 * No lower-case letter and a hyphenated upper-case name (`WS-EOF`, `ORD-AMOUNT`): a COBOL
 * statement, not a sentence, though it has many words and no code characters.
 */
function cobolNames(t: string, s: number, e: number): boolean {
  let hyphenated = false;
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c === 45 && i > s && i + 1 < e) {
      const a = t.charCodeAt(i - 1);
      const b = t.charCodeAt(i + 1);
      if (((a >= 65 && a <= 90) || (a >= 48 && a <= 57)) && b >= 65 && b <= 90) hyphenated = true;
    }
  }
  return hyphenated;
}

/** `head :- body.` or `name(args).` (an identifier straight followed by "(", ending in ")."). */
function prologClause(t: string, s: number, e: number): boolean {
  if (nextNeck !== -1 && nextNeck < s) nextNeck = t.indexOf(':-', s);
  if (nextNeck !== -1 && nextNeck < e) return true;
  if (e - s < 4 || t.charCodeAt(e - 2) !== 41 /* ) */) return false;
  const c0 = t.charCodeAt(s);
  if (c0 < 97 || c0 > 122) return false;
  let i = s + 1;
  while (i < e && isWordChar(t.charCodeAt(i))) i++;
  return t.charCodeAt(i) === 40 /* ( */;
}

/** Values a snake_case name is set to in a config-like line: `max_retries = 5`, `debug = False`. */
const SCALAR = /^(?:-?\d+(?:\.\d+)?|True|False|None|true|false|null|nil)$/;

/**
 * The whole line sets a name to a literal: `account_sid = "AC…"`, `base_url = 'https://…'`,
 * `max_retries = 5` (the name, from `s` to `i`, is a lower-case identifier). A sentence does not
 * end on the quote that opened right after its "=".
 */
function literalAssignment(t: string, s: number, i: number, e: number, constant = false): boolean {
  let j = i;
  while (j < e && t.charCodeAt(j) === 32) j++;
  if (j - i > 3 || t.charCodeAt(j) !== 61 /* = */ || t.charCodeAt(j + 1) === 61) return false;
  j++;
  while (j < e && t.charCodeAt(j) === 32) j++;
  let q = t.charCodeAt(j);
  // f"…", b'…', r"…": Python string prefixes.
  if ((q === 102 || q === 98 || q === 114) && (t.charCodeAt(j + 1) === 34 || t.charCodeAt(j + 1) === 39)) q = t.charCodeAt(++j);
  if (q === 34 /* " */ || q === 39 /* ' */) return e - j >= 2 && t.charCodeAt(e - 1) === q;
  return e - j <= 8 && (constant || t.slice(s, i).includes('_')) && SCALAR.test(t.slice(j, e));
}

/** An SQL DDL statement's start, as written (upper case). */
const SQL_DDL = /^(?:CREATE|ALTER|DROP|TRUNCATE) (?:OR REPLACE |UNIQUE |TEMPORARY |TEMP )?(?:TABLE|TRIGGER|VIEW|INDEX|FUNCTION|PROCEDURE|SEQUENCE|SCHEMA|MATERIALIZED VIEW) /;
/** A Ruby block opened at the line's end after a call: `Match.upcoming.each do |m|`, `list.each do`. */
const RUBY_BLOCK = /[\w)\]]\.[a-z_]\w*[!?]?(?:\([^()]*\))?[ \t]+do(?:[ \t]*\|[\w \t,*&]{1,40}\|)?$/;
// The next two are sticky, tried at the line's start (no slice per line: they run on every line).
/** A call chained on a call's result: `CaptainMailer.schedule(team.captain, m).deliver_later`. */
const CALL_CHAIN = /[A-Za-z_][\w.]*\([^()\n]*\)\.[a-z_]\w*/y;
/**
 * A Ruby class macro with symbol arguments: `belongs_to :loan`, `validates :amount, presence: true`,
 * `has_many :items, dependent: :destroy`, `before_action :authenticate_user!`. Prose puts no word
 * right before a ":name".
 */
const RUBY_MACRO = /[a-z_][a-z0-9_]*[!?]? :[a-z_][a-z0-9_]*[!?]?(?:,[ \t][^\n]*)?[ \t\r]*$/my;
/** `re` (sticky) matches at position `i` of `t`. */
function stickyAt(re: RegExp, t: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(t);
}
function isLetterOrUnderscore(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
/** A Go struct tag closing the line: `json:"order_number"`, `json:"id" db:"id"`. */
const STRUCT_TAG = /`[a-z]+:"[^"`]*"(?: [a-z]+:"[^"`]*")*`$/;

/** `import requests`, `import numpy as np`, `import os, sys`: a Python import line and nothing else. */
const PYTHON_IMPORT = /^import [a-z_][\w.]*(?: as [a-z_]\w*)?(?:, ?[a-z_][\w.]*(?: as [a-z_]\w*)?)*$/;

/** PowerShell's approved verbs (Get-Verb), the common ones. */
const CMDLET_VERB = /^(?:Get|Set|New|Remove|Add|Clear|Export|Import|Invoke|Start|Stop|Restart|Select|Where|Sort|ForEach|Group|Measure|Out|Write|Read|Test|Update|Enable|Disable|Move|Copy|Rename|Connect|Disconnect|Format|ConvertTo|ConvertFrom|Wait|Register|Unregister|Install|Uninstall|Send|Resolve|Join|Split|Compare|Expand|Compress|Find|Publish|Grant|Revoke|Backup|Restore|Mount|Dismount|Push|Pop|Sync|Show|Enter|Exit|Search|Suspend|Resume|Unlock|Lock|Block|Unblock|Protect|Unprotect)-[A-Z][A-Za-z]{2,40}/;

/**
 * A PowerShell cmdlet line: `Get-ADUser -Filter …`, `Where-Object { … } |`, `Sort-Object Name |`.
 * Verb-Noun alone could be a hyphenated title ("Add-Ons"), so a parameter, a block, a variable or
 * a pipe must follow, or the line must end in a pipe.
 */
function cmdlet(t: string, s: number, e: number): boolean {
  const m = CMDLET_VERB.exec(t.slice(s, Math.min(e, s + 50)));
  if (m === null) return false;
  const i = s + m[0].length;
  if (t.charCodeAt(e - 1) === 124 /* | */ || i === e) return true;
  if (t.charCodeAt(i) !== 32) return false;
  const c = t.charCodeAt(i + 1);
  if (c === 45 /* - */ || c === 123 /* { */ || c === 36 /* $ */ || c === 124 /* | */ || c === 40 /* ( */) return true;
  // `Copy-Item D:\Exports\*.zip B:\daily\ -Force`: positional arguments, then a parameter.
  return e - i <= 300 && / -[A-Za-z]{2,}(?: |$)/.test(t.slice(i, e));
}

/** `DEBUG = False`, `SECRET_KEY = "…"`: an upper-case constant set to a literal (settings files). */
function constantAssignment(t: string, s: number, e: number): boolean {
  let i = s;
  while (i < e && ((t.charCodeAt(i) >= 65 && t.charCodeAt(i) <= 90) || (t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) || t.charCodeAt(i) === 95)) i++;
  return i - s >= 2 && i < e && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 61) && literalAssignment(t, s, i, e, true);
}

/** `$name = …` (not `$5 = …`, not `$a == $b`). */
function variableAssignment(t: string, s: number, e: number): boolean {
  let i = s + 1;
  const c = t.charCodeAt(i);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  while (i < e && isWordChar(t.charCodeAt(i))) i++;
  while (i < e && t.charCodeAt(i) === 32) i++;
  return t.charCodeAt(i) === 61 && t.charCodeAt(i + 1) !== 61 && i + 1 < e;
}

/** `from pkg.mod import name`. */
function pythonFromImport(t: string, s: number, e: number): boolean {
  let i = s + 5;
  const start = i;
  while (i < e && (isWordChar(t.charCodeAt(i)) || t.charCodeAt(i) === 46)) i++;
  return i > start && t.startsWith(' import ', i);
}

/** `name :: …` or `name, other :: …`: a lower-case identifier list, then " :: ". */
function typeSignature(t: string, s: number, e: number): boolean {
  let i = s;
  for (;;) {
    while (i < e && (isWordChar(t.charCodeAt(i)) || t.charCodeAt(i) === 39 /* ' */)) i++;
    while (i < e && t.charCodeAt(i) === 32) i++;
    if (i < e && t.charCodeAt(i) === 44 /* , */) {
      i++;
      while (i < e && t.charCodeAt(i) === 32) i++;
      continue;
    }
    break;
  }
  return i > s && i + 2 < e && t.charCodeAt(i - 1) === 32 && t.charCodeAt(i) === 58 && t.charCodeAt(i + 1) === 58 && t.charCodeAt(i + 2) === 32;
}

/** A line ending in "= do" (a Haskell do block). */
function doBlock(t: string, s: number, e: number): boolean {
  if (e - s < 4 || t.charCodeAt(e - 2) !== 100 /* d */) return false;
  let i = e - 3;
  while (i > s && t.charCodeAt(i) === 32) i--;
  return i < e - 3 && t.charCodeAt(i) === 61 /* = */;
}

/**
 * Commands that start lines of a shell script. Counted only inside a script (after `#!/`) or a
 * fenced block, where "git fetch --all" and "npm run build" are the script's lines; in prose
 * "make sure…" or "cat pictures" are words.
 */
const SHELL_COMMANDS = new Set([
  'git', 'npm', 'npx', 'yarn', 'pnpm', 'node', 'python', 'python3', 'pip', 'pip3', 'cd', 'ls', 'ln', 'cp', 'mv', 'rm', 'mkdir', 'chmod',
  'chown', 'sudo', 'systemctl', 'service', 'docker', 'kubectl', 'helm', 'terraform', 'aws', 'az', 'gcloud', 'curl', 'wget', 'tar',
  'unzip', 'ssh', 'scp', 'rsync', 'apt', 'apt-get', 'yum', 'dnf', 'brew', 'cat', 'grep', 'sed', 'awk', 'find', 'xargs', 'touch',
  'exit', 'source', 'export', 'make', 'mvn', 'gradle', 'go', 'cargo', 'dotnet', 'java', 'psql', 'mysql', 'pg_dump', 'crontab',
  'tail', 'head', 'sort', 'uniq', 'wc', 'sleep', 'kill', 'pkill', 'nohup', 'trap', 'shift', 'read', 'test', 'printf', 'openssl',
  'sshpass', 'lftp', 'sftp', 'mysqldump', 'pg_restore', 'redis-cli', 'mongodump', 'ping', 'env', 'set', 'cron', 'logger',
  // Windows batch (cmd.exe).
  'net', 'start', 'call', 'goto', 'copy', 'xcopy', 'robocopy', 'del', 'move', 'ren', 'pushd', 'popd', 'setlocal', 'endlocal', 'rem',
  'timeout', 'taskkill', 'schtasks', 'icacls', 'mklink', 'reg', 'powershell', 'cmd',
]);

/** What a pipe feeds: shell commands and filters, PowerShell's pipeline cmdlets in lower case. */
const PIPE_TARGETS = new Set([
  ...SHELL_COMMANDS,
  'egrep', 'fgrep', 'cut', 'tr', 'tee', 'jq', 'yq', 'less', 'more', 'column', 'bash', 'sh', 'zsh', 'base64', 'gzip', 'gunzip', 'zcat',
  'perl', 'ruby', 'while', 'tac', 'rev', 'nl', 'md5sum', 'sha1sum', 'sha256sum', 'xclip', 'pbcopy', 'iconv', 'fold', 'paste', 'bc',
  'where', 'select', 'foreach', 'sort-object', 'where-object', 'select-object', 'foreach-object', 'measure-object', 'group-object',
  'format-table', 'format-list', 'out-file', 'out-null', 'export-csv', 'convertto-json', 'convertfrom-json', 'set-content', 'add-content',
  'remove-item', 'tee-object', 'select-string',
]);

/**
 * Code operators, as a regex (the definition; tests check `hasOperator` against it):
 * `=> -> <- :: == != && || += -= := << >> ++ // /* *\/`, `$x`/`${`/`$(`, `| cmd` (a PIPE_TARGETS command), `2>&1`, a call
 * `name(`, or a leading assignment `x.y = …`.
 */
export const OPERATORS = new RegExp(
  String.raw`=>|->|<-|::|==|!=|&&|\|\||\+=|-=|:=|<<|>>|\+\+|\/\/|\/\*|\*\/|\$[{(A-Za-z_]|\| *(?:${[...PIPE_TARGETS].map(escapeRe).join('|')})(?![a-z0-9-])|2>&1|\b[A-Za-z_][\w.]*\(|^[\w.[\]'"]+\s*=[^=]`,
);

/** The line starts with a SHELL_COMMANDS word followed by a space or the end of the line. */
function shellCommand(t: string, s: number, e: number): boolean {
  let i = s;
  while (i < e && i - s < 12) {
    const c = t.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95)) break;
    i++;
  }
  return i > s && (i === e || t.charCodeAt(i) === 32) && SHELL_COMMANDS.has(t.slice(s, i));
}

/** Block being built by `detectSourceCode` (a class, not closures: this runs on every scan). */
class BlockState {
  blockStart = -1;
  blockEnd = -1;
  codeLines = 0;
  nonBlank = 0;
  pendingNonCode = 0;
  blanks = 0;
  fenceInBlock = false;
  /** The block started with a shebang, "@echo off" or a notebook prompt: following lines are script lines. */
  script = false;
  /**
   * The block's first line is a function's head (DEF_HEAD) or an import (IMPORT_HEAD); its second is
   * indented. A script's opening (`script`) heads a short block as well: "#!/bin/sh" over one command.
   */
  defHead = false;
  importHead = false;
  indentedSecond = false;
  readonly spans: DetectedSpan[] = [];

  close(): void {
    const size = this.blockEnd - this.blockStart;
    const bigEnough = size >= MIN_CHARS || (size >= MIN_CHARS_ALL_CODE && this.codeLines > MIN_LINES && this.codeLines === this.nonBlank);
    const headed = this.codeLines >= 2 && this.codeLines === this.nonBlank && size >= MIN_CHARS_ALL_CODE && ((this.defHead && this.indentedSecond) || this.importHead || this.script);
    if (this.blockStart >= 0 && ((this.codeLines >= MIN_LINES && bigEnough && this.codeLines / this.nonBlank >= MIN_DENSITY) || headed)) {
      const extra = Math.min(0.25, Math.max(0, this.codeLines - MIN_LINES) * 0.02 + (this.fenceInBlock ? 0.15 : 0));
      this.spans.push({ start: this.blockStart, end: this.blockEnd, score: 0.6 + extra });
    }
    this.blockStart = -1;
    this.codeLines = 0;
    this.nonBlank = 0;
    this.pendingNonCode = 0;
    this.blanks = 0;
    this.fenceInBlock = false;
    this.script = false;
    this.defHead = false;
    this.importHead = false;
    this.indentedSecond = false;
  }
}

export function detectSourceCode(t: string): DetectedSpan[] {
  const n = t.length;
  // A block spans at least MIN_CHARS_ALL_CODE characters: a shorter text cannot have one.
  if (n < MIN_CHARS_ALL_CODE) return [];
  const b = new BlockState();
  nextBar = t.indexOf('|');
  nextDollar = t.indexOf('$');
  nextColons = UNSEARCHED;
  nextEquals = UNSEARCHED;
  nextNeck = UNSEARCHED;
  nextSpace = UNSEARCHED;
  let fenced = false;
  let pos = 0;
  while (pos <= n) {
    let nl = t.indexOf('\n', pos);
    if (nl < 0) nl = n;
    // Trim.
    let s = pos;
    let e = nl;
    while (s < e && SPACE(t.charCodeAt(s))) s++;
    while (e > s && SPACE(t.charCodeAt(e - 1))) e--;
    if (s === e) {
      if (b.blockStart >= 0 && ++b.blanks > 2) b.close();
    } else if ((t.charCodeAt(s) === 96 /* ` */ || t.charCodeAt(s) === 126 /* ~ */) && (t.startsWith('```', s) || t.startsWith('~~~', s))) {
      fenced = !fenced;
      if (!fenced) b.close();
    } else {
      // A shebang, a batch file's "@echo off" or a notebook's "In [3]:" prompt: the lines after it
      // are script lines.
      const c0 = t.charCodeAt(s);
      const shebang = c0 === 35 /* # */ && t.startsWith('#!/', s);
      if (shebang || (c0 === 64 /* @ */ && ECHO_OFF.test(t.slice(s, e))) || (c0 === 73 /* I */ && NOTEBOOK_IN.test(t.slice(s, e)))) b.script = true;
      const boost = (fenced || b.script ? (shellCommand(t, s, e) ? 2 : 1) : 0) + (b.blockStart >= 0 && (s - pos >= 2 || t.charCodeAt(pos) === 9 /* a tab, as Go indents */) ? 1 : 0);
      // A shebang is a code line whatever its words ("#!/bin/sh"); so is a MATLAB / Octave "%"
      // comment ("% LEAK_POSITION  distance of …", "%%" cell marks) inside a block, a fence or a script.
      const percentComment = c0 === 37 /* % */ && (e - s === 1 || ' \t%'.includes(t[s + 1]!)) && (b.blockStart >= 0 || fenced || b.script);
      const score = shebang || percentComment ? 2 : lineScore(t, s, e, boost);
      if (score >= 2) {
        if (b.blockStart < 0) {
          b.blockStart = s;
          const head = e - s < 160 ? t.slice(s, e) : '';
          b.defHead = DEF_HEAD.test(head);
          b.importHead = IMPORT_HEAD.test(head);
        } else if (b.codeLines === 1) b.indentedSecond = s - pos >= 2 || t.charCodeAt(pos) === 9;
        b.codeLines++;
        b.nonBlank += 1 + b.pendingNonCode;
        b.pendingNonCode = 0;
        b.blanks = 0;
        b.blockEnd = e;
        if (fenced) b.fenceInBlock = true;
      } else if (b.blockStart >= 0) {
        // One non-code line may sit inside a block (a comment, `else`, a long string argument);
        // prose ends it: a long line without code characters.
        if (++b.pendingNonCode > 1 || (e - s > MAX_INTERRUPTION && !hasCodeChar(t, s, e))) b.close();
      }
    }
    pos = nl + 1;
  }
  b.close();
  return b.spans;
}

const JS = `function total(items) {
  let sum = 0;
  for (const item of items) {
    sum += item.price * item.qty;
  }
  return sum;
}`;
const PY = `Here is my script:

def load(path):
    with open(path) as f:
        data = json.load(f)
    if not data:
        raise ValueError("empty")
    return data
`;
const JAVA = `public class Billing {
    private final Gateway gateway;
    public Billing(Gateway gateway) { this.gateway = gateway; }
    public static void main(String[] args) {
        System.out.println("ok");
    }
}`;
const C = `#include <stdio.h>
#include <stdlib.h>

int main(void) {
    char *buf = malloc(64);
    printf("%s\\n", buf);
    return 0;
}`;
const SH = `Why does this fail?

#!/usr/bin/env bash
set -euo pipefail
STAMP=$(date +%F)
tar czf "/backups/db-$STAMP.tgz" /var/lib/app
curl -fsS -X POST --data "backup $STAMP done" "$WEBHOOK"
`;
// A Windows batch file: its "net use" lines read like prose (many words, no code characters).
const BAT = `Kan du göra om det här till PowerShell?

@echo off
REM mappa gemensamma akter
net use P: \\\\fil02\\akter$ /user:AKL\\svc_mappning /persistent:no
net use S: \\\\fil02\\skanning$ /persistent:no
if exist P:\\mallar\\ copy /Y P:\\mallar\\*.dotx "%APPDATA%\\Microsoft\\Templates\\"
exit /b 0`;
const SH_LOOP = `for f in logs/*.gz; do
  zcat "$f" | awk -F'\\t' '$3 >= 500 {print $1}' >> errors.tsv
done
sort errors.tsv | uniq -c | sort -rn | head -n 20`;
const HS = `import Data.List (sortOn)

median :: [Double] -> Double
median xs = sorted !! (length sorted \`div\` 2)
  where
    sorted = sortOn id xs

main :: IO ()
main = do
  line <- getLine
  print (median (map read (words line)))`;
const FLASK = `from flask import Flask, jsonify

api = Flask(__name__)
api.config["JSON_SORT_KEYS"] = False
api.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

@api.get("/health")
def health():
    return jsonify(status="ok")`;
const COBOL = `       MAIN-PARA.
           OPEN INPUT ORDERS-FILE
           PERFORM UNTIL WS-EOF = 'Y'
               READ ORDERS-FILE
                   AT END MOVE 'Y' TO WS-EOF
                   NOT AT END ADD ORD-AMOUNT TO WS-TOTAL
               END-READ
           END-PERFORM
           DISPLAY 'TOTAL: ' WS-TOTAL
           STOP RUN.`;
const VBA = `Sub ExportInvoices()
    Dim ws As Worksheet
    Set ws = ThisWorkbook.Sheets("Invoices")
    ws.Range("H1").Value = "Exported from the billing workbook; totals include VAT; see the Rates sheet for currencies"
    ws.Range("A1").CurrentRegion.Copy
    Workbooks.Add
    ActiveSheet.Paste
End Sub`;
const LISP = `(define (fib n)
  (if (< n 2)
      n
      (+ (fib (- n 1)) (fib (- n 2)))))

(for ([i (in-range 10)])
  (displayln (fib i)))`;
const PROLOG = `edge(depot, north).
edge(north, harbour).
edge(harbour, airport).
path(X, Y) :- edge(X, Y).
path(X, Y) :- edge(X, Z), path(Z, Y).`;
const KQL = `SecurityEvent
| where TimeGenerated > ago(1d)
| where EventID == 4625
| summarize failures = count() by Account, bin(TimeGenerated, 1h)
| where failures > 10
| order by failures desc`;
const SQL = `SELECT c.id, c.name, SUM(o.total) AS revenue
FROM customers c
JOIN orders o ON o.customer_id = c.id
WHERE o.created_at > '2024-01-01'
GROUP BY c.id, c.name;`;
const EIFFEL = `class
    COUNTER
inherit
    ANY
create
    make
feature -- Access
    count: INTEGER
    label: STRING
feature -- Element change
    make (a_label: STRING)
        require
            label_not_void: a_label /= Void
        do
            label := a_label
            count := 0
        ensure
            label_set: label = a_label
        end
    increment
        do
            count := count + 1
        end
end`;
const MUMPS = `TOTALS(START,END) ; sum invoice amounts per customer
 NEW I,C,SUM
 SET I=START-1
 FOR  SET I=$ORDER(^INV(I)) QUIT:I=""!(I>END)  DO
 . SET C=$PIECE(^INV(I),"^",2)
 . SET SUM(C)=$GET(SUM(C))+$PIECE(^INV(I),"^",5)
 WRITE "done",!
 QUIT`;
const Q = `quotes:([] time:09:30 09:31 09:32; sym:\`IBM\`IBM\`MSFT; bid:101.2 101.3 40.1)
spread:{[q] update sprd:ask-bid from q}
mid:{[t] select avg bid by sym from t}
/ daily high per symbol
select max bid by sym from quotes
delete from \`quotes where bid<50`;

export const SOURCE_CODE_RULES: Rule[] = [
  {
    id: 'source_code.snippet',
    category: 'source_code',
    label: 'Source code',
    placeholder: 'SOURCE_CODE',
    description:
      'Blocks of pasted source code (≥ 3 code lines, ≥ 120 characters — 80 when 4+ lines are all code —, ≥ 60 % code-like lines; or a shorter all-code block of ≥ 2 lines and ≥ 80 characters that opens with a signature over an indented body or with an import) recognised from line endings, keywords, operators and indentation, in any language.',
    keywords: [],
    pattern: /[;{}]$/gm,
    detect: detectSourceCode,
    container: true,
    score: 0.6,
    samples: {
      positive: [
        // A diff of Python annotated assignments.
        'Does this diff remove the credentials?\n\n--- a/booking/config.py\n+++ b/booking/config.py\n@@ -8,9 +8,9 @@ class Settings(BaseSettings):\n     store_code: str = "WHI"\n-    pos_user: str = "whistler-pos"\n+    pos_user: str = Field(..., env="POS_USER")\n     deposit_cad: int = 300',
        // An unfenced VBA macro.
        'La macro se cae:\n\nSub CalcularPartes()\n    Dim fila As Long, totalDias As Double\n    totalDias = Application.WorksheetFunction.Sum(Range("C2:C40"))\n    For fila = 2 To 40\n        Cells(fila, 5).Value = Range("H1").Value * Cells(fila, 3).Value / totalDias\n    Next fila\nEnd Sub',
        // An unfenced R script (assignments with <-).
        'Este script de R me tira NA:\n\nlotes <- read.csv("lotes_granizo.csv")\n# pérdida = 1 - rinde observado / rinde esperado\nlotes$perdida <- 1 - lotes$rinde_obs / lotes$rinde_esp\nresumen <- aggregate(perdida ~ partido, data = lotes, FUN = mean)\nprint(resumen[order(-resumen$perdida), ])',
        // A // comment in a fence over two statements.
        '```js\n// staging only - test mode\nconst stripe = Stripe(process.env.STRIPE_TEST_KEY, { apiVersion: \'2024-06-20\' });\nconst publishable = \'pk_test_514YKHNElODcNxtYo6x8nY4mxrot\';\n```',
        // Aligned SQL comments after the columns ("-- номер маршрута") hide each line's ending comma.
        'Скрипт миграции, проверь индексы:\n\nCREATE TABLE nakhodki (\n    id            BIGSERIAL PRIMARY KEY,\n    nomer         TEXT NOT NULL UNIQUE,      -- 2025-0219\n    marshrut      TEXT NOT NULL,             -- номер маршрута\n    opisanie      TEXT NOT NULL,             -- описание предмета\n    vydano_v      TIMESTAMPTZ\n);\nCREATE INDEX ON nakhodki (marshrut);',
        'Fix this newsletter block:\n\n<table width="600" cellpadding="0" cellspacing="0">\n  <tr><td><img src="logo.png" alt="HarbourStay" width="64"></td></tr>\n  <tr><td style="font-family:Arial">Hello {{first_name}}! Enjoy 500 bonus points.</td></tr>\n</table>',
        // A script whose command runs over continued lines (" \\" at the end), one with a password flag.
        "the cron mails me an error:\n\n#!/bin/bash\nset -euo pipefail\nmongodump --host db-02.local --port 27017 \\\n  --username backup_ro --password 'Rotor_Backup!31' --authenticationDatabase admin \\\n  --db billing --gzip \\\n  --archive=/backups/billing-$(date +%F).gz",
        JS, PY, JAVA, C, SQL, SH, SH_LOOP, BAT, HS, FLASK, COBOL, VBA, LISP, PROLOG, KQL, EIFFEL, MUMPS, Q,
        // q-sql assignments, one selecting from a bracketed join.
        'What does this do?\n\ncand: select n:count i, cxl:sum status=`CXL by sym, acct, side from orders where date=.z.d-1\nfills: select ftime:time, fside:side by sym, acct from trades where date=.z.d-1\nflag: select from (cand lj fills) where n>20, side<>fside',
        // Dart: a typed function head over one indented line, a comment above.
        '// hide caller notes after the shift ends\nbool canSeeNotes(Shift s, DateTime now) =>\n    now.isAfter(s.start) && now.isBefore(s.end.add(const Duration(minutes: 30)));\n\nHow do I test this across time zones?',
        // MATLAB, unfenced: a function whose "%" help comments sit between its head and its body.
        'Units look mixed:\n\nfunction x = leak_position(t_up, t_down, L, a)\n% LEAK_POSITION  distance of the leak from the upstream sensor (km)\n%   t_up, t_down : arrival times (s)\n%   a            : wave speed (m/s)\ndt = t_up - t_down;\nx = (L + a * dt) / 2;\nend',
        // Fixed-form Fortran; a Slurm job script whose directives are "#" lines.
        '      PROGRAM HEAT2D\n      IMPLICIT NONE\n      INTEGER NX, NY, I\n      PARAMETER (NX=200, NY=200)\n      REAL T(NX,NY)\n      DO I = 2, NX-1\n         T(I,1) = 0.0\n      END DO\n      END',
        '#!/bin/bash\n#SBATCH -J gromacs-scan\n#SBATCH -p cpu\n#SBATCH -N 1\n#SBATCH --ntasks-per-node=32\n#SBATCH -t 12:00:00\n\nmodule purge\nmodule load gromacs/2024.2-mpi\nsrun gmx_mpi mdrun -deffnm md -ntomp 1',
        '<xsl:template match="ead:c[@level=\'series\']">\n  <section class="series">\n    <h2><xsl:value-of select="ead:did/ead:unittitle"/></h2>\n    <xsl:apply-templates select="ead:c"/>\n  </section>\n</xsl:template>',
        // q/kdb+: a handle opened on a symbol, then lambdas (`name:{[args] …}`).
        "/ connect and pull today's trades\nh:hopen `:tp-ldn-02.internal:5010\ngetTrades:{[s] h (`.u.sel; `trade; s)}\neod:{[syms] t:raze getTrades each syms; hclose h}",
        // q-sql assigned to names, then a function applied in brackets (no indentation, no ";" line ends).
        'This returns nulls for half the buckets:\n\nt: select from trade where date=2025.03.14, time within 09:05:00 16:55:00\nvw: select vwap: size wavg price, vol: sum size by sym from t\naj[`sym`time; t; vw]',
        'FUNCTION_BLOCK FB_PumpGuard\nVAR_INPUT\n    bStart    : BOOL;\n    rPressure : REAL;\nEND_VAR\nVAR_OUTPUT\n    bRun : BOOL;\nEND_VAR\n\nIF bStart AND rPressure > 2.5 THEN\n    bRun := TRUE;\nELSE\n    bRun := FALSE;\nEND_IF\nEND_FUNCTION_BLOCK',
        // A Go method: its receiver comes before the name (`func (p Pass) Valid(…)`).
        'Is this off by one?\n\n```go\nfunc (p Pass) Valid(now time.Time) bool {\n\treturn now.After(p.From) && now.Before(p.Until)\n}\n```',
        '```\nrows = fetch_rows(conn, limit=100)\ntotal = sum(r.amount for r in rows)\nprint(total)\nresult = [r.id for r in rows if r.amount > 10]\n```',
        '$since = (Get-Date).AddDays(-30)\nGet-ChildItem -Path "D:\\Exports" -Filter *.csv |\n    Where-Object { $_.LastWriteTime -lt $since } |\n    Sort-Object LastWriteTime |\n    Remove-Item -WhatIf',
        '# settings/prod.py\nfrom .base import *\n\nDEBUG = False\nALLOWED_HOSTS = ["intranet.example.org"]\nSESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True',
        '$user = "CORP\\svc_reports"\n$target = "\\\\fs01\\reports$"\nCopy-Item D:\\Reports\\*.pdf $target -Force\nGet-ChildItem $target -Filter *.pdf | Measure-Object\nWrite-Host "done"',
        'type Order struct {\n\tID     string `json:"id"`\n\tStatus string `json:"status"`\n\tTotal  int    `json:"total"`\n}\nvar o Order\nif err := json.Unmarshal(body, &o); err != nil {\n\treturn err\n}',
        '#!/bin/bash\nset -euo pipefail\ncd /srv/app\ngit pull --ff-only\nnpm ci\nnpm run build\nsudo systemctl restart app\ncurl -fsS http://localhost:8080/health',
        '       3000-APPLY-DISCOUNT.\n           IF WS-ORDER-TOTAL > 500\n               MOVE 10 TO WS-DISCOUNT-PCT\n           ELSE\n               MOVE ZERO TO WS-DISCOUNT-PCT\n           END-IF\n           ADD WS-DISCOUNT TO WS-SAVINGS.',
        '--- a/billing/fees.py\n+++ b/billing/fees.py\n@@ -12,6 +12,7 @@ def late_fee(days):\n-    fee = BASE_FEE * days\n+    fee = BASE_FEE * min(days, 30)\n+    # capped at 30 days since 2025\n     return round(fee, 2)',
        "@echo off\nset SRC=D:\\exports\\%date:~6,4%\nset DST=\\\\fs01\\archive\nrobocopy %SRC% %DST% /E /R:2\nif %errorlevel% geq 8 echo FAILED >> C:\\logs\\copy.log",
        "SELECT o.id, o.total, c.name\n  FROM orders o\n  INNER JOIN customers c ON c.id = o.customer_id\n  WHERE o.status = 'open'\n    AND o.created_at < '2025-01-01'\n  ORDER BY o.total DESC",
        "UPDATE inventory_items\nSET quantity = quantity - 12, updated_at = NOW()\nWHERE warehouse_id = 4\nAND sku = 'PAL-EU-220';",
        'import boto3\n\nbucket_name = "acme-invoices-prod"\nregion = \'eu-west-1\'\nmax_retries = 5\ns3 = boto3.client("s3", region_name=region)',
        '@echo off\nnet use Z: /delete /y >nul 2>&1\nnet use Z: \\\\fs01\\drawings /persistent:no\nif errorlevel 1 (\n  echo Mapping failed >> %TEMP%\\map.log\n  exit /b 1\n)\nstart "" "Z:\\F42\\index.pdf"',
        // A whole two-line function (DEF_HEAD).
        'Why does this return 0 for Japanese text?\n\ndef count_words(text: str) -> int:\n    return sum(1 for part in text.split(" ") if part.strip())',
        // A Kotlin expression function: its head ends in "=".
        'Wrong for leap years:\n\nfun nextDose(birth: LocalDate, months: Long): LocalDate =\n    birth.plusMonths(months).withDayOfMonth(birth.dayOfMonth)',
        // A Ruby script: a block opened after a call, a call chained on a call's result.
        'Sends duplicates:\n\nMatch.upcoming.each do |m|\n  [m.home, m.away].each do |team|\n    Mailer.schedule(team.captain, m).deliver_later\n  end\nend',
        // A Rails model (class macros with symbols), a trigger, an import over a short function.
        'Validation passes with zero:\n\nclass Refund < ApplicationRecord\n  belongs_to :order\n  validates :amount, presence: true\n  has_many :notes, dependent: :destroy\nend',
        'Stock goes negative:\n\nCREATE TRIGGER trg_issue AFTER INSERT ON issues\nFOR EACH ROW\nUPDATE stock SET qty = qty - NEW.qty\nWHERE item_id = NEW.item_id;',
        'from datetime import date\ndef years(born: date) -> int:\n    return (date.today() - born).days // 365',
        // A shebang over one command.
        "Cron runs it but logs nothing:\n\n#!/bin/sh\nsshpass -p \"$BK_PASS\" rsync -az /var/maint/logs/ backup@nas01:/srv/backup/maint/\n\nWhy?",
        // An import over a call (IMPORT_HEAD); an arrow function's head over its body.
        'This hangs on the cluster:\n\nfrom azure.storage.blob import BlobServiceClient\nclient = BlobServiceClient.from_connection_string(os.environ["AZ_CONN"])',
        'Why negative?\n\n```ts\nconst free = (room: Room, list: Booking[]) =>\n  room.capacity - list.reduce((n, b) => n + b.seats, 0) - room.blocked;\n```',
        'Function HullPremium(sumInsured As Double, ageYears As Integer) As Double\n    Dim loading As Double\n    loading = 1\n    If ageYears > 15 Then loading = loading + 0.1\n    If ageYears > 20 Then loading = loading + 0.15\n    HullPremium = Round(sumInsured * loading, 0)\nEnd Function',
      ],
      negative: [
        // Prose with colons and equals, no snake_case name.
        'Notes from the call:\nnote: this = that, roughly\nsummary: cost = time\nnext: budget = tight',
        // Headings that read like VB loop lines, outside a block.
        'Agenda\n\nNext steps\nFor everyone = please read the notes To prepare\nThanks',
        // Lab values with a CJK note in brackets.
        '受付番号：L-2024-120318\nALT 412 U/L（基準 17–78）\nALP 380 U/L（基準 47–254）\nBUN 28 mg/dL（基準 9.2–29.2）\nCRE 1.1 mg/dL（基準 0.4–1.4）',
        // XML data (a DCP composition playlist's reel), not a template someone writes.
        'Extract from the CPL:\n\n<Reel>\n  <Id>urn:uuid:8c1e9a47-2b35-4f60-9d18-7ae01c2f3b44</Id>\n  <MainPicture>\n    <EditRate>24 1</EditRate>\n    <Duration>2880</Duration>\n  </MainPicture>\n</Reel>',
        // Pipe-separated lines whose cells are labels and values, with arrows: a sheet, not a shell pipe.
        'Reformat as a table:\n\nDish ICSI-241202-07 | embryo 1: D3 8c G1 → D5 4AA, straw VS-0412-A-07-1\nDish ICSI-241202-07 | embryo 2: D3 6c G2 → D5 3BB, straw VS-0412-A-07-2\nDish ICSI-241202-07 | embryo 3: D3 4c G3 → arrested',
        // A pipe table whose cells hold remarks in brackets.
        'IMO      | Name          | Flag | Notation            | Next due\n9318274  | Vestkyst      | NO   | +1A Tanker ESP      | 2025-04-02 (AS)\n9621847  | Orebić        | HR   | +1A General Cargo   | 2025-03-18 (IS)\n9715830  | Gozo Star     | MT   | +1A Bulk Carrier    | 2025-03-01 (CoC)',
        // ISBT 128 blood-unit codes in a pipe table (the "=" is the code's data identifier).
        'Ordena por caducidad:\n\n=E0418 25 104829 | 0 Rh- | cad. 24/01/2025\n=E0418 25 104907 | A Rh+ | cad. 19/01/2025\n=E0418 25 105133 | 0 Rh+ | cad. 02/02/2025\n=E0418 25 105260 | B Rh- | cad. 21/01/2025',
        'Can you summarise this meeting? We discussed the budget, the roadmap and hiring. Everyone agreed to meet again next week.',
        'Use `const x = 1;` to declare a constant in JavaScript, it is simple.',
        // Two lines without a function head, and a function head with a one-word body: too little to be a paste.
        'Why does this fail?\nresult = compute_totals(orders, currency="EUR")\n    print(result["total"], result["vat"])',
        'def area(r):\n    return r',
        'import the data from the spreadsheet into the new tool\nand then send the summary to the whole finance team by Friday afternoon please',
        '- buy milk\n- call mum\n- finish the report by Friday\n- book flights for the conference in May',
        'Dear team,\n\nThe launch is moved to Monday. Please update your calendars.\n\nThanks,\nAnna',
        'for example, if you want to import data from a file, you can use the import wizard.\nThen click Finish.\nReturn to the main screen when done.',
        'Agenda for Monday:\nbudget :: approve the Q3 numbers\nwhere we stand on hiring\nanything else = do we need a second meeting',
        'Release notes for 7.4.2, please:\n\n- fix(win): block non-tunnel DNS on adapter change (1ebe8e07aa)\n- fix(split-tunnel): load helper DLL from System32 only (6792fc8d5c)\n- feat(android): quick-settings tile for kill switch (5b6727560f)\n- chore: bump wireguard-go to 0.0.20230223',
        'If the quote is late Then we lose the client.\nIf you can, call them today.\nElseIf nothing works, escalate.',
        'MOVE FAST AND FIX THINGS\nREAD THE ROOM BEFORE THE MEETING\nWRITE DOWN EVERY DECISION WE TAKE TODAY',
        'Set expectations early with the client.\nSub-teams report on Friday.\npush the release to next week (see notes).\nreturn the laptops to IT by Monday.',
        '| Name | Role |\n|---|---|\n| Ana | lead |\n| where to meet | lobby |\n| take the stairs | yes |',
        'from the team to you: thanks!\nfrom now on, please import contacts via the CRM.\nSee e.g. = the guide.',
        'Steps for the month end:\nselect the rows from the export sheet\nupdate the totals from the summary tab\ndelete from the list anything older than May\ncheck\nthen send it to finance',
        'Status board\nowner: ANNA\nstatus: BLOCKED\nreview: PENDING\nPlease chase the reviewers before Friday, the release depends on it.',
        'Add-Ons for the spring catalogue\nSet-Top boxes are out of stock until May, so please push the Add-Ons instead.\nSelect-Committee notes follow next week.',
        'Pricing notes\nTOTAL = 5 boxes per pallet\n$5 = the price of one box\nCopy-Item count depends on the order.',
        'IF IN DOUBT, ASK THE HELP-DESK\nMOVE ALL FILES TO THE SHARE-POINT FOLDER\nADD YOUR NAME TO THE SIGN-UP LIST\nREAD THE FAQ BEFORE CALLING THE HELP-DESK',
        'DO NOT PARK HERE\nEND OF THE ROAD\nREAL ALE SERVED DAILY\nPRINT YOUR TICKET AT THE DESK\nCALL US ON THE NUMBER BELOW',
        'Steps for the new intern:\nnote: select from the menu where you see the red icon\ntip: select from the list the item that you want\nalso: select from the drawer below what you need to print',
        'Volunteers for Saturday:\nAna Reyes | 0917 482 3061 | packing\nMark Dela Cruz | 0917 483 2290 | driver\nJoy Bautista | 0918 274 1193 | first aid\nLeo Santos | 0919 555 0142 | cook',
        '- call the claimant back\n- ask for the repair invoice\n- check the policy excess\n- close the file if nothing is missing by Friday',
        'Naming for the deck:\ntitle = "Quarterly review" for the cover, please\nimport the logo from the brand kit\nfooter = the usual one, with page numbers on every slide',
      ],
    },
  },
];
