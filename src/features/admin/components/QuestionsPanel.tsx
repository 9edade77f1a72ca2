import { Link } from 'react-router-dom';
import { Button, ButtonLink } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { toUserMessage } from '@/lib/errors';
import { QUESTIONS_PAGE_SIZE, useAdminQuestions, type AdminQuestionRow, type QuestionsFilter } from '../api/list-questions';
import { useSetQuestionActive } from '../api/set-question-active';
import { label } from '@/features/interview';
import { useT } from '../i18n';
import { fmt, fmtPct } from '../lib/num';
import { useSearchFilter } from '../lib/use-search-filter';
import { Pager } from './Pager';
import { QueryBlock } from './QueryBlock';
import { TableWrap } from './TableWrap';
import { routes } from '@/lib/routes';

const TYPES = ['technical', 'behavioral', 'coding', 'system_design'] as const;

function ActiveToggle({ q }: { q: AdminQuestionRow }) {
  const { t } = useT();
  const mutation = useSetQuestionActive();
  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        isLoading={mutation.isPending}
        aria-label={t(q.is_active ? 'questions.deactivateNamed' : 'questions.activateNamed', { question: q.question.slice(0, 60) })}
        onClick={() => mutation.mutate({ questionId: q.id, isActive: !q.is_active })}
      >
        {q.is_active ? t('questions.deactivate') : t('questions.activate')}
      </Button>
      {mutation.isError ? <span className="field__error small">{toUserMessage(mutation.error)}</span> : null}
    </>
  );
}

export function QuestionsPanel() {
  const { t } = useT();
  const { search, setSearch, filter, setValue, setPage } = useSearchFilter<
    Required<Pick<QuestionsFilter, 'search' | 'type' | 'active' | 'page'>>
  >({ search: '', type: '', active: '', page: 0 });
  const questions = useAdminQuestions(filter);
  const total = questions.data?.total ?? 0;

  return (
    <div className="stack">
      <div className="admin-actions">
        <ButtonLink to={routes.app.admin.newQuestion}>{t('questions.new')}</ButtonLink>
      </div>
      <form className="admin-filters" role="search" aria-label={t('questions.find')} onSubmit={(e) => e.preventDefault()}>
        <TextField
          label={t('questions.search')}
          name="question-search"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <SelectField
          label={t('questions.type')}
          name="type"
          value={filter.type}
          onChange={(e) => setValue('type', e.target.value)}
          options={[{ value: '', label: t('questions.allTypes') }, ...TYPES.map((value) => ({ value, label: label(value) }))]}
        />
        <SelectField
          label={t('questions.state')}
          name="active"
          value={filter.active}
          onChange={(e) => setValue('active', e.target.value as typeof filter.active)}
          options={[
            { value: '', label: t('questions.anyState') },
            { value: 'active', label: t('questions.active') },
            { value: 'inactive', label: t('questions.inactive') },
          ]}
        />
      </form>
      <QueryBlock
        query={questions}
        label={t('questions.label')}
        isEmpty={(d) => d.questions.length === 0}
        empty={<EmptyState title={t('questions.emptyTitle')} description={t('questions.emptyBody')} />}
      >
        {(data) => (
          <>
            <p className="muted small">{t('questions.count', { count: total, formatted: fmt(total) })}</p>
            <TableWrap label={t('questions.table')}>
              <table className="table">
                <caption className="visually-hidden">{t('questions.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('questions.question')}</th>
                    <th scope="col">{t('questions.type')}</th>
                    <th scope="col" className="num">
                      {t('questions.used')}
                    </th>
                    <th scope="col" className="num">
                      {t('questions.answered')}
                    </th>
                    <th scope="col" className="num">
                      {t('questions.avgScore')}
                    </th>
                    <th scope="col" className="num">
                      {t('questions.success')}
                    </th>
                    <th scope="col" className="num">
                      {t('questions.avgTime')}
                    </th>
                    <th scope="col">{t('questions.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.questions.map((q) => (
                    <tr key={q.id}>
                      <td>
                        <Link to={routes.app.admin.question(q.id)}>
                          {q.question.length > 110 ? `${q.question.slice(0, 110)}…` : q.question}
                        </Link>
                      </td>
                      <td>
                        <span>{label(q.type)}</span>
                        <span className="muted small cell-sub capitalize">
                          {q.category} · {label(q.difficulty)}
                        </span>
                      </td>
                      <td className="num">{fmt(q.times_used)}</td>
                      <td className="num">{fmt(q.times_answered)}</td>
                      <td className="num">{fmt(q.average_score, 1)}</td>
                      <td className="num">{fmtPct(q.success_rate, 0)}</td>
                      <td className="num">
                        {q.average_time_seconds === null ? '—' : t('units.seconds', { value: fmt(q.average_time_seconds) })}
                      </td>
                      <td>
                        <span className={`status-pill ${q.is_active ? 'status-pill--good' : ''}`}>
                          {q.is_active ? t('questions.active') : t('questions.inactive')}
                        </span>{' '}
                        <ActiveToggle q={q} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <Pager label={t('questions.pages')} page={filter.page} total={total} pageSize={QUESTIONS_PAGE_SIZE} onPage={setPage} />
          </>
        )}
      </QueryBlock>
    </div>
  );
}
