// Request bodies: JSON parsed and validated by a zod schema. A bad body is a 400 `invalid_request` whose
// message is one sentence naming the field, with every issue in `details.issues`.
import { z } from 'npm:zod@3';
import { HttpError } from './http.ts';

/** The JSON body of the request; an empty body reads as `{}`. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body must be JSON.');
  }
}

export function parseBody<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  throw new HttpError(400, 'invalid_request', describeIssue(closestIssue(result.error.issues)), { issues });
}

/**
 * For a body that matches none of a union's shapes, the issue of the shape it came closest to (fewest
 * issues): `{ response_id: 'nope' }` is reported as a bad response_id, not as a missing attempt_id.
 */
function closestIssue(issues: z.ZodIssue[]): z.ZodIssue {
  const first = issues[0]!;
  if (first.code !== 'invalid_union') return first;
  const branches = first.unionErrors.map((e) => e.issues).filter((branch) => branch.length > 0);
  if (branches.length === 0) return first;
  const closest = branches.reduce((best, branch) => (branch.length < best.length ? branch : best));
  return closestIssue(closest);
}

function fieldName(issue: z.ZodIssue): string {
  return issue.path.length ? issue.path.join('.') : 'The request body';
}

function plural(count: number | bigint, word: string): string {
  return `${count} ${word}${count === 1 || count === 1n ? '' : 's'}`;
}

function quoted(values: readonly unknown[]): string {
  return values.map((v) => `'${String(v)}'`).join(', ');
}

/** One sentence a person can act on, naming the field. A message written into the schema is kept as is. */
export function describeIssue(issue: z.ZodIssue): string {
  const defaultMessage = z.defaultErrorMap(issue, { defaultError: issue.message, data: undefined }).message;
  if (issue.message !== defaultMessage) return sentence(issue.message);
  const field = fieldName(issue);
  switch (issue.code) {
    case 'unrecognized_keys':
      return `The request has unknown field${issue.keys.length === 1 ? '' : 's'} ${quoted(issue.keys)}.`;
    case 'invalid_type':
      return issue.received === 'undefined' ? `${field} is required.` : `${field} must be ${issue.expected}, not ${issue.received}.`;
    case 'invalid_string':
      return `${field} must be a valid ${typeof issue.validation === 'string' ? issue.validation : 'string'}.`;
    case 'invalid_enum_value':
      return `${field} must be one of ${quoted(issue.options)}.`;
    case 'invalid_literal':
      return `${field} must be ${JSON.stringify(issue.expected)}.`;
    case 'too_small':
      return bound(field, 'least', issue.type, issue.minimum, issue.inclusive);
    case 'too_big':
      return bound(field, 'most', issue.type, issue.maximum, issue.inclusive);
    default:
      return `${field} is invalid: ${sentence(issue.message)}`;
  }
}

function bound(field: string, side: 'least' | 'most', type: string, limit: number | bigint, inclusive: boolean): string {
  if (type === 'string') return `${field} must be at ${side} ${plural(limit, 'character')} long.`;
  if (type === 'array') return `${field} must have at ${side} ${plural(limit, 'item')}.`;
  if (!inclusive) return `${field} must be ${side === 'least' ? 'more' : 'less'} than ${limit}.`;
  return `${field} must be at ${side} ${limit}.`;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
