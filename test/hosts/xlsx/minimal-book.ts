import { strToU8, zipSync } from 'fflate';

/** A hand-made .xlsx of a few sheets, with the workbook-level parts a test asks for (no ExcelJS on the way). */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export interface MinimalBook {
  sheets: string[];
  /** <definedName> elements as written in workbook.xml. */
  names?: string[];
  activeTab?: number;
  /** styles.xml as written; none when absent. */
  styles?: string;
  calcChain?: boolean;
  /** The number each sheet's A1 holds, with a formula in B1. */
}

export const minimalBook = (book: MinimalBook): Uint8Array => {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => {
    files[name] = strToU8(text);
  };
  const overrides = book.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`);
  if (book.styles) overrides.push(`<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`);
  if (book.calcChain) overrides.push(`<Override PartName="/xl/calcChain.xml" ContentType="${CT}.calcChain+xml"/>`);
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${overrides.join('')}</Types>`,
  );
  put('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const rels = book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (book.styles) rels.push(`<Relationship Id="rIdS" Type="${R}/styles" Target="styles.xml"/>`);
  if (book.calcChain) rels.push(`<Relationship Id="rIdC" Type="${R}/calcChain" Target="calcChain.xml"/>`);
  put('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  const view = book.activeTab !== undefined ? `<bookViews><workbookView activeTab="${book.activeTab}"/></bookViews>` : '';
  const sheets = book.sheets.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const names = book.names?.length ? `<definedNames>${book.names.join('')}</definedNames>` : '';
  put('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${R}">${view}<sheets>${sheets}</sheets>${names}<calcPr calcId="191029"/></workbook>`);
  book.sheets.forEach((_, i) =>
    put(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>${i + 1}</v></c><c r="B1"><f>A1*2</f><v>${2 * (i + 1)}</v></c></row></sheetData></worksheet>`),
  );
  if (book.styles) put('xl/styles.xml', book.styles);
  if (book.calcChain) put('xl/calcChain.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${MAIN}">${book.sheets.map((_, i) => `<c r="B1" i="${i + 1}"/>`).join('')}</calcChain>`);
  return zipSync(files);
};

export const STYLES_WITH_FORMATS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="170" formatCode="0.0"/></numFmts><fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
