// Scoring helpers for tests and benchmarks that read the example images (`@vitrine/ocr/testing`).
export * from './text-accuracy';
