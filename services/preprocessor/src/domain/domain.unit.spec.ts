import { describe, expect, it } from 'vitest';
import type { ImageUploaded } from '@vitrine/contracts';
import { encodeCachedDescription, type NearDupMatch } from '@vitrine/neardup';
import { sampleUpload } from '@vitrine/testkit';
import { sampleDescription } from '../testing';
import { decideCache } from './cache-decision';
import { buildCachedDescriptionGenerated, buildImagePreprocessed } from './events';
import { rejectionReason } from './poison';

const model = { modelId: 'offline-ocr-color', modelVersion: 'offline-1', promptTemplateId: 'describe.home', promptTemplateVersion: '1.0.0' };
const cached = { description: sampleDescription(), model, sourceImageId: 'src', sourceEventId: 'e', generatedAt: 5 };
const match = (payload: string): NearDupMatch => ({ imageId: 'src', distance: 3, colourDistance: 1.5, hash: '0'.repeat(16), payload: Buffer.from(payload) });
const meta = { modelVersion: 'offline-1', producer: 'preprocessor@t', now: 42 };
const upload: ImageUploaded = sampleUpload(1);

describe('cache decision', () => {
  it('hit with the decoded entry', () => {
    expect(decideCache(match(encodeCachedDescription(cached)), 'offline-1')).toEqual({ kind: 'hit', cached, sourceImageId: 'src', distance: 3, colourDistance: 1.5 });
  });
  it('miss without a match, on an unreadable entry, and on another model version', () => {
    expect(decideCache(null, 'offline-1')).toEqual({ kind: 'miss', reason: 'no_match' });
    expect(decideCache(match('garbage'), 'offline-1')).toMatchObject({ kind: 'miss', reason: 'unreadable_entry', detail: expect.stringMatching(/src.*not JSON/) });
    expect(decideCache(match(encodeCachedDescription(cached)), 'offline-2')).toMatchObject({ kind: 'miss', reason: 'other_model_version' });
  });
});

describe('event builders', () => {
  it('ids are deterministic per upload and model version, and a hit never shares the miss id', () => {
    const facts = { format: 'jpeg', width: 10, height: 20, aspect: 0.5, sharpness: 1, backgroundWhiteness: 1, transparencyShare: 0.25 } as never;
    const miss = buildImagePreprocessed(upload, { uri: 'blob://x', width: 5, height: 10 }, facts, 'ab'.repeat(8), meta);
    expect(miss.facts).toEqual({ format: 'jpeg', width: 10, height: 20, aspect: 0.5, sharpness: 1, backgroundWhiteness: 1, transparency: 0.25 });
    expect(buildImagePreprocessed(upload, { uri: 'blob://x', width: 5, height: 10 }, facts, 'ab'.repeat(8), { ...meta, now: 99 }).eventId).toBe(miss.eventId);
    expect(buildImagePreprocessed(upload, { uri: 'blob://x', width: 5, height: 10 }, facts, 'ab'.repeat(8), { ...meta, modelVersion: 'offline-2' }).eventId).not.toBe(miss.eventId);
    const hit = buildCachedDescriptionGenerated(upload, cached, 'blob://d', { read: 1 }, meta);
    expect(hit.eventId).not.toBe(miss.eventId);
    expect(hit).toMatchObject({ cached: true, cacheSourceImageId: 'src', modelId: 'offline-ocr-color', occurredAt: 42, timingsMs: { read: 1 } });
  });
  it('refuses to emit a cached description of another model version', () => {
    expect(() => buildCachedDescriptionGenerated(upload, { ...cached, model: { ...model, modelVersion: 'x' } }, 'blob://d', {}, meta)).toThrow(/model version x/);
  });
  it('dead-letter reasons name the rejection', () => {
    expect(rejectionReason('too_many_pixels')).toBe('image_too_many_pixels');
  });
});
