// Renders pages to static HTML at build time, so their content paints from the HTML instead of after
// React, the router and i18next have loaded and run. Public pages are hydrated (main.tsx). Signed-in pages
// (the route table's `isSignedInPage`) get their frame: header, navigation, the page's header and the
// placeholders it shows before its data, rendered for nobody in particular (src/app/prerender.tsx); the app
// renders the page in its place once the session is restored (src/app/boot.tsx). Their <html> carries
// `data-signed-in-frame`: index.html's inline script shows the frame only to a visitor with a stored session.
//
// For each page: the app's markup (src/app/prerender.tsx, loaded through a Vite SSR server with the same
// config) goes into the built index.html's #root and the page's CSS becomes a stylesheet link in <head> (it
// would otherwise arrive with the page's chunk, after the app has started). The page's JS is deliberately
// not modulepreloaded: main.tsx starts it after the first paint, and nothing should compete with the
// HTML and CSS before that. `/` is written to index.html;
// other pages to `<path>.html` (`/sign-in` → sign-in.html), which `vite preview` and static hosts
// with "pretty URLs" serve for `/sign-in`. Every other path gets index.html through the SPA fallback;
// the inline script in index.html marks that markup stale there (see main.tsx).
// index.html also gets the list of files each route needs, for a start that renders from scratch to
// fetch them at once (vite/startup-modules.ts).
//
// The pages are rendered in English only. A visitor whose language is German (remembered, or the
// browser's) gets the markup marked stale too: they see the logo, then the German page, never English
// text that changes under them. German files would need the host to choose by Accept-Language or a
// language in the URL; the app has neither, and the language can also come from localStorage.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { filesOf, startupModules, urlsIn, withStartupModules } from './startup-modules.ts';

export interface PrerenderedPage {
  /** URL path, e.g. `/sign-in`. */
  path: string;
  /** The page's source module (relative to the project root), whose chunk holds the page. */
  module: string;
}

export interface PrerenderOptions {
  /** Module exporting `renderPage(pathname, { signedIn }): Promise<string>`. */
  renderer: string;
  /** Modules every page needs before it can hydrate (loaded dynamically by the entry): their CSS is linked too. */
  startup: string[];
  pages: PrerenderedPage[];
  /**
   * For starts that render from scratch (every other page, or a prerendered one shown to someone else):
   * the module exporting the route table's `pages` (pattern → `() => import(module)`) and
   * `isSignedInPage(pattern)`, supabase-js's module, and the language packs' modules. index.html's inline
   * script then fetches what the page needs in parallel (vite/startup-modules.ts).
   */
  startupModules: { pages: string; client: string[]; languages: Record<string, string[]> };
}

/** The HTML file a static host serves for `pathname`. */
export function htmlFileFor(pathname: string): string {
  return pathname === '/' ? 'index.html' : `${pathname.replace(/^\/|\/$/g, '')}.html`;
}

/** CSS files of the chunks built from `modules` and of every chunk they import statically. */
export function stylesOf(bundle: Rollup.OutputBundle, root: string, modules: string[]): string[] {
  return filesOf(bundle, root, modules).css;
}

const ROOT_ELEMENT = /<div id="root">[\s\S]*?<\/div>\s*(?=<noscript>)/;

/** index.html with the page's markup in #root and links to the page's CSS in <head>. */
export function pageHtml(
  template: string,
  page: { path: string; markup: string; css: string[]; base: string; signedIn?: boolean },
): string {
  if (!ROOT_ELEMENT.test(template)) throw new Error('prerender: index.html has no <div id="root">…</div> before <noscript>');
  const links = page.css
    .map((file) => `${page.base}${file}`)
    .filter((href) => !template.includes(`href="${href}"`))
    .map((href) => `<link rel="stylesheet" crossorigin href="${href}">`);
  // A frame's first paint waits until its <main> has been parsed: the page's header paints with the app's
  // header in one frame instead of a frame later (the lead paragraph is what Lighthouse finds largest).
  if (page.signedIn) links.push('<link rel="expect" href="#main" blocking="render">');
  return (
    template
      .replace('<html lang="en">', `<html lang="en" data-prerendered="${page.path}"${page.signedIn ? ' data-signed-in-frame' : ''}>`)
      .replace('</head>', `${links.map((link) => `    ${link}\n`).join('')}  </head>`)
      // A frame is only to look at: typed into, its form would be wiped when the app renders the page in its
      // place. AppReady (or boot, when the app cannot start) lifts `inert`.
      .replace(ROOT_ELEMENT, () => `<div id="root"${page.signedIn ? ' inert' : ''}>${page.markup}</div>\n    `)
  );
}

export function prerender(options: PrerenderOptions): Plugin {
  let config: ResolvedConfig;
  let bundle: Rollup.OutputBundle | undefined;
  return {
    name: 'interviewai:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_output, written) {
      bundle = written;
    },
    async closeBundle() {
      if (config.build.ssr || !bundle) return;
      const outDir = path.resolve(config.root, config.build.outDir);
      let template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
      // supabase-js (imported by pages that talk to the API) refuses to start on Node 20 without a
      // WebSocket class for its realtime client; nothing connects while rendering.
      const hadWebSocket = 'WebSocket' in globalThis;
      if (!hadWebSocket) Object.assign(globalThis, { WebSocket: (await import('ws')).default });
      const server = await createServer({
        configFile: config.configFile,
        root: config.root,
        mode: config.mode,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        const { renderPage } = (await server.ssrLoadModule(options.renderer)) as {
          renderPage(pathname: string, options: { signedIn: boolean }): Promise<string>;
        };
        const routeTable = (await server.ssrLoadModule(options.startupModules.pages)) as {
          pages: Record<string, () => Promise<unknown>>;
          isSignedInPage(pattern: string): boolean;
        };
        const pages = Object.entries(routeTable.pages).map(([pattern, load]) => {
          // Vite's SSR transform turns `import('@/x')` into `__vite_ssr_dynamic_import__("/src/x.tsx")`.
          const module = /__vite_ssr_dynamic_import__\("([^"]+)"\)/.exec(String(load))?.[1];
          if (!module) throw new Error(`prerender: cannot tell which module pages['${pattern}'] loads: ${String(load)}`);
          return { path: pattern, module, signedIn: routeTable.isSignedInPage(pattern) };
        });
        const modules = startupModules(
          bundle,
          config.root,
          config.base,
          { app: options.startup, client: options.startupModules.client, languages: options.startupModules.languages, pages },
          urlsIn(template),
        );
        template = withStartupModules(template, modules);
        // The host answers every path that has no file of its own with index.html: it gets them too.
        writeFileSync(path.join(outDir, 'index.html'), template);
        for (const page of options.pages) {
          const signedIn = routeTable.isSignedInPage(page.path);
          const markup = await renderPage(page.path, { signedIn });
          const css = stylesOf(bundle, config.root, [...options.startup, page.module]);
          const html = pageHtml(template, { path: page.path, markup, css, base: config.base, signedIn });
          const file = path.join(outDir, htmlFileFor(page.path));
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, html);
        }
      } finally {
        await server.close();
        if (!hadWebSocket) Reflect.deleteProperty(globalThis, 'WebSocket');
      }
    },
  };
}
