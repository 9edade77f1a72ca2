import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { num, numOrNull } from '../lib/num';
import { adminKeys } from './keys';
import '../i18n';

export const interviewsPerDayRowSchema = z.object({ day: z.string(), started: num, completed: num, average_score: numOrNull });
export type InterviewsPerDayRow = z.output<typeof interviewsPerDayRowSchema>;

/** admin_analytics_interviews_per_day (admin only, checked in SQL). */
export async function getInterviewsPerDay(): Promise<InterviewsPerDayRow[]> {
  const result = throwIfError(
    await supabase.rpc('admin_analytics_interviews_per_day', { p_days: 30 }),
    i18next.t('admin:errors.loadChart'),
  );
  return z.array(interviewsPerDayRowSchema).parse(result.data ?? []);
}

export const interviewsPerDayQueryOptions = () =>
  queryOptions({ queryKey: adminKeys.analytics('admin_analytics_interviews_per_day'), queryFn: getInterviewsPerDay });

export function useInterviewsPerDay() {
  return useQuery(interviewsPerDayQueryOptions());
}
