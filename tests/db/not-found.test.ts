/**
 * Unknown ids and writes to read-only views are the caller's mistake: PostgREST must answer 4xx with a
 * message a person understands and a stable machine code (detail), never a 500.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonClient, closeSql, createAdmin, createUser, serviceClient, type Client, type TestUser } from './helpers.ts';

let user: TestUser, admin: TestUser;
beforeAll(async () => {
  [user, admin] = await Promise.all([createUser('not-found'), createAdmin('not-found-admin')]);
});
afterAll(closeSql);

describe('RPCs answer 404 for ids that do not exist', () => {
  it.each([
    ['get_question_reveal', () => ({ p_question_id: randomUUID() }), 'question_not_found', /Interview question not found/],
    ['get_bank_question_reveal', () => ({ p_bank_question_id: randomUUID() }), 'bank_question_not_found', /Question not found/],
    [
      'update_interview_progress',
      () => ({ p_session_id: `sess_${randomUUID()}` }),
      'interview_not_found',
      /Interview session .* not found/,
    ],
    ['update_interview_progress', () => ({ p_session_id: randomUUID() }), 'interview_not_found', /not found/],
    ['cancel_interview', () => ({ p_session_id: `sess_${randomUUID()}` }), 'interview_not_found', /not found/],
    ['abandon_interview', () => ({ p_session_id: randomUUID() }), 'interview_not_found', /not found/],
  ] as const)('%s', async (fn, args, code, message) => {
    const result = await user.client.rpc(fn as never, args() as never);
    expect(result.status).toBe(404);
    expect(result.error).toMatchObject({ code: 'PT404', details: code });
    expect(result.error?.message).toMatch(message);
  });
});

describe('admin RPCs answer 404 for users and questions that do not exist', () => {
  it.each([
    ['admin_set_user_status', () => ({ p_user_id: randomUUID(), p_status: 'blocked' }), 'user_not_found'],
    ['admin_set_user_role', () => ({ p_user_id: randomUUID(), p_role: 'admin' }), 'user_not_found'],
    ['admin_delete_user', () => ({ p_user_id: randomUUID() }), 'user_not_found'],
    ['admin_get_question', () => ({ p_question_id: randomUUID() }), 'bank_question_not_found'],
    ['admin_set_question_active', () => ({ p_question_id: randomUUID(), p_is_active: false }), 'bank_question_not_found'],
    [
      'admin_save_question',
      () => ({ p_question_id: randomUUID(), p_question: { question: 'Does this question exist anywhere?' } }),
      'bank_question_not_found',
    ],
  ] as const)('%s', async (fn, args, code) => {
    const result = await admin.client.rpc(fn as never, args() as never);
    expect(result.status, JSON.stringify(result.error)).toBe(404);
    expect(result.error).toMatchObject({ code: 'PT404', details: code });
  });
});

describe('user_skill_progress is read-only through the API', () => {
  const writes = (client: Client) => [
    client.from('user_skill_progress').insert({ skill: 'SQL', score: 90 } as never),
    client
      .from('user_skill_progress')
      .update({ score: 90 } as never)
      .eq('skill', 'SQL'),
    client.from('user_skill_progress').delete().eq('skill', 'SQL'),
  ];

  it('anon, a signed-in user and the service role all get a 4xx, not a server error', async () => {
    for (const [who, client] of [
      ['anon', anonClient()],
      ['user', user.client],
      ['service', serviceClient()],
    ] as const) {
      for (const result of await Promise.all(writes(client))) {
        expect(result.status, `${who}: ${JSON.stringify(result.error)}`).toBeGreaterThanOrEqual(400);
        expect(result.status, `${who}: ${JSON.stringify(result.error)}`).toBeLessThan(500);
      }
    }
  });
});
