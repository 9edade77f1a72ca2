import { z } from 'zod';
import { formatCurrency, formatDate, formatNumber } from '@/lib/i18n/format';

/** numeric/bigint columns arrive as numbers or strings depending on size: accept both. */
export const num = z.union([z.number(), z.string()]).transform((v) => Number(v));
export const numOrNull = z
  .union([z.number(), z.string()])
  .nullable()
  .transform((v) => (v === null ? null : Number(v)));

const missing = (v: number | null | undefined): v is null | undefined => v === null || v === undefined || Number.isNaN(v);

// Numbers, dates and money in the UI language (Intl); a missing value is a dash.
export const fmt = (v: number | null | undefined, digits = 0) =>
  missing(v) ? '—' : formatNumber(digits ? v : Math.round(v), { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** A value already in percent (12.5 → "12.5%" / "12,5 %"). */
export const fmtPct = (v: number | null | undefined, digits = 1) =>
  missing(v) ? '—' : formatNumber(v / 100, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
export const fmtDate = (iso: string | null) => (iso ? formatDate(iso, { year: 'numeric', month: 'short', day: 'numeric' }) : '—');
/** A month from a `YYYY-MM-01` date (as the database sends it, read in UTC so no time zone moves it). */
export const fmtMonth = (date: string) => formatDate(date, { year: 'numeric', month: 'short', timeZone: 'UTC' });
export const fmtTime = (iso: string) => formatDate(iso, { timeStyle: 'medium' });
export const fmtCents = (cents: number, currency = 'usd') => formatCurrency(cents, currency);
export const fmtUsd = (v: number | null | undefined) => {
  if (missing(v)) return '—';
  const digits = v < 1 ? 4 : 2;
  return formatNumber(v, { style: 'currency', currency: 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits });
};
export const fmtBytes = (v: number) => {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let n = v;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i += 1;
  }
  const digits = n < 10 && i > 0 ? 1 : 0;
  return `${formatNumber(n, { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${units[i]}`;
};
