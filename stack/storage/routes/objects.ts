import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { findBucket } from '../buckets.ts';
import { asCaller, asService, type Tx } from '../db.ts';
import { bucketAndKey, caller, jsonBody, type StorageDeps } from '../deps.ts';
import { bucketNotFound, objectNotFound, StorageError } from '../errors.ts';
import { assertMimeType, assertValidKey } from '../limits.ts';
import { objectMetadata, readUpload } from '../upload.ts';

export interface ObjectRow {
  id: string;
  name: string;
  bucket_id: string;
  owner_id: string | null;
  version: string | null;
  metadata: Record<string, unknown> | null;
  user_metadata: Record<string, unknown> | null;
  created_at: string;
  updated_at: string;
  last_accessed_at: string;
}

const OBJECT_COLUMNS = 'id, name, bucket_id, owner_id, version, metadata, user_metadata, created_at, updated_at, last_accessed_at';

export async function findObject(tx: Tx, bucket: string, key: string): Promise<ObjectRow | undefined> {
  const { rows } = await tx.query<ObjectRow>(`select ${OBJECT_COLUMNS} from storage.objects where bucket_id = $1 and name = $2`, [
    bucket,
    key,
  ]);
  return rows[0];
}

/** Sends an object's bytes with the headers Storage sets (a HEAD gets the headers only). */
export async function sendObject(c: Context, deps: StorageDeps, row: ObjectRow): Promise<Response> {
  const bytes = await deps.files.read(row.bucket_id, row.name);
  if (!bytes) throw objectNotFound();
  const meta = row.metadata ?? {};
  const headers: Record<string, string> = {
    'content-type': String(meta.mimetype ?? 'application/octet-stream'),
    'content-length': String(bytes.byteLength),
    'cache-control': String(meta.cacheControl ?? 'no-cache'),
    'last-modified': new Date(row.updated_at).toUTCString(),
  };
  if (typeof meta.eTag === 'string') headers.etag = meta.eTag;
  const download = c.req.query('download');
  if (download !== undefined) {
    const filename = download || row.name.split('/').pop()!;
    headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`;
  }
  return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(bytes), { status: 200, headers });
}

/** `{ prefix, limit, offset, sortBy, search }` → the folders and files one level below prefix. */
async function listObjects(tx: Tx, bucket: string, body: Record<string, unknown>) {
  let prefix = typeof body.prefix === 'string' ? body.prefix.replace(/^\/+/, '') : '';
  if (prefix && !prefix.endsWith('/')) prefix += '/';
  const limit = Number(body.limit ?? 100);
  const offset = Number(body.offset ?? 0);
  const search = typeof body.search === 'string' ? body.search : '';
  const sortBy = (body.sortBy ?? {}) as { column?: string; order?: string };
  const column = ['name', 'created_at', 'updated_at', 'last_accessed_at'].includes(sortBy.column ?? 'name')
    ? (sortBy.column ?? 'name')
    : null;
  if (!column || !Number.isInteger(limit) || !Number.isInteger(offset) || limit < 0 || offset < 0) {
    throw new StorageError(400, 'InvalidRequest', 'Invalid list options');
  }
  const order = String(sortBy.order ?? 'asc').toLowerCase() === 'desc' ? 'desc' : 'asc';
  const escape = (value: string) => value.replace(/[\\%_]/g, '\\$&');
  // Folders (a `/` after the prefix) have no id or metadata, as in Storage's own listing.
  const { rows } = await tx.query(
    `with level as (
       select o.*, substr(o.name, length($2) + 1) as rest
         from storage.objects o
        where o.bucket_id = $1 and o.name like $3 escape '\\'
     ), entries as (
       select split_part(rest, '/', 1) as name, null::uuid as id, null::timestamptz as updated_at,
              null::timestamptz as created_at, null::timestamptz as last_accessed_at, null::jsonb as metadata
         from level where position('/' in rest) > 0
        group by split_part(rest, '/', 1)
       union all
       select rest, id, updated_at, created_at, last_accessed_at, metadata from level where position('/' in rest) = 0
     )
     select * from entries where name ilike $4
      order by ${column} ${order} nulls first, name ${order}
      limit $5 offset $6`,
    [bucket, prefix, `${escape(prefix)}%`, `${escape(search)}%`, limit, offset],
  );
  return rows;
}

function keyPair(body: Record<string, unknown>) {
  const { bucketId, sourceKey, destinationKey, destinationBucket } = body;
  if (typeof bucketId !== 'string' || typeof sourceKey !== 'string' || typeof destinationKey !== 'string') {
    throw new StorageError(400, 'InvalidRequest', 'bucketId, sourceKey and destinationKey are required');
  }
  assertValidKey(sourceKey);
  assertValidKey(destinationKey);
  const toBucket = typeof destinationBucket === 'string' && destinationBucket ? destinationBucket : bucketId;
  return { from: { bucket: bucketId, key: sourceKey }, to: { bucket: toBucket, key: destinationKey } };
}

export function registerObjects(app: Hono, deps: StorageDeps) {
  app.post('/object/list/:bucket', async (c) => {
    const who = caller(c, deps);
    const body = await jsonBody(c);
    const bucket = c.req.param('bucket');
    if (!(await asService(deps.db, (tx) => findBucket(tx, bucket)))) throw bucketNotFound();
    const rows = await asCaller(deps.db, who, (tx) => listObjects(tx, bucket, body));
    return c.json(rows);
  });

  app.post('/object/move', async (c) => {
    const who = caller(c, deps);
    const { from, to } = keyPair(await jsonBody(c));
    await asCaller(deps.db, who, async (tx) => {
      // The UPDATE's USING clause hides what the caller may not move; WITH CHECK guards the destination.
      const { rowCount } = await tx.query(
        `update storage.objects set bucket_id = $3, name = $4, last_accessed_at = now() where bucket_id = $1 and name = $2`,
        [from.bucket, from.key, to.bucket, to.key],
      );
      if (!rowCount) throw objectNotFound();
      await deps.files.move(from, to);
    });
    return c.json({ message: 'Successfully moved' });
  });

  app.post('/object/copy', async (c) => {
    const who = caller(c, deps);
    const { from, to } = keyPair(await jsonBody(c));
    const id = await asCaller(deps.db, who, async (tx) => {
      const { rows } = await tx.query<{ id: string }>(
        `insert into storage.objects (bucket_id, name, owner, owner_id, metadata, user_metadata, version)
         select $3, $4, $5, $6, metadata, user_metadata, $7 from storage.objects where bucket_id = $1 and name = $2
         returning id`,
        [from.bucket, from.key, to.bucket, to.key, who.userId, who.userId, randomUUID()],
      );
      if (!rows[0]) throw objectNotFound();
      await deps.files.copy(from, to);
      return rows[0].id;
    });
    return c.json({ Id: id, Key: `${to.bucket}/${to.key}` });
  });

  app.get('/object/info/:bucket/*', async (c) => {
    const who = caller(c, deps);
    const { bucket, key } = bucketAndKey(c, 2);
    const row = await asCaller(deps.db, who, (tx) => findObject(tx, bucket, key));
    if (!row) throw objectNotFound();
    const meta = row.metadata ?? {};
    return c.json({
      id: row.id,
      name: row.name,
      version: row.version,
      bucket_id: row.bucket_id,
      size: meta.size ?? null,
      content_type: meta.mimetype ?? null,
      cache_control: meta.cacheControl ?? null,
      etag: meta.eTag ?? null,
      metadata: row.user_metadata,
      last_modified: row.updated_at,
      created_at: row.created_at,
    });
  });

  // Public buckets: anyone, no token; the bucket's `public` flag decides, not RLS (as on hosted).
  app.get('/object/public/:bucket/*', async (c) => {
    const { bucket, key } = bucketAndKey(c, 2);
    const row = await asService(deps.db, async (tx) => {
      const found = await findBucket(tx, bucket);
      return found?.public ? findObject(tx, bucket, key) : undefined;
    });
    if (!row) throw objectNotFound();
    return sendObject(c, deps, row);
  });

  const download = (skip: number) => async (c: Context) => {
    const who = caller(c, deps);
    const { bucket, key } = bucketAndKey(c, skip);
    const row = await asCaller(deps.db, who, (tx) => findObject(tx, bucket, key));
    if (!row) throw objectNotFound();
    return sendObject(c, deps, row);
  };
  app.get('/object/authenticated/:bucket/*', download(2));
  app.get('/object/:bucket/*', download(1));

  const write = (mode: 'create' | 'update') => async (c: Context) => {
    const who = caller(c, deps);
    const { bucket, key } = bucketAndKey(c, 1);
    assertValidKey(key);
    const settings = await asService(deps.db, (tx) => findBucket(tx, bucket));
    if (!settings) throw bucketNotFound();
    const upload = await readUpload(c, settings.file_size_limit);
    assertMimeType(upload.contentType, settings.allowed_mime_types);
    const upsert = mode === 'create' && c.req.header('x-upsert') === 'true';
    const staged = await deps.files.stage(upload.bytes);
    try {
      const id = await asCaller(deps.db, who, async (tx) => {
        const values = [bucket, key, who.userId, JSON.stringify(objectMetadata(upload)), upload.userMetadata, randomUUID(), who.userId];
        // Upsert needs the caller's INSERT, and on conflict also SELECT and UPDATE, policies (as on hosted).
        const { rows } = await tx.query<{ id: string }>(
          mode === 'update'
            ? `update storage.objects set owner = $3, owner_id = $7, metadata = $4, user_metadata = $5, version = $6, last_accessed_at = now()
                where bucket_id = $1 and name = $2 returning id`
            : `insert into storage.objects (bucket_id, name, owner, owner_id, metadata, user_metadata, version)
               values ($1, $2, $3, $7, $4, $5, $6)
               ${
                 upsert
                   ? `on conflict (bucket_id, name) do update set owner = excluded.owner, owner_id = excluded.owner_id,
                        metadata = excluded.metadata, user_metadata = excluded.user_metadata, version = excluded.version,
                        last_accessed_at = now()`
                   : ''
               }
               returning id`,
          values,
        );
        if (!rows[0]) throw objectNotFound();
        // Placed while the row is locked: concurrent writers of one key replace the file in commit order.
        await deps.files.place(staged, bucket, key);
        return rows[0].id;
      });
      return c.json({ Id: id, Key: `${bucket}/${key}` });
    } finally {
      await deps.files.discard(staged);
    }
  };
  app.post('/object/:bucket/*', write('create'));
  app.put('/object/:bucket/*', write('update'));

  const removeMany = async (c: Context, bucket: string, keys: string[]) => {
    const who = caller(c, deps);
    return asCaller(deps.db, who, async (tx) => {
      const { rows } = await tx.query<ObjectRow>(
        `delete from storage.objects where bucket_id = $1 and name = any($2) returning ${OBJECT_COLUMNS}`,
        [bucket, keys],
      );
      // Removed while the rows are locked, so a new upload of the same key cannot lose its file to us.
      for (const row of rows) await deps.files.remove(bucket, row.name);
      return rows;
    });
  };

  app.delete('/object/:bucket', async (c) => {
    const body = await jsonBody(c);
    const prefixes = body.prefixes;
    if (!Array.isArray(prefixes) || prefixes.some((p) => typeof p !== 'string') || prefixes.length > 1000) {
      throw new StorageError(400, 'InvalidRequest', 'prefixes must be a list of at most 1000 object keys');
    }
    return c.json(await removeMany(c, c.req.param('bucket'), prefixes as string[]));
  });

  app.delete('/object/:bucket/*', async (c) => {
    const { bucket, key } = bucketAndKey(c, 1);
    const removed = await removeMany(c, bucket, [key]);
    if (!removed.length) throw objectNotFound();
    return c.json({ message: 'Successfully deleted' });
  });
}
