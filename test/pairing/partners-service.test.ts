import type { RunContext } from '../../src/taskpane/model';
import { createServices } from '../../src/taskpane/services/create-services';
import { pairingSheetName } from '../../src/sheets/pairing-sheet';
import { districtBook } from './district';

const ctx = (): RunContext => ({ signal: new AbortController().signal, onProgress: () => undefined });

describe('the task pane’s «Партнёры» step over a workbook', () => {
  test('pairs after identification, writes the sheet, draws the picture; the capacity what-if writes nothing', async () => {
    const book = await districtBook();
    const services = createServices(book);
    expect(services.partners).toBeDefined();
    await expect(services.partners!.run(3, ctx())).rejects.toMatchObject({ messageRu: expect.stringContaining('идентификация') });

    await services.readData((await services.listSheets()).map((s) => s.name), null, ctx());
    await services.identification!.run(services.identification!.defaults, [], ctx());
    expect(await services.partners!.defaultCapacity()).toBe(3);
    const outcome = await services.partners!.run(3, ctx());
    expect(outcome.pairs.length).toBeGreaterThan(0);
    expect(outcome.covered).toBe(outcome.deficits);
    expect(outcome.svg).toContain('<line');
    expect(outcome.pairs[0].note).toMatch(/^оказание консультативной, методической, информационной помощи по организации работы с обучающимися 5–9 классов по /);
    expect((await book.listSheets()).map((s) => s.name)).toContain(pairingSheetName(2024));

    const before = (await book.readGrids([pairingSheetName(2024)]))[0].values;
    const squeezed = await services.partners!.preview(0, new AbortController().signal);
    expect(squeezed.covered).toBe(0);
    expect(squeezed.uncovered.every((u) => u.reason.ru.includes('ёмкость'))).toBe(true);
    expect((await book.readGrids([pairingSheetName(2024)]))[0].values).toEqual(before);
  });
});

describe('the bundled sample in the «Партнёры» step', () => {
  test('its registry carries coordinates and leader schools: the step draws the picture (browser mode shows the same)', async () => {
    const { readFileSync } = await import('fs');
    const { XlsxWorkbook } = await import('../../src/hosts/xlsx/xlsx-workbook');
    const { SAMPLE_WORKBOOK_PATH } = await import('../../src/sample/sample-path');
    const services = createServices(await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_WORKBOOK_PATH), 'opora-sample.xlsx'));
    await services.readData((await services.listSheets()).map((s) => s.name), null, ctx());
    await services.identification!.run(services.identification!.defaults, [], ctx());
    const outcome = await services.partners!.run(3, ctx());
    expect(outcome.pairs.length).toBeGreaterThan(0);
    expect(outcome.svg?.match(/<line /g)?.length).toBe(outcome.pairs.filter((p) => p.distance !== 'нет данных').length);
    expect(outcome.pairs.every((p) => /км$/.test(p.distance))).toBe(true);
  });
});
