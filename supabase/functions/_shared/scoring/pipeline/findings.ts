// Findings: strengths and weaknesses chosen by priority from every stage.

import type { AnswerInput } from './input.ts';
import type { codeSignals, CodeStage } from './code.ts';
import type { ContentResult } from './content.ts';
import type { StructureResult } from './structure.ts';
import { short, TYPE_LABEL } from './format.ts';

export function findings(
  input: AnswerInput,
  codeStage: CodeStage,
  content: ContentResult,
  structureResult: StructureResult,
  coding: ReturnType<typeof codeSignals>,
  score: number,
) {
  const { type, difficulty, speech, code, question, answer, analysis, minWords, maxWords, delivery } = input;
  const { codeReport } = codeStage;
  const { cov, hasRubric, coverage, hedges, spec, tradeoffCount, design, missed } = content;
  const { structure, star, words } = structureResult;
  const { correctness, rawEfficiency, complexityStated } = coding;
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
  return { strengthList, weaknessList };
}
