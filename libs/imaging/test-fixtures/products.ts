// Twenty synthetic "products" drawn as SVG, for the near-duplicate and preprocessing tests. Each draws
// itself in a 400×400 box around (0, 0) with a body colour `c` and an accent `a`, so the same product can
// be rendered in another colour. Several share a category (two mugs, two T-shirts) to make distinct
// products look alike the way a real catalogue does.

export interface ProductDesign {
  id: string;
  colour: string;
  accent: string;
  /** Another colour of the same product: a different product for the marketplace, must not match. */
  otherColour?: string;
  background: 'studio' | 'lifestyle';
  draw: (c: string, a: string) => string;
}

const FONT = `font-family="DejaVu Sans, sans-serif" font-weight="bold"`;

const mugBody = (c: string) =>
  `<rect x="-120" y="-140" width="220" height="280" rx="24" fill="${c}"/>` +
  `<path d="M100 -70 C 190 -70 190 70 100 70" stroke="${c}" stroke-width="34" fill="none"/>`;

const tshirt = (c: string) =>
  `<path d="M-70 -170 L-180 -120 L-200 -20 L-130 0 L-130 180 L130 180 L130 0 L200 -20 L180 -120 L70 -170 C40 -130 -40 -130 -70 -170 Z" fill="${c}"/>`;

export const PRODUCTS: readonly ProductDesign[] = [
  {
    id: 'mug-brew',
    colour: '#c0392b',
    accent: '#ffffff',
    otherColour: '#2f5fb3',
    background: 'studio',
    draw: (c, a) => mugBody(c) + `<text x="-10" y="20" text-anchor="middle" font-size="56" ${FONT} fill="${a}">BREW</text>`,
  },
  {
    id: 'mug-stripes',
    colour: '#f4d03f',
    accent: '#1b2631',
    background: 'studio',
    draw: (c, a) =>
      mugBody(c) + [-90, -40, 10, 60].map((y) => `<rect x="-120" y="${y}" width="220" height="18" fill="${a}"/>`).join(''),
  },
  {
    id: 'tshirt-summer',
    colour: '#1f3a93',
    accent: '#f7dc6f',
    otherColour: '#d35400',
    background: 'studio',
    draw: (c, a) => tshirt(c) + `<text x="0" y="40" text-anchor="middle" font-size="58" ${FONT} fill="${a}">SUMMER</text>`,
  },
  {
    id: 'tshirt-star',
    colour: '#27ae60',
    accent: '#ffffff',
    background: 'studio',
    draw: (c, a) => tshirt(c) + `<polygon points="0,-70 22,-8 88,-8 35,30 55,95 0,55 -55,95 -35,30 -88,-8 -22,-8" fill="${a}"/>`,
  },
  {
    id: 'bottle-aqua',
    colour: '#48c9b0',
    accent: '#154360',
    background: 'lifestyle',
    draw: (c, a) =>
      `<path d="M-30 -190 L30 -190 L30 -130 C90 -100 90 -60 90 -20 L90 170 C90 190 -90 190 -90 170 L-90 -20 C-90 -60 -90 -100 -30 -130 Z" fill="${c}"/>` +
      `<rect x="-90" y="0" width="180" height="90" fill="${a}"/><text x="0" y="62" text-anchor="middle" font-size="44" ${FONT} fill="#ffffff">AQUA</text>`,
  },
  {
    id: 'sneaker',
    colour: '#eeeeee',
    accent: '#e74c3c',
    background: 'studio',
    draw: (c, a) =>
      `<path d="M-190 60 C-190 -20 -120 -60 -60 -70 L20 -110 C60 -60 120 -30 190 0 L190 80 L-190 80 Z" fill="${c}" stroke="#555" stroke-width="6"/>` +
      `<rect x="-195" y="70" width="390" height="36" rx="12" fill="#333"/>` +
      `<path d="M-120 30 C-40 -10 60 -10 140 20" stroke="${a}" stroke-width="22" fill="none"/>`,
  },
  {
    id: 'book-sea',
    colour: '#0e6655',
    accent: '#fdfefe',
    background: 'lifestyle',
    draw: (c, a) =>
      `<rect x="-130" y="-180" width="260" height="360" fill="${c}"/><rect x="-130" y="-180" width="18" height="360" fill="#0b3d35"/>` +
      `<text x="10" y="-90" text-anchor="middle" font-size="36" ${FONT} fill="${a}">THE QUIET</text>` +
      `<text x="10" y="-45" text-anchor="middle" font-size="36" ${FONT} fill="${a}">SEA</text>` +
      `<path d="M-100 80 Q-60 40 -20 80 T60 80 T140 80" stroke="${a}" stroke-width="10" fill="none"/>`,
  },
  {
    id: 'box-acme',
    colour: '#d4a373',
    accent: '#6c3b12',
    background: 'studio',
    draw: (c, a) =>
      `<polygon points="-160,-60 0,-140 160,-60 0,20" fill="#e9c79b"/><polygon points="-160,-60 0,20 0,190 -160,110" fill="${c}"/>` +
      `<polygon points="0,20 160,-60 160,110 0,190" fill="#b5835a"/>` +
      `<text x="-80" y="90" text-anchor="middle" font-size="40" ${FONT} fill="${a}" transform="skewY(27)">ACME</text>`,
  },
  {
    id: 'watch',
    colour: '#7b4a2a',
    accent: '#fdfefe',
    otherColour: '#1c2e4a',
    background: 'studio',
    draw: (c, a) =>
      `<rect x="-55" y="-200" width="110" height="400" rx="30" fill="${c}"/>` +
      `<circle r="110" fill="#7f8c8d"/><circle r="95" fill="${a}"/>` +
      `<line x1="0" y1="0" x2="0" y2="-70" stroke="#222" stroke-width="10"/><line x1="0" y1="0" x2="50" y2="20" stroke="#222" stroke-width="8"/>`,
  },
  {
    id: 'phone',
    colour: '#2c3e50',
    accent: '#85c1e9',
    background: 'studio',
    draw: (c, a) =>
      `<rect x="-110" y="-200" width="220" height="400" rx="32" fill="${c}"/><rect x="-95" y="-170" width="190" height="340" rx="10" fill="${a}"/>` +
      `<circle cx="0" cy="-185" r="6" fill="#111"/><rect x="-60" y="-120" width="120" height="70" rx="8" fill="#ffffff" opacity="0.7"/>`,
  },
  {
    id: 'backpack',
    colour: '#196f3d',
    accent: '#0b2e1a',
    otherColour: '#e67e22',
    background: 'lifestyle',
    draw: (c, a) =>
      `<path d="M-60 -190 C-60 -230 60 -230 60 -190" stroke="${a}" stroke-width="16" fill="none"/>` +
      `<rect x="-150" y="-190" width="300" height="370" rx="90" fill="${c}"/><rect x="-100" y="40" width="200" height="120" rx="30" fill="${a}"/>` +
      `<line x1="-80" y1="60" x2="80" y2="60" stroke="#f0f0f0" stroke-width="6"/>`,
  },
  {
    id: 'sunglasses',
    colour: '#111111',
    accent: '#5d6d7e',
    background: 'studio',
    draw: (c, a) =>
      `<ellipse cx="-95" cy="0" rx="85" ry="65" fill="${a}" stroke="${c}" stroke-width="16"/>` +
      `<ellipse cx="95" cy="0" rx="85" ry="65" fill="${a}" stroke="${c}" stroke-width="16"/>` +
      `<path d="M-20 -10 Q0 -30 20 -10" stroke="${c}" stroke-width="14" fill="none"/>` +
      `<line x1="-180" y1="-20" x2="-200" y2="-40" stroke="${c}" stroke-width="14"/><line x1="180" y1="-20" x2="200" y2="-40" stroke="${c}" stroke-width="14"/>`,
  },
  {
    id: 'cap',
    colour: '#a93226',
    accent: '#fdfefe',
    otherColour: '#7f8c8d',
    background: 'studio',
    draw: (c, a) =>
      `<path d="M-150 40 C-150 -150 150 -150 150 40 Z" fill="${c}"/><path d="M60 30 C150 20 220 40 220 70 C160 80 100 70 40 60 Z" fill="${c}"/>` +
      `<circle cx="0" cy="-115" r="12" fill="${a}"/><text x="-10" y="-10" text-anchor="middle" font-size="44" ${FONT} fill="${a}">NY</text>`,
  },
  {
    id: 'vase',
    colour: '#5dade2',
    accent: '#1a5276',
    background: 'lifestyle',
    draw: (c, a) =>
      `<path d="M-50 -190 L50 -190 L40 -140 C140 -80 140 120 70 190 L-70 190 C-140 120 -140 -80 -40 -140 Z" fill="${c}"/>` +
      [-60, 0, 60, 120].map((y) => `<rect x="-115" y="${y}" width="230" height="16" fill="${a}"/>`).join(''),
  },
  {
    id: 'headphones',
    colour: '#34495e',
    accent: '#e5e7e9',
    background: 'studio',
    draw: (c, a) =>
      `<path d="M-150 40 C-150 -200 150 -200 150 40" stroke="${c}" stroke-width="30" fill="none"/>` +
      `<rect x="-185" y="10" width="80" height="140" rx="30" fill="${c}"/><rect x="105" y="10" width="80" height="140" rx="30" fill="${c}"/>` +
      `<rect x="-170" y="30" width="50" height="100" rx="20" fill="${a}"/><rect x="120" y="30" width="50" height="100" rx="20" fill="${a}"/>`,
  },
  {
    id: 'plate-dots',
    colour: '#fdfefe',
    accent: '#c0392b',
    background: 'studio',
    draw: (c, a) => {
      let dots = '';
      for (let y = -120; y <= 120; y += 60) for (let x = -120; x <= 120; x += 60) if (x * x + y * y < 150 * 150) dots += `<circle cx="${x}" cy="${y}" r="14" fill="${a}"/>`;
      return `<circle r="190" fill="#d5d8dc"/><circle r="175" fill="${c}"/>` + dots;
    },
  },
  {
    id: 'socks',
    colour: '#8e44ad',
    accent: '#f5b041',
    background: 'studio',
    draw: (c, a) =>
      `<path d="M-80 -190 L40 -190 L40 60 C40 120 140 110 170 140 C190 170 170 200 120 200 L-20 200 C-80 200 -80 150 -80 100 Z" fill="${c}"/>` +
      [-150, -100, -50].map((y) => `<rect x="-80" y="${y}" width="120" height="22" fill="${a}"/>`).join(''),
  },
  {
    id: 'keyboard',
    colour: '#566573',
    accent: '#f8f9f9',
    background: 'lifestyle',
    draw: (c, a) => {
      let keys = '';
      for (let r = 0; r < 4; r++) for (let k = 0; k < 10; k++) keys += `<rect x="${-185 + k * 37}" y="${-55 + r * 30}" width="30" height="24" rx="4" fill="${a}"/>`;
      return `<rect x="-200" y="-75" width="400" height="150" rx="14" fill="${c}"/>` + keys;
    },
  },
  {
    id: 'candle',
    colour: '#d7bde2',
    accent: '#4a235a',
    background: 'lifestyle',
    draw: (c, a) =>
      `<rect x="-110" y="-140" width="220" height="310" rx="20" fill="${c}" opacity="0.95"/><rect x="-110" y="-20" width="220" height="110" fill="#fdfefe"/>` +
      `<text x="0" y="48" text-anchor="middle" font-size="34" ${FONT} fill="${a}">LAVENDER</text>` +
      `<line x1="0" y1="-140" x2="0" y2="-175" stroke="#333" stroke-width="6"/><ellipse cx="0" cy="-195" rx="10" ry="20" fill="#f39c12"/>`,
  },
  {
    id: 'lamp',
    colour: '#f0b27a',
    accent: '#5d4037',
    background: 'lifestyle',
    draw: (c, a) =>
      `<polygon points="-80,-190 80,-190 150,-40 -150,-40" fill="${c}"/><rect x="-12" y="-40" width="24" height="200" fill="${a}"/>` +
      `<ellipse cx="0" cy="170" rx="110" ry="24" fill="${a}"/>`,
  },
];
