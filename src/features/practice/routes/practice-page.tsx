import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toUserMessage } from '@/lib/errors';
import { formatNumber } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { bankFiltersSchema, PAGE_SIZE, useBankQuestions, type BankFilters } from '../api/list-bank-questions';
import { QuestionCard } from '../components/QuestionCard';
import { QuestionFilters } from '../components/QuestionFilters';
import { useT } from '../i18n';
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
  const { t } = useT();
  useDocumentTitle(t('library.title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const questions = useBankQuestions(filters);

  // The filters last written to the URL. react-router hands a setSearchParams updater the params of the last
  // render, so two changes before a re-render (the tag's delayed write, then a select) would lose the first.
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);
  const write = useCallback(
    (change: (out: URLSearchParams) => void, options?: { replace: boolean }) => {
      const out = new URLSearchParams(latest.current);
      change(out);
      latest.current = out;
      setParams(out, options);
    },
    [setParams],
  );
  const update = useCallback(
    (next: Partial<BankFilters>) =>
      write(
        (out) => {
          for (const [key, value] of Object.entries(next)) {
            if (key === 'page') continue;
            if (value === undefined || value === '') out.delete(key);
            else out.set(key, String(value));
          }
          out.delete('page');
        },
        { replace: true },
      ),
    [write],
  );
  const setPage = (page: number) =>
    write((out) => {
      if (page <= 0) out.delete('page');
      else out.set('page', String(page + 1));
    });
  const hasFilters = KEYS.some((key) => params.has(key));
  const page = filters.page ?? 0;
  const total = questions.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <div className="page">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('library.title')}</h1>
        <p className="muted">{t('library.intro')}</p>
      </header>
      <QuestionFilters filters={filters} onChange={update} onReset={() => setParams(new URLSearchParams(), { replace: true })} />

      <div aria-live="polite" className="visually-hidden">
        {questions.data ? t('library.found', { count: total, formatted: formatNumber(total) }) : ''}
      </div>

      {questions.isPending ? (
        <LoadingState label={t('library.loading')} />
      ) : questions.isError ? (
        <ErrorState
          title={t('library.loadFailed')}
          message={toUserMessage(questions.error)}
          onRetry={() => void questions.refetch()}
          isRetrying={questions.isFetching}
        />
      ) : questions.data.questions.length === 0 ? (
        <EmptyState
          title={hasFilters ? t('library.noMatchTitle') : t('library.emptyTitle')}
          description={hasFilters ? t('library.noMatchBody') : t('library.emptyBody')}
          action={
            hasFilters ? (
              <Button variant="secondary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
                {t('library.clearFilters')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <>
          <p className="muted small results-count">
            {t('library.count', { count: total, formatted: formatNumber(total) })}
            {questions.isFetching ? t('library.updating') : ''}
          </p>
          <ul className="question-list">
            {questions.data.questions.map((question) => (
              <QuestionCard key={question.id} question={question} onTag={(tag) => update({ tag })} />
            ))}
          </ul>
          {pages > 1 ? (
            <nav className="pager" aria-label={t('library.pages')}>
              <Button variant="secondary" size="sm" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('library.previous')}
              </Button>
              <span className="muted">{t('library.pageOf', { page: formatNumber(page + 1), pages: formatNumber(pages) })}</span>
              <Button variant="secondary" size="sm" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                {t('library.next')}
              </Button>
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
