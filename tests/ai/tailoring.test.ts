// generate-questions with a resume and a job posting: at least half the questions name the candidate's employers,
// projects or skills or the posting's required skills; without documents the bank's questions are asked unchanged.
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInUser, sql as stackSql } from '../helpers/stack.ts';
import { invoke } from './helpers.ts';

const sql = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => stackSql<T>(text, values);

const RESUME = `Jana Weber
Senior Frontend Engineer · Berlin

Experience
Zalando SE — Senior Frontend Engineer — Berlin — 2019–2024
- Led the migration of the product detail pages from REST to GraphQL (Apollo), cutting payload size by 40%.
- Built the Fashion Store Checkout with React and TypeScript; LCP improved from 3.1 s to 1.8 s.
Software Developer at Delivery Hero (2016-2019)
- Developed the Rider App dashboard in React; introduced Jest and Cypress tests.

Projects
Size Advisor: a GraphQL service recommending sizes from return data.

Skills
React, TypeScript, GraphQL, Node.js, Jest, Cypress`;

const POSTING = `Senior Frontend Engineer — Payments. You will build our checkout in React and TypeScript and design GraphQL APIs.
Requirements: 5+ years of React, strong TypeScript, GraphQL, web performance, testing (Jest, Playwright), accessibility.`;

const NAMES =
  /Zalando|Delivery Hero|Fashion Store Checkout|Size Advisor|Rider App|GraphQL|TypeScript|React|Node\.js|Testing|Accessibility|Web Performance/;

type Question = { id: string; question_text: string; question_type: string };

async function generate(label: string, documents: { p_resume_text?: string; p_job_description_text?: string }) {
  const user = await signedInUser(label);
  const { data: session, error } = await user.client.rpc('create_interview_session', {
    p_job_role: 'Frontend Developer',
    p_interview_type: 'mixed',
    p_difficulty: 'medium',
    p_tech_stack: ['React'],
    p_total_questions: 6,
    ...documents,
  });
  if (error) throw new Error(`create_interview_session: ${error.message}`);
  const { status, data } = await invoke<{ questions: Question[] }>(user, 'generate-questions', {
    session_id: (session as { session_id: string }).session_id,
  });
  expect(status).toBe(200);
  return data.questions;
}

describe('tailored questions', () => {
  beforeAll(async () => {
    const rows = await sql<{ n: number }>('select count(*)::int as n from public.question_bank where is_active');
    expect(rows[0]!.n).toBeGreaterThan(0);
  });

  it('with a resume and a posting, at least half the questions name them', async () => {
    const questions = await generate('tailored', { p_resume_text: RESUME, p_job_description_text: POSTING });
    expect(questions.length).toBeGreaterThan(1);
    const named = questions.filter((q) => NAMES.test(q.question_text));
    expect(named.length, questions.map((q) => q.question_text).join('\n')).toBeGreaterThanOrEqual(Math.ceil(questions.length / 2));
    // The bank names skills at most; the candidate's own employers and projects come only from tailoring.
    expect(questions.some((q) => /Zalando|Delivery Hero|Fashion Store Checkout|Size Advisor|Rider App/.test(q.question_text))).toBe(true);
  });

  it('without documents, every question is the bank question unchanged', async () => {
    const questions = await generate('untailored', {});
    const rows = await sql<{ same: boolean }>(
      `select q.question_text = b.question as same
         from public.interview_questions q join public.question_bank b on b.id = q.bank_question_id
        where q.id = any($1::uuid[])`,
      [questions.map((q) => q.id)],
    );
    expect(rows).toHaveLength(questions.length);
    expect(rows.every((r) => r.same)).toBe(true);
  });
});
