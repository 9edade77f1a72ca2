import type { KeyObject } from 'node:crypto';
import type { Context } from 'hono';
import { callerOf, type Caller } from './caller.ts';
import type { Db } from './db.ts';
import { StorageError } from './errors.ts';
import type { FileStore } from './files.ts';

export interface StorageDeps {
  db: Db;
  files: FileStore;
  /** The project's JWT secret: verifies callers' tokens and signs signed-URL tokens. */
  jwtSecret: string;
  jwtKey: KeyObject;
}

export const caller = (c: Context, deps: StorageDeps): Caller => callerOf(c.req.raw.headers, deps.jwtKey);

/**
 * The bucket and object key of a route like `/object/<bucket>/<key…>`: `skip` is the number of path
 * segments before the bucket. Each segment is percent-decoded on its own, so an encoded `/` stays in
 * its segment.
 */
export function bucketAndKey(c: Context, skip: number): { bucket: string; key: string } {
  const segments = new URL(c.req.url).pathname.split('/').slice(1 + skip);
  const decoded = segments.map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      throw new StorageError(400, 'InvalidKey', 'Invalid key encoding');
    }
  });
  const [bucket = '', ...rest] = decoded;
  return { bucket, key: rest.join('/') };
}

export async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  try {
    const body = await c.req.json();
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new StorageError(400, 'InvalidRequest', 'The request body must be a JSON object');
}
