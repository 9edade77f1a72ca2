import { afterEach, describe, expect, it } from 'vitest';
import { fromFunctionError, fromPostgrestError, messageForCode, toUserMessage } from './errors';
import { setLanguage } from './i18n';

describe('fromPostgrestError', () => {
  it('takes machine codes with digits from details (aal2_required)', () => {
    const error = fromPostgrestError(
      { code: 'PT403', message: 'Confirm this with a code from your authenticator app first.', details: 'aal2_required', hint: null },
      'fallback',
      403,
    );
    expect(error.code).toBe('aal2_required');
  });

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

  it('falls back to the SQLSTATE when details hold no machine code', () => {
    const error = fromPostgrestError({ code: 'PT404', message: 'This interview question does not exist.', details: null }, 'fallback', 404);
    expect(error.code).toBe('PT404');
  });

  it('falls back for codes whose text was not written for people', () => {
    expect(fromPostgrestError({ code: '55000', message: 'cannot insert into view' }, 'Could not save', 500).message).toBe('Could not save');
  });
});

describe('machine codes from the database', () => {
  afterEach(() => setLanguage('en'));

  it('takes the code from details and keeps the sentence written for people when the map has no words for it', () => {
    const error = fromPostgrestError(
      {
        code: 'P0001',
        message: 'Monthly interview limit reached: your Free plan includes 3 interviews per month and you have used 3.',
        details: 'quota_exceeded',
        hint: 'The limit resets on 2027-01-01 (UTC). Upgrade to Pro for unlimited interviews.',
      },
      'fallback',
      400,
    );
    expect(error.code).toBe('quota_exceeded');
    expect(error.message).toBe('Monthly interview limit reached: your Free plan includes 3 interviews per month and you have used 3.');
    expect(error.details).toEqual(['The limit resets on 2027-01-01 (UTC). Upgrade to Pro for unlimited interviews.']);
  });

  it('words a code the map knows in the UI language, whatever the server wrote', async () => {
    const raised = {
      code: 'P0001',
      message: 'This answer has already been scored and can no longer be changed',
      details: 'already_scored',
    };
    expect(fromPostgrestError(raised, 'fallback', 400)).toMatchObject({
      code: 'already_scored',
      message: 'This answer was already submitted and scored.',
    });
    await setLanguage('de');
    expect(fromPostgrestError(raised, 'fallback', 400).message).toBe('Diese Antwort wurde bereits abgegeben und bewertet.');
  });

  it('words the field rules of a table by their code, in the UI language', async () => {
    const taken = { code: '23505', message: 'That username is already taken.', details: 'username_taken', hint: null };
    expect(fromPostgrestError(taken, 'fallback', 409)).toMatchObject({
      code: 'username_taken',
      message: 'That username is already taken.',
    });
    await setLanguage('de');
    expect(fromPostgrestError(taken, 'fallback', 409).message).toBe('Dieser Benutzername ist bereits vergeben.');
    const weights = { code: '23514', message: 'x', details: 'criteria_weights_invalid', hint: null };
    expect(fromPostgrestError(weights, 'fallback', 400).message).toBe(
      'Jede Gewichtung muss zwischen 0 und 100 liegen, und alle zusammen müssen genau 100 ergeben.',
    );
  });

  it('does not read constraint names: a constraint error without a code gets the fallback', () => {
    const bare = {
      code: '23505',
      message: 'duplicate key value violates unique constraint "user_profiles_username_key"',
      details: 'Key (username)=(ada) already exists.',
      hint: null,
    };
    expect(fromPostgrestError(bare, "We couldn't save your profile.", 409)).toMatchObject({
      code: '23505',
      message: "We couldn't save your profile.",
    });
  });

  it('words the generic and network messages in the UI language when they are raised', async () => {
    expect(toUserMessage(new Error('boom'))).toBe('Something went wrong. Please try again.');
    await setLanguage('de');
    expect(toUserMessage(new Error('boom'))).toBe('Etwas ist schiefgelaufen. Bitte versuch es noch einmal.');
    expect(toUserMessage(new TypeError('Failed to fetch'))).toBe(
      'Der Server ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.',
    );
    expect(fromPostgrestError({ message: 'TypeError: Failed to fetch' }, 'fallback', 0).message).toBe(
      'Der Server ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.',
    );
  });

  it('has no words for codes it does not know, nor for text that is not a code', () => {
    expect(messageForCode('no_such_code')).toBeUndefined();
    expect(messageForCode('Interview limit reached')).toBeUndefined();
    expect(messageForCode(undefined)).toBeUndefined();
  });

  it('tells a network failure, an expired session and a refusal of Postgres itself apart by code and status', () => {
    expect(fromPostgrestError({ message: 'TypeError: Failed to fetch' }, 'fallback', 0)).toMatchObject({
      code: 'network',
      message: "We couldn't reach the server. Check your connection and try again.",
    });
    expect(fromPostgrestError({ code: 'PGRST301', message: 'JWT expired' }, 'fallback', 401).code).toBe('session_expired');
    expect(fromPostgrestError({ code: '42501', message: 'permission denied for table plans' }, 'fallback', 403)).toMatchObject({
      code: '42501',
      message: "You don't have permission to do that.",
    });
  });
});

describe('fromFunctionError', () => {
  const failed = (status: number, body: unknown) => ({
    name: 'FunctionsHttpError',
    message: 'Edge Function returned a non-2xx status code',
    context: new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  });

  it('keeps the code of `{ error, message }` and shows the message of a 4xx', async () => {
    const error = await fromFunctionError(failed(409, { error: 'already_subscribed', message: 'You already have Pro.' }), 'fallback');
    expect(error).toMatchObject({ code: 'already_subscribed', message: 'You already have Pro.' });
  });

  it('words known codes from the map and never shows the message of a 5xx', async () => {
    expect(await fromFunctionError(failed(401, { error: 'not_authenticated', message: 'x' }), 'fallback')).toMatchObject({
      code: 'session_expired',
      message: 'Your session has expired. Please sign in again.',
    });
    expect(await fromFunctionError(failed(500, { error: 'database_error', message: 'relation does not exist' }), 'fallback')).toMatchObject(
      {
        code: 'database_error',
        message: 'fallback',
      },
    );
  });

  it('words a function that could not reach the database (503 database_unavailable) as a retryable moment', async () => {
    const busy = failed(503, { error: 'database_unavailable', message: 'The database is busy right now. Please try again in a moment.' });
    expect(await fromFunctionError(busy, 'fallback')).toMatchObject({
      code: 'database_unavailable',
      message: "We couldn't reach the database just now. Please try again in a moment.",
    });
  });
});
