import type { Pair, PairingSchool } from '../domain/pairing/types';
import type { Language } from '../i18n/bilingual';

/**
 * The pairs as a picture: schools as points by their registry coordinates, a line from each school to
 * its partner, colour by municipality. Plain SVG text, no map tiles: nothing leaves the machine. The
 * task pane shows it, the README shows it rendered to PNG (test/e2e/pairing-picture.test.ts).
 */

export interface PairingPictureInput {
  schools: readonly PairingSchool[];
  pairs: readonly Pair[];
  /** Keys of the schools that need partners (drawn as squares). */
  needy: ReadonlySet<string>;
  width?: number;
  height?: number;
  title?: string;
  language?: Language;
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#393b79', '#637939'];

const escapeXml = (s: string): string => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const located = (s: PairingSchool | undefined): s is PairingSchool & { latitude: number; longitude: number } =>
  !!s && typeof s.latitude === 'number' && typeof s.longitude === 'number';

/** The colour of each municipality, in the order of their names (stable between runs). */
export const municipalityColours = (schools: readonly PairingSchool[]): Map<string, string> => {
  const names = [...new Set(schools.map((s) => s.municipality ?? '—'))].sort((a, b) => a.localeCompare(b, 'ru'));
  return new Map(names.map((n, i) => [n, PALETTE[i % PALETTE.length]]));
};

export const pairingPictureSvg = (input: PairingPictureInput): string => {
  const width = input.width ?? 640;
  const height = input.height ?? 480;
  const byKey = new Map(input.schools.map((s) => [s.key, s]));
  const involved = new Set<string>([...input.needy]);
  for (const p of input.pairs) involved.add(p.partnerSchoolKey);
  const shown = [...involved].map((k) => byKey.get(k)).filter(located);
  const colours = municipalityColours(shown);
  const legendHeight = 18 * Math.min(colours.size, 12) + 42;
  const margin = 16;
  const plotTop = input.title ? 34 : margin;
  const plotHeight = height - plotTop - margin - legendHeight;
  const lats = shown.map((s) => s.latitude);
  const lons = shown.map((s) => s.longitude);
  const minLat = Math.min(...lats), maxLat = Math.max(...lats), minLon = Math.min(...lons), maxLon = Math.max(...lons);
  // Equirectangular with the mean latitude's scale: distances look as they are at city or region size.
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * kx, 1e-6);
  const spanY = Math.max(maxLat - minLat, 1e-6);
  const scale = Math.min((width - 2 * margin) / spanX, plotHeight / spanY);
  const x = (s: { longitude: number }) => margin + (s.longitude - minLon) * kx * scale;
  const y = (s: { latitude: number }) => plotTop + plotHeight - (s.latitude - minLat) * scale;
  const f = (v: number) => v.toFixed(1);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="Segoe UI, DejaVu Sans, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  if (input.title) parts.push(`<text x="${margin}" y="22" font-size="14" font-weight="600" fill="#222">${escapeXml(input.title)}</text>`);
  for (const p of input.pairs) {
    const a = byKey.get(p.schoolKey);
    const b = byKey.get(p.partnerSchoolKey);
    if (!located(a) || !located(b)) continue;
    const colour = colours.get(a.municipality ?? '—') ?? '#555';
    const dash = a.municipality !== b.municipality ? ' stroke-dasharray="4 3"' : '';
    parts.push(`<line x1="${f(x(a))}" y1="${f(y(a))}" x2="${f(x(b))}" y2="${f(y(b))}" stroke="${colour}" stroke-width="1.4" stroke-opacity="0.8"${dash}><title>${escapeXml(`${p.schoolName} → ${p.partnerName}`)}</title></line>`);
  }
  for (const s of shown) {
    const colour = colours.get(s.municipality ?? '—') ?? '#555';
    const title = `<title>${escapeXml(s.name)}${s.municipality ? ` (${escapeXml(s.municipality)})` : ''}</title>`;
    if (input.needy.has(s.key)) parts.push(`<rect x="${f(x(s) - 3.5)}" y="${f(y(s) - 3.5)}" width="7" height="7" fill="#fff" stroke="${colour}" stroke-width="2">${title}</rect>`);
    else parts.push(`<circle cx="${f(x(s))}" cy="${f(y(s))}" r="4" fill="${colour}">${title}</circle>`);
  }
  const en = input.language === 'en';
  let ly = height - legendHeight + 14;
  parts.push(
    `<text x="${margin}" y="${ly}" font-size="11" fill="#444">${en ? '□ school with deficits  ● partner' : '□ школа с дефицитами  ● партнёр'}</text>`,
    `<text x="${margin}" y="${ly + 14}" font-size="11" fill="#444">${en ? '— same municipality  - - another' : '— свой муниципалитет  - - другой'}</text>`,
  );
  ly += 14;
  const names = [...colours.entries()];
  for (const [name, colour] of names.slice(0, 12)) {
    ly += 18;
    parts.push(`<circle cx="${margin + 5}" cy="${ly - 4}" r="5" fill="${colour}"/><text x="${margin + 16}" y="${ly}" font-size="11" fill="#222">${escapeXml(name)}</text>`);
  }
  if (names.length > 12) parts.push(`<text x="${margin + 200}" y="${ly}" font-size="11" fill="#666">${en ? `and ${names.length - 12} more` : `и ещё ${names.length - 12}`}</text>`);
  parts.push('</svg>');
  return parts.join('');
};
