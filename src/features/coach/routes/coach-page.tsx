import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Button, ButtonLink } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { FormError } from '@/components/FormError';
import { LoadingState } from '@/components/LoadingState';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useDeleteChatSession } from '../api/delete-chat-session';
import { useChatMessages } from '../api/get-chat-messages';
import { coachKeys } from '../api/keys';
import { useCoachAccess } from '../api/get-coach-access';
import { useChatSessions } from '../api/list-chat-sessions';
import { useSendCoachMessage } from '../api/send-coach-message';
import { ChatComposer } from '../components/ChatComposer';
import { ChatSessionList } from '../components/ChatSessionList';
import { ChatThread, type PendingExchange } from '../components/ChatThread';
import { useT } from '../i18n';
import '../coach.css';
import { routes } from '@/lib/routes';

const STARTERS = ['aboutYourself', 'starConflict', 'systemDesign'] as const;

/** `/app/coach/:chatId?` — chat with the AI coach; past conversations; rate replies. */
export function CoachPage() {
  const { t } = useT();
  useDocumentTitle(t('page.title'));
  const { chatId = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const sessions = useChatSessions();
  const access = useCoachAccess();
  const messages = useChatMessages(chatId);
  const remove = useDeleteChatSession();
  const [pending, setPending] = useState<PendingExchange | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const newSessionId = useRef<string | null>(null);

  const send = useSendCoachMessage({
    onMeta: ({ chatSessionId }) => {
      newSessionId.current = chatSessionId;
    },
    onToken: (text) => setPending((p) => (p ? { ...p, assistantText: p.assistantText + text } : p)),
    onReset: () => setPending((p) => (p ? { ...p, assistantText: '' } : p)),
  });

  const onSend = (message: string) => {
    newSessionId.current = null;
    setAnnouncement('');
    setPending({ userText: message, assistantText: '', done: false });
    send.mutate(
      { chatSessionId: chatId || undefined, message },
      {
        onSuccess: async (reply) => {
          setPending((p) => (p ? { ...p, assistantText: reply.content, done: true } : p));
          setAnnouncement(t('page.replied'));
          await queryClient.refetchQueries({ queryKey: coachKeys.messages(reply.chatSessionId) });
          setPending(null);
          if (!chatId) navigate(routes.app.coachChat(reply.chatSessionId), { replace: true });
        },
        onError: () => {
          setPending(null);
          if (!chatId && newSessionId.current) navigate(routes.app.coachChat(newSessionId.current), { replace: true });
        },
      },
    );
  };

  const current = sessions.data?.find((s) => s.id === chatId);
  const allowed = access.data?.allowed ?? false;
  const thread =
    chatId === '' ? (
      pending ? (
        <ChatThread messages={[]} chatSessionId="" pending={pending} />
      ) : (
        <div className="coach-intro">
          <h2>{t('intro.heading')}</h2>
          <ul className="coach-intro__starters">
            {STARTERS.map((starter) => (
              <li key={starter}>
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={!allowed || send.isPending}
                  onClick={() => onSend(t(`intro.starters.${starter}`))}
                >
                  {t(`intro.starters.${starter}`)}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )
    ) : messages.isPending ? (
      <LoadingState label={t('page.loadingConversation')} />
    ) : messages.isError ? (
      <ErrorState message={toUserMessage(messages.error)} onRetry={() => void messages.refetch()} isRetrying={messages.isFetching} />
    ) : messages.data.length === 0 && !pending ? (
      sessions.isSuccess && !current ? (
        <EmptyState
          title={t('notFound.title')}
          description={t('notFound.body')}
          action={<ButtonLink to={routes.app.coach}>{t('notFound.action')}</ButtonLink>}
        />
      ) : (
        <EmptyState title={t('noMessages.title')} description={t('noMessages.body')} />
      )
    ) : (
      <ChatThread messages={messages.data} chatSessionId={chatId} pending={pending} />
    );

  return (
    <div className="page coach">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('page.title')}</h1>
        <p className="muted">{t('page.lead')}</p>
      </header>
      <div className="coach__layout">
        <aside className="coach__sidebar">
          {sessions.isPending ? (
            <LoadingState label={t('sessions.loading')} />
          ) : sessions.isError ? (
            <ErrorState title={t('sessions.loadFailed')} message={toUserMessage(sessions.error)} onRetry={() => void sessions.refetch()} />
          ) : (
            <ChatSessionList sessions={sessions.data} />
          )}
        </aside>
        <section className="card coach__main" aria-label={current ? t('page.conversation', { title: current.title }) : t('sessions.new')}>
          {current ? (
            <div className="coach__bar">
              <h2 className="coach__title">{current.title}</h2>
              <Button
                size="sm"
                variant="ghost"
                isLoading={remove.isPending}
                onClick={() => {
                  if (window.confirm(t('page.deleteConfirm'))) {
                    remove.mutate(chatId, { onSuccess: () => navigate(routes.app.coach, { replace: true }) });
                  }
                }}
              >
                {t('page.delete')}
              </Button>
            </div>
          ) : null}
          <FormError message={remove.error ? toUserMessage(remove.error) : null} />
          {thread}
          <div className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </div>
          {access.isPending ? null : access.isError ? (
            <FormError message={toUserMessage(access.error)} />
          ) : !allowed ? (
            <div className="banner">
              {t('access.proOnly', { plan: access.data.planName })}{' '}
              <ButtonLink to={routes.app.billing} size="sm">
                {t('access.upgrade')}
              </ButtonLink>
            </div>
          ) : (
            <>
              <FormError message={send.error ? toUserMessage(send.error) : null} />
              <ChatComposer isSending={send.isPending} onSend={onSend} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
