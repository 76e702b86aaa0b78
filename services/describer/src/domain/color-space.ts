/**
 * sRGB → linear RGB → CIE XYZ (D65, 2° observer) → CIELAB.
 *
 * - sRGB transfer function and the linear-RGB→XYZ matrix: IEC 61966-2-1:1999 (as tabulated by Bruce Lindbloom,
 *   http://www.brucelindbloom.com/index.html?Eqn_RGB_XYZ_Matrix.html).
 * - XYZ→Lab: CIE 15:2004, with the exact ε = (6/29)³ and κ-form of the linear segment.
 * The reference white is taken as the matrix applied to RGB (1,1,1), so sRGB white maps to exactly L=100, a=b=0.
 */
export type Lab = readonly [number, number, number];
export type Rgb = readonly [number, number, number];

const M = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
] as const;
const XN = M[0][0] + M[0][1] + M[0][2];
const YN = M[1][0] + M[1][1] + M[1][2];
const ZN = M[2][0] + M[2][1] + M[2][2];

const EPS = (6 / 29) ** 3;
const f = (t: number): number => (t > EPS ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
const fInv = (t: number): number => (t > 6 / 29 ? t ** 3 : 3 * (6 / 29) ** 2 * (t - 4 / 29));

/** sRGB component (0..1) → linear light. */
export const srgbToLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
/** Linear light → sRGB component (0..1). */
export const linearToSrgb = (c: number): number => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** Linear light per 8-bit code value: one table lookup instead of a pow per pixel channel. */
const LINEAR_8BIT: Float64Array = (() => {
  const t = new Float64Array(256);
  for (let i = 0; i < 256; i++) t[i] = srgbToLinear(i / 255);
  return t;
})();

export function linearRgbToXyz(r: number, g: number, b: number): [number, number, number] {
  return [
    M[0][0] * r + M[0][1] * g + M[0][2] * b,
    M[1][0] * r + M[1][1] * g + M[1][2] * b,
    M[2][0] * r + M[2][1] * g + M[2][2] * b,
  ];
}

export function xyzToLab(x: number, y: number, z: number): [number, number, number] {
  const fx = f(x / XN);
  const fy = f(y / YN);
  const fz = f(z / ZN);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** 8-bit sRGB → Lab. */
export function rgbToLab(r: number, g: number, b: number): [number, number, number] {
  const [x, y, z] = linearRgbToXyz(LINEAR_8BIT[r & 255]!, LINEAR_8BIT[g & 255]!, LINEAR_8BIT[b & 255]!);
  return xyzToLab(x, y, z);
}

/** Inverse of M, for Lab → sRGB. */
const MI = (() => {
  const [[a, b, c], [d, e, g], [h, i, j]] = M;
  const det = a * (e * j - g * i) - b * (d * j - g * h) + c * (d * i - e * h);
  return [
    [(e * j - g * i) / det, (c * i - b * j) / det, (b * g - c * e) / det],
    [(g * h - d * j) / det, (a * j - c * h) / det, (c * d - a * g) / det],
    [(d * i - e * h) / det, (b * h - a * i) / det, (a * e - b * d) / det],
  ] as const;
})();

/** Lab → 8-bit sRGB, clipped to the gamut (for rendering swatches and synthetic test images). */
export function labToRgb(L: number, a: number, b: number): [number, number, number] {
  const fy = (L + 16) / 116;
  const x = XN * fInv(fy + a / 500);
  const y = YN * fInv(fy);
  const z = ZN * fInv(fy - b / 200);
  const lin = [
    MI[0][0] * x + MI[0][1] * y + MI[0][2] * z,
    MI[1][0] * x + MI[1][1] * y + MI[1][2] * z,
    MI[2][0] * x + MI[2][1] * y + MI[2][2] * z,
  ];
  return lin.map((c) => Math.round(255 * Math.min(1, Math.max(0, linearToSrgb(Math.min(1, Math.max(0, c))))))) as [number, number, number];
}

/** "#RRGGBB" → Lab, for building a colour vocabulary from hex swatches. */
export function hexToLab(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new RangeError(`not a #RRGGBB colour: ${hex}`);
  return rgbToLab(parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16));
}

/** Chroma C*ab. */
export const chroma = (lab: Lab): number => Math.hypot(lab[1], lab[2]);
