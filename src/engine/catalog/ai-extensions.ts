import { matchApp, normalizeHost } from './index';
import { AI_STRONG_TERMS, AI_WEAK_TERMS, hasAiWord } from './ai-terms';
import type { AppCategory } from './types';

/**
 * AI browser extensions: a short list of Chrome Web Store ids known for certain, plus heuristics
 * on name, description and permissions for everything else (and for Firefox/Edge ids, which
 * differ). The heuristics carry the weight; the list only raises confidence to near 1.
 */

export interface KnownAiExtension {
  /** Chrome Web Store id (32 letters a–p). */
  id: string;
  name: string;
  vendor: string;
  category: AppCategory;
  /** The catalog app this extension belongs to, when there is one. */
  appId?: string;
}

/**
 * Only ids checked against their Chrome Web Store listing URL. Sorted by name. Fewer but correct:
 * an extension missing here is still found by the heuristics.
 */
export const KNOWN_AI_EXTENSIONS: readonly KnownAiExtension[] = [
  { id: 'ojnbohmppadfgpejeebfnmnknjdlckgj', name: 'AIPRM for ChatGPT', vendor: 'AIPRM', category: 'productivity', appId: 'aiprm' },
  { id: 'ihhkmalpkhkoedlmcnilbbhhbhnicjga', name: 'Bardeen', vendor: 'Bardeen', category: 'agents', appId: 'bardeen' },
  { id: 'jgjaeacdkonaoafenlfkkkmbaopkbilf', name: 'ChatGPT for Google', vendor: 'ChatGPT for Google', category: 'search' },
  { id: 'pdnenlnelpdomajfejgapbdpmjkfpjkp', name: 'ChatGPT Writer (Jetwriter AI)', vendor: 'ChatGPT Writer', category: 'writing' },
  { id: 'fcoeoabgfenejglbffodgkkbkcdhcgfn', name: 'Claude in Chrome', vendor: 'Anthropic', category: 'agents', appId: 'claude' },
  { id: 'ddlbpiadoechcolndfeaonajmngmhblj', name: 'Compose AI', vendor: 'Compose AI', category: 'writing', appId: 'compose-ai' },
  { id: 'cofdbpoegempjloogbagkncekinflcnj', name: 'DeepL', vendor: 'DeepL', category: 'translation', appId: 'deepl' },
  { id: 'kbfnbcaeplbcioakkpcpgfkobkghlhen', name: 'Grammarly', vendor: 'Grammarly', category: 'writing', appId: 'grammarly' },
  { id: 'eanggfilgoajaocelnaflolkadkeghjp', name: 'HARPA AI', vendor: 'HARPA AI', category: 'agents', appId: 'harpa' },
  { id: 'bpoadfkcbjbfhfodiogcnhhhpibjhbnh', name: 'Immersive Translate', vendor: 'Immersive Translate', category: 'translation', appId: 'immersive-translate' },
  { id: 'oldceeleldhonbafppcapldpdifcinji', name: 'LanguageTool', vendor: 'LanguageTooler', category: 'writing', appId: 'languagetool' },
  { id: 'bmhcbmnbenmcecpmpepghooflbehcack', name: 'Liner', vendor: 'Liner', category: 'research', appId: 'liner' },
  { id: 'mhnlakgilnojmhinhkckjpncpbhabphi', name: 'MaxAI', vendor: 'MaxAI', category: 'chat', appId: 'maxai' },
  { id: 'camppjleccjaphfdbohjdohecfnoikec', name: 'Merlin', vendor: 'Foyer', category: 'chat', appId: 'merlin' },
  { id: 'ofpnmcalabcbjgholdjcjblkibolbppb', name: 'Monica', vendor: 'Butterfly Effect', category: 'chat', appId: 'monica' },
  { id: 'hlgbcneanomplepojfcnclggenpcoldo', name: 'Perplexity - AI Companion', vendor: 'Perplexity', category: 'search', appId: 'perplexity' },
  { id: 'iidnbdjijdkbmajdffnidomddglmieko', name: 'QuillBot', vendor: 'Learneo', category: 'writing', appId: 'quillbot' },
  { id: 'difoiogjjojoaoomphldepapgpbgkhkb', name: 'Sider', vendor: 'Sider', category: 'chat', appId: 'sider' },
  { id: 'amhmeenmapldpjdedekalnfifgnpfnkc', name: 'Superpower ChatGPT', vendor: 'Superpower', category: 'productivity' },
  { id: 'fggkaccpbmombhnjkjokndojfgagejfb', name: 'Tactiq', vendor: 'Tactiq', category: 'meeting_notes', appId: 'tactiq' },
  { id: 'lpfemeioodjbpieminkklglpmhlngfcn', name: 'WebChatGPT', vendor: 'WebChatGPT', category: 'chat' },
  { id: 'nllcnknpjnininklegdoijpljgdjkijc', name: 'Wordtune', vendor: 'AI21 Labs', category: 'writing', appId: 'wordtune' },
  { id: 'nmmicjeknamkfloonkhhcjmomieiodli', name: 'YouTube Summary with ChatGPT & Claude', vendor: 'Glasp', category: 'productivity' },
];
const KNOWN_BY_ID = new Map(KNOWN_AI_EXTENSIONS.map((e) => [e.id, e]));

/** What `browser.management.getAll()` gives, reduced to what classification needs. */
export interface ExtensionInfo {
  id: string;
  name: string;
  description?: string;
  permissions?: readonly string[];
  hostPermissions?: readonly string[];
  /** `management.ExtensionInstallType`: admin, development, normal, sideload, other. */
  installType?: string;
  enabled?: boolean;
}

export type ExtensionRisk = 'low' | 'medium' | 'high';

export interface ExtensionClassification {
  isAi: boolean;
  /** 0..1: how sure we are that it is an AI extension. */
  confidence: number;
  /** How much it could read or leak, from its permissions and install type (AI or not). */
  risk: ExtensionRisk;
  /**
   * Reason codes, never free text from the extension: `known-ai-extension`, `name:<term>`,
   * `description:<term>`, `host-access:ai-app`, `permission:<name>`, `host-access:all-sites`,
   * `install:<type>`, `disabled`, `self`.
   */
  reasons: string[];
  /** Catalog app id when the extension is a known one that belongs to a catalog app. */
  appId?: string;
}

const W_KNOWN = 0.99;
const W_NAME_STRONG = 0.8;
const W_NAME_AI = 0.6;
const W_DESC_STRONG = 0.5;
const W_DESC_AI = 0.35;
const W_WEAK = 0.15;
const W_AI_HOSTS = 0.4;
const AI_THRESHOLD = 0.5;

/** Risk points per permission (Chrome names); sums map to low (<2) / medium (<5) / high. */
const PERMISSION_RISK: Readonly<Record<string, number>> = {
  '<all_urls>': 3,
  clipboardRead: 2,
  cookies: 2,
  debugger: 3,
  desktopCapture: 2,
  tabCapture: 2,
  proxy: 2,
  webRequest: 1,
  webRequestBlocking: 1,
  scripting: 1,
  tabs: 1,
  history: 1,
  nativeMessaging: 1,
  management: 1,
  pageCapture: 1,
  identity: 1,
};

/**
 * Host and path prefix of a match pattern: `https://*.example.com/chat*` → `*.example.com`,
 * `/chat`; host '*' for all hosts.
 */
function parsePattern(pattern: string): { host: string; path: string } | null {
  if (pattern === '<all_urls>') return { host: '*', path: '/' };
  const m = /^(?:\*|https?|wss?|ftp|file|urn):\/\/([^/]*)(\/[^*]*)?/i.exec(pattern);
  if (!m) return null;
  return { host: (m[1] ?? '').toLowerCase(), path: m[2] || '/' };
}

const combine = (weights: readonly number[]): number => 1 - weights.reduce((acc, w) => acc * (1 - w), 1);

export interface ClassifyExtensionOptions {
  /** This extension's own id: never reported (its name says "AI"). */
  selfId?: string;
}

/**
 * Is this extension an AI tool, how sure are we, and how risky are its permissions? Pure: give
 * it the fields of `management.ExtensionInfo`. Only reason codes come back, no extension text.
 */
export function classifyExtension(ext: ExtensionInfo, opts: ClassifyExtensionOptions = {}): ExtensionClassification {
  if (opts.selfId && ext.id === opts.selfId) return { isAi: false, confidence: 0, risk: 'low', reasons: ['self'] };

  const reasons: string[] = [];
  const weights: number[] = [];
  const known = KNOWN_BY_ID.get(ext.id);
  if (known) {
    reasons.push('known-ai-extension');
    weights.push(W_KNOWN);
  }

  const name = ext.name ?? '';
  const desc = (ext.description ?? '').slice(0, 2000);
  const nameStrong = AI_STRONG_TERMS.filter((t) => t.re.test(name));
  for (const t of nameStrong) {
    reasons.push(`name:${t.code}`);
    weights.push(W_NAME_STRONG);
  }
  if (hasAiWord(name)) {
    reasons.push('name:ai');
    weights.push(W_NAME_AI);
  }
  const seen = new Set(nameStrong.map((t) => t.code));
  for (const t of AI_STRONG_TERMS) {
    if (seen.has(t.code) || !t.re.test(desc)) continue;
    reasons.push(`description:${t.code}`);
    weights.push(W_DESC_STRONG);
  }
  if (!reasons.includes('name:ai') && hasAiWord(desc)) {
    reasons.push('description:ai');
    weights.push(W_DESC_AI);
  }
  let weak = 0;
  for (const t of AI_WEAK_TERMS) {
    if (weak >= 2) break;
    if (t.re.test(desc)) {
      reasons.push(`description:${t.code}`);
      weights.push(W_WEAK);
      weak++;
    }
  }

  // Permissions: breadth of access, and access to AI app pages specifically.
  let riskPoints = 0;
  const perms = new Set(ext.permissions ?? []);
  const hostPatterns = [...(ext.hostPermissions ?? []), ...[...perms].filter((p) => p.includes('://') || p === '<all_urls>')];
  let allSites = false;
  let aiHosts = 0;
  for (const pattern of hostPatterns) {
    const parsed = parsePattern(pattern);
    if (parsed === null) continue;
    if (parsed.host === '*' || parsed.host === '*.*' || parsed.host === '') {
      allSites = true;
      continue;
    }
    // A pattern for the whole host counts for apps that own the host, not for apps limited to
    // paths (github.com/* is not Copilot access); a pattern naming the path counts for those.
    const h = normalizeHost(parsed.host.replace(/^\*\./, ''));
    if (h && matchApp(h, parsed.path)) aiHosts++;
  }
  if (allSites) {
    reasons.push('host-access:all-sites');
    riskPoints += 3;
  }
  if (aiHosts > 0) {
    reasons.push('host-access:ai-app');
    riskPoints += 1;
    weights.push(W_AI_HOSTS);
  }
  for (const p of [...perms].sort()) {
    const pts = PERMISSION_RISK[p];
    if (pts === undefined || (p === '<all_urls>' && allSites)) continue;
    reasons.push(`permission:${p}`);
    riskPoints += pts;
  }
  if (ext.installType === 'sideload' || ext.installType === 'development') {
    reasons.push(`install:${ext.installType}`);
    riskPoints += 1;
  } else if (ext.installType === 'admin') {
    reasons.push('install:admin');
  }
  if (ext.enabled === false) reasons.push('disabled');

  const confidence = Math.round(combine(weights) * 100) / 100;
  const risk: ExtensionRisk = riskPoints >= 5 ? 'high' : riskPoints >= 2 ? 'medium' : 'low';
  return {
    isAi: confidence >= AI_THRESHOLD,
    confidence,
    risk,
    reasons,
    ...(known?.appId ? { appId: known.appId } : {}),
  };
}
