/**
 * get_dashboard: the caller's statistics, plan usage, latest interviews and skill gaps in one answer,
 * equal to what the separate requests answer; each user sees only their own; refused to anon.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonClient, closeSql, codeOf, createUser, insertFinishedInterview, type TestUser } from './helpers.ts';

interface Dashboard {
  stats: Record<string, unknown>;
  plan_usage: Record<string, unknown>;
  recent_interviews: { id: string }[];
  skill_gaps: { skill_name: string; interview_id: string }[];
}

let owner: TestUser, other: TestUser;

beforeAll(async () => {
  [owner, other] = await Promise.all([createUser('dashboard-owner'), createUser('dashboard-other')]);
});
afterAll(closeSql);

describe('get_dashboard', () => {
  it('answers what get_user_stats, get_plan_usage, get_user_interview_history and skill_gaps answer', async () => {
    const interview = await insertFinishedInterview(owner);
    const { data, error } = await owner.client.rpc('get_dashboard');
    expect(error).toBeNull();
    const dashboard = data as unknown as Dashboard;

    expect(dashboard.stats).toEqual((await owner.client.rpc('get_user_stats')).data);
    expect(dashboard.plan_usage).toEqual((await owner.client.rpc('get_plan_usage')).data);
    const history = await owner.client.rpc('get_user_interview_history', { p_limit: 5 });
    expect(dashboard.recent_interviews).toEqual(history.data);
    expect(dashboard.recent_interviews.map((row) => row.id)).toEqual([interview.id]);
    const gaps = await owner.client
      .from('skill_gaps')
      .select('skill_name,proficiency_level,gap_score,skill_score,interview_id,identified_at')
      .eq('user_id', owner.id)
      .order('identified_at', { ascending: false })
      .limit(100);
    expect(dashboard.skill_gaps).toEqual(gaps.data);
    expect(dashboard.skill_gaps).toEqual([expect.objectContaining({ skill_name: 'Databases', interview_id: interview.id })]);
  });

  it("never includes another user's interviews or gaps", async () => {
    await insertFinishedInterview(owner);
    const dashboard = (await other.client.rpc('get_dashboard')).data as unknown as Dashboard;
    expect(dashboard.recent_interviews).toEqual([]);
    expect(dashboard.skill_gaps).toEqual([]);
    expect(dashboard.stats).toMatchObject({ completed_interviews: 0 });
  });

  it('is not callable signed out', async () => {
    const result = await anonClient().rpc('get_dashboard');
    expect(result.data).toBeNull();
    expect(codeOf(result)).toBe('42501');
  });
});
