import { colors } from './data/colors';
import { deltaE2000, type Lab } from './color-science';

export interface ColorMatch {
  code: string;
  /** CIEDE2000 distance to the colour's reference. */
  deltaE: number;
}

const chromatic = colors.filter((c): c is typeof c & { lab: Lab } => c.lab !== null);

/** The `k` vocabulary colours nearest to a measured L*a*b* (D65) value, nearest first (CIEDE2000). */
export function nearestColors(lab: Lab, k = 3): ColorMatch[] {
  return chromatic
    .map((c) => ({ code: c.code, deltaE: Math.round(deltaE2000(lab, c.lab) * 100) / 100 }))
    .sort((a, b) => a.deltaE - b.deltaE)
    .slice(0, k);
}
