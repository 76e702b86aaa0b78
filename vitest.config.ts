import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Workspace libraries resolve to their TypeScript sources (same mapping as tsconfig.base.json "paths"),
// so tests, services and the CLI run the code as written, without a build step.
const root = fileURLToPath(new URL('.', import.meta.url));
// The sub-path aliases mirror tsconfig.base.json "paths" (test helpers and services behind @vitrine/…).
const alias = [
  { find: /^@vitrine\/ocr\/testing$/, replacement: `${root}libs/ocr/src/testing/index.ts` },
  { find: /^@vitrine\/contracts\/testing$/, replacement: `${root}libs/contracts/src/testing/builders.ts` },
  { find: /^@vitrine\/localization\/testing$/, replacement: `${root}libs/localization/src/testing/samples.ts` },
  { find: /^@vitrine\/imaging\/test-fixtures$/, replacement: `${root}libs/imaging/test-fixtures/index.ts` },
  { find: /^@vitrine\/svc\/([a-z0-9-]+)$/, replacement: `${root}services/$1/src/index.ts` },
  { find: /^@vitrine\/([a-z0-9-]+)$/, replacement: `${root}libs/$1/src/index.ts` },
];

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
