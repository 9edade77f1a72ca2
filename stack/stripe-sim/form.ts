// Stripe's wire format: application/x-www-form-urlencoded with bracketed keys
// (`metadata[user_id]=…`, `line_items[0][price]=…`, `expand[0]=…` or `expand[]=…`).

export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

function decode(part: string): string {
  return decodeURIComponent(part.replace(/\+/g, ' '));
}

/** Parses a Stripe-style form body or query string into nested objects/arrays. */
export function parseStripeForm(input: string): FormObject {
  const root: FormObject = {};
  for (const pair of input.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decode(pair.slice(eq + 1));
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(rawKey);
    if (!match) continue;
    const segments = [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
    let node: Record<string, FormValue> = root;
    for (let i = 0; i < segments.length; i++) {
      let segment = segments[i]!;
      const last = i === segments.length - 1;
      if (segment === '') segment = String(Object.keys(node).length); // `expand[]=` appends
      if (last) {
        node[segment] = value;
      } else {
        const next = node[segment];
        if (typeof next !== 'object' || next === null) node[segment] = {};
        node = node[segment] as Record<string, FormValue>;
      }
    }
  }
  return arrayify(root) as FormObject;
}

/** Objects whose keys are exactly 0..n-1 become arrays. */
function arrayify(value: FormValue): FormValue {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(arrayify);
  const keys = Object.keys(value);
  const out: Record<string, FormValue> = {};
  for (const key of keys) out[key] = arrayify(value[key]!);
  if (keys.length > 0 && keys.every((key, index) => key === String(index))) return keys.map((key) => out[key]!);
  return out;
}

/** Encodes nested params the way stripe-node does (for tests and the control API). */
export function encodeStripeForm(params: Record<string, unknown>, prefix = ''): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const name = prefix ? `${prefix}[${key}]` : key;
    if (value !== null && typeof value === 'object') {
      const inner = Array.isArray(value)
        ? encodeStripeForm(Object.fromEntries(value.map((v, i) => [String(i), v])), name)
        : encodeStripeForm(value as Record<string, unknown>, name);
      if (inner) parts.push(inner);
    } else {
      parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(value === null ? '' : String(value))}`);
    }
  }
  return parts.join('&');
}

export function str(value: FormValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function obj(value: FormValue | undefined): FormObject | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

export function list(value: FormValue | undefined): FormValue[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') return Object.values(value);
  return [];
}

export function bool(value: FormValue | undefined): boolean | undefined {
  const s = str(value);
  return s === undefined ? undefined : s === 'true';
}

export function int(value: FormValue | undefined): number | undefined {
  const s = str(value);
  if (s === undefined || s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? Math.trunc(n) : undefined;
}

/** Metadata param: empty string values unset a key, like Stripe. */
export function mergeMetadata(current: Record<string, string>, update: FormValue | undefined): Record<string, string> {
  if (update === '') return {};
  const given = obj(update);
  if (!given) return current;
  const next = { ...current };
  for (const [key, value] of Object.entries(given)) {
    if (typeof value !== 'string') continue;
    if (value === '') delete next[key];
    else next[key] = value.slice(0, 500);
  }
  return next;
}
