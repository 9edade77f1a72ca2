import { useEffect, useState } from 'react'
import { Link } from 'react-router-dom'
import { Button, ButtonLink } from '@/components/Button'
import { EmptyState } from '@/components/EmptyState'
import { SelectField } from '@/components/SelectField'
import { TextField } from '@/components/TextField'
import { toUserMessage } from '@/lib/errors'
import { QUESTIONS_PAGE_SIZE, useAdminQuestions, type AdminQuestionRow, type QuestionsFilter } from '../api/list-questions'
import { useSetQuestionActive } from '../api/set-question-active'
import { fmt } from '../lib/num'
import { QueryBlock } from './QueryBlock'
import { TableWrap } from './TableWrap'

function ActiveToggle({ q }: { q: AdminQuestionRow }) {
  const mutation = useSetQuestionActive()
  return (
    <>
      <Button size="sm" variant="ghost" isLoading={mutation.isPending} aria-label={`${q.is_active ? 'Deactivate' : 'Activate'} question: ${q.question.slice(0, 60)}`} onClick={() => mutation.mutate({ questionId: q.id, isActive: !q.is_active })}>
        {q.is_active ? 'Deactivate' : 'Activate'}
      </Button>
      {mutation.isError ? <span className="field__error small">{toUserMessage(mutation.error)}</span> : null}
    </>
  )
}

export function QuestionsPanel() {
  const [search, setSearch] = useState('')
  const [filter, setFilter] = useState<Required<Pick<QuestionsFilter, 'search' | 'type' | 'active' | 'page'>>>({ search: '', type: '', active: '', page: 0 })
  const questions = useAdminQuestions(filter)
  useEffect(() => {
    const handle = window.setTimeout(() => setFilter((f) => (f.search === search.trim() ? f : { ...f, search: search.trim(), page: 0 })), 300)
    return () => window.clearTimeout(handle)
  }, [search])
  const total = questions.data?.total ?? 0
  const pages = Math.max(1, Math.ceil(total / QUESTIONS_PAGE_SIZE))

  return (
    <div className="stack">
      <div className="admin-actions">
        <ButtonLink to="/app/admin/questions/new">New question</ButtonLink>
      </div>
      <form className="admin-filters" role="search" aria-label="Find questions" onSubmit={(e) => e.preventDefault()}>
        <TextField label="Search questions" name="question-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <SelectField
          label="Type"
          name="type"
          value={filter.type}
          onChange={(e) => setFilter((f) => ({ ...f, type: e.target.value, page: 0 }))}
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
          onChange={(e) => setFilter((f) => ({ ...f, active: e.target.value as typeof f.active, page: 0 }))}
          options={[
            { value: '', label: 'Active and inactive' },
            { value: 'active', label: 'Active' },
            { value: 'inactive', label: 'Inactive' },
          ]}
        />
      </form>
      <QueryBlock query={questions} label="questions" isEmpty={(d) => d.questions.length === 0} empty={<EmptyState title="No questions" description="Create the first one or change the filters." />}>
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
                    <th scope="col" className="num">Used</th>
                    <th scope="col" className="num">Answered</th>
                    <th scope="col" className="num">Avg score</th>
                    <th scope="col" className="num">Success</th>
                    <th scope="col" className="num">Avg time</th>
                    <th scope="col">State</th>
                  </tr>
                </thead>
                <tbody>
                  {data.questions.map((q) => (
                    <tr key={q.id}>
                      <td>
                        <Link to={`/app/admin/questions/${q.id}`}>{q.question.length > 110 ? `${q.question.slice(0, 110)}…` : q.question}</Link>
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
                        <span className={`status-pill ${q.is_active ? 'status-pill--good' : ''}`}>{q.is_active ? 'Active' : 'Inactive'}</span> <ActiveToggle q={q} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            {pages > 1 ? (
              <nav className="pager" aria-label="Question pages">
                <Button size="sm" variant="secondary" disabled={filter.page === 0} onClick={() => setFilter((f) => ({ ...f, page: f.page - 1 }))}>
                  Previous
                </Button>
                <span className="muted">
                  Page {filter.page + 1} of {pages}
                </span>
                <Button size="sm" variant="secondary" disabled={filter.page + 1 >= pages} onClick={() => setFilter((f) => ({ ...f, page: f.page + 1 }))}>
                  Next
                </Button>
              </nav>
            ) : null}
          </>
        )}
      </QueryBlock>
    </div>
  )
}
