import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { createTestQueryClient, makeAuth, renderWithProviders } from '@/test/render';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { type ChatMessage } from '../api/get-chat-messages';
import { coachKeys } from '../api/keys';
import { useChatMessages } from '../api/get-chat-messages';
import { createSseParser } from '../lib/sse';
import { ChatThread } from './ChatThread';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;
const query = supabase.__query as SupabaseModuleMock['supabase']['__query'] & { update: ReturnType<typeof vi.fn> };

const SESSION = '22222222-2222-4222-8222-222222222222';
const messages: ChatMessage[] = [
  {
    id: '33333333-3333-4333-8333-333333333331',
    role: 'user',
    content: 'How do I answer a conflict question?',
    rating: null,
    helpful: null,
    feedback_comment: null,
    created_at: '2024-01-01T10:00:00Z',
  },
  {
    id: '33333333-3333-4333-8333-333333333332',
    role: 'assistant',
    content: 'Use **STAR**:\n- Situation\n- Task\n1. Action first\n2. Result with a number',
    rating: null,
    helpful: null,
    feedback_comment: null,
    created_at: '2024-01-01T10:00:05Z',
  },
];

/** Renders the thread from the query cache, like the coach page does. */
function Thread({ pending = null }: { pending?: Parameters<typeof ChatThread>[0]['pending'] }) {
  const data = useChatMessages(SESSION);
  return <ChatThread messages={data.data ?? []} chatSessionId={SESSION} pending={pending} />;
}

function setup(pending?: Parameters<typeof ChatThread>[0]['pending']) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(coachKeys.messages(SESSION), messages);
  queryClient.setQueryDefaults(['coach', 'messages'], { staleTime: Infinity });
  return renderWithProviders(<Thread pending={pending ?? null} />, { auth: makeAuth('authenticated'), queryClient });
}

describe('ChatThread', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    query.update = vi.fn(() => query);
  });

  it('renders both sides, with lists and bold from the coach but never raw HTML', () => {
    setup();
    const items = within(screen.getByRole('list', { name: 'Conversation' }))
      .getAllByRole('listitem', { name: '' })
      .filter((li) => li.classList.contains('bubble'));
    expect(items).toHaveLength(2);
    expect(screen.getByText('STAR').tagName).toBe('STRONG');
    expect(screen.getByText('Action first').closest('ol')).not.toBeNull();
    expect(screen.getByText('Situation').closest('ul')).not.toBeNull();
  });

  it('shows the streamed reply as it arrives', () => {
    setup({ userText: 'And for system design?', assistantText: 'Start with the requirements', done: false });
    expect(screen.getByText('And for system design?')).toBeInTheDocument();
    expect(screen.getByText('Start with the requirements').closest('[aria-busy="true"]')).not.toBeNull();
  });

  it('rates a reply optimistically and saves it', async () => {
    const user = userEvent.setup();
    let resolve!: (value: unknown) => void;
    query.single.mockReturnValue(new Promise((r) => (resolve = r)));
    setup();
    await user.click(screen.getByRole('radio', { name: '4 stars' }));
    // Shown before the server answers.
    expect(screen.getByRole('radio', { name: '4 stars' })).toBeChecked();
    expect(query.update).toHaveBeenCalledWith({ rating: 4 });
    expect(query.eq).toHaveBeenCalledWith('id', messages[1]!.id);
    resolve({ data: { id: messages[1]!.id }, error: null, status: 200 });

    query.single.mockResolvedValue({ data: { id: messages[1]!.id }, error: null, status: 200 });
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(screen.getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'true');
    expect(query.update).toHaveBeenLastCalledWith({ helpful: true });

    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    await user.type(screen.getByRole('textbox', { name: 'Comment on this answer' }), 'Very clear, thanks');
    await user.click(screen.getByRole('button', { name: 'Save comment' }));
    expect(query.update).toHaveBeenLastCalledWith({ feedback_comment: 'Very clear, thanks' });
    expect(await screen.findByRole('button', { name: 'Edit comment' })).toBeInTheDocument();
  });

  it('rolls the rating back with a readable error when the server refuses it', async () => {
    const user = userEvent.setup();
    query.single.mockResolvedValue({
      data: null,
      error: { code: '42501', message: 'new row violates row-level security policy', details: '', hint: '' },
      status: 403,
    });
    setup();
    await user.click(screen.getByRole('radio', { name: '2 stars' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("You don't have permission to do that.");
    expect(screen.getByRole('radio', { name: '2 stars' })).not.toBeChecked();
  });
});

describe('createSseParser', () => {
  it('assembles events across chunk boundaries', () => {
    const parse = createSseParser();
    expect(parse('event: meta\ndata: {"chat_session_id":"a"}\n\nevent: tok')).toEqual([{ event: 'meta', data: '{"chat_session_id":"a"}' }]);
    expect(parse('en\ndata: {"text":"Hi"}\n\n: comment\n\nevent: done\r\ndata: {}\r\n\r\n')).toEqual([
      { event: 'token', data: '{"text":"Hi"}' },
      { event: 'done', data: '{}' },
    ]);
  });
});
