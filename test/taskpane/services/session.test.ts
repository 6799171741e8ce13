import { readFileSync } from 'fs';
import { join } from 'path';
import { XlsxWorkbook } from '../../../src/hosts/xlsx/xlsx-workbook';
import type { RunContext } from '../../../src/taskpane/model';
import { createServices } from '../../../src/taskpane/services/create-services';
import { yearChoices } from '../../../src/app/roadmap-years';
import { EAO_WORKBOOK } from '../../support/real-data';
import { runIdentification } from '../../../src/app/identify';
import { makeSettings } from '../../../src/domain/settings';

const SAMPLE = join(__dirname, '..', '..', '..', 'assets', 'sample', 'opora-sample.xlsx');

const ctx = (signal = new AbortController().signal): RunContext & { fractions: (number | null)[] } => {
  const fractions: (number | null)[] = [];
  return { signal, onProgress: (f) => fractions.push(f), fractions };
};

const open = async () => {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE), 'opora-sample.xlsx');
  return { book, services: createServices(book) };
};

describe('task pane services over an .xlsx workbook', () => {
  it('reads only the chosen sheets', async () => {
    const { services } = await open();
    const sheets = (await services.listSheets()).map((s) => s.name);
    const reading = await services.readData(sheets.slice(0, 1), null, ctx());
    expect(reading.sheets.map((s) => s.sheet)).toEqual(sheets.slice(0, 1));
  });

  it('remembers a corrected mapping in the workbook', async () => {
    const { book, services } = await open();
    const sheets = (await services.listSheets()).map((s) => s.name);
    const first = await services.readData(sheets, null, ctx());
    const target = first.sheets.find((s) => s.fields.some((f) => !f.required && s.assignment[f.id] !== null))!;
    const optional = target.fields.find((f) => !f.required && target.assignment[f.id] !== null)!;
    await services.readData(sheets, { [target.sheet]: { fields: { ...target.assignment, [optional.id]: null } } }, ctx());

    // A fresh session over the same (saved) workbook sees the correction.
    const reopened = createServices(await XlsxWorkbook.fromBuffer(await book.toBuffer()));
    const again = (await reopened.readData(sheets, null, ctx())).sheets.find((s) => s.sheet === target.sheet)!;
    expect(again.assignment[optional.id]).toBeNull();
    expect(again.autoDetected).toEqual([]);
  });

  it('identifies, previews and builds the roadmap, writing the sheets into the workbook', async () => {
    const { book, services } = await open();
    const sheets = (await services.listSheets()).map((s) => s.name);
    await services.readData(sheets, null, ctx());
    const identification = services.identification!;
    const run = ctx();
    const outcome = await identification.run(identification.defaults, [], run);
    expect(outcome.flagged.length).toBeGreaterThan(0);
    expect(run.fractions[run.fractions.length - 1]).toBe(1);
    expect(outcome.written?.length).toBeGreaterThan(0);

    const stricter = await identification.preview({ ...identification.defaults, 'R1.enabled': false, 'R2.enabled': false, 'R3.enabled': false }, [], new AbortController().signal);
    expect(stricter.every((s) => !s.groups.includes('ШНОР'))).toBe(true);

    const roadmap = await services.roadmap!.build(services.roadmap!.yearOptions().defaultYear, ctx());
    expect(outcome.legend?.map((l) => l.code)).toEqual(expect.arrayContaining(outcome.flagged.flatMap((f) => f.codes ?? [])));
    const names = (await book.listSheets()).map((s) => s.name);
    for (const w of [...outcome.written!, ...roadmap.written!]) expect(names).toContain(w.sheet);
  });

  it('applies an expert exclusion with its reason', async () => {
    const { services } = await open();
    await services.readData((await services.listSheets()).map((s) => s.name), null, ctx());
    const identification = services.identification!;
    const before = await identification.run(identification.defaults, [], ctx());
    const school = before.flagged[0];
    const adjustments = school.groups.map((group) => ({ schoolKey: school.key, schoolName: school.name, action: 'exclude' as const, group, reason: 'решение экспертов' }));
    const after = await identification.run(identification.defaults, adjustments, ctx());
    expect(after.flagged.find((s) => s.key === school.key)).toBeUndefined();
    expect((await identification.loadSaved())?.adjustments).toHaveLength(adjustments.length);
  });

  it('loads the saved settings and adjustments from the sheets written in English', async () => {
    const { book } = await open();
    const adjustment = { school: 'x', schoolName: 'МБОУ СОШ № 1', year: 2024, action: 'include' as const, group: 'ШНОР' as const, reason: 'решение экспертов' };
    await runIdentification(book, { language: 'en', settings: makeSettings({ gapThreshold: 33 }), adjustments: [adjustment] });
    expect((await book.listSheets()).map((s) => s.name)).toEqual(expect.arrayContaining(['Settings', 'Adjustments']));
    const services = createServices(book);
    await services.readData((await services.listSheets()).map((s) => s.name), null, ctx());
    const saved = await services.identification!.loadSaved();
    expect(saved?.settings['R2.gap']).toBe(33);
    expect(saved?.adjustments).toEqual([expect.objectContaining({ schoolName: 'МБОУ СОШ № 1', action: 'include', group: 'ШНОР', reason: 'решение экспертов' })]);
  });

  it('stops when cancelled', async () => {
    const { services } = await open();
    const controller = new AbortController();
    controller.abort();
    await expect(services.readData((await services.listSheets()).map((s) => s.name), null, ctx(controller.signal))).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('offers the same school years before and after identification, the year after the results first', async () => {
    const { services } = await open();
    await services.readData((await services.listSheets()).map((s) => s.name), null, ctx());
    const before = services.roadmap!.yearOptions();
    const outcome = await services.identification!.run(services.identification!.defaults, [], ctx());
    const after = services.roadmap!.yearOptions();
    expect(after).toEqual(before);
    const resultsYear = Number(outcome.summary.ru.slice(0, 4));
    expect(before.defaultYear).toBe(`${resultsYear}/${resultsYear + 1}`);
    expect(before.years).toContain(`${resultsYear + 1}/${resultsYear + 2}`);
  });

  it('says which criteria had no data, next to the counts', async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(EAO_WORKBOOK), 'eao.xlsx');
    const services = createServices(book);
    await services.readData((await services.listSheets()).map((s) => s.name), null, ctx());
    const outcome = await services.identification!.run(services.identification!.defaults, [], ctx());
    expect(outcome.counts.social).toBe(0);
    for (const code of ['R3', 'S1', 'S2', 'S3']) {
      expect(outcome.summary.ru).toContain(code);
      expect(outcome.notEvaluated!.some((n) => n.ru.startsWith(`${code} не оценивался`))).toBe(true);
    }
    // Criteria missing for one reason share a line: the five teacher criteria, no teacher data.
    const teachers = outcome.notEvaluated!.filter((n) => /T\d/.test(n.ru));
    expect(teachers).toHaveLength(1);
    expect(teachers[0].ru).toMatch(/^T1, T2\.1, T2\.2, T3\.1, T3\.2 не оценивались: /);
  });
});

describe('yearChoices', () => {
  it('runs from the year before the results to the next school year after today, at least two after the results', () => {
    expect(yearChoices(2023, new Date(2026, 10, 27))).toEqual({
      defaultYear: '2023/2024',
      years: ['2022/2023', '2023/2024', '2024/2025', '2025/2026', '2026/2027', '2027/2028'],
    });
    // In August the school year has not turned yet; old results still reach two years ahead.
    expect(yearChoices(2024, new Date(2025, 7, 31)).years).toEqual(['2023/2024', '2024/2025', '2025/2026', '2026/2027']);
    expect(yearChoices(2024, new Date(2025, 8, 1)).years.at(-1)).toBe('2026/2027');
  });
});
