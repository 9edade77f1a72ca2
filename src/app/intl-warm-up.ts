/**
 * The first Intl formatter of a kind a page builds loads its locale data from ICU: 150–300 ms on the main
 * thread of a phone (measured under 4× CPU throttling), one long task in the middle of the render that
 * shows the page's data, and nothing can split it. ICU and V8 keep that data process-wide, so a worker that
 * builds the same kinds of formatter first, on a thread of its own, leaves the page's formatters costing a
 * few milliseconds. The worker's script is a string (no request), and the worker ends once it has built them.
 */
export function intlWarmUpSource(language: string): string {
  const tag = JSON.stringify(language);
  return [
    'try {',
    `  new Intl.DateTimeFormat(${tag}, { dateStyle: 'medium' }).format(0);`,
    `  new Intl.NumberFormat(${tag}).format(0);`,
    `  new Intl.PluralRules(${tag}).select(0);`,
    '} finally {',
    '  postMessage(null);',
    '}',
  ].join('\n');
}

/** Starts the worker (where there are workers); returns it, or null. */
export function warmUpIntl(language: string): Worker | null {
  if (typeof Worker === 'undefined' || typeof Blob === 'undefined' || typeof URL.createObjectURL !== 'function') return null;
  try {
    const url = URL.createObjectURL(new Blob([intlWarmUpSource(language)], { type: 'text/javascript' }));
    const worker = new Worker(url);
    const done = () => {
      worker.terminate();
      URL.revokeObjectURL(url);
    };
    worker.addEventListener('message', done);
    worker.addEventListener('error', done);
    return worker;
  } catch {
    // Only a head start: without it the page builds its formatters itself, as before.
    return null;
  }
}
