import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Workspace libraries resolve to their TypeScript sources, so tests, services and the CLI run the code as written,
// without a build step. The aliases are tsconfig.base.json's "paths", read from it so the two cannot drift; its
// entries are listed most specific first (sub-paths such as @vitrine/ocr/testing before @vitrine/*), which is the
// order the aliases are tried in.
const root = fileURLToPath(new URL('.', import.meta.url));
const paths = (JSON.parse(readFileSync(`${root}tsconfig.base.json`, 'utf8')) as { compilerOptions: { paths: Record<string, [string]> } }).compilerOptions.paths;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alias = Object.entries(paths).map(([pattern, [target]]) => ({
  find: new RegExp(`^${pattern.split('*').map(escape).join('([a-z0-9-]+)')}$`),
  replacement: root + target.replace('*', '$1'),
}));

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['libs/**/*.unit.spec.ts', 'services/**/*.unit.spec.ts', 'bin/**/*.unit.spec.ts', 'k8s/**/*.unit.spec.ts'],
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['libs/**/*.int.spec.ts', 'services/**/*.int.spec.ts', 'test/**/*.int.spec.ts'],
          globalSetup: ['test/setup/infra.global.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Integration suites share one broker on a 2-core machine; run files one after another.
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.spec.ts'],
          globalSetup: ['test/setup/infra.global.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
