import { readFileSync, readdirSync } from 'fs';
import { join, resolve } from 'path';
import type { CellValue } from '../../src/grid/cell';
import type { Grid } from '../../src/grid/grid';
import { FastXlsx } from '../../src/hosts/xlsx/fast/read-book';
import { loadWorkbook } from '../../src/hosts/xlsx/load-exceljs';
import { worksheetToGrid } from '../../src/hosts/xlsx/worksheet-grid';
import { buildScaledResultGrids, buildScaledTeacherGrid } from '../../src/sample/scaled';
import { gridsToWorkbook } from '../../src/sample/write-sample';
import { readWorkbook } from '../../src/tables';
import { REAL_DATA_DIR } from '../support/real-data';
import { buildXlsx, c, row, type CorpusBook } from '../support/xlsx-corpus';

/** ExcelJS (the oracle): every worksheet as the old read path gave it. */
const oracle = async (bytes: Uint8Array): Promise<{ grids: Grid[]; states: string[] }> => {
  const wb = await loadWorkbook(bytes, 'oracle');
  return { grids: wb.worksheets.map(worksheetToGrid), states: wb.worksheets.map((ws) => ws.state) };
};

const direct = (bytes: Uint8Array): { grids: Grid[]; states: string[] } => {
  const book = new FastXlsx(bytes, 'direct');
  return { grids: book.readGrids(book.sheets.map((s) => s.name)), states: book.sheets.map((s) => s.state) };
};

const isFalsyResult = (v: CellValue): boolean => v === 0 || v === false || v === '';

/**
 * A direct grid as ExcelJS would give it: rows padded to the sheet's width, and ExcelJS's one known
 * misreading applied - a formula whose cached result is 0, FALSE or empty text reads as no value there
 * (its value model drops falsy results).
 */
const asExcelJsReads = (g: Grid): Grid => {
  const width = Math.max(0, ...g.values.map((r) => r.length));
  const pad = <T>(r: readonly T[], fill: T): T[] => [...r, ...new Array<T>(width - r.length).fill(fill)];
  const values = g.values.map((r, i) => pad(r, null as CellValue).map((v, j) => (g.formulas?.[i]?.[j] && isFalsyResult(v) ? null : v)));
  return { ...g, values, ...(g.formulas ? { formulas: g.formulas.map((r) => pad(r, null as string | null)) } : {}) };
};

const expectSameAsOracle = async (bytes: Uint8Array): Promise<Grid[]> => {
  const expected = await oracle(bytes);
  const actual = direct(bytes);
  expect(actual.states).toEqual(expected.states);
  expect(actual.grids.map(asExcelJsReads)).toEqual(expected.grids);
  return actual.grids;
};

/** The recognition output of both readers' grids, as JSON text: it must be byte-identical. */
const expectSameRecognition = async (bytes: Uint8Array) => {
  const input = (grids: Grid[]) => grids.filter((g) => g.sheet !== 'Opora.state');
  const before = JSON.stringify(readWorkbook(input((await oracle(bytes)).grids)));
  const after = JSON.stringify(readWorkbook(input(direct(bytes).grids)));
  expect(after).toBe(before);
};

const workbooks = [
  ...readdirSync(REAL_DATA_DIR)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join(REAL_DATA_DIR, f)),
  resolve(__dirname, '../../assets/sample/opora-sample.xlsx'),
];

describe('the direct reader gives the grids ExcelJS gives', () => {
  test.each(workbooks)('%s: grids and recognition', async (path) => {
    const bytes = readFileSync(path);
    await expectSameAsOracle(bytes);
    await expectSameRecognition(bytes);
  });

  test("the bench's generated workbooks (their layouts at a smaller scale): grids and recognition", async () => {
    for (const grids of [buildScaledResultGrids(1500), [buildScaledTeacherGrid(6000)]]) {
      const bytes = await (await gridsToWorkbook(grids)).toBuffer();
      await expectSameAsOracle(bytes);
      await expectSameRecognition(bytes);
    }
  }, 120_000);
});

const STRINGS_BOOK: CorpusBook = {
  sharedStringItems: [
    '<t>Школа № 1</t>',
    '<t xml:space="preserve">  пробелы  </t>',
    '<t>А &amp; Б &lt;тег&gt; &#1071;&#x42F;</t>',
    '<t>строка_x000D_перенос</t>',
    '<r><t>жирное </t></r><r><rPr><b/></rPr><t>и обычное</t></r>',
    '<t>текст</t><rPh sb="0" eb="1"><t>фонетика</t></rPh>',
    '<t></t>',
  ],
  sheets: [
    {
      name: 'Строки',
      rows: [
        row(1, [c('A1', 0, { t: 's' }), c('B1', 1, { t: 's' }), c('C1', 2, { t: 's' }), c('D1', 3, { t: 's' }), c('E1', 4, { t: 's' }), c('F1', 5, { t: 's' }), c('G1', 6, { t: 's' })]),
        row(2, [
          '<c r="A2" t="inlineStr"><is><t>встроенная</t></is></c>',
          '<c r="B2" t="inlineStr"><is><r><t>бога</t></r><r><rPr><i/></rPr><t>тая</t></r></is></c>',
          c('C2', 'результат', { t: 'str', f: '<f>"результат"</f>' }),
          c('D2', 1, { t: 'b' }),
          c('E2', 0, { t: 'b' }),
          c('F2', '#N/A', { t: 'e' }),
          c('G2', '#DIV/0!', { t: 'e', f: '<f>1/0</f>' }),
        ]),
        row(3, [c('A3', '1e3'), c('B3', '-0.5'), c('C3', '3.14159'), c('D3', ''), '<c r="E3" s="0"/>', c('F3', 12345678901234)]),
        row(5, [c('B5', 'последняя', { t: 'str' })]),
      ].join(''),
    },
  ],
};

const DATES_BOOK = (date1904: boolean): CorpusBook => ({
  date1904,
  cellFormats: [0, 14, 164, 165, 166, 20, 4],
  numFmts: { 164: 'dd.mm.yyyy', 165: '0.0"%"', 166: '[Red]0' },
  sheets: [
    {
      name: 'Даты',
      rows: [
        row(1, [c('A1', 45536, { s: 1 }), c('B1', 45536, { s: 2 }), c('C1', 45536, { s: 3 }), c('D1', 45536, { s: 4 }), c('E1', 0.5, { s: 5 }), c('F1', 45536, { s: 6 })]),
        row(2, [c('A2', 1, { s: 1 }), c('B2', 60, { s: 2 }), c('C2', 45536, { s: 1, f: '<f>DATE(2024,9,1)</f>' }), c('D2', 45536)]),
      ].join(''),
    },
  ],
});

const FORMULAS_BOOK: CorpusBook = {
  sheets: [
    {
      name: 'Формулы',
      rows: [
        row(1, [c('A1', 1), c('B1', 2), c('C1', 3, { f: '<f>A1+B1</f>' })]),
        row(2, [c('A2', 10), c('B2', 20), c('C2', 30, { f: '<f t="shared" ref="C2:C4" si="0">A2+B2+$A$1</f>' })]),
        row(3, [c('A3', 5), c('B3', 6), c('C3', 12, { f: '<f t="shared" si="0"/>' })]),
        row(4, [c('A4', 0), c('B4', 0), c('C4', 0, { f: '<f t="shared" si="0"/>' })]),
        row(5, [c('A5', 7, { f: '<f t="array" ref="A5:B5">TRANSPOSE(A1:A2)</f>' }), c('B5', 10), c('C5', null, { f: '<f>SUM(A1:A4)</f>' })]),
        row(6, [c('A6', 1, { t: 'b', f: '<f>A1=1</f>' }), c('B6', 0, { t: 'b', f: '<f>A1=2</f>' }), c('C6', '', { t: 'str', f: '<f>""</f>' })]),
      ].join(''),
    },
  ],
};

const VISIBILITY_AND_MERGES_BOOK: CorpusBook = {
  sharedStrings: ['Заголовок', 'скрыто', 'очень скрыто', 'лишнее'],
  sheets: [
    {
      name: 'Видимый',
      rows: [row(1, [c('A1', 0, { t: 's' }), c('B1', 3, { t: 's' })]), row(2, [c('A2', 1), c('B2', 2), c('C2', 3)]), row(4, [c('D4', 4)])].join(''),
      merges: ['A1:C1', 'A3:A6', 'E7:F8'],
    },
    { name: 'Скрытый', state: 'hidden', rows: row(1, [c('A1', 1, { t: 's' })]) },
    { name: 'Очень скрытый', state: 'veryHidden', rows: row(1, [c('A1', 2, { t: 's' })]) },
  ],
};

describe('a generated corpus of the features the reader must handle: same grids as ExcelJS', () => {
  test('shared strings (entities, _x000D_, rich text, phonetic runs), inline strings, booleans, errors, numbers', async () => {
    const [g] = await expectSameAsOracle(buildXlsx(STRINGS_BOOK));
    expect(g.values[0]).toEqual(['Школа № 1', '  пробелы  ', 'А & Б <тег> ЯЯ', 'строка\rперенос', 'жирное и обычное', 'текст', '']);
    expect(g.values[1]).toEqual(['встроенная', 'богатая', 'результат', true, false, { kind: 'error', code: '#N/A' }, { kind: 'error', code: '#DIV/0!' }]);
    expect(g.values[2].slice(0, 6)).toEqual([1000, -0.5, 3.14159, null, null, 12345678901234]);
  });

  test.each([false, true])('dates by number format, date1904 = %s (built-in 14, custom dd.mm.yyyy; not %% or [Red])', async (date1904) => {
    const [g] = await expectSameAsOracle(buildXlsx(DATES_BOOK(date1904)));
    // 45536 is 2024-09-01 in the 1900 system; the 1904 system counts 1462 days more.
    const sept = date1904 ? '2028-09-02' : '2024-09-01';
    expect(g.values[0].slice(0, 4)).toEqual([sept, sept, 45536, 45536]);
    expect(g.values[1][2]).toBe(sept);
    expect(g.values[1][3]).toBe(45536);
  });

  test('formulas: plain, shared (moved to each cell), array, without a cached value, boolean and text results', async () => {
    const [g] = await expectSameAsOracle(buildXlsx(FORMULAS_BOOK));
    expect(g.formulas?.[2][2]).toBe('A3+B3+$A$1');
    expect(g.formulas?.[3][2]).toBe('A4+B4+$A$1');
    expect(g.values[3][2]).toBe(0);
    expect(g.formulas?.[4][0]).toBe('TRANSPOSE(A1:A2)');
    expect(g.values[4][2]).toBeNull();
    expect(g.formulas?.[4][2]).toBe('SUM(A1:A4)');
    expect(g.values[5].slice(0, 2)).toEqual([true, false]);
  });

  test('hidden and very hidden sheets, merges (a value inside a merge is dropped, merges widen the grid)', async () => {
    const grids = await expectSameAsOracle(buildXlsx(VISIBILITY_AND_MERGES_BOOK));
    expect(new FastXlsx(buildXlsx(VISIBILITY_AND_MERGES_BOOK), 'x').sheets.map((s) => s.state)).toEqual(['visible', 'hidden', 'veryHidden']);
    expect(grids[0].values[0]).toEqual(['Заголовок', null, null, null, null, null]);
    expect(grids[0].values.length).toBe(8);
  });

  test('a stored (uncompressed) archive reads the same', async () => {
    await expectSameAsOracle(buildXlsx({ ...FORMULAS_BOOK, level: 0 }));
  });
});

describe('files ExcelJS cannot read, read directly', () => {
  test('rows and cells without r= attributes take the next row and column', () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'Без адресов', rows: ['<row><c><v>1</v></c><c><v>2</v></c></row>', '<row><c><v>3</v></c><c r="D2"><v>4</v></c><c><v>5</v></c></row>', '<row r="5"><c><v>6</v></c></row>'].join('') }],
    });
    const [g] = direct(bytes).grids;
    expect(g.values).toEqual([
      [1, 2, null, null, null],
      [3, null, null, 4, 5],
      [null, null, null, null, null],
      [null, null, null, null, null],
      [6, null, null, null, null],
    ]);
  });

  test('namespace-prefixed XML (x:row, x:c) as some generators write it', () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Школа</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A2:B2"/></x:mergeCells></x:worksheet>`;
    const [g] = direct(buildXlsx({ sheets: [{ name: 'Префикс', rows: xml, raw: true }] })).grids;
    expect(g.values).toEqual([
      ['Школа', 5],
      [null, null],
    ]);
    expect(g.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 1 }]);
  });

  test('a workbook with a chart, an image and a comment is read, not refused', () => {
    const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const bytes = buildXlsx({
      sharedStrings: ['Школа', 'Балл'],
      sheets: [
        {
          name: 'Данные',
          rows: [row(1, [c('A1', 0, { t: 's' }), c('B1', 1, { t: 's' })]), row(2, [c('A2', 'МБОУ СОШ № 1', { t: 'str' }), c('B2', 61.5)])].join(''),
          rels: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId2" Type="${REL}/comments" Target="../comments1.xml"/></Relationships>`,
        },
      ],
      extraParts: {
        'xl/drawings/drawing1.xml': '<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:graphicFrame/></xdr:twoCellAnchor></xdr:wsDr>',
        'xl/drawings/_rels/drawing1.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${REL}/image" Target="../media/image1.png"/></Relationships>`,
        'xl/charts/chart1.xml': '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
        'xl/media/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
        'xl/comments1.xml': '<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Автор</author></authors><commentList><comment ref="B2" authorId="0"><text><t>проверить</t></text></comment></commentList></comments>',
      },
    });
    expect(direct(bytes).grids[0].values).toEqual([
      ['Школа', 'Балл'],
      ['МБОУ СОШ № 1', 61.5],
    ]);
  });
});
