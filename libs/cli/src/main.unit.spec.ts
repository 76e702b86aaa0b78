import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from './commands';
import { main } from './main';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('vitrine --help', () => {
  it('lists every command with its summary', async () => {
    const { out } = capture();
    expect(await main(['--help'])).toBe(0);
    for (const c of commands) expect(out.join('')).toContain(`  ${c.name}`);
  });

  it.each(commands.map((c) => c.name))('vitrine %s --help prints its usage and exits 0', async (name) => {
    const { out } = capture();
    expect(await main([name, '--help'])).toBe(0);
    const text = out.join('');
    expect(text).toContain(`vitrine ${name}`);
    expect(text.length).toBeGreaterThan(60);
  });

  it('refuses an unknown command with exit 2 and the list', async () => {
    const { err } = capture();
    expect(await main(['describ'])).toBe(2);
    expect(err.join('')).toContain('unknown command "describ"');
  });

  it('describe: a usage error exits 2 and says what is wrong', async () => {
    const { err } = capture();
    expect(await main(['describe', 'x.jpg', '--locales', 'en,klingon'])).toBe(2);
    expect(err.join('')).toContain('unsupported locale "klingon"');
  });
});
