import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { makeAuth, renderWithProviders } from '@/test/render';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { ProfilePage } from './profile-page';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;

const auth = makeAuth('authenticated');
const row = {
  id: auth.user!.id,
  email: 'ada@example.com',
  username: null,
  full_name: 'Ada Lovelace',
  avatar_url: null,
  role: 'user',
  status: 'active',
  created_at: '2024-03-05T12:00:00Z',
};

const catalogue = [
  { key: 'first_interview', title: 'First steps', description: 'Completed your first mock interview.', icon: 'flag', sort_order: 1 },
  { key: 'five_interviews', title: 'Getting serious', description: 'Completed 5 mock interviews.', icon: 'target', sort_order: 2 },
];

/** The achievements query (catalogue with the user's unlock dates embedded); everything else uses the shared chain. */
function serveAchievements(unlocked: Record<string, string>) {
  const order = vi.fn(async () => ({
    data: catalogue.map((a) => ({ ...a, user_achievements: unlocked[a.key] ? [{ unlocked_at: unlocked[a.key] }] : [] })),
    error: null,
    status: 200,
  }));
  const chain = { select: vi.fn(() => chain), eq: vi.fn(() => chain), order };
  supabase.from.mockImplementation(((table: string) => (table === 'achievements' ? chain : supabase.__query)) as never);
  return chain;
}

describe('ProfilePage', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    serveAchievements({});
  });

  it('lists every achievement: earned ones with their date, the others greyed with how to earn them', async () => {
    supabase.__query.single.mockResolvedValue({ data: row, error: null, status: 200 });
    const chain = serveAchievements({ first_interview: '2026-11-20T09:00:00Z' });
    renderWithProviders(<ProfilePage />, { route: '/app/profile', auth });

    const section = await screen.findByRole('region', { name: 'Achievements' });
    expect(await within(section).findByText('1 of 2 earned')).toBeInTheDocument();
    const earned = within(section).getByRole('heading', { level: 3, name: 'First steps' }).closest('.achievement')!;
    expect(earned).not.toHaveClass('achievement--locked');
    expect(earned).toHaveTextContent('Completed your first mock interview.');
    expect(earned).toHaveTextContent(/Earned Nov 20, 2026/);
    const locked = within(section).getByRole('heading', { level: 3, name: 'Getting serious' }).closest('.achievement')!;
    expect(locked).toHaveClass('achievement--locked');
    expect(locked).toHaveTextContent('How to earn: Complete 5 mock interviews.');
    expect(locked).toHaveTextContent('Not earned yet');
    // only the signed-in user's unlocks (admins can read everyone's)
    expect(chain.eq).toHaveBeenCalledWith('user_achievements.user_id', row.id);
  });

  it("reads the signed-in user's row and shows email, name and member since", async () => {
    supabase.__query.single.mockResolvedValue({ data: row, error: null, status: 200 });
    renderWithProviders(<ProfilePage />, { route: '/app', auth });

    expect(screen.getByRole('heading', { level: 1, name: 'Your profile' })).toBeInTheDocument();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Loading your profile…');

    const card = await screen.findByRole('article');
    expect(within(card).getByText('ada@example.com')).toBeInTheDocument();
    expect(within(card).getByRole('heading', { name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(within(card).getByText('Member since').nextElementSibling).toHaveTextContent('2024');
    expect(supabase.from).toHaveBeenCalledWith('user_profiles');
    expect(supabase.__query.select).toHaveBeenCalledWith('id,email,username,full_name,avatar_url,role,status,created_at');
    expect(supabase.__query.eq).toHaveBeenCalledWith('id', row.id);
  });

  it('shows an empty state when the profile row does not exist', async () => {
    supabase.__query.single.mockResolvedValue({
      data: null,
      error: { code: 'PGRST116', message: 'JSON object requested, multiple (or no) rows returned', details: '', hint: '' },
      status: 406,
    });
    renderWithProviders(<ProfilePage />, { route: '/app', auth });
    expect(await screen.findByRole('heading', { name: "Your profile isn't ready yet" })).toBeInTheDocument();
  });

  it('shows a readable error with a retry', async () => {
    supabase.__query.single
      .mockResolvedValueOnce({
        data: null,
        error: { code: '42501', message: 'permission denied for table user_profiles', details: '', hint: '' },
        status: 403,
      })
      .mockResolvedValueOnce({ data: row, error: null, status: 200 });
    renderWithProviders(<ProfilePage />, { route: '/app', auth });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't load your profile. Please try again.");
    expect(alert).not.toHaveTextContent('permission denied');

    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article')).toHaveTextContent('ada@example.com');
  });
});
