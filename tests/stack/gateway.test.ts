import { describe, expect, it } from 'vitest';
import { anonClient, stack } from '../helpers/stack.ts';

describe('gateway (Kong-compatible routing)', () => {
  it('reports healthy only with every component up', async () => {
    const response = await fetch(`${stack().apiUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'healthy',
      components: { database: true, rest: true, auth: true, functions: true },
    });
  });

  it('refuses REST and auth calls without an API key, with a readable message', async () => {
    for (const path of ['/rest/v1/', '/auth/v1/settings']) {
      const response = await fetch(`${stack().apiUrl}${path}`);
      expect(response.status).toBe(401);
      expect((await response.json()).message).toBe('No API key found in request');
    }
  });

  it('refuses an unknown API key', async () => {
    const response = await fetch(`${stack().apiUrl}/rest/v1/`, { headers: { apikey: 'not-a-key' } });
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe('Invalid API key');
  });

  it('routes REST with the anon key to PostgREST 12', async () => {
    const response = await fetch(`${stack().apiUrl}/rest/v1/`, { headers: { apikey: stack().anonKey } });
    expect(response.status).toBe(200);
    expect((await response.json()).info.version).toBe('12.0.2');
  });

  it('answers CORS preflights for the SPA', async () => {
    const response = await fetch(`${stack().apiUrl}/rest/v1/user_profiles`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'apikey, authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toContain('apikey');
  });

  it('serves edge functions through supabase-js functions.invoke', async () => {
    const { data, error } = await anonClient().functions.invoke('health', { method: 'GET' });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'ok', checks: { env: true, rest: true } });
  });

  it('requires a valid JWT for functions with verify_jwt on', async () => {
    const missing = await fetch(`${stack().apiUrl}/functions/v1/health`);
    expect(missing.status).toBe(401);
    const forged = await fetch(`${stack().apiUrl}/functions/v1/health`, {
      headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.bad' },
    });
    expect(forged.status).toBe(401);
    expect((await forged.json()).message).toBe('Invalid JWT');
  });

  it('answers 404 with a message for a function that does not exist', async () => {
    const response = await fetch(`${stack().apiUrl}/functions/v1/no-such-function`, {
      headers: { authorization: `Bearer ${stack().anonKey}` },
    });
    expect(response.status).toBe(404);
    expect((await response.json()).message).toBe('Function "no-such-function" does not exist.');
  });

  it('serves the local mailbox page', async () => {
    const response = await fetch(stack().mailboxUrl);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Local mailbox');
  });
});
