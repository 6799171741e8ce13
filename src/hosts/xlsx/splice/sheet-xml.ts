import { elements } from '../fast/xml-text';

/**
 * A sheet ExcelJS rendered, made to live in the user's package: its cell formats moved past the user's
 * (s="…" on cells and rows, style="…" on columns, dxfId="…" on conditional formats) and its shared
 * strings written inline, so the user's sharedStrings.xml stays as it is and a regenerated sheet leaves
 * none of its strings behind.
 */

/** The inner XML of each <si> of a sharedStrings part: what an inline string's <is> holds. */
export const sharedStringBodies = (xml: string | null): string[] => (xml ? elements(xml, 'si').map((si) => si.body) : []);

const CELL = /<c ([^>]*?)(\/?)>(?:<v>(\d+)<\/v><\/c>)?/g;
const STYLE = /(^|\s)s="(\d+)"/;

export const spliceSheetXml = (xml: string, strings: readonly string[], xfOffset: number, dxfOffset: number): string => {
  const shiftS = (attrs: string): string => attrs.replace(STYLE, (_, space: string, n: string) => `${space}s="${Number(n) + xfOffset}"`);
  let out = xml.replace(CELL, (whole, attrs: string, slash: string, v: string | undefined) => {
    // A cell without s uses the first cell format: ExcelJS's plain one, now at xfOffset.
    const styled = STYLE.test(attrs) ? shiftS(attrs) : `${attrs} s="${xfOffset}"`;
    if (v !== undefined && / t="s"/.test(attrs)) return `<c ${styled.replace(' t="s"', ' t="inlineStr"')}><is>${strings[Number(v)] ?? '<t></t>'}</is></c>`;
    return `<c ${styled}${slash}>${v !== undefined ? `<v>${v}</v></c>` : ''}`;
  });
  out = out.replace(/<row ([^>]*)>/g, (_, attrs: string) => `<row ${shiftS(attrs)}>`);
  out = out.replace(/<col ([^>]*)>/g, (_, attrs: string) => `<col ${attrs.replace(/(\s|^)style="(\d+)"/, (__, sp: string, n: string) => `${sp}style="${Number(n) + xfOffset}"`)}>`);
  return dxfOffset === 0 ? out : out.replace(/(\s)dxfId="(\d+)"/g, (_, sp: string, n: string) => `${sp}dxfId="${Number(n) + dxfOffset}"`);
};
