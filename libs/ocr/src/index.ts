export { createOcr, type Ocr, type OcrLine, type OcrModelInfo, type OcrOptions, type OcrTimings, type RawImage } from './ocr';
export { OcrConfigError, parseOcrConfig, STRIP_HEIGHT, type OcrConfig, type OcrModelFiles } from './config';
export { resolveModelFiles } from './model-files';
// Pure building blocks, exported for the describer's own post-processing and for tests.
export { ctcGreedyDecode, parseDictionary, type DecodedText } from './domain/ctc';
export { decodeDbMap, defaultDbOptions, type DbOptions, type DetectedBox, type ProbabilityMap } from './domain/db-postprocess';
export { minAreaRect, orderQuad, type Point, type Quad, type RotatedRect } from './domain/geometry';
export { readingOrder } from './domain/reading-order';
