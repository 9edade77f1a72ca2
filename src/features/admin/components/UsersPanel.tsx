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
import { fmt, fmtDate } from '../lib/num';
import { useSearchFilter } from '../lib/use-search-filter';
import { Pager } from './Pager';
import { QueryBlock } from './QueryBlock';
import { TableWrap } from './TableWrap';

function UserActions({ user, self }: { user: AdminUser; self: boolean }) {
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
        aria-label={`${blocked ? 'Unblock' : 'Block'} ${name}`}
        onClick={() => {
          if (blocked || window.confirm(`Block ${name}? They will be signed out everywhere and cannot sign in.`)) {
            status.mutate({ userId: user.id, status: blocked ? 'active' : 'blocked' });
          }
        }}
      >
        {blocked ? 'Unblock' : 'Block'}
      </Button>
      <Button
        size="sm"
        variant="ghost"
        disabled={self}
        isLoading={role.isPending}
        aria-label={`${isAdmin ? 'Revoke admin from' : 'Grant admin to'} ${name}`}
        onClick={() => {
          if (window.confirm(isAdmin ? `Revoke admin from ${name}?` : `Make ${name} an admin? They will see all user data.`)) {
            role.mutate({ userId: user.id, role: isAdmin ? 'user' : 'admin' });
          }
        }}
      >
        {isAdmin ? 'Revoke admin' : 'Make admin'}
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
  const { user: me } = useAuth();
  const { search, setSearch, filter, setValue, setPage } = useSearchFilter<
    Required<Pick<UsersFilter, 'search' | 'status' | 'role' | 'page'>>
  >({ search: '', status: '', role: '', page: 0 });
  const users = useAdminUsers(filter);

  const total = users.data?.total ?? 0;
  return (
    <div className="stack">
      <form className="admin-filters" role="search" aria-label="Find users" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label="Search by email or name"
          name="user-search"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <SelectField
          label="Status"
          name="status"
          value={filter.status}
          onChange={(e) => setValue('status', e.target.value as typeof filter.status)}
          options={[
            { value: '', label: 'Any status' },
            { value: 'active', label: 'Active' },
            { value: 'blocked', label: 'Blocked' },
            { value: 'pending', label: 'Pending' },
          ]}
        />
        <SelectField
          label="Role"
          name="role"
          value={filter.role}
          onChange={(e) => setValue('role', e.target.value as typeof filter.role)}
          options={[
            { value: '', label: 'Any role' },
            { value: 'user', label: 'User' },
            { value: 'admin', label: 'Admin' },
          ]}
        />
      </form>
      <QueryBlock
        query={users}
        label="users"
        isEmpty={(d) => d.users.length === 0}
        empty={<EmptyState title="No users match" description="Try a different search." />}
      >
        {(data) => (
          <>
            <p className="muted small">{fmt(total)} users</p>
            <TableWrap label="Users">
              <table className="table">
                <caption className="visually-hidden">Users</caption>
                <thead>
                  <tr>
                    <th scope="col">User</th>
                    <th scope="col">Signed up</th>
                    <th scope="col">Plan</th>
                    <th scope="col" className="num">
                      Interviews
                    </th>
                    <th scope="col" className="num">
                      Avg score
                    </th>
                    <th scope="col">Status</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {data.users.map((u) => (
                    <tr key={u.id}>
                      <th scope="row">
                        <span className="cell-title">{u.full_name || u.username || '—'}</span>
                        <span className="muted small cell-sub">{u.email}</span>
                        {u.role === 'admin' ? <span className="badge">Admin</span> : null}
                      </th>
                      <td>{fmtDate(u.created_at)}</td>
                      <td>
                        {u.plan_id ?? PLAN_IDS.free}
                        {u.subscription_status ? <span className="muted small cell-sub">{u.subscription_status}</span> : null}
                      </td>
                      <td className="num">
                        {fmt(u.total_interviews)} <span className="muted small">({fmt(u.completed_interviews)} done)</span>
                      </td>
                      <td className="num">{fmt(u.average_score, 1)}</td>
                      <td>
                        <span
                          className={`status-pill ${u.status === 'active' ? 'status-pill--good' : u.status === 'blocked' ? 'status-pill--bad' : ''}`}
                        >
                          {u.status}
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
            <Pager label="User pages" page={filter.page} total={total} pageSize={USERS_PAGE_SIZE} onPage={setPage} />
          </>
        )}
      </QueryBlock>
      <FormError message={null} />
    </div>
  );
}
