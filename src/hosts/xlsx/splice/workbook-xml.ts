import { attr, decodeXml, elements } from '../fast/xml-text';
import { escapeAttr } from './opc';

/**
 * workbook.xml of a spliced package: the user's own text kept, with only the tab list, the sheet-scoped
 * defined names and the active tab rewritten for the sheets Opora added, replaced or removed.
 */

export interface WorkbookSheet {
  name: string;
  /** The <sheet> element as written. */
  raw: string;
  rid: string;
  sheetId: number;
  visible: boolean;
}

const SHEET = /<sheet\b[^>]*?\/>|<sheet\b[^>]*>[\s\S]*?<\/sheet>/g;
const DEFINED_NAME = /<definedName\b[^>]*?\/>|<definedName\b[^>]*>[\s\S]*?<\/definedName>/g;

const sheetsBlock = (xml: string): { start: number; end: number; body: string } | null => {
  const open = /<sheets\b[^>]*>/.exec(xml);
  const close = xml.indexOf('</sheets>');
  return open && close > open.index ? { start: open.index + open[0].length, end: close, body: xml.slice(open.index + open[0].length, close) } : null;
};

export const workbookSheets = (xml: string): WorkbookSheet[] =>
  [...(sheetsBlock(xml)?.body ?? '').matchAll(SHEET)].map((m) => {
    const el = { attrs: ` ${m[0].slice(6)}` };
    const state = attr(el, 'state');
    return { name: attr(el, 'name') ?? '', raw: m[0], rid: attr(el, 'id') ?? '', sheetId: Number(attr(el, 'sheetId')), visible: state !== 'hidden' && state !== 'veryHidden' };
  });

export const newSheetElement = (name: string, sheetId: number, rid: string, state: 'visible' | 'hidden' | 'veryHidden'): string =>
  `<sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${state === 'visible' ? '' : ` state="${state}"`} r:id="${rid}"/>`;

export interface DefinedName {
  raw: string;
  localSheetId: number | null;
  formula: string;
}

export const definedNames = (xml: string): DefinedName[] =>
  [...xml.matchAll(DEFINED_NAME)].map((m) => {
    const el = elements(m[0], 'definedName')[0];
    const local = attr(el, 'localSheetId');
    return { raw: m[0], localSheetId: local === null ? null : Number(local), formula: decodeXml(el.body) };
  });

/** The same name scoped to another tab index. */
export const withLocalSheetId = (raw: string, index: number): string => raw.replace(/(\slocalSheetId=")\d+"/, `$1${index}"`);

/** Whether a formula refers to the sheet (as 'Name'!… or Name!…). */
export const refersToSheet = (formula: string, sheet: string): boolean =>
  formula.includes(`'${sheet.replace(/'/g, "''")}'!`) || new RegExp(`(^|[^\\w'.])${sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}!`).test(formula);

export interface WorkbookEdit {
  /** The new <sheet> elements, in tab order. */
  sheets: string[];
  names: string[];
  activeTab: number;
  firstSheet: number;
}

export const rewriteWorkbookXml = (xml: string, edit: WorkbookEdit): string => {
  const block = sheetsBlock(xml)!;
  let out = `${xml.slice(0, block.start)}${edit.sheets.join('')}${xml.slice(block.end)}`;
  const namesBlock = /<definedNames\b[^>]*>[\s\S]*?<\/definedNames>|<definedNames\b[^>]*\/>/.exec(out);
  const names = edit.names.length > 0 ? `<definedNames>${edit.names.join('')}</definedNames>` : '';
  if (namesBlock) out = out.replace(namesBlock[0], () => names);
  else if (names) {
    // CT_Workbook: definedNames follow sheets and externalReferences.
    const after = out.indexOf('</externalReferences>') >= 0 ? '</externalReferences>' : '</sheets>';
    out = out.replace(after, () => `${after}${names}`);
  }
  return out.replace(/<workbookView\b[^>]*?(\/?)>/, (view, slash: string) => {
    let v = view.replace(/\s(activeTab|firstSheet)="\d*"/g, '').replace(/\s*\/?>$/, '');
    if (edit.firstSheet > 0) v += ` firstSheet="${edit.firstSheet}"`;
    if (edit.activeTab > 0) v += ` activeTab="${edit.activeTab}"`;
    return `${v}${slash}>`;
  });
};
