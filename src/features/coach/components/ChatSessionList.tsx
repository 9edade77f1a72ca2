import { NavLink } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { formatDate } from '@/lib/i18n/format';
import type { ChatSession } from '../api/list-chat-sessions';
import { useT } from '../i18n';
import { routes } from '@/lib/routes';

export function ChatSessionList({ sessions }: { sessions: ChatSession[] }) {
  const { t } = useT();
  return (
    <nav aria-label={t('sessions.label')} className="chat-list">
      <ButtonLink to={routes.app.coach} variant="secondary" size="sm" block>
        + {t('sessions.new')}
      </ButtonLink>
      {sessions.length === 0 ? (
        <p className="muted small">{t('sessions.empty')}</p>
      ) : (
        <ul className="chat-list__items">
          {sessions.map((session) => (
            <li key={session.id}>
              <NavLink to={routes.app.coachChat(session.id)} className="chat-list__link">
                <span className="chat-list__title">{session.title}</span>
                <span className="muted small">
                  {formatDate(session.last_message_at ?? session.created_at, { month: 'short', day: 'numeric' })} ·{' '}
                  {t('sessions.messages', { count: session.message_count })}
                </span>
              </NavLink>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
