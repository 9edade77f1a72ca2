// Per-isolate memory of what the engine derives from a question alone (its term sets, key-point specs, relevance
// profile). Every answer to the same question needs the same derivation, and an interview scores several answers
// per worker: stemming and weighting the question's texts again for each was about a fifth of the engine's time.
// Only question-derived values are kept (never anything derived from an answer), and the values are shared by
// callers, so they must be treated as read-only.

/** A bounded map from a key to a value built once; the oldest entry leaves when it is full. */
export function memo<T>(limit: number): (key: string, build: () => T) => T {
  const entries = new Map<string, T>();
  return (key, build) => {
    const known = entries.get(key);
    if (known !== undefined) return known;
    const value = build();
    if (entries.size >= limit) entries.delete(entries.keys().next().value!);
    entries.set(key, value);
    return value;
  };
}

/** A key that changes whenever any of the given question fields does. */
export function questionKey(...fields: unknown[]): string {
  return JSON.stringify(fields);
}
