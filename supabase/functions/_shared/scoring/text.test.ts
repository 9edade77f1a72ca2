import assert from 'node:assert/strict';
import { canonicalTerms, countWords, porterStem, splitSentences, termsOf, tokenize } from './text.ts';

Deno.test('porterStem matches reference Porter outputs', () => {
  // Reference pairs from Porter's published vocabulary/output lists.
  const cases: Array<[string, string]> = [
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['feed', 'feed'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['motoring', 'motor'],
    ['hopping', 'hop'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['generalization', 'gener'],
    ['hopefulness', 'hope'],
    ['electrical', 'electr'],
    ['adjustment', 'adjust'],
    ['controlling', 'control'],
    ['roll', 'roll'],
    ['indexes', 'index'],
    ['caching', 'cach'],
  ];
  for (const [word, stem] of cases) assert.equal(porterStem(word), stem, word);
});

Deno.test('synonyms and abbreviations collapse to the same canonical term', () => {
  const same = (a: string, b: string) => assert.deepEqual(termsOf(a), termsOf(b), `${a} vs ${b}`);
  same('db', 'database');
  same('databases', 'DB');
  same('perf', 'performance');
  same('k8s', 'Kubernetes');
  same('response time', 'latency');
  same('response times', 'latencies');
  same('auth', 'authentication');
  same('hash table', 'hashmap');
  same('O(n^2)', 'quadratic');
  same('O(n log n)', 'n log n');
  same('trade-off', 'downside');
  same('PR', 'pull request');
  // Stopwords and fillers carry no content.
  assert.deepEqual(termsOf('um, you know, it is basically the'), []);
  // "sort of" is a filler phrase, not the sorting concept.
  assert.deepEqual(termsOf('it is sort of slow'), termsOf('it is slow'));
  assert.notDeepEqual(termsOf('we sort the list'), termsOf('we the list'));
});

Deno.test('tokenize normalises technical constructs', () => {
  assert.deepEqual(tokenize('C++ and C# on Node.js with CI/CD'), [
    'cpp',
    'and',
    'csharp',
    'on',
    'nodejs',
    'with',
    'cicd',
  ]);
  assert.deepEqual(tokenize('O(1) lookups, 99% hit rate'), [
    'bigo1',
    'lookups',
    '99',
    'percent',
    'hit',
    'rate',
  ]);
  assert.ok(canonicalTerms(tokenize('B-tree')).includes('btree'));
});

Deno.test('splitSentences handles abbreviations, bullets and transcripts', () => {
  assert.deepEqual(
    splitSentences('Use a cache, e.g. Redis. Then measure it! Done?'),
    [
      'Use a cache, e.g. Redis.',
      'Then measure it!',
      'Done?',
    ],
  );
  assert.deepEqual(splitSentences('- first point\n- second point'), [
    'first point',
    'second point',
  ]);
  const transcript = Array.from({ length: 30 }, () => 'we').join(' ') +
    ' and then ' +
    Array.from({ length: 30 }, () => 'they').join(' ');
  const chunks = splitSentences(transcript, { speech: true });
  assert.ok(chunks.length >= 2, 'long unpunctuated speech is chunked');
  assert.equal(chunks.map(countWords).reduce((a, b) => a + b, 0), 62);
});
