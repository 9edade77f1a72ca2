// zod schemas of what an LLM must return per operation (validated; one repair; else fallback).
import { z } from 'npm:zod@3';

const score = z.number().min(0).max(100);

export const LlmEvaluation = z.object({
  score,
  criteria: z.array(z.object({ name: z.string().min(1), score, rationale: z.string() })).max(10),
  strengths: z.array(z.string().min(1)).max(8),
  weaknesses: z.array(z.string().min(1)).max(8),
  missed_key_points: z.array(z.string()).max(12),
  suggested_outline: z.array(z.string().min(1)).max(10),
  dimensions: z.object({ communication: score, technical: score, behavioral: score }),
  feedback: z.string().min(1).max(3000),
  /** The candidate's answer rewritten stronger (their content, the missed points added). */
  improved_answer: z.string().min(1).max(4000).optional(),
});
export type LlmEvaluation = z.infer<typeof LlmEvaluation>;

export const GeneratedQuestions = z.object({
  questions: z.array(z.object({
    question: z.string().min(15).max(1500),
    type: z.enum(['technical', 'behavioral', 'system_design']),
    difficulty: z.enum(['easy', 'medium', 'hard']),
    skill: z.string().min(1).max(100),
    expected_answer: z.string().min(20).max(4000),
    key_points: z.array(z.string().min(2).max(300)).min(2).max(8),
    time_limit_seconds: z.number().int().min(30).max(1800).optional(),
  })).max(20),
});
export type GeneratedQuestions = z.infer<typeof GeneratedQuestions>;

export const FollowUpDecision = z.object({
  follow_up: z.string().min(5).max(600).nullable(),
  reason: z.enum([
    'missing_situation',
    'missing_task',
    'missing_action',
    'missing_result',
    'vague_claim',
    'missing_key_point',
    'too_short',
    'not_an_answer',
    'complete',
  ]),
});
export type FollowUpDecision = z.infer<typeof FollowUpDecision>;

export const ReportNarrative = z.object({
  summary: z.string().min(1).max(3000),
  strengths: z.array(z.string().min(1)).max(8),
  weaknesses: z.array(z.string().min(1)).max(8),
  recommendations: z.array(z.string().min(1)).max(10),
});
export type ReportNarrative = z.infer<typeof ReportNarrative>;
