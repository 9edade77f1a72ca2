// The phases a run can select, in the order they run, and which users each interview phase runs with.
export const ALL_PHASES = ['signup', 'paced', 'paced-warm', 'saturation', 'read'] as const;
export type Phase = (typeof ALL_PHASES)[number];

/** Interview phases by name → where their result sits in a RunResult. */
export const INTERVIEW_PHASES = { paced: 'paced', 'paced-warm': 'pacedWarm', saturation: 'saturation' } as const;
export type InterviewPhase = keyof typeof INTERVIEW_PHASES;

/** `--phases a,b,…` → the selected phases in run order; throws with a message for the command line. */
export function parsePhases(raw: string): Phase[] {
  const named = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const unknown = named.filter((p) => !(ALL_PHASES as readonly string[]).includes(p));
  if (unknown.length) throw new Error(`unknown phase ${unknown.join(',')}; phases are ${ALL_PHASES.join(',')}`);
  const selected = ALL_PHASES.filter((p) => named.includes(p));
  // It measures the stack that the fresh paced wave has just warmed; alone it would be a second fresh wave.
  if (selected.includes('paced-warm') && !selected.includes('paced')) throw new Error('paced-warm runs after paced: select both');
  return selected;
}

/**
 * The user indexes (emails, client addresses) of an interview phase with `users` users: paced-warm gets a second
 * set, new to the stack like the first set was to the fresh one (no verified token, profile or plan cached
 * anywhere); the other phases share the first set.
 */
export function userIndexes(phase: InterviewPhase, users: number): number[] {
  const first = phase === 'paced-warm' ? users : 0;
  return Array.from({ length: users }, (_, i) => first + i);
}

/** Think time of an interview phase: saturation runs without any. */
export const thinkTimeOf = (phase: InterviewPhase, thinkMs: number) => (phase === 'saturation' ? 0 : thinkMs);

/** Whether a phase runs with paced-warm's own users rather than the first set (userIndexes). */
export const usesWarmSet = (phase: InterviewPhase) => phase === 'paced-warm';

/**
 * The phases (one per user set) whose users are signed up before the first interview phase, in order, the first
 * phase's set last so that it still comes right before that phase. Signing up paced-warm's users between paced and
 * paced-warm (~25 s) plus a fast-core gate wait let the functions' connections, idle after paced, reach their
 * 60-s idle timeout, and paced-warm then met cold backends again.
 */
export function userSetupOrder(phases: InterviewPhase[]): InterviewPhase[] {
  const [first] = phases;
  if (!first) return [];
  const other = phases.find((phase) => usesWarmSet(phase) !== usesWarmSet(first));
  return other ? [other, first] : [first];
}
