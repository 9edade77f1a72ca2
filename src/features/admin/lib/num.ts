import { z } from 'zod';

/** numeric/bigint columns arrive as numbers or strings depending on size: accept both. */
export const num = z.union([z.number(), z.string()]).transform((v) => Number(v));
export const numOrNull = z
  .union([z.number(), z.string()])
  .nullable()
  .transform((v) => (v === null ? null : Number(v)));

const integer = new Intl.NumberFormat();
export const fmt = (v: number | null | undefined, digits = 0) =>
  v === null || v === undefined || Number.isNaN(v) ? '—' : digits ? v.toFixed(digits) : integer.format(Math.round(v));
export const fmtDate = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }) : '—';
export const fmtUsd = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `$${v.toFixed(v < 1 ? 4 : 2)}`);
export const fmtBytes = (v: number) => {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let n = v;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i += 1;
  }
  return `${n.toFixed(n < 10 && i > 0 ? 1 : 0)} ${units[i]}`;
};
