/**
 * Feature adoption analytics (admin_analytics_feature_usage): users and uses per feature in a time window,
 * checked against fixtures written into a private window (other test files write concurrently, but never there).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeSql,
  createAdmin,
  createUser,
  insertFinishedInterview,
  insertQuestion,
  insertSession,
  sql,
  sqlOne,
  type TestUser,
} from './helpers.ts';

const FROM = '2005-03-01T00:00:00Z';
const TO = '2005-03-02T00:00:00Z';
const AT = '2005-03-01T12:00:00Z';

let admin: TestUser, ada: TestUser, bob: TestUser;
beforeAll(async () => {
  [admin, ada, bob] = await Promise.all([createAdmin('usage-admin'), createUser('usage-ada'), createUser('usage-bob')]);
});
afterAll(closeSql);

async function fixtures() {
  const voice = await insertSession(ada.id, 'in_progress', {
    created_at: AT,
    interaction_mode: 'speech',
    resume_text: 'Resume',
    job_description_text: 'JD',
  });
  await insertSession(ada.id, 'in_progress', { created_at: AT });
  await insertSession(bob.id, 'in_progress', { created_at: AT, resume_text: 'Resume' });
  // a session outside the window does not count
  await insertSession(bob.id, 'in_progress', { created_at: '2005-03-02T00:00:01Z', interaction_mode: 'speech' });

  const parent = await insertQuestion(voice.id);
  const followUp = await sqlOne<{ id: string }>(
    `insert into public.interview_questions (interview_id, question_text, question_type, difficulty, is_follow_up, parent_question_id, order_number)
     values ($1, 'How did it turn out?', 'behavioral', 'medium', true, $2, 2) returning id`,
    [voice.id, parent.id],
  );
  await sql(
    `insert into public.interview_responses (question_id, interview_id, user_id, answer_text, submitted_at) values ($1, $2, $3, 'We shipped early.', $4)`,
    [followUp.id, voice.id, ada.id, AT],
  );

  const bank = await sqlOne<{ id: string }>(`select id from public.question_bank where is_active order by created_at limit 1`);
  for (const user of [ada, ada, bob]) {
    await sql(
      `insert into public.practice_attempts (user_id, bank_question_id, answer_text, created_at) values ($1, $2, 'An answer.', $3)`,
      [user.id, bank.id, AT],
    );
  }

  const chat = await sqlOne<{ id: string }>(`insert into public.chat_sessions (user_id, title) values ($1, 'Prep') returning id`, [ada.id]);
  for (const role of ['user', 'assistant', 'user']) {
    await sql(`insert into public.chat_messages (chat_session_id, user_id, role, content, created_at) values ($1, $2, $3, 'Hi', $4)`, [
      chat.id,
      ada.id,
      role,
      AT,
    ]);
  }

  const finished = await insertFinishedInterview(ada);
  await sql(`insert into public.report_shares (user_id, interview_id, created_at, view_count, last_viewed_at) values ($1, $2, $3, 3, $3)`, [
    ada.id,
    finished.id,
    AT,
  ]);
}

describe('feature usage analytics', () => {
  it('counts users and uses per feature in the window, computed independently of the function', async () => {
    await fixtures();
    const { data, error } = await admin.client.rpc('admin_analytics_feature_usage', { p_from: FROM, p_to: TO });
    expect(error).toBeNull();
    const byFeature = Object.fromEntries(data!.map((r) => [r.feature, [Number(r.users), Number(r.uses)]]));
    expect(byFeature).toEqual({
      Interviews: [2, 3],
      'Voice interviews': [1, 1],
      'Interviews with a resume': [2, 2],
      'Interviews with a job description': [1, 1],
      'Follow-ups answered': [1, 1],
      'Practice attempts': [2, 3],
      'Coach messages': [1, 2],
      'Report links created': [1, 1],
      'Shared report views': [1, 3],
    });
  });

  it('is refused to anyone but an admin', async () => {
    const res = await ada.client.rpc('admin_analytics_feature_usage', { p_from: FROM, p_to: TO });
    expect(res.error?.code).toBe('42501');
    expect(res.data).toBeNull();
  });
});
