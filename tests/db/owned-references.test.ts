/**
 * Every reference a user writes must be theirs to use: a transcript message cannot point at another
 * user's question, an audio path must be one safe file name in the user's own folder for that interview, and a practice
 * attempt must be for a question the user can see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSql, createUser, insertBankQuestion, insertQuestion, insertSession, sql, type TestUser } from './helpers.ts';

let alice: TestUser, bob: TestUser;
beforeAll(async () => {
  [alice, bob] = await Promise.all([createUser('refs-alice'), createUser('refs-bob')]);
});
afterAll(closeSql);

describe('interview_messages.question_id', () => {
  it("refuses another user's question and a question of another interview; accepts a question of the same interview", async () => {
    const session = await insertSession(alice.id, 'in_progress');
    const ownQuestion = await insertQuestion(session.id);
    const otherInterview = await insertQuestion((await insertSession(alice.id, 'in_progress')).id);
    const bobsQuestion = await insertQuestion((await insertSession(bob.id, 'in_progress')).id);

    for (const question_id of [bobsQuestion.id, otherInterview.id]) {
      const res = await alice.client
        .from('interview_messages')
        .insert({ interview_id: session.id, question_id, content: 'pointing elsewhere' } as never);
      expect(res.error?.code, question_id).toBe('42501');
    }
    expect(await sql('select 1 from public.interview_messages where interview_id = $1', [session.id])).toHaveLength(0);

    const ok = await alice.client
      .from('interview_messages')
      .insert({ interview_id: session.id, question_id: ownQuestion.id, content: 'mine' } as never);
    expect(ok.error).toBeNull();
    const none = await alice.client.from('interview_messages').insert({ interview_id: session.id, content: 'no question' } as never);
    expect(none.error).toBeNull();
    expect(
      await sql('select question_id from public.interview_messages where interview_id = $1 order by message_index', [session.id]),
    ).toEqual([{ question_id: ownQuestion.id }, { question_id: null }]);
  });
});

describe('interview_responses.audio_path', () => {
  const badPaths = (own: string, other: string, interview: string, otherInterview: string) => [
    `${own}/${interview}/../../${other}/${interview}/x.webm`,
    `${own}/${interview}/..`,
    `${own}/${interview}/sub\\..\\x.webm`,
    `/${own}/${interview}/x.webm`,
    `${own}/${interview}//x.webm`,
    `${own}/${interview}/.hidden`,
    `${own}/${interview}/sub/x.webm`,
    `${other}/${interview}/x.webm`,
    `${own}/${otherInterview}/x.webm`,
    // directly in the own folder (allowed before recordings had a folder per interview)
    `${own}/x.webm`,
    `${own}/${interview}`,
    `${own}`,
  ];

  it("accepts one safe file name in the own folder's sub-folder of the interview; refuses traversal, backslashes, leading slashes, other folders and other interviews", async () => {
    const otherInterview = (await insertSession(alice.id, 'in_progress')).id;
    for (const kind of badPaths(alice.id, bob.id, '{interview}', otherInterview)) {
      const session = await insertSession(alice.id, 'in_progress');
      const path = kind.replaceAll('{interview}', session.id);
      const question = await insertQuestion(session.id);
      const res = await alice.client.from('interview_responses').insert({ question_id: question.id, audio_path: path } as never);
      expect(res.error, path).not.toBeNull();
      expect(await sql('select 1 from public.interview_responses where question_id = $1', [question.id]), path).toHaveLength(0);
    }
    const session = await insertSession(alice.id, 'in_progress');
    const question = await insertQuestion(session.id);
    const ok = await alice.client
      .from('interview_responses')
      .insert({ question_id: question.id, audio_path: `${alice.id}/${session.id}/answer-1.webm` } as never);
    expect(ok.error).toBeNull();

    // revising the answer is held to the same rule
    const moved = await alice.client
      .from('interview_responses')
      .update({ audio_path: `${alice.id}/${session.id}/../../${bob.id}/x.webm` })
      .eq('question_id', question.id);
    expect(moved.error).not.toBeNull();
    expect(await sql('select audio_path from public.interview_responses where question_id = $1', [question.id])).toEqual([
      { audio_path: `${alice.id}/${session.id}/answer-1.webm` },
    ]);
  });

  it('submit_response refuses a path outside the own folder of the interview with its code, and stores one inside', async () => {
    const session = await insertSession(alice.id, 'in_progress');
    const otherInterview = (await insertSession(alice.id, 'in_progress')).id;
    const question = await insertQuestion(session.id);
    for (const path of badPaths(alice.id, bob.id, session.id, otherInterview)) {
      const res = await alice.client.rpc('submit_response', { p_question_id: question.id, p_audio_path: path });
      expect(res.error?.code, path).toBe('22023');
      expect(res.error?.details, path).toBe('audio_path_not_owned');
      expect(res.status).toBeLessThan(500);
    }
    expect(await sql('select 1 from public.interview_responses where question_id = $1', [question.id])).toHaveLength(0);
    const path = `${alice.id}/${session.id}/${question.id}.webm`;
    const ok = await alice.client.rpc('submit_response', { p_question_id: question.id, p_transcript: 'spoken', p_audio_path: path });
    expect(ok.error).toBeNull();
    expect(await sql('select audio_path from public.interview_responses where question_id = $1', [question.id])).toEqual([
      { audio_path: path },
    ]);
  });
});

describe('practice_attempts.bank_question_id', () => {
  it('refuses an attempt on a question that is not active (not visible to users)', async () => {
    const hidden = await insertBankQuestion({ is_active: false });
    const res = await alice.client.from('practice_attempts').insert({ bank_question_id: hidden.id, answer_text: 'an answer' } as never);
    expect(res.error?.code).toBe('42501');
    expect(await sql('select 1 from public.practice_attempts where bank_question_id = $1', [hidden.id])).toHaveLength(0);
    const visible = await insertBankQuestion();
    expect(
      (await alice.client.from('practice_attempts').insert({ bank_question_id: visible.id, answer_text: 'an answer' } as never)).error,
    ).toBeNull();
  });
});
