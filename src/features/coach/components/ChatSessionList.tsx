import { NavLink } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import type { ChatSession } from '../api/list-chat-sessions';

const dateFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

export function ChatSessionList({ sessions }: { sessions: ChatSession[] }) {
  return (
    <nav aria-label="Past conversations" className="chat-list">
      <ButtonLink to="/app/coach" variant="secondary" size="sm" block>
        + New conversation
      </ButtonLink>
      {sessions.length === 0 ? (
        <p className="muted small">No conversations yet.</p>
      ) : (
        <ul className="chat-list__items">
          {sessions.map((session) => (
            <li key={session.id}>
              <NavLink to={`/app/coach/${session.id}`} className="chat-list__link">
                <span className="chat-list__title">{session.title}</span>
                <span className="muted small">
                  {dateFormat.format(new Date(session.last_message_at ?? session.created_at))} · {session.message_count} messages
                </span>
              </NavLink>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
