import { attr, attribute, decodeExcelEscapes, decodeXml, detach, elements } from './xml-text';

export interface SheetEntry {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Path of the sheet's XML inside the archive. */
  path: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
}

const WORKSHEET_TYPE = /\/worksheet$/;

/** Resolves a relationship target against the folder of the part that names it. */
export const resolveTarget = (base: string, target: string): string => {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
};

export const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** Relationship id → { target path, type } of one part's .rels. */
export const parseRelationships = (xml: string | null, part: string): Map<string, { path: string; type: string }> => {
  const out = new Map<string, { path: string; type: string }>();
  for (const rel of elements(xml ?? '', 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id && target && attr(rel, 'TargetMode') !== 'External') out.set(id, { path: resolveTarget(part, target), type: attr(rel, 'Type') ?? '' });
  }
  return out;
};

/** The worksheets in tab order (chart sheets and dialog sheets left out) and the date system. */
export const parseWorkbook = (xml: string, rels: Map<string, { path: string; type: string }>): WorkbookInfo => {
  const sheets: SheetEntry[] = [];
  for (const s of elements(xml, 'sheet')) {
    const name = attr(s, 'name');
    const id = attribute(s.attrs, 0, s.attrs.length, 'id');
    const rel = id ? rels.get(id) : undefined;
    if (!name || !rel || !WORKSHEET_TYPE.test(rel.type)) continue;
    const state = attr(s, 'state');
    sheets.push({ name, state: state === 'hidden' || state === 'veryHidden' ? state : 'visible', path: rel.path });
  }
  const pr = elements(xml, 'workbookPr')[0];
  const d1904 = pr ? attr(pr, 'date1904') : null;
  return { sheets, date1904: d1904 === '1' || d1904 === 'true' };
};

/** Built-in number formats that are dates (ECMA-376 §18.8.30, as ExcelJS knows them). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** ExcelJS's rule, kept so both readers agree: a format with y, m, d, h, s or b outside quotes and brackets. */
export const isDateFormat = (code: string): boolean => /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** For each cell style index (cellXfs), whether its number format shows a date. */
export const parseDateStyles = (xml: string | null): boolean[] => {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const f of elements(xml, 'numFmt')) {
    const id = Number(attr(f, 'numFmtId'));
    const code = attr(f, 'formatCode');
    if (Number.isInteger(id) && code !== null) custom.set(id, code);
  }
  const cellXfs = elements(xml, 'cellXfs')[0];
  if (!cellXfs) return [];
  return elements(cellXfs.body, 'xf').map((xf) => {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    if (!id) return false;
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id);
  });
};

/** Concatenated text of every <t> in s (runs of rich text), Excel's _xHHHH_ escapes resolved when asked. */
const textsOf = (s: string, escapes: boolean): string => {
  let out = '';
  for (const t of elements(s, 't')) out += escapes ? decodeExcelEscapes(decodeXml(t.body)) : decodeXml(t.body);
  return out;
};

const PHONETIC = /<(?:[A-Za-z0-9_]+:)?rPh[\s>][\s\S]*?<\/(?:[A-Za-z0-9_]+:)?rPh>/g;
const RUN = /<(?:[A-Za-z0-9_]+:)?r[\s>]/;

/** The text of a string item (<si> or <is>): its rich-text runs joined, or its plain <t>. */
export const stringItemText = (body: string, escapes = true): string => {
  const clean = body.indexOf('rPh') >= 0 ? body.replace(PHONETIC, '') : body;
  if (RUN.test(clean)) {
    let out = '';
    for (const run of elements(clean, 'r')) out += textsOf(run.body, true);
    return out;
  }
  const ts = elements(clean, 't');
  // ExcelJS keeps the last <t> of a shared string; a well-formed one has exactly one.
  if (!escapes) return ts.map((t) => decodeXml(t.body)).join('');
  return ts.length === 0 ? '' : decodeExcelEscapes(decodeXml(ts[ts.length - 1].body));
};

/** The shared strings table. */
export const parseSharedStrings = (xml: string | null): string[] => {
  if (!xml) return [];
  const out: string[] = [];
  const open = /<(?:[A-Za-z0-9_]+:)?si(?=[\s/>])/g;
  let m: RegExpExecArray | null;
  while ((m = open.exec(xml))) {
    const gt = xml.indexOf('>', m.index);
    if (gt < 0) break;
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push('');
      continue;
    }
    const close = xml.indexOf('si>', gt);
    const end = close < 0 ? xml.length : xml.lastIndexOf('<', close);
    const body = xml.slice(gt + 1, end);
    // Fast path: <si><t>text</t></si>
    const simple = /^<(?:[A-Za-z0-9_]+:)?t(?: xml:space="preserve")?>([^<]*)<\/(?:[A-Za-z0-9_]+:)?t>$/.exec(body);
    out.push(detach(simple ? decodeExcelEscapes(decodeXml(simple[1])) : stringItemText(body)));
    open.lastIndex = close < 0 ? xml.length : close + 3;
  }
  return out;
};
