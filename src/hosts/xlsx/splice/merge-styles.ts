import { attr, elements } from '../fast/xml-text';

/**
 * Appends the styles of Opora's freshly rendered sheets (ExcelJS's styles.xml) to the user's styles.xml:
 * the user's own fonts, fills, borders, number formats, cell formats and differential formats keep their
 * indices, Opora's come after them. The sheets' s="…" and dxfId="…" then add the offsets returned.
 */

/** CT_Stylesheet's children in schema order (ECMA-376 §18.8.39). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type Section = (typeof ORDER)[number];
const ITEM: Partial<Record<Section, string>> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };

/** First built-in-free number format id (ECMA-376 §18.8.30). */
const FIRST_CUSTOM_FORMAT = 164;

interface Found {
  start: number;
  /** The opening tag as written (`<fonts count="2">`, or `<dxfs count="0"/>` for an empty one). */
  open: string;
  body: string;
  end: number;
}

const find = (xml: string, section: Section): Found | null => {
  const m = new RegExp(`<${section}(?=[\\s/>])[^>]*>`).exec(xml);
  if (!m) return null;
  const bodyStart = m.index + m[0].length;
  if (m[0].endsWith('/>')) return { start: m.index, open: m[0], body: '', end: bodyStart };
  const close = xml.indexOf(`</${section}>`, bodyStart);
  if (close < 0) return null;
  return { start: m.index, open: m[0], body: xml.slice(bodyStart, close), end: close + section.length + 3 };
};

const countOf = (found: Found | null, section: Section): number => (found ? elements(found.body, ITEM[section]!).length : 0);

/** Adds `items` (n elements) at the end of the section, creating it in schema order when the file lacks it. */
const append = (xml: string, section: Section, items: string, n: number): string => {
  if (n === 0) return xml;
  const found = find(xml, section);
  if (found) {
    const open = found.open.replace(/\s*\/>$/, '>').replace(/\scount="[^"]*"/, '').replace(new RegExp(`^<${section}`), `<${section} count="${countOf(found, section) + n}"`);
    return `${xml.slice(0, found.start)}${open}${found.body}${items}</${section}>${xml.slice(found.end)}`;
  }
  const block = `<${section} count="${n}">${items}</${section}>`;
  for (const later of ORDER.slice(ORDER.indexOf(section) + 1)) {
    const at = find(xml, later);
    if (at) return `${xml.slice(0, at.start)}${block}${xml.slice(at.start)}`;
  }
  return xml.replace(/<\/styleSheet\s*>/, `${block}</styleSheet>`);
};

const setAttr = (element: string, name: string, value: number): string => element.replace(new RegExp(`(\\s${name}=")[^"]*"`), `$1${value}"`);

export interface MergedStyles {
  xml: string;
  /** Added to a rendered cell format index (s="…", style="…"). */
  xfOffset: number;
  /** Added to a rendered differential format index (dxfId="…"). */
  dxfOffset: number;
}

export const mergeStyles = (original: string, rendered: string): MergedStyles => {
  let xml = original;
  const numFmtIds = new Map<number, number>();
  const existing = elements(find(original, 'numFmts')?.body ?? '', 'numFmt').map((f) => ({ id: Number(attr(f, 'numFmtId')), code: attr(f, 'formatCode') }));
  let next = Math.max(FIRST_CUSTOM_FORMAT - 1, ...existing.map((f) => f.id).filter(Number.isFinite)) + 1;
  const newFormats: string[] = [];
  for (const f of elements(find(rendered, 'numFmts')?.body ?? '', 'numFmt')) {
    const id = Number(attr(f, 'numFmtId'));
    const code = attr(f, 'formatCode') ?? '';
    const same = existing.find((e) => e.code === code);
    if (same) numFmtIds.set(id, same.id);
    else {
      numFmtIds.set(id, next);
      newFormats.push(`<numFmt numFmtId="${next}" formatCode="${code.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"/>`);
      next++;
    }
  }
  xml = append(xml, 'numFmts', newFormats.join(''), newFormats.length);

  const offsets: Partial<Record<Section, number>> = {};
  for (const section of ['fonts', 'fills', 'borders', 'dxfs'] as const) {
    const mine = find(rendered, section);
    offsets[section] = countOf(find(xml, section), section);
    if (mine) xml = append(xml, section, mine.body, countOf(mine, section));
  }
  const xfOffset = countOf(find(xml, 'cellXfs'), 'cellXfs');
  const renderedXfs = find(rendered, 'cellXfs');
  const xfs = (renderedXfs?.body ?? '').replace(/<xf\b[^>]*>/g, (tag) => {
    const shift = (name: string, by: (n: number) => number) => {
      const v = attr({ attrs: ` ${tag.slice(3)}` }, name);
      if (v !== null) tag = setAttr(tag, name, by(Number(v)));
    };
    shift('numFmtId', (n) => numFmtIds.get(n) ?? n);
    shift('fontId', (n) => n + offsets.fonts!);
    shift('fillId', (n) => n + offsets.fills!);
    shift('borderId', (n) => n + offsets.borders!);
    return tag;
  });
  xml = append(xml, 'cellXfs', xfs, renderedXfs ? countOf(renderedXfs, 'cellXfs') : 0);
  return { xml, xfOffset, dxfOffset: offsets.dxfs! };
};
