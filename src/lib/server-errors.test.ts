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

  it('shows the message of a not-found error raised by the database (PT404, answered 404)', () => {
    const error = fromPostgrestError(
      {
        code: 'PT404',
        message: 'Interview question not found',
        details: 'question_not_found',
        hint: 'The question may have been deleted.',
      },
      'Something went wrong',
      404,
    );
    expect(error.message).toBe('Interview question not found');
    expect(error.code).toBe('question_not_found');
  });

  it('takes machine codes with digits from details (aal2_required)', () => {
    const error = fromPostgrestError(
      { code: 'PT403', message: 'Confirm this with a code from your authenticator app first.', details: 'aal2_required', hint: null },
      'fallback',
      403,
    );
    expect(error.code).toBe('aal2_required');
    expect(error.message).toBe('Confirm this with a code from your authenticator app first.');
  });

  it('falls back to the SQLSTATE when details hold no machine code', () => {
    const error = fromPostgrestError({ code: 'PT404', message: 'This interview question does not exist.', details: null }, 'fallback', 404);
    expect(error.code).toBe('PT404');
  });

  it('falls back for codes whose text was not written for people', () => {
    expect(fromPostgrestError({ code: '55000', message: 'cannot insert into view' }, 'Could not save', 500).message).toBe('Could not save');
  });
});
