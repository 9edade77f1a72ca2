import type { Context } from 'hono';

/**
 * Errors in Supabase Storage's shape: `{ statusCode, error, message }` with the HTTP status as a
 * string in `statusCode` (storage-js copies it to `StorageApiError.statusCode`) and a stable
 * machine code in `error`.
 */
export type StorageErrorCode =
  | 'InvalidRequest'
  | 'InvalidKey'
  | 'InvalidBucketName'
  | 'InvalidJWT'
  | 'InvalidSignature'
  | 'Unauthorized'
  | 'AccessDenied'
  | 'NoSuchBucket'
  | 'NoSuchKey'
  | 'Duplicate'
  | 'BucketNotEmpty'
  | 'EntityTooLarge'
  | 'InvalidMimeType'
  | 'InternalError';

export class StorageError extends Error {
  constructor(
    readonly status: number,
    readonly code: StorageErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const bucketNotFound = () => new StorageError(404, 'NoSuchBucket', 'Bucket not found');
export const objectNotFound = () => new StorageError(404, 'NoSuchKey', 'Object not found');

/** What Postgres said, in Storage's words: RLS refusals are 403, unique keys 409. */
export function fromDatabaseError(error: unknown): StorageError | undefined {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  if (code === '42501') return new StorageError(403, 'Unauthorized', message);
  if (code === '23505') return new StorageError(409, 'Duplicate', 'The resource already exists');
  if (code === '23503') return bucketNotFound();
  if (code === '22P02' || code === '23514' || code === '22023') return new StorageError(400, 'InvalidRequest', message);
  return undefined;
}

export function errorResponse(c: Context, error: unknown): Response {
  const known = error instanceof StorageError ? error : fromDatabaseError(error);
  if (!known) {
    console.error('[storage] unexpected error:', error);
    return c.json({ statusCode: '500', error: 'InternalError', message: 'Internal server error' }, 500);
  }
  return c.json({ statusCode: String(known.status), error: known.code, message: known.message }, known.status as 400);
}
