import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { makeAuth, renderWithProviders } from '@/test/render';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { RecentAchievements } from './RecentAchievements';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;

const auth = makeAuth('authenticated');

function serve(rows: Array<{ key: string; title: string; unlocked_at?: string }>) {
  const chain = {
    select: vi.fn(() => chain),
    eq: vi.fn(() => chain),
    order: vi.fn(async () => ({
      data: rows.map((r, i) => ({
        key: r.key,
        title: r.title,
        description: `${r.title} description`,
        icon: 'star',
        sort_order: i,
        user_achievements: r.unlocked_at ? [{ unlocked_at: r.unlocked_at }] : [],
      })),
      error: null,
      status: 200,
    })),
  };
  supabase.from.mockImplementation((() => chain) as never);
}

describe('RecentAchievements (dashboard)', () => {
  it('shows the three most recently earned, newest first, and links to all of them', async () => {
    serve([
      { key: 'first_interview', title: 'First steps', unlocked_at: '2026-10-01T10:00:00Z' },
      { key: 'five_interviews', title: 'Getting serious', unlocked_at: '2026-11-01T10:00:00Z' },
      { key: 'high_score', title: 'High flyer', unlocked_at: '2026-11-20T10:00:00Z' },
      { key: 'streak_3', title: 'On a roll', unlocked_at: '2026-11-10T10:00:00Z' },
      { key: 'perfect_score', title: 'Flawless' },
    ]);
    renderWithProviders(<RecentAchievements />, { route: '/app', auth });
    const section = await screen.findByRole('region', { name: 'Latest achievements' });
    await within(section).findByRole('heading', { level: 3, name: 'High flyer' });
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['High flyer', 'On a roll', 'Getting serious']);
    expect(within(section).getByRole('link', { name: 'See all achievements' })).toHaveAttribute('href', '/app/profile');
  });

  it('tells a new user how to earn the first one', async () => {
    serve([{ key: 'first_interview', title: 'First steps' }]);
    renderWithProviders(<RecentAchievements />, { route: '/app', auth });
    expect(await screen.findByText('Finish your first interview to earn your first achievement.')).toBeInTheDocument();
  });
});
