import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { makeAuth, renderWithProviders } from '@/test/render';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { JobsPanel } from './JobsPanel';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;
const rpc = vi.fn();
(supabase as unknown as { rpc: typeof rpc }).rpc = rpc;

const job = (overrides: Record<string, unknown>) => ({
  name: 'refresh_analytics',
  schedule: '*/15 * * * *',
  description: 'Refreshes the materialized analytics aggregates.',
  edge_function: null,
  last_started_at: '2026-12-05T03:45:00Z',
  last_finished_at: '2026-12-05T03:45:01Z',
  last_outcome: 'ok',
  last_message: null,
  last_duration_ms: 1234,
  next_run_at: '2026-12-05T04:00:00Z',
  pg_cron_available: false,
  cron_scheduled: null,
  ...overrides,
});

describe('JobsPanel', () => {
  beforeEach(() => vi.clearAllMocks());

  it('lists each job with schedule, outcome, duration and an error message; runs a job now', async () => {
    const user = userEvent.setup();
    rpc.mockImplementation(async (fn: string) =>
      fn === 'admin_list_jobs'
        ? {
            data: [
              job({}),
              job({
                name: 'send_notifications',
                schedule: '* * * * *',
                last_outcome: 'error',
                last_message: '55000: pg_net is not enabled',
              }),
              job({ name: 'enqueue_weekly_progress', last_outcome: null, last_started_at: null, last_duration_ms: null }),
            ],
            error: null,
            status: 200,
          }
        : { data: { outcome: 'ok' }, error: null, status: 200 },
    );
    renderWithProviders(<JobsPanel />, { auth: makeAuth('authenticated') });
    const row = (await screen.findByText('send_notifications')).closest('tr')!;
    expect(within(row).getByText('Error')).toBeInTheDocument();
    expect(within(row).getByText('55000: pg_net is not enabled')).toBeInTheDocument();
    expect(within(row).getByText('1,234 ms')).toBeInTheDocument();
    expect(screen.getByText('Not run yet')).toBeInTheDocument();
    expect(screen.getByText(/the local stack's scheduler runs these jobs/)).toBeInTheDocument();

    await user.click(within(screen.getByText('refresh_analytics').closest('tr')!).getByRole('button', { name: 'Run now' }));
    expect(rpc).toHaveBeenCalledWith('admin_run_job', { p_name: 'refresh_analytics' });
  });

  it('warns when pg_cron is enabled but jobs are not scheduled, with the fix', async () => {
    rpc.mockResolvedValue({
      data: [
        job({ pg_cron_available: true, cron_scheduled: false }),
        job({ name: 'x_job', pg_cron_available: true, cron_scheduled: true }),
      ],
      error: null,
      status: 200,
    });
    renderWithProviders(<JobsPanel />, { auth: makeAuth('authenticated') });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('pg_cron is enabled but 1 job is not scheduled.');
    expect(alert).toHaveTextContent('select private.schedule_jobs();');
  });
});
