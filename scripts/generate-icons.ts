/**
 * Draws the ribbon and store icons (assets/icon-<size>.png): a green rounded square with a white
 * column on a base - «опора», a support. Run: node -r @swc-node/register scripts/generate-icons.ts
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { encodePng } from './png';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const BACKGROUND = [0x21, 0x73, 0x46]; // Excel green
const FOREGROUND = [0xff, 0xff, 0xff];
const SUPERSAMPLING = 4;

const insideRoundedSquare = (x: number, y: number, radius: number): boolean => {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};

/** The glyph in unit coordinates: a capital, a shaft and a base. */
const insideGlyph = (x: number, y: number): boolean =>
  (y >= 0.2 && y < 0.3 && x >= 0.25 && x <= 0.75) ||
  (y >= 0.3 && y < 0.7 && x >= 0.4 && x <= 0.6) ||
  (y >= 0.7 && y <= 0.8 && x >= 0.2 && x <= 0.8);

export const drawIcon = (size: number): Uint8Array => {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLING;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let glyph = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (!insideRoundedSquare(x, y, 0.18)) continue;
          cover++;
          if (insideGlyph(x, y)) glyph++;
        }
      }
      const i = (py * size + px) * 4;
      const g = cover === 0 ? 0 : glyph / cover;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BACKGROUND[c] * (1 - g) + FOREGROUND[c] * g);
      rgba[i + 3] = Math.round((255 * cover) / (n * n));
    }
  }
  return rgba;
};

export const writeIcons = (directory: string): string[] => {
  mkdirSync(directory, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(directory, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    return file;
  });
};

if (require.main === module) {
  for (const file of writeIcons(join(__dirname, '..', 'assets'))) console.log(file);
}
