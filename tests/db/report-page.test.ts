/**
 * get_interview_report_page: the owner's report page in one answer (session, both reports, questions,
 * responses, skill gaps with resources, transcript, share links), the same rows the page read with seven
 * requests before; null for someone else's interview (admins included) and refused to anon.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonClient, closeSql, codeOf, createAdmin, createUser, insertFinishedInterview, insertSession, type TestUser } from './helpers.ts';

interface ReportPage {
  session: { id: string; status: string; resume_filename: string | null };
  report: { summary: string; strengths: string[] } | null;
  summary_report: { summary: string } | null;
  questions: { id: string }[];
  responses: { question_id: string; answer_text: string; rubric: unknown }[];
  skill_gaps: { skill_name: string; skill_gap_resources: { priority: number; learning_resources: { url: string } | null }[] }[];
  transcript: { message_index: number; role: string }[];
  shares: { token: string; interview_id: string }[];
}

let owner: TestUser, other: TestUser, admin: TestUser;

beforeAll(async () => {
  [owner, other, admin] = await Promise.all([createUser('report-owner'), createUser('report-stranger'), createAdmin('report-admin')]);
});
afterAll(closeSql);

const page = (user: TestUser, interviewId: string) => user.client.rpc('get_interview_report_page', { p_interview_id: interviewId });

describe('get_interview_report_page', () => {
  it('gives the owner everything the separate requests gave, in one answer', async () => {
    const interview = await insertFinishedInterview(owner);
    const shared = await owner.client.from('report_shares').insert({ interview_id: interview.id }).select('token').single();
    expect(shared.error).toBeNull();

    const { data, error } = await page(owner, interview.id);
    expect(error).toBeNull();
    const result = data as unknown as ReportPage;

    const session = await owner.client.from('interview_sessions').select('id,status,resume_filename').eq('id', interview.id).single();
    expect(result.session).toMatchObject(session.data!);
    const detailed = await owner.client
      .from('interview_reports')
      .select('summary,strengths')
      .eq('interview_id', interview.id)
      .eq('report_type', 'detailed')
      .single();
    expect(result.report).toMatchObject(detailed.data!);
    const summary = await owner.client
      .from('interview_reports')
      .select('summary')
      .eq('interview_id', interview.id)
      .eq('report_type', 'summary')
      .maybeSingle();
    expect(result.summary_report).toMatchObject(summary.data!);
    expect(result.questions.map((q) => q.id)).toEqual([interview.questionId]);
    const responses = await owner.client
      .from('interview_responses')
      .select('question_id,answer_text,rubric')
      .eq('interview_id', interview.id);
    expect(result.responses).toMatchObject(responses.data!);
    expect(result.skill_gaps).toHaveLength(1);
    expect(result.skill_gaps[0]!.skill_name).toBe('Databases');
    expect(result.skill_gaps[0]!.skill_gap_resources[0]!.learning_resources!.url).toMatch(/^https?:\/\//);
    const messages = await owner.client
      .from('interview_messages')
      .select('message_index,role')
      .eq('interview_id', interview.id)
      .order('message_index');
    expect(messages.data!.length).toBeGreaterThan(0);
    expect(result.transcript).toMatchObject(messages.data!);
    expect(result.shares).toEqual([expect.objectContaining({ token: shared.data!.token, interview_id: interview.id })]);
  });

  it('answers an unfinished interview with its session and nothing to report yet', async () => {
    const running = await insertSession(owner.id, 'in_progress');
    const result = (await page(owner, running.id)).data as unknown as ReportPage;
    expect(result.session.status).toBe('in_progress');
    expect(result.report).toBeNull();
    expect(result.shares).toEqual([]);
  });

  it("answers null for another user's interview, an admin's view of it included, and for an unknown id", async () => {
    const interview = await insertFinishedInterview(owner);
    for (const user of [other, admin]) {
      const result = await page(user, interview.id);
      expect(result.error).toBeNull();
      expect(result.data).toBeNull();
    }
    expect((await page(owner, crypto.randomUUID())).data).toBeNull();
  });

  it('is not callable signed out', async () => {
    const interview = await insertFinishedInterview(owner);
    const result = await anonClient().rpc('get_interview_report_page', { p_interview_id: interview.id });
    expect(result.data).toBeNull();
    expect(codeOf(result)).toBe('42501');
  });
});
