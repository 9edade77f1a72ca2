// Return URLs (Checkout success/cancel, portal return) must point at our own app: SITE_URL plus the
// comma-separated ALLOWED_RETURN_ORIGINS. Anything else is a 400, so the functions can't be used as
// an open redirect. An entry may end in `:*` to allow any port of that scheme and host (the local
// stack allows `http://localhost:*` and `http://127.0.0.1:*` for dev servers on other ports).
import { HttpError } from '../http.ts';

type EnvReader = { get(name: string): string | undefined };

export function allowedReturnOrigins(env: EnvReader = Deno.env): string[] {
  const raw = [env.get('SITE_URL') ?? '', ...(env.get('ALLOWED_RETURN_ORIGINS') ?? '').split(',')];
  const origins = new Set<string>();
  for (const entry of raw) {
    const value = entry.trim();
    if (!value) continue;
    if (/^https?:\/\/[^/:]+:\*$/.test(value)) {
      origins.add(value.toLowerCase());
      continue;
    }
    try {
      const url = new URL(value);
      if (url.protocol === 'http:' || url.protocol === 'https:') origins.add(url.origin);
    } catch {
      // ignore malformed entries
    }
  }
  return [...origins];
}

/** The app's base URL for default return URLs: SITE_URL (without a trailing slash). */
export function siteUrl(env: EnvReader = Deno.env): string {
  const value = env.get('SITE_URL')?.trim();
  if (!value) throw new HttpError(503, 'billing_not_configured', 'SITE_URL is not configured on this server.');
  return value.replace(/\/+$/, '');
}

function originAllowed(url: URL, allowed: string[]): boolean {
  return allowed.includes(url.origin) || allowed.includes(`${url.protocol}//${url.hostname}:*`);
}

/** Returns the URL if its origin is allowed, otherwise throws a 400 naming the field. */
export function checkReturnUrl(value: string, allowed: string[], field: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new HttpError(400, 'invalid_return_url', `${field} must be an absolute URL.`, { field });
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || !originAllowed(url, allowed)) {
    throw new HttpError(400, 'invalid_return_url', `${field} must point at this app (${allowed.join(', ') || 'no origins configured'}).`, {
      field,
    });
  }
  // Keep Stripe's {CHECKOUT_SESSION_ID} template readable (URL() would percent-encode the braces).
  return url.toString().replace(/%7BCHECKOUT_SESSION_ID%7D/g, '{CHECKOUT_SESSION_ID}');
}
