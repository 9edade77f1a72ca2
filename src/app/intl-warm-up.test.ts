import { afterEach, describe, expect, it, vi } from 'vitest';
import { intlWarmUpSource, warmUpIntl } from './intl-warm-up';

/** Runs the worker's script here, with `postMessage` and `Intl` in its scope, as a worker would. */
function runWorkerSource(source: string, intl: typeof Intl = Intl) {
  const posted: unknown[] = [];
  new Function('postMessage', 'Intl', source)((message: unknown) => posted.push(message), intl);
  return posted;
}

describe('warmUpIntl', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("builds a date, a number and a plural formatter in the page's language, then says it is done", () => {
    const built: string[] = [];
    const spy = (kind: string, Real: new (...args: never[]) => object) =>
      function (this: unknown, ...args: never[]) {
        built.push(`${kind} ${String(args[0])}`);
        return new Real(...args);
      };
    const intl = {
      DateTimeFormat: spy('date', Intl.DateTimeFormat),
      NumberFormat: spy('number', Intl.NumberFormat),
      PluralRules: spy('plural', Intl.PluralRules),
    } as unknown as typeof Intl;
    expect(runWorkerSource(intlWarmUpSource('de'), intl)).toEqual([null]);
    expect(built).toEqual(['date de', 'number de', 'plural de']);
  });

  it('says it is done even when a formatter cannot be built (the worker must end)', () => {
    const intl = {
      DateTimeFormat: function () {
        throw new RangeError('no locale data');
      },
    } as unknown as typeof Intl;
    const posted: unknown[] = [];
    expect(() => new Function('postMessage', 'Intl', intlWarmUpSource('en'))((m: unknown) => posted.push(m), intl)).toThrow(RangeError);
    expect(posted).toEqual([null]);
  });

  it('quotes the language, so no tag can break out of the script', () => {
    expect(intlWarmUpSource("en'); alert(1); ('")).toContain(JSON.stringify("en'); alert(1); ('"));
  });

  it('starts a worker from the script and ends it once the worker is done', () => {
    const workers: FakeWorker[] = [];
    class FakeWorker extends EventTarget {
      terminated = false;
      constructor(readonly url: string) {
        super();
        workers.push(this);
      }
      terminate() {
        this.terminated = true;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    const createObjectURL = vi.fn(() => 'blob:warm-up');
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL, revokeObjectURL }));
    expect(warmUpIntl('en')).toBe(workers[0]);
    expect(workers[0]!.url).toBe('blob:warm-up');
    expect(workers[0]!.terminated).toBe(false);
    workers[0]!.dispatchEvent(new Event('message'));
    expect(workers[0]!.terminated).toBe(true);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:warm-up');
  });

  it('does nothing where there are no workers', () => {
    vi.stubGlobal('Worker', undefined);
    expect(warmUpIntl('en')).toBeNull();
  });
});
