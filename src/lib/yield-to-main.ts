/**
 * Resolves in a new task, so that work after it is not part of the current one: a phone's main thread
 * can paint and handle input in between. `scheduler.yield()` where the browser has it (it continues ahead
 * of other queued tasks), a zero timeout elsewhere.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
