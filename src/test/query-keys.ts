/**
 * Every key a query-key factory builds: its `all` and each builder called with placeholder arguments
 * (`arg0`, `arg1`, …), so a test can fill a cache with one query per kind of key the factory knows.
 */
export function keysBuiltBy(factory: Record<string, unknown>): unknown[][] {
  return Object.values(factory).flatMap((member) => {
    if (Array.isArray(member)) return [member];
    if (typeof member !== 'function') return [];
    const args = Array.from({ length: member.length }, (_, index) => `arg${index}`);
    return [(member as (...values: string[]) => unknown[])(...args)];
  });
}
