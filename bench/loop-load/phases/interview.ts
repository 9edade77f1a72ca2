// Phases 2 and 3: every user runs one interview exactly as the SPA does it (src/features/interview/api):
// create_interview_session → generate-questions → read the questions → 3 × (submit_response →
// score-answer) → complete-interview → get_user_interview_history. Paced with think time between
// steps (phase 2) or back to back with every user at once (phase 3, saturation).
import type { CpuUse } from '../cpu.ts';
import type { CpuInterval } from '../cpu-timeline.ts';
import type { DbWaits } from '../db-waits.ts';
import type { FastCoresWait } from '../fast-cores.ts';
import type { LoadGeneratorUse } from '../load-generator.ts';
import type { MachineUse } from '../machine-counters.ts';
import type { ProcessCounters } from '../process-counters.ts';
import type { SpeedProbe } from '../speed-probe.ts';
import type { SqlStats } from '../sql-stats.ts';
import { CallFailed, field } from '../http.ts';
import type { Api, VirtualUser } from '../api.ts';
import type { CallStats } from '../recorder.ts';

export const KINDS = {
  create: 'rpc create_interview_session',
  generate: 'fn generate-questions',
  questions: 'rest select interview_questions',
  submit: 'rpc submit_response',
  score: 'fn score-answer',
  complete: 'fn complete-interview',
  history: 'rpc get_user_interview_history',
} as const;

const ANSWERED_QUESTIONS = 3;

// The columns the interview room reads (QUESTION_COLUMNS in src/features/interview/lib/schemas.ts).
const QUESTION_COLUMNS =
  'id,order_number,question_text,question_type,difficulty,skill_category,skills,time_limit_seconds,is_follow_up,parent_question_id,starter_code,function_name,test_cases,bank_question_id';

const ANSWER =
  'I would start by clarifying the requirements and the constraints, then describe the trade-offs between two designs. ' +
  'In my last project we measured first with a profiler, fixed the slowest path, added tests, and cut the p95 latency by 40 percent. ' +
  'The result was a simpler design that the team could maintain, and I would apply the same approach here.';

interface Question {
  id: string;
  question_type: string;
  is_follow_up: boolean;
  function_name: string | null;
}

export interface InterviewPhaseResult {
  users: number;
  completed: number;
  /** Interviews that stopped at a failed call (each failure is in `calls`). */
  failed: number;
  /** Interviews not finished when the phase deadline passed. */
  cutOff: number;
  wallMs: number;
  completedPerSecond: number;
  thinkMs: number;
  calls: Record<string, CallStats>;
  /** CPU the stack's processes used during the phase (bench/loop-load/cpu.ts), when measured. */
  cpu?: CpuUse;
  /** The whole machine's CPU by state and memory events during the phase (bench/loop-load/machine-counters.ts). */
  machine?: MachineUse;
  /** Page faults, migrations, context switches and run-queue waits of the stack's processes by kind (process-counters.ts). */
  processCounters?: Record<string, ProcessCounters>;
  /** `perf stat -a` software events of the whole machine during the phase (perf-events.ts). */
  perfEvents?: Record<string, number>;
  /** How long the phase waited for every core to probe fast (fast-cores.ts), when it did. */
  fastCores?: FastCoresWait;
  /** The load generator's own CPU and event-loop delay during the phase (bench/loop-load/load-generator.ts). */
  loadGenerator?: LoadGeneratorUse;
  /** The fixed-work probe (bench/loop-load/speed-probe.ts) right before and right after the phase. */
  speedProbe?: { before: SpeedProbe; after: SpeedProbe };
  /** What the database's backends waited for during the phase (bench/loop-load/db-waits.ts), when sampled. */
  dbWaits?: DbWaits;
  /** The stack's CPU by process, second by second (bench/loop-load/cpu-timeline.ts), when sampled. */
  cpuTimeline?: CpuInterval[];
  /** With LOOP_LOAD_SQL_STATS=1: pg_stat_statements and pg_stat_user_functions of the phase. */
  sqlStats?: SqlStats;
  /** Every call of the phase: [kind, start ms after the phase's first call, duration ms]. */
  timeline?: [string, number, number][];
}

class DeadlinePassed extends Error {}

/** Think time: thinkMs ± 50 % (uniform), none when thinkMs is 0. */
const thinkTime = (thinkMs: number) => (thinkMs > 0 ? thinkMs * (0.5 + Math.random()) : 0);

/** What a user may attach to a new interview: the text of a résumé and of a job description. */
export interface InterviewDocuments {
  resumeText: string;
  jobDescriptionText: string;
}

async function oneInterview(
  api: Api,
  user: VirtualUser,
  thinkMs: number,
  deadline: number,
  documents: InterviewDocuments | undefined,
): Promise<void> {
  const pause = async () => {
    const ms = thinkTime(thinkMs);
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    if (performance.now() > deadline) throw new DeadlinePassed();
  };

  const created = await api.rpc<{ id: string; session_id: string }>(
    KINDS.create,
    user,
    'create_interview_session',
    {
      p_job_role: 'Frontend Developer',
      p_interview_type: 'mixed',
      p_difficulty: 'medium',
      p_tech_stack: ['React', 'TypeScript'],
      p_interaction_mode: 'text',
      p_total_questions: ANSWERED_QUESTIONS,
      ...(documents ? { p_resume_text: documents.resumeText, p_job_description_text: documents.jobDescriptionText } : {}),
    },
    (body) => (typeof field(body, 'id') === 'string' ? null : 'no session id'),
  );
  await pause();
  await api.invoke(KINDS.generate, user, 'generate-questions', { session_id: created.id }, (body) => {
    const generated = field(body, 'questions');
    return Array.isArray(generated) && generated.length > 0 ? null : 'no questions';
  });
  await pause();
  const questions = await api.select<Question[]>(
    KINDS.questions,
    user,
    `interview_questions?select=${QUESTION_COLUMNS}&interview_id=eq.${created.id}&order=order_number.asc`,
    (body) => (Array.isArray(body) && body.length >= ANSWERED_QUESTIONS ? null : `${Array.isArray(body) ? body.length : 'no'} questions`),
  );
  for (const question of questions.filter((q) => !q.is_follow_up).slice(0, ANSWERED_QUESTIONS)) {
    await pause();
    const coding = question.question_type === 'coding' && question.function_name;
    const response = await api.rpc<{ id: string }>(
      KINDS.submit,
      user,
      'submit_response',
      {
        p_question_id: question.id,
        p_answer_text: ANSWER,
        ...(coding
          ? { p_code_answer: `function ${question.function_name}(...args) { return args[0]; }`, p_code_language: 'javascript' }
          : {}),
        p_time_taken_seconds: 90,
      },
      (body) => (typeof field(body, 'id') === 'string' ? null : 'no response id'),
      true,
    );
    await pause();
    await api.invoke(KINDS.score, user, 'score-answer', { response_id: response.id }, (body) =>
      field(body, 'evaluation') ? null : 'no evaluation',
    );
  }
  await pause();
  await api.invoke(KINDS.complete, user, 'complete-interview', { session_id: created.id }, (body) =>
    field(body, 'status') === 'completed' ? null : `status ${String(field(body, 'status'))}`,
  );
  await pause();
  await api.rpc(KINDS.history, user, 'get_user_interview_history', { p_limit: 5 }, (body) =>
    Array.isArray(body) && body.some((row: { id?: string }) => row.id === created.id) ? null : 'the interview is not in the history',
  );
}

/**
 * Every user runs one interview. With think time each user also starts after one think pause (a ramp,
 * not a thundering herd); without it all start at once.
 */
export async function runInterviewPhase(
  api: Api,
  users: VirtualUser[],
  thinkMs: number,
  timeLimitMs: number,
  documents?: InterviewDocuments,
): Promise<InterviewPhaseResult> {
  const deadline = performance.now() + timeLimitMs;
  let completed = 0;
  let failed = 0;
  let cutOff = 0;
  await Promise.all(
    users.map(async (user) => {
      try {
        if (thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, thinkTime(thinkMs)));
        await oneInterview(api, user, thinkMs, deadline, documents);
        completed += 1;
      } catch (error) {
        if (error instanceof DeadlinePassed) cutOff += 1;
        else if (error instanceof CallFailed) failed += 1;
        else throw error;
      }
    }),
  );
  const wallMs = api.recorder.wallMs();
  return {
    users: users.length,
    completed,
    failed,
    cutOff,
    wallMs,
    completedPerSecond: wallMs > 0 ? (completed * 1000) / wallMs : 0,
    thinkMs,
    calls: api.recorder.stats(),
    timeline: api.recorder.timeline(),
  };
}
