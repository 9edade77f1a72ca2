// The one mapping of database errors to HTTP errors, for both ways the functions reach Postgres: PostgREST
// (supabase-js answers `{ code, message, details, hint }`) and the direct connection (db.ts; postgres.js throws
// `{ code, message, detail, hint }`, which it passes here as `details`).
//
// Our SQL raises SQLSTATE PTxxx with the machine code in `detail` and a wait in `hint`
// (`retry_after_seconds=N`); PostgREST turns PTxxx into HTTP status xxx, and so do the functions. Anything else
// is a 500 whose message names the step, never the database's text: that is only logged.
import { HttpError } from './http.ts';

export interface DatabaseError {
  message: string;
  code?: string;
  details?: string | null;
  hint?: string | null;
}

/** A PTxxx error as the HttpError it stands for (status, machine code, retry hint); undefined for any other error. */
export function httpErrorFromDatabase(error: DatabaseError): HttpError | undefined {
  const status = /^PT([45]\d\d)$/.exec(error.code ?? '')?.[1];
  if (!status) return undefined;
  const retry = /retry_after_seconds=(\d+)/.exec(error.hint ?? '')?.[1];
  return new HttpError(
    Number(status),
    error.details && /^[a-z][a-z0-9_]*$/.test(error.details) ? error.details : `http_${status}`,
    error.message,
    retry ? { retry_after_seconds: Number(retry) } : undefined,
  );
}

/** Throws the HttpError of a failed database request: a PTxxx error keeps its status and code; anything else is a logged 500. */
export function dbError(error: DatabaseError | null, context: string): never {
  if (!error) throw new HttpError(500, 'internal_error', `${context} failed.`);
  const mapped = httpErrorFromDatabase(error);
  if (mapped) throw mapped;
  console.error(`${context}:`, error);
  throw new HttpError(500, 'database_error', `${context} failed. Please try again.`);
}
