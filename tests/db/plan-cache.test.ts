/**
 * Postgres cannot inline a `language sql` function that has its own search_path (every definer function here
 * does), and it keeps no plan for one across statements: each call parses and plans its body again. plpgsql
 * keeps its plans per connection. The interview loop runs on PostgREST's few pooled connections, so every
 * function it reaches — the RPCs it calls, the triggers of the tables it writes and whatever those call — must
 * be plpgsql (or C); this walks that call graph in the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { sql } from './helpers.ts';

const LOOP_RPCS = [
  'create_interview_session',
  'begin_question_generation',
  'active_question_bank',
  'active_question_bank_usage',
  'save_generated_questions',
  'submit_response',
  'claim_response_scoring',
  'save_response_evaluation',
  'record_ai_usage',
  'claim_interview_completion',
  'finish_interview_completion',
  'get_user_interview_history',
];
const LOOP_TABLES = [
  'interview_sessions',
  'interview_questions',
  'interview_responses',
  'interview_messages',
  'interview_reports',
  'ai_usage_events',
  'skill_gaps',
  'skill_gap_resources',
  'user_profiles',
  'user_daily_activity',
  'user_achievements',
];

describe('functions the interview loop reaches', () => {
  it('keep their plans per connection: none is a language sql function with its own search_path', async () => {
    const reached = await sql<{ fn: string; language: string; replanned: boolean }>(
      `with recursive roots as (
         select p.oid from pg_proc p where p.pronamespace = 'public'::regnamespace and p.proname = any($1)
         union
         select t.tgfoid from pg_trigger t
         where not t.tgisinternal and t.tgrelid = any(select ('public.' || quote_ident(n))::regclass from unnest($2::text[]) n)
       ), reached(oid) as (
         select oid from roots
         union
         select callee.oid from reached r
         join pg_proc caller on caller.oid = r.oid
         join pg_proc callee on callee.pronamespace in ('public'::regnamespace, 'private'::regnamespace)
           and caller.prosrc ~ ('\\m' || callee.pronamespace::regnamespace::text || '\\.' || callee.proname || '\\s*\\(')
       )
       select p.oid::regprocedure::text as fn, l.lanname as language,
              l.lanname = 'sql' and p.proconfig is not null as replanned
       from reached r join pg_proc p on p.oid = r.oid join pg_language l on l.oid = p.prolang`,
      [LOOP_RPCS, LOOP_TABLES],
    );
    // the walk finds the loop's helpers, including ones only a trigger reaches
    expect(reached.map((r) => r.fn)).toEqual(
      expect.arrayContaining([
        'private.completed_interview_json(uuid)',
        'private.record_answer_in_transcript()',
        'private.apply_profile_activity(uuid,boolean,integer,integer,integer,boolean)',
      ]),
    );
    expect(reached.filter((r) => r.replanned).map((r) => r.fn)).toEqual([]);
  });
});
