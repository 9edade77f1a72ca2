import { Link } from 'react-router-dom';
import { Button, ButtonLink } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { toUserMessage } from '@/lib/errors';
import { QUESTIONS_PAGE_SIZE, useAdminQuestions, type AdminQuestionRow, type QuestionsFilter } from '../api/list-questions';
import { useSetQuestionActive } from '../api/set-question-active';
import { fmt } from '../lib/num';
import { useSearchFilter } from '../lib/use-search-filter';
import { Pager } from './Pager';
import { QueryBlock } from './QueryBlock';
import { TableWrap } from './TableWrap';

function ActiveToggle({ q }: { q: AdminQuestionRow }) {
  const mutation = useSetQuestionActive();
  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        isLoading={mutation.isPending}
        aria-label={`${q.is_active ? 'Deactivate' : 'Activate'} question: ${q.question.slice(0, 60)}`}
        onClick={() => mutation.mutate({ questionId: q.id, isActive: !q.is_active })}
      >
        {q.is_active ? 'Deactivate' : 'Activate'}
      </Button>
      {mutation.isError ? <span className="field__error small">{toUserMessage(mutation.error)}</span> : null}
    </>
  );
}

export function QuestionsPanel() {
  const { search, setSearch, filter, setValue, setPage } = useSearchFilter<
    Required<Pick<QuestionsFilter, 'search' | 'type' | 'active' | 'page'>>
  >({ search: '', type: '', active: '', page: 0 });
  const questions = useAdminQuestions(filter);
  const total = questions.data?.total ?? 0;

  return (
    <div className="stack">
      <div className="admin-actions">
        <ButtonLink to="/app/admin/questions/new">New question</ButtonLink>
      </div>
      <form className="admin-filters" role="search" aria-label="Find questions" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label="Search questions"
          name="question-search"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <SelectField
          label="Type"
          name="type"
          value={filter.type}
          onChange={(e) => setValue('type', e.target.value)}
          options={[
            { value: '', label: 'All types' },
            { value: 'technical', label: 'Technical' },
            { value: 'behavioral', label: 'Behavioral' },
            { value: 'coding', label: 'Coding' },
            { value: 'system_design', label: 'System design' },
          ]}
        />
        <SelectField
          label="State"
          name="active"
          value={filter.active}
          onChange={(e) => setValue('active', e.target.value as typeof filter.active)}
          options={[
            { value: '', label: 'Active and inactive' },
            { value: 'active', label: 'Active' },
            { value: 'inactive', label: 'Inactive' },
          ]}
        />
      </form>
      <QueryBlock
        query={questions}
        label="questions"
        isEmpty={(d) => d.questions.length === 0}
        empty={<EmptyState title="No questions" description="Create the first one or change the filters." />}
      >
        {(data) => (
          <>
            <p className="muted small">{fmt(total)} questions</p>
            <TableWrap label="Question bank">
              <table className="table">
                <caption className="visually-hidden">Question bank with usage statistics</caption>
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    <th scope="col">Type</th>
                    <th scope="col" className="num">
                      Used
                    </th>
                    <th scope="col" className="num">
                      Answered
                    </th>
                    <th scope="col" className="num">
                      Avg score
                    </th>
                    <th scope="col" className="num">
                      Success
                    </th>
                    <th scope="col" className="num">
                      Avg time
                    </th>
                    <th scope="col">State</th>
                  </tr>
                </thead>
                <tbody>
                  {data.questions.map((q) => (
                    <tr key={q.id}>
                      <td>
                        <Link to={`/app/admin/questions/${q.id}`}>
                          {q.question.length > 110 ? `${q.question.slice(0, 110)}…` : q.question}
                        </Link>
                      </td>
                      <td>
                        <span className="capitalize">{q.type.replace('_', ' ')}</span>
                        <span className="muted small cell-sub capitalize">
                          {q.category} · {q.difficulty}
                        </span>
                      </td>
                      <td className="num">{fmt(q.times_used)}</td>
                      <td className="num">{fmt(q.times_answered)}</td>
                      <td className="num">{fmt(q.average_score, 1)}</td>
                      <td className="num">{q.success_rate === null ? '—' : `${fmt(q.success_rate)}%`}</td>
                      <td className="num">{q.average_time_seconds === null ? '—' : `${fmt(q.average_time_seconds)} s`}</td>
                      <td>
                        <span className={`status-pill ${q.is_active ? 'status-pill--good' : ''}`}>
                          {q.is_active ? 'Active' : 'Inactive'}
                        </span>{' '}
                        <ActiveToggle q={q} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <Pager label="Question pages" page={filter.page} total={total} pageSize={QUESTIONS_PAGE_SIZE} onPage={setPage} />
          </>
        )}
      </QueryBlock>
    </div>
  );
}
