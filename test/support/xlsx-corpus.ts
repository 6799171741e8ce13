import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * .xlsx files written part by part, so a test can hold exactly the XML a feature needs (shared and
 * inline strings, date systems, shared formulas, rows without r=...) without committing binaries.
 */
export interface CorpusSheet {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** The <sheetData> content (rows), or the whole worksheet XML when `raw` is set. */
  rows: string;
  merges?: string[];
  raw?: boolean;
  /** Extra parts that belong to this sheet (drawings, comments), by path, with the relationship XML of the sheet. */
  rels?: string;
}

export interface CorpusBook {
  sheets: CorpusSheet[];
  sharedStrings?: string[];
  /** Raw <si> bodies, used instead of sharedStrings when given. */
  sharedStringItems?: string[];
  /** numFmtId of each cellXfs entry (index 0 first); custom formats in numFmts. */
  cellFormats?: number[];
  numFmts?: Record<number, string>;
  date1904?: boolean;
  extraParts?: Record<string, string | Uint8Array>;
  /** Deflate level; 0 stores the parts uncompressed. */
  level?: 0 | 6 | 9;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const worksheetXml = (rows: string, merges: string[] = []): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>` +
  (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '') +
  `</worksheet>`;

const stylesXml = (formats: number[], custom: Record<number, string>): string => {
  const numFmts = Object.entries(custom);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}">` +
    (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('')}</numFmts>` : '') +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${formats.length}">${formats.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`).join('')}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
};

/** The .xlsx bytes of a corpus book. */
export const buildXlsx = (book: CorpusBook): Uint8Array => {
  const files: Zippable = {};
  const put = (path: string, content: string | Uint8Array) => {
    files[path] = typeof content === 'string' ? strToU8(content) : content;
  };
  const sheetRels = book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  const n = book.sheets.length;
  const wbRels = [...sheetRels, `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`];
  const items = book.sharedStringItems ?? (book.sharedStrings ?? []).map((s) => `<t xml:space="preserve">${escapeXml(s)}</t>`);
  if (items.length > 0) wbRels.push(`<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${book.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${items.length > 0 ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
  );
  put('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  put(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL}">${book.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<bookViews><workbookView activeTab="0"/></bookViews><sheets>${book.sheets
      .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state && s.state !== 'visible' ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  put('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wbRels.join('')}</Relationships>`);
  put('xl/styles.xml', stylesXml(book.cellFormats ?? [0], book.numFmts ?? {}));
  if (items.length > 0)
    put('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${items.length}" uniqueCount="${items.length}">${items.map((b) => `<si>${b}</si>`).join('')}</sst>`);
  book.sheets.forEach((s, i) => {
    put(`xl/worksheets/sheet${i + 1}.xml`, s.raw ? s.rows : worksheetXml(s.rows, s.merges));
    if (s.rels) put(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, s.rels);
  });
  for (const [path, content] of Object.entries(book.extraParts ?? {})) put(path, content);
  return zipSync(files, { level: book.level ?? 6 });
};

/** A cell element: t is the OOXML type, v the <v> text; f a formula element's XML. */
export const c = (ref: string, v: string | number | null, options: { t?: string; s?: number; f?: string } = {}): string =>
  `<c r="${ref}"${options.s ? ` s="${options.s}"` : ''}${options.t ? ` t="${options.t}"` : ''}>${options.f ?? ''}${v === null ? '' : `<v>${typeof v === 'string' ? escapeXml(v) : v}</v>`}</c>`;

export const row = (r: number | null, cells: string[]): string => `<row${r === null ? '' : ` r="${r}"`}>${cells.join('')}</row>`;
