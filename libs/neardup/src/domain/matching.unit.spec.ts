import { describe, expect, it } from 'vitest';
import { colourLayoutDistance } from './colour-layout';
import { decodeEntry, encodeEntry } from './entry-codec';
import { normalizeFingerprint, pickBestMatch, type ConfirmCandidate } from './matching';
import { parseNearDupOptions, keys } from './options';

const grey = (l: number) => Uint8Array.from({ length: 48 }, (_, i) => (i % 3 === 0 ? l : 128));
const config = parseNearDupOptions({ modelVersion: 'v1' });
const candidate = (imageId: string, distance: number, colour?: Uint8Array): ConfirmCandidate => ({
  hashHex: '0'.repeat(16),
  distance,
  imageId,
  entry: { colour, payload: Buffer.from(imageId) },
});

describe('colour layout distance', () => {
  it('is the mean of the 4 largest per-cell Euclidean (CIE76) distances', () => {
    const base = grey(50);
    const recoloured = Uint8Array.from(base);
    recoloured[0] = 90; // one cell 40 ΔE away, the other 15 unchanged
    expect(colourLayoutDistance(base, recoloured)).toBe(10);
    recoloured[3] = 90;
    recoloured[6] = 90;
    recoloured[9] = 90;
    recoloured[12] = 90;
    expect(colourLayoutDistance(base, recoloured)).toBe(40);
    expect(colourLayoutDistance(grey(50), grey(50))).toBe(0);
    expect(colourLayoutDistance(grey(50), grey(60))).toBe(10);
    const a = Uint8Array.from([0, 0, 0, 0, 0, 0]);
    const b = Uint8Array.from([3, 4, 0, 0, 0, 0]);
    expect(colourLayoutDistance(a, b)).toBe(2.5);
    expect(() => colourLayoutDistance(a, grey(1))).toThrow(/differ in size/);
  });
});

describe('entry codec', () => {
  it('round-trips colour and binary payloads, and a payload without colour', () => {
    const payload = Uint8Array.from([0, 255, 1, 2]);
    expect(decodeEntry(encodeEntry(grey(70), payload))).toEqual({ colour: grey(70), payload: Buffer.from(payload) });
    expect(decodeEntry(encodeEntry(undefined, 'text'))).toEqual({ colour: undefined, payload: Buffer.from('text') });
  });
  it('refuses unknown encodings and short records', () => {
    expect(() => decodeEntry(Buffer.from([9, 0]))).toThrow(/unknown near-duplicate entry encoding/);
    expect(() => decodeEntry(Buffer.from([1, 48, 1]))).toThrow(/shorter than its colour layout/);
    expect(() => encodeEntry(Uint8Array.from([1, 2]), 'x')).toThrow(/triples/);
  });
});

describe('matching', () => {
  it('normalises the three fingerprint forms', () => {
    expect(normalizeFingerprint(255n).hex).toBe('00000000000000ff');
    expect(normalizeFingerprint('00000000000000FF').hash).toBe(255n);
    expect(normalizeFingerprint({ phash: 'ff00000000000000', colour: grey(1) }).colour).toEqual(grey(1));
    expect(() => normalizeFingerprint({ phash: 1n, colour: new Uint8Array(4) })).toThrow(/fingerprint\.colour/);
  });

  it('picks the closest within the threshold, then the closest colour, then the smallest image id', () => {
    const q = normalizeFingerprint({ phash: 0n, colour: grey(50) });
    expect(pickBestMatch(q, [candidate('b', 3, grey(50)), candidate('a', 2, grey(55))], config)?.imageId).toBe('a');
    expect(pickBestMatch(q, [candidate('b', 2, grey(52)), candidate('a', 2, grey(55))], config)?.imageId).toBe('b');
    expect(pickBestMatch(q, [candidate('b', 2, grey(50)), candidate('a', 2, grey(50))], config)?.imageId).toBe('a');
    expect(pickBestMatch(q, [candidate('a', 2, grey(50)), candidate('b', 2, grey(50))], config)?.imageId).toBe('a');
  });

  it('rejects candidates beyond the Hamming threshold or the colour threshold', () => {
    const q = normalizeFingerprint({ phash: 0n, colour: grey(50) });
    expect(pickBestMatch(q, [candidate('far', config.scheme.threshold + 1, grey(50))], config)).toBeNull();
    expect(pickBestMatch(q, [candidate('recoloured', 0, grey(50 + config.colourThreshold! + 1))], config)).toBeNull();
    const m = pickBestMatch(q, [candidate('edge', config.scheme.threshold, grey(50 + config.colourThreshold!))], config);
    expect(m).toMatchObject({ imageId: 'edge', distance: config.scheme.threshold, colourDistance: config.colourThreshold });
  });

  it('skips the colour check when either side has no layout or the check is off', () => {
    const bare = normalizeFingerprint(0n);
    expect(pickBestMatch(bare, [candidate('a', 1, grey(200))], config)).toMatchObject({ imageId: 'a', colourDistance: null });
    const off = parseNearDupOptions({ modelVersion: 'v1', colourThreshold: null });
    const q = normalizeFingerprint({ phash: 0n, colour: grey(0) });
    expect(pickBestMatch(q, [candidate('a', 1, grey(200))], off)).toMatchObject({ imageId: 'a', colourDistance: 200 });
  });
});

describe('options', () => {
  it('defaults, freezes, and names bad fields', () => {
    expect(config).toMatchObject({ modelVersion: 'v1', colourThreshold: 24, keyPrefix: 'vitrine:nd:v1' });
    expect(config.scheme).toMatchObject({ bands: 4, threshold: 10, probeRadius: 1, exactUpTo: 7, probesPerLookup: 68 });
    expect(parseNearDupOptions({ modelVersion: 'v', probeRadius: 2 }).scheme).toMatchObject({ probeRadius: 2, exactUpTo: 10 });
    expect(parseNearDupOptions({ modelVersion: 'v', threshold: 3 }).scheme).toMatchObject({ probeRadius: 0, exactUpTo: 3 });
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => parseNearDupOptions({ modelVersion: '' })).toThrow(/modelVersion/);
    expect(() => parseNearDupOptions({ modelVersion: 'v', namespace: 'a b' })).toThrow(/namespace/);
    expect(() => parseNearDupOptions({ modelVersion: 'v', bands: 5 })).toThrow(/near-duplicate index options: bands/);
    expect(() => parseNearDupOptions({ modelVersion: 'v', colourThreshold: -1 })).toThrow(/colourThreshold/);
  });

  it('keeps one model version out of another version\'s keys', () => {
    const a = parseNearDupOptions({ modelVersion: 'a' });
    const tricky = parseNearDupOptions({ modelVersion: 'a:b1' });
    expect(keys.band(tricky, 0, 'ffff').startsWith(`${a.keyPrefix}:`)).toBe(false);
    expect(keys.record(a, 'ab')).toBe('vitrine:nd:a:h:ab');
  });
});
