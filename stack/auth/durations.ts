/** Go's time.ParseDuration (what GoTrue uses for ban_duration), returning milliseconds. */
const UNITS_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Go's limit: ±2562047h47m16.854775807s. */
const MAX_MS = 9_223_372_036_854.775;

export function parseGoDuration(input: string): number {
  const original = input;
  let rest = input;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') throw new Error(`time: invalid duration "${original}"`);
  let total = 0;
  const part = /^(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h)/;
  while (rest.length > 0) {
    const match = part.exec(rest);
    if (!match || (match[1] === '' && (match[2] ?? '') === '')) {
      if (/^[\d.]+$/.test(rest)) throw new Error(`time: missing unit in duration "${original}"`);
      const unit = /^[\d.]*([^\d.]+)/.exec(rest)?.[1];
      throw new Error(
        unit && !/^\d/.test(unit) && /^[\d.]/.test(rest)
          ? `time: unknown unit "${unit}" in duration "${original}"`
          : `time: invalid duration "${original}"`,
      );
    }
    const value = Number(`${match[1] || '0'}.${match[2] || '0'}`);
    total += value * UNITS_MS[match[3]!]!;
    rest = rest.slice(match[0].length);
  }
  if (total > MAX_MS) throw new Error(`time: invalid duration "${original}"`);
  return sign * total;
}
