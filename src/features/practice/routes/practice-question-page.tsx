import { InlineText } from '@/components/InlineText';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, ButtonLink } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useBankQuestion } from '../api/get-bank-question';
import { useSubmitPracticeAnswer } from '../api/score-practice-answer';
import { FeedbackView } from '../components/FeedbackView';
import { ModelAnswer } from '../components/ModelAnswer';
import { PracticeAnswerForm } from '../components/PracticeAnswerForm';
import { PracticeAttempts } from '../components/PracticeAttempts';
import { QuestionMeta } from '../components/QuestionCard';
import { useT } from '../i18n';
import '../practice.css';
import { routes } from '@/lib/routes';

/** `/app/practice/:questionId` — answer one bank question and get it scored. */
export function PracticeQuestionPage() {
  const { t } = useT();
  const { questionId = '' } = useParams();
  const question = useBankQuestion(questionId);
  const submit = useSubmitPracticeAnswer();
  const [revealed, setRevealed] = useState(false);
  const feedbackRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t(question.data ? 'question.title' : question.isPending ? 'question.loadingTitle' : 'question.notFound'));

  useEffect(() => {
    if (submit.isSuccess) feedbackRef.current?.focus();
  }, [submit.isSuccess]);

  const retry = () => {
    submit.reset();
    setRevealed(false);
  };

  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to={routes.app.practice}>{t('question.back')}</Link>
      </p>
      {question.isPending ? (
        <>
          <h1 tabIndex={-1} className="visually-hidden">
            {t('question.title')}
          </h1>
          <LoadingState label={t('question.loading')} />
        </>
      ) : question.isError ? (
        <>
          <h1 tabIndex={-1}>{t('question.title')}</h1>
          <ErrorState message={toUserMessage(question.error)} onRetry={() => void question.refetch()} isRetrying={question.isFetching} />
        </>
      ) : question.data === null ? (
        <>
          <h1 tabIndex={-1}>{t('question.notFound')}</h1>
          <EmptyState
            title={t('question.unavailableTitle')}
            description={t('question.unavailableBody')}
            action={<ButtonLink to={routes.app.practice}>{t('question.browse')}</ButtonLink>}
          />
        </>
      ) : (
        <div className="stack">
          <header className="card practice-question">
            <QuestionMeta question={question.data} />
            <h1 tabIndex={-1} className="practice-question__text">
              <InlineText text={question.data.question} />
            </h1>
            {question.data.type === 'behavioral' ? <p className="muted small">{t('question.starTip')}</p> : null}
          </header>

          {submit.isSuccess ? (
            <div ref={feedbackRef} tabIndex={-1} className="stack feedback-wrap">
              <FeedbackView evaluation={submit.data.evaluation} />
              <ModelAnswer bankQuestionId={question.data.id} revealed={revealed} onReveal={() => setRevealed(true)} />
              <div className="form__actions">
                <Button variant="secondary" onClick={retry}>
                  {t('question.tryAgain')}
                </Button>
                <ButtonLink to={routes.app.practice} variant="ghost">
                  {t('question.pickAnother')}
                </ButtonLink>
              </div>
            </div>
          ) : (
            <section className="card" aria-label={t('question.answerRegion')}>
              <PracticeAnswerForm
                bankQuestionId={question.data.id}
                coding={
                  question.data.type === 'coding' && question.data.function_name && question.data.test_cases.length
                    ? {
                        functionName: question.data.function_name,
                        starterCode: question.data.starter_code,
                        testCases: question.data.test_cases,
                      }
                    : null
                }
                isSubmitting={submit.isPending}
                serverError={submit.error}
                onSubmit={(input) => submit.mutate(input)}
              />
            </section>
          )}
          <PracticeAttempts bankQuestionId={question.data.id} />
        </div>
      )}
    </div>
  );
}
