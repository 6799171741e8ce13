import { runIdentification } from '../../src/app/identify';
import { loadState } from '../../src/app/state';
import { OperationCancelled } from '../../src/app/progress';
import { makeSettings } from '../../src/domain';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { buildSampleGrids } from '../../src/sample';
import { gridsToWorkbook } from '../../src/sample/write-sample';

let sampleBytes: Uint8Array;
beforeAll(async () => {
  sampleBytes = await (await gridsToWorkbook(buildSampleGrids())).toBuffer();
});
const freshSample = () => XlsxWorkbook.fromBuffer(sampleBytes);

describe('runIdentification', () => {
  it('identifies every school and year of the sample and remembers the column mapping', async () => {
    const book = await freshSample();
    const outcome = await runIdentification(book);
    expect(outcome.result.years).toEqual([2022, 2023, 2024]);
    expect(outcome.year).toBe(2024);
    const perYear = new Set(outcome.result.schools.map((s) => `${s.schoolKey}|${s.year}`));
    expect(perYear.size).toBe(outcome.result.schools.length);
    expect(outcome.result.schools.filter((s) => s.year === 2024)).toHaveLength(30);
    const saved = (await loadState(book)).state;
    expect(saved.mapping?.sheets.map((s) => s.sheet)).toEqual((await book.listSheets()).map((s) => s.name).filter((n) => !saved.generatedSheets.includes(n)));
    expect(outcome.problems.map((p) => p.code)).toContain('excel-error');
  });

  it('calls afterRead once, after the book is read and before identification reports its progress', async () => {
    const events: string[] = [];
    await runIdentification(await freshSample(), {
      afterRead: () => events.push('afterRead'),
      onProgress: (f) => events.push(`progress ${f}`),
    });
    expect(events.filter((e) => e === 'afterRead')).toHaveLength(1);
    expect(events.slice(0, 2)).toEqual(['progress 0', 'afterRead']);
    expect(events[2]).toMatch(/^progress 0\.\d/);
  });

  it('reports progress from 0 to 1 in order, with Russian and English messages', async () => {
    const calls: [number, string, string][] = [];
    await runIdentification(await freshSample(), { onProgress: (f, message) => calls.push([f, message.ru, message.en]) });
    const fractions = calls.map((c) => c[0]);
    expect(fractions[0]).toBe(0);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    for (const [, ru, en] of calls) {
      expect(ru).toMatch(/[а-яё]/i);
      expect(en.replace(/"[^"]*"/g, '')).toMatch(/^[\x20-\x7e…]+$/);
    }
  });

  it('uses the settings it is given instead of the workbook’s', async () => {
    const withR2 = await runIdentification(await freshSample());
    expect(withR2.result.schools.some((s) => s.findings.some((f) => f.code === 'R2' && f.flagged))).toBe(true);
    const settings = makeSettings({ criteria: { R2: false } });
    const without = await runIdentification(await freshSample(), { settings });
    expect(without.settings).toBe(settings);
    expect(without.result.schools.some((s) => s.findings.some((f) => f.code === 'R2' && f.flagged))).toBe(false);
  });

  it('reports only the year asked for', async () => {
    const outcome = await runIdentification(await freshSample(), { year: 2023, years: [2023] });
    expect(outcome.year).toBe(2023);
    expect(new Set(outcome.result.schools.map((s) => s.year))).toEqual(new Set([2023]));
  });

  it('stops when cancelled, leaving the workbook and its state untouched', async () => {
    const book = await freshSample();
    const before = await book.readGrids((await book.listSheets()).map((s) => s.name));
    const controller = new AbortController();
    const run = runIdentification(book, {
      signal: controller.signal,
      onProgress: (fraction) => {
        if (fraction === 0) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(OperationCancelled);
    expect(await book.readGrids((await book.listSheets()).map((s) => s.name))).toEqual(before);
    expect(await book.loadState()).toBeNull();
  });

  it('does not change any of the user’s sheets', async () => {
    const book = await freshSample();
    const names = (await book.listSheets()).map((s) => s.name);
    const before = await book.readGrids(names);
    await runIdentification(book);
    expect(await book.readGrids(names)).toEqual(before);
  });
});

describe('runIdentification writes Opora’s sheets', () => {
  const valueOf = (grid: { values: unknown[][] }, code: string) => {
    const header = grid.values.find((r) => r.includes('Код') && r.includes('Значение'))!;
    const row = grid.values.find((r) => r[header.indexOf('Код')] === code)!;
    return { row, column: header.indexOf('Значение') };
  };

  it('writes «Параметры», «Корректировки», «Идентификация <год>», the teachers sheet and the deficit map, and remembers them as its own', async () => {
    const book = await freshSample();
    const userSheets = (await book.listSheets()).map((s) => s.name);
    const outcome = await runIdentification(book);
    const written = outcome.writes.map((w) => w.sheet);
    expect(written).toEqual(expect.arrayContaining(['Параметры', 'Корректировки', 'Идентификация 2024']));
    expect(written).toEqual(['Параметры', 'Корректировки', 'Идентификация 2024', 'Педагоги — риски 2024', 'Карта дефицитов 2024', 'Сопоставление школ']);
    expect((await book.listSheets()).map((s) => s.name)).toEqual([...userSheets, ...written]);
    expect((await loadState(book)).state.generatedSheets).toEqual(written);
    const [identification] = await book.readGrids(['Идентификация 2024']);
    for (const s of outcome.result.schools.filter((x) => x.year === 2024 && x.groups.length > 0)) {
      expect(identification.values.some((r) => r.includes(s.name))).toBe(true);
    }
  });

  it('on the second run uses and keeps what the user changed in «Параметры»', async () => {
    const book = await freshSample();
    const first = await runIdentification(book);
    expect(first.result.schools.some((s) => s.findings.some((f) => f.code === 'R2' && f.flagged))).toBe(true);
    const [params] = await book.readGrids(['Параметры']);
    const { row, column } = valueOf(params, 'R2.gap');
    row[column] = 90;
    await book.writeGridSheet(params);

    const second = await runIdentification(book);
    expect(second.settings.gapThreshold).toBe(90);
    expect(second.result.schools.some((s) => s.findings.some((f) => f.code === 'R2' && f.flagged))).toBe(false);
    const [after] = await book.readGrids(['Параметры']);
    const kept = valueOf(after, 'R2.gap');
    expect(kept.row[kept.column]).toBe(90);
    expect(second.writes.map((w) => w.sheet)).not.toContain('Параметры');
  });

  it('never overwrites a user sheet called like a generated one', async () => {
    const book = await freshSample();
    const own = { sheet: 'Идентификация 2024', values: [['мой список', 'не трогать']], merges: [] };
    await book.writeGridSheet(own);
    const outcome = await runIdentification(book);
    expect(await book.readGrids(['Идентификация 2024'])).toEqual([own]);
    const renamed = outcome.writes.find((w) => w.requestedName === 'Идентификация 2024')!;
    expect(renamed).toMatchObject({ sheet: 'Идентификация 2024 (2)', renamed: true });
    expect(renamed.text.ru).toContain('уже есть ваш лист');
  });
});

describe('runIdentification without writing (the CLI with no --out)', () => {
  it('identifies the same and leaves the sheet list as it was', async () => {
    const written = await runIdentification(await freshSample());
    const book = await freshSample();
    const before = await book.listSheets();
    const outcome = await runIdentification(book, { writeSheets: false });
    expect(outcome.writes).toEqual([]);
    expect(await book.listSheets()).toEqual(before);
    expect(JSON.stringify(outcome.result)).toBe(JSON.stringify(written.result));
  });
});

describe('runIdentification in English and after a language switch', () => {
  const english = (grid: { values: unknown[][] }, code: string) => {
    const header = grid.values.find((r) => r.includes('Code') && r.includes('Value'))!;
    return { row: grid.values.find((r) => r[header.indexOf('Code')] === code)!, column: header.indexOf('Value') };
  };

  it('writes the English sheets; back in Russian it reads the edited «Settings» and does not add «Параметры»', async () => {
    const book = await freshSample();
    const first = await runIdentification(book, { language: 'en' });
    expect(first.writes.map((w) => w.sheet)).toEqual(['Settings', 'Adjustments', 'Identification 2024', 'Teachers at risk 2024', 'Deficit map 2024', 'School matching']);
    const [settings] = await book.readGrids(['Settings']);
    const { row, column } = english(settings, 'R2.gap');
    row[column] = 90;
    await book.writeGridSheet(settings);

    const second = await runIdentification(book, { language: 'ru' });
    expect(second.settings.gapThreshold).toBe(90);
    const names = (await book.listSheets()).map((s) => s.name);
    expect(names).not.toContain('Параметры');
    expect(names).not.toContain('Корректировки');
    expect(second.writes.map((w) => w.sheet)).toEqual(['Идентификация 2024', 'Педагоги — риски 2024', 'Карта дефицитов 2024', 'School matching']);
  });

  it('settings given in the other language replace the existing sheet under its name', async () => {
    const book = await freshSample();
    await runIdentification(book);
    const outcome = await runIdentification(book, { language: 'en', settings: makeSettings({ gapThreshold: 33 }) });
    expect(outcome.writes.map((w) => w.sheet)).toContain('Параметры');
    expect((await book.listSheets()).map((s) => s.name)).not.toContain('Settings');
    const [params] = await book.readGrids(['Параметры']);
    const { row, column } = english(params, 'R2.gap');
    expect(row[column]).toBe(33);
    expect((await runIdentification(book)).settings.gapThreshold).toBe(33);
  });
});
