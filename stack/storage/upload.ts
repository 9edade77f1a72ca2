import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { StorageError } from './errors.ts';
import { assertSize, GLOBAL_FILE_SIZE_LIMIT } from './limits.ts';

export interface UploadBody {
  bytes: Uint8Array;
  contentType: string;
  cacheControl: string;
  userMetadata: Record<string, unknown> | null;
}

function metadataFrom(value: string | null, base64: boolean): Record<string, unknown> | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(base64 ? Buffer.from(value, 'base64').toString('utf8') : value);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new StorageError(400, 'InvalidRequest', 'metadata must be a JSON object');
}

const cacheControlOf = (value: string | null) => {
  if (!value) return 'max-age=3600';
  return /^\d+$/.test(value) ? `max-age=${value}` : value;
};

/**
 * The file of an upload as storage-js sends it: multipart form data (a Blob: field `cacheControl`,
 * optional `metadata`, and the file) or the raw bytes with their Content-Type, Cache-Control and a
 * base64 `x-metadata` header. A declared length over the limit is refused before anything is read.
 */
export async function readUpload(c: Context, bucketLimit: number | null): Promise<UploadBody> {
  const declared = Number(c.req.header('content-length'));
  // Multipart framing adds a few hundred bytes around the file; the exact size is checked after reading.
  if (Number.isFinite(declared) && declared > Math.min(bucketLimit ?? GLOBAL_FILE_SIZE_LIMIT, GLOBAL_FILE_SIZE_LIMIT) + 64 * 1024) {
    throw new StorageError(413, 'EntityTooLarge', 'The object exceeded the maximum allowed size');
  }
  const contentType = c.req.header('content-type') ?? '';
  let body: UploadBody;
  if (contentType.toLowerCase().startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await c.req.raw.formData();
    } catch {
      throw new StorageError(400, 'InvalidRequest', 'The multipart body could not be read');
    }
    const file = [...form.values()].find((value): value is File => typeof value !== 'string');
    if (!file) throw new StorageError(400, 'InvalidRequest', 'The form holds no file');
    const cacheControl = form.get('cacheControl');
    const metadata = form.get('metadata');
    body = {
      bytes: new Uint8Array(await file.arrayBuffer()),
      contentType: file.type || 'application/octet-stream',
      cacheControl: cacheControlOf(typeof cacheControl === 'string' ? cacheControl : null),
      userMetadata: metadataFrom(typeof metadata === 'string' ? metadata : null, false),
    };
  } else {
    body = {
      bytes: new Uint8Array(await c.req.arrayBuffer()),
      contentType: contentType || 'application/octet-stream',
      cacheControl: cacheControlOf(c.req.header('cache-control') ?? null),
      userMetadata: metadataFrom(c.req.header('x-metadata') ?? null, true),
    };
  }
  assertSize(body.bytes.byteLength, bucketLimit);
  return body;
}

/** storage.objects.metadata as Storage writes it. */
export function objectMetadata(upload: UploadBody) {
  return {
    eTag: `"${createHash('md5').update(upload.bytes).digest('hex')}"`,
    size: upload.bytes.byteLength,
    mimetype: upload.contentType,
    cacheControl: upload.cacheControl,
    lastModified: new Date().toISOString(),
    contentLength: upload.bytes.byteLength,
    httpStatusCode: 200,
  };
}
