import assert from 'node:assert/strict';
import { jobDescriptionCoverage } from './coverage.ts';

const JD = 'We are hiring a backend engineer. You will build REST APIs in Go on PostgreSQL, run them on Kubernetes, ' +
  'and keep them fast with Redis caching. Kubernetes experience is a must; GraphQL is a plus.';

Deno.test("coverage: the job description's skills, split into shown and not shown by the answers (aliases count)", () => {
  const coverage = jobDescriptionCoverage(JD, [
    'I designed the orders API on Postgres and added a Redis cache in front of the hot reads.',
    'We deployed with k8s and Helm charts.',
  ], ['Go']);
  assert.deepEqual(coverage!.terms.slice(0, 2).sort(), ['Caching', 'Kubernetes']); // each named twice (caching via Redis)
  assert.deepEqual(coverage!.covered.sort(), ['Caching', 'Kubernetes', 'PostgreSQL'].sort());
  assert.deepEqual(coverage!.missed.includes('GraphQL'), true);
  assert.deepEqual(coverage!.missed.includes('Go'), true);
  assert.deepEqual([...coverage!.covered, ...coverage!.missed].sort(), [...coverage!.terms].sort());
});

Deno.test('coverage: nothing without a job description or without any known skill in it', () => {
  assert.deepEqual(jobDescriptionCoverage(null, ['anything'], []), null);
  assert.deepEqual(jobDescriptionCoverage('   ', ['anything'], []), null);
  assert.deepEqual(jobDescriptionCoverage('Friendly team, free snacks, nice office.', ['anything'], []), null);
});
