import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { bankFiltersSchema, PAGE_SIZE, useBankQuestions, type BankFilters } from '../api/list-bank-questions';
import { QuestionCard } from '../components/QuestionCard';
import { QuestionFilters } from '../components/QuestionFilters';
import '../practice.css';

const KEYS = ['type', 'category', 'difficulty', 'tag', 'skill', 'search'] as const;

function filtersFrom(params: URLSearchParams): BankFilters {
  const raw: Record<string, unknown> = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) raw[key] = value;
  }
  const page = Number(params.get('page') ?? '1');
  raw.page = Number.isInteger(page) && page > 1 ? page - 1 : 0;
  const parsed = bankFiltersSchema.safeParse(raw);
  return parsed.success ? parsed.data : { page: 0 };
}

/** `/app/practice` — browse the question bank and pick one question to answer. */
export function PracticePage() {
  useDocumentTitle('Practice library');
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const questions = useBankQuestions(filters);

  const update = useCallback(
    (next: Partial<BankFilters>) => {
      setParams(
        (prev) => {
          const out = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(next)) {
            if (key === 'page') continue;
            if (value === undefined || value === '') out.delete(key);
            else out.set(key, String(value));
          }
          out.delete('page');
          return out;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  const setPage = (page: number) => {
    setParams((prev) => {
      const out = new URLSearchParams(prev);
      if (page <= 0) out.delete('page');
      else out.set('page', String(page + 1));
      return out;
    });
  };
  const hasFilters = KEYS.some((key) => params.has(key));
  const page = filters.page ?? 0;
  const total = questions.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <div className="page">
      <header className="page__header">
        <h1 tabIndex={-1}>Practice library</h1>
        <p className="muted">Pick a question, answer it, and get scored feedback in seconds — no full interview needed.</p>
      </header>
      <QuestionFilters filters={filters} onChange={update} onReset={() => setParams(new URLSearchParams(), { replace: true })} />

      <div aria-live="polite" className="visually-hidden">
        {questions.data ? `${total} question${total === 1 ? '' : 's'} found` : ''}
      </div>

      {questions.isPending ? (
        <LoadingState label="Loading questions…" />
      ) : questions.isError ? (
        <ErrorState
          title="We couldn't load the library"
          message={toUserMessage(questions.error)}
          onRetry={() => void questions.refetch()}
          isRetrying={questions.isFetching}
        />
      ) : questions.data.questions.length === 0 ? (
        <EmptyState
          title={hasFilters ? 'No questions match these filters' : 'The question library is empty'}
          description={
            hasFilters ? 'Try removing a filter or searching for something broader.' : 'Questions will appear here once they are added.'
          }
          action={
            hasFilters ? (
              <Button variant="secondary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
                Clear filters
              </Button>
            ) : undefined
          }
        />
      ) : (
        <>
          <p className="muted small results-count">
            {total} question{total === 1 ? '' : 's'}
            {questions.isFetching ? ' · updating…' : ''}
          </p>
          <ul className="question-list">
            {questions.data.questions.map((question) => (
              <QuestionCard key={question.id} question={question} onTag={(tag) => update({ tag })} />
            ))}
          </ul>
          {pages > 1 ? (
            <nav className="pager" aria-label="Pages">
              <Button variant="secondary" size="sm" disabled={page === 0} onClick={() => setPage(page - 1)}>
                Previous
              </Button>
              <span className="muted">
                Page {page + 1} of {pages}
              </span>
              <Button variant="secondary" size="sm" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                Next
              </Button>
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
