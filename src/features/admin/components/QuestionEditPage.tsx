import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { toUserMessage } from '@/lib/errors';
import { useAdminQuestion } from '../api/get-question';
import { useSaveQuestion } from '../api/save-question';
import { useT } from '../i18n';
import { fmt, fmtPct } from '../lib/num';
import { QueryBlock } from './QueryBlock';
import { QuestionEditor } from './QuestionEditor';
import { routes } from '@/lib/routes';

export function QuestionEditPage() {
  const { t } = useT();
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
              if (isNew && id) navigate(routes.app.admin.question(id), { replace: true });
            },
          },
        )
      }
    />
  );

  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={routes.app.admin.questions}>{t('edit.back')}</Link>
      </p>
      <h2>{isNew ? t('edit.newTitle') : t('edit.editTitle')}</h2>
      <p role="status" aria-live="polite" className="form__status-line">
        {saved && !save.isPending ? t('edit.saved') : ''}
      </p>
      {isNew ? (
        editor()
      ) : (
        <QueryBlock query={question} label={t('edit.label')}>
          {(q) => (
            <>
              <dl className="stat-grid">
                <div className="stat">
                  <dt>{t('edit.timesUsed')}</dt>
                  <dd>{fmt(q.times_used)}</dd>
                </div>
                <div className="stat">
                  <dt>{t('edit.timesAnswered')}</dt>
                  <dd>{fmt(q.times_answered)}</dd>
                </div>
                <div className="stat">
                  <dt>{t('edit.averageScore')}</dt>
                  <dd>{fmt(q.average_score, 1)}</dd>
                </div>
                <div className="stat">
                  <dt>{t('edit.successRate')}</dt>
                  <dd>{fmtPct(q.success_rate, 0)}</dd>
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
