import type { Context } from 'hono';
import { ApiError, badRequest } from './errors.ts';
import type { Json } from './users.ts';

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * Reads the JSON body like GoTrue's retrieveRequestParams: malformed JSON (or a non-object) is
 * 400 bad_json. `optional` accepts an empty body (e.g. DELETE /admin/users/:id).
 */
export async function readJson(c: Context, optional = false): Promise<Json> {
  const text = await c.req.text();
  if (optional && text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw badRequest('bad_json', `Could not parse request body as JSON: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('bad_json', `Could not parse request body as JSON: expected an object, got ${describe(parsed)}`);
  }
  return parsed as Json;
}

/** A string field (absent/null → undefined); any other type is bad_json, as Go's decoder would say. */
export function str(body: Json, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw badRequest(
      'bad_json',
      `Could not parse request body as JSON: cannot unmarshal ${describe(value)} into field ${key} of type string`,
    );
  }
  return value;
}

export function bool(body: Json, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') {
    throw badRequest(
      'bad_json',
      `Could not parse request body as JSON: cannot unmarshal ${describe(value)} into field ${key} of type bool`,
    );
  }
  return value;
}

export function obj(body: Json, key: string): Json | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest(
      'bad_json',
      `Could not parse request body as JSON: cannot unmarshal ${describe(value)} into field ${key} of type map[string]interface {}`,
    );
  }
  return value as Json;
}

// The format check of github.com/badoux/checkmail, which GoTrue uses.
const EMAIL_FORMAT =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** Domains that can never receive mail (RFC 2606/6761 reserved names, single-label hosts). */
function undeliverable(domain: string): boolean {
  if (!domain.includes('.')) return true;
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  return tld === 'invalid' || tld === 'localhost' || tld === 'local' || /^\d+$/.test(tld);
}

/**
 * Trims and lower-cases an e-mail address. Missing → validation_failed, malformed → validation_failed
 * ("Unable to validate email address: invalid format", GoTrue's wording), undeliverable domain →
 * email_address_invalid.
 */
export function validateEmail(raw: string | undefined): string {
  const email = (raw ?? '').trim().toLowerCase();
  if (email === '') throw badRequest('validation_failed', 'An email address is required');
  if (email.length > 255) throw badRequest('validation_failed', 'An email address is too long');
  if (!EMAIL_FORMAT.test(email)) throw badRequest('validation_failed', 'Unable to validate email address: invalid format');
  if (undeliverable(email.slice(email.indexOf('@') + 1))) {
    throw new ApiError(400, 'email_address_invalid', `Email address "${email}" is invalid`);
  }
  return email;
}
