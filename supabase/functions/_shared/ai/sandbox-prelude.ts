// The code a sandbox context runs before the submitted code (see sandbox.ts): silent console, builtins paced so
// that the interrupt handler is reached during builtin work, and the helpers that call the function and turn its
// result into JSON with the originals captured first.

// QuickJS checks its interrupt handler only every 10,000 calls or loop iterations, and a builtin runs to
// completion in C: a loop of `new Array(1e6).fill(1)` would run for minutes between two checks. So the
// builtins whose work grows with their input are wrapped: after the original returns, the wrapper runs an
// empty loop of one iteration per 32 elements handled (a few % of the builtin's own cost), so the handler
// is reached about every 320,000 elements of builtin work. O(1) builtins (push, pop, charAt, …) are left
// alone: they are hot in ordinary code and a call already counts as one check.
export const PACED_BUILTINS: Record<string, string[]> = {
  'Array.prototype': [
    'concat',
    'copyWithin',
    'fill',
    'flat',
    'includes',
    'indexOf',
    'join',
    'lastIndexOf',
    'reverse',
    'shift',
    'slice',
    'sort',
    'splice',
    'toLocaleString',
    'toReversed',
    'toSorted',
    'toSpliced',
    'toString',
    'unshift',
    'with',
  ],
  'Array': ['from', 'of'],
  'String.prototype': [
    'concat',
    'endsWith',
    'includes',
    'indexOf',
    'lastIndexOf',
    'localeCompare',
    'normalize',
    'padEnd',
    'padStart',
    'repeat',
    'replace',
    'replaceAll',
    'slice',
    'split',
    'startsWith',
    'substr',
    'substring',
    'toLocaleLowerCase',
    'toLocaleUpperCase',
    'toLowerCase',
    'toUpperCase',
    'trim',
    'trimEnd',
    'trimStart',
  ],
  'Object': ['assign', 'entries', 'fromEntries', 'getOwnPropertyNames', 'keys', 'values'],
  'JSON': ['parse', 'stringify'],
  'Object.getPrototypeOf(Int8Array.prototype)': [
    'copyWithin',
    'fill',
    'includes',
    'indexOf',
    'join',
    'lastIndexOf',
    'reverse',
    'set',
    'slice',
    'sort',
    'toReversed',
    'toSorted',
    'with',
  ],
  'ArrayBuffer.prototype': ['slice'],
};
// A wrapper is a method (not a constructor, like the builtins) named as the original, declaring as many parameters
// as the original's length so that it has the same `length` without a defineProperty; it passes `arguments` on
// as they came. The wrapped builtins are writable data properties, so an assignment replaces them and keeps
// their attributes. Per case this is most of the prelude's cost, hence no descriptor objects here.
const PACED_CALL =
  'const result = apply(original, this, arguments); pace(max(sizeOf(this), sizeOf(result), sizeOf(arguments[0]))); return result;';
const DECLARED_ARITIES = 4; // 0-3 parameters: the longest of PACED_BUILTINS has 3
const MAKERS = Array.from({ length: DECLARED_ARITIES }, (_, arity) => {
  const params = Array.from({ length: arity }, (_, i) => `p${i}`).join(', ');
  return `(name, original) => ({ [name](${params}) { ${PACED_CALL} } })[name]`;
});
const PACING = String.raw`{
  const max = Math.max;
  const sizeOf = (value) => {
    if (typeof value === 'string') return value.length;
    if (value === null || typeof value !== 'object') return 0;
    const length = value.length;
    return typeof length === 'number' ? length : 0;
  };
  const pace = (size) => {
    for (let i = size >>> 5; i > 0; i--);
  };
  const makers = [
    ${MAKERS.join(',\n    ')},
  ];
  const defineLength = Object.defineProperty;
  const maker = (arity) =>
    makers[arity] ?? ((name, original) => defineLength(makers[0](name, original), 'length', { value: arity }));
  const wrap = (owner, names) => {
    for (const name of names) {
      const original = owner[name];
      if (typeof original !== 'function') continue;
      owner[name] = maker(original.length)(name, original);
    }
  };
  ${Object.entries(PACED_BUILTINS).map(([owner, names]) => `wrap(${owner}, ${JSON.stringify(names)});`).join('\n  ')}
}`;

// Evaluated in every fresh context before the submitted code, so the functions it returns hold the
// original JSON.parse/JSON.stringify/Reflect.apply whatever the code does to the globals afterwards.
export const PRELUDE = String.raw`(() => {
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const apply = Reflect.apply;
  const isArray = Array.isArray;
  const toText = String;
  const noop = () => {};
  globalThis.console = { log: noop, info: noop, warn: noop, error: noop, debug: noop };
  ${PACING}
  const call = (fn, argsJson) => {
    const args = parse(argsJson);
    return apply(fn, undefined, isArray(args) ? args : [args]);
  };
  const serialize = (value) => stringify(value);
  const describe = (error) => {
    try {
      const message = error !== null && typeof error === 'object' && 'message' in error ? error.message : error;
      return toText(message);
    } catch {
      return 'an error was thrown';
    }
  };
  return [call, serialize, describe];
})()`;

// Run once in a run's shared context, after the prelude; returns a function telling whether a thrown value is an
// error of the code's own, which it would throw the same way in a context of its own. Freezes the global object, every object it holds
// (constructors, namespaces such as Math, JSON, Reflect and console), their `prototype` objects and the prototype
// chains of all of these and of the intrinsics no global names (iterators, generators, async functions, typed
// arrays). Builtin function objects other than constructors are not frozen: walking every property of every
// builtin costs more in QuickJS than the run saves (~3 ms), and their own length and name are read-only already.
export const FREEZE_REALM = String.raw`(() => {
  const freeze = Object.freeze;
  const prototypeOf = Object.getPrototypeOf;
  const describe = Object.getOwnPropertyDescriptor;
  const isObject = (value) => (typeof value === 'object' && value !== null) || typeof value === 'function';
  const frozen = new Set();
  const lock = (object) => {
    for (let current = object; isObject(current) && !frozen.has(current); current = prototypeOf(current)) {
      frozen.add(current);
      freeze(current);
      if (typeof current === 'function') lock(describe(current, 'prototype')?.value);
    }
  };
  const unnamed = [
    [][Symbol.iterator](),
    new Map().entries(),
    new Set().values(),
    ''[Symbol.iterator](),
    /a/[Symbol.matchAll](''),
    Array.prototype[Symbol.unscopables],
    Object.getPrototypeOf(Int8Array),
    ...[function* () {}, async function () {}, async function* () {}].flatMap((fn) => [fn, Object.getPrototypeOf(fn).constructor]),
  ];
  if (typeof Iterator === 'function' && typeof Iterator.from === 'function') unnamed.push([].values().map((x) => x), Iterator.from({ next() {} }));
  // Errors the frozen realm itself can cause: a write to a frozen object (TypeError), and running out of memory or
  // stack at a slightly different point than in a context of its own (RangeError, InternalError).
  const realmDependent = [TypeError, RangeError, globalThis.InternalError].filter((kind) => typeof kind === 'function');
  const errorClass = Error;
  const isOwnError = (error) => {
    try {
      if (error === null || typeof error !== 'object') return false;
      for (const kind of realmDependent) if (error instanceof kind) return false;
      return error instanceof errorClass;
    } catch {
      return false;
    }
  };
  lock(globalThis);
  for (const key of Reflect.ownKeys(globalThis)) lock(describe(globalThis, key).value);
  for (const object of unnamed) lock(object);
  return isOwnError;
})()`;
