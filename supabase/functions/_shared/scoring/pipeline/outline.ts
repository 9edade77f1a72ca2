// Suggested outline: a per-type template that marks what the answer missed.

import type { KeyPointResult, ScoringQuestion, StarAnalysis } from '../types.ts';
import { quote, splitSentences } from '../text.ts';

export function buildOutline(
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
