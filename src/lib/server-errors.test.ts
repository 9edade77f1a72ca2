import { describe, expect, it } from 'vitest';
import { fromPostgrestError } from './server-errors';

describe('fromPostgrestError', () => {
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
    expect(error.code).toBe('PT404');
  });

  it('falls back for codes whose text was not written for people', () => {
    expect(fromPostgrestError({ code: '55000', message: 'cannot insert into view' }, 'Could not save', 500).message).toBe('Could not save');
  });
});
