import { Button } from '@/components/Button';
import { useT } from '../i18n';
import type { FeedbackMode } from '../lib/room-machine';
import type { InterviewSession } from '../lib/schemas';

type Props = {
  session: Pick<InterviewSession, 'title' | 'company'>;
  progress: string;
  online: boolean;
  feedbackMode: FeedbackMode;
  onFeedbackModeChange: (mode: FeedbackMode) => void;
  onEnd: () => void;
  endDisabled: boolean;
};

/** The interview's title, progress and connection, the feedback switch and "End interview". */
export function RoomHeader({ session, progress, online, feedbackMode, onFeedbackModeChange, onEnd, endDisabled }: Props) {
  const { t } = useT();
  return (
    <header className="room__header">
      <div>
        <p className="eyebrow">
          {session.title}
          {session.company ? ` · ${session.company}` : ''}
        </p>
        <p className="muted room__progress">
          <span>{progress}</span>
          {!online ? <span className="badge badge--warning">{t('room.offline')}</span> : null}
        </p>
      </div>
      <div className="room__header-actions">
        <label className="switch">
          <input
            type="checkbox"
            checked={feedbackMode === 'immediate'}
            onChange={(event) => onFeedbackModeChange(event.target.checked ? 'immediate' : 'deferred')}
          />
          <span>{t('room.feedbackAfterEach')}</span>
        </label>
        <Button variant="ghost" size="sm" onClick={onEnd} disabled={endDisabled}>
          {t('room.end')}
        </Button>
      </div>
    </header>
  );
}
