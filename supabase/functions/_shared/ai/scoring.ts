// Answer scoring shared by score-answer (stored + practice) and complete-interview: the local engine
// always runs (validity gate, STAR, delivery, coding); an LLM, when configured and the answer passes the
// validity gate, refines score/feedback/criteria; the deterministic analyses are kept from the engine.
import { evaluateAnswer, type Evaluation, type ScoringAnswer, type ScoringQuestion, type TestResults } from '../scoring/index.ts';
import { extractCode } from '../scoring/pipeline/input.ts';
import { relevanceInputOf } from '../scoring/pipeline/relevance.ts';
import { type RelevanceJudge, selectRelevanceJudge } from '../scoring/relevance/index.ts';
import { type AiConfig, loadAiConfig } from './config.ts';
import { type AiContext, type AiOperation, type AiOutcome, runAi, type UsageRecorder } from './run.ts';
import { runTestsInSandbox, type SandboxResult } from './sandbox.ts';
import { LlmEvaluation } from './schemas.ts';

export interface CodingVerification {
  server: SandboxResult | null;
  client: { passed: number; total: number } | null;
  /** The client claimed more passing tests than the server reproduced. */
  mismatch: boolean;
}

export interface ScoredAnswer {
  evaluation: Evaluation;
  outcome: AiOutcome<LlmEvaluation>;
  verification: CodingVerification | null;
}

export interface CodingSpec {
  function_name?: string | null;
  test_cases?: { input: unknown; expectedOutput: unknown; description?: string }[] | null;
}

const SYSTEM = `You are a senior interviewer grading one interview answer. Grade strictly but fairly on a 0-100 scale
against the expected answer and key points when given. Empty, evasive, off-topic or copied answers score at most 15.
Quote concrete parts of the answer in strengths/weaknesses. The criteria list mirrors the evaluation criteria given.
improved_answer: the candidate's answer rewritten stronger, built from what they said plus the key points they missed,
in the structure the question calls for; never invent facts about them (write a bracketed gap such as [your result]).`;

/** Re-runs a coding answer's tests on the server; the server result replaces the client's claim. */
export async function verifyCoding(
  code: string | null | undefined,
  spec: CodingSpec,
  client: TestResults | null | undefined,
): Promise<CodingVerification | null> {
  if (!code?.trim() || !spec.function_name || !spec.test_cases?.length) return null;
  const server = await runTestsInSandbox(code, spec.function_name, spec.test_cases);
  const clientSummary = client ? { passed: client.passed, total: client.total } : null;
  return {
    server: server.ran ? server : null,
    client: clientSummary,
    mismatch: Boolean(server.ran && clientSummary && clientSummary.passed > server.passed),
  };
}

export function serverTestResults(v: CodingVerification | null, client: TestResults | null | undefined): TestResults | null {
  if (v?.server) {
    return {
      passed: v.server.passed,
      total: v.server.total,
      details: v.server.details.map((d) => ({
        description: d.description,
        passed: d.passed,
        input: d.input,
        expected: d.expected,
        actual: d.actual,
        error: d.error,
      })),
    };
  }
  return client ?? null; // no sandbox available: the client's claim is all there is (flagged unverified)
}

function merge(local: Evaluation, llm: LlmEvaluation, provider: string): Evaluation {
  const weights = new Map(local.criteria.map((c) => [c.name.toLowerCase(), c.weight]));
  const even = llm.criteria.length ? Math.round(100 / llm.criteria.length) : 0;
  return {
    ...local,
    score: Math.round(llm.score),
    criteria: llm.criteria.length
      ? llm.criteria.map((c) => ({
        name: c.name,
        weight: weights.get(c.name.toLowerCase()) ?? even,
        score: Math.round(c.score),
        rationale: c.rationale,
      }))
      : local.criteria,
    strengths: llm.strengths,
    weaknesses: llm.weaknesses,
    missed_key_points: llm.missed_key_points.length ? llm.missed_key_points : local.missed_key_points,
    suggested_outline: llm.suggested_outline.length ? llm.suggested_outline : local.suggested_outline,
    dimensions: {
      communication: Math.round(llm.dimensions.communication),
      technical: Math.round(llm.dimensions.technical),
      behavioral: Math.round(llm.dimensions.behavioral),
    },
    feedback: llm.feedback,
    ...(llm.improved_answer || local.improved_answer ? { improved_answer: llm.improved_answer ?? local.improved_answer } : {}),
    engine: provider,
  };
}

const toLlmShape = (e: Evaluation): LlmEvaluation => ({
  score: e.score,
  criteria: e.criteria.map((c) => ({ name: c.name, score: c.score, rationale: c.rationale })),
  strengths: e.strengths.slice(0, 8),
  weaknesses: e.weaknesses.slice(0, 8),
  missed_key_points: e.missed_key_points.slice(0, 12),
  suggested_outline: e.suggested_outline.slice(0, 10),
  dimensions: e.dimensions,
  feedback: e.feedback.slice(0, 3000) || 'No feedback.',
  ...(e.improved_answer ? { improved_answer: e.improved_answer.slice(0, 4000) } : {}),
});

export async function scoreAnswer(
  question: ScoringQuestion & CodingSpec,
  answer: ScoringAnswer,
  options: {
    operation: AiOperation;
    context: AiContext;
    recorder: UsageRecorder;
    config?: AiConfig;
    /** Defaults to the runtime's: hosted gte-small embeddings when available, else the local judge. */
    relevanceJudge?: RelevanceJudge;
  },
): Promise<ScoredAnswer> {
  let verification: CodingVerification | null = null;
  let scoringAnswer = answer;
  if (question.type === 'coding' && !answer.code?.trim()) {
    // Code written into the text (fenced, or a function inline in the prose) is run and analysed as code.
    const found = extractCode(answer.text ?? '');
    if (found.code) scoringAnswer = { ...answer, text: found.prose, code: found.code };
  }
  if (question.type === 'coding') {
    verification = await verifyCoding(scoringAnswer.code, question, answer.test_results);
    scoringAnswer = { ...scoringAnswer, test_results: serverTestResults(verification, answer.test_results) };
  }
  const judge = options.relevanceJudge ?? selectRelevanceJudge(undefined, Deno.env.get('RELEVANCE_JUDGE'));
  // The local judge runs inside evaluateAnswer anyway; another judge's verdict is passed in.
  const relevance = judge.method === 'local' ? undefined : await judge.judge(relevanceInputOf(question, scoringAnswer));
  const local = evaluateAnswer(question, scoringAnswer, { relevance });
  if (verification?.mismatch) {
    local.weaknesses = [
      ...local.weaknesses,
      `The server re-ran your code: ${verification.server!.passed}/${verification.server!.total} tests pass (your run reported ${
        verification.client!.passed
      }).`,
    ];
  }
  const config = options.config ?? loadAiConfig();
  const prompt = [
    `Question (${question.type}, ${question.difficulty}): ${question.text}`,
    question.expected_answer ? `Expected answer: ${question.expected_answer}` : '',
    question.key_points?.length ? `Key points: ${question.key_points.map((k) => `- ${k}`).join('\n')}` : '',
    question.evaluation_criteria?.length
      ? `Evaluation criteria: ${question.evaluation_criteria.map((c) => `${c.criterion} (${c.weight}%)`).join(', ')}`
      : '',
    `Candidate answer:\n${answer.text || answer.transcript || ''}`,
    scoringAnswer.code ? `Code:\n${scoringAnswer.code}` : '',
    scoringAnswer.test_results ? `Server test run: ${scoringAnswer.test_results.passed}/${scoringAnswer.test_results.total} passed.` : '',
    `Deterministic analysis (use as evidence): ${
      JSON.stringify({
        validity: local.validity,
        star: local.star,
        delivery: local.delivery,
        coding: local.coding,
        key_points: local.key_points,
      })
    }`,
  ].filter(Boolean).join('\n\n');
  const outcome = await runAi<LlmEvaluation>({
    operation: options.operation,
    system: SYSTEM,
    messages: [{ role: 'user', content: prompt }],
    schema: LlmEvaluation,
    schemaName: 'evaluation',
    local: () => toLlmShape(local),
    // the validity gate is final: an empty/gibberish answer is never sent to (or praised by) an LLM
    localOnly: !local.validity.valid,
    maxTokens: 1200,
    temperature: 0,
    context: options.context,
  }, { config, recorder: options.recorder });
  const evaluation = outcome.provider === 'local' ? local : merge(local, outcome.value, outcome.provider);
  return { evaluation, outcome, verification };
}

/** Buffers usage events so they are only written once the result is actually stored (no double billing rows). */
export function bufferedRecorder(): UsageRecorder & {
  events: Parameters<UsageRecorder['record']>[0][];
  flush(target: UsageRecorder): Promise<void>;
} {
  const events: Parameters<UsageRecorder['record']>[0][] = [];
  return {
    events,
    record(event) {
      events.push(event);
    },
    async flush(target) {
      for (const event of events) await target.record(event);
      events.length = 0;
    },
  };
}
