// Which built files a start that renders from scratch needs, per page, for index.html's inline script to
// fetch them all at once (modulepreload) instead of one dynamic import after another: the entry, then the
// app shell, then the page's chunk, then supabase-js. The inline script picks the page by path (matching
// as the router does) and adds the client and the language pack when a session or German is in storage.
//
// A prerendered page shown to the visitor it was rendered for uses none of this: its content is already
// in the HTML, and its JS starts after the first paint (src/main.tsx).
import path from 'node:path';
import type { Rollup } from 'vite';

type Chunk = Rollup.OutputChunk & { viteMetadata?: { importedCss: Set<string> } };

/** What the inline script receives; lists are indices into `files` (URLs, `.js` or `.css`). */
export interface StartupModules {
  files: string[];
  /** The app shell: what the entry imports to start, with everything it imports statically. */
  app: number[];
  /** supabase-js: loaded at start-up when a stored session may be restored. */
  client: number[];
  /** Language packs by language (English ships with the app). */
  languages: Record<string, number[]>;
  /** `[regex source, signed in only (1/0), files]`, most specific first: the first match is the page. */
  pages: [string, 0 | 1, number[]][];
}

export interface StartupModuleSources {
  app: string[];
  client: string[];
  languages: Record<string, string[]>;
  /** Route pattern → page module, in the route table's order. */
  pages: { path: string; module: string; signedIn: boolean }[];
}

/** Files of the chunks built from `modules` and of every chunk they import statically (JS, then their CSS). */
export function filesOf(bundle: Rollup.OutputBundle, root: string, modules: string[]): { js: string[]; css: string[] } {
  // The chunk a module was built into (its own, or a shared one the bundler put it in).
  const byModule = new Map<string, Chunk>();
  for (const output of Object.values(bundle)) {
    if (output.type !== 'chunk') continue;
    for (const id of output.moduleIds) if (!byModule.has(path.normalize(id))) byModule.set(path.normalize(id), output);
    if (output.facadeModuleId) byModule.set(path.normalize(output.facadeModuleId), output);
  }
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (chunk: Chunk) => {
    if (js.has(chunk.fileName)) return;
    js.add(chunk.fileName);
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
    for (const imported of chunk.imports) {
      const next = bundle[imported];
      if (next?.type === 'chunk') visit(next);
    }
  };
  for (const module of modules) {
    const chunk = byModule.get(path.resolve(root, module.replace(/^\//, '')));
    if (!chunk) throw new Error(`startup modules: no chunk was built from ${module}`);
    visit(chunk);
  }
  return { js: [...js], css: [...css] };
}

// React Router's ranking (computeScore in react-router): the more specific pattern wins, ties go to the
// earlier route.
const PARAM = /^:[\w-]+$/;
function score(pattern: string): number {
  const segments = pattern.split('/');
  let total = segments.length + (segments.includes('*') ? -2 : 0);
  for (const segment of segments) {
    if (segment === '*') continue;
    total += PARAM.test(segment) ? 3 : segment === '' ? 1 : 10;
  }
  return total;
}

/** A pattern with optional segments (`/:id?`) as the patterns it stands for, as React Router expands it. */
function expandOptional(pattern: string): string[] {
  const segments = pattern.split('/');
  const optional = segments.findIndex((segment) => segment.endsWith('?'));
  if (optional < 0) return [pattern];
  const required = segments.slice(0, optional).join('/') || '/';
  const rest = segments.slice(optional + 1).join('/');
  const withIt = [...segments.slice(0, optional), segments[optional]!.slice(0, -1)].join('/');
  return [...expandOptional(rest ? `${withIt}/${rest}` : withIt), ...expandOptional(rest ? `${required}/${rest}` : required)];
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex source matching what React Router matches for `pattern` (case-insensitive flag added by the caller). */
function regexFor(pattern: string): string {
  if (pattern === '*') return '^/.*$';
  const splat = pattern.endsWith('/*');
  const segments = (splat ? pattern.slice(0, -2) : pattern).split('/').filter(Boolean);
  const body = segments.map((segment) => (PARAM.test(segment) ? '/[^/]+' : `/${escapeRegex(segment)}`)).join('');
  return `^${body}${splat ? '(?:/.*)?' : ''}/?$`;
}

/** Route patterns as regex sources in the order to test them (first match = React Router's match). */
export function rankedMatchers<T extends { path: string }>(routes: T[]): { regex: string; route: T }[] {
  return routes
    .flatMap((route, index) => expandOptional(route.path).map((pattern) => ({ pattern, route, index })))
    .map((entry) => ({ ...entry, score: score(entry.pattern) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ pattern, route }) => ({ regex: regexFor(pattern), route }));
}

/**
 * The start-up files for the inline script. `base` prefixes file names (Vite's `base`); files in `loaded`
 * (already fetched by the HTML itself: the entry and its static imports) are left out.
 */
export function startupModules(
  bundle: Rollup.OutputBundle,
  root: string,
  base: string,
  sources: StartupModuleSources,
  loaded: Set<string>,
): StartupModules {
  const files: string[] = [];
  const indexOf = new Map<string, number>();
  const indices = (modules: string[], skip: Set<string> = loaded) => {
    const { js, css } = filesOf(bundle, root, modules);
    const list: number[] = [];
    for (const file of [...js, ...css]) {
      const url = `${base}${file}`;
      if (skip.has(url)) continue;
      if (!indexOf.has(url)) indexOf.set(url, files.push(url) - 1);
      list.push(indexOf.get(url)!);
    }
    return list;
  };
  const app = indices(sources.app);
  // Everything else comes with the app shell, so the other lists leave its files out.
  const withApp = new Set([...loaded, ...app.map((index) => files[index]!)]);
  return {
    files,
    app,
    client: indices(sources.client, withApp),
    languages: Object.fromEntries(Object.entries(sources.languages).map(([language, modules]) => [language, indices(modules, withApp)])),
    pages: rankedMatchers(sources.pages).map(({ regex, route }) => [regex, route.signedIn ? 1 : 0, indices([route.module], withApp)]),
  };
}

const PLACEHOLDER = '/* startup-modules */ null';

/** index.html's inline script with the start-up modules in place of its placeholder. */
export function withStartupModules(html: string, modules: StartupModules): string {
  if (!html.includes(PLACEHOLDER)) throw new Error(`startup modules: index.html has no ${PLACEHOLDER} in its inline script`);
  // JSON in a script element: no "</script>" can appear in it.
  return html.replace(PLACEHOLDER, () => JSON.stringify(modules).replace(/</g, '\\u003c'));
}

/** URLs the HTML already loads itself (script src, modulepreload and stylesheet links). */
export function urlsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!));
}
