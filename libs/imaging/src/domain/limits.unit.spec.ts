import { describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE_LIMITS, parseImageLimits } from './limits';

describe('parseImageLimits', () => {
  it('defaults to the documented limits and freezes the result', () => {
    const limits = parseImageLimits();
    expect(limits).toEqual(DEFAULT_IMAGE_LIMITS);
    expect(limits.maxPixels).toBe(100_000_000);
    expect(Object.isFrozen(limits)).toBe(true);
    expect(Object.isFrozen(limits.allowedFormats)).toBe(true);
  });

  it('merges overrides', () => {
    expect(parseImageLimits({ maxPixels: 1000, animated: 'reject' })).toMatchObject({ maxPixels: 1000, animated: 'reject', minSide: 32 });
  });

  it.each([
    [{ maxPixels: 0 }, /limits\.maxPixels/],
    [{ maxBytes: 1.5 }, /limits\.maxBytes/],
    [{ minSide: -1 }, /limits\.minSide/],
    [{ allowedFormats: [] }, /limits\.allowedFormats/],
    [{ allowedFormats: ['jpeg', 'svg'] }, /limits\.allowedFormats/],
    [{ animated: 'all' }, /limits\.animated/],
    [{ failOn: 'sometimes' }, /limits\.failOn/],
  ])('names the bad field: %j', (input, message) => {
    expect(() => parseImageLimits(input as never)).toThrow(message);
  });
});
