import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { XlsxWorkbook } from '../../../src/hosts/xlsx/xlsx-workbook';
import { reachableParts } from '../../../src/hosts/xlsx/splice/opc';
import { runCliIn } from '../../support/run-cli';
import { featureBook } from './feature-book';
import { cellsOf, changedParts, entryNames, fastGrids, loadExcel, sheetModel } from './splice-compare';

/**
 * Saving a book opened from a file splices Opora's sheets into the user's own package. Each case runs
 * a CLI command twice on the same book: once as shipped (the splice), once with the save forced through
 * ExcelJS's whole-book rewrite (what every save was before) — the oracle for Opora's own sheets.
 */

const SAMPLE = join(__dirname, '../../../assets/sample/opora-sample.xlsx');
const EAO = '/work/shared/data/real/eao_ege_by_school_2022-2024.xlsx';
const XLSM_PARTS = ['xl/vbaProject.bin', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/media/image1.png', 'xl/pivotTables/pivotTable1.xml', 'xl/pivotCache/pivotCacheDefinition1.xml'];

const dir = mkdtempSync(join(tmpdir(), 'opora-splice-'));
const bookFile = (name: string, bytes: Uint8Array) => {
  writeFileSync(join(dir, name), bytes);
  return name;
};

/** Runs `opora <argv…> --out <out>` and returns the saved bytes; `whole`: the save goes through ExcelJS's rewrite. */
const saveWith = async (argv: string[], out: string, whole: boolean): Promise<Uint8Array> => {
  const spy = whole ? jest.spyOn(XlsxWorkbook.prototype, 'toBuffer').mockImplementation(function (this: XlsxWorkbook) {
    return this.rewriteWhole();
  }) : null;
  try {
    const run = await runCliIn(dir, [...argv, '--out', out]);
    expect(run.code).toBe(0);
    return new Uint8Array(readFileSync(join(dir, out)));
  } finally {
    spy?.mockRestore();
  }
};

const original = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const sheetNames = async (bytes: Uint8Array) => (await loadExcel(bytes)).worksheets.map((w) => w.name);

/** Parts of the package no relationship reaches (the content types and relationship parts aside). */
const orphans = (bytes: Uint8Array): string[] => {
  const files = unzipSync(bytes);
  const reached = reachableParts((p) => (files[p] ? strFromU8(files[p]) : null));
  return Object.keys(files).filter((n) => !n.endsWith('/') && n !== '[Content_Types].xml' && !reached.has(n.toLowerCase()) && !(n.endsWith('.rels') && (n === '_rels/.rels' || reached.has(n.replace(/_rels\/([^/]+)\.rels$/, '$1').toLowerCase()))));
};

/** `charts`: the commands whose sheets carry Opora's charts. */
const cases: { label: string; book: () => string; commands: string[][]; out: string; charts?: string[] }[] = [
  { label: 'the sample', book: () => bookFile('sample.xlsx', readFileSync(SAMPLE)), commands: [['identify'], ['roadmap'], ['targets'], ['pair']], out: 'out.xlsx', charts: ['targets'] },
  { label: 'the ЕАО book', book: () => bookFile('eao.xlsx', readFileSync(EAO)), commands: [['identify']], out: 'out.xlsx' },
  { label: 'a book with a chart, an image, a pivot table and macros', book: () => bookFile('features.xlsm', featureBook(readFileSync(SAMPLE))), commands: [['identify'], ['targets']], out: 'out.xlsm', charts: ['targets'] },
];

describe.each(cases)('saving $label', ({ book, commands, out, charts: withCharts = [] }) => {
  let name: string;
  let original: Uint8Array;
  beforeAll(() => {
    name = book();
    original = new Uint8Array(readFileSync(join(dir, name)));
  });

  it.each(commands.map((c) => [c[0], c]))('%s --out: the user\'s parts as stored, the user\'s sheets as they were, Opora\'s sheets as ExcelJS wrote them', async (_label, command) => {
    const spliced = await saveWith([...command, name], out, false);
    const whole = await saveWith([...command, name], `whole-${out}`, true);

    expect(changedParts(original, spliced)).toEqual([]);
    expect(orphans(spliced)).toEqual(orphans(original));

    const [before, after, oracle] = await Promise.all([loadExcel(original), loadExcel(spliced), loadExcel(whole)]);
    const userSheets = before.worksheets.map((w) => w.name);
    expect(after.worksheets.map((w) => w.name)).toEqual(oracle.worksheets.map((w) => w.name));
    expect(after.worksheets.map((w) => w.state)).toEqual(oracle.worksheets.map((w) => w.state));
    for (const ws of before.worksheets) expect([ws.name, cellsOf(after.getWorksheet(ws.name)!)]).toEqual([ws.name, cellsOf(ws)]);
    expect(await fastGrids(spliced, userSheets)).toEqual(await fastGrids(original, userSheets));

    const oporaSheets = oracle.worksheets.map((w) => w.name).filter((n) => !userSheets.includes(n));
    expect(oporaSheets.length).toBeGreaterThan(0);
    for (const sheet of oporaSheets) expect([sheet, sheetModel(after.getWorksheet(sheet)!)]).toEqual([sheet, sheetModel(oracle.getWorksheet(sheet)!)]);
    expect(await fastGrids(spliced, oporaSheets)).toEqual(await fastGrids(whole, oporaSheets));

    // Opora's charts: the same chart parts as the rewrite adds (the user's own kept beside them).
    const charts = (bytes: Uint8Array, skip: ReadonlySet<string>) =>
      Object.entries(unzipSync(bytes, { filter: (f) => /^xl\/charts\/chart\d+\.xml$/.test(f.name) && !skip.has(f.name) })).map(([, b]) => strFromU8(b)).sort();
    const userCharts = new Set(entryNames(original).filter((n) => n.startsWith('xl/charts/')));
    const addedCharts = charts(spliced, userCharts);
    expect(addedCharts.length > 0).toBe(withCharts.includes(command[0]));
    expect(addedCharts).toEqual(charts(whole, new Set()).filter((c) => !charts(original, new Set()).includes(c)));
  });
});

describe('an .xlsm saved as .xlsx', () => {
  it('keeps the chart, image and pivot table, and leaves the macros out with a main part an .xlsx may have', async () => {
    const name = bookFile('macros.xlsm', featureBook(readFileSync(SAMPLE)));
    const run = await runCliIn(dir, ['identify', name, '--out', 'macros.xlsx']);
    expect(run.code).toBe(0);
    expect(run.err).toContain('В сохранённой копии нет: макросы (VBA)');
    expect(run.err).not.toMatch(/диаграммы|сводные таблицы/);
    const original = new Uint8Array(readFileSync(join(dir, name)));
    const saved = new Uint8Array(readFileSync(join(dir, 'macros.xlsx')));
    const names = entryNames(saved);
    expect(names).not.toContain('xl/vbaProject.bin');
    for (const part of XLSM_PARTS.filter((p) => p !== 'xl/vbaProject.bin')) expect(names).toContain(part);
    expect(changedParts(original, saved, new Set(['xl/vbaProject.bin']))).toEqual([]);
    const types = strFromU8(unzipSync(saved)['[Content_Types].xml']);
    expect(types).not.toContain('macroEnabled');
    expect(types).not.toContain('/xl/vbaProject.bin');
    expect(orphans(saved)).toEqual([]);

    const asXlsm = await runCliIn(dir, ['identify', name, '--out', 'macros-kept.xlsm']);
    expect(asXlsm.err).not.toContain('В сохранённой копии нет');
    expect(entryNames(new Uint8Array(readFileSync(join(dir, 'macros-kept.xlsm'))))).toEqual(expect.arrayContaining(XLSM_PARTS));
  });
});

describe('regenerating into a saved copy', () => {
  it('replaces Opora\'s sheets, leaves no part of the previous ones and keeps what the user typed', async () => {
    const name = bookFile('regen.xlsm', featureBook(readFileSync(SAMPLE)));
    expect((await runCliIn(dir, ['roadmap', name, '--out', 'regen.opora.xlsm'])).code).toBe(0);
    const first = new Uint8Array(readFileSync(join(dir, 'regen.opora.xlsm')));
    // The user types a status into the roadmap; a copy edited by hand is the next run's input.
    const roadmapSheet = (await sheetNames(first)).find((n) => n.startsWith('Дорожная карта'))!;
    const grid = (await fastGrids(first, [roadmapSheet]))[0];
    const row = grid.values.findIndex((r) => typeof r[r.length - 1] === 'string' && /^\d{3}-/.test(r[r.length - 1] as string));
    expect(row).toBeGreaterThan(0);
    const edited = await loadExcel(first);
    edited.getWorksheet(roadmapSheet)!.getCell(row + 1, 7).value = 'выполнено';
    const editedBytes = new Uint8Array(await edited.xlsx.writeBuffer());
    bookFile('regen-edited.xlsx', editedBytes);

    const second = await saveWith(['roadmap', 'regen-edited.xlsx'], 'regen-2.xlsx', false);
    expect((await fastGrids(second, [roadmapSheet]))[0].values[row][6]).toBe('выполнено');
    expect(orphans(second)).toEqual([]);
    const sheetsBefore = entryNames(editedBytes).filter((n) => n.startsWith('xl/worksheets/sheet'));
    const sheetsAfter = entryNames(second).filter((n) => n.startsWith('xl/worksheets/sheet'));
    expect(sheetsAfter.length).toBe(sheetsBefore.length);

    // And the same book regenerated from the spliced copy itself: nothing of the previous run's sheets stays.
    const again = await saveWith(['roadmap', 'regen.opora.xlsm'], 'regen-3.xlsm', false);
    expect(orphans(again)).toEqual([]);
    expect(entryNames(again).filter((n) => n.startsWith('xl/worksheets/')).length).toBe(entryNames(first).filter((n) => n.startsWith('xl/worksheets/')).length);
    expect(changedParts(original(name), again)).toEqual([]);
    // Opora's texts are inline and its one shared empty string is found again: the user's strings do not grow.
    const sst = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['xl/sharedStrings.xml']);
    expect(sst(again)).toBe(sst(first));
    expect(sst(first).length - sst(original(name)).length).toBeLessThanOrEqual('<si><t></t></si>'.length + 20);
  });
});

