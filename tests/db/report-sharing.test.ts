/**
 * Report links through PostgREST: only the owner of a finished interview creates links, the token is
 * made by the database, anyone with a live link reads the report (answers only when the owner chose
 * so, and then the rubric's quotes too), nothing about the owner leaks, and turning a link off,
 * expiry, a blocked owner or a deleted interview all end access.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonClient,
  closeSql,
  codeOf,
  createUser,
  FINISHED_ANSWER as ANSWER,
  FINISHED_IMPROVED_ANSWER as IMPROVED,
  insertFinishedInterview as finishedInterview,
  insertSession,
  sqlOne,
  sql,
  stack,
  type TestUser,
} from './helpers.ts';

/** The parts of get_shared_report's JSON these tests read (the first entries are checked to exist by the assertions). */
interface SharedReport {
  include_answers: boolean;
  session: Record<string, unknown>;
  report: { overall_score: number | string } & Record<string, unknown>;
  questions: unknown[];
  responses: [SharedResponse, ...SharedResponse[]];
  skill_gaps: [{ skill_gap_resources: [{ learning_resources: { url: string } }] }];
}
interface SharedResponse {
  answer_text: string | null;
  improved_answer: string | null;
  rubric: { key_points: [{ point: string; covered: boolean; evidence?: string }]; star: { situation: unknown } };
}

let owner: TestUser, other: TestUser;

async function share(user: TestUser, interviewId: string, options: { include_answers?: boolean; expires_at?: string | null } = {}) {
  return user.client
    .from('report_shares')
    .insert({ interview_id: interviewId, ...options })
    .select('id, token, include_answers, expires_at')
    .single();
}

beforeAll(async () => {
  [owner, other] = await Promise.all([createUser('sharer'), createUser('stranger')]);
});
afterAll(closeSql);

describe('creating report links', () => {
  it('the owner of a finished interview gets a random URL-safe token made by the database', async () => {
    const interview = await finishedInterview(owner);
    const a = await share(owner, interview.id);
    const b = await share(owner, interview.id, { include_answers: true });
    expect(a.error).toBeNull();
    expect(a.data!.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(b.data!.token).not.toBe(a.data!.token);
    expect(a.data!.include_answers).toBe(false);
    const mine = await owner.client.from('report_shares').select('id').eq('interview_id', interview.id);
    expect(mine.data).toHaveLength(2);
    expect((await other.client.from('report_shares').select('id').eq('interview_id', interview.id)).data).toEqual([]);
  });

  it("refuses a chosen token, someone else's interview, an unfinished interview and an expiry over a year", async () => {
    const interview = await finishedInterview(owner);
    const forged = await owner.client
      .from('report_shares')
      .insert({ interview_id: interview.id, token: 'A'.repeat(32) } as never)
      .select('id')
      .single();
    expect(forged.error).not.toBeNull();
    expect(codeOf(await share(other, interview.id))).toBe('42501');
    const running = await insertSession(owner.id, 'in_progress');
    expect(codeOf(await share(owner, running.id))).toBe('42501');
    const tooLong = await share(owner, interview.id, { expires_at: new Date(Date.now() + 400 * 86_400_000).toISOString() });
    expect(codeOf(tooLong)).toBe('23514');
    expect(Number((await sqlOne('select count(*) from public.report_shares where interview_id = $1', [interview.id])).count)).toBe(0);
  });

  it('allows at most 10 live links per report, with a message that says what to do', async () => {
    const interview = await finishedInterview(owner);
    for (let i = 0; i < 10; i += 1) expect((await share(owner, interview.id)).error).toBeNull();
    const eleventh = await share(owner, interview.id);
    expect(eleventh.error?.message).toMatch(/already has 10 active links\. Turn one off/);
    const first = (await owner.client.from('report_shares').select('id').eq('interview_id', interview.id).limit(1).single()).data!;
    expect((await owner.client.from('report_shares').update({ revoked_at: new Date().toISOString() }).eq('id', first.id)).error).toBeNull();
    expect((await share(owner, interview.id)).error).toBeNull();
  });
});

describe('reading a shared report (anyone with the link)', () => {
  it('shows scores and feedback but not the answers, their quotes, the improved answer or anything about the owner', async () => {
    const interview = await finishedInterview(owner);
    const link = (await share(owner, interview.id)).data!;
    const { data, error } = await anonClient().rpc('get_shared_report', { p_token: link.token });
    expect(error).toBeNull();
    const report = data as unknown as SharedReport;
    expect(report.include_answers).toBe(false);
    expect(report.session).toMatchObject({
      id: interview.id,
      title: 'Fixture interview',
      company: 'Acme',
      status: 'completed',
      resume_filename: null,
    });
    expect(report.report).toMatchObject({ summary: 'Solid basics.', recommendations: ['Read about selectivity'] });
    expect(Number(report.report.overall_score)).toBe(72);
    expect(report.questions).toHaveLength(1);
    expect(report.responses[0]).toMatchObject({
      question_id: interview.questionId,
      answer_text: null,
      improved_answer: null,
      strengths: ['Names the B-tree'],
    });
    expect(report.responses[0].rubric.key_points).toEqual([
      { point: 'b-tree', covered: true },
      { point: 'selectivity', covered: false },
    ]);
    expect(report.responses[0].rubric.star.situation).toEqual({ found: true });
    expect(report.skill_gaps[0]).toMatchObject({ skill_name: 'Databases', recommendation: 'Practise index selectivity.' });
    expect(report.skill_gaps[0].skill_gap_resources[0].learning_resources.url).toMatch(/^https?:\/\//);
    const text = JSON.stringify(report);
    for (const secret of ['QUOTE-MARKER', 'IMPROVED-ANSWER-MARKER', 'RESUME-MARKER', 'secret-cv.pdf', owner.email, owner.id]) {
      expect(text).not.toContain(secret);
    }
  });

  it('includes the answers, quotes and improved answer when the owner chose to, and counts views', async () => {
    const interview = await finishedInterview(owner);
    const link = (await share(owner, interview.id, { include_answers: true })).data!;
    const first = (await anonClient().rpc('get_shared_report', { p_token: link.token })).data as unknown as SharedReport;
    expect(first.responses[0].answer_text).toBe(ANSWER);
    expect(first.responses[0].improved_answer).toBe(IMPROVED);
    expect(first.responses[0].rubric.key_points[0].evidence).toBe(ANSWER);
    await other.client.rpc('get_shared_report', { p_token: link.token });
    const row = (await owner.client.from('report_shares').select('view_count, last_viewed_at').eq('id', link.id).single()).data!;
    expect(row.view_count).toBe(2);
    expect(row.last_viewed_at).not.toBeNull();
  });

  it('returns nothing for unknown or malformed tokens, expired links and turned-off links; turning off is final', async () => {
    const interview = await finishedInterview(owner);
    for (const token of ['x'.repeat(32), 'short', "' or 1=1 --", '']) {
      const res = await anonClient().rpc('get_shared_report', { p_token: token });
      expect(res.error).toBeNull();
      expect(res.data).toBeNull();
    }
    const expiring = (await share(owner, interview.id, { expires_at: new Date(Date.now() + 3_600_000).toISOString() })).data!;
    expect((await anonClient().rpc('get_shared_report', { p_token: expiring.token })).data).not.toBeNull();
    await sql(
      `update public.report_shares set created_at = now() - interval '2 days', expires_at = now() - interval '1 minute' where id = $1`,
      [expiring.id],
    );
    expect((await anonClient().rpc('get_shared_report', { p_token: expiring.token })).data).toBeNull();

    const link = (await share(owner, interview.id)).data!;
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const off = await owner.client.from('report_shares').update({ revoked_at: future }).eq('id', link.id).select('revoked_at').single();
    expect(Date.parse(off.data!.revoked_at!)).toBeLessThan(Date.now() + 60_000); // "off" means now, not a second expiry
    expect((await anonClient().rpc('get_shared_report', { p_token: link.token })).data).toBeNull();
    const reopen = await owner.client.from('report_shares').update({ revoked_at: null }).eq('id', link.id);
    expect(reopen.error?.message).toMatch(/already turned off/);
  });

  it("a stranger cannot turn off, delete or re-point someone else's link; the owner can delete it", async () => {
    const interview = await finishedInterview(owner);
    const mine = await finishedInterview(other);
    const link = (await share(owner, interview.id)).data!;
    await other.client.from('report_shares').update({ revoked_at: new Date().toISOString() }).eq('id', link.id);
    await other.client.from('report_shares').delete().eq('id', link.id);
    const repoint = await owner.client
      .from('report_shares')
      .update({ interview_id: mine.id } as never)
      .eq('id', link.id);
    expect(repoint.error).not.toBeNull();
    expect((await anonClient().rpc('get_shared_report', { p_token: link.token })).data).not.toBeNull();
    expect((await owner.client.from('report_shares').delete().eq('id', link.id)).error).toBeNull();
    expect((await anonClient().rpc('get_shared_report', { p_token: link.token })).data).toBeNull();
  });

  it("a blocked owner's links stop working, and deleting the interview removes its links", async () => {
    const user = await createUser('blocked-sharer');
    const interview = await finishedInterview(user);
    const link = (await share(user, interview.id)).data!;
    await sql(`update public.user_profiles set status = 'blocked' where id = $1`, [user.id]);
    expect((await anonClient().rpc('get_shared_report', { p_token: link.token })).data).toBeNull();
    await sql(`update public.user_profiles set status = 'active' where id = $1`, [user.id]);
    expect((await anonClient().rpc('get_shared_report', { p_token: link.token })).data).not.toBeNull();
    await sql('delete from public.interview_sessions where id = $1', [interview.id]);
    expect((await sql('select 1 from public.report_shares where id = $1', [link.id])).length).toBe(0);
  });

  it('also answers a GET (read-only) call, without counting a view', async () => {
    const interview = await finishedInterview(owner);
    const link = (await share(owner, interview.id)).data!;
    const info = stack();
    const res = await fetch(`${info.apiUrl}/rest/v1/rpc/get_shared_report?p_token=${link.token}`, { headers: { apikey: info.anonKey } });
    expect(res.status).toBe(200);
    expect((await res.json()).session.id).toBe(interview.id);
    expect((await sqlOne('select view_count from public.report_shares where id = $1', [link.id])).view_count).toBe(0);
  });

  it('anonymous callers cannot list links', async () => {
    const res = await anonClient().from('report_shares').select('token');
    expect(res.error).not.toBeNull();
  });
});
