// Deterministic question selection from the bank for a session: role, type mix, difficulty, tech stack
// and the resume/JD keywords. Pure: the function fetches nothing (see generate-questions).
import { type ExtractedKeyword, roleTarget } from './keywords.ts';

export type QType = 'technical' | 'behavioral' | 'coding' | 'system_design';
export type Difficulty = 'easy' | 'medium' | 'hard';

export interface BankQuestion {
  id: string;
  question: string;
  type: QType;
  category: string;
  difficulty: Difficulty;
  roles: string[] | null;
  tech_stack: string[] | null;
  skills: string[] | null;
  times_used?: number | null;
}

export interface SelectionInput {
  seed: string;
  jobRole: string;
  interviewType: QType | 'mixed';
  difficulty: Difficulty;
  techStack: string[];
  count: number;
  keywords: ExtractedKeyword[];
}

export interface Selected<Q extends BankQuestion> {
  question: Q;
  score: number;
  /** Why it was picked (for logs/tests). */
  reasons: string[];
}

const LEVEL: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };

/** FNV-1a → [0, 1): a stable tie-breaker per (seed, id). */
export function jitter(seed: string, id: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${id}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 2 ** 32;
}

/** How many questions of each type a session gets. */
export function typePlan(type: QType | 'mixed', count: number, difficulty: Difficulty): QType[] {
  if (type !== 'mixed') return Array.from({ length: count }, () => type);
  const cycle: QType[] = difficulty === 'easy'
    ? ['technical', 'behavioral', 'coding', 'technical', 'behavioral']
    : ['technical', 'behavioral', 'coding', 'system_design', 'technical', 'behavioral'];
  return Array.from({ length: count }, (_, i) => cycle[i % cycle.length]!);
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9+#]/g, '');

export function selectQuestions<Q extends BankQuestion>(bank: Q[], input: SelectionInput): Selected<Q>[] {
  const target = roleTarget(input.jobRole);
  const stack = new Set(input.techStack.map(norm));
  const keywordWeight = new Map(input.keywords.map((k) => [norm(k.term), k.weight]));
  const maxKw = Math.max(1, ...input.keywords.map((k) => k.weight));

  const scored = bank.map((q) => {
    const reasons: string[] = [];
    let score = 0;
    if ((q.roles ?? []).some((r) => target.roles.slice(0, -1).includes(r))) {
      score += 3;
      reasons.push('role');
    } else if ((q.roles ?? []).includes('software-engineer')) score += 1;
    if (q.category === target.category) {
      score += 2;
      reasons.push('category');
    } else if (q.category === 'general') score += 0.5;
    const distance = Math.abs(LEVEL[q.difficulty] - LEVEL[input.difficulty]);
    score += distance === 0 ? 3 : distance === 1 ? 0.5 : -2;
    if (distance === 0) reasons.push('difficulty');
    for (const t of q.tech_stack ?? []) {
      if (stack.has(norm(t))) {
        score += 2;
        reasons.push(`stack:${t}`);
      }
    }
    for (const term of [...(q.skills ?? []), ...(q.tech_stack ?? [])]) {
      const w = keywordWeight.get(norm(term));
      if (w) {
        score += 1 + 1.5 * (w / maxKw);
        reasons.push(`keyword:${term}`);
      }
    }
    score -= 0.15 * Math.log1p(q.times_used ?? 0); // spread usage across the bank
    score += jitter(input.seed, q.id); // stable variety per session
    return { question: q, score, reasons };
  });

  const plan = typePlan(input.interviewType, input.count, input.difficulty);
  const chosen: Selected<Q>[] = [];
  const used = new Set<string>();
  const skillCount = new Map<string, number>();
  for (const type of plan) {
    let pool = scored.filter((s) => s.question.type === type && !used.has(s.question.id));
    if (!pool.length) pool = scored.filter((s) => !used.has(s.question.id)); // bank short of this type
    if (!pool.length) break;
    let best: Selected<Q> | undefined;
    let bestScore = -Infinity;
    for (const candidate of pool) {
      // diversity: each already-covered skill costs a little
      const repeat = (candidate.question.skills ?? []).reduce((n, s) => n + (skillCount.get(s) ?? 0), 0);
      const value = candidate.score - 0.75 * repeat;
      if (value > bestScore) {
        bestScore = value;
        best = candidate;
      }
    }
    if (!best) break;
    used.add(best.question.id);
    for (const s of best.question.skills ?? []) skillCount.set(s, (skillCount.get(s) ?? 0) + 1);
    chosen.push(best);
  }
  return chosen;
}

/** Token-set similarity used to deduplicate generated questions. */
export function similarity(a: string, b: string): number {
  const tokens = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t.length > 2));
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.size || !tb.size) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

export function isDuplicate(text: string, existing: string[], threshold = 0.6): boolean {
  return existing.some((e) => similarity(text, e) >= threshold);
}
