type Scheduler = { yield?: () => Promise<void> };

/**
 * Lets the browser run what is waiting (input, paint, other tasks) before the caller goes on, so that
 * consecutive steps of the start do not add up to one long task on a phone. `scheduler.yield()` where there
 * is one (the continuation keeps its priority), else a message to ourselves (no timer clamping).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
