import { describe, expect, it } from 'vitest';
import { pointsToImprove as pointsWith } from './feedback-points';

type Input = Parameters<typeof pointsWith>[0];
const missedKeyPoint = (point: string) => `Key point to add: ${point}`;
const pointsToImprove = (evaluation: Input, options: { keyPointsShownSeparately?: boolean } = {}) =>
  pointsWith(evaluation, { missedKeyPoint, ...options });

describe('pointsToImprove', () => {
  it('gives at most three points, each once, and leaves out the one the summary already states', () => {
    const points = pointsToImprove({
      feedback: "Solid answer with gaps (60/100). Biggest gap: missed key point: 'stale closure in React hooks'.",
      weaknesses: [
        "Missed key point: 'stale closure in React hooks'",
        "Missed key point: 'var versus let in loops'",
        'No trade-offs or limitations discussed',
        'Does not open with a direct answer',
        'Ends without a conclusion or summary',
      ],
      missed_key_points: ['stale closure in React hooks', 'var versus let in loops', 'data privacy or function factory example'],
    });
    expect(points).toEqual([
      "Missed key point: 'var versus let in loops'",
      'No trade-offs or limitations discussed',
      'Does not open with a direct answer',
    ]);
  });

  it('leaves missed key points out where the page lists them separately', () => {
    expect(
      pointsToImprove(
        { feedback: '', weaknesses: ["Missed key point: 'O(n) time'", 'Too brief'], missed_key_points: ['O(n) time'] },
        { keyPointsShownSeparately: true },
      ),
    ).toEqual(['Too brief']);
  });

  it('adds missed key points that no weakness mentions', () => {
    expect(pointsToImprove({ feedback: '', weaknesses: ['Too brief'], missed_key_points: ['O(n) time'] })).toEqual([
      'Too brief',
      'Key point to add: O(n) time',
    ]);
  });

  it('knows a weakness names a key point whatever words the engine wraps around it', () => {
    expect(
      pointsToImprove({
        feedback: '',
        weaknesses: ['Nicht erwähnt: O(n) time.', 'Too brief'],
        missed_key_points: ['O(n) time', 'space complexity'],
      }),
    ).toEqual(['Nicht erwähnt: O(n) time.', 'Too brief', 'Key point to add: space complexity']);
  });
});
