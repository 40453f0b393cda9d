// Lint rules of the web client (flat config). Formatting is Prettier's (npm run format), so
// eslint-config-prettier comes last and turns off every stylistic rule.
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

// The layout src/architecture.test.ts also checks: features do not import each other, shared code
// (components, lib, utils, config) imports no feature and no app code; only src/app composes features.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url));

const otherFeatures = (own) =>
  FEATURES.filter((f) => f !== own).map((f) => ({
    group: [`@/features/${f}`, `@/features/${f}/**`],
    message: `Features do not import each other (${own} → ${f}): move what both need to src/lib or src/components.`,
  }));

export default defineConfig(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'e2e/screenshots',
      'src/lib/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: otherFeatures(feature) }] },
  })),
  {
    files: ['src/{components,lib,utils,config}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['@/features/**', '@/app/**'], message: 'Shared code imports no feature and no app code.' }],
        },
      ],
    },
  },
  prettier,
);
