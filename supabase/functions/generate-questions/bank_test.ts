import assert from 'node:assert/strict';
import { tracedSql, withDbTrace } from '../_shared/db-trace.ts';
import { bankCache, type BankRead, usageRefresh } from './bank.ts';

/** A read of the bank that the test answers: each call waits until the test resolves (or rejects) it. */
function scriptedReads() {
  const pending: { resolve: (bank: BankRead<string>) => void; reject: (error: Error) => void }[] = [];
  const read = () =>
    tracedSql('question_bank', () => new Promise<BankRead<string>>((resolve, reject) => pending.push({ resolve, reject })));
  return { read, pending };
}

const traced = (response: Response) => [...(response.headers.get('Server-Timing') ?? '').matchAll(/db;desc="([^"]*)"/g)].map((m) => m[1]);
const bank = (revision: number, ...questions: string[]): BankRead<string> => ({ revision, questions });
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

Deno.test('question bank: read once at load, and the first calls find it there without a read of their own', async () => {
  const { read, pending } = scriptedReads();
  const cache = bankCache(read, () => 60_000);
  const preloaded = cache.preload();
  assert.equal(pending.length, 1);
  pending[0]!.resolve(bank(3, 'a', 'b'));
  await preloaded;
  const [first, second] = await Promise.all([cache.at(3), cache.at(3)]);
  assert.deepEqual([first, second], [['a', 'b'], ['a', 'b']]);
  assert.equal(pending.length, 1);
});

Deno.test('question bank: calls before any read share one read; a failed read is tried again by the next call', async () => {
  const { read, pending } = scriptedReads();
  const cache = bankCache(read, () => 60_000);
  const failedPreload = cache.preload();
  pending[0]!.reject(new Error('database down'));
  await failedPreload; // never rejects
  const calls = Promise.all([cache.at(1), cache.at(1)]);
  await settled();
  assert.equal(pending.length, 2);
  pending[1]!.resolve(bank(1, 'x'));
  assert.deepEqual(await calls, [['x'], ['x']]);
});

Deno.test('question bank: a call that saw a newer revision waits for a new read; an older revision uses the bank', async () => {
  const { read, pending } = scriptedReads();
  const cache = bankCache(read, () => 60_000);
  const preloaded = cache.preload();
  pending[0]!.resolve(bank(5, 'old'));
  await preloaded;
  assert.deepEqual(await cache.at(4), ['old']);
  const newer = cache.at(6);
  await settled();
  assert.equal(pending.length, 2);
  pending[1]!.resolve(bank(6, 'new'));
  assert.deepEqual(await newer, ['new']);
  assert.deepEqual(await cache.at(6), ['new']);
  assert.equal(pending.length, 2);
});

Deno.test('question bank: an aged bank serves the call and is read again in the background, outside the call', async () => {
  const { read, pending } = scriptedReads();
  let maxAgeMs = 60_000;
  const cache = bankCache(read, () => maxAgeMs);
  const preloaded = cache.preload();
  pending[0]!.resolve(bank(2, 'first read'));
  await preloaded;
  maxAgeMs = 0;

  let rows: string[] = [];
  const response = await withDbTrace(async () => {
    rows = await cache.at(2);
    return new Response('{}');
  });
  assert.deepEqual(rows, ['first read']); // served without waiting for the read it started
  assert.equal(pending.length, 2);
  assert.deepEqual(traced(response), []);
  assert.deepEqual(await cache.at(2), ['first read']); // one background read at a time
  assert.equal(pending.length, 2);

  pending[1]!.reject(new Error('lost connection')); // a failed refresh keeps the bank
  await settled();
  assert.deepEqual(await cache.at(2), ['first read']);
  assert.equal(pending.length, 3);
  pending[2]!.resolve(bank(2, 'second read'));
  await settled();
  maxAgeMs = 60_000;
  assert.deepEqual(await cache.at(2), ['second read']);
  assert.equal(pending.length, 3);
});

Deno.test('question bank: a background read does not replace a newer revision a call read meanwhile', async () => {
  const { read, pending } = scriptedReads();
  let maxAgeMs = 0;
  const cache = bankCache(read, () => maxAgeMs);
  const preloaded = cache.preload();
  pending[0]!.resolve(bank(1, 'revision 1'));
  await preloaded;
  assert.deepEqual(await cache.at(1), ['revision 1']); // aged: a background read starts
  maxAgeMs = 60_000;
  const newer = cache.at(2); // a newer revision: the call reads and waits
  await settled();
  assert.equal(pending.length, 3);
  pending[2]!.resolve(bank(2, 'revision 2'));
  assert.deepEqual(await newer, ['revision 2']);
  pending[1]!.resolve(bank(1, 'revision 1, read in the background'));
  await settled();
  assert.deepEqual(await cache.at(2), ['revision 2']);
  assert.equal(pending.length, 3);
});

/** Reads of the usage counts that the test answers: each resolves with the counts of a revision, or rejects. */
function scriptedUsage() {
  const pending: { resolve: (answer: { revision: number; usage: Record<string, number> }) => void; reject: (error: Error) => void }[] = [];
  const refresh = usageRefresh<{ id: string; times_used: number }>(() =>
    tracedSql(
      'question_bank_usage',
      () => new Promise<{ revision: number; usage: Record<string, number> }>((resolve, reject) => pending.push({ resolve, reject })),
    )
  );
  return { refresh, pending };
}

Deno.test('question bank: an aged bank gets its usage counts in place, in the background, without a read of the whole bank', async () => {
  const reads: BankRead<{ id: string; times_used: number }>[] = [];
  const read = () => {
    const answer = { revision: 4, questions: [{ id: 'q1', times_used: 0 }, { id: 'q2', times_used: 5 }] };
    reads.push(answer);
    return Promise.resolve(answer);
  };
  const usage = scriptedUsage();
  let maxAgeMs = 60_000;
  const cache = bankCache(read, () => maxAgeMs, usage.refresh);
  await cache.preload();
  maxAgeMs = 0;

  let rows: { id: string; times_used: number }[] = [];
  const response = await withDbTrace(async () => {
    rows = await cache.at(4);
    return new Response('{}');
  });
  assert.deepEqual(traced(response), []); // the call neither waited for the refresh nor carries it
  assert.equal(usage.pending.length, 1);
  assert.deepEqual(rows.map((q) => q.times_used), [0, 5]);

  usage.pending[0]!.reject(new Error('lost connection')); // a failed refresh keeps the counts; the next call tries again
  await settled();
  await cache.at(4);
  assert.equal(usage.pending.length, 2);
  usage.pending[1]!.resolve({ revision: 4, usage: { q1: 7, q2: 9 } });
  await settled();
  maxAgeMs = 60_000; // refreshed just now: not aged
  const after = await cache.at(4);
  assert.equal(after, rows); // the same rows, updated in place
  assert.deepEqual(after.map((q) => q.times_used), [7, 9]);
  assert.equal(usage.pending.length, 2);
  assert.equal(reads.length, 1);
});

Deno.test('question bank: when the counts come from another revision, the whole bank is read again in the background', async () => {
  const { read, pending } = scriptedReads();
  const usage = scriptedUsage();
  let maxAgeMs = 60_000;
  const cache = bankCache(
    () => read().then(({ revision, questions }) => ({ revision, questions: questions.map((id) => ({ id, times_used: 1 })) })),
    () => maxAgeMs,
    usage.refresh,
  );
  const preloaded = cache.preload();
  pending[0]!.resolve(bank(1, 'q1'));
  await preloaded;
  maxAgeMs = 0;
  const first = await cache.at(1);
  usage.pending[0]!.resolve({ revision: 2, usage: { q1: 50 } });
  await settled();
  assert.equal(first[0]!.times_used, 1); // counts of another revision are not applied
  assert.equal(pending.length, 2);
  pending[1]!.resolve(bank(2, 'q3'));
  await settled();
  maxAgeMs = 60_000;
  assert.deepEqual(await cache.at(1), [{ id: 'q3', times_used: 1 }]);
});
