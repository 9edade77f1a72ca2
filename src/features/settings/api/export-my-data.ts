import i18next from 'i18next';
import { useMutation } from '@tanstack/react-query';
import { fromPostgrestError, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { ownFileLinks, type FileLink } from '@/lib/user-files';
import '../i18n';

/** How long the file links in an export work (voice answers, resumes). */
export const EXPORT_LINK_SECONDS = 7 * 24 * 3600;

// Tables with column-level grants (answer material and service-only columns are hidden): select('*')
// would be refused, so they list the columns the user may read.
const INTERVIEW_QUESTION_COLUMNS =
  'id,interview_id,user_id,bank_question_id,parent_question_id,order_number,question_text,question_type,difficulty,skill_category,skills,time_limit_seconds,is_follow_up,starter_code,function_name,test_cases,evaluation_criteria,source,asked_at,created_at';
const INTERVIEW_RESPONSE_COLUMNS =
  'id,question_id,interview_id,user_id,answer_text,code_answer,code_language,transcript,audio_path,speaking_duration_seconds,time_taken_seconds,client_test_results,submitted_at,score,ai_feedback,strengths,weaknesses,missed_key_points,improved_answer,rubric,dimension_scores,delivery_metrics,test_results,ai_provider,ai_model,evaluated_at,created_at,updated_at';
const REFERRAL_COLUMNS = 'id,referrer_id,referral_code,status,reward_type,reward_amount,signed_up_at,converted_at,rewarded_at,created_at';

/** Every table a user can read, the column that makes a row theirs, and (if restricted) its readable columns. */
export const EXPORT_TABLES: ReadonlyArray<readonly [table: string, ownerColumn: string, columns?: string]> = [
  ['user_profiles', 'id'],
  ['subscriptions', 'user_id'],
  ['billing_information', 'user_id'],
  ['payment_history', 'user_id'],
  ['referrals', 'referrer_id', REFERRAL_COLUMNS],
  ['interview_sessions', 'user_id'],
  ['interview_questions', 'user_id', INTERVIEW_QUESTION_COLUMNS],
  ['interview_responses', 'user_id', INTERVIEW_RESPONSE_COLUMNS],
  ['interview_messages', 'user_id'],
  ['interview_reports', 'user_id'],
  ['skill_gaps', 'user_id'],
  ['skill_gap_resources', 'user_id'],
  ['user_skill_progress', 'user_id'],
  ['practice_attempts', 'user_id'],
  ['chat_sessions', 'user_id'],
  ['chat_messages', 'user_id'],
  ['user_daily_activity', 'user_id'],
  ['user_achievements', 'user_id'],
  ['ai_usage_events', 'user_id'],
  ['report_shares', 'user_id'],
];

const PAGE = 1000;

type Page = { data: unknown[] | null; error: unknown; status: number };
type Builder = {
  select(columns: string): { eq(column: string, value: string): { range(from: number, to: number): PromiseLike<Page> } };
};

async function readAll(table: string, column: string, columns: string, userId: string): Promise<unknown[]> {
  const from = supabase.from as unknown as (name: string) => Builder;
  const rows: unknown[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { data, error, status } = await from
      .call(supabase, table)
      .select(columns)
      .eq(column, userId)
      .range(offset, offset + PAGE - 1);
    if (error) throw fromPostgrestError(error, i18next.t('settings:apiErrors.exportTable', { table: table.replace(/_/g, ' ') }), status);
    rows.push(...(data ?? []));
    if (!data || data.length < PAGE) return rows;
  }
}

/** Archived rows (interviews finished more than two years ago, old chats), as tables named `archive.<table>`. */
async function readArchived(): Promise<Record<string, unknown[]>> {
  const { data, error, status } = await supabase.rpc('get_my_archived_data');
  if (error) throw fromPostgrestError(error, i18next.t('settings:apiErrors.exportArchive'), status);
  const tables = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return Object.fromEntries(Object.entries(tables).map(([table, rows]) => [`archive.${table}`, Array.isArray(rows) ? rows : []]));
}

export type DataExport = {
  format: 'interviewai-export';
  version: 1;
  exported_at: string;
  account: { id: string; email: string | undefined; created_at: string | undefined };
  tables: Record<string, unknown[]>;
  /** The user's files (recorded answers, resume, avatar) as links; private ones expire. */
  files: FileLink[];
};

/** Gathers everything of the signed-in user's (always filtered to their id — admins can read more). */
export async function exportMyData(): Promise<DataExport> {
  const { data: auth, error } = await supabase.auth.getUser();
  if (error || !auth.user) throw fromPostgrestError({ code: 'PGRST301' }, i18next.t('settings:apiErrors.signInAgain'), 401);
  const userId = auth.user.id;
  const [entries, archived, files] = await Promise.all([
    Promise.all(
      EXPORT_TABLES.map(async ([table, column, columns]) => [table, await readAll(table, column, columns ?? '*', userId)] as const),
    ),
    readArchived(),
    ownFileLinks(supabase, userId, EXPORT_LINK_SECONDS).catch((cause: unknown) => {
      throw new UserFacingError(i18next.t('settings:apiErrors.exportFiles'), { code: 'files_not_exported', cause });
    }),
  ]);
  return {
    format: 'interviewai-export',
    version: 1,
    exported_at: new Date().toISOString(),
    account: { id: userId, email: auth.user.email, created_at: auth.user.created_at },
    tables: { ...Object.fromEntries(entries), ...archived },
    files,
  };
}

export function useExportMyData() {
  return useMutation({ mutationKey: ['settings', 'export'], mutationFn: exportMyData });
}
