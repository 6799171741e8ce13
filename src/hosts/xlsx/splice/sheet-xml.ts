import { elements } from '../fast/xml-text';

/**
 * A sheet ExcelJS rendered, made to live in the user's package: its cell formats moved past the user's
 * (s="…" on cells and rows, style="…" on columns, dxfId="…" on conditional formats) and its shared
 * strings written inline, so a regenerated sheet leaves none of its strings behind in the user's
 * sharedStrings.xml. An empty string stays shared (`emptyString()`: its index there): readers take an
 * empty inline string for an empty cell, and Opora's sheets hold "" where the user is to type.
 */

/** The inner XML of each <si> of a sharedStrings part: what an inline string's <is> holds. */
export const sharedStringBodies = (xml: string | null): string[] => (xml ? elements(xml, 'si').map((si) => si.body) : []);

/** One pass over the sheet: cells (with a shared string value or not), rows, columns, conditional formats' dxfId. */
const TAG = /<(c|row|col) ([^>]*?)(\/?)>(?:<v>(\d+)<\/v><\/c>)?|\sdxfId="(\d+)"/g;

/** The attribute text with the number in `name="…"` moved by `by`. */
const shifted = (attrs: string, name: string, by: number): string => {
  if (by === 0) return attrs;
  const at = attrs.startsWith(`${name}="`) ? 0 : attrs.indexOf(` ${name}="`) + 1 || -1;
  if (at < 0) return attrs;
  const start = at + name.length + 2;
  const end = attrs.indexOf('"', start);
  return `${attrs.slice(0, start)}${Number(attrs.slice(start, end)) + by}${attrs.slice(end)}`;
};

const isEmptyText = (body: string): boolean => /^<t(\s[^>]*)?(\/>|><\/t>)$/.test(body);

export const spliceSheetXml = (xml: string, strings: readonly string[], xfOffset: number, dxfOffset: number, emptyString: () => number): string =>
  xml.replace(TAG, (whole: string, tag: string | undefined, attrs: string, slash: string, v: string | undefined, dxf: string | undefined) => {
    if (tag === undefined) return ` dxfId="${Number(dxf) + dxfOffset}"`;
    const styled = shifted(attrs, tag === 'col' ? 'style' : 's', xfOffset);
    if (v === undefined) return `<${tag} ${styled}${slash}>`;
    if (attrs.indexOf(' t="s"') < 0) return `<c ${styled}${slash}><v>${v}</v></c>`;
    const body = strings[Number(v)] ?? '<t></t>';
    return isEmptyText(body) ? `<c ${styled}><v>${emptyString()}</v></c>` : `<c ${styled.replace(' t="s"', ' t="inlineStr"')}><is>${body}</is></c>`;
  });

const EMPTY_SI = /<si>\s*<t(?:\s[^>]*)?(?:\/>|><\/t>)\s*<\/si>|<si\/>/;

/** The index of an empty string in a sharedStrings part, appending one when it has none; `xml` is the part after. */
export const withEmptyString = (sst: string): { xml: string; index: number } => {
  const found = EMPTY_SI.exec(sst);
  const count = (upTo: number) => {
    let n = 0;
    for (let at = sst.indexOf('<si', 0); at >= 0 && at < upTo; at = sst.indexOf('<si', at + 3)) {
      const next = sst.charCodeAt(at + 3);
      if (next === 62 || next === 32 || next === 47) n++;
    }
    return n;
  };
  if (found) return { xml: sst, index: count(found.index) };
  const index = count(sst.length);
  const xml = sst
    .replace(/<\/sst\s*>/, '<si><t></t></si></sst>')
    .replace(/(<sst\b[^>]*?\suniqueCount=")\d*"/, `$1${index + 1}"`)
    .replace(/(<sst\b[^>]*?\scount=")(\d*)"/, (_, head: string, n: string) => `${head}${Number(n || 0) + 1}"`);
  return { xml, index };
};
