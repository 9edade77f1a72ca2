/**
 * A report shared without answers must not carry the answers in any other form. The interview goes
 * through the real edge functions (answers, a follow-up that quotes the answer, scoring,
 * the report), every answer repeats a marker word, and the report the link shows must not contain it
 * anywhere — while the same report shared with answers shows it well beyond the answer fields, which
 * is what makes the first check meaningful.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../ai/helpers.ts';
import { anonClient, closeSql, createUser, insertQuestion, insertSession, type TestUser } from './helpers.ts';

/** The parts of get_shared_report's JSON these tests read. */
interface SharedReport {
  include_answers: boolean;
  report: { overall_score: number | string; statistics: { question_count: number } };
  questions: unknown[];
  responses: SharedResponse[];
}
interface SharedResponse {
  answer_text: string | null;
  transcript: string | null;
  code_answer: string | null;
  improved_answer: string | null;
  score: number | string | null;
  rubric: { score: number; key_points: object[] };
}

const ANSWER_FIELDS = ['answer_text', 'transcript', 'code_answer', 'improved_answer'];

const MARKER = 'Quuxvault';
const ANSWER = [
  `An index on the ${MARKER} orders table is a B-tree, so the planner walks a few pages in O(log n) instead of a sequential scan of every ${MARKER} row.`,
  `At ${MARKER} I added a composite index on user_id and created_at, and the ${MARKER} checkout query went from 900 ms to 120 ms at p95.`,
  `Selectivity decides whether it helps: an index on a low-cardinality ${MARKER} column such as status barely narrows the rows, so the planner ignores it.`,
].join(' ');
const FOLLOW_UP_ANSWER = `For ${MARKER} I measured it with the ${MARKER} dashboards: before 900 ms, after 120 ms, over two weeks of ${MARKER} traffic.`;

let owner: TestUser;
let shareToken: (includeAnswers: boolean) => Promise<string>;

beforeAll(async () => {
  owner = await createUser('shared-answers');
  // A fixed question on the answer's topic (a generated one could make the answer off-topic).
  const session = await insertSession(owner.id, 'in_progress', { total_questions: 1 });
  const questionId = (await insertQuestion(session.id)).id;
  const answered = await owner.client.rpc('submit_response', {
    p_question_id: questionId,
    p_answer_text: ANSWER,
    p_time_taken_seconds: 90,
  });
  if (answered.error) throw new Error(answered.error.message);
  const followUp = await invoke<{ follow_up_question_id: string | null }>(owner, 'follow-up', {
    session_id: session.session_id,
    question_id: questionId,
  });
  const scored = await invoke(owner, 'score-answer', { response_id: (answered.data as { id: string }).id });
  expect(scored.status).toBe(200);
  if (followUp.data.follow_up_question_id) {
    const second = await owner.client.rpc('submit_response', {
      p_question_id: followUp.data.follow_up_question_id,
      p_answer_text: FOLLOW_UP_ANSWER,
      p_time_taken_seconds: 40,
    });
    if (second.error) throw new Error(second.error.message);
    expect((await invoke(owner, 'score-answer', { response_id: (second.data as { id: string }).id })).status).toBe(200);
  }
  const completed = await invoke(owner, 'complete-interview', { session_id: session.session_id });
  expect(completed.status, JSON.stringify(completed.data)).toBe(200);

  shareToken = async (include_answers) => {
    const link = await owner.client.from('report_shares').insert({ interview_id: session.id, include_answers }).select('token').single();
    if (link.error) throw new Error(link.error.message);
    return link.data.token;
  };
}, 180_000);
afterAll(closeSql);

const containsMarker = (value: unknown) => JSON.stringify(value).toLowerCase().includes(MARKER.toLowerCase());

describe('a report shared without answers', () => {
  it('with answers, the marker appears beyond the answer fields (scoring quotes the answers)', async () => {
    const { data, error } = await anonClient().rpc('get_shared_report', { p_token: await shareToken(true) });
    expect(error).toBeNull();
    const report = data as unknown as SharedReport;
    expect(report.include_answers).toBe(true);
    const withoutAnswerFields = {
      ...report,
      responses: report.responses.map((response) =>
        Object.fromEntries(Object.entries(response).filter(([key]) => !ANSWER_FIELDS.includes(key))),
      ),
    };
    expect(containsMarker(withoutAnswerFields)).toBe(true);
  });

  it('contains no answer-derived text anywhere, and still shows scores, labels and the structure', async () => {
    const { data, error } = await anonClient().rpc('get_shared_report', { p_token: await shareToken(false) });
    expect(error).toBeNull();
    const report = data as unknown as SharedReport;
    expect(report.include_answers).toBe(false);
    const leaks: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string' && value.toLowerCase().includes(MARKER.toLowerCase())) leaks.push(`${path}: ${value}`);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(report, 'report');
    expect(leaks).toEqual([]);

    expect(report.responses.length).toBeGreaterThanOrEqual(1);
    for (const response of report.responses) {
      expect(response.answer_text).toBeNull();
      expect(response.improved_answer).toBeNull();
      expect(typeof Number(response.score)).toBe('number');
      expect(response.rubric.score).toEqual(expect.any(Number));
      expect(Array.isArray(response.rubric.key_points)).toBe(true);
      for (const kp of response.rubric.key_points) expect(Object.keys(kp).sort()).toEqual(['covered', 'point']);
    }
    expect(Number(report.report.overall_score)).toBeGreaterThanOrEqual(0);
    expect(report.report.statistics.question_count).toBe(1);
    expect(report.questions.length).toBe(report.responses.length);
  });
});
