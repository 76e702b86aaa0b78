// Public API of @vitrine/imaging: sniffing, validation and decoding of untrusted images with sharp, image
// facts, the model-ready derivative, the 64-bit DCT pHash and the near-duplicate cache fingerprint.

export { decodeAndValidate, DEFAULT_WORKING_MAX_SIDE, type DecodedImage, type DecodeOptions, type SourceInfo } from './decode';
export { createModelDerivative, parseDerivativeOptions, DEFAULT_DERIVATIVE, type DerivativeOptions, type ModelDerivative } from './derivative';
export { measureFacts, SHARPNESS_THUMBNAIL_SIDE, type ImageFacts } from './facts';
export { phashImage, type PerceptualHash } from './phash-image';
export { preprocessImage, type PreprocessedImage, type PreprocessOptions } from './preprocess';
export { cacheFingerprint, type CacheFingerprint } from './fingerprint';
export { sniffContentType, mimeOf, type SniffedFormat, type SniffedType } from './domain/sniff';
export { parseImageLimits, DEFAULT_IMAGE_LIMITS, INPUT_FORMATS, FAIL_ON_LEVELS, type ImageLimits, type InputFormat, type FailOnLevel } from './domain/limits';
export { ImageRejected, isImageRejected, REJECTION_CODES, type RejectionCode, type RejectionDetails } from './domain/rejection';
export { phashFromGrey32, phashHex, lowFrequencyDct, median, PHASH_SAMPLE_SIZE } from './domain/phash';
export { colourLayout, COLOUR_LAYOUT_GRID } from './domain/colour-layout';
export { laplacianVariance } from './domain/sharpness';
export { looksTruncated } from './domain/completeness';
export { borderWhiteness, flattenOnWhite, transparencyShare, type Raster } from './domain/raster';
