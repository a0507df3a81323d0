// ESLint flat config: JavaScript and typescript-eslint recommended rules, and the React hooks rules for components.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    // Generated or third-party files.
    ignores: [
      'scratch/**',
      'out/',
      '.next/',
      '.tmp/',
      '.bench/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'next-env.d.ts',
      'content/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a parameter kept for its position in a signature.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Scanners of untrusted text (JSON, tokens, links) match control characters on purpose.
      'no-control-regex': 'off',
      // A static export hydrates server HTML: browser-only state (localStorage, the URL fragment, ?q=) can only be
      // read after hydration, in an effect, which is the pattern this rule flags.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    // Server components that turn compiled MDX into a component: rendered once at build time, never re-rendered.
    files: ['app/add-your-api/page.tsx', 'components/guide-page.tsx'],
    rules: { 'react-hooks/static-components': 'off' },
  },
  {
    // String.prototype.replace hands a replacer its groups, offset and input as one mixed argument list.
    files: ['lib/decode/redact.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
