import { badRequest } from './errors.ts';
import type { Json } from './users.ts';

/**
 * User and app metadata travel in every access token (and so in every API request header), so they
 * are capped: 8 KiB of JSON and 10 levels of nesting are far more than names, avatars and settings
 * need, and keep a token well below common 16 KiB header limits.
 */
export const MAX_METADATA_BYTES = 8 * 1024;
export const MAX_METADATA_DEPTH = 10;

/** True when `value` nests deeper than `limit` (stops descending as soon as it knows). */
function deeperThan(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (limit === 0) return true;
  const children = Array.isArray(value) ? value : Object.values(value as Json);
  return children.some((child) => deeperThan(child, limit - 1));
}

/** Throws 400 validation_failed when metadata (as it would be stored) exceeds the caps. */
export function assertMetadataWithinLimits(metadata: Json, field: 'user_metadata' | 'app_metadata' = 'user_metadata'): void {
  if (deeperThan(metadata, MAX_METADATA_DEPTH)) {
    throw badRequest('validation_failed', `${field} is nested too deeply (at most ${MAX_METADATA_DEPTH} levels)`);
  }
  if (Buffer.byteLength(JSON.stringify(metadata), 'utf8') > MAX_METADATA_BYTES) {
    throw badRequest('validation_failed', `${field} is too large (at most ${MAX_METADATA_BYTES / 1024} KiB of JSON)`);
  }
}
