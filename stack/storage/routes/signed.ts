import type { Hono } from 'hono';
import { signJwt, verifyJwt } from '../../lib/jwt.ts';
import { asCaller, asService } from '../db.ts';
import { bucketAndKey, caller, jsonBody, type StorageDeps } from '../deps.ts';
import { objectNotFound, StorageError } from '../errors.ts';
import { findObject, sendObject } from './objects.ts';

function expiresInOf(value: unknown): number {
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1)
    throw new StorageError(400, 'InvalidRequest', 'expiresIn must be a positive number of seconds');
  return seconds;
}

/**
 * Signed URLs as Supabase Storage makes them: a JWT signed with the project's JWT secret carrying the
 * object's `url` (`<bucket>/<key>`) and `exp`. Creating one needs the caller to be allowed to read the
 * object (RLS); using one needs nothing but the token.
 */
export function registerSignedUrls(app: Hono, deps: StorageDeps) {
  const sign = (bucket: string, key: string, expiresIn: number) => {
    const iat = Math.floor(Date.now() / 1000);
    const token = signJwt({ url: `${bucket}/${key}`, iat, exp: iat + expiresIn }, deps.jwtSecret);
    return `/object/sign/${bucket}/${key}?token=${token}`;
  };

  app.post('/object/sign/:bucket', async (c) => {
    const who = caller(c, deps);
    const bucket = c.req.param('bucket');
    const body = await jsonBody(c);
    const expiresIn = expiresInOf(body.expiresIn);
    const paths = body.paths;
    if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string') || paths.length > 1000) {
      throw new StorageError(400, 'InvalidRequest', 'paths must be a list of at most 1000 object keys');
    }
    const visible = await asCaller(deps.db, who, async (tx) => {
      const { rows } = await tx.query<{ name: string }>(`select name from storage.objects where bucket_id = $1 and name = any($2)`, [
        bucket,
        paths,
      ]);
      return new Set(rows.map((row) => row.name));
    });
    return c.json(
      (paths as string[]).map((path) =>
        visible.has(path)
          ? { error: null, path, signedURL: sign(bucket, path, expiresIn) }
          : { error: 'Either the object does not exist or you do not have access to it', path, signedURL: null },
      ),
    );
  });

  app.post('/object/sign/:bucket/*', async (c) => {
    const who = caller(c, deps);
    const { bucket, key } = bucketAndKey(c, 2);
    const expiresIn = expiresInOf((await jsonBody(c)).expiresIn);
    const row = await asCaller(deps.db, who, (tx) => findObject(tx, bucket, key));
    if (!row) throw objectNotFound();
    return c.json({ signedURL: sign(bucket, key, expiresIn) });
  });

  app.get('/object/sign/:bucket/*', async (c) => {
    const { bucket, key } = bucketAndKey(c, 2);
    const token = c.req.query('token');
    if (!token) throw new StorageError(400, 'InvalidRequest', 'Missing token');
    let url: unknown;
    try {
      url = verifyJwt(token, deps.jwtKey).url;
    } catch (error) {
      throw new StorageError(400, 'InvalidJWT', (error as Error).message);
    }
    if (url !== `${bucket}/${key}`) throw new StorageError(400, 'InvalidSignature', 'The signature does not match this object');
    const row = await asService(deps.db, (tx) => findObject(tx, bucket, key));
    if (!row) throw objectNotFound();
    return sendObject(c, deps, row);
  });
}
