// Interview-level report: aggregates per-answer evaluations.

import type { Difficulty, Dimensions, Evaluation, QuestionType, Report, ReportItem, SkillGap, SkillLevel, SkillScore } from './types.ts';
import { ENGINE, ENGINE_VERSION } from './pipeline/version.ts';

/** Harder questions count more towards the overall score. */
export const DIFFICULTY_WEIGHT: Record<Difficulty, number> = {
  easy: 1,
  medium: 1.5,
  hard: 2,
};

/**
 * How much a question type informs each dimension. A behavioral answer says
 * little about technical depth and vice versa, so those are discounted.
 */
export const DIMENSION_RELEVANCE: Record<QuestionType, Dimensions> = {
  technical: { communication: 1, technical: 1, behavioral: 0.25 },
  coding: { communication: 1, technical: 1, behavioral: 0.25 },
  system_design: { communication: 1, technical: 1, behavioral: 0.25 },
  behavioral: { communication: 1, technical: 0.25, behavioral: 1 },
};

const TYPE_SKILL: Record<QuestionType, string> = {
  technical: 'Technical knowledge',
  behavioral: 'Behavioral',
  coding: 'Coding',
  system_design: 'System design',
};

export function skillLevel(score: number): SkillLevel {
  return score < 50 ? 'weak' : score < 75 ? 'moderate' : 'strong';
}

function weightedMean(pairs: Array<[number, number]>): number {
  const w = pairs.reduce((a, [, wt]) => a + wt, 0);
  if (w <= 0) return 0;
  return pairs.reduce((a, [v, wt]) => a + v * wt, 0) / w;
}

/** Theme label of a strength/weakness: drops quotes, counts and parenthesised details. */
export function themeLabel(s: string): string {
  const base = (s.split(' (')[0] ?? s)
    .replace(/'[^']*'/g, '')
    .replace(/\b\d+ of \d+\s*/g, '')
    .replace(/\b\d+(?:\.\d+)?\s*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:;,]$/, '')
    .trim();
  return base || s;
}

function topThemes(lists: string[][], answered: number, n: number): string[] {
  const byTheme = new Map<
    string,
    { count: number; first: string; order: number; label: string }
  >();
  let order = 0;
  for (const list of lists) {
    const seenHere = new Set<string>();
    for (const s of list) {
      const label = themeLabel(s);
      const key = label.toLowerCase();
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      const cur = byTheme.get(key);
      if (cur) cur.count++;
      else byTheme.set(key, { count: 1, first: s, order: order++, label });
    }
  }
  return [...byTheme.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, n)
    .map((
      t,
    ) => (t.count > 1 ? `${t.label} (${t.count} of ${answered} answers)` : t.first));
}

const SKILL_ADVICE: Record<SkillLevel, (skill: string) => string> = {
  weak: (s) => `Prioritise ${s}: review the fundamentals and practise 3-5 more ${s} questions, comparing against the suggested outlines.`,
  moderate: (s) => `Good base in ${s}; close the gap by covering every key point and adding concrete examples and numbers.`,
  strong: (s) => `${s} is a strength; keep it sharp with harder questions.`,
};

const THEME_RECOMMENDATION: Array<[RegExp, string]> = [
  [
    /missed key point|core of the question/i,
    'Before answering, list the 3-5 points a complete answer must cover, then make sure each one appears.',
  ],
  [
    /star/i,
    'Structure behavioral stories with STAR: one or two sentences each for situation and task, most time on your actions, and end with a measurable result.',
  ],
  [
    /quantif|numbers|specifics|metric/i,
    'Add concrete numbers (latency, %, users, time saved) and name the tools you used.',
  ],
  [
    /hedging/i,
    "Replace hedges such as 'I think maybe' with a direct statement; if unsure, say what you would verify and how.",
  ],
  [
    /filler/i,
    "Reduce filler words: pause silently instead of saying 'um' or 'like', and practise answers out loud.",
  ],
  [
    /pace/i,
    'Aim for 120-160 words per minute when speaking; record yourself to calibrate.',
  ],
  [
    /trade-?off/i,
    'For every technical choice, state one downside or alternative: interviewers look for trade-off thinking.',
  ],
  [
    /too brief/i,
    'Give fuller answers: a direct answer, how or why it works, an example, and a one-line summary.',
  ],
  [
    /test case|correctness/i,
    'Test your code against edge cases (empty input, duplicates, large values) before submitting.',
  ],
  [
    /nested loops|complexity|o\(n/i,
    'Look for an approach that avoids nested scans (hash maps, sorting, two pointers) and state its complexity.',
  ],
  [
    /design misses/i,
    'Use a fixed system-design checklist: requirements, estimates, API, data model, architecture, scaling, reliability, trade-offs.',
  ],
  [
    /direct answer|stalling/i,
    'Open with a one-sentence direct answer, then support it.',
  ],
  [
    /invalid answer/i,
    'Answer every question, even partially: skipped or invalid answers score zero.',
  ],
];

/** Share of a follow-up answer in its parent question's merged score (see docs/scoring.md, "Follow-ups"). */
export const FOLLOW_UP_WEIGHT = 0.25;

/**
 * Merges the evaluation of a follow-up answer into its parent question's: score and dimensions become
 * `(1 − w) × parent + w × follow-up` (w = FOLLOW_UP_WEIGHT), the follow-up's strengths are added (deduplicated),
 * weaknesses stay the parent's (a short follow-up answer is judged as a whole answer of the parent's type, so its
 * own weaknesses, e.g. STAR parts it was not asked for, would mislead), key points the follow-up covered are no
 * longer missed, and the feedback gets a follow-up sentence. A skipped (empty) or invalid parent answer is left as it is: a follow-up is only asked after an answer.
 */
export function mergeFollowUp(parent: Evaluation, followUp: Evaluation): Evaluation {
  if (!parent.validity.valid) return parent;
  // Answering a follow-up can only keep or raise the question's score: it answers a gap the interviewer pointed at,
  // so a short (or weaker) follow-up answer must never make answering worse than skipping it.
  const mix = (a: number, b: number) => Math.max(a, Math.round((1 - FOLLOW_UP_WEIGHT) * a + FOLLOW_UP_WEIGHT * b));
  const covered = new Set(
    followUp.key_points.filter((k) => k.covered).map((k) => k.point.toLowerCase()),
  );
  const unique = (list: string[]) => [...new Set(list)];
  return {
    ...parent,
    score: mix(parent.score, followUp.score),
    dimensions: {
      communication: mix(parent.dimensions.communication, followUp.dimensions.communication),
      technical: mix(parent.dimensions.technical, followUp.dimensions.technical),
      behavioral: mix(parent.dimensions.behavioral, followUp.dimensions.behavioral),
    },
    strengths: unique([...parent.strengths, ...followUp.strengths]),
    missed_key_points: parent.missed_key_points.filter((p) => !covered.has(p.toLowerCase())),
    feedback: `${parent.feedback} Follow-up (${followUp.score}/100): ${followUp.feedback}`.trim(),
  };
}

export function aggregateReport(items: ReportItem[]): Report {
  const n = items.length;
  const isSkipped = (it: ReportItem) => !it.evaluation.validity.valid && it.evaluation.validity.reason === 'empty';
  const skipped = items.filter(isSkipped).length;
  const answeredItems = items.filter((it) => !isSkipped(it));
  const answered = answeredItems.length;

  const dw = (it: ReportItem) => DIFFICULTY_WEIGHT[it.question.difficulty] ?? 1;
  const overall = Math.round(
    weightedMean(items.map((it) => [it.evaluation.score, dw(it)])),
  );

  const dims = (['communication', 'technical', 'behavioral'] as const).reduce(
    (acc, k) => {
      acc[k] = Math.round(
        weightedMean(
          items.map((
            it,
          ) => [
            it.evaluation.dimensions[k],
            dw(it) * DIMENSION_RELEVANCE[it.question.type][k],
          ]),
        ),
      );
      return acc;
    },
    {} as Dimensions,
  );

  // A skipped question says nothing about a skill: it lowers the overall score, but creates no skill score or gap.
  const bySkill = new Map<string, Array<[number, number]>>();
  for (const it of answeredItems) {
    const skill = (it.question.skill_category ?? '').trim() ||
      TYPE_SKILL[it.question.type];
    const arr = bySkill.get(skill) ?? [];
    arr.push([it.evaluation.score, dw(it)]);
    bySkill.set(skill, arr);
  }
  const skillScores: SkillScore[] = [...bySkill.entries()]
    .map(([skill, pairs]) => ({
      skill,
      score: Math.round(weightedMean(pairs)),
      question_count: pairs.length,
    }))
    .sort((a, b) => a.skill.localeCompare(b.skill));

  const scores = items.map((it) => it.evaluation.score);
  let consistency = 100;
  if (scores.length >= 2) {
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    const sd = Math.sqrt(
      scores.reduce((a, s) => a + (s - mean) ** 2, 0) / scores.length,
    );
    consistency = Math.round(Math.max(0, Math.min(100, 100 - (sd / 50) * 100)));
  }
  if (n === 0) consistency = 0;

  const rubricShare = n
    ? items.filter((it) =>
      (it.question.key_points?.length ?? 0) > 0 ||
      !!it.question.expected_answer?.trim()
    ).length /
      n
    : 0;
  const sizeFactor = answered / (answered + 3);
  const confidence = n === 0 ? 0 : Math.round(
    100 * (0.5 * sizeFactor + 0.3 * rubricShare + 0.2 * (consistency / 100)),
  );

  const strengths = topThemes(
    answeredItems.map((it) => it.evaluation.strengths),
    answered,
    5,
  );
  const weaknesses = topThemes(
    items.map((it) => it.evaluation.weaknesses),
    n,
    5,
  );

  const skillGaps: SkillGap[] = skillScores
    .map((s) => {
      const level = skillLevel(s.score);
      return {
        skill: s.skill,
        level,
        gap_score: 100 - s.score,
        recommendation: SKILL_ADVICE[level](s.skill),
      };
    })
    .sort((a, b) => b.gap_score - a.gap_score || a.skill.localeCompare(b.skill));

  const recommendations: string[] = [];
  const addRec = (r: string) => {
    if (!recommendations.includes(r)) recommendations.push(r);
  };
  for (const w of weaknesses) {
    const hit = THEME_RECOMMENDATION.find(([re]) => re.test(w));
    if (hit) addRec(hit[1]);
  }
  const dimEntries = (Object.entries(dims) as Array<[keyof Dimensions, number]>)
    .filter(([k]) => items.some((it) => DIMENSION_RELEVANCE[it.question.type][k] === 1))
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const weakest = dimEntries[0];
  if (weakest && weakest[1] < 70) {
    const dimAdvice: Record<keyof Dimensions, string> = {
      communication: 'Work on communication: lead with the answer, keep sentences short, and finish with a summary.',
      technical: 'Deepen technical coverage: revisit the missed key points and practise explaining how things work, with trade-offs.',
      behavioral: 'Prepare 5-6 STAR stories (conflict, failure, leadership, deadline, feedback) with measurable results.',
    };
    addRec(dimAdvice[weakest[0]]);
  }
  for (const g of skillGaps.filter((g) => g.level === 'weak').slice(0, 2)) {
    addRec(g.recommendation);
  }
  if (skipped > 0) {
    addRec(
      `Answer every question: ${skipped} of ${n} ${skipped === 1 ? 'was' : 'were'} skipped and scored zero.`,
    );
  }
  if (recommendations.length === 0 && n > 0) {
    addRec(
      'Keep practising at a higher difficulty to consolidate these results.',
    );
  }

  const times = answeredItems
    .map((it) => it.time_taken_seconds)
    .filter((t): t is number => typeof t === 'number' && Number.isFinite(t) && t > 0);
  const avgTime = times.length ? Math.round((times.reduce((a, b) => a + b, 0) / times.length) * 10) / 10 : null;

  return {
    overall_score: overall,
    dimensions: dims,
    skill_scores: skillScores,
    consistency,
    confidence,
    strengths,
    weaknesses,
    recommendations: recommendations.slice(0, 5),
    skill_gaps: skillGaps,
    statistics: {
      question_count: n,
      answered,
      skipped,
      average_response_time_seconds: avgTime,
    },
    engine: ENGINE,
    version: ENGINE_VERSION,
  };
}
