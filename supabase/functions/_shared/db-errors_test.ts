import assert from 'node:assert/strict';
import { dbError, httpErrorFromDatabase } from './db-errors.ts';
import { HttpError } from './http.ts';

Deno.test('db-errors: PTxxx errors keep their HTTP status, machine code and retry hint', () => {
  const busy = httpErrorFromDatabase({
    code: 'PT409',
    message: 'This answer is being scored right now and cannot be changed.',
    details: 'scoring_in_progress',
    hint: 'retry_after_seconds=7',
  })!;
  assert.deepEqual([busy.status, busy.code, busy.retryAfterSeconds], [409, 'scoring_in_progress', 7]);
  assert.deepEqual(httpErrorFromDatabase({ code: 'P0001', message: 'rule' }), undefined);
  assert.deepEqual(httpErrorFromDatabase({ code: 'PT404', message: 'gone', details: null })?.code, 'http_404');
});

Deno.test('db-errors: any other database error is a 500 naming the step, never the database text', () => {
  const logged: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args);
  try {
    assert.throws(
      () => dbError({ code: '42P01', message: 'relation "public.secret_table" does not exist', details: null }, 'Saving the evaluation'),
      (error: unknown) => {
        assert.ok(error instanceof HttpError);
        assert.deepEqual([error.status, error.code, error.message], [
          500,
          'database_error',
          'Saving the evaluation failed. Please try again.',
        ]);
        return true;
      },
    );
    assert.equal(logged.length, 1, 'the database text is logged for the operator');
    assert.throws(
      () => dbError({ code: 'PT404', message: 'No interview session with this id exists in your account.', details: 'not_found' }, 'x'),
      (error: unknown) => error instanceof HttpError && error.status === 404 && error.code === 'not_found',
    );
  } finally {
    console.error = original;
  }
});
