import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { pdfjsCmaps } from './vite/pdfjs-cmaps.ts';
import { prerender } from './vite/prerender.ts';
import { withoutRealtime } from './vite/without-realtime.ts';

const REACT_VENDOR = /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/;
const SUPABASE_VENDOR = /[\\/]node_modules[\\/](@supabase|tslib|ws|isows)[\\/]/;
const DATA_VENDOR = /[\\/]node_modules[\\/]@tanstack[\\/]/;
const APP_SHELL = /[\\/]src[\\/]app[\\/](?!prerender)[^\\/]+\.tsx?$/;
// Imported by pages and by the shell, which loads first anyway: not worth a request of their own.
const SHELL_HELPERS = /[\\/]src[\\/]lib[\\/](page-data|query-client)\.ts$/;

export default defineConfig({
  plugins: [
    react(),
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
            { name: 'app-shell', test: (id: string) => APP_SHELL.test(id) || SHELL_HELPERS.test(id), priority: 5 },
          ],
        },
      },
    },
  },
});
