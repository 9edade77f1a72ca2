import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { makeAuth, renderWithProviders } from '@/test/render';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import type { MySettings } from '../api/get-my-settings';
import { profileFormSchema } from '../api/update-profile';
import { ProfileForm } from './ProfileForm';
import { issueText } from '@/lib/use-zod-form';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;
const query = supabase.__query as SupabaseModuleMock['supabase']['__query'] & { update: ReturnType<typeof vi.fn> };

const settings: MySettings = {
  id: '11111111-1111-4111-8111-111111111111',
  email: 'ada@example.com',
  username: 'ada',
  full_name: 'Ada Lovelace',
  avatar_url: null,
  bio: null,
  location: null,
  website: null,
  skills: ['Math'],
  experience_level: null,
  preferences: { theme: 'system', language: 'en', timezone: 'UTC', notifications: true },
  created_at: '2024-01-01T00:00:00Z',
};

describe('profileFormSchema', () => {
  const base = {
    fullName: '',
    username: 'ada',
    bio: '',
    skills: '',
    experienceLevel: '',
    avatarUrl: '',
    location: '',
    website: '',
    theme: 'system',
    language: 'en',
    timezone: 'UTC',
  };
  it('normalises values into the row update', () => {
    const out = profileFormSchema.parse({
      ...base,
      username: ' Ada_L ',
      skills: 'React, SQL, React, ',
      experienceLevel: 'senior',
      website: 'https://ada.dev',
    });
    expect(out).toMatchObject({
      username: 'ada_l',
      skills: ['React', 'SQL'],
      experienceLevel: 'senior',
      website: 'https://ada.dev',
      fullName: null,
      bio: null,
    });
  });
  it.each([
    [{ username: 'ab' }, 'Username must be at least 3 characters.'],
    [{ username: 'ada lovelace' }, 'Use only lowercase letters, numbers, dots, dashes and underscores.'],
    [{ website: 'ada.dev' }, 'Website must be a full URL starting with http:// or https://.'],
    [{ avatarUrl: 'javascript:alert(1)' }, 'Avatar URL must be a full URL starting with http:// or https://.'],
    [{ bio: 'x'.repeat(2001) }, 'Bio must be at most 2000 characters.'],
    [{ theme: 'neon' }, 'Choose light, dark or system.'],
    [{ skills: Array.from({ length: 31 }, (_, i) => `s${i}`).join(',') }, 'List at most 30 skills.'],
  ])('rejects %o', (patch, message) => {
    const result = profileFormSchema.safeParse({ ...base, ...patch });
    expect(result.success).toBe(false);
    // Schemas carry translation keys; the form shows them as text in the UI language.
    expect(issueText(result.error!.issues[0]!)).toBe(message);
  });
});

describe('ProfileForm', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    query.update = vi.fn(() => query);
    document.documentElement.removeAttribute('data-theme');
  });

  it('shows field errors and does not save invalid values', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProfileForm settings={settings} />, { auth: makeAuth('authenticated') });
    await user.clear(screen.getByRole('textbox', { name: /Username/ }));
    await user.type(screen.getByRole('textbox', { name: /Username/ }), 'No Spaces');
    await user.type(screen.getByRole('textbox', { name: 'Website' }), 'example.com');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Use only lowercase letters, numbers, dots, dashes and underscores.')).toBeInTheDocument();
    expect(screen.getByText('Website must be a full URL starting with http:// or https://.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Username/ })).toHaveFocus();
    expect(query.update).not.toHaveBeenCalled();
  });

  it('saves profile + preferences (keeping other preference keys) and applies the theme app-wide', async () => {
    const user = userEvent.setup();
    query.single.mockResolvedValue({
      data: { ...settings, preferences: { ...settings.preferences, theme: 'dark' } },
      error: null,
      status: 200,
    });
    renderWithProviders(<ProfileForm settings={settings} />, { auth: makeAuth('authenticated') });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(supabase.from).toHaveBeenCalledWith('user_profiles');
    expect(query.update).toHaveBeenCalledWith(
      expect.objectContaining({
        username: 'ada',
        skills: ['Math'],
        preferences: { theme: 'dark', language: 'en', timezone: 'UTC', notifications: true },
      }),
    );
    expect(query.eq).toHaveBeenCalledWith('id', settings.id);
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('dark'));
  });

  it('shows a readable message when the username is taken', async () => {
    const user = userEvent.setup();
    query.single.mockResolvedValue({
      data: null,
      error: {
        code: '23505',
        message: 'That username is already taken (server wording).',
        details: 'username_taken',
        hint: null,
      },
      status: 409,
    });
    renderWithProviders(<ProfileForm settings={settings} />, { auth: makeAuth('authenticated') });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That username is already taken.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('server wording');
  });
});
