import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { earlyRequestsPlugin } from './vite/early-requests.ts';
import { pdfjsCmaps } from './vite/pdfjs-cmaps.ts';
import { prerender } from './vite/prerender.ts';
import { withoutRealtime } from './vite/without-realtime.ts';

const REACT_VENDOR = /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/;
// zod comes along: every page that talks to the server (and so loads supabase-js) validates with it.
const SUPABASE_VENDOR = /[\\/]node_modules[\\/](@supabase|tslib|ws|isows|zod)[\\/]/;
const DATA_VENDOR = /[\\/]node_modules[\\/]@tanstack[\\/]/;
const APP_SHELL = /[\\/]src[\\/]app[\\/](?!prerender)[^\\/]+\.tsx?$/;
// Imported by pages and by the shell, which loads first anyway: not worth a request of their own.
const SHELL_HELPERS = /[\\/]src[\\/]lib[\\/](page-data|query-client|use-document-title|yield-to-main)\.ts$/;
// Pages (route modules and the not-found page) keep their own chunks: the groups below take only what
// two or more pages share (`minShareCount: 2`).
const PAGE = /[\\/](routes[\\/][^\\/]+|components[\\/]NotFound)\.tsx$/;
// What the public auth pages share with each other and with signed-in pages: form fields and states, the
// auth feature's shared parts, and the client module (whose own imports are in the app shell). Every page
// that uses them also loads supabase-js. Over HTTP/1.1 each of these sub-KB files cost a request.
const SHARED_UI = [
  /[\\/]src[\\/]components[\\/][^\\/]+\.tsx$/,
  /[\\/]src[\\/]lib[\\/](supabase|auth-errors|password-policy|app-url|use-zod-form)\.ts$/,
  /[\\/]src[\\/]features[\\/]auth[\\/]/,
];
// react-i18next's <Trans> (with its HTML parser): the not-found page needs it too, but no form code and no
// supabase-js, so it gets a chunk of its own.
const TRANS = /[\\/]node_modules[\\/](react-i18next[\\/]dist[\\/]es[\\/]Trans(WithoutContext)?\.js|html-parse-stringify[\\/])/;
// Features whose shared modules only their own few pages use (report + shared report, the two practice
// pages, billing + pricing): a chunk each rather than a share of everyone's.
const FEATURE_OWN = /[\\/]src[\\/]features[\\/](reports|practice|billing)[\\/]/;
// The rest of what signed-in pages share (the interview feature's schemas and feedback panels, query
// keys, formatting, charts, the dashboard's list, achievements…): one chunk instead of a dozen.
const APP_COMMON = /[\\/]src[\\/](components|lib|features)[\\/]/;

export default defineConfig({
  plugins: [
    react(),
    earlyRequestsPlugin(),
    pdfjsCmaps(),
    withoutRealtime(),
    // Pages as static HTML (the production host must serve `<path>.html` for `<path>`: see README).
    prerender({
      renderer: '/src/app/prerender.tsx',
      startup: ['src/app/boot.tsx', 'src/app/App.tsx', 'src/lib/i18n/index.ts'],
      pages: [
        { path: '/', module: 'src/features/marketing/routes/landing-page.tsx' },
        { path: '/sign-in', module: 'src/features/auth/routes/sign-in-page.tsx' },
        { path: '/sign-up', module: 'src/features/auth/routes/sign-up-page.tsx' },
        { path: '/forgot-password', module: 'src/features/auth/routes/forgot-password-page.tsx' },
        // Signed-in pages: their frame before the session and data (shown only with a stored session). Not the
        // coach (what it shows depends on the plan) or the admin console (on the role).
        { path: '/app', module: 'src/features/dashboard/routes/dashboard-page.tsx' },
        { path: '/app/interviews/new', module: 'src/features/interview/routes/new-interview-page.tsx' },
        { path: '/app/history', module: 'src/features/history/routes/history-page.tsx' },
        { path: '/app/practice', module: 'src/features/practice/routes/practice-page.tsx' },
        { path: '/app/profile', module: 'src/features/profile/routes/profile-page.tsx' },
        { path: '/app/settings', module: 'src/features/settings/routes/settings-page.tsx' },
        { path: '/app/billing', module: 'src/features/billing/routes/billing-page.tsx' },
        { path: '/app/referrals', module: 'src/features/referrals/routes/referrals-page.tsx' },
      ],
      startupModules: {
        pages: '/src/app/pages.ts',
        client: ['src/lib/supabase.ts'],
        languages: { de: ['src/locales/packs/de.ts'] },
      },
    }),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  // Pre-bundled at start: discovered on first use, the dev server would re-optimise and reload the page mid-upload.
  optimizeDeps: { include: ['pdfjs-dist'] },
  server: {
    port: 5173,
    strictPort: true,
    host: '127.0.0.1',
  },
  build: {
    target: 'es2022',
    // Maps for error tracking, not referenced from the served bundles.
    sourcemap: 'hidden',
    rolldownOptions: {
      // The prerender's closeBundle renders pages and takes seconds by design; no timing report for it.
      checks: { pluginTimings: false },
      output: {
        // Long-lived vendor chunks so app deploys don't bust the framework cache.
        codeSplitting: {
          groups: [
            // Its own chunk: in the app shell's, the entry (which uses it) would import React statically.
            { name: 'preload-helper', test: /preload-helper/, priority: 40 },
            { name: 'react-vendor', test: REACT_VENDOR, priority: 30 },
            { name: 'supabase-vendor', test: SUPABASE_VENDOR, priority: 20 },
            { name: 'data-vendor', test: DATA_VENDOR, priority: 10 },
            // The app shell (boot, providers, router, layout): all of it runs on every first load, and
            // one chunk compresses better than the handful of small ones the bundler would make.
            { name: 'app-shell', test: (id: string) => APP_SHELL.test(id) || SHELL_HELPERS.test(id), priority: 6 },
            { name: 'trans', test: TRANS, priority: 5 },
            {
              name: 'shared-ui',
              test: (id: string) => !PAGE.test(id) && SHARED_UI.some((pattern) => pattern.test(id)),
              minShareCount: 2,
              priority: 4,
            },
            {
              name: 'app-common',
              test: (id: string) => !PAGE.test(id) && !FEATURE_OWN.test(id) && APP_COMMON.test(id),
              minShareCount: 2,
              priority: 3,
            },
            {
              name: (id: string) => `${FEATURE_OWN.exec(id)![1]}-common`,
              test: (id: string) => !PAGE.test(id) && FEATURE_OWN.test(id),
              minShareCount: 2,
              priority: 2,
            },
          ],
        },
      },
    },
  },
});
