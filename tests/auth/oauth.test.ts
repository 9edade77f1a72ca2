/**
 * Sign in with Google through GoTrue's OAuth flow with PKCE, as supabase-js runs it, against the local
 * OpenID Connect simulator standing in for Google: the test follows the redirects like a browser.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import ws from 'ws';
import { subjectFor, TEST_ACCOUNTS } from '../../stack/oauth-sim/index.ts';
import { fetchFrom, signUp, sql, stack, uniqueEmail, uniqueIp } from './helpers.ts';

const APP_CALLBACK = 'http://127.0.0.1:5173/auth/callback';

function pkceClient(): SupabaseClient {
  return createClient(stack.apiUrl, stack.anonKey, {
    auth: { flowType: 'pkce', persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    global: { fetch: fetchFrom(uniqueIp()) },
    // Node 20 has no global WebSocket; the realtime client needs one handed in.
    realtime: { transport: ws as unknown as typeof WebSocket },
  });
}

/** Starts the flow, picks an account on the simulator's page, and returns where auth sends the browser back. */
async function throughProvider(sb: SupabaseClient, account: Record<string, string>): Promise<URL> {
  const back = await callbackResponse(sb, account);
  expect(back.status).toBe(302);
  return new URL(back.headers.get('location')!);
}

async function callbackResponse(sb: SupabaseClient, account: Record<string, string>, tamper?: (url: URL) => void): Promise<Response> {
  const { data, error } = await sb.auth.signInWithOAuth({
    provider: 'google',
    options: { redirectTo: APP_CALLBACK, skipBrowserRedirect: true },
  });
  expect(error).toBeNull();
  const browser = fetchFrom(uniqueIp());
  const toProvider = await browser(data.url!, { redirect: 'manual' });
  expect(toProvider.status).toBe(302);
  const authorize = new URL(toProvider.headers.get('location')!);
  expect(`${authorize.origin}${authorize.pathname}`).toBe(`${stack.oauthSimulatorUrl}/authorize`);
  const page = await (await browser(authorize.toString())).text();
  expect(page).toContain('Sign in as Ada Lovelace');
  const form = new URLSearchParams({
    client_id: authorize.searchParams.get('client_id')!,
    redirect_uri: authorize.searchParams.get('redirect_uri')!,
    state: authorize.searchParams.get('state')!,
    ...account,
  });
  const chosen = await browser(`${stack.oauthSimulatorUrl}/authorize`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
  const callback = new URL(chosen.headers.get('location')!);
  expect(callback.pathname).toBe('/auth/v1/callback');
  tamper?.(callback);
  return browser(callback.toString(), { redirect: 'manual' });
}

describe('Sign in with Google (PKCE, local OIDC simulator)', () => {
  it('round-trips: new user with a google identity and a filled profile', async () => {
    const email = uniqueEmail('google');
    const sb = pkceClient();
    const back = await throughProvider(sb, { email, name: 'Gil Google', email_verified: 'true' });
    expect(`${back.origin}${back.pathname}`).toBe(APP_CALLBACK);
    const code = back.searchParams.get('code')!;
    expect(code).toBeTruthy();
    const { data, error } = await sb.auth.exchangeCodeForSession(code);
    expect(error).toBeNull();
    expect(data.user!.email).toBe(email);
    expect(data.user!.app_metadata).toMatchObject({ provider: 'google', providers: ['google'] });
    expect(data.user!.identities).toEqual([expect.objectContaining({ provider: 'google', id: subjectFor(email) })]);
    const [profile] = await sql(`select full_name, email_verified from public.user_profiles where id = $1`, [data.user!.id]);
    expect(profile).toEqual({ full_name: 'Gil Google', email_verified: true });

    // The auth code is single use.
    const again = await pkceClient().auth.exchangeCodeForSession(code);
    expect(again.error).not.toBeNull();
  });

  it('links to an existing account with the same verified e-mail', async () => {
    const { email, user } = await signUp({ email: uniqueEmail('linked') });
    const sb = pkceClient();
    const back = await throughProvider(sb, { email, name: 'Same Person', email_verified: 'true' });
    const { data, error } = await sb.auth.exchangeCodeForSession(back.searchParams.get('code')!);
    expect(error).toBeNull();
    expect(data.user!.id).toBe(user.id);
    expect(data.user!.identities!.map((i) => i.provider).sort()).toEqual(['email', 'google']);
    expect(data.user!.app_metadata.providers).toEqual(expect.arrayContaining(['email', 'google']));
  });

  it('does not link when the provider has not verified the e-mail', async () => {
    const { email, user } = await signUp({ email: uniqueEmail('unverified') });
    const back = await throughProvider(pkceClient(), { email, name: 'Impostor', email_verified: 'false' });
    expect(back.searchParams.get('code')).toBeNull();
    expect(back.searchParams.get('error_code')).toBe('email_exists');
    expect(await sql(`select provider from auth.identities where user_id = $1 order by provider`, [user.id])).toEqual([
      { provider: 'email' },
    ]);
  });

  it('refuses a tampered state and a wrong code verifier', async () => {
    const tampered = await callbackResponse(pkceClient(), { account: TEST_ACCOUNTS[1]!.sub }, (url) => {
      const state = url.searchParams.get('state')!;
      url.searchParams.set('state', `${state.slice(0, -4)}${state.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`);
    });
    // A forged state is not redirected anywhere.
    expect(tampered.status).toBe(400);
    expect(await tampered.json()).toMatchObject({ error_code: 'bad_oauth_state' });

    const sb = pkceClient();
    const back = await throughProvider(sb, { account: TEST_ACCOUNTS[0]!.sub });
    const other = pkceClient();
    // Another client has no (or another) code verifier for this code.
    await other.auth.signInWithOAuth({ provider: 'google', options: { redirectTo: APP_CALLBACK, skipBrowserRedirect: true } });
    const stolen = await other.auth.exchangeCodeForSession(back.searchParams.get('code')!);
    expect(stolen.error).toMatchObject({ code: 'bad_code_verifier' });
    // The refused attempt burnt the code.
    const owner = await sb.auth.exchangeCodeForSession(back.searchParams.get('code')!);
    expect(owner.error).not.toBeNull();
  });

  it('advertises google in /settings, as GoTrue does for an enabled provider', async () => {
    const settings = await fetch(`${stack.apiUrl}/auth/v1/settings`, { headers: { apikey: stack.anonKey } });
    expect(settings.status).toBe(200);
    expect(await settings.json()).toMatchObject({ external: { google: true, email: true, github: false } });
  });
});
