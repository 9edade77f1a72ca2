import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { num, numOrNull } from '../lib/num';
import { adminKeys } from './keys';
import '../i18n';

export const questionCalibrationRowSchema = z.object({
  question_id: z.string(),
  question: z.string(),
  type: z.string(),
  difficulty: z.string(),
  times_answered: num,
  average_score: numOrNull,
  expected_min: numOrNull,
  expected_max: numOrNull,
  verdict: z.string(),
});
export type QuestionCalibrationRow = z.output<typeof questionCalibrationRowSchema>;

/** admin_analytics_question_calibration (admin only, checked in SQL). */
export async function getQuestionCalibration(): Promise<QuestionCalibrationRow[]> {
  const result = throwIfError(
    await supabase.rpc('admin_analytics_question_calibration', { p_min_answers: 3 }),
    i18next.t('admin:errors.loadChart'),
  );
  return z.array(questionCalibrationRowSchema).parse(result.data ?? []);
}

export const questionCalibrationQueryOptions = () =>
  queryOptions({ queryKey: adminKeys.analytics('admin_analytics_question_calibration'), queryFn: getQuestionCalibration });

export function useQuestionCalibration() {
  return useQuery(questionCalibrationQueryOptions());
}
