import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatRelative } from './format';
import { setLanguage } from './index';

type Kind = 'NumberFormat' | 'DateTimeFormat' | 'RelativeTimeFormat';
const originals = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat, RelativeTimeFormat: Intl.RelativeTimeFormat };

/** Counts how many formatters of a kind get built from now on (they still format for real). */
function countBuilt(kind: Kind) {
  const counter = { built: 0 };
  const Original = originals[kind] as unknown as new (...args: unknown[]) => object;
  Object.assign(Intl, {
    [kind]: class extends Original {
      constructor(...args: unknown[]) {
        super(...args);
        counter.built += 1;
      }
    },
  });
  return counter;
}

afterEach(async () => {
  Object.assign(Intl, originals);
  await setLanguage('en');
});

describe('format', () => {
  it('builds one number formatter per language and options, not one per value', () => {
    const numbers = countBuilt('NumberFormat');
    const values = [1, 2, 3, 4, 5].map((n) => formatNumber(n, { style: 'unit', unit: 'second', unitDisplay: 'long' }));
    expect(values).toEqual(['1 second', '2 seconds', '3 seconds', '4 seconds', '5 seconds']);
    expect(numbers.built).toBeLessThanOrEqual(1);
  });

  it('reuses date and relative-time formatters too', () => {
    const dates = countBuilt('DateTimeFormat');
    const relative = countBuilt('RelativeTimeFormat');
    const days = [1, 2, 3, 4, 5].map((day) => formatDate(Date.UTC(2026, 0, day, 12), { dateStyle: 'long', timeZone: 'UTC' }));
    const ago = [1, 2, 3].map((day) => formatRelative(Date.UTC(2026, 0, 1), new Date(Date.UTC(2026, 0, 1 + day))));
    expect(days).toEqual(['January 1, 2026', 'January 2, 2026', 'January 3, 2026', 'January 4, 2026', 'January 5, 2026']);
    expect(ago).toEqual(['yesterday', '2 days ago', '3 days ago']);
    expect(dates.built).toBeLessThanOrEqual(1);
    expect(relative.built).toBeLessThanOrEqual(1);
  });

  it('follows a change of UI language', async () => {
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatDate(Date.UTC(2026, 2, 4, 12), { dateStyle: 'medium', timeZone: 'UTC' })).toBe('Mar 4, 2026');
    await setLanguage('de');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatDate(Date.UTC(2026, 2, 4, 12), { dateStyle: 'medium', timeZone: 'UTC' })).toBe('04.03.2026');
    await setLanguage('en');
    expect(formatNumber(1234.5)).toBe('1,234.5');
  });
});
