import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { makeAuth, renderWithProviders } from '@/test/render';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { DeleteAccount } from './DeleteAccount';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;
const rpc = vi.fn();
(supabase as unknown as { rpc: typeof rpc }).rpc = rpc;

describe('DeleteAccount', () => {
  beforeEach(() => vi.clearAllMocks());

  it('stays disabled until DELETE is typed exactly, then deletes and reports back', async () => {
    const user = userEvent.setup();
    const onDeleted = vi.fn();
    rpc.mockResolvedValue({ data: null, error: null, status: 204 });
    renderWithProviders(<DeleteAccount onDeleted={onDeleted} />, { auth: makeAuth('authenticated') });
    const button = screen.getByRole('button', { name: 'Delete my account permanently' });
    const input = screen.getByRole('textbox', { name: 'Type DELETE to confirm' });
    expect(button).toBeDisabled();
    await user.type(input, 'delete');
    expect(button).toBeDisabled();
    await user.clear(input);
    await user.type(input, 'DELETE');
    expect(button).toBeEnabled();
    await user.click(button);
    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1));
    expect(rpc).toHaveBeenCalledWith('delete_my_account', { p_confirm: 'DELETE' });
  });

  it('shows a readable error and keeps the account when the server refuses', async () => {
    const user = userEvent.setup();
    const onDeleted = vi.fn();
    rpc.mockResolvedValue({
      data: null,
      error: { code: '42501', message: 'Not signed in', details: 'not_authenticated', hint: '' },
      status: 403,
    });
    renderWithProviders(<DeleteAccount onDeleted={onDeleted} />, { auth: makeAuth('authenticated') });
    await user.type(screen.getByRole('textbox', { name: 'Type DELETE to confirm' }), 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account permanently' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not signed in');
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it("removes the user's files through Storage before deleting the account", async () => {
    const user = userEvent.setup();
    const onDeleted = vi.fn();
    const calls: string[] = [];
    supabase.auth.getUser.mockResolvedValue({ data: { user: { id: 'u1' } }, error: null } as never);
    supabase.__bucket.list.mockImplementation((async (folder: string) => ({
      data: folder === 'u1' ? [{ name: 'cv.pdf', id: 'f1', metadata: { size: 3 } }] : [],
      error: null,
    })) as never);
    supabase.__bucket.remove.mockImplementation((async (paths: string[]) => {
      calls.push(`remove ${paths.join(',')}`);
      return { data: paths.map((name) => ({ name })), error: null };
    }) as never);
    rpc.mockImplementation(async (name: string) => {
      calls.push(name);
      return { data: null, error: null, status: 204 };
    });
    renderWithProviders(<DeleteAccount onDeleted={onDeleted} />, { auth: makeAuth('authenticated') });
    await user.type(screen.getByRole('textbox', { name: 'Type DELETE to confirm' }), 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account permanently' }));
    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1));
    // One file in each of the three buckets' listings (the mock answers the same for every bucket).
    expect(calls).toEqual(['remove u1/cv.pdf', 'remove u1/cv.pdf', 'remove u1/cv.pdf', 'delete_my_account']);
  });
});
