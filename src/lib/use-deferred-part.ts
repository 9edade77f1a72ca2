import { useDeferredValue } from 'react';

const NOT_YET = Symbol('not yet');

/**
 * `undefined` in a component's first render, `value` from a render of its own right after that commit, and
 * later values deferred behind urgent updates (as `useDeferredValue`). For a part of a page below what the
 * first screen shows, so that the first render and commit are shorter on a phone.
 * (`useDeferredValue(value, undefined)` would not defer the first render: React treats an `undefined` initial
 * value as none.)
 */
export function useDeferredPart<T>(value: T): T | undefined {
  const deferred = useDeferredValue<T | typeof NOT_YET>(value, NOT_YET);
  return deferred === NOT_YET ? undefined : deferred;
}
