// Archived interviews (moved to `archive.*` by the lifecycle job) stay readable by their owner, read-only: the
// history lists them and the data export includes them; nobody else reads them and nothing writes them.
import { afterAll, describe, expect, it } from 'vitest';
import { anonClient, closeSql, createAdmin, createUser, insertFinishedInterview, sql, sqlOne } from './helpers.ts';

afterAll(closeSql);

/** Ends the interview long ago and runs the archive step of the lifecycle job. */
async function archive(interviewId: string) {
  await sql(
    `update public.interview_sessions set ended_at = now() - interval '3 years', created_at = now() - interval '3 years' where id = $1`,
    [interviewId],
  );
  await sql('select private.archive_old_data()');
  expect(await sql('select 1 from public.interview_sessions where id = $1', [interviewId])).toHaveLength(0);
}

type ArchivedSummary = { id: string; status: string; score: number; questions_answered: number; archived_at: string };
type ArchivedData = Record<string, Array<Record<string, unknown>>>;

describe('archived interviews', () => {
  it('the owner reads them (history list and export), without the answer material users never see', async () => {
    const owner = await createUser('archived-owner');
    const finished = await insertFinishedInterview(owner);
    await archive(finished.id);

    const list = await owner.client.rpc('get_my_archived_interviews');
    expect(list.error).toBeNull();
    expect(list.data as ArchivedSummary[]).toEqual([
      expect.objectContaining({ id: finished.id, status: 'completed', score: 72, questions_answered: 1, archived_at: expect.any(String) }),
    ]);

    const exported = await owner.client.rpc('get_my_archived_data');
    expect(exported.error).toBeNull();
    const data = exported.data as ArchivedData;
    expect(data.interview_sessions!.map((s) => s.id)).toEqual([finished.id]);
    expect(data.interview_questions!.map((q) => q.id)).toEqual([finished.questionId]);
    expect(data.interview_responses).toHaveLength(1);
    expect(data.interview_reports!.map((r) => r.report_type).sort()).toEqual(['detailed', 'summary']);
    expect(data.skill_gaps).toHaveLength(1);
    expect(data.interview_messages!.length).toBeGreaterThan(0);
    expect(data.interview_questions![0]).not.toHaveProperty('expected_answer');
    expect(data.interview_questions![0]).not.toHaveProperty('key_points');
    expect(data.interview_responses![0]).not.toHaveProperty('scoring_started_at');
  });

  it('nobody else reads them (other users, admins through these RPCs, anonymous callers), and the API cannot reach archive.*', async () => {
    const owner = await createUser('archived-private');
    const finished = await insertFinishedInterview(owner);
    await archive(finished.id);
    const stranger = await createUser('archived-stranger');
    const admin = await createAdmin('archived-admin');
    for (const reader of [stranger, admin]) {
      expect((await reader.client.rpc('get_my_archived_interviews')).data).toEqual([]);
      const data = (await reader.client.rpc('get_my_archived_data')).data as ArchivedData;
      expect(data.interview_sessions).toEqual([]);
    }
    expect((await anonClient().rpc('get_my_archived_interviews')).error).not.toBeNull();
    const archiveSchema = await owner.client
      .schema('archive' as never)
      .from('interview_sessions')
      .select('id');
    expect(archiveSchema.error).not.toBeNull();
  });

  it('is read-only: answers cannot be submitted or reports shared, and a blocked owner reads nothing', async () => {
    const owner = await createUser('archived-readonly');
    const finished = await insertFinishedInterview(owner);
    await archive(finished.id);
    const submitted = await owner.client.rpc('submit_response', { p_question_id: finished.questionId, p_answer_text: 'late' });
    expect(submitted.error?.code).toBe('PT404');
    const shared = await owner.client.from('report_shares').insert({ interview_id: finished.id } as never);
    expect(shared.error).not.toBeNull();
    expect(Number((await sqlOne('select count(*) from archive.interview_responses where interview_id = $1', [finished.id])).count)).toBe(1);

    await sql(`update public.user_profiles set status = 'blocked' where id = $1`, [owner.id]);
    const blocked = await owner.client.rpc('get_my_archived_interviews');
    expect(blocked.error?.details).toBe('account_blocked');
  });
});
