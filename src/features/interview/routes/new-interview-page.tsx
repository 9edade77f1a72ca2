import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, ButtonLink } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { toUserMessage } from '@/lib/errors';
import { formatDate } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCreateInterview } from '../api/create-interview';
import { useGenerateQuestions } from '../api/generate-questions';
import { planUsageQueryOptions, usePlanUsage } from '@/lib/plan-usage';
import { prefetchForPage, type PageDataLoader } from '@/lib/page-data';
import { savedResumeQueryOptions } from '../api/saved-resume';
import { NewInterviewForm, type NewInterviewValues } from '../components/NewInterviewForm';
import { loadRoomMeta, saveRoomMeta } from '../lib/drafts';
import '../interview.css';
import { useT } from '../i18n';
import { routes } from '@/lib/routes';

/**
 * The page's requests (the plan's usage above the form, the saved resume in it), started before the app has
 * rendered (see PageDataLoader): when they are answered by the first render, no answer renders the whole
 * form again afterwards.
 */
export const loadPageData: PageDataLoader = async (client, { userId }) => {
  await Promise.all([prefetchForPage(client, planUsageQueryOptions()), prefetchForPage(client, savedResumeQueryOptions(userId))]);
};

/** `/app/interviews/new` — configure, create the session (quota-checked), generate questions, enter the room. */
export function NewInterviewPage() {
  const { t } = useT();
  useDocumentTitle(t('newPage.title'));
  const navigate = useNavigate();
  const planUsage = usePlanUsage();
  const create = useCreateInterview();
  const generate = useGenerateQuestions();
  // Once created, a retry only re-runs question generation: it never creates (and bills) a second session.
  const [createdId, setCreatedId] = useState<string | null>(null);

  const startRoom = (interviewId: string) => {
    generate.mutate(interviewId, { onSuccess: () => navigate(routes.app.interview(interviewId)) });
  };

  const onSubmit = (values: NewInterviewValues) => {
    const { feedbackTiming, ...input } = values;
    create.mutate(input, {
      onSuccess: ({ id }) => {
        saveRoomMeta(id, { ...loadRoomMeta(id), feedbackMode: feedbackTiming });
        setCreatedId(id);
        startRoom(id);
      },
    });
  };

  const busy = create.isPending || generate.isPending;
  // Said before the form is filled in, not after submitting it.
  const quotaUsedUp = !createdId && planUsage.data?.interviews_limit != null && planUsage.data.interviews_remaining === 0;
  const resetsOn = planUsage.data?.period_end ? formatDate(planUsage.data.period_end, { month: 'long', day: 'numeric' }) : null;
  const label = create.isPending ? t('newPage.creating') : generate.isPending ? t('newPage.preparing') : t('newPage.start');

  return (
    <div className="page page--narrow">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('newPage.title')}</h1>
        <p className="muted">{t('newPage.lead')}</p>
        {planUsage.isPending ? (
          // The usage line's place while it loads, so the form below does not move when it arrives.
          <p className="muted" aria-hidden="true">
            {'\u00a0'}
          </p>
        ) : planUsage.data ? (
          <p className="muted" data-testid="plan-usage">
            {planUsage.data.interviews_limit === null
              ? t('usageLine.unlimited', { plan: planUsage.data.plan_name, used: planUsage.data.interviews_used })
              : planUsage.data.bonus_interviews > 0
                ? t('newPage.usageWithBonus', {
                    used: planUsage.data.interviews_used,
                    limit: planUsage.data.interviews_limit,
                    bonus: planUsage.data.bonus_interviews,
                  })
                : t('newPage.usage', { used: planUsage.data.interviews_used, limit: planUsage.data.interviews_limit })}
          </p>
        ) : null}
      </header>

      {quotaUsedUp ? (
        <EmptyState
          title={t('newPage.quota.title')}
          description={
            <p>
              {resetsOn
                ? t('newPage.quota.bodyWithReset', {
                    plan: planUsage.data!.plan_name,
                    count: planUsage.data!.interviews_limit ?? 0,
                    date: resetsOn,
                  })
                : t('newPage.quota.body', { plan: planUsage.data!.plan_name, count: planUsage.data!.interviews_limit ?? 0 })}
            </p>
          }
          action={
            <>
              <ButtonLink to={routes.pricing}>{t('newPage.quota.upgrade')}</ButtonLink>
              <ButtonLink to={routes.app.practice} variant="secondary">
                {t('newPage.quota.practise')}
              </ButtonLink>
            </>
          }
        />
      ) : createdId && generate.isError ? (
        <ErrorState
          title={t('newPage.generateError.title')}
          message={toUserMessage(generate.error)}
          action={
            <>
              <Button onClick={() => startRoom(createdId)} isLoading={generate.isPending}>
                {t('common:states.tryAgain')}
              </Button>
              <Button variant="ghost" onClick={() => navigate(routes.app.interview(createdId))}>
                {t('newPage.generateError.open')}
              </Button>
            </>
          }
        />
      ) : (
        <NewInterviewForm planUsage={planUsage.data} onSubmit={onSubmit} isSubmitting={busy} submitLabel={label} error={create.error} />
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {busy ? label : ''}
      </p>
    </div>
  );
}
