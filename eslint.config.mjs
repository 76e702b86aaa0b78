// Lint rules that keep the architecture visible (shared/DESIGN.md, "Conventions"):
// - Nx module boundaries: libraries never import services; pure libraries (tag type:pure) import only
//   other pure libraries and none of the infrastructure packages.
// - Inside any service's src/domain/ folder, no infrastructure package and no I/O module may be imported:
//   domain code is a pure function of events and port results.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';

const infrastructure = ['kafkajs', '@kafkajs/*', 'sharp', 'onnxruntime-node', 'ioredis', 'pg', 'pino', 'prom-client', 'avsc'];
const io = ['node:fs', 'node:fs/promises', 'node:http', 'node:https', 'node:net', 'node:child_process', 'fs', 'http', 'https', 'net', 'child_process'];

export default tseslint.config(
  { ignores: ['.scratch-*/**', '**/node_modules/**', '**/dist/**', '.vitrine/**', '.nx/**', 'out/**', 'bench/results/**', 'libs/events/src/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs'],
    plugins: { '@nx': nx },
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', AbortController: 'readonly', fetch: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          // The CLI imports its commands and the services lazily so that `vitrine --help` starts fast, not to split
          // bundles (there are none): static imports of the same libraries elsewhere are fine.
          checkDynamicDependenciesExceptions: ['@vitrine/**'],
          // Services are deployables AND libraries of stages: `vitrine describe`, `vitrine up` and replay run the same
          // stage code in one process. Nx forbids importing projects of type "application", so their project.json
          // says "library"; the type:service tag is what keeps libs from depending on them.
          depConstraints: [
            { sourceTag: 'type:pure', onlyDependOnLibsWithTags: ['type:pure'], bannedExternalImports: infrastructure },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:pure', 'type:lib'] },
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:pure', 'type:lib'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:pure', 'type:lib', 'type:service', 'type:tool'] },
          ],
        },
      ],
    },
  },
  {
    files: ['services/*/src/domain/**/*.ts', 'libs/*/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: io.map((name) => ({ name, message: 'domain code is pure: do I/O in an adapter behind a port' })),
          patterns: [
            { group: infrastructure, message: 'domain code may not import infrastructure packages: put it in src/adapters' },
            { group: ['**/adapters/**', '**/main'], message: 'domain code may not import adapters or the composition root' },
          ],
        },
      ],
    },
  },
);
