// One ordered transcript per interview: the questions put to the candidate, their answers, the follow-ups and
// their answers are rows of interview_messages, written by the database with the answer (exactly once, in order,
// also under concurrent submits), and the reports — detailed and summary — count them.
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql, createUser, insertQuestion, insertSession, serviceClient, sql, sqlOne, type TestUser } from './helpers.ts';

afterAll(closeSql);

type Message = {
  message_index: number;
  role: string;
  content: string;
  question_id: string | null;
  is_question: boolean;
  is_follow_up: boolean;
  speaking_duration_seconds: string | null;
};

const transcript = (interviewId: string) =>
  sql<Message>(
    `select message_index, role, content, question_id, is_question, is_follow_up, speaking_duration_seconds
       from public.interview_messages where interview_id = $1 order by message_index`,
    [interviewId],
  );

const questionText = async (id: string) =>
  (await sqlOne<{ question_text: string }>('select question_text from public.interview_questions where id = $1', [id])).question_text;

/** What the follow-up function does: a follow-up question row and the interviewer's message naming it. */
async function askFollowUp(interviewId: string, parentId: string, text: string) {
  const followUp = await sqlOne<{ id: string }>(
    `insert into public.interview_questions (interview_id, question_text, question_type, difficulty, is_follow_up, parent_question_id, source)
     values ($1, $2, 'behavioral', 'medium', true, $3, 'follow_up') returning id`,
    [interviewId, text, parentId],
  );
  const inserted = await serviceClient()
    .from('interview_messages')
    .insert({
      interview_id: interviewId,
      question_id: parentId,
      role: 'assistant',
      content: text,
      is_question: true,
      is_follow_up: true,
      metadata: { reason: 'missing_result', follow_up_question_id: followUp.id },
    } as never) // message_index comes from the defaults trigger
    .select('id')
    .single();
  expect(inserted.error).toBeNull();
  return followUp.id;
}

async function submit(user: TestUser, questionId: string, answer: string, speaking?: number) {
  const result = await user.client.rpc('submit_response', {
    p_question_id: questionId,
    p_answer_text: answer,
    ...(speaking === undefined ? {} : { p_transcript: answer, p_speaking_duration_seconds: speaking }),
  });
  expect(result.error).toBeNull();
}

describe('the interview transcript', () => {
  it('holds every question asked and every answer in order; skipped questions are asked, revisions stay in place', async () => {
    const user = await createUser('transcript');
    const session = await insertSession(user.id, 'in_progress', { total_questions: 3 });
    const [q1, q2, q3] = [await insertQuestion(session.id), await insertQuestion(session.id), await insertQuestion(session.id)];
    const text = await questionText(q1.id);

    await submit(user, q1.id, 'A B-tree index.', 12.5);
    const followUpId = await askFollowUp(session.id, q1.id, 'And how much faster did the query get?');
    await submit(user, followUpId, 'Ten times faster.', 4);
    await submit(user, q3.id, 'Selectivity matters.'); // q2 was skipped
    await submit(user, q1.id, 'A B-tree index on user_id.', 14); // revised before scoring

    expect(await transcript(session.id)).toEqual([
      {
        message_index: 0,
        role: 'assistant',
        content: text,
        question_id: q1.id,
        is_question: true,
        is_follow_up: false,
        speaking_duration_seconds: null,
      },
      {
        message_index: 1,
        role: 'user',
        content: 'A B-tree index on user_id.',
        question_id: q1.id,
        is_question: false,
        is_follow_up: false,
        speaking_duration_seconds: '14.00',
      },
      {
        message_index: 2,
        role: 'assistant',
        content: 'And how much faster did the query get?',
        question_id: q1.id,
        is_question: true,
        is_follow_up: true,
        speaking_duration_seconds: null,
      },
      {
        message_index: 3,
        role: 'user',
        content: 'Ten times faster.',
        question_id: q1.id,
        is_question: false,
        is_follow_up: true,
        speaking_duration_seconds: '4.00',
      },
      {
        message_index: 4,
        role: 'assistant',
        content: text,
        question_id: q2.id,
        is_question: true,
        is_follow_up: false,
        speaking_duration_seconds: null,
      },
      {
        message_index: 5,
        role: 'assistant',
        content: text,
        question_id: q3.id,
        is_question: true,
        is_follow_up: false,
        speaking_duration_seconds: null,
      },
      {
        message_index: 6,
        role: 'user',
        content: 'Selectivity matters.',
        question_id: q3.id,
        is_question: false,
        is_follow_up: false,
        speaking_duration_seconds: null,
      },
    ]);
    // The owner reads it through the API; another user does not.
    const own = await user.client.from('interview_messages').select('message_index').eq('interview_id', session.id);
    expect(own.data).toHaveLength(7);
    const other = await createUser('transcript-other');
    expect((await other.client.from('interview_messages').select('id').eq('interview_id', session.id)).data).toEqual([]);
  });

  it('concurrent submits and resubmits: each question and answer exactly once, indexes without gaps, answers after their question', async () => {
    const user = await createUser('transcript-race');
    const session = await insertSession(user.id, 'in_progress', { total_questions: 8 });
    const questions = [];
    for (let i = 0; i < 8; i += 1) questions.push(await insertQuestion(session.id));
    const followUpId = await askFollowUp(session.id, questions[0]!.id, 'What was the result?');
    await Promise.all([
      ...questions.map((q, i) => submit(user, q.id, `answer ${i}`)),
      ...questions.map((q, i) => submit(user, q.id, `answer ${i} (again)`)),
      submit(user, followUpId, 'It worked.'),
      submit(user, followUpId, 'It worked well.'),
    ]);

    const rows = await transcript(session.id);
    expect(rows.map((r) => r.message_index)).toEqual(rows.map((_, i) => i));
    expect(rows).toHaveLength(8 * 2 + 2);
    for (const [i, q] of questions.entries()) {
      const asked = rows.filter((r) => r.question_id === q.id && r.is_question && !r.is_follow_up);
      const answers = rows.filter((r) => r.question_id === q.id && r.role === 'user' && !r.is_follow_up);
      expect(asked).toHaveLength(1);
      expect(answers).toHaveLength(1);
      expect(answers[0]!.content).toMatch(new RegExp(`^answer ${i}( \\(again\\))?$`));
      expect(answers[0]!.message_index).toBeGreaterThan(asked[0]!.message_index);
    }
    // Questions are put in their order, whichever answer arrived first.
    const askedOrder = rows.filter((r) => r.is_question && !r.is_follow_up).map((r) => r.question_id);
    expect(askedOrder).toEqual(questions.map((q) => q.id));
    const followUpAnswers = rows.filter((r) => r.role === 'user' && r.is_follow_up);
    expect(followUpAnswers).toHaveLength(1);
    const followUpAsked = rows.find((r) => r.role === 'assistant' && r.is_follow_up)!;
    expect(followUpAnswers[0]!.message_index).toBeGreaterThan(followUpAsked.message_index);
  });

  it('answers and messages inserted directly, in parallel, share one index sequence without gaps', async () => {
    const user = await createUser('transcript-mixed');
    const session = await insertSession(user.id, 'in_progress', { total_questions: 6 });
    const questions: { id: string }[] = [];
    for (let i = 0; i < 6; i += 1) questions.push(await insertQuestion(session.id));
    const direct = (i: number) =>
      user.client
        .from('interview_messages')
        .insert({ interview_id: session.id, question_id: questions[i]!.id, content: `note ${i}` } as never)
        .then((result) => expect(result.error).toBeNull());
    await Promise.all([...questions.map((q, i) => submit(user, q.id, `answer ${i}`)), ...questions.map((_, i) => direct(i))]);

    const rows = await transcript(session.id);
    expect(rows.map((r) => r.message_index)).toEqual(rows.map((_, i) => i));
    expect(rows).toHaveLength(6 * 3);
    for (const [i, q] of questions.entries()) {
      const asked = rows.filter((r) => r.question_id === q.id && r.is_question);
      const answer = rows.filter((r) => r.question_id === q.id && r.content === `answer ${i}`);
      expect(asked).toHaveLength(1);
      expect(answer).toHaveLength(1);
      expect(answer[0]!.message_index).toBeGreaterThan(asked[0]!.message_index);
      expect(rows.filter((r) => r.content === `note ${i}`)).toHaveLength(1);
    }
    const askedOrder = rows.filter((r) => r.is_question).map((r) => r.question_id);
    expect(askedOrder).toEqual(questions.map((q) => q.id));
  });

  it('an index or owner given by the inserting client is replaced by the allocated one', async () => {
    const user = await createUser('transcript-given-index');
    const other = await createUser('transcript-given-owner');
    const session = await insertSession(user.id);
    const q = await insertQuestion(session.id);
    await submit(user, q.id, 'An answer.');
    const inserted = await serviceClient()
      .from('interview_messages')
      .insert({ interview_id: session.id, user_id: other.id, role: 'assistant', content: 'A remark.', message_index: 40 } as never)
      .select('message_index, user_id')
      .single();
    expect(inserted.error).toBeNull();
    expect(inserted.data).toEqual({ message_index: 2, user_id: user.id });
  });

  it('users cannot write the interviewer side or forge a transcript key', async () => {
    const user = await createUser('transcript-forge');
    const session = await insertSession(user.id);
    const q = await insertQuestion(session.id);
    const forged = await user.client
      .from('interview_messages')
      .insert({ interview_id: session.id, question_id: q.id, content: 'x', role: 'assistant' } as never);
    expect(forged.error).not.toBeNull();
    const keyed = await user.client
      .from('interview_messages')
      .insert({ interview_id: session.id, question_id: q.id, content: 'x', metadata: { transcript_key: `answer:${q.id}` } } as never);
    expect(keyed.error).not.toBeNull();
    expect(await transcript(session.id)).toEqual([]);
  });
});

describe('reports', () => {
  it('completion stores a detailed and a summary report, both counting the transcript messages', async () => {
    const user = await createUser('report-types');
    const session = await insertSession(user.id, 'in_progress', { total_questions: 2 });
    const [q1, q2] = [await insertQuestion(session.id), await insertQuestion(session.id)];
    await submit(user, q1.id, 'First answer.');
    const followUpId = await askFollowUp(session.id, q1.id, 'Why?');
    await submit(user, followUpId, 'Because.');
    await submit(user, q2.id, 'Second answer.');

    const done = await serviceClient().rpc('complete_interview', {
      p_session_id: session.session_id,
      p_score: 64,
      p_report: {
        report_type: 'detailed',
        summary: 'Good start.',
        strengths: ['one', 'two', 'three', 'four'],
        weaknesses: ['w1'],
        recommendations: ['r1', 'r2'],
        scores: { overall: 64, technical: 70 },
        skill_scores: { SQL: { score: 64, question_count: 2 } },
        statistics: { answered: 2, question_count: 2, questions: [{ question_id: q1.id }, { question_id: q2.id }] },
      },
    });
    expect(done.error).toBeNull();

    const reports = await user.client
      .from('interview_reports')
      .select('report_type, summary, strengths, overall_score, technical_score, skill_scores, statistics')
      .eq('interview_id', session.id)
      .order('report_type');
    expect(reports.error).toBeNull();
    const [detailed, summary] = reports.data!;
    const counts = { total_messages: 6, user_messages: 3, interviewer_messages: 3 };
    expect(detailed).toMatchObject({
      report_type: 'detailed',
      summary: 'Good start.',
      strengths: ['one', 'two', 'three', 'four'],
      skill_scores: { SQL: { score: 64, question_count: 2 } },
      statistics: { answered: 2, question_count: 2, ...counts },
    });
    expect((detailed!.statistics as { questions: unknown[] }).questions).toHaveLength(2);
    expect(summary).toMatchObject({
      report_type: 'summary',
      summary: 'Good start.',
      strengths: ['one', 'two', 'three'],
      overall_score: 64,
      technical_score: 70,
      skill_scores: {},
      statistics: { answered: 2, question_count: 2, ...counts },
    });
    expect(summary!.statistics).not.toHaveProperty('questions');
  });
});
