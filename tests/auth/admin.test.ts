import { describe, expect, it } from 'vitest';
import { signJwt } from '../../stack/lib/jwt.ts';
import {
  fetchFrom,
  adminClient,
  authUrl,
  client,
  decodeJwt,
  fragmentParams,
  linkFrom,
  mailbox,
  raw,
  signUp,
  sql,
  stack,
  strongPassword,
  uniqueEmail,
  uniqueIp,
} from './helpers.ts';

const admin = (path: string, init: Parameters<typeof raw>[1] = {}) => raw(path, { ...init, token: stack.serviceRoleKey });

describe('admin API access', () => {
  it('requires a service_role JWT: anon key and user JWTs get 403 not_admin', async () => {
    const { session } = await signUp();
    for (const token of [stack.anonKey, session.access_token]) {
      const list = await raw('/admin/users', { token });
      expect(list.status).toBe(403);
      expect(list.body).toEqual({ code: 'not_admin', message: 'User not allowed' });
      const create = await raw('/admin/users', { method: 'POST', token, body: { email: uniqueEmail() } });
      expect(create.status).toBe(403);
    }
    const legacy = await raw('/admin/users', { token: session.access_token, versioned: false });
    expect(legacy.body).toEqual({ code: 403, error_code: 'not_admin', msg: 'User not allowed' });
    const forged = signJwt({ role: 'service_role', exp: Math.floor(Date.now() / 1000) + 60 }, 'not-the-right-secret-not-the-right-secret');
    const bad = await raw('/admin/users', { token: forged });
    expect(bad.status).toBe(403);
    expect(bad.body.code).toBe('bad_jwt');

    // supabase-js with the anon key.
    const viaJs = await client().auth.admin.listUsers();
    expect(viaJs.error).toMatchObject({ status: 403, code: 'not_admin' });
  });
});

describe('admin users', () => {
  it('creates, reads, updates and deletes users', async () => {
    const sb = adminClient();
    const email = uniqueEmail('admin-made');
    const password = strongPassword();
    const created = await sb.auth.admin.createUser({
      email,
      password,
      email_confirm: true,
      user_metadata: { full_name: 'Made By Admin' },
      app_metadata: { plan: 'pro' },
    });
    expect(created.error).toBeNull();
    const user = created.data.user!;
    expect(user).toMatchObject({
      email,
      aud: 'authenticated',
      role: 'authenticated',
      app_metadata: { provider: 'email', providers: ['email'], plan: 'pro' },
      user_metadata: { full_name: 'Made By Admin', email_verified: true },
    });
    expect(user.email_confirmed_at).toEqual(expect.any(String));
    expect(user.identities).toHaveLength(1);
    expect((await client().auth.signInWithPassword({ email, password })).error).toBeNull();
    // The project's auth.users trigger ran: the profile exists.
    expect(await sql(`select email from public.user_profiles where id = $1`, [user.id])).toEqual([{ email }]);

    const fetched = await sb.auth.admin.getUserById(user.id);
    expect(fetched.error).toBeNull();
    expect(fetched.data.user!.id).toBe(user.id);

    const newEmail = uniqueEmail('renamed');
    const newPassword = strongPassword();
    const updated = await sb.auth.admin.updateUserById(user.id, {
      email: newEmail,
      password: newPassword,
      app_metadata: { plan: null, role: 'admin' },
      user_metadata: { bio: 'hi' },
    });
    expect(updated.error).toBeNull();
    expect(updated.data.user).toMatchObject({
      email: newEmail,
      app_metadata: { provider: 'email', providers: ['email'], role: 'admin' },
      user_metadata: { full_name: 'Made By Admin', bio: 'hi' },
    });
    expect(updated.data.user!.app_metadata).not.toHaveProperty('plan');
    expect((await client().auth.signInWithPassword({ email: newEmail, password: newPassword })).error).toBeNull();
    expect((await client().auth.signInWithPassword({ email: newEmail, password })).error?.code).toBe('invalid_credentials');

    const deleted = await sb.auth.admin.deleteUser(user.id);
    expect(deleted.error).toBeNull();
    expect(await sql(`select 1 from auth.users where id = $1`, [user.id])).toEqual([]);
    expect(await sql(`select 1 from auth.identities where user_id = $1`, [user.id])).toEqual([]);
    expect(await sql(`select 1 from auth.sessions where user_id = $1`, [user.id])).toEqual([]);
    const gone = await sb.auth.admin.getUserById(user.id);
    expect(gone.error).toMatchObject({ status: 404, code: 'user_not_found' });
  });

  it('deleting a user ends their sessions and refresh tokens', async () => {
    const { session, user } = await signUp();
    expect((await adminClient().auth.admin.deleteUser(user.id)).error).toBeNull();
    const refresh = await client().auth.refreshSession({ refresh_token: session.refresh_token });
    expect(refresh.error?.code).toBe('refresh_token_not_found');
    expect((await raw('/user', { token: session.access_token })).body.code).toBe('user_not_found');
  });

  it('validates input', async () => {
    const { email } = await signUp();
    const dup = await adminClient().auth.admin.createUser({ email, password: strongPassword() });
    expect(dup.error).toMatchObject({ status: 422, code: 'email_exists' });
    const weak = await adminClient().auth.admin.createUser({ email: uniqueEmail(), password: 'weak' });
    expect(weak.error).toMatchObject({ status: 422, code: 'weak_password' });
    const noEmail = await admin('/admin/users', { method: 'POST', body: {} });
    expect(noEmail.status).toBe(400);
    expect(noEmail.body.code).toBe('validation_failed');
    const badId = await admin('/admin/users/not-a-uuid');
    expect(badId.status).toBe(400);
    const unknown = await admin(`/admin/users/${crypto.randomUUID()}`);
    expect(unknown).toMatchObject({ status: 404, body: { code: 'user_not_found', message: 'User not found' } });
    const badBan = await admin(`/admin/users/${crypto.randomUUID()}`, { method: 'PUT', body: { ban_duration: 'forever' } });
    expect(badBan.status).toBe(404);
    const existing = (await sql(`select id::text from auth.users where email = $1`, [email]))[0]!.id;
    const badBan2 = await admin(`/admin/users/${existing}`, { method: 'PUT', body: { ban_duration: 'forever' } });
    expect(badBan2.status).toBe(400);
    expect(badBan2.body.code).toBe('validation_failed');
    const badJson = await admin('/admin/users', { method: 'POST', body: '{{' });
    expect(badJson.body.code).toBe('bad_json');
  });

  it('bans and unbans with ban_duration', async () => {
    const { email, password, session, user } = await signUp();
    const banned = await adminClient().auth.admin.updateUserById(user.id, { ban_duration: '24h' });
    expect(banned.error).toBeNull();
    const until = Date.parse((banned.data.user as unknown as { banned_until: string }).banned_until);
    expect(until - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    expect(until - Date.now()).toBeLessThan(24.1 * 3600_000);
    expect((await client().auth.signInWithPassword({ email, password })).error).toMatchObject({ status: 400, code: 'user_banned' });
    expect((await client().auth.refreshSession({ refresh_token: session.refresh_token })).error).not.toBeNull();

    const forever = await adminClient().auth.admin.updateUserById(user.id, { ban_duration: '876000h' });
    expect(Date.parse((forever.data.user as unknown as { banned_until: string }).banned_until)).toBeGreaterThan(
      Date.now() + 99 * 365 * 86400_000,
    );

    const lifted = await adminClient().auth.admin.updateUserById(user.id, { ban_duration: 'none' });
    expect(lifted.error).toBeNull();
    expect(lifted.data.user).not.toHaveProperty('banned_until');
    expect((await client().auth.signInWithPassword({ email, password })).error).toBeNull();
  });

  it('lists users with pagination headers', async () => {
    const tag = `page${Date.now()}`;
    for (let i = 0; i < 3; i++) {
      const created = await adminClient().auth.admin.createUser({ email: uniqueEmail(tag), email_confirm: true });
      expect(created.error).toBeNull();
    }
    // Other test files create and delete users on the same stack meanwhile: paging through the users made
    // here (the filter) gives exact numbers.
    const res = await admin(`/admin/users?filter=${tag}&page=1&per_page=2`);
    expect(res.status).toBe(200);
    expect(res.body.aud).toBe('authenticated');
    expect(res.body.users).toHaveLength(2);
    expect(res.headers.get('x-total-count')).toBe('3');
    expect(res.headers.get('link')).toBe(
      `</admin/users?filter=${tag}&page=2&per_page=2>; rel="next", </admin/users?filter=${tag}&page=2&per_page=2>; rel="last"`,
    );
    const second = await admin(`/admin/users?filter=${tag}&page=2&per_page=2`);
    expect(second.body.users).toHaveLength(1);

    const filtered = await admin(`/admin/users?filter=${tag}`);
    expect(filtered.body.users.map((u: { email: string }) => u.email.startsWith(tag))).toEqual([true, true, true]);

    const { data, error } = await adminClient().auth.admin.listUsers({ page: 1, perPage: 2 });
    expect(error).toBeNull();
    expect(data.users).toHaveLength(2);
    // Other test files create and delete users on the same stack meanwhile: the total is only known to
    // include the three made here.
    expect((data as unknown as { total: number }).total).toBeGreaterThanOrEqual(3);
    expect((data as unknown as { nextPage: number }).nextPage).toBe(2);

    const bad = await admin('/admin/users?page=zero');
    expect(bad.status).toBe(400);
  });
});

describe('POST /admin/generate_link', () => {
  it('generates a recovery link that works like the e-mailed one (no mail is sent)', async () => {
    const { email, user } = await signUp();
    const { data, error } = await adminClient().auth.admin.generateLink({
      type: 'recovery',
      email,
      options: { redirectTo: 'http://localhost:5173/reset-password' },
    });
    expect(error).toBeNull();
    expect(data.user!.id).toBe(user.id);
    expect(data.properties).toMatchObject({
      email_otp: expect.stringMatching(/^\d{6}$/),
      hashed_token: expect.stringMatching(/^[0-9a-f]{56}$/),
      verification_type: 'recovery',
      redirect_to: 'http://localhost:5173/reset-password',
    });
    expect(data.properties!.action_link).toBe(
      `${authUrl}/verify?token=${data.properties!.hashed_token}&type=recovery&redirect_to=${encodeURIComponent('http://localhost:5173/reset-password')}`,
    );
    const res = await fetchFrom(uniqueIp())(data.properties!.action_link, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(decodeJwt(fragmentParams(res.headers.get('location')!).access_token!).sub).toBe(user.id);
  });

  it('magiclink for an unknown address signs the user up; recovery for one is 404', async () => {
    const email = uniqueEmail('generated');
    const recovery = await adminClient().auth.admin.generateLink({ type: 'recovery', email });
    expect(recovery.error).toMatchObject({ status: 404, code: 'user_not_found' });
    const magic = await adminClient().auth.admin.generateLink({ type: 'magiclink', email });
    expect(magic.error).toBeNull();
    expect(magic.data.properties!.verification_type).toBe('signup');
    expect(magic.data.user!.email).toBe(email);
    const verified = await client().auth.verifyOtp({ token_hash: magic.data.properties!.hashed_token, type: 'signup' });
    expect(verified.error).toBeNull();
    expect(verified.data.user!.email_confirmed_at).toEqual(expect.any(String));
  });

  it('signup links refuse confirmed addresses and require a strong password for new ones', async () => {
    const { email } = await signUp();
    const dup = await adminClient().auth.admin.generateLink({ type: 'signup', email, password: strongPassword() });
    expect(dup.error).toMatchObject({ status: 422, code: 'email_exists' });
    const weak = await adminClient().auth.admin.generateLink({ type: 'signup', email: uniqueEmail(), password: 'weak' });
    expect(weak.error).toMatchObject({ status: 422, code: 'weak_password' });
    const anon = await raw('/admin/generate_link', { method: 'POST', body: { type: 'recovery', email } });
    expect(anon.status).toBe(403);
  });
});

describe('POST /invite', () => {
  it('invites a new user by e-mail; the link confirms and signs them in', async () => {
    const email = uniqueEmail('invited');
    const anon = await raw('/invite', { method: 'POST', body: { email } });
    expect(anon).toMatchObject({ status: 403, body: { code: 'not_admin' } });

    const { data, error } = await adminClient().auth.admin.inviteUserByEmail(email, { data: { full_name: 'Invited Person' } });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ email, user_metadata: { full_name: 'Invited Person' } });
    expect(data.user!.invited_at).toEqual(expect.any(String));
    expect(data.user!.email_confirmed_at).toBeUndefined();

    const mail = (await mailbox.list(email))[0]!;
    expect(mail.subject).toBe('You have been invited');
    const res = await fetchFrom(uniqueIp())(linkFrom(mail), { redirect: 'manual' });
    expect(res.status).toBe(303);
    const params = fragmentParams(res.headers.get('location')!);
    expect(params.type).toBe('invite');
    const me = await raw('/user', { token: params.access_token });
    expect(me.body.email_confirmed_at).toEqual(expect.any(String));

    const again = await adminClient().auth.admin.inviteUserByEmail(email);
    expect(again.error).toMatchObject({ status: 422, code: 'email_exists' });
  });
});
