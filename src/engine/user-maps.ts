/**
 * Passwords kept as the values of a map from user names to passwords, where no key says
 * "password": the value's key is the user's name. Only the formats whose documentation defines
 * such a map, each found by its own head:
 * - Orthanc's `"RegisteredUsers": { "alice": "…" }` (orthanc.json, HTTP basic authentication);
 * - a `users` map next to HTTP basic or digest authentication (express-basic-auth's
 *   `basicAuth({ users: { admin: '…' } })`, Flask-HTTPAuth's `users = {"john": "…"}`), as an
 *   object or a YAML block;
 * - Kafka's JAAS `user_<name>="…"` options of a PlainLoginModule (one option per user);
 * - Jetty's `realm.properties` (`name: password, role…`) and ActiveMQ's `users.properties`
 *   (`name=password`) lines after the file's name.
 * This module only finds the values; the rule (credential.user_map_password) says which look like
 * passwords. Every walk is bounded, so a scan stays linear.
 */
import type { DetectedSpan } from './types';
import { lineEndWithin, windowStart } from './lines';

/** How far before a `users` map the basic / digest authentication it belongs to is looked for. */
const AUTH_REACH = 300;
const AUTH_NEAR = /basic[_-]?auth|digest[_-]?auth/i;
/** How far before a `user_<name>=` option its login module is looked for. */
const JAAS_REACH = 1500;
/** At most this many entries of one map, and lines after a properties file's name. */
const MAX_ENTRIES = 64;
const MAX_LINES = 20;

/**
 * A map's head: an object after its key (JSON, JS, Python) or the key alone at a line's end (a YAML
 * block). The pattern starts with a literal, which V8 searches for fast; what comes before it
 * ("Registered", or no word character) is checked on each match.
 */
const OBJECT_HEAD = /sers["']?[ \t]*[:=][ \t]*(\{|\r?\n)/g;
const USERS_KEY_BEFORE = /(?:"Registered[Uu]|(?:^|[^\w$.-])["']?[Uu])$/;
/** One `"name": "value"` entry of an object (keys quoted or bare), and the separator after it. */
const OBJECT_ENTRY = /\s*(?:"[^"\n]{1,64}"|'[^'\n]{1,64}'|[A-Za-z_$][\w$.@-]{0,63})[ \t]*:[ \t]*(["'])([^"'\n]{1,128})\1[ \t]*(?:,|(?=\s*\}))/dy;
/** One `name: value` line of a YAML block (the value maybe quoted). */
const YAML_ENTRY = /([ \t]+)[^\s:#"']{1,64}[ \t]*:[ \t]+(["']?)([^\s"'#]{1,128})\2[ \t]*(?:\r?\n|$)/dy;
/** Kafka JAAS: `user_alice="…"`. */
const JAAS_USER = /(?<![\w.-])user_[A-Za-z0-9_.-]{1,40}[ \t]*=[ \t]*"([^"\n]{1,128})"/dg;
/** A Jetty or ActiveMQ user file named in the text (found by its extension, then its name). */
const PROPERTIES_HEAD = /\.properties(?![\w.])/g;
const PROPERTIES_NAME_BEFORE = /(?:^|[^\w-])(?:jetty-)?(?:realm|users)$/i;
/** One `name: password[, role…]` or `name=password` line. */
const PROPERTIES_ENTRY = /[ \t]*[A-Za-z0-9_.@-]{1,64}[ \t]*[:=][ \t]*([^\s,]{1,128})[^\n]{0,200}(?:\n|$)/dy;
const COMMENT_OR_BLANK = /[ \t]*(?:[#!][^\n]{0,300})?(?:\n|$)/y;

export function* scanUserMaps(t: string): Iterable<DetectedSpan> {
  for (const m of t.matchAll(OBJECT_HEAD)) {
    const key = USERS_KEY_BEFORE.exec(t.slice(Math.max(0, m.index - 12), m.index));
    if (!key) continue;
    const registered = key[0].startsWith('"Registered');
    if (!registered && !AUTH_NEAR.test(t.slice(Math.max(0, m.index - AUTH_REACH), m.index))) continue;
    const from = m.index + m[0].length;
    yield* m[1] === '{' ? objectValues(t, from) : yamlValues(t, from, indentOf(t, m.index));
  }
  if (t.includes('LoginModule')) {
    // The login module within JAAS_REACH before the option (a bounded look: an unbounded
    // lastIndexOf per option would make many options far from one module quadratic).
    for (const m of t.matchAll(JAAS_USER)) if (t.slice(Math.max(0, m.index - JAAS_REACH), m.index).includes('LoginModule')) yield group(m, 1);
  }
  for (const m of t.matchAll(PROPERTIES_HEAD)) {
    if (!PROPERTIES_NAME_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index))) continue;
    const le = lineEndWithin(t, m.index + m[0].length, 300);
    if (le >= 0) yield* propertiesValues(t, le + 1);
  }
}

/** The values of an object's entries, up to its closing brace; none if an entry is not a string (a user with attributes). */
function* objectValues(t: string, from: number): Iterable<DetectedSpan> {
  const found: DetectedSpan[] = [];
  let i = from;
  for (let n = 0; n < MAX_ENTRIES; n++) {
    OBJECT_ENTRY.lastIndex = i;
    const e = OBJECT_ENTRY.exec(t);
    if (!e) break;
    found.push(group(e, 2));
    i = e.index + e[0].length;
  }
  if (/^\s*\}/.test(t.slice(i, i + 200))) yield* found;
}

/** The values of a YAML block's lines indented deeper than its key. */
function* yamlValues(t: string, from: number, keyIndent: number): Iterable<DetectedSpan> {
  let i = from;
  for (let n = 0; n < MAX_ENTRIES; n++) {
    YAML_ENTRY.lastIndex = i;
    const e = YAML_ENTRY.exec(t);
    if (!e || e[1]!.replace(/\t/g, '    ').length <= keyIndent) return;
    yield group(e, 3);
    i = e.index + e[0].length;
  }
}

/** The password of each user line after a properties file's name (comment and blank lines skipped). */
function* propertiesValues(t: string, from: number): Iterable<DetectedSpan> {
  let i = from;
  for (let n = 0; n < MAX_LINES && i < t.length; n++) {
    COMMENT_OR_BLANK.lastIndex = i;
    const c = COMMENT_OR_BLANK.exec(t);
    if (c && c[0].length > 0) {
      i += c[0].length;
      continue;
    }
    PROPERTIES_ENTRY.lastIndex = i;
    const e = PROPERTIES_ENTRY.exec(t);
    if (!e) return;
    yield group(e, 1);
    i = e.index + e[0].length;
  }
}

/** A capture group's span (the patterns carry the `d` flag). */
function group(m: RegExpExecArray | RegExpMatchArray, n: number): DetectedSpan {
  const [start, end] = m.indices![n]!;
  return { start, end };
}

/** The indentation of the line holding `i` (tabs as four spaces), looked for over at most 200 characters. */
function indentOf(t: string, i: number): number {
  return /^[ \t]*/.exec(t.slice(windowStart(t, i, 200), i))![0].replace(/\t/g, '    ').length;
}
