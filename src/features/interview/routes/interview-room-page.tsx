import { useEffect } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import { Button, ButtonLink } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useGenerateQuestions } from '../api/generate-questions';
import { useInterview } from '../api/get-interview';
import { InterviewRoom } from '../components/InterviewRoom';
import { InterviewNotFound } from '../components/InterviewNotFound';
import { useT } from '../i18n';
import '../interview.css';
import { routes } from '@/lib/routes';

/** `/app/interviews/:id` — the interview room (resumes where the user left off). */
export function InterviewRoomPage() {
  const { id = '' } = useParams();
  const { t } = useT();
  const interview = useInterview(id);
  const generate = useGenerateQuestions();
  useDocumentTitle(interview.data ? t('roomPage.titleWith', { title: interview.data.session.title }) : t('roomPage.title'));

  const needsQuestions =
    interview.data && interview.data.questions.length === 0 && ['pending', 'in_progress'].includes(interview.data.session.status);
  useEffect(() => {
    if (needsQuestions && generate.isIdle) generate.mutate(id);
  }, [needsQuestions, generate, id]);

  if (interview.isPending) {
    return (
      <div className="page">
        <h1 className="visually-hidden">{t('roomPage.title')}</h1>
        <LoadingState label={t('roomPage.loading')} />
      </div>
    );
  }
  if (interview.isError) {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>{t('roomPage.title')}</h1>
        <ErrorState
          title={t('roomPage.loadError')}
          message={toUserMessage(interview.error)}
          onRetry={() => void interview.refetch()}
          isRetrying={interview.isFetching}
        />
      </div>
    );
  }
  if (!interview.data) return <InterviewNotFound />;

  const { session } = interview.data;
  if (session.status === 'completed') return <Navigate to={routes.app.report(id)} replace />;
  if (session.status === 'abandoned') {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>{session.title}</h1>
        <EmptyState
          title={t('abandoned.title')}
          description={t('abandoned.description')}
          action={
            <div className="form__actions">
              <ButtonLink to={routes.app.report(id)}>{t('abandoned.seeAnswers')}</ButtonLink>
              <ButtonLink variant="secondary" to={routes.app.newInterview}>
                {t('abandoned.startNew')}
              </ButtonLink>
            </div>
          }
        />
      </div>
    );
  }
  if (session.status === 'cancelled') {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>{session.title}</h1>
        <EmptyState
          title={t('roomPage.cancelled.title')}
          description={t('roomPage.cancelled.description')}
          action={<ButtonLink to={routes.app.newInterview}>{t('roomPage.cancelled.startNew')}</ButtonLink>}
        />
      </div>
    );
  }
  if (needsQuestions) {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>{session.title}</h1>
        {generate.isError ? (
          <ErrorState
            title={t('roomPage.questionsNotReady')}
            message={toUserMessage(generate.error)}
            action={
              <Button onClick={() => generate.mutate(id)} isLoading={generate.isPending}>
                {t('common:states.tryAgain')}
              </Button>
            }
          />
        ) : (
          <LoadingState label={t('roomPage.preparing')} />
        )}
      </div>
    );
  }

  return (
    <div className="page">
      <h1 className="visually-hidden" tabIndex={-1}>
        {t('roomPage.titleWith', { title: session.title })}
      </h1>
      <InterviewRoom key={session.id} data={interview.data} />
    </div>
  );
}
