import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cacheFingerprint } from './fingerprint';

const square = (colour: string) =>
  sharp({ create: { width: 200, height: 160, channels: 3, background: '#ffffff' } })
    .composite([{ input: { create: { width: 80, height: 100, channels: 3, background: colour } }, left: 40, top: 30 }])
    .jpeg({ quality: 90 })
    .toBuffer();

describe('cacheFingerprint (sharp)', () => {
  it('is deterministic for the same derivative bytes', async () => {
    const bytes = await square('#c0392b');
    const a = await cacheFingerprint(bytes);
    const b = await cacheFingerprint(new Uint8Array(bytes));
    expect(a.phash).toMatch(/^[0-9a-f]{16}$/);
    expect(a.colour).toHaveLength(192);
    expect(b).toEqual(a);
  });

  it('keeps the pHash but changes the colour layout for another colour', async () => {
    const red = await cacheFingerprint(await square('#c0392b'));
    const blue = await cacheFingerprint(await square('#2c3e90'));
    expect(Buffer.from(red.colour).equals(Buffer.from(blue.colour))).toBe(false);
  });

  it('refuses bytes that are not an image', async () => {
    await expect(cacheFingerprint(Buffer.from('hello'))).rejects.toThrow();
    await expect(cacheFingerprint(new Uint8Array())).rejects.toThrow(/derivative/);
  });
});
