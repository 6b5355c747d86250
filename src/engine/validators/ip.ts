import type { MatchContext } from '../types';
import { windowEnd, windowStart } from '../lines';
import { foldedSpellings } from '../normalize';
/**
 * IP address validity plus the decision which addresses are personal data worth flagging.
 * Kept: public, private (10/8, 172.16/12, 192.168/16), CGNAT and documentation ranges — internal
 * addresses in a prompt leak network layout, and "example" addresses look like real ones.
 * Dropped: addresses that identify nobody — 0.0.0.0/8, loopback 127/8, link-local 169.254/16,
 * multicast/reserved/broadcast 224+ (which also covers netmasks 255.255.255.0 etc.), and IPv6
 * ::, ::1, multicast ff00::/8. Well-known public resolvers are on the rule's allow list.
 */

/** Dotted-quad IPv4 with octets 0–255 and no leading zeros (010 is ambiguous octal). */
export const parseIpv4 = (value: string): [number, number, number, number] | undefined => {
  const parts = value.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || (p.length > 1 && p[0] === '0')) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out as [number, number, number, number];
};

export const isIpv4 = (value: string): boolean => parseIpv4(value) !== undefined;

/** RFC 4291 text form: up to 8 groups of 1–4 hex digits, at most one `::`. No embedded IPv4. */
export const parseIpv6 = (value: string): number[] | undefined => {
  const v = value.toLowerCase();
  const halves = v.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const gs = s.split(':');
    const out: number[] = [];
    for (const g of gs) {
      if (!/^[0-9a-f]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = parseGroups(halves[0]!);
  if (!head) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const tail = parseGroups(halves[1]!);
  if (!tail || head.length + tail.length > 7) return undefined;
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
};

export const isIpv6 = (value: string): boolean => parseIpv6(value) !== undefined;

/**
 * Another dotted version in a text: x.y.z (not part of a longer dotted number), or a dotted
 * number after a version word ("firmware 4.18.2.1 on RTU-07 but 4.18.3.0 on RTU-08").
 */
// A sentence's full stop may follow ("… for the modem, 2.8.17."); another number may not.
const VERSION_TRIPLE = /(?<![\d.])\d{1,4}\.\d{1,4}\.\d{1,4}(?!\d|\.\d)|\b(?:v|ver|version|firmware|fw|release|build|patch|sdk|driver|kernel)\.?[ :=]{0,2}\d{1,4}(?:\.\d{1,4}){1,3}(?!\d|\.\d)/i;
/** Words that say a dotted quad on the line is an address. */
const IP_WORDS = /\b(?:ip|ipv4|addr(?:ess)?|host(?:name)?|server|client|remote|login|ssh|ping|dns|gateway|subnet|route|proxy|vpn|firewall|peer|listen(?:ing)?|connect(?:ed|ion|ing)?|bind|origin|src|dst|source|destination)\b/i;

/**
 * "Kubernetes 1.29.4 and Istio 1.22.3.1": a four-part version listed next to three-part ones,
 * on a line with no address word. The IPv4 pattern already drops quads after a version word
 * ("v1.2.3.4", "version 1.2.3.4"); this covers versions named by their product.
 */
function amongVersions(text: string, start: number, end: number): boolean {
  // "Steuergerät-SW 4.12.1.3": a version word the IPv4 pattern does not drop on its own (SW, rel, rev).
  if (VERSION_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  if (versionAcrossWords(text, start) || versionNamedAround(text, start, end) || upgradedFromVersion(text, start) || CJK_VERSION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  const before = text.slice(Math.max(0, windowStart(text, start, 160)), start);
  const after = text.slice(end, windowEnd(text, end, 160));
  const quad = text.slice(start, end);
  const near = [text.slice(Math.max(0, start - 400), start), text.slice(end, end + 400)] as const;
  if (sameProductVersion(quad, near[0], near[1]) || namedVersionElsewhere(quad, near)) return true;
  return (VERSION_TRIPLE.test(before) || VERSION_TRIPLE.test(after)) && !IP_WORDS.test(before) && !IP_WORDS.test(after);
}

/** RU/UK версия / прошивка (version, firmware) in their case forms, in every spelling normalisation folds them to. */
export const VERSION_WORDS_CYRILLIC = foldedSpellings(['версия', 'версии', 'версию', 'версией', 'версія', 'версії', 'версію', 'прошивка', 'прошивки', 'прошивку', 'прошивкой', 'прошивці', 'прошивкою']);
/** IP_WORDS' Cyrillic counterparts (address, server, gateway, host, router), folded as the text is. */
const IP_WORDS_CYRILLIC = new RegExp(foldedSpellings(['адрес', 'сервер', 'шлюз', 'хост', 'маршрутизатор']).join('|'), 'i');

/**
 * "прошивка контроллера насосной станции 4.12.1.3" (the pump station controller's firmware …), VI
 * "Phiên bản phần mềm đo sâu: Qinsy 9.6.4.1" (version of the sounding software: …): a firmware or
 * version noun, then up to five words (one may end in a colon) and the quad, on one line. The IPv4 pattern drops
 * a quad right after such a word; words between that name an address (IP, host, сервер …) keep it.
 */
const VERSION_NOUN_THEN_WORDS = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:firmware|version|versi[oó]n|vers[aã]o|versione|phiên[ \t]+bản|${VERSION_WORDS_CYRILLIC.join('|')})((?:[ \t]+[\p{L}-]+:?){1,5})[ \t]+$`,
  'iu',
);
function versionAcrossWords(text: string, start: number): boolean {
  const m = VERSION_NOUN_THEN_WORDS.exec(text.slice(windowStart(text, start, 80), start));
  return m !== null && !IP_WORDS.test(m[1]!) && !IP_WORDS_CYRILLIC.test(m[1]!);
}

/**
 * JA/ZH/KO version and firmware nouns right before the quad, maybe with a bracket or a particle:
 * "現行バージョン(4.12.1.3)", "ファームウェアを 4.13.0.0 に更新", "固件版本：4.2.0.1", "펌웨어 4.1.0.2".
 */
const CJK_VERSION_BEFORE = /(?:バージョン|ファームウェア|ファーム|版本|固件|韌體|软件版|버전|펌웨어)[ \t]*[(（:：]?[ \t]*(?:を|は|が|为|為|是|은|는|을|를)?[ \t]*$/;
/** "acu-controller 4.12.1.3 (firmware)": the noun right after the quad, bracketed or not. */
const VERSION_NOUN_AFTER = new RegExp(String.raw`^[ \t]*[(\[]?[ \t]*(?:firmware|fw|version|build|release|versi[oó]n|vers[aã]o|versione|${VERSION_WORDS_CYRILLIC.join('|')})(?![\p{L}])`, 'iu');
/**
 * "libiio 0.25, gnuradio 3.10.9.2": the quad is the version of a name in a list of names and
 * versions (the one before it has two or three parts; an address list has four: "gw 10.0.0.1, dns 8.8.8.8").
 */
const PACKAGE_LIST_BEFORE = /(?:^|[\s,;(])[a-z][\w.+-]*[ \t@=]{1,2}v?\d{1,4}\.\d{1,4}(?:\.\d{1,4})?[ \t]*[,;][ \t]*[a-z][\w.+-]*[ \t]+$/i;
function versionNamedAround(text: string, start: number, end: number): boolean {
  const before = text.slice(windowStart(text, start, 80), start);
  return (VERSION_NOUN_AFTER.test(text.slice(end, end + 16)) || PACKAGE_LIST_BEFORE.test(before)) && !IP_WORDS.test(before);
}

/**
 * "Firmware frequentieregelaar 4.12.1.3 → 4.14.0.2": a quad after an arrow (or "to") from a quad that is a
 * version (named by a version word, before or after it) is the release upgraded to. An address
 * mapping ("10.0.0.1 -> 192.0.2.7") has no version word by its first quad.
 */
// Or a word for "to": "с 4.12.1.3 до 4.13.0.7", "from … to …", "von … auf …", "de … à …", "van … naar …".
const ARROW_FROM_QUAD = new RegExp(String.raw`(?<![\d.])(\d{1,4}(?:\.\d{1,4}){3})(?:[ \t]*(?:→|⟶|⇒|->|=>)|[ \t]+(?:${foldedSpellings(['до', 'на']).join('|')}|to|auf|nach|a|à|naar|till|til|på|do|na|ke|sang|へ|에서)(?![\p{L}]))[ \t]*$`, 'u');
function upgradedFromVersion(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = ARROW_FROM_QUAD.exec(before);
  if (!m) return false;
  const from = start - before.length + m.index;
  const to = from + m[1]!.length;
  return VERSION_WORD_BEFORE.test(text.slice(Math.max(0, from - 16), from)) || versionAcrossWords(text, from) || versionNamedAround(text, from, to);
}

/**
 * "Emberfall 7.4.2 (build …)" a line or two above "(client 7.4.1.9)": a quad that starts with the
 * first two numbers of an x.y.z version within 400 characters is a build of the same product, even
 * after an address word ("client").
 */
function sameProductVersion(quad: string, before: string, after: string): boolean {
  const prefix = quad.slice(0, quad.indexOf('.', quad.indexOf('.') + 1) + 1);
  // Most addresses have no such neighbour: a plain search first, the exact shape only then.
  if (!before.includes(prefix) && !after.includes(prefix)) return false;
  const [a, b] = quad.split('.');
  const sibling = new RegExp(`(?<![\\d.])${a}\\.${b}\\.\\d{1,4}(?![\\d.])`);
  return sibling.test(before) || sibling.test(after);
}

/**
 * "PLC-FW 4.13.0.7 (2025-02)" above "Image checksum (4.13.0.7)": the same quad after a version or
 * firmware word nearby (where the pattern itself drops it) names that release again.
 */
const VERSION_WORD_BEFORE = /(?:^|[^a-z])(?:v|ver|version|build|release|rel|rev|fw|firmware|sw|update|patch)[ \t:=_-]{0,3}$/i;
function namedVersionElsewhere(quad: string, near: readonly [string, string]): boolean {
  for (const part of near) {
    for (let i = part.indexOf(quad); i >= 0; i = part.indexOf(quad, i + 1)) {
      if (VERSION_WORD_BEFORE.test(part.slice(Math.max(0, i - 16), i))) return true;
    }
  }
  return false;
}

/** An IPv4 or IPv6 address that can point at a person or an organisation's network. */
export const isPersonalIp = (value: string, ctx?: MatchContext): boolean => {
  if (value.includes(':')) {
    const g = parseIpv6(value);
    if (!g) return false;
    // Written groups: "a::b" style fragments (C++ scopes, short hex) are too ambiguous.
    const written = value.split(/:+/).filter((s) => s.length > 0);
    if (written.length < 3 || !/\d/.test(value)) return false;
    if (g.every((x) => x === 0)) return false;
    if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return false;
    return (g[0]! & 0xff00) !== 0xff00;
  }
  const o = parseIpv4(value);
  if (!o) return false;
  const [a, b] = o;
  if (a === 0 || a === 127 || a >= 224) return false;
  if (a === 169 && b === 254) return false;
  if (ctx !== undefined && (networkAddress(o, ctx) || (ctx.columnHeader?.(VERSION_COLUMN) ?? false))) return false;
  return ctx === undefined || !amongVersions(ctx.text, ctx.start, ctx.end);
};

/** A table column of versions ("firmware", "sw_version", "build"): its quads are releases, not addresses. */
const VERSION_COLUMN = /firmware|version|(?:^|[^a-z])(?:fw|sw|build|release|rev)(?:[^a-z]|$)/i;

/**
 * "10.0.0.0/8", "192.168.0.0/16": a network range in CIDR notation (the host part is zero) names
 * a network, not a device or a person. "10.1.2.3/24" (an interface's address) is a host.
 */
function networkAddress(o: readonly number[], ctx: MatchContext): boolean {
  if (o[3] !== 0) return false;
  return /^\/(?:[0-9]|[12][0-9]|3[0-2])(?![0-9])/.test(ctx.text.slice(ctx.end, ctx.end + 4));
}
