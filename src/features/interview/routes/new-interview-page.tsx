import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, ButtonLink } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCreateInterview } from '../api/create-interview';
import { useGenerateQuestions } from '../api/generate-questions';
import { usePlanUsage } from '@/lib/plan-usage';
import { NewInterviewForm, type NewInterviewValues } from '../components/NewInterviewForm';
import { loadRoomMeta, saveRoomMeta } from '../lib/drafts';
import '../interview.css';

/** `/app/interviews/new` — configure, create the session (quota-checked), generate questions, enter the room. */
export function NewInterviewPage() {
  useDocumentTitle('New interview');
  const navigate = useNavigate();
  const planUsage = usePlanUsage();
  const create = useCreateInterview();
  const generate = useGenerateQuestions();
  // Once created, a retry only re-runs question generation: it never creates (and bills) a second session.
  const [createdId, setCreatedId] = useState<string | null>(null);

  const startRoom = (interviewId: string) => {
    generate.mutate(interviewId, { onSuccess: () => navigate(`/app/interviews/${interviewId}`) });
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
  const resetsOn = planUsage.data?.period_end
    ? new Date(planUsage.data.period_end).toLocaleDateString(undefined, { month: 'long', day: 'numeric' })
    : null;
  const label = create.isPending ? 'Creating your interview…' : generate.isPending ? 'Preparing questions…' : 'Start interview';

  return (
    <div className="page page--narrow">
      <header className="page__header">
        <h1 tabIndex={-1}>New interview</h1>
        <p className="muted">
          Set it up like the real one. Questions adapt to the role, stack, difficulty, your resume and the job description.
        </p>
        {planUsage.data && planUsage.data.interviews_limit !== null ? (
          <p className="muted" data-testid="plan-usage">
            {planUsage.data.interviews_used} of {planUsage.data.interviews_limit} free interviews used this month
            {planUsage.data.bonus_interviews > 0 ? ` · ${planUsage.data.bonus_interviews} bonus left` : ''}.
          </p>
        ) : null}
      </header>

      {quotaUsedUp ? (
        <EmptyState
          title="You've used this month's interviews"
          description={
            <p>
              Your {planUsage.data!.plan_name} plan includes {planUsage.data!.interviews_limit} interviews a month
              {resetsOn ? `; the count resets on ${resetsOn}` : ''}. Upgrade to Pro for unlimited interviews, or keep practising single
              questions in the practice library.
            </p>
          }
          action={
            <>
              <ButtonLink to="/pricing">Upgrade to Pro</ButtonLink>
              <ButtonLink to="/app/practice" variant="secondary">
                Practise questions
              </ButtonLink>
            </>
          }
        />
      ) : createdId && generate.isError ? (
        <ErrorState
          title="Your interview was created, but the questions aren't ready"
          message={toUserMessage(generate.error)}
          action={
            <>
              <Button onClick={() => startRoom(createdId)} isLoading={generate.isPending}>
                Try again
              </Button>
              <Button variant="ghost" onClick={() => navigate(`/app/interviews/${createdId}`)}>
                Open the interview
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
