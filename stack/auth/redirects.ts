import type { Context } from 'hono';

export interface RedirectConfig {
  siteUrl: string;
  additionalRedirectUrls: string[];
}

/** An absolute http(s) URL without userinfo ("user:pass@"), else null. */
function parse(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // Userinfo is never part of a legitimate redirect and is how "host:*" patterns were fooled
  // (http://127.0.0.1:x@evil-host/ is a URL for evil-host).
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed;
}

/**
 * GoTrue's glob (gobwas/glob with '.' and '/' as separators): `**` spans anything, `*` and `?` stay
 * within one host label or path segment.
 */
function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (ch === '*') source += '[^/.]*';
    else if (ch === '?') source += '[^/.]';
    else source += ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** An allow-list pattern split into the parts of a URL; each part is matched on its own. */
interface UrlPattern {
  scheme: string;
  host: RegExp;
  /** null: the URL must not name a port (scheme default) */
  port: RegExp | null;
  rest: RegExp;
}

const PATTERN_SHAPE = /^(https?):\/\/([^/?#:@]+)(?::([^/?#@]*))?([/?#].*)?$/i;

function compilePattern(entry: string): UrlPattern | null {
  const match = PATTERN_SHAPE.exec(entry);
  if (!match) return null;
  const [, scheme, host, port, rest] = match;
  return {
    scheme: `${scheme!.toLowerCase()}:`,
    host: globToRegExp(host!.toLowerCase()),
    port: port === undefined || port === '' ? null : globToRegExp(port),
    rest: globToRegExp(rest ?? '/'),
  };
}

/**
 * A wildcard entry: scheme, host and port are compared with the parsed URL part by part (so a `*`
 * can never reach into another part), and the path (with query) with GoTrue's glob.
 */
function matchesPattern(entry: string, candidate: URL): boolean {
  const pattern = compilePattern(entry);
  if (!pattern || pattern.scheme !== candidate.protocol || !pattern.host.test(candidate.hostname)) return false;
  if (pattern.port === null ? candidate.port !== '' : candidate.port === '' || !pattern.port.test(candidate.port)) return false;
  return pattern.rest.test(candidate.pathname + candidate.search);
}

/** An entry without wildcards: the same origin, and the same path or a path below it. */
function matchesEntry(entry: string, candidate: URL): boolean {
  if (entry.includes('*') || entry.includes('?')) return matchesPattern(entry, candidate);
  const allowed = parse(entry);
  if (!allowed || allowed.origin !== candidate.origin) return false;
  const path = candidate.pathname + candidate.search;
  const prefix = allowed.pathname + allowed.search;
  if (path === prefix || prefix === '/') return true;
  if (!path.startsWith(prefix)) return false;
  if (prefix.endsWith('/')) return true;
  const next = path[prefix.length];
  return next === '/' || next === '?' || next === '#';
}

/**
 * GoTrue's IsRedirectURLValid: same host as SITE_URL, or on the additional redirect allow list.
 * URLs with userinfo are never valid.
 */
export function isRedirectUrlValid(config: RedirectConfig, url: string | null | undefined): boolean {
  if (!url) return false;
  const candidate = parse(url);
  if (!candidate) return false;
  const site = parse(config.siteUrl);
  if (site && site.hostname === candidate.hostname) return true;
  return config.additionalRedirectUrls.some((entry) => matchesEntry(entry, candidate));
}

/**
 * GoTrue's GetReferrer: the requested redirect_to (query, else JSON body value passed in) when
 * allowed, else the Referer header when allowed, else SITE_URL.
 */
export function resolveRedirect(c: Context, config: RedirectConfig, requested?: string | null): string {
  const candidates = [c.req.query('redirect_to'), requested, c.req.header('referer')];
  for (const candidate of candidates) {
    if (isRedirectUrlValid(config, candidate)) return candidate!;
  }
  return config.siteUrl;
}
