import { assertEquals } from './testing.ts';
import { jobDescriptionCoverage } from './coverage.ts';

const JD = 'We are hiring a backend engineer. You will build REST APIs in Go on PostgreSQL, run them on Kubernetes, ' +
  'and keep them fast with Redis caching. Kubernetes experience is a must; GraphQL is a plus.';

Deno.test("coverage: the job description's skills, split into shown and not shown by the answers (aliases count)", () => {
  const coverage = jobDescriptionCoverage(JD, [
    'I designed the orders API on Postgres and added a Redis cache in front of the hot reads.',
    'We deployed with k8s and Helm charts.',
  ], ['Go']);
  assertEquals(coverage!.terms.slice(0, 2).sort(), ['Caching', 'Kubernetes']); // each named twice (caching via Redis)
  assertEquals(coverage!.covered.sort(), ['Caching', 'Kubernetes', 'PostgreSQL'].sort());
  assertEquals(coverage!.missed.includes('GraphQL'), true);
  assertEquals(coverage!.missed.includes('Go'), true);
  assertEquals([...coverage!.covered, ...coverage!.missed].sort(), [...coverage!.terms].sort());
});

Deno.test('coverage: nothing without a job description or without any known skill in it', () => {
  assertEquals(jobDescriptionCoverage(null, ['anything'], []), null);
  assertEquals(jobDescriptionCoverage('   ', ['anything'], []), null);
  assertEquals(jobDescriptionCoverage('Friendly team, free snacks, nice office.', ['anything'], []), null);
});
