/**
 * A line of text read by OCR, as the OCR library returns it (`OcrLine = {text, confidence, box: number[8]}`):
 * confidence in 0..1, box the quadrilateral x1,y1,…,x4,y4 in derivative pixels. Declared here so the domain does not
 * depend on the OCR library; the shapes are structurally identical.
 */
export interface OcrLineInput {
  text: string;
  confidence: number;
  box: readonly number[];
}

/** Top, bottom and height of a line's quadrilateral; null when the box is not 8 finite numbers. */
export function lineGeometry(box: readonly number[]): { top: number; bottom: number; height: number } | null {
  if (box.length !== 8 || box.some((v) => !Number.isFinite(v))) return null;
  const ys = [box[1]!, box[3]!, box[5]!, box[7]!];
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  return { top, bottom, height: bottom - top };
}
