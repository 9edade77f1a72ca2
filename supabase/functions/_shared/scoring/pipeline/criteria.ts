// Criteria: the question's evaluation_criteria (or per-type defaults), each
// mapped to a weighted mix of engine signals, then scored from the signals.

import type { CriterionScore, EvaluationCriterionInput, QuestionType, ScoringQuestion } from '../types.ts';
import { isGeneric, termsOf } from '../text.ts';
import { pct, sentenceCase } from './format.ts';

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

export interface Signal {
  value: number;
  note: string;
}

// ---------------------------------------------------------------------------
// Criteria: defaults per question type and keyword classification
// ---------------------------------------------------------------------------

export interface CriterionDef {
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

export function resolveCriteria(q: ScoringQuestion): CriterionDef[] {
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

/** Scores every criterion from the signals; content criteria may be raised by their description's words. */
export function scoreCriteria(
  criteriaDefs: CriterionDef[],
  signals: Record<SignalKey, Signal>,
  answerTerms: Set<string>,
): { criteria: CriterionScore[]; raw: number } {
  const totalWeight = criteriaDefs.reduce((a, c) => a + c.weight, 0) || 1;
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
  return { criteria, raw };
}
