import { StorageError } from './errors.ts';

/** Storage's own ceiling for any upload (hosted's default global limit), whatever the bucket says. */
export const GLOBAL_FILE_SIZE_LIMIT = 50 * 1024 * 1024;

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** A bucket's file_size_limit as storage-js sends it: bytes, or a string such as "5MB". */
export function parseSizeLimit(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  const match = typeof value === 'string' ? /^\s*(\d+)\s*(b|kb|mb|gb)?\s*$/i.exec(value) : null;
  if (!match) throw new StorageError(400, 'InvalidRequest', `Invalid file size limit: ${String(value)}`);
  return Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()]!;
}

export function assertSize(size: number, bucketLimit: number | null): void {
  const limit = Math.min(bucketLimit ?? GLOBAL_FILE_SIZE_LIMIT, GLOBAL_FILE_SIZE_LIMIT);
  if (size > limit) throw new StorageError(413, 'EntityTooLarge', 'The object exceeded the maximum allowed size');
}

/** The media type without parameters (`audio/webm;codecs=opus` → `audio/webm`), lower case. */
export const baseMimeType = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();

/**
 * allowed_mime_types entries are exact types or `type/*`. Parameters are ignored, so a recorder's
 * `audio/webm;codecs=opus` fits a bucket that allows `audio/webm`.
 */
export function assertMimeType(contentType: string, allowed: string[] | null): void {
  if (!allowed?.length) return;
  const type = baseMimeType(contentType);
  const fits = allowed.some((entry) => {
    const wanted = entry.trim().toLowerCase();
    return wanted.endsWith('/*') ? type.startsWith(wanted.slice(0, -1)) : type === wanted;
  });
  if (!fits) throw new StorageError(415, 'InvalidMimeType', `mime type ${contentType} is not supported`);
}

/** Object keys as Storage accepts them: no control characters or backslashes, no empty or dot segments. */
export function assertValidKey(key: string): void {
  const segments = key.split('/');
  const bad =
    !key ||
    key.length > 1024 ||
    [...key].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || ch === '\\') ||
    segments.some((segment) => segment === '' || segment === '.' || segment === '..');
  if (bad) throw new StorageError(400, 'InvalidKey', `Invalid key: ${key}`);
}

export function assertValidBucketName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || !/^[\w!.*'() &$@=;:+,?-]{1,100}$/.test(name) || name.trim() !== name) {
    throw new StorageError(400, 'InvalidBucketName', `Bucket name invalid: ${String(name)}`);
  }
}
