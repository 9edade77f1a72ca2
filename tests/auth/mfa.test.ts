/**
 * Two-factor authentication (TOTP) through supabase-js `auth.mfa`, as GoTrue's factor endpoints
 * answer it, and aal2 enforced by Postgres for account deletion, billing and billing details.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { totpCode } from '../../stack/auth/totp.ts';
import { client, decodeJwt, raw, signUp, sql, uniqueIp } from './helpers.ts';

/** A code for the current 30-second step (the server accepts the neighbouring steps too). */
const codeFor = (secret: string) => totpCode(secret);

async function enrolAndVerify(sb: SupabaseClient) {
  const enrolled = await sb.auth.mfa.enroll({ factorType: 'totp', friendlyName: 'Phone' });
  expect(enrolled.error).toBeNull();
  const factorId = enrolled.data!.id;
  const secret = enrolled.data!.totp.secret;
  const verified = await sb.auth.mfa.challengeAndVerify({ factorId, code: codeFor(secret) });
  expect(verified.error).toBeNull();
  return { factorId, secret, session: verified.data! };
}

/** Password sign-in of a user with a factor: an aal1 session whose next level is aal2. */
async function signInAal1(email: string, password: string) {
  const sb = client(uniqueIp());
  const signedIn = await sb.auth.signInWithPassword({ email, password });
  expect(signedIn.error).toBeNull();
  return sb;
}

describe('TOTP factors (auth.mfa)', () => {
  it('enrols with a QR code and a secret; the first verified code makes the factor verified and the session aal2', async () => {
    const { client: sb, session } = await signUp();
    expect(decodeJwt(session.access_token).aal).toBe('aal1');

    const enrolled = await sb.auth.mfa.enroll({ factorType: 'totp', friendlyName: 'Phone', issuer: 'InterviewAI' });
    expect(enrolled.error).toBeNull();
    const { id: factorId, totp } = enrolled.data!;
    expect(enrolled.data).toMatchObject({ type: 'totp', friendly_name: 'Phone' });
    expect(totp.qr_code).toMatch(/^data:image\/svg\+xml;utf-8,<svg /);
    expect(totp.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totp.uri).toContain(`secret=${totp.secret}`);
    expect(totp.uri).toMatch(/^otpauth:\/\/totp\/InterviewAI:/);

    const pending = await sb.auth.mfa.listFactors();
    expect(pending.data!.all).toEqual([expect.objectContaining({ id: factorId, status: 'unverified', factor_type: 'totp' })]);
    expect(pending.data!.totp).toEqual([]);

    const challenge = await sb.auth.mfa.challenge({ factorId });
    expect(challenge.error).toBeNull();
    expect(challenge.data).toMatchObject({ type: 'totp' });
    expect(challenge.data!.expires_at).toBeGreaterThan(Date.now() / 1000);

    const wrongCode = codeFor(totp.secret) === '000000' ? '111111' : '000000';
    const wrong = await sb.auth.mfa.verify({ factorId, challengeId: challenge.data!.id, code: wrongCode });
    expect(wrong.error).toMatchObject({ status: 422, code: 'mfa_verification_failed' });

    const ok = await sb.auth.mfa.verify({ factorId, challengeId: challenge.data!.id, code: codeFor(totp.secret) });
    expect(ok.error).toBeNull();
    const claims = decodeJwt(ok.data!.access_token);
    expect(claims.aal).toBe('aal2');
    expect(claims.amr.map((entry) => entry.method)).toEqual(expect.arrayContaining(['totp', 'password']));
    expect(claims.session_id).toBe(decodeJwt(session.access_token).session_id);

    // A challenge is good for one verification.
    const reused = await sb.auth.mfa.verify({ factorId, challengeId: challenge.data!.id, code: codeFor(totp.secret) });
    expect(reused.error).toMatchObject({ status: 422 });

    const level = await sb.auth.mfa.getAuthenticatorAssuranceLevel();
    expect(level.data).toMatchObject({ currentLevel: 'aal2', nextLevel: 'aal2' });
    const listed = await sb.auth.mfa.listFactors();
    expect(listed.data!.totp).toEqual([expect.objectContaining({ id: factorId, status: 'verified', friendly_name: 'Phone' })]);

    // The upgraded session refreshes as aal2.
    const refreshed = await sb.auth.refreshSession();
    expect(refreshed.error).toBeNull();
    expect(decodeJwt(refreshed.data.session!.access_token).aal).toBe('aal2');
  });

  it('signs in at aal1 after a password, and the code step lifts the session to aal2', async () => {
    const { client: sb, email, password } = await signUp();
    const { factorId, secret } = await enrolAndVerify(sb);

    const again = await signInAal1(email, password);
    const level = await again.auth.mfa.getAuthenticatorAssuranceLevel();
    expect(level.data).toMatchObject({ currentLevel: 'aal1', nextLevel: 'aal2' });

    const verified = await again.auth.mfa.challengeAndVerify({ factorId, code: codeFor(secret) });
    expect(verified.error).toBeNull();
    expect((await again.auth.mfa.getAuthenticatorAssuranceLevel()).data).toMatchObject({ currentLevel: 'aal2', nextLevel: 'aal2' });
  });

  it('refuses a challenge from another client address, other users’ factors and enrolling a second factor at aal1', async () => {
    const { client: sb, email, password } = await signUp();
    const { factorId, secret } = await enrolAndVerify(sb);
    const aal1 = await signInAal1(email, password);
    const token = (await aal1.auth.getSession()).data.session!.access_token;

    const challenge = await raw(`/factors/${factorId}/challenge`, { method: 'POST', token, body: {} });
    expect(challenge.status).toBe(200);
    const elsewhere = await raw(`/factors/${factorId}/verify`, {
      method: 'POST',
      token,
      body: { challenge_id: challenge.body.id, code: codeFor(secret) },
    });
    expect(elsewhere.body).toMatchObject({ code: 'mfa_ip_address_mismatch' });

    const stranger = await signUp();
    const foreign = await raw(`/factors/${factorId}/challenge`, { method: 'POST', token: stranger.session.access_token, body: {} });
    expect(foreign).toMatchObject({ status: 404, body: { code: 'mfa_factor_not_found' } });

    const second = await aal1.auth.mfa.enroll({ factorType: 'totp', friendlyName: 'Tablet' });
    expect(second.error).toMatchObject({ status: 403, code: 'insufficient_aal' });
  });

  it('limits code guesses per factor', async () => {
    const { client: sb } = await signUp();
    const enrolled = await sb.auth.mfa.enroll({ factorType: 'totp', friendlyName: 'Phone' });
    const factorId = enrolled.data!.id;
    const wrongCode = codeFor(enrolled.data!.totp.secret) === '000000' ? '111111' : '000000';
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const challenge = await sb.auth.mfa.challenge({ factorId });
      const res = await sb.auth.mfa.verify({ factorId, challengeId: challenge.data!.id, code: wrongCode });
      statuses.push(res.error!.status!);
    }
    expect(statuses.filter((s) => s === 422)).toHaveLength(15);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });

  it('unenrols a verified factor only from an aal2 session', async () => {
    const { client: sb, email, password } = await signUp();
    const { factorId } = await enrolAndVerify(sb);
    const aal1 = await signInAal1(email, password);
    const refused = await aal1.auth.mfa.unenroll({ factorId });
    expect(refused.error).toMatchObject({ status: 422, code: 'insufficient_aal' });

    const removed = await sb.auth.mfa.unenroll({ factorId });
    expect(removed.error).toBeNull();
    expect(removed.data).toEqual({ id: factorId });
    expect((await sb.auth.mfa.listFactors()).data!.all).toEqual([]);
    const refreshed = await sb.auth.refreshSession();
    expect(decodeJwt(refreshed.data.session!.access_token).aal).toBe('aal1');
    expect((await sb.auth.mfa.getAuthenticatorAssuranceLevel()).data).toMatchObject({ currentLevel: 'aal1', nextLevel: 'aal1' });
  });
});

describe('aal2 enforced by Postgres for users with a factor', () => {
  it('account deletion needs aal2 once a factor is verified', async () => {
    const { client: sb, email, password, user } = await signUp();
    const { factorId, secret } = await enrolAndVerify(sb);
    const aal1 = await signInAal1(email, password);

    const refused = await aal1.rpc('delete_my_account', { p_confirm: 'DELETE' });
    expect(refused.error).toMatchObject({ code: 'PT403', details: 'aal2_required' });
    expect(await sql(`select 1 as present from auth.users where id = $1`, [user.id])).toEqual([{ present: 1 }]);

    expect((await aal1.auth.mfa.challengeAndVerify({ factorId, code: codeFor(secret) })).error).toBeNull();
    const deleted = await aal1.rpc('delete_my_account', { p_confirm: 'DELETE' });
    expect(deleted.error).toBeNull();
    expect(await sql(`select 1 from auth.users where id = $1`, [user.id])).toEqual([]);
  });

  it('users without a factor delete their account at aal1 as before', async () => {
    const { client: sb, user } = await signUp();
    expect((await sb.rpc('delete_my_account', { p_confirm: 'DELETE' })).error).toBeNull();
    expect(await sql(`select 1 from auth.users where id = $1`, [user.id])).toEqual([]);
  });

  it('billing details are hidden from an aal1 session (restrictive policy) and checkout refuses it', async () => {
    const { client: sb, email, password, user } = await signUp();
    await sql(`insert into public.billing_information (user_id, stripe_customer_id, card_last4) values ($1, $2, '4242')`, [
      user.id,
      `cus_test${user.id.replace(/-/g, '').slice(0, 12)}`,
    ]);
    expect((await sb.from('billing_information').select('card_last4')).data).toEqual([{ card_last4: '4242' }]);
    const { factorId, secret } = await enrolAndVerify(sb);
    expect((await sb.from('billing_information').select('card_last4')).data).toEqual([{ card_last4: '4242' }]);

    const aal1 = await signInAal1(email, password);
    expect((await aal1.from('billing_information').select('card_last4')).data).toEqual([]);
    const checkout = await aal1.functions.invoke('create-checkout-session', { body: { plan: 'pro_monthly' } });
    const response = (checkout.error as { context?: Response } | null)?.context;
    expect(response?.status).toBe(403);
    expect(await response!.json()).toMatchObject({ error: 'aal2_required' });

    expect((await aal1.auth.mfa.challengeAndVerify({ factorId, code: codeFor(secret) })).error).toBeNull();
    expect((await aal1.from('billing_information').select('card_last4')).data).toEqual([{ card_last4: '4242' }]);
  });
});
