-- Question bank seed content.
-- GENERATED FILE: edit scripts/seed-content/ and run
--   npx tsx scripts/seed-content/generate.ts
-- Applied by the Supabase CLI after all migrations (db reset / db push --include-seed).

-- Technical: frontend (27 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'What is a closure in JavaScript? Give a practical example of where you would use one.',
    'technical',
    'frontend',
    'easy',
    '{"frontend-developer","full-stack-developer","software-engineer"}',
    '{"JavaScript"}',
    '{"JavaScript"}',
    120,
    '[{"question":"What does this log and why: `for (var i = 0; i < 3; i++) setTimeout(() => console.log(i));`","difficulty":"medium","context":"Classic var-in-loop closure bug."}]'::jsonb,
    'A closure is a function together with a reference to the lexical scope in which it was created, so it can keep reading and updating variables from that outer scope after the outer function has returned. Closures are created every time a function is created. Practical uses include data privacy (a `createCounter()` that returns `increment` and `get` functions sharing a private `count`), function factories, memoisation caches, and event handlers or callbacks that remember configuration. In React, hooks rely on closures, which is why a stale closure can capture an old state value. A classic pitfall is `var` in a loop: all callbacks share one binding, whereas `let` creates a new binding per iteration.',
    '{"function plus lexical scope","access outer variables after outer function returns","data privacy or function factory example","stale closure in React hooks","var versus let in loops"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"javascript","fundamentals","scope"}'
  ),
  (
    'Explain how `this` is determined in JavaScript, including arrow functions.',
    'technical',
    'frontend',
    'easy',
    '{"frontend-developer","full-stack-developer","software-engineer"}',
    '{"JavaScript"}',
    '{"JavaScript"}',
    120,
    '[]'::jsonb,
    '`this` is determined by how a function is called, not where it is defined, except for arrow functions. With a method call `obj.fn()`, `this` is `obj`; a plain call `fn()` gives `undefined` in strict mode (or the global object in sloppy mode); `new Fn()` binds `this` to the newly created object; and `call`, `apply` and `bind` set it explicitly. Arrow functions do not have their own `this`: they capture it lexically from the enclosing scope, which makes them ideal for callbacks inside methods. A common bug is passing `obj.method` as a callback, which loses the receiver; fix it with `bind` or an arrow wrapper. Class fields with arrow functions are a common pattern for event handlers.',
    '{"determined by call site","method call binds object","new binds new instance","call apply bind explicit binding","arrow functions capture lexical this","lost this when passing method as callback"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"javascript","fundamentals","this"}'
  ),
  (
    'What is the difference between `var`, `let` and `const`, and what is hoisting?',
    'technical',
    'frontend',
    'easy',
    '{"frontend-developer","full-stack-developer","software-engineer"}',
    '{"JavaScript"}',
    '{"JavaScript"}',
    120,
    '[]'::jsonb,
    '`var` is function-scoped and is hoisted and initialised to `undefined`, so it can be read before its declaration without an error. `let` and `const` are block-scoped; they are hoisted too, but remain uninitialised in the temporal dead zone until the declaration runs, so accessing them early throws a ReferenceError. `const` prevents reassignment of the binding but does not make objects immutable; use `Object.freeze` for shallow immutability. Function declarations are hoisted with their body, while function expressions follow the rules of the variable that holds them. Modern code defaults to `const`, uses `let` when reassignment is needed, and avoids `var`.',
    '{"var function-scoped","let and const block-scoped","temporal dead zone ReferenceError","const prevents reassignment not mutation","function declarations hoisted with body"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"javascript","fundamentals","scope"}'
  ),
  (
    'Explain the JavaScript event loop, including the difference between microtasks and macrotasks.',
    'technical',
    'frontend',
    'medium',
    '{"frontend-developer","full-stack-developer","software-engineer"}',
    '{"JavaScript","Node.js"}',
    '{"JavaScript","Web Performance"}',
    180,
    '[{"question":"In what order do these log: `setTimeout(() => log(1)); Promise.resolve().then(() => log(2)); log(3);`?","difficulty":"medium","context":"Expected 3, 2, 1."}]'::jsonb,
    'JavaScript runs on a single thread with a call stack; asynchronous work is delegated to the host (browser or Node.js) and its callbacks are queued. The event loop takes one macrotask (a task such as a `setTimeout` callback, I/O event or user input) and runs it to completion. After each task, it drains the entire microtask queue — promise reactions, `queueMicrotask` and MutationObserver callbacks — before the browser may render and before the next task. That is why `Promise.resolve().then(...)` runs before `setTimeout(..., 0)`. Long synchronous tasks or endlessly chained microtasks block rendering and input, hurting responsiveness (INP); split work with `setTimeout`, `scheduler.yield()` or Web Workers. `requestAnimationFrame` callbacks run just before the next paint.',
    '{"single-threaded call stack","macrotask queue setTimeout and I/O","microtask queue promises drained after each task","rendering between tasks","long tasks block input and rendering","requestAnimationFrame before paint"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"javascript","event-loop","async"}'
  ),
  (
    'How do Promises and async/await handle errors, and what mistakes do you commonly see?',
    'technical',
    'frontend',
    'medium',
    '{"frontend-developer","full-stack-developer","software-engineer"}',
    '{"JavaScript","TypeScript"}',
    '{"JavaScript"}',
    180,
    '[]'::jsonb,
    'A rejected promise propagates down the chain until a `.catch` handler; with `async/await`, `await` turns a rejection into a thrown exception that `try/catch` can handle. Common mistakes: forgetting to `await` or `return` a promise, so errors escape the try block and become unhandled rejections; awaiting independent calls sequentially instead of using `Promise.all` (fail-fast) or `Promise.allSettled` (collect every result); and `forEach` with async callbacks, which does not wait. Swallowing errors with an empty catch hides bugs. Unhandled rejections should be tracked (`unhandledrejection` in browsers, and they crash Node.js by default). Use `AbortController` to cancel work that is no longer needed.',
    '{"rejection propagates to catch","await converts rejection to exception try catch","missing await or return causes unhandled rejection","Promise.all versus Promise.allSettled","async callbacks in forEach not awaited","AbortController cancellation"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"javascript","async","error-handling"}'
  ),
  (
    'How does React decide what to update in the DOM? Explain reconciliation and the role of keys.',
    'technical',
    'frontend',
    'medium',
    '{"frontend-developer","full-stack-developer","mobile-developer"}',
    '{"React"}',
    '{"React","Web Performance"}',
    180,
    '[]'::jsonb,
    'When state or props change, React re-renders components to produce a new element tree and reconciles it with the previous one to compute the minimal DOM updates. The diffing uses heuristics to stay O(n): elements of different types cause the subtree to be torn down and rebuilt, while elements of the same type are updated in place with changed props. For lists, keys tell React which child corresponds to which item across renders, so items can be moved rather than recreated. Using array indexes as keys breaks when items are inserted, removed or reordered, causing wrong state to stay attached to rows and unnecessary re-mounts; use stable ids instead. The Fiber architecture lets React split rendering work and prioritise urgent updates.',
    '{"re-render produces new element tree","virtual DOM diffing heuristics","different element type replaces subtree","reconciliation by keys for lists","index as key causes state bugs on reorder","Fiber incremental rendering"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"react","reconciliation","virtual-dom"}'
  ),
  (
    'What are the Rules of Hooks in React and why do they exist?',
    'technical',
    'frontend',
    'easy',
    '{"frontend-developer","full-stack-developer","mobile-developer"}',
    '{"React","React Native"}',
    '{"React"}',
    120,
    '[]'::jsonb,
    'Hooks must be called only at the top level of a function component or custom hook, never inside conditions, loops or nested functions, and only from React functions, not regular JavaScript functions or class components. React identifies each hook''s state by its call order within the component, storing them in a list on the component''s fiber. If a hook is called conditionally, the order changes between renders and React would assign the wrong state to the wrong hook. The `eslint-plugin-react-hooks` rules enforce this and check effect dependency arrays. Custom hooks (functions starting with `use`) let you extract and share stateful logic while following the same rules.',
    '{"call hooks at top level only","not inside conditions or loops","only from components or custom hooks","state identified by call order","eslint-plugin-react-hooks enforces rules"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"react","hooks"}'
  ),
  (
    'Explain useEffect dependencies and how stale closures cause bugs. When should you NOT use an effect?',
    'technical',
    'frontend',
    'medium',
    '{"frontend-developer","full-stack-developer","mobile-developer"}',
    '{"React"}',
    '{"React","JavaScript"}',
    180,
    '[]'::jsonb,
    'An effect runs after render and re-runs whenever a value in its dependency array changes; its cleanup runs before the next run and on unmount. The effect closure captures props and state from the render in which it was created, so omitting a dependency leaves it reading stale values, e.g. an interval that always logs the initial count. Fixes are to include all reactive values, use the functional updater `setCount(c => c + 1)`, or keep mutable values in a ref. Effects are for synchronising with external systems (subscriptions, network, DOM APIs), not for deriving state: compute derived values during render (with `useMemo` if expensive) and handle user events in event handlers. Data fetching in effects needs cleanup or an ignore flag to avoid race conditions; libraries like TanStack Query handle this better.',
    '{"dependency array controls re-runs","cleanup before re-run and unmount","stale closure captures old state","functional state updater","derive state during render instead of effect","race conditions in data fetching effects"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"react","hooks","useEffect"}'
  ),
  (
    'When do `useMemo`, `useCallback` and `React.memo` actually improve performance, and when are they wasted?',
    'technical',
    'frontend',
    'medium',
    '{"frontend-developer","full-stack-developer","mobile-developer"}',
    '{"React"}',
    '{"React","Web Performance"}',
    180,
    '[]'::jsonb,
    '`React.memo` skips re-rendering a component when its props are shallowly equal; `useMemo` caches a computed value and `useCallback` caches a function identity between renders. They help when a computation is genuinely expensive, or when a memoised child or an effect dependency needs referentially stable props; otherwise a new object or function every render defeats `React.memo`. They are wasted when the child is cheap to render, when props change every render anyway, or when used everywhere by default, because memoisation itself costs memory and comparisons and adds complexity. Measure first with the React DevTools Profiler. Often better fixes are moving state down, lifting content up via `children`, or virtualising long lists; the React Compiler can apply memoisation automatically.',
    '{"React.memo shallow prop comparison","useMemo caches computed values","useCallback stabilises function identity","only useful with expensive work or memoised children","measure with React Profiler","move state down as alternative"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"react","performance","memoization"}'
  ),
  (
    'How would you choose a state management approach for a large React application?',
    'technical',
    'frontend',
    'medium',
    '{"frontend-developer","full-stack-developer"}',
    '{"React","Redux","TanStack Query"}',
    '{"React","System Design"}',
    180,
    '[]'::jsonb,
    'Start by classifying state: server state (data fetched from APIs), global client state (auth, theme, feature flags), local UI state (form inputs, open menus) and URL state (filters, pagination). Server state is best handled by a caching library such as TanStack Query, SWR or RTK Query, which handles caching, deduplication, background refetching and invalidation — this removes most of what people used Redux for. Local state stays in `useState`/`useReducer` close to where it is used. Context is fine for low-frequency global values but re-renders all consumers on change, so high-frequency shared state benefits from a store with selectors like Redux Toolkit or Zustand. URL state belongs in the router so links are shareable. Choose the simplest tool per category and avoid duplicating server data in client stores.',
    '{"classify server client UI and URL state","server state cache TanStack Query","local state with useState close to usage","Context re-renders all consumers","store with selectors Redux Toolkit or Zustand","avoid duplicating server data"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"react","state-management","architecture"}'
  ),
  (
    'Compare client-side rendering, server-side rendering, static generation and React Server Components. What is hydration and what can go wrong with it?',
    'technical',
    'frontend',
    'hard',
    '{"frontend-developer","full-stack-developer"}',
    '{"React","Next.js"}',
    '{"React","Web Performance"}',
    240,
    '[]'::jsonb,
    'Client-side rendering ships an empty HTML shell plus JavaScript, so first content waits for the bundle to download and execute, which hurts LCP and SEO. Server-side rendering generates HTML per request, improving first paint and crawlability at the cost of server work and time to first byte; static generation pre-renders at build time for the fastest delivery from a CDN, with incremental regeneration for changing data. Hydration is React attaching event handlers and state to server-rendered HTML by re-running components on the client; until it finishes, the page looks ready but is not interactive. Hydration mismatches occur when client output differs from server HTML, e.g. `Date.now()`, `Math.random()` or `window` checks during render. React Server Components run only on the server and send no JavaScript for those components, shrinking bundles, while streaming with Suspense and selective hydration let parts of the page become interactive sooner.',
    '{"CSR empty shell and large JavaScript","SSR per-request HTML better LCP and SEO","static generation at build time on CDN","hydration attaches event handlers to server HTML","hydration mismatch from non-deterministic render","Server Components ship no client JavaScript and streaming"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"react","ssr","rendering-strategies"}'
  ),
  (
    'What are the Core Web Vitals, and how would you improve a poor Largest Contentful Paint (LCP)?',
    'technical',
    'frontend',
    'medium',
    '{"frontend-developer","full-stack-developer"}',
    '{"JavaScript","Lighthouse"}',
    '{"Web Performance"}',
    180,
    '[]'::jsonb,
    'The Core Web Vitals are Largest Contentful Paint (loading; good is 2.5 s or less), Interaction to Next Paint (responsiveness; 200 ms or less) and Cumulative Layout Shift (visual stability; 0.1 or less), measured at the 75th percentile of real users. To fix LCP, first identify the LCP element and break its time into TTFB, resource load delay, load duration and render delay. Reduce TTFB with caching and a CDN; make the LCP image discoverable in the HTML (not lazy-loaded, no CSS background), add `fetchpriority="high"` or a preload, and serve it in AVIF/WebP at the right size. Remove render-blocking CSS and JavaScript by inlining critical CSS and deferring scripts, and prefer SSR or static HTML over client rendering. Validate with field data (CrUX, RUM) and lab tools like Lighthouse.',
    '{"LCP INP CLS thresholds","75th percentile of field data","break down TTFB load delay and render delay","preload or fetchpriority high for LCP image","do not lazy-load LCP image","remove render-blocking resources"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"performance","core-web-vitals","lcp"}'
  ),
  (
    'A page has a poor Interaction to Next Paint (INP) score. How do you diagnose and fix it?',
    'technical',
    'frontend',
    'hard',
    '{"frontend-developer","full-stack-developer"}',
    '{"JavaScript","React","Chrome DevTools"}',
    '{"Web Performance","JavaScript"}',
    240,
    '[]'::jsonb,
    'INP measures the latency from a user interaction to the next frame being painted, using roughly the worst interaction of the visit, and it is made up of input delay, processing time and presentation delay. Diagnose with field data first (the web-vitals library with attribution, or RUM) to find which interactions and elements are slow, then reproduce in the Chrome DevTools Performance panel, looking for long tasks over 50 ms. Input delay usually comes from other long tasks on the main thread, such as hydration or third-party scripts; processing time from expensive event handlers or large React re-renders; presentation delay from large DOM updates and layout. Fixes include breaking up long tasks with `scheduler.yield()` or `setTimeout`, showing immediate visual feedback before heavy work, using `startTransition` or `useDeferredValue` to keep urgent updates responsive, virtualising large lists, moving computation to Web Workers, and deferring third-party scripts.',
    '{"input delay processing time presentation delay","field data with attribution","long tasks over 50 ms in Performance panel","yield to main thread scheduler.yield","startTransition or useDeferredValue","Web Workers and defer third-party scripts"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"performance","inp","main-thread"}'
  ),
  (
    'How does CSS specificity work, and how do you keep styles maintainable in a large codebase?',
    'technical',
    'frontend',
    'easy',
    '{"frontend-developer","full-stack-developer"}',
    '{"CSS"}',
    '{"CSS"}',
    120,
    '[]'::jsonb,
    'When rules conflict, the browser compares origin and importance, then cascade layers, then specificity, then source order. Specificity is counted as a tuple (ID selectors, class/attribute/pseudo-class selectors, type/pseudo-element selectors); inline styles beat selectors and `!important` overrides normal declarations. `:where()` has zero specificity, while `:is()` and `:not()` take the specificity of their most specific argument. To keep styles maintainable, keep specificity low and flat (single classes), avoid IDs and `!important` for styling, and scope styles with CSS Modules, a naming convention like BEM, or utility-first CSS. Cascade layers (`@layer`) let you order resets, base styles, components and utilities explicitly.',
    '{"cascade order origin layers specificity source order","specificity tuple IDs classes types","inline styles and !important",":where zero specificity","low flat specificity with single classes","cascade layers or CSS Modules for scoping"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"css","specificity","cascade"}'
  ),
  (
    'When would you use CSS Flexbox versus CSS Grid?',
    'technical',
    'frontend',
    'easy',
    '{"frontend-developer","full-stack-developer"}',
    '{"CSS"}',
    '{"CSS"}',
    120,
    '[]'::jsonb,
    'Flexbox is one-dimensional: it lays items out along a single row or column and is content-driven, making it ideal for nav bars, button groups, centring and distributing space among items of varying size with `flex-grow`, `flex-shrink` and `gap`. Grid is two-dimensional: you define rows and columns and place items into them, which suits page layouts, card galleries and anything that must align in both directions. Grid features like `grid-template-areas`, `repeat(auto-fill, minmax(200px, 1fr))` and `subgrid` build responsive layouts with few or no media queries. They compose well: a grid for the page and flex inside components. Both support `gap` and alignment properties like `align-items`.',
    '{"flexbox one-dimensional","grid two-dimensional rows and columns","flex-grow flex-shrink for content sizing","auto-fill minmax responsive grid","combine grid layout with flex components"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"css","layout","flexbox","grid"}'
  ),
  (
    'Explain the CSS box model and the effect of `box-sizing: border-box`.',
    'technical',
    'frontend',
    'easy',
    '{"frontend-developer","full-stack-developer"}',
    '{"CSS"}',
    '{"CSS","HTML"}',
    120,
    '[]'::jsonb,
    'Every element is rendered as a box made of content, padding, border and margin. With the default `box-sizing: content-box`, `width` and `height` apply only to the content, so padding and border are added on top, which makes a `width: 100%` element with padding overflow its container. `box-sizing: border-box` makes width and height include padding and border, so sizes are predictable; most resets apply it globally with `*, *::before, *::after { box-sizing: border-box; }`. Margins sit outside the border and vertical margins between block elements can collapse into a single margin. Inline elements ignore width and height, and vertical margins do not push other lines away.',
    '{"content padding border margin","content-box default adds padding to width","border-box includes padding and border","global box-sizing reset","vertical margin collapsing"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"css","box-model","fundamentals"}'
  ),
  (
    'How do you make a web application accessible? Discuss semantic HTML, ARIA and testing.',
    'technical',
    'frontend',
    'medium',
    '{"frontend-developer","full-stack-developer","qa-engineer"}',
    '{"HTML","React"}',
    '{"Accessibility","HTML"}',
    180,
    '[]'::jsonb,
    'Start with semantic HTML: native `button`, `a`, `label`, headings in order, landmarks like `nav` and `main`, and lists, which give keyboard support and screen-reader semantics for free. ARIA supplements semantics only when no native element exists; the first rule of ARIA is not to use it when HTML suffices, and incorrect ARIA is worse than none. Ensure everything works with the keyboard alone, with a visible focus indicator and logical focus order; provide text alternatives for images, labelled form controls with associated error messages, and sufficient colour contrast (4.5:1 for normal text per WCAG AA). Announce dynamic changes with live regions. Test with automated tools such as axe or Lighthouse, which catch roughly a third of issues, plus manual keyboard testing and screen readers like NVDA or VoiceOver.',
    '{"semantic HTML native elements","first rule of ARIA","keyboard navigation and visible focus","alt text and labelled form controls","colour contrast WCAG AA 4.5:1","axe automated plus screen reader testing"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"accessibility","a11y","wcag"}'
  ),
  (
    'How would you implement an accessible modal dialog? Cover focus management and screen-reader behaviour.',
    'technical',
    'frontend',
    'hard',
    '{"frontend-developer","full-stack-developer"}',
    '{"HTML","React"}',
    '{"Accessibility","React"}',
    240,
    '[]'::jsonb,
    'Prefer the native `<dialog>` element with `showModal()`, which provides a top layer, a backdrop, makes the rest of the page inert and closes on Escape. A custom implementation needs `role="dialog"` and `aria-modal="true"`, an accessible name via `aria-labelledby` pointing to the title, and optionally `aria-describedby`. When the dialog opens, move focus to the first meaningful element or the dialog itself; trap focus inside so Tab and Shift+Tab cycle through its controls; and make background content inert (the `inert` attribute) so screen readers cannot wander outside. Close on Escape and return focus to the element that opened it. Prevent background scrolling and render it in a portal to avoid z-index and overflow issues, and test with keyboard and a screen reader.',
    '{"native dialog element showModal","role dialog aria-modal aria-labelledby","move focus into dialog on open","focus trap Tab cycling","inert background content","Escape closes and return focus to trigger"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"accessibility","modal","focus-management"}'
  ),
  (
    'Walk through the browser rendering pipeline. What causes layout thrashing and how do you avoid it?',
    'technical',
    'frontend',
    'hard',
    '{"frontend-developer","full-stack-developer"}',
    '{"JavaScript","CSS"}',
    '{"Web Performance","CSS","JavaScript"}',
    240,
    '[]'::jsonb,
    'The browser parses HTML into the DOM and CSS into the CSSOM, combines them into a render tree, computes geometry in layout (reflow), paints pixels into layers and finally composites the layers on the GPU. Changing geometric properties (width, top) triggers layout, paint and composite; changing colour triggers paint; `transform` and `opacity` can be handled by the compositor alone, which is why they are preferred for animations. Layout thrashing happens when JavaScript interleaves DOM writes with reads of layout properties such as `offsetHeight` or `getBoundingClientRect()` in a loop, forcing a synchronous layout on every read. Avoid it by batching all reads before writes, using `requestAnimationFrame` for visual updates, and libraries like fastdom. `will-change`, `contain` and `content-visibility` further limit the scope of layout and paint work.',
    '{"DOM CSSOM render tree layout paint composite","geometry changes trigger reflow","transform and opacity compositor-only","forced synchronous layout when reading after writing","batch reads then writes","requestAnimationFrame and CSS containment"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"performance","rendering","browser-internals"}'
  ),
  (
    'What is CORS, why does it exist, and how does a preflight request work?',
    'technical',
    'frontend',
    'medium',
    '{"frontend-developer","full-stack-developer","backend-developer"}',
    '{"HTTP"}',
    '{"Security","REST APIs","Networking"}',
    180,
    '[]'::jsonb,
    'Browsers enforce the same-origin policy: scripts on one origin (scheme, host and port) cannot read responses from another origin. CORS is the mechanism that lets a server opt in to cross-origin reads by returning headers such as `Access-Control-Allow-Origin`. Requests that are not "simple" — methods other than GET/HEAD/POST, custom headers like `Authorization`, or JSON content types — trigger a preflight `OPTIONS` request with `Access-Control-Request-Method` and `-Headers`, and the server must answer with matching allow headers; `Access-Control-Max-Age` caches the result. Credentialed requests (cookies) require `Access-Control-Allow-Credentials: true` and a specific origin, not `*`. CORS protects users'' browsers, not your server: it does not stop curl or server-side requests, and it is not a CSRF defence on its own.',
    '{"same-origin policy scheme host port","Access-Control-Allow-Origin header","preflight OPTIONS for non-simple requests","credentials require specific origin not wildcard","Access-Control-Max-Age caching","browser enforcement not server protection"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"cors","http","security"}'
  ),
  (
    'How do you prevent cross-site scripting (XSS) in a modern React application?',
    'technical',
    'frontend',
    'hard',
    '{"frontend-developer","full-stack-developer"}',
    '{"React","TypeScript"}',
    '{"Security","React"}',
    240,
    '[]'::jsonb,
    'XSS happens when attacker-controlled data is executed as script in your origin, allowing session theft or actions as the user. React escapes values interpolated into JSX by default, which prevents most reflected and stored XSS, but there are escape hatches: `dangerouslySetInnerHTML` requires sanitisation with a library like DOMPurify, and `href` or `src` values must be validated because `javascript:` URLs execute. Direct DOM APIs (`innerHTML`, `insertAdjacentHTML`), `eval`, and server-rendered state injected into script tags without proper JSON escaping are also risks. Add defence in depth with a strict Content Security Policy using nonces or hashes and `strict-dynamic`, Trusted Types to lock down DOM sinks, and `HttpOnly` cookies so a successful injection cannot read session tokens. Keep dependencies patched, since third-party scripts run with full privileges.',
    '{"React escapes JSX interpolation by default","dangerouslySetInnerHTML needs DOMPurify sanitisation","javascript URLs in href","Content Security Policy with nonces","Trusted Types for DOM sinks","HttpOnly cookies limit token theft"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"security","xss","react"}'
  ),
  (
    'Explain TypeScript generics and some built-in utility types. Give an example of a well-typed generic function.',
    'technical',
    'frontend',
    'medium',
    '{"frontend-developer","full-stack-developer","backend-developer"}',
    '{"TypeScript"}',
    '{"TypeScript"}',
    180,
    '[]'::jsonb,
    'Generics let you write functions and types that work over many types while preserving the relationship between inputs and outputs, e.g. `function first<T>(items: T[]): T | undefined`. Constraints narrow what is accepted: `function pluck<T, K extends keyof T>(obj: T, key: K): T[K]` returns exactly the type of that property, so misspelt keys fail to compile. Utility types transform existing types: `Partial<T>`, `Required<T>`, `Readonly<T>`, `Pick<T, K>`, `Omit<T, K>`, `Record<K, V>`, and `ReturnType<F>`/`Parameters<F>`. They are built from mapped types and conditional types, so you can write your own, such as `DeepPartial<T>`. Avoid unnecessary type parameters: if a generic appears only once, a concrete type or `unknown` is clearer.',
    '{"preserve relationship between input and output types","constraints with extends keyof","indexed access type T[K]","Partial Pick Omit Record utility types","mapped and conditional types","avoid unnecessary type parameters"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"typescript","generics","type-system"}'
  ),
  (
    'In TypeScript, what is the difference between `any`, `unknown` and `never`?',
    'technical',
    'frontend',
    'easy',
    '{"frontend-developer","full-stack-developer","backend-developer"}',
    '{"TypeScript"}',
    '{"TypeScript"}',
    120,
    '[]'::jsonb,
    '`any` disables type checking: you can do anything with it and it silently spreads unsafety through the code, so it should be a last resort. `unknown` is the type-safe top type: any value can be assigned to it, but you must narrow it with `typeof`, `instanceof`, type guards or schema validation (e.g. zod) before using it, which makes it ideal for API responses and `catch` clause errors. `never` is the bottom type that has no values; it is the return type of functions that always throw or never return, and it appears in exhaustive checks where assigning a value to `never` in a `switch` default forces a compile error when a new union member is not handled. Enabling `strict` mode and `noImplicitAny` keeps accidental `any` out.',
    '{"any disables type checking","unknown requires narrowing before use","validate external data with type guards or schema","never has no values","exhaustive switch check with never","strict mode noImplicitAny"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"typescript","type-system"}'
  ),
  (
    'How would you reduce the JavaScript bundle size of a large single-page application?',
    'technical',
    'frontend',
    'medium',
    '{"frontend-developer","full-stack-developer"}',
    '{"Vite","webpack","React"}',
    '{"Web Performance","JavaScript"}',
    180,
    '[]'::jsonb,
    'Measure first with a bundle analyser (e.g. rollup-plugin-visualizer or webpack-bundle-analyzer) and track size budgets in CI. Split code by route and by rarely used features with dynamic `import()` and `React.lazy`, so users download only what the current page needs. Enable tree shaking by using ES modules and side-effect-free packages, import specific functions instead of whole libraries, and replace heavy dependencies (moment.js with date-fns or `Intl`, lodash with native methods). Serve modern syntax to modern browsers instead of over-transpiling and polyfilling, and compress with Brotli. Move non-critical third-party scripts off the critical path and preload only critical chunks. Long-term caching with content-hashed filenames keeps repeat visits cheap.',
    '{"bundle analyser and size budgets","route-based code splitting with dynamic import","tree shaking with ES modules","replace heavy dependencies","avoid unnecessary polyfills","Brotli compression and content-hashed caching"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"performance","bundling","code-splitting"}'
  ),
  (
    'What causes memory leaks in long-running single-page applications, and how do you find them?',
    'technical',
    'frontend',
    'hard',
    '{"frontend-developer","full-stack-developer"}',
    '{"JavaScript","React","Chrome DevTools"}',
    '{"JavaScript","Web Performance"}',
    240,
    '[]'::jsonb,
    'Leaks occur when objects remain reachable from a GC root after they are no longer needed. Common causes in SPAs are event listeners, intervals and subscriptions that are not removed when a component unmounts (missing effect cleanup), detached DOM nodes still referenced from JavaScript, unbounded caches or global arrays, closures capturing large objects, and third-party widgets that are never destroyed. To find them, reproduce a user flow repeatedly and watch the memory timeline in Chrome DevTools; take heap snapshots before and after, compare them, and filter for "Detached" elements and growing object counts, following the retainers path to the root that holds them. Fix with cleanup functions, `AbortController` for fetch and listeners, bounded LRU caches, and `WeakMap`/`WeakRef` for metadata keyed by objects.',
    '{"objects reachable from GC roots","listeners and intervals not cleaned up on unmount","detached DOM nodes","unbounded caches","heap snapshot comparison and retainers","WeakMap and AbortController fixes"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"memory","performance","debugging"}'
  ),
  (
    'Compare cookies, localStorage, sessionStorage and IndexedDB. Where should an authentication token be stored?',
    'technical',
    'frontend',
    'easy',
    '{"frontend-developer","full-stack-developer","mobile-developer"}',
    '{"JavaScript","HTTP"}',
    '{"Security","JavaScript"}',
    120,
    '[]'::jsonb,
    'Cookies are small (about 4 KB), sent automatically with every matching HTTP request, and can be marked `HttpOnly` (unreadable by JavaScript), `Secure` and `SameSite`. localStorage persists across sessions and sessionStorage only for the tab''s lifetime; both are synchronous, string-only, about 5 MB per origin, and readable by any script on the page. IndexedDB is an asynchronous transactional database for larger structured data and offline use. Tokens stored in localStorage can be stolen by any XSS, so session tokens are best held in `HttpOnly; Secure; SameSite=Lax` (or Strict) cookies, combined with CSRF protection for state-changing requests. If an SPA must hold an access token in JavaScript, keep it short-lived in memory and use a refresh token in an HttpOnly cookie.',
    '{"cookies sent with every request","HttpOnly Secure SameSite flags","localStorage readable by any script XSS risk","sessionStorage per tab","IndexedDB asynchronous larger storage","CSRF protection with cookies"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"storage","security","auth"}'
  ),
  (
    'What is a service worker, and how would you use one to make a web app work offline?',
    'technical',
    'frontend',
    'medium',
    '{"frontend-developer","full-stack-developer"}',
    '{"JavaScript","Workbox"}',
    '{"Web Performance","JavaScript"}',
    180,
    '[]'::jsonb,
    'A service worker is a script that runs in the background, separate from the page, and acts as a programmable network proxy for its scope via the `fetch` event; it requires HTTPS. Its lifecycle is register, install (pre-cache the app shell), and activate (clean up old caches); a new version waits until old tabs close unless you call `skipWaiting()` and `clients.claim()`, which needs care to avoid mixing asset versions. Choose a caching strategy per resource: cache-first for hashed static assets, network-first for HTML and API data that should be fresh, and stale-while-revalidate for things like avatars. Queue failed writes in IndexedDB and replay them with Background Sync. Tools like Workbox generate precache manifests and strategies; a web app manifest plus service worker makes the app installable as a PWA.',
    '{"background script acting as network proxy","install activate lifecycle and updates","cache-first for static assets","network-first or stale-while-revalidate for data","offline writes queued with Background Sync","Workbox and web app manifest"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"pwa","offline","service-worker"}'
  )
on conflict do nothing;

-- Technical: backend (24 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'Which HTTP methods are safe and which are idempotent? Why does idempotency matter for API design?',
    'technical',
    'backend',
    'easy',
    '{"backend-developer","full-stack-developer","software-engineer"}',
    '{"HTTP"}',
    '{"REST APIs"}',
    120,
    '[]'::jsonb,
    'Safe methods (GET, HEAD, OPTIONS) must not change server state, so they can be cached and prefetched. Idempotent methods produce the same server state whether a request is sent once or many times: GET, HEAD, PUT, DELETE and OPTIONS are idempotent, while POST is not, and PATCH is not guaranteed to be. Idempotency matters because networks fail: a client that times out does not know if its request succeeded, and retries of non-idempotent operations can create duplicate orders or charges. For POST endpoints that must be retry-safe, accept an `Idempotency-Key` header, store the key with the result, and return the stored result for repeats. Use PUT for full replacement at a known URI and POST for creation when the server assigns the id.',
    '{"safe methods do not change state","idempotent GET PUT DELETE","POST not idempotent","retries after timeouts cause duplicates","Idempotency-Key header stored with result"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"http","rest","idempotency"}'
  ),
  (
    'Which HTTP status codes would you return for common API outcomes, and what is the difference between 401 and 403?',
    'technical',
    'backend',
    'easy',
    '{"backend-developer","full-stack-developer","software-engineer","qa-engineer"}',
    '{"HTTP"}',
    '{"REST APIs"}',
    120,
    '[]'::jsonb,
    'Use 200 for a successful read or update with a body, 201 Created with a `Location` header for creation, 202 Accepted for asynchronous processing, and 204 No Content when there is no body. Client errors: 400 for malformed requests, 404 when the resource does not exist, 409 for conflicts such as version mismatches or duplicates, 422 for semantically invalid input, and 429 for rate limiting with `Retry-After`. 401 Unauthorized actually means unauthenticated — no or invalid credentials — and should include a `WWW-Authenticate` header; 403 Forbidden means the caller is authenticated but not permitted. Some APIs return 404 instead of 403 to avoid revealing that a resource exists. 5xx codes signal server faults (500, 502, 503 with Retry-After, 504), and error bodies should follow a consistent format such as RFC 9457 problem details.',
    '{"201 Created with Location header","204 No Content","400 404 409 422 client errors","401 unauthenticated versus 403 forbidden","429 with Retry-After","consistent error format problem details"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"http","rest","status-codes"}'
  ),
  (
    'Explain the different types of SQL joins with an example of when you would use each.',
    'technical',
    'backend',
    'easy',
    '{"backend-developer","full-stack-developer","data-engineer","data-scientist"}',
    '{"SQL","PostgreSQL"}',
    '{"SQL"}',
    120,
    '[]'::jsonb,
    'An INNER JOIN returns only rows with matches in both tables, e.g. orders with their customers. A LEFT (OUTER) JOIN returns all rows from the left table and matching rows from the right, with NULLs where there is no match — useful for "all customers and their order counts, including zero", or with `WHERE right.id IS NULL` to find customers without orders (an anti-join). RIGHT JOIN is the mirror image and is usually rewritten as a LEFT JOIN. FULL OUTER JOIN keeps unmatched rows from both sides, useful for reconciling two data sources. CROSS JOIN produces the Cartesian product, e.g. generating every date × product combination. Watch for row multiplication when joining one-to-many relationships before aggregating, and put filters on the right table in the ON clause for LEFT JOINs, since filtering in WHERE turns it into an inner join.',
    '{"INNER JOIN only matching rows","LEFT JOIN keeps all left rows with NULLs","anti-join with IS NULL","FULL OUTER JOIN for reconciliation","CROSS JOIN Cartesian product","row multiplication in one-to-many joins"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"sql","joins","fundamentals"}'
  ),
  (
    'How does a B-tree index work, and when can adding an index make things worse?',
    'technical',
    'backend',
    'medium',
    '{"backend-developer","full-stack-developer","data-engineer"}',
    '{"PostgreSQL","MySQL"}',
    '{"Databases","SQL","PostgreSQL"}',
    180,
    '[]'::jsonb,
    'A B-tree index is a balanced tree of sorted keys with pointers to table rows, so equality and range lookups, ORDER BY and prefix matches take O(log n) page reads instead of a full table scan. Composite indexes are sorted by their columns in order, so an index on `(customer_id, created_at)` serves queries filtering on customer_id alone or on both, but not on created_at alone (the leftmost prefix rule). Covering indexes (or `INCLUDE` columns) allow index-only scans. Indexes are not free: every insert, update and delete must maintain them, they consume memory and disk, and too many slow writes. They do not help with low-selectivity columns where a large fraction of rows match, functions applied to the column (unless an expression index exists), or leading-wildcard LIKE patterns. Verify with EXPLAIN ANALYZE and drop unused indexes using statistics views.',
    '{"balanced tree of sorted keys O(log n)","composite index leftmost prefix rule","covering index index-only scan","write amplification on insert and update","low selectivity columns not helped","verify with EXPLAIN ANALYZE"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"databases","indexes","performance"}'
  ),
  (
    'Explain the SQL transaction isolation levels and the anomalies each one prevents. What does PostgreSQL do differently?',
    'technical',
    'backend',
    'hard',
    '{"backend-developer","full-stack-developer","data-engineer","software-engineer"}',
    '{"PostgreSQL"}',
    '{"Databases","PostgreSQL"}',
    240,
    '[]'::jsonb,
    'The SQL standard defines four levels by the anomalies they forbid: Read Uncommitted allows dirty reads; Read Committed prevents dirty reads but allows non-repeatable reads; Repeatable Read also prevents non-repeatable reads but allows phantoms in the standard; Serializable prevents all anomalies so transactions behave as if run one at a time. PostgreSQL implements isolation with MVCC snapshots: Read Committed (the default) takes a new snapshot per statement, Repeatable Read uses one snapshot for the whole transaction, which also prevents phantoms but still allows write skew, and Read Uncommitted behaves like Read Committed. Serializable uses Serializable Snapshot Isolation, detecting dangerous read/write dependencies and aborting one transaction with a serialization failure (SQLSTATE 40001), so applications must retry. Lost updates at Read Committed are avoided with `SELECT ... FOR UPDATE`, atomic `UPDATE ... SET x = x + 1`, or optimistic version checks.',
    '{"dirty read non-repeatable read phantom read","Read Committed snapshot per statement","Repeatable Read snapshot per transaction","write skew anomaly","Serializable Snapshot Isolation with serialization failures","retry on SQLSTATE 40001 and SELECT FOR UPDATE for lost updates"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"databases","transactions","isolation","mvcc"}'
  ),
  (
    'What does ACID mean for a database transaction?',
    'technical',
    'backend',
    'easy',
    '{"backend-developer","full-stack-developer","data-engineer","software-engineer"}',
    '{"PostgreSQL"}',
    '{"Databases"}',
    120,
    '[]'::jsonb,
    'Atomicity means all operations in a transaction take effect or none do: if a money transfer debits one account and the credit fails, the debit is rolled back. Consistency means a transaction moves the database from one valid state to another, respecting constraints such as foreign keys, unique indexes and check constraints. Isolation means concurrent transactions do not see each other''s intermediate states, to the degree set by the isolation level. Durability means once a commit is acknowledged, the data survives crashes, typically through a write-ahead log flushed to disk before the commit returns. Many NoSQL systems relax some of these guarantees (often isolation or multi-record atomicity) for scalability, which is the trade-off behind "BASE".',
    '{"atomicity all or nothing rollback","consistency constraints preserved","isolation concurrent transactions","durability write-ahead log","NoSQL trade-offs BASE"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"databases","transactions","fundamentals"}'
  ),
  (
    'What is the N+1 query problem, how do you detect it, and how do you fix it?',
    'technical',
    'backend',
    'medium',
    '{"backend-developer","full-stack-developer","software-engineer"}',
    '{"ORM","SQL","GraphQL"}',
    '{"Databases","SQL","GraphQL"}',
    180,
    '[]'::jsonb,
    'The N+1 problem occurs when code loads a list with one query and then issues one additional query per item to fetch related data — e.g. 1 query for 100 posts plus 100 queries for their authors — usually hidden behind ORM lazy loading. Each query adds a network round trip, so latency grows linearly with the list size. Detect it with query logging per request, APM traces showing many similar queries, or test assertions on query counts. Fix it with eager loading (`JOIN` or the ORM''s `include`/`prefetch_related`), a single batched `WHERE id IN (...)` query, or in GraphQL a DataLoader that batches and caches lookups within a request. Be careful that eager joins over several one-to-many relations can explode row counts, in which case separate batched queries are better.',
    '{"one query for list plus one per item","ORM lazy loading hides it","detect via query logs or APM traces","eager loading with JOIN or include","batch with WHERE IN","DataLoader batching in GraphQL"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"databases","orm","performance"}'
  ),
  (
    'Describe common caching strategies (cache-aside, write-through, write-behind) and how you handle cache invalidation.',
    'technical',
    'backend',
    'medium',
    '{"backend-developer","full-stack-developer","software-engineer"}',
    '{"Redis","Memcached"}',
    '{"Caching","Distributed Systems"}',
    180,
    '[]'::jsonb,
    'Cache-aside (lazy loading) is the most common: the application reads from the cache, and on a miss reads the database and populates the cache with a TTL. Write-through writes to the cache and database together so the cache is always warm but adds write latency; write-behind writes to the cache and flushes to the database asynchronously, which is fast but risks data loss. Invalidation options are TTLs (bounded staleness), explicit deletion on write (delete rather than update to avoid races between concurrent writers), and event-driven invalidation from change streams. Protect against a cache stampede when a hot key expires with request coalescing, locks or probabilistic early refresh, and add jitter to TTLs. Also decide what to do when the cache is down, and never cache per-user data under shared keys.',
    '{"cache-aside lazy loading with TTL","write-through versus write-behind","delete key on write instead of update","TTL bounds staleness","cache stampede protection request coalescing","jitter on expirations"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"caching","redis","consistency"}'
  ),
  (
    'Node.js is single-threaded. How does it handle thousands of concurrent connections, and what happens when you run CPU-heavy work in a request handler?',
    'technical',
    'backend',
    'medium',
    '{"backend-developer","full-stack-developer","software-engineer"}',
    '{"Node.js"}',
    '{"Node.js","JavaScript"}',
    180,
    '[]'::jsonb,
    'Node.js runs JavaScript on a single thread with an event loop backed by libuv. Network I/O uses non-blocking OS mechanisms (epoll, kqueue), so one thread can wait on thousands of sockets and run callbacks as data arrives; file system operations, DNS lookups and some crypto run on libuv''s thread pool (4 threads by default). Because all JavaScript shares one thread, CPU-heavy work such as large JSON parsing, image processing, synchronous crypto or a catastrophic regex blocks the event loop, and every other request stalls, raising tail latency for all users. Detect it with event-loop lag metrics or `--cpu-prof`. Fix it by moving the work to `worker_threads`, a separate service or job queue, chunking work with `setImmediate`, or using streaming parsers; scale across cores with multiple processes or containers.',
    '{"event loop with libuv","non-blocking I/O epoll","libuv thread pool for file system and crypto","CPU-bound work blocks event loop for all requests","event loop lag monitoring","worker_threads or job queue"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"nodejs","event-loop","concurrency"}'
  ),
  (
    'Explain Node.js streams and backpressure. How would you process a 10 GB CSV file upload without running out of memory?',
    'technical',
    'backend',
    'hard',
    '{"backend-developer","full-stack-developer","data-engineer"}',
    '{"Node.js"}',
    '{"Node.js","Data Pipelines"}',
    240,
    '[]'::jsonb,
    'Streams process data incrementally in chunks: Readable, Writable, Duplex and Transform streams. Backpressure is the mechanism that keeps a fast producer from overwhelming a slow consumer: `writable.write()` returns false when its internal buffer exceeds `highWaterMark`, and the producer must pause until the `drain` event. `stream.pipeline()` (or `pipeline` from `node:stream/promises`) wires streams together, propagates backpressure and errors, and destroys all streams on failure, unlike bare `.pipe()`. For a 10 GB CSV, stream the request body through a streaming CSV parser Transform, batch rows (e.g. 1,000 at a time) into database inserts or COPY, and only pull more data once each batch is written. Memory stays bounded by buffer sizes instead of file size; also enforce upload size limits and handle client aborts.',
    '{"Readable Writable Transform streams","write returns false when buffer exceeds highWaterMark","wait for drain event","stream.pipeline propagates errors and backpressure","streaming CSV parser with batched inserts","memory bounded by buffer not file size"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"nodejs","streams","backpressure"}'
  ),
  (
    'Compare session-based authentication with JWT-based authentication. What are the trade-offs?',
    'technical',
    'backend',
    'medium',
    '{"backend-developer","full-stack-developer","software-engineer"}',
    '{"Node.js","JWT"}',
    '{"Security","REST APIs"}',
    180,
    '[]'::jsonb,
    'With sessions, the server stores session state (in memory, a database or Redis) and the client holds an opaque session id in an HttpOnly cookie; revocation is instant by deleting the session, but each request needs a lookup. A JWT is a signed, self-contained token carrying claims such as user id, roles and expiry, which any service with the key can verify without a lookup, making it convenient for distributed systems and third-party APIs. The trade-off is revocation: a JWT is valid until it expires, so use short-lived access tokens (5–15 minutes) plus refresh tokens that can be rotated and revoked, or a denylist. Always validate the signature, algorithm (never accept `none`), issuer, audience and expiry, and avoid putting sensitive data in the payload since it is only encoded, not encrypted. For a typical first-party web app, sessions in HttpOnly cookies are simpler and safer.',
    '{"server-side session state with opaque id","JWT signed self-contained claims","revocation difficulty of JWT","short-lived access token plus refresh token rotation","validate signature algorithm audience expiry","payload encoded not encrypted"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"auth","jwt","sessions","security"}'
  ),
  (
    'Walk through the OAuth 2.0 Authorization Code flow with PKCE. Why is PKCE needed, and how does OpenID Connect relate to OAuth?',
    'technical',
    'backend',
    'hard',
    '{"backend-developer","full-stack-developer","software-engineer"}',
    '{"OAuth 2.0","OpenID Connect"}',
    '{"Security","REST APIs"}',
    240,
    '[]'::jsonb,
    'The client generates a random `code_verifier` and sends its SHA-256 hash as the `code_challenge` when redirecting the user to the authorization server, along with `client_id`, `redirect_uri`, `scope` and a random `state` for CSRF protection. After the user authenticates and consents, the server redirects back with a short-lived authorization code; the client exchanges the code plus the original `code_verifier` at the token endpoint for an access token (and optionally a refresh token). PKCE ensures that an attacker who intercepts the authorization code — via a malicious app registered for the same custom URL scheme or a leaked redirect — cannot redeem it without the verifier, which is essential for public clients like SPAs and mobile apps that cannot keep a client secret; OAuth 2.1 requires it for all clients. The implicit flow is deprecated because it returned tokens in the URL. OAuth is for delegated authorisation; OpenID Connect adds authentication on top with an ID token (a JWT about the user), a userinfo endpoint and standard scopes like `openid profile email`.',
    '{"code_verifier and code_challenge S256","state parameter against CSRF","exchange authorization code at token endpoint","PKCE prevents intercepted code redemption","public clients cannot keep secrets","OpenID Connect ID token for authentication"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"oauth","pkce","oidc","security"}'
  ),
  (
    'What is SQL injection and how do you prevent it?',
    'technical',
    'backend',
    'easy',
    '{"backend-developer","full-stack-developer","software-engineer","qa-engineer"}',
    '{"SQL","Node.js"}',
    '{"Security","SQL"}',
    120,
    '[]'::jsonb,
    'SQL injection happens when untrusted input is concatenated into a SQL string, so an attacker can change the query''s structure — for example input `'' OR 1=1 --` in a login form, or `; DROP TABLE` — to read or modify data they should not access. The primary defence is parameterised queries (prepared statements), where the SQL text and the values are sent separately so input can never be interpreted as SQL; ORMs and query builders do this by default, but raw-query escape hatches must still use placeholders. Identifiers such as table or column names cannot be parameterised, so validate them against an allowlist. Defence in depth includes running the application with a least-privilege database user, input validation, and avoiding detailed database errors in responses. It is consistently in the OWASP Top 10 under Injection.',
    '{"untrusted input concatenated into query","parameterised queries prepared statements","ORM raw query escape hatches","allowlist for identifiers","least-privilege database user","OWASP Top 10 injection"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"security","sql-injection","owasp"}'
  ),
  (
    'Compare offset-based and cursor-based (keyset) pagination for an API.',
    'technical',
    'backend',
    'medium',
    '{"backend-developer","full-stack-developer","frontend-developer"}',
    '{"PostgreSQL","REST"}',
    '{"REST APIs","Databases","SQL"}',
    180,
    '[]'::jsonb,
    'Offset pagination (`LIMIT 20 OFFSET 10000`) is simple and supports jumping to page N, but the database must scan and discard all skipped rows, so deep pages get slower, and concurrent inserts or deletes shift rows, causing duplicates or skipped items between pages. Cursor (keyset) pagination remembers the last item''s sort key and queries `WHERE (created_at, id) < ($1, $2) ORDER BY created_at DESC, id DESC LIMIT 20`, which uses an index and stays fast at any depth and stable under inserts. It requires a unique, deterministic sort order — add the primary key as a tiebreaker — and an index matching it. Cursors are usually returned as opaque base64-encoded tokens so clients cannot depend on their format. The downside is no random page access, which is fine for infinite scroll and APIs but not for numbered page UIs.',
    '{"OFFSET scans and discards rows slow deep pages","inserts cause duplicates or skipped rows","keyset WHERE on last sort key","unique tiebreaker in ORDER BY","index matching sort order","opaque cursor token"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"api-design","pagination","performance"}'
  ),
  (
    'Message queues typically provide at-least-once delivery. How do you build consumers that behave correctly despite duplicates and out-of-order messages?',
    'technical',
    'backend',
    'hard',
    '{"backend-developer","data-engineer","software-engineer"}',
    '{"Kafka","RabbitMQ","SQS"}',
    '{"Distributed Systems","Data Pipelines"}',
    240,
    '[]'::jsonb,
    'A consumer that crashes after processing but before acknowledging will receive the message again, so exactly-once delivery is not achievable in general; instead aim for effectively-once processing with idempotent consumers. Give every message a unique id and record processed ids in the same database transaction as the side effect (an inbox or deduplication table), or make the operation naturally idempotent, e.g. upserts keyed by business id or "set status to shipped" rather than "increment". For ordering, partition by entity key (Kafka partitions or SQS FIFO message groups) so events for one entity are processed in order, and carry a version or sequence number so stale events can be ignored. On the producer side, use the transactional outbox pattern so database changes and published events cannot diverge. Handle poison messages with bounded retries, backoff and a dead-letter queue, and monitor consumer lag.',
    '{"at-least-once delivery duplicates on redelivery","idempotent consumers with processed message ids","deduplication in same transaction as side effect","partition by key for per-entity ordering","version numbers to ignore stale events","transactional outbox and dead-letter queue"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"messaging","idempotency","distributed-systems"}'
  ),
  (
    'Why do applications use database connection pools, and how do you size them?',
    'technical',
    'backend',
    'medium',
    '{"backend-developer","full-stack-developer","devops-engineer"}',
    '{"PostgreSQL","PgBouncer"}',
    '{"Databases","PostgreSQL"}',
    180,
    '[]'::jsonb,
    'Opening a database connection is expensive (TCP and TLS handshakes, authentication, and in PostgreSQL a new backend process using several MB of memory), so pools keep a set of open connections and lend them to requests. Bigger is not better: the database can only execute roughly as many queries in parallel as it has CPU cores and disk throughput, and too many connections cause context switching, lock contention and memory pressure. A common starting point is around `cores × 2` active connections on the database, divided among all application instances, so 20 app pods × 50 connections can easily exceed PostgreSQL''s `max_connections`. Use an external pooler such as PgBouncer in transaction mode when many instances or serverless functions connect, noting it breaks session-level features like prepared statements or advisory locks in older setups. Set acquire timeouts so requests fail fast instead of queueing forever, and monitor pool wait time and saturation.',
    '{"connection setup is expensive","PostgreSQL process per connection","pool size near cores times two not larger","total across all application instances","PgBouncer transaction pooling","acquire timeout and pool wait metrics"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"databases","connection-pooling","postgres"}'
  ),
  (
    'Compare optimistic and pessimistic concurrency control. How would you prevent two users from overwriting each other''s edits?',
    'technical',
    'backend',
    'hard',
    '{"backend-developer","full-stack-developer","software-engineer"}',
    '{"PostgreSQL","HTTP"}',
    '{"Databases","Distributed Systems","REST APIs"}',
    240,
    '[]'::jsonb,
    'Pessimistic locking acquires a lock before changing data — `SELECT ... FOR UPDATE` in SQL — so other writers wait; it suits short transactions with high contention, such as inventory decrements, but risks deadlocks and cannot span a user think-time. Optimistic concurrency assumes conflicts are rare: each row has a version number (or updated_at), and the update includes `WHERE id = $1 AND version = $2`, incrementing the version; if zero rows are updated, someone else changed it and the client gets a conflict. Over HTTP this maps to ETags: the client sends `If-Match` with the ETag it read, and the server returns 412 Precondition Failed (or 409) when it no longer matches, letting the UI show a merge or reload prompt. For the "lost update" problem in editing UIs, optimistic control is the right default; for real-time collaboration you need OT or CRDTs instead. Keep locks short, lock rows in a consistent order, and set lock timeouts.',
    '{"pessimistic SELECT FOR UPDATE locks","optimistic version column check","zero rows updated signals conflict","ETag with If-Match and 412 Precondition Failed","lost update problem","consistent lock ordering to avoid deadlocks"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"concurrency","locking","databases"}'
  ),
  (
    'How would you version a public REST API, and how do you avoid breaking existing clients?',
    'technical',
    'backend',
    'easy',
    '{"backend-developer","full-stack-developer","software-engineer"}',
    '{"REST","OpenAPI"}',
    '{"REST APIs"}',
    120,
    '[]'::jsonb,
    'Common strategies are a version in the URL path (`/v1/orders`), which is explicit and easy to route and cache; a header or media-type version (`Accept: application/vnd.example.v2+json`); or date-based versions pinned per client, as Stripe does. More important than the mechanism is evolving compatibly: additive changes such as new optional fields or new endpoints do not need a new version, provided clients ignore unknown fields. Breaking changes — removing or renaming fields, changing types or semantics, making optional inputs required — need a new version. Publish an OpenAPI contract, run contract tests in CI to detect breaking changes, announce deprecations with `Deprecation` and `Sunset` headers and timelines, and monitor which clients still call old versions before removing them.',
    '{"URL path version","header or media type versioning","additive changes are backward compatible","breaking changes require new version","deprecation and sunset headers","OpenAPI contract and contract tests"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"api-design","versioning","rest"}'
  ),
  (
    'When would you choose GraphQL over REST, and what problems does GraphQL introduce?',
    'technical',
    'backend',
    'medium',
    '{"backend-developer","full-stack-developer","frontend-developer","mobile-developer"}',
    '{"GraphQL","REST"}',
    '{"GraphQL","REST APIs"}',
    180,
    '[]'::jsonb,
    'GraphQL exposes a typed schema and lets clients request exactly the fields they need in one round trip, which removes over-fetching and under-fetching and suits products with many client types (web, mobile) aggregating data from several backends. The schema is self-documenting and enables strong tooling and code generation. The costs: HTTP caching is harder because most requests are POSTs to one endpoint, so you rely on client caches or persisted queries; naive resolvers cause N+1 queries, solved with DataLoader batching; and arbitrary queries can be expensive, so you need depth and complexity limits, timeouts and often persisted queries for public APIs. Authorisation must be enforced at the field or resolver level, and error handling differs (200 with an `errors` array). REST remains simpler for public resource APIs, file transfer and cache-heavy workloads.',
    '{"client specifies fields avoiding over-fetching","strongly typed schema","HTTP caching harder single endpoint","N+1 resolvers DataLoader","query depth and complexity limits","field-level authorisation"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"graphql","api-design","rest"}'
  ),
  (
    'A PostgreSQL query that used to take 50 ms now takes 5 seconds. How do you investigate using EXPLAIN ANALYZE?',
    'technical',
    'backend',
    'hard',
    '{"backend-developer","data-engineer","full-stack-developer"}',
    '{"PostgreSQL"}',
    '{"PostgreSQL","SQL","Databases"}',
    240,
    '[]'::jsonb,
    'First capture the actual plan with `EXPLAIN (ANALYZE, BUFFERS)` on a representative parameter set, and find slow statements in production via `pg_stat_statements`. Read the plan bottom-up, comparing estimated rows with actual rows at each node: large misestimates usually mean stale statistics (run `ANALYZE`, check autovacuum) or correlated columns (create extended statistics), and they lead the planner to bad choices such as nested loops over many rows. Check whether an expected index is used; sequential scans on large tables, a sort spilling to disk (`external merge`, fix with `work_mem` or an index matching ORDER BY), or heavy buffer reads point to the problem. A sudden regression can also come from data growth, table bloat from long-running transactions blocking vacuum, a generic plan chosen for a prepared statement, or lock waits, which EXPLAIN does not show — check `pg_stat_activity` and `pg_locks`. Fix with the right composite or partial index, rewriting the query, or updating statistics, and verify the new plan.',
    '{"EXPLAIN ANALYZE BUFFERS actual plan","compare estimated versus actual rows","stale statistics ANALYZE and autovacuum","sequential scan or sort spilling to disk","pg_stat_statements to find slow queries","lock waits and table bloat"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"postgres","query-optimization","debugging"}'
  ),
  (
    'Explain the CAP theorem and how it affects the design of distributed databases. How does PACELC refine it?',
    'technical',
    'backend',
    'medium',
    '{"backend-developer","data-engineer","software-engineer"}',
    '{"Cassandra","DynamoDB","PostgreSQL"}',
    '{"Distributed Systems","Databases"}',
    180,
    '[]'::jsonb,
    'CAP says that when a network partition occurs, a distributed system must choose between consistency (every read sees the latest write, i.e. linearisability) and availability (every request to a non-failed node gets a response). Since partitions cannot be ruled out in practice, the real choice is CP or AP behaviour during a partition: a CP system like etcd or ZooKeeper refuses requests on the minority side, while an AP system like Cassandra or DynamoDB with low quorum settings keeps accepting writes and reconciles later. PACELC adds that Else, when there is no partition, you still trade Latency against Consistency, e.g. synchronous replication to other regions adds latency. Many systems make this tunable per request (quorum reads and writes). Choose per use case: strong consistency for balances and uniqueness, eventual consistency for feeds, counters and caches.',
    '{"partition forces choice between consistency and availability","CP systems such as etcd","AP systems such as Cassandra","PACELC latency versus consistency without partition","tunable quorum consistency","choose per use case"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"distributed-systems","cap","consistency"}'
  ),
  (
    'What does it mean for a web service to be stateless, and why does that matter for horizontal scaling?',
    'technical',
    'backend',
    'easy',
    '{"backend-developer","full-stack-developer","devops-engineer","software-engineer"}',
    '{"Kubernetes","Redis"}',
    '{"System Design","Cloud"}',
    120,
    '[]'::jsonb,
    'A stateless service keeps no client-specific data in the memory or local disk of an instance between requests; everything needed to serve a request is in the request itself or in shared backing services such as a database, cache or object storage. Any instance can therefore handle any request, so you can add instances behind a load balancer, replace crashed ones, and autoscale without sticky sessions. Typical state to move out: sessions to Redis or signed cookies, uploads to object storage, scheduled jobs to a queue or scheduler, and in-memory caches to a shared cache where consistency matters. Horizontal scaling (more instances) is generally cheaper and more resilient than vertical scaling (a bigger machine), which has limits and a single point of failure. The twelve-factor app methodology captures this as "processes are stateless and share-nothing".',
    '{"no client state in instance memory","state in database cache or object storage","any instance can serve any request","no sticky sessions needed","horizontal versus vertical scaling","twelve-factor stateless processes"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"scalability","stateless","fundamentals"}'
  ),
  (
    'When should a team choose microservices over a monolith? What are the costs of getting it wrong?',
    'technical',
    'backend',
    'medium',
    '{"backend-developer","full-stack-developer","devops-engineer","software-engineer"}',
    '{"Kubernetes"}',
    '{"System Design","Distributed Systems"}',
    180,
    '[]'::jsonb,
    'A well-structured modular monolith is usually the right start: one deployable, simple local development, in-process calls, ACID transactions and easy refactoring. Microservices pay off when organisational scale makes independent deployment and ownership valuable (many teams stepping on each other), when parts have very different scaling, availability or technology needs, or when fault isolation matters. The costs are significant: network calls that fail and add latency, distributed transactions replaced by sagas and eventual consistency, data duplication, complex observability and debugging, and the need for mature CI/CD and platform tooling. Splitting along the wrong boundaries creates a "distributed monolith" where every change requires coordinated deploys of several services. Identify boundaries with domain-driven design (bounded contexts), extract incrementally using the strangler fig pattern, and give each service its own data.',
    '{"modular monolith as default start","independent deployment and team ownership","network failures and latency","sagas and eventual consistency instead of transactions","distributed monolith anti-pattern","bounded contexts and strangler fig migration"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"architecture","microservices","monolith"}'
  ),
  (
    'What is a database deadlock, how does PostgreSQL detect it, and how do you prevent deadlocks in application code?',
    'technical',
    'backend',
    'hard',
    '{"backend-developer","full-stack-developer","data-engineer"}',
    '{"PostgreSQL"}',
    '{"Databases","PostgreSQL"}',
    240,
    '[]'::jsonb,
    'A deadlock occurs when two or more transactions each hold a lock the other needs, e.g. transaction A updates row 1 then row 2 while B updates row 2 then row 1, so neither can proceed. PostgreSQL runs deadlock detection after a transaction has waited `deadlock_timeout` (1 second by default), finds the cycle in the wait-for graph, and aborts one transaction with SQLSTATE 40P01 so the other can continue. Prevention: acquire locks in a consistent order (e.g. sort ids before updating multiple rows), keep transactions short and avoid user interaction or network calls inside them, lock everything needed up front with `SELECT ... FOR UPDATE` in a deterministic order, and use appropriate lock strength (`FOR NO KEY UPDATE`). Foreign keys and unindexed references can take unexpected locks. Applications should still catch deadlock and serialization errors and retry the whole transaction with backoff, and `log_lock_waits` helps diagnose contention.',
    '{"circular wait between transactions","deadlock_timeout and wait-for graph detection","one transaction aborted SQLSTATE 40P01","consistent lock ordering","short transactions no network calls inside","retry transaction with backoff"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"databases","deadlocks","concurrency"}'
  )
on conflict do nothing;

-- Technical: full-stack, testing and general engineering (11 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'What happens, end to end, when a user types a URL into the browser and presses Enter?',
    'technical',
    'fullstack',
    'medium',
    '{"full-stack-developer","frontend-developer","backend-developer","software-engineer"}',
    '{"HTTP","DNS","TLS"}',
    '{"Networking","Web Performance"}',
    180,
    '[]'::jsonb,
    'The browser parses the URL and checks for HSTS and cached responses, including a service worker. It resolves the hostname via DNS — browser cache, OS cache, then the recursive resolver, which queries root, TLD and authoritative servers — to get an IP address. It opens a TCP connection (three-way handshake) or QUIC for HTTP/3, and performs a TLS handshake to authenticate the server certificate and agree on keys. It sends the HTTP request with headers and cookies; the request may pass through a CDN, load balancer and reverse proxy to an application server that queries databases and caches and returns a response with status, headers and body. The browser parses HTML into the DOM, fetches CSS, JavaScript and images (often in parallel over HTTP/2 multiplexing), builds the CSSOM, runs scripts, computes layout, paints and composites the page. Each step is an optimisation opportunity: DNS prefetch, connection reuse, CDN caching, compression and minimising render-blocking resources.',
    '{"DNS resolution recursive resolver","TCP handshake or QUIC","TLS handshake and certificate validation","HTTP request through CDN and load balancer to server","parse HTML build DOM and CSSOM","layout paint composite"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"networking","browser","classic"}'
  ),
  (
    'Compare polling, long polling, Server-Sent Events and WebSockets for real-time updates.',
    'technical',
    'fullstack',
    'medium',
    '{"full-stack-developer","frontend-developer","backend-developer","mobile-developer"}',
    '{"WebSockets","SSE","HTTP"}',
    '{"Networking","System Design"}',
    180,
    '[]'::jsonb,
    'Short polling requests updates on a fixed interval: simple and cache-friendly, but wasteful and adds latency up to the interval. Long polling holds each request open until data is available or a timeout, then the client reconnects, giving near-real-time delivery over plain HTTP at the cost of reconnection overhead. Server-Sent Events keep one HTTP response open and stream text events from server to client, with automatic reconnection and `Last-Event-ID` resumption built into the browser''s `EventSource`; they are one-directional and work well through proxies, ideal for notifications, feeds and progress updates. WebSockets upgrade an HTTP connection into a persistent, full-duplex, low-overhead channel, suited to chat, collaboration and games, but they need stateful connection handling, sticky routing or a pub/sub backplane when scaling, custom heartbeat and reconnect logic, and care with proxies and load balancers. Choose the simplest option that meets the direction and latency needs.',
    '{"short polling interval wasteful","long polling held request reconnect","Server-Sent Events one-way stream with auto reconnect","WebSockets full-duplex persistent connection","scaling WebSockets with pub/sub backplane","choose by direction and latency needs"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"real-time","websockets","sse"}'
  ),
  (
    'Pick three risks from the OWASP Top 10 and explain how you would mitigate them in a web application.',
    'technical',
    'fullstack',
    'medium',
    '{"full-stack-developer","backend-developer","frontend-developer","qa-engineer"}',
    '{"OWASP"}',
    '{"Security"}',
    180,
    '[]'::jsonb,
    'Broken access control, the top risk, happens when users can act outside their permissions, such as changing an id in the URL to view another customer''s invoice (IDOR); mitigate by enforcing authorisation on the server for every request, denying by default, checking object ownership, and testing authorisation explicitly. Injection, including SQL injection and XSS, is prevented with parameterised queries, context-aware output encoding, input validation and a Content Security Policy. Security misconfiguration — default credentials, verbose error messages, open storage buckets, missing security headers — is mitigated with hardened infrastructure as code, automated configuration scanning and minimal exposed services. Vulnerable and outdated components are managed with dependency scanning (Dependabot, npm audit, SCA tools), an SBOM and timely patching. Authentication failures are addressed with MFA, rate limiting and secure session management. Bake these into the development lifecycle through threat modeling, code review checklists and security testing in CI.',
    '{"broken access control server-side authorisation","IDOR object ownership checks","injection parameterised queries and output encoding","security misconfiguration hardened defaults","vulnerable components dependency scanning","threat modeling and security testing in CI"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"security","owasp","web"}'
  ),
  (
    'Describe the testing pyramid. How do you decide what to test at each level?',
    'technical',
    'general',
    'easy',
    '{"qa-engineer","software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer"}',
    '{"Jest","Vitest","Playwright"}',
    '{"Testing"}',
    120,
    '[]'::jsonb,
    'The testing pyramid recommends many fast, isolated unit tests at the base, fewer integration tests in the middle, and a small number of end-to-end tests at the top. Unit tests verify logic in isolation — pure functions, edge cases, error handling — and run in milliseconds, giving quick feedback. Integration tests check that components work together with real dependencies, such as an API handler with a real database in a container, catching wiring and query errors that mocks hide. End-to-end tests drive the whole system through the UI (Playwright, Cypress) for critical user journeys like sign-up and checkout; they give the most confidence per test but are slow and more brittle. Test behaviour through public interfaces rather than implementation details, avoid over-mocking, and aim for confidence rather than a coverage percentage. Some teams prefer the "testing trophy", which emphasises integration tests for frontend code.',
    '{"many unit tests few end-to-end tests","unit tests fast isolated logic","integration tests with real dependencies","end-to-end for critical user journeys","test behaviour not implementation details","confidence over coverage percentage"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"testing","test-pyramid","fundamentals"}'
  ),
  (
    'Your CI suite has flaky tests that fail randomly about 5% of the time. How do you deal with them?',
    'technical',
    'general',
    'medium',
    '{"qa-engineer","software-engineer","frontend-developer","backend-developer","devops-engineer"}',
    '{"Playwright","Jest","CI"}',
    '{"Testing","CI/CD","Problem Solving"}',
    180,
    '[]'::jsonb,
    'Flaky tests destroy trust in CI: people start re-running and ignoring failures, so real regressions slip through. First measure: track test results over time to identify which tests flake and how often, for example by re-running failures automatically in a separate job and recording them. Quarantine known flaky tests so they run but do not block merges, with an owner and a deadline to fix, rather than deleting them or adding blind retries. Common root causes are timing assumptions (fixed sleeps instead of waiting for conditions), shared state or test-order dependence, reliance on real time, randomness or time zones, network calls to external services, resource contention in parallel runs, and unawaited async work. Fix by using deterministic fakes for clocks and randomness, isolating data per test, waiting on explicit conditions (Playwright auto-waiting and web-first assertions), and mocking external services. Make flakiness visible on a dashboard and treat fixing it as part of the team''s definition of done.',
    '{"flaky tests erode trust in CI","measure and track flake rate","quarantine with owner instead of blind retries","timing and fixed sleeps root cause","shared state and test order dependence","deterministic clocks isolated data and explicit waits"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"testing","flaky-tests","ci"}'
  ),
  (
    'What is consumer-driven contract testing, and when is it better than end-to-end testing for microservices?',
    'technical',
    'general',
    'hard',
    '{"qa-engineer","backend-developer","software-engineer","full-stack-developer"}',
    '{"Pact","OpenAPI"}',
    '{"Testing","Distributed Systems","REST APIs"}',
    240,
    '[]'::jsonb,
    'In consumer-driven contract testing, each consumer of an API writes tests that record the requests it makes and the response fields it relies on, producing a contract (e.g. a Pact file); the provider then verifies in its own CI that it satisfies every consumer''s contract, and results are shared through a broker. This catches breaking API changes — a renamed field, a changed type — before deployment, without spinning up the whole system. Compared with end-to-end tests across many services, contract tests are fast, deterministic, run independently per service, and pinpoint exactly which interaction broke, whereas large end-to-end environments are slow, flaky and expensive to maintain. Tooling like "can-i-deploy" checks ensure a version is compatible with what is deployed in each environment. Contract tests verify the shape of interactions, not business behaviour, so keep a few end-to-end smoke tests for critical flows and use schema-based checks (OpenAPI diff) for public APIs with unknown consumers.',
    '{"consumer records expectations as contract","provider verifies contracts in its CI","contract broker and can-i-deploy","catches breaking API changes before deploy","faster and less flaky than end-to-end environments","keep a few end-to-end smoke tests"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"contract-testing","microservices","pact"}'
  ),
  (
    'What is the difference between `git merge` and `git rebase`, and when would you use each?',
    'technical',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","devops-engineer","data-engineer"}',
    '{"Git"}',
    '{"CI/CD","Teamwork"}',
    120,
    '[]'::jsonb,
    'Both integrate changes from one branch into another. `git merge` creates a merge commit that joins two histories, preserving exactly what happened and the context of the branch, but it can produce a noisy, non-linear history. `git rebase` replays your commits on top of another branch, rewriting them as new commits with new hashes, which produces a linear, readable history and makes bisecting easier. Because rebase rewrites history, never rebase commits that others have already pulled — the golden rule — or you create diverging histories; for a private feature branch, rebasing onto main before opening a pull request is common, and interactive rebase can squash fixup commits. Teams often standardise on squash-merge or rebase-merge for pull requests to keep main linear. Conflicts are resolved once in a merge but may need resolving per commit during a rebase.',
    '{"merge creates merge commit preserving history","rebase replays commits with new hashes","linear history with rebase","do not rebase shared public commits","interactive rebase to squash","team convention squash-merge for pull requests"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"git","version-control","fundamentals"}'
  ),
  (
    'What do you look for when reviewing someone else''s pull request?',
    'technical',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","qa-engineer","data-engineer"}',
    '{"Git","GitHub"}',
    '{"Teamwork","Communication","Testing"}',
    120,
    '[]'::jsonb,
    'First understand the intent: read the description and linked ticket to confirm the change solves the right problem and the approach fits the architecture. Then check correctness — logic, edge cases, error handling, concurrency and backward compatibility of APIs and data migrations — and that tests cover the new behaviour and would fail if the code were wrong. Look at security (input validation, authorisation, secrets), performance for hot paths (N+1 queries, unnecessary re-renders), and operability such as logging, metrics and feature flags. Readability matters: clear names, small functions, no dead code, and comments explaining why rather than what. Leave style nitpicks to linters and formatters, label optional suggestions as such, and phrase feedback as questions or suggestions with reasons. Review promptly, keep pull requests small, and approve when it is an improvement even if it is not how you would have written it.',
    '{"understand intent and approach first","correctness edge cases and error handling","tests cover new behaviour","security and performance checks","readability and naming","kind actionable feedback automate style with linters"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"code-review","collaboration","quality"}'
  ),
  (
    'What is Big-O notation? What are the time complexities of common operations on arrays and hash maps?',
    'technical',
    'general',
    'easy',
    '{"software-engineer","backend-developer","frontend-developer","data-engineer","data-scientist"}',
    '{"JavaScript","Python"}',
    '{"Algorithms","Data Structures"}',
    120,
    '[]'::jsonb,
    'Big-O describes how an algorithm''s running time or memory grows with input size n in the worst case, ignoring constants and lower-order terms, so O(2n + 10) is O(n). Common classes are O(1) constant, O(log n) such as binary search, O(n) linear scans, O(n log n) efficient comparison sorts, and O(n²) nested loops. For dynamic arrays, access by index is O(1), appending is amortised O(1), inserting or deleting at the front or middle is O(n) because elements shift, and searching an unsorted array is O(n). Hash maps offer average O(1) insert, lookup and delete thanks to hashing keys into buckets, degrading to O(n) in the worst case with many collisions; they do not preserve sorted order. Balanced binary search trees give O(log n) operations with ordering. Amortised and average-case analysis matter as much as worst case in practice, and constants matter for small n.',
    '{"growth rate as input size increases","drop constants and lower-order terms","array index access O(1) insert in middle O(n)","amortised O(1) append","hash map average O(1) worst case O(n)","balanced tree O(log n) with ordering"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"complexity","big-o","fundamentals"}'
  ),
  (
    'How would you design and implement a retry policy for calls to an unreliable downstream service without making outages worse?',
    'technical',
    'general',
    'hard',
    '{"backend-developer","software-engineer","devops-engineer","mobile-developer"}',
    '{"HTTP","gRPC"}',
    '{"Distributed Systems","System Design"}',
    240,
    '[]'::jsonb,
    'Retry only failures that are likely transient — timeouts, connection resets, 502/503/504, 429 with `Retry-After` — and only for idempotent operations or requests carrying an idempotency key, never for 4xx validation errors. Use exponential backoff with jitter (e.g. full jitter between 0 and base × 2^attempt) so clients do not retry in synchronised waves, and cap both the number of attempts and the total time within the caller''s deadline, propagating deadlines downstream. Retries multiply load: three retries at each of three layers means up to 64 calls per user request, so retry at one layer only and use a retry budget (e.g. retries limited to 10% of requests). Add a circuit breaker that fails fast when the error rate is high, giving the dependency time to recover, plus bulkheads and timeouts to isolate resources. Provide fallbacks such as cached or degraded responses, and monitor retry rates because rising retries are an early warning sign of trouble.',
    '{"retry only transient errors and idempotent operations","exponential backoff with jitter","cap attempts and respect deadlines","retry amplification across layers and retry budget","circuit breaker fails fast","fallbacks and monitoring retry rates"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"resilience","retries","circuit-breaker"}'
  ),
  (
    'How do you protect a web application that uses cookie-based sessions against CSRF, and how do SameSite cookies change the picture?',
    'technical',
    'fullstack',
    'hard',
    '{"full-stack-developer","backend-developer","frontend-developer"}',
    '{"HTTP","Cookies"}',
    '{"Security","REST APIs"}',
    240,
    '[]'::jsonb,
    'Cross-site request forgery tricks a logged-in user''s browser into sending a state-changing request to your site from another origin, relying on the browser automatically attaching cookies — for example an auto-submitting form on a malicious page that posts to `/transfer`. Defences start with never changing state on GET requests. The classic mitigation is a synchronizer token or double-submit token: an unpredictable value tied to the session that must accompany every state-changing request in a header or form field, which another origin cannot read. SameSite cookies restrict cross-site sending: `Lax` (the default in modern browsers) withholds cookies on cross-site subrequests and POSTs but still sends them on top-level GET navigations, and `Strict` never sends them cross-site; this blocks most CSRF, but same-site subdomains, older browsers and GET endpoints with side effects remain risks. Add defence in depth with Origin or `Sec-Fetch-Site` header checks and requiring a custom header (e.g. JSON APIs requiring `Content-Type: application/json`, which triggers CORS preflight). Token-based auth in an Authorization header is not vulnerable to CSRF but shifts risk to XSS.',
    '{"browser attaches cookies automatically to cross-site requests","no state changes on GET","synchronizer or double-submit CSRF token","SameSite Lax versus Strict","Origin and Sec-Fetch-Site header checks","Authorization header tokens avoid CSRF but not XSS"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"security","csrf","cookies"}'
  )
on conflict do nothing;

-- Technical: data engineering (16 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'What is the difference between OLTP and OLAP systems, and why are they usually separate?',
    'technical',
    'data',
    'easy',
    '{"data-engineer","data-scientist","backend-developer"}',
    '{"PostgreSQL","BigQuery","Snowflake"}',
    '{"Databases","Data Modeling"}',
    120,
    '[]'::jsonb,
    'OLTP (online transaction processing) systems serve applications: many small, concurrent reads and writes of individual rows with low latency and strong consistency, using normalised schemas and row-oriented storage such as PostgreSQL or MySQL. OLAP (online analytical processing) systems serve analytics: fewer but large queries that scan and aggregate millions or billions of rows over a few columns, using denormalised dimensional models and columnar storage with compression, such as BigQuery, Snowflake, Redshift or ClickHouse. Running heavy analytical queries on the production OLTP database would compete for CPU, memory and I/O and slow down the application. Columnar storage reads only the needed columns and compresses similar values well, which is why scans are orders of magnitude faster. Data is moved from OLTP to OLAP via ETL/ELT or change data capture.',
    '{"OLTP many small transactional reads and writes","OLAP large scans and aggregations","row-oriented versus columnar storage","normalised versus denormalised schemas","analytics would compete with production load","ETL or CDC moves data between them"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"data-warehouse","oltp","olap"}'
  ),
  (
    'Explain dimensional modeling: fact tables, dimension tables and the star schema. How do you choose the grain of a fact table?',
    'technical',
    'data',
    'medium',
    '{"data-engineer","data-scientist"}',
    '{"SQL","dbt"}',
    '{"Data Modeling","SQL"}',
    180,
    '[]'::jsonb,
    'In Kimball-style dimensional modeling, fact tables record measurable business events (order lines, page views) with numeric measures and foreign keys to dimensions, while dimension tables hold descriptive context (customer, product, date) used to filter and group. A star schema has a central fact table joined directly to denormalised dimensions, which keeps queries simple and fast; a snowflake schema normalises dimensions further at the cost of more joins. The grain is the exact meaning of one fact row — for example "one row per order line per product" — and should be declared first and kept as atomic as the source allows, because you can always aggregate up but never drill below the grain. Mixing grains in one table causes double counting. Measures are classified as additive, semi-additive (account balances) or non-additive (ratios), and a conformed date dimension is shared across facts.',
    '{"fact tables hold measures and foreign keys","dimension tables hold descriptive attributes","star schema denormalised dimensions","declare the grain first","atomic grain allows aggregation","additive semi-additive non-additive measures"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"data-modeling","star-schema","kimball"}'
  ),
  (
    'What is a slowly changing dimension? Explain Type 1 and Type 2 and how you would implement Type 2.',
    'technical',
    'data',
    'medium',
    '{"data-engineer","data-scientist"}',
    '{"SQL","dbt"}',
    '{"Data Modeling","SQL","Data Pipelines"}',
    180,
    '[]'::jsonb,
    'A slowly changing dimension is a dimension whose attributes change over time, such as a customer''s address or subscription tier. Type 1 overwrites the old value, so history is lost and past facts report under the current value — fine for corrections. Type 2 preserves history by inserting a new row for each change with a surrogate key, `valid_from`, `valid_to` (or NULL/far-future for current) and an `is_current` flag, so facts join to the version that was valid when the event happened. Implementation: compare incoming records to current rows using a hash of tracked attributes; for changed keys, close out the current row''s `valid_to` and insert a new version, typically with a MERGE statement or dbt snapshots. Fact loads look up the surrogate key valid at the event timestamp. Type 2 tables grow with every change, so track only attributes that matter for analysis.',
    '{"Type 1 overwrite loses history","Type 2 new row per change","surrogate key with valid_from and valid_to","is_current flag","MERGE or dbt snapshots","facts join to version valid at event time"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"data-modeling","scd","warehouse"}'
  ),
  (
    'When would you choose batch processing versus stream processing for a data pipeline?',
    'technical',
    'data',
    'easy',
    '{"data-engineer","data-scientist","backend-developer"}',
    '{"Spark","Kafka","Flink"}',
    '{"Data Pipelines"}',
    120,
    '[]'::jsonb,
    'Batch processing runs on bounded datasets at intervals (hourly, daily): it is simpler to build, test, backfill and reason about, handles large historical volumes efficiently, and suits reporting, model training and reconciliations where hours of latency are acceptable. Stream processing handles unbounded data continuously with seconds or less of latency, needed for fraud detection, real-time personalisation, alerting and operational dashboards. Streaming adds complexity: out-of-order and late events, state management, exactly-once semantics and harder reprocessing. A good rule is to choose the simplest approach that meets the latency requirement the business actually needs. Many platforms use both: streaming for freshness with a batch layer for correctness and backfills, or a unified engine such as Spark Structured Streaming or Flink for both.',
    '{"batch on bounded data at intervals","streaming for low latency on unbounded data","batch simpler to backfill and test","late and out-of-order events in streaming","choose by required latency","hybrid batch plus streaming"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"batch","streaming","architecture"}'
  ),
  (
    'What does "exactly-once" mean in Kafka-based stream processing, and how is it achieved?',
    'technical',
    'data',
    'hard',
    '{"data-engineer","backend-developer"}',
    '{"Kafka","Flink"}',
    '{"Data Pipelines","Distributed Systems"}',
    240,
    '[]'::jsonb,
    'Exactly-once means each input record affects the final output state exactly once, even when producers retry, consumers crash and tasks restart — it is about effects, not literally single delivery. Kafka provides idempotent producers (a producer id and per-partition sequence numbers so broker-side retries do not create duplicates) and transactions, which atomically write output records to multiple partitions together with the consumer offsets; downstream consumers use `isolation.level=read_committed` to skip aborted data. Kafka Streams enables this with `processing.guarantee=exactly_once_v2`, and Flink achieves it with distributed checkpoints plus two-phase-commit sinks. The guarantee ends at the system boundary: writing to an external database requires idempotent upserts keyed by a deterministic id or transactional sinks that commit with the checkpoint. The costs are extra latency (commits per transaction or checkpoint interval) and throughput overhead.',
    '{"effectively once effect on output state","idempotent producer sequence numbers","transactions write outputs and offsets atomically","read_committed isolation for consumers","Flink checkpoints with two-phase commit sinks","external sinks need idempotent upserts"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"kafka","exactly-once","streaming"}'
  ),
  (
    'Why are columnar file formats like Parquet used in data lakes, and how should data be partitioned?',
    'technical',
    'data',
    'medium',
    '{"data-engineer","data-scientist"}',
    '{"Parquet","Spark","S3"}',
    '{"Data Pipelines","Data Modeling"}',
    180,
    '[]'::jsonb,
    'Parquet stores data column by column in row groups, so queries read only the columns they need, and similar values compress very well with encodings like dictionary and run-length encoding. It stores min/max statistics per row group, enabling predicate pushdown that skips data, and it carries a schema with types, unlike CSV or JSON. Partitioning lays out files in directories by a column such as `event_date=2024-05-01`, so queries filtering on that column prune whole partitions. Choose partition columns that are commonly filtered and of low-to-moderate cardinality; partitioning by a high-cardinality column like user_id creates millions of tiny files, which kills performance (the small-files problem). Target files of roughly 128 MB to 1 GB, compact small files regularly, and sort or cluster within partitions to improve statistics-based skipping. Table formats like Iceberg or Delta add hidden partitioning, ACID commits and schema evolution on top.',
    '{"columnar storage reads only needed columns","compression dictionary and run-length encoding","predicate pushdown with row group statistics","partition by commonly filtered low-cardinality column","small files problem and compaction","Iceberg or Delta table formats"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"parquet","data-lake","partitioning"}'
  ),
  (
    'What makes a data pipeline idempotent, and how do you design pipelines that can be safely re-run and backfilled?',
    'technical',
    'data',
    'medium',
    '{"data-engineer","data-scientist","backend-developer"}',
    '{"Airflow","SQL","dbt"}',
    '{"Data Pipelines","SQL"}',
    180,
    '[]'::jsonb,
    'An idempotent pipeline produces the same result whether a run executes once or several times for the same input interval, which is essential because retries, failures and backfills are routine. Parameterise each run by its logical date or interval rather than "now", read only the data for that interval, and write outputs by overwriting the corresponding partition (`INSERT OVERWRITE` for a date partition) or using MERGE on a natural key, never blind appends. Avoid non-deterministic steps such as `CURRENT_TIMESTAMP` in business logic or random sampling without seeds. Keep raw data immutable so any derived table can be rebuilt, and version transformation code so backfills use the correct logic. Orchestrators like Airflow support backfilling by running DAGs for historical logical dates; limit concurrency so backfills do not overload sources.',
    '{"same result when re-run for the same interval","parameterise by logical date not now","overwrite partition or MERGE instead of append","avoid non-deterministic functions","immutable raw data enables rebuilds","backfill historical logical dates with limited concurrency"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"idempotency","backfills","pipelines"}'
  ),
  (
    'How do you ensure data quality in a data warehouse? What checks would you put in a pipeline?',
    'technical',
    'data',
    'medium',
    '{"data-engineer","data-scientist"}',
    '{"dbt","Great Expectations","SQL"}',
    '{"Data Pipelines","Testing"}',
    180,
    '[]'::jsonb,
    'Treat data quality like software testing, with checks at ingestion, transformation and publication. Schema checks catch missing columns and type changes; constraint tests verify not-null, uniqueness of primary keys, accepted values and referential integrity between facts and dimensions (dbt tests or Great Expectations). Volume and freshness checks alert when row counts deviate sharply from history or data stops arriving; distribution checks catch anomalies like a sudden spike in nulls or a metric dropping 40%. Reconciliation compares totals against the source system. Decide per check whether a failure should block downstream publication (write-audit-publish pattern: write to staging, validate, then swap) or only warn. Assign owners, define data contracts with producing teams so breaking changes are caught upstream, and track incidents to prioritise fixes.',
    '{"schema and type checks","not-null uniqueness and referential integrity tests","freshness and volume anomaly checks","reconciliation with source totals","write-audit-publish blocks bad data","data contracts with producers"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"data-quality","testing","dbt"}'
  ),
  (
    'A Spark job is slow and some tasks take far longer than others. How do you diagnose shuffle and data skew problems and fix them?',
    'technical',
    'data',
    'hard',
    '{"data-engineer","data-scientist"}',
    '{"Spark","Python"}',
    '{"Data Pipelines","Distributed Systems"}',
    240,
    '[]'::jsonb,
    'Open the Spark UI and look at the stage with the long tail: if the max task duration and shuffle read size are far above the median, the data is skewed — a few keys (e.g. null or a huge customer) hold most of the rows, so one task does most of the work. Shuffles happen on wide transformations like joins, groupBy and repartition, writing data across the network, so reduce them: filter and project early, broadcast the smaller side of a join when it fits in memory (broadcast hash join), and avoid unnecessary repartitions. For skew, enable Adaptive Query Execution''s skew join handling, which splits oversized partitions, or salt hot keys by appending a random suffix and aggregating in two stages; handle null keys separately. Tune `spark.sql.shuffle.partitions` (AQE can coalesce partitions) and watch for spill to disk and executor out-of-memory errors, which indicate partitions that are too large. Caching reused DataFrames and using columnar formats with pushdown reduce input.',
    '{"Spark UI task duration distribution","skewed keys cause long-tail tasks","wide transformations cause shuffle","broadcast join for small tables","Adaptive Query Execution skew join","salting hot keys and spill to disk"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"spark","performance","skew"}'
  ),
  (
    'Explain SQL window functions. Write (or describe) a query that returns each customer''s three most recent orders.',
    'technical',
    'data',
    'medium',
    '{"data-engineer","data-scientist","backend-developer"}',
    '{"SQL","PostgreSQL"}',
    '{"SQL"}',
    180,
    '[]'::jsonb,
    'Window functions compute a value for each row over a related set of rows (the window) without collapsing them as GROUP BY does. The window is defined with `OVER (PARTITION BY ... ORDER BY ... ROWS/RANGE ...)`. Ranking functions include `ROW_NUMBER()` (unique sequence), `RANK()` (gaps on ties) and `DENSE_RANK()` (no gaps); offset functions `LAG`/`LEAD` access previous or next rows; and aggregates like `SUM() OVER (ORDER BY day)` give running totals or moving averages with frame clauses. For the three most recent orders: `SELECT * FROM (SELECT o.*, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at DESC, id DESC) AS rn FROM orders o) t WHERE rn <= 3`. The filter must be in an outer query (or QUALIFY in some warehouses) because window functions are evaluated after WHERE. Add a tiebreaker for determinism, and an index on `(customer_id, created_at)` helps.',
    '{"OVER PARTITION BY ORDER BY","rows not collapsed unlike GROUP BY","ROW_NUMBER RANK DENSE_RANK differences","LAG and LEAD","filter in outer query or QUALIFY","running totals with frame clause"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"sql","window-functions"}'
  ),
  (
    'What is a DAG in a workflow orchestrator like Airflow, and what responsibilities should the orchestrator have?',
    'technical',
    'data',
    'easy',
    '{"data-engineer","data-scientist"}',
    '{"Airflow","Dagster","Python"}',
    '{"Data Pipelines","Python"}',
    120,
    '[]'::jsonb,
    'A DAG (directed acyclic graph) defines a workflow as tasks with dependencies and no cycles, so the orchestrator can determine which tasks can run and in what order. Each DAG has a schedule, and each run has a logical date (data interval) that tasks use to process the right slice of data. The orchestrator is responsible for scheduling, dependency resolution, retries with backoff, timeouts and SLAs, alerting, backfills and visibility into run history and logs. It should coordinate work rather than do heavy processing itself: tasks should trigger compute in Spark, the warehouse or containers, keeping workers light. Good DAGs use idempotent tasks, avoid top-level code that runs on every parse, and pass small metadata between tasks rather than large datasets.',
    '{"tasks with dependencies and no cycles","schedule and logical date data interval","retries timeouts and alerting","backfills and run history","orchestrate not compute heavy work","idempotent tasks"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"airflow","orchestration","dag"}'
  ),
  (
    'What is the difference between ETL and ELT, and why has ELT become common?',
    'technical',
    'data',
    'easy',
    '{"data-engineer","data-scientist"}',
    '{"dbt","Snowflake","BigQuery"}',
    '{"Data Pipelines","SQL"}',
    120,
    '[]'::jsonb,
    'In ETL, data is extracted, transformed in a separate processing engine, and only the transformed result is loaded into the warehouse. In ELT, raw data is loaded first into the warehouse or lake and transformed there using SQL. ELT became popular because cloud warehouses such as Snowflake and BigQuery offer cheap storage and elastic compute, so transformations scale inside the warehouse. Keeping raw data means you can re-run and change transformations without re-extracting, which enables backfills and new use cases. Tools like dbt bring software engineering practices — version control, tests, documentation and lineage — to SQL transformations. ETL still makes sense when data must be cleaned, masked or reduced before landing, for example to remove PII for compliance.',
    '{"ETL transforms before loading","ELT loads raw data then transforms in warehouse","elastic cloud warehouse compute","raw data retained for reprocessing","dbt version control tests lineage","ETL for masking PII before landing"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"etl","elt","dbt"}'
  ),
  (
    'In stream processing, how do you handle late-arriving and out-of-order events? Explain event time, processing time and watermarks.',
    'technical',
    'data',
    'hard',
    '{"data-engineer","backend-developer"}',
    '{"Flink","Spark Structured Streaming","Kafka"}',
    '{"Data Pipelines","Distributed Systems"}',
    240,
    '[]'::jsonb,
    'Event time is when the event actually happened on the device; processing time is when the system sees it. Mobile clients going offline, retries and partitioned ingestion make events arrive out of order, so aggregating by processing time gives wrong results; windows should be defined on event time. A watermark is the system''s estimate that no events older than time T will arrive (e.g. max event time seen minus 10 minutes); when the watermark passes a window''s end, the window can be emitted and its state freed. Events arriving after the watermark are late: you can allow a grace period (allowed lateness) to update results, send them to a side output for separate handling, or drop them. The watermark delay is a trade-off between latency and completeness. Downstream sinks must accept updated results (upserts) if windows can fire more than once, and batch reconciliation can correct long-tail lateness.',
    '{"event time versus processing time","windows defined on event time","watermark estimates completeness","allowed lateness and side outputs","trade-off latency versus completeness","upserts when windows update"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"streaming","watermarks","late-data"}'
  ),
  (
    'What is change data capture (CDC), and what are the pitfalls of implementing it from a production database?',
    'technical',
    'data',
    'hard',
    '{"data-engineer","backend-developer"}',
    '{"PostgreSQL","Debezium","Kafka"}',
    '{"Data Pipelines","Databases"}',
    240,
    '[]'::jsonb,
    'CDC captures row-level inserts, updates and deletes from a database and streams them to other systems. Query-based CDC polls with `WHERE updated_at > last_watermark`, which is simple but misses hard deletes, depends on reliable timestamps and adds query load; log-based CDC reads the transaction log (PostgreSQL WAL via logical replication, MySQL binlog) with tools like Debezium, capturing every change in commit order with low overhead. Pitfalls: the initial snapshot must be consistent with the stream start; PostgreSQL replication slots retain WAL until consumed, so a stalled consumer can fill the primary''s disk; schema changes need a schema registry and compatible evolution; and updates may lack full before-images unless `REPLICA IDENTITY` is configured. Consumers see at-least-once delivery, so sinks must upsert idempotently by primary key and order by LSN. Large transactions and TOASTed columns also need care.',
    '{"query-based versus log-based CDC","WAL logical replication binlog","Debezium","initial consistent snapshot","replication slot WAL retention disk risk","schema evolution and idempotent upserts"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"cdc","debezium","replication"}'
  ),
  (
    'Compare a data lake, a data warehouse and a lakehouse.',
    'technical',
    'data',
    'medium',
    '{"data-engineer","data-scientist"}',
    '{"S3","Snowflake","Apache Iceberg","Delta Lake"}',
    '{"Data Modeling","Data Pipelines","Cloud"}',
    180,
    '[]'::jsonb,
    'A data warehouse stores structured, modelled data in a managed system with schema-on-write, ACID transactions, strong SQL performance and governance, ideal for BI but historically expensive and limited for unstructured data and ML. A data lake stores raw data of any format cheaply in object storage with schema-on-read, which is flexible and good for ML and archival, but without transactions or governance it easily becomes a "data swamp" with inconsistent, hard-to-trust data. A lakehouse adds an open table format (Apache Iceberg, Delta Lake, Hudi) over files in object storage, providing ACID transactions, schema evolution, time travel and efficient metadata so warehouse-style SQL engines and ML tools can share the same data. The trade-off is operational complexity such as compaction and catalog management. Many organisations combine them, with modelled marts for BI on top of lakehouse tables.',
    '{"warehouse schema-on-write structured data","data lake raw files schema-on-read","data swamp governance risk","lakehouse open table formats Iceberg Delta Hudi","ACID transactions and time travel on object storage","shared data for BI and ML"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"lakehouse","data-lake","data-warehouse"}'
  ),
  (
    'What is the difference between GROUP BY with HAVING and filtering with WHERE? Give an example.',
    'technical',
    'data',
    'easy',
    '{"data-engineer","data-scientist","backend-developer","software-engineer","product-manager"}',
    '{"SQL"}',
    '{"SQL"}',
    120,
    '[]'::jsonb,
    'WHERE filters individual rows before they are grouped and aggregated, while HAVING filters groups after aggregation, so it can reference aggregate functions. In logical query order, FROM and JOIN run first, then WHERE, then GROUP BY, then HAVING, then SELECT and ORDER BY. For example, `SELECT customer_id, COUNT(*) AS orders FROM orders WHERE status = ''paid'' GROUP BY customer_id HAVING COUNT(*) >= 5` counts only paid orders (WHERE) and keeps only customers with at least five of them (HAVING). Putting row-level conditions in WHERE is also more efficient because fewer rows are aggregated. A common mistake is trying to use an aggregate in WHERE, which is an error, or a column alias in WHERE, which is not yet defined at that stage.',
    '{"WHERE filters rows before grouping","HAVING filters groups after aggregation","logical query processing order","aggregate functions only in HAVING not WHERE","row filters in WHERE are more efficient"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"sql","aggregation","fundamentals"}'
  )
on conflict do nothing;

-- Technical: data science (15 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'Explain the bias-variance trade-off.',
    'technical',
    'data',
    'easy',
    '{"data-scientist"}',
    '{"Python","scikit-learn"}',
    '{"Machine Learning","Statistics"}',
    120,
    '[]'::jsonb,
    'A model''s expected prediction error can be decomposed into bias, variance and irreducible noise. Bias is error from overly simple assumptions: a high-bias model such as a linear model on non-linear data underfits and performs poorly on both training and test data. Variance is sensitivity to the particular training sample: a high-variance model such as a deep decision tree overfits, with low training error but high test error. Increasing model complexity lowers bias but raises variance, so the goal is the complexity that minimises validation error. You reduce variance with more data, regularisation, simpler models, or ensembling like bagging (random forests); you reduce bias with richer features or more flexible models, and boosting reduces bias iteratively. Learning curves comparing training and validation error diagnose which problem you have.',
    '{"error decomposes into bias variance and noise","high bias underfitting","high variance overfitting","complexity trade-off","regularisation and bagging reduce variance","learning curves diagnose"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"machine-learning","fundamentals","overfitting"}'
  ),
  (
    'What is regularization? Compare L1 (lasso) and L2 (ridge) regularization.',
    'technical',
    'data',
    'medium',
    '{"data-scientist"}',
    '{"Python","scikit-learn"}',
    '{"Machine Learning","Statistics"}',
    180,
    '[]'::jsonb,
    'Regularisation adds a penalty on model complexity to the loss function to reduce overfitting, trading a little bias for lower variance; its strength is a hyperparameter (lambda or alpha, or C as its inverse in scikit-learn) tuned by cross-validation. L2 (ridge) penalises the sum of squared coefficients, shrinking all weights smoothly toward zero; it handles correlated features well by spreading weight among them and has a closed-form solution for linear regression. L1 (lasso) penalises the sum of absolute coefficients, and its geometry drives some coefficients exactly to zero, performing feature selection and producing sparse models, though with correlated features it picks one somewhat arbitrarily. Elastic net combines both. Features must be standardised first because the penalty depends on coefficient scale. In neural networks, weight decay, dropout and early stopping play similar roles.',
    '{"penalty on coefficient size added to loss","L2 ridge squared weights shrinks smoothly","L1 lasso absolute weights produces sparsity","feature selection with L1","elastic net combines both","standardise features and tune strength by cross-validation"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"machine-learning","regularization"}'
  ),
  (
    'What is a p-value, and what are common misinterpretations of it?',
    'technical',
    'data',
    'easy',
    '{"data-scientist","product-manager"}',
    '{"Python","R"}',
    '{"Statistics"}',
    120,
    '[]'::jsonb,
    'A p-value is the probability, assuming the null hypothesis is true, of observing a result at least as extreme as the one observed. If it falls below a pre-chosen significance level alpha (often 0.05), we reject the null hypothesis. It is not the probability that the null hypothesis is true, nor the probability that the result happened "by chance", and 1 - p is not the probability the alternative is true. A small p-value does not mean the effect is large or practically important: with huge samples tiny effects become significant, so always report effect sizes with confidence intervals. A large p-value does not prove there is no effect; the test may be underpowered. Running many tests or peeking repeatedly inflates false positives unless corrected.',
    '{"probability of data at least as extreme given null hypothesis","not probability null is true","significance level alpha chosen in advance","statistical versus practical significance effect size","absence of evidence underpowered test","multiple testing inflates false positives"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"statistics","hypothesis-testing"}'
  ),
  (
    'How would you design an A/B test for a change to a checkout page? How do you determine the sample size?',
    'technical',
    'data',
    'medium',
    '{"data-scientist","product-manager","frontend-developer"}',
    '{"Python"}',
    '{"Statistics","Product Sense"}',
    180,
    '[]'::jsonb,
    'Start with a hypothesis and a single primary metric (e.g. checkout conversion rate per visitor), plus guardrail metrics such as revenue per visitor, latency and error rates. Randomise at the right unit — users rather than sessions or page views, so one person sees a consistent experience — and ensure assignment is logged when the user reaches checkout. Sample size comes from a power analysis: the baseline conversion rate, the minimum detectable effect that matters to the business, significance level (alpha 0.05) and power (usually 80%); smaller effects require quadratically more samples. Fix the duration in advance, run for whole weeks to cover weekly seasonality, and do not stop early on a significant result. Check for sample ratio mismatch, analyse with the pre-registered test, and report effect sizes with confidence intervals. Watch for novelty effects and interference between users.',
    '{"hypothesis primary metric and guardrail metrics","randomisation unit user level","power analysis with baseline rate minimum detectable effect alpha and power","fixed duration full weeks","no early stopping on peeking","sample ratio mismatch check"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"ab-testing","experimentation","statistics"}'
  ),
  (
    'Your team runs many A/B tests and checks dashboards daily, stopping tests as soon as they are significant. What is wrong with this, and how would you fix it?',
    'technical',
    'data',
    'hard',
    '{"data-scientist","product-manager"}',
    '{"Python"}',
    '{"Statistics","Product Sense"}',
    240,
    '[]'::jsonb,
    'Repeatedly checking a fixed-horizon test and stopping at the first p < 0.05 ("peeking") inflates the false-positive rate far above 5% — with daily checks over a month it can exceed 20% — because random fluctuations will cross the threshold at some point. Testing many metrics or segments and reporting whichever is significant causes the same multiple-comparisons problem. Fixes: pre-register the primary metric, sample size and duration and only evaluate at the end; or use methods designed for continuous monitoring, such as sequential testing with alpha spending (O''Brien-Fleming boundaries) or always-valid p-values (mSPRT), or Bayesian approaches with careful decision rules. Control multiple comparisons with Bonferroni (family-wise error) or Benjamini-Hochberg (false discovery rate). Treat segment findings as hypotheses to confirm in new tests. Variance reduction like CUPED shortens tests legitimately.',
    '{"peeking inflates false positive rate","multiple comparisons across metrics and segments","pre-registration fixed horizon","sequential testing alpha spending or always-valid p-values","Bonferroni or Benjamini-Hochberg correction","CUPED variance reduction"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"ab-testing","peeking","multiple-testing"}'
  ),
  (
    'For a fraud model where only 0.5% of transactions are fraudulent, why is accuracy a poor metric and what would you use instead?',
    'technical',
    'data',
    'medium',
    '{"data-scientist"}',
    '{"Python","scikit-learn"}',
    '{"Machine Learning","Statistics"}',
    180,
    '[]'::jsonb,
    'With 0.5% positives, a model that predicts "not fraud" for everything is 99.5% accurate yet catches nothing, so accuracy hides performance on the class that matters. Use the confusion matrix: precision (of flagged transactions, how many are fraud) and recall (of all fraud, how much we catch), and their trade-off via the decision threshold. The precision-recall curve and its area (average precision) are more informative than ROC AUC under heavy imbalance, because ROC can look good while precision is terrible. Ultimately choose the threshold by business cost: the cost of a missed fraud versus the cost of declining or reviewing a good customer, perhaps as expected value per transaction. Handle imbalance in training with class weights, careful resampling applied only to training folds, and stratified splits; and check calibration if scores are used as probabilities.',
    '{"accuracy misleading with class imbalance","precision and recall","precision-recall curve average precision","threshold chosen by business cost","class weights or resampling only on training data","stratified splits and calibration"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"classification","imbalanced-data","metrics"}'
  ),
  (
    'Explain cross-validation and give examples of data leakage that make cross-validated results misleading.',
    'technical',
    'data',
    'medium',
    '{"data-scientist"}',
    '{"Python","scikit-learn"}',
    '{"Machine Learning"}',
    180,
    '[]'::jsonb,
    'K-fold cross-validation splits the data into k folds, trains on k-1 and validates on the remaining one, rotating so every row is validated once, and averages the scores to estimate generalisation with less variance than a single split. It is used for model selection and hyperparameter tuning, with a final untouched test set for the unbiased estimate. Leakage is when information unavailable at prediction time reaches training: fitting scalers, imputers or feature selection on the full dataset before splitting (fix with a scikit-learn Pipeline inside cross-validation), random splits for time series where the future leaks into the past (use time-based splits such as TimeSeriesSplit), multiple rows from the same user appearing in both train and validation (use GroupKFold), and target leakage features computed after the outcome, such as "refund issued" when predicting fraud. Suspiciously high scores are often a sign of leakage.',
    '{"k-fold rotation of validation folds","final held-out test set","fit preprocessing inside pipeline per fold","time-based splits for time series","GroupKFold for grouped rows","target leakage from post-outcome features"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"cross-validation","data-leakage","model-evaluation"}'
  ),
  (
    'Compare random forests and gradient-boosted trees. When would you choose each?',
    'technical',
    'data',
    'medium',
    '{"data-scientist"}',
    '{"Python","XGBoost","LightGBM","scikit-learn"}',
    '{"Machine Learning"}',
    180,
    '[]'::jsonb,
    'Both are ensembles of decision trees. A random forest trains many deep trees independently on bootstrap samples with random feature subsets and averages them (bagging), which mainly reduces variance; it is robust, parallelisable, needs little tuning and rarely overfits badly as more trees are added. Gradient boosting (XGBoost, LightGBM, CatBoost) trains shallow trees sequentially, each fitting the residual errors (gradients of the loss) of the current ensemble, which reduces bias and usually achieves higher accuracy on tabular data. Boosting is more sensitive to hyperparameters — learning rate, number of trees, depth, regularisation — and can overfit without early stopping on a validation set. Choose a random forest for a strong quick baseline or noisy data with little tuning time; choose boosting when squeezing out accuracy matters and you can tune it. Both give feature importances, but prefer permutation importance or SHAP values over impurity-based importance.',
    '{"random forest bagging independent deep trees","reduces variance","gradient boosting sequential trees fit residuals","reduces bias higher accuracy on tabular data","boosting needs tuning learning rate and early stopping","SHAP or permutation importance"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"machine-learning","ensembles","trees"}'
  ),
  (
    'State the Central Limit Theorem and explain why it matters in practice.',
    'technical',
    'data',
    'easy',
    '{"data-scientist","data-engineer"}',
    '{"Python"}',
    '{"Statistics"}',
    120,
    '[]'::jsonb,
    'The Central Limit Theorem says that the distribution of the sample mean of independent, identically distributed observations with finite variance approaches a normal distribution as the sample size grows, regardless of the shape of the underlying distribution. The sampling distribution has mean equal to the population mean and standard deviation σ/√n, the standard error. It matters because it justifies z-tests, t-tests and normal-approximation confidence intervals for means and proportions, such as conversion rates in A/B tests, even when individual data like revenue is highly skewed. Caveats: heavy-tailed distributions need much larger samples before the approximation is good, and observations must be independent — clustered data such as multiple sessions per user violate this. Bootstrapping is an alternative when assumptions are doubtful.',
    '{"sample mean approaches normal distribution","independent identically distributed finite variance","standard error sigma over square root n","justifies confidence intervals and t-tests","heavy tails need larger samples","independence assumption and bootstrap alternative"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"statistics","clt","fundamentals"}'
  ),
  (
    'Users who use feature X retain better than users who do not. Can you conclude that feature X improves retention?',
    'technical',
    'data',
    'easy',
    '{"data-scientist","product-manager"}',
    '{"Python","SQL"}',
    '{"Statistics","Product Sense"}',
    120,
    '[]'::jsonb,
    'No — this is correlation, not causation. The most likely explanation is confounding or selection bias: highly engaged users are both more likely to discover feature X and more likely to retain, so engagement drives both. Reverse causation is also possible: users who intend to stay invest time in features. To estimate the causal effect, run a randomised experiment, for example promoting or enabling the feature for a random half of new users and comparing retention. If an experiment is impossible, use quasi-experimental methods: matching or propensity scores on pre-period engagement, difference-in-differences around the launch, or regression discontinuity, while acknowledging unobserved confounders. Present the observational finding as a hypothesis, not a result.',
    '{"correlation not causation","confounding engagement drives both","selection bias and reverse causation","randomised experiment to establish causality","propensity score matching or difference-in-differences","observational result as hypothesis"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"causal-inference","statistics","product-analytics"}'
  ),
  (
    'What is Simpson''s paradox? Give an example relevant to product analytics.',
    'technical',
    'data',
    'medium',
    '{"data-scientist","product-manager"}',
    '{"SQL","Python"}',
    '{"Statistics"}',
    180,
    '[]'::jsonb,
    'Simpson''s paradox occurs when a trend appears in several groups but reverses or disappears when the groups are combined, because group sizes differ and a lurking variable is associated with both the grouping and the outcome. Example: a new checkout design converts better than the old one on both mobile and desktop, yet overall conversion appears lower, because the new design happened to receive a much larger share of mobile traffic, which converts worse overall. The aggregate comparison mixes the effect of the design with the traffic mix. To avoid being misled, check important segments, compare like-for-like using stratified analysis or weighting, and, best of all, randomise so the mix is balanced. It is also a reason to be careful comparing week-over-week metrics when the user mix changes, e.g. after a marketing campaign.',
    '{"trend reverses when groups are combined","unequal group sizes","lurking or confounding variable","segment mix example such as mobile versus desktop","stratified analysis or weighting","randomisation balances mix"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"statistics","paradox","product-analytics"}'
  ),
  (
    'How do you handle missing data in a dataset before training a model?',
    'technical',
    'data',
    'easy',
    '{"data-scientist","data-engineer"}',
    '{"Python","pandas","scikit-learn"}',
    '{"Machine Learning","Statistics","Python"}',
    120,
    '[]'::jsonb,
    'First understand why data is missing: missing completely at random, missing at random (explained by other observed variables), or missing not at random (the missingness depends on the value itself, e.g. high earners skipping an income question). Quantify missingness per column and check whether it correlates with the target, since missingness itself can be predictive. Options include dropping rows or columns (only if few rows are affected or the column is mostly empty), simple imputation with median, mode or a constant, model-based methods such as KNN or iterative imputation, and adding a binary "was missing" indicator. Tree-based libraries like LightGBM and XGBoost handle missing values natively. Fit imputers only on training data inside a pipeline to avoid leakage, and make sure the same strategy is applied at serving time.',
    '{"MCAR MAR MNAR mechanisms","missingness can be predictive","drop versus impute trade-off","median mode or model-based imputation","missing indicator feature","fit imputer on training data only in pipeline"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"data-cleaning","missing-data","feature-engineering"}'
  ),
  (
    'How do you detect and respond to model drift in a production machine learning system?',
    'technical',
    'data',
    'hard',
    '{"data-scientist","data-engineer"}',
    '{"Python","MLflow"}',
    '{"Machine Learning","Observability"}',
    240,
    '[]'::jsonb,
    'Distinguish data drift (the input distribution changes, e.g. a new user segment), concept drift (the relationship between inputs and target changes, e.g. fraudsters adapting), and upstream data issues such as a broken feature pipeline, which are the most common cause of sudden degradation. Monitor input features with statistics such as population stability index, KL divergence or Kolmogorov-Smirnov tests against a training reference window, and monitor prediction distributions and business KPIs. When labels arrive, track model performance directly; when they are delayed (e.g. chargebacks after weeks), use proxy metrics meanwhile. Set alert thresholds tuned to avoid noise, and investigate before retraining, because retraining on corrupt data makes things worse. Responses include fixing the pipeline, scheduled or triggered retraining with recent data, champion-challenger or shadow deployments before promotion, and a fallback such as a rules-based system. Version data, features and models so you can compare and roll back.',
    '{"data drift versus concept drift","upstream pipeline issues","population stability index or KS test","monitor predictions and performance with delayed labels","investigate before retraining","shadow or champion-challenger deployment and rollback"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"mlops","monitoring","drift"}'
  ),
  (
    'Explain the ROC curve and AUC. What does an AUC of 0.5 or 0.9 mean?',
    'technical',
    'data',
    'medium',
    '{"data-scientist"}',
    '{"Python","scikit-learn"}',
    '{"Machine Learning","Statistics"}',
    180,
    '[]'::jsonb,
    'The ROC curve plots the true positive rate (recall) against the false positive rate as the classification threshold sweeps from high to low, showing the trade-off at every possible operating point. The area under the curve (AUC) summarises it in a threshold-independent number equal to the probability that a randomly chosen positive receives a higher score than a randomly chosen negative. An AUC of 0.5 means the model ranks no better than random guessing, while 0.9 means it ranks a random positive above a random negative 90% of the time. AUC measures ranking quality, not calibration, so a model with a good AUC can still output poorly calibrated probabilities. Under severe class imbalance, ROC AUC can look optimistic because the false positive rate stays small even with many false positives, so the precision-recall curve is often more informative. The actual threshold should be chosen by business costs.',
    '{"true positive rate versus false positive rate","threshold sweep","AUC probability positive ranked above negative","0.5 equals random ranking","ranking not calibration","precision-recall curve under imbalance"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"model-evaluation","roc","auc"}'
  ),
  (
    'How would you evaluate a new recommendation model offline, and why might offline improvements not translate into online gains?',
    'technical',
    'data',
    'hard',
    '{"data-scientist","data-engineer","product-manager"}',
    '{"Python","Spark"}',
    '{"Machine Learning","Statistics","Product Sense"}',
    240,
    '[]'::jsonb,
    'Offline, hold out interactions by time (train on the past, evaluate on the following period) to mimic production, and compute ranking metrics such as precision@k, recall@k, NDCG and MAP, plus coverage, diversity and novelty to avoid a model that only recommends popular items. Compare against strong baselines like popularity and the current production model. Offline gains often fail online because logged data is biased by the previous recommender (exposure bias): users can only click what they were shown, so the new model is evaluated on the old model''s choices; counterfactual methods such as inverse propensity scoring partly correct this. Offline metrics are proxies that may not match business objectives like retention or revenue, and feedback loops, latency, position effects and novelty effects only appear in production. Therefore validate with an online A/B test or interleaving, which is more sensitive for ranking comparisons, and monitor long-term metrics.',
    '{"time-based holdout","precision at k recall at k NDCG","coverage diversity beyond accuracy","exposure bias from previous recommender","inverse propensity scoring","online A/B test or interleaving"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"recommendations","evaluation","ml-systems"}'
  )
on conflict do nothing;

-- Technical: DevOps / SRE (20 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'What is the difference between a container and a virtual machine?',
    'technical',
    'devops',
    'easy',
    '{"devops-engineer","backend-developer","full-stack-developer","software-engineer"}',
    '{"Docker","Linux"}',
    '{"Docker","Linux"}',
    120,
    '[]'::jsonb,
    'A virtual machine virtualises hardware: a hypervisor runs multiple full guest operating systems, each with its own kernel, which gives strong isolation but costs gigabytes of memory per VM and boot times measured in tens of seconds or minutes. A container virtualises the operating system: containers are isolated processes on a shared host kernel, using Linux namespaces for isolation (process ids, network, mounts, users) and cgroups for resource limits. Containers start in milliseconds to seconds, are lightweight, and package an application with its dependencies into an image for consistent environments from laptop to production. The shared kernel means weaker isolation, so multi-tenant untrusted workloads may use VM-backed sandboxes like gVisor, Kata Containers or Firecracker microVMs. In practice containers usually run inside VMs in the cloud.',
    '{"VM virtualises hardware with own kernel","containers share the host kernel","namespaces for isolation","cgroups for resource limits","faster startup and lighter weight","weaker isolation sandboxes like gVisor or Firecracker"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"containers","virtualization","fundamentals"}'
  ),
  (
    'What are best practices for writing a production Dockerfile?',
    'technical',
    'devops',
    'easy',
    '{"devops-engineer","backend-developer","full-stack-developer","software-engineer"}',
    '{"Docker"}',
    '{"Docker","Security"}',
    120,
    '[]'::jsonb,
    'Use a small, trusted, pinned base image (a specific version or digest of a slim or distroless image) to reduce size and attack surface. Use multi-stage builds so compilers and dev dependencies stay in the build stage and only the runtime artifacts are copied into the final image. Order instructions for layer caching: copy dependency manifests (package.json and lockfile) and install dependencies before copying the source, so code changes do not reinstall everything, and use a `.dockerignore` to exclude `.git`, `node_modules` and secrets. Run as a non-root user, do not bake secrets into layers (use build secrets or runtime injection), and combine related RUN steps while cleaning package caches. Use an exec-form `CMD` or `ENTRYPOINT` so the process receives signals for graceful shutdown, add a HEALTHCHECK where relevant, and scan images for vulnerabilities in CI.',
    '{"small pinned base image","multi-stage builds","layer caching copy lockfile before source",".dockerignore","run as non-root user","no secrets in image layers and exec form CMD"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"docker","containers","best-practices"}'
  ),
  (
    'Explain the Kubernetes objects Pod, Deployment and Service and how they work together.',
    'technical',
    'devops',
    'easy',
    '{"devops-engineer","backend-developer","full-stack-developer"}',
    '{"Kubernetes"}',
    '{"Kubernetes"}',
    120,
    '[]'::jsonb,
    'A Pod is the smallest deployable unit: one or more containers that share a network namespace (one IP) and volumes, scheduled together on a node. Pods are ephemeral — they get new IPs when recreated — so you rarely create them directly. A Deployment declares the desired state for a set of identical Pods (image, replicas, resources) and manages ReplicaSets to keep that many running, performing rolling updates and rollbacks when the template changes. A Service gives a stable virtual IP and DNS name that load-balances across Pods selected by labels, so clients do not need to track Pod IPs; types include ClusterIP (internal), NodePort and LoadBalancer, with Ingress or the Gateway API for HTTP routing from outside. Together: the Deployment keeps Pods running, labels connect them to the Service, and the Service routes traffic only to Pods that are ready.',
    '{"Pod containers sharing network and volumes","Pods are ephemeral","Deployment manages ReplicaSets and rolling updates","Service stable virtual IP and DNS","label selectors connect Service to Pods","ClusterIP LoadBalancer and Ingress"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"kubernetes","fundamentals"}'
  ),
  (
    'What is the difference between liveness, readiness and startup probes in Kubernetes? What goes wrong when they are misconfigured?',
    'technical',
    'devops',
    'medium',
    '{"devops-engineer","backend-developer","full-stack-developer"}',
    '{"Kubernetes"}',
    '{"Kubernetes","Observability"}',
    180,
    '[]'::jsonb,
    'A readiness probe decides whether a Pod should receive traffic; failing removes it from Service endpoints without restarting it, which is right during warm-up, temporary overload or while a dependency is briefly unavailable. A liveness probe decides whether the container is broken beyond recovery, such as a deadlock; failing causes the kubelet to restart the container. A startup probe holds off liveness and readiness checks until a slow-starting application has booted, avoiding restart loops. Common mistakes: making liveness depend on external dependencies like the database, so a database blip restarts every Pod at once and turns a partial outage into a total one; liveness timeouts too aggressive for garbage-collection pauses; no readiness probe, so traffic hits Pods before they are ready during rollouts; and identical liveness and readiness endpoints. Liveness should check only the process itself, and graceful shutdown should fail readiness first when SIGTERM arrives.',
    '{"readiness controls traffic without restart","liveness restarts broken container","startup probe for slow boot","liveness must not depend on external dependencies","cascading restarts from misconfigured liveness","fail readiness during graceful shutdown"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"kubernetes","probes","reliability"}'
  ),
  (
    'Compare rolling, blue-green and canary deployments. When would you use each?',
    'technical',
    'devops',
    'medium',
    '{"devops-engineer","backend-developer","full-stack-developer","software-engineer"}',
    '{"Kubernetes","Argo Rollouts"}',
    '{"CI/CD","Kubernetes"}',
    180,
    '[]'::jsonb,
    'A rolling deployment replaces instances gradually (controlled by maxSurge and maxUnavailable), needing little extra capacity, but both versions serve traffic simultaneously and rollback means rolling back through the same process. Blue-green runs the new version (green) alongside the old (blue) at full capacity, tests it, then switches all traffic at once at the load balancer; rollback is an instant switch back, at the cost of double capacity during the release, and database changes must be compatible with both. Canary releases send a small percentage of traffic (1%, then 10%, then 50%) to the new version while comparing error rates and latency against the baseline, limiting the blast radius of a bad release; tools like Argo Rollouts or Flagger automate analysis and rollback. Use rolling as the default for stateless services, blue-green when you need instant, whole-version cutover, and canary for high-traffic, high-risk changes. Feature flags complement all three by decoupling deploy from release.',
    '{"rolling replaces instances gradually maxSurge maxUnavailable","blue-green instant switch and instant rollback","blue-green needs double capacity","canary small traffic percentage with metric analysis","automated rollback Argo Rollouts or Flagger","backward-compatible schema changes"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"deployment","canary","blue-green"}'
  ),
  (
    'What is Infrastructure as Code? Explain Terraform state and how teams avoid conflicts and drift.',
    'technical',
    'devops',
    'medium',
    '{"devops-engineer","backend-developer"}',
    '{"Terraform","AWS"}',
    '{"Cloud","CI/CD"}',
    180,
    '[]'::jsonb,
    'Infrastructure as Code defines infrastructure in version-controlled, declarative files, so environments are reproducible, reviewed through pull requests and auditable, instead of being clicked together in a console. Terraform compares the desired configuration with its state file — a mapping from resources in code to real resource ids and attributes — and computes a plan of creates, updates and deletes. State must be stored remotely (e.g. S3 with DynamoDB locking, or Terraform Cloud) with locking so two people cannot apply at once, encrypted because it can contain secrets, and split by environment and component to limit the blast radius. Drift happens when someone changes resources manually; detect it with scheduled `terraform plan` runs and prevent it by restricting console write access. Run plan on pull requests and apply from CI after review, use reusable modules with pinned versions, and use `import` or `moved` blocks for refactors instead of destroying resources.',
    '{"declarative version-controlled infrastructure","state maps code to real resources","remote state with locking","split state by environment to limit blast radius","drift detection with scheduled plan","plan in pull request apply from CI"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"iac","terraform","cloud"}'
  ),
  (
    'What are the typical stages of a CI/CD pipeline, and what is the difference between continuous delivery and continuous deployment?',
    'technical',
    'devops',
    'easy',
    '{"devops-engineer","backend-developer","full-stack-developer","software-engineer","qa-engineer"}',
    '{"GitHub Actions","GitLab CI"}',
    '{"CI/CD","Testing"}',
    120,
    '[]'::jsonb,
    'Continuous integration means every change is merged to the main branch frequently and verified automatically: checkout, install dependencies (cached), lint and static analysis, unit tests, build, integration tests, and security scans for dependencies and images. Continuous delivery extends this so every change that passes the pipeline produces a deployable, versioned artifact that can be released to production at any time, typically with a manual approval step. Continuous deployment goes one step further and releases every passing change to production automatically, relying on strong automated tests, progressive rollouts and fast rollback. Good pipelines build the artifact once and promote it through environments, fail fast with the quickest checks first, run in under about 10–15 minutes, and treat a red main branch as the top priority. DORA metrics such as deployment frequency and lead time measure the outcome.',
    '{"continuous integration frequent merges with automated checks","lint test build scan stages","continuous delivery always releasable with manual approval","continuous deployment automatic release to production","build once promote same artifact","fast feedback and DORA metrics"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"ci-cd","pipelines","fundamentals"}'
  ),
  (
    'How should secrets such as database passwords and API keys be managed for applications running in the cloud or Kubernetes?',
    'technical',
    'devops',
    'medium',
    '{"devops-engineer","backend-developer","full-stack-developer"}',
    '{"Vault","AWS Secrets Manager","Kubernetes"}',
    '{"Security","Cloud","Kubernetes"}',
    180,
    '[]'::jsonb,
    'Secrets must never be committed to Git or baked into images; scan repositories and CI logs with tools like gitleaks to catch mistakes. Store them in a dedicated secrets manager (HashiCorp Vault, AWS Secrets Manager, GCP Secret Manager) with encryption, fine-grained access policies and audit logs. Workloads should authenticate with their platform identity — IAM roles for service accounts, workload identity — rather than long-lived static keys, and fetch secrets at runtime or via the Secrets Store CSI driver or External Secrets Operator. Kubernetes Secrets are only base64-encoded, so enable encryption at rest in etcd and restrict RBAC access to them. Prefer short-lived, dynamically generated credentials (Vault database secrets engine) and automate rotation, so leaked credentials expire quickly. Apply least privilege and separate secrets per environment.',
    '{"never commit secrets to Git or images","dedicated secrets manager with audit logs","workload identity instead of static keys","Kubernetes Secrets base64 need encryption at rest and RBAC","short-lived dynamic credentials and rotation","secret scanning in CI"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"secrets","security","cloud"}'
  ),
  (
    'Explain SLIs, SLOs and error budgets. How do they change how a team makes decisions?',
    'technical',
    'devops',
    'medium',
    '{"devops-engineer","backend-developer","software-engineer","full-stack-developer"}',
    '{"Prometheus"}',
    '{"Observability","Problem Solving"}',
    180,
    '[]'::jsonb,
    'A service level indicator (SLI) is a measured ratio of good events to total events from the user''s perspective, e.g. the proportion of HTTP requests served successfully in under 300 ms. A service level objective (SLO) is the target for that SLI over a window, such as 99.9% over 28 days; an SLA is an external contract with penalties, usually looser than the SLO. The error budget is 100% minus the SLO — 0.1% of requests, or roughly 40 minutes of full downtime per 28 days — and represents acceptable unreliability. When budget remains, teams can ship faster and take risks; when it is exhausted, policy shifts effort to reliability work and slows risky releases. This turns reliability versus velocity debates into data-driven decisions. Alert on error-budget burn rate (fast and slow burn windows) rather than on raw thresholds.',
    '{"SLI ratio of good events to total events","SLO target over time window","SLA external contract","error budget is 100% minus SLO","budget policy balances velocity and reliability","burn rate alerting"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"sre","slo","reliability"}'
  ),
  (
    'What are the three pillars of observability, and how do metrics, logs and traces complement each other?',
    'technical',
    'devops',
    'easy',
    '{"devops-engineer","backend-developer","full-stack-developer","software-engineer"}',
    '{"OpenTelemetry","Prometheus","Grafana"}',
    '{"Observability"}',
    120,
    '[]'::jsonb,
    'Metrics are numeric time series (request rate, error rate, latency histograms, CPU) that are cheap to store and query, ideal for dashboards and alerting, but they lose per-request detail and must keep label cardinality low. Logs are timestamped records of discrete events with rich context, best structured as JSON with request and trace ids; they explain what happened but are expensive at high volume. Traces follow a single request across services as a tree of spans with timings, showing where latency or errors occur in a distributed call chain. In an investigation, an alert from metrics tells you something is wrong, traces show which service or dependency is responsible, and logs explain why. OpenTelemetry provides vendor-neutral instrumentation and context propagation for all three, and exemplars link metrics to example traces.',
    '{"metrics cheap time series for alerting","logs detailed structured events","traces spans across services","metrics detect traces locate logs explain","correlation with trace ids","OpenTelemetry instrumentation"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"observability","monitoring","fundamentals"}'
  ),
  (
    'Users report that your API''s p99 latency has tripled since this morning, but averages look normal. Walk through how you would investigate.',
    'technical',
    'devops',
    'hard',
    '{"devops-engineer","backend-developer","software-engineer"}',
    '{"Prometheus","OpenTelemetry","Kubernetes"}',
    '{"Observability","Problem Solving","Distributed Systems"}',
    240,
    '[]'::jsonb,
    'First establish scope and timeline from metrics: which endpoints, regions, customers or instances are affected, and exactly when it started, then correlate that time with changes — deploys, config or feature-flag changes, traffic shifts, dependency incidents. A tail-only regression suggests something affecting a subset: one bad node or availability zone, a slow dependency on some calls, lock contention, garbage-collection pauses, connection-pool exhaustion, retries with timeouts, or a hot partition or large tenant. Use distributed traces filtered to slow requests to see which span dominates, then compare with fast requests. Check saturation with the USE method (CPU throttling from cgroup limits is a classic tail-latency cause), database slow queries, and queueing in thread or connection pools. Mitigate first if customers are hurting — roll back the suspect change, drain the bad node, or shed load — then confirm the root cause and add an alert on p99 and a postmortem.',
    '{"scope and timeline of the regression","correlate with deploys and config changes","tail latency from subset of requests or nodes","traces filtered to slow requests","saturation CPU throttling GC pauses pool exhaustion","mitigate first then root cause"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"debugging","latency","incident-response"}'
  ),
  (
    'Explain Kubernetes resource requests and limits. Why might a Pod be OOMKilled or CPU-throttled, and how should you set them?',
    'technical',
    'devops',
    'hard',
    '{"devops-engineer","backend-developer"}',
    '{"Kubernetes","Linux"}',
    '{"Kubernetes","Linux","Observability"}',
    240,
    '[]'::jsonb,
    'Requests are what the scheduler reserves on a node and determine placement and QoS class; limits are enforced at runtime by cgroups. Memory is incompressible: a container exceeding its memory limit is OOMKilled by the kernel (exit code 137), and under node memory pressure Pods using more than their requests are evicted first, BestEffort before Burstable before Guaranteed. CPU is compressible: exceeding the CPU limit causes CFS throttling rather than killing, which shows up as latency spikes even at low average CPU, especially for multi-threaded runtimes. Set requests from observed usage (e.g. p90–p95 over representative load), set memory limits equal or close to requests for predictability, and be cautious with CPU limits — many teams omit them for latency-sensitive services while keeping requests accurate. Make runtimes container-aware (JVM `MaxRAMPercentage`, Node `--max-old-space-size`, GOMAXPROCS), watch throttling metrics, and use the Vertical Pod Autoscaler in recommendation mode to right-size.',
    '{"requests used for scheduling limits enforced by cgroups","memory limit exceeded OOMKilled exit code 137","CPU limit causes CFS throttling not kill","QoS classes and eviction order","set requests from observed usage","container-aware runtime memory settings"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"kubernetes","resources","performance"}'
  ),
  (
    'How does the Kubernetes Horizontal Pod Autoscaler work, and what are its limitations?',
    'technical',
    'devops',
    'medium',
    '{"devops-engineer","backend-developer"}',
    '{"Kubernetes","KEDA"}',
    '{"Kubernetes","Cloud"}',
    180,
    '[]'::jsonb,
    'The HPA periodically (every 15 seconds by default) reads metrics from the metrics API and computes the desired replica count as current replicas × current metric value / target value, e.g. scaling to keep average CPU utilisation at 70% of requests. It can use resource metrics (CPU, memory), custom metrics like requests per second, or external metrics such as queue depth via adapters or KEDA, which also supports scaling to zero. Limitations: CPU utilisation is relative to requests, so wrong requests give wrong scaling; scaling reacts after load rises and new Pods need time to schedule, pull images and warm up, so sudden spikes need headroom or scheduled scaling; and memory is a poor scaling signal for most apps. Stabilisation windows and scaling policies prevent flapping, especially on scale-down. Pods may also be Pending if the cluster lacks capacity, so pair the HPA with the Cluster Autoscaler or Karpenter, and do not combine HPA and VPA on the same metric.',
    '{"desired replicas from metric ratio to target","CPU utilisation relative to requests","custom and external metrics KEDA queue depth","reaction lag and warm-up time","stabilisation window prevents flapping","Cluster Autoscaler for node capacity"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"kubernetes","autoscaling","hpa"}'
  ),
  (
    'A service cannot reach `api.internal.example.com`. How do you troubleshoot DNS resolution issues?',
    'technical',
    'devops',
    'medium',
    '{"devops-engineer","backend-developer","software-engineer"}',
    '{"Linux","Kubernetes","CoreDNS"}',
    '{"Networking","Linux"}',
    180,
    '[]'::jsonb,
    'First separate DNS from connectivity: resolve the name with `dig` or `nslookup` from the same host or Pod, and try the IP directly with `curl` or `nc`; if the IP works, DNS is the problem. Check `/etc/resolv.conf` for the nameservers and search domains in use, then query each resolver explicitly (`dig @10.0.0.2 api.internal.example.com`) and trace delegation with `dig +trace` for public names. Look at the response code: NXDOMAIN means the record does not exist in that view (wrong private zone, split-horizon DNS, or a typo), SERVFAIL points to the resolver or DNSSEC, and timeouts point to network policy or firewall blocking UDP/TCP port 53. Consider caching and TTLs — a recently changed record may still be cached by resolvers or by the application runtime (e.g. the JVM caching forever). In Kubernetes, check CoreDNS Pods and logs, the `ndots:5` setting causing many search-domain lookups, and conntrack issues with UDP.',
    '{"separate DNS from connectivity with dig and IP test","resolv.conf nameservers and search domains","NXDOMAIN versus SERVFAIL versus timeout","private zones split-horizon","TTL and caching including application caches","CoreDNS and ndots in Kubernetes"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"dns","networking","troubleshooting"}'
  ),
  (
    'Walk through a TLS 1.3 handshake. How does certificate validation work, and what causes common TLS errors in production?',
    'technical',
    'devops',
    'hard',
    '{"devops-engineer","backend-developer","software-engineer"}',
    '{"TLS","OpenSSL"}',
    '{"Networking","Security"}',
    240,
    '[]'::jsonb,
    'In TLS 1.3 the client sends a ClientHello with supported cipher suites, key-share values for ephemeral (EC)DHE key exchange and the SNI hostname; the server replies with a ServerHello containing its key share, and both derive session keys, so the rest of the handshake is encrypted and completes in one round trip (0-RTT resumption is possible but replayable). The server sends its certificate chain and a CertificateVerify signature proving it holds the private key, then Finished messages authenticate the transcript; ephemeral keys give forward secrecy. The client validates the chain up to a trusted root CA, checks validity dates, that the hostname matches the Subject Alternative Name, and optionally revocation via OCSP stapling. Common production errors: expired certificates, a missing intermediate certificate (works in browsers that cache intermediates but fails in other clients), hostname mismatch, wrong SNI, clock skew, outdated trust stores, and TLS version or cipher mismatches. Diagnose with `openssl s_client -connect host:443 -servername host -showcerts`, and automate renewal with ACME and expiry alerts.',
    '{"ClientHello ServerHello key share one round trip","ephemeral key exchange forward secrecy","certificate chain validation to trusted root","hostname matches Subject Alternative Name","missing intermediate and expired certificate errors","openssl s_client and automated renewal"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"tls","security","networking"}'
  ),
  (
    'A Linux server is slow and the load average is high. How do you find out what is wrong?',
    'technical',
    'devops',
    'medium',
    '{"devops-engineer","backend-developer","software-engineer"}',
    '{"Linux"}',
    '{"Linux","Problem Solving","Observability"}',
    180,
    '[]'::jsonb,
    'Load average counts runnable processes plus those in uninterruptible sleep (usually waiting on disk I/O), averaged over 1, 5 and 15 minutes, so high load is not necessarily high CPU; compare it with the number of cores. Use the USE method — utilisation, saturation and errors for each resource. `top`/`htop` show CPU split (user, system, iowait, steal) and the busiest processes; `vmstat 1` shows run queue, swapping and context switches; `iostat -x 1` shows disk utilisation and await times; `free -m` and `dmesg` reveal memory pressure and OOM kills; `ss -s` and `sar -n DEV` show network state. High iowait points to storage, high steal to a noisy neighbour on a VM, high system time to syscalls or lock contention. Drill into a process with `pidstat`, `strace`, `perf top` or flame graphs, and check recent changes and logs.',
    '{"load average includes uninterruptible I/O wait","compare with number of cores","USE method utilisation saturation errors","top vmstat iostat tools","iowait steal and system time meaning","perf and flame graphs for drill-down"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"linux","performance","troubleshooting"}'
  ),
  (
    'What is GitOps, and how does it differ from a traditional push-based CI/CD deployment?',
    'technical',
    'devops',
    'medium',
    '{"devops-engineer","backend-developer"}',
    '{"Argo CD","Flux","Kubernetes"}',
    '{"CI/CD","Kubernetes"}',
    180,
    '[]'::jsonb,
    'In GitOps, the desired state of the system (Kubernetes manifests, Helm values, Kustomize overlays) is declared in a Git repository that is the single source of truth, and an agent running in the cluster — Argo CD or Flux — continuously pulls and reconciles the live state to match it. In a traditional push model, the CI pipeline holds cluster credentials and runs `kubectl apply` or `helm upgrade` at the end of a build. GitOps advantages: no cluster credentials in CI, every change is a reviewed and auditable commit, rollback is a `git revert`, and drift from manual changes is detected and corrected automatically. CI still builds and tests images, then updates the image tag in the config repository (or an image updater does). Challenges include secrets (use sealed secrets or external secret operators), ordering of dependent resources, and managing many environments and clusters.',
    '{"Git as single source of truth for desired state","pull-based reconciliation agent Argo CD or Flux","no cluster credentials in CI","audit trail and rollback via git revert","automatic drift correction","CI updates image tag in config repository"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"gitops","argo-cd","deployment"}'
  ),
  (
    'How do you run database schema migrations with zero downtime for a large PostgreSQL table that is under constant write load?',
    'technical',
    'devops',
    'hard',
    '{"devops-engineer","backend-developer","data-engineer"}',
    '{"PostgreSQL"}',
    '{"Databases","PostgreSQL","CI/CD"}',
    240,
    '[]'::jsonb,
    'Use the expand-and-contract pattern so every deployed application version works with the schema at every step: add new structures, deploy code that writes both old and new, backfill, switch reads, stop writing the old, and drop it in a later release. Watch locking: many DDL statements need an ACCESS EXCLUSIVE lock, and even a brief one queued behind a long-running query blocks all subsequent reads and writes, so set `lock_timeout` (e.g. 2–5 seconds) and retry. Use operations that avoid rewrites and long locks: `CREATE INDEX CONCURRENTLY`, adding columns that are nullable or have constant defaults (fast since PostgreSQL 11), adding constraints as `NOT VALID` then `VALIDATE CONSTRAINT` separately, and creating a `NOT NULL` via a validated check constraint. Backfill in small batches with pauses to limit replication lag and WAL volume, and renames via a new column plus dual writes or a view. Test migrations against production-sized data and monitor locks and replication lag during execution.',
    '{"expand and contract pattern","ACCESS EXCLUSIVE lock queues block traffic","lock_timeout with retries","CREATE INDEX CONCURRENTLY","NOT VALID constraints then VALIDATE","batched backfills watching replication lag"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"migrations","postgres","zero-downtime"}'
  ),
  (
    'How would you secure service-to-service traffic inside a Kubernetes cluster? Discuss network policies and service meshes.',
    'technical',
    'devops',
    'hard',
    '{"devops-engineer","backend-developer"}',
    '{"Kubernetes","Istio","Linkerd","Cilium"}',
    '{"Kubernetes","Security","Networking"}',
    240,
    '[]'::jsonb,
    'By default, any Pod can talk to any other Pod, so a single compromised workload can reach databases and internal APIs. NetworkPolicies (enforced by a CNI such as Calico or Cilium) provide layer 3/4 segmentation: start with a default-deny policy per namespace, then allow specific ingress and egress by Pod and namespace labels and ports, including restricting egress to the internet and allowing DNS. A service mesh (Istio, Linkerd, Cilium service mesh) adds mutual TLS between workloads with automatically rotated certificates bound to service-account identities, so traffic is encrypted and both sides are authenticated; authorisation policies can then allow "service A may call GET /orders on service B" at layer 7. Meshes also bring retries, timeouts and telemetry, at the cost of operational complexity, latency and resource overhead from sidecars (ambient or sidecarless modes reduce this). Combine with least-privilege RBAC, Pod security standards and audit logging for defence in depth.',
    '{"flat network by default","default-deny NetworkPolicy","CNI enforcement Calico or Cilium","mutual TLS with workload identity","layer 7 authorisation policies","mesh overhead and complexity trade-off"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"kubernetes","zero-trust","service-mesh"}'
  ),
  (
    'What is immutable infrastructure, and what problems does it solve compared with patching servers in place?',
    'technical',
    'devops',
    'easy',
    '{"devops-engineer","backend-developer","software-engineer"}',
    '{"Docker","Packer","Terraform"}',
    '{"Cloud","CI/CD"}',
    120,
    '[]'::jsonb,
    'With immutable infrastructure, servers or containers are never modified after deployment; to change anything — an OS patch, configuration or new application version — you build a new image (container image, AMI via Packer) and replace the old instances. Patching in place leads to configuration drift and "snowflake" servers whose state nobody fully knows, making failures hard to reproduce and environments inconsistent. Immutable images are versioned, tested before deployment and identical across staging and production, and rollback is simply redeploying the previous image. It pairs naturally with infrastructure as code, autoscaling groups and Kubernetes. It requires that state lives outside the instance (databases, object storage) and that the image build pipeline is fast, and logs and debugging must not depend on SSH access.',
    '{"replace instead of modify","build new versioned image for every change","avoids configuration drift and snowflake servers","consistent environments","rollback by redeploying previous image","state stored outside instances"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"immutable-infrastructure","cloud","fundamentals"}'
  )
on conflict do nothing;

-- Technical: mobile (18 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'Describe the iOS app lifecycle states and what work you should do in each transition.',
    'technical',
    'mobile',
    'easy',
    '{"mobile-developer"}',
    '{"Swift","UIKit","SwiftUI"}',
    '{"iOS"}',
    120,
    '[]'::jsonb,
    'An iOS app moves between not running, inactive (in the foreground but not receiving events, e.g. during an incoming call or app-switcher), active, background (executing briefly) and suspended (in memory but not executing, and may be terminated without notice). With scenes (iOS 13+), each scene has its own lifecycle reported to the scene delegate or via SwiftUI''s `scenePhase`. On entering the background, save user data and state, release shared resources, pause timers and stop UI updates, because the app may be killed while suspended. On becoming active, refresh data and restart paused work. Long-running background work must use explicit APIs such as `BGTaskScheduler`, background URL sessions or a short `beginBackgroundTask` grace period, and state restoration lets the UI resume where the user left off.',
    '{"not running inactive active background suspended","suspended apps can be terminated without notice","scene delegate or scenePhase","save state when entering background","refresh when becoming active","BGTaskScheduler for background work"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"ios","lifecycle"}'
  ),
  (
    'Explain the Android Activity lifecycle and how configuration changes such as screen rotation affect it.',
    'technical',
    'mobile',
    'easy',
    '{"mobile-developer"}',
    '{"Kotlin","Android","Jetpack"}',
    '{"Android"}',
    120,
    '[]'::jsonb,
    'An Activity goes through `onCreate`, `onStart` (visible), `onResume` (in the foreground and interactive), `onPause` (losing focus), `onStop` (no longer visible) and `onDestroy`. A configuration change such as rotation, locale or dark-mode change destroys and recreates the Activity by default, so any state held in its fields is lost. Use a `ViewModel`, which survives configuration changes, for UI state and in-flight work, and `SavedStateHandle` or `onSaveInstanceState` (`rememberSaveable` in Compose) for small state that must also survive process death when the system kills a backgrounded app. Start and stop resources like location updates or camera in `onStart`/`onStop` using lifecycle-aware components, and collect flows with `repeatOnLifecycle` so work stops when the UI is not visible. Test process death with the "Don''t keep activities" developer option.',
    '{"onCreate onStart onResume onPause onStop onDestroy","configuration change recreates Activity","ViewModel survives configuration changes","SavedStateHandle for process death","lifecycle-aware components and repeatOnLifecycle"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"android","lifecycle"}'
  ),
  (
    'In Swift, what is the difference between value types and reference types, and when would you use a struct versus a class?',
    'technical',
    'mobile',
    'easy',
    '{"mobile-developer"}',
    '{"Swift"}',
    '{"iOS"}',
    120,
    '[]'::jsonb,
    'Structs, enums and tuples are value types: assigning or passing them creates an independent copy (optimised with copy-on-write for standard collections like Array and Dictionary), so mutations are local and there is no shared mutable state. Classes are reference types: variables point to the same instance, identity can be checked with `===`, they support inheritance, and their lifetime is managed by automatic reference counting. Swift encourages structs by default — for models, view state and SwiftUI views — because they are thread-safe to pass around and easier to reason about, and `let` makes them fully immutable. Use classes when you need shared identity and mutable state observed by several parts of the app (e.g. an `ObservableObject` or a cache), inheritance from Objective-C frameworks like UIKit, or deinitialisers. Actors are reference types that serialise access to their mutable state for concurrency safety.',
    '{"value types copied on assignment","copy-on-write for collections","reference types share identity","ARC manages class lifetime","prefer structs by default","classes for shared mutable state or inheritance and actors"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"swift","ios","fundamentals"}'
  ),
  (
    'How does Automatic Reference Counting work in Swift, and how do you avoid retain cycles with closures and delegates?',
    'technical',
    'mobile',
    'medium',
    '{"mobile-developer"}',
    '{"Swift"}',
    '{"iOS"}',
    180,
    '[]'::jsonb,
    'ARC inserts retain and release calls at compile time; each strong reference increments an object''s reference count, and when it reaches zero the object is deallocated and `deinit` runs. Unlike tracing garbage collection, ARC cannot reclaim cycles: if object A strongly references B and B strongly references A, neither is freed, leaking memory. Common cycles are closures stored on an object that capture `self` strongly (e.g. a completion handler or Combine sink stored in a property), and delegates held strongly by the delegating object. Break them with `[weak self]` in capture lists (then `guard let self else { return }`) or `unowned` when the captured object is guaranteed to outlive the closure, and declare delegate properties as `weak var delegate`. Detect leaks with the Xcode Memory Graph Debugger and Instruments'' Leaks tool, or by checking that `deinit` is called when a screen is dismissed.',
    '{"reference counting retain and release","deallocation when count reaches zero","retain cycles are not collected","weak self in closure capture list","weak delegate properties","Memory Graph Debugger and Instruments Leaks"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"swift","memory-management","arc"}'
  ),
  (
    'Explain Kotlin coroutines and structured concurrency on Android. How do you choose dispatchers and handle cancellation?',
    'technical',
    'mobile',
    'medium',
    '{"mobile-developer"}',
    '{"Kotlin","Android","Coroutines"}',
    '{"Android"}',
    180,
    '[]'::jsonb,
    'Coroutines are lightweight, suspendable computations: a `suspend` function can pause without blocking a thread, letting asynchronous code read sequentially. Structured concurrency means every coroutine is launched in a `CoroutineScope` whose lifetime bounds it, so children are cancelled when the scope is cancelled and a parent waits for its children; on Android use `viewModelScope` and `lifecycleScope` so work is cancelled automatically when the ViewModel is cleared or the UI is destroyed, avoiding leaks. Dispatchers select threads: `Dispatchers.Main` for UI updates, `Dispatchers.IO` for blocking I/O like network and disk, and `Dispatchers.Default` for CPU-intensive work; switch with `withContext`, and main-safe suspend functions hide this from callers. Cancellation is cooperative: suspending functions from kotlinx check it, but long loops must call `ensureActive()` or `yield()`, and `CancellationException` should not be swallowed. Use `supervisorScope` when one child''s failure should not cancel siblings, and prefer `GlobalScope` never.',
    '{"suspend functions do not block threads","structured concurrency scopes bound lifetime","viewModelScope and lifecycleScope","Dispatchers Main IO Default with withContext","cooperative cancellation ensureActive","supervisorScope and avoid GlobalScope"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"kotlin","coroutines","concurrency"}'
  ),
  (
    'Why must mobile apps avoid blocking the main (UI) thread, and what happens if they do?',
    'technical',
    'mobile',
    'easy',
    '{"mobile-developer","frontend-developer"}',
    '{"Swift","Kotlin","React Native"}',
    '{"iOS","Android","React Native"}',
    120,
    '[]'::jsonb,
    'On both iOS and Android, the main thread processes user input, runs layout and drawing, and must produce a frame every 16.7 ms at 60 Hz (8.3 ms at 120 Hz). Any slow work on it — network calls, disk or database access, JSON parsing, image decoding — causes dropped frames (jank) and unresponsive touches. On Android, blocking input for about five seconds triggers an "Application Not Responding" (ANR) dialog, and StrictMode can flag disk and network access on the main thread; on iOS, the watchdog can terminate an app that blocks the main thread during launch or when resuming. Move work to background threads with Swift concurrency or GCD, Kotlin coroutines on `Dispatchers.IO`/`Default`, and post results back to the main thread for UI updates. In React Native, heavy JavaScript also blocks the JS thread, delaying responses to touches.',
    '{"main thread handles input layout and drawing","frame budget 16 ms at 60 Hz","jank and dropped frames","ANR on Android watchdog termination on iOS","move I/O and parsing to background threads","update UI back on main thread"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"mobile","performance","threading"}'
  ),
  (
    'In SwiftUI, explain @State, @Binding, @StateObject, @ObservedObject and the @Observable macro. When do you use each?',
    'technical',
    'mobile',
    'medium',
    '{"mobile-developer"}',
    '{"Swift","SwiftUI"}',
    '{"iOS"}',
    180,
    '[]'::jsonb,
    'SwiftUI views are value types recreated frequently, so state must live in storage SwiftUI manages. `@State` holds simple, private value state owned by a view, such as a toggle or text field value. `@Binding` gives a child view read-write access to state owned by a parent without copying it, e.g. passing `$isOn` to a custom toggle. For reference-type models with `ObservableObject`, `@StateObject` creates and owns the instance so it survives view re-creation, while `@ObservedObject` is for an instance owned elsewhere and passed in — using `@ObservedObject` to create a model is a classic bug that resets state on every parent re-render. `@EnvironmentObject` injects shared objects down the hierarchy. Since iOS 17, the `@Observable` macro replaces `ObservableObject` with fine-grained property tracking so views re-render only when properties they read change, paired with `@State` for ownership and `@Bindable` for bindings.',
    '{"@State private value state owned by view","@Binding two-way reference to parent state","@StateObject owns observable object lifetime","@ObservedObject for externally owned objects","@Observable macro fine-grained tracking","@EnvironmentObject for shared dependencies"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"swiftui","ios","state"}'
  ),
  (
    'How does recomposition work in Jetpack Compose, and what is state hoisting?',
    'technical',
    'mobile',
    'medium',
    '{"mobile-developer"}',
    '{"Kotlin","Jetpack Compose"}',
    '{"Android"}',
    180,
    '[]'::jsonb,
    'Compose UIs are functions that describe the UI for the current state; when a `State` object read during composition changes, Compose recomposes only the composables that read it, skipping those whose inputs are unchanged and stable. State created with `remember { mutableStateOf(...) }` survives recomposition, and `rememberSaveable` also survives configuration changes and process death. State hoisting moves state out of a composable to its caller, so the composable becomes stateless: it receives the value and an event callback (`value: String, onValueChange: (String) -> Unit`), which makes it reusable, testable and gives a single source of truth — typically a ViewModel exposing `StateFlow` collected with `collectAsStateWithLifecycle`. Performance pitfalls include unstable parameters (mutable collections, classes from other modules) that prevent skipping, expensive work during composition instead of `remember` or `derivedStateOf`, and reading rapidly changing state too high in the tree; the Layout Inspector shows recomposition counts.',
    '{"UI as function of state","recompose only composables that read changed state","remember and rememberSaveable","state hoisting value plus event callback","single source of truth ViewModel StateFlow","stability and derivedStateOf for performance"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"jetpack-compose","android","state"}'
  ),
  (
    'Explain React Native''s architecture. What problems did the old bridge have and how do the New Architecture components (JSI, Fabric, TurboModules) address them?',
    'technical',
    'mobile',
    'hard',
    '{"mobile-developer","frontend-developer"}',
    '{"React Native","JavaScript"}',
    '{"React Native","JavaScript"}',
    240,
    '[]'::jsonb,
    'React Native runs your JavaScript on a JS engine (Hermes by default) in its own thread, and renders real native views; layout is computed with Yoga. In the legacy architecture, JavaScript and native communicated through an asynchronous bridge that serialised every message to JSON and batched it, which added latency, prevented synchronous calls, and made high-frequency interactions such as gestures, animations and large lists janky. The New Architecture replaces the bridge with JSI, a C++ interface that lets JavaScript hold references to native objects and call methods directly and synchronously. TurboModules are native modules built on JSI that are loaded lazily and have type-safe interfaces generated by Codegen from TypeScript specs. Fabric is the new renderer, with a shared C++ shadow tree that enables synchronous layout measurement and supports React 18 concurrent features. Together they reduce startup time and overhead, though libraries must support the New Architecture, which is now the default.',
    '{"JavaScript thread and native UI thread","old bridge asynchronous JSON serialisation","JSI direct synchronous calls via C++","TurboModules lazy loaded with Codegen","Fabric renderer shared C++ shadow tree","Hermes engine and concurrent React support"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"react-native","architecture","new-architecture"}'
  ),
  (
    'A React Native screen with a long list scrolls poorly. How do you optimise it?',
    'technical',
    'mobile',
    'medium',
    '{"mobile-developer","frontend-developer"}',
    '{"React Native","FlashList"}',
    '{"React Native","React","Web Performance"}',
    180,
    '[]'::jsonb,
    'Use a virtualised list (`FlatList`, `SectionList` or Shopify''s `FlashList`, which recycles views) rather than mapping items inside a ScrollView, which renders everything at once. Give items stable `keyExtractor` keys, memoise the row component with `React.memo`, and keep `renderItem` and props referentially stable so rows do not re-render on every parent update. Provide `getItemLayout` for fixed-height rows to skip measurement, and tune `initialNumToRender`, `windowSize` and `maxToRenderPerBatch` to balance memory and blank areas. Optimise images with proper sizes and a caching library (e.g. expo-image or FastImage), and avoid heavy work or inline anonymous functions in rows. Profile with the React DevTools Profiler and the performance monitor to check whether the JS thread or UI thread is dropping frames, and test in release builds since dev mode is much slower.',
    '{"virtualised FlatList or FlashList","stable keyExtractor","React.memo rows and stable renderItem","getItemLayout for fixed heights","tune windowSize and initialNumToRender","profile JS versus UI thread in release builds"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"react-native","performance","lists"}'
  ),
  (
    'What options do you have for storing data locally in a mobile app, and how do you choose between them?',
    'technical',
    'mobile',
    'medium',
    '{"mobile-developer"}',
    '{"SQLite","Room","Core Data","SwiftData"}',
    '{"iOS","Android","Databases","Security"}',
    180,
    '[]'::jsonb,
    'Small key-value preferences (settings, flags) go in `UserDefaults` on iOS or DataStore (replacing SharedPreferences) on Android; they are not encrypted and not meant for large or sensitive data. Structured data that needs querying, relations and migrations belongs in a database: SQLite via Room on Android, Core Data or SwiftData on iOS, or cross-platform options like SQLite wrappers or Realm; this is also the basis for offline-first apps with a local source of truth. Files such as images and documents go in the app''s sandboxed file directories, with caches in the caches directory so the OS can purge them. Secrets like tokens and credentials must go in the Keychain (iOS) or Android Keystore-backed encrypted storage, never in plain preferences. Plan for schema migrations, background-thread access, data protection classes or encryption for sensitive data, and backup behaviour (exclude caches and tokens from cloud backups as appropriate).',
    '{"key-value UserDefaults or DataStore for small preferences","SQLite Room Core Data for structured data","files in sandbox and caches directory","Keychain or Keystore for secrets","schema migrations","offline-first local source of truth"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"mobile","storage","persistence"}'
  ),
  (
    'How do push notifications work end to end on iOS and Android?',
    'technical',
    'mobile',
    'medium',
    '{"mobile-developer","software-engineer"}',
    '{"APNs","FCM"}',
    '{"iOS","Android","Distributed Systems"}',
    180,
    '[]'::jsonb,
    'The app requests notification permission (always required on iOS, and on Android 13+ via `POST_NOTIFICATIONS`) and registers with the platform push service — Apple Push Notification service (APNs) or Firebase Cloud Messaging (FCM) — receiving a device token. The app sends the token to your backend, which stores it per user and device and updates it whenever it changes, since tokens rotate and are invalidated on reinstall. To notify, the backend sends a request to APNs (authenticated with a token-based .p8 key over HTTP/2) or FCM (HTTP v1 API with OAuth), which delivers the message to the device over its persistent connection. Payloads can be user-visible notifications or silent/data messages that wake the app briefly, which the OS throttles. The backend must remove tokens the provider reports as invalid, handle rate limits and collapse keys, and deep-link the notification tap to the right screen. Delivery is best-effort, so important data must also be available when the app syncs.',
    '{"request notification permission","device token from APNs or FCM","backend stores and refreshes tokens","backend sends via provider API with authentication","visible versus silent data messages","remove invalid tokens delivery best-effort"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"push-notifications","mobile","apns","fcm"}'
  ),
  (
    'Your mobile app''s cold start time is 4 seconds. How do you measure and reduce it?',
    'technical',
    'mobile',
    'hard',
    '{"mobile-developer"}',
    '{"Swift","Kotlin","Instruments","Android Studio Profiler"}',
    '{"iOS","Android","Problem Solving"}',
    240,
    '[]'::jsonb,
    'Measure cold start (process not in memory) separately from warm and hot starts, using field data (Android vitals, Xcode Organizer''s launch metrics, MetricKit) plus lab tools: Instruments'' App Launch template on iOS, and on Android `adb shell am start -W`, Macrobenchmark and system traces. Break the time into phases: process creation and runtime initialisation, application init (Application.onCreate or app delegate), and first frame rendering. Typical culprits are eager SDK initialisation (analytics, crash reporting, ads) on the main thread, synchronous disk or network I/O, heavy dependency injection graphs, large layouts, and on iOS many dynamic frameworks and static initialisers. Defer or lazily initialise non-critical work (App Startup library, background queues), show meaningful content from a local cache instead of waiting for the network, and simplify the first screen. On Android, Baseline Profiles precompile startup code paths and can cut start time by around 30%. Set a budget and track it in CI with benchmarks to prevent regressions.',
    '{"cold versus warm start measurement","field metrics plus Instruments or Macrobenchmark","phases process init application init first frame","defer SDK initialisation off main thread","render cached content first","Baseline Profiles and performance budget in CI"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"mobile","performance","startup"}'
  ),
  (
    'What are the main security concerns for a mobile banking app, and how would you address them?',
    'technical',
    'mobile',
    'hard',
    '{"mobile-developer","qa-engineer"}',
    '{"Swift","Kotlin"}',
    '{"Security","iOS","Android"}',
    240,
    '[]'::jsonb,
    'Assume the device and app binary are in the attacker''s hands: anything shipped in the app, including API keys, can be extracted, so secrets and business rules must be enforced server-side. Store tokens only in the Keychain or Android Keystore-backed storage, protect sensitive data at rest with data protection classes or encryption, and avoid leaking it via logs, screenshots in the app switcher, clipboard or backups. Use TLS everywhere (App Transport Security, network security config) and consider certificate or public-key pinning with a backup pin and a rotation plan, because pinning failures lock users out. Use biometric authentication tied to Keystore/Keychain keys requiring user presence, short-lived tokens, and device binding. Add app integrity checks (Play Integrity API, App Attest/DeviceCheck) and jailbreak/root detection as risk signals rather than absolute defences, plus code obfuscation. Follow the OWASP MASVS and test with penetration tests and tools like MobSF.',
    '{"enforce secrets and rules server-side","Keychain or Keystore for tokens","TLS and certificate pinning with rotation plan","biometrics bound to hardware-backed keys","app integrity Play Integrity or App Attest","OWASP MASVS"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"mobile-security","owasp","banking"}'
  ),
  (
    'How do deep links, iOS Universal Links and Android App Links work, and what are common pitfalls?',
    'technical',
    'mobile',
    'medium',
    '{"mobile-developer","frontend-developer"}',
    '{"iOS","Android"}',
    '{"iOS","Android","Security"}',
    180,
    '[]'::jsonb,
    'Custom URL schemes (`myapp://product/42`) are easy but not unique — any app can claim the same scheme — and they fail when the app is not installed. Universal Links (iOS) and App Links (Android) use normal HTTPS URLs: the website hosts a verification file (`apple-app-site-association` or `/.well-known/assetlinks.json`) proving the domain and app belong together, so the OS opens the app directly when installed and falls back to the website otherwise. The app then parses the URL and routes to the right screen, restoring navigation state and handling authentication if the user is logged out. Pitfalls: misconfigured or redirected association files, CDN caching, links opened inside in-app browsers not triggering the app, and Android verification failing silently for one of several hosts. Treat incoming links as untrusted input — validate parameters and never perform sensitive actions without confirmation. Deferred deep linking, which preserves the destination through an install, needs an attribution provider or your own solution.',
    '{"custom URL schemes not unique","HTTPS links verified by apple-app-site-association or assetlinks.json","fallback to website when not installed","route to correct screen and handle logged-out state","validate link parameters as untrusted input","deferred deep linking through install"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"deep-links","mobile","navigation"}'
  ),
  (
    'How do you release mobile app updates safely, given you cannot instantly roll back an app-store release?',
    'technical',
    'mobile',
    'medium',
    '{"mobile-developer","qa-engineer","software-engineer"}',
    '{"App Store Connect","Google Play Console","Firebase Remote Config"}',
    '{"CI/CD","iOS","Android"}',
    180,
    '[]'::jsonb,
    'Because users update slowly and a shipped binary cannot be recalled, releases rely on staged rollouts and runtime controls. Use phased releases (App Store phased release over 7 days, Play staged rollouts by percentage) and halt the rollout if crash-free rates or key metrics drop, watching crash reporting (Crashlytics, Sentry) and store vitals. Wrap new features in remote feature flags so risky functionality can be turned off server-side without a new build, and keep the backend API backward compatible with several old app versions still in use. Implement a minimum-supported-version check to force or prompt upgrades for critical issues. Test with internal and external beta tracks (TestFlight, Play testing tracks) and automate builds, signing and store submission with CI and tools like fastlane. Keep a fast hotfix path, since review times vary.',
    '{"phased or staged rollout with halt","monitor crash-free rate","remote feature flags as kill switch","backend backward compatibility with old app versions","forced upgrade minimum version check","beta tracks TestFlight and automated release pipeline"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"mobile","release-management","feature-flags"}'
  ),
  (
    'How do you find and fix memory leaks in an Android app?',
    'technical',
    'mobile',
    'hard',
    '{"mobile-developer"}',
    '{"Kotlin","Android","LeakCanary"}',
    '{"Android","Problem Solving"}',
    240,
    '[]'::jsonb,
    'Leaks happen when an object with a short lifecycle, typically an Activity, Fragment view or View, stays reachable from a longer-lived object after it should be destroyed, so the garbage collector cannot reclaim it and its whole view hierarchy. Classic causes: static fields or singletons holding a Context (use the application context instead), listeners and callbacks registered with system services or other long-lived objects but never unregistered, non-static inner classes and anonymous Runnables posted to a Handler with a delay, coroutines or RxJava subscriptions launched in global scopes, and Fragments keeping view references after `onDestroyView`. Detect leaks automatically in debug builds with LeakCanary, which dumps the heap and shows the reference chain to the GC root, and analyse heap dumps in the Android Studio Memory Profiler. Fix by unregistering in the matching lifecycle callback, using lifecycle-aware components and scoped coroutines (`viewModelScope`, `viewLifecycleOwner.lifecycleScope`), clearing view bindings in `onDestroyView`, and avoiding Context in ViewModels. Leaks eventually cause OutOfMemoryErrors and increased GC jank.',
    '{"short-lived Activity referenced by long-lived object","static Context or singleton leaks","unregistered listeners and delayed Handler callbacks","LeakCanary reference chain to GC root","Memory Profiler heap dump","lifecycle-scoped coroutines and clearing view bindings"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"android","memory-leaks","debugging"}'
  ),
  (
    'How do iOS and Android restrict background execution, and how would you design reliable background sync within those limits?',
    'technical',
    'mobile',
    'hard',
    '{"mobile-developer"}',
    '{"Swift","Kotlin","WorkManager","BGTaskScheduler"}',
    '{"iOS","Android","Distributed Systems"}',
    240,
    '[]'::jsonb,
    'Both platforms aggressively limit background work to save battery: iOS suspends apps shortly after they leave the foreground and only allows specific modes (audio, location, VoIP) or scheduled tasks via `BGTaskScheduler`, whose timing the system decides based on usage patterns; background URLSession transfers continue even when the app is suspended. Android imposes Doze mode, App Standby Buckets and background service restrictions; deferrable, guaranteed work should use WorkManager with constraints such as network type and charging, while user-visible ongoing work requires a foreground service with a notification and a declared type. Therefore design sync to be opportunistic and resumable: sync when the app is opened and on schedule, use silent push to hint that new data exists (throttled, not guaranteed), make operations idempotent with incremental cursors, and persist pending changes in a local outbox. Keep tasks short, respect expiration handlers, and do not rely on exact timing.',
    '{"iOS suspension and BGTaskScheduler","background URLSession transfers","Android Doze and App Standby Buckets","WorkManager with constraints","foreground service for user-visible work","opportunistic resumable idempotent sync"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Accuracy","weight":40,"description":"Statements are technically correct and use precise terminology."},{"criterion":"Depth","weight":30,"description":"Explains the underlying mechanism and the trade-offs, not just a definition."},{"criterion":"Clarity","weight":20,"description":"Structured, concise explanation that a peer could follow."},{"criterion":"Examples","weight":10,"description":"Grounds the answer in a concrete example or real-world experience."}]'::jsonb,
    '{"mobile","background-tasks","sync"}'
  )
on conflict do nothing;

-- Technical: product management (13 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'How would you define success metrics for a new "save for later" feature in an e-commerce app?',
    'technical',
    'product',
    'easy',
    '{"product-manager","data-scientist"}',
    '{}',
    '{"Product Sense","Statistics"}',
    120,
    '[{"question":"Which metric would you choose as the single primary metric for an A/B test, and why?","difficulty":"medium","context":"Forces a trade-off between adoption and business outcome."}]'::jsonb,
    'Start from the goal: the feature should help shoppers who are not ready to buy return and purchase later, increasing conversion and revenue. Define a primary outcome metric such as purchase conversion of saved items within 30 days, or revenue per visitor for users exposed to the feature. Add adoption and engagement metrics: the percentage of product-page visitors who save an item, items saved per user, and return visits to the saved list. Include guardrail metrics that should not get worse: overall checkout conversion (saving could cannibalise immediate purchases), page latency and cart abandonment. Set targets and a measurement plan before launch, ideally with an A/B test, and segment by new versus returning users and platform.',
    '{"start from user and business goal","primary outcome metric conversion of saved items","adoption and engagement metrics","guardrail metrics cannibalisation of immediate purchases","targets and A/B test measurement plan","segment by platform and user type"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Structure","weight":30,"description":"Uses a clear framework: goals, users, options, decision, measurement."},{"criterion":"Product insight","weight":30,"description":"Shows user empathy and sound judgement about value, risk and business impact."},{"criterion":"Metrics","weight":25,"description":"Defines measurable success metrics and guardrails, and reasons with data."},{"criterion":"Communication","weight":15,"description":"Concise, prioritised and easy to follow for cross-functional stakeholders."}]'::jsonb,
    '{"metrics","product-analytics","feature-success"}'
  ),
  (
    'What is a North Star metric? Propose one for a music streaming service and explain the supporting input metrics.',
    'technical',
    'product',
    'medium',
    '{"product-manager","data-scientist"}',
    '{}',
    '{"Product Sense","Prioritization"}',
    180,
    '[]'::jsonb,
    'A North Star metric is the single metric that best captures the core value customers get from the product and that, if it grows, predicts long-term business success; it aligns teams and guides trade-offs. It should reflect delivered value rather than vanity (sign-ups or downloads), be measurable frequently and be influenceable by teams. For music streaming, a strong candidate is weekly time spent listening by active users, or more precisely "weekly listening hours among users who listen at least three days a week", which combines engagement and habit. Input metrics teams can move include new listener activation (first-week listening), discovery (share of listening from recommendations and saved tracks), retention (weekly returning listeners) and content coverage (search success rate). Pair the North Star with counter-metrics like subscription conversion, churn and artist payouts to avoid optimising engagement at the expense of revenue or user wellbeing.',
    '{"single metric capturing core customer value","leading indicator of long-term success","avoid vanity metrics","example weekly listening time among engaged users","input metrics activation discovery retention","counter-metrics such as revenue and churn"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Structure","weight":30,"description":"Uses a clear framework: goals, users, options, decision, measurement."},{"criterion":"Product insight","weight":30,"description":"Shows user empathy and sound judgement about value, risk and business impact."},{"criterion":"Metrics","weight":25,"description":"Defines measurable success metrics and guardrails, and reasons with data."},{"criterion":"Communication","weight":15,"description":"Concise, prioritised and easy to follow for cross-functional stakeholders."}]'::jsonb,
    '{"north-star","metrics","strategy"}'
  ),
  (
    'Explain the RICE prioritization framework and its limitations.',
    'technical',
    'product',
    'easy',
    '{"product-manager","engineering-manager"}',
    '{}',
    '{"Prioritization","Product Sense"}',
    120,
    '[]'::jsonb,
    'RICE scores each initiative as (Reach × Impact × Confidence) / Effort. Reach is how many users or events it affects in a period (e.g. 5,000 customers per quarter); Impact is the effect per user on the goal on a scale such as 0.25 (minimal) to 3 (massive); Confidence is a percentage reflecting how well-supported the estimates are; and Effort is person-months across all functions. It forces explicit estimates, makes assumptions comparable, and penalises exciting ideas that have little evidence. Limitations: the inputs are subjective and can be gamed, it ignores strategic fit, dependencies, risk reduction and time-criticality, and it favours incremental improvements over long-term bets. Use it as an input to discussion rather than an automatic ranking, alongside strategy, cost of delay and customer commitments.',
    '{"Reach Impact Confidence Effort formula","reach per time period","confidence penalises weak evidence","effort in person-months","subjective inputs limitation","ignores strategy and dependencies use as input not answer"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Structure","weight":30,"description":"Uses a clear framework: goals, users, options, decision, measurement."},{"criterion":"Product insight","weight":30,"description":"Shows user empathy and sound judgement about value, risk and business impact."},{"criterion":"Metrics","weight":25,"description":"Defines measurable success metrics and guardrails, and reasons with data."},{"criterion":"Communication","weight":15,"description":"Concise, prioritised and easy to follow for cross-functional stakeholders."}]'::jsonb,
    '{"prioritization","frameworks","rice"}'
  ),
  (
    'What should a good product requirements document (PRD) contain?',
    'technical',
    'product',
    'easy',
    '{"product-manager","engineering-manager","software-engineer"}',
    '{}',
    '{"Product Sense","Communication"}',
    120,
    '[]'::jsonb,
    'A good PRD starts with the problem, not the solution: who the target users are, what pain or opportunity exists, and the evidence for it (research, data, customer quotes). It states goals and non-goals, and measurable success metrics with guardrails. It describes the proposed solution at the level of user stories or jobs, key user flows and acceptance criteria, with designs linked, while leaving technical design to engineering. It captures scope for the first release versus later, assumptions, risks and open questions, dependencies, and launch considerations such as rollout, analytics instrumentation, support and legal. It is a living document, written collaboratively with engineering and design and kept concise enough that people actually read it.',
    '{"problem statement and target users with evidence","goals and non-goals","success metrics and guardrails","user stories flows and acceptance criteria","scope risks assumptions and open questions","rollout and instrumentation plan"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Structure","weight":30,"description":"Uses a clear framework: goals, users, options, decision, measurement."},{"criterion":"Product insight","weight":30,"description":"Shows user empathy and sound judgement about value, risk and business impact."},{"criterion":"Metrics","weight":25,"description":"Defines measurable success metrics and guardrails, and reasons with data."},{"criterion":"Communication","weight":15,"description":"Concise, prioritised and easy to follow for cross-functional stakeholders."}]'::jsonb,
    '{"prd","documentation","product-management"}'
  ),
  (
    'An A/B test of a new onboarding flow shows +4% sign-up completion (statistically significant) but -2% in 7-day retention (not significant). What do you recommend?',
    'technical',
    'product',
    'medium',
    '{"product-manager","data-scientist"}',
    '{}',
    '{"Statistics","Product Sense","Prioritization"}',
    180,
    '[]'::jsonb,
    'First check validity: sample ratio mismatch, correct exposure logging, whether the test ran full weeks, and whether retention was measured on the same cohort with enough time elapsed. A non-significant -2% does not mean "no effect": look at the confidence interval — if it ranges from, say, -6% to +2%, a meaningful retention loss is plausible and the test was underpowered for that metric. Then reason about mechanism: the new flow may push less-committed users through sign-up who then churn, so compare retention among all assigned users (intent-to-treat) rather than among those who completed sign-up. The business question is the net effect on retained users: 1.04 × 0.98 ≈ 1.019, so it may still be positive, but the uncertainty matters. I would recommend extending or re-running the test powered for retention, or launching to a partial holdout to keep measuring, and checking qualitative signals about why completion rose.',
    '{"check validity sample ratio mismatch and exposure","non-significant is not no effect confidence interval","underpowered secondary metric","intent-to-treat analysis of all assigned users","net effect on retained users","extend test or holdout powered for retention"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Structure","weight":30,"description":"Uses a clear framework: goals, users, options, decision, measurement."},{"criterion":"Product insight","weight":30,"description":"Shows user empathy and sound judgement about value, risk and business impact."},{"criterion":"Metrics","weight":25,"description":"Defines measurable success metrics and guardrails, and reasons with data."},{"criterion":"Communication","weight":15,"description":"Concise, prioritised and easy to follow for cross-functional stakeholders."}]'::jsonb,
    '{"ab-testing","decision-making","metrics"}'
  ),
  (
    'Daily active users dropped 10% week over week. How do you investigate?',
    'technical',
    'product',
    'hard',
    '{"product-manager","data-scientist","software-engineer"}',
    '{}',
    '{"Problem Solving","Product Sense","Statistics"}',
    240,
    '[]'::jsonb,
    'First validate the data: check for logging or tracking changes, pipeline delays, bot-filter changes or a metric definition change, since many "drops" are instrumentation issues. Then characterise the drop: was it sudden or gradual, and is it concentrated in a segment — platform and app version, country, acquisition channel, new versus returning users, or a specific feature entry point? Check internal causes: recent releases, experiments, outages, performance regressions, app-store or login problems, notification or email sending changes. Check external causes: seasonality and holidays (compare with the same period last year), competitor launches, marketing campaigns ending, OS updates or policy changes. Decompose DAU into new users plus retained and resurrected users to see which component moved, and follow the funnel to the step that changed. Form hypotheses, confirm with data, quantify impact, and propose fixes or rollbacks with owners.',
    '{"validate data and instrumentation first","sudden versus gradual","segment by platform version geography and channel","internal causes releases experiments outages","external causes seasonality and competitors","decompose DAU into new retained resurrected"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Structure","weight":30,"description":"Uses a clear framework: goals, users, options, decision, measurement."},{"criterion":"Product insight","weight":30,"description":"Shows user empathy and sound judgement about value, risk and business impact."},{"criterion":"Metrics","weight":25,"description":"Defines measurable success metrics and guardrails, and reasons with data."},{"criterion":"Communication","weight":15,"description":"Concise, prioritised and easy to follow for cross-functional stakeholders."}]'::jsonb,
    '{"metrics-investigation","root-cause","analytics"}'
  ),
  (
    'Estimate the market size for a subscription app that helps freelancers track invoices in the United States.',
    'technical',
    'product',
    'medium',
    '{"product-manager"}',
    '{}',
    '{"Product Sense","Problem Solving"}',
    180,
    '[]'::jsonb,
    'Structure it top-down and sanity-check bottom-up, stating assumptions explicitly. Start with roughly 160 million people in the US workforce and assume about 35% do some freelance work, about 55–60 million; perhaps 40% freelance as a primary or significant income source and invoice clients regularly, about 23 million. Assume half of those currently use spreadsheets or nothing and would consider a dedicated tool, about 11 million potential users — the serviceable market. At $10 per month, or $120 per year, that is a serviceable addressable market of about $1.4 billion annually. A realistic obtainable share in three to five years might be 1–3%, i.e. $14–40 million ARR. Cross-check with competitors'' reported user numbers and pricing, and note the biggest uncertainties (freelancer definition, willingness to pay, competition from accounting suites) and how you would validate them.',
    '{"top-down structure with stated assumptions","segment to target users who invoice regularly","price times users for addressable market","TAM SAM SOM distinction","bottom-up or competitor sanity check","identify key uncertainties"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Structure","weight":30,"description":"Uses a clear framework: goals, users, options, decision, measurement."},{"criterion":"Product insight","weight":30,"description":"Shows user empathy and sound judgement about value, risk and business impact."},{"criterion":"Metrics","weight":25,"description":"Defines measurable success metrics and guardrails, and reasons with data."},{"criterion":"Communication","weight":15,"description":"Concise, prioritised and easy to follow for cross-functional stakeholders."}]'::jsonb,
    '{"estimation","market-sizing","case"}'
  ),
  (
    'How do you decide whether to build a capability in-house or buy a third-party solution (for example, authentication or search)?',
    'technical',
    'product',
    'medium',
    '{"product-manager","engineering-manager","software-engineer"}',
    '{}',
    '{"Prioritization","Product Sense","Stakeholder Management"}',
    180,
    '[]'::jsonb,
    'Start with strategy: build what differentiates your product and is core to your competitive advantage; buy commodity capabilities where a vendor''s specialisation beats what you could maintain, such as authentication, payments or email delivery. Compare total cost of ownership over several years: vendor fees that scale with usage versus engineering time to build, plus ongoing maintenance, security, on-call and opportunity cost of not building product features. Evaluate vendors on fit for requirements, reliability and SLAs, security and compliance (SOC 2, data residency), extensibility, pricing at projected scale, and lock-in and exit cost. Consider time to market: buying often ships in weeks rather than quarters. Reduce lock-in with an internal abstraction layer and a clear data export path, and revisit the decision when scale or requirements change.',
    '{"build differentiating capabilities buy commodity","total cost of ownership including maintenance","opportunity cost of engineering time","vendor evaluation security compliance SLAs pricing at scale","time to market","lock-in and abstraction layer"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Structure","weight":30,"description":"Uses a clear framework: goals, users, options, decision, measurement."},{"criterion":"Product insight","weight":30,"description":"Shows user empathy and sound judgement about value, risk and business impact."},{"criterion":"Metrics","weight":25,"description":"Defines measurable success metrics and guardrails, and reasons with data."},{"criterion":"Communication","weight":15,"description":"Concise, prioritised and easy to follow for cross-functional stakeholders."}]'::jsonb,
    '{"build-vs-buy","strategy","trade-offs"}'
  ),
  (
    'As a product manager, how do you work with engineering on estimates, scope and technical debt?',
    'technical',
    'product',
    'medium',
    '{"product-manager","engineering-manager"}',
    '{}',
    '{"Stakeholder Management","Prioritization","Communication"}',
    180,
    '[]'::jsonb,
    'Involve engineers early in problem discovery so solutions reflect technical realities, and treat estimates as ranges with stated uncertainty rather than commitments extracted under pressure. When a date is fixed, negotiate scope: define the smallest valuable slice, sequence the rest, and make trade-offs explicit to stakeholders. For technical debt, ask engineering to express its cost in terms of outcomes — slower delivery, incidents, on-call load — and reserve a predictable share of capacity (for example 15–20%) for it, prioritised alongside features. Track delivery with lightweight metrics (cycle time, predictability) rather than micromanaging tickets. Build trust by sharing customer context and the "why" behind priorities and by protecting the team from churn in priorities.',
    '{"involve engineering early in discovery","estimates as ranges with uncertainty","negotiate scope not quality when date is fixed","technical debt expressed as business cost","reserved capacity for technical debt","share context and protect team focus"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Structure","weight":30,"description":"Uses a clear framework: goals, users, options, decision, measurement."},{"criterion":"Product insight","weight":30,"description":"Shows user empathy and sound judgement about value, risk and business impact."},{"criterion":"Metrics","weight":25,"description":"Defines measurable success metrics and guardrails, and reasons with data."},{"criterion":"Communication","weight":15,"description":"Concise, prioritised and easy to follow for cross-functional stakeholders."}]'::jsonb,
    '{"collaboration","estimation","tech-debt"}'
  ),
  (
    'How would you improve the onboarding experience of a B2B project-management tool where only 30% of new workspaces are still active after four weeks?',
    'technical',
    'product',
    'medium',
    '{"product-manager","frontend-developer","data-scientist"}',
    '{}',
    '{"Product Sense","Statistics","Prioritization"}',
    180,
    '[]'::jsonb,
    'First define activation: find the early behaviours that best predict four-week retention, e.g. creating a project, inviting at least two teammates and completing a task within the first week, using cohort analysis. Map the onboarding funnel to see where workspaces drop off and segment by company size, acquisition channel and use case, complementing data with interviews of churned and retained admins. Likely levers include reducing time to value with templates for common use cases, prompting teammate invitations early since collaborative workspaces retain better, importing data from spreadsheets or competitors, contextual checklists and lifecycle emails, and human-assisted onboarding for high-value accounts. Prioritise ideas by expected impact on the activation rate and effort, run experiments for each, and track the leading activation metric weekly while confirming effects on four-week retention.',
    '{"define activation metric predictive of retention","funnel drop-off analysis and segmentation","user interviews with churned customers","reduce time to value with templates","encourage teammate invites","experiment and track leading indicators"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Structure","weight":30,"description":"Uses a clear framework: goals, users, options, decision, measurement."},{"criterion":"Product insight","weight":30,"description":"Shows user empathy and sound judgement about value, risk and business impact."},{"criterion":"Metrics","weight":25,"description":"Defines measurable success metrics and guardrails, and reasons with data."},{"criterion":"Communication","weight":15,"description":"Concise, prioritised and easy to follow for cross-functional stakeholders."}]'::jsonb,
    '{"onboarding","activation","retention"}'
  ),
  (
    'How do you build a product roadmap when there is high uncertainty about the market and technology?',
    'technical',
    'product',
    'hard',
    '{"product-manager","engineering-manager"}',
    '{}',
    '{"Prioritization","Product Sense","Stakeholder Management"}',
    240,
    '[]'::jsonb,
    'Replace a date-driven feature list with an outcome-based roadmap: tie themes to measurable objectives (e.g. reduce time-to-first-value by 30%) and express horizons as now, next and later, with detail decreasing the further out you go. Treat items in "next" and "later" as bets with explicit hypotheses and kill criteria, and invest in discovery — prototypes, customer interviews, technical spikes — to reduce the biggest risks (value, usability, feasibility, viability) before committing engineering capacity. Use a portfolio approach: most capacity on core improvements with high confidence, some on adjacent opportunities, and a small amount on exploratory bets. Communicate confidence levels explicitly to stakeholders, commit firmly only where you must (contracts, regulatory deadlines), and revisit the roadmap on a regular cadence as evidence arrives. The roadmap is a communication tool for strategy, not a promise of output.',
    '{"outcome-based roadmap tied to objectives","now next later horizons","bets with hypotheses and kill criteria","discovery to reduce value usability feasibility viability risk","portfolio allocation of capacity","communicate confidence and revisit regularly"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Structure","weight":30,"description":"Uses a clear framework: goals, users, options, decision, measurement."},{"criterion":"Product insight","weight":30,"description":"Shows user empathy and sound judgement about value, risk and business impact."},{"criterion":"Metrics","weight":25,"description":"Defines measurable success metrics and guardrails, and reasons with data."},{"criterion":"Communication","weight":15,"description":"Concise, prioritised and easy to follow for cross-functional stakeholders."}]'::jsonb,
    '{"roadmap","strategy","uncertainty"}'
  ),
  (
    'How would you price a new premium tier for an existing freemium SaaS product?',
    'technical',
    'product',
    'hard',
    '{"product-manager","data-scientist"}',
    '{}',
    '{"Product Sense","Statistics","Stakeholder Management"}',
    240,
    '[]'::jsonb,
    'Base pricing on the value delivered to customers rather than cost: identify which segments get the most value and which features or usage limits they would pay for, such as advanced permissions, higher usage limits or compliance features. Choose a value metric that scales with customer value (per seat, per usage, per workspace) and design packaging so the premium tier has a clear upgrade trigger without crippling the free tier. Research willingness to pay with customer interviews and surveys such as Van Westendorp or conjoint analysis, and benchmark competitors and substitutes. Validate with experiments where feasible — price tests on new sign-ups, landing page tests or sales-led pilots — while being careful about fairness and customer trust. Model revenue impact including conversion rate, cannibalisation of the existing paid tier, expansion and churn, and plan grandfathering and communication for existing customers. Monitor conversion, average revenue per account and churn after launch and iterate.',
    '{"value-based pricing not cost-plus","value metric that scales with customer value","packaging with clear upgrade triggers","willingness to pay research Van Westendorp or conjoint","price experiments and competitor benchmarks","model cannibalisation churn and grandfathering"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Structure","weight":30,"description":"Uses a clear framework: goals, users, options, decision, measurement."},{"criterion":"Product insight","weight":30,"description":"Shows user empathy and sound judgement about value, risk and business impact."},{"criterion":"Metrics","weight":25,"description":"Defines measurable success metrics and guardrails, and reasons with data."},{"criterion":"Communication","weight":15,"description":"Concise, prioritised and easy to follow for cross-functional stakeholders."}]'::jsonb,
    '{"pricing","monetization","strategy"}'
  ),
  (
    'What is a minimum viable product (MVP), and how do you decide what goes into one?',
    'technical',
    'product',
    'easy',
    '{"product-manager","software-engineer","frontend-developer"}',
    '{}',
    '{"Product Sense","Prioritization"}',
    120,
    '[]'::jsonb,
    'An MVP is the smallest thing you can build to test your riskiest assumption with real users and learn whether to continue, pivot or stop — it is an experiment, not simply a smaller version of the final product. Start by writing down the hypotheses, e.g. "small agencies will pay to automate client reporting", and identify which assumption is most uncertain and most critical: demand, usability, feasibility or willingness to pay. Choose the cheapest way to test it, which may be a landing page, a concierge service delivered manually, a clickable prototype or a narrow working product for one segment. Include only the features needed to deliver the core value for that test and define success criteria in advance, such as activation or paid conversion rates. "Minimum" should not mean broken: the experience must be good enough that failure reflects the idea, not poor quality.',
    '{"smallest experiment to test riskiest assumption","explicit hypotheses","cheapest test such as landing page or concierge","only features needed for core value","success criteria defined in advance","viable means good enough quality"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Structure","weight":30,"description":"Uses a clear framework: goals, users, options, decision, measurement."},{"criterion":"Product insight","weight":30,"description":"Shows user empathy and sound judgement about value, risk and business impact."},{"criterion":"Metrics","weight":25,"description":"Defines measurable success metrics and guardrails, and reasons with data."},{"criterion":"Communication","weight":15,"description":"Concise, prioritised and easy to follow for cross-functional stakeholders."}]'::jsonb,
    '{"mvp","lean","experimentation"}'
  )
on conflict do nothing;

-- Behavioral: easy (15 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'Tell me about a project you are especially proud of. What was your role and what impact did it have?',
    'behavioral',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Communication","Ownership"}',
    180,
    '[{"question":"Walk me through the most technically complex part of that project.","difficulty":"medium","context":"Follow-up probing depth."}]'::jsonb,
    'Situation: our checkout page had a 68% mobile abandonment rate and support tickets pointed at slow load times and a confusing address form. Task: as the engineer leading the redesign, I owned the frontend rebuild and the rollout plan, with a six-week deadline before the holiday season. Action: I profiled the page and cut JavaScript by 40% through code splitting, replaced the address form with autocomplete, and proposed shipping behind a feature flag to 10% of traffic so we could measure impact. I also set up dashboards with our analyst so we agreed on the success metric up front. Result: mobile conversion rose 11% in the A/B test, page load dropped from 4.2 s to 1.9 s, and the change was worth about $1.2M in annualised revenue. I learned to agree on metrics before writing code, which I have done on every project since.',
    '{"specific situation with context","clear personal role and task","concrete actions taken by me","quantified result metric","lesson learned"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","impact","introduction"}'
  ),
  (
    'Describe a time you had to learn a new technology or domain quickly to deliver a project.',
    'behavioral',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer"}',
    '{}',
    '{"Problem Solving","Ownership"}',
    180,
    '[]'::jsonb,
    'Situation: two weeks after I joined a team, our only Kubernetes expert left and a migration of three services from VMs to Kubernetes was due in a month. Task: I volunteered to own the migration even though I had only used Docker locally. Action: I blocked two hours a day for structured learning (the official Kubernetes tutorials and a sandbox cluster), migrated the least critical service first as a learning vehicle, and wrote down every question so I could batch them for a 30-minute weekly session with a platform engineer from another team. I paired with a teammate on the later services so the knowledge was not concentrated in me again. Result: all three services moved on schedule with zero customer-facing downtime, infrastructure costs dropped 25%, and my migration runbook was reused by two other teams. I learned that starting with a low-risk slice is the fastest way to build real understanding.',
    '{"structured learning plan","start with low-risk pilot","asked experts for targeted help","shared knowledge with team documentation runbook","quantified outcome delivered on schedule"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","learning","growth-mindset"}'
  ),
  (
    'Tell me about a time you received constructive feedback. How did you respond?',
    'behavioral',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Communication","Teamwork"}',
    180,
    '[]'::jsonb,
    'Situation: in my first performance review as a mid-level engineer, my manager told me my pull requests were too large and that reviewers were taking days to get to them. Task: I wanted to keep my delivery speed but make my work easier to review. Action: I thanked her, asked for two concrete examples, and then reviewed my last ten PRs with a reviewer''s eye: the average was 900 lines. I started splitting work into stacked PRs under 300 lines with clear descriptions and screenshots, and asked two frequent reviewers for feedback after a month. Result: my median review turnaround dropped from 2.5 days to under 6 hours, the defects found in review increased because changes were understandable, and my manager cited the change in my next review. I now ask for feedback proactively every quarter rather than waiting for reviews.',
    '{"receptive without being defensive","asked for specific examples","concrete behaviour change","measured improvement with metric","seeks feedback proactively"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","feedback","growth-mindset"}'
  ),
  (
    'Give an example of a time you helped a teammate who was struggling.',
    'behavioral',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Teamwork","Communication"}',
    180,
    '[]'::jsonb,
    'Situation: a new graduate on my team had been stuck on an integration-test failure for two days and was quiet in stand-ups. Task: I was not her mentor, but I noticed the ticket had not moved and wanted to help without taking over. Action: I offered a pairing session, asked her to walk me through what she had tried, and taught her how to use the debugger and read the CI logs rather than fixing it myself; the root cause was a shared test fixture. Afterwards we wrote a short internal guide on debugging flaky integration tests, and I suggested to our manager that new hires get a designated buddy for their first month. Result: she shipped the feature three days later, the guide cut similar questions in our channel noticeably, and the buddy system was adopted for the next four hires. She later told me the session made her comfortable asking for help earlier.',
    '{"noticed signal proactively","offered pairing instead of taking over","taught debugging skills","improved process documentation or buddy system","outcome for teammate and team"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","mentoring","collaboration"}'
  ),
  (
    'Tell me about a mistake you made at work and what you did about it.',
    'behavioral',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Ownership","Communication"}',
    180,
    '[]'::jsonb,
    'Situation: I ran a data migration script in production that was meant to update 2,000 inactive accounts, but a missing WHERE clause condition marked 14,000 active accounts as inactive. Task: I needed to stop the damage, restore the data and be transparent about it. Action: within five minutes I posted in the incident channel that I had caused it, paused the notification job that would have emailed affected users, and restored the affected rows from the point-in-time backup with a second engineer reviewing every query. I then wrote a blameless postmortem and added safeguards: migrations now run in a transaction with a dry-run row count that must match the expected number before commit. Result: service was fully restored in 40 minutes, no customer received a wrong email, and the dry-run check has since caught two other bad migrations. The lesson was that owning mistakes quickly limits their impact far more than trying to fix them quietly.',
    '{"takes responsibility immediately","contains the impact quickly","transparent communication","blameless postmortem","prevention safeguard added","quantified impact and recovery time"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","mistakes","accountability"}'
  ),
  (
    'Describe a time you had to deliver something under a very tight deadline.',
    'behavioral',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Prioritization","Ownership"}',
    180,
    '[]'::jsonb,
    'Situation: a large customer''s contract renewal depended on SSO support, and sales committed to a date three weeks out while our estimate was six. Task: as the engineer responsible, I had to find a way to deliver something valuable by the date without cutting corners on security. Action: I broke the work down with the PM and the customer''s IT contact and found they needed only SAML with one identity provider, not the full admin UI and SCIM provisioning we had planned. I proposed shipping that slice first, used a well-tested open-source SAML library instead of writing our own, and set up daily 10-minute check-ins with QA so testing ran in parallel. Result: we delivered SAML login in 17 days, the customer renewed a $400K contract, and the remaining features shipped the following month. I learned that clarifying the real requirement is usually the biggest lever on a deadline.',
    '{"clarified the real requirement","negotiated scope minimum viable slice","reused existing library instead of building","parallel testing and frequent check-ins","delivered with quantified business result"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","deadlines","scope"}'
  ),
  (
    'How do you handle several competing priorities at once? Give a concrete example.',
    'behavioral',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Prioritization","Communication"}',
    180,
    '[]'::jsonb,
    'Situation: in one sprint I had a feature due for a launch, a production bug affecting a small number of customers, and a request from another team to review their API design. Task: I needed to decide the order and make sure nobody was surprised. Action: I listed the items with their impact and deadlines: the bug affected 3% of payments, so it came first; the launch had a fixed marketing date; the review had flexible timing. I fixed the bug in a day, told the other team I could review on Thursday instead of Monday, and flagged to my manager that the launch would be tight so she could move a lower-priority task off my plate. Result: the bug was fixed within 24 hours, the launch went out on time, and the review still happened before their design deadline. Making the trade-offs explicit and communicating early meant no one was blocked or surprised.',
    '{"assessed impact and urgency","explicit ordering of priorities","communicated changed timelines early","asked manager to remove lower-priority work","all commitments met with outcome"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","prioritization","time-management"}'
  ),
  (
    'Tell me about a time you went above and beyond for a customer or user.',
    'behavioral',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Ownership","Product Sense"}',
    180,
    '[]'::jsonb,
    'Situation: a support ticket reported that a screen-reader user could not complete sign-up because our date picker was not keyboard accessible. Task: the ticket was triaged as low priority, but it completely blocked that user and likely others. Action: I reproduced it with VoiceOver, built a fix using a native date input with a text fallback, and then audited the rest of the sign-up flow with axe and manual keyboard testing, finding six more issues that I fixed over the next week. I also emailed the user personally to confirm the fix worked and added automated accessibility checks to our CI. Result: sign-up completion for keyboard-only sessions rose from 41% to 89%, the user wrote back thanking the team, and the CI check prevented 12 regressions over the next quarter. It reinforced for me that a single report often represents many silent users.',
    '{"recognised real user impact","fixed root cause beyond the ticket","audit for related issues","followed up with the user","prevention via automated checks","quantified improvement"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","customer-focus","accessibility"}'
  ),
  (
    'Describe a time you explained a complex technical concept to a non-technical audience.',
    'behavioral',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Communication","Stakeholder Management"}',
    180,
    '[]'::jsonb,
    'Situation: our sales leadership wanted to promise customers "real-time" reporting, but our pipeline had a 6-hour batch delay and making it real-time would take a quarter of engineering work. Task: I needed them to understand the trade-off so they could make a business decision, not a technical one. Action: I used an analogy of a newspaper printed every morning versus a live news feed, showed what data freshness customers would see in each option, and presented three choices with cost and timelines: keep 6 hours, move to hourly in two weeks, or real-time in three months. I avoided jargon and checked understanding by asking them which customer scenarios mattered most. Result: they chose hourly updates, which satisfied 9 of the 10 key customers, and saved roughly 10 engineer-weeks. Sales later reused my one-page explanation in customer calls.',
    '{"analogy tailored to audience","avoided jargon","presented options with cost and timeline trade-offs","checked understanding","decision and outcome quantified"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","communication","non-technical-audience"}'
  ),
  (
    'Tell me about a time you improved a process or workflow for your team.',
    'behavioral',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Ownership","Problem Solving"}',
    180,
    '[]'::jsonb,
    'Situation: releases on my team took half a day of manual steps and happened only every two weeks, and about one in five releases needed a hotfix. Task: nobody owned the release process, so I proposed to automate it. Action: I documented every manual step, measured where the time went, and found that environment setup and manual smoke testing were most of it. Over three weeks I scripted the deployment in our CI pipeline, added automated smoke tests for the ten most critical user flows, and introduced a release checklist for the remaining judgement calls. I demoed it to the team and rotated release duty so everyone learned it. Result: release time dropped from four hours to 25 minutes, we moved to releasing daily, and hotfixes fell from 20% to 5% of releases within two months.',
    '{"measured the current process","identified bottleneck","automated manual steps in CI pipeline","shared ownership and demoed to team","before and after metrics"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","process-improvement","automation"}'
  ),
  (
    'Tell me about a time you asked for help. How did you decide it was time to ask?',
    'behavioral',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer"}',
    '{}',
    '{"Teamwork","Communication"}',
    180,
    '[]'::jsonb,
    'Situation: I was optimising a slow PostgreSQL query in our reporting service and after a full day my changes had not improved the 12-second runtime. Task: the report was needed for a customer demo in three days, so burning more time alone was risky. Action: I use a simple rule: if I have been stuck for half a day without new information, I ask. I wrote up what I had tried, the EXPLAIN ANALYZE output and my hypotheses, and asked our database specialist for 20 minutes. She spotted that the planner''s row estimates were badly off because of stale statistics and correlated columns. Result: after running ANALYZE and adding extended statistics plus a composite index, the query dropped to 300 ms, well before the demo. Preparing a clear write-up made the conversation short and I learned a technique I have used several times since.',
    '{"time-boxed before asking","prepared context and what was tried","respected expert time","learned technique for future","quantified outcome"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","collaboration","self-awareness"}'
  ),
  (
    'Describe a time you worked with another team to deliver something neither team could deliver alone.',
    'behavioral',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Teamwork","Stakeholder Management"}',
    180,
    '[]'::jsonb,
    'Situation: our mobile team needed a new payments API from the backend team to launch in-app subscriptions, but that team had their own roadmap and limited capacity. Task: I was the mobile lead and needed the API within six weeks for a launch tied to a marketing campaign. Action: I met their tech lead to understand their constraints, then proposed that one of our engineers contribute to their codebase under their review, with a contract-first API spec we agreed on in an OpenAPI document. We mocked the API from the spec so mobile work proceeded in parallel, and held a 15-minute sync twice a week. Result: the API and app shipped in five weeks, subscriptions reached 8,000 paying users in the first month, and the backend team adopted the contract-first approach for other consumers.',
    '{"understood the other team constraints","offered resources to help","contract-first API specification","parallel work with mocks","regular sync cadence","shared outcome metric"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","cross-team","collaboration"}'
  ),
  (
    'Tell me about a time requirements changed late in a project. How did you adapt?',
    'behavioral',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Communication","Problem Solving"}',
    180,
    '[]'::jsonb,
    'Situation: two weeks before launch of a new onboarding flow, legal told us we needed explicit consent for data processing in the EU, which changed three screens and our data model. Task: I needed to incorporate the change without missing the launch date that marketing had announced. Action: I first clarified the exact legal requirement in a 30-minute call, then estimated the impact with the team and found we could reuse our existing settings component for consent. I proposed launching on the same date but in non-EU markets first, with the EU a week later, and got agreement from the PM and legal. I updated the plan and communicated it to stakeholders the same day. Result: non-EU launch happened on time, the EU followed six days later fully compliant, and no rework was needed after launch. I learned to involve legal earlier, and now add a compliance review in our kickoff checklist.',
    '{"clarified new requirement quickly","assessed impact and options","phased launch trade-off","communicated updated plan to stakeholders","outcome and process change"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","adaptability","change"}'
  ),
  (
    'Tell me about a time you had to work in an unfamiliar or poorly documented legacy codebase.',
    'behavioral',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer"}',
    '{}',
    '{"Problem Solving","Ownership","Testing"}',
    180,
    '[]'::jsonb,
    'Situation: I was asked to add multi-currency support to an eight-year-old billing module with no tests and whose original authors had left. Task: change it safely, since billing bugs directly cost money. Action: I started by writing characterisation tests that captured the current behaviour for 40 real invoice scenarios taken from production data. I mapped the code paths with a debugger and drew a short architecture note, then refactored in small steps behind the tests, extracting a pure pricing function before adding currency logic. I kept each PR small and had the finance team verify sample invoices. Result: multi-currency shipped in five weeks with zero billing incidents, test coverage on the module went from 0% to 78%, and my architecture note became the onboarding document for the module.',
    '{"characterisation tests before changing code","mapped code paths with debugger","small incremental refactoring","documentation for future engineers","zero incidents and coverage metric"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","legacy-code","refactoring"}'
  ),
  (
    'Tell me about a time you used customer feedback to improve a product.',
    'behavioral',
    'product',
    'easy',
    '{"product-manager","frontend-developer","mobile-developer","full-stack-developer","data-scientist"}',
    '{}',
    '{"Product Sense","Communication"}',
    180,
    '[]'::jsonb,
    'Situation: our B2B dashboard had an NPS of 18 and the most common free-text complaint was that reports were "hard to find". Task: as the PM for reporting, I needed to understand the real problem and improve it within a quarter. Action: I tagged 300 survey comments, ran eight customer interviews, and watched session recordings, which showed users exporting data to spreadsheets because they could not save filtered views. We prototyped saved views and a pinned-reports section, tested it with five customers, and shipped it to 20% of accounts first. Result: time-to-report fell by 45%, spreadsheet exports dropped 30%, and the reporting NPS rose from 18 to 34 over the following quarter. I learned that the literal complaint ("hard to find") often hides a different underlying job to be done.',
    '{"analysed qualitative feedback at scale","customer interviews and session recordings","identified underlying need","prototype and staged rollout","measured outcome NPS and usage metrics"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","customer-feedback","product"}'
  )
on conflict do nothing;

-- Behavioral: medium (15 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'Tell me about a time you disagreed with a teammate about a technical approach. How was it resolved?',
    'behavioral',
    'general',
    'medium',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer"}',
    '{}',
    '{"Conflict Resolution","Communication","Teamwork"}',
    240,
    '[{"question":"What would you have done if the other person had more authority than you?","difficulty":"hard","context":"Probes influence upward."}]'::jsonb,
    'Situation: a senior teammate and I disagreed on whether to build our new notification service on Kafka, which he preferred, or on our existing managed queue. Task: we needed a decision within a week without damaging our working relationship. Action: I suggested we write down the requirements first (throughput, ordering, operational cost) and each list the risks of both options in a shared doc, so we argued about data rather than preferences. I acknowledged the strengths of his proposal, and we ran a two-day spike measuring throughput at 5x our projected peak. The data showed the managed queue handled the load with far lower operational burden, though Kafka would matter if we needed replay, so we agreed on an abstraction layer that would let us switch later. Result: we shipped in four weeks instead of the estimated eight, with no on-call incidents in the first quarter, and he later championed the decision-doc template for other debates.',
    '{"focused on requirements not opinions","acknowledged the other perspective","data from a time-boxed spike","agreed decision and documented trade-offs","relationship preserved and outcome metric"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","conflict","technical-decisions"}'
  ),
  (
    'Tell me about a time you disagreed with your manager. What did you do?',
    'behavioral',
    'general',
    'medium',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Conflict Resolution","Communication"}',
    240,
    '[]'::jsonb,
    'Situation: my manager wanted to commit to a new mobile feature for the next quarter, while I believed our crash rate of 2.1% needed attention first because app-store ratings were falling. Task: I wanted to make the case without undermining her decision-making authority. Action: I asked for a one-on-one, brought data linking crash-affected sessions to a 15% lower 30-day retention, and proposed a compromise: two engineers on stability for six weeks while the rest started the feature. I was clear that I would fully support whichever decision she made. She agreed to a four-week stability push with a specific target. Result: we reduced the crash rate to 0.4%, the app rating went from 3.6 to 4.3 stars, and the feature still shipped only two weeks later than originally planned. I learned that bringing data and a workable alternative turns disagreement into a joint decision.',
    '{"raised disagreement privately and respectfully","used data to support the case","proposed a compromise alternative","disagree and commit","quantified result"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","managing-up","disagreement"}'
  ),
  (
    'Describe a project that failed or did not meet its goals. What happened and what did you learn?',
    'behavioral',
    'general',
    'medium',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Ownership","Problem Solving"}',
    240,
    '[]'::jsonb,
    'Situation: I led a three-month project to build a recommendation widget for our marketplace homepage, expecting a 10% lift in click-through. Task: I owned the technical design and delivery. Action: we built a sophisticated model and infrastructure before testing demand, and when we finally ran the A/B test, the widget improved click-through by only 1.2% and slowed the homepage by 300 ms, which cancelled the gain in conversion. I ran the retrospective, owned my part — I had pushed for building the full pipeline before validating with a simple heuristic — and we rolled the widget back. Result: we salvaged the data pipeline for search ranking, which later improved search conversion by 6%. Since then I always start with the cheapest experiment that can falsify the hypothesis, such as a rules-based version, before investing in infrastructure.',
    '{"honest about what failed","owns personal contribution to failure","retrospective and root cause","salvaged value from work","concrete lesson applied later"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","failure","learning"}'
  ),
  (
    'Tell me about a time you pushed back on a product requirement or request.',
    'behavioral',
    'general',
    'medium',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-scientist","qa-engineer","engineering-manager"}',
    '{}',
    '{"Communication","Stakeholder Management","Product Sense"}',
    240,
    '[]'::jsonb,
    'Situation: a PM asked us to store users'' full card numbers so support could look up payments, with a two-week deadline. Task: I had to prevent a serious security and PCI compliance risk while still solving the support team''s actual problem. Action: I met the PM and a support lead to understand the job to be done: they needed to match a customer complaint to a transaction. I explained that storing PANs would put our entire system in PCI scope, and proposed storing the payment provider''s token plus the last four digits and expiry, with a search tool built on those. I put the options, risks and costs in a short written proposal so the decision was explicit. Result: the PM agreed, we shipped the lookup tool in eight days instead of two weeks, support resolution time for payment tickets dropped 35%, and we stayed out of PCI scope.',
    '{"understood underlying need behind request","explained risk in business terms","proposed alternative solution","documented trade-offs for decision","outcome metric"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","pushback","security"}'
  ),
  (
    'Describe a time you had to make an important decision without having all the information you wanted.',
    'behavioral',
    'general',
    'medium',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Problem Solving","Ownership","Prioritization"}',
    240,
    '[]'::jsonb,
    'Situation: during a traffic spike, our primary database hit 95% CPU and we did not yet know whether the cause was a bad deploy or organic load from a viral post. Task: as incident commander I had to choose between rolling back the morning''s deploy, scaling the database, or rate-limiting an endpoint, within minutes. Action: I weighed reversibility: rolling back was safe and fast, so I did that first while another engineer prepared a read replica; I time-boxed it to five minutes of observation. CPU stayed high, which ruled out the deploy, so we rate-limited the trending-feed endpoint and added caching. I communicated every step and its reasoning in the incident channel. Result: latency recovered in 18 minutes with no data loss, and the postmortem led to caching that cut database load by 40%. My principle is to prefer reversible actions quickly and gather data as you go.',
    '{"considered reversibility of options","time-boxed decision","gathered data while acting","communicated reasoning","quantified outcome and follow-up"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","decision-making","ambiguity"}'
  ),
  (
    'Tell me about a time you influenced a decision or change without having formal authority.',
    'behavioral',
    'general',
    'medium',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Leadership","Communication","Stakeholder Management"}',
    240,
    '[]'::jsonb,
    'Situation: our organisation had no standard for API error formats and each of eight teams returned errors differently, causing constant bugs in the frontend and mobile clients. Task: as a senior engineer on one team, I wanted a common standard adopted without any authority over the other teams. Action: I collected evidence: 23 bugs in six months traced to inconsistent error handling. I drafted a proposal based on RFC 9457 problem details, shared it early with the tech leads most likely to object, and incorporated their feedback, then built a small shared library so adoption took less than a day per service. I presented it at the architecture forum with the bug data and offered to pair with each team. Result: six of eight teams adopted it within a quarter, client-side error bugs dropped by 70%, and the standard became part of our API guidelines.',
    '{"built evidence for the problem","engaged likely objectors early","incorporated feedback","lowered adoption cost with shared library","adoption metric and impact"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","influence","leadership"}'
  ),
  (
    'Walk me through a production incident you handled. What was your role and what changed afterwards?',
    'behavioral',
    'devops',
    'medium',
    '{"devops-engineer","backend-developer","full-stack-developer","software-engineer","mobile-developer","data-engineer"}',
    '{}',
    '{"Ownership","Problem Solving","Observability"}',
    240,
    '[]'::jsonb,
    'Situation: on a Friday evening our checkout API started returning 500s for 30% of requests after a certificate on an internal service expired. Task: I was on call, so I owned mitigation and coordination. Action: I declared an incident, paged the service owner, and set up a channel with a status-page update within ten minutes. Dashboards showed TLS handshake failures to the pricing service, so we rotated the certificate manually and restarted the affected pods; I kept stakeholders updated every 15 minutes. Afterwards I led a blameless postmortem: the root cause was a manual renewal process with reminders going to a departed employee. Result: the impact lasted 47 minutes; we automated renewal with cert-manager, added alerts 30 days before any certificate expires, and there has been no certificate-related outage in the 18 months since.',
    '{"declared incident and coordinated roles","mitigation before root cause","regular stakeholder updates","blameless postmortem with root cause","preventive action items automation and alerts","quantified impact duration"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","incident","on-call"}'
  ),
  (
    'Tell me about a time you gave difficult feedback to a peer.',
    'behavioral',
    'general',
    'medium',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Communication","Conflict Resolution","Teamwork"}',
    240,
    '[]'::jsonb,
    'Situation: a peer on my team regularly merged code without tests and dismissed review comments, and two of his changes had caused production bugs in a month. Task: I was not his manager, but the behaviour was hurting the team and I thought he deserved direct feedback before it escalated. Action: I asked for a private conversation and used the situation-behaviour-impact model: I described two specific PRs, what happened, and the impact — four hours of on-call work and a customer-facing bug. I asked for his perspective and learned he felt pressured by his deadlines, so we agreed he would flag when he was squeezed and I would prioritise his reviews. Result: over the next two months his PRs included tests, we had no further regressions from his area, and he said he appreciated hearing it directly rather than from our manager.',
    '{"private conversation","specific situation behaviour impact","asked for their perspective","agreed concrete next steps","relationship and outcome improved"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","feedback","peer"}'
  ),
  (
    'Tell me about a time you had to balance paying down technical debt against shipping new features.',
    'behavioral',
    'general',
    'medium',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","engineering-manager","product-manager"}',
    '{}',
    '{"Prioritization","Stakeholder Management","Communication"}',
    240,
    '[]'::jsonb,
    'Situation: our frontend build took 14 minutes and flaky tests failed one CI run in four, but the roadmap was full of customer features. Task: as tech lead I needed product to agree to invest in the debt. Action: rather than asking for a "refactoring sprint", I quantified the cost: engineers waited about 6 hours per week each on builds and reruns, which was roughly 15% of team capacity. I proposed reserving 20% of each sprint for the top items, ranked by time saved, with a target to measure after one quarter. I also paired debt fixes with features touching the same code. Result: build time dropped to 4 minutes, flaky failures to under 2%, and our sprint throughput rose by about 20%, which the PM then used to justify keeping the 20% allocation permanently.',
    '{"quantified cost of technical debt","framed in business terms capacity","proposed fixed capacity allocation","prioritised by return on investment","measured results afterwards"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","tech-debt","trade-offs"}'
  ),
  (
    'Tell me about a time you realised you were going to miss a deadline. How did you handle it?',
    'behavioral',
    'general',
    'medium',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Communication","Ownership","Stakeholder Management"}',
    240,
    '[]'::jsonb,
    'Situation: halfway through a six-week integration with a new shipping provider, I discovered their sandbox API behaved differently from production in how it handled multi-package orders. Task: I estimated an extra two weeks of work, which would miss the date promised to operations. Action: I told my manager and the operations lead the same day, with a clear explanation, a revised estimate and three options: slip two weeks, launch on time for single-package orders only (80% of volume), or add a contractor. We chose the partial launch. I sent a short weekly status update with risks until completion. Result: 80% of orders moved to the cheaper provider on the original date, saving about $30K per month, and the multi-package support followed 12 days later. The operations lead told me the early warning was what made the partial launch possible.',
    '{"raised the risk early","revised estimate with explanation","offered options with trade-offs","regular status updates","partial delivery with business outcome"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","deadlines","transparency"}'
  ),
  (
    'Tell me about a time you mentored or onboarded a more junior engineer.',
    'behavioral',
    'general',
    'medium',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","engineering-manager"}',
    '{}',
    '{"Leadership","Communication","Teamwork"}',
    240,
    '[]'::jsonb,
    'Situation: I was asked to mentor a junior engineer who had moved from QA into backend development and was struggling with code reviews and design work. Task: help her become independent on medium-sized features within a quarter. Action: we agreed on goals together, and I set up weekly one-on-ones where she brought a design question each time. I gave her progressively larger tickets with a design-doc step, reviewed her docs before code so feedback came early, and had her lead the review of my own PRs to build confidence. I also made sure she presented her work at our team demo. Result: within three months she independently delivered an export feature used by 2,000 customers, her PR revision rounds dropped from about five to two, and she was promoted nine months later. I learned to adjust support to her growth rather than a fixed plan.',
    '{"agreed goals with mentee","regular one-on-ones","progressively larger scope","early feedback on design docs","visibility for mentee work","measurable growth outcome"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","mentoring","onboarding"}'
  ),
  (
    'Describe a time a stakeholder kept changing the scope of your project. How did you manage it?',
    'behavioral',
    'product',
    'medium',
    '{"product-manager","engineering-manager","full-stack-developer","software-engineer"}',
    '{}',
    '{"Stakeholder Management","Prioritization","Communication"}',
    240,
    '[]'::jsonb,
    'Situation: while building an internal sales-analytics dashboard, the VP of Sales added new requests in almost every weekly demo, and after a month we had delivered nothing to production. Task: as the PM, I needed to ship value while keeping the stakeholder engaged. Action: I met him to agree on the single decision the dashboard must support first — weekly pipeline forecasting — and wrote three measurable success criteria that he signed off on. I introduced a visible backlog where new requests were logged and prioritised in a fortnightly review with him, so nothing was lost but nothing jumped the queue. Result: version one shipped three weeks later, forecasting accuracy improved from ±25% to ±12%, and 14 of the 22 later requests were deprioritised by the VP himself once he saw them ranked. Scope requests dropped to a manageable one or two a month.',
    '{"agreed on core goal and success criteria","visible prioritised backlog","regular prioritisation review with stakeholder","shipped first version quickly","quantified outcome"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","scope-creep","stakeholders"}'
  ),
  (
    'Tell me about a time you had to say no to an important customer or executive request.',
    'behavioral',
    'product',
    'medium',
    '{"product-manager","engineering-manager","software-engineer"}',
    '{}',
    '{"Stakeholder Management","Prioritization","Communication"}',
    240,
    '[]'::jsonb,
    'Situation: our largest customer, worth 12% of revenue, asked for a custom workflow feature and our CEO wanted us to build it that quarter. Task: as PM, I believed it would delay a roadmap item that addressed churn for hundreds of smaller customers. Action: I interviewed the customer to understand the underlying need and found that 70% of it could be met by configuring existing automation rules plus a small API extension. I brought the CEO a comparison: the custom build was eight engineer-weeks and served one account, while the alternative was two weeks and was useful to 40 accounts. I offered to personally help the customer set it up. Result: the CEO agreed, the customer renewed and expanded by 15%, and the churn-reduction work shipped on schedule, cutting monthly churn from 2.4% to 1.9%.',
    '{"understood underlying customer need","quantified cost and reach of options","offered an alternative not just no","aligned executive with data","customer and business outcome"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","saying-no","executives"}'
  ),
  (
    'Tell me about a time data changed your mind or your team''s direction.',
    'behavioral',
    'data',
    'medium',
    '{"data-scientist","data-engineer","product-manager","software-engineer","frontend-developer"}',
    '{}',
    '{"Problem Solving","Statistics","Communication"}',
    240,
    '[]'::jsonb,
    'Situation: our team was convinced that users churned because of missing integrations, and we had planned a quarter of integration work. Task: as the data scientist, I was asked to size the opportunity to justify the roadmap. Action: I built a churn analysis joining product usage with cancellation reasons and ran a survival analysis by cohort. The data showed that only 8% of churned accounts mentioned integrations, while accounts that did not invite a second teammate within 14 days churned at 3x the rate. I shared the analysis with caveats — correlation, not causation — and proposed an experiment: an onboarding nudge to invite teammates. Result: the experiment increased team invites by 22% and reduced 90-day churn by 4 percentage points, and the roadmap shifted to collaboration features. I was also initially wrong about the seasonality effect, which I corrected in the writeup.',
    '{"tested hypothesis with analysis","cohort or survival analysis","communicated caveats correlation versus causation","proposed experiment to confirm causality","changed decision with measured outcome"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","data-driven","analysis"}'
  ),
  (
    'Tell me about a time you took ownership of a problem that was outside your job description.',
    'behavioral',
    'general',
    'medium',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Ownership","Problem Solving"}',
    240,
    '[]'::jsonb,
    'Situation: our customer support team was spending hours each week manually refunding duplicate charges caused by a race condition in a payment service owned by another team that was busy with a migration. Task: it was not my service, but I could see the cost to support and to customers. Action: I reproduced the race condition, confirmed the root cause with the owning team, and offered to implement the fix under their review: an idempotency key on the charge request and a unique constraint in the database. I also wrote a one-off script to identify historical duplicates and worked with finance to refund them proactively. Result: duplicate charges dropped from roughly 40 per week to zero, support saved about six hours per week, and we proactively refunded $18K to 350 customers. The owning team invited me to their design reviews afterwards.',
    '{"noticed problem outside own area","coordinated with owning team","fixed root cause idempotency","remediated past impact","quantified outcome"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","ownership","initiative"}'
  )
on conflict do nothing;

-- Behavioral: hard (15 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'Tell me about the biggest professional failure you were responsible for. What did you change afterwards?',
    'behavioral',
    'general',
    'hard',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Ownership","Leadership"}',
    300,
    '[]'::jsonb,
    'Situation: I was tech lead for a rewrite of our search service, and I pushed for a big-bang cutover to the new system after nine months of work. Task: I owned the architecture and the launch plan. Action: on launch day, relevance regressions we had not caught offline caused search conversion to fall 18%, and we had removed the old system''s infrastructure, so rollback took 36 hours. I owned the decision publicly in the postmortem: I had underweighted migration risk and over-trusted offline metrics. I then rebuilt the plan: shadow traffic comparing old and new results, interleaving experiments, and a gradual ramp with automatic rollback criteria. Result: the relaunch two months later improved conversion by 7%, and the incremental-migration playbook I wrote has been used for four major migrations since without a customer-facing regression. The lasting lesson was to make every large change reversible and to measure online, not just offline.',
    '{"genuine significant failure","takes personal accountability","explains root cause of the decision","systemic change such as shadow traffic and gradual rollout","later success and reusable lesson"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","failure","accountability"}'
  ),
  (
    'Describe a time you led a large, cross-team technical migration. How did you keep it on track?',
    'behavioral',
    'general',
    'hard',
    '{"software-engineer","backend-developer","devops-engineer","full-stack-developer","engineering-manager","data-engineer"}',
    '{}',
    '{"Leadership","Stakeholder Management","Communication"}',
    300,
    '[]'::jsonb,
    'Situation: our company ran 60 services on a self-managed VM platform whose vendor support was ending in 12 months, and migration to Kubernetes required work from 14 teams. Task: as the lead engineer, I was accountable for getting every service migrated before the deadline without outages. Action: I wrote an RFC with the target architecture and got sign-off from the engineering directors, then built tooling that automated 80% of the migration (generated manifests, CI templates, dashboards). We migrated two pilot services with the platform team, refined the runbook, and then ran the remaining ones in waves with a migration tracker visible to all leadership. I held office hours twice a week, embedded with teams that fell behind, and escalated resourcing issues early with data from the tracker. Result: all 60 services migrated in ten months with two minor incidents, infrastructure cost fell 30%, and deployment time dropped from 45 minutes to 8.',
    '{"RFC and leadership sign-off","tooling to reduce migration cost per team","pilot then waves","visible progress tracker","office hours and escalation with data","quantified outcome"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","migration","cross-team-leadership"}'
  ),
  (
    'Tell me about a time you made an unpopular decision. How did you handle the reaction?',
    'behavioral',
    'general',
    'hard',
    '{"engineering-manager","product-manager","software-engineer","devops-engineer","backend-developer"}',
    '{}',
    '{"Leadership","Communication","Conflict Resolution"}',
    300,
    '[]'::jsonb,
    'Situation: after three severity-one incidents in a month, all caused by Friday afternoon deploys, I was the engineering manager who had to decide whether to introduce a deploy freeze from Friday noon until Monday. Task: the team valued autonomy and many engineers strongly opposed any freeze. Action: I shared the incident data openly, explained that the goal was to protect on-call engineers'' weekends, and made the freeze time-boxed to one quarter with explicit criteria for lifting it: automated canary analysis and rollback in place. I listened in a team discussion and adjusted the policy so critical fixes could still ship with a second approver. I then prioritised the canary tooling so the restriction would not be permanent. Result: weekend pages dropped by 70% during the quarter, the canary system shipped in ten weeks, and we lifted the freeze with the team''s agreement; in a later survey, on-call satisfaction was the most improved item.',
    '{"decision grounded in data","explained the why transparently","time-boxed with criteria to revisit","listened and adjusted details","fixed underlying cause","measured outcome"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","unpopular-decisions","leadership"}'
  ),
  (
    'Tell me about a time you killed a project or feature that you had championed.',
    'behavioral',
    'product',
    'hard',
    '{"product-manager","engineering-manager","data-scientist","software-engineer"}',
    '{}',
    '{"Product Sense","Ownership","Stakeholder Management"}',
    300,
    '[]'::jsonb,
    'Situation: I had championed an in-app marketplace for third-party templates and secured two engineers for two quarters. Task: after the first quarter, I owned the decision whether to continue. Action: I had set a success threshold up front — 5% of active teams installing a template within eight weeks of launch — and the beta reached only 1.3%, with interviews showing users preferred building their own. I wrote a memo to leadership recommending we stop, including what we learned and what I would have done differently (validating demand with a fake-door test first). I worked with the engineers to redeploy the reusable parts: the template engine became a "duplicate workspace" feature. Result: we freed a quarter of two engineers'' time, the duplicate-workspace feature was used by 19% of teams in its first month, and leadership adopted pre-defined kill criteria for all new bets.',
    '{"pre-defined success or kill criteria","honest assessment of data","recommended stopping despite sunk cost","redeployed reusable work","organisational learning"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","sunk-cost","product-decisions"}'
  ),
  (
    'Tell me about a time you managed a serious conflict between two people or teams.',
    'behavioral',
    'general',
    'hard',
    '{"engineering-manager","product-manager","software-engineer","devops-engineer"}',
    '{}',
    '{"Conflict Resolution","Leadership","Communication"}',
    300,
    '[]'::jsonb,
    'Situation: two senior engineers on my team were in open conflict over the architecture of our new data platform; design reviews had turned hostile and others had stopped contributing. Task: as their manager, I needed to restore a working relationship and get a decision made. Action: I met each separately to understand their concerns — one prioritised reliability, the other time-to-market — and to give direct feedback about the impact of their behaviour on the team. I then facilitated a joint session with agreed ground rules, had them co-write the decision criteria before discussing solutions, and made clear that if they could not agree I would make the call as the decision owner. They converged on a phased design that met both priorities. Result: the design was approved within two weeks, the platform launched on time, engagement scores for the team rose from 62 to 78, and both engineers later co-led the next phase.',
    '{"separate one-on-ones to understand each side","direct feedback on behaviour","facilitated joint session with ground rules","agreed decision criteria before solutions","clear decision owner","restored relationship with measurable outcome"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","conflict","management"}'
  ),
  (
    'Tell me about a time you supported an underperforming team member. What was the outcome?',
    'behavioral',
    'general',
    'hard',
    '{"engineering-manager","software-engineer"}',
    '{}',
    '{"Leadership","Communication"}',
    300,
    '[]'::jsonb,
    'Situation: an engineer on my team who had been strong for two years had missed three consecutive sprint commitments and was disengaged in meetings. Task: as his manager, I needed to understand the cause and either help him recover or address it formally, fairly and quickly. Action: in a private one-on-one I shared specific observations and asked open questions; he disclosed he was caring for a sick parent and had been afraid to say so. We arranged a temporary reduced schedule with HR, moved him off the critical-path project, and agreed on clear, smaller goals with weekly check-ins for eight weeks. I kept expectations explicit and documented our agreement. Result: within two months he was consistently meeting his goals, returned to full-time after three months, and led a project the following half. Had the performance not improved, I had a documented plan for a formal improvement process, but empathy plus clarity worked.',
    '{"specific observations in private","sought root cause with open questions","adjusted workload with HR support","clear measurable goals and check-ins","documented expectations","outcome for person and team"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","performance-management","empathy"}'
  ),
  (
    'Tell me about a time you raised an ethical, security or privacy concern about something your team was about to ship.',
    'behavioral',
    'general',
    'hard',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Ownership","Security","Communication"}',
    300,
    '[]'::jsonb,
    'Situation: a week before launch of a new analytics feature, I noticed that our event tracking captured full URLs, which included password-reset tokens and some users'' email addresses as query parameters, and sent them to a third-party analytics vendor. Task: I had to stop a privacy and security issue even though the launch was a company priority. Action: I documented the finding with examples, estimated that around 50,000 users per month would be affected, and raised it with my manager and our security lead the same day, proposing a fix: strip query parameters and hash identifiers before sending events. I also checked existing data and found two months of leaked tokens, so we worked with legal to request deletion from the vendor and expired all outstanding reset tokens. Result: the launch slipped by four days, no tokens leaked after the fix, and we added automated PII scanning to our event pipeline that has blocked 15 similar issues since.',
    '{"identified concrete risk with evidence","escalated promptly to the right people","proposed a fix not only the problem","remediated existing data exposure","accepted delay trade-off","preventive control added"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","ethics","privacy","security"}'
  ),
  (
    'Describe a time you defined or changed the technical strategy or direction for your team or organisation.',
    'behavioral',
    'general',
    'hard',
    '{"software-engineer","engineering-manager","backend-developer","frontend-developer","devops-engineer","data-engineer"}',
    '{}',
    '{"Leadership","System Design","Communication"}',
    300,
    '[]'::jsonb,
    'Situation: our frontend consisted of four separately built apps with duplicated components, inconsistent UX, and each change to shared UI took weeks across teams. Task: as staff engineer for the web platform, I was asked to propose a direction for the next two years. Action: I interviewed leads from all seven frontend teams, gathered metrics (38% of UI bugs came from inconsistent components), and wrote a strategy document with three options, recommending a shared design system and a monorepo with module federation for gradual migration. I defined clear principles, a migration path that never required a big-bang rewrite, and success metrics. I socialised it in small groups before the formal review and secured two engineers for a platform team. Result: within a year 85% of screens used the design system, UI bug volume dropped 45%, and time to build a new page fell from about two weeks to four days.',
    '{"gathered input from affected teams","data-backed problem statement","options and recommendation in strategy document","incremental migration path","success metrics and secured resources","measured outcome"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","technical-strategy","staff-engineer"}'
  ),
  (
    'Tell me about a time you had to balance conflicting priorities from several senior stakeholders.',
    'behavioral',
    'product',
    'hard',
    '{"product-manager","engineering-manager","software-engineer"}',
    '{}',
    '{"Stakeholder Management","Prioritization","Communication"}',
    300,
    '[]'::jsonb,
    'Situation: for our Q3 roadmap, the VP of Sales wanted enterprise permissions, the VP of Marketing wanted a self-serve trial flow, and the CTO wanted platform reliability work, with capacity for roughly one and a half of these. Task: as the group PM, I needed a decision that all three could support. Action: I met each stakeholder to understand the goal behind their request, then translated all three into a common frame: expected impact on annual recurring revenue, confidence and effort. I shared the analysis with all of them in advance, and in a joint meeting proposed a sequence: reliability fixes first (they blocked two enterprise deals), then permissions, with a lightweight trial experiment run by a single engineer. We agreed to revisit at mid-quarter with data. Result: both enterprise deals closed for $1.1M of ARR, the trial experiment increased sign-up conversion by 9%, and the shared scoring model became our standard planning tool.',
    '{"understood goals behind each request","common prioritisation framework impact confidence effort","shared analysis before meeting","sequenced plan with checkpoint","business outcome metrics"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","stakeholders","roadmap"}'
  ),
  (
    'Tell me about a time you had to rebuild trust with a customer, stakeholder or team after something went wrong.',
    'behavioral',
    'general',
    'hard',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Communication","Ownership","Stakeholder Management"}',
    300,
    '[]'::jsonb,
    'Situation: our team missed a committed integration date for a key partner twice, and their director told my VP they no longer believed our estimates. Task: as the engineering lead, I needed to deliver and restore confidence. Action: I called the partner''s engineering lead directly, acknowledged the misses without excuses, and explained what had gone wrong: we had underestimated their authentication requirements. I replaced the big date with two-week milestones, each with a demo in their sandbox, shared our risk list openly, and gave them access to our issue tracker for the integration. I also personally attended their weekly sync. Result: we hit all five milestones, completed the integration in ten weeks, and the partner extended the agreement to two more products; their director later cited the milestone demos as what restored trust.',
    '{"acknowledged failure without excuses","explained root cause","short milestones with demos","transparency risk list and shared tracker","consistent follow-through and outcome"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","trust","accountability"}'
  ),
  (
    'Tell me about a time you grew or scaled a team, including hiring.',
    'behavioral',
    'general',
    'hard',
    '{"engineering-manager","software-engineer","product-manager"}',
    '{}',
    '{"Leadership","Teamwork"}',
    300,
    '[]'::jsonb,
    'Situation: our platform team of four needed to grow to ten within nine months to support a company-wide move to microservices, while hiring in a competitive market. Task: as the engineering manager, I owned the hiring plan and keeping the existing team productive. Action: I defined the roles we actually needed (two senior SREs, three backend engineers, one engineer focused on developer experience), built a structured interview loop with a rubric and calibrated interviewers, and reduced time-to-offer from 24 to 12 days. I wrote an onboarding plan with a 30-60-90-day guide, an onboarding buddy and a starter project shipped in the first week. I also split the team into two pods with clear ownership before it got too large. Result: we hired six engineers in eight months with an 80% offer-acceptance rate, new hires shipped to production in their first week, and team engagement stayed above 75% throughout.',
    '{"defined roles based on needs","structured interviews with rubric and calibration","reduced time to offer","onboarding plan with buddy","team structure with clear ownership","hiring and engagement metrics"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","hiring","team-growth"}'
  ),
  (
    'Describe a time your team was at risk of burnout while delivering a critical project. What did you do?',
    'behavioral',
    'general',
    'hard',
    '{"engineering-manager","software-engineer","product-manager","devops-engineer"}',
    '{}',
    '{"Leadership","Prioritization","Teamwork"}',
    300,
    '[]'::jsonb,
    'Situation: ahead of a regulatory deadline that could not move, my team of six had worked evenings for three weeks and two engineers told me they were exhausted. Task: as the lead, I had to meet the deadline without breaking the team. Action: I re-planned with the team, separating what regulation strictly required from nice-to-haves, and cut 30% of scope with the PM and compliance lead. I negotiated for a contractor for testing, stopped all non-essential meetings, and set a rule of no work after 7 pm except on-call, tracking progress daily to confirm we were still on course. I also made sure the team was visibly recognised and took compensatory days off afterwards. Result: we met the deadline with two days to spare, passed the audit with no findings, and no one left the team; the following quarter we introduced earlier regulatory scoping to avoid repeating the crunch.',
    '{"recognised burnout signals","cut scope to essential requirements","added resources and removed distractions","sustainable working norms","recognition and recovery time","process change to prevent recurrence"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","burnout","sustainable-pace"}'
  ),
  (
    'Tell me about a time you disagreed with a decision made above you but had to commit to it anyway.',
    'behavioral',
    'general',
    'hard',
    '{"software-engineer","frontend-developer","backend-developer","full-stack-developer","mobile-developer","data-engineer","data-scientist","devops-engineer","qa-engineer","product-manager","engineering-manager"}',
    '{}',
    '{"Leadership","Communication","Teamwork"}',
    300,
    '[]'::jsonb,
    'Situation: leadership decided to consolidate our three regional mobile apps into a single global app within six months; I believed the timeline was too aggressive and would hurt markets with local payment methods. Task: as lead mobile engineer, I had to voice my concern and then lead the team regardless of the outcome. Action: I wrote a concise risk assessment with data — 22% of revenue in two markets came through local payment methods — and proposed a nine-month plan. Leadership kept the six-month date but accepted adding a payments abstraction early. I committed fully: I presented the plan to my team without undermining the decision, front-loaded the payments work, and reported risks weekly. Result: we launched in six and a half months; the payments abstraction meant no revenue dip in those markets, and app maintenance effort dropped by about 40%. Disagreeing openly but committing fully preserved trust on both sides.',
    '{"voiced disagreement with data through proper channels","proposed alternative","disagree and commit","did not undermine decision with the team","mitigated the identified risk","outcome and reflection"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","disagree-and-commit","alignment"}'
  ),
  (
    'Tell me about a time customer research led you to significantly change the direction of a product.',
    'behavioral',
    'product',
    'hard',
    '{"product-manager","data-scientist","frontend-developer","mobile-developer"}',
    '{}',
    '{"Product Sense","Communication","Stakeholder Management"}',
    300,
    '[]'::jsonb,
    'Situation: we planned to build an advanced scheduling module for our field-service app because large customers requested it, with a two-quarter estimate. Task: as PM, I had to validate the plan before committing the team. Action: I ran 15 interviews with technicians and dispatchers and shadowed two customers for a day; the real pain was not scheduling but technicians losing 40 minutes a day re-entering job notes because the app did not work offline in basements and rural areas. I brought recordings and quotes to leadership and proposed pivoting to offline-first job notes, with a prototype tested in one week. Result: we shipped offline mode in one quarter, daily active technicians rose 28%, and two large customers expanded their contracts; the scheduling module was later scoped down to a simpler version that needed only six weeks.',
    '{"interviews and field observation","identified underlying pain point","evidence presented to leadership","quick prototype to validate","changed roadmap with measured outcome"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","user-research","pivot"}'
  ),
  (
    'Tell me about a time your analysis or model was wrong after it influenced a decision. How did you handle it?',
    'behavioral',
    'data',
    'hard',
    '{"data-scientist","data-engineer","product-manager"}',
    '{}',
    '{"Ownership","Statistics","Communication"}',
    300,
    '[]'::jsonb,
    'Situation: I built a demand forecast that the operations team used to set warehouse staffing, and after a month staffing costs were 12% over budget. Task: I needed to find out whether my model was the cause and, if so, fix it and restore confidence. Action: I backtested the forecast and found target leakage: a feature derived from same-day order cancellations was not available at prediction time, so offline accuracy had been overstated. I told the operations lead and my manager immediately, quantified the impact, and provided a conservative interim forecast. I rebuilt the pipeline with point-in-time feature joins, added a time-based validation split, and set up monitoring comparing forecasts with actuals weekly. Result: forecast error fell from 18% to 7%, staffing costs returned to budget within six weeks, and our team adopted a model-review checklist covering leakage and validation design.',
    '{"acknowledged error quickly","root cause target leakage","quantified impact and interim mitigation","point-in-time features and time-based validation","monitoring forecasts versus actuals","process change such as review checklist"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"STAR structure","weight":25,"description":"Clear Situation, Task, Action and Result; the story is specific, not hypothetical."},{"criterion":"Impact/Results","weight":30,"description":"Quantifies the outcome (metrics, time, money, users) and reflects on what was learned."},{"criterion":"Ownership","weight":25,"description":"Describes the candidate''s own decisions and actions (\"I\", not only \"we\"), including trade-offs made."},{"criterion":"Communication","weight":20,"description":"Concise, honest and well-paced; shows empathy for the other people involved."}]'::jsonb,
    '{"star","model-failure","data-science"}'
  )
on conflict do nothing;

-- Coding: easy (14 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'Given an array of integers `nums` and an integer `target`, return the indices of the two numbers that add up to `target` as `[i, j]` with i < j. Each input has exactly one solution and you may not use the same element twice.',
    'coding',
    'general',
    'easy',
    '{"software-engineer","backend-developer","frontend-developer","full-stack-developer"}',
    '{"JavaScript"}',
    '{"Algorithms","Data Structures"}',
    900,
    '[{"question":"Return all unique pairs of values that sum to the target instead of a single pair of indices.","difficulty":"medium","context":"Tests handling duplicates and output ordering."}]'::jsonb,
    'A brute-force double loop is O(n²); the expected solution is a single pass with a hash map from value to index. For each element compute the complement `target - nums[i]`; if the complement is already in the map, return `[map.get(complement), i]`, otherwise store the current value. Checking before inserting prevents using the same element twice and handles duplicate values such as `[3, 3]`. This runs in O(n) time and O(n) extra space. If the array were sorted, a two-pointer approach would achieve O(1) extra space.',
    '{"hash map of value to index","complement target minus current","single pass O(n) time","check before insert to avoid reusing element","duplicate values handled"}',
    'function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const complement = target - nums[i];
    if (seen.has(complement)) return [seen.get(complement), i];
    seen.set(nums[i], i);
  }
  return [];
}
',
    'function twoSum(nums, target) {
  // Write your solution here
}
',
    'twoSum',
    '[{"input":"[[2,7,11,15],9]","expectedOutput":"[0,1]","description":"basic pair at the start"},{"input":"[[3,2,4],6]","expectedOutput":"[1,2]","description":"pair not including the first element"},{"input":"[[3,3],6]","expectedOutput":"[0,1]","description":"duplicate values"},{"input":"[[-1,-2,-3,-4,-5],-8]","expectedOutput":"[2,4]","description":"negative numbers"},{"input":"[[0,4,3,0],0]","expectedOutput":"[0,3]","description":"zeros summing to zero"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"arrays","hash-map","classic"}'
  ),
  (
    'Write `isValidBrackets(s)` that returns true if every bracket in the string `s` (containing only `()[]{}`) is closed by the same type of bracket in the correct order.',
    'coding',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer","qa-engineer"}',
    '{"JavaScript"}',
    '{"Data Structures","Algorithms"}',
    900,
    '[{"question":"Return the minimum number of brackets to add to make a string of only `(` and `)` valid.","difficulty":"medium","context":"Counter-based variant without a stack."}]'::jsonb,
    'Use a stack: push every opening bracket and, for each closing bracket, pop and check that the popped bracket is its matching opener. A lookup object mapping closers to openers keeps the comparison simple. If a closer arrives when the stack is empty or the types do not match, return false immediately. At the end the string is valid only if the stack is empty, which catches unclosed openers like `"(("`. Time is O(n) and space O(n) in the worst case.',
    '{"stack of opening brackets","map closing to opening bracket","pop and compare on closing bracket","stack empty at the end","O(n) time"}',
    'function isValidBrackets(s) {
  const pairs = { '')'': ''('', '']'': ''['', ''}'': ''{'' };
  const stack = [];
  for (const ch of s) {
    if (ch === ''('' || ch === ''['' || ch === ''{'') {
      stack.push(ch);
    } else if (stack.pop() !== pairs[ch]) {
      return false;
    }
  }
  return stack.length === 0;
}
',
    'function isValidBrackets(s) {
  // Write your solution here
}
',
    'isValidBrackets',
    '[{"input":"[\"()[]{}\"]","expectedOutput":"true","description":"sequential pairs"},{"input":"[\"{[()]}\"]","expectedOutput":"true","description":"nested pairs"},{"input":"[\"(]\"]","expectedOutput":"false","description":"mismatched types"},{"input":"[\"([)]\"]","expectedOutput":"false","description":"wrong closing order"},{"input":"[\"((\"]","expectedOutput":"false","description":"unclosed openers"},{"input":"[\"\"]","expectedOutput":"true","description":"empty string"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"stack","strings","classic"}'
  ),
  (
    'Write `isPalindrome(s)` that returns true if the string reads the same forwards and backwards after lower-casing it and ignoring every character that is not a letter or digit.',
    'coding',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","qa-engineer"}',
    '{"JavaScript"}',
    '{"Algorithms","JavaScript"}',
    900,
    '[]'::jsonb,
    'Normalise with two pointers rather than building a reversed copy: move a left pointer forward and a right pointer backward, skipping characters that are not alphanumeric (a regex test such as `/[a-z0-9]/i`). Compare the lower-cased characters at both pointers and return false on the first mismatch. When the pointers cross every pair matched, so the string is a palindrome. This is O(n) time and O(1) extra space; the simpler `replace` + `split/reverse/join` version is O(n) space but acceptable if explained.',
    '{"two pointers from both ends","skip non-alphanumeric characters","case-insensitive comparison","O(1) extra space","empty string is a palindrome"}',
    'function isPalindrome(s) {
  const isAlnum = (c) => /[a-z0-9]/i.test(c);
  let left = 0;
  let right = s.length - 1;
  while (left < right) {
    if (!isAlnum(s[left])) { left++; continue; }
    if (!isAlnum(s[right])) { right--; continue; }
    if (s[left].toLowerCase() !== s[right].toLowerCase()) return false;
    left++;
    right--;
  }
  return true;
}
',
    'function isPalindrome(s) {
  // Write your solution here
}
',
    'isPalindrome',
    '[{"input":"[\"A man, a plan, a canal: Panama\"]","expectedOutput":"true","description":"classic sentence palindrome"},{"input":"[\"race a car\"]","expectedOutput":"false","description":"not a palindrome"},{"input":"[\" \"]","expectedOutput":"true","description":"only non-alphanumeric characters"},{"input":"[\"0P\"]","expectedOutput":"false","description":"digit versus letter"},{"input":"[\"No lemon, no melon\"]","expectedOutput":"true","description":"mixed case with spaces"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"strings","two-pointers"}'
  ),
  (
    'You are given an array `prices` where `prices[i]` is a stock price on day i. Write `maxProfit(prices)` returning the maximum profit from buying on one day and selling on a later day, or 0 if no profit is possible.',
    'coding',
    'general',
    'easy',
    '{"software-engineer","backend-developer","data-scientist"}',
    '{"JavaScript"}',
    '{"Algorithms"}',
    900,
    '[{"question":"Allow unlimited transactions (but only one share held at a time).","difficulty":"medium","context":"Greedy sum of positive day-to-day differences."}]'::jsonb,
    'Scan once while tracking the lowest price seen so far and the best profit so far. For each price, the best sale today is `price - minSoFar`; update the answer with it and then update `minSoFar`. Because the minimum is always from an earlier day, the buy-before-sell constraint is satisfied automatically. This is O(n) time and O(1) space, compared with O(n²) for checking every pair. Empty arrays or strictly decreasing prices return 0.',
    '{"track minimum price so far","profit equals price minus minimum","single pass O(n)","O(1) space","return 0 when prices only decrease"}',
    'function maxProfit(prices) {
  let minPrice = Infinity;
  let best = 0;
  for (const price of prices) {
    best = Math.max(best, price - minPrice);
    minPrice = Math.min(minPrice, price);
  }
  return best;
}
',
    'function maxProfit(prices) {
  // Write your solution here
}
',
    'maxProfit',
    '[{"input":"[[7,1,5,3,6,4]]","expectedOutput":"5","description":"buy at 1 sell at 6"},{"input":"[[7,6,4,3,1]]","expectedOutput":"0","description":"strictly decreasing"},{"input":"[[]]","expectedOutput":"0","description":"empty array"},{"input":"[[5]]","expectedOutput":"0","description":"single day"},{"input":"[[2,4,1,7]]","expectedOutput":"6","description":"minimum appears after an earlier peak"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"arrays","greedy","classic"}'
  ),
  (
    'Write `mergeSorted(a, b)` that merges two arrays of numbers, each sorted in ascending order, into a single sorted array without calling `sort`.',
    'coding',
    'general',
    'easy',
    '{"software-engineer","backend-developer","data-engineer"}',
    '{"JavaScript"}',
    '{"Algorithms"}',
    900,
    '[]'::jsonb,
    'Use two indices, one per array, and repeatedly append the smaller current element, advancing that index. When one array is exhausted, append the remainder of the other with `slice` or a loop. Using `<=` keeps the merge stable, so equal elements from `a` come first. The result is O(n + m) time and O(n + m) space, which is the merge step of merge sort. Calling `sort` would be O((n+m) log(n+m)) and ignore the sorted input.',
    '{"two pointers one per array","append smaller element","append remaining elements","O(n + m) time","merge step of merge sort"}',
    'function mergeSorted(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] <= b[j]) out.push(a[i++]);
    else out.push(b[j++]);
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
',
    'function mergeSorted(a, b) {
  // Write your solution here
}
',
    'mergeSorted',
    '[{"input":"[[1,3,5],[2,4,6]]","expectedOutput":"[1,2,3,4,5,6]","description":"interleaved"},{"input":"[[],[1,2]]","expectedOutput":"[1,2]","description":"first empty"},{"input":"[[1,2],[]]","expectedOutput":"[1,2]","description":"second empty"},{"input":"[[1,1,2],[1,3]]","expectedOutput":"[1,1,1,2,3]","description":"duplicates across arrays"},{"input":"[[-5,0],[-10,10]]","expectedOutput":"[-10,-5,0,10]","description":"negative numbers"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"arrays","two-pointers","merge"}'
  ),
  (
    'Write `isAnagram(s, t)` that returns true if `t` is an anagram of `s` (same characters with the same counts, case-sensitive).',
    'coding',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer"}',
    '{"JavaScript"}',
    '{"Data Structures","Algorithms"}',
    900,
    '[]'::jsonb,
    'If the lengths differ, return false immediately. Otherwise count character frequencies of `s` in a Map (or object), then decrement for each character of `t`; if any count would go below zero, the strings are not anagrams. This is O(n) time and O(k) space where k is the alphabet size. Sorting both strings and comparing is a simpler O(n log n) alternative worth mentioning. A Map handles Unicode characters beyond a fixed 26-letter array.',
    '{"length check first","character frequency count with a map","decrement counts for second string","O(n) time","sorting alternative O(n log n)"}',
    'function isAnagram(s, t) {
  if (s.length !== t.length) return false;
  const counts = new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) || 0) + 1);
  for (const ch of t) {
    const n = counts.get(ch) || 0;
    if (n === 0) return false;
    counts.set(ch, n - 1);
  }
  return true;
}
',
    'function isAnagram(s, t) {
  // Write your solution here
}
',
    'isAnagram',
    '[{"input":"[\"anagram\",\"nagaram\"]","expectedOutput":"true","description":"valid anagram"},{"input":"[\"rat\",\"car\"]","expectedOutput":"false","description":"different letters"},{"input":"[\"\",\"\"]","expectedOutput":"true","description":"empty strings"},{"input":"[\"ab\",\"a\"]","expectedOutput":"false","description":"different lengths"},{"input":"[\"aacc\",\"ccac\"]","expectedOutput":"false","description":"same letters different counts"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"strings","hash-map"}'
  ),
  (
    'Write `firstUniqueChar(s)` that returns the index of the first non-repeating character in the string `s`, or -1 if every character repeats.',
    'coding',
    'general',
    'easy',
    '{"software-engineer","frontend-developer","backend-developer"}',
    '{"JavaScript"}',
    '{"Data Structures","Algorithms"}',
    900,
    '[]'::jsonb,
    'Make two passes. The first pass counts the occurrences of each character in a Map. The second pass walks the string in order and returns the first index whose count is 1. If no such character exists, return -1. This is O(n) time and O(k) space for k distinct characters; nested `indexOf`/`lastIndexOf` checks would be O(n²).',
    '{"frequency map first pass","second pass in original order","return first index with count 1","return -1 when none","O(n) time"}',
    'function firstUniqueChar(s) {
  const counts = new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) || 0) + 1);
  for (let i = 0; i < s.length; i++) {
    if (counts.get(s[i]) === 1) return i;
  }
  return -1;
}
',
    'function firstUniqueChar(s) {
  // Write your solution here
}
',
    'firstUniqueChar',
    '[{"input":"[\"leetcode\"]","expectedOutput":"0","description":"first character unique"},{"input":"[\"loveleetcode\"]","expectedOutput":"2","description":"unique character in the middle"},{"input":"[\"aabb\"]","expectedOutput":"-1","description":"no unique character"},{"input":"[\"\"]","expectedOutput":"-1","description":"empty string"},{"input":"[\"z\"]","expectedOutput":"0","description":"single character"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"strings","hash-map"}'
  ),
  (
    'Implement `binarySearch(nums, target)` returning the index of `target` in the ascending sorted array `nums`, or -1 if it is absent. It must run in O(log n).',
    'coding',
    'general',
    'easy',
    '{"software-engineer","backend-developer","data-engineer"}',
    '{"JavaScript"}',
    '{"Algorithms"}',
    900,
    '[{"question":"Return the index where the target would be inserted to keep the array sorted (lower bound).","difficulty":"easy","context":"Tests the half-open interval variant."}]'::jsonb,
    'Keep an inclusive range `[lo, hi]` and loop while `lo <= hi`. Compute `mid = lo + ((hi - lo) >> 1)` to avoid overflow in fixed-width languages, compare `nums[mid]` with the target, and discard the half that cannot contain it by moving `lo = mid + 1` or `hi = mid - 1`. Return `mid` on equality and -1 when the range is empty. Each iteration halves the search space, so the time is O(log n) and space O(1). The classic bugs are off-by-one loop conditions and infinite loops when the bounds are not moved past `mid`.',
    '{"inclusive lo and hi bounds","mid computed without overflow","discard half each iteration","O(log n) time","return -1 when range is empty"}',
    'function binarySearch(nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (nums[mid] === target) return mid;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
',
    'function binarySearch(nums, target) {
  // Write your solution here
}
',
    'binarySearch',
    '[{"input":"[[-1,0,3,5,9,12],9]","expectedOutput":"4","description":"target present"},{"input":"[[-1,0,3,5,9,12],2]","expectedOutput":"-1","description":"target absent"},{"input":"[[],1]","expectedOutput":"-1","description":"empty array"},{"input":"[[5],5]","expectedOutput":"0","description":"single element found"},{"input":"[[1,2,3,4,5,6,7,8],1]","expectedOutput":"0","description":"first element"},{"input":"[[1,2,3,4,5,6,7,8],8]","expectedOutput":"7","description":"last element"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"binary-search","arrays","classic"}'
  ),
  (
    'Implement `flattenDeep(arr)` that flattens an arbitrarily nested array into a single-level array, preserving order, without using `Array.prototype.flat`.',
    'coding',
    'frontend',
    'easy',
    '{"frontend-developer","full-stack-developer","software-engineer"}',
    '{"JavaScript"}',
    '{"JavaScript","Algorithms"}',
    900,
    '[{"question":"Add a `depth` parameter that limits how many levels are flattened.","difficulty":"medium","context":"Mirrors the real `flat(depth)` API."}]'::jsonb,
    'Recursion is the most readable approach: iterate over the items and, if `Array.isArray(item)`, recurse and spread the result into the output; otherwise push the item. To avoid stack overflow for extremely deep nesting, use an explicit stack: push items in reverse, pop one at a time, and push array contents back in reverse so order is preserved. Both approaches are O(n) in the total number of elements. Using `Array.isArray` rather than `instanceof Array` also works across realms such as iframes.',
    '{"Array.isArray check","recursion or explicit stack","preserve original order","O(n) total elements","empty nested arrays disappear"}',
    'function flattenDeep(arr) {
  const out = [];
  const stack = [...arr].reverse();
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
    } else {
      out.push(item);
    }
  }
  return out;
}
',
    'function flattenDeep(arr) {
  // Write your solution here
}
',
    'flattenDeep',
    '[{"input":"[[1,[2,[3,[4]],5]]]","expectedOutput":"[1,2,3,4,5]","description":"deep nesting"},{"input":"[[]]","expectedOutput":"[]","description":"empty array"},{"input":"[[[],[[]],1]]","expectedOutput":"[1]","description":"empty nested arrays"},{"input":"[[\"a\",[\"b\",[\"c\"]]]]","expectedOutput":"[\"a\",\"b\",\"c\"]","description":"strings"},{"input":"[[1,2,3]]","expectedOutput":"[1,2,3]","description":"already flat"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"arrays","recursion","javascript"}'
  ),
  (
    'Write `chunk(arr, size)` that splits an array into groups of length `size`; the final group contains the remaining elements. Return an empty array if `size` is less than 1.',
    'coding',
    'frontend',
    'easy',
    '{"frontend-developer","full-stack-developer","software-engineer"}',
    '{"JavaScript"}',
    '{"JavaScript"}',
    900,
    '[]'::jsonb,
    'Guard invalid sizes first: if `size < 1` return `[]` to avoid an infinite loop. Then step through the array with `for (let i = 0; i < arr.length; i += size)` and push `arr.slice(i, i + size)` into the result; `slice` safely clamps at the end so the last chunk is shorter when needed. The input is not mutated. Time and space are O(n). This is the same contract as lodash `chunk`, commonly used for batching API calls or rendering grids.',
    '{"guard size less than 1","step by size in loop","slice for each chunk","last chunk may be shorter","does not mutate input"}',
    'function chunk(arr, size) {
  if (!(size >= 1)) return [];
  const out = [];
  for (let i = 0; i < arr.length; i += size) out.push(arr.slice(i, i + size));
  return out;
}
',
    'function chunk(arr, size) {
  // Write your solution here
}
',
    'chunk',
    '[{"input":"[[1,2,3,4,5],2]","expectedOutput":"[[1,2],[3,4],[5]]","description":"remainder chunk"},{"input":"[[1,2,3,4],2]","expectedOutput":"[[1,2],[3,4]]","description":"exact division"},{"input":"[[1,2,3],5]","expectedOutput":"[[1,2,3]]","description":"size larger than array"},{"input":"[[],3]","expectedOutput":"[]","description":"empty array"},{"input":"[[1,2,3],0]","expectedOutput":"[]","description":"invalid size"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"arrays","utility","javascript"}'
  ),
  (
    'An array `nums` contains n distinct numbers taken from the range [0, n]. Write `missingNumber(nums)` that returns the one number in the range that is missing, using O(1) extra space.',
    'coding',
    'general',
    'easy',
    '{"software-engineer","backend-developer","data-engineer"}',
    '{"JavaScript"}',
    '{"Algorithms"}',
    900,
    '[]'::jsonb,
    'The expected sum of 0..n is `n * (n + 1) / 2`; subtracting the actual sum of the array leaves the missing number. This is O(n) time and O(1) space. An XOR-based solution (XOR all indices and values together) avoids overflow in fixed-width integer languages and is worth mentioning. Sorting (O(n log n)) or a Set (O(n) space) also work but violate the space constraint. Edge cases: the missing value can be 0 or n itself.',
    '{"Gauss sum n(n+1)/2","subtract actual sum","XOR alternative avoids overflow","O(1) extra space","missing value may be 0 or n"}',
    'function missingNumber(nums) {
  const n = nums.length;
  let sum = (n * (n + 1)) / 2;
  for (const x of nums) sum -= x;
  return sum;
}
',
    'function missingNumber(nums) {
  // Write your solution here
}
',
    'missingNumber',
    '[{"input":"[[3,0,1]]","expectedOutput":"2","description":"missing in the middle"},{"input":"[[0,1]]","expectedOutput":"2","description":"missing n"},{"input":"[[1]]","expectedOutput":"0","description":"missing zero"},{"input":"[[9,6,4,2,3,5,7,0,1]]","expectedOutput":"8","description":"larger input"},{"input":"[[0]]","expectedOutput":"1","description":"single zero"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"math","arrays","bit-manipulation"}'
  ),
  (
    'Write `romanToInt(s)` that converts a valid Roman numeral (I, V, X, L, C, D, M, including subtractive forms like IV and CM) into an integer.',
    'coding',
    'general',
    'easy',
    '{"software-engineer","backend-developer","qa-engineer"}',
    '{"JavaScript"}',
    '{"Algorithms"}',
    900,
    '[]'::jsonb,
    'Map each symbol to its value. Walk the string left to right: if the current symbol is smaller than the next one, subtract it (subtractive notation such as IV = 4 or XC = 90); otherwise add it. This single pass handles all six subtractive pairs without special-casing them. Time is O(n) and space O(1). Good candidates mention that the input is assumed valid, and how they would validate it if not.',
    '{"symbol to value map","subtract when smaller than next symbol","otherwise add","single pass O(n)","subtractive pairs IV IX XL XC CD CM"}',
    'function romanToInt(s) {
  const value = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = value[s[i]];
    const next = i + 1 < s.length ? value[s[i + 1]] : 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}
',
    'function romanToInt(s) {
  // Write your solution here
}
',
    'romanToInt',
    '[{"input":"[\"III\"]","expectedOutput":"3","description":"simple addition"},{"input":"[\"LVIII\"]","expectedOutput":"58","description":"no subtractive forms"},{"input":"[\"MCMXCIV\"]","expectedOutput":"1994","description":"several subtractive forms"},{"input":"[\"IV\"]","expectedOutput":"4","description":"single subtractive pair"},{"input":"[\"MMMCMXCIX\"]","expectedOutput":"3999","description":"largest standard numeral"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"strings","math"}'
  ),
  (
    'Write `parseQueryString(qs)` that parses a URL query string such as `"?a=1&b=hello%20world&a=2"` into an object. Values are URL-decoded; a key that appears more than once maps to an array of its values in order; a key without `=` maps to an empty string.',
    'coding',
    'frontend',
    'easy',
    '{"frontend-developer","full-stack-developer","backend-developer"}',
    '{"JavaScript"}',
    '{"JavaScript","REST APIs"}',
    900,
    '[]'::jsonb,
    'Strip a leading `?`, split on `&`, and skip empty segments. For each pair split on the first `=` only (values may contain `=`), decode both parts with `decodeURIComponent` after replacing `+` with a space, and treat a missing `=` as an empty value. When a key already exists, convert the stored value into an array (or push to it) so repeated keys keep all values in order. In production you would use the built-in `URLSearchParams` and `getAll`, but implementing it shows understanding of encoding rules. Complexity is O(n) in the string length.',
    '{"strip leading question mark","split on ampersand then first equals sign","decodeURIComponent and plus as space","repeated keys become arrays","URLSearchParams built-in alternative"}',
    'function parseQueryString(qs) {
  const out = {};
  const body = qs.startsWith(''?'') ? qs.slice(1) : qs;
  for (const part of body.split(''&'')) {
    if (part === '''') continue;
    const eq = part.indexOf(''='');
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const rawValue = eq === -1 ? '''' : part.slice(eq + 1);
    const decode = (x) => decodeURIComponent(x.replace(/\+/g, '' ''));
    const key = decode(rawKey);
    const value = decode(rawValue);
    if (!Object.prototype.hasOwnProperty.call(out, key)) out[key] = value;
    else if (Array.isArray(out[key])) out[key].push(value);
    else out[key] = [out[key], value];
  }
  return out;
}
',
    'function parseQueryString(qs) {
  // Write your solution here
}
',
    'parseQueryString',
    '[{"input":"[\"?a=1&b=2\"]","expectedOutput":"{\"a\":\"1\",\"b\":\"2\"}","description":"simple pairs"},{"input":"[\"a=1&a=2&a=3\"]","expectedOutput":"{\"a\":[\"1\",\"2\",\"3\"]}","description":"repeated key without leading question mark"},{"input":"[\"?q=hello%20world&x=a+b\"]","expectedOutput":"{\"q\":\"hello world\",\"x\":\"a b\"}","description":"percent and plus decoding"},{"input":"[\"?flag&empty=\"]","expectedOutput":"{\"flag\":\"\",\"empty\":\"\"}","description":"missing and empty values"},{"input":"[\"\"]","expectedOutput":"{}","description":"empty string"},{"input":"[\"?eq=a=b\"]","expectedOutput":"{\"eq\":\"a=b\"}","description":"value containing equals sign"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"strings","url","javascript","parsing"}'
  ),
  (
    'Write `movingAverage(values, k)` that returns the average of every contiguous window of `k` numbers, rounded to 2 decimal places. Return an empty array if `k` is larger than the input or less than 1.',
    'coding',
    'data',
    'easy',
    '{"data-engineer","data-scientist","software-engineer"}',
    '{"JavaScript"}',
    '{"Algorithms","Statistics"}',
    900,
    '[]'::jsonb,
    'Use a sliding window with a running sum instead of re-summing each window. Add the first k values, emit the first average, then for each new index add `values[i]` and subtract `values[i - k]` before emitting the next average. This is O(n) time rather than O(n·k), and O(1) extra space besides the output. Round with `Math.round(x * 100) / 100` only when emitting, so rounding error does not accumulate in the running sum. Guard against `k < 1` and `k > n`.',
    '{"sliding window running sum","add new value subtract outgoing value","O(n) instead of O(n*k)","round only at output","guard k larger than input"}',
    'function movingAverage(values, k) {
  if (k < 1 || k > values.length) return [];
  const round = (x) => Math.round(x * 100) / 100;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += values[i];
  const out = [round(sum / k)];
  for (let i = k; i < values.length; i++) {
    sum += values[i] - values[i - k];
    out.push(round(sum / k));
  }
  return out;
}
',
    'function movingAverage(values, k) {
  // Write your solution here
}
',
    'movingAverage',
    '[{"input":"[[1,2,3,4,5],2]","expectedOutput":"[1.5,2.5,3.5,4.5]","description":"window of two"},{"input":"[[10,20,30],3]","expectedOutput":"[20]","description":"single window"},{"input":"[[1,2],3]","expectedOutput":"[]","description":"window larger than input"},{"input":"[[1,2,2],3]","expectedOutput":"[1.67]","description":"rounding to two decimals"},{"input":"[[5,5,5],1]","expectedOutput":"[5,5,5]","description":"window of one"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"sliding-window","arrays","time-series"}'
  )
on conflict do nothing;

-- Coding: medium (14 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'Write `groupAnagrams(words)` that groups words that are anagrams of each other. Return the groups in order of first appearance, with words inside each group in their input order.',
    'coding',
    'general',
    'medium',
    '{"software-engineer","backend-developer","frontend-developer"}',
    '{"JavaScript"}',
    '{"Data Structures","Algorithms"}',
    1200,
    '[]'::jsonb,
    'Build a canonical key for each word so that all anagrams share it: either the sorted letters (`word.split("").sort().join("")`, O(k log k)) or a 26-slot letter-count signature (O(k)). Store groups in a Map keyed by that signature; because a JavaScript Map preserves insertion order, iterating its values yields groups in order of first appearance. Total time is O(n·k log k) with sorting keys, space O(n·k). Mention that count signatures are faster for long words and that Unicode input needs a general key.',
    '{"canonical key from sorted letters","letter count signature alternative","hash map of key to group","Map preserves insertion order","O(n k log k) time"}',
    'function groupAnagrams(words) {
  const groups = new Map();
  for (const word of words) {
    const key = word.split('''').sort().join('''');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(word);
  }
  return [...groups.values()];
}
',
    'function groupAnagrams(words) {
  // Write your solution here
}
',
    'groupAnagrams',
    '[{"input":"[[\"eat\",\"tea\",\"tan\",\"ate\",\"nat\",\"bat\"]]","expectedOutput":"[[\"eat\",\"tea\",\"ate\"],[\"tan\",\"nat\"],[\"bat\"]]","description":"classic example"},{"input":"[[\"\"]]","expectedOutput":"[[\"\"]]","description":"single empty string"},{"input":"[[]]","expectedOutput":"[]","description":"no words"},{"input":"[[\"abc\",\"def\"]]","expectedOutput":"[[\"abc\"],[\"def\"]]","description":"no anagrams"},{"input":"[[\"ab\",\"ba\",\"ab\"]]","expectedOutput":"[[\"ab\",\"ba\",\"ab\"]]","description":"duplicate words"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"hash-map","strings","grouping"}'
  ),
  (
    'Write `lengthOfLongestSubstring(s)` that returns the length of the longest substring of `s` without repeating characters.',
    'coding',
    'general',
    'medium',
    '{"software-engineer","backend-developer","frontend-developer"}',
    '{"JavaScript"}',
    '{"Algorithms","Data Structures"}',
    1200,
    '[]'::jsonb,
    'Use a sliding window with a Map from character to its last seen index. Move the right pointer through the string; when the current character was seen at an index inside the window, jump the left pointer to `lastIndex + 1` (never moving it backwards). Record the window length `right - left + 1` at each step. Each character is processed once, so the algorithm is O(n) time and O(min(n, alphabet)) space. A naive check of all substrings is O(n³) and a set-based window that shrinks one step at a time is still O(n) but does more work.',
    '{"sliding window two pointers","map of last seen index","move left pointer past duplicate","left pointer never moves backwards","O(n) time"}',
    'function lengthOfLongestSubstring(s) {
  const last = new Map();
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    const ch = s[right];
    if (last.has(ch) && last.get(ch) >= left) left = last.get(ch) + 1;
    last.set(ch, right);
    best = Math.max(best, right - left + 1);
  }
  return best;
}
',
    'function lengthOfLongestSubstring(s) {
  // Write your solution here
}
',
    'lengthOfLongestSubstring',
    '[{"input":"[\"abcabcbb\"]","expectedOutput":"3","description":"repeating pattern"},{"input":"[\"bbbbb\"]","expectedOutput":"1","description":"all same characters"},{"input":"[\"pwwkew\"]","expectedOutput":"3","description":"answer in the middle"},{"input":"[\"\"]","expectedOutput":"0","description":"empty string"},{"input":"[\"abba\"]","expectedOutput":"2","description":"left pointer must not move backwards"},{"input":"[\"dvdf\"]","expectedOutput":"3","description":"duplicate not at window start"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"sliding-window","strings","hash-map","classic"}'
  ),
  (
    'Write `topKFrequent(nums, k)` that returns the k most frequent numbers, ordered by frequency descending and, for equal frequency, by value ascending.',
    'coding',
    'general',
    'medium',
    '{"software-engineer","backend-developer","data-engineer","data-scientist"}',
    '{"JavaScript"}',
    '{"Data Structures","Algorithms"}',
    1200,
    '[{"question":"Solve it in O(n) time using bucket sort by frequency.","difficulty":"hard","context":"Avoids the O(n log n) sort."}]'::jsonb,
    'First count occurrences in a Map in O(n). Then either sort the distinct entries by (count desc, value asc) and take the first k, which is O(u log u) for u distinct values, or keep a min-heap of size k for O(u log k). Bucket sort by frequency (an array of lists indexed by count) gives O(n) when ties do not need a specific order. State the deterministic tie-break explicitly because interviewers and tests depend on it. Space is O(u).',
    '{"frequency count with hash map","sort by count then value","min-heap of size k alternative","bucket sort O(n)","deterministic tie-break"}',
    'function topKFrequent(nums, k) {
  const counts = new Map();
  for (const n of nums) counts.set(n, (counts.get(n) || 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, k)
    .map(([value]) => value);
}
',
    'function topKFrequent(nums, k) {
  // Write your solution here
}
',
    'topKFrequent',
    '[{"input":"[[1,1,1,2,2,3],2]","expectedOutput":"[1,2]","description":"distinct frequencies"},{"input":"[[1],1]","expectedOutput":"[1]","description":"single element"},{"input":"[[4,4,5,5,6],2]","expectedOutput":"[4,5]","description":"tie broken by value"},{"input":"[[3,3,2,2,1,1],3]","expectedOutput":"[1,2,3]","description":"all tied"},{"input":"[[-1,-1,2],1]","expectedOutput":"[-1]","description":"negative numbers"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"hash-map","heap","sorting"}'
  ),
  (
    'Write `mergeIntervals(intervals)` that merges all overlapping closed intervals `[start, end]` and returns the merged list sorted by start. Intervals that touch (e.g. [1,4] and [4,5]) count as overlapping.',
    'coding',
    'general',
    'medium',
    '{"software-engineer","backend-developer","full-stack-developer","data-engineer"}',
    '{"JavaScript"}',
    '{"Algorithms"}',
    1200,
    '[{"question":"Insert a new interval into an already sorted, non-overlapping list.","difficulty":"medium","context":"Linear-time variant without re-sorting."}]'::jsonb,
    'Sort a copy of the intervals by start time, then sweep: keep the last merged interval and, if the next interval starts at or before its end, extend the end to `max(end, next.end)`; otherwise push the next interval as a new group. Sorting dominates at O(n log n); the sweep is O(n). Copy intervals rather than mutating the input so callers are not surprised. Key edge cases are nested intervals (an interval fully inside another) and touching boundaries.',
    '{"sort by start time","compare start with last merged end","extend end with max","O(n log n) due to sorting","nested and touching intervals"}',
    'function mergeIntervals(intervals) {
  const sorted = intervals.map(([s, e]) => [s, e]).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
',
    'function mergeIntervals(intervals) {
  // Write your solution here
}
',
    'mergeIntervals',
    '[{"input":"[[[1,3],[2,6],[8,10],[15,18]]]","expectedOutput":"[[1,6],[8,10],[15,18]]","description":"basic overlap"},{"input":"[[[1,4],[4,5]]]","expectedOutput":"[[1,5]]","description":"touching intervals"},{"input":"[[[1,10],[2,3],[4,5]]]","expectedOutput":"[[1,10]]","description":"nested intervals"},{"input":"[[[5,6],[1,2]]]","expectedOutput":"[[1,2],[5,6]]","description":"unsorted input"},{"input":"[[]]","expectedOutput":"[]","description":"empty input"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"intervals","sorting","classic"}'
  ),
  (
    'Write `productExceptSelf(nums)` returning an array where each element is the product of all other elements of `nums`, in O(n) time and without using division.',
    'coding',
    'general',
    'medium',
    '{"software-engineer","backend-developer","data-scientist"}',
    '{"JavaScript"}',
    '{"Algorithms"}',
    1200,
    '[]'::jsonb,
    'Compute prefix products and suffix products: `out[i]` first receives the product of everything to the left of i, then a second pass from the right multiplies in a running product of everything to the right. Using the output array for the prefix pass keeps extra space at O(1) beyond the output. Division is disallowed because it breaks with zeros; this approach handles one or several zeros naturally. Time is O(n) with two passes. Edge cases include a single zero (only that position is non-zero) and two or more zeros (everything is zero).',
    '{"prefix products left pass","suffix products right pass","no division handles zeros","O(n) time","O(1) extra space besides output"}',
    'function productExceptSelf(nums) {
  const n = nums.length;
  const out = new Array(n).fill(1);
  let left = 1;
  for (let i = 0; i < n; i++) {
    out[i] = left;
    left *= nums[i];
  }
  let right = 1;
  for (let i = n - 1; i >= 0; i--) {
    out[i] *= right;
    right *= nums[i];
  }
  return out;
}
',
    'function productExceptSelf(nums) {
  // Write your solution here
}
',
    'productExceptSelf',
    '[{"input":"[[1,2,3,4]]","expectedOutput":"[24,12,8,6]","description":"basic"},{"input":"[[-1,1,0,-3,3]]","expectedOutput":"[0,0,9,0,0]","description":"single zero"},{"input":"[[0,0,2]]","expectedOutput":"[0,0,0]","description":"two zeros"},{"input":"[[2,3]]","expectedOutput":"[3,2]","description":"two elements"},{"input":"[[5,-2,4]]","expectedOutput":"[-8,20,-10]","description":"negative numbers"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"arrays","prefix-sum"}'
  ),
  (
    'Given a 2D grid of "1" (land) and "0" (water), write `numIslands(grid)` that returns the number of islands. An island is formed by land cells connected horizontally or vertically.',
    'coding',
    'general',
    'medium',
    '{"software-engineer","backend-developer","mobile-developer"}',
    '{"JavaScript"}',
    '{"Algorithms","Data Structures"}',
    1200,
    '[]'::jsonb,
    'Scan every cell; when you find unvisited land, increment the count and flood-fill the whole island with BFS or DFS, marking cells visited (or overwriting them with "0" on a copy). Use an explicit stack or queue rather than recursion so very large islands do not overflow the call stack. Each cell is visited a constant number of times, so time is O(rows × cols) and space is O(rows × cols) in the worst case. Union-Find is an alternative that also supports incremental land additions. Do not mutate the caller''s grid unless that is agreed.',
    '{"flood fill with BFS or DFS","mark visited cells","four-directional neighbours","O(rows x cols) time","union-find alternative"}',
    'function numIslands(grid) {
  const rows = grid.length;
  const cols = rows ? grid[0].length : 0;
  const seen = grid.map((row) => row.map(() => false));
  let count = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== ''1'' || seen[r][c]) continue;
      count++;
      const stack = [[r, c]];
      seen[r][c] = true;
      while (stack.length) {
        const [y, x] = stack.pop();
        for (const [dy, dx] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
          const ny = y + dy;
          const nx = x + dx;
          if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] === ''1'' && !seen[ny][nx]) {
            seen[ny][nx] = true;
            stack.push([ny, nx]);
          }
        }
      }
    }
  }
  return count;
}
',
    'function numIslands(grid) {
  // Write your solution here
}
',
    'numIslands',
    '[{"input":"[[[\"1\",\"1\",\"0\",\"0\"],[\"1\",\"1\",\"0\",\"0\"],[\"0\",\"0\",\"1\",\"0\"],[\"0\",\"0\",\"0\",\"1\"]]]","expectedOutput":"3","description":"three islands"},{"input":"[[[\"1\",\"1\",\"1\"],[\"0\",\"1\",\"0\"],[\"1\",\"1\",\"1\"]]]","expectedOutput":"1","description":"one connected shape"},{"input":"[[[\"0\",\"0\"],[\"0\",\"0\"]]]","expectedOutput":"0","description":"all water"},{"input":"[[]]","expectedOutput":"0","description":"empty grid"},{"input":"[[[\"1\",\"0\",\"1\",\"0\",\"1\"]]]","expectedOutput":"3","description":"diagonals do not connect (single row)"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"graphs","bfs","dfs","matrix"}'
  ),
  (
    'Implement an LRU cache. Write `lruCache(capacity, operations)` where each operation is `["put", key, value]` or `["get", key]`. Return an array with the result of every `get` (the value, or -1 if missing). Both operations must be O(1).',
    'coding',
    'backend',
    'medium',
    '{"software-engineer","backend-developer","full-stack-developer","frontend-developer"}',
    '{"JavaScript"}',
    '{"Data Structures","Caching"}',
    1200,
    '[{"question":"Add a TTL so entries expire after a given number of milliseconds.","difficulty":"hard","context":"Combines recency eviction with time-based expiry."}]'::jsonb,
    'The classic design combines a hash map for O(1) lookup with a doubly linked list that orders entries by recency, evicting from the tail. In JavaScript a `Map` already preserves insertion order, so you can get the same O(1) behaviour: on `get`, delete and re-insert the key to mark it most recently used; on `put`, delete any existing key, insert it, and if the size exceeds capacity evict `map.keys().next().value`, the least recently used. Updating an existing key must refresh its recency without evicting. Explaining the linked-list version shows you understand what the Map is doing for you.',
    '{"hash map plus doubly linked list","get moves key to most recent","evict least recently used when over capacity","Map insertion order trick in JavaScript","O(1) get and put"}',
    'function lruCache(capacity, operations) {
  const cache = new Map();
  const results = [];
  for (const [op, key, value] of operations) {
    if (op === ''get'') {
      if (!cache.has(key)) {
        results.push(-1);
      } else {
        const v = cache.get(key);
        cache.delete(key);
        cache.set(key, v);
        results.push(v);
      }
    } else {
      if (cache.has(key)) cache.delete(key);
      cache.set(key, value);
      if (cache.size > capacity) cache.delete(cache.keys().next().value);
    }
  }
  return results;
}
',
    'function lruCache(capacity, operations) {
  // Write your solution here
}
',
    'lruCache',
    '[{"input":"[2,[[\"put\",1,1],[\"put\",2,2],[\"get\",1],[\"put\",3,3],[\"get\",2],[\"put\",4,4],[\"get\",1],[\"get\",3],[\"get\",4]]]","expectedOutput":"[1,-1,-1,3,4]","description":"classic sequence"},{"input":"[1,[[\"put\",1,1],[\"put\",2,2],[\"get\",1],[\"get\",2]]]","expectedOutput":"[-1,2]","description":"capacity one"},{"input":"[2,[[\"put\",1,1],[\"put\",1,10],[\"get\",1]]]","expectedOutput":"[10]","description":"update existing key"},{"input":"[2,[[\"put\",1,1],[\"put\",2,2],[\"put\",1,5],[\"put\",3,3],[\"get\",2],[\"get\",1]]]","expectedOutput":"[-1,5]","description":"update refreshes recency"},{"input":"[2,[[\"get\",7]]]","expectedOutput":"[-1]","description":"get on empty cache"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"cache","linked-list","hash-map","design"}'
  ),
  (
    'Write `deepEqual(a, b)` that returns true if two JSON-compatible values (primitives, null, arrays, plain objects) are structurally equal. Object key order must not matter.',
    'coding',
    'frontend',
    'medium',
    '{"frontend-developer","full-stack-developer","software-engineer"}',
    '{"JavaScript"}',
    '{"JavaScript","Algorithms"}',
    1200,
    '[]'::jsonb,
    'Start with `Object.is(a, b)` or `===` for identical primitives and references. If either value is not an object or is null, they are unequal at that point. Arrays must both be arrays with equal length and pairwise deep-equal elements; an array is never equal to an object with numeric keys. For plain objects compare the sets of own keys (same count, every key of `a` present in `b`) and recurse on each value. This is O(n) in the size of the structures; production versions also handle cycles with a WeakMap, Dates, Maps and Sets, which is useful to mention for React memo comparisons.',
    '{"strict equality fast path","null and typeof object checks","arrays compare length and elements","compare own keys regardless of order","recursion on nested values","cycle handling with WeakMap"}',
    'function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== ''object'' || typeof b !== ''object'' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}
',
    'function deepEqual(a, b) {
  // Write your solution here
}
',
    'deepEqual',
    '[{"input":"[{\"a\":1,\"b\":[1,2,{\"c\":3}]},{\"b\":[1,2,{\"c\":3}],\"a\":1}]","expectedOutput":"true","description":"nested with different key order"},{"input":"[{\"a\":1},{\"a\":1,\"b\":null}]","expectedOutput":"false","description":"extra key with null value"},{"input":"[[1,2],{\"0\":1,\"1\":2}]","expectedOutput":"false","description":"array versus object"},{"input":"[null,{}]","expectedOutput":"false","description":"null versus object"},{"input":"[[1,[2,3]],[1,[2,4]]]","expectedOutput":"false","description":"deep difference"},{"input":"[\"x\",\"x\"]","expectedOutput":"true","description":"equal primitives"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"recursion","objects","javascript"}'
  ),
  (
    'Write `kthLargest(nums, k)` that returns the k-th largest element of an unsorted array (k-th in sorted order, so duplicates count separately). Aim for better than O(n log n) on average.',
    'coding',
    'general',
    'medium',
    '{"software-engineer","backend-developer","data-scientist"}',
    '{"JavaScript"}',
    '{"Algorithms","Data Structures"}',
    1200,
    '[]'::jsonb,
    'Sorting and indexing is O(n log n) and a fine baseline. A min-heap of size k gives O(n log k): push each element and pop whenever the heap exceeds k, so the root ends up being the k-th largest. Quickselect partitions around a pivot like quicksort but recurses into only one side, giving O(n) average and O(n²) worst case; random pivots make the worst case unlikely. Iterative quickselect avoids recursion depth issues. Duplicates are handled because we compare positions, not distinct values.',
    '{"sort baseline O(n log n)","min-heap of size k O(n log k)","quickselect average O(n)","random pivot avoids worst case","duplicates counted separately"}',
    'function kthLargest(nums, k) {
  const a = nums.slice();
  const target = a.length - k;
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const pivotIndex = lo + ((hi - lo) >> 1);
    const pivot = a[pivotIndex];
    [a[pivotIndex], a[hi]] = [a[hi], a[pivotIndex]];
    let store = lo;
    for (let i = lo; i < hi; i++) {
      if (a[i] < pivot) {
        [a[i], a[store]] = [a[store], a[i]];
        store++;
      }
    }
    [a[store], a[hi]] = [a[hi], a[store]];
    if (store === target) return a[store];
    if (store < target) lo = store + 1;
    else hi = store - 1;
  }
  return undefined;
}
',
    'function kthLargest(nums, k) {
  // Write your solution here
}
',
    'kthLargest',
    '[{"input":"[[3,2,1,5,6,4],2]","expectedOutput":"5","description":"basic"},{"input":"[[3,2,3,1,2,4,5,5,6],4]","expectedOutput":"4","description":"with duplicates"},{"input":"[[1],1]","expectedOutput":"1","description":"single element"},{"input":"[[7,7,7],2]","expectedOutput":"7","description":"all equal"},{"input":"[[-1,-5,0,3],4]","expectedOutput":"-5","description":"k equals length"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"heap","quickselect","sorting"}'
  ),
  (
    'Write `coinChange(coins, amount)` that returns the fewest number of coins needed to make up `amount` using unlimited coins of the given denominations, or -1 if it cannot be made.',
    'coding',
    'general',
    'medium',
    '{"software-engineer","backend-developer","data-scientist"}',
    '{"JavaScript"}',
    '{"Algorithms"}',
    1200,
    '[]'::jsonb,
    'Greedy (always take the largest coin) fails for denominations like [1, 3, 4] and amount 6, so use dynamic programming. Let `dp[x]` be the minimum coins for amount x, with `dp[0] = 0` and everything else Infinity. For each x from 1 to amount and each coin c ≤ x, set `dp[x] = min(dp[x], dp[x - c] + 1)`. Return `dp[amount]` or -1 if it is still Infinity. Time is O(amount × coins) and space O(amount); BFS over amounts is an equivalent shortest-path formulation.',
    '{"greedy fails counterexample","dp array of minimum coins","dp[0] = 0 base case","transition dp[x - coin] + 1","O(amount x coins) time","return -1 when unreachable"}',
    'function coinChange(coins, amount) {
  const dp = new Array(amount + 1).fill(Infinity);
  dp[0] = 0;
  for (let x = 1; x <= amount; x++) {
    for (const c of coins) {
      if (c <= x && dp[x - c] + 1 < dp[x]) dp[x] = dp[x - c] + 1;
    }
  }
  return dp[amount] === Infinity ? -1 : dp[amount];
}
',
    'function coinChange(coins, amount) {
  // Write your solution here
}
',
    'coinChange',
    '[{"input":"[[1,2,5],11]","expectedOutput":"3","description":"5 + 5 + 1"},{"input":"[[2],3]","expectedOutput":"-1","description":"impossible"},{"input":"[[1],0]","expectedOutput":"0","description":"zero amount"},{"input":"[[1,3,4],6]","expectedOutput":"2","description":"greedy would fail"},{"input":"[[186,419,83,408],6249]","expectedOutput":"20","description":"larger amount"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"dynamic-programming","classic"}'
  ),
  (
    'There are `numCourses` courses labelled 0..n-1 and a list of `prerequisites` pairs `[a, b]` meaning b must be taken before a. Write `canFinish(numCourses, prerequisites)` returning true if all courses can be completed.',
    'coding',
    'general',
    'medium',
    '{"software-engineer","backend-developer","data-engineer"}',
    '{"JavaScript"}',
    '{"Algorithms","Data Structures"}',
    1200,
    '[{"question":"Return one valid order in which to take the courses (topological order).","difficulty":"medium","context":"Same algorithm, collect the order."}]'::jsonb,
    'Model courses as a directed graph and detect a cycle; all courses are finishable exactly when the graph is a DAG. Kahn''s algorithm computes in-degrees, enqueues nodes with in-degree zero, and repeatedly removes them, decrementing their neighbours'' in-degrees. If the number of processed nodes equals `numCourses`, there is no cycle. Alternatively a DFS with three colours (unvisited, visiting, done) finds back edges. Both are O(V + E) time and space. This is the same problem as resolving build or task-pipeline dependencies.',
    '{"directed graph adjacency list","cycle detection","Kahn''s algorithm with in-degree","processed count equals number of courses","O(V + E) time","DFS three-colour alternative"}',
    'function canFinish(numCourses, prerequisites) {
  const adj = Array.from({ length: numCourses }, () => []);
  const indegree = new Array(numCourses).fill(0);
  for (const [course, pre] of prerequisites) {
    adj[pre].push(course);
    indegree[course]++;
  }
  const queue = [];
  for (let i = 0; i < numCourses; i++) if (indegree[i] === 0) queue.push(i);
  let processed = 0;
  while (queue.length) {
    const node = queue.shift();
    processed++;
    for (const next of adj[node]) {
      if (--indegree[next] === 0) queue.push(next);
    }
  }
  return processed === numCourses;
}
',
    'function canFinish(numCourses, prerequisites) {
  // Write your solution here
}
',
    'canFinish',
    '[{"input":"[2,[[1,0]]]","expectedOutput":"true","description":"simple chain"},{"input":"[2,[[1,0],[0,1]]]","expectedOutput":"false","description":"two-node cycle"},{"input":"[3,[]]","expectedOutput":"true","description":"no prerequisites"},{"input":"[4,[[1,0],[2,1],[3,2],[1,3]]]","expectedOutput":"false","description":"longer cycle"},{"input":"[5,[[1,0],[2,0],[3,1],[3,2],[4,3]]]","expectedOutput":"true","description":"diamond dependencies"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"graphs","topological-sort"}'
  ),
  (
    'Write `decodeString(s)` that expands an encoded string where `k[encoded]` means `encoded` repeated k times, e.g. `"3[a2[c]]"` becomes `"accaccacc"`. k is a positive integer and may have several digits.',
    'coding',
    'general',
    'medium',
    '{"software-engineer","frontend-developer","backend-developer"}',
    '{"JavaScript"}',
    '{"Data Structures","Algorithms"}',
    1200,
    '[]'::jsonb,
    'Use two stacks (or one stack of frames): as you scan, accumulate digits into a multi-digit count and letters into the current string. On `[`, push the current string and count and reset both. On `]`, pop the previous string and count and set `current = prev + current.repeat(count)`. Nested brackets are handled naturally because each level has its own frame. Time is proportional to the size of the output; a recursive-descent parser is an equally good alternative.',
    '{"stack of previous string and count","multi-digit repeat counts","push on opening bracket","pop and repeat on closing bracket","handles nesting"}',
    'function decodeString(s) {
  const stack = [];
  let current = '''';
  let count = 0;
  for (const ch of s) {
    if (ch >= ''0'' && ch <= ''9'') {
      count = count * 10 + Number(ch);
    } else if (ch === ''['') {
      stack.push([current, count]);
      current = '''';
      count = 0;
    } else if (ch === '']'') {
      const [prev, times] = stack.pop();
      current = prev + current.repeat(times);
    } else {
      current += ch;
    }
  }
  return current;
}
',
    'function decodeString(s) {
  // Write your solution here
}
',
    'decodeString',
    '[{"input":"[\"3[a]2[bc]\"]","expectedOutput":"\"aaabcbc\"","description":"sequential groups"},{"input":"[\"3[a2[c]]\"]","expectedOutput":"\"accaccacc\"","description":"nested groups"},{"input":"[\"2[abc]3[cd]ef\"]","expectedOutput":"\"abcabccdcdcdef\"","description":"trailing literal"},{"input":"[\"10[a]\"]","expectedOutput":"\"aaaaaaaaaa\"","description":"multi-digit count"},{"input":"[\"abc\"]","expectedOutput":"\"abc\"","description":"no encoding"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"stack","strings","parsing"}'
  ),
  (
    'Implement a sliding-window rate limiter. Write `rateLimit(timestamps, limit, windowMs)` that receives request timestamps in milliseconds (non-decreasing) and returns an array of booleans: true if the request is allowed, i.e. fewer than `limit` requests were allowed in the preceding `windowMs` milliseconds (the window is `(t - windowMs, t]`).',
    'coding',
    'backend',
    'medium',
    '{"backend-developer","software-engineer","full-stack-developer"}',
    '{"JavaScript"}',
    '{"Algorithms","Distributed Systems"}',
    1200,
    '[]'::jsonb,
    'Keep a queue of the timestamps of allowed requests. For each new request at time t, evict timestamps that are `<= t - windowMs` from the front, since they fell out of the window. If the queue now holds fewer than `limit` entries, allow the request and push t; otherwise reject it without recording it. Each timestamp is pushed and popped at most once, so the total time is O(n) and space O(limit). In production the same sliding-window log is often approximated with a sliding-window counter or token bucket in Redis to bound memory across many clients.',
    '{"queue of allowed timestamps","evict timestamps outside window","allow when count below limit","rejected requests not recorded","O(n) amortised","token bucket or Redis in production"}',
    'function rateLimit(timestamps, limit, windowMs) {
  const window = [];
  let head = 0;
  const out = [];
  for (const t of timestamps) {
    while (head < window.length && window[head] <= t - windowMs) head++;
    if (window.length - head < limit) {
      window.push(t);
      out.push(true);
    } else {
      out.push(false);
    }
  }
  return out;
}
',
    'function rateLimit(timestamps, limit, windowMs) {
  // Write your solution here
}
',
    'rateLimit',
    '[{"input":"[[0,100,200,300],3,1000]","expectedOutput":"[true,true,true,false]","description":"limit reached within window"},{"input":"[[0,100,200,1000,1100],3,1000]","expectedOutput":"[true,true,true,true,true]","description":"old requests expire"},{"input":"[[0,0,0],2,1000]","expectedOutput":"[true,true,false]","description":"simultaneous requests"},{"input":"[[],5,1000]","expectedOutput":"[]","description":"no requests"},{"input":"[[0,500,999,1000,1499,1500],2,1000]","expectedOutput":"[true,true,false,true,false,true]","description":"window boundary is exclusive"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"rate-limiting","queue","sliding-window","backend"}'
  ),
  (
    'You receive click events as `[userId, timestampSeconds]` pairs, not necessarily sorted. A session is a run of a user''s events where each gap between consecutive events is at most `gapSeconds`. Write `countSessions(events, gapSeconds)` returning an object mapping each user id to their number of sessions.',
    'coding',
    'data',
    'medium',
    '{"data-engineer","data-scientist","backend-developer"}',
    '{"JavaScript","SQL"}',
    '{"Algorithms","Data Pipelines"}',
    1200,
    '[{"question":"Write the same sessionization in SQL using window functions.","difficulty":"medium","context":"LAG over (partition by user order by ts) and a running sum of new-session flags."}]'::jsonb,
    'Group events by user, sort each user''s timestamps, and walk them: the first event starts a session, and every gap greater than `gapSeconds` starts a new one. Sorting is required because events arrive out of order in real pipelines (late data, multiple producers). Complexity is O(n log n) for the sorts and O(n) space. In SQL the same logic is `LAG(ts) OVER (PARTITION BY user ORDER BY ts)`, a flag when the gap exceeds the threshold, and `SUM(flag) OVER (...)` to assign session ids. In streaming systems this becomes session windows with a watermark for late events.',
    '{"group events by user","sort timestamps per user","new session when gap exceeds threshold","LAG window function in SQL","session windows and watermarks in streaming"}',
    'function countSessions(events, gapSeconds) {
  const byUser = new Map();
  for (const [user, ts] of events) {
    if (!byUser.has(user)) byUser.set(user, []);
    byUser.get(user).push(ts);
  }
  const result = {};
  for (const user of [...byUser.keys()].sort()) {
    const times = byUser.get(user).sort((a, b) => a - b);
    let sessions = 1;
    for (let i = 1; i < times.length; i++) {
      if (times[i] - times[i - 1] > gapSeconds) sessions++;
    }
    result[user] = sessions;
  }
  return result;
}
',
    'function countSessions(events, gapSeconds) {
  // Write your solution here
}
',
    'countSessions',
    '[{"input":"[[[\"u1\",0],[\"u1\",100],[\"u1\",2000]],1800]","expectedOutput":"{\"u1\":2}","description":"gap splits sessions"},{"input":"[[[\"u1\",50],[\"u2\",0],[\"u1\",0],[\"u2\",4000]],1800]","expectedOutput":"{\"u1\":1,\"u2\":2}","description":"unsorted events for two users"},{"input":"[[],1800]","expectedOutput":"{}","description":"no events"},{"input":"[[[\"a\",0],[\"a\",1800]],1800]","expectedOutput":"{\"a\":1}","description":"gap equal to threshold stays in session"},{"input":"[[[\"a\",0],[\"a\",0],[\"a\",1801]],1800]","expectedOutput":"{\"a\":2}","description":"duplicate timestamps"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"sessionization","data-engineering","sorting"}'
  )
on conflict do nothing;

-- Coding: hard (13 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'Given non-negative integers representing an elevation map where each bar has width 1, write `trapRainWater(heights)` that computes how much water is trapped after raining.',
    'coding',
    'general',
    'hard',
    '{"software-engineer","backend-developer"}',
    '{"JavaScript"}',
    '{"Algorithms"}',
    1800,
    '[]'::jsonb,
    'Water above a bar equals `min(maxLeft, maxRight) - height`, so the brute force recomputes both maxima per bar in O(n²). Precomputing prefix and suffix maxima gives O(n) time and O(n) space. The optimal two-pointer solution moves inward from both ends, always advancing the side with the smaller current maximum: that side''s water level is fully determined because the other side is known to be at least as tall. This yields O(n) time and O(1) space. Arrays with fewer than three bars trap nothing.',
    '{"water level min of left max and right max","prefix and suffix maximum arrays","two pointers move smaller side","O(n) time O(1) space","fewer than three bars trap nothing"}',
    'function trapRainWater(heights) {
  let left = 0;
  let right = heights.length - 1;
  let leftMax = 0;
  let rightMax = 0;
  let water = 0;
  while (left < right) {
    if (heights[left] < heights[right]) {
      leftMax = Math.max(leftMax, heights[left]);
      water += leftMax - heights[left];
      left++;
    } else {
      rightMax = Math.max(rightMax, heights[right]);
      water += rightMax - heights[right];
      right--;
    }
  }
  return water;
}
',
    'function trapRainWater(heights) {
  // Write your solution here
}
',
    'trapRainWater',
    '[{"input":"[[0,1,0,2,1,0,1,3,2,1,2,1]]","expectedOutput":"6","description":"classic example"},{"input":"[[4,2,0,3,2,5]]","expectedOutput":"9","description":"deep basin"},{"input":"[[]]","expectedOutput":"0","description":"empty"},{"input":"[[3,2,1]]","expectedOutput":"0","description":"monotonic decreasing"},{"input":"[[5,0,5]]","expectedOutput":"5","description":"single well"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"two-pointers","arrays","classic"}'
  ),
  (
    'Write `findMedianSortedArrays(a, b)` that returns the median of two ascending sorted arrays (total length at least 1) in O(log(min(m, n))) time.',
    'coding',
    'general',
    'hard',
    '{"software-engineer","backend-developer","data-scientist"}',
    '{"JavaScript"}',
    '{"Algorithms"}',
    1800,
    '[]'::jsonb,
    'Merging gives O(m + n) and is a reasonable baseline, but the optimal solution binary searches a partition of the shorter array. Choose i elements from the shorter array and j = (m + n + 1) / 2 - i from the other so the left half has the correct size. The partition is correct when `maxLeftA <= minRightB` and `maxLeftB <= minRightA`, using -Infinity and Infinity for empty sides; otherwise move the search range left or right. The median is the max of the left side for odd totals, or the average of max-left and min-right for even totals. Searching the shorter array guarantees j stays in range and gives O(log(min(m, n))).',
    '{"binary search on shorter array","partition so left half has half the elements","compare maxLeft and minRight across arrays","Infinity sentinels for empty sides","odd versus even total length","O(log(min(m, n)))"}',
    'function findMedianSortedArrays(a, b) {
  if (a.length > b.length) return findMedianSortedArrays(b, a);
  const m = a.length;
  const n = b.length;
  const half = Math.floor((m + n + 1) / 2);
  let lo = 0;
  let hi = m;
  while (lo <= hi) {
    const i = Math.floor((lo + hi) / 2);
    const j = half - i;
    const aLeft = i > 0 ? a[i - 1] : -Infinity;
    const aRight = i < m ? a[i] : Infinity;
    const bLeft = j > 0 ? b[j - 1] : -Infinity;
    const bRight = j < n ? b[j] : Infinity;
    if (aLeft <= bRight && bLeft <= aRight) {
      const leftMax = Math.max(aLeft, bLeft);
      if ((m + n) % 2 === 1) return leftMax;
      return (leftMax + Math.min(aRight, bRight)) / 2;
    }
    if (aLeft > bRight) hi = i - 1;
    else lo = i + 1;
  }
  return null;
}
',
    'function findMedianSortedArrays(a, b) {
  // Write your solution here
}
',
    'findMedianSortedArrays',
    '[{"input":"[[1,3],[2]]","expectedOutput":"2","description":"odd total"},{"input":"[[1,2],[3,4]]","expectedOutput":"2.5","description":"even total"},{"input":"[[],[1]]","expectedOutput":"1","description":"one empty array"},{"input":"[[0,0],[0,0]]","expectedOutput":"0","description":"all equal"},{"input":"[[1,2,3,4,5],[6,7,8]]","expectedOutput":"4.5","description":"disjoint ranges"},{"input":"[[2],[1,3,4,5,6]]","expectedOutput":"3.5","description":"short array in the middle"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"binary-search","arrays","classic"}'
  ),
  (
    'Write `minWindow(s, t)` that returns the smallest substring of `s` containing every character of `t` (including duplicates). Return "" if none exists; if several have the same length return the leftmost.',
    'coding',
    'general',
    'hard',
    '{"software-engineer","backend-developer"}',
    '{"JavaScript"}',
    '{"Algorithms","Data Structures"}',
    1800,
    '[]'::jsonb,
    'Use a variable-size sliding window with a frequency map of needed characters and a counter of how many required characters are still missing. Expand the right pointer, decrementing the need for each character; when the missing counter reaches zero the window is valid, so shrink from the left as far as possible while it stays valid, recording the smallest window. Each pointer moves at most n times, so the algorithm is O(|s| + |t|) time and O(k) space for the alphabet. Updating the best window only when strictly smaller keeps the leftmost answer on ties. Duplicates in t are handled because counts, not sets, are tracked.',
    '{"sliding window with two pointers","frequency map of required characters","missing counter for validity","shrink left while window is valid","O(|s| + |t|) time","duplicates in t counted"}',
    'function minWindow(s, t) {
  if (t.length === 0 || s.length < t.length) return '''';
  const need = new Map();
  for (const ch of t) need.set(ch, (need.get(ch) || 0) + 1);
  let missing = t.length;
  let left = 0;
  let bestStart = 0;
  let bestLen = Infinity;
  for (let right = 0; right < s.length; right++) {
    const ch = s[right];
    if (need.has(ch)) {
      if (need.get(ch) > 0) missing--;
      need.set(ch, need.get(ch) - 1);
    }
    while (missing === 0) {
      if (right - left + 1 < bestLen) {
        bestLen = right - left + 1;
        bestStart = left;
      }
      const out = s[left];
      if (need.has(out)) {
        need.set(out, need.get(out) + 1);
        if (need.get(out) > 0) missing++;
      }
      left++;
    }
  }
  return bestLen === Infinity ? '''' : s.slice(bestStart, bestStart + bestLen);
}
',
    'function minWindow(s, t) {
  // Write your solution here
}
',
    'minWindow',
    '[{"input":"[\"ADOBECODEBANC\",\"ABC\"]","expectedOutput":"\"BANC\"","description":"classic example"},{"input":"[\"a\",\"a\"]","expectedOutput":"\"a\"","description":"exact match"},{"input":"[\"a\",\"aa\"]","expectedOutput":"\"\"","description":"not enough duplicates"},{"input":"[\"aaflslflsldkalskaaa\",\"aaa\"]","expectedOutput":"\"aaa\"","description":"duplicates in t"},{"input":"[\"abcabc\",\"cb\"]","expectedOutput":"\"bc\"","description":"leftmost of equal windows"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"sliding-window","strings","hash-map"}'
  ),
  (
    'Write `ladderLength(beginWord, endWord, wordList)` returning the number of words in the shortest transformation sequence from `beginWord` to `endWord`, changing one letter at a time, where every intermediate word must be in `wordList`. Return 0 if impossible.',
    'coding',
    'general',
    'hard',
    '{"software-engineer","backend-developer"}',
    '{"JavaScript"}',
    '{"Algorithms","Data Structures"}',
    1800,
    '[]'::jsonb,
    'This is an unweighted shortest-path problem, so use BFS from `beginWord`, counting levels. Put the word list in a Set for O(1) membership and, for each word dequeued, generate all neighbours by replacing each position with a–z, enqueueing those in the set and deleting them to mark them visited. Return the level when `endWord` is reached, and 0 if it is not in the list or the queue empties. Time is O(N × L × 26) for N words of length L. Bidirectional BFS from both ends or wildcard-pattern buckets (`h*t`) are strong optimisations to mention.',
    '{"unweighted shortest path so BFS","word list in a Set","generate neighbours by changing one letter","mark visited by removing from set","return 0 when endWord unreachable","bidirectional BFS optimisation"}',
    'function ladderLength(beginWord, endWord, wordList) {
  const words = new Set(wordList);
  if (!words.has(endWord)) return 0;
  let queue = [beginWord];
  let steps = 1;
  words.delete(beginWord);
  while (queue.length) {
    const next = [];
    for (const word of queue) {
      if (word === endWord) return steps;
      for (let i = 0; i < word.length; i++) {
        for (let c = 97; c <= 122; c++) {
          const candidate = word.slice(0, i) + String.fromCharCode(c) + word.slice(i + 1);
          if (words.has(candidate)) {
            words.delete(candidate);
            next.push(candidate);
          }
        }
      }
    }
    queue = next;
    steps++;
  }
  return 0;
}
',
    'function ladderLength(beginWord, endWord, wordList) {
  // Write your solution here
}
',
    'ladderLength',
    '[{"input":"[\"hit\",\"cog\",[\"hot\",\"dot\",\"dog\",\"lot\",\"log\",\"cog\"]]","expectedOutput":"5","description":"classic example"},{"input":"[\"hit\",\"cog\",[\"hot\",\"dot\",\"dog\",\"lot\",\"log\"]]","expectedOutput":"0","description":"end word missing"},{"input":"[\"a\",\"c\",[\"a\",\"b\",\"c\"]]","expectedOutput":"2","description":"single letter words"},{"input":"[\"hot\",\"dog\",[\"hot\",\"dog\"]]","expectedOutput":"0","description":"no path"},{"input":"[\"lost\",\"cost\",[\"most\",\"fist\",\"lost\",\"cost\",\"fish\"]]","expectedOutput":"2","description":"one step"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"graphs","bfs","strings"}'
  ),
  (
    'Write `mergeKSorted(lists)` that merges k ascending sorted arrays into one sorted array in O(N log k) time, where N is the total number of elements.',
    'coding',
    'backend',
    'hard',
    '{"software-engineer","backend-developer","data-engineer"}',
    '{"JavaScript"}',
    '{"Algorithms","Data Structures"}',
    1800,
    '[]'::jsonb,
    'Concatenating and sorting is O(N log N). The efficient approach keeps a min-heap holding the current head of each list as `(value, listIndex, elementIndex)`; pop the smallest, append it, and push the next element from the same list. The heap never exceeds k entries, so each of the N operations costs O(log k). Divide and conquer (pairwise merging in rounds) achieves the same O(N log k) without a heap. This is the core of external merge sort and of merging sorted runs in databases and log compaction.',
    '{"min-heap of list heads","pop smallest push next from same list","heap size at most k","O(N log k) time","divide and conquer pairwise merge alternative","external merge sort use case"}',
    'function mergeKSorted(lists) {
  const heap = [];
  const less = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const push = (item) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l], heap[m])) m = l;
        if (r < heap.length && less(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  };
  lists.forEach((list, li) => {
    if (list.length > 0) push([list[0], li, 0]);
  });
  const out = [];
  while (heap.length > 0) {
    const [value, li, ei] = pop();
    out.push(value);
    if (ei + 1 < lists[li].length) push([lists[li][ei + 1], li, ei + 1]);
  }
  return out;
}
',
    'function mergeKSorted(lists) {
  // Write your solution here
}
',
    'mergeKSorted',
    '[{"input":"[[[1,4,5],[1,3,4],[2,6]]]","expectedOutput":"[1,1,2,3,4,4,5,6]","description":"three lists"},{"input":"[[]]","expectedOutput":"[]","description":"no lists"},{"input":"[[[],[],[]]]","expectedOutput":"[]","description":"only empty lists"},{"input":"[[[5],[1,2,3],[]]]","expectedOutput":"[1,2,3,5]","description":"mixed lengths"},{"input":"[[[-3,-1],[-2,0],[-5]]]","expectedOutput":"[-5,-3,-2,-1,0]","description":"negative values"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"heap","merge","divide-and-conquer"}'
  ),
  (
    'Write `longestValidParentheses(s)` that returns the length of the longest well-formed (valid) parentheses substring in a string of `(` and `)`.',
    'coding',
    'general',
    'hard',
    '{"software-engineer","backend-developer"}',
    '{"JavaScript"}',
    '{"Algorithms","Data Structures"}',
    1800,
    '[]'::jsonb,
    'Use a stack of indices seeded with -1 as the base of the current valid run. Push the index of every `(`; on `)` pop, and if the stack becomes empty push the current index as the new base, otherwise the current valid length is `i - stack.top`. This is O(n) time and O(n) space. An O(1)-space alternative scans left-to-right and right-to-left counting open and close parentheses, recording a length when they are equal and resetting when the invalid side exceeds the other. A DP over `dp[i]` (longest valid ending at i) is another accepted approach.',
    '{"stack of indices seeded with -1","new base index after unmatched close","length equals i minus stack top","O(n) time","two-pass counter O(1) space alternative","dynamic programming alternative"}',
    'function longestValidParentheses(s) {
  const stack = [-1];
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === ''('') {
      stack.push(i);
    } else {
      stack.pop();
      if (stack.length === 0) stack.push(i);
      else best = Math.max(best, i - stack[stack.length - 1]);
    }
  }
  return best;
}
',
    'function longestValidParentheses(s) {
  // Write your solution here
}
',
    'longestValidParentheses',
    '[{"input":"[\"(()\"]","expectedOutput":"2","description":"unmatched opener at start"},{"input":"[\")()())\"]","expectedOutput":"4","description":"unmatched closers around run"},{"input":"[\"\"]","expectedOutput":"0","description":"empty string"},{"input":"[\"()(())\"]","expectedOutput":"6","description":"adjacent and nested"},{"input":"[\"())((())\"]","expectedOutput":"4","description":"run after a break"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"stack","dynamic-programming","strings"}'
  ),
  (
    'Write `editDistance(a, b)` that returns the minimum number of single-character insertions, deletions or substitutions needed to transform string `a` into string `b` (Levenshtein distance).',
    'coding',
    'general',
    'hard',
    '{"software-engineer","backend-developer","data-scientist"}',
    '{"JavaScript"}',
    '{"Algorithms"}',
    1800,
    '[]'::jsonb,
    'Define `dp[i][j]` as the distance between the first i characters of a and the first j of b. Base cases are `dp[i][0] = i` and `dp[0][j] = j`. If the characters match, `dp[i][j] = dp[i-1][j-1]`; otherwise it is 1 plus the minimum of delete (`dp[i-1][j]`), insert (`dp[i][j-1]`) and substitute (`dp[i-1][j-1]`). Time is O(m × n); because each row only depends on the previous one, space can be reduced to O(min(m, n)). This underlies spell checkers, fuzzy search and diff tools.',
    '{"dp table over prefixes","base cases equal prefix lengths","match copies diagonal","min of insert delete substitute plus one","O(m x n) time","rolling array reduces space"}',
    'function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) cur[j] = prev[j - 1];
      else cur[j] = 1 + Math.min(prev[j], cur[j - 1], prev[j - 1]);
    }
    prev = cur;
  }
  return prev[b.length];
}
',
    'function editDistance(a, b) {
  // Write your solution here
}
',
    'editDistance',
    '[{"input":"[\"horse\",\"ros\"]","expectedOutput":"3","description":"classic example"},{"input":"[\"intention\",\"execution\"]","expectedOutput":"5","description":"longer words"},{"input":"[\"\",\"abc\"]","expectedOutput":"3","description":"empty source"},{"input":"[\"abc\",\"\"]","expectedOutput":"3","description":"empty target"},{"input":"[\"same\",\"same\"]","expectedOutput":"0","description":"identical strings"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"dynamic-programming","strings","classic"}'
  ),
  (
    'Write `largestRectangleArea(heights)` that returns the area of the largest rectangle that fits inside a histogram whose bars have width 1.',
    'coding',
    'general',
    'hard',
    '{"software-engineer","backend-developer"}',
    '{"JavaScript"}',
    '{"Algorithms","Data Structures"}',
    1800,
    '[]'::jsonb,
    'Maintain a monotonic increasing stack of bar indices. When the current bar is lower than the bar on top of the stack, that top bar cannot extend further right, so pop it and compute its area using the new stack top as the left boundary and the current index as the right boundary. Appending a sentinel bar of height 0 at the end flushes the remaining stack. Each index is pushed and popped once, giving O(n) time and O(n) space versus O(n²) for expanding around each bar. The same technique solves maximal rectangle in a binary matrix.',
    '{"monotonic increasing stack","pop when current bar is lower","width from previous stack index to current index","sentinel zero height at the end","O(n) time"}',
    'function largestRectangleArea(heights) {
  const stack = [];
  let best = 0;
  for (let i = 0; i <= heights.length; i++) {
    const h = i === heights.length ? 0 : heights[i];
    while (stack.length && heights[stack[stack.length - 1]] > h) {
      const height = heights[stack.pop()];
      const left = stack.length ? stack[stack.length - 1] : -1;
      best = Math.max(best, height * (i - left - 1));
    }
    stack.push(i);
  }
  return best;
}
',
    'function largestRectangleArea(heights) {
  // Write your solution here
}
',
    'largestRectangleArea',
    '[{"input":"[[2,1,5,6,2,3]]","expectedOutput":"10","description":"classic example"},{"input":"[[2,4]]","expectedOutput":"4","description":"two bars"},{"input":"[[]]","expectedOutput":"0","description":"empty histogram"},{"input":"[[3,3,3]]","expectedOutput":"9","description":"equal heights"},{"input":"[[6,2,5,4,5,1,6]]","expectedOutput":"12","description":"valley in the middle"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"stack","monotonic-stack","arrays"}'
  ),
  (
    'Write `maxSlidingWindow(nums, k)` that returns the maximum of each contiguous window of size k as the window slides from left to right, in O(n) time.',
    'coding',
    'data',
    'hard',
    '{"software-engineer","backend-developer","data-engineer","data-scientist"}',
    '{"JavaScript"}',
    '{"Algorithms","Data Structures"}',
    1800,
    '[]'::jsonb,
    'Keep a deque of indices whose values are in decreasing order. For each new index, pop from the back while the back value is less than or equal to the new value (those can never be a future maximum), then push the new index. Pop from the front if that index has left the window (`<= i - k`). Once the first window is complete, the front of the deque is the current maximum. Every index enters and leaves the deque once, so the total is O(n) time and O(k) space, compared with O(n·k) for rescanning or O(n log k) with a heap.',
    '{"monotonic decreasing deque of indices","pop back smaller values","pop front when outside window","front holds window maximum","O(n) time"}',
    'function maxSlidingWindow(nums, k) {
  const deque = [];
  let head = 0;
  const out = [];
  for (let i = 0; i < nums.length; i++) {
    while (deque.length > head && nums[deque[deque.length - 1]] <= nums[i]) deque.pop();
    deque.push(i);
    if (deque[head] <= i - k) head++;
    if (i >= k - 1) out.push(nums[deque[head]]);
  }
  return out;
}
',
    'function maxSlidingWindow(nums, k) {
  // Write your solution here
}
',
    'maxSlidingWindow',
    '[{"input":"[[1,3,-1,-3,5,3,6,7],3]","expectedOutput":"[3,3,5,5,6,7]","description":"classic example"},{"input":"[[1],1]","expectedOutput":"[1]","description":"single element"},{"input":"[[9,8,7,6],2]","expectedOutput":"[9,8,7]","description":"decreasing values"},{"input":"[[4,4,4],2]","expectedOutput":"[4,4]","description":"equal values"},{"input":"[[1,2,3],3]","expectedOutput":"[3]","description":"window equals array"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"deque","sliding-window","monotonic-queue"}'
  ),
  (
    'A network has n nodes labelled 1..n and directed weighted edges `times[i] = [u, v, w]` (signal takes w ms from u to v). Write `networkDelayTime(times, n, k)` returning the time for a signal sent from node k to reach all nodes, or -1 if some node is unreachable.',
    'coding',
    'backend',
    'hard',
    '{"software-engineer","backend-developer","devops-engineer"}',
    '{"JavaScript"}',
    '{"Algorithms","Networking"}',
    1800,
    '[]'::jsonb,
    'The answer is the maximum over all nodes of the shortest-path distance from k, so run Dijkstra''s algorithm (weights are non-negative). Build an adjacency list, start with distance 0 at k, and repeatedly settle the unvisited node with the smallest tentative distance, relaxing its outgoing edges. With a binary heap this is O(E log V); a simple O(V²) selection is fine for dense or small graphs. If any node remains at Infinity return -1, otherwise return the maximum distance. Bellman-Ford would be needed only if negative weights were allowed.',
    '{"Dijkstra''s shortest path","non-negative edge weights","relax outgoing edges","answer is maximum shortest distance","return -1 if any node unreachable","O(E log V) with a heap"}',
    'function networkDelayTime(times, n, k) {
  const adj = Array.from({ length: n + 1 }, () => []);
  for (const [u, v, w] of times) adj[u].push([v, w]);
  const dist = new Array(n + 1).fill(Infinity);
  const done = new Array(n + 1).fill(false);
  dist[k] = 0;
  for (let iter = 0; iter < n; iter++) {
    let u = -1;
    for (let v = 1; v <= n; v++) {
      if (!done[v] && (u === -1 || dist[v] < dist[u])) u = v;
    }
    if (u === -1 || dist[u] === Infinity) break;
    done[u] = true;
    for (const [v, w] of adj[u]) {
      if (dist[u] + w < dist[v]) dist[v] = dist[u] + w;
    }
  }
  let max = 0;
  for (let v = 1; v <= n; v++) max = Math.max(max, dist[v]);
  return max === Infinity ? -1 : max;
}
',
    'function networkDelayTime(times, n, k) {
  // Write your solution here
}
',
    'networkDelayTime',
    '[{"input":"[[[2,1,1],[2,3,1],[3,4,1]],4,2]","expectedOutput":"2","description":"classic example"},{"input":"[[[1,2,1]],2,1]","expectedOutput":"1","description":"single edge"},{"input":"[[[1,2,1]],2,2]","expectedOutput":"-1","description":"unreachable node"},{"input":"[[],1,1]","expectedOutput":"0","description":"single node"},{"input":"[[[1,2,10],[1,3,1],[3,2,1]],3,1]","expectedOutput":"2","description":"indirect path is shorter"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"graphs","dijkstra","shortest-path"}'
  ),
  (
    'Implement regular expression matching: write `isMatch(s, p)` supporting `.` (any single character) and `*` (zero or more of the preceding element). The match must cover the entire string.',
    'coding',
    'general',
    'hard',
    '{"software-engineer","backend-developer"}',
    '{"JavaScript"}',
    '{"Algorithms"}',
    1800,
    '[]'::jsonb,
    'Use dynamic programming where `dp[i][j]` means the first i characters of s match the first j characters of p. `dp[0][0]` is true, and patterns like `a*b*` can match the empty string, so initialise `dp[0][j] = dp[0][j-2]` when `p[j-1]` is `*`. For a normal character or `.`, `dp[i][j] = dp[i-1][j-1]` when the characters match. For `*`, either use zero occurrences (`dp[i][j-2]`) or, if the preceding element matches `s[i-1]`, consume one more character (`dp[i-1][j]`). Time and space are O(m × n); memoised recursion is equivalent. Naive backtracking is exponential on patterns like `a*a*a*b`.',
    '{"dp over prefixes of string and pattern","star matches zero occurrences dp[i][j-2]","star consumes one character dp[i-1][j]","dot matches any single character","initialise empty string against star patterns","O(m x n) time"}',
    'function isMatch(s, p) {
  const m = s.length;
  const n = p.length;
  const dp = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(false));
  dp[0][0] = true;
  for (let j = 2; j <= n; j++) {
    if (p[j - 1] === ''*'') dp[0][j] = dp[0][j - 2];
  }
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const pc = p[j - 1];
      if (pc === ''*'') {
        const prev = p[j - 2];
        dp[i][j] = dp[i][j - 2] || ((prev === ''.'' || prev === s[i - 1]) && dp[i - 1][j]);
      } else {
        dp[i][j] = (pc === ''.'' || pc === s[i - 1]) && dp[i - 1][j - 1];
      }
    }
  }
  return dp[m][n];
}
',
    'function isMatch(s, p) {
  // Write your solution here
}
',
    'isMatch',
    '[{"input":"[\"aa\",\"a\"]","expectedOutput":"false","description":"pattern too short"},{"input":"[\"aa\",\"a*\"]","expectedOutput":"true","description":"star repeats"},{"input":"[\"ab\",\".*\"]","expectedOutput":"true","description":"dot star matches anything"},{"input":"[\"aab\",\"c*a*b\"]","expectedOutput":"true","description":"star matches zero"},{"input":"[\"mississippi\",\"mis*is*p*.\"]","expectedOutput":"false","description":"complex non-match"},{"input":"[\"\",\"a*b*\"]","expectedOutput":"true","description":"empty string"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"dynamic-programming","strings","regex"}'
  ),
  (
    'Write `totalNQueens(n)` that returns the number of distinct ways to place n queens on an n×n chessboard so that no two queens attack each other.',
    'coding',
    'general',
    'hard',
    '{"software-engineer"}',
    '{"JavaScript"}',
    '{"Algorithms"}',
    1800,
    '[]'::jsonb,
    'Backtrack row by row: in each row try every column and place a queen only if its column, main diagonal (`row - col`) and anti-diagonal (`row + col`) are all free. Tracking these in three sets (or bitmasks) makes each check O(1). After placing, recurse to the next row and then undo the placement. Reaching row n counts one solution. The search is exponential (roughly O(n!)) but pruning keeps it fast for n up to about 12; bitmask implementations are the fastest.',
    '{"backtracking row by row","column set","diagonal row minus col","anti-diagonal row plus col","undo placement after recursion","bitmask optimisation"}',
    'function totalNQueens(n) {
  const cols = new Set();
  const diag = new Set();
  const anti = new Set();
  let count = 0;
  const place = (row) => {
    if (row === n) {
      count++;
      return;
    }
    for (let c = 0; c < n; c++) {
      if (cols.has(c) || diag.has(row - c) || anti.has(row + c)) continue;
      cols.add(c); diag.add(row - c); anti.add(row + c);
      place(row + 1);
      cols.delete(c); diag.delete(row - c); anti.delete(row + c);
    }
  };
  place(0);
  return count;
}
',
    'function totalNQueens(n) {
  // Write your solution here
}
',
    'totalNQueens',
    '[{"input":"[1]","expectedOutput":"1","description":"single square"},{"input":"[2]","expectedOutput":"0","description":"no solution"},{"input":"[3]","expectedOutput":"0","description":"no solution for three"},{"input":"[4]","expectedOutput":"2","description":"four queens"},{"input":"[8]","expectedOutput":"92","description":"classic eight queens"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"backtracking","recursion","classic"}'
  ),
  (
    'Write `runningMedian(stream)` that, for a stream of numbers, returns an array with the median of all numbers seen so far after each new number. Each insertion should be O(log n).',
    'coding',
    'data',
    'hard',
    '{"data-scientist","data-engineer","software-engineer","backend-developer"}',
    '{"JavaScript"}',
    '{"Data Structures","Statistics"}',
    1800,
    '[]'::jsonb,
    'Maintain two heaps: a max-heap for the lower half and a min-heap for the upper half. Insert each number into the appropriate heap (lower if it is at most the lower max), then rebalance so the lower heap has the same size or one more element than the upper heap. The median is the top of the lower heap for odd counts, or the average of both tops for even counts. Insertion is O(log n) and reading the median O(1). For approximate medians over huge streams, mention t-digest or reservoir sampling; for sliding windows, use lazy deletion.',
    '{"max-heap for lower half","min-heap for upper half","rebalance sizes to differ by at most one","median from heap tops","O(log n) insertion","t-digest for approximate percentiles"}',
    'function runningMedian(stream) {
  const makeHeap = (better) => {
    const h = [];
    return {
      size: () => h.length,
      peek: () => h[0],
      push(x) {
        h.push(x);
        let i = h.length - 1;
        while (i > 0) {
          const p = (i - 1) >> 1;
          if (!better(h[i], h[p])) break;
          [h[i], h[p]] = [h[p], h[i]];
          i = p;
        }
      },
      pop() {
        const top = h[0];
        const last = h.pop();
        if (h.length) {
          h[0] = last;
          let i = 0;
          for (;;) {
            const l = 2 * i + 1;
            const r = l + 1;
            let m = i;
            if (l < h.length && better(h[l], h[m])) m = l;
            if (r < h.length && better(h[r], h[m])) m = r;
            if (m === i) break;
            [h[i], h[m]] = [h[m], h[i]];
            i = m;
          }
        }
        return top;
      },
    };
  };
  const low = makeHeap((a, b) => a > b);
  const high = makeHeap((a, b) => a < b);
  const out = [];
  for (const x of stream) {
    if (low.size() === 0 || x <= low.peek()) low.push(x);
    else high.push(x);
    if (low.size() > high.size() + 1) high.push(low.pop());
    else if (high.size() > low.size()) low.push(high.pop());
    out.push(low.size() > high.size() ? low.peek() : (low.peek() + high.peek()) / 2);
  }
  return out;
}
',
    'function runningMedian(stream) {
  // Write your solution here
}
',
    'runningMedian',
    '[{"input":"[[5,15,1,3]]","expectedOutput":"[5,10,5,4]","description":"mixed stream"},{"input":"[[]]","expectedOutput":"[]","description":"empty stream"},{"input":"[[2,2,2]]","expectedOutput":"[2,2,2]","description":"equal values"},{"input":"[[1,2,3,4,5]]","expectedOutput":"[1,1.5,2,2.5,3]","description":"increasing stream"},{"input":"[[-1,-10,7]]","expectedOutput":"[-1,-5.5,-1]","description":"negative values"}]'::jsonb,
    '[{"criterion":"Correctness","weight":40,"description":"Produces the right output for all test cases."},{"criterion":"Complexity","weight":25,"description":"Chooses an efficient algorithm and can state its time and space complexity."},{"criterion":"Code quality","weight":20,"description":"Readable names, small focused logic, no needless mutation or duplication."},{"criterion":"Edge cases","weight":15,"description":"Handles empty input, duplicates, bounds and other corner cases explicitly."}]'::jsonb,
    '{"heap","streaming","statistics"}'
  )
on conflict do nothing;

-- System design: easy (13 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'Design a URL shortener like bit.ly: users submit a long URL and get a short link that redirects to it.',
    'system_design',
    'backend',
    'easy',
    '{"backend-developer","full-stack-developer","software-engineer"}',
    '{"PostgreSQL","Redis"}',
    '{"System Design","Databases","Caching"}',
    1200,
    '[{"question":"Add custom aliases, link expiry and per-link click analytics.","difficulty":"medium","context":"Extends the data model and adds an analytics write path."}]'::jsonb,
    'Clarify scale first: e.g. 100M new links per month and a 100:1 read-to-write ratio, so redirects dominate. Generate short codes by base62-encoding a unique 64-bit id from a sequence or a distributed id generator (7 characters gives 62^7 ≈ 3.5 trillion codes), which avoids collision checks that random hashes need. Store `code → long_url, owner, created_at, expires_at` in a key-value friendly table with the code as primary key. The redirect path is `GET /{code}` returning 301 (cacheable) or 302 (if you need every click counted), served from a Redis or CDN cache in front of the database. Scale reads with read replicas and cache, and writes by pre-allocating id ranges per app server. Record clicks asynchronously through a queue so analytics never slow down redirects, and add rate limiting and malicious-URL scanning to prevent abuse.',
    '{"base62 encoding of unique id","read-heavy so cache redirects","301 versus 302 redirect","code as primary key lookup","asynchronous click analytics via queue","rate limiting and abuse prevention"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"url-shortener","caching","classic"}'
  ),
  (
    'Design a Pastebin-style service where users upload text snippets and share them via a unique link, with optional expiry.',
    'system_design',
    'backend',
    'easy',
    '{"backend-developer","full-stack-developer","software-engineer"}',
    '{"PostgreSQL","S3"}',
    '{"System Design","Databases","Cloud"}',
    1200,
    '[]'::jsonb,
    'Functional requirements are create, read by key, optional expiry and optional private/unlisted visibility; non-functionally reads outnumber writes and snippets can reach a few MB. Keep metadata (key, owner, size, created_at, expires_at, visibility) in a relational database and store the content itself in object storage such as S3, because large blobs bloat database pages and backups. Generate keys from a unique id (base62) or random 8+ character tokens to make links unguessable. Serve popular pastes through a CDN or cache with a TTL no longer than the expiry. Expired pastes are filtered at read time and removed by a periodic cleanup job or object-storage lifecycle rules. Enforce a size limit and per-IP rate limits to prevent abuse.',
    '{"metadata in database content in object storage","unguessable random key","CDN or cache for hot reads","expiry checked at read and cleanup job","size limits and rate limiting"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"pastebin","object-storage","classic"}'
  ),
  (
    'Design a page-view counter for a blogging platform that shows "N views" on every article and must handle popular posts getting thousands of views per second.',
    'system_design',
    'backend',
    'easy',
    '{"backend-developer","full-stack-developer","software-engineer"}',
    '{"Redis","PostgreSQL"}',
    '{"System Design","Caching","Databases"}',
    1200,
    '[]'::jsonb,
    'A naive `UPDATE articles SET views = views + 1` on every request creates row-lock contention on hot articles. Instead increment an in-memory counter in Redis (`INCR views:{id}`), which handles hundreds of thousands of ops per second, and flush aggregated deltas to the database periodically (e.g. every 30 seconds) with a background job. Alternatively, publish view events to a queue and let a consumer batch them, which also enables analytics. Display counts from the cache; slight staleness is acceptable for this feature. For extremely hot keys, shard the counter (`views:{id}:{n}`) and sum the shards. Decide whether to dedupe views per user or session, e.g. with a short-lived set or HyperLogLog for unique viewers.',
    '{"avoid row lock contention on hot rows","Redis INCR counter","batch flush to database","eventual consistency acceptable","sharded counters for hot keys","HyperLogLog for unique viewers"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"counters","caching","write-heavy"}'
  ),
  (
    'Design the REST API and database schema for a team task-management app (projects, tasks with assignees, status, due dates and comments).',
    'system_design',
    'fullstack',
    'easy',
    '{"full-stack-developer","backend-developer","frontend-developer","software-engineer"}',
    '{"PostgreSQL","Node.js","React"}',
    '{"REST APIs","Data Modeling","System Design"}',
    1200,
    '[]'::jsonb,
    'Model the core entities as tables: `users`, `projects`, `project_members(project_id, user_id, role)`, `tasks(id, project_id, title, status, assignee_id, due_date, position, created_at, updated_at)` and `comments(id, task_id, author_id, body, created_at)` with foreign keys and indexes on `tasks(project_id, status)` and `tasks(assignee_id)`. Expose resource-oriented endpoints: `GET/POST /projects`, `GET /projects/{id}/tasks?status=open&cursor=...`, `PATCH /tasks/{id}` for partial updates, and `POST /tasks/{id}/comments`. Use cursor pagination for lists, 201 with a Location header on create, and 409 or ETags for concurrent edits. Authorisation checks project membership on every request, ideally enforced at the database layer with row-level security. Keep status as a constrained enum and use a `position` column (fractional ranking) for drag-and-drop ordering.',
    '{"normalised tables with foreign keys","membership table for authorisation","resource-oriented REST endpoints","PATCH for partial updates","cursor pagination and filters","indexes on project_id and assignee_id"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"api-design","schema-design","crud"}'
  ),
  (
    'Design an image upload feature for a social app: users upload photos that must be resized into several thumbnail sizes and served quickly worldwide.',
    'system_design',
    'backend',
    'easy',
    '{"backend-developer","full-stack-developer","mobile-developer","software-engineer"}',
    '{"S3","CDN"}',
    '{"System Design","Cloud"}',
    1200,
    '[]'::jsonb,
    'Have the client request a pre-signed upload URL from the API and upload directly to object storage, so large files never pass through application servers. An object-created event enqueues a resize job; stateless workers generate the thumbnail sizes (and strip EXIF location data), write them back to storage, and mark the image `ready` in the database. Clients show a placeholder until then or poll/receive a push. Serve images through a CDN with long cache lifetimes and content-hashed or versioned URLs, and negotiate modern formats (WebP/AVIF). Validate file type and size, scan for abuse, and use a dead-letter queue for failed jobs. Workers scale horizontally on queue depth.',
    '{"pre-signed URL direct upload to object storage","asynchronous resize workers via queue","CDN with long cache lifetime","strip EXIF metadata","validate file type and size","dead-letter queue for failures"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"media","queues","cdn"}'
  ),
  (
    'Design a reusable autocomplete (typeahead) component for a web app that queries a search API as the user types.',
    'system_design',
    'frontend',
    'easy',
    '{"frontend-developer","full-stack-developer"}',
    '{"React","TypeScript"}',
    '{"React","Accessibility","Web Performance"}',
    1200,
    '[{"question":"The suggestions must also work offline from a local dataset of 50,000 items.","difficulty":"medium","context":"Adds client-side indexing and virtualised rendering."}]'::jsonb,
    'Define the component API first: `fetchSuggestions(query, signal)`, `onSelect`, `renderItem`, minimum query length and debounce delay. Debounce input (around 200–300 ms) and cancel stale requests with `AbortController`, or ignore responses that do not match the latest query, to avoid race conditions where an older response overwrites a newer one. Cache results per query in memory for instant back-spacing. Accessibility follows the WAI-ARIA combobox pattern: `role="combobox"`, `aria-expanded`, `aria-controls` pointing to a `listbox`, `aria-activedescendant` for the highlighted option, and full keyboard support (arrows, Enter, Escape). Handle loading, empty and error states, highlight the matched substring, and virtualise the list if it can be long.',
    '{"debounce input","AbortController cancels stale requests","race condition between responses","cache results per query","ARIA combobox listbox pattern","keyboard navigation arrows Enter Escape"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"frontend-system-design","components","a11y"}'
  ),
  (
    'Design a nightly batch pipeline that copies data from the production PostgreSQL database into an analytics warehouse for BI dashboards.',
    'system_design',
    'data',
    'easy',
    '{"data-engineer","data-scientist","backend-developer"}',
    '{"PostgreSQL","Airflow","dbt"}',
    '{"Data Pipelines","SQL","Data Modeling"}',
    1200,
    '[]'::jsonb,
    'Extract from a read replica, never the primary, to avoid affecting production. Prefer incremental extraction by an indexed `updated_at` watermark (or CDC for tables without one) instead of full dumps, landing raw data as partitioned files or raw tables in the warehouse. Transform in the warehouse (ELT) with dbt into staging and dimensional models (facts and dimensions) that dashboards query. Orchestrate with Airflow: tasks must be idempotent (e.g. overwrite a date partition or MERGE), retried with backoff, and backfillable for a date range. Add data quality checks (row counts, not-null, uniqueness, freshness) that block publishing bad data, and alert on failures and SLA misses. Mask or exclude PII columns during extraction.',
    '{"extract from read replica","incremental load by updated_at watermark or CDC","ELT with staging and dimensional models","idempotent tasks and backfills","data quality checks and alerting","PII masking"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"etl","batch","warehouse"}'
  ),
  (
    'Design a CI/CD pipeline for a containerised web service that a team of 10 engineers deploys several times a day.',
    'system_design',
    'devops',
    'easy',
    '{"devops-engineer","backend-developer","full-stack-developer","software-engineer"}',
    '{"GitHub Actions","Docker","Kubernetes"}',
    '{"CI/CD","Docker","Testing"}',
    1200,
    '[]'::jsonb,
    'On every pull request run fast checks in parallel: lint, type-check, unit tests, then integration tests against ephemeral dependencies, with dependency caching so feedback arrives within about 10 minutes. On merge to main, build the Docker image once, tag it with the commit SHA, scan it for vulnerabilities and push it to a registry; the same immutable artifact is promoted through environments. Deploy automatically to staging, run smoke tests, then deploy to production with a rolling or canary strategy and automated rollback on failing health checks or error-rate alerts. Keep secrets in a secrets manager, not in the repository. Protect main with required checks and reviews, and track DORA metrics such as lead time and change failure rate.',
    '{"pull request checks lint test build","build once immutable image tagged by commit SHA","promote same artifact through environments","canary or rolling deploy with automated rollback","secrets manager not repository","fast feedback with caching and parallel jobs"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"ci-cd","pipelines","deployment"}'
  ),
  (
    'Design centralised logging for a company running about 20 microservices so engineers can search logs across services during incidents.',
    'system_design',
    'devops',
    'easy',
    '{"devops-engineer","backend-developer","software-engineer"}',
    '{"OpenTelemetry","Loki","Elasticsearch"}',
    '{"Observability","System Design"}',
    1200,
    '[]'::jsonb,
    'Services write structured JSON logs to stdout with consistent fields (timestamp, level, service, environment, trace_id, request_id), and a node-level agent (Fluent Bit, Vector or the OpenTelemetry Collector) ships them, buffering on disk so a backend outage does not lose logs. Store them in a searchable backend: Elasticsearch/OpenSearch for full-text search, or Loki for cheaper label-indexed storage. Propagate a trace or correlation id across service calls so one request can be followed end to end, and link logs with traces and metrics. Set retention tiers (e.g. 7 days hot, 30–90 days in cheap object storage) and sampling or rate limits for noisy debug logs. Redact secrets and PII at the source, and restrict access because logs often contain sensitive data.',
    '{"structured JSON logs to stdout","log shipping agent with buffering","correlation or trace id propagation","searchable backend Elasticsearch or Loki","retention tiers and cost control","redact PII and secrets"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"logging","observability","microservices"}'
  ),
  (
    'Design a real-time leaderboard for a mobile game with 5 million daily players that shows the top 100 and each player''s own rank.',
    'system_design',
    'backend',
    'easy',
    '{"backend-developer","mobile-developer","software-engineer"}',
    '{"Redis"}',
    '{"System Design","Data Structures","Caching"}',
    1200,
    '[]'::jsonb,
    'A Redis sorted set is the natural fit: `ZADD leaderboard score player_id` updates a score in O(log n), `ZREVRANGE 0 99 WITHSCORES` returns the top 100, and `ZREVRANK` gives a player''s rank in O(log n). Persist scores durably in a database as the source of truth and rebuild the sorted set from it if the cache is lost. Break ties deterministically, for example by encoding the timestamp into the score. For daily or weekly boards use separate keys with a TTL. Validate scores server-side to prevent cheating, and cache the top-100 response for a second or two since it is read by everyone. If the sorted set outgrows one node, shard by score range or keep exact ranks only for the top players and approximate percentiles for everyone else.',
    '{"Redis sorted set ZADD ZREVRANGE ZREVRANK","O(log n) rank queries","database as durable source of truth","tie-breaking by timestamp","server-side score validation","time-windowed boards with TTL"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"leaderboard","redis","gaming"}'
  ),
  (
    'Design the image loading and caching layer for a mobile app that shows an infinitely scrolling feed of photos.',
    'system_design',
    'mobile',
    'easy',
    '{"mobile-developer","software-engineer"}',
    '{"Swift","Kotlin","React Native"}',
    '{"iOS","Android","Caching"}',
    1200,
    '[]'::jsonb,
    'Use a two-level cache: an in-memory LRU cache of decoded bitmaps sized to a fraction of available memory, and a disk cache of encoded bytes with a size cap and LRU eviction. Request images at the size they will be displayed (server-side resizing or size query parameters) and decode and downsample off the main thread to avoid jank and memory spikes. Deduplicate in-flight requests for the same URL, cancel requests for cells that scroll off-screen, and prefetch images a few rows ahead. Respect HTTP cache headers and use content-hashed URLs so cached images never go stale. Clear the memory cache on memory warnings. Libraries such as Coil/Glide on Android and Kingfisher/SDWebImage on iOS implement this, and a strong answer explains what they do internally.',
    '{"memory LRU cache plus disk cache","downsample to display size","decode off the main thread","cancel requests for recycled cells","prefetch ahead of scroll","respond to memory warnings"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"mobile","image-loading","caching"}'
  ),
  (
    'Design a secure "forgot password" reset flow for a web application.',
    'system_design',
    'backend',
    'easy',
    '{"backend-developer","full-stack-developer","software-engineer","qa-engineer"}',
    '{"Node.js","PostgreSQL"}',
    '{"Security","System Design"}',
    1200,
    '[]'::jsonb,
    'The request endpoint accepts an email and always responds with the same generic message so attackers cannot enumerate accounts, and it is rate-limited per IP and per account. Generate a cryptographically random token (at least 128 bits), store only its hash with the user id and a short expiry (15–60 minutes), and email a link containing the raw token over HTTPS. On submission, look up the hash, check expiry and single use, enforce password strength, hash the new password with bcrypt/scrypt/Argon2, invalidate the token and all existing sessions, and notify the user that their password changed. Avoid leaking the token via Referer headers or analytics on the reset page. Log reset events for security monitoring.',
    '{"generic response prevents account enumeration","cryptographically random token","store token hash with short expiry","single-use token","invalidate existing sessions","rate limiting and notification email"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"auth","security","flows"}'
  ),
  (
    'Design a background job system for a web app that sends transactional emails (sign-up confirmations, receipts) without slowing down HTTP requests.',
    'system_design',
    'backend',
    'easy',
    '{"backend-developer","full-stack-developer","software-engineer"}',
    '{"Redis","PostgreSQL","SQS"}',
    '{"System Design","Distributed Systems"}',
    1200,
    '[]'::jsonb,
    'The request handler enqueues a job (type, payload, idempotency key) and returns immediately; worker processes consume jobs and call the email provider. To avoid losing jobs when a transaction rolls back or commits without enqueueing, use the transactional outbox pattern: write the job row in the same database transaction and have a relay publish it. Delivery is at-least-once, so workers must be idempotent, e.g. by recording sent idempotency keys. Retry transient failures with exponential backoff and jitter, and move poison messages to a dead-letter queue after N attempts. Monitor queue depth, job latency and failure rates, and scale workers on queue depth. Respect provider rate limits and separate priority queues so a bulk newsletter cannot delay password-reset emails.',
    '{"enqueue and return immediately","transactional outbox pattern","at-least-once delivery idempotent workers","exponential backoff with jitter","dead-letter queue","separate priority queues"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"queues","background-jobs","email"}'
  )
on conflict do nothing;

-- System design: medium (14 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'Design a distributed rate limiter for a public API that enforces per-API-key limits (e.g. 1,000 requests per minute) across a fleet of gateway servers.',
    'system_design',
    'backend',
    'medium',
    '{"backend-developer","devops-engineer","software-engineer"}',
    '{"Redis","Nginx"}',
    '{"System Design","Distributed Systems","Caching"}',
    1500,
    '[]'::jsonb,
    'Compare algorithms: fixed windows are simple but allow bursts at boundaries; a sliding-window log is exact but memory-heavy; the sliding-window counter and token bucket are the usual production choices because they are O(1) in memory per key and allow controlled bursts. Because requests for one key hit many gateway nodes, keep counters in a shared store such as Redis and update them atomically with a Lua script or `INCR` + `EXPIRE`. To reduce latency and Redis load, nodes can keep local token buckets and periodically sync, accepting slight over-admission. Return HTTP 429 with `Retry-After` and `X-RateLimit-Remaining` headers. Decide the failure mode: if Redis is down, fail open for availability (with local limits as a backstop) or fail closed for protection. Shard Redis by key and keep limits configurable per plan.',
    '{"token bucket or sliding window counter","shared counter store like Redis","atomic updates with Lua script","HTTP 429 with Retry-After header","fail open versus fail closed","local buckets to reduce latency"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"rate-limiting","api-gateway","redis"}'
  ),
  (
    'Design the home timeline (news feed) for a Twitter-like social network with 200 million daily active users.',
    'system_design',
    'backend',
    'medium',
    '{"backend-developer","full-stack-developer","software-engineer"}',
    '{"Redis","Cassandra","Kafka"}',
    '{"System Design","Distributed Systems","Caching"}',
    1500,
    '[{"question":"Add ranking so the feed is ordered by relevance instead of time.","difficulty":"hard","context":"Introduces candidate generation and ranking models."}]'::jsonb,
    'Estimate: roughly 500M posts per day and far more timeline reads than writes. Fan-out on write precomputes each follower''s timeline by pushing post ids into per-user lists in Redis, making reads cheap; fan-out on read merges followees'' recent posts at request time, which is cheaper for writes but slow for users following many accounts. The standard answer is a hybrid: fan out on write for normal users, but for celebrities with millions of followers fetch their posts at read time and merge. Store posts in a partitioned store (e.g. Cassandra keyed by author and time) and timelines as capped lists of ids, then hydrate post content and counts from caches. Fan-out runs asynchronously through Kafka workers. Use cursor-based pagination and treat the timeline as eventually consistent.',
    '{"fan-out on write versus fan-out on read","hybrid approach for celebrity accounts","precomputed timelines in Redis","asynchronous fan-out workers via queue","hydrate post ids from cache","cursor pagination eventual consistency"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"news-feed","fan-out","classic"}'
  ),
  (
    'Design a one-to-one and group chat service like WhatsApp with online presence and delivery/read receipts.',
    'system_design',
    'backend',
    'medium',
    '{"backend-developer","mobile-developer","full-stack-developer","software-engineer"}',
    '{"WebSockets","Cassandra","Redis"}',
    '{"System Design","Distributed Systems","Networking"}',
    1500,
    '[]'::jsonb,
    'Clients keep a persistent WebSocket (or MQTT) connection to a gateway tier; a session registry in Redis maps user ids to the gateway holding their connection, so the chat service can route a message to the recipient''s gateway. Each message gets a server-assigned, per-conversation monotonically increasing sequence number and is written durably (e.g. Cassandra partitioned by conversation id) before it is acknowledged, giving ordering within a conversation. Offline recipients receive a push notification and sync missed messages by sequence number when they reconnect. Receipts are small messages that update delivered/read pointers per member. Presence is heartbeat-based with TTL keys, published only to contacts to limit fan-out. Group messages are fanned out per member, with large groups handled by reading from the conversation log; end-to-end encryption means the server stores only ciphertext.',
    '{"persistent WebSocket connections via gateway","session registry maps user to gateway","per-conversation sequence numbers for ordering","persist before acknowledge","push notifications and sync for offline users","heartbeat presence with TTL"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"chat","websockets","real-time"}'
  ),
  (
    'Design a notification service that sends push, email and SMS notifications for many product teams, respecting user preferences.',
    'system_design',
    'backend',
    'medium',
    '{"backend-developer","mobile-developer","software-engineer"}',
    '{"Kafka","PostgreSQL","APNs","FCM"}',
    '{"System Design","Distributed Systems"}',
    1500,
    '[]'::jsonb,
    'Expose a single API where producers send an event (template id, recipient, data, priority, idempotency key) and the service handles the rest. A pipeline validates the request, checks user preferences and quiet hours, renders per-channel templates with localisation, and enqueues per-channel jobs on separate queues so a slow SMS provider cannot block push. Channel workers call APNs/FCM, the email provider and the SMS gateway, retrying with backoff and failing over between providers. Deduplicate with the idempotency key, and rate-limit per user to avoid spamming. Track delivery status and provider callbacks (bounces, invalid tokens, unsubscribes) and clean up dead device tokens. Prioritise transactional messages (OTP codes) over marketing, and expose metrics per channel and template.',
    '{"single API with templates","user preferences and quiet hours","separate queues per channel","idempotency key deduplication","retries and provider failover","priority for transactional over marketing"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"notifications","queues","multi-channel"}'
  ),
  (
    'Design a feature-flag service that lets teams toggle features and run percentage rollouts, evaluated in backend services and web/mobile clients.',
    'system_design',
    'backend',
    'medium',
    '{"backend-developer","frontend-developer","mobile-developer","devops-engineer","product-manager"}',
    '{"PostgreSQL","Redis","SSE"}',
    '{"System Design","CI/CD","Distributed Systems"}',
    1500,
    '[]'::jsonb,
    'Store flag definitions (key, type, default, targeting rules, percentage rollouts, owner, expiry) in a database behind an admin UI with audit logs and approvals for production changes. Evaluation must be fast and resilient, so SDKs download the full ruleset, cache it locally, and evaluate in-process with no network call per check; updates are pushed via SSE/streaming or polled every few seconds. Percentage rollouts use a deterministic hash of `flagKey + userId` into 100 buckets so a user sees a consistent variant as the percentage grows. Client-side SDKs receive only evaluated flags for the current user to avoid leaking rules. If the service is unreachable, SDKs keep the last known config or fall back to safe defaults. Track exposure events for experiments and flag stale flags for cleanup to limit technical debt.',
    '{"local in-process evaluation with cached rules","streaming or polling updates","deterministic hashing for percentage rollout","fallback to last known config or defaults","audit log and approvals","stale flag cleanup"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"feature-flags","rollouts","sdk"}'
  ),
  (
    'Design an offline-first mobile notes app that syncs notes across a user''s phone, tablet and web clients.',
    'system_design',
    'mobile',
    'medium',
    '{"mobile-developer","full-stack-developer","backend-developer"}',
    '{"SQLite","Swift","Kotlin"}',
    '{"iOS","Android","Distributed Systems","System Design"}',
    1500,
    '[]'::jsonb,
    'The local database (SQLite/Core Data/Room) is the source of truth for the UI, so every edit is written locally first and appears instantly. Changes are recorded in an outbox with client-generated UUIDs and pushed to the server when connectivity returns; the client pulls remote changes since its last sync cursor (a server-assigned change sequence). Conflicts arise when two devices edit the same note offline: options are last-writer-wins per field using server timestamps or version vectors, keeping both versions as a conflict copy, or CRDTs for character-level merging. Deletes are soft (tombstones) so they sync correctly. Sync runs in background tasks with exponential backoff and respects battery and metered networks. Encrypt the local store and handle schema migrations on both client and server.',
    '{"local database as source of truth","outbox of pending changes","sync cursor for incremental pull","conflict resolution last-writer-wins or CRDT","tombstones for deletes","client-generated UUIDs"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"offline-first","sync","mobile"}'
  ),
  (
    'Design the frontend architecture of an infinite-scrolling social feed web app (data fetching, state, rendering and performance).',
    'system_design',
    'frontend',
    'medium',
    '{"frontend-developer","full-stack-developer"}',
    '{"React","TypeScript","TanStack Query"}',
    '{"React","Web Performance","System Design"}',
    1500,
    '[]'::jsonb,
    'Fetch pages with cursor-based pagination through a server-state library (TanStack Query or similar) that caches pages, deduplicates requests and supports optimistic updates for likes and comments. Trigger loading with an IntersectionObserver sentinel near the bottom rather than scroll listeners. Virtualise the list (render only visible items plus overscan) so DOM size stays constant after thousands of posts, measuring variable item heights. Normalise entities by id so an updated post renders consistently everywhere. Optimise media with responsive `srcset`, lazy loading and reserved aspect-ratio boxes to avoid layout shift. Preserve scroll position on back navigation, handle new posts with a "new posts" banner instead of shifting content, and make the feed accessible with `role="feed"` and article semantics.',
    '{"cursor pagination with server-state cache","IntersectionObserver to load more","list virtualisation","optimistic updates","normalised entities by id","avoid layout shift with reserved aspect ratio"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"frontend-system-design","infinite-scroll","performance"}'
  ),
  (
    'Design a web crawler that crawls one billion pages per month for a search engine.',
    'system_design',
    'backend',
    'medium',
    '{"backend-developer","data-engineer","software-engineer"}',
    '{"Kafka","S3"}',
    '{"System Design","Distributed Systems","Networking"}',
    1500,
    '[]'::jsonb,
    'One billion pages per month is roughly 400 pages per second, so distribute the work across many fetcher workers. The URL frontier holds URLs to crawl, organised into per-host queues so politeness is enforced (respect robots.txt and crawl-delay, limit concurrent requests per domain) while priority queues favour important or frequently changing pages. Fetchers resolve DNS through a cache, download pages, and store raw content in object storage. Parsers extract links, normalise them, and check a URL-seen store (a Bloom filter plus a persistent set) before enqueueing; content fingerprints (SimHash) detect duplicate pages. Handle traps such as infinite calendars with depth and URL-length limits. Recrawl schedules depend on observed change frequency, and checkpoints let the crawl resume after failures.',
    '{"URL frontier with per-host queues","politeness robots.txt and rate limits per domain","Bloom filter for URL-seen deduplication","content fingerprint for duplicate pages","DNS caching","crawler trap protection"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"crawler","distributed","classic"}'
  ),
  (
    'Design a real-time clickstream analytics pipeline that powers dashboards with metrics updated within one minute for a site with 50k events per second.',
    'system_design',
    'data',
    'medium',
    '{"data-engineer","data-scientist","backend-developer"}',
    '{"Kafka","Flink","ClickHouse"}',
    '{"Data Pipelines","Distributed Systems","System Design"}',
    1500,
    '[]'::jsonb,
    'Clients send events to a lightweight collector that validates them against a schema registry and writes to Kafka partitioned by user or session id. A stream processor such as Flink or Spark Structured Streaming computes windowed aggregates (tumbling one-minute windows keyed by page or campaign) using event time with watermarks so late events are handled correctly. Aggregates land in an OLAP store like ClickHouse, Druid or Pinot that serves dashboard queries in milliseconds, while raw events are also archived to object storage in Parquet for batch reprocessing. Exactly-once results come from Kafka transactions or idempotent upserts keyed by window. Bot filtering, deduplication by event id and PII handling happen early in the pipeline. Monitor consumer lag, late-event rates and schema errors.',
    '{"Kafka partitioned event log","stream processing with windowed aggregates","event time and watermarks for late data","OLAP store for dashboards","raw events archived to Parquet for reprocessing","deduplication by event id"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"streaming","analytics","kafka"}'
  ),
  (
    'Design a "customers who bought this also bought" recommendation feature for an e-commerce site with 10 million products.',
    'system_design',
    'data',
    'medium',
    '{"data-scientist","data-engineer","backend-developer","product-manager"}',
    '{"Python","Spark","Redis"}',
    '{"Machine Learning","System Design","Data Pipelines"}',
    1500,
    '[]'::jsonb,
    'Start with item-to-item collaborative filtering: from order history compute co-purchase counts and normalise them (e.g. cosine similarity or lift) so popular items do not dominate every list. A nightly Spark job computes the top-N similar items per product and writes them to a low-latency key-value store that the product page reads in a few milliseconds. Handle cold-start items with content-based similarity (category, brand, text embeddings) and filter out-of-stock or inappropriate items at serving time. Later iterations add embedding models and a learning-to-rank stage using click and purchase signals. Evaluate offline with precision@k and recall@k on held-out orders, then online with an A/B test measuring add-to-cart rate and revenue per session. Log impressions and clicks to close the feedback loop and watch for popularity bias.',
    '{"item-to-item collaborative filtering","co-purchase similarity normalised against popularity","precompute top-N offline serve from key-value store","cold start with content-based features","offline precision at k and online A/B test","log impressions for feedback loop"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"recommendations","ml-systems","e-commerce"}'
  ),
  (
    'Design a zero-downtime deployment process for a stateful web application backed by a relational database, including schema changes.',
    'system_design',
    'devops',
    'medium',
    '{"devops-engineer","backend-developer","full-stack-developer"}',
    '{"Kubernetes","PostgreSQL"}',
    '{"CI/CD","Databases","Kubernetes"}',
    1500,
    '[]'::jsonb,
    'Application servers must be stateless (sessions in a store, uploads in object storage) so instances can be replaced freely. Deploy with rolling updates or blue-green behind a load balancer, with readiness probes so traffic only reaches ready instances and graceful shutdown that drains in-flight requests on SIGTERM. Database changes follow the expand-and-contract pattern: first add new columns or tables in a backward-compatible way, deploy code that writes both and reads the new shape, backfill in batches, then remove old columns in a later release. This keeps old and new code versions compatible during the rollout and makes rollback safe. Avoid long table locks (create indexes concurrently, add columns without volatile defaults) and set lock timeouts on migrations. Use canary analysis and automated rollback on error-rate regressions.',
    '{"stateless application instances","rolling or blue-green deployment","readiness probes and graceful shutdown","expand and contract migrations","backward-compatible schema changes","avoid long locks create index concurrently"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"deployment","migrations","zero-downtime"}'
  ),
  (
    'Design a metrics and alerting platform (like Prometheus plus Alertmanager) for 500 services running on Kubernetes.',
    'system_design',
    'devops',
    'medium',
    '{"devops-engineer","backend-developer","software-engineer"}',
    '{"Prometheus","Grafana","Kubernetes"}',
    '{"Observability","Kubernetes","System Design"}',
    1500,
    '[]'::jsonb,
    'Services expose metrics (counters, gauges, histograms) that are scraped by Prometheus using Kubernetes service discovery; shard scrapers by namespace or hash when one instance cannot keep up. Control cardinality by forbidding unbounded labels such as user ids, because every label combination is a separate time series. For long retention and a global view, remote-write to a horizontally scalable store such as Thanos, Cortex or Mimir backed by object storage, with downsampling. Alerts should be symptom-based on SLOs (error rate, latency, burn rate) rather than every cause, routed by Alertmanager with grouping, deduplication, silences and on-call escalation. Dashboards follow the RED method for services and the USE method for resources. Monitor the monitoring system itself with an external heartbeat.',
    '{"pull-based scraping with service discovery","label cardinality control","long-term storage with remote write and downsampling","SLO burn-rate alerts on symptoms","alert grouping deduplication and routing","RED and USE methods"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"monitoring","alerting","prometheus"}'
  ),
  (
    'Design a ticket-booking system for concerts where thousands of users try to buy seats for a popular show at the same moment.',
    'system_design',
    'backend',
    'medium',
    '{"backend-developer","full-stack-developer","software-engineer","qa-engineer"}',
    '{"PostgreSQL","Redis"}',
    '{"System Design","Databases","Distributed Systems"}',
    1500,
    '[]'::jsonb,
    'The core invariant is that a seat is never sold twice. When a user selects seats, create a temporary hold with an expiry (e.g. 10 minutes) using an atomic conditional update such as `UPDATE seats SET status = ''held'', hold_id = ? WHERE id = ? AND status = ''available''`, or a unique constraint on `(event_id, seat_id)` in the reservations table. Payment confirms the hold into a sale, while expired holds are released by a sweeper or lazily on read; for extreme spikes, put users in a virtual waiting room that admits them at a controlled rate, and serve the seat map from a cache with short TTL while the database remains authoritative. Payment calls use idempotency keys so retries cannot double-charge. Protect against bots with rate limits and CAPTCHAs.',
    '{"temporary seat hold with expiry","atomic conditional update or unique constraint prevents double booking","virtual waiting room for spikes","cached seat map database authoritative","idempotent payment confirmation","release expired holds"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"booking","concurrency","inventory"}'
  ),
  (
    'Design the backend for search autocomplete that suggests the top 10 completions for a prefix within 100 ms for a large search engine.',
    'system_design',
    'backend',
    'medium',
    '{"backend-developer","software-engineer","data-engineer"}',
    '{"Redis","Spark"}',
    '{"System Design","Data Structures","Caching"}',
    1500,
    '[]'::jsonb,
    'Use a trie where each node stores the precomputed top-k completions for that prefix, so a lookup is O(prefix length) with no traversal of the subtree. The trie is built offline from aggregated query logs (e.g. an hourly or daily Spark job counting queries with time decay) and deployed as immutable snapshots to serving nodes that keep it in memory. Shard by prefix ranges if it does not fit on one machine, and replicate for availability. Put a cache or CDN in front for the very hot short prefixes. Clients debounce keystrokes and cache responses, and the server filters offensive or unsafe suggestions. Trending queries can be blended in from a separate near-real-time pipeline.',
    '{"trie with top-k completions cached per node","built offline from aggregated query logs","in-memory serving with immutable snapshots","shard by prefix and replicate","client debouncing and caching","filter offensive suggestions"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"autocomplete","trie","search"}'
  )
on conflict do nothing;

-- System design: hard (13 questions)
insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags) values
  (
    'Design a distributed key-value store (like Amazon Dynamo or Cassandra) that stays available during node failures and scales to petabytes.',
    'system_design',
    'backend',
    'hard',
    '{"backend-developer","software-engineer","devops-engineer"}',
    '{"Cassandra","DynamoDB"}',
    '{"Distributed Systems","Databases","System Design"}',
    1800,
    '[]'::jsonb,
    'Partition data with consistent hashing and virtual nodes so adding or removing a node moves only a small fraction of keys. Replicate each key to N nodes on the ring and use tunable quorums: with R + W > N, reads overlap the latest write; lower values trade consistency for latency and availability, which is the CAP/PACELC trade-off. Nodes discover membership and failures via gossip; writes to a temporarily failed replica are kept as hinted handoff, and replicas converge through read repair and Merkle-tree anti-entropy. Concurrent writes are resolved with last-write-wins timestamps or vector clocks that surface siblings to the client. Each node stores data in an LSM tree (commit log, memtable, SSTables with compaction and Bloom filters) for fast writes. Multi-datacenter replication and rack-aware placement protect against larger failures.',
    '{"consistent hashing with virtual nodes","replication factor N with quorum R + W > N","gossip membership and failure detection","hinted handoff read repair Merkle trees","vector clocks or last-write-wins conflicts","LSM tree storage engine"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"key-value-store","dynamo","classic"}'
  ),
  (
    'Design a real-time collaborative document editor like Google Docs where many users edit the same document simultaneously.',
    'system_design',
    'fullstack',
    'hard',
    '{"full-stack-developer","backend-developer","frontend-developer","software-engineer"}',
    '{"WebSockets","CRDT","PostgreSQL"}',
    '{"Distributed Systems","System Design","Networking"}',
    1800,
    '[]'::jsonb,
    'The central problem is merging concurrent edits so all replicas converge. Operational Transformation (used by Google Docs) sends operations to a central server that orders them and transforms concurrent operations against each other; CRDTs (e.g. Yjs, Automerge) give every character a unique, ordered id so operations commute and can merge without a central authority, which also enables offline editing. Clients apply edits locally immediately and send them over WebSockets to a document session server; all editors of one document are routed to the same session owner (sticky routing by document id) to keep ordering simple. Persist an append-only operation log plus periodic snapshots for fast loading and version history. Presence and cursors are ephemeral and broadcast separately. Access control is checked when joining a session, and large documents are loaded incrementally.',
    '{"operational transformation versus CRDT","local-first apply then broadcast","WebSocket session per document with sticky routing","operation log plus snapshots","convergence of concurrent edits","presence and cursors as ephemeral state"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"collaboration","crdt","real-time"}'
  ),
  (
    'Design a file storage and sync service like Dropbox that keeps files in sync across devices and supports very large files.',
    'system_design',
    'backend',
    'hard',
    '{"backend-developer","software-engineer","mobile-developer"}',
    '{"S3","PostgreSQL","Kafka"}',
    '{"System Design","Distributed Systems","Cloud"}',
    1800,
    '[]'::jsonb,
    'Split files into content-defined chunks (e.g. ~4 MB) identified by their SHA-256 hash; chunks are stored once in object storage, which gives deduplication and lets clients upload only changed chunks (delta sync) with resumable uploads. A metadata service stores the namespace: files, versions and the ordered list of chunk hashes per version, in a strongly consistent, sharded database keyed by user or namespace. Each change increments a per-namespace journal cursor; clients long-poll or subscribe to a notification service and fetch changes since their cursor. Conflicts from concurrent edits create a "conflicted copy" rather than silently overwriting. Version history and soft deletes enable restore. Encrypt data at rest, keep hot metadata in cache, and move cold chunks to cheaper storage tiers.',
    '{"content-defined chunking with hashes","deduplication and delta sync of changed chunks","metadata service separate from block storage","change journal with sync cursor","notification via long polling","conflicted copy for concurrent edits"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"file-sync","storage","classic"}'
  ),
  (
    'Design the ride-matching and real-time location system for a ride-hailing app like Uber.',
    'system_design',
    'backend',
    'hard',
    '{"backend-developer","mobile-developer","software-engineer"}',
    '{"Redis","Kafka","H3"}',
    '{"System Design","Distributed Systems","Data Structures"}',
    1800,
    '[]'::jsonb,
    'Drivers send GPS updates every few seconds (millions of writes per minute), so location data is ephemeral and held in memory, indexed with a geospatial scheme such as geohash, S2 cells or Uber''s H3 hexagons. A ride request queries nearby cells expanding outward, filters available drivers, ranks them by estimated time of arrival from a routing service, and offers the trip to one driver at a time with a timeout. Matching must avoid double assignment, so use an atomic state transition on the driver (available → offered → assigned) with a lock or compare-and-set. Partition the location and matching services by city or region, since trips are local. Trip state is persisted in a durable database, and rider and driver apps receive updates via push or WebSockets. Surge pricing uses supply/demand per cell, computed from the same streams.',
    '{"geospatial index geohash S2 or H3","in-memory location store for frequent updates","nearby search by expanding cells","ETA-based ranking of drivers","atomic driver state transition prevents double assignment","partition by city or region"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"geospatial","matching","real-time"}'
  ),
  (
    'Design a payment processing system for an online marketplace that charges buyers and pays out sellers.',
    'system_design',
    'backend',
    'hard',
    '{"backend-developer","full-stack-developer","software-engineer"}',
    '{"PostgreSQL","Kafka","Stripe"}',
    '{"System Design","Distributed Systems","Security","Databases"}',
    1800,
    '[]'::jsonb,
    'Correctness beats latency, so use a relational database with ACID transactions and a double-entry ledger: every movement of money is recorded as balanced debit and credit entries that are append-only, never updated. Every API and provider call carries an idempotency key stored with its result, so client retries and network timeouts never charge twice. Model payments as a state machine (created → authorised → captured → settled, or failed/refunded) and persist each transition. Calls to the payment service provider can time out with unknown outcome, so reconcile using webhooks plus periodic reconciliation against provider settlement reports. Side effects like seller payouts and emails are driven through an outbox and queue. Keep card data out of your systems by using provider tokenisation to minimise PCI scope, and add fraud checks and audit trails.',
    '{"double-entry append-only ledger","idempotency keys on every request","payment state machine","reconciliation with provider reports and webhooks","outbox pattern for side effects","tokenisation to reduce PCI scope"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"payments","ledger","idempotency"}'
  ),
  (
    'Design a video streaming platform like YouTube: upload, processing and playback for millions of concurrent viewers.',
    'system_design',
    'backend',
    'hard',
    '{"backend-developer","devops-engineer","software-engineer"}',
    '{"S3","CDN","FFmpeg"}',
    '{"System Design","Cloud","Networking"}',
    1800,
    '[]'::jsonb,
    'Uploads go directly to object storage using resumable, chunked uploads. A processing pipeline, orchestrated as a DAG of jobs on a worker fleet, validates the file and transcodes it into multiple resolutions and bitrates, splitting the video into segments processed in parallel. Output is packaged for adaptive bitrate streaming (HLS/DASH) so the player switches quality based on measured bandwidth. Segments are served through CDNs, with popular content cached at the edge and the long tail served from origin; pre-warming caches for expected viral releases helps. Metadata (titles, channels, view counts) lives in sharded databases and caches, and view counts are aggregated asynchronously. Add DRM and signed URLs for protected content, and track playback quality metrics such as startup time and rebuffering rate.',
    '{"resumable chunked upload to object storage","parallel transcoding pipeline to multiple bitrates","adaptive bitrate streaming HLS or DASH","CDN edge caching","metadata in sharded database","rebuffering and startup time metrics"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"video","cdn","media-pipeline"}'
  ),
  (
    'Design an A/B testing (online experimentation) platform used by 50 product teams running hundreds of concurrent experiments.',
    'system_design',
    'data',
    'hard',
    '{"data-scientist","data-engineer","product-manager","backend-developer"}',
    '{"Kafka","Spark","Python"}',
    '{"Statistics","System Design","Data Pipelines","Product Sense"}',
    1800,
    '[]'::jsonb,
    'Assignment must be deterministic and fast: hash `experimentId + unitId` into buckets in the SDK, with layers or namespaces so experiments that could interact are mutually exclusive while others overlap. Log an exposure event when the user actually encounters the treatment, not at assignment, to avoid diluting effects. A metrics pipeline joins exposures with event data and computes per-variant metrics daily, using a central metric catalogue so teams share consistent definitions. The stats engine reports effect sizes with confidence intervals, applies variance reduction (CUPED), and guards against peeking with fixed horizons or sequential testing. Automatic checks catch sample ratio mismatch and guardrail metric regressions (latency, crashes, revenue). The UI requires pre-registered hypotheses, primary metrics and a power-based sample size before launch.',
    '{"deterministic hash-based assignment","exposure logging at point of treatment","layers for mutually exclusive experiments","confidence intervals and CUPED variance reduction","sample ratio mismatch checks","sequential testing or fixed horizon against peeking"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"experimentation","ab-testing","statistics"}'
  ),
  (
    'Design a distributed job scheduler (like a cron service at scale) that reliably runs millions of scheduled and delayed jobs per day.',
    'system_design',
    'backend',
    'hard',
    '{"backend-developer","devops-engineer","software-engineer","data-engineer"}',
    '{"PostgreSQL","Kafka","etcd"}',
    '{"Distributed Systems","System Design"}',
    1800,
    '[]'::jsonb,
    'Store job definitions and the next run time in a durable database indexed by `next_run_at`, partitioned so multiple scheduler nodes each own a subset of partitions via leases or leader election (etcd/ZooKeeper). Schedulers poll for due jobs (`SELECT ... FOR UPDATE SKIP LOCKED` or a time-bucketed index) and publish them to a queue, updating `next_run_at` in the same transaction. Workers execute jobs with at-least-once semantics, so each run has a run id and jobs must be idempotent; a heartbeat or visibility timeout re-dispatches runs whose worker died. Support retries with backoff, timeouts, concurrency limits per job, and missed-run policies after downtime (skip or catch up). Time zones and daylight-saving transitions need explicit handling. Expose run history, alert on failures and lag between scheduled and actual start time.',
    '{"durable job store indexed by next run time","partition ownership with leases or leader election","SKIP LOCKED polling","at-least-once execution idempotent jobs","heartbeats and visibility timeout","missed-run policy and time zones"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"scheduler","cron","reliability"}'
  ),
  (
    'Design a multi-region active-active deployment for a global SaaS application so users get low latency and the service survives the loss of an entire region.',
    'system_design',
    'backend',
    'hard',
    '{"backend-developer","devops-engineer","software-engineer"}',
    '{"CockroachDB","DynamoDB Global Tables","Anycast DNS"}',
    '{"Distributed Systems","Cloud","Databases"}',
    1800,
    '[]'::jsonb,
    'Route users to the nearest healthy region with latency-based DNS or anycast and global load balancers, with health checks that fail traffic away within minutes. Stateless services run in every region, but the data layer determines the design: either pin each tenant''s data to a home region (data residency, simple consistency, cross-region calls only for global data) or use multi-region replication. Multi-leader or globally distributed databases (CockroachDB, Spanner, DynamoDB global tables) trade write latency and conflict resolution complexity for availability. Choose consistency per use case: strong for billing and uniqueness, eventual for feeds and analytics. Avoid synchronous cross-region calls on the hot path, make writes idempotent, and run regular region-evacuation game days to prove failover works. Consider cost, since duplicate capacity is needed to absorb a failed region.',
    '{"latency-based or anycast routing with health checks","stateless services in every region","tenant home region versus multi-region replication","conflict resolution for multi-leader writes","per-use-case consistency choices","failover game days and spare capacity"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"multi-region","high-availability","disaster-recovery"}'
  ),
  (
    'Design a real-time fraud detection system for card transactions that must approve or decline within 100 ms.',
    'system_design',
    'data',
    'hard',
    '{"data-scientist","data-engineer","backend-developer"}',
    '{"Kafka","Flink","Redis","Python"}',
    '{"Machine Learning","Data Pipelines","System Design"}',
    1800,
    '[]'::jsonb,
    'The synchronous path receives a transaction, fetches precomputed features from a low-latency online feature store (e.g. Redis), computes request-time features, and scores it with a model such as gradient-boosted trees, combined with deterministic rules for known patterns. Streaming jobs (Flink) maintain velocity features like spend and transaction counts per card over 1-minute, 1-hour and 1-day windows and write them to the online store. The same feature definitions feed an offline store for training so training and serving features match, avoiding training-serving skew. Labels arrive late (chargebacks after weeks), so training uses point-in-time-correct joins and handles heavy class imbalance. Decisions have fallbacks: if the model times out, apply rules-only scoring. Monitor precision and recall, feature drift and approval rates, and route borderline cases to step-up authentication or manual review.',
    '{"online feature store for low latency","streaming velocity features over time windows","model plus rules engine","avoid training-serving skew with shared feature definitions","delayed labels and class imbalance","fallback when model times out"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"fraud","ml-systems","real-time"}'
  ),
  (
    'Design a change-data-capture (CDC) pipeline that replicates 200 operational PostgreSQL tables into a lakehouse with exactly-once, up-to-date results.',
    'system_design',
    'data',
    'hard',
    '{"data-engineer","backend-developer"}',
    '{"PostgreSQL","Debezium","Kafka","Apache Iceberg"}',
    '{"Data Pipelines","Databases","Distributed Systems"}',
    1800,
    '[]'::jsonb,
    'Read the PostgreSQL write-ahead log through logical replication (e.g. Debezium) so every insert, update and delete is captured in commit order without querying tables, after an initial consistent snapshot. Publish change events to Kafka topics per table keyed by primary key, with schemas in a schema registry to manage evolution. A sink job applies changes to lakehouse tables (Iceberg, Delta or Hudi) with MERGE/upsert semantics keyed by primary key, using the source LSN to ignore out-of-order or duplicate events, so end-to-end results are effectively exactly-once even though delivery is at-least-once. Deletes become tombstones or delete files. Monitor replication slot lag, because an unconsumed slot makes WAL accumulate and can fill the primary''s disk. Periodic compaction keeps file sizes healthy, and reconciliation jobs compare row counts and checksums with the source.',
    '{"logical replication from WAL with Debezium","initial snapshot then streaming changes","Kafka topics keyed by primary key","MERGE upserts ordered by LSN for idempotency","schema registry for schema evolution","monitor replication slot lag"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"cdc","lakehouse","streaming"}'
  ),
  (
    'Design an internal developer platform on Kubernetes that lets 100 product teams self-serve deployments while keeping security and cost under control.',
    'system_design',
    'devops',
    'hard',
    '{"devops-engineer","backend-developer","engineering-manager"}',
    '{"Kubernetes","Argo CD","Terraform"}',
    '{"Kubernetes","CI/CD","Security","Cloud"}',
    1800,
    '[]'::jsonb,
    'Offer golden paths: service templates that come with a Dockerfile, CI pipeline, Helm chart or Kustomize base, dashboards and alerts preconfigured, so a team ships a new service in hours. Use GitOps (Argo CD or Flux) so the desired state lives in Git, changes are reviewed, and drift is corrected automatically. Isolate teams with namespaces, RBAC mapped to identity groups, resource quotas and LimitRanges, and network policies that deny by default. Enforce guardrails with admission policies (OPA Gatekeeper or Kyverno): no privileged containers, required resource requests, signed images from approved registries. Provision cloud resources through Terraform modules or Crossplane with least-privilege workload identities instead of static keys. Show per-team cost via labels, and measure platform success by adoption, lead time and developer satisfaction.',
    '{"golden path templates","GitOps with Argo CD or Flux","namespaces RBAC and resource quotas","admission policies OPA or Kyverno","network policies deny by default","cost attribution by labels"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"platform-engineering","gitops","multi-tenancy"}'
  ),
  (
    'Design a distributed message queue / log like Apache Kafka that provides durable, ordered, high-throughput messaging.',
    'system_design',
    'backend',
    'hard',
    '{"backend-developer","data-engineer","software-engineer"}',
    '{"Kafka"}',
    '{"Distributed Systems","System Design","Data Pipelines"}',
    1800,
    '[]'::jsonb,
    'Model each topic as a set of partitions, each an append-only log stored as segment files on disk; ordering is guaranteed within a partition, and producers choose the partition by key hash. Sequential writes, the OS page cache, batching, compression and zero-copy transfer give very high throughput. Each partition is replicated to several brokers with one leader; followers fetch from the leader, and a write is committed once all in-sync replicas have it (`acks=all`, `min.insync.replicas`). A controller (via Raft in KRaft mode) handles leader election and metadata. Consumers track their own offsets per partition, and consumer groups split partitions among members, rebalancing on changes. Exactly-once processing builds on idempotent producers and transactions. Retention is time- or size-based, with log compaction for keyed changelog topics.',
    '{"partitioned append-only log segments","ordering within a partition by key","leader follower replication with in-sync replicas","consumer offsets and consumer groups","sequential IO batching and zero-copy","retention and log compaction"}',
    null,
    null,
    null,
    '[]'::jsonb,
    '[{"criterion":"Requirements","weight":20,"description":"Clarifies functional and non-functional requirements and estimates scale."},{"criterion":"Architecture","weight":30,"description":"Presents coherent components, data model, APIs and data flow."},{"criterion":"Scalability","weight":25,"description":"Identifies bottlenecks and addresses scaling, availability and failure modes."},{"criterion":"Trade-offs","weight":25,"description":"Justifies choices against alternatives (consistency, cost, latency, complexity)."}]'::jsonb,
    '{"message-queue","kafka","classic"}'
  )
on conflict do nothing;
