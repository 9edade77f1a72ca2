import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeAuth, renderWithProviders } from '@/test/render';
import { ReportPage } from './report-page';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = (await import('@/lib/supabase')) as unknown as { supabase: { from: ReturnType<typeof vi.fn> } };

const INTERVIEW = '0b7c6f2e-4d1a-4b8e-9c3d-2f6a1e5d7c90';

/** A PostgREST query builder whose every call chains and which answers `response` when awaited. */
function pendingQuery(response: Promise<unknown>) {
  const builder: Record<string, unknown> = {};
  const chain = new Proxy(builder, {
    get: (_target, property) =>
      property === 'then'
        ? (resolve: (v: unknown) => unknown, reject: (e: unknown) => unknown) => response.then(resolve, reject)
        : () => chain,
  });
  return chain;
}

let asked: string[];
beforeEach(() => {
  asked = [];
  supabase.from.mockImplementation((table: string) => {
    asked.push(table);
    // Nothing answers: the page stays in its loading state for the whole test.
    return pendingQuery(new Promise(() => {}));
  });
});

describe('ReportPage', () => {
  it('asks for the transcript and share links together with the report, not after it', async () => {
    renderWithProviders(<ReportPage />, {
      route: `/app/interviews/${INTERVIEW}/report`,
      path: '/app/interviews/:id/report',
      auth: makeAuth('authenticated'),
    });
    expect(await screen.findByRole('status')).toHaveTextContent(/Loading/);
    await waitFor(() => expect(asked).toEqual(expect.arrayContaining(['interview_sessions', 'interview_messages', 'report_shares'])));
  });

  it('asks for the summary with the report when the summary view is open', async () => {
    renderWithProviders(<ReportPage />, {
      route: `/app/interviews/${INTERVIEW}/report?view=summary`,
      path: '/app/interviews/:id/report',
      auth: makeAuth('authenticated'),
    });
    await waitFor(() => expect(asked).toEqual(expect.arrayContaining(['interview_sessions', 'interview_reports'])));
    expect(asked.filter((table) => table === 'interview_reports')).toHaveLength(2);
    expect(asked).not.toContain('interview_messages');
  });

  it('asks nothing for an address that cannot name an interview', async () => {
    renderWithProviders(<ReportPage />, {
      route: '/app/interviews/nope/report',
      path: '/app/interviews/:id/report',
      auth: makeAuth('authenticated'),
    });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(asked).toEqual([]);
  });
});
