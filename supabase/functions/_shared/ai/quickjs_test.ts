import assert from 'node:assert/strict';
import { idleEngineCount, prepareEngine, reusesCompiledModule, takeEngine } from './quickjs.ts';

Deno.test('prepareEngine: compiles the module and keeps one engine for the first run', async () => {
  await prepareEngine();
  assert.equal(reusesCompiledModule(), true);
  const idle = idleEngineCount();
  assert.ok(idle >= 1);
  // The first run takes the prepared engine instead of building one.
  await takeEngine();
  assert.equal(idleEngineCount(), idle - 1);
  // Once the module is compiled, preparing again builds nothing.
  await prepareEngine();
  assert.equal(idleEngineCount(), idle - 1);
});
