import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { makeAuth, renderWithProviders } from '@/test/render';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { notificationPreferencesOf } from '../api/notification-preferences';
import { NotificationSettings } from './NotificationSettings';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;
const rpc = vi.fn();
(supabase as unknown as { rpc: typeof rpc }).rpc = rpc;

describe('notificationPreferencesOf', () => {
  it('reads the legacy boolean, an object with missing keys (on), and nothing at all (on)', () => {
    expect(notificationPreferencesOf({ notifications: false })).toEqual({ report_ready: false, weekly_progress: false });
    expect(notificationPreferencesOf({ notifications: { weekly_progress: false } })).toEqual({
      report_ready: true,
      weekly_progress: false,
    });
    expect(notificationPreferencesOf({})).toEqual({ report_ready: true, weekly_progress: true });
  });
});

describe('NotificationSettings', () => {
  beforeEach(() => vi.clearAllMocks());

  it('shows the saved switches and saves a change at once', async () => {
    const user = userEvent.setup();
    rpc.mockResolvedValue({ data: { report_ready: true, weekly_progress: false }, error: null, status: 200 });
    renderWithProviders(
      <NotificationSettings userId="u1" preferences={{ notifications: { report_ready: true, weekly_progress: true } }} />,
      {
        auth: makeAuth('authenticated'),
      },
    );
    const weekly = screen.getByRole('checkbox', { name: /Weekly progress/ });
    expect(screen.getByRole('checkbox', { name: /Report ready/ })).toBeChecked();
    expect(weekly).toBeChecked();
    await user.click(weekly);
    expect(rpc).toHaveBeenCalledWith('set_my_notification_preferences', { p_report_ready: true, p_weekly_progress: false });
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(weekly).not.toBeChecked();
  });

  it('puts the switch back and explains when saving fails', async () => {
    const user = userEvent.setup();
    rpc.mockResolvedValue({
      data: null,
      error: { code: '42501', message: 'Not signed in', details: 'not_signed_in', hint: '' },
      status: 403,
    });
    renderWithProviders(<NotificationSettings userId="u1" preferences={{ notifications: false }} />, { auth: makeAuth('authenticated') });
    const report = screen.getByRole('checkbox', { name: /Report ready/ });
    expect(report).not.toBeChecked();
    await user.click(report);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(report).not.toBeChecked();
  });
});
