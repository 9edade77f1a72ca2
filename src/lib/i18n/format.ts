import { currentLanguage } from './index';

// Dates and numbers always go through Intl in the UI language (never hand-built strings).

// Building an Intl formatter loads locale data and costs far more than formatting with it (a report page
// formats hundreds of values on first render), so formatters are built once per language and options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  kind: string,
  options: object | undefined,
  create: (language: string) => F,
): F {
  const language = currentLanguage();
  const key = `${kind}|${language}|${options ? JSON.stringify(options) : ''}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = create(language);
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDate(value: string | number | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return cached('date', options, (language) => new Intl.DateTimeFormat(language, options)).format(new Date(value));
}

export function formatDateTime(value: string | number | Date): string {
  return formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return cached('number', options, (language) => new Intl.NumberFormat(language, options)).format(value);
}

export function formatPercent(fraction: number, maximumFractionDigits = 0): string {
  return formatNumber(fraction, { style: 'percent', maximumFractionDigits });
}

export function formatCurrency(amountInMinorUnits: number, currency: string): string {
  return formatNumber(amountInMinorUnits / 100, { style: 'currency', currency: currency.toUpperCase() });
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 days ago" / "vor 3 Tagen". */
export function formatRelative(value: string | number | Date, now: Date = new Date()): string {
  const seconds = Math.round((new Date(value).getTime() - now.getTime()) / 1000);
  const format = cached('relative', undefined, (language) => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }));
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}
