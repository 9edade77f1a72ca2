import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { profileKeys } from '@/lib/query-keys/profile';
import { reportKeys } from '@/lib/query-keys/reports';
import { makeUser } from '@/test/render';
import { startPageData } from './page-data';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = (await import('@/lib/supabase')) as unknown as {
  supabase: { rpc?: ReturnType<typeof vi.fn>; from: ReturnType<typeof vi.fn>; auth: { getSession: ReturnType<typeof vi.fn> } };
};

const INTERVIEW_ID = '22222222-2222-4222-8222-222222222222';
const REPORT_PATH = `/app/interviews/${INTERVIEW_ID}/report`;
const user = makeUser();

let asked: { name: string; args: unknown }[];
beforeEach(() => {
  asked = [];
  window.localStorage.setItem('sb-test-auth-token', '{}');
  supabase.auth.getSession.mockReset().mockResolvedValue({ data: { session: { access_token: 'token', user } }, error: null });
  supabase.rpc = vi.fn(async (name: string, args: unknown) => {
    asked.push({ name, args });
    return { data: null, error: null, status: 200 };
  });
});
afterEach(() => window.localStorage.clear());

describe('startPageData', () => {
  it("starts a signed-in page's request with the stored session, under the key the page reads", async () => {
    const client = createQueryClient();
    await startPageData(client, REPORT_PATH);
    expect(asked).toEqual([{ name: 'get_interview_report_page', args: { p_interview_id: INTERVIEW_ID } }]);
    const key = reportKeys.detail(INTERVIEW_ID);
    expect(client.getQueryState(key)?.status).toBe('success');
  });

  it("starts the header's request too, under the key the header reads", async () => {
    const client = createQueryClient();
    await startPageData(client, REPORT_PATH);
    await vi.waitFor(() => expect(client.getQueryState(profileKeys.displayPreferences(user.id))?.status).toBe('success'));
    expect(supabase.from).toHaveBeenCalledWith('user_profiles');
  });

  it('asks for nothing without a stored session', async () => {
    window.localStorage.clear();
    await startPageData(createQueryClient(), REPORT_PATH);
    expect(supabase.auth.getSession).not.toHaveBeenCalled();
    expect(asked).toEqual([]);
  });

  it('asks for nothing while the session still needs its second factor', async () => {
    const enrolled = makeUser({ factors: [{ id: 'f1', status: 'verified', factor_type: 'totp' }] as never });
    supabase.auth.getSession.mockResolvedValue({ data: { session: { access_token: 'token', user: enrolled } }, error: null });
    await startPageData(createQueryClient(), REPORT_PATH);
    expect(asked).toEqual([]);
  });

  it('asks for nothing on public pages', async () => {
    await startPageData(createQueryClient(), '/sign-in');
    expect(asked).toEqual([]);
  });
});
