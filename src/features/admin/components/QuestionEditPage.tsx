import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { toUserMessage } from '@/lib/errors';
import { useAdminQuestion } from '../api/get-question';
import { useSaveQuestion } from '../api/save-question';
import { fmt } from '../lib/num';
import { QueryBlock } from './QueryBlock';
import { QuestionEditor } from './QuestionEditor';

export function QuestionEditPage() {
  const { questionId = '' } = useParams();
  const isNew = questionId === 'new';
  const question = useAdminQuestion(isNew ? '' : questionId);
  const save = useSaveQuestion();
  const navigate = useNavigate();
  const [saved, setSaved] = useState(false);

  const editor = (initial?: Parameters<typeof QuestionEditor>[0]['initial']) => (
    <QuestionEditor
      key={initial?.id ?? 'new'}
      initial={initial}
      isSaving={save.isPending}
      serverError={save.error ? toUserMessage(save.error) : null}
      onSave={(values) =>
        save.mutate(
          { id: isNew ? undefined : questionId, values },
          {
            onSuccess: (id) => {
              setSaved(true);
              if (isNew && id) navigate(`/app/admin/questions/${id}`, { replace: true });
            },
          },
        )
      }
    />
  );

  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to="/app/admin/questions">← All questions</Link>
      </p>
      <h2>{isNew ? 'New question' : 'Edit question'}</h2>
      <p role="status" aria-live="polite" className="form__status-line">
        {saved && !save.isPending ? 'Question saved.' : ''}
      </p>
      {isNew ? (
        editor()
      ) : (
        <QueryBlock query={question} label="the question">
          {(q) => (
            <>
              <dl className="stat-grid">
                <div className="stat">
                  <dt>Times used</dt>
                  <dd>{fmt(q.times_used)}</dd>
                </div>
                <div className="stat">
                  <dt>Times answered</dt>
                  <dd>{fmt(q.times_answered)}</dd>
                </div>
                <div className="stat">
                  <dt>Average score</dt>
                  <dd>{fmt(q.average_score, 1)}</dd>
                </div>
                <div className="stat">
                  <dt>Success rate</dt>
                  <dd>{q.success_rate === null ? '—' : `${fmt(q.success_rate)}%`}</dd>
                </div>
              </dl>
              {editor(q)}
            </>
          )}
        </QueryBlock>
      )}
    </div>
  );
}
