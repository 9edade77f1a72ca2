import i18next from 'i18next';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { num, numOrNull } from '../lib/num';
import { adminKeys } from './keys';
import '../i18n';

export const adminUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  username: z.string().nullable(),
  full_name: z.string().nullable(),
  role: z.string(),
  status: z.string(),
  created_at: z.string(),
  last_login_at: z.string().nullable(),
  last_activity_at: z.string().nullable(),
  plan_id: z.string().nullable(),
  subscription_status: z.string().nullable(),
  total_interviews: num,
  completed_interviews: num,
  average_score: numOrNull,
  total_count: num,
});
export type AdminUser = z.output<typeof adminUserSchema>;

export const usersFilterSchema = z.object({
  search: z.string().trim().max(200).default(''),
  status: z.enum(['', 'active', 'blocked', 'pending']).default(''),
  role: z.enum(['', 'user', 'admin']).default(''),
  page: z.number().int().min(0).default(0),
});
export type UsersFilter = z.input<typeof usersFilterSchema>;
export const USERS_PAGE_SIZE = 25;

export async function listUsers(input: UsersFilter) {
  const f = usersFilterSchema.parse(input);
  const result = throwIfError(
    await supabase.rpc('admin_list_users', {
      p_search: f.search || undefined,
      p_status: f.status || undefined,
      p_role: f.role || undefined,
      p_limit: USERS_PAGE_SIZE,
      p_offset: f.page * USERS_PAGE_SIZE,
    }),
    i18next.t('admin:errors.loadUsers'),
  );
  const users = z.array(adminUserSchema).parse(result.data ?? []);
  return { users, total: users[0]?.total_count ?? 0 };
}

export function usersQueryOptions(filter: UsersFilter) {
  return queryOptions({
    queryKey: adminKeys.users(filter),
    queryFn: () => listUsers(filter),
    placeholderData: keepPreviousData,
  });
}

export function useAdminUsers(filter: UsersFilter) {
  return useQuery(usersQueryOptions(filter));
}
