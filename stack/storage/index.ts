/**
 * A Supabase Storage-compatible service (supabase/storage's HTTP API as @supabase/storage-js uses it),
 * keeping metadata in Storage's own storage.buckets / storage.objects tables and the files under the
 * stack's data dir. Mounted by the gateway under /storage/v1 with the prefix stripped.
 */
import { Hono } from 'hono';
import { hmacKey } from '../lib/jwt.ts';
import { createPool } from './db.ts';
import type { StorageDeps } from './deps.ts';
import { errorResponse, StorageError } from './errors.ts';
import { FileStore } from './files.ts';
import { registerBuckets } from './routes/buckets.ts';
import { registerObjects } from './routes/objects.ts';
import { registerSignedUrls } from './routes/signed.ts';

export interface StorageConfig {
  /** Connection URL for supabase_storage_admin (the owner of the storage tables). */
  dbUrl: string;
  jwtSecret: string;
  /** Where the object files live. */
  dataDir: string;
}

export function createStorageService(config: StorageConfig): { app: Hono; close(): Promise<void> } {
  const db = createPool(config.dbUrl);
  const deps: StorageDeps = { db, files: new FileStore(config.dataDir), jwtSecret: config.jwtSecret, jwtKey: hmacKey(config.jwtSecret) };

  const app = new Hono();
  app.get('/status', (c) => c.json({ status: 'ok' }));
  registerBuckets(app, deps);
  // Signed routes before the generic object routes, which would otherwise take /object/sign/….
  registerSignedUrls(app, deps);
  registerObjects(app, deps);
  app.notFound((c) => errorResponse(c, new StorageError(404, 'InvalidRequest', `Route ${c.req.method}:${c.req.path} not found`)));
  app.onError((error, c) => errorResponse(c, error));

  return { app, close: () => db.end() };
}
