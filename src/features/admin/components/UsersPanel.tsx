import { PLAN_IDS } from '@/lib/plans';
import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { FormError } from '@/components/FormError';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { useAuth } from '@/features/auth';
import { toUserMessage } from '@/lib/errors';
import { USERS_PAGE_SIZE, useAdminUsers, type AdminUser, type UsersFilter } from '../api/list-users';
import { useSetUserRole } from '../api/set-user-role';
import { useSetUserStatus } from '../api/set-user-status';
import { useT } from '../i18n';
import { fmt, fmtDate } from '../lib/num';
import { useSearchFilter } from '../lib/use-search-filter';
import { Pager } from './Pager';
import { QueryBlock } from './QueryBlock';
import { TableWrap } from './TableWrap';

const STATUSES = ['active', 'blocked', 'pending'] as const;
const statusWord = (t: ReturnType<typeof useT>['t'], status: string) =>
  (STATUSES as readonly string[]).includes(status) ? t(`users.statuses.${status}`) : status;

function UserActions({ user, self }: { user: AdminUser; self: boolean }) {
  const { t } = useT();
  const status = useSetUserStatus();
  const role = useSetUserRole();
  const name = user.full_name || user.email;
  const blocked = user.status === 'blocked';
  const isAdmin = user.role === 'admin';
  const error = status.error ?? role.error;
  return (
    <div className="row-actions">
      <Button
        size="sm"
        variant={blocked ? 'secondary' : 'danger'}
        disabled={self}
        isLoading={status.isPending}
        aria-label={t(blocked ? 'users.unblockNamed' : 'users.blockNamed', { name })}
        onClick={() => {
          if (blocked || window.confirm(t('users.confirmBlock', { name }))) {
            status.mutate({ userId: user.id, status: blocked ? 'active' : 'blocked' });
          }
        }}
      >
        {blocked ? t('users.unblock') : t('users.block')}
      </Button>
      <Button
        size="sm"
        variant="ghost"
        disabled={self}
        isLoading={role.isPending}
        aria-label={t(isAdmin ? 'users.revokeAdminNamed' : 'users.grantAdminNamed', { name })}
        onClick={() => {
          if (window.confirm(isAdmin ? t('users.confirmRevokeAdmin', { name }) : t('users.confirmMakeAdmin', { name }))) {
            role.mutate({ userId: user.id, role: isAdmin ? 'user' : 'admin' });
          }
        }}
      >
        {isAdmin ? t('users.revokeAdmin') : t('users.makeAdmin')}
      </Button>
      {error ? (
        <p className="field__error small" role="alert">
          {toUserMessage(error)}
        </p>
      ) : null}
    </div>
  );
}

export function UsersPanel() {
  const { t } = useT();
  const { user: me } = useAuth();
  const { search, setSearch, filter, setValue, setPage } = useSearchFilter<
    Required<Pick<UsersFilter, 'search' | 'status' | 'role' | 'page'>>
  >({ search: '', status: '', role: '', page: 0 });
  const users = useAdminUsers(filter);

  const total = users.data?.total ?? 0;
  return (
    <div className="stack">
      <form className="admin-filters" role="search" aria-label={t('users.find')} onSubmit={(e) => e.preventDefault()}>
        <TextField label={t('users.search')} name="user-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <SelectField
          label={t('users.status')}
          name="status"
          value={filter.status}
          onChange={(e) => setValue('status', e.target.value as typeof filter.status)}
          options={[
            { value: '', label: t('users.anyStatus') },
            ...STATUSES.map((value) => ({ value, label: t(`users.statuses.${value}`) })),
          ]}
        />
        <SelectField
          label={t('users.role')}
          name="role"
          value={filter.role}
          onChange={(e) => setValue('role', e.target.value as typeof filter.role)}
          options={[
            { value: '', label: t('users.anyRole') },
            { value: 'user', label: t('users.roles.user') },
            { value: 'admin', label: t('users.roles.admin') },
          ]}
        />
      </form>
      <QueryBlock
        query={users}
        label={t('users.label')}
        isEmpty={(d) => d.users.length === 0}
        empty={<EmptyState title={t('users.noMatchTitle')} description={t('users.noMatchBody')} />}
      >
        {(data) => (
          <>
            <p className="muted small">{t('users.count', { count: total, formatted: fmt(total) })}</p>
            <TableWrap label={t('users.table')}>
              <table className="table">
                <caption className="visually-hidden">{t('users.table')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('users.user')}</th>
                    <th scope="col">{t('users.signedUp')}</th>
                    <th scope="col">{t('users.plan')}</th>
                    <th scope="col" className="num">
                      {t('users.interviews')}
                    </th>
                    <th scope="col" className="num">
                      {t('users.avgScore')}
                    </th>
                    <th scope="col">{t('users.status')}</th>
                    <th scope="col">{t('users.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.users.map((u) => (
                    <tr key={u.id}>
                      <th scope="row">
                        <span className="cell-title">{u.full_name || u.username || '—'}</span>
                        <span className="muted small cell-sub">{u.email}</span>
                        {u.role === 'admin' ? <span className="badge">{t('users.adminBadge')}</span> : null}
                      </th>
                      <td>{fmtDate(u.created_at)}</td>
                      <td>
                        {u.plan_id ?? PLAN_IDS.free}
                        {u.subscription_status ? <span className="muted small cell-sub">{u.subscription_status}</span> : null}
                      </td>
                      <td className="num">
                        {fmt(u.total_interviews)}{' '}
                        <span className="muted small">{t('users.done', { count: fmt(u.completed_interviews) })}</span>
                      </td>
                      <td className="num">{fmt(u.average_score, 1)}</td>
                      <td>
                        <span
                          className={`status-pill ${u.status === 'active' ? 'status-pill--good' : u.status === 'blocked' ? 'status-pill--bad' : ''}`}
                        >
                          {statusWord(t, u.status)}
                        </span>
                      </td>
                      <td>
                        <UserActions user={u} self={u.id === me?.id} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <Pager label={t('users.pages')} page={filter.page} total={total} pageSize={USERS_PAGE_SIZE} onPage={setPage} />
          </>
        )}
      </QueryBlock>
      <FormError message={null} />
    </div>
  );
}
