import assert from 'node:assert/strict';
import { evaluateAnswer } from '../scoring/index.ts';
import { decideFollowUp, vagueClaim } from './followup.ts';

const technical = {
  text: 'When do useMemo and useCallback actually improve performance in React?',
  type: 'technical' as const,
  difficulty: 'medium' as const,
};

Deno.test('no follow-up for gibberish or an off-topic answer: it is not an answer to expand on', () => {
  for (
    const text of [
      'asdf qwer zxcv hjkl asdfgh qwerty',
      'I made three pizzas last weekend and then watched the Formula 1 race in Monza with friends, it was great fun.',
    ]
  ) {
    const evaluation = evaluateAnswer(technical, { mode: 'text', text });
    assert.equal(evaluation.validity.valid, false);
    assert.deepEqual(decideFollowUp('technical', text, evaluation), { follow_up: null, reason: 'not_an_answer' });
  }
});

Deno.test('no request for numbers on a conceptual answer, nor on one that already gives numbers', () => {
  assert.equal(vagueClaim('useMemo makes re-renders faster when the computation is expensive and the inputs rarely change.'), undefined);
  assert.equal(vagueClaim('We improved INP a lot: 280 to 140 ms at p75, measured with the React Profiler.'), undefined);
  assert.match(vagueClaim('We improved the page a lot after the refactor.') ?? '', /improved/);
  assert.match(vagueClaim('In the end it made deploys much faster.', { story: true }) ?? '', /faster/);
});
