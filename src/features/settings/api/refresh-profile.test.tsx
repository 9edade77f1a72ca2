import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { supabase } from '@/lib/supabase';
import { profileKeys } from '@/lib/query-keys/profile';
import { createTestQueryClient } from '@/test/render';
import { myDisplayPreferencesQueryOptions } from './get-my-display-preferences';
import { mySettingsQueryOptions } from './get-my-settings';
import { useUpdateProfile } from './update-profile';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

const USER = '11111111-1111-4111-8111-111111111111';
const row = {
  id: USER,
  email: 'ada@example.com',
  username: 'ada',
  full_name: 'Ada Lovelace',
  avatar_url: 'https://example.com/ada.png',
  bio: null,
  location: null,
  website: null,
  skills: [],
  experience_level: null,
  preferences: { theme: 'dark', language: 'de', timezone: 'UTC' },
  created_at: '2026-01-01T00:00:00Z',
};

// update().eq().select().single() on user_profiles answers with the saved row.
const chain = { update: vi.fn(), eq: vi.fn(), select: vi.fn(), single: vi.fn(async () => ({ data: row, error: null, status: 200 })) };
for (const step of [chain.update, chain.eq, chain.select]) step.mockReturnValue(chain);
(supabase as unknown as { from: unknown }).from = vi.fn(() => chain);

const invalidated = (client: QueryClient, key: QueryKey) => client.getQueryState(key)?.isInvalidated;

describe('saving the profile', () => {
  it('refreshes every read of the profile row: the header, theme and language, the app profile, the resume', async () => {
    const client = createTestQueryClient();
    const reads = [
      profileKeys.summary(USER),
      myDisplayPreferencesQueryOptions(USER).queryKey,
      profileKeys.resume(USER),
      profileKeys.savedResume(USER),
    ];
    const someoneElse = profileKeys.summary('22222222-2222-4222-8222-222222222222');
    for (const key of [...reads, someoneElse, mySettingsQueryOptions(USER).queryKey]) client.setQueryData(key, { cached: true });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const mutation = renderHook(useUpdateProfile, { wrapper }).result.current;

    await mutation.mutateAsync({
      userId: USER,
      values: {
        fullName: 'Ada Lovelace',
        username: 'ada',
        bio: null,
        skills: [],
        experienceLevel: null,
        avatarUrl: row.avatar_url,
        location: null,
        website: null,
        theme: 'dark',
        language: 'de',
        timezone: 'UTC',
      },
      previousPreferences: {},
    });

    expect(client.getQueryData(mySettingsQueryOptions(USER).queryKey)).toMatchObject({ username: 'ada', preferences: { theme: 'dark' } });
    for (const key of reads) expect(invalidated(client, key), JSON.stringify(key)).toBe(true);
    expect(invalidated(client, someoneElse)).toBe(false);
  });
});
