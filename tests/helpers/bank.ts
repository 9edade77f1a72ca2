/**
 * Question-bank fixtures for tests that start interviews: the interview plan picks bank questions by
 * role, stack and type, so a test seeds the few it needs. One insert for every test file (integration
 * and e2e) instead of a copy per file.
 */
import { sql } from './stack.ts';

export interface BankQuestionSeed {
  question: string;
  type: 'technical' | 'behavioral' | 'coding' | 'system_design';
  category: string;
  difficulty: 'easy' | 'medium' | 'hard';
  roles?: readonly string[];
  tech_stack?: readonly string[];
  skills?: readonly string[];
  expected_answer?: string;
  key_points?: readonly string[];
  function_name?: string | null;
  starter_code?: string | null;
  test_cases?: readonly unknown[];
  time_limit_seconds?: number | null;
}

export interface SeedBankOptions {
  /** Tags every inserted question; with `once`, a bank that already holds a question with this tag is left alone. */
  tag?: string;
  /** Insert only the first time: when the bank (or, with `tag`, the tagged part of it) is still empty. */
  once?: boolean;
}

/** Inserts the questions into public.question_bank as the database owner. */
export async function seedBank(rows: readonly BankQuestionSeed[], options: SeedBankOptions = {}): Promise<void> {
  if (options.once) {
    const [row] = await sql<{ n: number }>('select count(*)::int as n from public.question_bank where $1::text is null or $1 = any(tags)', [
      options.tag ?? null,
    ]);
    if ((row?.n ?? 0) > 0) return;
  }
  for (const q of rows) {
    await sql(
      `insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, expected_answer, key_points,
         function_name, starter_code, test_cases, tags, time_limit_seconds)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        q.question,
        q.type,
        q.category,
        q.difficulty,
        q.roles ?? [],
        q.tech_stack ?? [],
        q.skills ?? [],
        q.expected_answer ?? null,
        q.key_points ?? [],
        q.function_name ?? null,
        q.starter_code ?? null,
        JSON.stringify(q.test_cases ?? []),
        options.tag ? [options.tag] : [],
        q.time_limit_seconds ?? null,
      ],
    );
  }
}
