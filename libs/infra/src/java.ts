// The JVM services (Kafka, Apicurio) are fetched from Maven Central with the ordinary Maven client and
// run with the system Java (17+; JAVA_HOME wins when set).
import { existsSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { javaMajor } from './config';
import { ensureDir, run } from './process';
import type { InfraContext } from './service';

/** JDK homes to consider, in order of preference: JAVA_HOME, the `java` on PATH, then /usr/lib/jvm/*. */
function javaHomes(env: NodeJS.ProcessEnv): string[] {
  const homes: string[] = [];
  if (env.JAVA_HOME) homes.push(env.JAVA_HOME);
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const java = join(dir, 'java');
    if (dir && existsSync(java)) homes.push(dirname(dirname(realpathSync(java))));
  }
  const jvm = '/usr/lib/jvm';
  if (existsSync(jvm)) for (const d of readdirSync(jvm).sort().reverse()) homes.push(join(jvm, d));
  return homes;
}

/**
 * A `java` binary of at least `minMajor`, read from each JDK's `release` file (no JVM start needed).
 * Kafka 4.x needs 17; Apicurio Registry 3.3 is compiled for 21 (class file version 65), and Debian 12
 * ships only 17, so it runs on another JDK when the machine has one (on this project's machines a
 * Temurin JDK lies in /usr/lib/jvm).
 */
export function findJava(minMajor: number, what: string, env: NodeJS.ProcessEnv = process.env): string {
  const seen: string[] = [];
  for (const home of javaHomes(env)) {
    const java = join(home, 'bin', 'java');
    let release: string;
    try {
      release = readFileSync(join(home, 'release'), 'utf8');
    } catch {
      continue;
    }
    const major = javaMajor(release);
    if (major === undefined || !existsSync(java)) continue;
    if (major >= minMajor) return java;
    seen.push(`${major} (${home})`);
  }
  throw new Error(
    `infra: ${what} needs Java ${minMajor}+; found ${seen.join(', ') || 'none'}. Install a JDK ${minMajor}+ or point JAVA_HOME at one.`,
  );
}

/** Resolves a Maven artifact set into `dir` unless a previous run finished it (marker file). */
export async function mavenOnce(dir: string, what: string, args: readonly string[], ctx: InfraContext): Promise<void> {
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return;
  rmSync(dir, { recursive: true, force: true });
  ensureDir(dir);
  ctx.log(`infra: downloading ${what} from Maven Central (once; cached in ${dir})`);
  const started = Date.now();
  await run('mvn', ['-q', '-B', ...args], { cwd: dirname(dir) }).catch((err: Error) => {
    throw new Error(`infra: could not download ${what} with Maven (is "mvn" installed? apt-get install maven): ${err.message}`);
  });
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  ctx.log(`infra: ${what} downloaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

