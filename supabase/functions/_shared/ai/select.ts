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

function fnv1a(h: number, text: string): number {
  for (const ch of text) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** FNV-1a → [0, 1): a stable tie-breaker per (seed, id). */
export function jitter(seed: string, id: string): number {
  return fnv1a(fnv1a(0x811c9dc5, `${seed}:`), id) / 2 ** 32;
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

/**
 * A bank question's tech stack and skills, normalised once per row object: an isolate keeps the bank it read
 * (generate-questions), so every selection from it would otherwise normalise the same words again.
 */
const normalisedTerms = new WeakMap<BankQuestion, { stack: [string, string][]; terms: [string, string][] }>();
function termsOfRow(q: BankQuestion) {
  let terms = normalisedTerms.get(q);
  if (!terms) {
    terms = {
      stack: (q.tech_stack ?? []).map((t) => [t, norm(t)]),
      terms: [...(q.skills ?? []), ...(q.tech_stack ?? [])].map((t) => [t, norm(t)]),
    };
    normalisedTerms.set(q, terms);
  }
  return terms;
}

export function selectQuestions<Q extends BankQuestion>(bank: Q[], input: SelectionInput): Selected<Q>[] {
  const target = roleTarget(input.jobRole);
  const targetRoles = target.roles.slice(0, -1);
  const stack = new Set(input.techStack.map(norm));
  const keywordWeight = new Map(input.keywords.map((k) => [norm(k.term), k.weight]));
  const maxKw = Math.max(1, ...input.keywords.map((k) => k.weight));
  const seeded = fnv1a(0x811c9dc5, `${input.seed}:`);

  const scored = bank.map((q) => {
    const { stack: qStack, terms } = termsOfRow(q);
    const reasons: string[] = [];
    let score = 0;
    if ((q.roles ?? []).some((r) => targetRoles.includes(r))) {
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
    for (const [t, normalised] of qStack) {
      if (stack.has(normalised)) {
        score += 2;
        reasons.push(`stack:${t}`);
      }
    }
    for (const [term, normalised] of terms) {
      const w = keywordWeight.size ? keywordWeight.get(normalised) : undefined;
      if (w) {
        score += 1 + 1.5 * (w / maxKw);
        reasons.push(`keyword:${term}`);
      }
    }
    score -= 0.15 * Math.log1p(q.times_used ?? 0); // spread usage across the bank
    score += fnv1a(seeded, q.id) / 2 ** 32; // jitter(seed, id): stable variety per session
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
