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

const CELL = /<c ([^>]*?)(\/?)>(?:<v>(\d+)<\/v><\/c>)?/g;
const STYLE = /(^|\s)s="(\d+)"/;

const isEmptyText = (body: string): boolean => /^<t(\s[^>]*)?(\/>|><\/t>)$/.test(body);

export const spliceSheetXml = (xml: string, strings: readonly string[], xfOffset: number, dxfOffset: number, emptyString: () => number): string => {
  const shiftS = (attrs: string): string => attrs.replace(STYLE, (_, space: string, n: string) => `${space}s="${Number(n) + xfOffset}"`);
  let out = xml.replace(CELL, (whole, attrs: string, slash: string, v: string | undefined) => {
    const styled = shiftS(attrs);
    if (v !== undefined && / t="s"/.test(attrs)) {
      const body = strings[Number(v)] ?? '<t></t>';
      return isEmptyText(body) ? `<c ${styled}><v>${emptyString()}</v></c>` : `<c ${styled.replace(' t="s"', ' t="inlineStr"')}><is>${body}</is></c>`;
    }
    return `<c ${styled}${slash}>${v !== undefined ? `<v>${v}</v></c>` : ''}`;
  });
  out = out.replace(/<row ([^>]*)>/g, (_, attrs: string) => `<row ${shiftS(attrs)}>`);
  out = out.replace(/<col ([^>]*)>/g, (_, attrs: string) => `<col ${attrs.replace(/(\s|^)style="(\d+)"/, (__, sp: string, n: string) => `${sp}style="${Number(n) + xfOffset}"`)}>`);
  return dxfOffset === 0 ? out : out.replace(/(\s)dxfId="(\d+)"/g, (_, sp: string, n: string) => `${sp}dxfId="${Number(n) + dxfOffset}"`);
};

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
