// Orchestrates the local engine: validity gate -> signals -> weighted
// criteria -> score, dimensions, strengths/weaknesses, outline, feedback.

import type {
  CodingAnalysis,
  CriterionScore,
  DeliveryAnalysis,
  Difficulty,
  Evaluation,
  EvaluationCriterionInput,
  KeyPointResult,
  QuestionType,
  ScoringAnswer,
  ScoringQuestion,
  StarAnalysis,
} from './types.ts';
import { analyzeText, clamp01, countWords, isGeneric, quote, type SentenceInfo, splitSentences, termSet, termsOf } from './text.ts';
import { checkValidity, looksLikeCode, type ValidityVerdict } from './validity.ts';
import {
  buildKeyPoints,
  countTradeoffs,
  designChecklist,
  detectHedges,
  matchKeyPoints,
  measureDomain,
  measureSpecificity,
} from './content.ts';
import { analyzeStar, analyzeStructure } from './star.ts';
import { analyzeDelivery } from './delivery.ts';
import { analyzeCode, bestComplexityMentioned, type CodeReport, COMPLEXITY_LABELS, correctnessFrom, efficiencyScore } from './coding.ts';

export const ENGINE = 'local';
export const ENGINE_VERSION = 'local-1.0.0';
/** Invalid answers score 0-5; valid answers score at least this. */
export const VALID_MIN_SCORE = 5;

export type SignalKey =
  | 'coverage'
  | 'accuracy'
  | 'specificity'
  | 'structure'
  | 'communication'
  | 'length'
  | 'star'
  | 'impact'
  | 'ownership'
  | 'reflection'
  | 'tradeoffs'
  | 'design'
  | 'correctness'
  | 'efficiency'
  | 'codeQuality'
  | 'explanation'
  | 'edgeCases';

export type SignalMix = Partial<Record<SignalKey, number>>;

interface Signal {
  value: number;
  note: string;
}

// ---------------------------------------------------------------------------
// Length expectations
// ---------------------------------------------------------------------------

const TYPE_LENGTH: Record<QuestionType, [number, number]> = {
  technical: [50, 380],
  behavioral: [110, 500],
  system_design: [150, 800],
  coding: [15, 400],
};
const DIFF_MUL: Record<Difficulty, number> = {
  easy: 0.7,
  medium: 1,
  hard: 1.25,
};

export function expectedLength(
  type: QuestionType,
  difficulty: Difficulty,
): { min: number; max: number } {
  const [min, max] = TYPE_LENGTH[type];
  const mul = DIFF_MUL[difficulty] ?? 1;
  return { min: Math.round(min * mul), max: Math.round(max * mul) };
}

function lengthScore(words: number, min: number, max: number): number {
  if (words < min) return Math.pow(words / min, 0.8);
  if (words > max) return Math.max(0.55, 1 - (words - max) / (2 * max));
  return 1;
}

// ---------------------------------------------------------------------------
// Criteria: defaults per question type and keyword classification
// ---------------------------------------------------------------------------

interface CriterionDef {
  name: string;
  weight: number;
  mix: SignalMix;
  description?: string;
  contentCriterion: boolean;
}

const DEFAULT_CRITERIA: Record<
  QuestionType,
  Array<[string, number, SignalMix]>
> = {
  technical: [
    ['Technical accuracy', 35, { accuracy: 0.65, coverage: 0.35 }],
    ['Completeness', 25, { coverage: 0.8, length: 0.2 }],
    ['Specificity & examples', 15, { specificity: 0.65, coverage: 0.35 }],
    ['Communication & structure', 25, { communication: 1 }],
  ],
  behavioral: [
    ['STAR structure', 30, { star: 0.85, reflection: 0.15 }],
    ['Relevance & content', 25, { coverage: 0.85, length: 0.15 }],
    ['Specificity & impact', 25, {
      impact: 0.5,
      specificity: 0.3,
      ownership: 0.2,
    }],
    ['Communication', 20, { communication: 1 }],
  ],
  coding: [
    ['Correctness', 45, { correctness: 0.9, edgeCases: 0.1 }],
    ['Efficiency', 20, { efficiency: 1 }],
    ['Code quality', 20, { codeQuality: 1 }],
    ['Explanation', 15, { explanation: 0.7, coverage: 0.3 }],
  ],
  system_design: [
    ['Design completeness', 35, { design: 0.5, coverage: 0.5 }],
    ['Scalability & trade-offs', 25, {
      tradeoffs: 0.4,
      coverage: 0.35,
      design: 0.25,
    }],
    ['Specificity & estimates', 15, { specificity: 0.7, coverage: 0.3 }],
    ['Communication & structure', 25, { communication: 1 }],
  ],
};

const TYPE_FALLBACK_MIX: Record<QuestionType, SignalMix> = {
  technical: {
    coverage: 0.5,
    accuracy: 0.25,
    specificity: 0.1,
    communication: 0.15,
  },
  behavioral: { coverage: 0.4, star: 0.3, specificity: 0.3 },
  coding: {
    correctness: 0.5,
    codeQuality: 0.2,
    efficiency: 0.2,
    explanation: 0.1,
  },
  system_design: { design: 0.4, coverage: 0.4, tradeoffs: 0.2 },
};

/**
 * Maps a free-text criterion ("Technical accuracy", "Uses STAR", "Code
 * quality", ...) to a mix of engine signals. First matching rule wins.
 */
export function classifyCriterion(
  text: string,
  type: QuestionType,
): { mix: SignalMix; content: boolean } {
  const t = text.toLowerCase();
  const coding = type === 'coding';
  const behavioral = type === 'behavioral';
  if (/\bstar\b|situation|storytelling|narrative|\bstory\b/.test(t)) {
    return { mix: { star: 0.85, specificity: 0.15 }, content: false };
  }
  if (coding && /\btests?\b|edge|corner|passes|passing/.test(t)) {
    return { mix: { correctness: 0.7, edgeCases: 0.3 }, content: false };
  }
  if (/correct|accura|works|functional|solves?\b|valid/.test(t)) {
    return coding
      ? { mix: { correctness: 0.85, explanation: 0.15 }, content: false }
      : { mix: { accuracy: 0.65, coverage: 0.35 }, content: true };
  }
  if (
    /efficien|complexit|performan|optimi|big.?o|runtime|time and space/.test(t)
  ) {
    return coding ? { mix: { efficiency: 1 }, content: false } : {
      mix: { accuracy: 0.4, tradeoffs: 0.3, coverage: 0.3 },
      content: true,
    };
  }
  if (/quality|readab|clean|naming|maintainab|style|idiomatic/.test(t)) {
    return coding ? { mix: { codeQuality: 1 }, content: false } : { mix: { structure: 0.6, communication: 0.4 }, content: false };
  }
  if (/requirement|scope|clarif|estimat|capacity/.test(t)) {
    return {
      mix: { design: 0.5, coverage: 0.3, specificity: 0.2 },
      content: true,
    };
  }
  if (
    /scal|trade.?off|architect|design|reliab|availab|bottleneck|fault|distributed|resilien/
      .test(t)
  ) {
    return type === 'system_design'
      ? { mix: { design: 0.35, tradeoffs: 0.35, coverage: 0.3 }, content: true }
      : { mix: { tradeoffs: 0.5, coverage: 0.5 }, content: true };
  }
  if (/impact|result|outcome|business|metric|quantif|measur/.test(t)) {
    return behavioral
      ? { mix: { impact: 0.6, specificity: 0.4 }, content: true }
      : { mix: { specificity: 0.6, coverage: 0.4 }, content: true };
  }
  if (
    /example|specific|concrete|detail|evidence|real.?world|experience/.test(t)
  ) {
    return { mix: { specificity: 0.65, coverage: 0.35 }, content: true };
  }
  if (/lead|ownership|initiative|accountab|influenc|drive|decisi/.test(t)) {
    return { mix: { ownership: 0.4, star: 0.2, coverage: 0.4 }, content: true };
  }
  if (/learn|reflect|growth|self.?aware|lesson|feedback|improv/.test(t)) {
    return { mix: { reflection: 0.6, coverage: 0.4 }, content: true };
  }
  if (
    /conflict|collaborat|teamwork|\bteam\b|empath|interpersonal|stakeholder|relationship|listen/
      .test(t)
  ) {
    return { mix: { coverage: 0.6, ownership: 0.2, star: 0.2 }, content: true };
  }
  if (
    /clar|communicat|articul|structur|organi[sz]|concise|explain|explanation|present|deliver|fluen|confiden/
      .test(t)
  ) {
    return coding ? { mix: { explanation: 0.6, communication: 0.4 }, content: false } : { mix: { communication: 1 }, content: false };
  }
  if (
    /problem.?solv|approach|reasoning|analytic|critical thinking|debug|logic/
      .test(t)
  ) {
    return coding
      ? {
        mix: {
          correctness: 0.3,
          explanation: 0.3,
          efficiency: 0.2,
          codeQuality: 0.2,
        },
        content: false,
      }
      : {
        mix: { accuracy: 0.4, coverage: 0.3, structure: 0.3 },
        content: true,
      };
  }
  if (/complete|coverage|thorough|breadth|key points?|comprehensive/.test(t)) {
    return { mix: { coverage: 0.8, length: 0.2 }, content: true };
  }
  if (/knowledge|understand|concept|fundamental|technical|depth/.test(t)) {
    return { mix: { accuracy: 0.6, coverage: 0.4 }, content: true };
  }
  return { mix: TYPE_FALLBACK_MIX[type], content: true };
}

/** Classifies by the criterion's name; the description is only used when the name says nothing. */
function classifyByNameThenDescription(
  name: string,
  description: string | undefined,
  type: QuestionType,
) {
  const byName = classifyCriterion(name, type);
  if (byName.mix !== TYPE_FALLBACK_MIX[type] || !description) return byName;
  return classifyCriterion(`${name} ${description}`, type);
}

function resolveCriteria(q: ScoringQuestion): CriterionDef[] {
  const given = (q.evaluation_criteria ?? []).filter(
    (c): c is EvaluationCriterionInput =>
      !!c && typeof c.criterion === 'string' && c.criterion.trim() !== '' &&
      Number(c.weight) > 0,
  );
  if (given.length) {
    return given.map((c) => {
      const { mix, content } = classifyByNameThenDescription(
        c.criterion,
        c.description ?? undefined,
        q.type,
      );
      return {
        name: c.criterion.trim(),
        weight: Number(c.weight),
        mix,
        description: c.description,
        contentCriterion: content,
      };
    });
  }
  return DEFAULT_CRITERIA[q.type].map(([name, weight, mix]) => ({
    name,
    weight,
    mix,
    contentCriterion: false,
  }));
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

function extractCode(prose: string): { prose: string; code: string } {
  const fences = [...prose.matchAll(/```[\w+-]*\n?([\s\S]*?)```/g)];
  if (fences.length) {
    return {
      code: fences.map((m) => m[1] ?? '').join('\n').trim(),
      prose: prose.replace(/```[\s\S]*?```/g, ' ').trim(),
    };
  }
  if (looksLikeCode(prose)) {
    const lines = prose.split('\n').filter((l) => l.trim());
    const codeish = lines.filter((l) =>
      /[{}();=]|^\s*(?:def|return|for|while|if|else|class|function|const|let)\b/
        .test(l)
    ).length;
    if (lines.length >= 2 && codeish / lines.length >= 0.5) {
      return { code: prose.trim(), prose: '' };
    }
  }
  return { prose, code: '' };
}

function fakeSentence(text: string, index: number): SentenceInfo {
  return {
    index,
    text,
    lower: text.toLowerCase(),
    words: countWords(text),
    terms: new Set(termsOf(text)),
  };
}

function pct(x: number): number {
  return Math.round(clamp01(x) * 100);
}

function short(s: string, max = 70): string {
  return quote(s, max);
}

function cap(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

function lowerFirst(s: string): string {
  return s && !/^[A-Z]{2}/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function sentenceCase(s: string): string {
  const t = s.trim().replace(/[.\s]+$/, '');
  return t ? cap(t) + '.' : '';
}

const TYPE_LABEL: Record<QuestionType, string> = {
  technical: 'technical',
  behavioral: 'behavioral',
  coding: 'coding',
  system_design: 'system design',
};

// ---------------------------------------------------------------------------
// Outline
// ---------------------------------------------------------------------------

function buildOutline(
  q: ScoringQuestion,
  keyPoints: KeyPointResult[],
  opts: { star?: StarAnalysis; designMissing?: Set<string> },
): string[] {
  const out: string[] = [];
  const missingTag = (
    covered: boolean,
  ) => (covered ? '' : ' (missing from your answer)');
  const kpLines = keyPoints.slice(0, 6).map((k) => `Cover: ${k.point}${missingTag(k.covered)}`);
  const expectedFirst = splitSentences(q.expected_answer ?? '')[0];
  switch (q.type) {
    case 'behavioral': {
      const s = opts.star;
      out.push(
        `Situation: set the context in 1-2 sentences (team, project, what was at stake)${s && !s.situation.found ? ' (missing)' : ''}`,
      );
      out.push(
        `Task: your specific responsibility or goal${s && !s.task.found ? ' (missing)' : ''}`,
      );
      out.push(
        `Action: 2-4 concrete steps you personally took, using "I" rather than "we"${s && !s.action.found ? ' (missing)' : ''}`,
      );
      out.push(
        `Result: the measurable outcome (numbers, what shipped, feedback)${s && !s.result.found ? ' (missing)' : ''}`,
      );
      out.push('Reflection: what you learned or would do differently');
      for (const k of keyPoints.filter((k) => !k.covered).slice(0, 3)) {
        out.push(`Make sure to address: ${k.point}`);
      }
      break;
    }
    case 'coding':
      out.push(
        'Restate the problem and clarify constraints and edge cases (empty input, duplicates, large n)',
      );
      out.push(
        `Explain the approach before coding${expectedFirst ? `, e.g. ${quote(expectedFirst, 120)}` : ' and why it beats brute force'}`,
      );
      out.push(...kpLines);
      out.push(
        'Write clean code: descriptive names, guard clauses, no magic numbers',
      );
      out.push('State the time and space complexity');
      out.push('Walk through the test cases, including edge cases');
      break;
    case 'system_design': {
      const miss = opts.designMissing ?? new Set<string>();
      const items: Array<[string, string]> = [
        [
          'requirements',
          'Clarify functional and non-functional requirements (scale, latency, consistency)',
        ],
        [
          'estimates',
          'Back-of-the-envelope estimates: requests per second, storage, bandwidth',
        ],
        ['api', 'API design: the main endpoints and their parameters'],
        ['data_model', 'Data model and storage choice, with the reason'],
        [
          'components',
          'High-level architecture: clients, load balancer, services, cache, database, queues',
        ],
        [
          'scaling',
          'Scaling: sharding/partitioning, replication, caching strategy',
        ],
        ['reliability', 'Reliability: failure modes, redundancy, monitoring'],
        ['tradeoffs', 'Trade-offs and alternatives you considered'],
      ];
      for (const [id, line] of items) {
        out.push(line + (miss.has(id) ? ' (missing)' : ''));
      }
      out.push(...kpLines);
      break;
    }
    default:
      out.push(
        `Open with a direct one-sentence answer${expectedFirst ? `: ${quote(expectedFirst, 140)}` : ''}`,
      );
      out.push(...kpLines);
      out.push(
        'Give a concrete example (from a project, with a number or a named tool)',
      );
      out.push('Discuss trade-offs, limitations or when not to use it');
      out.push('Close with a one-line summary');
  }
  return out;
}

// ---------------------------------------------------------------------------
// Invalid answers
// ---------------------------------------------------------------------------

const INVALID_ADVICE: Record<string, string> = {
  empty: 'Record or type an answer, even a partial one, starting with a direct answer followed by supporting detail.',
  too_short: 'Expand it into a complete answer: state the main idea, explain how or why, and give a concrete example.',
  gibberish: 'Write the answer in full sentences using the concepts the question asks about.',
  copied_question: 'Instead of repeating the question, answer it: open with a direct one-sentence answer and support it.',
  off_topic: 'Re-read the question and address it directly; the suggested outline lists what a good answer covers.',
};

// ---------------------------------------------------------------------------
// Main entry point
// ---------------------------------------------------------------------------

/** Scores one answer to one question. Pure and deterministic. */
export function evaluateAnswer(
  question: ScoringQuestion,
  answer: ScoringAnswer,
): Evaluation {
  const type: QuestionType = question.type;
  const difficulty: Difficulty = question.difficulty ?? 'medium';
  const speech = answer.mode === 'speech';
  let prose = (speech ? (answer.transcript ?? '').trim() || (answer.text ?? '') : answer.text ?? '') ?? '';
  let code = (answer.code ?? '').trim();
  if (type === 'coding' && !code) {
    const ex = extractCode(prose);
    prose = ex.prose;
    code = ex.code;
  }

  const expected = question.expected_answer ?? '';
  const questionTerms = termSet(question.text);
  const expectedTerms = termSet(expected);
  const kpTerms = new Set(
    (question.key_points ?? []).flatMap((k) => termsOf(k)),
  );
  const criteriaTerms = new Set(
    (question.evaluation_criteria ?? []).flatMap((c) => termsOf(`${c.criterion ?? ''} ${c.description ?? ''}`)),
  );
  const topicTerms = new Set<string>([
    ...questionTerms,
    ...expectedTerms,
    ...kpTerms,
    ...criteriaTerms,
  ]);
  if (type === 'behavioral') {
    for (
      const t of termsOf(
        'team project company manager stakeholder teammate customer deadline result decision goal',
      )
    ) topicTerms.add(t);
  }
  const analysis = analyzeText(prose, { speech });
  const { min: minWords, max: maxWords } = expectedLength(type, difficulty);

  const specs = buildKeyPoints(question.key_points, expected, questionTerms);
  const validity = checkValidity({
    type,
    analysis,
    code,
    questionTerms,
    topicTerms,
  });

  const durationSeconds = answer.speaking_duration_seconds ??
    answer.time_taken_seconds ?? null;
  const delivery = speech
    ? analyzeDelivery(
      prose,
      durationSeconds,
      question.time_limit_seconds,
      minWords,
    )
    : null;
  const criteriaDefs = resolveCriteria(question);
  const totalWeight = criteriaDefs.reduce((a, c) => a + c.weight, 0) || 1;

  if (!validity.valid) {
    return invalidEvaluation(
      question,
      validity,
      criteriaDefs,
      totalWeight,
      specs.map((s) => s.point),
      delivery?.analysis,
    );
  }

  // ----- content -----
  const codeReport: CodeReport | null = type === 'coding' && code ? analyzeCode(code) : null;
  const matchSentences: SentenceInfo[] = [...analysis.sentences];
  if (codeReport) {
    let idx = matchSentences.length;
    for (const c of codeReport.comments) {
      for (const s of splitSentences(c)) {
        matchSentences.push(fakeSentence(`(code comment) ${s}`, idx++));
      }
    }
    for (const c of codeReport.concepts) {
      matchSentences.push(fakeSentence(c, idx++));
    }
  }
  const cov = matchKeyPoints(specs, matchSentences);
  const hasRubric = specs.length > 0;
  const answerTerms = new Set<string>([
    ...analysis.terms,
    ...matchSentences.flatMap((s) => [...s.terms]),
  ]);
  const topicNonGeneric = [...topicTerms].filter((t) => !isGeneric(t));
  const overlap = topicNonGeneric.filter((t) => answerTerms.has(t)).length;
  const relevance = clamp01(
    overlap / Math.max(3, Math.min(10, topicNonGeneric.length * 0.5)),
  );
  const domain = measureDomain(answerTerms, topicTerms, difficulty, type);
  const coverage = hasRubric ? cov.coverage : clamp01(0.6 * relevance + 0.4 * domain.score);

  const expectedNonGeneric = [...expectedTerms].filter((t) => !isGeneric(t) && !questionTerms.has(t));
  const expectedRecall = expectedNonGeneric.length
    ? expectedNonGeneric.filter((t) => answerTerms.has(t)).length /
      expectedNonGeneric.length
    : 0;
  const expectedNorm = clamp01(expectedRecall / 0.5);

  const hedges = detectHedges(prose);
  const hedgePenalty = Math.min(0.35, 0.06 * hedges.weight);
  const accuracy = clamp01(
    (expectedNonGeneric.length ? 0.5 * coverage + 0.25 * expectedNorm + 0.25 * domain.score : 0.65 * coverage + 0.35 * domain.score) -
      hedgePenalty,
  );

  const spec = measureSpecificity(analysis);
  const tradeoffCount = countTradeoffs(prose);
  const tradeoffs = clamp01(tradeoffCount / 2);
  const design = type === 'system_design' ? designChecklist(prose) : null;

  // ----- structure -----
  const relevantTerms = new Set(
    [...questionTerms, ...kpTerms, ...expectedTerms].filter((t) => !isGeneric(t)),
  );
  const structure = analyzeStructure(analysis, relevantTerms, {
    speech,
    behavioral: type === 'behavioral',
  });
  const star = type === 'behavioral' ? analyzeStar(analysis) : null;
  const starAny = star ?? analyzeStar(analysis);

  const words = analysis.words;
  const lenScore = type === 'coding' && code ? 1 : lengthScore(words, minWords, maxWords);
  const communication = delivery ? clamp01(0.35 * structure.score + 0.2 * lenScore + 0.45 * delivery.score) : clamp01(
    0.6 * structure.score + 0.25 * lenScore +
      0.15 * (1 - Math.min(1, hedges.weight * 0.15)),
  );

  // ----- coding -----
  const expectedRank = type === 'coding'
    ? bestComplexityMentioned(
      `${expected} ${(question.key_points ?? []).join(' ')}`,
    )
    : null;
  const proseCoverage = codeReport && hasRubric ? matchKeyPoints(specs, analysis.sentences).coverage : coverage;
  const correctness = type === 'coding' ? correctnessFrom(answer.test_results, codeReport, { coverage }) : null;
  const rawEfficiency = codeReport ? efficiencyScore(codeReport.complexityRank, expectedRank) : 0;
  // A fast wrong answer is not efficient: scale by verified/estimated correctness.
  const efficiency = rawEfficiency * (0.4 + 0.6 * (correctness?.score ?? 0));
  const complexityStated = bestComplexityMentioned(prose) !== null;
  const explanation = words < 10 ? 0.25 : clamp01(
    0.35 * structure.score + 0.35 * proseCoverage +
      0.3 * (complexityStated ? 1 : 0),
  );
  const edgeMention = /\b(edge cases?|corner cases?|empty (?:array|input|list|string)|null|duplicates?|negative)\b/i
    .test(prose);
  const edgeCases = codeReport
    ? (codeReport.edgeGuards && edgeMention ? 1 : codeReport.edgeGuards || edgeMention ? 0.8 : 0.3)
    : edgeMention
    ? 0.5
    : 0.1;

  // ----- signals -----
  const impact = star
    ? star.star.result.found ? (star.resultQuantified ? 1 : 0.55) : spec.metrics.length ? 0.4 : 0.1
    : clamp01(spec.metrics.length / 2);
  const missed = cov.results.filter((r) => !r.covered).map((r) => r.point);
  const signals: Record<SignalKey, Signal> = {
    coverage: {
      value: coverage,
      note: hasRubric
        ? `covers ${cov.covered}/${cov.total} key points${
          missed.length
            ? ` (missed: ${missed.slice(0, 2).map((m) => `'${short(m, 60)}'`).join(', ')}${missed.length > 2 ? ', …' : ''})`
            : ''
        }`
        : `no key points or expected answer given; ${overlap} question terms addressed`,
    },
    accuracy: {
      value: accuracy,
      note: `${domain.hits.length} domain term${domain.hits.length === 1 ? '' : 's'} used` +
        (expectedNonGeneric.length ? `, ${pct(expectedRecall)}% of the expected answer's key vocabulary` : '') +
        (hedges.count ? `, hedging x${hedges.count} ('${hedges.examples[0]}')` : ', no hedging'),
    },
    specificity: {
      value: spec.score,
      note:
        `${
          spec.metrics.length ? `metrics: ${spec.metrics.slice(0, 3).join(', ')}` : 'no metrics'
        }, ${spec.examples} concrete-example marker${spec.examples === 1 ? '' : 's'}` +
        (spec.tools.length ? `, names ${spec.tools.slice(0, 4).join(', ')}` : ''),
    },
    structure: {
      value: structure.score,
      note:
        `${
          structure.openingDirect ? 'direct opening' : structure.openingStall ? 'opens by stalling' : 'opening does not answer directly'
        }, ` +
        `${
          structure.hasConclusion ? 'clear conclusion' : analysis.sentences.length < 3 ? 'too short for a conclusion' : 'no conclusion'
        }, ` +
        `${structure.avgSentenceWords} words per sentence on average`,
    },
    communication: {
      value: communication,
      note:
        `${structure.openingDirect ? 'direct opening' : 'indirect opening'}, ${
          structure.hasConclusion ? 'clear conclusion' : 'no clear conclusion'
        }, ${words} words` +
        (delivery
          ? `, ${
            delivery.analysis.wpm !== null ? `${delivery.analysis.wpm} wpm (${delivery.analysis.pace})` : 'pace unknown'
          }, ${delivery.analysis.filler_count} filler words`
          : ''),
    },
    length: {
      value: lenScore,
      note: `${words} words (expected ${minWords}-${maxWords})`,
    },
    star: {
      value: starAny.score,
      note: `STAR: ${
        (['situation', 'task', 'action', 'result'] as const).map((k) => `${k} ${starAny.star[k].found ? 'found' : 'missing'}`).join(', ')
      }`,
    },
    impact: {
      value: impact,
      note: star
        ? star.resultQuantified ? 'result is quantified' : star.star.result.found ? 'result stated but not quantified' : 'no clear result'
        : `${spec.metrics.length} metric${spec.metrics.length === 1 ? '' : 's'}`,
    },
    ownership: {
      value: starAny.ownership,
      note: `${starAny.iActions} first-person action${starAny.iActions === 1 ? '' : 's'} vs ${starAny.weActions} "we" action${
        starAny.weActions === 1 ? '' : 's'
      }`,
    },
    reflection: {
      value: starAny.reflection ? 1 : 0.3,
      note: starAny.reflection ? 'reflects on what was learned' : 'no reflection or lesson learned',
    },
    tradeoffs: {
      value: tradeoffs,
      note: tradeoffCount ? `${tradeoffCount} trade-off/limitation marker${tradeoffCount === 1 ? '' : 's'}` : 'no trade-offs discussed',
    },
    design: {
      value: design ? design.score : coverage,
      note: design
        ? `design checklist ${design.items.filter((i) => i.found).length}/${design.items.length}` +
          (design.items.some((i) => !i.found)
            ? ` (missing: ${design.items.filter((i) => !i.found).map((i) => i.id.replace('_', ' ')).join(', ')})`
            : '')
        : 'design checklist not applicable',
    },
    correctness: {
      value: correctness?.score ?? 0,
      note: correctness?.rationale ?? 'not a coding question',
    },
    efficiency: {
      value: efficiency,
      note: codeReport
        ? `estimated ${codeReport.complexity}${expectedRank !== null ? ` vs expected ${COMPLEXITY_LABELS[expectedRank]}` : ''}`
        : 'no code to analyse',
    },
    codeQuality: {
      value: codeReport?.quality ?? 0,
      note: codeReport
        ? codeReport.notes.filter((n) => !n.text.startsWith('Estimated')).slice(
          0,
          2,
        ).map((n) => lowerFirst(n.text.replace(/\.$/, ''))).join('; ') ||
          'no notable quality signals'
        : 'no code to analyse',
    },
    explanation: {
      value: explanation,
      note: `${words} words of explanation${complexityStated ? ', states the complexity' : ', complexity not stated'}`,
    },
    edgeCases: {
      value: edgeCases,
      note: codeReport?.edgeGuards ? 'code guards edge cases' : edgeMention ? 'mentions edge cases' : 'edge cases not addressed',
    },
  };

  // ----- criteria -----
  const criteria: CriterionScore[] = criteriaDefs.map((c) => {
    const entries = Object.entries(c.mix) as Array<[SignalKey, number]>;
    const mixTotal = entries.reduce((a, [, w]) => a + w, 0) || 1;
    let s = entries.reduce((a, [k, w]) => a + w * signals[k].value, 0) /
      mixTotal;
    let descNote = '';
    if (c.contentCriterion && c.description) {
      const dTerms = [...new Set(termsOf(c.description))].filter((t) => !isGeneric(t));
      if (dTerms.length >= 2) {
        const got = dTerms.filter((t) => answerTerms.has(t)).length /
          dTerms.length;
        const boosted = 0.8 * s + 0.2 * got;
        if (boosted > s) {
          s = boosted;
          descNote = `; matches ${Math.round(got * 100)}% of the criterion's description`;
        }
      }
    }
    const notes = entries.sort((a, b) => b[1] - a[1]).map(([k]) => signals[k].note);
    return {
      name: c.name,
      weight: Math.round((c.weight / totalWeight) * 1000) / 10,
      score: pct(s),
      rationale: sentenceCase([...new Set(notes)].join('; ') + descNote),
    };
  });
  const raw = criteriaDefs.reduce(
    (a, c, i) => a + (c.weight / totalWeight) * criteria[i]!.score,
    0,
  );

  // ----- caps -----
  let ceiling = 100;
  const capReasons: string[] = [];
  if (!(type === 'coding' && code)) {
    const lenCap = 40 + 60 * Math.min(1, words / minWords);
    if (lenCap < ceiling) {
      ceiling = lenCap;
      if (lenCap < 100) capReasons.push('length');
    }
  }
  if (type === 'coding') {
    if (!code) {
      ceiling = Math.min(ceiling, 40);
      capReasons.push('no code');
    } else if (codeReport?.stub) {
      ceiling = Math.min(ceiling, 20);
      capReasons.push('stub');
    } else if (correctness?.verified) {
      // Failing tests bound the score: 0/n -> 30, half -> 65, all -> 100.
      const passCap = 30 + 70 * correctness.score;
      if (passCap < ceiling) {
        ceiling = passCap;
        capReasons.push('failing tests');
      }
    }
  }
  // Valid answers never score below the highest score an invalid answer can get.
  const score = Math.round(Math.max(VALID_MIN_SCORE, Math.min(raw, ceiling)));

  // ----- dimensions -----
  let technical: number;
  if (type === 'coding') {
    technical = 0.45 * signals.correctness.value + 0.2 * efficiency +
      0.2 * signals.codeQuality.value + 0.15 * coverage;
  } else if (type === 'behavioral') {
    technical = 0.7 * coverage + 0.3 * spec.score;
  } else {technical = 0.5 * coverage + 0.3 * accuracy +
      0.2 * (type === 'system_design' ? (design?.score ?? 0) : spec.score);}
  const behavioral = star
    ? 0.45 * star.score + 0.2 * impact + 0.15 * star.ownership +
      0.2 * spec.score
    : 0.5 * communication + 0.5 * spec.score;
  const capFactor = score < raw ? score / Math.max(1, raw) : 1;
  const dimensions = {
    communication: pct(communication * capFactor),
    technical: pct(technical * capFactor),
    behavioral: pct(behavioral * capFactor),
  };

  // ----- strengths & weaknesses -----
  const strengths: Array<[number, string]> = [];
  const weaknesses: Array<[number, string]> = [];
  const substantial = words >= minWords * 0.6 || (type === 'coding' && !!code);
  const coveredPts = cov.results.filter((r) => r.covered);
  if (hasRubric && cov.total > 0 && cov.covered / cov.total >= 0.75) {
    strengths.push([
      90,
      `Covers ${cov.covered} of ${cov.total} key points (including '${short(coveredPts[0]?.point ?? '', 80)}')`,
    ]);
  }
  if (star && star.found === 4) {
    strengths.push([
      85,
      'Complete STAR story: situation, task, action and result are all present',
    ]);
  }
  if (star && star.resultQuantified) {
    strengths.push([
      80,
      `Quantifies the outcome ('${short(star.star.result.evidence ?? '', 90)}')`,
    ]);
  }
  if (spec.metrics.length >= 2 && type !== 'coding') {
    strengths.push([
      70,
      `Backs claims with concrete numbers (${spec.metrics.slice(0, 3).join(', ')})`,
    ]);
  }
  if (spec.examples >= 1 && substantial && type !== 'behavioral') {
    strengths.push([60, 'Grounds the answer in a concrete example']);
  }
  if (spec.tools.length >= 2) {
    strengths.push([
      55,
      `Names specific technologies (${spec.tools.slice(0, 4).join(', ')})`,
    ]);
  }
  if (
    tradeoffCount >= 2 && (type === 'technical' || type === 'system_design') &&
    substantial
  ) {
    strengths.push([
      65,
      'Discusses trade-offs and limitations, not only benefits',
    ]);
  }
  if (design && design.score >= 0.75) {
    strengths.push([
      75,
      `Covers most of the design checklist (${design.items.filter((i) => i.found).length}/${design.items.length} areas)`,
    ]);
  }
  if (structure.openingDirect && substantial && type !== 'coding') {
    strengths.push([
      40,
      type === 'behavioral' ? 'Sets up the context right away' : 'Opens with a direct answer to the question',
    ]);
  }
  if (structure.hasConclusion && structure.conclusion >= 1 && substantial) {
    strengths.push([35, 'Closes with a clear conclusion']);
  }
  if (star && star.ownership >= 0.7 && star.iActions >= 2) {
    strengths.push([
      50,
      `Clearly owns the actions (${star.iActions} "I did" statements)`,
    ]);
  }
  if (star && star.reflection) {
    strengths.push([45, 'Reflects on what was learned']);
  }
  if (
    delivery && delivery.analysis.pace === 'good' &&
    (delivery.analysis.fillers_per_minute ?? 99) <= 3
  ) {
    strengths.push([
      60,
      `Steady pace (${delivery.analysis.wpm} wpm) with few filler words`,
    ]);
  }
  if (correctness?.verified && correctness.passed === correctness.total) {
    strengths.push([95, `Passes all ${correctness.total} test cases`]);
  }
  if (
    codeReport && rawEfficiency >= 0.99 && !codeReport.stub &&
    (correctness?.score ?? 0) >= 0.75
  ) {
    strengths.push([
      70,
      `Efficient approach (estimated ${codeReport.complexity})`,
    ]);
  }
  if (codeReport && !codeReport.stub) {
    for (
      const n of codeReport.notes.filter((n) => n.kind === 'positive' && !/hash map/.test(n.text)).slice(0, 2)
    ) {
      strengths.push([30, n.text.replace(/\.$/, '')]);
    }
  }
  if (complexityStated && type === 'coding') {
    strengths.push([50, 'States the time/space complexity']);
  }

  missed.slice(0, 3).forEach((m, i) => weaknesses.push([90 - i, `Missed key point: '${short(m, 100)}'`]));
  if (!hasRubric && coverage < 0.5) {
    weaknesses.push([
      88,
      'Does not address the core of the question in enough depth',
    ]);
  }
  if (star) {
    const hints: Record<string, string> = {
      situation: 'set the context: where, when, what was at stake',
      task: 'say what you were responsible for',
      action: 'describe the concrete steps you took',
      result: 'state the outcome, ideally with a number',
    };
    (['result', 'action', 'situation', 'task'] as const).forEach((k, i) => {
      if (!star.star[k].found) {
        weaknesses.push([86 - i, `STAR: no clear ${k} (${hints[k]})`]);
      }
    });
    if (star.star.result.found && !star.resultQuantified) {
      weaknesses.push([
        70,
        'Result is not quantified: add a metric or concrete outcome',
      ]);
    }
    if (star.weActions > star.iActions && star.weActions >= 2) {
      weaknesses.push([
        60,
        `Says "we" more than "I" (${star.weActions} vs ${star.iActions}): make your own contribution explicit`,
      ]);
    }
  }
  if (spec.score < 0.35 && type !== 'coding') {
    const lacking = [
      spec.metrics.length === 0 ? 'numbers or metrics' : '',
      spec.examples === 0 ? 'concrete examples' : '',
      spec.tools.length + spec.properNouns.length === 0 ? 'named tools or technologies' : '',
    ].filter(Boolean);
    if (lacking.length) {
      weaknesses.push([65, `Lacks specifics: no ${lacking.join(', ')}`]);
    }
  }
  if (hedges.weight >= 2) {
    weaknesses.push([
      72,
      `Hedging language weakens the answer ('${hedges.examples.join("', '")}')`,
    ]);
  }
  if (!(type === 'coding' && code)) {
    if (words < minWords) {
      weaknesses.push([
        80,
        `Too brief (${words} words) for a ${TYPE_LABEL[type]} question; aim for at least ${minWords} words`,
      ]);
    } else if (words > maxWords) {
      weaknesses.push([
        45,
        `Overly long (${words} words); tighten it to the essentials (about ${maxWords} words)`,
      ]);
    }
  }
  if (
    !structure.openingDirect && type !== 'coding' &&
    analysis.sentences.length >= 2
  ) {
    weaknesses.push([
      50,
      structure.openingStall ? 'Opens by stalling instead of answering' : 'Does not open with a direct answer',
    ]);
  }
  if (
    !structure.hasConclusion && analysis.sentences.length >= 4 &&
    type !== 'coding'
  ) {
    weaknesses.push([35, 'Ends without a conclusion or summary']);
  }
  if (structure.longestSentenceWords > 60 && !speech) {
    weaknesses.push([
      40,
      `Run-on sentences (${structure.longestSentenceWords} words) are hard to follow`,
    ]);
  }
  if (
    tradeoffCount === 0 &&
    (type === 'system_design' ||
      (type === 'technical' && difficulty !== 'easy'))
  ) {
    weaknesses.push([62, 'No trade-offs or limitations discussed']);
  }
  if (design) {
    const miss = design.items.filter((i) => !i.found);
    if (miss.length >= 2) {
      weaknesses.push([
        75,
        `Design misses: ${miss.map((i) => i.id.replace('_', ' ')).join(', ')}`,
      ]);
    }
  }
  if (delivery) {
    const d = delivery.analysis;
    if (
      (d.fillers_per_minute ?? 0) > 6 ||
      (d.fillers_per_minute === null && d.filler_count >= 8)
    ) {
      const top = Object.entries(d.fillers ?? {}).sort((a, b) => b[1] - a[1])
        .slice(0, 3).map(([k, v]) => `${k} x${v}`)
        .join(', ');
      weaknesses.push([
        68,
        `Frequent filler words (${d.filler_count}${d.fillers_per_minute !== null ? `, ${d.fillers_per_minute}/min` : ''}: ${top})`,
      ]);
    }
    if (d.pace === 'slow' || d.pace === 'fast') {
      weaknesses.push([
        58,
        `Pace is ${d.pace} (${d.wpm} wpm; aim for 120-160)`,
      ]);
    }
    if (d.time_usage === 'over_time') {
      weaknesses.push([
        55,
        `Went over the time limit (${Math.round(d.duration_seconds ?? 0)}s of ${question.time_limit_seconds}s)`,
      ]);
    }
    if (d.time_usage === 'too_short') {
      weaknesses.push([
        54,
        `Used only ${Math.round(d.duration_seconds ?? 0)}s of the ${question.time_limit_seconds}s available`,
      ]);
    }
  } else if (
    question.time_limit_seconds && answer.time_taken_seconds &&
    answer.time_taken_seconds > question.time_limit_seconds * 1.1
  ) {
    weaknesses.push([
      40,
      `Took ${Math.round(answer.time_taken_seconds)}s, over the ${question.time_limit_seconds}s limit`,
    ]);
  }
  if (type === 'coding') {
    if (!code) {
      weaknesses.push([
        95,
        'No code submitted: the answer only describes a solution',
      ]);
    }
    if (
      correctness?.verified &&
      (correctness.passed ?? 0) < (correctness.total ?? 0)
    ) {
      const failing = (answer.test_results?.details ?? []).filter((d) => !d.passed).map((d) => d.name ?? d.description)
        .filter(Boolean);
      weaknesses.push([
        94,
        `Fails ${(correctness.total ?? 0) - (correctness.passed ?? 0)} of ${correctness.total} test cases${
          failing.length ? ` (${failing.slice(0, 2).join(', ')})` : ''
        }`,
      ]);
    }
    if (code && correctness && !correctness.verified && !codeReport?.stub) {
      weaknesses.push([
        50,
        'Tests were not run, so correctness could not be verified',
      ]);
    }
    if (codeReport) {
      codeReport.notes.filter((n) => n.kind === 'negative').forEach((n, i) => weaknesses.push([78 - i, n.text.replace(/\.$/, '')]));
    }
    if (code && !complexityStated) {
      weaknesses.push([42, 'Does not state the time/space complexity']);
    }
  }

  const sortPick = (arr: Array<[number, string]>, n: number) => {
    const seen = new Set<string>();
    return arr
      .map((x, i) => ({ p: x[0], s: x[1], i }))
      .sort((a, b) => b.p - a.p || a.i - b.i)
      .filter((x) => (seen.has(x.s) ? false : (seen.add(x.s), true)))
      .slice(0, n)
      .map((x) => x.s);
  };
  const strengthList = score >= 20 ? sortPick(strengths, 4) : [];
  const weaknessList = sortPick(weaknesses, 5);

  // ----- outline & feedback -----
  const outline = buildOutline(question, cov.results, {
    star: star?.star,
    designMissing: design ? new Set(design.items.filter((i) => !i.found).map((i) => i.id)) : undefined,
  });
  const verdict = score >= 85
    ? 'Excellent answer'
    : score >= 70
    ? 'Strong answer'
    : score >= 55
    ? 'Solid answer with gaps'
    : score >= 40
    ? 'Partial answer'
    : 'Weak answer';
  const sentences: string[] = [];
  let first = `${verdict} (${score}/100)`;
  if (hasRubric) {
    first += `: it covers ${cov.covered} of ${cov.total} key points`;
  } else if (correctness?.verified) first += `: it ${correctness.rationale}`;
  sentences.push(first + '.');
  if (strengthList[0]) {
    sentences.push(
      `Strongest point: ${lowerFirst(strengthList[0]).replace(/\.$/, '')}.`,
    );
  }
  if (weaknessList[0]) {
    sentences.push(
      `Biggest gap: ${lowerFirst(weaknessList[0]).replace(/\.$/, '')}.`,
    );
  }
  if (delivery && delivery.analysis.wpm !== null && sentences.length < 4) {
    sentences.push(
      `Delivery: ${delivery.analysis.wpm} words per minute (${delivery.analysis.pace}) with ${delivery.analysis.filler_count} filler word${
        delivery.analysis.filler_count === 1 ? '' : 's'
      }.`,
    );
  }
  if (sentences.length < 2) {
    sentences.push(
      outline[0] ? `Next time, follow this outline, starting with: ${lowerFirst(outline[0])}.` : 'Keep practising this question type.',
    );
  }

  const evaluation: Evaluation = {
    score,
    criteria,
    strengths: strengthList,
    weaknesses: weaknessList,
    key_points: cov.results,
    missed_key_points: missed,
    suggested_outline: outline,
    dimensions,
    validity: { valid: true },
    feedback: sentences.slice(0, 4).join(' '),
    engine: ENGINE,
    version: ENGINE_VERSION,
  };
  if (star) evaluation.star = star.star;
  if (delivery) evaluation.delivery = delivery.analysis;
  if (type === 'coding') {
    evaluation.coding = codingSummary(codeReport, correctness);
  }
  return evaluation;
}

function codingSummary(
  report: CodeReport | null,
  correctness: ReturnType<typeof correctnessFrom> | null,
): CodingAnalysis {
  return {
    tests_passed: correctness?.passed ?? null,
    tests_total: correctness?.total ?? null,
    complexity_estimate: report ? report.complexity : 'n/a',
    language: report ? report.language : 'unknown',
    lines: report ? report.lines : 0,
    notes: [
      ...(correctness ? [cap(correctness.rationale) + '.'] : []),
      ...(report ? report.notes.map((n) => n.text) : ['No code submitted.']),
    ],
  };
}

function invalidEvaluation(
  question: ScoringQuestion,
  validity: ValidityVerdict,
  criteriaDefs: CriterionDef[],
  totalWeight: number,
  points: string[],
  delivery: DeliveryAnalysis | undefined,
): Evaluation {
  const score = Math.max(0, Math.min(15, validity.score));
  const reason = validity.reason ?? 'empty';
  const keyPoints: KeyPointResult[] = points.map((p) => ({
    point: p,
    covered: false,
  }));
  const outline = buildOutline(question, keyPoints, {
    star: question.type === 'behavioral'
      ? {
        situation: { found: false },
        task: { found: false },
        action: { found: false },
        result: { found: false },
      }
      : undefined,
  });
  const evaluation: Evaluation = {
    score,
    criteria: criteriaDefs.map((c) => ({
      name: c.name,
      weight: Math.round((c.weight / totalWeight) * 1000) / 10,
      score,
      rationale: sentenceCase(`Not scored on content: ${validity.message}`),
    })),
    strengths: [],
    weaknesses: [
      sentenceCase(
        `Invalid answer (${reason.replace('_', ' ')}): ${validity.message}`,
      ).replace(/\.$/, ''),
    ],
    key_points: keyPoints,
    missed_key_points: [...points],
    suggested_outline: outline,
    dimensions: { communication: score, technical: score, behavioral: score },
    validity: { valid: false, reason },
    feedback: `This answer scored ${score}/100 because ${validity.message}. ${INVALID_ADVICE[reason] ?? ''}`.trim(),
    engine: ENGINE,
    version: ENGINE_VERSION,
  };
  if (question.type === 'behavioral') {
    evaluation.star = {
      situation: { found: false },
      task: { found: false },
      action: { found: false },
      result: { found: false },
    };
  }
  if (delivery) evaluation.delivery = delivery;
  if (question.type === 'coding') {
    evaluation.coding = {
      tests_passed: null,
      tests_total: null,
      complexity_estimate: 'n/a',
      language: 'unknown',
      lines: 0,
      notes: [`Not analysed: ${validity.message}.`],
    };
  }
  return evaluation;
}
