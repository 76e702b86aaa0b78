import { describe, expect, it } from 'vitest';
import { emptyDescription } from '@vitrine/contracts/testing';
import { CachedDescriptionError, decodeCachedDescription, encodeCachedDescription, type CachedDescription } from './cached-description';

const description = emptyDescription({
  category: { code: 'home.kitchen.mug', confidence: 0.9, source: 'hint' },
  colors: [{ code: 'red', confidence: 0.8, source: 'color' }],
  attributes: [{ name: 'capacity', value: '350', unit: 'ml', confidence: 0.7, source: 'ocr' }],
  printedText: [{ text: '350 ml', language: 'en', confidence: 0.95, box: [1, 2, 3, 4, 5, 6, 7, 8] }],
});

const entry: CachedDescription = {
  description,
  model: { modelId: 'offline-ocr-color', modelVersion: 'offline-1', promptTemplateId: 'describe.home', promptTemplateVersion: '1.0.0' },
  sourceImageId: 'a'.repeat(64),
  sourceEventId: 'evt-1',
  generatedAt: 1_700_000_000_000,
};

describe('cached description payload', () => {
  it('round-trips through a string and through bytes', () => {
    const text = encodeCachedDescription(entry);
    expect(decodeCachedDescription(text)).toEqual(entry);
    expect(decodeCachedDescription(Buffer.from(text, 'utf8'))).toEqual(entry);
  });

  it('refuses a payload that is not JSON, naming the problem', () => {
    expect(() => decodeCachedDescription('not json')).toThrow(/not JSON/);
  });

  it('refuses another format version', () => {
    const other = JSON.stringify({ ...JSON.parse(encodeCachedDescription(entry)), v: 2 });
    expect(() => decodeCachedDescription(other)).toThrow(CachedDescriptionError);
    expect(() => decodeCachedDescription(other)).toThrow(/field v /);
  });

  it('names the bad field deep inside the description', () => {
    const bad = JSON.parse(encodeCachedDescription(entry));
    bad.description.colors[0].source = 'guess';
    expect(() => decodeCachedDescription(JSON.stringify(bad))).toThrow(/description\.colors\[0\]\.source/);
    bad.description.colors[0].source = 'color';
    bad.description.printedText[0].confidence = 3;
    expect(() => decodeCachedDescription(JSON.stringify(bad))).toThrow(/description\.printedText\[0\]\.confidence/);
  });

  it('refuses a missing model field and a bad timestamp', () => {
    const bad = JSON.parse(encodeCachedDescription(entry));
    delete bad.model.modelVersion;
    expect(() => decodeCachedDescription(JSON.stringify(bad))).toThrow(/model\.modelVersion/);
    expect(() => encodeCachedDescription({ ...entry, generatedAt: -1 })).toThrow(/generatedAt/);
  });
});
