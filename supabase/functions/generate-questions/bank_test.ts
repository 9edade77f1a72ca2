import assert from 'node:assert/strict';
import { tracedSql, withDbTrace } from '../_shared/db-trace.ts';
import { bankCache, type BankRead } from './bank.ts';

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
