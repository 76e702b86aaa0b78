import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFromDisk, generatedDir } from './files';

const out = generateFromDisk();
writeFileSync(join(generatedDir, 'events.ts'), out.types);
writeFileSync(join(generatedDir, 'schemas.ts'), out.schemas);
console.log(`generated ${generatedDir}/events.ts and schemas.ts`);
