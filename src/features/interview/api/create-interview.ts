import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { DIFFICULTIES, INTERVIEW_TYPES, lazySchema } from '../lib/schemas';
import i18next from 'i18next';
import { interviewKeys } from '@/lib/query-keys/interviews';
import { billingKeys } from '@/lib/query-keys/billing';
import '../i18n';

export const MAX_RESUME_CHARS = 100_000;
export const MAX_JOB_DESCRIPTION_CHARS = 50_000;

/** What the setup form sends (already validated by the form). */
export const createInterviewInputSchema = lazySchema(() =>
  z.object({
    jobRole: z.string().trim().min(1, 'interview:newForm.validation.role').max(120, 'interview:newForm.validation.customRoleTooLong'),
    customRole: z.string().trim().max(120).nullable(),
    company: z.string().trim().max(120, 'interview:newForm.validation.companyTooLong').nullable(),
    interviewType: z.enum(INTERVIEW_TYPES),
    difficulty: z.enum(DIFFICULTIES),
    techStack: z.array(z.string().trim().min(1).max(40)).max(30, 'interview:newForm.validation.tooManyTechnologies'),
    totalQuestions: z.number().int().min(1).max(20),
    interactionMode: z.enum(['text', 'speech']),
    resume: z.object({ fileName: z.string().max(255), text: z.string().max(MAX_RESUME_CHARS) }).nullable(),
    jobDescription: z.object({ fileName: z.string().max(255).nullable(), text: z.string().max(MAX_JOB_DESCRIPTION_CHARS) }).nullable(),
  }),
);
export type CreateInterviewInput = z.infer<typeof createInterviewInputSchema>;

const createdSchema = lazySchema(() => z.object({ id: z.string().uuid(), session_id: z.string() }));
export type CreatedInterview = z.infer<typeof createdSchema>;

/** create_interview_session: checks the plan quota (and voice entitlement) and inserts the session. */
export async function createInterview(input: CreateInterviewInput): Promise<CreatedInterview> {
  const { data, error, status } = await supabase.rpc('create_interview_session', {
    p_job_role: input.jobRole,
    ...(input.customRole ? { p_custom_role: input.customRole } : {}),
    ...(input.company ? { p_company: input.company } : {}),
    p_interview_type: input.interviewType,
    p_difficulty: input.difficulty,
    p_tech_stack: input.techStack,
    p_interaction_mode: input.interactionMode,
    p_total_questions: input.totalQuestions,
    ...(input.resume ? { p_resume_filename: input.resume.fileName, p_resume_text: input.resume.text } : {}),
    ...(input.jobDescription
      ? {
          ...(input.jobDescription.fileName ? { p_job_description_filename: input.jobDescription.fileName } : {}),
          p_job_description_text: input.jobDescription.text,
        }
      : {}),
  });
  if (error) throw fromPostgrestError(error, i18next.t('interview:errors.create'), status);
  const parsed = createdSchema.safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return parsed.data;
}

export function useCreateInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['interview', 'create'],
    mutationFn: createInterview,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: interviewKeys.all });
      void queryClient.invalidateQueries({ queryKey: billingKeys.planUsage() });
    },
  });
}
