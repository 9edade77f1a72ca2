import type { Context } from 'hono';

export interface RedirectConfig {
  siteUrl: string;
  additionalRedirectUrls: string[];
}

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** Glob as GoTrue's allow list uses it: `**` spans anything, `*` stays within a host label / path segment. */
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

/** An allow-list entry without wildcards matches exactly, or as a prefix ending at a URL boundary. */
function matchesEntry(entry: string, candidate: URL): boolean {
  const href = candidate.href;
  if (entry.includes('*') || entry.includes('?')) return globToRegExp(entry).test(href);
  const normalized = parse(entry)?.href;
  if (!normalized) return false;
  if (href === normalized || href === entry) return true;
  for (const prefix of new Set([entry, normalized])) {
    if (!href.startsWith(prefix)) continue;
    if (prefix.endsWith('/')) return true;
    const next = href[prefix.length];
    if (next === '/' || next === '?' || next === '#') return true;
  }
  return false;
}

/** GoTrue's IsRedirectURLValid: same host as SITE_URL, or on the additional redirect allow list. */
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
