// Writes the synthetic corpus and the special inputs to a folder, to look at them:
//   npx tsx libs/imaging/test-fixtures/write-corpus.ts [out-dir]   (default: out/imaging-corpus, git-ignored)

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateProductCorpus } from './corpus';
import { generateSpecialInputs } from './special-inputs';

const dir = process.argv[2] ?? 'out/imaging-corpus';
const corpus = await generateProductCorpus();
for (const image of corpus) {
  const path = join(dir, 'products', image.name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, image.bytes);
}
const special = await generateSpecialInputs();
await mkdir(join(dir, 'special'), { recursive: true });
for (const [name, bytes] of Object.entries(special)) await writeFile(join(dir, 'special', name), bytes);
const total = corpus.reduce((n, i) => n + i.bytes.length, 0);
console.log(`${corpus.length} product images (${(total / 1024 / 1024).toFixed(1)} MB) and ${Object.keys(special).length} special inputs in ${dir}`);
