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

export interface WorkbookPlanInput {
  xml: string;
  originals: readonly WorkbookSheet[];
  /** Relationship ids of the user's worksheets (chart sheets and others are not in XlsxWorkbook's tabs). */
  worksheetRids: ReadonlySet<string>;
  tabs: readonly { name: string; state: 'visible' | 'hidden' | 'veryHidden' }[];
  written: ReadonlySet<string>;
  /** The <sheet> element of each sheet Opora wrote. */
  newElement: ReadonlyMap<string, string>;
  /** The sheet-scoped names ExcelJS wrote for each of Opora's sheets. */
  renderedNames: ReadonlyMap<string, readonly DefinedName[]>;
  /** The user's sheets removed without a replacement. */
  deleted: readonly string[];
}

/**
 * The tab list, defined names and active tab after Opora's writes: the tabs as XlsxWorkbook keeps them, the
 * user's chart sheets after the sheet they followed; the user's names renumbered, those of a replaced or
 * removed sheet dropped, Opora's print titles added; the active tab kept on its sheet when that is still
 * there and visible (Excel refuses a hidden active tab), else the first visible one.
 */
export const planWorkbook = (p: WorkbookPlanInput): WorkbookEdit => {
  const originalByName = new Map(p.originals.map((s) => [s.name, s]));
  const tabs: { raw: string; original?: WorkbookSheet; visible: boolean; name: string }[] = p.tabs.map((t) => {
    const original = p.written.has(t.name) ? undefined : originalByName.get(t.name);
    return { raw: p.newElement.get(t.name) ?? original?.raw ?? '', original, visible: t.state === 'visible', name: t.name };
  });
  p.originals.forEach((s, i) => {
    if (p.worksheetRids.has(s.rid) || !s.rid) return;
    const before = p.originals.slice(0, i).reverse().find((o) => tabs.some((f) => f.original === o));
    const at = before ? tabs.findIndex((f) => f.original === before) + 1 : 0;
    tabs.splice(at, 0, { raw: s.raw, original: s, visible: s.visible, name: s.name });
  });
  if (tabs.some((s) => !s.raw)) throw new Error('a tab has no sheet element');
  const newIndexOf = new Map(tabs.flatMap((f, i) => (f.original ? [[f.original, i] as const] : [])));

  const names: string[] = [];
  for (const n of definedNames(p.xml)) {
    if (n.localSheetId !== null) {
      const owner = p.originals[n.localSheetId];
      const index = owner ? newIndexOf.get(owner) : undefined;
      if (index !== undefined) names.push(withLocalSheetId(n.raw, index));
    } else if (!p.deleted.some((d) => refersToSheet(n.formula, d))) names.push(n.raw);
  }
  for (const [sheet, list] of p.renderedNames) {
    const index = tabs.findIndex((f) => !f.original && f.name === sheet);
    for (const n of list) names.push(withLocalSheetId(n.raw, index));
  }

  const view = /<workbookView\b[^>]*>/.exec(p.xml)?.[0] ?? '';
  const oldActive = p.originals[Number(/\sactiveTab="(\d+)"/.exec(view)?.[1] ?? 0)];
  const activeIndex = oldActive ? newIndexOf.get(oldActive) : undefined;
  const activeTab = activeIndex !== undefined && tabs[activeIndex].visible ? activeIndex : Math.max(0, tabs.findIndex((f) => f.visible));
  const oldFirst = p.originals[Number(/\sfirstSheet="(\d+)"/.exec(view)?.[1] ?? 0)];
  const firstSheet = Math.min(activeTab, (oldFirst ? newIndexOf.get(oldFirst) : undefined) ?? 0);
  return { sheets: tabs.map((f) => f.raw), names, activeTab, firstSheet };
};
