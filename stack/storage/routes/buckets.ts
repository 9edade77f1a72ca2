import type { Hono } from 'hono';
import { BUCKET_COLUMNS, findBucket, type Bucket } from '../buckets.ts';
import { asCaller } from '../db.ts';
import { caller, jsonBody, type StorageDeps } from '../deps.ts';
import { bucketNotFound, StorageError } from '../errors.ts';
import { assertValidBucketName, parseSizeLimit } from '../limits.ts';

function mimeTypes(value: unknown): string[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string')) {
    throw new StorageError(400, 'InvalidRequest', 'allowed_mime_types must be a list of media types');
  }
  return value.length ? (value as string[]) : null;
}

const SORTABLE = new Set(['id', 'name', 'created_at', 'updated_at']);

/** Buckets, each operation as the caller: RLS on storage.buckets decides (service_role bypasses it). */
export function registerBuckets(app: Hono, deps: StorageDeps) {
  app.get('/bucket', async (c) => {
    const who = caller(c, deps);
    const limit = Number(c.req.query('limit') ?? 1000);
    const offset = Number(c.req.query('offset') ?? 0);
    const column = c.req.query('sortColumn') ?? 'name';
    const order = c.req.query('sortOrder') === 'desc' ? 'desc' : 'asc';
    const search = c.req.query('search') ?? '';
    if (!SORTABLE.has(column) || !Number.isInteger(limit) || !Number.isInteger(offset) || limit < 0 || offset < 0) {
      throw new StorageError(400, 'InvalidRequest', 'Invalid list options');
    }
    const rows = await asCaller(deps.db, who, async (tx) => {
      const result = await tx.query<Bucket>(
        `select ${BUCKET_COLUMNS} from storage.buckets where name ilike '%' || $1 || '%'
          order by ${column} ${order} limit $2 offset $3`,
        [search.replace(/[\\%_]/g, '\\$&'), limit, offset],
      );
      return result.rows;
    });
    return c.json(rows);
  });

  app.get('/bucket/:id', async (c) => {
    const who = caller(c, deps);
    const bucket = await asCaller(deps.db, who, (tx) => findBucket(tx, c.req.param('id')));
    if (!bucket) throw bucketNotFound();
    return c.json(bucket);
  });

  app.post('/bucket', async (c) => {
    const who = caller(c, deps);
    const body = await jsonBody(c);
    const id = body.id ?? body.name;
    assertValidBucketName(id);
    const limit = parseSizeLimit(body.file_size_limit);
    const types = mimeTypes(body.allowed_mime_types);
    await asCaller(deps.db, who, (tx) =>
      tx.query(
        `insert into storage.buckets (id, name, owner, owner_id, public, file_size_limit, allowed_mime_types)
         values ($1, $1, $2, $3, $4, $5, $6)`,
        [id, who.userId, who.userId, body.public === true, limit, types],
      ),
    );
    return c.json({ name: id });
  });

  app.put('/bucket/:id', async (c) => {
    const who = caller(c, deps);
    const body = await jsonBody(c);
    const limit = parseSizeLimit(body.file_size_limit);
    const types = mimeTypes(body.allowed_mime_types);
    const updated = await asCaller(deps.db, who, async (tx) => {
      const result = await tx.query(
        `update storage.buckets
            set public = coalesce($2, public), file_size_limit = $3, allowed_mime_types = $4, updated_at = now()
          where id = $1`,
        [c.req.param('id'), typeof body.public === 'boolean' ? body.public : null, limit, types],
      );
      return result.rowCount ?? 0;
    });
    if (!updated) throw bucketNotFound();
    return c.json({ message: 'Successfully updated' });
  });

  app.post('/bucket/:id/empty', async (c) => {
    const who = caller(c, deps);
    const id = c.req.param('id');
    await asCaller(deps.db, who, async (tx) => {
      if (!(await findBucket(tx, id))) throw bucketNotFound();
      const { rows } = await tx.query<{ name: string }>(`delete from storage.objects where bucket_id = $1 returning name`, [id]);
      for (const row of rows) await deps.files.remove(id, row.name);
    });
    return c.json({ message: 'Successfully emptied' });
  });

  app.delete('/bucket/:id', async (c) => {
    const who = caller(c, deps);
    const id = c.req.param('id');
    await asCaller(deps.db, who, async (tx) => {
      if (!(await findBucket(tx, id))) throw bucketNotFound();
      const { rowCount } = await tx.query(`select 1 from storage.objects where bucket_id = $1 limit 1`, [id]);
      if (rowCount) throw new StorageError(409, 'BucketNotEmpty', 'The bucket you tried to delete is not empty');
      // Objects the caller cannot see still keep the bucket: the foreign key says so.
      const deleted = await tx.query(`delete from storage.buckets where id = $1`, [id]).catch((error: { code?: string }) => {
        if (error.code === '23503') throw new StorageError(409, 'BucketNotEmpty', 'The bucket you tried to delete is not empty');
        throw error;
      });
      if (!deleted.rowCount) throw new StorageError(403, 'Unauthorized', 'You may not delete this bucket');
    });
    return c.json({ message: 'Successfully deleted' });
  });
}
