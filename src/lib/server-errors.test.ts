import { describe, expect, it } from 'vitest';
import { fromPostgrestError } from './server-errors';

describe('fromPostgrestError', () => {
  it('keeps the sentence of a PTxxx error and takes its machine code from details', () => {
    const error = fromPostgrestError(
      {
        code: 'PT409',
        message: 'This answer is being scored right now and cannot be changed.',
        details: 'scoring_in_progress',
        hint: 'retry_after_seconds=12',
      },
      'fallback',
      409,
    );
    expect(error.message).toBe('This answer is being scored right now and cannot be changed.');
    expect(error.code).toBe('scoring_in_progress');
  });

  it('falls back to the SQLSTATE when details hold no machine code', () => {
    const error = fromPostgrestError({ code: 'PT404', message: 'This interview question does not exist.', details: null }, 'fallback', 404);
    expect(error.code).toBe('PT404');
  });
});
