// Helpers for the wire representation of the simulator's objects.
import type { Doc } from './objects.ts';

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Strips simulator-internal `_fields` recursively. */
export function publicView(doc: unknown): unknown {
  if (Array.isArray(doc)) return doc.map(publicView);
  if (!doc || typeof doc !== 'object') return doc;
  const out: Doc = {};
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_')) out[key] = publicView(value);
  return out;
}

export const listOf = (data: Doc[], url: string) => ({ object: 'list', data, has_more: false, url });
