// Lint for the Node side (SPA, local stack, tests, scripts, benchmarks). Deno code in
// supabase/functions is linted by `deno lint` (see supabase/functions/deno.json).
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// UI code: its text goes through i18next, so text written directly in JSX is an error anywhere in src
// (tests excluded: they assert the English words).
const TRANSLATED_UI = ['src/**/*.{ts,tsx}'];
// Shown before i18next is loaded (missing configuration), so it stays in English.
const BEFORE_I18N = ['src/components/EnvErrorScreen.tsx'];

const FEATURE_INTERNALS = {
  group: ['@/features/*/**'],
  message: 'Import another feature only through its index.ts (`@/features/<name>`).',
};
const ANY_FEATURE = {
  group: ['@/features', '@/features/**', '**/features/**'],
  message: 'Shared code (src/lib, src/components) must not depend on a feature; pass what it needs in from src/app.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.stack/**',
      '.cache/**',
      'coverage/**',
      'bench/.data/**',
      'supabase/**',
      'src/lib/database.types.ts',
      'e2e/screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [FEATURE_INTERNALS] }],
    },
  },
  {
    // Inside a feature, its own files are imported relatively; other features only through their index.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [FEATURE_INTERNALS] }] },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ANY_FEATURE] }] },
  },
  {
    files: TRANSLATED_UI,
    ignores: ['**/*.test.{ts,tsx}', 'src/test/**', ...BEFORE_I18N],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        // Separators and symbols (·, —, …, arrows, ▲, ✓, ✉) carry no words to translate.
        { mode: 'jsx-text-only', words: { exclude: ['InterviewAI', '[\\s0-9!-/:-@[-`{-~·•—–…\\u2190-\\u2bff]+', '[A-Z_-]+'] } },
      ],
    },
  },
);
