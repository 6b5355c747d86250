import { parse } from 'tldts';
import { normalizeHost } from '../catalog/index';

/**
 * Which kind of account is signed in to an AI app: corporate (one of the org's domains),
 * personal (a consumer mail provider), or unknown (anything else, including another company's
 * domain: we do not know it is personal, so we do not say so; policy treats "not corporate" as
 * the condition when it wants to). Only the domain is ever returned, never the address.
 */

export type AccountType = 'corporate' | 'personal' | 'unknown';

export interface AccountClassification {
  type: AccountType;
  /** Domain part (lower case), when the input had a valid one. Never the local part. */
  domain?: string;
}

/** Consumer mail domains (exact registrable domains). */
export const CONSUMER_MAIL_DOMAINS: readonly string[] = [
  '126.com', '163.com', 'aol.com', 'att.net', 'bellsouth.net', 'bigpond.com', 'bk.ru', 'btinternet.com',
  'charter.net', 'comcast.net', 'cox.net', 'daum.net', 'duck.com', 'earthlink.net', 'fastmail.com', 'fastmail.fm',
  'free.fr', 'freenet.de', 'gmail.com', 'googlemail.com', 'hanmail.net', 'hey.com', 'hushmail.com', 'icloud.com',
  'inbox.ru', 'interia.pl', 'laposte.net', 'libero.it', 'list.ru', 'mac.com', 'mail.com', 'mail.ru', 'me.com',
  'msn.com', 'naver.com', 'o2.pl', 'onet.pl', 'optusnet.com.au', 'orange.fr', 'pm.me', 'proton.me', 'protonmail.ch',
  'protonmail.com', 'qq.com', 'rambler.ru', 'rediffmail.com', 'rocketmail.com', 'rogers.com', 'sbcglobal.net',
  'seznam.cz', 'sfr.fr', 'shaw.ca', 'sina.com', 'sky.com', 'sohu.com', 't-online.de', 'terra.com.br', 'tuta.com',
  'tuta.io', 'tutanota.com', 'tutanota.de', 'uol.com.br', 'verizon.net', 'virgilio.it', 'wanadoo.fr', 'web.de',
  'wp.pl', 'ya.ru', 'yandex.com', 'yandex.ru', 'yeah.net', 'ymail.com', 'zoho.com', 'zohomail.com',
];
const CONSUMER = new Set(CONSUMER_MAIL_DOMAINS);

/** Consumer brands under many country suffixes: yahoo.co.uk, hotmail.fr, outlook.de, live.nl, gmx.at … */
const CONSUMER_BRANDS = new Set(['yahoo', 'hotmail', 'outlook', 'live', 'gmx', 'windowslive']);

/** Domain part of an e-mail address or a bare domain; undefined when there is no valid one. */
export function accountDomain(emailOrDomain: string | undefined): string | undefined {
  if (!emailOrDomain) return undefined;
  let s = emailOrDomain.trim();
  const at = s.lastIndexOf('@');
  if (at !== -1) s = s.slice(at + 1);
  s = s.replace(/[>\s].*$/s, '');
  const host = normalizeHost(s);
  if (!host || !host.includes('.')) return undefined;
  const p = parse(host);
  if (p.isIp || !p.domain) return undefined;
  return host;
}

const normalizeCorporate = (d: string): string | null => normalizeHost(d.trim().replace(/^@/, '').replace(/^\*\./, ''));

/**
 * Corporate when the domain is one of `corporateDomains` or a subdomain of one (explicit
 * configuration wins, even over a consumer provider); personal when it is a consumer mail
 * provider; unknown otherwise or when there is no valid domain.
 */
export function classifyAccount(emailOrDomain: string | undefined, corporateDomains: readonly string[]): AccountClassification {
  const domain = accountDomain(emailOrDomain);
  if (!domain) return { type: 'unknown' };
  for (const raw of corporateDomains) {
    const c = normalizeCorporate(raw);
    if (c && (domain === c || domain.endsWith(`.${c}`))) return { type: 'corporate', domain };
  }
  const p = parse(domain);
  if ((p.domain && CONSUMER.has(p.domain)) || (p.domainWithoutSuffix && CONSUMER_BRANDS.has(p.domainWithoutSuffix))) {
    return { type: 'personal', domain };
  }
  return { type: 'unknown', domain };
}
