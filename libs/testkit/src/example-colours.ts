import sharp from 'sharp';
import { colors as taxonomyColors, deltaE2000, srgbToLab, type Lab } from '@vitrine/taxonomy';

// How the tests judge the colours a describer names on the example photos, independently of the describer's own
// background estimation and clustering.

/** The taxonomy's Lab reference of a colour code, or undefined for an unknown code. */
export const colourLab = (code: string): Lab | undefined => taxonomyColors.find((c) => c.code === code)?.lab ?? undefined;

/** The taxonomy colour closest to `lab` by CIEDE2000. */
export const nearestColourCode = (lab: Lab): string =>
  taxonomyColors.filter((c) => c.lab).reduce((best, c) => (deltaE2000(lab, c.lab!) < deltaE2000(lab, best.lab!) ? c : best)).code;

/** The background as a test sees it: the mean colour of the image's four 8×8 corners, as a taxonomy colour code. */
export async function cornerBackgroundCode(image: Buffer | string): Promise<string> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let r = 0, g = 0, b = 0, n = 0;
  for (const [x0, y0] of [[0, 0], [info.width - 8, 0], [0, info.height - 8], [info.width - 8, info.height - 8]] as const) {
    for (let y = y0; y < y0 + 8; y++) for (let x = x0; x < x0 + 8; x++) {
      const p = (y * info.width + x) * 3;
      r += data[p]!; g += data[p + 1]!; b += data[p + 2]!; n++;
    }
  }
  return nearestColourCode(srgbToLab(r / n, g / n, b / n));
}
