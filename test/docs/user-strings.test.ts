/**
 * No user-visible string — task pane, generated sheets, CLI — carries an internal word («seed0…»,
 * true/false, «(any)», «(all)») or a number with more than two decimals, on the sample and on the
 * real EAO workbook. (User data is left out: a school's own name is not ours to judge.)
 */
import { mkdtemp, readFile, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { SAMPLE_WORKBOOK_PATH } from '../../src/sample/sample-path';
import type { SheetSpec } from '../../src/grid/sheet-spec';
import { formatCell } from '../../src/taskpane/format-cell';
import type { OporaServices, RunContext, Text } from '../../src/taskpane/model';
import { createServices } from '../../src/taskpane/services/create-services';
import { runCliIn } from '../support/run-cli';
import { internalWordsIn, unformattedFloat, type Finding } from '../support/internal-words';
import { EAO_WORKBOOK } from '../support/real-data';

const BOOKS = [
  ['sample', SAMPLE_WORKBOOK_PATH],
  ['EAO', EAO_WORKBOOK],
] as const;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opora-strings-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const cli = async (...argv: string[]) => {
  const { out, err } = await runCliIn(dir, argv);
  return `${out}\n${err}`;
};

const ctx = (): RunContext => ({ signal: new AbortController().signal, onProgress: () => undefined });

/** Opora's own sheets of a saved workbook: every text cell, and every number cell against its format. */
const sheetFindings = async (path: string, userSheets: string[]): Promise<Finding[]> => {
  const book = await XlsxWorkbook.fromBuffer(await readFile(path));
  const found: Finding[] = [];
  for (const ws of (await book.workbook()).worksheets) {
    if (userSheets.includes(ws.name) || ws.state !== 'visible') continue;
    const hidden = new Set<number>();
    ws.columns?.forEach((c, i) => c.hidden && hidden.add(i + 1));
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (hidden.has(c)) return; // the technical key column is not for reading
        const where = `${path.split('/').pop()} «${ws.name}»!R${r}C${c}`;
        const v = cell.value;
        if (typeof v === 'string') found.push(...internalWordsIn(where, v));
        else if (typeof v === 'boolean') found.push({ where, what: 'boolean cell', text: String(v) });
        else if (typeof v === 'number' && unformattedFloat(v, cell.numFmt)) found.push({ where, what: `float ${v} (${cell.numFmt ?? 'no format'})`, text: String(v) });
      }),
    );
  }
  return found;
};

const textsOf = (t: Text | undefined): string[] => (t ? [t.ru, t.en ?? ''] : []);

/** What the pane shows of a generated sheet: the preview's header and cells as formatted. */
const previewTexts = (spec: SheetSpec): string[] => {
  const visible = (c: number) => !spec.columns[c]?.hidden;
  return [
    ...spec.header.flat().filter((_, c) => visible(c)),
    ...spec.rows.slice(0, 50).flatMap((row) => row.flatMap((cell, c) => (visible(c) ? [formatCell(cell, 'ru', spec.columns[c]), formatCell(cell, 'en', spec.columns[c])] : []))),
  ];
};

/** Everything the pane's services hand the screen for a workbook, after reading, identifying and building the roadmap. */
const paneTexts = async (services: OporaServices): Promise<string[]> => {
  const sheets = (await services.listSheets()).map((s) => s.name);
  const reading = await services.readData(sheets, null, ctx());
  const out: string[] = [];
  for (const s of reading.sheets) {
    out.push(...textsOf(s.kindLabel), ...s.fields.flatMap((f) => textsOf(f.label)), ...(s.measures ?? []).flatMap((m) => textsOf(m.label)));
  }
  const id = services.identification!;
  for (const d of id.descriptors) out.push(...textsOf(d.label), ...(d.options ?? []).flatMap((o) => textsOf(o.label)));
  const outcome = await id.run(id.defaults, [], ctx());
  out.push(...textsOf(outcome.summary), ...(outcome.notEvaluated ?? []).flatMap(textsOf), ...(outcome.legend ?? []).flatMap((l) => textsOf(l.meaning)));
  out.push(...outcome.flagged.map((f) => f.reasons), ...(outcome.written ?? []).flatMap((w) => textsOf(w.message)));
  out.push(...outcome.sheets.flatMap(previewTexts));
  const roadmap = await services.roadmap!.build(services.roadmap!.yearOptions().defaultYear, ctx());
  out.push(...textsOf(roadmap.summary), ...roadmap.sheets.flatMap(previewTexts), ...(roadmap.written ?? []).flatMap((w) => textsOf(w.message)));
  return out;
};

describe('no internal words or long decimals reach the user', () => {
  it('in the task pane’s own strings (Russian and English)', () => {
    const found = [...Object.entries(ru), ...Object.entries(en)].flatMap(([key, text]) => internalWordsIn(`i18n ${key}`, text));
    expect(found).toEqual([]);
  });

  it.each(BOOKS)('in the task pane on the %s workbook', async (_name, path) => {
    const services = createServices(await XlsxWorkbook.fromBuffer(await readFile(path), path.split('/').pop()));
    const found = (await paneTexts(services)).flatMap((t) => internalWordsIn('pane', t));
    expect(found).toEqual([]);
  });

  it.each(BOOKS)('in the CLI output and the generated sheets on the %s workbook', async (name, path) => {
    const user = (await (await XlsxWorkbook.fromBuffer(await readFile(path))).listSheets()).map((s) => s.name);
    const identified = join(dir, `${name}-identify.xlsx`);
    const roadmap = join(dir, `${name}-roadmap.xlsx`);
    const english = join(dir, `${name}-en.xlsx`);
    const outputs = [
      await cli('inspect', path),
      await cli('identify', path, '--json', join(dir, `${name}.json`), '--out', identified),
      await cli('demo', path, '--out', join(dir, `${name}-demo.xlsx`)),
      await cli('roadmap', identified, '--out', roadmap),
      await cli('identify', path, '--lang', 'en', '--json', join(dir, `${name}-en.json`), '--out', english),
    ];
    const found = [
      ...outputs.flatMap((o, i) => o.split('\n').flatMap((line) => internalWordsIn(`CLI #${i + 1}`, line))),
      ...(await sheetFindings(roadmap, user)),
      ...(await sheetFindings(english, user)),
    ];
    expect(found).toEqual([]);
  });
});

describe('the detector itself', () => {
  it.each([
    ['91.259259259', 'float 91.259259259'],
    ['Средний балл 22,9348659', 'float 22,9348659'],
    ['S2 true (порог true)', 'true'],
    ['ШНОР: достаточно любого (any)', '(any)'],
    ['нужны все (all)', '(all)'],
    ['вариант seed002', 'seed0'],
    ['False', 'false'],
  ])('flags %j', (text, what) => expect(internalWordsIn('t', text).map((f) => f.what)).toContain(what));

  it.each([['27.11.2026'], ['версия 1.15.3'], ['10,000 schools'], ['22,93 и 61,5'], ['truest'], ['S2 — да']])('lets %j pass', (text) =>
    expect(internalWordsIn('t', text)).toEqual([]),
  );

  it('a number cell shows more than two decimals only without a format that limits them', () => {
    expect(unformattedFloat(22.9348659, undefined)).toBe(true);
    expect(unformattedFloat(22.9348659, '0.000')).toBe(true);
    expect(unformattedFloat(22.9348659, '0.00')).toBe(false);
    expect(unformattedFloat(22.93, undefined)).toBe(false);
    expect(unformattedFloat(2024, undefined)).toBe(false);
  });
});
